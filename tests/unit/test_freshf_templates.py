"""Causes found on round 17's fresh-F template families (``tests.families.FRESH_F``, part
"fresh" of benchmarks/extraction_quality.py: byline conventions), each on a page of its own
(no family read).

- two writers as two links to their pages in the meta row (``<a href="/tac-gia/a">Minh
  Anh</a> - <a href="/tac-gia/b">Văn Hùng</a>``): only the first was the author;
- a writer's box right after the body (a photo, the name in bold, the writer's post under
  it, "Công chức Văn hóa - Xã hội phường"): no author (the author box rule wants the name
  twice or in the photo's ``alt``);
- the editorial board signing in full, "Ban Biên tập", closing the body: no author ("BBT" was
  one; "Ban" reads as an office's first word);
- the single-page path's body ended with the short lines trafilatura took from the side
  column of boxes beside the article (the duty officer's name and post, a phone number, a
  counter: a chrome leak on every page, and the body's last lines were no longer its own);
- a writer's box inside the element the single-page path located (the sapo, the text and the
  box share it; trafilatura left the box out of the text): no author.
"""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines import authors
from pipelines.sitemodel import extract_page

BASE = "https://anlac.hason.example.vn/"
PROSE = [
    "Sáng 11/3, Ủy ban nhân dân phường tổ chức lễ ra quân đợt cao điểm lập lại trật tự lòng đường, "
    "vỉa hè và mỹ quan đô thị trên mười hai tuyến đường trọng điểm của phường.",
    "Tham gia đợt ra quân có lực lượng công an, quản lý trật tự đô thị, thanh niên tình nguyện và cán "
    "bộ của các tổ dân phố; các tổ công tác nhắc nhở hộ kinh doanh thu dọn hàng hóa lấn chiếm.",
    "Phường cũng thí điểm cho thuê tạm thời một phần vỉa hè có chiều rộng từ ba mét trở lên tại bốn "
    "tuyến đường, bảo đảm lối đi tối thiểu một mét rưỡi cho người đi bộ.",
]


def _page(meta_row: str = "", after_body: str = "", sidebar: str = "") -> str:
    """A ward portal's article page: a wrapper of a banner, a menu, the left column (the
    article: title, date, meta row, sapo, body, the block after it, a back link), the right
    column (``sidebar``) and a footer."""
    paragraphs = "".join(f"<p style='text-align:justify'>{p}</p>" for p in PROSE)
    return (
        "<html><head><meta charset='utf-8'><title>Lập lại trật tự vỉa hè</title></head><body><div id='wrapper'>"
        "<div id='banner'><img src='/b.jpg' alt='Phường An Lạc'></div>"
        "<div id='menu'><a href='/'>Trang chủ</a> | <a href='/tin-tuc/'>Tin tức</a></div>"
        "<div id='left'><div class='news-detail'><h3 class='news-title'>Ra quân lập lại trật tự lòng đường, vỉa hè</h3>"
        f"<div class='news-meta'><span class='time'>Thứ Ba, 12/03/2024 - 08:30</span> {meta_row}</div>"
        "<p class='news-sapo'><em>Phường ra quân đợt cao điểm lập lại trật tự lòng đường, vỉa hè trên "
        "các tuyến đường trọng điểm.</em></p>"
        f"<div class='news-body'>{paragraphs}</div>{after_body}"
        "<p class='back'><a href='javascript:history.back()'>Quay lại</a></p></div></div>"
        f"<div id='right'>{sidebar}</div><div id='footer'>Bản quyền © UBND phường An Lạc.</div></div></body></html>"
    )


def _author(page: str) -> str | None:
    record = extract_page(page.encode(), BASE + "tin-tuc/ra-quan-via-he-612.html", {}, adhoc_profile(BASE))
    return record.author


def test_two_writers_linked_in_the_meta_row_are_both_the_author() -> None:
    two = "<a href='/tac-gia/minh-anh-22.html'>Minh Anh</a> - <a href='/tac-gia/van-hung-31.html'>Văn Hùng</a>"
    assert _author(_page(two)) == "Minh Anh, Văn Hùng"
    assert _author(_page(two.replace(" - ", ", "))) == "Minh Anh, Văn Hùng"
    # one link: that writer; two links apart (a writer, then another article's) are not co-writers
    assert _author(_page("<a href='/tac-gia/minh-anh-22.html'>Minh Anh</a>")) == "Minh Anh"
    apart = "<a href='/tac-gia/minh-anh-22.html'>Minh Anh</a> <span>Lượt xem: 245</span> <a href='/tac-gia/van-hung-31.html'>Văn Hùng</a>"
    assert _author(_page(apart)) == "Minh Anh"


def _box(name: str, post: str) -> str:
    return f"<div class='box-info'><img src='/upload/nhansu/7.jpg' width='60' alt=''><div><b>{name}</b><br><span>{post}</span></div></div>"


