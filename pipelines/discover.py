"""Guesses for a starter profile (``govarchive sites new``): pure functions over pages
already fetched: sitemaps and feeds announced, the article URL pattern, the body selector."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from pipelines.dom import parse, text_of

_DIGITS = re.compile(r"\d+")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")
_SLUG_ID = re.compile(r"(\d+-)?[a-z][a-z0-9]*(?:-[a-z0-9]+){2,}")


def robots_sitemaps(robots_txt: str) -> list[str]:
    return [
        line.split(":", 1)[1].strip()
        for line in robots_txt.splitlines()
        if line.lower().startswith("sitemap:")
    ]


def feeds(tree: HtmlElement, base: str) -> list[str]:
    out = []
    for link in tree.iter("link"):
        kind = (link.get("type") or "").lower()
        if "rss" in kind or "atom" in kind:
            out.append(urljoin(base, link.get("href") or ""))
    return out


def links(html: str, base: str) -> list[str]:
    tree = parse(html)
    if tree is None:
        return []
    host = urlsplit(base).hostname
    out = []
    for a in tree.iter("a"):
        url = urljoin(base, a.get("href") or "")
        if urlsplit(url).hostname == host and url not in out:
            out.append(url.split("#")[0])
    return out


def _generalise(text: str) -> str:
    """Escape ``text`` as a regex with long slugs and digit runs generalised."""
    text = _SLUG_ID.sub(lambda m: ("\x01-" if m.group(1) else "") + "\x00", text)
    text = _DIGITS.sub("\x01", text)
    text = re.escape(text).replace("\\-", "-")
    return text.replace("\x00", "[a-z0-9-]+").replace("\x01", r"\d+")


def _shape(url: str) -> str:
    """A regex for the URL's shape: digits and slugs generalised."""
    parts = urlsplit(url)
    path = _generalise(parts.path)
    if parts.query:
        return f"{path}\\?{_generalise(parts.query)}$"
    return f"{path}$"


def guess_article_pattern(urls: list[str]) -> str | None:
    """The most common URL shape among links with a long slug or a numeric id."""
    shapes = Counter(
        _shape(u) for u in urls if _SLUG.search(urlsplit(u).path) or re.search(r"id=\d+", u, re.IGNORECASE)
    )
    if not shapes:
        return None
    shape, count = shapes.most_common(1)[0]
    return shape if count >= 2 else None


def guess_body_selector(pages: list[str]) -> str | None:
    """The class (or id) of the element holding the most paragraph text, common to the pages."""
    votes: Counter[str] = Counter()
    for html in pages:
        tree = parse(html)
        if tree is None:
            continue
        best, best_words = None, 0
        for el in tree.iter("div", "td", "section", "article"):
            words = sum(len(text_of(p).split()) for p in el.findall("p"))
            if words > best_words and (el.get("class") or el.get("id")):  # selectable
                best, best_words = el, words
        if best is not None:
            cls = (best.get("class") or "").split()
            votes[f".{cls[0]}" if cls else f"#{best.get('id')}"] += 1
    return votes.most_common(1)[0][0] if votes else None
