"""Causes found on round 18's fresh-I families (``tests.families.FRESH_I``, part "fresh" of
benchmarks/extraction_quality.py: title and date conventions), each on a page of its own (no
family read).

- an og:title that only names the site (a theme's default: ``og:title`` = ``og:site_name``)
  was taken for the headline on the single-page path;
- a ``<title>`` naming the page's section, one of the menu's links ("Tin tức - Sự kiện | UBND xã
  ..."), with the section's banner ``<h1>`` saying the same, was taken for the headline;
- a ``<title>`` that is the detail template's label ("Chi tiết tin | Cổng TTĐT ..."), shown as
  the box's ``<h1>`` too, was the title on a page read alone (no learned affixes);
- a day with no time by the title ("Thứ Ba, 05/03/2024 (25/01 Âm lịch)") was stored at 00:00
  although the article's foot gives that day's time ("Đăng lúc: 08:40 - 05/03/2024");
- on a page read alone, that foot line was never reached when the text's element was the page's
  layout table (headline, text, "Các tin khác" and the footer's row in it).
"""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page

BASE = "https://baothachlam.example.vn/"
SITE = "Báo Thạch Lâm điện tử"
TITLE = "Giá lúa tăng cao, nông dân phấn khởi thu hoạch vụ đông xuân"
LEAD = ("Những ngày này, nông dân các xã ven sông đang tất bật thu hoạch lúa đông xuân; giá lúa tươi tại ruộng "
        "tăng hơn năm trăm đồng mỗi ki-lô-gam so với cùng kỳ năm trước.")
PROSE = [
    "Theo Phòng Nông nghiệp huyện, năng suất bình quân vụ này đạt gần bảy tấn một héc ta, cao hơn vụ trước, "
    "nhờ nông dân gieo sạ đúng lịch né mặn và sử dụng giống lúa chất lượng cao.",
    "Thương lái đến tận ruộng thu mua, nhiều hộ đã bán hết lúa ngay khi gặt; ngành nông nghiệp khuyến cáo bà "
    "con làm đất, vệ sinh đồng ruộng để chuẩn bị cho vụ hè thu sắp tới.",
]


def _extract(html: str, path: str = "2024/03/06/gia-lua-tang-cao-24112.html") -> ArticleRecord:
    record = extract_page(html.encode(), BASE + path, {"Content-Type": "text/html; charset=utf-8"},
                          adhoc_profile(BASE))
    assert isinstance(record, ArticleRecord), record
    return record


def _paper(head: str, meta: str = "Đăng: 06/03/2024 16:05 GMT+7") -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (f"<html lang='vi'><head><meta charset='utf-8'>{head}</head><body>"
            f"<div class='header'><h1 class='logo'><a href='/'>{SITE}</a></h1></div>"
            f"<div class='main'><div class='article-cate'><a href='/xa-hoi/'>Xã hội</a></div>"
            f"<h2 class='article-title'>{TITLE}</h2><div class='article-meta'><span>{meta}</span></div>"
            f"<div class='sapo'><b>{LEAD}</b></div><div class='article-content'>{body}</div></div>"
            f"<div class='footer'>{SITE}</div></body></html>")


def test_an_og_title_naming_only_the_site_is_no_headline() -> None:
    head = (f"<title>{TITLE} | {SITE}</title><meta property='og:title' content='{SITE}'>"
            f"<meta property='og:site_name' content='{SITE}'>")
    record = _extract(_paper(head))
    assert record.title == TITLE
    assert record.published_at == "2024-03-06T16:05:00+07:00"
    # an og:title worded as the headline is still the title
    head = f"<title>{SITE}</title><meta property='og:title' content='{TITLE}'><meta property='og:site_name' content='{SITE}'>"
    assert _extract(_paper(head)).title == TITLE


COMMUNE = "UBND xã Tân Lập"
CAPS = "XÃ TÂN LẬP RA QUÂN LÀM ĐƯỜNG GIAO THÔNG NÔNG THÔN NĂM 2024"


