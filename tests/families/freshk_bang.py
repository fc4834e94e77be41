"""A mountain district's portal on a legacy table layout served as windows-1258 (the
charset only in the ``<meta http-equiv>`` tag; HTTP says ``text/html``), whose article is a
table of its own and whose chrome stands in sibling rows of that table (fresh-K, round 18:
chrome that leaks into the body).

- Articles ``/default.aspx?tabid=54&ItemID=<n>``: the content cell holds a ticker row "Tin
  mới:" (a ``<marquee>`` of three other titles separated by " - "), then ``table.tblDetail``
  whose rows are, in order: the breadcrumb repeated ("Trang chủ >> Tin tức - Sự kiện >>
  Kinh tế"), the title (``td.title``), "Ngày 05/03/2024 08:30 | Lượt xem: 1234", a row
  "Bản in | Gửi email | Quay lại" beside "Cỡ chữ: A- A A+" in a second cell, the lead in
  ``<b>``, the text cell (``<p>`` paragraphs; pictures centred with the caption in an
  ``<em>`` paragraph under them: kept), the writer's name right-aligned in a row of its own
  (``td.sign``: the CMS's byline field, the author, not a line of the text, as fx-oldtable's and
  fx-fresh-webforms' rows after the body), a "Quảng cáo" row with
  a banner, "Từ khóa: a; b", "Trở về đầu trang", "Tin liên quan:" and one row per other
  article "- <a>title</a> (dd/mm/yyyy)", and the comment form as label and input cells
  ("Họ và tên:", "Email:", "Ý kiến của bạn:", "Gửi ý kiến").
- Truth: the lead, the paragraphs, the captions (the byline row is the author only; corrected
  after the first look, which had it as the body's last line against the corpus's convention).
- Not articles: the category ``/default.aspx?tabid=53``, the home page and the district's
  overview ``/default.aspx?tabid=40`` (undated).
- No robots.txt; no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, cp1258, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fk-bang"
NAME = "Cổng thông tin điện tử huyện Mường Lạn"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"/default.aspx?tabid=54&ItemID={ident}", iso, f"Ngày {dmy(iso)} {hm(iso)}",
               extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-nong-thon-moi", 731, "2024-03-15T16:20:00+07:00", byline="Vũ Hoàng", author="Vũ Hoàng",
         image=("/Portals/0/2024/hoi-nghi-ntm.jpg", "Quang cảnh hội nghị tổng kết tại hội trường huyện."),
         more_images=(("/Portals/0/2024/khen-thuong.jpg", "Lãnh đạo huyện trao Giấy khen cho các tập thể."),)),
    _art("ml-truong-hoc", 728, "2024-03-11T10:00:00+07:00", byline="Lò Thị Hạnh", author="Lò Thị Hạnh"),
    _art("sh-chuyen-doi-cay-trong", 720, "2024-03-02T08:45:00+07:00",
         image=("/Portals/0/2024/vuon-man.jpg", "Vườn mận của một hộ dân xã Bản Lầu.")),
    _art("fd-rac-thai-nong-thon", 724, "2024-03-06T14:30:00+07:00", byline="Vũ Hoàng", author="Vũ Hoàng"),
    _art("fd-cap-giay-chung-nhan", 726, "2024-03-08T09:15:00+07:00", byline="Lò Thị Hạnh", author="Lò Thị Hạnh",
         image=("/Portals/0/2024/mot-cua.jpg", "Người dân nộp hồ sơ tại bộ phận một cửa huyện.")),
    _art("nl-xuat-khau-lao-dong", 717, "2024-02-27T15:50:00+07:00"),
]  # fmt: skip
CHROME = [
    "Tin mới:", "Tin tức - Sự kiện >>", "Lượt xem", "Bản in", "Gửi email", "Quay lại", "Cỡ chữ", "A-", "A+",
    "Quảng cáo", "Từ khóa", "Trở về đầu trang", "Tin liên quan", "Họ và tên", "Email:", "Ý kiến của bạn",
    "Gửi ý kiến", "Thống kê truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TAGS = {731: ("nông thôn mới", "thi đua"), 728: ("trường mầm non", "Nậm Cang"), 720: ("chuyển đổi cây trồng",),
        724: ("rác thải", "môi trường"), 726: ("đất đai", "giấy chứng nhận"), 717: ("lao động", "việc làm")}


def _layout(title: str, cell: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>{esc(title)}</title>
<link href="/Portals/_default/skin.css" rel="stylesheet" type="text/css"></head>
<body leftmargin="0" topmargin="0"><table width="1000" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/Portals/0/banner.jpg" width="1000" height="150" alt=""></td></tr>
<tr><td colspan="3" class="menubar"><a href="/">Trang chủ</a> | <a href="/default.aspx?tabid=40">Giới thiệu</a> | <a href="/default.aspx?tabid=53">Tin tức - Sự kiện</a></td></tr>
<tr><td width="200" valign="top" class="leftpane"><table width="100%"><tr><td class="boxhead">Thống kê truy cập</td></tr>
<tr><td>Đang truy cập: 27<br>Tổng lượt truy cập: 1.845.210</td></tr></table></td>
<td width="600" valign="top" class="contentpane">{cell}</td>
<td width="200" valign="top" class="rightpane"><a href="http://dichvucong.example"><img src="/Portals/0/dvc.jpg" alt="Dịch vụ công"></a></td></tr>
<tr><td colspan="3" class="footer" align="center">{esc(NAME)}<br>Cơ quan chủ quản: Ủy ban nhân dân huyện Mường Lạn. Điện thoại: 0212.3865.102</td></tr>
</table></body></html>"""


