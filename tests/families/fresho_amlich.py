"""A mountain district's portal that prints the lunar calendar: the lunar day before the solar
one in date lines, a perpetual calendar and a countdown in the article column, readers'
comments dated under the text, the event's day opening a lead whose page is dated only at its
foot (fresh-O, round 19: decoy dates).

Built in round 19 as a fresh family (``FRESH_O``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Hôm nay: Thứ Ba, 19/03/2024 (Âm lịch: 10/02 Giáp Thìn)".
- Articles ``/tin-tuc-su-kien/<slug>-a<id>.html``. Under the headline, one of: "Ngày 25 tháng
  Giêng năm Giáp Thìn (nhằm ngày 05/03/2024)"; "Âm lịch: 24/01 Giáp Thìn | Dương lịch:
  04/03/2024 - 16:05"; "Mùng 3 tháng Hai năm Giáp Thìn, 12/03/2024 | 09:20"; "(08/03/2024)" after
  a perpetual calendar box (the month's grid, "Âm lịch: ngày 10 tháng 2 năm Giáp Thìn") that
  heads the article column; nothing, the day only in the foot line "Đăng lúc 15:40 ngày
  06/03/2024" under a countdown "Còn 5 ngày đến Ngày hội Văn hóa các dân tộc huyện
  (24/03/2024)" and a lead "Ngày 4/3, ...".
- Readers' comments ("Ý kiến bạn đọc") under some texts, each "Name - 09/03/2024 20:15".
- Not articles: the home page, the news category, the perpetual calendar's page, the events'
  countdown page, "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, paragraphs_html, site_with_files
from tests.families.fresho_common import OArt, weekday
from tests.families.texts import KEY

SITE_ID = "fx-fo-amlich"
NAME = "Cổng thông tin điện tử huyện Sơn Hà"
TODAY = "Hôm nay: Thứ Ba, 19/03/2024 (Âm lịch: 10/02 Giáp Thìn)"
COUNTDOWN = "Còn 5 ngày đến Ngày hội Văn hóa các dân tộc huyện (24/03/2024)"


def _art(key: str, ident: int, slug: str, iso: str, form: str, line: str, **kw: object) -> OArt:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return OArt(KEY[key], f"/tin-tuc-su-kien/{slug}-a{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


COMMENTS = [("Hoàng Văn Pao", "09/03/2024 20:15", "Con đường mới giúp bà con đi lại thuận tiện, cảm ơn các cấp chính quyền."),
            ("Lý Thị Mai", "10/03/2024 07:02", "Mong huyện sớm làm tiếp đoạn đường vào bản Tả Phìn.")]  # fmt: skip
ARTICLES = [
    _art("sh-le-hoi-xuong-dong", 512, "le-hoi-xuong-dong-xa-na-khuong", "2024-03-05T00:00:00+07:00", "top",
         "Ngày 25 tháng Giêng năm Giáp Thìn (nhằm ngày 05/03/2024)", signature="Lò Văn Sơn", author="Lò Văn Sơn"),
    _art("svh-le-hoi-den", 509, "khai-mac-le-hoi-den-ba-chua-kho", "2024-03-04T16:05:00+07:00", "top",
         "Âm lịch: 24/01 Giáp Thìn | Dương lịch: 04/03/2024 - 16:05"),
    _art("nbp-ocop", 531, "cong-nhan-them-35-san-pham-ocop", "2024-03-12T09:20:00+07:00", "top",
         "Mùng 3 tháng Hai năm Giáp Thìn, 12/03/2024 | 09:20", signature="Hà Phương", author="Hà Phương"),
    _art("sh-duong-lien-xa", 516, "khanh-thanh-duong-lien-xa-na-khuong-ta-phin", "2024-03-06T15:40:00+07:00", "foot",
         "Đăng lúc 15:40 ngày 06/03/2024", signature="Vàng A Dình", author="Vàng A Dình",
         extra={"comments": COMMENTS}),
    _art("sh-tiem-chung", 524, "tiem-chung-mo-rong-cho-tre-em-vung-cao", "2024-03-08T00:00:00+07:00", "calendar",
         "(08/03/2024)", signature="Lò Văn Sơn", author="Lò Văn Sơn"),
    _art("sh-cai-cach-hanh-chinh", 527, "mot-cua-huyen-tiep-nhan-ho-so-truc-tuyen", "2024-03-11T10:30:00+07:00", "top",
         f"{weekday('2024-03-11')}, 11/03/2024 - 10:30",
         extra={"comments": [("Nguyễn Văn Toàn", "15/03/2024 21:40", "Thủ tục nhanh gọn, không phải đi lại nhiều.")]}),
    _art("sh-chuyen-doi-cay-trong", 535, "chuyen-doi-dat-lua-kem-hieu-qua", "2024-03-14T00:00:00+07:00", "calendar",
         "(14/03/2024)", signature="Hà Phương", author="Hà Phương"),
]  # fmt: skip
CHROME = ["Ý kiến bạn đọc", "Lịch vạn niên", "Âm lịch: ngày", "Còn 5 ngày", "Tin cùng chuyên mục", "Lượt truy cập",
          "Bản quyền", "Gửi ý kiến"]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(main: str, title: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/css/style.css"></head><body><div id="wrapper">
<div id="top"><span class="ngay-hom-nay">{esc(TODAY)}</span></div>
<div id="header"><img src="/images/header-sonha.jpg" alt="{esc(NAME)}"></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a> <a href="/lich-van-nien.html">Lịch vạn niên</a>
<a href="/su-kien-sap-dien-ra.html">Sự kiện sắp diễn ra</a> <a href="/lien-he.html">Liên hệ</a></div>
<div id="content">{main}</div>
<div id="footer"><p>Bản quyền © 2024 Ủy ban nhân dân huyện Sơn Hà. Lượt truy cập: 2.315.770</p>
<p>Địa chỉ: Tổ 4, thị trấn Sơn Hà. Điện thoại: 0215 3870 229</p></div></div></body></html>"""


