"""A district's portal on an old table-layout ASP platform whose whole article, chrome and
all, is one ``<td>`` of ``<br>``-separated text (fresh-H, round 17: plain-text chrome in the
body's own container).

- Articles ``/NewsDetail.asp?NewsID=<n>&CatID=<c>``: the content cell holds, in this order, a
  language switch "Tiếng Việt | English" (plain text), the title in ``<font class="title"><b>``,
  "Cập nhật: 05/03/2024 08:30" (the only date: ``date_basis: updated``), a tool row of ``<span onclick>`` items without links
  ("[In trang] [Gửi bạn bè] [Lưu lại]"), "Kích thước chữ: Nhỏ | Vừa | Lớn" as spans, the lead
  in ``<b>``, the paragraphs as text separated by ``<br><br>`` (captions in ``<i>`` under the
  images), the signature in ``<b>``, then "Bài viết đã được xem 1.234 lần", "[Trở về] [Đầu
  trang]" and "Tin cũ hơn:" with the older articles as "- <a>title</a> (dd/mm/yyyy)" lines, all
  in the same cell after the text.
- Not articles: the category ``/NewsList.asp?CatID=<c>`` and the home page.
- No robots.txt; no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fh-table"
NAME = "Cổng thông tin điện tử huyện Đông Khê"
CATS = {3: "Tin hoạt động", 5: "Kinh tế - Xã hội"}


def _art(key: str, ident: int, cat: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, "cat": cat, "date_basis": "updated"}  # the page shows only "Cập nhật: ..."
    return Art(KEY[key], f"/NewsDetail.asp?NewsID={ident}&CatID={cat}", iso, f"Cập nhật: {dmy(iso)} {hm(iso)}",
               extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tp-hoa-giai-co-so", 1412, 3, "2024-03-05T08:30:00+07:00", signature="Hoàng Minh", author="Hoàng Minh"),
    _art("kh-xuc-tien-dau-tu", 1415, 5, "2024-03-07T14:10:00+07:00",
         image=("/images/news/2024/xuc-tien.jpg", "Các đại biểu tham quan gian trưng bày sản phẩm nông nghiệp.")),
    _art("bt-ocop", 1409, 5, "2024-03-01T09:00:00+07:00", signature="Phòng Kinh tế", author="Phòng Kinh tế"),
    _art("dt-hien-mau", 1418, 3, "2024-03-10T16:45:00+07:00", signature="Thu Hằng", author="Thu Hằng",
         image=("/images/news/2024/hien-mau.jpg", "Đoàn viên thanh niên đăng ký hiến máu tại nhà văn hóa huyện.")),
    _art("tl-cau-yen-binh", 1404, 5, "2024-02-26T10:20:00+07:00"),
    _art("pm-tiep-cong-dan", 1420, 3, "2024-03-12T07:50:00+07:00", signature="Minh Tuấn", author="Minh Tuấn"),
]  # fmt: skip
CHROME = [
    "Tiếng Việt | English", "In trang", "Gửi bạn bè", "Lưu lại", "Kích thước chữ", "đã được xem", "Trở về",
    "Đầu trang", "Tin cũ hơn", "Liên kết website", "Số người truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, cell: str) -> str:
    menu = " | ".join(f'<a href="/NewsList.asp?CatID={c}">{v}</a>' for c, v in CATS.items())
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title></head>
<body topmargin="0"><table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="/images/banner.jpg" alt="{esc(NAME)}"></td></tr>
<tr><td colspan="3" class="menu"><a href="/">Trang chủ</a> | {menu}</td></tr>
<tr><td width="190" valign="top" class="left"><b>Liên kết website</b><br><select><option>Cổng TTĐT tỉnh</option></select></td>
<td width="600" valign="top" class="content">{cell}</td>
<td width="190" valign="top" class="right"><b>Thống kê</b><br>Số người truy cập: 1.204.557</td></tr>
<tr><td colspan="3" class="footer">Bản quyền thuộc Ủy ban nhân dân huyện Đông Khê. Điện thoại: 0206.3840.112</td></tr>
</table></body></html>"""


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = [art.image] if art.image else []
    text = ""
    for i, p in enumerate(art.paragraphs):
        text += f"{esc(p)}<br><br>"
        if i < len(images):
            text += f'<center><img src="{images[i][0]}" border="0"><br><i>{esc(images[i][1])}</i></center><br>'
    if art.signature:
        text += f"<b>{esc(art.signature)}</b><br><br>"
    older = [a for a in NEWS if a.published < art.published][:4] or NEWS[-3:-1]
    olds = "".join(f'- <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})<br>' for a in older if a is not art)
    views = f"{300 + (ident * 37) % 2000:,}".replace(",", ".")
    cell = (
        '<div align="right"><span class="lang">Tiếng Việt | English</span></div>'
        f'<font class="title" color="#003399" size="3"><b>{esc(art.title)}</b></font><br>'
        f'<font class="date" color="#666666">{esc(art.date_line)}</font><br>'
        '<span class="tool" onclick="window.print()">[In trang]</span> <span class="tool" onclick="sendFriend()">[Gửi bạn bè]</span> '
        '<span class="tool" onclick="saveNews()">[Lưu lại]</span> &nbsp; Kích thước chữ: <span onclick="fs(12)">Nhỏ</span> | '
        '<span onclick="fs(14)">Vừa</span> | <span onclick="fs(16)">Lớn</span><br><br>'
        f"<b>{esc(art.lead)}</b><br><br>{text}"
        f'<font color="#999999">Bài viết đã được xem {views} lần</font><br>'
        '<span onclick="history.back()">[Trở về]</span> <span onclick="window.scrollTo(0,0)">[Đầu trang]</span><br><br>'
        f"<b>Tin cũ hơn:</b><br>{olds}"
    )
    return _layout(art.title, cell)


def render_list(cat: int) -> str:
    items = "".join(f'<img src="/images/bullet.gif"> <a href="{a.path}"><b>{esc(a.title)}</b></a> ({dmy(a.published)})<br>'
                    f"{esc(a.lead[:140])}...<br><br>" for a in NEWS if a.extra["cat"] == cat)
    return _layout(CATS[cat], f'<font class="title"><b>{CATS[cat]}</b></font><br><br>{items}')


def render_home() -> str:
    items = "".join(f'- <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})<br>' for a in NEWS)
    return _layout(NAME, f"<b>Tin mới cập nhật</b><br>{items}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for cat in CATS:
        out[f"/NewsList.asp?CatID={cat}"] = render_list(cat)
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files({path: Page.html(text) for path, text in _html_pages().items()}, robots=None)
