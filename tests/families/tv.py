"""A provincial radio and television station's site: news, video and photo stories in three
templates, newscast pages that are only a player, live pages with a broadcast schedule.

- News ``/<section>/<slug>-a<id>.html`` (title ``h1.detail-title``, "21:40 | 09/03/2024",
  sapo, captioned images in tables, a signature "Nhóm PV", "Hồng Nhung (VLTV)", "PV" or
  none); videos ``/video/<slug>-v<id>.html`` (a player first, then the title, "PV: ..." beside
  the date, a short text); a photo story ``/anh/<slug>-p<id>.html`` (three captioned photos,
  "Ảnh: ..." under the title). ISO dates only in ``article:published_time``.
- "Bản tin thời sự" ``/chuong-trinh/ban-tin-thoi-su`` lists newscasts with air times; each
  newscast page is a player, a title with a date and a view count, and no text; live pages
  ``/truc-tuyen/...`` carry the day's schedule with times.
- "Xem nhiều nhất" with dates and "Bản tin thời sự" with times on every page; "Tin liên
  quan" / "Video khác" lists with dates; tag pages; "Quảng cáo" rates, contact.
- robots.txt names a sitemap index (articles by month, videos, sections) and a news sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paginate, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-tv"
NAME = "Đài Phát thanh và Truyền hình tỉnh Vân Lĩnh"
SHORT = "VLTV"
UP = "/media/images/2024/03/"
SECTIONS = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "van-hoa": "Văn hóa - Du lịch", "video": "Video", "anh": "Ảnh"}
TAGS = {"le-hoi": "lễ hội", "mua-kho": "mùa khô"}


def _art(key: str, section: str, slug: str, ident: str, iso: str, kind: str = "news", tags: tuple[str, ...] = (),
         **kw: object) -> Art:  # fmt: skip
    line = f"{hm(iso)} | {dmy(iso)}"
    extra = {"section": section, "id": ident, "kind": kind, "tags": tags, "sapo": kw.pop("sapo", True)}
    return Art(KEY[key], f"/{section}/{slug}-{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("vl-anh-ruong-bac-thang", "anh", "mua-nuoc-do-tren-ruong-bac-thang-phin-ho", "p412",
         "2024-03-16T07:30:00+07:00", kind="photo", byline="Ảnh: Đức Thành", author="Đức Thành",
         image=(UP + "ruong-bac-thang-1.jpg", "Người dân xã Phìn Hồ dẫn nước vào ruộng bậc thang."),
         more_images=((UP + "ruong-bac-thang-2.jpg", "Ruộng bậc thang Phìn Hồ lúc hoàng hôn."),
                      (UP + "ruong-bac-thang-3.jpg", "Một homestay nhìn ra thung lũng ruộng bậc thang."))),
    _art("vl-video-chay-rung", "video", "chu-dong-phong-chay-rung-trong-cao-diem-mua-kho", "v5521",
         "2024-03-13T19:45:00+07:00", kind="video", tags=("mua-kho",), byline="PV: Quang Huy", author="Quang Huy"),
    _art("vl-gia-ca-phe", "kinh-te", "gia-ca-phe-tang-cao-nong-dan-van-linh-phan-khoi", "a18851",
         "2024-03-12T10:15:00+07:00", signature="Hồng Nhung (VLTV)", author="Hồng Nhung",
         image=(UP + "ca-phe-ta-phin.jpg", "Nông dân xã Tà Phìn phơi cà phê nhân.")),
    _art("vl-sat-lo-152", "thoi-su", "khan-truong-khac-phuc-diem-sat-lo-tren-tinh-lo-152", "a18856",
         "2024-03-12T16:50:00+07:00", sapo=False, signature="PV", author="PV"),
    _art("vl-video-lop-hoc", "video", "lop-hoc-tinh-thuong-ben-dong-nam-lu", "v5517",
         "2024-03-10T20:05:00+07:00", kind="video", byline="PV: Thu Trang", author="Thu Trang"),
    _art("vl-le-hoi-hoa-dao", "van-hoa", "khai-mac-le-hoi-hoa-dao-van-linh-nam-2024", "a18842",
         "2024-03-09T21:40:00+07:00", tags=("le-hoi",), signature="Nhóm PV", author="Nhóm PV",
         image=(UP + "hoa-dao-khai-mac.jpg", "Màn nghệ thuật khai mạc Lễ hội hoa đào Vân Lĩnh năm 2024."),
         more_images=((UP + "hoa-dao-dao-co.jpg", "Du khách chụp ảnh bên gốc đào cổ thụ."),
                      (UP + "hoa-dao-dua-ngua.jpg", "Giải đua ngựa truyền thống thu hút đông người xem."))),
    _art("vl-xuc-tien-dau-tu", "kinh-te", "hoi-nghi-xuc-tien-dau-tu-vao-khu-cong-nghiep-ban-khen", "a18820",
         "2024-03-05T17:20:00+07:00"),
]  # fmt: skip
NEWEST = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
PER_PAGE = 5
NEWSCASTS = [
    ("e3305", "19:45", "2024-03-14", 1503), ("e3303", "19:45", "2024-03-13", 1288),
    ("e3302", "11:30", "2024-03-13", 642), ("e3301", "19:45", "2024-03-12", 1740),
]  # fmt: skip
CHROME = [
    "Xem nhiều nhất", "Bản tin thời sự", "Tin liên quan", "Trực tuyến", "VLTV1",
    "Phát thanh", "Lượt xem", "Chia sẻ", "Từ khóa", "Giấy phép số 215/GP-BTTTT",
    "Chịu trách nhiệm", "Nông Văn Thạch", "Số 25 đường Hoàng Văn Thụ", "0214 3826 333",
    "toasoan@vltv.vn", "Bản quyền thuộc", "Quảng cáo", "Đăng nhập",
]  # fmt: skip
STATIC = {
    "/gioi-thieu.html": ("Giới thiệu", [
        "Đài Phát thanh và Truyền hình tỉnh Vân Lĩnh là đơn vị sự nghiệp trực thuộc Ủy ban nhân dân "
        "tỉnh, cơ quan báo chí của Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Vân Lĩnh.",
        "Đài phát sóng kênh truyền hình VLTV1 18 giờ mỗi ngày trên hạ tầng truyền hình số mặt đất, "
        "truyền hình cáp và các nền tảng số; kênh phát thanh FM 96,5 MHz với các chương trình bằng "
        "tiếng Việt, tiếng Tày, tiếng Dao và tiếng Mông.",
        "Đài có 12 phòng, ban chuyên môn với hơn 150 cán bộ, phóng viên, biên tập viên, kỹ thuật "
        "viên; hệ thống thường trú tại tất cả các huyện trong tỉnh.",
    ]),
    "/lien-he.html": ("Liên hệ", [
        "Ban Biên tập Đài Phát thanh và Truyền hình tỉnh Vân Lĩnh, số 25 đường Hoàng Văn Thụ, "
        "thành phố Vân Lĩnh.",
        "Đường dây nóng: 0214 3826 888. Phòng Dịch vụ - Quảng cáo: 0214 3826 777.",
        "Tin bài cộng tác xin gửi về hộp thư điện tử của Ban Biên tập, ghi rõ họ tên, địa chỉ và số "
        "điện thoại của người gửi.",
    ]),
    "/quang-cao.html": ("Bảng giá quảng cáo", [
        "Giá quảng cáo trên kênh VLTV1 áp dụng từ ngày 01/01/2024.",
        "Khung giờ trước và sau chương trình Thời sự 19h45: 3.500.000 đồng/30 giây.",
        "Khung giờ ban ngày từ 6h00 đến 17h00: 1.200.000 đồng/30 giây.",
        "Quảng cáo trên trang điện tử: banner trang chủ 8.000.000 đồng/tháng.",
    ]),
}  # fmt: skip


def _kind(art: Art) -> str:
    return str(art.extra["kind"])


def _boxes() -> str:
    most = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{dmy(a.published)}</span></li>'
        for a in (ARTICLES[5], ARTICLES[2], ARTICLES[1], ARTICLES[6])
    )  # fmt: skip
    casts = "".join(
        f'<li><a href="/chuong-trinh/ban-tin-thoi-su/thoi-su-{t.replace(":", "h")}-ngay-{d[8:]}-{d[5:7]}-{d[:4]}-{e}.html">'
        f"Thời sự {t.replace(':', 'h')}</a> <span class=\"time\">{t} - {d[8:]}/{d[5:7]}/{d[:4]}</span></li>"
        for e, t, d, _ in NEWSCASTS[:3]
    )  # fmt: skip
    return f"""<aside class="sidebar">
