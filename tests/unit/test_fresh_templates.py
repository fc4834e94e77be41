"""Causes found on round 15's fresh template families (``tests.families.FRESH_A``, part
"fresh" of benchmarks/extraction_quality.py), each on a page of its own (no family read).

- a province portal's meta row under the headline: the category link, the date, the view
  count and share buttons whose ``href="#"`` (a script's hook) was counted as a link to
  another page, so that the row looked like a teaser and its date was refused;
- a signature in a class-less one-cell table after the body (``<td style="text-align:
  right"><strong>Hải Yến</strong></td>``): the frame table was unwrapped into a ``<div>``
  without the cell's alignment, and the right-aligned line every signature rule reads was
  gone (no author, the line out of the body);
- a NukeViet news page's sapo in ``div.hometext``, a class no lead rule knew: the single-page
  path left it out of the body;
- a day in a sentence of prose under a static page's headline read as the page's date: the
  page looked like an article to the site model, which could not explain it and so was not
  confident (and not used) on the whole site;
- (probed on pages of their own, after the families) a meta row naming the writer after a
  person icon (``<i class="fa fa-user"></i> Minh Anh``) instead of a label: no author; a meta
  row whose "In bài"/"Gửi bài" link to the article's print view and form (real hrefs): a
  teaser, its date refused.
"""

from __future__ import annotations

import pytest
from lxml import html

from config.profile import adhoc_profile
from pipelines.datefind import find_dates
from pipelines.dom import parse, right_aligned
from pipelines.sitemodel import extract_page

TZ = "Asia/Ho_Chi_Minh"
BASE = "https://nambinh.example.vn/"
PROSE = [
    "Các đại biểu tập trung thảo luận việc điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn "
    "2021-2025, bổ sung vốn cho ba tuyến đường kết nối các khu công nghiệp phía tây tỉnh.",
    "Kỳ họp cũng thông qua nghị quyết hỗ trợ học phí cho học sinh trung học cơ sở ở các xã đặc "
    "biệt khó khăn, với tổng kinh phí dự kiến hơn bốn mươi tỷ đồng mỗi năm học.",
    "Phát biểu bế mạc, Chủ tịch Hội đồng nhân dân tỉnh đề nghị Ủy ban nhân dân tỉnh sớm ban "
    "hành văn bản hướng dẫn để các nghị quyết đi vào cuộc sống ngay trong quý II.",
]


def _article(meta_row: str, after_body: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        "<html><head><meta charset='utf-8'><title>Kỳ họp chuyên đề</title></head><body>"
        "<div class='top-bar'><span class='today'>Hôm nay: Thứ Tư, 06/03/2024</span></div>"
        "<div class='col-content'><div class='detail-news'>"
        "<h1 class='detail-title'>Kỳ họp chuyên đề Hội đồng nhân dân tỉnh thông qua 12 nghị quyết</h1>"
        f"<div class='meta-row'>{meta_row}</div>"
        "<div class='detail-sapo'><strong>Chiều 4/3, Hội đồng nhân dân tỉnh tổ chức kỳ họp chuyên đề, "
        "xem xét và thông qua mười hai nghị quyết về đầu tư công và chính sách xã hội.</strong></div>"
        f"<div class='detail-content'>{paragraphs}{after_body}</div></div>"
        "<div class='related-news'><div class='box-title'>Tin liên quan</div><ul>"
        "<li><a href='/kinh-te/tin-mot-1.html'>Gặp mặt doanh nghiệp đầu xuân tháo gỡ khó khăn</a> "
        "<span class='date'>(27/02/2024)</span></li>"
        "<li><a href='/kinh-te/tin-hai-2.html'>Giải phóng mặt bằng tuyến cao tốc đạt 92%</a> "
        "<span class='date'>(01/03/2024)</span></li></ul></div></div></body></html>"
    )


SHARE = (
    "<div class='share-tools'><a href='#' class='fb'>Chia sẻ</a> <a href='#' class='zalo'>Zalo</a> "
    "<a href='javascript:window.print()'>In bài</a></div>"
)


@pytest.mark.parametrize("category", ["Kinh tế", "Thời sự - Chính trị", "Văn hóa - Xã hội"])
def test_a_meta_row_with_share_buttons_dates_the_page(category: str) -> None:
    """The category link, ``span.date`` ("16:45 - 04/03/2024", the time first), the view
    count and share buttons hooked to a script (``href="#"``): the row is the page's own,
    whatever the category's name's length; the related list's dates are not the page's."""
    row = (
        f"<span class='category'><a href='/c.html'>{category}</a></span>"
        "<span class='date'><i class='fa fa-clock-o'></i> 16:45 - 04/03/2024</span>"
        f"<span class='views'><i class='fa fa-eye'></i> 1.235</span>{SHARE}"
    )
    tree = html.fromstring(_article(row))
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".detail-content")[0])
    assert found.published is not None and found.published.iso == "2024-03-04T16:45:00+07:00"


