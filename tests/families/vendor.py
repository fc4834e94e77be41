"""A district portal on a big Vietnamese vendor's platform (VNPT/Viettel style), the way such
portals look in the field.

- Articles ``/tin-tuc/<slug>-<id>.html`` (one split over ``?page=2``); the category
  ``/tin-tuc.html`` (``?page=2``) and its sub-categories ``/tin-tuc/<slug>.html`` (no id).
- Under each article "Các tin khác": five other articles with their dates and times; a "Từ
  khóa" row linking search pages; "In bài | Gửi email | Quay lại"; share buttons.
- Title in ``h2.news-title`` (no ``<h1>`` on the page); og: tags with ``og:type`` "website".
- "Lịch công tác" (work schedule) pages full of dates: ``/lich-cong-tac.html`` and every week
  ``?tuan=N&nam=YYYY`` (the prev/next links never end); a "Văn bản" library with document
  pages (number, dates, signer, PDF); "Hỏi đáp" questions with long dated answers; photo
  and video pages; "PHOTO GALLERY" and "VIDEO CLIP" widgets with captions; a visitor counter.
- robots.txt names ``/sitemap.xml``, which is the portal's 404 page.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from crawler.replica.site import Page, Request, Site
from tests.families.common import (
    Art,
    dmy,
    doc_page,
    esc,
    hm,
    paginate,
    paragraphs_html,
    pdf_page,
    site_with_files,
)
from tests.families.texts import KEY

SITE_ID = "fx-vendor"
NAME = "Cổng thông tin điện tử huyện Mường Lạn"
UNIT = "Ủy ban nhân dân huyện Mường Lạn"
UP = "/Uploads/images/2024/"


def _art(key: str, slug: str, ident: int, iso: str, cats: str, **kw: object) -> Art:
    line = f"{dmy(iso)} {hm(iso)}"
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, line, extra={"id": ident, "cat": cats}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-nong-thon-moi", "tong-ket-5-nam-phong-trao-thi-dua-muong-lan-chung-suc-xay-dung-nong-thon-moi",
         3587, "2024-03-15T16:05:00+07:00", "van-hoa-giao-duc",
         signature="Lò Thị Hương – Trung tâm Văn hóa, Thể thao và Truyền thông huyện", author="Lò Thị Hương",
         split=True),
    _art("ml-giam-ngheo", "huyen-muong-lan-giao-ban-cong-tac-giam-ngheo-quy-i-nam-2024", 3586,
         "2024-03-13T15:30:00+07:00", "kinh-te-xa-hoi", signature="Hà Thu", author="Hà Thu",
         attachment=("/Uploads/files/2024/03/bao-cao-giam-ngheo-quy-1-2024.pdf",
                     "Báo cáo kết quả thực hiện công tác giảm nghèo quý I năm 2024 (PDF)")),
    _art("ml-truong-hoc", "kiem-tra-tien-do-xay-dung-truong-mam-non-xa-nam-cang", 3585,
         "2024-03-12T10:45:00+07:00", "van-hoa-giao-duc",
         signature="Vũ Minh – Phòng Giáo dục và Đào tạo", author="Vũ Minh"),
    _art("ml-dien-luoi", "dong-dien-luoi-quoc-gia-cho-96-ho-dan-ban-huoi-sang", 3584,
         "2024-03-08T17:20:00+07:00", "kinh-te-xa-hoi", signature="Quàng Văn Dũng", author="Quàng Văn Dũng",
         image=(UP + "03/dong-dien-huoi-sang.jpg", "Người dân bản Huổi Sang vui mừng khi có điện lưới quốc gia.")),
    _art("ml-cho-phien", "cho-phien-pa-hoc-diem-hen-cua-du-khach-moi-dip-cuoi-tuan", 3583,
         "2024-03-04T08:00:00+07:00", "kinh-te-xa-hoi", author=None,
         source_line="Theo Báo Sơn Cao", source="Báo Sơn Cao",
         image=(UP + "03/cho-phien-pa-hoc.jpg", "Du khách chọn mua thổ cẩm tại chợ phiên Pá Hốc.")),
    _art("ml-hoc-bong", "trao-150-suat-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan", 3582,
         "2024-02-29T14:10:00+07:00", "van-hoa-giao-duc", signature="Thanh Hải", author="Thanh Hải"),
    _art("ml-chong-ret", "chu-dong-phong-chong-doi-ret-cho-dan-gia-suc", 3581,
         "2024-02-26T09:30:00+07:00", "kinh-te-xa-hoi", signature="BBT", author="BBT"),
]  # fmt: skip
PER_PAGE = 5
SPLIT_AT = 5  # blocks on page 1 of a split article (lead + four paragraphs)
CATS = {"kinh-te-xa-hoi": "Kinh tế - Xã hội", "van-hoa-giao-duc": "Văn hóa - Giáo dục"}
KEYWORDS = {"nong+thon+moi": "nông thôn mới", "giam+ngheo": "giảm nghèo"}
CHROME = [
    "Các tin khác", "Từ khóa", "In bài", "Gửi email", "Quay lại", "Chia sẻ", "PHOTO GALLERY",
    "VIDEO CLIP", "Lượt truy cập", "Đang online", "Hôm qua", "Tuần này", "Tháng này",
    "Liên kết website", "Văn bản mới", "Lịch công tác", "Hỏi đáp", "Lượt xem", "Đăng nhập",
    "Trang chủ", "Cơ quan chủ quản", "Giấy phép số 12/GP-TTĐT",
    "0212 3870 155", "ubndmuonglan@soncao.gov.vn", "Thiết kế và phát triển bởi VNPT", "© 2021",
    "Trang: 1 2",
]  # fmt: skip
DOCS = [
    (1205, "215/QĐ-UBND", "11/03/2024", "Quyết định phê duyệt danh sách hộ nghèo, hộ cận nghèo năm 2024",
     "Lò Văn Thắm", "qd-215-ubnd.pdf"),
    (1204, "38/KH-UBND", "05/03/2024", "Kế hoạch tổ chức Ngày hội văn hóa các dân tộc huyện Mường Lạn năm 2024",
     "Lường Thị Ngân", "kh-38-ubnd.pdf"),
    (1203, "120/UBND-NN", "27/02/2024", "Về việc phòng, chống đói, rét cho gia súc mùa đông xuân",
     "Lò Văn Thắm", "cv-120-ubnd-nn.doc"),
    (1198, "09/CT-UBND", "19/02/2024", "Chỉ thị về tăng cường công tác phòng cháy, chữa cháy rừng năm 2024",
     "Tòng Văn Sơn", "ct-09-ubnd.pdf"),
]  # fmt: skip
QA = [
    (77, "Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu", "Lường Văn Tính - bản Pá Hốc, xã Pá Hốc",
     "05/03/2024", "12/03/2024", "Phòng Tài nguyên và Môi trường", [
         "Gia đình tôi sử dụng mảnh đất ở ổn định từ năm 1998, không có tranh chấp, đến nay chưa "
         "được cấp giấy chứng nhận. Xin hỏi thủ tục và thời gian giải quyết như thế nào?",
         "Trả lời: Hộ gia đình sử dụng đất ổn định, không có tranh chấp, phù hợp với quy hoạch được "
         "cấp giấy chứng nhận quyền sử dụng đất lần đầu theo quy định của Luật Đất đai.",
         "Hồ sơ gồm đơn đăng ký đất đai, tài sản gắn liền với đất theo mẫu; giấy tờ về quyền sử "
         "dụng đất (nếu có); văn bản xác nhận của Ủy ban nhân dân xã về thời điểm sử dụng đất.",
         "Hồ sơ nộp tại Bộ phận một cửa của xã hoặc Chi nhánh Văn phòng đăng ký đất đai huyện; "
         "thời gian giải quyết không quá 20 ngày làm việc, không kể thời gian niêm yết công khai.",
     ]),
    (76, "Chế độ hỗ trợ học sinh bán trú năm học 2023 - 2024", "Giàng A Lử - xã Nậm Cang",
     "27/02/2024", "04/03/2024", "Phòng Giáo dục và Đào tạo", [
         "Con tôi học lớp 7 trường bán trú, nhà cách trường 9 km. Xin hỏi cháu có được hưởng chế "
         "độ hỗ trợ tiền ăn và gạo không, mức hỗ trợ bao nhiêu?",
         "Trả lời: Học sinh trung học cơ sở người dân tộc thiểu số có nhà ở xa trường từ 7 km trở "
         "lên, phải ở lại trường để học tập được hưởng chính sách hỗ trợ theo quy định hiện hành.",
         "Mức hỗ trợ tiền ăn bằng 40% mức lương cơ sở mỗi tháng và 15 kg gạo mỗi tháng, hưởng "
         "không quá 9 tháng trong một năm học; nhà trường lập danh sách đề nghị vào đầu năm học.",
     ]),
]  # fmt: skip
SCHEDULE = [
    ("7h30", "Đồng chí Chủ tịch UBND huyện chủ trì giao ban Thường trực UBND huyện", "Phòng họp số 1"),
    ("14h00", "Đồng chí Phó Chủ tịch UBND huyện Lò Văn Thắm làm việc tại xã Nậm Cang", "UBND xã Nậm Cang"),
    ("8h00", "Hội nghị triển khai kế hoạch phòng cháy, chữa cháy rừng năm 2024", "Hội trường UBND huyện"),
    ("14h30", "Đồng chí Phó Chủ tịch UBND huyện Tòng Văn Sơn kiểm tra công trình trường học", "Xã Pá Hốc"),
    ("7h30", "Tiếp công dân định kỳ", "Trụ sở Tiếp công dân huyện"),
]  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _widgets() -> str:
    docs = "".join(f'<li><a href="/van-ban/chi-tiet-{d[0]}.html">{esc(d[1])}</a> <span>({d[2]})</span></li>' for d in DOCS[:3])
    return f"""<div class="box-right"><div class="box-title">Văn bản mới</div><ul class="list-vanban">{docs}</ul><a href="/van-ban.html">Xem tất cả</a></div>
