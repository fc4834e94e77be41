"""A SharePoint 2013 publishing portal of a provincial department: ``/tin-tuc/Pages/<slug>.aspx``
articles whose only date is "Cập nhật ngày: 15/03/2024 2:15 CH" (the vi-VN locale's SA/CH
for AM/PM), the author as a page field after the body, print views at ``?print=1`` with no
canonical link, a document library ("Văn bản") with dated document pages, ``_layouts``
links that robots.txt disallows, and SharePoint's ribbon, form and page-context noise."""

from __future__ import annotations

from crawler.replica.site import Page, Request, Site
from tests.sealed.common import Art, attr, dmy, esc, file_page, site, urlset

SITE_ID = "sx-sharepoint-print"
NAME = "Sở Y tế tỉnh Phú An"
NEWS = "/tin-tuc/Pages/"
UPDATED = {"date_basis": "updated"}

ARTICLES = [
    Art(24, NEWS + "kham-sang-loc-benh-khong-lay-nhiem-cho-nguoi-cao-tuoi.aspx",
        "2024-03-20T09:30:00+07:00", "Cập nhật ngày: 20/03/2024 9:30 SA",
        byline="Tác giả: Hà Linh", author="Hà Linh", extra=UPDATED),
    Art(9, NEWS + "trien-khai-chien-dich-tiem-vac-xin-soi.aspx", "2024-03-15T14:15:00+07:00",
        "Cập nhật ngày: 15/03/2024 2:15 CH", byline="Tác giả: Thanh Mai", author="Thanh Mai",
        attachment=("/van-ban/Documents/56-KH-SYT-tiem-vac-xin-soi-rubella.pdf",
                    "Kế hoạch số 56/KH-SYT triển khai chiến dịch tiêm vắc xin sởi - rubella"),
        attach_prefix="Văn bản kèm theo: ", source_line="Nguồn: Trung tâm Kiểm soát bệnh tật tỉnh",
        source="Trung tâm Kiểm soát bệnh tật tỉnh", extra=UPDATED),
    Art(13, NEWS + "ky-hop-chuyen-de-hdnd-tinh-thong-qua-12-nghi-quyet.aspx",
        "2024-03-13T08:05:00+07:00", "Cập nhật ngày: 13/03/2024 8:05 SA",
        source_line="Nguồn: Cổng TTĐT tỉnh Phú An", source="Cổng TTĐT tỉnh Phú An", extra=UPDATED),
    Art(26, NEWS + "benh-vien-da-khoa-tinh-ghep-than-thanh-cong.aspx", "2024-03-11T16:45:00+07:00",
        "Cập nhật ngày: 11/03/2024 4:45 CH", byline="Tác giả: Quang Vinh",
        author="Quang Vinh",
        image=("/tin-tuc/PublishingImages/2024/ghep-than.jpg",
               "Ê-kíp phẫu thuật thực hiện ca ghép thận tại Bệnh viện Đa khoa tỉnh."), extra=UPDATED),
    Art(10, NEWS + "tang-cuong-kiem-tra-an-toan-thuc-pham-mua-le-hoi.aspx",
        "2024-03-04T10:20:00+07:00", "Cập nhật ngày: 04/03/2024 10:20 SA",
        byline="Tác giả: Chi cục An toàn vệ sinh thực phẩm", author="Chi cục An toàn vệ sinh thực phẩm",
        extra=UPDATED),
    Art(11, NEWS + "bao-dam-kham-chua-benh-bhyt-tai-tram-y-te-xa.aspx", "2024-02-26T15:00:00+07:00",
        "Cập nhật ngày: 26/02/2024 3:00 CH", byline="Tác giả: Phòng Nghiệp vụ Y", author="Phòng Nghiệp vụ Y",
        extra=UPDATED),
]  # fmt: skip
CHROME = [
    "Thống kê truy cập", "Đang truy cập", "Tổng lượt truy cập", "Liên kết website",
    "Các tin đã đưa", "In bài", "Gửi email", "Về đầu trang", "Đăng nhập", "Chia sẻ",
    "Điện thoại: 0274.3822.606", "syt@phuan.gov.vn", "Bản quyền thuộc Sở Y tế tỉnh Phú An",
    "Chứng nhận tín nhiệm", "Trang chủ", "Tác giả:",
]  # fmt: skip
DOCS = [  # item id, number, date, signer, summary, file
    (45, "56/KH-SYT", "12/03/2024", "Phó Giám đốc Lê Văn Toàn",
     "Kế hoạch triển khai chiến dịch tiêm vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi năm 2024",
     "/van-ban/Documents/56-KH-SYT-tiem-vac-xin-soi-rubella.pdf"),
    (44, "312/SYT-NVY", "05/03/2024", "Giám đốc Trần Thị Hương",
     "Về việc tăng cường công tác khám bệnh, chữa bệnh bảo hiểm y tế tại trạm y tế xã",
     "/van-ban/Documents/312-SYT-NVY.pdf"),
    (41, "18/QĐ-SYT", "22/01/2024", "Giám đốc Trần Thị Hương",
     "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024 của Sở Y tế",
     "/van-ban/Documents/18-QD-SYT.pdf"),
]  # fmt: skip
LOGIN = "/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fdefault.aspx"
STATIC = {"/gioi-thieu/Pages/default.aspx": "Giới thiệu chung", "/Pages/lien-he.aspx": "Liên hệ",
          "/Pages/so-do-site.aspx": "Sơ đồ site"}  # fmt: skip
