"""A Joomla 3 department site whose news is the K2 component, in a provincial skin (not the
com_content markup of fx-joomla).

- Items ``/tin-tuc/item/<id>-<slug>.html``; print views ``...html?tmpl=component&print=1``
  (no canonical); the "Tin mới" module links three items non-SEF
  (``/index.php?option=com_k2&view=item&id=<id>:<slug>&Itemid=125``).
- The K2 item: ``span.itemDateCreated`` "Thứ năm, 07 Tháng 3 2024 09:15" *above*
  ``h2.itemTitle``, "Viết bởi <a>...</a>" (a person, or "Super User" with the real writer
  signing the text, or "Super User" alone), a toolbar (print, e-mail, font size), an item
  image without caption, the intro text as the lead, "Lượt xem <b>523</b> lần", "Sửa lần cuối
  vào ..." on some, category and tags, the author block with "Bài mới nhất từ ...", "Bài
  viết liên quan", previous/next, a comment form.
- K2 category listings ``/tin-tuc.html`` (``?start=5``) and sub-categories
  ``/tin-tuc/itemlist/category/<id>-<slug>.html`` with dated teasers, a tag page (URL with
  percent-encoded Vietnamese), author pages ``/tin-tuc/itemlist/user/<id>-<name>.html``,
  com_content static pages, com_contact, the login page.
- Joomla's stock robots.txt; no sitemap.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-k2"
NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
CATS = {12: ("viec-lam", "Việc làm"), 14: ("bao-tro-xa-hoi", "Bảo trợ xã hội")}
USERS = {45: ("tranvanhung", "Trần Văn Hùng"), 47: ("nguyenthimai", "Nguyễn Thị Mai"), 42: ("superuser", "Super User")}
TAG = "việc làm"
TAG_PATH = f"/tin-tuc/itemlist/tag/{quote(TAG)}.html"


def _k2date(iso: str) -> str:
    d = datetime.fromisoformat(iso)
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {hm(iso)}"


def _art(key: str, ident: int, slug: str, iso: str, cat: int, user: int, hits: int, **kw: object) -> Art:
    extra = {"id": ident, "slug": slug, "cat": cat, "user": user, "hits": hits}
    return Art(KEY[key], f"/tin-tuc/item/{ident}-{slug}.html", iso, _k2date(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nl-phien-viec-lam", 1734, "phien-giao-dich-viec-lam-thang-3-thu-hut-hon-1-500-lao-dong",
         "2024-03-08T09:15:00+07:00", 12, 45, 523, byline="Trần Văn Hùng", author="Trần Văn Hùng",
         updated="2024-03-08T14:20:00+07:00",
         image=("/images/2024/03/phien-giao-dich-viec-lam-t3.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch.")),
    _art("nl-xuat-khau-lao-dong", 1731, "ninh-lam-dua-420-lao-dong-di-lam-viec-o-nuoc-ngoai-trong-quy-i",
         "2024-03-06T16:00:00+07:00", 12, 42, 388, byline="Super User", signature="Thu Hằng", author="Thu Hằng"),
    _art("nl-nguoi-co-cong", 1729, "ra-soat-so-hoa-ho-so-nguoi-co-cong-voi-cach-mang",
         "2024-03-04T08:45:00+07:00", 14, 47, 261, byline="Nguyễn Thị Mai", author="Nguyễn Thị Mai"),
    _art("nl-tre-em-den-truong", 1726, "ho-tro-200-tre-em-co-hoan-canh-dac-biet-tiep-tuc-den-truong",
         "2024-02-29T10:30:00+07:00", 14, 42, 1046, byline="Super User", author=None,
         image=("/images/2024/02/trao-hoc-bong.jpg", "Trao học bổng cho học sinh có hoàn cảnh đặc biệt khó khăn.")),
    _art("nl-dao-tao-nghe", 1722, "dao-tao-nghe-cho-lao-dong-nong-thon-theo-dat-hang-cua-doanh-nghiep",
         "2024-02-26T14:10:00+07:00", 12, 45, 477, byline="Trần Văn Hùng", author="Trần Văn Hùng",
         updated="2024-02-27T08:05:00+07:00",
         attachment=("/images/files/2024/KH-dao-tao-nghe-LDNT-2024.pdf", "Kế hoạch đào tạo nghề cho lao động nông thôn năm 2024 (PDF)")),
    _art("nl-bao-hiem-that-nghiep", 1719, "hon-2-300-nguoi-huong-tro-cap-that-nghiep-trong-hai-thang-dau-nam",
         "2024-02-23T15:35:00+07:00", 12, 47, 702, byline="Nguyễn Thị Mai", author="Nguyễn Thị Mai",
         source_line="Nguồn: Trung tâm Dịch vụ việc làm tỉnh", source="Trung tâm Dịch vụ việc làm tỉnh"),
]  # fmt: skip
PER_PAGE = 5
CHROME = [
    "Viết bởi", "Super User", "Lượt xem", "Sửa lần cuối vào", "Cỡ chữ", "Được đăng trong", "Thẻ",
    "Bài mới nhất từ", "Bài viết liên quan", "Các bài viết khác trong mục này", "Đăng bình luận",
    "Tin mới", "Thống kê truy cập", "Hôm nay", "Hôm qua", "Đang online", "Liên kết website",
    "Đường dây nóng", "Số 12 đường Lê Duẩn", "0258 3822 457", "sldtbxh@ninhlam.gov.vn", "© 2019",
]  # fmt: skip
STATIC = {
    "/gioi-thieu.html": ("Giới thiệu", [
        "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm là cơ quan chuyên môn thuộc Ủy ban nhân "
        "dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về việc làm, giáo dục nghề "
        "nghiệp, lao động, tiền lương, bảo hiểm xã hội, an toàn, vệ sinh lao động, người có công, "
        "bảo trợ xã hội, trẻ em, bình đẳng giới và phòng, chống tệ nạn xã hội.",
        "Sở có 6 phòng chuyên môn và 7 đơn vị sự nghiệp trực thuộc, gồm Trung tâm Dịch vụ việc làm, "
        "Trung tâm Bảo trợ xã hội, Trung tâm Điều dưỡng người có công, Cơ sở cai nghiện ma túy, "
        "Quỹ Bảo trợ trẻ em và hai trường cao đẳng nghề.",
    ]),
    "/gioi-thieu/lanh-dao-so.html": ("Lãnh đạo Sở", [
        "Giám đốc: Ông Lê Minh Tuấn - Điện thoại: 0258 3822 450",
        "Phó Giám đốc: Bà Phạm Thị Hạnh - Điện thoại: 0258 3822 451",
        "Phó Giám đốc: Ông Đỗ Văn Nghĩa - Điện thoại: 0258 3822 452",
    ]),
}  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _user(art: Art) -> tuple[int, str, str]:
    uid = int(art.extra["user"])  # type: ignore[arg-type]
    return uid, *USERS[uid]


def _user_path(uid: int) -> str:
    return f"/tin-tuc/itemlist/user/{uid}-{USERS[uid][0]}.html"


def _cat_path(cid: int) -> str:
    return f"/tin-tuc/itemlist/category/{cid}-{CATS[cid][0]}.html"


def _nonsef(art: Art) -> str:
    return f"/index.php?option=com_k2&view=item&id={_id(art)}:{art.extra['slug']}&Itemid=125"


def _print(art: Art) -> str:
    return art.path + "?tmpl=component&print=1"


def _modules() -> str:
    latest = "".join(
        f'<li><a class="moduleItemTitle" href="{_nonsef(a).replace("&", "&amp;")}">{esc(a.title)}</a>'
        f'<span class="moduleItemDateCreated">{dmy(a.published)}</span></li>'
        for a in ARTICLES[:3]
    )  # fmt: skip
    return f"""<div id="sidebar" class="span3">
