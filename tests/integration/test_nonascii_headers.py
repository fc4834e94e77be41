"""A portal that sends UTF-8 in its HTTP headers: crawled, rebuilt from its WARCs alone,
verified and replayed (issue 12's found bug: such a record used to read back as truncated).

The replica portal, with every article page answering with a UTF-8 header value and its two
documents with a UTF-8 file name in ``Content-Disposition`` (as IIS or a CMS sends a
Vietnamese file name: the raw UTF-8 bytes, which Scrapy hands over as latin-1 characters and
the WARC writer writes back byte for byte)."""

from __future__ import annotations

import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.warcread import iter_records
from config.profile import load_profile
from crawler.replica import ReplicaServer, build_laocai_site, laocai
from crawler.replica.site import Page, Request, Site
from tests.helpers import FAST, run_cli, write_profile
from tests.integration.test_one_path import assert_read, assert_same, snapshot
from tests.tools.pywb_env import add_collection, ensure_pywb, wayback

SECTION = "Tin hoạt động – Tỉnh ủy Lào Cai"  # "–" and "ỉ", "ạ", "ộ": not latin-1
#: one article also sends a Link header naming a URL with diacritics (WordPress's shortlink)
LINKED = laocai.ARTICLES[1]["path"]
LINK = '<http://laocai.dcs.vn/tin-tức/bài-2>; rel="shortlink"'
FILES = {laocai.PDF_PATH: "Kế hoạch số 56-KH/TU.pdf", laocai.DOCX_PATH: "Báo cáo tổng kết 2022.docx"}


def _wire(text: str) -> str:
    """``text`` as its UTF-8 bytes on the wire (the server sends header bytes as latin-1)."""
    return text.encode("utf-8").decode("latin-1")


def utf8_site() -> Site:
    base = build_laocai_site()
    articles = {a["path"] for a in laocai.ARTICLES}

    def resolve(request: Request) -> Page:
        page = base.resolve(request)
        if request.path in articles:
            extra = [("X-Chuyen-Muc", _wire(SECTION))]
            if request.path == LINKED:
                extra.append(("Link", _wire(LINK)))
            return replace(page, headers=[*page.headers, *extra])
        if request.path in FILES:
            kept = [(k, v) for k, v in page.headers if k.lower() != "content-disposition"]
            disposition = _wire(f'attachment; filename="{FILES[request.path]}"')
            return replace(page, headers=[*kept, ("Content-Disposition", disposition)])
        return page

    return Site(handler=resolve)


@dataclass
class Crawled:
    archive: Path
    profile: Path
    base: str
    tmp: Path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    tmp = tmp_path_factory.mktemp("utf8-headers")
    with ReplicaServer(site=utf8_site()) as server:
        profile = load_profile("laocai-tinhuy").rebased(server.base_url, politeness=FAST)
        path = write_profile(profile, tmp / "sites")
        archive = tmp / "archive"
        done = run_cli("crawl", str(path), "--archive", str(archive))
        # partial only because of the replica's broken pages (a 500 and a 404, linked on purpose)
        assert done.returncode == 3, done.stdout + done.stderr
        errors = {line.split()[2] for line in done.stdout.splitlines() if "│ error: " in line}
        assert errors == {"http_404", "http_500"}, done.stdout
        assert "unreadable" not in done.stdout + done.stderr
        yield Crawled(archive, path, server.base_url.rstrip("/"), tmp)


