"""A university's news site rendered by a JavaScript framework on the server (React markup
in ``<div id="__next">``): the pages show no date at all, the only date is the JSON-LD
``NewsArticle``'s ``datePublished`` (one in UTC with ``Z``); authors as a signature at the
end ("Tin, ảnh: ..." while the JSON-LD names the university as an Organization), as a
meta line above the body, or nowhere; "Lượt xem", share buttons and "Bài viết khác" with no
dates; an event page with a visible date and time, history and leadership pages, a contact
page, an English home and about page, and a sitemap."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from crawler.replica.site import Page, Request, Site
from tests.sealed.second.common import Art, attr, esc, site, urlset

SITE_ID = "sy-university-jsonld"
NAME = "Trường Đại học Nông Lâm Tây Sơn"
HIDDEN = {"date_shown": False}
ORG = {"@type": "Organization", "name": NAME}


def _art(text: int, slug: str, stamp: str, **kw) -> Art:
    when = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone(timezone(timedelta(hours=7)))
    return Art(text, f"/tin-tuc/{slug}", when.isoformat(), f'"datePublished":"{stamp}"', extra={**HIDDEN, **kw.pop("x", {})}, **kw)


ARTICLES = [
    _art(15, "hon-2000-thi-sinh-tham-du-ngay-hoi-tu-van-tuyen-sinh", "2024-03-17T10:00:00+07:00",
         image=("/_next/image?url=%2Fuploads%2F2024%2F03%2Fngay-hoi-tuyen-sinh.jpg&w=1200&q=75",
                "Học sinh tìm hiểu thông tin tại gian tư vấn của Khoa Kinh tế.")),
    _art(13, "hoi-thao-khoa-hoc-quoc-gia-ve-nong-nghiep-tuan-hoan", "2024-03-14T16:05:00+07:00",
         author="Phạm Thu Trang", signature="Phạm Thu Trang - Phòng Truyền thông",
         x={"jsonld_author": {"@type": "Person", "name": "Phạm Thu Trang"}}),
    _art(14, "ky-ket-hop-tac-dao-tao-voi-doanh-nghiep-che-bien-nong-san", "2024-03-07T07:30:00Z",
         author="Khánh Linh", signature="Tin, ảnh: Khánh Linh", x={"jsonld_author": ORG}),
    _art(12, "sinh-vien-nganh-thu-y-thuc-tap-tai-cac-trang-trai-chan-nuoi-cong-nghe-cao", "2024-02-26T09:00:00+07:00",
         byline="Khoa Chăn nuôi - Thú y", author="Khoa Chăn nuôi - Thú y",
         x={"jsonld_author": {"@type": "Person", "name": "Khoa Chăn nuôi - Thú y"}}),
]  # fmt: skip
CHROME = [
    "Lượt xem", "Chia sẻ:", "Bài viết khác", "Đăng ký xét tuyển", "Bản quyền © 2024 Trường Đại học Nông Lâm Tây Sơn",
    "Điện thoại: 0260.3825.180", "tuyensinh@nlts.edu.vn", "Trang chủ",
]  # fmt: skip
EVENT = "/su-kien/le-tot-nghiep-dot-1-nam-2024"
STATIC = {"/gioi-thieu/lich-su-phat-trien": "Lịch sử phát triển", "/gioi-thieu/ban-giam-hieu": "Ban Giám hiệu",
          "/lien-he": "Liên hệ"}  # fmt: skip
PER_PAGE = 3
NON_ARTICLES = ["/", "/tin-tuc", "/tin-tuc/trang/2", "/su-kien", EVENT, *STATIC, "/en", "/en/about"]
DUPLICATES: dict[str, str] = {}
OTHER_LINKS: dict[str, int] = {}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True
VIEWS = {15: "1.873", 13: "642", 14: "915", 12: "1.204"}


def _layout(title: str, main: str, page: str, lang: str = "vi", head: str = "") -> str:
    nav = (("/", "Trang chủ"), ("/gioi-thieu/lich-su-phat-trien", "Giới thiệu"), ("/tin-tuc", "Tin tức"),
           ("/su-kien", "Sự kiện"), ("/lien-he", "Liên hệ"), ("/en", "English"))  # fmt: skip
    if lang == "en":
        nav = (("/en", "Home"), ("/en/about", "About"), ("/", "Tiếng Việt"))
    links = "".join(f'<a class="Header_link__x3Tq1" href="{attr(h)}">{esc(t)}</a>' for h, t in nav)
    data = json.dumps({"props": {"pageProps": {"locale": lang}}, "page": page, "query": {}, "buildId": "k3Pq9xYv2LmN0wRt",
                       "isFallback": False, "gssp": True, "locale": lang}, ensure_ascii=False)  # fmt: skip
    footer = ("<p>Bản quyền © 2024 Trường Đại học Nông Lâm Tây Sơn</p><p>Địa chỉ: 1 Lê Duẩn, thành phố Buôn Sơn</p>"
              "<p>Điện thoại: 0260.3825.180 - Email: tuyensinh@nlts.edu.vn</p>") if lang == "vi" else (
              "<p>Tay Son University of Agriculture and Forestry - 1 Le Duan, Buon Son City</p>")  # fmt: skip
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>{esc(title)} | {esc(NAME if lang == "vi" else "TSUAF")}</title><meta property="og:site_name" content="{attr(NAME)}"/>
{head}<link rel="preload" href="/_next/static/css/7b1c2e9a4f3d5e60.css" as="style"/><link rel="stylesheet" href="/_next/static/css/7b1c2e9a4f3d5e60.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/main-4c2d8b1f.js" defer=""></script></head>
<body><div id="__next"><header class="Header_header__9mQ2s"><a href="{"/" if lang == "vi" else "/en"}" class="Header_logo__Kq1Zt"><img alt="{attr(NAME)}" src="/logo.svg" width="220" height="56"/></a>
<nav class="Header_nav__p0Xa8">{links}</nav>{'<a class="Header_cta__Z1b2c" href="https://xettuyen.nlts.edu.vn">Đăng ký xét tuyển</a>' if lang == "vi" else ""}</header>
<main class="Layout_main__u7Rk2">{main}</main><footer class="Footer_footer__a2Bc9">{footer}</footer></div>
<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"""


