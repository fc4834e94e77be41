"""A district's culture, information and sports centre's portal whose articles carry a
"Thông tin bài viết" box beside the text (fresh-N, round 19: author conventions).

Built in round 19 as a fresh family (``FRESH_N``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>-<id>.html``: the headline in ``h1.detail-title``, "Thứ Ba,
  05/03/2024 08:30" and the views in ``div.detail-meta``, the sapo in bold in
  ``div.detail-sapo``, the text in ``div.detail-content``; beside it (inside the article's
  block) ``aside.post-info`` headed "Thông tin bài viết": "Tác giả: ...", "Chuyên mục: ...",
  "Ngày đăng: ...", "Lượt xem: ...". The box names the writer on some articles and says
  "Tác giả: Đang cập nhật" on the rest (no one).
- Signatures: the writer only in the box; a right-aligned ``<div>`` in bold italics "Hà Linh -
  Đài TT-TH huyện"; the workflow line "Người viết: Đặng Thu Hà - Người duyệt: Nguyễn Quốc Bảo"
  (the reviewer is not the author); "Theo Báo Lào Cai" alone (a source, no author); an
  unsigned article whose listing teaser names "Hoàng Minh" (not on the page: no author);
  photo credits "(Ảnh: Quang Huy)" in the captions with the text signed "Thu Trang"; the box
  and the signature "Lò Văn Sáng (Đài TT-TH)" naming one writer; "Nguyễn Thị Lan, Phó Giám đốc
  Trung tâm" (the post after a comma).
- Non-articles: the home page, the news category and its page 2, the centre's introduction,
  the week's work schedule, a search page, the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshn_common import NArt
from tests.families.texts import KEY

SITE_ID = "fx-fn-vanhoa"
NAME = "Trung tâm Văn hóa, Thông tin và Thể thao huyện Bảo Yên"
_DAYS = {0: "Thứ Hai", 1: "Thứ Ba", 2: "Thứ Tư", 3: "Thứ Năm", 4: "Thứ Sáu", 5: "Thứ Bảy", 6: "Chủ Nhật"}


def _weekday(iso: str) -> str:
    import datetime as dt

    return _DAYS[dt.date.fromisoformat(iso[:10]).weekday()]


def _art(key: str, ident: int, iso: str, **kw: object) -> NArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.split("-", 1)[1]
    return NArt(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"{_weekday(iso)}, {dmy(iso)} {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pl-lien-hoan-dan-ca", 1184, "2024-03-05T08:30:00+07:00", author="Vũ Thị Hằng",
         extra={"box": "Vũ Thị Hằng", "cat": "Văn hóa - Nghệ thuật"}),
    _art("pl-thu-vien-luu-dong", 1181, "2024-03-04T15:10:00+07:00", signature="Hà Linh - Đài TT-TH huyện",
         author="Hà Linh", extra={"sig": "div", "cat": "Thư viện"}),
    _art("pl-phat-thanh-co-so", 1177, "2024-03-01T09:45:00+07:00",
         signature="Người viết: Đặng Thu Hà - Người duyệt: Nguyễn Quốc Bảo", author="Đặng Thu Hà",
         extra={"sig": "plain", "cat": "Thông tin cơ sở"}),
    _art("svh-le-hoi-den", 1172, "2024-02-28T16:20:00+07:00", source_line="Theo Báo Lào Cai", source="Báo Lào Cai",
         extra={"sig": "em", "cat": "Văn hóa - Nghệ thuật"}),
    _art("svh-giai-chay", 1169, "2024-02-27T07:55:00+07:00", extra={"teaser_author": "Hoàng Minh", "cat": "Thể thao"}),
    _art("sh-le-hoi-xuong-dong", 1165, "2024-02-24T10:05:00+07:00", signature="Thu Trang", author="Thu Trang",
         image=("/uploads/2024/02/xuong-dong.jpg", "Nghi lễ cày đường cày đầu tiên của năm mới (Ảnh: Quang Huy)"),
         more_images=(("/uploads/2024/02/xuong-dong-2.jpg", "Du khách trải nghiệm trò chơi dân gian (Ảnh: Quang Huy)"),),
         extra={"sig": "strong", "cat": "Văn hóa - Nghệ thuật"}),
    _art("pl-giai-bong-chuyen", 1160, "2024-02-22T14:30:00+07:00", signature="Lò Văn Sáng (Đài TT-TH)",
         author="Lò Văn Sáng", extra={"box": "Lò Văn Sáng", "sig": "strong", "cat": "Thể thao"}),
    _art("svh-thu-vien", 1156, "2024-02-20T08:15:00+07:00", signature="Nguyễn Thị Lan, Phó Giám đốc Trung tâm",
         author="Nguyễn Thị Lan", extra={"sig": "em", "cat": "Thư viện"}),
]  # fmt: skip
CHROME = [
    "Thông tin bài viết", "Đang cập nhật", "Chuyên mục:", "Lượt xem", "Tin liên quan", "Tin đọc nhiều",
    "Lượt truy cập", "Bản quyền thuộc", "Đường dây nóng", "In bài viết", "Chia sẻ",
]  # fmt: skip


def _layout(title: str, main: str, crumb: str = "Tin tức") -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[2:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)} | {esc(NAME)}</title><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/themes/vhtt/css/main.css"></head>
<body><div class="topbar"><div class="container"><span>Đường dây nóng: 0214 3876 115</span>
<a href="/tim-kiem.html">Tìm kiếm</a> | <a href="/lien-he.html">Liên hệ</a></div></div>
<header class="site-header"><div class="container"><a href="/" class="logo"><img src="/themes/vhtt/img/logo.png" alt="logo"></a>
<div class="site-name">TRUNG TÂM VĂN HÓA, THÔNG TIN VÀ THỂ THAO<br>HUYỆN BẢO YÊN</div></div></header>
<nav class="main-nav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="/tin-tuc.html">Tin tức</a></li><li><a href="/lich-cong-tac.html">Lịch công tác</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li></ul></nav>
<div class="container"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc.html">{esc(crumb)}</a></div>
<div class="row"><div class="col-main">{main}</div>
<div class="col-side"><div class="widget"><h3 class="widget-title">Tin đọc nhiều</h3><ul>{hot}</ul></div>
<div class="widget"><h3 class="widget-title">Lượt truy cập</h3><p>Đang online: 27</p><p>Tổng: 1.204.577</p></div></div></div></div>
<footer class="site-footer"><div class="container"><p>Bản quyền thuộc Trung tâm Văn hóa, Thông tin và Thể thao huyện Bảo Yên</p>
<p>Địa chỉ: Tổ 5, thị trấn Phố Ràng, huyện Bảo Yên. Điện thoại: 0214 3876 115</p>
<p>Chịu trách nhiệm nội dung: Giám đốc Trung tâm Nguyễn Quốc Bảo</p></div></footer></body></html>"""


