"""Watching the portals: ``changes`` (what was edited, retitled, redated or taken down) and
``refs`` (a legal document and every article citing it), each a few lines over the
:class:`archive.Archive` facade."""

from __future__ import annotations

import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from archive.changes import KINDS
from crawler.cli.common import (
    DATE_FORMS,
    archive_option,
    captured_since_option,
    captured_until_option,
    open_archive,
)
from crawler.cli.output import echo_json, echo_records, format_option


@click.command()
@archive_option
@captured_since_option
@captured_until_option
@click.option("--site", help="Only this site id.")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(KINDS),
              help="Only this kind of change (repeatable); default: all.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True,
              help="Changes listed, newest first.")  # fmt: skip
@format_option("table", "json", "jsonl", "atom", "html", default="table",
               help="A table, one JSON document (an array of changes), JSON Lines (one "
                    "change per line), an Atom feed, or an HTML page.")  # fmt: skip
@click.option("--base-url", metavar="URL",
              help="Where `govarchive serve` answers, for the capture links of atom/html "
                   "(default: $GOVARCHIVE_SERVE_URL, else http://127.0.0.1:8001).")  # fmt: skip
def changes(archive_dir: Path, since: str | None, until: str | None, site: str | None,
            kinds: tuple[str, ...], limit: int, fmt: str, base_url: str | None) -> None:  # fmt: skip
    """What changed on the portals: articles edited, retitled, redated, removed or back.

    Each change has the time the crawl saw it (captured it: --captured-since and
    --captured-until bound that time), the site, the article and a short word
    diff: [-words removed-] {+words added+}, with a few words around them.  jsonl gives
    every field (captures before and after, a stable uid); atom is the feed that
    `govarchive serve` offers at /-/feeds/NAME.atom.

    \b
    Example:
      govarchive changes --captured-since 2024-05-01 --kind edited --kind removed
      govarchive changes --site laocai-tinhuy --format jsonl > changes.jsonl
      govarchive changes --format html > changes.html
    """
    from archive.feeds import feed_xml, serve_url
    from archive.report_html import changes_page

    with open_archive(archive_dir) as arc:
        found = arc.changes(since=since, until=until, site=site, kinds=list(kinds) or None,
                            limit=limit)  # fmt: skip
    if fmt in ("json", "jsonl"):
        echo_records(({"uid": change.uid, **asdict(change)} for change in found), fmt)
        return
    what = f"Changes on {site}" if site else "Changes on every archived portal"
    if fmt == "atom":
        sys.stdout.buffer.write(feed_xml(found, feed_id=site or "all", title=what,
                                         base_url=base_url or serve_url()))  # fmt: skip
        return
    if fmt == "html":
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
        click.echo(changes_page(found, what, stamp))
        return
    table = Table(title=f"{len(found)} change(s), newest first")
    for column in ("seen", "site", "change", "article", "diff"):
        table.add_column(column, overflow="fold")
    for c in found:
        table.add_row(c.at[:16], c.site_id, ", ".join(c.kinds),
                      escape(f"#{c.article_id} {c.title}"), escape(c.diff))  # fmt: skip
    Console().print(table)


@click.command()
@click.argument("document", metavar="KEY_OR_TEXT")
@archive_option
@click.option("--site", help="Only citing articles of this site id.")
@click.option("--since", metavar="DATE", help=f"Citing articles published on or after this date ({DATE_FORMS}).")
@click.option("--until", metavar="DATE", help="Citing articles published on or before this date (a whole day, month or year).")
@click.option("--order", type=click.Choice(["asc", "desc"]), default="asc", show_default=True,
              help="Oldest citing articles first, or newest first.")  # fmt: skip
@click.option("--limit", type=click.IntRange(1, 100_000), default=100, show_default=True,
              help="Citing articles listed.")  # fmt: skip
@format_option("table", "json", "jsonl", default="table",
               help="A table; one JSON document (document, copies, citing articles); or "
                    "JSON Lines, one citing article per line.")  # fmt: skip
def refs(document: str, archive_dir: Path, site: str | None, since: str | None,
         until: str | None, order: str, limit: int, fmt: str) -> None:  # fmt: skip
    """A legal document: its copies among the attachments, and every article citing it.

    KEY_OR_TEXT is the number as cited ("Nghị định 13/2023/NĐ-CP", "13/2023/ND-CP",
    "1234/QĐ-UBND", with or without diacritics) or a key ("nghi-dinh:13/2023/nd-cp").
    Citing articles come from every site, in date order, each with the sentence that
    cites it.  A number like 1234/QĐ-UBND exists in every province and year: look at
    the site and date of each citation.

    \b
    Example:
      govarchive refs "Nghị định 13/2023/NĐ-CP"
      govarchive refs 56-KH/TU --site laocai-tinhuy --order desc
      govarchive refs "Quyet dinh 1234/QD-UBND" --format jsonl
    """
    with open_archive(archive_dir) as arc:
        doc = arc.refs(document, site=site, since=since, until=until, order=order,  # type: ignore[arg-type]
                       limit=limit)  # fmt: skip
    if fmt == "json":
        echo_json(asdict(doc) | {"doc_type": doc.doc_type})
        return
    if fmt == "jsonl":
        echo_records(doc.articles, fmt)
        return
    _print_document(doc, Console())


def _print_document(doc: Any, console: Console) -> None:
    keys = ", ".join(f"{key} ({n})" for key, n in doc.keys) or doc.key or doc.code
    console.print(f"[bold]{escape(doc.query)}[/bold]  code {escape(doc.code)}; cited as {escape(keys)}")
    console.print(f"{doc.total} citing article(s)")
    for label, rows in (("copies among the attachments", doc.copies),
                        ("attachments citing it", doc.in_attachments)):  # fmt: skip
        if not rows:
            continue
        console.print(f"\n{label}:")
        for row in rows:
            first = (row.get("excerpt") or "").strip().splitlines()[:1]
            console.print(escape(f"  capture {row['capture_id']} {row['url']} [{row['status'] or 'not read'}; "
                                 f"found in {row['found_in']}; linked by {row['articles'] or 'no article'}]"))  # fmt: skip
            if first:
                console.print(escape(f"      {first[0][:120]}"))
    if not doc.articles:
        return
    table = Table(title="citing articles")
    for column in ("published", "site", "id", "title", "sentence"):
        table.add_column(column, overflow="fold")
    for a in doc.articles:
        table.add_row((a["published_at"] or "")[:10], a["site_id"], str(a["id"]),
                      escape(a["title"]), escape(a["sentence"] or ""))  # fmt: skip
    console.print(table)


COMMANDS = [changes, refs]
