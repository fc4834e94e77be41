"""Re-extract archived captures with the current extractor; new versions for changed output.

No network: every page is read back from its WARC record. The captures re-extracted are,
for each article, the capture it currently points at (a revisit resolved to the response
with the same payload), and, for URLs that have no article yet, their latest HTML 200
response (a better extractor may find an article there). Extraction runs in a process pool
(:func:`archive.ingest.run_extraction`); the parent saves the results. An article whose
output changed gets a new ``article_versions`` row with the current extractor's name, the
old versions and their extractor kept. ``dry_run`` computes the same outcomes, writing nothing.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive.articles import content_hash
from archive.chrome import load_learned
from archive.errors import ArchiveError, InvalidFilter
from archive.ingest import Task, run_extraction, store_results
from archive.store import ArchiveWriter
from config.profile import ProfileError, SiteProfile, load_profile, profile_from_dict
from pipelines.extract import EXTRACTOR
from pipelines.record import ArticleRecord, NotAnArticle

logger = logging.getLogger(__name__)

COMPARED = ("title", "body", "published_at", "author")


@dataclass(frozen=True)
class Change:
    """One article whose extraction differs from what the archive holds."""

    url: str
    outcome: str  # "new", "changed", "lost" (an article that no longer extracts as one)
    fields: tuple[str, ...] = ()  # for "changed": which of title/body/published_at/author
    detail: str = ""


@dataclass
class ReextractReport:
    extractor: str
    dry_run: bool
    pages: int = 0
    seconds: float = 0.0
    outcomes: Counter[str] = field(default_factory=Counter)
    not_articles: Counter[str] = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


def parse_since(value: str | None) -> str | None:
    """``YYYY-MM-DD`` -> the ``fetched_at`` lower bound; :class:`InvalidFilter` otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise InvalidFilter(f"--since must be a date like 2023-01-31, got {value!r}") from None


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
       c.warc_file, c.warc_offset
FROM captures c
WHERE c.id IN (SELECT id FROM current UNION SELECT id FROM orphan)
  AND (:since IS NULL OR c.fetched_at >= :since)
ORDER BY c.fetched_at, c.id
"""


def candidate_tasks(db: Database, root: Path, site_id: str, since: str | None) -> list[Task]:
    """The captures of ``site_id`` to re-extract, oldest first, revisits resolved."""
    tasks = []
    for row in db.execute(_CANDIDATES, {"site": site_id, "since": since}).fetchall():
        capture_id, url, fetched_at, crawl_id, record_type, digest, warc_file, offset = row
        if record_type == "revisit":
            original = db.execute(
                "SELECT warc_file, warc_offset FROM captures WHERE payload_digest = ? "
                "AND record_type = 'response' AND warc_file IS NOT NULL "
                "ORDER BY url = ? DESC, id DESC LIMIT 1",
                [digest, url],
            ).fetchone()
            warc_file, offset = original if original and digest else (None, None)
        path = str((root / warc_file).resolve()) if warc_file else None
        tasks.append(Task(capture_id, url, fetched_at, crawl_id, path, offset))
    return tasks


def reextract(
    db: Database,
    root: Path,
    *,
    site: str | None = None,
    since: str | None = None,
    dry_run: bool = False,
    workers: int | None = None,
) -> ReextractReport:
    """Re-extract the archive in folder ``root`` (database ``db``); see the module doc."""
    since = parse_since(since)
    sites = [site] if site else [r[0] for r in db.execute("SELECT id FROM sites ORDER BY id")]
    if site and not db.execute("SELECT 1 FROM sites WHERE id = ?", [site]).fetchone():
        raise ArchiveError(f"Unknown site {site!r} in this archive.")
    report = ReextractReport(EXTRACTOR, dry_run)
    started = time.perf_counter()
    writer = ArchiveWriter(db)
    for site_id in sites:
        profile = site_profile(db, site_id)
        tasks = candidate_tasks(db, root, site_id, since)
        current = _current_articles(db, site_id)
        learned = load_learned(db, site_id)
        extracted = run_extraction(tasks, profile, workers=workers, learned=learned)
        results = _compare(extracted, current, report)
        if dry_run:
            for _ in results:
                pass
        else:
            stats = store_results(writer, site_id, results, record_failures=False)
            report.outcomes.update(stats.outcomes)
    report.seconds = time.perf_counter() - started
    return report


def _current_articles(db: Database, site_id: str) -> dict[str, tuple[str, dict[str, Any]]]:
    rows = db.execute(
        "SELECT a.url, a.content_hash, a.title, a.body, a.published_at, a.author, c.url "
        "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id WHERE a.site_id = ?",
        [site_id],
    )
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    for url, digest, title, body, published, author, capture_url in rows:
        values = {"title": title, "body": body, "published_at": published, "author": author}
        found[url] = (digest, values | {"capture_url": capture_url})
    return found


def _compare(
    results: Iterator[tuple[Task, ArticleRecord | NotAnArticle]],
    current: dict[str, tuple[str, dict[str, Any]]],
    report: ReextractReport,
) -> Iterator[tuple[Task, ArticleRecord | NotAnArticle]]:
    """Count and describe each result against the archive, passing it on."""
    by_capture_url = {v["capture_url"]: url for url, (_, v) in current.items()}
    for task, result in results:
        report.pages += 1
        if isinstance(result, NotAnArticle):
            report.not_articles[result.reason] += 1
            if task.url in by_capture_url:
                report.changes.append(Change(task.url, "lost", (), result.reason))
                report.outcomes["lost"] += 1
        elif result.url not in current:
            report.changes.append(Change(result.url, "new"))
            if report.dry_run:
                report.outcomes["new"] += 1
        else:
            digest, old = current[result.url]
            if digest == content_hash(result):
                if report.dry_run:
                    report.outcomes["unchanged"] += 1
            else:
                new = {"title": result.title, "body": result.body_text,
                       "published_at": result.published_at, "author": result.author}  # fmt: skip
                fields = tuple(name for name in COMPARED if new[name] != old[name])
                report.changes.append(Change(result.url, "changed", fields))
                if report.dry_run:
                    report.outcomes["changed"] += 1
        yield task, result
