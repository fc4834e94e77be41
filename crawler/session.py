"""One crawl's Scrapy-side state: its crawl recorder, its log file and its plan.

The WARC middleware and the spider of one crawler receive the same :class:`CrawlSession`
through their ``from_crawler`` (:meth:`CrawlSession.of`); the item pipeline receives the
crawl recorder itself, by the ``recorder_opened`` signal (``pipelines/item.py``). Everything
the crawl writes to, or reads from, the archive goes through the recorder
(:class:`archive.recorder.CrawlRecorder`, on its own thread); there is no SQL here.

The session opens when the spider opens (:class:`ArchiveSessionExtension`), in named steps:
take the site's lock (a second crawl of the same site is refused), finish what killed crawls
left, start the crawl row, start the crawl's own log file
(``<archive>/logs/<site-id>-<crawl-id>.log``), list the articles to re-check and open the WARC
writer. It closes after the item pipelines have drained, storing the crawl's stats and status.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
from collections.abc import Callable
from concurrent.futures import Future
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from weakref import WeakKeyDictionary

from scrapy import signals

from archive import locks
from archive.capture import CaptureRef
from archive.db import parse_lock_wait
from archive.errors import ArchiveError, WritesStopped
from archive.history import Recheck
from archive.jobstate import start_shard
from archive.recorder import CrawlRecorder, stop_reason, utcnow
from config.version import __version__
from crawler.logfile import LogFile
from pipelines.item import LoopCalls, recorder_opened

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from config.profile import SiteProfile

logger = logging.getLogger(__name__)

T = TypeVar("T")
_SESSIONS: WeakKeyDictionary[Crawler, CrawlSession] = WeakKeyDictionary()

# Stats keys whose sum is the crawl's error count.
ERROR_PREFIXES = ("govarchive/errors/",)


class CrawlSession:
    """See the module docstring; components get it with :meth:`of` in ``from_crawler``."""

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlSession:
        """The crawler's session (one per crawler, created on first use)."""
        session = _SESSIONS.get(crawler)
        if session is None:
            session = _SESSIONS[crawler] = cls(crawler)
        return session

    def __init__(self, crawler: Crawler):
        self.crawler = crawler  # its settings and stats are complete once the spider opens
        self.recorder: CrawlRecorder | None = None  # None until open, and if it was refused
        self.refused: str | None = None  # why the crawl did not start (site locked)
        self.rechecks: list[Recheck] = []
        self.orphans: list[CaptureRef] = []
        self.log_file: Path | None = None
        self._log_handler: logging.Handler | None = None
        self._closed = False
        self._calls: LoopCalls | None = None  # callbacks from the archive thread (then)

    @property
    def stats(self) -> StatsCollector:
        stats = self.crawler.stats
        assert stats is not None
        return stats

    @property
    def archive_dir(self) -> Path:
        return Path(self.crawler.settings.get("GOVARCHIVE_ARCHIVE_DIR", "archive")).resolve()

    @property
    def robots(self) -> str:
        return "obey" if self.crawler.settings.getbool("ROBOTSTXT_OBEY") else "ignore"

    @property
    def profile(self) -> SiteProfile:
        return self.crawler.spider.profile  # type: ignore[union-attr]

    @property
    def lock_wait(self) -> float | None:
        """The crawl's ``GOVARCHIVE_LOCK_WAIT`` in seconds (None: the recorder's default).

        :raises ArchiveError: not a number of seconds, 0 or more (the CLI says so first).
        """
        value = self.crawler.settings.get("GOVARCHIVE_LOCK_WAIT")
        if value is None or str(value).strip() == "":
            return None
        return parse_lock_wait(value)

    @property
    def crawl_id(self) -> int | None:
        return self.recorder.crawl_id if self.recorder is not None else None

    # --- opening ---------------------------------------------------------------------------

    def open(self) -> None:
        try:
            lock_wait = self.lock_wait
        except ArchiveError as exc:  # `scrapy crawl -s` (govarchive crawl said so before)
            self.refused = str(exc)
            self.stats.set_value("govarchive/status", "skipped")
            logger.error("Not crawling: %s", self.refused)
            return
        if not self._start_shard():
            return
        recorder = CrawlRecorder(self.archive_dir, self.profile.id, lock_wait)
        if not self._lock(recorder):
            return
        try:
            recorder.open()
        except BaseException:
            recorder.close()
            raise
        self.recorder = recorder
        loop = asyncio.get_running_loop()
        recorder.on_fatal(lambda error: loop.call_soon_threadsafe(self._stopped, error))
        self._recover(recorder)
        self._start_crawl(recorder)
        self._start_log(recorder)
        self._plan_rechecks(recorder)
        self._open_warc(recorder)
        self.crawler.signals.send_catch_log(
            recorder_opened, recorder=recorder, profile=self.profile
        )
        logger.info(
            "Crawl %s of %s started; archive %s; %d article(s) to re-check, %d orphan "
            "capture(s) of killed crawls to extract",
            self.crawl_id, self.profile.id, self.archive_dir, len(self.rechecks), len(self.orphans),
        )  # fmt: skip

    def _start_shard(self) -> bool:
        """A fleet job (``GOVARCHIVE_JOB_STATE`` set): load the site's known state into the
        job's fresh shard first, so the crawl is as incremental as in the central archive."""
        state = self.crawler.settings.get("GOVARCHIVE_JOB_STATE")
        if not state:
            return True
        try:
            summary = start_shard(self.archive_dir, state)
        except ArchiveError as exc:
            self.refused = f"the job's state was not loaded: {exc}"
            self.stats.set_value("govarchive/status", "skipped")
            logger.error("Not crawling: %s", self.refused)
            return False
        if summary is not None:
            self.stats.set_value("govarchive/job_state_rows", sum(summary.rows.values()))
            if summary.bodies_left_out:  # (archive.jobstate.BODY_BUDGET)
                self.stats.set_value("govarchive/job_state/bodies_left_out",
                                     summary.bodies_left_out)  # fmt: skip
            logger.info("Job state of %s loaded into shard %s: %s", self.profile.id,
                        self.archive_dir, dict(summary.rows))  # fmt: skip
        return True

    def _lock(self, recorder: CrawlRecorder) -> bool:
        try:
            recorder.lock()
        except locks.SiteBusy as exc:
            self.refused = str(exc)
            self.stats.set_value("govarchive/status", "skipped")
            logger.error("Not crawling: %s", exc)
            return False
        return True

    def _recover(self, recorder: CrawlRecorder) -> None:
        spider = self.crawler.spider
        recovery = recorder.recover(spider.is_article_url)  # type: ignore[union-attr]
        self.orphans = recovery.orphans
        if recovery.interrupted:
            self.stats.set_value("govarchive/resumed_crawls", recovery.interrupted)
        if recovery.captures_restored:
            self.stats.set_value("govarchive/resumed/captures_restored", recovery.captures_restored)

    def _start_crawl(self, recorder: CrawlRecorder) -> None:
        settings = self.crawler.settings
        recorded = {
            "delay": settings.getfloat("DOWNLOAD_DELAY"),
            "concurrency_per_host": settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN"),
            "depth_limit": settings.getint("DEPTH_LIMIT"),
            "max_pages": settings.getint("CLOSESPIDER_PAGECOUNT"),
            "robots": self.robots,
            "user_agent": settings.get("USER_AGENT", ""),
            "pid": os.getpid(),
            "host": socket.gethostname(),
        }
        crawl_id = recorder.start(self.profile, f"govarchive/{__version__}", recorded)
        self.stats.set_value("govarchive/crawl_id", crawl_id)

    def _start_log(self, recorder: CrawlRecorder) -> None:
        """This crawl's log file: its own records, and those no spider claims."""
        path = recorder.paths.logs / f"{self.profile.id}-{recorder.crawl_id}.log"
        spider = self.crawler.spider
        handler = LogFile(path, encoding="utf-8")
        handler.setLevel(self.crawler.settings.get("LOG_LEVEL", "INFO"))
        handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
        handler.addFilter(lambda record: getattr(record, "spider", spider) is spider)
        logging.getLogger().addHandler(handler)
        self._log_handler = handler
        self.log_file = path
        self.stats.set_value("govarchive/log_file", str(path))
        recorder.set_log_file(path)

    def _plan_rechecks(self, recorder: CrawlRecorder) -> None:
        days = self.profile.recheck_days
        self.rechecks = recorder.rechecks(days, utcnow().replace(tzinfo=UTC))

    def _open_warc(self, recorder: CrawlRecorder) -> None:
        profile, settings = self.profile, self.crawler.settings
        operator = settings.get("GOVARCHIVE_OPERATOR", "")
        contact = settings.get("GOVARCHIVE_CONTACT", "")
        prefix = f"{profile.id}-{recorder.crawl_id:05d}-{utcnow():%Y%m%d%H%M%S}"
        recorder.open_warc(
            prefix,
            settings.getint("GOVARCHIVE_WARC_MAX_SIZE", 1_000_000_000),
            {
                "software": f"govarchive/{__version__} (Scrapy, warcio)",
                "format": "WARC File Format 1.1",
                "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
                "operator": f"{operator} <{contact}>".strip(),
                "robots": self.robots,
                "http-header-user-agent": settings.get("USER_AGENT", ""),
                "isPartOf": f"{profile.id}-crawl-{recorder.crawl_id}",
                "govarchive-site": profile.id,
                "govarchive-profile-hash": profile.profile_hash,
                "hostname": socket.gethostname(),
            },
        )

    # --- while crawling --------------------------------------------------------------------

    def then(self, future: Future[T], callback: Callable[[T], object]) -> None:
        """Call ``callback(result)`` on the reactor's thread once ``future`` (an archive
        thread's) is done; a failure is logged and counted."""

        def done(wrapped: Future[T]) -> None:
            exc = wrapped.exception()
            if exc is not None:
                self.stats.inc_value("govarchive/errors/archive_write")
                if isinstance(exc, WritesStopped):  # said once, by _stopped
                    logger.debug("Not archived: %s", exc)
                else:
                    logger.error("Archive write failed: %r", exc, exc_info=exc)
                return
            callback(wrapped.result())

        if self._calls is None:
            self._calls = LoopCalls(asyncio.get_running_loop())
        calls = self._calls
        future.add_done_callback(lambda finished: calls.call(done, finished))

    def failure(self, url: str, reason: str, detail: str) -> None:
        """Record a failed page (its stats are the caller's)."""
        if self.recorder is not None:
            self.then(self.recorder.add_failure(url, reason, detail[:500]), lambda _: None)

    def _stopped(self, error: WritesStopped) -> None:
        """The archive stopped taking the crawl's writes (its disk is full, or another
        process kept its write lock past the wait): say so once, and stop the crawl
        (``disk_full``, ``archive_locked``)."""
        if not self._say_stopped(error):
            return
        engine = self.crawler.engine
        if engine is not None:
            asyncio.ensure_future(engine.close_spider_async(reason=stop_reason(error)[0]))

    def _say_stopped(self, error: WritesStopped) -> bool:
        """Count and log what stopped the archive's writes, once; False when said already."""
        if self.stats.get_value("govarchive/fatal"):
            return False
        self.stats.set_value("govarchive/fatal", str(error))
        if stop_reason(error)[0] == "archive_locked":
            logger.error(
                "%s: the crawl stops. Every record it fetched is in its WARC (the rows it "
                "could not write are restored from there); the next crawl of %s resumes it",
                error, self.profile.id,
            )  # fmt: skip
            return True
        logger.error(
            "%s: the crawl stops. The archive keeps every whole record; after freeing space, "
            "`govarchive verify --repair` (or the next crawl of %s) restores the rest",
            error, self.profile.id,
        )  # fmt: skip
        return True

    # --- closing ---------------------------------------------------------------------------

    def close(self, reason: str) -> None:
        recorder = self.recorder
        if self._closed or recorder is None:
            return
        self._closed = True
        if recorder.lock_waits:  # waits for another process's write lock (archive.recorder)
            self.stats.set_value("govarchive/archive_lock_waits", recorder.lock_waits)
        stats = self.stats.get_stats()
        if stats.get("govarchive/fatal") and recorder.fatal is not None:
            reason = stop_reason(recorder.fatal)[0]  # it stopped while the spider was closing
        status = crawl_status(reason, stats)
        stats_json = json.loads(json.dumps(stats, default=str))
        stats_json["finish_reason"] = reason
        removed = int(stats.get("govarchive/articles/removed", 0))
        files: list[str] = []
        try:
            files = recorder.finish(status, stats_json, removed)
        except WritesStopped as exc:
            logger.error("Crawl %s could not record its end (%s): it stays marked running until "
                         "`govarchive verify --repair` or the next crawl of %s closes it",
                         recorder.crawl_id, exc, self.profile.id)  # fmt: skip
        finally:
            recorder.close()
        if recorder.fatal is not None and status not in ("failed", stop_reason(recorder.fatal)[1]):
            # the writes stopped in the crawl's last writes, after its status was chosen (the
            # loop's own call to say so would come after this summary)
            self._say_stopped(recorder.fatal)
            status = stop_reason(recorder.fatal)[1]
        self.stats.set_value("govarchive/status", status)
        logger.info("Crawl stats: %s", json.dumps(stats_json, ensure_ascii=False, sort_keys=True))
        logger.info("Crawl %s of %s %s (%s)", recorder.crawl_id, self.profile.id, status, reason)
        recorder.index_warcs(files)
        if self._log_handler is not None:
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()


def error_count(stats: dict[str, Any]) -> int:
    return sum(
        int(v) for k, v in stats.items() if k.startswith(ERROR_PREFIXES) and isinstance(v, int)
    )


def crawl_status(reason: str, stats: dict[str, Any]) -> str:
    """finished (clean), partial (errors or a limit hit), failed (nothing fetched, or the
    archive's disk full), interrupted."""
    fetched_ok = int(stats.get("govarchive/responses_ok", 0))
    if fetched_ok == 0 or reason == "disk_full":
        return "failed"
    if reason in ("shutdown", "cancelled", "archive_locked"):
        return "interrupted"
    if reason != "finished" or error_count(stats):
        return "partial"
    return "finished"


class ArchiveSessionExtension:
    """Opens the crawler's session when the spider opens and closes it at the very end."""

    def __init__(self, session: CrawlSession, crawler: Crawler):
        self.session = session
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchiveSessionExtension:
        return cls(CrawlSession.of(crawler), crawler)

    def spider_opened(self, spider: Any) -> None:
        self.session.open()

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.session.close(reason)