def test_links_to_other_pages_in_the_row_still_make_it_a_teaser() -> None:
    """The same row whose links lead to other pages (two headlines): another article's date,
    not the page's (the rule ``href="#"`` changed is about links to no other page)."""
    row = (
        "<a href='/a/tin-mot-1.html'>Gặp mặt doanh nghiệp đầu xuân tháo gỡ khó khăn cho sản xuất</a> "
        "<span class='date'>16:45 - 04/03/2024</span> "
        "<a href='/a/tin-hai-2.html'>Giải phóng mặt bằng tuyến cao tốc qua địa bàn tỉnh</a>"
    )
    tree = html.fromstring(_article(row))
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".detail-content")[0])
    assert found.published is None or not found.published.iso.startswith("2024-03-04")


@pytest.mark.parametrize(
    ("cell", "author"),
    [
        ("<td style='text-align: right;'><strong>Hải Yến</strong></td>", "Hải Yến"),
        ("<td align='right'><b>Trung Kiên - Văn Hùng</b></td>", "Trung Kiên, Văn Hùng"),
        ("<td style='text-align:right'><p><strong>Phương Thảo</strong></p></td>", "Phương Thảo"),  # a block in the cell
    ],
)
def test_a_signature_in_a_right_aligned_one_cell_table_after_the_body(cell: str, author: str) -> None:
    table = f"<table border='0' cellpadding='0' cellspacing='0' style='width:100%'><tbody><tr>{cell}</tr></tbody></table>"
    row = "<span class='date'>16:45 - 04/03/2024</span>"
    record = extract_page(_article(row, table).encode(), BASE + "thoi-su/ky-hop-1.html", {}, adhoc_profile(BASE))
    assert record.author == author
    assert record.body[-1] == author.replace(", ", " - ")


def test_an_unwrapped_frame_keeps_its_cells_alignment() -> None:
    """A frame table read as if it were not there gives its cell's (or row's) alignment to
    the ``<div>`` in its place, or to the blocks it splices in, which keep their own."""
    tree = parse(
        "<html><body><table><tr align='right'><td><b>Minh Anh</b></td></tr></table>"
        "<table><tr><td style='color: red; text-align: right'><p>A</p><p style='text-align: left'>B</p></td></tr></table>"
        "<table><tr><td><b>Không căn lề</b></td></tr></table></body></html>"
    )
    body = tree.find("body")
    assert [el.tag for el in body] == ["div", "p", "p", "div"]
    assert right_aligned(body[0]) and right_aligned(body[1])
    assert body[2].get("style") == "text-align: left"
    assert body[3].get("style") is None


def test_a_nukeviet_sapo_in_div_hometext_opens_the_body() -> None:
    """NukeViet's news module writes the sapo in ``div.hometext`` between the date row and
    ``div#news-bodyhtml``, and many of its sites give a meta description that is not the
    sapo: the single-page path left the sapo out of the body (recall 0.77 on the fresh
    NukeViet family's articles)."""
    sapo = ("Kỳ thi chọn học sinh giỏi lớp 9 cấp tỉnh năm học 2023-2024 vừa công bố kết quả, huyện Hòa Sơn "
            "có bốn mươi hai học sinh đạt giải, tăng mười giải so với năm học trước.")  # fmt: skip
    page = (
        "<html><head><meta charset='utf-8'><title>Học sinh giỏi - Phòng GD&amp;ĐT</title>"
        "<meta name='description' content='Học sinh giỏi'></head><body>"
        "<div class='row'><div class='col-md-18'><div class='news_column panel panel-default'><div class='panel-body'>"
        "<h1 class='title margin-bottom-lg'>Huyện Hòa Sơn có 42 học sinh đạt giải kỳ thi học sinh giỏi cấp tỉnh</h1>"
        "<div class='row margin-bottom-lg'><div class='col-md-12'><span class='h5'>Thứ hai - 04/03/2024 16:45</span></div></div>"
        f"<div class='clearfix'><div class='hometext m-bottom' itemprop='description'>{sapo}</div></div>"
        "<div id='news-bodyhtml' class='bodytext margin-bottom-lg'>" + "".join(f"<p>{p}</p>" for p in PROSE) + "</div>"
        "<div class='margin-bottom-lg'><p class='h5 text-right'><strong>Tác giả: </strong>Minh Anh</p></div>"
        "</div></div><div class='news_column panel panel-default'><div class='panel-body other-news'>"
        "<p class='h3'><strong>Những tin cũ hơn</strong></p><ul class='related list-items'>"
        "<li><a href='/news/tin-tuc/a-1180.html'>Hội thi giáo viên dạy giỏi cấp huyện bậc tiểu học</a><em>(29/02/2024)</em></li>"
        "<li><a href='/news/tin-tuc/b-1176.html'>Kiểm tra an toàn thực phẩm tại bếp ăn bán trú</a><em>(27/02/2024)</em></li>"
        "</ul></div></div></div><div class='col-md-6'><div class='panel-heading'>Tin mới</div></div></div></body></html>"
    )
    record = extract_page(page.encode(), BASE + "news/tin-tuc/hsg-1187.html", {}, adhoc_profile(BASE))
    assert record.body[0] == sapo
    assert record.body[1:4] == PROSE


