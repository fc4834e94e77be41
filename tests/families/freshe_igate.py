"""A province's portal on a Java (JSP) vendor platform whose templates print the database's
values as they come (fresh-E, round 17).

Built in round 17 as a fresh family (``FRESH_E``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/vi/tin-tuc/<id>/<slug>.html``: the title ``h2.title-detail``, the sapo
  ``p.sapo``, the body ``div.content-detail`` (``<p>``; a picture a ``figure``).
- The date line ``div.info-detail`` as the template prints a ``java.sql.Timestamp``:
  "Ngày đăng: 2024-03-05 15:20:00.0" (year first, a tenth of a second after the seconds);
  "Ngày tạo: 2024-02-28 16:40:00.0 | Ngày đăng tải: 2024-03-01 07:30:00.0" (the draft's
  creation, then the publication: the publication wins); an Angular widget's raw ISO value,
  "Thời gian: 2024-02-29T14:10:00" (no zone: the site's clock) and
  "2024-02-27T09:00:00.000+07:00"; day-first "Ngày tạo: 20/02/2024 - Ngày đăng tải:
  26/02/2024" (the creation first again, day only); "Ngày đăng: 23/02/2024 16:00:00".
- The view count beside the date ("Lượt xem: 125"); bylines "Tác giả: X" in the same row or a
  bold signature at the end; one "Nguồn: ..." line.
- Every page: the header's date "Thứ Tư, ngày 06/03/2024", a "Văn bản mới" box whose items
  show their issue dates as Timestamps too ("2024-03-06 00:00:00.0"), a footer with a year.
- Non-articles: the home page, a category and its page 2, a documents listing, a
  document's page (labelled fields), contact page, an events calendar listing dates.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fe-igate"
NAME = "Cổng thông tin điện tử tỉnh Hòa Giang"
BASE_URL = "https://hoagiang.gov.vn/"


def ts(iso: str) -> str:
    """A ``java.sql.Timestamp`` printed: "2024-03-05 15:20:00.0"."""
    return f"{iso[:10]} {iso[11:19]}.0"


def _art(key: str, ident: int, slug: str, iso: str, line: str, **kw: object) -> Art:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/vi/tin-tuc/{ident}/{slug}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bt-khanh-thanh-cau", 5412, "khanh-thanh-cau-con-ngang", "2024-03-05T15:20:00+07:00",
         "Ngày đăng: 2024-03-05 15:20:00.0", byline="Tác giả: Trần Hùng", author="Trần Hùng",
         image=("/upload/2024/03/cau-con-ngang.jpg", "Cầu Cồn Ngang nối hai xã cù lao với đất liền.")),
    _art("bt-gia-lua", 5409, "gia-lua-tang-cao-nong-dan-phan-khoi", "2024-03-04T08:05:31+07:00",
         "Ngày đăng: 2024-03-04 08:05:31.0", signature="Ngọc Hân", author="Ngọc Hân"),
    _art("bt-sot-xuat-huyet", 5401, "so-ca-mac-sot-xuat-huyet-tang", "2024-03-01T07:30:00+07:00",
         "Ngày tạo: 2024-02-28 16:40:00.0 | Ngày đăng tải: 2024-03-01 07:30:00.0",
         source_line="Nguồn: Sở Y tế", source="Sở Y tế"),
    _art("q13-nao-vet-kenh", 5398, "khoi-dong-nao-vet-rach-ben-dinh", "2024-02-29T14:10:00+07:00",
         "Thời gian: 2024-02-29T14:10:00", byline="Tác giả: Lê Phương", author="Lê Phương"),
    _art("ml-dien-luoi", 5392, "dong-dien-luoi-quoc-gia-cho-96-ho-dan", "2024-02-27T09:00:00+07:00",
         "2024-02-27T09:00:00.000+07:00", signature="Hoàng Sơn", author="Hoàng Sơn",
         image=("/upload/2024/02/dong-dien.jpg", "Công nhân điện lực đấu nối điện cho bản Huổi Sang.")),
    _art("pm-dich-vu-cong", 5387, "huong-dan-nop-ho-so-truc-tuyen", "2024-02-26T00:00:00+07:00",
         "Ngày tạo: 20/02/2024 - Ngày đăng tải: 26/02/2024"),
    _art("bt-an-toan-giao-thong", 5380, "tai-nan-giao-thong-giam-ca-ba-tieu-chi", "2024-02-23T16:00:00+07:00",
         "Ngày đăng: 23/02/2024 16:00:00", signature="Phòng Cảnh sát giao thông", author="Phòng Cảnh sát giao thông"),
]  # fmt: skip
CHROME = ["Văn bản mới", "Lượt xem", "Thứ Tư, ngày 06/03/2024", "Bản quyền", "Chia sẻ", "In trang", "Trang chủ"]
DOCS = [("25/2024/QĐ-UBND", "2024-03-06", "Quyết định ban hành quy định quản lý cụm công nghiệp"),
        ("18/CT-UBND", "2024-03-01", "Chỉ thị về phòng, chống hạn hán, xâm nhập mặn mùa khô"),
        ("342/KH-UBND", "2024-02-22", "Kế hoạch cải cách hành chính năm 2024")]  # fmt: skip
EVENTS = [("08/03/2024", "Gặp mặt kỷ niệm Ngày Quốc tế Phụ nữ"), ("26/03/2024", "Lễ ra quân Tháng Thanh niên"),
          ("30/04/2024", "Kỷ niệm Ngày giải phóng miền Nam")]  # fmt: skip
PER_PAGE = 5


def _layout(title: str, main: str) -> str:
    docs = "".join(f'<li><a href="/vi/van-ban/{n.split("/")[0]}.html">{esc(n)}</a> <span class="date">{d} 00:00:00.0</span>'
                   f"<p>{esc(t)}</p></li>" for n, d, t in DOCS)
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/portal/css/style.css"><script src="/portal/js/jquery.min.js"></script></head><body>
<div id="header"><div class="date-now">Thứ Tư, ngày 06/03/2024</div><a href="/vi/"><img src="/portal/images/banner.jpg" alt="{esc(NAME)}"></a></div>
<div id="menu"><ul><li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/tin-tuc.html">Tin tức - Sự kiện</a></li>
<li><a href="/vi/van-ban.html">Văn bản</a></li><li><a href="/vi/lich-su-kien.html">Lịch sự kiện</a></li><li><a href="/vi/lien-he.html">Liên hệ</a></li></ul></div>
<div id="wrapper"><div id="main-content">{main}</div>
<div id="sidebar"><div class="box"><div class="box-title">Văn bản mới</div><ul class="doc-list">{docs}</ul></div></div></div>
<div id="footer">Bản quyền © 2019 {esc(NAME)}. Cơ quan chủ quản: Văn phòng UBND tỉnh. Giấy phép số 45/GP-TTĐT.</div>
</body></html>"""


