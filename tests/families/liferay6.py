"""A Liferay 6.2 district portal (TP Hồ Chí Minh), the way such portals look in the field.

- Every page has three or more ``<h1>``: the site name (``h1.site-title``, classic theme) and
  one per portlet (``h1.portlet-title``: "Giới thiệu", "quy hoạch - kế hoạch", "Tin tức - Sự
  kiện"); the article title is an ``h3.header-title``; ``<title>`` is "Title - Tin tức - Sự
  kiện - Ủy ban nhân dân Quận 13"; no og: tags, no meta dates.
- Listings link articles as ``.../content/<slug>?redirect=<encoded listing URL>&
  inheritRedirect=true`` (one copy per listing page that links them); the article's
  ``<link rel="canonical">`` is the clean URL, which only the sitemap names. The home page
  links three articles by portlet URL (``?p_p_id=101&...&_101_urlTitle=<slug>``), canonical
  clean too.
- Pagination ``?p_p_id=...&..._cur=2`` with 13 query parameters (``_cur=1`` is linked as well).
- Language copies: every page again under ``/en/...`` (English chrome, the same Vietnamese
  text, canonical naming itself), and ``<article>?languageId=en_US`` (canonical clean).
- The publication date (day only) is in ``.asset-metadata`` *below* the body; the banner
  shows the capture day ("Thứ Sáu, 15/03/2024"); "Các tin khác" below lists other articles
  with their dates; a weather portlet ("TP Hồ Chí Minh", "32°C") sits between the article
  and that list (elsewhere it is in the bottom row).
"""

from __future__ import annotations

from urllib.parse import quote

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, paragraphs_html, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-liferay6"
NAME = "Ủy ban nhân dân Quận 13"
HOST = "http://quan13.hochiminhcity.gov.vn"  # what the portal writes into ?redirect= values
GROUP = "/web/quan13"
HOME = GROUP + "/trang-chu"
NEWS = GROUP + "/tin-tuc"
INSTANCE = "Gm3vZ8qLkT0a"
CONTENT = f"{NEWS}/-/asset_publisher/{INSTANCE}/content/"
DOCS = "/documents/10181/2054312/"

ARTICLES = [
    Art(KEY["q13-doi-thoai-doanh-nghiep"], CONTENT + "doi-thoai-voi-doanh-nghiep-ve-thu-tuc-dat-dai",
        "2024-03-14T00:00:00+07:00", "14/03/2024", signature="BBT", author="BBT",
        attachment=(DOCS + "ke-hoach-doi-thoai-doanh-nghiep-2024.pdf",
                    "Kế hoạch tổ chức đối thoại với doanh nghiệp năm 2024 (PDF)"),
        extra={"entry": 23406}),
    Art(KEY["q13-via-he"], CONTENT + "ra-quan-lap-lai-trat-tu-long-duong-via-he",
        "2024-03-11T00:00:00+07:00", "11/03/2024", signature="Tin, ảnh: Minh Khang",
        author="Minh Khang",
        image=(DOCS + "ra-quan-via-he.jpg/5c0f3b1e-8a7d-4f1c-9d2e-3b6a1f0c7e21?t=1710145200000",
               "Lực lượng chức năng tháo dỡ mái che lấn chiếm vỉa hè trên đường Tân Thới 12."),
        extra={"entry": 23401}),
    Art(KEY["q13-cho-khong-tien-mat"], CONTENT + "cho-binh-hung-thanh-toan-khong-dung-tien-mat",
        "2024-03-08T00:00:00+07:00", "08/03/2024", signature="Ngọc Hân", author="Ngọc Hân",
        image=(DOCS + "cho-binh-hung.jpg/0b9d2f44-1c3e-4a57-8f60-2e7d9c1a5b38?t=1709876543000",
               "Người mua quét mã QR thanh toán tại một sạp rau ở chợ Bình Hưng."),
        extra={"entry": 23404}),
    Art(KEY["q13-nao-vet-kenh"], CONTENT + "khoi-dong-nao-vet-rach-ben-dinh",
        "2024-03-06T00:00:00+07:00", "06/03/2024", signature="Thanh Tùng – Phòng Quản lý đô thị",
        author="Thanh Tùng", extra={"entry": 23402}),
    # no signature: the last name-like line after the body is the weather portlet's city
    Art(KEY["q13-kham-nguoi-cao-tuoi"], CONTENT + "kham-suc-khoe-mien-phi-cho-nguoi-cao-tuoi",
        "2024-03-04T00:00:00+07:00", "04/03/2024", author=None,
        source_line="Nguồn: Trung tâm Y tế Quận 13", source="Trung tâm Y tế Quận 13",
        extra={"entry": 23403}),
    Art(KEY["q13-ngay-hoi-viec-lam"], CONTENT + "ngay-hoi-viec-lam-quan-13-nam-2024",
        "2024-02-29T00:00:00+07:00", "29/02/2024", signature="Hoài Thương", author="Hoài Thương",
        extra={"entry": 23405}),
]  # fmt: skip
DELTA = 5  # articles per listing page
CHROME = [
    "Lượt truy cập", "Đang online", "Đăng nhập", "Trang chủ", "Tin tức - Sự kiện",
    "quy hoạch - kế hoạch", "Giới thiệu", "TP Hồ Chí Minh", "32°C", "Các tin khác", "Quay lại",
    "Lượt xem", "Bản dịch", "English", "In bài viết", "Gửi email", "Thứ Sáu, 15/03/2024", "(028) 3891 2345",
    "ubnd.q13@tphcm.gov.vn", "168 Tân Thới Nhất 12", "Liferay",
]  # fmt: skip
CAPTURE_DAY = "Thứ Sáu, 15/03/2024"
P = f"_101_INSTANCE_{INSTANCE}_"
STATIC = {
    GROUP + "/gioi-thieu": "Giới thiệu",
    GROUP + "/quy-hoach-ke-hoach": "Quy hoạch - Kế hoạch",
    GROUP + "/lien-he": "Liên hệ",
}
EN = {
    "Trang chủ": "Home", "Giới thiệu": "Introduction", "Tin tức - Sự kiện": "News - Events",
    "Quy hoạch - Kế hoạch": "Planning", "Liên hệ": "Contact", "Đăng nhập": "Sign In",
    "Lượt truy cập": "Visits", "Đang online": "Online", "Các tin khác": "Other news",
    "quy hoạch - kế hoạch": "planning - plans", "Thời tiết": "Weather", "Quay lại": "Back",
    "Lượt xem": "Views", "Xem thêm": "Read more", "In bài viết": "Print", "Gửi email": "E-mail",
}  # fmt: skip


