"""A province department of science and technology on Liferay 6.2 whose articles are reachable
through the site's virtual host, the group's ``/web/guest`` path, a second asset publisher, a
session id and the journal's bare content servlet (fresh-T, round 20: an article's own URL
among its copies).

Built in round 20 as a fresh family (``FRESH_T``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/-/asset_publisher/Kx7bQ2/content/<slug>``: the listing links them with
  ``?redirect=%2Ftin-tuc``; the article page's canonical link names the URL without it (its own),
  absolute; ``og:url`` names the ``/web/guest`` form of it (disagreeing with the canonical).
  The headline in ``h3.header-title``, "Ngày đăng: 05/03/2024 - 08:30" in ``span.date``, the text in
  ``div.journal-content-article``; "Tin liên quan" with dates after it.
- Copies: ``/web/guest/tin-tuc/-/asset_publisher/Kx7bQ2/content/<slug>`` (the group's friendly URL:
  Liferay writes the requested URL as canonical, so it names itself); ``...<slug>;jsessionid=<hex>``
  (a session id in the path; its canonical carries it too); the home page's own asset publisher
  ``/trang-chu/-/asset_publisher/XyZ9pL/content/<slug>`` (linked with ``?redirect=%2Ftrang-chu``,
  whose canonical names the URL without it); ``/c/journal/view_article_content?groupId=10180&articleId=<n>``
  (the article's content alone, no chrome and no canonical); a print pop-up
  (``?p_p_state=pop_up&_101_INSTANCE_Kx7bQ2_viewMode=print``, no canonical).
- One article whose page's canonical names the group's home (``/web/guest``): still its own URL;
  one whose canonical is written ``http://www.`` (the same document).
- Non-articles: the home page, the news listing and its page 2, an introduction page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ft-liferay"
NAME = "Sở Khoa học và Công nghệ tỉnh Kim Sơn"
BASE_URL = "https://sokhcn.kimson.gov.vn/"
HOST = BASE_URL.rstrip("/")
PUB = "/tin-tuc/-/asset_publisher/Kx7bQ2/content/"


def _art(key: str, article_id: int, iso: str, **kw: object) -> Art:
    slug = key.split("-", 1)[1]
    extra = {"slug": slug, "article_id": article_id, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], PUB + slug, iso, f"Ngày đăng: {dmy(iso)} - {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ks-khoi-nghiep", 45012, "2024-03-06T09:00:00+07:00", signature="Phòng Quản lý khoa học",
         author="Phòng Quản lý khoa học"),
    _art("ks-nhan-hieu-buoi", 44987, "2024-03-04T15:30:00+07:00", signature="Lê Thu Trang", author="Lê Thu Trang",
         image=("/documents/10180/0/buoi-dong-ly.jpg", "Bưởi Đông Lý được bảo hộ nhãn hiệu chứng nhận.")),
    _art("ks-kiem-dinh-can", 44951, "2024-03-01T08:10:00+07:00", signature="Chi cục Tiêu chuẩn Đo lường Chất lượng",
         author="Chi cục Tiêu chuẩn Đo lường Chất lượng"),
    _art("ks-lan-nuoi-cay-mo", 44920, "2024-02-28T14:45:00+07:00", signature="Ngọc Hà", author="Ngọc Hà"),
    _art("ks-buc-xa-y-te", 44902, "2024-02-26T10:00:00+07:00", extra={"canonical": HOST + "/web/guest"}),
    _art("ks-nang-suat", 44877, "2024-02-23T16:20:00+07:00", signature="Quốc Việt", author="Quốc Việt",
         extra={"canonical": "http://www.sokhcn.kimson.gov.vn" + PUB + "nang-suat"}),
]  # fmt: skip
CHROME = [
    "Tin liên quan", "Liên kết website", "Lượt truy cập", "Đang truy cập", "Bản quyền thuộc",
    "Ghi rõ nguồn", "In trang", "Chia sẻ", "Quay lại",
]  # fmt: skip


def _layout(title: str, main: str, url: str, canonical: str | None) -> str:
    link = f'<link href="{esc(canonical)}" rel="canonical" />' if canonical else ""
    return f"""<!DOCTYPE html><html class="aui ltr" dir="ltr" lang="vi-VN"><head><meta charset="UTF-8" />
