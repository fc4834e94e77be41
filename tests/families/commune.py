"""A ward's site on a province's shared commune-portal platform: a handful of short articles
and many long static pages, as most commune and ward sites are.

- Articles ``/bai-viet/<slug>`` (no id); listings ``/bai-viet`` (``?trang=2``) and
  ``/chuyen-muc/<slug>``; static pages ``/trang/<slug>``: "Giới thiệu chung", "Ban lãnh đạo"
  (names, offices, phone numbers, emails), "Lịch tiếp công dân" (dates), "Liên hệ", "Sơ đồ
  cổng"; administrative procedures ``/thu-tuc-hanh-chinh`` and one page per procedure (long,
  with the dates of the laws they rest on).
- The ``<h1>`` of every page is the ward's banner; the article title is an ``<h3>``; the only
  date is "Ngày cập nhật: 11/03/2024 09:15:00 SA" (SA/CH: morning/afternoon, so "02:30:00 CH"
  is 14:30), so ``published_at`` is that date with ``date_basis: updated``.
- Sapo as a bold first paragraph (one article has none); signatures as initials ("N.H") or
  a name in italics, or none; the footer names the chairman "chịu trách nhiệm nội dung".
- robots.txt allows everything and names no sitemap; there is none.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, paginate, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-commune"
NAME = "Ủy ban nhân dân phường Phú Mỹ"
SHORT = "UBND phường Phú Mỹ"
UP = "/uploads/phumy/2024/"
UPDATED = {"date_basis": "updated"}
CATS = {"tin-hoat-dong": "Tin hoạt động", "y-te-giao-duc": "Y tế - Giáo dục"}


def _line(iso: str) -> str:
    hour = int(iso[11:13])
    half = "SA" if hour < 12 else "CH"
    h12 = hour % 12 or 12
    return f"{dmy(iso)} {h12:02d}:{iso[14:16]}:00 {half}"


def _art(key: str, slug: str, iso: str, cat: str, sapo: bool = True, **kw: object) -> Art:
    extra = {**UPDATED, "cat": cat, "sapo": sapo}
    return Art(KEY[key], f"/bai-viet/{slug}", iso, _line(iso), updated=iso, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pm-tiep-cong-dan", "chu-tich-uy-ban-nhan-dan-phuong-tiep-cong-dan-dinh-ky", "2024-03-14T16:45:00+07:00",
         "tin-hoat-dong", signature="T.L", author="T.L"),
    _art("pm-tiem-chung", "tiem-chung-mo-rong-thang-3-tai-tram-y-te-phuong", "2024-03-11T09:15:00+07:00",
         "y-te-giao-duc", signature="N.H", author="N.H"),
    _art("pm-tong-ve-sinh", "ra-quan-tong-ve-sinh-moi-truong-cac-khu-pho", "2024-03-10T14:30:00+07:00",
         "tin-hoat-dong", image=(UP + "03/tong-ve-sinh-kp3.jpg", "Đoàn viên thanh niên khơi thông cống rãnh tại khu phố 3.")),
    _art("pm-dich-vu-cong", "huong-dan-nguoi-dan-nop-ho-so-truc-tuyen-tai-bo-phan-mot-cua", "2024-03-04T10:20:00+07:00",
         "tin-hoat-dong", sapo=False),
    _art("pm-giao-quan", "phu-my-co-12-thanh-nien-len-duong-nhap-ngu-nam-2024", "2024-02-22T08:05:00+07:00",
         "tin-hoat-dong", signature="Ngọc Hân", author="Ngọc Hân",
         image=(UP + "02/gap-mat-tan-binh.jpg", "Lãnh đạo phường tặng quà các tân binh.")),
]  # fmt: skip
PER_PAGE = 4
CHROME = [
    "ỦY BAN NHÂN DÂN PHƯỜNG PHÚ MỸ", "THÀNH PHỐ ĐÔNG HÒA - TỈNH NINH LÂM", "Ngày cập nhật", "Tin cùng chuyên mục", "In trang", "Chia sẻ",
    "Quay lại", "Lịch tiếp công dân", "Dịch vụ công trực tuyến", "Thống kê truy cập",
    "Lượt truy cập", "Đang online", "Liên kết", "Trang chủ", "Chịu trách nhiệm nội dung",
    "0258 3861 205", "phumy.donghoa@ninhlam.gov.vn", "Số 1 đường Nguyễn Trãi",
    "Đăng nhập",
]  # fmt: skip
LEADERS = [
    ("Lâm Thanh Phong", "Phó Bí thư Đảng ủy, Chủ tịch UBND phường", "0258 3861 201", "phonglt.phumy@ninhlam.gov.vn"),
    ("Trương Thị Mỹ Duyên", "Phó Chủ tịch UBND phường (phụ trách văn hóa - xã hội)", "0258 3861 202", "duyenttm.phumy@ninhlam.gov.vn"),
    ("Huỳnh Văn Lộc", "Phó Chủ tịch UBND phường (phụ trách kinh tế - đô thị)", "0258 3861 203", "lochv.phumy@ninhlam.gov.vn"),
    ("Phan Thanh Sơn", "Trưởng Công an phường", "0258 3861 113", "sonpt.phumy@ninhlam.gov.vn"),
    ("Võ Minh Trí", "Chỉ huy trưởng Ban Chỉ huy Quân sự phường", "0258 3861 204", "trivm.phumy@ninhlam.gov.vn"),
]  # fmt: skip
PROCEDURES = {
    "1-001193": ("Đăng ký khai sinh", "Hộ tịch", "Toàn trình", [
        ("Trình tự thực hiện", [
            "Bước 1: Người có yêu cầu đăng ký khai sinh nộp hồ sơ tại Bộ phận tiếp nhận và trả "
            "kết quả của Ủy ban nhân dân phường hoặc nộp trực tuyến trên Cổng dịch vụ công.",
            "Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu hồ sơ đầy đủ, hợp lệ thì ghi "
            "nội dung khai sinh vào Sổ đăng ký khai sinh, cập nhật vào cơ sở dữ liệu hộ tịch điện "
            "tử và trình Chủ tịch Ủy ban nhân dân phường ký Giấy khai sinh.",
            "Bước 3: Người đi đăng ký khai sinh kiểm tra nội dung Giấy khai sinh và ký vào Sổ đăng "
            "ký khai sinh; nhận kết quả trực tiếp hoặc qua dịch vụ bưu chính.",
        ]),
        ("Thành phần hồ sơ", [
            "Tờ khai đăng ký khai sinh theo mẫu; bản chính Giấy chứng sinh hoặc văn bản của người "
            "làm chứng xác nhận về việc sinh; trường hợp trẻ em bị bỏ rơi phải có biên bản xác "
            "nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.",
        ]),
        ("Thời hạn giải quyết", ["Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo."]),
        ("Lệ phí", ["Miễn lệ phí đăng ký khai sinh đúng hạn."]),
        ("Căn cứ pháp lý", [
            "Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014; Nghị định số 123/2015/NĐ-CP ngày "
            "15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ "
            "tịch; Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ Tư pháp.",
        ]),
    ]),
    "1-001022": ("Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Một phần", [
        ("Trình tự thực hiện", [
            "Người yêu cầu chứng thực xuất trình bản chính giấy tờ, văn bản làm cơ sở để chứng "
            "thực bản sao và bản sao cần chứng thực tại Bộ phận một cửa của phường.",
            "Người thực hiện chứng thực kiểm tra bản chính, đối chiếu với bản sao; nếu nội dung bản "
            "sao đúng với bản chính thì thực hiện chứng thực và ghi vào sổ chứng thực.",
        ]),
        ("Thành phần hồ sơ", ["Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao và bản sao cần chứng thực."]),
        ("Thời hạn giải quyết", ["Trong ngày cơ quan tiếp nhận yêu cầu hoặc trong ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ."]),
        ("Lệ phí", ["2.000 đồng/trang; từ trang thứ ba trở lên thu 1.000 đồng/trang, tối đa không quá 200.000 đồng/bản."]),
        ("Căn cứ pháp lý", [
            "Nghị định số 23/2015/NĐ-CP ngày 16/02/2015 của Chính phủ về cấp bản sao từ sổ gốc, "
            "chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch.",
        ]),
    ]),
    "1-003583": ("Đăng ký kết hôn", "Hộ tịch", "Toàn trình", [
        ("Trình tự thực hiện", [
            "Hai bên nam, nữ nộp tờ khai đăng ký kết hôn theo mẫu và xuất trình giấy tờ tùy thân; "
            "công chức tư pháp - hộ tịch kiểm tra, nếu đủ điều kiện kết hôn thì báo cáo Chủ tịch "
            "Ủy ban nhân dân phường.",
            "Hai bên nam, nữ có mặt khi đăng ký kết hôn, ký vào Sổ đăng ký kết hôn và Giấy chứng "
            "nhận kết hôn; mỗi bên được cấp một bản chính Giấy chứng nhận kết hôn.",
        ]),
        ("Thành phần hồ sơ", ["Tờ khai đăng ký kết hôn theo mẫu; trường hợp đã ly hôn phải có bản sao trích lục ghi chú ly hôn."]),
        ("Thời hạn giải quyết", ["Ngay sau khi nhận đủ giấy tờ; trường hợp cần xác minh thì không quá 05 ngày làm việc."]),
        ("Lệ phí", ["Miễn lệ phí."]),
        ("Căn cứ pháp lý", ["Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014; Luật Hộ tịch số 60/2014/QH13 ngày 20/11/2014."]),
    ]),
}  # fmt: skip
STATIC = {
    "gioi-thieu-chung": ("Giới thiệu chung", [
        "Phường Phú Mỹ được thành lập năm 1999 trên cơ sở chia tách xã Phú Mỹ cũ, nằm ở phía đông "
        "thành phố Đông Hòa, tỉnh Ninh Lâm; phía bắc giáp phường Phú Lâm, phía nam giáp xã Hòa "
        "An, phía đông giáp sông Bà Lài, phía tây giáp phường Trung Tâm.",
        "Phường có diện tích tự nhiên 4,86 km², dân số 18.420 người với 4.950 hộ, chia thành sáu "
        "khu phố. Phần lớn người dân sống bằng nghề buôn bán nhỏ, dịch vụ, tiểu thủ công nghiệp và "
        "làm công nhân tại các khu công nghiệp lân cận.",
        "Hệ thống chính trị của phường gồm Đảng bộ phường với 14 chi bộ trực thuộc và 386 đảng viên, "
        "Hội đồng nhân dân phường, Ủy ban nhân dân phường, Ủy ban Mặt trận Tổ quốc và các đoàn thể "
        "chính trị - xã hội.",
        "Trên địa bàn phường có hai trường mầm non, hai trường tiểu học, một trường trung học cơ "
        "sở, một trạm y tế đạt chuẩn quốc gia và chợ Phú Mỹ với hơn 300 điểm kinh doanh.",
        "Những năm qua, phường tập trung chỉnh trang đô thị, bê tông hóa 100% các tuyến hẻm, xây "
        "dựng tuyến kè chống sạt lở dọc sông Bà Lài và công viên cây xanh khu phố 4.",
        "Năm 2023, phường được công nhận danh hiệu phường đạt chuẩn văn minh đô thị; thu nhập bình "
        "quân đầu người đạt 76 triệu đồng, không còn hộ nghèo theo chuẩn của tỉnh.",
    ]),
    "lich-tiep-cong-dan": ("Lịch tiếp công dân", [
        "Chủ tịch Ủy ban nhân dân phường tiếp công dân định kỳ vào ngày thứ Năm của tuần thứ hai "
        "hằng tháng tại Trụ sở tiếp công dân phường.",
        "Tháng 3/2024: thứ Năm, ngày 14/03/2024, buổi chiều từ 14 giờ 00.",
        "Tháng 4/2024: thứ Năm, ngày 11/04/2024, buổi sáng từ 8 giờ 00.",
        "Các Phó Chủ tịch Ủy ban nhân dân phường tiếp công dân vào sáng thứ Ba hằng tuần theo lĩnh "
        "vực phụ trách.",
    ]),
    "lien-he": ("Liên hệ", [
        "Ủy ban nhân dân phường Phú Mỹ. Địa chỉ: Số 1 đường Nguyễn Trãi, khu phố 2, phường Phú Mỹ, "
        "thành phố Đông Hòa, tỉnh Ninh Lâm.",
        "Bộ phận tiếp nhận và trả kết quả: 0258 3861 210. Công an phường: 0258 3861 113.",
        "Giờ làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai "
        "đến thứ Sáu; sáng thứ Bảy tiếp nhận hồ sơ thủ tục hành chính.",
    ]),
}  # fmt: skip


def _layout(title: str, main: str, crumb: str = "") -> str:
    menu = (
        '<li><a href="/">Trang chủ</a></li><li><a href="/trang/gioi-thieu-chung">Giới thiệu</a><ul><li><a href="/trang/gioi-thieu-chung">Giới thiệu chung</a></li>'
        '<li><a href="/trang/ban-lanh-dao">Ban lãnh đạo</a></li></ul></li><li><a href="/bai-viet">Tin tức</a><ul>'
        + "".join(f'<li><a href="/chuyen-muc/{c}">{label}</a></li>' for c, label in CATS.items())
        + '</ul></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/trang/lich-tiep-cong-dan">Lịch tiếp công dân</a></li>'
        '<li><a href="/trang/lien-he">Liên hệ</a></li><li><a href="/trang/so-do-cong">Sơ đồ cổng</a></li>'
    )
    bread = f'<div class="duong-dan"><a href="/">Trang chủ</a>{crumb}</div>' if crumb else ""
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SHORT}</title><link rel="stylesheet" href="/themes/xaphuong/css/main.css">
</head><body>
<div class="dau-trang"><div class="khung"><img src="/themes/xaphuong/images/quoc-huy.png" alt="">
<div class="ten-don-vi"><p class="cap-tren">THÀNH PHỐ ĐÔNG HÒA - TỈNH NINH LÂM</p><h1>ỦY BAN NHÂN DÂN PHƯỜNG PHÚ MỸ</h1></div>
<div class="dang-nhap"><a href="https://quantri.ninhlam.gov.vn/dang-nhap">Đăng nhập</a></div></div></div>
<nav class="menu-chinh"><ul>{menu}</ul></nav>
<div class="khung than-trang">{bread}<div class="cot-trai">{main}</div>
<div class="cot-phai">
<div class="hop"><div class="tieu-de-hop"><a href="/trang/lich-tiep-cong-dan">Lịch tiếp công dân</a></div><p>Thứ Năm, 14/03/2024 (chiều)</p></div>
<div class="hop"><a href="https://dichvucong.ninhlam.gov.vn"><img src="/themes/xaphuong/images/dich-vu-cong.png" alt="Dịch vụ công trực tuyến"></a><p>Dịch vụ công trực tuyến</p></div>
<div class="hop"><div class="tieu-de-hop">Liên kết</div><select onchange="location=this.value"><option>Cổng TTĐT tỉnh Ninh Lâm</option><option>Cổng TTĐT thành phố Đông Hòa</option></select></div>
<div class="hop thong-ke"><div class="tieu-de-hop">Thống kê truy cập</div><p>Lượt truy cập: 84.215</p><p>Đang online: 3</p></div>
</div></div>
<div class="chan-trang"><div class="khung"><p><b>{NAME.upper()}</b></p>
<p>Địa chỉ: Số 1 đường Nguyễn Trãi, khu phố 2, phường Phú Mỹ, thành phố Đông Hòa, tỉnh Ninh Lâm</p>
<p>Điện thoại: 0258 3861 205 - Email: phumy.donghoa@ninhlam.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Ông Lâm Thanh Phong - Chủ tịch UBND phường</p></div></div>
</body></html>"""


