"""Trap guards: pure rules, no crawler."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from scrapy import Request

from crawler.traps import BARREN_META, TrapGuard, calendar_year, repeated_segments


@pytest.mark.parametrize(
    ("path", "trap"),
    [
        ("/tin-tuc/tin-hoat-dong/bai-viet.html", False),
        ("/2023/05/05/bai-viet.html", False),
        ("/a/b/a/b/", True),
        ("/chuyen-muc/chuyen-muc/chuyen-muc/", True),
        ("/x/y/z/x/y/z/index.html", True),
        ("/tin/tin-tuc/tin/", False),
    ],
)
def test_repeated_segments(path: str, trap: bool) -> None:
    assert repeated_segments(path) is trap


@pytest.mark.parametrize(
    ("url", "year"),
    [
        ("https://x.gov.vn/lich?thang=5&nam=2023", 2023),
        ("https://x.gov.vn/su-kien?date=2023-05-01", 2023),
        ("https://x.gov.vn/archive/2019/07/", 2019),
        ("https://x.gov.vn/lich-su-kien/?month=3", 0),
        ("https://x.gov.vn/tin-tuc.html?page=3", None),
        ("https://x.gov.vn/tin-tuc/2023/05/12/hoi-nghi.html", None),
    ],
)
def test_calendar_year(url: str, year: int | None) -> None:
    assert calendar_year(url) == year


def test_check_query_explosion_and_calendar_range() -> None:
    guard = TrapGuard(max_query_params=3, max_query_combinations=2, now=datetime(2024, 6, 1, tzinfo=UTC))
    assert guard.check("https://x/list?a=1&b=2&c=3&d=4") == "query_explosion"
    assert guard.check("https://x/list?page=2") is None
    assert guard.check("https://x/list?page=3") is None  # same parameter names: pagination
    assert guard.check("https://x/list?sort=1") is None
    assert guard.check("https://x/list?sort=1&view=2") == "query_explosion"  # a third name set
    assert guard.check("https://x/lich?thang=1&nam=1850") == "calendar_range"
    assert guard.check("https://x/lich?thang=1&nam=2031") == "calendar_range"
    assert guard.check("https://x/lich?thang=1&nam=2025") is None
    assert guard.check("https://x/lich?thang=1&nam=1850", is_article=True) is None


def month(m: int, y: int = 2024) -> Request:
    return Request(f"https://x/lich?thang={m}&nam={y}")


def never_article(url: str) -> bool:
    return False


def test_barren_calendar_chains_stop_productive_ones_go_on() -> None:
    guard = TrapGuard(max_barren_calendar=2)
    # a calendar page listing a new article: its neighbours start a fresh count
    kept = list(guard.filter("https://x/lich?thang=5&nam=2024", 2,
                             [month(4), month(6), Request("https://x/bai-1.html")], never_article))
    assert [reason for _, reason in kept] == [None, None, None]
    assert kept[0][0].meta[BARREN_META] == 0
    # pages with nothing new: 1, 2, then the chain is cut
    barren = 0
    reasons = []
    for m in (3, 2, 1):
        out = list(guard.filter(f"https://x/lich?thang={m + 1}&nam=2024", barren, [month(m)], never_article))
        (request, reason), = out
        reasons.append(reason)
        barren = request.meta.get(BARREN_META, 0)
    assert reasons == [None, None, "calendar_barren"]
    # items (articles) are never touched
    item = {"url": "https://x/bai-2.html"}
    assert list(guard.filter("https://x/lich?thang=1&nam=2020", 99, [item], never_article)) == [(item, None)]


PORTLET = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk2p"
LIFERAY_PAGE_2 = (
    f"https://x/web/so/tin-tuc?p_p_id={PORTLET}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
    f"&_{PORTLET}_cur=2&_{PORTLET}_delta=20&p_r_p_resetCur=false"
)


@pytest.mark.parametrize(
    "url",
    [
        LIFERAY_PAGE_2,
        "https://x/list?cat=1&type=2&year=3&org=4&kind=5&lang=6&page=2",
        "https://x/list?cat=1&type=2&year=3&org=4&kind=5&lang=6&pageIndex=2&pageSize=20",
        "https://x/list?cat=1&type=2&year=3&org=4&kind=5&lang=6&trang=2&cur=2&p=3",
    ],
)
def test_pagination_keys_are_not_traps(url: str) -> None:
    assert TrapGuard(max_query_params=6).check(url) is None


def test_a_follow_rule_naming_the_query_vouches_for_it() -> None:
    guard = TrapGuard(max_query_params=2, max_query_combinations=1)
    many = "https://x/list?a=1&b=2&c=3&d=4"
    assert guard.check(many) == "query_explosion"
    assert guard.check(many, vouched=True) is None
    assert guard.check("https://x/list?sort=1", vouched=True) is None  # past the combinations
    assert guard.check("https://x/a/b/a/b/?a=1", vouched=True) == "repeated_segment"  # only the query


def test_the_middleware_vouches_only_for_rules_that_match_inside_the_query() -> None:
    import re
    from types import SimpleNamespace

    from crawler.traps import TrapGuardMiddleware

    spider = SimpleNamespace(follow_rules=[re.compile(r"/tin-tuc\.html"), re.compile(r"_cur=\d+"),
                                           re.compile(r"/lich\?")])  # fmt: skip
    crawler = SimpleNamespace(spider=spider, stats=None)
    middleware = TrapGuardMiddleware(crawler, TrapGuard())  # type: ignore[arg-type]
    assert middleware._vouched(LIFERAY_PAGE_2)
    assert not middleware._vouched("https://x/tin-tuc.html?sort=1&order=2")  # path only
    assert not middleware._vouched("https://x/lich?thang=1")  # up to the "?" only
    assert not middleware._vouched("https://x/tin-tuc.html")


def test_adhoc_calendar_pages_are_barren_though_each_is_an_item() -> None:
    # ad hoc (no links.article): every page is an item, the calendar page itself included
    guard = TrapGuard(max_barren_calendar=2)
    barren, reasons = 0, []
    for day in (5, 4, 3):
        parent = f"https://x/lich?date=2024-05-{day:02d}"
        outputs = [{"url": parent}, Request(f"https://x/lich?date=2024-05-{day - 1:02d}")]
        out = list(guard.filter(parent, barren, outputs, never_article))
        (request, reason) = out[1]
        reasons.append(reason)
        barren = request.meta.get(BARREN_META, 0)
    assert reasons == [None, None, "calendar_barren"]


def test_links_to_urls_scheduled_already_are_dropped_after_the_guards_and_counted() -> None:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from crawler.middlewares.requested import RequestedLinksMiddleware

    crawler: Crawler = get_crawler()
    crawler.stats = MemoryStatsCollector(crawler)
    middleware = RequestedLinksMiddleware(crawler)
    middleware.request_scheduled(Request("https://x/a"))  # through the duplicate filter
    middleware.request_scheduled(Request("https://x/b", dont_filter=True))  # past it: not known
    page = [Request("https://x/a"), Request("https://x/a", dont_filter=True), Request("https://x/b"),
            Request("https://x/c"), {"url": "https://x/a"}]  # fmt: skip
    kept = list(middleware.process_spider_output(None, page))  # type: ignore[arg-type]
    assert kept == page[1:]  # only the first: a dont_filter request and an item stay
    assert crawler.stats.get_value("govarchive/duplicate_links") == 1
