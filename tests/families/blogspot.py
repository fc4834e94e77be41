"""A commune's news on a hosted Blogger blog (``*.blogspot.com``, the classic "Simple"
layout), as many communes, schools and unions still publish.

- Posts ``/YYYY/MM/<slug>.html``: the day in a date header *above* the title, in words
  ("Thứ Tư, 13 tháng 3, 2024", ``h2.date-header``), the title an ``h3.post-title``, the time
  only in the post footer: "Đăng bởi <account> vào lúc <abbr class="published"
  title="2024-03-13T08:30:00+07:00">08:30</abbr>" (the ISO moment in the ``abbr`` title);
  no meta dates, no JSON-LD, no ``<time>``.
- The body is Blogger's composer HTML: ``<div style="text-align: justify;">`` lines with
  ``<br>`` spacers (no ``<p>``), the lead in ``<b>``, a picture in a ``tr-caption-container``
  table with its caption in ``td.tr-caption``.
- Authors: the blog account is the commune ("Đăng bởi UBND xã Phúc Khê": an organisation,
  not an author) unless a person posts ("Đăng bởi Hoàng Văn Nam"); the writer signs in a
  right-aligned bold line with a position ("Nguyễn Thị Hoa - Công chức VH-XH") or "Bài,
  ảnh: Lò Thị Mai" in italics; one post has only "Nguồn: ..." (a source: no author).
- Under the post: labels ("Nhãn: Tin tức"), share links ("Gửi email bài đăng này",
  "BlogThis!"), "Không có nhận xét nào:", "Đăng nhận xét", the pager "Bài đăng Mới hơn /
  Bài đăng Cũ hơn / Trang chủ" and "Đăng ký: Đăng Nhận xét (Atom)".
- The sidebar: "Lưu trữ Blog" (years and months with counts and every post's title), "Giới
  thiệu về tôi", "Nhãn" (labels with counts), "Tổng số lượt xem trang"; the attribution
  "Chủ đề Đơn giản. Được tạo bởi Blogger.".
- The home page ``/``, the month archives ``/2024/03/`` and ``/2024/02/`` and the label pages
  ``/search/label/<label>`` show *whole posts* (date header, title, full text, footer), three
  per page; older posts at ``/search?updated-max=...&max-results=3``. Static pages
  ``/p/gioi-thieu.html`` and ``/p/lien-he.html`` (title, text, no date).

The truth below was written by hand before any extraction ran on this family.
"""

from __future__ import annotations

from urllib.parse import quote

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-blogspot"
NAME = "UBND xã Phúc Khê"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
LABELS = ["Tin tức", "Thông báo"]


