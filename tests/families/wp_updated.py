"""A commune's WordPress site whose only date line is an update date, the way many look.

- Each post shows one date: "Cập nhật lúc 08:40 ngày 5/3/2024" (no published date anywhere:
  no meta dates, no JSON-LD, no ``<time>`` in the post, no feed linked). The truth takes that
  date as ``published_at`` with ``date_basis: updated`` (issue 10's policy); ``updated_at``
  is the same moment.
- ``/%postname%/`` permalinks: posts and static pages ("Giới thiệu", "Liên hệ", "Thủ tục hành
  chính", "Lịch tiếp công dân" full of dates) share one URL shape.
- Home ``/`` and ``/page/2/``, category and tag archives, month archives ``/2024/03/`` and day
  archives ``/2024/03/05/``; a calendar widget on every page links the previous and next
  month as ``?m=YYYYMM`` whatever they hold, and the site serves every month (endless).
- Comments on one post, with dated ``<time>`` elements and ``?replytocom=`` links (copies of
  the post, canonical naming it); "Bài viết liên quan" lists other posts with their dates;
  share and print plugins append "Chia sẻ: Facebook Zalo" and "In bài viết | Gửi email |
  Quay lại" *inside* ``.entry-content``; WP-Statistics counters.
- robots.txt names ``/wp-sitemap.xml`` (an index: posts, pages, categories, tags);
  ``/sitemap.xml`` redirects there.
"""

from __future__ import annotations

import calendar
import re
import zlib

from crawler.replica.site import Page, Request, Site
from tests.families.common import Art, esc, paragraphs_html, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-wp-updated"
NAME = "Ủy ban nhân dân xã Tân Lập"
UP = "/wp-content/uploads/2024/"
CAPTURE_MONTH = (2024, 3)
UPDATED = {"date_basis": "updated"}


def _line(iso: str) -> str:
    """"Cập nhật lúc 08:40 ngày 5/3/2024" (no leading zeros in day and month)."""
    return f"Cập nhật lúc {iso[11:16]} ngày {int(iso[8:10])}/{int(iso[5:7])}/{iso[:4]}"


