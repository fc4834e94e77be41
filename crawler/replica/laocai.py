"""The replica of the Lào Cai provincial party-committee portal (tinhuy.laocai.gov.vn).

Pages are laid out like ``examples/seed/page.html`` and satisfy the ``laocai-tinhuy`` profile's
selectors and URL rules. The ground truth (``ARTICLES``, ``CHROME_STRINGS``, ``EDGE_PAGES``)
is what a correct crawl of the replica must produce.
"""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from html import escape
from importlib import resources
from string import Template
from typing import Any

from crawler.replica import assets
from crawler.replica.laocai_articles import OTHER_ARTICLES, SEED, Spec
from crawler.replica.site import Page, Request, Site

ICT = timezone(timedelta(hours=7))
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
CATEGORY = "/tin-tuc/tin-hoat-dong.html"
PER_PAGE = 5
SEED_PATH = f"/tin-tuc/tin-hoat-dong/{SEED['slug']}.html"
PDF_PATH = "/Uploads/files/2023/ke-hoach-56.pdf"
DOCX_PATH = "/Uploads/files/bao-cao.docx"
ERROR_500_PATH = "/tin-tuc/tin-hoat-dong/loi-may-chu.html"
MISSING_PATH = "/tin-tuc/tin-hoat-dong/bai-viet-da-go.html"
SITE_UPDATED = datetime(2023, 2, 4, 9, 0, tzinfo=ICT)

# Paths that are not articles and what a crawler should get from them.
EDGE_PAGES: dict[str, int] = {
    ERROR_500_PATH: 500,  # linked from the category's first page
    MISSING_PATH: 404,  # linked from the category's second page
    DOCX_PATH: 200,  # an Office document, linked from the home page
    PDF_PATH: 200,  # the attachment of one article, also linked from the home page
    "/0.html": 301,  # the "Trang chủ" menu entry redirects to /
    "/dang-nhap.html": 200,  # disallowed by robots.txt: must never be fetched
}

CHROME_STRINGS: list[str] = [
    "Thông tin mới nhất",
    "Thống kê truy cập",
    "Đang online",
    "Hôm nay:",
    "Trong tuần:",
    "Tất cả:",
    "Đăng nhập",
    "Sơ đồ site",
    "Lượt xem",
    "In bài viết",
    "Gửi email",
    "Chia sẻ Facebook",
    "© Văn phòng Tỉnh ủy Lào Cai",
    "Trụ sở khối 1",
    "0214.3840.044",
    "Fax: 0214.3840.053",
    "contact-tinhuy@laocai.gov.vn",
    "anh tin bai",
]

MENU = [
    "Trang chủ",
    "Giới thiệu",
    "Tin tức - Sự kiện",
    "Xây dựng Đảng",
    "Văn bản",
    "Tư liệu",
    "Hỏi đáp",
    "Liên hệ",
]


def date_line(when: datetime) -> str:
    """The portal's date line: ``Thứ Hai, 09/01/2023 - 15:20``."""
    return f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y - %H:%M}"


def _paragraph(text: str, markup: str) -> str:
    t = escape(text, quote=False)
    if markup == "plain":
        return f"<p>{t}</p>"
    if markup == "span":
        return f'<p style="text-align: justify;"><span style="font-size:14px;">{t}</span></p>'
    return f'<p style="text-align: justify;">{t}</p>'


def _render_block(block: Any, markup: str) -> str:
    if isinstance(block, str):
        return _paragraph(block, markup)
    kind, *args = block
    if kind == "lead":
        return (
            f'<p style="text-align: justify;"><strong>{escape(args[0], quote=False)}</strong></p>'
        )
    if kind == "img":
        src, caption = args
        rows = f'<tr><td><img src="{src}" alt="anh tin bai" width="600" height="400"></td></tr>'
        if caption:
            rows += (
                f'\n<tr><td class="image_desc"><em>{escape(caption, quote=False)}</em></td></tr>'
            )
        table = '<table class="image" align="center" style="width:100%"><tbody>'
        return f"{table}\n{rows}</tbody></table>"
    if kind == "figure":
        src, caption = args
        return (
            f'<figure class="image"><img src="{src}" alt="anh tin bai" width="800" height="533">'
            f"<figcaption>{escape(caption, quote=False)}</figcaption></figure>"
        )
    if kind == "file":
        prefix, label, href = args
        link = f'<a href="{href}" target="_blank">{label}</a>'
        return f'<p style="text-align: justify;">{prefix} {link}</p>'
    if kind == "sig":
        return f'<p style="text-align: right;"><strong>{escape(args[0], quote=False)}</strong></p>'
    if kind == "source":
        return f'<p style="text-align: right;"><em>{escape(args[0], quote=False)}</em></p>'
    raise ValueError(f"unknown block kind {kind!r}")