def _art(key: str, iso: str, label: str, account: str, **kw: object) -> Art:
    from datetime import date

    day = date.fromisoformat(iso[:10])
    line = f"{WEEKDAYS[day.weekday()]}, {day.day} tháng {day.month}, {day.year}"
    slug = key.removeprefix("bs-")
    extra = {"label": label, "account": account, "post_id": 7000 + len(slug) * 37, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/{iso[:4]}/{iso[5:7]}/{slug}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bs-ra-quan-lam-dep", "2024-03-13T08:30:00+07:00", "Tin tức", NAME,
         signature="Nguyễn Thị Hoa - Công chức VH-XH", author="Nguyễn Thị Hoa",
         image=("https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s1600/ra-quan.jpg",
                "Đoàn viên thanh niên trồng hoa trên tuyến đường liên thôn.")),
    _art("bs-tiem-phong-gia-cam", "2024-03-11T14:10:00+07:00", "Thông báo", "Hoàng Văn Nam",
         author="Hoàng Văn Nam"),
    _art("bs-hoi-nghi-dien-hinh", "2024-03-08T16:45:00+07:00", "Tin tức", NAME,
         signature="Bài, ảnh: Lò Thị Mai", author="Lò Thị Mai", extra={"italic": True}),
    _art("bs-nop-thue-dat", "2024-03-04T07:30:00+07:00", "Thông báo", NAME, author=None,
         source_line="Nguồn: Chi cục Thuế khu vực Yên Hà", source="Chi cục Thuế khu vực Yên Hà"),
    _art("bs-khai-giang-lop-tin-hoc", "2024-02-29T10:20:00+07:00", "Tin tức", NAME,
         signature="Trần Đức Long - Văn phòng UBND xã", author="Trần Đức Long"),
]  # fmt: skip
PER_PAGE = 3
CHROME = [
    "Lưu trữ Blog", "Giới thiệu về tôi", "Tổng số lượt xem trang", "Bài đăng Mới hơn",
    "Bài đăng Cũ hơn", "Không có nhận xét nào", "Đăng nhận xét", "Gửi email bài đăng này",
    "BlogThis!", "Chia sẻ lên Facebook", "Đăng ký:", "Chủ đề Đơn giản", "Được tạo bởi Blogger",
    "Đăng bởi", "vào lúc", "Nhãn:", "Xem hồ sơ hoàn chỉnh của tôi",
]  # fmt: skip
STATIC = {
    "gioi-thieu": ("Giới thiệu", [
        "Xã Phúc Khê nằm ở phía đông huyện Yên Hà, có diện tích tự nhiên hơn hai nghìn héc-ta, "
        "gồm chín thôn với gần sáu nghìn nhân khẩu.",
        "Người dân chủ yếu sản xuất nông nghiệp, trồng lúa, rau màu và chăn nuôi gia cầm; xã đạt "
        "chuẩn nông thôn mới năm 2021.",
    ]),
    "lien-he": ("Liên hệ", [
        "Ủy ban nhân dân xã Phúc Khê, thôn Trung Tâm, xã Phúc Khê, huyện Yên Hà.",
        "Bộ phận tiếp nhận và trả kết quả làm việc từ thứ Hai đến sáng thứ Bảy hằng tuần.",
    ]),
}  # fmt: skip


def _label_url(label: str) -> str:
    return "/search/label/" + quote(label)


def _line(html: str, style: str = "text-align: justify;") -> str:
    return f'<div style="{style}">{html}</div>'


def _body(art: Art) -> str:
    out = [_line(f"<b>{esc(art.lead)}</b>"), _line("<br />")]
    for i, paragraph in enumerate(art.paragraphs):
        out.append(_line(esc(paragraph)))
        if i == 0 and art.image:
            src, cap = art.image
            out.append(
                '<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>'
                f'<tr><td style="text-align: center;"><a href="{src}" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="720" data-original-width="1280" height="180" src="{src.replace("/s1600/", "/s320/")}" width="320" /></a></td></tr>'
                f'<tr><td class="tr-caption" style="text-align: center;">{esc(cap)}</td></tr></tbody></table>'
            )  # fmt: skip
        out.append(_line("<br />"))
    if art.signature:
        inner = f"<i>{esc(art.signature)}</i>" if art.extra.get("italic") else f"<b>{esc(art.signature)}</b>"
        out.append(_line(inner, "text-align: right;"))
    if art.source_line:
        out.append(_line(f"<i>{esc(art.source_line)}</i>", "text-align: right;"))
    return "\n".join(out)


def _post(art: Art, *, header: bool, item: bool) -> str:
    pid = art.extra["post_id"]
    account = art.extra["account"]
    title = esc(art.title) if item else f'<a href="{art.path}">{esc(art.title)}</a>'
    date = f'<h2 class="date-header"><span>{esc(art.date_line)}</span></h2>' if header else ""
    label = art.extra["label"]
    comments = (
        '<div class="comments" id="comments"><a name="comments"></a><h4>Không có nhận xét nào:</h4>'
        '<div class="comment-form"><a name="comment-form"></a><h4 id="comment-post-message">Đăng nhận xét</h4></div></div>'
        if item else
        f'<span class="post-comment-link"><a class="comment-link" href="{art.path}#comment-form">Không có nhận xét nào:</a></span>'
    )  # fmt: skip
    return f"""<div class="date-outer">{date}<div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh1/s72-c/thumb.jpg" itemprop="image_url" /><a name="{pid}"></a>
<h3 class="post-title entry-title" itemprop="name">{title}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{pid}" itemprop="description articleBody">
{_body(art)}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">Đăng bởi <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><meta content="https://www.blogger.com/profile/0{pid}" itemprop="url" /><a class="g-profile" href="https://www.blogger.com/profile/0{pid}" rel="author" title="author profile"><span itemprop="name">{esc(account)}</span></a></span></span>
<span class="post-timestamp">vào lúc <meta content="{art.path}" itemprop="url" /><a class="timestamp-link" href="{art.path}" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="{art.published}">{hm(art.published)}</abbr></a></span>
{comments}
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=1234&amp;postID={pid}&amp;target=email" target="_blank" title="Gửi email bài đăng này"><span class="share-button-link-text">Gửi email bài đăng này</span></a><a class="goog-inline-block share-button sb-blog" href="https://www.blogger.com/share-post.g?blogID=1234&amp;postID={pid}&amp;target=blog" target="_blank" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-facebook" href="https://www.blogger.com/share-post.g?blogID=1234&amp;postID={pid}&amp;target=facebook" target="_blank" title="Chia sẻ lên Facebook"><span class="share-button-link-text">Chia sẻ lên Facebook</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Nhãn: <a href="{_label_url(label)}" rel="tag">{esc(label)}</a></span></div></div>
</div></div></div></div>"""