def query(archive: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_warcs_hold_the_utf8_headers_and_read_whole(crawled: Crawled) -> None:
    seen: dict[str, str] = {}
    for warc in sorted((crawled.archive / "warcs").rglob("*.warc.gz")):
        records = iter_records(warc)
        for record in records:
            path = urlsplit(record.target_uri or "").path
            if record.record_type == "response" and path in FILES:
                seen[path] = record.http_header("Content-Disposition") or ""
            if record.record_type == "response" and record.http_header("X-Chuyen-Muc"):
                assert record.http_header("X-Chuyen-Muc") == SECTION
                seen.setdefault("articles", record.target_uri or "")
            if record.record_type == "response" and path == LINKED:
                seen["link"] = record.http_header("Link") or ""
        assert records.tail_error is None, records.tail_error
    assert seen.pop("articles") and seen.pop("link") == LINK
    assert seen == {p: f'attachment; filename="{name}"' for p, name in FILES.items()}


def test_every_article_and_document_is_extracted(crawled: Crawled) -> None:
    stored = {urlsplit(url).path: (title, published, date_raw) for url, title, published, date_raw
              in query(crawled.archive, "SELECT url, title, published_at, date_raw FROM articles")}  # fmt: skip
    assert stored == {a["path"]: (a["title"], a["published"], a["date_raw"]) for a in laocai.ARTICLES}
    assert query(crawled.archive, "SELECT reason, url FROM failures "
                                  "WHERE reason LIKE '%unreadable%' OR reason LIKE 'warc%'") == []  # fmt: skip
    attachments = query(crawled.archive, "SELECT t.url, t.capture_id FROM attachments t")
    assert {urlsplit(url).path for url, _ in attachments} >= {laocai.PDF_PATH}
    assert all(capture is not None for _, capture in attachments)
    assert_read(snapshot(crawled.archive))  # the PDF and the DOCX read: ok, ok


def test_rebuild_from_the_warcs_alone_gives_the_same_rows(crawled: Crawled) -> None:
    new = crawled.tmp / "rebuilt"
    done = run_cli("rebuild", "--warcs", str(crawled.archive / "warcs"), "--archive", str(new),
                   "--site", str(crawled.profile), "--workers", "1")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "truncated" not in done.stdout + done.stderr
    assert_same(snapshot(new), snapshot(crawled.archive))
    assert not list(new.rglob("*.torn"))


def test_verify_reports_the_warcs_healthy(crawled: Crawled) -> None:
    result = run_cli("verify", "--archive", str(crawled.archive))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: no problems found" in result.stdout


@pytest.fixture(scope="module")
def pywb(crawled: Crawled) -> Iterator[str]:
    bin_dir = ensure_pywb()
    root = crawled.tmp / "pywb"
    add_collection(root, "warcs", (crawled.archive / "warcs").rglob("*.warc.gz"))
    with wayback(bin_dir, root) as base:
        yield base


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _replayed(pywb: str, crawled: Crawled, path: str, mode: str = "id_") -> tuple[int, bytes]:
    ((url, fetched),) = query(crawled.archive, "SELECT url, fetched_at FROM captures WHERE url = "
                              f"'{crawled.base}{path}' AND status = 200")  # fmt: skip
    stamp = fetched.replace("-", "").replace(":", "").replace("T", "")[:14]
    return _get(f"{pywb}/warcs/{stamp}{mode}/{url}")


def test_pywb_replays_a_document_with_a_utf8_file_name(pywb: str, crawled: Crawled) -> None:
    site = build_laocai_site()
    for path in FILES:
        status, body = _replayed(pywb, crawled, path)
        assert status == 200, path
        assert body == site.pages[path].body, path


def test_pywb_replays_an_article_with_a_utf8_header(pywb: str, crawled: Crawled) -> None:
    path = laocai.ARTICLES[0]["path"]
    status, body = _replayed(pywb, crawled, path)
    assert status == 200, body[:300]
    assert body == build_laocai_site().pages[path].body


def test_pywb_replays_an_article_with_a_utf8_header_rewritten(pywb: str, crawled: Crawled) -> None:
    truth = laocai.ARTICLES[0]
    status, body = _replayed(pywb, crawled, truth["path"], "mp_")  # the page, no frame
    assert status == 200, body[:300]
    html = body.decode("utf-8")
    assert truth["title"] in html and "mp_/" in html  # links rewritten into the archive


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="pywb 2.10 hands the Link header, decoded from UTF-8, to gevent's start_response, "
    "which takes latin-1 only: UnicodeError 'Non-latin1 header' and a 500 (a replay tool's "
    "limit: the WARC record is whole, rebuild and verify read it; cf. webrecorder/pywb#961)",
)
@pytest.mark.parametrize("mode", ["id_", "mp_"])
def test_pywb_replays_an_article_with_a_utf8_link_header(
    pywb: str, crawled: Crawled, mode: str
) -> None:
    status, body = _replayed(pywb, crawled, LINKED, mode)
    assert status == 200, body[:300]
