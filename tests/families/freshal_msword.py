"""A provincial health department's portal whose editors paste each article from Word: the
headline a centred ``<p class="MsoNormal"><b><span style="font-size:13.0pt">`` in upper case
(typed so in the CMS's title field too), the day above it as the document's place-and-date line
"Hà Khê, ngày 05 tháng 3 năm 2024" or only in a clock icon's ``title``; ``<h1>`` the site's
name in the banner, ``<h2>``/``<h3>`` the boxes' and the section's headings, ``<title>`` the
site's name alone and no ``og:`` tag (fresh-AL, round 23: what a page read alone misses of
titles and dates where a site model finds them).

Built in round 23 as a fresh family (``FRESH_AL``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Items ``/tin-hoat-dong/chi-tiet.aspx?id=<n>``. Over the content ``<h2>Tin hoạt động</h2>``,
  then ``<div class="noidung">`` holding the Word paste: ``<p class="MsoNormal">`` blocks in
  Times New Roman 13pt, the headline the first (centred, bold, upper case; the title is the
  headline as shown, in capitals, as every list shows it); the sapo a bold-italic paragraph; the text justified.
- Three items open the paste with the right-aligned italic place-and-date line (the day
  alone: truth that day at 00:00); three show the day only in the info row's clock icon,
  ``<img src="/images/clock.gif" title="05/03/2024 08:40">`` then "Lượt xem: 245" (truth that
  instant).
- Every page: ``<h1>`` the department's name in the banner, ``<h3>`` side boxes "Văn bản mới"
  (documents dated the days of other items) and "Lịch công tác", a "Tin đã đưa" list of the
  other headlines with their days under an item.
- Not articles: the home page, the section list, "Giới thiệu", "Thủ tục hành chính".
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, site_with_files
from tests.families.texts import KEY, TEXTS

SITE_ID = "fx-fal-msword"
NAME = "Sở Y tế tỉnh Hà Khê"
SPAN = 'style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"'


class _Caps(Art):
    """An item whose headline the editors type in capitals, in the CMS's title field as in
    the paste: every list shows it so, and it is the title as the page shows it."""

    @property
    def title(self) -> str:
        return TEXTS[self.text][0].upper()


def _art(key: str, ident: int, iso: str, form: str, **kw: object) -> Art:
    line = (f"Hà Khê, ngày {iso[8:10]} tháng {int(iso[5:7])} năm {iso[:4]}" if form == "doc"
            else f"{dmy(iso)} {hm(iso)}")
    return _Caps(KEY[key], f"/tin-hoat-dong/chi-tiet.aspx?id={ident}", iso, line, extra={"form": form}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-tiem-chung", 3311, "2024-03-05T00:00:00+07:00", "doc"),
    _art("bt-sot-xuat-huyet", 3306, "2024-02-26T00:00:00+07:00", "doc", signature="Lê Hòa", author="Lê Hòa"),
    _art("nx-tiem-chung-mo-rong", 3315, "2024-03-12T00:00:00+07:00", "doc"),
    _art("pm-tiem-chung", 3309, "2024-03-01T08:40:00+07:00", "clock"),
    _art("nbp-tiem-chung", 3313, "2024-03-08T14:20:00+07:00", "clock",
         image=("/Upload/2024/3/kiem-tra-tiem-chung.jpg", "Đoàn công tác kiểm tra điểm tiêm chủng tại trạm y tế xã.")),
    _art("ks-buc-xa-y-te", 3302, "2024-02-19T09:15:00+07:00", "clock", signature="Thanh Bình", author="Thanh Bình"),
]  # fmt: skip
CHROME = ["Văn bản mới", "Lịch công tác", "Tin đã đưa", "Lượt truy cập"]
NEWEST = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _mso(html: str, align: str = "justify", extra: str = "") -> str:
    return (f'<p class="MsoNormal" align="{align}" style="text-align:{align};line-height:150%{extra}">'
            f"<span {SPAN}>{html}</span></p>")


def _side() -> str:
    docs = "".join(f'<li><a href="/van-ban/{n}.aspx">{t}</a><span class="ngay">{d}</span></li>' for n, t, d in (
        (712, "Kế hoạch số 58/KH-SYT tiêm chủng mở rộng năm 2024", "04/03/2024"),
        (709, "Công văn số 411/SYT-NVY phòng chống sốt xuất huyết", "26/02/2024"),
        (705, "Quyết định số 95/QĐ-SYT kiện toàn hội đồng chuyên môn", "15/02/2024")))
    plan = "".join(f"<li>{t}</li>" for t in (
        "Thứ Hai: Giám đốc Sở làm việc tại cơ quan", "Thứ Tư: Giám đốc Sở kiểm tra Bệnh viện đa khoa huyện Tân Khê"))
    return (f'<div class="box"><h3>Văn bản mới</h3><ul>{docs}</ul></div>'
            f'<div class="box"><h3>Lịch công tác</h3><ul>{plan}</ul></div>'
            '<div class="box"><h3>Thống kê</h3><p>Lượt truy cập: 2.114.508</p></div>')


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu.aspx", "Giới thiệu"), ("/tin-hoat-dong.aspx", "Tin hoạt động"),
        ("/thu-tuc-hanh-chinh.aspx", "Thủ tục hành chính")))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(NAME)}</title><link href="/css/style.css" rel="stylesheet" type="text/css" /></head>
<body><form method="post" action="" id="form1"><div id="wrapper">
<div id="banner"><img src="/images/logo-syt.png" alt="" /><h1>{esc(NAME.upper())}</h1></div>
<ul id="menu">{menu}</ul>
<div id="content"><div id="main">{main}</div><div id="side">{_side()}</div></div>
<div id="footer"><p>{esc(NAME)} - Địa chỉ: 12 đường Hùng Vương, thành phố Hà Khê</p>
<p>Điện thoại: 0213.3852.119 - Email: syt@hakhe.gov.vn</p></div>
</div></form></body></html>"""


