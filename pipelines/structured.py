"""The page's structured metadata, read once: JSON-LD, microdata, meta tags, ``rel=author``.

What a CMS emits whatever its template: publication and update dates (as written, parsed by
:mod:`pipelines.datefind`), the author(s) and the headline. One pass over the ``<meta>``
tags, one over the JSON-LD scripts (each parsed once, repaired when a CMS wrote it loosely:
comment wrappers, raw newlines in strings, trailing commas; a script that stays invalid is
counted, never fatal), one XPath over the ``itemprop`` elements and one over the links.

Authors are people: an ``Organization`` (or any typed entity that is not a ``Person``), a
URL, a handle, an e-mail address, an office's name ("Sở Tư pháp"), the site's own name and
CMS accounts ("admin", "Super User", "Quản trị": :data:`pipelines.authors.JUNK_AUTHORS`) are
refused. Several names are joined with ", " as the house stores them ("Minh Anh, Thu Hà").
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from lxml.html import HtmlElement

from pipelines import authors
from pipelines.dom import clean, text_of

# meta names (name, property or itemprop, lower case) naming the publication, by rank: the
# order datefind has always read them in
PUBLISHED_NAMES = {
    "article:published_time": 0,
    "og:published_time": 1,
    "datepublished": 2,
    "pubdate": 3,
    "publishdate": 4,
    "dc.date.issued": 5,
    "dcterms.created": 6,
}
# htmldate's list of date meta names (trafilatura depends on it), those that name a
# publication: generic ones ("date", "created", "dc.date") are often the page's generation time
try:
    from htmldate.core import DATE_ATTRIBUTES as _HTMLDATE_NAMES
except ImportError:  # pragma: no cover - an htmldate without the list
    _HTMLDATE_NAMES = set()
MORE_PUBLISHED = frozenset(
    n for n in _HTMLDATE_NAMES if any(w in n for w in ("publi", "pubdate", "issued", "post_date", "posted"))
)
UPDATED_NAMES = {
    "article:modified_time": 0,
    "og:updated_time": 1,
    "datemodified": 2,
    "dcterms.modified": 3,
    "last-modified": 4,
}
# meta names that carry the author's name (a URL in ``article:author`` is a profile page)
AUTHOR_NAMES = {
    "author": 0,
    "article:author": 1,
    "parsely-author": 2,
    "sailthru.author": 3,
    "byl": 4,
    "dc.creator": 5,
    "dcterms.creator": 6,
}
ARTICLE_TYPES = frozenset(
    {
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "scholarlyarticle",
        "techarticle", "report", "liveblogposting", "socialmediaposting", "advertisercontentarticle",
        "satiricalarticle", "medicalscholarlyarticle", "posting",
    }
)  # fmt: skip
PAGE_TYPES = frozenset({"webpage", "itempage", "medicalwebpage"})
PERSON_TYPES = frozenset({"person"})
# microdata scopes whose author or date is not the page's (a comment, a review, an answer)
_FOREIGN_SCOPE = re.compile(r"comment|review|answer|question|offer|product|event", re.IGNORECASE)
_NOT_NAME = re.compile(r"https?:|www\.|@|/|\.(?:com|net|org|vn)\b|\d{3}", re.IGNORECASE)
# "By", "Von", "Par", "Por": the label of a byline copied into the data
_BY = re.compile(r"^(?:by|từ|tác giả|von|par|por|door)\s*:?\s+", re.IGNORECASE)
_AND = re.compile(r"\s+(?:and|und|et|&|và)\s+|\s*[;,]\s*", re.IGNORECASE)
# words of a role or a team, never of a person's name
ROLE_WORDS = frozenset(
    {
        "editor", "editors", "editorial", "contributor", "contributors", "team", "staff", "desk",
        "newsroom", "marketing", "coordinator", "department", "office", "press", "media",
        "communications", "admin", "webmaster", "support", "writer", "reporter", "correspondent",
        "guest", "moderator", "member", "community", "inc", "inc.", "llc", "ltd", "ltd.",
        "company", "corporation", "group", "agency", "news", "magazine", "blog",
    }
)  # fmt: skip
PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "del", "dos", "bin", "al", "y"})
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 6
MAX_DEPTH = 8  # how deep the JSON-LD is walked


@dataclass(frozen=True)
class Structured:
    """What a page's structured data says. Dates are (value as written, where from:
    "meta" or "jsonld") in the order they are to be tried; ``authors`` are person names,
    the best source's only; ``author_from`` says which source ("jsonld", "microdata",
    "meta", "rel")."""

    published: tuple[tuple[str, str], ...] = ()
    updated: tuple[tuple[str, str], ...] = ()
    authors: tuple[str, ...] = ()
    author_from: str = ""
    headline: str | None = None
    jsonld_invalid: int = 0  # JSON-LD scripts that stay invalid JSON after the repairs
    #: a JavaScript app's page data (:func:`_app_data_dates`), apart: read only when the page
    #: shows no date of its own (:func:`pipelines.datefind.find_dates`)
    app_published: tuple[tuple[str, str], ...] = ()
    app_updated: tuple[tuple[str, str], ...] = ()

    @property
    def author(self) -> str | None:
        return ", ".join(self.authors) if self.authors else None


def read_structured(tree: HtmlElement) -> Structured:
    """The structured metadata of a parsed page (see the module's docstring)."""
    published: list[tuple[int, int, str]] = []
    updated: list[tuple[int, int, str]] = []
    meta_authors: list[tuple[int, str]] = []
    site_names: set[str] = set()
    for order, el in enumerate(tree.iter("meta")):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if not key or not value:
            continue
        if key in PUBLISHED_NAMES:
            published.append((PUBLISHED_NAMES[key], order, value))
        elif key in MORE_PUBLISHED:
            published.append((len(PUBLISHED_NAMES), order, value))
        elif key in UPDATED_NAMES:
            updated.append((UPDATED_NAMES[key], order, value))
        elif key in AUTHOR_NAMES:
            meta_authors.append((AUTHOR_NAMES[key], value))
        elif key in ("og:site_name", "application-name"):
            site_names.add(clean(value).casefold())
    micro_pub, micro_upd, micro_authors, micro_headline = _microdata(tree)
    # an ``itemprop`` date on any element ranks with meta itemprop, after the meta tags' own
    published += [(PUBLISHED_NAMES["datepublished"], 10_000 + i, v) for i, v in enumerate(micro_pub)]
    updated += [(UPDATED_NAMES["datemodified"], 10_000 + i, v) for i, v in enumerate(micro_upd)]
    ld = _read_jsonld(tree)
    site_names |= ld.publishers
    app_pub, app_upd = _app_data_dates(tree)
    pub = [(v, "meta") for _, _, v in sorted(published)] + [(v, "jsonld") for v in ld.published]
    upd = [(v, "meta") for _, _, v in sorted(updated)] + [(v, "jsonld") for v in ld.updated]
    names, source = (), ""
    candidates = (
        ("jsonld", [ld.authors]),
        ("microdata", [micro_authors]),
        ("meta", [[v] for _, v in sorted(meta_authors, key=lambda x: x[0])]),
        ("rel", [_rel_authors(tree)]),
    )
    for where, groups in candidates:
        for group in groups:
            found = _people(group, site_names)
            if found:
                names, source = found, where
                break
        if names:
            break
    return Structured(
        published=tuple(pub),
        updated=tuple(upd),
        authors=names,
        author_from=source,
        headline=ld.headline or micro_headline,
        jsonld_invalid=ld.invalid,
        app_published=tuple((v, "app") for v in app_pub),
        app_updated=tuple((v, "app") for v in app_upd),
    )


def person_name(text: str) -> str | None:
    """``text`` as a person's name, or None: a URL, a handle, an e-mail address, a long
    phrase, an office's name or a CMS account is none."""
    name = _BY.sub("", clean(text)).strip(" ,;.|-–")
    if not name or len(name) > MAX_NAME_CHARS or _NOT_NAME.search(name):
        return None
    words = name.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS or not any(ch.isalpha() for ch in name):
        return None  # one word is a handle ("jrobison", "LucyRuthnum") more often than a name
    if any(w.casefold() in ROLE_WORDS for w in words):
        return None  # "Community Editor", "Guest Contributor", "Ambassador Team"
    if not all(w[0].isupper() or w.casefold() in PARTICLES for w in words):
        return None  # a phrase, not a name
    if authors.is_junk_author(name) or authors.is_unit(name):
        return None
    return authors.final_dot(name, text)


def _people(values: list[str], site_names: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    for value in values:
        for part in _AND.split(_BY.sub("", clean(value))):
            name = person_name(part)
            if name and name.casefold() not in site_names and name not in out:
                out.append(name)
    return tuple(out)


# --- JSON-LD -------------------------------------------------------------------------------


@dataclass
class _LD:
    published: list[str]
    updated: list[str]
    authors: list[str]
    publishers: set[str]
    headline: str | None
    invalid: int


_TRAILING_COMMA = re.compile(r",\s*([}\]])")
_WRAPPER = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s*\]\]>|\]\]>)\s*$")