def render_article(art: Art) -> str:
    lead = f"<p><strong>{esc(art.lead)}</strong></p>" if art.extra["sapo"] else f"<p>{esc(art.lead)}</p>"
    blocks = [lead]
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(paragraph)}</p>")
        if i == 0 and art.image:
            src, caption = art.image
            blocks.append(f'<p style="text-align:center"><img src="{src}" alt="" width="560"></p><p style="text-align:center"><em>{esc(caption)}</em></p>')
    if art.signature:
        blocks.append(f'<p style="text-align:right"><em>{esc(art.signature)}</em></p>')
    cat = str(art.extra["cat"])
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></li>' for a in ARTICLES if a is not art
    )  # fmt: skip
    main = f"""<div class="chi-tiet-bai-viet">
<h3 class="tieu-de-bai-viet">{esc(art.title)}</h3>
<div class="ngay-cap-nhat">Ngày cập nhật: {esc(art.date_line)}</div>
<div class="noi-dung-bai-viet">{"".join(blocks)}</div>
<div class="cong-cu"><a href="javascript:window.print()">In trang</a> | <a href="https://www.facebook.com/sharer.php?u=https://phumy.donghoa.ninhlam.gov.vn{art.path}">Chia sẻ</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="tin-cung-chuyen-muc"><div class="tieu-de-hop">Tin cùng chuyên mục</div><ul>{others}</ul></div></div>"""
    crumb = f' / <a href="/chuyen-muc/{cat}">{CATS[cat]}</a>'
    return _layout(art.title, main, crumb)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="tin"><h4><a href="{a.path}">{esc(a.title)}</a></h4><span class="ngay">{dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:140])}...</p></div>"
        for a in arts
    )


