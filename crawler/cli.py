"""The ``govarchive`` command line: thin shells over archive/, pipelines/ and crawler/.

Library errors (ProfileError, ArchiveError) become one-line ``click.ClickException`` messages;
users never see a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from crawler import __version__
from crawler.cliutil import (
    EXIT_FAILED,
    EXIT_PARTIAL,
    archive_option,
    open_archive,
    show_upgrade_progress,
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govarchive")
def cli() -> None:
    """govarchive: archive government news portals into WARC files and a searchable SQLite archive.

    \b
    First run:  govarchive demo
    Real crawl: govarchive crawl laocai-tinhuy
    """
    if sys.stderr.isatty():  # an archive upgrade can take minutes: say so (never under cron)
        show_upgrade_progress(sys.stderr)


@cli.command()
@click.argument("targets", nargs=-1, required=True, metavar="SITE_OR_URL...")
@archive_option
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop each crawl after N responses.")
@click.option("--delay", type=click.FloatRange(min=0), help="Seconds between requests (overrides the profile).")
@click.option("--quiet", is_flag=True, help="No progress display; only errors and the exit code (for cron).")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE",
              help="Set a Scrapy or govarchive setting for this run (repeatable), as scrapy -s.")
def crawl(targets: tuple[str, ...], archive_dir: Path, max_pages: int | None,
          delay: float | None, quiet: bool, settings: tuple[str, ...]) -> None:  # fmt: skip
    """Crawl sites into the archive.

    SITE_OR_URL is a profile id (config/sites/ID.yaml), a profile file, or a URL for an
    ad-hoc crawl of that host with a generic profile.  Exit code: 0 finished, 3 partial
    (some pages failed or a limit was hit), 4 failed (nothing could be fetched).

    \b
    Example:
      govarchive crawl laocai-tinhuy --archive ./archive
      govarchive crawl https://sotttt.laocai.gov.vn/ --max-pages 200
      govarchive crawl laocai-tinhuy -s DOWNLOAD_MAXSIZE=5000000
    """
    from crawler.commands import parse_settings, resolve_targets, run_with_display

    profiles = resolve_targets(targets)
    overrides: dict[str, Any] = parse_settings(settings)
    if max_pages:
        overrides["CLOSESPIDER_PAGECOUNT"] = max_pages
    if delay is not None:
        overrides["DOWNLOAD_DELAY"] = delay
    summaries = run_with_display(profiles, archive_dir, overrides, quiet=quiet)
    statuses = {s.status for s in summaries}
    if "failed" in statuses:
        sys.exit(EXIT_FAILED)
    if statuses != {"finished"}:
        sys.exit(EXIT_PARTIAL)


@cli.command()
@archive_option
@click.option("--port", type=int, default=0, help="Port for the replica portal (default: any free port).")
def demo(archive_dir: Path, port: int) -> None:
    """Run the whole pipeline offline against the bundled replica of the Lào Cai portal.

    Starts the replica on 127.0.0.1, crawls it with the laocai-tinhuy profile into the
    archive, stops the replica, then prints the crawl summary and a sample search.

    \b
    Example:
      govarchive demo --archive ./archive
    """
    from crawler.commands import run_demo

    run_demo(archive_dir, port, Console())


@cli.command()
@click.argument("query")
@archive_option
@click.option("--site", help="Only this site id.")
@click.option("--since", help="Published on or after this date (2023, 2023-05 or 2023-05-31).")
@click.option("--until", help="Published on or before this date (a whole day, month or year).")
@click.option("--author", help="Only articles whose author holds these words, in order, the last one possibly begun (any diacritics).")
@click.option("--order", type=click.Choice(["relevance", "date"]), default="relevance",
              show_default=True, help="Best matches first, or newest first.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True,
              help="Number of hits.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True, help="A table, one JSON object per line, or CSV with a header.")
def search(query: str, archive_dir: Path, site: str | None, since: str | None,
           until: str | None, author: str | None, order: str, limit: int, fmt: str) -> None:  # fmt: skip
    """Full-text search, with or without Vietnamese diacritics.

    QUERY: words (all must occur), "a phrase", OR, NOT, prefix*, (parentheses),
    title:word.  Snippets show the matched words in [brackets].

    \b
    Example:
      govarchive search "bien gioi"
      govarchive search '"phân giới cắm mốc"' --site laocai-tinhuy --format json
      govarchive search 'dang bo NOT "hoi nghi"' --since 2022 --order date --format csv
    """
    from archive import ArchiveError

    with open_archive(archive_dir) as arc:
        try:
            hits = arc.search(query, site=site, since=since, until=until, author=author,
                              order=order, limit=limit)  # type: ignore[arg-type]  # fmt: skip
        except ArchiveError as exc:
            raise click.ClickException(str(exc)) from None
    if fmt in ("json", "csv"):
        from crawler.cli_research import write_hits

        write_hits(hits, fmt, sys.stdout)
        return
    table = Table(title=f"{len(hits)} result(s) for {query!r}")
    for column in ("id", "site", "published", "author", "title", "snippet"):
        table.add_column(column, overflow="fold")
    for hit in hits:
        table.add_row(str(hit.id), hit.site_id, (hit.published_at or "")[:16],
                      escape(hit.author or ""), escape(hit.title), escape(hit.snippet))  # fmt: skip
    Console().print(table)
    if not hits.complete and order == "relevance":
        click.echo(f"More than {hits.window:,} articles match: these are the best of the "
                   f"{hits.window:,} most recently published. Narrow the query, or use "
                   "--order date.", err=True)  # fmt: skip


@cli.command()
@archive_option
@click.option("--site", help="Only this site id.")
@click.option("--since", help="Published on or after this date (2023, 2023-05 or 2023-05-31).")
@click.option("--until", help="Published on or before this date (a whole day, month or year).")
@click.option("--author", help="Only articles whose author holds these words, in order, the last one possibly begun (any diacritics).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True, help="JSON Lines, CSV (UTF-8, header row) or Parquet (needs -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
def export(archive_dir: Path, site: str | None, since: str | None, until: str | None,
           author: str | None, fmt: str, output: Path | None) -> None:  # fmt: skip
    """Export articles, one record each (streamed, constant memory).

    Fields: id, url, site, title, published_at, author, source, lead, body (paragraphs
    separated by blank lines), capture_id, WARC file and record id, first/last seen.
    The filters are those of `govarchive search`.

    \b
    Example:
      govarchive export --format csv -o articles.csv
      govarchive export --site laocai-tinhuy --since 2022 > articles.jsonl
      govarchive export --format parquet -o articles.parquet
    """
    from archive import ArchiveError
    from archive.queries import export_records

    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: give it with -o FILE.")
    filters = {"site": site, "since": since, "until": until, "author": author}
    with open_archive(archive_dir) as arc:
        try:
            if fmt == "parquet":
                count = arc.export_parquet(output, **filters)  # type: ignore[arg-type]
            elif output is None:
                count = export_records(arc.db, fmt, sys.stdout, **filters)  # type: ignore[arg-type]
            else:
                with output.open("w", encoding="utf-8", newline="") as out:
                    count = export_records(arc.db, fmt, out, **filters)  # type: ignore[arg-type]
        except ArchiveError as exc:
            if output is not None:
                output.unlink(missing_ok=True)
            raise click.ClickException(str(exc)) from None
    click.echo(f"exported {count} article(s)" + (f" to {output}" if output else ""), err=True)


@cli.command()
@click.argument("article", metavar="ID_OR_URL")
@archive_option
@click.option("--raw", is_flag=True, help="Print the captured HTML, read back from its WARC record.")
def show(article: str, archive_dir: Path, raw: bool) -> None:
    """Show one article (or, with --raw, the page exactly as captured).

    \b
    Example:
      govarchive show 1
      govarchive show 1 --raw > page.html
    """
    from archive import ArchiveError

    with open_archive(archive_dir) as arc:
        key: int | str = int(article) if article.isdigit() else article
        try:
            if raw:
                sys.stdout.buffer.write(arc.raw(key))
                return
            record = arc.article(key)
        except (ArchiveError, ValueError) as exc:
            raise click.ClickException(str(exc)) from None
    console = Console()
    console.print(f"[bold]{record['title']}[/bold]")
    for label in ("url", "site_id", "published_at", "date_raw", "author", "author_unit", "source",
                  "capture_id", "first_seen", "last_seen", "current_version", "extractor"):  # fmt: skip
        if record.get(label) is not None:
            console.print(f"[dim]{label}:[/dim] {record[label]}")
    console.print()
    console.print(record["body"])


@cli.group(invoke_without_command=True)
@click.pass_context
def sites(ctx: click.Context) -> None:
    """List the site profiles in config/sites/, validated.

    \b
    Example:
      govarchive sites
    """
    if ctx.invoked_subcommand is None:
        from crawler.commands import sites_table

        table, ok = sites_table()
        Console().print(table)
        if not ok:
            raise click.ClickException("some profiles are invalid (see above)")


def _asdict(obj: Any) -> dict[str, Any]:
    from dataclasses import asdict, is_dataclass

    return asdict(obj) if is_dataclass(obj) else dict(obj)


def _register_command_modules() -> None:
    """Commands grouped by audience live in their own modules (crawler/cli_*.py)."""
    import importlib
    import pkgutil

    import crawler

    for info in pkgutil.iter_modules(crawler.__path__):
        if info.name.startswith("cli_"):
            module = importlib.import_module(f"crawler.{info.name}")
            for command in getattr(module, "COMMANDS", []):
                cli.add_command(command)


_register_command_modules()


def main() -> None:
    cli(prog_name="govarchive")


if __name__ == "__main__":
    main()
