"""A department portal built on ASP.NET MVC with Bootstrap 4, as the newer in-house and
small-vendor portals are.

- Articles ``/tin-tuc/chi-tiet/<id>/<slug>`` (one split over ``?page=2``); the same article at
  ``/vi-VN/tin-tuc/chi-tiet/<id>/<slug>`` (canonical: the plain URL; the "Tin nổi bật" carousel
  links these) and at ``/en-US/...`` (English chrome around the Vietnamese text, no canonical):
  the language switcher on every page links both.
- The visible date line has no time: "Ngày đăng: 05/03/2024 | Lượt xem: 1.234"; the time is
  only in the JSON-LD NewsArticle (ISO ``datePublished``), whose ``author`` is the department
  (an Organization), never the writer. The writer is "Tác giả: ..." in a footer under the body,
  beside "Nguồn: ..." on some articles; some have neither. CKEditor 5 ``<figure>`` images,
  one article with two.
- Listings ``/tin-tuc`` (``?page=2``), category and tag pages with teasers and dates; "Tin cùng
  chuyên mục" and "Tin xem nhiều" lists with dates and view counts; static pages; login.
- robots.txt names a sitemap index (``/sitemap-news.xml``, ``/sitemap-pages.xml``); the 404
  page is the portal's own layout.
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, paginate, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-mvc"
NAME = "Sở Khoa học và Công nghệ tỉnh Kim Sơn"
NAME_EN = "Department of Science and Technology of Kim Son Province"
UP = "/Uploads/News/2024/"
CATS = {
    "hoat-dong-khoa-hoc-cong-nghe": "Hoạt động khoa học và công nghệ",
    "so-huu-tri-tue-tieu-chuan-chat-luong": "Sở hữu trí tuệ - Tiêu chuẩn chất lượng",
}
TAGS = {"khoi-nghiep": "khởi nghiệp", "so-huu-tri-tue": "sở hữu trí tuệ", "do-luong": "đo lường"}


def _art(key: str, ident: int, slug: str, iso: str, cat: str, views: int, tags: list[str],
         sapo: bool = True, **kw: object) -> Art:  # fmt: skip
    line = f"Ngày đăng: {dmy(iso)}"
    extra = {"id": ident, "slug": slug, "cat": cat, "views": views, "tags": tags, "sapo": sapo}
    return Art(KEY[key], f"/tin-tuc/chi-tiet/{ident}/{slug}", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ks-khoi-nghiep", 2291, "kim-son-dat-muc-tieu-co-50-doanh-nghiep-khoi-nghiep-doi-moi-sang-tao",
         "2024-03-14T16:20:00+07:00", "hoat-dong-khoa-hoc-cong-nghe", 1234, ["khoi-nghiep"],
         byline="Hồng Vân", author="Hồng Vân", split=True),
    _art("ks-nhan-hieu-buoi", 2288, "buoi-dong-ly-duoc-cap-van-bang-bao-ho-nhan-hieu-chung-nhan",
         "2024-03-12T09:05:00+07:00", "so-huu-tri-tue-tieu-chuan-chat-luong", 2871, ["so-huu-tri-tue"],
         byline="Quốc Bảo", author="Quốc Bảo", source="Báo Kim Sơn",
         image=(UP + "03/buoi-dong-ly-1.jpg", "Vườn bưởi da xanh tại xã Đông Phú, huyện Đông Lý."),
         more_images=((UP + "03/buoi-dong-ly-2.jpg", "Tem nhãn hiệu chứng nhận dán trên quả bưởi Đông Lý."),)),
    _art("ks-kiem-dinh-can", 2285, "kiem-dinh-mien-phi-hon-3000-can-tai-cac-cho",
         "2024-03-08T10:40:00+07:00", "so-huu-tri-tue-tieu-chuan-chat-luong", 655, ["do-luong"], sapo=False),
    _art("ks-lan-nuoi-cay-mo", 2283, "nghiem-thu-de-tai-nhan-giong-lan-ban-dia-bang-phuong-phap-nuoi-cay-mo",
         "2024-03-05T08:30:00+07:00", "hoat-dong-khoa-hoc-cong-nghe", 987, [],
         byline="Thanh Hà", author="Thanh Hà",
         image=(UP + "03/lan-nuoi-cay-mo.jpg", "Cây lan giống trong phòng nuôi cấy mô của Trung tâm.")),
    _art("ks-buc-xa-y-te", 2280, "tap-huan-an-toan-buc-xa-cho-nhan-vien-y-te",
         "2024-02-29T14:15:00+07:00", "hoat-dong-khoa-hoc-cong-nghe", 412, [], byline="Mai Phương", author="Mai Phương"),
    _art("ks-nang-suat", 2277, "ho-tro-20-doanh-nghiep-ap-dung-cong-cu-cai-tien-nang-suat",
         "2024-02-26T15:50:00+07:00", "so-huu-tri-tue-tieu-chuan-chat-luong", 1502, ["do-luong"],
         source="Chi cục Tiêu chuẩn Đo lường Chất lượng"),
]  # fmt: skip
PER_PAGE = 4
SPLIT_AT = 4  # paragraphs on page 1 of the split article (after the sapo)
FEATURED = ARTICLES[:3]
CHROME = [
    "Lượt xem", "Tin cùng chuyên mục", "Tin xem nhiều", "Từ khóa", "Chia sẻ",
    "In bài", "Liên kết website", "Thống kê truy cập", "Đang truy cập", "Tổng lượt truy cập",
    "Đăng nhập", "Tiếng Việt", "English", "Trang chủ", "0256 3822 614", "skhcn@kimson.gov.vn",
    "© 2023", "Số 9 đường Lê Lợi", "Tác giả:", "Thứ Tư, 20/03/2024",
]  # fmt: skip
STATIC = {
    "/gioi-thieu/chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", [
        "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Kim Sơn, tham "
        "mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ, bao gồm hoạt "
        "động khoa học và công nghệ, phát triển tiềm lực khoa học và công nghệ, tiêu chuẩn, đo "
        "lường, chất lượng, sở hữu trí tuệ, ứng dụng bức xạ và đồng vị phóng xạ, an toàn bức xạ "
        "và hạt nhân.",
        "Sở trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch dài hạn, năm năm và "
        "hằng năm về khoa học và công nghệ; tổ chức tuyển chọn, giao trực tiếp, đánh giá, nghiệm "
        "thu các nhiệm vụ khoa học và công nghệ cấp tỉnh.",
        "Sở hướng dẫn, kiểm tra việc thực hiện các quy định về tiêu chuẩn, đo lường, chất lượng "
        "sản phẩm, hàng hóa; quản lý hoạt động sở hữu công nghiệp và hỗ trợ phát triển tài sản "
        "trí tuệ của địa phương.",
    ]),
    "/gioi-thieu/co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Giám đốc Sở: Bà Đặng Thị Kim Oanh - Điện thoại: 0256 3822 601 - Email: oanhdtk@kimson.gov.vn",
        "Phó Giám đốc Sở: Ông Lưu Văn Định - Điện thoại: 0256 3822 602 - Email: dinhlv@kimson.gov.vn",
        "Phó Giám đốc Sở: Ông Tạ Quang Hiếu - Điện thoại: 0256 3822 603 - Email: hieutq@kimson.gov.vn",
        "Các phòng: Văn phòng Sở, Thanh tra Sở, Phòng Kế hoạch - Tài chính, Phòng Quản lý khoa học, "
        "Phòng Quản lý công nghệ và Sở hữu trí tuệ.",
        "Đơn vị trực thuộc: Chi cục Tiêu chuẩn Đo lường Chất lượng, Trung tâm Ứng dụng tiến bộ khoa "
        "học và công nghệ, Trung tâm Hỗ trợ khởi nghiệp đổi mới sáng tạo.",
    ]),
    "/lien-he": ("Liên hệ", [
        "Sở Khoa học và Công nghệ tỉnh Kim Sơn. Quý cơ quan, tổ chức, cá nhân có thể gửi ý kiến qua "
        "biểu mẫu dưới đây; Văn phòng Sở sẽ phản hồi trong thời gian sớm nhất.",
    ]),
}  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _views(art: Art, en: bool = False) -> str:
    return f"{int(art.extra['views']):,}".replace(",", "," if en else ".")  # type: ignore[call-overload]


def _sidebar(en: bool) -> str:
    most = sorted(ARTICLES, key=lambda a: -int(a.extra["views"]))[:4]  # type: ignore[call-overload]
    items = "".join(
        f'<li class="list-group-item"><a href="{a.path}">{esc(a.title)}</a><small class="text-muted d-block">'
        f'{dmy(a.published)} - {"Views" if en else "Lượt xem"}: {_views(a, en)}</small></li>'
        for a in most
    )  # fmt: skip
    heads = ("Most viewed", "Website links", "Statistics", "Online", "Total visits") if en else (
        "Tin xem nhiều", "Liên kết website", "Thống kê truy cập", "Đang truy cập", "Tổng lượt truy cập")  # fmt: skip
    return f"""<aside class="col-lg-4">
