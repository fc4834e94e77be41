"""A mountain district's portal on an old vendor platform: a table layout with inline styles,
the date only AFTER the body beside the update, bylines of a district's newsroom (fresh-C,
round 16).

Built in round 16 as a fresh family (``FRESH_C``): scored once before any extraction change
(a held-out figure), its truth written by hand before any extraction ran on it.

- Articles ``/tin-tuc/chi-tiet/<id>/<slug>.html``: the title in ``<h2 class="tieude">``, the
  sapo bold in ``div.tomtat``, the body in ``div.noidung`` (justified ``<p>``; a picture is a
  centred table with the caption in ``<em>``).
- The date ONLY in a grey line after the body: "Ngày đăng: 05/03/2024 08:40 | Cập nhật:
  06/03/2024 10:15" (the publication is the first; the update is the truth's
  ``updated_at``). Some leads start with a dateline "BẢO HÀ (5/3) -" or "Sáng nay (ngày 28
  tháng 2 năm 2024)"; one body cites a plan "ban hành ngày 01/02/2024". The header shows
  today's date with its lunar date ("Hôm nay: Thứ Tư, 06/03/2024 - Âm lịch: 26/01 Giáp
  Thìn"); "Tin khác" lists dates with two-digit years "(05/03/24)".
- Bylines: a right-aligned ``<div>`` right after a photo caption, "Thu Hà (Trung tâm
  VH-TT&TT huyện)"; "Bài, ảnh: Minh Tuấn"; "CTV Nguyễn Văn Bình" (a contributor: the name);
  "BBT" alone; an unsigned article ending "Nguồn: baolaocai.vn"; a caption and a paragraph
  quoting "Đ/c Hoàng Văn Sơn, Chủ tịch ..." (an official, never the author).
- A left column "Lãnh đạo huyện" with names ("Chủ tịch UBND huyện: Hoàng Văn Sơn") on every
  page, a visitor counter, a weather line.
- Non-articles: the home page, the category and its page 2, the leaders' page, the week's
  work schedule, the introduction, a documents listing (issue dates in a table), a
  document's page, search results.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fc-district"
NAME = "Cổng thông tin điện tử huyện Bảo Hà"
BASE_URL = "https://baoha.laocai.gov.vn/"


def _line(iso: str, updated: str | None) -> str:
    line = f"Ngày đăng: {dmy(iso)} {hm(iso)}"
    return f"{line} | Cập nhật: {dmy(updated)} {hm(updated)}" if updated else line


def _art(key: str, ident: int, slug: str, iso: str, updated: str | None = None, **kw: object) -> Art:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/tin-tuc/chi-tiet/{ident}/{slug}.html", iso, _line(iso, updated), updated=updated,
               extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fc-bh-trong-que", 3391, "bao-ha-mo-rong-dien-tich-trong-que", "2024-03-05T08:40:00+07:00",
         "2024-03-06T10:15:00+07:00", signature="Thu Hà (Trung tâm VH-TT&TT huyện)", author="Thu Hà",
         image=("/Upload/2024/3/que-kim-son.jpg", "Người dân xã Kim Sơn chăm sóc vườn quế."),
         more_images=(("/Upload/2024/3/que-giong.jpg", "Vườn ươm cây quế giống của hợp tác xã Tân Dương."),),
         extra={"sig_div": True}),
    _art("fc-bh-ke-hoach-cds", 3388, "trien-khai-ke-hoach-chuyen-doi-so-nam-2024", "2024-03-04T15:20:00+07:00",
         signature="Bài, ảnh: Minh Tuấn", author="Minh Tuấn",
         image=("/Upload/2024/3/hoi-nghi-cds.jpg", "Quang cảnh hội nghị triển khai kế hoạch chuyển đổi số.")),
    _art("fc-bh-hoi-nghi-dan-van", 3385, "hoi-nghi-tong-ket-cong-tac-dan-van-chinh-quyen", "2024-03-02T16:05:00+07:00",
         "2024-03-02T17:30:00+07:00", signature="Quang Huy", author="Quang Huy",
         image=("/Upload/2024/3/dan-van.jpg", "Đ/c Hoàng Văn Sơn, Chủ tịch UBND huyện phát biểu tại hội nghị."),
         extra={"sig_div": True}),
    _art("fc-bh-tet-trong-cay", 3379, "phat-dong-tet-trong-cay-xuan-giap-thin", "2024-02-28T11:10:00+07:00",
         signature="CTV Nguyễn Văn Bình", author="Nguyễn Văn Bình",
         image=("/Upload/2024/2/trong-cay.jpg", "Đoàn viên thanh niên trồng cây tại xã Kim Sơn.")),
    _art("nx-tiem-chung-mo-rong", 3376, "day-manh-tiem-chung-mo-rong-cho-tre-em-vung-cao", "2024-02-27T09:00:00+07:00",
         source_line="Nguồn: baolaocai.vn", source="baolaocai.vn"),
    _art("bs-tiem-phong-gia-cam", 3372, "tiem-phong-cum-gia-cam-dot-mot-nam-2024", "2024-02-26T14:30:00+07:00",
         "2024-02-27T08:00:00+07:00", signature="BBT", author="BBT"),
    _art("dt-hien-mau", 3369, "hon-mot-tram-don-vi-mau-tu-ngay-hoi-hien-mau", "2024-02-24T10:45:00+07:00",
         signature="Vàng Thị Lan", author="Vàng Thị Lan"),
]  # fmt: skip
CHROME = [
    "Lãnh đạo huyện", "Vàng Thị Mai", "Lò Văn Thắng", "Âm lịch", "Hôm nay", "Tin khác", "Số lượt truy cập",
    "Đang trực tuyến", "Thời tiết", "Ngày đăng", "Cập nhật", "In trang", "Gửi email",
    "Cơ quan chủ quản", "Giấy phép số", "0214 3881 234", "Đường dây nóng",
]  # fmt: skip
LEADERS = [
    ("Bí thư Huyện ủy", "Lò Văn Thắng"),
    ("Chủ tịch UBND huyện", "Hoàng Văn Sơn"),
    ("Phó Chủ tịch UBND huyện", "Vàng Thị Mai"),
    ("Phó Chủ tịch UBND huyện", "Đỗ Quang Trung"),
]
DOCS = [
    ("38/KH-UBND", "01/02/2024", "Kế hoạch chuyển đổi số huyện Bảo Hà năm 2024", 771),
    ("25/QĐ-UBND", "22/01/2024", "Quyết định phê duyệt kế hoạch trồng rừng năm 2024", 768),
    ("12/TB-UBND", "15/01/2024", "Thông báo lịch tiếp công dân của lãnh đạo huyện quý I năm 2024", 765),
]


def _layout(title: str, main: str) -> str:
    leaders = "".join(f'<p style="margin:2px 0"><b>{esc(r)}:</b> {esc(n)}</p>' for r, n in LEADERS)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} - {esc(NAME)}</title><link href="/Portals/baoha/style.css" rel="stylesheet"></head>
<body style="margin:0;background:#eef3f8">
<table width="1000" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
<tr><td colspan="2"><div class="top-date" style="font-size:11px;color:#555">Hôm nay: Thứ Tư, 06/03/2024 - Âm lịch: 26/01 Giáp Thìn</div>
<img src="/Portals/baoha/banner.jpg" width="1000" alt="{esc(NAME)}"></td></tr>
<tr><td colspan="2" class="menu" style="background:#0b5394"><a href="/" style="color:#fff">Trang chủ</a> |
<a href="/gioi-thieu.html" style="color:#fff">Giới thiệu</a> | <a href="/tin-tuc.html" style="color:#fff">Tin tức - Sự kiện</a> |
<a href="/lanh-dao-huyen.html" style="color:#fff">Lãnh đạo huyện</a> | <a href="/lich-cong-tac.html" style="color:#fff">Lịch công tác</a> |
<a href="/van-ban.html" style="color:#fff">Văn bản</a> <form action="/tim-kiem.html" style="display:inline"><input name="q"></form></td></tr>
<tr><td width="240" valign="top" class="left-col">
<div class="box" style="border:1px solid #ccc;margin:5px"><div class="box-title" style="background:#0b5394;color:#fff;padding:4px">Lãnh đạo huyện</div>{leaders}</div>
<div class="box" style="margin:5px"><div class="box-title">Đường dây nóng</div><p>0214 3881 234</p></div>
<div class="box" style="margin:5px"><div class="box-title">Thời tiết</div><p>Bảo Hà: 18°C - 24°C, có mưa nhỏ</p></div>
<div class="box" style="margin:5px"><div class="box-title">Số lượt truy cập</div><p>1.204.377</p><p>Đang trực tuyến: 37</p></div></td>
<td width="760" valign="top" class="content" style="padding:8px">{main}</td></tr>
<tr><td colspan="2" class="footer" style="background:#0b5394;color:#fff;font-size:11px;text-align:center">
Cơ quan chủ quản: Ủy ban nhân dân huyện Bảo Hà, tỉnh Lào Cai. Giấy phép số 12/GP-TTĐT ngày 10/5/2019.<br>
Địa chỉ: Tổ 5, thị trấn Bảo Hà. Điện thoại: 0214 3881 234</td></tr></table></body></html>"""


