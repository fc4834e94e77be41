"""A city's WordPress portal (a GeneratePress-like theme with Yoast, Jetpack, "Reading
Time", "Last Updated" and "Post Views Counter" plugins) whose plugins write their lines into
the entry content, before and after the text, partly in English (fresh-Q, round 20: chrome
lines on the generic path).

Built in round 20 as a fresh family (``FRESH_Q``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/<yyyy>/<mm>/<dd>/<slug>/``: ``article.post`` with ``h1.entry-title``, the date
  "05/03/2024" in ``time.entry-date`` (its ``datetime`` and ``article:published_time`` carry the
  time), then ``div.entry-content``, the text's element, whose children are, in order: Yoast's
  breadcrumb as a ``<p id="breadcrumbs">`` ending with the article's own title ("Trang chủ »
  Tin phường, xã » <title>"), "Cập nhật lần cuối vào 07/03/2024 lúc 15:20" (a later day: the
  article's ``updated_at``), the reading time "Thời gian đọc: 2 phút" in spans, the sapo, the
  paragraphs and ``figure.wp-block-image`` pictures with ``<figcaption>`` (kept), the signature
  right-aligned; then "Post Views: 1.234" (the plugin's English label), Jetpack's share block
  ("Chia sẻ:" over a list "Facebook", "X", "Zalo", "In"), its likes block ("Thích bài này:",
  "Thích", "Đang tải...") and its related posts ("Có liên quan", three posts each with a title,
  a date "5 Tháng Ba, 2024" and "Trong "Tin phường, xã""). After the entry content: "Chuyên
  mục:" and "Thẻ:" links, the post navigation ("Điều hướng bài viết", "Bài trước", "Bài tiếp
  theo" with titles) and WordPress's Vietnamese comment form ("Để lại một bình luận", "Email của
  bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *", "Bình luận *",
  "Tên *", "Trang web", "Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình
  luận kế tiếp của tôi.", "Phản hồi").
- Truth: the sapo, the paragraphs, the captions, the signature (the author when there is one;
  the theme shows no byline).
- Not articles: the home page, the category, the author archive (admin), the page
  "Giới thiệu" (a WordPress page: same entry content with the share block, undated) and the
  contact page.
- robots.txt (WordPress's) names ``/wp-sitemap.xml``, an index of ``/wp-sitemap-posts-post-1.xml``.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fq-tanlap"
NAME = "Cổng thông tin điện tử thành phố Tân Lập"
CAT = "Tin phường, xã"
MONTHS = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    path = f"/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{slug}/"
    return Art(KEY[key], path, iso, dmy(iso), extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pm-giao-quan", "phu-my-co-12-thanh-nien-len-duong-nhap-ngu", 2841, "2024-02-24T09:15:00+07:00",
         signature="Ngọc Hân", author="Ngọc Hân", updated="2024-02-26T08:40:00+07:00",
         image=("/wp-content/uploads/2024/02/giao-quan-phu-my.jpg", "Lãnh đạo phường Phú Mỹ tặng quà các tân binh.")),
    _art("dt-tuyen-quan", "dong-tien-to-chuc-le-giao-nhan-quan", 2846, "2024-02-26T14:30:00+07:00",
         updated="2024-02-27T10:00:00+07:00"),
    _art("dt-ve-sinh-moi-truong", "phuong-dong-tien-ra-quan-tong-ve-sinh", 2853, "2024-03-04T08:05:00+07:00",
         signature="Minh Quân", author="Minh Quân", updated="2024-03-07T15:20:00+07:00",
         image=("/wp-content/uploads/2024/03/ve-sinh-dong-tien.jpg", "Đoàn viên thanh niên khơi thông cống rãnh ven kênh.")),
    _art("dt-lop-hoc-boi", "mo-lop-day-boi-mien-phi", 2857, "2024-03-06T16:45:00+07:00", signature="Minh Quân",
         author="Minh Quân", updated="2024-03-08T09:30:00+07:00"),
    _art("pl-ngay-hoi-van-hoa", "ngay-hoi-van-hoa-cac-dan-toc-to-dan-pho-so-7", 2850, "2024-03-03T19:20:00+07:00",
         updated="2024-03-05T11:10:00+07:00",
         image=("/wp-content/uploads/2024/03/ngay-hoi-binh-minh.jpg", "Gian trưng bày món ăn truyền thống của bà con dân tộc Tày."),
         more_images=(("/wp-content/uploads/2024/03/ngay-hoi-2.jpg", "Các cụ cao tuổi giao lưu hát then."),)),
    _art("bs-hoi-nghi-dien-hinh", "phuc-khe-bieu-duong-dien-hinh-tien-tien", 2844, "2024-02-25T10:00:00+07:00",
         signature="Ban Văn hóa - Xã hội xã Phúc Khê", author="Ban Văn hóa - Xã hội xã Phúc Khê",
         updated="2024-02-25T15:35:00+07:00"),
]  # fmt: skip
CHROME = [
    "Trang chủ »", "Cập nhật lần cuối", "Thời gian đọc", "Post Views", "Chia sẻ:", "Thích bài này", "Đang tải",
    "Có liên quan", "Trong \"", "Chuyên mục:", "Thẻ:", "Điều hướng bài viết", "Bài trước", "Bài tiếp theo",
    "Để lại một bình luận", "Email của bạn sẽ không được hiển thị", "Bình luận *", "Trang web", "Lưu tên của tôi",
    "Bài viết mới",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TAGS = {2841: ("giao quân", "Phú Mỹ"), 2846: ("giao quân", "Đông Tiến"), 2853: ("môi trường", "Đông Tiến"),
        2857: ("thiếu nhi", "Đông Tiến"), 2850: ("văn hóa", "Bình Minh"), 2844: ("thi đua", "Phúc Khê")}


def _words_date(iso: str) -> str:
    return f"{int(iso[8:10])} Tháng {MONTHS[int(iso[5:7]) - 1]}, {iso[:4]}"


def _share(path: str) -> str:
    items = "".join(f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" class="share-{k} sd-button share-icon" '
                    f'href="{path}?share={k}" target="_blank"><span>{label}</span></a></li>'
                    for k, label in (("facebook", "Facebook"), ("x", "X"), ("jetpack-whatsapp", "Zalo"), ("print", "In")))
    return (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social '
            f'sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul>{items}'
            '<li class="share-end"></li></ul></div></div></div>')


def _layout(title: str, main: str, head: str = "") -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {esc(NAME)}</title>{head}
<meta name="generator" content="WordPress 6.4.3"></head>
<body class="wp-singular"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
<header class="site-header"><div class="inside-header"><p class="main-title"><a href="/" rel="home">{esc(NAME)}</a></p></div></header>
<nav class="main-navigation"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="/chuyen-muc/tin-phuong-xa/">{esc(CAT)}</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav>
<div class="site-content" id="content"><div class="content-area"><main class="site-main">{main}</main></div>
<div class="widget-area sidebar"><aside class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside></div></div>
<footer class="site-info"><div class="copyright-bar">Bản quyền © 2024 {esc(NAME)}. Chịu trách nhiệm: Chánh Văn phòng HĐND và UBND thành phố.</div></footer>
</body></html>"""


