"""A district's legacy PHP portal: ``<h1>`` "Chi tiết tin" over every article, the headline a
``div``, the day with its lunar date under it and the time only at the article block's foot
(fresh-I, round 18: title and date conventions the other families lack).

Built in round 18 as a fresh family (``FRESH_I``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/chi-tiet-tin.php?id=<n>``: a table layout; the content box's heading is
  ``<h1 class="box-title">Chi tiết tin</h1>``, the headline ``div.tieude``, ``<title>``
  "Chi tiết tin | Cổng TTĐT huyện Sơn Hà", no ``og:`` tags.
- Under the headline: "Thứ Ba, 05/03/2024 (25/01 Âm lịch)", the solar day with the lunar one
  beside it (the lunar "25/01" is no date of the page's calendar). The header prints today
  the same way: "Hôm nay: Thứ Tư, 20/03/2024 (11/02 Âm lịch)".
- At the foot of the article block, after the body, on four articles: "Đăng lúc: 08:40 -
  05/03/2024", on two of them followed by " | Cập nhật: 07/03/2024 14:20". The truth is the
  publication's day with the foot's time when the foot shows it (the same day), else 00:00.
- After the block, "Các tin khác": "Title (04/03/24)", two-digit years (teasers, never the
  article's date). Signatures: right-aligned bold name, last paragraph of the body.
- Not articles: the home page, the news category and its page 2, "Giới thiệu".
"""

from __future__ import annotations

from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fi-phpcu"
NAME = "Cổng thông tin điện tử huyện Sơn Hà"
SHORT = "Cổng TTĐT huyện Sơn Hà"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
#: first days of the lunar months of early 2024 (Giáp Thìn): month 1 from 10 Feb, 2 from 10 Mar, 3 from 9 Apr
_LUNAR = ((date(2024, 4, 9), 3), (date(2024, 3, 10), 2), (date(2024, 2, 10), 1))


def lunar(iso: str) -> str:
    day = date.fromisoformat(iso[:10])
    for start, month in _LUNAR:
        if day >= start:
            return f"{(day - start).days + 1:02d}/{month:02d}"
    raise ValueError(iso)


def solar_line(iso: str) -> str:
    return f"{_DAYS[date.fromisoformat(iso[:10]).weekday()]}, {dmy(iso)} ({lunar(iso)} Âm lịch)"


def _art(key: str, ident: int, iso: str, foot: bool, **kw: object) -> Art:
    """``foot``: the block's foot shows "Đăng lúc: HH:MM - day" (else the truth is 00:00)."""
    extra = {"id": ident, "foot": foot, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/chi-tiet-tin.php?id={ident}", iso, solar_line(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("sh-duong-lien-xa", 512, "2024-03-05T08:40:00+07:00", True, signature="Nguyễn Văn Hùng", author="Nguyễn Văn Hùng",
         updated="2024-03-07T14:20:00+07:00", image=("/upload/tin/512.jpg", "Tuyến đường mới nối hai xã Nà Khương và Tả Phìn.")),
    _art("sh-chuyen-doi-cay-trong", 515, "2024-03-06T00:00:00+07:00", False, signature="Hoàng Thị Mai", author="Hoàng Thị Mai"),
    _art("sh-le-hoi-xuong-dong", 518, "2024-02-24T00:00:00+07:00", False),
    _art("nx-duong-giao-thong-nong-thon", 521, "2024-03-12T15:10:00+07:00", True, signature="Nguyễn Văn Hùng",
         author="Nguyễn Văn Hùng"),
    _art("nx-tiem-chung-mo-rong", 524, "2024-03-14T09:05:00+07:00", True, signature="Hoàng Thị Mai", author="Hoàng Thị Mai",
         updated="2024-03-15T08:00:00+07:00"),
    _art("tp-tro-giup-phap-ly", 527, "2024-03-01T00:00:00+07:00", False, signature="Lý Văn Páo", author="Lý Văn Páo",
         image=("/upload/tin/527.jpg", "Trợ giúp viên pháp lý tư vấn cho người dân xã Lũng Phìn.")),
    _art("tp-hoa-giai-co-so", 530, "2024-03-18T10:30:00+07:00", True),
]  # fmt: skip
CHROME = ["Các tin khác", "Hôm nay:", "Âm lịch", "Về đầu trang", "In bài này", "Số lượt truy cập", "Thiết kế bởi"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
TODAY = "2024-03-20"


def _yy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[2:4]}"


