"""A provincial department's legacy ASP portal laid out in tables: no heading tag at all, the
headline a ``<span class="tenbai">`` in a cell of its own, the date in a right-aligned cell
ABOVE it, ``<title>`` in reversed order ("Sở Tư pháp tỉnh Hà Khê - <headline>"), no ``og:``
tags, the headline and a print date repeated in a hidden print block (fresh-Z, round 21: what
a page read alone misses of titles and dates).

Built in round 21 as a fresh family (``FRESH_Z``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- News ``/index.asp?act=detail&id=<n>`` (no date in the address). The content table: a row
  ``<td align="right" class="ngaydang">Thứ Ba, 05/03/2024 - 08:40</td>``, then a row holding
  ``<span class="tenbai">`` the headline, then the sapo in ``<b>`` and the text, then "In bài |
  Gửi email | Về đầu trang".
- One headline is 240 characters long (a decision's full name).
- A notice whose date cell the editor left empty: no date anywhere on the page (truth None),
  while the "Tin mới nhất" column and "Các tin khác" list print other days.
- A hidden ``<div id="printarea" style="display:none">`` at the foot: the department's name,
  the headline again, "Ngày in: 20/03/2024".
- Every page: the header's "Hôm nay: Thứ Tư, 20/03/2024"; the left column "Tin mới nhất" with
  "(dd/mm/yyyy)" after each headline; the footer's address and "Lượt truy cập".
- Not articles: the home page, the news list, the notices list, "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import (
    Art,
    dmy,
    esc,
    hm,
    html_with_files,
    paragraphs_html,
    site_with_files,
)
from tests.families.texts import KEY

SITE_ID = "fx-fz-tuphap"
NAME = "Sở Tư pháp tỉnh Hà Khê"
TODAY = "Thứ Tư, 20/03/2024"
_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def _line(iso: str) -> str:
    from datetime import date

    day = date.fromisoformat(iso[:10])
    return f"{_WEEKDAYS[day.weekday()]}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, ident: int, iso: str | None, cat: int = 2, **kw: object) -> Art:
    extra = {"id": ident, "cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    line = _line(iso) if iso else ""
    return Art(KEY[key], f"/index.asp?act=detail&id={ident}", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fz-quyet-dinh-cong-bo-thu-tuc", 1873, "2024-03-05T08:40:00+07:00"),
    _art("tp-tro-giup-phap-ly", 1869, "2024-03-01T15:10:00+07:00"),
    _art("tp-pho-bien-phap-luat", 1866, "2024-02-27T09:30:00+07:00", signature="Lê Thị Hạnh", author="Lê Thị Hạnh"),
    _art("tp-ho-tich-truc-tuyen", 1862, "2024-02-22T14:00:00+07:00",
         image=("/Upload/Images/2024/ho-tich.jpg", "Công chức tư pháp xã hướng dẫn người dân đăng ký hộ tịch trực tuyến.")),
    _art("tp-kiem-tra-cong-chung", 1858, "2024-02-19T10:15:00+07:00"),
    _art("tp-hoa-giai-co-so", 1855, "2024-02-15T16:45:00+07:00", signature="Nguyễn Văn Tùng", author="Nguyễn Văn Tùng"),
    _art("nkv-tuyen-sinh-lop-1", 1871, None, cat=3),
]  # fmt: skip
CHROME = ["Tin mới nhất", "Các tin khác", "Lượt truy cập", "Về đầu trang", "Ngày in"]
DATED = sorted((a for a in ARTICLES if a.published), key=lambda a: a.published, reverse=True)


def _page(main: str, title: str) -> str:
    latest = "".join(
        f'<tr><td class="tinmoi"><a href="{a.path}">{esc(a.title[:90])}</a> <font color="#999">({dmy(a.published)})</font></td></tr>'
        for a in DATED[:5]
    )
    menu = " | ".join(f'<a href="{h}" class="menu">{t}</a>' for h, t in (
        ("/", "Trang chủ"), ("/index.asp?act=list&cat=2", "Tin hoạt động"), ("/index.asp?act=list&cat=3", "Thông báo"),
        ("/index.asp?act=lienhe", "Liên hệ")))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title><link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2"><img src="/images/banner.jpg" width="980" height="120" alt="Banner"></td></tr>
<tr><td colspan="2" class="menubar">{menu} <span class="homnay">Hôm nay: {TODAY}</span></td></tr>
<tr><td width="240" valign="top" class="cotrai">
<table width="100%"><tr><td class="tieudebox">Tin mới nhất</td></tr>{latest}</table>
<table width="100%"><tr><td class="tieudebox">Liên kết</td></tr><tr><td><a href="http://moj.gov.vn">Bộ Tư pháp</a></td></tr></table>
</td><td width="740" valign="top" class="cotgiua">{main}</td></tr>
<tr><td colspan="2" class="footer" align="center">{esc(NAME)}<br>Địa chỉ: Số 8 đường Trần Phú, thành phố Hà Khê. Điện thoại: 0219.3862.114<br>Lượt truy cập: 1.204.557</td></tr>
</table></body></html>"""


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f'<p align="justify">{h}</p>',
                                   lambda s, c: f'<p align="center"><img src="{s}" width="500"><br><i>{esc(c)}</i></p>'))
    if art.signature:
        body += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in DATED if a is not art
    )
    main = (f'<table width="100%" cellpadding="4" class="chitiet">'
            f'<tr><td align="right" class="ngaydang">{esc(art.date_line)}</td></tr>'
            f'<tr><td><span class="tenbai">{esc(art.title)}</span></td></tr>'
            f'<tr><td><p align="justify"><b>{esc(art.lead)}</b></p>{body}</td></tr>'
            '<tr><td align="right"><a href="javascript:window.print()">In bài</a> | <a href="#">Gửi email</a> | '
            '<a href="#top">Về đầu trang</a></td></tr></table>'
            f'<table width="100%"><tr><td class="tieudebox">Các tin khác</td></tr><tr><td><ul>{others}</ul></td></tr></table>'
            f'<div id="printarea" style="display:none"><p>{esc(NAME.upper())}</p><p>{esc(art.title)}</p>'
            f'<p>Ngày in: {TODAY.split(", ")[1]}</p></div>')
    return _page(main, f"{NAME} - {art.title}")