def _jsonld(art: Art) -> str:
    stamp = art.date_line.split('":"', 1)[1].rstrip('"')
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title, "datePublished": stamp,
          "dateModified": stamp, "image": ["https://nlts.edu.vn/uploads/og/" + art.path.rsplit("/", 1)[1] + ".jpg"],
          "publisher": {**ORG, "logo": {"@type": "ImageObject", "url": "https://nlts.edu.vn/logo.png"}}}  # fmt: skip
    if "jsonld_author" in art.extra:
        ld["author"] = art.extra["jsonld_author"]
    text = json.dumps(ld, ensure_ascii=False, separators=(",", ":"))
    assert art.date_line in text
    return f'<script type="application/ld+json">{text}</script>'


def render_article(art: Art) -> str:
    meta = f'<span class="Post_author__Fd3x1">{esc(art.byline)}</span>' if art.byline else ""
    body = [f'<p class="Post_sapo__L0a9w"><strong>{esc(art.lead)}</strong></p>', f"<p>{esc(art.paragraphs[0])}</p>"]
    if art.image:
        body.append(f'<figure><img alt="" src="{attr(art.image[0])}" loading="lazy"/><figcaption>{esc(art.image[1])}</figcaption></figure>')
    body += [f"<p>{esc(x)}</p>" for x in art.paragraphs[1:]]
    if art.signature:
        body.append(f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>')
    others = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art)
    main = (f'<article class="Post_post__c8Vn1"><nav class="Breadcrumb_crumb__Yt2p0"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></nav>'
            f'<h1 class="Post_title__h9Km3">{esc(art.title)}</h1><div class="Post_meta__s4Lp2">{meta}<span>Lượt xem: {VIEWS[art.text]}</span></div>'
            f'<div class="Post_content__b2Nw7">{"".join(body)}</div>'
            '<div class="Share_share__q1Az8">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php" target="_blank" rel="noreferrer">Facebook</a> '
            '<a href="https://zalo.me/share" target="_blank" rel="noreferrer">Zalo</a></div></article>'
            f'<section class="Related_related__w3Ee5"><h2>Bài viết khác</h2><ul>{others}</ul></section>')  # fmt: skip
    head = f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(art.title)}"/>{_jsonld(art)}'
    return _layout(art.title, main, "/tin-tuc/[slug]", head=head)


