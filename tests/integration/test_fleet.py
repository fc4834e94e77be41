"""The crawl fleet for real: two Scrapyd servers on 127.0.0.1, six loopback sites. `run-due
--fleet` spreads the sites over both nodes; one node is killed mid-crawl (SIGKILL, its crawls
with it); further passes merge what the live node finished, let the dead node's leases expire,
repair and merge its partial shards and crawl its sites again on the live node, from the state
the central archive gained. In the end every article is archived exactly once, `verify`
passes, and the leases (and the crawls inside them) never overlap for a site."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import yaml

from archive.verify import verify_archive
from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, run_cli, write_profile
from tests.integration.test_scrapyd import BIN, free_port

SITES = [f"fleet-{c}" for c in "abcdef"]
ARTICLES = 8
OPEN_ARTICLES = 3  # articles a site serves before its gate holds the next ones
PASSWORD_ENV = "GOVARCHIVE_TEST_NODE2_PASSWORD"


class Gate:
    """A fixture site whose article pages wait, after the first few, until the gate opens:
    the crawls are mid-way, deterministically, when the node is killed."""

    def __init__(self, portal: FixturePortal) -> None:
        self.portal = portal
        self.served = 0
        self.blocked = threading.Event()
        self.opened = threading.Event()
        self._lock = threading.Lock()

    def site(self) -> Site:
        return Site(handler=self.resolve)

    def resolve(self, request: Request) -> Page | None:
        if request.path.startswith("/tin-tuc/"):
            with self._lock:
                self.served += 1
                wait = self.served > OPEN_ARTICLES
            if wait:
                self.blocked.set()
                self.opened.wait(timeout=120)
        return self.portal.resolve(request)


@dataclass
class Node:
    name: str
    url: str
    proc: subprocess.Popen[bytes]


def start_node(name: str, folder: Path, sites: Path, auth: tuple[str, str] | None) -> Node:
    """A Scrapyd running the installed project (scrapy.cfg's [settings], no egg to deploy)."""
    port = free_port()
    folder.mkdir(parents=True)
    login = f"username = {auth[0]}\npassword = {auth[1]}\n" if auth else ""
    (folder / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {folder / 'eggs'}\n"
        f"logs_dir = {folder / 'logs'}\nitems_dir =\ndbs_dir = {folder / 'dbs'}\nmax_proc = 3\n"
        f"poll_interval = 0.2\n{login}",
        encoding="utf-8",
    )
    # Scrapyd and Scrapy both read the closest scrapy.cfg: the project is the installed one
    (folder / "scrapy.cfg").write_text("[settings]\ngovarchive = crawler.settings\n", encoding="utf-8")
    env = dict(os.environ, GOVARCHIVE_SITES_DIR=str(sites), PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([str(BIN / "scrapyd")], cwd=folder, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return Node(name, f"http://127.0.0.1:{port}/", proc)


def wait_up(node: Node, auth: tuple[str, str] | None) -> None:
    request = urllib.request.Request(node.url + "daemonstatus.json")
    if auth:
        import base64

        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(request, timeout=2) as answer:
                if json.loads(answer.read())["status"] == "ok":
                    return
        except OSError:
            assert node.proc.poll() is None, f"scrapyd {node.name} exited"
            assert time.monotonic() < deadline, f"scrapyd {node.name} did not start"
            time.sleep(0.2)


def kill(node: Node) -> None:
    """The node dies: Scrapyd and every crawl it started (one process group), SIGKILL."""
    try:
        os.killpg(node.proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    node.proc.wait(timeout=30)


def query(archive: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


@pytest.fixture
def fleet_nodes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[list[Node], Path]]:
    sites = tmp_path / "sites"
    sites.mkdir()
    monkeypatch.setenv(PASSWORD_ENV, "s3cret")
    auths = {"node-1": None, "node-2": ("fleet", "s3cret")}
    nodes = [start_node(name, tmp_path / name, sites, auth) for name, auth in auths.items()]
    try:
        for node in nodes:
            wait_up(node, auths[node.name])
        yield nodes, sites
    finally:
        for node in nodes:
            kill(node)


def test_the_fleet_spreads_sites_survives_a_dead_node_and_archives_everything_once(
    tmp_path: Path, fleet_nodes: tuple[list[Node], Path]
) -> None:
    nodes, sites = fleet_nodes
    central, shards = tmp_path / "central", tmp_path / "shards"
    fleet_file = tmp_path / "fleet.yaml"
    fleet_file.write_text(yaml.safe_dump({
        "nodes": [{"name": "node-1", "url": nodes[0].url, "max_crawls": 3},
                  {"name": "node-2", "url": nodes[1].url, "max_crawls": 3, "username": "fleet",
                   "password_env": PASSWORD_ENV}],
        "shards_dir": str(shards), "lease_minutes": 0.1,  # 6 s
        "settings": {"GOVARCHIVE_CHROME_WARMUP": 2, "GOVARCHIVE_EXTRACT_WORKERS": 1},
    }), encoding="utf-8")  # fmt: skip
    events: list[dict[str, Any]] = []

    def run_pass() -> tuple[int, list[dict[str, Any]]]:
        done = run_cli("run-due", "--fleet", str(fleet_file), "--archive", str(central),
                       "--sites-dir", str(sites), "--format", "jsonl")  # fmt: skip
        assert done.returncode in (0, 3), done.stdout + done.stderr
        found = [json.loads(line) for line in done.stdout.splitlines()]
        events.extend(found)
        return done.returncode, found

    with ExitStack() as stack:
        gates, bases = {}, {}
        for site in SITES:
            gates[site] = Gate(FixturePortal(n_articles=ARTICLES, traps=False))
            server = stack.enter_context(ReplicaServer(site=gates[site].site()))
            bases[site] = server.base_url
            write_profile(gates[site].portal.profile(
                server.base_url, id=site, politeness={"delay": 0, "concurrency": 1,
                                                      "autothrottle": False}), sites)  # fmt: skip
        stack.callback(lambda: [g.opened.set() for g in gates.values()])

        code, first = run_pass()
        placed = {e["site_id"]: e["node"] for e in first if e["event"] == "scheduled"}
        assert code == 0 and sorted(placed) == SITES, [e["detail"] for e in first]
        assert sorted(placed.values()) == ["node-1"] * 3 + ["node-2"] * 3  # both nodes, 3 each
        victim, survivor = nodes[1], nodes[0]  # node-2, the one with basic auth, dies
        doomed = sorted(s for s, n in placed.items() if n == victim.name)
        deadline = time.monotonic() + 120
        while not all(gates[s].blocked.is_set() for s in doomed):  # passes renew the leases
            assert time.monotonic() < deadline, "the crawls never reached their gates"
            code, found = run_pass()
            assert code == 0 and not {e["event"] for e in found} - {"renewed", "revived"}, found
            time.sleep(0.5)
        kill(victim)  # its crawls are mid-way: some articles in, the rest held at the gates
        killed_at = datetime.now().astimezone()
        for gate in gates.values():
            gate.opened.set()

        deadline = time.monotonic() + 240
        while True:
            code, found = run_pass()
            finished = {s for s, in query(central, "SELECT DISTINCT site_id FROM crawls WHERE "
                                         "status = 'finished'")} if central.exists() else set()  # fmt: skip
            if finished == set(SITES) and not query(central, "SELECT * FROM crawl_leases"):
                break
            assert time.monotonic() < deadline, f"the fleet did not finish: {found}"
            time.sleep(1)
        assert code == 3 and {"event": "node-down", "node": victim.name}.items() <= found[0].items()

    by_kind: dict[str, list[dict[str, Any]]] = {}
    for event in events:
        by_kind.setdefault(event["event"], []).append(event)
    # the dead node's sites: lease expired, partial shard repaired and merged, crawled again
    # on the live node from the central archive's state
    assert sorted(e["site_id"] for e in by_kind["expired"] if e["node"] == victim.name) == doomed
    moved = [e for e in by_kind["scheduled"] if e["site_id"] in doomed and e["node"] == survivor.name]
    assert sorted(e["site_id"] for e in moved) == doomed
    assert all("continued, state of" in e["detail"] for e in moved), moved
    statuses = sorted(query(central, "SELECT site_id, status FROM crawls ORDER BY site_id, id"))
    assert statuses == sorted([(s, "finished") for s in SITES] + [(s, "interrupted") for s in doomed])
    assert not any(shards.rglob("archive.db"))  # every shard merged and removed

    # every article exactly once, one version each, read back from its WARC record
    articles = query(central, "SELECT site_id, url FROM articles")
    expected = sorted((site, bases[site].rstrip("/") + a.path) for site in SITES
                      for a in gates[site].portal.articles)  # fmt: skip
    assert sorted(articles) == expected
    assert query(central, "SELECT COUNT(*) FROM article_versions") == [(len(expected),)]
    report = verify_archive(central)
    assert report.ok, [str(p) for p in report.problems]
    killed = query(central, "SELECT c.site_id, COUNT(*) FROM captures c JOIN crawls k ON "
                   "k.id = c.crawl_id WHERE k.status = 'interrupted' GROUP BY c.site_id")  # fmt: skip
    assert sorted(s for s, n in killed if n > 0) == doomed  # what the dead node fetched is kept

    # no site crawled twice at once: each job's lease window, from taking to release or
    # expiry, is disjoint from the site's other ones, and holds the crawl it merged
    windows: dict[str, dict[str, list[datetime]]] = {}
    for event in events:
        job = windows.setdefault(event["site_id"] or "", {}).get(event["job"])
        if event["event"] == "scheduled":
            windows[event["site_id"]][event["job"]] = [stamp(event["taken_at"]), stamp(event["expires_at"])]
        elif event["event"] in ("renewed", "revived") and job:
            job[1] = stamp(event["expires_at"])
        elif event["event"] == "expired" and job:
            job[1] = stamp(event["expires_at"])
        elif event["event"] == "merged" and job and "released_at" in event:
            job[1] = stamp(event["released_at"])
    crawl_times = {str(cid): (site, stamp(start), finish and stamp(finish), status) for
                   cid, site, start, finish, status in query(
                       central, "SELECT id, site_id, started_at, finished_at, status FROM crawls")}  # fmt: skip
    for site in SITES:
        spans = sorted(windows[site].values())
        assert len(spans) == (2 if site in doomed else 1), windows[site]
        for before, after in zip(spans, spans[1:], strict=False):
            assert before[1] <= after[0], f"{site}: leases overlap: {spans}"
        if site in doomed:  # taken again only once the dead crawl was dead
            assert killed_at <= spans[1][0], (killed_at, spans)
    for event in by_kind["merged"]:
        start, end = windows[event["site_id"]][event["job"]]
        for crawl_id in event["crawls"]:
            site, began, ended, status = crawl_times[crawl_id]
            assert site == event["site_id"] and start <= began, (event, crawl_times[crawl_id])
            if status != "interrupted":  # (a dead crawl's end is when it was repaired)
                assert ended <= end, (event, crawl_times[crawl_id])
