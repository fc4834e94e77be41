"""A ministry department's newsroom on Drupal 9 with the vi translation and the core date
formats left as installed (fresh-E, round 17).

Built in round 17 as a fresh family (``FRESH_E``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>``: the title ``h1.page-title > span.field--name-title``, the
  body ``div.field--name-body`` (the sapo its first ``<p><strong>``).
- News (``node--type-article``) carry Drupal's "submitted" line in the core medium format
  "D, m/d/Y - H:i", translated: "Gửi bởi Biên tập viên vào T3, 03/05/2024 - 15:20" is the
  5th of March (MONTH FIRST, as the core format is; "T3" is Tuesday, "T4", "T5"... the
  translated weekdays), "T5, 02/29/2024 - 09:15".
- Press releases (``node--type-thong-cao``) show a field with its label inline:
  ``div.field__label`` "Ngày đăng" and ``div.field__item`` with the ICU vi short month,
  "5 thg 3, 2024" or "Thứ Hai, 4 thg 3, 2024 10:30"; one ``<time datetime="...Z">`` in UTC
  whose text is "1 thg 3, 2024" (the instant 03:00 UTC, 10:00 on the site's clock).
- A photo story (``node--type-anh``) shows a calendar badge: ``<span class="day">27</span>
  <span class="month">Th2</span><span class="year">2024</span>`` (day only); an event report
  shows "26 Tháng Hai 2024" (the day first, the month in words).
- Bylines: "Gửi bởi" names the account (never the author); the author is a field "Tác giả:"
  under the body or a bold signature.
- Every page: the header's date "06/03/2024", a "Tin mới" view listing the others with their
  dates as "03/05/2024" (the same month-first format), the footer.
- Non-articles: the front page, a taxonomy term page, a press-releases view, an about page
  (a basic page), a contact form, search results.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fe-drupal"
NAME = "Cục Văn hóa cơ sở"
BASE_URL = "https://vhcs.bvhttdl.gov.vn/"
WEEK = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
LONG_WEEK = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")


def _wd(iso: str, names: tuple[str, ...] = WEEK) -> str:
    from datetime import date

    return names[date.fromisoformat(iso[:10]).weekday()]


def mdy(iso: str) -> str:
    return f"{iso[5:7]}/{iso[8:10]}/{iso[:4]}"


def submitted(iso: str) -> str:
    return f"{_wd(iso)}, {mdy(iso)} - {iso[11:16]}"


def thg(iso: str) -> str:
    return f"{int(iso[8:10])} thg {int(iso[5:7])}, {iso[:4]}"


def _art(key: str, slug: str, kind: str, iso: str, line: str, **kw: object) -> Art:
    extra = {"kind": kind, "slug": slug, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/tin-tuc/{slug}", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", "khai-mac-le-hoi-den-ba-chua-kho-nam-2024", "article", "2024-03-05T15:20:00+07:00",
         submitted("2024-03-05T15:20:00+07:00"), signature="Thu Trang", author="Thu Trang",
         image=("/sites/default/files/2024-03/le-hoi-den.jpg", "Nghi lễ rước kiệu tại Lễ hội đền Bà Chúa Kho.")),
    _art("svh-thu-vien", "thu-vien-tinh-ra-mat-khong-gian-doc-sach-so", "thong-cao", "2024-03-05T00:00:00+07:00",
         thg("2024-03-05")),
    _art("svh-giai-chay", "hon-ba-nghin-van-dong-vien-tham-gia-giai-chay", "thong-cao", "2024-03-04T10:30:00+07:00",
         f"{_wd('2024-03-04', LONG_WEEK)}, {thg('2024-03-04')} 10:30", extra={"field_author": "Quốc Bảo"}, author="Quốc Bảo"),
    _art("svh-di-tich", "trung-tu-di-tich-dinh-lang-phu-le", "thong-cao", "2024-03-01T10:00:00+07:00",
         thg("2024-03-01"), extra={"utc": "2024-03-01T03:00:00Z"}),
    _art("svh-tap-huan", "tap-huan-nghiep-vu-quan-ly-hoat-dong-karaoke-vu-truong", "article", "2024-02-29T09:15:00+07:00",
         submitted("2024-02-29T09:15:00+07:00"), signature="Minh Ngọc", author="Minh Ngọc"),
    _art("ml-cho-phien", "cho-phien-pa-hoc-diem-hen-cua-du-khach", "anh", "2024-02-27T00:00:00+07:00",
         "27 Th2 2024", signature="Ảnh: Đức Anh", author="Đức Anh",
         image=("/sites/default/files/2024-02/cho-phien-1.jpg", "Đồng bào Mông xuống chợ phiên từ sáng sớm."),
         more_images=(("/sites/default/files/2024-02/cho-phien-2.jpg", "Gian hàng thổ cẩm ở chợ phiên Pá Hốc."),)),
    _art("svh-du-lich", "dong-son-don-hon-450-nghin-luot-khach", "su-kien", "2024-02-26T00:00:00+07:00",
         "26 Tháng Hai 2024", extra={"field_author": "Hà Linh"}, author="Hà Linh"),
]  # fmt: skip
CHROME = ["Tin mới", "Gửi bởi", "Biên tập viên", "Chia sẻ", "Bản quyền", "Liên kết website"]


def _layout(title: str, main: str, body_class: str = "") -> str:
    latest = "".join(f'<div class="views-row"><a href="{a.path}">{esc(a.title)}</a> <span class="date">{mdy(a.published)}</span></div>'
                     for a in ARTICLES[:5])
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>{esc(title)}</title><link rel="stylesheet" media="all" href="/themes/custom/vhcs/css/style.css"></head>
<body class="path-node {body_class}"><a href="#main-content" class="visually-hidden focusable">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="region region-header">
<span class="header-date">06/03/2024</span><a href="/" rel="home" class="site-logo"><img src="/themes/custom/vhcs/logo.svg" alt="Trang chủ"></a>
<div class="site-name">{esc(NAME)}</div></div>
<nav class="menu--main"><ul class="menu"><li class="menu-item"><a href="/">Trang chủ</a></li><li class="menu-item"><a href="/chuyen-muc/tin-hoat-dong">Tin hoạt động</a></li>
<li class="menu-item"><a href="/thong-cao-bao-chi">Thông cáo báo chí</a></li><li class="menu-item"><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="menu-item"><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">{main}</div>
<aside class="layout-sidebar-second"><div class="block-views-blocktin-moi-block-1"><h2>Tin mới</h2><div class="view-content">{latest}</div></div>
<div class="block-block-content"><h2>Liên kết website</h2><ul><li><a href="https://bvhttdl.gov.vn">Bộ Văn hóa, Thể thao và Du lịch</a></li></ul></div></aside></main>
<footer class="site-footer">Bản quyền thuộc {esc(NAME)} - Bộ Văn hóa, Thể thao và Du lịch. Địa chỉ: 51 Ngô Quyền, Hà Nội.</footer>
</div></body></html>"""