def _related(art: Art) -> str:
    i = NEWS.index(art)
    posts = [NEWS[(i + k) % len(NEWS)] for k in (1, 2, 3)]
    items = "".join(f'<div class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-id="{a.extra["id"]}">'
                    f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{a.path}">{esc(a.title)}</a></h4>'
                    f'<p class="jp-relatedposts-post-date">{_words_date(a.published)}</p>'
                    f'<p class="jp-relatedposts-post-context">Trong &quot;{esc(CAT)}&quot;</p></div>'
                    for k, a in enumerate(posts))
    return (f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3>'
            f'<div class="jp-relatedposts-items jp-relatedposts-items-minimal">{items}</div></div>')


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    i = NEWS.index(art)
    images = ([art.image] if art.image else []) + list(art.more_images)
    assert art.updated
    minutes = max(1, (len(art.lead) + sum(len(p) for p in art.paragraphs)) // 450)
    body = (f'<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span><a href="/chuyen-muc/tin-phuong-xa/">'
            f'{esc(CAT)}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(art.title)}</span></span></p>'
            f'<p class="last-updated">Cập nhật lần cuối vào {dmy(art.updated)} lúc {hm(art.updated)}</p>'
            '<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">'
            f'Thời gian đọc: </span> <span class="rt-time"> {minutes}</span> <span class="rt-label rt-postfix">phút</span></span>'
            f"<p><strong>{esc(art.lead)}</strong></p>")
    for k, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if k < len(images):
            src, cap = images[k]
            body += (f'<figure class="wp-block-image size-large"><img decoding="async" src="{src}" alt="" class="wp-image-{ident + k}">'
                     f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption></figure>')
    if art.signature:
        body += f'<p class="has-text-align-right"><strong>{esc(art.signature)}</strong></p>'
    views = f"{400 + (ident * 29) % 2500:,}".replace(",", ".")
    body += (f'<div class="post-views content-post post-{ident} entry-meta"><span class="post-views-icon dashicons '
             f'dashicons-chart-bar"></span> <span class="post-views-label">Post Views:</span> '
             f'<span class="post-views-count">{views}</span></div>')
    body += _share(art.path)
    body += (f'<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" '
             f'id="like-post-wrapper-2147-{ident}"><h3 class="sd-title">Thích bài này:</h3><div class="likes-widget-placeholder '
             'post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Thích</span></span> '
             '<span class="loading">Đang tải...</span></div></div>')
    body += _related(art)
    tags = ", ".join(f'<a href="/the/{t.replace(" ", "-")}/" rel="tag">{esc(t)}</a>' for t in TAGS[ident])
    prev = (f'<div class="nav-previous"><span class="prev">Bài trước</span> <a href="{NEWS[i + 1].path}" rel="prev">'
            f"{esc(NEWS[i + 1].title)}</a></div>") if i < len(NEWS) - 1 else ""
    nxt = (f'<div class="nav-next"><span class="next">Bài tiếp theo</span> <a href="{NEWS[i - 1].path}" rel="next">'
           f"{esc(NEWS[i - 1].title)}</a></div>") if i > 0 else ""
    main = f"""<article id="post-{ident}" class="post-{ident} post type-post status-publish format-standard category-tin-phuong-xa">
<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{art.published}" itemprop="datePublished">{esc(art.date_line)}</time></span></div></header>
<div class="entry-content" itemprop="text">{body}</div>
<footer class="entry-meta"><span class="cat-links">Chuyên mục: <a href="/chuyen-muc/tin-phuong-xa/" rel="category tag">{esc(CAT)}</a></span>
<span class="tags-links">Thẻ: {tags}</span>
<nav id="nav-below" class="post-navigation"><h2 class="screen-reader-text">Điều hướng bài viết</h2>{prev}{nxt}</nav></footer></div></article>
<div class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận
<small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span>
<span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" required></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" required></p>
<p class="comment-form-url"><label for="url">Trang web</label> <input id="url" name="url" type="url"></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"> <label for="wp-comment-cookies-consent">Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình luận kế tiếp của tôi.</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi"></p></form></div></div>"""
    head = (f'<meta property="og:type" content="article"><meta property="article:published_time" content="{art.published}">'
            f'<meta property="article:modified_time" content="{art.updated}">')
    return _layout(art.title, main, head)


def _teasers(arts: list[Art]) -> str:
    return "".join(f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title"><a href="{a.path}" rel="bookmark">'
                   f'{esc(a.title)}</a></h2><div class="entry-meta"><time class="entry-date published" datetime="{a.published}">'
                   f'{dmy(a.published)}</time></div></header><div class="entry-summary"><p>{esc(a.lead[:150])} [&hellip;]</p></div></article>'
                   for a in arts)


def render_category() -> str:
    return _layout(CAT, f'<header class="page-header"><h1 class="page-title">Chuyên mục: <span>{esc(CAT)}</span></h1></header>{_teasers(NEWS)}')


def render_author() -> str:
    return _layout("admin", f'<header class="page-header"><h1 class="page-title">Tác giả: <span>admin</span></h1></header>{_teasers(NEWS)}')


def render_home() -> str:
    return _layout(NAME, _teasers(NEWS[:5]))


def render_page(title: str, slug: str, text: str) -> str:
    body = (f'<p id="breadcrumbs"><span><span><a href="/">Trang chủ</a></span> » <span class="breadcrumb_last" aria-current="page">'
            f"{esc(title)}</span></span></p>{text}{_share(f'/{slug}/')}")
    return _layout(title, f'<article class="page type-page status-publish"><div class="inside-article"><header class="entry-header">'
                   f'<h1 class="entry-title">{esc(title)}</h1></header><div class="entry-content">{body}</div></div></article>')


_ABOUT = ("<p>Thành phố Tân Lập là đô thị loại II trực thuộc tỉnh, có 9 phường và 4 xã, diện tích tự nhiên 186 km², dân số hơn "
          "210.000 người.</p><p>Thành phố là trung tâm chính trị, kinh tế, văn hóa của tỉnh, có vị trí quan trọng về quốc phòng, an "
          "ninh và đầu mối giao thông của vùng.</p>")
_CONTACT = ("<p>Văn phòng HĐND và UBND thành phố Tân Lập</p><p>Địa chỉ: Số 1 đường Trần Phú, phường Đông Tiến</p>"
            "<p>Điện thoại: 0209.3852.100 – Email: vanphong@tanlap.gov.vn</p>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/chuyen-muc/tin-phuong-xa/"] = render_category()
    out["/author/admin/"] = render_author()
    out["/gioi-thieu/"] = render_page("Giới thiệu", "gioi-thieu", _ABOUT)
    out["/lien-he/"] = render_page("Liên hệ", "lien-he", _CONTACT)
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    robots = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: {base}/wp-sitemap.xml\n"
    return site_with_files(pages, robots=robots, sitemaps={"/wp-sitemap.xml": ["/wp-sitemap-posts-post-1.xml"],
                                                           "/wp-sitemap-posts-post-1.xml": [a.path for a in ARTICLES]})
