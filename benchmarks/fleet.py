"""The crawl fleet: one `run-due --fleet` pass for 3,000 sites, merge against import-warc, and
re-extraction on Dask against the process pool.

    .venv/bin/python benchmarks/fleet.py [--sites 3000] [--nodes 10] [--pages 2000] [--rounds 2]

1. **Decision time** of one ``run-due --fleet`` pass over ``--sites`` site profiles and
   ``--nodes`` simulated Scrapyd nodes (4 crawl slots each, some busy, one down), on a central
   archive whose crawls table holds a last crawl for most of the sites (about two thirds of
   them due) and a live lease for 2% of them: which sites are due (the profiles' cron
   schedules, ``crawler.schedule.due_sites``; ``site_schedules``, what ``run-due`` computes
   on one machine, is timed beside it), the live leases (``archive.leases.live_leases``),
   the assignment (``crawler.assign.assign``) and taking a lease for every placed site
   (``archive.leases.take``, one transaction each). Loading the profiles from YAML files is
   timed on its own. Target: < 1 s for the decision.
2. **Merge throughput**: ``--pages`` article pages in the Lào Cai replica's layout are written
   to one WARC (as ``benchmarks/reextract_throughput.py`` does) and imported into a shard
   archive (``import-warc``). Then, alternately (ABBA, ``--rounds`` each), into a fresh
   central archive: ``archive.merge.merge_shard`` of that shard, and ``import_warcs`` of the
   shard's WARC file (the existing path from WARC to rows: captures, extraction in the
   process pool, articles, search index). Both start from the same WARC and end with the
   same captures and articles; the ratio of captures per second is the figure.
3. **Re-extraction on Dask**: ``reextract`` of that shard with the process pool and with a
   Dask LocalCluster of as many worker processes (``pipelines.daskpool``), alternately: the
   cost of going through Dask's scheduler on one machine (a real cluster adds machines).
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.reextract_throughput import render_pages, write_warc

TARGET_DECISION_S = 1.0
PASS_SLOTS = 45  # crawls per node in the whole pass (docs/scaling.md: a 16 GB node runs 45)
NOW = datetime(2024, 5, 2, 1, 0, tzinfo=UTC)


def _profiles_on_disk(count: int, folder: Path) -> None:
    import yaml

    folder.mkdir(parents=True)
    rng = random.Random(1)
    for i in range(count):
        data = {"id": f"site-{i:04d}", "name": f"Cổng thông tin {i}",
                "base_url": f"https://portal-{i}.gov.vn/",
                "schedule": rng.choice([None, "0 2 * * *", "30 */6 * * *", "0 3 * * 1"])}  # fmt: skip
        (folder / f"site-{i:04d}.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")


def db_reopen(central: Path) -> Any:
    from archive.db import open_db

    return open_db(central / "archive.db")


def decision(sites: int, nodes: int, work: Path) -> dict[str, float | int]:
    from archive import leases
    from archive.db import open_db
    from config.profile import list_profiles, load_profile_file
    from crawler.assign import NodeState, assign
    from crawler.schedule import due_sites, site_schedules

    folder, central = work / "sites", work / "central"
    _profiles_on_disk(sites, folder)
    started = time.perf_counter()
    profiles = [load_profile_file(p) for p in list_profiles(folder)]
    load_s = time.perf_counter() - started

    db = open_db(central / "archive.db")
    rng = random.Random(2)
    with db.atomic():
        for profile in profiles:
            db.execute("INSERT INTO sites (id, name, base_url) VALUES (?, ?, ?)",
                       [profile.id, profile.name, profile.base_url])  # fmt: skip
            if rng.random() < 0.9:  # crawled before: last start within the past two days
                when = NOW - timedelta(minutes=rng.randrange(0, 2 * 24 * 60))
                db.execute("INSERT INTO crawls (site_id, started_at, finished_at, status) "
                           "VALUES (?, ?, ?, 'finished')",
                           [profile.id, when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                            (when + timedelta(minutes=30)).strftime("%Y-%m-%dT%H:%M:%SZ")])  # fmt: skip
    for profile in rng.sample(profiles, len(profiles) // 50):
        leases.take(db, profile.id, "crawl-0", timedelta(hours=1), now=NOW - timedelta(minutes=5))
    states = [NodeState(f"crawl-{i}", 4, running=rng.randrange(0, 3), up=i != 3)
              for i in range(nodes)]  # fmt: skip

    timings: dict[str, list[float]] = {"due": [], "leases": [], "assign": [], "take": []}
    placed = 0
    for _ in range(5):
        t0 = time.perf_counter()
        due = due_sites(profiles, db, now=NOW)
        t1 = time.perf_counter()
        live = leases.live_leases(db, now=NOW)
        t2 = time.perf_counter()
        result = assign(due, states, live)
        t3 = time.perf_counter()
        taken = [leases.take(db, site, node, timedelta(hours=1), now=NOW)
                 for site, node in result.placed.items()]  # fmt: skip
        t4 = time.perf_counter()
        for lease in taken:  # undo, for the next repetition
            leases.release(db, lease)
        for key, value in zip(timings, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            timings[key].append(value)
        placed = len(result.placed)
    db.close()
    figures: dict[str, float | int] = {
        "sites": len(profiles), "nodes": nodes, "due": len(due), "leased": len(live),
        "placed": placed, "waiting": len(result.waiting), "load_profiles_s": load_s,
    }  # fmt: skip
    figures |= whole_pass(profiles, nodes, central, work)
    for key, values in timings.items():
        figures[f"{key}_s"] = statistics.median(values)
    figures["decision_s"] = sum(statistics.median(v) for v in timings.values())
    # the same due sites as `run-due` on one machine computes them today (next run of each
    # site, its flock checked): what due_sites() replaces for the fleet
    t0 = time.perf_counter()
    local = [s.site_id for s in site_schedules(profiles, db_reopen(central), central, now=NOW) if s.due]
    figures["site_schedules_s"] = time.perf_counter() - t0
    assert sorted(local) == sorted(due)
    # the assignment alone with every due site placed (room for all): the hashing cost
    roomy = [NodeState(f"crawl-{i}", 10_000) for i in range(nodes)]
    t0 = time.perf_counter()
    assign([p.id for p in profiles], roomy)
    figures["assign_all_s"] = time.perf_counter() - t0
    return figures


class SimulatedNodes:
    """Scrapyd nodes in memory (``crawler.fleet.NodeClient``): ``crawl-3`` is down, the others
    run a few jobs of other projects and the jobs of the central archive's leases."""

    def __init__(self, nodes: int, leased: dict[str, Any]) -> None:
        rng = random.Random(3)
        self.node_jobs: dict[str, dict[str, str]] = {
            f"crawl-{i}": {f"other-{i}-{n}": "running" for n in range(rng.randrange(0, 3))}
            for i in range(nodes)
        }  # fmt: skip
        for lease in leased.values():
            self.node_jobs[lease.node][lease.job_id] = "running"

    def _up(self, name: str) -> dict[str, str]:
        from crawler.remote import ScrapydError

        if name == "crawl-3":
            raise ScrapydError(f"Scrapyd at http://{name}:6800/: connection refused")
        return self.node_jobs[name]

    def status(self, node: Any) -> Any:
        from crawler.remote import NodeStatus

        states = list(self._up(node.name).values())
        return NodeStatus(states.count("pending"), states.count("running"), states.count("finished"))

    def jobs(self, node: Any) -> dict[str, str]:
        return dict(self._up(node.name))

    def schedule(self, node: Any, site_id: str, job_id: str, settings: dict[str, str]) -> str:
        self._up(node.name)[job_id] = "pending"
        return job_id


