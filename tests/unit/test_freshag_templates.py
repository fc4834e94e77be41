"""Causes found on round 22's fresh-AG families (``tests.families.FRESH_AG``, part "fresh" of
benchmarks/extraction_quality.py: titles and dates the single page misses where a site model
finds them), each on a page of its own (no family read).

- a district's legacy table portal writes the headline as the first ``<strong>`` of the
  article's cell, over the text's paragraphs, with no heading tag and ``<title>`` only the
  district's name: the title was the district's name on every path;
- its day is only "Ngày 05 tháng 3 năm 2024" in the right-aligned cell of the row over the
  headline's cell: once the headline was found there, the scan near it (the cell and its row)
  never reached the row above, and the date was missed;
- a commune's hosted site writes the headline in a plain ``<h3>`` (no ``<h1>``, ``<title>`` the
  commune's name) and lists its long headlines in a "Tin khác" box on most pages: the headline
  was learned as chrome and passed over (the single page's title the commune's name);
- its section's name is an unlinked ``<h2>`` over the article's block (worded otherwise than the
  menu: "Hoạt động của HĐND - UBND xã"), taken as the plain heading over prose;
- a department's theme heads the left column's boxes with class-less ``<h1>`` tags ("Văn bản
  mới", "Liên kết website"), before the content and its ``div.title`` headline: the first box
  heading was the single page's title, and the page was refused as a listing (the box's links
  read as the content column);
- its headline element holds the date typed after the headline, "Headline (05/03/2024 08:40)":
  the title held the date on every path, and once the title was the headline alone, the date
  was missed (the scan near the title reads around the headline's element, not its own text);
- read alone (nothing learned), a bare ``<title>`` that is the site's name is the title: the
  logo's or the banner image's ``alt``, or the footer's line, says it is the site's name.
"""

from __future__ import annotations

from lxml import html

from config.profile import adhoc_profile
from pipelines.chrome import Learned
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page
from pipelines.titles import cell_headline, find_title, headline_text, plain_heading

BASE = "https://tanlac.example.gov.vn/"
SITE = "Ủy ban nhân dân huyện Tân Lạc"
TITLE = "Huyện Tân Lạc khánh thành tuyến đường liên xã Tân Hòa - Đồng Mới"
PROSE = [
    "Sáng 5/3, Ủy ban nhân dân huyện Tân Lạc tổ chức lễ khánh thành tuyến đường liên xã dài 7,5 km nối xã "
    "Tân Hòa với xã Đồng Mới, tổng mức đầu tư hơn 42 tỷ đồng.",
    "Tuyến đường được thảm nhựa rộng 6,5 m, có hệ thống rãnh thoát nước và biển báo, rút ngắn thời gian đi "
    "lại của người dân hai xã xuống còn mười lăm phút.",
    "Dịp này, huyện biểu dương các hộ dân đã tự nguyện hiến hơn 8.000 m² đất để mở rộng nền đường.",
]


def _page(day_cell: str = "Ngày 05 tháng 3 năm 2024", box: str = "") -> bytes:
    text = "".join(f'<p align="justify">{p}</p>' for p in PROSE)
    return f"""<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><table>
<tr><td colspan="2"><img src="/images/banner.jpg" alt="{SITE}"></td></tr>
<tr><td class="homnay" colspan="2" align="right">Hôm nay: Thứ Tư, ngày 20 tháng 3 năm 2024</td></tr>
<tr><td width="220" valign="top"><table class="box"><tr><td class="box_title">Tin mới</td></tr>
<tr><td><a href="/default.asp?id=11">Khai giảng lớp bồi dưỡng nghiệp vụ cho cán bộ cơ sở</a></td></tr></table>{box}</td>
<td valign="top"><table width="100%"><tr><td class="chuyenmuc">TIN TỨC - SỰ KIỆN</td>
<td align="right" class="ngay">{day_cell}</td></tr>
<tr><td colspan="2" class="noidung"><strong>{TITLE}</strong><br>{text}</td></tr></table></td></tr>
<tr><td colspan="2" class="footer">{SITE} - Thị trấn Tân Lạc</td></tr></table></body></html>""".encode()


def _read(raw: bytes, learned: Learned | None = None) -> ArticleRecord:
    record = extract_page(raw, BASE + "default.asp?tab=tintuc&id=2214", {"Content-Type": "text/html; charset=utf-8"},
                          adhoc_profile(BASE), learned=learned)
    assert isinstance(record, ArticleRecord), record
    return record


def test_first_strong_of_a_cell_is_the_headline_when_title_names_the_site() -> None:
    learned = Learned(frozenset(), frozenset({SITE}))  # (the same bare <title> on every page)
    assert _read(_page(), learned).title == TITLE


def test_a_bold_box_heading_over_links_is_no_headline() -> None:
    tree = html.fromstring(
        "<html><body><table><tr><td><b>Liên kết website hữu ích</b><br><p><a href='/a'>Cổng dịch vụ công quốc gia</a>"
        "</p><p><a href='/b'>Cổng thông tin điện tử Chính phủ</a></p></td></tr></table></body></html>"
    )
    assert cell_headline(tree, set(), lambda _: False) is None


