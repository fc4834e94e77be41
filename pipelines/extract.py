"""The extraction function: page bytes + URL + headers + site profile -> a record.

Pure (no I/O, no Scrapy, no logging), module-level and picklable, so it runs the same in
the crawl pipeline, in ``reextract``/``import-warc`` and in a process pool. Bad input
never raises: it becomes ``NotAnArticle(url, reason, detail)``, ``reason`` being a short
stable key used in crawl stats:

not_html, not_article_url, too_large (more HTML than ``max_html`` bytes, by default
:data:`MAX_HTML`: a page that size is not an article, and would take minutes and gigabytes to
extract and to show; it stays archived in its WARC), undecodable, empty, truncated (an opened <html>/<body> that
is never closed and text that stops inside a tag or in text: a cut download, to fetch again
rather than store half an article),
duplicate_of_canonical, not_article_selector (the profile's ``selectors.article`` finds
nothing), soft_404, listing, too_short (the detail names the ``selectors.remove`` entry that
emptied the body, when one did), no_title, extract_error (an unexpected failure, with the
exception in ``detail``: a bug to report, not a page property).

``ArticleRecord.warnings`` may hold: date_unparsed (no publication date found),
jsonld_invalid (a JSON-LD script no repair made JSON: skipped), title_selector_missed, body_selector_missed, date_selector_missed (a profile selector
matched nothing: the portal may have changed its layout).

Extraction runs as named stages over one parsed page:

1. read (:mod:`pipelines.page`): decode, parse once, the site module's ``prepare``, the page
   report for the chrome learner, canonical link, parts, ``selectors.remove``, title;
2. classify (:mod:`pipelines.classify`): URL rules (before reading), then page signals;
3. body (:mod:`pipelines.content`): the body selector, else trafilatura and the chrome
   filters; images, attachments, the sapo;
4. metadata (:mod:`pipelines.metadata`): dates (once: the classify stage's last checks read
   the same result), byline, the record; then the site module's ``postprocess``.

Callers that want the body of any page without the article decision (the benchmarks)
compose the stages themselves.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import trafilatura

from config.profile import SiteProfile
from pipelines.chrome import Learned
from pipelines.classify import classify_page, classify_text, classify_url
from pipelines.content import extract_body
from pipelines.datefallback import htmldate_dates
from pipelines.datezone import page_zone
from pipelines.decode import MAX_HTML
from pipelines.metadata import build_record, page_dates
from pipelines.page import Page, read_page, site_hook, unreadable
from pipelines.record import ArticleRecord, NotAnArticle

EXTRACTOR_VERSION = "0.1.0"
EXTRACTOR = f"govarchive-extract/{EXTRACTOR_VERSION} trafilatura/{trafilatura.__version__}"
__all__ = ["EXTRACTOR", "EXTRACTOR_VERSION", "MAX_HTML", "extract", "site_hook"]


def extract(
    body: bytes,
    url: str,
    headers: Mapping[str, str],
    profile: SiteProfile,
    *,
    learned: Learned | None = None,
    fetched_at: str | None = None,
    max_html: int = MAX_HTML,
) -> ArticleRecord | NotAnArticle:
    """Extract the article of one page, or say why the page is not one.

    ``learned``: the site's learned chrome (:mod:`pipelines.chrome`); ``fetched_at``: when
    the page was captured (ISO 8601, UTC when naive), which picks the profile's rule version;
    ``max_html``: the size limit (``too_large``).
    """
    try:
        effective = profile.for_capture(fetched_at)
        record = _stages(
            body, url, headers or {}, effective, learned or Learned(), max_html, fetched_at
        )
        if isinstance(record, ArticleRecord):
            record = replace(record, profile_hash=profile.profile_hash)
            hook = site_hook(profile, "postprocess")
            if hook is not None:
                record = hook(record)
        return record
    except Exception as exc:  # noqa: BLE001 - the contract: bad input never raises
        return NotAnArticle(url, "extract_error", f"{type(exc).__name__}: {exc}"[:300])


def _stages(
    raw: bytes,
    url: str,
    headers: Mapping[str, str],
    profile: SiteProfile,
    learned: Learned,
    max_html: int,
    fetched_at: str | None = None,
) -> ArticleRecord | NotAnArticle:
    refused = classify_url(url, profile)
    if refused is not None:
        return unreadable(raw, headers, url) or refused
    if len(raw) > max_html:  # before anything reads it: parsing 50 MB takes a minute
        return NotAnArticle(url, "too_large", f"{len(raw):,} bytes of HTML, over the limit of "
                                              f"{max_html:,} (GOVARCHIVE_MAX_ARTICLE_HTML)")  # fmt: skip
    page = read_page(raw, url, headers, profile, learned)
    if isinstance(page, NotAnArticle):
        return page
    refused = classify_page(page)
    if refused is not None:
        return _reported(refused, page)
    text = extract_body(page)
    dates = page_dates(page, text)
    refused = classify_text(page, text, dates)
    if refused is not None:
        return _reported(refused, page)
    dates = htmldate_dates(dates, page.tree, page.url, page_zone(page), fetched_at)
    return build_record(page, text, dates, EXTRACTOR)


def _reported(refused: NotAnArticle, page: Page) -> NotAnArticle:
    """A refusal carries the page report too: the chrome learner sees every page."""
    return replace(refused, page_lines=page.lines, page_title=page.page_title)
