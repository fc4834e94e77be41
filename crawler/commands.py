"""What the CLI commands do, as functions: resolving targets, crawling with a display, the demo."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from archive import locks
from config.profile import ProfileError, SiteProfile, adhoc_profile, list_profiles, load_profile
from crawler.cliutil import EXIT_FAILED, EXIT_PARTIAL
from crawler.run import CrawlSummary, run_crawls

DEMO_QUERY = "bien gioi"


class OneLineFormatter(logging.Formatter):
    """Log records as one line each: the traceback stays in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        exc = record.exc_info[1] if record.exc_info else None
        line = f"{record.levelname} {record.name}: {message}"
        if exc is not None:
            line += f" ({type(exc).__name__}: {exc})"
        return line.splitlines()[0] if line else line


def resolve_target(target: str) -> SiteProfile:
    """A profile id, a profile file, or an http(s) URL (ad-hoc mode)."""
    if target.startswith(("http://", "https://")):
        return adhoc_profile(target)
    return load_profile(target)


def resolve_targets(targets: tuple[str, ...] | list[str]) -> list[SiteProfile]:
    profiles = []
    for target in targets:
        try:
            profiles.append(resolve_target(target))
        except ProfileError as exc:
            raise click.ClickException(str(exc)) from None
    ids = [p.id for p in profiles]
    if len(set(ids)) != len(ids):
        raise click.ClickException(f"the same site is named twice: {', '.join(ids)}")
    return profiles


def take_locks(
    profiles: list[SiteProfile], archive_dir: Path, *, skip_busy: bool
) -> tuple[list[SiteProfile], list[locks.SiteLock], list[CrawlSummary]]:
    """Lock each site for this process; a busy site is an error, or (``skip_busy``) skipped."""
    free, held, skipped = [], [], []
    for profile in profiles:
        try:
            held.append(locks.acquire(archive_dir, profile.id))
        except locks.SiteBusy as exc:
            if not skip_busy:
                for lock in held:
                    lock.release()
                raise click.ClickException(str(exc)) from None
            skipped.append(CrawlSummary(profile.id, None, "skipped", str(exc)))
            continue
        free.append(profile)
    return free, held, skipped


def exit_code(summaries: list[CrawlSummary]) -> int:
    """0: every crawl finished (or was skipped: already running); 3 partial; 4 failed."""
    statuses = {s.status for s in summaries} - {"skipped"}
    if "failed" in statuses:
        return EXIT_FAILED
    if statuses - {"finished"}:
        return EXIT_PARTIAL
    return 0


def parse_settings(pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``NAME=VALUE`` pairs (``crawl -s``); Scrapy converts the values where it reads them."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip().isupper():
            raise click.ClickException(f"-s expects NAME=VALUE with an upper-case NAME, got {pair!r}")
        settings[name.strip()] = value
    return settings


def check_archive(archive_dir: Path) -> None:
    """Open (create or migrate) the archive before any crawl starts: a broken one is one line."""
    from archive import ArchiveError
    from archive.db import archive_paths, open_db

    try:
        open_db(archive_paths(archive_dir).db).close()
    except (ArchiveError, OSError) as exc:
        raise click.ClickException(str(exc)) from None


def run_with_display(
    profiles: list[SiteProfile],
    archive_dir: Path,
    overrides: dict[str, Any],
    *,
    quiet: bool = False,
    console: Console | None = None,
    skip_busy: bool = False,
) -> list[CrawlSummary]:
    """Crawl with a live progress table (unless quiet), then print the summary.

    Each site is locked first: a site being crawled by another process is an error (or,
    with ``skip_busy``, a ``skipped`` summary).
    """
    from crawler.progress import CrawlProgress, summary_renderable

    console = console or Console(stderr=quiet)
    check_archive(Path(archive_dir))
    profiles, held, skipped = take_locks(profiles, Path(archive_dir), skip_busy=skip_busy)
    progress = None if quiet else CrawlProgress(console)

    def on_start(crawlers: list[Any]) -> None:
        # Each crawl logs to its own file; with --quiet the terminal shows errors, otherwise
        # the progress display and the summary (which counts every error) say it all.
        if quiet:
            handler = logging.StreamHandler()
            handler.setLevel(logging.ERROR)
            handler.setFormatter(OneLineFormatter("%(levelname)s %(name)s: %(message)s"))
            logging.getLogger().addHandler(handler)
        if progress is not None:
            progress.start(crawlers)

    summaries: list[CrawlSummary] = []
    try:
        if profiles:
            summaries = run_crawls(profiles, Path(archive_dir), overrides=overrides, on_start=on_start)
    finally:
        if progress is not None:
            progress.stop()
        for lock in held:
            lock.release()
    summaries += skipped
    if not quiet:
        console.print(summary_renderable(summaries))
        for s in summaries:
            if s.log_file:
                console.print(f"[dim]{s.site_id} log: {s.log_file}[/dim]")
    else:
        for s in summaries:
            if s.status not in ("finished", "skipped"):
                click.echo(f"{s.site_id}: crawl {s.crawl_id} {s.status} ({s.finish_reason}); "
                           f"errors: {s.errors}; log: {s.log_file}", err=True)  # fmt: skip
    return summaries


def run_demo(archive_dir: Path, port: int, console: Console) -> list[CrawlSummary]:
    from archive import Archive
    from crawler.replica import ReplicaServer, build_laocai_site

    profile = load_profile("laocai-tinhuy")
    with ReplicaServer(port=port, site=build_laocai_site()) as server:
        console.print(f"Replica of {profile.base_url} serving on {server.base_url}")
        local = profile.rebased(
            server.base_url, politeness={"delay": 0, "concurrency": 4, "autothrottle": False}
        )
        summaries = run_with_display([local], archive_dir, {}, console=console)
    if not summaries or summaries[0].crawl_id is None:
        reason = summaries[0].finish_reason if summaries else "no crawl ran"
        raise click.ClickException(f"the demo crawl did not run ({reason}); see the log above")
    with Archive(archive_dir) as arc:
        hits = arc.search(DEMO_QUERY, limit=5)
        console.print(f"\nSample search: govarchive search {DEMO_QUERY!r} --archive {archive_dir}")
        for hit in hits:
            console.print(escape(f"  [{hit.id}] {hit.title} ({(hit.published_at or '')[:10]})"))
            console.print(escape(f"      {hit.snippet}"))
        console.print(
            f"\nNext: govarchive show {hits[0].id if hits else 1} --archive {archive_dir}; "
            f"govarchive export --archive {archive_dir} --format csv -o articles.csv"
        )
    return summaries


def sites_table(sites_dir: Path | None = None) -> tuple[Table, bool]:
    table = Table(title="Site profiles")
    for column in ("id", "name", "base URL", "status"):
        table.add_column(column, overflow="fold")
    ok = True
    for path in list_profiles(sites_dir):
        try:
            profile = load_profile(str(path))
        except ProfileError as exc:
            ok = False
            table.add_row(path.stem, "", "", f"[red]{exc}[/red]")
            continue
        table.add_row(profile.id, profile.name, profile.base_url, "[green]valid[/green]")
    return table, ok
