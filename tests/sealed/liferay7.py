"""A Liferay 7 DXP department portal: display pages at ``/web/skhdt/-/<slug>``, listings
that link through ``/-/asset_publisher/<id>/content/<slug>?redirect=..&inheritRedirect=true``
(a canonical link names the clean URL), pagination with nine ``p_p_*`` query parameters,
an English copy of every page under ``/en/`` (hreflang alternates; the content stays
Vietnamese), a language switch that redirects, portlet headings ("Giới thiệu", "Văn bản
mới"), a weather portlet with a place name, a visitor counter, view counts, and dates
written "Ngày 02 tháng 04 năm 2024"."""

from __future__ import annotations

from urllib.parse import quote, unquote

from crawler.replica.site import Page, Request, Site
from tests.sealed.common import Art, attr, dmy, esc, file_page, site, urlset

SITE_ID = "sx-liferay7"
NAME = "Sở Kế hoạch và Đầu tư tỉnh Thanh Lâm"
G = "/web/skhdt"
AP = "kQ8tZ3mXbA1e"
PORTLET = f"com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{AP}"


def _vn(iso: str) -> str:
    return f"Ngày {iso[8:10]} tháng {iso[5:7]} năm {iso[:4]}"


def _art(text: int, slug: str, day: str, **kw) -> Art:  # noqa: ANN003
    iso = f"{day}T00:00:00+07:00"
    return Art(text, f"{G}/-/{slug}", iso, _vn(iso), **kw)


ARTICLES = [
    _art(6, "giai-ngan-von-dau-tu-cong-quy-i-dat-18-5-ke-hoach", "2024-04-02",
         author="Nguyễn Thu Hà", signature="Nguyễn Thu Hà - Phòng Tổng hợp, Quy hoạch"),
    _art(7, "doi-thoai-voi-doanh-nghiep-ve-thu-tuc-dau-tu-va-dat-dai", "2024-03-15",
         author="Minh Khôi", signature="Minh Khôi",
         image=("/documents/20126/0/doi-thoai-doanh-nghiep.jpg/9a0d1c55-7f3e-4b8e-a1b2-5e6f7a8b9c0d",
                "Toàn cảnh hội nghị đối thoại với doanh nghiệp.")),
    _art(13, "ky-hop-chuyen-de-hoi-dong-nhan-dan-tinh-thong-qua-12-nghi-quyet", "2024-03-12",
         author="Lê Hằng", signature="Lê Hằng", source_line="Nguồn: Cổng TTĐT tỉnh Thanh Lâm",
         source="Cổng TTĐT tỉnh Thanh Lâm"),
    _art(16, "gap-mat-ky-niem-114-nam-ngay-quoc-te-phu-nu", "2024-03-08",
         author="Công đoàn Sở", signature="Công đoàn Sở"),
    _art(8, "thu-ngan-sach-nha-nuoc-hai-thang-dau-nam-tang-14", "2024-03-06",
         source_line="Nguồn: Cục Thuế tỉnh Thanh Lâm", source="Cục Thuế tỉnh Thanh Lâm"),
    _art(15, "phat-dong-tet-trong-cay-xuan-giap-thin", "2024-02-16", author="Văn phòng Sở",
         signature="Văn phòng Sở", attach_prefix="Tệp đính kèm: ",
         attachment=("/documents/20126/0/KH-trong-cay-2024.docx/4b1a8f3e-21c7-6d0e-93a2-0f5c1e7d2b64",
                     "Kế hoạch tổ chức Tết trồng cây năm 2024")),
]  # fmt: skip
CHROME = [
    "Lượt truy cập", "Đang truy cập", "Văn bản mới", "Thời tiết", "TP. Thanh Lâm", "Độ ẩm",
    "Đăng nhập", "Giới thiệu", "Tin khác", "Lượt xem", "In bài viết", "Gửi email",
    "Điện thoại: 0219.3867.245", "skhdt@thanhlam.gov.vn", "Bản quyền thuộc", "Chia sẻ",
]  # fmt: skip
LAYOUTS = {  # friendly URL -> (p_l_id, title)
    G: (20143, "Trang chủ"), f"{G}/tin-tuc": (20151, "Tin tức"),
    f"{G}/gioi-thieu": (20155, "Giới thiệu"), f"{G}/van-ban": (20163, "Văn bản"),
    f"{G}/lien-he": (20159, "Liên hệ"),
}  # fmt: skip
DISPLAY_PLID = 20171
DOCS = [("/documents/20126/0/125-QD-SKHDT.pdf/0c2f7d7e-5b1a-4c58-9d43-7a9f0e1b2c3d", "125/QĐ-SKHĐT",
         "28/02/2024", "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024"),
        ("/documents/20126/0/48-KH-SKHDT.pdf/7e1b9c2a-0f4d-4e7b-8a6c-2d3e4f5a6b7c", "48/KH-SKHĐT",
         "19/02/2024", "Kế hoạch thực hiện chuyển đổi số năm 2024")]  # fmt: skip