def _layout(main: str, title: str = "Chi tiết tin") -> str:
    menu = "".join(f'<td class="menu"><a href="{h}">{t}</a></td>' for h, t in (
        ("/index.php", "Trang chủ"), ("/gioi-thieu.php", "Giới thiệu"), ("/tin-tuc.php?cat=2", "Tin tức - Sự kiện")))
    latest = "".join(f'<tr><td class="left-item">&raquo; <a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in NEWS[:5])
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)} | {esc(SHORT)}</title><link href="/css/style.css" rel="stylesheet" type="text/css"></head>
<body><table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td class="topbar">Hôm nay: {esc(solar_line(TODAY))}</td></tr>
<tr><td><img src="/images/banner.jpg" width="1000" height="150" alt="{esc(NAME)}"></td></tr>
<tr><td><table><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%"><tr>
<td width="220" valign="top" class="left"><table width="100%"><tr><td class="left-title">Tin mới</td></tr>{latest}</table>
<div class="counter">Số lượt truy cập: 1.204.338</div></td>
<td valign="top" class="center">{main}</td></tr></table></td></tr>
<tr><td class="footer">{esc(NAME)}<br>Địa chỉ: Thị trấn Sơn Hà. Điện thoại: 0219.3860.205<br>Thiết kế bởi Công ty TNHH Tin học Sao Việt</td></tr>
</table></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<p align="center"><img src="{src}" border="0"><br><i>{esc(cap)}</i></p>'


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f'<p align="justify">{h}</p>', _figure))
    if art.signature:
        body += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    foot = ""
    if art.extra["foot"]:
        foot = f"Đăng lúc: {hm(art.published)} - {dmy(art.published)}"
        if art.updated:
            foot += f" | Cập nhật: {dmy(art.updated)} {hm(art.updated)}"
        foot = f'<div class="chantin">{esc(foot)}</div>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({_yy(a.published)})</li>' for a in NEWS if a is not art)
    main = (f'<h1 class="box-title">Chi tiết tin</h1><div class="box-content">'
            f'<div class="tieude">{esc(art.title)}</div><div class="ngaydang">{esc(art.date_line)}</div>'
            f'<div class="trichyeu"><b>{esc(art.lead)}</b></div><div class="noidung">{body}</div>{foot}'
            f'<div class="congcu"><a href="javascript:window.print()">In bài này</a> | <a href="#top">Về đầu trang</a></div></div>'
            f'<div class="tinkhac"><b>Các tin khác</b><ul>{others}</ul></div>')
    return _layout(main)


def _listing(arts: list[Art], page: int) -> str:
    rows = "".join(
        f'<tr><td width="110"><img src="/upload/tin/thumb_{a.extra["id"]}.jpg" width="100"></td><td>'
        f'<a class="tieude-list" href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span>'
        f"<br>{esc(a.lead[:170])}...</td></tr>" for a in arts
    )
    pager = ('Trang: <b>1</b> <a href="/tin-tuc.php?cat=2&amp;page=2">2</a>' if page == 1
             else 'Trang: <a href="/tin-tuc.php?cat=2">1</a> <b>2</b>')
    return _layout(f'<h1 class="box-title">Tin tức - Sự kiện</h1><table class="list">{rows}</table><div class="pager">{pager}</div>',
                   "Tin tức - Sự kiện")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in NEWS)
    return _layout(f'<h1 class="box-title">Tin tức - Sự kiện</h1><ul class="home-news">{rows}</ul>', "Trang chủ")


def render_about() -> str:
    text = (
        "Huyện Sơn Hà là huyện vùng cao biên giới, có 17 xã, thị trấn, trong đó 12 xã đặc biệt khó khăn.",
        "Dân số toàn huyện hơn 68.000 người, gồm các dân tộc Mông, Tày, Dao, Giáy và Kinh cùng sinh sống.",
        "Huyện có tiềm năng phát triển du lịch cộng đồng, trồng cây dược liệu và chăn nuôi đại gia súc.",
    )
    return _layout('<h1 class="box-title">Giới thiệu chung</h1><div class="box-content">'
                   + "".join(f'<p align="justify">{esc(t)}</p>' for t in text) + "</div>", "Giới thiệu")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/index.php"] = render_home()
    out["/tin-tuc.php?cat=2"] = _listing(NEWS[:5], 1)
    out["/tin-tuc.php?cat=2&page=2"] = _listing(NEWS[5:], 2)
    out["/gioi-thieu.php"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
