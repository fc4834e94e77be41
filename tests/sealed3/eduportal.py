"""A provincial Department of Education's portal on a hosted school-portal platform (the
same product runs hundreds of school and department sites).

- Articles ``/tin-tuc/t<id>/<slug>.html``; categories ``/tin-tuc/c<id>/<slug>.html`` with
  ``?page=2``; a photo album ``/thu-vien-anh/a<id>/...`` and a video page
  ``/video/v<id>/...`` (each a title, a date and captions or a description: they look like
  articles and are not).
- One meta row under the title: "Tác giả: Ngọc Bích | Ngày đăng: 08/03/2024 | Lượt xem:
  1.204" (the day only, no time anywhere); the author field is empty on the articles schools
  send in, which end with the writer's signature and school; one article has neither.
- "Thông báo" and "Tin xem nhiều" boxes, "Thư viện ảnh" and "Video" widgets, a visitor
  counter, a hotline banner; "Tin cùng chuyên mục" with dates under each article.
- robots.txt names ``/sitemap.xml``, which the platform does not serve (404).
"""

from __future__ import annotations

from crawler.replica.site import Page, Request, Site
from tests.sealed3.common import Art, attr, dmy, esc, image, pdf

SITE_ID = "sz-eduportal"
NAME = "Sở Giáo dục và Đào tạo tỉnh Kiên Lĩnh"
BASE_URL = "https://sgddt.kienlinh.gov.vn/"
CATS = {12: ("tin-giao-duc", "Tin giáo dục"), 15: ("tin-tu-cac-truong", "Tin từ các trường")}
UP = "/upload/48213/20240306/"


def _cat(cid: int) -> str:
    return f"/tin-tuc/c{cid}/{CATS[cid][0]}.html"


