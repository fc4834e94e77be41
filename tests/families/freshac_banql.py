"""An industrial zones board's portal whose pages link each article's own URL by an image
alone (the home page's slider, the category listings' thumbnails over an unlinked headline, a
"Tin cùng chuyên mục" strip of thumbnails under every article), while the site map and a "Tin
mới nhất" box every page shows link the CMS's short form ``/xem/<id>`` by the article's title
(fresh-AC, round 22b: an article's own URL linked by images only, its copy by text).

Built in round 22b as a sixth fresh family (``FRESH_AC``), after ``freshac_sotn``'s first
look (its model, not confident, never reached the copies): its truth written by hand before
any extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<slug>-a<id>.html``: the headline in ``h1.detail-title``, "Ngày đăng:
  05/03/2024 08:30" over the text in ``div.detail-content``, the writer bold and right-aligned
  as the text's last line; the "Tin cùng chuyên mục" strip after it holds four thumbnails,
  each ``<a href><img alt="<headline>"></a>``, nothing else. No canonical link.
- Copies: every article also at ``/xem/<id>`` (the same page): the site map links that form by
  the article's title, and so does the "Tin mới nhất" box of the five newest.
- Non-articles: the home page, two category listings, the site map, the introduction and
  contact pages.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fac-banql"
NAME = "Ban Quản lý các khu công nghiệp tỉnh Hà Bình"
BASE_URL = "https://bqlkcn.habinh.gov.vn/"
HOST = BASE_URL.rstrip("/")
CATS = {"tin-hoat-dong": "Tin hoạt động", "xuc-tien-dau-tu": "Xúc tiến đầu tư"}


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, cat: str, iso: str, author: str) -> Art:
    s = f"{slug(TEXTS[text][0])}-a{ident}"
    return Art(text, f"/tin-tuc/{s}.html", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", author=author,
               signature=author, extra={"id": ident, "cat": cat})  # fmt: skip


ARTICLES = [
    _art(136, 5127, "tin-hoat-dong", "2024-05-16T09:10:00+07:00", "Ngọc Ánh"),
    _art(139, 5124, "xuc-tien-dau-tu", "2024-05-14T15:40:00+07:00", "Trọng Nghĩa"),
    _art(141, 5119, "tin-hoat-dong", "2024-05-10T08:05:00+07:00", "Bích Ngọc"),
    _art(144, 5113, "xuc-tien-dau-tu", "2024-05-07T10:30:00+07:00", "Ngọc Ánh"),
    _art(146, 5108, "tin-hoat-dong", "2024-05-03T14:15:00+07:00", "Văn Toàn"),
    _art(147, 5102, "xuc-tien-dau-tu", "2024-04-26T07:45:00+07:00", "Trọng Nghĩa"),
    _art(148, 5097, "tin-hoat-dong", "2024-04-22T16:20:00+07:00", "Bích Ngọc"),
    _art(149, 5093, "xuc-tien-dau-tu", "2024-04-18T09:00:00+07:00", "Văn Toàn"),
]
CHROME = [
    "Tin mới nhất", "Tin cùng chuyên mục", "Liên kết website", "Lượt truy cập", "Cơ quan chủ quản",
    "Sơ đồ trang",
]  # fmt: skip


def copy_url(a: Art) -> str:
    return f"/xem/{a.extra['id']}"


def _layout(title: str, main: str) -> str:
    newest = "".join(f'<li><a href="{copy_url(x)}">{esc(x.title)}</a></li>' for x in ARTICLES[:5])
    menu = "".join(f'<li><a href="/chuyen-muc/{c}">{esc(n)}</a></li>' for c, n in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} - {esc(NAME)}</title><link rel="stylesheet" href="/Content/site.css" /></head>
<body><div id="page"><div id="header"><a href="/"><img src="/Content/images/banner.jpg" alt="{esc(NAME)}" /></a></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{menu}
<li><a href="/lien-he">Liên hệ</a></li><li><a href="/so-do-trang">Sơ đồ trang</a></li></ul>
<div id="body"><div id="main">{main}</div>
<div id="right"><div class="panel"><div class="panel-title">Tin mới nhất</div><ul>{newest}</ul></div>
<div class="panel"><div class="panel-title">Liên kết website</div><select><option>Cổng thông tin điện tử tỉnh Hà Bình</option><option>Bộ Kế hoạch và Đầu tư</option></select></div>
<div class="panel"><div class="panel-title">Lượt truy cập</div><p>865.102</p></div></div></div>
<div id="footer"><p>Cơ quan chủ quản: Ban Quản lý các khu công nghiệp tỉnh Hà Bình.</p>
<p>Địa chỉ: 88 Nguyễn Văn Cừ, thành phố Hà Bình. Điện thoại: 0226 3886 215. Email: bqlkcn@habinh.gov.vn.</p></div></div></body></html>"""


