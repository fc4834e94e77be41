"""A provincial general hospital's portal whose communication office pastes the doctors'
articles from Word: degrees abbreviated with a space between them, a nurse's title, names
whose words are joined by ``&nbsp;`` inside ``<span style="font-family:...">``, three writers
joined by "và", a name in capitals with diacritics, the writer in a table row under the text
(fresh-S, round 20: authors the generic path misses).

Built in round 20 as a fresh family (``FRESH_S``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/Default.aspx?tabid=57&ItemID=<id>``: ``div.news-detail`` with the headline in
  ``span.news-title`` (no heading), "Cập nhật: 05/03/2024 08:30" in ``span.news-date``, the text
  in ``div.news-content`` of Word's ``<p class="MsoNormal">`` paragraphs, then "Các tin khác"
  with dates; ``<meta name="author">`` the hospital's name on every page.
- Bylines: "ThS. BS. Lê Thị Hoa" right-aligned ``<b><i>``; "BSCKII.&nbsp;Nguyễn&nbsp;Văn&nbsp;Tùng"
  right-aligned in a Word span; "Điều dưỡng Hoàng Thị Mai - Khoa Nội tổng hợp"; a table under
  the text "Tác giả | Nguyễn Văn An" and "Lượt xem | 312" as cells; ``<div align="right"><b><i>
  Minh Thư, Quốc Huy và Thu Hằng</i></b></div>``; "Quang Khải (Phòng Kế hoạch tổng hợp)" with
  ``&nbsp;``; "NGUYỄN THỊ HƯỜNG" in bold capitals; an unsigned article.
- Non-articles: the home page, a category, the duty roster, the price list of services, the
  contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fs-benhvien"
NAME = "Bệnh viện Đa khoa tỉnh Ninh Lâm"
_FONT = "font-size:13.0pt;font-family:&quot;Times New Roman&quot;,serif"


def _art(key: str, ident: int, iso: str, **kw: object) -> SArt:
    # the page shows only "Cập nhật: ...", which the corpus writes as an update's day (Art.truth)
    extra = {"id": ident, "date_basis": "updated", **kw.pop("extra", {})}  # type: ignore[dict-item]
    return SArt(KEY[key], f"/Default.aspx?tabid=57&ItemID={ident}", iso, f"Cập nhật: {dmy(iso)} {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bt-sot-xuat-huyet", 2207, "2024-03-05T08:30:00+07:00", signature="ThS. BS. Lê Thị Hoa",
         author="ThS. BS. Lê Thị Hoa", extra={"bi": True}),
    _art("nx-tiem-chung-mo-rong", 2203, "2024-03-04T10:15:00+07:00", signature="BSCKII. Nguyễn Văn Tùng",
         author="BSCKII. Nguyễn Văn Tùng", extra={"nbsp": True},
         image=("/Portals/0/2024/tiem-chung.jpg", "Trẻ em được tiêm vắc xin tại điểm tiêm chủng lưu động.")),
    _art("q13-kham-nguoi-cao-tuoi", 2199, "2024-03-01T14:40:00+07:00",
         signature="Điều dưỡng Hoàng Thị Mai - Khoa Nội tổng hợp", author="Điều dưỡng Hoàng Thị Mai"),
    _art("dt-hien-mau", 2195, "2024-02-29T09:00:00+07:00", signature="Nguyễn Văn An", author="Nguyễn Văn An",
         extra={"nosig": True, "table": True}),
    _art("sh-tiem-chung", 2191, "2024-02-28T15:25:00+07:00", signature="Minh Thư, Quốc Huy và Thu Hằng",
         author="Minh Thư, Quốc Huy, Thu Hằng", extra={"div": True}),
    _art("ks-buc-xa-y-te", 2188, "2024-02-27T08:05:00+07:00", signature="Quang Khải (Phòng Kế hoạch tổng hợp)",
         author="Quang Khải", extra={"nbsp": True, "plain": True}),
    _art("nkv-an-toan-thuc-pham", 2184, "2024-02-26T16:50:00+07:00", signature="NGUYỄN THỊ HƯỜNG",
         author="NGUYỄN THỊ HƯỜNG", extra={"nbsp": True}),
    _art("pm-tiem-chung", 2180, "2024-02-23T11:30:00+07:00"),
]  # fmt: skip
CHROME = [
    "Các tin khác", "Lịch trực", "Bảng giá dịch vụ", "Đường dây nóng", "Số lượt truy cập", "Bản quyền",
    "Đặt lịch khám",
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title><meta name="author" content="{esc(NAME)}" /><meta name="keywords" content="bệnh viện, khám chữa bệnh" /></head>
<body><form id="Form" action="" method="post"><div id="dnn_wrapper"><div class="header"><img src="/Portals/0/banner.jpg" alt="{esc(NAME)}" /></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/Default.aspx?tabid=57">Tin tức - Sự kiện</a> <a href="/Default.aspx?tabid=61">Lịch trực</a>
<a href="/Default.aspx?tabid=63">Bảng giá dịch vụ</a> <a href="/Default.aspx?tabid=65">Liên hệ</a></div>
<div class="main"><div id="dnn_LeftPane" class="left"><div class="module"><div class="module-title">Đường dây nóng</div>
<p>0229 3855 115</p></div><div class="module"><a href="/Default.aspx?tabid=65">Đặt lịch khám</a></div></div>
<div id="dnn_ContentPane" class="content-pane">{main}</div>
<div id="dnn_RightPane" class="right"><div class="module"><div class="module-title">Số lượt truy cập</div><p>1.204.387</p></div></div></div>
<div class="footer">Bản quyền © 2024 {esc(NAME)}. Địa chỉ: số 2 đường Hoàng Liên, thành phố Ninh Lâm.</div></div></form></body></html>"""


