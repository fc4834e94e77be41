"""Page requisites: what a browser loads to show a page (images, stylesheets, scripts, fonts).

Pure functions, no I/O: :func:`page_requisites` reads them from a page's markup (``<img>``
and ``srcset``, ``<link rel=stylesheet|icon|preload>``, ``<script src>``, ``background``
attributes, ``style`` attributes and ``<style>`` blocks); :func:`css_requisites` from a
stylesheet (``url(...)`` anywhere, ``@import``, ``@font-face`` sources). CSS is read with
tinycss2 (the CSS Syntax Level 3 tokenizer WeasyPrint uses), so comments, escapes, quoted
and unquoted ``url()`` are understood as a browser does. The spider decides which of them
it fetches (hosts, the profile's ``requisites`` switch).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin, urlsplit

import tinycss2
from lxml import etree
from lxml.html import HtmlElement

Kind = Literal["image", "stylesheet", "script", "font"]
KINDS: tuple[Kind, ...] = ("image", "stylesheet", "script", "font")
FONT_EXTENSIONS = (".woff", ".woff2", ".ttf", ".otf", ".eot")
ICON_RELS = {"icon", "shortcut", "apple-touch-icon", "apple-touch-icon-precomposed"}
PRELOAD_AS: dict[str, Kind] = {"image": "image", "style": "stylesheet", "script": "script",
                               "font": "font"}  # fmt: skip
#: attributes naming an image, lazy-loading ones included (the page's script copies them)
IMAGE_ATTRIBUTES = ("src", "data-src", "data-original", "data-lazy-src")


@dataclass(frozen=True)
class Requisite:
    url: str  # absolute, without fragment
    kind: Kind


def page_requisites(tree: HtmlElement, base_url: str) -> list[Requisite]:
    """The requisites a page's markup names, in document order, each URL once (absolute
    http(s) URLs: ``base_url`` is the page's base, ``<base href>`` already applied)."""
    found: list[Requisite] = []
    for element in tree.iter(etree.Element):
        tag = element.tag if isinstance(element.tag, str) else ""
        found.extend(_element_requisites(element, tag.lower(), base_url))
    return _unique(found)


def _element_requisites(element: Any, tag: str, base: str) -> Iterator[Requisite]:
    get = element.get
    if tag == "img" or (tag == "input" and (get("type") or "").lower() == "image"):
        for name in IMAGE_ATTRIBUTES:
            yield from _one(base, get(name), "image")
        yield from _srcset(base, get("srcset"))
        yield from _srcset(base, get("data-srcset"))
    elif tag == "source":
        yield from _srcset(base, get("srcset"))
    elif tag == "video":
        yield from _one(base, get("poster"), "image")
    elif tag == "script":
        yield from _one(base, get("src"), "script")
    elif tag == "link":
        rels = set((get("rel") or "").lower().split())
        if "stylesheet" in rels:
            yield from _one(base, get("href"), "stylesheet")
        elif rels & ICON_RELS:
            yield from _one(base, get("href"), "image")
        elif "preload" in rels and (kind := PRELOAD_AS.get((get("as") or "").lower())):
            yield from _one(base, get("href"), kind)
    elif tag == "style" and element.text:
        yield from css_requisites(element.text, base)
    if get("background"):  # <body background>, <td background> of older portals
        yield from _one(base, get("background"), "image")
    if get("style") and "url" in get("style").lower():
        yield from _css_tokens(tinycss2.parse_blocks_contents(get("style")), base, None)


def css_requisites(css: str | bytes, base_url: str) -> list[Requisite]:
    """The requisites a stylesheet names (``base_url``: the stylesheet's own URL): images
    and fonts by ``url()``, stylesheets by ``@import``; each URL once, in order."""
    if isinstance(css, bytes):
        rules, _ = tinycss2.parse_stylesheet_bytes(css, skip_comments=True, skip_whitespace=True)
    else:
        rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)
    return _unique(_css_tokens(rules, base_url, None))


def _css_tokens(nodes: Iterable[Any], base: str, context: Kind | None) -> Iterator[Requisite]:
    for node in nodes:
        kind = getattr(node, "type", "")
        if kind == "at-rule":
            keyword = node.lower_at_keyword
            if keyword == "import":
                yield from _css_tokens(node.prelude, base, "stylesheet")
            elif node.content is not None:
                inner: Kind | None = "font" if keyword == "font-face" else context
                yield from _css_tokens(node.content, base, inner)
        elif kind == "qualified-rule":
            yield from _css_tokens(node.content, base, context)
        elif kind == "url":
            yield from _one(base, node.value, context or _kind_by_name(node.value))
        elif kind == "function":
            if node.lower_name == "url":  # url("quoted"): a function with a string argument
                text = next((t.value for t in node.arguments if t.type == "string"), None)
                yield from _one(base, text, context or _kind_by_name(text or ""))
            else:  # image-set(), -webkit-image-set(), ...
                yield from _css_tokens(node.arguments, base, context)
                if node.lower_name.endswith("image-set"):  # image-set("a.png" 1x)
                    for token in node.arguments:
                        if token.type == "string":
                            yield from _one(base, token.value, "image")
        elif kind == "string" and context == "stylesheet":  # @import "file.css"
            yield from _one(base, node.value, "stylesheet")
        elif kind in ("() block", "[] block", "{} block"):
            yield from _css_tokens(node.content, base, context)
        elif kind == "declaration":
            yield from _css_tokens(node.value, base, context)


def _kind_by_name(url: str) -> Kind:
    path = urlsplit(url).path.lower() if "://" in url else url.split("?", 1)[0].lower()
    if path.endswith(FONT_EXTENSIONS):
        return "font"
    if path.endswith(".css"):
        return "stylesheet"
    return "image"


def _one(base: str, value: str | None, kind: Kind) -> Iterator[Requisite]:
    if not value:
        return
    value = value.strip()
    if not value or value.startswith(("data:", "#", "javascript:", "about:", "blob:")):
        return
    try:
        url = urljoin(base, value)
        parts = urlsplit(url)
    except ValueError:  # a malformed URL (bad port, bracket): nothing to fetch
        return
    if parts.scheme in ("http", "https") and parts.hostname:
        yield Requisite(parts._replace(fragment="").geturl(), kind)


def _srcset(base: str, value: str | None) -> Iterator[Requisite]:
    """Every candidate of a ``srcset`` (``a.jpg 1x, b.jpg 2x``)."""
    for candidate in (value or "").split(","):
        url = candidate.strip().split(" ", 1)[0]
        yield from _one(base, url, "image")


def _unique(requisites: Iterable[Requisite]) -> list[Requisite]:
    seen: set[str] = set()
    unique = []
    for requisite in requisites:
        if requisite.url not in seen:
            seen.add(requisite.url)
            unique.append(requisite)
    return unique
