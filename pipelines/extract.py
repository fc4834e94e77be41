"""The extraction function: page bytes + URL + headers + site profile -> a record.

Pure (no I/O, no Scrapy, no logging), module-level and picklable, so it runs the same in
the crawl pipeline, in ``reextract``/``import-warc`` and in a process pool. Bad input
never raises: it becomes ``NotAnArticle(url, reason, detail)``, ``reason`` being a short
stable key used in crawl stats:

not_html, not_article_url, undecodable, empty, truncated (an opened <html>/<body> that
is never closed and text that stops inside a tag or in text: a cut download, to fetch again
rather than store half an article),
duplicate_of_canonical, soft_404, listing, too_short, no_title, extract_error (an
unexpected failure, with the exception in ``detail``: a bug to report, not a page property).

``ArticleRecord.warnings`` may hold: date_unparsed (no publication date found),
title_selector_missed, body_selector_missed, date_selector_missed (a profile selector
matched nothing: the portal may have changed its layout).

The body comes from the first matching ``selectors.body`` element (block-level walk; a
sapo element just outside it is put first), else from trafilatura, then the generic
chrome filter (``body.strip_chrome``, ``record.chrome_removed``). Listing detection runs
only on that second path: a body selector that matches is trusted.

The HTML is parsed once with lxml; trafilatura (for pages the profile's body selector
does not cover) works on its own copy of that tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import lru_cache
from importlib import import_module
from typing import Any

import trafilatura
from lxml.html import HtmlElement

from config.profile import SiteProfile
from pipelines import authors, body, media, multipage, signals
from pipelines.chrome import Learned, page_lines, remove_learned
from pipelines.datefind import find_dates
from pipelines.dates import parse_vn_date
from pipelines.decode import decode_html
from pipelines.dom import clean, common_ancestor, contains, css, first, has_text, parse, text_of
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.titles import find_title
from pipelines.urls import absolutize, canonicalize, is_site_root, same_document

EXTRACTOR_VERSION = "0.1.0"
EXTRACTOR = f"govarchive-extract/{EXTRACTOR_VERSION} trafilatura/{trafilatura.__version__}"
MIN_WORDS = 40  # fewer body words: not an article (unless it carries attachments)
MIN_WORDS_DECLARED = 12  # ... for a page that declares itself an article (og:type, JSON-LD)
LEAD_SELECTORS = (
    ".sapo",
    "h2.sapo",
    ".lead",
    ".summary",
    ".news-sapo",
    ".detail-sapo",
    ".asset-summary",
    ".trichyeu",
    ".trich-yeu",
    ".tomtat",
)
DUMP_MIN_CHARS = 40  # a lone trafilatura line this long may be a whole-page dump (_split_dump)
DUMP_MIN_LINES = 2  # ... when it holds this many of the page's lines (of 3 words or more)
TEASER_SHARE = 0.5  # paragraphs ending in "..." on a page with no date: a listing
BYLINE_SELECTORS = (
    ".author",
    ".tacgia",
    ".tac-gia",
    ".tac_gia",
    ".byline",
    ".news-author",
    ".author-name",
    ".post-author",
    '[itemprop="author"]',
)
SOURCE_SELECTORS = (".source", ".nguon", ".news-source")
_OPENED = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_CLOSED = re.compile(r"</(?:html|body)\s*>", re.IGNORECASE)


def site_hook(profile: SiteProfile, name: str) -> Callable[..., Any] | None:
    """Hook ``name`` of the profile's site module (``profile.module``), or None."""
    if not profile.module:
        return None
    return getattr(import_module(profile.module), name, None)