<div class="card mb-3"><div class="card-header">{heads[0]}</div><ul class="list-group list-group-flush">{items}</ul></div>
<div class="card mb-3"><div class="card-header">{heads[1]}</div><div class="card-body"><select class="form-control" onchange="window.open(this.value)">
<option>--- {heads[1]} ---</option><option value="https://most.gov.vn">Bộ Khoa học và Công nghệ</option></select></div></div>
<div class="card mb-3 stats"><div class="card-header">{heads[2]}</div><div class="card-body"><p>{heads[3]}: 35</p><p>{heads[4]}: 2.345.678</p></div></div></aside>"""


def _layout(title: str, main: str, *, head: str = "", crumb: str = "", en: bool = False, here: str = "") -> str:
    vi_link, en_link = (f"/vi-VN{here}", f"/en-US{here}") if here else ("/vi-VN", "/en-US")
    if en:
        menu = '<li class="nav-item"><a class="nav-link" href="/en-US">Home</a></li><li class="nav-item"><a class="nav-link" href="/tin-tuc">News</a></li>'
        footer = (f"<p>{NAME_EN}</p><p>Address: No. 9 Le Loi Street, Kim Son City - Tel: 0256 3822 614 - Email: skhcn@kimson.gov.vn</p>"
                  "<p>© 2023 Copyright. All rights reserved.</p>")  # fmt: skip
        top, site, lang = "Wednesday, 03/20/2024", NAME_EN, "en"
        login = "Login"
    else:
        cats = "".join(f'<a class="dropdown-item" href="/tin-tuc/{c}">{esc(label)}</a>' for c, label in CATS.items())
        menu = (
            '<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Giới thiệu</a>'
            '<div class="dropdown-menu"><a class="dropdown-item" href="/gioi-thieu/chuc-nang-nhiem-vu">Chức năng, nhiệm vụ</a><a class="dropdown-item" href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></div></li>'
            f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/tin-tuc">Tin tức - Sự kiện</a><div class="dropdown-menu">{cats}</div></li>'
            '<li class="nav-item"><a class="nav-link" href="https://dichvucong.kimson.gov.vn">Thủ tục hành chính</a></li><li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>'
        )
        footer = (f"<p><strong>{esc(NAME)}</strong></p><p>Địa chỉ: Số 9 đường Lê Lợi, thành phố Kim Sơn, tỉnh Kim Sơn</p>"
                  "<p>Điện thoại: 0256 3822 614 - Email: skhcn@kimson.gov.vn</p><p>© 2023 Bản quyền thuộc Sở Khoa học và Công nghệ tỉnh Kim Sơn</p>")  # fmt: skip
        top, site, lang = "Thứ Tư, 20/03/2024", NAME, "vi"
        login = "Đăng nhập"
    bread = f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav>' if crumb else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - {esc(site)}</title>{head}
<link href="/lib/bootstrap/dist/css/bootstrap.min.css" rel="stylesheet" /><link href="/css/site.min.css?v=Kx8vQ2" rel="stylesheet" />
</head>
<body>
<div class="top-bar"><div class="container d-flex justify-content-between"><span class="today">{top}</span>
<span><a href="{vi_link}" class="lang">Tiếng Việt</a> | <a href="{en_link}" class="lang">English</a> | <a href="/Account/Login">{login}</a></span></div></div>
<header class="site-header"><div class="container"><a href="/" class="brand"><img src="/images/logo.png" alt="" /> <span>{esc(site)}</span></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav mr-auto">{menu}</ul>
<form class="form-inline" action="/tim-kiem" method="get"><input class="form-control" name="keyword" placeholder="Tìm kiếm" /></form></div></nav>
<main class="container py-3">{bread}<div class="row"><div class="col-lg-8">{main}</div>{_sidebar(en)}</div></main>
<footer class="site-footer"><div class="container">{footer}</div></footer>
<script src="/lib/jquery/dist/jquery.min.js"></script><script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
</body></html>"""


