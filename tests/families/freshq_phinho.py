"""A mountain district's portal on a classic ASP table layout served as windows-1258 (the
charset in the HTTP header and the ``<meta>`` tag), whose article, its tools and its notices
are all one table cell: ``<br>``-separated text and a table of chrome under it in that cell
(fresh-Q, round 20: chrome lines on the generic path).

Built in round 20 as a fresh family (``FRESH_Q``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tintuc/chitiet.asp?id=<n>&cat=<c>``: the centre cell ``td.noidung`` holds, in
  order: the path as a paragraph ("Trang chủ &gt; Tin tức - Sự kiện &gt; <section>"), the
  headline in ``<font class="tieude">``, "Ngày đăng: 05/03/2024 08:30", the line "Chuyên mục:
  <section> | Mã tin: <n>", the sapo in ``<b>``, the text as runs separated by
  ``<br><br>`` (no ``<p>``), pictures in ``<center>`` with the caption in ``<i>`` under a
  ``<br>`` (kept), the signature in a right-aligned ``<div>``; then, in a table inside the same
  cell: "Số lần xem: 1.234 - Sửa lần cuối: 14:10 07/03/2024" (the article's ``updated_at``; a
  day after its own), "[Gửi bài này cho bạn bè] [Phản hồi] [Bản để in] [Lên trên]", "« Tin
  trước | Tin 3/6 | Tin sau »", "Ghi rõ nguồn "Cổng TTĐT huyện Phìn Hồ" khi phát hành lại thông
  tin từ website này." in italics and "Đường dây nóng: 0214.3876.115 - Hộp thư góp ý: ...";
  after that table, "Các tin khác:" with dated titles and a "Gửi bài viết cho bạn bè" form whose
  labels are text before ``<br>`` ("Email người nhận:", "Tên của bạn:", "Lời nhắn:").
- Truth: the sapo, the paragraphs, the captions, the signature (the author when it is a name).
- Not articles: the home page, the section list, the district's overview (undated) and the
  "Thủ tục hành chính" page (a table of procedures).
- No robots.txt; no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, cp1258, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fq-phinho"
NAME = "Cổng thông tin điện tử huyện Phìn Hồ"


def _art(key: str, ident: int, cat: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"/tintuc/chitiet.asp?id={ident}&cat={cat}", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}",
               extra={"id": ident, "cat": cat}, **kw)  # type: ignore[arg-type]


SECTIONS = {3: "Kinh tế - Xã hội", 5: "Văn hóa - Giáo dục", 7: "Tài nguyên - Môi trường"}
ARTICLES = [
    _art("vl-video-chay-rung", 1184, 7, "2024-03-05T08:30:00+07:00", signature="Lò Văn Hùng", author="Lò Văn Hùng",
         updated="2024-03-06T14:10:00+07:00",
         image=("/upload/tintuc/2024/chay-rung.jpg", "Tổ đội xung kích diễn tập chữa cháy rừng ở xã Tả Phìn.")),
    _art("vl-video-lop-hoc", 1179, 5, "2024-03-01T15:20:00+07:00", signature="Vàng A Chứ", author="Vàng A Chứ",
         updated="2024-03-04T09:00:00+07:00",
         image=("/upload/tintuc/2024/lop-hoc.jpg", "Cô giáo Vàng Thị Mỷ hướng dẫn học viên tập viết.")),
    _art("vl-anh-ruong-bac-thang", 1190, 5, "2024-03-22T10:00:00+07:00", updated="2024-03-22T16:30:00+07:00",
         image=("/upload/tintuc/2024/ruong-1.jpg", "Ruộng bậc thang xã Phìn Hồ mùa nước đổ."),
         more_images=(("/upload/tintuc/2024/ruong-2.jpg", "Người dân cày bừa chuẩn bị cấy lúa vụ xuân."),)),
    _art("fd-khoang-san-trai-phep", 1176, 7, "2024-02-28T09:40:00+07:00", signature="Phòng Tài nguyên và Môi trường",
         author="Phòng Tài nguyên và Môi trường", updated="2024-02-29T08:15:00+07:00"),
    _art("bs-ra-quan-lam-dep", 1182, 3, "2024-03-04T16:05:00+07:00", signature="Thào Thị Dung", author="Thào Thị Dung",
         updated="2024-03-05T07:45:00+07:00"),
    _art("bs-khai-giang-lop-tin-hoc", 1180, 3, "2024-03-02T11:15:00+07:00", updated="2024-03-02T13:00:00+07:00"),
]  # fmt: skip
CHROME = [
    "Trang chủ > Tin tức", "Chuyên mục:", "Mã tin", "Số lần xem", "Sửa lần cuối", "Gửi bài này cho bạn bè", "Phản hồi",
    "Bản để in", "Lên trên", "Tin trước", "Tin sau", "Ghi rõ nguồn", "Đường dây nóng", "Hộp thư góp ý", "Các tin khác",
    "Gửi bài viết cho bạn bè", "Email người nhận", "Tên của bạn", "Lời nhắn", "Số người truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, cell: str) -> str:
    menu = " | ".join(f'<a href="/tintuc/danhsach.asp?cat={c}">{esc(s)}</a>' for c, s in SECTIONS.items())
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(title)}</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body bgcolor="#ffffff" topmargin="0" leftmargin="0"><a name="top"></a>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="/images/banner.jpg" width="980" height="140" alt="{esc(NAME)}"></td></tr>
<tr><td colspan="3" bgcolor="#0b5394" class="menu"><a href="/">Trang chủ</a> | <a href="/gioithieu.asp">Giới thiệu</a> | {menu} | <a href="/thutuc.asp">Thủ tục hành chính</a></td></tr>
<tr><td width="190" valign="top" class="trai"><table width="100%"><tr><td class="hop">Liên kết</td></tr>
<tr><td><a href="http://vanlinh.gov.vn">Cổng TTĐT tỉnh Vân Lĩnh</a></td></tr><tr><td class="hop">Thống kê</td></tr>
<tr><td>Số người truy cập: 612.045</td></tr></table></td>
<td width="600" valign="top" class="noidung">{cell}</td>
<td width="190" valign="top" class="phai"><img src="/images/dvc.gif" alt=""></td></tr>
<tr><td colspan="3" align="center" class="chan">{esc(NAME)}<br>Cơ quan chủ quản: Ủy ban nhân dân huyện Phìn Hồ, tỉnh Vân Lĩnh<br>Điện thoại: 0214.3876.100</td></tr>
</table></body></html>"""


