"""A justice department's site on a home-made PHP theme whose dates are split over elements,
missing from the page (only in the URL), or shown twice.

- Articles ``/YYYY/MM/DD/<slug>.html`` (the publication day in the URL): a calendar-leaf
  date box above the title, ``<span class="day">13</span><span class="month">Tháng
  3</span><span class="year">2024</span>`` (a day only: 00:00 that day), sometimes with
  ``<span class="hour">08:40</span>``; older articles show no date at all (only the URL
  has it); one shows its update first and its publication after ("Cập nhật lúc 15:00
  09-03-2024 | Đăng lúc 08:40:12 05-03-2024": the publication date wins).
- The header shows today's date in words ("Thứ Tư, ngày 20 tháng 3 năm 2024"); "Các tin
  khác" under each article and "Xem nhiều" in the sidebar list other articles with dates.
- Home, a category with a page 2, "Giới thiệu", "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-datebox"
NAME = "Sở Tư pháp tỉnh Đông Lâm"
TODAY = "Thứ Tư, ngày 20 tháng 3 năm 2024"


def _shown(iso: str, way: str, updated: str | None) -> str:
    """The date as the page's text shows it ("" when only the URL has it)."""
    if way in ("box", "box-hour"):
        return f"{iso[8:10]} Tháng {int(iso[5:7])} {iso[:4]}" + (f" {hm(iso)}" if way == "box-hour" else "")
    if way == "both":
        up = updated or ""
        return f"Cập nhật lúc {hm(up)} {dmy(up).replace('/', '-')} | Đăng lúc {iso[11:19]} {dmy(iso).replace('/', '-')}"
    return ""


def _art(key: str, slug: str, iso: str, way: str, **kw: object) -> Art:
    """``way``: a split date box (box, box-hour), the update line first (both), or none (url)."""
    path = f"/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{slug}.html"
    shown = _shown(iso, way, kw.get("updated"))  # type: ignore[arg-type]
    return Art(KEY[key], path, iso, shown, extra={"way": way}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tp-kiem-tra-cong-chung", "kiem-tra-hoat-dong-cong-chung-chung-thuc-nam-2024",
         "2024-03-13T00:00:00+07:00", "box", signature="Bảo Ngọc", author="Bảo Ngọc"),
    _art("tp-ho-tich-truc-tuyen", "hon-70-phan-tram-ho-so-khai-sinh-nop-truc-tuyen",
         "2024-03-11T08:40:00+07:00", "box-hour", signature="Khánh Linh", author="Khánh Linh"),
    _art("tp-pho-bien-phap-luat", "pho-bien-phap-luat-bang-tieng-dan-toc",
         "2024-03-05T08:40:12+07:00", "both", signature="Văn Toàn", author="Văn Toàn",
         updated="2024-03-09T15:00:00+07:00"),
    _art("tp-tro-giup-phap-ly", "tro-giup-phap-ly-luu-dong-xa-lung-phin",
         "2024-02-27T00:00:00+07:00", "url", signature="Minh Đức", author="Minh Đức"),
    _art("tp-hoa-giai-co-so", "tong-ket-cong-tac-hoa-giai-o-co-so-nam-2023",
         "2024-02-21T00:00:00+07:00", "url", author=None,
         source_line="Nguồn: Phòng Phổ biến, giáo dục pháp luật", source="Phòng Phổ biến, giáo dục pháp luật"),
]  # fmt: skip
PER_PAGE = 3
CHROME = [
    "Các tin khác", "Xem nhiều", "Trang chủ", "Giới thiệu", "Liên hệ", "Tin tức", "Bản in",
    "Bản quyền", "Số 9 Hùng Vương", "0236 3822 116", "stp@donglam.gov.vn", TODAY,
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu", [
        "Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về xây dựng và thi "
        "hành pháp luật, phổ biến giáo dục pháp luật, hộ tịch, công chứng và trợ giúp pháp lý.",
        "Sở có 5 phòng chuyên môn, Trung tâm Trợ giúp pháp lý nhà nước và Phòng Công chứng số 1.",
    ]),
    "lien-he": ("Liên hệ", [
        "Sở Tư pháp tỉnh Đông Lâm, số 9 Hùng Vương, thành phố Đông Lâm.",
        "Tiếp nhận hồ sơ lý lịch tư pháp từ thứ Hai đến thứ Sáu, buổi sáng từ 7 giờ 30.",
    ]),
}  # fmt: skip


def _layout(title: str, main: str) -> str:
    popular = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><em>{dmy(a.published)}</em></li>' for a in ARTICLES[1:4]
    )  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/themes/stp/css/style.css"></head>
<body><div class="wrapper"><div class="head-top"><span class="head-date">{TODAY}</span><a href="/lien-he.html">Liên hệ</a></div>
<div class="head-banner"><a href="/"><img src="/themes/stp/images/banner.png" alt="{esc(NAME)}"></a></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li><li><a href="/tin-tuc.html">Tin tức</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul>
<div class="page-body"><div class="col-main">{main}</div>
<div class="col-side"><div class="side-box"><div class="side-title">Xem nhiều</div><ul>{popular}</ul></div></div></div>
<div class="foot">Bản quyền © {esc(NAME)}. Số 9 Hùng Vương, thành phố Đông Lâm. ĐT: 0236 3822 116. Email: stp@donglam.gov.vn</div></div></body></html>"""


def _date_html(art: Art) -> str:
    iso, way = art.published, art.extra["way"]
    if way in ("box", "box-hour"):
        hour = f'\n<span class="hour">{hm(iso)}</span>' if way == "box-hour" else ""
        return (f'<div class="date-leaf"><span class="day">{iso[8:10]}</span>\n<span class="month">Tháng {int(iso[5:7])}</span>\n'
                f'<span class="year">{iso[:4]}</span>{hour}</div>')  # fmt: skip
    if way == "both":
        return f'<div class="post-info">{esc(art.date_line)}</div>'
    return ""


def render_article(art: Art) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    tail = "".join(f'<p align="right"><strong><em>{esc(x)}</em></strong></p>' for x in (art.signature, art.source_line) if x)
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span>- {dmy(a.published)}</span></li>' for a in ARTICLES if a is not art
    )  # fmt: skip
    main = f"""<div class="post">{_date_html(art)}<h1 class="post-title">{esc(art.title)}</h1>
<div class="post-lead">{esc(art.lead)}</div><div class="post-content">{paras}{tail}</div>
<div class="post-tools"><a href="?print=1" rel="nofollow">Bản in</a></div></div>
<div class="tin-khac"><h4>Các tin khác</h4><ul>{others}</ul></div>"""
    return _layout(art.title, main)


def render_list(page: int = 1) -> str:
    chunk = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><div class="item-date">{dmy(a.published)}</div>'
        f"<p>{esc(a.lead[:160])}...</p></div>"
        for a in chunk
    )  # fmt: skip
    nav = '<a class="next" href="/tin-tuc.html?trang=2">Trang sau</a>' if page == 1 else '<a href="/tin-tuc.html">Trang trước</a>'
    return _layout("Tin tức", f'<h2 class="cat-name">Tin tức</h2>{items}<div class="paging">{nav}</div>')


def render_static(slug: str) -> str:
    title, paras = STATIC[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _layout(title, f'<div class="static-page"><h2 class="cat-name">{esc(title)}</h2>{body}</div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_list()
    out["/tin-tuc.html"] = render_list()
    out["/tin-tuc.html?trang=2"] = render_list(2)
    for slug in STATIC:
        out[f"/{slug}.html"] = render_static(slug)
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
