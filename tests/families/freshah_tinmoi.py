"""A district's portal whose right column's "Tin mới" box, on every page, lists the six newest
articles other than the one shown, at the CMS's short form ``/tin/<id>``; the home page's
slider and the site map link that form too, while the category listings, the home page's
category boxes and the "Tin khác" list under each article link the article's own, longer URL
(fresh-AH, round 23: a copy linked by more of the site's pages than the article's own URL, the
box's list changing from page to page so that no one block repeats on most pages).

Built in round 23 as a fresh family (``FRESH_AH``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc-su-kien/<category>/<slug>-<id>``: the headline in ``h1.tieude``,
  "Ngày đăng: 05/03/2024 08:30" over the text
  in ``div.noidung``, the writer bold and right-aligned as the text's last line, "Tin khác"
  (the category's other articles, dated) after it. No canonical link.
- Copies: ``/tin/<id>``, the same page (the CMS's short link, served without a redirect).
- Non-articles: the home page, two category listings, the site map, the introduction and
  contact pages.

Truth: the long URL (the one the category listings link with the headline and the sapo).
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fah-tinmoi"
NAME = "Cổng thông tin điện tử huyện Tân Lạc Sơn"
BASE_URL = "https://tanlacson.namhoa.gov.vn/"
HOST = BASE_URL.rstrip("/")
CATS = {"hoat-dong-chinh-quyen": "Hoạt động chính quyền", "kinh-te-xa-hoi": "Kinh tế - Xã hội"}
BOX = 6  # how many of the newest articles the "Tin mới" box lists


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, cat: str, iso: str, author: str) -> Art:
    return Art(text, f"/tin-tuc-su-kien/{cat}/{slug(TEXTS[text][0])}-{ident}", iso,
               f"Ngày đăng: {dmy(iso)} {hm(iso)}", author=author, signature=author,
               extra={"id": ident, "cat": cat})  # fmt: skip


ARTICLES = [
    _art(171, 2291, "kinh-te-xa-hoi", "2024-06-14T09:00:00+07:00", "Ngọc Bích"),
    _art(155, 2288, "hoat-dong-chinh-quyen", "2024-06-12T14:45:00+07:00", "Hải Yến"),
    _art(154, 2284, "kinh-te-xa-hoi", "2024-06-11T08:20:00+07:00", "Thanh Tùng"),
    _art(156, 2279, "hoat-dong-chinh-quyen", "2024-06-07T10:10:00+07:00", "Hải Yến"),
    _art(168, 2275, "kinh-te-xa-hoi", "2024-06-05T15:30:00+07:00", "Thanh Tùng"),
    _art(157, 2270, "hoat-dong-chinh-quyen", "2024-06-03T07:40:00+07:00", "Minh Khôi"),
    _art(162, 2266, "kinh-te-xa-hoi", "2024-05-30T16:00:00+07:00", "Hải Yến"),
    _art(179, 2261, "hoat-dong-chinh-quyen", "2024-05-28T09:25:00+07:00", "Minh Khôi"),
    _art(161, 2257, "kinh-te-xa-hoi", "2024-05-24T11:05:00+07:00", "Thanh Tùng"),
    _art(170, 2252, "hoat-dong-chinh-quyen", "2024-05-21T08:45:00+07:00", "Hải Yến"),
]
CHROME = ["Tin mới", "Tin khác", "Thống kê truy cập", "Liên kết", "Sơ đồ trang", "Bản quyền"]


def short_url(a: Art) -> str:
    return f"/tin/{a.extra['id']}"


def _layout(title: str, main: str, shown: Art | None = None) -> str:
    newest = [x for x in ARTICLES if x is not shown][:BOX]
    box = "".join(f'<li><a href="{short_url(x)}">{esc(x.title)}</a><span class="ngay">{dmy(x.published)}</span></li>'
                  for x in newest)  # fmt: skip
    menu = "".join(f'<li><a href="/tin-tuc-su-kien/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)}</title><link rel="stylesheet" href="/Themes/Default/css/main.css" /></head>
<body><div id="wrap"><div id="top"><a href="/"><img src="/Themes/Default/img/top.jpg" alt="{esc(NAME)}" /></a></div>
<ul id="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{menu}
<li><a href="/so-do-trang">Sơ đồ trang</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div id="mid"><div id="left">{main}</div>
<div id="right"><div class="khoi"><div class="khoi-tieude">Tin mới</div><ul class="tinmoi">{box}</ul></div>
<div class="khoi"><div class="khoi-tieude">Liên kết</div><ul><li><a href="https://namhoa.gov.vn">Cổng TTĐT tỉnh Nam Hòa</a></li></ul></div>
<div class="khoi"><div class="khoi-tieude">Thống kê truy cập</div><p>Hôm nay: 412</p><p>Tổng: 905.337</p></div></div></div>
<div id="bottom"><p>Bản quyền © Ủy ban nhân dân huyện Tân Lạc Sơn.</p>
<p>Địa chỉ: Thị trấn Tân Lạc, huyện Tân Lạc Sơn, tỉnh Nam Hòa. Điện thoại: 0228 3870 215.</p></div></div></body></html>"""


