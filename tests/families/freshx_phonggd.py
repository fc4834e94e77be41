"""A district education office's portal from a local vendor (Bootstrap 4, a Quill editor):
signatures aligned by the editor's or the framework's class (``p.ql-align-right``,
``p.text-right``), the writer in a row of a small table after the text beside the view
counter, the writer in ``div.tacgia`` above the headline over a text whose picture is
credited to someone else, and two writers sharing a unit in brackets (fresh-X, round 21:
byline conventions the earlier author sets did not hold).

Built in round 21 as a fresh family (``FRESH_X``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/chi-tiet?id=<n>``: ``div.news-detail`` with ``h2.news-title``, "Ngày
  đăng: 05/03/2024 08:30" in ``div.news-date``, the text in ``div.news-content.ql-editor``,
  then "Các tin khác" with dates.
- Bylines: "Vàng Thị Mai" bold in ``p.ql-align-right``; ``<table class="tbl-info"><tr><td>Lượt
  xem: 1.205</td><td class="text-right"><b>Phạm Thu Hằng</b></td></tr></table>`` after the
  text; "Tin, ảnh: Trần Quang" in ``p.text-right``; ``<div class="tacgia">`` "Đỗ Thị Ngọc Ánh"
  above the headline, the picture's caption ending "Ảnh: Minh Tuấn"; "Lưu Hạnh - Nguyễn Tùng
  (Phòng GD&ĐT)"; an unsigned one-paragraph notice.
- ``<meta name="author">`` is the office's name on every page.
- Non-articles: the home page, the news category (``?page=2`` too), the staff directory, the
  contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fx-phonggd"
NAME = "Phòng Giáo dục và Đào tạo huyện Hòa Sơn"


def _art(key: str, ident: int, iso: str, **kw: object) -> SArt:
    extra = {"id": ident, **dict(kw.pop("extra", {}))}  # type: ignore[call-overload]
    return SArt(KEY[key], f"/tin-tuc/chi-tiet?id={ident}", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nkv-thi-hoc-sinh-gioi", 1842, "2024-03-05T08:30:00+07:00", signature="Vàng Thị Mai", author="Vàng Thị Mai",
         extra={"cls": "ql-align-right"}),
    _art("nkv-tuyen-sinh-lop-1", 1839, "2024-03-04T10:15:00+07:00", signature="Phạm Thu Hằng", author="Phạm Thu Hằng",
         extra={"nosig": True, "row": "1.205"}),
    _art("nkv-chuyen-doi-so-truong-hoc", 1836, "2024-03-01T15:40:00+07:00", signature="Tin, ảnh: Trần Quang",
         author="Trần Quang", extra={"cls": "text-right", "em": True},
         image=("/Upload/2024/3/so-diem-dien-tu.jpg", "Giáo viên nhập điểm vào sổ điểm điện tử.")),
    _art("nkv-hoi-thi-giao-vien", 1833, "2024-02-29T09:00:00+07:00", signature="Đỗ Thị Ngọc Ánh",
         author="Đỗ Thị Ngọc Ánh", extra={"nosig": True, "tacgia": True},
         image=("/Upload/2024/2/hoi-thi-gv.jpg", "Một tiết dạy tại hội thi. Ảnh: Minh Tuấn")),
    _art("nkv-an-toan-thuc-pham", 1830, "2024-02-27T14:20:00+07:00", signature="Lưu Hạnh - Nguyễn Tùng (Phòng GD&ĐT)",
         author="Lưu Hạnh, Nguyễn Tùng", extra={"cls": "ql-align-right"}),
    _art("nkv-nghi-tet", 1828, "2024-02-26T07:50:00+07:00"),
]  # fmt: skip
CHROME = ["Các tin khác", "Văn bản mới", "Liên kết", "Thống kê truy cập", "Đơn vị quản lý"]


def _layout(title: str, main: str) -> str:
    docs = "".join(f'<li><a href="/van-ban/chi-tiet?id={n}">Công văn số {n}/PGDĐT</a></li>' for n in (112, 108, 101))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="author" content="{esc(NAME)}"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css"><link rel="stylesheet" href="/lib/quill/quill.snow.css"></head>
<body><div class="top-banner"><div class="container"><a href="/"><img src="/images/banner.png" alt="{esc(NAME)}"></a></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc">Tin tức</a></li>
<li class="nav-item"><a class="nav-link" href="/danh-ba">Danh bạ</a></li><li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
</ul></div></nav>
<div class="container mt-3"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4"><div class="card mb-3"><div class="card-header">Văn bản mới</div><ul class="list-unstyled card-body">{docs}</ul></div>
<div class="card mb-3"><div class="card-header">Liên kết</div><div class="card-body"><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></div></div>
<div class="card mb-3"><div class="card-header">Thống kê truy cập</div><div class="card-body">Trực tuyến: 18<br>Tổng lượt: 356.204</div></div></div></div></div>
<footer class="bg-dark text-white py-3"><div class="container"><p>Đơn vị quản lý: {esc(NAME)}</p>
<p>Địa chỉ: khu 3, thị trấn Hòa Sơn. Điện thoại: 0210 3876 512.</p></div></footer></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<p class="ql-align-center"><img src="{src}"></p><p class="ql-align-center"><em>{esc(cap)}</em></p>'
    sig = art.signature or ""
    if sig and not art.extra.get("nosig"):
        inner = f"<em>{esc(sig)}</em>" if art.extra.get("em") else f"<strong>{esc(sig)}</strong>"
        body += f'<p class="{art.extra["cls"]}">{inner}</p>'
    row = ""
    if art.extra.get("row"):
        row = (f'<table class="tbl-info"><tr><td>Lượt xem: {art.extra["row"]}</td>'
               f'<td class="text-right"><b>{esc(sig)}</b></td></tr></table>')
    tacgia = f'<div class="tacgia"><i class="fa fa-user"></i> {esc(sig)}</div>' if art.extra.get("tacgia") else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <small>({dmy(a.published)})</small></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div class="news-detail">{tacgia}<h2 class="news-title">{esc(art.title)}</h2>
<div class="news-date">{esc(art.date_line)}</div>
<div class="news-content ql-editor">{body}</div>{row}</div>
<div class="news-other"><h4>Các tin khác</h4><ul>{others}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt], more: str = "") -> str:
    items = "".join(f'<div class="media mb-3"><a href="{a.path}"><img class="mr-3" src="/Upload/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<div class="media-body"><h5><a href="{a.path}">{esc(a.title)}</a></h5><small>{esc(a.date_line)}</small>'
                    f'<p>{esc(a.lead)}</p></div></div>' for a in arts)
    return _layout(title, f'<h3 class="page-head">{esc(title)}</h3>{items}{more}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:4])
    out["/tin-tuc"] = _list("Tin tức", ARTICLES[:4], '<ul class="pagination"><li><a href="/tin-tuc?page=2">2</a></li></ul>')
    out["/tin-tuc?page=2"] = _list("Tin tức", ARTICLES[4:], '<ul class="pagination"><li><a href="/tin-tuc">1</a></li></ul>')
    staff = "".join(f"<tr><td>{n}</td><td>{esc(who)}</td><td>{esc(post)}</td><td>{tel}</td></tr>" for n, (who, post, tel) in enumerate((
        ("Hoàng Văn Bình", "Trưởng phòng", "0912 457 301"), ("Lưu Thị Hạnh", "Phó Trưởng phòng", "0983 211 745"),
        ("Nguyễn Văn Tùng", "Chuyên viên", "0915 662 018"), ("Vàng Thị Mai", "Chuyên viên", "0978 330 126")), 1))
    out["/danh-ba"] = _layout("Danh bạ", f'<h3 class="page-head">Danh bạ cán bộ</h3><table class="table"><tr><th>STT</th>'
                                         f'<th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>{staff}</table>')
    out["/lien-he"] = _layout("Liên hệ", f"""<h3 class="page-head">Liên hệ</h3><p>{esc(NAME)}</p>
<p>Địa chỉ: khu 3, thị trấn Hòa Sơn.</p><p>Điện thoại: 0210 3876 512. Thư điện tử: pgd.hoason@edu.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
