"""A commune's site on a cheap WordPress news theme sold by a local web company.

- Posts ``/<yyyy>/<mm>/<slug>/``; the category ``/chuyen-muc/tin-tuc/`` and ``page/2/``;
  pages ``/gioi-thieu/``, ``/lien-he/``, ``/thu-tuc-hanh-chinh/``; the author archive
  ``/author/admin/``; the search ``/?s=...``; a WordPress calendar widget whose links to
  day and month archives (``/2024/03/12/``) never end.
- Under the title "admin" and the day only ("12/03/2024") in ``<time class="entry-date
  published" datetime="...">`` (the time of day only in the attribute and in Yoast's
  ``article:published_time``, in UTC); the writer, if any, is the body's last line ("Nguyễn
  Thị Thu - Công chức Văn hóa - Xã hội", "Tin: Trần Văn Lực; ảnh: Hoàng Nam").
- Widgets: "Bài viết mới" (dates), the calendar, "Thống kê truy cập" (a plugin's counter),
  a YouTube video, link banners; "Bài viết liên quan" with dates and "Để lại một bình luận"
  under each post; footer "Thiết kế web bởi ...".
- Yoast's ``/sitemap_index.xml`` (robots.txt names it) with a post sitemap and a page sitemap.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from crawler.replica.site import Page, Request, Site
from tests.sealed3.common import Art, attr, dmy, esc, image, sitemap_xml

SITE_ID = "sz-wpcommune"
NAME = "Trang thông tin điện tử xã Thạch Bình"
BASE_URL = "https://thachbinh.dongkhe.hoaninh.gov.vn/"
CAT = "/chuyen-muc/tin-tuc/"


def _art(slug: str, iso: str, title: str, paras: list[str], **kw: object) -> Art:
    # the theme prints the update time beside the published one (the same: never edited)
    return Art(f"/{iso[:4]}/{iso[5:7]}/{slug}/", title, paras[0], tuple(paras[1:]), iso, iso, updated=iso,
               extra={"id": kw.pop("post_id")}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("xa-thach-binh-to-chuc-hoi-nghi-nhan-dan-dau-nam", "2024-03-12T08:15:00+07:00",
         "Xã Thạch Bình tổ chức Hội nghị nhân dân đầu năm 2024", [
         "Thực hiện kế hoạch của Ủy ban nhân dân huyện, trong tháng 3/2024, các thôn trên địa bàn xã Thạch "
         "Bình đồng loạt tổ chức Hội nghị nhân dân đầu năm.",
         "Tại hội nghị, nhân dân các thôn được nghe báo cáo kết quả thực hiện nhiệm vụ phát triển kinh tế - "
         "xã hội năm 2023, công khai các khoản thu, chi quỹ thôn và bàn biện pháp thực hiện nhiệm vụ năm 2024.",
         "Nhiều ý kiến tâm huyết đã được bà con nêu lên, tập trung vào việc sửa chữa tuyến kênh mương nội "
         "đồng, lắp đặt đèn chiếu sáng đường thôn và giữ gìn vệ sinh môi trường khu dân cư.",
         "Các ý kiến, kiến nghị của nhân dân đã được Ban công tác Mặt trận và trưởng thôn tổng hợp để báo "
         "cáo Ủy ban nhân dân xã xem xét, giải quyết theo thẩm quyền.",
         ], author="Nguyễn Thị Thu", signature="Nguyễn Thị Thu - Công chức Văn hóa - Xã hội", post_id=1843),
    _art("ra-quan-tong-ve-sinh-moi-truong-huong-ung-ngay-chu-nhat-xanh", "2024-03-10T16:20:00+07:00",
         "Ra quân tổng vệ sinh môi trường hưởng ứng “Ngày Chủ nhật xanh”", [
         "Sáng Chủ nhật 10/3, Đoàn Thanh niên xã Thạch Bình phối hợp với Hội Liên hiệp Phụ nữ và Hội Cựu "
         "chiến binh xã tổ chức ra quân tổng vệ sinh môi trường.",
         "Hơn 200 đoàn viên, hội viên và người dân đã tham gia phát quang bụi rậm, thu gom rác thải dọc "
         "tuyến đường liên thôn Đông - Tây và khu vực chợ Thạch Bình.",
         "Dịp này, Đoàn xã cũng trao tặng 50 thùng đựng rác cho các hộ kinh doanh tại chợ và ra mắt mô "
         "hình “Tuyến đường hoa thanh niên” dài 1,5 km.",
         ], author="Trần Văn Lực", signature="Tin: Trần Văn Lực; ảnh: Hoàng Nam", post_id=1838,
         image=("/wp-content/uploads/2024/03/ve-sinh-moi-truong-1024x683.jpg",
                "Đoàn viên thanh niên thu gom rác thải tại khu vực chợ Thạch Bình.")),
    _art("thong-bao-lich-tiem-vac-xin-cho-tre-em-thang-3-2024", "2024-03-04T10:00:00+07:00",
         "Trạm Y tế xã tổ chức tiêm vắc xin cho trẻ em đợt tháng 3/2024", [
         "Trạm Y tế xã Thạch Bình tổ chức tiêm chủng mở rộng đợt tháng 3/2024 cho trẻ em trong độ tuổi trên "
         "địa bàn xã vào hai ngày 14 và 15/3/2024.",
         "Các loại vắc xin được tiêm gồm: vắc xin 5 trong 1 phòng bạch hầu, ho gà, uốn ván, viêm gan B và "
         "viêm phổi, viêm màng não mủ do Hib; vắc xin bại liệt; vắc xin sởi - rubella.",
         "Phụ huynh khi đưa trẻ đi tiêm cần mang theo sổ tiêm chủng hoặc phiếu tiêm chủng, thông báo cho "
         "nhân viên y tế tình trạng sức khỏe của trẻ trước khi tiêm.",
         "Sau khi tiêm, trẻ được theo dõi tại trạm ít nhất 30 phút và tiếp tục được theo dõi tại nhà trong "
         "vòng 24 giờ; nếu có dấu hiệu bất thường, cần đưa ngay trẻ đến cơ sở y tế gần nhất.",
         ], post_id=1826),
    _art("hoi-nong-dan-xa-tap-huan-ky-thuat-trong-lac-vu-xuan", "2024-02-27T14:45:00+07:00",
         "Hội Nông dân xã tập huấn kỹ thuật trồng lạc vụ Xuân", [
         "Ngày 27/2, Hội Nông dân xã Thạch Bình phối hợp với Trạm Khuyến nông huyện Đông Khê tổ chức lớp "
         "tập huấn kỹ thuật trồng và chăm sóc lạc vụ Xuân cho hơn 60 hội viên nông dân.",
         "Các học viên được hướng dẫn cách chọn giống, xử lý hạt giống, mật độ gieo trồng, kỹ thuật che phủ "
         "ni lông và phòng trừ một số loại sâu bệnh hại chính trên cây lạc.",
         "Vụ Xuân năm nay, toàn xã gieo trồng 85 ha lạc, chủ yếu sử dụng giống L14 và L27 cho năng suất cao, "
         "phù hợp với chân đất cát pha ven sông.",
         ], author="Phan Văn Hùng", signature="Phan Văn Hùng - Chủ tịch Hội Nông dân xã", post_id=1811),
]  # fmt: skip
CHROME = [
    "Bài viết mới", "Bài viết liên quan", "Để lại một bình luận", "Thống kê truy cập", "Lượt truy cập",
    "Đang xem", "Liên kết", "Thiết kế web bởi", "Đăng nhập", "Bình luận", "Email của bạn sẽ không được hiển thị công khai", "Video",
    "Điện thoại: 0233 3520 168", "ubndxathachbinh@gmail.com", "Trang chủ", "admin",
]  # fmt: skip
PAGES = {
    "/gioi-thieu/": ("Giới thiệu", [
        "Xã Thạch Bình nằm ở phía đông nam huyện Đông Khê, có diện tích tự nhiên 18,6 km², gồm 7 thôn với "
        "2.140 hộ, 8.350 nhân khẩu.",
        "Năm 2021, xã được công nhận đạt chuẩn nông thôn mới; hiện đang phấn đấu đạt chuẩn nông thôn mới nâng cao.",
    ]),
    "/lien-he/": ("Liên hệ", [
        "Ủy ban nhân dân xã Thạch Bình - Thôn Trung, xã Thạch Bình, huyện Đông Khê, tỉnh Hòa Ninh.",
        "Bộ phận tiếp nhận và trả kết quả làm việc các ngày trong tuần từ thứ Hai đến thứ Sáu.",
    ]),
    "/thu-tuc-hanh-chinh/": ("Thủ tục hành chính", [
        "Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết của UBND xã: lĩnh vực hộ tịch (14 thủ tục), "
        "chứng thực (10 thủ tục), đất đai (3 thủ tục), bảo trợ xã hội (8 thủ tục).",
        "Người dân có thể nộp hồ sơ trực tuyến tại Cổng dịch vụ công quốc gia hoặc trực tiếp tại Bộ phận một cửa của xã.",
    ]),
}  # fmt: skip


def _yoast_time(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _sidebar() -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">{dmy(a.published)}</span></li>' for a in ARTICLES)
    days = sorted({int(a.published[8:10]) for a in ARTICLES if a.published[5:7] == "03"})
    cells = []
    for d in range(1, 32):
        cells.append(f'<td><a href="/2024/03/{d:02d}/" aria-label="Các bài viết đã được xuất bản vào {d} March, 2024">{d}</a></td>'
                     if d in days else f"<td>{d}</td>")  # fmt: skip
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, 31, 7))
    calendar = (f'<table id="wp-calendar" class="wp-calendar-table"><caption>Tháng 3 2024</caption><tbody>{rows}</tbody></table>'
                '<nav class="wp-calendar-nav"><span class="wp-calendar-nav-prev"><a href="/2024/02/">« Th2</a></span></nav>')
    return f"""<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form role="search" method="get" action="/"><input type="search" name="s" placeholder="Tìm kiếm …"/></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section class="widget widget_calendar"><div class="calendar_wrap">{calendar}</div></section>
