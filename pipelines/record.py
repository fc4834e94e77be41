"""The values extraction produces: plain dataclasses, picklable (they cross the process pool)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Image:
    src: str  # absolute URL
    caption: str | None = None
    alt: str | None = None


@dataclass(frozen=True)
class Attachment:
    url: str  # absolute URL
    title: str | None = None
    kind: str | None = None  # pdf, doc, docx, xls, xlsx, ppt, zip, ...


@dataclass(frozen=True)
class ArticleRecord:
    url: str  # canonical URL (canonical link, tracking parameters removed)
    title: str
    body: list[str]  # paragraphs, NFC, verbatim, in reading order (captions and signature kept)
    published_at: str | None = None  # ISO 8601, e.g. 2023-01-09T15:20:00+07:00 (no offset: zone unknown)
    date_raw: str | None = None  # the string the date was read from, verbatim
    date_precision: str | None = None  # "minute", "day", "month" (None when no date)
    updated_at: str | None = None
    date_basis: str = "published"  # "updated": the page's only date, an update; "htmldate"
    author: str | None = None
    author_unit: str | None = None  # "Phòng Tổng hợp" from "Đỗ Quang Thắng – Phòng Tổng hợp."
    source: str | None = None  # "Báo Lào Cai" from "Nguồn: Báo Lào Cai"
    lead: str | None = None  # sapo: the first paragraph, or the page's lead element
    language: str = "vi"
    images: list[Image] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    extractor: str = ""  # e.g. "govarchive-extract/0.1.0 trafilatura/2.3.1"
    profile_hash: str = ""
    chrome_removed: list[str] = field(default_factory=list)  # lines removed as site chrome
    warnings: list[str] = field(default_factory=list)  # e.g. "date_unparsed"
    part: int = 1  # N for page N of an article split over pages (url is then page 1's)
    parts: list[str] = field(default_factory=list)  # on page 1: URLs of the further parts
    page_lines: tuple[str, ...] = ()  # the page's distinct lines, for the chrome learner
    page_title: str | None = None  # the page's <title>, for the title-affix learner

    @property
    def body_text(self) -> str:
        """Plain text, paragraphs separated by blank lines (the export format)."""
        return "\n\n".join(self.body)

    @property
    def page_dated(self) -> bool:
        """A publication date the extraction's own readers found (htmldate's fallback,
        ``date_basis`` "htmldate", is no sign of an article page for the page typing)."""
        return self.published_at is not None and self.date_basis != "htmldate"

    @property
    def word_count(self) -> int:
        return sum(len(p.split()) for p in self.body)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NotAnArticle:
    url: str
    reason: str  # short stable key used in stats: "listing", "soft_404", "too_short", ...
    detail: str = ""
    links: list[tuple[str, str]] = field(default_factory=list)  # (URL, block): pipelines.linkgraph.page_links
    page_lines: tuple[str, ...] = ()  # as on ArticleRecord: what the chrome learner sees
    page_title: str | None = None
