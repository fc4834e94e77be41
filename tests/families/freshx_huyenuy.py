"""A district party committee's news site on WordPress with the block editor (Gutenberg):
the signature aligned by class (``<p class="has-text-align-right">``), the post meta row
"Đăng bởi <login>" on every post, a writer credited in the lead picture's ``<figcaption>``,
staff with their unit and no dash, two writers joined by "và", and a compiler's note on the
line under the name (fresh-X, round 21: byline conventions the earlier author sets did not
hold).

Built in round 21 as a fresh family (``FRESH_X``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/<yyyy>/<mm>/<slug>/``: ``article.post`` with ``h1.entry-title``, the meta row
  ``<time datetime>`` "05/03/2024" and "Đăng bởi" ``span.author.vcard`` linking
  ``/author/bientap/`` (the editors' login, on every post: never an author), the text in
  ``div.entry-content``; then the categories, "Bài viết liên quan" with dates.
- Bylines: "PV Ban Tuyên giáo" (the staff's signature and its unit: "PV"); a picture whose
  caption ends "(Bài và ảnh: Lương Thị Hồng)" and no other credit; "Hoàng Lan và Minh Đức";
  "Minh Đức" over "(Tổng hợp)"; initials "N.T.H"; "Bài, ảnh, video: Thanh Xuân"; an unsigned
  article closing "Theo Công an tỉnh".
- Non-articles: the home page, a category, the editors' login page ``/author/bientap/``, a
  monthly archive, the "Giới thiệu" page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fx-huyenuy"
NAME = "Huyện ủy Tân Phước"


def _art(key: str, iso: str, **kw: object) -> SArt:
    extra = dict(kw.pop("extra", {}))  # type: ignore[call-overload]
    path = f"/{iso[:4]}/{iso[5:7]}/{key.split('-', 1)[1]}/"
    return SArt(KEY[key], path, iso, dmy(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tpd-dai-hoi-chi-bo", "2024-03-06T09:15:00+07:00", signature="PV Ban Tuyên giáo", author="PV"),
    _art("tpd-hoc-tap-guong", "2024-03-05T14:00:00+07:00", author="Lương Thị Hồng",
         image=("/wp-content/uploads/2024/03/hoc-tap-guong.jpg",
                "Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị sơ kết. (Bài và ảnh: Lương Thị Hồng)")),
    _art("tpd-thu-hoach-lua", "2024-03-04T07:30:00+07:00", signature="Hoàng Lan và Minh Đức", author="Hoàng Lan, Minh Đức"),
    _art("tpd-ban-dan-van", "2024-02-29T16:45:00+07:00", signature="Minh Đức", author="Minh Đức",
         extra={"after": ["(Tổng hợp)"]}),
    _art("tpd-nuoc-sach", "2024-02-27T10:05:00+07:00", signature="N.T.H", author="N.T.H",
         image=("/wp-content/uploads/2024/02/nuoc-sach.jpg", "Người dân xã Tân Thới sử dụng nước sạch. Ảnh: N.T.H")),
    _art("tpd-an-ninh", "2024-02-23T08:20:00+07:00", source_line="Theo Công an tỉnh", source="Công an tỉnh"),
    _art("tpd-van-nghe", "2024-03-03T21:10:00+07:00", signature="Bài, ảnh, video: Thanh Xuân", author="Thanh Xuân"),
]  # fmt: skip
CHROME = ["Bài viết liên quan", "Chuyên mục", "Bài viết mới", "Lưu trữ", "Theo dõi chúng tôi", "Thiết kế bởi"]


def _layout(title: str, main: str, body_class: str = "single") -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(NAME)}</title>
<meta name="generator" content="WordPress 6.4.3"><link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.min.css">
</head><body class="{body_class}"><div id="page" class="site"><header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{esc(NAME)}</a></p>
<p class="site-description">Trang thông tin điện tử Đảng bộ huyện Tân Phước</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2024/03/">Tháng Ba 2024</a></li>
<li><a href="/2024/02/">Tháng Hai 2024</a></li></ul></section>
<section class="widget"><h2 class="widget-title">Theo dõi chúng tôi</h2><p><a href="https://facebook.com/huyenuytanphuoc">Facebook</a></p></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>© 2024 {esc(NAME)}. Địa chỉ: khu phố 1, thị trấn Mỹ Phước.</p>
<p>Thiết kế bởi Trung tâm Công nghệ thông tin tỉnh.</p></div></footer></div></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += (f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" class="wp-image-{i + 100}">'
                     f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption></figure>')
    if art.signature:
        body += f'<p class="has-text-align-right"><strong>{esc(art.signature)}</strong></p>'
    for line in art.after():
        body += f'<p class="has-text-align-right"><em>{esc(line)}</em></p>'
    if art.source_line:
        body += f'<p class="has-text-align-right"><em>{esc(art.source_line)}</em></p>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="rp-date">{dmy(a.published)}</span></li>'
                      for a in ARTICLES if a is not art)
    main = f"""<article class="post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{art.published}">{esc(art.date_line)}</time></span>
<span class="byline"> Đăng bởi <span class="author vcard"><a class="url fn n" href="/author/bientap/">bientap</a></span></span></div></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/" rel="category tag">Tin tức</a></span></footer></article>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>"""
    return _layout(art.title, main, "post-template-default single single-post")


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title">'
                    f'<a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2><div class="entry-meta"><time>{esc(a.date_line)}</time>'
                    f' Đăng bởi <span class="author vcard"><a href="/author/bientap/">bientap</a></span></div></header>'
                    f'<div class="entry-summary"><p>{esc(a.lead)}</p></div></article>' for a in arts)
    return _layout(title, f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>{items}', "archive")


def _pages() -> dict[str, str]:
    news = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", news[:5])
    out["/category/tin-tuc/"] = _list("Chuyên mục: Tin tức", news)
    out["/author/bientap/"] = _list("Tác giả: bientap", news)
    out["/2024/03/"] = _list("Tháng: Tháng Ba 2024", [a for a in news if a.published.startswith("2024-03")])
    out["/gioi-thieu/"] = _layout("Giới thiệu", """<article class="page type-page"><h1 class="entry-title">Giới thiệu</h1>
<div class="entry-content"><p>Trang thông tin điện tử Huyện ủy Tân Phước do Ban Tuyên giáo Huyện ủy quản lý, đăng tải tin tức
về hoạt động của Đảng bộ, chính quyền và nhân dân trong huyện.</p><p>Điện thoại: 0273 3841 205.</p></div></article>""", "page")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
