"""A province's media centre on a headless CMS (a React front end, JSON-LD NewsArticle on
every article): the writers only in the structured data's ``author`` list while the page
shows no byline, an office in brackets glued to the last sentence, an office signing in
capitals, a writer's name as a ``mailto:`` link closing the text, a reprint "Theo
baochinhphu.vn" (fresh-AE, round 22: byline conventions the earlier author sets did not hold).

Built in round 22 as a fresh family (``FRESH_AE``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>-<n>.html``: ``article.detail`` with ``h1.detail-title``,
  ``div.detail-time`` "08:30 | 05/03/2024", the sapo in ``div.detail-sapo``, the text in
  ``div.detail-content``, then "Tin liên quan" with dates; "Tin mới nhất" in the side column.
- JSON-LD ``author``: a list of two ``Person`` objects (no byline shown: the writers are
  "Thu Hà, Minh Đức"); a ``Person`` and the centre as an ``Organization`` (the person); the
  centre as an ``Organization`` alone on the other articles (the publisher, never an author).
- Shown signatures: "(Sở Y tế)" glued to the last sentence; "PHÒNG VĂN HÓA VÀ THÔNG TIN"
  right-aligned in bold; ``<p style="text-align:right"><a href="mailto:...">Hoàng Yến</a>``;
  "Theo baochinhphu.vn" alone (a source: no author); an unsigned notice.
- Non-articles: the home page, a category, the introduction and the contact page.
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fae-ttttinh"
NAME = "Trung tâm Truyền thông tỉnh Hà Sơn"
ORG = {"@type": "Organization", "name": NAME, "url": "/"}


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> SArt:
    extra = {"id": ident, **dict(kw.pop("extra", {}))}  # type: ignore[call-overload]
    return SArt(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"{hm(iso)} | {dmy(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


def _person(name: str) -> dict[str, str]:
    return {"@type": "Person", "name": name}


ARTICLES = [
    _art("fc-hs-le-hoi-hoa-ban", "le-hoi-hoa-ban-2024", 20451, "2024-03-05T08:30:00+07:00", author="Thu Hà, Minh Đức",
         extra={"ld": [_person("Thu Hà"), _person("Minh Đức")]}),
    _art("fc-hs-ke-hoach-du-lich", "don-3-5-trieu-luot-khach", 20447, "2024-03-04T16:10:00+07:00", author="Lò Văn Sơn",
         extra={"ld": [_person("Lò Văn Sơn"), ORG]}),
    _art("tg-khach-du-lich-tet", "khach-du-lich-tet", 20440, "2024-03-04T09:05:00+07:00", signature="(Sở Y tế)",
         author="Sở Y tế", extra={"glue": True}),
    _art("fc-hs-bao-tang", "bao-tang-trang-phuc", 20436, "2024-03-01T14:45:00+07:00",
         signature="PHÒNG VĂN HÓA VÀ THÔNG TIN", author="PHÒNG VĂN HÓA VÀ THÔNG TIN", extra={"sig": "bold"},
         image=("/media/2024/03/bao-tang-trang-phuc.jpg", "Khách tham quan phòng trưng bày.")),
    _art("tg-tap-huan-thu-vien", "tap-huan-thu-vien", 20431, "2024-02-29T10:20:00+07:00", signature="Hoàng Yến",
         author="Hoàng Yến", extra={"sig": "mailto", "mail": "hoangyen.ttt@hason.gov.vn"}),
    _art("fd-thong-cao-thi-tuyen", "thong-cao-thi-tuyen", 20428, "2024-02-28T15:00:00+07:00",
         source_line="Theo baochinhphu.vn", source="baochinhphu.vn"),
    _art("ln-tb-dang-ky-hoi-cho", "thong-bao-hoi-cho", 20422, "2024-02-27T07:45:00+07:00"),
]  # fmt: skip
CHROME = ["Tin mới nhất", "Tin liên quan", "Liên kết website", "Bản quyền thuộc", "Lượt truy cập"]


def _ld(art: SArt) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "datePublished": art.published, "author": art.extra.get("ld", ORG), "publisher": ORG}
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


def _layout(title: str, main: str, head: str = "") -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{dmy(a.published)}</span></li>'
                     for a in ARTICLES[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head>
<body><div id="__next"><header class="site-header"><div class="container"><a class="logo" href="/"><img src="/static/logo.svg" alt="{esc(NAME)}"></a>
<nav class="main-nav"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/gioi-thieu">Giới thiệu</a><a href="/lien-he">Liên hệ</a></nav></div></header>
<main class="container"><div class="row"><div class="col-main">{main}</div>
<aside class="col-side"><section class="box"><h3 class="box-title">Tin mới nhất</h3><ul class="list-news">{latest}</ul></section>
<section class="box"><h3 class="box-title">Liên kết website</h3><ul><li><a href="https://baochinhphu.vn">Báo điện tử Chính phủ</a></li>
<li><a href="https://hason.gov.vn">Cổng thông tin điện tử tỉnh</a></li></ul></section>
<section class="box counter"><h3 class="box-title">Lượt truy cập</h3><p>Đang online: 42</p><p>Tổng: 1.204.559</p></section></aside></div></main>
<footer class="site-footer"><div class="container"><p>Bản quyền thuộc {esc(NAME)}.</p>
<p>Địa chỉ: số 8 đường Hoàng Liên, phường Cốc Lếu, thành phố Hà Sơn. Điện thoại: 0214 3820 446.</p></div></footer></div></body></html>"""


