"""Learned site chrome kept in the archive (table ``site_chrome``, migration 0004).

The learner itself is extraction's (:mod:`pipelines.chrome`); these functions only store and
load its verdict as text, so the next crawl, ``reextract``, ``rebuild`` and ``import-warc``
start from what earlier crawls learned.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import NamedTuple

from sqlite_utils import Database


class StoredChrome(NamedTuple):
    """A site's learned chrome: normalized lines and ``<title>`` affixes."""

    lines: frozenset[str] = frozenset()
    title_affixes: frozenset[str] = frozenset()


def load_chrome(db: Database, site_id: str) -> StoredChrome:
    """What the archive holds for ``site_id`` (empty when nothing was learned yet)."""
    rows = db.execute("SELECT kind, text FROM site_chrome WHERE site_id = ?", [site_id]).fetchall()
    return StoredChrome(
        frozenset(t for k, t in rows if k == "line"),
        frozenset(t for k, t in rows if k == "title_affix"),
    )


def save_chrome(
    db: Database,
    site_id: str,
    lines: Iterable[str],
    title_affixes: Iterable[str],
    crawl_id: int | None,
) -> int:
    """Add the lines and affixes not stored yet; return how many were added."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    rows = [("line", t) for t in lines] + [("title_affix", t) for t in title_affixes]
    added = 0
    with db.atomic():
        for kind, text in rows:
            cursor = db.execute(
                "INSERT OR IGNORE INTO site_chrome (site_id, kind, text, crawl_id, learned_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [site_id, kind, text, crawl_id, at],
            )
            added += max(cursor.rowcount, 0)
    return added
