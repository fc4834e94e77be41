"""A ward's portal on a hosted platform whose theme prints the day without its year (this year's
posts) and keeps the full value in markup, or nowhere near: ``<abbr title>``, ``<time>`` without
``datetime``, a Unix timestamp under "Hôm qua", microdata written day first, a badge whose year is
a box of its own (fresh-W, round 21: publication-date conventions the earlier date sets did not
hold).

Built in round 21 as a fresh family (``FRESH_W``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Hôm nay: Thứ Tư, 20/03/2024"; the side column "Thông báo" with
  year-less days; "Tin cùng chuyên mục" with full days under each post; the footer "© Bản quyền
  2024 thuộc Ủy ban nhân dân phường Phú Mỹ".
- Articles ``/bai-viet/<slug>-<id>.html``. Per article: ``<abbr class="published" title="04/03/2024
  08:15">04/03</abbr>``; ``<time>T3, 05/03 - 10:20</time>`` (no ``datetime``); ``<span
  data-timestamp="1709684400">Hôm qua</span>`` (6 March 07:20 in Vietnam); "07/03 16:30" with
  microdata ``<meta itemprop="datePublished" content="07/03/2024 16:30">``; "08/03 | 09:00 | 125
  lượt xem"; ``<abbr class="timeago" title="2024-03-11T14:00:00+07:00">11/03 14:00</abbr>``; a
  badge "15/03" over "2024" above a lead "Chiều 14/3, ...".
- Not articles: the home page, the news and notices sections, the week's work calendar,
  "Giới thiệu".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshw_common import WArt
from tests.families.texts import KEY

SITE_ID = "fx-fw-xaphuong"
NAME = "Cổng thông tin điện tử phường Phú Mỹ"
TODAY = "Hôm nay: Thứ Tư, 20/03/2024"


def _art(key: str, slug: str, ident: int, iso: str, form: str, line: str, **kw: object) -> WArt:
    extra = {"form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return WArt(KEY[key], f"/bai-viet/{slug}-{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pm-tiem-chung", "tiem-chung-mo-rong-thang-3", 801, "2024-03-04T08:15:00+07:00", "abbr", "04/03",
         signature="Trạm Y tế phường", author="Trạm Y tế phường", extra={"title": "04/03/2024 08:15"}),
    _art("pm-dich-vu-cong", "huong-dan-nop-ho-so-truc-tuyen", 806, "2024-03-05T10:20:00+07:00", "time", "T3, 05/03 - 10:20",
         signature="Ngọc Hân", author="Ngọc Hân"),
    _art("bs-tiem-phong-gia-cam", "tiem-phong-cum-gia-cam-dot-1", 811, "2024-03-06T07:20:00+07:00", "epoch", "Hôm qua",
         signature="Ngọc Hân", author="Ngọc Hân", extra={"ts": 1709684400}),
    _art("pm-giao-quan", "gap-mat-thanh-nien-len-duong-nhap-ngu", 817, "2024-03-07T16:30:00+07:00", "microdata", "07/03 16:30",
         signature="Công an phường", author="Công an phường", extra={"md": "07/03/2024 16:30"},
         image=("/uploads/tin-tuc/2024/02/giao-quan.jpg", "Lãnh đạo phường tặng quà thanh niên nhập ngũ.")),
    _art("bs-ra-quan-lam-dep", "ra-quan-lam-dep-canh-quan", 822, "2024-03-08T09:00:00+07:00", "row", "08/03 | 09:00 | 125 lượt xem",
         signature="Ngọc Hân", author="Ngọc Hân"),
    _art("pm-tong-ve-sinh", "ra-quan-tong-ve-sinh-khu-pho", 828, "2024-03-11T14:00:00+07:00", "abbr_iso", "11/03 14:00",
         signature="Ngọc Hân", author="Ngọc Hân", extra={"title": "2024-03-11T14:00:00+07:00"}),
    _art("pm-tiep-cong-dan", "chu-tich-phuong-tiep-cong-dan", 833, "2024-03-15T00:00:00+07:00", "badge", "15/03 2024",
         signature="Văn phòng UBND phường", author="Văn phòng UBND phường"),
]  # fmt: skip
CHROME = ["Thông báo", "Tin cùng chuyên mục", "Bản quyền 2024", "Liên kết website", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
NOTICES = [("Lịch tiếp công dân tháng 3", "18/03"), ("Thông báo thu phí vệ sinh năm 2024", "12/03"),
           ("Thông báo tuyển dụng bảo vệ dân phố", "01/03")]  # fmt: skip
WEEK = [("Thứ Hai 18/03", "Giao ban Thường trực Đảng ủy - UBND phường"), ("Thứ Ba 19/03", "Tiếp công dân định kỳ"),
        ("Thứ Năm 21/03", "Kiểm tra vệ sinh an toàn thực phẩm các quán ăn")]  # fmt: skip


def _full(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _layout(main: str, title: str) -> str:
    notices = "".join(f'<li><a href="/thong-bao.html">{esc(n)}</a> <em>({d})</em></li>' for n, d in NOTICES)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/themes/phuong/style.css"></head><body>
<div class="top-bar"><span>{TODAY}</span></div>
<div class="banner"><a href="/"><img src="/themes/phuong/banner.jpg" alt="{esc(NAME)}"></a></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li><li><a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li>
<li><a href="/thong-bao.html">Thông báo</a></li><li><a href="/lich-cong-tac.html">Lịch công tác</a></li></ul>
<div class="page"><div class="content">{main}</div>
<div class="sidebar"><div class="widget"><div class="widget-title">Thông báo</div><ul>{notices}</ul></div>
<div class="widget"><div class="widget-title">Liên kết website</div><select><option>Cổng TTĐT tỉnh</option><option>Cổng Dịch vụ công quốc gia</option></select></div></div></div>
<div class="footer">© Bản quyền 2024 thuộc Ủy ban nhân dân phường Phú Mỹ<br>Địa chỉ: số 12 đường Nguyễn Trãi, phường Phú Mỹ. Điện thoại: 0274 3822 456</div>
</body></html>"""


