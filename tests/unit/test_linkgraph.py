"""Which of an article's addresses is its own, by the site's links (``pipelines.linkgraph``):
the URL more of the site's pages link ranks first among URLs the shapes do not tell apart
(two menu paths each naming itself as canonical, an ``.aspx`` form, a trailing slash or
``index.html``), in the benchmark's near-duplicate step in any order (fx-ft-dnn's open cases,
round 20)."""

from __future__ import annotations

import random
from html import escape
from pathlib import Path

import pytest

import benchmarks.extraction_quality as quality
from pipelines.linkgraph import LinkGraph, page_links
from pipelines.neardup import moves_to, url_rank
from tests.families import fresht_dnn, fresht_liferay
from tests.families.texts import TEXTS

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
    got = {target for target, _ in page_links(html, SITE + "/tin-tuc/self/")}
    assert got == {
        SITE + "/tin-tuc/giao-thong/bai-viet-moi/",  # against <base href>
        SITE + "/tin-tuc/x/?a=1",  # tracking parameter and fragment dropped, &amp; read
        SITE + "/lien-he",
        SITE + "/y",  # the same site with or without www., at the page's own origin
        SITE + "/tin-tuc/-/asset_publisher/K/content/slug",  # where to go back to: not the page
    }


def test_page_links_read_a_legacy_charset_page_in_its_own_charset() -> None:
    """A windows-1258 page's raw Vietnamese href names the URL the crawl fetched (its path
    percent-encoded as UTF-8), whether the charset is declared by the HTTP header or by the
    page's ``<meta>``; read as UTF-8 it named a URL of replacement characters, which no
    crawl fetches, and the article lost the page's link in the site's link counts."""
    from pipelines.urls import canonicalize
    from tests.families.common import cp1258

    path = "/tin-tức/hội-nghị"
    body = ('<html><head>{meta}</head><body><a href="' + path + '">Hội nghị</a>'
            '<a href="/lien-he">Liên hệ</a></body></html>')  # fmt: skip
    # the site's bytes as the crawl's link extractor reads them: base letters and combining
    # tones (tests.families.common.cp1258), the path percent-encoded as UTF-8
    want = {canonicalize(SITE + cp1258(path).decode("cp1258")), SITE + "/lien-he"}
    plain = cp1258(body.format(meta=""))
    assert {t for t, _ in page_links(plain, SITE + "/", "text/html; charset=windows-1258")} == want
    meta = body.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    assert {t for t, _ in page_links(cp1258(meta), SITE + "/")} == want
    assert "%EF%BF%BD" not in " ".join(want)


def test_page_links_kept_resolutions_answer_as_resolving_afresh() -> None:
    """The rooted hrefs' resolutions are kept per process (perf22: they were two thirds of
    the links' CPU); what is kept is keyed by the base's scheme and host, so the same menu
    read under another scheme, host or ``<base href>``, or a page whose relative links
    depend on its path, gives what an empty cache gives."""
    from pipelines import linkgraph

    menu = """<a href="/tin-tuc/a/">a</a><a href='//so.example.gov.vn/b?redirect=%2Fx&amp;id=2'>b</a>
    <a href="https://so.example.gov.vn/c#top">c</a><a href="HTTPS://SO.example.gov.vn/d">d</a>
    <a href="http:///e">e</a><a href=" /f \\g ">f</a><a href="rel/h">h</a><a href="?page=2">p</a>
    <a href="\\i">i</a><a href="/tin-tuc/../j">j</a><a href="">empty</a><a>none</a>"""
    pages = [
        (f"<html><body><ul>{menu}</ul></body></html>".encode(), url)
        for url in (SITE + "/x/y.html", "http://so.example.gov.vn/x/", SITE.replace("so.", "www.so.") + "/")
    ]
    pages.append((f'<html><head><base href="http://so.example.gov.vn/z/"></head><body>{menu}</body></html>'.encode(), SITE + "/"))
    afresh = []
    for html, url in pages:
        linkgraph._rooted_link.cache_clear()
        afresh.append(page_links(html, url))
    linkgraph._rooted_link.cache_clear()
    for _ in range(2):  # one after the other, each page meeting the others' kept resolutions
        assert [page_links(html, url) for html, url in pages] == afresh
    assert {t for t, _ in page_links(pages[1][0], pages[1][1])} >= {"http://so.example.gov.vn/tin-tuc/a/", "http://so.example.gov.vn/b?id=2"}


