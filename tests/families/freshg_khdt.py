"""A provincial department of planning and investment on a NukeViet-like news module, every
item at ``/vi/news/<section>/<slug>-<n>.html`` (fresh-G, round 17).

- News (sections ``hoat-dong-so`` and ``thong-tin-chung``): ``h1.title``, "Thứ ba - 05/03/2024
  08:30" in ``span.time``, a bold sapo in ``div.hometext``, the paragraphs in
  ``div#news-bodyhtml``; the author as "Tác giả: ..." in ``div.author`` after the body, a
  bold right-aligned signature or none; a file link on some.
- In the same template and sections, not articles: two contractor selection results
  ("Kết quả lựa chọn nhà thầu": Tên gói thầu, Tên dự án, Bên mời thầu, Hình thức lựa chọn,
  Nhà thầu trúng thầu, Giá trúng thầu, Thời gian thực hiện hợp đồng, Quyết định phê duyệt),
  two projects offered to investors ("Danh mục dự án kêu gọi đầu tư": Tên dự án, Địa điểm,
  Quy mô, Tổng vốn đầu tư dự kiến, Hình thức đầu tư, Cơ quan liên hệ; an undated
  "Cập nhật" day), and the director's profile (born, home town, degrees, then a table of
  years and posts; dated by its update).
- The sections ``/vi/news/hoat-dong-so/`` and ``/vi/news/thong-tin-chung/`` and the home page.
  robots.txt names no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, site_with_files
from tests.families.freshg_vpubnd import slug
from tests.families.texts import KEY, TEXTS

SITE_ID = "fx-fg-khdt"
NAME = "Sở Kế hoạch và Đầu tư tỉnh Nam Trung"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _when(iso: str) -> str:
    from datetime import date

    return f"{WEEKDAYS[date.fromisoformat(iso[:10]).weekday()]} - {dmy(iso)} {hm(iso)}"


def _path(section: str, title: str, ident: int) -> str:
    return f"/vi/news/{section}/{slug(title)}-{ident}.html"


def _art(key: str, section: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(
        KEY[key],
        _path(section, TEXTS[KEY[key]][0], ident),
        iso,
        _when(iso),
        extra={"id": ident},
        **kw,
    )  # type: ignore[arg-type]


ARTICLES = [
    _art("kh-cap-gcn-dau-tu", "hoat-dong-so", 1204, "2024-03-05T08:30:00+07:00", author="Ngọc Diệp"),
    _art("kh-dang-ky-doanh-nghiep", "thong-tin-chung", 1199, "2024-03-01T16:00:00+07:00",
         signature="Phòng Đăng ký kinh doanh", author="Phòng Đăng ký kinh doanh"),
    _art("kh-xuc-tien-dau-tu", "hoat-dong-so", 1211, "2024-03-08T14:20:00+07:00", author="Hữu Phước"),
    _art("kh-tap-huan-dau-thau", "thong-tin-chung", 1195, "2024-02-26T09:45:00+07:00",
         attachment=("/uploads/news/2024_02/tai-lieu-tap-huan-dau-thau.pdf", "Tài liệu tập huấn")),
    _art("nl-phien-viec-lam", "hoat-dong-so", 1215, "2024-03-11T10:30:00+07:00", signature="Thùy Dung", author="Thùy Dung"),
]  # fmt: skip
CHROME = [
    "Bản in",
    "Gửi bài viết qua email",
    "Những tin mới hơn",
    "Những tin cũ hơn",
    "Thống kê truy cập",
    "Đang truy cập",
]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)

# contractor selection results: (id, section, title, posted, [(label, value)])
RESULTS = [
    (1206, "thong-tin-chung", "Kết quả lựa chọn nhà thầu gói thầu số 05: Xây lắp công trình", "2024-03-06T10:00:00+07:00", [
        ("Tên gói thầu", "Gói thầu số 05: Thi công xây dựng công trình"),
        ("Tên dự án", "Đường giao thông liên xã Phước Hòa - Phước Lộc"),
        ("Bên mời thầu", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh"),
        ("Hình thức lựa chọn nhà thầu", "Đấu thầu rộng rãi trong nước, qua mạng"),
        ("Nhà thầu trúng thầu", "Công ty TNHH Xây dựng Thành Đạt"),
        ("Giá trúng thầu", "18.642.315.000 đồng"),
        ("Thời gian thực hiện hợp đồng", "360 ngày"),
        ("Quyết định phê duyệt", "Số 215/QĐ-BQLDA ngày 04/3/2024"),
    ]),
    (1209, "thong-tin-chung", "Kết quả lựa chọn nhà thầu gói thầu tư vấn giám sát thi công", "2024-03-07T15:30:00+07:00", [
        ("Tên gói thầu", "Gói thầu số 07: Tư vấn giám sát thi công xây dựng"),
        ("Tên dự án", "Trường Trung học cơ sở Nguyễn Văn Trỗi"),
        ("Bên mời thầu", "Ban Quản lý dự án đầu tư xây dựng huyện Ninh Phước"),
        ("Hình thức lựa chọn nhà thầu", "Chỉ định thầu rút gọn"),
        ("Nhà thầu trúng thầu", "Công ty Cổ phần Tư vấn Xây dựng Nam Trung"),
        ("Giá trúng thầu", "412.580.000 đồng"),
        ("Thời gian thực hiện hợp đồng", "240 ngày"),
        ("Quyết định phê duyệt", "Số 48/QĐ-BQLDA ngày 06/3/2024"),
    ]),
]  # fmt: skip
PROJECTS = [
    (1188, "hoat-dong-so", "Dự án Khu du lịch sinh thái hồ Sông Trăng", "2024-02-20T08:00:00+07:00", [
        ("Tên dự án", "Khu du lịch sinh thái hồ Sông Trăng"),
        ("Địa điểm", "Xã Phước Thành, huyện Bác Ái"),
        ("Quy mô", "Khoảng 85 ha, gồm khu nghỉ dưỡng, khu vui chơi và khu dịch vụ"),
        ("Tổng vốn đầu tư dự kiến", "1.200 tỷ đồng"),
        ("Hình thức đầu tư", "Nhà đầu tư trong nước hoặc nước ngoài, 100% vốn nhà đầu tư"),
        ("Cơ quan liên hệ", "Trung tâm Xúc tiến đầu tư, điện thoại 0259 3822 118"),
    ]),
    (1190, "hoat-dong-so", "Dự án Nhà máy chế biến nông sản công nghệ cao Phước Nam", "2024-02-21T08:00:00+07:00", [
        ("Tên dự án", "Nhà máy chế biến nông sản công nghệ cao"),
        ("Địa điểm", "Cụm công nghiệp Phước Nam, huyện Thuận Nam"),
        ("Quy mô", "Diện tích 12 ha, công suất 30.000 tấn sản phẩm mỗi năm"),
        ("Tổng vốn đầu tư dự kiến", "650 tỷ đồng"),
        ("Hình thức đầu tư", "Đầu tư trực tiếp theo quy định của Luật Đầu tư"),
        ("Cơ quan liên hệ", "Phòng Kinh tế đối ngoại, điện thoại 0259 3822 456"),
    ]),
]  # fmt: skip
DIRECTOR = (1150, "thong-tin-chung", "Đồng chí Phan Văn Tiến - Giám đốc Sở", "2023-12-15T09:00:00+07:00", [
    ("Ngày sinh", "12/5/1972"), ("Quê quán", "Xã An Hải, huyện Ninh Phước, tỉnh Nam Trung"),
    ("Trình độ chuyên môn", "Thạc sĩ Kinh tế"), ("Lý luận chính trị", "Cao cấp"),
    ("Chức vụ hiện nay", "Tỉnh ủy viên, Giám đốc Sở Kế hoạch và Đầu tư"),
], [
    ("1995 - 2001", "Chuyên viên Phòng Tổng hợp, Sở Kế hoạch và Đầu tư"),
    ("2001 - 2008", "Phó Trưởng phòng, Trưởng phòng Tổng hợp, Sở Kế hoạch và Đầu tư"),
    ("2008 - 2015", "Phó Giám đốc Sở Kế hoạch và Đầu tư"),
    ("2015 - 2020", "Phó Chánh Văn phòng Ủy ban nhân dân tỉnh"),
    ("2020 - nay", "Giám đốc Sở Kế hoạch và Đầu tư"),
])  # fmt: skip


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta name="generator" content="NukeViet v4.5"></head><body><div class="wraper">
<header><div class="logo"><a href="/vi/"><img src="/themes/default/images/logo.png" alt="{esc(NAME)}"></a></div></header>
<nav class="nav"><a href="/vi/">Trang nhất</a> <a href="/vi/news/hoat-dong-so/">Hoạt động của Sở</a> <a href="/vi/news/thong-tin-chung/">Thông tin chung</a></nav>
<div class="row"><div class="col-md-16">{main}</div>
<div class="col-md-8"><div class="panel"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">Đang truy cập: 31</div></div></div></div>
<footer>Sở Kế hoạch và Đầu tư tỉnh Nam Trung. Địa chỉ: 450 đường 21 tháng 8.</footer></div></body></html>"""


