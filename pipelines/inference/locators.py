"""Positional locators: where a site puts its byline, learned without labels or class names.

:mod:`pipelines.inference.template` finds a labelled byline ("Tác giả: ...") or one under an
author-like class. A portal whose byline is a bare name (``<div class="c-info"><span>Minh
Anh</span></div>``, a link to the author's page above the title, a right-aligned bold name
after the body) has neither; what it has is a *place*: the same element, on most article
pages, holding a short name-shaped text inside the article's own block. This module finds
that place from cross-page evidence:

- candidates are the elements of the article's block (the headline's surroundings and what
  follows the body, never inside the body: extraction reads the body's closing signature
  itself) whose whole text is a name (the author rules of
  :mod:`pipelines.authors`: a person's name, a staff abbreviation, a unit after a dash or in
  brackets), never in a list of teasers of other articles, never the headline;
- a place (a selector from :func:`~pipelines.inference.selectors.candidates`) is kept when
  it finds such a name on :data:`AUTHOR_MIN_SHARE` of the article pages at least and
  nothing else on the others (a name, a CMS account such as "admin", or no element: a
  profile's byline selector is read as written, so a place that shows "Chia sẻ" on one
  page would name that page's author wrong), and
- it is not chrome: when it shows one text on every article page, that text is not a line
  the whole site repeats and the same place does not show it on the site's other pages (a
  weather widget's city, an editor-in-chief line in the footer); a place showing each
  article its own writer is the byline's, even where a blog index repeats whole posts.

The date's place is chosen by :func:`pipelines.inference.template._date` the same way (any
element of the article's block holding date-shaped text, named by the selectors of
:func:`~pipelines.inference.selectors.candidates`, class or none); :func:`date_is_chrome`
refuses a place that shows the other pages' date too.

Pure functions over parsed pages; no Scrapy, no I/O.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pipelines import authors
from pipelines.dom import (
    above,
    common_ancestor,
    contains,
    in_comments,
    in_teaser_list,
    text_of,
)
from pipelines.inference.sample import css_of, kept, memo_of, normalize
from pipelines.inference.selectors import Choice, candidates

AUTHOR_MIN_SHARE = 0.6  # article pages whose place holds a name
AUTHOR_MIN_PAGES = 3
MAX_NAME_CHARS = 80
AREA_LEVELS = 4  # how far above the headline the article's block is looked for
WIDGET_MIN_PAGES = 2  # other pages showing the place's text: chrome
MAX_OTHER_PAGES = 24


def name_of(text: str) -> str | None:
    """The author a short text names by itself (a name, "P.V", "Minh Anh - TTXVN"), or
    None (a sentence, a date, a source line, a CMS account)."""
    if not text or len(text) > MAX_NAME_CHARS or authors.parse_source(text):
        return None
    found = authors.parse_signature(text)
    if found is None or not found.author or authors.labelled(text):
        return None
    return found.author


def article_area(head: HtmlElement | None, levels: int) -> HtmlElement | None:
    """``levels`` elements above the headline (never the page's ``<body>``)."""
    return above(head, levels)


def _area(
    tree: HtmlElement, head: HtmlElement | None, body_selector: str | None
) -> HtmlElement | None:
    """The article's own block: a few levels above the headline, widened to hold the body
    (and what follows it) when the body sits further away."""
    area = article_area(head, AREA_LEVELS)
    if area is None:
        return None
    found = css_of(tree, body_selector) if body_selector else []
    if found and not contains(area, found[0]):
        wider = common_ancestor(head, found[0])
        if wider is not None and wider.tag not in ("body", "html"):
            area = wider
    return area


JUNK = "\x00junk"  # a CMS account at the byline's place ("admin", "Super User")


def _named(el: HtmlElement, head: HtmlElement | None, stop: HtmlElement | None) -> str | None:
    """The name ``el`` holds as its whole text, at a byline's place (not the headline, not
    in a teaser of another article); :data:`JUNK` for a CMS account, which a byline place
    shows on the pages whose writer signs at the end instead."""
    if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "head", "meta"):
        return None
    if head is not None and (contains(el, head) or contains(head, el)):
        return None
    if _tag_link(el):
        return None
    name = _name_in(el)
    if name is None or in_teaser_list(el, stop) or in_comments(el, stop):
        return None
    return name


