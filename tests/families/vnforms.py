"""A department's portal on an ASP.NET CMS with the vi-VN culture, whose article dates are
Vietnamese display forms of many kinds, one per article, shown *above* the title or in a
footer line under the body.

- Articles ``/Default.aspx?tabid=<tab>&ItemID=<id>``: "5/3/2024 8:40:00 SA" / "... CH" (the
  .NET vi-VN general format, AM/PM as SA/CH), "Thứ Hai, 11/03/2024 - 16:05 (GMT+7)", "08:40 |
  07/03/24" (two-digit year), "Đăng lúc 9h30, 6/3/2024", and a footer line "Ngày xuất bản:
  ngày 4 tháng 3 năm 2024" (a day only: 00:00 that day).
- Two articles also carry ``article:published_time`` holding the day the CMS *created* the
  draft (the day before the visible date): the visible date line is the publication date (see
  docs/extraction.md, "Dates").
- The header shows "Hôm nay: Thứ Tư, 20/03/2024"; "Các tin khác" under each article lists
  other articles with "(05/03/2024 08:40)"; a "Văn bản mới" box lists documents with dates.
- Home, two category tabs (one with a page 2), "Giới thiệu", "Sơ đồ cổng".
"""

from __future__ import annotations

from datetime import datetime, timedelta

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-vnforms"
NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm"
TODAY = "Hôm nay: Thứ Tư, 20/03/2024"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _form(iso: str, form: str) -> str:
    d = datetime.fromisoformat(iso)
    hour12 = d.hour % 12 or 12
    return {
        "sa-ch": f"{d.day}/{d.month}/{d.year} {hour12}:{d.minute:02d}:{d.second:02d} {'SA' if d.hour < 12 else 'CH'}",
        "gmt": f"{WEEKDAYS[d.weekday()]}, {dmy(iso)} - {hm(iso)} (GMT+7)",
        "yy": f"{hm(iso)} | {d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dang-luc": f"Đăng lúc {d.hour}h{d.minute:02d}, {d.day}/{d.month}/{d.year}",
        "verbal": f"Ngày xuất bản: ngày {d.day} tháng {d.month} năm {d.year}",
    }[form]


def _art(key: str, ident: int, iso: str, form: str, tab: int, draft: bool = False, **kw: object) -> Art:
    extra = {"id": ident, "tab": tab, "form": form, "draft": draft}
    return Art(KEY[key], f"/Default.aspx?tabid={tab}&ItemID={ident}", iso, _form(iso, form), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nl-phien-viec-lam", 2214, "2024-03-12T14:15:00+07:00", "sa-ch", 61, draft=True,
         signature="Ngọc Ánh", author="Ngọc Ánh"),
    _art("nl-dao-tao-nghe", 2210, "2024-03-11T16:05:00+07:00", "gmt", 61,
         signature="Đức Mạnh", author="Đức Mạnh"),
    _art("nl-xuat-khau-lao-dong", 2207, "2024-03-07T08:40:00+07:00", "yy", 61, draft=True,
         signature="Quốc Tuấn", author="Quốc Tuấn"),
    _art("nl-nguoi-co-cong", 2203, "2024-03-06T09:30:00+07:00", "dang-luc", 62,
         signature="Thu Trang", author="Thu Trang"),
    _art("nl-bao-hiem-that-nghiep", 2199, "2024-03-05T08:40:00+07:00", "sa-ch", 61,
         signature="Hà Phương", author="Hà Phương"),
    _art("nl-tre-em-den-truong", 2196, "2024-03-04T00:00:00+07:00", "verbal", 62, author=None,
         source_line="Nguồn: Phòng Bảo vệ, chăm sóc trẻ em", source="Phòng Bảo vệ, chăm sóc trẻ em"),
]  # fmt: skip
TABS = {61: "Tin hoạt động", 62: "Chính sách xã hội"}
PER_PAGE = 3
DOCS = [("Quyết định 215/QĐ-SLĐTBXH", "14/03/2024"), ("Kế hoạch 88/KH-SLĐTBXH", "01/03/2024")]
CHROME = [
    "Hôm nay", "Các tin khác", "Văn bản mới", "Trang chủ", "Giới thiệu", "Sơ đồ cổng",
    "In bài", "Gửi bài", "Về đầu trang", "Lượt truy cập", "Bản quyền", "Số 5 Lê Lợi", "0229 3871 022",
    "sldtbxh@ninhlam.gov.vn", "Quyết định 215",
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu chung", [
        "Sở Lao động - Thương binh và Xã hội tham mưu cho Ủy ban nhân dân tỉnh về lao động, việc "
        "làm, giáo dục nghề nghiệp, người có công, bảo trợ xã hội và trẻ em.",
        "Sở có 7 phòng chuyên môn và 5 đơn vị sự nghiệp trực thuộc.",
    ]),
    "so-do-cong": ("Sơ đồ cổng", [
        "Trang chủ; Giới thiệu chung; Tin hoạt động; Chính sách xã hội; Văn bản; Thủ tục hành "
        "chính; Hỏi đáp; Liên hệ.",
    ]),
}  # fmt: skip


