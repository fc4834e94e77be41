"""Which of an article's URLs the site model takes for its own (``pagetypes.copies``), where a
copy of every article has the article template's shape too (FRESH_AC, rounds 22 and 22b): the
URL more of the sampled pages link of their own choice, counted as the link graph counts
(``pagetypes._site_links``, ``pipelines.linkgraph.LinkGraph.inbound``)."""

from __future__ import annotations

import re

from benchmarks.extraction_quality import family_base, site_pages
from pipelines.inference import infer
from pipelines.inference.pagetypes import _site_links, copies
from pipelines.inference.sample import read_samples
from tests.families import freshac_banql
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
    graph = _site_links(read_samples(pages))
    assert all(graph.inbound(u) == 1 for u in arts)


def test_a_box_every_page_shows_still_names_nothing() -> None:
    base = "https://a.gov.vn"
    box = [f"{base}/tin/{i}" for i in range(3)]
    pages = [(f"{base}/trang-{k}", _page(box, filler=k + 1), HTML) for k in range(10)]
    graph = _site_links(read_samples(pages))
    assert not any(graph.inbound(u) for u in box)


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


def _article(title: str, own_links: str) -> bytes:
    text = "".join(f"<p>{title}: đoạn {k} của bài viết, nội dung riêng của bài này, đủ dài để so sánh.</p>" for k in range(6))
    return f"<html><body><h1>{title}</h1>{text}<div>{own_links}</div></body></html>".encode()


def test_an_original_linked_by_images_alone_outranks_a_copy_linked_by_text() -> None:
    # the listings link the own URL by a thumbnail only (its headline unlinked text), the site
    # map links the copy by its title: the model's own count read anchor texts only, so the
    # copy (one text link) outranked the own URL (three image links)
    base = "https://b.gov.vn"
    own, copy = f"{base}/tin-tuc/bai-viet-a7.html", f"{base}/xem/7"
    thumb = f'<a href="{own}"><img src="/a.jpg" alt="" /></a><h3>Bài viết</h3>'
    pages = [(f"{base}/chuyen-muc/{k}", f"<html><body><ul><li><a href='/'>Trang chủ</a></li><li><a href='/lien-he'>Liên hệ</a></li></ul>{thumb}<p>Chuyên mục {k}</p></body></html>".encode(), HTML) for k in range(3)]
    pages.append((f"{base}/so-do-trang", f'<html><body><ul><li><a href="{copy}">Bài viết</a></li><li><a href="/">Trang chủ</a></li></ul></body></html>'.encode(), HTML))
    page = _article("Bài viết", "")
    pages += [(own, page, HTML), (copy, page, HTML)]
    samples = read_samples(pages)
    from pipelines.chrome import learn_chrome

    found = copies(samples, learn_chrome(s.lines for s in samples))
    index = {s.url: i for i, s in enumerate(samples)}
    assert found == {index[copy]: index[own]}


def test_fx_fac_banql_keeps_the_url_its_thumbnails_link_as_every_articles_own() -> None:
    # fx-fac-banql (first look: found at copy 8 / 0 / 8): the model had taken /xem/{num} (the
    # site map's text links) for the article template and the own URLs for duplicates
    base = family_base(freshac_banql).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in site_pages(freshac_banql.build_site())])
    rules = [re.compile(r.regex) for r in model.article]
    for a in freshac_banql.ARTICLES:
        own, copy = base + a.path, base + freshac_banql.copy_url(a)
        assert model.page_types[own] == "article", own
        assert model.page_types[copy] == "duplicate", copy
        assert any(r.search(own) for r in rules), own


def test_links_at_another_spelling_of_the_sites_origin_are_the_sites_own() -> None:
    """A Joomla served at ``https://<host>`` writing its links at the old live site
    ``http://www.<host>`` (fx-fah-joomla, round 23): the samples had dropped the ``www.``
    links as another host's, so no listing named an article and no sapo on a listing was a
    teaser of its page; four articles of one menu had too few words of their own and the
    ad-hoc and inferred paths lost them (found 4 / 8 / 4 of 8)."""
    from pipelines.inference.sample import link_of

    for base in ("https://so.gov.vn/tin-tuc/1-a.html", "https://so.gov.vn/"):
        for href in ("http://www.so.gov.vn/tin-tuc/2-b.html", "https://www.so.gov.vn/tin-tuc/2-b.html",
                     "http://so.gov.vn/tin-tuc/2-b.html", "//www.so.gov.vn/tin-tuc/2-b.html"):  # fmt: skip
            assert link_of(base, href) == ("https://so.gov.vn/tin-tuc/2-b.html", "so.gov.vn"), href
    assert link_of("https://so.gov.vn/", "https://other.gov.vn/x") == ("https://other.gov.vn/x", "other.gov.vn")
    assert link_of("http://www.so.gov.vn/", "https://so.gov.vn/x") == ("http://www.so.gov.vn/x", "www.so.gov.vn")

    from tests.families import freshah_joomla

    base = family_base(freshah_joomla).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in site_pages(freshah_joomla.build_site())])
    rules = [re.compile(r.regex) for r in model.article]
    for a in freshah_joomla.ARTICLES:
        own = base + a.path
        assert model.page_types[own] == "article", own
        assert model.page_types[base + freshah_joomla.raw_url(a)] == "duplicate"
        assert any(r.search(own) for r in rules), own
