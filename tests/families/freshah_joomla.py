"""A department of agriculture on Joomla 3 served at ``https://<host>`` whose configured live
site is still ``http://www.<host>``: the menu, the category blogs and the "Các tin khác" module
write every link absolute at that old origin, while the home page's "Tin mới nhất" module (a
third-party module) links the raw ``index.php?option=com_content&view=article&id=..&catid=..
&Itemid=..`` form relatively, and the language switcher links ``?lang=vi`` (fresh-AH, round
23: the own URL linked only at another spelling of the site's origin).

Built in round 23 as a fresh family (``FRESH_AH``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles at their SEF URL ``/<menu>/<id>-<alias>.html`` (``tin-tuc``, ``thong-bao``,
  ``khuyen-nong``): the headline in ``h2.item-title`` (Joomla's ``itemprop="headline"``),
  "Ngày đăng: 05/03/2024 08:30" in the info block over ``div[itemprop=articleBody]``, the
  writer bold and right-aligned as the text's last line; the "Các tin khác" module after it,
  each link absolute (``http://www.<host>/...``) with its date. No canonical link.
- Copies: the raw ``/index.php?option=com_content&view=article&id=<id>&catid=<c>&Itemid=<m>``
  (the home page's "Tin mới nhất" module, relative links: the six newest) and
  ``<SEF URL>?lang=vi`` (the flag in every article's language switcher), the same page.
- Non-articles: the home page, the three category blogs, the introduction and contact pages.

Truth: the SEF URL at the site's own origin (the one its listings link, at the origin the
site serves).
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import TEXTS

SITE_ID = "fx-fah-joomla"
NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bảo Lâm"
BASE_URL = "https://snnptnt.baolam.gov.vn/"
HOST = BASE_URL.rstrip("/")
LIVE = "http://www.snnptnt.baolam.gov.vn"  # the live site Joomla's configuration still names
MENUS = {"tin-tuc": ("Tin tức", 8, 102), "thong-bao": ("Thông báo", 9, 103), "khuyen-nong": ("Khuyến nông", 11, 104)}


def alias(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _art(text: int, ident: int, menu: str, iso: str, author: str) -> Art:
    return Art(text, f"/{menu}/{ident}-{alias(TEXTS[text][0])}.html", iso,
               f"Ngày đăng: {dmy(iso)} {hm(iso)}", author=author, signature=author,
               extra={"id": ident, "menu": menu})  # fmt: skip


ARTICLES = [
    _art(154, 412, "tin-tuc", "2024-05-20T08:15:00+07:00", "Lê Hoàng"),
    _art(161, 409, "khuyen-nong", "2024-05-17T14:30:00+07:00", "Ngọc Lan"),
    _art(162, 405, "thong-bao", "2024-05-15T09:00:00+07:00", "Văn Hải"),
    _art(163, 401, "tin-tuc", "2024-05-13T10:40:00+07:00", "Ngọc Lan"),
    _art(168, 396, "tin-tuc", "2024-05-09T15:20:00+07:00", "Lê Hoàng"),
    _art(169, 392, "khuyen-nong", "2024-05-06T07:30:00+07:00", "Thu Trang"),
    _art(157, 388, "thong-bao", "2024-05-02T16:05:00+07:00", "Văn Hải"),
    _art(171, 383, "tin-tuc", "2024-04-26T08:50:00+07:00", "Thu Trang"),
]
CHROME = ["Các tin khác", "Liên kết website", "Thống kê truy cập", "Bản quyền thuộc"]


def raw_url(a: Art) -> str:
    _, catid, itemid = MENUS[a.extra["menu"]]
    return f"/index.php?option=com_content&view=article&id={a.extra['id']}&catid={catid}&Itemid={itemid}"


def _layout(title: str, main: str, switch: str = "") -> str:
    menu = "".join(f'<li><a href="{LIVE}/{m}.html">{esc(n)}</a></li>' for m, (n, _, _) in MENUS.items())
    return f"""<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title><link href="/templates/snn/css/template.css" rel="stylesheet" /></head>
