"""What the sealed families share: the article spec and its truth, encoders, files, robots.

Self-contained on purpose (it imports nothing from ``tests/families/``): a change made while
tuning on the development families cannot change a sealed page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from crawler.replica.site import Page, Request, Site
from tests.sealed.texts import TEXTS

TONES = "\u0300\u0301\u0303\u0309\u0323"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@dataclass(frozen=True)
class Art:
    """One article of a sealed site and what a correct extraction gives for it.

    The fields of ``tests.families.common.Art`` plus: ``attach_prefix`` (the words before the
    attachment's link label), ``part2`` (the second page of a split article), ``show_lead``
    (False: the page has no lead) and ``extra["date_basis"] == "updated"`` when the only date
    the page shows is an update line (the truth is then that date)."""

    text: int  # index into TEXTS
    path: str  # request target of the article page
    published: str  # truth, ISO 8601 +07:00
    date_line: str  # the date as the page shows it
    author: str | None = None  # truth
    signature: str | None = None  # last body line (kept in the body)
    byline: str | None = None  # byline shown outside the body
    source_line: str | None = None  # "Nguồn: ..." / "Theo ..." (kept in the body)
    source: str | None = None  # truth
    image: tuple[str, str] | None = None  # (src, caption)
    attachment: tuple[str, str] | None = None  # (href, link label)
    attach_prefix: str = "Tải về: "
    updated: str | None = None  # truth of updated_at, when the page shows one apart
    split: bool = False  # served over two pages: path and part2
    part2: str | None = None
    show_lead: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return TEXTS[self.text][0]

    @property
    def lead(self) -> str:
        return TEXTS[self.text][1] if self.show_lead else ""

    @property
    def paragraphs(self) -> list[str]:
        return TEXTS[self.text][2]

    @property
    def date_basis(self) -> str:
        return self.extra.get("date_basis", "published")

    def paths(self) -> list[str]:
        """Every request target that serves part of this article."""
        return [self.path, self.part2] if self.split and self.part2 else [self.path]

    def attachment_line(self) -> str | None:
        return f"{self.attach_prefix}{self.attachment[1]}" if self.attachment else None

    def body(self) -> list[str]:
        """The expected body: lead, paragraphs (caption after the first), attachment line,
        signature, source line."""
        out = [self.lead] if self.lead else []
        out.append(self.paragraphs[0])
        if self.image:
            out.append(self.image[1])
        out += self.paragraphs[1:]
        for line in (self.attachment_line(), self.signature, self.source_line):
            if line:
                out.append(line)
        return out

    def truth(self, base: str = "") -> dict[str, Any]:
        return {
            "url": base.rstrip("/") + self.path,
            "title": self.title,
            "published_at": self.published,
            "date_basis": self.date_basis,
            "author": self.author,
            "source": self.source,
            "updated_at": self.updated,
            "body": self.body(),
            "attachments": [self.attachment[0]] if self.attachment else [],
            "image_captions": [self.image[1]] if self.image else [],
        }


def esc(text: str) -> str:
    return escape(text, quote=False)


def attr(text: str) -> str:
    return escape(text, quote=True)


def cp1258(text: str) -> bytes:
    """windows-1258 the way Vietnamese Windows tools store it: base letters (â, ă, ê, ô, ơ, ư
    composed) followed by combining tone marks; characters outside the code page as ``&#N;``."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        tones = "".join(c for c in parts if c in TONES)
        out += (base + tones).encode("cp1258", "xmlcharrefreplace")
    return bytes(out)


def dmy(iso: str) -> str:
    """'05/03/2024' from an ISO date."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def file_page(kind: str) -> Page:
    types = {
        "pdf": ("application/pdf", b"%PDF-1.5\n% sealed fixture\n%%EOF\n"),
        "doc": ("application/msword", b"\xd0\xcf\x11\xe0sealed-fixture"),
        "docx": (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            b"PK\x03\x04sealed-fixture",
        ),
        "jpg": ("image/jpeg", b"\xff\xd8\xff\xe0sealed-fixture\xff\xd9"),
    }
    ctype, body = types[kind]
    return Page(200, [("Content-Type", ctype)], body)


def urlset(base: str, paths: list[str], lastmod: dict[str, str] | None = None) -> Page:
    items = []
    for p in paths:
        mod = f"<lastmod>{lastmod[p]}</lastmod>" if lastmod and p in lastmod else ""
        items.append(f"<url><loc>{attr(base.rstrip('/') + p)}</loc>{mod}</url>")
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "".join(items)
        + "</urlset>\n"
    )
    return Page.text(body, "application/xml; charset=utf-8")


def site(
    pages: dict[str, Page],
    robots: str | None,
    dynamic: Callable[[Request], Page | None] | None = None,
    not_found: Page | None = None,
) -> Site:
    """A Site with ``robots`` (``{base}`` becomes the URL the client used) and an optional
    handler for what is built per request (sitemaps with absolute URLs, endless calendars)."""

    def handler(request: Request) -> Page | None:
        if robots is not None and request.target == "/robots.txt":
            return Page.text(robots.replace("{base}", request.base_url))
        return dynamic(request) if dynamic else None

    return Site(
        pages=pages,
        handler=handler,
        not_found=not_found or Page.text("404 Not Found\n", status=404),
    )
