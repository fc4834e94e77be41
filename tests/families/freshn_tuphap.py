"""A province's department of justice on an ASP.NET portal whose editors paste from Word
and whose theme writes a Facebook page into ``article:author`` (fresh-N, round 19: author
conventions).

Built in round 19 as a fresh family (``FRESH_N``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/chi-tiet.aspx?ItemID=<n>``: the headline in ``h2.news-title`` (the
  ``<h1>`` is the department's name in the header), "Ngày đăng: 05/03/2024 | 08:30" in
  ``div.news-date``, the sapo in ``div.news-summary``, the text in ``div.news-content``
  (``MsoNormal`` paragraphs); ``<meta property="article:author"
  content="https://www.facebook.com/sotuphap.hason">`` on every article (a URL: no one).
- Bylines: "Tác giả: Lê Hoàng Nam" in ``div.news-author`` under the text; only the URL in
  ``article:author`` (no author); a Word signature table closing the text (left cell empty,
  the name bold and centred in the right cell); "Luật gia Nguyễn Thành Công" right-aligned in
  bold; "TS. Trần Thị Hạnh, Trường Chính trị tỉnh" in italics; "Tác giả: Phạm Hùng | Nguồn:
  Bộ Tư pháp" in ``div.news-author``; "Nguồn: moj.gov.vn" alone (a source, no author).
- A leaders' page with the director's and deputies' names, a "Lãnh đạo Sở" box in the side
  column, the director named in the footer.
- Non-articles: the home page, the news category and its page 2, the leaders' page, a legal
  documents list, an administrative procedure, a legal Q&A page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshn_common import NArt
from tests.families.texts import KEY

SITE_ID = "fx-fn-tuphap"
NAME = "Sở Tư pháp tỉnh Hà Sơn"
FB = "https://www.facebook.com/sotuphap.hason"


def _art(key: str, ident: int, iso: str, **kw: object) -> NArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return NArt(KEY[key], f"/tin-tuc/chi-tiet.aspx?ItemID={ident}", iso, f"Ngày đăng: {dmy(iso)} | {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nbp-ky-hop-hdnd", 2231, "2024-03-05T08:30:00+07:00", author="Lê Hoàng Nam",
         extra={"author_div": "Tác giả: Lê Hoàng Nam"}),
    _art("hg-chu-ky-so", 2228, "2024-03-04T14:00:00+07:00"),
    _art("hg-an-toan-thong-tin", 2224, "2024-03-01T10:20:00+07:00", signature="Trần Minh Tuấn", author="Trần Minh Tuấn",
         extra={"sig": "table"}),
    _art("nl-bao-hiem-that-nghiep", 2219, "2024-02-29T16:45:00+07:00", signature="Luật gia Nguyễn Thành Công",
         author="Luật gia Nguyễn Thành Công", extra={"sig": "strong"}),
    _art("nl-dao-tao-nghe", 2215, "2024-02-27T09:00:00+07:00", signature="TS. Trần Thị Hạnh, Trường Chính trị tỉnh",
         author="TS. Trần Thị Hạnh", extra={"sig": "em"}),
    _art("hg-nen-tang-du-lieu", 2210, "2024-02-23T15:30:00+07:00", author="Phạm Hùng", source="Bộ Tư pháp",
         extra={"author_div": "Tác giả: Phạm Hùng | Nguồn: Bộ Tư pháp"}),
    _art("nl-tre-em-den-truong", 2206, "2024-02-21T08:10:00+07:00", source_line="Nguồn: moj.gov.vn", source="moj.gov.vn",
         extra={"sig": "em"}),
]  # fmt: skip
CHROME = [
    "Lãnh đạo Sở", "Giám đốc Sở", "Văn bản mới", "Thống kê truy cập", "Ngày đăng", "Bản in", "Gửi email",
    "Các tin khác", "Cơ quan chủ quản", "Lê Văn Thịnh",
]  # fmt: skip
LEADERS = [("Giám đốc Sở", "Lê Văn Thịnh"), ("Phó Giám đốc Sở", "Hoàng Thị Mai"), ("Phó Giám đốc Sở", "Đỗ Đức Thuận")]


def _layout(title: str, main: str, article: bool = False) -> str:
    meta = f'<meta property="article:author" content="{FB}"><meta property="og:type" content="article">' if article else ""
    leaders = "".join(f"<li><b>{esc(n)}</b><br>{esc(r)}</li>" for r, n in LEADERS)
    docs = "".join(f'<li><a href="/van-ban/{i}.aspx">Quyết định số {i}/QĐ-STP</a></li>' for i in (45, 44, 41))
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>{meta}<link href="/Portals/_default/Skins/STP/skin.css" rel="stylesheet"></head>
<body><form method="post" action="#" id="Form"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWAg==">
<div id="header"><h1>SỞ TƯ PHÁP TỈNH HÀ SƠN</h1><div class="slogan">Cổng thông tin điện tử</div></div>
<div id="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu/lanh-dao.aspx">Lãnh đạo Sở</a><a href="/tin-tuc/danh-sach.aspx">Tin tức</a>
<a href="/van-ban/danh-sach.aspx">Văn bản</a><a href="/thu-tuc/chung-thuc.aspx">Thủ tục hành chính</a><a href="/hoi-dap/danh-sach.aspx">Hỏi đáp pháp luật</a></div>
<div id="content"><div id="left">{main}</div>
<div id="right"><div class="box"><div class="box-title">Lãnh đạo Sở</div><ul class="leaders">{leaders}</ul></div>
<div class="box"><div class="box-title">Văn bản mới</div><ul>{docs}</ul></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><p>Hôm nay: 1.024</p><p>Tất cả: 3.551.870</p></div></div></div>
<div id="footer"><p>Cơ quan chủ quản: Sở Tư pháp tỉnh Hà Sơn. Chịu trách nhiệm: Lê Văn Thịnh - Giám đốc Sở</p>
<p>Địa chỉ: 12 Trần Hưng Đạo, thành phố Hà Sơn. ĐT: 0203 3825 446</p></div></form></body></html>"""


