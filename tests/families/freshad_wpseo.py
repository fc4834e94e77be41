"""A province's WordPress portal whose theme prints the local day and time and whose SEO plugin
writes that same wall clock with a "+00:00" (or "Z") offset in ``article:published_time``,
JSON-LD and ``<time datetime>``: a post of the evening looks, to a reader of the markup alone,
like the next morning in Vietnam (fresh-AD, round 22: conventions that put a publication date
on the wrong day or miss it).

Built in round 22 as a fresh family (``FRESH_AD``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/03/2024"; the side column "Tin mới nhất" with full days;
  the footer "© 2024 Cổng TTĐT tỉnh Nam Bình".
- Articles ``/<yyyy>/<mm>/<slug>/`` (WordPress's month permalinks). Per article the visible line
  is the truth, the markup's offset is the plugin's mistake: "05/03/2024 22:30" over
  ``article:published_time`` "2024-03-05T22:30:00+00:00"; ``<time datetime="2024-03-06T19:45:00
  +00:00">19:45, 06/03/2024</time>``; "Thứ Năm, 07/03/2024" (no time) over a JSON-LD
  ``datePublished`` "2024-03-07T20:10:00Z"; "08/03/2024 | 06:15" over "...T06:15:00+00:00" (a
  morning post: same day, another hour if converted); "11/03/2024 - 18:40" with both meta and
  JSON-LD at "+00:00" and ``article:modified_time`` of the 12th; "Đăng lúc 23:50 ngày 12/03/2024"
  over ``.000Z``; "13/03/2024 17:05" over ``<time datetime>`` at "+00:00" and ``og:updated_time``.
- Not articles: the home page, the news category, the category's second page, "Liên hệ".
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshr_common import RArt
from tests.families.texts import KEY

SITE_ID = "fx-fad-wpseo"
NAME = "Cổng thông tin điện tử tỉnh Nam Bình"
TODAY = "Thứ Tư, 20/03/2024"


def _art(key: str, slug: str, iso: str, form: str, line: str, **kw: object) -> RArt:
    extra = {"form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return RArt(KEY[key], f"/{iso[:4]}/{iso[5:7]}/{slug}/", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nbp-ky-hop-hdnd", "ky-hop-chuyen-de-hdnd-tinh-thong-qua-12-nghi-quyet", "2024-03-05T22:30:00+07:00", "meta",
         "05/03/2024 22:30", signature="Minh Quang", author="Minh Quang"),
    _art("nbp-tiem-chung", "day-nhanh-tien-do-tiem-chung-mo-rong", "2024-03-06T19:45:00+07:00", "time",
         "19:45, 06/03/2024", signature="Thu Hà", author="Thu Hà"),
    _art("nbp-cao-toc", "giai-phong-mat-bang-cao-toc-dat-92", "2024-03-07T00:00:00+07:00", "jsonld_day",
         "Thứ Năm, 07/03/2024", signature="Minh Quang", author="Minh Quang",
         extra={"iso": "2024-03-07T20:10:00Z"}),
    _art("nbp-ocop", "cong-nhan-them-35-san-pham-ocop", "2024-03-08T06:15:00+07:00", "meta",
         "08/03/2024 | 06:15", signature="Lan Anh", author="Lan Anh"),
    _art("nbp-phong-chay-rung", "chu-dong-phong-chay-chua-chay-rung-mua-kho", "2024-03-11T18:40:00+07:00", "both",
         "11/03/2024 - 18:40", signature="Thu Hà", author="Thu Hà",
         extra={"modified": "2024-03-12T08:05:00+00:00"}),
    _art("nbp-doanh-nghiep", "gap-mat-doanh-nghiep-dau-xuan", "2024-03-12T23:50:00+07:00", "jsonld",
         "Đăng lúc 23:50 ngày 12/03/2024", signature="Lan Anh", author="Lan Anh",
         extra={"iso": "2024-03-12T23:50:00.000Z"}),
    _art("nbp-the-thao", "khai-mac-dai-hoi-the-duc-the-thao-lan-thu-ix", "2024-03-13T17:05:00+07:00", "time_og",
         "13/03/2024 17:05", signature="Minh Quang", author="Minh Quang",
         extra={"modified": "2024-03-14T09:30:00+00:00"}),
]  # fmt: skip
CHROME = ["Tin mới nhất", "Cổng TTĐT tỉnh Nam Bình", "Bản đồ hành chính", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _wall(iso: str, z: str = "+00:00") -> str:
    """The plugin's value: the local wall clock with a UTC offset."""
    return iso[:19] + z


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _head(art: RArt | None, title: str) -> str:
    if art is None:
        return f"<title>{esc(title)}</title>"
    form = art.extra["form"]
    meta = [f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art.title)}">']
    if form in ("meta", "both"):
        meta.append(f'<meta property="article:published_time" content="{_wall(art.published)}">')
    if form == "both":
        meta.append(f'<meta property="article:modified_time" content="{art.extra["modified"]}">')
    if form == "time_og":
        meta.append(f'<meta property="og:updated_time" content="{art.extra["modified"]}">')
    if form in ("jsonld", "jsonld_day", "both"):
        published = art.extra.get("iso") or _wall(art.published)
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "datePublished": published, "dateModified": art.extra.get("modified", published),
              "author": {"@type": "Person", "name": art.author}}
        meta.append(f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    return f"<title>{esc(title)}</title>" + "".join(meta)


def _layout(main: str, title: str, art: RArt | None = None) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{_dmy(a.published)}</span></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">{_head(art, title)}
<link rel="stylesheet" href="/wp-content/themes/nambinh/style.css"></head><body class="wp-theme-nambinh">
<div id="topbar"><span class="today">{TODAY}</span> <a href="/lien-he/">Liên hệ</a> <a href="/so-do-cong/">Sơ đồ cổng</a></div>
<header class="site-header"><a href="/"><img src="/wp-content/uploads/logo.png" alt="{esc(NAME)}"></a></header>
<nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/category/chinh-sach/">Chính sách mới</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav>
<div class="site-content"><main id="main">{main}</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Tin mới nhất</h2><ul>{latest}</ul></section>
<section class="widget"><h2 class="widget-title">Bản đồ hành chính</h2><img src="/wp-content/uploads/ban-do.jpg" alt="Bản đồ"></section></aside></div>
<footer class="site-footer">© 2024 Cổng TTĐT tỉnh Nam Bình. Cơ quan chủ quản: Văn phòng UBND tỉnh Nam Bình.<br>Địa chỉ: 01 đường Trần Hưng Đạo, TP Nam Bình. Điện thoại: 0229 3871 234</footer>
</body></html>"""


def _date(art: RArt) -> str:
    form, line = art.extra["form"], esc(art.date_line)
    if form in ("time", "time_og"):
        return f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{_wall(art.published)}">{line}</time></span></div>'
    return f'<div class="entry-meta"><span class="posted-on"><i class="far fa-clock"></i> {line}</span></div>'


def _figure(src: str, cap: str) -> str:
    return f'<figure class="wp-block-image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: RArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({_dmy(a.published)})</li>' for a in NEWS if a is not art)
    main = (f'<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>{_date(art)}</header>'
            f'<div class="entry-content"><p><strong>{esc(art.lead)}</strong></p>{body}</div>'
            f'<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/category/tin-tuc/">Tin tức</a></span></footer></article>'
            f'<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>')
    return _layout(main, f"{art.title} – {NAME}", art)


def render_category(page: int) -> str:
    items = NEWS[:4] if page == 1 else NEWS[4:]
    rows = "".join(f'<article class="post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                   f'<div class="entry-meta">{_dmy(a.published)}</div><div class="entry-summary"><p>{esc(a.lead[:160])}...</p></div></article>' for a in items)
    nav = '<div class="nav-links"><a href="/category/tin-tuc/page/2/">Trang sau</a></div>' if page == 1 else '<div class="nav-links"><a href="/category/tin-tuc/">Trang trước</a></div>'
    return _layout(f'<h1 class="page-title">Chuyên mục: Tin tức</h1>{rows}{nav}', f"Tin tức – {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{_dmy(a.published)}</span></li>' for a in NEWS)
    return _layout(f'<section class="home-news"><h2>Tin tức - Sự kiện</h2><ul>{rows}</ul></section>', NAME)


def render_contact() -> str:
    text = ("Văn phòng Ủy ban nhân dân tỉnh Nam Bình, 01 đường Trần Hưng Đạo, thành phố Nam Bình.",
            "Điện thoại: 0229 3871 234. Thư điện tử: congthongtin@nambinh.gov.vn.",
            "Mọi ý kiến góp ý về nội dung Cổng thông tin xin gửi về Ban biên tập theo địa chỉ trên.")
    return _layout('<h1 class="page-title">Liên hệ</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Liên hệ – {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/category/tin-tuc/"] = render_category(1)
    out["/category/tin-tuc/page/2/"] = render_category(2)
    out["/lien-he/"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\n")
