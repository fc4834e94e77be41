"""Commands for the archivist running govarchive unattended: ``schedule``, ``run-due`` and an
article's ``history`` of versions and removals."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from config.fleet import FLEET_FILE
from crawler.cli.common import EXIT_FAILED, archive_option, counts, open_archive
from crawler.cli.output import echo_json, echo_records, format_option

SITES_HELP = "Folder of site profiles (default: config/sites/, or $GOVARCHIVE_SITES_DIR)."
DEFAULT_HELP = "Cron expression for profiles without a `schedule` (default: '0 2 * * *')."


def sites_option(func: Any) -> Any:
    return click.option(
        "--sites-dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
        envvar="GOVARCHIVE_SITES_DIR", help=SITES_HELP,
    )(func)  # fmt: skip


def default_option(func: Any) -> Any:
    from crawler.schedule import DEFAULT_SCHEDULE

    return click.option(
        "--default-schedule", default=DEFAULT_SCHEDULE, envvar="GOVARCHIVE_DEFAULT_SCHEDULE",
        show_default=True, help=DEFAULT_HELP,
    )(func)  # fmt: skip


def _profiles(sites_dir: Path | None) -> list[Any]:
    from config.profile import ProfileError, list_profiles, load_profile_file

    profiles = []
    for path in list_profiles(sites_dir):
        try:
            profiles.append(load_profile_file(path))
        except ProfileError as exc:
            click.echo(f"skipped: {exc}", err=True)
    return profiles


def _schedules(
    archive_dir: Path, sites_dir: Path | None, default: str, *, unscheduled: bool = False
) -> list[Any]:
    """Each profile's schedule; with ``unscheduled`` (the listing, not run-due) also the
    sites the archive holds crawls of without a profile."""
    from archive.db import archive_paths
    from crawler.schedule import ScheduleError, site_schedules, unscheduled_sites

    arc = open_archive(archive_dir) if archive_paths(archive_dir).db.is_file() else None
    try:
        db = arc.db if arc is not None else None
        profiles = _profiles(sites_dir)
        rows = site_schedules(profiles, db, archive_dir, default=default)
        return rows + (unscheduled_sites(profiles, db, archive_dir) if unscheduled else [])
    except ScheduleError as exc:
        raise click.ClickException(f"--default-schedule: {exc}") from None
    finally:
        if arc is not None:
            arc.close()


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "never"


@click.command()
@archive_option
@sites_option
@default_option
@format_option("table", "json", "jsonl", "csv", default="table", json_was_lines=True,
               help="A table, one JSON document (an array of sites), JSON Lines (one site "
                    "per line) or CSV.")
def schedule(archive_dir: Path, sites_dir: Path | None, default_schedule: str, fmt: str) -> None:
    """List each site's schedule, last crawl (start, outcome) and next run.

    A site is due when it was never crawled or its cron expression fired since its last
    crawl started; "running" means a crawl of it holds its lock right now. Sites the
    archive holds crawls of without a profile (ad-hoc crawls of a URL, a profile file kept
    elsewhere) follow, marked "no profile": run-due never starts them.

    \b
    Example:
      govarchive schedule --archive /srv/govarchive
      govarchive schedule --format jsonl
    """
    rows = _schedules(archive_dir, sites_dir, default_schedule, unscheduled=True)
    if fmt != "table":
        records = [row.as_dict() for row in rows]
        echo_records(records, fmt, list(records[0]) if records else ["site_id"])
        return
    table = Table(title=f"Schedules ({archive_dir})")
    for column in ("site", "schedule", "last run", "outcome", "next run", "state"):
        table.add_column(column, overflow="fold")
    for row in rows:
        state = "[cyan]running[/cyan]" if row.running else ("[yellow]due[/yellow]" if row.due else "")
        cron = row.cron + (" (default)" if row.is_default else "") if row.cron else "- (no profile)"
        upcoming = "now" if row.due else (_when(row.next_run) if row.next_run else "-")
        table.add_row(row.site_id, cron, _when(row.last_started),
                      f"{row.last_status or '-'}" + (f" (crawl {row.last_crawl_id})" if row.last_crawl_id else ""),
                      upcoming, state)  # fmt: skip
    Console().print(table)


@click.command("run-due")
@archive_option
@sites_option
@default_option
@click.option("--quiet", is_flag=True, help="No progress display; only errors and the exit code (for cron).")
@click.option("--dry-run", is_flag=True, help="Print the sites that are due; crawl nothing.")
@click.option("--scrapyd", "scrapyd_url", metavar="URL",
              help="Schedule the due sites as jobs on this Scrapyd server instead of crawling here.")
@click.option("--fleet", "fleet_file", metavar="[FLEET_FILE]", is_flag=False,
              flag_value=str(FLEET_FILE), default=None,
              help="Run the crawl fleet of this fleet file (default: config/fleet.yaml): merge "
                   "finished jobs' shards, renew running jobs' leases, give due sites to Scrapyd "
                   "nodes (docs/scaling.md).")
@click.option("--keep-shards", is_flag=True,
              help="With --fleet: keep each job's shard folder after merging it (default: removed).")
@format_option("text", "json", "jsonl", default="text", json_was_lines=True,
               help="With --fleet: one line per event, one JSON document (the due count and "
                    "the events), or JSON Lines (one event per line).")
def run_due(archive_dir: Path, sites_dir: Path | None, default_schedule: str, quiet: bool,
            dry_run: bool, scrapyd_url: str | None, fleet_file: str | None, keep_shards: bool,
            fmt: str) -> None:  # fmt: skip
    """Crawl every site whose schedule says it is due (call it from cron or a systemd timer).

    Sites already being crawled are skipped (never started twice), so calling it every few
    minutes is safe. The due sites are crawled together in this process (one request at a
    time per host), scheduled on Scrapyd with --scrapyd, or spread over the Scrapyd nodes of
    a fleet with --fleet (each job crawls into a shard that the next pass merges). Exit
    code: 0 every crawl finished (or nothing was due), 3 partial (with --fleet: also a node
    down, a shard not merged, a job not scheduled), 4 failed (with --fleet: also no node up).

    \b
    Example:
      */10 * * * *  govarchive run-due --archive /srv/govarchive --quiet
      govarchive run-due --dry-run
      govarchive run-due --scrapyd http://127.0.0.1:6800/
      */5 * * * *   govarchive run-due --fleet /etc/govarchive/fleet.yaml --archive /srv/govarchive
    """
    if fleet_file is not None:
        if scrapyd_url:
            raise click.UsageError("--fleet and --scrapyd do not go together")
        _run_fleet(Path(fleet_file), archive_dir, sites_dir, default_schedule, quiet, dry_run,
                   keep_shards, fmt)  # fmt: skip
        return
    rows = _schedules(archive_dir, sites_dir, default_schedule)
    due = [row.site_id for row in rows if row.due]
    if dry_run or not due:
        if not quiet:
            click.echo("due: " + (", ".join(due) if due else "nothing"))
        return
    if scrapyd_url:
        _run_on_scrapyd(scrapyd_url, due, archive_dir, sites_dir, quiet)
        return
    from config.profile import list_profiles, load_profile_file
    from crawler.cli.crawl import exit_code, run_with_display

    paths = {p.stem: p for p in list_profiles(sites_dir)}
    profiles = [load_profile_file(paths[site]) for site in due]
    summaries = run_with_display(profiles, archive_dir, {}, quiet=quiet, skip_busy=True)
    code = exit_code(summaries)
    if code:
        sys.exit(code)


def _run_on_scrapyd(
    url: str, due: list[str], archive_dir: Path, sites_dir: Path | None, quiet: bool
) -> None:
    from crawler import remote

    try:
        active = remote.active_spiders(url)
        settings = {"GOVARCHIVE_ARCHIVE_DIR": str(archive_dir.resolve())}
        if sites_dir is not None:
            settings["GOVARCHIVE_SITES_DIR"] = str(sites_dir.resolve())
        for site in due:
            if site in active:
                if not quiet:
                    click.echo(f"{site}: a Scrapyd job is already pending or running; skipped")
                continue
            job = remote.schedule(url, site, settings)
            if not quiet:
                click.echo(f"{site}: scheduled on {url} as job {job}")
    except remote.ScrapydError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_FAILED)


def _run_fleet(fleet_file: Path, archive_dir: Path, sites_dir: Path | None, default: str,
               quiet: bool, dry_run: bool, keep_shards: bool, fmt: str) -> None:  # fmt: skip
    from config.fleet import FleetError, load_fleet
    from crawler.fleet import fleet_due, fleet_pass
    from crawler.schedule import ScheduleError, check_cron

    try:
        fleet = load_fleet(fleet_file)
        check_cron(default)
    except FleetError as exc:
        raise click.ClickException(str(exc)) from None
    except ScheduleError as exc:
        raise click.ClickException(f"--default-schedule: {exc}") from None
    profiles = _profiles(sites_dir)
    if dry_run:
        with open_archive(archive_dir) as arc:
            due, _ = fleet_due(profiles, arc.db, fleet, default=default)
        if not quiet:
            click.echo("due: " + (", ".join(due) if due else "nothing"))
        return
    report = fleet_pass(archive_dir, fleet, profiles, default=default, keep_shards=keep_shards)
    if report.skipped_pass:
        if not quiet:
            click.echo(f"skipped: {report.skipped_pass}")
        return
    if fmt == "json":
        echo_json({"due": report.due, "events": [e.as_dict() for e in report.events]})
    elif fmt == "jsonl":
        echo_records((e.as_dict() for e in report.events), fmt)
    for event in report.events:
        if fmt != "text":
            continue
        where = f" on {event.node}" if event.node and event.site else event.node or ""
        job = f" (job {event.job})" if event.job else ""
        line = f"{event.kind:9} {event.site or ''}{where}{job}: {event.detail}"
        if event.kind in ("node-down", "error"):
            click.echo(line, err=True)
        elif not quiet:
            click.echo(line)
    if not quiet and fmt == "text":
        kinds = Counter(e.kind for e in report.events)
        click.echo(f"fleet pass: {report.due} due; " + counts(kinds))
    if report.exit_code:
        sys.exit(report.exit_code)


@click.command()
@click.argument("article", metavar="URL_OR_ID")
@archive_option
@click.option("--context", type=click.IntRange(min=0), default=1, show_default=True,
              help="Unchanged paragraphs shown around each change.")
@format_option("text", "json", default="text",
               help="Readable diffs, or the article, its versions and events as one JSON document.")
def history(article: str, archive_dir: Path, context: int, fmt: str) -> None:
    """Show every version of an article, what changed between them, and its removals.

    Versions are the distinct contents (title, body, date, author) seen over the crawls;
    the diff compares the body paragraph by paragraph. A removal (404/410, redirect to
    the home page, soft 404) and a return are listed with their crawl.

    \b
    Example:
      govarchive history 42
      govarchive history https://tinhuy.laocai.gov.vn/tin-tuc/tin-hoat-dong/bai-viet.html
    """
    from archive.history import article_history, version_diff

    with open_archive(archive_dir) as arc:
        found = article_history(arc.db, article)
    if fmt == "json":
        echo_json({"article": {k: found.article[k] for k in (
            "id", "site_id", "url", "title", "first_seen", "last_seen", "removed_at",
            "current_version")}, "versions": found.versions, "events": found.events})  # fmt: skip
        return
    console = Console(highlight=False, soft_wrap=True)
    art = found.article
    console.print(f"[bold]{escape(art['title'])}[/bold]  (article {art['id']})")
    console.print(f"{escape(art['url'])}")
    state = f"[red]removed since {art['removed_at']}[/red]" if art["removed_at"] else "online"
    console.print(f"first seen {art['first_seen']}, last seen {art['last_seen']}, {state}, "
                  f"{len(found.versions)} version(s)\n")  # fmt: skip
    timeline: list[tuple[str, int, Any]] = [(v["fetched_at"], 0, v) for v in found.versions]
    timeline += [(e["at"], 1, e) for e in found.events]
    previous = None
    for _, kind, entry in sorted(timeline, key=lambda t: (t[0], t[1])):
        if kind == 1:
            colour = "red" if entry["kind"] == "removed" else "green"
            console.print(f"[{colour}]{entry['at']}  {entry['kind']} ({entry['reason']}), "
                          f"crawl {entry['crawl_id']}[/{colour}]\n")  # fmt: skip
            continue
        console.print(f"[bold]version {entry['version']}[/bold]  {entry['fetched_at']}  crawl "
                      f"{entry['crawl_id']}  capture {entry['capture_id']}  "
                      f"{len((entry['body'] or '').split())} words")  # fmt: skip
        if previous is not None:
            for line in version_diff(previous, entry, context=context):
                style = ""
                if line.startswith(("+++", "---")):
                    style = "bold"
                elif line.startswith("+"):
                    style = "green"
                elif line.startswith("-"):
                    style = "red"
                elif line.startswith("@@"):
                    style = "cyan"
                elif ": " in line and not line.startswith(" "):
                    style = "yellow"
                console.print(f"[{style}]{escape(line)}[/{style}]" if style else escape(line))
        console.print()
        previous = entry


COMMANDS = [schedule, run_due, history]
