"""The causes FRESH_AK's first look found (round 23, issue 10: chrome that changes from page
to page inside the text's own element, which the earlier chrome sets did not hold), one
general rule each, the article's own lines kept."""

from __future__ import annotations

from pipelines.body import chrome_kind, own_tool, strip_chrome
from tests.helpers import ad_hoc_article

PROSE = (
    "Sáng 12/3, Ủy ban nhân dân huyện tổ chức hội nghị giao ban công tác giảm nghèo quý I năm 2024 "
    "với sự tham dự của lãnh đạo các phòng, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, thị trấn."
)
SITE = "Ủy ban nhân dân huyện Tam Giang"


def _page(before: str, after: str, signature: str = "Minh Anh", date_line: str = "Ngày đăng: 12/03/2024") -> bytes:
    paragraphs = "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4))
    return (
        f"<html><head><title>Giao ban công tác giảm nghèo quý I | {SITE}</title></head><body>"
        f'<h1>Giao ban công tác giảm nghèo quý I</h1><div class="meta">{date_line}</div>'
        f'<div class="content">{before}{paragraphs}<p align="right"><b>{signature}</b></p>{after}</div>'
        "</body></html>"
    ).encode()


def test_the_number_of_reads_spelled_so_lan_doc_is_a_counter() -> None:
    # fx-fak-luotdoc: "Số lần đọc: 1.233" under the signature in the text's element, its
    # number the page's own (no page repeats it), kept on every path; the unit signature above
    # it was no longer the text's last line
    for line in ("Số lần đọc: 1.233", "Số lần đọc 937", "Bài viết đã được đọc 1.234 lần", "Số lần đọc: 1.233 lần"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    # a sentence about reading stays
    assert chrome_kind("Số lần đọc sách trung bình của học sinh tăng lên 4 cuốn mỗi tháng.") is None
    kept, removed = strip_chrome([PROSE, "Trung tâm Y tế huyện", "Số lần đọc: 752"])
    assert kept == [PROSE, "Trung tâm Y tế huyện"] and removed == ["Số lần đọc: 752"]
    record = ad_hoc_article(_page("", "<p>Số lần đọc: 752</p>", signature="Trung tâm Y tế huyện"))
    assert "Số lần đọc" not in record.body_text and record.author == "Trung tâm Y tế huyện"
