"""The govarchive Datasette plugin.

- ``prepare_connection``: SQL functions ``govarchive_fold(text)`` (accent folding, as the
  index), ``govarchive_match(query)`` (a search query in govarchive syntax compiled to a
  folded FTS5 expression), ``govarchive_query_error(query)`` (why a query is malformed, or
  NULL) and ``govarchive_snippet(text, query)``; and Datasette's own
  ``escape_fts`` replaced by a folding one, so the search box of a table finds the same
  articles whether the words are typed with diacritics or not.
- ``register_routes``: ``/-/raw/<capture_id>``, the captured page read back from its WARC
  record through :meth:`archive.Archive.raw_record` (served sandboxed: its scripts never
  run with this site's origin).
- ``render_cell``: capture ids become links to that route.
"""

from __future__ import annotations

import re
import sqlite3
from html import escape
from pathlib import Path
from typing import Any

from datasette import Response, hookimpl
from markupsafe import Markup

from archive.errors import ArchiveError, SearchQueryError
from archive.fold import fold
from archive.fts import TEXT_FILTER
from archive.ftsquery import compile_query
from archive.snippet import leading_words, make_snippet

PLUGIN = "govarchive"
RAW_PATH = "/-/raw/{}"
_TOKEN_RE = re.compile(r"[^\W_]+")
#: (table, column) pairs holding a capture id
CAPTURE_COLUMNS = {("articles", "capture_id"), ("article_list", "capture_id"),
                   ("captures", "id"), (None, "raw_capture")}  # fmt: skip


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
    conn.create_function("govarchive_fold", 1, lambda v: None if v is None else fold(str(v)),
                         deterministic=True)  # fmt: skip
    conn.create_function("govarchive_match", 1, match_expression, deterministic=True)
    conn.create_function("govarchive_query_error", 1, query_error, deterministic=True)
    conn.create_function("govarchive_snippet", 2, snippet, deterministic=True)
    conn.create_function("escape_fts", 1, escape_fts_folded, deterministic=True)


@hookimpl
def render_cell(value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    if not isinstance(value, int) or (table, column) not in CAPTURE_COLUMNS:
        return None
    href = datasette.urls.path(RAW_PATH.format(value))
    return Markup(f'<a href="{escape(href)}" title="the page as captured, from its WARC record">'
                  f"{value}&nbsp;(raw)</a>")  # fmt: skip


async def raw_capture(datasette: Any, request: Any) -> Response:
    capture_id = int(request.url_vars["capture_id"])
    archive_dir = (datasette.plugin_config(PLUGIN) or {}).get("archive")
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


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/raw/(?P<capture_id>\d+)$", raw_capture)]
