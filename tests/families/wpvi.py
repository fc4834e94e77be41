"""A district's WordPress site in the Vietnamese locale, whose theme prints dates with the
month's name, the way WordPress's vi translation does.

- Posts ``/?p=<id>`` (plain permalinks): "Đăng vào Tháng Ba 5, 2024 lúc 8:40 sáng bởi
  admin" in a footer line under the content (the ``F j, Y`` format: the month's name
  first), or "05.03.2024 | 14:20" (dots) above the title in the newer template, with
  ``<time class="entry-date" datetime>`` holding only the day ("2024-03-05").
- The top bar shows today ("Thứ Tư, 20 Tháng Ba, 2024"); "Bài viết khác" under each post and
  "Bài viết mới" in the sidebar list other posts with "Tháng Ba 1, 2024".
- Home ``/``, ``/?paged=2``, a category ``/?cat=3``, "Giới thiệu" ``/?page_id=2``.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-wpvi"
NAME = "Ủy ban nhân dân huyện Mỹ Lâm"
TODAY = "Thứ Tư, 20 Tháng Ba, 2024"
MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def _named(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"Tháng {MONTHS[d.month - 1]} {d.day}, {d.year}"


def _line(iso: str, way: str) -> str:
    d = datetime.fromisoformat(iso)
    if way == "posted":
        half = "sáng" if d.hour < 12 else "chiều"
        return f"Đăng vào {_named(iso)} lúc {d.hour % 12 or 12}:{d.minute:02d} {half} bởi admin"
    return f"{d.day:02d}.{d.month:02d}.{d.year} | {hm(iso)}"


def _art(key: str, ident: int, iso: str, way: str, **kw: object) -> Art:
    return Art(KEY[key], f"/?p={ident}", iso, _line(iso, way), extra={"id": ident, "way": way}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-cho-phien", 731, "2024-03-14T14:20:00+07:00", "dots", signature="Hồng Nhung", author="Hồng Nhung"),
    _art("ml-dien-luoi", 728, "2024-03-11T09:05:00+07:00", "dots", signature="Tuấn Anh", author="Tuấn Anh"),
    _art("ml-hoc-bong", 724, "2024-03-07T15:30:00+07:00", "posted", signature="Thùy Dung", author="Thùy Dung"),
    _art("ml-truong-hoc", 720, "2024-03-05T08:40:00+07:00", "posted", signature="Văn Hiếu", author="Văn Hiếu"),
    _art("ml-giam-ngheo", 716, "2024-03-01T10:10:00+07:00", "posted", author=None,
         source_line="Nguồn: Phòng Lao động - Thương binh và Xã hội huyện",
         source="Phòng Lao động - Thương binh và Xã hội huyện"),
]  # fmt: skip
PER_PAGE = 3
CHROME = [
    "Bài viết khác", "Bài viết mới", "Đăng vào", "bởi admin", "Trang chủ", "Giới thiệu",
    "Tin tức", "Bản quyền", "Thị trấn Mỹ Lâm", "0219 3860 125", "ubnd@mylam.gov.vn", TODAY,
]  # fmt: skip
ABOUT = [
    "Huyện Mỹ Lâm có 15 xã và 1 thị trấn, diện tích tự nhiên hơn 56.000 héc ta, dân số hơn "
    "82.000 người thuộc 7 dân tộc.",
    "Trụ sở Ủy ban nhân dân huyện đặt tại thị trấn Mỹ Lâm.",
]


def _layout(title: str, main: str, body_class: str) -> str:
    recent = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">{_named(a.published)}</span></li>'
        for a in ARTICLES[:4]
    )  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(NAME)}</title>
<meta name="generator" content="WordPress 6.2" /><link rel="stylesheet" href="/wp-content/themes/huyen/style.css" /></head>
<body class="{body_class}"><div class="topbar"><span class="topbar-date">{TODAY}</span></div>
<header class="site-header"><a href="/" class="logo"><img src="/wp-content/uploads/logo.png" alt="" /></a><span class="site-name">{esc(NAME)}</span></header>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/?page_id=2">Giới thiệu</a> <a href="/?cat=3">Tin tức</a></nav>
<div class="container"><div class="content-area">{main}</div>
<div class="sidebar"><div class="widget"><h4 class="widget-title">Bài viết mới</h4><ul>{recent}</ul></div></div></div>
<footer class="site-footer">Bản quyền © 2024 {esc(NAME)} - Thị trấn Mỹ Lâm - ĐT: 0219 3860 125 - ubnd@mylam.gov.vn</footer></body></html>"""


def render_article(art: Art) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    tail = "".join(f'<p style="text-align: right;"><strong>{esc(x)}</strong></p>' for x in (art.signature, art.source_line) if x)
    day = art.published[:10]
    dots = art.extra["way"] == "dots"
    top = f'<div class="post-meta-top"><time class="entry-date" datetime="{day}">{esc(art.date_line)}</time></div>' if dots else ""
    bottom = "" if dots else f'<footer class="entry-meta">{esc(art.date_line)}</footer>'
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> ({_named(a.published)})</li>' for a in ARTICLES if a is not art
    )  # fmt: skip
    main = f"""<article class="post-{art.extra['id']} post type-post">{top}<h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-content"><p><strong>{esc(art.lead)}</strong></p>{paras}{tail}</div>{bottom}</article>
<div class="other-posts"><h3>Bài viết khác</h3><ul>{others}</ul></div>"""
    return _layout(art.title, main, f"post-template-default single single-post postid-{art.extra['id']}")


def render_list(title: str, arts: list[Art], page: int = 1, base: str = "/?") -> str:
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<article class="post-{a.extra["id"]} post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
        f'<div class="entry-summary"><p>{esc(a.lead[:150])} […]</p></div><span class="posted-on">{_named(a.published)}</span></article>'
        for a in chunk
    )  # fmt: skip
    more = f'<a class="next" href="{base}paged={page + 1}">Cũ hơn</a>' if page * PER_PAGE < len(arts) else ""
    return _layout(title, f"{items}{more}", "blog")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_list(NAME, ARTICLES)
    out["/?paged=2"] = render_list(NAME, ARTICLES, 2)
    out["/?cat=3"] = render_list("Tin tức", ARTICLES, base="/?cat=3&")
    out["/?cat=3&paged=2"] = render_list("Tin tức", ARTICLES, 2, "/?cat=3&")
    about = "".join(f"<p>{esc(p)}</p>" for p in ABOUT)
    out["/?page_id=2"] = _layout("Giới thiệu", f'<article class="page"><h1 class="entry-title">Giới thiệu</h1><div class="entry-content">{about}</div></article>', "page")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /wp-admin/\n")
