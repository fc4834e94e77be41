"""A provincial party newspaper's CMS, ``/<section>/<slug>-<id>.html``, bylines as links to
the writer's page (fresh-F, round 17: byline conventions the other families lack).

Built in round 17 as a fresh family (``FRESH_F``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles: ``h1.detail-title``, a meta row ``div.detail-meta`` with the section, the time
  "Thứ Ba, 05/03/2024 - 08:30" and, on most articles, the writer as a bare LINK to their page
  (``<a href="/tac-gia/thu-ha-15.html">Thu Hà</a>``, no label, no author class; two writers
  joined by " - "); the sapo in ``h2.detail-sapo``, the body in ``div.detail-content``.
- Articles with no link sign at the end instead: initials only ("N.H", right-aligned bold),
  "Thanh Bình (t/h)" (a compiler, "tổng hợp" abbreviated), "Tin và ảnh: Đức Thành" (right,
  italic); one is a reprint closing "(Theo TTXVN)" (no author); one has a link AND a photo
  credit "Ảnh: Ngọc Bích" at its end (the photographer is no author).
- ``<meta name="author" content="Báo Hà Sơn">`` on every page (the site, never an author);
  the footer names the editor in chief ("Tổng Biên tập: Nguyễn Văn Phúc"); a "Đọc nhiều"
  column of titles; a "Tin nóng" ticker.
- Non-articles: the home page, a section and its page 2, two writers' pages (``/tac-gia/``:
  the name, a line about them, their articles), search results, the newsroom's contact page.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ff-baotinh"
NAME = "Báo Hà Sơn điện tử"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SECTIONS = {"xa-hoi": "Xã hội", "kinh-te": "Kinh tế"}
WRITERS = {"thu-ha-15": "Thu Hà", "minh-anh-22": "Minh Anh", "van-hung-31": "Văn Hùng", "pham-quang-vinh-7": "Phạm Quang Vinh"}


def _when(iso: str) -> str:
    return f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, sec: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, "sec": sec, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/{sec}/{slug}-{ident}.html", iso, _when(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-giam-ngheo", "xa-hoi", "giam-ngheo-ben-vung-vung-cao", 40512, "2024-03-05T08:30:00+07:00",
         author="Thu Hà", extra={"links": ["thu-ha-15"]}),
    _art("bt-xam-nhap-man", "kinh-te", "chu-dong-ung-pho-xam-nhap-man", 40507, "2024-03-04T16:10:00+07:00",
         author="Minh Anh, Văn Hùng", extra={"links": ["minh-anh-22", "van-hung-31"]},
         image=("/uploads/2024/03/man-1.jpg", "Người dân tích trữ nước ngọt phục vụ sản xuất.")),
    _art("ml-hoc-bong", "xa-hoi", "trao-hoc-bong-cho-hoc-sinh-ngheo", 40501, "2024-03-02T10:00:00+07:00",
         signature="N.H", author="N.H", extra={"sig": "right_strong"}),
    _art("bt-gia-lua", "kinh-te", "gia-lua-tang-nong-dan-phan-khoi", 40498, "2024-03-01T14:45:00+07:00",
         signature="Thanh Bình (t/h)", author="Thanh Bình", extra={"sig": "right_strong"}),
    _art("kh-xuc-tien-dau-tu", "kinh-te", "hoi-nghi-xuc-tien-dau-tu-2024", 40490, "2024-02-28T09:15:00+07:00",
         source_line="(Theo TTXVN)", source="TTXVN"),
    _art("nl-dao-tao-nghe", "xa-hoi", "dao-tao-nghe-cho-lao-dong-nong-thon", 40486, "2024-02-27T15:30:00+07:00",
         signature="Ảnh: Ngọc Bích", author="Phạm Quang Vinh", extra={"links": ["pham-quang-vinh-7"], "sig": "right_em"},
         image=("/uploads/2024/02/nghe-1.jpg", "Học viên lớp may công nghiệp thực hành tại xưởng.")),
    _art("tg-viet-da", "xa-hoi", "giu-gin-nghe-viet-da-truyen-thong", 40481, "2024-02-26T11:20:00+07:00",
         signature="Tin và ảnh: Đức Thành", author="Đức Thành", extra={"sig": "right_em"}),
]  # fmt: skip
CHROME = [
    "Đọc nhiều", "Tin nóng", "Tổng Biên tập", "Nguyễn Văn Phúc", "Phó Tổng Biên tập", "Giấy phép số", "Đường dây nóng",
    "Chia sẻ", "Bình luận", "Tin cùng chuyên mục",
]  # fmt: skip
HOT = "Hà Sơn: Khai mạc Lễ hội Hoa Ban năm 2024"


def _layout(title: str, main: str) -> str:
    popular = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:5])
    menu = "".join(f'<li><a href="/{s}.html">{esc(n)}</a></li>' for s, n in SECTIONS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)} | {esc(NAME)}</title><meta name="author" content="Báo Hà Sơn">
<meta property="og:site_name" content="{esc(NAME)}"><link rel="stylesheet" href="/static/css/site.css"></head>
<body><header class="site-header"><a class="logo" href="/"><img src="/static/img/logo.png" alt="{esc(NAME)}"></a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/lien-he.html">Liên hệ</a></li></ul></nav>
<div class="ticker"><b>Tin nóng:</b> <a href="/">{esc(HOT)}</a></div>
<form class="search" action="/tim-kiem.html"><input name="q" placeholder="Tìm kiếm"></form></header>
<div class="container"><main class="col-main">{main}</main>
<aside class="col-side"><div class="box-popular"><h3>Đọc nhiều</h3><ol>{popular}</ol></div>
<div class="box-ad"><img src="/static/ads/banner-300.jpg" alt="Quảng cáo"></div></aside></div>
<footer class="site-footer"><p>{esc(NAME)} - Cơ quan của Đảng bộ tỉnh Hà Sơn</p>
<p>Tổng Biên tập: Nguyễn Văn Phúc. Phó Tổng Biên tập: Lê Thị Hạnh, Trần Minh Khôi</p>
<p>Giấy phép số 35/GP-BTTTT ngày 12/02/2021. Đường dây nóng: 0912 345 678</p></footer></body></html>"""


