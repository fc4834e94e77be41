"""Causes found on round 20's fresh-U families (``tests.families.FRESH_U``, part "fresh" of
benchmarks/extraction_quality.py: the single page's titles and dates), each on a page of its
own (no family read).

- a WebForms portal's headline alone in a table cell (``span#..._lblTieuDe``), its date line in
  the next row ("Ngày đăng: <span id="..._lblNgayDang">08/03/2024 2:15:00 CH</span>"): the scan
  near the title climbs two levels, the cell and its row, and never reached the next row;
- its notices' headline is a link to the page itself (``a#..._ucChiTietThongBao_hlTitle``, the
  day beside it), which the rule for a title-classed element passed over (no linked element),
  so the page's title was the site's name;
- a ward's article under its section's linked name (``<h2><a href="/tin-tuc-su-kien">Tin tức - Sự
  kiện</a></h2><h3 class="title-news">Headline</h3>``), its text short, was refused as a section
  page holding one teaser: the linked name read as another page's title over the sapo;
- its short headlines ("Lễ giao quân") are listed in the "Tin mới" column of every page, so
  learned as chrome, and the title-classed headline was passed over as a portlet's heading;
- its notices put the section's name, a menu link's text, in the page's ``<h1>`` over a
  ``div.title-news`` headline: the ``<h1>`` was taken ("Thông báo");
- a department on Joomla 1.5 with the title display off types the headline into the text as its
  first paragraph (``<p><strong><span style="font-size: 16pt;">``), ``<title>`` "Trang chủ -
  site": no title at all, every article refused ("no_title");
- the site inference found no headline on a second detail template with few pages in the
  sample (the WebForms notices' self-link, the ward's ``div.title-news`` under "Thông báo"):
  ``<title>`` names none and no slot of the template holds one, so no date either; the pages
  were typed "static" and refused on the crawl's paths (ad hoc, inferred);
- read alone (no learned chrome or affixes: ``govarchive extract URL``), a side box's heading
  by its class ("Đường dây nóng" in ``div.box-title``, before the content) was taken for the
  headline and the page then refused as a listing;
- read alone, a related box's heading in a title-classed element ("Các tin đã đưa" in
  ``span.tieude-tinkhac``) was taken for the headline of a notice headed by a self-link.
"""

from __future__ import annotations

import lxml.html

from config.profile import adhoc_profile
from pipelines.chrome import Learned, normalize
from pipelines.datefind import rows_under_title
from pipelines.inference.pagetypes import _own_heading
from pipelines.inference.sample import read_samples
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page

BASE = "https://muonglan.example.gov.vn/"
SITE = "Cổng thông tin điện tử huyện Mường Lạn"
TITLE = "Chủ động phòng, chống đói, rét cho đàn gia súc"
LEAD = ("Dự báo từ nay đến cuối tháng 3, khu vực vùng cao tiếp tục chịu ảnh hưởng của không khí lạnh, nhiệt độ "
        "thấp nhất tại các xã vùng cao có thể xuống dưới 5 độ C.")
PROSE = [
    "Để bảo vệ đàn gia súc, Ủy ban nhân dân huyện yêu cầu các xã hướng dẫn người dân che chắn chuồng trại kín "
    "gió, không thả rông trâu, bò lên núi cao khi trời rét đậm, rét hại.",
    "Các hộ chăn nuôi cần dự trữ rơm, cỏ khô, thân cây ngô và bổ sung thức ăn tinh, muối khoáng cho gia súc; "
    "không cho gia súc làm việc nặng khi nhiệt độ dưới 12 độ C.",
]
CP = "ctl00_ContentPlaceHolder1"


def _extract(html: str, path: str = "TinTuc/ChiTietTin.aspx?ID=2309") -> ArticleRecord:
    record = extract_page(html.encode(), BASE + path, {"Content-Type": "text/html; charset=utf-8"},
                          adhoc_profile(BASE))
    assert isinstance(record, ArticleRecord), record
    return record


