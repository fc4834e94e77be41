"""A provincial department's ASP.NET WebForms portal whose server runs under .NET's en-US
culture: every date it prints is "M/d/yyyy h:mm:ss tt" ("3/5/2024 8:40:00 AM" is 5 March),
beside a few day-first displays its editors typed (fresh-R, round 20: dates missed or read on
the wrong day).

Built in round 20 as a fresh family (``FRESH_R``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/03/2024" (the editors' template, day first); the side
  column "Tin mới" with the newest posts' culture strings; the footer's licence day.
- Articles ``/Pages/TinTuc/ChiTiet.aspx?ItemID=<id>``. Date lines: "Ngày đăng: 3/5/2024
  8:40:00 AM"; a bare ``<span id="ctl00_..._lblNgayDang">3/4/2024 10:05:00 AM</span>``;
  "3/13/2024 4:45:00 PM" (no doubt about the order); "Đăng lúc: 3/1/2024 9:00:00 AM" (1 March); "06/03/2024 09:20" typed day first with
  the culture string in its ``title``; "3/11/2024 12:05:00 AM" (midnight, 00:05); "Ngày
  đăng: 3/8/2024 12:30:00 PM | Lượt xem: 215" (noon). The "Tin khác" list under each body
  holds other posts' culture strings.
- Not articles: the home page, the news category, the documents list, "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.freshr_common import RArt, us_culture
from tests.families.texts import KEY

SITE_ID = "fx-fr-aspnet"
NAME = "Sở Kế hoạch và Đầu tư tỉnh Hòa Lĩnh"
TODAY = "Thứ Tư, 20/03/2024"
LABEL = "ctl00_ctl42_g_5d1c_ctl00_lblNgayDang"


def _art(key: str, ident: int, iso: str, form: str, **kw: object) -> RArt:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    line = {
        "label": f"Ngày đăng: {us_culture(iso)}",
        "bare": us_culture(iso),
        "posted": f"Đăng lúc: {us_culture(iso)}",
        "typed": f"{dmy(iso)} {hm(iso)}",
        "views": f"Ngày đăng: {us_culture(iso)} | Lượt xem: 215",
    }[form]
    return RArt(KEY[key], f"/Pages/TinTuc/ChiTiet.aspx?ItemID={ident}", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("kh-xuc-tien-dau-tu", 1204, "2024-03-05T08:40:00+07:00", "label", signature="Minh Tâm", author="Minh Tâm"),
    _art("kh-giai-ngan-von", 1198, "2024-03-04T10:05:00+07:00", "bare", signature="Phòng Tổng hợp", author="Phòng Tổng hợp"),
    _art("kh-dang-ky-doanh-nghiep", 1221, "2024-03-13T16:45:00+07:00", "bare"),
    _art("kh-tap-huan-dau-thau", 1187, "2024-03-01T09:00:00+07:00", "posted", signature="Hải Yến", author="Hải Yến"),
    _art("kh-cap-gcn-dau-tu", 1209, "2024-03-06T09:20:00+07:00", "typed", signature="Quang Huy", author="Quang Huy",
         image=("/Uploads/Images/2024/02/28/trao-gcn.jpg", "Lãnh đạo Sở trao giấy chứng nhận đăng ký đầu tư ngày 28/02.")),
    _art("bt-ocop", 1216, "2024-03-11T00:05:00+07:00", "bare"),
    _art("ks-nang-suat", 1212, "2024-03-08T12:30:00+07:00", "views", signature="Minh Tâm", author="Minh Tâm"),
]  # fmt: skip
CHROME = ["Tin khác", "Tin mới", "Lượt xem", "Liên hệ", "Giấy phép", "Bản quyền", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(main: str, title: str) -> str:
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><br><span class="date">{us_culture(a.published)}</span></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/_layouts/15/styles/portal.css"></head><body><form id="aspnetForm" method="post" action="./ChiTiet.aspx">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkl3RqkB0p">
<div id="header"><div class="today">{TODAY}</div><a href="/"><img src="/Style%20Library/images/banner.png" alt="{esc(NAME)}"></a>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/Pages/TinTuc/">Tin tức</a></li><li><a href="/Pages/VanBan/">Văn bản</a></li><li><a href="/Pages/LienHe.aspx">Liên hệ</a></li></ul></div>
<table id="layout" width="100%"><tr><td class="left" valign="top">{main}</td>
<td class="right" valign="top" width="280"><div class="box"><div class="box-title">Tin mới</div><ul>{newest}</ul></div>
<div class="box"><div class="box-title">Liên kết</div><a href="https://dichvucong.gov.vn">Cổng dịch vụ công quốc gia</a></div></td></tr></table>
<div id="footer">Bản quyền thuộc {esc(NAME)}<br>Giấy phép số 12/GP-STTTT cấp ngày 3/15/2021<br>Địa chỉ: 25 đường Trần Phú, thành phố Hòa Lĩnh</div>
</form></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<table class="image" align="center"><tr><td><img src="{src}" alt=""></td></tr><tr><td class="caption"><em>{esc(cap)}</em></td></tr></table>'


def render_article(art: RArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align:justify">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    if form == "typed":
        line = f'<span class="ngay" title="{us_culture(art.published)}">{esc(art.date_line)}</span>'
    elif form == "bare":
        line = f'<span id="{LABEL}" class="date">{esc(art.date_line)}</span>'
    else:
        line = f'<span class="date">{esc(art.date_line)}</span>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({us_culture(a.published)})</span></li>'
                     for a in NEWS if a is not art)
    main = (f'<div class="news-detail"><h2 class="title">{esc(art.title)}</h2><div class="info">{line}</div>'
            f'<div class="sapo"><strong>{esc(art.lead)}</strong></div><div class="content">{body}</div>'
            f'<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a></div></div>'
            f'<div class="other-news"><div class="box-title">Tin khác</div><ul>{others}</ul></div>')
    return _layout(main, art.title)


def render_listing() -> str:
    rows = "".join(f'<div class="item"><a class="t" href="{a.path}">{esc(a.title)}</a><span class="date">{us_culture(a.published)}</span>'
                   f"<p>{esc(a.lead[:160])}...</p></div>" for a in NEWS)
    return _layout(f'<h2 class="cat">Tin tức - Sự kiện</h2>{rows}', "Tin tức")


def render_home() -> str:
    first, *rest = NEWS
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in rest)
    return _layout(f'<div class="hot"><a href="{first.path}">{esc(first.title)}</a><p>{esc(first.lead)}</p></div><ul>{rows}</ul>', NAME)


DOCS = [("45/KH-SKHĐT", "3/12/2024 12:00:00 AM", "Kế hoạch tổ chức hội nghị xúc tiến đầu tư năm 2024"),
        ("38/TB-SKHĐT", "3/4/2024 12:00:00 AM", "Thông báo lịch tiếp công dân tháng 3 năm 2024"),
        ("21/BC-SKHĐT", "2/27/2024 12:00:00 AM", "Báo cáo tình hình giải ngân vốn đầu tư công tháng 2")]  # fmt: skip


def render_documents() -> str:
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{d}</td><td>{esc(t)}</td><td><a href=\"/Uploads/VanBan/{i}.pdf\">Tải về</a></td></tr>"
                   for i, (n, d, t) in enumerate(DOCS))
    return _layout(f'<h2 class="cat">Văn bản</h2><table class="grid"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th></th></tr>{rows}</table>', "Văn bản")


def render_contact() -> str:
    return _layout("<h2>Liên hệ</h2><p>Sở Kế hoạch và Đầu tư tỉnh Hòa Lĩnh, 25 đường Trần Phú, thành phố Hòa Lĩnh.</p>"
                   "<p>Điện thoại: 0214 3821 456 - Email: skhdt@hoalinh.gov.vn</p>", "Liên hệ")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/Pages/TinTuc/"] = render_listing()
    out["/Pages/VanBan/"] = render_documents()
    out["/Pages/LienHe.aspx"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /_layouts/\n")
