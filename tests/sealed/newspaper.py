"""A provincial newspaper's CMS: ``/<category>/<yyyymm>/<slug>-<id>/`` articles with the byline
above the title ("Bài, ảnh: Thu Hằng"), "Thứ Ba, 05/03/2024, 10:30 (GMT+7)" dates, the sapo
in an ``<h2>``, "Theo TTXVN" as the only author on some, "Tin liên quan" and "Tin cùng
chuyên mục" boxes dated "05-03-2024", a comment form, tag pages, search and login pages,
a calendar archive that answers any ``?date=YYYY-MM-DD``, and a Google News sitemap."""

from __future__ import annotations

import re
from datetime import date, timedelta

from crawler.replica.site import Page, Request, Site
from tests.sealed.common import WEEKDAYS, Art, attr, esc, site

SITE_ID = "sx-newspaper"
NAME = "Báo Thanh Lâm điện tử"
CATS = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội", "van-hoa": "Văn hóa"}
TAGS = {"le-hoi": "lễ hội", "giao-duc": "giáo dục", "an-toan-giao-thong": "an toàn giao thông",
        "thien-tai": "thiên tai", "nong-thon-moi": "nông thôn mới", "quoc-phong": "quốc phòng",
        "chan-nuoi": "chăn nuôi", "y-te": "y tế"}  # fmt: skip


def _art(text: int, cat: str, slug: str, ident: int, iso: str, tags: tuple[str, ...], **kw) -> Art:
    d = date.fromisoformat(iso[:10])
    line = f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}, {iso[11:16]} (GMT+7)"
    return Art(text, f"/{cat}/{d:%Y%m}/{slug}-{ident}/", iso, line, extra={"cat": cat, "tags": tags}, **kw)


ARTICLES = [
    _art(14, "thoi-su", "chu-dong-phong-chong-sat-lo-dat-truoc-mua-mua-lu", 1018352,
         "2024-03-18T20:10:00+07:00", ("thien-tai",), byline="Minh Tuấn", author="Minh Tuấn"),
    _art(12, "kinh-te", "chu-dong-phong-chong-dich-ta-lon-chau-phi", 1018107,
         "2024-03-14T15:20:00+07:00", ("chan-nuoi",), source_line="Theo TTXVN", source="TTXVN"),
    _art(26, "xa-hoi", "benh-vien-da-khoa-tinh-ghep-than-thanh-cong", 1017954,
         "2024-03-11T21:00:00+07:00", ("y-te",), source_line="Theo Báo Sức khỏe và Đời sống",
         source="Báo Sức khỏe và Đời sống"),
    _art(4, "kinh-te", "xa-phong-nien-dat-chuan-nong-thon-moi-nang-cao", 1017730,
         "2024-03-09T08:45:00+07:00", ("nong-thon-moi",), byline="Bài, ảnh: Lê Nga", author="Lê Nga",
         image=("/uploads/2024/03/09/phong-nien-ntm.jpg", "Đường bê tông liên thôn ở xã Phong Niên.")),
    _art(18, "xa-hoi", "tinh-co-512-hoc-sinh-dat-giai-hoc-sinh-gioi-lop-12", 1017512,
         "2024-03-05T10:30:00+07:00", ("giao-duc",), byline="Hà Phương", author="Hà Phương"),
    _art(3, "thoi-su", "hon-300-thanh-nien-len-duong-nhap-ngu", 1017168,
         "2024-02-27T12:05:00+07:00", ("quoc-phong",), byline="Văn Thắng", author="Văn Thắng"),
    _art(17, "van-hoa", "le-hoi-gau-tao-thu-hut-hang-nghin-du-khach", 1016901,
         "2024-02-25T19:30:00+07:00", ("le-hoi",), byline="Bài, ảnh: Thu Hằng", author="Thu Hằng",
         image=("/uploads/2024/02/25/gau-tao.jpg", "Thanh niên Mông biểu diễn múa khèn tại lễ hội.")),
    _art(19, "xa-hoi", "tai-nan-giao-thong-dip-tet-giam-ca-ba-tieu-chi", 1016644,
         "2024-02-19T16:15:00+07:00", ("an-toan-giao-thong",), byline="Quốc Hưng", author="Quốc Hưng"),
]  # fmt: skip
CHROME = [
    "Tin liên quan", "Tin cùng chuyên mục", "Đọc nhiều", "Ý kiến bạn đọc", "Gửi bình luận",
    "Từ khóa:", "Chia sẻ", "Đăng nhập", "Tin mới", "Tổng Biên tập", "Tòa soạn:",
    "Điện thoại: 0219.3852.147", "toasoan@baothanhlam.vn", "Giấy phép số 125/GP-BTTTT",
    "Xem theo ngày", "Quảng cáo",
]  # fmt: skip
PER_PAGE = 2
TODAY = date(2024, 3, 19)
DAY = "/tin-theo-ngay.html?date="


