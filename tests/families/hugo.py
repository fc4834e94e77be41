"""A provincial digital-transformation centre's site built with a static-site generator
(Hugo with a PaperMod-like theme), the way small technical units publish.

- Posts ``/tin-tuc/YYYY/MM/<slug>/`` (trailing slash); ``<article class="post-single">``,
  ``h1.post-title``, the front matter's description as ``div.post-description`` (the lead),
  the Markdown body in ``div.post-content`` (plain ``<p>``, one ``<figure>`` with
  ``<figcaption>``, a blockquote-free text).
- The post meta line mixes the day, the reading time and the authors, separated by
  ``&nbsp;·&nbsp;``: ``<span title='2024-03-13 10:15:00 +0700 +07'>13 tháng 3, 2024</span>
  · 3 phút · Đỗ Thanh Bình`` (the time only in the span's Go-format title); two authors
  "Trần Quốc Việt & Lý Thu Phương"; or no author (the line ends with the reading time).
- ``article:published_time`` and a JSON-LD ``BlogPosting`` carry the date with its time;
  a post whose front matter has only a day carries ``2024-03-11T00:00:00+00:00`` there (Hugo
  writes a date-only field as midnight UTC): the truth is the day shown, 00:00 +07:00.
  The JSON-LD author is the front matter's author, or the site's (the centre, an
  organisation) when the post has none: not a person, so no author.
- Under each post: tags (``ul.post-tags``), "« Bài trước" / "Bài sau »" links holding the
  neighbours' titles, share buttons; breadcrumbs "Trang chủ » Tin tức" above the title.
- Home ``/`` (an intro box and the newest posts as ``article.post-entry`` cards whose date
  line is the same meta line), ``/tin-tuc/`` and ``/tin-tuc/page/2/``, tag pages
  ``/tags/<tag>/``, ``/tags/``, ``/gioi-thieu/``, ``/lien-he/``; ``/index.xml`` (RSS) and
  ``/sitemap.xml``.

The truth below was written by hand before any extraction ran on this family.
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-hugo"
NAME = "Trung tâm Chuyển đổi số tỉnh Hòa Lĩnh"
TAGS = {"chuyen-doi-so": "chuyển đổi số", "du-lieu": "dữ liệu", "an-toan-thong-tin": "an toàn thông tin"}


def _art(key: str, iso: str, authors: list[str], minutes: int, tags: list[str], **kw: object) -> Art:
    slug = key.removeprefix("hg-")
    extra = {"authors": authors, "minutes": minutes, "tags": tags, **kw.pop("extra", {})}  # type: ignore[dict-item]
    path = f"/tin-tuc/{iso[:4]}/{iso[5:7]}/{slug}/"
    day = f"{int(iso[8:10])} tháng {int(iso[5:7])}, {iso[:4]}"
    return Art(KEY[key], path, iso, day, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("hg-nen-tang-du-lieu", "2024-03-13T10:15:00+07:00", ["Đỗ Thanh Bình"], 3, ["chuyen-doi-so", "du-lieu"],
         author="Đỗ Thanh Bình",
         image=("/tin-tuc/2024/03/nen-tang-du-lieu/lgsp.png", "Mô hình kết nối của nền tảng tích hợp, chia sẻ dữ liệu.")),
    _art("hg-ky-nang-so", "2024-03-11T00:00:00+07:00", ["Nguyễn Hải Yến"], 2, ["chuyen-doi-so"],
         author="Nguyễn Hải Yến", extra={"day_only": True}),
    _art("hg-an-toan-thong-tin", "2024-03-07T16:30:00+07:00", ["Trần Quốc Việt", "Lý Thu Phương"], 3,
         ["an-toan-thong-tin"], author="Trần Quốc Việt, Lý Thu Phương"),
    _art("hg-wifi-cong-cong", "2024-03-04T09:00:00+07:00", [], 2, ["chuyen-doi-so"], author=None,
         source_line="Nguồn: Sở Thông tin và Truyền thông", source="Sở Thông tin và Truyền thông"),
    _art("hg-chu-ky-so", "2024-02-27T14:45:00+07:00", ["Vương Minh Khôi"], 3, ["chuyen-doi-so", "du-lieu"],
         author="Vương Minh Khôi"),
]  # fmt: skip
PER_PAGE = 3
CHROME = [
    "Bài trước", "Bài sau", "Trang chủ", "Liên hệ", "Chia sẻ lên Facebook",
    "Chia sẻ lên Zalo", "Được xây dựng bằng Hugo", "Số 8 đường Trần Phú", "cds@hoalinh.gov.vn",
    "Chủ đề",
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu", [
        "Trung tâm Chuyển đổi số tỉnh Hòa Lĩnh là đơn vị sự nghiệp trực thuộc Sở Thông tin và "
        "Truyền thông, vận hành hạ tầng số dùng chung và các nền tảng số của tỉnh.",
        "Trung tâm có ba phòng chuyên môn: Hạ tầng và An toàn thông tin, Dữ liệu, Ứng dụng và "
        "Hỗ trợ người dùng.",
    ]),
    "lien-he": ("Liên hệ", [
        "Trung tâm Chuyển đổi số tỉnh Hòa Lĩnh, số 8 đường Trần Phú, thành phố Hòa Lĩnh.",
        "Hỗ trợ kỹ thuật trong giờ hành chính qua địa chỉ thư điện tử cds@hoalinh.gov.vn.",
    ]),
}  # fmt: skip


def _go_time(a: Art) -> str:
    """The post's date as Go prints it (``.Date`` in a title attribute)."""
    if a.extra.get("day_only"):
        return f"{a.published[:10]} 00:00:00 +0000 UTC"
    return f"{a.published[:10]} {a.published[11:19]} +0700 +07"


