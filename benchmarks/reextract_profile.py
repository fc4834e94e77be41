"""Where ``reextract``'s CPU goes, stage by stage, in units of bare trafilatura's CPU a page.

    .venv/bin/python benchmarks/reextract_profile.py [--pages 2000] [--top 0]

The corpus of :mod:`benchmarks.reextract_throughput` (distinct articles in the Lào Cai
replica's layout, one WARC) is imported into a fresh archive (2 workers, not profiled), the
archive marked as made by an older extractor (every article changes: a new version each),
and ``reextract`` run with ``workers=1`` (extraction in the calling thread, so every stage is
in one profile) under cProfile. Each stage is the cumulative time of the functions named in
:data:`STAGES`, divided by the pages and by bare ``trafilatura.extract``'s time a page
measured in the same run (before and after the profiled run, the mean). Profiler figures:
cProfile's overhead weighs more on many small calls (the saving side) than on lxml's C code.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: (stage, (file suffix, function name) ...): cumulative times summed (none nests another)
STAGES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("extraction in the worker (`extract_capture`)", (("pipelines/pool.py", "extract_capture"),)),
    ("- WARC record read back, gunzip (`read_capture`)", (("pipelines/pool.py", "read_capture"),)),
    ("- parse and page report (`read_page`)", (("pipelines/page.py", "read_page"),)),
    ("- body (`extract_body`)", (("pipelines/content.py", "extract_body"),)),
    ("- dates (`page_dates`)", (("pipelines/metadata.py", "page_dates"),)),
    ("- metadata (`build_record`)", (("pipelines/metadata.py", "build_record"),)),
    ("- citations (`cite`)", (("pipelines/documents.py", "cite"),)),
    ("site model inference runs (`infer_captures`)", (("pipelines/pool.py", "infer_captures"),)),
    ("saving (`Ingestor._save`)", (("pipelines/ingest.py", "_save"),)),
    ("- body fingerprint", (("pipelines/fingerprint.py", "fingerprint"),)),
    ("- article and version rows (`save_article`)", (("archive/articles.py", "save_article"),)),
    ("- full-text index (`reindex_article`)", (("archive/fts.py", "reindex_article"),)),
    ("- citations stored (`_store_refs`)", (("pipelines/ingestdocs.py", "_store_refs"),)),
    ("settling at close (`Ingestor._settle`)", (("pipelines/ingest.py", "_settle"),)),
    ("commits", (("<method 'commit' of 'sqlite3.Connection' objects>", ""),)),
    ("candidates read (`candidates`)", (("archive/candidates.py", "candidates"),)),
    ("feeds written (`write_feeds`)", (("archive/feeds.py", "write_feeds"),)),
]


def stage_seconds(stats: pstats.Stats) -> dict[str, float]:
    table = stats.stats  # type: ignore[attr-defined]
    out: dict[str, float] = {}
    for stage, names in STAGES:
        total = 0.0
        for suffix, func in names:
            for (file, _line, name), (_cc, _nc, _tt, ct, _callers) in table.items():
                if func == "" and name == suffix:
                    total += ct
                elif func and name == func and file.endswith(suffix):
                    total += ct
        out[stage] = total
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--top", type=int, default=0, help="also print the top N functions")
    parser.add_argument("--dump", type=Path, default=None, help="write the pstats file here")
    args = parser.parse_args()

    from archive import Archive
    from benchmarks.reextract_throughput import (
        bare_trafilatura,
        import_seconds,
        mark_older,
        render_pages,
    )
    from config.profile import load_profile
    from pipelines.offline import reextract

    profile = load_profile("laocai-tinhuy")
    pages = render_pages(args.pages)
    n = len(pages)
    with tempfile.TemporaryDirectory() as tmp:
        _, archive = import_seconds(pages, Path(tmp), profile, 2)
        bare = bare_trafilatura(pages)
        mark_older(archive)
        profiler = cProfile.Profile()
        with Archive(archive) as arc:
            profiler.enable()
            report = reextract(arc.db, archive, workers=1)
            profiler.disable()
        assert report.outcomes["changed"] == n, report.outcomes
        bare = (bare + bare_trafilatura(pages)) / 2
    unit = bare / n
    stats = pstats.Stats(profiler)
    if args.dump:
        stats.dump_stats(args.dump)
    total = sum(v[3] for k, v in stats.stats.items() if k[2] == "reextract"  # type: ignore[attr-defined]
                and k[0].endswith("pipelines/offline.py"))  # fmt: skip
    print(f"{n} pages, every article changed; bare trafilatura {1000 * unit:.2f} ms a page")
    print("| stage | bare pages |")
    print("|---|---|")
    for stage, seconds in stage_seconds(stats).items():
        print(f"| {stage} | {seconds / n / unit:.2f} |")
    print(f"| **whole path (`reextract`)** | **{total / n / unit:.2f}** |")
    if args.top:
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