def render_article(art: Art) -> str:
    ident, cat = art.extra["id"], art.extra["cat"]
    i = NEWS.index(art)
    images = ([art.image] if art.image else []) + list(art.more_images)
    runs = [esc(p) for p in art.paragraphs]
    text = ""
    for k, run in enumerate(runs):
        text += run + "<br><br>"
        if k < len(images):
            src, cap = images[k]
            text += f'<center><img src="{src}" width="450" border="0"><br><i>{esc(cap)}</i></center><br>'
    sign = f'<div align="right"><b>{esc(art.signature)}</b></div>' if art.signature else ""
    prev = f'<a href="{NEWS[i + 1].path}">Tin trước</a>' if i < len(NEWS) - 1 else "Tin trước"
    nxt = f'<a href="{NEWS[i - 1].path}">Tin sau</a>' if i > 0 else "Tin sau"
    views = f"{700 + (ident * 37) % 3000:,}".replace(",", ".")
    assert art.updated
    others = "".join(f'<a href="{a.path}">{esc(a.title)}</a> <font color="#888888">({dmy(a.published)})</font><br>'
                     for a in NEWS if a is not art)
    cell = f"""<p class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="/tintuc/danhsach.asp">Tin tức - Sự kiện</a> &gt; {esc(SECTIONS[cat])}</p>
<font class="tieude" color="#0b5394" size="4"><b>{esc(art.title)}</b></font><br>
<font color="#666666" size="2">{esc(art.date_line)}</font><br>
<font size="2">Chuyên mục: {esc(SECTIONS[cat])} | Mã tin: {ident}</font><br><br>
<b>{esc(art.lead)}</b><br><br>
{text}{sign}
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td><font size="1" color="#666666">Số lần xem: {views} - Sửa lần cuối: {hm(art.updated)} {dmy(art.updated)}</font></td></tr>
<tr><td align="right">[<a href="/tintuc/guiban.asp?id={ident}">Gửi bài này cho bạn bè</a>] [<a href="/tintuc/phanhoi.asp?id={ident}">Phản hồi</a>] [<a href="/tintuc/in.asp?id={ident}" target="_blank">Bản để in</a>] [<a href="#top">Lên trên</a>]</td></tr>
<tr><td align="center">« {prev} | Tin {i + 1}/{len(NEWS)} | {nxt} »</td></tr>
<tr><td><i>Ghi rõ nguồn "Cổng TTĐT huyện Phìn Hồ" khi phát hành lại thông tin từ website này.</i></td></tr>
<tr><td>Đường dây nóng: 0214.3876.115 - Hộp thư góp ý: gopy@phinho.vanlinh.gov.vn</td></tr>
</table>
<br><b>Các tin khác:</b><br>{others}
<br><form action="/tintuc/guiban.asp" method="post"><b>Gửi bài viết cho bạn bè</b><br>
Email người nhận:<br><input name="to" size="40"><br>Tên của bạn:<br><input name="from" size="40"><br>
Lời nhắn:<br><textarea name="msg" rows="3" cols="45"></textarea><br><input type="submit" value="Gửi"></form>"""
    return _layout(art.title, cell)


