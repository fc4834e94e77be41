"""A Drupal 7 department site (Bartik sub-theme), the way such sites look in the field.

- Articles at path aliases ``/tin-tuc/<slug>``; the same node at ``/node/<nid>`` (linked from
  a hand-written "Tin nổi bật" block), canonical naming the alias; print module copies
  ``/print/<nid>`` (canonical alias) and "send to a friend" forms ``/printmail/<nid>``.
- Views listings ``/tin-tuc`` and ``/tin-tuc?page=1`` (zero-based pager), the front page ``/``
  and ``/?page=1``, taxonomy term pages ``/chuyen-muc/<term>`` (also ``/taxonomy/term/5``
  from the site map) and tag pages ``/tu-khoa/<tag>``.
- Static nodes of type page with long text and no date: "Giới thiệu", "Chức năng nhiệm vụ",
  "Liên hệ" (a webform) and "Sơ đồ cổng" (site map); a search form and a results page; the
  login page.
- Dates: "Gửi bởi quantri vào Thứ 2, 11/03/2024 - 14:35" (a CMS account), with RDFa
  ``content="2024-03-11T14:35:00+07:00"``; the author is a field below the body ("Tác giả:").
- robots.txt is Drupal's (``/search/`` disallowed); the xmlsitemap lists articles, static
  pages and term pages alike; ``/rss.xml`` is the front page feed.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-drupal"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Giang"
FILES = "/sites/default/files/"
TERMS = {5: ("van-hoa", "Văn hóa"), 6: ("the-thao", "Thể thao"), 7: ("du-lich", "Du lịch")}
TAGS = {"le-hoi": "lễ hội", "bao-ton-di-san": "bảo tồn di sản", "phong-trao": "phong trào"}


def _submitted(iso: str) -> str:
    day = datetime.fromisoformat(iso)
    weekday = "Chủ nhật" if day.weekday() == 6 else f"Thứ {day.weekday() + 2}"
    return f"{weekday}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, slug: str, nid: int, iso: str, term: int, tags: list[str], **kw: object) -> Art:
    extra = {"nid": nid, "term": term, "tags": tags}
    return Art(KEY[key], "/tin-tuc/" + slug, iso, _submitted(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tg-don-ca-tai-tu", "lien-hoan-don-ca-tai-tu-tinh-tay-giang-mo-rong-nam-2024", 817,
         "2024-03-12T08:15:00+07:00", 5, ["le-hoi", "bao-ton-di-san"], byline="Lan Chi", author="Lan Chi"),
    _art("tg-le-hoi-nghinh-ong", "le-hoi-nghinh-ong-nam-2024-thu-hut-hang-chuc-nghin-luot-du-khach", 816,
         "2024-03-10T20:30:00+07:00", 7, ["le-hoi"], byline="Trọng Nghĩa", author="Trọng Nghĩa",
         image=(FILES + "2024-03/nghinh-ong-vam-dinh.jpg",
                "Đoàn ghe rước sắc thần trong Lễ hội Nghinh Ông Vàm Đình năm 2024.")),
    _art("tg-bao-tang-trung-bay", "bao-tang-tinh-trung-bay-chuyen-de-gom-co-vung-song-nuoc", 815,
         "2024-03-05T15:00:00+07:00", 5, ["bao-ton-di-san"], byline="Thảo Vy", author="Thảo Vy",
         image=(FILES + "2024-03/gom-co.jpg", "Khách tham quan xem hiện vật gốm Cây Mai tại phòng trưng bày.")),
    _art("tg-viet-da", "hon-1500-van-dong-vien-tham-gia-giai-viet-da-truyen-thong", 814,
         "2024-03-03T11:20:00+07:00", 6, ["phong-trao"], byline="Hoàng Phúc", author="Hoàng Phúc"),
    _art("tg-tap-huan-thu-vien", "tap-huan-nghiep-vu-thu-vien-cho-can-bo-van-hoa-co-so", 812,
         "2024-02-27T09:10:00+07:00", 5, [], byline="Ngọc Bích", author="Ngọc Bích"),
    _art("tg-khach-du-lich-tet", "dip-tet-nguyen-dan-tinh-don-hon-210000-luot-khach-du-lich", 813,
         "2024-02-19T16:45:00+07:00", 7, [], author=None,
         source_line="Nguồn: Phòng Quản lý du lịch", source="Phòng Quản lý du lịch",
         attachment=(FILES + "van-ban/bao-cao-du-lich-tet-giap-thin-2024.pdf",
                     "Báo cáo kết quả hoạt động du lịch dịp Tết Giáp Thìn 2024 (PDF)")),
]  # fmt: skip
PER_PAGE = 4
FEATURED = [816, 814, 812]  # the hand-written "Tin nổi bật" block links /node/<nid>
CHROME = [
    "Gửi bởi", "quantri", "Tin nổi bật", "Liên kết website", "Thống kê truy cập",
    "Đang trực tuyến", "Tổng lượt truy cập", "Gửi bình luận", "Bản in", "Gửi cho bạn bè",
    "Chuyên mục:", "Từ khóa:", "Tác giả:", "Bản quyền", "Ghi rõ nguồn", "0273 3872 114",
    "svhttdl@taygiang.gov.vn", "Số 66 đường Ấp Bắc", "Đăng nhập", "Tìm kiếm", "Trang chủ",
]  # fmt: skip
STATIC = {
    "/gioi-thieu": ("Giới thiệu", [
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Giang được thành lập trên cơ sở hợp nhất Sở "
        "Văn hóa - Thông tin, Sở Thể dục Thể thao và các đơn vị quản lý du lịch của tỉnh.",
        "Sở là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh "
        "quản lý nhà nước về văn hóa, gia đình, thể dục, thể thao, du lịch và quảng cáo trên địa "
        "bàn tỉnh.",
        "Các đơn vị trực thuộc Sở gồm Bảo tàng tỉnh, Thư viện tỉnh, Trung tâm Văn hóa - Nghệ "
        "thuật, Trung tâm Huấn luyện và Thi đấu thể dục thể thao, Trung tâm Thông tin xúc tiến "
        "du lịch và Ban Quản lý các di tích.",
        "Trụ sở Sở đặt tại số 66 đường Ấp Bắc, thành phố Tây Giang, tỉnh Tây Giang.",
    ]),
    "/chuc-nang-nhiem-vu": ("Chức năng nhiệm vụ", [
        "Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn, năm năm và "
        "hằng năm; chương trình, đề án, dự án về văn hóa, gia đình, thể dục, thể thao và du lịch.",
        "Hướng dẫn, kiểm tra và tổ chức thực hiện các văn bản quy phạm pháp luật, quy hoạch, kế "
        "hoạch, chương trình, đề án, dự án đã được phê duyệt; thông tin, tuyên truyền, phổ biến, "
        "giáo dục pháp luật về các lĩnh vực thuộc phạm vi quản lý nhà nước được giao.",
        "Tổ chức quản lý, bảo vệ và phát huy giá trị di sản văn hóa; thực hiện quy hoạch, kế "
        "hoạch khảo cổ, bảo quản, tu bổ và phục hồi di tích trên địa bàn tỉnh.",
        "Phát triển phong trào thể dục, thể thao quần chúng; đào tạo, bồi dưỡng vận động viên, "
        "huấn luyện viên; quản lý các giải thi đấu thể thao tổ chức tại địa phương.",
        "Quản lý các khu, điểm du lịch; xúc tiến du lịch; thẩm định và công nhận cơ sở lưu trú du "
        "lịch theo quy định của pháp luật.",
    ]),
    "/lien-he": ("Liên hệ", [
        "Mọi ý kiến đóng góp, phản ánh xin gửi về Văn phòng Sở Văn hóa, Thể thao và Du lịch tỉnh "
        "Tây Giang bằng biểu mẫu dưới đây hoặc qua thư điện tử.",
    ]),
}  # fmt: skip


def _nid(art: Art) -> int:
    return int(art.extra["nid"])  # type: ignore[arg-type]


def _by_nid(nid: int) -> Art:
    return next(a for a in ARTICLES if _nid(a) == nid)


def _layout(title: str, content: str, crumb: str = "", head: str = "", front: bool = False) -> str:
    featured = "".join(f'<li><a href="/node/{nid}">{esc(_by_nid(nid).title)}</a></li>' for nid in FEATURED)
    title_h1 = "" if front else f'<h1 class="title" id="page-title">{esc(title)}</h1>'
    head_title = esc(NAME) if front else f"{esc(title)} | {esc(NAME)}"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/taygiang/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />{head}
<link rel="alternate" type="application/rss+xml" title="{esc(NAME)} RSS" href="/rss.xml" />
<title>{head_title}</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?s9x2k1");</style>
</head>
<body class="html not-logged-in two-sidebars page-node">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix">
<a href="/" title="Trang chủ" rel="home" id="logo"><img src="/sites/default/files/logo-svhttdl.png" alt="Trang chủ" /></a>
<div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="Trang chủ" rel="home"><span>{esc(NAME)}</span></a></strong></div></div>
<div class="region region-header"><div id="block-search-form" class="block block-search"><form action="/search/node" method="post" id="search-block-form">
<div class="container-inline"><h2 class="element-invisible">Form tìm kiếm</h2><input title="Nhập từ khóa bạn muốn tìm." type="text" name="search_block_form" /><input type="submit" value="Tìm kiếm" /></div></form></div>
<div class="block block-user"><a href="/user/login">Đăng nhập</a> | <a href="/search/node">Tìm kiếm nâng cao</a></div></div>
</div></div>
<div id="main-menu" class="navigation"><h2 class="element-invisible">Menu chính</h2><ul id="main-menu-links" class="links clearfix">
<li class="menu-218 first"><a href="/">Trang chủ</a></li><li class="menu-501"><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="menu-502"><a href="/chuc-nang-nhiem-vu">Chức năng nhiệm vụ</a></li><li class="menu-503"><a href="/tin-tuc">Tin tức</a></li>
<li class="menu-504"><a href="/chuyen-muc/van-hoa">Văn hóa</a></li><li class="menu-505"><a href="/chuyen-muc/the-thao">Thể thao</a></li>
<li class="menu-506"><a href="/chuyen-muc/du-lich">Du lịch</a></li><li class="menu-507"><a href="/lien-he">Liên hệ</a></li>
<li class="menu-508 last"><a href="/so-do-cong">Sơ đồ cổng</a></li></ul></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="breadcrumb"><h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="/">Trang chủ</a>{crumb}</div></div>
<div id="content" class="column"><div class="section"><a id="main-content"></a>{title_h1}
<div class="region region-content"><div id="block-system-main" class="block block-system">{content}</div></div></div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-block-3" class="block block-block"><h2>Tin nổi bật</h2><div class="content"><ul>{featured}</ul></div></div>
<div id="block-block-4" class="block block-block"><h2>Liên kết website</h2><div class="content"><p><a href="http://bvhttdl.gov.vn">Bộ Văn hóa, Thể thao và Du lịch</a></p></div></div>
<div id="block-statistics-popular" class="block block-statistics"><h2>Thống kê truy cập</h2><div class="content"><p>Đang trực tuyến: 5 người dùng</p><p>Tổng lượt truy cập: 358.112</p></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div class="block block-block"><div class="content">
<p>Bản quyền © 2024 {esc(NAME)}</p><p>Địa chỉ: Số 66 đường Ấp Bắc, thành phố Tây Giang - Điện thoại: 0273 3872 114 - Email: svhttdl@taygiang.gov.vn</p>
<p>Ghi rõ nguồn "{esc(NAME)}" khi phát hành lại thông tin từ website này.</p></div></div></div></div></div></div>
</div></div></body></html>"""


