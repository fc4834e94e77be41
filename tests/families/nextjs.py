"""A district portal rebuilt on Next.js (React, server-side rendered), the way newer in-house
and start-up vendor portals ship: no semantic class names at all.

- Every element's class is a CSS-in-JS hash (``css-1k9ek97``, emotion style): no ``title``,
  ``date``, ``content`` or ``author`` in any class or id; the page is ``<div id="__next">``
  with ``<header>``, ``<nav>``, ``<main>``, ``<footer>`` (no ``<article>``); the headline is
  the one ``<h1>``; ``<title>`` is "Title | Cổng thông tin điện tử huyện Tân Khê".
- The body is the CMS editor's HTML injected as is: every paragraph ``<p style="text-align:
  justify;">``, empty ``<p>&nbsp;</p>`` between some, the lead a bold first paragraph
  *outside* it (a hashed ``<div>``), a ``<figure>`` with ``<figcaption>``.
- The date line mixes weekday, date, time and the view count on one line, in a different
  order per article: "Thứ Năm, 14/03/2024 - 08:40 | Lượt xem: 1.234", "15:05 Thứ Ba,
  12/03/2024 · 876 lượt xem", "Thứ Sáu, 8/3/2024, 9:30 (GMT+7) - Lượt xem: 2.015", ...
- ``<script id="__NEXT_DATA__" type="application/json">`` repeats the article (title, the
  HTML content, ``publishedAt`` in UTC "...Z", ``createdBy: "admin"``); no JSON-LD, no meta
  dates, no ``<time>``.
- Authors: a right-aligned bold last paragraph with a position ("Hoàng Minh Tuấn - Phòng
  VH-TT"), a name and a unit in brackets, two names ("Minh Châu - Ngọc Ánh"), a "Tác giả:"
  line under the date line, or only "Nguồn: ..." (a source: no author).
- "Tin liên quan" (titles and dd/mm/yyyy) under each article; "Xem nhiều" and a weather box
  ("Tân Khê 24°C") in the right column; the header shows the hotline; the footer the
  address and "© 2024".
- ``/<category>/<slug>-<id>`` articles; ``/tin-tuc`` (two pages, ``?page=2``), ``/van-hoa-xa-hoi``,
  the home ``/``, ``/gioi-thieu``, ``/lien-he``, ``/so-do-trang``.

The truth below was written by hand before any extraction ran on this family.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-nextjs"
NAME = "Cổng thông tin điện tử huyện Tân Khê"
CATS = {"tin-tuc": "Tin tức - Sự kiện", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}


def _art(key: str, cat: str, ident: int, iso: str, line: str, **kw: object) -> Art:
    extra = {"cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.removeprefix("nx-")
    return Art(KEY[key], f"/{cat}/{slug}-{ident}", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nx-duong-giao-thong-nong-thon", "tin-tuc", 2051, "2024-03-14T08:40:00+07:00",
         "Thứ Năm, 14/03/2024 - 08:40 | Lượt xem: 1.234", signature="Hoàng Minh Tuấn - Phòng VH-TT",
         author="Hoàng Minh Tuấn",
         image=("/_next/image?url=%2Fuploads%2F2024%2F03%2Fkhoi-cong.jpg&w=1080&q=75",
                "Lãnh đạo huyện và người dân xã Khê Thượng dự lễ khởi công.")),
    _art("nx-hoi-thi-van-nghe", "van-hoa-xa-hoi", 2047, "2024-03-12T15:05:00+07:00",
         "15:05 Thứ Ba, 12/03/2024 · 876 lượt xem", signature="Lê Thu Hà (Trung tâm VH-TT-TT huyện)",
         author="Lê Thu Hà"),
    _art("nx-tiem-chung-mo-rong", "van-hoa-xa-hoi", 2040, "2024-03-08T09:30:00+07:00",
         "Thứ Sáu, 8/3/2024, 9:30 (GMT+7) - Lượt xem: 2.015", byline="Phạm Quang Huy",
         author="Phạm Quang Huy"),
    _art("nx-chuyen-doi-cay-trong", "tin-tuc", 2033, "2024-03-05T14:20:00+07:00",
         "Thứ Ba, 05/03/2024 14:20 | Lượt xem: 412", signature="Minh Châu - Ngọc Ánh",
         author="Minh Châu, Ngọc Ánh"),
    _art("nx-lich-tiep-dan-quy-2", "tin-tuc", 2026, "2024-03-01T07:55:00+07:00",
         "Thứ Sáu, 01/03/2024 - 07:55 | Lượt xem: 3.108", author=None,
         source_line="Nguồn: Văn phòng HĐND và UBND huyện", source="Văn phòng HĐND và UBND huyện"),
]  # fmt: skip
PER_PAGE = 2
HOTLINE = "Đường dây nóng: 0209 3856 111"
WEATHER = "Tân Khê 24°C"
CHROME = [
    "Tin liên quan", "Xem nhiều", "Trang chủ", "Giới thiệu", "Liên hệ", "Sơ đồ trang", HOTLINE,
    WEATHER, "Trời nhiều mây", "Khu 3, thị trấn Tân Khê", "ubnd@tankhe.gov.vn", "Chia sẻ",
    "In trang", "Lượt xem",
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu huyện Tân Khê", [
        "Huyện Tân Khê nằm ở phía tây bắc tỉnh Bình Nguyên, có diện tích tự nhiên hơn năm trăm "
        "ki-lô-mét vuông, gồm mười bốn xã và một thị trấn.",
        "Dân số toàn huyện khoảng tám mươi nghìn người thuộc sáu dân tộc, đông nhất là người Kinh, "
        "Tày và Dao; kinh tế chủ yếu là nông, lâm nghiệp.",
    ]),
    "lien-he": ("Liên hệ", [
        "Ủy ban nhân dân huyện Tân Khê, Khu 3, thị trấn Tân Khê, tỉnh Bình Nguyên.",
        "Văn phòng HĐND và UBND huyện tiếp nhận thư góp ý qua địa chỉ thư điện tử "
        "ubnd@tankhe.gov.vn trong giờ hành chính.",
    ]),
}  # fmt: skip


def css(role: str) -> str:
    """The emotion-style class of a role: a hash, nothing semantic."""
    return "css-" + hashlib.sha1(role.encode()).hexdigest()[:7]


def _layout(title: str, main: str, data: dict) -> str:
    menu = "".join(f'<a class="{css("menu-item")}" href="/{c}">{esc(label)}</a>' for c, label in CATS.items())
    hot = "".join(
        f'<li class="{css("hot-item")}"><a class="{css("hot-link")}" href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[1:4]
    )  # fmt: skip
    nd = json.dumps({"props": {"pageProps": data}, "page": "/[category]/[slug]", "buildId": "kT3x9qLm2"}, ensure_ascii=False)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)} | {esc(NAME)}</title><link rel="preload" href="/_next/static/css/8f2a.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8f2a.css" data-n-g=""/><noscript data-n-css=""></noscript></head>
<body><div id="__next"><header class="{css("header")}"><div class="{css("topbar")}"><span class="{css("hotline")}">{HOTLINE}</span></div>
<div class="{css("brand")}"><a href="/"><img alt="{esc(NAME)}" src="/logo.png" width="64" height="64"/></a><div class="{css("brand-name")}">{esc(NAME.upper())}</div></div>
<nav class="{css("nav")}"><a class="{css("menu-item")}" href="/">Trang chủ</a><a class="{css("menu-item")}" href="/gioi-thieu">Giới thiệu</a>{menu}<a class="{css("menu-item")}" href="/lien-he">Liên hệ</a></nav></header>
<main class="{css("main")}"><div class="{css("grid")}"><div class="{css("col-8")}">{main}</div>
<aside class="{css("col-4")}"><div class="{css("weather")}"><div class="{css("w-city")}">{WEATHER}</div><div class="{css("w-desc")}">Trời nhiều mây</div></div>
<div class="{css("box")}"><div class="{css("box-head")}">Xem nhiều</div><ul class="{css("hot")}">{hot}</ul></div></aside></div></main>
<footer class="{css("footer")}"><div class="{css("f-name")}">{esc(NAME.upper())}</div><div class="{css("f-addr")}">Địa chỉ: Khu 3, thị trấn Tân Khê, tỉnh Bình Nguyên. Email: ubnd@tankhe.gov.vn</div>
<div class="{css("f-links")}"><a href="/so-do-trang">Sơ đồ trang</a></div><div class="{css("f-copy")}">© 2024 {esc(NAME)}</div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{nd}</script><script src="/_next/static/chunks/main-3f1c.js" async=""></script></body></html>"""


