"""Links to URLs this crawl has requested already, left out before Scrapy schedules them.

A listing links the twenty pages the listing before it linked, every page the menus: on the
benchmark's generated portal 17 of a page's links are to URLs requested already. Scrapy would
take each through the rest of the spider middlewares, the engine, the ``request_scheduled``
signal, a request fingerprint and its duplicate filter, which drops it, then the
``request_dropped`` signal: most of the reactor's work per page (docs/architecture.md,
perf17). This middleware sits right after the trap guards (which still see every link, so
their counts do not change) and drops a request for a URL that reached the scheduler through
the duplicate filter before (``request_scheduled``, not ``dont_filter``), counted as
``govarchive/duplicate_links``. What is scheduled is unchanged: Scrapy's filter would have
dropped the same requests (``dupefilter/filtered`` now counts only the others).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from scrapy import Request, signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

STAT = "govarchive/duplicate_links"


class RequestedLinksMiddleware:
    """Spider middleware: drop a request whose URL this crawl scheduled already."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats
        self.requested: set[str] = set()
        crawler.signals.connect(self.request_scheduled, signal=signals.request_scheduled)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> RequestedLinksMiddleware:
        return cls(crawler)

    def request_scheduled(self, request: Request, spider: Any = None) -> None:
        """A request reaches the scheduler; through the duplicate filter (not
        ``dont_filter``), its URL is requested from now on (or refused again by the rule
        that refused it)."""
        if not request.dont_filter:
            self.requested.add(request.url)

    def _requested(self, output: Any) -> bool:
        return (
            isinstance(output, Request)
            and not output.dont_filter
            and output.url in self.requested
        )

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Any = None
    ) -> Iterator[Any]:
        dropped = 0
        for output in result:
            if self._requested(output):
                dropped += 1
            else:
                yield output
        if dropped:  # once a page, not once a link
            self.stats.inc_value(STAT, dropped)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        dropped = 0
        async for output in result:
            if self._requested(output):
                dropped += 1
            else:
                yield output
        if dropped:
            self.stats.inc_value(STAT, dropped)
