"""Small binary and static files for fixture sites, built with the standard library only.

All output is deterministic (fixed timestamps), so captures of the replica compare byte for byte.
"""

from __future__ import annotations

import base64
import io
import random
import struct
import zipfile
import zlib
from html import escape

# A 16x12 baseline JPEG and a 32x8 PNG (solid dark red), made once with Pillow.
TINY_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4"
    "UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAMABADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcI"
    "CQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRol"
    "JicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ip"
    "qrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAA"
    "AAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLR"
    "ChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaX"
    "mJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEA"
    "PwDIooorkPoT/9k="
)
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAACAAAAAICAIAAAAX52r4AAAAGUlEQVR42mNcICLCQEvAxEBjMGrBqAWUAwB4ogDYu9kT"
    "EQAAAABJRU5ErkJggg=="
)



def png(width: int, height: int, rgb: tuple[int, int, int] = (165, 0, 0), *, noise: int = 0) -> bytes:
    """A valid RGB PNG of ``width`` x ``height``: one colour, or (``noise``: a seed) random
    pixels, which do not compress: a file about ``3 * width * height`` bytes, as heavy as a
    photo of that weight."""
    if noise:
        rng = random.Random(noise)
        rows = b"".join(b"\0" + rng.randbytes(3 * width) for _ in range(height))
    else:
        rows = (b"\0" + bytes(rgb) * width) * height

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))  # fmt: skip


def padded_jpeg(size: int, seed: int) -> bytes:
    """:data:`TINY_JPEG` made about ``size`` bytes heavy by comment segments of random bytes
    (as a camera's EXIF and thumbnails weigh a real photo down): still a valid JPEG."""
    rng = random.Random(seed)
    segments, left = [], max(0, size - len(TINY_JPEG))
    while left > 4:
        n = min(left - 4, 65_000)
        segments.append(b"\xff\xfe" + struct.pack(">H", n + 2) + rng.randbytes(n))
        left -= n + 4
    return TINY_JPEG[:2] + b"".join(segments) + TINY_JPEG[2:]


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def tiny_pdf(lines: list[str], title: str = "") -> bytes:
    """A one-page PDF 1.4 showing ``lines`` (ASCII only: the base-14 Helvetica font)."""

    def pdf_str(s: str) -> str:
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"

    text = "BT /F1 12 Tf 72 760 Td 16 TL " + " ".join(f"{pdf_str(x)} '" for x in lines) + " ET"
    stream = text.encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>"
        ),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title {pdf_str(title)} /Producer (govarchive replica) >>".encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def tiny_docx(paragraphs: list[str]) -> bytes:
    """A minimal valid Word document (OOXML) with one text run per paragraph."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>'
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=(2023, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


SKIN_CSS = """body{font-family:Arial,sans-serif;font-size:14px;margin:0}
#wrapper{width:1000px;margin:0 auto}.header{background:#a50000;color:#fff}
.menu-top li{display:inline-block;margin-right:12px}.main{display:flex}
.col-left{width:700px}.col-right{width:300px}.title-news{font-size:22px;color:#a50000}
.date-news{color:#777;font-size:12px}.image_desc{font-style:italic;text-align:center}
.footer{background:#eee;text-align:center;padding:10px}
"""

JQUERY_STUB = "/*! jQuery stub for the govarchive replica */window.jQuery=window.$=function(){};\n"