def render_article(art: Art) -> str:
    kind = art.extra["kind"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += (f'<figure role="group" class="caption caption-img"><img src="{images[i][0]}" alt="">'
                     f"<figcaption>{esc(images[i][1])}</figcaption></figure>")
    if art.signature:
        body += f'<p class="text-align-right"><strong>{esc(art.signature)}</strong></p>'
    after = ""
    if art.extra.get("field_author"):
        after = (f'<div class="field field--name-field-tac-gia field--label-inline"><div class="field__label">Tác giả</div>'
                 f'<div class="field__item">{esc(art.extra["field_author"])}</div></div>')
    if kind == "article":
        meta = (f'<div class="node__meta"><span>Gửi bởi <span class="field--name-uid"><span>Biên tập viên</span></span> vào '
                f'<span class="field--name-created">{art.date_line}</span></span></div>')
    elif kind == "thong-cao":
        when = (f'<time datetime="{art.extra["utc"]}">{art.date_line}</time>' if art.extra.get("utc") else art.date_line)
        meta = (f'<div class="field field--name-field-ngay-dang field--label-inline"><div class="field__label">Ngày đăng</div>\n'
                f'<div class="field__item">{when}</div></div>')
    elif kind == "anh":
        d, m, y = art.date_line.split()
        meta = f'<div class="date-badge"><span class="day">{d}</span> <span class="month">{m}</span> <span class="year">{y}</span></div>'
    else:
        meta = f'<div class="node__submitted">{art.date_line}</div>'
    main = f"""<div class="region region-content"><article role="article" class="node node--type-{kind} node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(art.title)}</span></h1>
{meta}<div class="node__content"><div class="clearfix text-formatted field field--name-body field__item">{body}</div>{after}
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></div></article></div>"""
    return _layout(f"{art.title} | {NAME}", main, f"page-node-type-{kind}")


def _list(title: str, arts: list[Art]) -> str:
    rows = "".join(
        f'<div class="views-row"><article class="node--view-mode-teaser"><h2><a href="{a.path}">{esc(a.title)}</a></h2>'
        f'<span class="date">{mdy(a.published)}</span><p>{esc(a.lead)}</p></article></div>'
        for a in arts
    )
    return _layout(f"{title} | {NAME}", f'<h1 class="page-title">{esc(title)}</h1><div class="view-content">{rows}</div>')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức nổi bật", ARTICLES[:5])
    out["/chuyen-muc/tin-hoat-dong"] = _list("Tin hoạt động", [a for a in ARTICLES if a.extra["kind"] != "thong-cao"])
    out["/thong-cao-bao-chi"] = _list("Thông cáo báo chí", [a for a in ARTICLES if a.extra["kind"] == "thong-cao"])
    out["/gioi-thieu"] = _layout(f"Giới thiệu | {NAME}", (
        '<article class="node node--type-page"><h1 class="page-title"><span class="field--name-title">Giới thiệu</span></h1>'
        '<div class="field field--name-body"><p>Cục Văn hóa cơ sở là cơ quan trực thuộc Bộ Văn hóa, Thể thao và Du lịch, '
        "thực hiện chức năng tham mưu, giúp Bộ trưởng quản lý nhà nước về văn hóa cơ sở, gia đình và quảng cáo.</p>"
        "<p>Cục có các phòng chuyên môn: Văn phòng, Phòng Nếp sống văn hóa, Phòng Văn hóa dân tộc, Phòng Quảng cáo.</p></div></article>"),
        "page-node-type-page")
    out["/lien-he"] = _layout(f"Liên hệ | {NAME}", (
        '<h1 class="page-title">Liên hệ</h1><form class="contact-message-feedback-form" action="/lien-he" method="post">'
        '<label>Họ và tên</label><input name="name"><label>Thư điện tử</label><input name="mail"><label>Nội dung</label>'
        '<textarea name="message"></textarea><input type="submit" value="Gửi tin nhắn"></form>'))
    out["/search/node?keys=du+lich"] = _list("Tìm kiếm: du lịch", [ARTICLES[6], ARTICLES[5]])
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nDisallow: /user/\n", sitemaps=None)
