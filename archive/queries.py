"""Typed reads over an archive database: search, articles, crawls, captures, export.

Every function takes a :class:`sqlite_utils.Database` opened with
:func:`archive.db.open_db` and only reads. ``site``/``since``/``until`` filters are
described in :mod:`archive.filters` (``until=2024-01-31`` includes that whole day).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, TextIO

from sqlite_utils import Database

from archive.db import register_functions
from archive.errors import ArticleNotFound, CaptureNotFound, InvalidFilter, SearchQueryError
from archive.filters import article_filters
from archive.fold import fold
from archive.ftsquery import compile_query
from archive.snippet import leading_words, make_snippet

#: bm25 weights of the indexed columns: title, lead, body, author
BM25_WEIGHTS = (10.0, 4.0, 1.0, 2.0)

#: Fields of an exported record, in CSV column order.
EXPORT_FIELDS = (
    "id", "url", "site", "title", "published_at", "date_precision", "date_raw",
    "updated_at", "author", "author_unit", "source", "lead", "body", "language",
    "word_count", "current_version", "content_hash", "capture_id", "warc_file",
    "warc_record_id", "fetched_at", "first_seen", "last_seen", "removed_at", "extractor",
)  # fmt: skip


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``rank`` is the bm25 score (lower is better)."""

    id: int
    site_id: str
    url: str
    title: str
    published_at: str | None
    author: str | None
    snippet: str
    rank: float


#: Relevance is bm25 over at most this many matches: all of them when the query (with its
#: filters) matches fewer articles, else the ``RANK_WINDOW`` most recently archived ones.
#: bm25 costs a few microseconds per matching row, so ranking every row of a query made
#: of common syllables ("dang bo" matches most of a party portal) would take seconds on a
#: million articles; ``order="date"`` is exact at any size.
RANK_WINDOW = 5000


class SearchResults(list[SearchHit]):
    """The hits of :func:`search`, best first, plus how they were ranked.

    ``complete`` is False when more than ``window`` articles matched: with
    ``order="relevance"`` the hits are then the best of the ``window`` most recently
    archived matches (narrow the query, or sort by date, to see all of them).
    """

    def __init__(self, hits: list[SearchHit], *, complete: bool, window: int) -> None:
        super().__init__(hits)
        self.complete = complete
        self.window = window


def search(
    db: Database,
    query: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
    order: Literal["relevance", "date"] = "relevance",
    limit: int = 20,
    offset: int = 0,
    markers: tuple[str, str] = ("[", "]"),
    snippet_words: int = 30,
    window: int = RANK_WINDOW,
) -> SearchResults:
    """Full-text search over title, lead, body and author, accent-insensitive.

    ``query`` may use words, ``"phrases"``, ``AND``/``OR``/``NOT``, ``prefix*``,
    parentheses and ``title:``/``lead:``/``body:``/``author:`` filters; "Đảng bộ",
    "đảng bộ" and "dang bo" find the same articles. ``author`` keeps articles whose
    author contains that text (accent-insensitive). ``order`` is ``"relevance"`` (bm25,
    title matches weigh most, over at most ``window`` matches: see
    :data:`RANK_WINDOW` and :class:`SearchResults`) or ``"date"`` (newest first).
    Snippets are cut for the returned hits only.

    :raises SearchQueryError: the query is malformed; the message says why.
    :raises InvalidFilter: a bad date, order, limit, offset or window.
    """
    if order not in ("relevance", "date"):
        raise InvalidFilter(f"order must be 'relevance' or 'date', got {order!r}")
    if limit < 0 or offset < 0:
        raise InvalidFilter("limit and offset must not be negative")
    if window < 1:
        raise InvalidFilter("window must be at least 1")
    compiled = compile_query(query)
    where, params = filters(db, site, since, until, author)
    params.update(match=compiled.match, limit=limit, offset=offset, window=window)
    register_functions(db)
    with _query_errors(query):
        lowest = _window_start(db, where, params)
        if lowest is None or order == "relevance":
            rows = _ranked(db, where, params, lowest, order)
        else:
            rows = _newest(db, where, params)
    hits = [_hit(row, compiled, markers, snippet_words) for row in rows]
    return SearchResults(hits, complete=lowest is None, window=window)


_SELECT_HIT = "SELECT a.id, a.site_id, a.url, a.title, a.published_at, a.author, a.lead, a.body"


