"""A district portal on a home-made PHP CMS that serves one article under several category paths
and at the older query form, every one of them in the article's full template (fresh-AC,
round 22: copies whose URL has the article template's shape too, to measure which of an
article's addresses the site model keeps on the ad-hoc and inferred paths).

Built in round 22 as a fresh family (``FRESH_AC``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<category>/<slug>-<id>.html`` (the URL the category listings, the home
  page's "Tin mới" list and every "Tin liên quan" list link): the headline in
  ``h1.title-detail``, "Ngày đăng: 05/03/2024 08:30 - Lượt xem: 215" above the text in
  ``div.detail-content``, the writer's name bold and right-aligned as the text's last line. No
  canonical link on any page.
- Copies in the article's own template: four articles also under the "Tin nổi bật" menu,
  ``/tin-noi-bat/<slug>-<id>.html`` (the home page's hot-news slider and the ``/tin-noi-bat.html``
  listing link them; a path of the same shape as the categories'); the five newest also at
  ``/tin-tuc/<slug>-<id>.html`` without the category (the "Tin mới nhất" box on every page links
  that form); two at the CMS's older ``/index.php?mod=news&act=detail&id=<id>`` (the site map).
- Non-articles: the home page, four category listings, the "Tin nổi bật" listing, the site map,
  the introduction page.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fac-huyen"
NAME = "Cổng thông tin điện tử huyện Đông Tiến"
BASE_URL = "https://dongtien.tanphuoc.gov.vn/"
CATS = {"chinh-tri": "Chính trị", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội",
        "quoc-phong-an-ninh": "Quốc phòng - An ninh"}  # fmt: skip


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, cat: str, iso: str, author: str) -> Art:
    s = f"{slug(TEXTS[text][0])}-{ident}"
    return Art(text, f"/tin-tuc/{cat}/{s}.html", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", author=author,
               signature=author, extra={"id": ident, "cat": cat, "slug": s})  # fmt: skip


ARTICLES = [
    _art(100, 5831, "van-hoa-xa-hoi", "2024-03-18T09:15:00+07:00", "Minh Tuấn"),
    _art(101, 5828, "quoc-phong-an-ninh", "2024-03-15T14:20:00+07:00", "Thu Hà"),
    _art(102, 5820, "quoc-phong-an-ninh", "2024-03-12T07:45:00+07:00", "Văn Hùng"),
    _art(103, 5817, "van-hoa-xa-hoi", "2024-03-10T10:30:00+07:00", "Lan Phương"),
    _art(104, 5809, "van-hoa-xa-hoi", "2024-03-07T16:05:00+07:00", "Hồng Nhung"),
    _art(105, 5802, "kinh-te", "2024-03-05T08:40:00+07:00", "Quốc Việt"),
    _art(106, 5796, "kinh-te", "2024-03-01T15:10:00+07:00", "Thanh Bình"),
    _art(107, 5790, "chinh-tri", "2024-02-27T09:00:00+07:00", "Đức Anh"),
]
CHROME = [
    "Tin mới nhất", "Tin liên quan", "Lượt xem:", "Tin nổi bật", "Thăm dò ý kiến",
    "Bản quyền thuộc", "Đang truy cập", "Giờ làm việc",
]  # fmt: skip

HOT = (0, 2, 4, 6)  # also ``/tin-noi-bat/<slug>-<id>.html``
NEWEST = 5  # the "Tin mới nhất" box links ``/tin-tuc/<slug>-<id>.html`` of the five newest
OLD_FORM = (3, 7)  # also ``/index.php?mod=news&act=detail&id=<id>``


def hot_url(a: Art) -> str:
    return f"/tin-noi-bat/{a.extra['slug']}.html"


def flat_url(a: Art) -> str:
    return f"/tin-tuc/{a.extra['slug']}.html"


def old_url(a: Art) -> str:
    return f"/index.php?mod=news&act=detail&id={a.extra['id']}"


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/tin-tuc/{c}.html">{esc(t)}</a></li>' for c, t in CATS.items())
    newest = "".join(f'<li><a href="{flat_url(a)}">{esc(a.title)}</a></li>' for a in ARTICLES[:NEWEST])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} | {esc(NAME)}</title><link rel="stylesheet" href="/templates/dongtien/css/main.css" /></head>
<body><div id="wrapper"><div id="banner"><a href="/"><img src="/templates/dongtien/images/banner.png" alt="{esc(NAME)}" /></a></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>{menu}
<li><a href="/tin-noi-bat.html">Tin nổi bật</a></li><li><a href="/so-do-site.html">Sơ đồ site</a></li></ul></div>
<div id="content"><div id="left">{main}</div>
<div id="right"><div class="block"><div class="block-title">Tin mới nhất</div><ul class="newest">{newest}</ul></div>
<div class="block"><div class="block-title">Thăm dò ý kiến</div><p>Bạn đánh giá thế nào về giao diện cổng thông tin?</p></div>
<div class="block"><div class="block-title">Thống kê</div><p>Đang truy cập: 14</p><p>Tổng truy cập: 356.208</p></div></div></div>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Đông Tiến, tỉnh Tân Phước.</p>
<p>Địa chỉ: 02 Lê Lợi, thị trấn Đông Tiến. Điện thoại: 0273 3851 234. Giờ làm việc: sáng 7h00 - 11h30, chiều 13h30 - 17h00.</p></div></div></body></html>"""


