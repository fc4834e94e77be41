"""The Datasette plugin and metadata, in process (no server, no browser)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

from archive import Archive
from config.profile import SiteProfile
from crawler.datasette_plugin.app import build_datasette
from crawler.datasette_plugin.hooks import escape_fts_folded
from pipelines.record import ArticleRecord


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


def _get(archive: Path, *paths: str) -> list[Any]:
    datasette = build_datasette(archive)

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
    assert bad.status_code == 200
    assert bad.json()["rows"][0][5].startswith("Unbalanced quote in search query")
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
