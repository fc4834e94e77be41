"""The Datasette plugin and metadata, in process (no server, no browser)."""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

from archive import Archive
from config.profile import SiteProfile
from crawler.datasette_plugin.app import build_datasette
from crawler.datasette_plugin.hooks import escape_fts_folded
from pipelines.record import ArticleRecord
from tests.helpers import run_cli


def _archive(path: Path) -> Path:
    with Archive(path, create=True) as archive:
        writer = archive.writer()
        writer.upsert_site(SiteProfile(id="laocai", name="Lào Cai", base_url="https://l.example/"))
        crawl = writer.start_crawl("laocai", "t", {})
        for i, (title, when) in enumerate([
            ("Phân giới cắm mốc biên giới", "2022-05-01T08:00:00+07:00"),
            ("Đại hội Đảng bộ tỉnh", "2023-05-01T08:00:00+07:00"),
            ("Tết trồng cây", "2023-06-01T08:00:00+07:00"),
        ]):  # fmt: skip
            record = ArticleRecord(url=f"https://l.example/{i}", title=title, body=[title + "."],
                                   published_at=when, author="Minh Anh")  # fmt: skip
            writer.save_article("laocai", record, None, crawl, "2024-01-01T00:00:00Z")
    return path


def _get(archive: Path, *paths: str, replay_url: str | None = None) -> list[Any]:
    datasette = build_datasette(archive, replay_url=replay_url)

    async def run() -> list[Any]:
        await datasette.invoke_startup()
        return [await datasette.client.get(p) for p in paths]

    return asyncio.run(run())


def test_escape_fts_folds_and_quotes() -> None:
    assert escape_fts_folded('Đảng bộ "OR" x*') == '"dang" "bo" "or" "x"'
    assert escape_fts_folded("") == '""'


