"""A province's culture department on Joomla 1.5 with the article title hidden: the editor
types the headline into the text as its first paragraph (``<p><strong><span
style="font-size: 16pt;">``), ``<title>`` names the home menu item and the site, the
module headings in ``<h3>`` are the page's only headings, and the date is printed once, after
the text, before "Các tin khác" (fresh-U, round 20: what the single page's title and date rules
lack).

Built in round 20 as a fresh family (``FRESH_U``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/index.php?option=com_content&view=article&id=<n>:<slug>&catid=<c>&Itemid=1``:
  Joomla 1.5's ``table.contentpaneopen`` with no ``td.contentheading`` (show title: no), the
  print and e-mail buttons alone in the first table; in the text, the headline typed as a
  paragraph: centred ``<strong><span style="font-size: 16pt;">`` (four articles) or ``<span
  style="font-size: 14pt; color: #003399;"><strong>`` (three), then the sapo in bold.
- The date after the text, in the row before "Các tin khác": "Ngày đăng: 05/03/2024 08:40" on
  the first kind, Joomla's own ``%A, %d %B %Y %H:%M`` in Vietnamese ("Thứ ba, 05 Tháng 3 2024
  08:40") on the second; "Các tin khác" items "Title - 04/03/2024".
- ``<title>`` on every page: "Trang chủ - Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn"; no
  ``og:`` tags. The left column (before the content) holds ``<h3>`` modules "Văn bản mới"
  (documents with their days), "Thông tin cần biết", "Liên kết website"; the headline is no
  heading at all.
- Not articles: the home page (a blog of leads), a category blog, a documents list, the
  contact page.
"""

from __future__ import annotations

from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fu-joomla"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn"
_DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def joomla_date(iso: str) -> str:
    """"2024-03-05T08:40:00+07:00" -> "Thứ ba, 05 Tháng 3 2024 08:40" (vi-VN, Joomla 1.5)."""
    day = date.fromisoformat(iso[:10])
    return f"{_DAYS[day.weekday()]}, {day.day:02d} Tháng {day.month} {day.year} {hm(iso)}"


def _art(key: str, ident: int, iso: str, big: bool, **kw: object) -> Art:
    slug = key.split("-", 1)[1]
    line = f"Ngày đăng: {dmy(iso)} {hm(iso)}" if big else joomla_date(iso)
    extra = {"id": ident, "big": big, **kw.pop("extra", {})}  # type: ignore[dict-item]
    path = f"/index.php?option=com_content&view=article&id={ident}:{slug}&catid=5&Itemid=1"
    return Art(KEY[key], path, iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", 1432, "2024-03-04T11:20:00+07:00", True, signature="Phòng Quản lý Di sản",
         author="Phòng Quản lý Di sản",
         image=("/images/stories/2024/thang3/le-hoi-den.jpg", "Nghi lễ rước kiệu tại Lễ hội đền Bà Chúa Kho.")),
    _art("svh-thu-vien", 1429, "2024-03-01T15:40:00+07:00", False, signature="Nguyễn Thu Trang", author="Nguyễn Thu Trang"),
    _art("svh-giai-chay", 1425, "2024-02-26T09:05:00+07:00", True, signature="Trần Văn Khôi", author="Trần Văn Khôi",
         image=("/images/stories/2024/thang2/giai-chay.jpg", "Các vận động viên xuất phát tại Quảng trường tỉnh.")),
    _art("svh-di-tich", 1421, "2024-02-23T14:30:00+07:00", False),
    _art("svh-du-lich", 1418, "2024-02-21T08:15:00+07:00", True, signature="Nguyễn Thu Trang", author="Nguyễn Thu Trang"),
    _art("svh-tap-huan", 1416, "2024-02-21T16:50:00+07:00", False, signature="Trần Văn Khôi", author="Trần Văn Khôi"),
    _art("svh-nghe-thuat", 1411, "2024-02-16T10:00:00+07:00", True),
]  # fmt: skip
CHROME = ["Văn bản mới", "Thông tin cần biết", "Liên kết website", "Các tin khác", "Lượt truy cập", "Ghi rõ nguồn"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TITLE = f"Trang chủ - {NAME}"
_DOCS = (
    ("Quyết định số 125/QĐ-SVHTTDL ngày 01/03/2024 ban hành Kế hoạch tổ chức các lễ hội năm 2024", "/images/vanban/125.pdf"),
    ("Kế hoạch số 48/KH-SVHTTDL ngày 20/02/2024 về phát triển du lịch cộng đồng", "/images/vanban/48.pdf"),
    ("Công văn số 310/SVHTTDL-QLVH ngày 15/02/2024 về quản lý hoạt động karaoke", "/images/vanban/310.pdf"),
)


def _left() -> str:
    docs = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in _DOCS)
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/index.php?option=com_content&view=article&id=12&Itemid=7", "Lịch công tác tuần"),
        ("/index.php?option=com_content&view=article&id=15&Itemid=8", "Thủ tục hành chính"),
        ("/index.php?option=com_content&view=article&id=16&Itemid=9", "Đường dây nóng")))
    return (f'<div class="moduletable"><h3>Văn bản mới</h3><ul class="latestnews">{docs}</ul></div>'
            f'<div class="moduletable"><h3>Thông tin cần biết</h3><ul class="menu">{links}</ul></div>'
            '<div class="moduletable"><h3>Liên kết website</h3><select name="lk"><option>Bộ Văn hóa, Thể thao và Du lịch</option>'
            '<option>Cổng thông tin điện tử tỉnh Đông Sơn</option></select></div>'
            '<div class="moduletable"><h3>Thống kê</h3><p>Lượt truy cập: 2.318.440</p></div>')


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="{h}"><span>{t}</span></a></li>' for h, t in (
        ("/index.php", "Trang chủ"), ("/index.php?option=com_content&view=category&layout=blog&id=5&Itemid=2", "Tin hoạt động"),
        ("/index.php?option=com_content&view=section&id=3&Itemid=3", "Văn bản"), ("/index.php?option=com_contact&Itemid=4", "Liên hệ")))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="index, follow" /><meta name="keywords" content="văn hóa, thể thao, du lịch, Đông Sơn" />
