"""A DotNetNuke 7 department portal with the DNNArticle module, the way such portals look.

- URLs ``/tabid/75/ArticleID/1423/Default.aspx``; listings ``/tabid/75/Default.aspx``, their
  pages ``/tabid/75/currentpage/2/Default.aspx`` and a category ``.../CategoryID/3/...``;
  home at ``/``, ``/Default.aspx`` and ``/tabid/36/Default.aspx``; DNN's own Terms and
  Privacy pages (``/tabid/36/ctl/Terms/Default.aspx``) and login/register pages.
- Skin: a ``<table>`` with ``LeftPane``, ``ContentPane`` and ``RightPane``; every module has
  its title as ``<h2>`` ("Tin tức - Sự kiện" right above the article); the article title is
  a ``<span class="Head">``; ``<title>`` is "Portal > Tab" (no article title anywhere else);
  a ``__VIEWSTATE`` form wraps the page; the skin shows the capture day.
- Dates as ASP.NET's vi-VN culture writes them: "Ngày đăng: 12/03/2024 10:20:18 SA"
  (SA = AM, CH = PM), with seconds; "Người đăng: host" (a CMS account); the author is the
  signature at the end; "Các tin đã đưa" below lists other articles with their dates.
- A print link per article to ``/DesktopModules/DNNArticle/DNNArticlePrint.aspx?...``: the
  article again without skin and without a canonical link.
- robots.txt is DNN's default (``/DesktopModules/`` disallowed) and names ``/SiteMap.aspx``,
  DNN's sitemap of tabs (no articles); ``/sitemap.xml`` is DNN's 404 page.
"""

from __future__ import annotations

import base64
import hashlib

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, doc_page, esc, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-dnn"
NAME = "Sở Kế hoạch và Đầu tư tỉnh Bình Lâm"
NEWS = "/tabid/75/Default.aspx"
HOME_TAB = "/tabid/36/Default.aspx"


def detail(ident: int) -> str:
    return f"/tabid/75/ArticleID/{ident}/Default.aspx"


def print_view(ident: int) -> str:
    return f"/DesktopModules/DNNArticle/DNNArticlePrint.aspx?ArticleID={ident}&tabid=75&moduleid=512"