PER_PAGE = 4
DUPLICATES = {a.path + "?print=1": a.path for a in ARTICLES}
NON_ARTICLES = [
    "/Pages/default.aspx", "/tin-tuc/Pages/default.aspx", "/tin-tuc/Pages/default.aspx?PageIndex=2",
    "/van-ban/Pages/default.aspx", *(f"/van-ban/Pages/chi-tiet.aspx?ItemID={d[0]}" for d in DOCS),
    *STATIC, LOGIN, *DUPLICATES,
]  # fmt: skip
OTHER_LINKS = {"/": 302, **{d[5]: 200 for d in DOCS}}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True


def _layout(title: str, main: str, action: str, crumbs: list[tuple[str, str]]) -> str:
    crumb = " &gt; ".join(f'<a href="{attr(h)}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in crumbs)
    links = "".join(f'<li><a href="{attr(p)}">{esc(t)}</a></li>' for p, t in (
        ("/Pages/default.aspx", "Trang chủ"), ("/gioi-thieu/Pages/default.aspx", "Giới thiệu"),
        ("/tin-tuc/Pages/default.aspx", "Tin tức - Sự kiện"), ("/van-ban/Pages/default.aspx", "Văn bản"),
        ("/Pages/lien-he.aspx", "Liên hệ")))  # fmt: skip
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10" />
<meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta http-equiv="Expires" content="0" /><title>
	{esc(title)}
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=mdjxRHK1V7KZ%2BuOTcNNcmQ%3D%3D"></script>
<script type="text/javascript">var _spPageContextInfo = {{webServerRelativeUrl: "/", webAbsoluteUrl: "", siteServerRelativeUrl: "/", currentLanguage: 1066, currentUICultureName: "vi-VN", userId: 0}};</script>
</head><body><div id="imgPrefetch" style="display:none"></div>
<form method="post" action="{attr(action)}" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" /><input type="hidden" name="MSOWebPartPageFormName" id="MSOWebPartPageFormName" value="aspnetForm" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x7A1C4E2B90D3F5A6,20 Mar 2024 02:30:11 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAgIBDxYCHgdWaXNpYmxlaGQCBQ9kFgQCAQ9kFgICAQ8WAh8AaGQCAw9kFgICAQ9kFgICAw8WAh8AaGRk" /></div>
<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribbonrow-inner"></div></div></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="top-header"><span class="ngay-hien-tai">Thứ Tư, 20/03/2024</span>
<a href="{LOGIN.replace("&", "&amp;")}" class="dang-nhap">Đăng nhập</a></div>
<div id="DeltaSiteLogo" class="banner"><a href="/Pages/default.aspx"><img src="/PublishingImages/banner-syt.png" alt="{attr(NAME)}" /></a>
<div class="ten-co-quan">UBND TỈNH PHÚ AN<br /><strong>SỞ Y TẾ</strong></div></div>
<div id="DeltaTopNavigation" class="menu-ngang"><ul>{links}</ul></div>
<div class="breadcrumb" id="ctl00_PlaceHolderMain_Breadcrumb">{crumb}</div>
<div class="noi-dung"><div class="cot-trai" id="contentBox"><div id="DeltaPlaceHolderMain">{main}</div></div>
<div class="cot-phai"><div class="ms-webpart-chrome"><h3 class="ms-webpart-titleText">Liên kết website</h3>
<ul><li><a href="https://moh.gov.vn" target="_blank">Bộ Y tế</a></li><li><a href="https://phuan.gov.vn" target="_blank">Cổng TTĐT tỉnh Phú An</a></li></ul></div>
<div class="ms-webpart-chrome"><h3 class="ms-webpart-titleText">Thống kê truy cập</h3>
<div>Đang truy cập: 31</div><div>Tổng lượt truy cập: 2.104.876</div></div></div></div>
<div class="footer"><p><strong>SỞ Y TẾ TỈNH PHÚ AN</strong></p>
<p>Địa chỉ: Số 5 đường Nguyễn Huệ, phường Phú Cường, thành phố Phú An</p>
<p>Điện thoại: 0274.3822.606 - Fax: 0274.3822.607 - Email: syt@phuan.gov.vn</p>
<p>Giấy phép số 28/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Chứng nhận tín nhiệm mạng.</p>
<p>© Bản quyền thuộc Sở Y tế tỉnh Phú An</p></div></div></div>
<script type="text/javascript">//<![CDATA[
var _spFormDigestRefreshInterval = 1440000; ExecuteOrDelayUntilScriptLoaded(function() {{ }}, "sp.js");
//]]></script></form></body></html>"""


def _blocks(art: Art) -> str:
    out = [f'<div class="ms-rtestate-field"><p style="text-align:justify">{esc(art.paragraphs[0])}</p>']
    if art.image:
        src, caption = art.image
        out.append(f'<p style="text-align:center"><img src="{attr(src)}" alt="" style="BORDER:0px solid;width:600px" /><br />'
                   f'<span class="ms-rteFontSize-1"><em>{esc(caption)}</em></span></p>')  # fmt: skip
    out += [f'<p style="text-align:justify">{esc(x)}</p>' for x in art.paragraphs[1:]]
    if art.attachment:
        href, label = art.attachment
        out.append(f'<p><strong>{esc(art.attach_prefix.strip())}</strong> <a href="{attr(href)}">{esc(label)}</a></p>')
    if art.source_line:
        out.append(f'<p style="text-align:right"><em>{esc(art.source_line)}</em></p>')
    out.append("</div>")
    return "".join(out)


def _article_main(art: Art, printing: bool) -> str:
    author = f'<div class="tac-gia">{esc(art.byline)}</div>' if art.byline else ""
    head = (f'<h1 class="tieu-de">{esc(art.title)}</h1><div class="ngay-cap-nhat">{esc(art.date_line)}</div>'
            f'<div class="trich-yeu"><strong>{esc(art.lead)}</strong></div>{_blocks(art)}{author}')  # fmt: skip
    if printing:
        return head
    others = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a.published < art.published)  # fmt: skip
    tools = (f'<div class="cong-cu"><a href="https://www.facebook.com/sharer/sharer.php?u={attr(art.path)}" target="_blank">Chia sẻ</a> | '
             f'<a href="{attr(art.path)}?print=1" target="_blank">In bài</a> | '
             f'<a href="mailto:?subject={attr(art.title)}">Gửi email</a> | <a href="#s4-workspace">Về đầu trang</a></div>')  # fmt: skip
    older = f'<div class="tin-da-dua"><h3>Các tin đã đưa</h3><ul>{others}</ul></div>' if others else ""
    return f'<div class="chi-tiet-tin">{head}{tools}{older}</div>'


