"""A Drupal 7 department portal: mostly static pages (introduction, functions and duties,
organisation, leadership with names and phone numbers, contact, an HTML site map), each
reachable at its path alias and at ``/node/<nid>`` (both linked; the canonical link names
the alias), a handful of articles whose only date reads "Cập nhật lúc 14:05 ngày 12/3/2024",
one article paged by the Paging module (``?page=1``), a broken menu link to a themed 404,
Drupal's stock robots.txt and an XML sitemap of every node."""

from __future__ import annotations

from crawler.replica.site import Page, Request, Site
from tests.sealed.common import Art, attr, esc, file_page, site, urlset

SITE_ID = "sx-drupal-static"
NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bắc"
UPDATED = {"date_basis": "updated"}


def _line(iso: str) -> str:
    return f"Cập nhật lúc {iso[11:16]} ngày {int(iso[8:10])}/{int(iso[5:7])}/{iso[:4]}"


def _art(text: int, nid: int, alias: str, iso: str, **kw) -> Art:
    extra = {**UPDATED, "nid": nid, **kw.pop("extra", {})}
    return Art(text, alias, iso, _line(iso), extra=extra, **kw)


ARTICLES = [
    _art(20, 52, "/tin-tuc/dao-tao-nghe-cho-hon-3000-lao-dong-nong-thon-nam-2024",
         "2024-03-12T14:05:00+07:00", author="Phòng Giáo dục nghề nghiệp",
         signature="Phòng Giáo dục nghề nghiệp", split=True,
         part2="/tin-tuc/dao-tao-nghe-cho-hon-3000-lao-dong-nong-thon-nam-2024?page=1"),
    _art(21, 55, "/thong-bao/thong-bao-tuyen-dung-vien-chuc-nam-2024", "2024-03-11T08:30:00+07:00",
         attachment=("/sites/default/files/2024-03/thong-bao-tuyen-dung-vien-chuc-2024.pdf",
                     "Thông báo số 245/TB-SLĐTBXH và phụ lục chỉ tiêu tuyển dụng")),
    _art(22, 49, "/tin-tuc/ho-tro-bo-giong-phat-trien-sinh-ke-cho-ho-ngheo", "2024-03-04T16:40:00+07:00",
         show_lead=False, author="Minh Hạnh", signature="Minh Hạnh - Phòng Bảo trợ xã hội",
         image=("/sites/default/files/styles/large/public/2024-03/bo-giong.jpg",
                "Cán bộ bàn giao bò giống cho các hộ nghèo xã Nậm Pồ.")),
    _art(1, 47, "/tin-tuc/ho-tro-xoa-nha-tam-nha-dot-nat-cho-215-ho-ngheo", "2024-03-02T09:00:00+07:00",
         source_line="Theo Báo Hòa Bắc", source="Báo Hòa Bắc"),
    _art(25, 41, "/tin-tuc/tang-qua-nguoi-co-cong-dip-tet-nguyen-dan-giap-thin", "2024-02-06T10:15:00+07:00",
         author="Văn phòng Sở", signature="Văn phòng Sở"),
]  # fmt: skip
CHROME = [
    "Lượt truy cập", "Đang online", "Liên kết website", "Đăng nhập", "Quay lại", "Lên đầu trang",
    "Chuyên mục:", "Điện thoại: 0218.3852.009", "sldtbxh@hoabac.gov.vn", "Số 27 đường Lý Thường Kiệt",
    "Thủ tục hành chính", "Sơ đồ trang", "Xem tiếp",
]  # fmt: skip
PAGES = {  # nid -> (alias, title, body html)
    2: ("/gioi-thieu/gioi-thieu-chung", "Giới thiệu chung",
        "<p>Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bắc được thành lập theo Quyết định số 112/QĐ-UB ngày "
        "28/02/1992 của Ủy ban nhân dân tỉnh, trên cơ sở hợp nhất Ty Lao động và Ty Thương binh - Xã hội.</p>"
        "<p>Trải qua hơn 30 năm xây dựng và trưởng thành, Sở đã được Nhà nước tặng thưởng Huân chương Lao động "
        "hạng Nhì, hạng Ba và nhiều Bằng khen của Bộ Lao động - Thương binh và Xã hội.</p>"),
    3: ("/gioi-thieu/chuc-nang-nhiem-vu", "Chức năng, nhiệm vụ",
        "<p><strong>1. Vị trí và chức năng</strong></p><p>Sở Lao động - Thương binh và Xã hội là cơ quan chuyên môn "
        "thuộc Ủy ban nhân dân tỉnh; tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về: việc làm; giáo dục "
        "nghề nghiệp; lao động, tiền lương; an toàn, vệ sinh lao động; người có công; bảo trợ xã hội; trẻ em; "
        "phòng, chống tệ nạn xã hội; bình đẳng giới.</p><p><strong>2. Nhiệm vụ và quyền hạn</strong></p>"
        "<p>Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị; quy hoạch, kế hoạch dài hạn, 05 năm và hằng "
        "năm; chương trình, đề án, dự án thuộc lĩnh vực lao động, người có công và xã hội.</p>"),
    4: ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức",
        "<p>Lãnh đạo Sở gồm Giám đốc và 03 Phó Giám đốc.</p><ul><li>Văn phòng Sở</li><li>Thanh tra Sở</li>"
        "<li>Phòng Kế hoạch - Tài chính</li><li>Phòng Lao động - Việc làm - Giáo dục nghề nghiệp</li>"
        "<li>Phòng Người có công</li><li>Phòng Bảo trợ xã hội</li></ul><p>Đơn vị sự nghiệp: Trung tâm Dịch vụ "
        "việc làm, Cơ sở Bảo trợ xã hội tổng hợp, Trung tâm Điều dưỡng người có công.</p>"),
    5: ("/gioi-thieu/lanh-dao-so", "Lãnh đạo Sở",
        '<table class="lanh-dao"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th><th>Email</th></tr></thead><tbody>'
        "<tr><td>Phạm Văn Long</td><td>Giám đốc</td><td>0218.3852.001</td><td>longpv@hoabac.gov.vn</td></tr>"
        "<tr><td>Đinh Thị Thu Hiền</td><td>Phó Giám đốc</td><td>0218.3852.002</td><td>hiendtt@hoabac.gov.vn</td></tr>"
        "<tr><td>Vàng A Dính</td><td>Phó Giám đốc</td><td>0218.3852.003</td><td>dinhva@hoabac.gov.vn</td></tr>"
        "<tr><td>Nguyễn Hữu Tài</td><td>Phó Giám đốc</td><td>0218.3852.004</td><td>taink@hoabac.gov.vn</td></tr></tbody></table>"),
    6: ("/lien-he", "Liên hệ",
        "<p><strong>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÒA BẮC</strong></p><p>Địa chỉ: Số 27 đường Lý Thường Kiệt, "
        "phường Đồng Tiến, thành phố Hòa Bắc</p><p>Điện thoại: 0218.3852.009 - Fax: 0218.3852.010</p>"
        '<p>Đường dây nóng bảo vệ trẻ em: 111</p><iframe src="https://www.google.com/maps/embed?pb=!1m18" width="600" height="350"></iframe>'),
}  # fmt: skip
MISSING = "/thu-tuc-hanh-chinh"  # a menu link the site never filled: its themed 404
LISTS = ["/tin-tuc", "/tin-tuc?page=1", "/thong-bao", "/taxonomy/term/1", "/taxonomy/term/3"]
_SPLIT = ARTICLES[0]
DUPLICATES = {f"/node/{a.extra['nid']}": a.path for a in ARTICLES}
DUPLICATES[f"/node/{_SPLIT.extra['nid']}?page=1"] = _SPLIT.path
NON_ARTICLES = ["/", *(p[0] for p in PAGES.values()), *(f"/node/{n}" for n in PAGES), *LISTS, "/sitemap",
                "/user/login", *DUPLICATES]  # fmt: skip