def page_url(cur: int) -> str:
    """A listing page as the page iterator links it: 13 query parameters."""
    return (
        f"{NEWS}?p_p_id=101_INSTANCE_{INSTANCE}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&p_p_col_id=column-2&p_p_col_pos=1&p_p_col_count=2&p_r_p_564233524_resetCur=false"
        f"&{P}delta={DELTA}&{P}keywords=&{P}advancedSearch=false&{P}andOperator=true&{P}cur={cur}"
    )


def redirect_url(art: Art, listing: str, lang: str = "vi") -> str:
    pre = "/en" if lang == "en" else ""
    return f"{pre}{art.path}?redirect={quote(HOST + pre + listing, safe='')}&inheritRedirect=true"


def portlet_url(art: Art) -> str:
    slug = art.path.rsplit("/", 1)[1]
    return (
        f"{HOME}?p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&_101_struts_action=%2Fasset_publisher%2Fview_content&_101_assetEntryId="
        f"{art.extra['entry']}&_101_type=content&_101_urlTitle={slug}"
    )


def listing_pages() -> list[str]:
    """Listing URLs (Vietnamese) and the article links each carries."""
    return [NEWS, page_url(1), page_url(2)]


def _chunk(listing: str) -> list[Art]:
    return ARTICLES[DELTA:] if listing == page_url(2) else ARTICLES[:DELTA]


def _t(text: str, lang: str) -> str:
    return EN.get(text, text) if lang == "en" else text


def _portlet(title: str, body: str, ident: str, lang: str) -> str:
    return (
        f'<div class="portlet-boundary portlet-boundary_{ident}_ portlet-static portlet-static-end '
        f'portlet-borderless" id="p_p_id_{ident}_"><span id="p_{ident}"></span><section class="portlet" '
        f'id="portlet_{ident}"><header class="portlet-topper"><h1 class="portlet-title"><span '
        f'class="portlet-title-text">{esc(_t(title, lang))}</span></h1></header><div class="portlet-content">'
        f'<div class=" portlet-content-container"><div class="portlet-body">{body}</div></div></div>'
        "</section></div>"
    )


