"""A province department of culture, sports and tourism on a home-made PHP CMS whose every page
names itself as canonical, and whose articles are reachable at many other addresses (fresh-AA,
round 21: an article's own URL among copies of kinds FRESH_T did not hold, to measure whether
the link-graph rule generalises).

Built in round 21 as a fresh family (``FRESH_AA``): its truth written by hand before any
extraction ran on it, scored once held out before any change.

- Articles ``/tin-tuc/<category>/<slug>/`` (with the trailing slash: the URL the category's
  listing, the home page and every "Tin liên quan" list link): the headline in ``h1.news-title``,
  "Ngày đăng: 05/03/2024 - 08:30 | Lượt xem: 215" above the text in ``div.news-content``, the
  writer's name right-aligned as the text's last line. The CMS writes the requested URL as the
  canonical link and as ``og:url`` (each copy names itself), and ``<link rel="amphtml">``.
- Copies: the same path without the slash (the home page's slider links it) and with
  ``index.html`` after the slash (the site map page links it); the article shown under a second
  menu, ``/du-lich-hoang-linh/diem-den/<slug>/`` (a longer path, linked from that menu's
  listing) and ``/su-kien/<slug>.html`` (a shorter one, the events menu's listing); the
  comments and photos tabs ``?tab=binh-luan`` / ``?tab=hinh-anh`` (linked by the article's own
  tab strip); the printer view ``/in-bai/<id>/`` (its own template, no canonical) and
  ``?print=1``; an AMP copy ``/amp/tin-tuc/<category>/<slug>/``; shares
  ``?utm_source=facebook&utm_medium=social`` and ``?fbclid=``; links to the mobile site
  ``https://m.<host>/tin-tuc/...`` (another host, not served here).
- Non-articles: the home page (and ``/index.html``), three category listings, the second
  menu's and the events menu's listings, the site map, the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-faa-vhtt"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Hoàng Linh"
BASE_URL = "https://sovhttdl.hoanglinh.gov.vn/"
HOST = BASE_URL.rstrip("/")
MOBILE = "https://m.sovhttdl.hoanglinh.gov.vn"
CATS = {"van-hoa": "Văn hóa", "the-thao": "Thể thao", "du-lich": "Du lịch"}


def _art(key: str, n: int, cat: str, slug: str, iso: str, author: str) -> Art:
    return Art(KEY[key], f"/tin-tuc/{cat}/{slug}/", iso, f"Ngày đăng: {dmy(iso)} - {hm(iso)}",
               author=author, signature=author, extra={"n": n, "cat": cat, "slug": slug})  # fmt: skip


ARTICLES = [
    _art("svh-le-hoi-den", 2412, "van-hoa", "khai-mac-le-hoi-den-ba-chua-kho-nam-2024",
         "2024-03-06T09:20:00+07:00", "Ngọc Anh"),
    _art("svh-du-lich", 2409, "du-lich", "dong-son-don-hon-450-nghin-luot-khach",
         "2024-03-05T15:40:00+07:00", "Hoài Thu"),
    _art("svh-giai-chay", 2405, "the-thao", "giai-chay-vi-suc-khoe-cong-dong-2024",
         "2024-03-04T07:55:00+07:00", "Đức Mạnh"),
    _art("svh-thu-vien", 2401, "van-hoa", "thu-vien-tinh-ra-mat-khong-gian-doc-sach-so",
         "2024-03-01T10:05:00+07:00", "Phương Linh"),
    _art("svh-di-tich", 2398, "van-hoa", "trung-tu-dinh-lang-phu-le",
         "2024-02-28T14:30:00+07:00", "Văn Toàn"),
    _art("svh-tap-huan", 2394, "van-hoa", "tap-huan-quan-ly-karaoke-vu-truong",
         "2024-02-27T08:10:00+07:00", "Minh Châu"),
    _art("svh-nghe-thuat", 2390, "the-thao", "doan-nghe-thuat-cheo-bieu-dien-phuc-vu-vung-sau",
         "2024-02-26T16:45:00+07:00", "Thanh Hương"),
]  # fmt: skip
CHROME = [
    "Tin liên quan", "Lượt xem:", "In bài viết", "Bình luận", "Hình ảnh", "Phiên bản di động",
    "Đường dây nóng", "Thống kê truy cập", "Bản quyền thuộc", "Liên kết website",
]  # fmt: skip

SLIDER = 0  # the home page's slider links the path without its slash
SITEMAP = 2  # the site map links ``.../index.html``
SECOND_MENU = 1  # also ``/du-lich-hoang-linh/diem-den/<slug>/`` (longer)
EVENT = 6  # also ``/su-kien/<slug>.html`` (shorter)
TABS = 3  # ``?tab=binh-luan`` and ``?tab=hinh-anh`` served
PRINT = 4  # ``/in-bai/<id>/`` and ``?print=1`` served
AMP = 5  # ``/amp/tin-tuc/...`` served, shares with utm/fbclid


def _layout(title: str, main: str, url: str, canonical: str | None, amp: str | None = None) -> str:
    link = f'<link rel="canonical" href="{esc(canonical)}" /><meta property="og:url" content="{esc(canonical)}" />' if canonical else ""
    amphtml = f'<link rel="amphtml" href="{HOST}{esc(amp)}" />' if amp else ""
    cats = "".join(f'<li><a href="/tin-tuc/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" />
<title>{esc(title)} - {esc(NAME)}</title>{link}{amphtml}<meta property="og:site_name" content="{esc(NAME)}" />
<link rel="stylesheet" href="/themes/vhtt/css/style.css" /></head>
<body><div class="top-bar"><span class="hotline">Đường dây nóng: 0219 3866 024</span>
<a class="mobile-link" href="{MOBILE}{esc(url)}">Phiên bản di động</a></div>
<header class="site-header"><a href="/"><img src="/themes/vhtt/images/banner.jpg" alt="{esc(NAME)}" /></a></header>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a><ul>{cats}</ul></li>
<li><a href="/du-lich-hoang-linh/diem-den/">Du lịch Hoàng Linh</a></li><li><a href="/su-kien/">Sự kiện</a></li>
<li><a href="/so-do-site/">Sơ đồ site</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav>
<div class="container"><div class="main-col">{main}</div>
<aside class="side-col"><div class="box"><div class="box-title">Liên kết website</div><ul><li><a href="https://bvhttdl.gov.vn">Bộ Văn hóa, Thể thao và Du lịch</a></li>
<li><a href="https://hoanglinh.gov.vn">Cổng thông tin điện tử tỉnh</a></li></ul></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: 27</p><p>Tổng lượt truy cập: 1.204.556</p></div></aside></div>
<footer><p>Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Hoàng Linh.</p>
<p>Địa chỉ: 15 Trần Phú, thành phố Hoàng Linh. Điện thoại: 0219 3866 024.</p></footer></body></html>"""


