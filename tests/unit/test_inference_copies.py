"""Which of an article's URLs the site model takes for its own (``pagetypes.copies``), where a
copy of every article has the article template's shape too (FRESH_AC, round 22)."""

from __future__ import annotations

import re

from benchmarks.extraction_quality import family_base, site_pages
from pipelines.inference import infer
from pipelines.inference.pagetypes import _listed
from pipelines.inference.sample import read_samples
from tests.families import freshac_liferay as fam

HTML = {"content-type": "text/html; charset=utf-8"}


def _page(links: list[str], filler: int = 0) -> bytes:
    items = "".join(f'<li><a href="{u}">Tin bài số {i} về công tác của tỉnh</a></li>' for i, u in enumerate(links))
    extra = "".join(f"<p>Đoạn văn thứ {k} của trang, nội dung riêng của trang này.</p>" for k in range(filler))
    return f"<html><body><ul>{items}</ul>{extra}</body></html>".encode()


def test_a_listing_of_many_articles_on_one_page_is_no_box_many_pages_show() -> None:
    # one listing page naming ten articles: a block ONE page shows (a box is a block many
    # pages show); counted once per link it had been "shown" ten times, and named none
    base = "https://a.gov.vn"
    arts = [f"{base}/tin/{i}" for i in range(10)]
    pages = [(f"{base}/danh-sach", _page(arts), HTML)]
    pages += [(f"{base}/trang-{k}", _page([], filler=k + 1), HTML) for k in range(9)]
    listed = _listed(read_samples(pages), set(arts))
    assert all(listed[u] == 1 for u in arts)


def test_a_box_every_page_shows_still_names_nothing() -> None:
    base = "https://a.gov.vn"
    box = [f"{base}/tin/{i}" for i in range(3)]
    pages = [(f"{base}/trang-{k}", _page(box, filler=k + 1), HTML) for k in range(10)]
    listed = _listed(read_samples(pages), set(box))
    assert not any(listed[u] for u in box)


def test_every_article_with_a_display_page_copy_keeps_the_listed_url_as_its_own() -> None:
    # fx-fac-liferay: every article at the asset publisher's URL (the listings and the "Tin
    # khác" lists link it) and at its display page /w/<slug> (the search results only); the
    # model had taken every /w/ page for the original (the shorter URL), its article template
    # /w/{var}, and the own URLs for duplicates of no article template: on the ad-hoc and
    # inferred paths every article was stored at its copy's URL
    base = family_base(fam).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in site_pages(fam.build_site())])
    rules = [re.compile(r.regex) for r in model.article]
    for a in fam.ARTICLES:
        own, copy = base + a.path, base + fam.page_url(a)
        assert model.page_types[own] == "article", own
        assert model.page_types[copy] == "duplicate", copy
        assert any(r.search(own) for r in rules), own
