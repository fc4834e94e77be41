"""A district office's static site made in FrontPage and never rebuilt: every page's ``<title>``
left at FrontPage's default "New Page 1", no heading tag and no class anywhere, the headline a
``<font size="4" color="#003399"><b>`` in the content cell, and the day printed only in the
breadcrumb line over the headline ("Trang chủ > Tin tức > 05/03/2024") or nowhere but the
URL's folders (fresh-AL, round 23: what a page read alone misses of titles and dates where a
site model finds them).

Built in round 23 as a fresh family (``FRESH_AL``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Items ``/tintuc/2024/03/05/<slug>.htm`` (the day of publication in the folders, as the
  staff saved each page). Four print the breadcrumb "Trang chủ > Tin tức - Sự kiện >
  05/03/2024" in ``<font size="1">`` over the headline (the day alone: truth that day at
  00:00); two print no day at all (truth the URL's day at 00:00).
- The headline ``<p align="center"><font face="Arial" size="4" color="#003399"><b>``, the
  sapo in ``<i>``, the text in ``<p align="justify"><font face="Arial" size="2">``.
- Every page: the banner image, a left column of links ("Tin mới" with the three newest
  headlines, "Liên kết"), a visit counter, the footer's address; "Các tin khác" under an item
  lists the other headlines with their days in brackets.
- Not articles: the home page, the news index, "Giới thiệu", "Lịch tiếp công dân".
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, html_with_files, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fal-frontpage"
NAME = "Ủy ban nhân dân huyện Tân Khê"
FP_TITLE = "New Page 1"


def _art(key: str, slug: str, iso: str, crumb: bool, **kw: object) -> Art:
    path = f"/tintuc/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{slug}.htm"
    line = f"Trang chủ > Tin tức - Sự kiện > {dmy(iso)}" if crumb else ""
    return Art(KEY[key], path, iso, line, extra={"crumb": crumb}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("dt-ve-sinh-moi-truong", "ra-quan-ve-sinh-moi-truong", "2024-03-05T00:00:00+07:00", True),
    _art("dt-cap-can-cuoc", "cap-can-cuoc-luu-dong", "2024-02-27T00:00:00+07:00", True,
         image=("/tintuc/2024/02/27/images/can-cuoc.jpg", "Công an huyện cấp căn cước tại nhà văn hóa xã Tân Phú.")),
    _art("dt-tuyen-quan", "hoi-dong-nghia-vu-quan-su", "2024-03-11T00:00:00+07:00", True,
         signature="Minh Đức", author="Minh Đức"),
    _art("dt-lop-hoc-boi", "lop-hoc-boi-mien-phi", "2024-02-20T00:00:00+07:00", True),
    _art("nx-duong-giao-thong-nong-thon", "duong-giao-thong-nong-thon", "2024-03-08T00:00:00+07:00", False),
    _art("nx-hoi-thi-van-nghe", "hoi-thi-van-nghe-quan-chung", "2024-03-14T00:00:00+07:00", False,
         signature="Thu Trang", author="Thu Trang"),
]  # fmt: skip
CHROME = ["Tin mới", "Liên kết", "Các tin khác", "Số người truy cập"]
NEWEST = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _font(html: str, size: int = 2) -> str:
    return f'<font face="Arial" size="{size}">{html}</font>'


def _left() -> str:
    news = "".join(f'<p><font face="Arial" size="2">» <a href="{a.path}">{esc(a.title)}</a></font></p>'
                   for a in NEWEST[:3])
    links = "".join(f'<p><font face="Arial" size="2">» <a href="{h}">{t}</a></font></p>' for h, t in (
        ("http://hakhe.gov.vn", "Cổng thông tin tỉnh Hà Khê"), ("http://dichvucong.gov.vn", "Dịch vụ công quốc gia")))
    return (f'<p><font face="Arial" size="2" color="#CC0000"><b>Tin mới</b></font></p>{news}'
            f'<p><font face="Arial" size="2" color="#CC0000"><b>Liên kết</b></font></p>{links}'
            '<p><font face="Arial" size="1">Số người truy cập: 082.417</font></p>')


def _page(main: str, title: str = FP_TITLE) -> str:
    menu = " | ".join(f'<a href="{h}">{t}</a>' for h, t in (
        ("/", "Trang chủ"), ("/gioithieu.htm", "Giới thiệu"), ("/tintuc/index.htm", "Tin tức - Sự kiện"),
        ("/lichtiepdan.htm", "Lịch tiếp công dân")))
    return f"""<html>
