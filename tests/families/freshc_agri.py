"""A provincial department of agriculture's portal on a Bootstrap vendor theme: the date in
the breadcrumb row, the writer often only in the page's data (fresh-C, round 16).

Built in round 16 as a fresh family (``FRESH_C``): scored once before any extraction change
(a held-out figure), its truth written by hand before any extraction ran on it.

- Articles ``/vi/news/<category>/<slug>-<id>.html``: a row above the title holds the
  breadcrumb on the left and the date on the right, time first and dashes: "08:40 |
  05-03-2024" in ``div.bc-date`` (no ``<time>``, no meta date, no date in JSON-LD); the title
  ``h1.news-title``, the sapo ``div.news-sapo``, the body ``div.news-content`` with
  ``<div>`` paragraphs.
- Bylines: only ``<meta property="article:author">`` (no visible byline); only JSON-LD's
  ``author.name`` (a NewsArticle without dates); "PV" alone, right-aligned; "Tác giả: X -
  Nguồn: Y" on one line at the body's end; "CTV Đỗ Văn Hải" (a contributor: the name); an
  unsigned article ending "Nguồn: baolamha.vn".
- A sidebar "Ban Giám đốc Sở" with the director's and deputies' names; "Tin mới" with
  ``<time datetime="...">`` of other articles shown as "3 giờ trước"; "Tin cùng chuyên mục"
  with two-digit years "(05/03/24)"; the header shows today ("06/03/2024").
- Non-articles: the home page, categories, a price board ("Giá nông sản" with a day's
  prices), a weather bulletin page, the directors' page, a Q&A listing, search results.
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fc-agri"
NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Hà"
BASE_URL = "https://snnptnt.lamha.gov.vn/"


def _line(iso: str) -> str:
    return f"{iso[11:16]} | {iso[8:10]}-{iso[5:7]}-{iso[:4]}"


def _art(key: str, cat: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"cat": cat, "id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/vi/news/{cat}/{slug}-{ident}.html", iso, _line(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fc-lh-tuoi-tiet-kiem", "thuy-loi", "nhan-rong-mo-hinh-tuoi-tiet-kiem-nuoc", 2207, "2024-03-05T08:40:00+07:00",
         signature="Tác giả: Lê Minh - Nguồn: Chi cục Thủy lợi", author="Lê Minh", source="Chi cục Thủy lợi",
         image=("/uploads/news/2024_03/tuoi-nho-giot.jpg", "Mô hình tưới nhỏ giọt cho cây bưởi ở huyện Tân An.")),
    _art("fc-lh-han-man", "thuy-loi", "chu-dong-ung-pho-han-han-xam-nhap-man", 2203, "2024-03-04T16:15:00+07:00",
         author="Hoàng Anh", extra={"meta_author": "Hoàng Anh"}),
    _art("fc-lh-ocop-che", "nong-thon-moi", "ba-san-pham-che-dat-ocop-bon-sao", 2199, "2024-03-02T09:05:00+07:00",
         author="Thanh Xuân", extra={"ld_author": "Thanh Xuân"},
         image=("/uploads/news/2024_03/che-shan.jpg", "Sản phẩm chè shan tuyết của hợp tác xã Suối Giàng.")),
    _art("nbp-phong-chay-rung", "lam-nghiep", "chu-dong-phong-chay-chua-chay-rung-mua-kho", 2195, "2024-03-01T14:50:00+07:00",
         signature="PV", author="PV"),
    _art("fd-ngay-nuoc-the-gioi", "thuy-loi", "huong-ung-ngay-nuoc-the-gioi", 2191, "2024-02-29T10:20:00+07:00",
         signature="CTV Đỗ Văn Hải", author="Đỗ Văn Hải"),
    _art("nbp-ocop", "nong-thon-moi", "tinh-cong-nhan-them-35-san-pham-ocop", 2186, "2024-02-27T07:30:00+07:00",
         source_line="Nguồn: baolamha.vn", source="baolamha.vn"),
    _art("bh-so-huu-tri-tue", "nong-thon-moi", "ho-tro-dang-ky-nhan-hieu-chung-nhan-dac-san", 2180, "2024-02-26T15:00:00+07:00",
         author="Thu Trang", extra={"meta_author": "Thu Trang", "ld_author": "Thu Trang"}),
]  # fmt: skip
CATS = {"thuy-loi": "Thủy lợi", "nong-thon-moi": "Nông thôn mới", "lam-nghiep": "Lâm nghiệp"}
CHROME = [
    "Ban Giám đốc Sở", "Giám đốc Sở", "Phó Giám đốc", "Tin mới", "giờ trước", "Tin cùng chuyên mục",
    "Giá nông sản", "Thời tiết nông vụ", "Hỏi đáp", "Chia sẻ", "Bản in", "Tổng lượt truy cập",
    "Trung tâm Chuyển đổi số", "0263 3822 118",
]  # fmt: skip
DIRECTORS = [("Giám đốc Sở", "Phạm Văn Tường"), ("Phó Giám đốc", "Trần Thị Hạnh"), ("Phó Giám đốc", "K'Brơi")]
PRICES = [("Cà phê nhân", "98.500 đ/kg"), ("Hồ tiêu", "86.000 đ/kg"), ("Sầu riêng Ri6", "62.000 đ/kg"), ("Chè búp tươi", "9.500 đ/kg")]
QA = [
    ("Hỗ trợ giống cây lâm nghiệp cho hộ nghèo", "Hộ nghèo trồng rừng sản xuất được hỗ trợ 100% giống cây theo Nghị định 58/2024/NĐ-CP."),
    ("Thủ tục cấp giấy chứng nhận cơ sở an toàn dịch bệnh", "Hồ sơ gồm đơn đăng ký và báo cáo điều kiện cơ sở, nộp tại Chi cục Chăn nuôi và Thú y."),
]


def _layout(title: str, main: str, head: str = "") -> str:
    ago = ("3 giờ trước", "5 giờ trước", "1 ngày trước", "2 ngày trước", "3 ngày trước")
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <time datetime="{a.published}">{ago[i]}</time></li>'
                     for i, a in enumerate(ARTICLES[:5]))
    dirs = "".join(f'<li><img src="/uploads/bgd/{i}.jpg" alt=""><b>{esc(n)}</b><br><span>{esc(r)}</span></li>'
                   for i, (r, n) in enumerate(DIRECTORS))
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="/vi/news/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/themes/agri/css/bootstrap.min.css">
{head}</head><body>
<div class="topbar bg-success text-white"><div class="container"><span class="today">06/03/2024</span>
<span class="float-right">Đường dây nóng: 0263 3822 118</span></div></div>
<header class="container"><a class="brand" href="/vi/"><img src="/themes/agri/images/logo.png" alt="">{esc(NAME)}</a></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/vi/">Trang chủ</a></li>
{menu}<li class="nav-item"><a class="nav-link" href="/vi/gia-nong-san/">Giá nông sản</a></li>
<li class="nav-item"><a class="nav-link" href="/vi/thoi-tiet-nong-vu/">Thời tiết nông vụ</a></li>
<li class="nav-item"><a class="nav-link" href="/vi/hoi-dap/">Hỏi đáp</a></li><li class="nav-item"><a class="nav-link" href="/vi/ban-giam-doc/">Ban Giám đốc</a></li></ul>
<form class="form-inline" action="/vi/search/"><input name="q"></form></nav>
<div class="container mt-3"><div class="row"><div class="col-lg-8">{main}</div>
<div class="col-lg-4 sidebar"><div class="card mb-3"><div class="card-header">Ban Giám đốc Sở</div><ul class="list-unstyled leaders">{dirs}</ul></div>
<div class="card mb-3"><div class="card-header">Tin mới</div><ul class="list-unstyled">{latest}</ul></div>
<div class="card"><div class="card-body">Tổng lượt truy cập: 2.331.904</div></div></div></div></div>
<footer class="bg-dark text-white mt-4"><div class="container">{esc(NAME)}. Địa chỉ: 36 Trần Phú, thành phố Lâm Hà.
Điện thoại: 0263 3822 118. Thiết kế và vận hành: Trung tâm Chuyển đổi số tỉnh.</div></footer></body></html>"""


