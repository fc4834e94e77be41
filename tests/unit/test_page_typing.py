"""Single-page typing: pages that show themselves as something other than an article."""

from __future__ import annotations

import pytest

from config.profile import adhoc_profile
from pipelines.extract import extract
from pipelines.record import ArticleRecord, NotAnArticle

HTML_TYPE = {"content-type": "text/html; charset=utf-8"}

TEXT = "<p>" + "This is a sentence of ordinary text that goes on for a while. " * 12 + "</p>"


def _page(head: str = "", body: str = TEXT, h1: str = "A page") -> bytes:
    return f"<html><head><title>{h1}</title>{head}</head><body><h1>{h1}</h1>{body}</body></html>".encode()


def _verdict(page: bytes, url: str) -> str | None:
    result = extract(page, url, {"content-type": "text/html"}, adhoc_profile(url))
    return None if isinstance(result, ArticleRecord) else result.reason


PRODUCT = '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>'
ARTICLE = '<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "A page"}</script>'
DATED = '<meta property="article:published_time" content="2024-03-05T08:00:00+07:00">'
POSTS = "".join(f'<div class="message">{TEXT}</div>' for _ in range(3))
CODE = "<pre><code>pip install x</code></pre>"
OG_ARTICLE = '<meta property="og:type" content="article">'


@pytest.mark.parametrize(
    ("page", "url", "reason"),
    [
        (_page(PRODUCT), "https://shop.example/p/kettle", "other_type"),
        (_page('<meta property="og:type" content="product">'), "https://shop.example/k", "other_type"),
        (_page(body=POSTS), "https://forum.example/threads/help-with-x.123/", "forum"),
        (_page(body=TEXT + CODE), "https://docs.example.org/guide/install", "documentation"),
        (_page(body=TEXT + CODE), "https://example.org/docs/install", "documentation"),
        (_page(), "https://example.org/", "site_root"),
        # a forum thread or docs page that calls itself an article (its CMS's default og:type)
        (_page(OG_ARTICLE, body=POSTS), "https://forum.example/threads/help-with-x.123/", "forum"),
        (_page(OG_ARTICLE, body=TEXT + CODE), "https://example.org/docs/install", "documentation"),
    ],
)
def test_pages_that_are_something_else(page: bytes, url: str, reason: str) -> None:
    assert _verdict(page, url) == reason


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (_page(PRODUCT + ARTICLE), "https://news.example/p/kettle-review"),  # declared article
        (_page(body=POSTS), "https://news.example/2024/03/story"),  # comments under a story
        (_page(DATED, body=TEXT + CODE), "https://example.org/docs/install"),  # a dated post
        (_page(DATED), "https://example.org/"),  # a one-page site's dated article
        (_page(body=TEXT + CODE * 30), "https://blog.example/how-to-x"),  # code alone: an article
    ],
)
def test_articles_that_look_a_bit_like_them(page: bytes, url: str) -> None:
    assert _verdict(page, url) is None


def test_the_detail_says_why() -> None:
    result = extract(_page(body=POSTS), "https://f.example/threads/x.1/", {}, adhoc_profile("https://f.example/"))
    assert isinstance(result, NotAnArticle) and result.detail == "3 post blocks at a forum URL"


# --- a listing's share of its content column, not of the whole page (issue 10) -------------

SAPO = "Sáng nay các đơn vị trên địa bàn huyện đã tổ chức hội nghị triển khai nhiệm vụ năm mới với nhiều nội dung."
TITLES = ("Hội nghị triển khai nhiệm vụ chuyển đổi số", "Khởi công xây dựng cầu treo dân sinh",
          "Tuổi trẻ huyện biên giới ra quân", "Kế hoạch tuyển sinh vào lớp mười")  # fmt: skip
# a portal's widgets: a counter, a "Tin mới" list, a schedule, a contact box (about 150 words)
WIDGETS = (
    "<div class='box'><div class='box-head'>Thống kê truy cập</div><p>Đang online: 37</p>"
    "<p>Hôm nay: 1.024</p><p>Tổng lượt truy cập: 1.234.567</p></div>"
    "<div class='box'><div class='box-head'>Tin mới</div><ul>"
    + "".join(f"<li><a href='/tin-moi/{i}.html'>Tin mới số {i} về hoạt động của các xã trong huyện</a> (1{i}/01/2023)</li>" for i in range(5))
    + "</ul></div><div class='box'><div class='box-head'>Lịch công tác</div><p>Thứ Hai, 30/11/2026</p>"
    "<p>08:00 Giao ban Thường trực Huyện ủy và Ủy ban nhân dân huyện</p><p>14:00 Tiếp công dân định kỳ tại trụ sở</p></div>"
    "<div class='box'><div class='box-head'>Liên hệ</div><p>Trưởng ban biên tập: Nguyễn Văn Hùng</p>"
    "<p>Điện thoại: 0214 3821 456</p><p>Địa chỉ: Số 2 đường Hoàng Liên, thị trấn, huyện Bát Xát, tỉnh Lào Cai</p>"
    "<p>© Bản quyền thuộc Ủy ban nhân dân huyện Bát Xát. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p>"
    "<p>Giấy phép số 215/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lào Cai cấp ngày 12 tháng 5 năm 2021 cho "
    "Cổng thông tin điện tử huyện Bát Xát, chịu trách nhiệm chính: Chánh Văn phòng Ủy ban nhân dân huyện.</p></div>"
)