<title>{esc(title)} - {esc(NAME)}</title>{link}
<meta property="og:url" content="{HOST}/web/guest{esc(url.split("?")[0].split(";")[0].removeprefix("/web/guest"))}" />
<link href="/html/themes/classic/css/main.css" rel="stylesheet" /></head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site"><div id="wrapper">
<header id="banner" role="banner"><a class="logo" href="/web/guest"><img alt="{esc(NAME)}" src="/image/logo.png" /></a>
<div class="portlet-search"><input type="text" placeholder="Tìm kiếm" /></div></header>
<nav class="sort-pages modify-pages" id="navigation"><ul><li><a href="/trang-chu">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="selected"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li></ul></nav>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column span8" id="column-1">{main}</div>
<div class="portlet-column span4" id="column-2"><section class="portlet"><h2 class="portlet-title">Liên kết website</h2>
<select><option>Cổng thông tin điện tử tỉnh</option><option>Bộ Khoa học và Công nghệ</option></select></section>
<section class="portlet"><h2 class="portlet-title">Lượt truy cập</h2><p>Đang truy cập: 37</p><p>Tổng lượt truy cập: 884.120</p></section></div></div></div>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: Sở Khoa học và Công nghệ tỉnh Kim Sơn. Địa chỉ: 18 đường Trần Phú, thành phố Kim Sơn.</p>
<p>Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Kim Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div></body></html>"""


def _content(art: Art) -> str:
    images = [art.image] if art.image else []
    out = f'<p style="text-align: justify;"><strong>{esc(art.lead)}</strong></p>'
    for i, p in enumerate(art.paragraphs):
        out += f'<p style="text-align: justify;">{esc(p)}</p>'
        if i < len(images):
            src, cap = images[i]
            out += (f'<table align="center" class="image"><tbody><tr><td><img src="{src}" /></td></tr>'
                    f"<tr><td><em>{esc(cap)}</em></td></tr></tbody></table>")
    if art.signature:
        out += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    return out


def render_article(art: Art, url: str | None = None, canonical: str | None = None) -> str:
    url = url or art.path
    if canonical is None:
        canonical = art.extra.get("canonical", HOST + art.path)
    related = "".join(f'<li><a href="{a.path}?redirect=%2Ftin-tuc">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                      for a in ARTICLES if a is not art)  # fmt: skip
    main = f"""<section class="portlet" id="portlet_101_INSTANCE_Kx7bQ2"><div class="portlet-content">