def _thumb(a: Art, size: str) -> str:
    return f'<a href="{a.path}"><img src="/Uploads/News/{a.extra["id"]}-{size}.jpg" alt="{esc(a.title)}" /></a>'


def render_article(a: Art) -> str:
    same = [x for x in ARTICLES if x.extra["cat"] == a.extra["cat"] and x is not a]
    strip = "".join(f'<li>{_thumb(x, "s")}</li>' for x in same)
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    main = f"""<div class="detail"><h1 class="detail-title">{esc(a.title)}</h1><div class="detail-date">{esc(a.date_line)}</div>
<div class="detail-content"><p><strong>{esc(a.lead)}</strong></p>{body}
<p style="text-align: right;"><strong>{esc(a.signature or "")}</strong></p></div></div>
<div class="same-cat"><div class="same-title">Tin cùng chuyên mục</div><ul class="thumbs">{strip}</ul></div>"""
    return _layout(a.title, main)


def _row(a: Art) -> str:
    # the thumbnail is the row's only link: the headline and the sapo under it are plain text
    return (f'<div class="row-news">{_thumb(a, "m")}<h3>{esc(a.title)}</h3>'
            f'<span class="date">{dmy(a.published)}</span><p>{esc(a.lead)}</p></div>')  # fmt: skip


def _pages() -> dict[str, str]:
    out = {}
    for x in ARTICLES:
        out[x.path] = out[copy_url(x)] = render_article(x)
    slides = "".join(f'<li>{_thumb(x, "l")}</li>' for x in ARTICLES[:4])
    home = f'<ul class="slider">{slides}</ul>'
    for c, n in CATS.items():
        rows = "".join(_row(x) for x in ARTICLES if x.extra["cat"] == c)
        first = "".join(_row(x) for x in [x for x in ARTICLES if x.extra["cat"] == c][:2])
        home += f'<div class="home-cat"><h2><a href="/chuyen-muc/{c}">{esc(n)}</a></h2>{first}</div>'
        out[f"/chuyen-muc/{c}"] = _layout(n, f'<h1 class="cat-title">{esc(n)}</h1>{rows}')
    out["/"] = _layout("Trang chủ", home)
    links = "".join(f'<li><a href="{copy_url(x)}">{esc(x.title)}</a></li>' for x in ARTICLES)
    out["/so-do-trang"] = _layout("Sơ đồ trang", f'<h1 class="cat-title">Sơ đồ trang</h1><ul class="sitemap">{links}</ul>')
    out["/gioi-thieu"] = _layout("Giới thiệu", """<h1 class="cat-title">Giới thiệu</h1>
<p>Ban Quản lý các khu công nghiệp tỉnh Hà Bình quản lý 5 khu công nghiệp với tổng diện tích 1.850 ha.</p>
<p>Tỷ lệ lấp đầy bình quân các khu công nghiệp đạt 72%.</p>""")
    out["/lien-he"] = _layout("Liên hệ", """<h1 class="cat-title">Liên hệ</h1>
<p>Văn phòng Ban, 88 Nguyễn Văn Cừ, thành phố Hà Bình.</p><p>Điện thoại: 0226 3886 215.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
