"""A district health centre's legacy table-layout portal whose staff sign in the ways of a
hospital's bulletin: "Bài và ảnh:", a name with its unit alone in a right-aligned ``<div>``, a
poster's row above the text, text and photo credits in one ``<p>`` over a ``<br>``, a
department as the writer, a doctor's degrees before the name (fresh-P, round 19b: authors
that get missed).

Built in round 19b as a fresh family (``FRESH_P``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/index.php?option=tin&id=<id>``: one ``<table class="khung">`` whose rows hold the
  headline (``td.tieude``), the date "Ngày đăng: 05/03/2024 08:30" and the text (``td.noidung``);
  "Các tin đã đưa" with dates in the row after it.
- Bylines: "Bài và ảnh: Hà Thị Thu Trang"; ``<div align="right">Đinh Công Tuấn (Trung tâm Y tế
  huyện)</div>`` after the last ``<p>``; a row above the text "Người đăng: Lường Văn Pâng |
  Lượt xem: 215"; "Tin: Mùa A Sử<br>Ảnh: Vàng Thị Dung" right-aligned; "Khoa Kiểm soát bệnh
  tật" right-aligned in italics; "ThS.BS Nguyễn Thị Hoài Thương" in bold; an unsigned article
  whose poster row reads "Người đăng: admin" (no author; "Góp ý gửi BBT" in the side column).
- Non-articles: the home page, a category, the duty roster (doctors' names), the staff
  list, the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshp_common import PArt
from tests.families.texts import KEY

SITE_ID = "fx-fp-ttyt"
NAME = "Trung tâm Y tế huyện Mường Tè Hạ"


def _art(key: str, ident: int, iso: str, **kw: object) -> PArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return PArt(KEY[key], f"/index.php?option=tin&id={ident}", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bt-sot-xuat-huyet", 1547, "2024-03-05T08:30:00+07:00", signature="Bài và ảnh: Hà Thị Thu Trang",
         author="Hà Thị Thu Trang",
         image=("/upload/tin/2024/sxh.jpg", "Cán bộ y tế hướng dẫn người dân diệt lăng quăng.")),
    _art("dt-hien-mau", 1544, "2024-03-04T10:40:00+07:00", signature="Đinh Công Tuấn (Trung tâm Y tế huyện)",
         author="Đinh Công Tuấn", extra={"div": True}),
    _art("tl-tiem-chung", 1540, "2024-03-01T15:05:00+07:00", author="Lường Văn Pâng",
         extra={"poster": "Lường Văn Pâng"}),
    _art("sh-tiem-chung", 1537, "2024-02-29T09:15:00+07:00", signature="Tin: Mùa A Sử", author="Mùa A Sử",
         extra={"after": ("Ảnh: Vàng Thị Dung",), "br": True}),
    _art("nkv-an-toan-thuc-pham", 1533, "2024-02-27T14:00:00+07:00", signature="Khoa Kiểm soát bệnh tật",
         author="Khoa Kiểm soát bệnh tật", extra={"em": True}),
    _art("ks-buc-xa-y-te", 1530, "2024-02-26T08:10:00+07:00", signature="ThS.BS Nguyễn Thị Hoài Thương",
         author="ThS.BS Nguyễn Thị Hoài Thương"),
    _art("pm-tiem-chung", 1526, "2024-02-23T16:25:00+07:00", extra={"poster": "admin"}),
]  # fmt: skip
CHROME = [
    "Các tin đã đưa", "Người đăng", "Lượt xem", "Góp ý gửi BBT", "Số lượt truy cập", "Đường dây nóng",
    "Lịch trực", "Về đầu trang", "Bản quyền",
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body><table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" alt="{esc(NAME)}" width="1000"></td></tr>
<tr><td colspan="3" class="menu"><a href="/">Trang chủ</a> | <a href="/index.php?option=loai&id=2">Tin hoạt động</a> |
<a href="/index.php?option=lichtruc">Lịch trực</a> | <a href="/index.php?option=nhansu">Nhân sự</a> | <a href="/index.php?option=lienhe">Liên hệ</a></td></tr>
<tr><td width="200" valign="top" class="left"><div class="tit">Đường dây nóng</div><p>0213 3881 115</p>
<div class="tit">Lịch trực</div><p><a href="/index.php?option=lichtruc">Xem lịch trực tuần</a></p>
<p><a href="/index.php?option=lienhe">Góp ý gửi BBT</a></p></td>
<td width="600" valign="top">{main}</td>
<td width="200" valign="top" class="right"><div class="tit">Số lượt truy cập</div><p>0356821</p></td></tr>
<tr><td colspan="3" class="footer">Bản quyền © Trung tâm Y tế huyện Mường Tè Hạ. Địa chỉ: khu 2, thị trấn Mường Tè Hạ.
<a href="#">Về đầu trang</a></td></tr></table></body></html>"""


