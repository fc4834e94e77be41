"""A district's portal on a home-made Laravel / Bootstrap 5 application: pretty URLs
``/tin-tuc/<slug>``, "Thứ Ba, 05/03/2024 - 15:20" under the title, a byline in the header
("Bài, ảnh: ..." or a bare name) or a signature at the end or only a "Nguồn:" line, one
article split over ``?page=2`` (Laravel's paginator), "Tin cùng chuyên mục" with dates, a
month calendar widget, a photo album and a video page with dates, leadership / contact /
site-map pages, an English introduction page, session cookies and a CSRF token."""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Request, Site
from tests.sealed.second.common import WEEKDAYS, Art, attr, dmy, esc, site, urlset

SITE_ID = "sy-laravel-district"
NAME = "Ủy ban nhân dân huyện Krông Lê"


def _line(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]}, {dmy(iso)} - {iso[11:16]}"


def _art(text: int, slug: str, iso: str, **kw) -> Art:
    return Art(text, f"/tin-tuc/{slug}", iso, _line(iso), **kw)


ARTICLES = [
    _art(7, "chu-dong-phong-chong-han-han-cho-cay-trong-mua-kho", "2024-03-14T07:45:00+07:00",
         byline="Hữu Phước", author="Hữu Phước"),
    _art(5, "khai-mac-le-hoi-ca-phe-va-van-hoa-cong-chieng", "2024-03-10T21:10:00+07:00",
         byline="Bài, ảnh: Ngọc Ánh", author="Ngọc Ánh",
         image=("/storage/posts/2024/03/le-hoi-ca-phe.jpg", "Đội cồng chiêng buôn Ea Tân biểu diễn tại lễ khai mạc.")),
    _art(6, "tiep-nhan-ho-so-khai-sinh-bhyt-qua-lien-thong-dien-tu", "2024-03-07T09:30:00+07:00",
         source_line="Nguồn: Phòng Tư pháp huyện", source="Phòng Tư pháp huyện"),
    _art(4, "huyen-krong-le-ra-quan-xay-dung-nong-thon-moi-nam-2024", "2024-03-05T15:20:00+07:00",
         author="H'Yên Niê", signature="H'Yên Niê - Văn phòng HĐND và UBND huyện", split=True, show_lead=False,
         part2="/tin-tuc/huyen-krong-le-ra-quan-xay-dung-nong-thon-moi-nam-2024?page=2"),
]  # fmt: skip
CHROME = [
    "Lượt truy cập", "Tin mới nhất", "Tin cùng chuyên mục", "Xem thêm", "Bản quyền © 2024 UBND huyện Krông Lê",
    "Đường dây nóng: 0262.3870.115", "ubnd@krongle.gov.vn", "Trang chủ", "Tháng 3/2024",
]  # fmt: skip
STATIC = {"/gioi-thieu": "Giới thiệu chung", "/lanh-dao": "Lãnh đạo huyện", "/lien-he": "Liên hệ",
          "/so-do-cong": "Sơ đồ cổng"}  # fmt: skip
ALBUM = "/thu-vien-anh/le-hoi-ca-phe-2024"
VIDEO = "/video/khai-mac-le-hoi-ca-phe-va-van-hoa-cong-chieng"
PER_PAGE = 3
NON_ARTICLES = ["/", "/tin-tuc", "/tin-tuc?page=2", *STATIC, ALBUM, VIDEO, "/en"]
DUPLICATES: dict[str, str] = {}
OTHER_LINKS: dict[str, int] = {}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True
COOKIES = [("Set-Cookie", "XSRF-TOKEN=eyJpdiI6IkR3b1RrZz09IiwidmFsdWUiOiJ6In0%3D; path=/; samesite=lax"),
           ("Set-Cookie", "krongle_session=eyJpdiI6Ik9aZz09IiwidmFsdWUiOiJxIn0%3D; path=/; httponly; samesite=lax"),
           ("Cache-Control", "no-cache, private")]  # fmt: skip


def _calendar() -> str:
    cells, row = [], ["<td></td>"] * 4  # 1 March 2024 is a Friday
    for day in range(1, 32):
        row.append(f'<td class="{"today" if day == 14 else ""}">{day}</td>')
        if len(row) == 7:
            cells.append("<tr>" + "".join(row) + "</tr>")
            row = []
    cells.append("<tr>" + "".join(row) + "</tr>")
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return f'<div class="card widget-calendar"><div class="card-header">Tháng 3/2024</div><table class="table table-sm"><tr>{head}</tr>{"".join(cells)}</table></div>'


