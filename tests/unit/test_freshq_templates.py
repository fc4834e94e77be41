"""The causes FRESH_Q's first look found (round 20, issue 10: chrome lines the template
writes inside the text's own element), one general rule each, the article's own lines kept."""

from __future__ import annotations

from pipelines.body import chrome_kind, own_tool, strip_chrome, tool_line
from tests.helpers import ad_hoc_article

PROSE = (
    "Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
    "nhiệm vụ trọng tâm năm 2024 với sự tham dự của lãnh đạo các sở, ban, ngành và địa phương."
)


def _page(before: str, after: str) -> bytes:
    paragraphs = "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4))
    return (
        "<html><head><title>Hội nghị tổng kết công tác năm 2023</title></head><body>"
        "<h1>Hội nghị tổng kết công tác năm 2023</h1><p>Ngày đăng: 12/03/2024 08:30</p>"
        f'<div class="content">{before}{paragraphs}<p style="text-align:right"><b>Minh Anh</b></p>{after}</div>'
        "</body></html>"
    ).encode()


def test_a_revision_line_is_the_blocks_own_line_not_sure_chrome() -> None:
    # fx-fq-khcn "Cập nhật lần cuối: 07/03/2024 15:20", fx-fq-tanlap's "Last Updated" plugin,
    # fx-fq-phinho "Số lần xem: 2.508 - Sửa lần cuối: 14:10 06/03/2024"
    for line in ("Cập nhật lần cuối: 07/03/2024 15:20", "Sửa lần cuối: 14:10 06/03/2024",
                 "Cập nhật lần cuối vào 07/03/2024 lúc 15:20", "Ngày cập nhật: 08/03/2024 16:00",
                 "Cập nhật: 15:00 thứ Hai, 04/03/2024 (GMT+7)", "Last updated: March 7, 2024",
                 "Số lần xem: 2.508 - Sửa lần cuối: 14:10 06/03/2024"):  # fmt: skip
        assert tool_line(line) and own_tool(line), line
        # the foot date search passes over sure chrome only: such a line may be the page's only date
        assert chrome_kind(line) is None, line
    for line in ("Cập nhật lần cuối: bảng giá đất năm 2024 được áp dụng từ 01/3",
                 "Cập nhật thông tin dân cư đến ngày 5/3/2024 cho 1.200 hộ",
                 "Sửa đổi, bổ sung Điều 5 ngày 5/3/2024"):  # fmt: skip
        assert not tool_line(line) and not own_tool(line), line
    kept, removed = strip_chrome([PROSE, "Minh Anh", "Cập nhật lần cuối: 07/03/2024 15:20"])
    assert kept == [PROSE, "Minh Anh"] and removed == ["Cập nhật lần cuối: 07/03/2024 15:20"]
    record = ad_hoc_article(_page("", "<p>Cập nhật lần cuối: 14/03/2024 16:20</p>"))
    assert "Cập nhật lần cuối" not in record.body_text
    assert record.body_text.count("Ủy ban nhân dân tỉnh tổ chức hội nghị") == 4
    assert record.body_text.rstrip().endswith("Minh Anh")


