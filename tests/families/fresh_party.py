"""A district's portal run with its party committee's newspaper (a hybrid of the two).

Built in round 15 as a fresh family (``FRESH_A``): scored once before any extraction change
(a held-out figure), its truth written by hand before any extraction ran on it.

- Articles ``/tin-tuc/<slug>-a<id>.html``: ``h1.article-title``; the date written ONLY as
  "Thứ Hai, 04/03/2024, 16:45 (GMT+7)" in ``span.article-date`` beside a share bar (no
  ``<meta>`` date, no ``<time>``, no JSON-LD); the sapo in ``h2.article-sapo``.
- Bylines: ``<p class="author">`` between the sapo and the body (before the body; a name, or
  a name and the unit after a dash); or the writer's name in capitals, bold and
  right-aligned, at the body's end ("MINH ANH", kept uppercase); or a reprint ending with
  "Theo ..." (the source; no author).
- A header clock ("Thứ Tư, ngày 06/03/2024"), a ticker, a "Tin mới nhất" sidebar with each
  item's date and time, "Tin cùng chuyên mục" under the article with dates, a "Xem nhiều"
  box and a banner of the party's anniversary ("94 năm Ngày thành lập Đảng 03/02/1930 -
  03/02/2024").
- Listings: home, categories; static pages: the district's introduction and the standing
  committee's members.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fresh-party"
NAME = "Trang thông tin điện tử huyện Tân Phước"
BASE_URL = "https://tanphuoc.vn/"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _line(iso: str) -> str:
    from datetime import date

    day = date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    return f"{WEEKDAYS[day.weekday()]}, {dmy(iso)}, {hm(iso)} (GMT+7)"


def _art(key: str, cat: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/tin-tuc/{slug}-a{ident}.html", iso, _line(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tpd-dai-hoi-chi-bo", "xay-dung-dang", "tan-phuoc-hoan-thanh-dai-hoi-diem-chi-bo-nhiem-ky-2024-2027", 5512,
         "2024-03-04T16:45:00+07:00", byline="Minh Anh", author="Minh Anh"),
    _art("tpd-hoc-tap-guong", "xay-dung-dang", "lan-toa-viec-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh",
         5508, "2024-03-03T08:30:00+07:00", signature="THANH TÙNG", author="THANH TÙNG"),
    _art("tpd-thu-hoach-lua", "kinh-te", "nong-dan-tan-phuoc-thu-hoach-lua-dong-xuan-som", 5506,
         "2024-03-02T10:15:00+07:00", byline="Ngọc Hân - Trung tâm VH-TT&TT huyện", author="Ngọc Hân",
         image=("/uploads/2024/03/thu-hoach-lua.jpg", "Nông dân xã Mỹ Lợi thu hoạch lúa đông xuân.")),
    _art("tpd-van-nghe", "van-hoa-xa-hoi", "hoi-thi-van-nghe-quan-chung-mung-dang-mung-xuan", 5504,
         "2024-03-02T21:40:00+07:00", signature="KIM NGÂN", author="KIM NGÂN"),
    _art("tpd-ban-dan-van", "xay-dung-dang", "ban-dan-van-huyen-uy-doi-thoai-voi-doan-vien-thanh-nien", 5497,
         "2024-02-28T17:20:00+07:00", source_line="Theo Ban Tuyên giáo Huyện ủy", source="Ban Tuyên giáo Huyện ủy"),
    _art("tpd-nuoc-sach", "kinh-te", "hon-1200-ho-dan-vung-con-duoc-dung-nuoc-sach", 5493,
         "2024-02-27T07:05:00+07:00", byline="Phạm Quốc Bảo", author="Phạm Quốc Bảo"),
    _art("tpd-an-ninh", "van-hoa-xa-hoi", "bao-dam-an-ninh-trat-tu-mua-le-hoi-dau-nam", 5488,
         "2024-02-24T14:00:00+07:00", source_line="Theo Báo Tiền Giang", source="Báo Tiền Giang"),
]  # fmt: skip
CATS = {"xay-dung-dang": "Xây dựng Đảng", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}
CHROME = [
    "Tin mới nhất", "Tin cùng chuyên mục", "Xem nhiều", "Chia sẻ", "Cỡ chữ", "Bản in", "Trang chủ",
    "Ngày thành lập Đảng", "Ban biên tập", "Chịu trách nhiệm nội dung", "0273 3841 222",
    "Ghi rõ nguồn", "Bình luận",
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/{c}">{esc(t)}</a></li>' for c, t in CATS.items())
    latest = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{hm(a.published)} {dmy(a.published)}</span></li>'
        for a in ARTICLES[:5]
    )  # fmt: skip
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[3:7])
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta property="og:site_name" content="{esc(NAME)}"><meta property="og:title" content="{esc(title)}">
<link rel="stylesheet" href="/themes/tanphuoc/css/main.css"></head>
<body>
<header class="site-header"><div class="header-top"><div class="clock"><span class="date-now">Thứ Tư, ngày 06/03/2024</span></div>
<div class="ticker">Tin mới: <a href="{ARTICLES[0].path}">{esc(ARTICLES[0].title)}</a></div></div>
<div class="banner"><a href="/"><img src="/themes/tanphuoc/img/banner.png" alt="{esc(NAME)}"></a>
<div class="anniversary">94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024)</div></div>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/ban-thuong-vu">Ban Thường vụ Huyện ủy</a></li></ul></nav></header>
<main class="container"><div class="col-main">{main}</div>
<aside class="col-side"><section class="widget"><h3 class="widget-title">Tin mới nhất</h3><ul class="latest">{latest}</ul></section>
<section class="widget"><h3 class="widget-title">Xem nhiều</h3><ol>{most}</ol></section></aside></main>
<footer class="site-footer"><p>{esc(NAME)} - Cơ quan của Đảng bộ, chính quyền và nhân dân huyện Tân Phước</p>
<p>Chịu trách nhiệm nội dung: Trưởng Ban biên tập. Điện thoại: 0273 3841 222</p>
<p>Ghi rõ nguồn "Trang thông tin điện tử huyện Tân Phước" khi phát hành lại thông tin từ website này.</p></footer>
</body></html>"""


