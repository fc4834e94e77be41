"""A provincial department of culture, sports and tourism whose article element ends with the
template's own parenthesised source line (the same on every page), a request to cite the
department in an italic paragraph, and after the text a view and comment count of bare
numbers behind icons, a star rating of text characters and a comment form of placeholders
(fresh-AF, round 22: chrome inside or right after the text that earlier chrome sets did not
hold).

- Articles ``/vi/tin-tuc/<n>/<slug>``: ``div.news-detail`` holds ``h1.news-title``, "Cập nhật
  lúc hh:mm, dd/mm/yyyy" (the only date: ``date_basis`` "updated", the corpus's convention) and ``div.news-body``, whose children are the
  sapo in bold, the paragraphs with pictures and captions, the signature, on one article the
  writer's "(Theo Báo Đông Sơn)" line (kept: the ``source``), then the template's "(Nguồn:
  Trang thông tin điện tử Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn)" and "Đề nghị ghi
  rõ nguồn ... khi trích dẫn lại thông tin từ trang này." in ``<em>``. After the body:
  ``div.news-stats`` "<i.fa-eye> 1.234 <i.fa-comments> 0", ``div.rating`` "Đánh giá bài
  viết" "★★★★☆" "Gửi đánh giá", and ``div.comment-box`` "Ý kiến bạn đọc" with a form whose
  fields carry placeholders, "Mã bảo vệ", "Gửi ý kiến" and "Nhập lại".
- Truth: the sapo, the paragraphs, the captions, the signature, the writer's source line.
- Not articles: the home page, the news section, a dated bulletin issue's contents ("Bản tin
  Văn hóa - Thể thao - Du lịch số 03/2024": "Trang 2 - <title>" lines), and a dated
  telephone directory of the department's leaders and units as paragraphs.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-faf-sovhtt"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn"


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> YArt:
    # the page shows only "Cập nhật lúc ...": the corpus's convention makes it the date, basis "updated"
    extra = {"id": ident, "date_basis": "updated", **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/vi/tin-tuc/{ident}/{slug}", iso, f"Cập nhật lúc {hm(iso)}, {dmy(iso)}", extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", "khai-mac-le-hoi-den-ba-chua-kho", 5812, "2024-03-04T11:20:00+07:00",
         signature="Phòng Quản lý Văn hóa", author="Phòng Quản lý Văn hóa",
         image=("/Upload/2024/3/le-hoi.jpg", "Lễ rước kiệu tại khai mạc lễ hội.")),
    _art("svh-thu-vien", "thu-vien-tinh-ra-mat-khong-gian-doc-so", 5809, "2024-03-02T09:00:00+07:00",
         signature="Ngọc Anh", author="Ngọc Anh"),
    _art("svh-giai-chay", "giai-chay-vi-suc-khoe-cong-dong", 5801, "2024-02-28T17:30:00+07:00",
         signature="Đức Thịnh", author="Đức Thịnh", source_line="(Theo Báo Đông Sơn)", source="Báo Đông Sơn",
         image=("/Upload/2024/2/giai-chay.jpg", "Các vận động viên xuất phát tại quảng trường tỉnh.")),
    _art("svh-di-tich", "trung-tu-dinh-lang-phu-le", 5797, "2024-02-26T08:45:00+07:00",
         signature="Bảo tàng tỉnh", author="Bảo tàng tỉnh"),
    _art("svh-du-lich", "dong-son-don-450-nghin-luot-khach", 5790, "2024-02-23T15:10:00+07:00",
         signature="Phòng Quản lý Du lịch", author="Phòng Quản lý Du lịch"),
    _art("svh-nghe-thuat", "doan-cheo-bieu-dien-vung-sau", 5786, "2024-02-21T10:00:00+07:00",
         signature="Hương Giang", author="Hương Giang",
         image=("/Upload/2024/2/cheo.jpg", "Một trích đoạn chèo cổ phục vụ bà con xã Mường Khoa.")),
]  # fmt: skip


def _views(art: YArt) -> str:
    return f"{1000 + art.extra['id'] * 37 % 8000:,}".replace(",", ".")


CHROME = [
    "Trang thông tin điện tử Sở", "Đề nghị ghi rõ nguồn", "trích dẫn lại", "Đánh giá bài viết", "★", "Gửi đánh giá",
    "Ý kiến bạn đọc", "Mã bảo vệ", "Gửi ý kiến", "Nhập lại", "Tin mới đăng", "Liên kết website",
    *(_views(a) for a in ARTICLES),
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>{dmy(a.published)}</i></li>' for a in NEWS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/Portals/css/font-awesome.min.css"></head><body>
<div id="header"><img src="/Portals/images/banner.jpg" alt="{esc(NAME)}"></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/vi/gioi-thieu">Giới thiệu</a> | <a href="/vi/tin-tuc">Tin tức</a>
| <a href="/vi/ban-tin/so-03-2024">Bản tin</a> | <a href="/vi/danh-ba">Danh bạ</a></div>
<div id="wrap"><div id="content">{main}</div>
<div id="side"><div class="box"><div class="box-title">Tin mới đăng</div><ul>{latest}</ul></div>
<div class="box"><div class="box-title">Liên kết website</div><select><option>Bộ Văn hóa, Thể thao và Du lịch</option></select></div></div></div>
<div id="footer">Cơ quan chủ quản: {esc(NAME)}. Địa chỉ: 8 Lê Lợi, thành phố Đông Sơn. Điện thoại: 0237.3852.014.</div>
</body></html>"""