def _li(a: Art) -> str:
    return f'<li><a href="{a.path}">{esc(a.title)}</a></li>'


def _sidebar() -> str:
    months: dict[str, list[Art]] = {}
    for a in ARTICLES:
        months.setdefault(a.published[:7], []).append(a)
    arch = "".join(
        f'<li class="archivedate expanded"><a class="toggle" href="javascript:void(0)"><span class="zippy toggle-open">▼&nbsp;</span></a>'
        f'<a class="post-count-link" href="/{ym[:4]}/{ym[5:]}/">tháng {int(ym[5:])}</a> <span class="post-count" dir="ltr">({len(arts)})</span>'
        f'<ul class="posts">{"".join(_li(a) for a in arts)}</ul></li>'
        for ym, arts in months.items()
    )  # fmt: skip
    labels = "".join(
        f'<li><a dir="ltr" href="{_label_url(lb)}">{esc(lb)}</a> <span dir="ltr">({sum(a.extra["label"] == lb for a in ARTICLES)})</span></li>'
        for lb in LABELS
    )  # fmt: skip
    return f"""<div class="sidebar section" id="sidebar-right-1">
<div class="widget BlogArchive" id="BlogArchive1"><h2>Lưu trữ Blog</h2><div class="widget-content"><div id="ArchiveList"><ul class="hierarchy">
<li class="archivedate expanded"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count" dir="ltr">({len(ARTICLES)})</span><ul class="hierarchy">{arch}</ul></li></ul></div></div></div>
<div class="widget Profile" id="Profile1"><h2>Giới thiệu về tôi</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="https://www.blogger.com/profile/0123" rel="author">{esc(NAME)}</a></dt>
<dd class="profile-textblock">Trang thông tin của Ủy ban nhân dân xã Phúc Khê, huyện Yên Hà.</dd></dl><a class="profile-link" href="https://www.blogger.com/profile/0123" rel="author">Xem hồ sơ hoàn chỉnh của tôi</a></div></div>
<div class="widget Label" id="Label1"><h2>Nhãn</h2><div class="widget-content list-label-widget-content"><ul>{labels}</ul></div></div>
<div class="widget Stats" id="Stats1"><h2>Tổng số lượt xem trang</h2><div class="widget-content"><span class="counter-wrapper text-counter-wrapper">48.215</span></div></div></div>"""


def _layout(title: str, main: str, canonical: str) -> str:
    page_title = NAME if title == NAME else f"{NAME}: {title}"
    return f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="vi" xmlns="http://www.w3.org/1999/xhtml" xmlns:b="http://www.google.com/2005/gml/b" xmlns:data="http://www.google.com/2005/gml/data" xmlns:expr="http://www.google.com/2005/gml/expr">
