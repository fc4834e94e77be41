"""The chrome2 part's transform (benchmarks/chrome2.py): the content column's chrome the
other derived parts do not show, on every development family, the truth unchanged."""

from __future__ import annotations

import lxml.html

from benchmarks.extraction_quality import families, site_pages

CHROME2 = families("chrome2")


def _text(body: bytes) -> str:
    return " ".join(lxml.html.fromstring(body.decode("utf-8")).text_content().split())


def test_every_article_page_carries_the_column_chrome_and_its_own_text_whole() -> None:
    looks = set()
    for site, family in sorted(CHROME2.items()):
        w = family.widgets
        looks.add((w.bar, w.hotline, w.marquee, w.voice, w.controls_at, w.toc, w.amp, w.tag_head,
                   w.tabs, w.poll, w.copyright, w.print_foot))  # fmt: skip
        pages = {p: b for p, b, _ in site_pages(family.build_site())}
        for art in family.ARTICLES:
            text = _text(pages[art.path])
            for line in ("Nghe đọc bài", "Quét mã QR", "Thăm dò ý kiến", "Ý kiến bạn đọc", w.tabs[0]):
                assert line in text, (site, art.path, line)
            for line in art.body():  # the truth is the family's: still on the page
                assert " ".join(line.split()) in text or art.split, (site, art.path, line)
            # no widget line is any article's own text: a leak counted is a leak
            assert not [c for c in w.lines() if c in "\n".join(art.body())], (site, art.path)
            if art.captions():  # the gallery strip repeats the captions
                assert text.count(art.captions()[0]) >= 2, (site, art.path)
    assert len(looks) == len(CHROME2)  # the sites look each their own way
