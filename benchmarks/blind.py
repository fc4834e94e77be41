"""The "blind" part of the fixture corpus: the development families without their surface cues.

Issue 10 asks the generic path to work on portals nobody wrote a rule for. Every rule written
so far covers a convention somebody thought of (a byline label "Tác giả:", a class named
"author", ``<meta name="author">``); a portal that follows none of them fails. This part
measures exactly that, label-free, on pages whose structure is known and whose truth is
written: each development family's pages and truth, transformed deterministically so that
the cues go and the structure stays:

- every ``class`` word and ``id`` value is replaced by a meaningless token, the same token
  for the same value within a site (cross-page consistency is kept: a template's element
  still has the same class on every page; a value holding numbers, generated per page or
  per instance, keeps them after its token, so it stays as unusable as it was);
- byline labels are dropped ("Tác giả:", "PV:", "Bài và ảnh:", "Người viết:", "Viết bởi",
  ...) where a name follows them (in the same text or the next one): the name stays where
  it was;
- ``<meta>`` authors and creators, JSON-LD ``author``/``creator``, ``itemprop="author"``
  and ``rel="author"`` are removed.

Dates keep their text and their structured data (date forms are not what this part
measures), but lose their classes and ids like everything else. The truth is the family's,
the labels removed from the body lines that held them (a signature "Bài và ảnh: Thu Hà" is
"Thu Hà"). Pages are written back as UTF-8 (the charset is not what this part measures).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from crawler.replica.site import HTML, Page, Site
from pipelines import authors
from pipelines.decode import decode_html

ROOT = __import__("pathlib").Path(__file__).resolve().parents[1]

# byline labels (authors._PREFIX's, less the photo credit "Ảnh:", which captions use):
# with a colon, or "Viết bởi"/"Đăng bởi" without one (Joomla)
_LABEL = re.compile(
    r"(^\s*|\s[|•·–-]\s+)"
    r"((?:tác giả(?: bài viết)?|người viết|bài(?:\s*(?:và|,|&)\s*ảnh)?|tin(?:\s*(?:và|,|&)\s*ảnh)?"
    r"|thực hiện|nhóm phóng viên|phóng viên|pv|by|author|người đăng)\s*:\s*"
    r"|(?:viết bởi|đăng bởi)\s*:?\s*)",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s{2,}")
_AUTHOR_KEYS = ("author", "creator")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def token(site: str, value: str) -> str:
    """A stable meaningless class/id token for ``value`` on ``site``: letters for the value
    with its numbers blurred, then its numbers, so values that differ only by their numbers
    (``post-731``, ``post-732``: generated per page) stay alike, and stay as unusable for
    a selector as they were."""
    digits = re.findall(r"\d+", value)
    digest = hashlib.sha1(f"{site}\0{re.sub(r'[0-9]+', '#', value)}".encode()).digest()
    return "x" + "".join(_LETTERS[b % 26] for b in digest[:7]) + "".join(digits)


def _names_someone(label: str, following: str) -> bool:
    found = authors.parse_byline_text(f"{label.strip()} {following.strip()}".strip())
    return bool(found and found.author)


def strip_label(text: str, following: str = "") -> str:
    """``text`` without a byline label at its start (or after a separator, "Thu Hà | Viết
    bởi Hoàng Nam") when a name follows it, in ``text`` itself or (the label alone) in
    ``following``."""
    match = _LABEL.search(text)
    if match is None:
        return text
    rest = text[match.end() :]
    named = _SEPARATOR.split(rest.strip(), maxsplit=1)[0] if rest.strip() else following
    label = match.group(2)
    if not named or not _names_someone("Tác giả:" if "bởi" in label.lower() else label, named):
        return text
    return text[: match.start()] + match.group(1) + rest


def _ordered_slots(root: HtmlElement) -> list[tuple[HtmlElement, str]]:
    out: list[tuple[HtmlElement, str]] = []

    def walk(el: HtmlElement) -> None:
        out.append((el, "text"))
        for child in el:
            walk(child)
            out.append((child, "tail"))

    walk(root)
    return out


def _drop_labels(root: HtmlElement) -> None:
    slots = [
        (el, kind) for el, kind in _ordered_slots(root)
        if not (kind == "text" and el.tag in ("script", "style"))
    ]  # fmt: skip
    values = [(getattr(el, kind) or "") for el, kind in slots]
    for i, value in enumerate(values):
        if not value.strip() or _LABEL.search(value) is None:
            continue
        following = next((v.strip() for v in values[i + 1 :] if v.strip()), "")
        new = strip_label(value, following.split("\n")[0])
        if new != value:
            el, kind = slots[i]
            setattr(el, kind, new)


def _strip_authors(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _strip_authors(v) for k, v in data.items() if k.lower() not in _AUTHOR_KEYS}
    if isinstance(data, list):
        return [_strip_authors(v) for v in data]
    return data


def strip_structured(el: HtmlElement, keys: tuple[str, ...], strip: Callable[[Any], Any]) -> bool:
    """Take a page's structured evidence out of ``el``: a ``<meta>`` whose name, property or
    itemprop holds one of ``keys`` is dropped (True: the element is gone); a JSON-LD script's
    data goes through ``strip`` (left as it was when it does not parse). The blind, dates2 and
    bylines transforms all start here."""
    if el.tag == "meta":
        name = f"{el.get('name', '')} {el.get('property', '')} {el.get('itemprop', '')}".lower()
        if any(k in name for k in keys):
            el.drop_tree()
            return True
    if el.tag == "script" and "ld+json" in (el.get("type") or "") and el.text:
        try:
            el.text = json.dumps(strip(json.loads(el.text)), ensure_ascii=False)
        except ValueError:
            pass
    return False


def _blind_tree(doc: HtmlElement, site: str) -> None:
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        if strip_structured(el, _AUTHOR_KEYS, _strip_authors):
            continue
        if el.get("class") is not None:
            el.set("class", " ".join(token(site, w) for w in el.get("class").split()))
        if el.get("id"):
            el.set("id", token(site, el.get("id")))
        if any(k in (el.get("itemprop") or "").lower() for k in _AUTHOR_KEYS):
            del el.attrib["itemprop"]
        if "author" in (el.get("rel") or "").lower():
            del el.attrib["rel"]
    _drop_labels(doc)


def rewrite_html(
    body: bytes, content_type: str | None, change: Callable[[HtmlElement], bool | None]
) -> bytes:
    """One HTML page parsed, changed in place by ``change(doc)`` and written back as UTF-8
    (its meta charset said so): how every derived part (blind, perturbed, forms, inline)
    rewrites a page. The page as it was when it cannot be decoded or parsed, or when
    ``change`` returns False (nothing to change on it)."""
    decoded = decode_html(body, content_type)
    if decoded is None:
        return body
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", decoded.text, count=1)
    try:
        doc = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):
        return body
    if change(doc) is False:
        return body
    for el in doc.iter("meta"):
        if el.get("charset"):
            el.set("charset", "utf-8")
        elif "content-type" in (el.get("http-equiv") or "").lower():
            el.set("content", "text/html; charset=utf-8")
    doctype = doc.getroottree().docinfo.doctype or "<!DOCTYPE html>"
    return lxml.html.tostring(doc, encoding="unicode", doctype=doctype).encode("utf-8")


def blind_html(body: bytes, content_type: str | None, site: str) -> bytes:
    """One HTML page without its surface cues (see the module's docstring), as UTF-8."""
    return rewrite_html(body, content_type, lambda doc: _blind_tree(doc, site))


def map_html(site: Site, rewrite: Callable[[bytes, str, str], bytes]) -> Site:
    """The site with every 200 HTML page's body rewritten by ``rewrite(body, content_type,
    target)``, served as UTF-8 (other responses as they were): how the derived parts (blind,
    perturbed) are built from a family's site."""
    pages: dict[str, Page] = {}
    for target, page in site.pages.items():
        ctype = page.header("Content-Type") or ""
        if page.status == 200 and "html" in ctype and page.body:
            headers = [(k, v) for k, v in page.headers if k.lower() != "content-type"]
            page = Page(page.status, [("Content-Type", HTML), *headers], rewrite(page.body, ctype, target))
        pages[target] = page
    return Site(pages=pages, handler=site.handler, not_found=site.not_found)


def blind_site(site: Site, site_id: str) -> Site:
    """The site with every HTML page blinded (other responses as they were)."""
    return map_html(site, lambda body, ctype, _: blind_html(body, ctype, site_id))


@dataclass(frozen=True)
class BlindArticle:
    """A family's article with its truth as the blinded pages show it."""

    art: Any

    def truth(self, base: str = "") -> dict[str, Any]:
        truth = self.art.truth(base)
        truth["body"] = [strip_label(x) for x in truth["body"]]
        return truth


class DerivedFamily:
    """A development family rewritten by code (the blind, perturbed, inline and chrome2
    parts): the same site id, name, base URL, chrome lines and articles, their truth unchanged;
    a part adds its widgets' chrome lines and its ``build_site``."""

    def __init__(self, family: ModuleType) -> None:
        self.family = family
        self.SITE_ID = family.SITE_ID
        self.NAME = getattr(family, "NAME", family.SITE_ID)
        self.CHROME = list(family.CHROME)
        self.ARTICLES = list(family.ARTICLES)
        if hasattr(family, "BASE_URL"):
            self.BASE_URL = family.BASE_URL

    def hand_selectors(self) -> tuple[list[str], list[str]]:
        """The title and body selectors of the family's hand profile (tests/sites/), which
        tell a part where the article's own block is."""
        from config.profile import load_profile_file

        path = ROOT / "tests" / "sites" / self.SITE_ID / f"{self.SITE_ID}.yaml"
        selectors = load_profile_file(path).selectors
        return list(selectors.title), list(selectors.body)


class BlindFamily(DerivedFamily):
    """A development family, blinded: the same site id, base URL, chrome and articles."""

    def __init__(self, family: ModuleType) -> None:
        super().__init__(family)
        self.ARTICLES = [BlindArticle(a) for a in family.ARTICLES]

    def build_site(self) -> Site:
        return blind_site(self.family.build_site(), self.SITE_ID)