def _art(ident: int, cat: int, day: str, slug: str, title: str, paras: list[str], **kw: object) -> Art:
    iso = f"{day}T00:00:00+07:00"
    extra = {"id": ident, "cat": cat, "field": kw.pop("field", "")}
    return Art(f"/tin-tuc/t{ident}/{slug}.html", title, paras[0], tuple(paras[1:]), iso, f"Ngày đăng: {dmy(iso)}",
               extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art(30418, 12, "2024-03-08", "to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-tinh-lop-12-nam-hoc-2023-2024",
         "Tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12 năm học 2023 - 2024", [
         "Trong hai ngày 7 và 8/3/2024, Sở Giáo dục và Đào tạo tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp "
         "12 với 1.146 thí sinh dự thi ở 11 môn văn hóa.",
         "Kỳ thi được tổ chức tại 3 điểm thi là Trường THPT chuyên Kiên Lĩnh, Trường THPT Lê Quý Đôn và "
         "Trường THPT Nguyễn Trãi. Mỗi môn thi có thời gian làm bài 180 phút.",
         "Đề thi năm nay được đánh giá là có tính phân loại cao, bám sát định hướng phát triển năng lực "
         "của Chương trình giáo dục phổ thông, nhiều câu hỏi gắn với thực tiễn.",
         "Qua kiểm tra, các điểm thi đều bảo đảm an toàn, nghiêm túc, đúng quy chế; không có thí sinh vi "
         "phạm. Kết quả kỳ thi dự kiến được công bố trước ngày 25/3/2024.",
         ], author="Ngọc Bích", field="Ngọc Bích"),
    _art(30402, 15, "2024-03-06", "truong-thcs-nguyen-du-to-chuc-ngay-hoi-doc-sach",
         "Trường THCS Nguyễn Du tổ chức Ngày hội đọc sách", [
         "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, sáng 6/3, Trường THCS Nguyễn Du (thành phố Kiên "
         "Lĩnh) tổ chức Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - một người bạn”.",
         "Ngày hội có nhiều hoạt động sôi nổi như trưng bày sách theo chủ đề, giới thiệu sách qua tranh vẽ, "
         "thi kể chuyện theo sách và đổi sách cũ lấy sách mới.",
         "Mỗi lớp được giao trang trí một gian trưng bày. Lớp 8A3 gây ấn tượng với mô hình “Con đường sách” "
         "làm từ bìa các-tông và hơn 200 cuốn sách do học sinh quyên góp.",
         "Dịp này, nhà trường phát động phong trào mỗi học sinh đọc ít nhất một cuốn sách mỗi tháng và "
         "xây dựng tủ sách lớp học.",
         ], author="Phạm Thị Lan", signature="Phạm Thị Lan - Trường THCS Nguyễn Du",
         image=(UP + "ngay-hoi-doc-sach-1.jpg", "Học sinh tham quan gian trưng bày sách của lớp 8A3.")),
    _art(30377, 12, "2024-03-01", "huong-dan-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2024-2025",
         "Hướng dẫn tuyển sinh vào lớp 10 THPT năm học 2024 - 2025", [
         "Sở Giáo dục và Đào tạo vừa ban hành hướng dẫn công tác tuyển sinh vào lớp 10 trung học phổ thông "
         "năm học 2024 - 2025 trên địa bàn tỉnh.",
         "Theo đó, các trường THPT công lập tuyển sinh bằng hình thức thi tuyển với ba bài thi Ngữ văn, "
         "Toán và Tiếng Anh; riêng Trường THPT chuyên Kiên Lĩnh tổ chức thêm bài thi môn chuyên.",
         "Kỳ thi dự kiến diễn ra trong hai ngày 4 và 5/6/2024. Thí sinh đăng ký dự tuyển trực tuyến từ ngày "
         "2 đến 15/5/2024 qua hệ thống tuyển sinh đầu cấp của Sở.",
         "Điểm xét tuyển là tổng điểm ba bài thi, không nhân hệ số, cộng điểm ưu tiên, khuyến khích (nếu có).",
         ]),
    _art(30351, 12, "2024-02-26", "hoc-sinh-kien-linh-gianh-3-huy-chuong-tai-olympic-toan-hoc-sinh-vien-va-hoc-sinh",
         "Học sinh Kiên Lĩnh giành 3 huy chương tại kỳ thi Olympic Toán học", [
         "Đội tuyển học sinh tỉnh Kiên Lĩnh vừa giành 1 huy chương Bạc và 2 huy chương Đồng tại kỳ thi "
         "Olympic Toán học khu vực Duyên hải và Đồng bằng Bắc Bộ năm 2024.",
         "Em Trần Gia Huy, học sinh lớp 11 Toán Trường THPT chuyên Kiên Lĩnh, đạt huy chương Bạc; hai huy "
         "chương Đồng thuộc về các em Lê Minh Khang và Nguyễn Thảo Vy.",
         "Kỳ thi năm nay thu hút 412 thí sinh của 38 trường THPT chuyên thuộc 19 tỉnh, thành phố; mỗi thí "
         "sinh làm hai bài thi trong hai buổi, mỗi bài gồm 4 câu hỏi với thời gian 180 phút.",
         "Đây là năm thứ ba liên tiếp đội tuyển của tỉnh có học sinh đạt huy chương tại kỳ thi này.",
         ], author="Hải Đăng, Mai Anh", field="Hải Đăng, Mai Anh"),
    _art(30329, 15, "2024-02-20", "tap-huan-giao-vien-cot-can-mon-lich-su-va-dia-ly",
         "Tập huấn giáo viên cốt cán môn Lịch sử và Địa lý cấp tiểu học", [
         "Từ ngày 19 đến 20/2, Phòng Giáo dục và Đào tạo huyện Giồng Đá tổ chức lớp tập huấn cho 45 giáo "
         "viên cốt cán môn Lịch sử và Địa lý cấp tiểu học.",
         "Nội dung tập huấn tập trung vào đổi mới phương pháp dạy học, sử dụng bản đồ, tranh ảnh và tư liệu "
         "lịch sử địa phương trong các tiết học.",
         "Các học viên đã thực hành thiết kế kế hoạch bài dạy theo nhóm và dạy minh họa tại Trường Tiểu học "
         "thị trấn Giồng Đá.",
         ], author="Võ Thanh Tâm", signature="Võ Thanh Tâm (Phòng GD&ĐT Giồng Đá)"),
]  # fmt: skip
CHROME = [
    "Tin cùng chuyên mục", "Tin xem nhiều", "Thông báo", "Thư viện ảnh", "Video", "Số người truy cập",
    "Đang truy cập", "Lượt xem", "Đường dây nóng", "0297 3862 551", "sgddt@kienlinh.gov.vn",
    "Thiết kế bởi", "Trang chủ", "Đăng nhập", "Tác giả:", "Bản quyền",
]  # fmt: skip
ALBUM = ("/thu-vien-anh/a15/ngay-hoi-doc-sach-truong-thcs-nguyen-du.html", "Ngày hội đọc sách Trường THCS Nguyễn Du", "06/03/2024", [
    "Gian trưng bày sách của lớp 8A3", "Học sinh thi kể chuyện theo sách", "Hoạt động đổi sách cũ lấy sách mới",
    "Thầy cô và học sinh chụp ảnh lưu niệm"])  # fmt: skip
