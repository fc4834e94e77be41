"""A district's portal of notices and news whose own date lines sit beside other dates that a
reader passes over: a notice's number on the date line, a record table of the document's
fields ("Ngày ban hành" before "Ngày đăng"), an article posted on the day the page was served
(its date line the same as the header's today), the day in a closing sentence, an event's days
in the lead (fresh-O, round 19: decoy dates; added after the first three were scored and fixed,
its own held-out first look).

Built in round 19 as a fresh family (``FRESH_O``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Ba, 19/03/2024" (the day served).
- Articles ``/thong-tin/<id>/<slug>.aspx``. Under the headline, one of: "Số: 45/TB-UBND | Ngày
  đăng: 05/03/2024 08:20" (a notice's number on its date line); a table of the notice's fields
  ("Số hiệu", "Ngày ban hành: 13/03/2024", "Ngày đăng: 14/03/2024", "Lượt xem"); "Thứ Ba,
  19/03/2024" (posted the day served: the same text as the header's); "Thứ Hai, 11/03/2024 |
  Lượt xem: 57" under a lead "Trong hai ngày 11 và 12/3, ..."; nothing, the day only in the
  closing sentence "Tin đăng ngày 08/03/2024 lúc 09:10 theo đề nghị của Phòng Văn hóa và
  Thông tin huyện." (kept in the body).
- Not articles: the home page, the notices' and the news' categories, "Sơ đồ cổng".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, paragraphs_html, site_with_files
from tests.families.fresho_common import OArt
from tests.families.texts import KEY

SITE_ID = "fx-fo-thongbao"
NAME = "Cổng thông tin điện tử huyện Tân Khê"
TODAY = "Thứ Ba, 19/03/2024"
CLOSING = "Tin đăng ngày 08/03/2024 lúc 09:10 theo đề nghị của Phòng Văn hóa và Thông tin huyện."


def _art(key: str, ident: int, slug: str, iso: str, form: str, line: str, **kw: object) -> OArt:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return OArt(KEY[key], f"/thong-tin/{ident}/{slug}.aspx", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nx-lich-tiep-dan-quy-2", 3305, "thong-bao-lich-tiep-cong-dan-quy-ii", "2024-03-05T08:20:00+07:00", "number",
         "Số: 45/TB-UBND | Ngày đăng: 05/03/2024 08:20"),
    _art("bs-nop-thue-dat", 3321, "thong-bao-thu-thue-su-dung-dat-phi-nong-nghiep", "2024-03-14T00:00:00+07:00", "fields",
         "14/03/2024", extra={"fields": (("Số hiệu", "12/TB-UBND"), ("Ngày ban hành", "13/03/2024"),
                                                    ("Ngày đăng", "14/03/2024"), ("Lượt xem", "88"))}),
    _art("nx-tiem-chung-mo-rong", 3340, "day-manh-tiem-chung-mo-rong-vung-cao", "2024-03-19T00:00:00+07:00", "top",
         TODAY, signature="Hoàng Yến", author="Hoàng Yến"),
    _art("nx-hoi-thi-van-nghe", 3318, "hoi-thi-van-nghe-quan-chung-cac-thon-ban", "2024-03-11T00:00:00+07:00", "top",
         "Thứ Hai, 11/03/2024 | Lượt xem: 57", signature="Hoàng Yến", author="Hoàng Yến"),
    _art("nx-chuyen-doi-cay-trong", 3312, "nong-dan-khe-ha-chuyen-doi-dat-lua", "2024-03-08T09:10:00+07:00", "closing",
         CLOSING, source_line=CLOSING),
    _art("nx-duong-giao-thong-nong-thon", 3344, "khoi-cong-ba-tuyen-duong-giao-thong-nong-thon", "2024-03-15T16:30:00+07:00", "top",
         "Thứ Sáu, 15/03/2024 - 16:30", signature="Đức Anh", author="Đức Anh"),
]  # fmt: skip
CHROME = ["Thông báo mới", "Liên kết website", "Số lượt truy cập", "Sơ đồ cổng", "Cơ quan chủ quản", "In bài viết"]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
NOTICES = [a for a in ARTICLES if a.extra["form"] in ("number", "fields")]


def _layout(main: str, title: str) -> str:
    notices = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <em>({dmy(a.published)})</em></li>' for a in NOTICES)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/Portals/0/skin.css"></head><body><form id="Form" method="post" action="#">
<table class="skin" width="1000"><tr><td class="header"><span class="ngay">{TODAY}</span>
<img src="/Portals/0/banner-tankhe.jpg" alt="{esc(NAME)}"></td></tr>
<tr><td class="menu"><a href="/">Trang chủ</a> | <a href="/thong-bao.aspx">Thông báo</a> | <a href="/tin-tuc.aspx">Tin tức</a> | <a href="/so-do-cong.aspx">Sơ đồ cổng</a></td></tr>
<tr><td><table width="100%"><tr><td class="ContentPane" valign="top" width="72%">{main}</td>
<td class="RightPane" valign="top"><div class="box"><div class="head">Thông báo mới</div><ul>{notices}</ul></div>
<div class="box"><div class="head">Liên kết website</div><select><option>Cổng TTĐT Chính phủ</option><option>Cổng TTĐT tỉnh</option></select></div>
<div class="box">Số lượt truy cập: 1.204.558</div></td></tr></table></td></tr>
<tr><td class="footer">Cơ quan chủ quản: Ủy ban nhân dân huyện Tân Khê. Địa chỉ: thị trấn Tân Khê. Điện thoại: 0207 3851 020</td></tr>
</table></form></body></html>"""


