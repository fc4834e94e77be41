"""What the site model costs an ingest, side by side in one run.

    .venv/bin/python benchmarks/site_model_cost.py [--articles 300] [--workers 2]

A generated portal (benchmarks/sitegen.py: articles, listings, pagination) is written to one
WARC file; its pages are ingested twice by the ingestor every mode uses, ad hoc (no
profile), into fresh archives: with the site model inferred and used (the default: a
bounded sample inferred in a worker at 16, 32, 64, ... pages and at the end; records held
until it is confident, then extracted again with it) and without (``infer=False``: the
single-page path with learned chrome). Reported: seconds of each, their ratio, extractions
run (``site_model/reextracted``, ``extracted_again``, ``settle_checked``), and the rows each
stored. The machine is noisy: the ratio is the figure.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def write_warc(folder: Path, base: str) -> tuple[Path, int]:
    from archive.warcwrite import Exchange, WarcWriter
    from benchmarks.extraction_quality import site_pages
    from benchmarks.sitegen import build_generated_site

    pages = site_pages(build_generated_site(n_articles=ARGS.articles, per_page=20))
    writer = WarcWriter(folder, "bench", warcinfo={"software": "site_model_cost"})
    for n, (path, body, headers) in enumerate(pages):
        writer.write_exchange(Exchange(
            url=base + path, method="GET", request_headers=[], request_body=b"", status=200,
            protocol="HTTP/1.1", response_headers=list(headers.items()), body=body,
            ip_address=None, fetched_at=datetime(2024, 3, 20, 1, n // 60 % 60, n % 60),
        ))  # fmt: skip
    writer.close()
    return writer.files[0], len(pages)


def ingest(warc: Path, archive: Path, infer: bool) -> dict[str, Any]:
    from archive.db import archive_paths, open_db
    from archive.store import ArchiveWriter
    from archive.warcimport import ReadStats, place, record_captures
    from config.profile import adhoc_profile
    from pipelines.ingest import Counts, Ingestor

    profile = adhoc_profile(BASE + "/")
    paths = archive_paths(archive)
    db = open_db(paths.db, create=True)
    writer = ArchiveWriter(db)
    writer.upsert_site(profile)
    crawl = writer.start_crawl(profile.id, "bench", {})
    placed = place(warc, paths.warcs / profile.id)[0]
    rel = placed.relative_to(archive).as_posix()
    with writer.transaction():
        captures = list(record_captures(writer, placed, rel, profile.id, crawl, ReadStats()))
    counts = Counts()
    started = time.perf_counter()
    ingestor = Ingestor(profile, archive, writer, crawl_id=crawl, workers=ARGS.workers,
                        stats=counts, infer=infer)  # fmt: skip
    with writer.transaction():
        ingestor.ingest(captures)
        ingestor.close()
    took = time.perf_counter() - started
    (articles,) = db.execute("SELECT COUNT(*) FROM articles").fetchone()
    db.close()
    keys = ("govarchive/site_model/reextracted", "govarchive/extracted_again",
            "govarchive/articles/settle_checked", "govarchive/site_model/runs",
            "govarchive/site_model/in_use", "govarchive/held")  # fmt: skip
    return {"seconds": took, "articles": articles, **{k.split("/", 1)[1]: counts.get(k, 0) for k in keys}}


BASE = "https://tinhuy.laocai.gov.vn"


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="site-model-cost-") as tmp:
        folder = Path(tmp)
        warc, pages = write_warc(folder / "in", BASE)
        without = ingest(warc, folder / "without", infer=False)
        with_model = ingest(warc, folder / "with", infer=True)
    out = {"pages": pages, "without_model": without, "with_model": with_model,
           "ratio": with_model["seconds"] / without["seconds"]}  # fmt: skip
    print(json.dumps(out, indent=1))
    print(f"\n{pages} pages: with the site model {with_model['seconds']:.1f} s, without "
          f"{without['seconds']:.1f} s (ratio {out['ratio']:.2f})")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300, help="articles of the generated portal")
    parser.add_argument("--workers", type=int, default=2, help="extraction processes")
    ARGS = parser.parse_args()
    sys.exit(main())
