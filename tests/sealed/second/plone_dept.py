"""A provincial department's site on Plone 5 (classic UI): news items at ``/tin-tuc/<id>``
with Plone's description as the lead, the document byline ("bởi Nguyễn Thảo — Ngày đăng
12/03/2024 08:15 — Cập nhật lần cuối ...", a "admin" byline, no byline, or only "Cập nhật
lần cuối"), signature or "Nguồn:" at the end, a file attachment, the news / events /
calendar portlets with dates, an event page, a document folder with file view pages, the
folder summary view and its ``b_start:int`` batch, Plone's site map, contact form and login
form, and Plone's stock robots.txt naming a gzipped sitemap the site does not serve."""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.sealed.second.common import Art, attr, dmy, esc, file_page, site

SITE_ID = "sy-plone-dept"
NAME = "Sở Khoa học và Công nghệ tỉnh Sơn Giang"
UPDATED = {"date_basis": "updated"}
DOCX = "/van-ban/mau-thuyet-minh-du-an-doi-moi-cong-nghe.docx/@@download/file"

ARTICLES = [
    Art(13, "/tin-tuc/hoi-thao-khoa-hoc-quoc-gia-ve-nong-nghiep-tuan-hoan-vung-tay-nguyen",
        "2024-03-15T09:20:00+07:00", "Ngày đăng 15/03/2024 09:20",
        source_line="Nguồn: Trường Đại học Nông Lâm Tây Sơn", source="Trường Đại học Nông Lâm Tây Sơn"),
    Art(8, "/tin-tuc/nghiem-thu-de-tai-ung-dung-che-pham-vi-sinh-xu-ly-phu-pham-nong-nghiep",
        "2024-03-12T08:15:00+07:00", "Ngày đăng 12/03/2024 08:15", byline="bởi Nguyễn Thảo",
        author="Nguyễn Thảo", updated="2024-03-13T10:02:00+07:00",
        image=("/tin-tuc/nghiem-thu-de-tai-ung-dung-che-pham-vi-sinh-xu-ly-phu-pham-nong-nghiep/hoi-dong.jpg/@@images/image/large",
               "Hội đồng khoa học cấp tỉnh nghiệm thu đề tài.")),
    Art(9, "/tin-tuc/ho-tro-doanh-nghiep-nho-va-vua-doi-moi-cong-nghe", "2024-03-08T16:00:00+07:00",
        "Ngày đăng 08/03/2024 16:00", byline="bởi Phòng Quản lý công nghệ", author="Phòng Quản lý công nghệ",
        attachment=(DOCX, "Mẫu thuyết minh dự án đổi mới công nghệ"), attach_prefix="Tệp đính kèm: "),
    Art(10, "/tin-tuc/kiem-tra-do-luong-xang-dau-tai-cac-cua-hang-ban-le", "2024-03-05T16:20:00+07:00",
        "Cập nhật lần cuối 05/03/2024 16:20", byline="bởi admin",
        author="Chi cục Tiêu chuẩn Đo lường Chất lượng", signature="Chi cục Tiêu chuẩn Đo lường Chất lượng",
        extra=UPDATED),
    Art(11, "/tin-tuc/tinh-co-them-9-sang-che-va-giai-phap-huu-ich-duoc-bao-ho", "2024-02-27T10:45:00+07:00",
        "Ngày đăng 27/02/2024 10:45", byline="bởi Lê Minh", author="Lê Minh"),
]  # fmt: skip
CHROME = [
    "Bạn đang ở:", "Tin mới", "Sự kiện sắp tới", "Xem thêm tin tức", "Gửi trang này", "In trang này",
    "Sơ đồ site", "Plone® CMS", "Điện thoại: 0232.3851.227", "skhcn@songgiang.gov.vn", "Trang chủ",
]  # fmt: skip
EVENT = "/su-kien/hoi-cho-cong-nghe-thiet-bi-2024"
DOCS = [  # id, number, date, summary
    ("qd-112-skhcn-2024.pdf", "112/QĐ-SKHCN", "11/03/2024", "Quyết định phê duyệt danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2025"),
    ("kh-45-skhcn-2024.pdf", "45/KH-SKHCN", "20/02/2024", "Kế hoạch tổ chức Hội chợ công nghệ và thiết bị năm 2024"),
]  # fmt: skip
STATIC = {"/gioi-thieu": "Giới thiệu", "/lien-he": "Liên hệ", "/sitemap": "Sơ đồ site", "/login": "Đăng nhập"}
PER_PAGE = 3
NON_ARTICLES = [
    "/", "/tin-tuc", "/tin-tuc?b_start:int=3", "/su-kien", EVENT, "/van-ban",
    *(f"/van-ban/{d[0]}/view" for d in DOCS), *STATIC,
]  # fmt: skip
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {DOCX: 200, **{f"/van-ban/{d[0]}/@@download/file": 200 for d in DOCS}}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = False
ROBOTS = """Sitemap: {base}sitemap.xml.gz

# Define access-restrictions for robots/spiders
# http://www.robotstxt.org/wc/norobots.html

# By default we allow robots to access all areas of our site
# already accessible to anonymous users

User-agent: *
Disallow:

# Add Googlebot-specific syntax extension to exclude forms
# that are repeated for each piece of content in the site
User-Agent: Googlebot
Disallow: /*?
Disallow: /*folder_factories$
Disallow: /*folder_summary_view$
Disallow: /*login_form$
Disallow: /*sendto_form$
Disallow: /*view$
"""


