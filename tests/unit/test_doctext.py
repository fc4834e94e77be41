"""Attachments' text: real PDF and DOCX files made here, scans, old Office files, bad bytes."""

from __future__ import annotations

import io

import pytest

from crawler.replica.assets import tiny_pdf
from pipelines import doctext
from pipelines.doctext import DOCX_TYPE, document_text
from tests.families.common import cp1258


def make_pdf(page_streams: list[bytes], chars: str = "") -> bytes:
    """A PDF with one page per content stream; text shows through font F1, a Type0 font
    (Identity-H) whose ToUnicode map gives CID ``i + 1`` the character ``chars[i]``."""
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /U def "
        "1 begincodespacerange <0000> <FFFF> endcodespacerange "
        f"{len(chars)} beginbfchar "
        + " ".join(f"<{i + 1:04X}> <{ord(c):04X}>" for i, c in enumerate(chars))
        + " endbfchar endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    n = len(page_streams)
    kids = " ".join(f"{6 + 2 * i} 0 R" for i in range(n))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {n} >>".encode(),
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Arial /Encoding /Identity-H "
        b"/DescendantFonts [4 0 R] /ToUnicode 5 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Arial /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    for i, stream in enumerate(page_streams):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (7 + 2 * i)
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_pdf(pages: list[list[str]]) -> bytes:
    """A PDF showing these lines (any Unicode text), one list of lines per page."""
    chars = "".join(sorted({c for lines in pages for line in lines for c in line}))
    streams = []
    for lines in pages:
        shown = " ".join(
            "<" + "".join(f"{chars.index(c) + 1:04X}" for c in line) + "> '" for line in lines
        )
        streams.append(f"BT /F1 12 Tf 72 760 Td 16 TL {shown} ET".encode())
    return make_pdf(streams, chars)


#: a page that only paints a 2x2 grey image, as a scanner writes it
SCANNED_PAGE = b"q 500 0 0 700 40 60 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x10\x80\x80\x10 EI Q"

DECREE = [
    ["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "Số: 1234/QĐ-UBND"],
    ["Căn cứ Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu."],
]


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    document = Document()
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_pdf_with_a_text_layer_gives_its_vietnamese_text() -> None:
    result = document_text(text_pdf(DECREE), "application/pdf", "qd-1234.pdf")
    assert result.status == "ok" and result.format == "pdf" and result.pages == 2
    assert result.text == (
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI\nSố: 1234/QĐ-UBND\nCăn cứ Nghị định số 13/2023/NĐ-CP "
        "ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu."
    )
    assert not result.truncated


def test_pdf_sent_as_octet_stream_and_the_replica_attachment() -> None:
    result = document_text(tiny_pdf(["Ke hoach so 56-KH/TU", "Ban Thuong vu Tinh uy"]),
                           "application/octet-stream", "download")  # fmt: skip
    assert result.status == "ok" and "Ke hoach so 56-KH/TU" in (result.text or "")


def test_scanned_pdf_has_no_text() -> None:
    result = document_text(make_pdf([SCANNED_PAGE, SCANNED_PAGE]), "application/pdf", "scan.pdf")
    assert (result.status, result.text, result.pages) == ("no_text", None, 2)
    assert "no text layer" in result.reason


def test_page_limit_truncates(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctext, "MAX_PAGES", 1)
    result = document_text(text_pdf(DECREE), "application/pdf")
    assert result.status == "ok" and result.truncated and result.pages == 2
    assert "Nghị định" not in (result.text or "")


def test_docx_paragraphs_and_tables_in_order() -> None:
    data = make_docx(
        ["Căn cứ Nghị định số 13/2023/NĐ-CP;", "QUYẾT ĐỊNH:"],
        table=[["ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
               ["Số: 1234/QĐ-UBND", "Lào Cai, ngày 5 tháng 3 năm 2024"]],
    )  # fmt: skip
    result = document_text(data, DOCX_TYPE, "qd.docx")
    assert result.status == "ok" and result.format == "docx"
    assert (result.text or "").splitlines() == [
        "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 1234/QĐ-UBND", "Lào Cai, ngày 5 tháng 3 năm 2024",
        "Căn cứ Nghị định số 13/2023/NĐ-CP;", "QUYẾT ĐỊNH:",
    ]  # fmt: skip


def test_docx_detected_by_bytes_and_empty_docx() -> None:
    assert document_text(make_docx(["Kế hoạch"]), None, "file").status == "ok"
    assert document_text(make_docx([]), DOCX_TYPE, "x.docx").status == "no_text"


@pytest.mark.parametrize(
    ("data", "ctype", "name", "status"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "application/msword", "cv.doc", "unsupported"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "application/octet-stream", "bang.xls", "unsupported"),
        (b"\x89PNG\r\n\x1a\n", "image/png", "anh.png", "unsupported"),
        (b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog", "application/pdf", "cut.pdf", "broken"),
        (b"<html>Not found</html>", "application/pdf", "soft404.pdf", "broken"),
        (b"PK\x03\x04garbage", DOCX_TYPE, "bad.docx", "broken"),
        (b"not a zip at all", DOCX_TYPE, "bad.docx", "broken"),
        (b"", "application/pdf", "empty.pdf", "broken"),
    ],
)
def test_unsupported_and_broken_files(data: bytes, ctype: str, name: str, status: str) -> None:
    result = document_text(data, ctype, name)
    assert result.status == status and result.text is None and result.reason


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(doctext, "MAX_BYTES", 100)
    result = document_text(text_pdf(DECREE), "application/pdf")
    assert result.status == "too_large" and "limit 100" in result.reason


def test_plain_text_and_windows_1258() -> None:
    assert document_text("Số: 12/KH-UBND".encode(), "text/plain; charset=utf-8").text == "Số: 12/KH-UBND"
    assert document_text(cp1258("Kế hoạch số 12"), None, "kh.txt").text == "Kế hoạch số 12"


def test_never_raises_even_when_a_reader_does(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(data: bytes) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(doctext, "_pdf", explode)
    result = document_text(text_pdf(DECREE), "application/pdf", "x.pdf")
    assert result.status == "broken" and "boom" in result.reason
