"""A province's news site rebuilt as a Next.js app: the server renders only what the client's
clock script would print ("3 giờ trước", "Thứ Tư", "07/03", "Hôm qua") and the instants live in
the data: ``__NEXT_DATA__``'s Unix times in seconds or milliseconds beside a draft's earlier
``createdAt``, an ``itemprop="datePublished"`` holding milliseconds, a ``data-epoch``
attribute, a ``<meta name="pubdate" content="20240308">``, a JSON-LD ``datePublished`` in UTC
late in the Vietnamese evening under a visible line showing only the update, a naive
"2024-03-13 23:20:00" (fresh-AI, round 23: date conventions no earlier set held, hypotheses
for a wrong day or a miss).

Built in round 23 as a fresh family (``FRESH_AI``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/03/2024"; a "Mới cập nhật" strip with relative times; the
  footer "© Cổng thông tin tỉnh Bình Lâm".
- Articles ``/tin-tuc/<slug>-<id>`` (no extension). Per article: "3 giờ trước" over
  ``"publishedAt":1709659800`` (5 March 17:30 UTC = 6 March 00:30 in Vietnam); "Thứ Tư" over
  ``<meta itemprop="datePublished" content="1709692200000">``; "07/03" over
  ``data-epoch="1709802600"``; "Hôm qua" with ``<meta name="pubdate" content="20240308">``;
  "Cập nhật: 12/03/2024 09:00" with JSON-LD ``datePublished`` "2024-03-11T16:45:00Z" (11 March
  23:45) and ``dateModified`` "2024-03-12T02:00:00Z"; "2 ngày trước" over ``"createdAt":
  1710057600000, "publishedAt":1710259500000``; "1 tuần trước" over ``"publishedAt":
  "2024-03-13 23:20:00"``.
- Not articles: the home page, the news section, the search page, "Giới thiệu".
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, paragraphs_html, site_with_files
from tests.families.freshai_common import RArt
from tests.families.texts import KEY

SITE_ID = "fx-fai-nextjs"
NAME = "Cổng thông tin điện tử tỉnh Bình Lâm"
TODAY = "Thứ Tư, 20/03/2024"


def _art(key: str, slug: str, ident: int, iso: str, form: str, line: str, **kw: object) -> RArt:
    extra = {"form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return RArt(KEY[key], f"/tin-tuc/{slug}-{ident}", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-lam-duong", "ra-quan-lam-duong-giao-thong-nong-thon", 8812, "2024-03-06T00:30:00+07:00", "next_s",
         "3 giờ trước", signature="Hà Phương", author="Hà Phương", extra={"published": 1709659800}),
    _art("tl-tiep-xuc-cu-tri", "dai-bieu-hdnd-tiep-xuc-cu-tri", 8820, "2024-03-06T09:30:00+07:00", "itemprop_ms",
         "Thứ Tư", signature="Văn Long", author="Văn Long", extra={"published": 1709692200000}),
    _art("tl-nha-dai-doan-ket", "ban-giao-nha-dai-doan-ket-cho-ho-ngheo", 8834, "2024-03-07T16:10:00+07:00", "data_epoch",
         "07/03", signature="Hà Phương", author="Hà Phương", extra={"published": 1709802600}),
    _art("tl-lo-mom-long-mong", "phong-chong-benh-lo-mom-long-mong", 8841, "2024-03-08T00:00:00+07:00", "pubdate",
         "Hôm qua", signature="Trạm Chăn nuôi và Thú y", author="Trạm Chăn nuôi và Thú y", extra={"published": "20240308"}),
    _art("tl-cau-yen-binh", "thong-xe-ky-thuat-cau-yen-binh", 8856, "2024-03-11T23:45:00+07:00", "jsonld_mod",
         "Cập nhật: 12/03/2024 09:00", signature="Văn Long", author="Văn Long",
         extra={"published": "2024-03-11T16:45:00Z", "modified": "2024-03-12T02:00:00Z"}),
    _art("tl-dang-kiem", "trung-tam-dang-kiem-lam-viec-ca-thu-bay", 8863, "2024-03-12T23:05:00+07:00", "next_ms",
         "2 ngày trước", signature="Hà Phương", author="Hà Phương",
         extra={"published": 1710259500000, "created": 1710057600000}),
    _art("tl-ben-xe-phia-nam", "ben-xe-khach-phia-nam-di-vao-hoat-dong", 8870, "2024-03-13T23:20:00+07:00", "next_naive",
         "1 tuần trước", signature="Văn Long", author="Văn Long", extra={"published": "2024-03-13 23:20:00"}),
]  # fmt: skip
CHROME = ["Mới cập nhật", "© Cổng thông tin tỉnh Bình Lâm", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
RELATIVE = {a.path: a.date_line for a in ARTICLES}


def _head(art: RArt | None, title: str) -> str:
    out = [f"<title>{esc(title)}</title>", '<meta name="viewport" content="width=device-width">']
    if art is None:
        return "".join(out)
    form, value = art.extra["form"], art.extra["published"]
    out.append(f'<meta property="og:title" content="{esc(art.title)}"><meta property="og:type" content="article">')
    if form == "pubdate":
        out.append(f'<meta name="pubdate" content="{value}">')
    if form == "jsonld_mod":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "datePublished": value, "dateModified": art.extra["modified"],
              "publisher": {"@type": "Organization", "name": NAME}}
        out.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return "".join(out)


def _next_data(art: RArt | None) -> str:
    props: dict[str, object] = {"site": {"name": NAME}}
    if art is not None:
        post: dict[str, object] = {"id": int(art.path.rsplit("-", 1)[1]), "title": art.title, "slug": art.path.rsplit("/", 1)[1],
                                   "category": {"name": "Tin tức", "slug": "tin-tuc"}, "author": art.author}
        if art.extra["form"].startswith("next"):
            if "created" in art.extra:
                post["createdAt"] = art.extra["created"]
            post["publishedAt"] = art.extra["published"]
        props["post"] = post
    data = {"props": {"pageProps": props}, "page": "/tin-tuc/[slug]" if art else "/", "buildId": "k3x9Qm2", "isFallback": False}
    return f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data, ensure_ascii=False)}</script>'


def _layout(main: str, title: str, art: RArt | None = None) -> str:
    strip = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="ago">{esc(RELATIVE[a.path])}</span></li>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{_head(art, title)}
<link rel="stylesheet" href="/_next/static/css/4f1e2a.css"></head><body><div id="__next">
<div class="Topbar_wrap__x1"><span>{TODAY}</span></div>
<header class="Header_header__a2"><a href="/"><img src="/_next/static/media/logo.svg" alt="{esc(NAME)}"></a>
<nav class="Header_nav__b3"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tim-kiem">Tìm kiếm</a></nav></header>
<div class="Layout_row__c4"><main class="Layout_main__d5">{main}</main>
<aside class="Layout_side__e6"><div class="Latest_box__f7"><h3>Mới cập nhật</h3><ul>{strip}</ul></div></aside></div>
<footer class="Footer_footer__g8">© Cổng thông tin tỉnh Bình Lâm. Cơ quan chủ quản: Văn phòng UBND tỉnh.<br>Địa chỉ: 22 Hùng Vương, TP Bình Lâm</footer>
</div>{_next_data(art)}<script src="/_next/static/chunks/main-8a1b.js" async></script></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="Post_figure__h9"><img src="{src}" alt="" loading="lazy"><figcaption>{esc(cap)}</figcaption></figure>'


def _time(art: RArt) -> str:
    form, line = art.extra["form"], esc(art.date_line)
    if form == "itemprop_ms":
        return f'<div class="Post_meta__i1"><meta itemprop="datePublished" content="{art.extra["published"]}"><span class="Post_time__j2">{line}</span></div>'
    if form == "data_epoch":
        return f'<div class="Post_meta__i1"><span class="Post_time__j2" data-epoch="{art.extra["published"]}">{line}</span></div>'
    return f'<div class="Post_meta__i1"><span class="Post_time__j2">{line}</span></div>'


def render_article(art: RArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    body += f'<p class="Post_author__k3"><strong>{esc(art.signature)}</strong></p>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span></li>' for a in NEWS if a is not art)
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if art.extra["form"] == "itemprop_ms" else ""
    main = (f'<article class="Post_post__l4"{scope}><h1 class="Post_title__m5">{esc(art.title)}</h1>{_time(art)}'
            f'<div class="Post_sapo__n6">{esc(art.lead)}</div><div class="Post_content__o7">{body}</div></article>'
            f'<section class="Related_box__p8"><h2>Tin liên quan</h2><ul>{related}</ul></section>')
    return _layout(main, f"{art.title} - {NAME}", art)


def render_section() -> str:
    rows = "".join(f'<div class="Card_card__q9"><a href="{a.path}"><h3>{esc(a.title)}</h3></a><span class="ago">{esc(RELATIVE[a.path])}</span>'
                   f'<p>{esc(a.lead[:140])}...</p></div>' for a in NEWS)
    return _layout(f'<h1 class="Section_title__r1">Tin tức</h1>{rows}', f"Tin tức - {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<section class="Home_news__s2"><h2>Tin tức - Sự kiện</h2><ul>{rows}</ul></section>', NAME)


def render_search() -> str:
    return _layout('<h1 class="Section_title__r1">Tìm kiếm</h1><form action="/tim-kiem"><input name="q" placeholder="Nhập từ khóa"><button>Tìm</button></form>'
                   '<p>Nhập từ khóa để tìm tin bài, văn bản trên Cổng thông tin.</p>', f"Tìm kiếm - {NAME}")


def render_about() -> str:
    text = ("Tỉnh Bình Lâm có 9 đơn vị hành chính cấp huyện, gồm 1 thành phố và 8 huyện, với 142 xã, phường, thị trấn.",
            "Diện tích tự nhiên 6.700 km2, dân số hơn 850.000 người thuộc 19 dân tộc anh em cùng sinh sống.")
    return _layout('<h1 class="Section_title__r1">Giới thiệu</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Giới thiệu - {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc"] = render_section()
    out["/tim-kiem"] = render_search()
    out["/gioi-thieu"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /api/\n")
