"""Item pipeline: extract article candidates in a process pool, store them with one writer.

Learned chrome: every extraction reports its page's lines to a :class:`pipelines.chrome.Learner`
seeded with what the archive already holds for the site. Until the learner has seen enough
pages (``GOVARCHIVE_CHROME_WARMUP``, default 20) records are held, then re-extracted with what
was learned and stored; later pages are extracted with the current verdict (and once more when
their body holds a line learned meanwhile). At the end the learned lines go to the archive
(``site_chrome``) and the stats count ``govarchive/chrome_removed`` (lines removed from bodies)
and ``govarchive/chrome_learned``. Held records are lost on a crash; the next crawl fetches
them again (they are not in the archive). Parts of an article split over pages (``?page=2``)
are held until every part is in, then joined and stored once.

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
from pipelines.chrome import Learned, Learner
from pipelines.multipage import join
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.worker import extract_capture

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class ArticlePipeline:
    def __init__(self, crawler: Crawler, workers: int, warmup: int = 20):
        self.crawler = crawler
        self.stats = crawler.stats
        self.workers = workers
        self.warmup = warmup
        self.executor: ProcessPoolExecutor | None = None
        self.learner: Learner | None = None
        self.held: list[tuple[dict[str, Any], ArticleRecord]] = []
        self.parts: dict[str, list[tuple[dict[str, Any], ArticleRecord]]] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArticlePipeline:
        workers = crawler.settings.getint("GOVARCHIVE_EXTRACT_WORKERS") or os.cpu_count() or 1
        warmup = crawler.settings.getint("GOVARCHIVE_CHROME_WARMUP", 20)
        return cls(crawler, workers, warmup)

    def open_spider(self, spider: Any = None) -> None:
        # forkserver: workers never inherit the reactor's threads or open sockets.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["pipelines.worker"])
        self.executor = ProcessPoolExecutor(max_workers=self.workers, mp_context=context)

    def close_spider(self, spider: Any = None) -> None:
        if self.learner is not None:
            session = session_for(self.crawler)
            for item, record in self._release():
                self._save(item, self._reextract(item, record).result())
            for url in list(self.parts):
                self._save_parts(url)
            from archive.chrome import save_learned

            with session.writer.transaction():
                session.writer.db.execute(
                    "UPDATE attachments SET capture_id = (SELECT c.id FROM captures c WHERE "
                    "c.url = attachments.url AND c.status = 200 ORDER BY c.id DESC LIMIT 1) "
                    "WHERE capture_id IS NULL AND article_id IN "
                    "(SELECT id FROM articles WHERE site_id = ?)",
                    [session.profile.id],
                )
                added = save_learned(
                    session.writer.db, session.profile.id, self.learner.learned(), session.crawl_id
                )
            self.stats.set_value("govarchive/chrome_learned", added)
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=False)
            self.executor = None

    async def process_item(self, item: dict[str, Any], spider: Any = None) -> dict[str, Any]:
        session = session_for(self.crawler)
        if self.learner is None:
            from archive.chrome import load_learned

            self.learner = Learner(known=load_learned(session.writer.db, session.profile.id))
        url = item["url"]
        learned = self.learner.learned()
        try:
            result = await asyncio.wrap_future(self._submit(item, learned))
        except Exception as exc:  # a bug or a broken record: logged, counted, recorded
            self.stats.inc_value("govarchive/errors/extract_failed")
            logger.exception("Extraction of %s failed", url)
            session.writer.add_failure(
                session.crawl_id, session.profile.id, url, "extract_failed", repr(exc)[:500]
            )
            raise DropItem(f"extraction failed for {url}: {exc!r}", log_level="ERROR") from exc
        self.learner.add(result.page_lines, result.page_title)
        if not isinstance(result, ArticleRecord):
            self._not_article(item, result)
        if self.learner.pages < self.warmup:
            self.held.append((item, result))
            return {"url": result.url, "outcome": "held"}
        for held_item, held in self._release():
            self._save(held_item, await asyncio.wrap_future(self._reextract(held_item, held)))
        if self._has_new_chrome(result, learned):
            result = await asyncio.wrap_future(self._submit(item, self.learner.learned()))
        return self._save(item, result)

    # -- helpers ------------------------------------------------------------------------------
    def _submit(self, item: dict[str, Any], learned: Learned) -> Any:
        session = session_for(self.crawler)
        assert self.executor is not None
        return self.executor.submit(
            extract_capture, str(session.archive_dir), item["warc_file"], item["offset"],
            item["url"], session.profile, learned,
        )  # fmt: skip

    def _reextract(self, item: dict[str, Any], record: ArticleRecord) -> Any:
        return self._submit(item, self.learner.learned() if self.learner else Learned())

    def _release(self) -> list[tuple[dict[str, Any], ArticleRecord]]:
        held, self.held = self.held, []
        return held

    def _has_new_chrome(self, record: ArticleRecord, before: Learned) -> bool:
        now = self.learner.learned() if self.learner else before
        fresh = Learned(now.lines - before.lines)
        return any(fresh.is_chrome(p) for p in record.body)

    def _not_article(self, item: dict[str, Any], result: NotAnArticle) -> None:
        session = session_for(self.crawler)
        self.stats.inc_value(f"govarchive/not_article/{result.reason}")
        follow = getattr(self.crawler.spider, "follow_canonical", None)
        if result.reason == "duplicate_of_canonical" and follow is not None and result.detail:
            follow(item["url"], result.detail)  # requested unless archived or scheduled
        session.writer.add_failure(
            session.crawl_id, session.profile.id, item["url"],
            f"not_article:{result.reason}", result.detail[:500],
        )  # fmt: skip
        raise DropItem(f"not an article ({result.reason}): {item['url']}", log_level="DEBUG")

    def _save(self, item: dict[str, Any], result: Any) -> dict[str, Any]:
        if not isinstance(result, ArticleRecord):
            return {"url": item["url"], "outcome": "not_article"}
        if result.part > 1 or result.parts:
            self.parts.setdefault(result.url, []).append((item, result))
            have = self.parts[result.url]
            first = next((r for _, r in have if r.part == 1), None)
            if first is None or len(have) < len(first.parts) + 1:
                return {"url": result.url, "outcome": "part_held"}
            return self._save_parts(result.url)
        return self._store(item, result)

    def _save_parts(self, url: str) -> dict[str, Any]:
        have = self.parts.pop(url)
        first_item = next((i for i, r in have if r.part == 1), have[0][0])
        self.stats.inc_value("govarchive/articles/joined_parts", len(have))
        return self._store(first_item, join(r for _, r in have))

    def _store(self, item: dict[str, Any], result: ArticleRecord) -> dict[str, Any]:
        session = session_for(self.crawler)
        url = item["url"]
        with session.writer.transaction():
            article_id, outcome = session.writer.save_article(
                session.profile.id, result, item["capture_id"], session.crawl_id, item["fetched_at"]
            )
            self._link_attachments(article_id, result)
        self.stats.inc_value(f"govarchive/articles/{outcome}")
        if result.published_at is None:
            self.stats.inc_value("govarchive/date_unparsed")
            logger.info("No publication date found in %s", url)
        if result.chrome_removed:
            self.stats.inc_value("govarchive/chrome_removed", len(result.chrome_removed))
        return {"url": result.url, "article_id": article_id, "outcome": outcome}

    def _link_attachments(self, article_id: int, record: ArticleRecord) -> None:
        """Point attachment rows at the capture of the same URL, when it is archived."""
        db = session_for(self.crawler).writer.db
        for attachment in record.attachments:
            db.execute(
                "UPDATE attachments SET capture_id = (SELECT id FROM captures WHERE url = ? "
                "AND status = 200 ORDER BY id DESC LIMIT 1) WHERE article_id = ? AND url = ?",
                [attachment.url, article_id, attachment.url],
            )