def test_a_bold_lead_in_inside_a_paragraph_is_no_headline() -> None:
    tree = html.fromstring(f"<html><head><title>{SITE}</title></head><body><div class='noidung'><p><b>Tân Lạc -</b> "
                           f"{PROSE[0]}</p><p>{PROSE[1]}</p><p>{PROSE[2]}</p></div></body></html>")
    assert find_title(tree, [], [SITE])[2] != "heading"


def test_the_day_in_the_row_over_the_headline_cell() -> None:
    learned = Learned(frozenset(), frozenset({SITE}))
    record = _read(_page(), learned)
    assert record.published_at == "2024-03-05T00:00:00+07:00"


def test_an_empty_day_cell_over_the_headline_leaves_the_page_undated() -> None:
    learned = Learned(frozenset(), frozenset({SITE}))
    assert _read(_page(day_cell=""), learned).published_at is None


HEADLINE = "Phường Đông Tiến ra quân tổng vệ sinh môi trường"


def _commune(section: str = "Tin tức - Sự kiện") -> html.HtmlElement:
    text = "".join(f"<p>{p}</p>" for p in PROSE)
    return html.fromstring(
        f"<html><head><title>{SITE}</title></head><body><div class='col-side'><div class='box'><h2>Lịch tiếp công "
        f"dân</h2><p>Thứ Năm hằng tuần tại trụ sở.</p></div></div><div class='col-content'><div class='news'>"
        f"<h2>{section}</h2><div class='detail'><h3>{HEADLINE}</h3><p class='info'>Đăng ngày: 05/03/2024 08:40</p>"
        f"<div class='content'>{text}</div></div></div></div></body></html>"
    )


def test_a_long_plain_headline_listed_on_most_pages_is_still_the_headline() -> None:
    listed = {HEADLINE.casefold(), "tin tức - sự kiện", "lịch tiếp công dân"}
    el = plain_heading(_commune(), {SITE.casefold()}, lambda line: line.casefold() in listed)
    assert el is not None and el.text_content() == HEADLINE


def test_a_section_heading_over_the_block_opening_with_the_headline_is_no_headline() -> None:
    tree = _commune("Hoạt động của HĐND - UBND xã")
    el = plain_heading(tree, {SITE.casefold()}, lambda _: False)
    assert el is not None and el.text_content() == HEADLINE


def _portlet() -> html.HtmlElement:
    text = "".join(f"<p>{p}</p>" for p in PROSE)
    return html.fromstring(
        f"<html><head><title>{SITE}</title></head><body><table><tr><td class='left'><div class='portlet'><h1>Văn bản mới"
        "</h1><ul><li><a href='/vb/1'>Quyết định số 112/QĐ-SNN</a></li></ul></div><div class='portlet'><h1>Liên kết "
        "website</h1><ul><li><a href='/x'>Bộ Nông nghiệp và PTNT</a></li></ul></div></td><td class='main'>"
        f"<div class='title' style='font-size:20px;font-weight:bold'>{TITLE}</div><div class='detail'>{text}</div>"
        "</td></tr></table></body></html>"
    )


def test_box_headings_in_h1_the_site_repeats_give_way_to_the_titled_headline() -> None:
    boxes = {"văn bản mới", "liên kết website"}
    title, _, where = find_title(_portlet(), [], [SITE], lambda line: line.casefold() in boxes)
    assert (title, where) == (TITLE, "heading")


def test_a_pages_one_h1_naming_a_menu_item_stays_its_title() -> None:
    tree = html.fromstring(f"<html><head><title>{SITE}</title></head><body><ul class='menu'><li><a href='/gt'>Giới "
                           f"thiệu chung</a></li></ul><h1>Giới thiệu chung</h1><p>{PROSE[0]}</p></body></html>")
    assert find_title(tree, [], [SITE], lambda line: line.casefold() == "giới thiệu chung")[0] == "Giới thiệu chung"


def test_a_day_in_brackets_typed_after_the_headline_is_no_part_of_it() -> None:
    el = html.fromstring(f"<div class='title'>{TITLE} (05/03/2024 08:40)</div>")
    assert headline_text(el) == TITLE
    assert headline_text(html.fromstring(f"<div>{TITLE} [05/03/2024]</div>")) == TITLE
    # a range of days, a day with a word, a day alone: left as they are
    for text in ("Lịch công tác tuần (04/03/2024 - 08/03/2024)", "Kết quả kỳ thi (ngày 05/03/2024)", "(05/03/2024)"):
        assert headline_text(html.fromstring(f"<div>{text}</div>")) == text


def test_the_day_typed_after_the_headline_in_its_element_dates_the_page() -> None:
    raw = _page(day_cell="").replace(f"<strong>{TITLE}</strong>".encode(), f"<strong>{TITLE} (05/03/2024 08:40)</strong>".encode())
    record = _read(raw, Learned(frozenset(), frozenset({SITE})))
    assert (record.title, record.published_at) == (TITLE, "2024-03-05T08:40:00+07:00")


def test_read_alone_a_bare_title_the_banner_names_is_the_sites_name() -> None:
    assert _read(_page()).title == TITLE  # (nothing learned: no affix says the site's name)


def test_read_alone_a_bare_title_the_page_shows_as_its_headline_stays() -> None:
    tree = html.fromstring(f"<html><head><title>{TITLE}</title></head><body><header class='entry-header'><h1>{TITLE}"
                           f"</h1></header><p>{PROSE[0]}</p><footer><p>{SITE}</p></footer></body></html>")
    assert find_title(tree, [], [])[0] == TITLE
