"""A classic-ASP district site from the 2000s: nested tables, windows-1258 bytes with
decomposed tone marks, no charset in HTTP (the ``<meta>`` says it), verbal dates
("Ngày 10 tháng 01 năm 2022"), "10h30 ngày 5/1/2023", ``(GMT+7)``, and a soft 404."""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, cp1258, esc, paragraphs_html, pdf_page, site_with_discovery

SITE_ID = "fx-aspclassic"
NAME = "Ủy ban nhân dân huyện Bát Xát"
DETAIL = "/tintuc/chitiet.asp?id="

ARTICLES = [
    Art(4, DETAIL + "301", "2022-01-10T00:00:00+07:00", "Ngày 10 tháng 01 năm 2022",
        author="Trần Văn Hùng", signature="Trần Văn Hùng – Phòng Nông nghiệp huyện."),
    Art(1, DETAIL + "302", "2023-01-05T10:30:00+07:00", "10h30 ngày 5/1/2023",
        author="P.V", signature="P.V", source_line="Nguồn: Đài Truyền thanh huyện",
        source="Đài Truyền thanh huyện"),
    Art(6, DETAIL + "303", "2022-12-26T10:30:00+07:00", "Thứ Hai, 26/12/2022 - 10:30 (GMT+7)",
        author="Lò Thị Mai", signature="Lò Thị Mai",
        image=("/anh/2022/hoithi.jpg", "Tiết mục tiểu phẩm của đội thi huyện.")),
    Art(0, DETAIL + "304", "2023-01-16T08:00:00+07:00",
        "Đăng ngày: 08:00 16/01/2023 - Cập nhật: 09:05 17/01/2023", author="BBT", signature="BBT",
        updated="2023-01-17T09:05:00+07:00",
        attachment=("/vanban/ke-hoach-cds.pdf", "Kế hoạch chuyển đổi số (PDF)")),
    Art(2, DETAIL + "305", "2023-01-17T14:15:00+07:00", "14:15 | 17/01/2023",
        author="Hà Phương", signature="Hà Phương – Huyện đoàn Bát Xát."),
    Art(5, DETAIL + "306", "2023-01-18T09:00:00+07:00", "Ngày đăng: 18/01/2023 09:00",
        author=None, source_line="Theo Hạt Kiểm lâm huyện", source="Hạt Kiểm lâm huyện"),
]  # fmt: skip
CHROME = [
    "Số người truy cập", "Đang online", "Hôm nay", "Liên kết website", "Đăng nhập",
    "Tin liên quan", "In trang", "Về đầu trang", "Điện thoại: 0214.3883.100",
    "Fax: 0214.3883.101", "ubndbatxat@laocai.gov.vn", "Trang chủ",
]  # fmt: skip
NON_ARTICLES = ["/", "/default.asp", "/tintuc/danhsach.asp?trang=1", "/tintuc/danhsach.asp?trang=2",
                DETAIL + "999", "/tintuc/in.asp?id=301"]  # fmt: skip