# a link to a tag's or a keyword's page ("/tag/nam-khe/", "/tu-khoa/ocop.html")
_TAG_HREF = re.compile(r"/(?:tags?|tu-?khoa|keywords?)(?:/|\.|=)", re.IGNORECASE)


def _tag_link(el: HtmlElement) -> bool:
    """``el`` is (in) a link to a tag's page (``rel="tag"``, "/tag/..."): a tag row names a
    place or a topic, never the writer, though the same tag ("Nậm Khê", a district's name
    shaped like a person's) closes every post of a small site's sample."""
    link = el if el.tag == "a" else next(el.iterancestors("a"), None)
    if link is None:
        return False
    return "tag" in (link.get("rel") or "").split() or bool(_TAG_HREF.search(link.get("href") or ""))


def _name_in(el: HtmlElement) -> str | None:
    """The name (or :data:`JUNK`) ``el``'s whole text is, wherever it stands (kept for the
    elements of a kept sample: asked of every element of the article's block, each run)."""
    memo = memo_of(el)
    names = memo.setdefault("names", {}) if memo is not None else None
    if names is not None and el in names:
        return names[el]
    text = text_of(el)
    name = name_of(text) or (JUNK if text and authors.is_junk_author(text) else None)
    if names is not None:
        names[el] = name
    return name


def author_place(
    trees: list[HtmlElement], heads: list[HtmlElement | None], body_selector: str | None,
    others: list[HtmlElement], chrome: set[str],
) -> Choice | None:  # fmt: skip
    """The place of the byline on the article pages ``trees`` (headlines ``heads``), when
    no label or class names it: see the module's docstring. ``others`` are the site's
    other pages (listings, static pages), ``chrome`` the lines every page repeats."""
    options: list[str] = []
    for tree, head in zip(trees, heads, strict=True):
        options += kept(
            tree, "author_places", (head, body_selector),
            lambda tree=tree, head=head: _place_options(tree, head, body_selector),
        )  # fmt: skip
    if not options:
        return None
    bodies = (
        [(found[0] if (found := css_of(t, body_selector)) else None) for t in trees]
        if body_selector
        else [None] * len(trees)
    )
    ranked = _rank(options, trees, heads, bodies)
    need = max(AUTHOR_MIN_PAGES, AUTHOR_MIN_SHARE * len(trees))
    for hits, selector, texts in ranked:
        if hits < need:
            break
        if not _chrome(selector, texts, others[:MAX_OTHER_PAGES], chrome, len(trees)):
            return Choice(selector, hits, len(trees))
    return None


def _place_options(
    tree: HtmlElement, head: HtmlElement | None, body_selector: str | None
) -> list[str]:
    """The byline places one page offers: the innermost elements of its article's block
    holding a name as their whole text (:func:`author_place`)."""
    options: list[str] = []
    area = _area(tree, head, body_selector)
    if area is None:
        return options
    for el in area.iter():
        name = _named(el, head, area)
        if name in (None, JUNK):
            continue
        if any(_named(child, head, area) == name for child in el):
            continue  # the innermost element holding the name names the place
        options += candidates(el)
        for up in el.iterancestors():  # <div class="c-info"><span>Minh Anh</span></div>
            if up is area or text_of(up) != text_of(el):
                break
            options += candidates(up)[:4]
    return options


