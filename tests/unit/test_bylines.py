"""The bylines part's transform (benchmarks/bylines.py): byline kinds none of the other parts
shows, one per development family, the truth rewritten by the same code."""

from __future__ import annotations

import lxml.html

from benchmarks.bylines import KINDS
from benchmarks.extraction_quality import families, site_pages

BYLINES = families("bylines")


def _text(body: bytes) -> str:
    return " ".join(lxml.html.fromstring(body.decode("utf-8")).text_content().split())


def test_every_kind_on_a_site_of_its_own_and_the_truth_on_the_page() -> None:
    assert sorted(f.kind for f in BYLINES.values()) == sorted(KINDS)  # each kind, each site once
    for site, family in sorted(BYLINES.items()):
        pages = {p: b for p, b, _ in site_pages(family.build_site())}
        for art in family.ARTICLES:
            truth, text = art.truth(), _text(pages[art.path])
            for line in truth["body"]:  # the body the truth gives is the page's
                assert " ".join(line.split()) in text or art.art.split, (site, art.path, line)
            if family.kind in ("leader_block", "photo_only"):
                assert truth["author"] is None, (site, art.path)
            signature = art.art.signature
            if signature and signature != art.art.author and family.kind != "sapo_prefix":
                assert signature not in text, (site, art.path)  # the family's signature is gone
            # no chrome line the part adds is any article's own text
            assert not [c for c in art.chrome() if c in "\n".join(truth["body"])], (site, art.path)