ARTICLES = [
    Art(KEY["kh-tap-huan-dau-thau"], detail(1425), "2024-03-15T08:05:44+07:00",
        "Ngày đăng: 15/03/2024 8:05:44 SA", byline="Người đăng: host", signature="H.P", author="H.P"),
    Art(KEY["kh-giai-ngan-von"], detail(1424), "2024-03-12T10:20:18+07:00",
        "Ngày đăng: 12/03/2024 10:20:18 SA", byline="Người đăng: host",
        signature="Minh Quân (Phòng Tổng hợp)", author="Minh Quân"),
    Art(KEY["kh-xuc-tien-dau-tu"], detail(1423), "2024-03-08T15:40:05+07:00",
        "Ngày đăng: 08/03/2024 3:40:05 CH", byline="Người đăng: host", signature="Thu Trang",
        author="Thu Trang",
        attachment=("/Portals/0/Tailieu/danh-muc-du-an-keu-goi-dau-tu-2024.doc",
                    "Danh mục dự án kêu gọi đầu tư năm 2024 (DOC)")),
    Art(KEY["kh-dang-ky-doanh-nghiep"], detail(1422), "2024-03-06T09:02:47+07:00",
        "Ngày đăng: 06/03/2024 9:02:47 SA", byline="Người đăng: host", author=None,
        source_line="Nguồn: Phòng Đăng ký kinh doanh", source="Phòng Đăng ký kinh doanh"),
    Art(KEY["kh-cap-gcn-dau-tu"], detail(1421), "2024-03-04T16:15:32+07:00",
        "Ngày đăng: 04/03/2024 4:15:32 CH", byline="Người đăng: host",
        signature="Văn Hiếu – Phòng Kinh tế đối ngoại", author="Văn Hiếu",
        image=("/Portals/0/Images/2024/03/trao-gcn-dau-tu.jpg",
               "Lãnh đạo Sở trao Giấy chứng nhận đăng ký đầu tư cho đại diện nhà đầu tư.")),
]  # fmt: skip
PER_PAGE = 4
CATEGORY = "/tabid/75/CategoryID/3/Default.aspx"  # "Xúc tiến đầu tư"
IN_CATEGORY = [1423, 1421]
CHROME = [
    "Tin tức - Sự kiện", "Thông báo", "Liên kết website", "Thống kê truy cập", "Đang online",
    "Lượt truy cập", "Tin mới nhất", "Các tin đã đưa", "In bài", "Gửi email", "Quay lại",
    "Lượt xem", "Người đăng", "Đăng nhập", "Copyright", "Điều khoản sử dụng",
    "Chính sách bảo mật", "Thứ Tư, 20/03/2024", "0263 3822 418", "sokhdt@binhlam.gov.vn",
    "Số 12 đường Trần Hưng Đạo",
]  # fmt: skip
STATIC = {
    "/tabid/40/Default.aspx": ("Chức năng, nhiệm vụ", [
        "Sở Kế hoạch và Đầu tư là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bình Lâm, có "
        "chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về quy hoạch, kế hoạch và "
        "đầu tư, bao gồm: tổng hợp về quy hoạch, kế hoạch phát triển kinh tế - xã hội; đầu tư "
        "trong nước, đầu tư nước ngoài ở địa phương; quản lý nguồn hỗ trợ phát triển chính thức.",
        "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chấp hành sự chỉ đạo, quản lý về "
        "tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chấp hành sự chỉ đạo, "
        "hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Kế hoạch và Đầu tư.",
        "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, "
        "trung hạn và hằng năm; chương trình, biện pháp tổ chức thực hiện các nhiệm vụ về phát "
        "triển kinh tế - xã hội thuộc phạm vi quản lý nhà nước của Sở.",
        "Tổ chức thực hiện công tác đăng ký doanh nghiệp, đăng ký hộ kinh doanh, đăng ký hợp tác "
        "xã theo quy định của pháp luật; hướng dẫn, kiểm tra, thanh tra việc thực hiện pháp luật "
        "trong lĩnh vực được giao.",
    ]),
    "/tabid/42/Default.aspx": ("Cơ cấu tổ chức", [
        "Giám đốc Sở: ông Nguyễn Đức Thịnh, điện thoại 0263 3822 401.",
        "Phó Giám đốc Sở: bà Trần Thị Ngọc Lan, điện thoại 0263 3822 402; ông Lê Văn Hòa, điện "
        "thoại 0263 3822 403.",
        "Các phòng chuyên môn: Văn phòng Sở, Thanh tra Sở, Phòng Tổng hợp, Phòng Kinh tế ngành, "
        "Phòng Kinh tế đối ngoại, Phòng Đăng ký kinh doanh và Trung tâm Xúc tiến đầu tư.",
    ]),
    "/tabid/45/Default.aspx": ("Liên hệ", [
        "Sở Kế hoạch và Đầu tư tỉnh Bình Lâm, số 12 đường Trần Hưng Đạo, thành phố Bình Lâm.",
        "Bộ phận một cửa tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu, sáng từ 7 giờ đến 11 giờ 30, "
        "chiều từ 13 giờ 30 đến 17 giờ.",
    ]),
    "/tabid/36/ctl/Terms/Default.aspx": ("Điều khoản sử dụng", [
        "Việc truy cập và sử dụng Cổng thông tin điện tử này đồng nghĩa với việc bạn đồng ý với "
        "các điều khoản sử dụng dưới đây. Ban biên tập có thể thay đổi các điều khoản này bất cứ "
        "lúc nào mà không cần báo trước.",
        "Mọi thông tin, hình ảnh trên cổng thông tin thuộc quyền sở hữu của Sở Kế hoạch và Đầu tư "
        "tỉnh Bình Lâm. Khi sử dụng lại thông tin, đề nghị ghi rõ nguồn và không làm sai lệch nội "
        "dung.",
        "Người sử dụng không được đăng tải nội dung vi phạm pháp luật, xúc phạm danh dự, nhân "
        "phẩm của tổ chức, cá nhân hoặc can thiệp trái phép vào hoạt động của hệ thống.",
    ]),
    "/tabid/36/ctl/Privacy/Default.aspx": ("Chính sách bảo mật", [
        "Chúng tôi cam kết bảo vệ thông tin cá nhân của người sử dụng. Thông tin bạn cung cấp khi "
        "đăng ký tài khoản hoặc gửi câu hỏi chỉ được dùng để giải quyết yêu cầu của bạn.",
        "Cổng thông tin không chia sẻ thông tin cá nhân cho bên thứ ba, trừ trường hợp theo yêu "
        "cầu của cơ quan nhà nước có thẩm quyền theo quy định của pháp luật.",
    ]),
}  # fmt: skip
LOGIN = "/tabid/36/ctl/Login/Default.aspx?returnurl=%2fDefault.aspx"
REGISTER = "/tabid/36/ctl/Register/Default.aspx?returnurl=%2fDefault.aspx"


