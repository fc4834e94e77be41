"""A mountain district's news portal written like a newspaper, signed at the text's foot in
the papers' ways (fresh-N, round 19: author conventions).

Built in round 19 as a fresh family (``FRESH_N``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<yyyy>/<mm>/<slug>-<id>.htm``: the headline in ``h1.post-title``,
  "08:30 - 05/03/2024" in ``span.post-time``, the sapo in ``h2.post-sapo``, the text in
  ``div.post-body``; "Tin cùng chuyên mục" with dates and the tags after it.
- Signatures: an interview signed "Phạm Thu (thực hiện)"; "Thanh Hương" followed by a
  footnote "(*) Số liệu của Chi cục Thống kê huyện."; "Minh Anh" over "Theo Báo Lào Cai"; "Hoài
  Thu (tổng hợp)"; a byline row above the sapo "Bài: Lê Hà | Ảnh: Văn Tâm" (no signature
  under the text); the first part of a series, "Ngọc Lan" then "(Còn nữa)"; an unsigned
  article whose only name is the photo credit in a caption (no author); two writers with
  their unit "Thu Hà - Quốc Tuấn (Trung tâm TT-VH huyện)".
- Non-articles: the home page, a category and its page 2, the district's overview, the
  leaders' page, a tag page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshn_common import NArt
from tests.families.texts import KEY

SITE_ID = "fx-fn-huyen"
NAME = "Trang thông tin điện tử huyện Mường Khê"


def _art(key: str, ident: int, iso: str, **kw: object) -> NArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.split("-", 1)[1]
    return NArt(KEY[key], f"/tin-tuc/{iso[:4]}/{iso[5:7]}/{slug}-{ident}.htm", iso, f"{hm(iso)} - {dmy(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fd-phong-van-chuyen-doi-so", 5120, "2024-03-05T08:30:00+07:00", signature="Phạm Thu (thực hiện)",
         author="Phạm Thu"),
    _art("sh-chuyen-doi-cay-trong", 5117, "2024-03-04T10:15:00+07:00", signature="Thanh Hương", author="Thanh Hương",
         extra={"after": ("(*) Số liệu của Chi cục Thống kê huyện.",)}),
    _art("sh-duong-lien-xa", 5113, "2024-03-02T16:40:00+07:00", signature="Minh Anh", author="Minh Anh",
         source_line="Theo Báo Lào Cai", source="Báo Lào Cai"),
    _art("nx-tiem-chung-mo-rong", 5109, "2024-02-29T09:05:00+07:00", signature="Hoài Thu (tổng hợp)", author="Hoài Thu"),
    _art("fc-bh-trong-que", 5104, "2024-02-27T14:20:00+07:00", author="Lê Hà",
         extra={"byline": "Bài: Lê Hà | Ảnh: Văn Tâm"}),
    _art("fd-rac-thai-nong-thon", 5100, "2024-02-26T07:50:00+07:00", signature="Ngọc Lan", author="Ngọc Lan",
         extra={"after": ("(Còn nữa)",)}),
    _art("nx-duong-giao-thong-nong-thon", 5096, "2024-02-23T15:00:00+07:00",
         image=("/media/2024/02/khoi-cong-duong.jpg", "Lãnh đạo huyện và xã Tân Khê thực hiện nghi thức khởi công. Ảnh: Văn Tâm")),
    _art("fd-quan-trac-nuoc", 5091, "2024-02-21T11:30:00+07:00", signature="Thu Hà - Quốc Tuấn (Trung tâm TT-VH huyện)",
         author="Thu Hà, Quốc Tuấn"),
]  # fmt: skip
CHROME = [
    "Tin cùng chuyên mục", "Từ khóa:", "Tin nổi bật", "Thời tiết", "Lượt truy cập", "Giấy phép số", "Lên đầu trang",
    "Cỡ chữ", "Nghe đọc bài",
]  # fmt: skip
TAGS = (("chuyen-doi-so", "chuyển đổi số"), ("nong-thon-moi", "nông thôn mới"), ("muong-khe", "Mường Khê"))


def _layout(title: str, main: str) -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:3])
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta property="og:site_name" content="{esc(NAME)}"><link rel="stylesheet" href="/assets/css/bootstrap.min.css"></head>
<body><header class="header"><div class="container"><div class="logo"><a href="/"><img src="/assets/img/logo.png" alt="{esc(NAME)}"></a></div>
<div class="weather">Thời tiết Mường Khê: 19°C, nhiều mây</div></div></header>
<nav class="navbar"><div class="container"><a href="/">Trang chủ</a><a href="/gioi-thieu/tong-quan.htm">Giới thiệu</a>
<a href="/chuyen-muc/kinh-te.htm">Kinh tế</a><a href="/chuyen-muc/xa-hoi.htm">Xã hội</a><a href="/lanh-dao-huyen.htm">Lãnh đạo huyện</a></div></nav>
<main class="container"><div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4 sidebar"><section class="box"><h3>Tin nổi bật</h3><ul>{hot}</ul></section>
<section class="box"><h3>Lượt truy cập</h3><p>Trực tuyến: 12 | Tổng: 845.310</p></section></div></div></main>
<footer class="footer"><div class="container"><p>Cơ quan chủ quản: UBND huyện Mường Khê</p>
<p>Giấy phép số 15/GP-STTTT ngày 12/6/2020. Trưởng ban biên tập: Vàng Seo Phìn - Phó Chủ tịch UBND huyện</p>
<a href="#top">Lên đầu trang</a></div></footer></body></html>"""


