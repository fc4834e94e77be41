"""A provincial newspaper's CMS, the way such sites look in the field.

- Articles ``/<section>/<slug>-<id>.html``; sections ``/kinh-te``, "Tin mới" ``/tin-moi`` and
  ``/tin-moi/trang-2``; tag pages ``/tag/<slug>.html``; author pages ``/tac-gia/<slug>.html``.
- The byline sits *above* the title ("Bài và ảnh: <a>Thu Hương</a>", linking the author
  page); the sapo is an ``<h2>``; some articles have no byline, only "Theo TTXVN" at the end
  (a source: no author). There is no signature.
- A "Tin liên quan" box *inside* the body after the second paragraph: other articles'
  titles, dates and leads; "Đọc nhiều" (most read) and "Tin mới" boxes; teasers with dates
  on every listing; "Ý kiến bạn đọc" comment form; login and register pages.
- Meta ``article:published_time``; the visible line "Thứ Năm, 14/03/2024 - 06:45".
- robots.txt names a sitemap index (sections, articles by month) and a news sitemap.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-newspaper"
NAME = "Báo Tây Giang điện tử"
SHORT = "Báo Tây Giang"
UP = "/uploads/2024/03/"
SECTIONS = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "nong-nghiep": "Nông nghiệp", "xa-hoi": "Xã hội"}
AUTHORS = {"Thu Hương": "thu-huong-12", "Minh Trí": "minh-tri-7", "Lê Hà": "le-ha-21", "Bảo Ngọc": "bao-ngoc-33"}
TAGS = {"xam-nhap-man": "xâm nhập mặn", "lua-gao": "lúa gạo", "giao-thong": "giao thông",
        "dich-benh": "dịch bệnh", "ocop": "OCOP"}  # fmt: skip
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _line(iso: str) -> str:
    return f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, section: str, slug: str, ident: int, iso: str, tags: list[str], **kw: object) -> Art:
    extra = {"id": ident, "section": section, "tags": tags}
    return Art(KEY[key], f"/{section}/{slug}-{ident}.html", iso, _line(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bt-xam-nhap-man", "nong-nghiep", "xam-nhap-man-lan-sau-nong-dan-cua-tien-chu-dong-tru-nuoc-ngot",
         128741, "2024-03-14T06:45:00+07:00", ["xam-nhap-man"], byline="Thu Hương", author="Thu Hương",
         image=(UP + "14/xam-nhap-man-cua-tien.jpg",
                "Người dân xã Tân Thủy bơm nước ngọt vào mương trữ để tưới vườn sầu riêng.")),
    _art("bt-gia-lua", "kinh-te", "gia-lua-tang-cao-nong-dan-phan-khoi-thu-hoach-vu-dong-xuan",
         128736, "2024-03-12T17:30:00+07:00", ["lua-gao"], byline="Minh Trí", author="Minh Trí"),
    _art("bt-khanh-thanh-cau", "thoi-su", "khanh-thanh-cau-con-ngang-xoa-the-co-lap-cho-hai-xa-cu-lao",
         128733, "2024-03-12T11:20:00+07:00", ["giao-thong"], byline="Lê Hà", author="Lê Hà",
         image=(UP + "12/cau-con-ngang.jpg", "Cầu Cồn Ngang nối liền hai xã cù lao Tân Phong, Tân Thạnh với đất liền.")),
    _art("bt-an-toan-giao-thong", "xa-hoi", "tai-nan-giao-thong-giam-ca-ba-tieu-chi-trong-hai-thang-dau-nam",
         128729, "2024-03-09T09:05:00+07:00", ["giao-thong"], author=None,
         source_line="Theo Ban An toàn giao thông tỉnh", source="Ban An toàn giao thông tỉnh"),
    _art("bt-sot-xuat-huyet", "xa-hoi", "so-ca-mac-sot-xuat-huyet-tang-nganh-y-te-khuyen-cao-diet-lang-quang",
         128718, "2024-03-06T15:10:00+07:00", ["dich-benh"], byline="Bảo Ngọc", author="Bảo Ngọc"),
    _art("bt-ocop", "kinh-te", "them-18-san-pham-dat-chung-nhan-ocop", 128712, "2024-03-02T08:30:00+07:00",
         ["ocop"], author=None, source_line="Theo TTXVN", source="TTXVN"),
]  # fmt: skip
PER_PAGE = 4
MOST_READ = [3, 0, 5, 1, 4]  # indexes into ARTICLES
CHROME = [
    "Tin liên quan", "Đọc nhiều", "Tin mới", "Ý kiến bạn đọc", "Gửi ý kiến", "Bài và ảnh:",
    "Từ khóa:", "Chia sẻ", "Đăng nhập", "Đăng ký", "Cơ quan của Đảng bộ", "Tổng biên tập",
    "Giấy phép số 88/GP-BTTTT", "0273 3873 567", "toasoan@baotaygiang.vn", "Số 9 đường 30 Tháng 4",
    "Trang chủ",
]  # fmt: skip


def _section(art: Art) -> str:
    return str(art.extra["section"])


def _most_read() -> str:
    return "".join(f'<li><span class="num">{i + 1}</span><a href="{ARTICLES[j].path}">{esc(ARTICLES[j].title)}</a></li>'
                   for i, j in enumerate(MOST_READ))  # fmt: skip


def _layout(title: str, main: str, head: str = "", home: bool = False) -> str:
    nav = "".join(f'<li><a href="/{s}">{esc(label)}</a></li>' for s, label in SECTIONS.items())
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{hm(a.published)} {dmy(a.published)}</span></li>'
                     for a in ARTICLES[:4])  # fmt: skip
    head_title = f"{esc(NAME)} - Tin tức tỉnh Tây Giang" if home else f"{esc(title)} | {esc(SHORT)}"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{head_title}</title>
<meta property="og:site_name" content="{esc(NAME)}">{head}
<link rel="stylesheet" href="/static/css/main.min.css?v=20240301"><script async src="https://www.googletagmanager.com/gtag/js?id=G-TG24"></script>
</head><body>
<header class="site-header"><div class="topbar"><div class="container"><span class="today">Tây Giang, 14/03/2024</span>
<a href="/dang-nhap.html">Đăng nhập</a> | <a href="/dang-ky.html">Đăng ký</a></div></div>
<div class="container logo-row"><a class="logo" href="/"><img src="/static/images/logo-baotaygiang.png" alt="{esc(NAME)}"></a>
<div class="ads-top"><a href="https://taygiang.gov.vn"><img src="/uploads/banners/dai-hoi-dang.jpg" alt=""></a></div></div>
<nav class="main-nav"><div class="container"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-moi">Tin mới</a></li>{nav}</ul></div></nav></header>
<main class="container"><div class="row"><div class="col-main">{main}</div>
<aside class="col-side"><div class="box box-most-read"><h3 class="box-title">Đọc nhiều</h3><ol>{_most_read()}</ol></div>
<div class="box box-latest"><h3 class="box-title">Tin mới</h3><ul>{latest}</ul></div></aside></div></main>
<footer class="site-footer"><div class="container"><p><strong>{esc(NAME.upper())}</strong></p>
<p>Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Tây Giang. Tổng biên tập: Nguyễn Hồng Sơn</p>
<p>Giấy phép số 88/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 10/3/2021</p>
<p>Tòa soạn: Số 9 đường 30 Tháng 4, thành phố Tây Giang - Điện thoại: 0273 3873 567 - Email: toasoan@baotaygiang.vn</p>
<p>© Bản quyền thuộc {esc(SHORT)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
</body></html>"""