def _detail(ident: int, title: str, iso: str, sapo: str, body: str, after: str = "") -> str:
    sapo_html = f'<div class="hometext m-bottom"><strong>{esc(sapo)}</strong></div>' if sapo else ""
    main = f"""<div class="news_column panel"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(title)}</h1>
<div class="row margin-bottom-lg"><span class="h5 time">{_when(iso)}</span>
<ul class="list-inline"><li><a href="/vi/news/print/{ident}.html">Bản in</a></li><li><a href="/vi/news/sendmail/{ident}.html">Gửi bài viết qua email</a></li></ul></div>
{sapo_html}<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>{after}</div></div>"""
    return _layout(title, main)


def _around(ident: int) -> str:
    newer = "".join(
        [f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS if a.extra["id"] > ident][
            :3
        ]
    )
    older = "".join(
        [f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS if a.extra["id"] < ident][
            :3
        ]
    )
    return (
        f'<div class="news_column"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
        f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div>'
    )


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    body = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    if art.attachment:
        body += f'<p>Tải về: <a href="{art.attachment[0]}">{esc(art.attachment[1])}</a></p>'
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    author = (
        f'<div class="author text-right">Tác giả: <strong>{esc(art.author)}</strong></div>'
        if art.author and not art.signature
        else ""
    )
    return _detail(ident, art.title, art.published, art.lead, body, author + _around(ident))


