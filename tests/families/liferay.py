"""A Liferay portal: asset-publisher URLs, a listing rendered by JavaScript from a JSON web
service (no article links in its HTML: the site module ``crawler/sites/fx_liferay.py`` reads
the JSON), "Thứ Hai, 26/12/2022 - 10:30" date lines, "Tác giả:" bylines, NFD text."""

from __future__ import annotations

import json

from crawler.replica.site import Page, Request, Site
from tests.families.common import Art, esc, nfd, paragraphs_html, site_with_discovery

SITE_ID = "fx-liferay"
NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Sơn"
PREFIX = "/web/snnptnt/tin-tuc/-/asset_publisher/Xk2p/content/"
API = "/api/jsonws/journal.journalarticle/get-latest"

ARTICLES = [
    Art(4, PREFIX + "thu-hoach-che-xuan", "2022-12-26T10:30:00+07:00",
        "Thứ Hai, 26/12/2022 - 10:30", byline="Tác giả: Nguyễn Thị Hoa", author="Nguyễn Thị Hoa",
        image=("/documents/20182/anh/che.jpg", "Nương chè xuân đang vào vụ thu hoạch.")),
    Art(5, PREFIX + "phong-chong-chay-rung", "2022-12-27T15:00:00+07:00",
        "Thứ Ba, 27/12/2022 - 15:00", byline="Tác giả: Đỗ Quang Thắng", author="Đỗ Quang Thắng",
        signature="Đỗ Quang Thắng – Phòng Tổng hợp."),
    Art(1, PREFIX + "khoi-cong-cau-treo", "2022-12-28T08:20:00+07:00",
        "Thứ Tư, 28/12/2022 - 08:20", byline="Tác giả: P.V", author="P.V", signature="P.V",
        source_line="Nguồn: Báo Hòa Sơn", source="Báo Hòa Sơn", extra={"nfd": True}),
    Art(0, PREFIX + "chuyen-doi-so-nong-nghiep", "2022-12-29T09:45:00+07:00",
        "Thứ Năm, 29/12/2022 - 09:45", byline="Tác giả: Trung tâm Khuyến nông",
        author="Trung tâm Khuyến nông"),
    Art(6, PREFIX + "hoi-thi-phap-luat", "2022-12-30T14:10:00+07:00",
        "Thứ Sáu, 30/12/2022 - 14:10", byline=None, author="BBT", signature="BBT",
        attachment=("/documents/20182/0/the-le-hoi-thi.docx", "Thể lệ hội thi (DOCX)")),
    Art(2, PREFIX + "thanh-nien-tinh-nguyen", "2023-01-03T07:30:00+07:00",
        "Thứ Ba, 03/01/2023 - 07:30", byline="Tác giả: Quỳnh Anh", author="Quỳnh Anh",
        signature="Quỳnh Anh"),
]  # fmt: skip
CHROME = [
    "Lượt truy cập", "Đang trực tuyến", "Liên kết website", "Đăng nhập", "In bài viết",
    "Gửi email", "Tin liên quan", "Điện thoại: 0214 3824 567", "Fax: 0214 3824 568",
    "snnptnt@hoason.gov.vn", "Powered by Liferay",
]  # fmt: skip
NON_ARTICLES = ["/", "/web/snnptnt/tin-tuc", "/web/snnptnt/gioi-thieu"]


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">
<title>{esc(title)} - {esc(NAME)}</title><script src="/o/frontend-js-web/liferay/global.bundle.js"></script></head>
<body class="controls-visible"><div id="wrapper"><header id="banner" role="banner"><div class="site-title"><a href="/web/snnptnt">{esc(NAME)}</a></div>
<nav id="navigation"><ul><li><a href="/web/snnptnt/tin-tuc">Tin tức</a></li><li><a href="/web/snnptnt/gioi-thieu">Giới thiệu</a></li>
<li><a href="/c/portal/login">Đăng nhập</a></li></ul></nav></header>
<section id="content"><div class="columns-2"><div class="portlet-column portlet-column-first" id="column-1">
<div class="portlet-boundary portlet-asset-publisher">{main}</div></div>
<div class="portlet-column portlet-column-last" id="column-2"><div class="portlet-boundary"><h2 class="portlet-title-text">Liên kết website</h2>
<p>Bộ Nông nghiệp và Phát triển nông thôn</p></div><div class="portlet-boundary"><h2 class="portlet-title-text">Lượt truy cập</h2>
<p>Đang trực tuyến: 21</p><p>Tổng lượt truy cập: 987.654</p></div></div></div></section>
<footer id="footer" role="contentinfo"><p>Địa chỉ: 08 đường Hoàng Liên, thành phố Hòa Sơn</p>
<p>Điện thoại: 0214 3824 567 - Fax: 0214 3824 568 - Email: snnptnt@hoason.gov.vn</p><p class="powered-by">Powered by Liferay</p></footer>
</div></body></html>"""


def _p(html: str) -> str:
    return f"<p>{html}</p>"


def _image(src: str, caption: str) -> str:
    return (
        f'<div style="text-align:center"><img src="{src}" alt="" width="600" height="400">'
        f'<p class="caption">{esc(caption)}</p></div>'
    )


def render_article(art: Art) -> str:
    blocks = paragraphs_html(art, _p, _image)
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    byline = f'<div class="author">{esc(art.byline)}</div>' if art.byline else ""
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": art.title,
          "datePublished": art.published}  # fmt: skip
    main = f"""<div class="asset-full-content"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<h3 class="header-title">{esc(art.title)}</h3><div class="news-date">{esc(art.date_line)}</div>
<div class="asset-summary"><strong>{esc(art.lead)}</strong></div>
<div class="journal-content-article">{"".join(blocks)}</div>{byline}
<div class="taglib-social-bookmarks">In bài viết | Gửi email</div>
<div class="asset-links"><h4>Tin liên quan</h4><ul>{"".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art)}</ul></div></div>"""
    text = _layout(art.title, main)
    return nfd(text) if art.extra.get("nfd") else text


def _api(request: Request) -> Page | None:
    if not request.target.startswith(API):
        return None
    base = request.base_url.rstrip("/")
    items = [{"title": a.title, "urlTitle": a.path.rsplit("/", 1)[1], "url": base + a.path,
              "displayDate": a.published} for a in ARTICLES]  # fmt: skip
    return Page.text(json.dumps({"items": items}, ensure_ascii=False), "application/json")


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    listing = (
        '<div id="news-list" data-source="' + API + '?groupId=20182&amp;start=0&amp;end=20"></div>'
        "<script>Liferay.Service('/journal.journalarticle/get-latest', {groupId: 20182}, render);</script>"
        "<p>Đang tải danh sách tin...</p>"
    )
    pages["/"] = Page.redirect("/web/snnptnt", 302)
    pages["/web/snnptnt"] = Page.html(_layout("Trang chủ", listing))
    pages["/web/snnptnt/tin-tuc"] = Page.html(_layout("Tin tức", listing))
    pages["/web/snnptnt/gioi-thieu"] = Page.html(
        _layout("Giới thiệu", "<h3>Giới thiệu</h3><p>Chức năng, nhiệm vụ của Sở.</p>")
    )
    pages["/documents/20182/0/the-le-hoi-thi.docx"] = Page(
        200, [("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
        b"PK\x03\x04fixture-docx",
    )  # fmt: skip
    # the sitemap lists no articles (Liferay's default): only the JSON service does
    return site_with_discovery(pages, [], extra=_api)
