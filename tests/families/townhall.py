"""A ward's site on a Bootstrap theme: few articles and many pages that are not.

- Articles ``/chi-tiet-tin/<slug>-<id>``: ``h2.news-title`` in a card header, the date and
  "Người đăng: admin" on one muted line (icons), the body in ``div.news-content``. Authors:
  only in ``<meta name="author">``; a right-aligned ``<div>`` signature; "Bài, ảnh: Trần
  Quân"; or a "Nguồn:" line.
- A category with one article, a photo album (title, date, caption, pictures), the ward's
  leaders with biographies, a document page, "Lịch tiếp công dân" (a static page full of
  dates), search results, and a removed article answering 200 ("Không tìm thấy nội dung yêu
  cầu").
- The header: the ward's hotline and the officer on duty.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-townhall"
NAME = "Ủy ban nhân dân phường Đông Tiến"


def _art(key: str, slug: str, ident: int, iso: str, cat: str, **kw: object) -> Art:
    extra = {"cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/chi-tiet-tin/{slug}-{ident}", iso, f"{dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("dt-ve-sinh-moi-truong", "phuong-dong-tien-ra-quan-tong-ve-sinh-moi-truong", 731, "2024-03-03T11:05:00+07:00",
         "tin-hoat-dong", author="Quang Huy", extra={"meta_author": True}),
    _art("dt-cap-can-cuoc", "cong-an-phuong-lam-thu-tuc-cap-can-cuoc-tai-nha", 728, "2024-03-01T16:30:00+07:00",
         "tin-hoat-dong", signature="Thanh Hằng", author="Thanh Hằng"),
    _art("dt-tuyen-quan", "dong-tien-to-chuc-le-giao-nhan-quan-nam-2024", 722, "2024-02-26T10:00:00+07:00",
         "quoc-phong", signature="Bài, ảnh: Trần Quân", author="Trần Quân",
         image=("/upload/2024/02/giao-quan.jpg", "Lãnh đạo phường tặng hoa các tân binh.")),
    _art("dt-hien-mau", "hon-mot-tram-don-vi-mau-tu-ngay-hoi-hien-mau-tinh-nguyen", 725, "2024-02-20T14:45:00+07:00",
         "tin-hoat-dong", signature="Lê Hương (Hội Chữ thập đỏ phường)", author="Lê Hương"),
    _art("dt-lop-hoc-boi", "mo-lop-day-boi-mien-phi-cho-tre-em", 719, "2024-02-22T08:20:00+07:00",
         "tin-hoat-dong", source_line="Nguồn: Cổng TTĐT thành phố", source="Cổng TTĐT thành phố"),
]  # fmt: skip
CATS = {"tin-hoat-dong": "Tin hoạt động", "quoc-phong": "Quốc phòng - An ninh"}
CHROME = [
    "Đường dây nóng", "0912 345 678", "Trực ban", "Người đăng", "Bài viết liên quan", "Trang chủ",
    "Bản quyền", "Lượt xem",
]  # fmt: skip
LEADERS = [
    ("Bí thư Đảng ủy phường", "Hoàng Thị Nga", "Sinh năm 1975. Trình độ: Cử nhân Luật, Cao cấp lý luận chính trị. "
     "Nguyên Chủ tịch Ủy ban nhân dân phường Đông Tiến giai đoạn 2016 - 2020; từ tháng 10/2020 giữ chức Bí thư Đảng ủy phường."),
    ("Chủ tịch UBND phường", "Phan Văn Lợi", "Sinh năm 1980. Trình độ: Thạc sĩ Quản lý công. Nguyên Phó Chủ tịch Ủy ban "
     "nhân dân phường phụ trách kinh tế; từ tháng 6/2021 giữ chức Chủ tịch Ủy ban nhân dân phường."),
    ("Phó Chủ tịch UBND phường", "Đoàn Thu Trang", "Sinh năm 1986. Trình độ: Cử nhân Xã hội học. Phụ trách lĩnh vực văn "
     "hóa - xã hội, giáo dục, y tế và lao động - thương binh xã hội."),
]  # fmt: skip
RECEPTION = [
    ("Thứ Hai, 04/03/2024", "Chủ tịch UBND phường Phan Văn Lợi"),
    ("Thứ Năm, 07/03/2024", "Phó Chủ tịch UBND phường Đoàn Thu Trang"),
    ("Thứ Hai, 11/03/2024", "Chủ tịch UBND phường Phan Văn Lợi"),
    ("Thứ Năm, 14/03/2024", "Bí thư Đảng ủy phường Hoàng Thị Nga"),
    ("Thứ Hai, 18/03/2024", "Chủ tịch UBND phường Phan Văn Lợi"),
]  # fmt: skip
DOC = ("/van-ban/ke-hoach-tong-ve-sinh-moi-truong-nam-2024-56", "Kế hoạch tổ chức tổng vệ sinh môi trường năm 2024",
       "12/KH-UBND", "20/02/2024", "Phan Văn Lợi",
       "Tổ chức ra quân tổng vệ sinh môi trường vào ngày Chủ nhật đầu tiên hằng tháng tại các tổ dân phố; các đoàn "
       "thể phân công đoàn viên, hội viên tham gia; kết quả là một tiêu chí bình xét tổ dân phố văn hóa cuối năm.",
       "/upload/vanban/KH-12-UBND.pdf")  # fmt: skip
ALBUM = ("/album/le-giao-nhan-quan-nam-2024-15", "Hình ảnh lễ giao nhận quân năm 2024", "2024-02-26T15:00:00+07:00",
         "Một số hình ảnh tại lễ giao nhận quân của phường Đông Tiến sáng 26/2.", 5)
REMOVED = "/chi-tiet-tin/tong-ket-cong-tac-nam-2023-650"


def _layout(title: str, main: str, head: str = "") -> str:
    cats = "".join(f'<a class="nav-link" href="/chuyen-muc/{c}">{esc(t)}</a>' for c, t in CATS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>{head}
<link rel="stylesheet" href="/assets/bootstrap.min.css"></head><body>
<div class="topbar container"><span><i class="fa fa-phone"></i> Đường dây nóng: 0912 345 678</span>
<span class="ml-3">Trực ban: Nguyễn Thành Công</span></div>
<nav class="navbar navbar-expand-lg"><div class="container"><a class="navbar-brand" href="/">{esc(NAME)}</a>
<a class="nav-link" href="/">Trang chủ</a><a class="nav-link" href="/tin-tuc">Tin tức</a>{cats}
<a class="nav-link" href="/lanh-dao-phuong">Lãnh đạo phường</a><a class="nav-link" href="/lich-tiep-cong-dan">Lịch tiếp công dân</a>
<form class="form-inline" action="/tim-kiem"><input name="tu-khoa" placeholder="Tìm kiếm"></form></div></nav>
<div class="container"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4"><div class="card"><div class="card-header">Văn bản</div><div class="card-body"><a href="{DOC[0]}">{esc(DOC[1])}</a></div></div>
<div class="card"><div class="card-header">Album ảnh</div><div class="card-body"><a href="{ALBUM[0]}">{esc(ALBUM[1])}</a></div></div>
<div class="card"><div class="card-header">Tin cũ</div><div class="card-body"><a href="{REMOVED}">Tổng kết công tác năm 2023</a></div></div></div></div></div>
<footer class="container"><p>Bản quyền © {esc(NAME)}. Địa chỉ: 25 Lê Lợi, phường Đông Tiến.</p></footer></body></html>"""