def _listing(page: int) -> str:
    arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    cards = "".join(f'<a class="Card_card__r5Tx2" href="{attr(a.path)}"><img alt="" src="/uploads/thumb/{a.text}.jpg"/>'
                    f"<h3>{esc(a.title)}</h3><p>{esc(a.lead[:140])}…</p></a>" for a in arts)  # fmt: skip
    pager = "".join(f"<span>{n}</span>" if n == page else f'<a href="{"/tin-tuc" if n == 1 else f"/tin-tuc/trang/{n}"}">{n}</a>'
                    for n in (1, 2))  # fmt: skip
    return _layout("Tin tức", f'<h1>Tin tức</h1><div class="Grid_grid__n1Ws0">{cards}</div><div class="Pager_pager__e2Rr4">{pager}</div>',
                   "/tin-tuc/[[...page]]")  # fmt: skip


def _home() -> str:
    cards = "".join(f'<a class="Card_card__r5Tx2" href="{attr(a.path)}"><h3>{esc(a.title)}</h3></a>' for a in ARTICLES)
    event = f'<section><h2>Sự kiện</h2><a href="{EVENT}">Lễ tốt nghiệp đợt 1 năm 2024</a> <span>30/03/2024</span></section>'
    return _layout("Trang chủ", f'<section><h2>Tin tức</h2>{cards}</section>{event}', "/")


def _events() -> str:
    items = (f'<li><a href="{EVENT}">Lễ tốt nghiệp đợt 1 năm 2024</a> - 08:00, 30/03/2024 - Hội trường A</li>'
             '<li>Hội nghị sinh viên nghiên cứu khoa học - 14:00, 12/04/2024 - Phòng hội thảo B2</li>')
    return _layout("Sự kiện", f"<h1>Sự kiện</h1><ul>{items}</ul>", "/su-kien")


def _event() -> str:
    main = ("<h1>Lễ tốt nghiệp và trao bằng cử nhân, kỹ sư đợt 1 năm 2024</h1><ul><li>Thời gian: 08:00, thứ Bảy, 30/03/2024</li>"
            "<li>Địa điểm: Hội trường A</li><li>Đối tượng: sinh viên tốt nghiệp đợt 1 năm 2024 và phụ huynh</li></ul>"
            "<p>Sinh viên có mặt trước 07:00 để nhận lễ phục tại Phòng Công tác sinh viên.</p>")
    return _layout("Lễ tốt nghiệp đợt 1 năm 2024", main, "/su-kien/[slug]")


_STATIC = {
    "Lịch sử phát triển": "<p>Năm 1977: thành lập Trường Trung học Nông nghiệp Tây Sơn.</p><p>Năm 1998: nâng cấp thành Trường Cao đẳng "
    "Nông Lâm.</p><p>Năm 2008: thành lập Trường Đại học Nông Lâm Tây Sơn theo quyết định của Thủ tướng Chính phủ.</p>",
    "Ban Giám hiệu": "<ul><li>Hiệu trưởng: PGS.TS. Lê Văn Thịnh</li><li>Phó Hiệu trưởng: TS. Nguyễn Thị Hồng Nhung</li></ul>",
    "Liên hệ": "<p>Phòng Hành chính - Tổng hợp</p><p>Địa chỉ: 1 Lê Duẩn, thành phố Buôn Sơn</p>",
}


def _sitemap(request: Request) -> Page | None:
    if request.target != "/sitemap.xml":
        return None
    return urlset(request.base_url, ["/", "/tin-tuc", "/su-kien", *STATIC, *(a.path for a in ARTICLES)])


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/"] = Page.html(_home())
    pages["/tin-tuc"] = Page.html(_listing(1))
    pages["/tin-tuc/trang/2"] = Page.html(_listing(2))
    pages["/su-kien"] = Page.html(_events())
    pages[EVENT] = Page.html(_event())
    for path, title in STATIC.items():
        pages[path] = Page.html(_layout(title, f"<h1>{esc(title)}</h1>{_STATIC[title]}", path))
    pages["/en"] = Page.html(_layout("Home", '<h1>Welcome to TSUAF</h1><p>News in English is coming soon.</p><a href="/en/about">About us</a>', "/en", "en"))
    pages["/en/about"] = Page.html(_layout("About", "<h1>About</h1><p>Tay Son University of Agriculture and Forestry was founded in 2008. "
                                           "It trains 32 undergraduate programmes.</p>", "/en/about", "en"))  # fmt: skip
    robots = "User-agent: *\nAllow: /\nDisallow: /api/\nSitemap: {base}sitemap.xml\n"
    return site(pages, robots, _sitemap)
