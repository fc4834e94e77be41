"""Crawl the bundled replica portal end to end and check the archive it leaves."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.warcread import read_record
from crawler.replica import ReplicaServer, laocai
from tests.conftest import SEED_DIR, Crawled
from tests.helpers import rows, run_cli

EXPECTED = json.loads((SEED_DIR / "expected.json").read_text(encoding="utf-8"))
SEED_PATH = urlsplit(EXPECTED["url"]).path



def test_first_crawl_is_partial_only_because_of_the_broken_pages(crawled: Crawled) -> None:
    # The replica deliberately links a 500 page and a 404 page: the crawl goes on, says so.
    assert crawled.first.returncode == 3, crawled.first.stdout + crawled.first.stderr
    assert "Traceback" not in crawled.first.stderr
    assert "error: http_500" in crawled.first.stdout
    (crawl,) = rows(crawled.archive, "select * from crawls order by id limit 1")
    assert crawl["status"] == "partial"
    stats = json.loads(crawl["stats_json"])
    assert stats["govarchive/articles/new"] == len(laocai.ARTICLES)
    assert stats["govarchive/errors/http_500"] == 1


def test_seed_article_matches_expected_record(crawled: Crawled) -> None:
    (article,) = rows(crawled.archive, "select * from articles where url like ?", f"%{SEED_PATH}")
    assert article["site_id"] == EXPECTED["site"]
    assert article["title"] == EXPECTED["title"]
    assert article["published_at"] == EXPECTED["published"]
    assert article["date_raw"] == EXPECTED["date_raw"]
    assert article["author"] == EXPECTED["author"]
    assert article["author_unit"] == EXPECTED["author_unit"]
    assert article["body"].split("\n\n") == EXPECTED["body"]
    for chrome in EXPECTED["must_not_contain"]:
        assert chrome not in article["body"], chrome


def test_every_replica_article_is_archived_once_and_nothing_else(crawled: Crawled) -> None:
    stored = {urlsplit(r["url"]).path: r for r in rows(crawled.archive, "select * from articles")}
    assert set(stored) == {a["path"] for a in laocai.ARTICLES}
    for truth in laocai.ARTICLES:
        article = stored[truth["path"]]
        assert article["title"] == truth["title"]
        assert article["published_at"] == truth["published"]
        assert (article["author"], article["author_unit"], article["source"]) == (
            truth["author"], truth["author_unit"], truth["source"]
        ), truth["path"]  # fmt: skip
        assert article["body"].split("\n\n") == truth["body"], truth["path"]
        for chrome in laocai.CHROME_STRINGS:
            assert chrome not in article["body"], (truth["path"], chrome)


def test_recrawl_adds_no_duplicates(crawled: Crawled) -> None:
    assert "Traceback" not in crawled.second.stderr
    crawls = rows(crawled.archive, "select * from crawls order by id")
    assert len(crawls) == 2
    second = json.loads(crawls[1]["stats_json"])
    assert second.get("govarchive/articles/new", 0) == 0
    (count,) = rows(crawled.archive, "select count(*) n, count(distinct url) d from articles")
    assert count["n"] == count["d"] == len(laocai.ARTICLES)
    (versions,) = rows(crawled.archive, "select count(*) n from article_versions")
    assert versions["n"] == len(laocai.ARTICLES)


def test_every_warc_passes_warcio_check_and_is_closed(crawled: Crawled) -> None:
    warcs = sorted((crawled.archive / "warcs").rglob("*.warc.gz*"))
    assert warcs and all(p.name.endswith(".warc.gz") for p in warcs), warcs
    for path in warcs:
        result = subprocess.run(
            [sys.executable, "-c", "from warcio.cli import main; main()", "check", "-v", str(path)],
            capture_output=True, text=True,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr


def test_every_article_reads_back_from_its_warc_record(crawled: Crawled) -> None:
    articles = rows(
        crawled.archive,
        "select a.url, a.title, c.warc_file, c.warc_offset, c.warc_record_id from articles a "
        "join captures c on c.id = a.capture_id",
    )
    assert len(articles) == len(laocai.ARTICLES)
    for article in articles:
        record = read_record(crawled.archive, article["warc_file"], article["warc_offset"])
        assert record.record_id == article["warc_record_id"]
        assert record.target_uri == article["url"]
        assert article["title"] in record.payload.decode("utf-8")


def test_every_response_is_captured_errors_and_non_html_included(crawled: Crawled) -> None:
    captured = {
        urlsplit(r["url"]).path: r
        for r in rows(crawled.archive, "select * from captures where crawl_id = 1")
    }
    assert captured["/robots.txt"]["status"] == 200
    assert captured["/sitemap.xml"]["warc_record_id"]
    assert captured["/tin-tuc/tin-hoat-dong/loi-may-chu.html"]["status"] == 500
    docx = [r for p, r in captured.items() if p.endswith(".docx")]
    assert docx and docx[0]["warc_record_id"] and "officedocument" in docx[0]["content_type"]
    failures = {(r["reason"], urlsplit(r["url"]).path) for r in rows(crawled.archive, "select * from failures")}
    assert ("http_500", "/tin-tuc/tin-hoat-dong/loi-may-chu.html") in failures


def test_search_show_and_export_from_the_cli(crawled: Crawled) -> None:
    archive = str(crawled.archive)
    found = run_cli("search", "bien gioi", "--archive", archive, "--format", "jsonl")
    assert found.returncode == 0, found.stderr
    hits = [json.loads(line) for line in found.stdout.splitlines()]
    assert any(urlsplit(h["url"]).path == SEED_PATH for h in hits)
    accented = run_cli("search", "biên giới", "--archive", archive, "--format", "jsonl")
    assert [json.loads(x)["id"] for x in accented.stdout.splitlines()] == [h["id"] for h in hits]

    seed_id = next(h["id"] for h in hits if urlsplit(h["url"]).path == SEED_PATH)
    raw = run_cli("show", str(seed_id), "--raw", "--archive", archive)
    assert raw.returncode == 0 and "Thống kê truy cập" in raw.stdout  # the page as captured

    exported = run_cli("export", "--archive", archive, "--format", "csv")
    records = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert len(records) == len(laocai.ARTICLES)
    seed = next(r for r in records if urlsplit(r["url"]).path == SEED_PATH)
    for field in ("url", "site_id", "title", "published_at", "author", "body", "capture_id"):
        assert seed[field], field
    assert seed["body"].split("\n\n") == EXPECTED["body"]


def test_unreachable_site_fails_clearly_and_records_the_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = run_cli(
        "crawl", f"http://127.0.0.1:{port}/", "--archive", str(tmp_path), "--quiet", "--delay", "0"
    )
    assert result.returncode == 4, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "failed" in result.stderr
    errors = rows(tmp_path, "select * from captures where error is not null")
    assert errors and "ConnectionRefused" in errors[0]["error"]
    assert rows(tmp_path, "select status from crawls")[0]["status"] == "failed"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("id: broken\n\tname: x\n", "bad YAML (line 2, column 1)"),
        ("id: broken\nname: B\nbase_url: https://x.gov.vn/\ncolour: red\n", "field 'colour': unknown field"),
        ("id: broken\nbase_url: https://x.gov.vn/\n", "field 'name': required field is missing"),
        ("id: broken\nname: B\nbase_url: https://x.gov.vn/\nlinks: {article: ['(']}\n",
         "field 'links.article.0': invalid regular expression"),
        ("id: broken\nname: B\nbase_url: ftp://x.gov.vn/\n", "field 'base_url': must be an http(s) URL"),
    ],
)  # fmt: skip
def test_broken_profile_stops_with_one_clear_line(tmp_path: Path, content: str, message: str) -> None:
    profile = tmp_path / "broken.yaml"
    profile.write_text(content, encoding="utf-8")
    result = run_cli("crawl", str(profile), "--archive", str(tmp_path / "a"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(profile) in result.stderr and message in result.stderr, result.stderr
    assert not (tmp_path / "a" / "archive.db").exists()  # nothing started


def test_adhoc_mode_archives_the_articles_of_a_portal_without_a_profile(
    replica: ReplicaServer, tmp_path: Path
) -> None:
    # politeness is not what this tests: the default 1 s delay made it a 60 s test
    result = run_cli("crawl", replica.base_url, "--archive", str(tmp_path), "--quiet", "--delay", "0")
    assert result.returncode == 3, result.stderr  # the replica's 404 and 500 pages
    stored = {urlsplit(r["url"]).path: r for r in rows(tmp_path, "select * from articles")}
    assert set(stored) == {a["path"] for a in laocai.ARTICLES}  # no listing or menu page
    for truth in laocai.ARTICLES:
        article = stored[truth["path"]]
        assert article["title"] == truth["title"]
        assert article["published_at"] == truth["published"]
        for chrome in laocai.CHROME_STRINGS:
            assert chrome not in article["body"], (truth["path"], chrome)
    (site,) = rows(tmp_path, "select id from sites")
    assert site["id"].startswith("127-0-0-1")
