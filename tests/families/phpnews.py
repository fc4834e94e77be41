"""A department site on a home-made PHP portal (HTML 4, tables, ``<font>``), as many
provincial departments still run.

- Articles ``/index.php?mod=news&act=detail&cid=<c>&id=<n>``; the "Tin mới nhất" box links the
  same articles as ``/index.php?mod=news&act=detail&id=<n>`` (no ``cid``): two URLs, no
  canonical. Listings ``/index.php?mod=news&cid=<c>`` with ``&p=2``; print pop-ups
  ``/print.php?id=<n>``; ``/`` and ``/index.php`` are the same home page.
- Every page has the same ``<title>`` (the department's name) and no og: tags; the title is a
  ``<font size="4"><b>`` in a table cell; the date "Thứ năm, 07/03/2024 09:15" in grey
  ``<font size="1">``; the header shows today's date ("Hôm nay: Thứ tư, 20/03/2024").
- Body ``<p align="justify"><font face="Arial" size="2">``; captions in the image's
  ``<p align="center">``; signatures bold and right-aligned ("N.H", a name with an office); one
  article ends with "Nguồn: ..."; two have no sapo (the lead is the first paragraph).
- Static pages (introduction, organisation with names and phone numbers, contact form), a
  "Văn bản" table and document pages with dates; relative links (``index.php?...``).
- ``Content-Type: text/html`` without charset (the ``<meta http-equiv>`` says utf-8); no
  robots.txt, no sitemap.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paginate, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-phpnews"
NAME = "Sở Giao thông vận tải tỉnh Thạch Lâm"
UP = "/upload/news/2024/"
CATS = {3: "Tin hoạt động", 5: "An toàn giao thông"}
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
TODAY = "Thứ tư, 20/03/2024"


def _line(iso: str) -> str:
    return f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)} {hm(iso)}"


def _art(key: str, ident: int, cid: int, iso: str, sapo: bool = True, **kw: object) -> Art:
    path = f"/index.php?mod=news&act=detail&cid={cid}&id={ident}"
    return Art(KEY[key], path, iso, _line(iso), extra={"id": ident, "cid": cid, "sapo": sapo}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-cau-yen-binh", 1188, 3, "2024-03-07T09:15:00+07:00",
         signature="Thanh Tùng – Ban Quản lý dự án công trình giao thông", author="Thanh Tùng",
         image=(UP + "03/cau-yen-binh-1.jpg", "Cầu Yên Bình mới trong ngày thông xe kỹ thuật.")),
    _art("tl-dang-kiem", 1187, 3, "2024-03-05T15:40:00+07:00", sapo=False, signature="N.H", author="N.H"),
    _art("tl-ben-xe-phia-nam", 1185, 3, "2024-03-02T07:45:00+07:00", signature="Lê Hải", author="Lê Hải"),
    _art("tl-sat-hach-a1", 1184, 5, "2024-03-01T14:20:00+07:00",
         image=(UP + "03/sat-hach-a1-muong-khoa.jpg", "Thí sinh dự sát hạch lái xe mô tô tại huyện Mường Khoa.")),
    _art("tl-sua-duong-718", 1181, 3, "2024-02-27T08:30:00+07:00", sapo=False,
         signature="Minh Đức", author="Minh Đức",
         attachment=("/upload/files/2024/QD-155-SGTVT-sua-chua-TL718.pdf",
                     "Quyết định số 155/QĐ-SGTVT phê duyệt phương án sửa chữa (PDF)")),
    _art("tl-tai-nan-tet", 1176, 5, "2024-02-19T10:05:00+07:00",
         source_line="Nguồn: Ban An toàn giao thông tỉnh", source="Ban An toàn giao thông tỉnh"),
]  # fmt: skip
PER_PAGE = 4
CHROME = [
    "Hôm nay", "Tin mới nhất", "Các tin khác", "Bản in", "Gửi bài viết", "Về đầu trang",
    "Liên kết website", "Thống kê truy cập", "Lượt truy cập", "Đang online", "Trang chủ",
    "Bản quyền thuộc", "0209 3852 416", "sgtvt@thachlam.gov.vn", "Số 18 đường Trần Hưng Đạo",
    "Ghi rõ nguồn", "Đăng nhập", "Tìm kiếm",
]  # fmt: skip
STATIC = {
    "/index.php?mod=page&id=1": ("Giới thiệu chung", [
        "Sở Giao thông vận tải tỉnh Thạch Lâm là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, "
        "tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về đường bộ, đường thủy nội địa, "
        "vận tải và an toàn giao thông trên địa bàn tỉnh.",
        "Sở có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng "
        "dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Giao thông vận tải.",
        "Mạng lưới giao thông do Sở quản lý gồm 14 tuyến tỉnh lộ với tổng chiều dài 612 km, 86 "
        "cầu trên các tuyến tỉnh lộ và hai tuyến đường thủy nội địa địa phương.",
    ]),
    "/index.php?mod=page&id=2": ("Cơ cấu tổ chức", [
        "Giám đốc: Ông Trịnh Văn Khải - Điện thoại: 0209 3852 400",
        "Phó Giám đốc: Ông Nông Đức Huy - Điện thoại: 0209 3852 401",
        "Phó Giám đốc: Bà Hà Thị Thu Trang - Điện thoại: 0209 3852 402",
        "Các phòng chuyên môn: Văn phòng, Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Quản lý "
        "kết cấu hạ tầng giao thông, Phòng Quản lý vận tải, phương tiện và người lái.",
        "Đơn vị trực thuộc: Ban Quản lý dự án công trình giao thông, Trung tâm Đăng kiểm xe cơ "
        "giới, Đoạn Quản lý đường bộ.",
    ]),
    "/index.php?mod=contact": ("Liên hệ", [
        "Mọi ý kiến đóng góp xin gửi về Văn phòng Sở Giao thông vận tải tỉnh Thạch Lâm theo mẫu "
        "dưới đây.",
    ]),
}  # fmt: skip
DOCS = [
    (81, "155/QĐ-SGTVT", "26/02/2024", "Quyết định phê duyệt phương án sửa chữa cục bộ mặt đường tỉnh lộ 718",
     "Trịnh Văn Khải"),
    (79, "420/SGTVT-VT", "22/02/2024", "Về việc tăng cường bảo đảm an toàn giao thông mùa lễ hội xuân 2024",
     "Nông Đức Huy"),
    (77, "12/KH-SGTVT", "15/01/2024", "Kế hoạch sát hạch lái xe mô tô lưu động năm 2024", "Hà Thị Thu Trang"),
]  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _short(art: Art) -> str:
    return f"/index.php?mod=news&act=detail&id={_id(art)}"


def _layout(main: str) -> str:
    latest = "".join(
        f'<tr><td valign="top"><img src="images/bullet.gif" width="5" height="5"></td><td><a href="{_short(a)[1:]}" class="link_tin">'
        f'{esc(a.title)}</a> <font color="#999999" size="1">({dmy(a.published)})</font></td></tr>'
        for a in ARTICLES[:5]
    )  # fmt: skip
    menu = "".join(
        f'<tr><td class="menu_left"><a href="{href}">{label}</a></td></tr>'
        for href, label in [("index.php", "Trang chủ"), ("index.php?mod=page&amp;id=1", "Giới thiệu chung"),
                            ("index.php?mod=page&amp;id=2", "Cơ cấu tổ chức"), ("index.php?mod=news&amp;cid=3", CATS[3]),
                            ("index.php?mod=news&amp;cid=5", CATS[5]), ("index.php?mod=vanban", "Văn bản"),
                            ("index.php?mod=contact", "Liên hệ")]
    )  # fmt: skip
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(NAME)}</title>
<meta name="keywords" content="sở giao thông vận tải, thạch lâm, giao thông">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/popup.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"><a name="top"></a>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/banner.jpg" width="1000" height="150" alt="{esc(NAME)}"></td></tr>
<tr><td colspan="3" bgcolor="#003399" height="24"><font color="#FFFFFF" size="2">&nbsp;Hôm nay: {TODAY}</font>
<marquee width="600" scrollamount="3"><font color="#FFFF00" size="2">Chào mừng quý vị đến với Trang thông tin điện tử {esc(NAME)}</font></marquee>
<font size="1"><a href="admin/login.php"><font color="#FFFFFF">Đăng nhập</font></a></font></td></tr>
<tr><td width="190" valign="top" bgcolor="#EEF3FB"><table width="100%" cellpadding="4" cellspacing="0">{menu}</table>
<form action="index.php" method="get"><font size="2"><b>Tìm kiếm</b></font><br><input type="hidden" name="mod" value="search"><input type="text" name="keyword" size="15"><input type="submit" value="Tìm kiếm"></form></td>
<td width="600" valign="top" style="padding: 8px;">{main}</td>
<td width="210" valign="top"><table width="100%" border="0" cellpadding="2" cellspacing="0">
<tr><td colspan="2" bgcolor="#003399"><font color="#FFFFFF"><b>Tin mới nhất</b></font></td></tr>{latest}</table><br>
<table width="100%"><tr><td bgcolor="#003399"><font color="#FFFFFF"><b>Liên kết website</b></font></td></tr>
<tr><td><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://mt.gov.vn">Bộ Giao thông vận tải</option></select></td></tr></table><br>
<table width="100%"><tr><td bgcolor="#003399"><font color="#FFFFFF"><b>Thống kê truy cập</b></font></td></tr>
<tr><td><font size="2">Lượt truy cập: 1.284.311<br>Đang online: 14</font></td></tr></table></td></tr>
<tr><td colspan="3" bgcolor="#003399" align="center" style="padding: 6px;"><font color="#FFFFFF" size="2">
Bản quyền thuộc {esc(NAME)}<br>Địa chỉ: Số 18 đường Trần Hưng Đạo, thành phố Thạch Lâm - Điện thoại: 0209 3852 416 - Fax: 0209 3852 417<br>
Email: sgtvt@thachlam.gov.vn - Ghi rõ nguồn "{esc(NAME)}" khi phát hành lại thông tin từ website này.</font></td></tr>
</table></body></html>"""


