"""A WordPress department site: /YYYY/MM/DD/slug/ permalinks, ``article:published_time`` and
JSON-LD, "Đăng bởi admin", figure captions, a widget sidebar with dates, tag and category
archives, and one article split over two pages (``?page=2``)."""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import Art, doc_page, esc, paragraphs_html, site_with_discovery

SITE_ID = "fx-wordpress"
NAME = "Hội Liên hiệp Phụ nữ tỉnh Hòa Sơn"

ARTICLES = [
    Art(6, "/2023/03/01/hoi-thi-tim-hieu-phap-luat/", "2023-03-01T09:00:00+07:00",
        "2023-03-01T09:00:00+07:00", byline="admin", author="Thanh Thủy",
        signature="Thanh Thủy – Ban Tuyên giáo Hội.", split=True),
    Art(2, "/2023/03/02/tuoi-tre-ra-quan/", "2023-03-02T15:20:00+07:00",
        "2023-03-02T15:20:00+07:00", byline="admin", author="Minh Đức", signature="Minh Đức",
        image=("/wp-content/uploads/2023/03/ra-quan.jpg", "Đoàn viên ra quân tu sửa đường.")),
    Art(3, "/2023/03/03/ke-hoach-tuyen-sinh/", "2023-03-03T08:30:00+07:00",
        "2023-03-03T08:30:00+07:00", byline="admin", author="BBT", signature="BBT",
        attachment=("/wp-content/uploads/2023/03/chi-tieu-tuyen-sinh.xls", "Chỉ tiêu tuyển sinh (XLS)")),
    Art(1, "/2023/03/06/khoi-cong-cau-treo/", "2023-03-06T10:10:00+07:00",
        "2023-03-06T10:10:00+07:00", byline="admin", author=None,
        source_line="Nguồn: Báo Hòa Sơn", source="Báo Hòa Sơn"),
    Art(0, "/2023/03/07/chuyen-doi-so/", "2023-03-07T13:00:00+07:00",
        "2023-03-07T13:00:00+07:00", byline="Hải Yến", author="Hải Yến",
        image=("/wp-content/uploads/2023/03/hoi-nghi.jpg", "Các đại biểu dự hội nghị.")),
    Art(5, "/2023/03/08/phong-chong-chay-rung/", "2023-03-08T17:25:00+07:00",
        "2023-03-08T17:25:00+07:00", byline="admin", author="Văn Long",
        signature="Văn Long (Chi cục Kiểm lâm)"),
]  # fmt: skip
CHROME = [
    "Bài viết mới", "Lưu trữ", "Chuyên mục", "Đăng bởi", "admin", "Để lại bình luận",
    "Bình luận", "Thẻ:", "Liên kết website", "Điện thoại: 0214 3822 456", "hlphu@hoason.gov.vn",
    "Địa chỉ: 15 đường Ngô Quyền", "Đang online", "Trang 1", "Trang 2",
]  # fmt: skip
NON_ARTICLES = [
    "/", "/category/tin-tuc/", "/category/tin-tuc/page/2/", "/tag/phap-luat/",
    "/2023/03/09/bai-nhap/",
]


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _layout(title: str, main: str, head: str = "") -> str:
    recent = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">{_dmy(a.published)}</span></li>'
        for a in ARTICLES[::-1][:5]
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(NAME)}</title>
<meta property="og:site_name" content="{esc(NAME)}">{head}
<meta name="generator" content="WordPress 6.2"></head>
<body class="wp-site"><div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">{esc(NAME)}</a></p>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-tuc/">Tin tức</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2023/03/">Tháng Ba 2023</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Liên kết website</h2><p>Trung ương Hội LHPN Việt Nam</p></section>
<section class="widget"><p>Đang online: 12</p></section></aside></div>
<footer id="colophon" class="site-footer"><p>Địa chỉ: 15 đường Ngô Quyền, thành phố Hòa Sơn</p>
<p>Điện thoại: 0214 3822 456 | Email: hlphu@hoason.gov.vn</p></footer></div></body></html>"""


def _p(html: str) -> str:
    return f"<p>{html}</p>"


def _image(src: str, caption: str) -> str:
    return (
        f'<figure class="wp-block-image size-large"><img src="{src}" alt="" width="1024" '
        f'height="683"><figcaption>{esc(caption)}</figcaption></figure>'
    )


def _head(art: Art) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "datePublished": art.date_line, "author": {"@type": "Person", "name": art.byline}}  # fmt: skip
    return (
        f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art.title)}">'
        f'<meta property="article:published_time" content="{art.date_line}">'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    )


def render_article(art: Art, part: int = 0) -> str:
    blocks = [f"<p><strong>{esc(art.lead)}</strong></p>", *paragraphs_html(art, _p, _image)]
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p class="has-text-align-right"><strong>{esc(line)}</strong></p>')
    pager = ""
    if art.split:  # two pages: the first three blocks, then the rest
        cut = 3
        blocks = blocks[:cut] if part == 1 else blocks[cut:]
        pager = (
            f'<div class="page-links">Trang: <a href="{art.path}">1</a> '
            f'<a href="{art.path}?page=2">2</a></div>'
        )
    main = f"""<article class="post type-post status-publish hentry">
<header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{art.date_line}">{_dmy(art.published)}</time></span>
<span class="byline"> Đăng bởi <span class="author vcard"><a href="/author/{esc(art.byline or "")}/">{esc(art.byline or "")}</a></span></span></div></header>
<div class="entry-content">{"".join(blocks)}{pager}</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/">Tin tức</a></span>
<span class="tags-links">Thẻ: <a href="/tag/phap-luat/">pháp luật</a></span>
<span class="comments-link"><a href="#respond">Để lại bình luận</a></span></footer></article>"""
    return _layout(art.title, main, _head(art))


def _archive(title: str, arts: list[Art], more: str = "") -> str:
    items = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
        f'<div class="entry-summary"><p>{esc(a.lead[:100])}…</p></div></article>'
        for a in arts
    )
    return _layout(title, f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>{items}{more}')


def build_site() -> Site:
    pages: dict[str, Page] = {}
    for art in ARTICLES:
        if art.split:
            pages[art.path] = Page.html(render_article(art, part=1))
            pages[art.path + "?page=2"] = Page.html(render_article(art, part=2))
        else:
            pages[art.path] = Page.html(render_article(art))
    nav = '<nav class="pagination"><a href="/category/tin-tuc/page/2/">Trang 2</a></nav>'
    pages["/"] = Page.html(_archive("Trang chủ", ARTICLES[:4], nav))
    pages["/category/tin-tuc/"] = Page.html(_archive("Tin tức", ARTICLES[:4], nav))
    pages["/category/tin-tuc/page/2/"] = Page.html(
        _archive("Tin tức", ARTICLES[4:], '<a href="/tag/phap-luat/">pháp luật</a> <a href="/2023/03/09/bai-nhap/">Bài nháp</a>')
    )
    pages["/tag/phap-luat/"] = Page.html(_archive("Thẻ: pháp luật", ARTICLES[:1]))
    # a soft 404 in the theme's own words
    pages["/2023/03/09/bai-nhap/"] = Page.html(
        _layout("Không tìm thấy trang", '<h1 class="page-title">Rất tiếc! Không tìm thấy trang này.</h1><p>Có vẻ như không có gì ở đây.</p>')
    )
    pages["/wp-content/uploads/2023/03/chi-tieu-tuyen-sinh.xls"] = doc_page("xls")
    return site_with_discovery(pages, [a.path for a in ARTICLES])