def _static_page(paragraphs: list[str]) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Tổng quan</title></head><body><div class='col-content'>"
        "<div class='detail-news'><h1 class='detail-title'>Tổng quan tỉnh Nam Bình</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</div></div></body></html>"
    )


def test_a_date_in_a_sentence_of_prose_is_no_date_line() -> None:
    """A static page in the article template (the province's overview: a headline and
    paragraphs, no date line) whose first paragraph speaks of a day ("được tái lập từ ngày
    01/01/1997 theo ..."): that day does not date the page. Read as its date, it made the page
    look like an article to the site model, which then could not explain it, and a site
    model not confident is not used at all (the whole site extracted without it)."""
    tree = html.fromstring(_static_page([
        "Tỉnh Nam Bình được tái lập từ ngày 01/01/1997 theo Nghị quyết của Quốc hội khóa IX, kỳ họp thứ 10.",
        "Ngày 25/10/2023, Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Nam Bình thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
    ]))  # fmt: skip
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], None)
    assert found.published is None and found.updated is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Bắc Hòa, ngày 5 tháng 3 năm 2024.", "2024-03-05T00:00:00+07:00"),  # a place and its day
        ("Người đăng: Nguyễn Văn An | Ngày đăng: 05/03/2024 08:40 | Lượt xem: 1.204", "2024-03-05T08:40:00+07:00"),
        ("Đăng lúc 08:40 ngày 05/03/2024 bởi Phòng Văn hóa và Thông tin huyện.", "2024-03-05T08:40:00+07:00"),
    ],
)
def test_date_lines_with_words_beside_the_day_still_date_the_page(line: str, iso: str) -> None:
    tree = html.fromstring(_static_page([line, PROSE[0], PROSE[1]]))
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], None)
    assert found.published is not None and found.published.iso == iso


def test_the_fresh_province_site_model_is_confident_and_types_its_overview() -> None:
    """On the fresh province family, the overview page no longer dated by its prose: the
    site model explains every article-like page and is confident (it was not: one
    unexplained page), and types the overview as no article."""
    from benchmarks.extraction_quality import families, site_model, site_pages

    family = families("fresh")["fx-fresh-province"]
    model = site_model(family, site_pages(family.build_site()))
    assert model.confident and not model.unexplained
    assert model.page_types["https://nambinh.gov.vn/gioi-thieu/tong-quan.html"] not in ("article", "short")


@pytest.mark.parametrize(
    ("row", "author"),
    [
        ("<i class='fa fa-user'></i> Minh Anh <i class='fa fa-clock-o'></i> 04/03/2024 16:45 <i class='fa fa-eye'></i> 120",
         "Minh Anh"),
        ("<span><em class='fa fa-pencil'></em><a href='/tac-gia/thu-ha'>Thu Hà</a></span> <span><em class='fa fa-clock-o'></em> 04/03/2024 16:45</span>",
         "Thu Hà"),
        ("<span class='glyphicon glyphicon-user'></span> Lê Minh Tuấn | <span class='glyphicon glyphicon-time'></span> 04/03/2024 16:45",
         "Lê Minh Tuấn"),
        # CMS junk and a counter's people icon name no writer
        ("<i class='fa fa-calendar'></i> 04/03/2024 16:45 <i class='fa fa-user'></i> Người đăng: admin", None),
        ("<i class='fa fa-clock-o'></i> 04/03/2024 16:45 <i class='fa fa-users'></i> 1.024", None),
    ],
)
def test_a_person_icon_labels_the_writer_on_the_meta_row(row: str, author: str | None) -> None:
    """A Bootstrap/Font Awesome meta row under the headline names the writer after a person
    icon instead of a "Tác giả:" label; the single-page path found no author there."""
    record = extract_page(_article(row).encode(), BASE + "thoi-su/ky-hop-1.html", {}, adhoc_profile(BASE))
    assert record.published_at == "2024-03-04T16:45:00+07:00"
    assert record.author == author


def test_a_meta_row_with_print_and_send_links_to_pages_dates_the_page() -> None:
    """A Bootstrap meta row as a list (``ul.list-inline``): the category, the date, "In bài"
    and "Gửi bài" linking to this article's print view and form (real pages, not scripts): tool
    labels, which lead to no other article; the row is the page's own."""
    row = (
        "<ul class='list-inline'><li><a href='/tin-tuc'>Tin tức</a></li><li>16:45 - 04/03/2024</li>"
        "<li><a href='/in/10231'>In bài</a></li><li><a href='/gui/10231'>Gửi bài</a></li></ul>"
    )
    tree = html.fromstring(_article(row))
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".detail-content")[0])
    assert found.published is not None and found.published.iso == "2024-03-04T16:45:00+07:00"
