"""A department of labour's HTML5 portal whose theme puts the writer in markup the eye reads
and text lines do not: an ``<address>``, a ``rel="author"`` link, a ``<cite>``, an avatar's
``title``, a signature image's ``alt``, a ``<p class="author">`` after the tags (fresh-P, round
19b: authors that get missed).

Built in round 19b as a fresh family (``FRESH_P``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/bai-viet/<id>/<slug>``: ``<article>`` with the headline in ``h1.entry-title``,
  ``<time datetime>`` shown "05/03/2024 - 08:30" in ``div.entry-meta`` with the views, the sapo
  in ``div.entry-summary``, the text in ``div.entry-content``, then the tags, then "Bài viết
  khác" with dates.
- Bylines: ``<address class="author">Lò Thị Mai</address>`` after the text; a meta row link
  ``<a rel="author" href="/tac-gia/...">Nguyễn Thị Phương Thảo</a>``; ``<p><cite>Tôn Nữ Thị Ngọc
  Hân</cite></p>`` closing the text; an avatar ``<img title="Trần Minh Khôi">`` alone in the meta
  row; a scanned signature ``<img alt="Hoàng Văn Nam">`` right-aligned closing the text;
  ``<p class="author">Vi Thị Hồng</p>`` after the tags list; "BBT" right-aligned; an unsigned
  article (a "Gửi ý kiến cho Ban biên tập" box and "Trưởng Ban biên tập: ..." in the footer).
- Non-articles: the home page, a category, an author's page, the contact page, a search page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshp_common import PArt
from tests.families.texts import KEY

SITE_ID = "fx-fp-html5"
NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm"


def _art(key: str, ident: int, iso: str, **kw: object) -> PArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.split("-", 1)[1]
    return PArt(KEY[key], f"/bai-viet/{ident}/{slug}", iso, f"{dmy(iso)} - {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nl-dao-tao-nghe", 812, "2024-03-05T08:30:00+07:00", author="Lò Thị Mai", extra={"address": "Lò Thị Mai"}),
    _art("nl-phien-viec-lam", 809, "2024-03-04T14:15:00+07:00", author="Nguyễn Thị Phương Thảo",
         extra={"rel": ("nguyen-thi-phuong-thao", "Nguyễn Thị Phương Thảo")},
         image=("/uploads/2024/03/phien-viec-lam.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch.")),
    _art("nl-nguoi-co-cong", 806, "2024-03-01T10:00:00+07:00", signature="Tôn Nữ Thị Ngọc Hân", author="Tôn Nữ Thị Ngọc Hân",
         extra={"cite": True}),
    _art("nl-xuat-khau-lao-dong", 803, "2024-02-28T16:45:00+07:00", author="Trần Minh Khôi",
         extra={"avatar": ("/uploads/avatar/tran-minh-khoi.jpg", "Trần Minh Khôi")}),
    _art("nl-bao-hiem-that-nghiep", 801, "2024-02-27T09:20:00+07:00", author="Hoàng Văn Nam",
         extra={"sigimg": ("/uploads/chuky/hoang-van-nam.png", "Hoàng Văn Nam")}),
    _art("nl-tre-em-den-truong", 798, "2024-02-26T15:30:00+07:00", author="Vi Thị Hồng", extra={"pauthor": "Vi Thị Hồng"}),
    _art("ln-tb-tuyen-dung", 795, "2024-02-23T08:05:00+07:00", signature="BBT", author="BBT"),
    _art("ln-tb-ho-so-nghe", 792, "2024-02-22T11:10:00+07:00"),
]  # fmt: skip
CHROME = [
    "Bài viết khác", "Từ khóa:", "Lượt xem:", "Gửi ý kiến cho Ban biên tập", "Văn bản mới", "Đường dây nóng",
    "Thống kê truy cập", "Ghi rõ nguồn",
]  # fmt: skip
TAGS = (("lao-dong", "lao động"), ("viec-lam", "việc làm"), ("an-sinh", "an sinh xã hội"))


def _layout(title: str, main: str) -> str:
    docs = "".join(f'<li><a href="/van-ban/{n}">Quyết định số {n}/QĐ-SLĐTBXH</a></li>' for n in (41, 38, 35))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(title)} - {esc(NAME)}</title><meta property="og:site_name" content="{esc(NAME)}"></head>
<body><header class="site-header"><a href="/" class="brand">{esc(NAME)}</a>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></header>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<div class="site-content"><main class="content-area">{main}</main>
<aside class="widget-area"><section class="widget"><h2 class="widget-title">Văn bản mới</h2><ul>{docs}</ul></section>
<section class="widget"><h2 class="widget-title">Đường dây nóng</h2><p>0229 3871 456</p></section>
<section class="widget"><a href="/lien-he">Gửi ý kiến cho Ban biên tập</a></section>
<section class="widget"><h2 class="widget-title">Thống kê truy cập</h2><p>Hôm nay: 1.023</p><p>Tất cả: 2.456.789</p></section></aside></div>
<footer class="site-footer"><p>Trưởng Ban biên tập: Đinh Văn Quang - Phó Giám đốc Sở</p>
<p>Địa chỉ: số 12 đường Lê Lợi, thành phố Ninh Lâm. Ghi rõ nguồn khi trích dẫn.</p></footer></body></html>"""


