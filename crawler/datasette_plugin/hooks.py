"""The govarchive Datasette plugin.

- ``prepare_connection``: SQL functions ``govarchive_search(query, site, since, until,
  author, order)`` (govarchive's search and relevance, :mod:`.search`),
  ``govarchive_fold(text)`` (accent folding, as the index), ``govarchive_match(query)`` (a
  search query in govarchive syntax compiled to a folded FTS5 expression),
  ``govarchive_query_error(query)`` (why a query is malformed, or NULL) and
  ``govarchive_snippet(text, query)``; and Datasette's own ``escape_fts`` replaced by a
  folding one, so the search box of a table finds the same articles whether the words are
  typed with diacritics or not.
- ``register_routes``: ``/-/raw/<capture_id>``, the captured page read back from its WARC
  record through :meth:`archive.Archive.raw_record` (served sandboxed: its scripts never
  run with this site's origin); ``/-/feeds/<name>.atom``, the Atom feeds of changes
  (``<archive>/feeds/``, written after each crawl; a feed not written yet is made from the
  archive), and ``/-/feeds``, their list.
- ``render_cell``: capture ids become links to that route, and to a replay of the capture
  when a replay URL template is configured (:mod:`.replay`).
- ``extra_template_vars``: a search that cannot run says why, in words.
- ``extra_css_urls``: the stylesheet that puts results first on a page.
- ``handle_exception``: a 404 (or any other 4xx) answers its page without logging a
  traceback; Datasette's own handler, which prints one for every exception and fails on
  a 404 of an unknown path, answers only the errors of the server (5xx).
"""

from __future__ import annotations

import asyncio
import logging
import re
import sqlite3
from html import escape
from pathlib import Path
from typing import Any

from datasette import Response, hookimpl
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup
from sqlite_utils import Database

from archive.errors import ArchiveError, SearchQueryError
from archive.fold import fold
from archive.fts import TEXT_FILTER
from archive.ftsquery import compile_query
from archive.snippet import leading_words, make_snippet
from crawler.datasette_plugin.replay import replay_url
from crawler.datasette_plugin.search import search_function, search_problem

logger = logging.getLogger(__name__)

PLUGIN = "govarchive"
RAW_PATH = "/-/raw/{}"
#: where ``build_datasette`` mounts the plugin's static files
STATIC_MOUNT = "govarchive-static"
#: the canned query of govarchive's search and its parameters
SEARCH_QUERY = "search"
SEARCH_PARAMS = ("q", "site", "since", "until", "author", "order")
SEARCH_TEMPLATE = f"query-archive-{SEARCH_QUERY}.html"  # templates/: database "archive"
_TOKEN_RE = re.compile(r"[^\W_]+")
#: (table, column) pairs holding a capture id
CAPTURE_COLUMNS = {("articles", "capture_id"), ("article_list", "capture_id"),
                   ("captures", "id"), (None, "raw_capture"), ("document_refs", "capture_id"),
                   ("attachment_texts", "capture_id"), ("article_versions", "capture_id"),
                   ("article_events", "capture_id")}  # fmt: skip
FEED_NAME = re.compile(r"[a-z0-9][a-z0-9-]{0,62}")
#: long text shown as its first three lines in a listing (the stylesheet clamps it on table
#: pages only: the row's page, which renders cells the same way, shows it all)
CLAMPED_COLUMNS = {("articles", "lead"), ("articles", "body"), ("article_list", "lead")}


def escape_fts_folded(query: str) -> str:
    """Datasette's "escaped" search mode, folded: every word quoted, joined by AND."""
    words = _TOKEN_RE.findall(fold(query or ""))
    return " ".join(f'"{word}"' for word in words) or '""'


#: an FTS5 expression that matches nothing (an empty phrase)
MATCH_NOTHING = '""'


def match_expression(query: str) -> str:
    """``govarchive_match``: the FTS5 expression of a govarchive search query, or one that
    matches nothing when the query is malformed (``govarchive_query_error`` says why)."""
    try:
        return f"{TEXT_FILTER} : ({compile_query(query or '').match})"  # not the facets
    except SearchQueryError:
        return MATCH_NOTHING


def query_error(query: str) -> str | None:
    """``govarchive_query_error``: what is wrong with a search query, or NULL."""
    try:
        compile_query(query or "")
    except SearchQueryError as exc:
        return str(exc)
    return None


def snippet(text: str | None, query: str) -> str | None:
    """``govarchive_snippet``: about 30 words of ``text`` around the query's hits."""
    if not text:
        return None
    try:
        phrases = compile_query(query or "").highlight
    except SearchQueryError:
        return leading_words(text)
    return make_snippet(text, phrases, markers=("[", "]")) or leading_words(text)


@hookimpl(trylast=True)  # after Datasette's own functions: this escape_fts replaces theirs
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("govarchive_search", 6, search_function(conn))
    conn.create_function("govarchive_fold", 1, lambda v: None if v is None else fold(str(v)),
                         deterministic=True)  # fmt: skip
    conn.create_function("govarchive_match", 1, match_expression, deterministic=True)
    conn.create_function("govarchive_query_error", 1, query_error, deterministic=True)
    conn.create_function("govarchive_snippet", 2, snippet, deterministic=True)
    conn.create_function("escape_fts", 1, escape_fts_folded, deterministic=True)


