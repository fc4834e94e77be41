"""CSS selectors for an element, from specific to general, and their evidence over pages.

:func:`candidates` writes the selectors a maintainer would try for an element: its tag with
one class, its id, an ancestor's class above it, the bare tag. :func:`best` keeps the one
that finds the right element on the most pages (ties: the simplest). Class names and ids
holding digits are left out: a CMS generates them per page or per instance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lxml.html import HtmlElement

from pipelines.inference.sample import css_of

ANCESTOR_LEVELS = 4
_STABLE = re.compile(r"^[A-Za-z_-][A-Za-z_-]*$")
_STATE = {"active", "selected", "current", "clearfix", "clear", "row", "col", "container",
          "left", "right", "center", "hidden", "show", "fl", "fr", "pull-left", "pull-right"}  # fmt: skip
_SKIP_TAGS = {"html", "body", "tbody", "thead", "tfoot"}
_ATTRS = ("itemprop", "role", "data-role", "name")


@dataclass(frozen=True)
class Choice:
    selector: str
    hits: int  # pages where it found what was asked
    pages: int  # pages it was tried on

    @property
    def share(self) -> float:
        return self.hits / self.pages if self.pages else 0.0


def _classes(el: HtmlElement) -> list[str]:
    return [
        c for c in (el.get("class") or "").split() if _STABLE.match(c) and c.lower() not in _STATE
    ]


def _ident(el: HtmlElement) -> str | None:
    value = el.get("id") or ""
    return value if _STABLE.match(value) and len(value) <= 40 else None


def simple(el: HtmlElement, with_tag: bool = True) -> list[str]:
    """One-element selectors: ``tag.class``, ``.class``, ``#id``, ``[itemprop=...]``."""
    out = []
    ident = _ident(el)
    if ident:
        out.append(f"#{ident}")
    for cls in _classes(el):
        out.append(f"{el.tag}.{cls}" if with_tag else f".{cls}")
        if with_tag:
            out.append(f".{cls}")
    suffix = _id_suffix(el)
    if suffix:
        out.append(f'[id$="{suffix}"]')
    for attr in _ATTRS:
        value = el.get(attr) or ""
        if _STABLE.match(value) and len(value) <= 40:
            out.append(f"[{attr}={value}]")
    return out


_ID_TAIL = re.compile(r"\d([A-Za-z_-]*[A-Za-z][A-Za-z_-]*)$")


def _id_suffix(el: HtmlElement) -> str | None:
    """The stable end of a generated id (``ctl00_ContentPlaceHolder1_lblTitle`` ->
    ``_lblTitle``; ``dnn_ctr1423_ViewArticle_lblTitle`` -> ``_ViewArticle_lblTitle``)."""
    value = el.get("id") or ""
    match = _ID_TAIL.search(value)
    tail = match.group(1) if match else ""
    return tail if len(tail.strip("_-")) >= 4 else None


def positional(el: HtmlElement) -> str | None:
    """``tag:nth-of-type(k)`` for an element with nothing else to name it by."""
    parent = el.getparent()
    if parent is None:
        return None
    same = [c for c in parent if c.tag == el.tag]
    if len(same) < 2:
        return None
    return f"{el.tag}:nth-of-type({same.index(el) + 1})"


def candidates(el: HtmlElement, levels: int = ANCESTOR_LEVELS) -> list[str]:
    """Selectors for ``el``: its own, then under each classed ancestor, then its tag."""
    own = simple(el)
    out = list(own)
    place = positional(el) if not own else None
    tails = own or ([el.tag, place] if place else [el.tag])
    up = 0
    for anc in el.iterancestors():
        if not isinstance(anc.tag, str) or anc.tag in _SKIP_TAGS:
            continue
        up += 1
        if up > levels:
            break
        for head in simple(anc, with_tag=False)[:3]:
            for tail in tails[:3]:
                out.append(f"{head} {tail}")
            if not own:
                out.append(f"{head} > {el.tag}")
                if place and el.getparent() is anc:
                    out.append(f"{head} > {place}")
    if not own:
        out += _after_headline(el)
    out.append(el.tag)
    seen: set[str] = set()
    return [s for s in out if not (s in seen or seen.add(s))]


def _after_headline(el: HtmlElement) -> list[str]:
    """For an element with no stable name of its own, a sibling after the page's ``<h1>``:
    counted from the end of its siblings (``h1 ~ div:nth-last-of-type(1)``), which holds
    when an optional block (a byline) comes and goes above it. Pages whose class names are
    all generated (CSS-in-JS hashes: ``css-1k9ek97``) keep this structure: the headline,
    then the date line, the sapo and the text."""
    parent = el.getparent()
    if parent is None or not any(x.tag == "h1" for x in el.itersiblings(preceding=True)):
        return []
    same = [c for c in parent if c.tag == el.tag]
    return [f"h1 ~ {el.tag}:nth-last-of-type({len(same) - same.index(el)})"]


def best(
    options: Iterable[str],
    trees: list[HtmlElement],
    hit: Callable[[int, HtmlElement | None, list[HtmlElement]], bool],
) -> Choice | None:
    """The selector whose first match satisfies ``hit(page index, first, all matches)`` on
    the most pages; ties go to the one matching fewer elements, then to a class or id
    before a bare tag, then to the one with fewer ancestors in it, then the shorter."""
    found: list[tuple[int, int, bool, int, int, str]] = []
    for selector in dict.fromkeys(options):
        hits = extra = 0
        for i, tree in enumerate(trees):
            matches = css_of(tree, selector)
            if hit(i, matches[0] if matches else None, matches):
                hits += 1
            extra += max(0, len(matches) - 1)
        if hits:
            bare = selector.isalnum()  # a bare tag: the last resort among equals
            found.append((-hits, extra, bare, selector.count(" "), len(selector), selector))
    if not found:
        return None
    found.sort()
    hits, *_, selector = found[0]
    return Choice(selector, -hits, len(trees))
