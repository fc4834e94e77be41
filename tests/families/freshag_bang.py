"""A district's legacy ASP portal laid out in tables: no heading tag and no title-classed
element, the headline the first ``<strong>`` of the article's cell over the text's paragraphs,
the day only as "Ngày 05 tháng 3 năm 2024" in a right-aligned cell of the row above it, and
``<title>`` the district's name on every page (fresh-AG, round 22: what the single page misses
of titles and dates where a site model finds them).

Built in round 22 as a fresh family (``FRESH_AG``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Items ``/default.asp?tab=tintuc&id=<n>``. The article's table: a row of two cells, the
  section's name "TIN TỨC - SỰ KIỆN" left and the day right ("Ngày 05 tháng 3 năm 2024", the
  day alone: truth that day at 00:00); then one cell ``<td class="noidung">`` whose first child
  is ``<strong>Headline</strong><br>``, the sapo in ``<i>``, the text in ``<p>``.
- One notice has an empty date cell and no date anywhere (truth None), though the "Tin liên
  quan" rows under every item are dated "(04/03/2024)".
- Every page: the header's "Hôm nay: Thứ Tư, ngày 20 tháng 3 năm 2024"; a left column with
  ``td.box_title`` headings "Tin mới", "Liên kết".
- Not articles: the home page, the news list, "Sơ đồ cổng", the staff directory.
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, html_with_files, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fag-bang"
NAME = "Ủy ban nhân dân huyện Tân Khê"
TODAY = "Hôm nay: Thứ Tư, ngày 20 tháng 3 năm 2024"


def _art(key: str, ident: int, iso: str | None, **kw: object) -> Art:
    line = f"Ngày {int(iso[8:10]):02d} tháng {int(iso[5:7])} năm {iso[:4]}" if iso else ""
    return Art(KEY[key], f"/default.asp?tab=tintuc&id={ident}", iso, line, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("sh-duong-lien-xa", 2214, "2024-03-05T00:00:00+07:00"),
    _art("sh-tiem-chung", 2209, "2024-02-28T00:00:00+07:00",
         image=("/upload/2024/tiem-chung.jpg", "Trẻ em được tiêm chủng tại trạm y tế xã Tân Hòa.")),
    _art("sh-cai-cach-hanh-chinh", 2217, "2024-03-08T00:00:00+07:00", signature="Văn Hùng", author="Văn Hùng"),
    _art("pl-thu-vien-luu-dong", 2205, "2024-02-20T00:00:00+07:00"),
    _art("pl-phat-thanh-co-so", 2220, "2024-03-12T00:00:00+07:00"),
    _art("dt-hien-mau", 2211, None, signature="Thanh Hà", author="Thanh Hà"),
]  # fmt: skip
CHROME = ["Tin liên quan", "Tin mới", "Liên kết", "Số lượt truy cập"]
DATED = sorted((a for a in ARTICLES if a.published), key=lambda a: a.published, reverse=True)


def _left() -> str:
    news = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in DATED[:3])
    links = "".join(f'<tr><td><a href="{h}">{t}</a></td></tr>' for h, t in (
        ("https://tankhe.gov.vn/dvc", "Dịch vụ công trực tuyến"), ("https://hakhe.gov.vn", "Cổng TTĐT tỉnh Hà Khê")))
    return (f'<table class="box"><tr><td class="box_title">Tin mới</td></tr>{news}</table>'
            f'<table class="box"><tr><td class="box_title">Liên kết</td></tr>{links}</table>'
            '<table class="box"><tr><td>Số lượt truy cập: 348.902</td></tr></table>')


def _page(main: str) -> str:
    menu = " | ".join(f'<a href="{h}">{t}</a>' for h, t in (
        ("/", "Trang chủ"), ("/default.asp?tab=tintuc", "Tin tức"), ("/default.asp?tab=sodo", "Sơ đồ cổng"),
        ("/default.asp?tab=danhba", "Danh bạ")))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(NAME)}</title></head>
<body bgcolor="#ffffff"><table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/banner.jpg" width="980" alt="{esc(NAME)}"></td></tr>
<tr><td class="menu" colspan="2">{menu}</td></tr>
<tr><td class="homnay" colspan="2" align="right">{TODAY}</td></tr>
<tr><td width="220" valign="top">{_left()}</td><td valign="top">{main}</td></tr>
<tr><td colspan="2" align="center" class="footer">{esc(NAME)} - Thị trấn Tân Khê, huyện Tân Khê, tỉnh Hà Khê<br>Điện thoại: 0213.3866.205</td></tr>
</table></body></html>"""


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(
        art, lambda h: f'<p align="justify">{h}</p>',
        lambda src, cap: f'<p align="center"><img src="{src}" border="0"><br><i>{esc(cap)}</i></p>'))
    if art.signature:
        body += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    related = "".join(f'<tr><td>» <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</td></tr>'
                      for a in DATED if a is not art)
    main = (f'<table width="100%" cellpadding="4"><tr><td class="chuyenmuc">TIN TỨC - SỰ KIỆN</td>'
            f'<td align="right" class="ngay">{esc(art.date_line)}</td></tr>'
            f'<tr><td colspan="2" class="noidung"><strong>{esc(art.title)}</strong><br>'
            f'<p><i>{esc(art.lead)}</i></p>{body}</td></tr></table>'
            f'<table width="100%"><tr><td><b>Tin liên quan</b></td></tr>{related}</table>')
    return _page(main)


def render_list() -> str:
    rows = "".join(f'<tr><td><a href="{a.path}"><b>{esc(a.title)}</b></a><br>{esc(a.lead[:150])}...</td></tr>'
                   for a in ARTICLES)
    return _page(f'<table width="100%"><tr><td class="chuyenmuc">TIN TỨC - SỰ KIỆN</td></tr>{rows}</table>')


def render_home() -> str:
    rows = "".join(f'<tr><td>» <a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in ARTICLES)
    return _page(f'<table width="100%"><tr><td class="chuyenmuc">TIN NỔI BẬT</td></tr>{rows}</table>')


def render_map() -> str:
    rows = "".join(f'<tr><td><a href="{h}">{t}</a></td></tr>' for h, t in (
        ("/", "Trang chủ"), ("/default.asp?tab=tintuc", "Tin tức - Sự kiện"),
        ("/default.asp?tab=danhba", "Danh bạ cơ quan")))
    return _page(f'<table width="100%"><tr><td class="chuyenmuc">SƠ ĐỒ CỔNG</td></tr>{rows}</table>')


def render_directory() -> str:
    rows = "".join(f"<tr><td>{n}</td><td>{c}</td><td>{p}</td></tr>" for n, c, p in (
        ("Nguyễn Văn Bình", "Chủ tịch UBND huyện", "0213.3866.201"),
        ("Trần Thị Mai", "Phó Chủ tịch UBND huyện", "0213.3866.202"),
        ("Lê Quang Vinh", "Chánh Văn phòng HĐND và UBND", "0213.3866.205")))
    return _page(f'<table width="100%"><tr><td class="chuyenmuc" colspan="3">DANH BẠ</td></tr>{rows}</table>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/default.asp?tab=tintuc"] = render_list()
    out["/default.asp?tab=sodo"] = render_map()
    out["/default.asp?tab=danhba"] = render_directory()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
