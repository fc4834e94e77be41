"""Item pipeline: extract article candidates in a process pool, store them with one writer.

Extraction is CPU-heavy (lxml, trafilatura, dateparser) and would stall Scrapy's reactor;
it runs in a ``ProcessPoolExecutor`` whose futures are awaited from the reactor's asyncio
loop, so the crawl keeps downloading while pages are parsed. All SQLite writes happen here,
in the reactor thread, through the crawl session's single connection.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from typing import TYPE_CHECKING, Any

from scrapy.exceptions import DropItem

from crawler.session import session_for
from pipelines.record import ArticleRecord
from pipelines.worker import extract_capture

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class ArticlePipeline:
    def __init__(self, crawler: Crawler, workers: int):
        self.crawler = crawler
        self.stats = crawler.stats
        self.workers = workers
        self.executor: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        workers = crawler.settings.getint("GOVARCHIVE_EXTRACT_WORKERS") or os.cpu_count() or 1
        return cls(crawler, workers)

    def open_spider(self, spider: Any = None) -> None:
        # forkserver: workers never inherit the reactor's threads or open sockets.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipelines.worker"])
        self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def close_spider(self, spider: Any = None) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=False)
            self.executor = None

    async def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        session = session_for(self.crawler)
        assert self.executor is not None
        url = item["url"]
        future = self.executor.submit(
            extract_capture,
            str(session.archive_dir),
            item["warc_file"],
            item["offset"],
            url,
            session.profile,
        )
        try:
            result = await asyncio.wrap_future(future)
        except Exception as exc:  # a bug or a broken record: logged, counted, recorded
            self.stats.inc_value("govarchive/errors/extract_failed")
            logger.exception("Extraction of %s failed", url)
            session.writer.add_failure(
                session.crawl_id, session.profile.id, url, "extract_failed", repr(exc)[:500]
            )
            raise DropItem(f"extraction failed for {url}: {exc!r}", log_level="ERROR") from exc
        if not isinstance(result, ArticleRecord):
            self.stats.inc_value(f"govarchive/not_article/{result.reason}")
            session.writer.add_failure(
                session.crawl_id, session.profile.id, url,
                f"not_article:{result.reason}", result.detail[:500],
            )  # fmt: skip
            raise DropItem(f"not an article ({result.reason}): {url}", log_level="DEBUG")
        with session.writer.transaction():
            article_id, outcome = session.writer.save_article(
                session.profile.id, result, item["capture_id"], session.crawl_id, item["fetched_at"]
            )
        self.stats.inc_value(f"govarchive/articles/{outcome}")
        if result.published_at is None:
            self.stats.inc_value("govarchive/date_unparsed")
            logger.info("No publication date found in %s", url)
        if result.chrome_removed:
            self.stats.inc_value("govarchive/chrome_removed", len(result.chrome_removed))
        return {"url": result.url, "article_id": article_id, "outcome": outcome}