def _rank(
    options: list[str], trees: list[HtmlElement], heads: list[HtmlElement | None],
    bodies: list[HtmlElement | None],
) -> list[tuple[int, str, list[str]]]:  # fmt: skip
    """(pages where the selector's first match is a name, selector, the names), most pages
    first; ties to the selector matching fewer elements, then the simpler. A place inside
    the body is never one."""
    verdicts: dict[HtmlElement, str | None] = {}
    found: list[tuple[int, int, bool, int, int, str, list[str]]] = []
    for selector in dict.fromkeys(options):
        names: list[str] = []
        extra = 0
        other = False
        for tree, head, body in zip(trees, heads, bodies, strict=True):
            matches = css_of(tree, selector)
            extra += max(0, len(matches) - 1)
            if not matches:
                continue
            first = matches[0]
            if body is not None and contains(body, first):
                # inside the body: extraction reads its closing signature itself; read as
                # a byline as written, the place would name an unsigned article's first
                # bold phrase
                other = True
                break
            if first not in verdicts:
                verdicts[first] = _named(first, head, None)
            if verdicts[first] is not None:
                names.append(JUNK if verdicts[first] == JUNK else normalize(text_of(first)))
            elif text_of(first) and not authors._is_unit(text_of(first)):  # noqa: SLF001
                # the place shows something else on a page ("Chia sẻ", a view count;
                # an office, "Trung tâm Khuyến nông", may sign): read as a byline there,
                # it would name no one right
                other = True
                break
        if not other and any(n != JUNK for n in names):
            bare = selector.isalnum()
            found.append(
                (-len(names), extra, bare, selector.count(" "), len(selector), selector, names)
            )
    found.sort(key=lambda t: t[:6])
    return [(-t[0], t[5], t[6]) for t in found]


def _chrome(
    selector: str, texts: list[str], others: list[HtmlElement], chrome: set[str], pages: int
) -> bool:
    """The place is the site's, not the article's: its text is a line every page repeats,
    or the same place shows the same text on the site's other pages."""
    distinct = set(texts) - {JUNK}
    if len(distinct) != 1:
        return False  # each article its own writer (a listing showing whole posts repeats theirs)
    return bool(distinct & chrome) or shown_elsewhere(selector, distinct, others)


def shown_elsewhere(selector: str, texts: set[str], others: list[HtmlElement]) -> bool:
    """The place ``selector`` shows one of ``texts`` (normalized), outside any teaser list,
    on :data:`WIDGET_MIN_PAGES` of the site's other pages: a widget or a header line every
    page shows ("Hôm nay: Thứ Tư, 20/03/2024", a city's weather), not the article's."""
    shown = 0
    for tree in others[:MAX_OTHER_PAGES]:
        matches = css_of(tree, selector)
        if matches and normalize(text_of(matches[0])) in texts and not in_teaser_list(matches[0]):
            shown += 1
            if shown >= WIDGET_MIN_PAGES:
                return True
    return False


def date_is_chrome(selector: str, trees: list[HtmlElement], others: list[HtmlElement]) -> bool:
    """The date place ``selector`` shows the same date on every article page, and the
    site's other pages show it at the same place too (today's date in a header block every
    page has; a blog index showing whole posts repeats each one's own date, which differ)."""
    texts = {normalize(text_of(m[0])) for m in (css_of(t, selector) for t in trees) if m}
    return len(texts) == 1 and len(trees) > 1 and shown_elsewhere(selector, texts, others)


def other_places(options: list[str], refused: str, trees: list[HtmlElement]) -> list[str]:
    """``options`` without those naming the place ``refused`` names (on every page, the
    same first element, one inside it or one around it)."""
    firsts = [(m[0] if m else None) for m in (css_of(t, refused) for t in trees)]
    out = []
    for option in options:
        same = True
        for tree, first in zip(trees, firsts, strict=True):
            found = css_of(tree, option)
            mine = found[0] if found else None
            if mine is None or first is None:
                if mine is not first:
                    same = False
                    break
            elif not (contains(first, mine) or contains(mine, first)):
                same = False
                break
        if not same:
            out.append(option)
    return out