def _window_start(db: Database, where: list[str], params: dict[str, Any]) -> int | None:
    """The lowest article id of the ``window`` most recently archived matches (after the
    filters), or None when fewer match (then every match is ranked)."""
    if where:
        sql = (
            "SELECT f.rowid FROM articles_fts f JOIN articles a ON a.id = f.rowid "
            f"WHERE articles_fts MATCH :match AND {' AND '.join(where)} "
            "ORDER BY f.rowid DESC LIMIT 1 OFFSET :window"
        )
    else:  # early exit: FTS5 walks its doclists newest rowid first and stops
        sql = (
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :window"
        )
    row = db.execute(sql, params).fetchone()
    return None if row is None else int(row[0]) + 1


def _ranked(
    db: Database, where: list[str], params: dict[str, Any], lowest: int | None, order: str
) -> list[tuple[Any, ...]]:
    """One FTS5 scan (bm25 keeps its per-query statistics only within one scan), over the
    rowid range of the window, joined to the article rows and sorted."""
    conditions = ["articles_fts MATCH :match", *where]
    if lowest is not None:
        conditions.append("f.rowid >= :lowest")
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    order_by = "rank, a.id" if order == "relevance" else "a.published_at DESC NULLS LAST, a.id DESC"
    sql = (
        f"{_SELECT_HIT}, bm25(articles_fts, {weights}) AS rank "
        "FROM articles_fts f JOIN articles a ON a.id = f.rowid "
        f"WHERE {' AND '.join(conditions)} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    )
    return db.execute(sql, {**params, "lowest": lowest}).fetchall()


def _newest(db: Database, where: list[str], params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Date order over many matches: walk the publication-date index newest first and
    keep the articles that match (each check is a seek in the index): exact, and fast
    because matches are dense when there are that many."""
    conditions = [
        "a.published_at IS NOT NULL",
        *where,
        (
            "EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH :match "
            "AND articles_fts.rowid = a.id)"
        ),
    ]
    sql = (
        f"{_SELECT_HIT}, NULL AS rank FROM articles a WHERE {' AND '.join(conditions)} "
        "ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset"
    )
    rows = db.execute(sql, params).fetchall()
    if len(rows) < params["limit"]:  # past the dated articles: the undated ones, newest id first
        dated = db.execute(
            f"SELECT count(*) FROM articles a WHERE {' AND '.join(conditions)}", params
        ).fetchone()[0]
        undated = [c for c in conditions if c != "a.published_at IS NOT NULL"]
        rows += db.execute(
            f"{_SELECT_HIT}, NULL AS rank FROM articles a WHERE a.published_at IS NULL AND "
            f"{' AND '.join(undated)} ORDER BY a.id DESC LIMIT :n OFFSET :skip",
            {**params, "n": params["limit"] - len(rows),
             "skip": max(0, params["offset"] - dated)},
        ).fetchall()  # fmt: skip
    return rows


@contextmanager
def _query_errors(query: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "syntax" in str(exc):
            raise SearchQueryError(
                "This search query could not be run; check its quotes, parentheses and "
                "AND/OR/NOT operators.",
                query,
            ) from None
        raise


def _hit(
    row: tuple[Any, ...], compiled: Any, markers: tuple[str, str], snippet_words: int
) -> SearchHit:
    id_, site_id, url, title, published_at, author_, lead, body, rank = row
    snippet = None
    for text in (body, lead, title):
        snippet = make_snippet(text, compiled.highlight, words=snippet_words, markers=markers)
        if snippet is not None:
            break
    return SearchHit(
        id=id_,
        site_id=site_id,
        url=url,
        title=title,
        published_at=published_at,
        author=author_,
        snippet=snippet or leading_words(lead or body, snippet_words),
        rank=rank if rank is not None else 0.0,
    )


def filters(
    db: Database,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
    *,
    known_site: bool = True,
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions over ``articles a`` for the filters shared by search, listing and
    export; ``author`` keeps articles whose author contains that text (accent-insensitive).

    :raises InvalidFilter: a bad date, or (with ``known_site``) a site the archive does
        not hold.
    """
    where, params = article_filters(site, since, until)
    if (
        known_site
        and site is not None
        and db.execute("SELECT 1 FROM sites WHERE id = ?", [site]).fetchone() is None
    ):
        known = [row[0] for row in db.execute("SELECT id FROM sites ORDER BY id").fetchall()]
        raise InvalidFilter(
            f"No site {site!r} in this archive; its sites are: {', '.join(known) or '(none)'}"
        )
    if author is not None:
        register_functions(db)
        where.append("govarchive_fold(a.author) LIKE :author ESCAPE '\\'")
        params["author"] = "%" + _like_escape(fold(author)) + "%"
    return where, params


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _keyset(
    db: Database, select: str, where: list[str], params: dict[str, Any], batch: int
) -> Iterator[dict[str, Any]]:
    """Stream rows of ``select`` (aliasing articles as ``a``) in id order, ``batch`` at a
    time, each batch a fresh query from the last id seen: constant memory, no long-lived
    read cursor."""
    if batch < 1:
        raise InvalidFilter("batch must be at least 1")
    conditions = " AND ".join(["a.id > :after", *where])
    sql = f"{select} WHERE {conditions} ORDER BY a.id LIMIT :batch"
    after = 0
    while True:
        cursor = db.execute(sql, {**params, "after": after, "batch": batch})
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        for row in rows:
            yield dict(zip(columns, row, strict=True))
        if len(rows) < batch:
            return
        after = rows[-1][columns.index("id")]


def iter_articles(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    batch: int = 500,
    author: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream article rows (dicts of the ``articles`` columns) in id order (an unknown
    ``site`` gives none)."""
    where, params = filters(db, site, since, until, author, known_site=False)
    return _keyset(db, "SELECT a.* FROM articles a", where, params, batch)


def get_article(db: Database, id_or_url: int | str) -> dict[str, Any]:
    """One article row by id (int or digit string) or URL, with its ``images``,
    ``attachments`` and ``versions`` (version metadata, no bodies) as lists of dicts.

    :raises ArticleNotFound: no such article.
    """
    key: int | str = id_or_url
    if isinstance(key, str) and key.strip().isdigit():
        key = int(key)
    column = "id" if isinstance(key, int) else "url"
    rows = list(db.query(f"SELECT * FROM articles WHERE {column} = ?", [key]))
    if not rows:
        raise ArticleNotFound(key)
    article = rows[0]
    args = [article["id"]]
    article["images"] = list(
        db.query("SELECT src, caption, alt FROM images WHERE article_id = ? ORDER BY rowid", args)
    )
    article["attachments"] = list(
        db.query(
            "SELECT url, title, kind, capture_id FROM attachments WHERE article_id = ? "
            "ORDER BY rowid",
            args,
        )
    )
    article["versions"] = list(
        db.query(
            "SELECT version, fetched_at, capture_id, crawl_id, content_hash, title, published_at, "
            "extractor FROM article_versions WHERE article_id = ? ORDER BY version",
            args,
        )
    )
    return article


def count_articles(db: Database, site: str | None = None) -> int:
    """Number of articles, in one site or in all."""
    where, params = article_filters(site, None, None)
    sql = "SELECT count(*) FROM articles a" + (f" WHERE {where[0]}" if where else "")
    return int(db.execute(sql, params).fetchone()[0])


def list_crawls(db: Database, site: str | None = None) -> list[dict[str, Any]]:
    """Crawl rows, newest first, of one site or of all."""
    if site is None:
        return list(db.query("SELECT * FROM crawls ORDER BY id DESC"))
    return list(db.query("SELECT * FROM crawls WHERE site_id = ? ORDER BY id DESC", [site]))


def capture(db: Database, capture_id: int) -> dict[str, Any]:
    """One capture row.

    :raises CaptureNotFound: no such capture.
    """
    rows = list(db.query("SELECT * FROM captures WHERE id = ?", [capture_id]))
    if not rows:
        raise CaptureNotFound(f"No capture with id {capture_id} in the archive.")
    return rows[0]


def iter_export_records(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream export records (the fields of :data:`EXPORT_FIELDS`), in id order.

    The filters are checked here, before the first record is produced."""
    where, params = filters(db, site, since, until, author)
    return _export_rows(db, where, params)


def _export_rows(
    db: Database, where: list[str], params: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    select = (
        "SELECT a.*, a.site_id AS site, c.warc_file, c.warc_record_id, c.fetched_at "
        "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id"
    )
    for row in _keyset(db, select, where, params, 500):
        yield {name: row.get(name) for name in EXPORT_FIELDS}


def export_records(
    db: Database,
    fmt: Literal["jsonl", "csv"],
    out: TextIO,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
) -> int:
    """Write one record per article to ``out`` as JSON Lines or CSV; return the count.

    ``body`` is plain text with paragraphs separated by blank lines. CSV has a header
    row; open the file with ``newline=""`` (csv module convention). Streams: memory use
    does not grow with the archive.
    """
    if fmt not in ("jsonl", "csv"):
        raise InvalidFilter(f"export format must be 'jsonl' or 'csv', got {fmt!r}")
    records = iter_export_records(db, site=site, since=since, until=until, author=author)
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
        writer.writeheader()
        for record in records:
            writer.writerow(record)
            count += 1
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
