"""A district police unit's site on an old home-made PHP table template, in windows-1258
(decomposed tones) declared only in a ``<meta http-equiv>`` (the HTTP header says bare
``text/html``): ``/tintuc.php?id=N``, the only date "Cập nhật: 19/3/2024 5:20:05 PM" (an
update line with seconds and a 12-hour clock), signatures "Tin, ảnh: ..." / "Name - unit" /
"BBT", a "Theo ..." source line, a DOCX form attached, "Các tin khác" with dates, print
views at ``/inbai.php?id=N`` with no canonical link, a citizen reception schedule, a Q&A
list, a visitor counter and a marquee."""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.sealed.second.common import Art, attr, cp1258, dmy, esc, file_page, site

SITE_ID = "sy-police-1258"
NAME = "Công an huyện Yên Bình"
UPDATED = {"date_basis": "updated"}
DOCX = "/upload/files/mau-to-khai-CC01.docx"


def _line(iso: str) -> str:
    h = int(iso[11:13])
    clock = f"{h % 12 or 12}:{iso[14:19]} {'PM' if h >= 12 else 'AM'}"
    return f"Cập nhật: {int(iso[8:10])}/{int(iso[5:7])}/{iso[:4]} {clock}"


def _art(text: int, nid: int, iso: str, **kw) -> Art:
    return Art(text, f"/tintuc.php?id={nid}", iso, _line(iso), extra=UPDATED, **kw)


ARTICLES = [
    _art(16, 431, "2024-03-19T17:20:05+07:00", author="Quang Huy", signature="Quang Huy - Đội Cảnh sát hình sự"),
    _art(17, 427, "2024-03-15T08:05:33+07:00", source_line="Theo Đội CSGT-TT Công an huyện",
         source="Đội CSGT-TT Công an huyện"),
    _art(18, 424, "2024-03-11T10:02:40+07:00", author="Vũ Thảo", signature="Tin, ảnh: Vũ Thảo (Công an xã Tân Lập)",
         image=("/upload/images/2024/camera-an-ninh-tan-lap.jpg", "Cán bộ Công an xã Tân Lập theo dõi hình ảnh từ camera an ninh.")),
    _art(19, 419, "2024-03-04T07:50:12+07:00", author="BBT", signature="BBT"),
    _art(20, 416, "2024-02-28T15:10:00+07:00", author="Hồng Nhung", signature="Hồng Nhung - Đội Cảnh sát QLHC về TTXH",
         attachment=(DOCX, "Mẫu tờ khai căn cước (CC01)"), attach_prefix="File đính kèm: "),
]  # fmt: skip
CHROME = [
    "Các tin khác", "Số lượt truy cập", "Đang trực tuyến", "DANH MỤC", "Liên kết web", "Bản in",
    "Trang chủ", "Đường dây nóng: 069.2858.113", "Bản quyền thuộc Công an huyện Yên Bình", "Chào mừng",
]  # fmt: skip
PRINTS = {f"/inbai.php?id={a.path.rsplit('=', 1)[1]}": a.path for a in ARTICLES}
PER_PAGE = 3
NON_ARTICLES = [
    "/index.php", "/tintuc.php?cat=2", "/tintuc.php?cat=2&page=2", "/gioithieu.php", "/lienhe.php", "/lichtiep.php",
    "/hoidap.php", *PRINTS,
]  # fmt: skip
DUPLICATES = dict(PRINTS)
OTHER_LINKS = {"/": 302, DOCX: 200}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = False


def _page(text: str) -> Page:
    return Page(200, [("Content-Type", "text/html"), ("X-Powered-By", "PHP/5.2.17")], cp1258(text))