def test_links_at_another_spelling_of_the_sites_origin_count_for_the_pages_own() -> None:
    """A Joomla served at ``https://<host>`` whose configured live site is still
    ``http://www.<host>`` writes its menu, blogs and "Các tin khác" links absolute at that
    origin; its home page's "Tin mới nhất" module links the raw ``index.php`` form relatively
    (fx-fah-joomla, round 23). Counted at the origin written, the SEF URL had no link and the
    raw copy one: every path stored the article at the copy (first look: found at copy 4 / 8 /
    4 of 8). Counted at the page's origin, the SEF URL is the one more pages link."""
    old = "http://www.so.example.gov.vn"
    own, raw = "/tin-tuc/12-lua-tang-nhe.html", "/index.php?option=com_content&view=article&id=12&catid=8&Itemid=102"
    blog = f'<div class="blog"><h2><a href="{old}{own}">Lúa tăng nhẹ</a></h2><a href="{old}/tin-tuc/9-x.html">x</a></div>'
    home = f'<ul class="latestnews"><li><a href="{escape(raw)}">Lúa tăng nhẹ</a></li><li><a href="/y">y</a></li></ul>'
    other = f'<ul class="relateditems"><li><a href="{old}{own}">Lúa tăng nhẹ</a></li><li><a href="http://so.example.gov.vn/tin-tuc/9-x.html">x</a></li></ul>'
    graph = LinkGraph()
    for path, html in (("/tin-tuc.html", blog), ("/", home), ("/tin-tuc/7-z.html", other)):
        graph.add(SITE + path, page_links(f"<html><body>{html}</body></html>".encode(), SITE + path))
    assert graph.inbound(SITE + own) == 2 and graph.inbound(SITE + raw) == 1
    assert graph.inbound(old + own) == 0  # (not counted twice)
    assert url_rank(SITE + own, _no_template, graph.inbound) < url_rank(SITE + raw, _no_template, graph.inbound)
    # the site's self-link at the other spelling is the page itself
    assert [t for t, _ in page_links(f'<a href="{old}{own}">a</a><a href="/b">b</a>'.encode(), SITE + own)] == [SITE + "/b"]


def test_link_graph_counts_pages_once_and_replaces_a_page_read_again() -> None:
    graph = LinkGraph()
    graph.add(SITE + "/", {SITE + "/a/", SITE + "/b"})
    graph.add(SITE + "/tin-tuc/", {SITE + "/a/"})
    graph.add(SITE + "/tin-tuc/?utm_source=x", {SITE + "/a/"})  # the same page (canonical form)
    assert graph.inbound(SITE + "/a/") == 2 and graph.inbound(SITE + "/b") == 1
    graph.add(SITE + "/", {SITE + "/a/"})  # read again: no longer links /b
    assert graph.inbound(SITE + "/b") == 0 and graph.inbound(SITE + "/a/") == 2
    assert graph.inbound(SITE + "/never") == 0


def _portal_page(main: str) -> bytes:
    box = "".join(f'<tr><td><a href="/index.php?mod=news&amp;act=detail&amp;id={n}">Tin {n}</a></td></tr>' for n in (5, 4, 3))
    menu = '<ul><li><a href="/">Trang chủ</a></li><li><a href="/index.php?mod=news&amp;cid=3">Tin tức</a></li></ul>'
    return f"""<html><body><table><tr><td>{menu}</td><td>{main}</td>
    <td><table><tr><td><b>Tin mới nhất</b></td></tr>{box}</table></td></tr></table></body></html>""".encode()


def test_a_box_repeated_on_most_pages_links_of_no_pages_own_choice() -> None:
    # fx-phpnews's shape (the first sealed part's "found at copy" 5): a "Tin mới nhất" box on
    # every page links the newest articles without their category (``&id=<n>``), the listing
    # and the "Tin liên quan" lists with it (``&cid=3&id=<n>``); counted, the box outvoted them
    def own(n: int) -> str:
        return f'<a href="/index.php?mod=news&amp;act=detail&amp;cid=3&amp;id={n}">Bài {n}</a>'

    listing = "<div>" + "".join(f"<p>{own(n)}</p>" for n in (5, 4, 3, 2)) + "</div>"
    pages = {"/": _portal_page(listing), "/index.php?mod=news&cid=3": _portal_page(listing)}
    for n in (5, 4, 3, 2):
        related = "<ul>" + "".join(f"<li>{own(m)}</li>" for m in (5, 4, 3, 2) if m != n) + "</ul>"
        pages[f"/index.php?mod=news&act=detail&cid=3&id={n}"] = _portal_page(f"<div><p>Nội dung.</p>{related}</div>")
    graph = LinkGraph()
    for path, html in pages.items():
        graph.add(SITE + path, page_links(html, SITE + path))
    short, mine = SITE + "/index.php?mod=news&act=detail&id=4", SITE + "/index.php?mod=news&act=detail&cid=3&id=4"
    assert graph.linked_by(short) == 6 and graph.inbound(short) == 0  # the box only: the template's
    assert graph.linked_by(mine) == graph.inbound(mine) == 5  # the listings and three "Tin liên quan"
    assert graph.inbound(SITE + "/index.php?mod=news&cid=3") == 0  # the menu, on every page
    # a block on fewer than half of the pages is a page's own choice: the box on two of six
    sparse = LinkGraph()
    for i, (path, html) in enumerate(pages.items()):
        links = page_links(html, SITE + path)
        sparse.add(SITE + path, links if i < 2 else [t for t, _ in links if "cid=3&id" in t])
    assert sparse.inbound(short) == 2
    # an empty page links nothing
    assert page_links(b"", SITE + "/") == () and page_links(b"<html></html>", SITE + "/") == ()