def parse_jsonld(text: str) -> object | None:
    """One JSON-LD script's data; None when it is not JSON even after the usual repairs
    (HTML comment or CDATA wrappers, raw control characters in strings, trailing commas)."""
    body = _WRAPPER.sub("", text.strip())
    if not body:
        return None
    for attempt in (body, _TRAILING_COMMA.sub(r"\1", body)):
        try:
            return json.loads(attempt, strict=False)
        except ValueError:
            continue
    return None


def _unescaped(value: str) -> str:
    """A JSON-LD string value as text: its HTML character references decoded (a CMS that
    HTML-escapes the values it writes into the script, "Nguy&#7877;n", "&amp;"; a page in a
    code page that writes what it cannot encode as a reference, "Vi&#7879;t", a tone mark as
    "&#770;") and NFC composed. A script is raw text: the HTML parser decodes nothing in it."""
    if "&" in value:
        value = html.unescape(value)
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def _types(item: dict) -> set[str]:
    kind = item.get("@type")
    if isinstance(kind, str):
        return {kind.rsplit("/", 1)[-1].lower()}
    if isinstance(kind, list):
        return {k.rsplit("/", 1)[-1].lower() for k in kind if isinstance(k, str)}
    return set()


def _entities(data: object) -> Iterator[tuple[dict, bool]]:
    """Every dict of the data, depth first in document order, with whether it is a top item
    (the script's own, an array's or ``@graph``'s)."""
    stack: list[tuple[object, int, bool]] = [(data, 0, True)]
    while stack:
        item, depth, top = stack.pop()
        if depth > MAX_DEPTH:
            continue
        if isinstance(item, list):
            stack.extend((x, depth + 1, top) for x in reversed(item))
        elif isinstance(item, dict):
            yield item, top
            stack.extend(
                (v, depth + 1, k == "@graph") for k, v in reversed(item.items()) if isinstance(v, (dict, list))
            )


