"""The spider middleware that calls a site module's crawl hooks (``start_urls``, ``discover``).

Enabled in crawler/settings.py (``SPIDER_MIDDLEWARES``); a profile without ``module`` is
untouched (the middleware leaves the chain: ``NotConfigured``). URLs a hook returns go through the spider's own link rules (``_page_request``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from typing import Any

from scrapy import Request
from scrapy.exceptions import NotConfigured

from config.profile import site_module


def _module(spider: Any) -> Any:
    profile = getattr(spider, "profile", None)
    return site_module(profile) if getattr(profile, "module", None) else None


class SiteModuleMiddleware:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SiteModuleMiddleware:
        spider = getattr(crawler, "spider", None)
        if spider is not None and _module(spider) is None:
            # left out of the chain: every request a page yields would otherwise pass
            # through one more async generator (2.7 % of the reactor's CPU in a crawl)
            raise NotConfigured("the site has no site module")
        return cls(crawler)

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        spider = self.crawler.spider
        module = _module(spider)
        if module is not None and hasattr(module, "start_urls"):
            for url in module.start_urls(spider.profile):
                spider.crawler.stats.inc_value("govarchive/site_module/start_urls")
                yield Request(url, callback=self._discover_only, errback=spider.on_error,
                              priority=5, cb_kwargs={})  # fmt: skip
        async for item in start:
            yield item

    @staticmethod
    def _discover_only(response: Any) -> Iterable[Any]:
        return []  # process_spider_output adds what the site module finds

    def process_spider_output(
        self, response: Any, result: Iterable[Any], spider: Any = None
    ) -> Iterable[Any]:
        yield from result
        yield from self._discovered(response, self.crawler.spider)

    async def process_spider_output_async(
        self, response: Any, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        async for item in result:
            yield item
        for request in self._discovered(response, self.crawler.spider):
            yield request

    @staticmethod
    def _discovered(response: Any, spider: Any) -> Iterable[Request]:
        module = _module(spider)
        if module is None or not hasattr(module, "discover"):
            return
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        for url in module.discover(response.url, response.body, ctype, spider.profile):
            request = spider._page_request(url, source="module")
            if request is not None:
                spider.crawler.stats.inc_value("govarchive/site_module/discovered")
                yield request