<section class="widget widget_text"><h2 class="widget-title">Video</h2><iframe width="300" height="170" src="https://www.youtube.com/embed/q8Lm2VbX0aE"></iframe></section>
<section class="widget widget_media_image"><h2 class="widget-title">Liên kết</h2><a href="https://dichvucong.gov.vn"><img src="/wp-content/uploads/2023/05/banner-dvcqg.png" alt="Cổng dịch vụ công quốc gia"/></a></section>
<section class="widget widget_counter"><h2 class="widget-title">Thống kê truy cập</h2><ul><li>Đang xem: 3</li><li>Hôm nay: 57</li><li>Lượt truy cập: 96.402</li></ul></section></aside>"""


def _layout(title: str, main: str, head: str = "", body_class: str = "home") -> str:
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>{head}
<link rel='stylesheet' id='newsbox-style-css' href='/wp-content/themes/newsbox/style.css?ver=1.2.3' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" /><meta name="generator" content="WordPress 6.4.3" /></head>
<body class="{body_class}"><div id="page" class="site">
<div class="top-bar"><span class="date-now">Thứ Sáu, 15/03/2024</span> <a href="/wp-login.php">Đăng nhập</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/uploads/2023/05/logo-thach-binh.png" alt=""/></a>
<p class="site-title"><a href="/" rel="home">{esc(NAME)}</a></p><p class="site-description">Huyện Đông Khê - Tỉnh Hòa Ninh</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="{CAT}">Tin tức</a></li><li><a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="primary" class="site-main">{main}</main>{_sidebar()}</div>
<footer id="colophon" class="site-footer"><div class="site-info"><p>© 2024 Ủy ban nhân dân xã Thạch Bình. Địa chỉ: Thôn Trung, xã Thạch Bình, huyện Đông Khê, tỉnh Hòa Ninh</p>
<p>Điện thoại: 0233 3520 168 - Email: ubndxathachbinh@gmail.com</p><p>Thiết kế web bởi Công ty TNHH Giải pháp số Hòa Ninh</p></div></footer></div>
<script src="/wp-content/themes/newsbox/js/navigation.js?ver=1.2.3" id="newsbox-navigation-js"></script></body></html>"""