def test_a_writers_box_after_the_body_names_the_writer_never_a_leader() -> None:
    assert _author(_page(after_body=_box("Lê Thu Trang", "Công chức Văn hóa - Xã hội phường"))) == "Lê Thu Trang"
    assert _author(_page(after_body=_box("Trần Minh Khoa", "Phóng viên Ban Thời sự"))) == "Trần Minh Khoa"
    # a leader's photo and post right after the body (a leaders' box) names no writer
    assert _author(_page(after_body=_box("Đinh Công Lực", "Chủ tịch UBND phường"))) is None
    # nor a box that is not a name over a post (a teaser with a picture)
    assert _author(_page(after_body=_box("Tin mới", "Công chức phường ra quân"))) is None


def test_the_board_signing_in_full_is_the_author_as_written() -> None:
    prose = PROSE[0]
    assert authors.signature_from_body([prose, "Ban Biên tập"]).author == "Ban Biên tập"
    assert authors.signature_from_body([prose, "BBT"]).author == "BBT"
    signed = _page(after_body="").replace(f"{PROSE[-1]}</p>", f"{PROSE[-1]}</p><p style='text-align:right'><strong>Ban Biên tập</strong></p>")
    assert _author(signed) == "Ban Biên tập"
    # any office signing alone on the closing line is the author as signed (round 18: the
    # unit that signs an article is its author), never a sentence about the board
    assert authors.signature_from_body([prose, "Ban Quản lý chợ"]).author == "Ban Quản lý chợ"
    assert authors.signature_from_body([prose, "Ban Biên tập trân trọng cảm ơn bạn đọc."]).author is None


SIDEBAR = (
    "<div class='module'><div class='module-title'>Cán bộ trực</div>"
    "<p>Trần Văn Mạnh - Phó Chủ tịch UBND phường</p><p>Điện thoại: 0226 3861 099</p></div>"
    "<div class='module'><div class='module-title'>Tin mới</div><ul>"
    "<li><a href='/tin-tuc/a-1.html'>Nạo vét kênh thoát nước trước mùa mưa trên địa bàn phường</a></li>"
    "<li><a href='/tin-tuc/b-2.html'>Khám sức khỏe miễn phí cho người cao tuổi có hoàn cảnh khó khăn</a></li>"
    "<li><a href='/tin-tuc/c-3.html'>Chợ truyền thống đầu tiên thanh toán không dùng tiền mặt</a></li></ul></div>"
    "<div class='module'><div class='module-title'>Số lượt truy cập</div><p>215.406</p></div>"
)


def _record(page: str):  # noqa: ANN202 - the ArticleRecord
    return extract_page(page.encode(), BASE + "tin-tuc/ra-quan-via-he-612.html", {}, adhoc_profile(BASE))


def test_the_side_columns_short_lines_are_no_part_of_the_body() -> None:
    signed = _page(sidebar=SIDEBAR).replace(
        f"{PROSE[-1]}</p>", f"{PROSE[-1]}</p><p style='text-align:right'><strong>Tin/ảnh: Mai Phương</strong></p>"
    )
    record = _record(signed)
    assert "Trần Văn Mạnh" not in record.body_text and "215.406" not in record.body_text
    assert record.body_text.rstrip().endswith("Tin/ảnh: Mai Phương")
    assert record.author == "Mai Phương"
    # a signature in the block right after the body, alone in its branch, stays in the body
    after = _page(after_body="<div style='text-align:right'><b>Quốc Việt</b></div>", sidebar=SIDEBAR)
    record = _record(after)
    assert "Quốc Việt" in record.body_text and record.author == "Quốc Việt"
    assert "Trần Văn Mạnh" not in record.body_text


def test_a_writers_box_inside_the_located_element_names_the_writer() -> None:
    # the single-page path locates the element holding the sapo and the text: the box is in it
    page = _page(after_body=_box("Lê Thu Trang", "Công chức Văn hóa - Xã hội phường"))
    assert _record(page).author == "Lê Thu Trang"
    assert _record(_page(after_body=_box("Đinh Công Lực", "Chủ tịch UBND phường"))).author is None
    # beside a side column of boxes too
    assert _record(_page(after_body=_box("Lê Thu Trang", "Công chức Văn hóa - Xã hội phường"), sidebar=SIDEBAR)).author == "Lê Thu Trang"


def test_an_undated_directory_of_officers_is_no_article() -> None:
    # (round 20, fx-ff-phuong's "Cán bộ phường" on the single-page path: each officer's post,
    # name and phone, no sentence, no date)
    from pipelines import pagecontent

    rows = ["Bí thư Đảng ủy phường", "Hà Minh Đức", "0226 3861009", "Chủ tịch UBND phường", "Đinh Công Lực",
            "0226 3861019", "Phó Chủ tịch UBND phường", "Trần Văn Mạnh", "(0226) 3861029",
            "Điện thoại: 0226 3861 099", "215.406"]  # fmt: skip
    assert pagecontent.directory(rows)
    # a sentence beside the numbers (a notice giving its hotlines), or two numbers only: no
    notice = "Ủy ban nhân dân phường công bố số điện thoại đường dây nóng để người dân phản ánh kịp thời."
    assert not pagecontent.directory([notice, *rows])
    assert not pagecontent.directory(rows[:6])
    # a visit counter, a figure or a date is no phone number
    assert not pagecontent.directory(["215.406", "1.284.330", "26/02/2024", "Lượt xem: 1.250"])
