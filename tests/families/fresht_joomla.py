"""A district portal on Joomla 3 (SEF URLs with the ``.html`` suffix) whose articles are
reachable at several URLs: the non-SEF query URL, the path of a second menu item, a
print pop-up, links shared on Zalo and Facebook (fresh-T, round 20: an article's own URL
among its copies).

Built in round 20 as a fresh family (``FRESH_T``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/giao-thong/<id>-<slug>.html`` (the URL the category listing and the home
  page link): the headline in ``h2[itemprop=headline]``, "Ngày đăng: 05/03/2024 08:30" in
  ``dd.published``, the text in ``div[itemprop=articleBody]``; "Các tin khác" with dates after it.
  Joomla writes no canonical link; ``og:url`` echoes the URL the page was requested at.
- Copies of one article each (the same text, the same template):
  the non-SEF ``/index.php?option=com_content&view=article&id=<id>&catid=12&Itemid=135``
  (the "Tin nổi bật" module's link); the path of the "Giao thông" top menu item,
  ``/giao-thong/<id>-<slug>.html``, whose page names ITSELF as canonical (a SEO plugin's);
  ``...html?tmpl=component&print=1&layout=default`` (the print pop-up: no chrome, no canonical);
  ``...html?utm_source=zalo&utm_medium=social`` and ``...html?fbclid=IwAR2...`` (shares);
  the "Tin nổi bật" menu's ``/tin-noi-bat/tin-tuc/giao-thong/<id>-<slug>.html`` (a longer
  path, its canonical relative and naming the article's own URL).
- One article whose own page has a relative canonical written without its leading slash
  (``tin-tuc/giao-thong/<id>-<slug>.html``: resolved against the page it names a 404 under
  it), and one whose own page's canonical names the category listing (a template's error): the
  article's URL is still its own; the copies are not articles.
- Non-articles: the home page, the category and its page 2 (``?start=6``), the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ft-joomla"
NAME = "Cổng thông tin điện tử huyện Sơn Hà"
CAT = "/tin-tuc/giao-thong.html"
BASE_URL = "https://sonha.gov.vn/"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    slug = key.split("-", 1)[1]
    extra = {"id": ident, "slug": f"{ident}-{slug}", **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/tin-tuc/giao-thong/{ident}-{slug}.html", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}",
               extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-cau-yen-binh", 412, "2024-03-05T08:30:00+07:00", signature="Đức Anh", author="Đức Anh",
         image=("/images/2024/03/cau-yen-binh.jpg", "Cầu Yên Bình sau lễ thông xe kỹ thuật.")),
    _art("tl-dang-kiem", 409, "2024-03-04T14:15:00+07:00", signature="Phòng Kinh tế - Hạ tầng",
         author="Phòng Kinh tế - Hạ tầng"),
    _art("tl-tai-nan-tet", 405, "2024-03-01T09:40:00+07:00", signature="Thanh Hương", author="Thanh Hương"),
    _art("tl-sua-duong-718", 401, "2024-02-28T16:05:00+07:00", signature="Minh Quân", author="Minh Quân",
         image=("/images/2024/02/tl718.jpg", "Thi công thảm lại mặt đường tỉnh lộ 718.")),
    _art("tl-sat-hach-a1", 398, "2024-02-26T10:20:00+07:00", extra={"canonical": "tin-tuc/giao-thong/398-sat-hach-a1.html"}),
    _art("tl-ben-xe-phia-nam", 394, "2024-02-22T07:50:00+07:00", signature="Hoàng Long", author="Hoàng Long",
         extra={"canonical": CAT}),
]  # fmt: skip
CHROME = [
    "Các tin khác", "Lượt xem:", "Bản in", "Gửi email", "Tin nổi bật", "Thống kê truy cập",
    "Bản quyền thuộc", "Ghi rõ nguồn", "Đường dây nóng",
]  # fmt: skip


def _layout(title: str, main: str, url: str, canonical: str | None = None) -> str:
    top = "".join(
        f'<li><a href="/index.php?option=com_content&amp;view=article&amp;id={a.extra["id"]}&amp;catid=12&amp;Itemid=135">'
        f"{esc(a.title)}</a></li>" if i == 0 else f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
        for i, a in enumerate(ARTICLES[:4]))  # fmt: skip
    link = f'<link href="{esc(canonical)}" rel="canonical" />' if canonical else ""
    return f"""<!DOCTYPE html><html lang="vi-vn" dir="ltr"><head><meta charset="utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - {esc(NAME)}</title><meta property="og:url" content="https://sonha.gov.vn{esc(url).replace("&", "&amp;")}" />{link}
