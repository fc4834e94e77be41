"""An ASP.NET WebForms district portal of the late 2000s: one big table, windows-1258 bytes
(HTTP header and ``<meta>``), ``ChiTiet.aspx?ID=..&CatID=..`` URLs, a page-wide ``<form>``
with ``__VIEWSTATE``, the banner as the first heading, the title in a ``<span>`` beside
"(05/03/2024 08:40)", Word-pasted paragraphs, "Các tin khác" with the dates of other
articles, a "Tin mới" box whose links put the query parameters the other way round, print
views without a canonical link, a soft 404, and robots.txt without any sitemap."""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.sealed.common import Art, attr, cp1258, dmy, esc, file_page, site

SITE_ID = "sx-aspnet-table"
NAME = "Ủy ban nhân dân huyện Tân Phong"
CATS = {4: "Tin tức - Sự kiện", 7: "Chỉ đạo - Điều hành"}


def _detail(ident: int, cat: int = 4) -> str:
    return f"/TinTuc/ChiTiet.aspx?ID={ident}&CatID={cat}"


ARTICLES = [
    Art(5, _detail(1240, 7), "2024-03-08T15:30:00+07:00", "(08/03/2024 15:30)",
        attachment=("/Uploads/files/2024/03/CV-312-UBND-TNMT.pdf",
                    "Công văn số 312/UBND-TNMT ngày 08/03/2024 của UBND huyện"),
        attach_prefix="File đính kèm: "),
    Art(2, _detail(1235), "2024-03-07T17:05:00+07:00", "(07/03/2024 17:05)",
        author="Lò Văn Sáng", signature="Lò Văn Sáng - Ban CHQS huyện"),
    Art(0, _detail(1231), "2024-03-04T10:15:00+07:00", "(04/03/2024 10:15)",
        author="Hoàng Long", signature="Tin, ảnh: Hoàng Long",
        image=("/Uploads/images/2024/03/ra-mat-trung-tam-hcc.jpg",
               "Lãnh đạo huyện cắt băng ra mắt Trung tâm Phục vụ hành chính công.")),
    Art(1, _detail(1228), "2024-03-01T16:40:00+07:00", "(01/03/2024 16:40)",
        author="Thu Trang", signature="Thu Trang (Văn phòng HĐND và UBND huyện)"),
    Art(4, _detail(1224), "2024-02-28T14:20:00+07:00", "(28/02/2024 14:20)",
        author="Đức Thọ", signature="Đức Thọ"),
    Art(23, _detail(1219), "2024-02-23T08:40:00+07:00", "(23/02/2024 08:40)", show_lead=False,
        source_line="Nguồn: Phòng Nông nghiệp và PTNT huyện",
        source="Phòng Nông nghiệp và PTNT huyện"),
]  # fmt: skip
CHROME = [
    "TRANG THÔNG TIN ĐIỆN TỬ", "Lượt truy cập", "Đang online", "Các tin khác", "In tin",
    "Gửi email", "Quay lại", "Liên kết website", "Tin mới", "Đăng nhập", "Trang chủ",
    "Điện thoại: 0207.3856.123", "Fax: 0207.3856.124", "ubndtanphong@anlac.gov.vn",
    "Bản quyền thuộc", "Chịu trách nhiệm chính",
]  # fmt: skip
GONE = _detail(1102)
LISTS = ["/TinTuc/DanhSach.aspx?CatID=4", "/TinTuc/DanhSach.aspx?CatID=4&Page=2",
         "/TinTuc/DanhSach.aspx?CatID=7"]  # fmt: skip
STATIC = {
    "/GioiThieu/TrangTinh.aspx?ID=1": "Giới thiệu chung",
    "/GioiThieu/TrangTinh.aspx?ID=2": "Cơ cấu tổ chức",
    "/GioiThieu/TrangTinh.aspx?ID=3": "Lãnh đạo huyện",
}


def _ident(art: Art) -> int:
    return int(art.path.split("ID=")[1].split("&")[0])


def _cat(art: Art) -> int:
    return int(art.path.rsplit("=", 1)[1])


