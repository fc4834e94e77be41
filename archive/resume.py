"""Finish what a killed crawl left: close its WARCs and its crawl row, and find its orphans.

A crawl is never resumed in place; the next crawl of the site (incremental, like every crawl)
finishes the job. When it opens, holding the site's lock (so no other crawl of the site is
alive), it:

1. recovers the ``*.warc.gz.open`` files killed crawls left (``archive.verify.recover_leftovers``:
   whole records kept, a torn last record cut, the file renamed and indexed);
2. restores the capture rows a killed crawl had not committed yet: the crawl recorder
   (:mod:`archive.recorder`) commits its rows in batches, so the last records of a killed
   crawl's WARC files may have no row; they get one now, read from the WARC (nothing the
   crawl fetched is lost, and nothing is fetched twice);
3. marks every crawl of the site still ``running`` as ``interrupted``, with the counts of
   what the archive holds of it (:func:`crawl_counts`: captures, new and changed articles,
   errors; the crawl's own counters died with it);
4. lists the *orphan captures*: article pages a killed crawl archived in WARC but never
   extracted. The new crawl extracts them from the WARC (no second download, no second
   copy), and does not fetch those URLs again.

Captures are written to WARC (and flushed) before their row is inserted, so a row never
points past the end of a file.

The next ``import-warc`` of the site (which holds the site's lock too) runs steps 1 to 3
(:func:`close_dead_runs`): a cut import's row is marked ``interrupted`` like a killed
crawl's, and the import that reads its file again takes its capture rows over
(:func:`archive.warcimport.interrupted_captures`), so each WARC record has one row.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive.capture import CaptureRef
from archive.store import ArchiveWriter
from archive.warcimport import crawl_files, restore_captures

logger = logging.getLogger(__name__)


@dataclass
class Recovery:
    interrupted: list[int] = field(default_factory=list)
    warcs_recovered: int = 0
    captures_restored: int = 0
    orphans: list[CaptureRef] = field(default_factory=list)


def recover_site(
    db: Database, archive_dir: Path, site_id: str, is_article_url: Callable[[str], bool]
) -> Recovery:
    """Run the four steps above for ``site_id``; the caller holds the site's lock."""
    result = Recovery()
    (before,) = db.execute("SELECT COUNT(*) FROM captures WHERE site_id = ?", [site_id]).fetchone()
    result.warcs_recovered, result.interrupted = close_dead_runs(
        db, archive_dir, site_id, "next crawl"
    )
    (after,) = db.execute("SELECT COUNT(*) FROM captures WHERE site_id = ?", [site_id]).fetchone()
    result.captures_restored = after - before
    result.orphans = orphan_captures(db, site_id, is_article_url)
    return result


def close_dead_runs(
    db: Database, archive_dir: Path, site_id: str, by: str
) -> tuple[int, list[int]]:
    """Steps 1 to 3 above: recover the site's ``.open`` WARC files, then mark every crawl (or
    ``import-warc``) of ``site_id`` still ``running`` interrupted, its rows restored
    (:func:`close_unfinished`). Returns the number of files recovered and the crawls closed.
    The caller (``by``: the next crawl, the next import) holds the site's lock, which every
    crawl and import of the site holds while it runs: a row still ``running`` is one whose
    process died."""
    recovered = _recover_warcs(archive_dir, site_id)
    stale = db.execute(
        "SELECT id FROM crawls WHERE site_id = ? AND status = 'running' ORDER BY id", [site_id]
    ).fetchall()
    for (crawl_id,) in stale:
        close_unfinished(db, archive_dir, site_id, crawl_id, by)
        logger.warning("Crawl %s of %s was killed; marked interrupted", crawl_id, site_id)
    return recovered, [crawl_id for (crawl_id,) in stale]


def crawl_counts(db: Database, crawl_id: int) -> dict[str, int]:
    """A crawl's counts as the archive holds them, under the stats keys of its row's count
    columns: responses captured, articles it stored first (version 1) and changed (a later
    version), failures that are errors (not the pages that are not articles)."""
    (pages,) = db.execute(
        "SELECT COUNT(*) FROM captures WHERE crawl_id = ? AND status IS NOT NULL", [crawl_id]
    ).fetchone()
    new, changed = db.execute(
        "SELECT COALESCE(SUM(version = 1), 0), COALESCE(SUM(version > 1), 0) "
        "FROM article_versions WHERE crawl_id = ?",
        [crawl_id],
    ).fetchone()
    (errors,) = db.execute(
        "SELECT COUNT(*) FROM failures WHERE crawl_id = ? AND reason NOT LIKE 'not_article:%'",
        [crawl_id],
    ).fetchone()
    return {
        "govarchive/pages": pages,
        "govarchive/articles/new": new,
        "govarchive/articles/changed": changed,
        "govarchive/errors": errors,
    }


def close_unfinished(
    db: Database,
    archive_dir: Path,
    site_id: str,
    crawl_id: int,
    by: str,
    *,
    status: str = "interrupted",
    extra: dict[str, Any] | None = None,
) -> dict[str, int]:
    """Close the row of a crawl that could not close it itself (killed, or unable to write
    to a full disk): its uncommitted capture rows restored from its WARC files, its counts
    taken from what the archive holds of it (the crawl's own counters died with it), its
    files listed. The caller holds the site's lock; returns the counts."""
    restore_captures(db, archive_dir, site_id, crawl_id)
    counts = crawl_counts(db, crawl_id)
    files = [
        p.relative_to(archive_dir).as_posix() for p in crawl_files(archive_dir, site_id, crawl_id)
    ]
    (stats_json,) = db.execute("SELECT stats_json FROM crawls WHERE id = ?", [crawl_id]).fetchone()
    stats = {
        **json.loads(stats_json or "{}"),  # what a crawl that failed to close did record
        **counts,
        "finish_reason": "not closed by its process (killed, or its end could not be written)",
        "recovered_by": by,
        **(extra or {}),
    }
    writer = ArchiveWriter(db)
    with writer.transaction():
        writer.finish_crawl(crawl_id, status, stats, files)
    return counts


def _recover_warcs(archive_dir: Path, site_id: str) -> int:
    from archive.verify import recover_leftovers

    return len(recover_leftovers(archive_dir, site_id))


def orphan_captures(
    db: Database, site_id: str, is_article_url: Callable[[str], bool]
) -> list[CaptureRef]:
    """Article-page responses of interrupted crawls that never became an article or a failure."""
    cursor = db.execute(
        "SELECT c.id, c.url, c.warc_file, c.warc_offset, c.fetched_at, c.crawl_id FROM captures c "
        "JOIN crawls k ON k.id = c.crawl_id "
        "WHERE c.site_id = ? AND k.status = 'interrupted' AND c.status = 200 "
        "AND c.record_type = 'response' AND c.warc_file IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url) "
        "AND NOT EXISTS (SELECT 1 FROM failures f WHERE f.url = c.url AND f.site_id = c.site_id "
        "  AND (f.reason LIKE 'not_article:%' OR f.reason = 'extract_failed')) "
        "ORDER BY c.id DESC",
        [site_id],
    )
    latest: dict[str, CaptureRef] = {}
    for capture_id, url, warc_file, offset, fetched_at, crawl_id in cursor.fetchall():
        if url not in latest and is_article_url(url):
            latest[url] = CaptureRef(capture_id, url, fetched_at, crawl_id, warc_file, offset)
    return sorted(latest.values(), key=lambda item: item.capture_id)
