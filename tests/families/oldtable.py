"""A district's portal on an old PHP platform: nested tables, every page one ``index.php``
with query parameters.

- Articles ``/index.php?mod=tintuc&act=chitiet&id=<n>``: the title in ``td.tieude``,
  "Ngày đăng: 04/03/2024 08:15" in ``td.ngay`` (or the author and the time on one line:
  "Hoàng Minh | 10:30 05/03/2024"), a bold lead, paragraphs, and the author either in a
  right-aligned table cell under the body (not part of it) or as the body's last line (two
  authors "Thu Hà - Quang Minh", "Nguyễn Văn Bình (Trung tâm VH-TT)"), or a "Nguồn:" line.
- A printable copy of every article (``&print=1``, no canonical link), documents
  (``mod=vanban&act=chitiet``: number, dates, summary, an excerpt and a PDF), the weekly work
  schedule (``mod=lichcongtac``; its previous/next links never end), a category holding one
  article, and a link in the "Tin nổi bật" box to a removed article that answers 200 with
  "Bài viết đã bị xóa hoặc không còn tồn tại trên hệ thống." in the page's frame.
- The right column: the officer on duty ("Người trực: ..."), a hotline with its owner's name,
  the weather in the district town and a visit counter.
- No sitemap; robots.txt disallows nothing but the admin.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from crawler.replica.site import Page, Request, Site
from tests.families.common import Art, dmy, esc, hm, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-oldtable"
NAME = "Ủy ban nhân dân huyện Sơn Hà"
NEWS = "/index.php?mod=tintuc&act=chitiet&id="


def _art(key: str, ident: int, iso: str, cat: int, **kw: object) -> Art:
    line = kw.pop("date_line", None) or f"Ngày đăng: {dmy(iso)} {hm(iso)}"
    return Art(KEY[key], f"{NEWS}{ident}", iso, line, extra={"id": ident, "cat": cat}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("sh-duong-lien-xa", 2291, "2024-03-05T16:20:00+07:00", 1, byline="Ngọc Lan", author="Ngọc Lan"),
    _art("sh-tiem-chung", 2288, "2024-03-05T10:30:00+07:00", 1, date_line="Hoàng Minh | 10:30 05/03/2024",
         author="Hoàng Minh"),
    _art("sh-chuyen-doi-cay-trong", 2284, "2024-03-01T08:15:00+07:00", 1, signature="Thu Hà - Quang Minh",
         author="Thu Hà, Quang Minh"),
    _art("sh-cai-cach-hanh-chinh", 2280, "2024-02-28T14:00:00+07:00", 1, source_line="Nguồn: Báo Bắc Hòa",
         source="Báo Bắc Hòa"),
    _art("sh-le-hoi-xuong-dong", 2275, "2024-02-17T09:45:00+07:00", 3,
         signature="Nguyễn Văn Bình (Trung tâm VH-TT)", author="Nguyễn Văn Bình"),
]  # fmt: skip
CATS = {1: "Tin tức - Sự kiện", 3: "Văn hóa - Xã hội"}
CHROME = [
    "Người trực", "Đường dây nóng", "Lượt truy cập", "Tin nổi bật", "Các tin khác", "In bài viết",
    "Trang chủ", "Văn bản mới", "Lịch công tác tuần", "Thời tiết", "Bản quyền thuộc",
    "0215 3851 234", "Lò Văn Tám", "Đỗ Văn Hùng", "Ngày đăng",
]  # fmt: skip
DOCS = [
    (88, "15/QĐ-UBND", "Quyết định", "01/03/2024", "Đỗ Văn Hùng",
     "Quyết định ban hành Kế hoạch cải cách hành chính huyện Sơn Hà năm 2024",
     "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính huyện Sơn Hà năm "
     "2024, gồm sáu nhóm nhiệm vụ: cải cách thể chế, thủ tục hành chính, tổ chức bộ máy, chế độ "
     "công vụ, tài chính công và xây dựng chính quyền số. Điều 2. Thủ trưởng các cơ quan, đơn vị "
     "và Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm thi hành Quyết định này. "
     "Quyết định có hiệu lực kể từ ngày ký.", "QD-15-UBND.pdf"),
    (85, "09/KH-UBND", "Kế hoạch", "20/02/2024", "Lê Thị Hằng",
     "Kế hoạch tiêm chủng mở rộng trên địa bàn huyện năm 2024",
     "Mục tiêu: duy trì tỷ lệ tiêm chủng đầy đủ cho trẻ dưới một tuổi đạt trên 95%; tổ chức "
     "tiêm bổ sung tại các thôn, bản vùng cao trong quý I và quý III; bảo đảm an toàn tiêm chủng "
     "và bảo quản vắc xin theo quy định. Trung tâm Y tế huyện là cơ quan thường trực, phối hợp "
     "với Ủy ban nhân dân các xã tổ chức thực hiện.", "KH-09-UBND.pdf"),
]  # fmt: skip
SCHEDULE = [
    ("08:00", "Chủ tịch UBND huyện Đỗ Văn Hùng dự giao ban Thường trực Huyện ủy", "Phòng họp Huyện ủy"),
    ("14:00", "Phó Chủ tịch UBND huyện Lê Thị Hằng kiểm tra công tác tiêm chủng", "Xã Tả Phìn"),
    ("08:30", "Họp Ban Chỉ đạo xây dựng nông thôn mới huyện", "Hội trường UBND huyện"),
    ("09:00", "Tiếp công dân định kỳ", "Trụ sở Tiếp công dân huyện"),
    ("14:30", "Làm việc với Phòng Tài nguyên và Môi trường", "Phòng họp số 2"),
]  # fmt: skip
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu"]
REMOVED = f"{NEWS}2190"
CURRENT_WEEK = (10, 2024)


def _doc_path(doc: tuple) -> str:  # type: ignore[type-arg]
    return f"/index.php?mod=vanban&act=chitiet&id={doc[0]}"


def _left() -> str:
    cats = "".join(f'<tr><td class="menu"><a href="/index.php?mod=tintuc&amp;act=danhmuc&amp;cat={c}">{esc(t)}</a></td></tr>' for c, t in CATS.items())
    docs = "".join(f'<tr><td class="vb"><a href="{esc(_doc_path(d))}">{esc(d[1])}</a> ({d[3]})</td></tr>' for d in DOCS)
    return f"""<table width="100%" cellpadding="3"><tr><td class="menu"><a href="/">Trang chủ</a></td></tr>{cats}