def _content(art: Art) -> str:
    out = f'<div class="news-sapo"><strong>{esc(art.lead)}</strong></div><div class="news-content">'
    for p in art.paragraphs:
        out += f'<p style="text-align: justify;">{esc(p)}</p>'
    return out + f'<p style="text-align: right;"><strong>{esc(art.signature or "")}</strong></p></div>'


def _views(art: Art) -> int:
    return art.extra["n"] % 311 + 120


def render_article(art: Art, url: str | None = None) -> str:
    url = url or art.path
    own = art.path
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                      for a in ARTICLES if a is not art)  # fmt: skip
    tabs = (f'<ul class="news-tabs"><li class="active"><a href="{own}">Nội dung</a></li>'
            f'<li><a href="{own}?tab=binh-luan">Bình luận (3)</a></li><li><a href="{own}?tab=hinh-anh">Hình ảnh</a></li></ul>'
            if ARTICLES.index(art) == TABS else "")  # fmt: skip
    cat = art.extra["cat"]
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc/">Tin tức</a> » <a href="/tin-tuc/{cat}/">{esc(CATS[cat])}</a></div>
<div class="news-detail"><h1 class="news-title">{esc(art.title)}</h1>
<div class="news-meta"><span class="news-date">{esc(art.date_line)}</span> | <span class="views">Lượt xem: {_views(art)}</span></div>{tabs}
{_content(art)}
<div class="news-tools"><a href="/in-bai/{art.extra["n"]}/" target="_blank">In bài viết</a> <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{own}">Chia sẻ</a></div></div>
<div class="related-news"><h3>Tin liên quan</h3><ul>{related}</ul></div>"""
    return _layout(art.title, main, url, HOST + url, "/amp" + own)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>{esc(art.title)}</title>
<link rel="stylesheet" href="/themes/vhtt/css/print.css" /></head><body onload="window.print()">
<div class="print-header">{esc(NAME)}</div><h1>{esc(art.title)}</h1><p class="date">{esc(art.date_line)}</p>
{_content(art)}<div class="print-footer">Nguồn: {HOST}{art.path}</div></body></html>"""


def render_amp(art: Art) -> str:
    return f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8" /><title>{esc(art.title)}</title>