<div class="moduletable"><h3>Tin mới</h3><div id="k2ModuleBox125" class="k2ItemsBlock"><ul>{latest}</ul></div></div>
<div class="moduletable hotline"><h3>Đường dây nóng</h3><p>Tư vấn việc làm: 0258 3822 999</p><p>Bảo vệ trẻ em: 111</p></div>
<div class="moduletable"><h3>Liên kết website</h3><ul><li><a href="https://molisa.gov.vn">Bộ Lao động - Thương binh và Xã hội</a></li></ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><div class="vcounter"><table><tr><td>Hôm nay</td><td>318</td></tr><tr><td>Hôm qua</td><td>544</td></tr>
<tr><td>Tất cả</td><td>905.117</td></tr></table><p>Đang online: 9</p></div></div></div>"""


def _layout(title: str, main: str, head: str = "") -> str:
    cats = "".join(f'<li><a href="{_cat_path(cid)}">{label}</a></li>' for cid, (_, label) in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>{head}
<link href="/templates/sldtbxh/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/components/com_k2/css/k2.css?v=2.10.3" rel="stylesheet" /><link href="/templates/sldtbxh/css/template.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5b8f6c"></script><script src="/components/com_k2/js/k2.frontend.js?v=2.10.3&amp;sitepath=/"></script>
</head>
<body class="site com_k2">
<div class="header"><div class="container"><a href="/"><img src="/images/banner-sldtbxh.png" alt="{esc(NAME)}" /></a></div></div>
<div class="navigation"><div class="container"><ul class="nav menu"><li class="item-101"><a href="/">Trang chủ</a></li><li class="item-102 deeper parent"><a href="/gioi-thieu.html">Giới thiệu</a>
<ul class="nav-child"><li><a href="/gioi-thieu/lanh-dao-so.html">Lãnh đạo Sở</a></li></ul></li><li class="item-125 deeper parent"><a href="/tin-tuc.html">Tin tức</a><ul class="nav-child">{cats}</ul></li>
<li class="item-130"><a href="/lien-he.html">Liên hệ</a></li><li class="item-131"><a href="/dang-nhap.html">Đăng nhập</a></li></ul></div></div>
<div class="body"><div class="container"><div class="row-fluid"><main id="content" role="main" class="span9">{main}</main>{_modules()}</div></div></div>
<footer class="footer"><div class="container"><p><strong>SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH NINH LÂM</strong></p>
<p>Địa chỉ: Số 12 đường Lê Duẩn, thành phố Đông Hòa, tỉnh Ninh Lâm - Điện thoại: 0258 3822 457 - Email: sldtbxh@ninhlam.gov.vn</p>
<p>© 2019 {esc(NAME)}. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></div></footer>
</body></html>"""


