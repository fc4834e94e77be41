"""Small lxml helpers shared by the extraction modules: parse once, select, read text."""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import ParamSpec, TypeVar

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector
from lxml.html import HtmlElement

# never page text; skipped by every walk (and dropped before trafilatura)
DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "form",
        "nav",
        "iframe",
        "template",
        "svg",
        "button",
        "select",
        "textarea",
        "input",
        "object",
        "embed",
        "canvas",
        "map",
        "video",
        "audio",
    }
)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
# control characters XML forbids: never page text, and trafilatura's XML tree fails on them
# (a stray \x08 in a page leaves it with no text at all)
_NOT_XML_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")



def _class_lookup() -> etree.ElementNamespaceClassLookup:
    """The classes lxml.html gives a tree's nodes (:class:`lxml.html.FormElement` for a
    ``<form>``, ``InputElement``, ``SelectElement``, ``TextareaElement``, ``HtmlElement``
    for every other element, ``HtmlComment`` ...), chosen by lxml's own C code from a table
    by tag name. lxml.html's :class:`~lxml.html.HtmlElementClassLookup` chooses the same
    classes in a Python method, called every time an element gets its Python object: about
    350 times a page in extraction, 3-6 % of extraction's and the site inference's CPU
    (issue 12). The HTML parser gives lower-case tag names, which that method lower-cased
    again."""
    fallback = etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity,
    )  # fmt: skip
    lookup = etree.ElementNamespaceClassLookup(fallback)
    by_tag = lookup.get_namespace(None)
    for tag, cls in lxml.html.HtmlElementClassLookup._default_element_classes.items():
        by_tag[tag] = cls
    return lookup


_NODE_CLASSES = _class_lookup()


def parse(text: str) -> HtmlElement | None:
    """The document tree, or None when there is nothing to parse."""
    text = _XML_DECL.sub("", text, count=1)
    text = _NOT_XML_CHARS.sub("", text)
    if not text.strip():
        return None
    tree = _libxml2(text)
    if tree is None:
        return None
    total = _body_chars(tree)
    if _frame_swallowed(tree, total):
        closed = close_frames(text)
        fixed = _libxml2(closed) if closed is not None else None
        tree, total = (fixed, None) if fixed is not None else (tree, total)
    _unwrap_page_wrappers(tree, total)
    _unwrap_frame_tables(tree)
    _br_paragraphs(tree)
    return tree


def _libxml2(text: str) -> HtmlElement | None:
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(_NODE_CLASSES)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None


# page frames a template often leaves an element open in
FRAME_TAGS = ("nav", "header", "aside")
FRAME_SWALLOW_SHARE = 0.5  # a frame holding this share of the page's text swallowed the page
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen basefont frame".split()
)
_TAG = re.compile(r"<(?:!--|(/?)([a-zA-Z][\w:-]*)[^>]*?(/?)>)")
_FRAME_START = re.compile(r"<(?:nav|header|aside)\b", re.I)
_RAW_END = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I)}


def _body_chars(tree: HtmlElement) -> int:
    body = tree.find("body")
    return 0 if body is None else len(body.text_content())


def _frame_swallowed(tree: HtmlElement, total: int) -> bool:
    """A ``<nav>``, ``<header>`` or ``<aside>`` of the tree holds most of the page's text
    (``total`` characters): libxml2 kept the rest of the page in it (:func:`close_frames`)."""
    body = tree.find("body")
    if body is None or not total:
        return False
    return any(len(el.text_content()) >= FRAME_SWALLOW_SHARE * total for el in body.iter(*FRAME_TAGS))


def close_frames(text: str) -> str | None:
    """``text`` with the elements a ``<nav>``, ``<header>`` or ``<aside>`` leaves open closed
    before its end tag, as browsers close them (HTML5: an end tag whose element is open pops
    every element opened after it); None when no frame leaves one open.

    libxml2 ignores a frame's end tag while an element opened in the frame is still open
    (``<nav><div class="container"><ul>...</ul></nav>``), so the rest of the page, the
    article with it, stays in the frame, and the next ``</div>`` closes the wrong element.
    One pass over the page's tags with the stack of open elements (void elements, comments,
    scripts and styles skipped; an end tag pops to its element when that is open and is
    ignored otherwise, as both parsers ignore it). A frame never closed is left as it is (a
    ``<nav>`` never closed holds the page in browsers too: :func:`_unwrap_page_wrappers`).
    Run only when a frame of the parsed tree holds most of the page's text, and the text is
    then parsed again: twice the parse on such pages, nothing on others."""
    first = _FRAME_START.search(text)
    if first is None:
        return None
    # elements opened before the first frame never matter: only frames' end tags are acted on
    out: list[str] = []
    done = 0
    stack: list[str] = []
    at = first.start()
    while (t := _TAG.search(text, at)) is not None:
        at = t.end()
        name = (t.group(2) or "").lower()
        if not name:  # a comment
            close = text.find("-->", at)
            at = len(text) if close < 0 else close + 3
            continue
        if t.group(1):
            if name in stack:
                top = len(stack) - 1 - stack[::-1].index(name)
                if name in FRAME_TAGS and top < len(stack) - 1:
                    out += [text[done : t.start()], *(f"</{n}>" for n in reversed(stack[top + 1 :]))]
                    done = t.start()
                del stack[top:]
        elif name in _RAW_END:  # its text is no markup
            close = _RAW_END[name].search(text, at)
            at = len(text) if close is None else close.end()
        elif name not in _VOID and not t.group(3):
            stack.append(name)
    return "".join([*out, text[done:]]) if out else None


PAGE_FORM_SHARE = 0.5  # a <form> holding this share of the page's text wraps the page
PAGE_NAV_SHARE = 0.5  # a <nav> holding this share of the page's text swallowed the page


