"""Run crawls in this process: profiles in, crawl summaries (read back from the archive) out.

Each crawl writes its own log file, ``<archive>/logs/<site-id>-<crawl-id>.log`` (opened by
the crawl session); nothing is logged to the terminal unless the caller adds a handler.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from config.profile import SiteProfile
from crawler.aftercrawl import wait_all
from crawler.spiderloader import spider_for_profile

logger = logging.getLogger(__name__)


@dataclass
class CrawlSummary:
    site_id: str
    crawl_id: int | None
    status: str
    finish_reason: str
    stats: dict[str, Any] = field(default_factory=dict)
    removed: list[dict[str, Any]] = field(default_factory=list)  # articles found gone
    site_model: Any = None  # the archive.sitemodels.StoredModel the crawl inferred

    def count(self, key: str) -> int:
        value = self.stats.get(key, 0)
        return int(value) if isinstance(value, int | float) else 0

    def prefixed(self, prefix: str) -> dict[str, int]:
        return {
            k.removeprefix(prefix): int(v)
            for k, v in sorted(self.stats.items())
            if k.startswith(prefix) and isinstance(v, int)
        }

    @property
    def errors(self) -> dict[str, int]:
        return self.prefixed("govarchive/errors/")

    @property
    def ok(self) -> bool:
        return self.status == "finished"

    @property
    def log_file(self) -> str | None:
        value = self.stats.get("govarchive/log_file")
        return str(value) if value else None


def project_settings(archive_dir: Path, overrides: dict[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("GOVARCHIVE_ARCHIVE_DIR", str(archive_dir), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


#: Scrapy's loggers that write a DEBUG record for every response ("Crawled (200) ...") and
#: every item ("Scraped from ..."): the root logger stays at NOTSET under Scrapy, so each
#: record was built (a LogRecord, its caller's frame looked up) and only then refused by
#: every handler (all at LOG_LEVEL or above: the crawl's log file, the CLI's stderr).
PER_RESPONSE_LOGGERS = ("scrapy.core.engine", "scrapy.core.scraper")


def quiet_per_response_debug(settings: Settings) -> None:
    """Below the crawl's ``LOG_LEVEL``, Scrapy's per-response loggers build no record
    (``logger.log`` returns at its level check); at ``LOG_LEVEL = DEBUG`` they log as before.
    A level already set on them (a test, an operator's logging config) is left alone."""
    level = logging.getLevelName(str(settings.get("LOG_LEVEL", "DEBUG")).upper())
    if not isinstance(level, int) or level <= logging.DEBUG:
        return
    for name in PER_RESPONSE_LOGGERS:
        log = logging.getLogger(name)
        if log.level == logging.NOTSET:
            log.setLevel(level)


def run_crawls(
    profiles: list[SiteProfile],
    archive_dir: Path,
    *,
    overrides: dict[str, Any] | None = None,
    log_file: Path | None = None,
    on_start: Callable[[list[Crawler]], Any] | None = None,
) -> list[CrawlSummary]:
    """Crawl the sites concurrently (one Scrapy crawler each) and return their summaries.

    ``on_start`` receives the crawlers before the reactor starts (the CLI's progress display
    reads their stats). ``log_file``: one more log, of the whole process (each crawl has its
    own anyway). Runs the Twisted reactor, so it can be called once per process.
    """
    archive_dir = Path(archive_dir)
    archive_dir.mkdir(parents=True, exist_ok=True)
    settings = project_settings(archive_dir, overrides)
    if log_file is not None:
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        settings.set("LOG_FILE_APPEND", True, priority="cmdline")
    else:
        settings.set("LOG_ENABLED", False, priority="cmdline")
    # The reactor shares the GIL with each crawl's archive thread (archive.recorder): a
    # shorter switch interval gives the GIL back to the reactor sooner when it wakes up.
    sys.setswitchinterval(settings.getfloat("GOVARCHIVE_SWITCH_INTERVAL", 0.001))
    quiet_per_response_debug(settings)
    process = CrawlerProcess(settings)
    crawlers = []
    start_errors: dict[str, str] = {}
    for profile in profiles:
        crawler = process.create_crawler(spider_for_profile(profile))
        crawlers.append(crawler)
        deferred = process.crawl(crawler)
        deferred.addErrback(_start_failed, profile.id, start_errors)
    if on_start is not None:
        on_start(crawlers)
    process.start()
    wait_all()  # feeds and notifications of the crawls (bounded by their timeouts)
    summaries = [
        _summary(p, c, start_errors.get(p.id)) for p, c in zip(profiles, crawlers, strict=True)
    ]
    _add_from_archive(archive_dir, summaries)
    return summaries


def _add_from_archive(archive_dir: Path, summaries: list[CrawlSummary]) -> None:
    """What the summaries show from the archive: articles found gone, the site model."""
    from archive.db import archive_paths, open_db
    from archive.history import removed_in_crawl
    from archive.sitemodels import crawl_site_model

    wanted = [s for s in summaries if s.crawl_id]
    if not wanted:
        return
    db = open_db(archive_paths(archive_dir).db, create=False)
    try:
        for summary in wanted:
            crawl_id = int(summary.crawl_id)  # type: ignore[arg-type]
            if summary.count("govarchive/articles/removed"):
                summary.removed = removed_in_crawl(db, crawl_id)
            summary.site_model = crawl_site_model(db, crawl_id)
    finally:
        db.close()


def _start_failed(failure: Any, site_id: str, errors: dict[str, str]) -> None:
    """A crawler that could not start (a broken component, an unwritable archive): recorded
    for its summary and logged with the traceback, instead of Twisted's unhandled error."""
    exc = failure.value
    errors[site_id] = f"could not start: {type(exc).__name__}: {exc}"
    logger.error("Crawl of %s could not start:\n%s", site_id, failure.getTraceback())


def _summary(
    profile: SiteProfile, crawler: Crawler, start_error: str | None = None
) -> CrawlSummary:
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    reason = start_error or str(stats.get("finish_reason", "not started"))
    if stats.get("govarchive/fatal"):  # what stopped it: "No space left on device: ..."
        # (the spider may have been closing for another reason when the disk filled)
        # (a write lock held past the wait interrupts the crawl, a full disk fails it)
        stopped = "archive_locked" if stats.get("govarchive/status") == "interrupted" else "disk_full"
        reason = f"{stopped}: {stats['govarchive/fatal']}"
    return CrawlSummary(
        site_id=profile.id,
        crawl_id=stats.get("govarchive/crawl_id"),
        status=stats.get("govarchive/status", "failed"),
        finish_reason=reason,
        stats=stats,
    )
