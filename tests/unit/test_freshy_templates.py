"""The causes FRESH_Y's first look found (round 21, issue 10: chrome kinds the earlier chrome
sets did not hold), one general rule each, the article's own lines kept."""

from __future__ import annotations

from pipelines.body import chrome_kind, own_tool, strip_chrome
from tests.helpers import ad_hoc_article

PROSE = (
    "Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
    "nhiệm vụ trọng tâm năm 2024 với sự tham dự của lãnh đạo các sở, ban, ngành và địa phương."
)
SITE = "Sở Tư pháp tỉnh Sơn Vân"


def _page(before: str, after: str) -> bytes:
    paragraphs = "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4))
    return (
        f"<html><head><title>Hội nghị tổng kết công tác năm 2023 - {SITE}</title></head><body>"
        "<h1>Hội nghị tổng kết công tác năm 2023</h1><p>Ngày đăng: 12/03/2024 08:30</p>"
        f'<div class="content">{before}{paragraphs}<p style="text-align:right"><b>Minh Anh</b></p>{after}</div>'
        "</body></html>"
    ).encode()


def test_a_keyword_row_may_name_what_its_words_are_for() -> None:
    # fx-fy-tuphap: "Từ khóa tìm kiếm: công chứng, hòa giải cơ sở" as text without links, after
    # the template's lines under the signature: left at the tail, the text's last line
    for line in ("Từ khóa tìm kiếm: công chứng, hòa giải cơ sở", "Từ khóa bài viết: hộ tịch",
                 "Thẻ bài viết: lễ hội, du lịch", "Tags: phòng cháy rừng"):  # fmt: skip
        assert chrome_kind(line) == "strong" and own_tool(line), line
    # a sentence about keywords stays
    for line in ("Từ khóa tìm kiếm phổ biến nhất trên Cổng Dịch vụ công là đăng ký khai sinh.",):
        assert chrome_kind(line) is None, line
    kept, removed = strip_chrome([PROSE, "Minh Anh", "Từ khóa tìm kiếm: công chứng, hòa giải cơ sở"])
    assert kept == [PROSE, "Minh Anh"] and removed == ["Từ khóa tìm kiếm: công chứng, hòa giải cơ sở"]
    record = ad_hoc_article(_page("", "<div>Từ khóa tìm kiếm: công chứng, hòa giải cơ sở</div>"))
    assert "Từ khóa" not in record.body_text and record.body_text.rstrip().endswith("Minh Anh")


def test_a_players_and_a_file_boxs_counts_are_counters() -> None:
    # fx-fy-truyenhinh "Lượt nghe: 31 | Lượt xem video: 731" under the text, fx-fy-tuphap's
    # attachment table "Lượt tải: 27": kept on the single-page path, where the cells are lines
    for line in ("Lượt nghe: 31 | Lượt xem video: 731", "Lượt tải: 27", "Số lần tải về: 12", "1.204 lượt nghe",
                 "Lượt download: 5"):  # fmt: skip
        assert chrome_kind(line) == "strong" and own_tool(line), line
    for line in ("Lượt nghe đài của người dân vùng cao tăng mạnh nhờ loa truyền thanh thông minh.",
                 "Lượt tải ứng dụng VNeID trên địa bàn tỉnh đạt 120.000."):  # fmt: skip
        assert chrome_kind(line) is None, line
    kept, removed = strip_chrome([PROSE, "Minh Anh", "Lượt nghe: 31 | Lượt xem video: 731"])
    assert kept == [PROSE, "Minh Anh"] and removed == ["Lượt nghe: 31 | Lượt xem video: 731"]