<meta name="description" content="{esc(NAME)}" /><meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
<title>{esc(TITLE)}</title>
<link href="/templates/svhttdl/css/template.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/media/system/js/mootools.js"></script></head>
<body><div id="wrapper"><div id="header"><img src="/templates/svhttdl/images/banner.jpg" alt="{esc(NAME)}" width="980" height="140" /></div>
<div id="topmenu"><ul class="menu">{menu}</ul></div>
<div id="main"><div id="left">{_left()}</div>
<div id="content">{main}</div></div>
<div id="footer"><p>Cơ quan chủ quản: {esc(NAME)}</p><p>Địa chỉ: 25 Trần Hưng Đạo, thành phố Đông Sơn. Điện thoại: 0237.3852.416</p>
<p>Ghi rõ nguồn "{esc(NAME)}" khi phát hành lại thông tin từ website này.</p></div></div></body></html>"""


def _figure(src: str, cap: str) -> str:
    return (f'<p style="text-align: center;"><img src="{src}" border="0" width="500" /></p>'
            f'<p style="text-align: center;"><em>{esc(cap)}</em></p>')


def render_article(art: Art) -> str:
    if art.extra["big"]:
        head = f'<p style="text-align: center;"><strong><span style="font-size: 16pt;">{esc(art.title)}</span></strong></p>'
    else:
        head = f'<p><span style="font-size: 14pt; color: #003399;"><strong>{esc(art.title)}</strong></span></p>'
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align: justify;">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    text = f'{head}<p style="text-align: justify;"><strong>{esc(art.lead)}</strong></p>{body}'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> - {dmy(a.published)}</li>' for a in NEWS if a is not art)
    main = (
        '<table class="contentpaneopen"><tr><td align="right" width="100%" class="buttonheading">'
        f'<a href="{esc(art.path)}&amp;tmpl=component&amp;print=1" title="In"><img src="/images/M_images/printButton.png" alt="In" /></a>'
        '<a href="/index.php?option=com_mailto&amp;tmpl=component" title="E-mail"><img src="/images/M_images/emailButton.png" alt="E-mail" /></a>'
        '</td></tr></table>'
        f'<table class="contentpaneopen"><tr><td valign="top">{text}</td></tr>'
        f'<tr><td valign="top" class="createdate" align="right">{esc(art.date_line)}</td></tr></table>'
        '<span class="article_separator">&nbsp;</span>'
        f'<div class="relateditems"><strong>Các tin khác:</strong><ul>{others}</ul></div>'
    )
    return _page(main)


def _blog(arts: list[Art], heading: str) -> str:
    items = "".join(
        f'<table class="contentpaneopen"><tr><td class="contentheading"><a href="{esc(a.path)}" class="contentpagetitle">{esc(a.title)}</a>'
        f'</td></tr><tr><td class="createdate">{joomla_date(a.published)}</td></tr><tr><td>{esc(a.lead)}</td></tr>'
        f'<tr><td><a href="{esc(a.path)}" class="readon">Chi tiết...</a></td></tr></table><span class="article_separator">&nbsp;</span>'
        for a in arts
    )
    return _page(f'<div class="componentheading">{heading}</div><table class="blog"><tr><td>{items}</td></tr></table>')


def render_docs() -> str:
    rows = "".join(f'<tr><td>{i}</td><td><a href="{h}">{esc(t)}</a></td></tr>' for i, (t, h) in enumerate(_DOCS, 1))
    return _page(f'<div class="componentheading">Văn bản</div><table class="category"><tr><th>STT</th><th>Tên văn bản</th></tr>{rows}</table>')


def render_contact() -> str:
    return _page(f'<div class="componentheading">Liên hệ</div><table class="contentpaneopen"><tr><td>{esc(NAME)}<br />'
                 'Địa chỉ: 25 Trần Hưng Đạo, thành phố Đông Sơn<br />Điện thoại: 0237.3852.416<br />'
                 'Email: svhttdl@dongson.gov.vn</td></tr></table>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/index.php"] = _blog(NEWS[:4], "Tin mới nhất")
    out["/index.php?option=com_content&view=category&layout=blog&id=5&Itemid=2"] = _blog(NEWS, "Tin hoạt động")
    out["/index.php?option=com_content&view=section&id=3&Itemid=3"] = render_docs()
    out["/index.php?option=com_contact&Itemid=4"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