def render_article(art: NArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    sig = art.extra.get("sig")
    for line in (art.signature, art.source_line):
        if not line:
            continue
        if sig == "div":
            body += f'<div style="text-align: right;"><strong><em>{esc(line)}</em></strong></div>'
        elif sig == "plain":
            body += f"<p>{esc(line)}</p>"
        elif sig == "em":
            body += f'<p style="text-align: right;"><em>{esc(line)}</em></p>'
        else:
            body += f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>'
    others = [a for a in ARTICLES if a is not art][:4]
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                      for a in others)
    box = art.extra.get("box", "Đang cập nhật")
    main = f"""<article class="detail"><div class="detail-row"><div class="detail-left">
<h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-meta"><span class="date">{esc(art.date_line)}</span> <span class="views">Lượt xem: {art.extra["id"] % 500 + 120}</span></div>
<div class="detail-sapo"><strong>{esc(art.lead)}</strong></div>
<div class="detail-content">{body}</div>
<div class="tools"><a href="javascript:window.print()">In bài viết</a> | <a href="#">Chia sẻ</a></div></div>
<aside class="post-info"><h4>Thông tin bài viết</h4><ul><li>Tác giả: {esc(box)}</li>
<li>Chuyên mục: {esc(art.extra["cat"])}</li><li>Ngày đăng: {dmy(art.published)}</li>
<li>Lượt xem: {art.extra["id"] % 500 + 120}</li></ul></aside></div>
<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div></article>"""
    return _layout(art.title, main, art.extra["cat"])