def _p(html: str) -> str:
    return f'<p align="justify"><font face="Arial" size="2">{html}</font></p>'


def _content(art: Art) -> str:
    blocks = [] if art.extra["sapo"] else [_p(esc(art.lead))]
    images = [art.image] if art.image else []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(_p(esc(paragraph)))
        if i < len(images):
            src, caption = images[i]
            blocks.append(f'<p align="center"><img src="{src}" width="500" border="0"><br><font size="1"><i>{esc(caption)}</i></font></p>')
    if art.attachment:
        blocks.append(_p(f'Tải về: <a href="{art.attachment[0]}">{esc(art.attachment[1])}</a>'))
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p align="right"><font face="Arial" size="2"><b>{esc(line)}</b></font></p>')
    return "\n".join(blocks)


def _detail(art: Art) -> str:
    sapo = (
        f'<tr><td class="news_sapo"><font face="Arial" size="2"><b>{esc(art.lead)}</b></font></td></tr>'
        if art.extra["sapo"] else ""
    )  # fmt: skip
    return f"""<table width="100%" border="0" cellpadding="3" cellspacing="0" id="tblChiTiet">
<tr><td class="news_title"><font face="Tahoma" size="4" color="#003399"><b>{esc(art.title)}</b></font></td></tr>
<tr><td class="news_date"><font size="1" color="#808080"><i>{esc(art.date_line)}</i></font></td></tr>
{sapo}<tr><td class="news_content">{_content(art)}</td></tr></table>"""


