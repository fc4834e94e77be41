"""An ad-hoc re-crawl (``govarchive crawl URL``, no profile) is incremental like a profile's:
archived articles outside the re-check window are not fetched again (round 21's walk saw all
of them fetched and counted "unchanged", the spider knowing no article URL without rules)."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from crawler.replica import ReplicaServer
from tests.families import drupal
from tests.helpers import rows, run_cli


def test_adhoc_recrawl_skips_archived_articles(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    with ReplicaServer(site=drupal.build_site()) as server:
        args = ("crawl", server.base_url, "--archive", str(archive), "--delay", "0", "--quiet")
        first = run_cli(*args)
        assert first.returncode in (0, 3), first.stdout + first.stderr  # the family's 404 links
        mark = len(server.requests)
        second = run_cli(*args)
        assert second.returncode in (0, 3), second.stdout + second.stderr
        again = {r.path for r in server.requests[mark:]}
    stored = {urlsplit(r["url"]).path for r in rows(archive, "select url from articles")}
    assert stored and stored <= {a.path for a in drupal.ARTICLES}  # of 2024: none re-checked
    assert not stored & again, sorted(stored & again)
    first_stats, second_stats = (
        json.loads(c["stats_json"]) for c in rows(archive, "select stats_json from crawls order by id")
    )
    assert first_stats["govarchive/articles/new"] == len(stored)
    assert "govarchive/articles/new" not in second_stats
    assert "govarchive/articles/unchanged" not in second_stats
    assert second_stats["govarchive/skipped/known_article"] >= len(stored)


def test_a_killed_adhoc_crawl_run_again_fetches_no_article_it_stored(tmp_path: Path) -> None:
    """The walk's case: an ad-hoc crawl killed mid-way, then the same command again."""
    from tests.integration.test_resume import crawl_and_kill

    archive = tmp_path / "archive"
    with ReplicaServer(site=drupal.build_site()) as server:
        crawl_and_kill(server.base_url, archive, "select count(*) from articles", 2)  # type: ignore[arg-type]
        before = {urlsplit(r["url"]).path for r in rows(archive, "select url from articles")}
        mark = len(server.requests)
        again = run_cli("crawl", server.base_url, "--archive", str(archive), "--delay", "0", "--quiet")
        assert again.returncode in (0, 3), again.stdout + again.stderr
        fetched = {r.path for r in server.requests[mark:]}
    stored = {urlsplit(r["url"]).path for r in rows(archive, "select url from articles")}
    assert len(before) >= 2 and before <= stored
    assert not before & fetched, sorted(before & fetched)
    assert stored == {a.path for a in drupal.ARTICLES}  # and the rest, fetched this time