def _p(html: str) -> str:
    return f"<p>{html}</p>"


def _image(src: str, caption: str) -> str:
    return (
        f'<div class="caption caption-center"><div class="caption-inner"><img alt="" src="{src}" '
        f'style="width: 600px; height: 400px;" /><div class="caption-text">{esc(caption)}</div></div></div>'
    )


def _node_content(art: Art) -> str:
    nid = _nid(art)
    blocks = [f"<p><strong>{esc(art.lead)}</strong></p>", *paragraphs_html(art, _p, _image)]
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    term = int(art.extra["term"])  # type: ignore[arg-type]
    slug, label = TERMS[term]
    tags = "".join(
        f'<div class="field-item"><a href="/tu-khoa/{t}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(TAGS[t])}</a></div>'
        for t in art.extra["tags"]  # type: ignore[attr-defined]
    )
    author = (
        '<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix"><div class="field-label">Tác giả:&nbsp;</div>'
        f'<div class="field-items"><div class="field-item even">{esc(art.byline)}</div></div></div>'
        if art.byline else ""
    )  # fmt: skip
    tag_field = (
        '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix">'
        f'<div class="field-label">Từ khóa:&nbsp;</div><div class="field-items">{tags}</div></div>'
        if tags else ""
    )  # fmt: skip
    return f"""<div id="node-{nid}" class="node node-article node-promoted clearfix" about="{art.path}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{esc(art.title)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="{art.published}" datatype="xsd:dateTime" rel="sioc:has_creator">Gửi bởi <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">quantri</span> vào {esc(art.date_line)}</span></div>
<div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{"".join(blocks)}</div></div></div>
{author}
<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/chuyen-muc/{slug}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(label)}</a></div></div></div>
{tag_field}
</div>
<div class="link-wrapper"><ul class="links inline"><li class="print_html first"><a href="/print/{nid}" title="Hiển thị trang có thể in được." rel="nofollow">Bản in</a></li>
<li class="print_mail last"><a href="/printmail/{nid}" title="Gửi bài viết này cho bạn bè." rel="nofollow">Gửi cho bạn bè</a></li></ul></div>
<div id="comments" class="comment-wrapper"><h2 class="title comment-form">Gửi bình luận</h2>
<form class="comment-form" action="/comment/reply/{nid}" method="post"><div><label>Tên của bạn</label><input type="text" name="name" value="Khách" />
<label>Bình luận <span class="form-required">*</span></label><textarea name="comment_body"></textarea><input type="submit" value="Lưu" /></div></form></div>
</div>"""