def test_search_facets_and_canned_queries(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    base = "/archive/article_list.json?_shape=objects&_search="
    folded, accented, term, monthly, per_site, bad, meta = _get(
        archive,
        base + "dang+bo&_facet=year",
        base + "%C4%90%E1%BA%A3ng+b%E1%BB%99",
        "/archive/term_per_month.json?_shape=array&term=dang+bo",
        "/archive/search.json?_shape=array&q=%22phan+gioi%22",
        "/archive/articles_per_site_per_month.json?_shape=array",
        "/archive/search.json?q=%22unbalanced",
        "/-/metadata.json",
    )
    rows = folded.json()["rows"]
    assert [r["title"] for r in rows] == ["Đại hội Đảng bộ tỉnh"]
    assert accented.json()["rows"] == rows
    assert {f["value"] for f in folded.json()["facet_results"]["year"]["results"]} == {"2023"}
    assert term.json() == [{"month": "2023-05", "site_id": "laocai", "articles": 1}]
    (hit,) = monthly.json()
    assert hit["snippet"] == "[Phân giới] cắm mốc biên giới."
    assert len(per_site.json()) == 3
    assert bad.status_code == 200 and bad.json()["rows"] == []  # no row pretends to be a hit
    tables = meta.json()["databases"]["archive"]["tables"]
    assert tables["article_list"]["facets"] == ["site_id", "year", "author"]
    assert "published_at" in tables["articles"]["columns"]
    assert json.dumps(meta.json()["license"])


def test_capture_links_and_raw_route_errors(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    with Archive(archive) as arc:
        cid = arc.writer().add_capture(crawl_id=1, site_id="laocai", url="https://l.example/0",
                                       status=200, fetched_at="2024-01-01T00:00:00Z",
                                       record_type="response")  # fmt: skip
        arc.db.execute("UPDATE articles SET capture_id = ? WHERE id = 1", [cid])
        arc.db.conn.commit()
    page, raw, missing = _get(archive, "/archive/articles/1", f"/-/raw/{cid}", "/-/raw/12345")
    assert f'href="/-/raw/{cid}"' in page.text
    assert raw.status_code == 404 and "has no WARC record" in raw.text
    assert missing.status_code == 404 and "No capture with id 12345" in missing.text


def _ranked_archive(path: Path) -> Path:
    """Articles where relevance, date and bm25 give three different orders."""
    with Archive(path, create=True) as archive:
        writer = archive.writer()
        for site in ("laocai", "yenbai"):
            writer.upsert_site(SiteProfile(id=site, name=site, base_url=f"https://{site}.example/"))
        crawl = writer.start_crawl("laocai", "t", {})
        texts = [  # title, body, author, site, date
            ("Biên giới Lào Cai", "Tin biên giới.", "Minh Anh", "laocai", "2022-01-03"),
            ("Hội nghị tổng kết", "Bàn về biên giới, biên giới và biên giới.", "Văn An",
             "laocai", "2023-02-01"),
            ("Tết biên phòng", "Giới trẻ đón Tết ở đồn biên phòng.", None, "yenbai", "2023-01-20"),
            ("Phân giới cắm mốc", "Phân giới cắm mốc trên tuyến biên giới Việt - Trung.",
             "Minh Anh", "yenbai", "2021-06-01"),
            ("Đảng bộ tỉnh", "Đại hội Đảng bộ bàn công tác biên giới.", "Văn Anh", "laocai",
             "2023-05-05"),
            ("Giới thiệu sách", "Sách về vùng biên.", None, "laocai", None),
        ]  # fmt: skip
        for i, (title, body, author, site, day) in enumerate(texts):
            record = ArticleRecord(url=f"https://{site}.example/{i}", title=title, body=[body],
                                   published_at=day and f"{day}T08:00:00+07:00", author=author)  # fmt: skip
            writer.save_article(site, record, None, crawl, "2024-01-01T00:00:00Z")
    return path


SEARCHES = [  # (query string of the canned query, keyword arguments of Archive.search)
    ("q=bien+gioi", {"query": "bien gioi"}),
    ("q=bi%C3%AAn+gi%E1%BB%9Bi", {"query": "biên giới"}),
    ("q=bien*", {"query": "bien*"}),
    ("q=gioi+OR+tet", {"query": "gioi OR tet"}),
    ("q=bien&site=laocai", {"query": "bien", "site": "laocai"}),
    ("q=bien&since=2022-06&until=2023-03", {"query": "bien", "since": "2022-06", "until": "2023-03"}),
    ("q=bien&author=van+an", {"query": "bien", "author": "van an"}),
    ("q=bien&order=date", {"query": "bien", "order": "date"}),
]  # fmt: skip


def test_search_ranks_as_the_library_does(tmp_path: Path) -> None:
    archive = _ranked_archive(tmp_path / "a")
    pages = _get(archive, *(f"/archive/search.json?_shape=array&{qs}" for qs, _ in SEARCHES))
    with Archive(archive) as arc:
        for (qs, kwargs), page in zip(SEARCHES, pages, strict=True):
            expected = arc.search(**kwargs, limit=100)
            assert page.status_code == 200, qs
            rows = page.json()
            assert [r["id"] for r in rows] == [h.id for h in expected], qs
            assert [r["snippet"] for r in rows] == [h.snippet for h in expected], qs
            assert [r["relevance"] for r in rows] == [round(-h.rank, 3) for h in expected], qs
    # relevance is not the date order here, nor bm25's: the test tells them apart
    by_relevance = [r["id"] for r in pages[0].json()]
    assert by_relevance != [
        r["id"]
        for r in _get(archive, "/archive/search.json?_shape=array&q=bien+gioi&order=date")[0].json()
    ]


def test_a_search_that_cannot_run_says_why_instead_of_showing_rows(tmp_path: Path) -> None:
    archive = _ranked_archive(tmp_path / "a")
    pages = _get(archive, "/archive/search?q=%22bien", "/archive/search?q=bien&site=hanoi",
                 "/archive/search?q=bien&since=20x", "/archive/search?q=bien&order=best",
                 "/archive/search", "/archive/search?q=fansipan")  # fmt: skip
    messages = [
        "Unbalanced quote in search query",
        "No site &#39;hanoi&#39; in this archive; its sites are: laocai, yenbai",
        "since must be a date like 2023-01-31",
        "order must be &#39;relevance&#39; or &#39;date&#39;, got &#39;best&#39;",
    ]
    for page, message in zip(pages, messages, strict=False):
        assert f'<p class="message-error">{message}' in page.text
        assert "<tbody>" not in page.text
    empty, nothing = pages[4:]
    assert "message-error" not in empty.text and "No article matches" not in empty.text
    assert "message-error" not in nothing.text and "No article matches." in nothing.text


#: requests a served archive answers 404, in a process of their own (what it prints is
#: the test: Datasette's own handler printed two tracebacks for each, or crashed)
NOT_FOUND_SCRIPT = """
import asyncio, json, sys
from pathlib import Path
from crawler.datasette_plugin.app import build_datasette

async def main():
    datasette = build_datasette(Path(sys.argv[1]))
    await datasette.invoke_startup()
    answers = []
    for path in sys.argv[2:]:
        response = await datasette.client.get(path)
        answers.append([response.status_code, response.text[:2000]])
    sys.stderr.write("ANSWERS" + json.dumps(answers))

asyncio.run(main())
"""


def test_not_found_pages_log_no_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers import ROOT

    archive = _archive(tmp_path / "a")
    paths = ["/nothing", "/-/nothing/x/y", "/archive/nosuchtable", "/archive/articles/999",
             "/-/raw/12345", "/nothing.json"]  # fmt: skip
    done = subprocess.run([sys.executable, "-c", NOT_FOUND_SCRIPT, str(archive), *paths],
                          cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    log, _, answers = done.stderr.partition("ANSWERS")
    assert done.returncode == 0, done.stderr[-3000:]
    statuses = [status for status, _ in json.loads(answers)]
    assert statuses == [404] * len(paths)
    texts = [text for _, text in json.loads(answers)]
    assert "Database not found" in texts[0] and "<html" in texts[0]
    assert json.loads(texts[5])["ok"] is False
    assert not (done.stdout + log).strip(), done.stdout + log  # not a line logged


def test_replay_links_follow_the_configured_template(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    with Archive(archive) as arc:
        cid = arc.writer().add_capture(crawl_id=1, site_id="laocai", url="https://l.example/0?a=1",
                                       status=200, fetched_at="2024-01-02T03:04:05.123456Z",
                                       record_type="response")  # fmt: skip
        arc.db.execute("UPDATE articles SET capture_id = ? WHERE id = 1", [cid])
        arc.db.conn.commit()
    pywb = "http://localhost:8080/govarchive/{timestamp}/{url}"
    rwp = "https://replayweb.page/?source=https://x.example/a.wacz#view=pages&url={url_encoded}&ts={timestamp}"
    (listing, search), (row,) = (
        _get(archive, "/archive/article_list", "/archive/search?q=phan+gioi", replay_url=pywb),
        _get(archive, "/archive/articles/1", replay_url=rwp),
    )
    link = 'href="http://localhost:8080/govarchive/20240102030405/https://l.example/0?a=1"'
    assert link in listing.text and link in search.text
    assert (
        'href="https://replayweb.page/?source=https://x.example/a.wacz#view=pages&amp;'
        'url=https%3A%2F%2Fl.example%2F0%3Fa%3D1&amp;ts=20240102030405"'
    ) in row.text
    (plain,) = _get(archive, "/archive/article_list")
    assert f'href="/-/raw/{cid}"' in plain.text and "replay" not in plain.text


def test_a_bad_replay_template_is_a_clear_error(tmp_path: Path) -> None:
    import pytest

    from crawler.datasette_plugin.replay import ReplayTemplateError, check_template

    for template, message in [
        ("http://localhost:8080/{timestamp}", "needs {url} or {url_encoded}"),
        ("http://x/{ts}/{url}", "unknown placeholder(s) {ts}"),
        ("http://x/{url", "expected '}'"),
    ]:
        with pytest.raises(ReplayTemplateError, match=re.escape(message)):
            check_template(template)
    result = run_cli("serve", "--archive", str(_archive(tmp_path / "a")),
                     "--replay-url", "http://x/{when}/{url}")  # fmt: skip
    assert result.returncode == 2
    assert (
        "Invalid value for --replay-url: replay URL template" in result.stderr
        and "{when}" in result.stderr
    )


def test_pages_open_on_their_results(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    table, search, css, listing = _get(archive, "/archive/article_list?_search=dang+bo",
                                       "/archive/search?q=dang+bo",
                                       "/govarchive-static/govarchive.css", "/archive/articles")  # fmt: skip
    assert css.status_code == 200 and "dl.column-descriptions { display: none; }" in css.text
    for page in (table, search):
        assert '<link rel="stylesheet" href="/govarchive-static/govarchive.css">' in page.text
        assert page.text.count('<details class="govarchive-about">') == 1  # folded notes
    # the search page: the form, the hits, then the notes; the table: its notes folded first
    assert search.text.index("<tbody>") < search.text.index("govarchive-about")
    assert search.text.index('name="q"') < search.text.index("<tbody>")
    # long text: whole in the cell, three lines of it shown in a listing
    assert '<div class="govarchive-clamp">Tết trồng cây.</div>' in listing.text
    assert "body.table div.govarchive-clamp" in css.text  # the row's page shows it all
    assert "Rank &ldquo;dang bo&rdquo; by relevance" in table.text
    assert 'href="/archive/search?q=dang%20bo"' in table.text
    assert '<dl class="govarchive-columns">' in table.text


def test_feeds_are_served_and_document_refs_facet(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    with Archive(archive) as arc:
        writer = arc.writer()
        record = ArticleRecord(url="https://l.example/0", title="Phân giới cắm mốc biên giới",
                               body=["Thực hiện Nghị định 13/2023/NĐ-CP, tỉnh đã ..."],
                               published_at="2024-02-01T08:00:00+07:00")  # fmt: skip
        article_id, outcome = writer.save_article("laocai", record, None, 1, "2024-02-02T00:00:00Z")
        assert outcome == "changed"
        writer.replace_article_refs(article_id, [{
            "key": "nghi-dinh:13/2023/nd-cp", "doc_type": "Nghị định", "number": "13",
            "year": 2023, "issuer": "NĐ-CP", "raw": "Nghị định 13/2023/NĐ-CP"}])  # fmt: skip
        arc.db.conn.commit()
        (written,) = arc.write_feeds(sites=[])  # all.atom only: laocai's is made when asked
    stored, made, unknown, bad, listing, facets = _get(
        archive, "/-/feeds/all.atom", "/-/feeds/laocai.atom", "/-/feeds/hanoi.atom",
        "/-/feeds/..%2Farchive.atom", "/-/feeds", "/archive/document_refs.json?_shape=objects",
    )  # fmt: skip
    assert stored.status_code == 200 and stored.headers["content-type"].startswith("application/atom+xml")
    assert stored.content == written.read_bytes()
    assert made.status_code == 200 and b"tag:govarchive,2024:article/1/v2" in made.content
    assert b"<title>Changes on L\xc3\xa0o Cai</title>" in made.content
    assert unknown.status_code == 404 and "feeds are 'all' and one per site id" in unknown.text
    assert bad.status_code == 404
    assert 'href="/-/feeds/all.atom"' in listing.text
    results = facets.json()["facet_results"]
    assert {name for name in results} == {"doc_type", "key", "site_id"}
    assert [v["value"] for v in results["key"]["results"]] == ["nghi-dinh:13/2023/nd-cp"]