def render_article(art: OArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p class="MsoNormal" style="text-align:justify">{h}</p>',
                                   lambda s, c: f'<p align="center"><img src="{s}"><br><i>{esc(c)}</i></p>'))
    if art.signature:
        body += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    if form == "closing":
        body += f"<p><i>{esc(CLOSING)}</i></p>"
    if form == "fields":
        rows = "".join(f'<tr><td class="lbl">{k}:</td><td>{esc(v)}</td></tr>' for k, v in art.extra["fields"])
        info = f'<table class="thongtin">{rows}</table>'
    elif form == "closing":
        info = ""
    else:
        info = f'<div class="ngaydang">{esc(art.date_line)}</div>'
    main = (f'<div class="chitiet"><div class="tieude">{esc(art.title)}</div>{info}'
            f'<div class="tomtat"><b>{esc(art.lead)}</b></div><div class="noidung">{body}</div>'
            '<div class="congcu"><a href="#" onclick="window.print()">In bài viết</a></div></div>')
    return _layout(main, art.title)


def _listing(title: str, arts: list[OArt]) -> str:
    rows = "".join(f'<tr><td><a href="{a.path}">{esc(a.title)}</a><br><span class="ngay">({dmy(a.published)})</span></td></tr>' for a in arts)
    return _layout(f'<div class="danhsach"><div class="tieude-muc">{title}</div><table>{rows}</table></div>', title)


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<div class="home"><div class="tieude-muc">Tin tức - Thông báo</div><ul>{rows}</ul></div>', NAME)


def render_sitemap() -> str:
    return _layout('<div class="sodo"><div class="tieude-muc">Sơ đồ cổng</div><ul><li><a href="/">Trang chủ</a></li>'
                   '<li><a href="/thong-bao.aspx">Thông báo</a></li><li><a href="/tin-tuc.aspx">Tin tức</a></li></ul></div>', "Sơ đồ cổng")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/thong-bao.aspx"] = _listing("Thông báo", NOTICES)
    out["/tin-tuc.aspx"] = _listing("Tin tức", [a for a in NEWS if a not in NOTICES])
    out["/so-do-cong.aspx"] = render_sitemap()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /Admin/\n")
