"""A province portal on Liferay 7 whose every article is served both where its asset publisher
shows it and at its display page ``/w/<slug>``, one theme for both, each page naming the URL it
was requested at as canonical (fresh-AC, round 22: a copy of every article, with the article
template's shape, in a site whose listings show ten articles and more).

Built in round 22, after the first look of the three families before it, as a fourth fresh
family (``FRESH_AC``): its truth written by hand before any extraction ran on it, scored once
held out before any change.

- Articles ``/tin-tuc/-/asset_publisher/Kp3qRsTu/content/<slug>`` (the URL the home page's "Tin
  mới" list, the "Tin tức" listing and every "Tin khác" list link): the headline in
  ``h1.asset-title``, "Ngày xuất bản: 05/03/2024 08:30" over the text in
  ``div.journal-content-article``, the writer bold and right-aligned as the text's last line.
- Copies: every article also at its display page ``/w/<slug>`` (Liferay's own address for a web
  content with a display page: the site's search results link it, nothing else), the same
  theme, the same text and lists.
- Non-articles: the home page, the "Tin tức" listing (all twelve articles on one page), the
  search results page, the introduction and contact pages.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fac-liferay"
NAME = "Cổng thông tin điện tử tỉnh Nam Bình"
BASE_URL = "https://nambinh.gov.vn/"
HOST = BASE_URL.rstrip("/")
PUBLISHER = "/tin-tuc/-/asset_publisher/Kp3qRsTu/content/"


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, iso: str, author: str) -> Art:
    s = slug(TEXTS[text][0])
    return Art(text, PUBLISHER + s, iso, f"Ngày xuất bản: {dmy(iso)} {hm(iso)}", author=author,
               signature=author, extra={"slug": s})  # fmt: skip


ARTICLES = [
    _art(125, "2024-03-22T16:10:00+07:00", "Hải Đăng"),
    _art(127, "2024-03-21T09:30:00+07:00", "Minh Quân"),
    _art(128, "2024-03-20T14:45:00+07:00", "Thu Trang"),
    _art(130, "2024-03-18T08:20:00+07:00", "Hải Đăng"),
    _art(126, "2024-03-15T10:05:00+07:00", "Kim Oanh"),
    _art(129, "2024-03-14T15:30:00+07:00", "Văn Thắng"),
    _art(131, "2024-03-12T07:50:00+07:00", "Minh Quân"),
    _art(132, "2024-03-10T11:15:00+07:00", "Thu Trang"),
    _art(133, "2024-03-08T09:40:00+07:00", "Kim Oanh"),
    _art(134, "2024-03-05T06:55:00+07:00", "Văn Thắng"),
    _art(135, "2024-03-01T14:00:00+07:00", "Hải Đăng"),
    _art(124, "2024-02-28T08:35:00+07:00", "Kim Oanh"),
]
CHROME = [
    "Tin khác", "Liên kết website", "Số lượt truy cập", "Cơ quan chủ quản", "Giấy phép số",
    "Tìm kiếm", "Sơ đồ cổng",
]  # fmt: skip
FOUND = (1, 4, 9)  # the search results link these at ``/w/<slug>``
QUERY = "/tim-kiem?q=nam+binh"


def page_url(a: Art) -> str:
    return f"/w/{a.extra['slug']}"


def _layout(title: str, main: str, url: str) -> str:
    return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><meta charset="utf-8" />
<title>{esc(title)} - {esc(NAME)}</title><link rel="canonical" href="{HOST}{esc(url)}" />
<link href="/o/nambinh-theme/css/main.css" rel="stylesheet" /></head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div id="wrapper"><header id="banner"><a class="logo" href="/"><img src="/o/nambinh-theme/images/logo.png" alt="{esc(NAME)}" /></a>
<form action="/tim-kiem" class="search"><input name="q" type="text" /><button type="submit">Tìm kiếm</button></form></header>
<nav id="navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/lien-he">Liên hệ</a></li><li><a href="/so-do-cong">Sơ đồ cổng</a></li></ul></nav>
<section id="content"><div class="columns-2-1"><div class="portlet-column col-md-8">{main}</div>
<div class="portlet-column col-md-4"><div class="portlet"><div class="portlet-title">Liên kết website</div>
<select><option>Chính phủ</option><option>Các bộ, ngành</option></select></div>
<div class="portlet"><div class="portlet-title">Số lượt truy cập</div><p>4.812.337</p></div></div></div></section>
<footer id="footer"><p>Cơ quan chủ quản: Văn phòng Ủy ban nhân dân tỉnh Nam Bình.</p>
<p>Giấy phép số 12/GP-TTĐT ngày 10/02/2021. Địa chỉ: 01 Trần Hưng Đạo, thành phố Nam Bình.</p></footer></div></body></html>"""


