"""A district portal on an old ASP.NET WebForms template (about 2012, utf-8).

- One ``<form id="aspnetForm">`` wraps every page, with ``__VIEWSTATE`` and
  ``__EVENTVALIDATION``; master-page ids (``ctl00_ContentPlaceHolder1_lblTieuDe``); relative
  links (``NewsDetail.aspx?NewsID=2451&CatID=3``); ``/`` redirects to ``/Default.aspx``.
- The date as .NET's vi-VN culture prints it: "Ngày đăng: 11/3/2024 9:45:00 SA" (CH in the
  afternoon). Author and source are labelled fields after the content ("Tác giả:",
  "Nguồn:"), not body lines; one article has no author field, one names a unit after the name.
- A print view (``PrintNews.aspx?NewsID=``, no canonical link) of every article; a
  ``<marquee>`` greeting; a left column ("Thông báo", "Tin mới đăng" with dates) and a right
  one (links, visitor counter); "Các tin đã đưa" with dates under each article.
- No sitemap; robots.txt only disallows the admin folder.
"""

from __future__ import annotations

import base64
import hashlib

from crawler.replica.site import Page, Request, Site
from tests.sealed3.common import Art, attr, esc, image, pdf

SITE_ID = "sz-webforms"
NAME = "Cổng thông tin điện tử huyện Phước Hòa"
BASE_URL = "https://phuochoa.namtrung.gov.vn/"
CATS = {3: "Tin hoạt động", 5: "Kinh tế - Nông nghiệp"}


def _net(iso: str) -> str:
    """.NET vi-VN general date: d/M/yyyy h:mm:ss SA|CH."""
    d, m, y = int(iso[8:10]), int(iso[5:7]), iso[:4]
    h, mi = int(iso[11:13]), iso[14:16]
    return f"{d}/{m}/{y} {h % 12 or 12}:{mi}:00 {'SA' if h < 12 else 'CH'}"