def render_article(art: Art) -> str:
    imgs = [art.image] if art.image else []
    blocks = []
    for i, p in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(p)}</p>")
        if i < len(imgs):
            blocks.append(f'<div class="text-center"><img src="{imgs[i][0]}" class="img-fluid"><p class="img-caption"><i>{esc(imgs[i][1])}</i></p></div>')
    if art.signature:
        blocks.append(f'<div style="text-align: right;"><b>{esc(art.signature)}</b></div>')
    if art.source_line:
        blocks.append(f"<p><i>{esc(art.source_line)}</i></p>")
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art)
    head = f'\n<meta name="author" content="{esc(art.author)}">' if art.extra.get("meta_author") else ""
    main = f"""<div class="card news-detail"><div class="card-header"><h2 class="news-title">{esc(art.title)}</h2>
<p class="text-muted small"><i class="fa fa-calendar"></i> {esc(art.date_line)} &nbsp; <i class="fa fa-user"></i> Người đăng: admin &nbsp; <i class="fa fa-eye"></i> Lượt xem: 57</p></div>
<div class="card-body"><div class="news-lead"><strong>{esc(art.lead)}</strong></div><div class="news-content">{''.join(blocks)}</div></div></div>
<div class="card"><div class="card-header">Bài viết liên quan</div><ul>{related}</ul></div>"""
    return _layout(art.title, main, head)