def test_a_box_that_leaves_out_the_article_shown_is_still_the_sites_box() -> None:
    """fx-fah-tinmoi (round 23): the right column's "Tin mới" box lists the six newest articles
    other than the one shown, at ``/tin/<id>``. On the newest articles' pages (and their
    copies) it lists another six, so the box's full list stood on under half of the pages
    and no list was the site's: the copies, linked by every variant, outvoted the listings
    and "Tin khác" (found at copy 8 / 7 / 8). A block in a repeated block's place linking at
    least half its URLs is that box; a list elsewhere on the page sharing them still counts."""
    ids = list(range(10, 0, -1))

    def page(shown: int | None, main: str) -> bytes:
        box = "".join([f'<li><a href="/tin/{n}">Tin {n}</a></li>' for n in ids if n != shown][:6])
        return (f'<html><body class="page-{shown}"><div id="main">{main}</div><div id="right"><div class="khoi">'
                f'<ul class="tinmoi">{box}</ul></div></div></body></html>').encode()  # fmt: skip

    def own(n: int) -> str:
        return f"/tin-tuc/bai-{n}"

    rows = "".join(f'<p><a href="{own(n)}">Bài {n}</a></p>' for n in ids)
    pages = {"/": page(None, rows), "/lien-he": page(None, "<p>Liên hệ</p>"), "/gioi-thieu": page(None, "<p>x</p>"),
             "/van-ban": page(None, "<p>Văn bản</p>"), "/lich-cong-tac": page(None, "<p>Lịch</p>")}  # fmt: skip
    for n in ids:
        others = "".join([f'<li><a href="{own(m)}">Bài {m}</a></li>' for m in ids if m != n][:4])
        pages[own(n)] = pages[f"/tin/{n}"] = page(n, f'<p>Nội dung {n}.</p><ul class="tinkhac">{others}</ul>')
    graph = LinkGraph()
    for path, html in pages.items():
        graph.add(SITE + path, page_links(html, SITE + path))
    # the full list on 5 + 8 of the 25 pages; without its place, each variant counted
    assert graph.linked_by(SITE + "/tin/9") > graph.linked_by(SITE + own(9))
    for n in ids:  # the box counts for no page; the listing and the "Tin khác" lists do
        assert graph.inbound(SITE + f"/tin/{n}") == 0, n
        assert graph.inbound(SITE + own(n)) >= 1, n
        assert url_rank(SITE + own(n), _no_template, graph.inbound) < url_rank(SITE + f"/tin/{n}", _no_template, graph.inbound)
    assert graph.inbound(SITE + own(9)) == 1 + 2 * 9  # the home page; every other article's "Tin khác", twice


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


ORIGIN = "https://so.example.gov.vn"


def _article(n: int, url: str) -> bytes:
    title, lead, paragraphs = TEXTS[n]
    text = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return (f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{escape(title)}</title>
<link rel="canonical" href="{ORIGIN}{url}"></head><body><nav><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a>
<a href="/du-lich/diem-den/">Điểm đến</a></nav><main><article><h1>{escape(title)}</h1>
<p class="date">Ngày đăng: 0{n % 9 + 1}/03/2024 08:30</p><p><strong>{escape(lead)}</strong></p>{text}</article></main>
<footer>Sở Văn hóa tỉnh Ninh Lâm. Địa chỉ: 15 Trần Phú.</footer></body></html>""").encode()


def _listing(title: str, links: list[tuple[str, int]]) -> bytes:
    items = "".join(f'<li><a href="{u}">{escape(TEXTS[n][0])}</a><p>{escape(TEXTS[n][1])}</p></li>' for u, n in links)
    return (f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a> <a href="/du-lich/diem-den/">Điểm đến</a></nav>
<main><h1>{title}</h1><ul>{items}</ul></main><footer>Sở Văn hóa tỉnh Ninh Lâm. Địa chỉ: 15 Trần Phú.</footer></body></html>""").encode()


