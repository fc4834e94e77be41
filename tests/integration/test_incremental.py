"""A re-crawl fetches only what is new, re-checks recent articles conditionally, and keeps history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Archive
from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import rows, run_cli, write_profile


class Recrawl:
    def __init__(self, tmp: Path):
        # 30 articles, one every 1.5 days: 0..19 are younger than 30 days (re-checked)
        self.portal = FixturePortal(n_articles=30, spacing_days=1.5)
        self.archive = tmp / "archive"
        self.tmp = tmp

    def crawl(self, server: ReplicaServer, *extra: str) -> subprocess.CompletedProcess[str]:
        path = write_profile(self.portal.profile(server.base_url), self.tmp / "sites")
        return run_cli("crawl", str(path), "--archive", str(self.archive), *extra)


@pytest.fixture(scope="module")
def recrawled(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    state = Recrawl(tmp_path_factory.mktemp("incremental"))
    portal = state.portal
    with ReplicaServer(site=portal.site()) as server:
        first = state.crawl(server, "--quiet")
        mark = len(server.requests)
        portal.edit(2)  # a silent edit of a recent article
        portal.edit(25)  # ... and of an old one (beyond recheck_days: not looked at)
        portal.set_state(3, "deleted")
        portal.set_state(4, "home")
        portal.set_state(5, "soft404")
        portal.set_state(6, "gone")
        new = portal.add()
        second = state.crawl(server)
        requests = server.requests[mark:]
    return {"state": state, "first": first, "second": second, "requests": requests, "new": new}


def test_first_crawl_archives_every_article(recrawled: dict) -> None:
    first, state = recrawled["first"], recrawled["state"]
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout == "" and "Traceback" not in first.stderr  # --quiet: nothing to say
    (crawl,) = rows(state.archive, "select * from crawls where id = 1")
    assert crawl["status"] == "finished" and crawl["articles_new"] == 30
    (count,) = rows(state.archive, "select count(*) n, count(distinct url) d from articles")
    assert count["n"] == count["d"] == 31  # and the one added before the re-crawl


def test_recrawl_fetches_new_articles_and_rechecks_only_recent_ones(recrawled: dict) -> None:
    second, requests = recrawled["second"], recrawled["requests"]
    assert second.returncode == 0, second.stdout + second.stderr
    portal = recrawled["state"].portal
    fetched = {r.path for r in requests if r.path.startswith("/tin-tuc/")}
    recent = {a.path for a in portal.articles if a.index < 20}
    assert fetched == recent | {recrawled["new"].path}
    for r in requests:
        if r.path in recent:
            assert r.headers.get("if-none-match") and r.headers.get("if-modified-since"), r
    not_modified = {r.path for r in requests if r.status == 304}
    assert not_modified == recent - {portal.articles[i].path for i in (2, 3, 4, 5, 6)}


def test_304_is_a_revisit_not_a_new_copy(recrawled: dict) -> None:
    archive = recrawled["state"].archive
    revisits = rows(archive, "select * from captures where crawl_id = 2 and status = 304")
    assert len(revisits) == 15
    assert {r["record_type"] for r in revisits} == {"revisit"}
    assert all(r["payload_digest"] and r["content_length"] == 0 for r in revisits)
    first, second = rows(archive, "select stats_json from crawls order by id")  # tiny pages: 1.3 kB
    added = json.loads(second["stats_json"])["govarchive/warc_bytes"]
    assert added < 0.5 * json.loads(first["stats_json"])["govarchive/warc_bytes"]
    with Archive(archive) as arc:  # the page of an unchanged article still reads back
        url = revisits[0]["url"]
        assert b"class='title'" in arc.raw(url)
    for path in sorted((archive / "warcs").rglob("*.warc.gz")):
        check = subprocess.run(
            [sys.executable, "-c", "from warcio.cli import main; main()", "check", str(path)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert check.returncode == 0, check.stdout + check.stderr


def test_changed_article_gets_a_new_version_and_history_shows_the_diff(recrawled: dict) -> None:
    state = recrawled["state"]
    edited = state.portal.articles[2]
    (article,) = rows(state.archive, "select * from articles where url like ?", f"%{edited.path}")
    assert article["current_version"] == 2
    versions = rows(state.archive, "select * from article_versions where article_id = ?", article["id"])
    assert [v["version"] for v in versions] == [1, 2]
    assert "Bổ sung" not in versions[0]["body"] and "Bổ sung" in versions[1]["body"]
    old = state.portal.articles[25]
    (untouched,) = rows(state.archive, "select * from articles where url like ?", f"%{old.path}")
    assert untouched["current_version"] == 1  # older than recheck_days: not fetched

    shown = run_cli("history", str(article["id"]), "--archive", str(state.archive))
    assert shown.returncode == 0, shown.stderr
    assert "version 1" in shown.stdout and "version 2" in shown.stdout
    assert "+Bổ sung: nội dung được cập nhật sau khi đăng." in shown.stdout
    assert any(line.startswith("-") and "(mã 2-2)" in line for line in shown.stdout.splitlines())
    by_url = run_cli("history", article["url"], "--archive", str(state.archive), "--format", "json")
    assert [v["version"] for v in json.loads(by_url.stdout)["versions"]] == [1, 2]


def test_disappeared_articles_are_marked_removed_and_kept(recrawled: dict) -> None:
    state, second = recrawled["state"], recrawled["second"]
    expected = {3: "http_404", 4: "redirect_home", 5: "soft_404", 6: "http_410"}
    for index, reason in expected.items():
        path = state.portal.articles[index].path
        (article,) = rows(state.archive, "select * from articles where url like ?", f"%{path}")
        assert article["removed_at"], path
        assert article["body"]  # the archived text stays
        (event,) = rows(state.archive, "select * from article_events where article_id = ?", article["id"])
        assert (event["kind"], event["reason"], event["crawl_id"]) == ("removed", reason, 2)
        assert f"removed ({reason}): " in second.stdout and path in second.stdout
    (crawl,) = rows(state.archive, "select * from crawls where id = 2")
    stats = json.loads(crawl["stats_json"])
    assert crawl["articles_removed"] == 4 and stats["govarchive/articles/removed"] == 4
    assert stats["govarchive/articles/new"] == 1
    assert stats["govarchive/articles/changed"] == 1
    assert stats["govarchive/articles/not_modified"] == 15
    for label in ("articles removed", "articles not modified (304)", "articles new"):
        assert label in second.stdout
    shown = run_cli("history", str(article["id"]), "--archive", str(state.archive))
    assert "removed (http_410)" in shown.stdout


def test_each_crawl_has_its_own_log_file(recrawled: dict) -> None:
    state = recrawled["state"]
    logs = rows(state.archive, "select id, log_file from crawls order by id")
    assert [r["log_file"] for r in logs] == ["logs/fixture-portal-1.log", "logs/fixture-portal-2.log"]
    text = (state.archive / "logs" / "fixture-portal-2.log").read_text(encoding="utf-8")
    assert "Crawl 2 of fixture-portal started" in text and "Crawl stats:" in text
    assert "Crawl 1 of" not in text
    assert "Article removed (http_404)" in text
