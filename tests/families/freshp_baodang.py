"""A district party committee's news portal run with the province's party paper, whose
writers sign the papers' ways: in capitals before the lead, after a slash with the news agency,
as a team, or text and photo on two lines (fresh-P, round 19b: authors that get missed).

Built in round 19b as a fresh family (``FRESH_P``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>-a<id>.html``: the headline in ``h1.detail-title``, "Thứ Ba,
  05/03/2024 08:30" in ``div.detail-time``, the sapo a bold ``<p class="detail-sapo">``, the text
  in ``div.detail-content``; "Tin liên quan" with dates and "Từ khóa" after it.
- Bylines: "HÀ ANH - " in capitals opening the sapo (no signature); "(LC) - " (the paper's
  source code) opening the sapo, signed "Minh Đức"; "LCĐT - " opening the sapo and no signature
  (no author); "Quang Vinh/TTXVN" on a line of its own under the headline; "Nhóm phóng viên"
  right-aligned; "Bài: Giàng A Chính" over "Ảnh: Lò Văn Sơn", two right-aligned lines; "SÙNG
  SEO VẦN - " in capitals opening the sapo.
- Non-articles: the home page, a category and its page 2, a tag page, the editorial board's
  contact page ("Ban biên tập", its members' names).
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshp_common import PArt
from tests.families.texts import KEY

SITE_ID = "fx-fp-baodang"
NAME = "Cổng thông tin Đảng bộ huyện Bắc Lương"
WEEKDAYS = {"2024-03-05": "Thứ Ba", "2024-03-04": "Thứ Hai", "2024-03-02": "Thứ Bảy", "2024-02-29": "Thứ Năm",
            "2024-02-27": "Thứ Ba", "2024-02-26": "Thứ Hai", "2024-02-23": "Thứ Sáu"}  # fmt: skip


def _art(key: str, ident: int, iso: str, **kw: object) -> PArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.split("-", 1)[1]
    line = f"{WEEKDAYS[iso[:10]]}, {dmy(iso)} {hm(iso)}"
    return PArt(KEY[key], f"/tin-tuc/{slug}-a{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-giam-ngheo", 3311, "2024-03-05T08:30:00+07:00", author="HÀ ANH", extra={"prefix": "HÀ ANH - "}),
    _art("ml-cho-phien", 3308, "2024-03-04T15:10:00+07:00", signature="Minh Đức", author="Minh Đức",
         extra={"prefix": "(LC) - "},
         image=("/uploads/2024/03/cho-phien.jpg", "Du khách tham quan chợ phiên Pá Hốc sáng Chủ nhật.")),
    _art("ml-chong-ret", 3305, "2024-03-02T09:45:00+07:00", extra={"prefix": "LCĐT - "}),
    _art("nbp-phong-chay-rung", 3301, "2024-02-29T16:20:00+07:00", author="Quang Vinh",
         extra={"credit": "Quang Vinh/TTXVN"}),
    _art("ml-nong-thon-moi", 3297, "2024-02-27T10:05:00+07:00", signature="Nhóm phóng viên", author="Nhóm phóng viên"),
    _art("ml-truong-hoc", 3294, "2024-02-26T14:40:00+07:00", signature="Bài: Giàng A Chính", author="Giàng A Chính",
         extra={"after": ("Ảnh: Lò Văn Sơn",)},
         image=("/uploads/2024/02/truong-hoc.jpg", "Điểm trường mới của xã Pá Hốc.")),
    _art("ml-dien-luoi", 3290, "2024-02-23T07:55:00+07:00", author="SÙNG SEO VẦN", extra={"prefix": "SÙNG SEO VẦN - "}),
]  # fmt: skip
CHROME = [
    "Tin liên quan", "Từ khóa:", "Tin đọc nhiều", "Lượt truy cập", "Bản quyền thuộc", "Ghi rõ nguồn",
    "In bài viết", "Gửi cho bạn bè", "Liên hệ Ban biên tập",
]  # fmt: skip
TAGS = (("giam-ngheo", "giảm nghèo"), ("vung-cao", "vùng cao"), ("bac-luong", "Bắc Lương"))


def _layout(title: str, main: str) -> str:
    top = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[2:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta property="og:site_name" content="{esc(NAME)}"><link rel="stylesheet" href="/static/css/style.css"></head>
<body><div id="wrapper"><div id="header"><a href="/" class="logo"><img src="/static/img/banner.jpg" alt="{esc(NAME)}"></a>
<div class="today">Hôm nay: Thứ Tư, 06/03/2024</div></div>
<ul id="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/xay-dung-dang.html">Xây dựng Đảng</a></li>
<li><a href="/chuyen-muc/kinh-te-xa-hoi.html">Kinh tế - Xã hội</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul>
<div id="body"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Tin đọc nhiều</div><ul>{top}</ul></div>
<div class="box"><div class="box-title">Lượt truy cập</div><p>Đang online: 21</p><p>Tổng: 1.204.557</p></div>
<div class="box"><a href="/lien-he.html">Liên hệ Ban biên tập</a></div></div></div>
<div id="footer"><p>Cơ quan chủ quản: Ban Tuyên giáo Huyện ủy Bắc Lương</p>
<p>Trưởng Ban biên tập: Vàng A Dình - Trưởng Ban Tuyên giáo Huyện ủy</p>
<p>Bản quyền thuộc Huyện ủy Bắc Lương. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></div></body></html>"""


