"""A department of a ministry (a "Cục"): news and announcements in two templates, a document
library whose pages carry titles and dates like articles, and weekly work schedules.

- News ``/tin-tuc/<id>-<slug>``: the category and "Thứ Năm, 07/03/2024, 09:15 GMT+7" *above*
  the ``h1``, a summary, captions as ``<p class="caption">``, a signature with an office
  ("Văn Quyết – Văn phòng Cục"), a "Tác giả:" line under the title, "Nguồn: ..." or none.
- Announcements ``/thong-bao/<id>-<slug>``: ``h2.notice-title``, "Ngày đăng: 7 tháng 3, 2024"
  (no time), one paragraph and "Tải về: <a>...</a>" (PDF or DOCX): articles too.
- Documents ``/van-ban/<id>-<slug>`` (the same shape as articles): number, type, issuer,
  dates issued and in force, signer, summary, an excerpt and the file; not articles.
- "Lịch công tác" ``/lich-cong-tac`` and every week ``/lich-cong-tac/tuan-<n>-<year>`` (the
  previous/next links never end), static pages with the leaders' names and phone numbers.
- robots.txt disallows the schedule and names ``/sitemap.xml``, which lists news,
  announcements, documents and static pages alike.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from crawler.replica.site import Page, Request, Site
from tests.families.common import Art, dmy, doc_page, esc, hm, paginate, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ministry"
NAME = "Cục Phát triển làng nghề nông thôn"
PARENT = "Bộ Nông nghiệp và Phát triển nông thôn"
UP = "/Upload/2024/"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _news(key: str, ident: int, slug: str, iso: str, **kw: object) -> Art:
    line = f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)}, {hm(iso)} GMT+7"
    return Art(KEY[key], f"/tin-tuc/{ident}-{slug}", iso, line, extra={"kind": "news", "id": ident}, **kw)  # type: ignore[arg-type]


def _notice(key: str, ident: int, slug: str, day: str, attachment: tuple[str, str]) -> Art:
    d = date.fromisoformat(day)
    line = f"{d.day} tháng {d.month}, {d.year}"
    return Art(KEY[key], f"/thong-bao/{ident}-{slug}", f"{day}T00:00:00+07:00", line,
               attachment=attachment, extra={"kind": "notice", "id": ident})  # fmt: skip


ARTICLES = [
    _news("ln-hoi-cho", 1462, "hoi-cho-lang-nghe-nong-thon-nam-2024-quy-tu-hon-300-gian-hang", "2024-03-07T09:15:00+07:00",
          signature="Văn Quyết – Văn phòng Cục", author="Văn Quyết",
          image=(UP + "03/hoi-cho-khai-mac.jpg", "Các đại biểu cắt băng khai mạc Hội chợ làng nghề nông thôn năm 2024."),
          more_images=((UP + "03/hoi-cho-trinh-dien.jpg", "Nghệ nhân trình diễn nghề gốm tại khu trình diễn."),)),
    _notice("ln-tb-tuyen-dung", 318, "thong-bao-tuyen-dung-cong-chuc-nam-2024", "2024-03-07",
            ("/Upload/ThongBao/2024/TB-125-CPTLN-tuyen-dung.pdf", "Thông báo số 125/TB-CPTLN (PDF)")),
    _news("ln-thiet-ke-may-tre", 1458, "tap-huan-thiet-ke-mau-ma-cho-cac-lang-nghe-may-tre-dan", "2024-03-04T15:30:00+07:00",
          byline="Nguyễn Thu Hà", author="Nguyễn Thu Hà"),
    _notice("ln-tb-dang-ky-hoi-cho", 316, "thong-bao-moi-dang-ky-tham-gia-gian-hang-chung-tai-cac-hoi-cho-nam-2024", "2024-03-01",
            ("/Upload/ThongBao/2024/phieu-dang-ky-gian-hang-2024.docx", "Phiếu đăng ký gian hàng (DOCX)")),
    _news("ln-chuyen-gia", 1455, "lam-viec-voi-doan-chuyen-gia-ve-thuong-mai-san-pham-thu-cong", "2024-02-28T16:40:00+07:00",
          signature="Hải Yến", author="Hải Yến"),
    _news("ln-khao-sat-gom", 1453, "khao-sat-thuc-trang-bao-ton-cac-lang-nghe-gom-truyen-thong", "2024-02-27T10:00:00+07:00",
          source_line="Nguồn: Phòng Bảo tồn và Phát triển nghề", source="Phòng Bảo tồn và Phát triển nghề"),
    _notice("ln-tb-ho-so-nghe", 312, "thong-bao-tiep-nhan-ho-so-de-nghi-cong-nhan-nghe-truyen-thong-dot-1-nam-2024", "2024-02-20",
            ("/Upload/ThongBao/2024/huong-dan-ho-so-cong-nhan-nghe.pdf", "Hướng dẫn lập hồ sơ (PDF)")),
]  # fmt: skip
NEWS = [a for a in ARTICLES if a.extra["kind"] == "news"]
NOTICES = [a for a in ARTICLES if a.extra["kind"] == "notice"]
PER_PAGE = 3
CHROME = [
    "Tin liên quan", "Văn bản mới", "Lịch công tác", "Liên kết website", "Lượt truy cập",
    "Đăng nhập", "Trang chủ", "In trang", "Gửi email", "Chia sẻ", "Tác giả:",
    "Ngày đăng", "Bản quyền thuộc", "Số 2 Ngọc Hà", "024 3843 5511",
    "cpln@mard.gov.vn", "Giấy phép số 88/GP-TTĐT", "Tin tức - Sự kiện",
]  # fmt: skip
DOCS = [
    (209, "125/TB-CPTLN", "Thông báo", "06/03/2024", "06/03/2024", "Nguyễn Hữu Thanh",
     "Thông báo tuyển dụng công chức năm 2024",
     "Tuyển dụng 8 chỉ tiêu công chức làm việc tại Văn phòng Cục, Phòng Bảo tồn và Phát triển "
     "nghề, Phòng Xúc tiến thương mại; hình thức thi tuyển theo quy định hiện hành.", "TB-125-CPTLN.pdf"),
    (207, "45/QĐ-CPTLN", "Quyết định", "26/02/2024", "26/02/2024", "Nguyễn Hữu Thanh",
     "Quyết định ban hành kế hoạch tổ chức Hội chợ làng nghề nông thôn năm 2024",
     "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội chợ làng nghề nông thôn năm "
     "2024. Điều 2. Quyết định có hiệu lực kể từ ngày ký.", "QD-45-CPTLN.pdf"),
    (204, "12/KH-CPTLN", "Kế hoạch", "15/01/2024", "15/01/2024", "Đinh Thị Lan",
     "Kế hoạch bảo tồn và phát triển làng nghề gốm truyền thống giai đoạn 2024 - 2026",
     "Khảo sát, đánh giá thực trạng các làng gốm; hỗ trợ truyền nghề, đổi mới lò nung và xúc "
     "tiến thương mại; xây dựng cơ sở dữ liệu nghệ nhân.", "KH-12-CPTLN.pdf"),
    (201, "03/HD-CPTLN", "Hướng dẫn", "08/01/2024", "08/01/2024", "Đinh Thị Lan",
     "Hướng dẫn lập hồ sơ đề nghị công nhận nghề truyền thống, làng nghề, làng nghề truyền thống",
     "Hướng dẫn thành phần hồ sơ, trình tự thẩm định và tiêu chí công nhận nghề truyền thống, "
     "làng nghề và làng nghề truyền thống.", "HD-03-CPTLN.pdf"),
]  # fmt: skip
SCHEDULE = [
    ("08:00", "Cục trưởng Nguyễn Hữu Thanh chủ trì giao ban lãnh đạo Cục", "Phòng họp tầng 3"),
    ("14:00", "Phó Cục trưởng Đinh Thị Lan làm việc với Ban tổ chức Hội chợ", "Trung tâm Hội chợ triển lãm nông nghiệp"),
    ("08:30", "Hội nghị sơ kết công tác quý I", "Hội trường Cục"),
    ("09:00", "Phó Cục trưởng Trần Văn Mạnh tiếp đoàn chuyên gia quốc tế", "Phòng khách tầng 2"),
    ("14:30", "Họp Hội đồng thẩm định hồ sơ công nhận làng nghề", "Phòng họp tầng 3"),
]  # fmt: skip
STATIC = {
    "/gioi-thieu/chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", [
        "Cục Phát triển làng nghề nông thôn là tổ chức thuộc Bộ, thực hiện chức năng tham mưu, giúp "
        "Bộ trưởng quản lý nhà nước và tổ chức thực thi pháp luật về phát triển ngành nghề nông "
        "thôn, làng nghề và sản phẩm thủ công truyền thống trong phạm vi cả nước.",
        "Cục xây dựng, trình Bộ trưởng chiến lược, chương trình, đề án bảo tồn và phát triển làng "
        "nghề; hướng dẫn, kiểm tra việc công nhận nghề truyền thống, làng nghề, làng nghề truyền "
        "thống của các địa phương.",
        "Cục tổ chức các hoạt động xúc tiến thương mại, hội chợ, triển lãm sản phẩm làng nghề; hợp "
        "tác quốc tế; đào tạo, bồi dưỡng nghệ nhân, thợ giỏi và cán bộ quản lý làng nghề.",
    ]),
    "/gioi-thieu/lanh-dao-cuc": ("Lãnh đạo Cục", [
        "Cục trưởng: Nguyễn Hữu Thanh - Điện thoại: 024 3843 5501",
        "Phó Cục trưởng: Đinh Thị Lan - Điện thoại: 024 3843 5502",
        "Phó Cục trưởng: Trần Văn Mạnh - Điện thoại: 024 3843 5503",
    ]),
    "/lien-he": ("Liên hệ", [
        "Cục Phát triển làng nghề nông thôn, Số 2 Ngọc Hà, quận Ba Đình, Hà Nội.",
        "Văn phòng Cục: 024 3843 5511. Thư điện tử: cpln@mard.gov.vn.",
    ]),
}  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _doc_path(doc: tuple) -> str:  # type: ignore[type-arg]
    slug = re.sub(r"[^a-z0-9]+", "-", doc[1].lower().replace("đ", "d")).strip("-")
    return f"/van-ban/{doc[0]}-{slug}"


def _sidebar() -> str:
    docs = "".join(f'<li><a href="{_doc_path(d)}">{esc(d[1])}</a><span class="date">{d[3]}</span></li>' for d in DOCS[:3])
    notices = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">({dmy(a.published)})</span></li>' for a in NOTICES)
    return f"""<div class="col-md-3 sidebar">
