"""A provincial party newspaper's CMS whose ``<h1>`` is the paper's logo on every page and whose
headline is an ``<h2>`` (fresh-I, round 18: title and date conventions the other families lack).

Built in round 18 as a fresh family (``FRESH_I``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/<yyyy>/<mm>/<dd>/<slug>-<id>.html`` (the URL's day is the publication's):
  ``<h1 class="logo">`` holds the paper's name (a link round its logo) on every page, the
  headline is ``h2.article-title``, a category link above it (``div.article-cate``, "Xã hội").
  ``<title>`` is generic, "Chi tiết tin | Báo Thạch Lâm điện tử", and ``og:title`` is the
  paper's name; no JSON-LD, no ``article:*`` tags.
- Series labels typed into the headline: "Kỳ 1: ...", "[Infographic] ...", "Video: ...";
  the truth is the headline as written, label included (it is part of what the paper titled
  the piece). A rubric above the headline in ``div.article-kicker`` ("Ghi chép") is not.
- The date row: "Đăng: 05/03/2024 08:40 GMT+7"; an edited article shows "Cập nhật:
  06/03/2024 10:15" before it in its own ``span``: the publication is the "Đăng" one.
- Video pages ``/video/<yyyy>/<mm>/<dd>/<slug>-<id>.html``: another template, with no date
  line at all; their truth is the URL's day at 00:00 (docs/extraction.md: with no date on the
  page, the day in the URL's path), whatever the dated "Tin khác" teasers under the player say.
- After every body: "Tin khác", teasers each with "(04/03/2024 15:20)": never the article's date.
- Signatures: the last paragraph, right-aligned and bold.
- Not articles: the home page, the section ``/xa-hoi/`` and its page 2, "Giới thiệu".
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fi-baodientu"
NAME = "Báo Thạch Lâm điện tử"


@dataclass(frozen=True)
class TitledArt(Art):
    """An article whose headline carries a series label typed into it."""

    @property
    def title(self) -> str:
        return self.extra.get("label", "") + super().title


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    video = extra.get("video", False)
    day = f"{iso[:4]}/{iso[5:7]}/{iso[8:10]}"
    path = f"/video/{day}/{slug}-{ident}.html" if video else f"/{day}/{slug}-{ident}.html"
    line = "" if video else f"Đăng: {dmy(iso)} {hm(iso)} GMT+7"
    return TitledArt(KEY[key], path, iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bt-xam-nhap-man", "xam-nhap-man-lan-sau", 24110, "2024-03-05T08:40:00+07:00", signature="Hoàng Yến",
         author="Hoàng Yến", extra={"label": "Kỳ 1: "},
         image=("/uploads/2024/03/man-1.jpg", "Nông dân xã Cửa Tiền bơm nước ngọt vào ao trữ.")),
    _art("bt-gia-lua", "gia-lua-tang-cao", 24112, "2024-03-06T16:05:00+07:00", signature="Minh Khoa", author="Minh Khoa"),
    _art("bt-an-toan-giao-thong", "tai-nan-giao-thong-giam", 24115, "2024-03-07T10:30:00+07:00",
         extra={"label": "[Infographic] "}, image=("/uploads/2024/03/info-atgt.png", "Số liệu: Ban An toàn giao thông tỉnh.")),
    _art("bt-khanh-thanh-cau", "khanh-thanh-cau-con-ngang", 24118, "2024-03-08T00:00:00+07:00",
         extra={"label": "Video: ", "video": True}),
    _art("bt-sot-xuat-huyet", "sot-xuat-huyet-tang", 24121, "2024-03-04T14:20:00+07:00", signature="Thu Hà", author="Thu Hà",
         updated="2024-03-06T10:15:00+07:00"),
    _art("bt-ocop", "them-18-san-pham-ocop", 24124, "2024-03-09T23:15:00+07:00", signature="Quốc Việt", author="Quốc Việt",
         updated="2024-03-10T07:50:00+07:00"),
    _art("ml-cho-phien", "cho-phien-pa-hoc", 24127, "2024-03-11T07:00:00+07:00", signature="Lò Văn Thành",
         author="Lò Văn Thành", extra={"kicker": "Ghi chép"},
         image=("/uploads/2024/03/cho-phien.jpg", "Phiên chợ sáng chủ nhật ở Pá Hốc.")),
]  # fmt: skip
CHROME = ["Tin khác", "Chia sẻ:", "Đường dây nóng", "Bản quyền", "Xem thêm video", "Giấy phép số"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(main: str) -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Chi tiết tin | {esc(NAME)}</title><meta property="og:title" content="{esc(NAME)}">
<meta property="og:type" content="website"><meta property="og:site_name" content="{esc(NAME)}">
<link rel="stylesheet" href="/themes/bao/css/style.css"></head><body>
<div class="header"><h1 class="logo"><a href="/"><img src="/themes/bao/logo.png" alt="{esc(NAME)}">{esc(NAME)}</a></h1>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/xa-hoi/">Xã hội</a></li><li><a href="/video/">Video</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li></ul></div>
<div class="wrapper"><div class="main-col">{main}</div>
<div class="side-col"><div class="box-hot"><div class="box-head">Đọc nhiều</div><ul>{hot}</ul></div>
<div class="hotline">Đường dây nóng: 0214.3822.456</div></div></div>
<div class="footer"><p>{esc(NAME)} - Cơ quan của Đảng bộ tỉnh Thạch Lâm</p>
<p>Giấy phép số 112/GP-BTTTT. Bản quyền thuộc Báo Thạch Lâm.</p></div></body></html>"""


