"""The htmldate date fallback on the public benchmarks' dated pages, side by side in one run:
govarchive's own publication day (its readers alone) and the day with the fallback, the
fallback's right and wrong answers, and its CPU per page it runs on.

    .venv/bin/python benchmarks/date_fallback.py [--limit N] [--extensive] [--as-is] [--half H]

``--extensive`` turns htmldate's extensive free-text search on; ``--as-is`` hands it the page
without pruning teasers and "Hôm nay" lines: the settings docs/extraction.md compares.
``--half tuning`` (or ``held-out``) scores one fixed half of each set
(:func:`benchmarks.extraction_quality.half`): date rules are tuned on the first only.
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_quality import SHARED, _load, _origin, half  # noqa: E402
from config.profile import adhoc_profile  # noqa: E402
from pipelines import datefallback  # noqa: E402
from pipelines.chrome import Learned  # noqa: E402
from pipelines.content import extract_body  # noqa: E402
from pipelines.datezone import page_zone  # noqa: E402
from pipelines.metadata import page_dates  # noqa: E402
from pipelines.page import Page, read_page  # noqa: E402

NAMES = ("htmldate-mediacloud", "trafilatura-eval", "wcxb-test")


def one(job: tuple[str, str, bool, bool]) -> tuple[str | None, str | None, float, bool]:
    """(own day, day with the fallback, the fallback's CPU seconds, whether it ran)."""
    path, url, extensive, as_is = job
    datefallback.EXTENSIVE = extensive
    if as_is:
        datefallback.pruned = lambda tree: tree
    raw = gzip.decompress(Path(path).read_bytes())
    profile = adhoc_profile(_origin(url))
    page = read_page(raw, url or _origin(url), {}, profile, Learned())
    if not isinstance(page, Page):
        return None, None, 0.0, False
    dates = page_dates(page, extract_body(page))
    own = dates.published.iso[:10] if dates.published else None
    start = time.process_time()
    found = datefallback.htmldate_dates(dates, page.tree, page.url, page_zone(page))
    took = time.process_time() - start
    with_it = found.published.iso[:10] if found.published else None
    return own, with_it, took, dates.published is None and dates.updated is None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="pages per benchmark (default: all)")
    parser.add_argument("--extensive", action="store_true", help="htmldate's extensive search")
    parser.add_argument("--as-is", action="store_true", help="no pruning of the page")
    parser.add_argument("--half", choices=("tuning", "held-out"), help="one fixed half of each set")
    args = parser.parse_args()
    print("| benchmark | dated pages | own day right | with the fallback | fallback right | "
          "fallback wrong | ms CPU per run |\n|---|---|---|---|---|---|---|")  # fmt: skip
    for name in NAMES:
        rows = [r for r in _load(SHARED / name, args.limit) if isinstance(r.get("date"), str) and r["date"]]
        rows = [r for r in rows if args.half is None or half(str(r["id"])) == args.half]
        if not rows:
            continue
        jobs = [(str(SHARED / name / r["html"]), r.get("url") or "", args.extensive, args.as_is)
                for r in rows]  # fmt: skip
        with ProcessPoolExecutor(2) as pool:
            out = list(pool.map(one, jobs, chunksize=8))
        truth = [r["date"][:10] for r in rows]
        own = sum(o[0] == t for o, t in zip(out, truth, strict=True))
        with_it = sum(o[1] == t for o, t in zip(out, truth, strict=True))
        ran = [(o, t) for o, t in zip(out, truth, strict=True) if o[3]]
        wrong = sum(1 for o, t in ran if o[1] is not None and o[1] != t)
        ms = sum(o[2] for o, _ in ran) / max(len(ran), 1) * 1000
        n = len(rows)
        print(f"| {name} | {n} | {own} ({own / n:.1%}) | {with_it} ({with_it / n:.1%}) | "
              f"{with_it - own} | {wrong} | {ms:.1f} |")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