<div class="box-right"><div class="box-title"><a href="/lich-cong-tac.html">Lịch công tác</a></div><p>Tuần 11 (11/03/2024 - 17/03/2024)</p></div>
<div class="box-right"><div class="box-title">PHOTO GALLERY</div><div class="gallery">
<div class="gallery-item"><a href="/thu-vien-anh.html"><img src="{UP}02/ngay-hoi-van-hoa.jpg" alt="" /></a><p>Ngày hội văn hóa các dân tộc huyện Mường Lạn</p></div>
<div class="gallery-item"><a href="/thu-vien-anh.html"><img src="{UP}01/ruong-bac-thang.jpg" alt="" /></a><p>Ruộng bậc thang xã Pá Hốc mùa nước đổ</p></div></div></div>
<div class="box-right"><div class="box-title">VIDEO CLIP</div><iframe width="280" height="160" src="https://www.youtube.com/embed/xZ2pQm4Lk9s" frameborder="0"></iframe>
<p><a href="/video.html">Mường Lạn - điểm đến hấp dẫn của du khách</a></p></div>
<div class="box-right"><div class="box-title"><a href="/hoi-dap.html">Hỏi đáp</a></div><ul>{"".join(f'<li><a href="/hoi-dap/chi-tiet-{q[0]}.html">{esc(q[1])}</a></li>' for q in QA)}</ul></div>
<div class="box-right"><div class="box-title">Liên kết website</div><select onchange="window.open(this.value)"><option>-- Liên kết website --</option><option value="https://soncao.gov.vn">Cổng TTĐT tỉnh Sơn Cao</option></select></div>
<div class="box-right thongke"><div class="box-title">Lượt truy cập</div><table><tr><td>Đang online:</td><td>23</td></tr><tr><td>Hôm nay:</td><td>1.021</td></tr>
<tr><td>Hôm qua:</td><td>1.334</td></tr><tr><td>Tuần này:</td><td>5.872</td></tr><tr><td>Tháng này:</td><td>18.450</td></tr><tr><td>Tất cả:</td><td>2.104.337</td></tr></table></div>"""


def _layout(title: str, main: str, head: str = "", crumb: str = "") -> str:
    menu = (
        '<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>'
        '<li><a href="/tin-tuc.html">Tin tức - Sự kiện</a><ul>'
        + "".join(f'<li><a href="/tin-tuc/{c}.html">{esc(label)}</a></li>' for c, label in CATS.items())
        + '</ul></li><li><a href="/van-ban.html">Văn bản</a></li><li><a href="/lich-cong-tac.html">Lịch công tác</a></li>'
        '<li><a href="/hoi-dap.html">Hỏi đáp</a></li><li><a href="/lien-he.html">Liên hệ</a></li>'
    )
    bread = f'<div class="breadcrumb"><a href="/">Trang chủ</a>{crumb}</div>' if crumb else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{esc(title)} - {esc(NAME)}</title>
<meta name="description" content="{esc(NAME)}" /><meta property="og:site_name" content="{esc(NAME)}" />{head}
<link href="/Content/portal/css/style.css?v=3.2.1" rel="stylesheet" /><script src="/Scripts/jquery-3.6.0.min.js"></script>
</head><body>
<div class="top-bar"><div class="container"><a href="/dang-nhap.html">Đăng nhập</a> | <a href="/sitemap.html">Sơ đồ cổng</a></div></div>
<div class="header"><div class="container"><a href="/"><img src="/Content/portal/images/banner-muonglan.png" alt="{esc(NAME)}" /></a></div></div>
<div class="main-menu"><div class="container"><ul class="menu">{menu}</ul>
<form action="/tim-kiem.html" method="get" class="search"><input type="text" name="keyword" placeholder="Tìm kiếm..." /></form></div></div>
<div class="container main">{bread}<div class="row"><div class="col-md-8 col-content">{main}</div>
<div class="col-md-4 col-right">{_widgets()}</div></div></div>
<div class="footer"><div class="container"><p>Cơ quan chủ quản: {esc(UNIT)}</p>
<p>Địa chỉ: Tổ dân phố 3, thị trấn Mường Lạn, huyện Mường Lạn, tỉnh Sơn Cao</p>
<p>Điện thoại: 0212 3870 155 - Email: ubndmuonglan@soncao.gov.vn</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Sơn Cao cấp ngày 15/6/2021</p>
<p>© 2021 Bản quyền thuộc {esc(UNIT)}. Thiết kế và phát triển bởi VNPT Sơn Cao</p></div></div></body></html>"""