def render_list(cat: int | None) -> str:
    arts = [a for a in NEWS if cat is None or a.extra["cat"] == cat]
    rows = "".join(f'<tr><td valign="top" width="130"><img src="/upload/thumb/{a.extra["id"]}.jpg" width="120"></td>'
                   f'<td valign="top"><a href="{a.path}"><b>{esc(a.title)}</b></a> <font color="#888888">({dmy(a.published)})</font>'
                   f"<br>{esc(a.lead[:150])}...</td></tr>" for a in arts)
    head = SECTIONS[cat] if cat else "Tin tức - Sự kiện"
    return _layout(head, f'<p class="duongdan"><a href="/">Trang chủ</a> &gt; {esc(head)}</p><table width="100%" cellpadding="4">{rows}</table>')


def render_home() -> str:
    rows = "".join(f'<a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})<br>' for a in NEWS)
    return _layout(NAME, f"<b>TIN MỚI CẬP NHẬT</b><br>{rows}")


def render_overview() -> str:
    text = ("Huyện Phìn Hồ nằm ở phía bắc tỉnh Vân Lĩnh, có diện tích tự nhiên hơn 820 km², gồm 17 xã và 1 thị trấn, "
            "dân số khoảng 71.000 người, chủ yếu là đồng bào Mông, Dao và Hà Nhì.<br><br>Kinh tế của huyện dựa vào nông, lâm "
            "nghiệp; các sản phẩm chủ lực là chè shan tuyết, thảo quả và gạo nếp tan.<br><br>")
    return _layout("Giới thiệu", f'<p class="duongdan"><a href="/">Trang chủ</a> &gt; Giới thiệu</p>'
                   f'<font class="tieude" size="4"><b>Tổng quan huyện Phìn Hồ</b></font><br><br>{text}')


def render_procedures() -> str:
    names = ["Đăng ký khai sinh", "Đăng ký kết hôn", "Cấp giấy phép xây dựng nhà ở riêng lẻ", "Đăng ký hộ kinh doanh",
             "Chứng thực bản sao từ bản chính"]
    rows = "".join(f"<tr><td>{k + 1}</td><td>{esc(n)}</td><td>{3 + k} ngày làm việc</td><td>Bộ phận Một cửa</td></tr>"
                   for k, n in enumerate(names))
    return _layout("Thủ tục hành chính", '<font class="tieude" size="4"><b>Thủ tục hành chính cấp huyện</b></font><br>'
                   '<table width="100%" border="1" cellpadding="3"><tr><th>STT</th><th>Tên thủ tục</th><th>Thời hạn</th>'
                   f"<th>Nơi tiếp nhận</th></tr>{rows}</table>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tintuc/danhsach.asp"] = render_list(None)
    for cat in SECTIONS:
        out[f"/tintuc/danhsach.asp?cat={cat}"] = render_list(cat)
    out["/gioithieu.asp"] = render_overview()
    out["/thutuc.asp"] = render_procedures()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    ctype = [("Content-Type", "text/html; charset=windows-1258")]
    pages = {path: Page(200, ctype, cp1258(text)) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