def _layout(title: str, main: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>{esc(NAME)} - {esc(title)}</title></head>
<body bgcolor="#FFFFFF" topmargin="0"><table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="120" alt="banner"></td></tr>
<tr><td colspan="3" class="menu"><a href="/default.asp">Trang chủ</a> | <a href="/tintuc/danhsach.asp?trang=1">Tin tức</a> | <a href="/dang-nhap.asp">Đăng nhập</a></td></tr>
<tr><td width="180" valign="top" class="left"><table><tr><td class="title_box">Liên kết website</td></tr>
<tr><td><a href="http://www.chinhphu.vn">Chính phủ</a></td></tr></table>
<table><tr><td class="title_box">Số người truy cập</td></tr><tr><td>Đang online: 8</td></tr><tr><td>Hôm nay: 356</td></tr></table></td>
<td width="600" valign="top">{main}</td>
<td width="200" valign="top" class="right"><table><tr><td class="title_box">Tin mới</td></tr>
{"".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a><br>({a.published[8:10]}/{a.published[5:7]}/{a.published[:4]})</td></tr>' for a in ARTICLES[:4])}
</table></td></tr>
<tr><td colspan="3" class="footer" align="center">ỦY BAN NHÂN DÂN HUYỆN BÁT XÁT<br>
Địa chỉ: Khu 2, thị trấn Bát Xát, tỉnh Lào Cai<br>Điện thoại: 0214.3883.100 - Fax: 0214.3883.101<br>
Email: ubndbatxat@laocai.gov.vn</td></tr></table></body></html>"""


def _p(html: str) -> str:
    return f'<p align="justify"><font face="Arial" size="2">{html}</font></p>'


def _image(src: str, caption: str) -> str:
    return (
        f'<table align="center" width="500"><tr><td><img src="{src}" width="500" height="330"></td></tr>'
        f'<tr><td align="center"><i>{esc(caption)}</i></td></tr></table>'
    )


def render_article(art: Art) -> str:
    blocks = paragraphs_html(art, _p, _image)
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p align="right"><b>{esc(line)}</b></p>')
    others = "".join(
        f'<tr><td>- <a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in ARTICLES if a is not art
    )
    ident = art.path.rsplit("=", 1)[1]
    main = f"""<table width="100%" cellpadding="4"><tr><td class="tieude"><b><font size="4" color="#0000CC">{esc(art.title)}</font></b></td></tr>
<tr><td class="ngaythang"><font size="1" color="#666666">{esc(art.date_line)}</font></td></tr>
<tr><td class="trichyeu"><b>{esc(art.lead)}</b></td></tr>
<tr><td class="noidung">{"".join(blocks)}</td></tr>
<tr><td align="right"><a href="/tintuc/in.asp?id={ident}">In trang</a> | <a href="#top">Về đầu trang</a></td></tr>
<tr><td><b>Tin liên quan:</b></td></tr>{others}</table>"""
    return _layout(art.title, main)


def _listing(page: int) -> str:
    arts = ARTICLES[(page - 1) * 3 : page * 3]
    rows = "".join(
        f'<tr><td><a href="{a.path}"><b>{esc(a.title)}</b></a><br>{esc(a.lead[:70])}...</td></tr>' for a in arts
    )
    pager = '<tr><td>Trang: <a href="/tintuc/danhsach.asp?trang=1">1</a> <a href="/tintuc/danhsach.asp?trang=2">2</a></td></tr>'
    if page == 2:
        pager += f'<tr><td><a href="{DETAIL}999">Tin đã gỡ</a></td></tr>'
    return _layout("Tin tức", f'<table width="100%">{rows}{pager}</table>')


def _page(text: str) -> Page:
    return Page(200, [("Content-Type", "text/html")], cp1258(text))


def build_site() -> Site:
    pages: dict[str, Page] = {art.path: _page(render_article(art)) for art in ARTICLES}
    pages["/"] = Page.redirect("/default.asp", 302)
    pages["/default.asp"] = _page(_listing(1))
    pages["/tintuc/danhsach.asp?trang=1"] = _page(_listing(1))
    pages["/tintuc/danhsach.asp?trang=2"] = _page(_listing(2))
    pages[DETAIL + "999"] = _page(_layout("Thông báo", "<p><b>Không tìm thấy tin bài này!</b></p>"))
    for art in ARTICLES:  # print views: canonical link to the article
        ident = art.path.rsplit("=", 1)[1]
        printed = render_article(art).replace(
            "<head>", f'<head><link rel="canonical" href="{art.path}">', 1
        )
        pages[f"/tintuc/in.asp?id={ident}"] = _page(printed)
    pages["/vanban/ke-hoach-cds.pdf"] = pdf_page()
    return site_with_discovery(pages, [a.path for a in ARTICLES])