def _art(ident: int, cat: int, iso: str, title: str, paras: list[str], **kw: object) -> Art:
    extra = {"id": ident, "cat": cat, "field_author": kw.pop("field_author", kw.get("author")),
             "field_source": kw.get("source")}  # fmt: skip
    return Art(f"/NewsDetail.aspx?NewsID={ident}&CatID={cat}", title, paras[0], tuple(paras[1:]), iso,
               f"Ngày đăng: {_net(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art(2451, 3, "2024-02-19T07:30:00+07:00", "Huyện Phước Hòa ra quân trồng cây đầu xuân Giáp Thìn 2024", [
        "Sáng ngày 19/2 (tức mùng 10 tháng Giêng), Ủy ban nhân dân huyện Phước Hòa tổ chức lễ phát động "
        "Tết trồng cây “Đời đời nhớ ơn Bác Hồ” xuân Giáp Thìn năm 2024 tại khu vực đồi Cà Đú, xã Hòa Sơn.",
        "Tham dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam huyện, đại diện các cơ "
        "quan, đơn vị, lực lượng vũ trang, đoàn viên thanh niên và đông đảo nhân dân địa phương.",
        "Phát biểu tại lễ phát động, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh: trồng cây xanh không "
        "chỉ góp phần cải thiện môi trường sống mà còn giúp chống xói mòn, hạn chế tác hại của thiên tai "
        "vốn thường xuyên xảy ra trên địa bàn huyện.",
        "Ngay sau lễ phát động, các đại biểu và nhân dân đã trồng 1.500 cây sao đen, dầu rái và keo lai "
        "trên diện tích 3 ha. Năm 2024, toàn huyện phấn đấu trồng mới 120.000 cây phân tán và 250 ha rừng tập trung.",
        "Phòng Nông nghiệp và Phát triển nông thôn được giao theo dõi, hướng dẫn các xã chăm sóc, bảo vệ "
        "cây sau khi trồng, bảo đảm tỷ lệ cây sống đạt trên 90%.",
    ], author="Thanh Tùng", source="Đài Truyền thanh huyện"),
    _art(2468, 3, "2024-02-26T14:30:00+07:00", "Phước Hòa tổ chức lễ giao nhận quân năm 2024", [
        "Chiều 26/2, Hội đồng Nghĩa vụ quân sự huyện Phước Hòa long trọng tổ chức lễ giao nhận quân năm "
        "2024. Năm nay, huyện có 186 thanh niên lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân.",
        "Các tân binh được giao cho Trung đoàn Bộ binh 896, Lữ đoàn Công binh 270 và Công an tỉnh; trong "
        "đó có 21 thanh niên có trình độ cao đẳng, đại học và 17 đảng viên.",
        "Thay mặt lãnh đạo huyện, đồng chí Bí thư Huyện ủy biểu dương tinh thần hăng hái của các tân binh, "
        "đồng thời đề nghị các em nhanh chóng hòa nhập với môi trường quân ngũ, rèn luyện bản lĩnh chính "
        "trị, học tập tốt, hoàn thành xuất sắc mọi nhiệm vụ được giao.",
        "Công tác tuyển chọn, gọi công dân nhập ngũ năm nay được thực hiện dân chủ, công khai, đúng luật; "
        "100% tân binh giao đủ chỉ tiêu, bảo đảm chất lượng và an toàn tuyệt đối.",
    ], author="Nguyễn Hữu Lộc", field_author="Nguyễn Hữu Lộc (Trung tâm VH-TT&TT huyện)",
        image=("/Uploads/Images/2024/02/giao-nhan-quan-2024.jpg",
               "Lãnh đạo huyện tặng hoa động viên các tân binh trước giờ lên đường nhập ngũ.")),
    _art(2475, 3, "2024-03-04T16:05:00+07:00", "Kỳ họp chuyên đề HĐND huyện thông qua 5 nghị quyết quan trọng", [
        "Ngày 4/3, Hội đồng nhân dân huyện Phước Hòa khóa XII, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp chuyên "
        "đề lần thứ 9 để xem xét, quyết định một số nội dung phát sinh giữa hai kỳ họp thường lệ.",
        "Kỳ họp đã thông qua các nghị quyết về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn "
        "2021 - 2025; phân bổ nguồn vốn sự nghiệp thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024.",
        "Cùng với đó là các nghị quyết về chủ trương đầu tư dự án đường giao thông liên xã Hòa Thắng - "
        "Hòa Mỹ, dự án kè chống sạt lở bờ sông Cái đoạn qua thôn Phú Hữu và việc đặt tên một số tuyến "
        "đường trên địa bàn thị trấn Chí Thạnh.",
        "Bế mạc kỳ họp, Chủ tịch HĐND huyện đề nghị UBND huyện khẩn trương triển khai các nghị quyết; "
        "các đại biểu HĐND tăng cường giám sát việc thực hiện tại địa phương.",
    ], source="Văn phòng HĐND và UBND huyện"),
    _art(2483, 5, "2024-03-11T09:45:00+07:00", "Nông dân xã Hòa Thắng thu hoạch dưa hấu trái vụ được giá", [
        "Những ngày này, trên các cánh đồng xã Hòa Thắng, nông dân đang tất bật thu hoạch dưa hấu trái vụ. "
        "Với giá bán tại ruộng từ 7.000 đến 8.500 đồng/kg, mỗi sào dưa cho lãi gần 5 triệu đồng.",
        "Toàn xã có khoảng 45 ha dưa hấu trồng trên chân đất lúa thiếu nước tưới vụ Đông Xuân. Nhờ áp dụng "
        "màng phủ nông nghiệp và tưới nhỏ giọt, năng suất bình quân đạt 30 tấn/ha, cao hơn năm trước khoảng 4 tấn.",
        "Ông Trần Văn Sáu, thôn Phú Thạnh, cho biết gia đình ông trồng 6 sào dưa, sau khi trừ chi phí còn "
        "lãi hơn 28 triệu đồng; thương lái đến tận ruộng thu mua nên người dân không phải lo đầu ra.",
        "Ủy ban nhân dân xã đang phối hợp với Hợp tác xã nông nghiệp Hòa Thắng xây dựng vùng trồng dưa "
        "theo tiêu chuẩn VietGAP, hướng tới cấp mã số vùng trồng để tham gia chuỗi tiêu thụ ổn định.",
    ], author="Lê Thị Mỹ Duyên", source="Đài Truyền thanh huyện"),
]  # fmt: skip
CHROME = [
    "Chào mừng", "Thông báo", "Tin mới đăng", "Các tin đã đưa", "Liên kết website", "Thống kê truy cập",
    "Hôm nay:", "Tổng số:", "In bài", "Gửi bài", "Trở về", "Tác giả:", "Nguồn:", "Bản quyền",
    "Trưởng ban biên tập", "(0257) 3866 014", "ubndphuochoa@namtrung.gov.vn", "Trang chủ", "Đăng nhập",
]  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])


def _state(seed: str, size: int) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}:{i}".encode()).digest() for i in range(size // 32 + 1))
    return "/wEPDwUK" + base64.b64encode(raw[:size]).decode()