<link rel="canonical" href="{HOST}{art.path}" /><meta name="viewport" content="width=device-width" />
<style amp-boilerplate>body{{visibility:hidden}}</style></head><body><header class="amp-header"><a href="/">{esc(NAME)}</a></header>
<article><h1 class="news-title">{esc(art.title)}</h1><div class="news-meta">{esc(art.date_line)}</div>{_content(art)}</article>
<footer>Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Hoàng Linh.</footer></body></html>"""


def _second(art: Art) -> str:
    return f"/du-lich-hoang-linh/diem-den/{art.extra['slug']}/"


def _event(art: Art) -> str:
    return f"/su-kien/{art.extra['slug']}.html"


def copies() -> dict[str, str]:
    a = ARTICLES
    out = {
        a[SLIDER].path.rstrip("/"): render_article(a[SLIDER], a[SLIDER].path.rstrip("/")),
        a[SITEMAP].path + "index.html": render_article(a[SITEMAP], a[SITEMAP].path + "index.html"),
        _second(a[SECOND_MENU]): render_article(a[SECOND_MENU], _second(a[SECOND_MENU])),
        _event(a[EVENT]): render_article(a[EVENT], _event(a[EVENT])),
        a[TABS].path + "?tab=binh-luan": render_article(a[TABS], a[TABS].path + "?tab=binh-luan"),
        a[TABS].path + "?tab=hinh-anh": render_article(a[TABS], a[TABS].path + "?tab=hinh-anh"),
        f"/in-bai/{a[PRINT].extra['n']}/": render_print(a[PRINT]),
        a[PRINT].path + "?print=1": render_print(a[PRINT]),
        "/amp" + a[AMP].path: render_amp(a[AMP]),
        a[AMP].path + "?utm_source=facebook&utm_medium=social": render_article(a[AMP], a[AMP].path + "?utm_source=facebook&utm_medium=social"),
        a[0].path + "?fbclid=IwAR2xK9dLq7": render_article(a[0], a[0].path + "?fbclid=IwAR2xK9dLq7"),
    }  # fmt: skip
    return out


def _list(title: str, items: list[tuple[Art, str]], url: str, head: str = "") -> str:
    rows = "".join(
        f'<div class="news-item"><a class="thumb" href="{href}"><img src="/uploads/news/{a.extra["n"]}.jpg" alt="" /></a>'
        f'<h3 class="news-item-title"><a href="{href}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
        f'<p class="sapo">{esc(a.lead)}</p></div>'
        for a, href in items)  # fmt: skip
    main = f'{head}<div class="category"><h1 class="category-title">{esc(title)}</h1>{rows}</div>'
    return _layout(title, main, url, HOST + url)


def _pages() -> dict[str, str]:
    a = ARTICLES
    out: dict[str, str] = {x.path: render_article(x) for x in a}
    out.update(copies())
    slider = (f'<div class="slider"><a href="{a[SLIDER].path.rstrip("/")}"><img src="/uploads/slider/{a[SLIDER].extra["n"]}.jpg" alt="" />'
              f'<span>{esc(a[SLIDER].title)}</span></a></div>')  # fmt: skip
    home = _list("Tin mới", [(x, x.path) for x in a[:6]], "/", slider)
    out["/"] = home
    out["/index.html"] = home
    for cat, title in CATS.items():
        out[f"/tin-tuc/{cat}/"] = _list(title, [(x, x.path) for x in a if x.extra["cat"] == cat], f"/tin-tuc/{cat}/")
    out["/du-lich-hoang-linh/diem-den/"] = _list("Điểm đến", [(a[SECOND_MENU], _second(a[SECOND_MENU]))],
                                                  "/du-lich-hoang-linh/diem-den/")
    out["/su-kien/"] = _list("Sự kiện", [(a[EVENT], _event(a[EVENT])), (a[2], a[2].path)], "/su-kien/")
    links = "".join(f'<li><a href="{x.path + "index.html" if i == SITEMAP else x.path}">{esc(x.title)}</a></li>'
                    for i, x in enumerate(a))  # fmt: skip
    out["/so-do-site/"] = _layout("Sơ đồ site", f'<h1 class="category-title">Sơ đồ site</h1><ul class="sitemap">{links}</ul>',
                                  "/so-do-site/", HOST + "/so-do-site/")
    out["/lien-he/"] = _layout("Liên hệ", """<h1 class="category-title">Liên hệ</h1>
<p>Sở Văn hóa, Thể thao và Du lịch tỉnh Hoàng Linh. Địa chỉ: 15 Trần Phú, thành phố Hoàng Linh.</p>
<p>Điện thoại: 0219 3866 024. Thư điện tử: sovhttdl@hoanglinh.gov.vn</p>""", "/lien-he/", HOST + "/lien-he/")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
