"""A province's news portal whose article header shows only a relative or weekday form of the
day, the absolute one in a ``title`` attribute, a tooltip or a data attribute (fresh-M, round
19: publication date conventions the other families lack).

Built in round 19 as a fresh family (``FRESH_M``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>-<n>.html``: no ``article:published_time``, no JSON-LD, no
  ``<time>``. The header's date span shows what the CMS's "time ago" script printed when the
  copy was cached, the absolute day is only in markup:
  ``<span class="time-ago" title="05/03/2024 08:40">2 tuần trước</span>``,
  ``<abbr class="timeago" title="2024-03-05T08:40:00+07:00">Thứ Ba</abbr>``,
  ``<span class="post-time" data-time="2024-03-05T08:40:00+07:00">Thứ Ba, 08:40</span>``,
  a Bootstrap tooltip ``data-original-title="Thứ Ba, 05/03/2024 - 08:40"`` on "1 tháng trước".
- The left column comes first in the source: "Tin mới" with each item's full date and time
  ("06/03/2024 10:15"), newer than the article's, before the article's header.
- An image caption names another day ("Lễ ra quân sáng 01/03/2024"); a caption is no date line.
- Signatures: a right-aligned bold name, the body's last paragraph.
- Not articles: the home page, the news category and its page 2, a search page, "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fm-tooltip"
NAME = "Cổng thông tin điện tử tỉnh Lâm Bình"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _weekday(iso: str) -> str:
    from datetime import date

    return _DAYS[date.fromisoformat(iso[:10]).weekday()]


def _art(key: str, slug: str, ident: int, iso: str, form: str, shown: str, **kw: object) -> Art:
    """``form``: how the header carries the absolute day (title, abbr, data, tooltip)."""
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, shown, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("q13-via-he", "ra-quan-lap-lai-trat-tu-via-he", 4102, "2024-03-05T08:40:00+07:00", "title", "2 tuần trước",
         signature="Minh Châu", author="Minh Châu",
         image=("/uploads/2024/03/via-he.jpg", "Lễ ra quân sáng 01/03/2024 tại quảng trường trung tâm (Ảnh: Minh Châu).")),
    _art("kh-xuc-tien-dau-tu", "hoi-nghi-xuc-tien-dau-tu", 4107, "2024-03-07T14:15:00+07:00", "abbr", "Thứ Năm",
         signature="Thu Hà", author="Thu Hà"),
    _art("bt-khanh-thanh-cau", "khanh-thanh-cau-con-ngang", 4111, "2024-03-11T09:30:00+07:00", "data", "Thứ Hai, 09:30"),
    _art("dt-hien-mau", "ngay-hoi-hien-mau-tinh-nguyen", 4115, "2024-03-02T07:50:00+07:00", "tooltip", "1 tháng trước",
         signature="Quang Huy", author="Quang Huy",
         image=("/uploads/2024/03/hien-mau.jpg", "Đoàn viên thanh niên hiến máu ngày 28/02/2024 tại điểm hiến máu lưu động.")),
    _art("hg-chu-ky-so", "cap-chu-ky-so-mien-phi", 4120, "2024-03-13T16:05:00+07:00", "title", "5 ngày trước"),
    _art("nl-phien-viec-lam", "phien-giao-dich-viec-lam-thang-3", 4124, "2024-03-15T10:20:00+07:00", "data", "Thứ Sáu, 10:20",
         signature="Thu Hà", author="Thu Hà"),
    _art("ks-nhan-hieu-buoi", "buoi-dong-ly-duoc-bao-ho", 4128, "2024-02-27T15:45:00+07:00", "abbr", "Thứ Ba",
         signature="Minh Châu", author="Minh Châu"),
]  # fmt: skip
CHROME = ["Tin mới", "Đọc nhiều", "Tin cùng chuyên mục", "Chia sẻ:", "Lượt truy cập", "Bản quyền thuộc",
          "Đường dây nóng", "Trang chủ"]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
#: the "Tin mới" column also lists items posted after the cached copies (never the article's date)
LATEST = [("Tỉnh Lâm Bình triển khai Tháng Thanh niên năm 2024", "/tin-tuc/thang-thanh-nien-4135.html", "2024-03-18T10:15:00+07:00"),
          ("Công bố chỉ số cải cách hành chính năm 2023", "/tin-tuc/chi-so-cai-cach-hanh-chinh-4133.html", "2024-03-16T08:05:00+07:00")]  # fmt: skip


def _stamp(art: Art) -> str:
    iso, form, shown = art.published, art.extra["form"], art.date_line
    if form == "title":
        return f'<span class="time-ago" title="{dmy(iso)} {hm(iso)}">{esc(shown)}</span>'
    if form == "abbr":
        return f'<abbr class="timeago" title="{iso}">{esc(shown)}</abbr>'
    if form == "data":
        return f'<span class="post-time" data-time="{iso}">{esc(shown)}</span>'
    tip = f"{_weekday(iso)}, {dmy(iso)} - {hm(iso)}"
    return (f'<span class="date" data-toggle="tooltip" data-placement="top" data-original-title="{tip}">'
            f'<i class="fa fa-clock-o"></i> {esc(shown)}</span>')


def _layout(main: str, title: str) -> str:
    latest = "".join(
        f'<li><a href="{p}">{esc(t)}</a><span class="time">{dmy(iso)} {hm(iso)}</span></li>' for t, p, iso in LATEST
    ) + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{dmy(a.published)} {hm(a.published)}</span></li>'
                for a in NEWS[:4])
    popular = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[2:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)}</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css"><script src="/assets/js/jquery.timeago.js"></script></head>
<body><header class="site-header"><div class="container"><a class="logo" href="/"><img src="/assets/img/logo.png" alt="{esc(NAME)}"></a>
<div class="hotline">Đường dây nóng: 0216 3852 114</div></div>
<nav class="navbar"><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-tuc">Tin tức</a></li>
<li><a href="/tim-kiem">Tìm kiếm</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>
<div class="container"><div class="row">
<aside class="col-md-3 col-left"><div class="box"><h3 class="box-title">Tin mới</h3><ul class="list-latest">{latest}</ul></div>
<div class="box"><h3 class="box-title">Đọc nhiều</h3><ul>{popular}</ul></div></aside>
<main class="col-md-9">{main}</main></div></div>
<footer class="footer"><div class="container"><p>Bản quyền thuộc Ủy ban nhân dân tỉnh Lâm Bình</p>
<p>Địa chỉ: Số 12 đường Trần Hưng Đạo, thành phố Lâm Bình. Điện thoại: 0216 3852 114</p>
<p>Lượt truy cập: 2.418.306</p></div></footer></body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    same = "".join([f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS if a is not art][:5])
    main = (f'<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-tuc">Tin tức</a></li></ol>'
            f'<article class="post-detail"><h1 class="post-title">{esc(art.title)}</h1>'
            f'<div class="post-meta">{_stamp(art)} <span class="cat">Tin tức</span></div>'
            f'<div class="post-sapo"><strong>{esc(art.lead)}</strong></div><div class="post-content">{body}</div>'
            f'<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>'
            f'<div class="box-related"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div>')
    return _layout(main, f"{art.title} - {NAME}")


def _listing(arts: list[Art], page: int) -> str:
    rows = "".join(
        f'<div class="item"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<span class="time-ago" title="{dmy(a.published)} {hm(a.published)}">{esc(a.date_line)}</span>'
        f"<p>{esc(a.lead[:160])}...</p></div>" for a in arts
    )
    pager = ('<ul class="pagination"><li class="active">1</li><li><a href="/chuyen-muc/tin-tuc?page=2">2</a></li></ul>'
             if page == 1 else '<ul class="pagination"><li><a href="/chuyen-muc/tin-tuc">1</a></li><li class="active">2</li></ul>')
    return _layout(f'<h1 class="cat-title">Tin tức</h1><div class="list-news">{rows}</div>{pager}', f"Tin tức - {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{dmy(a.published)}</span></li>' for a in NEWS)
    return _layout(f'<div class="home-news"><h2>Tin tức - Sự kiện</h2><ul>{rows}</ul></div>', NAME)


def render_search() -> str:
    form = ('<form action="/tim-kiem" method="get"><label>Từ khóa</label><input name="q"><label>Từ ngày</label>'
            '<input name="from" placeholder="dd/mm/yyyy"><label>Đến ngày</label><input name="to" placeholder="dd/mm/yyyy">'
            '<button type="submit">Tìm kiếm</button></form>')
    return _layout(f'<h1 class="cat-title">Tìm kiếm</h1>{form}<p>Nhập từ khóa để tìm kiếm tin bài.</p>', f"Tìm kiếm - {NAME}")


def render_contact() -> str:
    text = ("Văn phòng Ủy ban nhân dân tỉnh Lâm Bình, số 12 đường Trần Hưng Đạo, thành phố Lâm Bình.",
            "Điện thoại: 0216 3852 114. Thư điện tử: vanphong@lambinh.gov.vn.",
            "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lâm Bình. Chịu trách nhiệm chính: Chánh Văn phòng.")
    return _layout('<h1 class="cat-title">Liên hệ</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Liên hệ - {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/chuyen-muc/tin-tuc"] = _listing(NEWS[:5], 1)
    out["/chuyen-muc/tin-tuc?page=2"] = _listing(NEWS[5:], 2)
    out["/tim-kiem"] = render_search()
    out["/lien-he"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin\n")