<div class="panel"><div class="panel-heading">Văn bản mới</div><ul class="doc-list">{docs}</ul></div>
<div class="panel"><div class="panel-heading">Thông báo</div><ul class="notice-list">{notices}</ul></div>
<div class="panel"><div class="panel-heading"><a href="/lich-cong-tac">Lịch công tác</a></div><p>Tuần 10 (04/03/2024 - 10/03/2024)</p></div>
<div class="panel"><div class="panel-heading">Liên kết website</div><ul><li><a href="https://www.mard.gov.vn">{PARENT}</a></li><li><a href="https://chinhphu.vn">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="panel counter"><div class="panel-heading">Lượt truy cập</div><p>Hôm nay: 412</p><p>Tổng: 1.118.304</p></div></div>"""


def _layout(title: str, main: str, head: str = "", crumb: str = "") -> str:
    bread = f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumb}</ol>' if crumb else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta name="description" content="Cổng thông tin điện tử {esc(NAME)}">{head}
<link rel="stylesheet" href="/Content/bootstrap.min.css"><link rel="stylesheet" href="/Content/cpln.css"></head>
<body><div class="topbar"><div class="container"><span>Hà Nội, Thứ Tư, 20/03/2024</span> <a href="/Admin/Login">Đăng nhập</a></div></div>
<div class="banner"><div class="container"><img src="/Content/images/quoc-huy.png" alt=""><div class="banner-text"><p>{PARENT.upper()}</p><p class="unit">{NAME.upper()}</p></div></div></div>
<nav class="navbar"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/thong-bao">Thông báo</a></li><li><a href="/van-ban">Văn bản</a></li>
<li><a href="/lich-cong-tac">Lịch công tác</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container main">{bread}<div class="row"><div class="col-md-9">{main}</div>{_sidebar()}</div></div>
<footer><div class="container"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ {NAME.upper()}</b></p><p>Địa chỉ: Số 2 Ngọc Hà, quận Ba Đình, Hà Nội - Điện thoại: 024 3843 5511 - Email: cpln@mard.gov.vn</p>
<p>Giấy phép số 88/GP-TTĐT ngày 04/4/2019. Bản quyền thuộc {esc(NAME)}.</p></div></footer></body></html>"""


