"""Each page read truly alone: the single-page path with nothing learned from the site's other
pages (no chrome lines, no ``<title>`` affixes), as :func:`pipelines.sitemodel.extract_page`
reads one page given no ``learned``. The benchmark's "single" mode learns the crawl's chrome
first (:func:`benchmarks.extraction_quality.crawl_like`); this report shows what a page gets
on its own (a first page of a new site, a page fetched by itself).

    python -m benchmarks.read_alone --part fresh [--part sealed ...]

Per family for the development and fresh parts; for a sealed part the aggregate only (no
family's or page's figure of a held-out part is printed).
"""

from __future__ import annotations

import argparse
from typing import Any

from benchmarks.extraction_quality import aggregate, families, family_base, score_pages, site_pages
from config.profile import adhoc_profile

FIELDS = ("coverage", "title", "date", "author", "body_f1", "non_articles", "chrome_leaks")


def read_alone(family: Any) -> dict[str, Any]:
    """The figures of ``family``'s pages each read alone (ad-hoc profile, nothing learned)."""
    return score_pages(family, site_pages(family.build_site()), adhoc_profile(family_base(family)), learn=False)


def _row(name: str, got: dict[str, Any]) -> str:
    return f"| {name} | " + " | ".join(
        f"{got[k]:.3f}" if isinstance(got[k], float) else str(got[k]) for k in FIELDS
    ) + " |"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", action="append", required=True)
    args = parser.parse_args(argv)
    for part in args.part:
        sites = {sid: read_alone(fam) for sid, fam in families(part).items()}
        print(f"\n### {part}: each page read alone\n\n| site | " + " | ".join(FIELDS) + " |")
        print("|" + "---|" * (len(FIELDS) + 1))
        if not part.startswith("sealed"):
            for sid, got in sites.items():
                print(_row(sid, got))
        print(_row("**all**", aggregate(sites)))


if __name__ == "__main__":
    main()
