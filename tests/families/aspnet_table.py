"""An ASP.NET WebForms department portal from the late 2000s: table layout, windows-1258.

- ``Default.aspx?tabid=12&ItemID=352`` articles, ``Default.aspx?tabid=12`` listing with a
  ``__doPostBack`` pager and one plain "Trang sau" link (``&CurrentPage=2``); static tabs;
  ``/`` and ``/Default.aspx`` are both the home page; a soft 404 (``ItemID=9999``).
- Windows-1258 bytes with decomposed tone marks (``charset=windows-1258`` in HTTP and meta).
- The site banner is the first heading (``<h1>`` "SỞ TƯ PHÁP TỈNH BẮC HÀ"); ``<title>`` is that
  banner on every page; the article title is a ``<span id="..._lblTitle">``.
- Dates as the server's en-US culture writes them: "3/14/2024 10:20:35 AM" (month first);
  "3/8/2024" and "3/5/2024" read day-first would be 3 August and 3 May, so only the site's
  other dates (27, 14, 19 > 12) and the capture date (March 2024) tell the order.
- The body is an ASP.NET Label: text with ``<br /><br />`` between paragraphs, the image and
  its ``<i>`` caption inside it; the author is a label below it (no signature in the body),
  one article names its source in a "Nguồn:" label instead; the tools row and "Các tin
  khác" follow in the same table cell, separated by ``<br />``.
- Print views ``...&print=true`` (the article without menus) with no canonical link;
  "In bài | Gửi email | Quay lại | Về đầu trang"; "Các tin khác" with dates; a visitor counter.
- No robots.txt and no sitemap.xml (ASP.NET's 404 page for both).
"""

from __future__ import annotations

import base64
import hashlib

from crawler.replica.site import Page, Site
from tests.families.common import Art, cp1258, doc_page, esc, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-aspnet-table"
NAME = "Sở Tư pháp tỉnh Bắc Hà"
BANNER = "SỞ TƯ PHÁP TỈNH BẮC HÀ"
NEWS = "/Default.aspx?tabid=12"
CID = "ctl00_ContentPlaceHolder1_"
CHARSET = "text/html; charset=windows-1258"


def item(ident: int) -> str:
    return f"{NEWS}&ItemID={ident}"


