"""Authors and titles on the public benchmarks' real pages, and why an author is missed.

    python -m benchmarks.author_misses                         # figures, both benchmarks, by half
    python -m benchmarks.author_misses --misses                # + every tuning-half author miss
    python -m benchmarks.author_misses --benchmark wcxb-test --limit 100

Scores what ``benchmarks.extraction_quality --shared`` scores for authors and titles
(:func:`benchmarks.extraction_quality.metadata_report`: govarchive's generic path beside
trafilatura's ``extract_metadata``, on the fixed halves of ``half()``) without the bodies,
so a change to the byline code is measured in a minute. trafilatura's answers do not change
between runs and are kept in a cache file (``--cache``).

``--misses`` classifies every author miss of the tuning half (the held-out half is only
scored, never looked at): *missed* (no author), *wrong* (another name), *partial* (one of
several authors), *invented* (a name on an unsigned page), and where the true name sits on
the page (:func:`presentation`): in the page's data only (meta, JSON-LD, ``rel=author``), or
visibly, with the element's class (``.author``/``.byline``), the word before it ("By",
"Von", "Par", "Autor:"), above or below the headline, after the body.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks.extraction_quality import (
    SHARED,
    _load,
    _origin,
    body_and_verdict,
    half,
    metadata_report,
    metadata_table,
    same_authors,
    truth_author,
)
from config.profile import adhoc_profile
from pipelines.chrome import Learned
from pipelines.content import extract_body
from pipelines.dom import text_of
from pipelines.page import read_page
from pipelines.record import ArticleRecord

NAMES = ("wcxb-test", "trafilatura-eval")
CACHE = Path("/tmp/govarchive-trafilatura-metadata.json")


def _ours(args: tuple[str, str]) -> tuple[str | None, str | None, str | None]:
    path, url = args
    raw = gzip.decompress(Path(path).read_bytes())
    profile = adhoc_profile(_origin(url))
    page_url = url or _origin(url)
    result, refused = body_and_verdict(raw, page_url, {}, profile)
    if refused is not None and refused.reason == "duplicate_of_canonical":  # as _both does
        result, refused = body_and_verdict(raw, refused.detail, {}, profile)
    if not isinstance(result, ArticleRecord):
        return None, None, None
    return result.author, result.title, (result.published_at or "")[:10] or None


def _theirs(args: tuple[str, str]) -> tuple[str | None, str | None, str | None]:
    import trafilatura

    path, url = args
    text = gzip.decompress(Path(path).read_bytes()).decode("utf-8", "replace")
    meta = trafilatura.extract_metadata(text, default_url=url or None)
    return (meta.author, meta.title, (meta.date or "")[:10] or None) if meta is not None else (None, None, None)


def _annotated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The article pages whose truth names (or leaves empty) an author or a title."""
    return [r for r in rows if r.get("page_type", "article") == "article" and ("author" in r or r.get("title"))]


def run(name: str, limit: int | None, workers: int, only: str | None = None) -> tuple[list[dict[str, Any]], list[tuple[Any, ...]]]:
    folder = SHARED / name
    rows = [r for r in _annotated(_load(folder, limit)) if only is None or half(str(r["id"])) == only]
    jobs = [(str(folder / r["html"]), r.get("url") or "") for r in rows]
    cache = json.loads(CACHE.read_text()) if CACHE.exists() else {}
    todo = [j for j, r in zip(jobs, rows, strict=True) if f"{name}/{r['id']}" not in cache]
    with ProcessPoolExecutor(workers) as pool:
        ours = list(pool.map(_ours, jobs, chunksize=8))
        for r, got in zip([r for j, r in zip(jobs, rows, strict=True) if j in todo],
                          pool.map(_theirs, todo, chunksize=8), strict=True):  # fmt: skip
            cache[f"{name}/{r['id']}"] = got
    if todo:
        CACHE.write_text(json.dumps(cache))
    theirs = [cache[f"{name}/{r['id']}"] for r in rows]
    # the tuple metadata_report reads: (.., .., .., our day, their day, authors, titles)
    outputs = [(None, None, None, o[2], t[2], o[0], t[0], o[1], t[1]) for o, t in zip(ours, theirs, strict=True)]
    return rows, outputs