def _art(key: str, slug: str, post_id: int, iso: str, cat: str, tags: list[str], **kw: object) -> Art:
    extra = {**UPDATED, "id": post_id, "cat": cat, "tags": tags}
    return Art(KEY[key], f"/{slug}/", iso, _line(iso), updated=iso, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-lo-mom-long-mong", "chu-dong-phong-chong-benh-lo-mom-long-mong-tren-dan-gia-suc", 418,
         "2024-03-11T14:30:00+07:00", "thong-bao", ["y-te"], signature="BBT", author="BBT",
         attachment=(UP + "03/cv-42-ubnd-phong-chong-lmlm.pdf",
                     "Công văn số 42/UBND-NN về phòng, chống bệnh lở mồm long móng (PDF)")),
    _art("tl-nha-dai-doan-ket", "ban-giao-nha-dai-doan-ket-cho-ho-ngheo-thon-bai-soi", 415,
         "2024-03-09T10:15:00+07:00", "tin-tuc", ["nong-thon-moi"],
         signature="Mai Hoa – Ủy ban MTTQ xã", author="Mai Hoa"),
    _art("tl-ky-niem-8-3", "hoi-lien-hiep-phu-nu-xa-ky-niem-114-nam-ngay-quoc-te-phu-nu", 412,
         "2024-03-08T20:05:00+07:00", "tin-tuc", [], signature="Thu Hằng", author="Thu Hằng",
         image=(UP + "03/gap-mat-8-3-1024x683.jpg",
                "Hội Liên hiệp Phụ nữ xã trao giấy khen cho các chi hội xuất sắc.")),
    _art("tl-tiep-xuc-cu-tri", "dai-bieu-hdnd-huyen-tiep-xuc-cu-tri-xa-tan-lap", 409,
         "2024-03-05T08:40:00+07:00", "tin-tuc", [], signature="Phạm Hải Yến", author="Phạm Hải Yến"),
    _art("tl-lam-duong", "xa-tan-lap-ra-quan-lam-duong-giao-thong-nong-thon-nam-2024", 405,
         "2024-03-02T16:20:00+07:00", "tin-tuc", ["nong-thon-moi"],
         signature="Đinh Văn Quyết – Văn phòng HĐND - UBND xã", author="Đinh Văn Quyết",
         image=(UP + "03/ra-quan-lam-duong-1024x683.jpg",
                "Nhân dân thôn Đồng Sậy ra quân đổ bê tông đường giao thông nông thôn.")),
    _art("tl-tiem-chung", "tiem-vac-xin-phong-benh-cho-tre-em-trong-do-tuoi-tiem-chung-mo-rong", 401,
         "2024-02-28T07:55:00+07:00", "thong-bao", ["y-te"], author=None,
         source_line="Nguồn: Trạm Y tế xã Tân Lập", source="Trạm Y tế xã Tân Lập"),
]  # fmt: skip
PER_PAGE = 4
CATS = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
TAGS = {"nong-thon-moi": "nông thôn mới", "y-te": "y tế"}
COMMENTED = ARTICLES[2]  # tl-ky-niem-8-3
COMMENTS = [
    (31, "Nguyễn Văn Tâm", "2024-03-09T07:12:33+07:00", "09/03/2024 lúc 7:12 sáng",
     "Chúc mừng các chị em hội viên phụ nữ xã nhà, mong Hội tiếp tục có nhiều mô hình hay."),
    (32, "Lò Thị Xuân", "2024-03-09T21:40:05+07:00", "09/03/2024 lúc 9:40 chiều",
     "Đề nghị Hội mở thêm lớp dạy nghề may cho chị em thôn Bãi Soi."),
]  # fmt: skip
CHROME = [
    "Bài viết mới", "Bài viết liên quan", "Lưu trữ", "Danh mục", "Từ khóa:", "Chia sẻ",
    "In bài viết", "Gửi email", "Quay lại", "Lượt xem", "Để lại một bình luận", "bình luận:",
    "Trả lời", "Đang online", "Hôm nay:", "Tổng truy cập", "Liên kết website", "Lịch",
    "Thôn Đồng Sậy, xã Tân Lập, huyện Yên Hòa", "0271 3811 200", "xatanlap.yh@binhlam.gov.vn",
    "Bản quyền", "Trang chủ", "Đăng nhập",
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu", [
        "Xã Tân Lập nằm ở phía bắc huyện Yên Hòa, cách trung tâm huyện 12 km, có diện tích tự "
        "nhiên 2.846 héc ta, gồm 9 thôn với 1.620 hộ, 6.734 nhân khẩu.",
        "Xã có 4 dân tộc cùng sinh sống là Kinh, Tày, Nùng và Dao. Nhân dân chủ yếu sản xuất nông "
        "nghiệp, trồng lúa, ngô, chè và phát triển kinh tế đồi rừng.",
        "Năm 2020, xã được công nhận đạt chuẩn nông thôn mới và đang phấn đấu đạt chuẩn nông thôn "
        "mới nâng cao vào năm 2025.",
    ]),
    "lien-he": ("Liên hệ", [
        "Ủy ban nhân dân xã Tân Lập, thôn Đồng Sậy, xã Tân Lập, huyện Yên Hòa, tỉnh Bình Lâm.",
        "Bộ phận tiếp nhận và trả kết quả làm việc từ thứ Hai đến thứ Sáu và sáng thứ Bảy.",
    ]),
    "thu-tuc-hanh-chinh": ("Thủ tục hành chính", [
        "Đăng ký khai sinh; đăng ký kết hôn; đăng ký khai tử; chứng thực bản sao từ bản chính; "
        "chứng thực chữ ký trong các giấy tờ, văn bản.",
        "Xác nhận tình trạng hôn nhân; đăng ký giám hộ; thủ tục hỗ trợ hộ gia đình làm nhà ở; "
        "thủ tục giải quyết chế độ mai táng phí.",
        "Người dân có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công quốc gia hoặc trực tiếp tại "
        "Bộ phận tiếp nhận và trả kết quả của xã.",
    ]),
    "lich-tiep-cong-dan": ("Lịch tiếp công dân", [
        "Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng tại "
        "trụ sở Ủy ban nhân dân xã.",
        "Tháng 3/2024: ngày 11/3/2024 (do ngày 10/3 là Chủ nhật) và ngày 25/3/2024, từ 7 giờ 30 "
        "đến 11 giờ.",
        "Tháng 4/2024: ngày 10/4/2024 và ngày 25/4/2024, từ 7 giờ 30 đến 11 giờ.",
    ]),
}  # fmt: skip


