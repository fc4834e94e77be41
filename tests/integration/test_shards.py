"""Shards on real crawls of loopback sites: merged shards equal one archive that crawled it all;
a shard started from the central archive's job state crawls exactly as incrementally as the
central archive would; a shard left by a killed crawl is repaired, merged, and the site crawled
again elsewhere loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from archive import Archive
from archive.chrome import load_chrome
from archive.history import archived_rechecks, recheck_candidates, resumed_crawls
from archive.merge import merge_shard
from archive.store import ArchiveWriter
from archive.verify import verify_archive
from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import run_cli, write_profile
from tests.integration.test_resume import CAPTURES, crawl_and_kill


def crawl(profile: Path, archive: Path) -> None:
    result = run_cli("crawl", str(profile), "--archive", str(archive), "--quiet")
    assert result.returncode == 0, result.stdout + result.stderr


def query(archive: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return [tuple(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


def content(archive: Path, *, times: bool = True) -> dict[str, Any]:
    """What an archive holds, without ids, file names and (``times=False``) fetch times."""
    when = "a.first_seen, a.last_seen, " if times else ""
    return {
        "articles": sorted(query(archive, (
            f"SELECT a.site_id, a.url, a.title, a.body, a.lead, a.author, a.published_at, {when}"
            "a.content_hash, a.current_version, a.removed_at IS NOT NULL, a.word_count, "
            "a.images_json, c.url, c.status, c.payload_digest FROM articles a "
            "LEFT JOIN captures c ON c.id = a.capture_id"))),
        "versions": sorted(query(archive, "SELECT a.url, v.version, v.content_hash, v.title "
                                 "FROM article_versions v JOIN articles a ON a.id = v.article_id")),
        "captures": Counter(query(archive, "SELECT site_id, url, method, status, record_type, "
                                  "payload_digest, content_length, error IS NULL FROM captures")),
        "images": sorted(query(archive, "SELECT a.url, i.src, i.caption FROM images i "
                               "JOIN articles a ON a.id = i.article_id")),
        "attachments": sorted(query(archive, "SELECT a.url, t.url, t.title, c.url FROM "
                                    "attachments t JOIN articles a ON a.id = t.article_id "
                                    "LEFT JOIN captures c ON c.id = t.capture_id")),
        "events": sorted(query(archive, "SELECT a.url, e.kind, e.reason FROM article_events e "
                               "JOIN articles a ON a.id = e.article_id")),
        "failures": Counter(query(archive, "SELECT site_id, url, reason FROM failures")),
        "chrome": sorted(query(archive, "SELECT site_id, kind, text FROM site_chrome")),
        "crawls": sorted(query(archive, "SELECT site_id, status, pages, articles_new, "
                               "articles_changed, articles_removed, errors FROM crawls "
                               "WHERE imported_from IS NULL")),
        "search": {word: sorted(h.url for h in Archive(archive).search(word, limit=100))
                   for word in ("hoi nghi", "can bo", "bo sung")},
    }  # fmt: skip


def test_two_shards_merged_equal_one_archive_that_crawled_both(tmp_path: Path) -> None:
    portals = {"fixture-a": FixturePortal(n_articles=12, traps=False),
               "fixture-b": FixturePortal(n_articles=7, traps=False, sitemap=True)}  # fmt: skip
    single, central = tmp_path / "single", tmp_path / "central"
    with ReplicaServer(site=portals["fixture-a"].site()) as a, \
            ReplicaServer(site=portals["fixture-b"].site()) as b:  # fmt: skip
        for site, server in (("fixture-a", a), ("fixture-b", b)):
            profile = write_profile(portals[site].profile(server.base_url, id=site), tmp_path / "sites")
            crawl(profile, tmp_path / f"shard-{site}")
            crawl(profile, single)
    for site in portals:
        assert verify_archive(tmp_path / f"shard-{site}").ok
    Archive(central, create=True).close()
    progress: list[tuple[str, int, int]] = []
    for site in portals:
        report = merge_shard(central, tmp_path / f"shard-{site}",
                             progress=lambda *p: progress.append(p))  # fmt: skip
        assert report.added["articles"] == {"fixture-a": 12, "fixture-b": 7}[site]
    assert ("articles", 12, 12) in progress and ("articles", 7, 7) in progress

    assert content(central, times=False) == content(single, times=False)
    report = verify_archive(central)
    assert report.ok, [str(p) for p in report.problems]
    assert report.captures_checked == query(single, "SELECT COUNT(*) FROM captures")[0][0]
    assert not report.missing_indexes  # the shards' CDXJ indexes came along
    with Archive(central) as archive:  # every article reads back from its merged WARC
        for (url,) in query(central, "SELECT url FROM articles"):
            assert b"<html" in archive.raw(url).lower()
    logs = query(central, "SELECT log_file FROM crawls")
    assert all((central / log).is_file() for (log,) in logs)

    before = content(central)
    for site in portals:  # merging again adds nothing
        again = merge_shard(central, tmp_path / f"shard-{site}")
        assert not again.changed and sorted(again.files_present) == sorted(
            p.relative_to(tmp_path / f"shard-{site}").as_posix()
            for p in (tmp_path / f"shard-{site}" / "warcs").rglob("*.warc.gz"))
    assert content(central) == before


def test_a_shard_started_from_the_job_state_crawls_as_the_central_archive_would(
    tmp_path: Path,
) -> None:
    portal = FixturePortal(n_articles=20, spacing_days=1.5, traps=False)
    central, reference, shard = tmp_path / "central", tmp_path / "reference", tmp_path / "shard"
    state = tmp_path / "fixture-portal.jsonl.gz"
    with ReplicaServer(site=portal.site()) as server:
        profile = write_profile(portal.profile(server.base_url), tmp_path / "sites")
        crawl(profile, central)
        shutil.copytree(central, reference)  # the central archive crawling on its own
        with Archive(central) as archive:
            archive.export_state("fixture-portal", state)
        with Archive(shard, create=True) as archive:
            archive.import_state(state)

        # the shard answers every question the crawl asks exactly as the central archive
        now = datetime.now(UTC)
        answers = []
        for folder in (central, shard):
            with Archive(folder) as archive:
                db, site = archive.db, "fixture-portal"
                answers.append((
                    ArchiveWriter(db).known_article_urls(site),
                    recheck_candidates(db, site, 10_000, now, skip_crawls=resumed_crawls(db, site)),
                    archived_rechecks(db, site), resumed_crawls(db, site), load_chrome(db, site),
                    [db.execute("SELECT warc_record_id, fetched_at FROM captures WHERE url = ? AND "
                                "payload_digest = ? AND record_type = 'response' AND "
                                "warc_record_id IS NOT NULL ORDER BY id DESC LIMIT 1",
                                [url, digest]).fetchone()
                     for url, digest in db.execute(
                         "SELECT url, payload_digest FROM captures WHERE id IN (SELECT MAX(id) "
                         "FROM captures WHERE record_type = 'response' GROUP BY url)").fetchall()],
                ))  # fmt: skip
        assert answers[0] == answers[1]
        assert answers[0][1] and answers[0][4].lines  # re-checks and learned chrome to compare

        portal.edit(2)
        portal.set_state(3, "deleted")
        portal.set_state(4, "soft404")
        portal.add()
        requests = []
        for folder in (reference, shard):
            mark = len(server.requests)
            crawl(profile, folder)
            requests.append(Counter(
                (r.path, r.status, r.headers.get("if-none-match"), r.headers.get("if-modified-since"))
                for r in server.requests[mark:]))  # fmt: skip
    assert requests[0] == requests[1]
    assert sum(n for (_, status, *_), n in requests[0].items() if status == 304) >= 10
    report = verify_archive(shard)
    assert report.ok and report.captures_imported > 0, [str(p) for p in report.problems]

    merged = merge_shard(central, shard)
    assert merged.added["articles"] == 1 and merged.added["article_versions"] == 2
    assert merged.unresolved == 0 and merged.conflicts == 0
    assert content(central, times=False) == content(reference, times=False)
    assert verify_archive(central).ok


def test_a_killed_shard_is_repaired_merged_and_the_site_crawled_again_elsewhere(
    tmp_path: Path,
) -> None:
    portal = FixturePortal(n_articles=24, traps=False)
    central = tmp_path / "central"
    Archive(central, create=True).close()
    with ReplicaServer(site=portal.site()) as server:
        profile = portal.profile(server.base_url, politeness={"delay": 0.02, "concurrency": 1,
                                                              "autothrottle": False})  # fmt: skip
        path = write_profile(profile, tmp_path / "sites")
        crawl_and_kill(path, tmp_path / "node-1", CAPTURES, 12)  # the node dies mid-crawl
        assert not verify_archive(tmp_path / "node-1").ok  # a WARC left open
        repaired = verify_archive(tmp_path / "node-1", repair=True)
        assert repaired.recovered and repaired.ok, [str(p) for p in repaired.problems]
        merge_shard(central, tmp_path / "node-1")
        with Archive(central) as archive:  # the lease expired: another node, from the state
            archive.export_state(profile.id, tmp_path / "state.jsonl.gz")
        with Archive(tmp_path / "node-2", create=True) as archive:
            archive.import_state(tmp_path / "state.jsonl.gz")
        crawl(path, tmp_path / "node-2")
    merge_shard(central, tmp_path / "node-2")
    articles = query(central, "SELECT url FROM articles")
    assert sorted(urlsplit(u).path for (u,) in articles) == sorted(a.path for a in portal.articles)
    assert query(central, "SELECT COUNT(*) FROM article_versions") == [(24,)]
    assert [s for (s,) in query(central, "SELECT status FROM crawls ORDER BY id")] == [
        "interrupted", "finished"]
    report = verify_archive(central)
    assert report.ok, [str(p) for p in report.problems]