def _links(art: Art) -> str:
    return " - ".join(f'<a href="/tac-gia/{w}.html">{esc(WRITERS[w])}</a>' for w in art.extra.get("links", []))


def _sig(art: Art, line: str) -> str:
    if art.extra.get("sig") == "right_em":
        return f'<p style="text-align: right;"><em>{esc(line)}</em></p>'
    return f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>'


def render_article(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += (f'<figure class="image"><img src="{images[i][0]}" alt=""><figcaption>{esc(images[i][1])}'
                     "</figcaption></figure>")
    for line in (art.signature, art.source_line):
        if line:
            body += _sig(art, line)
    sec = art.extra["sec"]
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art and
                      a.extra["sec"] == sec)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{sec}.html">{SECTIONS[sec]}</a></div>
<article class="detail"><h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-meta"><span class="cate">{SECTIONS[sec]}</span> <span class="time">{esc(art.date_line)}</span> {_links(art)}</div>
<h2 class="detail-sapo">{esc(art.lead)}</h2>
<div class="detail-content">{body}</div>
<div class="detail-share">Chia sẻ: <a href="https://facebook.com/sharer">Facebook</a> <a href="#">Zalo</a></div>
<div class="detail-comment"><h3>Bình luận</h3><form><textarea name="c"></textarea></form></div></article>
<div class="same-cate"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>"""
    return _layout(art.title, main)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="story"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)}</span><p>{esc(a.lead)}</p></div>'
        for a in arts
    )


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _layout(NAME, f'<div class="home-top">{_teasers(ARTICLES[:6])}</div>')
    social = [a for a in ARTICLES if a.extra["sec"] == "xa-hoi"]
    pager = '<div class="paging"><a href="/xa-hoi.html">1</a> <a href="/xa-hoi.html?p=2">2</a></div>'
    out["/xa-hoi.html"] = _layout("Xã hội", f'<h1 class="cate-title">Xã hội</h1>{_teasers(social[:2])}{pager}')
    out["/xa-hoi.html?p=2"] = _layout("Xã hội - Trang 2", f'<h1 class="cate-title">Xã hội</h1>{_teasers(social[2:])}{pager}')
    economy = [a for a in ARTICLES if a.extra["sec"] == "kinh-te"]
    out["/kinh-te.html"] = _layout("Kinh tế", f'<h1 class="cate-title">Kinh tế</h1>{_teasers(economy)}')
    for slug in ("thu-ha-15", "minh-anh-22"):
        name = WRITERS[slug]
        mine = [a for a in ARTICLES if slug in a.extra.get("links", [])]
        out[f"/tac-gia/{slug}.html"] = _layout(
            name, f'<div class="author-page"><img src="/uploads/tacgia/{slug}.jpg" alt=""><h1>{esc(name)}</h1>'
                  f"<p>Phóng viên Ban Thời sự, {esc(NAME)}</p></div>{_teasers(mine)}")
    out["/tim-kiem.html?q=ngh%E1%BB%81"] = _layout("Tìm kiếm", f"<h1>Kết quả tìm kiếm: nghề</h1>{_teasers([ARTICLES[5], ARTICLES[6]])}")
    out["/lien-he.html"] = _layout("Liên hệ", '<h1 class="cate-title">Liên hệ tòa soạn</h1><div class="contact">'
                                   "<p>Tòa soạn: Số 8 đường Trần Hưng Đạo, thành phố Hà Sơn.</p>"
                                   "<p>Điện thoại: 0226 3852 111. Email: toasoan@baohason.vn</p>"
                                   "<p>Ban Thời sự: 0226 3852 112. Ban Quảng cáo - Phát hành: 0226 3852 113.</p></div>")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
