"""A mountain district's ASP.NET WebForms portal of the 2010s: the headline in a label's
``<span>`` (or a self-link's ``<a>``) in a table cell, no heading tag anywhere in the article,
``<title>`` only the portal's name, the date in a label's ``<span>`` written as .NET's vi-VN
culture writes a DateTime (fresh-U, round 20: what the single page's title and date rules
lack).

Built in round 20 as a fresh family (``FRESH_U``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- News ``/TinTuc/ChiTietTin.aspx?ID=<n>``: ``<span id="ctl00_ContentPlaceHolder1_lblTieuDe"
  class="TieuDeTin">`` in a ``<td>``, then a cell "Ngày đăng: <span
  id="ctl00_ContentPlaceHolder1_lblNgayDang">04/03/2024 8:40:00 SA</span>" (the culture's
  ``G`` pattern: day first, the hour without a leading zero, "SA" before noon and "CH" after:
  "2:15:00 CH" is 14:15), the sapo in ``lblTomTat`` and the text in ``lblNoiDung``.
- Notices ``/ThongBao/ChiTiet.aspx?ID=<n>``: the headline an ``<a
  id="ctl00_ContentPlaceHolder1_ucChiTietThongBao_hlTitle">`` linking to its own page, the date
  beside it in brackets "(05/03/2024 2:15:00 CH)".
- ``<title>`` on every page: "Cổng thông tin điện tử huyện Mường Lạn" (no ``og:`` tags). The
  left column (before the content in the source) lists "Tin mới" as ``hlTitle`` links with
  "(04/03/2024)", the right one "Thông báo" and a visit counter; under the text "Các tin đã
  đưa" with dates.
- Not articles: the home page, the news list, the notices list, "Giới thiệu".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fu-webforms"
NAME = "Cổng thông tin điện tử huyện Mường Lạn"
CP = "ctl00_ContentPlaceHolder1"


def net_time(iso: str) -> str:
    """"2024-03-04T14:15:00+07:00" -> "04/03/2024 2:15:00 CH" (.NET, vi-VN, ``G``)."""
    hour, minute = int(iso[11:13]), iso[14:16]
    mark = "SA" if hour < 12 else "CH"
    return f"{dmy(iso)} {hour % 12 or 12}:{minute}:00 {mark}"


def _art(key: str, ident: int, iso: str, notice: bool = False, **kw: object) -> Art:
    path = f"/ThongBao/ChiTiet.aspx?ID={ident}" if notice else f"/TinTuc/ChiTietTin.aspx?ID={ident}"
    extra = {"id": ident, "notice": notice, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], path, iso, net_time(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-giam-ngheo", 2315, "2024-03-13T08:40:00+07:00", signature="Lò Văn Thanh", author="Lò Văn Thanh",
         image=("/Upload/TinTuc/2024/03/giaoban.jpg", "Quang cảnh hội nghị giao ban công tác giảm nghèo.")),
    _art("ml-chong-ret", 2309, "2024-03-08T14:15:00+07:00", signature="Vàng A Dình", author="Vàng A Dình"),
    _art("ml-hoc-bong", 2302, "2024-03-05T16:05:00+07:00"),
    _art("ml-dien-luoi", 2296, "2024-03-01T09:30:00+07:00", signature="Lò Văn Thanh", author="Lò Văn Thanh",
         image=("/Upload/TinTuc/2024/03/dien.jpg", "Người dân bản Huổi Sang vui mừng khi có điện lưới.")),
    _art("ml-truong-hoc", 2290, "2024-02-27T10:50:00+07:00", signature="Vàng A Dình", author="Vàng A Dình"),
    _art("bs-nop-thue-dat", 88, "2024-03-11T15:20:00+07:00", notice=True),
    _art("ln-tb-tuyen-dung", 86, "2024-03-04T07:45:00+07:00", notice=True),
]  # fmt: skip
CHROME = ["Tin mới", "Các tin đã đưa", "Thông báo", "Liên kết website", "Lượt truy cập", "Đang trực tuyến",
          "Bản quyền thuộc"]  # fmt: skip
NEWS = sorted((a for a in ARTICLES if not a.extra["notice"]), key=lambda a: a.published, reverse=True)
NOTICES = sorted((a for a in ARTICLES if a.extra["notice"]), key=lambda a: a.published, reverse=True)
_VIEWSTATE = "/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBD2QWAmYPFgIeBFRleHQFJ0Phu5VuZyB0aMO0bmcgdGluIMSRaeG7h24gdOG7rQ=="


def _latest(art: Art | None) -> str:
    rows = "".join(
        f'<tr><td class="tinmoi-item"><a id="ctl00_ucTinMoi_rptTinMoi_ctl{i:02d}_hlTitle" class="tinmoi" '
        f'href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span></td></tr>'
        for i, a in enumerate(NEWS, 1)
    )
    return f'<table class="portlet" width="100%"><tr><td class="portlet-title">Tin mới</td></tr>{rows}</table>'


def _right() -> str:
    rows = "".join(
        f'<tr><td><a id="ctl00_ucThongBao_rptThongBao_ctl{i:02d}_hlTitle" href="{a.path}">{esc(a.title)}</a></td></tr>'
        for i, a in enumerate(NOTICES, 1)
    )
    links = "".join(f"<option>{t}</option>" for t in ("Cổng TTĐT tỉnh", "Báo Mường Lạn", "Dịch vụ công trực tuyến"))
    return (f'<table class="portlet" width="100%"><tr><td class="portlet-title">Thông báo</td></tr>{rows}</table>'
            f'<table class="portlet" width="100%"><tr><td class="portlet-title">Liên kết website</td></tr>'
            f'<tr><td><select id="ctl00_ucLienKet_ddlLienKet">{links}</select></td></tr></table>'
            '<table class="portlet" width="100%"><tr><td class="portlet-title">Thống kê</td></tr>'
            '<tr><td>Đang trực tuyến: 27<br>Lượt truy cập: 1.486.203</td></tr></table>')


def _layout(action: str, center: str) -> str:
    menu = " | ".join(f'<a href="{h}" class="menu">{t}</a>' for h, t in (
        ("/Default.aspx", "Trang chủ"), ("/GioiThieu.aspx", "Giới thiệu"), ("/TinTuc/DanhSach.aspx", "Tin tức - Sự kiện"),
        ("/ThongBao/DanhSach.aspx", "Thông báo")))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>
	{esc(NAME)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body><form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_VIEWSTATE}" /></div>
<table id="tblMain" width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3"><img src="/Images/banner.jpg" width="1000" height="160" alt="{esc(NAME)}" /></td></tr>
<tr><td colspan="3" class="menubar">{menu}</td></tr>
<tr><td width="210" valign="top" class="left">{_latest(None)}</td>
<td valign="top" class="center">{center}</td>
<td width="200" valign="top" class="right">{_right()}</td></tr>
<tr><td colspan="3" class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Mường Lạn<br />Địa chỉ: Tổ dân phố 3, thị trấn Mường Lạn. Điện thoại: 0215.3871.204<br />Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện</td></tr>
</table>
<script type="text/javascript">//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}
//]]></script></form></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<p style="text-align:center"><img src="{src}" width="450" alt="" /><br /><em>{esc(cap)}</em></p>'


def _others(art: Art, pool: list[Art]) -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span></li>'
                    for a in pool if a is not art)
    return f'<tr><td class="tinkhac"><span class="tieude-tinkhac">Các tin đã đưa</span><ul>{items}</ul></td></tr>'


def _body(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align:justify">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    return body


def render_news(art: Art) -> str:
    center = (
        '<table width="100%" cellpadding="4" cellspacing="0">'
        '<tr><td class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <a href="/TinTuc/DanhSach.aspx">Tin tức - Sự kiện</a></td></tr>'
        f'<tr><td><span id="{CP}_lblTieuDe" class="TieuDeTin">{esc(art.title)}</span></td></tr>'
        f'<tr><td class="ngaydang">Ngày đăng: <span id="{CP}_lblNgayDang">{esc(art.date_line)}</span></td></tr>'
        f'<tr><td><span id="{CP}_lblTomTat" class="TomTat"><strong>{esc(art.lead)}</strong></span></td></tr>'
        f'<tr><td><span id="{CP}_lblNoiDung" class="NoiDung">{_body(art)}</span></td></tr>'
        '<tr><td align="right"><a id="ctl00_ContentPlaceHolder1_lnkIn" href="javascript:window.print();">In trang</a> | '
        '<a href="javascript:history.back();">Quay lại</a></td></tr>'
        f"{_others(art, NEWS)}</table>"
    )
    return _layout(f"./ChiTietTin.aspx?ID={art.extra['id']}", center)


def render_notice(art: Art) -> str:
    uc = f"{CP}_ucChiTietThongBao"
    center = (
        '<table width="100%" cellpadding="4" cellspacing="0">'
        '<tr><td class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; <a href="/ThongBao/DanhSach.aspx">Thông báo</a></td></tr>'
        f'<tr><td class="title-cell"><a id="{uc}_hlTitle" class="title" href="{art.path}">{esc(art.title)}</a> '
        f'<span id="{uc}_lblNgayDang" class="date">({esc(art.date_line)})</span></td></tr>'
        f'<tr><td><span id="{uc}_lblTomTat"><strong>{esc(art.lead)}</strong></span></td></tr>'
        f'<tr><td><span id="{uc}_lblNoiDung">{_body(art)}</span></td></tr>'
        f"{_others(art, NOTICES)}</table>"
    )
    return _layout(f"./ChiTiet.aspx?ID={art.extra['id']}", center)


def _list(arts: list[Art], label: str, action: str) -> str:
    rows = "".join(
        f'<tr><td width="110" valign="top"><img src="/Upload/TinTuc/thumb_{a.extra["id"]}.jpg" width="100" alt="" /></td>'
        f'<td valign="top"><a id="{CP}_rptDanhSach_ctl{i:02d}_hlTitle" class="title" href="{a.path}">{esc(a.title)}</a> '
        f'<span class="ngay">({dmy(a.published)})</span><br />{esc(a.lead[:160])}...</td></tr>'
        for i, a in enumerate(arts, 1)
    )
    center = (f'<table width="100%"><tr><td class="duongdan"><a href="/Default.aspx">Trang chủ</a> &raquo; {label}</td></tr>'
              f'<tr><td><table width="100%">{rows}</table></td></tr></table>')
    return _layout(action, center)


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in NEWS + NOTICES)
    return _layout("./Default.aspx", f'<table width="100%"><tr><td class="portlet-title">Tin tức - Sự kiện</td></tr>'
                   f'<tr><td><ul>{rows}</ul></td></tr></table>')


def render_about() -> str:
    text = (
        "Huyện Mường Lạn là huyện vùng cao biên giới, có 15 xã, thị trấn với hơn 52.000 người thuộc 9 dân tộc.",
        "Huyện có thế mạnh về chăn nuôi đại gia súc, trồng cây dược liệu và phát triển du lịch cộng đồng.",
    )
    rows = "".join(f'<p style="text-align:justify">{esc(t)}</p>' for t in text)
    return _layout("./GioiThieu.aspx", f'<table width="100%"><tr><td class="duongdan">Trang chủ &raquo; Giới thiệu</td></tr>'
                   f'<tr><td><span id="{CP}_lblNoiDung">{rows}</span></td></tr></table>')


def _html_pages() -> dict[str, str]:
    out = {a.path: (render_notice(a) if a.extra["notice"] else render_news(a)) for a in ARTICLES}
    out["/Default.aspx"] = render_home()
    out["/TinTuc/DanhSach.aspx"] = _list(NEWS, "Tin tức - Sự kiện", "./DanhSach.aspx")
    out["/ThongBao/DanhSach.aspx"] = _list(NOTICES, "Thông báo", "./DanhSach.aspx")
    out["/GioiThieu.aspx"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
