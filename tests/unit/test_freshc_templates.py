"""Causes found on round 16's fresh-C template families (``tests.families.FRESH_C``, part
"fresh" of benchmarks/extraction_quality.py: date and byline conventions), each on a page of
its own (no family read).

- a Bootstrap breadcrumb (``<ol class="breadcrumb"><li class="breadcrumb-item">``) draws its
  separators with CSS: no "›" in the text, so the row holding it and the date at its right
  ("08:40 | 05-03-2024") read as another article's teaser, and the date was refused;
"""

from __future__ import annotations

import pytest
from lxml import html

from config.profile import adhoc_profile
from pipelines import authors
from pipelines.content import document_order
from pipelines.datefind import find_dates
from pipelines.dom import breadcrumb, in_teaser
from pipelines.inference import template
from pipelines.sitemodel import extract_page

TZ = "Asia/Ho_Chi_Minh"
BASE = "https://snnptnt.lamha.example.vn/"
PROSE = [
    "Năm 2023, toàn tỉnh đã có thêm 650 ha cây ăn quả áp dụng tưới tiết kiệm, chủ yếu là cam, "
    "bưởi và xoài ở các huyện phía nam, giúp tiết kiệm ba mươi đến bốn mươi phần trăm lượng nước.",
    "Người dân tham gia mô hình được hỗ trợ một phần kinh phí mua thiết bị và được cán bộ kỹ "
    "thuật hướng dẫn lắp đặt, vận hành hệ thống tưới trong suốt mùa khô năm nay.",
]
RELATED = (
    "<div class='same-cat'><h3>Tin cùng chuyên mục</h3><ul>"
    "<li><a href='/vi/news/thuy-loi/chu-dong-ung-pho-han-han-2203.html'>Chủ động ứng phó hạn hán, xâm nhập mặn mùa khô</a> "
    "<span>(04/03/24)</span></li>"
    "<li><a href='/vi/news/thuy-loi/huong-ung-ngay-nuoc-2191.html'>Hưởng ứng Ngày Nước thế giới năm 2024</a> "
    "<span>(29/02/24)</span></li></ul></div>"
)


def _page(above_title: str, after_body: str = "", head: str = "") -> str:
    paragraphs = "".join(f"<div class='para'>{p}</div>" for p in PROSE)
    return (
        f"<html><head><meta charset='utf-8'><title>Tưới tiết kiệm</title>{head}</head><body>"
        "<div class='topbar'><span class='today'>06/03/2024</span></div>"
        f"<div class='container'><div class='row'><div class='col-lg-8'>{above_title}"
        "<div class='news-detail'><h1 class='news-title'>Nhân rộng mô hình tưới tiết kiệm nước cho cây ăn quả</h1>"
        "<div class='news-sapo'>Chi cục Thủy lợi tỉnh đang phối hợp với các huyện nhân rộng mô hình tưới nhỏ "
        "giọt, tưới phun mưa cho cây ăn quả.</div>"
        f"<div class='news-content'>{paragraphs}{after_body}</div></div>{RELATED}</div></div></div></body></html>"
    )


CRUMBS = (
    "<ol class='breadcrumb'><li class='breadcrumb-item'><a href='/vi/'>Trang chủ</a></li>"
    "<li class='breadcrumb-item'><a href='/vi/news/thuy-loi/'>Thủy lợi</a></li></ol>"
)


@pytest.mark.parametrize(
    "crumbs",
    [
        CRUMBS,
        CRUMBS.replace("class='breadcrumb'", "aria-label='breadcrumb'").replace(" class='breadcrumb-item'", ""),
        CRUMBS.replace("class='breadcrumb'", "itemscope itemtype='https://schema.org/BreadcrumbList'").replace(
            " class='breadcrumb-item'", ""
        ),
    ],
)
def test_the_date_beside_a_breadcrumb_whose_separators_are_css(crumbs: str) -> None:
    row = f"<div class='bc-row d-flex justify-content-between'>{crumbs}<div class='bc-date text-muted'>08:40 | 05-03-2024</div></div>"
    tree = html.fromstring(_page(row))
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".news-content")[0])
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"