def render_article(art: Art, canonical: bool = True) -> str:
    nid = _nid(art)
    head = f'\n<link rel="canonical" href="{art.path}" />\n<link rel="shortlink" href="/node/{nid}" />' if canonical else ""
    term = int(art.extra["term"])  # type: ignore[arg-type]
    crumb = f' » <a href="/tin-tuc">Tin tức</a> » <a href="/chuyen-muc/{TERMS[term][0]}">{esc(TERMS[term][1])}</a>'
    return _layout(art.title, _node_content(art), crumb, head)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>{esc(art.title)} | {esc(NAME)}</title>
<meta name="robots" content="noindex, nofollow" /><link rel='canonical' href='{art.path}' /></head>
<body><div class="print-logo"><img src="/sites/default/files/logo-svhttdl.png" alt="" /></div>
<div class="print-site_name">Được xuất bản trên {esc(NAME)}</div><hr class="print-hr" />
<h2 class="print-title">{esc(art.title)}</h2><div class="print-content">{_node_content(art)}</div>
<div class="print-footer">Địa chỉ bài viết: {art.path}</div></body></html>"""


def render_printmail(art: Art) -> str:
    form = (
        f'<form action="/printmail/{_nid(art)}" method="post"><p>Gửi bài viết "{esc(art.title)}" cho bạn bè.</p>'
        '<label>Email của bạn</label><input type="text" name="fld_from_addr" /><label>Gửi đến</label>'
        '<textarea name="txt_to_addrs"></textarea><label>Lời nhắn</label><textarea name="txt_message"></textarea>'
        '<input type="submit" value="Gửi bài viết" /></form>'
    )
    return _layout("Gửi bài viết cho bạn bè", form)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f"""<div class="node node-article node-teaser clearfix"><h2><a href="{a.path}">{esc(a.title)}</a></h2>
