"""The size and cost of a fleet job's state file for a site of many recent articles.

    .venv/bin/python -m benchmarks.jobstate_size                    # 5,000 articles
    .venv/bin/python -m benchmarks.jobstate_size --articles 20000 --repeats 3

A job state (:mod:`archive.jobstate`) carries every article of the site as a stub, and the
body of its most recent ones (:data:`archive.sitemodels.RECENT`, 5,000: what a crawl seeds
its near-duplicate check with), so that a shard catches a print copy of an article the
central archive holds. This builds an archive of one site whose articles are all recent
(Vietnamese bodies of 300-800 words, :class:`benchmarks.search_latency.Corpus`; each with
its capture and body fingerprint, as the product stores them), then writes its state file
with the bodies (as shipped) and without them (every stub a fingerprint only), and loads
each into a fresh shard (:func:`archive.jobstate.start_shard`'s import). It reports the
bytes of each file and the save and load times as ratios measured side by side, in ABBA
order (the machine is noisy: only the ratios mean anything).

Then the same for a site of long articles (``--long`` times the text: a portal publishing
whole legal documents as articles), where the size cap
(:data:`archive.jobstate.BODY_BUDGET`) bounds the file: capped (as shipped) against
uncapped (every recent body, as before the cap).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from unittest import mock

from archive.db import open_db
from archive.jobstate import BODY_BUDGET, export_site_state, import_site_state
from benchmarks.search_latency import Corpus
from pipelines.fingerprint import fingerprint

SITE = "portal-00"


def build(db_path: Path, n_articles: int, long: int = 1) -> None:
    """One site, one finished crawl, ``n_articles`` articles with their captures; each body
    the text of ``long`` generated articles."""
    corpus = Corpus(0)
    db = open_db(db_path)
    db.execute("INSERT INTO sites (id, name, base_url) VALUES (?, ?, ?)",
               [SITE, SITE, f"https://{SITE}.gov.vn/"])  # fmt: skip
    db.execute("INSERT INTO crawls (id, site_id, started_at, finished_at, status) VALUES "
               "(1, ?, '2026-01-01T00:00:00Z', '2026-01-01T01:00:00Z', 'finished')", [SITE])  # fmt: skip
    with db.conn:
        for i in range(n_articles):
            a = corpus.article(i * 20)  # (every 20th: the corpus's site 0)
            for j in range(1, long):
                a["body"] = f"{a['body']}\n\n{corpus.article(i * 20 + j * 100_000)['body']}"
            seen = f"2026-01-01T00:{i // 60 % 60:02d}:{i % 60:02d}Z"
            db.execute(
                "INSERT INTO captures (id, crawl_id, site_id, url, status, fetched_at, "
                "record_type, warc_record_id, payload_digest) VALUES (?, 1, ?, ?, 200, ?, "
                "'response', ?, ?)",
                [i + 1, SITE, a["url"], seen, f"<urn:uuid:{i:032x}>", f"sha1:{i:032x}"],
            )  # fmt: skip
            db.execute(
                "INSERT INTO articles (id, site_id, url, title, published_at, body, first_seen, "
                "last_seen, content_hash, current_version, capture_id, crawl_id, "
                "body_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1, ?)",
                [i + 1, SITE, a["url"], a["title"], a["published_at"], a["body"], seen, seen,
                 f"{i:064x}", i + 1, fingerprint(str(a["body"]))],
            )  # fmt: skip
    db.close()


def save(db_path: Path, out: Path, bodies: bool, budget: int = BODY_BUDGET) -> float:
    db = open_db(db_path, create=False)
    started = time.perf_counter()
    if bodies:
        export_site_state(db, SITE, out, body_budget=budget)
    else:  # no recent article: every stub carries its fingerprint only
        with mock.patch("archive.jobstate.recent_fingerprints", lambda *_: []):
            export_site_state(db, SITE, out)
    seconds = time.perf_counter() - started
    db.close()
    return seconds


def load(state: Path, folder: Path) -> float:
    with tempfile.TemporaryDirectory(dir=folder) as shard:
        db = open_db(Path(shard) / "archive.db")
        started = time.perf_counter()
        import_site_state(db, state)
        seconds = time.perf_counter() - started
        db.close()
    return seconds


def abba(a: Callable[[], float], b: Callable[[], float], repeats: int) -> tuple[float, float]:
    """Median seconds of ``a`` and ``b``, run A B B A ``repeats`` times."""
    times: dict[str, list[float]] = {"a": [], "b": []}
    for _ in range(repeats):
        for key in "abba":
            times[key].append((a if key == "a" else b)())
    return statistics.median(times["a"]), statistics.median(times["b"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--long", type=int, default=10, help="text of a long article, in articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db_path = folder / "archive.db"
        started = time.perf_counter()
        build(db_path, args.articles)
        print(f"built {args.articles:,} articles in {time.perf_counter() - started:.1f}s")
        with_bodies, without = folder / "with.jsonl.gz", folder / "without.jsonl.gz"
        save_with, save_without = abba(lambda: save(db_path, with_bodies, True),
                                       lambda: save(db_path, without, False), args.repeats)  # fmt: skip
        load_with, load_without = abba(lambda: load(with_bodies, folder),
                                       lambda: load(without, folder), args.repeats)  # fmt: skip
        big, small = with_bodies.stat().st_size, without.stat().st_size
        print(f"state file with the recent bodies: {big:,} bytes ({big / args.articles:,.0f} a "
              f"recent article)")  # fmt: skip
        print(f"state file without bodies:        {small:,} bytes")
        print(f"size ratio with/without: {big / small:.2f}x")
        print(f"save: with/without {save_with / save_without:.2f}x "
              f"({save_with:.2f}s / {save_without:.2f}s)")  # fmt: skip
        print(f"load: with/without {load_with / load_without:.2f}x "
              f"({load_with:.2f}s / {load_without:.2f}s)")  # fmt: skip
        if args.long > 1:
            long_site(folder, args)


def long_site(folder: Path, args: argparse.Namespace) -> None:
    """The site of long articles: the state capped (as shipped) against uncapped."""
    db_path = folder / "long.db"
    build(db_path, args.articles, long=args.long)
    capped, uncapped = folder / "capped.jsonl.gz", folder / "uncapped.jsonl.gz"
    save_capped, save_uncapped = abba(lambda: save(db_path, capped, True),
                                      lambda: save(db_path, uncapped, True, 1 << 62),
                                      args.repeats)  # fmt: skip
    load_capped, load_uncapped = abba(lambda: load(capped, folder),
                                      lambda: load(uncapped, folder), args.repeats)  # fmt: skip
    big, small = uncapped.stat().st_size, capped.stat().st_size
    print(f"long articles ({args.long}x the text): uncapped {big:,} bytes, capped {small:,} "
          f"bytes ({big / small:.2f}x)")  # fmt: skip
    print(f"long articles: save uncapped/capped {save_uncapped / save_capped:.2f}x, load "
          f"uncapped/capped {load_uncapped / load_capped:.2f}x "
          f"({load_uncapped:.2f}s / {load_capped:.2f}s)")  # fmt: skip


if __name__ == "__main__":
    main()