def _swapped(art: Art) -> str:
    return f"/TinTuc/ChiTiet.aspx?CatID={_cat(art)}&ID={_ident(art)}"


#: the "Tin mới" box links the five latest with CatID first: same pages, other URLs
DUPLICATES = {_swapped(a): a.path for a in ARTICLES[:5]}
DUPLICATES |= {f"/TinTuc/InTin.aspx?ID={_ident(a)}": a.path for a in ARTICLES}
NON_ARTICLES = ["/Default.aspx", *LISTS, *STATIC, "/LienHe.aspx", "/DangNhap.aspx",
                "/TimKiem.aspx", GONE, *DUPLICATES]  # fmt: skip
#: linked paths that are not HTML pages: status they answer with
OTHER_LINKS = {"/": 302, ARTICLES[0].attachment[0]: 200}  # type: ignore[index]
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = False

_VIEWSTATE = (
    "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBgIBDw8WAh4EVGV4dAUVVGjhu6kgU8OhdSwgMDgvMDMvMj"
    "AyNGRkAgMPZBYCAgEPFgIeC18hSXRlbUNvdW50AgUWCmYPZBYCZg8VAgQxMjQwRkPDtG5nIHbEg24gc+G7kSAz"
    "MTIvVUJORC1UTk1UZAIBD2QWAmYPFQIEMTIzNUbEkGnhu4VuIHThuq1wIGNoaeG6v24gxJHhuqV1ZGQYAQUeX19D"
    "b250cm9sc1JlcXVpcmVQb3N0QmFja0tleV9fFgEFEmN0bDAwJGJ0blRpbUtpZW1kx3Jd8Pp0bXQe2qC0f1Q1lQ=="
)


def _layout(title: str, main: str, action: str) -> str:
    latest = "".join(
        f'<tr><td class="tinmoi_item"><img src="/images/bullet.gif" alt="">&nbsp;'
        f'<a href="{attr(_swapped(a))}" class="lnkTinMoi">{esc(a.title)}</a></td></tr>'
        for a in ARTICLES[:5]
    )
    menu = "".join(f'<tr><td class="menutrai_con"><a href="{attr(p)}">{esc(t)}</a></td></tr>'
                   for p, t in STATIC.items())  # fmt: skip
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>
	{esc(title)} - UBND huyện Tân Phong