def render_article(a: Art) -> str:
    others = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <i>({dmy(x.published)})</i></li>'
                     for x in ARTICLES if x.extra["cat"] == a.extra["cat"] and x is not a)  # fmt: skip
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    main = f"""<div class="duongdan"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien/{a.extra['cat']}">{esc(CATS[a.extra['cat']])}</a></div>
<div class="chitiet"><h1 class="tieude">{esc(a.title)}</h1><div class="ngaydang">{esc(a.date_line)}</div>
<div class="noidung"><p><b>{esc(a.lead)}</b></p>{body}<p style="text-align:right"><b>{esc(a.signature or "")}</b></p></div></div>
<div class="tinkhac"><div class="tinkhac-tieude">Tin khác</div><ul>{others}</ul></div>"""
    return _layout(f"{a.title} - {NAME}", main, a)


def _rows(items: list[Art]) -> str:
    return "".join(
        f'<div class="tin"><a href="{x.path}"><img src="/Upload/tintuc/{x.extra["id"]}.jpg" alt="" /></a>'
        f'<h3><a href="{x.path}">{esc(x.title)}</a></h3><span class="ngay">{dmy(x.published)}</span>'
        f'<p>{esc(x.lead)}</p></div>'
        for x in items)  # fmt: skip


def _pages() -> dict[str, str]:
    out: dict[str, str] = {}
    for x in ARTICLES:
        out[x.path] = out[short_url(x)] = render_article(x)
    slides = "".join(f'<li><a href="{short_url(x)}"><img src="/Upload/slide/{x.extra["id"]}.jpg" alt="" />'
                     f'<span>{esc(x.title)}</span></a></li>' for x in ARTICLES[:3])  # fmt: skip
    home = f'<ul class="slide">{slides}</ul>'
    for c, n in CATS.items():
        items = [x for x in ARTICLES if x.extra["cat"] == c]
        home += f'<div class="khoi-chuyenmuc"><h2><a href="/tin-tuc-su-kien/{c}">{esc(n)}</a></h2>{_rows(items[:3])}</div>'
        out[f"/tin-tuc-su-kien/{c}"] = _layout(f"{n} - {NAME}", f'<h1 class="chuyenmuc">{esc(n)}</h1>{_rows(items)}')
    out["/"] = _layout(NAME, home)
    links = "".join(f'<li><a href="{short_url(x)}">{esc(x.title)}</a></li>' for x in ARTICLES)
    out["/so-do-trang"] = _layout(f"Sơ đồ trang - {NAME}", f'<h1 class="chuyenmuc">Sơ đồ trang</h1><ul class="sodo">{links}</ul>')
    out["/gioi-thieu"] = _layout(f"Giới thiệu - {NAME}", """<h1 class="chuyenmuc">Giới thiệu</h1>
<p>Huyện Tân Lạc Sơn có 15 xã, 1 thị trấn, diện tích tự nhiên 482 km², dân số khoảng 98.000 người.</p>
<p>Kinh tế của huyện chủ yếu là nông nghiệp, lâm nghiệp và du lịch cộng đồng.</p>""")
    out["/lien-he"] = _layout(f"Liên hệ - {NAME}", """<h1 class="chuyenmuc">Liên hệ</h1>
<p>Văn phòng HĐND và UBND huyện Tân Lạc Sơn, thị trấn Tân Lạc.</p><p>Điện thoại: 0228 3870 215.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
