"""Crawl throughput: the full pipeline against a fetch-only Scrapy crawl of the same site.

    .venv/bin/python -m benchmarks.crawl_throughput              # 2,000 articles, 2 rounds each
    .venv/bin/python -m benchmarks.crawl_throughput --articles 5000 --rounds 3 --json

A generated portal (:mod:`benchmarks.sitegen`, the Lào Cai layout) is served on 127.0.0.1 by
a :class:`~crawler.replica.server.ReplicaServer` in its own process. Then, alternating
(ABBA order, so drift of a shared machine hits both modes alike), each round runs:

- **full**: ``python -m crawler.cli crawl PROFILE --archive TMP --quiet``, the laocai-tinhuy
  profile rebased onto the server with no delay, no AutoThrottle, no depth limit: robots.txt,
  WARC capture, captures rows, extraction in the process pool, article storage;
- **fetch-only**: this file's :class:`FetchOnlySpider` with the same project settings,
  profile rules and concurrency, robots.txt obeyed, but no WARC middleware, no session and
  no item pipeline.

Pages come from each crawl's own stats (``govarchive/pages`` from ``crawls.stats_json``;
``downloader/response_count``), seconds from the wall clock around the subprocess (interpreter
start included) and from the crawl's own ``elapsed_time_seconds``. The report gives the
median over rounds of each and the ratio full / fetch-only, and the CPU of every process
of each crawl (the crawl process and its extraction workers, read from ``/proc``) per page.
``--source DIR`` runs the crawls with another tree's code (``git archive`` of another commit)
for a before/after comparison with the same script.

What each figure means (issue 12's target is the first):

- **ratio full / fetch-only (wall clock)**: pages/s of the full crawl over pages/s of the
  fetch-only crawl, interpreter start included; the target is >= 0.7 on 2 cores. It is
  what a user sees, but on a shared machine it measures the machine as much as the code:
  Linux shares the cores between sessions (``sched_autogroup``), so under load a crawl gets
  about half a core whatever its number of processes, and the fetch-only crawl alone swings
  by +-25 % between runs minutes apart.
- **CPU ms per page**, per mode, read from ``/proc`` every 0.2 s for every thread of every
  process of the crawl (the last reading of a thread that ended is kept, so a process
  shorter than 0.2 s may be missed): the crawl process's reactor thread (Scrapy, the
  spider, the middlewares, the item pipeline's side), the crawl process with all its
  threads (the reactor plus the archive thread: WARC writing, SQLite, the ingestor; they
  share one interpreter lock), and every other process (the extraction workers, the
  site-model inference, the forkserver, the CDXJ index). ``getrusage`` of the children is
  not used for this: the forkserver's workers are not reaped into it.
  The same work costs more CPU time on a loaded machine (shared caches, the other
  hyperthread: about twice at load 10-20 here), so absolute figures compare only within
  one run; the next two figures divide that out.
- **CPU ratio**: fetch-only's CPU a page / the full crawl's (whole crawl each): how much
  more work a page the pipeline is. Measured side by side, it moves little with the load.
- **idle bound**: the wall ratio the measured CPU allows on this machine's cores when idle:
  fetch-only's CPU a page / max(the full crawl process's CPU a page, the whole full crawl's
  CPU a page / cores). The full crawl cannot go faster than its crawl process (one
  interpreter lock) nor than all its CPU spread over every core; the fetch-only crawl is
  one process. It is an upper bound (it assumes perfect overlap), the load-independent
  stand-in for the target when the machine is not idle.
- instruction counts (``perf stat -e instructions``) would be steadier still, but this
  machine's virtual CPUs expose no hardware counters (``<not supported>``).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parent.parent
if __package__ in (None, ""):  # run as a file (python benchmarks/crawl_throughput.py)
    sys.path.insert(0, str(ROOT))

MODES = ("full", "fetch-only")
SITE_ID = "laocai-tinhuy"


def progress(message: str) -> None:
    print(f"[crawl_throughput] {message}", file=sys.stderr, flush=True)


# --- the server process ---------------------------------------------------------------------


def _serve(n_articles: int, per_page: int, seed: int, conn: Any) -> None:
    """Child process: build the site, serve it, answer "stats" and "stop" on ``conn``."""
    from benchmarks.sitegen import build_generated_site
    from crawler.replica import server as replica_server

    started = time.perf_counter()
    site = build_generated_site(n_articles, per_page, seed)
    server = replica_server.ReplicaServer(site=site).start()
    conn.send((server.base_url, len(site.pages), time.perf_counter() - started))
    try:
        while True:
            message = conn.recv()
            if message == "stats":
                conn.send((time.process_time(), len(server.requests)))
            elif message == "stop":
                break
    except EOFError:  # the parent went away
        pass
    finally:
        server.stop()


class SiteServer:
    """The generated site, served from a separate process (no GIL shared with anything)."""

    def __init__(self, n_articles: int, per_page: int, seed: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, child = context.Pipe()
        self._process = context.Process(
            target=_serve, args=(n_articles, per_page, seed, child), daemon=True
        )
        self.base_url = ""
        self.page_count = 0
        self.build_seconds = 0.0

    def start(self, timeout: float = 300) -> SiteServer:
        self._process.start()
        if not self._conn.poll(timeout):
            self.stop()
            raise RuntimeError("the site server did not start in time")
        self.base_url, self.page_count, self.build_seconds = self._conn.recv()
        return self

    def stats(self) -> tuple[float, int]:
        """(CPU seconds used so far, requests served so far)."""
        self._conn.send("stats")
        return self._conn.recv()

    def stop(self) -> None:
        if self._process.is_alive():
            try:
                self._conn.send("stop")
            except OSError:
                pass
            self._process.join(10)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)


# --- the fetch-only crawl --------------------------------------------------------------------

# As in crawler/spiders/portal.py. The fetch-only crawl imports nothing of the pipeline
# (spiders, session, archive), so it still runs while those modules are being changed.
ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar")
SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".css", ".js",
    ".mp3", ".mp4", ".avi", ".wmv", ".flv", ".swf", ".exe", ".woff", ".woff2", ".ttf",
)  # fmt: skip


def _fetch_only_spider(profile: Any) -> type:
    """The profile's discovery (robots.txt, sitemaps, start URLs, link rules, attachments)
    without anything else: what Scrapy alone costs for the same pages."""
    import re
    from urllib.parse import urljoin, urlsplit

    from scrapy import Request, Spider
    from scrapy.http import Response, TextResponse
    from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

    from pipelines.urls import canonicalize  # standard library only

    follow = [re.compile(r) for r in profile.links.follow]
    article = [re.compile(r) for r in profile.links.article]
    deny = [re.compile(r) for r in profile.links.deny]
    hosts = {d.lower() for d in profile.allowed_domains}

    class FetchOnlySpider(Spider):
        name = "fetch-only"
        allowed_domains: ClassVar[list[str]] = list(profile.allowed_domains)
        custom_settings: ClassVar[dict[str, Any]] = {
            # what crawler.spiderloader.profile_settings gives the full crawl
            "DOWNLOAD_DELAY": profile.politeness.delay,
            "CONCURRENT_REQUESTS_PER_DOMAIN": profile.politeness.concurrency,
            "AUTOTHROTTLE_ENABLED": profile.politeness.autothrottle,
            "DEPTH_LIMIT": profile.limits.depth or 0,
            "CLOSESPIDER_PAGECOUNT": profile.limits.max_pages or 0,
        }

        async def start(self) -> AsyncIterator[Request]:
            yield Request(urljoin(profile.base_url, "/robots.txt"), self.parse_robots, priority=10)
            for url in profile.sitemaps:
                yield Request(url, self.parse_sitemap, priority=5)
            for url in profile.start_urls:
                yield Request(url, self.parse_page, priority=5)

        def parse_robots(self, response: Response) -> Iterator[Request]:
            for url in sitemap_urls_from_robots(response.body, base_url=response.url):
                yield Request(url, self.parse_sitemap, priority=5)

        def parse_sitemap(self, response: Response) -> Iterator[Request]:
            for entry in Sitemap(response.body):
                if (loc := entry.get("loc")) and (request := self.page_request(loc, "sitemap")):
                    yield request

        def parse_page(self, response: Response) -> Iterator[Request]:
            if not isinstance(response, TextResponse):
                return
            for href in response.xpath("//a/@href").getall():
                href = href.strip()
                if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                    continue
                url = urljoin(response.url, href)
                if urlsplit(url).path.lower().endswith(ATTACHMENT_EXTENSIONS):
                    if self.allowed_host(url):
                        yield Request(url, self.parse_attachment)
                elif request := self.page_request(url, "link"):
                    yield request

        def parse_attachment(self, response: Response) -> None:
            pass

        def allowed_host(self, url: str) -> bool:
            host = (urlsplit(url).hostname or "").lower()
            return any(host == d or host.endswith("." + d) for d in hosts)

        def page_request(self, url: str, source: str) -> Request | None:
            if urlsplit(url).scheme not in ("http", "https") or not self.allowed_host(url):
                return None
            url = canonicalize(url)
            if urlsplit(url).path.lower().endswith(SKIP_EXTENSIONS):
                return None
            if any(r.search(url) for r in deny):
                return None
            is_article = any(r.search(url) for r in article)
            if (
                follow
                and not is_article
                and source == "link"
                and not any(r.search(url) for r in follow)
            ):
                return None
            return Request(url, self.parse_page)

    return FetchOnlySpider


def fetch_only_worker(profile_path: Path, stats_out: Path, log_file: Path) -> int:
    """Subprocess entry point: crawl with :class:`FetchOnlySpider`, write the stats as JSON."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from config.profile import load_profile_file

    profile = load_profile_file(profile_path)
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    overrides = {
        "SPIDER_LOADER_CLASS": "scrapy.spiderloader.SpiderLoader",
        "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.warc.WarcCaptureMiddleware": None},
        "EXTENSIONS": {"crawler.session.ArchiveSessionExtension": None},
        "ITEM_PIPELINES": {},
        "LOG_FILE": str(log_file),
        "LOG_FILE_APPEND": True,
    }
    for key, value in overrides.items():
        settings.set(key, value, priority="cmdline")
    process = CrawlerProcess(settings, install_root_handler=True)
    crawler = process.create_crawler(_fetch_only_spider(profile))
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    stats_out.write_text(json.dumps(stats, default=str, indent=1), encoding="utf-8")
    return 0 if stats.get("finish_reason") == "finished" else 1