def _portlets() -> str:
    news = "".join(f'<li class="portletItem"><a href="{attr(a.path)}" class="tile">{esc(a.title)}</a>'
                   f'<span class="portletItemDetails">{dmy(a.published)}</span></li>' for a in ARTICLES[:3])  # fmt: skip
    return (f'<aside class="portlet portletNews"><header class="portletHeader"><a href="/tin-tuc">Tin mới</a></header>'
            f'<ul class="portletContent">{news}</ul><footer class="portletFooter"><a href="/tin-tuc">Xem thêm tin tức</a></footer></aside>'
            '<aside class="portlet portletEvents"><header class="portletHeader"><a href="/su-kien">Sự kiện sắp tới</a></header>'
            f'<ul class="portletContent"><li><a href="{EVENT}">Hội chợ công nghệ và thiết bị tỉnh Sơn Giang năm 2024</a>'
            '<span class="portletItemDetails">20/03/2024 08:00 - 22/03/2024 17:00, Trung tâm Hội nghị tỉnh</span></li></ul></aside>'
            '<aside class="portlet portletCalendar"><header class="portletHeader">Tháng Ba 2024</header><table class="ploneCalendar">'
            '<tr><td>18</td><td>19</td><td class="cal_has_events"><a href="/su-kien">20</a></td><td>21</td><td>22</td></tr></table></aside>')  # fmt: skip


