"""A district's WordPress news site (a SEO plugin's JSON-LD, the theme's ``<time>``) whose
machine-readable dates are all in UTC, while the page shows local days and times: a post made
in the early morning in Vietnam carries the previous day in every ISO value (fresh-R, round
20: dates missed or read on the wrong day).

Built in round 20 as a fresh family (``FRESH_R``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/03/2024"; the side column "Bài mới" (days only) and an
  archive "Tháng Ba 2024 (7)".
- Posts ``/<slug>/`` (no date in the address); images under ``/wp-content/uploads/2024/02/``.
  Per post: ``<time class="entry-date" datetime="2024-03-04T18:30:00+00:00">05/03/2024 01:30
  </time>``; JSON-LD ``datePublished`` "2024-03-05T17:45:00Z" under "Thứ Tư, 06/03/2024" (the
  time only there); "2 tuần trước" over ``datetime="2024-03-07T19:20:00Z"`` (8 March 02:20);
  "Thứ Sáu, ngày 8 tháng Ba năm 2024" with ``article:published_time`` "2024-03-07T22:00:00+00:00";
  "09/03/24 - 07:30" (two-digit year) over "2024-03-09T00:30:00Z"; a post showing no date,
  ``article:published_time`` "2024-03-10T17:05:00.000Z" (11 March 00:05); "T2, 11/03 |
  23:40" (no year shown) over "2024-03-11T16:40:00Z". ``article:modified_time`` later, in UTC,
  on some.
- Not articles: the home page, the category, a tag page, "Liên hệ".
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, paragraphs_html, site_with_files
from tests.families.freshr_common import RArt, weekday
from tests.families.texts import KEY

SITE_ID = "fx-fr-utc"
NAME = "Trang thông tin điện tử huyện Nậm Khê"
TODAY = "Thứ Tư, 20/03/2024"


def _art(key: str, slug: str, iso: str, utc: str, form: str, line: str, **kw: object) -> RArt:
    extra = {"form": form, "utc": utc, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return RArt(KEY[key], f"/{slug}/", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-giam-ngheo", "giao-ban-cong-tac-giam-ngheo-quy-i", "2024-03-05T01:30:00+07:00", "2024-03-04T18:30:00+00:00",
         "time", "05/03/2024 01:30", signature="Lò Văn Hùng", author="Lò Văn Hùng",
         extra={"modified": "2024-03-05T02:10:00+00:00"}),
    _art("ml-cho-phien", "cho-phien-diem-hen-cuoi-tuan", "2024-03-06T00:45:00+07:00", "2024-03-05T17:45:00Z",
         "jsonld", f"{weekday('2024-03-06')}, 06/03/2024", signature="Thu Trang", author="Thu Trang",
         image=("/wp-content/uploads/2024/02/cho-phien-pa-hoc.jpg", "Du khách chọn mua thổ cẩm tại chợ phiên.")),
    _art("tp-tro-giup-phap-ly", "tro-giup-phap-ly-luu-dong", "2024-03-08T02:20:00+07:00", "2024-03-07T19:20:00Z",
         "relative", "2 tuần trước", signature="Phòng Tư pháp", author="Phòng Tư pháp"),
    _art("fd-quan-trac-nuoc", "lap-dat-tram-quan-trac-nuoc-mat", "2024-03-08T05:00:00+07:00", "2024-03-07T22:00:00+00:00",
         "words", "Thứ Sáu, ngày 8 tháng Ba năm 2024", extra={"modified": "2024-03-09T01:00:00+00:00"}),
    _art("sh-duong-lien-xa", "khanh-thanh-duong-lien-xa", "2024-03-09T07:30:00+07:00", "2024-03-09T00:30:00Z",
         "short_year", "09/03/24 - 07:30", signature="Thu Trang", author="Thu Trang",
         image=("/wp-content/uploads/2024/02/duong-lien-xa.jpg", "Tuyến đường mới được thông xe.")),
    _art("pl-giai-bong-chuyen", "be-mac-giai-bong-chuyen-hoi", "2024-03-11T00:05:00+07:00", "2024-03-10T17:05:00.000Z",
         "none", ""),
    _art("nx-hoi-thi-van-nghe", "hoi-thi-van-nghe-quan-chung", "2024-03-11T23:40:00+07:00", "2024-03-11T16:40:00Z",
         "no_year", f"{weekday('2024-03-11', short=True)}, 11/03 | 23:40", signature="Lò Văn Hùng", author="Lò Văn Hùng"),
]  # fmt: skip
CHROME = ["Bài mới", "Lưu trữ", "Bình luận", "Chia sẻ", "Bản quyền", "Tháng Ba 2024", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _head(art: RArt | None, title: str) -> str:
    out = f"<title>{esc(title)} - {esc(NAME)}</title>"
    if art is None:
        return out
    x = art.extra
    out += f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art.title)}">'
    if x["form"] in ("words", "none", "short_year", "no_year"):
        out += f'<meta property="article:published_time" content="{x["utc"]}">'
    if x.get("modified"):
        out += f'<meta property="article:modified_time" content="{x["modified"]}">'
    if x["form"] == "jsonld":
        ld = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebPage", "@id": f"https://namkhe.example{art.path}", "name": art.title},
            {"@type": "Article", "headline": art.title, "datePublished": x["utc"], "dateModified": x["utc"],
             "author": {"@type": "Person", "name": "admin"}}]}
        out += f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>'
    return out


def _layout(main: str, title: str, art: RArt | None = None) -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">{dmy(a.published)}</span></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8">{_head(art, title)}
<link rel="stylesheet" href="/wp-content/themes/namkhe/style.css"></head><body class="single">
<div class="topbar"><span class="today">{TODAY}</span></div>
<header id="masthead"><a href="/" class="site-title">{esc(NAME)}</a>
<nav class="main-navigation"><a href="/">Trang chủ</a> <a href="/chuyen-muc/tin-tuc/">Tin tức</a> <a href="/lien-he/">Liên hệ</a></nav></header>
<div id="content"><main id="main">{main}</main>
<aside id="secondary"><section class="widget"><h2 class="widget-title">Bài mới</h2><ul>{recent}</ul></section>
<section class="widget"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2024/03/">Tháng Ba 2024</a> (7)</li><li><a href="/2024/02/">Tháng Hai 2024</a> (11)</li></ul></section></aside></div>
<footer id="colophon"><p>Bản quyền © 2024 {esc(NAME)}. Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện.</p></footer>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="wp-block-image size-large"><img src="{src}" alt="" class="wp-image-812"><figcaption>{esc(cap)}</figcaption></figure>'


def _date_html(art: RArt) -> str:
    form, utc, line = art.extra["form"], art.extra["utc"], esc(art.date_line)
    if form in ("time", "relative", "short_year", "no_year"):
        return f'<span class="posted-on"><time class="entry-date published" datetime="{utc}">{line}</time></span>'
    if form in ("jsonld", "words"):
        return f'<span class="posted-on">{line}</span>'
    return ""


def render_article(art: RArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p class="has-text-align-right"><strong>{esc(art.signature)}</strong></p>'
    main = (f'<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>'
            f'<div class="entry-meta">{_date_html(art)}</div></header>'
            f'<div class="entry-content"><p><strong>{esc(art.lead)}</strong></p>{body}</div>'
            '<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/chuyen-muc/tin-tuc/">Tin tức</a></span>'
            ' <span class="tags-links">Thẻ: <a href="/tag/nam-khe/">Nậm Khê</a></span></footer>'
            '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>'
            '<div id="comments"><h3>Bình luận</h3><p>Chưa có bình luận nào.</p></div>')
    return _layout(main, art.title, art)


def _rows() -> str:
    return "".join(f'<article class="post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                   f'<span class="post-date">{dmy(a.published)}</span><p>{esc(a.lead[:150])}...</p></article>' for a in NEWS)


def render_listing() -> str:
    return _layout(f'<h1 class="page-title">Chuyên mục: Tin tức</h1>{_rows()}', "Tin tức")


def render_tag() -> str:
    return _layout(f'<h1 class="page-title">Thẻ: Nậm Khê</h1>{_rows()}', "Nậm Khê")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<section class="home"><h2>Tin mới nhất</h2><ul>{rows}</ul></section>', NAME)


def render_contact() -> str:
    return _layout('<article class="page"><h1 class="entry-title">Liên hệ</h1><div class="entry-content">'
                   "<p>Văn phòng HĐND và UBND huyện Nậm Khê, thị trấn Nậm Khê, tỉnh Hòa Lĩnh.</p>"
                   "<p>Điện thoại: 0214 3870 112. Email: vanphong@namkhe.gov.vn</p></div></article>", "Liên hệ")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/chuyen-muc/tin-tuc/"] = render_listing()
    out["/tag/nam-khe/"] = render_tag()
    out["/lien-he/"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\n")
