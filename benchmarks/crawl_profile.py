"""Where a crawl's CPU goes: the full pipeline sampled by py-spy, CPU ms per page by stage.

    .venv/bin/pip install py-spy                      # a sampling profiler, from PyPI
    .venv/bin/python -m benchmarks.crawl_profile      # 1,000 articles
    .venv/bin/python -m benchmarks.crawl_profile --articles 2000 --rate 200 --keep raw.txt

The generated portal of :mod:`benchmarks.crawl_throughput` is served from its own process;
``govarchive crawl`` runs under ``py-spy record --subprocesses --format raw`` (every thread of
the crawl process and every extraction worker, idle threads left out, so a sample is CPU
time). Each sample is put in the first stage (below) one of its frames belongs to, looking
from the innermost frame outwards, and in a process: the crawl process (its reactor thread
and any helper thread, reported apart) or the extraction workers. Samples / rate / pages
gives CPU milliseconds per page. The figures are a profile, not a benchmark: the ratio that
counts is :mod:`benchmarks.crawl_throughput`'s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))

from benchmarks.crawl_throughput import SiteServer, progress, write_profile  # noqa: E402

#: (stage, pattern over one frame "function (path:line)"), tried innermost frame first
STAGES: tuple[tuple[str, str], ...] = (
    ("WARC write (gzip, digests)", r"warcio/warcwriter|crawler/warcwriter|archive/warcwrite"),
    ("WARC read-back", r"archive/warcread|warcio/archiveiterator|warcio/recordloader"),
    ("FTS index (fold, FTS5)", r"archive/fts\.py|archive/fold\.py"),
    (
        "SQLite writes and reads",
        r"sqlite_utils/|archive/articles\.py|archive/store\.py|"
        r"archive/history\.py|archive/recorder|archive/crawlstate|archive/chrome\.py|"
        r"\(sqlite3|execute \(|commit \(",
    ),
    (
        "pickling (pool IPC)",
        r"pickle|_ForkingPickler|multiprocessing/connection|"
        r"concurrent/futures/process",
    ),
    ("decode (charset)", r"pipelines/decode\.py|charset_normalizer"),
    ("legal references, documents", r"pipelines/legalrefs|pipelines/documents|pipelines/doctext"),
    ("HTML parse (lxml)", r"pipelines/dom\.py:\d+\)$|document_fromstring|lxml/html/__init__"),
    ("body (selectors, trafilatura)", r"pipelines/body\.py|trafilatura|justext"),
    ("dates", r"pipelines/date|dateparser"),
    ("title, authors, media", r"pipelines/titles|pipelines/authors|pipelines/media"),
    ("chrome learner", r"pipelines/chrome\.py"),
    (
        "other extraction",
        r"pipelines/extract\.py|pipelines/signals|pipelines/multipage|"
        r"pipelines/urls|pipelines/dom",
    ),
    (
        "ingestor / item pipeline",
        r"pipelines/ingest|pipelines/store|pipelines/worker|"
        r"pipelines/scrapy",
    ),
    ("spider (links, rules)", r"crawler/spiders|crawler/traps|parsel|scrapy/selector"),
    ("capture middleware", r"crawler/middlewares|crawler/session"),
    ("Scrapy and Twisted (fetch)", r"scrapy/|twisted/|asyncio/|selectors\.py"),
)
_COMPILED = [(name, re.compile(pattern)) for name, pattern in STAGES]
#: stages a sample belongs to when any of its frames is in them (whatever the inner frames:
#: the inference parses pages and reads text as extraction does)
OUTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("site model inference", re.compile(r"pipelines/inference/")),
    ("near-duplicates (simhash, line compare)", re.compile(r"pipelines/neardup|pipelines/fingerprint")),
)


#: innermost frames of a thread waiting, not working (py-spy counts some of them active)
IDLE = re.compile(
    r"^(\w+\.)?(select|wait|get|sleep|_wait_for_tstate_lock|__enter__) \(.*"
    r"(selectors|threading|queue|multiprocessing/synchronize)|"
    r"^(\w+\.)?(_recv|_recv_bytes|recv_bytes|_send|_poll|poll|wait|accept) \(.*multiprocessing"
)
_IMPORT = re.compile(r"^_find_and_load ")


def classify(frames: list[str]) -> str:
    if any(_IMPORT.match(frame) for frame in frames):
        return "start-up (imports)"
    for name, pattern in OUTER:
        if any(pattern.search(frame) for frame in frames):
            return name
    for frame in reversed(frames):
        for name, pattern in _COMPILED:
            if pattern.search(frame):
                return name
    return "other (interpreter)"


def parse_raw(text: str) -> dict[int, tuple[int, str, Counter[str]]]:
    """{thread id: (process id, thread name, Counter(stage -> samples))} from py-spy's raw
    output (``--subprocesses --threads``); idle samples left out."""
    threads: dict[int, tuple[int, str, Counter[str]]] = {}
    for line in text.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        pid = tid = 0
        name = ""
        for i, frame in enumerate(frames):
            if frame.startswith("process "):
                pid = int(frame.split(":", 1)[0].split()[1])
            elif m := re.match(r"thread \((\d+)\)(?:: (.*))?", frame):
                tid, name = int(m.group(1)), (m.group(2) or "").split(" ")[0]
                frames = frames[i + 1 :]
                break
        if not frames or IDLE.match(frames[-1]):
            continue
        entry = threads.setdefault(tid, (pid, name, Counter()))
        entry[2][classify(frames)] += int(count)
    return threads


class CpuPoller(threading.Thread):
    """Reads the CPU time of every thread of ``root`` and its descendants from /proc, every
    0.2 s (the last reading of a thread that ended is kept): the real CPU that py-spy's
    samples are scaled to (a sampled thread may be runnable but not running)."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root = root
        self.cpu: dict[int, float] = {}  # thread id -> CPU seconds
        self.owner: dict[int, int] = {}  # thread id -> process id
        self.done = threading.Event()
        self.tick = os.sysconf("SC_CLK_TCK")

    def run(self) -> None:
        while not self.done.wait(0.2):
            self.read()

    def read(self) -> None:
        todo = [self.root]
        while todo:
            pid = todo.pop()
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    fields = Path(f"/proc/{pid}/task/{tid}/stat").read_text().rsplit(")", 1)[1]
                    utime, stime = fields.split()[11:13]
                    self.cpu[int(tid)] = (int(utime) + int(stime)) / self.tick
                    self.owner[int(tid)] = pid
                    children = Path(f"/proc/{pid}/task/{tid}/children").read_text().split()
                except (OSError, ValueError):
                    continue
                todo += [int(c) for c in children]


