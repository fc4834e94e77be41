"""Re-extraction throughput against bare trafilatura, same pages, same run.

    .venv/bin/python benchmarks/reextract_throughput.py [--pages 2000] [--workers N] [--check]

1. Renders ``--pages`` distinct articles in the layout of the Lào Cai replica
   (:func:`render_pages`: each takes one of the replica's 15 articles as its shape and fills
   it with paragraphs, lead, captions, title and date drawn by a seeded RNG from the ~600
   sentences of the fixture corpus's hand-written Vietnamese texts), gzip-encoded as the
   portal sends them, into one WARC written with govarchive's WarcWriter.
2. Imports it into a fresh archive (``import-warc``: captures, extraction, articles), and
   likewise the near copies (:func:`render_near_copies`), ABBA: the second, named figure.
3. ABBA, twice each: bare ``trafilatura.extract(html)`` over the same pages (decoded, in
   memory, this one process) and ``reextract`` of the archive with every article changed
   (the archive is first marked as made by an older extractor, so each page writes a new
   version and re-indexes full-text search: the heaviest case): reading and decoding every
   record from the WARC, extraction with dates, the site model, the SQLite writes. Then
   ``reextract`` once more with nothing changed.

The figure of merit is re-extraction pages/s (all changed) / bare trafilatura pages/s, a
throughput ratio of wall times; the issue's target on a 2-core machine is at least 1.8.
``--check`` exits 1 below it. Printed beside it, the CPU ratio: bare trafilatura's CPU a page
over reextract's (this process, the forkserver and the extraction workers, read from
``/proc``), measured in the same ABBA runs. Two idle cores give at most ``2 x`` the CPU
ratio. Why both: the wall ratio holds only on an otherwise idle machine. The kernel shares
the CPU between sessions first (``sched_autogroup``), then between a session's processes,
so one busy process in another session leaves the two workers one core between them while
trafilatura, one process, still has a whole one: measured at 1,000 pages, 1.88x idle and
1.01x beside one ``while True: pass`` run by ``setsid``, with the CPU ratio 0.99 and 1.00.
The workers' niceness (``--worker-nice``; 5 by default, for a crawl's reactor) only orders
the processes of this one session and does not move it (0.99x at nice 5, 0.96x at nice 0,
beside another session's busy process). The CPU ratio does not depend on the load; the
wall ratio is the target's figure only when the load average at the start (printed) is
near 0.

Why distinct articles: the pages used to be the replica's 15 articles with their paragraphs
reordered (then each paragraph numbered, once reordered copies had rightly become one article
to ``pipelines/neardup.py``). 2,000 copies of 15 texts have fingerprints a few bits apart, so
every page of an import meets ~65 close candidates whose stored text is read and compared: a
corpus of near copies measures the near-duplicate step's worst case, not re-extraction. A real
archive holds distinct articles (here ~2 close candidates a page, from the shared vocabulary).
The worst case is real (a site of many near-identical notices from one "Thông báo"
template), so it stays as a named figure: import pages/s of the near copies against the
distinct pages (``near_copies_ratio``). ``reextract`` itself never meets it: a re-extracted
page is at its own URL already, which the near-duplicate step does not look up.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sqlite3
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET = 1.8  # issue 12
T = TypeVar("T")


PLACES = ("Bát Xát", "Bảo Thắng", "Bảo Yên", "Bắc Hà", "Mường Khương", "Si Ma Cai", "Sa Pa",
          "Văn Bàn", "Lào Cai", "Cốc San", "Y Tý", "Phong Hải", "Nghĩa Đô", "Bản Lầu",
          "Tả Phìn", "Cam Đường", "Xuân Quang", "Võ Lao", "Lùng Phình", "Trịnh Tường")  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentence_pool() -> tuple[list[str], list[str]]:
    """Sentences and titles of every hand-written Vietnamese text of the fixture corpus
    (``tests/families/texts*.py``: 110 texts) and of the replica's 15 articles: about 600
    sentences, 125 titles."""
    from crawler.replica.laocai_articles import OTHER_ARTICLES, SEED
    from tests.families.texts import TEXTS

    specs = [SEED, *OTHER_ARTICLES]
    paragraphs = [p for _, lead, body in TEXTS for p in (lead, *body)]
    paragraphs += [b for spec in specs for b in spec["blocks"] if isinstance(b, str)]
    sentences = [s for p in paragraphs for s in _SENTENCE_END.split(p) if len(s) > 25]
    titles = [title for title, _, _ in TEXTS] + [spec["title"] for spec in specs]
    return sentences, titles


def render_pages(count: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """``count`` distinct articles in the replica's layout: (path, HTML bytes).

    Each page takes one of the replica's 15 articles as its shape (markup, author, unit,
    source, where its lead, images, attachment and signature go) and fills it with text
    drawn by a seeded RNG from :func:`sentence_pool`: 3-9 paragraphs of 2-4 sentences, a
    lead and captions of two sentences, a title of its own (a pool title and a place), a
    date between 2019 and 2024. No paragraph is another page's (two pages share a few
    sentences at most), and no two bodies are near-duplicates, as in a real archive."""
    from crawler.replica import laocai
    from crawler.replica.laocai_articles import OTHER_ARTICLES, SEED

    specs = [SEED, *OTHER_ARTICLES]
    sentences, titles = sentence_pool()
    rng = random.Random(seed)

    def paragraph(low: int = 2, high: int = 4) -> str:
        return " ".join(rng.sample(sentences, rng.randint(low, high)))

    start = datetime(2019, 1, 1, 7, 0)
    seen: set[str] = set()
    pages = []
    for i in range(count):
        base = specs[rng.randrange(len(specs))]
        title = f"{rng.choice(titles)} tại {rng.choice(PLACES)}"
        while title in seen:
            title = f"{rng.choice(titles)} tại {rng.choice(PLACES)}"
        seen.add(title)
        blocks: list = []
        for k, block in enumerate(base["blocks"]):
            kind = "text" if isinstance(block, str) else block[0]
            if kind == "text":  # a run of the shape's paragraphs: a run of new ones
                if k == 0 or not isinstance(base["blocks"][k - 1], str):
                    blocks.extend(paragraph() for _ in range(rng.randint(3, 9)))
            elif kind == "lead":
                blocks.append(("lead", paragraph(2, 2)))
            elif kind in ("img", "figure"):
                blocks.append((kind, f"/Uploads/images/bench/{i}-{k}.jpg", paragraph(1, 1)))
            else:  # an attachment, a signature, a source: the shape's own
                blocks.append(block)
        when = start + timedelta(days=rng.randrange(6 * 365), hours=rng.randrange(12),
                                 minutes=rng.randrange(60))  # fmt: skip
        spec = base | {
            "slug": f"bai-viet-{i}-{zlib.crc32(title.encode()):08x}",
            "title": title,
            "when": when.strftime("%Y-%m-%d %H:%M"),
            "blocks": blocks,
        }
        truth = laocai._truth(spec)  # the replica's own renderer
        pages.append((truth["path"], laocai._article_page(spec, truth).encode("utf-8")))
    return pages


def render_near_copies(count: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """The near-duplicate step's worst case: ``count`` pages that are the replica's 15
    articles again and again, paragraphs reordered and each numbered (\"(kỳ 12, đoạn 3)\"),
    so that no two are one article by their lines, yet their fingerprints are all within a
    few bits of each other (a site of many near-identical notices from one template)."""
    from crawler.replica import laocai
    from crawler.replica.laocai_articles import OTHER_ARTICLES, SEED

    specs = [SEED, *OTHER_ARTICLES]
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, 7, 0)
    pages = []
    for i in range(count):
        base = specs[i % len(specs)]
        blocks = list(base["blocks"])
        text = [j for j, b in enumerate(blocks) if isinstance(b, str)]
        if len(text) > 1:
            shuffled = rng.sample([blocks[j] for j in text], len(text))
            for j, block in zip(text, shuffled, strict=True):
                blocks[j] = block
        for j in text:
            blocks[j] = f"{blocks[j]} (kỳ {i + 1}, đoạn {j + 1})"
        when = start + timedelta(hours=7 * i + rng.randrange(0, 6), minutes=rng.randrange(60))
        spec = base | {
            "slug": f"{base['slug']}-{i}",
            "title": f"{base['title']} (kỳ {i + 1})",
            "when": when.strftime("%Y-%m-%d %H:%M"),
            "blocks": blocks,
        }
        truth = laocai._truth(spec)
        pages.append((truth["path"], laocai._article_page(spec, truth).encode("utf-8")))
    return pages


def write_warc(pages: list[tuple[str, bytes]], folder: Path, base_url: str) -> Path:
    from archive.warcwrite import Exchange, WarcWriter

    writer = WarcWriter(folder, "bench", warcinfo={"software": "govarchive benchmark"})
    fetched = datetime(2024, 1, 1)
    for i, (path, html) in enumerate(pages):
        body = gzip.compress(html, mtime=0)
        writer.write_exchange(Exchange(
            url=base_url.rstrip("/") + path, method="GET",
            request_headers=[("Accept-Encoding", "gzip, deflate")], request_body=b"",
            status=200, protocol="HTTP/1.1",
            response_headers=[("Content-Type", "text/html; charset=utf-8"),
                              ("Content-Encoding", "gzip"), ("Content-Length", str(len(body)))],
            body=body, ip_address="127.0.0.1", fetched_at=fetched + timedelta(seconds=i),
        ))  # fmt: skip
    writer.close()
    (path,) = writer.files
    return path


def bare_trafilatura(pages: list[tuple[str, bytes]]) -> tuple[float, float]:
    """Seconds and CPU seconds of ``trafilatura.extract`` over the pages (decoded, in
    memory), one process."""
    import trafilatura

    texts = [html.decode("utf-8") for _, html in pages]
    started, cpu = time.perf_counter(), time.process_time()
    extracted = sum(1 for text in texts if trafilatura.extract(text))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert extracted == len(texts), f"trafilatura extracted {extracted} of {len(texts)}"
    return seconds, cpu


def tree_cpu(run: Callable[[], T]) -> tuple[T, float, float]:
    """``run()``, the CPU seconds it took in this process and in every process it started
    (the extraction workers, the forkserver that forks them), and of those this process's
    own (reading candidates, handing out tasks, unpickling results, the knowledge, saving:
    the serial part), read from ``/proc`` by :class:`benchmarks.crawl_profile.CpuPoller`
    (its own thread left out); the workers are read once more just before their pool shuts
    down, so their last moments count."""
    from benchmarks.crawl_profile import CpuPoller
    from pipelines.pool import ExtractionPool

    poller = CpuPoller(os.getpid())
    poller.read()
    before = dict(poller.cpu)
    shutdown = ExtractionPool.shutdown

    def read_then_shut(pool: ExtractionPool) -> None:
        poller.read()
        shutdown(pool)

    ExtractionPool.shutdown = read_then_shut  # type: ignore[method-assign]
    poller.start()
    try:
        result = run()
    finally:
        poller.done.set()
        poller.join()
        ExtractionPool.shutdown = shutdown  # type: ignore[method-assign]
    poller.read()
    spent = {tid: cpu - before.get(tid, 0.0) for tid, cpu in poller.cpu.items()}
    spent.pop(poller.native_id or -1, None)
    parent = sum(cpu for tid, cpu in spent.items() if poller.owner.get(tid) == os.getpid())
    return result, sum(spent.values()), parent


class Extractions:
    """Pages sent to extraction by every :class:`pipelines.pool.ExtractionPool` while
    installed (a page extracted twice counts twice): what each run cost in extractions,
    whatever the ingestor's own counts say."""

    def __init__(self) -> None:
        from pipelines.pool import ExtractionPool

        self.count = 0
        submit = ExtractionPool.submit

        def counted(pool: ExtractionPool, captures: list, *shared: object) -> object:
            self.count += len(captures)
            return submit(pool, captures, *shared)

        ExtractionPool.submit = counted  # type: ignore[method-assign]

    def since(self, start: int) -> int:
        return self.count - start


def mark_older(archive: Path) -> None:
    """As if an older extractor had made the archive: every article changes."""
    conn = sqlite3.connect(archive / "archive.db")
    with conn:
        conn.execute("UPDATE articles SET content_hash = 'older-extractor'")
    conn.close()


def import_seconds(pages, folder: Path, profile, workers: int) -> tuple[float, Path]:
    """Seconds of ``import_warcs`` of the pages' WARC into a new archive (every page a new
    article, checked), and the archive."""
    from pipelines.offline import import_warcs

    warc = write_warc(pages, folder / "source", profile.base_url)
    archive = folder / "archive"
    started = time.perf_counter()
    report = import_warcs(archive, [warc], profile, workers=workers)
    seconds = time.perf_counter() - started
    assert report.stats.outcomes["new"] == len(pages), report.stats
    return seconds, archive


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes")
    parser.add_argument("--check", action="store_true", help=f"exit 1 below {TARGET}x")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--no-near-copies", action="store_true",
                        help="one import of the distinct pages, no near-copies figure")  # fmt: skip
    parser.add_argument("--worker-nice", type=int, default=None,
                        help="the workers' niceness (default the pool's, 5; 0 weighs both "
                             "sides alike on a loaded machine)")  # fmt: skip
    args = parser.parse_args()

    from archive import Archive
    from config.profile import load_profile
    from pipelines import pool
    from pipelines.offline import reextract

    if args.worker_nice is not None:
        pool.NICENESS = args.worker_nice
    load = os.getloadavg()[0]  # other processes: see the module doc
    profile = load_profile("laocai-tinhuy")
    workers = args.workers or pool.default_workers()
    extractions = Extractions()
    pages = render_pages(args.pages)
    copies = [] if args.no_near_copies else render_near_copies(args.pages)
    n = len(pages)
    figures: dict[str, float | int] = {"pages": n, "workers": workers,
                                       "worker_nice": pool.NICENESS, "load": load}  # fmt: skip
    spent = {"reextract": 0.0, "bare": 0.0, "import": 0.0, "import_copies": 0.0}
    made = {"import": 0, "reextract": 0}  # extractions of the first import, of each reextract
    cpu = {"reextract": 0.0, "bare": 0.0, "parent": 0.0}
    with tempfile.TemporaryDirectory() as tmp:
        # the near-duplicate step's worst case: imports of the distinct pages and of the near
        # copies, ABBA (the first import's archive is the one re-extracted below)
        archive = None
        imports = [("import", pages), ("import_copies", copies), ("import_copies", copies),
                   ("import", pages)]  # fmt: skip
        for round_, (name, corpus) in enumerate(imports[:1] if args.no_near_copies else imports):
            start = extractions.count
            seconds, imported = import_seconds(corpus, Path(tmp) / str(round_), profile, workers)
            spent[name] += seconds
            if archive is None:
                made["import"] = extractions.since(start)
            archive = archive or imported
        assert archive is not None
        # the figure of merit: reextract (every article changed) against bare trafilatura, ABBA;
        # wall time (the target) and CPU time (every process, workers included) each side
        for side in ("bare", "reextract", "reextract", "bare"):
            if side == "bare":
                seconds, seconds_cpu = bare_trafilatura(pages)
                spent["bare"] += seconds
                cpu["bare"] += seconds_cpu
                continue
            mark_older(archive)
            start = extractions.count
            with Archive(archive) as arc:
                changed, seconds_cpu, parent_cpu = tree_cpu(
                    lambda: reextract(arc.db, archive, workers=workers))  # fmt: skip
            assert changed.outcomes["changed"] == n, changed.outcomes
            spent["reextract"] += changed.seconds
            cpu["reextract"] += seconds_cpu
            cpu["parent"] += parent_cpu
            made["reextract"] = extractions.since(start)  # (each run the same)
        start = extractions.count
        with Archive(archive) as arc:
            written = arc.db.conn.total_changes
            unchanged, unchanged_cpu, _ = tree_cpu(
                lambda: reextract(arc.db, archive, workers=workers))  # fmt: skip
            written = arc.db.conn.total_changes - written
        made["unchanged"] = extractions.since(start)
        assert unchanged.outcomes["unchanged"] == n, unchanged.outcomes
    rate = {name: 2 * n / seconds for name, seconds in spent.items() if seconds}
    if args.no_near_copies:
        rate["import"] /= 2
        rate["import_copies"] = float("nan")
    figures["import_pages_per_s"] = rate["import"]
    figures["import_near_copies_pages_per_s"] = rate["import_copies"]
    figures["near_copies_ratio"] = rate["import_copies"] / rate["import"]
    figures["reextract_changed_pages_per_s"] = rate["reextract"]
    figures["reextract_unchanged_pages_per_s"] = unchanged.pages_per_second
    figures["bare_trafilatura_pages_per_s"] = rate["bare"]
    figures["import_extractions"] = made["import"]
    figures["reextract_changed_extractions"] = made["reextract"]
    figures["reextract_unchanged_extractions"] = made["unchanged"]
    figures["reextract_unchanged_rows_written"] = written  # SQLite's total_changes
    ratio = figures["ratio"] = rate["reextract"] / rate["bare"]
    # CPU a page, every process: what other processes' load does not move
    figures["bare_cpu_ms_per_page"] = 1000 * cpu["bare"] / (2 * n)
    figures["reextract_changed_cpu_ms_per_page"] = 1000 * cpu["reextract"] / (2 * n)
    figures["reextract_changed_parent_cpu_ms_per_page"] = 1000 * cpu["parent"] / (2 * n)
    figures["reextract_unchanged_cpu_ms_per_page"] = 1000 * unchanged_cpu / n
    cpu_ratio = figures["cpu_ratio"] = cpu["bare"] / cpu["reextract"]
    cores = min(workers, pool.default_workers())
    bound = figures["idle_bound"] = cores * cpu_ratio
    if args.json:
        print(
            json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()})
        )
    else:
        print(f"{n} distinct article pages, {workers} worker(s) at nice {pool.NICENESS}; "
              f"each figure the mean of two runs; load average {load:.2f} at the start")  # fmt: skip
        print(f"  import-warc, distinct articles:            {rate['import']:8.1f} pages/s")
        print(
            f"  import-warc, near copies (worst case):     {rate['import_copies']:8.1f} pages/s"
            f"  ({figures['near_copies_ratio']:.2f}x)"
        )
        print(f"  extractions of {n} pages: import {made['import']}, reextract changed "
              f"{made['reextract']}, unchanged {made['unchanged']}")  # fmt: skip
        print(f"  reextract, every article changed:          {rate['reextract']:8.1f} pages/s"
              f"  {figures['reextract_changed_cpu_ms_per_page']:6.2f} ms CPU a page"
              f" ({figures['reextract_changed_parent_cpu_ms_per_page']:.2f} in this process)")  # fmt: skip
        print(
            f"  reextract, nothing changed:                {unchanged.pages_per_second:8.1f} pages/s"
            f"  {figures['reextract_unchanged_cpu_ms_per_page']:6.2f} ms CPU a page, "
            f"{written} rows written"
        )
        print(f"  bare trafilatura.extract, one process:     {rate['bare']:8.1f} pages/s"
              f"  {figures['bare_cpu_ms_per_page']:6.2f} ms CPU a page")  # fmt: skip
        print(f"  ratio (reextract changed / bare, wall):    {ratio:8.2f}x (target {TARGET}x)")
        print(f"  CPU ratio (bare CPU / reextract CPU):      {cpu_ratio:8.2f}x, so at most "
              f"{bound:.2f}x on {cores} idle cores")  # fmt: skip
    return 1 if args.check and ratio < TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
