"""Bytes -> text for HTML pages, Vietnamese-aware.

Order: byte-order mark; strict UTF-8 when the bytes are valid UTF-8 (a UTF-8 page
mislabelled as windows-1258 is common and must still come out right); the charsets
declared by the HTTP ``Content-Type`` and by ``<meta>`` (when both decode, the one that
reads as more plausible Vietnamese wins); UTF-8 with a few broken bytes (truncated
pages); last, detection with charset-normalizer. The result is always NFC: windows-1258
decodes to base letters plus combining tone marks, and many pages mix composed and
decomposed forms. Spelling is never touched.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

#: bytes of (decoded) HTML beyond which a page is ``too_large`` (here, not in
#: :mod:`pipelines.extract`: the crawl process needs the figure without extraction's imports)
MAX_HTML = 5_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
# WHATWG: these labels mean windows-1252 in HTML; utf-16 in a <meta> of an 8-bit page is utf-8
_ALIASES = {
    "latin1": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "l1": "cp1252",
    "utf-16": "utf-8",
    "unicode": "utf-8",
}

_VN_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
_VN_LETTERS += _VN_LETTERS.upper()
_OK_SYMBOLS = "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00a9\u00ae\u00b0\u00b7\u00ab\u00bb\u2122\u20ab\ufeff\u200b"
_VN_RE = re.compile(f"[{_VN_LETTERS}]")
_BAD_RE = re.compile(f"[^\\x00-\\x7f{_VN_LETTERS}{_OK_SYMBOLS}]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Decoded:
    text: str  # NFC
    encoding: str  # Python codec name actually used
    source: str  # "bom", "utf-8", "http", "meta", "utf-8-lenient", "detected"


def codec_name(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def http_charset(content_type: str | None) -> str | None:
    match = _HTTP_CHARSET.search(content_type or "")
    return codec_name(match.group(1)) if match else None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return codec_name(match.group(1).decode("ascii", "replace")) if match else None


def vietnamese_score(text: str) -> int:
    """Higher for text that reads as Vietnamese; mojibake and replacement characters
    (and tone marks left uncomposed) count against."""
    text = unicodedata.normalize("NFC", text)
    return len(_VN_RE.findall(text)) - 3 * len(_BAD_RE.findall(text))


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _lenient_utf8(body: bytes) -> str | None:
    """UTF-8 with a few broken sequences (a page cut inside a character)."""
    text = body.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    non_ascii = len(_NON_ASCII_RE.findall(text))
    return text if broken <= max(2, non_ascii // 100) else None


def _detect(body: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(body).best()
    if best is None or best.encoding is None:
        return None
    return str(best), best.encoding


def _finish(text: str, encoding: str, source: str) -> Decoded | None:
    text = text.lstrip("\ufeff")
    if text and len(_CONTROL_RE.findall(text)) > max(2, len(text) // 200):
        return None  # binary data, whatever a detector says
    return Decoded(unicodedata.normalize("NFC", text), encoding, source)


def decode_html(body: bytes, content_type: str | None = None) -> Decoded | None:
    """Decode an HTML page; None when the bytes are not text in any sensible charset."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = body[len(bom) :].decode(codec, "replace")
            return _finish(text, codec, "bom")

    text = _strict(body, "utf-8")
    if text is not None:
        return _finish(text, "utf-8", "utf-8")

    candidates: list[tuple[int, int, str, str, str]] = []  # (score, -rank, text, codec, source)
    declared = [(http_charset(content_type), "http"), (meta_charset(body), "meta")]
    seen: set[str] = set()
    for rank, (codec, source) in enumerate(declared):
        if not codec or codec in seen or codec == "utf-8":
            continue
        seen.add(codec)
        decoded = _strict(body, codec)
        if decoded is not None:
            candidates.append((vietnamese_score(decoded), -rank, decoded, codec, source))
    lenient = _lenient_utf8(body)
    if lenient is not None:
        candidates.append((vietnamese_score(lenient), -9, lenient, "utf-8", "utf-8-lenient"))
    if not candidates:
        detected = _detect(body)
        if detected is not None:
            candidates.append((vietnamese_score(detected[0]), 0, *detected, "detected"))
        if "cp1258" not in seen:
            decoded = _strict(body, "cp1258")
            if decoded is not None:
                candidates.append((vietnamese_score(decoded), -1, decoded, "cp1258", "detected"))
    if not candidates:
        return None
    _, _, text, codec, source = max(candidates, key=lambda c: (c[0], c[1]))
    return _finish(text, codec, source)