def _unwrap_page_wrappers(tree: HtmlElement, total: int | None = None) -> None:
    """A ``<form>`` or a ``<nav>`` (both dropped as never page text, :data:`DROP_TAGS`)
    holding most of the page's text (``total`` characters; counted when None) wraps the page: it becomes a ``<div>`` (its attributes
    kept, ``data-form="page"`` / ``data-nav="page"`` added) and the page is read like any
    other.

    ASP.NET WebForms and DotNetNuke put the whole page inside one ``<form>`` (for
    ``__VIEWSTATE``); a form is otherwise a search box or a login. A ``<nav>`` holds the
    page when its template never closes it (browsers too keep the rest of the page in it);
    one whose template leaves an element open in it (``<nav><div class="container"><ul>..
    </ul></nav>``, which libxml2 reads like a ``<nav>`` never closed) was mended before
    (:func:`close_frames`), so this is its last resort. Such a nav runs to the page's end
    (it holds the body's last element); a mega-menu holding most of the page's text (real
    portals' menus are longer than their short articles) is closed before it, and stays a
    nav. Its menu is then a link list
    inside the page's tree, which the body's link-density rules leave out like any other.

    Cost: the body's text once and each form's and nav's text once (navs are small unless
    they swallowed the page)."""
    body = tree.find("body")
    if body is None:
        return
    wrappers = list(body.iter("form", "nav"))
    if not wrappers:
        return
    total = len(body.text_content()) if total is None else total
    if not total:
        return
    for el in wrappers:
        share = PAGE_FORM_SHARE if el.tag == "form" else PAGE_NAV_SHARE
        if el.tag not in DROP_TAGS or len(el.text_content()) < share * total:
            continue
        if el.tag == "nav" and not _holds_end(el, body):
            continue  # a menu longer than the article (a mega-menu), closed before the page's end
        el.set(f"data-{el.tag}", "page")
        el.tag = "div"


def _holds_end(el: HtmlElement, body: HtmlElement) -> bool:
    """``el`` holds the body's last element (the footer, the last script): it runs to the
    page's end, as an element never closed does."""
    last = body
    while len(last):
        last = last[-1]
    return last is el or any(up is el for up in last.iterancestors())


# containers whose text runs separated by a blank line (two ``<br>``) are paragraphs
BR_CONTAINERS = frozenset(("div", "td", "article", "section", "main", "blockquote", "dd", "center"))
# children that end a run of text and stay where they are (block elements; never page text)
_RUN_BREAKERS = frozenset(
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead",
        "tfoot", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure",
        "figcaption", "section", "article", "header", "footer", "aside", "main", "pre", "center",
        "address", "hr", "details", "summary", "nav", "form", "script", "style", "noscript",
        "iframe", "template", "select", "textarea", "object", "embed", "video", "audio", "map",
    }
)  # fmt: skip


def _blank(text: str | None) -> bool:
    return not text or not text.strip()  # str.strip folds U+00A0 (&nbsp;) too


def _double_break(br: HtmlElement) -> bool:
    """``br`` is followed by another ``<br>`` with only whitespace between: a blank line."""
    following = br.getnext()
    return _blank(br.tail) and following is not None and following.tag == "br"


def _holds_block(el: HtmlElement) -> bool:
    """An inline element holding a block (ASP.NET's ``<span>`` around a page's content
    ``<div>``s): it stays a block of its own, never inside a ``<p>``."""
    return any(isinstance(d.tag, str) and d.tag in _RUN_BREAKERS for d in el.iterdescendants())


_FRAME_PARTS = frozenset(("tbody", "thead", "tfoot"))


def _frame_cell(table: HtmlElement) -> HtmlElement | None:
    """The one cell of ``table`` when it is a class-less frame: one row of one cell (in an
    optional ``<tbody>``), no caption, nothing else, and no ``class`` or ``id`` on any of them."""
    rows: list[HtmlElement] = []
    parts = [table]
    for child in table:
        if not isinstance(child.tag, str):
            return None
        if child.tag in _FRAME_PARTS:
            parts.append(child)
            rows.extend(child)
        else:
            rows.append(child)
    if len(rows) != 1 or not isinstance(rows[0].tag, str) or rows[0].tag != "tr" or len(rows[0]) != 1:
        return None
    cell = rows[0][0]
    if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
        return None
    if any(el.get("class") or el.get("id") for el in (*parts, rows[0], cell)):
        return None
    if not all(_blank(el.text) for el in (*parts, rows[0])) or not _blank(rows[0].tail) or not _blank(cell.tail):
        return None
    if any(not _blank(p.tail) for p in parts[1:]):
        return None
    return cell


def _unwrap_frame_tables(tree: HtmlElement) -> None:
    """Old portals frame the page (or its content column) in a layout table of one row and one
    cell, ``<table width="100%"><tr><td>...</td></tr></table>``, with no class or id: such a
    frame is no table a reader sees, and the page is read as if it were not there. The cell
    gives its blocks to the table's place (a cell holding text or inline elements of its own
    becomes a ``<div>`` there instead, a block as the table was, its attributes dropped), so that the stages that weigh table cells and rows (trafilatura's, the listing and page
    signals) see the page the way its table-less twin gives it. A table with a class or an id
    (a styled box, a sidebar's frame) and any table of more than one cell are left as they are.
    The cell's (or its row's) horizontal alignment is what a reader sees of the frame: its
    text, or its blocks, keep it (a signature in ``<td style="text-align: right">`` after the
    body stays a right-aligned line)."""
    body = tree.find("body")
    if body is None:
        return
    for table in list(body.iter("table")):
        cell = _frame_cell(table)
        parent = table.getparent()
        if cell is None or parent is None:
            continue
        kids = list(cell)
        align = _alignment(cell) or _alignment(cell.getparent())
        if _blank(cell.text) and all(_blank(k.tail) and _is_block(k) for k in kids):
            for kid in kids if align else ():
                if not _alignment(kid):
                    kid.set("style", "; ".join(x for x in ((kid.get("style") or "").strip(" ;"), f"text-align: {align}") if x))
            _splice(table, kids)
            continue
        frame = etree.Element("div")
        if align:
            frame.set("style", f"text-align: {align}")
        frame.text = cell.text
        frame.extend(kids)
        frame.tail = table.tail
        parent.replace(table, frame)


_TEXT_ALIGN = re.compile(r"text-align\s*:\s*([a-z-]+)", re.IGNORECASE)


def _alignment(el: HtmlElement | None) -> str | None:
    """The horizontal alignment ``el`` gives its text ("right", "center"): its ``text-align``
    style, else its ``align`` attribute."""
    if el is None:
        return None
    match = _TEXT_ALIGN.search(el.get("style") or "")
    value = match.group(1) if match else el.get("align")
    return value.strip().lower() if value and value.strip() else None


def _is_block(el: HtmlElement) -> bool:
    return isinstance(el.tag, str) and (el.tag in _RUN_BREAKERS or _holds_block(el))