def render_article(art: Art) -> str:
    post_id = art.extra["id"]
    content = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, para in enumerate(art.paragraphs):
        content += f"<p>{esc(para)}</p>"
        if i == 0 and art.image:
            src, caption = art.image
            content += (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{src}" alt="" '
                        f'class="wp-image-{int(post_id) + 1}"/><figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>')
    if art.signature:
        content += f'<p class="has-text-align-right"><strong><em>{esc(art.signature)}</em></strong></p>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in ARTICLES if a is not art)
    updated = art.updated or art.published
    main = f"""<article id="post-{post_id}" class="post-{post_id} post type-post status-publish format-standard category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="byline"> <span class="author vcard"><a class="url fn n" href="/author/admin/">admin</a></span></span>
<span class="posted-on"><a href="{art.path}" rel="bookmark"><time class="entry-date published" datetime="{art.published}">{dmy(art.published)}</time><time class="updated" datetime="{updated}">{dmy(updated)}</time></a></span>
<span class="comments-link"><a href="{art.path}#respond">Bình luận</a></span></div></header>
<div class="entry-content">{content}</div>
<footer class="entry-footer"><span class="cat-links">Đăng trong <a href="{CAT}" rel="category tag">Tin tức</a></span></footer></article>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p>Email của bạn sẽ không được hiển thị công khai.</p><textarea name="comment"></textarea>
<input name="submit" type="submit" value="Gửi bình luận" /></form></div></div>"""
    head = (f'<link rel="canonical" href="{art.path}" /><meta property="og:type" content="article" />'
            f'<meta property="og:title" content="{attr(art.title)} - {attr(NAME)}" />'
            f'<meta property="article:published_time" content="{_yoast_time(art.published)}" />'
            f'<link rel="shortlink" href="/?p={post_id}" />')
    return _layout(f"{art.title} - {NAME}", main, head, "post-template-default single single-post")


