"""A district's portal whose ``<h1>`` is the site's name on every page and whose headline is a
plain ``<h2>`` (no class), ``<title>`` and ``og:title`` only the site's name, and whose date is
in none of the usual lines: a footer row "Cập nhật: ... | Lượt xem: ..." after the text, a
``<meta itemprop="datePublished">`` in the article's microdata with nothing shown, JSON-LD
alone, or nowhere (fresh-Z, round 21: what a page read alone misses of titles and dates).

Built in round 21 as a fresh family (``FRESH_Z``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- News ``/tin-tuc/<slug>-<id>.aspx`` (no date in the address); the header: ``<h1
  class="site-name">`` "Cổng thông tin điện tử huyện Yên Khê" and "Thứ Tư, ngày 20/03/2024".
- The article: ``<div class="news-detail" itemscope itemtype="http://schema.org/NewsArticle">``,
  the section's link "Tin hoạt động" over ``<h2>`` the headline, the sapo, the text, then the
  row the form ends with.
- Three articles end with "Cập nhật: 05/03/2024 08:40 | Lượt xem: 321" (the only date: an
  update-only date, ``date_basis`` "updated"); two show no date but carry ``<meta
  itemprop="datePublished" content="2024-03-07T09:05:00+07:00">`` in the article; one only a
  JSON-LD ``NewsArticle`` with ``datePublished`` "2024-03-08T15:20:00+07:00"; one has no date
  anywhere (truth None) though the "Tin liên quan" under it are dated.
- The right column (after the content): "Văn bản mới" (dated documents), "Lịch công tác".
- Not articles: the home page, the section list, "Giới thiệu", the search page.
"""

from __future__ import annotations

import json

from crawler.replica.site import Site
from tests.families.common import (
    Art,
    dmy,
    esc,
    hm,
    html_with_files,
    paragraphs_html,
    site_with_files,
)
from tests.families.texts import KEY

SITE_ID = "fx-fz-huyen"
NAME = "Cổng thông tin điện tử huyện Yên Khê"
SECTION = "Tin hoạt động"
TODAY = "Thứ Tư, ngày 20/03/2024"


def _art(key: str, slug: str, ident: int, iso: str | None, form: str, **kw: object) -> Art:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    line = f"Cập nhật: {dmy(iso)} {hm(iso)}" if iso and form == "foot" else ""
    if form == "foot":
        kw["updated"] = iso
        extra["date_basis"] = "updated"
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.aspx", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nbp-ky-hop-hdnd", "ky-hop-chuyen-de-hdnd-huyen", 3311, "2024-03-05T08:40:00+07:00", "foot",
         signature="Hoàng Anh", author="Hoàng Anh"),
    _art("nbp-cao-toc", "khao-sat-tuyen-cao-toc-qua-huyen", 3307, "2024-03-01T16:20:00+07:00", "foot",
         image=("/Portals/0/2024/03/cao-toc.jpg", "Đoàn công tác khảo sát hướng tuyến tại xã Yên Lập.")),
    _art("nbp-phong-chay-rung", "ra-quan-phong-chay-chua-chay-rung", 3302, "2024-02-26T07:55:00+07:00", "foot"),
    _art("nbp-doanh-nghiep", "gap-mat-doanh-nghiep-dau-xuan", 3314, "2024-03-07T09:05:00+07:00", "itemprop",
         signature="Thu Trang", author="Thu Trang"),
    _art("nbp-the-thao", "dai-hoi-the-duc-the-thao-huyen", 3299, "2024-02-21T14:30:00+07:00", "itemprop"),
    _art("nbp-ocop", "huyen-co-them-san-pham-ocop", 3318, "2024-03-08T15:20:00+07:00", "jsonld"),
    _art("nbp-tiem-chung", "day-nhanh-tiem-chung-tre-duoi-mot-tuoi", 3295, None, "none"),
]  # fmt: skip
CHROME = ["Tin liên quan", "Văn bản mới", "Lịch công tác", "Lượt xem", "Bản quyền"]
DATED = sorted((a for a in ARTICLES if a.published), key=lambda a: a.published, reverse=True)