<div class="taglib-header"><span class="header-back-to"><a href="/tin-tuc">Quay lại</a></span>
<h3 class="header-title"><span>{esc(art.title)}</span></h3></div>
<div class="asset-full-content"><span class="date">{esc(art.date_line)}</span>
<div class="journal-content-article">{_content(art)}</div></div>
<div class="asset-links"><a href="{art.path}?p_p_state=pop_up&amp;_101_INSTANCE_Kx7bQ2_viewMode=print">In trang</a> | <a href="#">Chia sẻ</a></div>
<div class="asset-related"><h4>Tin liên quan</h4><ul>{related}</ul></div></div></section>"""
    return _layout(art.title, main, url, canonical or None)


def render_bare(art: Art) -> str:
    """``/c/journal/view_article_content``: the article's content alone."""
    return f"""<html><head><meta charset="UTF-8" /></head><body><div class="journal-content-article">
<h3>{esc(art.title)}</h3><p>{esc(art.date_line)}</p>{_content(art)}</div></body></html>"""


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8" /><title>{esc(art.title)} - {esc(NAME)}</title></head>
<body class="portal-popup"><section class="portlet"><h3 class="header-title"><span>{esc(art.title)}</span></h3>
<span class="date">{esc(art.date_line)}</span><div class="journal-content-article">{_content(art)}</div>
<a href="javascript:print();">In trang</a></section></body></html>"""


def copies() -> dict[str, str]:
    a = ARTICLES
    guest = "/web/guest" + a[0].path
    jsess = a[1].path + ";jsessionid=9C1F0A7E3B2D4C5E8F6A1B2C3D4E5F60"
    home = "/trang-chu/-/asset_publisher/XyZ9pL/content/" + a[2].extra["slug"]
    bare = f"/c/journal/view_article_content?groupId=10180&articleId={a[3].extra['article_id']}&version=1.0"
    pop = a[4].path + "?p_p_state=pop_up&_101_INSTANCE_Kx7bQ2_viewMode=print"
    guest5 = "/web/guest" + a[5].path
    return {
        guest: render_article(a[0], guest, HOST + guest),
        jsess: render_article(a[1], jsess, HOST + jsess),
        home + "?redirect=%2Ftrang-chu": render_article(a[2], home + "?redirect=%2Ftrang-chu", HOST + home),
        home: render_article(a[2], home, HOST + home),
        bare: render_bare(a[3]),
        pop: render_print(a[4]),
        guest5: render_article(a[5], guest5, a[5].extra["canonical"]),
    }


def _list(title: str, arts: list[Art], url: str, pager: str = "") -> str:
    items = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{a.path}?redirect=%2Ftin-tuc">{esc(a.title)}</a></h3>'
        f'<span class="date">{esc(a.date_line)}</span><div class="asset-summary">{esc(a.lead)}</div>'
        f'<div class="asset-more"><a href="{a.path}?redirect=%2Ftin-tuc">Xem thêm »</a></div></div>'
        for a in arts)  # fmt: skip
    main = f'<section class="portlet"><h2 class="portlet-title">{esc(title)}</h2><div class="portlet-content">{items}{pager}</div></section>'
    return _layout(title, main, url, HOST + url)


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out.update(copies())
    top = "".join(f'<li><a href="/trang-chu/-/asset_publisher/XyZ9pL/content/{a.extra["slug"]}?redirect=%2Ftrang-chu">'
                  f"{esc(a.title)}</a></li>" for a in ARTICLES[2:3])  # fmt: skip
    home = _list("Tin mới", ARTICLES[:5], "/trang-chu").replace(
        '<div class="portlet-column span4" id="column-2">',
        f'<div class="portlet-column span4" id="column-2"><section class="portlet" id="portlet_101_INSTANCE_XyZ9pL">'
        f'<h2 class="portlet-title">Tiêu điểm</h2><ul>{top}</ul></section>', 1)
    out["/trang-chu"] = out["/"] = home
    out["/tin-tuc"] = _list("Tin tức - Sự kiện", ARTICLES[:4], "/tin-tuc",
                            '<div class="pagination"><span>1</span> <a href="/tin-tuc?_101_INSTANCE_Kx7bQ2_cur=2">2</a></div>')
    out["/tin-tuc?_101_INSTANCE_Kx7bQ2_cur=2"] = _list("Tin tức - Sự kiện", ARTICLES[4:], "/tin-tuc",
                                                       '<div class="pagination"><a href="/tin-tuc">1</a> <span>2</span></div>')
    out["/gioi-thieu"] = _layout("Giới thiệu", """<section class="portlet"><h2 class="portlet-title">Giới thiệu</h2>
<div class="journal-content-article"><p>Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Kim Sơn,
tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ.</p>
<p>Địa chỉ: 18 đường Trần Phú, thành phố Kim Sơn. Điện thoại: 0229 3871 456.</p></div></section>""", "/gioi-thieu", HOST + "/gioi-thieu")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