# --- one measured run ------------------------------------------------------------------------


@dataclass
class Run:
    mode: str
    round: int
    ok: bool = False
    pages: int = 0
    wall_s: float = 0.0
    crawl_s: float | None = None  # the crawl's own elapsed_time_seconds
    cpu_s: float = 0.0  # CPU of the crawl process and every descendant it reaped (getrusage)
    tree_cpu_s: float = 0.0  # CPU of every process of the crawl (workers too), from /proc
    process_cpu_s: float = 0.0  # the crawl process alone (all its threads), from /proc
    reactor_cpu_s: float = 0.0  # its main thread (Scrapy's reactor), from /proc
    workers_cpu_s: float = 0.0  # every other process of the crawl (workers, forkserver...)
    server_cpu_s: float = 0.0
    server_requests: int = 0
    status: str = ""
    error: str | None = None
    articles: int | None = None  # full mode: rows in the articles table
    article_check: list[str] = field(default_factory=list)

    @property
    def pages_per_s(self) -> float:
        return self.pages / self.wall_s if self.wall_s else 0.0

    @property
    def crawl_pages_per_s(self) -> float | None:
        return self.pages / self.crawl_s if self.crawl_s else None


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


#: the source tree whose code the crawls run (``--source``; default: this one)
SOURCE = [ROOT]


