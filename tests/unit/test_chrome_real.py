"""Chrome kinds found on the public benchmarks' real pages (benchmarks/chrome_leaks.py), each
a class of chrome with its rule: the pages' own text stays."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.body import chrome_kind, read_also, strip_chrome
from pipelines.extract import extract
from pipelines.record import ArticleRecord

PROSE = (
    "Sáng 12/3, Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
    "nhiệm vụ trọng tâm năm 2024 với sự tham dự của lãnh đạo các sở, ban, ngành và địa phương."
)


def _page(middle: str, after: str = "") -> bytes:
    paragraphs = "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4))
    return (
        "<html><head><title>Hội nghị tổng kết công tác năm 2023</title></head><body>"
        "<h1>Hội nghị tổng kết công tác năm 2023</h1><p>Ngày đăng: 12/03/2024</p>"
        f"<article>{paragraphs}{middle}{paragraphs}{after}</article>"
        "</body></html>"
    ).encode()


def _body(html: bytes) -> str:
    record = extract(html, "https://sonv.example.gov.vn/tin/hoi-nghi-1.html", {}, adhoc_profile("https://sonv.example.gov.vn/"))
    assert isinstance(record, ArticleRecord)
    return record.body_text


def test_read_also_needs_a_label_and_another_pages_link() -> None:
    links = {"Tỉnh khen thưởng 20 tập thể", "Impiden ingreso a Nicaragua a reportero"}
    assert read_also("Xem thêm: Tỉnh khen thưởng 20 tập thể", links)
    assert read_also("Tin liên quan: Tỉnh khen thưởng 20 tập thể", links)
    assert read_also("Lea también: Impiden ingreso a Nicaragua a reportero", links)
    assert read_also("READ MORE: Impiden ingreso a Nicaragua a reportero", links)
    assert not read_also("Xem thêm: quy định tại Điều 5 của Nghị định", links)  # no link: text
    assert not read_also("Tỉnh khen thưởng 20 tập thể", links)  # no label: a line of the text
    assert not read_also("Kết quả: Tỉnh khen thưởng 20 tập thể", links)


def test_a_read_also_line_inside_the_text_is_dropped_a_documents_link_stays() -> None:
    pointer = '<p><strong>Xem thêm: <a href="/tin/khen-thuong-2.html">Tỉnh khen thưởng 20 tập thể xuất sắc</a></strong></p>'
    document = '<p>Xem thêm: <a href="/files/ke-hoach-12.pdf">Kế hoạch số 12/KH-UBND</a></p>'
    text = _body(_page(pointer, document))
    assert "Tỉnh khen thưởng 20 tập thể xuất sắc" not in text
    assert "Xem thêm: Kế hoạch số 12/KH-UBND" in text  # the article's own attached document
    assert text.count("Ủy ban nhân dân tỉnh tổ chức hội nghị") == 8


def test_a_comment_boxs_lines_and_the_editions_calls_at_the_end_are_chrome() -> None:
    box = [
        "Ý kiến bạn đọc",
        "Chưa có bình luận nào",
        "Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu",
        "Bạn còn 500/500 ký tự",
        "Mời bạn đọc theo dõi Báo Lào Cai trên Google News",
        "Đăng ký nhận bản tin",
        "Please understand that comments are moderated and it is not always possible to publish all.",
        "Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)",
        "Zum Newsletter anmelden",
    ]
    for line in box:
        assert chrome_kind(line) == "strong", line
    own = [
        "Người dân đăng ký nhận bản tin cảnh báo qua tổng đài 1022.",  # how to register: text
        "Các ý kiến sẽ được tổng hợp, biên tập gửi Quốc hội.",
        "Sở sẽ tải lên ứng dụng các thủ tục hành chính mới trong tháng 3.",
    ]
    for line in own:
        assert chrome_kind(line) is None, line
    text = [PROSE, own[0], PROSE + " Hết."]
    assert strip_chrome([*text, *box])[0] == text  # the box after the text goes, its lines stay


def test_a_related_list_under_a_foreign_heading_goes_as_under_tin_lien_quan() -> None:
    text = [PROSE, PROSE + " Hết."]
    teasers = ["Tỉnh khen thưởng 20 tập thể xuất sắc", "Hội nghị tổng kết năm 2023"]
    for heading in ("Tin liên quan", "Related Stories", "NOTAS RELACIONADAS", "Lesen Sie auch:", "Schon gelesen?"):
        assert strip_chrome([*text, heading, *teasers])[0] == text, heading
    # the same words inside a sentence of the text are text
    assert chrome_kind("Related stories were published by the provincial newspaper last week.") is None
