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
