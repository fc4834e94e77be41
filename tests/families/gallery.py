"""A town's culture and media centre on an HTML5 theme: news beside photo galleries, videos,
an event's landing page, tags and search, all dated the same way.

- Articles ``/tin-tuc/<slug>-a<id>.html``: ``article.post-detail``, ``h1.post-title``,
  ``<time datetime>`` shown as "21:30 | 09/03/2024", a sapo, figures with captions, tags.
  Authors: "Tin, ảnh: Hoàng Thu", "Bài và ảnh: Lò Văn Sơn", "Nhóm PV" as the body's last
  line; "Tác giả: Mai Hoa" in a span above the sapo; or only ``<meta name="author">``.
- Photo galleries ``/thu-vien-anh/<slug>-g<id>.html`` and a video ``/video/<slug>-v<id>.html``:
  the same title and date markup, a caption of a sentence or two, pictures or a player.
- An event's landing page ``/su-kien/<slug>-e<id>.html`` (a dated introduction and the
  event's articles), tags ``/tag/<slug>.html``, search ``/tim-kiem.html?q=...``, a category
  with one article (``/the-thao.html``), "Giới thiệu" with its update date.
- The aside: the weather in the town, a hotline with its owner's name, featured videos.
- A sitemap of the articles, galleries and videos; robots.txt names it.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-gallery"
NAME = "Trung tâm Văn hóa, Thể thao và Truyền thông thị xã Phú Lâm"
IMG = "/uploads/2024/03/"


def _art(key: str, slug: str, ident: int, iso: str, cat: str, tags: tuple[str, ...], **kw: object) -> Art:
    line = f"{hm(iso)} | {dmy(iso)}"
    return Art(KEY[key], f"/tin-tuc/{slug}-a{ident}.html", iso, line, extra={"cat": cat, "tags": tags}, **kw)  # type: ignore[arg-type]


def _make() -> list[Art]:
    out = []
    for key, slug, ident, iso, cat, tags, kw in (
        ("pl-lien-hoan-dan-ca", "lien-hoan-dan-ca-cac-dan-toc-lan-thu-v", 5121, "2024-03-09T21:30:00+07:00", "van-hoa",
         ("le-hoi", "dan-ca"), {"signature": "Tin, ảnh: Hoàng Thu", "author": "Hoàng Thu",
                                "image": (IMG + "lien-hoan-1.jpg", "Tiết mục hát then của đội phường Bình Minh.")}),
        ("pl-giai-bong-chuyen", "be-mac-giai-bong-chuyen-hoi-nguoi-cao-tuoi", 5117, "2024-03-06T17:45:00+07:00", "the-thao",
         (), {"signature": "Bài và ảnh: Lò Văn Sơn", "author": "Lò Văn Sơn",
              "image": (IMG + "bong-chuyen.jpg", "Trận chung kết nội dung nữ giữa hai đội Bình Minh và Thanh Lương.")}),
        ("pl-thu-vien-luu-dong", "thu-vien-luu-dong-dua-sach-ve-cac-truong-vung-kho", 5112, "2024-03-05T09:00:00+07:00",
         "van-hoa", ("doc-sach",), {"signature": "Nhóm PV", "author": "Nhóm PV"}),
        ("pl-ngay-hoi-van-hoa", "ngay-hoi-van-hoa-cac-dan-toc-to-dan-pho-so-7", 5108, "2024-03-03T15:20:00+07:00",
         "van-hoa", ("le-hoi",), {"author": "Thanh Mai"}),
        ("pl-phat-thanh-co-so", "nang-cap-he-thong-truyen-thanh-co-so", 5103, "2024-02-29T10:10:00+07:00", "van-hoa",
         (), {"byline": "Mai Hoa", "author": "Mai Hoa"}),
    ):  # fmt: skip
        out.append(_art(key, slug, ident, iso, cat, tags, **kw))
    return out


ARTICLES = _make()
META_ONLY = {"pl-ngay-hoi-van-hoa"}  # the author is only in <meta name="author">
CATS = {"van-hoa": "Văn hóa - Văn nghệ", "the-thao": "Thể thao"}
TAGS = {"le-hoi": "lễ hội", "dan-ca": "dân ca", "doc-sach": "đọc sách"}
GALLERIES = [
    ("/thu-vien-anh/anh-dep-lien-hoan-dan-ca-2024-g412.html", "Ảnh: Sắc màu Liên hoan dân ca các dân tộc 2024",
     "2024-03-10T08:00:00+07:00", "Một số hình ảnh tại đêm khai mạc Liên hoan dân ca các dân tộc thị xã Phú Lâm lần thứ V.",
     ["Đội phường Bình Minh", "Đội xã Thanh Lương", "Nghệ nhân hát then", "Khán giả cổ vũ"], "Ảnh: Hoàng Thu"),
    ("/thu-vien-anh/xuan-tren-ban-vung-cao-g409.html", "Xuân trên bản vùng cao",
     "2024-02-20T07:30:00+07:00", "Sắc hoa đào, hoa mận trên các bản vùng cao thị xã Phú Lâm những ngày đầu xuân.",
     ["Hoa đào bản Khe Lếch", "Chợ phiên ngày xuân", "Trẻ em chơi đu quay"], "Ảnh: Lò Văn Sơn"),
]  # fmt: skip
VIDEO = ("/video/phong-su-thu-vien-luu-dong-v77.html", "Phóng sự: Chuyến xe chở sách về bản",
         "2024-03-06T20:00:00+07:00", "Phóng sự về hành trình của xe thư viện lưu động đến các điểm trường vùng khó.")
EVENT = ("/su-kien/lien-hoan-dan-ca-cac-dan-toc-2024-e3.html", "Liên hoan dân ca các dân tộc năm 2024",
         "2024-03-01T00:00:00+07:00",
         "Liên hoan dân ca các dân tộc thị xã Phú Lâm năm 2024 diễn ra từ ngày 9 đến 11/3 tại Quảng trường trung tâm. "
         "Theo dõi tin, ảnh về liên hoan tại chuyên trang này.")
CHROME = [
    "Thời tiết", "Phú Lâm 24°C", "Đường dây nóng", "0214 3822 456", "Trần Thị Hoa", "Video nổi bật",
    "Thư viện ảnh", "Tin cùng chuyên mục", "Từ khóa", "Lượt xem", "Trang chủ", "Bản quyền",
    "Tác giả:", "Chia sẻ",
]  # fmt: skip
STATIC = ("/gioi-thieu.html", "Giới thiệu Trung tâm", "Cập nhật ngày 12/01/2024", [
    "Trung tâm Văn hóa, Thể thao và Truyền thông thị xã Phú Lâm là đơn vị sự nghiệp công lập trực thuộc Ủy ban "
    "nhân dân thị xã, được thành lập năm 2019 trên cơ sở hợp nhất Trung tâm Văn hóa - Thể thao và Đài Truyền thanh.",
    "Trung tâm có chức năng tổ chức các hoạt động văn hóa, văn nghệ, thể dục thể thao, thông tin cổ động, thư viện "
    "và sản xuất chương trình phát thanh, truyền hình phục vụ nhiệm vụ chính trị của địa phương.",
])  # fmt: skip


def _aside() -> str:
    gal = "".join(f'<li><a href="{g[0]}">{esc(g[1])}</a></li>' for g in GALLERIES)
    return f"""<aside class="sidebar"><div class="widget weather"><h4>Thời tiết</h4><p><span class="city">Phú Lâm</span> <span class="temp">24°C</span></p></div>