def render_article(art: NArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += (f'<table class="image center"><tr><td><img src="{src}" alt=""></td></tr>'
                     f'<tr><td class="caption">{esc(cap)}</td></tr></table>')
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    if art.source_line:
        body += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    for line in art.after():
        body += f"<p><em>{esc(line)}</em></p>"
    byline = f'<p class="post-author">{esc(art.extra["byline"])}</p>' if "byline" in art.extra else ""
    same = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>'
                   for a in ARTICLES if a is not art and a.extra["id"] % 2 == art.extra["id"] % 2)
    tags = ", ".join(f'<a href="/tag/{slug}.htm">{esc(t)}</a>' for slug, t in TAGS)
    main = f"""<article class="post-detail"><h1 class="post-title">{esc(art.title)}</h1>
<div class="post-meta"><span class="post-time">{esc(art.date_line)}</span>
<span class="font-size">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span> <a href="#" class="listen">Nghe đọc bài</a></div>
{byline}<h2 class="post-sapo">{esc(art.lead)}</h2>
<div class="post-body">{body}</div>
<div class="post-tags">Từ khóa: {tags}</div></article>
<section class="same-cat"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></section>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[NArt], pager: str = "") -> str:
    items = "".join(f'<div class="media"><img src="/media/thumb/{a.extra["id"]}.jpg" alt=""><div class="media-body">'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{esc(a.date_line)}</span>'
                    f"<p>{esc(a.lead)}</p></div></div>" for a in arts)
    return _layout(title, f'<h2 class="cat-name">{esc(title)}</h2>{items}{pager}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:5])
    eco = [a for a in ARTICLES if a.extra["id"] % 2 == 0]
    soc = [a for a in ARTICLES if a.extra["id"] % 2 == 1]
    out["/chuyen-muc/kinh-te.htm"] = _list("Kinh tế", eco[:3], '<div class="pager"><b>1</b> <a href="/chuyen-muc/kinh-te.htm?p=2">2</a></div>')
    out["/chuyen-muc/kinh-te.htm?p=2"] = _list("Kinh tế", eco[3:], '<div class="pager"><a href="/chuyen-muc/kinh-te.htm">1</a> <b>2</b></div>')
    out["/chuyen-muc/xa-hoi.htm"] = _list("Xã hội", soc)
    out["/tag/chuyen-doi-so.htm"] = _list("Từ khóa: chuyển đổi số", ARTICLES[:2])
    out["/gioi-thieu/tong-quan.htm"] = _layout("Tổng quan", """<h2 class="cat-name">Tổng quan huyện Mường Khê</h2>
<p>Mường Khê là huyện vùng cao biên giới, có 16 xã, thị trấn với diện tích tự nhiên hơn 556 km².</p>
<p>Dân số toàn huyện hơn 65 nghìn người gồm 14 dân tộc cùng sinh sống, đông nhất là dân tộc Mông.</p>""")
    out["/lanh-dao-huyen.htm"] = _layout("Lãnh đạo huyện", """<h2 class="cat-name">Lãnh đạo huyện</h2>
<ul><li><b>Lù Văn Hòa</b> - Bí thư Huyện ủy</li><li><b>Giàng Seo Chá</b> - Chủ tịch UBND huyện</li>
<li><b>Vàng Seo Phìn</b> - Phó Chủ tịch UBND huyện</li></ul>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