def _tools(art: Art) -> str:
    return (
        '<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=' + esc(art.title) + '">Gửi email</a> | '
        f'Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://cpln.gov.vn{art.path}">Facebook</a></div>'
    )


def _news_body(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    blocks = []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f'<p style="text-align: justify;">{esc(paragraph)}</p>')
        if i < len(images):
            src, caption = images[i]
            blocks.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="640"></p><p class="caption"><em>{esc(caption)}</em></p>')
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><b>{esc(line)}</b></p>')
    return "".join(blocks)


def render_news(art: Art) -> str:
    related = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>' for a in NEWS if a is not art
    )  # fmt: skip
    byline = f'<p class="article-author">Tác giả: {esc(art.byline)}</p>' if art.byline else ""
    main = f"""<div class="article-detail">
<div class="article-meta"><span class="cate"><a href="/tin-tuc">Tin tức - Sự kiện</a></span> <span class="date">{esc(art.date_line)}</span></div>
<h1 class="article-title">{esc(art.title)}</h1>{byline}
<div class="article-summary"><b>{esc(art.lead)}</b></div>
<div class="article-body">{_news_body(art)}</div>{_tools(art)}
<div class="related"><h4>Tin liên quan</h4><ul>{related}</ul></div></div>"""
    head = f'\n<meta property="og:title" content="{esc(art.title)}"><meta property="og:type" content="article">'
    return _layout(art.title, main, head, '<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>')