def render_article(a: Art, url: str) -> str:
    i = ARTICLES.index(a)
    others = [x for x in ARTICLES[i + 1 :] + ARTICLES[:i]][:5]
    rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({dmy(x.published)})</span></li>' for x in others)
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paragraphs)
    main = f"""<div class="portlet-boundary portlet-asset-publisher"><div class="asset-full-content">
<h1 class="asset-title">{esc(a.title)}</h1><div class="asset-metadata"><span class="date">{esc(a.date_line)}</span></div>
<div class="journal-content-article"><p style="text-align: justify;"><strong>{esc(a.lead)}</strong></p>{body}
<p style="text-align: right;"><strong>{esc(a.signature or "")}</strong></p></div></div>
<div class="other-news"><div class="portlet-title">Tin khác</div><ul>{rel}</ul></div></div>"""
    return _layout(a.title, main, url)


def _rows(items: list[tuple[Art, str]]) -> str:
    return "".join(
        f'<div class="news-item"><a href="{href}"><img src="/documents/20182/news/{slug(a.title)[:24]}.jpg" alt="" /></a>'
        f'<h3 class="title"><a href="{href}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
        f'<p class="summary">{esc(a.lead)}</p></div>'
        for a, href in items)  # fmt: skip


def _pages() -> dict[str, str]:
    a = ARTICLES
    out = {}
    for x in a:
        out[x.path] = render_article(x, x.path)
        out[page_url(x)] = render_article(x, page_url(x))
    out["/"] = _layout("Trang chủ", f'<div class="portlet-title">Tin mới</div>{_rows([(x, x.path) for x in a[:10]])}', "/")
    out["/tin-tuc"] = _layout("Tin tức", f'<h1 class="portlet-title">Tin tức</h1>{_rows([(x, x.path) for x in a])}', "/tin-tuc")
    found = _rows([(a[i], page_url(a[i])) for i in FOUND])
    out[QUERY] = _layout("Tìm kiếm", f'<h1 class="portlet-title">Kết quả tìm kiếm: "nam bình"</h1>{found}', QUERY)
    out["/gioi-thieu"] = _layout("Giới thiệu", """<h1 class="portlet-title">Giới thiệu chung</h1>
<p>Tỉnh Nam Bình có diện tích tự nhiên 2.468 km², dân số hơn 1,1 triệu người, gồm 9 đơn vị hành chính cấp huyện.</p>
<p>Tỉnh lỵ là thành phố Nam Bình, cách Thủ đô Hà Nội khoảng 95 km về phía nam.</p>""", "/gioi-thieu")
    out["/lien-he"] = _layout("Liên hệ", """<h1 class="portlet-title">Liên hệ</h1>
<p>Văn phòng Ủy ban nhân dân tỉnh Nam Bình, 01 Trần Hưng Đạo, thành phố Nam Bình.</p><p>Điện thoại: 0228 3842 091.</p>""", "/lien-he")
    links = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in a)
    out["/so-do-cong"] = _layout("Sơ đồ cổng", f'<h1 class="portlet-title">Sơ đồ cổng</h1><ul class="sitemap">{links}</ul>', "/so-do-cong")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