def _figure(src: str, caption: str) -> str:
    return f'<figure class="image"><img src="{src}" alt="{esc(caption)}" /><figcaption>{esc(caption)}</figcaption></figure>'


def _blocks(art: Art) -> list[str]:
    blocks = [] if art.extra["sapo"] else [f"<p>{esc(art.lead)}</p>"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(paragraph)}</p>")
        if i < len(images):
            blocks.append(_figure(*images[i]))
    return blocks


def _jsonld(art: Art) -> str:
    data = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
        "image": [f"https://skhcn.kimson.gov.vn{UP}thumb/{_id(art)}.jpg"],
        "datePublished": art.published, "dateModified": art.published,
        "author": {"@type": "Organization", "name": NAME},
        "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": "https://skhcn.kimson.gov.vn/images/logo.png"}},
    }  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def render_article(art: Art, part: int = 1, en: bool = False, canonical: bool = False) -> str:
    blocks = _blocks(art)
    pager = ""
    if art.split:
        blocks = blocks[:SPLIT_AT] if part == 1 else blocks[SPLIT_AT:]
        pager = (
            '<nav><ul class="pagination justify-content-center">'
            + "".join(
                f'<li class="page-item{" active" if n == part else ""}"><a class="page-link" href="{art.path if n == 1 else art.path + "?page=2"}">{n}</a></li>'
                for n in (1, 2)
            )
            + "</ul></nav>"
        )
    sapo = f'<div class="news-detail__sapo">{esc(art.lead)}</div>' if art.extra["sapo"] and part == 1 else ""
    foot = []
    if art.byline:
        foot.append(f'<span class="news-detail__author">{"Author" if en else "Tác giả"}: {esc(art.byline)}</span>')
    if art.source:
        foot.append(f'<span class="news-detail__source">{"Source" if en else "Nguồn"}: {esc(art.source)}</span>')
    footer = f'<div class="news-detail__footer text-right">{"<br />".join(foot)}</div>' if foot else ""
    cat = str(art.extra["cat"])
    tags = "".join(f'<a class="badge badge-light" href="/tag/{t}">{esc(TAGS[t])}</a> ' for t in art.extra["tags"])  # type: ignore[attr-defined]
    related = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="text-muted">({dmy(a.published)})</span></li>'
        for a in ARTICLES if a is not art and a.extra["cat"] == cat
    )  # fmt: skip
    labels = ("Posted date", "Views", "Keywords", "Share", "Print", "Related news") if en else (
        "Ngày đăng", "Lượt xem", "Từ khóa", "Chia sẻ", "In bài", "Tin cùng chuyên mục")  # fmt: skip
    main = f"""<article class="news-detail">
<h1 class="news-detail__title">{esc(art.title)}</h1>
<div class="news-detail__meta text-muted"><span><i class="fa fa-calendar"></i> {labels[0]}: {dmy(art.published)}</span> | <span><i class="fa fa-eye"></i> {labels[1]}: {_views(art, en)}</span></div>
{sapo}<div class="news-detail__content">{"".join(blocks)}</div>{pager}{footer}
<div class="news-detail__tags">{labels[2]}: {tags}</div>
<div class="news-detail__tools"><span>{labels[3]}: <a href="https://www.facebook.com/sharer/sharer.php?u=https://skhcn.kimson.gov.vn{art.path}" class="fb">Facebook</a> <a href="https://zalo.me/share?u=https://skhcn.kimson.gov.vn{art.path}">Zalo</a></span>
<a href="javascript:window.print()" class="print">{labels[4]}</a></div>
<div class="news-related"><h4>{labels[5]}</h4><ul>{related}</ul></div></article>"""
    head = f'\n<meta property="og:type" content="article" /><meta property="og:title" content="{esc(art.title)}" />\n{_jsonld(art)}'
    if canonical:
        head += f'\n<link rel="canonical" href="https://skhcn.kimson.gov.vn{art.path}" />'
    home = "/en-US" if en else "/"
    crumb = (
        f'<li class="breadcrumb-item"><a href="{home}">{"Home" if en else "Trang chủ"}</a></li>'
        f'<li class="breadcrumb-item"><a href="/tin-tuc/{cat}">{esc(CATS[cat])}</a></li>'
    )
    return _layout(art.title, main, head=head, crumb=crumb, en=en, here=art.path)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="media news-item mb-3"><a href="{a.path}"><img class="mr-3" src="{UP}thumb/{_id(a)}.jpg" alt="" /></a>'
        f'<div class="media-body"><h5><a href="{a.path}">{esc(a.title)}</a></h5><small class="text-muted">{dmy(a.published)}</small>'
        f"<p>{esc(a.lead[:170])}...</p></div></div>"
        for a in arts
    )


