"""A provincial department of transport's portal whose article container carries a
text-to-speech player, font-size and print tools, an inline related box between the
paragraphs, "Xem thêm:" pointers and a comment form (fresh-K, round 18: chrome that leaks
into the body).

- Articles ``/tin-tuc/<slug>-post<n>.html``: everything in ``div.news-detail``: the breadcrumb
  repeated inside it ("Trang chủ › Tin tức › Tin hoạt động" as an ``<ol>``), ``h1.title``, the
  meta row "05/03/2024 08:30 | Lượt xem: 1.234", the font-size row "Cỡ chữ: A- A A+" with
  "Bản in", a text-to-speech player (a "Nghe đọc bài viết" button, a voice ``<select>``
  "Giọng nữ miền Bắc / Giọng nam miền Bắc / Giọng nữ miền Nam", a speed ``<select>`` "Tốc độ
  1x ...", the clock "0:00 / 3:25"), the sapo in ``div.sapo``, the text in ``div.content``:
  paragraphs, pictures as ``<figure>`` with ``<figcaption>`` (the article's own: kept), after
  the second paragraph a box "Tin liên quan:" with two other articles' links, and on half of
  the articles a paragraph "&gt;&gt; Xem thêm: <a>another article</a>" before the last one;
  the signature right-aligned in bold. After the text, in the same container: "Đánh giá bài
  viết: ★★★★☆ 4,5/5 (8 lượt)", "Từ khóa: a, b", "Thích 12 Chia sẻ", "Bản in | Gửi email |
  Quay lại", "Trở về đầu trang", a comment form ("Ý kiến của bạn", "Họ và tên", "Email",
  "Gửi ý kiến") and "Ý kiến bạn đọc (0)" with its empty state.
- Truth: the sapo, the paragraphs, the captions, the signature. The in-body related box and
  the "Xem thêm:" pointers are chrome (docs/extraction.md: a pointer label followed by one
  of the page's links to another article is no text of this one).
- Not articles: the section ``/tin-tuc.html``, the home page and ``/gioi-thieu.html``.
- ``/sitemap.xml`` names the articles; no robots.txt.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fk-nghedoc"
NAME = "Sở Giao thông vận tải tỉnh Thạch Lâm"


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"/tin-tuc/{slug}-post{ident}.html", iso, f"{dmy(iso)} {hm(iso)}", extra={"id": ident},
               **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-dang-kiem", "dang-kiem-lam-viec-thu-bay", 5210, "2024-03-04T08:30:00+07:00", signature="Minh Đức",
         author="Minh Đức", image=("/uploads/2024/03/dang-kiem.jpg", "Phương tiện xếp hàng chờ kiểm định tại Trung tâm đăng kiểm 24-01S.")),
    _art("tl-tai-nan-tet", "tai-nan-giao-thong-tet-giap-thin", 5198, "2024-02-20T14:15:00+07:00"),
    _art("tl-sua-duong-718", "sua-chua-tinh-lo-718", 5215, "2024-03-06T09:45:00+07:00", signature="Thanh Hương",
         author="Thanh Hương", image=("/uploads/2024/03/tl718.jpg", "Mặt đường tỉnh lộ 718 đoạn qua xã Đồng Lạc xuống cấp.")),
    _art("tl-sat-hach-a1", "sat-hach-a1-luu-dong", 5220, "2024-03-08T16:00:00+07:00",
         image=("/uploads/2024/03/sat-hach-1.jpg", "Thí sinh dự sát hạch thực hành tại huyện Mường Khoa."),
         more_images=(("/uploads/2024/03/sat-hach-2.jpg", "Hội đồng sát hạch hướng dẫn thí sinh làm bài lý thuyết."),)),
    _art("tl-ben-xe-phia-nam", "ben-xe-phia-nam-hoat-dong", 5203, "2024-03-01T07:20:00+07:00", signature="Minh Đức",
         author="Minh Đức"),
    _art("vl-sat-lo-152", "khac-phuc-sat-lo-tinh-lo-152", 5226, "2024-03-12T11:10:00+07:00", signature="Quốc Toản",
         author="Quốc Toản", image=("/uploads/2024/03/sat-lo-152.jpg", "Máy xúc san gạt đất đá tại km 27 tỉnh lộ 152.")),
]  # fmt: skip
CHROME = [
    "Tin hoạt động", "Lượt xem", "Cỡ chữ", "A-", "A+", "Bản in", "Nghe đọc bài viết", "Giọng nữ miền Bắc",
    "Giọng nam miền Bắc", "Giọng nữ miền Nam", "Tốc độ", "0:00 /", "Tin liên quan", "Xem thêm", "Đánh giá bài viết",
    "lượt)", "Từ khóa", "Thích ", "Chia sẻ", "Gửi email", "Quay lại", "Trở về đầu trang", "Ý kiến của bạn",
    "Họ và tên", "Gửi ý kiến", "Ý kiến bạn đọc", "Chưa có ý kiến", "Tin đọc nhiều",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TAGS = {5210: ("đăng kiểm", "xe cơ giới"), 5198: ("an toàn giao thông", "Tết Giáp Thìn"), 5215: ("tỉnh lộ 718",),
        5220: ("sát hạch", "giấy phép lái xe"), 5203: ("bến xe", "vận tải hành khách"), 5226: ("sạt lở", "tỉnh lộ 152")}


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<header class="header"><div class="container"><a class="logo" href="/">{esc(NAME)}</a>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="/tin-tuc.html">Tin tức</a></li></ul></div></header>
<div class="container page-body"><div class="row"><div class="col-lg-9 main-col">{main}</div>
<div class="col-lg-3 side-col"><div class="widget"><div class="widget-title">Tin đọc nhiều</div><ul>{most}</ul></div></div></div></div>
<footer class="footer"><p>{esc(NAME)}</p><p>Địa chỉ: 88 Trần Hưng Đạo, thành phố Thạch Lâm. Điện thoại: 0215.3852.404</p></footer>
</body></html>"""