VIDEO = ("/video/v8/le-tuyen-duong-hoc-sinh-gioi-quoc-gia-2024.html", "Lễ tuyên dương học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia năm 2024",
         "29/02/2024", "Phóng sự của Đài Phát thanh và Truyền hình tỉnh về lễ tuyên dương 26 học sinh đạt giải kỳ thi chọn học sinh giỏi quốc gia (thời lượng 04:12).")  # fmt: skip
DOCS = [("412/SGDĐT-QLCL", "29/02/2024", "Hướng dẫn tuyển sinh vào lớp 10 THPT năm học 2024 - 2025", "412-sgddt-qlcl.pdf"),
        ("389/SGDĐT-GDTrH", "22/02/2024", "Về việc tổ chức kỳ thi chọn học sinh giỏi cấp tỉnh lớp 12", "389-sgddt-gdtrh.pdf")]  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])


def _side() -> str:
    notices = ("<ul><li>Thông báo lịch nghỉ Tết Nguyên đán Giáp Thìn 2024</li><li>Thông báo tuyển dụng viên chức "
               "giáo dục năm 2024</li></ul>")  # fmt: skip
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in (ARTICLES[2], ARTICLES[0], ARTICLES[3]))
    return f"""<div class="col-right"><div class="hotline"><img src="/images/hotline.png" alt=""/>Đường dây nóng: 0297 3862 551</div>
<div class="block"><div class="block-title">Thông báo</div>{notices}</div>
<div class="block"><div class="block-title">Tin xem nhiều</div><ul>{most}</ul></div>
<div class="block"><div class="block-title"><a href="{ALBUM[0]}">Thư viện ảnh</a></div><a href="{ALBUM[0]}"><img src="{UP}album-15.jpg" alt=""/></a></div>
<div class="block"><div class="block-title"><a href="{VIDEO[0]}">Video</a></div><p>{esc(VIDEO[1])}</p></div>
<div class="block counter"><div class="block-title">Số người truy cập</div><p>Đang truy cập: 9</p><p>Tổng: 412.587</p></div></div>"""


