"""A province department's portal whose listings link each article by its thumbnail alone,
the title under it plain text, while the site map and a "Tin mới nhất" box link the article's
short id form ``/tin/<id>`` by its title (fresh-AC, round 22b: an article's own URL linked by
images only, a copy linked by text).

Built in round 22b as a fifth fresh family (``FRESH_AC``): its truth written by hand before
any extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<slug>-<id>.html`` (the URL the home page's "Tin nổi bật" slider, the
  two category listings and every article's "Tin cùng chuyên mục" grid link, each by a
  thumbnail ``<a class="thumb"><img alt=""></a>``, the title and the lead under it in a card
  whose click a script handles): the headline in ``h1.news-title``, "Cập nhật lúc 08:30 ngày
  05/03/2024" over the text in ``div.news-content``, the writer bold and right-aligned as the
  text's last line. No canonical link.
- Copies: every article also at ``/tin/<id>`` (the CMS's short route, the same page): the
  site map links that form by the article's title, and so does the "Tin mới nhất" box every
  page shows for the five newest.
- Non-articles: the home page, two category listings, the site map, the introduction and
  contact pages.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fac-sotn"
NAME = "Sở Tài nguyên và Môi trường tỉnh Hà Bình"
BASE_URL = "https://stnmt.habinh.gov.vn/"
HOST = BASE_URL.rstrip("/")
CATS = {"tin-hoat-dong": "Tin hoạt động", "dat-dai-moi-truong": "Đất đai - Môi trường"}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, cat: str, iso: str, author: str) -> Art:
    s = f"{slug(TEXTS[text][0])}-{ident}"
    # the page shows only "Cập nhật lúc ...": the update date, published with its basis (common.Art)
    return Art(text, f"/tin-tuc/{s}.html", iso, f"Cập nhật lúc {hm(iso)} ngày {dmy(iso)}", author=author,
               signature=author, updated=iso, extra={"id": ident, "cat": cat, "date_basis": "updated"})  # fmt: skip


ARTICLES = [
    _art(150, 2318, "tin-hoat-dong", "2024-04-19T15:20:00+07:00", "Quang Huy"),
    _art(151, 2315, "dat-dai-moi-truong", "2024-04-17T08:45:00+07:00", "Lan Anh"),
    _art(143, 2311, "tin-hoat-dong", "2024-04-15T10:10:00+07:00", "Đức Mạnh"),
    _art(153, 2306, "dat-dai-moi-truong", "2024-04-11T14:30:00+07:00", "Quang Huy"),
    _art(154, 2302, "tin-hoat-dong", "2024-04-08T07:55:00+07:00", "Thanh Hương"),
    _art(155, 2297, "dat-dai-moi-truong", "2024-04-04T09:25:00+07:00", "Lan Anh"),
    _art(156, 2291, "tin-hoat-dong", "2024-03-29T16:05:00+07:00", "Đức Mạnh"),
    _art(157, 2288, "dat-dai-moi-truong", "2024-03-26T08:15:00+07:00", "Thanh Hương"),
]
CHROME = [
    "Tin mới nhất", "Liên kết website", "Lượt truy cập", "Cơ quan chủ quản", "Chịu trách nhiệm",
    "Sơ đồ trang",
]  # fmt: skip


def copy_url(a: Art) -> str:
    return f"/tin/{a.extra['id']}"


def _thumb(a: Art) -> str:
    return f"/uploads/news/2024/{a.extra['id']}-thumb.jpg"


def _layout(title: str, main: str) -> str:
    newest = "".join(f'<li><a href="{copy_url(x)}">{esc(x.title)}</a></li>' for x in ARTICLES[:5])
    menu = "".join(f'<li><a href="/chuyen-muc/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} | {esc(NAME)}</title><link rel="stylesheet" href="/themes/stnmt/style.css" />
<script src="/themes/stnmt/js/card.js"></script></head>
<body><div class="wrap"><div class="top-banner"><a href="/"><img src="/themes/stnmt/banner.png" alt="{esc(NAME)}" /></a></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{menu}
<li><a href="/lien-he">Liên hệ</a></li><li><a href="/so-do-trang">Sơ đồ trang</a></li></ul>
<div class="row"><div class="col-main">{main}</div>
<div class="col-side"><div class="box"><div class="box-title">Tin mới nhất</div><ul class="box-list">{newest}</ul></div>
<div class="box"><div class="box-title">Liên kết website</div><select><option>Bộ Tài nguyên và Môi trường</option><option>UBND tỉnh Hà Bình</option></select></div>
<div class="box"><div class="box-title">Lượt truy cập</div><p class="counter">1.204.583</p></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: Sở Tài nguyên và Môi trường tỉnh Hà Bình.</p>
<p>Chịu trách nhiệm: Giám đốc Sở. Địa chỉ: 25 Lê Lợi, thành phố Hà Bình. Điện thoại: 0226 3851 470.</p></div></div></body></html>"""