def _ident(art: Art) -> int:
    return int(art.extra["id"])  # type: ignore[arg-type]


def _layout(title: str, main: str, head: str = "") -> str:
    tabs = "".join(f'<td><a href="/Default.aspx?tabid={t}">{esc(label)}</a></td>' for t, label in TABS.items())
    docs = "".join(f'<div class="vb-item"><a href="/Default.aspx?tabid=70">{esc(n)}</a> <i>{d}</i></div>' for n, d in DOCS)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>{head}<link href="/Portals/_default/default.css" rel="stylesheet" type="text/css" /></head>
<body><form name="Form" method="post" action="/Default.aspx" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWAgIDD2QWAmYPZBYCZg" />
<div id="dnn_Banner" class="banner"><div class="today">{TODAY}</div><img src="/Portals/0/banner.jpg" alt="{esc(NAME)}" /></div>
<table class="menu" cellpadding="0" cellspacing="0"><tr><td><a href="/">Trang chủ</a></td><td><a href="/Default.aspx?tabid=53">Giới thiệu</a></td>{tabs}<td><a href="/Default.aspx?tabid=90">Sơ đồ cổng</a></td></tr></table>
<table class="main" width="100%"><tr><td id="dnn_ContentPane" class="contentpane" valign="top">{main}</td>
<td id="dnn_RightPane" class="rightpane" valign="top" width="260"><div class="vb-box"><div class="vb-title">Văn bản mới</div>{docs}</div>
<div class="counter">Lượt truy cập: 1.204.331</div></td></tr></table>
<div class="footer">Bản quyền thuộc {esc(NAME)}<br />Số 5 Lê Lợi, thành phố Ninh Lâm - ĐT: 0229 3871 022 - Email: sldtbxh@ninhlam.gov.vn</div>
</form></body></html>"""


def render_article(art: Art) -> str:
    paras = "".join(f'<p style="text-align: justify">{esc(p)}</p>' for p in art.paragraphs)
    tail = "".join(f'<p style="text-align: right"><b>{esc(x)}</b></p>' for x in (art.signature, art.source_line) if x)
    others = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)} {hm(a.published)})</span></li>'
        for a in ARTICLES if a is not art
    )  # fmt: skip
    footer = art.extra["form"] == "verbal"
    top = "" if footer else f'<div class="news-date">{esc(art.date_line)}</div>'
    bottom = f'<div class="news-footer">{esc(art.date_line)}</div>' if footer else ""
    head = ""
    if art.extra["draft"]:  # the CMS's creation day of the draft, not the publication
        created = (datetime.fromisoformat(art.published) - timedelta(days=1)).replace(hour=17, minute=2)
        head = f'<meta property="article:published_time" content="{created.isoformat()}" />'
    main = f"""<div class="news-detail">{top}<div class="news-title"><h2>{esc(art.title)}</h2></div>
<div class="news-summary"><b>{esc(art.lead)}</b></div><div class="news-content">{paras}{tail}</div>{bottom}
<div class="news-tools"><a href="javascript:window.print()">In bài</a> | <a href="/Default.aspx?tabid=95">Gửi bài</a> | <a href="#top">Về đầu trang</a></div>
<div class="news-other"><div class="other-title">Các tin khác</div><ul>{others}</ul></div></div>"""
    return _layout(art.title, main, head)


def render_tab(tab: int, page: int = 1) -> str:
    arts = [a for a in ARTICLES if a.extra["tab"] == tab]
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(
        f"""<tr><td class="news-item"><a class="title" href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span>
<div class="desc">{esc(a.lead[:150])}...</div></td></tr>"""
        for a in chunk
    )  # fmt: skip
    pager = ""
    if len(arts) > PER_PAGE:
        pager = "".join(
            f"<span>{n}</span>" if n == page else f'<a href="/Default.aspx?tabid={tab}&amp;page={n}">{n}</a>'
            for n in range(1, (len(arts) + PER_PAGE - 1) // PER_PAGE + 1)
        )  # fmt: skip
    return _layout(TABS[tab], f'<div class="cat-title">{esc(TABS[tab])}</div><table class="news-list">{rows}</table><div class="pager">{pager}</div>')


def render_home() -> str:
    rows = "".join(
        f'<div class="home-item"><a href="{a.path}">{esc(a.title)}</a> <span class="ngay">{dmy(a.published)}</span></div>'
        for a in ARTICLES
    )  # fmt: skip
    return _layout(NAME, f'<div class="home-news"><div class="cat-title">Tin mới</div>{rows}</div>')


def render_static(slug: str) -> str:
    title, paras = STATIC[slug]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _layout(title, f'<div class="static"><div class="cat-title">{esc(title)}</div>{body}</div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    for tab in TABS:
        out[f"/Default.aspx?tabid={tab}"] = render_tab(tab)
    out["/Default.aspx?tabid=61&page=2"] = render_tab(61, 2)
    out["/Default.aspx?tabid=53"] = render_static("gioi-thieu")
    out["/Default.aspx?tabid=90"] = render_static("so-do-cong")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /Admin/\n")