def _date(art: WArt) -> str:
    form, line = art.extra["form"], esc(art.date_line)
    if form in ("abbr", "abbr_iso"):
        cls = "published" if form == "abbr" else "timeago"
        return f'<div class="post-meta"><i class="fa fa-clock-o"></i> <abbr class="{cls}" title="{art.extra["title"]}">{line}</abbr></div>'
    if form == "time":
        return f'<div class="post-meta"><time class="post-date">{line}</time></div>'
    if form == "epoch":
        return f'<div class="post-meta"><i class="fa fa-clock-o"></i> <span class="timeago" data-timestamp="{art.extra["ts"]}">{line}</span></div>'
    if form == "microdata":
        day, time = art.date_line.split(" ")
        return (f'<div class="post-meta"><meta itemprop="datePublished" content="{art.extra["md"]}">'
                f'<span class="date">{day}</span> <span class="time">{time}</span></div>')
    if form == "row":
        day, time, views = art.date_line.split(" | ")
        return f'<div class="post-meta"><span class="date">{day}</span> | <span class="time">{time}</span> | <span class="views">{views}</span></div>'
    day, year = art.date_line.split(" ")
    return f'<div class="date-badge"><span class="dm">{day}</span>\n<span class="yy">{year}</span></div>'


def _figure(src: str, cap: str) -> str:
    return f'<div class="image"><img src="{src}" alt=""><div class="caption">{esc(cap)}</div></div>'


def render_article(art: WArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    scope = ' itemscope itemtype="https://schema.org/NewsArticle"' if art.extra["form"] == "microdata" else ""
    headline = ' itemprop="headline"' if scope else ""
    badge = _date(art) if art.extra["form"] == "badge" else ""
    meta = "" if badge else _date(art)
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{_full(a.published)}</span></li>' for a in NEWS if a is not art)
    main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></div>'
            f'<div class="post"{scope}>{badge}<h1 class="post-title"{headline}>{esc(art.title)}</h1>{meta}'
            f'<div class="post-sapo">{esc(art.lead)}</div><div class="post-content">{body}</div>'
            f'<div class="post-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="#" onclick="window.print()">In</a></div></div>'
            f'<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>')
    return _layout(main, f"{art.title} - {NAME}")


def render_news() -> str:
    rows = "".join(f'<div class="item"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["form"]}.jpg" alt=""></a><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                   f'<span class="date">{_full(a.published)}</span><p>{esc(a.lead[:150])}...</p></div>' for a in NEWS)
    return _layout(f'<h2 class="page-title">Tin tức - Sự kiện</h2>{rows}', f"Tin tức - Sự kiện - {NAME}")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({a.published[8:10]}/{a.published[5:7]})</span></li>' for a in NEWS)
    return _layout(f'<div class="home-news"><h2>Tin mới</h2><ul>{rows}</ul></div>', NAME)


def render_notices() -> str:
    rows = "".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{d}/2024</td></tr>" for i, (n, d) in enumerate(NOTICES))
    return _layout(f'<h2 class="page-title">Thông báo</h2><table class="list"><tr><th>STT</th><th>Tiêu đề</th><th>Ngày</th></tr>{rows}</table>',
                   f"Thông báo - {NAME}")


def render_calendar() -> str:
    rows = "".join(f"<tr><td>{d}</td><td>{esc(t)}</td><td>Hội trường UBND phường</td></tr>" for d, t in WEEK)
    return _layout(f'<h2 class="page-title">Lịch công tác tuần từ 18/03/2024 đến 22/03/2024</h2><table class="lich">{rows}</table>',
                   f"Lịch công tác - {NAME}")


def render_about() -> str:
    text = ("Phường Phú Mỹ được thành lập năm 2003, diện tích tự nhiên 5,6 km2, có 9 khu phố.",
            "Dân số hơn 28.000 người; Đảng bộ phường có 21 chi bộ trực thuộc với 640 đảng viên.")
    return _layout('<h2 class="page-title">Giới thiệu</h2>' + "".join(f"<p>{esc(t)}</p>" for t in text), f"Giới thiệu - {NAME}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc-su-kien.html"] = render_news()
    out["/thong-bao.html"] = render_notices()
    out["/lich-cong-tac.html"] = render_calendar()
    out["/gioi-thieu.html"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