def _us(iso: str) -> str:
    """"2024-03-14T10:20:35+07:00" -> "3/14/2024 10:20:35 AM" (en-US)."""
    hour = int(iso[11:13])
    h12 = hour % 12 or 12
    return f"{int(iso[5:7])}/{int(iso[8:10])}/{iso[:4]} {h12}:{iso[14:16]}:{iso[17:19]} {'PM' if hour >= 12 else 'AM'}"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], item(ident), iso, _us(iso), extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tp-tro-giup-phap-ly", 352, "2024-03-19T14:45:10+07:00", byline="Hoàng Thị Mai", author="Hoàng Thị Mai",
         image=("/Upload/Images/2024/3/tgpl-luu-dong-lung-phin.jpg",
                "Trợ giúp viên pháp lý tư vấn cho người dân xã Lũng Phìn.")),
    _art("tp-ho-tich-truc-tuyen", 349, "2024-03-14T10:20:35+07:00", byline="Nguyễn Hữu Tài",
         author="Nguyễn Hữu Tài"),
    _art("tp-pho-bien-phap-luat", 347, "2024-03-08T16:05:50+07:00", author=None,
         source="Phòng Phổ biến, giáo dục pháp luật"),
    _art("tp-kiem-tra-cong-chung", 345, "2024-03-05T09:12:03+07:00", byline="Vũ Thanh Bình",
         author="Vũ Thanh Bình",
         attachment=("/Upload/Files/2024/KH-kiem-tra-cong-chung-2024.doc",
                     "Kế hoạch kiểm tra công chứng, chứng thực năm 2024 (DOC)")),
    _art("tp-hoa-giai-co-so", 341, "2024-02-27T15:30:00+07:00", byline="Lê Thị Thúy", author="Lê Thị Thúy"),
]  # fmt: skip
PER_PAGE = 4
CHROME = [
    BANNER, "Trang chủ", "Liên kết website", "Thống kê truy cập", "Số lượt truy cập", "Đang online",
    "Các tin khác", "In bài", "Gửi email", "Quay lại", "Về đầu trang", "Đăng nhập", "Nguồn:",
    "Điện thoại: 0219 3862 045", "sotuphap@bacha.gov.vn", "Số 58 đường Nguyễn Trãi",
    "Ghi rõ nguồn", "Tin tức - Sự kiện", "Bản quyền ©",
]  # fmt: skip
STATIC = {
    "/Default.aspx?tabid=2": ("Giới thiệu", [
        "Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bắc Hà, thực hiện chức năng "
        "tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác xây dựng và thi hành "
        "pháp luật, kiểm tra văn bản quy phạm pháp luật, phổ biến, giáo dục pháp luật.",
        "Sở còn quản lý nhà nước về hộ tịch, quốc tịch, chứng thực, lý lịch tư pháp, bồi thường nhà "
        "nước, trợ giúp pháp lý, luật sư, công chứng, giám định tư pháp, đấu giá tài sản, hòa giải "
        "ở cơ sở và các công tác tư pháp khác theo quy định của pháp luật.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng, chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của Ủy ban nhân dân tỉnh và sự hướng dẫn về chuyên môn, nghiệp "
        "vụ của Bộ Tư pháp.",
    ]),
    "/Default.aspx?tabid=3": ("Cơ cấu tổ chức", [
        "Giám đốc Sở: Ông Hà Văn Quảng. Phó Giám đốc Sở: Bà Nông Thị Huyền, ông Lục Văn Thành.",
        "Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Xây dựng, kiểm tra và theo dõi thi hành "
        "pháp luật, Phòng Phổ biến, giáo dục pháp luật, Phòng Hành chính tư pháp và bổ trợ tư pháp.",
        "Đơn vị sự nghiệp: Trung tâm Trợ giúp pháp lý nhà nước, Phòng Công chứng số 1, Trung tâm "
        "Dịch vụ đấu giá tài sản.",
    ]),
    "/Default.aspx?tabid=9": ("Liên hệ", [
        "Sở Tư pháp tỉnh Bắc Hà, số 58 đường Nguyễn Trãi, thành phố Bắc Hà.",
        "Điện thoại văn phòng: 0219 3862 045. Thư điện tử: sotuphap@bacha.gov.vn.",
    ]),
    "/Default.aspx?tabid=20": ("Văn bản", [
        "Số 12/KH-STP ngày 2/20/2024: Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2024.",
        "Số 08/BC-STP ngày 1/15/2024: Báo cáo tổng kết công tác tư pháp năm 2023.",
        "Số 215/QĐ-STP ngày 12/28/2023: Quyết định ban hành quy chế làm việc của Sở Tư pháp.",
    ]),
}  # fmt: skip
LOGIN = "/Login.aspx?ReturnUrl=%2fDefault.aspx"


