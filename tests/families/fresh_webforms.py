"""A department's portal (Sở Văn hóa, Thể thao và Du lịch) in ASP.NET WebForms.

Built in round 15 as a fresh family (``FRESH_A``): scored once before any extraction change
(a held-out figure), its truth written by hand before any extraction ran on it.

- Served in windows-1258 (base letters and combining tones), named only by ``<meta
  http-equiv="Content-Type">``: the HTTP header says ``text/html`` and nothing more.
- Every page is one ``<form id="aspnetForm">`` with ``__VIEWSTATE``; every ``<title>`` is the
  department's name (the article's title is only in a ``<span id="..._lblTieuDe">``, no
  heading element).
- Articles ``/TinTuc/ChiTietTin.aspx?ID=<n>&CatID=<c>`` (the query string is the only id):
  ``<span id="ctl00_ContentPlaceHolder1_lblNgayDang">Ngày đăng: 04/03/2024</span> |
  <span id="..._lblLuotXem">Lượt xem: 120</span>`` (the day, no time), the summary in
  ``..._lblTomTat``, the body in ``..._lblNoiDung``; after the body, right-aligned,
  ``<span id="ctl00_ContentPlaceHolder1_lblTacGia">``: "Tin: A; Ảnh: B", "A - B (Trung tâm
  VHTT)", "A (Phòng Quản lý du lịch)", a bare name, or empty with "Nguồn: ..." in
  ``..._lblNguon``.
- "Các tin đã đưa" under the article (titles with "(dd/mm/yyyy)"), a left column of
  notices with dates, a links ``<select>``, a footer with the visitor count.
- Listings ``/TinTuc/DanhSach.aspx?CatID=<c>`` (a grid of title, date, summary),
  ``/Default.aspx``; static pages: functions and duties, the leaders with phone numbers.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, cp1258, dmy, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fresh-webforms"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn"
BASE_URL = "https://svhttdl.dongson.gov.vn/"
CP = "ctl00_ContentPlaceHolder1_"


def _art(key: str, ident: int, cat: int, iso: str, tacgia: str, **kw: object) -> Art:
    extra = {"cat": cat, "tacgia": tacgia, **kw.pop("extra", {})}  # type: ignore[dict-item]
    day = f"{iso[:10]}T00:00:00+07:00"
    return Art(KEY[key], f"/TinTuc/ChiTietTin.aspx?ID={ident}&CatID={cat}", day, f"Ngày đăng: {dmy(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", 2148, 3, "2024-03-04T00:00:00+07:00", "Tin: Minh Châu; Ảnh: Quốc Tuấn", author="Minh Châu",
         image=("/Uploads/Images/2024/3/le-hoi-den.jpg", "Lễ rước kiệu tại đền Bà Chúa Kho.")),
    _art("svh-thu-vien", 2145, 3, "2024-03-01T00:00:00+07:00", "Hoàng Lan - Thu Trang (Trung tâm VHTT)",
         author="Hoàng Lan, Thu Trang"),
    _art("svh-giai-chay", 2141, 4, "2024-02-26T00:00:00+07:00", "Đức Thịnh", author="Đức Thịnh"),
    _art("svh-di-tich", 2139, 3, "2024-02-23T00:00:00+07:00", "Ngọc Mai (Phòng Quản lý di sản)", author="Ngọc Mai",
         attachment=("/Uploads/Files/QD-phe-duyet-tu-bo-dinh-Phu-Le.pdf", "Quyết định phê duyệt phương án tu bổ")),
    _art("svh-du-lich", 2136, 5, "2024-02-22T00:00:00+07:00", "", extra={"nguon": "Báo Đông Sơn"}, source="Báo Đông Sơn"),
    _art("svh-tap-huan", 2133, 4, "2024-02-21T00:00:00+07:00", "Tin, ảnh: Văn Bình", author="Văn Bình"),
    _art("svh-nghe-thuat", 2130, 3, "2024-02-19T00:00:00+07:00", "Thanh Hương - Đoàn Nghệ thuật chèo",
         author="Thanh Hương"),
]  # fmt: skip
CATS = {3: "Văn hóa - Gia đình", 4: "Thể dục thể thao", 5: "Du lịch"}
CHROME = [
    "Các tin đã đưa", "Lượt xem", "Bản in", "Gửi bạn bè", "Trở về", "Thông báo", "Liên kết website",
    "Số lượt truy cập", "Trang chủ", "Sơ đồ site", "0232 3822 415", "Thiết kế bởi", "Đăng nhập",
    "svhttdl@dongson.gov.vn",
]  # fmt: skip
NOTICES = [
    ("Thông báo tuyển dụng viên chức năm 2024", "/ThongBao/ChiTiet.aspx?ID=88", "29/02/2024"),
    ("Lịch tiếp công dân tháng 3/2024", "/ThongBao/ChiTiet.aspx?ID=87", "26/02/2024"),
]
VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUk"


def _layout(main: str, action: str) -> str:
    menu = "".join(f'<td class="menu"><a href="/TinTuc/DanhSach.aspx?CatID={c}">{esc(t)}</a></td>' for c, t in CATS.items())
    notices = "".join(f'<tr><td><a href="{h}">{esc(t)}</a> <span class="NgayDang">({d})</span></td></tr>' for t, h, d in NOTICES)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>{esc(NAME)}</title><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body><form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{VIEWSTATE}" /></div>
<table width="1000" align="center" cellpadding="0" cellspacing="0" id="tblMain">
<tr><td colspan="2"><img src="/Images/banner.jpg" alt="{esc(NAME)}" /></td></tr>
<tr><td colspan="2"><table class="tblMenu"><tr><td class="menu"><a href="/Default.aspx">Trang chủ</a></td>
<td class="menu"><a href="/GioiThieu/ChucNang.aspx">Giới thiệu</a></td>{menu}<td class="menu"><a href="/SoDoSite.aspx">Sơ đồ site</a></td>
<td class="menu"><a href="/DangNhap.aspx">Đăng nhập</a></td></tr></table></td></tr>
<tr><td width="220" valign="top" class="ColLeft">
<div class="BoxTitle">Thông báo</div><table>{notices}</table>
<div class="BoxTitle">Liên kết website</div><select name="ctl00$ddlLienKet"><option>-- Chọn liên kết --</option>
<option value="http://bvhttdl.gov.vn">Bộ Văn hóa, Thể thao và Du lịch</option><option value="https://dongson.gov.vn">Cổng TTĐT tỉnh Đông Sơn</option></select>
</td><td width="780" valign="top" class="ColMain">{main}</td></tr>
<tr><td colspan="2" class="Footer"><span id="ctl00_lblFooter">{esc(NAME)}<br />Địa chỉ: 15 Lê Lợi, thành phố Đông Sơn - Điện thoại: 0232 3822 415
 - Email: svhttdl@dongson.gov.vn<br />Số lượt truy cập: 1.204.587 - Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông</span></td></tr>
</table></form></body></html>"""