def _utc(iso: str) -> str:
    """"2024-03-14T08:40:00+07:00" -> "2024-03-14T01:40:00.000Z" (what the CMS API returns)."""
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _content(art: Art) -> str:
    out = []
    for i, paragraph in enumerate(art.paragraphs):
        out.append(f'<p style="text-align: justify;">{esc(paragraph)}</p>')
        if i == 0 and art.image:
            src, cap = art.image
            out.append(f'<figure class="image"><img src="{src}" alt="" loading="lazy" decoding="async"/><figcaption>{esc(cap)}</figcaption></figure>')
        if i == 0:
            out.append("<p>&nbsp;</p>")
    if art.signature:
        out.append(f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>')
    if art.source_line:
        out.append(f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>')
    return "".join(out)


def render_article(art: Art) -> str:
    cat = str(art.extra["cat"])
    content = _content(art)
    related = "".join(
        f'<li class="{css("rel-item")}"><a href="{a.path}">{esc(a.title)}</a><span class="{css("rel-date")}">{dmy(a.published)}</span></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    byline = f'<div class="{css("byline")}">Tác giả: {esc(art.byline)}</div>' if art.byline else ""
    main = f"""<div class="{css("crumbs")}"><a href="/">Trang chủ</a><span>/</span><a href="/{cat}">{esc(CATS[cat])}</a></div>
<div class="{css("detail")}"><h1 class="{css("h1")}">{esc(art.title)}</h1>
<div class="{css("meta")}"><span class="{css("meta-text")}">{esc(art.date_line)}</span><button class="{css("share")}" type="button">Chia sẻ</button><button class="{css("print")}" type="button">In trang</button></div>{byline}
<div class="{css("sapo")}">{esc(art.lead)}</div>
<div class="{css("content")}">{content}</div></div>
<div class="{css("related")}"><div class="{css("box-head")}">Tin liên quan</div><ul class="{css("rel")}">{related}</ul></div>"""
    data = {"article": {"id": int(art.path.rsplit("-", 1)[1]), "title": art.title, "slug": art.path.rsplit("/", 1)[1],
                        "sapo": art.lead, "content": content, "publishedAt": _utc(art.published),
                        "createdBy": "admin", "category": {"slug": cat, "name": CATS[cat]}}}  # fmt: skip
    return _layout(art.title, main, data)


def render_list(title: str, arts: list[Art], page: int = 1, base: str = "/", per_page: int = PER_PAGE) -> str:
    pages, chunk = (len(arts) + per_page - 1) // per_page, arts[(page - 1) * per_page : page * per_page]
    items = "".join(
        f'<div class="{css("card")}"><a href="{a.path}"><img alt="" src="/uploads/thumb-{a.path.rsplit("-", 1)[1]}.jpg" loading="lazy"/></a>'
        f'<div class="{css("card-body")}"><h3 class="{css("card-title")}"><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<div class="{css("card-date")}">{dmy(a.published)}</div><p class="{css("card-sapo")}">{esc(a.lead[:150])}...</p></div></div>'
        for a in chunk
    )  # fmt: skip
    more = f'<div class="{css("pager")}"><a href="{base}?page={page + 1}">Trang sau</a></div>' if page < pages else ""
    data = {"items": [{"title": a.title, "slug": a.path.rsplit("/", 1)[1]} for a in chunk], "page": page}
    return _layout(title, f'<h2 class="{css("cat-title")}">{esc(title)}</h2>{items}{more}', data)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_list("Trang chủ", ARTICLES, per_page=len(ARTICLES))
    for cat, label in CATS.items():
        arts = [a for a in ARTICLES if a.extra["cat"] == cat]
        out[f"/{cat}"] = render_list(label, arts, base=f"/{cat}")
        if len(arts) > PER_PAGE:
            out[f"/{cat}?page=2"] = render_list(label, arts, 2, f"/{cat}")
    for slug, (title, paras) in STATIC.items():
        text = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
        out[f"/{slug}"] = _layout(title, f'<h1 class="{css("h1")}">{esc(title)}</h1><div class="{css("content")}">{text}</div>', {"page": slug})
    links = "".join(f'<li><a href="/{c}">{esc(label)}</a></li>' for c, label in CATS.items())
    out["/so-do-trang"] = _layout("Sơ đồ trang", f'<h1 class="{css("h1")}">Sơ đồ trang</h1><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>{links}<li><a href="/lien-he">Liên hệ</a></li></ul>', {"page": "so-do-trang"})
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /api/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})  # fmt: skip