def _layout(title: str, main: str, lang: str = "vi") -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{attr(h)}">{esc(t)}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/lanh-dao", "Lãnh đạo huyện"),
        (ALBUM, "Thư viện ảnh"), ("/lien-he", "Liên hệ"), ("/en", "English")))  # fmt: skip
    latest = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a></li>' for a in ARTICLES[:3])
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="q9Jc3xV2mWbH7nY0kLzR8aPeT4sUdFgI1oNhK6vB">
<title>{esc(title)} | UBND huyện Krông Lê</title>
<link rel="preload" as="style" href="/build/assets/app-8c1f2d3e.css"><link rel="stylesheet" href="/build/assets/app-8c1f2d3e.css">
<script type="module" src="/build/assets/app-4ed993c7.js"></script></head>
<body class="d-flex flex-column min-vh-100">
<header class="bg-primary text-white py-2"><div class="container d-flex align-items-center">
<a href="/"><img src="/images/quoc-huy.png" alt="Quốc huy" height="64"></a>
<div class="ms-3"><div class="small">CỔNG THÔNG TIN ĐIỆN TỬ</div><div class="fs-4 fw-bold">HUYỆN KRÔNG LÊ</div></div>
<form class="ms-auto d-flex" action="/tim-kiem" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..."></form></div></header>
<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><ul class="navbar-nav">{menu}</ul></div></nav>
<main class="container my-3 flex-grow-1"><div class="row"><div class="col-lg-8">{main}</div>
<aside class="col-lg-4"><div class="card mb-3"><div class="card-header">Tin mới nhất</div><ul class="list-unstyled p-2">{latest}</ul></div>
{_calendar()}<div class="card mt-3"><div class="card-body small">Lượt truy cập: 845.210<br>Hôm nay: 1.204</div></div></aside></div></main>
<footer class="bg-dark text-light py-3 mt-auto"><div class="container small">
<p class="fw-bold mb-1">ỦY BAN NHÂN DÂN HUYỆN KRÔNG LÊ</p><p class="mb-1">Địa chỉ: 02 Hùng Vương, thị trấn Krông Lê</p>
<p class="mb-1">Đường dây nóng: 0262.3870.115 - Email: ubnd@krongle.gov.vn</p><p class="mb-0">Bản quyền © 2024 UBND huyện Krông Lê</p></div></footer>
</body></html>"""


def _head(art: Art) -> str:
    byline = f'<span class="ms-3"><i class="bi bi-person"></i> {esc(art.byline)}</span>' if art.byline else ""
    return (f'<h1 class="post-title fs-3">{esc(art.title)}</h1><div class="text-muted small mb-2">'
            f'<i class="bi bi-calendar3"></i> {esc(art.date_line)}{byline}</div>')  # fmt: skip


def _pager(art: Art, page: int) -> str:
    items = "".join(f'<li class="page-item active"><span class="page-link">{n}</span></li>' if n == page else
                    f'<li class="page-item"><a class="page-link" href="{attr(art.path if n == 1 else art.part2)}">{n}</a></li>'
                    for n in (1, 2))  # fmt: skip
    return f'<nav><ul class="pagination">{items}</ul></nav>'


def render_article(art: Art, page: int = 1) -> str:
    paras = art.paragraphs
    if art.split:
        paras = paras[:2] if page == 1 else paras[2:]
    body = []
    if art.lead and page == 1:
        body.append(f'<p class="lead fw-bold">{esc(art.lead)}</p>')
    for i, x in enumerate(paras):
        body.append(f"<p>{esc(x)}</p>")
        if i == 0 and art.image and page == 1:
            body.append(f'<figure class="figure text-center"><img class="figure-img img-fluid" src="{attr(art.image[0])}" alt="">'
                        f'<figcaption class="figure-caption">{esc(art.image[1])}</figcaption></figure>')  # fmt: skip
    last = not art.split or page == 2
    if last and art.signature:
        body.append(f'<p class="text-end fw-bold">{esc(art.signature)}</p>')
    if last and art.source_line:
        body.append(f'<p class="text-end fst-italic">{esc(art.source_line)}</p>')
    pager = _pager(art, page) if art.split else ""
    same = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <small class="text-muted">{dmy(a.published)}</small></li>'
                   for a in ARTICLES if a is not art)  # fmt: skip
    main = (f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
            f'<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li></ol></nav><article class="post">{_head(art)}'
            f'<div class="post-content">{"".join(body)}</div>{pager}</article>'
            f'<section class="mt-4"><h5>Tin cùng chuyên mục</h5><ul>{same}</ul></section>')  # fmt: skip
    return _layout(art.title, main)


def _listing(page: int) -> str:
    arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(f'<div class="card mb-3"><div class="card-body"><h5><a href="{attr(a.path)}">{esc(a.title)}</a></h5>'
                    f'<div class="text-muted small">{dmy(a.published)}</div><p>{esc((a.lead or a.paragraphs[0])[:150])}...</p></div></div>'
                    for a in arts)  # fmt: skip
    pager = "".join(f'<li class="page-item active"><span class="page-link">{n}</span></li>' if n == page else
                    f'<li class="page-item"><a class="page-link" href="/tin-tuc{"" if n == 1 else f"?page={n}"}">{n}</a></li>'
                    for n in (1, 2))  # fmt: skip
    return _layout("Tin tức", f'<h2 class="fs-4">Tin tức - Sự kiện</h2>{cards}<nav><ul class="pagination">{pager}</ul></nav>')


def _home() -> str:
    cards = "".join(f'<div class="col-md-6"><a href="{attr(a.path)}">{esc(a.title)}</a><div class="small text-muted">{dmy(a.published)}</div></div>'
                    for a in ARTICLES)  # fmt: skip
    return _layout("Trang chủ", f'<div class="row">{cards}</div><a href="/tin-tuc" class="btn btn-link">Xem thêm</a>'
                    f'<div class="mt-3"><a href="{VIDEO}">Video: Khai mạc Lễ hội cà phê và văn hóa cồng chiêng</a></div>')  # fmt: skip


_STATIC = {
    "Giới thiệu chung": "<p>Huyện Krông Lê có diện tích tự nhiên 1.012 km², dân số hơn 96.000 người, gồm 12 xã và 1 thị trấn; "
    "đồng bào dân tộc thiểu số chiếm 38% dân số.</p>",
    "Lãnh đạo huyện": "<ul><li>Chủ tịch UBND huyện: Y Khoa Mlô - ĐT: 0262.3870.101</li>"
    "<li>Phó Chủ tịch UBND huyện: Trần Quốc Bảo - ĐT: 0262.3870.102</li></ul>",
    "Liên hệ": '<form method="post" action="/lien-he"><input type="hidden" name="_token" value="q9Jc3xV2mWbH7nY0kLzR8aPeT4sUdFgI1oNhK6vB">'
    '<input class="form-control" name="name" placeholder="Họ và tên"><textarea class="form-control" name="message"></textarea>'
    '<button class="btn btn-primary">Gửi liên hệ</button></form>',
    "Sơ đồ cổng": '<ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức</a>'
    f'</li><li><a href="{ALBUM}">Thư viện ảnh</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>',
}


def _album() -> str:
    pics = "".join(f'<div class="col-4"><img class="img-fluid" src="/storage/albums/12/{n}.jpg" alt=""></div>' for n in range(1, 7))
    return _layout("Thư viện ảnh", f'<h2 class="fs-4">Lễ hội cà phê và văn hóa cồng chiêng năm 2024</h2>'
                   f'<div class="text-muted small">Đăng ngày 10/03/2024</div><div class="row g-2">{pics}</div>')  # fmt: skip


def _video() -> str:
    return _layout("Video", '<h2 class="fs-4">Khai mạc Lễ hội cà phê và văn hóa cồng chiêng</h2><div class="text-muted small">10/03/2024</div>'
                   '<div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/Lk2pQw8sA0c" allowfullscreen></iframe></div>')  # fmt: skip


def _english() -> str:
    main = ("<h2>Introduction</h2><p>Krong Le District covers 1,012 square kilometres with a population of over 96,000 in 12 communes "
            "and 1 town. Coffee, pepper and durian are its main crops.</p><p>Address: 02 Hung Vuong, Krong Le town.</p>")
    return _layout("Introduction", main, "en")


def _sitemap(request: Request) -> Page | None:
    if request.target != "/sitemap.xml":
        return None
    return urlset(request.base_url, ["/", "/tin-tuc", *STATIC, *(a.path for a in ARTICLES)])


def build_site() -> Site:
    def html(text: str) -> Page:
        return Page.html(text, headers=COOKIES)

    pages: dict[str, Page] = {}
    for a in ARTICLES:
        pages[a.path] = html(render_article(a))
        if a.split:
            pages[a.part2] = html(render_article(a, 2))
    pages["/"] = html(_home())
    pages["/tin-tuc"] = html(_listing(1))
    pages["/tin-tuc?page=2"] = html(_listing(2))
    for path, title in STATIC.items():
        pages[path] = html(_layout(title, f'<h2 class="fs-4">{esc(title)}</h2>{_STATIC[title]}'))
    pages[ALBUM] = html(_album())
    pages[VIDEO] = html(_video())
    pages["/en"] = html(_english())
    robots = "User-agent: *\nDisallow: /admin\nDisallow: /tim-kiem\nSitemap: {base}sitemap.xml\n"
    return site(pages, robots, _sitemap)