UI = {
    "": {"home": "Trang chủ", "news": "Tin tức", "intro": "Giới thiệu", "docs": "Văn bản",
         "contact": "Liên hệ", "login": "Đăng nhập", "lang": "English", "others": "Tin khác",
         "views": "Lượt xem", "print": "In bài viết", "mail": "Gửi email", "share": "Chia sẻ",
         "back": "Quay lại", "first": "Đầu", "next": "Tiếp", "newdocs": "Văn bản mới",
         "weather": "Thời tiết", "visits": "Lượt truy cập", "online": "Đang truy cập"},
    "/en": {"home": "Home", "news": "News", "intro": "About", "docs": "Documents",
            "contact": "Contact", "login": "Sign In", "lang": "Tiếng Việt", "others": "Other news",
            "views": "Views", "print": "Print", "mail": "Email", "share": "Share", "back": "Back",
            "first": "First", "next": "Next", "newdocs": "New documents", "weather": "Weather",
            "visits": "Visits", "online": "Online"},
}  # fmt: skip
PER_PAGE = 4


def _page_url(cur: int) -> str:
    return (f"{G}/tin-tuc?p_p_id={PORTLET}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
            f"&p_p_col_id=column-2&p_p_col_count=1&_{PORTLET}_delta={PER_PAGE}"
            f"&p_r_p_resetCur=false&_{PORTLET}_cur={cur}")  # fmt: skip


def _slug(art: Art) -> str:
    return art.path.rsplit("/", 1)[1]


def _ap(lang: str, art: Art, redirect: str) -> str:
    return (f"{lang}{G}/tin-tuc/-/asset_publisher/{AP}/content/{_slug(art)}"
            f"?redirect={quote(lang + redirect, safe='')}&inheritRedirect=true")  # fmt: skip


def _switch(lang: str, path: str, plid: int) -> str:
    to = "vi_VN" if lang else "en_US"
    return (f"/c/portal/update_language?p_l_id={plid}&redirect={quote(lang + path, safe='')}"
            f"&languageId={to}")  # fmt: skip