def _builder(title: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (f"<html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
            f"<meta property='og:title' content='{COMMUNE}'></head><body>"
            "<div class='wb-header'><nav class='wb-nav'><a href='/'>Trang chủ</a><a href='/gioi-thieu'>Giới thiệu</a>"
            "<a href='/tin-tuc-su-kien'>Tin tức - Sự kiện</a></nav></div>"
            "<section class='wb-banner'><h1 class='wb-banner-title'>Tin tức - Sự kiện</h1></section>"
            f"<div class='wb-post'><div class='wb-post-title'>{CAPS}</div>"
            "<div class='wb-post-meta'><time datetime='2024-03-04T17:30:00.000Z'>2 ngày trước</time></div>"
            f"<div class='wb-post-body'><p><strong>{LEAD}</strong></p>{body}</div></div>"
            f"<div class='wb-footer'>{COMMUNE}</div></body></html>")


def test_a_title_naming_the_menus_section_and_its_banner_h1_are_no_headline() -> None:
    record = _extract(_builder(f"Tin tức - Sự kiện | {COMMUNE}"), "tin-tuc-su-kien/ra-quan-lam-duong")
    assert record.title == CAPS  # as the HTML writes it (CSS may render it otherwise)
    assert record.published_at == "2024-03-05T00:30:00+07:00"  # the <time>'s UTC instant on the site's clock
    # a <title> whose words are only part of a menu link's are still the headline's
    assert _extract(_builder(f"Tin tức | {CAPS}").replace(COMMUNE, CAPS), "tin-tuc-su-kien/ra-quan").title == CAPS


def _php(foot: str) -> str:
    body = "".join(f"<p align='justify'>{p}</p>" for p in PROSE)
    others = "".join(f"<li><a href='/chi-tiet-tin.php?id={i}'>Tin số {i} của huyện về nông nghiệp</a> (0{i}/03/24)</li>"
                     for i in range(1, 5))
    return ("<html><head><meta charset='utf-8'><title>Chi tiết tin | Cổng TTĐT huyện Sơn Hà</title></head><body>"
            "<table><tr><td class='topbar'>Hôm nay: Thứ Tư, 20/03/2024 (11/02 Âm lịch)</td></tr><tr><td class='center'>"
            "<h1 class='box-title'>Chi tiết tin</h1><div class='box-content'>"
            f"<div class='tieude'>{TITLE}</div><div class='ngaydang'>Thứ Ba, 05/03/2024 (25/01 Âm lịch)</div>"
            f"<div class='trichyeu'><b>{LEAD}</b></div><div class='noidung'>{body}</div>{foot}</div>"
            f"<div class='tinkhac'><b>Các tin khác</b><ul>{others}</ul></div></td></tr></table></body></html>")


def test_a_day_by_the_title_takes_the_time_the_articles_foot_gives_that_day() -> None:
    foot = "<div class='chantin'>Đăng lúc: 08:40 - 05/03/2024 | Cập nhật: 07/03/2024 14:20</div>"
    record = _extract(_php(foot), "chi-tiet-tin.php?id=512")
    assert record.title == TITLE
    assert (record.published_at, record.updated_at) == ("2024-03-05T08:40:00+07:00", "2024-03-07T14:20:00+07:00")
    assert record.date_basis == "published"
    # a foot line of another day is none of the publication's; no foot: the day at 00:00
    other = _extract(_php("<div class='chantin'>Đăng lúc: 08:40 - 04/03/2024</div>"), "chi-tiet-tin.php?id=512")
    assert other.published_at == "2024-03-05T00:00:00+07:00"
    assert _extract(_php(""), "chi-tiet-tin.php?id=512").published_at == "2024-03-05T00:00:00+07:00"



def test_the_foot_line_is_read_when_the_text_element_is_the_pages_layout_table() -> None:
    latest = "".join(f"<tr><td class='left-item'>&raquo; <a href='/chi-tiet-tin.php?id={i}'>Tin số {i} về nông nghiệp của huyện"
                     f"</a></td></tr>" for i in range(1, 6))
    page = _php("<div class='chantin'>Đăng lúc: 08:40 - 05/03/2024 | Cập nhật: 07/03/2024 14:20</div>"
                "<div class='congcu'><a href='javascript:window.print()'>In bài này</a> | <a href='#top'>Về đầu trang</a></div>")
    page = page.replace("<tr><td class='center'>",
                        f"<tr><td><table width='100%'><tr><td width='220' class='left'><table>{latest}</table></td><td class='center'>")
    page = page.replace("</td></tr></table></body>",
                        "</td></tr></table></td></tr><tr><td class='footer'>Cổng thông tin điện tử huyện Sơn Hà. Địa chỉ: Thị trấn Sơn Hà, "
                        "huyện Sơn Hà. Điện thoại: 0219.3860.205. Thiết kế bởi Công ty TNHH Tin học Sao Việt, giữ mọi quyền."
                        "</td></tr></table></body>")
    record = _extract(page, "chi-tiet-tin.php?id=512")
    assert record.title == TITLE
    assert (record.published_at, record.updated_at) == ("2024-03-05T08:40:00+07:00", "2024-03-07T14:20:00+07:00")


def test_a_menu_items_own_page_keeps_its_heading_as_title() -> None:
    # "Lịch tiếp công dân | UBND ..." over <h2>Lịch tiếp công dân</h2>: the menu item's own page
    page = _builder(f"Tin tức - Sự kiện | {COMMUNE}").replace(
        "<div class='wb-post-title'>", "<h2 class='page-title'>Tin tức - Sự kiện</h2><div class='wb-post-title'>").replace(
        f"<meta property='og:title' content='{COMMUNE}'>", "")
    assert _extract(page, "tin-tuc-su-kien").title == "Tin tức - Sự kiện"
