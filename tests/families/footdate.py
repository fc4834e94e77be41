"""A provincial department's portal (a home-made PHP CMS) that prints each article's date
line only at its foot, under the body, the way many Vietnamese portals do.

- Nothing dates an article near its headline: no meta dates, no JSON-LD, no ``<time>``; the
  headline sits three levels deep in the article's head box. The one date line is under
  the body, before "Các tin khác": "Ngày đăng: 14/03/2024 09:15", "Cập nhật lúc 15:20 ngày
  11/3/2024" (an update line alone: ``date_basis: updated``), a right-aligned "Tây Lâm, ngày
  7 tháng 3 năm 2024", "Người đăng: Hoàng Lan | 04/03/2024 16:45" or "Ngày xuất bản:
  01/03/2024" (a day only).
- "Các tin khác" under each article and "Tin mới" in the right column list other articles
  with their dates; the top bar shows today ("Hôm nay: Thứ Tư, 20/03/2024"); the site's
  footer says "Cập nhật: 20/03/2024" and "© 2024".
- ``/tin-tuc/<slug>-<id>.html`` and ``/thong-bao/<slug>-<id>.html``; the categories
  ``/tin-tuc.html`` (two pages) and ``/thong-bao.html``, the home ``/``, "Giới thiệu" and
  "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-footdate"
NAME = "Sở Tài nguyên và Môi trường tỉnh Tây Lâm"
TODAY = "Hôm nay: Thứ Tư, 20/03/2024"
UPDATED = {"date_basis": "updated"}
CATS = {"tin-tuc": "Tin tức - Sự kiện", "thong-bao": "Thông báo"}


def _art(key: str, cat: str, ident: int, iso: str, line: str, **kw: object) -> Art:
    extra = {"cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.removeprefix("fd-")
    return Art(KEY[key], f"/{cat}/{slug}-{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fd-cap-giay-chung-nhan", "tin-tuc", 1187, "2024-03-14T09:15:00+07:00",
         "Ngày đăng: 14/03/2024 09:15", signature="Minh Châu", author="Minh Châu"),
    _art("fd-rac-thai-nong-thon", "tin-tuc", 1179, "2024-03-11T15:20:00+07:00",
         "Cập nhật lúc 15:20 ngày 11/3/2024", signature="Đức Thịnh", author="Đức Thịnh",
         updated="2024-03-11T15:20:00+07:00", extra=UPDATED),
    _art("fd-quan-trac-nuoc", "tin-tuc", 1172, "2024-03-07T00:00:00+07:00",
         "Tây Lâm, ngày 7 tháng 3 năm 2024", signature="Thu Trang", author="Thu Trang"),
    _art("fd-khoang-san-trai-phep", "thong-bao", 1166, "2024-03-04T16:45:00+07:00",
         "Người đăng: Hoàng Lan | 04/03/2024 16:45", signature="Hoàng Lan", author="Hoàng Lan"),
    _art("fd-ngay-nuoc-the-gioi", "thong-bao", 1160, "2024-03-01T00:00:00+07:00",
         "Ngày xuất bản: 01/03/2024", author=None,
         source_line="Nguồn: Văn phòng Sở", source="Văn phòng Sở"),
]  # fmt: skip
PER_PAGE = 3
CHROME = [
    "Các tin khác", "Tin mới", "Trang chủ", "Giới thiệu", "Liên hệ", "Bản quyền", TODAY,
    "Cập nhật: 20/03/2024", "Số 12 đường Lê Lợi", "0216 3822 410", "stnmt@taylam.gov.vn",
    "In bài viết", "Gửi email", "Chia sẻ",
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu", [
        "Sở Tài nguyên và Môi trường tỉnh Tây Lâm là cơ quan chuyên môn thuộc Ủy ban nhân dân "
        "tỉnh, tham mưu quản lý nhà nước về đất đai, tài nguyên nước, khoáng sản, môi trường, "
        "khí tượng thủy văn và biến đổi khí hậu.",
        "Sở có bốn phòng chuyên môn, Thanh tra Sở và năm đơn vị sự nghiệp trực thuộc.",
    ]),
    "lien-he": ("Liên hệ", [
        "Sở Tài nguyên và Môi trường tỉnh Tây Lâm, số 12 đường Lê Lợi, thành phố Tây Lâm.",
        "Bộ phận một cửa tiếp nhận hồ sơ từ thứ Hai đến thứ Sáu, sáng từ 7 giờ 30, chiều từ 13 "
        "giờ 30.",
    ]),
}  # fmt: skip


def _day(a: Art) -> str:
    return f"{a.published[8:10]}/{a.published[5:7]}/{a.published[:4]}"


def _layout(title: str, main: str) -> str:
    newest = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{_day(a)}</span></li>' for a in ARTICLES[:4]
    )  # fmt: skip
    menu = "".join(f'<li><a href="/{c}.html">{esc(label)}</a></li>' for c, label in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<link rel="stylesheet" href="/templates/stnmt/css/style.css"></head>
<body><div class="wrapper"><div class="top-bar"><span class="today">{TODAY}</span> <a href="/dang-nhap.html">Đăng nhập</a></div>
<div class="banner"><a href="/"><img src="/templates/stnmt/images/banner.jpg" alt="{esc(NAME)}"></a></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>{menu}<li><a href="/lien-he.html">Liên hệ</a></li></ul>
<div class="main-row"><div class="col-main">{main}</div>
<div class="col-right"><div class="box-title">Tin mới</div><ul class="list-news">{newest}</ul></div></div>
<div class="footer"><p><strong>{esc(NAME.upper())}</strong></p><p>Địa chỉ: Số 12 đường Lê Lợi, thành phố Tây Lâm - Điện thoại: 0216 3822 410 - Email: stnmt@taylam.gov.vn</p>
<p>Cập nhật: 20/03/2024</p><p>© 2024 Bản quyền thuộc {esc(NAME)}</p></div></div></body></html>"""


