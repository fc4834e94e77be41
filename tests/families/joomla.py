"""A Joomla 3 department site: SEF URLs (/tin-tuc/123-slug.html), "Viết bởi Super User"
bylines, ``<time datetime>`` in UTC, hit counters, print/email icons, a "Tin liên quan"
module, NFD text on one article and an HTTP charset that disagrees with ``<meta charset>``."""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, doc_page, esc, nfd, paragraphs_html, site_with_discovery

SITE_ID = "fx-joomla"
NAME = "Sở Tài nguyên và Môi trường tỉnh Hòa Sơn"

ARTICLES = [
    Art(5, "/tin-tuc/201-tang-cuong-phong-chong-chay-rung.html", "2023-02-01T08:00:00+07:00",
        "2023-02-01T01:00:00+00:00", byline="Super User", author="Hoàng Nam",
        signature="Hoàng Nam – Chi cục Kiểm lâm."),
    Art(0, "/tin-tuc/202-hoi-nghi-chuyen-doi-so.html", "2023-02-02T14:30:00+07:00",
        "2023-02-02T07:30:00+00:00", byline="Super User", author="P.V", signature="P.V",
        source_line="Nguồn: Báo Hòa Sơn", source="Báo Hòa Sơn"),
    Art(4, "/tin-tuc/203-thu-hoach-che-xuan.html", "2023-02-03T09:10:00+07:00",
        "2023-02-03T02:10:00+00:00", byline="admin", author="Ngọc Mai",
        signature="Ngọc Mai", image=("/images/tin-tuc/che-xuan.jpg", "Hái chè xuân ở xã vùng cao."),
        extra={"nfd": True}),
    Art(6, "/tin-tuc/204-hoi-thi-phap-luat.html", "2023-02-06T10:45:00+07:00",
        "2023-02-06T03:45:00+00:00", byline="Quản trị", author="Thanh Thủy",
        signature="Thanh Thủy – Hội Liên hiệp Phụ nữ tỉnh."),
    Art(1, "/tin-tuc/205-khoi-cong-cau-treo.html", "2023-02-07T16:05:00+07:00",
        "2023-02-07T09:05:00+00:00", byline="Super User", author="BBT", signature="BBT",
        attachment=("/images/files/quyet-dinh-dau-tu.doc", "Quyết định phê duyệt dự án (DOC)")),
    Art(3, "/tin-tuc/206-ke-hoach-tuyen-sinh.html", "2023-02-08T07:50:00+07:00",
        "2023-02-08T00:50:00+00:00", byline="Super User", author=None,
        source_line="Theo Sở Giáo dục và Đào tạo", source="Sở Giáo dục và Đào tạo",
        extra={"charset_clash": True}),
]  # fmt: skip
CHROME = [
    "Lượt xem", "Số lượt truy cập", "Đang truy cập", "Tin liên quan", "In bài viết",
    "Gửi email", "Liên kết website", "Đăng nhập", "Điện thoại: (0214) 3851 234",
    "Fax: (0214) 3851 235", "sotnmt@hoason.gov.vn", "Super User", "Viết bởi",
]  # fmt: skip
NON_ARTICLES = ["/", "/tin-tuc.html", "/tin-tuc.html?start=5", "/tin-tuc/999-khong-ton-tai.html"]


def _layout(title: str, main: str, charset: str = "utf-8") -> str:
    modules = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:5])
    return f"""<!DOCTYPE html>
<html lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset={charset}">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title></head>
<body class="site com_content"><div class="container">
<header class="header"><a class="brand" href="/">{esc(NAME)}</a></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc.html">Tin tức</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9">{main}</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Tin mới nhất</h3><ul class="latestnews">{modules}</ul></div>
<div class="moduletable"><h3>Thống kê</h3><p>Số lượt truy cập: 1.234.567</p><p>Đang truy cập: 15</p></div>
<div class="moduletable"><h3>Liên kết website</h3><p>Cổng TTĐT tỉnh Hòa Sơn</p></div>
<div class="moduletable"><a href="/dang-nhap.html">Đăng nhập</a></div></div></div>
<footer class="footer"><p>SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÒA SƠN</p>
<p>Địa chỉ: Tầng 4, Khối 3, Trung tâm hành chính tỉnh</p>
<p>Điện thoại: (0214) 3851 234 - Fax: (0214) 3851 235 - Email: sotnmt@hoason.gov.vn</p></footer>
</div></body></html>"""


def _p(html: str) -> str:
    return f"<p>{html}</p>"


def _image(src: str, caption: str) -> str:
    return f'<p><img src="{src}" alt="{esc(caption)}" width="640" height="427"><br><em>{esc(caption)}</em></p>'


def render_article(art: Art) -> str:
    blocks = [f"<p><strong>{esc(art.lead)}</strong></p>", *paragraphs_html(art, _p, _image)]
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    related = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art
    )[:600]
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(art.title)}</h2></div>
<div class="icons"><a href="{art.path}?tmpl=component&amp;print=1">In bài viết</a> | <a href="#">Gửi email</a></div>
<dl class="article-info muted"><dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">{esc(art.byline or "")}</span></dd>
<dd class="published"><time datetime="{art.date_line}" itemprop="datePublished">Ngày đăng: {art.published[8:10]}/{art.published[5:7]}/{art.published[:4]}</time></dd>
<dd class="hits">Lượt xem: 321</dd></dl>
<div itemprop="articleBody">{"".join(blocks)}</div>
<div class="relateditems"><h3>Tin liên quan</h3><ul>{related}</ul></div></div>"""
    text = _layout(art.title, main, "windows-1258" if art.extra.get("charset_clash") else "utf-8")
    return nfd(text) if art.extra.get("nfd") else text


def _listing(start: int) -> str:
    items = "".join(
        f'<div class="items-row"><h2><a href="{a.path}">{esc(a.title)}</a></h2><p>{esc(a.lead[:80])}…</p></div>'
        for a in ARTICLES[start : start + 5]
    )
    pager = '<ul class="pagination"><li><a href="/tin-tuc.html">1</a></li><li><a href="/tin-tuc.html?start=5">2</a></li></ul>'
    return _layout("Tin tức", f'<div class="blog"><h1>Tin tức</h1>{items}{pager}</div>')


def build_site() -> Site:
    pages: dict[str, Page] = {}
    for art in ARTICLES:
        headers = [("Content-Type", "text/html; charset=utf-8")]
        pages[art.path] = Page(200, headers, render_article(art).encode("utf-8"))
        # the print view: same article, canonical link to it
        printed = render_article(art).replace(
            "<head>", f'<head><link rel="canonical" href="{art.path}">', 1
        )
        pages[f"{art.path}?tmpl=component&print=1"] = Page.html(printed)
    pages["/"] = Page.html(_listing(0).replace("<h1>Tin tức</h1>", "<h1>Trang chủ</h1>"))
    pages["/tin-tuc.html"] = Page.html(_listing(0))
    pages["/tin-tuc.html?start=5"] = Page.html(
        _listing(5).replace(
            "</ul></div></main>",
            '</ul><a href="/tin-tuc/999-khong-ton-tai.html">Tin cũ</a></div></main>',
        )
    )
    pages["/tin-tuc/999-khong-ton-tai.html"] = Page.html(
        _layout("Lỗi", "<h1>404 - Không tìm thấy bài viết</h1><p>Trang bạn yêu cầu không tồn tại.</p>")
    )
    pages["/images/files/quyet-dinh-dau-tu.doc"] = doc_page("doc")
    return site_with_discovery(pages, [a.path for a in ARTICLES])