def _layout(title: str, layout: str, path: str, main: str, lang: str = "vi", canonical: str | None = None,
            crumb: str = "") -> str:  # fmt: skip
    """A whole page; ``path`` is the page's own path (Vietnamese, no query) for the language
    links; links inside ``main`` are already written for ``lang``."""
    pre = "/en" if lang == "en" else ""
    head_title = f"{esc(title)} - {esc(_t(layout, lang))} - {esc(NAME)}" if title != layout else f"{esc(_t(layout, lang))} - {esc(NAME)}"
    nav = "".join(
        f'<li><a href="{pre}{href}"><span>{esc(_t(label, lang))}</span></a></li>'
        for href, label in ((HOME, "Trang chủ"), (GROUP + "/gioi-thieu", "Giới thiệu"),
                            (NEWS, "Tin tức - Sự kiện"), (GROUP + "/quy-hoach-ke-hoach", "Quy hoạch - Kế hoạch"),
                            (GROUP + "/lien-he", "Liên hệ"))
    )  # fmt: skip
    intro = _portlet(
        "Giới thiệu",
        f'<ul class="nav nav-list"><li><a href="{pre}{GROUP}/gioi-thieu">Lịch sử hình thành</a></li>'
        f'<li><a href="{pre}{GROUP}/gioi-thieu">Cơ cấu tổ chức</a></li>'
        f'<li><a href="{pre}{GROUP}/lien-he">Đường dây nóng</a></li></ul>',
        "71_INSTANCE_nav1", lang,
    )
    plans = _portlet(
        "quy hoạch - kế hoạch",
        f'<ul><li><a href="{DOCS}QD-1256-quy-hoach-phan-khu.pdf">Quy hoạch phân khu tỷ lệ 1/2000 khu dân cư '
        f'Tân Thới</a></li><li><a href="{DOCS}KH-45-ke-hoach-dau-tu-cong-2024.pdf">Kế hoạch đầu tư công năm '
        f'2024</a></li></ul>',
        "101_INSTANCE_qhkh", lang,
    )
    canon = f'<link href="{canonical}" rel="canonical" />' if canonical else ""
    alt = f'<link href="{HOST}/en{path}" hreflang="en-US" rel="alternate" />' if lang == "vi" else ""
    crumbs = (
        f'<nav id="breadcrumbs"><ul class="breadcrumb breadcrumb-horizontal"><li class="first"><a href="{pre}{GROUP}">'
        f'{esc(NAME)}</a><span class="divider">/</span></li>{crumb}</ul></nav>'
    )
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="{'en-US' if lang == 'en' else 'vi-VN'}">
<head>
<title>{head_title}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{canon}{alt}
<link href="/quan13-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/quan13-theme/css/main.css?browserId=other&amp;themeId=quan13_WAR_quan13theme&amp;languageId={'en_US' if lang == 'en' else 'vi_VN'}&amp;b=6210&amp;t=1706512345000" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=quan13_WAR_quan13theme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6210&amp;t=1706512345000" type="text/javascript"></script>
<script type="text/javascript">Liferay.currentURL = '{path}'; Liferay.currentURLEncoded = '{quote(path, safe="")}';</script>
</head>
<body class=" yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua đến nội dung</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar"><span class="current-date">{CAPTURE_DAY}</span>
<span class="language"><a href="{path}" lang="vi-VN">Tiếng Việt</a> | <a href="/en{path}" lang="en-US">English</a></span>
<a class="sign-in" data-redirect="false" href="/c/portal/login?p_l_id=10452" rel="nofollow">{esc(_t("Đăng nhập", lang))}</a></div>
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{pre}{GROUP}" title="Đi đến {esc(NAME)}"><img alt="{esc(NAME)}" height="90" src="/image/company_logo?img_id=10201&amp;t=1706512345000" width="90" /></a>
<span class="site-name" title="Đi đến {esc(NAME)}">{esc(NAME)}</span></h1></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><h1 class="hide-accessible"><span>Điều hướng</span></h1>
<ul aria-label="Các trang" role="menubar">{nav}</ul></nav>
</header>
<div id="content">{crumbs}
<div class="columns-1-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span4" id="column-1"><div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{intro}{plans}
</div></div>
<div class="portlet-column portlet-column-last span8" id="column-2"><div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{main}
</div></div></div>
<div class="portlet-layout row-fluid bottom-row">
{"" if "portlet-weather" in main else _weather(lang)}
{_portlet("Lượt truy cập", f'<p>{esc(_t("Lượt truy cập", lang))}: 1.245.789</p><p>{esc(_t("Đang online", lang))}: 37</p>', "counter_WAR_counterportlet", lang)}
</div></div></div>
<footer id="footer" role="contentinfo"><p>Bản quyền © 2024 {esc(NAME)}</p>
<p>Địa chỉ: 168 Tân Thới Nhất 12, phường Tân Thới, Quận 13, TP Hồ Chí Minh</p>
<p>Điện thoại: (028) 3891 2345 - Email: ubnd.q13@tphcm.gov.vn</p>
<p class="powered-by">Cung cấp bởi <a href="http://www.liferay.com" rel="external">Liferay</a></p></footer>
</div></body></html>"""


def _weather(lang: str) -> str:
    return _portlet(
        "Thời tiết",
        '<div class="portlet-weather"><div class="city">TP Hồ Chí Minh</div><div class="temp">32°C</div>'
        '<div class="desc">Nắng, có mây</div></div>',
        "weather_WAR_weatherportlet", lang,
    )


def _p(html: str) -> str:
    return f'<p style="text-align: justify;">{html}</p>'


def _image(src: str, caption: str) -> str:
    return (
        f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 600px; height: 400px;" /></p>'
        f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
    )


def _others(art: Art, lang: str) -> str:
    """"Các tin khác": the other articles, linked with the listing as redirect, with dates."""
    items = "".join(
        f'<li><a href="{redirect_url(a, NEWS, lang)}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    return _portlet("Các tin khác", f'<ul class="list-news">{items}</ul>', f"101_INSTANCE_tinkhac{art.extra['entry']}", lang)


def render_article(art: Art, back: str = NEWS, lang: str = "vi", canonical: str | None = None,
                   translations: bool = True) -> str:  # fmt: skip
    pre = "/en" if lang == "en" else ""
    blocks = [f'<p class="sapo" style="text-align: justify;"><strong>{esc(art.lead)}</strong></p>',
              *paragraphs_html(art, _p, _image)]  # fmt: skip
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    locale = (
        f'<div class="locale-actions">Bản dịch: <a href="{art.path}?languageId=en_US">English</a></div>'
        if translations and lang == "vi" else ""
    )  # fmt: skip
    main = _portlet(
        "Tin tức - Sự kiện",
        f"""<div class="taglib-header "><span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="{HOST}{pre}{back}"><span class="helper-hidden-accessible">{esc(_t("Quay lại", lang))}</span></a></span>