</title><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<form name="aspnetForm" method="post" action="{attr(action)}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_VIEWSTATE}" /></div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=638259434771233176" type="text/javascript"></script>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="khung">
<tr><td colspan="3" class="banner" background="/images/banner_bg.jpg" height="140">
<h1 class="tendonvi">ỦY BAN NHÂN DÂN HUYỆN TÂN PHONG</h1><h2 class="tentrang">TRANG THÔNG TIN ĐIỆN TỬ</h2></td></tr>
<tr><td colspan="3" class="thanhngang"><table width="100%"><tr>
<td class="ngayhientai"><span id="ctl00_lblNgayHienTai">Thứ Sáu, 08/03/2024</span></td>
<td align="right"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" class="textbox" />
<a id="ctl00_btnTimKiem" href="javascript:__doPostBack('ctl00$btnTimKiem','')">Tìm kiếm</a> |
<a href="/DangNhap.aspx">Đăng nhập</a></td></tr></table></td></tr>
<tr><td width="200" valign="top" class="cottrai">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="menutrai"><a href="/Default.aspx">Trang chủ</a></td></tr>
<tr><td class="menutrai">Giới thiệu</td></tr>{menu}
<tr><td class="menutrai"><a href="/TinTuc/DanhSach.aspx?CatID=4">{esc(CATS[4])}</a></td></tr>
<tr><td class="menutrai"><a href="/TinTuc/DanhSach.aspx?CatID=7">{esc(CATS[7])}</a></td></tr>
<tr><td class="menutrai"><a href="http://vanban.anlac.gov.vn/" target="_blank">Văn bản pháp quy</a></td></tr>
<tr><td class="menutrai"><a href="/LienHe.aspx">Liên hệ</a></td></tr></table>
<table width="100%" class="box"><tr><td class="box_tieude">Liên kết website</td></tr>
<tr><td><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="http://www.chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="http://www.anlac.gov.vn">Cổng TTĐT tỉnh An Lạc</option></select></td></tr></table>
</td>
<td width="580" valign="top" class="cotgiua">{main}</td>
<td width="220" valign="top" class="cotphai">
<table width="100%" class="box"><tr><td class="box_tieude">Tin mới</td></tr>{latest}</table>
<table width="100%" class="box"><tr><td class="box_tieude">Thống kê</td></tr>
<tr><td>Lượt truy cập: <span id="ctl00_lblTongTruyCap">1.245.678</span></td></tr>
<tr><td>Đang online: <span id="ctl00_lblOnline">23</span></td></tr></table>
</td></tr>
<tr><td colspan="3" class="chantrang" align="center">
Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Phong - Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện<br />
Địa chỉ: Số 12 đường Trần Phú, thị trấn Tân Phong, huyện Tân Phong, tỉnh An Lạc<br />
Điện thoại: 0207.3856.123 - Fax: 0207.3856.124 - Email: ubndtanphong@anlac.gov.vn<br />
© Bản quyền thuộc UBND huyện Tân Phong. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</td></tr>
</table>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAOZ8uT1rQb0Rz7oY2l0YXZpbmVyUGFnZQ==" />
</form></body></html>"""


_SPAN = '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _p(html: str) -> str:
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
        f"{_SPAN}{html}</span></p>"
    )


def _blocks(art: Art) -> list[str]:
    blocks = [_p(esc(art.paragraphs[0]))]
    if art.image:
        src, caption = art.image
        blocks.append(
            '<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tr><td>'
            f'<img alt="" src="{attr(src)}" style="width: 500px; height: 333px;" /></td></tr>'
            f'<tr><td style="text-align: center;"><em>{esc(caption)}</em></td></tr></table>'
        )
    blocks += [_p(esc(x)) for x in art.paragraphs[1:]]
    if art.attachment:
        href, label = art.attachment
        blocks.append(f'<p><strong>{esc(art.attach_prefix.strip())}</strong> <a href="{attr(href)}">'
                      f"{esc(label)}</a></p>")  # fmt: skip
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p align="right" class="MsoNormal"><b>{_SPAN}{esc(line)}</span></b></p>')
    return blocks


def render_article(art: Art) -> str:
    cat = _cat(art)
    others = "".join(
        f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="NgayDang">'
        f"({dmy(a.published)} {a.published[11:16]})</span></li>"
        for a in ARTICLES if a is not art
    )  # fmt: skip
    lead = f'<span id="ctl00_cphNoiDung_lblTomTat" class="TomTat"><b>{esc(art.lead)}</b></span>' if art.lead else ""
    main = f"""<table class="tblChiTiet" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="duongdan"><a href="/Default.aspx">Trang chủ</a> » <a href="/TinTuc/DanhSach.aspx?CatID={cat}">{esc(CATS[cat])}</a></td></tr>
