"""A city portal on an ASP.NET Web Forms CMS that added friendly routes: every article is
still served at the old ``.aspx`` page with its item id, which the home page's boxes and the
site map go on linking, and the friendly route answers with an ``.aspx`` suffix too (fresh-AC,
round 22: copies whose URL has the article template's shape too).

Built in round 22 as a fresh family (``FRESH_AC``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<slug>-<id>`` (the friendly route: the URL the category listings and the
  "Tin cùng chuyên mục" lists link, the one ``<link rel="canonical">`` names on its own page):
  the headline in ``span#lblTitle`` inside ``div.news-title``, "Thứ Hai, 05/02/2024 - 08:30" in
  ``span#lblDate``, the text in ``div#divContent``, the writer bold and right-aligned under the
  text, then "Nguồn: Phòng Văn hóa - Thông tin" in italics.
- Copies in the article's own template: every article also at
  ``/Pages/ChiTiet.aspx?ItemID=<id>`` (the home page's "Tin nổi bật" and "Tin mới" boxes and the
  site map link that form; its page writes the requested URL as canonical); two at
  ``/tin-tuc/<slug>-<id>.aspx`` (the search results page links them so; canonical: the
  requested URL).
- Non-articles: the home page, three category listings, the search results page, the site map,
  the contact page.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fac-thanhpho"
NAME = "Cổng thông tin điện tử thành phố Long Hải"
BASE_URL = "https://longhai.namhai.gov.vn/"
HOST = BASE_URL.rstrip("/")
CATS = {"hoat-dong-chinh-quyen": "Hoạt động chính quyền", "chuyen-doi-so": "Chuyển đổi số",
        "thong-bao": "Thông báo"}  # fmt: skip
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _line(iso: str, day: int) -> str:
    return f"{WEEKDAYS[day]}, {dmy(iso)} - {hm(iso)}"


def _art(text: int, ident: int, cat: str, iso: str, day: int, author: str) -> Art:
    s = f"{slug(TEXTS[text][0])}-{ident}"
    return Art(text, f"/tin-tuc/{s}", iso, _line(iso, day), author=author, signature=author,
               source_line="Nguồn: Phòng Văn hóa - Thông tin", source="Phòng Văn hóa - Thông tin",
               extra={"id": ident, "cat": cat, "slug": s})  # fmt: skip


ARTICLES = [
    _art(116, 1482, "chuyen-doi-so", "2024-02-26T08:30:00+07:00", 0, "Hoàng Yến"),
    _art(117, 1479, "chuyen-doi-so", "2024-02-23T14:00:00+07:00", 4, "Trung Kiên"),
    _art(118, 1475, "chuyen-doi-so", "2024-02-21T09:10:00+07:00", 2, "Bảo Ngọc"),
    _art(119, 1470, "chuyen-doi-so", "2024-02-19T15:45:00+07:00", 0, "Trung Kiên"),
    _art(120, 1466, "hoat-dong-chinh-quyen", "2024-02-16T07:40:00+07:00", 4, "Mạnh Cường"),
    _art(121, 1461, "hoat-dong-chinh-quyen", "2024-02-14T10:20:00+07:00", 2, "Thùy Dung"),
    _art(122, 1457, "hoat-dong-chinh-quyen", "2024-02-08T16:00:00+07:00", 3, "Mạnh Cường"),
    _art(123, 1450, "thong-bao", "2024-02-05T08:00:00+07:00", 0, "Thùy Dung"),
]
CHROME = [
    "Tin nổi bật", "Tin cùng chuyên mục", "Tìm kiếm", "Sơ đồ cổng", "Lượt truy cập",
    "Ghi rõ nguồn", "Chịu trách nhiệm chính",
]  # fmt: skip

EXT = (2, 5)  # also ``/tin-tuc/<slug>-<id>.aspx`` (the search results link it)


def item_url(a: Art) -> str:
    return f"/Pages/ChiTiet.aspx?ItemID={a.extra['id']}"


def ext_url(a: Art) -> str:
    return a.path + ".aspx"


def _layout(title: str, main: str, url: str) -> str:
    menu = "".join(f'<li><a href="/chuyen-muc/{c}">{esc(t)}</a></li>' for c, t in CATS.items())
    hot = "".join(f'<li><a href="{item_url(a)}">{esc(a.title)}</a></li>' for a in ARTICLES[:3])
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(NAME)} - {esc(title)}</title><link rel="canonical" href="{HOST}{esc(url)}" />
<link href="/App_Themes/Default/style.css" rel="stylesheet" type="text/css" /></head>
<body><form name="aspnetForm" method="post" action="{esc(url)}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ7m0" /></div>
<div id="header"><a href="/"><img src="/App_Themes/Default/images/banner.jpg" alt="{esc(NAME)}" /></a>
<div class="search"><input type="text" name="q" /> <a href="/tim-kiem?q=chuyen+doi+so">Tìm kiếm</a></div></div>
<div id="topmenu"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/so-do-cong">Sơ đồ cổng</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<table id="layout" width="100%"><tr><td id="colMain" valign="top">{main}</td>
<td id="colRight" valign="top" width="280"><div class="box"><div class="box-head">Tin nổi bật</div><ul>{hot}</ul></div>
<div class="box"><div class="box-head">Lượt truy cập</div><p>Hôm nay: 1.204</p><p>Tổng: 2.417.330</p></div></td></tr></table>
<div id="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân thành phố Long Hải. Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND thành phố.</p>
<p>Ghi rõ nguồn "Cổng thông tin điện tử thành phố Long Hải" khi phát hành lại thông tin từ website này.</p></div></form></body></html>"""


