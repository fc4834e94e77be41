"""A province department of labour on DotNetNuke 7 with the EasyDNNnews module, on IIS (paths
are case-insensitive), whose articles are reachable through several tabs, the old tab-id URL,
a capitalised link, an ``.aspx`` suffix, mobile and print views (fresh-T, round 20: an article's
own URL among its copies).

Built in round 20 as a fresh family (``FRESH_T``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/ArticleID/<n>/<Slug-In-Title-Case>`` (the URL the news tab's listing
  links): the headline in ``h1.edn_articleTitle``, "Ngày đăng: 05/03/2024 | 08:30" in ``time.edn_articleDate``, the text in ``div.edn_articleContent``;
  "Tin cùng chuyên mục" with dates after it. DNN writes the requested URL as the canonical link;
  ``og:url`` names the tab-id form.
- Copies: ``/Tin-Tuc/ArticleID/<n>/<Slug>`` (a capitalised menu link; IIS serves it, its
  canonical names itself); ``/tabid/83/ArticleID/<n>/Default.aspx`` (the old form, its canonical
  the news tab); ``/tin-tuc/ArticleID/<n>/<Slug>.aspx`` (an RSS feed's link, no canonical);
  ``...?mobile=1`` (the mobile skin); ``.../ctl/Print/mid/512`` and ``...?output=print`` (print
  views); ``/lao-dong-viec-lam/ArticleID/<n>/<Slug>`` (the article shown by a second tab, a longer
  path, its canonical naming itself); ``...?utm_source=zalo&utm_medium=social``.
- One article whose own page's canonical names the news tab (``/tin-tuc``, the listing) and one
  whose canonical names the home page (``/Default.aspx``): both are still their own URLs.
- Non-articles: the home page, the news tab and its page 2 (``/tin-tuc/PgrID/512/PageID/2``),
  the contact tab.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ft-dnn"
NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm"
BASE_URL = "https://sldtbxh.ninhlam.gov.vn/"
HOST = BASE_URL.rstrip("/")


def _art(key: str, n: int, slug: str, iso: str, **kw: object) -> Art:
    extra = {"n": n, "slug": slug, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/tin-tuc/ArticleID/{n}/{slug}", iso, f"Ngày đăng: {dmy(iso)} | {hm(iso)}",
               extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nl-phien-viec-lam", 812, "Phien-giao-dich-viec-lam-thang-3", "2024-03-05T10:15:00+07:00",
         signature="Trung tâm Dịch vụ việc làm", author="Trung tâm Dịch vụ việc làm"),
    _art("nl-xuat-khau-lao-dong", 809, "Dua-420-lao-dong-di-lam-viec-o-nuoc-ngoai", "2024-03-04T08:45:00+07:00",
         signature="Thu Phương", author="Thu Phương"),
    _art("nl-nguoi-co-cong", 805, "So-hoa-ho-so-nguoi-co-cong", "2024-03-01T15:00:00+07:00",
         signature="Phòng Người có công", author="Phòng Người có công",
         image=("/Portals/0/EasyDNNNews/805/ho-so.jpg", "Cán bộ Phòng Người có công số hóa hồ sơ.")),
    _art("nl-tre-em-den-truong", 801, "Ho-tro-200-tre-em-tiep-tuc-den-truong", "2024-02-28T09:30:00+07:00",
         signature="Hải Yến", author="Hải Yến", extra={"canonical": HOST + "/tin-tuc"}),
    _art("nl-dao-tao-nghe", 798, "Dao-tao-nghe-cho-lao-dong-nong-thon", "2024-02-27T14:10:00+07:00",
         extra={"canonical": HOST + "/Default.aspx"}),
    _art("nl-bao-hiem-that-nghiep", 794, "Hon-2300-nguoi-huong-tro-cap-that-nghiep", "2024-02-23T11:00:00+07:00",
         signature="Minh Tâm", author="Minh Tâm"),
]  # fmt: skip
CHROME = [
    "Tin cùng chuyên mục", "Lượt xem:", "In bài", "Chia sẻ:", "Liên kết web", "Thống kê truy cập",
    "Bản quyền thuộc", "Ghi rõ nguồn", "Đường dây nóng",
]  # fmt: skip


def _layout(title: str, main: str, url: str, canonical: str | None, skin: str = "") -> str:
    link = f'<link rel="canonical" href="{esc(canonical)}" />' if canonical else ""
    return f"""<!DOCTYPE html><html lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(title)}</title>{link}<meta property="og:url" content="{HOST}/tabid/83/Default.aspx" />