def _card(a: Art, tag: str = "h3") -> str:
    # the card's click goes to the article (card.js reads data-href); only the thumbnail is a link
    return (f'<div class="news-card" data-href="{a.path}"><a class="thumb" href="{a.path}"><img src="{_thumb(a)}" alt="" /></a>'
            f'<{tag} class="card-title">{esc(a.title)}</{tag}><span class="card-date">{dmy(a.published)}</span>'
            f'<p class="card-lead">{esc(a.lead)}</p></div>')  # fmt: skip


def render_article(a: Art) -> str:
    same = [x for x in ARTICLES if x.extra["cat"] == a.extra["cat"] and x is not a][:3]
    grid = "".join(_card(x, "h4") for x in same)
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/{a.extra['cat']}">{esc(CATS[a.extra['cat']])}</a></div>
<div class="news-detail"><h1 class="news-title">{esc(a.title)}</h1><div class="news-meta">{esc(a.date_line)}</div>
<div class="news-content"><p><strong>{esc(a.lead)}</strong></p>{body}
<p style="text-align: right;"><strong>{esc(a.signature or "")}</strong></p></div></div>
<div class="same-cat"><div class="same-title">Tin cùng chuyên mục</div>{grid}</div>"""
    return _layout(a.title, main)


def _pages() -> dict[str, str]:
    out = {}
    for x in ARTICLES:
        out[x.path] = out[copy_url(x)] = render_article(x)
    slider = "".join(
        f'<div class="slide"><a href="{x.path}"><img src="/uploads/news/2024/{x.extra["id"]}-large.jpg" alt="" /></a>'
        f'<div class="caption">{esc(x.title)}</div></div>'
        for x in ARTICLES[:4])  # fmt: skip
    home = f'<div class="slider"><div class="slider-title">Tin nổi bật</div>{slider}</div>'
    for c, n in CATS.items():
        cards = "".join(_card(x) for x in ARTICLES if x.extra["cat"] == c)
        home += f'<div class="home-cat"><h2><a href="/chuyen-muc/{c}">{esc(n)}</a></h2>{cards}</div>'
        out[f"/chuyen-muc/{c}"] = _layout(n, f'<h1 class="cat-title">{esc(n)}</h1><div class="cat-list">{cards}</div>')
    out["/"] = _layout("Trang chủ", home)
    links = "".join(f'<li><a href="{copy_url(x)}">{esc(x.title)}</a> ({dmy(x.published)})</li>' for x in ARTICLES)
    out["/so-do-trang"] = _layout("Sơ đồ trang", f'<h1 class="cat-title">Sơ đồ trang</h1><ul class="sitemap">{links}</ul>')
    out["/gioi-thieu"] = _layout("Giới thiệu", """<h1 class="cat-title">Giới thiệu</h1>
<p>Sở Tài nguyên và Môi trường tỉnh Hà Bình là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về đất đai, tài nguyên nước, khoáng sản, môi trường.</p>
<p>Sở có 6 phòng chuyên môn và 4 đơn vị sự nghiệp trực thuộc.</p>""")
    out["/lien-he"] = _layout("Liên hệ", """<h1 class="cat-title">Liên hệ</h1>
<p>Văn phòng Sở Tài nguyên và Môi trường tỉnh Hà Bình, 25 Lê Lợi, thành phố Hà Bình.</p><p>Thư điện tử: stnmt@habinh.gov.vn.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