def render_notice(art: Art) -> str:
    href, label = art.attachment  # type: ignore[misc]
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>' for a in NOTICES if a is not art)
    main = f"""<div class="notice-detail"><h2 class="notice-title">{esc(art.title)}</h2>
<p class="notice-date">Ngày đăng: {esc(art.date_line)}</p>
<div class="notice-content"><p>{esc(art.lead)}</p><p>Tải về: <a href="{href}">{esc(label)}</a></p></div>{_tools(art)}
<div class="related"><h4>Thông báo khác</h4><ul>{others}</ul></div></div>"""
    return _layout(art.title, main, crumb='<li><a href="/thong-bao">Thông báo</a></li>')


def _list(arts: list[Art]) -> str:
    return "".join(
        f'<div class="list-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:160])}...</p></div>"
        for a in arts
    )


def render_listing(base: str, title: str, arts: list[Art], page: int = 1) -> str:
    pages, chunk = paginate(arts, page, PER_PAGE)
    pager = ""
    if pages > 1:
        pager = '<ul class="pagination">' + "".join(
            f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="{base if n == 1 else f"{base}?page={n}"}">{n}</a></li>'
            for n in range(1, pages + 1)
        ) + "</ul>"  # fmt: skip
    return _layout(title, f'<h2 class="page-title">{esc(title)}</h2>{_list(chunk)}{pager}', crumb=f"<li>{esc(title)}</li>")


def render_home() -> str:
    main = f'<h2 class="page-title">Tin tức - Sự kiện</h2>{_list(NEWS[:3])}<h2 class="page-title">Thông báo</h2>{_list(NOTICES)}'
    return _layout("Trang chủ", main)


def render_docs(page: int) -> str:
    docs = DOCS[:3] if page == 1 else DOCS[3:]
    rows = "".join(
        f'<tr><td><a href="{_doc_path(d)}">{esc(d[1])}</a></td><td>{d[3]}</td><td>{esc(d[6])}</td>'
        f'<td><a href="/Upload/VanBan/{d[8]}">Tải về</a></td></tr>'
        for d in docs
    )  # fmt: skip
    pager = '<ul class="pagination"><li><a href="/van-ban">1</a></li><li><a href="/van-ban?page=2">2</a></li></ul>'
    table = f'<table class="table table-bordered"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>{rows}</table>'
    return _layout("Văn bản", f'<h2 class="page-title">Văn bản</h2>{table}{pager}', crumb="<li>Văn bản</li>")


def render_doc(doc: tuple) -> str:  # type: ignore[type-arg]
    _, number, kind, issued, effective, signer, summary, excerpt, file = doc
    main = f"""<div class="doc-detail"><h1 class="doc-title">{esc(summary)}</h1>
<table class="table table-bordered doc-props"><tr><th>Số ký hiệu</th><td>{esc(number)}</td></tr><tr><th>Loại văn bản</th><td>{kind}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(NAME)}</td></tr><tr><th>Ngày ban hành</th><td>{issued}</td></tr><tr><th>Ngày hiệu lực</th><td>{effective}</td></tr>
<tr><th>Người ký</th><td>{esc(signer)}</td></tr><tr><th>Trích yếu</th><td>{esc(summary)}</td></tr></table>
<div class="doc-excerpt"><p>{esc(excerpt)}</p></div>
<p class="doc-file">Tệp đính kèm: <a href="/Upload/VanBan/{file}">{file}</a></p></div>"""
    return _layout(summary, main, crumb='<li><a href="/van-ban">Văn bản</a></li>')