def _others(art: Art, n: int) -> list[Art]:
    i = NEWS.index(art)
    return [NEWS[(i + k) % len(NEWS)] for k in range(1, n + 1)]


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    views = f"{800 + (ident * 53) % 4000:,}".replace(",", ".")
    likes = ident % 17
    rel = _others(art, 3)
    clock = f"{2 + ident % 3}:{(ident * 7) % 60:02d}"
    body = ""
    for i, p in enumerate(art.paragraphs):
        if i == len(art.paragraphs) - 1 and ident % 2 == 0:
            body += f'<p><strong>&gt;&gt; Xem thêm: </strong><a href="{rel[2].path}">{esc(rel[2].title)}</a></p>'
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<figure class="image"><img src="{src}" alt="{esc(cap)}"><figcaption>{esc(cap)}</figcaption></figure>'
        if i == 1:
            links = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rel[:2])
            body += f'<div class="box-related"><div class="box-related-title">Tin liên quan:</div><ul>{links}</ul></div>'
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    tags = ", ".join(f'<a href="/tag/{t.replace(" ", "-")}.html">{esc(t)}</a>' for t in TAGS[ident])
    main = f"""<div class="news-detail">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.html">Tin tức</a></li><li class="active">Tin hoạt động</li></ol>
<h1 class="title">{esc(art.title)}</h1>
<div class="meta"><span class="date">{esc(art.date_line)}</span> | <span class="views">Lượt xem: {views}</span></div>
<div class="tools"><span>Cỡ chữ:</span> <a href="#" class="fs-down">A-</a> <a href="#" class="fs-normal">A</a> <a href="#" class="fs-up">A+</a>
 <a href="javascript:window.print()" class="print">Bản in</a></div>
<div class="tts-player"><button type="button" class="tts-play">Nghe đọc bài viết</button>
<select class="tts-voice"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Bắc</option><option>Giọng nữ miền Nam</option></select>
<select class="tts-speed"><option>Tốc độ 0.75x</option><option selected>Tốc độ 1x</option><option>Tốc độ 1.25x</option></select>
<span class="tts-time">0:00 / {clock}</span></div>
<div class="sapo">{esc(art.lead)}</div>
<div class="content">{body}</div>
<div class="rating">Đánh giá bài viết: <span class="stars">★★★★☆</span> 4,5/5 ({8 + ident % 9} lượt)</div>
<div class="tags">Từ khóa: {tags}</div>
<div class="social"><a href="#" class="fb-like">Thích {likes}</a> <a href="#" class="fb-share">Chia sẻ</a></div>
<div class="print-tools"><a href="javascript:window.print()">Bản in</a> | <a href="/gui-email.html?id={ident}">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="top-link"><a href="#top">Trở về đầu trang</a></div>
<div class="comment-form"><div class="cf-title">Ý kiến của bạn</div>
<div class="form-group"><label>Họ và tên</label><input type="text" name="name"></div>
<div class="form-group"><label>Email</label><input type="email" name="email"></div>
<div class="form-group"><textarea name="content" placeholder="Nội dung"></textarea></div>
<button type="submit">Gửi ý kiến</button></div>
<div class="comment-list"><div class="cl-title">Ý kiến bạn đọc (0)</div><p class="empty">Chưa có ý kiến nào về bài viết này.</p></div>
</div>"""
    return _layout(art.title, main)


def render_section() -> str:
    items = "".join(f'<div class="news-item"><a href="{a.path}"><img src="/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:160])}...</p></div>" for a in NEWS)
    return _layout("Tin tức", f'<div class="cat-news"><h1 class="cat-title">Tin tức</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in NEWS)
    return _layout(NAME, f'<div class="home"><h2>Tin mới nhất</h2><ul>{items}</ul></div>')


def render_about() -> str:
    text = ("<p>Sở Giao thông vận tải là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Thạch Lâm, tham mưu, giúp Ủy ban "
            "nhân dân tỉnh quản lý nhà nước về giao thông vận tải đường bộ, đường thủy nội địa trên địa bàn tỉnh.</p>"
            "<p>Sở có Văn phòng, Thanh tra, bốn phòng chuyên môn và ba đơn vị sự nghiệp trực thuộc.</p>")
    return _layout("Giới thiệu", f'<div class="news-detail"><h1 class="title">Giới thiệu</h1><div class="content">{text}</div></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc.html"] = render_section()
    out["/gioi-thieu.html"] = render_about()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None, sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
