"""A province department of justice on a .NET CMS whose routes serve an article by its number
with or without its slug, in any letter case, under a language prefix and as an AMP page, and
whose every page names the URL it was requested at as canonical (fresh-AC, round 22: copies
whose URL has the article template's shape too).

Built in round 22 as a fresh family (``FRESH_AC``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<id>/<slug>`` (no extension; the URL the "Tin tức - Sự kiện" listing, the
  "Phổ biến pháp luật" listing, the home page's list and every "Các tin khác" list link): the
  headline in ``div.article-head h2``, "Cập nhật: 08:30 | 05/03/2024" over the text in
  ``div.article-body``, "Tác giả: <name>" in a ``p.author`` after the text. Every page writes
  the requested URL as ``<link rel="canonical">`` and ``og:url``.
- Copies in the article's own template: every article also at ``/tin-tuc/<id>`` (the number
  alone: the home page's slider and the "Xem nhiều" box on every page link that form, a shorter
  URL of the same route); two at ``/Tin-Tuc/<id>/<Slug-In-Capitals>`` (the monthly newsletter
  page links them so); two at ``/vi/tin-tuc/<id>/<slug>`` (the language bar of the article page
  links the page under ``/vi/``); two at ``/tin-tuc/<id>/<slug>/amp`` (named by
  ``<link rel="amphtml">`` only).
- Non-articles: the home page, two listings, the newsletter page, the contact page.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fac-sotp"
NAME = "Sở Tư pháp tỉnh Bình Xuyên"
BASE_URL = "https://stp.binhxuyen.gov.vn/"
HOST = BASE_URL.rstrip("/")


def slug(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, menu: str, iso: str, author: str) -> Art:
    s = slug(TEXTS[text][0])
    # the page shows only "Cập nhật:": the update date, published with its basis (common.Art)
    return Art(text, f"/tin-tuc/{ident}/{s}", iso, f"Cập nhật: {hm(iso)} | {dmy(iso)}", author=author, updated=iso,
               extra={"id": ident, "menu": menu, "slug": s, "date_basis": "updated"})  # fmt: skip


ARTICLES = [
    _art(108, 20417, "tin-tuc-su-kien", "2024-04-22T08:30:00+07:00", "Nguyễn Thị Hạnh"),
    _art(109, 20409, "pho-bien-phap-luat", "2024-04-19T10:15:00+07:00", "Trần Văn Lộc"),
    _art(110, 20398, "tin-tuc-su-kien", "2024-04-16T15:00:00+07:00", "Lê Minh Khang"),
    _art(111, 20391, "tin-tuc-su-kien", "2024-04-12T09:45:00+07:00", "Phạm Thu Trang"),
    _art(112, 20385, "pho-bien-phap-luat", "2024-04-10T14:30:00+07:00", "Võ Hoàng Nam"),
    _art(113, 20377, "tin-tuc-su-kien", "2024-04-05T07:50:00+07:00", "Đặng Thị Mai"),
    _art(114, 20370, "pho-bien-phap-luat", "2024-04-02T16:20:00+07:00", "Huỳnh Quốc Bảo"),
]
CHROME = [
    "Xem nhiều", "Các tin khác", "Lượt xem", "Tiếng Việt", "English", "Bản tin tháng",
    "Cơ quan chủ quản", "Trưởng ban biên tập",
]  # fmt: skip
MENUS = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "pho-bien-phap-luat": "Phổ biến pháp luật"}

CAPS = (1, 4)  # the newsletter links ``/Tin-Tuc/<id>/<Slug-In-Capitals>``
LANG = (2, 5)  # served under ``/vi/`` (the article page's language bar links it)
AMP = (3, 6)  # served at ``.../amp`` (``<link rel="amphtml">`` only)
MOST_READ = (0, 3, 5)  # the "Xem nhiều" box


def short_url(a: Art) -> str:
    return f"/tin-tuc/{a.extra['id']}"


def caps_url(a: Art) -> str:
    return f"/Tin-Tuc/{a.extra['id']}/" + "-".join(w.capitalize() for w in a.extra["slug"].split("-"))


def _layout(title: str, main: str, url: str, lang: bool = False, amp: str | None = None) -> str:
    menu = "".join(f'<li><a href="/{m}">{esc(t)}</a></li>' for m, t in MENUS.items())
    most = "".join(f'<li><a href="{short_url(ARTICLES[i])}">{esc(ARTICLES[i].title)}</a></li>' for i in MOST_READ)
    bar = (f'<div class="lang-bar"><a href="/vi{url}">Tiếng Việt</a> | <a href="/en">English</a></div>' if lang
           else '<div class="lang-bar"><a href="/">Tiếng Việt</a> | <a href="/en">English</a></div>')  # fmt: skip
    amphtml = f'<link rel="amphtml" href="{HOST}{amp}" />' if amp else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(title)}</title>
<link rel="canonical" href="{HOST}{esc(url)}" /><meta property="og:url" content="{HOST}{esc(url)}" />{amphtml}
<link href="/Content/site.css" rel="stylesheet" /></head>
<body><form method="post" action="{esc(url)}" id="form1"><div class="header">{bar}
<a href="/" class="logo"><img src="/Content/images/logo.png" alt="{esc(NAME)}" /></a></div>
<div class="navbar"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/ban-tin">Bản tin tháng</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="row"><div class="col-main">{main}</div>
<div class="col-side"><div class="panel"><div class="panel-heading">Xem nhiều</div><ul>{most}</ul></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: Sở Tư pháp tỉnh Bình Xuyên. Trưởng ban biên tập: Giám đốc Sở Tư pháp.</p>
<p>Địa chỉ: 45 Hùng Vương, thành phố Bình Xuyên. Điện thoại: 0276 3822 519.</p></div></form></body></html>"""