@lru_cache(maxsize=256)
def _url_rules(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def extract(
    body: bytes,
    url: str,
    headers: Mapping[str, str],
    profile: SiteProfile,
    *,
    learned: Learned | None = None,
    fetched_at: str | None = None,
    classify: bool = True,
) -> ArticleRecord | NotAnArticle:
    """Extract the article of one page, or say why the page is not one.

    ``learned``: the site's learned chrome (:mod:`pipelines.chrome`); ``fetched_at``: when
    the page was captured (ISO 8601, UTC when naive), which picks the profile's rule version.
    ``classify=False`` skips only the article/non-article decision (URL rules, canonical
    duplicate, soft 404, listing, teasers, too short, no title): the record holds the body the
    same path would extract from any page (for benchmarks that measure body extraction).
    Pages that cannot be read (empty, not HTML, undecodable, truncated) are still refused.
    """
    try:
        effective = profile.for_capture(fetched_at)
        record = _extract(body, url, headers or {}, effective, learned or Learned(), classify)
        if isinstance(record, ArticleRecord):
            record = replace(record, profile_hash=profile.profile_hash)
            hook = site_hook(profile, "postprocess")
            if hook is not None:
                record = hook(record)
        return record
    except Exception as exc:  # noqa: BLE001 - the contract: bad input never raises
        return NotAnArticle(url, "extract_error", f"{type(exc).__name__}: {exc}"[:300])


def _extract(
    raw: bytes,
    url: str,
    headers: Mapping[str, str],
    profile: SiteProfile,
    learned: Learned,
    classify: bool = True,
) -> ArticleRecord | NotAnArticle:
    content_type = {k.lower(): v for k, v in headers.items()}.get("content-type")
    if not raw or not raw.strip():
        return NotAnArticle(url, "empty", "no content")
    why = signals.non_html(raw, content_type)
    if why:
        return NotAnArticle(url, "not_html", why)
    clean_url = canonicalize(url)  # rules see the URL without tracking parameters
    if classify and profile.links.article and not any(
        rule.search(u)
        for rule in _url_rules(tuple(profile.links.article))
        for u in (url, clean_url)
    ):
        return NotAnArticle(url, "not_article_url", "no links.article rule matches")
    decoded = decode_html(raw, content_type)
    if decoded is None:
        return NotAnArticle(url, "undecodable", "no charset decodes the page as text")
    if _cut_short(decoded.text):
        return NotAnArticle(url, "truncated", "no </body> or </html>: the page is cut short")
    tree = parse(decoded.text)
    if tree is None or not has_text(tree):
        return NotAnArticle(url, "empty", "no text in the page")
    hook = site_hook(profile, "prepare")
    if hook is not None:
        hook(tree)
    seen = _page_report(tree)
    result = _extract_tree(tree, url, profile, learned, classify)
    return replace(result, page_lines=seen[0], page_title=seen[1])


def _cut_short(text: str) -> bool:
    """An opened <html>/<body> never closed, the text stopping inside a tag or in text.

    HTML lets a page leave out </body> and </html> (minified pages do): a page that ends
    on a whole tag is taken as complete; a cut download stops at an arbitrary byte."""
    if not _OPENED.search(text) or _CLOSED.search(text):
        return False
    return not text.rstrip().endswith(">")


def _page_report(tree: HtmlElement) -> tuple[tuple[str, ...], str | None]:
    """What the chrome learner is told about this page: its lines and its <title>."""
    root = tree.find("body")
    lines = page_lines(body.block_paragraphs(root)) if root is not None else ()
    head_title = tree.find(".//title")
    return lines, (text_of(head_title) or None) if head_title is not None else None


def _extract_tree(
    tree: HtmlElement, url: str, profile: SiteProfile, learned: Learned, classify: bool = True
) -> ArticleRecord | NotAnArticle:
    base = url
    base_el = tree.find(".//base[@href]")
    if base_el is not None:
        base = absolutize(url, base_el.get("href")) or url
    canonical = signals.canonical(tree, base)
    if (
        classify
        and canonical
        and not is_site_root(canonical)
        and not same_document(canonical, url)
        and multipage.part_of(url, canonical) is None
    ):
        return NotAnArticle(url, "duplicate_of_canonical", canonical)
    record_url = canonicalize(canonical or url)
    later_parts = multipage.sibling_parts(tree, base, record_url)  # before `remove` drops pagers

    for selector in profile.selectors.remove:
        for el in css(tree, selector):
            if el.getparent() is not None:
                el.drop_tree()
    warnings: list[str] = []
    title, title_el, title_from = find_title(
        tree,
        profile.selectors.title,
        [*profile.title_suffixes, profile.name, *sorted(learned.title_affixes)],
    )
    if profile.selectors.title and title_from != "selector":
        warnings.append("title_selector_missed")
    h1 = tree.find(".//h1")
    head_title = tree.find(".//title")
    phrase = signals.soft_404(
        tree,
        [
            title or "",
            text_of(h1) if h1 is not None else "",
            text_of(head_title) if head_title is not None else "",
        ],
    )
    if phrase and classify:
        return NotAnArticle(url, "soft_404", phrase)

    chrome_removed: list[str] = []
    part = multipage.part_of(url, canonical)
    declared = signals.declared_article(tree)
    body_el = first(tree, profile.selectors.body)
    if body_el is not None:
        paragraphs, chrome_removed = remove_learned(body.block_paragraphs(body_el), learned)
    else:
        if profile.selectors.body:
            warnings.append("body_selector_missed")
        detail = None if declared or not classify else signals.listing(tree)
        if classify and not detail and part is None and not declared:
            early = find_dates(tree, profile.timezone, [], title_el, None, learned)
            if early.published is None:
                detail = signals.listing(tree, min_items=3)
        if detail:
            return NotAnArticle(url, "listing", detail)
        paragraphs = _trafilatura(tree, url)
        while paragraphs and _heading_line(paragraphs[0], title, profile.timezone):
            paragraphs.pop(0)
        if classify and part is None and not declared and _teasers(paragraphs):
            early = find_dates(tree, profile.timezone, [], title_el, None, learned)
            if early.published is None:
                return NotAnArticle(url, "listing", "teasers ending in '...' and no date")
        if classify and part is not None and not declared and _teasers(paragraphs, 1.0):
            return NotAnArticle(url, "listing", "page N of a listing: only teasers ending in '...'")
        paragraphs, chrome_removed = remove_learned(paragraphs, learned)
        while paragraphs and _heading_line(paragraphs[0], title, profile.timezone):
            paragraphs.pop(0)
        paragraphs, generic = body.strip_chrome(paragraphs)
        chrome_removed += generic
        body_el = _locate(tree, paragraphs)

    area = body_el if body_el is not None else tree
    images = media.find_images(area, base) if body_el is not None else []
    attachments = media.find_attachments(area, base) if body_el is not None else []
    if not paragraphs and not attachments and classify:
        return NotAnArticle(url, "too_short", "no body text")

    container = _container(title_el, body_el)
    lead, lead_el = _lead(tree, profile.selectors.lead) if profile.selectors.lead else (None, None)
    if lead is None:
        lead, lead_el = _lead(container)
    outside = lead_el is not None and body_el is not None and not contains(body_el, lead_el)
    if lead and outside and all(lead.casefold() != p.casefold() for p in paragraphs[:3]):
        paragraphs.insert(0, lead)  # the sapo above the body selector is text the reader sees
    words = sum(len(p.split()) for p in paragraphs)
    if classify and words < (MIN_WORDS_DECLARED if declared else MIN_WORDS) and not attachments:
        return NotAnArticle(url, "too_short", f"{words} words")
    if classify and not title:
        return NotAnArticle(url, "no_title", "no title selector, og:title, h1 or <title>")

    dates = find_dates(tree, profile.timezone, profile.selectors.date, title_el, body_el, learned)
    if profile.selectors.date and dates.source != "selector":
        warnings.append("date_selector_missed")
    if dates.published is None:
        warnings.append("date_unparsed")
    byline = _byline(tree, container, profile, paragraphs)

    return ArticleRecord(
        url=part.first if part else record_url,
        title=title or "",
        body=paragraphs,
        published_at=dates.published.iso if dates.published else None,
        date_raw=dates.published.raw if dates.published else None,
        date_precision=dates.published.precision if dates.published else None,
        updated_at=dates.updated.iso if dates.updated else None,
        author=byline.author,
        author_unit=byline.unit,
        source=byline.source,
        lead=lead or (paragraphs[0] if paragraphs else None),
        language=profile.language,
        images=images,
        attachments=attachments,
        extractor=EXTRACTOR,
        profile_hash=profile.profile_hash,
        chrome_removed=chrome_removed,
        warnings=warnings,
        part=part.number if part else 1,
        parts=later_parts if part is None else [],
    )


def _trafilatura(tree: HtmlElement, url: str) -> list[str]:
    """trafilatura with its default (balanced) settings, as a bare ``trafilatura.extract``
    runs it: its cascade (fallback extractors, baseline rescue, recall retry on pages it
    under-reads) keeps the recall that precision mode gave away. The precision is added
    afterwards by govarchive's own filters (learned site chrome, ``body.strip_chrome``).
    Comments are left out of the body, unless they outweigh it: on a discussion page the
    posts are the text. No deduplication: it is not needed for one page, and its cache,
    shared by the stages of the cascade, made trafilatura drop whole pages as duplicates
    of themselves."""
    paragraphs = _trafilatura_run(tree, url, False)
    root = tree.find("body")
    if len(paragraphs) == 1 and len(paragraphs[0]) >= DUMP_MIN_CHARS and root is not None:
        return _split_dump(paragraphs[0], body.block_paragraphs(root))
    return paragraphs


def _trafilatura_run(tree: HtmlElement, url: str, precision: bool) -> list[str]:
    document = trafilatura.bare_extraction(
        tree,  # trafilatura works on its own copy
        url=url,
        favor_precision=precision,
        include_comments=True,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
        deduplicate=False,
    )
    if document is None or document.body is None:
        return []
    paragraphs = body.trafilatura_paragraphs(document.body)
    if document.commentsbody is not None:
        comments = body.trafilatura_paragraphs(document.commentsbody)
        if sum(map(len, comments)) > sum(map(len, paragraphs)):
            paragraphs += comments
    return paragraphs


def _split_dump(line: str, page: list[str]) -> list[str]:
    """trafilatura's last resort on a page with little text is the page as one line (title,
    menus, "Tin mới", counters run together: out of reach of the chrome filters, and not
    locatable in the page). Such a line is cut back into the page's own lines, so that the
    learned chrome and ``body.strip_chrome`` see them; a line that is one of the page's is
    kept whole."""
    if line in page:
        return [line]
    by_word: dict[str, list[str]] = {}
    for x in sorted(set(page), key=len, reverse=True):
        by_word.setdefault(x.split(" ", 1)[0], []).append(x)
    out: list[str] = []
    rest: list[str] = []
    i, n = 0, len(line)
    while i < n:
        word = line[i:].split(" ", 1)[0]
        found = next((x for x in by_word.get(word, ()) if line.startswith(x, i)), None)
        if found is None:
            rest.append(word)
            i += len(word) + 1
            continue
        if rest:
            out.append(" ".join(rest))
            rest = []
        out.append(found)
        i += len(found) + 1
    if rest:
        out.append(" ".join(rest))
    return out if sum(1 for x in out if len(x.split()) >= 3) >= DUMP_MIN_LINES else [line]


def _locate(tree: HtmlElement, paragraphs: list[str]) -> HtmlElement | None:
    """The element holding the extracted text: the common ancestor of the innermost
    elements whose text starts with the first and with the last paragraph."""
    if not paragraphs:
        return None
    found = [_starting_with(tree, paragraphs[0][:60]), _starting_with(tree, paragraphs[-1][:60])]
    if found[0] is None or found[1] is None:
        return found[0] if found[0] is not None else found[1]
    return common_ancestor(found[0], found[1])


def _starting_with(tree: HtmlElement, probe: str) -> HtmlElement | None:
    """The first element whose own first text node starts ``probe`` (the innermost one)."""
    head = probe[:20]
    for el in tree.iter():
        text = el.text
        if (
            text
            and isinstance(el.tag, str)
            and el.tag not in ("script", "style", "title")
            and clean(text[:200]).startswith(head)
            and text_of(el).startswith(probe)
        ):
            return el
    return None


def _container(title_el: HtmlElement | None, body_el: HtmlElement | None) -> HtmlElement | None:
    if title_el is not None and body_el is not None:
        shared = common_ancestor(title_el, body_el)
        if shared is not None and shared.tag not in ("body", "html"):
            return shared
    if body_el is not None:
        return body_el.getparent()
    return title_el.getparent() if title_el is not None else None


def _heading_line(line: str, title: str | None, tz: str) -> bool:
    """A title or date line that trafilatura kept at the top of the text."""
    if title and line.casefold() == title.casefold():
        return True
    return len(line) <= 80 and len(line.split()) <= 12 and parse_vn_date(line, tz) is not None


def _teasers(paragraphs: list[str], share: float = TEASER_SHARE) -> bool:
    ends = sum(p.rstrip().endswith(("...", "…")) for p in paragraphs)
    return len(paragraphs) >= 2 and ends >= share * len(paragraphs)


def _lead(
    container: HtmlElement | None, selectors: tuple[str, ...] | list[str] = LEAD_SELECTORS
) -> tuple[str | None, HtmlElement | None]:
    if container is None:
        return None, None
    el = first(container, selectors)
    text = text_of(el) if el is not None else ""
    return (text, el) if text else (None, None)


def _byline(
    tree: HtmlElement, container: HtmlElement | None, profile: SiteProfile, paragraphs: list[str]
) -> authors.Byline:
    scope = container if container is not None else tree
    result = authors.Byline()
    for root, selectors in ((tree, profile.selectors.author), (scope, BYLINE_SELECTORS)):
        for selector in selectors:
            for el in css(root, selector):
                text = el.get("content") or text_of(el)
                found = authors.parse_byline_text(text, trusted=root is tree)
                if found:
                    result = authors.merge(result, found)
            if result.author:
                break
        if result.author:
            break
    result = authors.merge(result, authors.signature_from_body(paragraphs))
    for el in (x for s in SOURCE_SELECTORS for x in css(scope, s)):
        source = authors.parse_source(text_of(el)) or clean(text_of(el))
        if source and result.source is None and len(source) <= 80:
            result = authors.merge(result, authors.Byline(source=source))
    meta = first(tree, ('meta[name="author"]',))
    if result.author is None and meta is not None:
        found = authors.parse_signature(meta.get("content") or "")
        if found:
            result = authors.merge(result, found)
    return result