def render_article(art: YArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = f"<p><strong>{esc(art.lead)}</strong></p>"
    for k, p in enumerate(art.paragraphs):
        text += f'<p style="text-align: justify;">{esc(p)}</p>'
        if k < len(images):
            src, cap = images[k]
            text += (f'<table class="image" align="center"><tr><td><img src="{src}" alt=""></td></tr>'
                     f'<tr><td class="image-caption">{esc(cap)}</td></tr></table>')
    if art.signature:
        text += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    if art.source_line:
        text += f'<p style="text-align: right;">{esc(art.source_line)}</p>'
    text += (f'<p style="text-align: right;">(Nguồn: Trang thông tin điện tử {esc(NAME)})</p>'
             f'<p><em>Đề nghị ghi rõ nguồn “{esc(NAME)}” khi trích dẫn lại thông tin từ trang này.</em></p>')
    ident = art.extra["id"]
    stars = "★" * (3 + ident % 3) + "☆" * (2 - ident % 3)
    tail = (f'<div class="news-stats"><i class="fa fa-eye"></i> {_views(art)} &nbsp; <i class="fa fa-comments"></i> 0</div>'
            f'<div class="rating"><span class="rating-label">Đánh giá bài viết</span> <span class="stars">{stars}</span>'
            f' <a href="javascript:void(0)" onclick="rate({ident})">Gửi đánh giá</a></div>'
            '<div class="comment-box"><div class="comment-title">Ý kiến bạn đọc</div><form method="post" action="/vi/y-kien">'
            '<input name="ten" placeholder="Họ và tên"><input name="email" placeholder="Email">'
            '<textarea name="noidung" placeholder="Nội dung ý kiến"></textarea>'
            '<span>Mã bảo vệ</span> <img src="/captcha.ashx" alt=""> <input name="ma">'
            '<button type="submit">Gửi ý kiến</button> <button type="reset">Nhập lại</button></form></div>')
    main = f"""<div class="news-detail"><h1 class="news-title">{esc(art.title)}</h1>
<div class="news-time">{esc(art.date_line)}</div>
<div class="news-body">{text}</div>{tail}</div>"""
    return _layout(art.title, main)


def _page(title: str, day: str, body: str) -> str:
    return _layout(title, f"""<div class="news-detail"><h1 class="news-title">{esc(title)}</h1>
<div class="news-time">{esc(day)}</div><div class="news-body">{body}</div></div>""")


def render_bulletin() -> str:
    lines = [f"Trang {2 * k + 2} - {esc(a.title)}" for k, a in enumerate(NEWS)]
    lines += ["Trang 14 - Lịch thi đấu thể thao tháng 3", "Trang 15 - Giới thiệu sách mới tại Thư viện tỉnh"]
    body = ("<p><strong>Mục lục</strong></p>" + "".join(f"<p>{line}</p>" for line in lines)
            + '<p><a href="/Upload/bantin/ban-tin-so-03-2024.pdf">ban-tin-so-03-2024.pdf</a></p>')
    return _page("Bản tin Văn hóa - Thể thao - Du lịch số 03/2024", "Cập nhật lúc 08:00, 01/03/2024", body)


def render_directory() -> str:
    rows = (("Ông Lê Văn Hòa", "Giám đốc Sở", "0237.3852.001"), ("Bà Trần Thị Mai", "Phó Giám đốc Sở", "0237.3852.002"),
            ("Ông Phạm Quang Vinh", "Phó Giám đốc Sở", "0237.3852.003"), ("Văn phòng Sở", "Chánh Văn phòng", "0237.3852.014"),
            ("Phòng Quản lý Văn hóa", "Trưởng phòng", "0237.3852.021"), ("Phòng Quản lý Du lịch", "Trưởng phòng", "0237.3852.033"),
            ("Thanh tra Sở", "Chánh Thanh tra", "0237.3852.040"))
    body = "".join(f"<p>{esc(n)} - {esc(p)} - ĐT: {t}</p>" for n, p, t in rows)
    return _page("Danh bạ điện thoại cơ quan Sở", "Cập nhật lúc 14:00, 10/01/2024", body)


def render_section() -> str:
    items = "".join(f'<div class="item"><a href="{a.path}"><b>{esc(a.title)}</b></a> <i>({dmy(a.published)})</i>'
                    f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout("Tin tức", f'<div class="list"><h1>Tin tức - Sự kiện</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return _layout(NAME, f'<div class="home"><h2>Tin nổi bật</h2><ul>{items}</ul></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/vi/tin-tuc"] = render_section()
    out["/vi/ban-tin/so-03-2024"] = render_bulletin()
    out["/vi/danh-ba"] = render_directory()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    pages["/Upload/bantin/ban-tin-so-03-2024.pdf"] = Page(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n%%EOF\n")
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