def _p(html: str) -> str:
    return f'<p style="text-align: justify;">{html}</p>'


def _image(src: str, caption: str) -> str:
    return (
        f'<table align="center" border="0" cellpadding="1" cellspacing="1" class="imgcaption" style="width: 600px;"><tbody>'
        f'<tr><td><img alt="" src="{src}" style="width: 600px; height: 400px;" /></td></tr>'
        f'<tr><td style="text-align: center;"><em>{esc(caption)}</em></td></tr></tbody></table>'
    )


def _blocks(art: Art) -> list[str]:
    blocks = paragraphs_html(art, _p, _image)
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    return blocks


def render_article(art: Art, part: int = 0) -> str:
    ident = _id(art)
    blocks = [f'<div class="sapo"><strong>{esc(art.lead)}</strong></div>', *_blocks(art)]
    pager = ""
    if art.split:
        blocks = blocks[:SPLIT_AT] if part <= 1 else blocks[SPLIT_AT:]
        pager = (
            f'<div class="news-pager">Trang: <a href="{art.path}">1</a> <a href="{art.path}?page=2">2</a></div>'
        )
    others = [a for a in ARTICLES if a is not art][:5]
    other_items = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)} {hm(a.published)})</span></li>'
        for a in others
    )  # fmt: skip
    keywords = ", ".join(f'<a href="/tim-kiem.html?keyword={k}">{esc(v)}</a>' for k, v in KEYWORDS.items())
    cat = str(art.extra["cat"])
    main = f"""<div class="news-detail">
<h2 class="news-title">{esc(art.title)}</h2>
<div class="news-info"><span class="news-date"><i class="fa fa-calendar"></i> {esc(art.date_line)}</span>
<span class="news-view"><i class="fa fa-eye"></i> Lượt xem: {ident % 500 + 120}</span></div>
<div class="news-content">{"".join(blocks)}</div>{pager}
<div class="news-tools"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject={esc(art.title)}">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a>
<span class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://muonglan.soncao.gov.vn{art.path}">Facebook</a></span></div>
<div class="news-keywords">Từ khóa: {keywords}</div>
<div class="news-other"><div class="box-title">Các tin khác</div><ul>{other_items}</ul></div></div>"""
    head = (
        f'<meta property="og:type" content="website" /><meta property="og:title" content="{esc(art.title)}" />'
        f'<meta property="og:description" content="{esc(art.lead)}" />'
    )
    crumb = f' » <a href="/tin-tuc.html">Tin tức - Sự kiện</a> » <a href="/tin-tuc/{cat}.html">{esc(CATS[cat])}</a>'
    return _layout(art.title, main, head, crumb)


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<div class="news-item"><a href="{a.path}"><img src="{UP}thumb/{_id(a)}.jpg" alt="" /></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:160])}...</p></div>"
        for a in arts
    )