def render_listing(base: str, title: str, arts: list[Art], page: int = 1) -> str:
    pages, chunk = paginate(arts, page, PER_PAGE)
    pager = ""
    if pages > 1:
        pager = '<div class="phan-trang">' + "".join(
            f"<span>{n}</span>" if n == page else f'<a href="{base if n == 1 else f"{base}?trang={n}"}">{n}</a>' for n in range(1, pages + 1)
        ) + "</div>"  # fmt: skip
    return _layout(title, f'<h2 class="tieu-de-trang">{esc(title)}</h2>{_teasers(chunk)}{pager}', f" / {esc(title)}")


def render_home() -> str:
    main = f'<h2 class="tieu-de-trang">Tin mới</h2>{_teasers(ARTICLES[:4])}<p><a href="/bai-viet">Xem thêm</a></p>'
    return _layout("Trang chủ", main)


def _static_page(title: str, html: str) -> str:
    return _layout(title, f'<h2 class="tieu-de-trang">{esc(title)}</h2><div class="noi-dung-trang">{html}</div>', f" / {esc(title)}")


def render_static(slug: str) -> str:
    title, paras = STATIC[slug]
    return _static_page(title, "".join(f"<p>{esc(p)}</p>" for p in paras))


def render_leaders() -> str:
    rows = "".join(
        f"<tr><td>{i}</td><td><b>{esc(n)}</b></td><td>{esc(role)}</td><td>{phone}</td><td>{mail}</td></tr>"
        for i, (n, role, phone, mail) in enumerate(LEADERS, 1)
    )  # fmt: skip
    table = (
        '<table class="bang"><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr>'
        f"{rows}</table><p>Thường trực Đảng ủy, HĐND, UBND phường nhiệm kỳ 2021 - 2026.</p>"
    )
    return _static_page("Ban lãnh đạo", table)


