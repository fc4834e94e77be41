"""Articles split over several pages (``?page=2``, ``/<slug>/2/``): recognise the parts, join them.

A page whose URL carries ``page=N`` (or ``trang=N``) with N > 1 is part N of the article at
the same URL without that parameter; extraction returns it as a record whose ``url`` is the
first page's and whose ``part`` is N (its canonical link naming page 1 is then expected, not
a duplicate). A page whose URL is another's path followed by a number N > 1 as its last
segment (WordPress's ``<!--nextpage-->`` parts, ``/2024/03/05/<slug>/2/``) is part N of that
page when its pager links that page by the number "1" (:func:`path_part`: the URL alone
cannot tell it from an article whose id is its last segment). The first page lists the parts
it links to (``parts``). :func:`join` merges the records of one article, in part order, into
one record with the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml.html import HtmlElement

from pipelines import authors
from pipelines.record import ArticleRecord
from pipelines.urls import absolutize, canonicalize

PAGE_PARAMS = ("page", "trang")
_DIGITS = re.compile(r"^\d{1,3}$")
# a path ending in a page number: "/2024/03/05/slug/2/", "/tin-tuc/slug-12.html/3"
_PATH_PAGE = re.compile(r"^(?P<first>.*[^/])/(?P<n>\d{1,2})/?$")


@dataclass(frozen=True)
class Part:
    first: str  # canonical URL of page 1
    number: int


def _split(url: str) -> tuple[str, int | None]:
    parts = urlsplit(canonicalize(url))
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    number = None
    kept = []
    for key, value in pairs:
        if key.lower() in PAGE_PARAMS and _DIGITS.match(value):
            number = int(value)
        else:
            kept.append((key, value))
    base = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), ""))
    return base, number


def part_of(url: str, canonical: str | None = None) -> Part | None:
    """Part N > 1 of an article (None for page 1 and ordinary pages)."""
    base, number = _split(url)
    if number is None or number < 2:
        return None
    if canonical and _split(canonical)[0] != base:
        return None
    return Part(base, number)


def _path_page(url: str) -> tuple[str, str, int] | None:
    """(origin, page 1's path without its trailing slash, N) of a URL whose last path segment
    is a page number N > 1 and that has no query."""
    parts = urlsplit(canonicalize(url))
    match = _PATH_PAGE.match(parts.path)
    if parts.query or not match or int(match["n"]) < 2:
        return None
    return f"{parts.scheme}://{parts.netloc}", match["first"], int(match["n"])


def _path_of(url: str) -> tuple[str, str] | None:
    """(origin, path without its trailing slash) of a URL with no query."""
    parts = urlsplit(canonicalize(url))
    if parts.query:
        return None
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


def _link_text(a: HtmlElement) -> str:
    return " ".join(a.text_content().split())


def path_part(tree: HtmlElement, base: str, url: str, canonical: str | None = None) -> Part | None:
    """Part N > 1 of an article split over path segments: ``url`` is page 1's path followed
    by "/N" (WordPress's ``/<slug>/2/``) and the page's pager links page 1 by its number "1"
    (the evidence the URL lacks; a listing's page N is then refused as one, as a ``?page=N``
    page is). A canonical link naming a third document makes it none."""
    found = _path_page(url)
    if found is None:
        return None
    origin, first_path, number = found
    for a in tree.iter("a"):
        if _link_text(a) != "1":
            continue
        href = absolutize(base, a.get("href"))
        if href and _path_of(href) == (origin, first_path):
            first = canonicalize(href)
            if canonical and canonicalize(canonical) not in (canonicalize(url), first):
                return None
            return Part(first, number)
    return None


def sibling_parts(tree: HtmlElement, base: str, url: str) -> list[str]:
    """URLs of the further parts a first page links to (same document, page=N > 1, or its
    path followed by "/N" in a link whose text is that number N)."""
    own, number = _split(url)
    if number not in (None, 1):
        return []
    own_path = _path_of(url) if _path_page(url) is None else None
    found: dict[int, str] = {}
    # a part's number is a "page=N" value of its URL: a link whose href holds no "=" has
    # none (unless the page's URL holds one, which a relative link may take), so it is
    # passed over before it is resolved (most links: menus, teasers)
    any_link = "=" in base
    for a in tree.iter("a"):
        raw = a.get("href")
        if own_path and raw and raw.rstrip("/")[-1:].isdigit():
            paged = _path_page(absolutize(base, raw) or "")
            text = _link_text(a)
            if paged and paged[:2] == own_path and text == str(paged[2]):
                found.setdefault(paged[2], canonicalize(absolutize(base, raw) or ""))
                continue
        if not raw or not (any_link or "=" in raw):
            continue
        href = absolutize(base, raw)
        if not href:
            continue
        target, n = _split(href)
        if n and n > 1 and target == own:
            found.setdefault(n, canonicalize(href))
    return [found[n] for n in sorted(found)]


def join(records: Iterable[ArticleRecord]) -> ArticleRecord:
    """One record from the parts of an article (part 1 gives title, date and lead)."""
    ordered = sorted(records, key=lambda r: r.part)
    head = ordered[0]
    body: list[str] = []
    for record in ordered:
        body += [p for p in record.body if not body or p != body[-1]]
    byline = authors.merge(
        authors.Byline(head.author, head.author_unit, head.source),
        authors.signature_from_body(body),
    )
    return replace(
        head,
        body=body,
        author=byline.author,
        author_unit=byline.unit,
        source=byline.source,
        images=[i for r in ordered for i in r.images],
        attachments=[a for r in ordered for a in r.attachments],
        chrome_removed=[c for r in ordered for c in r.chrome_removed],
        part=1,
        parts=[],
    )