def render_article(a: Art, url: str | None = None) -> str:
    url = url or a.path
    same = [x for x in ARTICLES if x is not a and x.extra["cat"] == a.extra["cat"]]
    rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> ({dmy(x.published)})</li>' for x in same)
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    main = f"""<div class="news-detail"><div class="news-title"><span id="lblTitle">{esc(a.title)}</span></div>
<div class="news-date"><span id="lblDate">{esc(a.date_line)}</span></div>
<div id="divContent"><p><b>{esc(a.lead)}</b></p>{body}
<p style="text-align: right;"><b>{esc(a.signature or "")}</b></p><p style="text-align: right;"><i>{esc(a.source_line or "")}</i></p></div></div>
<div class="related"><div class="related-head">Tin cùng chuyên mục</div><ul>{rel}</ul></div>"""
    return _layout(a.title, main, url)


def _listing(title: str, items: list[tuple[Art, str]], url: str, head: str = "") -> str:
    rows = "".join(
        f'<tr><td class="thumb"><a href="{href}"><img src="/Uploads/Images/{a.extra["id"]}.jpg" alt="" /></a></td>'
        f'<td><a class="news-link" href="{href}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span>'
        f'<div class="summary">{esc(a.lead)}</div></td></tr>'
        for a, href in items)  # fmt: skip
    return _layout(title, f'{head}<div class="cat-head">{esc(title)}</div><table class="news-list">{rows}</table>', url)


def _pages() -> dict[str, str]:
    a = ARTICLES
    out = {x.path: render_article(x) for x in a}
    for x in a:
        out[item_url(x)] = render_article(x, item_url(x))
    for i in EXT:
        out[ext_url(a[i])] = render_article(a[i], ext_url(a[i]))
    newest = "".join(f'<li><a href="{item_url(x)}">{esc(x.title)}</a> <span>({dmy(x.published)})</span></li>' for x in a[:6])
    out["/"] = _layout("Trang chủ", f'<div class="cat-head">Tin mới</div><ul class="home-news">{newest}</ul>', "/")
    for cat, title in CATS.items():
        out[f"/chuyen-muc/{cat}"] = _listing(title, [(x, x.path) for x in a if x.extra["cat"] == cat], f"/chuyen-muc/{cat}")
    found = [(a[i], ext_url(a[i])) for i in EXT] + [(a[0], a[0].path)]
    out["/tim-kiem?q=chuyen+doi+so"] = _listing("Kết quả tìm kiếm", found, "/tim-kiem?q=chuyen+doi+so")
    links = "".join(f'<li><a href="{item_url(x)}">{esc(x.title)}</a></li>' for x in a)
    out["/so-do-cong"] = _layout("Sơ đồ cổng", f'<div class="cat-head">Sơ đồ cổng</div><ul class="sitemap">{links}</ul>', "/so-do-cong")
    out["/lien-he"] = _layout("Liên hệ", """<div class="cat-head">Liên hệ</div>
<p>Văn phòng HĐND và UBND thành phố Long Hải, 12 Nguyễn Huệ, thành phố Long Hải.</p><p>Điện thoại: 0225 3745 118.</p>""", "/lien-he")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
