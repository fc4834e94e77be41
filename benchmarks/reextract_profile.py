"""Where ``reextract``'s CPU goes, stage by stage, in units of bare trafilatura's CPU a page.

    .venv/bin/python benchmarks/reextract_profile.py [--pages 2000] [--top 0] [--plain]

The corpus of :mod:`benchmarks.reextract_throughput` (distinct articles in the Lào Cai
replica's layout, one WARC) is imported into a fresh archive (2 workers, not profiled), the
archive marked as made by an older extractor (every article changes: a new version each),
and ``reextract`` run with ``workers=1`` (extraction in the calling thread, so every stage is
in one profile) under cProfile. Each stage is the cumulative time of the functions named in
:data:`STAGES`, divided by the pages and by bare ``trafilatura.extract``'s time a page
measured in the same run (before and after the profiled run, the mean). Profiler figures:
cProfile's overhead weighs more on many small calls (the saving side) than on lxml's C code.
``--plain``: no profiler; each stage's own CPU time (``process_time``, the functions of
:data:`PLAIN` wrapped) in units of bare trafilatura's CPU time a page, which other processes'
load does not move as it moves wall times.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

#: (stage, (file suffix, function name) ...): cumulative times summed (none nests another)
STAGES: list[tuple[str, tuple[tuple[str, str], ...]]] = [
    ("extraction in the worker (`extract_capture`)", (("pipelines/pool.py", "extract_capture"),)),
    ("- WARC record read back, gunzip (`read_capture`)", (("pipelines/pool.py", "read_capture"),)),
    ("- parse and page report (`read_page`)", (("pipelines/page.py", "read_page"),)),
    ("- classification (`classify_url`, `_page`, `_text`)", (
        ("pipelines/classify.py", "classify_url"), ("pipelines/classify.py", "classify_page"),
        ("pipelines/classify.py", "classify_text"),
    )),
    ("- body (`extract_body`)", (("pipelines/content.py", "extract_body"),)),
    ("- dates (`page_dates`)", (("pipelines/metadata.py", "page_dates"),)),
    ("- htmldate fallback (`htmldate_dates`)", (("pipelines/datefallback.py", "htmldate_dates"),)),
    ("- metadata (`build_record`)", (("pipelines/metadata.py", "build_record"),)),
    ("- citations (`cite`)", (("pipelines/documents.py", "cite"),)),
    ("- body fingerprint (`fingerprinted`)", (("pipelines/pool.py", "fingerprinted"),)),
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


#: the same stages timed without the profiler (``--plain``): (stage, module, attribute) as
#: the caller looks it up, wrapped to add the CPU time (``time.process_time``) it takes (a
#: stage named twice sums its functions)
PLAIN: list[tuple[str, str, str]] = [
    ("extraction in the worker (`extract_capture`)", "pipelines.pool", "extract_capture"),
    ("- WARC record read back, gunzip (`read_capture`)", "pipelines.pool", "read_capture"),
    ("- parse and page report (`read_page`)", "pipelines.extract", "read_page"),
    ("- classification (`classify_url`, `_page`, `_text`)", "pipelines.extract", "classify_url"),
    ("- classification (`classify_url`, `_page`, `_text`)", "pipelines.extract", "classify_page"),
    ("- classification (`classify_url`, `_page`, `_text`)", "pipelines.extract", "classify_text"),
    ("- body (`extract_body`)", "pipelines.extract", "extract_body"),
    ("- dates (`page_dates`)", "pipelines.extract", "page_dates"),
    ("- htmldate fallback (`htmldate_dates`)", "pipelines.extract", "htmldate_dates"),
    ("- metadata (`build_record`)", "pipelines.extract", "build_record"),
    ("- citations (`cite`)", "pipelines.documents", "cite"),  # imported where called
    ("- body fingerprint (`fingerprinted`)", "pipelines.pool", "fingerprinted"),
    ("site model inference runs (`infer_captures`)", "pipelines.pool", "infer_captures"),
    ("saving (`Ingestor._save`)", "pipelines.ingest:Ingestor", "_save"),
    ("- body fingerprint", "pipelines.ingest", "body_fingerprint"),
    ("- article and version rows (`save_article`)", "archive.store:ArchiveWriter", "save_article"),
    ("- citations stored (`_store_refs`)", "pipelines.ingest:Ingestor", "_store_refs"),
    ("settling at close (`Ingestor._settle`)", "pipelines.ingest:Ingestor", "_settle"),
]


def plain_stages() -> dict[str, float]:
    """Wrap the :data:`PLAIN` stages; the dict returned fills with their CPU seconds."""
    import importlib

    spent: dict[str, float] = {}
    for stage, where, name in PLAIN:
        module, _, cls = where.partition(":")
        owner = importlib.import_module(module)
        owner = getattr(owner, cls) if cls else owner
        spent.setdefault(stage, 0.0)
        setattr(owner, name, _timed(getattr(owner, name), stage, spent))
    return spent


def _timed(fn: Callable[..., Any], stage: str, spent: dict[str, float]) -> Callable[..., Any]:
    import time

    def timed(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[stage] += time.process_time() - started

    return timed


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
    parser.add_argument("--plain", action="store_true",
                        help="no profiler: each stage's CPU time (process_time), and bare "
                             "trafilatura's CPU time as the unit")  # fmt: skip
    args = parser.parse_args()
    if args.plain:
        return plain(args.pages)

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
        bare, _ = bare_trafilatura(pages)
        mark_older(archive)
        profiler = cProfile.Profile()
        with Archive(archive) as arc:
            profiler.enable()
            report = reextract(arc.db, archive, workers=1)
            profiler.disable()
        assert report.outcomes["changed"] == n, report.outcomes
        bare = (bare + bare_trafilatura(pages)[0]) / 2
    unit = bare / n
    stats = pstats.Stats(profiler)
    if args.dump:
        stats.dump_stats(args.dump)
    total = sum(v[3] for k, v in stats.stats.items() if k[2] == "reextract"  # type: ignore[attr-defined]
                and k[0].endswith("pipelines/offline.py"))  # fmt: skip
    print(f"{n} pages, every article changed, {report.extractions} extractions; bare "
          f"trafilatura {1000 * unit:.2f} ms a page")  # fmt: skip
    print("| stage | bare pages |")
    print("|---|---|")
    for stage, seconds in stage_seconds(stats).items():
        print(f"| {stage} | {seconds / n / unit:.2f} |")
    print(f"| **whole path (`reextract`)** | **{total / n / unit:.2f}** |")
    if args.top:
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


def plain(pages_wanted: int) -> int:
    """The stages' CPU time without the profiler (its overhead weighs on Python's many small
    calls, not on lxml's and SQLite's C code, so the profile's shares lean to the former).
    The unit is bare trafilatura's CPU time a page (``process_time``: other processes'
    load does not count), measured before and after."""
    import time

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
    pages = render_pages(pages_wanted)
    n = len(pages)
    with tempfile.TemporaryDirectory() as tmp:
        _, archive = import_seconds(pages, Path(tmp), profile, 2)
        _, bare = bare_trafilatura(pages)
        spent = plain_stages()
        mark_older(archive)
        with Archive(archive) as arc:
            started = time.process_time()
            report = reextract(arc.db, archive, workers=1)
            total = time.process_time() - started
        assert report.outcomes["changed"] == n, report.outcomes
        bare = (bare + bare_trafilatura(pages)[1]) / 2
    unit = bare / n
    print(f"{n} pages, every article changed, {report.extractions} extractions, no profiler "
          f"(CPU time); bare trafilatura {1000 * unit:.2f} ms of CPU a page")  # fmt: skip
    print("| stage | bare pages |")
    print("|---|---|")
    for stage, seconds in spent.items():
        print(f"| {stage} | {seconds / n / unit:.2f} |")
    print(f"| **whole path (`reextract`)** | **{total / n / unit:.2f}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
