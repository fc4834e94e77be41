"""Chrome kinds found on the public benchmarks' real pages (benchmarks/chrome_leaks.py), each
a class of chrome with its rule: the pages' own text stays."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.body import read_also
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
