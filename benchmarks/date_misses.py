"""Why the publication day is wrong on the public benchmarks' real pages: every miss of one
fixed half, classified by cause (issue 10's date work is tuned on the "tuning" half only).

    .venv/bin/python benchmarks/date_misses.py [--half tuning|held-out|all] [--limit N] [--list]

With ``--half all`` it also gives the day right on each half (the held-out half is only ever
scored, never looked at for causes: run it without ``--list``).

The day is the one the shared benchmark run scores (:func:`benchmarks.extraction_quality.
govarchive_page`, the generic path); each miss gets a kind ("missed": no day; "wrong day")
and the first cause that fits, from where the true day and the day taken sit on the page:

- ``month-first read day-first`` / ``day-first read month-first``: the day taken is the true
  one with day and month swapped (a US-order "03/05/2024" read as the 3rd of May);
- ``updated date``: the day taken is the page's update date (a meta ``modified`` value or an
  "Updated" line) and the true day is its publication date;
- ``date in URL ignored``: the URL's path holds the true day ("/2024/03/05/slug");
- ``teaser's date``: the day taken sits in another article's teaser or a list of them;
- ``comment date``: the day taken sits in a comment or a reply;
- ``visible line beat meta`` / ``meta beat visible line``: structured data holds the true day
  and the page's line another (or the other way round);
- ``relative date``: the page shows the date only as "3 hours ago";
- ``visible, not read``: the true day is on the page in a form the readers read, not taken;
- ``not on the page``: in no form the readers read (the truth is the server's, a date in a
  script, a format no reader knows);
- ``other``: none of these.

``--list`` prints each miss (id, truth, day taken, the text it was read from, cause).
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.extraction_quality import SHARED, _load, govarchive_page, half  # noqa: E402
from pipelines.datefind import HAS_DATE, RELATIVE, url_date  # noqa: E402
from pipelines.dates import parse_vn_date  # noqa: E402
from pipelines.dom import in_teaser, own_text, text_of  # noqa: E402
from pipelines.page import Page  # noqa: E402
from pipelines.record import ArticleRecord  # noqa: E402

NAMES = ("htmldate-mediacloud", "trafilatura-eval", "wcxb-test")
_COMMENT = re.compile(r"comment|reply|respon|disqus|kommentar|bình-luận|binhluan", re.IGNORECASE)
TZ = "UTC"


def _swapped(day: str) -> str | None:
    y, m, d = day.split("-")
    return f"{y}-{d}-{m}" if int(d) <= 12 and d != m else None


def _visible(page: Page) -> list[tuple[str, str, object]]:
    """(day, text, element) of every short date line on the page, read day first and month
    first (both readings kept: the classifier asks where a day is, not which is right)."""
    out = []
    for el in page.tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            continue
        text = el.get("datetime", "") if el.tag == "time" else ""
        if not text and HAS_DATE.search(own_text(el)):
            text = text_of(el)
        if not text or len(text) > 200:
            continue
        for order in ("dmy", "mdy"):
            parsed = parse_vn_date(text, TZ, order)
            if parsed and parsed.precision != "month":
                out.append((parsed.iso[:10], text, el))
    return out


def _in(el: object, pattern: re.Pattern[str]) -> bool:
    for up in [el, *el.iterancestors()]:  # type: ignore[attr-defined]
        if pattern.search(" ".join((up.get("class") or "", up.get("id") or ""))):
            return True
    return False


def classify(job: tuple[str, str, str]) -> tuple[str, str | None, str, str, str]:
    """(kind, day taken, the text it was read from, cause, the truth's text) of one page;
    kind "right" when the day is right."""
    path, url, truth = job
    raw = gzip.decompress(Path(path).read_bytes())
    result, _, page = govarchive_page(raw, url)
    got = (result.published_at or "")[:10] or None if isinstance(result, ArticleRecord) else None
    if got == truth:
        return "right", got, "", "", ""
    kind = "missed" if got is None else "wrong day"
    raw_text = result.date_raw or "" if isinstance(result, ArticleRecord) else ""
    if not isinstance(page, Page):
        return kind, got, raw_text, "not on the page", ""
    basis = result.date_basis if isinstance(result, ArticleRecord) else ""
    lines = _visible(page)
    truth_lines = [(t, el) for d, t, el in lines if d == truth]
    truth_text = truth_lines[0][0] if truth_lines else ""
    meta_pub = {(parse_vn_date(v, TZ) or None) and parse_vn_date(v, TZ).iso[:10]
                for v, _ in page.structured.published}  # fmt: skip
    meta_upd = {(parse_vn_date(v, TZ) or None) and parse_vn_date(v, TZ).iso[:10]
                for v, _ in page.structured.updated}  # fmt: skip
    got_els = [el for d, t, el in lines if d == got and raw_text and raw_text in " ".join(t.split())]
    if got is not None and _swapped(got) == truth:
        cause = "month-first read day-first" if int(got[5:7]) == int(truth[8:10]) else ""
        first = re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}", raw_text)
        if first:  # the text itself says which reading was taken
            a = int(re.split(r"\D+", first.group())[0])
            cause = "month-first read day-first" if a == int(truth[5:7]) else "day-first read month-first"
        return kind, got, raw_text, cause or "month-first read day-first", truth_text
    if got is not None and (got in meta_upd or (result.updated_at or "")[:10] == got and basis == "updated"):
        return kind, got, raw_text, "updated date", truth_text
    if url_date(url, TZ) is not None and url_date(url, TZ).iso[:10] == truth:
        return kind, got, raw_text, "date in URL ignored", truth_text
    if got_els and any(in_teaser(el) for el in got_els):
        return kind, got, raw_text, "teaser's date", truth_text
    if got_els and any(_in(el, _COMMENT) for el in got_els):
        return kind, got, raw_text, "comment date", truth_text
    if basis == "htmldate":
        return kind, got, raw_text, "htmldate fallback's day", truth_text
    if truth in meta_pub and got is not None:
        return kind, got, raw_text, "visible line beat meta", truth_text
    if truth_lines and got is not None and got in meta_pub:
        return kind, got, raw_text, "meta beat visible line", truth_text
    if truth in meta_pub:
        return kind, got, raw_text, "in meta only, not read", truth_text
    if truth_lines:
        return kind, got, raw_text, "visible, not read", truth_text
    if any(RELATIVE.search(own_text(el)) for el in page.tree.iter() if isinstance(el.tag, str)):
        return kind, got, raw_text, "relative date", truth_text
    return kind, got, raw_text, "not on the page", truth_text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("tuning", "held-out", "all"), default="tuning")
    parser.add_argument("--limit", type=int, help="pages per benchmark (default: all)")
    parser.add_argument("--benchmark", action="append", choices=NAMES, help="only this one (repeatable)")
    parser.add_argument("--list", action="store_true", help="print every miss")
    args = parser.parse_args()
    total: Counter[tuple[str, str]] = Counter()
    for name in args.benchmark or NAMES:
        rows = [r for r in _load(SHARED / name, args.limit) if isinstance(r.get("date"), str) and r["date"]]
        rows = [r for r in rows if args.half == "all" or half(str(r["id"])) == args.half]
        jobs = [(str(SHARED / name / r["html"]), r.get("url") or "", r["date"][:10]) for r in rows]
        with ProcessPoolExecutor(2) as pool:
            out = list(pool.map(classify, jobs, chunksize=8))
        right = sum(o[0] == "right" for o in out)
        halves = ""
        if args.half == "all":  # the figure to report: each fixed half on its own
            for part in ("tuning", "held-out"):
                got = [o[0] == "right" for r, o in zip(rows, out, strict=True) if half(str(r["id"])) == part]
                halves += f"; {part} {sum(got)}/{len(got)}"
        print(f"{name} ({args.half}): day right {right}/{len(rows)} ({right / max(len(rows), 1):.1%}){halves}")
        for row, (kind, got, text, cause, truth_text) in zip(rows, out, strict=True):
            if kind == "right":
                continue
            total[(kind, cause)] += 1
            if args.list:
                print(f"  {name}/{row['id']} truth {row['date'][:10]} got {got} [{cause}] "
                      f"read {text[:70]!r} truth-line {truth_text[:70]!r}")  # fmt: skip
    print("\n| kind | cause | pages |\n|---|---|---|")
    for (kind, cause), n in total.most_common():
        print(f"| {kind} | {cause} | {n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