def render_listing(title: str, base: str, arts: list[Art], page: int = 1) -> str:
    pages, chunk = paginate(arts, page, PER_PAGE)
    pager = ""
    if pages > 1:
        links = []
        for n in range(1, pages + 1):
            href = base if n == 1 else f"{base}?page={n}"
            active = ' class="active"' if n == page else ""
            links.append(f'<a href="{href}"{active}>{n}</a>')
        pager = f'<div class="pagination">{"".join(links)}</div>'
    main = f'<div class="box-title">{esc(title)}</div><div class="list-news">{_items(chunk)}</div>{pager}'
    return _layout(title, main, crumb=f" » {esc(title)}")


def render_home() -> str:
    top = "".join(
        f'<div class="hot-item"><a href="{a.path}"><img src="{UP}thumb/{_id(a)}.jpg" alt="" /></a><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<span class="date">{dmy(a.published)} {hm(a.published)}</span></div>'
        for a in ARTICLES[:3]
    )  # fmt: skip
    notices = (
        '<div class="box-title">Thông báo</div><ul><li>Thông báo tuyển dụng giáo viên năm học 2024 - 2025 (14/03/2024)</li>'
        "<li>Thông báo lịch tiếp công dân tháng 3/2024 (01/03/2024)</li></ul>"
    )
    main = f'<div class="box-title">Tin nổi bật</div>{top}<div class="box-title">Tin tức - Sự kiện</div>{_items(ARTICLES[:5])}{notices}'
    return _layout("Trang chủ", main)