def whole_pass(profiles: list[Any], nodes: int, central: Path, work: Path) -> dict[str, float | int]:
    """``crawler.fleet.fleet_pass``, the function ``run-due --fleet`` runs, on a copy of the
    central archive each time: nodes asked, leases renewed, due sites, assignment, leases
    taken, each placed site's state exported into its job folder, its job scheduled. The
    nodes have :data:`PASS_SLOTS` slots each: the pass fills every free one (the night's
    first pass)."""
    import logging
    import shutil

    from archive import leases
    from archive.db import open_db
    from config.fleet import fleet_from_dict
    from crawler.fleet import fleet_pass

    db = open_db(central / "archive.db")
    with db.atomic():  # the live leases belong to jobs (what run-due --fleet records)
        db.execute("UPDATE crawl_leases SET job_id = 'job-' || site_id, "
                   "node = 'crawl-' || (abs(random()) % 10) WHERE node = 'crawl-0'")  # fmt: skip
    live = leases.live_leases(db, now=NOW)
    db.close()
    fleet = fleet_from_dict({
        "nodes": [{"name": f"crawl-{i}", "url": f"http://crawl-{i}:6800/",
                   "max_crawls": PASS_SLOTS} for i in range(nodes)],
        "shards_dir": str(work / "shards"), "lease_minutes": 60,
    })  # fmt: skip
    logging.getLogger("crawler.fleet").setLevel(logging.ERROR)  # the down node, each time
    times, report = [], None
    for n in range(5):
        copy = work / f"pass-{n}"
        copy.mkdir()
        shutil.copy(central / "archive.db", copy / "archive.db")
        fleet = fleet.model_copy(update={"shards_dir": str(work / f"shards-{n}")})
        client = SimulatedNodes(nodes, live)
        started = time.perf_counter()
        report = fleet_pass(copy, fleet, profiles, client=client, now=lambda: NOW)
        times.append(time.perf_counter() - started)
    assert report is not None
    kinds = {k: len(report.of(k)) for k in ("renewed", "scheduled", "waiting", "node-down", "held")}
    assert kinds["scheduled"] > 0 and kinds["node-down"] == 1 and not report.of("error"), kinds
    return {"pass_s": statistics.median(times), **{f"pass_{k}": v for k, v in kinds.items()}}


