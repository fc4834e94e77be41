"""A table layout's headline in ``<font class="title">``: found as the title's element, so the
date line under it is read even when the cell's first line is the site's learned chrome
(fx-fh-table, FRESH_H: its only date, "Cập nhật: ...", was lost ad hoc and on the single
page once the crawl had learned the cell's "Tiếng Việt | English" switch as chrome)."""

import lxml.html

from benchmarks.extraction_quality import site_pages
from config.profile import adhoc_profile
from pipelines.chrome import Learner, normalize
from pipelines.extract import extract
from pipelines.record import ArticleRecord
from pipelines.titles import find_title
from tests.families import FRESH_H

SITE = "Cổng thông tin điện tử huyện Đông Khê"
HEADLINE = "Hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp công nghệ cao"
TEXT = ("Ủy ban nhân dân huyện tổ chức hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp công "
        "nghệ cao với sự tham gia của hơn 40 doanh nghiệp trong và ngoài tỉnh. ")  # fmt: skip


def _page() -> bytes:
    cell = (
        '<div align="right"><span class="lang">Tiếng Việt | English</span></div>'
        f'<font class="title"><b>{HEADLINE}</b></font><br>'
        '<font class="date">Cập nhật: 07/03/2024 14:10</font><br>'
        '<span onclick="window.print()">[In trang]</span><br><br>'
        + f"{TEXT * 3}<br><br>" * 4
    )
    return (f"<html><head><title>{HEADLINE}</title></head><body><table><tr>"
            f"<td class='left'><b>Liên kết website</b></td><td class='content'>{cell}</td>"
            f"<td class='right'>Số người truy cập: 1.204.557</td></tr></table></body></html>").encode()  # fmt: skip


def test_a_font_or_cell_of_class_title_saying_what_title_says_is_the_headline_element() -> None:
    for tag in ("font", "td"):
        page = _page().decode() if tag == "font" else _page().decode().replace(
            f'<font class="title"><b>{HEADLINE}</b></font>', f'<table><tr><td class="title">{HEADLINE}</td></tr></table>'
        )
        text, el, how = find_title(lxml.html.document_fromstring(page), [], [SITE])
        assert (text, el is not None and el.tag, how) == (HEADLINE, tag, "title")


def test_the_date_under_it_is_read_once_the_cells_first_line_is_learned_chrome() -> None:
    """fx-fh-table crawled: the chrome learned from all its pages, then each article again."""
    family = FRESH_H["fx-fh-table"]
    base = "https://fx-fh-table.gov.vn"
    pages = site_pages(family.build_site())
    learner = Learner()
    for path, body, headers in pages:
        result = extract(body, base + path, headers, adhoc_profile(base + "/"))
        learner.add(result.page_lines, result.page_title)
    learned = learner.learned()
    assert normalize("Tiếng Việt | English") in learned.lines
    for art in family.ARTICLES:
        body = family.render_article(art).encode()
        record = extract(body, base + art.path, {"content-type": "text/html; charset=utf-8"},
                         adhoc_profile(base + "/"), learned=learned)  # fmt: skip
        assert isinstance(record, ArticleRecord)
        assert (record.published_at, record.date_basis, record.title) == (art.published, "updated", art.title)
