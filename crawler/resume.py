"""Finish what a killed crawl left: close its WARCs and its crawl row, and find its orphans.

A crawl is never resumed in place; the next crawl of the site (incremental, like every crawl)
finishes the job. When it opens, holding the site's lock (so no other crawl of the site is
alive), it:

1. recovers the ``*.warc.gz.open`` files killed crawls left (``archive.verify.recover_leftovers``:
   whole records kept, a torn last record cut, the file renamed and indexed);
2. marks every crawl of the site still ``running`` as ``interrupted``, with the counts its
   rows show;
3. lists the *orphan captures*: article pages a killed crawl archived in WARC but never
   extracted. The new crawl extracts them from the WARC (no second download, no second
   copy), and does not fetch those URLs again.

Captures are written to WARC (and flushed) before their row is inserted, and each row
commits on its own, so a row never points past the end of a file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive.store import ArchiveWriter

logger = logging.getLogger(__name__)


@dataclass
class Recovery:
    interrupted: list[int] = field(default_factory=list)
    warcs_recovered: int = 0
    orphans: list[dict[str, Any]] = field(default_factory=list)


def recover_site(
    db: Database, archive_dir: Path, site_id: str, is_article_url: Callable[[str], bool]
) -> Recovery:
    """Run the three steps above for ``site_id``; the caller holds the site's lock."""
    result = Recovery()
    result.warcs_recovered = _recover_warcs(archive_dir, site_id)
    writer = ArchiveWriter(db)
    stale = db.execute(
        "SELECT id FROM crawls WHERE site_id = ? AND status = 'running' ORDER BY id", [site_id]
    ).fetchall()
    for (crawl_id,) in stale:
        (pages,) = db.execute(
            "SELECT COUNT(*) FROM captures WHERE crawl_id = ?", [crawl_id]
        ).fetchone()
        files = [
            p.relative_to(archive_dir).as_posix()
            for p in sorted((archive_dir / "warcs" / site_id).glob(f"{site_id}-{crawl_id:05d}-*"))
            if p.name.endswith((".warc.gz", ".warc"))
        ]
        with writer.transaction():
            writer.finish_crawl(
                crawl_id, "interrupted",
                {"govarchive/pages": pages, "finish_reason": "killed", "recovered_by": "next crawl"},
                files,
            )  # fmt: skip
        result.interrupted.append(crawl_id)
        logger.warning("Crawl %s of %s was killed; marked interrupted", crawl_id, site_id)
    result.orphans = orphan_captures(db, site_id, is_article_url)
    return result


def _recover_warcs(archive_dir: Path, site_id: str) -> int:
    try:
        from archive.verify import recover_leftovers
    except ImportError:  # pragma: no cover - archive.verify ships with the archive package
        return _recover_warcs_plain(archive_dir, site_id)
    return len(recover_leftovers(archive_dir, site_id))


def _recover_warcs_plain(archive_dir: Path, site_id: str) -> int:
    from archive.warcrecover import recover_open_file

    folder = archive_dir / "warcs" / site_id
    count = 0
    for path in sorted(folder.glob("*.warc.gz.open")) if folder.is_dir() else []:
        recover_open_file(path)
        count += 1
    return count


def orphan_captures(
    db: Database, site_id: str, is_article_url: Callable[[str], bool]
) -> list[dict[str, Any]]:
    """Article-page responses of interrupted crawls that never became an article or a failure."""
    cursor = db.execute(
        "SELECT c.id, c.url, c.warc_file, c.warc_offset, c.fetched_at FROM captures c "
        "JOIN crawls k ON k.id = c.crawl_id "
        "WHERE c.site_id = ? AND k.status = 'interrupted' AND c.status = 200 "
        "AND c.record_type = 'response' AND c.warc_file IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url) "
        "AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.url = c.url AND f.site_id = c.site_id "
        "  AND (f.reason LIKE 'not_article:%' OR f.reason = 'extract_failed')) "
        "ORDER BY c.id DESC",
        [site_id],
    )
    latest: dict[str, dict[str, Any]] = {}
    for capture_id, url, warc_file, offset, fetched_at in cursor.fetchall():
        if url not in latest and is_article_url(url):
            latest[url] = {"url": url, "capture_id": capture_id, "warc_file": warc_file,
                           "offset": offset, "fetched_at": fetched_at}  # fmt: skip
    return sorted(latest.values(), key=lambda item: item["capture_id"])