def render_listing(base: str, title: str, arts: list[Art], page: int = 1) -> str:
    pages, chunk = paginate(arts, page, PER_PAGE)
    pager = ""
    if pages > 1:
        pager = '<ul class="pagination">' + "".join(
            f'<li class="page-item{" active" if n == page else ""}"><a class="page-link" href="{base if n == 1 else f"{base}?page={n}"}">{n}</a></li>'
            for n in range(1, pages + 1)
        ) + "</ul>"  # fmt: skip
    crumb = f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">{esc(title)}</li>'
    return _layout(title, f"<h2 class=\"page-title\">{esc(title)}</h2>{_teasers(chunk)}{pager}", crumb=crumb)


def render_home(en: bool = False) -> str:
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="/vi-VN{a.path}"><img src="{UP}thumb/{_id(a)}-lon.jpg" alt="" />'
        f'<div class="carousel-caption"><h5>{esc(a.title)}</h5></div></a></div>'
        for i, a in enumerate(FEATURED)
    )  # fmt: skip
    head = "Featured" if en else "Tin nổi bật"
    news = "News and events" if en else "Tin tức - Sự kiện"
    main = (
        f'<h3>{head}</h3><div id="featured" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>'
        f'<h3 class="mt-3">{news}</h3>{_teasers(ARTICLES[:4])}'
    )
    return _layout("Home" if en else "Trang chủ", main, en=en)


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if path == "/lien-he":
        body += (
            '<form action="/lien-he" method="post"><div class="form-group"><label>Họ và tên</label><input class="form-control" name="FullName" /></div>'
            '<div class="form-group"><label>Email</label><input class="form-control" name="Email" /></div><div class="form-group"><label>Nội dung</label>'
            '<textarea class="form-control" name="Content"></textarea></div><input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nq3" />'
            '<button class="btn btn-primary" type="submit">Gửi</button></form><iframe src="https://www.google.com/maps/embed?pb=kimson" width="100%" height="300"></iframe>'
        )
    crumb = f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">{esc(title)}</li>'
    return _layout(title, f'<h2 class="page-title">{esc(title)}</h2><div class="static-content">{body}</div>', crumb=crumb)