def _iso(a: Art) -> str:
    """The date Hugo writes in meta tags and JSON-LD (a date-only front matter: midnight UTC)."""
    return f"{a.published[:10]}T00:00:00+00:00" if a.extra.get("day_only") else a.published


def _meta_line(a: Art) -> str:
    authors = a.extra["authors"]
    parts = [f"<span title='{_go_time(a)}'>{esc(a.date_line)}</span>", f"{a.extra['minutes']} phút"]
    if authors:
        parts.append(esc(" & ".join(authors)))
    return "&nbsp;·&nbsp;".join(parts)


def _layout(title: str, main: str, head: str = "", body_class: str = "list") -> str:
    page_title = NAME if title == NAME else f"{title} | {NAME}"
    return f"""<!DOCTYPE html>
<html lang="vi" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>{esc(page_title)}</title><meta name="generator" content="Hugo 0.121.1">
<link crossorigin="anonymous" href="/assets/css/stylesheet.3f8e.css" rel="preload stylesheet" as="style">
<link rel="alternate" type="application/rss+xml" href="/index.xml">{head}</head>
<body class="{body_class}" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="{esc(NAME)} (Alt + H)">{esc(NAME)}</a></div>
<ul id="menu"><li><a href="/tin-tuc/" title="Tin tức"><span>Tin tức</span></a></li><li><a href="/tags/" title="Chủ đề"><span>Chủ đề</span></a></li>
<li><a href="/gioi-thieu/" title="Giới thiệu"><span>Giới thiệu</span></a></li><li><a href="/lien-he/" title="Liên hệ"><span>Liên hệ</span></a></li></ul></nav></header>
<main class="main">{main}</main>
<footer class="footer"><span>&copy; 2024 <a href="/">{esc(NAME)}</a> - Số 8 đường Trần Phú, thành phố Hòa Lĩnh - cds@hoalinh.gov.vn</span> · <span>Được xây dựng bằng Hugo &amp; PaperMod</span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g">&uarr;</a>
<script src="/assets/js/theme.js"></script></body></html>"""


def _ld(a: Art, base: str) -> str:
    authors = a.extra["authors"]
    author = [{"@type": "Person", "name": n} for n in authors] if authors else {"@type": "Person", "name": NAME}
    data = {
        "@context": "https://schema.org", "@type": "BlogPosting", "headline": a.title, "name": a.title,
        "description": a.lead, "keywords": [TAGS[t] for t in a.extra["tags"]], "articleBody": " ".join(a.paragraphs),
        "wordCount": sum(len(p.split()) for p in a.paragraphs), "datePublished": _iso(a), "dateModified": _iso(a),
        "author": author, "mainEntityOfPage": {"@type": "WebPage", "@id": base + a.path},
        "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": "/favicon.ico"}},
    }  # fmt: skip
    return json.dumps(data, ensure_ascii=False)