def test_an_unmarked_list_of_links_is_no_breadcrumb() -> None:
    """A menu is a list of short links that starts at home too: without a separator or a
    breadcrumb's mark it stays a list of links (a date beside it is a teaser's)."""
    menu = html.fromstring(
        "<div><ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li></ul>"
        "<span>05-03-2024</span></div>"
    )
    assert not breadcrumb(menu)
    assert breadcrumb(html.fromstring(f"<div>{CRUMBS}<span>05-03-2024</span></div>"))


@pytest.mark.parametrize(
    ("line", "author", "source"),
    [
        ("Tác giả: Lê Minh - Nguồn: Chi cục Thủy lợi", "Lê Minh", "Chi cục Thủy lợi"),
        ("Minh Anh | Nguồn tin: Báo Lào Cai", "Minh Anh", "Báo Lào Cai"),
        ("Thu Hà; Nguồn: Trung tâm VH-TT&TT huyện", "Thu Hà", "Trung tâm VH-TT&TT huyện"),
    ],
)
def test_a_signature_with_its_source_on_one_line(line: str, author: str, source: str) -> None:
    assert authors.signature_from_body([PROSE[0], line]) == authors.Byline(author, None, source)
    row = "<div class='bc-date'>08:40 | 05-03-2024</div>"
    signed = f"<div class='para' style='text-align: right;'><b>{line}</b></div>"
    record = extract_page(_page(row, signed).encode(), BASE + "vi/news/a-1.html", {}, adhoc_profile(BASE))
    assert record.author == author
    assert record.body[-1] == line  # (the line stays in the body)


def test_a_source_line_alone_still_names_no_author() -> None:
    assert authors.signature_from_body([PROSE[0], "Nguồn: baolaocai.vn"]) == authors.Byline(None, None, "baolaocai.vn")
    assert authors.parse_signature("Tác giả - Nguồn: Báo Lào Cai") is None


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("CTV Nguyễn Văn Bình", "Nguyễn Văn Bình"),
        ("Cộng tác viên Thu Hà", "Thu Hà"),
        ("CTV: Đỗ Văn Hải", "Đỗ Văn Hải"),
        ("CTV", "CTV"),  # the staff's abbreviation alone signs as written
    ],
)
def test_a_contributors_title_before_the_name(line: str, author: str) -> None:
    found = authors.parse_signature(line)
    assert found is not None and found.author == author


def _post(category: str, author: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Lễ hội</title></head><body><div id='primary' class='content-area'>"
        "<article class='post type-post'><header class='entry-header'><div class='entry-meta-top'>"
        f"<span class='cat-links'><a href='/category/du-lich/' rel='category tag'>{category}</a></span>"
        f"<span class='author vcard'><i class='fa fa-user'></i> <a class='url fn n' href='/author/lehai/'>{author}</a></span></div>"
        "<h1 class='entry-title'>Lễ hội Hoa Ban năm 2024 sẽ diễn ra trong ba ngày</h1>"
        "<div class='entry-meta'><span class='posted-on'>Mar 05, 2024</span></div></header>"
        f"<div class='entry-content'>{''.join(f'<p>{p}</p>' for p in PROSE)}</div></article>"
        "<nav class='post-navigation'><a href='/a/' rel='prev'>Previous</a> <a href='/b/' rel='next'>Next</a></nav>"
        "</div></body></html>"
    )


@pytest.mark.parametrize(("category", "author"), [("Du lịch", "Lê Hải"), ("Tin tức", "Ngọc Lan")])
def test_a_meta_row_of_archive_links_above_the_headline_is_the_posts_own(category: str, author: str) -> None:
    tree = html.fromstring(_post(category, author))
    span = tree.cssselect("span.author")[0]
    area = tree.cssselect("#primary")[0]
    assert not in_teaser(span, area)
    assert ".vcard" in template._author_options(tree.cssselect("h1")[0])  # noqa: SLF001