<link href="/templates/sonha/css/template.css" rel="stylesheet" /></head>
<body class="site com_content"><div class="container"><header class="header"><a class="brand" href="/"><img src="/images/banner.png" alt="{esc(NAME)}" /></a>
<div class="hotline">Đường dây nóng: 0255 3861 234</div></header>
<nav class="navigation"><ul class="nav menu"><li><a href="/">Trang chủ</a></li><li><a href="{CAT}">Tin tức</a></li>
<li><a href="/giao-thong.html">Giao thông</a></li><li><a href="/tin-noi-bat.html">Tin nổi bật</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul></nav>
<div class="row-fluid"><main id="content" class="span9">{main}</main>
<div id="aside" class="span3"><div class="moduletable"><h3>Tin nổi bật</h3><ul class="mostread">{top}</ul></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><p>Hôm nay: 1.024</p><p>Tổng cộng: 2.418.337</p></div></div></div>
<footer class="footer"><p>Cơ quan chủ quản: Ủy ban nhân dân huyện Sơn Hà. Địa chỉ: thị trấn Di Lăng, huyện Sơn Hà.</p>
<p>Bản quyền thuộc UBND huyện Sơn Hà. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer></div></body></html>"""


def _body(art: Art) -> str:
    images = [art.image] if art.image else []
    out = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        out += f'<p style="text-align: justify;">{esc(p)}</p>'
        if i < len(images):
            src, cap = images[i]
            out += f'<p style="text-align: center;"><img src="{src}" alt="" /></p><p style="text-align: center;"><em>{esc(cap)}</em></p>'
    if art.signature:
        out += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    return out


def render_article(art: Art, url: str | None = None, canonical: str | None = None) -> str:
    url = url or art.path
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)  # fmt: skip
    main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{esc(art.title)}</h2></div>
<dl class="article-info muted"><dd class="published">{esc(art.date_line)}</dd><dd class="hits">Lượt xem: {art.extra["id"] * 3 + 17}</dd></dl>
<div class="icons"><a href="{art.path}?tmpl=component&amp;print=1&amp;layout=default" rel="nofollow">Bản in</a> <a href="/component/mailto/?tmpl=component&amp;link=abc">Gửi email</a></div>
<div itemprop="articleBody">{_body(art)}</div></div>
<div class="items-more"><h3>Các tin khác</h3><ul>{others}</ul></div>"""
    return _layout(art.title, main, url, canonical if canonical is not None else art.extra.get("canonical"))


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{esc(art.title)} - {esc(NAME)}</title></head><body class="contentpane modal"><div class="item-page">
<h2 itemprop="headline">{esc(art.title)}</h2><dl class="article-info"><dd class="published">{esc(art.date_line)}</dd></dl>
<div itemprop="articleBody">{_body(art)}</div></div><script>window.print();</script></body></html>"""


def copies() -> dict[str, str]:
    """Path of each copy -> its HTML."""
    a = ARTICLES
    out = {
        f"/index.php?option=com_content&view=article&id={a[0].extra['id']}&catid=12&Itemid=135":
            render_article(a[0], f"/index.php?option=com_content&view=article&id={a[0].extra['id']}&catid=12&Itemid=135"),
        f"/giao-thong/{a[1].extra['slug']}.html":
            render_article(a[1], f"/giao-thong/{a[1].extra['slug']}.html", f"/giao-thong/{a[1].extra['slug']}.html"),
        a[2].path + "?tmpl=component&print=1&layout=default": render_print(a[2]),
        a[3].path + "?utm_source=zalo&utm_medium=social": render_article(a[3], a[3].path + "?utm_source=zalo&utm_medium=social"),
        a[4].path + "?fbclid=IwAR2xKq7dVbL0sTn9mPz4Yw": render_article(a[4], a[4].path + "?fbclid=IwAR2xKq7dVbL0sTn9mPz4Yw", ""),
        f"/tin-noi-bat/tin-tuc/giao-thong/{a[5].extra['slug']}.html":
            render_article(a[5], f"/tin-noi-bat/tin-tuc/giao-thong/{a[5].extra['slug']}.html", a[5].path),
        f"/index.php?option=com_content&view=article&id={a[5].extra['id']}&catid=12":
            render_article(a[5], f"/index.php?option=com_content&view=article&id={a[5].extra['id']}&catid=12", ""),
    }  # fmt: skip
    return out


def _list(title: str, arts: list[Art], url: str, pager: str = "") -> str:
    items = "".join(
        f'<div class="item"><div class="page-header"><h2><a href="{a.path}">{esc(a.title)}</a></h2></div>'
        f'<dd class="published">{esc(a.date_line)}</dd><p>{esc(a.lead)}</p><a class="readmore" href="{a.path}">Xem tiếp...</a></div>'
        for a in arts)  # fmt: skip
    return _layout(title, f'<div class="blog"><h1>{esc(title)}</h1>{items}{pager}</div>', url)


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out.update(copies())
    out["/"] = _list("Tin mới", ARTICLES[:5], "/")
    out[CAT] = _list("Giao thông", ARTICLES[:5], CAT,
                     f'<div class="pagination"><span>1</span> <a href="{CAT}?start=5">2</a></div>')
    out[CAT + "?start=5"] = _list("Giao thông", ARTICLES[5:], CAT + "?start=5",
                                  f'<div class="pagination"><a href="{CAT}">1</a> <span>2</span></div>')
    out["/lien-he.html"] = _layout("Liên hệ", """<div class="contact"><h1>Liên hệ</h1>
<p>Văn phòng HĐND và UBND huyện Sơn Hà. Địa chỉ: thị trấn Di Lăng, huyện Sơn Hà.</p>
<p>Điện thoại: 0255 3861 234. Thư điện tử: vanphong@sonha.gov.vn</p></div>""", "/lien-he.html")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