def render_article(art: Art) -> str:
    form = art.extra["form"]
    blocks = []
    if form == "doc":
        blocks.append(_mso(f"<i>{esc(art.date_line)}</i>", "right"))
    blocks.append(_mso(f"<b>{esc(art.title)}</b>", "center"))
    blocks.append(_mso(f"<b><i>{esc(art.lead)}</i></b>", extra=";text-indent:36.0pt"))
    for i, para in enumerate(art.paragraphs):
        blocks.append(_mso(esc(para), extra=";text-indent:36.0pt"))
        if i == 0 and art.image:
            src, cap = art.image
            blocks.append(_mso(f'<img width="480" src="{src}" /><br /><i>{esc(cap)}</i>', "center"))
    if art.signature:
        blocks.append(_mso(f"<b>{esc(art.signature)}</b>", "right"))
    info = ""
    if form == "clock":
        info = (f'<div class="info"><img src="/images/clock.gif" alt="" title="{esc(art.date_line)}" /> '
                '<span class="luotxem">Lượt xem: 245</span></div>')
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span></li>'
                     for a in NEWEST if a is not art)
    main = (f'<h2>Tin hoạt động</h2>{info}<div class="noidung">{"".join(blocks)}</div>'
            f'<div class="tindadua"><h3>Tin đã đưa</h3><ul>{others}</ul></div>')
    return _page(main)


def render_list() -> str:
    items = "".join(f'<div class="item"><a href="{a.path}">{esc(a.title)}</a><p>{esc(a.lead[:150])}...</p></div>'
                    for a in NEWEST)
    return _page(f"<h2>Tin hoạt động</h2>{items}")


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWEST)
    return _page(f'<h2>Tin nổi bật</h2><ul class="hot">{items}</ul>')


def render_intro() -> str:
    return _page("<h2>Giới thiệu</h2><div class=\"noidung\">"
                 + _mso("Sở Y tế là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Hà Khê, tham mưu, giúp Ủy ban nhân dân "
                        "tỉnh quản lý nhà nước về y tế, gồm y tế dự phòng, khám bệnh, chữa bệnh, dược, mỹ phẩm và an "
                        "toàn thực phẩm.")
                 + _mso("Sở có 7 phòng chuyên môn, 3 chi cục và 19 đơn vị sự nghiệp trực thuộc.") + "</div>")


def render_procedures() -> str:
    rows = "".join(f'<tr><td>{i}</td><td><a href="/thu-tuc/{i}.aspx">{t}</a></td><td>{d}</td></tr>'
                   for i, (t, d) in enumerate((
                       ("Cấp chứng chỉ hành nghề khám bệnh, chữa bệnh", "Mức độ 3"),
                       ("Cấp giấy phép hoạt động phòng khám", "Mức độ 3"),
                       ("Cấp chứng chỉ hành nghề dược", "Mức độ 4")), 1))
    return _page(f'<h2>Thủ tục hành chính</h2><table class="tthc"><tr><th>STT</th><th>Tên thủ tục</th>'
                 f"<th>Mức độ</th></tr>{rows}</table>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-hoat-dong.aspx"] = render_list()
    out["/gioi-thieu.aspx"] = render_intro()
    out["/thu-tuc-hanh-chinh.aspx"] = render_procedures()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