def _webforms(title_cell: str, date_row: str, head: str = f"<title>Chi tiết tin | {SITE}</title>") -> str:
    body = "".join(f'<p style="text-align:justify">{p}</p>' for p in PROSE)
    others = "".join(f"<li><a href='/TinTuc/ChiTietTin.aspx?ID={i}'>Tin số {i} của huyện Mường Lạn</a> (0{i}/03/2024)</li>"
                     for i in range(1, 4))
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><form id='aspnetForm'>"
            f"<table width='1000'><tr><td colspan='2'><img src='/banner.jpg' alt='{SITE}'></td></tr><tr>"
            "<td class='left'><table><tr><td class='portlet-title'>Tin mới</td></tr></table></td><td class='center'>"
            "<table width='100%'><tr><td class='duongdan'><a href='/'>Trang chủ</a> » <a href='/TinTuc'>Tin tức</a></td></tr>"
            f"<tr><td>{title_cell}</td></tr>{date_row}"
            f"<tr><td><span id='{CP}_lblTomTat'><strong>{LEAD}</strong></span></td></tr>"
            f"<tr><td><span id='{CP}_lblNoiDung'>{body}</span></td></tr>"
            f"<tr><td class='tinkhac'>Các tin đã đưa<ul>{others}</ul></td></tr></table></td></tr>"
            f"<tr><td colspan='2' class='footer'>Bản quyền thuộc UBND huyện Mường Lạn</td></tr></table></form></body></html>")


def test_the_date_row_under_a_table_cells_headline_is_read() -> None:
    title = f"<span id='{CP}_lblTieuDe' class='TieuDeTin'>{TITLE}</span>"
    row = f"<tr><td class='ngaydang'>Ngày đăng: <span id='{CP}_lblNgayDang'>08/03/2024 2:15:00 CH</span></td></tr>"
    record = _extract(_webforms(title, row))
    assert record.title == TITLE
    assert record.published_at == "2024-03-08T14:15:00+07:00"
    # an empty spacer row between them is no row of text
    record = _extract(_webforms(title, "<tr><td>&nbsp;</td></tr>" + row))
    assert record.published_at == "2024-03-08T14:15:00+07:00"
    # a headline in a cell that holds more than it is in the page's frame: no rows of its own
    tree = lxml.html.fromstring(f"<table><tr><td><b>{TITLE}</b> {LEAD}</td></tr><tr><td>05/03/2024</td></tr></table>")
    assert rows_under_title(tree.find(".//b")) == []
    tree = lxml.html.fromstring(f"<table><tr><td><b>{TITLE}</b></td></tr><tr><td>a</td></tr><tr><td>b</td></tr>"
                                "<tr><td>05/03/2024</td></tr></table>")
    # (the first two rows with text under it, the third not)
    assert [el.text for el in rows_under_title(tree.find(".//b")) if el.text] == ["a", "b"]


def test_a_title_classed_link_to_the_page_itself_is_the_headline() -> None:
    uc = f"{CP}_ucChiTietThongBao"
    path = "ThongBao/ChiTiet.aspx?ID=88"
    cell = (f"<a id='{uc}_hlTitle' class='title' href='/{path}'>{TITLE}</a> "
            f"<span id='{uc}_lblNgayDang'>(11/03/2024 3:20:00 CH)</span>")
    side = "".join(f"<tr><td><a id='ctl00_ucThongBao_rptThongBao_ctl0{i}_hlTitle' href='/ThongBao/ChiTiet.aspx?ID={i}'>"
                   f"Thông báo số {i} của Ủy ban nhân dân huyện</a></td></tr>" for i in (87, 86))
    html = _webforms(cell, "").replace("</form>", f"<table class='right'>{side}</table></form>")
    record = _extract(html, path)
    assert record.title == TITLE
    assert record.published_at == "2024-03-11T15:20:00+07:00"
    # a link of the same class to another page (a notice listed beside it) is no headline
    other = cell.replace(f"href='/{path}'", "href='/ThongBao/ChiTiet.aspx?ID=87'")
    record = extract_page(_webforms(other, "").encode(), BASE + path, {}, adhoc_profile(BASE))
    assert getattr(record, "title", None) != TITLE


WARD = "https://quangtrung.example.gov.vn/"


def _ward(title_block: str, head: str = "<title>Chi tiết tin</title>", side: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>{head}</head><body>"
            "<div class='header'><div class='logo-text'>ỦY BAN NHÂN DÂN PHƯỜNG QUANG TRUNG</div></div>"
            "<div class='nav'><ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc-su-kien'>"
            "Tin tức - Sự kiện</a></li><li><a href='/thong-bao'>Thông báo</a></li></ul></div>"
            f"<div class='main'><div class='col-left'>{side}</div><div class='col-content'><div class='news-detail'>{title_block}"
            "<div class='meta'>Tin tức - Sự kiện | 16:00 07/03/2024 | Lượt xem: 120</div>"
            f"<div class='sapo'><strong>{LEAD}</strong></div><div class='content'>{body}</div>"
            "<div class='share'><a href='#'>Chia sẻ</a> <a href='javascript:window.print()'>In bài</a></div></div>"
            "</div></div><div class='footer'>Bản quyền thuộc Ủy ban nhân dân phường Quang Trung</div></body></html>")