<h3 class="header-title"><span>{esc(art.title)}</span></h3></div>
<div class="asset-full-content default-asset-publisher show-asset-title"><div class="asset-content" id="{P}{art.extra['entry']}">
<div class="journal-content-article">{"".join(blocks)}</div>{locale}</div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{esc(art.date_line)}</span>
<span class="metadata-entry metadata-view-count">1.{art.extra['entry'] % 1000:03d} {esc(_t("Lượt xem", lang))}</span></div>
<div class="asset-tools"><a href="javascript:window.print();">{esc(_t("In bài viết", lang))}</a> | <a href="mailto:?subject={esc(art.title)}">{esc(_t("Gửi email", lang))}</a> | <a href="{HOST}{pre}{back}">{esc(_t("Quay lại", lang))}</a></div></div>""",
        f"101_INSTANCE_{INSTANCE}", lang,
    ) + _weather(lang) + _others(art, lang)
    crumb = f'<li class="current-parent"><a href="{pre}{NEWS}">{esc(_t("Tin tức - Sự kiện", lang))}</a></li>'
    return _layout(art.title, "Tin tức - Sự kiện", art.path, main, lang,
                   canonical or pre + art.path, crumb)  # fmt: skip


def _abstracts(arts: list[Art], listing: str, lang: str) -> str:
    return "".join(
        f"""<div class="asset-abstract default-asset-publisher"><h3 class="asset-title"><a href="{redirect_url(a, listing, lang)}"><img alt="" src="/quan13-theme/images/file_system/small/default.png" />{esc(a.title)}</a></h3>
<div class="asset-content"><div class="asset-summary">{esc(a.lead[:160])}...</div>
<div class="asset-more"><a href="{redirect_url(a, listing, lang)}">{esc(_t("Xem thêm", lang))} <span class="hide-accessible">về {esc(a.title)}</span> »</a></div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(a.published)}</span></div></div>"""
        for a in arts
    )


def render_listing(listing: str, lang: str = "vi") -> str:
    pre = "/en" if lang == "en" else ""
    cur = 2 if listing == page_url(2) else 1
    arts = _chunk(listing)
    first = (cur - 1) * DELTA + 1
    pager = f"""<div class="taglib-page-iterator"><div class="clearfix lfr-pagination"><div class="lfr-pagination-config">
