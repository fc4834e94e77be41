"""After a crawl: the archive's Atom feeds brought up to date, its changes sent to whoever asked.

:class:`AfterCrawl` is a Scrapy extension (``EXTENSIONS`` in ``crawler/settings.py``). When
the crawler's engine has stopped (after the crawl session wrote the crawl's status and
stats, so nothing here can change them), it starts a thread of its own, with its own
connection to the archive, that

1. writes the feeds of the site and of the whole archive (``<archive>/feeds/<site>.atom``,
   ``all.atom``: :meth:`archive.Archive.write_feeds`; ``GOVARCHIVE_FEEDS``);
2. POSTs the crawl's changes to the profile's ``notify`` URLs and those of
   ``GOVARCHIVE_NOTIFY`` (:mod:`crawler.notify`: retries with backoff, a ``failures`` row
   and ``govarchive/notify/failed`` for a delivery that cannot be made).

The reactor never waits for it (other crawls of the process go on), and nothing it meets
fails the crawl. :func:`crawler.run.run_crawls` waits for these threads (:func:`wait_all`)
before it reads the summaries, so the summary shows the notifications; ``scrapy crawl`` and
Scrapyd processes wait for them as they exit (the threads are not daemons). What the thread
logs goes to the crawl's own log file too (a :class:`crawler.logfile.LogFile`: on a full
disk one line, said once for the file, never a traceback per record).

A crawl stopped by a full disk has said so, once (:mod:`crawler.session`); what the thread
then cannot write for the same reason (the feeds, the archive it opens) is a warning in the
log file and counted, not a second error line on the terminal.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import signals

from archive import Archive
from archive.recorder import stopped
from crawler.logfile import LogFile
from crawler.notify import NotifyConfigError, Policy, counts, notify_crawl, parse_targets

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)

_PENDING: list[threading.Thread] = []
_LOCK = threading.Lock()


class AfterCrawl:
    """See the module docstring; built by :meth:`from_crawler`."""

    def __init__(
        self,
        crawler: Crawler,
        archive_dir: Path,
        targets: list[str],
        policy: Policy,
        *,
        feeds: bool = True,
        base_url: str | None = None,
    ) -> None:
        self.crawler = crawler
        self.archive_dir = archive_dir
        self.targets = targets
        self.policy = policy
        self.feeds = feeds
        self.base_url = base_url
        crawler.signals.connect(self.engine_stopped, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> AfterCrawl:
        settings = crawler.settings
        try:
            targets = parse_targets(settings.get("GOVARCHIVE_NOTIFY"))
        except NotifyConfigError as exc:  # said once, counted; the profile's URLs still go
            logger.error("%s: no notification is sent to the setting's URLs", exc)
            assert crawler.stats is not None
            crawler.stats.inc_value("govarchive/notify/invalid_setting")
            targets = []
        policy = Policy(
            timeout=settings.getfloat("GOVARCHIVE_NOTIFY_TIMEOUT", 10.0),
            retries=settings.getint("GOVARCHIVE_NOTIFY_RETRIES", 3),
            backoff=settings.getfloat("GOVARCHIVE_NOTIFY_BACKOFF", 1.0),
        )
        archive_dir = Path(settings.get("GOVARCHIVE_ARCHIVE_DIR", "archive")).resolve()
        return cls(crawler, archive_dir, targets, policy,
                   feeds=settings.getbool("GOVARCHIVE_FEEDS", True),
                   base_url=settings.get("GOVARCHIVE_SERVE_URL") or None)  # fmt: skip

    def engine_stopped(self) -> None:
        stats = self.crawler.stats
        assert stats is not None
        crawl_id = stats.get_value("govarchive/crawl_id")
        profile = getattr(self.crawler.spider, "profile", None)
        if crawl_id is None or profile is None:  # the crawl never started (site busy, ...)
            return
        urls = list(dict.fromkeys([*profile.notify, *self.targets]))
        if not urls and not self.feeds:
            return
        log_file = stats.get_value("govarchive/log_file")
        thread = threading.Thread(
            target=self.run, args=(profile.id, int(crawl_id), urls, log_file),
            name=f"govarchive-after-crawl-{crawl_id}",
        )  # fmt: skip
        with _LOCK:
            _PENDING.append(thread)
        thread.start()

    def run(self, site_id: str, crawl_id: int, urls: list[str], log_file: str | None) -> None:
        """The thread: feeds, then notifications; logs and counts what fails."""
        stats = self.crawler.stats
        assert stats is not None
        handler = _thread_log(log_file)
        try:
            with Archive(self.archive_dir) as archive:
                if self.feeds:
                    try:
                        archive.write_feeds(sites=[site_id], base_url=self.base_url)
                    except (OSError, ValueError) as exc:
                        stats.inc_value("govarchive/feeds/failed")
                        logger.log(_level(stats, exc), "Feeds of %s not written: %r", site_id, exc)
                deliveries = notify_crawl(archive, crawl_id, urls, self.policy,
                                          user_agent=self.crawler.settings.get("USER_AGENT"))  # fmt: skip
            for key, value in counts(deliveries).items():
                stats.inc_value(key, value)
        except Exception as exc:  # noqa: BLE001 - after the crawl: logged, never raised
            stats.inc_value("govarchive/notify/not_sent")
            level = _level(stats, exc)
            logger.log(level, "After crawl %s of %s: %r", crawl_id, site_id, exc,
                       exc_info=exc if level == logging.ERROR else None)  # fmt: skip
        finally:
            if handler is not None:
                logging.getLogger().removeHandler(handler)
                handler.close()


def _level(stats: Any, exc: BaseException) -> int:
    """ERROR; WARNING for a full disk (or a write lock held past the wait) when the crawl
    has said so (once)."""
    if stats.get_value("govarchive/fatal") and stopped(exc, Path()) is not None:
        return logging.WARNING
    return logging.ERROR


def _thread_log(log_file: str | None) -> logging.Handler | None:
    """Log this thread's records to the crawl's own log file too."""
    if not log_file or not Path(log_file).parent.is_dir():
        return None
    ident = threading.get_ident()
    handler = LogFile(log_file, encoding="utf-8")
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s"))
    handler.addFilter(lambda record: record.thread == ident)
    logging.getLogger().addHandler(handler)
    return handler


def wait_all(timeout: float | None = None) -> list[Any]:
    """Wait for the after-crawl threads started so far; return those still running."""
    with _LOCK:
        pending, _PENDING[:] = list(_PENDING), []
    for thread in pending:
        thread.join(timeout)
    return [t for t in pending if t.is_alive()]