def render_article(art: PArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<figure class="wp-caption"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    if art.signature:
        sig = f"<cite>{esc(art.signature)}</cite>" if art.extra.get("cite") else f"<strong>{esc(art.signature)}</strong>"
        body += f'<p style="text-align: right;">{sig}</p>'
    if "sigimg" in art.extra:
        src, alt = art.extra["sigimg"]
        body += f'<p style="text-align: right;"><img class="signature" src="{src}" alt="{esc(alt)}" width="160"></p>'
    meta = f'<time class="entry-date" datetime="{art.published}">{esc(art.date_line)}</time>'
    if "rel" in art.extra:
        slug, name = art.extra["rel"]
        meta += f' <span class="byline"><a rel="author" href="/tac-gia/{slug}">{esc(name)}</a></span>'
    if "avatar" in art.extra:
        src, name = art.extra["avatar"]
        meta += f' <span class="byline"><img class="avatar" src="{src}" title="{esc(name)}" alt="" width="32"></span>'
    meta += f' <span class="views">Lượt xem: {art.extra["id"] % 97 + 120}</span>'
    address = f'<address class="author">{esc(art.extra["address"])}</address>' if "address" in art.extra else ""
    pauthor = f'<p class="author">{esc(art.extra["pauthor"])}</p>' if "pauthor" in art.extra else ""
    tags = ", ".join(f'<a href="/tag/{slug}" rel="tag">{esc(t)}</a>' for slug, t in TAGS)
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>'
                     for a in [x for x in ARTICLES if x is not art][:5])
    main = f"""<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta">{meta}</div></header>
<div class="entry-summary"><p>{esc(art.lead)}</p></div>
<div class="entry-content">{body}</div>{address}
<footer class="entry-footer"><div class="tags-links">Từ khóa: {tags}</div>{pauthor}</footer></article>
<section class="related-posts"><h2>Bài viết khác</h2><ul>{others}</ul></section>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[PArt]) -> str:
    items = "".join(f'<article class="post-item"><h2><a href="{a.path}">{esc(a.title)}</a></h2>'
                    f'<time datetime="{a.published}">{esc(a.date_line)}</time><p>{esc(a.lead)}</p></article>' for a in arts)
    return _layout(title, f'<h1 class="page-title">{esc(title)}</h1>{items}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:5])
    out["/chuyen-muc/tin-hoat-dong"] = _list("Tin hoạt động", ARTICLES)
    out["/tac-gia/nguyen-thi-phuong-thao"] = _list("Tác giả: Nguyễn Thị Phương Thảo", ARTICLES[1:2])
    out["/tim-kiem?q=vi%E1%BB%87c+l%C3%A0m"] = _list("Kết quả tìm kiếm: việc làm", ARTICLES[:3])
    out["/lien-he"] = _layout("Liên hệ", """<h1 class="page-title">Liên hệ</h1>
<p>Mọi ý kiến đóng góp xin gửi về Ban biên tập Cổng thông tin điện tử Sở Lao động - Thương binh và Xã hội.</p>
<p>Điện thoại: 0229 3871 456. Thư điện tử: bbt.sldtbxh@ninhlam.gov.vn</p>
<form action="/lien-he" method="post"><label>Họ và tên</label><input name="ten"><label>Nội dung</label><textarea name="nd"></textarea>
<button>Gửi</button></form>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
