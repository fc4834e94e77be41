"""A town's WordPress portal on a Vietnamese news theme that writes its widgets as ordinary
paragraphs of ``div.entry-content``, some in the same ``<p>`` as the article's own lines
(fresh-H, round 17).

- Articles ``/<yyyy>/<mm>/<slug>/``: ``h1.entry-title``, "05/03/2024 08:30" in
  ``span.posted-on``; in ``div.entry-content``: "Thời gian đọc: 3 phút" as its first ``<p>``,
  the lead in ``<p><strong>``, the paragraphs, images as ``figure.wp-caption``; the signature
  right-aligned with "Lượt xem: 1.234" after a ``<br>`` in the same ``<p>`` (articles without a
  signature have the count alone); "Chuyên mục: Tin tức - Sự kiện" as a ``<p>``; "Báo lỗi bài
  viết | Góp ý" links; a Facebook button's fallback "Thích 0 Chia sẻ"; a collapsed body's
  "Xem toàn bộ bài viết ▼" / "Thu gọn ▲" toggles; "Tin mới hơn:" and "Tin cũ hơn:" as
  ``<p><strong>`` with one linked title a ``<p>``.
- Not articles: the category ``/chuyen-muc/tin-tuc/``, a tag page ``/tag/<t>/`` and the home page.
- ``/robots.txt`` names ``/sitemap.xml`` which names the articles.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fh-inline"
NAME = "Trang thông tin điện tử thị trấn Phú Lộc"


def _art(key: str, slug: str, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"/{iso[:4]}/{iso[5:7]}/{slug}/", iso, f"{dmy(iso)} {hm(iso)}", **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("q13-via-he", "lap-lai-trat-tu-via-he", "2024-03-04T08:30:00+07:00", signature="Thanh Tùng", author="Thanh Tùng",
         image=("/wp-content/uploads/2024/03/via-he.jpg", "Lực lượng chức năng nhắc nhở hộ kinh doanh lấn chiếm vỉa hè.")),
    _art("hg-chu-ky-so", "cap-chu-ky-so-mien-phi", "2024-03-06T10:00:00+07:00"),
    _art("tpd-nuoc-sach", "nuoc-sach-vung-con", "2024-03-08T15:20:00+07:00", signature="Ngọc Bích", author="Ngọc Bích"),
    _art("ks-nhan-hieu-buoi", "nhan-hieu-buoi", "2024-03-11T09:10:00+07:00",
         image=("/wp-content/uploads/2024/03/buoi.jpg", "Nhà vườn thu hoạch bưởi đạt chuẩn VietGAP.")),
    _art("bs-nop-thue-dat", "thu-thue-dat-phi-nong-nghiep", "2024-03-01T07:40:00+07:00", signature="Chi cục Thuế khu vực",
         author="Chi cục Thuế khu vực"),
    _art("fc-lh-han-man", "ung-pho-han-man", "2024-03-13T16:00:00+07:00", signature="Thanh Tùng", author="Thanh Tùng"),
]  # fmt: skip
CHROME = [
    "Thời gian đọc", "Lượt xem", "Chuyên mục:", "Báo lỗi", "Góp ý", "Thích 0", "Xem toàn bộ bài viết", "Thu gọn",
    "Tin mới hơn", "Tin cũ hơn", "Bài viết mới",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TAG = ("thi-tran-phu-loc", "thị trấn Phú Lộc")


def _layout(title: str, main: str) -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(NAME)}</title>
<link rel="stylesheet" href="/wp-content/themes/vnnews/style.css"></head><body class="single">
<header id="masthead"><p class="site-title"><a href="/">{esc(NAME)}</a></p><nav class="main-navigation">
<a href="/">Trang chủ</a> <a href="/chuyen-muc/tin-tuc/">Tin tức - Sự kiện</a></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section></aside></div>
<footer id="colophon">{esc(NAME)}</footer></body></html>"""


def render_article(art: Art) -> str:
    i = ARTICLES.index(art)
    views = f"{150 + (i * 271) % 1900:,}".replace(",", ".")
    minutes = 2 + len(" ".join(art.paragraphs)) // 900
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f'<p class="reading-time"><em>Thời gian đọc: {minutes} phút</em></p><p><strong>{esc(art.lead)}</strong></p>'
    for k, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if k == 0:
            body += '<p class="expand"><a href="#" onclick="expand();return false">Xem toàn bộ bài viết ▼</a></p>'
        if k < len(images):
            body += (f'<figure class="wp-caption aligncenter"><img src="{images[k][0]}" alt="">'
                     f'<figcaption class="wp-caption-text">{esc(images[k][1])}</figcaption></figure>')
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong><br><span class="post-views">Lượt xem: {views}</span></p>'
    else:
        body += f'<p style="text-align: right;"><span class="post-views">Lượt xem: {views}</span></p>'
    body += ('<p class="collapse-toggle"><a href="#" onclick="collapse();return false">Thu gọn ▲</a></p>'
             '<p class="post-cat">Chuyên mục: <a href="/chuyen-muc/tin-tuc/">Tin tức - Sự kiện</a></p>'
             '<p class="report"><a href="#" onclick="report()">Báo lỗi bài viết</a> | <a href="#" onclick="feedback()">Góp ý</a></p>'
             '<p class="fb-fallback">Thích 0 Chia sẻ</p>')
    newer = [a for a in reversed(NEWS) if a.published > art.published][:1]
    older = [a for a in NEWS if a.published < art.published][:1]
    if newer:
        body += f'<p><strong>Tin mới hơn:</strong></p><p><a href="{newer[0].path}">{esc(newer[0].title)}</a></p>'
    if older:
        body += f'<p><strong>Tin cũ hơn:</strong></p><p><a href="{older[0].path}">{esc(older[0].title)}</a></p>'
    main = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>'
            f'<div class="entry-meta"><span class="posted-on">{esc(art.date_line)}</span></div></header>'
            f'<div class="entry-content">{body}</div></article>')
    return _layout(art.title, main)


def _teasers(arts: list[Art]) -> str:
    return "".join(f'<article class="post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                   f'<span class="posted-on">{dmy(a.published)}</span><div class="entry-summary"><p>{esc(a.lead[:160])}...</p></div></article>'
                   for a in arts)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/chuyen-muc/tin-tuc/"] = _layout("Tin tức - Sự kiện", f'<h1 class="page-title">Chuyên mục: Tin tức - Sự kiện</h1>{_teasers(NEWS)}')
    out[f"/tag/{TAG[0]}/"] = _layout(TAG[1], f'<h1 class="page-title">Thẻ: {esc(TAG[1])}</h1>{_teasers(NEWS[:3])}')
    out["/"] = _layout(NAME, _teasers(NEWS[:4]))
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
