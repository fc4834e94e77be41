"""Malformed markup over the fresh families: each of ``tests.families.malformed.VARIANTS`` put
on every page of every fresh family whose pages have its anchor (a ``<nav>``, a ``<header>``,
UTF-8 pages), scored on the single-page path against the same family clean.

    .venv/bin/python -m benchmarks.malformed [--variants nav_div,aside_div]

Prints one line per (family, variant) whose figures differ from the clean family's
(coverage, title, date, author, body F1, non-article rows, chrome leaks), then how many
pairs were scored and how many differ. About a minute on one core.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from benchmarks.extraction_quality import families, score_modes
from tests.families.malformed import VARIANTS, variant

KEYS = ("coverage", "title", "date", "author", "body_f1", "non_articles", "chrome_leaks")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated variant names")
    args = parser.parse_args(list(argv) if argv is not None else None)
    names = args.variants.split(",")
    scored = differ = 0
    for site_id, family in families("fresh").items():
        clean = score_modes(family, ["single"])["single"]
        for name in names:
            try:
                got = score_modes(variant(family, name), ["single"])["single"]
            except (AssertionError, UnicodeDecodeError):  # no anchor on a page, or not UTF-8
                continue
            scored += 1
            diff = {k: (round(clean[k], 3), round(got[k], 3)) for k in KEYS if abs(clean[k] - got[k]) > 1e-3}
            if diff:
                differ += 1
                print(site_id, name, diff, flush=True)
    print(f"{scored} (family, variant) pairs scored, {differ} differ from the clean family")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
