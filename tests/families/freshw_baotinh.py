"""A provincial party newspaper's online edition (a local vendor's CMS, Báo Tây Giang điện tử)
whose date line takes a newspaper's own forms and places: "8g40", spaced dashes, dots after a
long tool row, the category row of the breadcrumb, a year-less display over a JSON-LD value
written day first, a photo report dated only by its address (fresh-W, round 21: publication-date
conventions the earlier date sets did not hold).

Built in round 21 as a fresh family (``FRESH_W``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/3/2024" and "Báo in ngày 20/03/2024"; the side column "Tin
  mới" with year-less days "(19/03)", "Đọc nhiều"; the footer "© 2024 Báo Tây Giang" and the
  licence "Giấy phép số 123/GP-BTTTT ngày 12/6/2021".
- Articles ``/<section>/<slug>-<id>.html``; the photo reports ``/phong-su-anh/<yyyymmdd>/<slug>-
  <id>.html``. Per article: "Thứ Ba, 05/03/2024 - 8g40"; "06 - 03 - 2024 | 09:15"; a tool row
  (font size, listen, print, e-mail, save, seven share buttons, comments) then "07.03.2024 |
  14:20"; "T6, 08/03 07:50" with JSON-LD ``datePublished`` "08/03/2024 07:50:00" (day first, no
  zone); a lead "Sáng 9/3, ..." whose post day is only in the breadcrumb's row "Kinh tế | Thứ
  Hai, 11/03/2024 06:30"; a photo report with no date line, its photos named
  "20240310_0930_....jpg" and captioned "... ngày 10/3"; "Thứ Tư, 13/3/2024, 16:45 (GMT+7)".
- Not articles: the home page, two sections, the photo reports' section, a tag page, search
  results, "Liên hệ".
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshw_common import WArt
from tests.families.texts import KEY

SITE_ID = "fx-fw-baotinh"
NAME = "Báo Tây Giang điện tử"
TODAY = "Thứ Tư, 20/3/2024"

PHIEN_CHO = (
    "Phiên chợ nông sản an toàn đầu tiên của năm thu hút đông người dân",
    "Sáng 9/3, tại Quảng trường trung tâm thành phố, Sở Nông nghiệp và Phát triển nông thôn tỉnh "
    "Tây Giang khai mạc phiên chợ nông sản an toàn đầu tiên của năm 2024 với 64 gian hàng.",
    [
        "Các gian hàng trưng bày rau, củ, quả, gạo, thủy sản và sản phẩm OCOP của hợp tác xã, tổ hợp "
        "tác trong tỉnh; mọi sản phẩm đều có mã truy xuất nguồn gốc và giấy chứng nhận an toàn thực phẩm.",
        "Trong hai ngày 9 và 10/3, phiên chợ đón hơn sáu nghìn lượt khách, doanh thu ước đạt 1,2 tỷ đồng; "
        "nhiều hợp tác xã ký được hợp đồng tiêu thụ dài hạn với các siêu thị, bếp ăn tập thể.",
        "Sở Nông nghiệp và Phát triển nông thôn cho biết phiên chợ sẽ được tổ chức định kỳ vào tuần thứ hai "
        "của mỗi tháng, luân phiên tại các huyện, thị xã.",
    ],
)
RUONG_MUOI = (
    "Mùa thu hoạch muối trên cánh đồng Bạch Long",
    "Những ngày đầu tháng 3, diêm dân xã Bạch Long bước vào vụ muối chính với thời tiết nắng ráo, "
    "hạt muối trắng, to và sạch hơn những năm trước.",
    [
        "Từ 4 giờ sáng, diêm dân đã ra đồng cào muối, gánh muối lên bờ trước khi nắng gắt.",
        "Mỗi héc ta ruộng muối năm nay cho thu hoạch từ 45 đến 50 tấn, giá bán tại ruộng ổn định.",
        "Hợp tác xã muối Bạch Long đã đầu tư nhà kho, máy sàng để bảo quản và sơ chế muối sạch.",
    ],
)
TOOLS = ("Cỡ chữ: A- A A+ | Nghe đọc bài | In bài | Gửi email | Lưu tin | Chia sẻ: Facebook Zalo Twitter "
         "LinkedIn Telegram Messenger Sao chép liên kết | Bình luận (0)")


def _art(section: str, slug: str, ident: int, iso: str, form: str, line: str, key: str | None = None,
         text: object = None, **kw: object) -> WArt:
    extra = {"id": ident, "form": form, "section": section, **kw.pop("extra", {})}  # type: ignore[dict-item]
    if text is not None:
        extra["text"] = text
    if section == "phong-su-anh":
        path = f"/{section}/{iso[:4]}{iso[5:7]}{iso[8:10]}/{slug}-{ident}.html"
    else:
        path = f"/{section}/{slug}-{ident}.html"
    return WArt(KEY[key] if key else 0, path, iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("kinh-te", "gia-lua-tang-cao-nong-dan-phan-khoi", 5101, "2024-03-05T08:40:00+07:00", "gio",
         "Thứ Ba, 05/03/2024 - 8g40", key="bt-gia-lua", signature="Minh Tâm", author="Minh Tâm"),
    _art("thoi-su", "xam-nhap-man-lan-sau-noi-dong", 5107, "2024-03-06T09:15:00+07:00", "spaced",
         "06 - 03 - 2024 | 09:15", key="bt-xam-nhap-man", signature="Hữu Phước", author="Hữu Phước",
         image=("/uploads/2024/03/xam-nhap-man.jpg", "Nông dân bơm nước ngọt vào ao trữ.")),
    _art("y-te", "sot-xuat-huyet-tang-diet-lang-quang", 5112, "2024-03-07T14:20:00+07:00", "tools",
         "07.03.2024 | 14:20", key="bt-sot-xuat-huyet", signature="Lan Anh", author="Lan Anh"),
    _art("kinh-te", "them-18-san-pham-ocop", 5118, "2024-03-08T07:50:00+07:00", "noyear_ld",
         "T6, 08/03 07:50", key="bt-ocop", signature="Minh Tâm", author="Minh Tâm",
         extra={"ld": "08/03/2024 07:50:00"}),
    _art("kinh-te", "phien-cho-nong-san-an-toan-dau-tien", 5124, "2024-03-11T06:30:00+07:00", "breadcrumb",
         "Thứ Hai, 11/03/2024 06:30", text=PHIEN_CHO, signature="Hữu Phước", author="Hữu Phước",
         image=("/uploads/2024/03/phien-cho.jpg", "Người dân mua rau tại phiên chợ sáng 9/3.")),
    _art("phong-su-anh", "mua-thu-hoach-muoi-bach-long", 5130, "2024-03-12T00:00:00+07:00", "url_only", "",
         text=RUONG_MUOI, author="Quốc Bảo", signature="Quốc Bảo",
         image=("/uploads/photos/20240310_0930_cao-muoi.jpg", "Diêm dân cào muối lúc sáng sớm ngày 10/3."),
         more_images=(("/uploads/photos/20240310_1015_ganh-muoi.jpg", "Gánh muối lên bờ trước khi nắng gắt."),
                      ("/uploads/photos/20240310_1040_kho-muoi.jpg", "Nhà kho của hợp tác xã muối Bạch Long."))),
    _art("thoi-su", "khanh-thanh-cau-con-ngang", 5136, "2024-03-13T16:45:00+07:00", "plain",
         "Thứ Tư, 13/3/2024, 16:45 (GMT+7)", key="bt-khanh-thanh-cau", signature="Lan Anh", author="Lan Anh"),
]  # fmt: skip
SECTIONS = {"kinh-te": "Kinh tế", "thoi-su": "Thời sự", "y-te": "Y tế", "phong-su-anh": "Phóng sự ảnh"}
CHROME = ["Báo in ngày 20/03/2024", "Đọc nhiều", "Tin mới", "Giấy phép số 123/GP-BTTTT", "Nghe đọc bài", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _short(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}"


def _layout(main: str, title: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/{k}.html">{v}</a></li>' for k, v in SECTIONS.items())
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">({_short(a.published)})</span></li>' for a in NEWS[:5])
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[2:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta property="og:site_name" content="{esc(NAME)}">{head}
<link rel="stylesheet" href="/static/css/main.css"></head><body>
<div class="topbar"><span class="today">{TODAY}</span> <a class="epaper" href="/bao-in.html">Báo in ngày 20/03/2024</a> <a href="/lien-he.html">Liên hệ</a></div>
<header class="header"><a class="logo" href="/"><img src="/static/img/logo.png" alt="{esc(NAME)}"></a></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li>{menu}</ul></nav>
<div class="container"><div class="col-main">{main}</div>
<aside class="col-side"><div class="box"><h3>Tin mới</h3><ul>{latest}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{most}</ol></div></aside></div>
<footer class="footer"><p>© 2024 Báo Tây Giang - Cơ quan của Đảng bộ tỉnh Tây Giang</p>
<p>Giấy phép số 123/GP-BTTTT ngày 12/6/2021 của Bộ Thông tin và Truyền thông. Tổng Biên tập: Nguyễn Văn Hòa</p>
<p>Tòa soạn: số 15 đường 30/4, phường 1, thành phố Tây Giang. Điện thoại: 0273 3872 111</p></footer>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="image"><img src="{src}" alt="{esc(cap)}"><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: WArt) -> str:
    form = art.extra["form"]
    section = art.extra["section"]
    name = SECTIONS[section]
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p class="author" style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    line = esc(art.date_line)
    crumb_date = above = below = ""
    head = ""
    if form == "breadcrumb":
        crumb_date = f' <span class="sep">|</span> <span class="cate-time">{line}</span>'
    elif form == "tools":
        above = (f'<div class="article-tools">{" ".join(f"<span>{esc(t)}</span>" for t in TOOLS.split(" | "))}</div>'
                 f'<div class="article-time">{line}</div>')
    elif form == "noyear_ld":
        above = f'<div class="article-time"><span class="pdate">{line}</span></div>'
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "datePublished": art.extra["ld"], "dateModified": art.extra["ld"],
              "publisher": {"@type": "Organization", "name": NAME}}
        head = f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    elif form != "url_only":
        above = f'<div class="article-time">{line}</div>'
    if form != "tools" and form != "url_only":
        below = '<div class="article-share"><a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{a.published[8:10]}/{a.published[5:7]}/{a.published[:4]}</span></li>'
                      for a in NEWS if a is not art and a.extra["section"] == section)
    related_box = f'<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>' if related else ""
    main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/{section}.html">{name}</a>{crumb_date}</div>'
            f'<article class="article-detail"><h1 class="article-title">{esc(art.title)}</h1>{above}{below}'
            f'<div class="article-sapo"><strong>{esc(art.lead)}</strong></div>'
            f'<div class="article-content">{body}</div>'
            f'<div class="article-tags">Từ khóa: <a href="/tag/nong-nghiep.html">nông nghiệp</a></div></article>'
            f'{related_box}')
    return _layout(main, f"{art.title} | {NAME}", head)


def _teasers(items: list[WArt]) -> str:
    return "".join(f'<div class="story"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{a.published[8:10]}/{a.published[5:7]}/{a.published[:4]}</span>'
                   f"<p>{esc(a.lead[:140])}...</p></div>" for a in items)


def render_section(key: str) -> str:
    return _layout(f'<h2 class="cate-title">{SECTIONS[key]}</h2>{_teasers([a for a in NEWS if a.extra["section"] == key])}', f"{SECTIONS[key]} | {NAME}")


def render_home() -> str:
    return _layout(f'<div class="home-top">{_teasers(NEWS[:6])}</div>', NAME)


def render_tag() -> str:
    items = [a for a in NEWS if a.extra["section"] == "kinh-te"]
    return _layout(f'<h2 class="cate-title">Từ khóa: nông nghiệp</h2>{_teasers(items)}', f"nông nghiệp | {NAME}")


def render_search() -> str:
    items = [a for a in NEWS if "lúa" in a.title.lower() or "muối" in a.title.lower()]
    return _layout(f'<h2 class="cate-title">Kết quả tìm kiếm: "lúa"</h2><p>Tìm thấy {len(items)} kết quả</p>{_teasers(items)}',
                   f"Tìm kiếm | {NAME}")


def render_contact() -> str:
    lines = ("Báo Tây Giang - Cơ quan của Đảng bộ tỉnh Tây Giang.", "Tòa soạn: số 15 đường 30/4, phường 1, thành phố Tây Giang.",
             "Điện thoại: 0273 3872 111 - Email: toasoan@baotaygiang.vn", "Quảng cáo, phát hành: 0273 3872 222.")
    return _layout('<h2 class="cate-title">Liên hệ</h2>' + "".join(f"<p>{esc(t)}</p>" for t in lines), f"Liên hệ | {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    for key in SECTIONS:
        out[f"/{key}.html"] = render_section(key)
    out["/tag/nong-nghiep.html"] = render_tag()
    out["/tim-kiem.html?q=lua"] = render_search()
    out["/lien-he.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