def _views(a: Art) -> int:
    return a.extra["id"] % 397 + 86


def render_article(a: Art) -> str:
    cat = a.extra["cat"]
    related = [x for x in ARTICLES if x is not a][:4]
    rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({dmy(x.published)})</span></li>'
                  for x in related)  # fmt: skip
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paragraphs)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc/{cat}.html">{esc(CATS[cat])}</a></div>
<div class="detail"><h1 class="title-detail">{esc(a.title)}</h1>
<div class="date-detail">{esc(a.date_line)} - Lượt xem: {_views(a)}</div>
<div class="detail-content"><p style="text-align: justify;"><strong>{esc(a.lead)}</strong></p>{body}
<p style="text-align: right;"><strong>{esc(a.signature or "")}</strong></p></div></div>
<div class="other-news"><div class="other-title">Tin liên quan</div><ul>{rel}</ul></div>"""
    return _layout(a.title, main)


def _listing(title: str, items: list[tuple[Art, str]], head: str = "") -> str:
    rows = "".join(
        f'<div class="item"><a href="{href}"><img src="/upload/news/{a.extra["id"]}.jpg" alt="" /></a>'
        f'<h2 class="item-title"><a href="{href}">{esc(a.title)}</a></h2>'
        f'<div class="item-date">{dmy(a.published)}</div><p>{esc(a.lead)}</p></div>'
        for a, href in items)  # fmt: skip
    return _layout(title, f'{head}<h1 class="cat-title">{esc(title)}</h1><div class="list-news">{rows}</div>')


def _pages() -> dict[str, str]:
    a = ARTICLES
    out = {x.path: render_article(x) for x in a}
    for i in HOT:
        out[hot_url(a[i])] = render_article(a[i])
    for x in a[:NEWEST]:
        out[flat_url(x)] = render_article(x)
    for i in OLD_FORM:
        out[old_url(a[i])] = render_article(a[i])
    slider = "".join(f'<div class="slide"><a href="{hot_url(a[i])}"><img src="/upload/slide/{a[i].extra["id"]}.jpg" alt="" />'
                     f'<span class="caption">{esc(a[i].title)}</span></a></div>' for i in HOT)  # fmt: skip
    out["/"] = _listing("Tin mới", [(x, x.path) for x in a[:6]], f'<div class="hot-slider">{slider}</div>')
    for cat, title in CATS.items():
        out[f"/tin-tuc/{cat}.html"] = _listing(title, [(x, x.path) for x in a if x.extra["cat"] == cat])
    out["/tin-noi-bat.html"] = _listing("Tin nổi bật", [(a[i], hot_url(a[i])) for i in HOT])
    links = "".join(f'<li><a href="{old_url(x) if i in OLD_FORM else x.path}">{esc(x.title)}</a></li>'
                    for i, x in enumerate(a))  # fmt: skip
    out["/so-do-site.html"] = _layout("Sơ đồ site", f'<h1 class="cat-title">Sơ đồ site</h1><ul class="sitemap">{links}</ul>')
    out["/gioi-thieu.html"] = _layout("Giới thiệu", """<h1 class="cat-title">Giới thiệu chung</h1>
<p>Huyện Đông Tiến nằm ở phía tây bắc tỉnh Tân Phước, có diện tích tự nhiên 412 km² và dân số hơn 128 nghìn người.</p>
<p>Huyện có 14 đơn vị hành chính cấp xã, gồm 13 xã và thị trấn Đông Tiến.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