def _list(cat: int, name: str) -> str:
    items = "".join(
        f'<tr><td><a href="{a.path}" class="tenbai-list">{esc(a.title)}</a><br><font color="#999">'
        f'{dmy(a.published) if a.published else ""}</font><br>{esc(a.lead[:160])}...</td></tr>'
        for a in ARTICLES if a.extra["cat"] == cat
    )
    return _page(f'<table width="100%"><tr><td class="tieudebox">{name}</td></tr>{items}</table>', f"{NAME} - {name}")


def render_home() -> str:
    items = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in ARTICLES)
    return _page(f'<table width="100%"><tr><td class="tieudebox">Tin hoạt động</td></tr>{items}</table>', NAME)


def render_contact() -> str:
    main = ('<table width="100%"><tr><td class="tieudebox">Liên hệ</td></tr><tr><td><p>Văn phòng Sở Tư pháp tỉnh Hà Khê, '
            'số 8 đường Trần Phú, thành phố Hà Khê.</p><p>Điện thoại: 0219.3862.114. Thư điện tử: stp@hakhe.gov.vn. '
            'Tiếp công dân vào sáng thứ Năm hằng tuần.</p></td></tr></table>')
    return _page(main, f"{NAME} - Liên hệ")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/index.asp?act=list&cat=2"] = _list(2, "Tin hoạt động")
    out["/index.asp?act=list&cat=3"] = _list(3, "Thông báo")
    out["/index.asp?act=lienhe"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
