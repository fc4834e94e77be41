"""A re-crawl fetches only what is new, re-checks recent articles conditionally, and keeps history."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from archive import Archive
from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import rows, run_cli, write_profile
from tests.receivers import receiver, silent

ATOM = "{http://www.w3.org/2005/Atom}"


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
        # the re-crawl's changes go to three receivers: one accepts, one fails first, one
        # never answers
        with receiver(202) as good, receiver(503, 200) as flaky, silent() as dead:
            second = state.crawl(
                server, "-s", f"GOVARCHIVE_NOTIFY={good.url} {flaky.url},{dead}",
                "-s", "GOVARCHIVE_NOTIFY_TIMEOUT=0.5", "-s", "GOVARCHIVE_NOTIFY_RETRIES=2",
                "-s", "GOVARCHIVE_NOTIFY_BACKOFF=0.05",
            )  # fmt: skip
        requests = server.requests[mark:]
    return {"state": state, "first": first, "second": second, "requests": requests, "new": new,
            "receivers": (good, flaky, dead)}  # fmt: skip


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


# --- watching: notifications, feeds, `changes` (issue 15) -------------------------------------


def test_the_recrawl_sent_its_changes_and_recorded_the_receiver_that_never_answered(
    recrawled: dict,
) -> None:
    state, second = recrawled["state"], recrawled["second"]
    good, flaky, dead = recrawled["receivers"]
    assert second.returncode == 0, second.stdout + second.stderr
    (payload,) = good.received
    assert flaky.received == [payload] and flaky.calls == 2  # a 503, then delivered
    assert (payload["event"], payload["site_id"], payload["crawl_id"], payload["status"]) == (
        "crawl_finished", "fixture-portal", 2, "finished")  # fmt: skip
    assert payload["counts"] == {"new": 1, "changed": 1, "unchanged": 0, "removed": 4,
                                 "restored": 0}  # fmt: skip
    kinds = sorted(kind for change in payload["changes"] for kind in change["kinds"])
    assert kinds == ["edited", "removed", "removed", "removed", "removed"]
    edited = next(c for c in payload["changes"] if c["kinds"] == ["edited"])
    assert edited["url"].endswith(state.portal.articles[2].path)
    assert "{+Bổ sung: nội dung được cập nhật sau khi đăng.+}" in edited["diff"]
    assert edited["uid"] == f"article/{edited['article_id']}/v2" and edited["previous_capture_id"]
    (failure,) = rows(state.archive, "select * from failures where reason = 'notify_failed'")
    assert (failure["url"], failure["crawl_id"]) == (dead, 2)
    assert failure["detail"].startswith("3 attempt(s): ")
    (crawl,) = rows(state.archive, "select * from crawls where id = 2")
    stats = json.loads(crawl["stats_json"])
    assert crawl["status"] == "finished"  # never failed by its notifications
    assert (stats["govarchive/notify/delivered"], stats["govarchive/notify/failed"]) == (2, 1)
    assert "notifications: delivered" in second.stdout and "notifications: failed" in second.stdout
    log = (state.archive / "logs" / "fixture-portal-2.log").read_text(encoding="utf-8")
    assert f"could not be sent to {dead} after 3 attempt(s)" in log


def test_each_crawl_writes_valid_feeds_with_stable_entry_ids(recrawled: dict) -> None:
    archive = recrawled["state"].archive
    folder = archive / "feeds"
    assert sorted(p.name for p in folder.iterdir()) == ["all.atom", "fixture-portal.atom"]
    written = {p.name: p.read_bytes() for p in folder.iterdir()}
    for data in written.values():
        feed = etree.fromstring(data)
        assert feed.tag == f"{ATOM}feed"
        for name in ("id", "title", "updated"):  # RFC 4287: required of a feed and an entry
            assert feed.find(f"{ATOM}{name}").text
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 5
        for entry in entries:
            assert all(entry.find(f"{ATOM}{n}").text for n in ("id", "title", "updated"))
            (alternate,) = [x for x in entry.findall(f"{ATOM}link") if x.get("rel") == "alternate"]
            assert alternate.get("href").startswith("http://127.0.0.1:")
        ids = [e.find(f"{ATOM}id").text for e in entries]
        assert len(set(ids)) == 5 and all(i.startswith("tag:govarchive,2024:article/") for i in ids)
    with Archive(archive) as arc:
        arc.write_feeds()  # again: the same bytes, the same entry ids
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == written
    atom = run_cli("changes", "--archive", str(archive), "--format", "atom")
    ids = [e.find(f"{ATOM}id").text for e in etree.fromstring(atom.stdout.encode()).iter(f"{ATOM}entry")]
    assert ids == [e.find(f"{ATOM}id").text
                   for e in etree.fromstring(written["all.atom"]).iter(f"{ATOM}entry")]  # fmt: skip


def test_changes_lists_every_change_with_a_word_diff(recrawled: dict) -> None:
    archive = recrawled["state"].archive
    table = run_cli("changes", "--archive", str(archive))
    assert table.returncode == 0, table.stderr
    assert "5 change(s)" in table.stdout and "{+Bổ sung" in table.stdout
    removed = run_cli("changes", "--archive", str(archive), "--kind", "removed", "--format", "jsonl")
    found = [json.loads(line) for line in removed.stdout.splitlines()]
    assert sorted(c["reason"] for c in found) == ["http_404", "http_410", "redirect_home", "soft_404"]
    assert all(c["kinds"] == ["removed"] and c["site_id"] == "fixture-portal" for c in found)
    page = run_cli("changes", "--archive", str(archive), "--kind", "edited", "--format", "html")
    assert "<ins>Bổ sung: nội dung được cập nhật sau khi đăng.</ins>" in page.stdout
    assert "<script" not in page.stdout
    bad = run_cli("changes", "--archive", str(archive), "--since", "last week")
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
    assert bad.stderr.strip().splitlines()[-1].startswith("Error: since")
