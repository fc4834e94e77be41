"""A district's Joomla portal whose editors type the day themselves: in words, with dots and
a two-digit year, with dashes and single digits, beside the view count, only as an update,
or only at the foot of an event article whose text names many other days (fresh-M, round
19: publication date conventions the other families lack).

Built in round 19 as a fresh family (``FRESH_M``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc-su-kien/<n>-<slug>.html``; no ``<time>``, no ``article:`` meta, no
  JSON-LD. Under the headline, one of: "Thứ Ba, ngày 5 tháng 3 năm 2024" (no time: 00:00),
  "Ngày 04 tháng 03 năm 2024" (zero-padded words), "05.03.24 - 08:40" (dots, two-digit
  year), "Đăng ngày: 5-3-2024" (dashes, single digits), "Lượt xem: 120 | 12/03/2024" (the
  day beside the view count), "Cập nhật: 14:30 ngày 8-3-2024" (only an update: ``date_basis``
  "updated").
- An event article shows no day under its headline; its text names six days (registration,
  the draw, the contest, last year's) and the day it was posted is only in the foot line
  "Ngày đăng: 06/03/2024" after the body.
- A post announcing a district decision shows the decision's record first ("Ngày ban hành:
  01/03/2024", "Ngày hiệu lực: 15/03/2024") in a table between the headline row and the body;
  the post's own day is the one in words above it.
- Signatures: a right-aligned bold name, the body's last paragraph.
- Not articles: the home page, the news category and its page 2, the week's work calendar
  (a table of days), "Giới thiệu".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fm-chu"
NAME = "Cổng thông tin điện tử huyện Đông Lạc"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _weekday(iso: str) -> str:
    from datetime import date

    return _DAYS[date.fromisoformat(iso[:10]).weekday()]


def _d(iso: str) -> tuple[int, int, int]:
    return int(iso[8:10]), int(iso[5:7]), int(iso[:4])


def shown(iso: str, form: str) -> str:
    d, m, y = _d(iso)
    if form == "words":
        return f"{_weekday(iso)}, ngày {d} tháng {m} năm {y}"
    if form == "words0":
        return f"Ngày {d:02d} tháng {m:02d} năm {y}"
    if form == "dots":
        return f"{d:02d}.{m:02d}.{y % 100:02d} - {hm(iso)}"
    if form == "dashes":
        return f"Đăng ngày: {d}-{m}-{y}"
    if form == "views":
        return f"Lượt xem: {120 + d} | {dmy(iso)}"
    if form == "updated":
        return f"Cập nhật: {hm(iso)} ngày {d}-{m}-{y}"
    if form == "foot":
        return f"Ngày đăng: {dmy(iso)}"
    raise ValueError(form)


def _art(key: str, ident: int, slug: str, iso: str, form: str, **kw: object) -> Art:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    if form == "updated":
        extra["date_basis"] = "updated"
    return Art(KEY[key], f"/tin-tuc-su-kien/{ident}-{slug}.html", iso, shown(iso, form), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tg-le-hoi-nghinh-ong", 231, "le-hoi-nghinh-ong-nam-2024", "2024-03-05T00:00:00+07:00", "words",
         signature="Văn Dũng", author="Văn Dũng"),
    _art("fm-van-ban-ho-tro", 234, "quy-dinh-ho-tro-san-xuat-nong-nghiep", "2024-03-04T00:00:00+07:00", "words0",
         extra={"record": ("15/2024/QĐ-UBND", "01/03/2024", "15/03/2024", "Nguyễn Văn Thắng")}),
    _art("ml-cho-phien", 236, "cho-phien-diem-hen-cuoi-tuan", "2024-03-07T08:40:00+07:00", "dots",
         signature="Lò Thị Xuân", author="Lò Thị Xuân",
         image=("/images/2024/03/cho-phien.jpg", "Phiên chợ sáng Chủ nhật 25.02.24 đông vui hơn mọi tuần.")),
    _art("pl-lien-hoan-dan-ca", 239, "lien-hoan-dan-ca-lan-thu-v", "2024-03-09T00:00:00+07:00", "dashes",
         signature="Văn Dũng", author="Văn Dũng"),
    _art("fm-hoi-thi-van-nghe", 241, "hoi-thi-van-nghe-quan-chung-2024", "2024-03-06T00:00:00+07:00", "foot"),
    _art("svh-giai-chay", 244, "giai-chay-vi-suc-khoe-cong-dong", "2024-03-12T00:00:00+07:00", "views",
         signature="Hà Anh", author="Hà Anh"),
    _art("pm-tong-ve-sinh", 247, "ra-quan-tong-ve-sinh-moi-truong", "2024-03-08T14:30:00+07:00", "updated",
         signature="Lò Thị Xuân", author="Lò Thị Xuân"),
    _art("tl-cau-yen-binh", 250, "thong-xe-cau-yen-binh", "2024-03-14T16:10:00+07:00", "dots"),
]  # fmt: skip
CHROME = ["Các tin khác", "Tin mới nhất", "Lịch công tác", "Số người truy cập", "Đang trực tuyến",
          "Bản quyền thuộc", "In bài", "Gửi email"]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
WEEK = [("Thứ Hai", "11/03/2024", "08:00", "Họp giao ban Thường trực Ủy ban nhân dân huyện", "Phòng họp số 1"),
        ("Thứ Ba", "12/03/2024", "07:30", "Kiểm tra tiến độ xây dựng nông thôn mới xã Đông Hòa", "Xã Đông Hòa"),
        ("Thứ Tư", "13/03/2024", "14:00", "Tiếp công dân định kỳ", "Trụ sở Tiếp công dân huyện"),
        ("Thứ Năm", "14/03/2024", "08:00", "Hội nghị triển khai công tác phòng cháy rừng", "Hội trường huyện"),
        ("Thứ Sáu", "15/03/2024", "15:00", "Làm việc với Ban Quản lý dự án đầu tư xây dựng", "Phòng họp số 2")]  # fmt: skip


def _layout(main: str, title: str) -> str:
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{esc(title)}</title>
<link href="/templates/donglac/css/template.css" rel="stylesheet"></head>
<body class="site com_content view-article"><div class="header"><img src="/images/banner-donglac.png" alt="{esc(NAME)}"></div>
<div class="navigation"><ul class="nav menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li><li><a href="/lich-cong-tac.html">Lịch công tác</a></li></ul></div>
<div class="body"><div class="row-fluid"><main id="content" class="span9">{main}</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Tin mới nhất</h3><ul class="latestnews">{newest}</ul></div>
<div class="moduletable"><h3>Thống kê</h3><p>Số người truy cập: 856.204</p><p>Đang trực tuyến: 37</p></div></div></div></div>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân huyện Đông Lạc</p><p>Địa chỉ: Thị trấn Đông Lạc. Điện thoại: 0229 3866 012</p></div>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<p style="text-align: center;"><img src="{src}" alt=""></p><p style="text-align: center;"><em>{esc(cap)}</em></p>'


def _record(rec: tuple[str, str, str, str]) -> str:
    number, issued, effective, signer = rec
    rows = (("Số ký hiệu", number), ("Ngày ban hành", issued), ("Ngày hiệu lực", effective), ("Người ký", signer))
    return '<table class="vanban">' + "".join(f"<tr><td>{k}:</td><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>"


def render_article(art: Art) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align: justify;">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    info = "" if form == "foot" else f'<dd class="published">{esc(art.date_line)}</dd>'
    record = _record(art.extra["record"]) if "record" in art.extra else ""
    foot = f'<p class="ngay-dang">{esc(art.date_line)}</p>' if form == "foot" else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS if a is not art)
    main = (f'<div class="item-page"><div class="page-header"><h2 itemprop="headline">{esc(art.title)}</h2></div>'
            f'<dl class="article-info muted">{info}</dl>'
            f'<div class="icons"><a href="#" onclick="window.print();return false;">In bài</a> <a href="#">Gửi email</a></div>'
            f'{record}<div itemprop="articleBody"><p style="text-align: justify;"><strong>{esc(art.lead)}</strong></p>{body}</div>{foot}'
            f'<div class="items-more"><h3>Các tin khác</h3><ol class="nav nav-tabs nav-stacked">{others}</ol></div></div>')
    return _layout(main, art.title)


def _listing(arts: list[Art], page: int) -> str:
    rows = "".join(
        f'<div class="item"><h2><a href="{a.path}">{esc(a.title)}</a></h2><p class="small">{dmy(a.published)}</p>'
        f"<p>{esc(a.lead[:170])}...</p></div>" for a in arts
    )
    pager = ('<div class="pagination"><ul><li class="active"><span>1</span></li><li><a href="/tin-tuc-su-kien.html?start=6">2</a></li></ul></div>'
             if page == 1 else '<div class="pagination"><ul><li><a href="/tin-tuc-su-kien.html">1</a></li><li class="active"><span>2</span></li></ul></div>')
    return _layout(f'<div class="blog"><h1>Tin tức - Sự kiện</h1>{rows}{pager}</div>', "Tin tức - Sự kiện")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>' for a in NEWS)
    return _layout(f'<div class="home"><h3>Tin tức - Sự kiện</h3><ul>{rows}</ul></div>', NAME)


def render_calendar() -> str:
    rows = "".join(f"<tr><td>{d}<br>{day}</td><td>{t}</td><td>{esc(w)}</td><td>{esc(p)}</td></tr>" for d, day, t, w, p in WEEK)
    return _layout('<div class="item-page"><h2>Lịch công tác tuần 11 năm 2024 (từ 11/03/2024 đến 15/03/2024)</h2>'
                   f'<table class="lich"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}</table></div>',
                   "Lịch công tác")


def render_about() -> str:
    text = ("Huyện Đông Lạc được thành lập ngày 15 tháng 6 năm 1977, có diện tích tự nhiên 412 km², gồm 14 xã và 1 thị trấn.",
            "Dân số toàn huyện hơn 96.000 người; kinh tế chủ yếu là nông nghiệp, đang chuyển dịch sang công nghiệp và dịch vụ.",
            "Huyện có nhiều di tích lịch sử, văn hóa cấp tỉnh và lễ hội truyền thống được tổ chức hằng năm.")
    return _layout('<div class="item-page"><h2>Giới thiệu chung</h2>' + "".join(f"<p>{esc(t)}</p>" for t in text) + "</div>",
                   "Giới thiệu")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc-su-kien.html"] = _listing(NEWS[:6], 1)
    out["/tin-tuc-su-kien.html?start=6"] = _listing(NEWS[6:], 2)
    out["/lich-cong-tac.html"] = render_calendar()
    out["/gioi-thieu.html"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /administrator/\n")