def test_a_row_with_a_headline_link_is_still_a_teaser() -> None:
    """The rule is about links to an archive: a row whose link leads to another article stays a teaser's."""
    tree = html.fromstring(_post("Du lịch", "Lê Hải").replace("href='/author/lehai/'", "href='/ha-son-don-khach/'").replace(
        "Lê Hải</a>", "Hà Sơn đón hơn ba triệu lượt khách</a>"))
    assert in_teaser(tree.cssselect("span.author")[0], tree.cssselect("#primary")[0])


@pytest.mark.parametrize("line", ["Previous Next", "Older Newer", "Previous Post", "Next"])
def test_a_post_navigation_is_no_name(line: str) -> None:
    assert authors.parse_signature(line) is None


def _table_layout() -> str:
    frame = ("<table align='center'><tr><td><img src='/Upload/{0}.jpg'></td></tr>"
             "<tr><td align='center'><em>{1}</em></td></tr></table>")  # fmt: skip
    return (
        "<html><head><meta charset='utf-8'><title>Bảo Hà mở rộng diện tích trồng quế lên hơn 1.200 ha - Cổng thông tin "
        "điện tử huyện Bảo Hà</title></head><body><table width='1000'>"
        "<tr><td colspan='2'><div class='top-date'>Hôm nay: Thứ Tư, 06/03/2024 - Âm lịch: 26/01 Giáp Thìn</div></td></tr>"
        "<tr><td width='240' valign='top'><div class='menu'><a href='/'>Trang chủ</a> <a href='/gioi-thieu.html'>Giới "
        "thiệu</a> <a href='/tin-tuc.html'>Tin tức - Sự kiện</a></div></td>"
        "<td width='760' valign='top' class='content'>"
        "<h2 class='tieude'>Bảo Hà mở rộng diện tích trồng quế lên hơn 1.200 ha</h2>"
        "<div class='tomtat'><b>BẢO HÀ (5/3) - Năm 2024, huyện Bảo Hà đặt mục tiêu trồng mới 250 ha quế, nâng tổng "
        "diện tích quế toàn huyện lên hơn 1.200 ha.</b></div><div class='noidung'>"
        f"<p style='text-align:justify'>{PROSE[0]}</p>" + frame.format(1, "Người dân xã Kim Sơn chăm sóc vườn quế.")
        + f"<p style='text-align:justify'>{PROSE[1]}</p>" + frame.format(2, "Vườn ươm cây quế giống của hợp tác xã.")
        + "<div style='text-align:right'><b>Thu Hà (Trung tâm VH-TT&amp;TT huyện)</b></div></div>"
        "<div class='ngaydang'>Ngày đăng: 05/03/2024 08:40 | Cập nhật: 06/03/2024 10:15</div></td></tr></table></body></html>"
    )


def test_a_table_layouts_nested_picture_frames_keep_their_place_on_the_single_page_path() -> None:
    record = extract_page(_table_layout().encode(), BASE + "tin-tuc/chi-tiet/1/que.html", {}, adhoc_profile(BASE))
    assert record.published_at == "2024-03-05T08:40:00+07:00"
    assert record.author == "Thu Hà"
    assert record.body[-5:] == [
        PROSE[0], "Người dân xã Kim Sơn chăm sóc vườn quế.", PROSE[1], "Vườn ươm cây quế giống của hợp tác xã.",
        "Thu Hà (Trung tâm VH-TT&TT huyện)",
    ]  # fmt: skip
    assert not any("Ngày đăng" in line for line in record.body)


def test_document_order_leaves_lines_it_cannot_place() -> None:
    tree = html.fromstring("<html><body><p>Một hai ba</p><table><tr><td><p>Bốn năm sáu</p></td></tr></table></body></html>")
    assert document_order(tree, ["Bốn năm sáu", "Một hai ba"]) == ["Một hai ba", "Bốn năm sáu"]
    assert document_order(tree, ["Bốn năm sáu", "Không có trên trang"]) == ["Bốn năm sáu", "Không có trên trang"]