<head><meta content="width=1100" name="viewport" /><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta content="blogger" name="generator" /><link href="{canonical}" rel="canonical" />
<link rel="alternate" type="application/atom+xml" title="{esc(NAME)} - Atom" href="/feeds/posts/default" />
<meta content="{esc(title)}" property="og:title" /><meta content="{canonical}" property="og:url" />
<title>{esc(page_title)}</title><link type="text/css" rel="stylesheet" href="https://www.blogger.com/static/v1/widgets/2577219124-widget_css_bundle.css" /></head>
<body class="loading"><div class="content"><div class="content-outer"><div class="content-inner">
<header><div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">{esc(NAME)}</a></h1></div>
<div class="descriptionwrapper"><p class="description"><span>Trang thông tin điện tử xã Phúc Khê, huyện Yên Hà</span></p></div></div></div></div></header>
<div class="tabs-outer"><div class="PageList widget" id="PageList1"><div class="widget-content"><ul><li class="selected"><a href="/">Trang chủ</a></li><li><a href="/p/gioi-thieu.html">Giới thiệu</a></li><li><a href="/p/lien-he.html">Liên hệ</a></li></ul></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner">
<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">{main}</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside>{_sidebar()}</aside></div></div></div></div></div>
<footer><div class="footer-outer"><div class="Attribution widget" id="Attribution1"><div class="widget-content" style="text-align: center;">Chủ đề Đơn giản. Được tạo bởi <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer>
</div></div></div><script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/3845888474-widgets.js"></script></body></html>"""


def _pager(newer: str | None, older: str | None) -> str:
    parts = []
    if newer:
        parts.append(f'<span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="{newer}" title="Bài đăng Mới hơn">Bài đăng Mới hơn</a></span>')
    if older:
        parts.append(f'<span id="blog-pager-older-link"><a class="blog-pager-older-link" href="{older}" title="Bài đăng Cũ hơn">Bài đăng Cũ hơn</a></span>')
    parts.append('<a class="home-link" href="/">Trang chủ</a>')
    feed = '<div class="post-feeds"><div class="feed-links">Đăng ký: <a class="feed-link" href="/feeds/posts/default" target="_blank" type="application/atom+xml">Đăng Nhận xét (Atom)</a></div></div>'
    return f'<div class="blog-pager" id="blog-pager">{"".join(parts)}</div><div class="clear"></div>{feed}'


def render_article(art: Art) -> str:
    i = ARTICLES.index(art)
    newer = ARTICLES[i - 1].path if i else None
    older = ARTICLES[i + 1].path if i + 1 < len(ARTICLES) else None
    return _layout(art.title, _post(art, header=True, item=True) + _pager(newer, older), art.path)


def _older_url(arts: list[Art], page: int) -> str:
    last = arts[page * PER_PAGE - 1]
    return "/search?updated-max=" + quote(last.published, safe="") + f"&max-results={PER_PAGE}"


def render_list(title: str, arts: list[Art], canonical: str, page: int = 1) -> str:
    chunk = arts[(page - 1) * PER_PAGE : page * PER_PAGE]
    posts, day = [], None
    for a in chunk:  # Blogger shows a date header once per day
        posts.append(_post(a, header=a.published[:10] != day, item=False))
        day = a.published[:10]
    older = _older_url(arts, page) if page * PER_PAGE < len(arts) else None
    newer = "/" if page > 1 else None
    return _layout(title, "".join(posts) + _pager(newer, older), canonical)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_list(NAME, ARTICLES, "/")
    out[_older_url(ARTICLES, 1)] = render_list(NAME, ARTICLES, "/", 2)
    for ym in sorted({a.published[:7] for a in ARTICLES}):
        path = f"/{ym[:4]}/{ym[5:]}/"
        arts = [a for a in ARTICLES if a.published.startswith(ym)][:PER_PAGE]
        out[path] = render_list(f"tháng {int(ym[5:])} {ym[:4]}", arts, path)
    out["/2024/"] = render_list("2024", ARTICLES[:PER_PAGE], "/2024/")
    for label in LABELS:
        arts = [a for a in ARTICLES if a.extra["label"] == label][:PER_PAGE]
        out[_label_url(label)] = render_list(label, arts, _label_url(label))
    for slug, (title, paras) in STATIC.items():
        body = "\n".join(_line(esc(p)) for p in paras)
        page = (
            '<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">'
            f'{esc(title)}</h3><div class="post-body entry-content">{body}</div></div></div>'
        )
        out[f"/p/{slug}.html"] = _layout(title, page, f"/p/{slug}.html")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\nAllow: /\n\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})  # fmt: skip