def merge_vs_import(pages: int, rounds: int, work: Path) -> dict[str, Any]:
    from archive import Archive
    from archive.merge import merge_shard
    from config.profile import load_profile
    from pipelines.offline import import_warcs

    profile = load_profile("laocai-tinhuy")
    source = write_warc(render_pages(pages), work / "source", profile.base_url)
    shard = work / "shard"
    import_warcs(shard, [source], profile)
    (warc,) = sorted((shard / "warcs").rglob("*.warc.gz"))
    conn = sqlite3.connect(shard / "archive.db")
    (captures,) = conn.execute("SELECT COUNT(*) FROM captures").fetchone()
    (articles,) = conn.execute("SELECT COUNT(*) FROM articles").fetchone()
    conn.close()

    runs: dict[str, list[float]] = {"merge": [], "import-warc": []}
    order = ["merge", "import-warc", "import-warc", "merge"] * rounds
    for n, mode in enumerate(order[: 2 * rounds]):
        central = work / f"central-{n}"
        Archive(central, create=True).close()
        started = time.perf_counter()
        if mode == "merge":
            report = merge_shard(central, shard)
            assert report.added["captures"] == captures and report.added["articles"] == articles
        else:
            report_i = import_warcs(central, [warc], profile)
            assert report_i.stats.captures == captures, report_i.stats
        runs[mode].append(time.perf_counter() - started)
        print(f"  {mode:12s} {runs[mode][-1]:7.2f} s", file=sys.stderr)
    merge_s, import_s = statistics.median(runs["merge"]), statistics.median(runs["import-warc"])
    return {
        "captures": captures, "articles": articles, "warc_mb": round(warc.stat().st_size / 1e6, 1),
        "merge_s": merge_s, "import_s": import_s,
        "merge_captures_per_s": captures / merge_s, "import_captures_per_s": captures / import_s,
        "ratio": import_s / merge_s,
    }  # fmt: skip


