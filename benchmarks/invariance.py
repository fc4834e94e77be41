"""Invariance audit: the same content, written the ways old portals write it, must give the same record.

    python -m benchmarks.invariance                      # every rewrite, dev + validation + hard
    python -m benchmarks.invariance --rewrite entities --rewrite cp1258_meta
    python -m benchmarks.invariance --part dev --json /tmp/invariance.json

A mechanism audit (issue 10): a path that gives a different record for the same content is a
bug, whatever the page. Every HTML page of the non-sealed fixture families (the parts of
:data:`PARTS`, loaded as :mod:`benchmarks.extraction_quality` loads them) is extracted on the
single-page path (:func:`pipelines.sitemodel.extract_page` with the ad-hoc profile, no site
model, the chrome learned from the site's pages as rewritten, as the benchmark's ``single``
mode extracts), once as served and once after each semantic no-op rewrite of
:data:`REWRITES`, one at a time. The records are compared field by field: page verdict
(article or the refusal's reason), title, published date, date basis, author, body text
(whitespace runs folded to one space, NFC). Every page whose record differs is listed per
rewrite and field, with a short cause line (what each side gave).

The rewrites are deterministic and change no content a reader sees:

- ``entities``: every non-ASCII character outside scripts and styles as a numeric entity;
- ``nbsp``: every space of every text node as ``&nbsp;``;
- ``upper_tags``: tag and attribute names upper-case, attribute values unquoted where HTML
  allows it;
- ``crlf``: CRLF line endings, and every space of a text node a run of spaces and a CRLF;
- ``br_paragraphs``: the element holding most ``<p>`` children gets their text as one run
  separated by ``<br><br>`` (the paragraphs of a portal's WYSIWYG editor of 2008);
- ``inline_split``: in short text nodes, a date (``05/03/2024``, a time) wrapped in ``<b>``,
  and the author's name (the untransformed record's) wrapped in ``<font>`` inside a ``<span>``;
- ``cp1258_meta``: the page re-encoded in windows-1258 (Vietnamese letters as base letter plus
  combining tone mark, as the code page writes them), its ``<meta>`` charset saying so and the
  HTTP header naming none; ``cp1258_http``: the same with the charset in the HTTP header only
  and none in the page;
- ``table_layout``: the whole of ``<body>`` inside a layout ``<table><tr><td>``.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from typing import Any

import lxml.html
from lxml import etree

from benchmarks.extraction_quality import families, family_base, site_pages
from config.profile import adhoc_profile
from pipelines.chrome import Learner
from pipelines.decode import decode_html
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page

PARTS = ("dev", "validation", "hard")
FIELDS = ("verdict", "title", "published_at", "date_basis", "author", "body")

_RAW = re.compile(r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<pre\b.*?</pre\s*>"
                  r"|<textarea\b.*?</textarea\s*>)", re.IGNORECASE | re.DOTALL)  # fmt: skip
_TAG = re.compile(r"<[^>]*>")
_META_CS = re.compile(r"<meta\b[^>]*charset[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_UNQUOTED_OK = re.compile(r"""^[^\s"'=<>`]+$""")


def _outside_raw(html: str, fn: Callable[[str], str]) -> str:
    """``fn`` on every piece of ``html`` outside scripts, styles, comments, pre/textarea."""
    parts = _RAW.split(html)
    return "".join(p if i % 2 else fn(p) for i, p in enumerate(parts))


def _text_nodes(html: str, fn: Callable[[str], str]) -> str:
    """``fn`` on the text between tags (outside raw elements); tags untouched."""

    def piece(chunk: str) -> str:
        out, last = [], 0
        for m in _TAG.finditer(chunk):
            out.append(fn(chunk[last : m.start()]))
            out.append(m.group(0))
            last = m.end()
        out.append(fn(chunk[last:]))
        return "".join(out)

    return _outside_raw(html, piece)


def entities(html: str) -> str:
    return _outside_raw(html, lambda s: re.sub(r"[^\x00-\x7f]", lambda m: f"&#{ord(m.group(0))};", s))


def nbsp(html: str) -> str:
    return _text_nodes(html, lambda s: s.replace(" ", "&nbsp;"))