def _layout(title: str, center: str) -> str:
    menu = " | ".join(f'<a href="{h}" class="menu">{esc(t)}</a>' for h, t in (
        ("index.php", "Trang chủ"), ("gioithieu.php", "Giới thiệu"), ("tintuc.php?cat=2", "Tin an ninh trật tự"),
        ("lichtiep.php", "Lịch tiếp công dân"), ("hoidap.php", "Hỏi đáp"), ("lienhe.php", "Liên hệ")))  # fmt: skip
    return f"""<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{esc(title)} :: CONG AN HUYEN YEN BINH</title><link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script></head>
<body leftmargin="0" topmargin="0" bgcolor="#E8E8E8">
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="images/banner_ca.jpg" width="1000" height="150" border="0"></td></tr>
<tr><td colspan="2" class="bgmenu" height="28">{menu}</td></tr>
<tr><td colspan="2"><marquee scrollamount="3" class="chay">Chào mừng kỷ niệm 79 năm Ngày truyền thống lực lượng Công an nhân dân (19/8/1945 - 19/8/2024)</marquee></td></tr>
<tr><td width="210" valign="top" class="cottrai">
<table width="100%" cellpadding="3"><tr><td class="tieudetrai">DANH MỤC</td></tr>
<tr><td><a href="tintuc.php?cat=2">Tin an ninh trật tự</a></td></tr><tr><td><a href="hoidap.php">Hỏi đáp pháp luật</a></td></tr>
<tr><td class="tieudetrai">Liên kết web</td></tr><tr><td><select onchange="window.open(this.value)"><option>-- Chọn website --</option>
<option value="http://bocongan.gov.vn">Bộ Công an</option><option value="http://congan.yenbinh.gov.vn">Công an tỉnh</option></select></td></tr>
<tr><td class="tieudetrai">THỐNG KÊ</td></tr><tr><td>Số lượt truy cập: 0682417<br>Đang trực tuyến: 17</td></tr></table></td>
<td width="790" valign="top" class="cotgiua">{center}</td></tr>
<tr><td colspan="2" class="footer" align="center">CÔNG AN HUYỆN YÊN BÌNH<br>Địa chỉ: Tổ 5, thị trấn Yên Bình<br>
Đường dây nóng: 069.2858.113<br>Bản quyền thuộc Công an huyện Yên Bình</td></tr></table></body></html>"""


def _body(art: Art) -> str:
    out = [f"<p><b>{esc(art.lead)}</b></p>", f"<p>{esc(art.paragraphs[0])}</p>"]
    if art.image:
        out.append(f'<p align="center"><img src="{attr(art.image[0])}" width="450" border="0"><br><i>{esc(art.image[1])}</i></p>')
    out += [f"<p>{esc(x)}</p>" for x in art.paragraphs[1:]]
    if art.attachment:
        out.append(f'<p>{esc(art.attach_prefix)}<a href="{attr(art.attachment[0])}">{esc(art.attachment[1])}</a></p>')
    if art.signature:
        out.append(f'<p align="right"><b>{esc(art.signature)}</b></p>')
    if art.source_line:
        out.append(f'<p align="right"><i>{esc(art.source_line)}</i></p>')
    return "".join(out)


def render_article(art: Art) -> str:
    nid = art.path.rsplit("=", 1)[1]
    others = "".join(f'<tr><td>&raquo; <a href="{attr(a.path.lstrip("/"))}">{esc(a.title)}</a> <font color="#888888">({dmy(a.published)})</font></td></tr>'
                     for a in ARTICLES if a is not art)  # fmt: skip
    center = (f'<table width="100%" cellpadding="5"><tr><td class="tieude">{esc(art.title)}</td></tr>'
              f'<tr><td class="ngaycapnhat">{esc(art.date_line)}</td></tr><tr><td class="noidung">{_body(art)}</td></tr>'
              f'<tr><td align="right"><a href="inbai.php?id={nid}" target="_blank"><img src="images/print.gif" border="0"> Bản in</a></td></tr>'
              f'<tr><td class="tieudetrai">Các tin khác</td></tr>{others}</table>')  # fmt: skip
    return _layout(art.title, center)


