"""Commands for researchers: browse the archive in Datasette, and the archive's report."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import click

from crawler.cliutil import archive_option, open_archive


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
    from archive import ArchiveError
    from crawler.datasette_plugin.app import serve as run
    from crawler.datasette_plugin.replay import ReplayTemplateError, check_template

    if replay_url:
        try:
            check_template(replay_url)
        except ReplayTemplateError as exc:
            raise click.BadParameter(str(exc), param_hint="--replay-url") from None
    open_archive(archive_dir).close()  # a readable error when there is no archive
    click.echo(f"Serving {archive_dir} on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        run(archive_dir, host=host, port=port, replay_url=replay_url or None)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


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
    from archive import ArchiveError
    from archive.report import build_report
    from archive.report_html import render_html
    from pipelines.body import chrome_kind

    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    with open_archive(archive_dir) as arc:
        try:
            data = build_report(arc.db, site, generated_at=stamp, chrome_kind=chrome_kind)
        except ArchiveError as exc:
            raise click.ClickException(str(exc)) from None
    output.write_text(render_html(data), encoding="utf-8")
    articles = sum(s.articles for s in data.sites)
    click.echo(f"report on {len(data.sites)} site(s), {articles} article(s): {output}", err=True)


HIT_FIELDS = ("id", "site_id", "url", "title", "published_at", "author", "snippet", "rank")


def write_hits(hits: Any, fmt: str, out: TextIO) -> None:
    """Search hits as JSON Lines or CSV (header row) on ``out`` (for `govarchive search`)."""
    if fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(HIT_FIELDS)
        for hit in hits:
            writer.writerow([getattr(hit, name) for name in HIT_FIELDS])
        return
    for hit in hits:
        out.write(json.dumps({n: getattr(hit, n) for n in HIT_FIELDS}, ensure_ascii=False) + "\n")


COMMANDS = [serve, report]