def _viewstate(seed: str) -> str:
    raw = b"".join(hashlib.sha256(f"{seed}{i}".encode()).digest() for i in range(40))
    return "/wEPDwUKMTY1NDU2MTA1Mg9kFgYCAQ9kFgICCA8WAh4EVGV4dAUGPGJyIC8" + base64.b64encode(raw).decode()


def _module(ident: int, title: str, body: str) -> str:
    return (
        f'<div class="DnnModule DnnModule-DNNArticle DnnModule-{ident}"><a name="{ident}"></a>'
        f'<div class="c_container"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr{ident}_dnnTITLE_titleLabel" '
        f'class="TitleHead">{esc(title)}</span></h2></div><div id="dnn_ctr{ident}_ContentPane" class="c_content">'
        f'<div id="dnn_ctr{ident}_ModuleContent" class="DNNModuleContent ModDNNArticleC">{body}</div></div></div></div>'
    )


def _latest() -> str:
    return "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:4])


def _layout(action: str, tab: str, main: str, crumb: str) -> str:
    notices = _module(
        401, "Thông báo",
        "<ul><li>Thông báo tuyển dụng công chức năm 2024 (11/03/2024)</li>"
        "<li>Lịch tiếp công dân của Giám đốc Sở quý II/2024 (01/03/2024)</li></ul>",
    )
    cats = _module(402, "Chuyên mục", f'<ul><li><a href="{NEWS}">Tin hoạt động</a></li><li><a href="{CATEGORY}">Xúc tiến đầu tư</a></li></ul>')
    links = _module(403, "Liên kết website", '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
                    '<option value="http://www.mpi.gov.vn">Bộ Kế hoạch và Đầu tư</option></select>')  # fmt: skip
    counter = _module(404, "Thống kê truy cập", "<div>Đang online: 12</div><div>Lượt truy cập: 00.845.210</div>")
    latest = _module(405, "Tin mới nhất", f"<ul>{_latest()}</ul>")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta id="MetaDescription" name="DESCRIPTION" content="{esc(NAME)}" />
<meta id="MetaKeywords" name="KEYWORDS" content="kế hoạch, đầu tư, Bình Lâm,DotNetNuke,DNN" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" />
<title>
	{esc(NAME)} &gt; {esc(tab)}