def _week_start(week: int, year: int) -> date:
    return date.fromisocalendar(year, week, 1)


def render_schedule(week: int, year: int) -> str:
    start = _week_start(week, year)
    names = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
    rows = []
    for i in range(5):
        day = start + timedelta(days=i)
        morning, afternoon = SCHEDULE[(i + week) % 5], SCHEDULE[(i + week + 2) % 5]
        rows.append(
            f"<tr><td><b>{names[i]}</b><br />{day:%d/%m/%Y}</td><td>Sáng: {morning[0]}: {esc(morning[1])}. "
            f"Địa điểm: {esc(morning[2])}.</td><td>Chiều: {afternoon[0]}: {esc(afternoon[1])}. Địa điểm: {esc(afternoon[2])}.</td></tr>"
        )
    prev_w = start - timedelta(days=7)
    next_w = start + timedelta(days=7)
    pw, nw = prev_w.isocalendar(), next_w.isocalendar()
    end = start + timedelta(days=6)
    main = (
        f'<div class="box-title">Lịch công tác tuần {week} năm {year}</div><p class="week-range">Từ ngày {start:%d/%m/%Y} '
        f"đến ngày {end:%d/%m/%Y}</p>"
        f'<table class="table lich-cong-tac"><tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr>{"".join(rows)}</table>'
        f'<div class="week-nav"><a href="/lich-cong-tac.html?tuan={pw[1]}&amp;nam={pw[0]}">« Tuần trước</a> '
        f'<a href="/lich-cong-tac.html?tuan={nw[1]}&amp;nam={nw[0]}">Tuần sau »</a></div>'
        f'<p class="ghi-chu">Lịch công tác có thể thay đổi, đề nghị các cơ quan, đơn vị theo dõi cập nhật thường xuyên. '
        f"{names[6]} {end:%d/%m/%Y} nghỉ.</p>"
    )
    return _layout(f"Lịch công tác tuần {week}", main, crumb=" » Lịch công tác")


def render_docs(page: int) -> str:
    docs = DOCS[:3] if page == 1 else DOCS[3:]
    rows = "".join(
        f'<tr><td><a href="/van-ban/chi-tiet-{d[0]}.html">{esc(d[1])}</a></td><td>{d[2]}</td><td>{esc(d[3])}</td>'
        f'<td><a href="/Uploads/files/vanban/{d[5]}">Tải về</a></td></tr>'
        for d in docs
    )  # fmt: skip
    pager = '<div class="pagination"><a href="/van-ban.html">1</a><a href="/van-ban.html?page=2">2</a></div>'
    main = (
        '<div class="box-title">Văn bản</div><table class="table vanban"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp đính kèm</th></tr>{rows}</table>{pager}"
    )
    return _layout("Văn bản", main, crumb=" » Văn bản")


