"""The benchmark runs the ingestor's near-duplicate step (``crawl_like`` ->
``one_per_text``, through :class:`pipelines.neardup.RecentBodies` and
:func:`pipelines.neardup.moves_to`): a copy of an article the crawl stores as that article is
no row of its own, whichever order the pages come in; an expected article the archive keeps
at a copy's address is "found at copy", not missed (``tests/integration/test_copies_crawl.py``
compares these rows with a crawl's)."""

from __future__ import annotations

import random

import benchmarks.extraction_quality as quality
from pipelines.linkgraph import no_links
from tests.families import copies, phpnews


def _rows(mode: str, order: int | None = None) -> list[str]:
    pages = quality.site_pages(copies.build_site())
    base = quality.family_base(copies).rstrip("/")
    profile = quality.mode_profile(copies, mode, pages)
    if order is None:
        return sorted(quality.crawl_like(pages, base, profile))
    step = quality.one_per_text
    try:  # the records in another order than the pages'
        def shuffled(records, is_article_url, inbound):  # type: ignore[no-untyped-def]
            items = list(records.items())
            random.Random(order).shuffle(items)
            return step(dict(items), is_article_url, inbound)

        quality.one_per_text = shuffled
        return sorted(quality.crawl_like(pages, base, profile))
    finally:
        quality.one_per_text = step


def test_copies_are_no_rows_in_any_order_with_or_without_a_site_model() -> None:
    base = quality.family_base(copies).rstrip("/")
    want = sorted(base + a.path for a in copies.ARTICLES)
    for mode in ("single", "adhoc"):
        assert _rows(mode) == want, mode
        for seed in (1, 2, 3):
            assert _rows(mode, seed) == want, (mode, seed)
    # without the step the single-page path stores the copies as rows of their own
    pages = quality.site_pages(copies.build_site())
    step = quality.one_per_text
    try:
        quality.one_per_text = lambda records, *_: records
        assert len(quality.crawl_like(pages, base, quality.mode_profile(copies, "single", pages))) > len(want)
    finally:
        quality.one_per_text = step


def test_an_article_kept_at_a_copys_url_is_found_there() -> None:
    """fx-phpnews without a site model and without the site's links: the "Tin mới nhất" box's
    URLs (``?...&id=<n>``, one query parameter fewer than the listings' ``&cid=<c>&id=<n>``,
    and the address the print pop-up names) keep five articles; the benchmark finds them
    there, counted apart. With the links (the box's the template's: ``pipelines.linkgraph``)
    the listings' URLs keep them."""
    step = quality.one_per_text
    try:
        quality.one_per_text = lambda records, is_article_url, inbound: step(records, is_article_url, no_links)
        got = quality.score_site(phpnews, "single")
    finally:
        quality.one_per_text = step
    counts = got["_counts"]
    assert got["coverage"] == 1.0 and got["non_articles"] == 0 and got["title"] == 1.0
    assert counts["found_at_copy"] == 5 and counts["non_articles_copy"] == 0
    assert quality.score_site(phpnews, "single")["_counts"]["found_at_copy"] == 0
