"""An article's history: its versions, readable diffs between them, removals and returns.

Reads (:func:`article_history`, :func:`version_diff`, :func:`removed_in_crawl`), what a
re-crawl re-checks (:func:`recheck_candidates` by age, :func:`archived_rechecks` for all of a site by URL,
e.g. a sitemap entry with a newer ``<lastmod>``) and the few
writes a re-crawl makes without a new extraction: an article re-checked and found unchanged
(:func:`mark_seen`), or gone (:func:`mark_removed`: HTTP 404/410, a redirect to the home page,
a soft 404). A removed article keeps every row; ``removed_at`` says since when it is gone,
and ``article_events`` records each removal and each return.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from archive.errors import ArticleNotFound

#: article fields compared between versions, besides the body
DIFF_FIELDS = ("title", "published_at", "author")


@dataclass(frozen=True)
class Recheck:
    """An archived article to re-check with a conditional request."""

    article_id: int
    url: str
    capture_id: int | None
    etag: str | None
    last_modified: str | None
    record_id: str | None
    payload_digest: str | None
    fetched_at: str | None
    removed: bool
    last_seen: str | None = None  # the latest capture that confirmed the stored version

    @property
    def last_checked(self) -> datetime | None:
        """When the archive last had the article's content: ``last_seen``, or the time of the
        capture it was extracted from, whichever is later (aware, UTC when stored naive)."""
        times = [t for t in (_parse(self.last_seen), _parse(self.fetched_at)) if t is not None]
        return max(times) if times else None


@dataclass
class History:
    article: dict[str, Any]
    versions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


def _rows(db: Database, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def find_article(db: Database, id_or_url: int | str) -> dict[str, Any]:
    """The article row by id (int or digits) or URL.

    :raises ArticleNotFound: no such article.
    """
    key = str(id_or_url)
    if key.isdigit():
        found = _rows(db, "SELECT * FROM articles WHERE id = ?", [int(key)])
    else:
        found = _rows(db, "SELECT * FROM articles WHERE url = ?", [key])
        if not found:  # tolerate a trailing-slash or scheme difference
            found = _rows(
                db, "SELECT * FROM articles WHERE url LIKE ? ORDER BY id LIMIT 1",
                ["%" + key.split("://", 1)[-1].rstrip("/")],
            )  # fmt: skip
    if not found:
        raise ArticleNotFound(int(key) if key.isdigit() else key)
    return found[0]


def article_history(db: Database, id_or_url: int | str) -> History:
    """The article, every version (with bodies, oldest first) and its removal events."""
    article = find_article(db, id_or_url)
    versions = _rows(
        db, "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version",
        [article["id"]],
    )  # fmt: skip
    events = _rows(
        db, "SELECT * FROM article_events WHERE article_id = ? ORDER BY id", [article["id"]]
    )
    return History(article, versions, events)


def _paragraphs(body: str | None) -> list[str]:
    return [p.strip() for p in (body or "").split("\n\n") if p.strip()]


def version_diff(old: dict[str, Any], new: dict[str, Any], context: int = 1) -> list[str]:
    """Lines saying how version ``new`` differs from ``old``.

    Field changes first (``title: 'a' -> 'b'``), then a unified diff of the body, one
    paragraph per line, with ``context`` unchanged paragraphs around each change.
    """
    lines = [
        f"{name}: {old.get(name)!r} -> {new.get(name)!r}"
        for name in DIFF_FIELDS
        if old.get(name) != new.get(name)
    ]
    diff = difflib.unified_diff(
        _paragraphs(old.get("body")),
        _paragraphs(new.get("body")),
        fromfile=f"version {old.get('version')}",
        tofile=f"version {new.get('version')}",
        n=context,
        lineterm="",
    )
    lines += list(diff)
    return lines


def resumed_crawls(db: Database, site_id: str) -> list[int]:
    """Interrupted crawls of ``site_id`` since its last crawl that ran to its end."""
    (last_done,) = db.execute(
        "SELECT COALESCE(MAX(id), 0) FROM crawls WHERE site_id = ? "
        "AND status IN ('finished', 'partial', 'failed')",
        [site_id],
    ).fetchone()
    rows = db.execute(
        "SELECT id FROM crawls WHERE site_id = ? AND status = 'interrupted' AND id > ?",
        [site_id, last_done],
    )
    return [crawl_id for (crawl_id,) in rows.fetchall()]


def recheck_candidates(
    db: Database, site_id: str, days: int, now: datetime, *, skip_crawls: list[int] | None = None
) -> list[Recheck]:
    """Articles of ``site_id`` published (or, undated, first seen) within ``days`` of ``now``.

    Each comes with the validators of its latest capture (ETag, Last-Modified) and the WARC
    record a 304 revisit refers to. Articles last seen by one of ``skip_crawls`` (the killed
    crawls a new crawl resumes) were just fetched and are not re-checked.
    """
    if days <= 0:
        return []
    cutoff = now - timedelta(days=days)
    skip = set(skip_crawls or ())
    rows = _rows(db, _RECHECK_SQL + "WHERE a.site_id = ? ORDER BY a.id", [site_id])
    found = []
    for row in rows:
        when = _parse(row["published_at"]) or _parse(row["first_seen"])
        if when is None or when < cutoff or row["crawl_id"] in skip:
            continue
        found.append(_recheck(row))
    return found


def archived_rechecks(db: Database, site_id: str) -> dict[str, Recheck]:
    """Every archived article of ``site_id`` as a :class:`Recheck` (the validators of its
    latest capture and ``last_seen``), by URL as stored (canonical): one query, for a crawl
    that compares a whole sitemap's ``<lastmod>`` values with them. Read-only."""
    rows = _rows(db, _RECHECK_SQL + "WHERE a.site_id = ?", [site_id])
    return {row["url"]: _recheck(row) for row in rows}


