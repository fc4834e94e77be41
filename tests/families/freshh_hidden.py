"""A provincial department's Bootstrap portal whose article column carries hidden blocks, an
image gallery's controls and plain-text widgets inside the body's own ``<div>`` (fresh-H,
round 17).

- Articles ``/tin-tuc/<slug>-<n>.html``: ``h1.post-title``, "Thứ Ba, 05/03/2024 - 08:30" in
  ``div.post-meta``, the sapo in ``div.post-sapo``, the paragraphs in ``div.post-content``. In
  that ``div``, around the text: a print-only header (``div.d-none.d-print-block``, "Sở Văn hóa
  ... - Bản in"), a screen-reader note (``span.sr-only`` "Bạn đang đọc bài viết"), a mobile-only
  "Chia sẻ qua Zalo | Sao chép liên kết" row (``div.d-block.d-md-none``), a ``<div hidden>``
  "Đang tải bình luận..." and a ``<p class="hidden">`` of search keywords; each photo in a
  gallery whose controls are plain spans ("‹ Trước", "Ảnh 1/3", "Sau ›", "Xem ảnh lớn"); after
  the text, still inside it, "Đánh giá: ★★★★☆ (12 lượt)", "Mã QR bài viết - đọc trên điện
  thoại" under the QR image, "Đường dây nóng tiếp nhận phản ánh: 0236.3822.115 (giờ hành chính)".
- Not articles: the section ``/tin-tuc.html`` and the home page.
- ``/sitemap.xml`` names the articles; no robots.txt.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fh-hidden"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bắc"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _weekday(iso: str) -> str:
    from datetime import date

    return _DAYS[date.fromisoformat(iso[:10]).weekday()]


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"{_weekday(iso)}, {dmy(iso)} - {hm(iso)}",
               extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-thu-vien", "khong-gian-doc-sach-so", 3301, "2024-03-05T08:30:00+07:00", signature="Lan Anh", author="Lan Anh",
         image=("/uploads/2024/03/thu-vien-1.jpg", "Các em nhỏ trải nghiệm thiết bị đọc sách điện tử."),
         more_images=(("/uploads/2024/03/thu-vien-2.jpg", "Góc đọc sách số tại tầng hai thư viện tỉnh."),)),
    _art("pl-thu-vien-luu-dong", "thu-vien-luu-dong", 3297, "2024-03-01T15:00:00+07:00",
         image=("/uploads/2024/03/luu-dong.jpg", "Xe thư viện lưu động tại điểm trường Nà Lừa.")),
    _art("nbp-the-thao", "dai-hoi-the-thao-lan-ix", 3305, "2024-03-09T07:45:00+07:00", signature="Quang Vinh",
         author="Quang Vinh"),
    _art("nx-hoi-thi-van-nghe", "hoi-thi-van-nghe-quan-chung", 3299, "2024-03-03T19:30:00+07:00",
         image=("/uploads/2024/03/van-nghe.jpg", "Tiết mục múa của đội văn nghệ thôn Bản Chang.")),
    _art("svh-di-tich", "tu-bo-di-tich", 3308, "2024-03-12T10:00:00+07:00", signature="Lan Anh", author="Lan Anh"),
    _art("svh-du-lich", "kich-cau-du-lich", 3310, "2024-03-14T09:20:00+07:00",
         image=("/uploads/2024/03/du-lich-1.jpg", "Du khách tham quan bản văn hóa du lịch cộng đồng."),
         more_images=(("/uploads/2024/03/du-lich-2.jpg", "Ẩm thực truyền thống được giới thiệu tại lễ hội."),)),
]  # fmt: skip
CHROME = [
    "Bản in", "Bạn đang đọc bài viết", "Chia sẻ qua Zalo", "Sao chép liên kết", "Đang tải bình luận", "Từ khóa tìm kiếm",
    "‹ Trước", "Sau ›", "Xem ảnh lớn", "Ảnh 1/", "lượt)", "Mã QR bài viết", "đọc trên điện thoại",
    "Đường dây nóng tiếp nhận phản ánh", "Tin xem nhiều",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/static/bootstrap.min.css"></head><body>
<header class="site-header"><div class="container"><a class="brand" href="/">{esc(NAME)}</a>
<nav class="navbar"><a href="/">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a></nav></div></header>
<main class="container"><div class="row"><div class="col-md-8">{main}</div>
<aside class="col-md-4"><div class="box"><h3>Tin xem nhiều</h3><ul>{most}</ul></div></aside></div></main>
<footer class="site-footer">{esc(NAME)}. Địa chỉ: 15 Lê Lợi, thành phố Hòa Bắc.</footer></body></html>"""


def _gallery(src: str, cap: str, i: int, n: int) -> str:
    return (f'<div class="gallery-item"><img src="{src}" alt=""><p class="caption">{esc(cap)}</p>'
            f'<div class="gallery-nav"><span class="prev">‹ Trước</span> <span class="count">Ảnh {i}/{n}</span> '
            f'<span class="next">Sau ›</span> <span class="zoom">Xem ảnh lớn</span></div></div>')


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    votes = 5 + ident % 23
    body = ('<div class="d-none d-print-block">' + esc(NAME) + " - Bản in</div>"
            '<span class="sr-only">Bạn đang đọc bài viết</span>'
            '<div class="d-block d-md-none share-mobile">Chia sẻ qua Zalo | Sao chép liên kết</div>')
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += _gallery(*images[i], i + 1, len(images))
    if art.signature:
        body += f'<p class="text-right"><strong>{esc(art.signature)}</strong></p>'
    body += (f'<p class="hidden">Từ khóa tìm kiếm: {esc(art.title.lower())}</p><div hidden>Đang tải bình luận...</div>'
             f'<p class="rating">Đánh giá: ★★★★☆ ({votes} lượt)</p>'
             f'<div class="qr"><img src="/qr/{ident}.png" alt=""><br>Mã QR bài viết - đọc trên điện thoại</div>'
             '<div class="hotline-float">Đường dây nóng tiếp nhận phản ánh: 0236.3822.115 (giờ hành chính)</div>')
    main = (f'<article class="post"><h1 class="post-title">{esc(art.title)}</h1><div class="post-meta">{esc(art.date_line)}</div>'
            f'<div class="post-sapo"><strong>{esc(art.lead)}</strong></div><div class="post-content">{body}</div></article>')
    return _layout(art.title, main)


def render_section() -> str:
    items = "".join(f'<div class="news-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout("Tin tức", f'<h1 class="cat-title">Tin tức</h1>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span></li>' for a in NEWS)
    return _layout(NAME, f"<h2>Tin mới</h2><ul>{items}</ul>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc.html"] = render_section()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None, sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
