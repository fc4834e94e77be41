"""Malformed markup the field's templates write (round 19b, navnest19): the article is read
whatever libxml2 makes of an element left open in the page's frame (tests/families/malformed.py,
the fresh-N families with one markup error on every page, truth unchanged)."""

from __future__ import annotations

import pytest

from benchmarks.extraction_quality import families, score_modes
from pipelines.dom import close_frames, parse
from tests.families.malformed import FAMILIES, VARIANTS, variant

_PROSE = "Huyện đã hoàn thành kế hoạch chuyển đổi số năm 2024 với nhiều kết quả nổi bật. " * 6
_MENU = '<ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>'


def _ancestors(tree, xpath: str) -> list[str]:  # type: ignore[no-untyped-def]
    el = tree.xpath(xpath)[0]
    return [up.tag for up in el.iterancestors()]


@pytest.mark.parametrize(
    ("nav", "kept"),
    [
        (f'<nav class="navbar"><div class="container">{_MENU}</nav>', True),  # a <div> left open: closed (close_frames)
        (f'<nav class="navbar">{_MENU}', False),  # the </nav> left out: the nav is read as a div
    ],
)
def test_a_nav_that_swallowed_the_page_does_not_hide_the_article(nav: str, kept: bool) -> None:
    tree = parse(f'<html><body>{nav}<div class="main"><h1>Tiêu đề bài viết</h1><p>{_PROSE}</p></div>'
                 "<footer>Bản quyền</footer></body></html>")  # fmt: skip
    assert "nav" not in _ancestors(tree, "//h1")
    assert bool(tree.xpath("//nav[@class='navbar']//ul")) is kept
    assert bool(tree.xpath('//div[@data-nav="page"][@class="navbar"]')) is not kept


def test_a_mega_menu_longer_than_the_article_stays_a_nav() -> None:
    # real portals' menus (every section, every sub-page) can hold most of a short page's
    # text: closed before the page's end, such a nav is a menu, not a page it swallowed
    menu = "".join(f'<li><a href="/muc-{i}">Chuyên mục số {i} của cổng thông tin điện tử</a>'
                   f"<span>Mô tả ngắn của chuyên mục số {i}</span></li>" for i in range(40))  # fmt: skip
    tree = parse(f'<html><body><header><nav class="mega"><ul>{menu}</ul></nav></header>'
                 f'<div class="main"><h1>Tiêu đề</h1><p>{_PROSE}</p></div><footer>Bản quyền</footer></body></html>')  # fmt: skip
    assert tree.xpath("//nav[@class='mega']") and not tree.xpath("//*[@data-nav]")


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


def test_close_frames_closes_what_a_frame_left_open_before_its_end_tag() -> None:
    page = '<div class="top"><nav><div class="menu-wrap"><a href="/">Trang chủ</a></nav></div><p>Bài</p>'
    assert close_frames(page) == ('<div class="top"><nav><div class="menu-wrap"><a href="/">Trang chủ</a>'
                                  "</div></nav></div><p>Bài</p>")  # fmt: skip
    # nested frames, a script's markup, void elements; a balanced page is left as it is
    page = '<header><div class="a"><nav><ul><li><a>x</a><img src="l.png"><br></nav><script>s="<div>"</script></header>'
    assert close_frames(page) == ('<header><div class="a"><nav><ul><li><a>x</a><img src="l.png"><br></li></ul></nav>'
                                  '<script>s="<div>"</script></div></header>')  # fmt: skip
    assert close_frames('<header><div class="a"><nav><ul><li>x</li></ul></nav></div></header><p>y</p>') is None
    assert close_frames("<nav><div>never closed") is None


def test_a_frame_in_a_header_block_that_swallowed_the_page_is_closed_like_a_browser_does() -> None:
    # libxml2 ignores the </nav>, the </div> closes the menu's div, and the article ends up
    # in the header block (its class says header: chrome); browsers close both at </nav>
    tree = parse(f'<html><body><div class="site-header"><nav><div class="menu-wrap">{_MENU}</nav></div>'
                 f'<div class="main"><h1>Tiêu đề</h1><p>{_PROSE}</p></div></body></html>')  # fmt: skip
    assert _ancestors(tree, "//h1") == ["div", "body", "html"]
    assert tree.xpath("//nav/div[@class='menu-wrap']/ul")


# the fresh families' templates that lost articles to a frame left open before close_frames
# (the frame inside a header block, an aside before the content column)
@pytest.mark.parametrize(
    ("site_id", "name"),
    [("fx-fi-xaweb", "nav_div"), ("fx-fi-xaweb", "aside_div"), ("fx-fm-tooltip", "aside_div"),
     ("fx-fh-hidden", "aside_div"), ("fx-fl-emag", "nav_div"), ("fx-fe-drupal", "nav_div")],
)  # fmt: skip
def test_frames_left_open_in_other_templates(site_id: str, name: str) -> None:
    family = families("fresh")[site_id]
    clean = score_modes(family, ["single"])["single"]
    got = score_modes(variant(family, name), ["single"])["single"]
    keys = ("coverage", "title", "date", "author", "non_articles", "chrome_leaks")
    assert [got[k] for k in keys] == [clean[k] for k in keys]
    assert got["body_f1"] >= clean["body_f1"] - 0.01
