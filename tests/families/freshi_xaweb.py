"""A commune's portal on a hosted site builder: the page's ``<h1>`` is the section's banner,
the headline a ``div``, the date only a ``<time datetime>`` in UTC shown as "2 ngày trước"
(fresh-I, round 18: title and date conventions the other families lack).

Built in round 18 as a fresh family (``FRESH_I``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc-su-kien/<slug>``: ``<h1 class="wb-banner-title">Tin tức - Sự kiện</h1>``
  in the section's banner on every page of the section, the headline in
  ``div.wb-post-title`` (CSS ``text-transform: uppercase``); three editors typed their
  headline in capitals: the truth is the headline as the HTML writes it (capitals there,
  sentence case elsewhere, never the CSS's rendering). ``<title>`` is "Tin tức - Sự kiện |
  UBND xã Tân Lập", ``og:title`` the site's name.
- The date: only ``<time class="wb-post-date" datetime="2024-03-05T01:40:00.000Z">`` whose text
  is relative ("2 ngày trước", "1 tuần trước"); the truth is that instant on the site's clock
  (+07:00; one post at 17:30Z is the next day's 00:30 there).
- After the body: "Bài viết khác", cards each with its headline link and a two-digit-year day
  "05/03/24" (never the article's date); signatures right-aligned in bold, one labelled
  "Người viết: ...".
- Not articles: the home page, the section and its ``?page=2``, "Giới thiệu".
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fi-xaweb"
NAME = "UBND xã Tân Lập"


@dataclass(frozen=True)
class CapsArt(Art):
    """An article whose editor typed the headline in capitals (the truth as written)."""

    @property
    def title(self) -> str:
        title = super().title
        return title.upper() if self.extra.get("caps") else title


def _art(key: str, slug: str, utc: str, local: str, rel: str, **kw: object) -> Art:
    extra = {"utc": utc, "rel": rel, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return CapsArt(KEY[key], f"/tin-tuc-su-kien/{slug}", local, rel, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-lam-duong", "ra-quan-lam-duong-giao-thong-nong-thon", "2024-03-05T01:40:00.000Z", "2024-03-05T08:40:00+07:00",
         "2 tuần trước", signature="Hà Văn Tuấn", author="Hà Văn Tuấn", extra={"caps": True},
         image=("/s/tanlap/files/lam-duong.jpg", "Người dân thôn Khe Mít cùng làm đường.")),
    _art("tl-tiem-chung", "tiem-vac-xin-cho-tre-em", "2024-03-07T02:15:00.000Z", "2024-03-07T09:15:00+07:00",
         "12 ngày trước", signature="Lò Thị Hoa", author="Lò Thị Hoa"),
    _art("tl-tiep-xuc-cu-tri", "dai-bieu-hdnd-tiep-xuc-cu-tri", "2024-03-04T17:30:00.000Z", "2024-03-05T00:30:00+07:00",
         "2 tuần trước", signature="Người viết: Nguyễn Thanh Bình", author="Nguyễn Thanh Bình", extra={"caps": True}),
    _art("tl-nha-dai-doan-ket", "ban-giao-nha-dai-doan-ket", "2024-03-11T08:00:00.000Z", "2024-03-11T15:00:00+07:00",
         "8 ngày trước", signature="Lò Thị Hoa", author="Lò Thị Hoa",
         image=("/s/tanlap/files/nha-dai-doan-ket.jpg", "Lãnh đạo xã trao quyết định bàn giao nhà cho gia đình ông Lục Văn Sáng.")),
    _art("tl-lo-mom-long-mong", "phong-chong-lo-mom-long-mong", "2024-03-13T00:45:00.000Z", "2024-03-13T07:45:00+07:00",
         "6 ngày trước", extra={"caps": True}),
    _art("tl-ky-niem-8-3", "ky-niem-ngay-quoc-te-phu-nu", "2024-03-08T10:20:00.000Z", "2024-03-08T17:20:00+07:00",
         "11 ngày trước", signature="Hà Văn Tuấn", author="Hà Văn Tuấn"),
    _art("pm-tong-ve-sinh", "tong-ve-sinh-moi-truong", "2024-03-17T23:50:00.000Z", "2024-03-18T06:50:00+07:00",
         "1 ngày trước", signature="Lò Thị Hoa", author="Lò Thị Hoa"),
]  # fmt: skip
CHROME = ["Bài viết khác", "Được tạo bằng", "Chia sẻ bài viết", "Đăng ký nhận tin", "Theo dõi chúng tôi"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _yy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[2:4]}"


def _layout(title: str, main: str, banner: str = "Tin tức - Sự kiện") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta property="og:title" content="{esc(NAME)}"><meta property="og:type" content="website">
<meta name="generator" content="WebBuilder 5"><style>.wb-post-title{{text-transform:uppercase}}</style></head><body>
<div class="wb-header"><a class="wb-logo" href="/"><img src="/s/tanlap/logo.png" alt="{esc(NAME)}"></a>
<nav class="wb-nav"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></nav></div>
<section class="wb-banner"><h1 class="wb-banner-title">{esc(banner)}</h1></section>
<section class="wb-section"><div class="wb-container">{main}</div></section>
<div class="wb-footer"><div class="wb-col">{esc(NAME)}, huyện Mường Lạn. Điện thoại: 0215.3870.112</div>
<div class="wb-col">Theo dõi chúng tôi: <a href="#">Facebook</a></div>
<div class="wb-col">Đăng ký nhận tin <form><input name="email"><button>Gửi</button></form></div>
<div class="wb-credit">Được tạo bằng WebBuilder</div></div></body></html>"""


