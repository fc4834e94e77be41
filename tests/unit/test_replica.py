"""The offline replica of the seed portal: what it serves, and that its ground truth is true."""

from __future__ import annotations

import gzip
import http.client
import io
import json
import re
import socket
import time
import unicodedata
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import pytest
import yaml

from crawler.replica import (
    ARTICLES,
    CHROME_STRINGS,
    EDGE_PAGES,
    SEED_PATH,
    Page,
    ReplicaServer,
    Request,
    Site,
    build_laocai_site,
    serve_laocai,
)
from crawler.replica.laocai import CATEGORY, DOCX_PATH, PDF_PATH

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "tests" / "fixtures" / "seed"
EXPECTED = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))
PROFILE = yaml.safe_load((ROOT / "config" / "sites" / "laocai-tinhuy.yaml").read_text("utf-8"))
WEEKDAY_NAMES = {0: "Thứ Hai", 1: "Thứ Ba", 2: "Thứ Tư", 3: "Thứ Năm", 4: "Thứ Sáu",
                 5: "Thứ Bảy", 6: "Chủ Nhật"}  # fmt: skip


@pytest.fixture(scope="module")
def server() -> Iterator[ReplicaServer]:
    with serve_laocai() as srv:
        yield srv


def fetch(
    server: ReplicaServer, path: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, http.client.HTTPMessage, bytes]:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=5)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.msg, response.read()
    finally:
        conn.close()


def doc(body: bytes) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(body.decode("utf-8"))


def reader_paragraphs(page: lxml.html.HtmlElement) -> list[str]:
    """What a reader sees in div.content-news, one entry per block (empty blocks skipped)."""
    (content,) = page.cssselect("div.content-news")
    texts = (child.text_content().strip() for child in content.iterchildren())
    return [t for t in texts if t]


def links(page: lxml.html.HtmlElement) -> list[str]:
    return [a.get("href") for a in page.iter("a") if a.get("href")]


# --- the server --------------------------------------------------------------------------------


def test_starts_on_a_free_port_and_names_its_base_url(server: ReplicaServer) -> None:
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/", server.base_url)
    assert server.port != 0
    status, headers, body = fetch(server, "/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert (
        b"<title>T\xe1\xbb\x89nh \xe1\xbb\xa7y L\xc3\xa0o Cai - Trang ch\xe1\xbb\xa7</title>"
        in body
    )


def test_home_page_sends_two_set_cookie_lines(server: ReplicaServer) -> None:
    _, headers, _ = fetch(server, "/")
    cookies = headers.get_all("Set-Cookie") or []
    assert len(cookies) == 2 and cookies[0].startswith("ASP.NET_SessionId=")