# --- the miss classifier --------------------------------------------------------------------

_LABEL = re.compile(
    r"(?:^|\b)(by|von|par|por|di|da|door|av|af|autor(?:in)?|auteur|author|written by|posted by|"
    r"geschrieben von|veröffentlicht von|publié par|écrit par|redacción|text|texte|tác giả)\s*:?\s*$",
    re.IGNORECASE,
)
_AUTHOR_CLASS = re.compile(r"author|byline|autor|auteur|writer|posted-by|vcard|\bfn\b", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _holder(tree: Any, name: str) -> Any:
    """The smallest element whose visible text holds ``name`` (outside scripts, styles and
    the head), or None."""
    want = _norm(name)
    best = None
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title", "meta", "noscript"):
            continue
        if any(a.tag in ("script", "style", "head", "noscript") for a in el.iterancestors()):
            continue
        if want in _norm(text_of(el)):
            best = el  # iter() is document order, descendants after their ancestor
    return best


def _classes(el: Any, depth: int = 4) -> str:
    out = []
    for node in [el, *list(el.iterancestors())[: depth - 1]]:
        out.append(f"{node.tag}.{'.'.join((node.get('class') or '').split())}#{node.get('id') or ''}")
    return " < ".join(out)


def _before(el: Any, holder: Any) -> bool:
    """``el`` comes before ``holder`` in the document."""
    for node in el.getroottree().iter():
        if node is el:
            return True
        if node is holder:
            return False
    return False


def presentation(raw: bytes, url: str, want: str) -> dict[str, str]:
    """Where the first true name sits on the page: ``where`` (data only / visible and its
    place), ``label`` (the word before it), ``klass`` (an author/byline class on it or an
    ancestor), ``line`` (its element's text)."""
    page = read_page(raw, url or _origin(url), {}, adhoc_profile(_origin(url)), Learned())
    if not hasattr(page, "tree"):
        return {"where": "unreadable", "label": "", "klass": "", "line": ""}
    first_name = re.split(r"\s*[,;&]\s*|\s+(?:and|und|et)\s+", want)[0]
    html = _norm(raw.decode("utf-8", "replace"))
    holder = _holder(page.tree, first_name)
    if holder is None:
        data = "in the page's data only" if _norm(first_name) in html else "not on the page"
        return {"where": data, "label": "", "klass": "", "line": ""}
    line = " ".join(text_of(holder).split())[:90]
    idx = _norm(line).find(_norm(first_name))
    label_m = _LABEL.search(line[:idx]) if idx > 0 else None
    label = label_m.group(1).lower() if label_m else ("(none)" if idx <= 0 else line[max(0, idx - 12) : idx].strip())
    chain = [holder, *list(holder.iterancestors())[:3]]
    klass = next(
        (f"{n.tag}.{n.get('class') or n.get('id')}" for n in chain
         if _AUTHOR_CLASS.search(f"{n.get('class') or ''} {n.get('id') or ''} {n.get('rel') or ''} {n.get('itemprop') or ''}")),
        "",
    )  # fmt: skip
    if holder.tag == "a" and "author" in (holder.get("rel") or "") or holder.get("href", "").find("author") >= 0:
        klass = klass or "a[rel=author|href*=author]"
    text = extract_body(page)
    where = "visible"
    if page.title_el is not None:
        where = "above the headline" if _before(holder, page.title_el) else "below the headline"
    if text.element is not None and not _before(holder, text.element) and not any(
        a is text.element for a in holder.iterancestors()
    ):
        where = "after the body"
    elif text.element is not None and any(a is text.element for a in holder.iterancestors()):
        where = "in the body"
    return {"where": where, "label": label, "klass": klass, "line": line}


def kind(got: str | None, want: str | None) -> str:
    if not want:
        return "invented"
    if not got:
        return "missed"
    names = [_norm(x) for x in re.split(r"\s*[,;&]\s*|\s+(?:and|und|et)\s+", want)]
    if len(names) > 1 and _norm(got) in names:
        return "partial"
    return "wrong"


def misses(name: str, rows: list[dict[str, Any]], outputs: list[tuple[Any, ...]]) -> list[dict[str, str]]:
    folder = SHARED / name
    out = []
    for row, o in zip(rows, outputs, strict=True):
        if half(str(row["id"])) != "tuning" or "author" not in row:
            continue
        want, got = truth_author(row), o[5]
        if (not want and not got) or (want and same_authors(got, want)):
            continue
        k = kind(got, want)
        raw = gzip.decompress((folder / row["html"]).read_bytes())
        place = presentation(raw, row.get("url") or "", want) if want else {}
        site = (row.get("url") or "").split("/")[2] if "//" in (row.get("url") or "") else ""
        if k == "wrong" and got and site and _norm(got).replace(" ", "") in site.replace(".", ""):
            k = "wrong: the site's name"
        out.append({"id": row["id"], "kind": k, "got": got or "", "want": want or "", **place})
        out[-1]["shape"] = shape(out[-1])
    return out


_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.IGNORECASE)