def render_login() -> str:
    form = (
        '<h2 class="page-title">Đăng nhập hệ thống</h2><form action="/Account/Login" method="post"><div class="form-group"><label>Tên đăng nhập</label>'
        '<input class="form-control" name="UserName" /></div><div class="form-group"><label>Mật khẩu</label><input class="form-control" type="password" name="Password" /></div>'
        '<div class="form-check"><input type="checkbox" name="RememberMe" /> Ghi nhớ</div><button class="btn btn-primary">Đăng nhập</button></form>'
    )
    return _layout("Đăng nhập", form)


def _html_pages() -> dict[str, str]:
    out: dict[str, str] = {}
    for a in ARTICLES:
        out[a.path] = render_article(a)
        out["/vi-VN" + a.path] = render_article(a, canonical=True)
        out["/en-US" + a.path] = render_article(a, en=True)
        if a.split:
            out[a.path + "?page=2"] = render_article(a, 2)
    out["/"] = out["/vi-VN"] = render_home()
    out["/en-US"] = render_home(en=True)
    out["/tin-tuc"] = render_listing("/tin-tuc", "Tin tức - Sự kiện", ARTICLES)
    out["/tin-tuc?page=2"] = render_listing("/tin-tuc", "Tin tức - Sự kiện", ARTICLES, 2)
    for cat, label in CATS.items():
        out[f"/tin-tuc/{cat}"] = render_listing(f"/tin-tuc/{cat}", label, [a for a in ARTICLES if a.extra["cat"] == cat])
    for tag, label in TAGS.items():
        out[f"/tag/{tag}"] = render_listing(f"/tag/{tag}", f"Từ khóa: {label}", [a for a in ARTICLES if tag in a.extra["tags"]])  # type: ignore[operator]
    for path in STATIC:
        out[path] = render_static(path)
    out["/Account/Login"] = render_login()
    return out


SPLIT_PARTS = [a.path + "?page=2" for a in ARTICLES if a.split]
NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES} - set(SPLIT_PARTS))


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    robots = (
        "User-agent: *\nDisallow: /Account/\nDisallow: /Admin/\nDisallow: /tim-kiem\n\n"
        "Sitemap: {base}/sitemap.xml\n"
    )
    sitemaps = {
        "/sitemap.xml": ["/sitemap-news.xml", "/sitemap-pages.xml"],
        "/sitemap-news.xml": [a.path for a in ARTICLES],
        "/sitemap-pages.xml": ["/", *STATIC, "/tin-tuc", *(f"/tin-tuc/{c}" for c in CATS)],
    }
    not_found = Page.html(
        _layout("Không tìm thấy trang", '<div class="error-page"><h2>404</h2><p>Trang bạn yêu cầu không tồn tại.</p><a href="/">Về trang chủ</a></div>'),
        status=404,
    )
    return site_with_files(pages, robots=robots, sitemaps=sitemaps, not_found=not_found)
