"""Causes found on round 15's fresh template families (``tests.families.FRESH_A``, part
"fresh" of benchmarks/extraction_quality.py), each on a page of its own (no family read).

- a province portal's meta row under the headline: the category link, the date, the view
  count and share buttons whose ``href="#"`` (a script's hook) was counted as a link to
  another page, so that the row looked like a teaser and its date was refused;
- a signature in a class-less one-cell table after the body (``<td style="text-align:
  right"><strong>Hải Yến</strong></td>``): the frame table was unwrapped into a ``<div>``
  without the cell's alignment, and the right-aligned line every signature rule reads was
  gone (no author, the line out of the body).
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