def _splice(el: HtmlElement, kids: list[HtmlElement]) -> None:
    """``kids`` (blocks, with blank tails) in ``el``'s place, ``el``'s tail after them."""
    parent = el.getparent()
    index = parent.index(el)
    tail = el.tail
    parent.remove(el)  # (lxml moves el's tail with it: it is put back below)
    for j, kid in enumerate(kids):
        parent.insert(index + j, kid)
    if kids:
        kids[-1].tail = (kids[-1].tail or "") + (tail or "")
    elif index:
        prev = parent[index - 1]
        prev.tail = (prev.tail or "") + (tail or "")
    else:
        parent.text = (parent.text or "") + (tail or "")


def _br_paragraphs(tree: HtmlElement) -> None:
    """Old portals' WYSIWYG editors write a body as one run of text in a ``<div>`` (or a
    ``<td>``), its paragraphs separated by a blank line (``<br><br>``, ``<br>&nbsp;<br>``)
    instead of ``<p>`` elements. Such a container's runs (text with its inline children,
    between blank lines and block children) are read as paragraphs: each run holding text is
    wrapped in a ``<p>`` and the blank lines' ``<br>``s are dropped, before any stage reads the
    tree, so that the body, the signature and byline rules that read its last paragraph and the
    page signals that count ``<p>`` elements see the paragraphs a reader sees. A single
    ``<br>`` (a line break inside a paragraph, an address block) stays inside its run; a
    container with fewer than two runs holding text, any other element (a ``<p>``, a ``<span>``
    or ``<font>``, a table row) and the block children of a container (and its inline children
    holding a block) are left as they are."""
    body = tree.find("body")
    if body is None:
        return
    containers = {}
    for br in body.iter("br"):
        parent = br.getparent()
        if parent is not None and parent.tag in BR_CONTAINERS and _double_break(br):
            containers[id(parent)] = parent
    for container in containers.values():
        _split_runs(container)


def _split_runs(container: HtmlElement) -> None:
    runs: list[tuple[str | None, list[HtmlElement]]] = []  # (leading text, inline children)
    layout: list[int | HtmlElement] = []  # runs (by index) and block children, in order
    text: str | None = container.text
    run: list[HtmlElement] = []
    children = list(container)
    i = 0
    while i < len(children):
        child = children[i]
        tag = child.tag if isinstance(child.tag, str) else ""
        breaker = tag in _RUN_BREAKERS or _holds_block(child)
        if tag == "br" and _double_break(child) or breaker:
            runs.append((text, run))
            layout.append(len(runs) - 1)
            run = []
        if tag == "br" and _double_break(child):
            while i < len(children) and children[i].tag == "br":  # the blank line's breaks
                text = children[i].tail
                i += 1
                if not _blank(text):
                    break
            continue
        if breaker:
            layout.append(child)
            text = child.tail
        else:
            run.append(child)
        i += 1
    runs.append((text, run))
    layout.append(len(runs) - 1)
    if sum(1 for lead, kids in runs if not _blank(lead) or any(map(has_text, kids))) < 2:
        return
    for child in children:
        container.remove(child)
    container.text = None
    for item in layout:
        if not isinstance(item, int):
            item.tail = "\n"
            container.append(item)
            continue
        lead, kids = runs[item]
        if _blank(lead) and all(k.tag == "br" and _blank(k.tail) for k in kids):
            continue  # (a run of line breaks alone; one whose break is followed by text is a line)
        paragraph = etree.SubElement(container, "p")
        paragraph.text = lead
        paragraph.extend(kids)
        paragraph.tail = "\n"


@lru_cache(maxsize=512)
def _compiled(selector: str) -> CSSSelector | None:
    try:
        return CSSSelector(selector, translator="html")
    except Exception:  # noqa: BLE001 - cssselect raises several error types
        return None