def _foot(art: Art) -> str:
    if art.date_line.startswith("Tây Lâm"):
        return f'<div class="news-foot" style="text-align: right;"><em>{esc(art.date_line)}</em></div>'
    return f'<div class="news-foot"><span class="news-date">{esc(art.date_line)}</span></div>'


def render_article(art: Art) -> str:
    paras = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    tail = "".join(f'<p style="text-align: right;"><strong>{esc(x)}</strong></p>' for x in (art.signature, art.source_line) if x)
    cat = str(art.extra["cat"])
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({_day(a)})</span></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{cat}.html">{esc(CATS[cat])}</a></div>
<div class="news-detail"><div class="news-head"><div class="head-inner"><div class="title-box"><h1 class="news-title">{esc(art.title)}</h1></div>
<div class="share-box"><a href="https://www.facebook.com/sharer/sharer.php?u={art.path}">Chia sẻ</a></div></div></div>
<div class="news-body"><div class="news-sapo"><strong>{esc(art.lead)}</strong></div>
<div class="news-content">{paras}{tail}</div></div>
{_foot(art)}
<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="mailto:?subject={esc(art.title)}">Gửi email</a></div>
<div class="news-other"><h3>Các tin khác</h3><ul>{others}</ul></div></div>"""
    return _layout(art.title, main)


def render_list(title: str, arts: list[Art], page: int = 1, base: str = "/") -> str:
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<div class="news-item"><a href="{a.path}"><img src="/uploads/thumb-{a.path.rsplit("-", 1)[1][:-5]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{_day(a)}</span><p>{esc(a.lead[:140])}...</p></div>'
        for a in chunk
    )  # fmt: skip
    more = f'<div class="pager"><a href="{base}?page={page + 1}">Trang sau</a></div>' if page * PER_PAGE < len(arts) else ""
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>{items}{more}')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_list("Trang chủ", ARTICLES)
    news = [a for a in ARTICLES if a.extra["cat"] == "tin-tuc"]
    out["/tin-tuc.html"] = render_list(CATS["tin-tuc"], news, base="/tin-tuc.html")
    out["/tin-tuc.html?page=2"] = render_list(CATS["tin-tuc"], news, 2, "/tin-tuc.html")
    out["/thong-bao.html"] = render_list(CATS["thong-bao"], [a for a in ARTICLES if a.extra["cat"] == "thong-bao"])
    for slug, (title, paras) in STATIC.items():
        text = "".join(f"<p>{esc(p)}</p>" for p in paras)
        out[f"/{slug}.html"] = _layout(title, f'<div class="page-detail"><h1 class="page-title">{esc(title)}</h1><div class="page-content">{text}</div></div>')
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /dang-nhap.html\n")
