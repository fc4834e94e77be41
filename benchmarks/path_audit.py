"""Path audit: every article where the crawl's cross-page path does worse than the page alone.

    python -m benchmarks.path_audit                       # every non-sealed part
    python -m benchmarks.path_audit --part unsigned --part bylines
    python -m benchmarks.path_audit --json /tmp/audit.json

A crawl extracts a page with what it learned from the site's other pages: the site model's
template (its title, date, author, body selectors and page types), the chrome learner's
lines, the join of split articles. That evidence may only help: on the same page, the crawl's
record (ad hoc: ``govarchive crawl URL``; inferred: the profile ``sites new`` writes) must be
at least as right as the single-page path's (no site model, learned chrome only), field by
field. For each non-sealed part of the fixture corpus and each of those modes the part is
scored in (:data:`benchmarks.extraction_quality.PART_MODES`), every expected article is
compared between the two paths (title, published date and its basis, author, body F1, chrome
lines leaked) and every article where the crawl path is worse is listed, grouped by field and
cause. Extraction is :func:`benchmarks.extraction_quality.crawl_like`, the benchmark's own.

Causes: ``model`` (the record is the site model's: its template explained the page),
``fallback`` (the crawl's single-page fallback: only the learned chrome differs), ``typed``
(the page the model typed as a non-article, or a record the crawl did not keep), and, per
field, the kind of miss (an author invented where the truth has none, another name, none; a
date missed, on another day, on the same day, with another basis).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from benchmarks.extraction_quality import (
    PART_MODES,
    PARTS,
    SEALED_PARTS,
    crawl_like,
    crawl_profile,
    f1,
    families,
    family_base,
    overlap,
    site_model,
    site_pages,
)
from config.profile import adhoc_profile
from pipelines.discover import written_profile
from pipelines.sitemodel import FALLBACK

CRAWL_MODES = ("adhoc", "inferred")
FIELDS = ("found", "title", "date", "author", "body_f1", "chrome_leaks")
BODY_SLACK = 0.01  # a body F1 this much lower is worse (token noise below it)


def audit_parts() -> list[str]:
    """The non-sealed parts, in the benchmark's order."""
    return [p for p in PARTS if p not in SEALED_PARTS]


def _modes(part: str) -> list[str]:
    return [m for m in PART_MODES.get(part, CRAWL_MODES) if m in CRAWL_MODES]


def _date_kind(got: Any, truth: dict[str, Any]) -> str:
    want = truth["published_at"]
    if got.published_at is None:
        return "missed"
    if want is None or got.published_at[:10] != want[:10]:
        return "wrong_day"
    return "same_day" if got.published_at != want else "basis"


def _author_kind(got: Any, truth: dict[str, Any]) -> str:
    return "missed" if got.author is None else "invented" if truth["author"] is None else "other"


def _fields(record: Any, truth: dict[str, Any], chrome: list[str]) -> dict[str, Any]:
    """Each field's score of one record against its truth (None: not found)."""
    if record is None:
        return {"found": False}
    p, r = overlap(record.body_text, "\n".join(truth["body"]))
    return {
        "found": True,
        "title": record.title == truth["title"],
        "date": record.published_at == truth["published_at"]
        and record.date_basis == truth.get("date_basis", "published"),
        "author": record.author == truth["author"],
        "body_f1": f1(p, r),
        "chrome_leaks": sum(1 for c in chrome if c in record.body_text),
    }


def worse_fields(crawl: dict[str, Any], single: dict[str, Any]) -> list[str]:
    """The fields where the crawl path's scores are worse than the single-page path's."""
    if not single["found"]:
        return []
    if not crawl["found"]:
        return ["found"]
    out = [f for f in ("title", "date", "author") if single[f] and not crawl[f]]
    if crawl["body_f1"] < single["body_f1"] - BODY_SLACK:
        out.append("body_f1")
    if crawl["chrome_leaks"] > single["chrome_leaks"]:
        out.append("chrome_leaks")
    return out


def audit_family(family: Any, modes: list[str]) -> list[dict[str, Any]]:
    """Every (mode, article, field) where the crawl path does worse than the page alone."""
    pages = site_pages(family.build_site())
    base = family_base(family)
    origin = base.rstrip("/")
    adhoc = adhoc_profile(base)
    single = crawl_like(pages, origin, adhoc)
    model = site_model(family, pages)
    out = []
    for mode in modes:
        rules = crawl_profile(model, written_profile(adhoc, model) if mode == "inferred" else adhoc)
        crawl = crawl_like(pages, origin, rules)
        for art in family.ARTICLES:
            truth = art.truth(origin)
            url = truth["url"]
            mine = _fields(crawl.get(url), truth, family.CHROME)
            theirs = _fields(single.get(url), truth, family.CHROME)
            for field in worse_fields(mine, theirs):
                got = crawl.get(url)
                path = "typed" if got is None else "fallback" if FALLBACK in got.warnings else "model"
                kind = ""
                if field == "author":
                    kind = f"author_{_author_kind(got, truth)}"
                elif field == "date":
                    kind = f"date_{_date_kind(got, truth)}"
                row = {
                    "site": family.SITE_ID, "mode": mode, "url": url, "field": field,
                    "cause": f"{path}:{kind}" if kind else path,
                    "crawl": _value(got, field, truth, family.CHROME),
                    "single": _value(single.get(url), field, truth, family.CHROME),
                    "truth": _value(truth, field, truth, family.CHROME),
                }  # fmt: skip
                out.append(row)
    return out


def _value(record: Any, field: str, truth: dict[str, Any], chrome: list[str]) -> Any:
    if record is None:
        return None
    if isinstance(record, dict):  # the truth
        return {"title": record["title"], "date": record["published_at"], "author": record["author"]}.get(field)
    if field == "title":
        return record.title
    if field == "date":
        return f"{record.published_at} ({record.date_basis})"
    if field == "author":
        return record.author
    if field == "body_f1":
        return round(f1(*overlap(record.body_text, "\n".join(truth["body"]))), 3)
    if field == "chrome_leaks":
        return [c for c in chrome if c in record.body_text]
    return True


def audit(parts: list[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """{part: {mode: [worse rows]}} over the parts' families."""
    report: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for part in parts:
        modes = _modes(part)
        rows = [r for fam in families(part).values() for r in audit_family(fam, modes)]
        report[part] = {m: [r for r in rows if r["mode"] == m] for m in modes}
    return report


def summary(report: dict[str, dict[str, list[dict[str, Any]]]]) -> list[str]:
    """One line per part and mode (the count by field and cause), then the rows."""
    lines = []
    for part, modes in report.items():
        for mode, rows in modes.items():
            by = Counter(f"{r['field']}/{r['cause']}" for r in rows)
            counts = ", ".join(f"{k} {v}" for k, v in sorted(by.items())) or "none"
            lines.append(f"{part:10} {mode:8} crawl worse on {len(rows):3} field(s): {counts}")
    for part, modes in report.items():
        for mode, rows in modes.items():
            for r in rows:
                lines.append(
                    f"  {part}/{mode} {r['site']} {r['url'].split('/', 3)[-1]} {r['field']} "
                    f"[{r['cause']}] crawl={r['crawl']!r} single={r['single']!r} truth={r['truth']!r}"
                )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", action="append", choices=audit_parts(),
                        help="a part to audit (repeatable; default: every non-sealed part)")  # fmt: skip
    parser.add_argument("--json", help="write the rows to this file")
    args = parser.parse_args(argv)
    report = audit(args.part or audit_parts())
    print("\n".join(summary(report)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