def _layout(lang: str, title: str, main: str, path: str, plid: int, head: str = "") -> str:
    t = UI[lang]
    nav = "".join(f'<li class="lfr-nav-item"><a href="{attr(lang + p)}"><span>{esc(t[k])}</span></a></li>'
                  for p, k in ((G, "home"), (f"{G}/gioi-thieu", "intro"), (f"{G}/tin-tuc", "news"),
                               (f"{G}/van-ban", "docs"), (f"{G}/lien-he", "contact")))  # fmt: skip
    docs = "".join(f'<li><a href="{attr(h)}">Số: {esc(n)}</a> <span class="date">Ngày ban hành: {d}</span>'
                   f"<p>{esc(s)}</p></li>" for h, n, d, s in DOCS)  # fmt: skip
    alternates = (f'<link href="{attr(path)}" hreflang="x-default" rel="alternate" />'
                  f'<link href="{attr(path)}" hreflang="vi-VN" rel="alternate" />'
                  f'<link href="{attr("/en" + path)}" hreflang="en-US" rel="alternate" />')  # fmt: skip
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="{'en-US' if lang else 'vi-VN'}"><head>
<title>{esc(title)} - {esc(NAME)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />{head}{alternates}
<link href="/o/thanhlam-theme/images/favicon.ico" rel="icon" />
<script data-senna-track="permanent" src="/combo?browserId=chrome&amp;minifierType=js&amp;languageId={'en_US' if lang else 'vi_VN'}&amp;t=1709800000000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay = {{getLayoutId: function() {{return "{plid - 20140}";}}, getPlid: function() {{return "{plid}";}}, getScopeGroupId: function() {{return "20126";}}}};</script>
</head><body class="controls-visible yui3-skin-sam signed-out public-page site">
<div class="d-flex flex-column min-vh-100"><div class="d-flex flex-column flex-fill" id="wrapper">
<header id="banner" role="banner"><div class="top-bar"><span class="today">Thứ Ba, 02/04/2024</span>
<a href="{attr(_switch(lang, path, plid))}" class="language-entry-long-text">{esc(t['lang'])}</a>
<a href="/c/portal/login?p_l_id={plid}" data-redirect="false" id="sign-in" rel="nofollow">{esc(t['login'])}</a></div>
<div id="heading"><div aria-level="1" class="site-title" role="heading"><a class="logo" href="{attr(lang + G)}" title="{attr(NAME)}">
<img alt="" height="90" src="/image/layout_set_logo?img_id=20310&amp;t=1709800000000" /><span class="site-name">{esc(NAME)}</span></a></div></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{nav}</ul></nav></header>
<section id="content"><div class="columns-2-1" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">{main}</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<section class="portlet" id="portlet_vanbanmoi"><div class="portlet-content"><h2 class="portlet-title-text">{esc(t['newdocs'])}</h2><ul class="list-unstyled">{docs}</ul></div></section>
<section class="portlet" id="portlet_thoitiet"><div class="portlet-content"><h2 class="portlet-title-text">{esc(t['weather'])}</h2>
<div class="weather-widget"><div class="location">TP. Thanh Lâm</div><div class="temp">22°C - 28°C</div><div class="desc">Nhiều mây, có mưa rào nhẹ</div><div class="humidity">Độ ẩm: 78%</div></div></div></section>
<section class="portlet" id="portlet_thongke"><div class="portlet-content"><h2 class="portlet-title-text">{esc(t['visits'])}</h2>
<p>{esc(t['visits'])}: 3.456.789</p><p>{esc(t['online'])}: 52</p></div></section>
</div></div></div></section>
<footer id="footer" role="contentinfo"><div class="footer-info"><p class="title">SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH THANH LÂM</p>
<p>Địa chỉ: Số 6 đường Lê Lợi, phường Minh Khai, thành phố Thanh Lâm</p>
<p>Điện thoại: 0219.3867.245 - Fax: 0219.3867.246 - Email: skhdt@thanhlam.gov.vn</p>
<p>© 2024 Bản quyền thuộc Sở Kế hoạch và Đầu tư tỉnh Thanh Lâm</p></div></footer></div></div>
<script type="text/javascript">Liferay.Portlet.register("{PORTLET}"); Liferay.on("allPortletsReady", function() {{}});</script>
</body></html>"""


def _blocks(art: Art) -> str:
    out = [f"<p>{esc(art.paragraphs[0])}</p>"]
    if art.image:
        src, caption = art.image
        out.append(f'<p style="text-align:center"><img alt="" src="{attr(src)}" style="width:640px" /></p>'
                   f'<p style="text-align:center"><em>{esc(caption)}</em></p>')  # fmt: skip
    out += [f"<p>{esc(x)}</p>" for x in art.paragraphs[1:]]
    if art.attachment:
        href, label = art.attachment
        out.append(f"<p>{esc(art.attach_prefix.strip())} <a href=\"{attr(href)}\">{esc(label)}</a></p>")
    for line in (art.signature, art.source_line):
        if line:
            out.append(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')
    return "".join(out)


def _content(lang: str, art: Art, back: str = "") -> str:
    t = UI[lang]
    others = "".join(f'<li><a href="{attr(lang + a.path)}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)  # fmt: skip
    views = 200 + 37 * art.text
    back_link = (f'<div class="taglib-header"><a class="header-back-to" href="{attr(back)}" title="{t["back"]}">'
                 f'<span class="lexicon-icon"></span> {esc(t["back"])}</a></div>') if back else ""  # fmt: skip
    return f"""{back_link}<div class="journal-content-article news-detail" data-analytics-asset-id="{art.text + 40210}">
<h1 class="news-title">{esc(art.title)}</h1>
<div class="news-meta"><span class="date-publish">{esc(art.date_line)}</span> | <span class="view-count">{esc(t['views'])}: {views}</span></div>
<div class="news-summary"><p><strong>{esc(art.lead)}</strong></p></div>
<div class="news-content">{_blocks(art)}</div>
<div class="news-tools"><a href="javascript:window.print();">{esc(t['print'])}</a> | <a href="mailto:?subject={quote(art.title)}">{esc(t['mail'])}</a>
| {esc(t['share'])}: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(art.path)}" target="_blank">Facebook</a></div>
<div class="news-other"><h3>{esc(t['others'])}</h3><ul>{others}</ul></div></div>"""


def _portlet(title: str, inner: str) -> str:
    return (f'<section class="portlet" id="portlet_{PORTLET}"><div class="portlet-content">'
            f'<h2 class="portlet-title-text">{esc(title)}</h2><div class="portlet-body">{inner}</div></div></section>')  # fmt: skip


def _canonical(art: Art) -> str:
    return f'<link data-senna-track="temporary" href="{attr(art.path)}" rel="canonical" />'


def _listing(lang: str, cur: int | None, collect: dict[str, Art]) -> str:
    t = UI[lang]
    page = cur or 1
    here = f"{G}/tin-tuc" if cur is None else _page_url(cur)
    items = []
    for a in ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]:
        link = _ap(lang, a, here)
        collect[link] = a
        items.append(f'<div class="news-item"><a href="{attr(link)}"><img alt="" src="/o/adaptive-media/image/{a.text}/thumb.jpg" /></a>'
                     f'<h3><a href="{attr(link)}">{esc(a.title)}</a></h3><span class="date">{a.published[8:10]}-{a.published[5:7]}-{a.published[:4]}</span>'
                     f"<p>{esc(a.lead[:150])}...</p></div>")  # fmt: skip
    pages = -(-len(ARTICLES) // PER_PAGE)
    pager = " ".join(
        f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="{attr(lang + _page_url(n))}">{n}</a></li>'
        for n in range(1, pages + 1))  # fmt: skip
    nav = (f'<ul class="pagination"><li class="page-item"><a class="page-link" href="{attr(lang + _page_url(1))}">'
           f'{esc(t["first"])}</a></li>{pager}</ul>')  # fmt: skip
    return _portlet(t["news"], "".join(items) + nav)


def _home(lang: str) -> str:
    t = UI[lang]
    latest = "".join(f'<li><a href="{attr(lang + a.path)}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>'
                     for a in ARTICLES[:5])  # fmt: skip
    intro = ("<p>Sở Kế hoạch và Đầu tư là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về quy "
             f'hoạch, kế hoạch, đầu tư công và phát triển doanh nghiệp.</p><a href="{attr(lang + G)}/gioi-thieu">Xem thêm</a>')  # fmt: skip
    return _portlet(t["intro"], intro) + _portlet(t["news"], f'<ul class="latest">{latest}</ul>')


def _static(lang: str, key: str) -> str:
    t = UI[lang]
    bodies = {
        "intro": "<p>Sở Kế hoạch và Đầu tư tỉnh Thanh Lâm được thành lập năm 1991, có 7 phòng chuyên môn và "
        "1 đơn vị sự nghiệp trực thuộc.</p><p>Giám đốc Sở: ông Trịnh Văn Hải. Điện thoại: 0219.3867.200.</p>",
        "docs": "".join(f'<tr><td>{esc(n)}</td><td>{d}</td><td><a href="{attr(h)}">{esc(s)}</a></td></tr>'
                        for h, n, d, s in DOCS),  # fmt: skip
        "contact": "<p>Mọi ý kiến đóng góp xin gửi về Văn phòng Sở Kế hoạch và Đầu tư tỉnh Thanh Lâm.</p>",
    }
    inner = bodies[key] if key != "docs" else f'<table class="table"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{bodies[key]}</table>'
    return _portlet(t[key], inner)


def _pages(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    collect: dict[str, Art] = {}
    for path, key in ((G, None), (f"{G}/tin-tuc", "news"), (f"{G}/gioi-thieu", "intro"),
                      (f"{G}/van-ban", "docs"), (f"{G}/lien-he", "contact")):  # fmt: skip
        plid, title = LAYOUTS[path]
        main = _home(lang) if key is None else _listing(lang, None, collect) if key == "news" else _static(lang, key)
        out[lang + path] = _layout(lang, title, main, path, plid)
    for cur in (1, 2):
        out[lang + _page_url(cur)] = _layout(lang, "Tin tức", _listing(lang, cur, collect), _page_url(cur), 20151)
    for art in ARTICLES:
        out[lang + art.path] = _layout(lang, art.title, _content(lang, art), art.path, DISPLAY_PLID, _canonical(art))
    for link, art in collect.items():
        back = unquote(link.split("redirect=")[1].split("&")[0])
        out[link] = _layout(lang, art.title, _portlet(UI[lang]["news"], _content(lang, art, back)),
                            f"{G}/tin-tuc", 20151, _canonical(art))  # fmt: skip
    return out


PLIDS = sorted({*(v[0] for v in LAYOUTS.values()), DISPLAY_PLID})
_LOGIN_FORM = (
    '<section class="portlet" id="portlet_com_liferay_login_web_portlet_LoginPortlet"><h2 class="portlet-title-text">Đăng nhập</h2>'
    '<form method="post" name="_com_liferay_login_web_portlet_LoginPortlet_fm"><label>Địa chỉ email</label>'
    '<input name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" /><label>Mật khẩu</label>'
    '<input name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /></form></section>'
)  # fmt: skip


def _all_pages() -> dict[str, str]:
    out = _pages("") | _pages("/en")
    for plid in PLIDS:
        out[f"/c/portal/login?p_l_id={plid}"] = _layout("", "Đăng nhập", _LOGIN_FORM, G, plid)
    return out


def _switches(pages: dict[str, str]) -> dict[str, str]:
    """The language links the pages carry -> where they redirect."""
    out = {}
    for html in pages.values():
        for chunk in html.split('href="/c/portal/update_language?')[1:]:
            link = "/c/portal/update_language?" + chunk.split('"', 1)[0].replace("&amp;", "&")
            target = unquote(link.split("redirect=")[1].split("&")[0])
            out[link] = "/en" + target if "en_US" in link else target.removeprefix("/en")
    return out


_HTML = _all_pages()
_ART_PATHS = {a.path for a in ARTICLES}
#: same article, other URL: English copies and asset-publisher views (canonical: the clean URL)
DUPLICATES = {p: p.removeprefix("/en") for p in _HTML if p.startswith("/en") and p[3:] in _ART_PATHS}
DUPLICATES |= {p: f"{G}/-/" + p.split("/content/")[1].split("?")[0] for p in _HTML if "/asset_publisher/" in p}
NON_ARTICLES = [p for p in _HTML if p not in _ART_PATHS]
#: linked paths that are not HTML pages: status they answer with
OTHER_LINKS = {"/": 302, **dict.fromkeys(_switches(_HTML), 302),
               **{a.attachment[0]: 200 for a in ARTICLES if a.attachment}, **{d[0]: 200 for d in DOCS}}  # fmt: skip
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True


def _sitemap(request: Request) -> Page | None:
    if request.target != "/sitemap.xml":
        return None
    return urlset(request.base_url, [*LAYOUTS, *(a.path for a in ARTICLES)])


def build_site() -> Site:
    pages: dict[str, Page] = {p: Page.html(h) for p, h in _HTML.items()}
    for link, target in _switches(_HTML).items():
        pages[link] = Page.redirect(target, 302)
    pages["/"] = Page.redirect(G, 302)
    for a in ARTICLES:
        if a.attachment:
            pages[a.attachment[0]] = file_page("docx")
    for d in DOCS:
        pages[d[0]] = file_page("pdf")
    return site(pages, "User-Agent: *\nDisallow:\nSitemap: {base}sitemap.xml\n", _sitemap)
