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
) -> list[SearchHit]:
    """Full-text search over title, lead, body and author, accent-insensitive.

    ``query`` may use words, ``"phrases"``, ``AND``/``OR``/``NOT``, ``prefix*``,
    parentheses and ``title:``/``lead:``/``body:``/``author:`` filters; "Đảng bộ",
    "đảng bộ" and "dang bo" find the same articles. ``author`` keeps articles whose
    author contains that text (accent-insensitive). ``order`` is ``"relevance"`` (bm25,
    title matches weigh most) or ``"date"`` (newest first).

    :raises SearchQueryError: the query is malformed; the message says why.
    :raises InvalidFilter: a bad date, order, limit or offset.
    """
    if order not in ("relevance", "date"):
        raise InvalidFilter(f"order must be 'relevance' or 'date', got {order!r}")
    if limit < 0 or offset < 0:
        raise InvalidFilter("limit and offset must not be negative")
    compiled = compile_query(query)
    where, params = article_filters(site, since, until)
    where.insert(0, "articles_fts MATCH :match")
    params.update(match=compiled.match, limit=limit, offset=offset)
    if author is not None:
        where.append("govarchive_fold(a.author) LIKE :author ESCAPE '\\'")
        params["author"] = "%" + _like_escape(fold(author)) + "%"
    order_by = "rank, a.id" if order == "relevance" else "a.published_at DESC NULLS LAST, a.id DESC"
    weights = ", ".join(str(w) for w in BM25_WEIGHTS)
    sql = (
        "SELECT a.id, a.site_id, a.url, a.title, a.published_at, a.author, a.lead, a.body, "
        f"bm25(articles_fts, {weights}) AS rank "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE {' AND '.join(where)} ORDER BY {order_by} LIMIT :limit OFFSET :offset"
    )
    register_functions(db)
    try:
        rows = db.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "syntax" in str(exc):
            raise SearchQueryError(
                "This search query could not be run; check its quotes, parentheses and "
                "AND/OR/NOT operators.",
                query,
            ) from None
        raise
    hits = []
    for id_, site_id, url, title, published_at, author_, lead, body, rank in rows:
        snippet = None
        for text in (body, lead, title):
            snippet = make_snippet(text, compiled.highlight, words=snippet_words, markers=markers)
            if snippet is not None:
                break
        hits.append(
            SearchHit(
                id=id_,
                site_id=site_id,
                url=url,
                title=title,
                published_at=published_at,
                author=author_,
                snippet=snippet or leading_words(lead or body, snippet_words),
                rank=rank,
            )
        )
    return hits


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
) -> Iterator[dict[str, Any]]:
    """Stream article rows (dicts of the ``articles`` columns) in id order."""
    where, params = article_filters(site, since, until)
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
    db: Database, *, site: str | None = None, since: str | None = None, until: str | None = None
) -> Iterator[dict[str, Any]]:
    """Stream export records (the fields of :data:`EXPORT_FIELDS`), in id order."""
    where, params = article_filters(site, since, until)
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
) -> int:
    """Write one record per article to ``out`` as JSON Lines or CSV; return the count.

    ``body`` is plain text with paragraphs separated by blank lines. CSV has a header
    row; open the file with ``newline=""`` (csv module convention). Streams: memory use
    does not grow with the archive.
    """
    if fmt not in ("jsonl", "csv"):
        raise InvalidFilter(f"export format must be 'jsonl' or 'csv', got {fmt!r}")
    records = iter_export_records(db, site=site, since=since, until=until)
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