OTHER_LINKS = {MISSING: 404, ARTICLES[1].attachment[0]: 200}  # type: ignore[index]
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True


def _menu() -> str:
    intro = "".join(f'<li class="leaf"><a href="{PAGES[n][0]}">{esc(PAGES[n][1])}</a></li>' for n in (2, 3, 4, 5))
    return (f'<ul class="menu"><li class="first leaf"><a href="/" class="active">Trang chủ</a></li>'
            f'<li class="expanded"><a href="{PAGES[2][0]}">Giới thiệu</a><ul class="menu">{intro}</ul></li>'
            f'<li class="leaf"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li class="leaf"><a href="/thong-bao">Thông báo</a></li>'
            f'<li class="leaf"><a href="{MISSING}">Thủ tục hành chính</a></li><li class="last leaf"><a href="/lien-he">Liên hệ</a></li></ul>')  # fmt: skip


def _layout(title: str, main: str, head: str = "", body_class: str = "not-front") -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />{head}
<title>{esc(title)} | {esc(NAME)}</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?s8k2n1");@import url("/sites/all/themes/sldtbxh/css/style.css?s8k2n1");</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"sldtbxh","theme_token":"q3N8x0Yb"}}}});</script>
</head><body class="html {body_class} no-sidebars page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page"><div id="header"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo-sldtbxh.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{esc(NAME)}</span></a></strong></div></div>
<div class="region region-header"><div class="block block-user"><a href="/user/login">Đăng nhập</a></div>
<form action="/tin-tuc" method="get" id="search-block-form"><input type="text" name="search_api_views_fulltext" /></form></div></div></div>
<div id="navigation"><div class="section"><h2 class="element-invisible">Main menu</h2>{_menu()}</div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix"><div id="content" class="column"><div class="section">
<a id="main-content"></a>{main}</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div class="block block-block"><h2>Liên kết website</h2><div class="content"><ul><li><a href="https://www.molisa.gov.vn" target="_blank">Bộ Lao động - Thương binh và Xã hội</a></li>
<li><a href="/sitemap">Sơ đồ trang</a></li></ul></div></div>
<div class="block block-statistics"><h2>Thống kê</h2><div class="content"><p>Lượt truy cập: 345.678</p><p>Đang online: 12</p></div></div></div></div></div></div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer">
<p><strong>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH HÒA BẮC</strong></p>
<p>Địa chỉ: Số 27 đường Lý Thường Kiệt, phường Đồng Tiến, thành phố Hòa Bắc</p>
<p>Điện thoại: 0218.3852.009 - Fax: 0218.3852.010 - Email: sldtbxh@hoabac.gov.vn</p>
<p>© 2024 Sở Lao động - Thương binh và Xã hội tỉnh Hòa Bắc</p></div></div></div></div></div></div>
</body></html>"""


def _head(alias: str, nid: int) -> str:
    return f'<link rel="canonical" href="{attr(alias)}" />\n<link rel="shortlink" href="/node/{nid}" />'


def _body_blocks(art: Art) -> list[str]:
    out = [f"<p><strong>{esc(art.lead)}</strong></p>"] if art.lead else []
    out.append(f'<p style="text-align: justify;">{esc(art.paragraphs[0])}</p>')
    if art.image:
        src, caption = art.image
        out.append(f'<p style="text-align: center;"><img alt="" src="{attr(src)}" style="width: 600px; height: 400px;" /></p>'
                   f'<p style="text-align: center;"><em>{esc(caption)}</em></p>')  # fmt: skip
    out += [f'<p style="text-align: justify;">{esc(x)}</p>' for x in art.paragraphs[1:]]
    if art.attachment:
        href, label = art.attachment
        out.append(f'<p>{esc(art.attach_prefix.strip())} <a href="{attr(href)}">{esc(label)}</a></p>')
    for line in (art.signature, art.source_line):
        if line:
            out.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    return out


def _term(art: Art) -> tuple[str, str]:
    return ("/taxonomy/term/3", "Thông báo") if art.path.startswith("/thong-bao") else ("/taxonomy/term/1", "Tin tức")


def render_article(art: Art, base: str, part: int = 0) -> str:
    """``base`` is the path the page was asked for (alias or /node/N): the pager links to it."""
    blocks = _body_blocks(art)
    pager = ""
    if art.split:
        cut = 4  # the editor's <!--pagebreak--> after the third paragraph
        blocks = blocks[:cut] if part == 0 else blocks[cut:]
        first = ('<li class="pager-current first">1</li>' if part == 0 else
                 f'<li class="pager-item first"><a title="Đến trang 1" href="{attr(base)}">1</a></li>')
        second = ('<li class="pager-current last">2</li>' if part == 1 else
                  f'<li class="pager-item last"><a title="Đến trang 2" href="{attr(base)}?page=1">2</a></li>')  # fmt: skip
        pager = f'<div class="item-list"><ul class="pager">{first}{second}</ul></div>'
    term_path, term = _term(art)
    nid = art.extra["nid"]
    field = (f'<div class="field field-name-field-chuyen-muc field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div>'
             f'<div class="field-items"><div class="field-item even"><a href="{term_path}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{term}</a></div></div></div>')  # fmt: skip
    main = f"""<h1 class="title" id="page-title">{esc(art.title)}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-article node-full clearfix" about="{attr(art.path)}" typeof="sioc:Item foaf:Document">
