"""CPU per page of reading a page's structured metadata: govarchive's reader
(:func:`pipelines.structured.read_structured`) beside extruct, the library made for the job,
side by side on the same public pages in one run (the machine is noisy: ratios are the
figures), against the whole extraction of the page.

    pip install extruct   # only this benchmark needs it
    python -m benchmarks.structured_cost [--limit 200]

Columns, CPU ms per page (``time.process_time``, each reader run ``--repeat`` times):
``before``: what datefind did for its meta and JSON-LD dates before the reader (16
selector scans of the tree and the JSON-LD parse; done twice on day-only pages);
``extract``: the whole extraction (``pipelines.extract.extract``, the pages' own parse
included); ``govarchive``: ``read_structured`` on the parsed tree (JSON-LD, microdata, meta
tags, rel=author: dates, authors, headline); ``extruct (tree)``: extruct's JSON-LD,
microdata, OpenGraph and Dublin Core extractors on the same parsed tree (its cheapest use:
the data govarchive reads, still to be searched for dates and authors);
``extruct.extract``: its usual call on the page's text (it parses the page again, and reads
RDFa and microformats as well). Also the share of pages where each finds an author.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_quality import SHARED, _origin  # noqa: E402
from config.profile import adhoc_profile  # noqa: E402
from pipelines.decode import decode_html  # noqa: E402
from pipelines.dom import css, parse  # noqa: E402
from pipelines.extract import extract  # noqa: E402
from pipelines.structured import read_structured  # noqa: E402


def _pages(limit: int) -> list[tuple[str, bytes]]:
    """WCXB's article pages, then htmldate-mediacloud's and trafilatura-eval's, up to
    ``limit`` from each."""
    out = []
    for name in ("wcxb-test", "htmldate-mediacloud", "trafilatura-eval"):
        folder = SHARED / name
        if not folder.is_dir():
            continue
        rows = [json.loads(x) for x in (folder / "ground-truth.jsonl").read_text("utf-8").splitlines() if x.strip()]
        rows = [r for r in rows if r.get("page_type", "article") == "article"][:limit]
        out += [(r.get("url") or "", gzip.decompress((folder / r["html"]).read_bytes())) for r in rows]
    return out


# the selectors datefind scanned the tree with for meta dates before the reader (each a
# pass over the tree; the JSON-LD was parsed on top of them, and all of it twice on pages
# whose date line gives only a day)
OLD_DATE_SELECTORS = (
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[property="og:published_time"]', 'meta[itemprop="datePublished"]', '[itemprop="datePublished"]',
    'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]', 'meta[name="dcterms.created"]', 'meta[property="article:modified_time"]',
    'meta[property="og:updated_time"]', 'meta[itemprop="dateModified"]', '[itemprop="dateModified"]',
    'meta[name="dcterms.modified"]', 'meta[name="last-modified"]', 'meta[name="author"]',
)  # fmt: skip


def _old_scans(tree: Any) -> int:
    """The meta-date and author selector scans of before, and the JSON-LD parse (once)."""
    n = sum(len(css(tree, sel)) for sel in OLD_DATE_SELECTORS)
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                json.loads(script.text)
            except ValueError:
                pass
    return n


def _extruct_on_tree(tree: Any, base: str) -> dict[str, Any]:
    from extruct.dublincore import DublinCoreExtractor
    from extruct.jsonld import JsonLdExtractor
    from extruct.opengraph import OpenGraphExtractor
    from extruct.w3cmicrodata import MicrodataExtractor

    return {
        "json-ld": JsonLdExtractor().extract_items(tree, base_url=base),
        "microdata": MicrodataExtractor().extract_items(tree, base),
        "opengraph": list(OpenGraphExtractor().extract_items(tree)),
        "dublincore": list(DublinCoreExtractor().extract_items(tree)),
    }


def _author_in(data: Any) -> bool:
    """Whether extruct's output names an author anywhere (a generous count: any ``author``
    key or Dublin Core creator with a value)."""
    if isinstance(data, dict):
        return any(
            (k in ("author", "creator", "article:author") and bool(v)) or _author_in(v) for k, v in data.items()
        )
    if isinstance(data, list):
        return any(_author_in(x) for x in data)
    return False


def measure(limit: int, repeat: int) -> dict[str, float]:
    import extruct

    pages = _pages(limit)
    totals = {"extract": 0.0, "govarchive": 0.0, "before": 0.0, "extruct_tree": 0.0, "extruct_text": 0.0}
    found = {"govarchive": 0, "extruct": 0, "extruct_raised": 0, "invalid": 0}
    for url, raw in pages:
        decoded = decode_html(raw, None)
        if decoded is None:
            continue
        profile = adhoc_profile(_origin(url))
        start = time.process_time()
        extract(raw, url or _origin(url), {}, profile)
        totals["extract"] += time.process_time() - start
        tree = parse(decoded.text)
        if tree is None:
            continue
        start = time.process_time()
        for _ in range(repeat):
            ours = read_structured(tree)
        totals["govarchive"] += (time.process_time() - start) / repeat
        start = time.process_time()
        for _ in range(repeat):
            _old_scans(tree)
        totals["before"] += (time.process_time() - start) / repeat
        start = time.process_time()
        theirs: Any = None
        for _ in range(repeat):
            try:
                theirs = _extruct_on_tree(tree, url)
            except ValueError:  # invalid JSON-LD: its JSON-LD extractor raises
                found["extruct_raised"] += 1
                break
        totals["extruct_tree"] += (time.process_time() - start) / repeat
        start = time.process_time()
        for _ in range(repeat):
            extruct.extract(decoded.text, base_url=url or None, errors="ignore")
        totals["extruct_text"] += (time.process_time() - start) / repeat
        found["invalid"] += bool(ours.jsonld_invalid)
        found["govarchive"] += bool(ours.authors)
        found["extruct"] += _author_in(theirs)
    n = len(pages)
    out = {f"{k}_ms": v / n * 1000 for k, v in totals.items()}
    out.update(pages=n, govarchive_authors=found["govarchive"], extruct_authors=found["extruct"],
               extruct_raised=found["extruct_raised"], jsonld_invalid=found["invalid"])  # fmt: skip
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="pages from each public benchmark")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each reader per page")
    args = parser.parse_args(argv)
    m = measure(args.limit, args.repeat)
    base = m["govarchive_ms"]
    print(f"{m['pages']:.0f} public pages, CPU ms per page (ratio to govarchive's reader)")
    print("| what | ms per page | ratio | share of the extraction |")
    print("|---|---|---|---|")
    for key, label in (("govarchive_ms", "govarchive read_structured (tree)"),
                       ("before_ms", "before it: datefind's meta selector scans + JSON-LD parse, once"),
                       ("extruct_tree_ms", "extruct extractors (same tree)"),
                       ("extruct_text_ms", "extruct.extract (page text)"),
                       ("extract_ms", "whole extraction")):  # fmt: skip
        print(f"| {label} | {m[key]:.2f} | {m[key] / base:.1f} | {m[key] / m['extract_ms']:.1%} |")
    print(f"pages with an author: govarchive {m['govarchive_authors']:.0f}, extruct (any author key) "
          f"{m['extruct_authors']:.0f}; pages whose JSON-LD extruct's extractor raised on: "
          f"{m['extruct_raised']:.0f} (govarchive: {m['jsonld_invalid']:.0f} with a script left unread)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
