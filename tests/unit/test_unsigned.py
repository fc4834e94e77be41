"""The unsigned part's transform (benchmarks/unsigned.py): about half of each development
family's articles unsigned, another kind of line at the byline's place, the truth rewritten
by the same code."""

from __future__ import annotations

import lxml.html

from benchmarks.extraction_quality import families, site_pages
from benchmarks.unsigned import KINDS

UNSIGNED = families("unsigned")


def _text(body: bytes) -> str:
    # (a page the part leaves alone keeps its family's encoding: only rewritten ones are read)
    return " ".join(lxml.html.fromstring(body.decode("utf-8")).text_content().split())


def test_half_the_articles_unsigned_with_the_sites_kind_at_the_bylines_place() -> None:
    assert set(KINDS) == {f.kind for f in UNSIGNED.values()}  # every kind on some site
    dates = 0
    for site, family in sorted(UNSIGNED.items()):
        pages = {p: b for p, b, _ in site_pages(family.build_site())}
        signed = [a for a in family.ARTICLES if a.truth()["author"]]
        unsigned = [a for a in family.ARTICLES if a.unsigned]
        assert signed and unsigned, site  # the model has signed pages to learn the place from
        for art in unsigned:
            truth, text = art.truth(), _text(pages[art.path])
            assert truth["author"] is None
            for line in art.lines:  # the kind's lines are on the page
                assert line in text, (site, art.path, line)
            for name in (art.art.author or "").split(", "):  # the writer is gone
                assert not name or name not in text, (site, art.path, name)
        for art in (a for a in family.ARTICLES if a.date_kind):
            text = _text(pages[art.path])
            other = {"event": "Thời gian diễn ra:", "updated": "Cập nhật:"}[art.date_kind]
            if other in text:  # written where the date line's element was found
                dates += 1
                assert "Ngày đăng:" in text, (site, art.path)  # the publication elsewhere
    assert dates >= 3  # a few pages whose date place holds another date


def test_the_path_audit_counts_a_field_only_where_the_crawl_is_worse() -> None:
    from benchmarks.path_audit import worse_fields

    page = {"found": True, "title": True, "date": True, "author": True, "body_f1": 1.0, "chrome_leaks": 0}
    assert worse_fields(page, page) == []
    invented = {**page, "author": False, "body_f1": 0.95, "chrome_leaks": 1}
    assert worse_fields(invented, page) == ["author", "body_f1", "chrome_leaks"]
    assert worse_fields(page, invented) == []  # the crawl better: nothing to list
    assert worse_fields({"found": False}, page) == ["found"]
    assert worse_fields({"found": False}, {"found": False}) == []