def render_article(art: Art) -> str:
    body = ""
    images = [art.image] if art.image else []
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += f'<figure><img src="{images[i][0]}" alt=""><figcaption>{esc(images[i][1])}</figcaption></figure>'
    for line in (art.signature, art.source_line):
        if line:
            body += f'<p style="text-align:right"><b>{esc(line)}</b></p>'
    by = f' | <span class="author">{esc(art.byline)}</span>' if art.byline else ""
    main = f"""<div class="breadcrumb"><a href="/vi/">Trang chủ</a> / <a href="/vi/tin-tuc.html">Tin tức - Sự kiện</a></div>
<div class="news-detail"><h2 class="title-detail">{esc(art.title)}</h2>
<div class="info-detail"><span class="time">{art.date_line}</span>{by} | <span class="view">Lượt xem: {art.extra["id"] % 300}</span></div>
<p class="sapo"><b>{esc(art.lead)}</b></p><div class="content-detail">{body}</div>
<div class="tool"><a href="#">Chia sẻ</a> | <a href="javascript:window.print()">In trang</a></div></div>"""
    return _layout(f"{art.title} | {NAME}", main)


def _list(title: str, arts: list[Art], more: str = "") -> str:
    items = "".join(
        f'<div class="news-item"><a href="{a.path}"><img src="/upload/thumb/{a.extra["id"]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{ts(a.published)}</span><p>{esc(a.lead)}</p></div>'
        for a in arts
    )
    return _layout(f"{title} | {NAME}", f'<div class="cat-title">{esc(title)}</div>{items}{more}')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/vi/"] = _list("Tin nổi bật", ARTICLES[:4])
    out["/vi/tin-tuc.html"] = _list("Tin tức - Sự kiện", ARTICLES[:PER_PAGE],
                                    '<div class="paging"><a href="/vi/tin-tuc.html?page=2">2</a></div>')
    out["/vi/tin-tuc.html?page=2"] = _list("Tin tức - Sự kiện", ARTICLES[PER_PAGE:],
                                           '<div class="paging"><a href="/vi/tin-tuc.html">1</a></div>')
    rows = "".join(f'<tr><td><a href="/vi/van-ban/{n.split("/")[0]}.html">{esc(n)}</a></td><td>{d} 00:00:00.0</td><td>{esc(t)}</td></tr>'
                   for n, d, t in DOCS)
    out["/vi/van-ban.html"] = _layout(f"Văn bản | {NAME}", '<div class="cat-title">Văn bản chỉ đạo điều hành</div><table class="tbl">'
                                      f"<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>")
    for n, d, t in DOCS:
        out[f"/vi/van-ban/{n.split('/')[0]}.html"] = _layout(f"{n} | {NAME}", (
            f'<div class="cat-title">Chi tiết văn bản</div><table class="tbl-detail"><tr><td>Số hiệu</td><td>{esc(n)}</td></tr>'
            f"<tr><td>Ngày ban hành</td><td>{d} 00:00:00.0</td></tr><tr><td>Trích yếu</td><td>{esc(t)}</td></tr>"
            "<tr><td>Cơ quan ban hành</td><td>UBND tỉnh</td></tr><tr><td>Người ký</td><td>Nguyễn Văn Phước</td></tr>"
            f'<tr><td>Tệp đính kèm</td><td><a href="/upload/vanban/{n.split("/")[0]}.pdf">Tải về</a></td></tr></table>'))
    ev = "".join(f"<tr><td>{d}</td><td>{esc(t)}</td></tr>" for d, t in EVENTS)
    out["/vi/lich-su-kien.html"] = _layout(f"Lịch sự kiện | {NAME}", f'<div class="cat-title">Lịch sự kiện</div><table class="tbl">{ev}</table>')
    out["/vi/lien-he.html"] = _layout(f"Liên hệ | {NAME}", (
        '<div class="cat-title">Liên hệ</div><p>Văn phòng Ủy ban nhân dân tỉnh Hòa Giang, số 1 đường Hùng Vương, thành phố Hòa '
        "Giang.</p><p>Điện thoại: 0275 3822 105. Thư điện tử: vpubnd@hoagiang.gov.vn.</p>"))
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    for n, *_ in DOCS:
        pages[f"/upload/vanban/{n.split('/')[0]}.pdf"] = Page(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n%%EOF\n")
    return site_with_files(pages, robots="User-agent: *\nAllow: /\n", sitemaps=None)
