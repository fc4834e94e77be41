"""The crawl's item pipeline: a thin Scrapy adapter over the :class:`~pipelines.ingest.Ingestor`.

The spider yields small items, each naming an archived capture (its id and where its payload
is in the WARC); this pipeline hands them to the ingestor, which extracts, learns, joins,
stores and counts exactly as ``rebuild``, ``import-warc`` and ``reextract`` do. Results are
handled on the crawl recorder's archive thread (:class:`archive.recorder.CrawlRecorder`), so
extraction's bookkeeping and the SQLite writes stay off the reactor; its counts reach the
crawl's stats through the reactor's loop.

The recorder reaches the pipeline by the ``recorder_opened`` signal, which the crawl session
sends once the recorder is open (after the pipelines open, before the first item).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import os
import threading
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from scrapy.exceptions import DropItem

from archive.capture import CaptureRef
from archive.errors import WritesStopped
from pipelines.ingest import Ingestor
from pipelines.sitemodel import seeds

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

    from archive.recorder import CrawlRecorder
    from config.profile import SiteProfile

logger = logging.getLogger(__name__)
T = TypeVar("T")

FETCH_END_POLL = 0.25  # seconds between checks that the crawl's fetching has ended

#: Scrapy signal, sent with ``recorder`` (a CrawlRecorder) and ``profile`` (a SiteProfile)
recorder_opened = object()


class LoopCalls:
    """Calls into an asyncio loop from other threads, all that came meanwhile in one wake-up
    of the loop (``call_soon_threadsafe`` writes to the loop's self-pipe at every call: in a
    crawl, twice a page, for each record written and each page's outcome)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._lock = threading.Lock()
        self._calls: list[tuple[Callable[..., object], tuple[Any, ...]]] = []

    def call(self, fn: Callable[..., object], *args: Any) -> None:
        """``fn(*args)`` on the loop's thread, soon, after the calls made before it."""
        with self._lock:
            self._calls.append((fn, args))
            if len(self._calls) > 1:  # a wake-up is on its way
                return
        self.loop.call_soon_threadsafe(self._run)

    def wrap(self, future: Future[T]) -> asyncio.Future[T]:
        """``asyncio.wrap_future`` of ``future`` (a thread's), its outcome carried by
        :meth:`call`."""
        waiter: asyncio.Future[T] = self.loop.create_future()
        future.add_done_callback(lambda done: self.call(_copy_outcome, done, waiter))
        return waiter

    def _run(self) -> None:
        with self._lock:
            calls, self._calls = self._calls, []
        for fn, args in calls:
            try:
                fn(*args)
            except Exception:  # noqa: BLE001 (one failing callback must not lose the others)
                logger.exception("A callback from the archive thread failed")


def _copy_outcome(done: Future[T], waiter: asyncio.Future[T]) -> None:
    if waiter.cancelled():
        return
    if done.cancelled():
        waiter.cancel()
        return
    exc = done.exception()
    if exc is not None:
        waiter.set_exception(exc)
    else:
        waiter.set_result(done.result())


class LoopStats:
    """Scrapy's stats, updated from another thread: changes are gathered and applied on the
    loop's thread, all that came meanwhile in one call (one wake-up of the loop, not one a
    count)."""

    def __init__(self, stats: StatsCollector, loop: asyncio.AbstractEventLoop) -> None:
        self.stats = stats
        self.loop = loop
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()
        self._values: dict[str, Any] = {}
        self._scheduled = False

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        with self._lock:
            self._counts[key] += count
            self._schedule()

    def set_value(self, key: str, value: Any) -> None:
        with self._lock:
            self._values[key] = value
            self._schedule()

    def _schedule(self) -> None:
        if not self._scheduled:
            self._scheduled = True
            self.loop.call_soon_threadsafe(self._apply)

    def _apply(self) -> None:
        with self._lock:
            counts, self._counts = self._counts, Counter()
            values, self._values = self._values, {}
            self._scheduled = False
        for key, count in counts.items():
            self.stats.inc_value(key, count)
        for key, value in values.items():
            self.stats.set_value(key, value)


def capture_of(item: dict[str, Any], crawl_id: int | None) -> CaptureRef:
    """The capture an item names (the spider's ``{"url", "capture_id", ...}``)."""
    return CaptureRef(
        capture_id=item["capture_id"],
        url=item["url"],
        fetched_at=item["fetched_at"],
        crawl_id=item.get("crawl_id", crawl_id),
        warc_file=item["warc_file"],
        offset=item["offset"],
        revisit=bool(item.get("revisit")),
        document=bool(item.get("document")),
    )


class ArticlePipeline:
    def __init__(self, crawler: Crawler, stats: StatsCollector, workers: int, warmup: int = 20,
                 max_html: int | None = None):  # fmt: skip
        self.crawler = crawler
        self.stats = stats
        self.workers = workers
        self.warmup = warmup
        self.max_html = max_html
        self.ingestor: Ingestor | None = None
        self.calls: LoopCalls | None = None
        self.recorder: CrawlRecorder | None = None
        self._watch: asyncio.Task[None] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        assert crawler.stats is not None
        workers = crawler.settings.getint("GOVARCHIVE_EXTRACT_WORKERS") or os.cpu_count() or 1
        warmup = crawler.settings.getint("GOVARCHIVE_CHROME_WARMUP", 20)
        max_html = crawler.settings.getint("GOVARCHIVE_MAX_ARTICLE_HTML") or None
        pipeline = cls(crawler, crawler.stats, workers, warmup, max_html)
        crawler.signals.connect(pipeline.recorder_opened, signal=recorder_opened)
        return pipeline

    def recorder_opened(self, recorder: CrawlRecorder, profile: SiteProfile) -> None:
        """Build the crawl's ingestor: results handled on the recorder's archive thread."""
        known = recorder.run(lambda writer: seeds(writer, profile.id)).result()
        self.recorder = recorder
        self.calls = LoopCalls(asyncio.get_running_loop())
        self.ingestor = Ingestor(
            profile, recorder.archive_dir, recorder.writer,
            crawl_id=recorder.crawl_id, workers=self.workers, warmup=self.warmup,
            max_html=self.max_html, stats=LoopStats(self.stats, asyncio.get_running_loop()),
            dispatch=lambda handle: recorder.run(lambda _: handle()), soon=recorder.soon,
            **known.kwargs(),
        )  # fmt: skip
        self._watch = asyncio.get_running_loop().create_task(self._watch_fetching())

    async def _watch_fetching(self) -> None:
        """Tell the ingestor when fetching has ended (nothing scheduled, downloading or
        waiting for the spider: only items awaiting their extraction), twice in a row
        :data:`FETCH_END_POLL` apart: its final site-model run then overlaps the extraction
        of the pages still queued. Scrapy calls ``close_spider`` only once every item is
        done, i.e. after that extraction."""
        quiet = 0
        while quiet < 2:
            await asyncio.sleep(FETCH_END_POLL)
            quiet = quiet + 1 if self._fetching_ended() else 0
        if self.ingestor is not None:
            self.ingestor.input_ending()

    def _fetching_ended(self) -> bool:
        engine = self.crawler.engine
        scheduler = getattr(engine, "scheduler", None)
        scraper = getattr(getattr(engine, "scraper", None), "slot", None)
        if engine is None or scheduler is None or scraper is None:
            return False
        return (
            self.stats.get_value("downloader/response_count", 0) > 0
            and not engine.downloader.active
            and not scheduler.has_pending_requests()
            and not scraper.queue
        )

    async def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        if self.ingestor is None or self.calls is None:
            raise DropItem(f"the crawl's archive is not open: {item.get('url')}")
        url = item["url"]
        if "pending" in item:  # its record is being written: fed once it is, from there
            capture: Future[CaptureRef] = Future()
            document = bool(item.get("document"))
            item["pending"].add_done_callback(lambda done: _chain(done, capture, document))
            decided = self.ingestor.feed_when(capture)
        else:
            decided = self.ingestor.feed(capture_of(item, self.ingestor.crawl_id))
        try:
            outcome = await self.calls.wrap(decided)
        except WritesStopped as exc:  # the crawl stops; the session said why, once
            raise DropItem(f"not archived: {url}: {exc}", log_level="DEBUG") from exc
        except Exception as exc:  # logged, counted and recorded by the ingestor
            raise DropItem(f"extraction failed for {url}: {exc!r}", log_level="ERROR") from exc
        if outcome.kind.startswith("not_article:"):
            reason = outcome.kind.removeprefix("not_article:")
            follow = getattr(self.crawler.spider, "follow_canonical", None)
            if reason == "duplicate_of_canonical" and follow is not None and outcome.detail:
                follow(url, outcome.detail)  # requested unless archived or scheduled
            raise DropItem(f"not an article ({reason}): {url}", log_level="DEBUG")
        return {"url": url, "outcome": outcome.kind}

    async def close_spider(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
        if self.recorder is not None:  # the downloader is closed: no response comes any more
            try:
                await asyncio.to_thread(self.recorder.index_soon)
            except Exception as exc:  # noqa: BLE001 (the session closes it, and says why)
                logger.debug("WARC not closed before the ingest's end: %r", exc)
        if self.ingestor is not None:
            try:
                await asyncio.to_thread(self.ingestor.close)
            except WritesStopped as exc:  # what it holds is in the WARC: the next crawl extracts it
                logger.debug("The ingestor could not store what it held: %s", exc)


def _chain(recorded: Future[Any], capture: Future[CaptureRef], document: bool = False) -> None:
    """``capture`` gets the capture of a written record (or the error that stopped it);
    ``document``: the item names an attached document."""
    exc = recorded.exception()
    if exc is not None:
        capture.set_exception(exc)
    elif document:
        capture.set_result(dataclasses.replace(recorded.result().capture, document=True))
    else:
        capture.set_result(recorded.result().capture)