<tr><td class="menu"><a href="/index.php?mod=lichcongtac">Lịch công tác tuần</a></td></tr>
<tr><td class="box-title">Văn bản mới</td></tr>{docs}</table>"""


def _right() -> str:
    hot = "".join(f'<tr><td><a href="{esc(a.path)}">{esc(a.title)}</a></td></tr>' for a in ARTICLES[2:4])
    return f"""<table width="100%" cellpadding="3"><tr><td class="box-title">Tin nổi bật</td></tr>
<tr><td><a href="{esc(REMOVED)}">Huyện Sơn Hà tổng kết công tác năm 2023</a></td></tr>{hot}
<tr><td class="box-title">Người trực</td></tr><tr><td>Người trực: Đỗ Văn Hùng</td></tr>
<tr><td class="box-title">Đường dây nóng</td></tr><tr><td>0215 3851 234</td></tr><tr><td>Lò Văn Tám</td></tr>
<tr><td class="box-title">Thời tiết</td></tr><tr><td>Sơn Hà</td></tr><tr><td>22°C - Nhiều mây</td></tr>
<tr><td class="box-title">Lượt truy cập</td></tr><tr><td>1.204.577</td></tr></table>"""


def _layout(title: str, center: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} :: {esc(NAME)}</title><link href="/style.css" rel="stylesheet" type="text/css"></head>
<body topmargin="0" leftmargin="0"><table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="150" alt="{esc(NAME)}"></td></tr>
<tr><td width="190" valign="top" class="left">{_left()}</td><td width="600" valign="top" class="center">{center}</td>
<td width="190" valign="top" class="right">{_right()}</td></tr>
<tr><td colspan="3" class="footer" align="center">Cổng thông tin điện tử {esc(NAME)} - Bản quyền thuộc {esc(NAME)}<br>
Địa chỉ: Tổ 3, thị trấn Sơn Hà - Điện thoại: 0215 3851 100</td></tr></table></body></html>"""


def _body_rows(art: Art) -> str:
    paras = "".join(f'<p align="justify">{esc(p)}</p>' for p in art.paragraphs)
    tail = "".join(f'<p align="justify">{esc(line)}</p>' for line in (art.signature, art.source_line) if line)
    return f'<p><b>{esc(art.lead)}</b></p>{paras}{tail}'


def render_article(art: Art) -> str:
    others = "".join(f'<li><a href="{esc(a.path)}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in ARTICLES if a is not art)
    author = f'<tr><td align="right"><b>{esc(art.byline)}</b></td></tr>' if art.byline else ""
    center = f"""<table width="100%" cellpadding="4" cellspacing="0">
<tr><td class="tieude">{esc(art.title)}</td></tr><tr><td class="ngay">{esc(art.date_line)}</td></tr>
<tr><td class="noidung">{_body_rows(art)}</td></tr>{author}
<tr><td align="right"><a href="{esc(art.path)}&amp;print=1" target="_blank">In bài viết</a></td></tr>
<tr><td class="tinkhac"><b>Các tin khác:</b><ul>{others}</ul></td></tr></table>"""
    return _layout(art.title, center)


def render_print(art: Art) -> str:
    by = f'<p align="right"><b>{esc(art.byline)}</b></p>' if art.byline else ""
    return f"""<html><head><meta charset="utf-8"><title>{esc(art.title)}</title></head>
<body onload="window.print()"><p><b>{esc(NAME.upper())}</b></p><h3>{esc(art.title)}</h3><p><i>{esc(art.date_line)}</i></p>
{_body_rows(art)}{by}</body></html>"""


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<tr><td class="tin"><a class="tieude-tin" href="{esc(a.path)}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span>'
        f"<br>{esc(a.lead[:150])}...</td></tr>" for a in arts
    )  # fmt: skip