def render_article(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f'<div class="para">{esc(p)}</div>'
        if i < len(images):
            body += (f'<div class="news-image text-center"><img src="{images[i][0]}" alt="" class="img-fluid">'
                     f'<div class="caption"><i>{esc(images[i][1])}</i></div></div>')
    for line in (art.signature, art.source_line):
        if line:
            body += f'<div class="para" style="text-align: right;"><b>{esc(line)}</b></div>'
    head = ""
    if art.extra.get("meta_author"):
        head += f'<meta property="article:author" content="{esc(art.extra["meta_author"])}">'
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "image": [BASE_URL.rstrip("/") + (art.image or ("/themes/agri/images/logo.png", ""))[0]],
          "publisher": {"@type": "Organization", "name": NAME}}
    if art.extra.get("ld_author"):
        ld["author"] = {"@type": "Person", "name": art.extra["ld_author"]}
    head += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    head += f'<meta property="og:title" content="{esc(art.title)}"><meta property="og:type" content="article">'
    cat = art.extra["cat"]
    same = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="text-muted">({a.published[8:10]}/{a.published[5:7]}/'
                   f'{a.published[2:4]})</span></li>' for a in ARTICLES if a is not art and a.extra["cat"] == cat)
    main = f"""<div class="bc-row d-flex justify-content-between"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/vi/">Trang chủ</a></li>
<li class="breadcrumb-item"><a href="/vi/news/{cat}/">{esc(CATS[cat])}</a></li></ol><div class="bc-date text-muted">{art.date_line}</div></div>
<div class="news-detail"><h1 class="news-title">{esc(art.title)}</h1>
<div class="news-sapo font-weight-bold">{esc(art.lead)}</div>
<div class="news-content">{body}</div>
<div class="news-tools"><a href="#" class="share-fb">Chia sẻ</a> <a href="{art.path}?print=1" rel="nofollow">Bản in</a></div></div>
<div class="same-cat"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul></div>"""
    return _layout(f"{art.title} - {NAME}", main, head)


