"""The reactor's per-request overhead (perf17a): the crawl's stats collector
(crawler/stats.py: Scrapy's in-memory collector's values, without Scrapy's wrapper around
every attribute access) and Scrapy's per-response DEBUG records below the crawl's LOG_LEVEL
(crawler/run.py)."""

from __future__ import annotations

import logging

import pytest
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.run import PER_RESPONSE_LOGGERS, project_settings, quiet_per_response_debug
from crawler.stats import CrawlStatsCollector


def _exercise(stats: MemoryStatsCollector) -> dict:
    stats.open_spider()
    stats.inc_value("n")
    stats.inc_value("n", 2)
    stats.inc_value("started", start=10)
    stats.max_value("depth", 3)
    stats.max_value("depth", 1)
    stats.min_value("low", 5)
    stats.min_value("low", 2)
    stats.set_value("crawl_id", 7)
    stats.set_value("gone", 1)
    stats.get_stats().pop("gone")
    return {
        "stats": dict(stats.get_stats()),
        "missing": stats.get_value("missing", "default"),
        "n": stats.get_value("n"),
    }


def test_same_values_as_scrapys_memory_collector():
    ours = _exercise(CrawlStatsCollector(get_crawler()))
    theirs = _exercise(MemoryStatsCollector(get_crawler()))
    assert ours == theirs
    assert ours["stats"] == {"n": 3, "started": 11, "depth": 3, "low": 2, "crawl_id": 7}


def test_attribute_access_is_plain():
    stats = CrawlStatsCollector(get_crawler())
    assert type(stats).__getattribute__ is object.__getattribute__
    stats.inc_value("n")
    # Scrapy's wrapper caches a "_cached_<name>" attribute per method on first use
    assert not [name for name in vars(stats) if name.startswith("_cached_")]
    # a caller still passing the deprecated spider argument is still served
    stats.inc_value("n", spider=None)
    assert stats.get_value("n") == 2


def test_the_project_uses_it(tmp_path):
    assert project_settings(tmp_path).get("STATS_CLASS") == "crawler.stats.CrawlStatsCollector"
    crawler = get_crawler(settings_dict={"STATS_CLASS": "crawler.stats.CrawlStatsCollector"})
    assert isinstance(crawler.stats, CrawlStatsCollector)


@pytest.fixture
def per_response_loggers():
    loggers = [logging.getLogger(name) for name in PER_RESPONSE_LOGGERS]
    levels = [log.level for log in loggers]
    for log in loggers:
        log.setLevel(logging.NOTSET)
    yield loggers
    for log, level in zip(loggers, levels, strict=True):
        log.setLevel(level)


def test_per_response_debug_records_not_built_at_info(tmp_path, per_response_loggers):
    quiet_per_response_debug(project_settings(tmp_path))  # LOG_LEVEL = "INFO"
    for log in per_response_loggers:
        assert not log.isEnabledFor(logging.DEBUG)
        assert log.isEnabledFor(logging.INFO)


def test_per_response_debug_kept_at_debug(tmp_path, per_response_loggers):
    quiet_per_response_debug(project_settings(tmp_path, {"LOG_LEVEL": "DEBUG"}))
    assert all(log.level == logging.NOTSET for log in per_response_loggers)


def test_a_level_set_elsewhere_is_left_alone(tmp_path, per_response_loggers):
    per_response_loggers[0].setLevel(logging.DEBUG)
    quiet_per_response_debug(project_settings(tmp_path, {"LOG_LEVEL": "WARNING"}))
    assert per_response_loggers[0].level == logging.DEBUG
    assert per_response_loggers[1].level == logging.WARNING


def _listing_spider_and_response():
    from scrapy.http import HtmlResponse, Request

    from config.profile import load_profile
    from crawler.spiders.portal import PortalSpider

    crawler = get_crawler(
        PortalSpider, settings_dict={"STATS_CLASS": "crawler.stats.CrawlStatsCollector"}
    )
    spider = PortalSpider.from_crawler(crawler, profile=load_profile("laocai-tinhuy"))
    base = "https://tinhuy.laocai.gov.vn/"
    links = "".join(f'<a href="/tin-tuc/tin-hoat-dong.html?page={i}">{i}</a>' for i in range(2, 12))
    url = base + "tin-tuc/tin-hoat-dong.html"
    body = f"<html><body><p>Tin</p>{links}</body></html>".encode()
    return spider, HtmlResponse(url, body=body, request=Request(url))


@pytest.fixture
def no_cyclic_gc():
    import gc

    gc.collect()
    gc.disable()
    yield
    gc.enable()


def test_a_page_read_is_freed_without_the_cyclic_collector(no_cyclic_gc):
    """The response and its parsed tree go as soon as the page's output is read: Scrapy's
    response and its Selector refer to each other, which kept every page until a collection."""
    import weakref

    spider, response = _listing_spider_and_response()
    assert response.selector is not None  # the cycle Scrapy makes
    requests = list(spider.parse_page(response))
    assert [r.url for r in requests] == [
        f"https://tinhuy.laocai.gov.vn/tin-tuc/tin-hoat-dong.html?page={i}" for i in range(2, 12)
    ]
    assert response.selector.root is not None  # read again if asked: parsed again
    list(spider.parse_page(response))
    gone = weakref.ref(response)
    del response
    assert gone() is None


def test_a_page_whose_output_is_dropped_early_is_freed_too(no_cyclic_gc):
    import weakref

    spider, response = _listing_spider_and_response()
    output = spider.parse_page(response)
    next(output)
    output.close()  # Scrapy closes a callback's output it stops reading (an error downstream)
    gone = weakref.ref(response)
    del response
    assert gone() is None