def _upper_tag(m: re.Match[str]) -> str:
    tag = m.group(0)
    head = re.match(r"<(/?)([A-Za-z][\w:-]*)", tag)
    if head is None:
        return tag  # <!DOCTYPE ...>, <?xml ...?>
    end = "/>" if tag.endswith("/>") else ">"
    rest = tag[head.end() : len(tag) - len(end)]
    attrs = []
    for a in _ATTR.finditer(rest):
        name = a.group(1).upper()
        value = next((v for v in a.group(2, 3, 4) if v is not None), None)
        if value is None:
            attrs.append(name)
        elif _UNQUOTED_OK.match(value):
            attrs.append(f"{name}={value}")
        else:
            attrs.append(f'{name}="{value}"' if '"' not in value else f"{name}='{value}'")
    body = f"<{head.group(1)}{head.group(2).upper()}" + "".join(" " + a for a in attrs)
    return body + (" />" if end == "/>" else ">")


def upper_tags(html: str) -> str:
    def chunk(s: str) -> str:
        return _TAG.sub(_upper_tag, s)

    # scripts' and styles' own tags too, not their content
    parts = _RAW.split(html)
    out = []
    for i, p in enumerate(parts):
        if i % 2 and not p.startswith("<!--"):
            m = re.match(r"(<[^>]*>)(.*?)(</[^>]*>)$", p, re.DOTALL)
            out.append(chunk(m.group(1)) + m.group(2) + chunk(m.group(3)) if m else p)
        else:
            out.append(p if i % 2 else chunk(p))
    return "".join(out)


def crlf(html: str) -> str:
    spaced = _text_nodes(html, lambda s: s.replace(" ", "  \n   "))
    return spaced.replace("\r\n", "\n").replace("\n", "\r\n")


def _tree(html: str) -> Any:
    return lxml.html.document_fromstring(html)


def _serialise(doc: Any, like: str) -> str:
    doctype = re.match(r"\s*<!DOCTYPE[^>]*>", like, re.IGNORECASE)
    out = lxml.html.tostring(doc, encoding="unicode", method="html")
    return (doctype.group(0) + "\n" if doctype else "") + out


def _plain_p(el: Any) -> bool:
    """A ``<p>`` a WYSIWYG editor's ``<br><br>`` run stands for: no class or id. A classed
    one (``<p class="caption">``) says what it is, which one run of text cannot keep: folded,
    fx-ministry's fair report read its captions as body paragraphs (+25 words), an artefact
    of the rewrite, not a difference of the page."""
    return el.tag == "p" and el.get("class") is None and el.get("id") is None


def br_paragraphs(html: str) -> str:
    doc = _tree(html)
    best = max(doc.iter(), key=lambda e: sum(1 for c in e if _plain_p(c)), default=None)
    if best is None or sum(1 for c in best if _plain_p(c)) < 2:
        return html
    for p in [c for c in best if _plain_p(c)]:
        br1, br2 = etree.Element("br"), etree.Element("br")
        br2.tail = p.tail
        index = best.index(p)
        prev = p.getprevious()
        if p.text:
            if prev is None:
                best.text = (best.text or "") + p.text
            else:
                prev.tail = (prev.tail or "") + p.text
        children = list(p)
        best.remove(p)
        for j, child in enumerate([*children, br1, br2]):
            best.insert(index + j, child)
    return _serialise(doc, html)


_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{1,2}:\d{2}\b")


def inline_split(html: str, author: str | None) -> str:
    doc = _tree(html)
    body = doc.find("body")
    if body is None:
        return html
    for el in list(body.iter()):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "textarea"):
            continue
        for attr in ("text", "tail"):
            text = getattr(el, attr)
            if not text or len(text.strip()) > 120:
                continue
            target = el if attr == "text" else el.getparent()
            if target is None or target.tag in ("script", "style"):
                continue
            match = None
            if author and author in text:
                start = text.index(author)
                match = (start, start + len(author), "author")
            else:
                m = _DATE.search(text)
                if m:
                    match = (m.start(), m.end(), "date")
            if match is None:
                continue
            start, end, kind = match
            before, inner, after = text[:start], text[start:end], text[end:]
            if kind == "author":
                wrap = etree.Element("span")
                font = etree.SubElement(wrap, "font")
                font.text = inner
            else:
                wrap = etree.Element("b")
                wrap.text = inner
            wrap.tail = after
            if attr == "text":
                el.text = before
                el.insert(0, wrap)
            else:
                el.tail = before
                parent = el.getparent()
                parent.insert(parent.index(el) + 1, wrap)
    return _serialise(doc, html)