def _list(title: str, arts: list[Art]) -> str:
    items = "".join(
        f'<div class="media mb-3"><a href="{a.path}"><img class="mr-3" src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
        f'<div class="media-body"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="text-muted">{_line(a.published)}</span>'
        f"<p>{esc(a.lead)}</p></div></div>"
        for a in arts
    )
    return _layout(f"{title} - {NAME}", f'<h2 class="cat-title">{esc(title)}</h2>{items}')


def _static(title: str, content: str) -> str:
    return _layout(f"{title} - {NAME}", f'<div class="news-detail"><h1 class="news-title">{esc(title)}</h1><div class="news-content">{content}</div></div>')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/vi/"] = _list("Tin tức - Sự kiện", ARTICLES[:6])
    for c, t in CATS.items():
        out[f"/vi/news/{c}/"] = _list(t, [a for a in ARTICLES if a.extra["cat"] == c])
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{p}</td></tr>" for n, p in PRICES)
    out["/vi/gia-nong-san/"] = _static("Giá nông sản ngày 06/03/2024", '<div class="bc-date text-muted">07:30 | 06-03-2024</div>'
                                       f'<table class="table"><tr><th>Mặt hàng</th><th>Giá</th></tr>{rows}</table>'
                                       "<div class=\"para\"><i>Giá mang tính tham khảo, tổng hợp từ các đại lý thu mua trên địa bàn.</i></div>")
    out["/vi/thoi-tiet-nong-vu/"] = _static("Bản tin thời tiết nông vụ tuần từ 04/3 đến 10/3/2024",
                                            '<div class="para">Nhiệt độ trung bình 18 - 27°C, trời nắng, độ ẩm thấp; khả năng '
                                            "xuất hiện mưa trái mùa vào cuối tuần ở các huyện phía nam.</div><div class=\"para\">Khuyến cáo: "
                                            "tưới giữ ẩm cho cà phê sau thu hoạch, theo dõi rệp sáp và bọ xít muỗi trên chè.</div>")
    drows = "".join(f'<div class="media mb-3"><img src="/uploads/bgd/{i}.jpg" alt=""><div class="media-body"><h3>{esc(n)}</h3>'
                    f"<p>{esc(r)}</p><p>Điện thoại: 0263 38221{i}5</p></div></div>" for i, (r, n) in enumerate(DIRECTORS))
    out["/vi/ban-giam-doc/"] = _layout(f"Ban Giám đốc - {NAME}", f'<h2 class="cat-title">Ban Giám đốc Sở</h2>{drows}')
    qa = "".join(f'<div class="qa-item"><h3>{esc(q)}</h3><div class="answer"><b>Trả lời:</b> {esc(a)}</div></div>' for q, a in QA)
    out["/vi/hoi-dap/"] = _layout(f"Hỏi đáp - {NAME}", f'<h2 class="cat-title">Hỏi đáp</h2>{qa}')
    out["/vi/search/?q=ocop"] = _list("Kết quả tìm kiếm: ocop", [ARTICLES[2], ARTICLES[5]])
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nAllow: /\n", sitemaps=None)