def run(articles: int, rate: int, concurrency: int, keep: Path | None, fetch_only: bool) -> int:
    spy = shutil.which("py-spy", path=str(Path(sys.executable).parent)) or shutil.which("py-spy")
    if spy is None:
        progress("py-spy is not installed: pip install py-spy")
        return 1
    server = SiteServer(articles, 50, 0).start()
    try:
        with tempfile.TemporaryDirectory(prefix="govarchive-profile-") as tmp:
            work = Path(tmp)
            profile = write_profile(server.base_url, concurrency, work)
            raw = work / "raw.txt"
            env = dict(os.environ, PYTHONPATH=str(ROOT))
            crawl = [sys.executable, "-m", "crawler.cli", "crawl", str(profile),
                     "--archive", str(work / "archive"), "--quiet"]  # fmt: skip
            if fetch_only:
                crawl = [sys.executable, "-m", "benchmarks.crawl_throughput",
                         "--fetch-only-worker", str(profile), "--stats-out",
                         str(work / "stats.json"), "--log-file", str(work / "log")]  # fmt: skip
            command = [spy, "record", "--subprocesses", "--threads", "--format", "raw",
                       "--rate", str(rate), "--output", str(raw), "--", *crawl]  # fmt: skip
            progress(f"crawling {server.page_count:,} pages under py-spy ({rate} samples/s)")
            with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True) as proc:  # fmt: skip
                poller = CpuPoller(proc.pid)
                poller.start()
                _, err = proc.communicate()
                poller.done.set()
                poller.join()
            if not raw.exists():
                progress(f"py-spy wrote nothing: {err[-2000:]}")
                return 1
            text = raw.read_text(encoding="utf-8", errors="replace")
            if keep is not None:
                keep.write_text(text, encoding="utf-8")
            pages = _pages(work / "stats.json" if fetch_only else work / "archive")
    finally:
        server.stop()
    crawl_pid = min((pid for pid in poller.owner.values() if pid != proc.pid), default=0)
    if keep is not None:
        measured = {"cpu": poller.cpu, "crawl_pid": crawl_pid, "pages": pages}
        keep.with_suffix(".cpu.json").write_text(json.dumps(measured), encoding="utf-8")
    print(render(parse_raw(text), poller.cpu, crawl_pid, pages))
    return 0


