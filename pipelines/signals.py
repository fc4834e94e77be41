"""Page signals that say a page is not an article: not HTML, soft 404, listing pages,
print/duplicate views whose canonical link names another URL."""

from __future__ import annotations

import re
from collections import Counter

from lxml.html import HtmlElement

from pipelines.dom import DROP_TAGS, clean, iter_text, own_text, text_of
from pipelines.urls import absolutize

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")
_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip/office"),
    (b"\xd0\xcf\x11\xe0", "ms-office"),
    (b"\x89PNG", "png"),
    (b"GIF8", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"Rar!", "rar"),
    (b"\x1f\x8b", "gzip"),
    (b"RIFF", "riff"),
    (b"ID3", "mp3"),
    (b"\x00\x00\x00", "binary"),
)
_SOFT_404_TEXT = (
    r"không tìm thấy (?:trang|nội dung|bài viết|đường dẫn|tin bài|dữ liệu bạn)"
    r"|trang (?:bạn )?(?:yêu cầu |tìm |truy cập )?không tồn tại"
    r"|(?:nội dung|bài viết|đường dẫn|liên kết|tin bài)(?: bạn tìm| bạn yêu cầu)?(?: này)?"
    r" không tồn tại|page not found|lỗi 404|error 404"
)
_SOFT_404 = re.compile(_SOFT_404_TEXT, re.IGNORECASE)
# in a title or h1 a bare "404" or "Not Found" is enough
_SOFT_404_TITLE = re.compile(
    _SOFT_404_TEXT + r"|not found|(?<![\d/.,-])404(?![\d/.,-])", re.IGNORECASE
)
_SOFT_404_KEYS = ("không tìm thấy", "không tồn tại", "not found", "404")
SOFT_404_MAX_WORDS = 120  # a 404 page has little paragraph text
LISTING_MIN_ITEMS = 5
LISTING_SHARE = 0.4  # items hold at least this share of the page's words
LISTING_MAX_PARAGRAPH = 60  # ... and no paragraph outside them is this long (words)


def non_html(body: bytes, content_type: str | None) -> str | None:
    """Why ``body`` is not an HTML page (for the detail), or None."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime and not mime.startswith(HTML_TYPES) and not mime.endswith("+xml"):
        return f"content-type {mime}"
    head = body[:16].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"{kind} data"
    return None


def canonical(tree: HtmlElement, base: str) -> str | None:
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels:
            return absolutize(base, link.get("href"))
    return None


def _paragraph_words(tree: HtmlElement) -> list[int]:
    return [len(text_of(p).split()) for p in tree.iter("p")]


def soft_404(tree: HtmlElement, title_texts: list[str]) -> str | None:
    """The 404 phrase found on a page with almost no paragraph text, or None."""
    found = [m.group(0) for t in title_texts if t and (m := _SOFT_404_TITLE.search(t))]
    if not found and any(k in tree.text_content().lower() for k in _SOFT_404_KEYS):
        for el in tree.iter("h1", "h2", "h3", "p", "div", "span", "td"):
            text = text_of(el) if el.tag in ("h1", "h2", "h3", "p") else clean(el.text)
            if text and len(text) < 200 and (m := _SOFT_404.search(text)):
                found.append(m.group(0))
                break
    if not found:
        return None
    if sum(_paragraph_words(tree)) > SOFT_404_MAX_WORDS:
        return None
    return found[0]


def _words(el: HtmlElement) -> int:
    return sum(len(t.split()) for t in iter_text(el))


def listing(tree: HtmlElement) -> str | None:
    """Detail when the page is a list of links to other pages (category, search, tag
    pages): a run of >= 5 similar sibling blocks, each with a link, holding a large
    share of the page's words, and no long paragraph outside them."""
    body = tree.find("body")
    if body is None:
        return None
    total = _words(body)
    if total == 0:
        return None
    best = None
    for parent in body.iter():
        children = [c for c in parent if isinstance(c.tag, str) and c.tag not in DROP_TAGS]
        if len(children) < LISTING_MIN_ITEMS:
            continue
        groups = Counter((c.tag, c.get("class", "")) for c in children)
        key, count = groups.most_common(1)[0]
        if count < LISTING_MIN_ITEMS:
            continue
        items = [c for c in children if (c.tag, c.get("class", "")) == key]
        linked = [c for c in items if c.find(".//a[@href]") is not None or c.tag == "a"]
        if len(linked) < 0.8 * len(items):
            continue
        words = sum(_words(c) for c in items)
        if best is None or words > best[0]:
            best = (words, items, parent)
    if best is None or best[0] < LISTING_SHARE * total:
        return None
    words, items, parent = best
    members = [x for item in items for x in item.iter()]  # keeps the proxies (and ids) alive
    inside = {id(x) for x in members}
    longest = 0
    for el in body.iter("p", "div", "td", "li", "blockquote"):
        if id(el) not in inside:
            text = text_of(el) if el.tag == "p" else own_text(el)
            longest = max(longest, len(text.split()))
    if longest >= LISTING_MAX_PARAGRAPH:
        return None
    return f"{len(items)} similar linked blocks hold {words}/{total} words"
