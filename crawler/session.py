"""One crawl's shared state: the archive database, the crawl row and the WARC writer.

The WARC middleware, the spider and the article pipeline of one crawler share a single
:class:`CrawlSession` (one SQLite connection, used only from the reactor thread, and one
WARC writer). The session opens when the spider opens and closes after the item pipelines
have drained, storing the crawl's stats and status in the ``crawls`` table.

Opening a session takes the site's lock (:mod:`archive.locks`; a second crawl of the same
site is refused), finishes what a killed crawl of the site left (:mod:`crawler.resume`),
lists the articles to re-check (the profile's ``recheck_days``) and starts the crawl's own
log file, ``<archive>/logs/<site-id>-<crawl-id>.log``.
"""

from __future__ import annotations

import json
import logging
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from scrapy import signals

from archive import locks
from archive.db import archive_paths, open_db
from archive.history import Recheck, recheck_candidates, resumed_crawls
from archive.store import ArchiveWriter
from crawler import __version__
from crawler.resume import recover_site
from crawler.warcwriter import WarcWriter

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from config.profile import SiteProfile

logger = logging.getLogger(__name__)

_SESSIONS: WeakKeyDictionary[Crawler, CrawlSession] = WeakKeyDictionary()

# Stats keys whose sum is the crawl's error count.
ERROR_PREFIXES = ("govarchive/errors/",)


def utcnow() -> datetime:
    """Naive UTC, as warcio wants it."""
    return datetime.now(UTC).replace(tzinfo=None)


def iso(dt: datetime) -> str:
    return dt.replace(microsecond=0).isoformat() + "Z"


def session_for(crawler: Crawler) -> CrawlSession:
    """The crawler's session, created on first use."""
    session = _SESSIONS.get(crawler)
    if session is None:
        session = _SESSIONS[crawler] = CrawlSession(crawler)
    return session


