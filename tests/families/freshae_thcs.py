"""A secondary school's site on an old table layout (the education office's shared ASP
template): the writer in the cell beside the date above the text, a signature opened by a
dash ("— Trần Thu Hương"), a right alignment written ``text-align: end``, a school's unit
signing ("Tổ Khoa học tự nhiên", "Liên đội Trường THCS Kim Đồng"), "Tác giả bài viết:" as a
label (fresh-AE, round 22: byline conventions the earlier author sets did not hold).

Built in round 22 as a fresh family (``FRESH_AE``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/default.asp?menu=tin&id=<n>``: a three-column ``<table>`` page; the middle cell
  holds ``<td class="tieude">`` (the headline), a row ``<td class="ngay">Cập nhật ngày:
  05/03/2024 08:30</td><td class="ngay" align="right"><i>Nguyễn Thị Lan</i></td>`` (the writer
  beside the date, on one article), the text in ``<td class="noidung">``, then "Tin khác" with dates.
- Signatures closing the text: ``<p align="right"><i>— Trần Thu Hương</i></p>``, ``<p
  style="text-align: end;"><b>Vũ Thu Trang</b></p>``, the units in right-aligned bold, "Tác giả
  bài viết: Hà Thị Ngọc" (plain, right-aligned); an unsigned notice.
- Non-articles: the home page, the news list, the teachers' list and the school's introduction.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fae-thcs"
NAME = "Trường THCS Kim Đồng"


def _art(key: str, ident: int, iso: str, **kw: object) -> SArt:
    # the page shows only "Cập nhật ngày: ...": the corpus writes that day's basis "updated"
    extra = {"id": ident, "date_basis": "updated", **dict(kw.pop("extra", {}))}  # type: ignore[call-overload]
    return SArt(KEY[key], f"/default.asp?menu=tin&id={ident}", iso, f"Cập nhật ngày: {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pl-thu-vien-luu-dong", 612, "2024-03-05T08:30:00+07:00", signature="Nguyễn Thị Lan", author="Nguyễn Thị Lan",
         extra={"nosig": True, "beside_date": True}),
    _art("pl-ngay-hoi-van-hoa", 609, "2024-03-04T15:10:00+07:00", signature="— Trần Thu Hương", author="Trần Thu Hương",
         extra={"sig": "dash"}),
    _art("dt-lop-hoc-boi", 605, "2024-03-01T10:00:00+07:00", signature="Vũ Thu Trang", author="Vũ Thu Trang",
         extra={"sig": "end"}, image=("/upload/2024/lop-hoc-boi.jpg", "Học sinh tham gia lớp học bơi.")),
    _art("ks-khoi-nghiep", 601, "2024-02-29T14:30:00+07:00", signature="Tổ Khoa học tự nhiên", author="Tổ Khoa học tự nhiên"),
    _art("pl-giai-bong-chuyen", 598, "2024-02-28T16:00:00+07:00", signature="Liên đội Trường THCS Kim Đồng",
         author="Liên đội Trường THCS Kim Đồng"),
    _art("dt-ve-sinh-moi-truong", 594, "2024-02-27T09:15:00+07:00", signature="Tác giả bài viết: Hà Thị Ngọc",
         author="Hà Thị Ngọc", extra={"sig": "plain"}),
    _art("nx-lich-tiep-dan-quy-2", 590, "2024-02-26T07:30:00+07:00"),
]  # fmt: skip
CHROME = ["Tin khác", "Thông báo", "Liên kết", "Số lượt truy cập", "Thiết kế bởi"]


def _layout(title: str, middle: str) -> str:
    notes = "".join(f'<tr><td class="tb">» <a href="/default.asp?menu=tb&id={n}">Thông báo số {n}/TB-THCS</a></td></tr>' for n in (41, 38, 35))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/css/style.css"></head><body leftmargin="0" topmargin="0">
<table width="980" align="center" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="3"><img src="/images/banner.jpg" width="980" alt="{esc(NAME)}"></td></tr>
<tr><td colspan="3" class="menu"><a href="/">Trang chủ</a> | <a href="/default.asp?menu=tin">Tin tức</a> | <a href="/default.asp?menu=gv">Đội ngũ giáo viên</a> | <a href="/default.asp?menu=gt">Giới thiệu</a></td></tr>
<tr><td width="190" valign="top" class="left"><table width="100%"><tr><td class="boxtitle">Liên kết</td></tr>
<tr><td><a href="http://pgdhoason.edu.vn">Phòng GD&amp;ĐT huyện Hòa Sơn</a></td></tr><tr><td><a href="https://moet.gov.vn">Bộ GD&amp;ĐT</a></td></tr></table></td>
<td width="600" valign="top" class="middle">{middle}</td>
<td width="190" valign="top" class="right"><table width="100%"><tr><td class="boxtitle">Thông báo</td></tr>{notes}
<tr><td class="boxtitle">Số lượt truy cập</td></tr><tr><td>Hôm nay: 86<br>Tổng: 152.318</td></tr></table></td></tr>
<tr><td colspan="3" class="footer">{esc(NAME)} - Thị trấn Hòa Sơn, huyện Hòa Sơn. Điện thoại: 0214 3876 220<br>Thiết kế bởi Phòng GD&amp;ĐT huyện Hòa Sơn</td></tr>
</table></body></html>"""


