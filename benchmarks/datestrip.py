"""An article page's own date evidence taken out: shared by the derived parts and audits that
write a date of their own into a family's pages (:mod:`benchmarks.dates2`,
:mod:`benchmarks.date_audit`).

:func:`strip_date_evidence` removes every text of the article's day (published and updated,
with the time written before or after it), a date split over elements, and the
``<meta>``/JSON-LD/RDFa/attribute dates of those days; the article's own text, its headline
and its author's name stay (a date line that also holds the byline loses its date only).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from benchmarks.blind import strip_structured
from benchmarks.forms import _day_patterns, _Page, _strip, _strip_dates, _teaser
from pipelines.dom import clean

DATE_KEYS = ("date", "time", "published", "modified", "created", "issued")
_CLOCK = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?"


def timed(day: re.Pattern[str]) -> re.Pattern[str]:
    """``day``'s pattern with the time written before or after it ("10:30 05/03/2024")."""
    return re.compile(rf"(?:{_CLOCK}\s*[-|,]?\s*)?(?:{day.pattern})(?:\s*[-|,]?\s*{_CLOCK})?", day.flags)


def byline_line(page: _Page, patterns: list[re.Pattern[str]]) -> HtmlElement | None:
    """The short element that holds both the article's date and its author's name (a date line
    with the byline: "Hoàng Minh | 10:30 05/03/2024"), the deepest; None when there is none."""
    art, found = page.art, None
    names = [n for n in (art.author or "").split(", ") if n]
    for el in page.doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "head", "title", "meta"):
            continue
        text = clean(el.text_content())
        if len(text) <= 160 and any(n in text for n in names) and any(p.search(text) for p in patterns):
            found = el
    return found


class OwnPage(_Page):
    """An article's page whose author's name is kept where it stands: a date line that also
    holds the byline ("Hoàng Minh | 10:30 05/03/2024") loses its date only."""

    def protected(self, el: HtmlElement) -> bool:
        text = clean(el.text_content())
        names = [x for x in (self.art.author, self.art.byline, self.art.signature) if x]
        names += (self.art.author or "").split(", ")
        return super().protected(el) or any(n and n in text for n in names)


def strip_structured_dates(doc: HtmlElement, days: list[str]) -> None:
    """The page's structured dates taken out (metas, JSON-LD date keys, date attributes of
    the article's days); its authors stay."""
    for el in list(doc.iter()):
        if not isinstance(el.tag, str):
            continue
        if strip_structured(el, DATE_KEYS, _strip_dates):
            continue
        for key, value in list(el.attrib.items()):
            if key in ("datetime", "content", "title") or key.startswith("data-"):
                if any(day in value for day in days):
                    del el.attrib[key]
            if key in ("itemprop", "property") and any(k in value.lower() for k in DATE_KEYS):
                del el.attrib[key]


def strip_date_evidence(doc: HtmlElement, art: Any) -> tuple[OwnPage, HtmlElement | None]:
    """``doc`` (a page of the family article ``art``) without the article's date evidence
    (see the module's docstring); returns the page and the element of the date line that
    held the byline (None when none did): a part writing its date back into that line
    writes it there. Nothing is changed on a page with no headline or body found."""
    page = OwnPage(doc, art)
    if page.title is None or page.body is None:
        return page, None
    days = [art.published[:10]] + ([art.updated[:10]] if art.updated else [])
    patterns = [timed(p) for day in days for p in _day_patterns(datetime.fromisoformat(day))]
    if art.date_line and any(ch.isdigit() for ch in art.date_line):
        patterns.append(re.compile(re.escape(art.date_line)))
    strip_structured_dates(doc, days)
    for el in list(doc.iter()):  # a date split over elements ("11", "Tháng 3", "2024")
        if isinstance(el.tag, str) and el.getparent() is not None and el.tag not in ("body", "html"):
            t = clean(el.text_content())
            if len(t) <= 60 and any(p.search(t) for p in patterns) and not page.protected(el) and not _teaser(el):
                el.drop_tree()
    holder = byline_line(page, patterns)
    _strip(page, patterns)
    return page, holder