<link href="/Portals/_default/Skins/SoLDTBXH/skin{skin}.css" rel="stylesheet" /></head>
<body id="Body"><form method="post" action="{esc(url)}" id="Form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWAg==" /></div>
<div id="siteWrapper"><div id="dnn_HeaderPane"><a id="dnn_dnnLOGO_hypLogo" href="/Default.aspx"><img src="/Portals/0/logo.png" alt="{esc(NAME)}" /></a>
<span class="hotline">Đường dây nóng: 0236 3822 111</span></div>
<div id="dnn_MenuPane"><ul class="topLevel"><li><a href="/Default.aspx">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/lao-dong-viec-lam">Lao động - Việc làm</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>
<div class="row"><div id="dnn_ContentPane" class="col-md-9">{main}</div>
<div id="dnn_RightPane" class="col-md-3"><div class="DnnModule"><h2 class="title">Liên kết web</h2><ul><li><a href="https://molisa.gov.vn">Bộ Lao động - Thương binh và Xã hội</a></li></ul></div>
<div class="DnnModule"><h2 class="title">Thống kê truy cập</h2><p>Trực tuyến: 12</p><p>Tổng số: 652.019</p></div></div></div>
<div id="dnn_FooterPane"><p>Cơ quan chủ quản: Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm. Địa chỉ: 24 Lê Lợi, thành phố Ninh Lâm.</p>
<p>Bản quyền thuộc Sở LĐTBXH tỉnh Ninh Lâm. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></form></body></html>"""


def _content(art: Art) -> str:
    images = [art.image] if art.image else []
    out = f'<div class="edn_articleSummary"><p>{esc(art.lead)}</p></div><div class="edn_articleContent">'
    for i, p in enumerate(art.paragraphs):
        out += f'<p style="text-align:justify">{esc(p)}</p>'
        if i < len(images):
            src, cap = images[i]
            out += f'<div style="text-align:center"><img src="{src}" alt="" /><br /><em>{esc(cap)}</em></div>'
    if art.signature:
        out += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    return out + "</div>"


def render_article(art: Art, url: str | None = None, canonical: str | None = None, skin: str = "") -> str:
    url = url or art.path
    if canonical is None:
        canonical = art.extra.get("canonical", HOST + url)
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)  # fmt: skip
    main = f"""<div class="DnnModule DnnModule-EasyDNNnews DnnModule-512"><div class="eds_news_module_512 news eds_template_Details">
<div class="edn_article edn_articleDetails"><h1 class="edn_articleTitle">{esc(art.title)}</h1>
<div class="edn_metaDetails"><time class="edn_articleDate">{esc(art.date_line)}</time> <span class="edn_articleViews">Lượt xem: {art.extra["n"] % 97 + 140}</span></div>
{_content(art)}
<div class="edn_articleTools"><a href="{art.path}/ctl/Print/mid/512">In bài</a> <span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer.php">Facebook</a> <a href="https://zalo.me/share">Zalo</a></div></div>
<div class="edn_relatedArticles"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div></div></div>"""
    return _layout(art.title, main, url, canonical or None, skin)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>{esc(art.title)}</title></head><body class="printmode"><div class="edn_article edn_articleDetails">
<h1 class="edn_articleTitle">{esc(art.title)}</h1><time class="edn_articleDate">{esc(art.date_line)}</time>
{_content(art)}</div><script>window.print();</script></body></html>"""