def _teaser(a: NArt) -> str:
    by = f' <span class="author">Tác giả: {esc(a.extra["teaser_author"])}</span>' if "teaser_author" in a.extra else ""
    return (f'<div class="news-item"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
            f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><p class="meta">{dmy(a.published)}{by}</p>'
            f"<p>{esc(a.lead)}</p></div>")


def _list(title: str, arts: list[NArt], pager: str = "") -> str:
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>{"".join(_teaser(a) for a in arts)}{pager}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới nhất", ARTICLES[:5])
    out["/tin-tuc.html"] = _list("Tin tức", ARTICLES[:5], '<div class="pager"><b>1</b> <a href="/tin-tuc.html?page=2">2</a></div>')
    out["/tin-tuc.html?page=2"] = _list("Tin tức", ARTICLES[5:], '<div class="pager"><a href="/tin-tuc.html">1</a> <b>2</b></div>')
    out["/gioi-thieu.html"] = _layout("Giới thiệu", """<h2 class="cat-title">Giới thiệu Trung tâm</h2><div class="detail-content">
<p>Trung tâm Văn hóa, Thông tin và Thể thao huyện Bảo Yên là đơn vị sự nghiệp công lập trực thuộc UBND huyện, được thành lập
năm 2019 trên cơ sở hợp nhất Trung tâm Văn hóa - Thể thao và Đài Truyền thanh - Truyền hình huyện.</p>
<p>Trung tâm có chức năng tổ chức các hoạt động văn hóa, nghệ thuật, thể dục thể thao, thông tin cổ động và phát thanh,
truyền hình trên địa bàn huyện.</p><p><strong>Giám đốc:</strong> Nguyễn Quốc Bảo</p></div>""", "Giới thiệu")
    rows = [("Thứ Hai 04/3", "8h00", "Giao ban đầu tuần", "Giám đốc, các Phó Giám đốc"),
            ("Thứ Ba 05/3", "14h00", "Duyệt chương trình văn nghệ chào mừng 26/3", "Phó Giám đốc Nguyễn Thị Lan"),
            ("Thứ Năm 07/3", "7h30", "Tuyên truyền lưu động tại xã Xuân Hòa", "Đội Thông tin lưu động")]
    trs = "".join(f"<tr><td>{d}</td><td>{t}</td><td>{esc(w)}</td><td>{esc(p)}</td></tr>" for d, t, w, p in rows)
    out["/lich-cong-tac.html"] = _layout("Lịch công tác", f"""<h2 class="cat-title">Lịch công tác tuần 10 năm 2024</h2>
<table class="table"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Thành phần</th></tr>{trs}</table>""", "Lịch công tác")
    out["/tim-kiem.html"] = _layout("Tìm kiếm", """<h2 class="cat-title">Tìm kiếm</h2><form action="/tim-kiem.html">
<input name="q" placeholder="Nhập từ khóa"><button>Tìm</button></form><p>Nhập từ khóa để tìm bài viết.</p>""", "Tìm kiếm")
    out["/lien-he.html"] = _layout("Liên hệ", """<h2 class="cat-title">Liên hệ</h2><p>Trung tâm Văn hóa, Thông tin và Thể thao huyện Bảo Yên</p>
<p>Địa chỉ: Tổ 5, thị trấn Phố Ràng, huyện Bảo Yên, tỉnh Lào Cai</p><p>Điện thoại: 0214 3876 115 - Email: ttvhtt.baoyen@laocai.gov.vn</p>
<form><label>Họ và tên</label><input name="ten"><label>Nội dung</label><textarea name="nd"></textarea><button>Gửi</button></form>""", "Liên hệ")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n", sitemaps=None)
