"""Archivists' commands over the WARC files: ``verify``, ``export-wacz``, and ``reextract``,
``rebuild``, ``import-warc`` (the offline modes of the ingestor, :mod:`pipelines.offline`)."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from crawler.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_PARTIAL,
    EXIT_PROBLEMS,
    archive_option,
    captured_since_option,
    counts,
    lock_wait_option,
    lock_wait_summary,
    open_archive,
    workers_option,
)


def dask_option(func: Any) -> Any:
    return click.option(
        "--dask", metavar="SCHEDULER",
        help="Extract on a Dask cluster: its scheduler's address (tcp://host:8786), or `local` "
             "to start one here with --workers processes. Workers read the WARC files at the "
             "archive's own path (shared storage); rows are written here. Needs "
             "`pip install 'govarchive[dask]'`.",
    )(func)  # fmt: skip


@click.command()
@archive_option
@click.option("--repair", is_flag=True,
              help="Close WARCs left open by a killed crawl (keeping every whole record), seal "
                   "files that end in a torn record no row points into, close crawls left "
                   "marked running, write missing CDXJ indexes, then verify.")  # fmt: skip
@click.option("--max-problems", type=click.IntRange(min=1), default=50, show_default=True,
              help="Problems listed in full (all are counted).")  # fmt: skip
@lock_wait_option
def verify(archive_dir: Path, repair: bool, max_problems: int, lock_wait: float | None) -> None:
    """Check every WARC file and every capture row of an archive.

    Reads every record (it must parse and its digests must match, as `warcio check`
    does), then checks that each capture row resolves to its record (file, offset, length,
    record id, URL, payload digest) and each article to its capture. Exit code 1 when
    anything is wrong.

    \b
    Example:
      govarchive verify --archive ./archive
      govarchive verify --archive ./archive --repair
    """
    from archive.verify import verify_archive

    reached: dict[str, tuple[int, int]] = {}
    try:
        with _progress(Path(archive_dir).name or "archive", reached) as progress:
            report = verify_archive(archive_dir, repair=repair, progress=progress)
    except KeyboardInterrupt:
        _interrupted("verify", reached, "Nothing was changed by the checks"
                     + (" (repairs made before them are kept)." if repair else "."),
                     "Run it again to check everything: verify keeps no place, it starts over.",
                     lambda stage: "bytes" if stage.startswith("reading") else "rows")  # fmt: skip
    for rec in report.recovered:
        click.echo(f"recovered {rec.path.name}: kept {rec.records_kept} records "
                   f"({rec.bytes_kept} bytes), cut {rec.bytes_cut} bytes")  # fmt: skip
    for sealed in report.sealed:
        click.echo(f"sealed {sealed.path.name}: cut {sealed.bytes_cut} torn byte(s) at offset "
                   f"{sealed.bytes_kept}, kept in {sealed.tail.name}")  # fmt: skip
    for crawl_id in report.closed:
        click.echo(f"closed crawl {crawl_id}: it was marked running but had stopped")
    for name in report.in_use:
        click.echo(f"skipped {name}: a running crawl is writing it")
    for name in report.indexes_written:
        click.echo(f"wrote CDXJ index {name}")
    for name in report.missing_indexes:
        click.echo(f"note: {name} has no CDXJ index (--repair writes it)")
    click.echo(f"{len(report.files)} WARC file(s), {report.records} record(s), "
               f"{report.captures_checked} capture(s), {report.articles_checked} article(s) "
               "checked")  # fmt: skip
    if report.ok:
        click.echo("OK: no problems found")
        return
    for problem in report.problems[:max_problems]:
        click.echo(str(problem), err=True)
    kinds = Counter(p.kind for p in report.problems)
    click.echo(f"{len(report.problems)} problem(s): {counts(kinds)}", err=True)
    sys.exit(EXIT_PROBLEMS)


@click.command("export-wacz")
@archive_option
@click.option("--site", help="Only this site id (default: every site).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The .wacz file to write.")  # fmt: skip
def export_wacz(archive_dir: Path, site: str | None, output: Path) -> None:
    """Package the WARC files as a WACZ, with the archived articles as its pages.

    The pages list names each article's URL, capture time, title, text (for full-text
    search) and publication date; datapackage.json has a title and a description.

    \b
    ReplayWeb.page opens the file as it is: choose it at https://replayweb.page
    (it stays on your machine), or serve it with CORS and range requests and open
    https://replayweb.page/?source=URL-OF-THE-FILE. pywb 2.10 unpacks it into a
    collection first:
      wb-manager init govarchive
      wb-manager add --unpack-wacz govarchive laocai.wacz
      wayback        # http://localhost:8080/govarchive/TIMESTAMP/URL

    \b
    Example:
      govarchive export-wacz --site laocai-tinhuy -o laocai.wacz
    """
    from archive.wacz import export_wacz as export

    with open_archive(archive_dir) as arc:
        report = export(arc.db, Path(arc.root), output, site=site)
    for name in report.skipped_open:
        click.echo(f"skipped {name}: still being written", err=True)
    for page in report.unmatched:
        click.echo(f"warning: no capture found for page {page}", err=True)
    click.echo(f"wrote {output}: {len(report.warc_files)} WARC file(s), {report.pages} page(s)")


@click.command()
@archive_option
@click.option("--site", help="Only this site id (default: every site).")
@captured_since_option
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--show", type=click.IntRange(min=0), default=20, show_default=True,
              help="Changed articles listed by URL.")  # fmt: skip
@workers_option
@dask_option
@lock_wait_option
def reextract(archive_dir: Path, site: str | None, since: str | None, dry_run: bool,
              show: int, workers: int | None, dask: str | None,
              lock_wait: float | None) -> None:  # fmt: skip
    """Run the current extraction again over the archived pages (no network).

    Each article's capture is read back from its WARC; an article whose output changed gets
    a new version (the old one is kept; each version records its extractor). Pages that
    were not articles are tried again too. --captured-since keeps the captures fetched
    on or after a time (2024, 2024-05, 2024-05-31): the capture date, not the publication
    date that --since means in search and export (--since is still accepted here).

    \b
    Example:
      govarchive reextract --site laocai-tinhuy --dry-run
      govarchive reextract --captured-since 2024-01
      govarchive reextract --dask tcp://scheduler:8786 --archive /srv/govarchive
    """
    from archive.locks import announce
    from pipelines.daskpool import dask_pools
    from pipelines.offline import reextract as run

    reached: dict[str, tuple[int, int]] = {}
    try:
        with (open_archive(archive_dir) as arc, announce(arc.root, "reextract"),
              dask_pools(dask, workers) as pools, _progress("reextract", reached) as progress):  # fmt: skip
            report = run(arc.db, Path(arc.root), site=site, since=since, dry_run=dry_run,
                         workers=workers, pools=pools, progress=progress)  # fmt: skip
    except KeyboardInterrupt:
        _interrupted("reextract", reached,
                     "Nothing was written (--dry-run)." if dry_run else
                     "The new versions committed so far are kept (pages of a site in batches).",
                     "Run it again to go on: pages whose output the archive already holds are "
                     "counted unchanged and nothing is written for them.",
                     lambda stage: "page(s)")  # fmt: skip
    verb = "would be" if dry_run else "were"
    click.echo(f"{report.pages} page(s) re-extracted with {report.extractor} in "
               f"{report.seconds:.1f}s ({report.pages_per_second:.1f} pages/s)")  # fmt: skip
    click.echo(f"articles that {verb}: {counts(report.outcomes)}")
    click.echo(f"not articles: {counts(report.not_articles)}")
    click.echo(f"attachments read: {counts(report.documents)}; texts that {verb} stored: "
               f"{report.texts_stored}; articles whose citations {verb} stored: {report.cited}")  # fmt: skip
    for change in report.changes[:show]:
        what = ", ".join(change.fields) or change.detail
        click.echo(f"  {change.outcome:8} {change.url}" + (f" ({what})" if what else ""))
    if len(report.changes) > show:
        click.echo(f"  ... and {len(report.changes) - show} more")
    lock_wait_summary()
    if unreadable := report.unreadable:
        click.echo(f"warning: {unreadable} capture(s) could not be read from their WARC record "
                   "(warc_unreadable): their rows were left as they were; run `govarchive "
                   "verify` to see which files are damaged", err=True)  # fmt: skip
        raise SystemExit(EXIT_PARTIAL)


@click.command()
@click.option("--warcs", "warcs", type=click.Path(exists=True, file_okay=False, path_type=Path),
              required=True, help="Folder holding the WARC files (searched recursively).")  # fmt: skip
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="New archive folder to create (must not hold an archive).")  # fmt: skip
@click.option("--site", "sites", multiple=True, metavar="PROFILE",
              help="Profile id or file to extract a site with (default: config/sites/ID.yaml "
                   "for the site each WARC names). Repeatable.")  # fmt: skip
@workers_option
@dask_option
@lock_wait_option
def rebuild(warcs: Path, archive_dir: Path, sites: tuple[str, ...], workers: int | None,
            dask: str | None, lock_wait: float | None) -> None:  # fmt: skip
    """Rebuild a whole archive from govarchive WARC files alone.

    Every response and revisit record becomes a capture, every crawl (named in the WARCs'
    warcinfo) a crawl row, and every HTML page is extracted again. The WARC files are
    linked (or copied) into the new archive. Exit code 3 when a file ends in a truncated or
    unreadable record (its whole records are rebuilt, the cut is a failure row).

    \b
    Example:
      govarchive rebuild --warcs ./archive/warcs --archive ./archive-rebuilt
      govarchive rebuild --warcs /srv/warcs --archive /srv/rebuilt --dask local --workers 8
    """
    from crawler.cli.crawl import resolve_targets
    from pipelines.daskpool import dask_pools
    from pipelines.offline import rebuild_archive

    profiles = {p.id: p for p in resolve_targets(sites)} if sites else None
    with dask_pools(dask, workers) as pools:
        report = rebuild_archive(warcs, archive_dir, profiles=profiles, workers=workers,
                                 pools=pools)  # fmt: skip
    _ingest_summary(report)


@click.command("import-warc")
@click.argument("files", nargs=-1, required=True, metavar="FILE...",
                type=click.Path(path_type=Path))  # fmt: skip
@click.option("--site", "site", required=True, metavar="ID_OR_URL",
              help="Site the pages belong to: profile id, profile file, or URL (ad-hoc).")  # fmt: skip
@archive_option
@workers_option
@lock_wait_option
def import_warc(files: tuple[Path, ...], site: str, archive_dir: Path, workers: int | None,
                lock_wait: float | None) -> None:  # fmt: skip
    """Import WARC files written by other tools (wget, warcio, browsertrix...).

    The files are linked (or copied) into the archive; their responses become captures and
    their pages are extracted with the site's profile, as in a crawl. A file imported
    before is skipped. A file that ends in a truncated or unreadable record is imported up
    to it (the cut is a `warc_truncated` failure and a warning): exit code 3. An import
    cut before its end (killed, disk full, lock) is closed by the next one (its crawl row
    marked interrupted) and its file read again, each record kept once.

    \b
    Example:
      govarchive import-warc site.warc.gz --site laocai-tinhuy
      govarchive import-warc crawl.warc.gz --site https://sotttt.laocai.gov.vn/
    """
    from crawler.cli.crawl import resolve_target
    from pipelines.offline import import_warcs

    report = import_warcs(archive_dir, list(files), resolve_target(site), workers=workers)
    for name in report.skipped:
        click.echo(f"skipped {name}: already imported")
    for crawl_id in report.interrupted:
        click.echo(f"crawl {crawl_id} was left running by a dead import or crawl of the site: "
                   "marked interrupted")  # fmt: skip
    if report.reused:
        click.echo(f"{report.reused} capture(s) an interrupted import of the same file had "
                   "written: taken over, not written twice")  # fmt: skip
    _ingest_summary(report)


@click.command()
@click.argument("shards", nargs=-1, required=True, metavar="SHARD...",
                type=click.Path(file_okay=False, path_type=Path))  # fmt: skip
@archive_option
@click.option("--interrupted", is_flag=True,
              help="The shards' node is dead: record a crawl still marked running in a shard "
                   "as interrupted (run `govarchive verify --repair` on the shard first).")  # fmt: skip
@lock_wait_option
def merge(shards: tuple[Path, ...], archive_dir: Path, interrupted: bool,
          lock_wait: float | None) -> None:  # fmt: skip
    """Merge shards (archive folders written by fleet jobs) into the archive.

    WARC files keep their names (hard-linked, else copied), rows are re-keyed; each shard is
    merged in one transaction, and merging a shard again adds nothing. The same article in
    both with different content becomes versions in time order. The archive is created if
    missing. Exit code 1 when a shard could not be merged (the others are).

    \b
    Example:
      govarchive merge /srv/shards/laocai-tinhuy/20240501T020000-1a2b3c4d --archive /srv/govarchive
      govarchive merge shards/*/* --archive ./archive
    """
    from archive import Archive
    from archive.errors import ArchiveLocked
    from archive.locks import announce
    from crawler.cli.common import LIBRARY_ERRORS

    failed = 0
    with Archive(archive_dir, create=True) as arc, announce(arc.root, "merge"):
        for shard in shards:
            try:
                with _progress(shard.name) as progress:
                    report = arc.merge(shard, progress=progress, interrupted_ok=interrupted)
            except ArchiveLocked:  # the archive, not the shard: the rest would wait too
                raise
            except LIBRARY_ERRORS as exc:
                click.echo(f"Error: {exc}", err=True)
                failed += 1
                continue
            if not report.changed:
                click.echo(f"{shard}: already merged, nothing added")
                continue
            added, updated = report.added, report.updated
            click.echo(f"{shard}: merged {len(report.crawls)} crawl(s); added {counts(added)}"
                       + (f"; updated {counts(updated)}" if +updated else "")
                       + f"; {len(report.files_added)} WARC file(s) placed"
                       + (f", {len(report.files_present)} already there" if report.files_present else "")
                       + (f"; {report.conflicts} article(s) changed on both sides, versions "
                          "interleaved" if report.conflicts else ""))  # fmt: skip
    lock_wait_summary()
    if failed:
        sys.exit(EXIT_PROBLEMS)


@contextmanager
def _progress(
    name: str, reached: dict[str, tuple[int, int]] | None = None
) -> Iterator[Callable[[str, int, int], None] | None]:
    """A progress bar per stage (of a merge, a verify) on a terminal; nothing otherwise.
    ``reached`` (stage -> (done, total)) is kept up to date on a terminal or not: what an
    interrupted command tells it had done."""
    if not sys.stderr.isatty():
        if reached is None:
            yield None
            return

        def note(stage: str, done: int, total: int) -> None:
            reached[stage] = (done, total)

        yield note
        return
    from rich.console import Console
    from rich.progress import Progress

    tasks: dict[str, Any] = {}
    with Progress(console=Console(stderr=True), transient=True) as bar:

        def update(stage: str, done: int, total: int) -> None:
            if reached is not None:
                reached[stage] = (done, total)
            if stage not in tasks:
                tasks[stage] = bar.add_task(f"{name}: {stage}", total=total)
            bar.update(tasks[stage], completed=done, total=total)

        yield update


def _interrupted(command: str, reached: dict[str, tuple[int, int]], done: str, again: str,
                 unit: Callable[[str], str]) -> None:  # fmt: skip
    """Ctrl-C: say how far ``command`` got (``reached``, stage by stage, counted in
    ``unit(stage)``) instead of click's bare "Aborted!", and what running it again does;
    exit 130 (the shell's code for it)."""
    where = "; ".join(f"{stage} {d:,} of {t:,} {unit(stage)}" for stage, (d, t) in reached.items())
    click.echo(f"\n{command} interrupted" + (f" ({where})" if where else " before it began")
               + f". {done} {again}", err=True)  # fmt: skip
    sys.exit(EXIT_INTERRUPTED)


def _ingest_summary(report: object) -> None:
    from pipelines.offline import IngestReport

    assert isinstance(report, IngestReport)
    stats = report.stats
    click.echo(f"{len(report.files)} WARC file(s), {stats.records} record(s), "
               f"{stats.captures} capture(s) into {report.archive}")  # fmt: skip
    click.echo(f"articles: {counts(stats.outcomes)}; not articles: {counts(stats.not_articles)}")
    click.echo(f"attachments read: {counts(stats.documents)}; articles citing documents: "
               f"{stats.cited}; feeds in {report.archive / 'feeds'}")  # fmt: skip
    lock_wait_summary()
    for error in stats.errors:
        click.echo(f"warning: {error}", err=True)
    if stats.errors:  # what could be read is in; what could not is a failure row
        sys.exit(EXIT_PARTIAL)


COMMANDS = [verify, export_wacz, reextract, rebuild, import_warc, merge]