def _body(a: Art) -> str:
    return (f'<div class="article-sapo">{esc(a.lead)}</div><div class="article-body">'
            + "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs) + "</div>")  # fmt: skip


def render_article(a: Art, url: str | None = None) -> str:
    url = url or a.path
    others = [x for x in ARTICLES if x is not a][:5]
    rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <i>({dmy(x.published)})</i></li>' for x in others)
    main = f"""<div class="breadcrumbs"><a href="/">Trang chủ</a> &gt; <a href="/{a.extra["menu"]}">{esc(MENUS[a.extra["menu"]])}</a></div>
<div class="article"><div class="article-head"><h2>{esc(a.title)}</h2>
<div class="article-info">{esc(a.date_line)} <span class="views">Lượt xem: {a.extra["id"] % 251 + 63}</span></div></div>
{_body(a)}<p class="author">Tác giả: {esc(a.author or "")}</p></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{rel}</ul></div>"""
    amp = a.path + "/amp" if ARTICLES.index(a) in AMP else None
    return _layout(a.title, main, url, lang=True, amp=amp)


def render_amp(a: Art) -> str:
    return f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8" /><title>{esc(a.title)}</title>
<link rel="canonical" href="{HOST}{a.path}/amp" /><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header><a href="/">{esc(NAME)}</a></header><article><h2>{esc(a.title)}</h2><div class="article-info">{esc(a.date_line)}</div>
{_body(a)}<p class="author">Tác giả: {esc(a.author or "")}</p></article><footer>Cơ quan chủ quản: Sở Tư pháp tỉnh Bình Xuyên.</footer></body></html>"""


def _listing(title: str, items: list[tuple[Art, str]], url: str, head: str = "") -> str:
    rows = "".join(
        f'<div class="news-row"><a href="{href}"><img src="/Uploads/tintuc/{a.extra["id"]}.jpg" alt="" /></a>'
        f'<h3><a href="{href}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span><p>{esc(a.lead)}</p></div>'
        for a, href in items)  # fmt: skip
    return _layout(title, f'{head}<h1 class="page-title">{esc(title)}</h1>{rows}', url)


def _pages() -> dict[str, str]:
    a = ARTICLES
    out = {x.path: render_article(x) for x in a}
    for x in a:
        out[short_url(x)] = render_article(x, short_url(x))
    for i in CAPS:
        out[caps_url(a[i])] = render_article(a[i], caps_url(a[i]))
    for i in LANG:
        out["/vi" + a[i].path] = render_article(a[i], "/vi" + a[i].path)
    for i in AMP:
        out[a[i].path + "/amp"] = render_amp(a[i])
    slider = "".join(f'<a class="slide" href="{short_url(x)}"><img src="/Uploads/slide/{x.extra["id"]}.jpg" alt="{esc(x.title)}" /></a>'
                     for x in a[:4])  # fmt: skip
    out["/"] = _listing("Tin mới", [(x, x.path) for x in a[:6]], "/", f'<div class="slider">{slider}</div>')
    for m, t in MENUS.items():
        out[f"/{m}"] = _listing(t, [(x, x.path) for x in a if x.extra["menu"] == m], f"/{m}")
    letter = "".join(f'<li><a href="{caps_url(x) if i in CAPS else x.path}">{esc(x.title)}</a></li>' for i, x in enumerate(a))
    out["/ban-tin"] = _layout("Bản tin tháng 4/2024", f'<h1 class="page-title">Bản tin tháng 4/2024</h1><ol class="letter">{letter}</ol>',
                              "/ban-tin")  # fmt: skip
    out["/lien-he"] = _layout("Liên hệ", """<h1 class="page-title">Liên hệ</h1>
<p>Sở Tư pháp tỉnh Bình Xuyên, 45 Hùng Vương, thành phố Bình Xuyên.</p><p>Thư điện tử: stp@binhxuyen.gov.vn</p>""", "/lien-he")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