def _list(title: str, arts: list[Art]) -> str:
    items = "".join(
        f'<div class="media mb-3"><img src="{(a.image or ("/assets/noimg.png", ""))[0]}" class="mr-3" width="120">'
        f'<div class="media-body"><h5><a href="{a.path}">{esc(a.title)}</a></h5><small>{dmy(a.published)}</small><p>{esc(a.lead)}</p></div></div>'
        for a in arts
    )  # fmt: skip
    return _layout(title, f'<h3 class="page-title">{esc(title)}</h3>{items}')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:3])
    out["/tin-tuc"] = _list("Tin tức", ARTICLES)
    for c, t in CATS.items():
        out[f"/chuyen-muc/{c}"] = _list(t, [a for a in ARTICLES if a.extra["cat"] == c])
    out["/tim-kiem?tu-khoa=v%E1%BB%87+sinh"] = _list("Kết quả tìm kiếm", ARTICLES[:1])
    path, title, iso, caption, n = ALBUM
    pics = "".join(f'<div class="col-6"><img src="/upload/album/15/{i}.jpg" class="img-fluid"></div>' for i in range(n))
    out[path] = _layout(title, f'<div class="card news-detail"><div class="card-header"><h2 class="news-title">{esc(title)}</h2>'
                        f'<p class="text-muted small"><i class="fa fa-calendar"></i> {dmy(iso)} {hm(iso)}</p></div>'
                        f'<div class="card-body"><p>{esc(caption)}</p><div class="row">{pics}</div></div></div>')
    leaders = "".join(f'<div class="media mb-4"><img src="/upload/lanhdao/{i}.jpg" width="120"><div class="media-body"><h5>{esc(n)}</h5>'
                      f'<p><b>{esc(r)}</b></p><p>{esc(b)}</p></div></div>' for i, (r, n, b) in enumerate(LEADERS))
    out["/lanh-dao-phuong"] = _layout("Lãnh đạo phường", f'<h3 class="page-title">Lãnh đạo phường</h3><p class="text-muted">Cập nhật: 05/01/2024</p>{leaders}')
    rows = "".join(f"<tr><td>{d}</td><td>{esc(w)}</td><td>Trụ sở UBND phường</td></tr>" for d, w in RECEPTION)
    out["/lich-tiep-cong-dan"] = _layout("Lịch tiếp công dân", '<h3 class="page-title">Lịch tiếp công dân tháng 3/2024</h3>'
                                         f'<table class="table"><tr><th>Ngày</th><th>Người tiếp</th><th>Địa điểm</th></tr>{rows}</table>'
                                         "<p>Thời gian: buổi sáng từ 7 giờ 30 đến 11 giờ 30.</p>")
    dpath, dtitle, number, issued, signer, summary, file = DOC
    out[dpath] = _layout(dtitle, f'<h3 class="page-title">{esc(dtitle)}</h3><table class="table"><tr><th>Số hiệu</th><td>{number}</td></tr>'
                         f"<tr><th>Ngày ban hành</th><td>{issued}</td></tr><tr><th>Người ký</th><td>{esc(signer)}</td></tr>"
                         f'<tr><th>Trích yếu</th><td>{esc(summary)}</td></tr><tr><th>Tệp</th><td><a href="{file}">Tải về</a></td></tr></table>')
    out[REMOVED] = _layout("Thông báo", '<div class="alert alert-warning">Không tìm thấy nội dung yêu cầu.</div>')
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    pages[DOC[6]] = pdf_page()
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin\n")
