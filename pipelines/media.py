"""Images (with captions) and attachments (PDF, DOC, ...) inside the article body."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from lxml.html import HtmlElement

from pipelines.dom import attr_words, clean, text_of
from pipelines.record import Attachment, Image
from pipelines.urls import absolutize

DOC_EXTENSIONS = frozenset(
    {"pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar", "7z", "odt", "ods", "rtf"}
)
_IMG_SRC_ATTRS = ("src", "data-src", "data-original", "data-lazy-src", "data-url")
_CAPTION_CLASS = re.compile(r"caption|image_desc|img_desc|desc|chuthich|chu-thich|note|legend")
_SKIP_SRC = re.compile(r"spacer|blank\.gif|pixel\.gif|/icons?/|loading\.gif", re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "td", "li", "figure", "center", "section", "article", "body"})
MAX_CAPTION_WORDS = 80


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip().removesuffix("px"))
    except (TypeError, ValueError):
        return None


def _src(img: HtmlElement, base: str) -> str | None:
    for attr in _IMG_SRC_ATTRS:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return absolutize(base, value)
    return None


def _short(text: str) -> str | None:
    return text if text and len(text.split()) <= MAX_CAPTION_WORDS else None


def _is_caption_el(el: HtmlElement) -> bool:
    if _CAPTION_CLASS.search(attr_words(el)) or "italic" in (el.get("style") or ""):
        return True
    text = text_of(el)
    if not text:
        return False
    emphasised = " ".join(text_of(x) for x in el.iter("em", "i"))
    return clean(emphasised) == text


def _caption(img: HtmlElement) -> str | None:
    # <figure> ... <figcaption>
    for up in [img, *list(img.iterancestors())[:4]]:
        if up.tag == "figure":
            for cap in up.iter("figcaption"):
                return _short(text_of(cap))
            break
    # <table class="image"><tr><td><img></td></tr><tr><td class="image_desc">...</td></tr>
    row = next((a for a in list(img.iterancestors())[:4] if a.tag == "tr"), None)
    if row is not None:
        table = next((a for a in row.iterancestors() if a.tag == "table"), None)
        if table is not None:
            marked = [
                td
                for td in table.iter("td", "th", "caption")
                if _CAPTION_CLASS.search(attr_words(td))
            ]
            if marked:
                return _short(text_of(marked[0]))
            nxt = row.getnext()
            if nxt is not None and nxt.tag == "tr" and not list(nxt.iter("img")):
                return _short(text_of(nxt))
    # caption in the same small block after the image, or in the element that follows
    block = img
    while block.getparent() is not None and block.tag not in _BLOCKS:
        block = block.getparent()
    if len(text_of(block).split()) > MAX_CAPTION_WORDS:
        block = img  # the image sits directly in the body: look at what follows it
    else:
        after = False
        for el in block.iter():
            if el is img:
                after = True
            elif (
                after
                and isinstance(el.tag, str)
                and (el.tag in ("em", "i", "figcaption") or _CAPTION_CLASS.search(attr_words(el)))
            ):
                return _short(text_of(el))
    sibling = block.getnext()
    if sibling is not None and not list(sibling.iter("img")) and _is_caption_el(sibling):
        return _short(text_of(sibling))
    return None


def find_images(area: HtmlElement, base: str) -> list[Image]:
    images: list[Image] = []
    seen: set[str] = set()
    for img in area.iter("img"):
        src = _src(img, base)
        if not src or src in seen or _SKIP_SRC.search(src):
            continue
        width, height = _int(img.get("width")), _int(img.get("height"))
        if width is not None and height is not None and width < 50 and height < 50:
            continue  # icons and tracking pixels
        seen.add(src)
        alt = clean(img.get("alt")) or None
        images.append(Image(src=src, caption=_caption(img) or None, alt=alt))
    return images


def _extension(url: str) -> str | None:
    path = unquote(urlsplit(url).path).lower()
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    return ext if ext in DOC_EXTENSIONS else None


def find_attachments(area: HtmlElement, base: str) -> list[Attachment]:
    found: list[Attachment] = []
    seen: set[str] = set()
    for el in area.iter("a", "iframe", "embed", "object"):
        href = el.get("href") if el.tag == "a" else (el.get("src") or el.get("data"))
        url = absolutize(base, href)
        if not url or url in seen:
            continue
        kind = _extension(url)
        if kind is None:
            continue
        seen.add(url)
        title = (text_of(el) or clean(el.get("title"))) if el.tag == "a" else clean(el.get("title"))
        found.append(Attachment(url=url, title=title or None, kind=kind))
    return found