def render_doc(doc: tuple[int, str, str, str, str, str]) -> str:
    ident, number, issued, summary, signer, file = doc
    main = f"""<div class="box-title">Chi tiết văn bản</div><table class="table vanban-detail">
<tr><td>Số ký hiệu</td><td>{esc(number)}</td></tr><tr><td>Ngày ban hành</td><td>{issued}</td></tr>
<tr><td>Ngày hiệu lực</td><td>{issued}</td></tr><tr><td>Cơ quan ban hành</td><td>{esc(UNIT)}</td></tr>
<tr><td>Người ký</td><td>{esc(signer)}</td></tr><tr><td>Trích yếu</td><td>{esc(summary)}</td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/Uploads/files/vanban/{file}">{file}</a></td></tr></table>"""
    return _layout(summary, main, crumb=' » <a href="/van-ban.html">Văn bản</a>')


def render_qa_list() -> str:
    items = "".join(
        f'<div class="qa-item"><h3><a href="/hoi-dap/chi-tiet-{q[0]}.html">{esc(q[1])}</a></h3>'
        f"<p>Người hỏi: {esc(q[2])} - Ngày hỏi: {q[3]}</p></div>"
        for q in QA
    )  # fmt: skip
    return _layout("Hỏi đáp", f'<div class="box-title">Hỏi đáp</div>{items}', crumb=" » Hỏi đáp")


def render_qa(q: tuple) -> str:  # type: ignore[type-arg]
    ident, question, asker, asked, answered, unit, paras = q
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = (
        f'<div class="qa-detail"><h2 class="qa-title">{esc(question)}</h2><p class="qa-asker">Người hỏi: {esc(asker)}</p>'
        f'<p class="qa-date">Ngày hỏi: {asked}</p><div class="qa-content">{body}</div>'
        f'<p class="qa-answer-unit">Cơ quan trả lời: {esc(unit)}</p><p class="qa-date">Ngày trả lời: {answered}</p></div>'
    )
    return _layout(question, main, crumb=' » <a href="/hoi-dap.html">Hỏi đáp</a>')


def render_search(key: str) -> str:
    label = KEYWORDS[key]
    hits = [a for a in ARTICLES if label in " ".join([a.title, a.lead, *a.paragraphs]).lower()]
    main = f'<div class="box-title">Kết quả tìm kiếm: {esc(label)}</div><div class="list-news">{_items(hits)}</div>'
    return _layout("Tìm kiếm", main, crumb=" » Tìm kiếm")


STATIC = {
    "/gioi-thieu.html": ("Giới thiệu", [
        "Huyện Mường Lạn nằm ở phía tây bắc tỉnh Sơn Cao, có diện tích tự nhiên 1.214 km², gồm 13 "
        "xã và 1 thị trấn, dân số hơn 68.000 người với 7 dân tộc cùng sinh sống, đông nhất là dân "
        "tộc Thái và dân tộc Mông.",
        "Địa hình huyện chủ yếu là đồi núi cao, bị chia cắt mạnh bởi hệ thống sông suối; khí hậu "
        "nhiệt đới gió mùa vùng núi, mùa đông lạnh, thường xuất hiện sương muối.",
        "Huyện có tiềm năng phát triển nông nghiệp hàng hóa, thủy điện và du lịch cộng đồng gắn với "
        "bản sắc văn hóa các dân tộc và cảnh quan ruộng bậc thang.",
    ]),
    "/lien-he.html": ("Liên hệ", [
        "Văn phòng HĐND và UBND huyện Mường Lạn, tổ dân phố 3, thị trấn Mường Lạn.",
        "Mọi ý kiến đóng góp cho Cổng thông tin điện tử xin gửi về địa chỉ thư điện tử của Ban biên tập.",
    ]),
    "/thu-vien-anh.html": ("Thư viện ảnh", [
        "Ngày hội văn hóa các dân tộc huyện Mường Lạn năm 2023 (24 ảnh)",
        "Ruộng bậc thang xã Pá Hốc mùa nước đổ (18 ảnh)",
        "Chợ phiên vùng cao (12 ảnh)",
    ]),
    "/video.html": ("Video", [
        "Mường Lạn - điểm đến hấp dẫn của du khách (05:32)",
        "Phóng sự: Đổi thay ở bản Huổi Sang (08:15)",
    ]),
    "/dang-nhap.html": ("Đăng nhập", ["Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?"]),
    "/sitemap.html": ("Sơ đồ cổng", ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Lịch công tác",
                                      "Hỏi đáp", "Liên hệ"]),
}  # fmt: skip


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    return _layout(title, f'<div class="box-title">{esc(title)}</div>' + "".join(f"<p>{esc(p)}</p>" for p in paras),
                   crumb=f" » {esc(title)}")  # fmt: skip