def _in(cat: str) -> list[Art]:
    return [a for a in ARTICLES if a.extra["cat"] == cat]


def _cat_url(cat: str, page: int = 1) -> str:
    return f"/{cat}/" + ("" if page == 1 else f"?page={page}")


def _n_pages(cat: str) -> int:
    return -(-len(_in(cat)) // PER_PAGE)


def _month_days(d: date) -> list[date]:
    first = d.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return [first + timedelta(days=i) for i in range((nxt - first).days)]


LISTS = [_cat_url(c, p) for c in CATS for p in range(1, _n_pages(c) + 1)]
NON_ARTICLES = ["/", *LISTS, *(f"/tag/{t}.html" for t in TAGS), "/tim-kiem.html", "/dang-nhap.html",
                "/lien-he.html", *(f"{DAY}{d:%Y-%m-%d}" for d in _month_days(TODAY))]  # fmt: skip
DUPLICATES: dict[str, str] = {}
OTHER_LINKS: dict[str, int] = {}
#: the calendar archive answers any date, each page linking the day before and after
NON_ARTICLE_PATTERNS = [r"^/tin-theo-ngay\.html\?date=\d{4}-\d{2}-\d{2}$"]
HAS_SITEMAP = True


def _dash(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"


def _calendar() -> str:
    days = _month_days(TODAY)
    cells = ['<td></td>'] * days[0].weekday() + [f'<td><a href="{DAY}{d:%Y-%m-%d}">{d.day}</a></td>' for d in days]
    rows = "".join(f"<tr>{''.join(cells[i : i + 7])}</tr>" for i in range(0, len(cells), 7))
    head = "".join(f"<th>{w}</th>" for w in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
    return (f'<div class="box calendar"><h3>Xem theo ngày</h3><div class="month">Tháng {TODAY.month}/{TODAY.year}</div>'
            f"<table><tr>{head}</tr>{rows}</table></div>")  # fmt: skip


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="{_cat_url(c)}">{esc(t)}</a></li>' for c, t in CATS.items())
    popular = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a></li>' for a in ARTICLES[3:7])
    latest = "".join(f'<li><span class="time">{a.published[11:16]}</span> <a href="{attr(a.path)}">{esc(a.title)}</a></li>'
                     for a in ARTICLES[:4])  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(title)} | Báo Thanh Lâm</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><meta property="og:site_name" content="Báo Thanh Lâm" />
<link rel="stylesheet" href="/assets/css/main.min.css?v=3.2.1" /></head>
<body><header class="site-header"><div class="topbar"><div class="container"><span class="today">{WEEKDAYS[TODAY.weekday()]}, {TODAY:%d/%m/%Y}</span>
<a href="/dang-nhap.html" rel="nofollow">Đăng nhập</a>
<form action="/tim-kiem.html" method="get" class="search-box"><input name="q" type="text" placeholder="Tìm kiếm" /></form></div></div>
<div class="logo"><a href="/"><img src="/assets/images/logo-bao-thanh-lam.png" alt="Báo Thanh Lâm" /></a></div>
<nav class="main-nav"><ul><li><a href="/" class="home">Trang chủ</a></li>{menu}</ul></nav></header>
<div class="container"><div class="ads top"><a href="https://www.vietinbank.vn/" target="_blank" rel="nofollow"><img src="/uploads/ads/banner-728x90.jpg" alt="Quảng cáo" /></a></div>
<div class="row"><main class="col-main">{main}</main>
<aside class="col-side"><div class="box"><h3>Tin mới</h3><ul>{latest}</ul></div>
<div class="box"><h3>Đọc nhiều</h3><ol>{popular}</ol></div>{_calendar()}
<div class="ads side"><img src="/uploads/ads/side-300x250.jpg" alt="Quảng cáo" /></div></aside></div></div>
<footer class="site-footer"><div class="container"><p><strong>BÁO THANH LÂM</strong> - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Lâm</p>
<p>Tổng Biên tập: Nguyễn Đức Thịnh - Phó Tổng Biên tập: Hoàng Thị Mai</p>
<p>Giấy phép số 125/GP-BTTTT ngày 15/4/2021 của Bộ Thông tin và Truyền thông</p>
<p>Tòa soạn: Số 18 đường Hoàng Liên, thành phố Thanh Lâm - Điện thoại: 0219.3852.147 - Email: toasoan@baothanhlam.vn</p>
<p><a href="/lien-he.html">Liên hệ quảng cáo</a> - © Báo Thanh Lâm. Ghi rõ nguồn "Báo Thanh Lâm" khi phát hành lại thông tin từ website này.</p></div></footer>
<script src="/assets/js/main.min.js?v=3.2.1"></script></body></html>"""


def _blocks(art: Art) -> str:
    out = [f"<p>{esc(art.paragraphs[0])}</p>"]
    if art.image:
        src, caption = art.image
        out.append(f'<table class="picture" align="center"><tbody><tr><td class="pic"><img src="{attr(src)}" alt="{attr(caption)}" /></td></tr>'
                   f'<tr><td class="caption"><p>{esc(caption)}</p></td></tr></tbody></table>')  # fmt: skip
    out += [f"<p>{esc(x)}</p>" for x in art.paragraphs[1:]]
    if art.source_line:
        out.append(f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>')
    return "".join(out)


def _teaser(a: Art, sapo: bool = True) -> str:
    text = f"<p>{esc(a.lead[:170])}...</p>" if sapo else ""
    return (f'<div class="story"><a href="{attr(a.path)}" class="thumb"><img src="/uploads/thumbs/{a.extra["cat"]}-{a.text}.jpg" alt="" /></a>'
            f'<h3 class="story-title"><a href="{attr(a.path)}">{esc(a.title)}</a></h3><span class="story-time">{_dash(a.published)}</span>{text}</div>')  # fmt: skip


def render_article(art: Art) -> str:
    cat = art.extra["cat"]
    related = [a for a in ARTICLES if a is not art and (set(a.extra["tags"]) & set(art.extra["tags"]) or a.extra["cat"] == cat)][:3]
    related += [a for a in ARTICLES if a is not art and a not in related][: 3 - len(related)]
    rel = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span>({_dash(a.published)})</span></li>' for a in related)
    same = "".join(_teaser(a, sapo=False) for a in _in(cat) if a is not art)
    tags = ", ".join(f'<a href="/tag/{t}.html">{esc(TAGS[t])}</a>' for t in art.extra["tags"])
    byline = f'<div class="detail-author">{esc(art.byline)}</div>' if art.byline else ""
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{_cat_url(cat)}">{esc(CATS[cat])}</a></div>
<article class="detail">{byline}<h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-time">{esc(art.date_line)}</div>
<h2 class="detail-sapo">{esc(art.lead)}</h2>
<div class="detail-content">{_blocks(art)}</div>
<div class="detail-tags">Từ khóa: {tags}</div>
<div class="detail-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={attr(art.path)}" target="_blank">Facebook</a>
<a href="https://zalo.me/share?u={attr(art.path)}" target="_blank">Zalo</a> <a href="javascript:window.print()">In</a></div>
<div class="box related"><h3>Tin liên quan</h3><ul>{rel}</ul></div>
<div class="box comments"><h3>Ý kiến bạn đọc</h3><form method="post" action="/binh-luan/gui"><input name="ten" placeholder="Họ tên" />
<textarea name="noidung" placeholder="Nội dung bình luận"></textarea><button type="submit">Gửi bình luận</button></form></div>
{f'<div class="box same-cat"><h3>Tin cùng chuyên mục</h3>{same}</div>' if same else ""}</article>"""
    return _layout(art.title, main)


def _listing(cat: str, page: int) -> str:
    arts = _in(cat)[(page - 1) * PER_PAGE : page * PER_PAGE]
    n = _n_pages(cat)
    pager = "" if n == 1 else '<div class="pagination">' + " ".join(
        f"<span>{i}</span>" if i == page else f'<a href="{_cat_url(cat, i)}">{i}</a>' for i in range(1, n + 1)) + "</div>"  # fmt: skip
    return _layout(CATS[cat], f'<h1 class="cat-title">{esc(CATS[cat])}</h1>{"".join(_teaser(a) for a in arts)}{pager}')


def _home() -> str:
    top = ARTICLES[0]
    blocks = "".join(f'<section class="cat-block"><h2><a href="{_cat_url(c)}">{esc(t)}</a></h2>{"".join(_teaser(a) for a in _in(c)[:2])}</section>'
                     for c, t in CATS.items())  # fmt: skip
    return _layout("Trang chủ", f'<div class="featured">{_teaser(top)}</div>{blocks}')


def _tag(tag: str) -> str:
    arts = [a for a in ARTICLES if tag in a.extra["tags"]]
    return _layout(f"Từ khóa: {TAGS[tag]}", f"<h1>Từ khóa: {esc(TAGS[tag])}</h1>{''.join(_teaser(a) for a in arts)}")


def _day(d: date) -> str:
    arts = [a for a in ARTICLES if a.published[:10] == d.isoformat()]
    prev, nxt = d - timedelta(days=1), d + timedelta(days=1)
    body = "".join(_teaser(a) for a in arts) or "<p>Không có bài viết nào trong ngày này.</p>"
    nav = (f'<div class="day-nav"><a href="{DAY}{prev:%Y-%m-%d}">« Ngày trước</a> | '
           f'<a href="{DAY}{nxt:%Y-%m-%d}">Ngày sau »</a></div>')  # fmt: skip
    return _layout(f"Tin ngày {d:%d/%m/%Y}", f"<h1>Tin ngày {d:%d/%m/%Y}</h1>{nav}{body}")


_STATIC = {
    "/tim-kiem.html": ("Tìm kiếm", '<h1>Tìm kiếm</h1><form action="/tim-kiem.html"><input name="q" /></form><p>Nhập từ khóa cần tìm.</p>'),
    "/dang-nhap.html": ("Đăng nhập", '<h1>Đăng nhập</h1><form method="post"><input name="email" /><input name="matkhau" type="password" /></form>'),
    "/lien-he.html": ("Liên hệ", "<h1>Liên hệ quảng cáo</h1><p>Phòng Trị sự - Quảng cáo: 0219.3852.150</p>"),
}  # fmt: skip


def _dynamic(request: Request) -> Page | None:
    base = request.base_url.rstrip("/")
    if request.path == "/sitemap.xml":
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>\n")  # fmt: skip
        return Page.text(body, "application/xml; charset=utf-8")
    if request.path == "/sitemap-news.xml":
        urls = "".join(f"<url><loc>{base}{a.path}</loc><news:news><news:publication><news:name>Báo Thanh Lâm</news:name>"
                       f"<news:language>vi</news:language></news:publication><news:publication_date>{a.published}"
                       f"</news:publication_date><news:title>{esc(a.title)}</news:title></news:news></url>" for a in ARTICLES)  # fmt: skip
        return Page.text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                         f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>\n', "application/xml; charset=utf-8")  # fmt: skip
    m = re.fullmatch(r"/tin-theo-ngay\.html\?date=(\d{4}-\d{2}-\d{2})", request.target)
    if m:
        try:
            return Page.html(_day(date.fromisoformat(m[1])))
        except ValueError:
            return Page.html(_layout("Tin theo ngày", "<p>Ngày không hợp lệ.</p>"))
    return None


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/"] = Page.html(_home())
    for cat in CATS:
        for page in range(1, _n_pages(cat) + 1):
            pages[_cat_url(cat, page)] = Page.html(_listing(cat, page))
    for tag in TAGS:
        pages[f"/tag/{tag}.html"] = Page.html(_tag(tag))
    for path, (title, main) in _STATIC.items():
        pages[path] = Page.html(_layout(title, main))
    for d in _month_days(TODAY):
        pages[f"{DAY}{d:%Y-%m-%d}"] = Page.html(_day(d))
    not_found = Page.html(_layout("Không tìm thấy trang", "<h1>404</h1><p>Trang bạn tìm kiếm không tồn tại hoặc đã bị xóa.</p>"), status=404)
    robots = "User-agent: *\nDisallow: /dang-nhap.html\nDisallow: /tim-kiem.html\nDisallow: /binh-luan/\nSitemap: {base}sitemap.xml\n"
    return site(pages, robots, _dynamic, not_found)