def render_article(art: NArt) -> str:
    body = "".join(f'<p class="MsoNormal" style="text-align:justify">{esc(p)}</p>' for p in art.paragraphs)
    sig = art.extra.get("sig")
    for line in (art.signature, art.source_line):
        if not line:
            continue
        if sig == "table":
            body += (f'<table class="MsoTableGrid" border="0" width="100%"><tr><td width="50%" valign="top"><p class="MsoNormal">&nbsp;</p></td>'
                     f'<td width="50%" valign="top"><p class="MsoNormal" align="center" style="text-align:center"><b>{esc(line)}</b></p></td></tr></table>')
        elif sig == "em":
            body += f'<p class="MsoNormal" align="right" style="text-align:right"><i>{esc(line)}</i></p>'
        else:
            body += f'<p class="MsoNormal" align="right" style="text-align:right"><b>{esc(line)}</b></p>'
    author = f'<div class="news-author">{esc(art.extra["author_div"])}</div>' if "author_div" in art.extra else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in ARTICLES if a is not art)
    main = f"""<div class="news-detail"><h2 class="news-title">{esc(art.title)}</h2>
<div class="news-date">{esc(art.date_line)}</div>
<div class="news-summary">{esc(art.lead)}</div>
<div class="news-content">{body}</div>{author}
<div class="news-tools"><a href="#" onclick="window.print()">Bản in</a> <a href="#">Gửi email</a></div>
<div class="news-other"><div class="box-title">Các tin khác</div><ul>{others}</ul></div></div>"""
    return _layout(art.title, main, article=True)


def _list(title: str, arts: list[NArt], pager: str) -> str:
    items = "".join(f'<div class="news-item"><a href="{a.path}" class="title">{esc(a.title)}</a> <span>({dmy(a.published)})</span>'
                    f"<p>{esc(a.lead)}</p></div>" for a in arts)
    return _layout(title, f'<div class="cat-title">{esc(title)}</div>{items}<div class="pager">{pager}</div>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:4], "")
    out["/tin-tuc/danh-sach.aspx"] = _list("Tin tức", ARTICLES[:5], '<b>1</b> <a href="/tin-tuc/danh-sach.aspx?page=2">2</a>')
    out["/tin-tuc/danh-sach.aspx?page=2"] = _list("Tin tức", ARTICLES[5:], '<a href="/tin-tuc/danh-sach.aspx">1</a> <b>2</b>')
    rows = "".join(f"<tr><td>{esc(r)}</td><td><b>{esc(n)}</b></td><td>0203 38254{i}6</td></tr>" for i, (r, n) in enumerate(LEADERS))
    out["/gioi-thieu/lanh-dao.aspx"] = _layout("Lãnh đạo Sở", f'<div class="cat-title">Lãnh đạo Sở Tư pháp</div><table border="1">{rows}</table>')
    drows = "".join(f'<tr><td>{i}/QĐ-STP</td><td>{d}/02/2024</td><td><a href="/van-ban/{i}.aspx">Quyết định ban hành kế hoạch số {i}</a></td></tr>'
                    for i, d in ((45, 28), (44, 26), (41, 19)))
    out["/van-ban/danh-sach.aspx"] = _layout("Văn bản", f'<div class="cat-title">Văn bản</div><table border="1"><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{drows}</table>')
    out["/thu-tuc/chung-thuc.aspx"] = _layout("Thủ tục chứng thực bản sao từ bản chính", """<div class="cat-title">Thủ tục hành chính</div>
<h3>Chứng thực bản sao từ bản chính giấy tờ, văn bản</h3><p><b>Trình tự thực hiện:</b> Người yêu cầu chứng thực xuất trình bản chính
giấy tờ, văn bản và bản sao cần chứng thực.</p><p><b>Thời hạn giải quyết:</b> Trong ngày cơ quan tiếp nhận yêu cầu.</p>
<p><b>Lệ phí:</b> 2.000 đồng/trang.</p>""")
    out["/hoi-dap/danh-sach.aspx"] = _layout("Hỏi đáp pháp luật", """<div class="cat-title">Hỏi đáp pháp luật</div>
<div class="qa"><p><b>Hỏi:</b> Tôi muốn đăng ký khai sinh cho con quá hạn thì làm thế nào?</p><p><b>Trả lời:</b> Ông (bà) nộp tờ khai
và giấy chứng sinh tại UBND cấp xã nơi cư trú.</p></div>
<div class="qa"><p><b>Hỏi:</b> Ai được trợ giúp pháp lý miễn phí?</p><p><b>Trả lời:</b> Người có công với cách mạng, người thuộc hộ nghèo,
trẻ em và các đối tượng khác theo Luật Trợ giúp pháp lý.</p></div>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /DesktopModules/\n", sitemaps=None)
