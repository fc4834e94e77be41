"""Where a crawl's wall time goes: its queues and threads sampled every 0.25 s.

    .venv/bin/python -m benchmarks.crawl_timeline                   # 2,000 articles
    .venv/bin/python -m benchmarks.crawl_timeline --articles 1000 --keep timeline.jsonl

The generated portal of :mod:`benchmarks.crawl_throughput` is served from its own process;
``govarchive crawl`` runs in a subprocess with a sampler thread that reads, every
``--interval`` seconds: Scrapy's engine (requests in the scheduler, in the downloader, the
scraper slot's responses and bytes, i.e. *backout*), the ingestor (captures fed and not yet
submitted to the pool, pool tasks in flight), the archive thread's queue, and the CPU of
every thread of the crawl process and of every extraction worker (from /proc). The report
puts the crawl in phases (tenths of its pages) and says, for each, how busy each part was:
a part at 100 % of a core that the others wait for is the bound. A profile, not a benchmark:
the sampler's own cost (well under 1 % of a core) is in the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.crawl_throughput import SiteServer, progress, write_profile  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")


def _cpu(path: str) -> tuple[str, float] | None:
    """(thread name, CPU seconds) of a /proc stat file."""
    try:
        text = Path(path).read_text()
    except OSError:
        return None
    name = text[text.index("(") + 1 : text.rindex(")")]
    utime, stime = text.rsplit(")", 1)[1].split()[11:13]
    return name, (int(utime) + int(stime)) / TICK


class Sampler(threading.Thread):
    """In the crawl process: samples the engine, the ingestor and the threads into ``out``."""

    def __init__(self, out: Path, interval: float) -> None:
        super().__init__(name="timeline-sampler", daemon=True)
        self.out = out
        self.interval = interval
        self.pipeline: Any = None

    def run(self) -> None:
        started = time.perf_counter()
        with self.out.open("w", encoding="utf-8") as out:
            while True:
                time.sleep(self.interval)
                row = {"t": round(time.perf_counter() - started, 3)}
                try:
                    row.update(self.sample())
                except Exception as exc:  # noqa: BLE001 (a race with the crawl's end: keep going)
                    row["error"] = repr(exc)
                out.write(json.dumps(row, default=str) + "\n")
                out.flush()

    def sample(self) -> dict[str, Any]:
        row: dict[str, Any] = {}
        me = os.getpid()
        names = {t.native_id: t.name for t in threading.enumerate()}
        threads = {}
        for tid in os.listdir(f"/proc/{me}/task"):
            got = _cpu(f"/proc/{me}/task/{tid}/stat")
            if got:
                name = "reactor" if int(tid) == me else names.get(int(tid), got[0])
                threads[f"{name}:{tid}"] = got[1]
        row["threads"] = threads
        pipeline = self.pipeline
        if pipeline is None:
            return row
        crawler = pipeline.crawler
        engine = getattr(crawler, "engine", None)
        if engine is not None and engine._slot is not None:
            slot = engine._slot
            row["scheduler"] = len(slot.scheduler) if slot.scheduler else 0
            row["inprogress"] = len(slot.inprogress)
            row["downloader"] = len(engine.downloader.active)
            scraper = engine.scraper.slot
            if scraper is not None:
                row["scraper"] = len(scraper.active)
                row["scraper_bytes"] = scraper.active_size
                row["itemproc"] = scraper.itemproc_size
                row["backout"] = bool(scraper.needs_backout())  # the scraper full: no fetching
        stats = crawler.stats.get_stats() if crawler.stats else {}
        row["responses"] = stats.get("downloader/response_count", 0)
        row["pages"] = stats.get("govarchive/pages", 0)
        ingestor = pipeline.ingestor
        if ingestor is not None:
            row["ready"] = len(ingestor._ready)
            row["tasks"] = ingestor._tasks
            row["inflight"] = ingestor._inflight
            row["inferring"] = ingestor._inferring  # a site-model run in a worker
            awaited = getattr(ingestor, "_awaited", None)  # the sample's last pages (the end)
            row["awaited"] = -1 if awaited is None else len(awaited)
            executor = getattr(ingestor.pool, "_executor", None)
            processes = getattr(executor, "_processes", None) or {}
            row["workers"] = {
                str(pid): got[1]
                for pid in list(processes)
                if (got := _cpu(f"/proc/{pid}/stat"))
            }
        if pipeline.recorder is not None:
            pending = pipeline.recorder.pending
            row["archive_queue"] = pending() if callable(pending) else pending
        return row


def crawl_worker(argv: list[str]) -> None:
    """Subprocess entry point: ``OUT INTERVAL`` then the ``govarchive crawl`` arguments."""
    out, interval, args = Path(argv[0]), float(argv[1]), argv[2:]
    from pipelines.item import ArticlePipeline

    sampler = Sampler(out, interval)
    opened = ArticlePipeline.recorder_opened

    def recorder_opened(self: ArticlePipeline, recorder: Any, profile: Any) -> None:
        opened(self, recorder, profile)
        sampler.pipeline = self

    ArticlePipeline.recorder_opened = recorder_opened  # type: ignore[method-assign]
    sampler.start()
    sys.argv = ["govarchive", "crawl", *args]
    from crawler.cli import main

    main()


def _delta(rows: list[dict[str, Any]], key: str) -> dict[str, float]:
    """CPU seconds each thread or process used over ``rows`` (one that ended or started
    within them: from its first to its last reading)."""
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for row in rows:
        for name, value in (row.get(key) or {}).items():
            first.setdefault(name, value)
            last[name] = value
    return {name: last[name] - first[name] for name in last}


def report(rows: list[dict[str, Any]], phases: int = 10) -> list[str]:
    """Per phase: pages/s, busy share of each part, backout share, mean queue lengths."""
    rows = [r for r in rows if "threads" in r]
    lines = [
        "phase  t(s)   pages/s  reactor archive  others  workers  backout  scraper  ready"
        "  tasks  sched  dl  archq",
    ]
    total = max((r.get("responses", 0) for r in rows), default=0)
    if not total:
        return ["no responses sampled"]
    bounds = [total * i / phases for i in range(phases + 1)]
    edges = [0]
    for b in bounds[1:]:
        edges.append(next((i for i, r in enumerate(rows) if r.get("responses", 0) >= b),
                          len(rows) - 1))  # fmt: skip
    tail_end = len(rows) - 1
    spans = [(f"{i + 1:>2}/{phases}", edges[i], edges[i + 1]) for i in range(phases)]
    spans.append(("tail ", edges[-1], tail_end))
    for label, a, b in spans:
        if b <= a:
            continue
        part = rows[a : b + 1]
        secs = part[-1]["t"] - part[0]["t"]
        threads = _delta(part, "threads")
        workers = _delta(part, "workers")
        reactor = sum(v for k, v in threads.items() if k.startswith("reactor:"))
        archive = sum(v for k, v in threads.items() if k.startswith("govarchive-archive"))
        others = sum(threads.values()) - reactor - archive
        inner = part[1:]

        def mean(key: str, inner: list[dict[str, Any]] = inner) -> float:
            values = [float(r.get(key, 0) or 0) for r in inner]
            return sum(values) / len(values) if values else 0.0

        pps = (part[-1].get("responses", 0) - part[0].get("responses", 0)) / secs if secs else 0
        lines.append(
            f"{label}  {secs:5.1f}  {pps:7.1f}  {reactor / secs:6.0%}  {archive / secs:6.0%}"
            f"  {others / secs:6.0%}  {sum(workers.values()) / secs:6.0%}"
            f"  {mean('backout'):6.0%}  {mean('scraper'):7.0f}  {mean('ready'):5.0f}"
            f"  {mean('tasks'):5.1f}  {mean('scheduler'):5.0f}  {mean('downloader'):3.0f}"
            f"  {mean('archive_queue'):5.0f}"
        )
    lines.append("busy shares are of one core; workers: both extraction processes together")
    by_name: dict[str, float] = {}
    for key, value in _delta(rows, "threads").items():
        name = key.rpartition(":")[0]
        by_name[name] = by_name.get(name, 0.0) + value
    names = sorted(by_name.items(), key=lambda kv: -kv[1])[:8]
    lines.append("thread CPU over the crawl (s): " + ", ".join(f"{k} {v:.1f}" for k, v in names))
    return lines


#: the crawl's own counts of work done more than once a page
COUNTS = ("govarchive/pages", "govarchive/site_model/runs", "govarchive/site_model/skipped",
          "govarchive/held", "govarchive/extracted_again", "govarchive/site_model/reextracted",
          "govarchive/articles/settle_checked", "govarchive/articles/settled")  # fmt: skip


def _counts(db: Path) -> dict[str, Any]:
    import sqlite3

    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT stats_json FROM crawls ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error as exc:
        return {"error": str(exc)}
    stats = json.loads(row[0] or "{}") if row else {}
    return {key.removeprefix("govarchive/"): stats.get(key, 0) for key in COUNTS}


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:1] == ["--crawl-worker"]:
        crawl_worker(args_in[1:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight")
    parser.add_argument("--interval", type=float, default=0.25, help="seconds between samples")
    parser.add_argument("--keep", type=Path, help="keep the samples here (JSON lines)")
    args = parser.parse_args(args_in)
    server = SiteServer(args.articles, 50, 0).start()
    try:
        with tempfile.TemporaryDirectory(prefix="govarchive-timeline-") as tmp:
            work = Path(tmp)
            profile = write_profile(server.base_url, args.concurrency, work)
            out = args.keep or work / "timeline.jsonl"
            env = dict(os.environ, PYTHONPATH=str(ROOT))
            command = [sys.executable, "-m", "benchmarks.crawl_timeline", "--crawl-worker",
                       str(out), str(args.interval), str(profile), "--archive",
                       str(work / "archive"), "--quiet"]  # fmt: skip
            progress(f"crawling {server.page_count:,} pages, sampling every {args.interval} s")
            started = time.perf_counter()
            subprocess.run(command, cwd=ROOT, env=env, check=False)
            progress(f"crawl took {time.perf_counter() - started:.1f} s")
            rows = [json.loads(line) for line in out.read_text().splitlines() if line]
            counts = _counts(work / "archive" / "archive.db")
    finally:
        server.stop()
    print("\n".join(report(rows)))
    print("crawl stats: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