def render_article(art: PArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f'<p style="text-align: justify;">{esc(p)}</p>'
        if i < len(images):
            src, cap = images[i]
            body += (f'<figure class="image"><img src="{src}" alt="{esc(cap)}">'
                     f"<figcaption>{esc(cap)}</figcaption></figure>")
    for line in ([art.signature] if art.signature else []) + art.after():
        body += f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>'
    credit = f'<div class="detail-author">{esc(art.extra["credit"])}</div>' if "credit" in art.extra else ""
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></li>'
                      for a in [x for x in ARTICLES if x is not art][:4])
    tags = " ".join(f'<a href="/tag/{slug}.html">{esc(t)}</a>' for slug, t in TAGS)
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/chuyen-muc/kinh-te-xa-hoi.html">Kinh tế - Xã hội</a></div>
<div class="detail"><h1 class="detail-title">{esc(art.title)}</h1>{credit}
<div class="detail-time">{esc(art.date_line)}</div>
<p class="detail-sapo"><strong>{esc(art.prefix() + art.lead)}</strong></p>
<div class="detail-content">{body}</div>
<div class="detail-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="#">Gửi cho bạn bè</a></div>
<div class="detail-tags">Từ khóa: {tags}</div></div>
<div class="related"><div class="box-title">Tin liên quan</div><ul>{related}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[PArt], pager: str = "") -> str:
    items = "".join(f'<div class="item"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><div class="time">{esc(a.date_line)}</div>'
                    f"<p>{esc(a.lead)}</p></div>" for a in arts)
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>{items}{pager}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới nhất", ARTICLES[:5])
    out["/chuyen-muc/kinh-te-xa-hoi.html"] = _list(
        "Kinh tế - Xã hội", ARTICLES[:4], '<div class="paging"><b>1</b> <a href="/chuyen-muc/kinh-te-xa-hoi.html?page=2">2</a></div>')
    out["/chuyen-muc/kinh-te-xa-hoi.html?page=2"] = _list(
        "Kinh tế - Xã hội", ARTICLES[4:], '<div class="paging"><a href="/chuyen-muc/kinh-te-xa-hoi.html">1</a> <b>2</b></div>')
    out["/chuyen-muc/xay-dung-dang.html"] = _list("Xây dựng Đảng", ARTICLES[3:6])
    out["/tag/giam-ngheo.html"] = _list("Từ khóa: giảm nghèo", ARTICLES[:3])
    out["/lien-he.html"] = _layout("Liên hệ", """<h2 class="cat-title">Liên hệ Ban biên tập</h2>
<p>Trưởng Ban biên tập: Vàng A Dình - Trưởng Ban Tuyên giáo Huyện ủy.</p>
<p>Phó Trưởng Ban biên tập: Lò Thị Hương - Phó Trưởng Ban Tuyên giáo Huyện ủy.</p>
<p>Địa chỉ: Tổ 3, thị trấn Bắc Lương. Điện thoại: 0214 3870 123. Thư điện tử: bbt@bacluong.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
