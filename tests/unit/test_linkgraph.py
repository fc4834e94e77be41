"""Which of an article's addresses is its own, by the site's links (``pipelines.linkgraph``):
the URL more of the site's pages link ranks first among URLs the shapes do not tell apart
(two menu paths each naming itself as canonical, an ``.aspx`` form, a trailing slash or
``index.html``), in the benchmark's near-duplicate step in any order (fx-ft-dnn's open cases,
round 20)."""

from __future__ import annotations

import random

import benchmarks.extraction_quality as quality
from pipelines.linkgraph import LinkGraph, page_links
from pipelines.neardup import moves_to, url_rank
from tests.families import fresht_dnn, fresht_liferay

SITE = "https://so.example.gov.vn"


def _no_template(url: str) -> bool:
    return False


def test_page_links_are_the_sites_own_at_their_stored_form() -> None:
    html = b"""<html><head><base href="https://so.example.gov.vn/tin-tuc/"></head><body>
    <a href="giao-thong/bai-viet-moi/">rel</a><a href='/tin-tuc/x/?utm_source=zalo&amp;a=1#top'>q</a>
    <a href=/lien-he>bare</a><a class="x" href="https://www.so.example.gov.vn/y">www</a>
    <a href="https://other.gov.vn/z">other</a><a href="mailto:a@b.vn">m</a><a href="javascript:void(0)">j</a>
    <a href="/tin-tuc/self/">self</a><a href="/tin-tuc/-/asset_publisher/K/content/slug?redirect=%2Ftin-tuc">back</a>
    <link href="/css/site.css" rel="stylesheet"></body></html>"""
    got = page_links(html, SITE + "/tin-tuc/self/")
    assert got == {
        SITE + "/tin-tuc/giao-thong/bai-viet-moi/",  # against <base href>
        SITE + "/tin-tuc/x/?a=1",  # tracking parameter and fragment dropped, &amp; read
        SITE + "/lien-he",
        "https://www.so.example.gov.vn/y",  # the same site with or without www.
        SITE + "/tin-tuc/-/asset_publisher/K/content/slug",  # where to go back to: not the page
    }


def test_link_graph_counts_pages_once_and_replaces_a_page_read_again() -> None:
    graph = LinkGraph()
    graph.add(SITE + "/", {SITE + "/a/", SITE + "/b"})
    graph.add(SITE + "/tin-tuc/", {SITE + "/a/"})
    graph.add(SITE + "/tin-tuc/?utm_source=x", {SITE + "/a/"})  # the same page (canonical form)
    assert graph.inbound(SITE + "/a/") == 2 and graph.inbound(SITE + "/b") == 1
    graph.add(SITE + "/", {SITE + "/a/"})  # read again: no longer links /b
    assert graph.inbound(SITE + "/b") == 0 and graph.inbound(SITE + "/a/") == 2
    assert graph.inbound(SITE + "/never") == 0


def test_the_url_more_pages_link_is_the_articles_own() -> None:
    own = SITE + "/tin-tuc/ArticleID/801/Ho-tro-tre-em"
    second = SITE + "/lao-dong-viec-lam/ArticleID/801/Ho-tro-tre-em"  # longer, a second menu
    aspx = own + ".aspx"
    slashless, indexed = SITE + "/tin-tuc/van-hoa/le-hoi", SITE + "/tin-tuc/van-hoa/le-hoi/index.html"
    counts = {own: 7, second: 1, aspx: 0, slashless + "/": 9, slashless: 1, indexed: 1}
    inbound = counts.__getitem__
    for copy, mine in ((second, own), (aspx, own), (slashless, slashless + "/"), (indexed, slashless + "/")):
        assert moves_to(mine, copy, _no_template, inbound) and not moves_to(copy, mine, _no_template, inbound)
    # without links the longer path still wins (round 19's rule), and the shapes come first:
    # a print view or an extra query parameter linked from every page is still the copy
    assert moves_to(second, own, _no_template)
    busy = {own + "?print=1": 50, SITE + "/print/801": 50, own: 1}.__getitem__
    assert url_rank(own + "?print=1", _no_template, busy) > url_rank(own, _no_template, busy)
    assert moves_to(own, SITE + "/print/801", _no_template, busy)


def _graph_rows(family: object, seed: int | None) -> list[str]:
    pages = quality.site_pages(family.build_site())  # type: ignore[attr-defined]
    base = quality.family_base(family).rstrip("/")
    profile = quality.mode_profile(family, "single", pages)
    if seed is None:
        return sorted(quality.crawl_like(pages, base, profile))
    step = quality.one_per_text
    try:
        def shuffled(records, is_article_url, inbound):  # type: ignore[no-untyped-def]
            items = list(records.items())
            random.Random(seed).shuffle(items)
            return step(dict(items), is_article_url, inbound)

        quality.one_per_text = shuffled
        return sorted(quality.crawl_like(pages, base, profile))
    finally:
        quality.one_per_text = step


def test_fx_ft_dnn_and_liferay_keep_their_articles_at_their_own_urls_in_any_order() -> None:
    """DNN's second tab's longer path, the RSS feed's ``.aspx`` form and Liferay's home asset
    publisher (linked with ``?redirect=``) were kept on the path without a site model."""
    for family in (fresht_dnn, fresht_liferay):
        base = quality.family_base(family).rstrip("/")
        want = sorted(base + a.path for a in family.ARTICLES)  # type: ignore[attr-defined]
        for seed in (None, 1, 2):
            assert _graph_rows(family, seed) == want, (family.SITE_ID, seed)