def render_article(art: Art) -> str:
    i = ARTICLES.index(art)
    newer, older = (ARTICLES[i - 1] if i else None), (ARTICLES[i + 1] if i + 1 < len(ARTICLES) else None)
    paras = []
    for n, paragraph in enumerate(art.paragraphs):
        paras.append(f"<p>{esc(paragraph)}</p>")
        if n == 0 and art.image:
            src, cap = art.image
            paras.append(f'<figure><img loading="lazy" src="{src}" alt="{esc(cap)}"><figcaption>{esc(cap)}</figcaption></figure>')
    if art.source_line:
        paras.append(f"<p><em>{esc(art.source_line)}</em></p>")
    tags = "".join(f'<li><a href="/tags/{t}/">{esc(TAGS[t])}</a></li>' for t in art.extra["tags"])
    nav = ""
    if newer:
        nav += f'<a class="prev" href="{newer.path}"><span class="title">« Bài trước</span><br><span>{esc(newer.title)}</span></a>'
    if older:
        nav += f'<a class="next" href="{older.path}"><span class="title">Bài sau »</span><br><span>{esc(older.title)}</span></a>'
    head = (
        f'<meta property="og:title" content="{esc(art.title)}"><meta property="og:description" content="{esc(art.lead)}">'
        f'<meta property="og:type" content="article"><meta property="og:url" content="{art.path}">'
        f'<meta property="article:section" content="tin-tuc"><meta property="article:published_time" content="{_iso(art)}">'
        f'<meta property="article:modified_time" content="{_iso(art)}">'
        f'<script type="application/ld+json">{_ld(art, "")}</script>'
    )  # fmt: skip
    main = f"""<article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="/">Trang chủ</a>&nbsp;»&nbsp;<a href="/tin-tuc/">Tin tức</a></div>
<h1 class="post-title entry-hint-parent">{esc(art.title)}</h1>
<div class="post-description">{esc(art.lead)}</div>
<div class="post-meta">{_meta_line(art)}</div></header>
<div class="post-content">{"".join(paras)}</div>
<footer class="post-footer"><ul class="post-tags">{tags}</ul><nav class="paginav">{nav}</nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="Chia sẻ lên Facebook" href="https://facebook.com/sharer/sharer.php?u={art.path}">Chia sẻ lên Facebook</a></li>
<li><a target="_blank" rel="noopener noreferrer" aria-label="Chia sẻ lên Zalo" href="https://zalo.me/share?u={art.path}">Chia sẻ lên Zalo</a></li></ul></footer></article>"""
    return _layout(art.title, main, head, "")


def _entry(a: Art) -> str:
    return (
        f'<article class="post-entry"><header class="entry-header"><h2 class="entry-hint-parent">{esc(a.title)}</h2></header>'
        f'<div class="entry-content"><p>{esc(a.lead[:160])}...</p></div><footer class="entry-footer">{_meta_line(a)}</footer>'
        f'<a class="entry-link" aria-label="post link to {esc(a.title)}" href="{a.path}"></a></article>'
    )


def render_list(title: str, arts: list[Art], page: int, base: str, intro: str = "") -> str:
    pages, chunk = (len(arts) + PER_PAGE - 1) // PER_PAGE, arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    nav = ""
    if page > 1:
        nav += f'<a class="prev" href="{base if page == 2 else f"{base}page/{page - 1}/"}">«&nbsp;Trang trước</a>'
    if page < pages:
        nav += f'<a class="next" href="{base}page/{page + 1}/">Trang sau&nbsp;»</a>'
    head = f'<header class="page-header"><h1>{esc(title)}</h1></header>' if not intro else intro
    return _layout(title, head + "".join(_entry(a) for a in chunk) + (f'<footer class="page-footer"><nav class="pagination">{nav}</nav></footer>' if nav else ""))


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    intro = (
        f'<article class="first-entry home-info"><header class="entry-header"><h1>{esc(NAME)}</h1></header>'
        "<div class=\"entry-content\">Tin tức, hướng dẫn và thông báo về chuyển đổi số của tỉnh Hòa Lĩnh.</div></article>"
    )
    out["/"] = render_list(NAME, ARTICLES, 1, "/", intro).replace('href="/page/2/"', 'href="/tin-tuc/page/2/"')
    out["/tin-tuc/"] = render_list("Tin tức", ARTICLES, 1, "/tin-tuc/")
    out["/tin-tuc/page/2/"] = render_list("Tin tức", ARTICLES, 2, "/tin-tuc/")
    for tag, label in TAGS.items():
        out[f"/tags/{tag}/"] = render_list(label, [a for a in ARTICLES if tag in a.extra["tags"]], 1, f"/tags/{tag}/")
    terms = "".join(
        f'<li><a href="/tags/{t}/">{esc(label)} <sup><strong><sup>{sum(t in a.extra["tags"] for a in ARTICLES)}</sup></strong></sup></a></li>'
        for t, label in TAGS.items()
    )  # fmt: skip
    out["/tags/"] = _layout("Chủ đề", f'<header class="page-header"><h1>Chủ đề</h1></header><ul class="terms-tags">{terms}</ul>')
    for slug, (title, paras) in STATIC.items():
        text = "".join(f"<p>{esc(p)}</p>" for p in paras)
        out[f"/{slug}/"] = _layout(title, f'<article class="post-single"><header class="post-header"><h1 class="post-title">{esc(title)}</h1></header><div class="post-content">{text}</div></article>', body_class="")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def _rss() -> str:
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{base}}{a.path}</link><guid>{{base}}{a.path}</guid><description>{esc(a.lead)}</description></item>"
        for a in ARTICLES
    )  # fmt: skip
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{esc(NAME)}</title>{items}</channel></rss>'


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    rss = _rss()

    def extra(request):  # the RSS feed names absolute URLs on the Host used
        if request.target == "/index.xml":
            return Page.text(rss.replace("{base}", request.base_url.rstrip("/")), "application/rss+xml; charset=utf-8")
        return None

    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES] + NON_ARTICLES}, extra=extra)  # fmt: skip
