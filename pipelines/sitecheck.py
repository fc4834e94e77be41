"""What ``govarchive sites check`` shows of a page beyond its extraction: the record a
refused page would have had (``--force``), the parts of a split article joined, and what
the site model says of the page.

Pure functions over pages already in hand (fixtures or fetched pages): no I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from config.profile import LinkRules, SiteProfile
from pipelines.chrome import Learned
from pipelines.content import extract_body
from pipelines.extract import EXTRACTOR
from pipelines.inference import SiteModel, infer
from pipelines.metadata import build_record, page_dates
from pipelines.multipage import join
from pipelines.page import read_page
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import FALLBACK, ModelProfile, Typing, extract_page
from pipelines.urls import canonicalize


@dataclass(frozen=True)
class Page:
    """A page to check: its URL, bytes, HTTP headers (lower-case names) and capture time."""

    url: str
    body: bytes
    headers: Mapping[str, str]
    fetched_at: str | None = None


def check_page(page: Page, profile: SiteProfile) -> ArticleRecord | NotAnArticle:
    """What extraction makes of the page (the crawl's function; a profile ``sites new``
    wrote reads a page its rules do not explain with the single-page path)."""
    return extract_page(page.body, page.url, page.headers, ModelProfile.of(profile, None),
                        fetched_at=page.fetched_at)  # fmt: skip


def profile_state(profile: SiteProfile) -> str | None:
    """What ``sites check`` says of a profile ``sites new`` wrote and no one has checked."""
    if not profile.inferred:
        return None
    return ("inferred (written by `sites new`): its URL rules and selectors are the site "
            "model's evidence; a page they do not explain is read by the single-page path "
            f"(warned {FALLBACK}). Remove `inferred: true` once you have checked them.")  # fmt: skip


def forced(page: Page, profile: SiteProfile) -> ArticleRecord | NotAnArticle:
    """The record the page would have had if it were an article: the stages of
    :func:`pipelines.extract.extract` without the article decision (URL rules, page and text
    signals, ``selectors.article``). Only an unreadable page is still refused."""
    try:
        rules = profile.for_capture(page.fetched_at)
        open_rules = rules.model_copy(update={
            "links": LinkRules(follow=rules.links.follow, deny=rules.links.deny),
            "selectors": rules.selectors.model_copy(update={"article": []}),
        })  # fmt: skip
        read = read_page(page.body, page.url, page.headers, open_rules, Learned())
        if isinstance(read, NotAnArticle):
            return read
        text = extract_body(read)
        return build_record(read, text, page_dates(read, text), EXTRACTOR)
    except Exception as exc:  # noqa: BLE001 - shown, never raised: the page is odd
        return NotAnArticle(page.url, "extract_error", f"{type(exc).__name__}: {exc}"[:300])


def joined(first: ArticleRecord, parts: Sequence[Page], profile: SiteProfile) -> ArticleRecord:
    """Page 1 of a split article and its further pages, joined as the crawl joins them (a
    part that does not extract as a part of it is left out)."""
    records = [first]
    for part in parts:
        result = check_page(part, profile)
        if isinstance(result, ArticleRecord) and result.url == first.url and result.part > 1:
            records.append(result)
    return join(records) if len(records) > 1 else first


def model_of(pages: Sequence[Page], timezone: str) -> SiteModel:
    """The site model of the pages checked (:func:`pipelines.inference.infer`)."""
    return infer([(p.url, p.body, p.headers) for p in pages], timezone)


def page_type(model: SiteModel, profile: SiteProfile, url: str) -> str:
    """What ``model`` says the page at ``url`` is: its sampled type, ``article`` for the
    article template's URLs, else the type its URL rules give, else ``unknown``."""
    known = model.page_types.get(canonicalize(url))
    if known is not None:
        return known
    open_rules = profile.model_copy(update={
        "links": LinkRules(), "selectors": profile.selectors.model_copy(update={"article": []}),
    })  # fmt: skip
    typing = Typing(model, open_rules)
    if typing.is_article_url(url):
        return "article"
    return typing.type_of(url) or "unknown"


@dataclass(frozen=True)
class Review:
    """What ``sites check`` shows of one page."""

    page: Page
    result: ArticleRecord | NotAnArticle
    kind: str  # what the site model says the page is
    forced: ArticleRecord | NotAnArticle | None = None  # --force, for a refused page
    whole: ArticleRecord | None = None  # page 1 of a split article, joined with its parts
    parts: int = 0  # further pages joined
    differs: tuple[str, ...] = ()  # fields that differ from the golden fixture


def review(
    page: Page, profile: SiteProfile, model: SiteModel, *, force: bool = False,
    parts: Sequence[Page] = (), fetch: Callable[[str], Page] | None = None,
    expected: Mapping[str, object] | None = None, fields: Sequence[str] = (),
) -> Review:  # fmt: skip
    """Extract ``page`` and say what the model makes of it; with ``force``, the fields a
    refused page would have had; for page 1 of a split article, the article joined with
    ``parts`` (or the parts ``fetch`` gets); with ``expected`` (a golden fixture's record),
    the ``fields`` that differ from it."""
    result = check_page(page, profile)
    kind = page_type(model, profile, page.url)
    if isinstance(result, NotAnArticle):
        differs = tuple(fields) if expected is not None else ()
        return Review(page, result, kind, forced(page, profile) if force else None, differs=differs)
    whole, found = None, list(parts)
    if result.parts:
        if not found and fetch is not None:
            found = [fetch(url) for url in result.parts]
        whole = joined(result, found, profile)
    differs = ()
    if expected is not None:
        got = result.to_dict()
        differs = tuple(k for k in fields if got.get(k) != expected.get(k))
    return Review(page, result, kind, whole=whole, parts=len(found), differs=differs)
