"""A provincial department's news site on a headless CMS whose articles carry their date only
in structured data, the way many new portals do.

- Articles ``/tin-tuc/<slug>-<id>.html``: the visible page shows no date of its own, only "3
  ngày trước" (relative: never a date) and the number of views; the date is in JSON-LD (a
  ``@graph`` holding the WebPage, the Organization and the ``NewsArticle``; or a bare
  ``NewsArticle`` whose ``datePublished`` is in UTC, "...Z"), in ``<meta
  property="article:published_time">``, in microdata ``<meta itemprop="datePublished">``, or in
  a ``<time datetime>`` whose display text is another form ("Thứ Sáu, 1/3/2024").
- The header shows today's date ("Thứ Tư, 20/03/2024", the day the pages were captured); a
  "Tin mới" sidebar and a "Các tin khác" list under each article give other articles' dates.
- Home, two categories (each with a page 2 on the first), "Giới thiệu", "Liên hệ".
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-newsld"
NAME = "Sở Kế hoạch và Đầu tư tỉnh Hòa Lâm"
TODAY = "Thứ Tư, 20/03/2024"


def _art(key: str, slug: str, ident: int, iso: str, way: str, cat: str, **kw: object) -> Art:
    """``way``: where the date is (graph, utc, og, microdata, time); the page shows only
    "3 ngày trước", or the ``<time>`` element's text."""
    shown = _shown(iso) if way == "time" else AGO
    extra = {"id": ident, "cat": cat, "way": way}
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, shown, extra=extra, **kw)  # type: ignore[arg-type]


AGO = "3 ngày trước"


def _shown(iso: str) -> str:
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    d = datetime.fromisoformat(iso)
    return f"{days[d.weekday()]}, {d.day}/{d.month}/{d.year}"


ARTICLES = [
    _art("kh-xuc-tien-dau-tu", "hoi-nghi-xuc-tien-dau-tu-nong-nghiep-cong-nghe-cao", 5120,
         "2024-03-12T09:30:00+07:00", "graph", "dau-tu", signature="Minh Châu", author="Minh Châu",
         updated="2024-03-13T08:00:00+07:00"),
    _art("kh-giai-ngan-von", "day-nhanh-giai-ngan-von-dau-tu-cong-nam-2024", 5117,
         "2024-03-08T14:15:00+07:00", "utc", "dau-tu", signature="Thanh Bình", author="Thanh Bình"),
    _art("kh-dang-ky-doanh-nghiep", "hai-thang-dau-nam-186-doanh-nghiep-thanh-lap-moi", 5113,
         "2024-03-06T16:05:00+07:00", "og", "doanh-nghiep", signature="Lê Vy", author="Lê Vy"),
    _art("kh-tap-huan-dau-thau", "tap-huan-dau-thau-qua-he-thong-mang-dau-thau-quoc-gia", 5110,
         "2024-03-04T10:00:00+07:00", "microdata", "doanh-nghiep", author=None,
         source_line="Nguồn: Phòng Đấu thầu, thẩm định và giám sát đầu tư",
         source="Phòng Đấu thầu, thẩm định và giám sát đầu tư"),
    _art("kh-cap-gcn-dau-tu", "trao-giay-chung-nhan-dang-ky-dau-tu-nha-may-che-bien-go", 5108,
         "2024-03-01T08:40:00+07:00", "time", "dau-tu", signature="Hoàng Nam", author="Hoàng Nam"),
]  # fmt: skip
CATS = {"dau-tu": "Đầu tư", "doanh-nghiep": "Doanh nghiệp"}
PER_PAGE = 2
CHROME = [
    "Tin mới", "Các tin khác", "Lượt xem", "ngày trước", "Trang chủ", "Giới thiệu", "Liên hệ",
    "Chia sẻ", "Bản quyền", "Số 18 Trần Phú", "0218 3852 447", "skhdt@hoalam.gov.vn", TODAY,
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu", [
        "Sở Kế hoạch và Đầu tư là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về quy "
        "hoạch, kế hoạch phát triển kinh tế - xã hội, đầu tư công và đăng ký doanh nghiệp.",
        "Sở có 6 phòng chuyên môn và Trung tâm Xúc tiến đầu tư, hỗ trợ doanh nghiệp.",
    ]),
    "lien-he": ("Liên hệ", [
        "Địa chỉ: số 18 Trần Phú, thành phố Hòa Lâm. Bộ phận một cửa làm việc các ngày trong tuần.",
        "Doanh nghiệp cần hỗ trợ thủ tục đầu tư xin liên hệ Trung tâm Xúc tiến đầu tư của Sở.",
    ]),
}  # fmt: skip