def test_a_source_stamp_naming_the_site_itself_is_chrome() -> None:
    # fx-fy-tuphap: the template's "Nguồn: Cổng Thông tin điện tử Sở Tư pháp tỉnh Bắc Hà" under
    # every article, the site's name in <title> after the headline; a writer's "Nguồn: Báo X"
    # (another publisher) stays, as does the site's name in a sentence of the text
    stamp = f"<div>Nguồn: Cổng Thông tin điện tử {SITE}</div>"
    record = ad_hoc_article(_page("", stamp))
    assert "Nguồn:" not in record.body_text and record.body_text.rstrip().endswith("Minh Anh")
    assert record.source is None
    record = ad_hoc_article(_page("", f'<p style="text-align:right"><em>Nguồn: Báo Sơn Vân</em></p>{stamp}'))
    assert record.body_text.rstrip().endswith("Nguồn: Báo Sơn Vân") and record.source == "Báo Sơn Vân"
    record = ad_hoc_article(_page("", f"<p>Nguồn: {SITE}</p>"))
    assert "Nguồn:" not in record.body_text
    # another portal's name is a source
    record = ad_hoc_article(_page("", "<p>Nguồn: Cổng TTĐT huyện Đông Lạc</p>"))
    assert record.body_text.rstrip().endswith("Nguồn: Cổng TTĐT huyện Đông Lạc")


def test_an_attachment_boxs_size_cell_is_the_boxs() -> None:
    # fx-fy-tuphap's "Tệp đính kèm:" table (name | "(235 KB)" | "Tải về" | "Lượt tải: 14"): on the
    # single-page path the cells are lines, and the size alone stayed at the text's tail
    for line in ("(235 KB)", "(1,2 MB)", "[48 KB]", "Dung lượng: 2,4 MB", "512 KB"):
        assert chrome_kind(line) == "strong", line
    for line in ("Dung lượng tệp tối đa là 5 MB cho mỗi hồ sơ.", "(235 hồ sơ)", "Phụ lục (2 trang)"):
        assert chrome_kind(line) is None, line
    lines = [PROSE, "Thanh tra Sở", "Tệp đính kèm:", "qd-kiem-tra.pdf", "(512 KB)", "Lượt tải: 22"]
    kept, removed = strip_chrome(lines)
    assert kept == [PROSE, "Thanh tra Sở"], kept


def test_a_comment_boxs_notice_goes_among_the_tails_short_lines() -> None:
    # fx-fy-xabang single page: the learned chrome took the comment form's labels, and
    # trafilatura put the picture's caption (a table row) after the form, so the tail read
    # signature, "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.", caption: the caption
    # ended the edge run and the notice stayed once the caption was put back in its place
    note = "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng."
    caption = "Tuyến đường liên xã sau khi hoàn thành."
    kept, removed = strip_chrome([PROSE, PROSE + " Hai.", "Hoàng Văn Tuấn", note, caption])
    assert removed == [note] and kept == [PROSE, PROSE + " Hai.", "Hoàng Văn Tuấn", caption]
    # a sentence of the text about comments stays
    line = "Các ý kiến bình luận của người dân sẽ được tổng hợp gửi Ủy ban."
    kept, removed = strip_chrome([PROSE, line, caption])
    assert removed == [] and kept == [PROSE, line, caption]


def test_a_caption_by_its_class_under_a_video_or_a_recording_is_put_back() -> None:
    # fx-fy-truyenhinh: <div class="video-box"><video>...</video></div><p class="video-caption">
    # <em>...</em></p>, as under a picture (p.caption); trafilatura drops it on the single-page path
    video = ('<div class="video-box"><video controls><source src="/v.mp4" type="video/mp4">'
             "Trình duyệt của bạn không hỗ trợ video HTML5.</video></div>"
             '<p class="video-caption"><em>Lực lượng kiểm lâm tuần tra trên các tuyến rừng.</em></p>')
    audio = ('<div class="audio-box"><audio controls><source src="/a.mp3" type="audio/mpeg"></audio></div>'
             '<p class="video-caption"><em>Bản tin phát thanh: Truyền thanh cơ sở.</em></p>')
    for player, caption in ((video, "Lực lượng kiểm lâm tuần tra trên các tuyến rừng."),
                            (audio, "Bản tin phát thanh: Truyền thanh cơ sở.")):  # fmt: skip
        record = ad_hoc_article(_page(player, ""))
        assert caption in record.body_text, record.body_text
        assert "không hỗ trợ" not in record.body_text
