"""A provincial culture and tourism events portal (Trung tâm Thông tin Xúc tiến Du lịch, a
Laravel site) whose posts announce events: the event's days stand above or around the
publication's, as a range in a box before the text, in the headline, a cited decision's number
and day opening the sapo, the day only in the breadcrumb's trail, an edit stamp after the
text (fresh-AD, round 22: conventions that put a publication date on the wrong day or miss it).

Built in round 22 as a fresh family (``FRESH_AD``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Hotline du lịch: 1900 6789" and the weather "Đông Sơn 26°C"; the side
  column "Sự kiện sắp diễn ra" with day ranges ("15/03/2024 - 17/03/2024"); the footer "© 2024
  Trung tâm Thông tin Xúc tiến Du lịch tỉnh Đông Sơn".
- Articles ``/tin-tuc/<slug>.html``. Per article: an event box "Thời gian: 05/03/2024 -
  07/03/2024 | Địa điểm: ..." above the text and "Ngày đăng: 04/03/2024 15:30" at its foot; a
  headline ending "(từ 08/3 đến 10/3/2024)" over "06/03/2024 09:10"; a sapo opening "Thực hiện
  Quyết định số 12/2024/QĐ-UBND ngày 28/02/2024 ..." under "07/03/2024 10:00"; the day only in
  the breadcrumb "Trang chủ / Tin tức / Thứ Sáu, 08/03/2024"; "Lịch diễn: 20:00 các ngày 15,
  16/3/2024" in the box above "Đăng ngày 11/03/2024 14:45"; "12/03/2024" over JSON-LD
  ``datePublished`` "2024-03-12T16:20:00+07:00" with "Sửa lần cuối: 13/03/2024 08:00" at the foot;
  "Ngày 14 tháng 03 năm 2024" over a lead naming the 16th to the 18th.
- Not articles: the home page, the news list, the events calendar of March, "Liên hệ".
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshr_common import RArt
from tests.families.texts import KEY

SITE_ID = "fx-fad-sukien"
NAME = "Trung tâm Thông tin Xúc tiến Du lịch tỉnh Đông Sơn"

TRIEN_LAM = (
    "Triển lãm ảnh “Đông Sơn - Mùa xuân và những sắc màu” (từ 08/3 đến 10/3/2024)",
    "Triển lãm giới thiệu 120 tác phẩm nhiếp ảnh về cảnh sắc thiên nhiên, lễ hội và con người Đông Sơn "
    "trong mùa xuân, do Hội Văn học Nghệ thuật tỉnh phối hợp với Trung tâm tổ chức.",
    [
        "Các tác phẩm được chọn từ hơn 600 ảnh dự thi của các hội viên, nhiếp ảnh gia không chuyên và học sinh, "
        "sinh viên trong tỉnh.",
        "Triển lãm mở cửa tự do từ 7 giờ 30 đến 21 giờ tại Nhà triển lãm tỉnh, số 5 đường Lê Lợi; "
        "du khách được hướng dẫn viên thuyết minh miễn phí.",
    ],
)
HOI_CHO = (
    "Đông Sơn triển khai Chương trình kích cầu du lịch năm 2024",
    "Thực hiện Quyết định số 12/2024/QĐ-UBND ngày 28/02/2024 của UBND tỉnh, Trung tâm Thông tin Xúc tiến "
    "Du lịch phối hợp với các doanh nghiệp lữ hành, lưu trú triển khai chương trình kích cầu du lịch năm 2024.",
    [
        "Chương trình giảm từ 15 đến 40% giá phòng, giá tour và vé tham quan tại hơn 80 cơ sở đăng ký tham gia.",
        "Các doanh nghiệp cam kết giữ chất lượng dịch vụ, niêm yết công khai giá và không ép giá du khách "
        "trong thời gian thực hiện chương trình.",
    ],
)
CHEO = (
    "Đêm diễn chèo phục vụ khách du lịch tại phố đi bộ",
    "Đoàn Nghệ thuật chèo tỉnh tổ chức hai đêm diễn phục vụ người dân và du khách tại sân khấu phố đi bộ "
    "ven hồ trung tâm thành phố.",
    [
        "Chương trình gồm các trích đoạn chèo cổ, dân ca và múa dân gian do các nghệ sĩ trẻ của Đoàn biểu diễn.",
        "Khán giả được giao lưu với nghệ sĩ, tìm hiểu trang phục và nhạc cụ truyền thống sau mỗi đêm diễn.",
    ],
)
LE_HOI_HOA = (
    "Lễ hội hoa đào Đông Sơn sẽ diễn ra trong ba ngày",
    "Từ ngày 16 đến ngày 18 tháng 3 năm 2024, Lễ hội hoa đào Đông Sơn lần thứ nhất sẽ được tổ chức tại "
    "khu du lịch sinh thái hồ Núi Một với nhiều hoạt động văn hóa, thể thao và ẩm thực.",
    [
        "Điểm nhấn của lễ hội là con đường hoa đào dài hơn 500 mét và không gian trưng bày các giống đào "
        "quý của địa phương.",
        "Ban tổ chức khuyến cáo du khách đi xe buýt miễn phí từ trung tâm thành phố để tránh ùn tắc.",
    ],
)


def _art(key: str | tuple, slug: str, iso: str, form: str, line: str, **kw: object) -> RArt:
    extra = {"form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    if isinstance(key, tuple):
        extra["text"] = key
        index = KEY["svh-du-lich"]
    else:
        index = KEY[key]
    return RArt(index, f"/tin-tuc/{slug}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", "khai-mac-le-hoi-den-ba-chua-kho-2024", "2024-03-04T15:30:00+07:00", "event_box",
         "Ngày đăng: 04/03/2024 15:30", signature="Hải Yến", author="Hải Yến",
         extra={"box": "Thời gian: 05/03/2024 - 07/03/2024 | Địa điểm: Khu di tích đền Bà Chúa Kho"}),
    _art(TRIEN_LAM, "trien-lam-anh-dong-son-mua-xuan", "2024-03-06T09:10:00+07:00", "under",
         "06/03/2024 09:10", signature="Hải Yến", author="Hải Yến"),
    _art(HOI_CHO, "trien-khai-chuong-trinh-kich-cau-du-lich-2024", "2024-03-07T10:00:00+07:00", "under",
         "07/03/2024 10:00", signature="Phòng Xúc tiến", author="Phòng Xúc tiến"),
    _art("svh-thu-vien", "thu-vien-tinh-ra-mat-khong-gian-doc-sach-so", "2024-03-08T00:00:00+07:00", "crumb",
         "Thứ Sáu, 08/03/2024", signature="Thanh Tâm", author="Thanh Tâm"),
    _art(CHEO, "dem-dien-cheo-phuc-vu-khach-du-lich", "2024-03-11T14:45:00+07:00", "event_box_under",
         "Đăng ngày 11/03/2024 14:45", signature="Thanh Tâm", author="Thanh Tâm",
         extra={"box": "Lịch diễn: 20:00 các ngày 15, 16/3/2024 | Địa điểm: Phố đi bộ hồ trung tâm"}),
    _art("svh-di-tich", "trung-tu-di-tich-dinh-lang-phu-le", "2024-03-12T16:20:00+07:00", "edited",
         "12/03/2024", signature="Hải Yến", author="Hải Yến",
         extra={"edited": "Sửa lần cuối: 13/03/2024 08:00"}),
    _art(LE_HOI_HOA, "le-hoi-hoa-dao-dong-son-lan-thu-nhat", "2024-03-14T00:00:00+07:00", "under",
         "Ngày 14 tháng 03 năm 2024", signature="Phòng Xúc tiến", author="Phòng Xúc tiến"),
]  # fmt: skip
CHROME = ["Sự kiện sắp diễn ra", "Hotline du lịch", "Trung tâm Thông tin Xúc tiến Du lịch tỉnh Đông Sơn. Địa chỉ", "Đông Sơn 26°C"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
UPCOMING = [("Lễ hội hoa đào Đông Sơn", "16/03/2024 - 18/03/2024"), ("Giải đua thuyền truyền thống", "23/03/2024 - 24/03/2024"),
            ("Tuần văn hóa ẩm thực", "29/03/2024 - 02/04/2024")]  # fmt: skip


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _layout(main: str, title: str, head: str = "") -> str:
    upcoming = "".join(f'<li><a href="/lich-su-kien.html">{esc(n)}</a><div class="range">{d}</div></li>' for n, d in UPCOMING)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>{head}
<link rel="stylesheet" href="/css/app.css"></head><body>
<div class="topbar"><span>Hotline du lịch: 1900 6789</span> <span class="weather">Đông Sơn 26°C</span></div>
<header><a href="/"><img src="/images/logo.png" alt="{esc(NAME)}"></a>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a> <a href="/lich-su-kien.html">Lịch sự kiện</a> <a href="/lien-he.html">Liên hệ</a></nav></header>
<div class="container"><div class="col-main">{main}</div>
<div class="col-side"><div class="side-box"><h4>Sự kiện sắp diễn ra</h4><ul>{upcoming}</ul></div></div></div>
<footer>© 2024 Trung tâm Thông tin Xúc tiến Du lịch tỉnh Đông Sơn. Địa chỉ: 18 đường Lê Lợi, TP Đông Sơn. Điện thoại: 0237 3852 111</footer>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: RArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    body += f'<p class="author"><strong>{esc(art.signature)}</strong></p>'
    crumb_day = f" / <span>{esc(art.date_line)}</span>" if form == "crumb" else ""
    crumb = f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc.html">Tin tức</a>{crumb_day}</div>'
    box = f'<div class="event-info">{esc(art.extra["box"])}</div>' if "box" in art.extra else ""
    under = f'<div class="post-date"><i class="icon-calendar"></i> {esc(art.date_line)}</div>' if form in ("under", "event_box_under", "edited") else ""
    foot = f'<div class="post-foot">{esc(art.date_line)}</div>' if form == "event_box" else ""
    if form == "edited":
        foot = f'<div class="post-foot">{esc(art.extra["edited"])}</div>'
    head = ""
    if form == "edited":
        ld = {"@context": "https://schema.org", "@type": "Article", "headline": art.title,
              "datePublished": art.published, "dateModified": "2024-03-13T08:00:00+07:00"}
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <small>{_dmy(a.published)}</small></li>' for a in NEWS if a is not art)
    main = (f'{crumb}<article class="post-detail"><h1 class="post-title">{esc(art.title)}</h1>{under}{box}'
            f'<div class="post-sapo">{esc(art.lead)}</div><div class="post-body">{body}</div>{foot}'
            f'<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>'
            f'<div class="related"><h3>Tin liên quan</h3><ul>{others}</ul></div>')
    return _layout(main, f"{art.title} | {NAME}", head)


def render_news() -> str:
    rows = "".join(f'<div class="card"><a href="{a.path}"><h3>{esc(a.title)}</h3></a><small>{_dmy(a.published)}</small>'
                   f'<p>{esc(a.lead[:150])}...</p></div>' for a in NEWS)
    return _layout(f'<h1 class="page-title">Tin tức</h1>{rows}', f"Tin tức | {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<div class="home-banner"><img src="/images/slide1.jpg" alt="Đông Sơn"></div><h2>Tin mới</h2><ul>{rows}</ul>', NAME)


def render_calendar() -> str:
    rows = [("05/03/2024 - 07/03/2024", "Lễ hội đền Bà Chúa Kho", "Khu di tích đền Bà Chúa Kho"),
            ("08/03/2024 - 10/03/2024", "Triển lãm ảnh “Đông Sơn - Mùa xuân và những sắc màu”", "Nhà triển lãm tỉnh"),
            ("15/03/2024 - 16/03/2024", "Đêm diễn chèo phục vụ khách du lịch", "Phố đi bộ hồ trung tâm"),
            *[(d, n, "Theo thông báo của Ban tổ chức") for n, d in UPCOMING]]
    table = "".join(f"<tr><td>{d}</td><td>{esc(n)}</td><td>{esc(p)}</td></tr>" for d, n, p in rows)
    return _layout(f'<h1 class="page-title">Lịch sự kiện tháng 3/2024</h1><table class="calendar"><tr><th>Thời gian</th><th>Sự kiện</th><th>Địa điểm</th></tr>{table}</table>',
                   f"Lịch sự kiện | {NAME}")


def render_contact() -> str:
    text = ("Trung tâm Thông tin Xúc tiến Du lịch tỉnh Đông Sơn, 18 đường Lê Lợi, thành phố Đông Sơn.",
            "Điện thoại: 0237 3852 111. Đường dây nóng hỗ trợ du khách: 1900 6789.")
    return _layout('<h1 class="page-title">Liên hệ</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Liên hệ | {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc.html"] = render_news()
    out["/lich-su-kien.html"] = render_calendar()
    out["/lien-he.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