def _measured(
    run: Run, server: SiteServer, command: list[str], timeout: float
) -> subprocess.CompletedProcess[str] | None:
    from benchmarks.crawl_profile import CpuPoller

    source = SOURCE[0]
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")])),
    )
    server_cpu, server_requests = server.stats()
    cpu = _children_cpu()
    started = time.perf_counter()
    with subprocess.Popen(command, cwd=source, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as proc:  # fmt: skip
        poller = CpuPoller(proc.pid)
        poller.start()
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, err = proc.communicate()
            run.wall_s = time.perf_counter() - started
            run.error = f"timed out after {timeout:.0f} s: {' '.join(command)}\n{err or ''}"
            return None
        finally:
            poller.done.set()
            poller.join()
    run.wall_s = time.perf_counter() - started
    run.cpu_s = _children_cpu() - cpu
    run.tree_cpu_s = sum(poller.cpu.values())
    for tid, seconds in poller.cpu.items():
        if poller.owner.get(tid) == proc.pid:
            run.process_cpu_s += seconds
            if tid == proc.pid:
                run.reactor_cpu_s += seconds
        else:
            run.workers_cpu_s += seconds
    server_cpu_after, server_requests_after = server.stats()
    run.server_cpu_s = server_cpu_after - server_cpu
    run.server_requests = server_requests_after - server_requests
    return subprocess.CompletedProcess(command, proc.returncode, out, err)


def _tail(text: str, lines: int = 25) -> str:
    return "\n".join(text.strip().splitlines()[-lines:])


def run_full(round_: int, server: SiteServer, profile_path: Path, work: Path,
             expected: list[dict[str, Any]], timeout: float) -> Run:  # fmt: skip
    run = Run("full", round_)
    archive = work / f"full-{round_}"
    command = [sys.executable, "-m", "crawler.cli", "crawl", str(profile_path),
               "--archive", str(archive), "--quiet"]  # fmt: skip
    result = _measured(run, server, command, timeout)
    try:
        if result is None:
            return run
        db = archive / "archive.db"
        if not db.exists():
            run.error = f"exit code {result.returncode}, no archive.db\n{_tail(result.stderr)}"
            return run
        try:
            _read_full_archive(run, db, expected)
        except sqlite3.Error as exc:
            run.error = f"cannot read {db}: {exc}\n{_tail(result.stderr)}"
            return run
        if result.returncode not in (0, 3) or run.status == "failed":
            run.error = f"exit code {result.returncode}, crawl {run.status}\n{_tail(result.stderr)}"
        elif not run.articles:
            run.error = (
                f"crawl {run.status} but no article stored: not the full pipeline's work; "
                f"{'; '.join(run.article_check[1:]) or 'no error counted'}\n{_tail(result.stderr)}"
            )
        else:
            run.ok = True
            if result.returncode == 3:
                run.article_check.insert(0, f"crawl status {run.status} (exit code 3)")
        return run
    finally:
        shutil.rmtree(archive, ignore_errors=True)


def _read_full_archive(run: Run, db: Path, expected: list[dict[str, Any]]) -> None:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute(
            "SELECT status, stats_json FROM crawls ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise sqlite3.OperationalError("no crawl row")
        run.status = row[0]
        stats = json.loads(row[1] or "{}")
        rows = conn.execute(
            "SELECT url, title, published_at, author, author_unit, source FROM articles "
            "WHERE site_id = ?",
            (SITE_ID,),
        ).fetchall()
    run.pages = int(stats.get("govarchive/pages", 0))
    run.crawl_s = _elapsed(stats)
    run.articles = len(rows)
    run.article_check = check_articles(rows, expected)
    counted = {
        k.removeprefix("govarchive/"): v
        for k, v in stats.items()
        if k.startswith(("govarchive/errors/", "govarchive/not_article/", "govarchive/dropped/"))
    }
    if counted and len(rows) < len(expected):
        run.article_check.append(f"crawl stats: {counted}")


def check_articles(rows: list[tuple[Any, ...]], expected: list[dict[str, Any]]) -> list[str]:
    """Warnings: articles missing from the archive, and fields that differ from the truth."""
    from urllib.parse import urlsplit

    stored = {urlsplit(r[0]).path: r[1:] for r in rows}
    warnings = []
    missing = [a["path"] for a in expected if a["path"] not in stored]
    if missing:
        warnings.append(
            f"{len(missing)} of {len(expected)} articles not stored, e.g. {', '.join(missing[:3])}"
        )
    names = ("title", "published", "author", "author_unit", "source")
    wrong = dict.fromkeys(names, 0)
    for article in expected:
        got = stored.get(article["path"])
        if got is not None:
            for name, value in zip(names, got, strict=True):
                wrong[name] += value != article[name]
    differing = ", ".join(f"{name} {count}" for name, count in wrong.items() if count)
    if differing:
        warnings.append(f"stored fields differing from the generated truth: {differing}")
    return warnings


def _elapsed(stats: dict[str, Any]) -> float | None:
    value = stats.get("elapsed_time_seconds")
    return float(value) if isinstance(value, int | float) else None


def run_fetch_only(round_: int, server: SiteServer, profile_path: Path, work: Path,
                   timeout: float) -> Run:  # fmt: skip
    run = Run("fetch-only", round_)
    stats_out, log_file = work / f"fetch-{round_}.json", work / f"fetch-{round_}.log"
    command = [sys.executable, "-m", "benchmarks.crawl_throughput", "--fetch-only-worker",
               str(profile_path), "--stats-out", str(stats_out), "--log-file", str(log_file)]  # fmt: skip
    result = _measured(run, server, command, timeout)
    if result is None:
        return run
    if not stats_out.exists():
        run.error = f"exit code {result.returncode}, no stats\n{_tail(result.stderr)}"
        return run
    stats = json.loads(stats_out.read_text(encoding="utf-8"))
    run.pages = int(stats.get("downloader/response_count", 0))
    run.crawl_s = _elapsed(stats)
    run.status = str(stats.get("finish_reason", ""))
    run.ok = result.returncode == 0 and run.pages > 0
    if not run.ok:
        run.error = (
            f"exit code {result.returncode}, finish reason {run.status!r}\n{_tail(result.stderr)}"
        )
    return run


# --- the benchmark ---------------------------------------------------------------------------


def write_profile(base_url: str, concurrency: int, folder: Path) -> Path:
    """The laocai-tinhuy profile rebased onto the server: no delay, no limits, no page
    requisites (the fetch-only crawl fetches none, so both modes fetch the same URLs)."""
    import yaml

    from config.profile import load_profile

    profile = load_profile(SITE_ID).rebased(
        base_url,
        politeness={"delay": 0, "concurrency": concurrency, "autothrottle": False},
        limits={"max_pages": None, "depth": None},
        requisites="none",
    )
    path = folder / f"{profile.id}.yaml"
    data = profile.model_dump(mode="json", exclude={"adhoc"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def summarize(runs: list[Run]) -> dict[str, Any]:
    modes: dict[str, Any] = {}
    for mode in MODES:
        ok = [r for r in runs if r.mode == mode and r.ok]
        if not ok:
            modes[mode] = None
            continue
        modes[mode] = {
            "rounds": len(ok),
            "pages": _median([r.pages for r in ok]),
            "wall_s": _median([r.wall_s for r in ok]),
            "crawl_s": _median([r.crawl_s for r in ok]),
            "pages_per_s": _median([r.pages_per_s for r in ok]),
            "crawl_pages_per_s": _median([r.crawl_pages_per_s for r in ok]),
            "cpu_s": _median([r.cpu_s for r in ok]),
            "tree_cpu_ms_per_page": _median([1000 * r.tree_cpu_s / r.pages for r in ok if r.pages]),
            "process_cpu_ms_per_page": _median(
                [1000 * r.process_cpu_s / r.pages for r in ok if r.pages]
            ),
            "reactor_cpu_ms_per_page": _median(
                [1000 * r.reactor_cpu_s / r.pages for r in ok if r.pages]
            ),
            "workers_cpu_ms_per_page": _median(
                [1000 * r.workers_cpu_s / r.pages for r in ok if r.pages]
            ),
            "core_share": _median([r.tree_cpu_s / r.wall_s for r in ok if r.wall_s]),
            "server_cpu_s": _median([r.server_cpu_s for r in ok]),
            "articles": _median([r.articles for r in ok]),
        }
    full, fetch = modes["full"], modes["fetch-only"]
    ratio = crawl_ratio = None
    if full and fetch:
        ratio = full["pages_per_s"] / fetch["pages_per_s"]
        if full["crawl_pages_per_s"] and fetch["crawl_pages_per_s"]:
            crawl_ratio = full["crawl_pages_per_s"] / fetch["crawl_pages_per_s"]
    cpu_ratio, bound = cpu_figures(full, fetch)
    return {"modes": modes, "ratio": ratio, "crawl_ratio": crawl_ratio, "cpu_ratio": cpu_ratio,
            "idle_bound": bound}  # fmt: skip


def cpu_figures(
    full: dict[str, Any] | None, fetch: dict[str, Any] | None, cores: int | None = None
) -> tuple[float | None, float | None]:
    """(CPU ratio, idle bound) from the CPU a page of each mode, which the machine's load
    moves far less than the wall clock (see the module's docstring).

    - CPU ratio: fetch-only's CPU a page / the full crawl's, every process of each;
    - idle bound: the ratio the two crawls would reach on ``cores`` idle cores, the
      fetch-only crawl (one process) taking its CPU a page of wall time a page and the full
      crawl the larger of its crawl process's CPU a page (one interpreter lock: it cannot
      spread over cores) and its whole CPU a page spread over every core."""
    if not full or not fetch:
        return None, None
    whole, alone = full["tree_cpu_ms_per_page"], fetch["tree_cpu_ms_per_page"]
    process = full["process_cpu_ms_per_page"]
    if not whole or not alone or not process:
        return None, None
    cores = cores or os.cpu_count() or 1
    return alone / whole, alone / max(process, whole / cores)


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def render_table(summary: dict[str, Any], runs: list[Run]) -> str:
    header = (
        f"{'mode':<11} {'pages':>6} {'wall s':>7} {'crawl s':>8} {'pages/s':>8} "
        f"{'pages/s*':>9} {'crawl CPU':>9} {'server CPU':>10} {'articles':>8}"
    )
    lines = [header, "-" * len(header)]
    for mode in MODES:
        m = summary["modes"][mode]
        if m is None:
            lines.append(f"{mode:<11} failed in every round")
            continue
        wall = m["wall_s"]
        lines.append(
            f"{mode:<11} {m['pages']:>6.0f} {wall:>7.1f} {_fmt(m['crawl_s'], '8.1f'):>8} "
            f"{m['pages_per_s']:>8.1f} {_fmt(m['crawl_pages_per_s'], '9.1f'):>9} "
            f"{m['cpu_s'] / wall:>9.0%} {m['server_cpu_s'] / wall:>10.0%} "
            f"{_fmt(m['articles'], '8.0f'):>8}"
        )
    lines += ["", "CPU ms per page (from /proc)    " + "".join(f"{mode:>12}" for mode in MODES)]
    for label, key in (
        ("crawl process: reactor thread", "reactor_cpu_ms_per_page"),
        ("crawl process: all its threads", "process_cpu_ms_per_page"),
        ("workers and other processes", "workers_cpu_ms_per_page"),
        ("whole crawl", "tree_cpu_ms_per_page"),
    ):
        lines.append(f"{label:<31} " + "".join(
            f"{_fmt((summary['modes'][mode] or {}).get(key), '12.2f'):>12}" for mode in MODES
        ))  # fmt: skip
    lines.append(f"{'share of a core used':<31} " + "".join(
        f"{_fmt((summary['modes'][mode] or {}).get('core_share'), '12.2f'):>12}" for mode in MODES
    ))  # fmt: skip
    if summary["ratio"] is not None:
        lines += ["",
            f"ratio full / fetch-only: {summary['ratio']:.2f} (wall clock: the target's figure, "
            f"moved by the machine's load), {_fmt(summary['crawl_ratio'], '.2f')} (crawl's own "
            "elapsed time)",
            f"CPU ratio (fetch-only's CPU a page / full's): {_fmt(summary['cpu_ratio'], '.2f')}; "
            f"idle bound on {os.cpu_count()} cores: {_fmt(summary['idle_bound'], '.2f')} "
            "(load-independent figures: see the module's docstring)",
        ]  # fmt: skip
    lines.append(
        "medians over rounds; pages/s* = pages / the crawl's own elapsed time (no interpreter "
        "start-up); CPU columns: CPU seconds / wall seconds of the crawl process (the Scrapy "
        "reactor; extraction workers are not included) and of the site server"
    )
    return "\n".join(lines)


def run_benchmark(args: argparse.Namespace) -> tuple[dict[str, Any], list[Run]]:
    from benchmarks.sitegen import generate_articles

    progress(
        f"generating and serving {args.articles:,} articles ({args.per_page} per listing page)"
    )
    server = SiteServer(args.articles, args.per_page, args.seed).start()
    runs: list[Run] = []
    try:
        progress(f"serving {server.page_count:,} pages on {server.base_url} "
                 f"(built in {server.build_seconds:.1f} s)")  # fmt: skip
        expected = [truth for _, truth in generate_articles(args.articles, args.seed)]
        with tempfile.TemporaryDirectory(prefix="govarchive-bench-") as tmp:
            work = Path(tmp)
            profile_path = write_profile(server.base_url, args.concurrency, work)
            for round_ in range(1, args.rounds + 1):
                order = MODES if round_ % 2 else MODES[::-1]  # ABBA
                for mode in order:
                    progress(f"round {round_}/{args.rounds}: {mode} crawl ...")
                    if mode == "full":
                        run = run_full(round_, server, profile_path, work, expected, args.timeout)
                    else:
                        run = run_fetch_only(round_, server, profile_path, work, args.timeout)
                    runs.append(run)
                    _report_run(run)
            failed = [r for r in runs if r.mode == "full" and not r.ok]
            if failed and not any(r.mode == "full" and r.ok for r in runs):
                progress("every full crawl failed; one more attempt")
                run = run_full(args.rounds + 1, server, profile_path, work, expected, args.timeout)
                runs.append(run)
                _report_run(run)
    finally:
        server.stop()
    return summarize(runs), runs


def _report_run(run: Run) -> None:
    if not run.ok:
        progress(f"  {run.mode} FAILED after {run.wall_s:.1f} s: {run.error}")
        return
    crawl = f", crawl {run.crawl_s:.1f} s" if run.crawl_s else ""
    articles = f", {run.articles:,} articles stored" if run.articles is not None else ""
    progress(
        f"  {run.pages:,} pages in {run.wall_s:.1f} s{crawl}: {run.pages_per_s:.1f} pages/s"
        f"{articles} (server answered {run.server_requests:,} requests)"
    )
    for warning in run.article_check:
        progress(f"  WARNING: {warning}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.crawl_throughput",
        description="Pages/s of the full pipeline beside a fetch-only Scrapy crawl of the "
        "same generated loopback site, measured in one run, and their ratio.",
    )
    parser.add_argument("--articles", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument("--per-page", type=int, default=50, help="articles per listing page")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of each mode (default 2)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight (1-16)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated text")
    parser.add_argument("--timeout", type=float, default=600, help="seconds allowed per crawl")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="source tree whose code the crawls run (another commit's, from "
                             "git archive; default: this one)")  # fmt: skip
    parser.add_argument("--fetch-only-worker", metavar="PROFILE", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--stats-out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--log-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.fetch_only_worker:
        return fetch_only_worker(args.fetch_only_worker, args.stats_out, args.log_file)
    SOURCE[0] = args.source.resolve()
    if args.articles < 1 or args.rounds < 1 or not 1 <= args.concurrency <= 16:
        parser.error("--articles and --rounds must be positive, --concurrency 1-16")
    summary, runs = run_benchmark(args)
    if args.json:
        report = {
            "articles": args.articles,
            "rounds": args.rounds,
            "concurrency": args.concurrency,
            "cpus": os.cpu_count(),
            **summary,
            "runs": [
                {
                    **asdict(r),
                    "pages_per_s": r.pages_per_s,
                    "crawl_pages_per_s": r.crawl_pages_per_s,
                }
                for r in runs
            ],
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        print(f"\ncrawl throughput: {args.articles:,} articles, concurrency {args.concurrency}, "
              f"{args.rounds} round(s) per mode, {os.cpu_count()} CPU(s)\n")  # fmt: skip
        print(render_table(summary, runs))
    full_ok = [r for r in runs if r.mode == "full" and r.ok]
    if full_ok and any(r.articles != args.articles for r in full_ok):
        progress(f"WARNING: a full crawl did not store all {args.articles:,} articles (see above)")
    return 0 if summary["ratio"] is not None else 1


if __name__ == "__main__":
    sys.exit(main())