def css(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """Elements matching a CSS selector; an invalid selector matches nothing."""
    compiled = _compiled(selector)
    if compiled is None:
        return []
    return [el for el in compiled(root) if isinstance(el.tag, str)]


#: a selector naming one class (``.sapo``, ``h2.sapo``) or part of a class or id attribute
#: (``[class*="sapo"]``): it matches nothing under an element none of whose class (id)
#: attributes holds that text
_BY_CLASS = re.compile(r"^[a-z0-9]*\.([\w-]+)$|^\[class\*=\"([^\"]+)\"\]$", re.IGNORECASE)
_BY_ID = re.compile(r"^\[id\*=\"([^\"]+)\"\]$", re.IGNORECASE)
_CLASSES = etree.XPath("descendant-or-self::*/@class", smart_strings=False)
_IDS = etree.XPath("descendant-or-self::*/@id", smart_strings=False)


def may_match(root: HtmlElement, selectors: tuple[str, ...] | list[str]) -> list[str]:
    """``selectors`` without those that cannot match anything under ``root`` (itself
    included): a class or id selector whose name is in no class or id attribute there, read
    in one walk (each CSS selector is a walk of the whole subtree, and most of a list of
    generic selectors match nothing on a given page). The test is a case-blind substring
    test, looser than the selector's own, so a selector kept may still match nothing; one
    left out never matches. A tree changed afterwards only by removing elements keeps the
    answer true."""
    classes: str | None = None
    ids: str | None = None
    out = []
    for selector in selectors:
        if m := _BY_CLASS.match(selector):
            if classes is None:
                classes = "\n".join(_CLASSES(root)).lower()
            if (m.group(1) or m.group(2)).lower() not in classes:
                continue
        elif m := _BY_ID.match(selector):
            if ids is None:
                ids = "\n".join(_IDS(root)).lower()
            if m.group(1).lower() not in ids:
                continue
        out.append(selector)
    return out


def first(root: HtmlElement, selectors: list[str] | tuple[str, ...]) -> HtmlElement | None:
    for selector in selectors:
        for el in css(root, selector):
            return el
    return None


def clean(text: str | None) -> str:
    """Whitespace collapsed, NFC."""
    if not text:
        return ""
    if text.isprintable() and "  " not in text and text[0] != " " and text[-1] != " ":
        # collapsed already: the only whitespace a printable text holds is the ASCII space
        return unicodedata.normalize("NFC", text)
    return unicodedata.normalize("NFC", " ".join(text.split()))


def iter_text(el: HtmlElement) -> Iterator[str]:
    """Text of ``el`` without scripts, styles and other DROP_TAGS content (the DROP_TAGS
    elements inside ``el``: ``el`` itself is read whatever it is), comments' text left out
    and their tails kept, in document order."""
    return iter(text_chunks(el))


# an element no reader sees on the screen: a Bootstrap/utility class that hides it (``hidden``,
# ``hide``, ``d-none`` without a ``d-md-block``-like class showing it at some width, screen-reader
# only text), the ``hidden`` attribute, an inline ``display: none``/``visibility: hidden``
HIDDEN_CLASSES = frozenset(("hidden", "hide", "d-none", "sr-only", "visually-hidden", "screen-reader-text"))
_SHOWN_AT_A_WIDTH = re.compile(r"^d-(?:sm|md|lg|xl|xxl)-(?!none$)[a-z-]+$")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
HIDDEN_MAX_WORDS = 50  # a hidden element holding more is a collapsed part of the text ("Xem tiếp")


# a class showing an element on phones only ("visible-xs", "d-block d-md-none", "md:hidden"): the
# template's copy for small screens of what the desktop layout shows elsewhere (the headline, the
# date line); a class showing it again at a desktop width ("visible-md", "d-lg-block") keeps it
_PHONE_ONLY = re.compile(r"^(?:visible-(?:xs|sm)(?:-[a-z-]+)?|d-(?:md|lg)-none|(?:md|lg):hidden)$")
_SHOWN_ON_DESKTOP = re.compile(r"^(?:visible-(?:md|lg)(?:-[a-z-]+)?|d-(?:lg|xl|xxl)-(?!none$)[a-z-]+|(?:lg|xl):(?!hidden$)[a-z-]+)$")


def hidden(el: HtmlElement) -> bool:
    """``el`` is hidden from a reader on the screen and holds little text (at most
    :data:`HIDDEN_MAX_WORDS` words): a print-only header, a keyword line for search engines,
    a "Đang tải bình luận..." placeholder, a screen-reader note, a phone-only copy of the
    headline or the date line (:func:`phone_only`). A longer hidden element is read (a
    collapsed rest of the article, shown by its "Xem tiếp" button)."""
    return (_hides(el) or phone_only(el)) and len("".join(text_chunks(el)).split()) <= HIDDEN_MAX_WORDS


def phone_only(el: HtmlElement) -> bool:
    """``el``'s classes show it on phones only (Bootstrap's ``visible-xs``, ``d-md-none``,
    Tailwind's ``md:hidden``), not at a desktop width. Not :func:`unseen`: a date a phone
    reader sees is still a place of the page's date."""
    tokens = (el.attrib.get("class") or "").split() if el.attrib else []
    return any(_PHONE_ONLY.match(t) for t in tokens) and not any(_SHOWN_ON_DESKTOP.match(t) for t in tokens)


def _hides(el: HtmlElement) -> bool:
    """``el`` hides itself from the screen (a class, the ``hidden`` attribute, an inline style)."""
    attrib = el.attrib
    if not attrib:
        return False
    if "hidden" in attrib:
        return True
    tokens = (attrib.get("class") or "").split()
    if any(t in HIDDEN_CLASSES for t in tokens) and not any(_SHOWN_AT_A_WIDTH.match(t) for t in tokens):
        return True
    style = attrib.get("style")
    return bool(style) and _HIDDEN_STYLE.search(style) is not None


def unseen(el: HtmlElement) -> bool:
    """``el`` or a block around it is hidden from the screen, whatever it holds (a print-only
    block repeating the headline with "Ngày in: <today>"): no place of a date the page shows."""
    return any(_hides(x) for x in (el, *el.iterancestors()))


SMALL_SUBTREE = 12  # elements walked in Python before a subtree is left to lxml's C walk


def text_chunks(el: HtmlElement) -> list[str]:
    """:func:`iter_text` as a list. A small subtree is walked here (lxml makes a Python
    object for every element it hands out); a larger one is read by lxml's ``itertext()``,
    which walks in C (leaving out comments' and processing instructions' text, keeping
    their tails; it would read an entity reference's name and yields empty strings): whole
    when it holds no DROP_TAGS element or entity reference, else every subtree under the
    elements above such an element (a recursive Python generator over every element was a
    third of the site inference's time)."""
    out: list[str] = []
    if _walk_small(el, out, [SMALL_SUBTREE]):
        return out
    drops = list(el.iterdescendants(etree.Entity, *DROP_TAGS))
    if not drops:
        return [chunk for chunk in el.itertext() if chunk]
    out.clear()
    _walk(el, _above(el, drops), out)
    return out


def _above(el: HtmlElement, drops: list[etree._Element]) -> set[HtmlElement]:
    """``el`` and the elements between it and each of ``drops`` (DROP_TAGS elements or
    entities): those are walked one by one, any other subtree read whole (lxml keeps an
    element's proxy while it is referenced: a set of elements compares by identity)."""
    above: set[HtmlElement] = {el}
    for drop in drops:
        for up in drop.iterancestors():
            if up in above:
                break
            above.add(up)
    return above


def _walk_small(el: HtmlElement, out: list[str], budget: list[int]) -> bool:
    """The text of ``el`` into ``out``; False (``out`` then incomplete) once ``budget``
    elements have been walked."""
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in DROP_TAGS:
            budget[0] -= 1
            if budget[0] < 0 or not _walk_small(child, out, budget):
                return False
        if child.tail:
            out.append(child.tail)
    return True


def _walk(el: HtmlElement, above: set[HtmlElement], out: list[str]) -> None:
    if el.text:
        out.append(el.text)
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in DROP_TAGS:
            if child in above:
                _walk(child, above, out)
            else:
                out.extend(chunk for chunk in child.itertext() if chunk)
        if child.tail:
            out.append(child.tail)


def has_text(el: HtmlElement) -> bool:
    """Any text that is not whitespace in :func:`text_chunks`, read only up to the first
    (a whole page's text was read to find its first word)."""
    out: list[str] = []  # a walk stopped short holds the first chunks, in order
    whole = _walk_small(el, out, [SMALL_SUBTREE])
    if any(chunk.strip() for chunk in out):
        return True
    if whole:
        return False
    drops = list(el.iterdescendants(etree.Entity, *DROP_TAGS))
    if not drops:
        return any(chunk.strip() for chunk in el.itertext())
    return any(chunk.strip() for chunk in _chunks(el, _above(el, drops)))


def text_longer(el: HtmlElement, limit: int) -> bool:
    """``len(text_of(el)) > limit``, reading only as many of its chunks as that takes (a
    block holding a whole article was read whole to be found longer than a byline). The
    first chunks cleaned are never longer than all of them: :func:`clean` collapses the
    whitespace inside each chunk and NFC composes within a word, never across the space
    joining two chunks."""
    out: list[str] = []
    if _walk_small(el, out, [SMALL_SUBTREE]):
        return len(clean(" ".join(out))) > limit
    drops = list(el.iterdescendants(etree.Entity, *DROP_TAGS))
    chunks = _chunks(el, _above(el, drops)) if drops else el.itertext()
    out.clear()
    read = 0
    check = limit  # the chunks read so far are cleaned each time their length doubles
    for chunk in chunks:
        out.append(chunk)
        read += len(chunk)
        if read > check:
            if len(clean(" ".join(out))) > limit:
                return True
            check = 2 * read
    return len(clean(" ".join(out))) > limit


def _chunks(el: HtmlElement, above: set[HtmlElement]) -> Iterator[str]:
    """:func:`_walk`'s chunks, one at a time."""
    if el.text:
        yield el.text
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in DROP_TAGS:
            if child in above:
                yield from _chunks(child, above)
            else:
                yield from child.itertext()
        if child.tail:
            yield child.tail


def text_of(el: HtmlElement) -> str:
    return clean(" ".join(text_chunks(el)))


def word_count(el: HtmlElement) -> int:
    """``len(text_of(el).split())``, without the NFC pass (which never moves whitespace)."""
    return len(" ".join(text_chunks(el)).split())


def own_text(el: HtmlElement) -> str:
    """Text directly inside ``el`` (its text and its children's tails)."""
    parts = [el.text or ""] + [child.tail or "" for child in el]
    return clean(" ".join(parts))


#: the inline formatting tags a line's text is split across on old portals ("Ngày
#: <b>05/03/2024</b> - 15:00", "<font>Tác giả:</font> <span>Thu Hà</span>")
INLINE_FORMAT = frozenset(("b", "strong", "i", "em", "u", "font", "span", "small", "big", "sup", "sub"))


def line_text(el: HtmlElement) -> str:
    """``el``'s own text with the text of its inline formatting children (:data:`INLINE_FORMAT`,
    holding text only) in its place: the line a reader sees, however the portal's editor
    split it across ``<b>``/``<span>``/``<font>``."""
    inline = set(inline_children(el))
    parts = [el.text or ""]
    for child in el:
        if child in inline:
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return clean(" ".join(parts))


def inline_children(el: HtmlElement) -> list[HtmlElement]:
    """The children of ``el`` whose text :func:`line_text` reads as part of ``el``'s line:
    inline formatting (:data:`INLINE_FORMAT`) holding text only."""
    return [c for c in el if isinstance(c.tag, str) and c.tag in INLINE_FORMAT and not len(c)]


def ancestors(el: HtmlElement) -> list[HtmlElement]:
    return list(el.iterancestors())


def above(el: HtmlElement | None, levels: int) -> HtmlElement | None:
    """``levels`` elements above ``el``, never the page's ``<body>`` or ``<html>`` (the
    article's block around its headline)."""
    if el is None:
        return None
    area = el
    for _ in range(levels):
        parent = area.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        area = parent
    return area


def common_ancestor(a: HtmlElement, b: HtmlElement) -> HtmlElement | None:
    # lxml makes element proxies on demand: keep them alive while comparing by id()
    chain = [a, *a.iterancestors()]
    ids = {id(x) for x in chain}
    for x in [b, *b.iterancestors()]:
        if id(x) in ids:
            return x
    return None


def contains(parent: HtmlElement, el: HtmlElement) -> bool:
    return el is parent or any(x is parent for x in el.iterancestors())


def attr_words(el: HtmlElement) -> str:
    """class and id, lower case, for class-name heuristics."""
    return f"{el.get('class', '')} {el.get('id', '')}".lower()


RELATED_HEADING = re.compile(
    r"^(?:tin liên quan|bài viết liên quan|các tin (?:liên quan|khác|đã đưa|cùng chuyên mục)"
    r"|(?:các )?văn bản (?:liên quan|khác)|tài liệu liên quan"
    r"|tin khác|tin cùng chuyên mục|tin mới|tin mới nhất|tin đọc nhiều|đọc nhiều|xem nhiều"
    r"|related(?: articles| posts| news)?)\s*:?$",
    re.IGNORECASE,
)
RUN_LEVELS = 2  # an element or its parent after a "Các tin khác" heading among its siblings
_RUN_HEADS = ("b", "strong", "span", "p", "div", "h2", "h3", "h4", "h5", "h6", "font", "label")
TEASER_LINK_SHARE = 0.4  # link text of a block around a date/byline: a teaser of another page
TEASER_MAX_CHARS = 600
CARD_TITLE_WORDS = 3  # a card's headline link has this many words at least
_CARD_TITLE_CLASS = re.compile(r"title|tieude|tieu-de|heading|headline|\bname\b", re.I)
_CARD_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def in_teaser(el: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """``el`` belongs to a teaser of another page: the first block around it that holds a
    link is mostly that link's text ("Tin một (01/01/2023)"), or that block (or one of its
    two parents) is an item of a list of alike blocks that each hold a link (two list items
    or table rows, three of anything else: the items of a "Các tin khác" list; two classed
    cards of any tag, each a headline link in a heading: a listing's grid). Dates,
    titles and authors are never read from such a block. The link share is not asked of a
    block that holds an unlinked ``<h1>``: that is the page's own headline block (a teaser's
    headline is a link), where a news ticker, a tool row or a "Tin mới nhất" tab list may
    outweigh the sapo, date line and byline beside the headline without making them
    another page's."""
    if after_related_heading(el, stop):
        return True
    for up in [el, *el.iterancestors()]:
        if up is stop or up.tag in ("body", "html"):
            return False
        # links with text (an element has text exactly when its text_of is not empty) to
        # a page: a tool row's "In bài" (javascript:), "Gửi email" (mailto:) and share
        # buttons hooked to a script (href="#") lead to no other article, and make no info
        # row under the headline a teaser
        linked_sizes = [len(t) for t in (text_of(a) for a in up.iter("a") if _page_link(a)) if t]
        if not linked_sizes:
            continue
        linked = sum(linked_sizes)
        # linked >= TEASER_LINK_SHARE * len(text_of(up)), without reading past that size
        if not text_longer(up, _most_text(linked)) and not own_headline(up):
            return True
        return _list_item(up, stop) or _under_related_heading(up, stop)
    return False


def _most_text(linked: int) -> int:
    """The largest text size ``n`` with ``linked >= TEASER_LINK_SHARE * n`` (the same float
    comparison): a block's link share is a teaser's exactly when its text is no longer."""
    n = int(linked / TEASER_LINK_SHARE)
    while linked >= TEASER_LINK_SHARE * (n + 1):
        n += 1
    while n > 0 and not linked >= TEASER_LINK_SHARE * n:
        n -= 1
    return n


# a script's action, an e-mail address, a phone number, a place on the same page (a share
# button's "#", "#top")
_TOOL_HREF = re.compile(r"^\s*(?:(?:javascript|mailto|tel):|#)", re.IGNORECASE)


# the label of a tool link ("In bài" to a print view, "Gửi bài" or NukeViet's "Gửi bài viết
# qua email" to a form): it leads to no other article, wherever its href points
_TOOL_LABEL = re.compile(
    r"^(?:in|in bài(?: viết| này)?|in trang|bản in|xem bản in|gửi(?: bài(?: viết)?| email| e-mail| tin"
    r"| cho bạn bè| bạn bè)?|gửi(?: bài(?: viết)?| tin| trang)? (?:qua|bằng) (?:email|e-mail|thư điện tử)"
    r"(?: cho bạn bè)?|chia sẻ|lưu(?: bài(?: viết)?)?|lưu tin|quay lại|trở về|trở lại|lên đầu trang"
    r"|về đầu trang|đầu trang|cỡ chữ|bình luận|print|share|e-?mail|back|top|rss)$",
    re.IGNORECASE,
)


def _page_link(a: HtmlElement) -> bool:
    """``a`` links to a page (not a script's action, an e-mail address, a phone number, a
    place on the same page) other than a tool's (a print view's "In bài", "Gửi bài") or an
    archive's (:func:`archive_link`)."""
    href = a.get("href")
    return (
        bool(href) and not _TOOL_HREF.match(href) and not _TOOL_LABEL.match(text_of(a)) and not archive_link(a)
    )


# the archive of a writer, a category or a tag (WordPress's /author/x/, /category/x/, /tag/x/)
_ARCHIVE_HREF = re.compile(r"/(?:author|tac-gia|category|tag)/[^/?#]+/?(?:[?#]|$)", re.IGNORECASE)
_ARCHIVE_REL = frozenset({"author", "category", "tag"})


def archive_link(a: HtmlElement) -> bool:
    """``a`` leads to the archive of the writer, the category or a tag of the page (``rel=
    "author"``, ``rel="category tag"``, an ``/author/<name>/`` href): the meta row under or
    above a post's headline ("Tin tức  Ngọc Lan", the category and the writer, each a link
    to its archive) is the post's own, not a teaser of another article."""
    rel = set((a.get("rel") or "").lower().split())
    return bool(rel & _ARCHIVE_REL) or bool(_ARCHIVE_HREF.search(a.get("href") or ""))


def own_headline(block: HtmlElement) -> bool:
    """``block`` holds an ``<h1>`` that neither is in nor holds a link: a page's own
    headline (a teaser's or a listing card's headline links to its page)."""
    for h1 in block.iter("h1"):
        if h1.find(".//a[@href]") is None and not any(
            up.tag == "a" and up.get("href") for up in h1.iterancestors()
        ):
            return True
    return False


_HOME = re.compile(r"^(?:trang chủ|trang chu|home|trang nhất)$", re.IGNORECASE)
BREADCRUMB_LINK_WORDS = 5  # a breadcrumb's links name sections, never a headline


_CRUMB_SEPARATOR = re.compile(r"[›»>/]")
BREADCRUMB_MAX_LINKS = 5
BREADCRUMB_MAX_CHARS = 160


def breadcrumb(block: HtmlElement) -> bool:
    """``block`` is a short breadcrumb ("Trang chủ › Tin tức", a date at its right): its
    first link goes home, its links are a few sections' short names, a breadcrumb's
    separator ("›", "»", ">", "/") between them. Navigation, not another article's teaser
    (nor a menu: "Trang chủ | Giới thiệu | ..."): a date beside it is the page's own."""
    links = [(a.get("href") or "", text_of(a)) for a in block.iter("a") if a.get("href")]
    links = [(href, text) for href, text in links if text]
    if not 1 <= len(links) <= BREADCRUMB_MAX_LINKS or text_longer(block, BREADCRUMB_MAX_CHARS):
        return False
    if not (_HOME.match(links[0][1]) or links[0][0] in ("/", "./", "index.html")):
        return False
    separators = "".join(a.tail or "" for a in block.iter("a"))
    return (bool(_CRUMB_SEPARATOR.search(separators)) or _marked_crumbs(block)) and all(
        len(text.split()) <= BREADCRUMB_LINK_WORDS for _, text in links
    )


def _marked_crumbs(block: HtmlElement) -> bool:
    """``block`` (or an element in it) says it is a breadcrumb: a class or id with "crumb"
    (Bootstrap's ``<ol class="breadcrumb"><li class="breadcrumb-item">``), an ``aria-label``
    or schema.org's ``BreadcrumbList``. Such a list draws its separators with CSS
    (``.breadcrumb-item + .breadcrumb-item::before``): no "›" in the text, yet the same row
    of navigation, and a menu is never so marked."""
    for el in block.iter():
        if isinstance(el.tag, str) and (
            "crumb" in attr_words(el)
            or "crumb" in (el.get("aria-label") or "").lower()
            or "BreadcrumbList" in (el.get("itemtype") or "")
        ):
            return True
    return False


KICKER_REST_CHARS = 40  # what is left of a kicker row once its link is taken out: a date
KICKER_REST_WORDS = 3  # words of letters in it: a weekday, a month's name, "tháng", "năm"
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMERIC_DAY = re.compile(r"\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{2,4}")


def topic_and_date(block: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """``block`` is a kicker row: one link naming a section or the author (a few words:
    "Thời sự", "Kinh tế - Xã hội", "Jane Roe") and a numeric date beside it, nothing else
    but a word or two ("Thời sự | 05.03.2024 08:40", "24.01.2022 - Meldung - Energiewende"),
    and no item of a list of alike blocks. A news template prints it above (or under) the page's own headline:
    the date is the page's, not a teaser's (a teaser's link is a headline, longer than a
    section's or a person's name)."""
    links = [text_of(a) for a in block.iter("a") if a.get("href")]
    links = [t for t in links if t]
    if len(links) != 1 or len(links[0].split()) > BREADCRUMB_LINK_WORDS:
        return False
    rest = text_of(block).replace(links[0], " ", 1).strip(" |•·/,:–—-")
    if len(rest) > KICKER_REST_CHARS or not _NUMERIC_DAY.search(rest):
        return False  # (a month's name beside a person's link is as often an update's line)
    if len(_LETTER_WORD.findall(rest)) > KICKER_REST_WORDS or _list_item(block, stop):
        return False
    parent = block.getparent()
    if parent is not None and any(  # a kicker row is one of a kind: two alike are a list's items
        c is not block and c.tag == block.tag and _class_kind(c) == _class_kind(block)
        and c.find(".//a[@href]") is not None for c in parent
    ):  # fmt: skip
        return False
    return not under_related_heading(block, stop)  # a "Các tin khác" box of one item


def in_teaser_list(el: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """``el`` is inside an item of a list of teasers (alike linked blocks, a box headed "Tin
    liên quan"): :func:`in_teaser` without its first rule, so a byline that is a link to its
    author's page (``<p><a href="/tac-gia/...">Thu Hương</a></p>``) is not a teaser by
    itself."""
    for up in [el, *el.iterancestors()]:
        if up is stop or up.tag in ("body", "html"):
            return False
        if (up.tag == "a" and up.get("href")) or up.find(".//a[@href]") is not None:
            return _list_item(up, stop) or _under_related_heading(up, stop)
    return False


# the heading of readers' comments: "Ý kiến bạn đọc (2)", "Bình luận", "Ý kiến của bạn"
COMMENTS_HEADING = re.compile(
    r"^(?:ý kiến bạn đọc|bình luận(?: của bạn đọc)?|ý kiến(?: của bạn)?|phản hồi|comments?)"
    r"(?:\s*\(\d+\))?\s*:?$",
    re.IGNORECASE,
)


def in_comments(el: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """``el`` is in a box of readers' comments: the first element of one of its enclosing
    boxes (up to ``stop``) is a comments heading ("Ý kiến bạn đọc (2)"), so a reader's name
    there is never the article's byline."""
    chain = [el, *el.iterancestors()]
    for k, up in enumerate(chain[1:], 1):
        if up is stop or up.tag in ("body", "html"):
            return False
        first = next((c for c in up if isinstance(c.tag, str)), None)
        if first is not None and first is not chain[k - 1] and COMMENTS_HEADING.match(text_of(first)):
            return True
        if text_longer(up, 4 * TEASER_MAX_CHARS):
            return False
    return False


def after_related_heading(node: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """``node`` (or its parent) comes after a "Các tin khác" heading among its siblings:
    ``<b>Các tin khác:</b><br>» <a>...</a> <span>(3/14/2024)</span><br>...``, a list of
    ``<br>`` lines with no box of its own. A ``<br>`` must stand between the heading and the
    node: a date right after a page heading that reads like a list's ("Tin mới") is that
    page's own date line."""
    for up in [node, *node.iterancestors()][:RUN_LEVELS]:
        if up is stop or up.tag in ("body", "html"):
            return False
        lines = False  # a <br> between the heading and the node: the heading heads a run of lines
        for sib in up.itersiblings(preceding=True):
            if sib.tag == "br":
                lines = True
            elif lines and isinstance(sib.tag, str) and sib.tag in _RUN_HEADS and RELATED_HEADING.match(text_of(sib)):
                return True
    return False


def under_related_heading(node: HtmlElement, stop: HtmlElement | None = None) -> bool:
    """``node`` sits in a "Các tin khác" box or after such a heading among ``<br>`` lines."""
    return after_related_heading(node, stop) or _under_related_heading(node, stop)


def _under_related_heading(node: HtmlElement, stop: HtmlElement | None) -> bool:
    """Inside a box headed "Tin liên quan", "Các tin khác" (even with one item in it)."""
    for up in [node, *node.iterancestors()]:
        if up is stop or up.tag in ("body", "html"):
            return False
        for child in up:
            if isinstance(child.tag, str) and child.tag not in ("ul", "ol", "table"):
                if RELATED_HEADING.match(text_of(child)):
                    return True
                break  # only the box's first element can be its heading
        if text_longer(up, 4 * TEASER_MAX_CHARS):
            return False
    return False


def _class_kind(el: HtmlElement) -> str:
    """The class of a list item without its item's own numbers ("post-731 post" is "post")."""
    return " ".join(w for w in (el.get("class") or "").split() if not any(ch.isdigit() for ch in w))


P = ParamSpec("P")
R = TypeVar("R")
_KEPT = threading.local()  # .alike: {(parent, tag, class kind): _Alike} while kept


class _Alike:
    """A parent's children of one tag and class kind that hold a link, and whether they are
    all teaser cards (asked once)."""

    __slots__ = ("blocks", "_cards")

    def __init__(self, blocks: list[HtmlElement]) -> None:
        self.blocks = blocks
        self._cards: bool | None = None

    def cards(self) -> bool:
        if self._cards is None:
            self._cards = all(is_card(c) for c in self.blocks)
        return self._cards


@contextmanager
def teasers_kept() -> Iterator[None]:
    """Within it, :func:`in_teaser` keeps, per list, its alike blocks and their cards'
    verdict: a date line in each of a listing's fifty cards otherwise walked all fifty
    cards again, fifty times. The tree must not change meanwhile (the keys hold its
    elements); nested uses share the outer one's."""
    if getattr(_KEPT, "alike", None) is not None:
        yield
        return
    _KEPT.alike = {}
    try:
        yield
    finally:
        _KEPT.alike = None


def keeping_teasers(fn: Callable[P, R]) -> Callable[P, R]:
    """``fn`` run within :func:`teasers_kept` (a function that only reads its trees)."""

    @functools.wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with teasers_kept():
            return fn(*args, **kwargs)

    return run


def _alike(parent: HtmlElement, node: HtmlElement, kind: str) -> _Alike:
    kept: dict[tuple[HtmlElement, str, str], _Alike] | None = getattr(_KEPT, "alike", None)
    key = (parent, node.tag, kind)
    if kept is not None and (got := kept.get(key)) is not None:
        return got
    got = _Alike([
        c for c in parent
        if c.tag == node.tag and _class_kind(c) == kind
        and (c.tag == "a" or c.find(".//a[@href]") is not None)
    ])  # fmt: skip
    if kept is not None:
        kept[key] = got
    return got


def _list_item(node: HtmlElement, stop: HtmlElement | None) -> bool:
    for _ in range(3):
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return False
        if text_longer(node, TEASER_MAX_CHARS):
            return False
        kind = _class_kind(node)
        alike = _alike(parent, node, kind)
        count = len(alike.blocks)
        # (the cards are looked at last: a listing's fifty cards each walked, for a verdict
        # the count of alike blocks gives alone)
        if parent is not stop and count >= (2 if node.tag in ("li", "tr") else 3):
            return True
        if count >= 2 and kind and alike.cards():
            return True  # a grid of two cards (<div class="card">) whatever their tag
        if parent is stop:
            # the region's own blocks: only a grid of classed teaser cards (a headline link
            # in a heading each) is other pages' teasers, whatever the region
            return False
        node = parent
    return False


def in_card_grid(el: HtmlElement) -> bool:
    """``el`` is inside a teaser card (:func:`is_card`) of a grid: the first block around it
    holding a link is one of two or more classed blocks of its parent, of one tag and class,
    each a card ("Tin cùng chuyên mục" under the text, a listing's cards: a thumbnail, the
    headline, a date and a lead each). Its text is another article's teaser."""
    for up in [el, *el.iterancestors()]:
        if up.tag in ("body", "html"):
            return False
        if not (up.tag == "a" and up.get("href")) and up.find(".//a[@href]") is None:
            continue
        parent = up.getparent()
        kind = _class_kind(up)
        if parent is None or not kind:
            return False
        alike = _alike(parent, up, kind)
        return len(alike.blocks) >= 2 and alike.cards()
    return False


def is_card(block: HtmlElement) -> bool:
    """A teaser card: a heading (``<h3>``, or a block classed as a title) holding a link by
    a headline of a few words (an image, a date and a sapo may sit beside it); or a heading
    of a few words beside an empty link whose accessible name (``aria-label``, ``title``)
    is the card's (an overlay "stretched" link covering the card, as static-site and
    Bootstrap themes draw them), or beside a thumbnail linking the page by its image alone
    (:func:`thumbnail_link`: a card a script makes clickable, its headline unlinked)."""
    heading = False
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block:
            continue
        if el.tag in _CARD_HEADINGS or _CARD_TITLE_CLASS.search(el.get("class") or ""):
            for a in el.iter("a"):
                if a.get("href") and len(text_of(a).split()) >= CARD_TITLE_WORDS:
                    return True
            heading = heading or len(text_of(el).split()) >= CARD_TITLE_WORDS
    return heading and any(
        a.get("href") and not text_of(a) and (len(link_label(a).split()) >= CARD_TITLE_WORDS or thumbnail_link(a))
        for a in block.iter("a")
    )


# the href of an image file: a photo's link to its full size (a lightbox), not to a page
_IMAGE_HREF = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|svg)(?:[?#]|$)", re.IGNORECASE)


def thumbnail_link(a: HtmlElement) -> bool:
    """``a`` links a page by an image alone: no text, no accessible name, an ``<img>`` in
    it, its href a page's (not a script's action, a place on the page, the image's own
    file). A card whose click a script handles (``<div data-href>``) links its article by
    the thumbnail only, its headline and lead under it unlinked text: the headline beside
    the thumbnail names the link (:func:`is_card`, :func:`card_headline`)."""
    href = a.get("href")
    return (
        bool(href) and not _TOOL_HREF.match(href) and not _IMAGE_HREF.search(href)
        and not link_label(a) and a.find(".//img") is not None
    )  # fmt: skip


def card_headline(block: HtmlElement) -> str:
    """The unlinked headline of a thumbnail card (a teaser card, :func:`is_card`, whose only
    link to its page is an image, :func:`thumbnail_link`): the text of its first heading or
    title-classed element of a few words; empty for any other block. The words a reader
    clicks, as a linked headline's text is."""
    if not any(thumbnail_link(a) for a in block.iter("a")) or any(text_of(a) for a in block.iter("a")):
        return ""
    for el in block.iter():
        if not isinstance(el.tag, str) or el is block:
            continue
        if el.tag in _CARD_HEADINGS or _CARD_TITLE_CLASS.search(el.get("class") or ""):
            text = text_of(el)
            if len(text.split()) >= CARD_TITLE_WORDS:
                return text
    return ""


def link_label(a: HtmlElement) -> str:
    """A link's text, or with none (an icon or an overlay link) its accessible name: the
    ``aria-label`` or ``title`` attribute."""
    return text_of(a) or clean(a.get("aria-label") or a.get("title") or "")


_RIGHT = ("text-align:right", "text-align: right")
#: the classes that align text right in the editors and frameworks portals use (Bootstrap's
#: ``text-right`` and ``text-end``, Gutenberg's ``has-text-align-right``, Drupal CKEditor's
#: ``text-align-right``, Quill's ``ql-align-right``)
_RIGHT_CLASSES = frozenset({"text-right", "text-end", "has-text-align-right", "text-align-right", "ql-align-right"})


def right_aligned(el: HtmlElement, classes: bool = False) -> bool:
    """The element or one inside it is aligned right (``align="right"``, ``text-align:
    right``; with ``classes``, a framework's class for it too): where portals put the
    signature of an article. (Classes are asked after the text's element only: inside it,
    a NukeViet theme's ``text-right`` source line is the template's, fx-fresh-nukeviet.)"""
    for x in el.iter():
        if not isinstance(x.tag, str):
            continue
        if (x.get("align") or "").lower() == "right" or any(r in (x.get("style") or "").lower() for r in _RIGHT):
            return True
        if classes and _RIGHT_CLASSES.intersection((x.get("class") or "").split()):
            return True
    return False