def render_article(art: Art) -> str:
    images = [art.image] if art.image else []
    blocks = []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(paragraph)}</p>")
        if i < len(images):
            src, caption = images[i]
            blocks.append(f'<p style="text-align: center;"><img src="{src}" width="500" /><br /><em>{esc(caption)}</em></p>')
    if art.attachment:
        href, label = art.attachment
        blocks.append(f'<p>Tải về: <a href="{href}">{esc(label)}</a></p>')
    cat = art.extra["cat"]
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="NgayDang">({dmy(a.published)})</span></li>'
        for a in ARTICLES if a is not art and a.extra["cat"] == cat
    )  # fmt: skip
    ident = art.path.split("ID=")[1].split("&")[0]
    nguon = art.extra.get("nguon")
    source = f'<div class="Nguon"><span id="{CP}lblNguon">Nguồn: {esc(nguon)}</span></div>' if nguon else ""
    main = f"""<div class="Path"><a href="/Default.aspx">Trang chủ</a> » <a href="/TinTuc/DanhSach.aspx?CatID={cat}">{esc(CATS[cat])}</a></div>
<div id="{CP}pnlChiTiet" class="ChiTiet">
<span id="{CP}lblTieuDe" class="TieuDe">{esc(art.title)}</span><br />
<div class="ThongTin"><span id="{CP}lblNgayDang" class="NgayDang">{esc(art.date_line)}</span> | <span id="{CP}lblLuotXem">Lượt xem: 1{ident[-2:]}</span></div>
<span id="{CP}lblTomTat" class="TomTat"><b>{esc(art.lead)}</b></span>
<span id="{CP}lblNoiDung" class="NoiDung">{''.join(blocks)}</span>
<div style="text-align: right;" class="TacGia"><span id="{CP}lblTacGia"><b>{esc(art.extra['tacgia'])}</b></span></div>
{source}
<div class="Tools"><a href="/TinTuc/BanIn.aspx?ID={ident}" target="_blank">Bản in</a> | <a href="#">Gửi bạn bè</a> | <a href="javascript:history.back()">Trở về</a></div>
</div>
<div class="TinKhac"><div class="BoxTitle">Các tin đã đưa</div><ul>{others}</ul></div>"""
    return _layout(main, art.path.lstrip("/").split("/")[1])