<div class="meta submitted"><span property="dc:date dc:created" content="{a.published}">Gửi bởi quantri vào {esc(a.date_line)}</span></div>
<div class="content"><div class="field field-name-body"><p>{esc(a.lead)}</p></div></div>
<ul class="links inline"><li class="node-readmore first"><a href="{a.path}" rel="tag" title="{esc(a.title)}">Xem thêm<span class="element-invisible"> về {esc(a.title)}</span></a></li></ul></div>"""
        for a in arts
    )


def _pager(base: str, page: int, pages: int) -> str:
    def href(n: int) -> str:
        return base if n == 0 else f"{base}?page={n}" if base != "/" else f"/?page={n}"

    items = "".join(
        f'<li class="pager-item"><a title="Đến trang {n + 1}" href="{href(n)}">{n + 1}</a></li>' if n != page
        else f'<li class="pager-current">{n + 1}</li>' for n in range(pages)
    )  # fmt: skip
    nxt = f'<li class="pager-next"><a href="{href(page + 1)}">tiếp ›</a></li>' if page + 1 < pages else ""
    return f'<h2 class="element-invisible">Trang</h2><div class="item-list"><ul class="pager">{items}{nxt}</ul></div>'


def render_listing(base: str, title: str, arts: list[Art], page: int = 0, front: bool = False) -> str:
    pages = (len(arts) + PER_PAGE - 1) // PER_PAGE
    chunk = arts[page * PER_PAGE : (page + 1) * PER_PAGE]
    pager = _pager(base, page, pages) if pages > 1 else ""
    view = f'<div class="view view-frontpage"><div class="view-content">{_teasers(chunk)}</div>{pager}</div>'
    return _layout(title, view, "" if front else f" » {esc(title)}", front=front)


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if path == "/lien-he":
        body += (
            '<form class="webform-client-form" action="/lien-he" method="post"><label>Họ và tên</label><input type="text" name="submitted[ho_ten]" />'
            '<label>Email</label><input type="text" name="submitted[email]" /><label>Nội dung</label><textarea name="submitted[noi_dung]"></textarea>'
            '<input type="submit" value="Gửi" /></form>'
        )
    node = (
        f'<div class="node node-page clearfix"><div class="content"><div class="field field-name-body">'
        f'<div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div></div></div>'
    )
    return _layout(title, node, f" » {esc(title)}", f'\n<link rel="canonical" href="{path}" />')


def render_sitemap() -> str:
    menu = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in STATIC.items())
    terms = "".join(f'<li><a href="/taxonomy/term/{tid}">{esc(label)}</a> (4)</li>' for tid, (_, label) in TERMS.items())
    body = (
        f'<div id="site-map"><div class="site-map-box site-map-box-menu"><h2 class="title">Menu chính</h2><ul>'
        f'<li><a href="/">Trang chủ</a></li>{menu}<li><a href="/tin-tuc">Tin tức</a></li></ul></div>'
        f'<div class="site-map-box site-map-box-terms"><h2 class="title">Chuyên mục</h2><ul>{terms}</ul></div></div>'
    )
    return _layout("Sơ đồ cổng", body, " » Sơ đồ cổng")


def render_search(keys: str | None) -> str:
    form = '<form action="/search/node" method="post"><label>Nhập từ khóa</label><input type="text" name="keys" /><input type="submit" value="Tìm kiếm" /></form>'
    if keys is None:
        return _layout("Tìm kiếm", form)
    hits = [a for a in ARTICLES if "le-hoi" in a.extra["tags"]]  # type: ignore[operator]
    results = "".join(
        f'<li class="search-result"><h3 class="title"><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<div class="search-snippet-info"><p class="search-snippet">{esc(a.lead[:140])}...</p>'
        f'<p class="search-info">quantri - {dmy(a.published)} {hm(a.published)} - 0 bình luận</p></div></li>'
        for a in hits
    )  # fmt: skip
    return _layout("Tìm kiếm", f'{form}<h2>Kết quả tìm kiếm</h2><ol class="search-results node-results">{results}</ol>')


def render_login() -> str:
    form = (
        '<form action="/user/login" method="post" id="user-login"><label>Tên đăng nhập *</label><input type="text" name="name" />'
        '<label>Mật khẩu *</label><input type="password" name="pass" /><input type="submit" value="Đăng nhập" /></form>'
        '<ul><li><a href="/user/password" title="Yêu cầu mật khẩu mới qua e-mail.">Quên mật khẩu</a></li></ul>'
    )
    return _layout("Đăng nhập", form)


def _in_term(tid: int) -> list[Art]:
    return [a for a in ARTICLES if a.extra["term"] == tid]


def _html_pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    for nid in FEATURED:
        out[f"/node/{nid}"] = render_article(_by_nid(nid))
    for a in ARTICLES:
        out[f"/print/{_nid(a)}"] = render_print(a)
        out[f"/printmail/{_nid(a)}"] = render_printmail(a)
    out["/"] = render_listing("/", "Trang chủ", ARTICLES, 0, front=True)
    out["/?page=1"] = render_listing("/", "Trang chủ", ARTICLES, 1, front=True)
    out["/tin-tuc"] = render_listing("/tin-tuc", "Tin tức", ARTICLES, 0)
    out["/tin-tuc?page=1"] = render_listing("/tin-tuc", "Tin tức", ARTICLES, 1)
    for tid, (slug, label) in TERMS.items():
        out[f"/chuyen-muc/{slug}"] = render_listing(f"/chuyen-muc/{slug}", label, _in_term(tid))
    out["/taxonomy/term/5"] = render_listing("/chuyen-muc/van-hoa", "Văn hóa", _in_term(5))
    for tag, label in TAGS.items():
        out[f"/tu-khoa/{tag}"] = render_listing(f"/tu-khoa/{tag}", label, [a for a in ARTICLES if tag in a.extra["tags"]])  # type: ignore[operator]
    for path in STATIC:
        out[path] = render_static(path)
    out["/so-do-cong"] = render_sitemap()
    out["/search/node"] = render_search(None)
    out["/search/node/le%20hoi"] = render_search("le hoi")
    out["/user/login"] = render_login()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def _rss() -> Page:
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>https://svhttdl.taygiang.gov.vn{a.path}</link>"
        f"<description>{esc(a.lead)}</description><guid isPermaLink=\"false\">{_nid(a)} at https://svhttdl.taygiang.gov.vn</guid></item>"
        for a in ARTICLES[:PER_PAGE]
    )  # fmt: skip
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://svhttdl.taygiang.gov.vn/">'
        f"<channel><title>{esc(NAME)}</title><link>https://svhttdl.taygiang.gov.vn/</link>{items}</channel></rss>"
    )
    return Page.text(xml, "application/rss+xml; charset=utf-8")


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    pages["/rss.xml"] = _rss()
    pages[ARTICLES[-1].attachment[0]] = pdf_page()  # type: ignore[index]
    robots = (
        "#\n# robots.txt\n#\nUser-agent: *\n# CSS, JS, Images\nAllow: /misc/*.css$\n"
        "Allow: /modules/*.css$\n# Directories\nDisallow: /includes/\nDisallow: /misc/\nDisallow: /modules/\n"
        "Disallow: /profiles/\nDisallow: /scripts/\nDisallow: /themes/\n# Files\nDisallow: /CHANGELOG.txt\n"
        "Disallow: /cron.php\nDisallow: /install.php\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
        "Disallow: /filter/tips/\nDisallow: /node/add/\nDisallow: /search/\nDisallow: /user/register/\n"
        "Disallow: /user/password/\nDisallow: /user/login/\nDisallow: /user/logout/\n"
        "# Paths (no clean URLs)\nDisallow: /?q=admin/\nDisallow: /?q=search/\n"
    )
    entries = ["/", *(a.path for a in ARTICLES), *STATIC, "/so-do-cong", *(f"/chuyen-muc/{s}" for s, _ in TERMS.values())]
    return site_with_files(pages, robots=robots, sitemaps={"/sitemap.xml": entries})
