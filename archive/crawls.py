"""Reads about crawls that are not a crawl's own state: each site's latest crawl (schedules)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database


def last_crawls(db: Database | None) -> dict[str, dict[str, Any]]:
    """The latest crawl row of each site (by start), if any: id, started_at, finished_at,
    status."""
    if db is None or "crawls" not in db.table_names():
        return {}
    cursor = db.execute(
        "SELECT c.site_id, c.id, c.started_at, c.finished_at, c.status FROM crawls c "
        "WHERE c.id = (SELECT MAX(id) FROM crawls WHERE site_id = c.site_id)"
    )
    return {
        site: {"id": cid, "started_at": started, "finished_at": finished, "status": status}
        for site, cid, started, finished, status in cursor.fetchall()
    }