def _fulltext(art: Art) -> str:
    blocks = []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f'<p style="text-align: justify;">{esc(paragraph)}</p>')
        if i == 0 and art.image:
            src, caption = art.image
            blocks.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="600" /></p><p style="text-align: center;"><em>{esc(caption)}</em></p>')
    if art.attachment:
        blocks.append(f'<p>Tải về: <a href="{art.attachment[0]}">{esc(art.attachment[1])}</a></p>')
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    return "".join(blocks)


def _item(art: Art, printing: bool = False) -> str:
    uid, uslug, uname = _user(art)
    cid = int(art.extra["cat"])  # type: ignore[arg-type]
    modified = (
        f'<div class="itemDateModified">Sửa lần cuối vào {_k2date(art.updated)}</div>' if art.updated else ""
    )  # fmt: skip
    toolbar = (
        f'<div class="itemToolbar"><ul><li><a class="itemPrintLink" rel="nofollow" href="{_print(art).replace("&", "&amp;")}" '
        "onclick=\"window.open(this.href,'printWindow','width=900,height=600');return false;\">In</a></li>"
        f'<li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/?tmpl=component&amp;link=abc{_id(art)}">E-mail</a></li>'
        '<li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease">giảm cỡ chữ</a> <a href="#" id="fontIncrease">tăng cỡ chữ</a></li></ul></div>'
    )
    header = f"""<div class="itemHeader"><span class="itemDateCreated">{esc(art.date_line)}</span>
<h2 class="itemTitle">{esc(art.title)}</h2>
<span class="itemAuthor">Viết bởi <a rel="author" href="{_user_path(uid)}">{esc(uname)}</a></span></div>"""
    body = f"""<div class="itemBody"><div class="itemImageBlock"><span class="itemImage"><a class="modal" href="/media/k2/items/cache/{_id(art)}_XL.jpg">
<img src="/media/k2/items/cache/{_id(art)}_L.jpg" alt="{esc(art.title)}" /></a></span></div>
<div class="itemIntroText"><p>{esc(art.lead)}</p></div><div class="itemFullText">{_fulltext(art)}</div>
<div class="itemHits">Lượt xem <b>{art.extra["hits"]}</b> lần</div>{modified}</div>"""
    if printing:
        return f'<div id="k2Container" class="itemView"><a class="itemPrintThisPage" rel="nofollow" href="#" onclick="window.print();return false;">In trang này</a>{header}{body}</div>'
    others = [a for a in ARTICLES if a is not art]
    by_user = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art and _user(a)[0] == uid)
    author_block = (
        f'<div class="itemAuthorBlock"><img class="itemAuthorAvatar" src="/media/k2/users/{uid}.jpg" alt="{esc(uname)}" /><div class="itemAuthorDetails">'
        f'<h3 class="itemAuthorName"><a rel="author" href="{_user_path(uid)}">{esc(uname)}</a></h3></div></div>'
        + (f'<div class="itemAuthorLatest"><h3>Bài mới nhất từ {esc(uname)}</h3><ul>{by_user}</ul></div>' if by_user else "")
    )
    related = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="itemRelDateCreated">{dmy(a.published)}</span></li>' for a in others[:3]
    )  # fmt: skip
    i = ARTICLES.index(art)
    nav = ""
    if i + 1 < len(ARTICLES):
        nav += f'<a class="itemPrevious" href="{ARTICLES[i + 1].path}">&laquo; {esc(ARTICLES[i + 1].title)}</a>'
    if i > 0:
        nav += f'<a class="itemNext" href="{ARTICLES[i - 1].path}">{esc(ARTICLES[i - 1].title)} &raquo;</a>'
    links = (
        f'<div class="itemLinks"><div class="itemCategory"><span>Được đăng trong</span> <a href="{_cat_path(cid)}">{CATS[cid][1]}</a></div>'
        f'<div class="itemTagsBlock"><span>Thẻ</span><ul class="itemTags"><li><a href="{TAG_PATH}">{TAG}</a></li></ul></div></div>'
    )
    comments = (
        '<div class="itemComments"><div class="itemCommentsForm"><h3>Đăng bình luận</h3><form action="/index.php" method="post" id="comment-form">'
        '<label>Họ tên (bắt buộc)</label><input type="text" name="userName" /><label>E-mail (bắt buộc)</label><input type="text" name="commentEmail" />'
        '<label>Bình luận</label><textarea name="commentText"></textarea><input type="submit" value="Gửi bình luận" /></form></div></div>'
    )
    return (
        f'<div id="k2Container" class="itemView">{header}{toolbar}{body}{links}{author_block}'
        f'<div class="itemRelated"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>'
        f'<div class="itemNavigation"><span class="itemNavigationTitle">Các bài viết khác trong mục này:</span>{nav}</div>{comments}</div>'
    )