def render_article(art: Art) -> str:
    cid = int(art.extra["cid"])  # type: ignore[arg-type]
    others = "".join(
        f'<li><a href="{a.path[1:].replace("&", "&amp;")}">{esc(a.title)}</a> <font color="#999999" size="1">({dmy(a.published)})</font></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    tools = (
        f'<table width="100%"><tr><td align="right"><font size="1"><a href="javascript:popup(\'print.php?id={_id(art)}\')">'
        f'<img src="images/print.gif" border="0"> Bản in</a> | <a href="mailto:?subject={esc(art.title)}">Gửi bài viết</a> | '
        '<a href="#top">Về đầu trang</a></font></td></tr></table>'
        f'<noscript><a href="print.php?id={_id(art)}">Bản in</a></noscript>'
    )
    main = (
        f'<font size="2"><a href="index.php">Trang chủ</a> &raquo; <a href="index.php?mod=news&amp;cid={cid}">{CATS[cid]}</a></font><hr size="1">'
        f'{_detail(art)}{tools}<hr size="1"><font color="#CC0000"><b>Các tin khác:</b></font><ul>{others}</ul>'
    )
    return _layout(main)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(NAME)}</title></head>
<body onload="window.print()"><table width="640" align="center"><tr><td><font size="2"><b>{esc(NAME).upper()}</b></font><hr></td></tr>
<tr><td>{_detail(art)}</td></tr><tr><td><hr><font size="1">Địa chỉ bài viết: index.php?mod=news&amp;act=detail&amp;id={_id(art)}</font></td></tr></table></body></html>"""


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<table width="100%" cellpadding="3"><tr><td width="110" valign="top"><img src="{UP}thumb/{_id(a)}.jpg" width="100" height="70"></td>'
        f'<td valign="top"><a href="{a.path[1:].replace("&", "&amp;")}"><font color="#003399"><b>{esc(a.title)}</b></font></a> '
        f'<font size="1" color="#808080">({dmy(a.published)} {hm(a.published)})</font><br><font size="2">{esc(a.lead[:180])}...</font></td></tr></table>'
        for a in arts
    )  # fmt: skip


def render_listing(cid: int | None, page: int) -> str:
    arts = [a for a in ARTICLES if cid is None or a.extra["cid"] == cid]
    base = "index.php?mod=news" + (f"&amp;cid={cid}" if cid else "")
    pages, chunk = paginate(arts, page, PER_PAGE)
    pager = ""
    if pages > 1:
        links = " ".join(f"<b>[{n}]</b>" if n == page else f'<a href="{base}&amp;p={n}">[{n}]</a>' for n in range(1, pages + 1))
        pager = f'<p align="center"><font size="2">Trang: {links}</font></p>'
    title = CATS[cid] if cid else "Tin tức"
    main = f'<font size="3" color="#CC0000"><b>{title.upper()}</b></font><hr size="1">{_teasers(chunk)}{pager}'
    return _layout(main)


def render_home() -> str:
    top = ARTICLES[0]
    main = (
        f'<table width="100%"><tr><td><img src="{UP}thumb/{_id(top)}-lon.jpg" width="300"></td><td valign="top">'
        f'<a href="{top.path[1:].replace("&", "&amp;")}"><font size="3" color="#003399"><b>{esc(top.title)}</b></font></a><br>'
        f'<font size="2">{esc(top.lead)}</font></td></tr></table><hr size="1">'
        + "".join(
            f'<font size="3" color="#CC0000"><b>{label.upper()}</b></font> <a href="index.php?mod=news&amp;cid={cid}"><font size="1">Xem tiếp</font></a>'
            + _teasers([a for a in ARTICLES[1:] if a.extra["cid"] == cid][:3])
            for cid, label in CATS.items()
        )
    )
    return _layout(main)


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    body = "".join(_p(esc(p)) for p in paras)
    if path == "/index.php?mod=contact":
        body += (
            '<form action="index.php?mod=contact&amp;act=send" method="post"><table><tr><td>Họ tên:</td><td><input name="hoten"></td></tr>'
            '<tr><td>Email:</td><td><input name="email"></td></tr><tr><td>Nội dung:</td><td><textarea name="noidung" rows="6" cols="50"></textarea></td></tr>'
            '<tr><td></td><td><input type="submit" value="Gửi"></td></tr></table></form>'
        )
    return _layout(f'<font size="3" color="#CC0000"><b>{title.upper()}</b></font><hr size="1">{body}')


def render_docs() -> str:
    rows = "".join(
        f'<tr bgcolor="#FFFFFF"><td><a href="index.php?mod=vanban&amp;act=detail&amp;id={d[0]}">{esc(d[1])}</a></td><td>{d[2]}</td><td>{esc(d[3])}</td></tr>'
        for d in DOCS
    )  # fmt: skip
    table = (
        '<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC"><tr bgcolor="#EEF3FB"><td><b>Số hiệu</b></td>'
        f"<td><b>Ngày ban hành</b></td><td><b>Trích yếu</b></td></tr>{rows}</table>"
    )
    return _layout(f'<font size="3" color="#CC0000"><b>VĂN BẢN</b></font><hr size="1">{table}')


def render_doc(doc: tuple[int, str, str, str, str]) -> str:
    ident, number, issued, summary, signer = doc
    table = (
        f'<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr><td width="150">Số hiệu</td><td>{esc(number)}</td></tr>'
        f"<tr><td>Ngày ban hành</td><td>{issued}</td></tr><tr><td>Trích yếu</td><td>{esc(summary)}</td></tr>"
        f"<tr><td>Người ký</td><td>{esc(signer)}</td></tr>"
        f'<tr><td>Tệp đính kèm</td><td><a href="upload/vanban/{ident}.pdf">Tải về</a></td></tr></table>'
    )
    return _layout(f'<font size="3" color="#CC0000"><b>CHI TIẾT VĂN BẢN</b></font><hr size="1">{table}')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for a in ARTICLES[:5]:
        out[_short(a)] = render_article(a)
    for a in ARTICLES:
        out[f"/print.php?id={_id(a)}"] = render_print(a)
    out["/"] = out["/index.php"] = render_home()
    out["/index.php?mod=news"] = render_listing(None, 1)
    out["/index.php?mod=news&p=2"] = render_listing(None, 2)
    for cid in CATS:
        out[f"/index.php?mod=news&cid={cid}"] = render_listing(cid, 1)
    out["/index.php?mod=news&cid=3&p=2"] = render_listing(3, 2)
    for path in STATIC:
        out[path] = render_static(path)
    out["/index.php?mod=vanban"] = render_docs()
    for doc in DOCS:
        out[f"/index.php?mod=vanban&act=detail&id={doc[0]}"] = render_doc(doc)
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def _page(text: str) -> Page:
    return Page(200, [("Content-Type", "text/html"), ("X-Powered-By", "PHP/5.4.45")], text.encode("utf-8"))


def build_site() -> Site:
    pages: dict[str, Page] = {path: _page(text) for path, text in _html_pages().items()}
    for doc in DOCS:
        pages[f"/upload/vanban/{doc[0]}.pdf"] = pdf_page()
    pages[ARTICLES[4].attachment[0]] = pdf_page()  # type: ignore[index]
    return site_with_files(pages, robots=None)
