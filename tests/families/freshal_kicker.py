"""A district portal on a local vendor's CMS whose headline is split over two elements: a short
over-line (the kicker) in an ``<h4>`` over the headline's ``<h2>``, or a long headline broken
by a ``<br>`` inside its ``<h2>``; ``<h1>`` the district's name on every page, the left
column's boxes headed by ``<h2>`` too, ``<title>`` the district's name alone and no ``og:``
tag; the day in the row over the kicker, once with a two-digit year ("08:40 | 05/03/24")
(fresh-AL, round 23: what a page read alone misses of titles and dates where a site model
finds them).

Built in round 23 as a fresh family (``FRESH_AL``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Items ``/tin-tuc/<slug>-<n>.html``. The content column: ``<div class="cat-date">`` "Tin tức
  - Sự kiện" and the day, then ``<h4 class="sub">`` the kicker (three items; it is no part of
  the title, truth is the ``<h2>``'s line), ``<h2>`` the headline (three items break it with a
  ``<br>``: the title is both lines joined by a space), the sapo ``<p class="sapo">``, the text.
- Three items print the day "Thứ Ba, 05/03/2024 - 08:40", three "08:40 | 05/03/24" (the
  vendor's short form, a two-digit year; truth that instant either way).
- Every page: the left column, before the content, ``<h2>`` box headings "Thông báo" (dated
  notices) and "Liên kết"; "Tin cùng chuyên mục" under an item, dated.
- Not articles: the home page, the news list, "Giới thiệu", "Liên hệ".
"""

from __future__ import annotations

import datetime

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

SITE_ID = "fx-fal-kicker"
NAME = "Cổng thông tin điện tử huyện Tân Phước"
DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _art(key: str, ident: int, slug: str, iso: str, *, kicker: str = "", cut: int = 0, short: bool = False,
         **kw: object) -> Art:
    day = DAYS[datetime.date.fromisoformat(iso[:10]).weekday()]
    line = f"{hm(iso)} | {dmy(iso)[:6]}{iso[2:4]}" if short else f"{day}, {dmy(iso)} - {hm(iso)}"
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, line, extra={"kicker": kicker, "cut": cut}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nbp-ky-hop-hdnd", 4402, "ky-hop-chuyen-de-hdnd", "2024-03-05T08:40:00+07:00",
         kicker="Kỳ họp thứ 15 HĐND tỉnh khóa X"),
    _art("tl-tiep-xuc-cu-tri", 4398, "tiep-xuc-cu-tri-xa-tan-lap", "2024-02-28T14:00:00+07:00",
         kicker="Chuẩn bị kỳ họp HĐND huyện", signature="Quốc Việt", author="Quốc Việt"),
    _art("hg-chu-ky-so", 4409, "cap-chu-ky-so-ca-nhan", "2024-03-11T09:20:00+07:00", kicker="Chuyển đổi số",
         short=True),
    _art("bs-hoi-nghi-dien-hinh", 4395, "bieu-duong-dien-hinh-tien-tien", "2024-02-22T15:30:00+07:00", cut=6),
    _art("hg-wifi-cong-cong", 4405, "mo-rong-wifi-cong-cong", "2024-03-07T10:10:00+07:00", cut=6, short=True,
         image=("/uploads/tintuc/2024/wifi-cong-cong.jpg", "Du khách truy cập wifi miễn phí tại quảng trường huyện.")),
    _art("tpd-dai-hoi-chi-bo", 4412, "dai-hoi-diem-chi-bo", "2024-03-14T07:45:00+07:00", cut=5, short=True,
         signature="Ngọc Anh", author="Ngọc Anh"),
]  # fmt: skip
CHROME = ["Thông báo", "Liên kết", "Tin cùng chuyên mục", "Lượt truy cập"]
NEWEST = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _headline(art: Art) -> str:
    words = art.title.split()
    cut = art.extra["cut"]
    if cut:
        return f'{esc(" ".join(words[:cut]))}<br>{esc(" ".join(words[cut:]))}'
    return esc(art.title)


def _left() -> str:
    notes = "".join(f'<li><a href="/thong-bao/{n}.html">{t}</a> <em>({d})</em></li>' for n, t, d in (
        (221, "Thông báo lịch tiếp công dân tháng 3/2024", "01/03/2024"),
        (219, "Thông báo tuyển dụng viên chức sự nghiệp giáo dục", "26/02/2024")))
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("https://hakhe.gov.vn", "Cổng TTĐT tỉnh Hà Khê"), ("https://dichvucong.hakhe.gov.vn", "Dịch vụ công tỉnh")))
    return (f'<div class="block"><h2>Thông báo</h2><ul>{notes}</ul></div>'
            f'<div class="block"><h2>Liên kết</h2><ul>{links}</ul></div>'
            '<div class="block"><p>Lượt truy cập: 517.240</p></div>')


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), ("/tin-tuc.html", "Tin tức - Sự kiện"),
        ("/lien-he.html", "Liên hệ")))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><header class="top"><a href="/"><img src="/img/quoc-huy.png" alt=""></a><h1>{esc(NAME)}</h1></header>
<nav><ul class="nav">{menu}</ul></nav>
<div class="container"><aside class="col-left">{_left()}</aside>
<main class="col-main">{main}</main></div>
<footer><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Phước</p>
<p>Địa chỉ: Khu phố 2, thị trấn Tân Phước - Điện thoại: 0213.3871.002</p></footer>
</body></html>"""


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(
        art, lambda h: f"<p>{h}</p>",
        lambda src, cap: f'<figure><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    kicker = f'<h4 class="sub">{esc(art.extra["kicker"])}</h4>' if art.extra["kicker"] else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span></li>'
                     for a in NEWEST if a is not art)
    main = (f'<div class="cat-date"><a href="/tin-tuc.html">Tin tức - Sự kiện</a> <span>{esc(art.date_line)}</span></div>'
            f'<div class="article">{kicker}<h2>{_headline(art)}</h2><p class="sapo"><strong>{esc(art.lead)}</strong></p>'
            f'<div class="content">{body}</div></div>'
            f'<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div>')
    return _page(main)


def render_list() -> str:
    items = "".join(f'<div class="news-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                    f'<span>{dmy(a.published)}</span><p>{esc(a.lead[:140])}...</p></div>' for a in NEWEST)
    return _page(f'<div class="cat-title">Tin tức - Sự kiện</div>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWEST)
    return _page(f'<div class="cat-title">Tin nổi bật</div><ul>{items}</ul>')


def render_intro() -> str:
    return _page('<div class="cat-title">Giới thiệu</div><div class="content">'
                 "<p>Huyện Tân Phước có diện tích tự nhiên 335 km², gồm 12 xã và 1 thị trấn, dân số khoảng 78.000 "
                 "người, nằm ở phía đông tỉnh Hà Khê.</p><p>Huyện có tuyến quốc lộ 1A chạy qua, thuận lợi cho giao "
                 "thương và phát triển công nghiệp.</p></div>")


def render_contact() -> str:
    return _page('<div class="cat-title">Liên hệ</div><form method="post" action="/lien-he.html">'
                 '<p>Họ và tên: <input name="hoten"></p><p>Email: <input name="email"></p>'
                 '<p>Nội dung: <textarea name="noidung"></textarea></p><button type="submit">Gửi</button></form>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc.html"] = render_list()
    out["/gioi-thieu.html"] = render_intro()
    out["/lien-he.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