def _right() -> str:
    docs = "".join(f'<li><a href="/van-ban/{n}.aspx">{t}</a> <span>{d}</span></li>' for n, t, d in (
        (412, "Quyết định số 215/QĐ-UBND về kế hoạch phòng chống thiên tai", "12/03/2024"),
        (409, "Kế hoạch số 38/KH-UBND triển khai chuyển đổi số năm 2024", "28/02/2024")))
    return (f'<div class="box"><div class="box-hd">Văn bản mới</div><ul>{docs}</ul></div>'
            '<div class="box"><div class="box-hd">Lịch công tác</div><p><a href="/lich-cong-tac.aspx">Xem lịch tuần</a></p></div>')


def _page(main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu.aspx", "Giới thiệu"), ("/tin-tuc.aspx", SECTION), ("/tim-kiem.aspx", "Tìm kiếm")))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(NAME)}</title>
<meta property="og:title" content="{esc(NAME)}"><meta property="og:site_name" content="{esc(NAME)}">
<meta property="og:type" content="website">{head}<link rel="stylesheet" href="/Portals/_default/skin.css"></head>
<body><div id="header"><h1 class="site-name"><a href="/">{esc(NAME)}</a></h1><div class="date-now">{TODAY}</div></div>
<ul id="menu">{menu}</ul>
<div id="wrapper"><div class="col-main">{main}</div><div class="col-right">{_right()}</div></div>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Yên Khê</p><p>Địa chỉ: Thị trấn Yên Khê, huyện Yên Khê. Điện thoại: 0207.3870.112</p></div>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<div class="img"><img src="{src}" alt=""><p class="caption">{esc(cap)}</p></div>'


def render_article(art: Art) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    meta = f'<meta itemprop="datePublished" content="{art.published}">' if form == "itemprop" else ""
    foot = (f'<div class="news-foot">{esc(art.date_line)} | Lượt xem: {art.extra["id"] % 500}</div>'
            if form == "foot" else f'<div class="news-foot">Lượt xem: {art.extra["id"] % 500}</div>')
    head = ""
    if form == "jsonld":
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "datePublished": art.published, "publisher": {"@type": "Organization", "name": NAME}}
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in DATED if a is not art)
    main = (f'<div class="news-detail" itemscope itemtype="http://schema.org/NewsArticle">{meta}'
            f'<div class="breadcrumb"><a href="/tin-tuc.aspx">{SECTION}</a></div>'
            f'<h2>{esc(art.title)}</h2>'
            f'<div class="sapo" itemprop="description">{esc(art.lead)}</div>'
            f'<div class="news-content" itemprop="articleBody">{body}</div>{foot}</div>'
            f'<div class="related"><div class="box-hd">Tin liên quan</div><ul>{related}</ul></div>')
    return _page(main, head)


def render_list() -> str:
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.lead[:150])}...</p></div>'
                    for a in ARTICLES)
    return _page(f'<div class="cat-title">{SECTION}</div>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES)
    return _page(f'<div class="cat-title">Tin nổi bật</div><ul>{items}</ul>')


def render_intro() -> str:
    return _page('<div class="cat-title">Giới thiệu</div><div class="news-content"><p>Huyện Yên Khê nằm ở phía tây '
                 'bắc của tỉnh, có diện tích tự nhiên 712 km², gồm 16 xã và 1 thị trấn.</p><p>Dân số toàn huyện hơn '
                 '98.000 người, gồm các dân tộc Kinh, Tày, Dao và Mông cùng sinh sống.</p></div>')


def render_search() -> str:
    return _page('<div class="cat-title">Tìm kiếm</div><form action="/tim-kiem.aspx"><input name="q"> '
                 '<button>Tìm</button></form><p>Nhập từ khóa để tìm kiếm tin bài.</p>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc.aspx"] = render_list()
    out["/gioi-thieu.aspx"] = render_intro()
    out["/tim-kiem.aspx"] = render_search()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