def render_category(cat: int) -> str:
    arts = [a for a in ARTICLES if a.extra["cat"] == cat]
    return _layout(CATS[cat], f'<table width="100%"><tr><td class="tieude">{esc(CATS[cat])}</td></tr>{_teasers(arts)}</table>')


def render_home() -> str:
    return _layout("Trang chủ", f'<table width="100%"><tr><td class="box-title">Tin mới</td></tr>{_teasers(ARTICLES[:4])}</table>')


def render_doc(doc: tuple) -> str:  # type: ignore[type-arg]
    _, number, kind, issued, signer, summary, excerpt, file = doc
    center = f"""<table width="100%" cellpadding="4" border="1" class="vanban">
<tr><td class="tieude" colspan="2">{esc(summary)}</td></tr><tr><td>Số hiệu</td><td>{esc(number)}</td></tr>
<tr><td>Loại văn bản</td><td>{kind}</td></tr><tr><td>Ngày ban hành</td><td>{issued}</td></tr><tr><td>Người ký</td><td>{esc(signer)}</td></tr>
<tr><td>Trích yếu</td><td>{esc(summary)}</td></tr><tr><td colspan="2"><p align="justify">{esc(excerpt)}</p></td></tr>
<tr><td>Tệp đính kèm</td><td><a href="/upload/vanban/{file}">{file}</a></td></tr></table>"""
    return _layout(summary, center)


def _week_path(day: date) -> str:
    iso = day.isocalendar()
    return f"/index.php?mod=lichcongtac&tuan={iso[1]}&nam={iso[0]}"


def render_schedule(week: int, year: int) -> str:
    start = date.fromisocalendar(year, week, 1)
    rows = "".join(
        f"<tr><td>{WEEKDAYS[i]}<br>{start + timedelta(days=i):%d/%m/%Y}</td><td>{SCHEDULE[(i + week) % 5][0]}</td>"
        f"<td>{esc(SCHEDULE[(i + week) % 5][1])}</td><td>{esc(SCHEDULE[(i + week) % 5][2])}</td></tr>" for i in range(5)
    )  # fmt: skip
    prev, nxt = _week_path(start - timedelta(days=7)), _week_path(start + timedelta(days=7))
    center = f"""<table width="100%" border="1" cellpadding="4"><tr><td class="tieude" colspan="4">Lịch công tác tuần {week} năm {year}
(từ {start:%d/%m/%Y} đến {start + timedelta(days=6):%d/%m/%Y})</td></tr><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}</table>
<p><a href="{esc(prev)}">Tuần trước</a> | <a href="{esc(nxt)}">Tuần sau</a></p>"""
    return _layout(f"Lịch công tác tuần {week}", center)


def render_removed() -> str:
    center = '<table width="100%"><tr><td class="tieude">Thông báo</td></tr><tr><td>Bài viết đã bị xóa hoặc không còn tồn tại trên hệ thống.</td></tr></table>'
    return _layout("Tin tức", center)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out.update({f"{a.path}&print=1": render_print(a) for a in ARTICLES})
    out["/"] = render_home()
    for cat in CATS:
        out[f"/index.php?mod=tintuc&act=danhmuc&cat={cat}"] = render_category(cat)
    for doc in DOCS:
        out[_doc_path(doc)] = render_doc(doc)
    out["/index.php?mod=lichcongtac"] = render_schedule(*CURRENT_WEEK)
    out[REMOVED] = render_removed()
    return out


_WEEK = re.compile(r"^/index\.php\?mod=lichcongtac&tuan=(\d{1,2})&nam=(\d{4})$")


def _any_week(request: Request) -> Page | None:
    match = _WEEK.match(request.target)
    if not match:
        return None
    try:
        return Page.html(render_schedule(int(match.group(1)), int(match.group(2))))
    except ValueError:
        return None


ENDLESS_EXAMPLES = ["/index.php?mod=lichcongtac&tuan=9&nam=2024", "/index.php?mod=lichcongtac&tuan=11&nam=2024"]
NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES}) + ENDLESS_EXAMPLES


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    for doc in DOCS:
        pages[f"/upload/vanban/{doc[7]}"] = pdf_page()
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n", extra=_any_week)
