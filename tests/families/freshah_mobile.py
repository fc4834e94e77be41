"""A province portal with a mobile edition on the same host: every article also at
``/m/tin/<id>``, the mobile edition's own home page, category listings and "Tin cùng chuyên
mục" lists linking that form as the desktop ones link the article's own URL (fresh-AH, round
23: copies the site model's choice of an original reads otherwise than the near-duplicate
step: an AMP or mobile copy loses on the single-page path by its shape alone).

Built in round 23 as a fresh family (``FRESH_AH``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<category>/<slug>-<id>.html``: the headline in ``h1.article-title``,
  "Ngày đăng: 05/03/2024 08:30" over the text in ``div.article-body``, the writer bold and
  right-aligned as the text's last line, a dated "Tin liên quan" list of the category's other
  articles after it. No canonical link.
- Copies: the mobile edition ``/m/tin/<id>`` (shorter than the own URL, one template for
  every category): the same text in a lighter frame, no canonical link; the mobile home page
  ``/m/`` (the eight newest) and the mobile category listings ``/m/chuyen-muc/<category>``
  link it, and so do the mobile "Tin cùng chuyên mục" lists. Every desktop page's footer
  links ``/m/`` ("Phiên bản di động"), every mobile page's ``/`` ("Phiên bản máy tính").
- Non-articles: the desktop home page, three category listings, the introduction and contact
  pages; the mobile home page and its three listings.

Truth: the desktop URL (the one the site's own desktop listings link with the headline).
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fah-mobile"
NAME = "Cổng thông tin điện tử tỉnh Thái Minh"
BASE_URL = "https://thaiminh.gov.vn/"
HOST = BASE_URL.rstrip("/")
CATS = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, cat: str, iso: str, author: str) -> Art:
    return Art(text, f"/tin-tuc/{cat}/{slug(TEXTS[text][0])}-{ident}.html", iso,
               f"Ngày đăng: {dmy(iso)} {hm(iso)}", author=author, signature=author,
               extra={"id": ident, "cat": cat})  # fmt: skip


ARTICLES = [
    _art(155, 40871, "thoi-su", "2024-04-12T08:30:00+07:00", "Minh Tuấn"),
    _art(161, 40866, "kinh-te", "2024-04-11T15:10:00+07:00", "Thu Hà"),
    _art(157, 40860, "van-hoa-xa-hoi", "2024-04-10T09:45:00+07:00", "Quang Vinh"),
    _art(164, 40853, "kinh-te", "2024-04-08T14:20:00+07:00", "Thu Hà"),
    _art(156, 40849, "thoi-su", "2024-04-05T10:00:00+07:00", "Hồng Nhung"),
    _art(160, 40842, "van-hoa-xa-hoi", "2024-04-03T16:35:00+07:00", "Quang Vinh"),
    _art(162, 40838, "kinh-te", "2024-04-02T07:50:00+07:00", "Đức Anh"),
    _art(170, 40831, "thoi-su", "2024-03-29T11:15:00+07:00", "Minh Tuấn"),
    _art(158, 40825, "van-hoa-xa-hoi", "2024-03-27T08:05:00+07:00", "Hồng Nhung"),
]
CHROME = [
    "Tin liên quan", "Phiên bản di động", "Lượt truy cập",
    "Liên kết website", "Cơ quan chủ quản",
]  # fmt: skip


def mobile_url(a: Art) -> str:
    return f"/m/tin/{a.extra['id']}"


def _desktop(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/tin-tuc/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} | {esc(NAME)}</title><meta name="viewport" content="width=1024" />
<link rel="stylesheet" href="/themes/thaiminh/css/style.css" /></head>
<body><div class="wrapper"><div class="header"><a href="/"><img src="/themes/thaiminh/images/banner.png" alt="{esc(NAME)}" /></a>
<div class="top-date">Thứ Sáu, 12/04/2024</div></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>{menu}<li><a href="/lien-he.html">Liên hệ</a></li></ul>
<div class="content"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Liên kết website</div><select><option>Chính phủ</option><option>Bộ Thông tin và Truyền thông</option></select></div>
<div class="box"><div class="box-title">Lượt truy cập</div><p class="counter">2.418.903</p></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thái Minh. Địa chỉ: 01 Lê Lợi, thành phố Thái Minh.</p>
<p>Điện thoại: 0237 3852 100. Email: cttdt@thaiminh.gov.vn</p><p><a href="/m/">Phiên bản di động</a></p></div></div></body></html>"""


