"""crawler/fleet.py: one `run-due --fleet` pass over simulated Scrapyd nodes and real archives:
what it merges, renews, takes back, expires, schedules and skips, and its exit code."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import Archive, jobstate, leases
from archive.errors import ArchiveError
from archive.store import ArchiveWriter
from config.fleet import FleetConfig, ScrapydNode, fleet_from_dict
from config.profile import SiteProfile
from crawler.fleet import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, fleet_pass, shard_folder
from crawler.remote import NodeStatus, ScrapydError


@dataclass
class Node:
    up: bool = True
    jobs: dict[str, str] = field(default_factory=dict)  # job id -> state
    scheduled: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    refuse: bool = False


class FakeNodes:
    """Scrapyd nodes in memory: jobs are what the test says they are."""

    def __init__(self, *names: str) -> None:
        self.nodes = {name: Node() for name in names}
        self.log: list[tuple[str, str, str, dict[str, str]]] = []  # every job, in order

    def _node(self, node: ScrapydNode) -> Node:
        found = self.nodes[node.name]
        if not found.up:
            raise ScrapydError(f"Scrapyd at {node.url}: daemonstatus.json: connection refused")
        return found

    def status(self, node: ScrapydNode) -> NodeStatus:
        jobs = self._node(node).jobs.values()
        return NodeStatus(sum(s == "pending" for s in jobs), sum(s == "running" for s in jobs),
                          sum(s == "finished" for s in jobs))  # fmt: skip

    def jobs(self, node: ScrapydNode) -> dict[str, str]:
        return dict(self._node(node).jobs)

    def schedule(self, node: ScrapydNode, site_id: str, job_id: str, settings: dict[str, str]) -> str:
        found = self._node(node)
        if found.refuse:
            raise ScrapydError(f"Scrapyd at {node.url}: schedule.json: spider '{site_id}' not found")
        found.jobs[job_id] = "pending"
        found.scheduled.append((site_id, job_id, settings))
        self.log.append((site_id, node.name, job_id, settings))
        return job_id

    def job_of(self, site: str) -> tuple[str, str, dict[str, str]]:
        """(node, job, settings) of the site's latest job."""
        return [(name, job, settings) for s, name, job, settings in self.log if s == site][-1]


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC).replace(microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def profile(site: str, **extra: Any) -> SiteProfile:
    return SiteProfile.model_validate({"id": site, "name": site, "base_url": f"https://{site}.gov.vn/",
                                       **extra})  # fmt: skip


def fleet_for(tmp_path: Path, capacity: int = 1, **extra: Any) -> FleetConfig:
    return fleet_from_dict({
        "nodes": [{"name": "crawl-1", "url": "http://127.0.0.1:1/", "max_crawls": capacity},
                  {"name": "crawl-2", "url": "http://127.0.0.1:2/", "max_crawls": capacity}],
        "shards_dir": str(tmp_path / "shards"), "lease_minutes": 10,
        "settings": {"GOVARCHIVE_EXTRACT_WORKERS": 1}, **extra,
    })  # fmt: skip


def deliver(folder: Path, site: SiteProfile, at: datetime, status: str = "finished",
            **stats: Any) -> None:  # fmt: skip
    """What a node's job leaves in its shard folder: an archive with one crawl of the site."""
    with Archive(folder, create=True) as arc:
        writer = ArchiveWriter(arc.db, clock=lambda: at)
        with writer.transaction():
            writer.upsert_site(site)
            crawl = writer.start_crawl(site.id, "test", {"max_pages": stats.pop("max_pages", 0)})
            if status != "running":
                writer.finish_crawl(crawl, status, {"govarchive/pages": 3, **stats}, [])


def crawls(central: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(central / "archive.db")
    try:
        return conn.execute("SELECT site_id, status FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Clock, FakeNodes]:
    return tmp_path / "central", Clock(), FakeNodes("crawl-1", "crawl-2")


def test_a_pass_spreads_due_sites_merges_finished_jobs_and_renews_running_ones(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path)
    sites = [profile(f"site-{n}") for n in "abcd"]

    first = fleet_pass(central, fleet, sites, client=nodes, now=clock)
    placed = {e.site: e.node for e in first.of("scheduled")}
    assert sorted(placed.values()) == ["crawl-1", "crawl-2"]  # one slot each
    assert len(first.of("waiting")) == 2 and first.exit_code == EXIT_OK
    with Archive(central) as arc:
        held = leases.live_leases(arc.db, now=clock())
    assert {s: (lease.node, lease.job_id) for s, lease in held.items()} == {
        s: (n, nodes.job_of(s)[1]) for s, n in placed.items()}
    site, (node, job, settings) = next(iter(placed)), nodes.job_of(next(iter(placed)))
    assert settings == {"GOVARCHIVE_EXTRACT_WORKERS": "1", "CLOSESPIDER_PAGECOUNT": "10000",
                        "GOVARCHIVE_ARCHIVE_DIR": str(shard_folder(fleet, site, job))}  # a first crawl: no state

    clock.advance(minutes=5)  # both running: renewed, nothing new (no free slot)
    for name in placed.values():
        nodes.nodes[name].jobs = {j: "running" for j in nodes.nodes[name].jobs}
    second = fleet_pass(central, fleet, sites, client=nodes, now=clock)
    assert sorted(e.site for e in second.of("renewed")) == sorted(placed)
    assert not second.of("scheduled") and len(second.of("waiting")) == 2

    done, other = sorted(placed)
    node, job, _ = nodes.job_of(done)
    deliver(shard_folder(fleet, done, job), profile(done), clock())
    nodes.nodes[node].jobs[job] = "finished"
    clock.advance(minutes=1)
    third = fleet_pass(central, fleet, sites, client=nodes, now=clock)
    (merged,) = third.of("merged")
    assert (merged.site, merged.node, merged.job) == (done, node, job)
    assert list(merged.data["crawls"].values()) == ["finished"] and "released_at" in merged.data
    assert crawls(central) == [(done, "finished")]
    assert not shard_folder(fleet, done, job).exists()  # merged shards are removed
    (started,) = third.of("scheduled")  # the freed slot goes to a waiting site
    assert started.node == node and started.site not in placed
    with Archive(central) as arc:
        assert set(leases.live_leases(arc.db, now=clock())) == {other, started.site}

    # the merged site is not due again; a job of it would now carry its state
    fourth = fleet_pass(central, fleet, sites, client=nodes, now=clock)
    assert done not in {e.site for e in fourth.of("scheduled") + fourth.of("waiting")}


def test_a_dead_node_s_lease_expires_its_shard_is_repaired_merged_and_the_site_moves(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path, capacity=2)
    site = profile("site-a")
    fleet_pass(central, fleet, [site], client=nodes, now=clock)
    node, job, _ = nodes.job_of("site-a")
    other = ({"crawl-1", "crawl-2"} - {node}).pop()
    deliver(shard_folder(fleet, "site-a", job), site, clock(), status="running")  # killed mid-crawl
    nodes.nodes[node].up = False

    clock.advance(minutes=5)  # the node is down, its lease still live: kept, nothing moves
    held = fleet_pass(central, fleet, [site], client=nodes, now=clock)
    assert [e.kind for e in held.events] == ["node-down", "held"]
    assert held.exit_code == EXIT_PARTIAL

    clock.advance(minutes=6)  # past the lease: expired, shard merged as interrupted, crawled elsewhere
    moved = fleet_pass(central, fleet, [site], client=nodes, now=clock)
    assert [e.kind for e in moved.events] == ["node-down", "expired", "merged", "scheduled"]
    assert moved.of("merged")[0].data["crawls"] == {"1": "interrupted"}
    assert crawls(central) == [("site-a", "interrupted")]
    (scheduled,) = moved.of("scheduled")
    assert scheduled.node == other and "continued" in scheduled.detail
    _, job2, settings = nodes.job_of("site-a")
    state = Path(settings["GOVARCHIVE_JOB_STATE"])  # the job carries what the site knows
    assert state.parent == shard_folder(fleet, "site-a", job2) and state.is_file()
    assert moved.exit_code == EXIT_PARTIAL  # a node down, an interrupted crawl merged


def test_a_lapsed_lease_whose_job_still_runs_is_taken_back(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path)
    fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    node, job, _ = nodes.job_of("site-a")
    nodes.nodes[node].jobs[job] = "running"
    clock.advance(minutes=30)  # no pass ran for longer than the lease
    report = fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    assert [e.kind for e in report.events] == ["revived"]
    with Archive(central) as arc:
        lease = leases.get(arc.db, "site-a")
    assert lease is not None and lease.job_id == job and lease.live(clock())


def test_a_failed_schedule_releases_the_lease_and_a_fleet_with_no_node_up_fails(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path)
    nodes.nodes["crawl-1"].refuse = nodes.nodes["crawl-2"].refuse = True
    report = fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    (error,) = report.of("error")
    assert "not scheduled" in error.detail and "spider 'site-a' not found" in error.detail
    assert report.exit_code == EXIT_PARTIAL
    with Archive(central) as arc:
        assert leases.get(arc.db, "site-a") is None
    assert not any((tmp_path / "shards").rglob("*.gz"))  # its job folder is gone too

    for node in nodes.nodes.values():
        node.up = False
    down = fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    assert [e.kind for e in down.events] == ["node-down", "node-down", "waiting"]
    assert down.exit_code == EXIT_FAILED


def test_a_crawl_stopped_at_the_job_page_limit_is_continued_by_the_next_job(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path, job_pages=50)
    big, capped = profile("site-big"), profile("site-capped", limits={"max_pages": 20})
    fleet_pass(central, fleet, [big, capped], client=nodes, now=clock)
    assert "CLOSESPIDER_PAGECOUNT" not in nodes.job_of("site-capped")[2]  # its own limit is lower
    assert nodes.job_of("site-big")[2]["CLOSESPIDER_PAGECOUNT"] == "50"
    for site, limit in ((big, 50), (capped, 20)):
        node, job, _ = nodes.job_of(site.id)
        deliver(shard_folder(fleet, site.id, job), site, clock(), status="partial",
                finish_reason="closespider_pagecount", max_pages=limit)  # fmt: skip
        nodes.nodes[node].jobs[job] = "finished"
    clock.advance(minutes=1)
    report = fleet_pass(central, fleet, [big, capped], client=nodes, now=clock)
    assert sorted(e.site for e in report.of("merged")) == ["site-big", "site-capped"]
    (again,) = report.of("scheduled")  # the fleet's limit stopped it: go on; the profile's: done
    assert again.site == "site-big" and "continued" in again.detail
    assert report.exit_code == EXIT_PARTIAL  # site-capped's crawl is partial (its own limit)


def test_a_shard_that_cannot_be_merged_is_kept_and_named(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path)
    fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    node, job, _ = nodes.job_of("site-a")
    folder = shard_folder(fleet, "site-a", job)
    deliver(folder, profile("site-a"), clock())
    (folder / "archive.db").write_bytes(b"not a database at all" * 100)
    nodes.nodes[node].jobs[job] = "finished"
    report = fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    (error,) = report.of("error")
    assert f"shard {folder} not merged" in error.detail and "govarchive merge" in error.detail
    assert folder.is_dir() and report.exit_code == EXIT_PARTIAL


def test_a_job_that_crawled_nothing_is_an_error_naming_its_log(
    tmp_path: Path, setup: tuple[Path, Clock, FakeNodes]
) -> None:
    central, clock, nodes = setup
    fleet = fleet_for(tmp_path)
    fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    node, job, _ = nodes.job_of("site-a")
    Archive(shard_folder(fleet, "site-a", job), create=True).close()  # refused at the start
    nodes.nodes[node].jobs[job] = "finished"
    report = fleet_pass(central, fleet, [profile("site-a")], client=nodes, now=clock)
    (error,) = report.of("error")
    assert f"logs/govarchive/site-a/{job}.log" in error.detail and report.exit_code == EXIT_PARTIAL
    assert [e.site for e in report.of("scheduled")] == ["site-a"]  # still due: tried again


def test_a_bad_fleet_file_stops_run_due_with_one_line(tmp_path: Path) -> None:
    from tests.helpers import run_cli

    bad = tmp_path / "fleet.yaml"
    bad.write_text("nodes:\n  - name: crawl-1\n    url: crawl-1:6800\nshards_dir: /srv/shards\n",
                   encoding="utf-8")  # fmt: skip
    done = run_cli("run-due", "--fleet", str(bad), "--archive", str(tmp_path / "central"))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.strip() == (f"Error: {bad}: invalid fleet file: field 'nodes.0.url': "
                                   "'crawl-1:6800' is not an http(s) URL")  # fmt: skip
    assert not (tmp_path / "central").exists()  # nothing was started or created


def test_a_shard_starts_from_its_state_once(tmp_path: Path) -> None:
    site = SiteProfile.model_validate({"id": "site-a", "name": "A", "base_url": "https://a.gov.vn/"})
    with Archive(tmp_path / "central", create=True) as central:
        writer = ArchiveWriter(central.db)
        with writer.transaction():
            writer.upsert_site(site)
            crawl = writer.start_crawl("site-a", "test", {})
            writer.finish_crawl(crawl, "finished", {}, [])
        central.export_state("site-a", tmp_path / "state.jsonl.gz")
    bad = tmp_path / "bad.jsonl.gz"
    bad.write_bytes(b"not gzip")
    with pytest.raises(ArchiveError, match="not a readable job state file"):
        jobstate.start_shard(tmp_path / "shard", bad)
    summary = jobstate.start_shard(tmp_path / "shard", tmp_path / "state.jsonl.gz")  # after a bad one, fine
    assert summary is not None and summary.rows["crawls"] == 1
    assert jobstate.start_shard(tmp_path / "shard", tmp_path / "state.jsonl.gz") is None  # job run again
    with Archive(tmp_path / "shard") as shard:
        assert [c["imported_from"] for c in shard.crawls()] == [str(tmp_path / "central")]
