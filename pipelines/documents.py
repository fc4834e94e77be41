"""What the extraction workers add to a page or file: citations and documents' text (pure).

- An article record goes back with the legal documents it cites (:class:`Cited`: the record
  and its :class:`archive.docrefs.DocumentRef` list, found by
  :func:`pipelines.legalrefs.article_refs` in its title, lead, body and attachment link
  titles), so the ingestor's thread only stores them.
- An attached document (a capture with ``document=True``: PDF, DOCX, old ``.doc``/``.xls``,
  ...) goes back as :class:`DocumentRead`: its text or why there is none
  (:func:`pipelines.doctext.document_text`: ``ok``, ``no_text``, ``unsupported``,
  ``broken``, ``too_large``) and its own references
  (:func:`pipelines.legalrefs.attachment_refs`: its number, file name and the documents it
  cites).

Both are plain picklable values: they cross the process pool.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from importlib.metadata import PackageNotFoundError, version
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from archive.docrefs import DocumentRef, as_ref
from pipelines.doctext import DocText, document_text
from pipelines.legalrefs import article_refs, attachment_refs
from pipelines.record import ArticleRecord, NotAnArticle


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:  # pragma: no cover - installed with the project
        return "?"


#: what read an attached document, stored with its text
DOCUMENT_READER = f"govarchive-doctext/1 pypdf/{_version('pypdf')} python-docx/{_version('python-docx')}"


@dataclass(frozen=True)
class Cited:
    """An article record and the legal documents it cites."""

    record: ArticleRecord
    refs: tuple[DocumentRef, ...] = ()
    #: the body's :func:`pipelines.fingerprint.fingerprint`, made in the worker
    #: (:func:`pipelines.pool.fingerprinted`); "" when not made
    fingerprint: str = ""
    #: the site's URLs the page links (:func:`pipelines.linkgraph.page_links`, made in the
    #: worker: the ingestor counts them, :class:`pipelines.linkgraph.LinkGraph`)
    links: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DocumentRead:
    """An attached document read: its text (or why not) and its references."""

    url: str
    text: DocText
    refs: tuple[DocumentRef, ...] = ()
    reader: str = DOCUMENT_READER


def record_refs(record: ArticleRecord) -> tuple[DocumentRef, ...]:
    """The citations of an article record (fields title, lead, body, attachment)."""
    titles = [a.title for a in record.attachments if a.title]
    found = article_refs(record.title, record.lead, record.body_text, titles)
    return tuple(as_ref(ref, ref.field) for ref in found)


def cite(result: ArticleRecord | NotAnArticle) -> Cited | NotAnArticle:
    """An extraction result with its citations (a refusal as it is)."""
    if isinstance(result, ArticleRecord):
        return Cited(result, record_refs(result))
    return result


def file_name(url: str, headers: dict[str, str]) -> str | None:
    """The document's file name: its Content-Disposition's, else the URL path's last part."""
    disposition = headers.get("content-disposition")
    if disposition:
        message = Message()
        message["content-disposition"] = disposition
        name = message.get_filename()
        if name:
            return name
    last = PurePosixPath(unquote(urlsplit(url).path)).name
    return last or None


def read_document(url: str, body: bytes, headers: dict[str, str]) -> DocumentRead:
    """Read an attached document (``headers``: lower-case names). Never raises."""
    name = file_name(url, headers)
    text = document_text(body, headers.get("content-type"), name)
    refs = attachment_refs(text.text, filename=name)
    return DocumentRead(url, text, tuple(as_ref(ref, ref.field) for ref in refs))