<div class="widget hotline"><h4>Đường dây nóng</h4><p>0214 3822 456</p><p class="owner">Trần Thị Hoa</p></div>
<div class="widget videos"><h4>Video nổi bật</h4><ul><li><a href="{VIDEO[0]}">{esc(VIDEO[1])}</a></li></ul></div>
<div class="widget gallery"><h4>Thư viện ảnh</h4><ul>{gal}</ul></div></aside>"""


def _layout(title: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/{c}.html">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(NAME)}</title>{head}<link rel="stylesheet" href="/themes/phulam/app.css"></head>
<body><header class="site-header"><a class="logo" href="/"><img src="/themes/phulam/logo.png" alt="{esc(NAME)}"></a>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.html">Tin tức</a></li>{menu}
<li><a href="{EVENT[0]}">Sự kiện</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li></ul>
<form action="/tim-kiem.html"><input name="q"></form></nav></header>
<div class="wrap"><main class="site-main">{main}</main>{_aside()}</div>
<footer class="site-footer"><p>{esc(NAME)} - Số 12 đường Hoàng Liên, phường Bình Minh</p><p>Bản quyền © 2024</p></footer></body></html>"""


def _time(iso: str) -> str:
    return f'<time datetime="{iso}">{hm(iso)} | {dmy(iso)}</time>'


def _key(art: Art) -> str:
    return next(k for k, i in KEY.items() if i == art.text)