def _left() -> str:
    news = "".join(f'<li><a href="{a.path[1:]}">{esc(a.title)}</a> <span class="ngay">({a.published[8:10]}/{a.published[5:7]})</span></li>'
                   for a in sorted(ARTICLES, key=lambda a: a.published, reverse=True)[:3])  # fmt: skip
    return f"""<td id="leftcol" width="200" valign="top">
<div class="boxtitle">Thông báo</div><div class="boxcontent"><ul>
<li>Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 3/2024</li><li>Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024</li></ul></div>
<div class="boxtitle">Tin mới đăng</div><div class="boxcontent"><ul>{news}</ul></div></td>"""


def _right() -> str:
    return """<td id="rightcol" width="200" valign="top">
<div class="boxtitle">Liên kết website</div><div class="boxcontent"><select id="ctl00_ddlLienKet" onchange="window.open(this.value)">
<option value="">-- Chọn website --</option><option value="https://namtrung.gov.vn">Cổng TTĐT tỉnh Nam Trung</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option></select></div>
<div class="boxtitle">Bản đồ hành chính</div><div class="boxcontent"><img src="/Images/bando-phuochoa.jpg" alt="Bản đồ hành chính huyện Phước Hòa" width="180"/></div>
<div class="boxtitle">Thống kê truy cập</div><div class="boxcontent"><span id="ctl00_lblOnline">Đang online: 12</span><br/>
<span id="ctl00_lblHomNay">Hôm nay: 245</span><br/><span id="ctl00_lblTong">Tổng số: 1.456.789</span></div></td>"""


def _layout(title: str, action: str, main: str, cols: bool = True) -> str:
    menu = ('<a href="Default.aspx">Trang chủ</a> | <a href="GioiThieu.aspx">Giới thiệu</a> | '
            + " | ".join(f'<a href="NewsList.aspx?CatID={c}">{esc(x)}</a>' for c, x in CATS.items())
            + ' | <a href="VanBan.aspx">Văn bản</a> | <a href="LichCongTac.aspx">Lịch công tác</a> | <a href="HoiDap.aspx">Hỏi đáp</a>')
    body = f'<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr>{_left()}<td id="maincol" valign="top">{main}</td>{_right()}</tr></table>' if cols else main
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>
	{esc(title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDLY8NjtTAKBrx2p7c1&amp;t=634200000000000000" type="text/javascript"></script></head>
<body><form name="aspnetForm" method="post" action="{attr(action)}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_state(action, 900)}" /></div>
<script type="text/javascript">var theForm = document.forms['aspnetForm']; function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }}</script>
<div id="header"><img src="/Images/banner-phuochoa.jpg" alt="{attr(NAME)}" width="1000" height="150" /></div>
<div id="menu">{menu}<span class="login"><a href="Login.aspx">Đăng nhập</a></span></div>
<div id="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2024) và mừng Xuân Giáp Thìn 2024</marquee></div>
{body}
<div id="footer"><p>Bản quyền © 2015 thuộc Ủy ban nhân dân huyện Phước Hòa</p><p>Trưởng ban biên tập: Chánh Văn phòng HĐND và UBND huyện</p>
<p>Địa chỉ: 52 Trần Hưng Đạo, thị trấn Chí Thạnh, huyện Phước Hòa, tỉnh Nam Trung - Điện thoại: (0257) 3866 014 - Email: ubndphuochoa@namtrung.gov.vn</p></div>
<div><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{_state('ev' + action, 120)}" /></div></form></body></html>"""


def _fields(art: Art) -> str:
    rows = []
    if art.extra["field_author"]:
        rows.append(f'<b>Tác giả:</b> <span id="ctl00_ContentPlaceHolder1_lblTacGia">{esc(str(art.extra["field_author"]))}</span>')
    if art.extra["field_source"]:
        rows.append(f'<b>Nguồn:</b> <span id="ctl00_ContentPlaceHolder1_lblNguon">{esc(str(art.extra["field_source"]))}</span>')
    return f'<div class="tacgia" align="right">{"<br />".join(rows)}</div>' if rows else ""


def _content(art: Art) -> str:
    html = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, paragraph in enumerate(art.paragraphs):
        html += f'<p style="text-align: justify">{esc(paragraph)}</p>'
        if i == 0 and art.image:
            src, caption = art.image
            html += (f'<p style="text-align: center"><img src="{src}" alt="" width="500" /></p>'
                     f'<p style="text-align: center"><em>{esc(caption)}</em></p>')  # fmt: skip
    return html