def rerender(keep: Path) -> int:
    """Classify an earlier run's stacks again (after a change to STAGES)."""
    measured = json.loads(keep.with_suffix(".cpu.json").read_text(encoding="utf-8"))
    cpu = {int(k): v for k, v in measured["cpu"].items()}
    text = keep.read_text(encoding="utf-8", errors="replace")
    print(render(parse_raw(text), cpu, measured["crawl_pid"], measured["pages"]))
    return 0


def _pages(archive: Path) -> int:
    import sqlite3

    if archive.suffix == ".json":
        return int(json.loads(archive.read_text("utf-8")).get("downloader/response_count", 0))
    with sqlite3.connect(archive / "archive.db") as conn:
        (stats,) = conn.execute("SELECT stats_json FROM crawls ORDER BY id DESC").fetchone()
    return int(json.loads(stats).get("govarchive/pages", 0))


def render(
    threads: dict[int, tuple[int, str, Counter[str]]],
    cpu: dict[int, float],
    crawl_pid: int,
    pages: int,
) -> str:
    """CPU ms per page of each stage, per group of threads: each thread's samples scaled to
    its measured CPU time."""
    groups: dict[str, Counter[str]] = defaultdict(Counter)
    for tid, (pid, _name, counts) in threads.items():
        total = sum(counts.values())
        if not total:
            continue
        if pid == crawl_pid:
            group = (
                "crawl process, reactor thread" if tid == pid else "crawl process, helper threads"
            )
        else:
            group = "extraction workers"
        seconds = cpu.get(tid, 0.0)
        for stage, n in counts.items():
            groups[group][stage] += seconds * n / total
    lines = [f"CPU ms per page ({pages:,} pages; py-spy samples scaled to each thread's CPU)"]
    for group in sorted(groups):
        counts = groups[group]
        lines.append(f"\n{group}: {sum(counts.values()) * 1000 / max(pages, 1):.2f} ms/page")
        for stage, seconds in counts.most_common():
            lines.append(f"  {stage:<40} {seconds * 1000 / max(pages, 1):6.2f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crawl_profile",
                                     description=__doc__.splitlines()[0])  # fmt: skip
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rate", type=int, default=200, help="samples per second")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument(
        "--fetch-only",
        action="store_true",
        help="profile crawl_throughput's fetch-only crawl instead",
    )
    parser.add_argument("--keep", type=Path, help="also write py-spy's raw stacks here")
    parser.add_argument("--again", action="store_true", help="only re-classify the --keep file")
    args = parser.parse_args(argv)
    if args.again and args.keep:
        return rerender(args.keep)
    return run(args.articles, args.rate, args.concurrency, args.keep, args.fetch_only)


if __name__ == "__main__":
    sys.exit(main())