def _layout(title: str, main: str, head: str = "") -> str:
    menu = ('<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>'
            + "".join(f'<li><a href="{_cat(c)}">{esc(x[1])}</a></li>' for c, x in CATS.items())
            + '<li><a href="/van-ban.html">Văn bản</a></li><li><a href="/lich-cong-tac.html">Lịch công tác</a></li><li><a href="/lien-he.html">Liên hệ</a></li>')  # fmt: skip
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/><title>{esc(title)}</title>
<meta name="keywords" content="giáo dục, Kiên Lĩnh"/>{head}<link rel="stylesheet" href="/themes/portal-v3/css/style.css"/></head>
<body><div class="header"><div class="banner"><img src="/upload/48213/banner.jpg" alt="{attr(NAME)}"/></div>
<div class="login"><a href="/dang-nhap.html">Đăng nhập</a></div></div><ul class="nav">{menu}</ul>
<div class="container"><div class="col-main">{main}</div>{_side()}</div>
<div class="footer"><p>Bản quyền thuộc {esc(NAME)}</p><p>Địa chỉ: 26 Trần Phú, thành phố Kiên Lĩnh - Điện thoại: 0297 3862 551 - Email: sgddt@kienlinh.gov.vn</p>
<p>Thiết kế bởi Công ty Cổ phần Công nghệ Giáo dục Việt</p></div></body></html>"""


def render_article(art: Art) -> str:
    cid = int(art.extra["cat"])
    body = f'<p class="desc"><strong>{esc(art.lead)}</strong></p>'
    for i, para in enumerate(art.paragraphs):
        body += f"<p>{esc(para)}</p>"
        if i == 0 and art.image:
            body += f'<p style="text-align:center"><img src="{art.image[0]}" alt=""/><br/><em>{esc(art.image[1])}</em></p>'
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    field = str(art.extra["field"])
    meta = (f"<span>Tác giả: {esc(field)}</span> | " if field else "") + f"<span>{esc(art.date_line)}</span> | <span>Lượt xem: {_id(art) % 1700 + 85}</span>"
    same = [a for a in ARTICLES if a is not art and a.extra["cat"] == cid]
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in same)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="{_cat(cid)}">{esc(CATS[cid][1])}</a></div>
<div class="news-detail"><h1 class="title">{esc(art.title)}</h1><div class="meta">{meta}</div><div class="content">{body}</div></div>
<div class="news-other"><div class="block-title">Tin cùng chuyên mục</div><ul>{others}</ul></div>"""
    return _layout(art.title, main, f'<meta property="og:title" content="{attr(art.title)}"/><meta property="og:image" content="{UP}thumb-{_id(art)}.jpg"/>')


def render_list(cid: int, page: int) -> str:
    arts = [a for a in ARTICLES if a.extra["cat"] == cid]
    chunk = arts[(page - 1) * 2 : page * 2] if cid == 12 else arts
    items = "".join(f'<div class="item"><img src="{UP}thumb-{_id(a)}.jpg" alt=""/><a class="title" href="{a.path}">{esc(a.title)}</a>'
                    f'<span class="date">{dmy(a.published)}</span><p>{esc(a.lead[:160])}...</p></div>' for a in chunk)  # fmt: skip
    pager = f'<div class="paging"><a href="{_cat(12)}">1</a> <a href="{_cat(12)}?page=2">2</a></div>' if cid == 12 else ""
    return _layout(CATS[cid][1], f'<div class="block-title">{esc(CATS[cid][1])}</div>{items}{pager}')


def render_home() -> str:
    first = ARTICLES[0]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>' for a in ARTICLES[1:])
    main = (f'<div class="hot"><img src="{UP}thumb-{_id(first)}.jpg" alt=""/><a class="title" href="{first.path}">{esc(first.title)}</a>'
            f'<p>{esc(first.lead)}</p></div><div class="block-title">Tin mới</div><ul class="news-list">{items}</ul>')
    return _layout(NAME, main)


def render_album() -> str:
    path, title, day, captions = ALBUM
    pics = "".join(f'<div class="photo"><img src="{UP}album-15-{i}.jpg" alt=""/><p>{esc(c)}</p></div>' for i, c in enumerate(captions))
    return _layout(title, f'<h1 class="title">{esc(title)}</h1><div class="meta">Ngày đăng: {day}</div><div class="album">{pics}</div>')