def render_article(art: Art) -> str:
    cat = int(art.extra["cat"])
    older = [a for a in ARTICLES if a.published < art.published][::-1][:3] or [a for a in ARTICLES if a is not art][:2]
    others = "".join(f'<li><a href="{a.path[1:]}">{esc(a.title)}</a> <span class="ngay">({a.published[8:10]}/{a.published[5:7]}/{a.published[:4]})</span></li>'
                     for a in older)  # fmt: skip
    main = f"""<div class="duongdan"><a href="Default.aspx">Trang chủ</a> &gt; <a href="NewsList.aspx?CatID={cat}">{esc(CATS[cat])}</a></div>
<table class="chitiet" width="100%"><tr><td><span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">{esc(art.title)}</span></td></tr>
<tr><td><span id="ctl00_ContentPlaceHolder1_lblNgayDang" class="ngaydang">{esc(art.date_line)}</span></td></tr>
<tr><td><div id="ctl00_ContentPlaceHolder1_pnNoiDung" class="noidung">{_content(art)}</div></td></tr>
<tr><td>{_fields(art)}</td></tr>
<tr><td class="congcu"><a href="PrintNews.aspx?NewsID={_id(art)}" target="_blank">In bài</a> | <a href="mailto:?subject={attr(art.title)}">Gửi bài</a> | <a href="javascript:history.go(-1)">Trở về</a></td></tr></table>
<div class="boxtitle">Các tin đã đưa</div><ul class="tindadua">{others}</ul>"""
    return _layout(art.title, art.path[1:], main)


def render_print(art: Art) -> str:
    """The print window: a bare page of its own (no menus, no columns, no canonical link)."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{esc(art.title)}</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="App_Themes/Default/print.css" type="text/css" rel="stylesheet" /></head><body onload="window.print()">
<form name="aspnetForm" method="post" action="PrintNews.aspx?NewsID={_id(art)}" id="aspnetForm"><div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_state('print' + art.path, 300)}" /></div>
<table width="700" align="center"><tr><td><img src="/Images/logo-print.gif" alt="" /> <b>{esc(NAME.upper())}</b></td></tr>
<tr><td><h3>{esc(art.title)}</h3><i>{esc(art.date_line)}</i></td></tr><tr><td>{_content(art)}{_fields(art)}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></td></tr></table></form></body></html>"""


def render_list(cat: int, page: int) -> str:
    arts = [a for a in ARTICLES if a.extra["cat"] == cat]
    chunk = arts[(page - 1) * 2 : page * 2]
    items = "".join(
        f'<tr><td width="110"><img src="/Uploads/Images/thumb/{_id(a)}.jpg" width="100" /></td><td><a class="tieudetin" href="{a.path[1:]}">{esc(a.title)}</a>'
        f' <span class="ngay">({a.published[8:10]}/{a.published[5:7]}/{a.published[:4]})</span><br />{esc(a.lead[:180])}...</td></tr>'
        for a in chunk
    )  # fmt: skip
    pages = (len(arts) + 1) // 2
    pager = ""
    if pages > 1:
        pager = '<div class="phantrang">Trang: ' + " ".join(
            f"<b>{n}</b>" if n == page else f'<a href="NewsList.aspx?CatID={cat}' + ("" if n == 1 else f"&amp;Page={n}") + f'">{n}</a>'
            for n in range(1, pages + 1)) + "</div>"  # fmt: skip
    main = f'<div class="boxtitle">{esc(CATS[cat])}</div><table width="100%">{items}</table>{pager}'
    action = f"NewsList.aspx?CatID={cat}" + ("" if page == 1 else f"&Page={page}")
    return _layout(CATS[cat], action, main)


def render_home() -> str:
    first, *rest = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
    items = "".join(f'<li><a href="{a.path[1:]}">{esc(a.title)}</a></li>' for a in rest)
    main = (f'<div class="tinnoibat"><a href="{first.path[1:]}"><img src="/Uploads/Images/thumb/{_id(first)}.jpg" width="250" align="left" /></a>'
            f'<a class="tieudetin" href="{first.path[1:]}">{esc(first.title)}</a><p>{esc(first.lead)}</p></div><ul class="tinkhac">{items}</ul>')
    return _layout("Trang chủ", "Default.aspx", main)