def _cp1258_char(ch: str) -> bytes:
    try:
        return ch.encode("cp1258")
    except UnicodeEncodeError:
        pass
    parts = unicodedata.normalize("NFD", ch)
    out, current = b"", parts[0]
    for mark in parts[1:]:
        merged = unicodedata.normalize("NFC", current + mark)
        try:
            merged.encode("cp1258")
            current = merged
        except UnicodeEncodeError:
            out += _cp1258_or_ref(current)
            current = mark
    return out + _cp1258_or_ref(current)


def _cp1258_or_ref(s: str) -> bytes:
    return s.encode("cp1258", "xmlcharrefreplace")


def cp1258(html: str) -> bytes:
    """``html`` in windows-1258 the way the code page writes Vietnamese (base letter, or the
    code page's own â/ê/ô/ơ/ư, plus a combining tone mark)."""
    cache: dict[str, bytes] = {}
    out = bytearray()
    for ch in html:
        if ch < "\x80":
            out += ch.encode()
        else:
            if ch not in cache:
                cache[ch] = _cp1258_char(ch)
            out += cache[ch]
    return bytes(out)


def _set_meta(html: str, charset: str | None) -> str:
    html = _META_CS.sub("", html)
    if charset is None:
        return html
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    m = re.search(r"<head\b[^>]*>", html, re.IGNORECASE)
    return html[: m.end()] + meta + html[m.end() :] if m else meta + html


def table_layout(html: str) -> str:
    html = re.sub(r"(<body\b[^>]*>)", r'\1<table width="100%" border="0"><tr><td>', html, count=1,
                  flags=re.IGNORECASE)  # fmt: skip
    return re.sub(r"(</body\s*>)", r"</td></tr></table>\1", html, count=1, flags=re.IGNORECASE)


Page = tuple[bytes, dict[str, str]]


def _text_rewrite(fn: Callable[[str], str]) -> Callable[[str, str, dict[str, str], Any], Page]:
    def apply(text: str, encoding: str, headers: dict[str, str], record: Any) -> Page:
        return _encode(fn(text), encoding), headers

    return apply


def _encode(text: str, encoding: str) -> bytes:
    return cp1258(text) if encoding == "cp1258" else text.encode(encoding, "xmlcharrefreplace")


def _inline(text: str, encoding: str, headers: dict[str, str], record: Any) -> Page:
    author = record.author if isinstance(record, ArticleRecord) else None
    return _encode(inline_split(text, author), encoding), headers


def _cp1258_meta(text: str, encoding: str, headers: dict[str, str], record: Any) -> Page:
    return cp1258(_set_meta(text, "windows-1258")), {**headers, "content-type": "text/html"}


def _cp1258_http(text: str, encoding: str, headers: dict[str, str], record: Any) -> Page:
    return cp1258(_set_meta(text, None)), {**headers, "content-type": "text/html; charset=windows-1258"}


REWRITES: dict[str, Callable[[str, str, dict[str, str], Any], Page]] = {
    "entities": _text_rewrite(entities),
    "nbsp": _text_rewrite(nbsp),
    "upper_tags": _text_rewrite(upper_tags),
    "crlf": _text_rewrite(crlf),
    "br_paragraphs": _text_rewrite(br_paragraphs),
    "inline_split": _inline,
    "cp1258_meta": _cp1258_meta,
    "cp1258_http": _cp1258_http,
    "table_layout": _text_rewrite(table_layout),
}


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def summary(result: Any) -> dict[str, Any]:
    """The compared fields of an extraction's result."""
    if not isinstance(result, ArticleRecord):
        return {"verdict": f"not:{result.reason}"}
    return {
        "verdict": "article",
        "title": result.title,
        "published_at": result.published_at,
        "date_basis": result.date_basis,
        "author": result.author,
        "body": _fold(result.body_text),
    }