<div class="box box-live"><a href="/truc-tuyen/vltv1.html" class="btn-live">Trực tuyến VLTV1</a> <a href="/truc-tuyen/phat-thanh.html" class="btn-live">Phát thanh FM 96,5</a></div>
<div class="box"><h3 class="box-title">Xem nhiều nhất</h3><ol class="most-viewed">{most}</ol></div>
<div class="box"><h3 class="box-title"><a href="/chuong-trinh/ban-tin-thoi-su.html">Bản tin thời sự</a></h3><ul class="newscasts">{casts}</ul></div>
<div class="box box-ads"><a href="/quang-cao.html"><img src="/media/ads/banner-300x250.jpg" alt="Quảng cáo" /></a></div></aside>"""


def _layout(title: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/{s}.html">{label}</a></li>' for s, label in SECTIONS.items())
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} | {SHORT}</title><meta property="og:site_name" content="{SHORT} - {esc(NAME)}" />{head}
<link rel="stylesheet" href="/assets/css/app.css?v=20240301" /><script src="/assets/js/video.min.js"></script></head>
<body class="theme-dark">
<header class="header"><div class="container"><a href="/" class="logo"><img src="/assets/img/logo-vltv.png" alt="{esc(NAME)}" /></a>
<div class="header-live"><a href="/truc-tuyen/vltv1.html">VLTV1</a> <a href="/truc-tuyen/phat-thanh.html">Phát thanh</a></div>
<a href="/dang-nhap" class="login">Đăng nhập</a></div>
<nav class="nav"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/chuong-trinh/ban-tin-thoi-su.html">Chương trình</a></li></ul></nav></header>
<div class="container page"><main class="content">{main}</main>{_boxes()}</div>
<footer class="footer"><div class="container"><p class="footer-name">{esc(NAME).upper()}</p>
<p>Giấy phép số 215/GP-BTTTT ngày 12/5/2021 của Bộ Thông tin và Truyền thông. Chịu trách nhiệm: Giám đốc Nông Văn Thạch</p>
<p>Địa chỉ: Số 25 đường Hoàng Văn Thụ, thành phố Vân Lĩnh - Điện thoại: 0214 3826 333 - Email: toasoan@vltv.vn</p>
<p>© Bản quyền thuộc {SHORT}. <a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/lien-he.html">Liên hệ</a> | <a href="/quang-cao.html">Quảng cáo</a></p></div></footer>
</body></html>"""


