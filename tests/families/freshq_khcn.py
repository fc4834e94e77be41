"""A provincial department of science and technology's portal whose template writes its
tools as plain paragraphs inside the article's own text element, before and after the text
(fresh-Q, round 20: chrome lines on the generic path).

Built in round 20 as a fresh family (``FRESH_Q``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<section>/<slug>-a<n>.html``: ``div.post-detail`` holds ``h1.post-title``,
  the date row "05/03/2024 08:30" and ``div.post-content``, the text's element, whose
  ``<p>``s are, in order: the breadcrumb written as a paragraph ("Trang chủ » Tin tức »
  <section>", the section per article), the font tools "Phóng to | Thu nhỏ | Mặc định | In
  bài", the sapo in bold, the paragraphs with centred pictures and italic captions (kept), the
  signature right-aligned, then "Cập nhật lần cuối: dd/mm/yyyy hh:mm" (a later day than the
  article's: its ``updated_at``), "Bài viết có hữu ích với bạn không? Có | Không (N người thấy
  hữu ích)", a QR picture with "Quét mã để xem bài viết trên điện thoại", "Chia sẻ: Facebook |
  Zalo | Twitter | Sao chép liên kết", "« Tin mới hơn: <a>title</a>" and "» Tin cũ hơn:
  <a>title</a>" (the newest and the oldest article have one pointer only). After the element,
  "Tin cùng chuyên mục" with dates; a side column with "Lịch công tác" and a visitor counter.
- Truth: the sapo, the paragraphs, the captions, the signature (the author when there is one).
- Not articles: the home page, the news section, the department's introduction (its
  ``div.post-content`` with the same font tools and share row, undated) and the contact page.
- ``/sitemap.xml`` names the articles; robots.txt points to it.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fq-khcn"
NAME = "Sở Khoa học và Công nghệ tỉnh Bắc Hòa"


def _art(key: str, section: tuple[str, str], slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, "section": section[1]}
    return Art(KEY[key], f"/tin-tuc/{section[0]}/{slug}-a{ident}.html", iso, f"{dmy(iso)} {hm(iso)}", extra=extra,
               **kw)  # type: ignore[arg-type]


_SO = ("hoat-dong-cua-so", "Hoạt động của Sở")
_TDC = ("tieu-chuan-do-luong", "Tiêu chuẩn - Đo lường - Chất lượng")
_LN = ("lang-nghe", "Khoa học phục vụ làng nghề")

ARTICLES = [
    _art("bh-nhiem-vu-khcn", _SO, "nghiem-thu-sau-nhiem-vu", 3312, "2024-03-05T08:30:00+07:00",
         signature="Hoàng Mai", author="Hoàng Mai", updated="2024-03-07T15:20:00+07:00",
         image=("/Uploads/2024/3/nghiem-thu.jpg", "Hội đồng khoa học nghe chủ nhiệm nhiệm vụ báo cáo kết quả.")),
    _art("bh-do-luong", _TDC, "kiem-dinh-cot-do-xang-dau", 3305, "2024-03-01T14:10:00+07:00",
         updated="2024-03-01T16:45:00+07:00"),
    _art("bh-an-toan-buc-xa", _SO, "kiem-tra-an-toan-buc-xa", 3309, "2024-03-04T09:00:00+07:00",
         signature="Phòng Quản lý chuyên ngành", author="Phòng Quản lý chuyên ngành",
         updated="2024-03-11T10:05:00+07:00"),
    _art("ln-thiet-ke-may-tre", _LN, "tap-huan-thiet-ke-mau-ma", 3298, "2024-02-27T10:20:00+07:00",
         signature="Thu Trang", author="Thu Trang", updated="2024-02-28T08:00:00+07:00",
         image=("/Uploads/2024/2/may-tre.jpg", "Học viên thực hành phác thảo mẫu sản phẩm mây tre.")),
    _art("ln-khao-sat-gom", _LN, "khao-sat-lang-gom", 3301, "2024-02-29T15:35:00+07:00",
         updated="2024-03-02T09:10:00+07:00",
         image=("/Uploads/2024/2/lo-gom.jpg", "Lò nung thủ công tại một làng gốm."),
         more_images=(("/Uploads/2024/2/nghe-nhan.jpg", "Nghệ nhân tạo hình sản phẩm trên bàn xoay."),)),
    _art("ln-chuyen-gia", _LN, "lam-viec-voi-chuyen-gia", 3294, "2024-02-28T16:00:00+07:00",
         signature="Hoàng Mai", author="Hoàng Mai", updated="2024-02-29T07:50:00+07:00"),
]  # fmt: skip
CHROME = [
    "Trang chủ » Tin tức", "Phóng to", "Thu nhỏ", "Mặc định", "In bài", "Cập nhật lần cuối", "hữu ích",
    "Quét mã", "Chia sẻ:", "Sao chép liên kết", "Tin mới hơn", "Tin cũ hơn", "Tin cùng chuyên mục",
    "Lịch công tác", "Đang truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
_TOOLS = ('<p class="font-tools"><a href="javascript:zoom(1)">Phóng to</a> | <a href="javascript:zoom(-1)">Thu nhỏ</a> | '
          '<a href="javascript:zoom(0)">Mặc định</a> | <a href="javascript:window.print()">In bài</a></p>')


def _share(path: str) -> str:
    return (f'<p class="share">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u={path}">Facebook</a> | '
            f'<a href="https://zalo.me/share?u={path}">Zalo</a> | <a href="https://twitter.com/share?url={path}">Twitter</a>'
            ' | <a href="javascript:copyLink()">Sao chép liên kết</a></p>')


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/site.css"></head><body>
<div class="top-banner"><a href="/"><img src="/images/banner.png" alt="{esc(NAME)}"></a></div>
<nav class="navbar"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="/tin-tuc.html">Tin tức</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4 sidebar"><div class="box"><h3>Lịch công tác</h3><p><a href="/lich-cong-tac.html">Lịch công tác tuần của lãnh đạo Sở</a></p></div>
<div class="box"><h3>Thống kê truy cập</h3><p>Đang truy cập: 18</p><p>Tổng số: 905.112</p></div></div></div></div>
<footer><p>{esc(NAME)}</p><p>Địa chỉ: 12 Lê Lợi, thành phố Bắc Hòa. Điện thoại: 0213.3821.455. Email: skhcn@bachoa.gov.vn</p></footer>
</body></html>"""


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    i = NEWS.index(art)
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = f'<p class="path-text">Trang chủ » Tin tức » {esc(art.extra["section"])}</p>{_TOOLS}'
    text += f"<p><strong>{esc(art.lead)}</strong></p>"
    for k, p in enumerate(art.paragraphs):
        text += f'<p style="text-align: justify;">{esc(p)}</p>'
        if k < len(images):
            src, cap = images[k]
            text += (f'<p style="text-align: center;"><img src="{src}" alt="" width="600"></p>'
                     f'<p style="text-align: center;"><em>{esc(cap)}</em></p>')
    if art.signature:
        text += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    assert art.updated
    text += f"<p>Cập nhật lần cuối: {dmy(art.updated)} {hm(art.updated)}</p>"
    text += (f'<p class="useful">Bài viết có hữu ích với bạn không? <a href="javascript:vote({ident},1)">Có</a> | '
             f'<a href="javascript:vote({ident},0)">Không</a> ({3 + ident % 11} người thấy hữu ích)</p>')
    text += f'<p class="qr"><img src="/qr/{ident}.png" alt="QR {esc(art.title)}"> Quét mã để xem bài viết trên điện thoại</p>'
    text += _share(art.path)
    if i > 0:
        text += f'<p class="nav-news">« Tin mới hơn: <a href="{NEWS[i - 1].path}">{esc(NEWS[i - 1].title)}</a></p>'
    if i < len(NEWS) - 1:
        text += f'<p class="nav-news">» Tin cũ hơn: <a href="{NEWS[i + 1].path}">{esc(NEWS[i + 1].title)}</a></p>'
    same = [a for a in NEWS if a is not art and a.extra["section"] == art.extra["section"]] or NEWS[:3]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>' for a in same)
    main = f"""<div class="post-detail">
<h1 class="post-title">{esc(art.title)}</h1>
<div class="post-meta"><i class="fa fa-calendar"></i> <span class="post-date">{esc(art.date_line)}</span></div>
<div class="post-content">{text}</div>
<div class="other-news"><h3>Tin cùng chuyên mục</h3><ul>{items}</ul></div>
</div>"""
    return _layout(art.title, main)


