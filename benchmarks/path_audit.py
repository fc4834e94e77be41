"""Path audit: every article where the crawl's cross-page path does worse than the page alone.

    python -m benchmarks.path_audit                       # every non-sealed part
    python -m benchmarks.path_audit --part unsigned --part bylines
    python -m benchmarks.path_audit --json /tmp/audit.json
    python -m benchmarks.path_audit --verdicts            # the pages' verdicts, path by path

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

With ``--verdicts`` it compares what each path (single page, ad hoc, inferred, hand profile)
does with every page instead: the non-article pages one path stores and another refuses,
with the rule or the site model's type behind each verdict (:func:`verdict_family`), the
stored copies of an article at a URL variant apart, and the articles one path refuses.

Causes: ``model`` (the record is the site model's: its template explained the page),
``fallback`` (the crawl's single-page fallback: only the learned chrome differs), ``typed``
(the page the model typed as a non-article, or a record the crawl did not keep), and, per
field, the kind of miss (an author invented where the truth has none, another name, none; a
date missed, on another day, on the same day, with another basis).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from typing import Any

from benchmarks.extraction_quality import (
    PART_MODES,
    PARTS,
    SEALED_PARTS,
    Mode,
    crawl_like,
    crawl_profile,
    f1,
    families,
    family_base,
    family_profile,
    has_profile,
    is_copy,
    overlap,
    site_model,
    site_pages,
)
from config.profile import adhoc_profile
from pipelines.chrome import Learner
from pipelines.discover import written_profile
from pipelines.record import ArticleRecord
from pipelines.sitemodel import FALLBACK, ModelProfile, extract_page
from pipelines.urls import canonicalize

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
    single = crawl_like(pages, origin, adhoc, one_text=False)
    model = site_model(family, pages)
    out = []
    for mode in modes:
        rules = crawl_profile(model, written_profile(adhoc, model) if mode == "inferred" else adhoc)
        crawl = crawl_like(pages, origin, rules, one_text=False)
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


# --- verdicts: the non-article pages one path stores and another refuses -----------------

VERDICT_PATHS = ("single", "adhoc", "inferred", "profile")


def _verdict_paths(part: str, family: Any) -> list[str]:
    modes = PART_MODES.get(part, VERDICT_PATHS)
    out = ["single"] + [m for m in ("adhoc", "inferred", "profile") if m in modes]
    return [m for m in out if m != "profile" or has_profile(family.SITE_ID)]


def page_verdicts(
    pages: list[tuple[str, bytes, dict[str, str]]], base: str, mode: Mode, truths: list[dict[str, Any]] | None = None
) -> dict[str, str]:
    """{page URL: why the path stores it or refuses it}, extracting like
    :func:`benchmarks.extraction_quality.crawl_like`: ``stored:model`` (the site model's
    template explained the page and its typing let it through), ``stored:fallback`` (the
    crawl's single-page fallback under the model's typing), ``stored:page`` (no site model:
    no rule of the classifier refused it), followed by ``copy`` when its body is a copy of
    one of ``truths``' articles (a URL variant: the ingestor's near-duplicate step makes it
    one row with its article); ``refused:<reason>: <detail>`` (the classifier),
    ``typed:<type>`` (the site model's typing), ``denied`` (a deny rule: never fetched)."""
    rules, typing = mode if isinstance(mode, tuple) else (mode, None)
    profile = rules.profile if isinstance(rules, ModelProfile) else rules
    deny = [re.compile(r) for r in profile.links.deny]
    out: dict[str, str] = {}
    kept = []
    for page in pages:
        if any(d.search(canonicalize(base + page[0])) for d in deny):
            out[base + page[0]] = "denied"
        else:
            kept.append(page)
    learner = Learner()
    for path, body, headers in kept:
        result = extract_page(body, base + path, headers, rules)
        learner.add(result.page_lines, result.page_title)
    learned = learner.learned()
    for path, body, headers in kept:
        url = base + path
        result = extract_page(body, url, headers, rules, learned=learned)
        if not isinstance(result, ArticleRecord):
            out[url] = f"refused:{result.reason}: {result.detail}"[:140]
            continue
        kind = typing.type_of(url, result.page_dated) if typing is not None else None
        if kind:
            out[url] = f"typed:{kind}"
        elif typing is None:
            out[url] = "stored:page"
        else:
            out[url] = "stored:fallback" if FALLBACK in result.warnings else "stored:model"
        if out[url].startswith("stored") and truths and result.url not in {t["url"] for t in truths} \
                and is_copy(result.body_text, truths):
            out[url] += " copy"
        if result.url != url and out[url].startswith("stored"):
            out[url] += f" as {result.url}"  # a canonical URL or a split article's first page
    return out


def verdict_family(part: str, family: Any) -> list[dict[str, Any]]:
    """Every non-article page of a family that one path stores and another refuses, with
    every path's verdict."""
    pages = site_pages(family.build_site())
    base = family_base(family)
    origin = base.rstrip("/")
    adhoc = adhoc_profile(base)
    model = site_model(family, pages)
    truths = [a.truth(origin) for a in family.ARTICLES]
    verdicts: dict[str, dict[str, str]] = {}
    for path in _verdict_paths(part, family):
        if path == "single":
            mode: Mode = adhoc
        elif path == "profile":
            mode = crawl_profile(model, family_profile(family.SITE_ID))
        else:
            mode = crawl_profile(model, written_profile(adhoc, model) if path == "inferred" else adhoc)
        verdicts[path] = page_verdicts(pages, origin, mode, truths)
    articles = {t["url"] for t in truths}
    pieces = {origin + p for p, _, _ in pages} - articles
    rows = []
    for url in sorted(pieces):
        by = {path: v.get(url, "denied") for path, v in verdicts.items()}
        stored = {p for p, v in by.items() if v.startswith("stored")}
        if stored and len(stored) < len(by) and not any(_stored_as(by[p]) in articles for p in stored):
            copy = all(" copy" in by[p] for p in stored)
            rows.append({"site": family.SITE_ID, "url": url, "stored_by": sorted(stored), "copy": copy, "verdicts": by})
    for url in sorted(articles):  # and the articles one path keeps and another refuses
        by = {path: v.get(url, "denied") for path, v in verdicts.items()}
        stored = {p for p, v in by.items() if v.startswith("stored")}
        if stored and len(stored) < len(by):
            rows.append({"site": family.SITE_ID, "url": url, "stored_by": sorted(stored), "article": True, "verdicts": by})
    return rows


def _stored_as(verdict: str) -> str:
    """The row a stored page makes (a page 2 joined into its article's row, a copy read at
    its canonical article's URL are that article, no disparity)."""
    return verdict.split(" as ", 1)[1] if " as " in verdict else ""


def verdict_audit(parts: list[str]) -> dict[str, list[dict[str, Any]]]:
    """{part: [disparity rows]} over the parts' families."""
    return {part: [r for fam in families(part).values() for r in verdict_family(part, fam)] for part in parts}


def verdict_summary(report: dict[str, list[dict[str, Any]]]) -> list[str]:
    """One line per part and path (how many non-article pages it stores that another path
    refuses), then the rows with every path's verdict."""
    lines = []
    for part, rows in report.items():
        lost = Counter(p for r in rows if r.get("article") for p in VERDICT_PATHS if p in r["verdicts"] and p not in r["stored_by"])
        rows = [r for r in rows if not r.get("article")]
        pages = [r for r in rows if not r["copy"]]
        by = Counter(p for r in pages for p in r["stored_by"])
        counts = ", ".join(f"{p} {by[p]}" for p in VERDICT_PATHS if by[p]) or "none"
        copies = Counter(p for r in rows if r["copy"] for p in r["stored_by"])
        also = ", ".join(f"{p} {copies[p]}" for p in VERDICT_PATHS if copies[p]) or "none"
        lines.append(
            f"{part:10} non-article pages stored by one path, refused by another: {len(pages):3} ({counts}); "
            f"copies of an article (near-duplicate step): {len(rows) - len(pages)} ({also}); "
            f"articles refused by one path, kept by another: {sum(lost.values())} "
            f"({', '.join(f'{p} {lost[p]}' for p in VERDICT_PATHS if lost[p]) or 'none'})"
        )
    for part, rows in report.items():
        for r in rows:
            note = " (article)" if r.get("article") else " (copy)" if r["copy"] else ""
            lines.append(f"  {part} {r['site']} {r['url'].split('/', 3)[-1]}{note}")
            lines.extend(f"      {p:8} {v}" for p, v in r["verdicts"].items())
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", action="append", choices=audit_parts(),
                        help="a part to audit (repeatable; default: every non-sealed part)")  # fmt: skip
    parser.add_argument("--json", help="write the rows to this file")
    parser.add_argument("--verdicts", action="store_true",
                        help="compare the paths' verdicts on non-article pages instead of the articles' fields")  # fmt: skip
    args = parser.parse_args(argv)
    if args.verdicts:
        report: Any = verdict_audit(args.part or audit_parts())
        print("\n".join(verdict_summary(report)))
    else:
        report = audit(args.part or audit_parts())
        print("\n".join(summary(report)))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