def _short(value: Any, width: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def differences(base: dict[str, Any], got: dict[str, Any]) -> dict[str, str]:
    """{field: cause line} of the fields where ``got`` differs from ``base``."""
    out = {}
    for name in FIELDS:
        if name != "verdict" and "article" not in (base["verdict"], got["verdict"]):
            continue
        if name != "verdict" and base["verdict"] != got["verdict"]:
            continue  # the verdict line says it
        a, b = base.get(name), got.get(name)
        if a == b:
            continue
        if name == "body":
            words_a, words_b = Counter(a.split()), Counter(b.split())
            lost, extra = list((words_a - words_b).elements()), list((words_b - words_a).elements())
            out[name] = f"-{len(lost)} +{len(extra)} words (lost {_short(' '.join(lost[:6]), 50)}, " \
                        f"extra {_short(' '.join(extra[:6]), 50)})"  # fmt: skip
        else:
            out[name] = f"{_short(a)} -> {_short(b)}"
    return out


def _extract_site(pages: list[tuple[str, bytes, dict[str, str]]], base: str) -> list[Any]:
    """Each page's result on the single-page path as a crawl of these pages gives it: the
    chrome learner told every page's lines first (the benchmark's ``single`` mode, without
    the join of split articles: pages are compared one by one)."""
    profile = adhoc_profile(base + "/")
    learner = Learner()
    for path, body, headers in pages:
        first = extract_page(body, base + path, headers, profile)
        learner.add(first.page_lines, first.page_title)
    learned = learner.learned()
    return [extract_page(body, base + path, headers, profile, learned=learned) for path, body, headers in pages]


def audit(parts: tuple[str, ...] = PARTS, rewrites: tuple[str, ...] = tuple(REWRITES)) -> dict[str, Any]:
    """{"pages": n, "rewrites": {rewrite: {"pages": [...], "fields": {field: n}}}}."""
    out: dict[str, Any] = {"pages": 0, "rewrites": {r: {"pages": [], "fields": dict.fromkeys(FIELDS, 0)}
                                                    for r in rewrites}}  # fmt: skip
    for part in parts:
        for site_id, family in families(part).items():
            base = family_base(family).rstrip("/")
            pages, texts = [], []
            for path, body, headers in site_pages(family.build_site()):
                decoded = decode_html(body, headers.get("content-type"))
                if decoded is not None:
                    pages.append((path, body, headers))
                    texts.append(decoded)
            out["pages"] += len(pages)
            records = _extract_site(pages, base)
            for name in rewrites:
                changed = [(path, *REWRITES[name](d.text, d.encoding, headers, record))
                           for (path, _, headers), d, record in zip(pages, texts, records, strict=True)]  # fmt: skip
                for (path, _, _), record, got in zip(pages, records, _extract_site(changed, base), strict=True):
                    diff = differences(summary(record), summary(got))
                    if diff:
                        entry = out["rewrites"][name]
                        entry["pages"].append({"part": part, "site": site_id, "path": path, "diff": diff})
                        for field in diff:
                            entry["fields"][field] += 1
    return out


def report(result: dict[str, Any], detail: int = 8) -> str:
    lines = [f"invariance audit: {result['pages']} pages, single-page path with learned chrome"]
    lines.append(f"{'rewrite':<15}{'pages':>6}  " + " ".join(f"{f:>12}" for f in FIELDS))
    for name, entry in result["rewrites"].items():
        lines.append(f"{name:<15}{len(entry['pages']):>6}  "
                     + " ".join(f"{entry['fields'][f]:>12}" for f in FIELDS))  # fmt: skip
    for name, entry in result["rewrites"].items():
        if not entry["pages"]:
            continue
        lines.append(f"\n{name}:")
        for page in entry["pages"][:detail]:
            for field, cause in page["diff"].items():
                lines.append(f"  {page['site']}{page['path']} {field}: {cause}")
        if len(entry["pages"]) > detail:
            lines.append(f"  ... {len(entry['pages']) - detail} more pages")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", action="append", choices=PARTS, help="a part (repeatable; default: all)")
    parser.add_argument("--rewrite", action="append", choices=tuple(REWRITES), help="a rewrite (repeatable)")
    parser.add_argument("--detail", type=int, default=8, help="pages listed per rewrite")
    parser.add_argument("--json", metavar="PATH", help="write the full result as JSON")
    args = parser.parse_args(argv)
    result = audit(tuple(args.part or PARTS), tuple(args.rewrite or REWRITES))
    print(report(result, args.detail))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