def _word(text: str, nbsp: bool) -> str:
    inner = "&nbsp;".join(esc(w) for w in text.split(" ")) if nbsp else esc(text)
    return f'<span style="{_FONT}">{inner}</span>'


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f'<p class="MsoNormal" style="text-align:justify"><b>{_word(art.lead, False)}</b></p>'
    for i, p in enumerate(art.paragraphs):
        body += f'<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt">{_word(p, False)}</p>'
        if i < len(images):
            src, cap = images[i]
            body += (f'<p class="MsoNormal" align="center" style="text-align:center"><img src="{src}" width="500" /></p>'
                     f'<p class="MsoNormal" align="center" style="text-align:center"><i>{_word(cap, False)}</i></p>')
    sig = art.signature or ""
    nbsp = bool(art.extra.get("nbsp"))
    if not sig or art.extra.get("nosig"):
        pass
    elif art.extra.get("div"):
        body += f'<div align="right"><b><i>{esc(sig)}</i></b></div>'
    elif art.extra.get("bi"):
        body += f'<p class="MsoNormal" style="text-align:right"><b><i>{_word(sig, nbsp)}</i></b></p>'
    elif art.extra.get("plain"):
        body += f'<p class="MsoNormal" align="right" style="text-align:right">{_word(sig, nbsp)}</p>'
    else:
        body += f'<p class="MsoNormal" align="right" style="text-align:right"><b>{_word(sig, nbsp)}</b></p>'
    body += '<p class="MsoNormal">&nbsp;</p>'
    table = ""
    if art.extra.get("table"):
        table = (f'<table class="news-info" cellpadding="3"><tr><td class="lbl">Tác giả</td><td>{esc(sig)}</td></tr>'
                 f'<tr><td class="lbl">Lượt xem</td><td>{art.extra["id"] % 400}</td></tr></table>')
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div class="news-detail"><span class="news-title">{esc(art.title)}</span><br />
<span class="news-date">{esc(art.date_line)}</span>
<div class="news-content">{body}</div>{table}
<div class="other-news"><div class="module-title">Các tin khác</div><ul>{others}</ul></div></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="news-item"><img src="/Portals/0/thumb/{a.extra["id"]}.jpg" width="120" />'
                    f'<a class="news-link" href="{a.path}">{esc(a.title)}</a> <span class="news-date">({dmy(a.published)})</span>'
                    f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<div class="module-title">{esc(title)}</div>{items}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:5])
    out["/Default.aspx?tabid=57"] = _list("Tin tức - Sự kiện", ARTICLES)
    out["/Default.aspx?tabid=61"] = _layout("Lịch trực", """<div class="module-title">Lịch trực tuần 10/2024</div>
<table border="1"><tr><th>Ngày</th><th>Trực lãnh đạo</th><th>Trực chuyên môn</th></tr>
<tr><td>04/03</td><td>BSCKII. Nguyễn Văn Tùng</td><td>BS. Vàng Thị Mỷ</td></tr>
<tr><td>05/03</td><td>ThS. BS. Lê Thị Hoa</td><td>BS. Sùng A Páo</td></tr></table>""")
    out["/Default.aspx?tabid=63"] = _layout("Bảng giá dịch vụ", """<div class="module-title">Bảng giá dịch vụ kỹ thuật</div>
<table border="1"><tr><th>Dịch vụ</th><th>Giá (đồng)</th></tr><tr><td>Khám bệnh</td><td>34.500</td></tr>
<tr><td>Siêu âm ổ bụng</td><td>43.900</td></tr><tr><td>Chụp X-quang ngực thẳng</td><td>65.400</td></tr></table>""")
    out["/Default.aspx?tabid=65"] = _layout("Liên hệ", """<div class="module-title">Liên hệ</div>
<p>Phòng Công tác xã hội - Bệnh viện Đa khoa tỉnh Ninh Lâm. Điện thoại: 0229 3855 115.</p>
<p>Thư điện tử: ctxh.bvdk@ninhlam.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
