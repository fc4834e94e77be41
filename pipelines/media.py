"""Images (with captions) and attachments (PDF, DOC, ...) inside the article body, and the
attachments of a box of the article's files placed after it (:func:`attachments_after`)."""

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


#: a box headed so lists other pages' documents or articles (a sidebar's newest documents),
#: never the article's own files
OTHER_ITEMS = re.compile(
    r"văn bản (mới|khác|liên quan)|mới ban hành|tài liệu (mới|khác)|(tin|bài|bài viết) (liên quan|khác|mới)"
    r"|các tin|xem thêm|đọc thêm|tin cùng|latest|related|more news", re.IGNORECASE,
)  # fmt: skip
#: a box labelled as the article's files (it may also link a viewer page)
OWN_FILES = re.compile(r"đính kèm|tải về|tải xuống|tập tin|tệp tin|download|attach", re.IGNORECASE)
#: a class or id word of a sidebar, a navigation or a page-wide block (not "text-right")
_SIDE = re.compile(
    r"side|widget|menu|banner|footer|header|comment|related|other"
    r"|^(?:col|column|box|pane)?-?(?:right|left)(?:-?(?:col|column|pane|box|bar))?$"
    r"|^(?:right|left)-?(?:col|column|pane|box|bar)", re.IGNORECASE,
)  # fmt: skip
NEAR_SIBLINGS = 4  # elements after the body (or its block) looked at for a box of its files
NEAR_LEVELS = 2  # of the body's blocks above it, when the title's block is not known
MAX_BOX_LINKS = 12
_NOT_A_PAGE = ("#", "javascript:", "mailto:", "tel:")


def attachments_after(body_el: HtmlElement, container: HtmlElement | None, base: str) -> list[Attachment]:
    """Document files in a box placed after the article body, outside it ("Tệp đính kèm",
    "Tải về": a sibling after the body element or after one of its blocks up to the block
    holding the title and the body, at most :data:`NEAR_SIBLINGS` elements on). A box
    belongs to the article when every link in it is a document file (or it, or a block
    around it, is headed as the article's files and most are); a block of widgets (tags,
    rating, files, other news) is judged box by box, :data:`BOX_DEPTH` levels down. Looking stops at a sidebar, a navigation block, or a box
    headed as other pages' items ("Văn bản mới", "Tin liên quan"): their documents are
    never the article's."""
    chain = [body_el, *body_el.iterancestors()]
    if container is not None and container in chain:
        chain = chain[: chain.index(container) + 1]
    else:
        chain = chain[: NEAR_LEVELS + 1]
    found: list[Attachment] = []
    for node in chain:
        if node.tag in ("body", "html"):
            break
        for sibling in _next_elements(node, NEAR_SIBLINGS):
            if not _boxes(sibling, base, found, BOX_DEPTH):
                return found
    return found


BOX_DEPTH = 2  # a box may sit this deep in a block of widgets after the body (tags, rating, ...)


def _boxes(el: HtmlElement, base: str, found: list[Attachment], depth: int, labelled: bool = False) -> bool:
    """Add the files of ``el`` when it is a box of them, else of such boxes in its blocks, in
    order (a block of widgets, a box's heading and list, judged one by one); False when a
    sidebar or a list of other pages' items is met: look no further. ``labelled``: a block
    around ``el`` is headed as the article's files."""
    heading = _heading(el)
    if _side(el) or OTHER_ITEMS.search(heading):
        return False
    labelled = labelled or bool(OWN_FILES.search(heading))
    blocks = [c for c in _next_elements(el, None, children=True) if c.tag not in _INLINE]
    if depth > 0 and el.tag in _WRAPPERS and blocks:
        return all(_boxes(child, base, found, depth - 1, labelled) for child in blocks)
    found += [a for a in _document_box(el, base, labelled) if a not in found]
    return True


_WRAPPERS = frozenset({"div", "section", "article", "table", "tbody", "tr", "td", "center"})
_INLINE = frozenset({"a", "span", "b", "strong", "em", "i", "u", "font", "small", "img", "br", "label"})


def _next_elements(node: HtmlElement, limit: int | None, children: bool = False) -> list[HtmlElement]:
    """The elements after ``node`` (or in it, ``children``), at most ``limit``."""
    out = []
    for sibling in node.iterchildren() if children else node.itersiblings():
        if isinstance(sibling.tag, str) and sibling.tag not in ("script", "style", "noscript"):
            out.append(sibling)
            if len(out) == limit:
                break
    return out


def _heading(el: HtmlElement) -> str:
    """The first words of ``el`` (a box's heading)."""
    return next((" ".join(t.split()) for t in el.itertext() if t.strip()), "")[:60]


def _side(el: HtmlElement) -> bool:
    if el.tag in ("aside", "nav", "footer", "header", "form"):
        return True
    return any(_SIDE.search(word) for word in attr_words(el).split())


def _document_box(el: HtmlElement, base: str, labelled: bool) -> list[Attachment]:
    docs = find_attachments(el, base)
    if not docs:
        return []
    links = {
        absolutize(base, href)
        for a in el.iter("a")
        if (href := (a.get("href") or "").strip()) and not href.lower().startswith(_NOT_A_PAGE)
    }
    links.discard(None)
    if len(links) > MAX_BOX_LINKS:
        return []
    others = len(links - {d.url for d in docs})
    if others == 0 or labelled and others < len(docs):
        return docs
    return []