#: a JavaScript app's page data the server writes as JSON (Next.js's ``__NEXT_DATA__``,
#: Nuxt 3's ``__NUXT_DATA__`` as an object), and its fields naming the item's publication and
#: update: camelCase or snake_case, a Unix time (seconds or milliseconds) or a string; a
#: draft's ``createdAt`` is not the publication
APP_DATA_IDS = frozenset({"__next_data__"})
APP_PUBLISHED = frozenset({"publishedat", "published_at", "datepublished", "publishdate", "publish_date",
                           "publisheddate", "published_date", "publicationdate", "pubdate", "publishtime",
                           "publish_time", "publishedtime"})  # fmt: skip
APP_UPDATED = frozenset({"updatedat", "updated_at", "datemodified", "modifiedat", "modified_at", "modifieddate",
                         "lastmodified", "updatetime", "update_time"})  # fmt: skip
APP_DEPTH = 6


def _app_data_dates(tree: HtmlElement) -> tuple[list[str], list[str]]:
    """The publication and update values of the page's own item in a JavaScript app's page
    data (:data:`APP_DATA_IDS`): the shallowest object holding such a field, never one inside
    a list (the related posts, a listing's items, each with its own day)."""
    for script in tree.iter("script"):
        if (script.get("id") or "").strip().lower() not in APP_DATA_IDS or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            return [], []
        level: list[object] = [data]
        for _ in range(APP_DEPTH):
            published: list[str] = []
            updated: list[str] = []
            below: list[object] = []
            for item in level:
                if not isinstance(item, dict):
                    continue
                for key, value in item.items():
                    name = str(key).lower()
                    if isinstance(value, dict):
                        below.append(value)
                    elif isinstance(value, bool) or not isinstance(value, (str, int)) or not str(value).strip():
                        continue
                    elif name in APP_PUBLISHED:
                        published.append(str(value).strip())
                    elif name in APP_UPDATED:
                        updated.append(str(value).strip())
            if published:
                return published[:1], updated[:1]
            level = below
        return [], []
    return [], []


