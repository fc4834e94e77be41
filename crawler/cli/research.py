"""Researchers' commands over the archive: ``search``, ``export``, ``show``, and ``serve``
(Datasette) and ``report`` (HTML), each a few lines over the :class:`archive.Archive` facade."""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from archive.records import write_records
from crawler.cli.common import archive_option, filter_options, open_archive
from crawler.cli.output import format_option


@click.command()
@click.argument("query")
@archive_option
@filter_options
@click.option("--order", type=click.Choice(["relevance", "date"]), default="relevance",
              show_default=True, help="Best matches first, or newest first.")
@click.option("--limit", type=click.IntRange(1, 10_000), default=20, show_default=True,
              help="Number of hits.")
@format_option("table", "json", "jsonl", "csv", default="table", json_was_lines=True,
               help="A table, one JSON document (an array of hits), JSON Lines (one hit "
                    "per line) or CSV with a header.")
@click.option("--in", "within", type=click.Choice(["articles", "attachments"]), default="articles",
              show_default=True,
              help="Search the articles, or the text of the documents they attach (PDF, "
                   "DOCX); the filters then apply to the first article linking each.")  # fmt: skip
def search(query: str, archive_dir: Path, filters: dict[str, str | None], order: str, limit: int,
           fmt: str, within: str) -> None:  # fmt: skip
    """Full-text search, with or without Vietnamese diacritics.

    QUERY: words (all must occur), "a phrase", OR, NOT, prefix*, (parentheses),
    title:word.  Snippets show the matched words in [brackets].  ref:NUMBER keeps the
    articles citing a legal document (ref:13/2023/NĐ-CP, ref:"Quyết định
    1234/QĐ-UBND", or a key, ref:nghi-dinh:13/2023/nd-cp), a filter on the whole query
    like --site; several ref: terms must all be cited; a query of ref: terms alone lists
    the citing articles, newest first (`govarchive refs` shows a document in full).

    \b
    Example:
      govarchive search "bien gioi"
      govarchive search '"phân giới cắm mốc"' --site laocai-tinhuy --format jsonl
      govarchive search 'dang bo NOT "hoi nghi"' --since 2022 --order date --format csv
      govarchive search 'ref:13/2023/NĐ-CP "dữ liệu cá nhân"'
      govarchive search "bao ve du lieu" --in attachments
    """
    if within == "attachments" and filters.get("author"):
        raise click.UsageError("--author applies to articles only, not to --in attachments.")
    if within == "attachments":
        filters.pop("author")
    with open_archive(archive_dir) as arc:
        hits = arc.search(query, order=order, limit=limit, within=within, **filters)  # type: ignore[arg-type]
    if within == "attachments":
        write_attachment_hits(hits, fmt, sys.stdout)
        return
    if fmt != "table":
        write_hits(hits, fmt, sys.stdout)
        return
    console = Console()
    console.print(hits_table(hits, query, console.width))
    if not hits.complete and order == "relevance":
        click.echo(f"More than {hits.window:,} articles match: these are the best of the "
                   f"{hits.window:,} most recently published. Narrow the query, or use "
                   "--order date.", err=True)  # fmt: skip


def hits_table(hits: Any, query: str, width: int) -> Table:
    """Search hits as a table that reads at ``width`` columns: ids, sites and days never
    break across lines (a site id or a date cut in two read as two values), the time of
    publication only where there is room (120 columns), one site's hits name it in the
    title instead of a column on a narrow screen, and the room left goes to the title and
    the snippet (2 : 3), not to equal shares of every column."""
    wide = width >= 120
    sites = {hit.site_id for hit in hits}
    one_site = width < 100 and len(sites) == 1
    title = f"{len(hits)} result(s) for {query!r}" + (f" on {next(iter(sites))}" if one_site else "")
    table = Table(title=title, expand=True)
    table.add_column("id", no_wrap=True, justify="right")
    if not one_site:
        table.add_column("site", no_wrap=True, overflow="ellipsis", max_width=24 if wide else 14)
    table.add_column("published", no_wrap=True)
    table.add_column("author", overflow="fold", max_width=24 if wide else 14)
    table.add_column("title", overflow="fold", ratio=2)
    table.add_column("snippet", overflow="fold", ratio=3)
    for hit in hits:
        cells = [str(hit.id)] + ([] if one_site else [hit.site_id])
        table.add_row(*cells, (hit.published_at or "")[:16 if wide else 10],
                      escape(hit.author or ""), escape(hit.title), escape(hit.snippet))  # fmt: skip
    return table