def _pid(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _month_link(year: int, month: int) -> str:
    return f"/?m={year}{month:02d}"


def _calendar(year: int, month: int) -> str:
    days = {int(a.published[8:10]) for a in ARTICLES if (int(a.published[:4]), int(a.published[5:7])) == (year, month)}
    cells = []
    for week in calendar.Calendar().monthdayscalendar(year, month):
        row = "".join(
            "<td></td>" if d == 0 else
            f'<td><a href="/{year}/{month:02d}/{d:02d}/">{d}</a></td>' if d in days else f"<td>{d}</td>"
            for d in week
        )  # fmt: skip
        cells.append(f"<tr>{row}</tr>")
    prev = (year, month - 1) if month > 1 else (year - 1, 12)
    nxt = (year, month + 1) if month < 12 else (year + 1, 1)
    return (
        f'<table id="wp-calendar" class="wp-calendar-table"><caption>Tháng {month} {year}</caption>'
        "<thead><tr><th>H</th><th>B</th><th>T</th><th>N</th><th>S</th><th>B</th><th>C</th></tr></thead>"
        f'<tbody>{"".join(cells)}</tbody></table><nav class="wp-calendar-nav">'
        f'<span class="wp-calendar-nav-prev"><a href="{_month_link(*prev)}">« Th{prev[1]}</a></span>'
        f'<span class="wp-calendar-nav-next"><a href="{_month_link(*nxt)}">Th{nxt[1]} »</a></span></nav>'
    )


def _layout(title: str, main: str, head: str = "", body_class: str = "archive", cal: tuple[int, int] = CAPTURE_MONTH,
            home: bool = False) -> str:  # fmt: skip
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:5])
    head_title = f"{esc(NAME)} – Cổng thông tin điện tử xã Tân Lập" if home else f"{esc(title)} – {esc(NAME)}"
    site_title = (f'<h1 class="site-title"><a href="/" rel="home">{esc(NAME.upper())}</a></h1>' if home
                  else f'<p class="site-title"><a href="/" rel="home">{esc(NAME.upper())}</a></p>')  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title}</title>
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='stylesheet' id='tanlap-style-css' href='/wp-content/themes/xaphuong/style.css?ver=1.4.2' type='text/css' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />{head}
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} wp-custom-logo">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="{UP}01/logo-xa-tan-lap.png" class="custom-logo" alt="{esc(NAME)}" /></a>
{site_title}<p class="site-description">Cổng thông tin điện tử xã Tân Lập, huyện Yên Hòa, tỉnh Bình Lâm</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
<li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/gioi-thieu/">Giới thiệu</a></li>
<li class="menu-item"><a href="/category/tin-tuc/">Tin tức</a></li><li class="menu-item"><a href="/category/thong-bao/">Thông báo</a></li>
<li class="menu-item"><a href="/thu-tuc-hanh-chinh/">Thủ tục hành chính</a></li><li class="menu-item"><a href="/lich-tiep-cong-dan/">Lịch tiếp công dân</a></li>
<li class="menu-item"><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>
<aside id="secondary" class="widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm …" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>
<section id="calendar-2" class="widget widget_calendar"><h2 class="widget-title">Lịch</h2><div id="calendar_wrap" class="calendar_wrap">{_calendar(*cal)}</div></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2024/03/">Tháng Ba 2024</a></li><li><a href="/2024/02/">Tháng Hai 2024</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Liên kết website</h2><div class="textwidget"><p><a href="https://binhlam.gov.vn">Cổng TTĐT tỉnh Bình Lâm</a></p><p><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></p></div></section>
<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Quản trị</h2><ul><li><a href="/wp-login.php">Đăng nhập</a></li></ul></section>
<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">Thống kê truy cập</h2><ul><li><label>Đang online: </label>3</li><li><label>Hôm nay: </label>57</li><li><label>Tổng truy cập: </label>45.210</li></ul></section>
</aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><p><strong>{esc(NAME.upper())}</strong></p>
<p>Địa chỉ: Thôn Đồng Sậy, xã Tân Lập, huyện Yên Hòa, tỉnh Bình Lâm</p><p>Điện thoại: 0271 3811 200 - Email: xatanlap.yh@binhlam.gov.vn</p>
<p>© 2024 Bản quyền thuộc {esc(NAME)}</p></div></footer></div>
<script src='/wp-content/themes/xaphuong/js/navigation.js?ver=1.4.2' id='tanlap-navigation-js'></script>
</body></html>"""


def _p(html: str) -> str:
    return f'<p style="text-align: justify;">{html}</p>'


def _image(src: str, caption: str) -> str:
    return (
        f'<figure class="wp-block-image aligncenter size-large"><img decoding="async" width="1024" height="683" '
        f'src="{src}" alt="" class="wp-image-{zlib.crc32(src.encode()) % 900 + 100}" /><figcaption class="wp-element-caption">'
        f"{esc(caption)}</figcaption></figure>"
    )


def _comments(art: Art) -> str:
    items = "".join(
        f"""<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">bình luận:</span></div>