def _reader_text(block: Any) -> str | None:
    """What a reader sees of a block as a body paragraph (None: nothing, e.g. a bare image)."""
    if isinstance(block, str):
        return block
    kind, *args = block
    if kind in ("img", "figure"):
        return args[1]
    if kind == "file":
        return f"{args[0]} {args[1]}"
    return args[0]


def _truth(spec: Spec) -> dict[str, Any]:
    when = datetime.strptime(spec["when"], "%Y-%m-%d %H:%M").replace(tzinfo=ICT)
    blocks = spec["blocks"]
    return {
        "path": f"/tin-tuc/tin-hoat-dong/{spec['slug']}.html",
        "title": spec["title"],
        "published": when.isoformat(),
        "date_raw": date_line(when),
        "author": spec["author"],
        "author_unit": spec["author_unit"],
        "source": spec["source"],
        "body": [t for t in map(_reader_text, blocks) if t is not None],
        "images": [
            {"src": b[1], "caption": b[2]}
            for b in blocks
            if isinstance(b, tuple) and b[0] in ("img", "figure")
        ],
        "attachments": [b[3] for b in blocks if isinstance(b, tuple) and b[0] == "file"],
    }


_SPECS: list[Spec] = sorted([SEED, *OTHER_ARTICLES], key=lambda s: s["when"], reverse=True)
# Ground truth, newest first (the category's order).
ARTICLES: list[dict[str, Any]] = [_truth(s) for s in _SPECS]


# --- page chrome ------------------------------------------------------------------------------


def _template(name: str) -> Template:
    text = resources.files("crawler.replica").joinpath(name).read_text(encoding="utf-8")
    return Template(text if name == "laocai_layout.html" else text.rstrip("\n"))


LAYOUT, ARTICLE_MAIN, HOME_MAIN = map(
    _template, ["laocai_layout.html", "laocai_article.html", "laocai_home.html"]
)


def _dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _counter(path: str, spec: Spec | None) -> tuple[int, int, int, int]:
    """The visitor counter: different on every page, the seed's own on the seed page."""
    if spec is not None and "counter" in spec:
        return spec["counter"]
    h = zlib.crc32(path.encode("utf-8"))
    return 20 + h % 60, 800 + h % 1200, 2000 + h % 4000, 1_706_835 + h % 5000


def _layout(path: str, title: str, crumbs: str, main: str, spec: Spec | None = None) -> str:
    latest = "\n".join(
        f'<li><a href="{a["path"]}">{escape(a["title"])}</a> '
        f'<span class="date">({_dmy(a["published"])})</span></li>'
        for a in ARTICLES[:6]
    )
    online, today, week, total = _counter(path, spec)
    return LAYOUT.substitute(
        title=escape(title, quote=False),
        menu="\n".join(f'<li><a href="/{i}.html">{name}</a></li>' for i, name in enumerate(MENU)),
        crumbs=crumbs,
        main=main,
        latest=latest,
        online=online,
        today=f"{today:,}",
        week=f"{week:,}",
        total=f"{total:,}",
    )


CATEGORY_CRUMBS = (
    ' &gt; <a href="/tin-tuc.html">Tin tức - Sự kiện</a>'
    f' &gt; <a href="{CATEGORY}">Tin hoạt động</a>'
)


# --- pages ------------------------------------------------------------------------------------


def _article_page(spec: Spec, truth: dict[str, Any]) -> str:
    markup = spec.get("markup", "justify")
    views = spec.get("views", 300 + zlib.crc32(spec["slug"].encode()) % 2500)
    main = ARTICLE_MAIN.substitute(
        title=escape(truth["title"], quote=False),
        date_raw=truth["date_raw"],
        views=f"{views:,}".replace(",", "."),  # Vietnamese thousands separator
        content="\n".join(_render_block(b, markup) for b in spec["blocks"]),
    )
    return _layout(truth["path"], truth["title"], CATEGORY_CRUMBS, main, spec)