def _calendar_box() -> str:
    cells, row = [], []
    for _ in range(4):  # March 2024 starts on a Friday: Mon..Thu blank
        row.append("<td></td>")
    for day in range(1, 32):
        row.append(f'<td class="today">{day}</td>' if day == 19 else f"<td>{day}</td>")
        if len(row) == 7:
            cells.append("<tr>" + "".join(row) + "</tr>")
            row = []
    if row:
        cells.append("<tr>" + "".join(row) + "</tr>")
    head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (f'<div class="lich-van-nien"><div class="lvn-title">Lịch vạn niên - Tháng 3/2024</div>'
            f'<table class="lvn"><tr>{head}</tr>{"".join(cells)}</table>'
            f'<p class="lvn-ngay">Thứ Ba, 19/03/2024</p><p class="lvn-am">Âm lịch: ngày 10 tháng 2 năm Giáp Thìn</p></div>')


def _countdown() -> str:
    return f'<div class="dem-nguoc"><span class="so">5</span> {esc(COUNTDOWN)}</div>'


def _figure(src: str, cap: str) -> str:
    return f'<table class="image"><tr><td><img src="{src}"></td></tr><tr><td class="caption">{esc(cap)}</td></tr></table>'


def render_article(art: OArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p align="justify">{h}</p>', _figure))
    if art.signature:
        body += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    head = f'<h1 class="title">{esc(art.title)}</h1>'
    if form == "top":
        head += f'<div class="date">{esc(art.date_line)}</div>'
    elif form == "calendar":
        head = f'<h1 class="title">{esc(art.title)} <span class="date">{esc(art.date_line)}</span></h1>'
    lead = f'<p class="sapo"><b>{esc(art.lead)}</b></p>'
    foot = f'<div class="post-time">{esc(art.date_line)}</div>' if form == "foot" else ""
    comments = ""
    if art.extra.get("comments"):
        items = "".join(f'<div class="comment"><div class="c-head"><b>{esc(n)}</b> - {d}</div><div class="c-body">{esc(t)}</div></div>'
                        for n, d, t in art.extra["comments"])
        comments = (f'<div class="y-kien"><h3>Ý kiến bạn đọc</h3>{items}'
                    '<form class="gui-y-kien"><input name="ten" placeholder="Họ tên"><textarea name="nd"></textarea>'
                    "<button>Gửi ý kiến</button></form></div>")
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in NEWS if a is not art)
    widgets = _calendar_box() if form == "calendar" else (_countdown() if form == "foot" else "")
    main = (f'<div class="col-left">{widgets}<div class="news-detail">{head}'
            f'<div class="content">{lead}{body}</div>{foot}{comments}'
            f'<div class="other"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div></div></div>')
    return _layout(main, art.title)


def render_listing() -> str:
    rows = "".join(f'<div class="item"><a href="{a.path}"><b>{esc(a.title)}</b></a> <span>({dmy(a.published)})</span>'
                   f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout(f'<div class="col-left"><h2>Tin tức - Sự kiện</h2>{rows}</div>', "Tin tức - Sự kiện")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<div class="col-left">{_countdown()}<h2>Tin mới</h2><ul>{rows}</ul></div>'
                   f'<div class="col-right">{_calendar_box()}</div>', NAME)


def render_calendar_page() -> str:
    return _layout(f'<div class="col-left"><h1>Lịch vạn niên</h1>{_calendar_box()}'
                   "<p>Xem ngày âm lịch, ngày tốt xấu theo lịch vạn niên.</p></div>", "Lịch vạn niên")


def render_events() -> str:
    events = (("Ngày hội Văn hóa các dân tộc huyện", "24/03/2024", "Còn 5 ngày"),
              ("Giải bóng đá thanh niên các xã, thị trấn", "30/03/2024", "Còn 11 ngày"),
              ("Lễ hội Gầu Tào xã Tả Phìn", "15/04/2024", "Còn 27 ngày"))
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{d}</td><td>{c}</td></tr>" for n, d, c in events)
    return _layout(f'<div class="col-left"><h1>Sự kiện sắp diễn ra</h1><table class="su-kien">'
                   f"<tr><th>Sự kiện</th><th>Ngày</th><th>Đếm ngược</th></tr>{rows}</table></div>", "Sự kiện sắp diễn ra")


def render_contact() -> str:
    return _layout('<div class="col-left"><h1>Liên hệ</h1><p>Văn phòng HĐND và UBND huyện Sơn Hà</p>'
                   "<p>Địa chỉ: Tổ 4, thị trấn Sơn Hà</p><p>Điện thoại: 0215 3870 229</p></div>", "Liên hệ")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc-su-kien.html"] = render_listing()
    out["/lich-van-nien.html"] = render_calendar_page()
    out["/su-kien-sap-dien-ra.html"] = render_events()
    out["/lien-he.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
