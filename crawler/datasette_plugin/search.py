"""govarchive's search as an SQL function, so that Datasette ranks as ``govarchive search``.

``govarchive_search(query, site, since, until, author, order)`` runs
:func:`archive.queries.search` (the same relevance, filters and snippets as the CLI and
:meth:`archive.Archive.search`) on the connection it is called on and returns the hits as a
JSON array, best first: ``[{"id": 7, "relevance": 21.5, "snippet": "..."}, ...]``. The
canned query ``search`` joins that array back to the articles in its order. Empty
arguments mean "no filter"; an empty query gives no hits.

A malformed query or filter gives no hits either, and :func:`search_problem` says what is
wrong in words (the search page shows it where the hits would be). Raising would not say
it: SQLite reports any error of a function as "user-defined function raised exception",
and Datasette prints the traceback of every such error.
"""

from __future__ import annotations

import json
import sqlite3

from sqlite_utils import Database

from archive import queries
from archive.db import register_functions
from archive.errors import InvalidFilter, SearchQueryError
from archive.ftsquery import compile_query

#: hits returned by one call (the canned query's page)
SEARCH_LIMIT = 100
ORDERS = ("relevance", "date")


def _none(value: str | None) -> str | None:
    return None if value is None or not str(value).strip() else str(value).strip()


def search_function(conn: sqlite3.Connection) -> object:
    """The ``govarchive_search`` function of a connection (its own sqlite-utils handle,
    prepared now, before any statement runs on it)."""
    db = Database(conn, recursive_triggers=False)
    register_functions(db)

    def govarchive_search(
        query: str | None,
        site: str | None,
        since: str | None,
        until: str | None,
        author: str | None,
        order: str | None,
    ) -> str:
        if _none(query) is None:
            return "[]"
        try:
            hits = queries.search(
                db, str(query), site=_none(site), since=_none(since), until=_none(until),
                author=_none(author), order=_none(order) or "relevance",  # type: ignore[arg-type]
                limit=SEARCH_LIMIT,
            )  # fmt: skip
        except (SearchQueryError, InvalidFilter):
            return "[]"  # search_problem says why
        return json.dumps(
            [{"id": h.id, "relevance": round(-h.rank, 3), "snippet": h.snippet} for h in hits],
            ensure_ascii=False,
        )

    return govarchive_search


def search_problem(
    db: Database,
    query: str | None,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
    order: str | None = None,
) -> str | None:
    """What is wrong with these search arguments (one line), or None."""
    if _none(query) is None:
        return None
    try:
        compile_query(str(query))
        queries.filters(db, _none(site), _none(since), _none(until), _none(author))
        queries.index_scope(_none(site), _none(since), _none(until))
        if (_none(order) or "relevance") not in ORDERS:
            raise InvalidFilter(f"order must be 'relevance' or 'date', got {order!r}")
    except (SearchQueryError, InvalidFilter) as exc:
        return str(exc)
    return None