def render_article(art: PArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><b>{esc(art.lead)}</b></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<p align="center"><img src="{src}" border="0"><br><i>{esc(cap)}</i></p>'
    if art.signature:
        sig = esc(art.signature)
        if art.extra.get("div"):
            body += f'<div align="right">{sig}</div>'
        elif art.extra.get("br"):
            body += f'<p align="right"><b>{sig}<br>{"<br>".join(esc(x) for x in art.after())}</b></p>'
        elif art.extra.get("em"):
            body += f'<p align="right"><i>{sig}</i></p>'
        else:
            body += f'<p align="right"><b>{sig}</b></p>'
    poster = ""
    if "poster" in art.extra:
        poster = (f'<tr><td class="nguoidang">Người đăng: {esc(art.extra["poster"])} | '
                  f'Lượt xem: {art.extra["id"] % 300}</td></tr>')
    older = "".join(f'<tr><td>- <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</td></tr>'
                    for a in ARTICLES if a.extra["id"] < art.extra["id"])
    main = f"""<table class="khung" width="100%" cellpadding="4">
<tr><td class="tieude">{esc(art.title)}</td></tr>
<tr><td class="ngay">{esc(art.date_line)}</td></tr>{poster}
<tr><td class="noidung">{body}</td></tr></table>
<table width="100%" class="cactin"><tr><td class="tit">Các tin đã đưa</td></tr>{older}</table>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[PArt]) -> str:
    rows = "".join(f'<tr><td><img src="/upload/thumb/{a.extra["id"]}.jpg" width="90"></td><td><a class="tin" href="{a.path}">'
                   f'{esc(a.title)}</a><br><span class="ngay">({dmy(a.published)})</span><br>{esc(a.lead)}</td></tr>' for a in arts)
    return _layout(title, f'<div class="tit">{esc(title)}</div><table width="100%">{rows}</table>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:4])
    out["/index.php?option=loai&id=2"] = _list("Tin hoạt động", ARTICLES)
    out["/index.php?option=lichtruc"] = _layout("Lịch trực", """<div class="tit">Lịch trực tuần 10 (04/03/2024 - 10/03/2024)</div>
<table border="1" width="100%"><tr><th>Ngày</th><th>Lãnh đạo trực</th><th>Bác sĩ trực</th></tr>
<tr><td>Thứ Hai 04/03</td><td>BS. Lò Văn Khiêm</td><td>BS. Chẻo Thị Mai</td></tr>
<tr><td>Thứ Ba 05/03</td><td>BS. Pờ Văn Dũng</td><td>BS. Lý Thị Sao</td></tr>
<tr><td>Thứ Tư 06/03</td><td>BS. Lò Văn Khiêm</td><td>BS. Giàng Văn Lử</td></tr></table>""")
    out["/index.php?option=nhansu"] = _layout("Nhân sự", """<div class="tit">Ban Giám đốc</div>
<p><b>BSCKII. Lò Văn Khiêm</b> - Giám đốc</p><p><b>BS. Pờ Văn Dũng</b> - Phó Giám đốc</p>
<p><b>ThS.BS Nguyễn Thị Hoài Thương</b> - Trưởng khoa Kiểm soát bệnh tật</p>""")
    out["/index.php?option=lienhe"] = _layout("Liên hệ", """<div class="tit">Liên hệ</div>
<p>Ý kiến góp ý xin gửi Ban biên tập theo địa chỉ: ttyt.muongteha@gmail.com. Điện thoại: 0213 3881 115.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
