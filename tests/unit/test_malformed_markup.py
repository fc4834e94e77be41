"""Malformed markup the field's templates write (round 19b, navnest19): the article is read
whatever libxml2 makes of an element left open in the page's frame (tests/families/malformed.py,
the fresh-N families with one markup error on every page, truth unchanged)."""

from __future__ import annotations

import pytest

from benchmarks.extraction_quality import score_modes
from pipelines.dom import parse
from tests.families.malformed import FAMILIES, VARIANTS, variant

_PROSE = "Huyện đã hoàn thành kế hoạch chuyển đổi số năm 2024 với nhiều kết quả nổi bật. " * 6
_MENU = '<ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>'


def _ancestors(tree, xpath: str) -> list[str]:  # type: ignore[no-untyped-def]
    el = tree.xpath(xpath)[0]
    return [up.tag for up in el.iterancestors()]


@pytest.mark.parametrize(
    "nav",
    [
        f'<nav class="navbar"><div class="container">{_MENU}</nav>',  # a <div> left open in the nav
        f'<nav class="navbar">{_MENU}',  # the </nav> left out
    ],
)
def test_a_nav_that_swallowed_the_page_is_read_as_a_div(nav: str) -> None:
    tree = parse(f'<html><body>{nav}<div class="main"><h1>Tiêu đề bài viết</h1><p>{_PROSE}</p></div>'
                 "<footer>Bản quyền</footer></body></html>")  # fmt: skip
    assert "nav" not in _ancestors(tree, "//h1")
    assert tree.xpath('//div[@data-nav="page"][@class="navbar"]')


def test_a_menu_nav_stays_a_nav() -> None:
    tree = parse(f'<html><body><nav class="navbar">{_MENU}</nav><div class="main"><h1>Tiêu đề</h1>'
                 f"<p>{_PROSE}</p></div></body></html>")  # fmt: skip
    assert tree.xpath("//nav") and not tree.xpath("//*[@data-nav]")


@pytest.mark.parametrize("family", FAMILIES, ids=[f.SITE_ID for f in FAMILIES])
@pytest.mark.parametrize("name", list(VARIANTS))
def test_each_malformation_extracts_like_the_clean_site(family, name: str) -> None:  # type: ignore[no-untyped-def]
    got = score_modes(variant(family, name), ["single"])["single"]
    assert (got["coverage"], got["title"], got["date"], got["author"]) == (1.0, 1.0, 1.0, 1.0)
    assert got["body_f1"] >= 0.99
    assert (got["non_articles"], got["chrome_leaks"]) == (0, 0)