def render_item(art: Art) -> str:
    head = (
        f'\n<meta name="author" content="{esc(_user(art)[2])}" />\n<meta property="og:title" content="{esc(art.title)}" />'
        '\n<meta property="og:type" content="article" />'
    )
    return _layout(art.title, _item(art), head)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8" /><title>{esc(art.title)}</title>
<meta name="robots" content="noindex, nofollow" /><link href="/components/com_k2/css/k2.print.css" rel="stylesheet" /></head>
<body class="contentpane">{_item(art, printing=True)}</body></html>"""


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f"""<div class="itemContainer"><div class="catItemView"><div class="catItemHeader"><span class="catItemDateCreated">{esc(a.date_line)}</span>
<h3 class="catItemTitle"><a href="{a.path}">{esc(a.title)}</a></h3><span class="catItemAuthor">Viết bởi <a rel="author" href="{_user_path(_user(a)[0])}">{esc(_user(a)[2])}</a></span></div>
<div class="catItemBody"><div class="catItemIntroText"><p>{esc(a.lead)}</p></div></div>
<div class="catItemReadMore"><a class="k2ReadMore" href="{a.path}">Xem thêm...</a></div></div></div>"""
        for a in arts
    )


def render_itemlist(base: str, title: str, arts: list[Art], start: int = 0) -> str:
    chunk = arts[start : start + PER_PAGE]
    pager = ""
    if len(arts) > PER_PAGE:
        pages = range(0, len(arts), PER_PAGE)
        items = "".join(
            f'<li class="active"><span>{n // PER_PAGE + 1}</span></li>' if n == start
            else f'<li><a href="{base if n == 0 else f"{base}?start={n}"}">{n // PER_PAGE + 1}</a></li>' for n in pages
        )  # fmt: skip
        pager = f'<div class="k2Pagination"><ul class="pagination-list">{items}</ul><p class="counter">Trang {start // PER_PAGE + 1} / {len(pages)}</p></div>'
    main = f'<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>{esc(title)}</h2></div><div class="itemList">{_teasers(chunk)}</div>{pager}</div>'
    return _layout(title, main)


def render_home() -> str:
    main = f'<div class="moduletable featured"><h3>Tin nổi bật</h3>{_teasers(ARTICLES[:2])}</div><div class="moduletable"><h3>Tin tức</h3>{_teasers(ARTICLES[2:5])}</div>'
    return _layout(NAME, main)


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    main = f'<div class="item-page"><div class="page-header"><h2>{esc(title)}</h2></div>{body}</div>'
    return _layout(title, main)


def render_contact() -> str:
    main = (
        '<div class="contact"><h2><span class="contact-name">Văn phòng Sở</span></h2><div class="contact-address"><p>Số 12 đường Lê Duẩn, '
        'thành phố Đông Hòa, tỉnh Ninh Lâm</p><p>0258 3822 457</p></div><form id="contact-form" action="/lien-he.html" method="post">'
        '<label>Tên</label><input type="text" name="jform[contact_name]" /><label>Email</label><input type="email" name="jform[contact_email]" />'
        '<label>Tiêu đề</label><input type="text" name="jform[contact_subject]" /><label>Nội dung</label><textarea name="jform[contact_message]"></textarea>'
        '<button type="submit">Gửi Email</button></form></div>'
    )
    return _layout("Liên hệ", main)


def render_login() -> str:
    main = (
        '<div class="login"><form action="/dang-nhap.html?task=user.login" method="post"><label>Tên đăng nhập</label><input type="text" name="username" />'
        '<label>Mật khẩu</label><input type="password" name="password" /><button type="submit">Đăng nhập</button></form>'
        '<ul><li><a href="/dang-nhap.html?view=reset">Quên mật khẩu?</a></li><li><a href="/dang-nhap.html?view=remind">Quên tên đăng nhập?</a></li></ul></div>'
    )
    return _layout("Đăng nhập", main)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_item(a) for a in ARTICLES}
    for a in ARTICLES:
        out[_print(a)] = render_print(a)
    for a in ARTICLES[:3]:
        out[_nonsef(a)] = render_item(a)
    out["/"] = render_home()
    out["/tin-tuc.html"] = render_itemlist("/tin-tuc.html", "Tin tức", ARTICLES)
    out["/tin-tuc.html?start=5"] = render_itemlist("/tin-tuc.html", "Tin tức", ARTICLES, 5)
    for cid, (_, label) in CATS.items():
        out[_cat_path(cid)] = render_itemlist(_cat_path(cid), label, [a for a in ARTICLES if a.extra["cat"] == cid])
    for uid in {int(a.extra["user"]) for a in ARTICLES}:  # type: ignore[call-overload]
        out[_user_path(uid)] = render_itemlist(_user_path(uid), USERS[uid][1], [a for a in ARTICLES if a.extra["user"] == uid])
    out[TAG_PATH] = render_itemlist(TAG_PATH, f"Hiển thị các mục theo thẻ: {TAG}", [a for a in ARTICLES if a.extra["cat"] == 12])
    for path in STATIC:
        out[path] = render_static(path)
    out["/lien-he.html"] = render_contact()
    out["/dang-nhap.html"] = render_login()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})

ROBOTS = """# If the Joomla site is installed within a folder
# eg www.example.com/joomla/ then the robots.txt file
# MUST be moved to the site root
# eg www.example.com/robots.txt
# AND the joomla folder name MUST be prefixed to all of the
# paths.
User-agent: *
Disallow: /administrator/
Disallow: /bin/
Disallow: /cache/
Disallow: /cli/
Disallow: /components/
Disallow: /includes/
Disallow: /installation/
Disallow: /language/
Disallow: /layouts/
Disallow: /libraries/
Disallow: /logs/
Disallow: /modules/
Disallow: /plugins/
Disallow: /tmp/
"""


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    pages[ARTICLES[4].attachment[0]] = pdf_page()  # type: ignore[index]
    return site_with_files(pages, robots=ROBOTS)