def render_print(art: Art) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(art.title)}</title></head>
<body onload="window.print()"><table width="650" align="center"><tr><td><b>CÔNG AN HUYỆN YÊN BÌNH</b></td></tr>
<tr><td><h3>{esc(art.title)}</h3></td></tr><tr><td><i>{esc(art.date_line)}</i></td></tr><tr><td>{_body(art)}</td></tr></table></body></html>"""


def _listing(page: int) -> str:
    arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(f'<tr><td width="120"><img src="upload/thumb/{a.text}.jpg" width="110"></td><td><a href="{attr(a.path.lstrip("/"))}" class="tieudetin">'
                   f'{esc(a.title)}</a> <font color="#888888">({dmy(a.published)})</font><br>{esc(a.lead[:150])}...</td></tr>' for a in arts)  # fmt: skip
    pages = " ".join(f"<b>[{n}]</b>" if n == page else f'<a href="tintuc.php?cat=2{"" if n == 1 else f"&amp;page={n}"}">[{n}]</a>' for n in (1, 2))
    return _layout("Tin an ninh trật tự", f'<table width="100%" cellpadding="5"><tr><td colspan="2" class="tieude">TIN AN NINH TRẬT TỰ</td></tr>{rows}'
                   f'<tr><td colspan="2" align="center">Trang: {pages}</td></tr></table>')  # fmt: skip


def _home() -> str:
    top = ARTICLES[0]
    rows = "".join(f'<tr><td>&raquo; <a href="{attr(a.path.lstrip("/"))}">{esc(a.title)}</a> <font color="#888888">({dmy(a.published)})</font></td></tr>'
                   for a in ARTICLES[1:])  # fmt: skip
    center = (f'<table width="100%" cellpadding="5"><tr><td class="tieude"><a href="{attr(top.path.lstrip("/"))}">{esc(top.title)}</a></td></tr>'
              f"<tr><td>{esc(top.lead)}</td></tr>{rows}</table>")  # fmt: skip
    return _layout("Trang chủ", center)


def _schedule() -> str:
    rows = [("Thứ Hai, 18/3/2024", "Sáng: 7h30 - 11h00", "Thượng tá Hoàng Văn Bảo - Trưởng Công an huyện"),
            ("Thứ Năm, 21/3/2024", "Chiều: 13h30 - 16h30", "Trung tá Đinh Công Minh - Phó Trưởng Công an huyện")]  # fmt: skip
    body = "".join(f"<tr><td>{esc(d)}</td><td>{esc(t)}</td><td>{esc(w)}</td></tr>" for d, t, w in rows)
    return _layout("Lịch tiếp công dân", '<table width="100%" border="1" cellpadding="4"><tr><td colspan="3" class="tieude">LỊCH TIẾP CÔNG DÂN THÁNG 3/2024'
                   f"</td></tr><tr><th>Ngày</th><th>Thời gian</th><th>Người tiếp</th></tr>{body}</table><p>Địa điểm: Phòng tiếp công dân, Công an huyện.</p>")  # fmt: skip


def _qa() -> str:
    items = [("12/3/2024", "Đỗ Văn Tú", "Xe máy mua lại chưa sang tên thì bị xử phạt thế nào?",
              "Theo quy định, chủ xe không làm thủ tục đăng ký sang tên trong thời hạn 30 ngày có thể bị phạt tiền; "
              "anh liên hệ Đội CSGT-TT để được hướng dẫn."),
             ("5/3/2024", "Lê Thị Hoa", "Con tôi 10 tuổi có bắt buộc làm căn cước không?",
              "Việc cấp căn cước cho công dân dưới 14 tuổi thực hiện theo nhu cầu; phụ huynh có thể đăng ký tại trường hoặc trụ sở công an.")]  # fmt: skip
    body = "".join(f'<tr><td><b>Hỏi ({d}) - {esc(w)}:</b> {esc(q)}<br><b>Trả lời:</b> {esc(a)}</td></tr>' for d, w, q, a in items)
    return _layout("Hỏi đáp", f'<table width="100%" cellpadding="5"><tr><td class="tieude">HỎI ĐÁP PHÁP LUẬT</td></tr>{body}</table>')


_STATIC = {
    "Giới thiệu": "<p>Công an huyện Yên Bình được thành lập năm 1946, có 6 đội nghiệp vụ và 14 Công an xã, thị trấn. "
    "Trưởng Công an huyện: Thượng tá Hoàng Văn Bảo.</p>",
    "Liên hệ": "<p>Địa chỉ: Tổ 5, thị trấn Yên Bình</p><p>Trực ban: 069.2858.100</p><p>Email: cahyenbinh@gmail.com</p>",
}


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: _page(render_article(a)) for a in ARTICLES}
    for path, art_path in PRINTS.items():
        pages[path] = _page(render_print(next(a for a in ARTICLES if a.path == art_path)))
    pages["/"] = Page.redirect("/index.php", 302)
    pages["/index.php"] = _page(_home())
    pages["/tintuc.php?cat=2"] = _page(_listing(1))
    pages["/tintuc.php?cat=2&page=2"] = _page(_listing(2))
    pages["/gioithieu.php"] = _page(_layout("Giới thiệu", f'<div class="tieude">GIỚI THIỆU</div>{_STATIC["Giới thiệu"]}'))
    pages["/lienhe.php"] = _page(_layout("Liên hệ", f'<div class="tieude">LIÊN HỆ</div>{_STATIC["Liên hệ"]}'))
    pages["/lichtiep.php"] = _page(_schedule())
    pages["/hoidap.php"] = _page(_qa())
    pages[DOCX] = file_page("docx")
    return site(pages, "User-agent: *\nDisallow: /admin/\nDisallow: /upload/\n")
