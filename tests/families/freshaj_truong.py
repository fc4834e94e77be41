"""A secondary school's portal on an HTML5 theme (``<article>`` with a ``<header>``, the text
in ``div.entry-content``, a ``<footer>``): teachers signing with a school's labels and titles
(fresh-AJ, round 23: byline conventions the earlier author sets did not hold).

Built in round 23 as a fresh family (``FRESH_AJ``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>/``: ``article.post`` with ``h1.entry-title`` and ``<time>``
  "05/03/2024" in its ``<header>``, the text in ``div.entry-content``, then "Bài viết khác"
  with dates; "Thông báo mới" and a "Thời khóa biểu" box in the side column.
- Signatures closing the text: "GV: Nguyễn Thị Hoa" (a teacher's label), "NGƯT. Trần Văn
  Bình" (an honorific title, kept), the writer in the ``<article>``'s ``<footer>`` after the
  text ("Lê Thu Trang", right-aligned bold), "Tổng hợp: Phạm Minh Tuấn", "Người đưa tin: Đỗ
  Thị Lan", "Hoàng Thu Hà (st)" (a compiler's mark), "Cô giáo Vũ Thị Ngọc - Tổ Ngữ văn"; an
  unsigned notice whose picture is credited "Ảnh: Minh Tâm" (no author).
- Non-articles: the home page, a category, the school's introduction, the staff list.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, site_with_files
from tests.families.freshaj_common import SArt, signature_html
from tests.families.texts import KEY

SITE_ID = "fx-faj-truong"
NAME = "Trường THCS Nguyễn Du - huyện Tân Lạc"


def _art(key: str, slug: str, iso: str, **kw: object) -> SArt:
    return SArt(KEY[key], f"/tin-tuc/{slug}/", iso, dmy(iso), **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nkv-thi-hoc-sinh-gioi", "ket-qua-thi-hoc-sinh-gioi", "2024-03-05T16:20:00+07:00",
         signature="GV: Nguyễn Thị Hoa", author="Nguyễn Thị Hoa"),
    _art("nkv-tuyen-sinh-lop-1", "tuyen-sinh-nam-hoc-moi", "2024-03-04T10:00:00+07:00",
         signature="NGƯT. Trần Văn Bình", author="NGƯT. Trần Văn Bình"),
    _art("nkv-chuyen-doi-so-truong-hoc", "chuyen-doi-so-trong-nha-truong", "2024-03-02T08:15:00+07:00",
         signature="Lê Thu Trang", author="Lê Thu Trang", extra={"footer": True},
         image=("/wp-content/uploads/2024/03/chuyen-doi-so.jpg", "Giáo viên sử dụng bảng tương tác.")),
    _art("nkv-hoi-thi-giao-vien", "hoi-thi-giao-vien-gioi", "2024-03-01T14:40:00+07:00",
         signature="Tổng hợp: Phạm Minh Tuấn", author="Phạm Minh Tuấn"),
    _art("nkv-an-toan-thuc-pham", "an-toan-thuc-pham-bep-an", "2024-02-29T09:30:00+07:00",
         signature="Người đưa tin: Đỗ Thị Lan", author="Đỗ Thị Lan"),
    _art("nl-tre-em-den-truong", "van-dong-tre-den-truong", "2024-02-28T15:05:00+07:00",
         signature="Hoàng Thu Hà (st)", author="Hoàng Thu Hà"),
    _art("dt-lop-hoc-boi", "lop-hoc-boi-mien-phi", "2024-02-27T07:45:00+07:00",
         signature="Cô giáo Vũ Thị Ngọc - Tổ Ngữ văn", author="Cô giáo Vũ Thị Ngọc"),
    _art("nkv-nghi-tet", "thong-bao-lich-nghi", "2024-02-26T11:00:00+07:00",
         image=("/wp-content/uploads/2024/02/san-truong.jpg", "Sân trường ngày cuối tuần. Ảnh: Minh Tâm")),
]  # fmt: skip
CHROME = ["Thông báo mới", "Bài viết khác", "Thời khóa biểu", "Trường THCS Nguyễn Du", "Đang truy cập"]


def _layout(title: str, main: str) -> str:
    notes = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} – {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body class="single"><header id="masthead" class="site-header"><div class="container">
<a class="site-title" href="/">{esc(NAME)}</a><nav class="main-navigation"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li><li><a href="/to-chuc/">Tổ chức</a></li></ul></nav></div></header>
<div id="content" class="container"><div class="row"><main class="col-md-8">{main}</main>
<aside class="col-md-4 widget-area"><section class="widget"><h3 class="widget-title">Thông báo mới</h3><ul>{notes}</ul></section>
<section class="widget"><h3 class="widget-title">Thời khóa biểu</h3><p><a href="/tkb/hk2.pdf">Thời khóa biểu học kỳ II</a></p></section>
<section class="widget"><h3 class="widget-title">Đang truy cập</h3><p>Đang truy cập: 17</p></section></aside></div></div>
<footer id="colophon"><div class="container"><p>© 2024 {esc(NAME)}, tỉnh Hòa Bình.</p><p>Điện thoại: 0218 3880 215</p></div></footer></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<figure class="wp-block-image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    footer = ""
    if art.extra.get("footer"):
        footer = f'<footer class="entry-footer"><p class="text-right"><strong>{esc(art.signature or "")}</strong></p></footer>'
    else:
        body += signature_html(art)
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<article class="post type-post"><header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{art.published}">{esc(art.date_line)}</time></div></header>
<div class="entry-content">{body}</div>{footer}</article>
<section class="related-posts"><h3>Bài viết khác</h3><ul>{others}</ul></section>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<article class="post-item"><h2><a href="{a.path}">{esc(a.title)}</a></h2>'
                    f'<time>{dmy(a.published)}</time><p>{esc(a.lead)}</p></article>' for a in arts)
    return _layout(title, f'<h1 class="page-title">{esc(title)}</h1>{items}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:6])
    out["/tin-tuc/"] = _list("Tin tức", ARTICLES)
    out["/gioi-thieu/"] = _layout("Giới thiệu", f"""<h1 class="page-title">Giới thiệu</h1>
<p>{esc(NAME)} được thành lập năm 1962, hiện có 18 lớp với 642 học sinh và 41 cán bộ, giáo viên, nhân viên.</p>
<p>Nhà trường đạt chuẩn quốc gia mức độ 1 năm 2019 và nhiều năm liền là tập thể lao động xuất sắc.</p>""")
    out["/to-chuc/"] = _layout("Tổ chức", """<h1 class="page-title">Cơ cấu tổ chức</h1>
<table><tr><th>Họ và tên</th><th>Chức vụ</th></tr><tr><td>Trần Văn Bình</td><td>Hiệu trưởng</td></tr>
<tr><td>Nguyễn Thị Hoa</td><td>Phó Hiệu trưởng</td></tr><tr><td>Vũ Thị Ngọc</td><td>Tổ trưởng Tổ Ngữ văn</td></tr>
<tr><td>Phạm Minh Tuấn</td><td>Tổ trưởng Tổ Khoa học tự nhiên</td></tr></table>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