def _mobile(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/m/chuyen-muc/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} | {esc(NAME)}</title><meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" href="/themes/mobile/css/m.css" /></head>
<body><div class="m-header"><a href="/m/"><img src="/themes/mobile/images/logo.png" alt="{esc(NAME)}" /></a></div>
<ul class="m-menu"><li><a href="/m/">Trang chủ</a></li>{menu}</ul>
<div class="m-content">{main}</div>
<div class="m-footer"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thái Minh.</p><p><a href="/">Phiên bản máy tính</a></p></div></body></html>"""


def _text(a: Art) -> str:
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    return (f'<p class="sapo"><strong>{esc(a.lead)}</strong></p>{body}'
            f'<p style="text-align: right;"><strong>{esc(a.signature or "")}</strong></p>')  # fmt: skip


def _same(a: Art) -> list[Art]:
    return [x for x in ARTICLES if x.extra["cat"] == a.extra["cat"] and x is not a]


def render_article(a: Art) -> str:
    related = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({dmy(x.published)})</span></li>'
                      for x in _same(a))  # fmt: skip
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc/{a.extra['cat']}">{esc(CATS[a.extra['cat']])}</a></div>
<div class="article"><h1 class="article-title">{esc(a.title)}</h1><div class="article-date">{esc(a.date_line)}</div>
<div class="article-body">{_text(a)}</div></div>
<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div>"""
    return _desktop(a.title, main)


def render_mobile(a: Art) -> str:
    related = "".join(f'<li><a href="{mobile_url(x)}">{esc(x.title)}</a></li>' for x in _same(a))
    main = f"""<div class="m-article"><h1 class="m-title">{esc(a.title)}</h1><div class="m-date">{esc(a.date_line)}</div>
<div class="m-body">{_text(a)}</div></div>
<div class="m-related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>"""
    return _mobile(a.title, main)


def _rows(items: list[Art], href) -> str:
    return "".join(
        f'<div class="news-row"><a href="{href(x)}"><img src="/uploads/news/{x.extra["id"]}.jpg" alt="" /></a>'
        f'<h3><a href="{href(x)}">{esc(x.title)}</a></h3><span class="date">{dmy(x.published)}</span>'
        f'<p>{esc(x.lead)}</p></div>'
        for x in items)  # fmt: skip


def _pages() -> dict[str, str]:
    out: dict[str, str] = {}
    for x in ARTICLES:
        out[x.path] = render_article(x)
        out[mobile_url(x)] = render_mobile(x)
    own = lambda x: x.path  # noqa: E731
    mob = mobile_url
    out["/"] = _desktop("Trang chủ", f'<h2 class="home-title">Tin mới</h2>{_rows(ARTICLES[:8], own)}')
    out["/m/"] = _mobile("Trang chủ", f'<h2 class="m-home-title">Tin mới</h2>{_rows(ARTICLES[:8], mob)}')
    for c, n in CATS.items():
        items = [x for x in ARTICLES if x.extra["cat"] == c]
        out[f"/tin-tuc/{c}"] = _desktop(n, f'<h1 class="cat-title">{esc(n)}</h1>{_rows(items, own)}')
        out[f"/m/chuyen-muc/{c}"] = _mobile(n, f'<h1 class="m-cat-title">{esc(n)}</h1>{_rows(items, mob)}')
    out["/gioi-thieu.html"] = _desktop("Giới thiệu", """<h1 class="cat-title">Giới thiệu</h1>
<p>Tỉnh Thái Minh có diện tích tự nhiên 5.110 km², dân số hơn 1,1 triệu người, 9 đơn vị hành chính cấp huyện.</p>
<p>Cổng thông tin điện tử tỉnh là kênh cung cấp thông tin chính thức của chính quyền tỉnh.</p>""")
    out["/lien-he.html"] = _desktop("Liên hệ", """<h1 class="cat-title">Liên hệ</h1>
<p>Ban biên tập Cổng thông tin điện tử tỉnh Thái Minh, 01 Lê Lợi, thành phố Thái Minh.</p><p>Điện thoại: 0237 3852 100.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