def _read_jsonld(tree: HtmlElement) -> _LD:
    out = _LD([], [], [], set(), None, 0)
    articles: list[dict] = []
    pages: list[dict] = []
    tops: list[dict] = []
    ids: dict[str, dict] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        data = parse_jsonld(script.text)
        if data is None:
            out.invalid += 1
            continue
        for item, top in _entities(data):
            kinds = _types(item)
            if isinstance(item.get("@id"), str) and len(item) > 1:
                ids.setdefault(item["@id"], item)
            if kinds & ARTICLE_TYPES:
                articles.append(item)
            elif kinds & PAGE_TYPES:
                pages.append(item)
            elif top:
                tops.append(item)
    for item in (*articles, *pages, *tops):
        for key, into in (("datePublished", out.published), ("dateModified", out.updated)):
            value = item.get(key)
            if isinstance(value, list) and value:
                value = value[0]
            if isinstance(value, str) and value.strip():
                into.append(_unescaped(value.strip()))
    for item in (*articles, *pages):
        if not out.authors:
            out.authors = _ld_names(item.get("author"), ids) or _ld_names(item.get("creator"), ids)
        publisher = _resolve(item.get("publisher"), ids)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            out.publishers.add(clean(_unescaped(publisher["name"])).casefold())
        if out.headline is None and item in articles and isinstance(item.get("headline"), str):
            out.headline = clean(_unescaped(item["headline"])) or None
    return out


def _resolve(value: object, ids: dict[str, dict]) -> object:
    """A reference ``{"@id": ...}`` as the entity it names (Yoast's ``@graph`` persons)."""
    if isinstance(value, dict) and set(value) <= {"@id", "@type"} and isinstance(value.get("@id"), str):
        return ids.get(value["@id"], value)
    return value


def _ld_names(value: object, ids: dict[str, dict], depth: int = 0) -> list[str]:
    """Person names of a JSON-LD ``author``: a name, a ``Person`` (or an untyped entity with
    a name), a list of them; never an ``Organization`` or another typed entity, never a URL."""
    if depth > 3 or value is None:
        return []
    if isinstance(value, list):
        return [n for v in value for n in _ld_names(v, ids, depth + 1)]
    value = _resolve(value, ids)
    if isinstance(value, str):
        return [_unescaped(value)]
    if not isinstance(value, dict):
        return []
    kinds = _types(value)
    if kinds and not kinds & PERSON_TYPES:
        return []
    name = value.get("name")
    if isinstance(name, list):
        name = next((n for n in name if isinstance(n, str)), None)
    if not isinstance(name, str):
        given, family = value.get("givenName"), value.get("familyName")
        name = " ".join(x for x in (given, family) if isinstance(x, str)) or None
    return [_unescaped(name)] if name else []


# --- microdata and links -------------------------------------------------------------------


def _item_value(el: HtmlElement) -> str:
    return (el.get("content") or el.get("datetime") or el.get("title") or text_of(el) or "").strip()


def _foreign(el: HtmlElement) -> bool:
    """``el`` belongs to a comment's, a review's, a product's... item, not the page's."""
    return any(
        a.get("itemscope") is not None and _FOREIGN_SCOPE.search(a.get("itemtype") or "")
        for a in el.iterancestors()
    )


def _microdata(tree: HtmlElement) -> tuple[list[str], list[str], list[str], str | None]:
    published: list[str] = []
    updated: list[str] = []
    names: list[str] = []
    headline = None
    for el in tree.xpath("//*[@itemprop]"):
        if el.tag == "meta":
            continue  # read with the meta tags
        props = el.get("itemprop", "").split()
        if not {"datePublished", "dateModified", "author", "creator", "headline"} & set(props):
            continue
        if _foreign(el):
            continue
        if "datePublished" in props:
            published.append(_item_value(el))
        if "dateModified" in props:
            updated.append(_item_value(el))
        if "headline" in props and headline is None:
            headline = clean(_item_value(el)) or None
        if "author" in props or "creator" in props:
            names.extend(_microdata_author(el))
    return [v for v in published if v], [v for v in updated if v], names, headline


def _microdata_author(el: HtmlElement) -> list[str]:
    if el.get("itemscope") is not None:
        kind = (el.get("itemtype") or "").rsplit("/", 1)[-1].lower()
        if kind and kind not in PERSON_TYPES:
            return []  # an Organization
        for inner in el.xpath(".//*[@itemprop]"):
            if "name" in inner.get("itemprop", "").split():
                return [_item_value(inner)]
        return []
    if el.tag == "link" or el.get("href") and not text_of(el):
        return []
    # the element's own value, or the name linked inside it ("Keith Barry" in a byline box
    # that also holds "Senior Autos Reporter")
    for value in (el.get("content") or text_of(el), *(text_of(a) for a in el.iter("a"))):
        if value and person_name(value):
            return [value]
    return []


def _rel_authors(tree: HtmlElement) -> list[str]:
    """The text of ``<a rel="author">`` links (the author's page, named)."""
    names = []
    for a in tree.xpath("//a[@rel]"):
        if "author" in a.get("rel", "").lower().split() and not _foreign(a):
            text = text_of(a)
            if text and text not in names:
                names.append(text)
    return names
