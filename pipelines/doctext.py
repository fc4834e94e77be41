"""The text of an attached document: ``document_text(data, content_type, name) -> DocText``.

Pure and total: bytes in, text or a reason out, never an exception. The formats portals
attach their documents in:

- **PDF** with a text layer, read with pypdf (pages up to :data:`MAX_PAGES`); a PDF whose
  pages carry (almost) no text is a scan: ``no_text``.
- **DOCX**, read with python-docx: paragraphs and table cells in document order (the
  number and date of an official document sit in a table at its top), then headers.
- **Plain text** (``text/plain``), decoded as UTF-8 (or windows-1258 when it is not).
- Old binary Office files (``.doc``, ``.xls``, ``.ppt``: OLE2) and everything else:
  ``unsupported``; corrupt files: ``broken``; more than :data:`MAX_BYTES`: ``too_large``.

Text is NFC, each page or paragraph on its own line, at most :data:`MAX_CHARS` characters
(``truncated`` says when something was left out). Which library and why:
docs/architecture.md, "Decisions".
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import Literal

logger = logging.getLogger(__name__)

Status = Literal["ok", "no_text", "unsupported", "broken", "too_large"]
STATUSES: tuple[Status, ...] = ("ok", "no_text", "unsupported", "broken", "too_large")

#: files larger than this are not read (bytes)
MAX_BYTES = 30 * 1024 * 1024
#: pages of a PDF read at most (the rest is left out: ``truncated``)
MAX_PAGES = 200
#: characters of text kept at most
MAX_CHARS = 2_000_000
#: a PDF with fewer letters than this per page on average has no text layer (a scan)
MIN_LETTERS_PER_PAGE = 10

PDF_TYPES = frozenset({"application/pdf", "application/x-pdf"})
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class DocText:
    """What :func:`document_text` found: ``text`` when ``status`` is ``ok``, else None,
    and ``reason``, a short human-readable detail (empty when ok)."""

    status: Status
    text: str | None = None
    reason: str = ""
    format: str = ""  # "pdf", "docx", "text", or "" when not recognised
    pages: int | None = None
    truncated: bool = False


def detect_format(data: bytes, content_type: str | None = None, name: str | None = None) -> str:
    """``pdf``, ``docx``, ``ole`` (old Office), ``zip``, ``text`` or ``""``: the bytes
    decide first (portals send PDFs as ``application/octet-stream``), then the content
    type, then the file name's extension."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    ext = (name or "").lower().rsplit(".", 1)[-1] if name and "." in name else ""
    if data.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if data[:8] == OLE_MAGIC:
        return "ole"
    if data[:4] == b"PK\x03\x04":
        return "docx" if ctype == DOCX_TYPE or ext == "docx" or b"word/" in data[:4096] else "zip"
    if ctype in PDF_TYPES or ext == "pdf":
        return "pdf"  # not a PDF after all: read, it will say broken
    if ctype == DOCX_TYPE or ext == "docx":
        return "docx"
    if ctype in ("application/msword", "application/vnd.ms-excel") or ext in ("doc", "xls", "ppt"):
        return "ole"
    if ctype == "text/plain" or ext == "txt":
        return "text"
    return ""


def document_text(data: bytes, content_type: str | None = None, name: str | None = None) -> DocText:
    """The text of an attachment (see the module docstring). Never raises."""
    try:
        return _document_text(data, content_type, name)
    except Exception as exc:  # noqa: BLE001 - a bad file must never stop a crawl
        logger.warning("Attachment %s could not be read: %r", name or "(unnamed)", exc)
        return DocText("broken", reason=f"{type(exc).__name__}: {exc}"[:200])


def _document_text(data: bytes, content_type: str | None, name: str | None) -> DocText:
    if len(data) > MAX_BYTES:
        return DocText("too_large", reason=f"{len(data):,} bytes (limit {MAX_BYTES:,})")
    kind = detect_format(data, content_type, name)
    if kind == "pdf":
        return _pdf(data)
    if kind == "docx":
        return _docx(data)
    if kind == "text":
        return _plain(data)
    if kind == "ole":
        return DocText(
            "unsupported", reason="old binary Office file (.doc/.xls/.ppt)", format="ole"
        )
    if kind == "zip":
        return DocText("unsupported", reason="ZIP archive or an Office format other than DOCX",
                       format="zip")  # fmt: skip
    shown = (content_type or "").split(";")[0] or (name or "unknown")
    return DocText("unsupported", reason=f"no text reader for {shown}")


def _finish(parts: list[str], fmt: str, pages: int | None, truncated: bool) -> DocText:
    text = unicodedata.normalize("NFC", "\n".join(p.strip() for p in parts if p and p.strip()))
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    if len(text) > MAX_CHARS:
        text, truncated = text[:MAX_CHARS], True
    return DocText("ok", text, format=fmt, pages=pages, truncated=truncated)


def _pdf(data: bytes) -> DocText:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            return DocText("broken", reason="encrypted PDF", format="pdf")
        total = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        return DocText("broken", reason=f"unreadable PDF: {exc}"[:200], format="pdf")
    read = min(total, MAX_PAGES)
    parts, size = [], 0
    for index in range(read):
        text = reader.pages[index].extract_text() or ""
        parts.append(text)
        size += len(text)
        if size > MAX_CHARS:
            break
    letters = sum(c.isalpha() for part in parts for c in part)
    if read == 0 or letters < MIN_LETTERS_PER_PAGE * len(parts):
        return DocText("no_text", reason=f"no text layer ({total} pages, a scan?)", format="pdf",
                       pages=total)  # fmt: skip
    return _finish(parts, "pdf", total, total > read or size > MAX_CHARS)


def _docx(data: bytes) -> DocText:
    from docx import Document
    from docx.table import Table

    try:
        document = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        return DocText("broken", reason=f"unreadable DOCX: {exc}"[:200], format="docx")
    parts: list[str] = []

    def walk(container: object) -> None:
        for block in container.iter_inner_content():  # type: ignore[attr-defined]
            if isinstance(block, Table):
                for row in block.rows:
                    cells = dict.fromkeys(cell._tc for cell in row.cells)  # merged cells once
                    for cell in row.cells:
                        if cell._tc in cells:
                            cells.pop(cell._tc)
                            walk(cell)
            else:
                parts.append(block.text)

    walk(document)
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs]
    if not any(part.strip() for part in parts):
        return DocText("no_text", reason="empty document", format="docx")
    return _finish(parts, "docx", None, False)


def _plain(data: bytes) -> DocText:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("windows-1258", errors="replace")
    if not text.strip():
        return DocText("no_text", reason="empty file", format="text")
    return _finish(text.splitlines(), "text", None, False)