def render_article(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f'<p style="text-align:justify">{esc(p)}</p>'
        if i < len(images):
            body += (f'<table align="center" cellpadding="3"><tr><td><img src="{images[i][0]}" width="500" alt=""></td></tr>'
                     f'<tr><td align="center"><em>{esc(images[i][1])}</em></td></tr></table>')
    if art.signature:
        if art.extra.get("sig_div"):
            body += f'<div style="text-align:right"><b>{esc(art.signature)}</b></div>'
        else:
            body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    if art.source_line:
        body += f'<p style="text-align:right"><em>{esc(art.source_line)}</em></p>'
    others = [a for a in ARTICLES if a is not art][:4]
    rel = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span style="color:#999">({a.published[8:10]}/{a.published[5:7]}/'
                  f'{a.published[2:4]})</span></li>' for a in others)
    main = f"""<div class="breadcrumb" style="font-size:11px"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc.html">Tin tức - Sự kiện</a></div>
<h2 class="tieude" style="font-size:18px;color:#0b5394">{esc(art.title)}</h2>
<div class="tomtat"><b>{esc(art.lead)}</b></div>
<div class="noidung">{body}</div>
<div class="ngaydang" style="color:#888;font-size:11px;text-align:right">{esc(art.date_line)}</div>
<div class="tools" style="text-align:right"><a href="javascript:window.print()">In trang</a> | <a href="mailto:?subject=tin">Gửi email</a></div>
<div class="tinkhac"><b>Tin khác</b><ul>{rel}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[Art], pager: str = "") -> str:
    items = "".join(
        f'<table width="100%"><tr><td width="130" valign="top"><a href="{a.path}"><img src="/Upload/thumb/{a.extra["id"]}.jpg" width="120" alt=""></a></td>'
        f'<td valign="top"><a href="{a.path}" class="title"><b>{esc(a.title)}</b></a> <span style="color:#999">({dmy(a.published)})</span>'
        f"<br>{esc(a.lead)}</td></tr></table>"
        for a in arts
    )
    return _layout(title, f'<div class="cat-title" style="font-weight:bold;color:#0b5394">{esc(title)}</div>{items}{pager}')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:5])
    pager = '<div class="pager">Trang: <a href="/tin-tuc.html">1</a> <a href="/tin-tuc.html?page=2">2</a></div>'
    out["/tin-tuc.html"] = _list("Tin tức - Sự kiện", ARTICLES[:4], pager)
    out["/tin-tuc.html?page=2"] = _list("Tin tức - Sự kiện", ARTICLES[4:], pager)
    rows = "".join(f'<tr><td><img src="/Upload/lanhdao/{i}.jpg" width="90" alt=""></td><td><b>{esc(n)}</b><br>{esc(r)}<br>'
                   f"Điện thoại: 0214 38812{i}0</td></tr>" for i, (r, n) in enumerate(LEADERS))
    out["/lanh-dao-huyen.html"] = _layout("Lãnh đạo huyện", f'<h2 class="tieude">Lãnh đạo huyện</h2><table width="100%">{rows}</table>')
    sched = [
        ("Thứ Hai (04/3)", "Sáng: Chủ tịch UBND huyện Hoàng Văn Sơn chủ trì giao ban. Chiều: Phó Chủ tịch Vàng Thị Mai làm việc tại xã Kim Sơn."),
        ("Thứ Ba (05/3)", "Sáng: Lãnh đạo huyện dự hội nghị trực tuyến của tỉnh. Chiều: Tiếp công dân định kỳ."),
        ("Thứ Tư (06/3)", "Cả ngày: Phó Chủ tịch Đỗ Quang Trung kiểm tra công tác trồng rừng tại xã Tân Dương."),
        ("Thứ Năm (07/3)", "Sáng: Họp Ban Chỉ đạo chuyển đổi số huyện."),
    ]  # fmt: skip
    srows = "".join(f"<tr><td><b>{d}</b></td><td>{esc(w)}</td></tr>" for d, w in sched)
    out["/lich-cong-tac.html"] = _layout("Lịch công tác tuần", '<h2 class="tieude">Lịch công tác tuần 10 năm 2024 của Thường trực UBND huyện</h2>'
                                        f'<table border="1" cellpadding="4" width="100%">{srows}</table>')
    out["/gioi-thieu.html"] = _layout("Giới thiệu chung", '<h2 class="tieude">Giới thiệu chung về huyện Bảo Hà</h2><div class="noidung">'
                                      '<p style="text-align:justify">Huyện Bảo Hà nằm ở phía đông nam tỉnh Lào Cai, có diện tích tự nhiên '
                                      "hơn 827 km², gồm 16 xã và 1 thị trấn với 9 dân tộc cùng sinh sống.</p>"
                                      '<p style="text-align:justify">Huyện có thế mạnh về cây quế, chè và chăn nuôi đại gia súc; khu di tích '
                                      "đền Bảo Hà là điểm du lịch tâm linh thu hút đông du khách.</p></div>")
    drows = "".join(f'<tr><td>{esc(n)}</td><td>{d}</td><td><a href="/van-ban/{i}.html">{esc(t)}</a></td></tr>' for n, d, t, i in DOCS)
    out["/van-ban.html"] = _layout("Văn bản", '<h2 class="tieude">Văn bản chỉ đạo, điều hành</h2><table border="1" width="100%">'
                                   f"<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{drows}</table>")
    for n, d, t, i in DOCS:
        out[f"/van-ban/{i}.html"] = _layout(t, f'<h2 class="tieude">{esc(t)}</h2><table border="1" width="100%">'
                                            f"<tr><td>Số ký hiệu</td><td>{esc(n)}</td></tr><tr><td>Ngày ban hành</td><td>{d}</td></tr>"
                                            "<tr><td>Cơ quan ban hành</td><td>UBND huyện Bảo Hà</td></tr>"
                                            f'<tr><td>Tệp đính kèm</td><td><a href="/Upload/vanban/{i}.pdf">Tải về</a></td></tr></table>')
    hits = [ARTICLES[0], ARTICLES[3]]
    out["/tim-kiem.html?q=qu%E1%BA%BF"] = _list("Kết quả tìm kiếm: quế", hits)
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n", sitemaps=None)
