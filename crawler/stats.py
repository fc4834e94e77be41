"""The crawl's stats collector: Scrapy's in-memory one, without Scrapy's wrapper around every
attribute access.

Since Scrapy 2.13, ``StatsCollector.__getattribute__`` looks for a ``_cached_<name>`` attribute
on *every* attribute access (so also for ``self._stats`` inside each call), raising and
catching an ``AttributeError`` when there is none, and calls the ten public methods through
a wrapper that warns about a ``spider`` argument. A crawl counts several times a request and
a response (the downloader's stats, the depth middleware's maximum per yielded request, the
trap guards, the capture middleware), so this took about 4 % of the reactor thread's CPU
(``benchmarks/crawl_profile.py``, perf17a in docs/architecture.md). The values kept, and every
method and its signature, are :class:`scrapy.statscollectors.MemoryStatsCollector`'s; only
the deprecation warning for a ``spider`` argument is not given (no caller here passes one).
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class CrawlStatsCollector(MemoryStatsCollector):
    """:class:`MemoryStatsCollector` with plain attribute access (``STATS_CLASS``)."""

    __getattribute__ = object.__getattribute__