<div class="comment-metadata"><a href="{art.path}#comment-{cid}"><time datetime="{iso}">{esc(shown)}</time></a></div></footer>
<div class="comment-content"><p>{esc(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{art.path}?replytocom={cid}#respond">Trả lời</a></div></article></li>"""
        for cid, who, iso, shown, text in COMMENTS
    )
    return f"""<div id="comments" class="comments-area"><h2 class="comments-title">{len(COMMENTS)} bình luận về “{esc(art.title)}”</h2>
<ol class="comment-list">{items}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p>
<p class="comment-form-comment"><label for="comment">Bình luận</label><textarea id="comment" name="comment"></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /></p></form></div></div>"""


def render_article(art: Art) -> str:
    blocks = [f"<p><strong>{esc(art.lead)}</strong></p>", *paragraphs_html(art, _p, _image)]
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p class="has-text-align-right"><strong>{esc(line)}</strong></p>')
    cat = str(art.extra["cat"])
    tags = art.extra["tags"]
    tag_links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in tags)  # type: ignore[attr-defined]
    related = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.published[8:10]}/{a.published[5:7]}/{a.published[:4]})</span></li>'
        for a in ARTICLES if a is not art and a.extra["cat"] == cat
    )  # fmt: skip
    pid = _pid(art)
    main = f"""<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/category/{cat}/">{esc(CATS[cat])}</a> » <span>{esc(art.title)}</span></div>
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-{cat}">
<header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="post-date"><i class="fa fa-clock-o"></i> {esc(art.date_line)}</span> <span class="post-views"><i class="fa fa-eye"></i> Lượt xem: {pid % 173 + 40}</span></div></header>
<div class="entry-content">{"".join(blocks)}
<div class="share-post">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftanlap.yenhoa.binhlam.gov.vn{art.path}" target="_blank">Facebook</a> <a href="https://zalo.me/share" target="_blank">Zalo</a></div>
<div class="print-row"><a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?subject={esc(art.title)}">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div></div>
<footer class="entry-footer"><span class="cat-links">Danh mục: <a href="/category/{cat}/" rel="category tag">{esc(CATS[cat])}</a></span>{f' <span class="tags-links">Từ khóa: {tag_links}</span>' if tags else ""}</footer>
</article>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>
{_comments(art) if art is COMMENTED else ""}"""
    head = f'\n<link rel="canonical" href="{art.path}" />\n<link rel=\'shortlink\' href=\'/?p={pid}\' />'
    return _layout(art.title, main, head, f"post-template-default single single-post postid-{pid}")


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f"""<article id="post-{_pid(a)}" class="post-{_pid(a)} post type-post status-publish hentry">
<a class="post-thumbnail" href="{a.path}"><img src="{UP}{a.published[5:7]}/thumb-{_pid(a)}-300x200.jpg" alt="" /></a>
<header class="entry-header"><h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
<div class="entry-meta"><span class="post-date">{esc(a.date_line)}</span></div></header>
<div class="entry-summary"><p>{esc(a.lead[:150])} […]</p></div><a class="more-link" href="{a.path}">Xem tiếp</a></article>"""
        for a in arts
    )