_RECHECK_SQL = (
    "SELECT a.id, a.url, a.published_at, a.first_seen, a.last_seen, a.removed_at, a.capture_id, "
    "a.crawl_id, c.etag, c.last_modified, c.warc_record_id, c.payload_digest, c.fetched_at, "
    "c.record_type FROM articles a LEFT JOIN captures c ON c.id = a.capture_id "
)


def _recheck(row: dict[str, Any]) -> Recheck:
    return Recheck(
        article_id=row["id"], url=row["url"], capture_id=row["capture_id"],
        etag=row["etag"], last_modified=row["last_modified"],
        record_id=row["warc_record_id"], payload_digest=row["payload_digest"],
        fetched_at=row["fetched_at"], removed=row["removed_at"] is not None,
        last_seen=row["last_seen"],
    )  # fmt: skip


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def mark_seen(
    db: Database, article_id: int, crawl_id: int | None, capture_id: int | None, at: str
) -> bool:
    """A re-check found the article unchanged (304, or the same payload): move ``last_seen``.

    A removed article that answers again is restored (an event records it). Returns True
    when it was restored.
    """
    with db.atomic():
        row = db.execute("SELECT removed_at FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise ArticleNotFound(article_id)
        db.execute(
            "UPDATE articles SET last_seen = MAX(last_seen, :at), removed_at = NULL, "
            "crawl_id = CASE WHEN :at >= last_seen THEN :crawl ELSE crawl_id END WHERE id = :id",
            {"at": at, "crawl": crawl_id, "id": article_id},
        )
        if row[0] is None:
            return False
        _event(db, article_id, crawl_id, capture_id, at, "restored", "answered again")
        return True


def mark_removed(
    db: Database,
    article_id: int,
    crawl_id: int | None,
    capture_id: int | None,
    at: str,
    reason: str,
) -> bool:
    """The article is gone (``reason``: ``http_404``, ``redirect_home``, ``soft_404``...).

    Sets ``removed_at`` (once: an article already removed keeps its first date) and
    records an event. Nothing is deleted. Returns True when it was not removed before.
    """
    with db.atomic():
        cursor = db.execute(
            "UPDATE articles SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
            [at, article_id],
        )
        if cursor.rowcount == 0:
            return False
        _event(db, article_id, crawl_id, capture_id, at, "removed", reason)
        return True


def _event(
    db: Database, article_id: int, crawl_id: int | None, capture_id: int | None, at: str,
    kind: str, reason: str,
) -> None:  # fmt: skip
    db.execute(
        "INSERT INTO article_events (article_id, crawl_id, capture_id, at, kind, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [article_id, crawl_id, capture_id, at, kind, reason],
    )


def removed_in_crawl(db: Database, crawl_id: int) -> list[dict[str, Any]]:
    """Articles a crawl found removed: id, url, title, reason, at."""
    return _rows(
        db,
        "SELECT a.id, a.url, a.title, e.reason, e.at FROM article_events e "
        "JOIN articles a ON a.id = e.article_id WHERE e.crawl_id = ? AND e.kind = 'removed' "
        "ORDER BY e.id",
        [crawl_id],
    )