def render_section() -> str:
    items = "".join(f'<div class="news-item"><a href="{a.path}"><img src="/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout("Tin tức", f'<div class="news-list"><h1 class="cat-title">Tin tức</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in NEWS)
    return _layout(NAME, f'<div class="home"><h2>Tin mới</h2><ul>{items}</ul></div>')


def render_about() -> str:
    text = (f'<p class="path-text">Trang chủ » Giới thiệu</p>{_TOOLS}'
            "<p>Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bắc Hòa, tham mưu, giúp Ủy ban "
            "nhân dân tỉnh quản lý nhà nước về khoa học, công nghệ, tiêu chuẩn, đo lường, chất lượng, sở hữu trí tuệ và "
            "an toàn bức xạ, hạt nhân.</p><p>Sở có Văn phòng, Thanh tra, ba phòng chuyên môn, Chi cục Tiêu chuẩn Đo lường "
            "Chất lượng và Trung tâm Ứng dụng tiến bộ khoa học và công nghệ.</p>" + _share("/gioi-thieu.html"))
    return _layout("Giới thiệu", f'<div class="post-detail"><h1 class="post-title">Giới thiệu chung</h1>'
                    f'<div class="post-content">{text}</div></div>')


def render_contact() -> str:
    form = ('<div class="post-content"><p>Địa chỉ: 12 Lê Lợi, thành phố Bắc Hòa</p><p>Điện thoại: 0213.3821.455</p>'
            '<form action="/lien-he.html" method="post"><p><label>Họ và tên</label> <input name="name"></p>'
            '<p><label>Email</label> <input name="email"></p><p><label>Nội dung</label> <textarea name="body"></textarea></p>'
            '<p><button type="submit">Gửi liên hệ</button></p></form></div>')
    return _layout("Liên hệ", f'<div class="post-detail"><h1 class="post-title">Liên hệ</h1>{form}</div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc.html"] = render_section()
    out["/gioi-thieu.html"] = render_about()
    out["/lien-he.html"] = render_contact()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
