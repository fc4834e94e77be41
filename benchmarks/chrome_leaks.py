"""Chrome govarchive keeps on real pages: figures by half, and each leak's kind and place.

    python -m benchmarks.chrome_leaks                          # the three body benchmarks
    python -m benchmarks.chrome_leaks --benchmark trafilatura-eval --limit 200
    python -m benchmarks.chrome_leaks --save /tmp/bodies.json  # keep the bodies ...
    python -m benchmarks.chrome_leaks --load /tmp/bodies.json  # ... and classify again

Figures, per benchmark and per fixed half (``extraction_quality.half``: "tuning" is looked
at and tuned on, "held-out" only scored): body P/R/F1 (AEB and WCXB: mean 4-token... the
``\\w+`` token overlap of extraction_quality; trafilatura-eval: its pooled snippet counts),
and on trafilatura-eval the ``without`` snippets kept (chrome leaked) and the ``with``
snippets lost.

The classifier: for every ``without`` snippet of the tuning half that the body keeps, and for
WCXB's tuning pages the body lines the truth lacks (largest precision losses first), the
element of the page that holds the text, its kind of chrome (from its own and its
ancestors' class/id names and its text: related list, share row, newsletter box, tag list,
caption, comments, author box, breadcrumb, teaser, cookie notice, footer, navigation, ...)
and where it sits against the article's text (before it, inside its block, after it: by
document order against the elements holding the page's ``with`` snippets, or the truth's
first and last lines).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

from benchmarks.extraction_quality import (
    SHARED,
    _load,
    _origin,
    _score_texts,
    body_and_verdict,
    half,
    tokens,
)
from config.profile import adhoc_profile
from pipelines.record import ArticleRecord

NAMES = ("article-extraction-benchmark", "wcxb-test", "trafilatura-eval")
HALVES = ("tuning", "held-out")


def _body(path: str, url: str) -> str:
    """govarchive's generic body for one page (as extraction_quality's ``_both`` takes it)."""
    raw = gzip.decompress(Path(path).read_bytes())
    profile = adhoc_profile(_origin(url))
    page_url = url or _origin(url)
    result, refused = body_and_verdict(raw, page_url, {}, profile)
    if refused is not None and refused.reason == "duplicate_of_canonical":
        result, refused = body_and_verdict(raw, refused.detail, {}, profile)
    return result.body_text if isinstance(result, ArticleRecord) else ""


def _job(args: tuple[str, str]) -> str:
    return _body(*args)


def bodies(
    names: Iterable[str], limit: int | None, workers: int, only: str | None = None
) -> dict[str, dict[str, str]]:
    """{benchmark: {page id: body}} (``only``: the pages of that half)."""
    out: dict[str, dict[str, str]] = {}
    for name in names:
        folder = SHARED / name
        rows = [r for r in _load(folder, limit) if only is None or half(str(r["id"])) == only]
        jobs = [(str(folder / r["html"]), r.get("url") or "") for r in rows]
        with ProcessPoolExecutor(workers) as pool:
            texts = list(pool.map(_job, jobs, chunksize=8))
        out[name] = {str(r["id"]): t for r, t in zip(rows, texts, strict=True)}
    return out


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def figures(name: str, rows: list[dict[str, Any]], texts: dict[str, str]) -> dict[str, dict[str, float]]:
    """Per half (and all): the body figures, and on a snippet benchmark the ``without``
    snippets kept and the ``with`` snippets lost."""
    out: dict[str, dict[str, float]] = {}
    for part in (*HALVES, "all"):
        keep = [r for r in rows if str(r["id"]) in texts and (part == "all" or half(str(r["id"])) == part)]
        if not keep:
            continue
        got = [texts[str(r["id"])] for r in keep]
        fig = _score_texts(keep, got)
        if "with" in keep[0]:
            norm = [_norm(t) for t in got]
            fig["without"] = sum(len(r.get("without", [])) for r in keep)
            fig["leaked"] = sum(_norm(s) in n for r, n in zip(keep, norm, strict=True) for s in r.get("without", []))
            fig["with"] = sum(len(r.get("with", [])) for r in keep)
            fig["lost"] = sum(_norm(s) not in n for r, n in zip(keep, norm, strict=True) for s in r.get("with", []))
        out[part] = fig
    return out


# --- the classifier ------------------------------------------------------------------------

# kind -> pattern over the holder's and its ancestors' class/id names (first match wins)
_ATTR_KINDS = (
    ("embedded social post", r"twitter-tweet|instagram-media|tiktok-embed|fb-post|embed-facebook|com-embed"),
    ("cookie notice", r"cookie|consent|gdpr"),
    ("comments", r"comment|reply|respond|disqus|kommentar"),
    ("breadcrumb", r"breadcrumb|crumb"),
    ("newsletter/subscribe", r"newsletter|subscri|signup|abonn"),
    ("share/print row", r"share|sharing|social|print|sociable|addthis|shariff"),
    # (a WordPress post's own classes "tag-x category-y" name its tags, not a tag list)
    ("tag list", r"(?:^|[\s|])(?:tags?|tag-?list|tagcloud|keywords?|(?:post|entry|article)-?tags|schlagworte?)(?=[\s|_-]|$)"),
    ("author box", r"author|byline|about-?me|\bbio\b|autor"),
    ("caption/credit", r"caption|credit|figure|wp-caption|copyright-?photo"),
    ("related list", r"related|similar|more-?(?:stories|articles|news)|recommend|yarpp|jp-relatedposts|read-?also|weitere"),
    ("teaser/read more", r"teaser|read-?more|more-?link|excerpt|preview"),
    ("pagination/post nav", r"pagination|pager|post-?nav|nav-?(?:links|previous|next)|prev|next"),
    ("meta line (date/posted)", r"entry-?meta|post-?meta|postmetadata|\bmeta\b|date|posted|time"),
    ("navigation/menu", r"\bnav|menu"),
    ("sidebar/widget", r"sidebar|widget|aside|\bside\b"),
    ("footer", r"footer|foot\b|copyright|impressum"),
    ("header", r"header|masthead|banner|logo"),
    ("advert", r"\bads?\b|advert|sponsor|anzeige|promo"),
)
# kind -> pattern over the snippet's text (when no name says)
_TEXT_KINDS = (
    ("read-also pointer", r"^(?:lea|lee|vea|mira|mire|le puede interesar|te puede interesar|auch lesen|lesen sie"
     r"|read (?:also|more)|related|see also|xem thêm|đọc thêm|czytaj|dowiedz się)\b.{0,20}:"),
    ("related list", r"^(?:schon gelesen|das thema könnte|notas relacionadas|weitere|related|you may also"
     r"|más sobre|more helpful)"),
    ("disclosure/advert", r"affiliate|advertis|werbung|commission|we may earn|recommend the best products"
     r"|independent review|bonus value|sponsored|anzeige"),
    ("newsletter/subscribe", r"sign up|subscri|subskryp|newsletter|canal de|channel|download the .{0,30}app"
     r"|miembro|abonn|anmelden|informed of"),
    ("cookie notice", r"cookie"),
    ("comments", r"comment|kommentar|antworten|reply|leave a|hinterlasse|commentaire|bình luận"),
    ("newsletter/subscribe", r"newsletter|subscri|abonn|anmelden"),
    ("share/print row", r"\bshare|teilen|drucken|\bprint|facebook|twitter|e-?mail|whatsapp|tweet|partager"),
    ("tag list", r"^tags?\b|schlagw|themen:|keywords?:"),
    ("related list", r"related|lesen sie auch|auch interessant|mehr zum thema|read also|see also|tin liên quan"),
    ("teaser/read more", r"read more|weiterlesen|mehr lesen|lire la suite|continue reading|xem thêm"),
    ("footer", r"impressum|datenschutz|copyright|©|all rights reserved|kontakt|privacy|imprint"),
    ("caption/credit", r"^(?:foto|photo|bild|image|credit)\b|\bfoto:|\bphoto:|getty|dpa|reuters"),
    ("meta line (date/posted)", r"\b(?:19|20)\d\d\b|posted|veröffentlicht|published|\bam\b \d"),
)


def _chain(el: Any, levels: int = 8) -> str:
    """The class/id names and tags of the element and its ancestors, innermost first."""
    out = []
    for _ in range(levels):
        if el is None or not isinstance(el.tag, str):
            break
        out.append(" ".join((el.tag, el.get("class") or "", el.get("id") or "", el.get("role") or "")))
        el = el.getparent()
    return " | ".join(out).lower()


def holder(tree: Any, snippet: str) -> tuple[Any, int] | None:
    """(the deepest element whose text holds the snippet, its document-order index)."""
    want = _norm(snippet)
    best = None
    for i, el in enumerate(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title", "meta"):
            continue
        if want in _norm(el.text_content()):
            best = (el, i)  # iter() is document order: later holders are deeper
    return best


def kind_of(el: Any, snippet: str) -> tuple[str, str]:
    """(the kind of chrome, what said so: "name" or "text" or "")."""
    chain = _chain(el)
    for kind, pattern in _ATTR_KINDS:
        if re.search(pattern, chain):
            return kind, "name"
    if el.tag == "figcaption" or "figure" in chain:
        return "caption/credit", "name"
    text = snippet.lower()
    for kind, pattern in _TEXT_KINDS:
        if re.search(pattern, text):
            return kind, "text"
    if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return "heading (box or title)", "tag"
    if el.tag == "a" or el.getparent() is not None and el.getparent().tag == "a":
        return "link (list item)", "tag"
    return "other", ""


def place(tree: Any, index: int, anchors: list[str]) -> str:
    """Where the holder sits against the article: "before", "inside" (between its first and
    last anchored text) or "after"; "?" with no anchor found."""
    spots = [h[1] for h in (holder(tree, a) for a in anchors if a.strip()) if h is not None]
    if not spots:
        return "?"
    if index < min(spots):
        return "before"
    if index > max(spots):
        return "after"
    return "inside"


def _tree(folder: Path, row: dict[str, Any]) -> Any:
    raw = gzip.decompress((folder / row["html"]).read_bytes())
    return lxml_html.fromstring(raw)


def leaks(rows: list[dict[str, Any]], texts: dict[str, str], folder: Path) -> list[dict[str, Any]]:
    """Every tuning-half ``without`` snippet the body keeps: page, snippet, kind, place."""
    out = []
    for row in rows:
        rid = str(row["id"])
        if half(rid) != "tuning" or rid not in texts:
            continue
        norm = _norm(texts[rid])
        kept = [s for s in row.get("without", []) if _norm(s) in norm]
        if not kept:
            continue
        tree = _tree(folder, row)
        for snippet in kept:
            found = holder(tree, snippet)
            kind, basis = kind_of(found[0], snippet) if found else ("not found in page", "")
            out.append({
                "id": rid, "snippet": snippet, "kind": kind, "basis": basis,
                "place": place(tree, found[1], row.get("with", [])) if found else "?",
                "chain": _chain(found[0], 4) if found else "",
            })  # fmt: skip
    return out


def losses(rows: list[dict[str, Any]], texts: dict[str, str], folder: Path, top: int = 40) -> list[dict[str, Any]]:
    """WCXB tuning pages, largest precision loss first: the body lines (4 words or more)
    whose words the truth lacks, each with its kind and place."""
    scored = []
    for row in rows:
        rid = str(row["id"])
        if half(rid) != "tuning" or rid not in texts or row.get("page_type", "article") != "article":
            continue
        got, want = tokens(texts[rid]), tokens(row["body"])
        extra = sum((got - want).values())
        if extra:
            scored.append((extra, row))
    scored.sort(key=lambda x: -x[0])
    out = []
    for extra, row in scored[:top]:
        rid, truth = str(row["id"]), _norm(row["body"]).casefold()
        lines = [x for x in texts[rid].splitlines() if len(x.split()) >= 4 and _norm(x).casefold() not in truth]
        tree = _tree(folder, row)
        body_lines = [x for x in row["body"].splitlines() if len(x.split()) >= 4]
        anchors = [body_lines[0], body_lines[-1]] if body_lines else []
        for line in lines[:6]:
            probe = _norm(line)[:60]
            found = holder(tree, probe)
            kind, basis = kind_of(found[0], line) if found else ("not found in page", "")
            out.append({
                "id": rid, "extra_words": extra, "snippet": line[:100], "kind": kind, "basis": basis,
                "place": place(tree, found[1], anchors) if found else "?",
                "chain": _chain(found[0], 4) if found else "",
            })  # fmt: skip
    return out


def cause_table(items: list[dict[str, Any]]) -> str:
    by = Counter(x["kind"] for x in items)
    where: dict[str, Counter[str]] = {}
    for x in items:
        where.setdefault(x["kind"], Counter())[x["place"]] += 1
    head = "| kind | leaks | before | inside | after | ? |\n|---|---|---|---|---|---|"
    rows = [
        f"| {k} | {n} | {where[k]['before']} | {where[k]['inside']} | {where[k]['after']} | {where[k]['?']} |"
        for k, n in by.most_common()
    ]
    return "\n".join([head, *rows])


def figures_table(report: dict[str, dict[str, dict[str, float]]]) -> str:
    head = "| benchmark | half | pages | P | R | F1 | without leaked | with lost |\n|---|---|---|---|---|---|---|---|"
    rows = []
    for name, parts in report.items():
        for part, f in parts.items():
            leak = f"{f['leaked']}/{f['without']}" if "leaked" in f else ""
            lost = f"{f['lost']}/{f['with']}" if "lost" in f else ""
            rows.append(f"| {name} | {part} | {f['pages']} | {f['p']:.4f} | {f['r']:.4f} | {f['f1']:.4f} | {leak} | {lost} |")
    return "\n".join([head, *rows])


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", action="append", choices=NAMES, help="only this one (repeatable)")
    parser.add_argument("--limit", type=int, help="pages per benchmark (default: all)")
    parser.add_argument("--half", choices=HALVES, help="only this half's pages (while tuning)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--save", type=Path, help="write the bodies as JSON")
    parser.add_argument("--load", type=Path, help="read the bodies from --save's JSON")
    parser.add_argument("--json", type=Path, help="write figures and classified leaks as JSON")
    parser.add_argument("--no-classify", action="store_true", help="figures only")
    args = parser.parse_args(list(argv) if argv is not None else None)
    names = args.benchmark or NAMES
    if args.load:
        texts = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        texts = bodies(names, args.limit, args.workers, args.half)
    if args.save:
        args.save.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    report: dict[str, Any] = {"figures": {}, "leaks": [], "losses": []}
    for name in names:
        folder = SHARED / name
        rows = _load(folder, args.limit)
        report["figures"][name] = figures(name, rows, texts.get(name, {}))
        if args.no_classify:
            continue
        if name == "trafilatura-eval":
            report["leaks"] = leaks(rows, texts[name], folder)
        if name == "wcxb-test":
            report["losses"] = losses(rows, texts[name], folder)
    print(figures_table(report["figures"]))
    for key, title in (("leaks", "trafilatura-eval tuning half: `without` snippets kept"),
                       ("losses", "WCXB tuning half: body lines the truth lacks (largest losses)")):
        if report[key]:
            print(f"\n{title}, by kind and place:\n" + cause_table(report[key]))
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
