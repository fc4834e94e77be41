"""A provincial department's portal on WordPress with an English magazine theme nobody
translated (fresh-C, round 16).

Built in round 16 as a fresh family (``FRESH_C``): scored once before any extraction change
(a held-out figure), its truth written by hand before any extraction ran on it.

- Posts at ``/<slug>/`` (WordPress's "post name" permalinks: no date, no id, the same shape
  as the static pages ``/gioi-thieu/``, ``/lien-he/``).
- The date ONLY as the theme prints it, in English: "Mar 05, 2024" after a clock icon in
  ``span.posted-on`` (no time, no ``<time>``, no meta date, no JSON-LD); the theme's
  "Recent Posts" widget and "Related Posts" under the post print other posts' dates the same
  way. The header shows today in Vietnamese ("Thứ Tư, 06/03/2024").
- Bylines: the author in ``<span class="author">`` in the meta row ABOVE the ``h1`` (the
  category link, the author; the date under the title); or no author span and "Tác giả: X
  - Nguồn: Y" as the body's last line; or an unsigned post ending "Nguồn: Sở VHTTDL".
- One body cites a decision "ban hành ngày 15/01/2024" (never the post's date).
- Non-articles: the home page, a category and its page 2, a tag, an author archive, search
  results, the introduction, the contact page (a form), a document's page ("Ngày ban hành").
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fc-entheme"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Sơn"
BASE_URL = "https://svhttdl.hason.gov.vn/"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _en(iso: str) -> str:
    return f"{MONTHS[int(iso[5:7]) - 1]} {iso[8:10]}, {iso[:4]}"


def _art(key: str, slug: str, day: str, cat: str, **kw: object) -> Art:
    iso = f"{day}T00:00:00+07:00"
    extra = {"cat": cat, "slug": slug, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/{slug}/", iso, _en(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fc-hs-le-hoi-hoa-ban", "le-hoi-hoa-ban-nam-2024-se-dien-ra-trong-ba-ngay", "2024-03-05", "tin-tuc",
         byline="Ngọc Lan", author="Ngọc Lan",
         image=("/wp-content/uploads/2024/03/hoa-ban.jpg", "Hoa ban nở trắng núi rừng Hà Sơn.")),
    _art("fc-hs-ke-hoach-du-lich", "ha-son-phan-dau-don-35-trieu-luot-khach-du-lich", "2024-03-04", "du-lich",
         signature="Tác giả: Đức Anh - Nguồn: Phòng Quản lý Du lịch", author="Đức Anh",
         source="Phòng Quản lý Du lịch"),
    _art("fc-hs-bao-tang", "bao-tang-tinh-trung-bay-chuyen-de-trang-phuc-cac-dan-toc", "2024-03-01", "van-hoa",
         byline="Hoàng Yến", author="Hoàng Yến",
         image=("/wp-content/uploads/2024/03/trang-phuc.jpg", "Khách tham quan trưng bày chuyên đề tại Bảo tàng tỉnh.")),
    _art("hg-wifi-cong-cong", "mo-rong-mang-wifi-cong-cong-tai-cac-diem-du-lich", "2024-02-29", "du-lich",
         source_line="Nguồn: Sở VHTTDL", source="Sở VHTTDL"),
    _art("pl-phat-thanh-co-so", "nang-cap-he-thong-truyen-thanh-co-so", "2024-02-27", "tin-tuc",
         signature="Tác giả: Thanh Bình - Nguồn: Trung tâm Văn hóa tỉnh", author="Thanh Bình",
         source="Trung tâm Văn hóa tỉnh"),
    _art("bh-khoi-nghiep", "ngay-hoi-khoi-nghiep-doi-moi-sang-tao-nam-2024", "2024-02-26", "tin-tuc",
         byline="Minh Châu", author="Minh Châu"),
    _art("svh-giai-chay", "hon-ba-nghin-van-dong-vien-tham-gia-giai-chay", "2024-02-23", "the-thao",
         byline="Lê Hải", author="Lê Hải"),
]  # fmt: skip
AUTHOR_SLUGS = {"Ngọc Lan": "ngoclan", "Hoàng Yến": "hoangyen", "Minh Châu": "minhchau", "Lê Hải": "lehai"}
CATS = {"tin-tuc": "Tin tức", "du-lich": "Du lịch", "van-hoa": "Văn hóa", "the-thao": "Thể thao"}
CHROME = [
    "Recent Posts", "Related Posts", "Leave a Reply", "Share this", "Tags:",
    "Powered by WordPress", "Theme: NewsMag", "Hotline", "0219 3866 101",
    "Lượt truy cập", "Previous", "Next",
]  # fmt: skip


def _layout(title: str, main: str, *, body_class: str = "single") -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="post-date">{_en(a.published)}</span></li>'
                     for a in ARTICLES[:5])
    menu = "".join(f'<li><a href="/category/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {esc(NAME)}</title>
<link rel="stylesheet" id="newsmag-style-css" href="/wp-content/themes/newsmag/style.css" media="all">
<meta name="generator" content="WordPress 6.4.3"></head>
<body class="{body_class} wp-theme-newsmag">
<div class="top-bar"><div class="container"><span class="today"><i class="fa fa-calendar"></i> Thứ Tư, 06/03/2024</span>
<span class="hotline">Hotline: 0219 3866 101</span></div></div>
<header class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/logo.png" alt="{esc(NAME)}"></a></div>
<nav class="main-navigation"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>{menu}
<li><a href="/van-ban/ke-hoach-phat-trien-du-lich-2024/">Văn bản</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content container"><div class="row"><div id="primary" class="content-area col-md-8">{main}</div>
<aside id="secondary" class="widget-area col-md-4"><section class="widget widget_search"><form action="/" method="get">
<input name="s" placeholder="Search for"><button>Search</button></form></section>
<section class="widget widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul>{recent}</ul></section>
<section class="widget"><h3 class="widget-title">Lượt truy cập</h3><p>356.102</p></section></aside></div></div>
<footer class="site-footer"><div class="container">&copy; 2024 {esc(NAME)}. Địa chỉ: 15 đường Trần Phú, thành phố Hà Sơn.
<span class="credits">Powered by WordPress | Theme: NewsMag</span></div></footer></body></html>"""