def _p(html: str) -> str:
    return f"<p>{html}</p>"


def _image(src: str, caption: str) -> str:
    return (
        f'<figure class="image align-center"><img src="{src}" alt="{esc(caption)}" width="760" height="507">'
        f"<figcaption><p>{esc(caption)}</p></figcaption></figure>"
    )


def _related(art: Art) -> str:
    others = [a for a in ARTICLES if a is not art and (set(a.extra["tags"]) & set(art.extra["tags"]) or  # type: ignore[arg-type]
                                                     _section(a) == _section(art))][:2] or ARTICLES[-2:]  # fmt: skip
    items = "".join(
        f'<li><a href="{a.path}"><img src="{UP}thumb-{a.extra["id"]}.jpg" alt=""></a><div><a class="title" href="{a.path}">{esc(a.title)}</a>'
        f'<span class="time">{dmy(a.published)} {hm(a.published)}</span><p class="sapo">{esc(a.lead[:140])}...</p></div></li>'
        for a in others
    )  # fmt: skip
    return f'<div class="related-box"><h4>Tin liên quan</h4><ul>{items}</ul></div>'


def render_article(art: Art) -> str:
    blocks = paragraphs_html(art, _p, _image)
    if art.source_line:
        blocks.append(f'<p style="text-align: right;"><strong>{esc(art.source_line)}</strong></p>')
    blocks.insert(2, _related(art))  # the newsroom places it after the second paragraph
    section = _section(art)
    byline = ""
    if art.byline:
        byline = f'<p class="author-top">Bài và ảnh: <a href="/tac-gia/{AUTHORS[art.byline]}.html">{esc(art.byline)}</a></p>'
    tags = " ".join(f'<a href="/tag/{t}.html">{esc(TAGS[t])}</a>' for t in art.extra["tags"])  # type: ignore[attr-defined]
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/{section}">{esc(SECTIONS[section])}</a></div>
<article class="article-detail">{byline}
<h1 class="article-title">{esc(art.title)}</h1>
<div class="article-meta"><span class="time">{esc(art.date_line)}</span> <a class="category" href="/{section}">{esc(SECTIONS[section])}</a></div>
<h2 class="article-sapo">{esc(art.lead)}</h2>
<div class="article-body">{"".join(blocks)}</div>
<div class="article-tags">Từ khóa: {tags}</div>
<div class="article-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://baotaygiang.vn{art.path}">Facebook</a> <a href="https://zalo.me/share">Zalo</a></div>
<div class="comment-box"><h3>Ý kiến bạn đọc</h3><form action="/binh-luan" method="post"><textarea name="noidung" placeholder="Nhập ý kiến của bạn"></textarea>
<input name="hoten" placeholder="Họ tên"><button type="submit">Gửi ý kiến</button></form></div></article>"""
    author_meta = f'<meta name="author" content="{esc(art.byline)}">' if art.byline else ""
    head = (
        f'\n<meta property="og:type" content="article"><meta property="og:title" content="{esc(art.title)}">'
        f'<meta property="og:description" content="{esc(art.lead)}"><meta property="article:published_time" content="{art.published}">'
        f'<meta property="article:section" content="{esc(SECTIONS[section])}">{author_meta}<link rel="canonical" href="{art.path}">'
    )
    return _layout(art.title, main, head)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<article class="story"><a class="thumb" href="{a.path}"><img src="{UP}thumb-{a.extra["id"]}.jpg" alt=""></a>'
        f'<h3 class="story-title"><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)} {hm(a.published)}</span>'
        f'<p class="sapo">{esc(a.lead)}</p></article>'
        for a in arts
    )


def render_listing(title: str, arts: list[Art], base: str | None = None, page: int = 1) -> str:
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE] if base else arts
    pager = ""
    if base and len(arts) > PER_PAGE:
        pager = (
            f'<div class="pagination"><a href="{base}">1</a> <a href="{base}/trang-2">2</a>'
            f'{f" <a href={chr(34)}{base}/trang-2{chr(34)}>Trang sau</a>" if page == 1 else ""}</div>'
        )
    main = f'<h1 class="cat-title">{esc(title)}</h1><div class="story-list">{_teasers(chunk)}</div>{pager}'
    return _layout(title, main)


def render_home() -> str:
    lead, rest = ARTICLES[0], ARTICLES[1:5]
    main = (
        f'<div class="hero"><a href="{lead.path}"><img src="{UP}thumb-{lead.extra["id"]}.jpg" alt=""></a>'
        f'<h2><a href="{lead.path}">{esc(lead.title)}</a></h2><p class="sapo">{esc(lead.lead)}</p></div>'
        f'<div class="story-list">{_teasers(rest)}</div><a class="more" href="/tin-moi">Xem thêm</a>'
    )
    return _layout(NAME, main, home=True)


def render_form(title: str, fields: list[str]) -> str:
    inputs = "".join(f"<label>{esc(f)}</label><input name=\"f{i}\">" for i, f in enumerate(fields))
    return _layout(title, f'<h1 class="cat-title">{esc(title)}</h1><form method="post">{inputs}<button type="submit">{esc(title)}</button></form>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-moi"] = render_listing("Tin mới", ARTICLES, "/tin-moi", 1)
    out["/tin-moi/trang-2"] = render_listing("Tin mới", ARTICLES, "/tin-moi", 2)
    for section, label in SECTIONS.items():
        out[f"/{section}"] = render_listing(label, [a for a in ARTICLES if _section(a) == section])
    for tag, label in TAGS.items():
        out[f"/tag/{tag}.html"] = render_listing(f"Từ khóa: {label}", [a for a in ARTICLES if tag in a.extra["tags"]])  # type: ignore[operator]
    for name, slug in AUTHORS.items():
        out[f"/tac-gia/{slug}.html"] = render_listing(f"Tác giả: {name}", [a for a in ARTICLES if a.byline == name])
    out["/dang-nhap.html"] = render_form("Đăng nhập", ["Email hoặc số điện thoại", "Mật khẩu"])
    out["/dang-ky.html"] = render_form("Đăng ký", ["Họ và tên", "Email", "Mật khẩu", "Nhập lại mật khẩu"])
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    robots = (
        "User-agent: *\nDisallow: /dang-nhap.html\nDisallow: /dang-ky.html\nDisallow: /binh-luan\n"
        "Sitemap: {base}/sitemap.xml\nSitemap: {base}/sitemap-news.xml\n"
    )
    months = {"2024-03": [a.path for a in ARTICLES]}
    sitemaps = {
        "/sitemap.xml": ["/sitemaps/sections.xml", *(f"/sitemaps/articles-{m}.xml" for m in months)],
        "/sitemaps/sections.xml": ["/", "/tin-moi", *(f"/{s}" for s in SECTIONS)],
        **{f"/sitemaps/articles-{m}.xml": paths for m, paths in months.items()},
        "/sitemap-news.xml": [a.path for a in ARTICLES[:3]],
    }
    return site_with_files(pages, robots=robots, sitemaps=sitemaps)