def _signature(art: SArt) -> str:
    sig = art.signature or ""
    if not sig or art.extra.get("glue"):
        return ""
    if art.extra.get("sig") == "mailto":
        return f'<p style="text-align:right"><a href="mailto:{art.extra["mail"]}">{esc(sig)}</a></p>'
    return f'<p style="text-align:right"><strong>{esc(sig)}</strong></p>'


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    paras = list(art.paragraphs)
    if art.extra.get("glue"):
        paras[-1] = f"{paras[-1]} {art.signature}"
    body = ""
    for i, p in enumerate(paras):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    body += _signature(art)
    if art.source_line:
        body += f'<p style="text-align:right"><em>{esc(art.source_line)}</em></p>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">({dmy(a.published)})</span></li>'
                      for a in ARTICLES if a is not art)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức</a></div>
<article class="detail"><h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-time">{esc(art.date_line)}</div>
<div class="detail-sapo">{esc(art.lead)}</div>
<div class="detail-content">{body}</div>
<div class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={art.path}">Chia sẻ</a> <a href="javascript:window.print()">In bài</a></div></article>
<section class="related"><h3>Tin liên quan</h3><ul>{related}</ul></section>"""
    return _layout(art.title, main, _ld(art))


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="item"><a class="thumb" href="{a.path}"><img src="/media/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{esc(a.date_line)}</span>'
                    f'<p class="sapo">{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<h2 class="page-title">{esc(title)}</h2><div class="list">{items}</div>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin nổi bật", ARTICLES[:5])
    out["/tin-tuc"] = _list("Tin tức", ARTICLES)
    out["/gioi-thieu"] = _layout("Giới thiệu", f"""<h2 class="page-title">Giới thiệu</h2>
<p>{esc(NAME)} là đơn vị sự nghiệp trực thuộc Sở Thông tin và Truyền thông, có chức năng thông tin, tuyên truyền về các sự kiện chính trị, kinh tế, văn hóa, xã hội của tỉnh.</p>
<p>Trung tâm quản lý Cổng thông tin điện tử tỉnh, hệ thống thông tin cơ sở và các trang mạng xã hội chính thức của tỉnh.</p>""")
    out["/lien-he"] = _layout("Liên hệ", f"""<h2 class="page-title">Liên hệ</h2><p>{esc(NAME)}</p>
<p>Địa chỉ: số 8 đường Hoàng Liên, phường Cốc Lếu, thành phố Hà Sơn.</p><p>Điện thoại: 0214 3820 446. Thư điện tử: ttt@hason.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
