"""``govarchive crawl`` and ``govarchive demo``: crawl sites into the archive, with a live
progress display and a summary (the crawl itself is :func:`crawler.run.run_crawls`)."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import click
from rich.console import Console
from rich.markup import escape

from archive import locks
from config.profile import SiteProfile, adhoc_profile, load_profile
from crawler.cli.common import (
    EXIT_FAILED,
    EXIT_PARTIAL,
    archive_option,
    lock_wait_option,
    open_archive,
)
from crawler.environment import CONTACT_ENV, contact_warning, warn_once

if TYPE_CHECKING:
    from crawler.run import CrawlSummary

DEMO_QUERY = "bien gioi"
#: the demo's own archive folder and the replica's port: a fixed port keeps the replica's
#: URLs (its origin) the same from one demo to the next
DEMO_ARCHIVE = Path("demo-archive")
DEMO_PORT = 8765
#: the errors the replica makes on purpose (one page answers 500, one 404: docs/cli.md); a
#: first demo said "partial ... 2 error(s)" and left a newcomer to guess whether it worked
DEMO_ERRORS = frozenset({"http_404", "http_500"})
DEMO_ERRORS_NOTE = ("The replica answers one page with HTTP 500 and one with 404 on purpose: "
                    "'partial' and the errors above are how a crawl reports pages it could not "
                    "archive (listed in the archive's failures table); the rest was archived.")  # fmt: skip


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="SITE_OR_URL...")
@archive_option
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop each crawl after N responses.")
@click.option("--delay", type=click.FloatRange(min=0), help="Seconds between requests (overrides the profile).")
@click.option("--quiet", is_flag=True, help="No progress display; only errors and the exit code (for cron).")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Set a Scrapy or govarchive setting for this run (repeatable), as scrapy -s.")
@click.option("--base-url", metavar="URL",
              help="Crawl the site at this origin instead of its profile's (a replica such as "
                   "`govarchive replica`, a mirror): every URL of the profile on its own hosts "
                   "is moved there, the URL rules stay. One profile only.")  # fmt: skip
@lock_wait_option
def crawl(targets: tuple[str, ...], archive_dir: Path, max_pages: int | None,
          delay: float | None, quiet: bool, settings: tuple[str, ...], base_url: str | None,
          lock_wait: float | None) -> None:  # fmt: skip
    """Crawl sites into the archive.

    SITE_OR_URL is a profile id (config/sites/ID.yaml), a profile file, or a URL for an
    ad-hoc crawl of that host with a generic profile.  Exit code: 0 finished, 3 partial
    (some pages failed or a limit was hit), 4 failed (nothing could be fetched).
    Set GOVARCHIVE_CONTACT to your e-mail (the User-Agent gives it to the sites): a crawl
    of a real site without it prints a warning.

    \b
    Example:
      govarchive crawl laocai-tinhuy --archive ./archive
      govarchive crawl https://sotttt.laocai.gov.vn/ --max-pages 200
      govarchive crawl laocai-tinhuy -s DOWNLOAD_MAXSIZE=5000000
      govarchive crawl laocai-tinhuy --base-url http://127.0.0.1:8000/ --archive ./replica-archive
    """
    profiles = resolve_targets(targets)
    if base_url is not None:
        profiles = [rebase(profiles, targets, base_url)]
    overrides: dict[str, Any] = parse_settings(settings)
    if max_pages:
        overrides["CLOSESPIDER_PAGECOUNT"] = max_pages
    if delay is not None:
        overrides["DOWNLOAD_DELAY"] = delay
    if lock_wait is not None:
        overrides["GOVARCHIVE_LOCK_WAIT"] = lock_wait
    summaries = run_with_display(profiles, archive_dir, overrides, quiet=quiet)
    statuses = {s.status for s in summaries}
    if "failed" in statuses:
        sys.exit(EXIT_FAILED)
    if statuses != {"finished"}:
        sys.exit(EXIT_PARTIAL)


@click.command()
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
              default=DEMO_ARCHIVE, show_default=True,
              help="Archive folder of the demo: its own, never the archive of real crawls "
                   "($GOVARCHIVE_ARCHIVE is not read).")  # fmt: skip
@click.option("--port", type=click.IntRange(0, 65535), show_default=str(DEMO_PORT),
              help="Port of the replica portal on 127.0.0.1 (default: the port the demo "
                   "archive already holds the replica's articles at, else 8765). The same "
                   "port each run keeps the replica's URLs, so a second demo finds its "
                   "articles archived; if the default is taken another free one is used "
                   "(0: any free port).")  # fmt: skip
def demo(archive_dir: Path, port: int | None) -> None:
    """Run the whole pipeline offline against the bundled replica of the Lào Cai portal.

    Starts the replica on 127.0.0.1, crawls it with the laocai-tinhuy profile into the
    demo's own archive (./demo-archive), stops the replica, then prints the crawl summary
    and a sample search.  Run again, it finds the same articles archived (the replica is
    served at the same address) and adds none.

    \b
    Example:
      govarchive demo
      govarchive search "bien gioi" --archive ./demo-archive
    """
    run_demo(archive_dir, port, Console())


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


def rebase(profiles: list[SiteProfile], targets: tuple[str, ...], base_url: str) -> SiteProfile:
    """``crawl --base-url``: the one profile named, served from ``base_url``'s origin (as
    ``scrapy crawl SITE -a base_url=URL``, which works only inside the checkout)."""
    if len(profiles) != 1 or targets[0].startswith(("http://", "https://")):
        raise click.UsageError("--base-url moves one site profile: name one profile "
                               "(for a URL, crawl that URL itself)")  # fmt: skip
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise click.BadParameter(f"must be an http(s) URL, got {base_url!r}", param_hint="'--base-url'")
    return profiles[0].rebased(base_url)


def resolve_targets(targets: tuple[str, ...] | list[str]) -> list[SiteProfile]:
    profiles = [resolve_target(target) for target in targets]
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
            held.append(locks.acquire(archive_dir, profile.id, command=f"crawl of {profile.id}"))
        except locks.SiteBusy as exc:
            if not skip_busy:
                for lock in held:
                    lock.release()
                raise click.ClickException(str(exc)) from None
            from crawler.run import CrawlSummary

            skipped.append(CrawlSummary(profile.id, None, "skipped", str(exc)))
            continue
        free.append(profile)
    return free, held, skipped


def run_crawls(*args: Any, **kwargs: Any) -> list[CrawlSummary]:
    """:func:`crawler.run.run_crawls`, imported when a crawl starts: Scrapy, Twisted and the
    spider cost about 1 s of CPU to import, which every other command (``--help``,
    ``search``, ``show``, ``sites``) and every test that starts ``govarchive`` paid before."""
    from crawler.run import run_crawls as run

    return run(*args, **kwargs)


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


def check_lock_wait(overrides: dict[str, Any]) -> None:
    """The crawl's ``GOVARCHIVE_LOCK_WAIT`` (``--lock-wait``, ``-s``, else the environment)
    checked before anything starts, and used for the archive check too: a bad one is one line.
    """
    from archive.db import lock_wait, parse_lock_wait, set_lock_wait

    value = overrides.get("GOVARCHIVE_LOCK_WAIT")
    if value is not None and str(value).strip() != "":
        set_lock_wait(parse_lock_wait(value))
    else:
        lock_wait()  # $GOVARCHIVE_LOCK_WAIT, checked


def check_archive(archive_dir: Path) -> None:
    """Open (create or migrate) the archive before any crawl starts, and wait for its write
    lock: a broken archive, or one another writer holds, is one line."""
    from archive import Archive

    try:
        with Archive(archive_dir, create=True) as archive:
            archive.check_writable()
    except OSError as exc:
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
    from crawler.progress import CrawlProgress, resume_hint, status_phrase, summary_renderable

    console = console or Console(stderr=quiet)
    check_lock_wait(overrides)
    check_archive(Path(archive_dir))
    profiles, held, skipped = take_locks(profiles, Path(archive_dir), skip_busy=skip_busy)
    # just before the crawl starts (a usage or archive error stays the one line it is)
    contact = overrides.get("GOVARCHIVE_CONTACT") or os.environ.get(CONTACT_ENV)
    warn_once(contact_warning(contact, [p.base_url for p in profiles]))
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
        for s in summaries:
            if hint := resume_hint(s):
                console.print(escape(hint))
    else:
        for s in summaries:
            if s.status not in ("finished", "skipped"):
                click.echo(f"{s.site_id}: crawl {s.crawl_id} {status_phrase(s)}; "
                           f"log: {s.log_file}", err=True)  # fmt: skip
    return summaries


def demo_port(archive_dir: Path, site_id: str) -> int:
    """The replica's port the demo archive already holds ``site_id``'s articles at (their
    URLs stay the same), else :data:`DEMO_PORT`."""
    if not (archive_dir / "archive.db").exists():
        return DEMO_PORT
    with open_archive(archive_dir) as arc:
        parts = urlsplit(arc.site_base_url(site_id) or "")
    return parts.port if parts.hostname == "127.0.0.1" and parts.port else DEMO_PORT


@contextmanager
def start_replica(port: int | None, default: int, site: Any, console: Console) -> Iterator[Any]:
    """The replica, serving on ``port`` (None: on ``default``) until the block ends; on
    another free port (with a note) when the default is taken; a port the user chose that
    is taken is a one-line error."""
    from crawler.replica import ReplicaServer

    try:
        server = ReplicaServer(port=default if port is None else port, site=site).start()
    except OSError as exc:
        if port is not None:
            raise click.ClickException(f"cannot serve the replica on port {port}: {exc.strerror}") from None
        server = ReplicaServer(port=0, site=site).start()
        console.print(f"[yellow]Port {default} is taken: the replica serves on {server.port}, "
                      "so its articles are new to the demo archive (free the port, or give "
                      "--port, to find them archived).[/yellow]")  # fmt: skip
    try:
        yield server
    finally:
        server.stop()


def run_demo(archive_dir: Path, port: int | None, console: Console) -> list[CrawlSummary]:
    from crawler.replica import build_laocai_site

    profile = load_profile("laocai-tinhuy")
    default = demo_port(Path(archive_dir), profile.id)
    with start_replica(port, default, build_laocai_site(), console) as server:
        console.print(f"Replica of {profile.base_url} serving on {server.base_url}")
        local = profile.rebased(
            server.base_url, politeness={"delay": 0, "concurrency": 4, "autothrottle": False}
        )
        summaries = run_with_display([local], archive_dir, {}, console=console)
    if not summaries or summaries[0].crawl_id is None:
        reason = summaries[0].finish_reason if summaries else "no crawl ran"
        raise click.ClickException(f"the demo crawl did not run ({reason}); see the log above")
    if summaries[0].status == "partial" and set(summaries[0].errors) <= DEMO_ERRORS:
        console.print(DEMO_ERRORS_NOTE)
    with open_archive(archive_dir) as arc:
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


COMMANDS = [crawl, demo]
