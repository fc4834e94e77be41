"""Structured metadata (pipelines.structured): JSON-LD, microdata, meta names and rel=author
give dates, authors and the headline; organisations, URLs, handles and CMS accounts are never
authors; invalid JSON-LD never breaks extraction. And how the record uses them
(pipelines.metadata, pipelines.titles): a visible byline keeps priority."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

from lxml import html

from archive.warcwrite import Exchange, WarcWriter
from config.profile import adhoc_profile
from pipelines.extract import extract
from pipelines.offline import import_warcs
from pipelines.record import ArticleRecord
from pipelines.structured import parse_jsonld, person_name, read_structured

BODY = "".join(
    f"<p>Đoạn {i}: Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả "
    f"thực hiện nhiệm vụ và đề ra phương hướng cho năm tới với nhiều chỉ tiêu cụ thể.</p>"
    for i in range(6)
)


def _ld(*items: str) -> str:
    return "".join(f'<script type="application/ld+json">{x}</script>' for x in items)


def _read(head: str = "", body: str = ""):
    return read_structured(html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


URL = "https://vidu.gov.vn/tin-tuc/hoi-nghi-tong-ket-123.html"


def _page(head: str = "", article: str = "") -> str:
    return (
        f"<html><head><title>Hội nghị tổng kết</title>{head}</head><body><div class='post'>"
        f"<h1>Hội nghị tổng kết</h1><div class='date'>05/03/2024 08:40</div>{article}"
        f"<div class='content'>{BODY}</div></div></body></html>"
    )


def _record(head: str = "", article: str = "") -> ArticleRecord:
    page = _page(head, article)
    result = extract(page.encode(), URL, {"Content-Type": "text/html; charset=utf-8"}, adhoc_profile(URL))
    assert isinstance(result, ArticleRecord), result
    return result


# --- JSON-LD -------------------------------------------------------------------------------


def test_jsonld_author_as_a_string_a_person_and_a_list() -> None:
    assert _read(_ld('{"@type": "NewsArticle", "author": "Minh Anh"}')).author == "Minh Anh"
    person = '{"@type": "Article", "author": {"@type": "Person", "name": "Nguyễn Thu Hà"}}'
    assert _read(_ld(person)).author == "Nguyễn Thu Hà"
    several = (
        '{"@type": "BlogPosting", "author": [{"@type": "Person", "name": "Minh Anh"}, '
        '{"@type": "Person", "name": "Thu Hà"}]}'
    )
    found = _read(_ld(several))
    assert found.author == "Minh Anh, Thu Hà"  # joined as the house stores several
    assert found.author_from == "jsonld"


def test_jsonld_values_are_html_decoded_and_nfc_composed() -> None:
    # a script is raw text: a CMS that HTML-escapes the values it writes into it, and a page in
    # windows-1258 whose tone marks it cannot write go in as references (issue 10's cp1258
    # rewrite: "Trần Quốc Viẹ&#770;t" lost its author), are read as the text they stand for
    several = (
        '{"@type": "NewsArticle", "headline": "Hội nghị &amp; tổng kết", "datePublished": "2024-03-05", '
        '"author": [{"@type": "Person", "name": "Trần Quốc Viẹ&#770;t"}, "Nguy&#7877;n Thu H\u0061\u0300"], '
        '"publisher": {"@type": "Organization", "name": "Cổng &#273;iện tử"}}'
    )
    found = _read(_ld(several))
    assert found.author == "Trần Quốc Việt, Nguyễn Thu Hà"
    assert found.headline == "Hội nghị & tổng kết"


def test_jsonld_author_nested_in_graph_and_main_entity_and_by_reference() -> None:
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Cổng"}, '
        '{"@type": "ReportageNewsArticle", "headline": "Hội nghị", "author": {"@id": "#p1"}, '
        '"datePublished": "2024-03-05T08:40:00+07:00"}, {"@type": "Person", "@id": "#p1", '
        '"name": "Lê Văn Nam"}]}'
    )
    found = _read(_ld(graph))
    assert found.author == "Lê Văn Nam"  # Yoast's reference to a Person of the graph
    assert found.headline == "Hội nghị"
    assert found.published == (("2024-03-05T08:40:00+07:00", "jsonld"),)
    nested = (
        '{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "datePublished": '
        '"2024-03-06", "dateModified": "2024-03-07", "author": {"name": "Trần Bình"}}}'
    )
    found = _read(_ld(nested))
    assert found.author == "Trần Bình"
    assert found.published[0] == ("2024-03-06", "jsonld")
    assert found.updated[0] == ("2024-03-07", "jsonld")


def test_organisations_urls_accounts_and_the_site_name_are_never_authors() -> None:
    org = '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Báo Lào Cai"}}'
    assert _read(_ld(org)).author is None
    url = '{"@type": "NewsArticle", "author": "https://vidu.gov.vn/tac-gia/minh-anh"}'
    assert _read(_ld(url)).author is None
    admin = '{"@type": "NewsArticle", "author": [{"name": "Super User"}, {"name": "admin"}, "Quản trị"]}'
    assert _read(_ld(admin)).author is None
    office = '{"@type": "NewsArticle", "author": "Sở Tư pháp tỉnh Lào Cai"}'
    assert _read(_ld(office)).author is None
    site = '<meta property="og:site_name" content="Tin Vùng Cao">' + _ld(
        '{"@type": "NewsArticle", "author": "Tin Vùng Cao"}'
    )
    assert _read(site).author is None
    assert _read('<meta property="article:author" content="https://facebook.com/minhanh">').author is None
    assert _read('<meta name="author" content="jrobison">').author is None  # a handle
    assert _read('<meta name="author" content="Community Editor">').author is None  # a role


def test_invalid_jsonld_is_repaired_or_counted_never_fatal() -> None:
    loose = '<!-- {"@type": "NewsArticle", "author": "Minh Anh", "headline": "Tin\nmới",} -->'
    found = _read(_ld(loose))
    assert found.author == "Minh Anh" and found.jsonld_invalid == 0
    assert parse_jsonld("{not json") is None
    broken = _read(_ld("{not json", '{"@type": "Article", "author": "Thu Hà"}'))
    assert broken.jsonld_invalid == 1 and broken.author == "Thu Hà"  # the next script is read
    record = _record(_ld('{"@type": "NewsArticle", "author": '))
    assert record.body and "jsonld_invalid" in record.warnings


# --- microdata, meta names, rel=author -----------------------------------------------------


def test_microdata_author_and_dates() -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Tin</h1>'
        '<span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/tg/1">'
        '<span itemprop="name">Phạm Thu Trang</span></a></span>'
        '<time itemprop="datePublished" datetime="2024-03-05T08:40:00+07:00">5/3</time>'
        '<div itemprop="comment" itemscope itemtype="https://schema.org/Comment">'
        '<span itemprop="author">Bạn Đọc Hỏi</span><time itemprop="datePublished" '
        'datetime="2024-04-01">1/4</time></div></article>'
    )
    found = _read(body=body)
    assert found.author == "Phạm Thu Trang" and found.author_from == "microdata"
    assert [v for v, _ in found.published] == ["2024-03-05T08:40:00+07:00"]  # never the comment's
    assert found.headline == "Tin"
    org = '<div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Sở Y tế</span></div>'
    assert _read(body=org).author is None


def test_meta_names_and_rel_author() -> None:
    for name in ("author", "dc.creator", "DC.creator", "parsely-author", "sailthru.author"):
        assert _read(f'<meta name="{name}" content="Nguyễn Văn An">').author == "Nguyễn Văn An", name
    assert _read('<meta name="byl" content="By Jane Doe and John Roe">').author == "Jane Doe, John Roe"
    assert _read('<meta property="article:author" content="Hoàng Minh">').author == "Hoàng Minh"
    found = _read(body='<p>Bài: <a rel="author" href="/tac-gia/lan">Ngọc Lan</a></p>')
    assert found.author == "Ngọc Lan" and found.author_from == "rel"


def test_person_name() -> None:
    assert person_name("By Jane Doe") == "Jane Doe"
    assert person_name("Ludwig van Beethoven") == "Ludwig van Beethoven"
    for junk in ("admin", "Administrator", "Super User", "jane@doe.org", "@janedoe", "Jane", "a lovely day out"):
        assert person_name(junk) is None, junk


# --- the record ----------------------------------------------------------------------------


def test_the_structured_author_when_the_page_shows_none() -> None:
    head = _ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Lê Thị Mai"}}')
    assert _record(head).author == "Lê Thị Mai"


def test_a_visible_byline_keeps_priority() -> None:
    head = _ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Lê Thị Mai"}}')
    record = _record(head, "<div class='author'>Tác giả: Đỗ Quang Thắng</div>")
    assert record.author == "Đỗ Quang Thắng"


def test_a_byline_holding_the_structured_name_takes_its_form() -> None:
    head = _ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Keith Barry"}}')
    record = _record(head, "<div class='author'>By Keith Barry Senior Autos Reporter</div>")
    assert record.author == "Keith Barry"


def test_the_headline_over_an_og_title_the_page_does_not_show() -> None:
    head = '<meta property="og:title" content="Tổng kết năm 2024: 10 điều cần biết">' + _ld(
        '{"@type": "NewsArticle", "headline": "Hội nghị tổng kết"}'
    )
    record = _record(head)
    assert record.title == "Hội nghị tổng kết"
    shown = '<meta property="og:title" content="Hội nghị tổng kết">' + _ld(
        '{"@type": "NewsArticle", "headline": "Tổng kết năm 2024: 10 điều cần biết"}'
    )
    assert _record(shown).title == "Hội nghị tổng kết"  # og:title shown on the page: kept


def test_invalid_jsonld_is_counted_in_the_crawl_stats_and_the_article_kept(tmp_path: Path) -> None:
    writer = WarcWriter(tmp_path / "in", "sample", warcinfo={"software": "test"})
    writer.write_exchange(Exchange(
        url=URL, method="GET", request_headers=[("User-Agent", "test")], request_body=b"",
        status=200, protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html; charset=utf-8")],
        body=_page(_ld('{"@type": "NewsArticle", "author": ')).encode(), ip_address=None,
        fetched_at=datetime(2024, 3, 20, 1, 0, 0),
    ))  # fmt: skip
    writer.close()
    archive = tmp_path / "archive"
    import_warcs(archive, [writer.files[0]], adhoc_profile(URL), workers=1)
    conn = sqlite3.connect(archive / "archive.db")
    try:
        titles = [r[0] for r in conn.execute("SELECT title FROM articles")]
        stats = json.loads(conn.execute("SELECT stats_json FROM crawls").fetchone()[0])
    finally:
        conn.close()
    assert titles == ["Hội nghị tổng kết"]
    assert stats["govarchive/jsonld_invalid"] == 1


def test_the_public_benchmark_compares_names_after_light_normalisation() -> None:
    from benchmarks.extraction_quality import same_name

    assert same_name("By  Jane DOE", "jane doe")
    assert same_name("Minh Anh, Thu Hà", "minh anh, thu hà")
    assert not same_name("Jane Doe Senior Reporter", "Jane Doe")
    assert not same_name(None, "Jane Doe") and not same_name("Jane Doe", None)
