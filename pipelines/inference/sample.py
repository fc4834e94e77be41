"""One sampled page, read once: its tree, its lines, links, titles and DOM skeleton.

:func:`read_sample` is the only place the inference decodes and parses a page; everything
else works on :class:`Sample` objects.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TypeVar
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipelines import body, chrome, signals
from pipelines.decode import decode_html
from pipelines.dom import DROP_TAGS, attr_words, clean, css, parse, text_of
from pipelines.page import cut_short, unreadable
from pipelines.urls import absolutize, canonicalize, on_origin

SKELETON_DEPTH = 9  # element paths deeper than this are cut
SKELETON_TAGS = frozenset(
    {"div", "table", "tr", "td", "ul", "ol", "section", "article", "header", "footer", "main",
     "aside", "nav", "h1", "h2", "h3", "h4", "form", "span", "p", "time", "figure"}
)  # fmt: skip
_DIGITS = re.compile(r"\d+")
T = TypeVar("T")


@dataclass
class Sample:
    url: str
    tree: HtmlElement
    title: str  # <title>
    og_title: str
    site_name: str  # og:site_name
    canonical: str | None
    lang: str
    lines: list[str]  # the <body>'s lines, in reading order
    links: list[tuple[str, str]]  # (canonical absolute URL, anchor text), same host only
    skeleton: frozenset[str]
    soft_404: str | None
    declared: bool  # og:type article / JSON-LD Article
    password: bool  # has a password field (a login form)
    words: int = 0
    extra: dict = field(default_factory=dict)

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


def read_sample(url: str, raw: bytes, headers: Mapping[str, str]) -> Sample | None:
    """The page as the inference sees it, or None when it cannot be read as HTML."""
    if unreadable(raw, headers or {}, url) is not None:
        return None
    content_type = {k.lower(): v for k, v in (headers or {}).items()}.get("content-type")
    decoded = decode_html(raw, content_type)
    if decoded is None or cut_short(decoded.text):
        return None
    tree = parse(decoded.text)
    if tree is None:
        return None
    root = tree.find("body")
    if root is None:
        return None
    base_el = tree.find(".//base[@href]")
    base = (absolutize(url, base_el.get("href")) or url) if base_el is not None else url
    head_title = tree.find(".//title")
    title = text_of(head_title) if head_title is not None else ""
    spans: dict[HtmlElement, tuple[int, int]] = {}
    lines = body.block_paragraphs(root, spans=spans)
    h1 = tree.find(".//h1")
    return Sample(
        url=canonicalize(url),
        tree=tree,
        title=title,
        og_title=_meta(tree, "og:title"),
        site_name=_meta(tree, "og:site_name"),
        canonical=signals.canonical(tree, base),
        lang=(tree.get("lang") or "").lower()[:2],
        lines=lines,
        links=_links(root, base, urlsplit(url).hostname or ""),
        skeleton=skeleton(root),
        soft_404=signals.soft_404(tree, [title, text_of(h1) if h1 is not None else ""]),
        declared=signals.declared_article(tree),
        password=tree.find(".//input[@type='password']") is not None,
        words=sum(len(x.split()) for x in lines),
        extra={"block_lines": (tuple(lines), spans)},
    )


# a worker infers a site's model at 16, 32, 64, 128, 256 candidate pages and at the end, over
# samples that mostly hold the same pages: each thread keeps the pages it read last
CACHE_PAGES = 512  # samples kept (a model sample is at most 240 pages)
CACHE_BYTES = 16 * 2**20  # ... and at most this much HTML read into them (trees take ~10x)


class _Kept(threading.local):
    """The samples this thread read (one thread in a pool worker; each thread its own, so
    no tree is ever read by two threads at once)."""

    def __init__(self) -> None:
        self.samples: OrderedDict[tuple, tuple[Sample | None, int]] = OrderedDict()
        self.size = 0  # bytes of HTML read into them
        # a kept sample's tree -> its ``extra`` (what was worked out of it: :func:`memo_of`)
        self.memos: dict[HtmlElement, dict] = {}


_kept = _Kept()


def read_samples(pages: Iterable[tuple[str, bytes, Mapping[str, str]]]) -> list[Sample]:
    """:func:`read_sample` of each page, the unreadable left out; a page this process read
    before (the same URL, payload and headers) is not read again. Nothing reading a sample
    changes it or its tree, so a kept sample is the one a fresh read would give; a page given
    twice is read twice (two samples never share a tree)."""
    kept = _kept
    out: list[Sample] = []
    taken: set[tuple] = set()
    for url, raw, headers in pages:
        key = (url, hashlib.sha1(raw).digest(), tuple(sorted((headers or {}).items())))
        if key in taken:
            sample = read_sample(url, raw, headers)
        elif key in kept.samples:
            kept.samples.move_to_end(key)
            sample = kept.samples[key][0]
        else:
            sample = read_sample(url, raw, headers)
            kept.samples[key] = (sample, len(raw))
            kept.size += len(raw)
            if sample is not None:
                kept.memos[sample.tree] = sample.extra
            while len(kept.samples) > CACHE_PAGES or (
                kept.size > CACHE_BYTES and len(kept.samples) > 1
            ):
                gone, size = kept.samples.popitem(last=False)[1]
                kept.size -= size
                if gone is not None:
                    kept.memos.pop(gone.tree, None)
        taken.add(key)
        if sample is not None:
            out.append(sample)
    return out


def clear_cache() -> None:
    _kept.samples.clear()
    _kept.memos.clear()
    _kept.size = 0


def memo_of(el: HtmlElement) -> dict | None:
    """Where to keep what is worked out of ``el``: the ``extra`` of the kept sample whose
    tree holds it; None for any other element (a copy of a part of a tree, cut down)."""
    memos = _kept.memos
    return memos.get(el.getroottree().getroot()) if memos else None


def kept(el: HtmlElement | None, name: str, key: Hashable, make: Callable[[], T]) -> T:
    """``make()``, kept under ``(name, key)`` on the kept sample whose tree holds ``el``
    (worked out again for any other element). ``make`` must read only that tree and what
    ``key`` names; the value is shared: callers only read it."""
    memo = memo_of(el) if el is not None else None
    if memo is None:
        return make()
    table = memo.get(name)
    if table is None:
        table = memo[name] = {}
    if key in table:
        return table[key]
    value = table[key] = make()
    return value


def css_of(root: HtmlElement, selector: str) -> list[HtmlElement]:
    """:func:`pipelines.dom.css`, kept per selector for the root of a kept sample's tree (the
    inference tries the same selectors on the same pages in every run). The list is shared:
    callers only read it."""
    memo = memo_of(root)
    if memo is None or root.getparent() is not None:
        return css(root, selector)
    kept = memo.get("css")
    if kept is None:
        kept = memo["css"] = {}
    found = kept.get(selector)
    if found is None:
        found = kept[selector] = css(root, selector)
    return found


#: the elements whose :func:`text_size` the inference asks for (its body candidates)
SIZED_TAGS = frozenset({"div", "td", "article", "section", "main", "table", "ul", "span",
                        "font", "center"})  # fmt: skip


def text_size(el: HtmlElement) -> int:
    """``len(text_of(el))``, kept for the elements of a kept sample: those of
    :data:`SIZED_TAGS` all measured in one walk of the tree (:func:`_sizes`) the first time
    one is asked for."""
    memo = memo_of(el)
    if memo is None:
        return len(text_of(el))
    sizes = memo.get("text_sizes")
    if sizes is None:
        sizes = memo["text_sizes"] = _sizes(el.getroottree().getroot()) or {}
    size = sizes.get(el)
    if size is None:
        size = sizes[el] = len(text_of(el))
    return size


def known_size(el: HtmlElement) -> int | None:
    """:func:`text_size` of a :data:`SIZED_TAGS` element of a kept sample (None for any
    other element: measure its text)."""
    if el.tag not in SIZED_TAGS:
        return None
    memo = memo_of(el)
    return None if memo is None else text_size(el)


def _sizes(root: HtmlElement) -> dict[HtmlElement, int] | None:
    """``len(text_of(el))`` of every :data:`SIZED_TAGS` element under ``root``, from one
    walk: :func:`pipelines.dom.text_of` joins an element's text chunks (its text, its
    children's but DROP_TAGS elements', their tails; comments' text left out, their tails
    kept) with spaces and collapses whitespace, so its length is the characters of the
    chunks' words plus one space between two words, which adds up from the children. NFC
    (``clean``'s last step) keeps that length when every text node is NFC already (a space
    composes with nothing); None (measure each element) when one is not."""
    out: dict[HtmlElement, int] = {}
    nfc = unicodedata.is_normalized

    def words(text: str) -> tuple[int, int]:
        parts = text.split()
        return sum(map(len, parts)), len(parts)

    def visit(el: HtmlElement) -> tuple[int, int]:
        chars = count = 0
        if el.text:
            if not nfc("NFC", el.text):
                raise _NotNFC
            chars, count = words(el.text)
        for child in el:
            tag = child.tag
            if isinstance(tag, str):
                c, n = visit(child)
                if tag not in DROP_TAGS:
                    chars += c
                    count += n
            if child.tail:
                if not nfc("NFC", child.tail):
                    raise _NotNFC
                c, n = words(child.tail)
                chars += c
                count += n
        if el.tag in SIZED_TAGS:
            out[el] = chars + count - 1 if count else 0
        return chars, count

    try:
        visit(root)
    except (_NotNFC, RecursionError):
        return None
    return out


class _NotNFC(Exception):
    """A text node :func:`_sizes` cannot measure by its words."""


def paragraph_keys(el: HtmlElement) -> frozenset[str]:
    """The normalized paragraphs of ``el`` (:func:`pipelines.body.block_paragraphs`), kept
    for the elements of a kept sample. A block element of a kept sample's ``<body>`` takes
    its paragraphs from the walk :func:`read_sample` made (``spans``: the same lines, the
    tree unchanged since) instead of walking its subtree again: the body candidates nest
    (``div > div > div``), so each subtree was walked once per candidate above it."""
    memo = memo_of(el)
    if memo is None:
        return frozenset(normalize(x) for x in body.block_paragraphs(el))
    keys = memo.setdefault("paragraph_keys", {})
    found = keys.get(el)
    if found is None:
        lines, spans = memo.get("block_lines") or ((), {})
        span = spans.get(el)
        paragraphs = lines[span[0] : span[1]] if span else body.block_paragraphs(el)
        found = keys[el] = frozenset(normalize(x) for x in paragraphs)
    return found


def _meta(tree: HtmlElement, prop: str) -> str:
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == prop:
            value = clean(el.get("content"))
            if value:
                return value
    return ""


def _links(root: HtmlElement, base: str, host: str) -> list[tuple[str, str]]:
    out = []
    for a in root.iter("a"):
        found = link_of(base, a.get("href"))
        if found is None or found[1] != host:
            continue
        out.append((found[0], text_of(a)))
    return out


def _bare(host: str | None) -> str:
    host = (host or "").lower()
    return host[4:] if host.startswith("www.") else host


#: href -> (canonical URL, host) of the hrefs whose resolution needs only the base's scheme
#: and host (an absolute URL, ``/path``, ``//host/path``): the menus every page repeats
_LINKS: dict[tuple[str, str, str], tuple[str, str | None] | None] = {}
_LINKS_KEPT = 65536
_UNKNOWN = object()
_ROOTED = re.compile(r"^(?:/|https?://)", re.IGNORECASE)


def link_of(base: str, href: str | None) -> tuple[str, str | None] | None:
    """``href`` resolved against ``base`` (:func:`pipelines.urls.absolutize`), without its
    fragment, canonicalized, with its host name; None for no link. A link to the base's site
    at another spelling of its origin (``http://`` or ``www.``: a Joomla whose configured live
    site is still ``http://www.<host>`` writes every menu, listing and related link so on a
    site served at ``https://<host>``) is read at the base's origin, as
    :func:`pipelines.linkgraph.page_links` reads it: the model had read no listing linking the
    articles (a ``www.`` link is another host's) and no teaser of their sapo. Kept per process
    for the hrefs :data:`_LINKS` holds (the rest depend on the base's path and query too)."""
    if not href:
        return None
    cleaned = href.strip().replace("\\", "/")
    key = None
    if _ROOTED.match(cleaned):
        parts = urlsplit(base)
        key = (parts.scheme, parts.netloc, cleaned)
        known = _LINKS.get(key, _UNKNOWN)  # (one lookup: another thread may clear it)
        if known is not _UNKNOWN:
            return known  # type: ignore[return-value]
    url = absolutize(base, href)
    if url:
        url = canonicalize(url.split("#", 1)[0])
        parts, at = urlsplit(url), urlsplit(base)
        if (parts.scheme, parts.hostname) != (at.scheme, at.hostname) and _bare(parts.hostname) == _bare(at.hostname):
            url = on_origin(url, canonicalize(base))  # the site's own URL at another spelling
        found: tuple[str, str | None] | None = (url, urlsplit(url).hostname)
    else:
        found = None
    if key is not None:
        if len(_LINKS) >= _LINKS_KEPT:
            _LINKS.clear()
        _LINKS[key] = found
    return found


NORMALIZED_CHARS = 300  # lines up to this long keep their normalized form (per process)


def normalize(line: str) -> str:
    """:func:`pipelines.chrome.normalize`, a short line's result kept: the inference
    normalizes the same chrome and date lines of every page many times over, in every run."""
    if line and len(line) <= NORMALIZED_CHARS:
        return _normalized(line)
    return chrome.normalize(line)


@lru_cache(maxsize=16384)
def _normalized(line: str) -> str:
    return chrome.normalize(line)


def element_key(el: HtmlElement) -> str:
    """``tag.class1.class2#id`` with digits blurred (generated ids differ per page)."""
    classes = ".".join(sorted(_DIGITS.sub("#", c) for c in (el.get("class") or "").split()))
    ident = _DIGITS.sub("#", el.get("id") or "")
    return el.tag + (f".{classes}" if classes else "") + (f"#{ident}" if ident else "")


def skeleton(root: HtmlElement) -> frozenset[str]:
    """The page's template: the set of its element paths (structural tags, classes, ids)."""
    out: set[str] = set()

    def visit(el: HtmlElement, path: str, depth: int) -> None:
        for child in el:
            if not isinstance(child.tag, str) or child.tag in DROP_TAGS:
                continue
            if child.tag in SKELETON_TAGS:
                key = path + ">" + element_key(child)
                out.add(key)
                if depth < SKELETON_DEPTH:
                    visit(child, key, depth + 1)
            else:
                visit(child, path, depth)

    visit(root, "body", 0)
    return frozenset(out)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a and not b:
        return 1.0
    return len(a & b) / len(a | b)


def class_words(el: HtmlElement) -> str:
    return attr_words(el)
