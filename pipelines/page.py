"""Stage 0 of extraction: one page read, decoded and parsed once, with its landmarks.

:func:`read_page` turns bytes into a :class:`Page` (or a :class:`NotAnArticle` for input
that cannot be read: empty, not HTML, undecodable, cut short). The page carries everything
the later stages (:mod:`pipelines.classify`, :mod:`pipelines.content`,
:mod:`pipelines.metadata`) share: the tree, the base and canonical URLs, the part number of
a split article, the title and its element, what ``selectors.remove`` took away. Each is
found once; the stages read them from here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from lxml.html import HtmlElement

from config.profile import SiteProfile, site_module
from pipelines import body, multipage, pagekind, signals
from pipelines.chrome import Learned, page_lines
from pipelines.decode import decode_html
from pipelines.dom import css, first, has_text, may_match, parse, text_of, word_count
from pipelines.multipage import Part
from pipelines.record import NotAnArticle
from pipelines.structured import Structured, read_structured
from pipelines.titles import find_title
from pipelines.urls import (
    absolutize,
    canonicalize,
    is_site_root,
    names_section,
    on_origin,
    same_document,
)

_OPENED = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


@dataclass
class Removal:
    """What one ``selectors.remove`` selector took from the page (in profile order)."""

    index: int
    selector: str
    words: int  # words of page text it removed


@dataclass
class Page:
    """One parsed page and its landmarks, shared by the extraction stages."""

    url: str
    tree: HtmlElement
    profile: SiteProfile
    learned: Learned
    base: str  # the URL relative links resolve against (<base href> or the page's)
    canonical: str | None  # the canonical link (None when absent or ignored by the profile)
    record_url: str  # canonical URL of the record (tracking parameters removed)
    part: Part | None  # part N > 1 of a split article
    later_parts: list[str]  # on page 1: the further parts it links to
    declared: bool  # og:type=article or a JSON-LD Article
    marked_article: bool  # an element of the profile's selectors.article is on the page
    body_el: HtmlElement | None  # the first element matching selectors.body (after remove)
    text_before_remove: list[str]  # the body's text chunks before `remove` (words: when asked)
    removals: list[Removal]
    emptied: Removal | None  # the remove selector that left the body selector's element empty
    title: str | None
    title_el: HtmlElement | None
    title_from: str  # "selector", "og:title", "headline", "h1", "title", "heading" or ""
    lines: tuple[str, ...]  # the page report for the chrome learner
    page_title: str | None
    structured: Structured  # JSON-LD, microdata, meta tags: read once (dates, author, headline)
    warnings: list[str] = field(default_factory=list)

    @property
    def words_before_remove(self) -> int:
        """Words of the body before ``selectors.remove`` (0 without remove selectors),
        counted only when asked (a refusal's detail): the chunks were gathered on the
        page report's walk (:func:`_page_report`)."""
        return len(" ".join(self.text_before_remove).split())


def site_hook(profile: SiteProfile, name: str) -> Callable[..., Any] | None:
    """Hook ``name`` of the profile's site module (``profile.module``), or None."""
    module = site_module(profile)
    return getattr(module, name, None) if module is not None else None


def read_page(
    raw: bytes, url: str, headers: Mapping[str, str], profile: SiteProfile, learned: Learned
) -> Page | NotAnArticle:
    """Decode and parse ``raw`` once and find the page's landmarks."""
    refused = unreadable(raw, headers, url)
    if refused is not None:
        return refused
    content_type = {k.lower(): v for k, v in headers.items()}.get("content-type")
    decoded = decode_html(raw, content_type)
    if decoded is None:
        return NotAnArticle(url, "undecodable", "no charset decodes the page as text")
    if cut_short(decoded.text):
        return NotAnArticle(url, "truncated", "no </body> or </html>: the page is cut short")
    tree = parse(decoded.text)
    if tree is None or not has_text(tree):
        return NotAnArticle(url, "empty", "no text in the page")
    hook = site_hook(profile, "prepare")
    if hook is not None:
        hook(tree)
    chunks: list[str] | None = [] if profile.selectors.remove else None
    lines, page_title = _page_report(tree, chunks)
    base = _base_url(tree, url)
    canonical = None if profile.ignore_canonical else signals.canonical(tree, base)
    if canonical and (is_site_root(canonical) or pagekind.home_url(canonical) or names_section(canonical, url)):
        # a canonical link naming the home page (a template's default, "/", "/Default.aspx",
        # "/web/guest") or the section the page sits in (the category listing) says nothing
        # of the page: not a copy of that page, nor its URL
        canonical = None
    record_url = canonicalize(canonical or url)
    if canonical and same_document(canonical, url):
        # the canonical names this very page with another scheme or host spelling (http:// or
        # www. on a site served at https://): the article keeps the origin it is served at
        record_url = canonicalize(on_origin(record_url, url))
    later_parts = multipage.sibling_parts(tree, base, record_url)  # before `remove` drops pagers
    part = multipage.part_of(url, canonical) or multipage.path_part(tree, base, url, canonical)  # (so is this)
    removals, emptied, body_el = apply_remove(tree, profile.selectors.remove, profile.selectors.body)
    if body_el is None:
        body_el = first(tree, profile.selectors.body)
    structured = read_structured(tree)
    title, title_el, title_from = find_title(
        tree,
        profile.selectors.title,
        [*profile.title_suffixes, profile.name, *sorted(learned.title_affixes)],
        learned.is_chrome,
        structured.headline,
        url,
    )
    page = Page(
        url=url,
        tree=tree,
        profile=profile,
        learned=learned,
        base=base,
        canonical=canonical,
        record_url=record_url,
        part=part,
        later_parts=later_parts,
        declared=signals.declared_article(tree),
        marked_article=first(tree, profile.selectors.article) is not None,
        body_el=body_el,
        text_before_remove=chunks or [],
        removals=removals,
        emptied=emptied,
        title=title,
        title_el=title_el,
        title_from=title_from,
        lines=lines,
        page_title=page_title,
        structured=structured,
    )
    if profile.selectors.title and title_from != "selector":
        page.warnings.append("title_selector_missed")
    return page


def unreadable(raw: bytes, headers: Mapping[str, str], url: str = "") -> NotAnArticle | None:
    """The cheap refusals, before decoding: no content, not HTML."""
    if not raw or not raw.strip():
        return NotAnArticle(url, "empty", "no content")
    content_type = {k.lower(): v for k, v in headers.items()}.get("content-type")
    why = signals.non_html(raw, content_type)
    return NotAnArticle(url, "not_html", why) if why else None


def cut_short(text: str) -> bool:
    """An opened <html>/<body> never closed, the text stopping inside a tag or in text.

    HTML lets a page leave out </body> and </html> (minified pages do): a page that ends
    on a whole tag is taken as complete; a cut download stops at an arbitrary byte."""
    if not _OPENED.search(text) or _CLOSED.search(text):
        return False
    return not text.rstrip().endswith(">")


def _page_report(
    tree: HtmlElement, chunks: list[str] | None = None
) -> tuple[tuple[str, ...], str | None]:
    """What the chrome learner is told about this page: its lines and its <title>;
    ``chunks`` receives the <body>'s text chunks (:func:`pipelines.dom.text_chunks`), from
    which its words are counted (one walk for both: a second one was 5% of a page's
    extraction)."""
    root = tree.find("body")
    lines = page_lines(body.block_paragraphs(root, chunks=chunks, visible=True)) if root is not None else ()
    head_title = tree.find(".//title")
    return lines, (text_of(head_title) or None) if head_title is not None else None


def _base_url(tree: HtmlElement, url: str) -> str:
    base_el = tree.find(".//base[@href]")
    if base_el is not None:
        return absolutize(url, base_el.get("href")) or url
    return url


def apply_remove(
    tree: HtmlElement, selectors: list[str], body_selectors: list[str]
) -> tuple[list[Removal], Removal | None, HtmlElement | None]:
    """Drop the elements of each ``selectors.remove`` selector, in the profile's order (a
    later selector sees the page without what earlier ones removed). Also returned: the
    first remove selector after which the body selector's element (it matched before)
    is gone or has no text left, and that element when it is still the body selector's
    first match afterwards (still in the page, and the body selectors' matches can only
    shrink when elements go: :func:`_shrinking`), else None (to be looked for again)."""
    out: list[Removal] = []
    emptied = None
    body_el = first(tree, body_selectors) if selectors and body_selectors else None
    possible = set(may_match(tree, selectors))  # removing elements keeps it true
    for index, selector in enumerate(selectors):
        words = 0
        for el in css(tree, selector) if selector in possible else ():
            if el.getparent() is not None:
                words += word_count(el)
                el.drop_tree()
        removal = Removal(index, selector, words)
        out.append(removal)
        if body_el is not None and emptied is None and words and not _alive(tree, body_el):
            emptied = removal
    if body_el is None or not _shrinking(body_selectors) or not _attached(tree, body_el):
        return out, emptied, None
    return out, emptied, body_el


#: what can make a CSS selector match an element once another element is removed: a
#: pseudo-class (``:first-child``, ``:empty``, ``:not()``, ``:contains()``) or a sibling
#: combinator; a selector without them (tags, classes, ids, attributes, descendant and
#: child combinators) matches a subset of what it matched before
_STRUCTURAL = re.compile(r"[:+~]")


def _shrinking(selectors: list[str]) -> bool:
    return not any(_STRUCTURAL.search(s) for s in selectors)


def _attached(tree: HtmlElement, el: HtmlElement) -> bool:
    """``el`` is still in the page."""
    root = tree.getroottree().getroot()
    return el is root or any(x is root for x in el.iterancestors())


def _alive(tree: HtmlElement, el: HtmlElement) -> bool:
    """``el`` is still in the page and holds text."""
    return _attached(tree, el) and has_text(el)


def emptied_by(page: Page) -> Removal | None:
    """The remove selector that emptied the page's body: the one that left the body
    selector's element empty, or (no body selector) the one that took half of the page's
    text or more. None when no remove selector is to blame."""
    if page.emptied is not None:
        return page.emptied
    if not page.removals or page.words_before_remove == 0:
        return None
    worst = max(page.removals, key=lambda r: r.words)
    return worst if worst.words >= 0.5 * page.words_before_remove else None
