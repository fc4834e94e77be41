"""Attachments' text: stored per attachment capture, full-text searchable like articles.

``attachment_texts`` holds, for each captured attachment (a PDF, a DOCX...), its text or
why there is none (``status``: ``ok``, ``no_text`` for a scan, ``unsupported`` for an old
``.doc``, ``broken``, ``too_large``; the vocabulary of :mod:`pipelines.doctext`).
``attachments_fts`` is a contentless FTS5 index over the folded text, rowid = capture id,
maintained here only (as :mod:`archive.fts` does for articles: a delete hands FTS5 the
values that were indexed, recomputed from ``attachment_texts.text``).

:func:`save_attachment_text` stores a text and the attachment's document references in
one transaction; :func:`search_attachments` is ``search(..., within="attachments")``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlite_utils import Database

from archive.docrefs import replace_capture_refs, same_capture_refs
from archive.errors import CaptureNotFound, InvalidFilter
from archive.filters import check_date
from archive.fold import fold
from archive.ftsquery import compile_query
from archive.snippet import leading_words, make_snippet

ATTACHMENTS_FTS = "attachments_fts"
_COLUMN_FILTER = re.compile(r"\b(?:title|lead|body|author) : ")
TEXT_STATUSES = ("ok", "no_text", "unsupported", "broken", "too_large")


def create_attachments_fts(db: Database) -> None:
    """Create the (empty) index of migration ``0010_attachment_texts``."""
    db.execute(
        f"CREATE VIRTUAL TABLE {ATTACHMENTS_FTS} USING fts5 (text, content = '', "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )


@dataclass(frozen=True)
class AttachmentText:
    """The text of one attachment capture, as :func:`save_attachment_text` takes it (the
    fields of :class:`pipelines.doctext.DocText` have the same names)."""

    status: str
    text: str | None = None
    reason: str = ""
    format: str = ""
    pages: int | None = None
    truncated: bool = False


def save_attachment_text(
    db: Database,
    capture_id: int,
    result: Any,
    refs: Iterable[Any] = (),
    *,
    extractor: str | None = None,
    at: str | None = None,
) -> None:
    """Store the text of the attachment captured as ``capture_id`` (``result``: an
    :class:`AttachmentText`, a DocText or a mapping with its fields), index it for search,
    and make ``refs`` its document references (:func:`archive.docrefs.replace_capture_refs`:
    fields ``number``, ``filename``, ``title``, ``text``). Saving again replaces all of it.

    :raises CaptureNotFound: no such capture.
    :raises ValueError: an unknown status.
    """
    get = result.get if isinstance(result, dict) else (lambda n: getattr(result, n, None))
    status, text = get("status"), get("text")
    if status not in TEXT_STATUSES:
        raise ValueError(f"status must be one of {', '.join(TEXT_STATUSES)}, got {status!r}")
    if status != "ok":
        text = None
    at = at or datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    with db.atomic():
        if db.execute("SELECT 1 FROM captures WHERE id = ?", [capture_id]).fetchone() is None:
            raise CaptureNotFound(f"No capture with id {capture_id} in the archive.")
        old = db.execute(
            "SELECT text FROM attachment_texts WHERE capture_id = ?", [capture_id]
        ).fetchone()
        if old is not None and old[0]:
            db.execute(
                f"INSERT INTO {ATTACHMENTS_FTS} ({ATTACHMENTS_FTS}, rowid, text) "
                "VALUES ('delete', ?, ?)",
                [capture_id, fold(old[0])],
            )
        db.execute(
            "INSERT OR REPLACE INTO attachment_texts (capture_id, status, reason, format, pages, "
            "truncated, text, extractor, extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [capture_id, status, get("reason") or None, get("format") or None, get("pages"),
             int(bool(get("truncated"))), text, extractor, at],
        )  # fmt: skip
        if text:
            db.execute(
                f"INSERT INTO {ATTACHMENTS_FTS} (rowid, text) VALUES (?, ?)",
                [capture_id, fold(text)],
            )
        replace_capture_refs(db, capture_id, refs)


def same_attachment_text(db: Database, capture_id: int, result: Any, refs: Iterable[Any] = ()) -> bool:
    """Does the archive hold exactly this text (status, reason, format, pages, text) and
    these references for the attachment ``capture_id``? (``reextract`` rewrites nothing
    then.)"""
    get = result.get if isinstance(result, dict) else (lambda n: getattr(result, n, None))
    row = db.execute(
        "SELECT status, reason, format, pages, truncated, text FROM attachment_texts "
        "WHERE capture_id = ?", [capture_id],
    ).fetchone()  # fmt: skip
    status = get("status")
    wanted = (status, get("reason") or None, get("format") or None, get("pages"),
              int(bool(get("truncated"))), get("text") if status == "ok" else None)  # fmt: skip
    return row is not None and tuple(row) == wanted and same_capture_refs(db, capture_id, refs)


def attachment_text_counts(db: Database) -> dict[str, int]:
    """How many attachment captures have each status (for the report and crawl summary)."""
    rows = db.execute("SELECT status, count(*) FROM attachment_texts GROUP BY status")
    return dict(rows.fetchall())


@dataclass(frozen=True)
class AttachmentHit:
    """One attachment found by :func:`search_attachments`: its capture, URL, title (of a
    link to it, else the file name), date (of the earliest article linking it, else of
    the capture), the articles linking it, and a snippet of its text."""

    capture_id: int
    site_id: str
    url: str
    title: str
    published_at: str | None
    articles: tuple[int, ...]
    snippet: str
    rank: float


def search_attachments(
    db: Database,
    query: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    order: str = "relevance",
    limit: int = 20,
    offset: int = 0,
    markers: tuple[str, str] = ("[", "]"),
    snippet_words: int = 30,
) -> list[AttachmentHit]:
    """Full-text search over the attachments' text, accent-insensitive, with the query
    syntax of article search (no field filters: an attachment has one text field).
    ``order``: ``relevance`` (FTS5's bm25: attachments are few) or ``date``.

    :raises SearchQueryError: a malformed query.
    :raises InvalidFilter: a bad date, order, limit or offset.
    """
    if order not in ("relevance", "date"):
        raise InvalidFilter(f"order must be 'relevance' or 'date', got {order!r}")
    if limit < 0 or offset < 0:
        raise InvalidFilter("limit and offset must not be negative")
    compiled = compile_query(query)
    match = _COLUMN_FILTER.sub("", compiled.match)  # one text column: field filters dropped
    conditions, params = [], {"match": match}
    if site is not None:
        conditions.append("site_id = :site")
        params["site"] = site
    if since is not None:
        check_date("since", since)
        conditions.append("published_at >= :since")
        params["since"] = since
    if until is not None:
        end = check_date("until", until)
        conditions.append(f"published_at {'<' if end else '<='} :until")
        params["until"] = end or until
    ordering = "rank" if order == "relevance" else "published_at IS NULL, published_at DESC"
    sql = (
        "SELECT * FROM (SELECT c.id, c.site_id, c.url, COALESCE("
        "(SELECT min(a.published_at) FROM attachments x JOIN articles a ON a.id = x.article_id "
        " WHERE x.capture_id = c.id), c.fetched_at) AS published_at, "
        "(SELECT x.title FROM attachments x WHERE x.capture_id = c.id AND x.title IS NOT NULL "
        " ORDER BY x.rowid LIMIT 1) AS title, t.text, f.rank AS rank "
        f"FROM {ATTACHMENTS_FTS} f JOIN captures c ON c.id = f.rowid "
        f"JOIN attachment_texts t ON t.capture_id = c.id WHERE f.{ATTACHMENTS_FTS} MATCH :match) "
        f"{'WHERE ' + ' AND '.join(conditions) if conditions else ''} "
        f"ORDER BY {ordering}, id LIMIT :limit OFFSET :offset"
    )
    from archive.queries import _query_errors

    with _query_errors(query):
        rows = db.execute(sql, {**params, "limit": limit, "offset": offset}).fetchall()
    hits = []
    for capture_id, site_id, url, published_at, title, text, rank in rows:
        articles = tuple(
            a for (a,) in db.execute(
                "SELECT DISTINCT article_id FROM attachments WHERE capture_id = ? ORDER BY 1",
                [capture_id],
            )
        )  # fmt: skip
        snippet = make_snippet(text, compiled.highlight, words=snippet_words, markers=markers)
        hits.append(AttachmentHit(
            capture_id, site_id, url, title or url.rstrip("/").rsplit("/", 1)[-1], published_at,
            articles, snippet or leading_words(text, snippet_words), rank or 0.0,
        ))  # fmt: skip
    return hits