def _layout(title: str, main: str, crumbs: list[tuple[str, str]], classes: str) -> str:
    crumb = " / ".join(f'<a href="{attr(h)}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>" for h, t in crumbs)
    tabs = "".join(f'<li><a href="{attr(h)}">{esc(t)}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/su-kien", "Sự kiện"),
        ("/van-ban", "Văn bản"), ("/lien-he", "Liên hệ")))  # fmt: skip
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} — {esc(NAME)}</title><meta name="generator" content="Plone - http://plone.com" />
<link rel="stylesheet" href="/++plone++production/++unique++2024-01-15T09:12:44.120531/default.css" />
<script src="/++plone++production/++unique++2024-01-15T09:12:44.120531/default.js"></script></head>
<body class="{classes} site-skhcn icons-on thumbs-on frontend viewpermission-view userrole-anonymous pat-markspeciallinks" dir="ltr">
<div class="outer-wrapper"><header id="content-header"><div class="container"><header id="portal-top" class="row">
<div class="col-xs-12 col-sm-12"><div id="portal-anontools"><ul><li><a href="/login" id="personaltools-login">Đăng nhập</a></li></ul></div>
<a id="portal-logo" title="{attr(NAME)}" href="/"><img src="/logo.png" alt="{attr(NAME)}" /></a></div></header></div></header>
<div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav">{tabs}</ul></nav></div></div>
<div id="above-content-wrapper"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container">
<span id="breadcrumbs-you-are-here" class="hiddenStructure">Bạn đang ở:</span> {crumb}</div></nav></div>
<div class="container"><div class="row"><main id="main-container" class="col-xs-12 col-sm-9"><div id="global_statusmessage"></div>
<div id="content-core-wrapper">{main}</div></main>
<aside id="portal-column-two" class="col-xs-12 col-sm-3">{_portlets()}</aside></div></div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer"><div class="portletWrapper">
<p><strong>{esc(NAME.upper())}</strong> - Địa chỉ: 68 Lê Lợi, thành phố Sơn Giang</p>
<p>Điện thoại: 0232.3851.227 - Email: skhcn@songgiang.gov.vn</p></div>
<ul id="portal-siteactions"><li><a href="/sitemap">Sơ đồ site</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="colophon">Vận hành trên Plone® CMS - Hệ quản trị nội dung mã nguồn mở</div></div></footer></div></body></html>"""


def _byline(art: Art) -> str:
    parts = [f'<span class="documentAuthor">{esc(art.byline)}</span>'] if art.byline else []
    if art.date_basis == "published":
        parts.append(f'<span class="documentPublished">— <span>Ngày đăng</span> {art.date_line.split(" ", 2)[2]}</span>')
    if art.updated or art.date_basis == "updated":
        when = art.updated or art.published
        parts.append(f'<span class="documentModified">— <span>Cập nhật lần cuối</span> {dmy(when)} {when[11:16]}</span>')
    return f'<div class="documentByLine" id="plone-document-byline">{" ".join(parts)}</div>'


def render_article(art: Art) -> str:
    text = [f"<p>{esc(art.paragraphs[0])}</p>"]
    if art.image:
        src, cap = art.image
        text.append(f'<figure class="image-inline captioned"><img src="{attr(src)}" alt="" /><figcaption>{esc(cap)}</figcaption></figure>')
    text += [f"<p>{esc(x)}</p>" for x in art.paragraphs[1:]]
    if art.attachment:
        text.append(f'<p>{esc(art.attach_prefix)}<a class="internal-link" href="{attr(art.attachment[0])}">{esc(art.attachment[1])}</a></p>')
    if art.signature:
        text.append(f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>')
    if art.source_line:
        text.append(f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>')
    main = (f'<article id="content"><header><h1 class="documentFirstHeading">{esc(art.title)}</h1>'
            f'<div class="documentDescription description">{esc(art.lead)}</div></header>'
            f'<div id="viewlet-above-content-body">{_byline(art)}</div>'
            f'<div id="content-core"><div id="parent-fieldname-text" class="">{"".join(text)}</div></div>'
            '<div class="documentActions"><ul><li id="document-action-sendto"><a href="#">Gửi trang này</a></li>'
            '<li id="document-action-print"><a href="javascript:this.print();">In trang này</a></li></ul></div></article>')  # fmt: skip
    crumbs = [("/", "Trang chủ"), ("/tin-tuc", "Tin tức"), ("", art.title)]
    return _layout(art.title, main, crumbs, "template-newsitem_view portaltype-news-item section-tin-tuc")


def _summary(page: int) -> str:
    arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(f'<article class="tileItem"><h2 class="tileHeadline"><a href="{attr(a.path)}" class="summary url">{esc(a.title)}</a></h2>'
                    f'<div class="documentByLine"><span class="documentPublished">— <span>Ngày đăng</span> {dmy(a.published)}</span></div>'
                    f'<div class="tileBody"><span class="description">{esc(a.lead)}</span></div>'
                    f'<div class="tileFooter"><a href="{attr(a.path)}">Đọc thêm…</a></div></article>' for a in arts)  # fmt: skip
    nav = ('<nav class="pagination"><ul>' + "".join(
        f'<li class="active"><span>{n}</span></li>' if n == page else f'<li><a href="/tin-tuc{"" if n == 1 else "?b_start:int=3"}">{n}</a></li>'
        for n in (1, 2)) + "</ul></nav>")  # fmt: skip
    main = f'<article id="content"><header><h1 class="documentFirstHeading">Tin tức</h1></header><div id="content-core">{items}{nav}</div></article>'
    return _layout("Tin tức", main, [("/", "Trang chủ"), ("", "Tin tức")], "template-summary_view portaltype-folder section-tin-tuc")


def _events() -> str:
    main = ('<article id="content"><header><h1 class="documentFirstHeading">Sự kiện</h1></header><div id="content-core"><ul class="event-listing">'
            f'<li><a href="{EVENT}">Hội chợ công nghệ và thiết bị tỉnh Sơn Giang năm 2024</a> <span class="dtstart">20/03/2024 08:00</span> - '
            '<span class="dtend">22/03/2024 17:00</span></li></ul></div></article>')  # fmt: skip
    return _layout("Sự kiện", main, [("/", "Trang chủ"), ("", "Sự kiện")], "template-event_listing portaltype-folder section-su-kien")


def _event() -> str:
    main = ('<article id="content" class="vevent"><header><h1 class="documentFirstHeading summary">Hội chợ công nghệ và thiết bị tỉnh Sơn Giang năm 2024</h1>'
            '<div class="documentDescription description">Hội chợ giới thiệu máy móc, thiết bị và công nghệ phục vụ sản xuất nông nghiệp, chế biến nông sản.</div></header>'
            '<div id="content-core"><div class="event-details"><ul><li><strong>Khi nào</strong> 20/03/2024 08:00 đến 22/03/2024 17:00</li>'
            '<li><strong>Ở đâu</strong> Trung tâm Hội nghị tỉnh</li><li><strong>Tên liên hệ</strong> Phòng Quản lý công nghệ</li>'
            '<li><strong>Điện thoại liên hệ</strong> 0232.3851.230</li></ul></div>'
            '<p>Ban tổ chức dự kiến bố trí 120 gian hàng của các doanh nghiệp, viện nghiên cứu và trường đại học trong và ngoài tỉnh.</p></div></article>')  # fmt: skip
    return _layout("Hội chợ công nghệ và thiết bị", main, [("/", "Trang chủ"), ("/su-kien", "Sự kiện"), ("", "Hội chợ")],
                   "template-event_view portaltype-event section-su-kien")  # fmt: skip


def _docs() -> str:
    rows = "".join(f'<tr><td><a href="/van-ban/{i}/view">{esc(n)}</a></td><td>{esc(s)}</td><td>{d}</td></tr>' for i, n, d, s in DOCS)
    main = ('<article id="content"><header><h1 class="documentFirstHeading">Văn bản</h1></header><div id="content-core">'
            f'<table class="listing"><thead><tr><th>Tiêu đề</th><th>Mô tả</th><th>Sửa đổi</th></tr></thead><tbody>{rows}</tbody></table></div></article>')  # fmt: skip
    return _layout("Văn bản", main, [("/", "Trang chủ"), ("", "Văn bản")], "template-tabular_view portaltype-folder section-van-ban")


def _doc(doc: tuple) -> str:
    i, n, d, s = doc
    main = (f'<article id="content"><header><h1 class="documentFirstHeading">{esc(n)}</h1><div class="documentDescription description">{esc(s)}</div></header>'
            f'<div class="documentByLine"><span class="documentModified">— <span>Cập nhật lần cuối</span> {d} 14:00</span></div>'
            f'<div id="content-core"><p><a href="/van-ban/{i}/@@download/file">{esc(i)}</a> — Tài liệu PDF, 212 KB</p></div></article>')  # fmt: skip
    return _layout(n, main, [("/", "Trang chủ"), ("/van-ban", "Văn bản"), ("", n)], "template-file_view portaltype-file section-van-ban")


_STATIC = {
    "Giới thiệu": "<p>Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Sơn Giang, tham mưu quản lý nhà nước "
    "về khoa học và công nghệ, tiêu chuẩn đo lường chất lượng, sở hữu trí tuệ và an toàn bức xạ hạt nhân.</p>",
    "Liên hệ": '<form class="pat-formautofocus" action="/lien-he" method="post"><label>Họ tên</label><input name="form.widgets.sender_fullname" />'
    '<label>Nội dung</label><textarea name="form.widgets.message"></textarea><input type="submit" value="Gửi" /></form>',
    "Sơ đồ site": '<ul id="portal-sitemap"><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/su-kien">Sự kiện</a></li>'
    '<li><a href="/van-ban">Văn bản</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li></ul>',
    "Đăng nhập": '<form id="login_form" action="/login" method="post"><label>Tên đăng nhập</label><input name="__ac_name" />'
    '<label>Mật khẩu</label><input type="password" name="__ac_password" /><input type="submit" value="Đăng nhập" /></form>',
}


def _front() -> str:
    items = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="discreet">{dmy(a.published)}</span></li>' for a in ARTICLES)
    main = (f'<article id="content"><header><h1 class="documentFirstHeading">{esc(NAME)}</h1></header>'
            f'<div id="content-core"><h2>Tin tức</h2><ul>{items}</ul></div></article>')  # fmt: skip
    return _layout("Trang chủ", main, [("", "Trang chủ")], "template-document_view portaltype-document section-front-page")


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/"] = Page.html(_front())
    pages["/tin-tuc"] = Page.html(_summary(1))
    pages["/tin-tuc?b_start:int=3"] = Page.html(_summary(2))
    pages["/su-kien"] = Page.html(_events())
    pages[EVENT] = Page.html(_event())
    pages["/van-ban"] = Page.html(_docs())
    for doc in DOCS:
        pages[f"/van-ban/{doc[0]}/view"] = Page.html(_doc(doc))
        pages[f"/van-ban/{doc[0]}/@@download/file"] = file_page("pdf")
    pages[DOCX] = file_page("docx")
    for path, title in STATIC.items():
        main = f'<article id="content"><header><h1 class="documentFirstHeading">{esc(title)}</h1></header><div id="content-core">{_STATIC[title]}</div></article>'
        pages[path] = Page.html(_layout(title, main, [("/", "Trang chủ"), ("", title)], "template-document_view portaltype-document"))
    return site(pages, ROBOTS)
