"""Run crawls in this process: profiles in, crawl summaries (read back from the archive) out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from config.profile import SiteProfile
from crawler.spiderloader import spider_for_profile

logger = logging.getLogger(__name__)


@dataclass
class CrawlSummary:
    site_id: str
    crawl_id: int | None
    status: str
    finish_reason: str
    stats: dict[str, Any] = field(default_factory=dict)

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


def project_settings(archive_dir: Path, overrides: dict[str, Any] | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("GOVARCHIVE_ARCHIVE_DIR", str(archive_dir), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    return settings


def log_file_for(archive_dir: Path, profiles: list[SiteProfile]) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    names = "+".join(p.id for p in profiles)[:80]
    path = archive_dir / "logs" / f"{stamp}-{names}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


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
    reads their stats). Runs the Twisted reactor, so it can be called once per process.
    """
    archive_dir = Path(archive_dir)
    archive_dir.mkdir(parents=True, exist_ok=True)
    settings = project_settings(archive_dir, overrides)
    if log_file is not None:
        settings.set("LOG_FILE", str(log_file), priority="cmdline")
        settings.set("LOG_FILE_APPEND", True, priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = []
    for profile in profiles:
        crawler = process.create_crawler(spider_for_profile(profile))
        crawlers.append(crawler)
        process.crawl(crawler)
    if on_start is not None:
        on_start(crawlers)
    process.start()
    return [_summary(profile, crawler) for profile, crawler in zip(profiles, crawlers, strict=True)]


def _summary(profile: SiteProfile, crawler: Crawler) -> CrawlSummary:
    stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
    return CrawlSummary(
        site_id=profile.id,
        crawl_id=stats.get("govarchive/crawl_id"),
        status=stats.get("govarchive/status", "failed"),
        finish_reason=str(stats.get("finish_reason", "not started")),
        stats=stats,
    )