def _others(art: Art) -> str:
    items = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">({dmy(a.published)} {hm(a.published)})</span></li>'
        for a in NEWS if a is not art
    )
    return f'<div class="tin-khac"><div class="box-head">Tin khác</div><ul>{items}</ul></div>'


def _figure(src: str, cap: str) -> str:
    return f'<table class="image"><tr><td><img src="{src}" alt=""></td></tr><tr><td class="caption">{esc(cap)}</td></tr></table>'


def render_article(art: Art) -> str:
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align:justify">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    share = '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>'
    if art.extra.get("video"):
        player = f'<div class="video-player"><video src="/media/{art.extra["id"]}.mp4" controls></video></div>'
        main = (f'<div class="video-detail"><h2 class="article-title">{esc(art.title)}</h2>{player}'
                f'<div class="sapo"><b>{esc(art.lead)}</b></div><div class="video-content">{body}</div>{share}'
                f'<a class="more" href="/video/">Xem thêm video</a></div>{_others(art)}')
        return _layout(main)
    kicker = f'<div class="article-kicker">{esc(art.extra["kicker"])}</div>' if "kicker" in art.extra else ""
    dates = ""
    if art.updated:
        dates += f'<span class="update">Cập nhật: {dmy(art.updated)} {hm(art.updated)}</span> '
    dates += f'<span class="publish">{esc(art.date_line)}</span>'
    main = (f'<div class="article-detail"><div class="article-cate"><a href="/xa-hoi/">Xã hội</a></div>{kicker}'
            f'<h2 class="article-title">{esc(art.title)}</h2><div class="article-meta">{dates}</div>'
            f'<div class="sapo"><b>{esc(art.lead)}</b></div><div class="article-content">{body}</div>{share}</div>'
            f"{_others(art)}")
    return _layout(main)


def _listing(arts: list[Art], page: int) -> str:
    items = "".join(
        f'<div class="item"><a href="{a.path}"><img src="/thumb/{a.extra["id"]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)} {hm(a.published)}</span>'
        f"<p>{esc(a.lead[:160])}...</p></div>" for a in arts
    )
    pager = '<div class="pager"><span>1</span> <a href="/xa-hoi/trang-2.html">2</a></div>' if page == 1 else (
        '<div class="pager"><a href="/xa-hoi/">1</a> <span>2</span></div>')
    return _layout(f'<h2 class="cate-title">Xã hội</h2><div class="list">{items}</div>{pager}')


def render_home() -> str:
    top = NEWS[0]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span></li>' for a in NEWS[1:])
    return _layout(f'<div class="top-story"><h2><a href="{top.path}">{esc(top.title)}</a></h2><p>{esc(top.lead)}</p></div>'
                   f'<div class="box-head">Tin mới</div><ul class="latest">{items}</ul>')


def render_about() -> str:
    text = (
        "Báo Thạch Lâm điện tử là cơ quan ngôn luận của Đảng bộ tỉnh Thạch Lâm, diễn đàn của nhân dân trong tỉnh.",
        "Báo phát hành ấn phẩm in vào các ngày thứ Hai, thứ Tư và thứ Sáu hằng tuần; báo điện tử cập nhật tin tức liên tục.",
        "Tòa soạn: số 25 đường Trần Phú, thành phố Thạch Lâm. Điện thoại: 0214.3822.456.",
    )
    return _layout('<div class="static"><h2 class="page-title">Giới thiệu</h2>' + "".join(f"<p>{esc(t)}</p>" for t in text) + "</div>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/xa-hoi/"] = _listing(NEWS[:5], 1)
    out["/xa-hoi/trang-2.html"] = _listing(NEWS[5:], 2)
    out["/gioi-thieu.html"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