<div class="submitted"><span property="dc:date dc:created" content="{art.published}" datatype="xsd:dateTime">{esc(art.date_line)}</span></div>
<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{"".join(blocks)}</div></div></div>{pager}{field}</div>
<div class="links"><a href="javascript:history.back()">Quay lại</a> | <a href="#page">Lên đầu trang</a></div></div></div></div></div>"""
    return _layout(art.title, main, _head(art.path, nid))


def _static(nid: int) -> str:
    alias, title, body = PAGES[nid]
    main = (f'<h1 class="title" id="page-title">{esc(title)}</h1><div id="node-{nid}" class="node node-page node-full clearfix">'
            f'<div class="content"><div class="field field-name-body"><div class="field-item even" property="content:encoded">{body}</div></div></div></div>')  # fmt: skip
    return _layout(title, main, _head(alias, nid))


def _teaser(a: Art) -> str:
    nid = a.extra["nid"]
    summary = a.lead or a.paragraphs[0]
    return (f'<div class="views-row"><h2><a href="{attr(a.path)}">{esc(a.title)}</a></h2><div class="submitted">{esc(a.date_line)}</div>'
            f'<p>{esc(summary[:200])}...</p><a href="/node/{nid}" class="more-link">Xem tiếp</a></div>')  # fmt: skip


def _view(title: str, arts: list[Art], pager: str = "") -> str:
    rows = "".join(_teaser(a) for a in arts)
    return _layout(title, f'<h1 class="title" id="page-title">{esc(title)}</h1><div class="view-content">{rows}</div>{pager}')


def _views() -> dict[str, str]:
    news = [a for a in ARTICLES if a.path.startswith("/tin-tuc/")]
    notes = [a for a in ARTICLES if a.path.startswith("/thong-bao/")]
    def pager(cur: int) -> str:
        items = ('<li class="pager-current">1</li><li><a href="/tin-tuc?page=1">2</a></li>' if cur == 0
                 else '<li><a href="/tin-tuc">1</a></li><li class="pager-current">2</li>')  # fmt: skip
        return f'<div class="item-list"><ul class="pager">{items}</ul></div>'

    return {
        "/tin-tuc": _view("Tin tức - Sự kiện", news[:3], pager(0)),
        "/tin-tuc?page=1": _view("Tin tức - Sự kiện", news[3:], pager(1)),
        "/thong-bao": _view("Thông báo", notes),
        "/taxonomy/term/1": _view("Tin tức", news),
        "/taxonomy/term/3": _view("Thông báo", notes),
        "/": _layout("Trang chủ", "".join(_teaser(a) for a in ARTICLES[:4]), body_class="front"),
        "/sitemap": _layout("Sơ đồ trang", '<h1 class="title" id="page-title">Sơ đồ trang</h1><div class="site-map">'
                            + _menu() + "</div>"),
        "/user/login": _layout("Đăng nhập", '<h1 class="title" id="page-title">Đăng nhập</h1><form action="/user/login" method="post" id="user-login">'
                               '<input type="text" name="name" /><input type="password" name="pass" /><input type="hidden" name="form_id" value="user_login" /></form>'),
    }  # fmt: skip


def _sitemap(request: Request) -> Page | None:
    if request.target != "/sitemap.xml":
        return None
    paths = ["/", *(p[0] for p in PAGES.values()), "/tin-tuc", "/thong-bao", *(a.path for a in ARTICLES)]
    return urlset(request.base_url, paths)


ROBOTS = """#
# robots.txt
#
# This file is to prevent the crawling and indexing of certain parts
# of your site by web crawlers and spiders run by sites like Yahoo!
# and Google.
#
User-agent: *
Crawl-delay: 10
# CSS, JS, Images
Allow: /misc/*.css$
Allow: /misc/*.js$
# Directories
Disallow: /includes/
Disallow: /misc/
Disallow: /modules/
Disallow: /profiles/
Disallow: /scripts/
Disallow: /themes/
# Files
Disallow: /CHANGELOG.txt
Disallow: /cron.php
Disallow: /install.php
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips/
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register/
Disallow: /user/password/
Disallow: /user/login/
Disallow: /user/logout/
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=user/login/
"""


def build_site() -> Site:
    pages: dict[str, Page] = {}
    for art in ARTICLES:
        node = f"/node/{art.extra['nid']}"
        pages[art.path] = Page.html(render_article(art, art.path))
        pages[node] = Page.html(render_article(art, node))
        if art.split:
            pages[art.part2] = Page.html(render_article(art, art.path, part=1))  # type: ignore[index]
            pages[node + "?page=1"] = Page.html(render_article(art, node, part=1))
    for nid, (alias, _, _) in PAGES.items():
        pages[alias] = pages[f"/node/{nid}"] = Page.html(_static(nid))
    pages |= {p: Page.html(h) for p, h in _views().items()}
    pages[ARTICLES[1].attachment[0]] = file_page("pdf")  # type: ignore[index]
    not_found = Page.html(_layout("Không tìm thấy trang", '<h1 class="title" id="page-title">Không tìm thấy trang</h1>'
                                  "<p>Không tìm thấy trang bạn yêu cầu.</p>"), status=404)  # fmt: skip
    return site(pages, ROBOTS, _sitemap, not_found)
