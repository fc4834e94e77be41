"""A Central Highlands province's portal (an old vendor's layout, ``div.news-detail``): the
writers' names of the Ê Đê, Gia Rai and Ba Na peoples, with apostrophes, one-letter given
words and family names the Kinh name lists lack (fresh-AJ, round 23: byline conventions the
earlier author sets did not hold).

Built in round 23 as a fresh family (``FRESH_AJ``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/Pages/tin-tuc/<slug>-<n>.aspx``: ``div.news-detail`` with ``h1.news-title``, a
  "Ngày đăng: 05/03/2024 08:30 | Lượt xem: 312" row, the sapo in bold, the text in
  ``div.news-content``, "Các tin khác" with dates; a "Tin đọc nhiều" side column.
- Signatures closing the text, right-aligned in bold: "H’Xíu Niê" (a typographic apostrophe),
  "Ksor H'Bơ Khăp - Ban Dân tộc tỉnh", "Y Ngông Niê Kdăm và Rơ Chăm Long", "Nay Phi La." (a
  final full stop), "Bài, ảnh: A Thoa" (a one-letter first word), "Rơ Ô Huyền - Siu Thị Nhung"
  (two writers joined by a dash); "Nguồn: Báo Gia Lai" alone on an unsigned text.
- Non-articles: the home page, a category, the leaders' page, the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshaj_common import SArt, signature_html
from tests.families.texts import KEY

SITE_ID = "fx-faj-taynguyen"
NAME = "Cổng thông tin điện tử tỉnh Krông Pa"


def _art(key: str, slug: str, ident: int, iso: str, views: int, **kw: object) -> SArt:
    extra = {"id": ident, **dict(kw.pop("extra", {}))}  # type: ignore[call-overload]
    return SArt(KEY[key], f"/Pages/tin-tuc/{slug}-{ident}.aspx", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", extra={**extra, "views": views}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-giam-ngheo", "giam-ngheo-buon-lang", 8841, "2024-03-05T08:30:00+07:00", 312,
         signature="H’Xíu Niê", author="H’Xíu Niê"),
    _art("ml-chong-ret", "chong-ret-cho-dan", 8837, "2024-03-04T15:20:00+07:00", 188,
         signature="Ksor H'Bơ Khăp - Ban Dân tộc tỉnh", author="Ksor H'Bơ Khăp"),
    _art("ml-hoc-bong", "trao-hoc-bong-hoc-sinh", 8830, "2024-03-04T09:10:00+07:00", 240,
         signature="Y Ngông Niê Kdăm và Rơ Chăm Long", author="Y Ngông Niê Kdăm, Rơ Chăm Long",
         image=("/Upload/2024/03/hoc-bong.jpg", "Trao học bổng cho học sinh nghèo vượt khó.")),
    _art("ml-cho-phien", "cho-phien-vung-cao", 8826, "2024-03-01T16:45:00+07:00", 97,
         signature="Nay Phi La.", author="Nay Phi La"),
    _art("ml-dien-luoi", "dien-luoi-ve-lang", 8819, "2024-02-29T10:05:00+07:00", 415,
         signature="Bài, ảnh: A Thoa", author="A Thoa",
         image=("/Upload/2024/03/dien-luoi.jpg", "Công nhân kéo dây điện về làng.")),
    _art("ml-nong-thon-moi", "nong-thon-moi-xa-ia-rmok", 8812, "2024-02-28T14:30:00+07:00", 156,
         signature="Rơ Ô Huyền - Siu Thị Nhung", author="Rơ Ô Huyền, Siu Thị Nhung"),
    _art("ml-truong-hoc", "truong-hoc-ban-tru", 8806, "2024-02-27T07:50:00+07:00", 203,
         source_line="Nguồn: Báo Gia Lai", source="Báo Gia Lai"),
]  # fmt: skip
CHROME = ["Tin đọc nhiều", "Các tin khác", "Lượt xem", "Bản quyền thuộc", "Số người truy cập"]


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[2:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="author" content="{esc(NAME)}"></head>
<body><div id="wrapper"><div id="banner"><img src="/Style/images/banner.jpg" alt="{esc(NAME)}"></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></li>
<li><a href="/Pages/lanh-dao.aspx">Lãnh đạo tỉnh</a></li><li><a href="/Pages/lien-he.aspx">Liên hệ</a></li></ul></div>
<div id="body"><div id="left">{main}</div>
<div id="right"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul>{most}</ul></div>
<div class="box"><div class="box-title">Số người truy cập</div><p>Hôm nay: 1.204</p><p>Tổng: 3.520.118</p></div></div></div>
<div id="footer"><p>Bản quyền thuộc Ủy ban nhân dân tỉnh Krông Pa.</p>
<p>Địa chỉ: 02 Trần Hưng Đạo, thành phố Ayun. Điện thoại: 0269 3824 001.</p></div></div></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f'<p style="text-align: justify;">{esc(p)}</p>'
        if i < len(images):
            src, cap = images[i]
            body += (f'<table class="image" align="center"><tr><td><img src="{src}" alt=""></td></tr>'
                     f'<tr><td class="caption"><em>{esc(cap)}</em></td></tr></table>')
    body += signature_html(art)
    if art.source_line:
        body += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div class="news-detail"><h1 class="news-title">{esc(art.title)}</h1>
<div class="news-info">{esc(art.date_line)} | Lượt xem: {art.extra["views"]}</div>
<div class="news-sapo"><strong>{esc(art.lead)}</strong></div>
<div class="news-content">{body}</div>
<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="#top">Về đầu trang</a></div></div>
<div class="other-news"><div class="box-title">Các tin khác</div><ul>{others}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="news-item"><img src="/Upload/thumb/{a.extra["id"]}.jpg" alt="">'
                    f'<a class="title" href="{a.path}">{esc(a.title)}</a><span class="date">{dmy(a.published)}</span>'
                    f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<div class="category"><h2>{esc(title)}</h2>{items}</div>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin nổi bật", ARTICLES[:5])
    out["/Pages/tin-tuc.aspx"] = _list("Tin tức - Sự kiện", ARTICLES)
    out["/Pages/lanh-dao.aspx"] = _layout("Lãnh đạo tỉnh", """<h2>Lãnh đạo tỉnh</h2>
<table class="leaders"><tr><td><b>Rơ Mah Tuấn</b></td><td>Chủ tịch UBND tỉnh</td><td>0269 3824 002</td></tr>
<tr><td><b>Nguyễn Hữu Quế</b></td><td>Phó Chủ tịch UBND tỉnh</td><td>0269 3824 003</td></tr>
<tr><td><b>Kpă Thuyên</b></td><td>Phó Chủ tịch UBND tỉnh</td><td>0269 3824 004</td></tr></table>""")
    out["/Pages/lien-he.aspx"] = _layout("Liên hệ", f"""<h2>Liên hệ</h2><p>{esc(NAME)}</p>
<p>Địa chỉ: 02 Trần Hưng Đạo, thành phố Ayun.</p><p>Điện thoại: 0269 3824 001. Thư điện tử: cttdt@krongpa.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
