"""Traps end on their own, with every real article archived; robots.txt's Crawl-delay is honoured."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import rows, run_cli, write_profile


def test_endless_calendar_and_other_traps_end_with_every_article_archived(tmp_path: Path) -> None:
    # 40 articles over 4 months; the listing shows the newest 10 only, so the other 30 are
    # reachable through the (endless) calendar alone. No depth or page limit.
    portal = FixturePortal(n_articles=40, listed=10, spacing_days=3)
    with ReplicaServer(site=portal.site()) as server:
        profile = portal.profile(server.base_url)
        assert profile.limits.depth is None and profile.limits.max_pages is None
        path = write_profile(profile, tmp_path / "sites")
        result = run_cli("crawl", str(path), "--archive", str(tmp_path / "a"), timeout=240)
        requests = list(server.requests)
    assert result.returncode == 0, result.stdout + result.stderr  # ended on its own, cleanly
    stored = {urlsplit(r["url"]).path for r in rows(tmp_path / "a", "select url from articles")}
    assert stored == {a.path for a in portal.articles}

    months = {(int(q["nam"]), int(q["thang"])) for r in requests if r.path.startswith("/lich?")
              for q in [dict(parse_qsl(urlsplit(r.path).query))]}  # fmt: skip
    with_articles = {(a.published.year, a.published.month) for a in portal.articles}
    assert with_articles <= months
    assert len(months) <= len(with_articles) + 2 * 5  # a few barren months either side
    assert max(p.count("chuyen-muc") for p in (r.path for r in requests)) <= 2
    assert max(len(parse_qsl(urlsplit(r.path).query)) for r in requests) <= 6
    assert len(requests) < 200

    (crawl,) = rows(tmp_path / "a", "select stats_json from crawls")
    stats = json.loads(crawl["stats_json"])
    for kind in ("calendar_barren", "repeated_segment", "query_explosion"):
        assert stats.get(f"govarchive/trap/{kind}", 0) > 0, kind
    assert stats["finish_reason"] == "finished"
    assert "trap links not followed: calendar_barren" in result.stdout


def test_crawl_delay_user_agent_and_robots_are_honoured(tmp_path: Path) -> None:
    portal = FixturePortal(n_articles=4, crawl_delay=0.4, traps=False)
    with ReplicaServer(site=portal.site()) as server:
        path = write_profile(portal.profile(server.base_url), tmp_path / "sites")
        result = run_cli("crawl", str(path), "--archive", str(tmp_path / "a"))
        requests = list(server.requests)
    assert result.returncode == 0, result.stdout + result.stderr
    assert all("/admin" not in r.path for r in requests)
    assert all("govarchive/" in r.headers["user-agent"] and "mailto:" in r.headers["user-agent"]
               for r in requests)  # fmt: skip
    after_robots = [r for r in requests if r.path != "/robots.txt"]
    assert len(after_robots) >= 6
    gaps = [b.time - a.time for a, b in itertools.pairwise(after_robots)]
    assert min(gaps) >= 0.4 * 0.9, gaps  # profile delay 0, robots.txt says 0.4 s
    (crawl,) = rows(tmp_path / "a", "select stats_json from crawls")
    assert json.loads(crawl["stats_json"])["govarchive/robots/crawl_delay"] == 0.4