def _record(rec: tuple) -> str:  # type: ignore[type-arg]
    ident, _, title, iso, fields = rec
    rows = "".join(
        f"<tr><td><strong>{esc(k)}</strong></td><td>{esc(v)}</td></tr>" for k, v in fields
    )
    return _detail(
        ident, title, iso, "", f'<table class="table table-bordered">{rows}</table>', _around(ident)
    )


def render_project(rec: tuple) -> str:  # type: ignore[type-arg]
    ident, _, title, iso, fields = rec
    lines = "".join(f"<p>- {esc(k)}: {esc(v)}</p>" for k, v in fields)
    return _detail(
        ident, title, iso, "", f"{lines}<p><em>Cập nhật: {dmy(iso)}</em></p>", _around(ident)
    )


def render_director() -> str:
    ident, _, title, iso, facts, career = DIRECTOR
    body = f'<p><img src="/uploads/news/giam-doc.jpg" alt="{esc(title)}"></p>'
    body += "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in facts)
    rows = "".join(f"<tr><td>{y}</td><td>{esc(p)}</td></tr>" for y, p in career)
    body += f'<p><strong>Quá trình công tác:</strong></p><table class="table"><tr><th>Thời gian</th><th>Chức vụ, đơn vị công tác</th></tr>{rows}</table>'
    return _detail(ident, title, iso, "", body)


def _section(section: str) -> str:
    label = {"hoat-dong-so": "Hoạt động của Sở", "thong-tin-chung": "Thông tin chung"}[section]
    items = "".join(
        f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p class="time">{_when(a.published)}</p>'
        f"<p>{esc(a.lead[:140])}...</p></div>"
        for a in NEWS
        if f"/{section}/" in a.path
    )
    return _layout(label, f'<h2 class="cat">{label}</h2>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(NAME, f"<h2>Tin mới nhất</h2><ul>{items}</ul>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for r in RESULTS:
        out[_path(r[1], r[2], r[0])] = _record(r)
    for p in PROJECTS:
        out[_path(p[1], p[2], p[0])] = render_project(p)
    out[_path(DIRECTOR[1], DIRECTOR[2], DIRECTOR[0])] = render_director()
    out["/vi/news/hoat-dong-so/"] = _section("hoat-dong-so")
    out["/vi/news/thong-tin-chung/"] = _section("thong-tin-chung")
    out["/vi/"] = render_home()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(
        html_with_files(_html_pages(), ARTICLES), robots="User-agent: *\nDisallow: /admin/\n"
    )
