"""A ward's portal on a hosted CMS: the section's name in an ``<h2>`` (or ``<h1>``) over the
headline, the headline an ``<h3 class="title-news">`` (or a ``div.title-news``) whose text the
"Tin mới" column, before the content in the source, also shows in the same class, short
headlines, ``<title>`` "Chi tiết tin", the date printed once in a row with the section's name
and a view counter (fresh-U, round 20: what the single page's title and date rules lack).

Built in round 20 as a fresh family (``FRESH_U``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- News ``/tin-tuc-su-kien/<slug>-<id>.html``: ``<h2 class="block-title"><a>Tin tức - Sự
  kiện</a></h2>``, then ``<h3 class="title-news">`` the headline, then ``<div
  class="meta">Tin tức - Sự kiện | 08:40 04/03/2024 | Lượt xem: 120</div>`` (the time before
  the day; the page's only date), the sapo in bold and the text.
- Notices ``/thong-bao/<slug>-<id>.html``: ``<h1 class="cat-title">Thông báo</h1>``, the
  headline a ``<div class="title-news">``, the row "Thông báo | 14:05 01/03/2024 | Lượt xem: 56".
- The left column (first in the source): "Tin mới", every teaser ``<h3 class="title-news"><a
  ...>Title</a></h3>`` with "04/03/2024" under it; the article read is among them. Four
  headlines are three or four words ("Tết trồng cây", "Lễ giao quân", "Hội xuân 2024", "Ngày
  Chủ nhật xanh").
- ``<title>Chi tiết tin</title>`` on every article, no ``og:`` tags; the header prints today
  ("Thứ Tư, 20/03/2024"); under the text "Tin khác" with dates.
- Not articles: the home page, the news category, the notices category, the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fu-phuong"
NAME = "Ủy ban nhân dân phường Quang Trung"
NEWS_SECTION = "Tin tức - Sự kiện"
NOTICE_SECTION = "Thông báo"


def _slug(key: str) -> str:
    return key.split("-", 1)[1]


def _art(key: str, ident: int, iso: str, views: int, notice: bool = False, **kw: object) -> Art:
    section, base = (NOTICE_SECTION, "/thong-bao") if notice else (NEWS_SECTION, "/tin-tuc-su-kien")
    line = f"{section} | {hm(iso)} {dmy(iso)} | Lượt xem: {views}"
    extra = {"id": ident, "notice": notice, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"{base}/{_slug(key)}-{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fu-ra-quan-ve-sinh", 4120, "2024-03-03T10:20:00+07:00", 96, signature="Thu Hằng", author="Thu Hằng",
         image=("/uploads/2024/03/chu-nhat-xanh.jpg", "Đoàn viên thanh niên khơi thông cống rãnh trên phố Lê Lợi.")),
    _art("fu-le-giao-quan", 4112, "2024-02-26T15:30:00+07:00", 214, signature="Minh Đức", author="Minh Đức"),
    _art("fu-tet-trong-cay", 4105, "2024-02-20T09:10:00+07:00", 187, signature="Thu Hằng", author="Thu Hằng",
         image=("/uploads/2024/02/trong-cay.jpg", "Lãnh đạo phường trồng cây tại Trường THCS Lê Lợi.")),
    _art("fu-hoi-xuan", 4098, "2024-02-18T20:45:00+07:00", 330),
    _art("dt-cap-can-cuoc", 4126, "2024-03-07T16:00:00+07:00", 120, signature="Minh Đức", author="Minh Đức"),
    _art("dt-lop-hoc-boi", 4131, "2024-03-12T08:40:00+07:00", 58, notice=True),
    _art("pm-tiep-cong-dan", 4129, "2024-03-08T14:05:00+07:00", 77, notice=True),
]  # fmt: skip
CHROME = ["Tin mới", "Tin khác", "Lượt xem", "Thông tin liên hệ", "Đường dây nóng", "Bản quyền"]
ALL = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TODAY = "Thứ Tư, 20/03/2024"


def _left() -> str:
    items = "".join(
        f'<li><h3 class="title-news"><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span></li>'
        for a in ALL[:6]
    )
    return (f'<div class="box box-tinmoi"><div class="box-title">Tin mới</div><ul class="list-news">{items}</ul></div>'
            '<div class="box"><div class="box-title">Đường dây nóng</div><p>Chủ tịch UBND phường: 0912.345.678</p>'
            '<p>Công an phường: 0236.3821.113</p></div>')


def _page(main: str, title: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/tin-tuc-su-kien", NEWS_SECTION), ("/thong-bao", NOTICE_SECTION), ("/lien-he", "Liên hệ")))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="stylesheet" href="/themes/phuong/css/style.css"></head>
<body><div class="header"><div class="container"><a class="logo" href="/"><img src="/themes/phuong/images/logo.png" alt="Logo"></a>
<div class="logo-text">ỦY BAN NHÂN DÂN PHƯỜNG QUANG TRUNG<br><span>Thành phố Thạch Lâm</span></div>
<div class="today">{TODAY}</div></div></div>
<div class="nav"><div class="container"><ul class="menu">{menu}</ul></div></div>
<div class="container main"><div class="row">
<div class="col-left">{_left()}</div>
<div class="col-content">{main}</div>
</div></div>
<div class="footer"><div class="container"><div class="box-title">Thông tin liên hệ</div>
<p>{esc(NAME)} - Số 12 Lê Lợi, phường Quang Trung, thành phố Thạch Lâm</p><p>Điện thoại: 0236.3821.020 - Email: ubndquangtrung@thachlam.gov.vn</p>
<p>Bản quyền thuộc {esc(NAME)}</p></div></div></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: Art) -> str:
    notice = art.extra["notice"]
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    pool = [a for a in ALL if a.extra["notice"] == notice and a is not art]
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>' for a in pool)
    if notice:
        head = f'<h1 class="cat-title">{NOTICE_SECTION}</h1><div class="title-news">{esc(art.title)}</div>'
    else:
        head = (f'<h2 class="block-title"><a href="/tin-tuc-su-kien">{NEWS_SECTION}</a></h2>'
                f'<h3 class="title-news">{esc(art.title)}</h3>')
    main = (f'<div class="news-detail">{head}<div class="meta">{esc(art.date_line)}</div>'
            f'<div class="sapo"><strong>{esc(art.lead)}</strong></div><div class="content">{body}</div>'
            '<div class="share"><a href="#" class="fb">Chia sẻ</a> <a href="javascript:window.print()">In bài</a></div></div>'
            f'<div class="other-news"><div class="box-title">Tin khác</div><ul>{others}</ul></div>')
    return _page(main, "Chi tiết tin")


def _category(section: str, notice: bool) -> str:
    arts = [a for a in ALL if a.extra["notice"] == notice]
    items = "".join(
        f'<div class="item"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""><h3 class="title-news"><a href="{a.path}">'
        f'{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span><p>{esc(a.lead[:150])}...</p></div>'
        for a in arts
    )
    return _page(f'<h1 class="cat-title">{section}</h1><div class="list">{items}</div>', section)


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>' for a in ALL)
    return _page(f'<h2 class="block-title">{NEWS_SECTION}</h2><ul class="home">{items}</ul>', NAME)


def render_contact() -> str:
    main = ('<h1 class="cat-title">Liên hệ</h1><div class="content"><p>Bộ phận tiếp nhận và trả kết quả: tầng 1, trụ sở '
            'Ủy ban nhân dân phường, số 12 Lê Lợi.</p><p>Thời gian làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ '
            '13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu.</p></div>')
    return _page(main, "Liên hệ")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc-su-kien"] = _category(NEWS_SECTION, False)
    out["/thong-bao"] = _category(NOTICE_SECTION, True)
    out["/lien-he"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
