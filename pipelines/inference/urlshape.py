"""URL shapes: a site's URLs grouped into templates, each written as a regular expression.

A URL is cut into path segments and query keys. Segments that are numbers, or a number
joined to a slug (Joomla's ``201-tang-cuong.html``, ``tin-abc-12345.htm``), are variable
by their form. Other segments are variable by the data: a position of a group of URLs
where most members have their own value (``/tin-tuc/<slug>``) is variable, one with few
values (``/tin-tuc/...`` beside ``/gioi-thieu/...``) splits the group. Query keys are part
of the shape (``?ItemID=`` and ``?Page=`` are two templates); their values are numbers or
words.

Pure functions over URL strings; no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

_NUM = re.compile(r"^\d+$")
_NUM_SLUG = re.compile(r"^\d+[-_][^/]*$")
_SLUG_NUM = re.compile(r"^[^/]*?[a-z][^/]*?[-_.]\d{3,}$", re.IGNORECASE)
_ID = re.compile(r"^(?=[^/]*\d)[0-9a-f-]{16,}$", re.IGNORECASE)  # hashes, GUIDs
_EXT = re.compile(r"\.(html?|aspx?|php|jsp|jspx|cfm|shtml|do|xml)$", re.IGNORECASE)
MIN_VARIABLE = 3  # distinct values that make a position variable ...
VARIABLE_SHARE = 0.5  # ... when at least this share of the members has its own value
SLUG_WORDS = 3  # a slug of this many words is an item name even in a group of two


@dataclass(frozen=True)
class Segment:
    kind: str  # "literal", "num", "numslug", "slugnum", "id"
    value: str  # the literal (without extension) for "literal"; "" otherwise
    ext: str  # ".html", ".aspx", ... or ""


@dataclass(frozen=True)
class Shape:
    """A URL cut into its parts."""

    segments: tuple[Segment, ...]
    query: tuple[tuple[str, str], ...]  # (key, "num" | "word" | literal value), in URL order

    @property
    def key(self) -> tuple:
        """What URLs of one template share, before the data says which literals vary."""
        return (
            tuple((s.kind, s.ext) for s in self.segments),
            tuple(sorted(k.lower() for k, _ in self.query)),
        )


def segment(text: str) -> Segment:
    match = _EXT.search(text)
    ext = match.group(0) if match else ""
    stem = text[: len(text) - len(ext)] if ext else text
    if _NUM.match(stem):
        return Segment("num", "", ext)
    if _NUM_SLUG.match(stem):
        return Segment("numslug", "", ext)
    if _SLUG_NUM.match(stem):
        return Segment("slugnum", "", ext)
    if _ID.match(stem):
        return Segment("id", "", ext)
    return Segment("literal", stem, ext)


def shape(url: str) -> Shape:
    parts = urlsplit(url)
    path = parts.path or "/"
    segments = tuple(segment(s) for s in path.split("/")[1:])
    query = tuple(
        (
            k,
            "num"
            if _NUM.match(v)
            else v
            if len(v) <= 12 and not any(c.isdigit() for c in v)
            else "word",
        )
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    )
    return Shape(segments, query)


@dataclass(frozen=True)
class Template:
    """A URL template: per segment a literal or a variable, per query key a value form."""

    segments: tuple[tuple[str, str, str], ...]  # (kind, literal or "", ext); kind "var" varies
    query: tuple[tuple[str, str], ...]  # (key, "num" | "word" | "var" | literal)

    def regex(self, parts: bool = False) -> str:
        """The template as a regular expression over whole URLs (any host). ``parts``:
        also match page N of a split article (``?page=N``, ``&trang=N``)."""
        out = []
        for kind, value, ext in self.segments:
            if kind == "literal":
                out.append(re.escape(value) + re.escape(ext))
            elif kind == "num":
                out.append(r"\d+" + re.escape(ext))
            elif kind == "numslug":
                out.append(r"\d+[-_][^/?#]*" + (re.escape(ext) if ext else ""))
            elif kind == "slugnum":
                out.append(r"[^/?#]*[-_.]\d{3,}" + re.escape(ext))
            else:  # var, id
                out.append(r"[^/?#]+" + re.escape(ext) if ext else r"[^/?#]+")
        path = "/" + "/".join(out)
        query = ""
        if self.query:
            items = []
            for key, value in self.query:
                form = {"num": r"\d+", "word": r"[^&#]*", "var": r"[^&#]*"}.get(value)
                items.append(re.escape(key) + "=" + (form or re.escape(value)))
            query = r"\?" + "&".join(items)
        tail = r"(?:[?&](?:page|trang)=\d+)?" if parts else ""
        return rf"^https?://[^/]+{path}{query}{tail}$"

    def matches(self, url: str, parts: bool = False) -> bool:
        return re.search(self.regex(parts), url) is not None

    @property
    def text(self) -> str:
        """Readable form: ``/tin-tuc/{slug}.html?ItemID={num}``."""
        segs = []
        for kind, value, ext in self.segments:
            segs.append((value if kind == "literal" else "{" + kind + "}") + ext)
        query = "&".join(
            f"{k}={{{v}}}" if v in ("num", "word", "var") else f"{k}={v}" for k, v in self.query
        )
        return "/" + "/".join(segs) + (f"?{query}" if query else "")


def _is_variable(values: Counter[str], members: int) -> bool:
    if len(values) >= MIN_VARIABLE and len(values) >= VARIABLE_SHARE * members:
        return True
    sluggy = all(len(re.split(r"[-_]+", v)) >= SLUG_WORDS for v in values)
    return members >= 2 and len(values) == members and sluggy


def group_urls(urls: list[str]) -> list[tuple[Template, list[int]]]:
    """Templates of ``urls`` and the indexes of their members, largest first."""
    shapes = [shape(u) for u in urls]
    by_key: dict[tuple, list[int]] = {}
    for i, s in enumerate(shapes):
        by_key.setdefault(s.key, []).append(i)
    out: list[tuple[Template, list[int]]] = []
    for members in by_key.values():
        out += _split(shapes, members)
    out.sort(key=lambda t: (-len(t[1]), t[0].text))
    return out


def _split(shapes: list[Shape], members: list[int]) -> list[tuple[Template, list[int]]]:
    first = shapes[members[0]]
    n = len(members)
    positions: list[tuple[str, int | str]] = [
        ("seg", i) for i, s in enumerate(first.segments) if s.kind == "literal"
    ] + [("query", k.lower()) for k, v in first.query if v not in ("num", "word")]
    variable: set[tuple[str, int | str]] = set()
    splits: list[tuple[int, tuple[str, int | str], dict[str, list[int]]]] = []
    for pos in positions:
        by_value: dict[str, list[int]] = {}
        for m in members:
            by_value.setdefault(_value(shapes[m], pos), []).append(m)
        if len(by_value) == 1:
            continue
        counts = Counter({v: len(ms) for v, ms in by_value.items()})
        if _is_variable(counts, n):
            variable.add(pos)
        else:
            splits.append((len(by_value), pos, by_value))
    if splits:
        splits.sort(key=lambda s: (s[0], str(s[1])))
        out = []
        for group in splits[0][2].values():
            out += _split(shapes, group)
        return out
    return [(_template(shapes, members, variable), members)]


def _value(s: Shape, pos: tuple[str, int | str]) -> str:
    kind, where = pos
    if kind == "seg":
        return s.segments[int(where)].value
    return _query(s).get(str(where), "")


def _query(s: Shape) -> dict[str, str]:
    return {k.lower(): v for k, v in s.query}


def _template(
    shapes: list[Shape], members: list[int], variable: set[tuple[str, int | str]]
) -> Template:
    first = shapes[members[0]]
    segs = []
    for i, s in enumerate(first.segments):
        if s.kind == "literal" and ("seg", i) not in variable:
            segs.append(("literal", s.value, s.ext))
        elif s.kind == "literal":
            segs.append(("var", "", s.ext))
        else:
            segs.append((s.kind, "", s.ext))
    query = []
    for key, value in first.query:
        varies = len({_query(shapes[m]).get(key.lower(), "") for m in members}) > 1
        query.append((key, "var" if varies or ("query", key.lower()) in variable else value))
    return Template(tuple(segs), tuple(query))
