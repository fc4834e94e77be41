"""What ``reextract`` reads: the captures of a site to extract again, and what it holds now.

The captures re-extracted are, for each article, the capture it currently points at (a
revisit resolved to the response with the same payload) and, for URLs that have no article
(a listing, the later pages of a split article, a page a worse extractor refused), their
latest HTML 200 response; and every attached document's 200 response (its text is read
again: :func:`archive.capture.is_document`). Oldest first. Knows nothing of extraction.
"""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from archive.capture import CaptureRef, is_document
from archive.errors import ArchiveError
from archive.filters import check_date
from config.profile import ProfileError, SiteProfile, load_profile, profile_from_dict


def parse_since(value: str | None) -> str | None:
    """A capture-time lower bound (``2023``, ``2023-05``, ``2023-05-31`` or a date-time, the
    forms of every date filter: :func:`archive.filters.check_date`) -> the ``fetched_at``
    lower bound (``fetched_at`` is ISO 8601 UTC, so a prefix compares as its start);
    :class:`InvalidFilter` otherwise."""
    if value is None:
        return None
    check_date("--captured-since", value)
    return value


def site_ids(db: Database, site: str | None = None) -> list[str]:
    """Every site of the archive, or ``[site]``; :class:`ArchiveError` for an unknown one."""
    if site is None:
        return [r[0] for r in db.execute("SELECT id FROM sites ORDER BY id")]
    if not db.execute("SELECT 1 FROM sites WHERE id = ?", [site]).fetchone():
        raise ArchiveError(f"Unknown site {site!r} in this archive.")
    return [site]


def site_profile(db: Database, site_id: str) -> SiteProfile:
    """The profile to extract ``site_id`` with: ``config/sites/<id>.yaml`` if there is one
    (the maintained profile), else the one stored in the archive at the last crawl."""
    try:
        return load_profile(site_id)
    except ProfileError:
        pass
    row = db.execute("SELECT profile_json FROM sites WHERE id = ?", [site_id]).fetchone()
    if row is None:
        raise ArchiveError(f"Unknown site {site_id!r} in this archive.")
    if not row[0]:
        raise ArchiveError(
            f"Site {site_id!r} has no stored profile; add config/sites/{site_id}.yaml"
        )
    return profile_from_dict(json.loads(row[0]), f"archive profile of {site_id}")


_CANDIDATES = """
WITH current AS (
    SELECT a.capture_id AS id FROM articles a WHERE a.site_id = :site AND a.capture_id IS NOT NULL
), orphan AS (
    SELECT MAX(c.id) AS id FROM captures c
    WHERE c.site_id = :site AND c.record_type = 'response' AND c.status = 200
      AND (c.content_type IS NULL OR c.content_type LIKE '%html%')
      AND c.url NOT IN (SELECT c2.url FROM captures c2 JOIN current ON c2.id = current.id)
    GROUP BY c.url
)
SELECT c.id, c.url, c.fetched_at, c.crawl_id, c.record_type, c.payload_digest,
       c.warc_file, c.warc_offset, c.content_type, c.id IN (SELECT id FROM current)
FROM captures c
WHERE c.id IN (SELECT id FROM current UNION SELECT id FROM orphan)
  AND (:since IS NULL OR c.fetched_at >= :since)
ORDER BY c.fetched_at, c.id
"""
_DOCUMENTS = """
SELECT c.id, c.url, c.fetched_at, c.crawl_id, c.warc_file, c.warc_offset, c.content_type
FROM captures c
WHERE c.site_id = :site AND c.record_type = 'response' AND c.status = 200
  AND c.warc_file IS NOT NULL AND (c.content_type IS NULL OR c.content_type NOT LIKE '%html%')
  AND (:since IS NULL OR c.fetched_at >= :since)
"""


def candidates(db: Database, site_id: str, since: str | None) -> list[CaptureRef]:
    """The captures of ``site_id`` to re-extract, oldest first, revisits resolved (a revisit
    whose original is not in the archive has no ``warc_file``); documents flagged."""
    params = {"site": site_id, "since": since}
    found = [
        CaptureRef(capture_id, url, fetched_at, crawl_id, warc_file, offset, document=True)
        for capture_id, url, fetched_at, crawl_id, warc_file, offset, content_type
        in db.execute(_DOCUMENTS, params).fetchall()
        if is_document(url, content_type)
    ]  # fmt: skip
    for row in db.execute(_CANDIDATES, params).fetchall():
        capture_id, url, fetched_at, crawl_id, record_type, digest, warc_file, offset = row[:8]
        content_type, current = row[8:]
        if not current and is_document(url, content_type):
            continue  # a document without content type: read as one, above
        if record_type == "revisit":
            original = db.execute(
                "SELECT warc_file, warc_offset FROM captures WHERE payload_digest = ? "
                "AND record_type = 'response' AND warc_file IS NOT NULL "
                "ORDER BY url = ? DESC, id DESC LIMIT 1",
                [digest, url],
            ).fetchone()
            warc_file, offset = original if original and digest else (None, None)
        found.append(
            CaptureRef(
                capture_id,
                url,
                fetched_at,
                crawl_id,
                warc_file,
                offset,
                revisit=record_type == "revisit",
            )  # fmt: skip
        )
    found.sort(key=lambda c: (c.fetched_at, c.capture_id))
    return found


def current_articles(db: Database, site_id: str) -> dict[str, dict[str, Any]]:
    """The site's articles by URL: content hash, title, body, date, author and the URL of
    the capture each points at."""
    rows = db.execute(
        "SELECT a.url, a.content_hash, a.title, a.body, a.published_at, a.author, c.url "
        "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id WHERE a.site_id = ?",
        [site_id],
    )
    return {
        url: {
            "content_hash": digest,
            "title": title,
            "body": body,
            "published_at": published,
            "author": author,
            "capture_url": capture_url,
        }  # fmt: skip
        for url, digest, title, body, published, author, capture_url in rows
    }