def _list(title: str, arts: list[Art], action: str) -> str:
    rows = "".join(
        f'<tr><td valign="top"><img src="{(a.image or ("/Images/noimage.gif", ""))[0]}" width="120" /></td><td valign="top">'
        f'<a class="TieuDeTin" href="{a.path}">{esc(a.title)}</a> <span class="NgayDang">({dmy(a.published)})</span><br />'
        f"<span class=\"TomTat\">{esc(a.lead)}</span></td></tr>"
        for a in arts
    )  # fmt: skip
    return _layout(f'<div class="BoxTitle">{esc(title)}</div><table id="{CP}grdTinTuc" class="Grid">{rows}</table>', action)


LEADERS = [
    ("Giám đốc", "Trần Văn Khải", "0232 3822 101"),
    ("Phó Giám đốc", "Nguyễn Thị Bích Ngọc", "0232 3822 102"),
    ("Phó Giám đốc", "Lê Hoàng Sơn", "0232 3822 103"),
]


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = out["/Default.aspx"] = _list("Tin tức - Sự kiện", ARTICLES[:5], "Default.aspx")
    for c, t in CATS.items():
        out[f"/TinTuc/DanhSach.aspx?CatID={c}"] = _list(t, [a for a in ARTICLES if a.extra["cat"] == c], f"DanhSach.aspx?CatID={c}")
    out["/GioiThieu/ChucNang.aspx"] = _layout(
        f'<span id="{CP}lblTieuDe" class="TieuDe">Chức năng, nhiệm vụ</span><span id="{CP}lblNoiDung" class="NoiDung">'
        "<p>Sở Văn hóa, Thể thao và Du lịch là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Đông Sơn, tham mưu, giúp Ủy ban "
        "nhân dân tỉnh quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao và du lịch.</p><p>Sở được thành lập theo "
        "Quyết định số 1205/QĐ-UBND ngày 15/08/2008 của Ủy ban nhân dân tỉnh.</p></span>", "ChucNang.aspx")
    rows = "".join(f"<tr><td>{esc(r)}</td><td>{esc(n)}</td><td>{p}</td></tr>" for r, n, p in LEADERS)
    out["/GioiThieu/LanhDao.aspx"] = _layout(
        f'<span id="{CP}lblTieuDe" class="TieuDe">Lãnh đạo Sở</span><table class="Grid"><tr><th>Chức vụ</th><th>Họ và tên</th>'
        f"<th>Điện thoại</th></tr>{rows}</table>", "LanhDao.aspx")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page(200, [("Content-Type", "text/html")], cp1258(text)) for path, text in _html_pages().items()}
    for art in ARTICLES:
        if art.attachment:
            pages[art.attachment[0]] = Page(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n%%EOF\n")
    return site_with_files(pages, robots=None)