def _id(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _hidden(seed: str) -> str:
    raw = b"".join(hashlib.md5(f"{seed}{i}".encode()).digest() for i in range(60))
    state = "/wEPDwUKLTM4NzQyMzQ1Nw9kFgJmD2QWAgIDD2QWBAIBD2QWAgIBDw8WAh4EVGV4dAU" + base64.b64encode(raw).decode()
    valid = "/wEWBwLk" + base64.b64encode(raw[:48]).decode()
    return (
        f'<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\n'
        f'<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\n'
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{state}" />\n'
        f'<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{valid}" />'
    )


def _layout(action: str, main: str, crumb: str) -> str:
    menu = "".join(
        f'<tr><td class="menu-item"><a href="{href}">{esc(label)}</a></td></tr>'
        for href, label in (("/Default.aspx", "Trang chủ"), ("/Default.aspx?tabid=2", "Giới thiệu"),
                            ("/Default.aspx?tabid=3", "Cơ cấu tổ chức"), (NEWS, "Tin tức - Sự kiện"),
                            ("/Default.aspx?tabid=20", "Văn bản"), ("/Default.aspx?tabid=9", "Liên hệ"))
    )  # fmt: skip
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><title>
	{BANNER}
</title><link href="App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body topmargin="0" leftmargin="0">
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
{_hidden(action)}
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<a name="top"></a>
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="main-table">
<tr><td colspan="2" class="banner" background="/images/banner_bg.jpg" height="140" valign="middle">
<h1 class="banner-title">{BANNER}</h1><div class="slogan">Vì một nền tư pháp trong sạch, vững mạnh</div></td></tr>
<tr><td colspan="2" class="topmenu" height="28"><a href="/Default.aspx">Trang chủ</a> | <a href="/Default.aspx?tabid=2">Giới thiệu</a> | <a href="{NEWS}">Tin tức</a> | <a href="/Default.aspx?tabid=20">Văn bản</a> | <a href="/Default.aspx?tabid=9">Liên hệ</a></td></tr>
<tr><td width="210" valign="top" class="leftcol">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="box-title">DANH MỤC</td></tr>{menu}</table>
<table width="100%" cellpadding="2" cellspacing="0"><tr><td class="box-title">Liên kết website</td></tr>
<tr><td><select name="ctl00$ddlLienKet" onchange="javascript:setTimeout('__doPostBack(\\'ctl00$ddlLienKet\\',\\'\\')', 0)" id="ctl00_ddlLienKet">
<option value="">-- Chọn liên kết --</option><option value="http://moj.gov.vn">Bộ Tư pháp</option></select></td></tr></table>
<table width="100%" cellpadding="2" cellspacing="0"><tr><td class="box-title">Thống kê truy cập</td></tr>
<tr><td>Số lượt truy cập: <span id="ctl00_lblCounter">00325614</span></td></tr><tr><td>Đang online: <span id="ctl00_lblOnline">6</span></td></tr></table>
</td>
<td valign="top" class="maincol" width="790">
<table width="100%" cellpadding="4" cellspacing="0"><tr><td class="breadcrumb"><a href="/Default.aspx">Trang chủ</a> &gt; {crumb}</td></tr>
<tr><td valign="top">{main}</td></tr></table></td></tr>
<tr><td colspan="2" class="footer" align="center"><b>{BANNER}</b><br />
Địa chỉ: Số 58 đường Nguyễn Trãi, thành phố Bắc Hà, tỉnh Bắc Hà<br />
Điện thoại: 0219 3862 045 - Fax: 0219 3862 046 - Email: sotuphap@bacha.gov.vn<br />
Bản quyền © 2008 - 2024 Sở Tư pháp tỉnh Bắc Hà. Ghi rõ nguồn "Sở Tư pháp tỉnh Bắc Hà" khi phát hành lại thông tin từ website này. | <a href="{esc(LOGIN)}">Đăng nhập</a></td></tr>
</table></form></body></html>"""


def _p(html: str) -> str:
    return f'<p align="justify"><font face="Times New Roman" size="3">{html}</font></p>'


def _br(html: str) -> str:
    """A paragraph the way the editor's Label holds it: text, then two line breaks."""
    return f"{html}<br /><br />"


def _image(src: str, caption: str) -> str:
    return f'<center><img src="{src}" width="450" border="0" /><br /><i>{esc(caption)}</i></center><br />'


def _article_block(art: Art) -> str:
    tail = ""
    if art.byline:
        tail = f'<div align="right"><b><span id="{CID}lblAuthor">{esc(art.byline)}</span></b></div>'
    elif art.source:
        tail = f'<div align="right"><i><span id="{CID}lblSource">Nguồn: {esc(art.source)}</span></i></div>'
    return (
        f'<span id="{CID}lblTitle" class="title">{esc(art.title)}</span><br />'
        f'<span id="{CID}lblDate" class="date">({esc(art.date_line)})</span><br /><br />'
        f'<span id="{CID}lblSummary" class="summary"><b>{esc(art.lead)}</b></span><br /><br />'
        f'<span id="{CID}lblContent" class="content">{"".join(paragraphs_html(art, _br, _image))}</span>{tail}'
    )


def render_article(art: Art) -> str:
    """Everything in one cell, as the old WebForms page put it: the labels, the tools row and
    "Các tin khác" lines, separated by ``<br />``."""
    ident = _id(art)
    others = "".join(
        f'» <a href="{item(_id(a))}">{esc(a.title)}</a> <span class="date">({esc(a.date_line.split(" ")[0])})</span><br />'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    tools = (
        f'<a href="{esc(item(ident))}&amp;print=true" target="_blank"><img src="/images/print.gif" border="0" /> In bài</a> | '
        '<a href="javascript:sendmail();">Gửi email</a> | <a href="javascript:history.back();">Quay lại</a> | '
        '<a href="#top">Về đầu trang</a>'
    )
    main = (
        f'<table width="100%" cellpadding="3"><tr><td valign="top" class="chitiet">{_article_block(art)}<br />'
        f"{tools}<br /><br /><b>Các tin khác:</b><br />{others}</td></tr></table>"
    )
    return _layout(item(ident), main, f'<a href="{NEWS}">Tin tức - Sự kiện</a>')


def render_print(art: Art) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><title>{BANNER}</title></head>
<body onload="window.print();"><table width="700" align="center"><tr><td><h1 class="banner-title">{BANNER}</h1></td></tr>
<tr><td>{_article_block(art)}</td></tr><tr><td align="center"><a href="javascript:window.close();">Đóng</a></td></tr></table></body></html>"""


def render_listing(page: int) -> str:
    chunk = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f'<tr><td valign="top" width="110"><img src="/Upload/Thumbs/{_id(a)}.jpg" width="100" /></td>'
        f'<td valign="top"><a class="news-title" href="{item(_id(a))}"><b>{esc(a.title)}</b></a> '
        f'<span class="date">({esc(a.date_line.split(" ")[0])})</span><br />{esc(a.lead[:160])}...</td></tr>'
        for a in chunk
    )  # fmt: skip
    pager = (
        "<tr><td colspan=\"2\" class=\"pager\">"
        + " ".join(
            f"<span>{n}</span>" if n == page
            else f"<a href=\"javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvNews','Page${n}')\">{n}</a>"
            for n in (1, 2)
        )
        + (f' <a href="{NEWS}&amp;CurrentPage=2">Trang sau »</a>' if page == 1 else "")
        + "</td></tr>"
    )  # fmt: skip
    main = f'<table width="100%" cellpadding="4" id="{CID}gvNews">{rows}{pager}</table>'
    return _layout(NEWS if page == 1 else f"{NEWS}&CurrentPage=2", main, "Tin tức - Sự kiện")


def render_home(action: str) -> str:
    rows = "".join(
        f'<tr><td><a href="{item(_id(a))}"><b>{esc(a.title)}</b></a> <span class="date">({esc(a.date_line.split(" ")[0])})</span>'
        f"<br />{esc(a.lead[:120])}...</td></tr>"
        for a in ARTICLES[:3]
    )  # fmt: skip
    main = f'<table width="100%"><tr><td class="box-title">TIN MỚI</td></tr>{rows}<tr><td align="right"><a href="{NEWS}">Xem tiếp »</a></td></tr></table>'
    return _layout(action, main, "Trang chủ")


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    main = f'<table width="100%"><tr><td class="box-title">{esc(title.upper())}</td></tr>' + "".join(
        f"<tr><td>{_p(esc(p))}</td></tr>" for p in paras
    ) + "</table>"
    return _layout(path, main, esc(title))


def render_login() -> str:
    main = (
        '<table><tr><td>Tên đăng nhập:</td><td><input name="ctl00$ContentPlaceHolder1$txtUser" type="text" /></td></tr>'
        '<tr><td>Mật khẩu:</td><td><input name="ctl00$ContentPlaceHolder1$txtPass" type="password" /></td></tr>'
        '<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$btnLogin" value="Đăng nhập" /></td></tr></table>'
    )
    return _layout(LOGIN, main, "Đăng nhập")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for a in ARTICLES:
        out[a.path + "&print=true"] = render_print(a)
    out["/"] = render_home("/")
    out["/Default.aspx"] = render_home("/Default.aspx")
    out[NEWS] = render_listing(1)
    out[NEWS + "&CurrentPage=2"] = render_listing(2)
    out[item(9999)] = _layout(item(9999), '<p align="center"><font color="red"><b>Bài viết không tồn tại hoặc đã bị xóa.</b></font></p>',
                              f'<a href="{NEWS}">Tin tức - Sự kiện</a>')  # fmt: skip
    for path in STATIC:
        out[path] = render_static(path)
    out[LOGIN] = render_login()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})

SERVER_ERROR_404 = """<html><head><title>The resource cannot be found.</title></head><body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>The resource cannot be found.</i> </h2></span>
<b> Description: </b>HTTP 404. The resource you are looking for (or one of its dependencies) could have been removed, had its name changed, or is temporarily unavailable.
<br><br><b> Requested URL: </b>/sitemap.xml<br><br>
<hr width=100% size=1 color=silver><b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:2.0.50727.8964; ASP.NET Version:2.0.50727.8962
</body></html>"""


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page(200, [("Content-Type", CHARSET)], cp1258(text)) for path, text in _html_pages().items()}
    pages["/Upload/Files/2024/KH-kiem-tra-cong-chung-2024.doc"] = doc_page("doc")
    not_found = Page(404, [("Content-Type", "text/html; charset=utf-8")], SERVER_ERROR_404.encode())
    return site_with_files(pages, robots=None, not_found=not_found)
