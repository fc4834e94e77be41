"""What finding an article's legal citations adds to its extraction, in the worker.

Since issue 15 was wired in, an extraction worker returns each article with its citations
(:func:`pipelines.documents.record_refs`: the parser of ``pipelines/legalrefs.py`` over the
title, lead, body and attachment titles). This script extracts the generated portal's
article pages (``benchmarks/sitegen.py``, the replica's layout, 300-800 words each) and the
replica's real articles, and times, page by page and alternately, ``extract`` alone and
``record_refs`` on its record, so both see the same machine load. It reports the ratio
(citations time / extraction time) and the citations found.

    .venv/bin/python -m benchmarks.refs_cost [--articles 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import time

from benchmarks.sitegen import build_generated_site
from config.profile import load_profile
from crawler.replica import build_laocai_site
from pipelines.documents import record_refs
from pipelines.extract import extract
from pipelines.record import ArticleRecord


def pages(n_articles: int) -> list[tuple[str, bytes, dict[str, str]]]:
    found = []
    for site, base in ((build_generated_site(n_articles), "http://gen.example"),
                       (build_laocai_site(), "https://laocai.example")):  # fmt: skip
        for path, page in site.pages.items():
            ctype = page.header("Content-Type") or ""
            if page.status == 200 and "html" in ctype and "/tin-tuc/" in path:
                found.append((base + path, page.body, {"content-type": ctype}))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    profile = load_profile("laocai-tinhuy")
    items = pages(args.articles)
    profiles = {base: profile.rebased(base + "/") for base in ("http://gen.example",
                                                               "https://laocai.example")}  # fmt: skip
    extract_s = refs_s = 0.0
    records = citations = 0
    for _ in range(args.rounds):
        for url, body, headers in items:
            started = time.perf_counter()
            record = extract(body, url, headers, profiles[url.split("/tin-tuc/")[0]])
            middle = time.perf_counter()
            if isinstance(record, ArticleRecord):
                refs = record_refs(record)
                refs_s += time.perf_counter() - middle
                records += 1
                citations += len(refs)
            extract_s += middle - started
    print(f"{len(items)} pages x {args.rounds} rounds: {records} article records, "
          f"{citations} citations found")
    print(f"extract: {extract_s:.2f} s ({1000 * extract_s / max(records, 1):.2f} ms/article); "
          f"citations: {refs_s:.3f} s ({1000 * refs_s / max(records, 1):.3f} ms/article)")
    print(f"citations / extraction = {refs_s / extract_s:.3f}")


if __name__ == "__main__":
    main()
