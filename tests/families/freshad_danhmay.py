"""A district's portal on a local vendor's PHP CMS whose date line is a free text field the
editors type by hand, so each post writes the day its own way: dots without leading zeros, a
two-digit year, "14h20'", "GMT+7" after a weekday, a non-breaking space and an en dash between
day and time, the time before the day (fresh-AD, round 22: conventions that put a publication
date on the wrong day or miss it).

Built in round 22 as a fresh family (``FRESH_AD``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Hôm nay, ngày 20.3.2024"; the side column "Văn bản mới" with document
  numbers and days ("Số 45/KH-UBND ngày 1.3.2024"); "Tin xem nhiều"; the footer "Bản quyền thuộc
  UBND huyện Tân Phước" and a visit counter.
- Articles ``/index.php?module=news&op=detail&id=<n>``. Per article the line under the headline:
  "5.3.2024 | 08:40"; "Ngày 6.3.2024"; "07/3/24 - 14h20'"; "Thứ Sáu, 8/3/2024 | 17:45 GMT+7";
  "11/03/2024&nbsp;–&nbsp;18:05"; "09:05 - 12.3.24"; "Ngày 13 tháng 3, 2024 | 20g15".
- Not articles: the home page, the news section, the documents list, "Giới thiệu chung".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshr_common import RArt
from tests.families.texts import KEY

SITE_ID = "fx-fad-danhmay"
NAME = "Cổng thông tin điện tử huyện Tân Phước"
TODAY = "Hôm nay, ngày 20.3.2024"


def _art(key: str, ident: int, iso: str, line: str, **kw: object) -> RArt:
    return RArt(KEY[key], f"/index.php?module=news&op=detail&id={ident}", iso, line, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tpd-dai-hoi-chi-bo", 1204, "2024-03-05T08:40:00+07:00", "5.3.2024 | 08:40",
         signature="Hoàng Yến", author="Hoàng Yến"),
    _art("tpd-hoc-tap-guong", 1207, "2024-03-06T00:00:00+07:00", "Ngày 6.3.2024",
         signature="Ban Tuyên giáo Huyện ủy", author="Ban Tuyên giáo Huyện ủy"),
    _art("tpd-thu-hoach-lua", 1211, "2024-03-07T14:20:00+07:00", "07/3/24 - 14h20'",
         signature="Văn Tài", author="Văn Tài"),
    _art("tpd-ban-dan-van", 1215, "2024-03-08T17:45:00+07:00", "Thứ Sáu, 8/3/2024 | 17:45 GMT+7",
         signature="Hoàng Yến", author="Hoàng Yến"),
    _art("tpd-nuoc-sach", 1218, "2024-03-11T18:05:00+07:00", "11/03/2024\u00a0–\u00a018:05",
         signature="Văn Tài", author="Văn Tài"),
    _art("tpd-an-ninh", 1222, "2024-03-12T09:05:00+07:00", "09:05 - 12.3.24",
         signature="Công an huyện", author="Công an huyện"),
    _art("tpd-van-nghe", 1226, "2024-03-13T20:15:00+07:00", "Ngày 13 tháng 3, 2024 | 20g15",
         signature="Hoàng Yến", author="Hoàng Yến"),
]  # fmt: skip
CHROME = ["Văn bản mới", "Tin xem nhiều", "Bản quyền thuộc UBND huyện Tân Phước", "Lượt truy cập", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
DOCS = [("45/KH-UBND", "1.3.2024", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2024"),
        ("38/QĐ-UBND", "26.2.2024", "Quyết định ban hành Quy chế làm việc của UBND huyện"),
        ("21/TB-UBND", "19.2.2024", "Thông báo lịch tiếp công dân quý I năm 2024")]  # fmt: skip


def _short(iso: str) -> str:
    return f"{int(iso[8:10])}.{int(iso[5:7])}.{iso[:4]}"


def _layout(main: str, title: str) -> str:
    docs = "".join(f'<li><a href="/index.php?module=vanban">Số {n} ngày {d}</a><br>{esc(t)}</li>' for n, d, t in DOCS)
    top = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[2:5])
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/themes/default/css/style.css"></head><body>
<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td class="header" colspan="2">
<img src="/themes/default/images/banner.jpg" alt="{esc(NAME)}"><div class="today">{TODAY}</div></td></tr>
<tr><td colspan="2" class="menu"><a href="/">Trang chủ</a> | <a href="/index.php?module=about">Giới thiệu</a> | <a href="/index.php?module=news">Tin tức - Sự kiện</a> | <a href="/index.php?module=vanban">Văn bản</a></td></tr>
<tr><td class="main" valign="top" width="720">{main}</td>
<td class="right" valign="top"><div class="box"><div class="box-title">Văn bản mới</div><ul>{docs}</ul></div>
<div class="box"><div class="box-title">Tin xem nhiều</div><ul>{top}</ul></div></td></tr>
<tr><td colspan="2" class="footer">Bản quyền thuộc UBND huyện Tân Phước<br>Địa chỉ: Khu 3, thị trấn Tân Phước. ĐT: 0273 3841 102<br>Lượt truy cập: 1.284.905</td></tr></table>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<p align="center"><img src="{src}"><br><em>{esc(cap)}</em></p>'


def render_article(art: RArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f'<p align="justify">{h}</p>', _figure))
    body += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="small">({_short(a.published)})</span></li>' for a in NEWS if a is not art)
    main = (f'<div class="news-detail"><div class="title">{esc(art.title)}</div>'
            f'<div class="date">{esc(art.date_line)}</div>'
            f'<div class="sapo"><b>{esc(art.lead)}</b></div><div class="content">{body}</div>'
            f'<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#top">Về đầu trang</a></div></div>'
            f'<div class="other-news"><div class="other-title">Các tin khác</div><ul>{others}</ul></div>')
    return _layout(main, f"{art.title} - {NAME}")


def render_news() -> str:
    rows = "".join(f'<div class="news-item"><a class="title" href="{a.path}">{esc(a.title)}</a> <span class="small">({_short(a.published)})</span>'
                   f'<p>{esc(a.lead[:160])}...</p></div>' for a in NEWS)
    return _layout(f'<div class="cat-title">Tin tức - Sự kiện</div>{rows}', f"Tin tức - Sự kiện - {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="small">({_short(a.published)})</span></li>' for a in NEWS)
    return _layout(f'<div class="cat-title">Tin mới</div><ul>{rows}</ul>', NAME)


def render_docs() -> str:
    rows = "".join(f"<tr><td>{n}</td><td>{d}</td><td>{esc(t)}</td></tr>" for n, d, t in DOCS)
    return _layout(f'<div class="cat-title">Văn bản chỉ đạo điều hành</div><table class="list"><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>',
                   f"Văn bản - {NAME}")


def render_about() -> str:
    text = ("Huyện Tân Phước nằm ở phía tây bắc của tỉnh, có 12 xã và 1 thị trấn, diện tích tự nhiên 333 km2.",
            "Dân số toàn huyện khoảng 98.000 người; kinh tế chủ yếu là nông nghiệp với cây lúa, cây ăn quả và nuôi trồng thủy sản.")
    return _layout('<div class="cat-title">Giới thiệu chung</div>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Giới thiệu - {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/index.php?module=news"] = render_news()
    out["/index.php?module=vanban"] = render_docs()
    out["/index.php?module=about"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
