"""Author conventions fresh-N's families showed the generic path missing (round 19, issue
10), each on a page built here (no family read): a workflow line naming the writer and an
approver, ranks of the legal professions, a role in brackets after the name, a writer named
only in the article's information box."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.authors import parse_byline_text, parse_signature
from pipelines.sitemodel import extract_page

BASE = "https://ttvh.baoyen.example.vn/"
TEXT = (
    "Sáng 11/3, Trung tâm Văn hóa, Thông tin và Thể thao huyện tổ chức liên hoan dân ca các dân tộc "
    "với sự tham gia của hơn hai trăm diễn viên quần chúng đến từ mười sáu xã, thị trấn trên địa bàn."
)
MORE = (
    "Các tiết mục dân ca Tày, Dao, Mông được dàn dựng công phu, giữ được nét mộc mạc của làn điệu "
    "cổ; ban tổ chức trao mười giải A, mười lăm giải B và hai mươi giải khuyến khích cho các đội."
)


def _page(closing: str = "", aside: str = "", closing_style: str = "") -> str:
    style = f" style='{closing_style}'" if closing_style else ""
    return (
        "<html><head><meta charset='utf-8'><title>Liên hoan dân ca các dân tộc</title></head><body>"
        "<div id='menu'><a href='/'>Trang chủ</a> | <a href='/tin-tuc.html'>Tin tức</a></div>"
        "<article class='detail'><div class='detail-left'><h1>Liên hoan dân ca các dân tộc huyện lần thứ V</h1>"
        "<div class='detail-meta'><span class='date'>Thứ Ba, 12/03/2024 08:30</span></div>"
        f"<div class='detail-content'><p>{TEXT}</p><p>{MORE}</p>"
        + (f"<p{style}>{closing}</p>" if closing else "")
        + f"</div></div>{aside}</article>"
        "<div id='footer'>Bản quyền © Trung tâm Văn hóa huyện. Địa chỉ: Tổ 5, thị trấn.</div></body></html>"
    )


def _record(page: str):  # noqa: ANN202 - the ArticleRecord
    return extract_page(page.encode(), BASE + "tin-tuc/lien-hoan-dan-ca-1184.html", {}, adhoc_profile(BASE))


def test_a_workflow_line_names_the_writer_not_the_approver() -> None:
    line = "Người viết: Đặng Thu Hà - Người duyệt: Nguyễn Quốc Bảo"
    assert parse_signature(line).author == "Đặng Thu Hà"  # type: ignore[union-attr]
    assert parse_byline_text("Người viết: Đặng Thu Hà, Người duyệt: Nguyễn Quốc Bảo").author == "Đặng Thu Hà"  # type: ignore[union-attr]
    assert parse_byline_text("Tác giả: Minh Anh; Duyệt: Quốc Bảo").author == "Minh Anh"  # type: ignore[union-attr]
    # the approver alone names no writer
    assert parse_byline_text("Người duyệt: Nguyễn Quốc Bảo") is None
    # nor does the role's own label give its first word for a name (the "duyệt:" inside
    # "Người duyệt:" split off left "Người" named: test_model_slots caught it)
    for label in ("Người duyệt", "Người kiểm duyệt", "Người biên tập"):
        found = parse_byline_text(f"{label}: Hồng Vân")
        assert found is None or found.author != "Người", label
    assert parse_byline_text("Tác giả: Minh Anh Người kiểm duyệt: Quốc Bảo").author == "Minh Anh"  # type: ignore[union-attr]
    record = _record(_page(line))
    assert record.author == "Đặng Thu Hà"
    assert record.body_text.splitlines()[-1] == line  # the signature stays in the text


def test_a_labelled_foot_line_with_a_date_is_still_the_foot_not_the_text() -> None:
    record = _record(_page("Người đăng: Minh Anh - 12/03/2024 08:30"))
    assert "Người đăng" not in record.body_text


def test_a_legal_profession_before_the_name_is_kept_as_written() -> None:
    # fx-fn-tuphap (round 19): "Luật gia Nguyễn Thành Công" right-aligned in bold closing the text
    for line in ("Luật gia Nguyễn Thành Công", "Trợ giúp viên pháp lý Hoàng Thu", "Thẩm phán Lê Văn An"):
        assert parse_signature(line).author == line  # type: ignore[union-attr]
    assert parse_signature("Luật gia") is None  # the title alone names no one
    record = _record(_page("<strong>Luật gia Nguyễn Thành Công</strong>", closing_style="text-align:right"))
    assert record.author == "Luật gia Nguyễn Thành Công"


def test_an_interview_s_last_question_is_no_authority_over_its_signature() -> None:
    # fx-fn-huyen (round 19): the interview closes "Phóng viên: Xin cảm ơn ông!" then "Phạm Thu
    # (thực hiện)"; "Phóng viên" opens like a position, so the name under it read as a
    # signatory's (a notice's), no author
    from pipelines.authors import signature_from_body, signing_line

    assert not signing_line("Phóng viên: Xin cảm ơn ông!")
    assert signing_line("CHỦ TỊCH") and signing_line("TM. ỦY BAN NHÂN DÂN")
    lines = [TEXT, "Phóng viên: Năm nay xã đặt mục tiêu gì?", MORE, "Phóng viên: Xin cảm ơn ông!", "Phạm Thu (thực hiện)"]
    assert signature_from_body(lines).author == "Phạm Thu"
    # a notice's signatory under its post stays no author
    assert signature_from_body([TEXT, "CHỦ TỊCH", "Nguyễn Văn An"]).author is None


def _box(*fields: str) -> str:
    items = "".join(f"<li>{f}</li>" for f in fields)
    return f"<aside class='post-info'><h4>Thông tin bài viết</h4><ul>{items}</ul></aside>"


def test_the_article_s_information_box_beside_its_text_names_the_writer() -> None:
    # fx-fn-vanhoa (round 19): the box "Thông tin bài viết" beside the headline's and text's
    # block, inside the article, is the only byline
    box = _box("Tác giả: Vũ Thị Hằng", "Chuyên mục: Văn hóa", "Ngày đăng: 12/03/2024", "Lượt xem: 312")
    assert _record(_page(aside=box)).author == "Vũ Thị Hằng"
    # its placeholder names no one, and the text's own signature wins over the box
    assert _record(_page(aside=_box("Tác giả: Đang cập nhật", "Chuyên mục: Văn hóa"))).author is None
    signed = _page("<strong>Thu Trang</strong>", aside=box, closing_style="text-align:right")
    assert _record(signed).author == "Thu Trang"


def test_a_box_of_teasers_beside_the_text_names_no_writer() -> None:
    teasers = (
        "<aside class='hot'><h4>Bài mới</h4><ul><li><a href='/tin-tuc/a-1.html'>Hội thi văn nghệ quần chúng</a>"
        " Tác giả: Hoàng Minh</li><li><a href='/tin-tuc/b-2.html'>Giải bóng chuyền hơi</a> Tác giả: Lò Văn Sáng</li></ul></aside>"
    )
    assert _record(_page(aside=teasers)).author is None
