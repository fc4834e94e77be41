"""Causes found on round 18's fresh-I families (``tests.families.FRESH_I``, part "fresh" of
benchmarks/extraction_quality.py: title and date conventions), each on a page of its own (no
family read).

- an og:title that only names the site (a theme's default: ``og:title`` = ``og:site_name``)
  was taken for the headline on the single-page path;
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
