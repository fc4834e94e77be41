"""decode_html: charsets from HTTP and <meta>, windows-1258, BOMs, NFC, garbage."""

from __future__ import annotations

import codecs
import random
import unicodedata

import pytest

from pipelines.decode import codec_name, decode_html, http_charset, meta_charset

VN = "Triển khai thực hiện tốt công tác thông tin đối ngoại khu vực biên giới tỉnh Lào Cai"
# windows-1258 bytes of "Tiếng Việt" as legacy editors wrote it: base letter + tone mark
CP1258 = b"Ti\xeang Vi\xea\xf2t \xf0\xe2\xecu ti\xean"
CP1258_TEXT = "Tiêng Việt đấu tiên"


def _page(meta: str, text: str) -> str:
    return f'<html><head><meta charset="{meta}"><title>x</title></head><body><p>{text}</p></body></html>'


def test_charset_labels():
    assert codec_name("windows-1258") == "cp1258"
    assert codec_name("ISO-8859-1") == "cp1252"  # WHATWG: latin-1 means windows-1252
    assert codec_name("nonsense") is None
    assert http_charset("text/html; charset=UTF-8") == "utf-8"
    assert http_charset("text/html") is None
    assert (
        meta_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
        == "cp1258"
    )
    assert meta_charset(b"<meta charset='utf-8'>") == "utf-8"


def test_windows_1258_is_composed_to_nfc():
    decoded = decode_html(b"<p>" + CP1258 + b"</p>", "text/html; charset=windows-1258")
    assert "Việt" in decoded.text and "đấu" in decoded.text
    assert unicodedata.is_normalized("NFC", decoded.text)
    assert decoded.encoding == "cp1258"


def test_meta_wins_over_a_wrong_http_charset():
    body = _page("windows-1258", "").encode("ascii").replace(b"<p>", b"<p>" + CP1258)
    decoded = decode_html(body, "text/html; charset=iso-8859-1")
    assert CP1258_TEXT.split()[1] in decoded.text
    assert decoded.source == "meta"
    assert decode_html(body, "text/html; charset=utf-8").source == "meta"


def test_utf8_mislabelled_as_windows_1258():
    body = _page("windows-1258", VN).encode("utf-8")
    decoded = decode_html(body, "text/html; charset=windows-1258")
    assert VN in decoded.text
    assert decoded.encoding == "utf-8"


def test_nfd_utf8_comes_out_nfc():
    body = unicodedata.normalize("NFD", _page("utf-8", VN)).encode("utf-8")
    assert VN in decode_html(body, None).text


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ],
)
def test_bom(bom, codec):
    decoded = decode_html(
        bom + _page("windows-1258", VN).encode(codec), "text/html; charset=windows-1258"
    )
    assert decoded.source == "bom"
    assert VN in decoded.text
    assert not decoded.text.startswith("\ufeff")


def test_truncated_utf8_is_still_utf8():
    body = _page("utf-8", VN * 20).encode("utf-8")
    cut = body[: body.index("ệ".encode()) + 1]  # inside a multi-byte letter
    decoded = decode_html(cut, "text/html")
    assert decoded.encoding == "utf-8" and decoded.source == "utf-8-lenient"
    assert "Triển khai" in decoded.text


def test_undeclared_legacy_page_is_detected():
    body = _page("", "").encode("ascii").replace(b"<p>", b"<p>" + CP1258 * 30)
    decoded = decode_html(body.replace(b'<meta charset="">', b""), None)
    assert decoded is not None
    assert "Việt" in decoded.text


def test_binary_is_undecodable():
    assert decode_html(random.Random(1).randbytes(2048), "text/html") is None
    assert decode_html(b"\x00\x01\x02\x03" * 100, None) is None