@click.command()
@archive_option
@filter_options
@format_option("jsonl", "json", "csv", "parquet", default="jsonl",
               help="JSON Lines, one JSON document (an array), CSV (UTF-8, header row) or "
                    "Parquet (needs -o).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="File to write (default: stdout).")
def export(archive_dir: Path, filters: dict[str, str | None], fmt: str,
           output: Path | None) -> None:  # fmt: skip
    """Export articles, one record each (streamed, constant memory).

    Fields: id, url, site_id, title, published_at, author, source, lead, body (paragraphs
    separated by blank lines), capture_id, WARC file and record id, first/last seen.
    The filters are those of `govarchive search`.

    \b
    Example:
      govarchive export --format csv -o articles.csv
      govarchive export --site laocai-tinhuy --since 2022 > articles.jsonl
      govarchive export --format parquet -o articles.parquet
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("--format parquet writes a file: give it with -o FILE.")
    with open_archive(archive_dir) as arc:
        try:
            if fmt == "parquet":
                count = arc.export_parquet(output, **filters)  # type: ignore[arg-type]
            elif output is None:
                count = arc.export(fmt, sys.stdout, **filters)  # type: ignore[arg-type]
            else:
                with output.open("w", encoding="utf-8", newline="") as out:
                    count = arc.export(fmt, out, **filters)  # type: ignore[arg-type]
        except Exception:  # a bad filter, found once the file exists: no half file left
            if output is not None:
                output.unlink(missing_ok=True)
            raise
    click.echo(f"exported {count} article(s)" + (f" to {output}" if output else ""), err=True)


@click.command()
@click.argument("article", metavar="ID_OR_URL")
@archive_option
@click.option("--raw", is_flag=True,
              help="Print the captured HTML, streamed from its WARC record (any captured URL).")  # fmt: skip
def show(article: str, archive_dir: Path, raw: bool) -> None:
    """Show one article (or, with --raw, the page exactly as captured).

    With --raw, a URL that is not an article (a listing, a page too large to extract) prints
    its latest capture.

    \b
    Example:
      govarchive show 1
      govarchive show 1 --raw > page.html
    """
    with open_archive(archive_dir) as arc:
        key: int | str = int(article) if article.isdigit() else article
        try:
            if raw:
                _write_raw(arc, key)
                return
            record = arc.article(key)
        except ValueError as exc:  # a capture that is not what its row says
            raise click.ClickException(str(exc)) from None
    console = Console()
    console.print(f"[bold]{record['title']}[/bold]")
    for label in ("url", "site_id", "published_at", "date_raw", "author", "author_unit", "source",
                  "capture_id", "first_seen", "last_seen", "current_version", "extractor"):  # fmt: skip
        if record.get(label) is not None:
            console.print(f"[dim]{label}:[/dim] {record[label]}")
    console.print()
    console.print(record["body"])


def _write_raw(arc: Any, key: int | str) -> None:
    """Stream a capture to stdout; a reader that stops early (``| head``) is not an error."""
    try:
        arc.write_raw(key, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush error at exit


@click.command()
@archive_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (127.0.0.1: this machine only).")  # fmt: skip
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port to listen on.")  # fmt: skip
@click.option("--replay-url", envvar="GOVARCHIVE_REPLAY_URL", metavar="TEMPLATE",
              help="Link each capture to its replay: a URL with {url} (or {url_encoded}) and "
                   "{timestamp}, e.g. http://localhost:8080/govarchive/{timestamp}/{url} "
                   "(pywb). Default: $GOVARCHIVE_REPLAY_URL, else no replay links.")  # fmt: skip
def serve(archive_dir: Path, host: str, port: int, replay_url: str | None) -> None:
    """Browse and search the archive in a web page (Datasette).

    Tables and columns are described, articles facet by site, year and author, the search
    box ignores diacritics ("dang bo" finds "Đảng bộ"), canned queries count articles per
    site per month and articles mentioning a term per month, and each capture id links
    to the page as captured (/-/raw/CAPTURE_ID, read back from the WARC) and, with
    --replay-url, to a replay of it in pywb or ReplayWeb.page. The search page ranks as
    `govarchive search` does.

    \b
    Example:
      govarchive serve --archive ./archive --port 8001 \\
        --replay-url 'http://localhost:8080/govarchive/{timestamp}/{url}'
      (then open http://127.0.0.1:8001/archive/search?q=bien+gioi)
    """
    from crawler.datasette_plugin.app import serve as run
    from crawler.datasette_plugin.replay import ReplayTemplateError, check_template

    if replay_url:
        try:
            check_template(replay_url)
        except ReplayTemplateError as exc:
            raise click.BadParameter(str(exc), param_hint="--replay-url") from None
    open_archive(archive_dir).close()  # a readable error when there is no archive
    click.echo(f"Serving {archive_dir} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    run(archive_dir, host=host, port=port, replay_url=replay_url or None)


@click.command()
@archive_option
@click.option("--site", help="Only this site id.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("report.html"), show_default=True, help="HTML file to write.")  # fmt: skip
def report(archive_dir: Path, site: str | None, output: Path) -> None:
    """Write a self-contained HTML report on the archive, per site and per crawl.

    Articles per month (a chart), pages fetched, errors, missing dates, suspected chrome
    leaks and removed articles. The file embeds its charts (SVG) and opens offline.

    \b
    Example:
      govarchive report -o report.html
      govarchive report --site laocai-tinhuy -o laocai.html
    """
    from archive.report import build_report
    from archive.report_html import render_html
    from pipelines.body import chrome_kind

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    with open_archive(archive_dir) as arc:
        data = build_report(arc.db, site, generated_at=stamp, chrome_kind=chrome_kind)
    output.write_text(render_html(data), encoding="utf-8")
    articles = sum(s.articles for s in data.sites)
    click.echo(f"report on {len(data.sites)} site(s), {articles} article(s): {output}", err=True)


HIT_FIELDS = ("id", "site_id", "url", "title", "published_at", "author", "snippet", "rank")
ATTACHMENT_FIELDS = ("capture_id", "site_id", "url", "title", "published_at", "articles",
                     "snippet", "rank")  # fmt: skip


def write_attachment_hits(hits: Any, fmt: str, out: TextIO) -> None:
    """Attachment hits (`search --in attachments`) as a table, JSON, JSON Lines or CSV."""
    if fmt == "table":
        table = Table(title=f"{len(hits)} attachment(s)")
        for column in ("capture", "site", "date", "title", "articles", "snippet"):
            table.add_column(column, overflow="fold")
        for hit in hits:
            table.add_row(str(hit.capture_id), hit.site_id, (hit.published_at or "")[:10],
                          escape(hit.title), " ".join(map(str, hit.articles)), escape(hit.snippet))  # fmt: skip
        Console(file=out).print(table)
        return
    records = ({n: getattr(hit, n) for n in ATTACHMENT_FIELDS} | {"articles": list(hit.articles)}
               for hit in hits)  # fmt: skip
    write_records(records, fmt, out, ATTACHMENT_FIELDS)


def write_hits(hits: Any, fmt: str, out: TextIO) -> None:
    """Search hits as JSON, JSON Lines or CSV (header row) on ``out`` (`govarchive search`)."""
    write_records(({n: getattr(hit, n) for n in HIT_FIELDS} for hit in hits), fmt, out, HIT_FIELDS)


COMMANDS = [search, export, show, serve, report]