def _portal_page(main: str, title: str) -> bytes:
    """A portal's page: its site header and menu, the page's own column, a sidebar of widgets."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<div class='header'><a href='/'>Cổng thông tin điện tử huyện Bát Xát</a>"
        "<ul><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc.html'>Tin tức</a></li></ul></div>"
        f"<div class='row'><div class='col-main'>{main}</div><div class='col-side'>{WIDGETS}</div></div>"
        "</body></html>"
    ).encode()


CATEGORY = "<h2>Tin tức</h2>" + "".join(
    f"<div class='item'><a href='/tin-tuc/{i}.html'>{t}</a><p>{SAPO}</p></div>" for i, t in enumerate(TITLES)
)


def test_a_listing_beside_a_portals_widgets_is_a_listing() -> None:
    """Four linked teasers hold most of the page's column but under 40% of the whole page
    once a sidebar of widgets sits beside it (127/345 words): the share is measured in the column the run
    and the page's heading share."""
    result = extract(_portal_page(CATEGORY, "Tin tức"), "https://batxat.gov.vn/tin-tuc.html", HTML_TYPE, adhoc_profile("https://batxat.gov.vn/"))
    assert isinstance(result, NotAnArticle) and result.reason == "listing", result
    assert "content column" in result.detail


def test_an_article_with_short_paragraphs_and_teasers_beside_it_stays_an_article() -> None:
    """The run is measured against the page when it sits beside the column of text the
    heading heads (a sidebar's list), and against the article's column when under it (a
    "Tin liên quan" list after the text): neither makes a short article a listing."""
    text = "".join(f"<p>{SAPO} {SAPO}</p>" for _ in range(3))  # three paragraphs under 60 words
    related = "<ul>" + "".join(f"<li><a href='/tin-tuc/{i}.html'>{t}</a></li>" for i, t in enumerate(TITLES)) + "</ul>"
    side = "<div class='list'>" + "".join(
        f"<div class='item'><a href='/tin-tuc/{i}.html'>{t}</a><p>{SAPO}</p></div>" for i, t in enumerate(TITLES)
    ) + "</div>"
    url = "https://batxat.gov.vn/tin-tuc/bai-viet.html"
    for main in (f"<h1>Ra quân tổng vệ sinh môi trường</h1><p>05/03/2024 08:00</p>{text}<p>Tin liên quan</p>{related}",
                 f"<div><h1>Ra quân tổng vệ sinh môi trường</h1><p>05/03/2024 08:00</p>{text}</div>{side}"):  # fmt: skip
        result = extract(_portal_page(main, "Ra quân"), url, HTML_TYPE, adhoc_profile("https://batxat.gov.vn/"))
        assert isinstance(result, ArticleRecord), result


def test_with_no_heading_the_column_is_the_block_holding_most_of_the_page() -> None:
    """No title element to anchor the column: the smallest block holding the run and half
    of the page's words is the page's own (its header, menu and footer with the run), the
    widgets' column beside it is not."""
    from lxml import html

    from pipelines import signals

    menu = "".join(f"<a href='/m/{i}'>Chuyên mục số {i} của cổng</a> " for i in range(6))
    footer = "<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Bát Xát, tỉnh Lào Cai. Địa chỉ: Số 2 đường Hoàng Liên.</p>" * 3
    items = "".join(f"<div class='item'><a href='/tin-tuc/{i}.html'>{t}</a><p>{SAPO}</p></div>" for i, t in enumerate(TITLES))
    page = f"<html><body><div><div>{menu}</div><div>{items}</div><div>{footer}</div></div><div>{WIDGETS}</div></body></html>"
    tree = html.fromstring(page)
    detail = signals.listing(tree, min_items=3)
    assert detail is not None and "content column" in detail, detail
    whole = signals._words(tree.find("body"))
    assert 127 < signals.LISTING_SHARE * whole  # (under 40% of the whole page)