</title>
<link href="/Portals/_default/Skins/SoKHDT/skin.css" type="text/css" rel="stylesheet" />
</head>
<body id="Body">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate(action)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}
//]]>
</script>
<div id="dnn_wrapper"><div class="skin_header">
<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="{esc(NAME)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-sokhdt.jpg" alt="{esc(NAME)}" /></a></div>
<div class="user"><span id="dnn_dnnCURRENTDATE_lblDate" class="SkinObject">Thứ Tư, 20/03/2024</span>
<a id="dnn_dnnUSER_registerLink" class="SkinObject" rel="nofollow" href="{REGISTER}">Đăng ký</a> |
<a id="dnn_dnnLOGIN_loginLink" class="SkinObject" rel="nofollow" href="{LOGIN}">Đăng nhập</a></div></div>
<div class="skin_menu"><ul class="topLevel"><li><a href="{HOME_TAB}">Trang chủ</a></li>
<li><a href="/tabid/40/Default.aspx">Giới thiệu</a><ul><li><a href="/tabid/40/Default.aspx">Chức năng, nhiệm vụ</a></li><li><a href="/tabid/42/Default.aspx">Cơ cấu tổ chức</a></li></ul></li>
<li><a href="{NEWS}">Tin tức - Sự kiện</a></li><li><a href="/tabid/45/Default.aspx">Liên hệ</a></li></ul></div>
<div class="skin_breadcrumb">Bạn đang ở: <span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="{HOME_TAB}" class="Breadcrumb">Trang chủ</a> » {crumb}</span></div>
<table class="skin_main" width="100%" cellpadding="0" cellspacing="0"><tr>
<td id="dnn_LeftPane" class="LeftPane" valign="top" width="220">{notices}{cats}{links}{counter}</td>
<td id="dnn_ContentPane" class="ContentPane" valign="top">{main}</td>
<td id="dnn_RightPane" class="RightPane" valign="top" width="220">{latest}</td></tr></table>
<div class="skin_footer"><div id="dnn_FooterPane" class="FooterPane"><p>{esc(NAME.upper())}</p>
<p>Địa chỉ: Số 12 đường Trần Hưng Đạo, thành phố Bình Lâm - Điện thoại: 0263 3822 418 - Email: sokhdt@binhlam.gov.vn</p></div>
<span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Copyright 2024 by {esc(NAME)}</span>
<a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/tabid/36/ctl/Terms/Default.aspx">Điều khoản sử dụng</a>
<a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="/tabid/36/ctl/Privacy/Default.aspx">Chính sách bảo mật</a></div>
</div></form></body></html>"""


def _p(html: str) -> str:
    return f'<p style="text-align: justify;">{html}</p>'


def _image(src: str, caption: str) -> str:
    return (
        f'<p style="text-align: center;"><img alt="" src="{src}" width="550" height="366" /></p>'
        f'<p style="text-align: center;"><span style="font-size: 11px;"><em>{esc(caption)}</em></span></p>'
    )


def _article_html(art: Art) -> str:
    blocks = paragraphs_html(art, _p, _image)
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    return (
        f'<span id="dnn_ctr512_ViewDNNArticle_lbTitle" class="Head">{esc(art.title)}</span><br />'
        f'<span id="dnn_ctr512_ViewDNNArticle_lbPublishDate" class="NormalDate">{esc(art.date_line)}</span>'
        f'<div id="dnn_ctr512_ViewDNNArticle_pnSummary" class="summary Normal"><b>{esc(art.lead)}</b></div>'
        f'<div id="dnn_ctr512_ViewDNNArticle_pnContent" class="article-content Normal">{"".join(blocks)}</div>'
    )


def render_article(art: Art) -> str:
    ident = int(art.path.split("/")[4])
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="NormalDate">({dmy(a.published)})</span></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    body = (
        f'<div class="DNNArticle">{_article_html(art)}'
        f'<div class="article-info"><span class="Normal">{esc(art.byline or "")}</span> | '
        f'<span class="Normal">Lượt xem: {ident % 397}</span></div>'
        f'<div class="article-tools"><a class="CommandButton" href="{esc(print_view(ident))}" target="_blank">In bài</a> | '
        f"<a class=\"CommandButton\" href=\"javascript:__doPostBack('dnn$ctr512$ViewDNNArticle$lnkEmail','')\">Gửi email</a> | "
        f'<a class="CommandButton" href="javascript:history.back()">Quay lại</a></div>'
        f'<div class="article-others"><h3>Các tin đã đưa</h3><ul>{others}</ul></div></div>'
    )
    return _layout(art.path, "Tin tức - Sự kiện", _module(512, "Tin tức - Sự kiện", body),
                   f'<a href="{NEWS}" class="Breadcrumb">Tin tức - Sự kiện</a>')  # fmt: skip


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(art.title)}</title><link href="/DesktopModules/DNNArticle/module.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()"><form method="post" action="{esc(print_view(int(art.path.split('/')[4])))}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{_viewstate('print' + art.path)}" /></div>
<div class="print-header">{esc(NAME.upper())}</div><div class="DNNArticle">{_article_html(art)}</div>
<div class="print-footer"><a href="javascript:window.print()">In trang này</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
</form></body></html>"""


def _list_items(arts: list[Art]) -> str:
    return "".join(
        f'<div class="list-item"><a href="{a.path}"><img src="/Portals/0/Thumbs/{a.path.split("/")[4]}.jpg" alt="" width="120" /></a>'
        f'<a class="list-title" href="{a.path}">{esc(a.title)}</a> <span class="NormalDate">({dmy(a.published)})</span>'
        f'<div class="Normal">{esc(a.lead[:150])}...</div></div>'
        for a in arts
    )


