"""A department's WordPress site whose ``div.entry-content`` ends with a "Chủ đề:" row of
topic links and the theme's pointers to the previous and the next post with their titles
("« Bài trước: <a>title</a>", "Bài tiếp theo: <a>title</a> »"), inside the text's own
element and changing from page to page (fresh-AK, round 23: per-page chrome inside the body
container, which no earlier chrome set held).

- Articles ``/<yyyy>/<mm>/<slug>/``: ``article.post`` holds ``h1.entry-title``,
  ``div.entry-meta`` "Đăng ngày: dd/mm/yyyy" and ``div.entry-content``, whose children are
  the sapo in bold, the paragraphs with ``<figure>`` pictures and ``<figcaption>`` captions,
  the signature, ``p.post-topics`` "Chủ đề: <a>Khởi nghiệp</a>, <a>Đổi mới sáng tạo</a>" (the
  post's own topics), then ``p.nav-previous`` "« Bài trước: <a>the older post's title</a>" and
  ``p.nav-next`` "Bài tiếp theo: <a>the newer post's title</a> »" (the newest post has no
  "Bài tiếp theo", the oldest no "Bài trước"; the arrow "«" opens the line).
- Decoy kept: an article's own sentence "Chủ đề của ngày hội năm nay là ...".
- Truth: the sapo, the paragraphs, the captions, the signature; the topic row and the two
  pointers are no body.
- Not articles: the home page, the news category, and an e-magazine index (tiles of a
  picture, a linked title and a day, under "E-Magazine").
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-fak-baitruoc"
NAME = "Sở Khoa học và Công nghệ tỉnh Kim Sơn"


def _art(key: str, slug: str, iso: str, **kw: object) -> YArt:
    extra = {**kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/{iso[:4]}/{iso[5:7]}/{slug}/", iso, f"Đăng ngày: {dmy(iso)}", extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ks-khoi-nghiep", "muc-tieu-50-doanh-nghiep-khoi-nghiep", "2024-03-14T00:00:00+07:00",
         signature="Phòng Quản lý khoa học", author="Phòng Quản lý khoa học",
         extra={"topics": ("Khởi nghiệp", "Đổi mới sáng tạo"),
                "add": (2, "Chủ đề của ngày hội năm nay là kết nối doanh nghiệp trẻ với nhà đầu tư.")}),
    _art("ks-nhan-hieu-buoi", "buoi-dong-ly-duoc-bao-ho-nhan-hieu", "2024-03-11T00:00:00+07:00",
         signature="Thu Hương", author="Thu Hương",
         image=("/wp-content/uploads/2024/03/buoi-dong-ly.jpg", "Bưởi Đông Lý vào vụ thu hoạch."),
         extra={"topics": ("Sở hữu trí tuệ",)}),
    _art("ks-kiem-dinh-can", "kiem-dinh-mien-phi-can-tai-cho", "2024-03-07T00:00:00+07:00",
         signature="Chi cục Tiêu chuẩn Đo lường Chất lượng", author="Chi cục Tiêu chuẩn Đo lường Chất lượng",
         extra={"topics": ("Đo lường", "Bảo vệ người tiêu dùng")}),
    _art("ks-lan-nuoi-cay-mo", "nghiem-thu-de-tai-nhan-giong-lan", "2024-03-04T00:00:00+07:00",
         signature="Minh Đức", author="Minh Đức",
         image=("/wp-content/uploads/2024/03/lan-ban-dia.jpg", "Cây lan giống trong phòng nuôi cấy mô."),
         extra={"topics": ("Nhiệm vụ khoa học", "Nông nghiệp công nghệ cao")}),
    _art("ks-buc-xa-y-te", "tap-huan-an-toan-buc-xa-y-te", "2024-02-29T00:00:00+07:00",
         signature="Phòng Quản lý chuyên ngành", author="Phòng Quản lý chuyên ngành",
         extra={"topics": ("An toàn bức xạ",)}),
    _art("ks-nang-suat", "ho-tro-doanh-nghiep-cai-tien-nang-suat", "2024-02-26T00:00:00+07:00",
         signature="Lan Anh", author="Lan Anh",
         image=("/wp-content/uploads/2024/02/nang-suat.jpg", "Chuyên gia hướng dẫn doanh nghiệp áp dụng công cụ 5S."),
         extra={"topics": ("Năng suất chất lượng", "Doanh nghiệp")}),
]  # fmt: skip
CHROME = ["Chủ đề:", "Bài trước", "Bài tiếp theo", "Bài viết mới", "Chuyên mục"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} &#8211; {esc(NAME)}</title></head><body class="post-template">
<header class="site-header"><p class="site-title"><a href="/">{esc(NAME)}</a></p>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/emagazine/">E-Magazine</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2><ul>{latest}</ul></section>
<section class="widget"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/category/thong-bao/">Thông báo</a></li></ul></section></aside></div>
<footer class="site-footer">© 2024 {esc(NAME)}. Số 12 đường Trần Hưng Đạo. Điện thoại: 0229.3871.245</footer></body></html>"""


def _slug(text: str) -> str:
    return text.lower().replace(" ", "-")


def render_article(art: YArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = f"<p><strong>{esc(art.lead)}</strong></p>"
    for k, p in enumerate(art.paragraphs):
        text += f"<p>{esc(p)}</p>"
        if k < len(images):
            src, cap = images[k]
            text += (f'<figure class="wp-block-image size-large"><img src="{src}" alt="">'
                     f"<figcaption>{esc(cap)}</figcaption></figure>")
    if art.signature:
        text += f'<p class="has-text-align-right"><strong>{esc(art.signature)}</strong></p>'
    topics = ", ".join(f'<a href="/chu-de/{_slug(t)}/" rel="tag">{esc(t)}</a>' for t in art.extra["topics"])
    text += f'<p class="post-topics">Chủ đề: {topics}</p>'
    k = NEWS.index(art)
    if k + 1 < len(NEWS):
        older = NEWS[k + 1]
        text += f'<p class="nav-previous">« Bài trước: <a href="{older.path}" rel="prev">{esc(older.title)}</a></p>'
    if k > 0:
        newer = NEWS[k - 1]
        text += f'<p class="nav-next">Bài tiếp theo: <a href="{newer.path}" rel="next">{esc(newer.title)}</a> »</p>'
    main = f"""<article class="post type-post status-publish"><header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on">{esc(art.date_line)}</span></div></header>
<div class="entry-content">{text}</div></article>"""
    return _layout(art.title, main)


def render_emagazine() -> str:
    tiles = "".join(f'<div class="emag-item"><a href="{a.path}"><img src="/wp-content/uploads/emag/{i}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="emag-date">{dmy(a.published)}</span></div>'
                    for i, a in enumerate(NEWS[:4], 1))
    return _layout("E-Magazine", f'<div class="emagazine"><h1 class="page-title">E-Magazine</h1><div class="emag-grid">{tiles}</div></div>')


def render_category() -> str:
    items = "".join(f'<article class="post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                    f'<div class="entry-meta">{dmy(a.published)}</div><div class="entry-summary"><p>{esc(a.lead[:150])}…</p></div></article>'
                    for a in NEWS)
    return _layout("Tin tức", f'<header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return _layout(NAME, f'<div class="home"><h2>Tin hoạt động</h2><ul>{items}</ul></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/category/tin-tuc/"] = render_category()
    out["/emagazine/"] = render_emagazine()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