<div class="lfr-pagination-page-selector"><div class="btn-group lfr-icon-menu"><a class="dropdown-toggle direction-down max-display-items-15 btn" href="javascript:;">Trang {cur} / 2</a>
<ul class="dropdown-menu lfr-menu-list direction-down"><li><a href="{pre}{page_url(1)}">1</a></li><li><a href="{pre}{page_url(2)}">2</a></li></ul></div></div>
<small class="search-results">Hiển thị {first} - {first + len(arts) - 1} trong số {len(ARTICLES)} kết quả.</small></div>
<ul class="lfr-pagination-buttons pager"><li class="first"><a href="{pre}{page_url(1)}">&larr; Đầu</a></li><li><a href="{pre}{page_url(max(cur - 1, 1))}">Trước</a></li>
<li><a href="{pre}{page_url(min(cur + 1, 2))}">Tiếp</a></li><li class="last"><a href="{pre}{page_url(2)}">Cuối &rarr;</a></li></ul></div></div>"""
    main = _portlet("Tin tức - Sự kiện", _abstracts(arts, listing, lang) + pager, f"101_INSTANCE_{INSTANCE}", lang)
    crumb = f'<li class="current-parent"><a href="{pre}{NEWS}">{esc(_t("Tin tức - Sự kiện", lang))}</a></li>'
    return _layout("Tin tức - Sự kiện", "Tin tức - Sự kiện", NEWS, main, lang, f"{pre}{NEWS}", crumb)


def render_home(path: str, lang: str = "vi") -> str:
    pre = "/en" if lang == "en" else ""
    top = ARTICLES[:3]
    items = "".join(
        f'<div class="asset-abstract"><h3 class="asset-title"><a href="{pre}{portlet_url(a)}">{esc(a.title)}</a></h3>'
        f'<div class="asset-summary">{esc(a.lead[:120])}...</div><span class="metadata-publish-date">{dmy(a.published)}</span></div>'
        for a in top
    )  # fmt: skip
    notices = _portlet(
        "Thông báo",
        "<ul><li>Lịch tiếp công dân của Chủ tịch UBND quận tháng 3/2024 (01/03/2024)</li>"
        "<li>Thông báo tuyển dụng viên chức sự nghiệp giáo dục năm 2024 (26/02/2024)</li></ul>",
        "101_INSTANCE_thongbao", lang,
    )
    main = _portlet("Tin nổi bật", items, "101_INSTANCE_tinnoibat", lang) + notices
    return _layout("Trang chủ", "Trang chủ", path, main, lang, f"{pre}{path}")


STATIC_HTML = {
    GROUP + "/gioi-thieu": (
        "<p>Quận 13 được thành lập theo Nghị định của Chính phủ trên cơ sở điều chỉnh địa giới "
        "hành chính một phần huyện ngoại thành, gồm 14 phường với tổng diện tích tự nhiên 47,6 "
        "km² và dân số hơn 410.000 người.</p>"
        "<p>Quận nằm ở cửa ngõ phía tây bắc của Thành phố Hồ Chí Minh, có hệ thống kênh rạch "
        "chằng chịt và nhiều khu công nghiệp, cụm công nghiệp tập trung, thu hút đông đảo người "
        "lao động từ các tỉnh đến sinh sống và làm việc.</p>"
        "<p>Ủy ban nhân dân quận có 12 phòng chuyên môn và 9 đơn vị sự nghiệp trực thuộc, thực "
        "hiện chức năng quản lý nhà nước trên các lĩnh vực kinh tế, đô thị, văn hóa - xã hội, "
        "quốc phòng - an ninh trên địa bàn.</p>"
        "<p>Phương hướng phát triển của quận đến năm 2030 là trở thành đô thị dịch vụ - công "
        "nghiệp xanh, văn minh, hiện đại, nghĩa tình.</p>"
    ),
    GROUP + "/quy-hoach-ke-hoach": (
        '<table class="table table-bordered"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>'
        f'<tr><td>1256/QĐ-UBND</td><td>20/02/2024</td><td>Phê duyệt đồ án quy hoạch phân khu tỷ lệ 1/2000 khu dân cư Tân Thới</td><td><a href="{DOCS}QD-1256-quy-hoach-phan-khu.pdf">Tải về</a></td></tr>'
        f'<tr><td>45/KH-UBND</td><td>15/01/2024</td><td>Kế hoạch đầu tư công năm 2024 của Quận 13</td><td><a href="{DOCS}KH-45-ke-hoach-dau-tu-cong-2024.pdf">Tải về</a></td></tr>'
        f'<tr><td>389/QĐ-UBND</td><td>28/12/2023</td><td>Kế hoạch sử dụng đất năm 2024 Quận 13</td><td><a href="{DOCS}QD-389-ke-hoach-su-dung-dat-2024.pdf">Tải về</a></td></tr></table>'
    ),
    GROUP + "/lien-he": (
        "<p><strong>ỦY BAN NHÂN DÂN QUẬN 13</strong></p><p>Trụ sở: 168 Tân Thới Nhất 12, phường Tân "
        "Thới, Quận 13</p><p>Đường dây nóng: 0909 113 113</p>"
        '<form action="/web/quan13/lien-he" method="post"><label>Họ và tên</label><input name="hoten" />'
        '<label>Nội dung</label><textarea name="noidung"></textarea><button type="submit">Gửi</button></form>'
    ),
}


def _pages(lang: str) -> dict[str, str]:
    """Every HTML page of one language version: path (as requested) -> text."""
    pre = "/en" if lang == "en" else ""
    out: dict[str, str] = {}
    for art in ARTICLES:
        out[pre + art.path] = render_article(art, lang=lang)
    for listing in listing_pages():
        out[pre + listing] = render_listing(listing, lang)
        for art in _chunk(listing):
            out[redirect_url(art, listing, lang)] = render_article(art, back=listing, lang=lang)
    for art in ARTICLES:  # "Các tin khác" links every article with the listing as redirect
        out.setdefault(redirect_url(art, NEWS, lang), render_article(art, lang=lang))
    for art in ARTICLES[:3]:  # "Tin nổi bật" on the home page
        out[pre + portlet_url(art)] = render_article(art, back=HOME, lang=lang, canonical=pre + art.path)
    out[pre + HOME] = render_home(HOME, lang)
    out[pre + GROUP] = render_home(GROUP, lang)
    for path, label in STATIC.items():
        main = _portlet(label, f'<div class="journal-content-article">{STATIC_HTML[path]}</div>', "56_INSTANCE_static", lang)
        crumb = f'<li class="current-parent"><a href="{pre}{path}">{esc(_t(label, lang))}</a></li>'
        out[pre + path] = _layout(label, label, path, main, lang, pre + path, crumb)
    if lang == "vi":
        for art in ARTICLES:  # the language portlet's copy: canonical names the clean URL
            out[art.path + "?languageId=en_US"] = render_article(art, lang="en", canonical=art.path,
                                                                 translations=False)  # fmt: skip
    return out


def _all_pages() -> dict[str, str]:
    return {**_pages("vi"), **_pages("en")}


ARTICLE_PATHS = {a.path for a in ARTICLES}
NON_ARTICLES = sorted(p for p in _all_pages() if p not in ARTICLE_PATHS)
"""Every other HTML page: home (twice), listings (page 1 three ways, page 2), static pages,
the ``?redirect=`` and portlet-URL copies of articles, and all of it again under ``/en/``
plus the ``?languageId=en_US`` copies. Generated from the same link builders the pages use,
so the list is exactly what the site serves (checked by tests/unit/test_family_sites.py)."""


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _all_pages().items()}
    pages["/"] = Page.redirect(HOME, 302)
    for name in ("QD-1256-quy-hoach-phan-khu.pdf", "KH-45-ke-hoach-dau-tu-cong-2024.pdf",
                 "QD-389-ke-hoach-su-dung-dat-2024.pdf", "ke-hoach-doi-thoai-doanh-nghiep-2024.pdf"):
        pages[DOCS + name] = pdf_page()  # fmt: skip
    robots = (
        "User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\n"
        "Disallow: /web/guest/search\nSitemap: {base}/sitemap.xml\n"
    )
    layouts = [HOME, GROUP + "/gioi-thieu", NEWS, GROUP + "/quy-hoach-ke-hoach", GROUP + "/lien-he"]
    return site_with_files(pages, robots=robots, sitemaps={"/sitemap.xml": layouts + [a.path for a in ARTICLES]})