def render_procedures() -> str:
    rows = "".join(
        f'<tr><td>{i}</td><td>{code}</td><td><a href="/thu-tuc-hanh-chinh/{code}">{esc(name)}</a></td><td>{field}</td><td>{level}</td></tr>'
        for i, (code, (name, field, level, _)) in enumerate(PROCEDURES.items(), 1)
    )  # fmt: skip
    table = (
        '<table class="bang"><tr><th>STT</th><th>Mã thủ tục</th><th>Tên thủ tục</th><th>Lĩnh vực</th><th>Dịch vụ công</th></tr>'
        f"{rows}</table>"
    )
    return _static_page("Thủ tục hành chính", table)


def render_procedure(code: str) -> str:
    name, field, level, sections = PROCEDURES[code]
    html = f"<p>Mã thủ tục: {code} - Lĩnh vực: {field} - Dịch vụ công trực tuyến: {level}</p>" + "".join(
        f"<h4>{esc(head)}</h4>" + "".join(f"<p>{esc(p)}</p>" for p in paras) for head, paras in sections
    )
    return _static_page(name, html)


def render_sitemap_page() -> str:
    items = (
        '<ul><li><a href="/">Trang chủ</a></li><li>Giới thiệu<ul><li><a href="/trang/gioi-thieu-chung">Giới thiệu chung</a></li>'
        '<li><a href="/trang/ban-lanh-dao">Ban lãnh đạo</a></li></ul></li><li><a href="/bai-viet">Tin tức</a><ul>'
        + "".join(f'<li><a href="/chuyen-muc/{c}">{label}</a></li>' for c, label in CATS.items())
        + '</ul></li><li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/trang/lich-tiep-cong-dan">Lịch tiếp công dân</a></li>'
        '<li><a href="/trang/lien-he">Liên hệ</a></li></ul>'
    )
    return _static_page("Sơ đồ cổng", items)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/bai-viet"] = render_listing("/bai-viet", "Tin tức", ARTICLES)
    out["/bai-viet?trang=2"] = render_listing("/bai-viet", "Tin tức", ARTICLES, 2)
    for cat, label in CATS.items():
        out[f"/chuyen-muc/{cat}"] = render_listing(f"/chuyen-muc/{cat}", label, [a for a in ARTICLES if a.extra["cat"] == cat])
    for slug in STATIC:
        out[f"/trang/{slug}"] = render_static(slug)
    out["/trang/ban-lanh-dao"] = render_leaders()
    out["/trang/so-do-cong"] = render_sitemap_page()
    out["/thu-tuc-hanh-chinh"] = render_procedures()
    for code in PROCEDURES:
        out[f"/thu-tuc-hanh-chinh/{code}"] = render_procedure(code)
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nAllow: /\n")