def render_listing(page: int, arts: list[Art] | None = None, action: str = NEWS) -> str:
    if arts is None:
        arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
        pager = (
            '<div class="pager">Trang: <a href="/tabid/75/currentpage/1/Default.aspx">1</a> '
            '<a href="/tabid/75/currentpage/2/Default.aspx">2</a> '
            f'<a href="/tabid/75/currentpage/{min(page + 1, 2)}/Default.aspx">»</a></div>'
        )
    else:
        pager = ""
    return _layout(action, "Tin tức - Sự kiện", _module(512, "Tin tức - Sự kiện", _list_items(arts) + pager),
                   f'<a href="{NEWS}" class="Breadcrumb">Tin tức - Sự kiện</a>')  # fmt: skip


def render_home(action: str) -> str:
    top = _module(510, "Tin nổi bật", _list_items(ARTICLES[:3]))
    schedule = _module(511, "Lịch công tác tuần", "<table><tr><td>Thứ Hai 18/03/2024</td><td>8h00: Giám đốc Sở dự họp UBND tỉnh</td></tr>"
                       "<tr><td>Thứ Ba 19/03/2024</td><td>14h00: Phó Giám đốc Sở làm việc với nhà đầu tư</td></tr></table>")  # fmt: skip
    return _layout(action, "Trang chủ", top + schedule, "")


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    body = "".join(f'<p class="Normal">{esc(p)}</p>' for p in paras)
    return _layout(path, title, _module(530, title, f'<div class="Normal">{body}</div>'),
                   f'<a href="{path}" class="Breadcrumb">{esc(title)}</a>')  # fmt: skip


def render_login(path: str, what: str) -> str:
    form = (
        '<div class="dnnForm dnnLoginService"><div class="dnnFormItem"><label>Tên đăng nhập:</label>'
        '<input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" /></div><div class="dnnFormItem">'
        '<label>Mật khẩu:</label><input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" /></div>'
        f"<a class=\"dnnPrimaryAction\" href=\"javascript:__doPostBack('dnn$ctr$Login$Login_DNN$cmdLogin','')\">{esc(what)}</a></div>"
    )
    return _layout(path, what, _module(0, what, form), esc(what))


PAGES_1_2 = ["/tabid/75/currentpage/1/Default.aspx", "/tabid/75/currentpage/2/Default.aspx"]
NON_ARTICLES = [
    "/", "/Default.aspx", HOME_TAB, NEWS, *PAGES_1_2, CATEGORY, *STATIC, LOGIN, REGISTER,
    *(print_view(int(a.path.split("/")[4])) for a in ARTICLES),
]  # fmt: skip


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    for a in ARTICLES:
        pages[print_view(int(a.path.split("/")[4]))] = Page.html(render_print(a))
    for path in ("/", "/Default.aspx", HOME_TAB):
        pages[path] = Page.html(render_home(path))
    pages[NEWS] = Page.html(render_listing(1))
    pages[PAGES_1_2[0]] = Page.html(render_listing(1, action=PAGES_1_2[0]))
    pages[PAGES_1_2[1]] = Page.html(render_listing(2, action=PAGES_1_2[1]))
    pages[CATEGORY] = Page.html(
        render_listing(1, [a for a in ARTICLES if int(a.path.split("/")[4]) in IN_CATEGORY], CATEGORY)
    )
    for path in STATIC:
        pages[path] = Page.html(render_static(path))
    pages[LOGIN] = Page.html(render_login(LOGIN, "Đăng nhập"))
    pages[REGISTER] = Page.html(render_login(REGISTER, "Đăng ký"))
    pages["/Portals/0/Tailieu/danh-muc-du-an-keu-goi-dau-tu-2024.doc"] = doc_page("doc")
    robots = "".join(
        f"Disallow: /{d}/\n"
        for d in ("admin", "App_Browsers", "App_Code", "App_Data", "App_GlobalResources", "bin",
                  "Components", "Config", "contest", "controls", "DesktopModules", "Documentation",
                  "HttpModules", "images", "Install", "Providers")
    )  # fmt: skip
    robots = "User-agent: *\n" + robots + "\nSitemap: {base}/SiteMap.aspx\n"
    tabs = [HOME_TAB, "/tabid/40/Default.aspx", "/tabid/42/Default.aspx", NEWS, "/tabid/45/Default.aspx"]
    not_found = Page.html(
        _layout("/404", "Không tìm thấy trang", _module(0, "Lỗi", "<p>Không tìm thấy trang bạn yêu cầu.</p>"), ""),
        status=404,
    )
    return site_with_files(pages, robots=robots, sitemaps={"/SiteMap.aspx": tabs}, not_found=not_found)