def render_article(art: Art) -> str:
    images = [art.image] if art.image else []
    blocks = []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(paragraph)}</p>")
        if i < len(images):
            src, caption = images[i]
            blocks.append(f'<table class="image center"><tr><td><img src="{src}" alt=""></td></tr>'
                          f'<tr><td class="image-caption">{esc(caption)}</td></tr></table>')
    if art.signature:
        blocks.append(f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>')
    if art.source_line:
        blocks.append(f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>')
    byline = f'<p class="author">{esc(art.byline)}</p>' if art.byline else ""
    cat = art.extra["cat"]
    same = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>'
        for a in ARTICLES if a is not art and a.extra["cat"] == cat
    )  # fmt: skip
    main = f"""<div class="breadcrumbs"><a href="/">Trang chủ</a> / <a href="/{cat}">{esc(CATS[cat])}</a></div>
<article class="article-detail">
<h1 class="article-title">{esc(art.title)}</h1>
<div class="article-meta"><span class="article-date">{esc(art.date_line)}</span>
<div class="share-bar"><a class="share-fb" href="#">Chia sẻ</a> <a class="share-zalo" href="#">Zalo</a>
<span class="font-size">Cỡ chữ <a href="#">A-</a> <a href="#">A+</a></span> <a href="#" onclick="window.print()">Bản in</a></div></div>
<h2 class="article-sapo">{esc(art.lead)}</h2>
{byline}
<div class="article-body">{''.join(blocks)}</div>
</article>
<div class="comments"><h3>Bình luận</h3><textarea name="comment"></textarea></div>
<section class="same-category"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></section>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[Art]) -> str:
    items = "".join(
        f'<article class="item"><a href="{a.path}"><img src="{(a.image or ("/themes/tanphuoc/img/noimg.png", ""))[0]}" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)} {hm(a.published)}</span>'
        f'<p>{esc(a.lead)}</p></article>'
        for a in arts
    )  # fmt: skip
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>{items}')


MEMBERS = [
    ("Bí thư Huyện ủy", "Nguyễn Văn Lực"),
    ("Phó Bí thư Thường trực Huyện ủy", "Trần Thị Mỹ Hạnh"),
    ("Phó Bí thư Huyện ủy, Chủ tịch UBND huyện", "Võ Thành Nhân"),
    ("Trưởng Ban Tuyên giáo Huyện ủy", "Lê Quang Vinh"),
]


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:6])
    for c, t in CATS.items():
        out[f"/{c}"] = _list(t, [a for a in ARTICLES if a.extra["cat"] == c])
    out["/gioi-thieu"] = _layout("Giới thiệu huyện Tân Phước", '<article class="article-detail"><h1 class="article-title">'
                                 "Giới thiệu huyện Tân Phước</h1><div class=\"article-body\"><p>Huyện Tân Phước được thành lập "
                                 "ngày 24/8/1994, nằm ở phía bắc tỉnh, có diện tích tự nhiên 333 km² với mười hai xã và một thị "
                                 "trấn.</p><p>Đảng bộ huyện hiện có 42 tổ chức cơ sở đảng với hơn 3.100 đảng viên.</p></div></article>")
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(r)}</td></tr>" for r, n in MEMBERS)
    out["/ban-thuong-vu"] = _layout("Ban Thường vụ Huyện ủy", '<h2 class="cat-title">Ban Thường vụ Huyện ủy nhiệm kỳ 2020 - 2025</h2>'
                                    f'<table class="members"><tr><th>Họ và tên</th><th>Chức vụ</th></tr>{rows}</table>')
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nAllow: /\n", sitemaps=None)