def dask_vs_pool(shard: Path, rounds: int, workers: int, work: Path) -> dict[str, Any]:
    """``reextract`` of the shard's archive: the process pool of ``workers`` against a Dask
    LocalCluster of ``workers`` processes (started once, timed apart), ABBA."""
    import shutil

    from archive.db import open_db
    from pipelines.daskpool import DaskCluster
    from pipelines.offline import reextract

    started = time.perf_counter()
    cluster = DaskCluster("local", workers)
    start_s = time.perf_counter() - started
    runs: dict[str, list[float]] = {"pool": [], "dask": []}
    pages = 0
    try:
        for n, mode in enumerate((["pool", "dask", "dask", "pool"] * rounds)[: 2 * rounds]):
            copy = work / f"reextract-{n}"
            shutil.copytree(shard, copy)
            db = open_db(copy / "archive.db")
            try:
                report = reextract(db, copy, workers=workers,
                                   pools=cluster.pool if mode == "dask" else None)  # fmt: skip
            finally:
                db.close()
            pages = report.pages
            runs[mode].append(report.seconds)
            print(f"  {mode:12s} {report.seconds:7.2f} s", file=sys.stderr)
    finally:
        cluster.close()
    pool_s, dask_s = statistics.median(runs["pool"]), statistics.median(runs["dask"])
    return {"pages": pages, "workers": workers, "cluster_start_s": start_s,
            "pool_pages_per_s": pages / pool_s, "dask_pages_per_s": pages / dask_s,
            "ratio": pool_s / dask_s}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=3000, help="site profiles (default 3000)")
    parser.add_argument("--nodes", type=int, default=10, help="simulated nodes (default 10)")
    parser.add_argument("--pages", type=int, default=2000, help="pages in the shard (default 2000)")
    parser.add_argument("--rounds", type=int, default=2, help="runs of each mode (default 2)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print("decision ...", file=sys.stderr)
        decide = decision(args.sites, args.nodes, Path(tmp) / "decision")
        print("merge against import-warc ...", file=sys.stderr)
        merged = merge_vs_import(args.pages, args.rounds, Path(tmp) / "merge")
        print("reextract: process pool against Dask ...", file=sys.stderr)
        dasked = dask_vs_pool(Path(tmp) / "merge" / "shard", args.rounds, 2, Path(tmp) / "dask")
    if args.json:
        print(json.dumps({"decision": decide, "merge": merged, "dask": dasked},
                         default=lambda v: round(v, 4)))  # fmt: skip
        return 0
    d, m, k = decide, merged, dasked
    print(f"run-due --fleet decision: {d['sites']} sites, {d['nodes']} nodes (one down): "
          f"{d['due']} due, {d['leased']} leased, {d['placed']} placed, {d['waiting']} waiting")
    print(f"  due sites (cron)       {d['due_s'] * 1000:8.1f} ms  (per-site schedules as run-due "
          f"computes them on one machine: {d['site_schedules_s'] * 1000:.0f} ms)")
    print(f"  live leases            {d['leases_s'] * 1000:8.1f} ms")
    print(f"  assignment             {d['assign_s'] * 1000:8.1f} ms  "
          f"(all {d['sites']} sites placed: {d['assign_all_s'] * 1000:.1f} ms)")
    print(f"  take {d['placed']} leases         {d['take_s'] * 1000:8.1f} ms")
    print(f"  decision (parts)       {d['decision_s'] * 1000:8.1f} ms")
    print(f"  whole pass             {d['pass_s'] * 1000:8.1f} ms  (target < "
          f"{TARGET_DECISION_S * 1000:.0f} ms): crawler.fleet.fleet_pass: {d['pass_renewed']} "
          f"leases renewed, {d['pass_held']} held (node down), {d['pass_scheduled']} jobs "
          f"scheduled with their state, {d['pass_waiting']} waiting")
    print(f"  loading {d['sites']} profiles  {d['load_profiles_s'] * 1000:8.1f} ms  (YAML + validation)")
    print(f"merge of a shard vs import-warc of its WARC: {m['captures']} captures, "
          f"{m['articles']} articles, {m['warc_mb']} MB")
    print(f"  merge        {m['merge_s']:7.2f} s  {m['merge_captures_per_s']:8.0f} captures/s")
    print(f"  import-warc  {m['import_s']:7.2f} s  {m['import_captures_per_s']:8.0f} captures/s")
    print(f"  ratio merge / import-warc: {m['ratio']:.1f}x")
    print(f"reextract of the shard ({k['pages']} pages), {k['workers']} workers: process pool "
          f"{k['pool_pages_per_s']:.0f} pages/s, Dask LocalCluster {k['dask_pages_per_s']:.0f} "
          f"pages/s (ratio Dask / pool {k['ratio']:.2f}; the cluster started in "
          f"{k['cluster_start_s']:.1f} s)")
    return 0 if d["pass_s"] < TARGET_DECISION_S else 1


if __name__ == "__main__":
    sys.exit(main())