def _item(article: dict[str, Any], image: str | None = None) -> str:
    d = article["published"]
    lead = article["body"][0]
    sapo = lead if len(lead) <= 220 else lead[:220].rsplit(" ", 1)[0] + "..."
    thumb = f'<a href="{article["path"]}"><img src="{image}" alt=""></a>' if image else ""
    return (
        f'<div class="item-news">{thumb}<h3><a href="{article["path"]}">'
        f'{escape(article["title"])}</a></h3><span class="date">{_dmy(d)}'
        f'</span><p class="sapo">{escape(sapo, quote=False)}</p></div>'
    )


def _category_page(number: int, pages: int) -> str:
    chunk = ARTICLES[(number - 1) * PER_PAGE : number * PER_PAGE]
    items = [_item(a, a["images"][0]["src"] if a["images"] else None) for a in chunk]
    if number == 1:  # a listed article whose page fails on the server
        items.insert(
            2,
            f'<div class="item-news"><h3><a href="{ERROR_500_PATH}">Hội nghị giao ban '
            "công tác tuyên giáo quý I năm 2023</a></h3></div>",
        )
    if number == 2:  # a listed article that was taken down
        items.append(
            f'<div class="item-news"><h3><a href="{MISSING_PATH}">Thông báo lịch tiếp '
            "công dân tháng 02/2023</a></h3></div>"
        )

    def href(n: int) -> str:
        return CATEGORY if n == 1 else f"{CATEGORY}?page={n}"

    links = [f'<a href="{href(number - 1)}">Trang trước</a>'] if number > 1 else []
    links += [
        f'<span class="current">{n}</span>' if n == number else f'<a href="{href(n)}">{n}</a>'
        for n in range(1, pages + 1)
    ]
    if number < pages:
        links.append(f'<a href="{href(number + 1)}">Trang sau</a>')
    main = (
        '   <div class="list-news-cat">\n    <h2 class="title-cat">Tin hoạt động</h2>\n'
        + "\n".join(items)
        + f'\n    <div class="paging">{" ".join(links)}</div>\n   </div>'
    )
    path = href(number)
    return _layout(path, "Tin hoạt động", CATEGORY_CRUMBS, main)


def _home_page() -> str:
    items = "\n".join(_item(a) for a in ARTICLES[:6])
    main = HOME_MAIN.substitute(category=CATEGORY, items=items, pdf=PDF_PATH, docx=DOCX_PATH)
    return _layout("/", "Trang chủ", "", main)


def _simple_page(path: str, heading: str, html: str) -> str:
    title = f'<h2 class="title-cat">{heading}</h2>'
    main = f'   <div class="page-content">\n    {title}\n{html}\n   </div>'
    return _layout(path, heading, f" &gt; {heading}", main)


def _http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)


def _html(text: str, when: datetime, status: int = 200) -> Page:
    return Page.html(text, status, [("Last-Modified", _http_date(when))])


def _dynamic(request: Request) -> Page | None:
    """robots.txt and sitemap.xml name absolute URLs, so they follow the Host the client used."""
    base = request.base_url
    if request.target == "/robots.txt":
        return Page.text(
            "User-agent: *\nDisallow: /dang-nhap.html\nDisallow: /tim-kiem.html\n\n"
            f"Sitemap: {base}sitemap.xml\n"
        )
    if request.target == "/sitemap.xml":
        urls = "".join(
            f"<url><loc>{base}{a['path'][1:]}</loc><lastmod>{a['published']}</lastmod></url>\n"
            for a in ARTICLES
        )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">\n{urls}</urlset>\n'
        )
        return Page.text(body, "application/xml; charset=utf-8")
    if request.path == "/tim-kiem.html":  # disallowed; answers any query
        return Page.html(
            _simple_page("/tim-kiem.html", "Tìm kiếm", "<p>Không tìm thấy kết quả.</p>")
        )
    return None