def _ward_extract(html: str, path: str = "tin-tuc-su-kien/chong-ret-4126.html"):  # noqa: ANN202
    return extract_page(html.encode(), WARD + path, {"Content-Type": "text/html; charset=utf-8"}, adhoc_profile(WARD))


def test_a_section_link_over_the_headline_makes_no_teaser_of_the_text() -> None:
    block = f"<h2 class='block-title'><a href='/tin-tuc-su-kien'>Tin tức - Sự kiện</a></h2><h3 class='title-news'>{TITLE}</h3>"
    record = _ward_extract(_ward(block))
    assert isinstance(record, ArticleRecord), record
    assert record.title == TITLE
    assert record.published_at == "2024-03-07T16:00:00+07:00"
    # another page's linked title over the text, no headline of its own between: a teaser
    teaser = f"<h3 class='title-news'><a href='/tin-tuc-su-kien/chong-ret-4000.html'>{TITLE}</a></h3>"
    assert not isinstance(_ward_extract(_ward(teaser)), ArticleRecord)


def test_a_short_headline_learned_as_chrome_is_taken_when_a_link_to_the_page_says_it() -> None:
    short, path = "Lễ giao quân", "tin-tuc-su-kien/le-giao-quan-4112.html"
    side = ("<div class='box'><div class='box-title'>Tin mới</div><ul>"
            f"<li><h3 class='title-news'><a href='/{path}'>{short}</a></h3></li>"
            "<li><h3 class='title-news'><a href='/tin-tuc-su-kien/hoi-xuan-4098.html'>Hội xuân 2024</a></h3></li></ul></div>"
            "<div class='box'><div class='box-title'>Đường dây nóng</div><p>Công an phường: 0236.3821.113</p></div>")
    block = f"<h2 class='block-title'><a href='/tin-tuc-su-kien'>Tin tức - Sự kiện</a></h2><h3 class='title-news'>{short}</h3>"
    learned = Learned(frozenset(normalize(x) for x in (short, "Hội xuân 2024", "Đường dây nóng", "Tin mới")),
                      frozenset({"Chi tiết tin"}))
    html = _ward(block, side=side).encode()
    record = extract_page(html, WARD + path, {}, adhoc_profile(WARD), learned=learned)
    assert isinstance(record, ArticleRecord), record
    assert record.title == short
    assert record.published_at == "2024-03-07T16:00:00+07:00"
    # on another article's page the box's link to this one says nothing of that page
    other = extract_page(html, WARD + "tin-tuc-su-kien/chong-ret-4126.html", {}, adhoc_profile(WARD), learned=learned)
    assert getattr(other, "title", None) != short


def test_an_h1_naming_a_menu_section_gives_way_to_the_title_classed_headline_under_it() -> None:
    block = f"<h1 class='cat-title'>Thông báo</h1><div class='title-news'>{TITLE}</div>"
    record = _ward_extract(_ward(block), "thong-bao/chong-ret-4129.html")
    assert isinstance(record, ArticleRecord), record
    assert record.title == TITLE
    assert record.published_at == "2024-03-07T16:00:00+07:00"
    # the menu item's own page, its name over its text with no headline under it, keeps it
    record = _ward_extract(_ward("<h1 class='cat-title'>Thông báo</h1>"), "thong-bao")
    assert getattr(record, "title", "Thông báo") == "Thông báo"


def _joomla(first: str, side: str = "") -> str:
    body = "".join(f'<p style="text-align: justify;">{p}</p>' for p in PROSE)
    return (f"<html><head><meta charset='utf-8'><title>Trang chủ - {SITE}</title></head><body>"
            f"<div id='header'><img src='/banner.jpg' alt='{SITE}'></div><div id='main'><div id='left'>{side}"
            "<div class='moduletable'><h3>Văn bản mới</h3><ul><li><a href='/vb/125.pdf'>Quyết định số 125/QĐ-UBND"
            "</a></li></ul></div></div><div id='content'><table class='contentpaneopen'><tr><td valign='top'>"
            f"{first}<p style='text-align: justify;'><strong>{LEAD}</strong></p>{body}</td></tr>"
            "<tr><td class='createdate'>Ngày đăng: 05/03/2024 08:40</td></tr></table></div></div>"
            f"<div id='footer'>{SITE}</div></body></html>")


