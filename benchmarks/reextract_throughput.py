"""Re-extraction throughput against bare trafilatura, same pages, same run.

    .venv/bin/python benchmarks/reextract_throughput.py [--pages 2000] [--workers N] [--check]

1. Renders ``--pages`` distinct article pages in the layout of the Lào Cai replica (titles,
   dates, paragraphs and signatures varied), gzip-encoded as the portal sends them, and
   writes them to one WARC with govarchive's WarcWriter.
2. Imports that WARC into a fresh archive (``import-warc``: captures, extraction, articles).
3. Times ``reextract`` over the archive twice: every article changed (the archive is first
   marked as made by an older extractor, so each page writes a new version and re-indexes
   full-text search: the heaviest case) and nothing changed. Each includes reading and
   decoding every record from the WARC, extraction with dates, and the SQLite writes.
4. Times bare ``trafilatura.extract(html)`` over the same pages (already decoded, in memory),
   in this one process.

The figure of merit is re-extraction pages/s (all changed) / bare trafilatura pages/s; the
target on a 2-core machine is at least 1.6. ``--check`` exits 1 below it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET = 1.6


def render_pages(count: int, seed: int = 7) -> list[tuple[str, bytes]]:
    """``count`` distinct article pages: (path, HTML bytes)."""
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
        if len(text) > 1:  # reorder the plain paragraphs: every page's body differs
            shuffled = rng.sample([blocks[j] for j in text], len(text))
            for j, block in zip(text, shuffled, strict=True):
                blocks[j] = block
        for j in text:  # and its lines too: reordered lines alone make a near-duplicate
            blocks[j] = f"{blocks[j]} (kỳ {i + 1}, đoạn {j + 1})"
        when = start + timedelta(hours=7 * i + rng.randrange(0, 6), minutes=rng.randrange(60))
        spec = base | {
            "slug": f"{base['slug']}-{i}",
            "title": f"{base['title']} (kỳ {i + 1})",
            "when": when.strftime("%Y-%m-%d %H:%M"),
            "blocks": blocks,
        }
        truth = laocai._truth(spec)  # the replica's own renderer
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


def bare_trafilatura(pages: list[tuple[str, bytes]]) -> float:
    import trafilatura

    texts = [html.decode("utf-8") for _, html in pages]
    started = time.perf_counter()
    extracted = sum(1 for text in texts if trafilatura.extract(text))
    seconds = time.perf_counter() - started
    assert extracted == len(texts), f"trafilatura extracted {extracted} of {len(texts)}"
    return len(texts) / seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="article pages (default 2000)")
    parser.add_argument("--workers", type=int, default=None, help="extraction processes")
    parser.add_argument("--check", action="store_true", help=f"exit 1 below {TARGET}x")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from archive import Archive
    from config.profile import load_profile
    from pipelines.offline import import_warcs, reextract
    from pipelines.pool import default_workers

    profile = load_profile("laocai-tinhuy")
    workers = args.workers or default_workers()
    pages = render_pages(args.pages)
    figures: dict[str, float | int] = {"pages": len(pages), "workers": workers}
    with tempfile.TemporaryDirectory() as tmp:
        warc = write_warc(pages, Path(tmp) / "source", profile.base_url)
        figures["warc_mb"] = round(warc.stat().st_size / 1e6, 1)
        archive = Path(tmp) / "archive"
        started = time.perf_counter()
        report = import_warcs(archive, [warc], profile, workers=workers)
        figures["import_pages_per_s"] = len(pages) / (time.perf_counter() - started)
        assert report.stats.outcomes["new"] == len(pages), report.stats

        conn = sqlite3.connect(archive / "archive.db")
        with conn:  # as if an older extractor had made the archive: every page changes
            conn.execute("UPDATE articles SET content_hash = 'older-extractor'")
        conn.close()
        with Archive(archive) as arc:
            changed = reextract(arc.db, archive, workers=workers)
            unchanged = reextract(arc.db, archive, workers=workers)
        assert changed.outcomes["changed"] == len(pages), changed.outcomes
        assert unchanged.outcomes["unchanged"] == len(pages), unchanged.outcomes
        figures["reextract_changed_pages_per_s"] = changed.pages_per_second
        figures["reextract_unchanged_pages_per_s"] = unchanged.pages_per_second
    figures["bare_trafilatura_pages_per_s"] = bare_trafilatura(pages)
    ratio = figures["reextract_changed_pages_per_s"] / figures["bare_trafilatura_pages_per_s"]
    figures["ratio"] = ratio
    if args.json:
        print(
            json.dumps({k: round(v, 2) if isinstance(v, float) else v for k, v in figures.items()})
        )
    else:
        print(f"{len(pages)} article pages, {figures['warc_mb']} MB WARC, {workers} worker(s)")
        print(
            f"  import-warc (captures + extraction + inserts): {figures['import_pages_per_s']:8.1f} pages/s"
        )
        print(
            f"  reextract, every article changed:              {figures['reextract_changed_pages_per_s']:8.1f} pages/s"
        )
        print(
            f"  reextract, nothing changed:                    {figures['reextract_unchanged_pages_per_s']:8.1f} pages/s"
        )
        print(
            f"  bare trafilatura.extract, one process:         {figures['bare_trafilatura_pages_per_s']:8.1f} pages/s"
        )
        print(f"  ratio (reextract changed / bare):              {ratio:8.2f}x (target {TARGET}x)")
    return 1 if args.check and ratio < TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