class CrawlSession:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.archive_dir = Path(settings.get("GOVARCHIVE_ARCHIVE_DIR", "archive")).resolve()
        self.warc_max_size = settings.getint("GOVARCHIVE_WARC_MAX_SIZE", 1_000_000_000)
        self.operator = settings.get("GOVARCHIVE_OPERATOR", "")
        self.contact = settings.get("GOVARCHIVE_CONTACT", "")
        self.robots = "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore"
        self.user_agent = settings.get("USER_AGENT", "")
        self.log_level = settings.get("LOG_LEVEL", "INFO")
        self.crawl_id: int | None = None
        self.warc: WarcWriter | None = None
        self._writer: ArchiveWriter | None = None
        self.closed = False
        self.refused: str | None = None  # why the crawl did not start (site locked)
        self.rechecks: list[Recheck] = []
        self.orphans: list[dict[str, Any]] = []
        self.log_file: Path | None = None
        self._lock: locks.SiteLock | None = None
        self._log_handler: logging.Handler | None = None

    @property
    def profile(self) -> SiteProfile:
        return self.crawler.spider.profile  # type: ignore[union-attr]

    @property
    def writer(self) -> ArchiveWriter:
        if self._writer is None:
            raise RuntimeError("the crawl session is not open")
        return self._writer

    # -- lifecycle -------------------------------------------------------------------------
    def open(self) -> None:
        paths = archive_paths(self.archive_dir)
        for folder in (paths.warcs, paths.logs):
            folder.mkdir(parents=True, exist_ok=True)
        profile = self.profile
        try:
            self._lock = locks.acquire(self.archive_dir, profile.id)
        except locks.SiteBusy as exc:
            self.refused = str(exc)
            self.stats.set_value("govarchive/status", "skipped")
            logger.error("Not crawling: %s", exc)
            return
        db = open_db(paths.db)
        self._writer = ArchiveWriter(db)
        spider = self.crawler.spider
        recovery = recover_site(db, self.archive_dir, profile.id, spider.is_article_url)  # type: ignore[union-attr]
        self.orphans = recovery.orphans
        if recovery.interrupted:
            self.stats.set_value("govarchive/resumed_crawls", recovery.interrupted)
        settings = {
            "delay": self.crawler.settings.getfloat("DOWNLOAD_DELAY"),
            "concurrency_per_host": self.crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
            "depth_limit": self.crawler.settings.getint("DEPTH_LIMIT"),
            "max_pages": self.crawler.settings.getint("CLOSESPIDER_PAGECOUNT"),
            "robots": self.robots,
            "user_agent": self.user_agent,
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        with self._writer.transaction():
            self._writer.upsert_site(profile)
            self.crawl_id = self._writer.start_crawl(
                profile.id, f"govarchive/{__version__}", settings
            )
        self.stats.set_value("govarchive/crawl_id", self.crawl_id)
        started = utcnow()
        self._start_log(paths.logs / f"{profile.id}-{self.crawl_id}.log")
        self.rechecks = recheck_candidates(
            db, profile.id, profile.recheck_days, started.replace(tzinfo=UTC),
            skip_crawls=resumed_crawls(db, profile.id),
        )
        site_dir = paths.warcs / profile.id
        site_dir.mkdir(parents=True, exist_ok=True)
        prefix = f"{profile.id}-{self.crawl_id:05d}-{started:%Y%m%d%H%M%S}"
        self.warc = WarcWriter(
            site_dir,
            prefix,
            max_size=self.warc_max_size,
            warcinfo={
                "software": f"govarchive/{__version__} (Scrapy, warcio)",
                "format": "WARC File Format 1.1",
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
                "operator": f"{self.operator} <{self.contact}>".strip(),
                "robots": self.robots,
                "http-header-user-agent": self.user_agent,
                "isPartOf": f"{profile.id}-crawl-{self.crawl_id}",
                "govarchive-site": profile.id,
                "govarchive-profile-hash": profile.profile_hash,
                "hostname": socket.gethostname(),
            },
        )
        logger.info(
            "Crawl %s of %s started; archive %s; %d article(s) to re-check, %d orphan "
            "capture(s) of killed crawls to extract",
            self.crawl_id, profile.id, self.archive_dir, len(self.rechecks), len(self.orphans),
        )  # fmt: skip

    def _start_log(self, path: Path) -> None:
        """This crawl's log file: its own records, and those no spider claims."""
        spider = self.crawler.spider
        handler = logging.FileHandler(path, encoding="utf-8")
        handler.setLevel(self.log_level)
        handler.setFormatter(
            logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
        )
        handler.addFilter(lambda record: getattr(record, "spider", spider) is spider)
        logging.getLogger().addHandler(handler)
        self._log_handler = handler
        self.log_file = path
        self.stats.set_value("govarchive/log_file", str(path))
        self.writer.db.execute(
            "UPDATE crawls SET log_file = ? WHERE id = ?", [self.relative(path), self.crawl_id]
        )

    def relative(self, path: Path) -> str:
        return str(Path(path).resolve().relative_to(self.archive_dir))

    def close(self, reason: str) -> None:
        if self.closed or self._writer is None:
            return
        self.closed = True
        warc_files: list[str] = []
        if self.warc is not None:
            self.warc.close()
            warc_files = [self.relative(p) for p in self.warc.files]
        stats = self.stats.get_stats()
        status = crawl_status(reason, stats)
        stats_json = json.loads(json.dumps(stats, default=str))
        stats_json["finish_reason"] = reason
        with self._writer.transaction():
            self._writer.finish_crawl(self.crawl_id, status, stats_json, warc_files)
            self._writer.db.execute(
                "UPDATE crawls SET articles_removed = ? WHERE id = ?",
                [int(stats.get("govarchive/articles/removed", 0)), self.crawl_id],
            )
        self.stats.set_value("govarchive/status", status)
        logger.info("Crawl stats: %s", json.dumps(stats_json, ensure_ascii=False, sort_keys=True))
        self._writer.db.conn.close()
        logger.info("Crawl %s of %s %s (%s)", self.crawl_id, self.profile.id, status, reason)
        self._index(warc_files)
        if self._log_handler is not None:
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _index(self, warc_files: list[str]) -> None:
        """A CDXJ index beside each closed WARC (archive.cdx), when cdxj-indexer is installed."""
        try:
            from archive.cdx import index_warc
        except ImportError:  # pragma: no cover
            return
        for name in warc_files:
            try:
                index_warc(self.archive_dir / name)
            except ImportError:
                logger.debug("cdxj-indexer is not installed: no CDXJ indexes")
                return
            except Exception as exc:  # noqa: BLE001 (an index can be rebuilt; the WARC is safe)
                logger.warning("No CDXJ index for %s: %s", name, exc)


def error_count(stats: dict[str, Any]) -> int:
    return sum(
        int(v) for k, v in stats.items() if k.startswith(ERROR_PREFIXES) and isinstance(v, int)
    )


def crawl_status(reason: str, stats: dict[str, Any]) -> str:
    """finished (clean), partial (errors or a limit hit), failed (nothing fetched), interrupted."""
    fetched_ok = int(stats.get("govarchive/responses_ok", 0))
    if fetched_ok == 0:
        return "failed"
    if reason in ("shutdown", "cancelled"):
        return "interrupted"
    if reason != "finished" or error_count(stats):
        return "partial"
    return "finished"


class ArchiveSessionExtension:
    """Opens the crawler's session when the spider opens and closes it at the very end."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveSessionExtension:
        return cls(crawler)

    def spider_opened(self, spider: Any) -> None:
        session_for(self.crawler).open()

    def spider_closed(self, spider: Any, reason: str) -> None:
        session_for(self.crawler).close(reason)