def copies() -> dict[str, str]:
    a = ARTICLES
    n = [x.extra["n"] for x in a]
    s = [x.extra["slug"] for x in a]
    upper = f"/Tin-Tuc/ArticleID/{n[0]}/{s[0]}"
    tab = f"/tabid/83/ArticleID/{n[1]}/Default.aspx"
    aspx = f"/tin-tuc/ArticleID/{n[1]}/{s[1]}.aspx"
    mobile = a[2].path + "?mobile=1"
    ctl = a[2].path + "/ctl/Print/mid/512"
    out_print = a[3].path + "?output=print"
    second = f"/lao-dong-viec-lam/ArticleID/{n[3]}/{s[3]}"
    utm = a[4].path + "?utm_source=zalo&utm_medium=social"
    second5 = f"/lao-dong-viec-lam/ArticleID/{n[5]}/{s[5]}"
    return {
        upper: render_article(a[0], upper, HOST + upper),
        tab: render_article(a[1], tab, HOST + "/tin-tuc"),
        aspx: render_article(a[1], aspx, ""),
        mobile: render_article(a[2], mobile, "", skin="-mobile"),
        ctl: render_print(a[2]),
        out_print: render_print(a[3]),
        second: render_article(a[3], second, HOST + second),
        utm: render_article(a[4], utm, ""),
        second5: render_article(a[5], second5, HOST + second5),
    }


def _list(title: str, arts: list[Art], url: str, pager: str = "") -> str:
    items = "".join(
        f'<div class="edn_article"><h2 class="edn_articleTitle"><a href="{a.path}">{esc(a.title)}</a></h2>'
        f'<time class="edn_articleDate">{esc(a.date_line)}</time><div class="edn_articleSummary">{esc(a.lead)}</div>'
        f'<a class="edn_readMore" href="{a.path}">Xem tiếp</a></div>'
        for a in arts)  # fmt: skip
    main = f'<div class="DnnModule DnnModule-EasyDNNnews"><h1 class="title">{esc(title)}</h1>{items}{pager}</div>'
    return _layout(title, main, url, HOST + url)


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out.update(copies())
    a = ARTICLES
    box = (f'<div class="DnnModule"><h2 class="title">Tin nổi bật</h2><ul><li><a href="/Tin-Tuc/ArticleID/{a[0].extra["n"]}/{a[0].extra["slug"]}">'
           f'{esc(a[0].title)}</a></li><li><a href="/lao-dong-viec-lam/ArticleID/{a[3].extra["n"]}/{a[3].extra["slug"]}">{esc(a[3].title)}</a></li></ul></div>')  # fmt: skip
    out["/Default.aspx"] = _list("Trang chủ", a[:5], "/Default.aspx").replace('<div id="dnn_RightPane" class="col-md-3">',
                                                                              '<div id="dnn_RightPane" class="col-md-3">' + box, 1)
    out["/"] = out["/Default.aspx"]
    out["/tin-tuc"] = _list("Tin tức", a[:4], "/tin-tuc",
                            '<div class="edn_pagination"><span>1</span> <a href="/tin-tuc/PgrID/512/PageID/2">2</a></div>')
    out["/tin-tuc/PgrID/512/PageID/2"] = _list("Tin tức", a[4:], "/tin-tuc/PgrID/512/PageID/2",
                                               '<div class="edn_pagination"><a href="/tin-tuc">1</a> <span>2</span></div>')
    out["/lao-dong-viec-lam"] = _list("Lao động - Việc làm", [a[0], a[1], a[3], a[5]], "/lao-dong-viec-lam").replace(
        f'href="{a[3].path}"', f'href="/lao-dong-viec-lam/ArticleID/{a[3].extra["n"]}/{a[3].extra["slug"]}"').replace(
        f'href="{a[5].path}"', f'href="/lao-dong-viec-lam/ArticleID/{a[5].extra["n"]}/{a[5].extra["slug"]}"')
    out["/lien-he"] = _layout("Liên hệ", """<div class="DnnModule"><h1 class="title">Liên hệ</h1>
<p>Sở Lao động - Thương binh và Xã hội tỉnh Ninh Lâm. Địa chỉ: 24 Lê Lợi, thành phố Ninh Lâm.</p>
<p>Điện thoại: 0236 3822 111. Thư điện tử: sldtbxh@ninhlam.gov.vn</p></div>""", "/lien-he", HOST + "/lien-he")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
