"""The inline part's transform (benchmarks/inline.py): the chrome portals put inside and
around the article's own block, on every development family, the truth unchanged."""

from __future__ import annotations

import lxml.html
import pytest

from benchmarks.extraction_quality import families, family_base, site_pages

INLINE = families("inline")


def _text(body: bytes) -> str:
    return " ".join(lxml.html.fromstring(body.decode("utf-8")).text_content().split())


@pytest.mark.parametrize("site", sorted(INLINE))
def test_every_article_page_carries_the_widgets_and_its_own_text_whole(site: str) -> None:
    family = INLINE[site]
    w = family.widgets
    pages = dict((p, b) for p, b, _ in site_pages(family.build_site()))
    base = family_base(family).rstrip("/")
    for art in family.ARTICLES:
        text = _text(pages[art.path])
        for line in ("In bài viết", w.views, w.tag_label, w.related, w.form[0], "Mã xác nhận"):
            assert line in text, (art.path, line)
        for line in art.truth(base)["body"]:  # the truth is the family's: still on the page
            assert " ".join(line.split()) in text or art.split, (art.path, line)
        # no widget line is any article's own text: a leak counted is a leak
        assert not [c for c in w.lines() if c in "\n".join(art.body())], art.path


def test_the_sites_differ_and_what_varies_is_the_articles() -> None:
    looks = {
        (w.sep, w.print_head, w.tools_at, w.views, w.share_text, w.tag_label, w.tags_in_body,
         w.rating, w.attach, w.related, w.related_dated, w.same_author, w.video, w.form, w.back_row)
        for w in (f.widgets for f in INLINE.values())
    }  # fmt: skip
    assert len(looks) == len(INLINE)
    w = next(iter(INLINE.values())).widgets
    a, b = "Tin một của huyện", "Tin hai của huyện"
    assert w.tools(a) == w.tools(a) and w.tools(a) != w.tools(b)  # a view count per article
    assert a not in w.after(a)  # its own title is not among "Tin cùng chuyên mục"