CURRENT_WEEK = (11, 2024)
SCHEDULE_PAGES = ["/lich-cong-tac.html", "/lich-cong-tac.html?tuan=10&nam=2024", "/lich-cong-tac.html?tuan=12&nam=2024"]


def _html_pages() -> dict[str, str]:
    out: dict[str, str] = {}
    for a in ARTICLES:
        out[a.path] = render_article(a, 1)
        if a.split:
            out[a.path + "?page=2"] = render_article(a, 2)
    out["/"] = render_home()
    out["/tin-tuc.html"] = render_listing("Tin tức - Sự kiện", "/tin-tuc.html", ARTICLES)
    out["/tin-tuc.html?page=2"] = render_listing("Tin tức - Sự kiện", "/tin-tuc.html", ARTICLES, 2)
    for cat, label in CATS.items():
        out[f"/tin-tuc/{cat}.html"] = render_listing(label, f"/tin-tuc/{cat}.html", [a for a in ARTICLES if a.extra["cat"] == cat])
    out[SCHEDULE_PAGES[0]] = render_schedule(*CURRENT_WEEK)
    out[SCHEDULE_PAGES[1]] = render_schedule(10, 2024)
    out[SCHEDULE_PAGES[2]] = render_schedule(12, 2024)
    out["/van-ban.html"] = render_docs(1)
    out["/van-ban.html?page=2"] = render_docs(2)
    for doc in DOCS:
        out[f"/van-ban/chi-tiet-{doc[0]}.html"] = render_doc(doc)
    out["/hoi-dap.html"] = render_qa_list()
    for q in QA:
        out[f"/hoi-dap/chi-tiet-{q[0]}.html"] = render_qa(q)
    for key in KEYWORDS:
        out[f"/tim-kiem.html?keyword={key}"] = render_search(key)
    for path in STATIC:
        out[path] = render_static(path)
    return out


_WEEK = re.compile(r"^/lich-cong-tac\.html\?tuan=(\d{1,2})&nam=(\d{4})$")


def _any_week(request: Request) -> Page | None:
    """The work schedule never ends: every ISO week of any year is a page."""
    match = _WEEK.match(request.target)
    if not match:
        return None
    week, year = int(match.group(1)), int(match.group(2))
    try:
        _week_start(week, year)
    except ValueError:
        return None
    return Page.html(render_schedule(week, year))


SPLIT_PARTS = [a.path + "?page=2" for a in ARTICLES if a.split]
ENDLESS_EXAMPLES = ["/lich-cong-tac.html?tuan=9&nam=2024", "/lich-cong-tac.html?tuan=52&nam=2023"]
NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES} - set(SPLIT_PARTS)) + ENDLESS_EXAMPLES


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    for doc in DOCS:
        path = f"/Uploads/files/vanban/{doc[5]}"
        pages[path] = doc_page("doc") if path.endswith(".doc") else pdf_page()
    pages[ARTICLES[1].attachment[0]] = pdf_page()  # type: ignore[index]
    not_found = Page.html(_layout("Không tìm thấy trang", "<h2>404</h2><p>Trang bạn tìm không tồn tại hoặc đã bị xóa.</p>"), status=404)
    robots = "User-agent: *\nDisallow: /admin/\nDisallow: /dang-nhap.html\nSitemap: {base}/sitemap.xml\n"
    return site_with_files(pages, robots=robots, sitemaps={}, extra=_any_week, not_found=not_found)
