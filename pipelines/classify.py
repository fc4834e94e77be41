"""The classify stage: is this page an article? Each check returns a NotAnArticle or None.

Three moments, each with what it needs and nothing more:

- :func:`classify_url`, before the page is even parsed: the profile's ``links.article``.
- :func:`classify_page`, on the parsed page: a canonical link naming another document,
  the profile's ``selectors.article``, a soft 404, a listing (>= 5 similar linked blocks).
- :func:`classify_text`, once the body and the dates are known: a listing of 3-4 blocks
  with no date near the title, teasers ending in "..." with no date, page N of a listing,
  a page that shows itself as something else (``signals.other_page``: a product, forum
  thread or Q&A, documentation or the home page with no date), too little
  text, no title.

A page whose body selector matches, that declares itself an article (og:type, JSON-LD) or
that matches ``selectors.article`` is trusted: no listing or teaser check runs on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from config.profile import SiteProfile
from pipelines import multipage, signals
from pipelines.content import Text
from pipelines.datefind import FoundDates
from pipelines.dom import text_of
from pipelines.page import Page, emptied_by
from pipelines.record import NotAnArticle
from pipelines.urls import canonicalize, is_site_root, same_document

MIN_WORDS = 40  # fewer body words: not an article (unless it carries attachments)
MIN_WORDS_DECLARED = 12  # ... for a page that declares itself an article (og:type, JSON-LD)
TEASER_SHARE = 0.5  # paragraphs ending in "..." on a page with no date: a listing


@lru_cache(maxsize=256)
def _url_rules(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def classify_url(url: str, profile: SiteProfile) -> NotAnArticle | None:
    """The profile's article URL rules (the URL is also tried without tracking parameters)."""
    if not profile.links.article:
        return None
    clean_url = canonicalize(url)
    rules = _url_rules(tuple(profile.links.article))
    if any(rule.search(u) for rule in rules for u in (url, clean_url)):
        return None
    return NotAnArticle(url, "not_article_url", "no links.article rule matches")


def trusted(page: Page) -> bool:
    """The page says it is an article, or the profile says so: no listing checks."""
    return page.declared or page.body_el is not None or page.marked_article


def classify_page(page: Page) -> NotAnArticle | None:
    url, canonical = page.url, page.canonical
    if (
        canonical
        and not is_site_root(canonical)
        and not same_document(canonical, url)
        and multipage.part_of(url, canonical) is None
    ):
        return NotAnArticle(url, "duplicate_of_canonical", canonical)
    if page.profile.selectors.article and not page.marked_article:
        return NotAnArticle(url, "not_article_selector", "no selectors.article element")
    h1 = page.tree.find(".//h1")
    head_title = page.tree.find(".//title")
    phrase = signals.soft_404(
        page.tree,
        [
            page.title or "",
            text_of(h1) if h1 is not None else "",
            text_of(head_title) if head_title is not None else "",
        ],
    )
    if phrase:
        return NotAnArticle(url, "soft_404", phrase)
    if not trusted(page):
        detail = signals.listing(page.tree)
        if detail:
            return NotAnArticle(url, "listing", detail)
    return None


def classify_text(page: Page, text: Text, dates: FoundDates) -> NotAnArticle | None:
    url = page.url
    if not trusted(page) and page.part is None and dates.published is None:
        detail = signals.listing(page.tree, min_items=3)
        if detail:
            return NotAnArticle(url, "listing", detail)
        if teasers(text.generic):
            return NotAnArticle(url, "listing", "teasers ending in '...' and no date")
    if not trusted(page) and page.part is not None and teasers(text.generic, 1.0):
        return NotAnArticle(url, "listing", "page N of a listing: only teasers ending in '...'")
    if not trusted(page):
        other = signals.other_page(page.tree, url, dates.published is not None)
        if other is not None:
            return NotAnArticle(url, *other)
    if not text.had_text and not text.attachments:
        return NotAnArticle(url, "too_short", _short_detail(page, "no body text"))
    words = sum(len(p.split()) for p in text.paragraphs)
    minimum = MIN_WORDS_DECLARED if page.declared or page.marked_article else MIN_WORDS
    if words < minimum and not text.attachments:
        return NotAnArticle(url, "too_short", _short_detail(page, f"{words} words"))
    if not page.title:
        return NotAnArticle(url, "no_title", "no title selector, og:title, h1 or <title>")
    return None


def _short_detail(page: Page, what: str) -> str:
    culprit = emptied_by(page)
    if culprit is None:
        return what
    return (
        f"{what}: selectors.remove[{culprit.index}] {culprit.selector!r} removed the body "
        f"({culprit.words} words)"
    )


def teasers(paragraphs: list[str], share: float = TEASER_SHARE) -> bool:
    ends = sum(p.rstrip().endswith(("...", "…")) for p in paragraphs)
    return len(paragraphs) >= 2 and ends >= share * len(paragraphs)