def _week_start(week: int, year: int) -> date:
    return date.fromisocalendar(year, week, 1)


def _week_path(day: date) -> str:
    iso = day.isocalendar()
    return f"/lich-cong-tac/tuan-{iso[1]}-{iso[0]}"


def render_schedule(week: int, year: int) -> str:
    start = _week_start(week, year)
    rows = []
    for i in range(5):
        day = start + timedelta(days=i)
        t, what, where = SCHEDULE[(i + week) % len(SCHEDULE)]
        rows.append(f"<tr><td>{WEEKDAYS[i]}<br>{day:%d/%m/%Y}</td><td>{t}</td><td>{esc(what)}</td><td>{esc(where)}</td></tr>")
    nav = (
        f'<a href="{_week_path(start - timedelta(days=7))}">« Tuần trước</a> | <a href="{_week_path(start + timedelta(days=7))}">Tuần sau »</a>'
    )
    main = (
        f'<h2 class="page-title">Lịch công tác tuần {week} năm {year}</h2><p>Từ ngày {start:%d/%m/%Y} đến ngày {start + timedelta(days=6):%d/%m/%Y}</p>'
        f'<table class="table table-bordered schedule"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{"".join(rows)}</table>'
        f'<div class="week-nav">{nav}</div>'
    )
    return _layout(f"Lịch công tác tuần {week}/{year}", main, crumb="<li>Lịch công tác</li>")


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    return _layout(title, f'<h2 class="page-title">{esc(title)}</h2>' + "".join(f"<p>{esc(p)}</p>" for p in paras), crumb=f"<li>{esc(title)}</li>")


CURRENT_WEEK = (10, 2024)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_news(a) if a.extra["kind"] == "news" else render_notice(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc"] = render_listing("/tin-tuc", "Tin tức - Sự kiện", NEWS)
    out["/tin-tuc?page=2"] = render_listing("/tin-tuc", "Tin tức - Sự kiện", NEWS, 2)
    out["/thong-bao"] = render_listing("/thong-bao", "Thông báo", NOTICES)
    out["/van-ban"] = render_docs(1)
    out["/van-ban?page=2"] = render_docs(2)
    for doc in DOCS:
        out[_doc_path(doc)] = render_doc(doc)
    out["/lich-cong-tac"] = render_schedule(*CURRENT_WEEK)
    for week in (9, 11):
        out[f"/lich-cong-tac/tuan-{week}-2024"] = render_schedule(week, 2024)
    for path in STATIC:
        out[path] = render_static(path)
    return out


_WEEK = re.compile(r"^/lich-cong-tac/tuan-(\d{1,2})-(\d{4})$")


def _any_week(request: Request) -> Page | None:
    """The work schedule never ends: every ISO week of any year is a page."""
    match = _WEEK.match(request.target)
    if not match:
        return None
    try:
        _week_start(int(match.group(1)), int(match.group(2)))
    except ValueError:
        return None
    return Page.html(render_schedule(int(match.group(1)), int(match.group(2))))


ENDLESS_EXAMPLES = ["/lich-cong-tac/tuan-8-2024", "/lich-cong-tac/tuan-12-2024", "/lich-cong-tac/tuan-52-2023"]
NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES}) + ENDLESS_EXAMPLES


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    for doc in DOCS:
        pages[f"/Upload/VanBan/{doc[8]}"] = pdf_page()
    for art in NOTICES:
        href = art.attachment[0]  # type: ignore[index]
        pages[href] = doc_page("docx") if href.endswith(".docx") else pdf_page()
    robots = "User-agent: *\nDisallow: /Admin/\nDisallow: /lich-cong-tac\n\nSitemap: {base}/sitemap.xml\n"
    entries = ["/", *(a.path for a in ARTICLES), *(_doc_path(d) for d in DOCS), *STATIC, "/tin-tuc", "/thong-bao", "/van-ban"]
    return site_with_files(pages, robots=robots, sitemaps={"/sitemap.xml": entries}, extra=_any_week)