def _files() -> dict[str, Page]:
    """The error page, the documents, images, style sheet and script."""
    pdf = assets.tiny_pdf(
        [
            "TINH UY LAO CAI",
            "So 56-KH/TU",
            "KE HOACH",
            "To chuc cac hoat dong ky niem 93 nam",
            "Ngay thanh lap Dang Cong san Viet Nam (03/02/1930 - 03/02/2023)",
        ],
        title="Ke hoach so 56-KH/TU",
    )
    docx = assets.tiny_docx(
        ["BÁO CÁO", "Tổng kết công tác năm 2022, phương hướng, nhiệm vụ năm 2023"]
    )
    files = {
        ERROR_500_PATH: Page.html(
            "<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>"
            "<h1>Server Error in '/' Application.</h1><h2><i>Runtime Error</i></h2>"
            "<p>An application error occurred on the server.</p></body></html>\n",
            status=500,
        ),
        PDF_PATH: Page(200, [("Content-Type", "application/pdf")], pdf),
        DOCX_PATH: Page(
            200,
            [
                ("Content-Type", assets.DOCX_TYPE),
                ("Content-Disposition", 'attachment; filename="bao-cao.docx"'),
            ],
            docx,
        ),
        "/images/banner.png": Page(200, [("Content-Type", "image/png")], assets.TINY_PNG),
        "/Portals/_default/skin.css": Page.text(assets.SKIN_CSS, "text/css"),
        "/js/jquery.min.js": Page.text(assets.JQUERY_STUB, "application/javascript"),
    }
    for article in ARTICLES:
        for image in article["images"]:
            files[image["src"]] = Page(200, [("Content-Type", "image/jpeg")], assets.TINY_JPEG)
    return files


def build_site() -> Site:
    """The whole replica portal as a :class:`Site`."""
    pages: dict[str, Page] = {}
    for spec, truth in zip(_SPECS, ARTICLES, strict=True):
        when = datetime.fromisoformat(truth["published"])
        pages[truth["path"]] = _html(_article_page(spec, truth), when)
    count = -(-len(ARTICLES) // PER_PAGE)
    for n in range(1, count + 1):
        pages[CATEGORY if n == 1 else f"{CATEGORY}?page={n}"] = _html(
            _category_page(n, count), SITE_UPDATED
        )
    home = _html(_home_page(), SITE_UPDATED)
    pages["/"] = Page(
        home.status,
        [
            *home.headers,
            ("Set-Cookie", "ASP.NET_SessionId=r3pl1ca0s3ss10n; path=/; HttpOnly"),
            ("Set-Cookie", "language=vi-VN; path=/"),
        ],
        home.body,
    )
    pages["/0.html"] = Page.redirect("/")
    sections = {
        1: "<p>Cổng thông tin điện tử Đảng bộ tỉnh Lào Cai do Văn phòng Tỉnh ủy quản lý.</p>",
        2: f'<ul><li><a href="{CATEGORY}">Tin hoạt động</a></li></ul>',
        4: f'<ul><li><a href="{PDF_PATH}">Kế hoạch số 56-KH/TU</a></li>'
        f'<li><a href="{DOCX_PATH}">Báo cáo tổng kết công tác năm 2022</a></li></ul>',
    }
    for i, name in enumerate(MENU[1:], start=1):
        body = sections.get(i, "<p>Nội dung đang được cập nhật.</p>")
        pages[f"/{i}.html"] = _html(_simple_page(f"/{i}.html", name, body), SITE_UPDATED)
    pages["/tin-tuc.html"] = _html(
        _simple_page("/tin-tuc.html", "Tin tức - Sự kiện", sections[2]), SITE_UPDATED
    )
    sitemap_links = "".join(f'<li><a href="/{i}.html">{n}</a></li>' for i, n in enumerate(MENU))
    pages["/sitemap.html"] = _html(
        _simple_page("/sitemap.html", "Sơ đồ site", f"<ul>{sitemap_links}</ul>"), SITE_UPDATED
    )
    pages["/dang-nhap.html"] = Page.html(
        _simple_page(
            "/dang-nhap.html",
            "Đăng nhập",
            '<form method="post"><input name="user">'
            '<input name="pass" type="password"><button>Đăng nhập</button></form>',
        )
    )
    pages.update(_files())
    not_found = Page.html(
        _simple_page(
            "/404",
            "Không tìm thấy trang",
            "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>",
        ),
        status=404,
    )
    return Site(pages=pages, handler=_dynamic, not_found=not_found)