def render_article(art: Art) -> str:
    crumbs = [("/Pages/default.aspx", "Trang chủ"), ("/tin-tuc/Pages/default.aspx", "Tin tức - Sự kiện"), ("", art.title)]
    return _layout(art.title, _article_main(art, False), "./" + art.path.rsplit("/", 1)[1], crumbs)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charset="utf-8" /><title>{esc(art.title)}</title>
<link rel="stylesheet" href="/Style%20Library/print.css" /></head><body onload="window.print();">
<div class="print-header"><img src="/PublishingImages/logo-print.png" alt="" /> SỞ Y TẾ TỈNH PHÚ AN</div>
<div class="print-content">{_article_main(art, True)}</div>
<div class="print-footer">Địa chỉ: Số 5 đường Nguyễn Huệ, phường Phú Cường, thành phố Phú An</div></body></html>"""


def _listing(page: int) -> str:
    arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<div class="item-tin"><a href="{attr(a.path)}"><img src="/tin-tuc/PublishingImages/thumb/{a.text}.jpg" alt="" /></a>'
        f'<a class="tieu-de" href="{attr(a.path)}">{esc(a.title)}</a><span class="ngay">{dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:180])}...</p></div>" for a in arts)  # fmt: skip
    pager = '<div class="phan-trang">' + " ".join(
        f"<span>{n}</span>" if n == page else f'<a href="/tin-tuc/Pages/default.aspx{"" if n == 1 else f"?PageIndex={n}"}">{n}</a>'
        for n in (1, 2)) + "</div>"  # fmt: skip
    crumbs = [("/Pages/default.aspx", "Trang chủ"), ("", "Tin tức - Sự kiện")]
    action = "./default.aspx" + ("" if page == 1 else f"?PageIndex={page}")
    return _layout("Tin tức - Sự kiện", f"<h2>Tin tức - Sự kiện</h2>{items}{pager}", action, crumbs)


def _doc_rows() -> str:
    return "".join(
        f'<tr><td><a href="/van-ban/Pages/chi-tiet.aspx?ItemID={i}">{esc(n)}</a></td><td>{d}</td><td>{esc(s)}</td>'
        f'<td><a href="{attr(f)}">Tải về</a></td></tr>' for i, n, d, _, s, f in DOCS)  # fmt: skip


def _docs_page() -> str:
    table = ('<table class="ms-listviewtable" summary="Văn bản"><tr class="ms-viewheadertr"><th>Số/Ký hiệu</th>'
             f"<th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>{_doc_rows()}</table>")  # fmt: skip
    crumbs = [("/Pages/default.aspx", "Trang chủ"), ("", "Văn bản")]
    return _layout("Văn bản", f"<h2>Văn bản chỉ đạo, điều hành</h2>{table}", "./default.aspx", crumbs)


def _doc_page(doc: tuple) -> str:
    i, n, d, signer, s, f = doc
    main = (f'<h2>Chi tiết văn bản</h2><table class="chi-tiet-van-ban"><tr><td>Số/Ký hiệu:</td><td>{esc(n)}</td></tr>'
            f"<tr><td>Ngày ban hành:</td><td>{d}</td></tr><tr><td>Ngày hiệu lực:</td><td>{d}</td></tr>"
            f"<tr><td>Người ký:</td><td>{esc(signer)}</td></tr><tr><td>Trích yếu:</td><td>{esc(s)}</td></tr>"
            f'<tr><td>Tệp đính kèm:</td><td><a href="{attr(f)}">{esc(f.rsplit("/", 1)[1])}</a></td></tr></table>')  # fmt: skip
    crumbs = [("/Pages/default.aspx", "Trang chủ"), ("/van-ban/Pages/default.aspx", "Văn bản"), ("", n)]
    return _layout(n, main, f"./chi-tiet.aspx?ItemID={i}", crumbs)


def _home() -> str:
    top = ARTICLES[0]
    news = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span></li>'
                   for a in ARTICLES[1:5])  # fmt: skip
    docs = "".join(f'<li><a href="/van-ban/Pages/chi-tiet.aspx?ItemID={i}">{esc(n)}: {esc(s)}</a></li>'
                   for i, n, _, _, s, _ in DOCS[:2])  # fmt: skip
    main = (f'<div class="tin-noi-bat"><a href="{attr(top.path)}"><img src="/tin-tuc/PublishingImages/thumb/{top.text}.jpg" alt="" /></a>'
            f'<h2><a href="{attr(top.path)}">{esc(top.title)}</a></h2><p>{esc(top.lead)}</p></div>'
            f'<div class="ms-webpart-chrome"><h3>Tin hoạt động</h3><ul>{news}</ul><a href="/tin-tuc/Pages/default.aspx">Xem tiếp</a></div>'
            f'<div class="ms-webpart-chrome"><h3>Văn bản mới</h3><ul>{docs}</ul></div>')  # fmt: skip
    return _layout(NAME, main, "./default.aspx", [("", "Trang chủ")])


_STATIC = {
    "Giới thiệu chung": "<p>Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Phú An, có chức năng tham mưu, "
    "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về y tế, gồm: y tế dự phòng; khám bệnh, chữa bệnh; dược; "
    "mỹ phẩm; an toàn thực phẩm; bảo hiểm y tế; dân số.</p><p>Giám đốc Sở: Trần Thị Hương.</p>",
    "Liên hệ": "<p>Văn phòng Sở Y tế tỉnh Phú An</p><p>Đường dây nóng: 1900 9095</p>",
    "Sơ đồ site": '<ul><li><a href="/Pages/default.aspx">Trang chủ</a></li><li><a href="/tin-tuc/Pages/default.aspx">'
    'Tin tức - Sự kiện</a></li><li><a href="/van-ban/Pages/default.aspx">Văn bản</a></li></ul>',
}


def _static(path: str, title: str) -> str:
    crumbs = [("/Pages/default.aspx", "Trang chủ"), ("", title)]
    return _layout(title, f"<h2>{esc(title)}</h2>{_STATIC[title]}", "./" + path.rsplit("/", 1)[1], crumbs)


def _sitemap(request: Request) -> Page | None:
    if request.target != "/sitemap.xml":
        return None
    paths = ["/Pages/default.aspx", "/tin-tuc/Pages/default.aspx", "/van-ban/Pages/default.aspx", *STATIC]
    return urlset(request.base_url, paths + [a.path for a in ARTICLES])


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    for dup, path in DUPLICATES.items():
        pages[dup] = Page.html(render_print(next(a for a in ARTICLES if a.path == path)))
    pages["/"] = Page.redirect("/Pages/default.aspx", 302)
    pages["/Pages/default.aspx"] = Page.html(_home())
    pages["/tin-tuc/Pages/default.aspx"] = Page.html(_listing(1))
    pages["/tin-tuc/Pages/default.aspx?PageIndex=2"] = Page.html(_listing(2))
    pages["/van-ban/Pages/default.aspx"] = Page.html(_docs_page())
    for doc in DOCS:
        pages[f"/van-ban/Pages/chi-tiet.aspx?ItemID={doc[0]}"] = Page.html(_doc_page(doc))
        pages[doc[5]] = file_page("pdf")
    for path, title in STATIC.items():
        pages[path] = Page.html(_static(path, title))
    form = ('<h2>Đăng nhập</h2><div class="ms-signInLink">Chọn thông tin xác thực bạn muốn dùng để đăng nhập vào site '
            'SharePoint này:</div><select name="ctl00$PlaceHolderMain$ClaimsLogonSelector"><option>Xác thực Windows</option>'
            "<option>Xác thực biểu mẫu</option></select>")  # fmt: skip
    pages[LOGIN] = Page.html(_layout("Đăng nhập", form, "./Authenticate.aspx", [("", "Đăng nhập")]))
    robots = "User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nDisallow: /_catalogs/\nSitemap: {base}sitemap.xml\n"
    return site(pages, robots, _sitemap)