DOCS = [
    ("125/QĐ-UBND", "08/03/2024", "Về việc phê duyệt kế hoạch sử dụng đất năm 2024 huyện Phước Hòa", "QD125.pdf"),
    ("19/KH-UBND", "29/02/2024", "Kế hoạch tổ chức các hoạt động hưởng ứng Ngày Quốc tế Hạnh phúc 20/3", "KH19.pdf"),
]
STATIC = {
    "GioiThieu.aspx": ("Giới thiệu", "static", [
        "Huyện Phước Hòa được thành lập năm 1977, nằm ở phía tây bắc tỉnh Nam Trung, có 12 xã và 1 thị trấn.",
        "Diện tích tự nhiên 1.050 km², dân số 98.600 người; kinh tế chủ yếu là nông nghiệp, lâm nghiệp.",
    ]),
    "LichCongTac.aspx": ("Lịch công tác tuần", "schedule", [
        "Thứ Hai (11/3): 7h30 Chủ tịch UBND huyện dự chào cờ và giao ban đầu tuần tại Hội trường UBND huyện.",
        "Thứ Ba (12/3): 8h00 Phó Chủ tịch UBND huyện làm việc với UBND xã Hòa Thắng về công tác giải phóng mặt bằng.",
        "Thứ Tư (13/3): 14h00 Họp Ban Chỉ đạo phòng, chống dịch bệnh gia súc, gia cầm.",
    ]),
    "HoiDap.aspx": ("Hỏi đáp", "qa", [
        "Câu hỏi: Thủ tục đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn? (Người hỏi: Đào Văn Bình, xã Hòa Mỹ - 05/03/2024)",
        "Trả lời: Trường hợp cha, mẹ chưa đăng ký kết hôn, việc khai sinh thực hiện tại UBND cấp xã nơi cư trú của cha hoặc mẹ; "
        "nếu có người nhận con thì kết hợp giải quyết việc nhận cha, con và đăng ký khai sinh.",
    ]),
}  # fmt: skip


def render_static(target: str) -> str:
    title, _, paras = STATIC[target]
    main = f'<div class="boxtitle">{esc(title)}</div>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _layout(title, target, main)


def render_docs() -> str:
    rows = "".join(f'<tr><td>{esc(n)}</td><td>{d}</td><td>{esc(s)}</td><td><a href="Uploads/Files/{f}">Tải về</a></td></tr>'
                   for n, d, s, f in DOCS)  # fmt: skip
    main = (f'<div class="boxtitle">Văn bản chỉ đạo điều hành</div><table border="1" cellpadding="3" width="100%">'
            f"<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>File</th></tr>{rows}</table>")
    return _layout("Văn bản", "VanBan.aspx", main)


NON_ARTICLES = {
    "/Default.aspx": "home",
    "/NewsList.aspx?CatID=3": "listing",
    "/NewsList.aspx?CatID=3&Page=2": "listing",
    "/NewsList.aspx?CatID=5": "listing",
    "/VanBan.aspx": "documents",
    "/LichCongTac.aspx": "schedule",
    "/GioiThieu.aspx": "static",
    "/HoiDap.aspx": "qa",
    **{f"/PrintNews.aspx?NewsID={_id(a)}": "print" for a in ARTICLES},
}
DUPLICATES = {f"/PrintNews.aspx?NewsID={_id(a)}": a.path for a in ARTICLES}
OTHER_LINKS = {"/": 301, "/Login.aspx": 302, **{f"/Uploads/Files/{d[3]}": 200 for d in DOCS}}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = False


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    for a in ARTICLES:
        pages[f"/PrintNews.aspx?NewsID={_id(a)}"] = Page.html(render_print(a))
    pages["/Default.aspx"] = Page.html(render_home())
    for cat in CATS:
        pages[f"/NewsList.aspx?CatID={cat}"] = Page.html(render_list(cat, 1))
    pages["/NewsList.aspx?CatID=3&Page=2"] = Page.html(render_list(3, 2))
    pages["/VanBan.aspx"] = Page.html(render_docs())
    for target in STATIC:
        pages["/" + target] = Page.html(render_static(target))
    for d in DOCS:
        pages[f"/Uploads/Files/{d[3]}"] = pdf()
    pages["/"] = Page.redirect("/Default.aspx")
    pages["/Login.aspx"] = Page.redirect("/Login.aspx?ReturnUrl=%2fDefault.aspx", 302)

    def handler(request: Request) -> Page | None:
        if request.target == "/robots.txt":
            return Page.text("User-agent: *\nDisallow: /Admin/\nDisallow: /Login.aspx\n")
        if request.path.startswith(("/Uploads/Images/", "/Images/")):
            return image()
        return None

    error = ("<html><head><title>The resource cannot be found.</title></head><body><h1>Server Error in '/' Application.</h1>"
             "<h2><i>The resource cannot be found.</i></h2></body></html>")  # fmt: skip
    return Site(pages=pages, handler=handler, not_found=Page.html(error, status=404))