def render_archive(title: str, arts: list[Art], *, heading: str | None = None, page: int = 1, base: str = "/",
                   cal: tuple[int, int] = CAPTURE_MONTH, home: bool = False) -> str:  # fmt: skip
    pages = max(1, (len(arts) + PER_PAGE - 1) // PER_PAGE)
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    nav = ""
    if pages > 1:
        links = "".join(
            f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page
            else f'<a class="page-numbers" href="{base if n == 1 else f"{base}page/{n}/"}">{n}</a>'
            for n in range(1, pages + 1)
        )  # fmt: skip
        if page < pages:
            links += f'<a class="next page-numbers" href="{base}page/{page + 1}/">Trang sau »</a>'
        nav = f'<nav class="navigation pagination" aria-label="Phân trang"><div class="nav-links">{links}</div></nav>'
    header = f'<header class="page-header"><h1 class="page-title">{esc(heading)}</h1></header>' if heading else ""
    body = _teasers(chunk) if chunk else '<section class="no-results not-found"><p>Chưa có bài viết nào trong tháng này.</p></section>'
    return _layout(title, header + body + nav, cal=cal, home=home)


def render_month(year: int, month: int) -> str:
    arts = [a for a in ARTICLES if (int(a.published[:4]), int(a.published[5:7])) == (year, month)]
    label = f"Tháng {month} {year}"
    return render_archive(label, arts, heading=f"Tháng: {label}", cal=(year, month))


def render_static(slug: str) -> str:
    title, paras = STATIC[slug]
    main = (
        f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
        f'<div class="entry-content">{"".join(f"<p>{esc(p)}</p>" for p in paras)}</div></article>'
    )
    return _layout(title, main, f'\n<link rel="canonical" href="/{slug}/" />', "page-template-default page")


def _days() -> list[str]:
    return sorted({f"/{a.published[:4]}/{a.published[5:7]}/{a.published[8:10]}/" for a in ARTICLES})


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for cid, *_ in COMMENTS:
        out[f"{COMMENTED.path}?replytocom={cid}"] = render_article(COMMENTED)
    out["/"] = render_archive(NAME, ARTICLES, home=True)
    out["/page/2/"] = render_archive(NAME, ARTICLES, page=2)
    for cat, label in CATS.items():
        out[f"/category/{cat}/"] = render_archive(label, [a for a in ARTICLES if a.extra["cat"] == cat],
                                                  heading=f"Danh mục: {label}", base=f"/category/{cat}/")  # fmt: skip
    for tag, label in TAGS.items():
        out[f"/tag/{tag}/"] = render_archive(label, [a for a in ARTICLES if tag in a.extra["tags"]],  # type: ignore[operator]
                                             heading=f"Thẻ: {label}", base=f"/tag/{tag}/")  # fmt: skip
    for year, month in ((2024, 2), (2024, 3)):
        out[f"/{year}/{month:02d}/"] = render_month(year, month)
    for year, month in ((2024, 2), (2024, 3), (2024, 4)):  # what the calendar links
        out[_month_link(year, month)] = render_month(year, month)
    for day in _days():
        arts = [a for a in ARTICLES if a.published[:10] == day.strip("/").replace("/", "-")]
        label = f"Ngày {int(day[9:11])} Tháng {int(day[6:8])} {day[1:5]}"
        out[day] = render_archive(label, arts, heading=f"Ngày: {label}")
    for slug in STATIC:
        out[f"/{slug}/"] = render_static(slug)
    out["/wp-login.php"] = LOGIN_PAGE
    return out


LOGIN_PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập &lsaquo; {esc(NAME)} &#8212; WordPress</title>
<meta name='robots' content='max-image-preview:large, noindex, noarchive' /></head>
<body class="login no-js login-action-login wp-core-ui"><div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc Địa chỉ Email</label>
<input type="text" name="log" id="user_login" /></p><div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" /></div>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="Đăng nhập" /></p></form>
<p id="nav"><a href="/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p><p id="backtoblog"><a href="/">&larr; Quay lại {esc(NAME)}</a></p></div></body></html>"""

_MONTH = re.compile(r"^/(?:\?m=(\d{4})(\d{2})|(\d{4})/(\d{2})/)$")


def _any_month(request: Request) -> Page | None:
    """The calendar never ends: every month is a page (empty ones say so)."""
    match = _MONTH.match(request.target)
    if not match:
        return None
    year, month = (int(g) for g in (match.group(1, 2) if match.group(1) else match.group(3, 4)))
    if not 1 <= month <= 12:
        return None
    return Page.html(render_month(year, month))


ENDLESS_EXAMPLES = ["/?m=202401", "/2023/12/", "/?m=203005"]  # served by the handler
NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES}) + ENDLESS_EXAMPLES


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    pages["/sitemap.xml"] = Page.redirect("/wp-sitemap.xml", 301)
    pages[ARTICLES[0].attachment[0]] = pdf_page()  # type: ignore[index]
    robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"
    sitemaps = {
        "/wp-sitemap.xml": ["/wp-sitemap-posts-post-1.xml", "/wp-sitemap-posts-page-1.xml",
                            "/wp-sitemap-taxonomies-category-1.xml", "/wp-sitemap-taxonomies-post_tag-1.xml"],
        "/wp-sitemap-posts-post-1.xml": [a.path for a in ARTICLES],
        "/wp-sitemap-posts-page-1.xml": ["/", *(f"/{s}/" for s in STATIC)],
        "/wp-sitemap-taxonomies-category-1.xml": [f"/category/{c}/" for c in CATS],
        "/wp-sitemap-taxonomies-post_tag-1.xml": [f"/tag/{t}/" for t in TAGS],
    }  # fmt: skip
    return site_with_files(pages, robots=robots, sitemaps=sitemaps, extra=_any_month)
