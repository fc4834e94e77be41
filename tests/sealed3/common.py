"""What the third sealed part's families share: the article and its truth, the family's
interface, small HTML helpers and the discovery files.

A family module exports ``SITE_ID`` ("sz-..."), ``NAME``, ``BASE_URL`` (the origin its pages
are read at), ``ARTICLES`` (:class:`Art`, the truth of each article page), ``NON_ARTICLES``
(every other HTML page it serves, path -> page type: the truth of the pages that are not
articles), ``DUPLICATES`` (a non-article that copies an article, such as a print view or an
AMP copy -> that article's path), ``OTHER_LINKS`` (linked targets that are no HTML page of
the site: documents, images -> HTTP status), ``NON_ARTICLE_PATTERNS`` (regexes of linked
pages served by the handler only: endless calendars, further search pages), ``CHROME``
(strings of the site's chrome that no body may contain), ``HAS_SITEMAP`` and
``build_site()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any

from crawler.replica.site import Page

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PAGE_TYPES = {
    "home", "listing", "static", "documents", "document", "schedule", "search", "print", "amp",
    "tag", "qa", "author", "gallery", "sitemap",
}  # fmt: skip


@dataclass(frozen=True)
class Art:
    """One article page and what an archivist records for it."""

    path: str  # request target of the article (page 1 when split)
    title: str  # truth: the headline
    lead: str  # the sapo (or first paragraph): body line 1
    paragraphs: tuple[str, ...]
    published: str  # truth, ISO 8601 +07:00
    date_line: str  # the date as the page's source shows it
    author: str | None = None  # truth: "A, B" for two
    signature: str | None = None  # a last body line naming the author (kept in the body)
    source_line: str | None = None  # "Nguồn: ..." / "Theo ..." as the body's last line
    source: str | None = None  # truth
    image: tuple[str, str] | None = None  # (src, caption), after the first paragraph
    date_basis: str = "published"  # "updated" when the page shows only an update date
    updated: str | None = None  # truth of updated_at, when the page shows one
    part2: str | None = None  # request target of page 2 of a split article
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def split(self) -> bool:
        return self.part2 is not None

    def paths(self) -> list[str]:
        return [self.path] + ([self.part2] if self.part2 else [])

    def captions(self) -> list[str]:
        return [self.image[1]] if self.image else []

    def body(self) -> list[str]:
        """Lead, paragraphs (the caption after the first), signature, source line."""
        out = [self.lead]
        for i, paragraph in enumerate(self.paragraphs):
            out.append(paragraph)
            if i == 0 and self.image:
                out.append(self.image[1])
        out += [line for line in (self.signature, self.source_line) if line]
        return out

    def truth(self, base: str = "") -> dict[str, Any]:
        return {
            "url": base.rstrip("/") + self.path,
            "title": self.title,
            "published_at": self.published,
            "author": self.author,
            "source": self.source,
            "updated_at": self.updated,
            "body": self.body(),
            "attachments": [],
            "image_captions": self.captions(),
            "date_basis": self.date_basis,
        }


def esc(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


def dmy(iso: str) -> str:
    """"2024-03-05T..." -> "05/03/2024"."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def hm(iso: str) -> str:
    return iso[11:16]


def pdf() -> Page:
    return Page(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n% sealed3 fixture\n%%EOF\n")


def image() -> Page:
    return Page(200, [("Content-Type", "image/jpeg")], b"\xff\xd8\xff\xe0sealed3-fixture\xff\xd9")


def sitemap_xml(base: str, paths: list[str]) -> Page:
    urls = "".join(f"<url><loc>{base}{esc(p)}</loc></url>" for p in paths)
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
        f'sitemap/0.9">{urls}</urlset>\n'
    )
    return Page.text(xml, "application/xml; charset=utf-8")