def test_gzip_only_when_asked_and_only_for_text(server: ReplicaServer) -> None:
    _, plain_headers, plain = fetch(server, SEED_PATH)
    assert plain_headers["Content-Encoding"] is None
    status, headers, body = fetch(server, SEED_PATH, headers={"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert headers["Vary"] == "Accept-Encoding"
    assert int(headers["Content-Length"]) == len(body) < len(plain)
    assert gzip.decompress(body) == plain
    _, headers, _ = fetch(server, SEED_PATH, headers={"Accept-Encoding": "gzip;q=0"})
    assert headers["Content-Encoding"] is None
    status, headers, body = fetch(server, "/nowhere", headers={"Accept-Encoding": "gzip"})
    assert status == 404 and headers["Content-Encoding"] == "gzip" and gzip.decompress(body)
    _, headers, pdf = fetch(server, PDF_PATH, headers={"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] is None and pdf.startswith(b"%PDF-1.4")


def test_etag_and_last_modified_answer_304(server: ReplicaServer) -> None:
    _, headers, _ = fetch(server, SEED_PATH)
    etag, last_modified = headers["ETag"], headers["Last-Modified"]
    assert etag.startswith('"') and last_modified == "Mon, 09 Jan 2023 08:20:00 GMT"
    status, headers304, body = fetch(server, SEED_PATH, headers={"If-None-Match": etag})
    assert (status, body) == (304, b"") and headers304["ETag"] == etag
    _, gz_headers, _ = fetch(server, SEED_PATH, headers={"Accept-Encoding": "gzip"})
    assert gz_headers["ETag"] != etag  # another representation, another tag
    for tag in (gz_headers["ETag"], f"W/{etag}", f'"nope", {etag}'):
        assert fetch(server, SEED_PATH, headers={"If-None-Match": tag})[0] == 304, tag
    assert fetch(server, SEED_PATH, headers={"If-None-Match": '"nope"'})[0] == 200
    assert fetch(server, SEED_PATH, headers={"If-Modified-Since": last_modified})[0] == 304
    older = "Sun, 08 Jan 2023 00:00:00 GMT"
    assert fetch(server, SEED_PATH, headers={"If-Modified-Since": older})[0] == 200


def test_head_sends_headers_without_a_body(server: ReplicaServer) -> None:
    _, _, body = fetch(server, SEED_PATH)
    status, headers, head_body = fetch(server, SEED_PATH, method="HEAD")
    assert status == 200 and head_body == b""
    assert int(headers["Content-Length"]) == len(body)
    assert ("HEAD", SEED_PATH, 200) in server.request_log


def test_request_log_records_method_path_and_status(server: ReplicaServer) -> None:
    fetch(server, "/tin-tuc/khong-co.html?x=1")
    assert server.request_log[-1] == ("GET", "/tin-tuc/khong-co.html?x=1", 404)
    assert server.requests[-1].headers["host"] == f"127.0.0.1:{server.port}"


def test_is_quiet_by_default(capfd: pytest.CaptureFixture[str]) -> None:
    with serve_laocai() as srv:
        fetch(srv, "/")
        fetch(srv, "/nowhere")
    assert capfd.readouterr().err == ""


def test_stops_fast_even_with_an_idle_keep_alive_connection() -> None:
    srv = ReplicaServer(site=Site({"/": Page.text("ok")})).start()
    idle = http.client.HTTPConnection(srv.host, srv.port, timeout=5)
    idle.request("GET", "/")
    assert idle.getresponse().read() == b"ok"  # the connection stays open (HTTP/1.1)
    started = time.monotonic()
    srv.stop()
    assert time.monotonic() - started < 1.0
    idle.close()
    with pytest.raises(OSError):
        socket.create_connection((srv.host, srv.port), timeout=1).close()
    srv.stop()  # idempotent


def test_a_failing_handler_answers_500_and_says_why(capfd: pytest.CaptureFixture[str]) -> None:
    def broken(request: Request) -> Page | None:
        raise KeyError("fixture bug")

    with ReplicaServer(site=Site({}, handler=broken)) as srv:
        assert fetch(srv, "/x")[0] == 500
    assert "KeyError: 'fixture bug'" in capfd.readouterr().err


def test_serves_any_site_with_a_dynamic_handler() -> None:
    site = Site(
        pages={"/a?b=1": Page.html("<p>a</p>"), "/moved": Page.redirect("/a?b=1", 302)},
        handler=lambda req: Page.text(req.base_url) if req.path == "/echo" else None,
    )
    with ReplicaServer(site=site) as srv:
        assert fetch(srv, "/a?b=1")[2] == b"<p>a</p>"
        assert fetch(srv, "/a")[0] == 404
        status, headers, _ = fetch(srv, "/moved")
        assert status == 302 and headers["Location"] == "/a?b=1"
        assert fetch(srv, "/echo?x")[2] == srv.base_url.encode()


# --- the Lào Cai portal ------------------------------------------------------------------------


def test_robots_disallows_login_and_search_and_announces_the_sitemap(server: ReplicaServer) -> None:
    status, headers, body = fetch(server, "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    lines = body.decode().splitlines()
    assert "Disallow: /dang-nhap.html" in lines and "Disallow: /tim-kiem.html" in lines
    assert f"Sitemap: {server.base_url}sitemap.xml" in lines
    for path in ("/dang-nhap.html", "/tim-kiem.html"):
        assert any(re.search(rule, path) for rule in PROFILE["links"]["deny"])


def test_sitemap_lists_every_article_with_lastmod(server: ReplicaServer) -> None:
    status, headers, body = fetch(server, "/sitemap.xml")
    assert status == 200 and "xml" in headers["Content-Type"]
    entries = re.findall(rb"<loc>(.*?)</loc><lastmod>(.*?)</lastmod>", body)
    assert [(loc.decode(), mod.decode()) for loc, mod in entries] == [
        (server.base_url + a["path"][1:], a["published"]) for a in ARTICLES
    ]


def test_home_links_the_category_the_newest_articles_and_the_documents(
    server: ReplicaServer,
) -> None:
    hrefs = links(doc(fetch(server, "/")[2]))
    assert CATEGORY in hrefs and DOCX_PATH in hrefs and PDF_PATH in hrefs
    assert all(a["path"] in hrefs for a in ARTICLES[:6])
    assert "/dang-nhap.html" in hrefs  # linked, but disallowed


def test_category_pages_five_articles_each_with_next_links(server: ReplicaServer) -> None:
    article_re = [re.compile(r) for r in PROFILE["links"]["article"]]
    follow_re = [re.compile(r) for r in PROFILE["links"]["follow"]]
    seen: list[str] = []
    pages = [CATEGORY, f"{CATEGORY}?page=2", f"{CATEGORY}?page=3"]
    for number, path in enumerate(pages, start=1):
        assert any(r.search(path) for r in follow_re), path
        status, _, body = fetch(server, path)
        assert status == 200
        page = doc(body)
        listed = [a.get("href") for a in page.cssselect(".list-news-cat .item-news h3 a")]
        articles = [h for h in listed if h in {a["path"] for a in ARTICLES}]
        assert len(articles) == 5
        assert all(any(r.search(h) for r in article_re) for h in listed)
        seen += articles
        next_links = [a.get("href") for a in page.cssselect(".paging a") if a.text == "Trang sau"]
        assert next_links == (pages[number : number + 1])
    assert seen == [a["path"] for a in ARTICLES]  # newest first, each exactly once
    assert fetch(server, f"{CATEGORY}?page=4")[0] == 404


def test_menu_breadcrumb_and_sitemap_pages_are_served(server: ReplicaServer) -> None:
    for path in ("/1.html", "/2.html", "/4.html", "/7.html", "/tin-tuc.html", "/sitemap.html"):
        assert fetch(server, path)[0] == 200, path
    status, headers, _ = fetch(server, "/0.html")
    assert status == 301 and headers["Location"] == "/"
    assert CATEGORY in links(doc(fetch(server, "/2.html")[2]))


def test_edge_pages_answer_as_declared(server: ReplicaServer) -> None:
    for path, expected in EDGE_PAGES.items():
        assert fetch(server, path)[0] == expected, path
    status, headers, body = fetch(server, "/tin-tuc/tin-hoat-dong/loi-may-chu.html")
    assert status == 500 and b"Server Error" in body
    status, headers, body = fetch(server, "/tin-tuc/tin-hoat-dong/bai-viet-da-go.html")
    assert status == 404 and "Không tìm thấy trang" in body.decode()
    status, headers, body = fetch(server, DOCX_PATH)
    assert "officedocument.wordprocessingml" in headers["Content-Type"]
    with zipfile.ZipFile(io.BytesIO(body)) as docx:
        assert "Tổng kết công tác năm 2022" in docx.read("word/document.xml").decode()
    status, headers, body = fetch(server, PDF_PATH)
    assert headers["Content-Type"] == "application/pdf" and body.rstrip().endswith(b"%%EOF")
    xref = int(body.rsplit(b"startxref", 1)[1].split()[0])
    assert body[xref : xref + 4] == b"xref"


def test_error_pages_are_linked_from_crawlable_pages(server: ReplicaServer) -> None:
    reachable: set[str] = set()
    for path in ("/", CATEGORY, f"{CATEGORY}?page=2", f"{CATEGORY}?page=3"):
        reachable |= set(links(doc(fetch(server, path)[2])))
    assert set(EDGE_PAGES) <= reachable


@pytest.mark.parametrize(
    "article", ARTICLES, ids=[a["path"].rsplit("/", 1)[1][:40] for a in ARTICLES]
)
def test_every_article_page_matches_its_ground_truth(server: ReplicaServer, article: dict) -> None:
    assert any(re.search(r, article["path"]) for r in PROFILE["links"]["article"])
    status, _, body = fetch(server, article["path"])
    assert status == 200
    page = doc(body)
    assert page.findtext(".//title") == f"Tỉnh ủy Lào Cai - {article['title']}"
    assert [h.text_content() for h in page.cssselect("h1.title-news")] == [article["title"]]
    assert page.cssselect(".date-news span:first-child")[0].text == article["date_raw"]
    assert reader_paragraphs(page) == article["body"]
    srcs = [img.get("src") for img in page.cssselect("div.content-news img")]
    assert srcs == [i["src"] for i in article["images"]]
    assert [a.get("href") for a in page.cssselect("div.content-news a")] == article["attachments"]
    for src in [*srcs, *article["attachments"]]:
        assert fetch(server, src, method="HEAD")[0] == 200, src
    html = body.decode("utf-8")
    for chrome in CHROME_STRINGS:  # the chrome is on the page, never in the body
        assert all(chrome not in p for p in article["body"]), chrome
        if chrome != "anh tin bai" or article["images"]:  # an image's alt text
            assert chrome in html, chrome


def test_the_seed_article_is_described_exactly_by_expected_json(server: ReplicaServer) -> None:
    assert SEED_PATH == urlsplit(EXPECTED["url"]).path
    (truth,) = [a for a in ARTICLES if a["path"] == SEED_PATH]
    for key in ("title", "published", "date_raw", "author", "author_unit", "body", "images"):
        assert truth[key] == EXPECTED[key], key
    body = fetch(server, SEED_PATH)[2]
    page = doc(body)
    assert page.cssselect("h1.title-news")[0].text == EXPECTED["title"]
    assert page.cssselect(".date-news span:first-child")[0].text == EXPECTED["date_raw"]
    assert reader_paragraphs(page) == EXPECTED["body"]
    on_page = body.decode("utf-8") + page.text_content()  # markup, and text as rendered
    for chrome in EXPECTED["must_not_contain"]:  # on the page, so extraction has work to do
        assert chrome in on_page, chrome


def test_the_seed_page_reproduces_the_seed_example_markup() -> None:
    example = SEED_DIR / "page.html"
    replica = build_laocai_site().pages[SEED_PATH].body.decode("utf-8")

    def without_sidebar_links(html: str) -> str:
        return re.sub(r'<ul class="list-news">.*?</ul>', "", html, flags=re.DOTALL)

    expected = example.read_text(encoding="utf-8")
    assert without_sidebar_links(replica) == without_sidebar_links(expected)


def test_weekday_names_match_the_dates() -> None:
    for article in ARTICLES:
        m = re.fullmatch(r"(.+), (\d\d/\d\d/\d{4} - \d\d:\d\d)", article["date_raw"])
        assert m, article["date_raw"]
        when = datetime.strptime(m[2], "%d/%m/%Y - %H:%M")
        assert m[1] == WEEKDAY_NAMES[when.weekday()], article["date_raw"]
        assert article["published"] == when.strftime("%Y-%m-%dT%H:%M:00+07:00")
    assert {a["date_raw"].split(",")[0] for a in ARTICLES} >= {"Thứ Bảy", "Chủ Nhật", "Thứ Sáu"}


def test_ground_truth_is_varied_realistic_nfc_vietnamese() -> None:
    assert len(ARTICLES) >= 15 and len({a["path"] for a in ARTICLES}) == len(ARTICLES)
    for article in ARTICLES:
        strings = [article["title"], *article["body"]]
        assert all(unicodedata.is_normalized("NFC", s) for s in strings)
        if article["path"] != SEED_PATH:
            words = sum(len(p.split()) for p in article["body"])
            assert 150 <= words <= 600, (article["path"], words)
            assert 3 <= len(article["body"]) <= 8
    authors = {a["author"] for a in ARTICLES}
    assert {"P.V", "BBT", None} <= authors
    assert any(a["source"] == "Báo Lào Cai" for a in ARTICLES)
    assert any(a["attachments"] == [PDF_PATH] for a in ARTICLES)
    assert sum(bool(a["images"]) for a in ARTICLES) >= 4
    assert any(i["caption"] is None for a in ARTICLES for i in a["images"])