def _excerpts(arts: list[Art]) -> str:
    return "".join(
        f'<article class="post type-post"><a class="post-thumbnail" href="{a.path}"><img src="/wp-content/uploads/2024/03/thumb-{a.extra["id"]}.jpg" alt=""/></a>'
        f'<h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2><div class="entry-meta"><time class="entry-date published" datetime="{a.published}">{dmy(a.published)}</time></div>'
        f'<div class="entry-summary"><p>{esc(a.lead[:140])} […]</p></div></article>'
        for a in arts
    )


def render_archive(title: str, arts: list[Art], pager: str = "", cls: str = "archive category") -> str:
    main = f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>{_excerpts(arts)}{pager}'
    return _layout(f"{title} - {NAME}", main, body_class=cls)


def render_page(path: str) -> str:
    title, paras = PAGES[path]
    main = (f'<article class="page type-page"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
            f'<div class="entry-content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></article>')
    return _layout(f"{title} - {NAME}", main, f'<link rel="canonical" href="{path}" />', "page-template-default page")


NON_ARTICLES = {
    "/": "home",
    CAT: "listing",
    CAT + "page/2/": "listing",
    "/gioi-thieu/": "static",
    "/lien-he/": "static",
    "/thu-tuc-hanh-chinh/": "static",
    "/author/admin/": "author",
    "/?s=v%E1%BA%AFc+xin": "search",
}
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {"/wp-login.php": 200, **{f"/?p={a.extra['id']}": 301 for a in ARTICLES}}
NON_ARTICLE_PATTERNS = [r"^/\d{4}/\d{2}/(\d{2}/)?$"]
HAS_SITEMAP = True
_DATE_ARCHIVE = re.compile(NON_ARTICLE_PATTERNS[0])


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pager1 = f'<nav class="navigation pagination"><span class="current">1</span> <a class="page-numbers" href="{CAT}page/2/">2</a> <a class="next page-numbers" href="{CAT}page/2/">Sau »</a></nav>'
    pager2 = f'<nav class="navigation pagination"><a class="prev page-numbers" href="{CAT}">« Trước</a> <a class="page-numbers" href="{CAT}">1</a> <span class="current">2</span></nav>'
    pages["/"] = Page.html(render_archive("Tin tức - Sự kiện", ARTICLES, cls="home blog"))
    pages[CAT] = Page.html(render_archive("Chuyên mục: Tin tức", ARTICLES[:3], pager1))
    pages[CAT + "page/2/"] = Page.html(render_archive("Chuyên mục: Tin tức", ARTICLES[3:], pager2))
    for path in PAGES:
        pages[path] = Page.html(render_page(path))
    pages["/author/admin/"] = Page.html(render_archive("Tác giả: admin", ARTICLES, cls="archive author"))
    hits = [a for a in ARTICLES if "vắc xin" in a.title]
    pages["/?s=v%E1%BA%AFc+xin"] = Page.html(render_archive("Kết quả tìm kiếm cho: vắc xin", hits, cls="search search-results"))
    pages["/wp-login.php"] = Page(200, [("Content-Type", "text/plain; charset=utf-8")], b"login form (not archived)\n")
    for a in ARTICLES:
        pages[f"/?p={a.extra['id']}"] = Page.redirect(a.path)

    def handler(request: Request) -> Page | None:
        base = request.base_url.rstrip("/")
        if request.target == "/robots.txt":
            return Page.text(f"User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/sitemap_index.xml\n")
        if request.target in ("/sitemap_index.xml", "/sitemap.xml"):
            body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<sitemap><loc>{base}/post-sitemap.xml</loc></sitemap><sitemap><loc>{base}/page-sitemap.xml</loc></sitemap></sitemapindex>\n")
            return Page.text(body, "application/xml; charset=utf-8")
        if request.target == "/post-sitemap.xml":
            return sitemap_xml(base, [a.path for a in ARTICLES])
        if request.target == "/page-sitemap.xml":
            return sitemap_xml(base, ["/", *PAGES])
        if request.path.startswith("/wp-content/uploads/"):
            return image()
        if _DATE_ARCHIVE.match(request.target):
            prefix = request.target.strip("/").replace("/", "-")
            arts = [a for a in ARTICLES if a.published.startswith(prefix)]
            return Page.html(render_archive(f"Lưu trữ: {request.target.strip('/')}", arts, cls="archive date"))
        return None

    not_found = Page.html(_layout(f"Không tìm thấy trang - {NAME}", '<h1 class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1>', body_class="error404"), status=404)
    return Site(pages=pages, handler=handler, not_found=not_found)