def _ident(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _utc(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _head(art: Art) -> str:
    way, title = art.extra["way"], esc(art.title)
    if way == "graph":
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "/#org", "name": NAME},
            {"@type": "WebPage", "@id": art.path, "name": art.title},
            {"@type": "NewsArticle", "headline": art.title, "mainEntityOfPage": {"@id": art.path},
             "datePublished": art.published, "dateModified": art.updated,
             "author": {"@type": "Person", "name": art.author}, "publisher": {"@id": "/#org"}},
        ]}  # fmt: skip
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    if way == "utc":
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
                "datePublished": _utc(art.published)}  # fmt: skip
        return f'<script type="application/ld+json">[{json.dumps(data, ensure_ascii=False)}]</script>'
    if way == "og":
        return (f'<meta property="og:type" content="article"><meta property="og:title" content="{title}">'
                f'<meta property="article:published_time" content="{art.published}">')  # fmt: skip
    return f'<meta property="og:title" content="{title}">'


def _layout(title: str, main: str, head: str = "") -> str:
    latest = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><small>{hm(a.published)} {dmy(a.published)}</small></li>'
        for a in ARTICLES[:4]
    )  # fmt: skip
    menu = "".join(f'<a class="nav-link" href="/{c}">{esc(label)}</a>' for c, label in CATS.items())
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/_next/static/css/app.css">{head}</head>
<body><div id="__next"><header class="topbar"><div class="container"><span class="topbar__today">{TODAY}</span>
<a class="brand" href="/"><img src="/logo.svg" alt="logo">{esc(NAME)}</a></div>
<nav class="navbar"><a class="nav-link" href="/">Trang chủ</a>{menu}<a class="nav-link" href="/gioi-thieu">Giới thiệu</a><a class="nav-link" href="/lien-he">Liên hệ</a></nav></header>
<div class="container layout"><main class="layout__main">{main}</main>
<aside class="layout__aside"><section class="box-latest"><h3>Tin mới</h3><ul>{latest}</ul></section></aside></div>
<footer class="site-footer"><p>Bản quyền © 2024 {esc(NAME)}</p><p>Số 18 Trần Phú, thành phố Hòa Lâm - ĐT: 0218 3852 447 - skhdt@hoalam.gov.vn</p></footer></div>
<script src="/_next/static/chunks/main.js"></script></body></html>"""


def render_article(art: Art) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    tail = "".join(f'<p class="text-right"><strong>{esc(x)}</strong></p>' for x in (art.signature, art.source_line) if x)
    when = ""
    if art.extra["way"] == "time":
        when = f'<time class="detail__time" datetime="{art.published}">{esc(art.date_line)}</time>'
    elif art.extra["way"] == "microdata":
        when = f'<meta itemprop="datePublished" content="{art.published}">'
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="others__date">({dmy(a.published)})</span></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    cat = str(art.extra["cat"])
    main = f"""<nav class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{cat}">{esc(CATS[cat])}</a></nav>
<article class="detail" itemscope itemtype="https://schema.org/NewsArticle"><h1 class="detail__title" itemprop="headline">{esc(art.title)}</h1>
<div class="detail__meta">{when}<span class="detail__ago">{AGO}</span> <span class="detail__views">Lượt xem: {_ident(art) % 97 + 120}</span></div>
<div class="detail__sapo"><strong>{esc(art.lead)}</strong></div>
<div class="detail__body" itemprop="articleBody">{paras}{tail}</div>
<div class="detail__share">Chia sẻ: <a href="https://facebook.com/sharer">Facebook</a></div></article>
<section class="others"><h3>Các tin khác</h3><ul>{others}</ul></section>"""
    return _layout(art.title, main, f'<link rel="canonical" href="{art.path}">' + _head(art))


def render_list(title: str, arts: list[Art], page: int = 1, base: str = "/") -> str:
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(
        f"""<div class="card"><a href="{a.path}"><img src="/media/{_ident(a)}.jpg" alt=""></a><h3 class="card__title"><a href="{a.path}">{esc(a.title)}</a></h3>
<span class="card__date">{dmy(a.published)}</span><p class="card__sapo">{esc(a.lead[:140])}...</p></div>"""
        for a in chunk
    )  # fmt: skip
    more = f'<a class="pager" href="{base}?page={page + 1}">Xem thêm</a>' if page * PER_PAGE < len(arts) else ""
    return _layout(title, f'<h2 class="list__title">{esc(title)}</h2><div class="cards">{cards}</div>{more}')


def render_static(slug: str) -> str:
    title, paras = STATIC[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _layout(title, f'<div class="page"><h1 class="page__title">{esc(title)}</h1><div class="page__body">{body}</div></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_list("Tin tức - Sự kiện", ARTICLES)
    out["/?page=2"] = render_list("Tin tức - Sự kiện", ARTICLES, 2)
    for cat, label in CATS.items():
        arts = [a for a in ARTICLES if a.extra["cat"] == cat]
        out[f"/{cat}"] = render_list(label, arts, base=f"/{cat}")
        if len(arts) > PER_PAGE:
            out[f"/{cat}?page=2"] = render_list(label, arts, 2, f"/{cat}")
    for slug in STATIC:
        out[f"/{slug}"] = render_static(slug)
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /api/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})  # fmt: skip