def render_article(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += (f'<figure class="wp-block-image size-large"><img src="{images[i][0]}" alt="">'
                     f'<figcaption class="wp-element-caption">{esc(images[i][1])}</figcaption></figure>')
    for line in (art.signature, art.source_line):
        if line:
            body += f'<p class="has-text-align-right"><strong>{esc(line)}</strong></p>'
    cat = art.extra["cat"]
    author = (f'<span class="author vcard"><i class="fa fa-user"></i> <a class="url fn n" href="/author/{AUTHOR_SLUGS[art.byline]}/">'
              f"{esc(art.byline)}</a></span>") if art.byline else ""
    related = "".join(f'<div class="related-item"><a href="{a.path}">{esc(a.title)}</a><span class="post-date">{_en(a.published)}</span></div>'
                      for a in ARTICLES if a is not art and a.extra["cat"] == cat)
    rel = f'<div class="related-posts"><h3>Related Posts</h3>{related}</div>' if related else ""
    main = f"""<article id="post-{art.text}" class="post type-post status-publish format-standard hentry category-{cat}">
<header class="entry-header"><div class="entry-meta-top"><span class="cat-links"><a href="/category/{cat}/" rel="category tag">{esc(CATS[cat])}</a></span>
{author}</div>
<h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on"><i class="fa fa-clock-o"></i> {art.date_line}</span></div></header>
<div class="entry-content"><p><strong>{esc(art.lead)}</strong></p>{body}</div>
<footer class="entry-footer"><span class="tags-links">Tags: <a href="/tag/ha-son/" rel="tag">Hà Sơn</a></span>
<div class="share">Share this: <a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div></footer></article>
<nav class="post-navigation"><a href="/" rel="prev">Previous</a> <a href="/" rel="next">Next</a></nav>{rel}
<div id="comments" class="comments-area"><h3 class="comment-reply-title">Leave a Reply</h3><form id="commentform">
<textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>"""
    return _layout(art.title, main, body_class=f"post-template-default single single-post postid-{art.text}")


def _archive(title: str, arts: list[Art], pager: str = "") -> str:
    items = "".join(
        f'<article class="post type-post hentry"><div class="post-thumb"><a href="{a.path}"><img src="/wp-content/uploads/thumb-{a.text}.jpg" alt=""></a></div>'
        f'<h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><i class="fa fa-clock-o"></i> {_en(a.published)}</span></div>'
        f'<div class="entry-summary"><p>{esc(a.lead)} [&hellip;]</p></div></article>'
        for a in arts
    )
    return _layout(title, f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>{items}{pager}',
                   body_class="archive")


def _page(title: str, content: str) -> str:
    return _layout(title, f'<article class="page type-page hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>'
                          f'</header><div class="entry-content">{content}</div></article>', body_class="page-template-default page")


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    pager = '<nav class="pagination"><a class="page-numbers" href="/category/tin-tuc/">1</a> <a class="page-numbers" href="/category/tin-tuc/page/2/">2</a></nav>'
    news = [a for a in ARTICLES if a.extra["cat"] == "tin-tuc"]
    out["/"] = _archive(NAME, ARTICLES[:6])
    out["/category/tin-tuc/"] = _archive("Category: Tin tức", news[:2], pager)
    out["/category/tin-tuc/page/2/"] = _archive("Category: Tin tức", news[2:], pager)
    for c, t in CATS.items():
        if c != "tin-tuc":
            out[f"/category/{c}/"] = _archive(f"Category: {t}", [a for a in ARTICLES if a.extra["cat"] == c])
    out["/tag/ha-son/"] = _archive("Tag: Hà Sơn", ARTICLES[:4])
    out["/author/ngoclan/"] = _archive("Author: Ngọc Lan", [ARTICLES[0]])
    out["/?s=du+l%E1%BB%8Bch"] = _archive("Search Results for: du lịch", [ARTICLES[1], ARTICLES[3]])
    out["/gioi-thieu/"] = _page("Giới thiệu", "<p>Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Sơn là cơ quan chuyên môn thuộc Ủy ban nhân dân "
                                "tỉnh, tham mưu quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao và du lịch.</p>"
                                "<p>Sở có 6 phòng chuyên môn và 5 đơn vị sự nghiệp trực thuộc: Bảo tàng tỉnh, Thư viện tỉnh, Trung tâm "
                                "Văn hóa tỉnh, Trung tâm Huấn luyện và Thi đấu thể thao, Trung tâm Thông tin và Xúc tiến du lịch.</p>")
    out["/lien-he/"] = _page("Liên hệ", "<p>Địa chỉ: 15 đường Trần Phú, thành phố Hà Sơn. Điện thoại: 0219 3866 101.</p>"
                             '<form class="wpcf7-form"><p><label>Họ và tên<input name="your-name"></label></p>'
                             '<p><label>Email<input name="your-email"></label></p><p><label>Nội dung<textarea name="your-message">'
                             '</textarea></label></p><input type="submit" value="Gửi"></form>')
    out["/van-ban/ke-hoach-phat-trien-du-lich-2024/"] = _page(
        "Quyết định ban hành Kế hoạch phát triển du lịch năm 2024",
        "<table><tr><td>Số ký hiệu</td><td>215/QĐ-UBND</td></tr><tr><td>Ngày ban hành</td><td>15/01/2024</td></tr>"
        "<tr><td>Cơ quan ban hành</td><td>Ủy ban nhân dân tỉnh Hà Sơn</td></tr><tr><td>Trích yếu</td><td>Ban hành Kế hoạch phát "
        'triển du lịch tỉnh Hà Sơn năm 2024</td></tr><tr><td>Tệp đính kèm</td><td><a href="/wp-content/uploads/2024/01/215-QD-UBND.pdf">'
        "215-QD-UBND.pdf</a></td></tr></table>")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\nSitemap: {base}/wp-sitemap.xml\n",
                           sitemaps={"/wp-sitemap.xml": [a.path for a in ARTICLES]})