def _config(datasette: Any) -> dict[str, Any]:
    return datasette.plugin_config(PLUGIN) or {}


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if isinstance(value, str) and (table, column) in CLAMPED_COLUMNS:
        return Markup(f'<div class="govarchive-clamp">{escape(value)}</div>')
    if not isinstance(value, int) or (table, column) not in CAPTURE_COLUMNS:
        return None
    href = datasette.urls.path(RAW_PATH.format(value))
    raw = (f'<a href="{escape(href)}" title="the page as captured, from its WARC record">'
           f"{value}&nbsp;(raw)</a>")  # fmt: skip
    template = _config(datasette).get("replay_url")
    if not template:
        return Markup(raw)

    async def with_replay() -> Markup:
        rows = await datasette.get_database(database).execute(
            "SELECT url, fetched_at FROM captures WHERE id = ?", [value]
        )
        row = rows.first()
        if row is None or not row["fetched_at"]:
            return Markup(raw)
        link = replay_url(template, row["url"], row["fetched_at"])
        return Markup(f'{raw} <a class="govarchive-replay" href="{escape(link)}" '
                      f'title="a replay of this capture">replay</a>')  # fmt: skip

    return with_replay


@hookimpl
def extra_template_vars(template: str, database: str | None, request: Any, datasette: Any) -> Any:
    """On the search page, a search that cannot run says why (``govarchive_search`` gives
    it no hits; :func:`.search.search_problem` checks the arguments without searching)."""
    if request is None or template != SEARCH_TEMPLATE or database is None:
        return {}
    args = [request.args.get(name) for name in SEARCH_PARAMS]
    if not (args[0] or "").strip():
        return {}

    async def problem() -> dict[str, Any]:
        found = await datasette.get_database(database).execute_fn(
            lambda conn: search_problem(Database(conn, recursive_triggers=False), *args)
        )
        return {"error": found} if found else {}

    return problem


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [datasette.urls.path(f"/{STATIC_MOUNT}/govarchive.css")]


@hookimpl(tryfirst=True)
def handle_exception(datasette: Any, request: Any, exception: Exception) -> Any:
    status = getattr(exception, "status", 500)
    if not isinstance(exception, Base400 | DatasetteError) or status >= 500:
        # imported here: importing it before datasette.plugins registers it half-made
        from datasette import handle_exception as datasette_errors

        return datasette_errors.handle_exception(datasette, request, exception)
    logger.debug("%s %s: %s", status, request.path, exception)

    async def page() -> Response:
        title = None
        info: dict[str, Any] = {}
        message: Any = exception.args[0] if exception.args else str(status)
        if isinstance(exception, DatasetteError):
            info = dict(exception.error_dict)
            message = Markup(exception.message) if exception.message_is_html else exception.message
            title = exception.title
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers: dict[str, str] = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        page = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await page.render_async(dict(info, urls=datasette.urls,
                                            app_css_hash=datasette.app_css_hash(),
                                            menu_links=lambda: []))  # fmt: skip
        return Response.html(html, status=status, headers=headers)

    return page


async def raw_capture(datasette: Any, request: Any) -> Response:
    capture_id = int(request.url_vars["capture_id"])
    archive_dir = _config(datasette).get("archive")
    if not archive_dir:
        return Response.text("This Datasette does not serve a govarchive archive.", status=404)
    from archive import Archive

    def read() -> Any:
        with Archive(Path(archive_dir)) as archive:
            return archive.raw_record(capture_id)

    try:
        record = read()
    except ArchiveError as exc:
        return Response.text(str(exc), status=404)
    content_type = record.http_header("content-type") or "application/octet-stream"
    return Response(
        record.payload,
        content_type=content_type,
        headers={"Content-Security-Policy": "sandbox", "X-Content-Type-Options": "nosniff",
                 "X-Govarchive-Capture": str(capture_id),
                 "X-Govarchive-Target-Uri": record.target_uri or ""},
    )  # fmt: skip


async def feed(datasette: Any, request: Any) -> Response:
    """An Atom feed of changes: the file the last crawl wrote, else one made now."""
    name = request.url_vars["name"]
    archive_dir = _config(datasette).get("archive")
    if not archive_dir or not FEED_NAME.fullmatch(name):
        return Response.text(f"No feed {name!r} here.", status=404)
    path = Path(archive_dir) / "feeds" / f"{name}.atom"
    if path.is_file():
        data = path.read_bytes()
    else:
        base = f"{request.scheme}://{request.host}"
        data = await asyncio.to_thread(_make_feed, Path(archive_dir), name, base)
        if data is None:
            return Response.text(f"No feed {name!r}: feeds are 'all' and one per site id.",
                                 status=404)  # fmt: skip
    return Response(data, content_type="application/atom+xml; charset=utf-8")


def _make_feed(archive_dir: Path, name: str, base_url: str) -> bytes | None:
    from archive import Archive
    from archive.feeds import feed_for

    with Archive(archive_dir) as archive:
        return feed_for(archive.db, name, base_url)


async def feeds_index(datasette: Any, request: Any) -> Response:
    """The feeds written so far, as links."""
    from archive.feeds import feed_names

    archive_dir = _config(datasette).get("archive")
    names = feed_names(Path(archive_dir)) if archive_dir else []
    items = "".join(
        f'<li><a href="{escape(datasette.urls.path(f"/-/feeds/{n}.atom"))}">{escape(n)}.atom</a></li>'
        for n in names
    )
    body = f"<ul>{items}</ul>" if names else "<p>No feed written yet (one is after each crawl).</p>"
    return Response.html(f"<!DOCTYPE html><title>govarchive feeds</title><h1>Feeds of changes</h1>{body}")


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [
        (r"^/-/raw/(?P<capture_id>\d+)$", raw_capture),
        (r"^/-/feeds/(?P<name>[^/]+)\.atom$", feed),
        (r"^/-/feeds/?$", feeds_index),
    ]