def test_a_feedback_box_is_chrome() -> None:
    # fx-fq-khcn: "Bài viết có hữu ích với bạn không? Có | Không (4 người thấy hữu ích)", 16
    # words: as long as a paragraph of prose, so the tail's tool lines above it stayed too
    box = "Bài viết có hữu ích với bạn không? Có | Không (4 người thấy hữu ích)"
    for line in (box, "Thông tin này có hữu ích không?", "Bạn thấy bài viết này thế nào?", "Was this article helpful? Yes No"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    for line in ("Thông tin có hữu ích cho bà con trong việc phòng chống dịch bệnh.",
                 "Bài viết có giúp ích cho nhiều người dân trong xã.", "Có | Không"):  # fmt: skip
        assert chrome_kind(line) is None and not own_tool(line), line
    kept, _ = strip_chrome([PROSE, "Minh Anh", "Cập nhật lần cuối: 07/03/2024 15:20", box])
    assert kept == [PROSE, "Minh Anh"]
    linked_box = box.replace("Có |", '<a href="#">Có</a> |')
    record = ad_hoc_article(_page("", f'<p>Cập nhật lần cuối: 14/03/2024 16:20</p><p class="useful">{linked_box}</p>'))
    assert "hữu ích" not in record.body_text and "Cập nhật lần cuối" not in record.body_text
    assert record.author == "Minh Anh"


def test_previous_and_next_without_titles_are_a_tool_row() -> None:
    # fx-fq-phinho: "« <a>Tin trước</a> | Tin 2/6 | <a>Tin sau</a> »" under the text, in its cell
    for line in ("« Tin trước | Tin 2/6 | Tin sau »", "Bài trước · Bài sau", "« Bài trước | Bài tiếp theo »"):
        assert chrome_kind(line) == "strong" and tool_line(line), line
    for line in ("Tin trước: Hội nghị tổng kết công tác năm 2023", "Bài 2/6"):
        assert chrome_kind(line) is None, line
    html = _page("", '<p align="center">« <a href="/tin/1.html">Tin trước</a> | Tin 2/6 | <a href="/tin/3.html">Tin sau</a> »</p>')
    record = ad_hoc_article(html)
    assert "Tin trước" not in record.body_text and record.author == "Minh Anh"


def test_a_meta_row_opened_by_the_section_field_is_a_tool_row() -> None:
    # fx-fq-phinho: "Chuyên mục: Văn hóa - Giáo dục | Mã tin: 1179" between the date line and the sapo
    for line in ("Chuyên mục: Văn hóa - Giáo dục | Mã tin: 1179", "Chuyên mục: Kinh tế | Lượt xem: 1.234",
                 "Mã tin: 1179", "ID bài viết: 5210"):  # fmt: skip
        assert chrome_kind(line) == "strong" and tool_line(line), line
    for line in ("Chuyên mục: Văn hóa - Giáo dục", "Chuyên mục: Tin tức | Ủy ban nhân dân tỉnh tổ chức hội nghị"):
        assert chrome_kind(line) is None and not tool_line(line), line
    record = ad_hoc_article(_page("<p>Chuyên mục: Văn hóa - Giáo dục | Mã tin: 1179</p>", ""))
    assert "Mã tin" not in record.body_text
    assert record.body_text.startswith(PROSE[:40])


def test_a_date_line_in_a_cells_br_run_is_its_own_line_not_prose() -> None:
    # fx-fq-phinho: the headline, "Ngày đăng: ..." and the meta row are one loose run of a table
    # cell, <br>-separated (parsing wraps it in one <p>); with a long headline the run was over a
    # paragraph's length, so the date line was taken for the text's prose and the revision line
    # under the text ("Sửa lần cuối: ...", the next day) was read as the page's only date
    title = "Chủ động phòng cháy rừng trong cao điểm mùa khô năm 2024 tại các xã vùng cao của huyện Phìn Hồ"
    text = "<br><br>".join(f"{PROSE} Đoạn {i}." for i in range(3))
    html = (
        f"<html><head><title>{title}</title></head><body><table><tr><td width='190'>Liên kết</td>"
        f'<td class="noidung"><font class="tieude" size="4"><b>{title}</b></font><br>'
        '<font color="#666666" size="2">Ngày đăng: 05/03/2024 08:30</font><br>'
        '<font size="2">Chuyên mục: Tài nguyên - Môi trường | Mã tin: 1184</font><br><br>'
        f"{text}<br><br><div align='right'><b>Lò Văn Hùng</b></div>"
        '<table width="100%"><tr><td>Số lần xem: 2.508 - Sửa lần cuối: 14:10 06/03/2024</td></tr></table>'
        "</td></tr></table></body></html>"
    ).encode()
    record = ad_hoc_article(html)
    assert record.published_at == "2024-03-05T08:30:00+07:00" and record.date_basis == "published"
    assert record.updated_at == "2024-03-06T14:10:00+07:00"