def _two_menus(order: str) -> list[tuple[str, bytes, dict[str, str]]]:
    """Four articles under ``/tin-tuc/<slug>``; the first also under the second menu's longer
    ``/du-lich/diem-den/<slug>``, each naming itself as canonical; the news listing and the
    home page link the first, the second menu's listing its copy."""
    html = {"content-type": "text/html; charset=utf-8"}
    own, copy = "/tin-tuc/le-hoi-den-ba", "/du-lich/diem-den/le-hoi-den-ba"
    arts = [(own, 0), ("/tin-tuc/cau-treo", 1), ("/tin-tuc/thang-thanh-nien", 2), ("/tin-tuc/tuyen-sinh", 3)]
    articles = [(ORIGIN + u, _article(n, u), html) for u, n in arts]
    listings = [(ORIGIN + "/tin-tuc/", _listing("Tin tức", arts), html),
                (ORIGIN + "/", _listing("Trang chủ", arts[:2]), html),
                (ORIGIN + "/du-lich/diem-den/", _listing("Điểm đến", [(copy, 0)]), html)]
    copied = [(ORIGIN + copy, _article(0, copy), html)]
    if order == "copy-first":  # decided before any listing is read: the longer path kept first
        return copied + articles + listings
    return listings + articles + copied


def _rows(tmp_path: Path, pages: list[tuple[str, bytes, dict[str, str]]], name: str) -> tuple[dict, dict]:
    import json
    import sqlite3

    from config.profile import adhoc_profile
    from pipelines.offline import import_warcs
    from tests.unit.test_site_model_ingest import write_warc

    warc = write_warc(tmp_path / name / "in", pages)
    archive = tmp_path / name / "archive"
    import_warcs(archive, [warc], adhoc_profile(ORIGIN + "/"), workers=1)
    conn = sqlite3.connect(archive / "archive.db")
    try:
        rows = {u[len(ORIGIN):]: (t, b, c) for u, t, b, c in conn.execute(
            "SELECT a.url, a.title, a.body, c.url FROM articles a JOIN captures c ON c.id = a.capture_id")}
        stats = json.loads(conn.execute("SELECT stats_json FROM crawls").fetchone()[0])
    finally:
        conn.close()
    return rows, stats


def test_the_ingestor_keeps_an_article_at_the_url_the_site_links_in_any_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Met at its copy's longer path first, before any listing is read, the article is
    stored there; once every page is read it moves to the URL the listings link, with that
    page's capture and record: the rows of the order where the listings came first. (A
    warm-up of 2 pages, and 2 awaiting a site model: with the defaults, a site this small is
    held until its end.)"""
    import pipelines.knowledge
    from pipelines.ingest import Ingestor

    monkeypatch.setitem(Ingestor.__init__.__kwdefaults__, "warmup", 2)
    monkeypatch.setattr(pipelines.knowledge, "MODEL_HOLD", 2)
    early, stats = _rows(tmp_path, _two_menus("copy-first"), "copy-first")
    late, _ = _rows(tmp_path, _two_menus("listings-first"), "listings-first")
    assert "/tin-tuc/le-hoi-den-ba" in early and "/du-lich/diem-den/le-hoi-den-ba" not in early
    assert early["/tin-tuc/le-hoi-den-ba"][2] == ORIGIN + "/tin-tuc/le-hoi-den-ba"  # its own capture
    assert stats.get("govarchive/articles/moved_by_links") == 1, stats
    assert early == late
    # reextract reads the copy first again, meets the archive's article there and, with the
    # links read so far, moves it to the longer path; the review moves it back
    import sqlite3

    from archive import Archive
    from pipelines.offline import reextract

    folder = tmp_path / "copy-first" / "archive"
    with Archive(folder) as arc:
        reextract(arc.db, folder, workers=1)
    with sqlite3.connect(folder / "archive.db") as conn:
        again = {u[len(ORIGIN):]: (t, b, c) for u, t, b, c in conn.execute(
            "SELECT a.url, a.title, a.body, c.url FROM articles a JOIN captures c ON c.id = a.capture_id")}
    assert again == early


def test_the_links_decide_before_the_query_count() -> None:
    # fx-phpnews read page by page (no site model): the box's copy ``&id=<n>`` has one
    # parameter fewer than the article's own ``&cid=<c>&id=<n>``; the parameter count ranked
    # first and kept the copy. With the box's links the template's, the listings decide.
    mine, short = SITE + "/index.php?mod=news&act=detail&cid=3&id=4", SITE + "/index.php?mod=news&act=detail&id=4"
    linked = {mine: 5, short: 0}.__getitem__
    assert moves_to(mine, short, _no_template, linked) and not moves_to(short, mine, _no_template, linked)
    # linked by no page, or as often, the fewer parameters still win (round 20's rule)
    assert moves_to(short, mine, _no_template) and moves_to(short, mine, _no_template, {mine: 2, short: 2}.__getitem__)