def _card(a: Art) -> str:
    return (f'<div class="wb-card"><a href="{a.path}"><img src="/s/tanlap/thumb/{a.path.rsplit("/", 1)[1]}.jpg" alt=""></a>'
            f'<h4 class="wb-card-title"><a href="{a.path}">{esc(a.title)}</a></h4><span class="wb-card-date">{_yy(a.published)}</span></div>')


def _figure(src: str, cap: str) -> str:
    return f'<figure class="wb-image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    others = "".join(_card(a) for a in NEWS if a is not art)
    main = (f'<div class="wb-post"><div class="wb-post-title">{esc(art.title)}</div>'
            f'<div class="wb-post-meta"><time class="wb-post-date" datetime="{art.extra["utc"]}">{esc(art.extra["rel"])}</time></div>'
            f'<div class="wb-post-body"><p><strong>{esc(art.lead)}</strong></p>{body}</div>'
            f'<div class="wb-share">Chia sẻ bài viết <a href="#">Facebook</a></div></div>'
            f'<div class="wb-related"><h3>Bài viết khác</h3><div class="wb-grid">{others}</div></div>')
    return _layout("Tin tức - Sự kiện", main)


def _listing(arts: list[Art], page: int) -> str:
    items = "".join(
        f'<div class="wb-list-item"><a href="{a.path}"><img src="/s/tanlap/thumb/{a.path.rsplit("/", 1)[1]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="wb-card-date">{_yy(a.published)}</span>'
        f"<p>{esc(a.lead[:150])}...</p></div>" for a in arts
    )
    pager = ('<div class="wb-pager"><span>1</span><a href="/tin-tuc-su-kien?page=2">2</a></div>' if page == 1
             else '<div class="wb-pager"><a href="/tin-tuc-su-kien">1</a><span>2</span></div>')
    return _layout("Tin tức - Sự kiện", f'<div class="wb-list">{items}</div>{pager}')


def render_home() -> str:
    cards = "".join(_card(a) for a in NEWS[:6])
    return _layout("Trang chủ", f'<h2 class="wb-heading">Tin tức mới</h2><div class="wb-grid">{cards}</div>'
                   '<h2 class="wb-heading">Liên kết</h2><p><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></p>',
                   banner=f"Chào mừng đến với trang thông tin điện tử {NAME}")


def render_about() -> str:
    text = (
        "Xã Tân Lập nằm ở phía đông huyện Mường Lạn, có diện tích tự nhiên 4.215 ha, gồm 9 thôn với 1.136 hộ.",
        "Trên địa bàn xã có ba dân tộc cùng sinh sống là Tày, Dao và Kinh; nghề chính là trồng lúa, chè và chăn nuôi gia súc.",
        "Năm 2023, xã đạt chuẩn nông thôn mới; thu nhập bình quân đầu người đạt 42 triệu đồng một năm.",
    )
    return _layout("Giới thiệu", "".join(f"<p>{esc(t)}</p>" for t in text), banner="Giới thiệu")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc-su-kien"] = _listing(NEWS[:5], 1)
    out["/tin-tuc-su-kien?page=2"] = _listing(NEWS[5:], 2)
    out["/gioi-thieu"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
