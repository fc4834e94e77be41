"""What every fixture family shares: the article spec, ground truth, encoders, robots/sitemap."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any

from crawler.replica.site import Page, Request, Site
from tests.families.texts import TEXTS

TONES = "\u0300\u0301\u0303\u0309\u0323"


@dataclass(frozen=True)
class Art:
    """One article of a fixture site and what a correct extraction gives for it."""

    text: int  # index into TEXTS
    path: str  # request target of the article page
    published: str  # truth, ISO 8601 +07:00
    date_line: str  # the date as the page shows it
    author: str | None = None  # truth
    signature: str | None = None  # last body line (kept in the body)
    byline: str | None = None  # byline shown above the body (may be CMS junk)
    source_line: str | None = None  # "Nguồn: ..." / "Theo ..." (kept in the body)
    source: str | None = None  # truth
    image: tuple[str, str] | None = None  # (src, caption), after the first paragraph
    more_images: tuple[tuple[str, str], ...] = ()  # further (src, caption), after paragraphs 2, 3, ...
    attachment: tuple[str, str] | None = None  # (href, link label)
    updated: str | None = None  # truth of updated_at, when the page shows one
    split: bool = False  # served over two pages (?page=2)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return TEXTS[self.text][0]

    @property
    def lead(self) -> str:
        return TEXTS[self.text][1]

    @property
    def paragraphs(self) -> list[str]:
        return TEXTS[self.text][2]

    def captions(self) -> list[str]:
        return [caption for _, caption in ([self.image] if self.image else []) + list(self.more_images)]

    def attachment_line(self) -> str | None:
        return f"Tải về: {self.attachment[1]}" if self.attachment else None

    def body(self) -> list[str]:
        """The expected body: lead, paragraphs (a caption after the first, the captions of
        ``more_images`` after the second, third, ...), attachment line, signature, source
        line. A one-paragraph notice has only its lead."""
        out = [self.lead]
        captions = self.captions()
        for i, paragraph in enumerate(self.paragraphs):
            out.append(paragraph)
            if i < len(captions):
                out.append(captions[i])
        for line in (self.attachment_line(), self.signature, self.source_line):
            if line:
                out.append(line)
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
            "attachments": [self.attachment[0]] if self.attachment else [],
            "image_captions": self.captions(),
            # what published_at was read from: "updated" when the page shows only an
            # update date ("Cập nhật lúc 08:40 ngày 5/3/2024"), which then counts as published
            "date_basis": self.extra.get("date_basis", "published"),
        }


def esc(text: str) -> str:
    return escape(text, quote=False)


def cp1258(text: str) -> bytes:
    """Encode as windows-1258 the way old ASP sites store it: base letters (with â, ă, ê,
    ô, ơ, ư composed) followed by combining tone marks."""
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


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def site_with_discovery(
    pages: dict[str, Page], article_paths: list[str], extra: Callable[[Request], Page | None] | None = None
) -> Site:
    """A Site whose robots.txt and sitemap.xml name absolute URLs on the Host used."""

    def handler(request: Request) -> Page | None:
        base = request.base_url
        if request.target == "/robots.txt":
            return Page.text(
                f"User-agent: *\nDisallow: /dang-nhap\nSitemap: {base}sitemap.xml\n"
            )
        if request.target == "/sitemap.xml":
            urls = "".join(f"<url><loc>{base.rstrip('/')}{p}</loc></url>" for p in article_paths)
            body = (
                '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9">{urls}</urlset>\n'
            )
            return Page.text(body, "application/xml; charset=utf-8")
        return extra(request) if extra else None

    soft = Page.text("404 Not Found\n", status=404)
    return Site(pages=pages, handler=handler, not_found=soft)


def pdf_page() -> Page:
    return Page(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n% fixture\n%%EOF\n")


def doc_page(kind: str) -> Page:
    types = {
        "doc": "application/msword",
        "xls": "application/vnd.ms-excel",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    }
    return Page(200, [("Content-Type", types[kind])], b"\xd0\xcf\x11\xe0fixture-office-file")


def paragraphs_html(art: Art, p: Callable[[str], str], image: Callable[[str, str], str]) -> list[str]:
    """HTML blocks of the article body in reading order (lead excluded); ``p`` wraps
    escaped HTML in the family's paragraph markup."""
    images = ([art.image] if art.image else []) + list(art.more_images)
    blocks = []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(p(esc(paragraph)))
        if i < len(images):
            blocks.append(image(*images[i]))
    if art.attachment:
        href, label = art.attachment
        blocks.append(p(f'Tải về: <a href="{href}">{esc(label)}</a>'))
    return blocks


def html_with_files(html: dict[str, str], articles: list[Art]) -> dict[str, Page]:
    """A family's HTML pages (path -> text) as served pages, with a PDF at every article's
    attachment path (the families' ``build_site`` starts from this)."""
    pages = {path: Page.html(text) for path, text in html.items()}
    for art in articles:
        if art.attachment:
            pages[art.attachment[0]] = pdf_page()
    return pages


def site_with_files(
    pages: dict[str, Page],
    *,
    robots: str | None,
    sitemaps: dict[str, list[str]] | None = None,
    extra: Callable[[Request], Page | None] | None = None,
    not_found: Page | None = None,
) -> Site:
    """A Site with the discovery files it really has.

    ``robots``: the robots.txt text, ``{base}`` standing for the site root on the Host used
    (None: robots.txt is not found). ``sitemaps``: path -> entries (paths on the site); a
    sitemap whose entries all end in ``.xml`` is a sitemap index. A sitemap not named (for
    instance ``/sitemap.xml`` on a site that has none) is not found."""
    maps = sitemaps or {}

    def handler(request: Request) -> Page | None:
        base = request.base_url.rstrip("/")
        if request.target == "/robots.txt" and robots is not None:
            return Page.text(robots.replace("{base}", base))
        if request.target in maps:
            entries = maps[request.target]
            index = bool(entries) and all(e.endswith(".xml") for e in entries)
            tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
            body = "".join(f"<{item}><loc>{base}{esc(e)}</loc></{item}>" for e in entries)
            xml = (
                f'<?xml version="1.0" encoding="UTF-8"?>\n<{tag} xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9">{body}</{tag}>\n'
            )
            return Page.text(xml, "application/xml; charset=utf-8")
        return extra(request) if extra else None

    return Site(pages=pages, handler=handler, not_found=not_found or Page.text("404 Not Found\n", status=404))


def dmy(iso: str) -> str:
    """"2024-03-05T..." -> "05/03/2024"."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def hm(iso: str) -> str:
    """"2024-03-05T08:40:00+07:00" -> "08:40"."""
    return iso[11:16]


def paginate(items: list[Any], page: int, per_page: int) -> tuple[int, list[Any]]:
    """A listing's page ``page`` (1 = the first) of ``items``: how many pages there are, and
    this page's items."""
    return (len(items) + per_page - 1) // per_page, items[(page - 1) * per_page : page * per_page]
