"""A re-crawl re-checks archived articles of any age whose sitemap <lastmod> is newer than
their last capture (profile ``recheck_lastmod``), besides the recent ones (``recheck_days``)."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import ICT, FixturePortal
from tests.helpers import rows, run_cli, write_profile

RECENT = range(20)  # 30 articles, one every 1.5 days: 0..19 are younger than recheck_days (30)


def crawl_twice(tmp: Path, change, **profile: object) -> dict[str, object]:
    portal = FixturePortal(n_articles=30, spacing_days=1.5, traps=False, sitemap=True)
    archive = tmp / "archive"

    def crawl(server: ReplicaServer) -> subprocess.CompletedProcess[str]:
        path = write_profile(portal.profile(server.base_url, **profile), tmp / "sites")
        return run_cli("crawl", str(path), "--archive", str(archive))

    with ReplicaServer(site=portal.site()) as server:
        first = crawl(server)
        assert first.returncode == 0, first.stdout + first.stderr
        mark = len(server.requests)
        change(portal)
        second = crawl(server)
        requests = server.requests[mark:]
    (stats,) = rows(archive, "select stats_json from crawls where id = 2")
    return {"portal": portal, "archive": archive, "first": first, "second": second,
            "requests": requests, "stats": json.loads(stats["stats_json"])}  # fmt: skip


def edit_and_touch(portal: FixturePortal) -> None:
    portal.edit(25, lastmod=True)  # an old article edited, lastmod bumped: re-checked
    portal.edit(26)  # an old article edited silently: not looked at
    portal.set_lastmod(27, datetime.now(ICT).date().isoformat())  # today, no time: re-checked
    published = portal.articles[29].published.date()
    portal.set_lastmod(29, published.isoformat())  # a day before the capture: not re-checked
    portal.set_lastmod(24, "không rõ")  # junk: counted, ignored
    portal.set_lastmod(23, "2024-02-30")  # no such day: junk too
    portal.set_lastmod(22, None)  # no lastmod at all: nothing to compare
    portal.edit(2, lastmod=True)  # recent: re-checked by age already, not twice


@pytest.fixture(scope="module")
def touched(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return crawl_twice(tmp_path_factory.mktemp("lastmod"), edit_and_touch)


def article_requests(result: dict) -> dict[str, list]:
    found: dict[str, list] = {}
    for r in result["requests"]:
        if r.path.startswith("/tin-tuc/"):
            found.setdefault(r.path, []).append(r)
    return found


def article(result: dict, index: int):
    path = result["portal"].articles[index].path
    (row,) = rows(result["archive"], "select * from articles where url like ?", f"%{path}")
    return row


def test_newer_lastmod_rechecks_old_articles_once_each(touched: dict) -> None:
    second = touched["second"]
    assert second.returncode == 0, second.stdout + second.stderr  # junk lastmod fails nothing
    portal = touched["portal"]
    fetched = article_requests(touched)
    expected = {portal.articles[i].path for i in [*RECENT, 25, 27]}
    assert set(fetched) == expected
    assert all(len(requests) == 1 for requests in fetched.values())  # article 2 too
    for path, (request,) in fetched.items():
        headers = request.headers
        assert headers.get("if-none-match") and headers.get("if-modified-since"), path
    assert fetched[portal.articles[25].path][0].status == 200  # edited
    assert fetched[portal.articles[27].path][0].status == 304  # lastmod bumped, same page


def test_lastmod_rechecks_are_counted_and_summarised(touched: dict) -> None:
    stats, second = touched["stats"], touched["second"]
    assert stats["govarchive/articles/rechecked_lastmod"] == 2
    assert stats["govarchive/articles/rechecked"] == len(RECENT) + 2
    assert stats["govarchive/sitemap/lastmod_unparsed"] == 2
    assert stats["govarchive/articles/changed"] == 2  # 2 (by age) and 25 (by lastmod)
    assert stats["govarchive/articles/not_modified"] == len(RECENT) - 1 + 1  # 27 included
    assert not [k for k in stats if k.startswith("govarchive/errors/")]
    (crawl,) = rows(touched["archive"], "select status from crawls where id = 2")
    assert crawl["status"] == "finished"
    for label in ("re-checked: sitemap lastmod newer", "sitemap lastmod not a date"):
        assert re.search(rf"{label}\s*│\s*2\s*│", second.stdout), second.stdout
    log = (touched["archive"] / "logs" / "fixture-portal-2.log").read_text(encoding="utf-8")
    assert "2 archived article(s) with a newer lastmod re-checked, 2 lastmod value(s) not" in log


def test_old_article_with_newer_lastmod_gets_its_new_version(touched: dict) -> None:
    edited = article(touched, 25)
    assert edited["current_version"] == 2 and "Bổ sung" in edited["body"]
    versions = rows(touched["archive"], "select version, crawl_id from article_versions "
                    "where article_id = ? order by version", edited["id"])  # fmt: skip
    assert [(v["version"], v["crawl_id"]) for v in versions] == [(1, 1), (2, 2)]
    silent = article(touched, 26)  # edited too, but neither recent nor announced
    assert silent["current_version"] == 1 and "Bổ sung" not in silent["body"]
    for index in (22, 23, 24, 28, 29):  # no lastmod, junk, not newer
        assert article(touched, index)["current_version"] == 1
    unchanged = article(touched, 27)  # the 304 moved last_seen: the next crawl will not ask
    assert unchanged["last_seen"] > article(touched, 29)["last_seen"]


def test_option_off_rechecks_by_age_only(tmp_path: Path) -> None:
    def change(portal: FixturePortal) -> None:
        portal.edit(25, lastmod=True)
        portal.set_lastmod(24, "không rõ")

    result = crawl_twice(tmp_path, change, recheck_lastmod=False)
    assert result["second"].returncode == 0, result["second"].stdout + result["second"].stderr
    portal, stats = result["portal"], result["stats"]
    assert set(article_requests(result)) == {portal.articles[i].path for i in RECENT}
    assert stats["govarchive/articles/rechecked"] == len(RECENT)
    assert "govarchive/articles/rechecked_lastmod" not in stats
    assert "govarchive/sitemap/lastmod_unparsed" not in stats
    assert article(result, 25)["current_version"] == 1


def test_one_lastmod_stamped_on_every_entry_is_ignored(tmp_path: Path) -> None:
    def stamp_all(portal: FixturePortal) -> None:  # a CMS writing "now" on every entry
        now = datetime.now(ICT).replace(microsecond=0).isoformat()
        for index in range(len(portal.articles)):
            portal.set_lastmod(index, now)

    result = crawl_twice(tmp_path, stamp_all)
    second, portal, stats = result["second"], result["portal"], result["stats"]
    assert second.returncode == 0, second.stdout + second.stderr
    assert set(article_requests(result)) == {portal.articles[i].path for i in RECENT}
    assert stats["govarchive/sitemap/lastmod_uniform"] == 1
    assert "govarchive/articles/rechecked_lastmod" not in stats
    assert re.search(r"sitemaps with one lastmod for all\s*│\s*1\s*│", second.stdout)
    log = (result["archive"] / "logs" / "fixture-portal-2.log").read_text(encoding="utf-8")
    assert "its lastmod values are ignored" in log
