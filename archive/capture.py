"""A reference to one archived capture: the ``captures`` row and where its payload lies.

What every mode hands the ingestor (``pipelines.ingest``): the crawl (the capture it just
recorded), ``rebuild`` and ``import-warc`` (each HTML response read from a WARC, its payload
already in hand) and ``reextract`` (the captures an archive holds).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

#: file name endings of attached documents (the crawler requests links ending so as
#: attachments; a capture with one and no HTML content type is read as a document)
DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt",
                       ".ods", ".rtf", ".zip", ".rar")  # fmt: skip
#: content types of attached documents, whatever the URL says
DOCUMENT_TYPES = frozenset({
    "application/pdf", "application/x-pdf", "application/msword", "application/vnd.ms-excel",
    "application/vnd.ms-powerpoint", "application/rtf", "application/zip",
    "application/x-rar-compressed", "application/vnd.rar",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
})  # fmt: skip


@dataclass(frozen=True)
class CaptureRef:
    capture_id: int
    url: str
    fetched_at: str  # ISO 8601 UTC (``...Z``): picks the profile's rule version
    crawl_id: int | None = None
    warc_file: str | None = None  # relative to the archive folder; a revisit's original record
    offset: int | None = None
    revisit: bool = False
    payload: bytes | None = None  # the HTTP payload, when the caller has read it already
    headers: tuple[tuple[str, str], ...] = ()  # with the payload: HTTP headers, names lower-case
    document: bool = False  # an attached document (PDF, DOCX...): its text is read
    #: a response record the crawl has just written: its HTTP header block and its payload as
    #: stored (``archive.warcread.parse_written`` reads them as the record read back would
    #: be), so the extraction workers need not read the record back from the WARC
    written: tuple[bytes, bytes] | None = field(default=None, repr=False, compare=False)


def is_document(url: str, content_type: str | None) -> bool:
    """Is a 200 response of ``url`` with ``content_type`` an attached document? A document
    content type says yes, an HTML one no; otherwise (none, ``application/octet-stream``)
    the URL's file name ending decides. The same answer in a crawl, a rebuild and a
    re-extraction."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype in DOCUMENT_TYPES:
        return True
    if "html" in ctype or "xml" in ctype or ctype.startswith(("image/", "text/", "video/", "audio/")):
        return False
    return urlsplit(url).path.lower().endswith(DOCUMENT_EXTENSIONS)