<head>
<meta http-equiv="Content-Language" content="vi">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{esc(title)}</title>
</head>
<body topmargin="0" leftmargin="0">
<table border="0" width="900" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img border="0" src="/images/banner.jpg" width="900" height="120"></td></tr>
<tr><td colspan="2" bgcolor="#003399" height="24"><font face="Arial" size="2" color="#FFFFFF">{menu}</font></td></tr>
<tr><td width="200" valign="top" bgcolor="#EEF3FB">{_left()}</td>
<td width="700" valign="top">{main}</td></tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font face="Arial" size="1" color="#FFFFFF">{esc(NAME)}<br>
Địa chỉ: Số 2 đường Trần Phú, thị trấn Tân Khê, huyện Tân Khê, tỉnh Hà Khê - Điện thoại: 0213.3866.100</font></td></tr>
</table>
</body>
</html>"""


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(
        art, lambda h: f'<p align="justify">{_font(h)}</p>',
        lambda src, cap: f'<p align="center"><img border="0" src="{src}" width="450"><br>{_font(f"<i>{esc(cap)}</i>")}</p>'))
    if art.signature:
        body += f'<p align="right">{_font(f"<b>{esc(art.signature)}</b>")}</p>'
    crumb = f'<p><font face="Arial" size="1">{esc(art.date_line)}</font></p>' if art.extra["crumb"] else ""
    others = "".join(f'<p><font face="Arial" size="2">- <a href="{a.path}">{esc(a.title)}</a> '
                     f'<font size="1">({dmy(a.published)})</font></font></p>' for a in NEWEST if a is not art)
    main = (f'{crumb}<p align="center"><font face="Arial" size="4" color="#003399"><b>{esc(art.title)}</b></font></p>'
            f'<p align="justify">{_font(f"<i>{esc(art.lead)}</i>")}</p>{body}'
            f'<hr size="1" color="#003399"><p><font face="Arial" size="2" color="#CC0000"><b>Các tin khác</b></font></p>'
            f'{others}')
    return _page(main)


def render_index() -> str:
    rows = "".join("<p>" + _font(f'<b><a href="{a.path}">{esc(a.title)}</a></b> ({dmy(a.published)})') + "<br>"
                   + _font(esc(a.lead[:150]) + "...") + "</p>" for a in NEWEST)
    return _page(f'<p align="center"><font face="Arial" size="3" color="#003399"><b>TIN TỨC - SỰ KIỆN</b></font></p>{rows}')


def render_home() -> str:
    rows = "".join("<p>" + _font(f'» <a href="{a.path}">{esc(a.title)}</a>') + "</p>" for a in NEWEST)
    return _page('<p align="center"><font face="Arial" size="3" color="#003399"><b>CHÀO MỪNG ĐẾN VỚI TRANG THÔNG TIN '
                 f'HUYỆN TÂN KHÊ</b></font></p>{rows}', "Trang chủ")


def render_intro() -> str:
    first = _font("Huyện Tân Khê nằm ở phía tây nam tỉnh Hà Khê, có diện tích tự nhiên 412 km², gồm 1 thị trấn "
                  "và 14 xã, dân số hơn 96.000 người.")
    second = _font("Kinh tế của huyện chủ yếu là nông nghiệp, với các sản phẩm lúa, chè và cây ăn quả.")
    return _page('<p align="center"><font face="Arial" size="3" color="#003399"><b>GIỚI THIỆU CHUNG</b></font></p>'
                 f'<p align="justify">{first}</p><p align="justify">{second}</p>')


def render_reception() -> str:
    rows = "".join(f"<tr><td>{_font(d)}</td><td>{_font(w)}</td><td>{_font(p)}</td></tr>" for d, w, p in (
        ("Thứ Hai", "Chủ tịch UBND huyện", "Phòng tiếp công dân"),
        ("Thứ Tư", "Phó Chủ tịch UBND huyện", "Phòng tiếp công dân"),
        ("Thứ Sáu", "Chánh Thanh tra huyện", "Phòng họp số 2")))
    return _page('<p align="center"><font face="Arial" size="3" color="#003399"><b>LỊCH TIẾP CÔNG DÂN</b></font></p>'
                 f'<table border="1" width="100%" cellspacing="0">{rows}</table>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tintuc/index.htm"] = render_index()
    out["/gioithieu.htm"] = render_intro()
    out["/lichtiepdan.htm"] = render_reception()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