<body class="site com_content"><div class="container"><header class="header"><a href="{LIVE}/">
<img src="{LIVE}/images/banner.jpg" alt="{esc(NAME)}" /></a><div class="lang">{switch}</div></header>
<nav><ul class="nav menu"><li><a href="{LIVE}/">Trang chủ</a></li><li><a href="{LIVE}/gioi-thieu.html">Giới thiệu</a></li>{menu}
<li><a href="{LIVE}/lien-he.html">Liên hệ</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9">{main}</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Liên kết website</h3><ul><li><a href="https://www.mard.gov.vn">Bộ Nông nghiệp và PTNT</a></li><li><a href="https://baolam.gov.vn">Cổng TTĐT tỉnh Bảo Lâm</a></li></ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><p>Đang truy cập: 37</p><p>Tổng lượt: 1.204.559</p></div></div></div>
<footer class="footer"><p>Bản quyền thuộc Sở Nông nghiệp và Phát triển nông thôn tỉnh Bảo Lâm.</p>
<p>Địa chỉ: 56 Trần Hưng Đạo, thành phố Bảo Lâm. Điện thoại: 0263 3822 416.</p></footer></div></body></html>"""


def render_article(a: Art) -> str:
    others = [x for x in ARTICLES if x.extra["menu"] == a.extra["menu"] and x is not a]
    others += [x for x in ARTICLES if x.extra["menu"] != a.extra["menu"]][:2]
    rel = "".join(f'<li><a href="{LIVE}{x.path}">{esc(x.title)}</a> <span class="small">({dmy(x.published)})</span></li>'
                  for x in others)  # fmt: skip
    body = "".join(f"<p>{esc(p)}</p>" for p in a.paragraphs)
    switch = (f'<a href="{a.path}?lang=vi"><img src="/media/mod_languages/images/vi.gif" alt="Tiếng Việt" /></a>'
              f'<a href="/en/"><img src="/media/mod_languages/images/en.gif" alt="English" /></a>')  # fmt: skip
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 class="item-title" itemprop="headline">{esc(a.title)}</h2></div>
<dl class="article-info muted"><dd class="published">{esc(a.date_line)}</dd><dd class="hits">Lượt xem: 318</dd></dl>
<div itemprop="articleBody"><p><strong>{esc(a.lead)}</strong></p>{body}
<p style="text-align: right;"><strong>{esc(a.signature or "")}</strong></p></div></div>
<div class="moduletable tin-khac"><h3>Các tin khác</h3><ul class="relateditems">{rel}</ul></div>"""
    return _layout(f"{a.title} - {NAME}", main, switch)


def _blog(items: list[Art]) -> str:
    return "".join(
        f'<div class="items-row"><div class="item"><h2 class="item-title"><a href="{LIVE}{x.path}">{esc(x.title)}</a></h2>'
        f'<dd class="published">{dmy(x.published)}</dd><p>{esc(x.lead)}</p>'
        f'<p class="readmore"><a class="btn" href="{LIVE}{x.path}">Xem tiếp ...</a></p></div></div>'
        for x in items)  # fmt: skip


def _pages() -> dict[str, str]:
    out: dict[str, str] = {}
    for x in ARTICLES:
        page = render_article(x)
        out[x.path] = out[raw_url(x)] = out[x.path + "?lang=vi"] = page
    latest = "".join(f'<li><a href="{esc(raw_url(x))}">{esc(x.title)}</a></li>' for x in ARTICLES[:6])
    home = (f'<div class="moduletable tin-moi"><h3>Tin mới nhất</h3><ul class="latestnews">{latest}</ul></div>'
            f'<div class="blog-featured">{_blog(ARTICLES[:4])}</div>')  # fmt: skip
    out["/"] = _layout(NAME, home)
    for m, (n, _, _) in MENUS.items():
        items = [x for x in ARTICLES if x.extra["menu"] == m]
        out[f"/{m}.html"] = _layout(f"{n} - {NAME}", f'<div class="blog"><h1>{esc(n)}</h1>{_blog(items)}</div>')
    out["/gioi-thieu.html"] = _layout(f"Giới thiệu - {NAME}", """<div class="item-page"><h2>Giới thiệu</h2>
<p>Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bảo Lâm.</p>
<p>Sở có 9 phòng chuyên môn và 7 đơn vị trực thuộc.</p></div>""")
    out["/lien-he.html"] = _layout(f"Liên hệ - {NAME}", """<div class="contact"><h2>Liên hệ</h2>
<p>56 Trần Hưng Đạo, thành phố Bảo Lâm.</p><p>Điện thoại: 0263 3822 416. Email: snnptnt@baolam.gov.vn</p></div>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