def render_article(art: Art) -> str:
    figs = ([art.image] if art.image else [])
    blocks = []
    for i, p in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(p)}</p>")
        if i < len(figs):
            blocks.append(f'<figure class="image"><img src="{figs[i][0]}" alt=""><figcaption>{esc(figs[i][1])}</figcaption></figure>')
    if art.signature:
        blocks.append(f"<p><strong>{esc(art.signature)}</strong></p>")
    tags = "".join(f'<a href="/tag/{t}.html">{esc(TAGS[t])}</a> ' for t in art.extra["tags"])  # type: ignore[attr-defined]
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art)
    byline = f'<span class="tac-gia">Tác giả: {esc(art.byline)}</span>' if art.byline else ""
    head = f'\n<meta name="author" content="{esc(art.author)}">' if _key(art) in META_ONLY else ""
    main = f"""<article class="post-detail"><nav class="crumbs"><a href="/">Trang chủ</a> › <a href="/{art.extra['cat']}.html">{esc(CATS[art.extra['cat']])}</a></nav>
<h1 class="post-title">{esc(art.title)}</h1><div class="post-meta">{_time(art.published)} <span class="views">Lượt xem: 312</span></div>{byline}
<div class="post-sapo">{esc(art.lead)}</div><div class="post-content">{''.join(blocks)}</div>
<div class="post-tags">Từ khóa: {tags}</div><div class="share">Chia sẻ: <a href="https://facebook.com/sharer">Facebook</a></div>
<section class="related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></section></article>"""
    return _layout(art.title, main, head + f'\n<meta property="og:title" content="{esc(art.title)}">')


def render_gallery(path: str, title: str, iso: str, caption: str, pics: list[str], credit: str) -> str:
    imgs = "".join(f'<figure><img src="{IMG}g{i}.jpg" alt="{esc(p)}"><figcaption>{esc(p)}</figcaption></figure>' for i, p in enumerate(pics))
    main = f"""<article class="post-detail gallery-detail"><h1 class="post-title">{esc(title)}</h1><div class="post-meta">{_time(iso)}</div>
<div class="post-sapo">{esc(caption)}</div><div class="gallery-grid">{imgs}</div><p class="credit">{esc(credit)}</p></article>"""
    return _layout(title, main, f'\n<meta property="og:title" content="{esc(title)}">')


def render_video() -> str:
    path, title, iso, caption = VIDEO
    main = f"""<article class="post-detail video-detail"><h1 class="post-title">{esc(title)}</h1><div class="post-meta">{_time(iso)}</div>
<div class="player"><video controls src="/media/video/thu-vien-luu-dong.mp4"></video></div><div class="post-sapo">{esc(caption)}</div></article>"""
    return _layout(title, main, f'\n<meta property="og:title" content="{esc(title)}">')


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="post-item"><a href="{a.path}"><img src="{(a.image or (IMG + "no-image.jpg", ""))[0]}" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3>{_time(a.published)}<p>{esc(a.lead)}</p></div>' for a in arts
    )  # fmt: skip


def render_list(title: str, arts: list[Art], intro: str = "") -> str:
    return _layout(title, f'<h1 class="cat-title">{esc(title)}</h1>{intro}<div class="post-list">{_teasers(arts)}</div>')


def render_event() -> str:
    path, title, iso, intro = EVENT
    arts = [a for a in ARTICLES if "dan-ca" in a.extra["tags"] or _key(a) == "pl-thu-vien-luu-dong"]
    head = f'<div class="event-intro"><div class="post-meta">{_time(iso)}</div><p>{esc(intro)}</p></div>'
    return render_list(title, arts, head)


def render_static() -> str:
    path, title, updated, paras = STATIC
    main = f'<article class="page"><h1 class="post-title">{esc(title)}</h1><p class="updated">{esc(updated)}</p>' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</article>"
    return _layout(title, main)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _layout("Trang chủ", f'<section class="latest"><h2>Tin mới</h2><div class="post-list">{_teasers(ARTICLES[:4])}</div></section>')
    out["/tin-tuc.html"] = render_list("Tin tức", ARTICLES)
    for cat, title in CATS.items():
        out[f"/{cat}.html"] = render_list(title, [a for a in ARTICLES if a.extra["cat"] == cat])
    for g in GALLERIES:
        out[g[0]] = render_gallery(*g)
    out[VIDEO[0]] = render_video()
    out[EVENT[0]] = render_event()
    for tag in TAGS:
        out[f"/tag/{tag}.html"] = render_list(f"Từ khóa: {TAGS[tag]}", [a for a in ARTICLES if tag in a.extra["tags"]])
    out["/tim-kiem.html?q=v%C4%83n+h%C3%B3a"] = render_list("Kết quả tìm kiếm: văn hóa", ARTICLES[2:4])
    out[STATIC[0]] = render_static()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    entries = [a.path for a in ARTICLES] + [g[0] for g in GALLERIES] + [VIDEO[0]]
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": entries})  # fmt: skip