def render_video() -> str:
    path, title, day, desc = VIDEO
    main = (f'<h1 class="title">{esc(title)}</h1><div class="meta">Ngày đăng: {day}</div>'
            f'<video controls width="640" src="/upload/48213/video/tuyen-duong-hsg-2024.mp4"></video><p>{esc(desc)}</p>')
    return _layout(title, main)


def render_docs() -> str:
    rows = "".join(f'<tr><td>{esc(n)}</td><td>{d}</td><td>{esc(s)}</td><td><a href="/upload/48213/vanban/{f}">Tải về</a></td></tr>' for n, d, s, f in DOCS)
    return _layout("Văn bản", f'<div class="block-title">Văn bản</div><table class="docs"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th></th></tr>{rows}</table>')


STATIC = {
    "/gioi-thieu.html": ("Giới thiệu", [
        "Sở Giáo dục và Đào tạo là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Kiên Lĩnh, tham mưu, giúp Ủy ban nhân "
        "dân tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Toàn tỉnh có 512 cơ sở giáo dục với hơn 310.000 học sinh và 19.800 cán bộ, giáo viên, nhân viên.",
    ]),
    "/lich-cong-tac.html": ("Lịch công tác tuần 11 (11/3 - 17/3/2024)", [
        "Thứ Hai 11/3: 8h00 Giám đốc Sở họp giao ban; 14h00 làm việc với Phòng Giáo dục Trung học.",
        "Thứ Tư 13/3: Phó Giám đốc Sở kiểm tra công tác chuẩn bị thi tốt nghiệp THPT tại huyện Giồng Đá.",
        "Thứ Sáu 15/3: Hội nghị giao ban hiệu trưởng các trường THPT.",
    ]),
    "/lien-he.html": ("Liên hệ", [
        "Văn phòng Sở Giáo dục và Đào tạo tỉnh Kiên Lĩnh, 26 Trần Phú, thành phố Kiên Lĩnh.",
        "Các trường, đơn vị gửi tin, bài về Ban biên tập qua hộp thư điện tử của Văn phòng Sở.",
    ]),
}  # fmt: skip


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    return _layout(title, f'<div class="block-title">{esc(title)}</div>' + "".join(f"<p>{esc(p)}</p>" for p in paras))


NON_ARTICLES = {
    "/": "home",
    _cat(12): "listing",
    _cat(12) + "?page=2": "listing",
    _cat(15): "listing",
    ALBUM[0]: "gallery",
    VIDEO[0]: "gallery",
    "/van-ban.html": "documents",
    "/lich-cong-tac.html": "schedule",
    "/gioi-thieu.html": "static",
    "/lien-he.html": "static",
}
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {"/dang-nhap.html": 302, **{f"/upload/48213/vanban/{d[3]}": 200 for d in DOCS}}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = False


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/"] = Page.html(render_home())
    for cid in CATS:
        pages[_cat(cid)] = Page.html(render_list(cid, 1))
    pages[_cat(12) + "?page=2"] = Page.html(render_list(12, 2))
    pages[ALBUM[0]] = Page.html(render_album())
    pages[VIDEO[0]] = Page.html(render_video())
    pages["/van-ban.html"] = Page.html(render_docs())
    for path in STATIC:
        pages[path] = Page.html(render_static(path))
    for d in DOCS:
        pages[f"/upload/48213/vanban/{d[3]}"] = pdf()
    pages["/dang-nhap.html"] = Page.redirect("https://sso.kienlinh.gov.vn/login?service=sgddt", 302)

    def handler(request: Request) -> Page | None:
        if request.target == "/robots.txt":
            return Page.text(f"User-agent: *\nDisallow: /admin/\nSitemap: {request.base_url}sitemap.xml\n")
        if request.path.startswith(("/upload/", "/images/")):
            return image()
        return None

    not_found = Page.html(_layout("Không tìm thấy", '<div class="block-title">Thông báo</div><p>Trang bạn truy cập không tồn tại.</p>'), status=404)
    return Site(pages=pages, handler=handler, not_found=not_found)
