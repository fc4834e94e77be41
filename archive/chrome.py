"""Learned site chrome kept in the archive (table ``site_chrome``, migration 0004).

The learner itself is pure (:mod:`pipelines.chrome`); these functions only store and load
its verdict, so the next crawl, ``reextract`` and ``import-warc`` start from what earlier
crawls learned.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlite_utils import Database

from pipelines.chrome import Learned


def load_learned(db: Database, site_id: str) -> Learned:
    """What the archive holds for ``site_id`` (empty when nothing was learned yet)."""
    rows = db.execute("SELECT kind, text FROM site_chrome WHERE site_id = ?", [site_id]).fetchall()
    return Learned(
        frozenset(t for k, t in rows if k == "line"),
        frozenset(t for k, t in rows if k == "title_affix"),
    )


def save_learned(db: Database, site_id: str, learned: Learned, crawl_id: int | None) -> int:
    """Add the lines and affixes not stored yet; return how many were added."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    before = db.execute("SELECT count(*) FROM site_chrome WHERE site_id = ?", [site_id]).fetchone()[
        0
    ]
    rows = [("line", t) for t in learned.lines] + [
        ("title_affix", t) for t in learned.title_affixes
    ]
    with db.atomic():
        for kind, text in rows:
            db.execute(
                "INSERT OR IGNORE INTO site_chrome (site_id, kind, text, crawl_id, learned_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [site_id, kind, text, crawl_id, at],
            )
    after = db.execute("SELECT count(*) FROM site_chrome WHERE site_id = ?", [site_id]).fetchone()[
        0
    ]
    return int(after - before)
