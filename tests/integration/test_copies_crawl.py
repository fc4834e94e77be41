"""What a crawl stores of copies (issue 10: "near-identical bodies at two URLs of one site are
one article"): fx-copies (``tests/families/copies.py``: fx-drupal with a ``?redirect=`` copy,
a print view at ``/xem-nhanh/<nid>``, a ``?view=print`` copy, an AMP and a mobile copy, none
naming a canonical URL) crawled ad hoc on 127.0.0.1 twice, its front page linking the copies
before the articles and after them. Each crawl stores one row per article, at the article's
own URL (:func:`pipelines.neardup.moves_to`), the same rows in both orders, and those rows are
the benchmark's (:func:`benchmarks.extraction_quality.crawl_like`, which runs the same
near-duplicate step): its ``non_articles`` counts what the archive holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from benchmarks.extraction_quality import crawl_like, family_base, mode_profile, site_pages
from crawler.replica import ReplicaServer
from tests.families import copies
from tests.helpers import run_cli


def crawl(folder: Path, copies_first: bool) -> tuple[dict[str, tuple[str, str]], dict[str, int]]:
    """{path: (title, body)} of the articles table after an ad-hoc crawl, and the crawl's stats."""
    import json

    archive = folder / ("copies-first" if copies_first else "articles-first")
    with ReplicaServer(site=copies.build_site(copies_first)) as server:
        done = run_cli("crawl", server.url("/"), "--archive", str(archive), "--delay", "0")
        base = server.base_url.rstrip("/")
    assert done.returncode in (0, 3), done.stdout + done.stderr  # 3: the family's 404 pages
    conn = sqlite3.connect(archive / "archive.db")
    try:
        rows = conn.execute("SELECT url, title, body FROM articles").fetchall()
        (stats,) = conn.execute("SELECT stats_json FROM crawls").fetchone()
    finally:
        conn.close()
    return {url[len(base):]: (title, body) for url, title, body in rows}, json.loads(stats)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> dict[bool, tuple[dict, dict]]:
    folder = tmp_path_factory.mktemp("copies")
    return {first: crawl(folder, first) for first in (True, False)}


def test_each_article_is_one_row_at_its_own_url_in_either_order(crawled: dict) -> None:
    want = sorted(a.path for a in copies.ARTICLES)
    for first, (rows, stats) in crawled.items():
        assert sorted(rows) == want, first  # no copy stored, none kept at a copy's URL
        # the copies were met (fetched and read as the article again, or typed as copies)
        assert stats.get("govarchive/dropped/near_duplicate", 0) + sum(
            v for k, v in stats.items() if k.startswith("govarchive/not_article/")
        ) >= len(copies.copies()), stats
    assert crawled[True][0] == crawled[False][0]  # the same rows, titles and bodies


def test_the_benchmark_holds_the_crawls_rows(crawled: dict) -> None:
    site = copies.build_site(True)
    pages = site_pages(site)
    base = family_base(copies).rstrip("/")
    got = crawl_like(pages, base, mode_profile(copies, "adhoc", pages))
    rows = crawled[True][0]
    assert sorted(u[len(base):] for u in got) == sorted(rows)
    assert {u[len(base):]: (r.title, r.body_text) for u, r in got.items()} == rows