<tr><td><span id="ctl00_cphNoiDung_lblTieuDe" class="TieuDe">{esc(art.title)}</span>&nbsp;<span id="ctl00_cphNoiDung_lblNgayDang" class="NgayDang">{esc(art.date_line)}</span></td></tr>
<tr><td>{lead}</td></tr>
<tr><td><div id="ctl00_cphNoiDung_divNoiDung" class="NoiDung">
{"".join(_blocks(art))}
</div></td></tr>
<tr><td align="right" class="congcu"><a href="/TinTuc/InTin.aspx?ID={_ident(art)}" target="_blank"><img src="/images/print.gif" border="0" alt="" /> In tin</a>
&nbsp;|&nbsp;<a href="javascript:void(0)" onclick="window.open('/GuiEmail.aspx?ID={_ident(art)}','','width=500,height=400')">Gửi email</a>
&nbsp;|&nbsp;<a href="javascript:history.back()">Quay lại</a></td></tr>
<tr><td class="tinkhac"><div class="TieuDeTinKhac">Các tin khác</div><ul>{others}</ul></td></tr></table>"""
    return _layout(art.title, main, f"./ChiTiet.aspx?ID={_ident(art)}&CatID={cat}")


def render_print(art: Art) -> str:
    lead = f"<p><b>{esc(art.lead)}</b></p>" if art.lead else ""
    return f"""<html><head><title>{esc(art.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /></head>
<body onload="window.print()"><table width="650" align="center"><tr><td>
<b>UBND HUYỆN TÂN PHONG - TRANG THÔNG TIN ĐIỆN TỬ</b><hr />
<h3>{esc(art.title)}</h3><i>{esc(art.date_line)}</i>{lead}
{"".join(_blocks(art))}<hr /><a href="javascript:window.print()">In trang này</a></td></tr></table></body></html>"""


def _listing(cat: int, page: int, arts: list[Art], pages: int) -> str:
    rows = "".join(
        f'<tr><td width="110" valign="top"><img src="/Uploads/thumb/{_ident(a)}.jpg" width="100" height="70" alt="" /></td>'
        f'<td valign="top"><a href="{attr(a.path)}" class="TieuDeTin">{esc(a.title)}</a><br />'
        f'<span class="NgayDang">Ngày {dmy(a.published)}</span><br />'
        f"{esc((a.lead or a.paragraphs[0])[:160])}...</td></tr>"
        for a in arts
    )
    pager = ""
    if pages > 1:
        links = [f"<b>{n}</b>" if n == page else f'<a href="/TinTuc/DanhSach.aspx?CatID={cat}'
                 + ("" if n == 1 else f"&amp;Page={n}") + f'">{n}</a>' for n in range(1, pages + 1)]  # fmt: skip
        pager = f'<tr><td colspan="2" class="phantrang">Trang: {" ".join(links)}</td></tr>'
    main = (
        f'<table width="100%"><tr><td class="duongdan"><a href="/Default.aspx">Trang chủ</a> » '
        f"{esc(CATS[cat])}</td></tr></table>"
        f'<table width="100%" cellpadding="4" class="dstin">{rows}{pager}</table>'
    )
    suffix = "" if page == 1 else f"&Page={page}"
    return _layout(CATS[cat], main, f"./DanhSach.aspx?CatID={cat}{suffix}")


def _home() -> str:
    top = ARTICLES[2]
    news = [a for a in ARTICLES if _cat(a) == 4]
    items = "".join(
        f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="NgayDang">(Ngày {dmy(a.published)})</span></li>'
        for a in news[:4]
    )
    orders = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a></li>' for a in ARTICLES if _cat(a) == 7)
    main = f"""<table width="100%" class="tinnoibat"><tr><td valign="top"><img src="/Uploads/thumb/{_ident(top)}.jpg" width="260" alt="" /></td>
<td valign="top"><a href="{attr(top.path)}" class="TieuDeNoiBat">{esc(top.title)}</a><br />{esc(top.lead)}</td></tr></table>
<div class="box_tieude">{esc(CATS[4])}</div><ul>{items}<li><a href="{attr(GONE)}">Huyện Tân Phong tổng kết công tác năm 2023</a></li></ul>
<div class="box_tieude">{esc(CATS[7])}</div><ul>{orders}</ul>"""
    return _layout("Trang chủ", main, "./Default.aspx")


_INTRO = (
    "<p>Huyện Tân Phong nằm ở phía tây bắc tỉnh An Lạc, có diện tích tự nhiên 68.215 ha, gồm 17 "
    "xã và 1 thị trấn; dân số trên 72.000 người thuộc 9 dân tộc cùng sinh sống.</p>"
    "<p>Huyện được thành lập ngày 01/01/1981 trên cơ sở chia tách huyện Tân Lạc cũ.</p>"
)
_LEADERS = (
    "<table border=\"1\" cellpadding=\"4\"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>"
    "<tr><td>Hà Văn Quyết</td><td>Chủ tịch UBND huyện</td><td>0207.3856.111</td></tr>"
    "<tr><td>Lương Thị Hạnh</td><td>Phó Chủ tịch UBND huyện</td><td>0207.3856.112</td></tr>"
    "<tr><td>Sùng A Páo</td><td>Phó Chủ tịch UBND huyện</td><td>0207.3856.113</td></tr></table>"
)
_STATIC_BODY = {
    "Giới thiệu chung": _INTRO,
    "Cơ cấu tổ chức": "<p>Các cơ quan chuyên môn thuộc UBND huyện gồm 12 phòng: Văn phòng HĐND và UBND, "
    "Phòng Nội vụ, Phòng Tư pháp, Phòng Tài chính - Kế hoạch, Phòng Tài nguyên và Môi trường, ...</p>",
    "Lãnh đạo huyện": _LEADERS,
}


def _static(path: str, title: str) -> str:
    main = f'<div class="TieuDe">{esc(title)}</div><div class="NoiDung">{_STATIC_BODY[title]}</div>'
    return _layout(title, main, "." + path.split("/")[-1])


def _form(title: str, inner: str, action: str) -> str:
    return _layout(title, f'<div class="TieuDe">{esc(title)}</div>{inner}', action)


def _page(text: str) -> Page:
    return Page(200, [("Content-Type", "text/html; charset=windows-1258")], cp1258(text))


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: _page(render_article(a)) for a in ARTICLES}
    for dup, path in DUPLICATES.items():
        art = next(a for a in ARTICLES if a.path == path)
        pages[dup] = _page(render_print(art) if "InTin" in dup else render_article(art))
    news = [a for a in ARTICLES if _cat(a) == 4]
    pages["/"] = Page(302, [("Location", "/Default.aspx"), ("Content-Type", "text/html; charset=utf-8")],
                      b'<html><head><title>Object moved</title></head><body><h2>Object moved to '
                      b'<a href="/Default.aspx">here</a>.</h2></body></html>')  # fmt: skip
    pages["/Default.aspx"] = _page(_home())
    pages[LISTS[0]] = _page(_listing(4, 1, news[:3], 2))
    pages[LISTS[1]] = _page(_listing(4, 2, news[3:], 2))
    pages[LISTS[2]] = _page(_listing(7, 1, [a for a in ARTICLES if _cat(a) == 7], 1))
    for path, title in STATIC.items():
        pages[path] = _page(_static(path, title))
    pages["/LienHe.aspx"] = _page(_form("Liên hệ", (
        "<p>Họ tên: <input name=\"ctl00$cphNoiDung$txtHoTen\" type=\"text\" /></p>"
        "<p>Nội dung: <textarea name=\"ctl00$cphNoiDung$txtNoiDung\"></textarea></p>"
        "<a href=\"javascript:__doPostBack('ctl00$cphNoiDung$btnGui','')\">Gửi liên hệ</a>"), "./LienHe.aspx"))  # fmt: skip
    pages["/DangNhap.aspx"] = _page(_form("Đăng nhập hệ thống", (
        '<p>Tên đăng nhập: <input name="ctl00$cphNoiDung$txtUser" type="text" /></p>'
        '<p>Mật khẩu: <input name="ctl00$cphNoiDung$txtPass" type="password" /></p>'), "./DangNhap.aspx"))  # fmt: skip
    pages["/TimKiem.aspx"] = _page(_form("Kết quả tìm kiếm", "<p>Vui lòng nhập từ khóa cần tìm.</p>", "./TimKiem.aspx"))
    pages[GONE] = _page(_form("Thông báo", '<p class="thongbao">Tin bài không tồn tại hoặc đã bị xóa!</p>',
                              "./ChiTiet.aspx?ID=1102&CatID=4"))  # fmt: skip
    pages[ARTICLES[0].attachment[0]] = file_page("pdf")  # type: ignore[index]
    iis_404 = Page(404, [("Content-Type", "text/html")], (
        b"<!DOCTYPE html><html><head><title>404 - File or directory not found.</title></head><body>"
        b"<h2>404 - File or directory not found.</h2><h3>The resource you are looking for might have "
        b"been removed, had its name changed, or is temporarily unavailable.</h3></body></html>"))  # fmt: skip
    robots = "User-agent: *\nDisallow: /Admin/\nDisallow: /DangNhap.aspx\nDisallow: /TimKiem.aspx\n"
    return site(pages, robots, not_found=iis_404)