def _image(src: str, caption: str) -> str:
    return (
        '<table class="picture" align="center"><tbody><tr><td class="pic"><img src="' + src + '" alt="" /></td></tr>'
        f'<tr><td class="caption"><p>{esc(caption)}</p></td></tr></tbody></table>'
    )


def _text(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    blocks = [] if art.extra["sapo"] else [f"<p>{esc(art.lead)}</p>"]
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f"<p>{esc(paragraph)}</p>")
        if i < len(images):
            blocks.append(_image(*images[i]))
    if art.signature:
        blocks.append(f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>')
    return "".join(blocks)


def _related(art: Art, label: str) -> str:
    same = [a for a in NEWEST if a is not art and _kind(a) == _kind(art)] or [a for a in NEWEST if a is not art]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{hm(a.published)} | {dmy(a.published)}</span></li>' for a in same[:4])
    return f'<div class="related"><h3 class="box-title">{label}</h3><ul>{items}</ul></div>'


def _share(art: Art) -> str:
    tags = "".join(f'<a href="/tag/{t}.html">{esc(TAGS[t])}</a> ' for t in art.extra["tags"])  # type: ignore[attr-defined]
    tag_row = f'<div class="tags">Từ khóa: {tags}</div>' if tags else '<div class="tags">Từ khóa: <a href="/tag/le-hoi.html">lễ hội</a></div>'
    return (
        f'<div class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https://vltv.vn{art.path}">Facebook</a> '
        f'<a href="https://zalo.me/share?u=https://vltv.vn{art.path}">Zalo</a></div>{tag_row}'
    )


def render_article(art: Art) -> str:
    kind = _kind(art)
    sapo = f'<div class="detail-sapo"><strong>{esc(art.lead)}</strong></div>' if art.extra["sapo"] else ""
    if kind == "video":
        main = f"""<div class="video-detail">
<div class="player"><video id="vjs-player" class="video-js" controls preload="auto" poster="/media/video/2024/03/{art.extra["id"]}.jpg" data-setup="{{}}">
<source src="/media/video/2024/03/{art.extra["id"]}.mp4" type="video/mp4" /></video></div>
<h1 class="video-title">{esc(art.title)}</h1>
<div class="video-meta"><span class="time">{esc(art.date_line)}</span> <span class="author">{esc(art.byline or "")}</span> <span class="views">Lượt xem: 2.115</span></div>
<div class="video-desc">{sapo}{_text(art)}</div>{_share(art)}{_related(art, "Video khác")}</div>"""
    elif kind == "photo":
        main = f"""<div class="photo-detail"><h1 class="photo-title">{esc(art.title)}</h1>
<div class="photo-meta"><span class="time">{esc(art.date_line)}</span> <span class="photo-author">{esc(art.byline or "")}</span></div>
<div class="photo-content">{sapo}{_text(art)}</div>{_share(art)}{_related(art, "Tin liên quan")}</div>"""
    else:
        section = str(art.extra["section"])
        main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{section}.html">{SECTIONS[section]}</a></div>
<div class="detail"><h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-time"><i class="icon-clock"></i> {esc(art.date_line)}</div>{sapo}
<div class="detail-content">{_text(art)}</div>{_share(art)}{_related(art, "Tin liên quan")}</div>"""
    og = "video.other" if kind == "video" else "article"
    head = (
        f'\n<meta property="og:type" content="{og}" /><meta property="og:title" content="{esc(art.title)}" />'
        f'\n<meta property="article:published_time" content="{art.published}" />'
    )
    return _layout(art.title, main, head)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="story"><a href="{a.path}" class="thumb{" is-video" if _kind(a) == "video" else ""}"><img src="{UP}thumb-{a.extra["id"]}.jpg" alt="" /></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{hm(a.published)} | {dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:150])}...</p></div>"
        for a in arts
    )


def render_listing(base: str, title: str, arts: list[Art], page: int = 1) -> str:
    pages, chunk = paginate(arts, page, PER_PAGE)
    pager = ""
    if pages > 1:
        stem = base.removesuffix(".html")
        pager = '<div class="pagination">' + "".join(
            f"<span>{n}</span>" if n == page else f'<a href="{base if n == 1 else f"{stem}/trang-{n}.html"}">{n}</a>' for n in range(1, pages + 1)
        ) + "</div>"  # fmt: skip
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>{_teasers(chunk)}{pager}')


def render_home() -> str:
    main = f'<div class="hot">{_teasers(NEWEST[:1])}</div><h2 class="cat-title">Tin mới</h2>{_teasers(NEWEST[1:6])}'
    return _layout("Trang chủ", main)


def _cast_path(e: str, t: str, d: str) -> str:
    return f"/chuong-trinh/ban-tin-thoi-su/thoi-su-{t.replace(':', 'h')}-ngay-{d[8:]}-{d[5:7]}-{d[:4]}-{e}.html"


def render_newscasts() -> str:
    items = "".join(
        f'<div class="episode"><a href="{_cast_path(e, t, d)}"><img src="/media/video/thoi-su/{e}.jpg" alt="" /></a>'
        f'<h3><a href="{_cast_path(e, t, d)}">Thời sự {t.replace(":", "h")} ngày {d[8:]}/{d[5:7]}/{d[:4]}</a></h3><span class="time">{t} | {d[8:]}/{d[5:7]}/{d[:4]}</span></div>'
        for e, t, d, _ in NEWSCASTS
    )  # fmt: skip
    return _layout("Bản tin thời sự", f'<h2 class="cat-title">Bản tin thời sự</h2><div class="episodes">{items}</div>')


def render_newscast(e: str, t: str, d: str, views: int) -> str:
    title = f"Thời sự {t.replace(':', 'h')} ngày {d[8:]}/{d[5:7]}/{d[:4]}"
    others = "".join(
        f'<li><a href="{_cast_path(*x[:3])}">Thời sự {x[1].replace(":", "h")} ngày {x[2][8:]}/{x[2][5:7]}/{x[2][:4]}</a></li>'
        for x in NEWSCASTS if x[0] != e
    )  # fmt: skip
    main = f"""<div class="video-detail episode-detail">
<div class="player"><video id="vjs-player" class="video-js" controls poster="/media/video/thoi-su/{e}.jpg"><source src="/media/video/thoi-su/{e}.mp4" type="video/mp4" /></video></div>
<h1 class="video-title">{title}</h1><div class="video-meta"><span class="time">Phát sóng: {t} | {d[8:]}/{d[5:7]}/{d[:4]}</span> <span class="views">Lượt xem: {f"{views:,}".replace(",", ".")}</span></div>
<div class="related"><h3 class="box-title">Các bản tin khác</h3><ul>{others}</ul></div></div>"""
    head = f'\n<meta property="og:type" content="video.episode" /><meta property="og:title" content="{title}" />'
    return _layout(title, main, head)


SCHEDULE = [
    ("05:30", "Chào ngày mới"), ("06:00", "Thời sự sáng"), ("11:30", "Thời sự trưa"),
    ("14:00", "Phim truyện: Mùa hoa tam giác mạch (tập 12)"), ("18:00", "Chương trình tiếng Mông"),
    ("19:00", "Tiếp sóng Thời sự VTV1"), ("19:45", "Thời sự tối"), ("20:30", "Vân Lĩnh - đất và người"),
]  # fmt: skip


def render_live(channel: str) -> str:
    rows = "".join(f"<tr><td>{t}</td><td>{esc(name)}</td></tr>" for t, name in SCHEDULE)
    label = "Trực tuyến VLTV1" if channel == "vltv1" else "Phát thanh FM 96,5"
    main = (
        f'<h2 class="cat-title">{label}</h2><div class="player live"><video id="live" class="video-js" controls autoplay>'
        f'<source src="https://live.vltv.vn/{channel}/playlist.m3u8" type="application/x-mpegURL" /></video></div>'
        f'<h3>Lịch phát sóng ngày 14/03/2024</h3><table class="schedule">{rows}</table>'
    )
    return _layout(label, main)


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>' + "".join(f"<p>{esc(p)}</p>" for p in paras))


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-moi.html"] = render_listing("/tin-moi.html", "Tin mới", NEWEST)
    out["/tin-moi/trang-2.html"] = render_listing("/tin-moi.html", "Tin mới", NEWEST, 2)
    for section, label in SECTIONS.items():
        out[f"/{section}.html"] = render_listing(f"/{section}.html", label, [a for a in NEWEST if a.extra["section"] == section])
    for tag, label in TAGS.items():
        out[f"/tag/{tag}.html"] = render_listing(f"/tag/{tag}.html", f"Từ khóa: {label}", [a for a in NEWEST if tag in a.extra["tags"]])  # type: ignore[operator]
    out["/chuong-trinh/ban-tin-thoi-su.html"] = render_newscasts()
    for cast in NEWSCASTS:
        out[_cast_path(*cast[:3])] = render_newscast(*cast)
    out["/truc-tuyen/vltv1.html"] = render_live("vltv1")
    out["/truc-tuyen/phat-thanh.html"] = render_live("phat-thanh")
    for path in STATIC:
        out[path] = render_static(path)
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages: dict[str, Page] = {path: Page.html(text) for path, text in _html_pages().items()}
    robots = (
        "User-agent: *\nDisallow: /admin/\nDisallow: /dang-nhap\nDisallow: /search\n\n"
        "Sitemap: {base}/sitemap.xml\nSitemap: {base}/news-sitemap.xml\n"
    )
    sitemaps = {
        "/sitemap.xml": ["/sitemaps/articles-2024-03.xml", "/sitemaps/videos.xml", "/sitemaps/sections.xml"],
        "/sitemaps/articles-2024-03.xml": [a.path for a in NEWEST if _kind(a) != "video"],
        "/sitemaps/videos.xml": [a.path for a in NEWEST if _kind(a) == "video"] + [_cast_path(*c[:3]) for c in NEWSCASTS],
        "/sitemaps/sections.xml": ["/", "/tin-moi.html", *(f"/{s}.html" for s in SECTIONS)],
        "/news-sitemap.xml": [a.path for a in NEWEST[:5]],
    }
    return site_with_files(pages, robots=robots, sitemaps=sitemaps)