def shape(miss: dict[str, str]) -> str:
    """How the true author is presented, for the cause table: a name of one word or a
    handle (no rule reads one outside a labelled byline), a byline label before it, an
    author or byline class around it, a copyright line, a name in a sentence, in the page's
    data only."""
    want, where = miss["want"], miss.get("where", "")
    if miss["kind"] == "invented":
        return "a name on an unsigned page"
    if where in ("in the page's data only", "not on the page", "unreadable"):
        return where
    if len(want.split()) == 1 or not want[:1].isupper():
        return "one word or a handle"
    if _COPYRIGHT.search(miss.get("label", "")) or _COPYRIGHT.search(miss.get("line", "")[:20]):
        return "a copyright line"
    if miss.get("label", "") in ("by", "von", "par", "por", "autor", "auteur", "author", "written by", "posted by"):
        return f"labelled '{miss['label']}' (a byline row)"
    if miss.get("klass"):
        return "an author/byline class"
    if len(miss.get("line", "")) > 60:
        return "a name in a sentence or a bio"
    return "a name alone, no class or label"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--benchmark", action="append", choices=NAMES, help="default: both")
    parser.add_argument("--limit", type=int, help="pages per benchmark (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--half", choices=("tuning", "held-out"), help="only this half's pages (default: both)")
    parser.add_argument("--misses", action="store_true", help="list and count the tuning half's misses")
    parser.add_argument("--json", type=Path, help="write the figures (and misses) as JSON")
    args = parser.parse_args(list(argv) if argv is not None else None)
    report: dict[str, Any] = {}
    listed: dict[str, list[dict[str, str]]] = {}
    for name in args.benchmark or NAMES:
        rows, outputs = run(name, args.limit, args.workers, args.half)
        report[f"meta/{name}"] = metadata_report(rows, outputs)
        if args.misses:
            listed[name] = misses(name, rows, outputs)
    print(metadata_table(report))
    for name, found in listed.items():
        print(f"\n{name}, tuning half: {len(found)} author misses")
        for m in found:
            print(f"- {m['id']}: {m['kind']} ({m['shape']}): got {m['got']!r} want {m['want']!r} | {m.get('where', '')}"
                  f" | label {m.get('label', '')!r} | class {m.get('klass', '')} | {m.get('line', '')!r}")  # fmt: skip
        counts = Counter(f"{m['kind']} / {m.get('where', '-')}" for m in found)
        print("\n| kind / where the true name sits | pages |\n|---|---|")
        for key, n in counts.most_common():
            print(f"| {key} | {n} |")
        shapes = Counter(f"{m['kind'].split(':')[0]} / {m['shape']}" for m in found)
        print("\n| kind / how the true name is presented | pages |\n|---|---|")
        for key, n in shapes.most_common():
            print(f"| {key} | {n} |")
    if args.json:
        args.json.write_text(json.dumps({"figures": report, "misses": listed}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