def _others(art: Art, n: int) -> list[Art]:
    i = NEWS.index(art)
    return [NEWS[(i + k) % len(NEWS)] for k in range(1, n + 1)]


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    others = _others(art, 5)
    text = ""
    for i, p in enumerate(art.paragraphs):
        text += f'<p align="justify">{esc(p)}</p>'
        if i < len(images):
            src, cap = images[i]
            text += f'<p align="center"><img src="{src}" border="0" width="450"></p><p align="center"><em>{esc(cap)}</em></p>'
    sign = (f'<tr><td align="right" class="sign"><b>{esc(art.byline)}</b></td></tr>' if art.byline else "")
    ticker = " - ".join(f'<a href="{a.path}">{esc(a.title)}</a>' for a in others[2:5])
    tags = "; ".join(f'<a href="/default.aspx?tabid=60&amp;tag={ident}{k}">{esc(t)}</a>' for k, t in enumerate(TAGS[ident]))
    rel = "".join(f'<tr><td class="relitem">- <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</td></tr>'
                  for a in others[:3])
    cell = f"""<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="ticker"><b>Tin mới:</b> <marquee scrollamount="2" width="480">{ticker}</marquee></td></tr></table>
<table class="tblDetail" width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td class="breadcrumb"><a href="/">Trang chủ</a> &gt;&gt; <a href="/default.aspx?tabid=53">Tin tức - Sự kiện</a> &gt;&gt; Kinh tế</td></tr>
<tr><td class="title"><font color="#0b4a8c" size="4"><b>{esc(art.title)}</b></font></td></tr>
<tr><td class="date"><font color="#777777">{esc(art.date_line)} | Lượt xem: {300 + (ident * 17) % 1500}</font></td></tr>
<tr><td><table width="100%"><tr><td class="tool"><a href="/print.aspx?ItemID={ident}">Bản in</a> | <a href="/sendmail.aspx?ItemID={ident}">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></td>
<td align="right" class="fontsize">Cỡ chữ: <a href="javascript:fs(-1)">A-</a> <a href="javascript:fs(0)">A</a> <a href="javascript:fs(1)">A+</a></td></tr></table></td></tr>
<tr><td class="lead"><b>{esc(art.lead)}</b></td></tr>
<tr><td class="content">{text}</td></tr>
{sign}
<tr><td align="center" class="adv">Quảng cáo<br><a href="http://quangcao.example/ml"><img src="/Portals/0/qc-{ident % 3}.gif" border="0" alt=""></a></td></tr>
<tr><td class="tags">Từ khóa: {tags}</td></tr>
<tr><td align="right"><a href="#top">Trở về đầu trang</a></td></tr>
<tr><td class="relhead"><b>Tin liên quan:</b></td></tr>
{rel}
<tr><td><table class="comment" width="100%"><tr><td width="120">Họ và tên:</td><td><input name="txtName" size="40"></td></tr>
<tr><td>Email:</td><td><input name="txtEmail" size="40"></td></tr>
<tr><td valign="top">Ý kiến của bạn:</td><td><textarea name="txtContent" rows="5" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="Gửi ý kiến"> <a href="javascript:sendComment()">Gửi ý kiến</a></td></tr></table></td></tr>
</table>"""
    return _layout(art.title, cell)


def render_list() -> str:
    rows = "".join(f'<tr><td valign="top"><img src="/thumb/{a.extra["id"]}.jpg" width="120"></td><td valign="top">'
                   f'<a href="{a.path}" class="listtitle"><b>{esc(a.title)}</b></a> <font color="#777777">({dmy(a.published)})</font><br>'
                   f"{esc(a.lead[:160])}...</td></tr>" for a in NEWS)
    return _layout("Tin tức - Sự kiện", f'<table width="100%" cellpadding="4"><tr><td colspan="2" class="title"><b>Tin tức - Sự kiện</b></td></tr>{rows}</table>')


def render_home() -> str:
    rows = "".join(f'<tr><td>- <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</td></tr>' for a in NEWS)
    return _layout(NAME, f'<table width="100%"><tr><td class="boxhead"><b>Tin mới cập nhật</b></td></tr>{rows}</table>')


def render_overview() -> str:
    text = ("<p>Huyện Mường Lạn nằm ở phía tây bắc của tỉnh, có diện tích tự nhiên hơn 1.100 km², gồm 14 xã và 1 thị trấn, "
            "dân số trên 68.000 người với 7 dân tộc cùng sinh sống.</p><p>Kinh tế của huyện chủ yếu là nông, lâm nghiệp; "
            "các sản phẩm chủ lực là chè shan tuyết, mắc ca và cá nuôi lồng trên lòng hồ thủy điện.</p>")
    return _layout("Giới thiệu", f'<table class="tblDetail" width="100%"><tr><td class="title"><b>Tổng quan về huyện Mường Lạn</b></td></tr>'
                   f'<tr><td class="content">{text}</td></tr></table>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/default.aspx?tabid=53"] = render_list()
    out["/default.aspx?tabid=40"] = render_overview()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page(200, [("Content-Type", "text/html")], cp1258(text)) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
