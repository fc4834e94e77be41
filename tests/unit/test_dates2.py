"""The dates2 part's transform (benchmarks/dates2.py): each development family's article dates
rewritten into one presentation of the part's kinds, the family's own date lines gone, the
truth the date the page shows."""

from __future__ import annotations

import json
from datetime import datetime

import lxml.html

from benchmarks.dates2 import HIDDEN, KINDS, date_text
from benchmarks.extraction_quality import families, site_pages

DATES2 = families("dates2")


def test_every_article_page_shows_its_kind_and_not_the_familys_date_line() -> None:
    assert {f.kind for f in DATES2.values()} == set(KINDS)  # every kind is used
    for site, family in sorted(DATES2.items()):
        pages = {p: b for p, b, _ in site_pages(family.build_site())}
        for art in family.ARTICLES:
            body = pages[art.path].decode("utf-8")
            doc = lxml.html.fromstring(body)
            seen = lxml.html.fromstring(body)
            for el in list(seen.iter("script", "style", "head")):
                el.drop_tree()
            text = " ".join(seen.text_content().split())  # what a reader sees
            when = datetime.fromisoformat(art.truth()["published_at"])
            assert art.truth()["body"] == art.art.truth()["body"], (site, art.path)  # text unchanged
            shown = date_text(family.kind, when)
            if shown:
                assert shown in text, (site, art.path, shown)
            if family.kind in HIDDEN:  # the date only in structured data (and the sidebar's teasers)
                if family.kind.startswith("jsonld"):
                    data = [json.loads(s.text) for s in doc.iter("script") if "ld+json" in (s.get("type") or "")]
                    assert any("datePublished" in d for d in data if isinstance(d, dict)), (site, art.path)
            line = art.art.date_line
            if line and any(ch.isdigit() for ch in line) and line not in shown:
                assert line not in text, (site, art.path, line)


def test_a_utc_kind_crosses_the_day_and_a_date_only_kind_is_at_midnight() -> None:
    for family in DATES2.values():
        for art in family.ARTICLES:
            when = datetime.fromisoformat(art.truth()["published_at"])
            if family.kind in ("jsonld_utc", "rfc_meta"):
                assert when.hour < 7 and when.astimezone().utcoffset() is not None
            if family.kind == "weekday_words":
                assert (when.hour, when.minute) == (0, 0)