def test_a_headline_typed_large_and_bold_into_the_text_is_the_title() -> None:
    learned = Learned(frozenset(), frozenset({"Trang chủ", SITE}))
    path = "index.php?option=com_content&view=article&id=1429:chong-ret&catid=5&Itemid=1"
    for first in (f'<p style="text-align: center;"><strong><span style="font-size: 16pt;">{TITLE}</span></strong></p>',
                  f'<p><span style="font-size: 14pt; color: #003399;"><strong>{TITLE}</strong></span></p>'):
        record = extract_page(_joomla(first).encode(), BASE + path, {}, adhoc_profile(BASE), learned=learned)
        assert isinstance(record, ArticleRecord), record
        assert record.title == TITLE
        assert record.body[0] == LEAD  # (the headline is no line of the text)
        assert record.published_at == "2024-03-05T08:40:00+07:00"
    # a text typed in 14pt throughout, its bold sapo first: no headline typed over it
    lead14 = f'<p><span style="font-size: 14pt;"><strong>{TITLE}</strong></span></p>'
    html = _joomla(lead14).replace('<p style="text-align: justify;">', '<p style="font-size: 14pt;">')
    record = extract_page(html.encode(), BASE + path, {}, adhoc_profile(BASE), learned=learned)
    assert getattr(record, "title", None) != TITLE
    # a side box's bold heading over its phone numbers is no headline
    box = ('<div class="box"><p><strong><span style="font-size: 16pt;">Đường dây nóng của Sở</span></strong></p>'
           "<p>Văn phòng Sở: 0237.3852.416</p><p>Thanh tra Sở: 0237.3852.417</p></div>")
    record = extract_page(_joomla(first, box).encode(), BASE + path, {}, adhoc_profile(BASE), learned=learned)
    assert record.title == TITLE


def test_the_inference_reads_the_headline_a_page_alone_finds_when_title_names_none() -> None:
    uc = f"{CP}_ucChiTietThongBao"
    path = "ThongBao/ChiTiet.aspx?ID=88"
    cell = (f"<a id='{uc}_hlTitle' class='title' href='/{path}'>{TITLE}</a> "
            f"<span id='{uc}_lblNgayDang'>(11/03/2024 3:20:00 CH)</span>")
    html = _webforms(cell, "", head=f"<title>{SITE}</title>").encode()
    (sample,) = read_samples([(BASE + path, html, {"content-type": "text/html; charset=utf-8"})])
    el = _own_heading(sample, [SITE], Learned())
    assert el is not None and el.tag == "a" and el.text == TITLE
    # a page whose <title> names its headline is the sample's own rules' (no element here)
    html = _webforms(cell, "", head=f"<title>{TITLE} | {SITE}</title>").encode()
    (sample,) = read_samples([(BASE + path, html, {"content-type": "text/html; charset=utf-8"})])
    assert _own_heading(sample, [SITE], Learned()) is None


def test_read_alone_a_side_boxs_heading_by_its_class_is_no_headline() -> None:
    side = ("<div class='box'><div class='box-title'>Đường dây nóng</div><p>Chủ tịch UBND phường: 0912.345.678</p>"
            "<p>Công an phường: 0236.3821.113</p></div>")
    block = f"<h2 class='block-title'><a href='/tin-tuc-su-kien'>Tin tức - Sự kiện</a></h2><h3 class='title-news'>{TITLE}</h3>"
    record = _ward_extract(_ward(block, side=side))
    assert isinstance(record, ArticleRecord), record
    assert record.title == TITLE


def test_read_alone_a_related_boxs_heading_is_no_headline() -> None:
    uc = f"{CP}_ucChiTietThongBao"
    path = "ThongBao/ChiTiet.aspx?ID=88"
    cell = (f"<a id='{uc}_hlTitle' class='title' href='/{path}'>{TITLE}</a> "
            f"<span id='{uc}_lblNgayDang'>(11/03/2024 3:20:00 CH)</span>")
    # the site's name said by og:site_name (a page read alone learns no affix)
    head = f"<title>{SITE}</title><meta property='og:site_name' content='{SITE}'>"
    html = _webforms(cell, "", head=head).replace(
        "<td class='tinkhac'>Các tin đã đưa", "<td class='tinkhac'><span class='tieude-tinkhac'>Các tin đã đưa</span>")
    record = _extract(html, path)
    assert record.title == TITLE
    assert record.published_at == "2024-03-11T15:20:00+07:00"
