"""A provincial newspaper's home-grown CMS whose date line is typed by the desk editor, each in
the house's spoken-time habits: "Đăng lúc 23g15 ngày 5/3" with no year, "7g" with the hour
alone, "17.45" with a dot, a weekday that disagrees with the day ("Thứ Bảy, 08/03/2024": the 8th
was a Friday, and the 3rd of August a Saturday), "11:40 tối" and "2:30 chiều" on a 12-hour
clock, "0g05" just after midnight with a two-digit year (fresh-AI, round 23: date conventions
no earlier set held, hypotheses for a wrong day or a miss).

Built in round 23 as a fresh family (``FRESH_AI``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/03/2024 (11/02 Âm lịch)"; the side column "Đọc nhiều" with
  "(dd/mm)" days; the footer with the licence "Giấy phép số 12/GP-BTTTT ngày 10/01/2022".
- Articles ``/tin-tuc/<cat>/<slug>-<id>.html``. Per article the line under the headline:
  "Đăng lúc 23g15 ngày 5/3"; "Đăng lúc 7g ngày 06/03/2024"; "07.03.2024 - 17.45"; "Thứ Bảy,
  08/03/2024 - 09:10"; "11/3/2024, 11:40 tối"; "12/3/24 - 0g05"; "Thứ Năm 14/3/2024 - 2:30 chiều".
  Under the text "Tin cùng chuyên mục" with full days.
- Not articles: the home page, a category, the e-paper's page, "Liên hệ quảng cáo".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, paragraphs_html, site_with_files
from tests.families.freshai_common import RArt
from tests.families.texts import KEY

SITE_ID = "fx-fai-giobao"
NAME = "Báo Tân Hà điện tử"
TODAY = "Thứ Tư, 20/03/2024 (11/02 Âm lịch)"


def _art(key: str, slug: str, ident: int, iso: str, line: str, **kw: object) -> RArt:
    return RArt(KEY[key], f"/tin-tuc/xa-hoi/{slug}-{ident}.html", iso, line, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("q13-via-he", "ra-quan-lap-lai-trat-tu-long-duong-via-he", 40512, "2024-03-05T23:15:00+07:00",
         "Đăng lúc 23g15 ngày 5/3", signature="Quang Vinh", author="Quang Vinh"),
    _art("q13-nao-vet-kenh", "khoi-dong-nao-vet-rach-ben-dinh", 40527, "2024-03-06T07:00:00+07:00",
         "Đăng lúc 7g ngày 06/03/2024", signature="Thanh Tâm", author="Thanh Tâm"),
    _art("q13-kham-nguoi-cao-tuoi", "kham-suc-khoe-mien-phi-cho-nguoi-cao-tuoi", 40544, "2024-03-07T17:45:00+07:00",
         "07.03.2024 - 17.45", signature="Mai Hoa", author="Mai Hoa"),
    _art("q13-cho-khong-tien-mat", "cho-truyen-thong-thanh-toan-khong-dung-tien-mat", 40561, "2024-03-08T09:10:00+07:00",
         "Thứ Bảy, 08/03/2024 - 09:10", signature="Quang Vinh", author="Quang Vinh"),
    _art("q13-ngay-hoi-viec-lam", "ngay-hoi-viec-lam-thu-hut-hon-40-doanh-nghiep", 40590, "2024-03-11T23:40:00+07:00",
         "11/3/2024, 11:40 tối", signature="Thanh Tâm", author="Thanh Tâm"),
    _art("q13-doi-thoai-doanh-nghiep", "doi-thoai-voi-doanh-nghiep-ve-thu-tuc-dat-dai", 40603, "2024-03-12T00:05:00+07:00",
         "12/3/24 - 0g05", signature="Mai Hoa", author="Mai Hoa"),
    _art("pm-dich-vu-cong", "huong-dan-nop-ho-so-truc-tuyen", 40631, "2024-03-14T14:30:00+07:00",
         "Thứ Năm 14/3/2024 - 2:30 chiều", signature="Quang Vinh", author="Quang Vinh"),
]  # fmt: skip
CHROME = ["Đọc nhiều", "Giấy phép số 12/GP-BTTTT", "Liên hệ quảng cáo", "(11/02 Âm lịch)"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _dm(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}"


def _layout(main: str, title: str) -> str:
    top = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">({_dm(a.published)})</span></li>' for a in NEWS[1:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/main.css"></head><body>
<div class="top-bar"><div class="container"><span class="date-today">{TODAY}</span> <a href="/bao-in.html">Báo in</a> <a href="/lien-he-quang-cao.html">Liên hệ quảng cáo</a></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/static/img/logo.png" alt="{esc(NAME)}"></a></div></div>
<div class="menu"><div class="container"><a href="/">Trang chủ</a> <a href="/tin-tuc/thoi-su.html">Thời sự</a> <a href="/tin-tuc/xa-hoi.html">Xã hội</a> <a href="/tin-tuc/kinh-te.html">Kinh tế</a> <a href="/bao-in.html">Báo in</a></div></div>
<div class="container"><div class="col-main">{main}</div>
<div class="col-side"><div class="box-side"><div class="box-head">Đọc nhiều</div><ul>{top}</ul></div></div></div>
<div class="footer"><div class="container">{esc(NAME)} - Cơ quan của Đảng bộ tỉnh Tân Hà. Tổng biên tập: Nguyễn Văn Thành.<br>Giấy phép số 12/GP-BTTTT ngày 10/01/2022. Tòa soạn: 15 Lê Lợi, TP Tân Hà. ĐT: 0210 3852 145</div></div>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<table class="image center"><tr><td><img src="{src}"></td></tr><tr><td class="caption">{esc(cap)}</td></tr></table>'


def render_article(art: RArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    body += f'<p class="author" style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    same = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span></li>' for a in NEWS if a is not art)
    main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc/xa-hoi.html">Xã hội</a></div>'
            f'<div class="detail"><h1 class="detail-title">{esc(art.title)}</h1>'
            f'<div class="detail-time">{esc(art.date_line)}</div>'
            f'<div class="detail-sapo"><strong>{esc(art.lead)}</strong></div><div class="detail-content">{body}</div>'
            f'<div class="detail-tools"><a href="#">Chia sẻ</a> <a href="javascript:print()">In bài</a></div></div>'
            f'<div class="same-cat"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div>')
    return _layout(main, f"{art.title} | {NAME}")


def render_category() -> str:
    rows = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)}</span>'
                   f'<p>{esc(a.lead[:150])}...</p></div>' for a in NEWS)
    return _layout(f'<h1 class="cat-title">Xã hội</h1>{rows}', f"Xã hội | {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{dmy(a.published)}</span></li>' for a in NEWS)
    return _layout(f'<div class="home-box"><h2>Tin mới</h2><ul>{rows}</ul></div>', f"{NAME} - Tin tức tỉnh Tân Hà")


def render_epaper() -> str:
    issues = "".join(f'<li><a href="/bao-in/so-{n}.pdf">Số {n} ra ngày {d}/03/2024</a></li>' for n, d in ((1854, 18), (1853, 15), (1852, 13)))
    return _layout(f'<h1 class="cat-title">Báo in</h1><ul class="issues">{issues}</ul>', f"Báo in | {NAME}")


def render_ads() -> str:
    text = ("Báo Tân Hà nhận đăng quảng cáo, thông báo, rao vặt trên báo in và báo điện tử.",
            "Bảng giá quảng cáo năm 2024 áp dụng từ ngày 01/01/2024. Liên hệ phòng Trị sự - Quảng cáo: 0210 3852 146.")
    return _layout('<h1 class="cat-title">Liên hệ quảng cáo</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Liên hệ quảng cáo | {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc/xa-hoi.html"] = render_category()
    out["/bao-in.html"] = render_epaper()
    out["/lien-he-quang-cao.html"] = render_ads()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