def _signature(art: SArt) -> str:
    sig = art.signature
    if not sig or art.extra.get("nosig"):
        return ""
    kind = art.extra.get("sig")
    if kind == "dash":
        return f'<p align="right"><i>{esc(sig)}</i></p>'
    if kind == "end":
        return f'<p style="text-align: end;"><b>{esc(sig)}</b></p>'
    if kind == "plain":
        return f'<p align="right">{esc(sig)}</p>'
    return f'<p align="right"><b>{esc(sig)}</b></p>'


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><b>{esc(art.lead)}</b></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<p align="center"><img src="{src}" border="0"><br><i>{esc(cap)}</i></p>'
    body += _signature(art)
    writer = f'<i>{esc(art.signature or "")}</i>' if art.extra.get("beside_date") else "&nbsp;"
    others = "".join(f'<tr><td class="tinkhac">» <a href="{a.path}">{esc(a.title)}</a> <font color="#888888">({dmy(a.published)})</font></td></tr>'
                     for a in ARTICLES if a is not art)
    middle = f"""<table width="100%" cellpadding="4" cellspacing="0"><tr><td colspan="2" class="tieude">{esc(art.title)}</td></tr>
<tr><td class="ngay">{esc(art.date_line)}</td><td class="ngay" align="right">{writer}</td></tr>
<tr><td colspan="2" class="noidung">{body}</td></tr>
<tr><td colspan="2" align="right" class="congcu"><a href="javascript:window.print()">In bài</a> | <a href="#top">Về đầu trang</a></td></tr></table>
<table width="100%" cellpadding="2"><tr><td class="boxtitle">Tin khác</td></tr>{others}</table>"""
    return _layout(art.title, middle)


def _list(title: str, arts: list[SArt]) -> str:
    rows = "".join(f'<tr><td width="110"><a href="{a.path}"><img src="/upload/thumb/{a.extra["id"]}.jpg" width="100" border="0"></a></td>'
                   f'<td valign="top"><a class="tieudetin" href="{a.path}">{esc(a.title)}</a><br><font color="#888888">{dmy(a.published)}</font>'
                   f"<br>{esc(a.lead)}</td></tr>" for a in arts)
    return _layout(title, f'<table width="100%" cellpadding="4"><tr><td colspan="2" class="boxtitle">{esc(title)}</td></tr>{rows}</table>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:4])
    out["/default.asp?menu=tin"] = _list("Tin tức - Sự kiện", ARTICLES)
    teachers = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(s)}</td></tr>" for i, (n, s) in enumerate((
        ("Nguyễn Văn Hòa", "Hiệu trưởng"), ("Lê Thị Thanh", "Phó Hiệu trưởng"), ("Nguyễn Thị Lan", "Giáo viên Ngữ văn"),
        ("Vũ Thu Trang", "Giáo viên Toán"), ("Trần Thu Hương", "Tổng phụ trách Đội")), 1))
    out["/default.asp?menu=gv"] = _layout("Đội ngũ giáo viên", f'<table width="100%" border="1" cellpadding="4"><tr><th>STT</th>'
                                                             f"<th>Họ và tên</th><th>Nhiệm vụ</th></tr>{teachers}</table>")
    out["/default.asp?menu=gt"] = _layout("Giới thiệu", f"""<table width="100%" cellpadding="4"><tr><td class="boxtitle">Giới thiệu</td></tr>
<tr><td><p>{esc(NAME)} được thành lập năm 1985, hiện có 18 lớp với hơn 650 học sinh và 42 cán bộ, giáo viên, nhân viên.</p>
<p>Nhà trường đạt chuẩn quốc gia mức độ 2 năm 2021.</p></td></tr></table>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
