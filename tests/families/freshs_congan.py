"""A provincial police force's portal whose officers sign with their ranks and units, an
e-mail address, a pen name in quotes, a name in capitals glued to the last sentence, two
writers in a plain span between the date line and the sapo (fresh-S, round 20: authors the
generic path misses).

Built in round 20 as a fresh family (``FRESH_S``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>-<id>.html``: ``div.news-detail`` with the headline in
  ``h1.title``, "Thứ Ba, 05/03/2024 | 08:30" in ``div.date``, the sapo in ``div.sapo``, the text
  in ``div.content``, then "Tin liên quan" with dates; a side column "Tin đọc nhiều", the hotline
  "113", a visit counter.
- Bylines: "Trung tá Hoàng Minh Đức - Phòng Cảnh sát giao thông" right-aligned in bold; "<strong>
  HOÀNG ANH</strong>" at the end of the last paragraph's line; "Thượng sĩ Lò Văn Phong"
  right-aligned in italics; "Minh Đức (minhduc.ca@ninhlam.gov.vn)" in italics; ``<span
  class="st">Vũ Hải - Quang Trường</span>`` between the date line and the sapo; a pen name in
  quotes "“Hải Đăng”" right-aligned in bold; an unsigned article closing "Theo Báo Công an nhân
  dân".
- Non-articles: the home page, a category, the wanted-persons notice board, the officers'
  reception schedule, the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fs-congan"
NAME = "Công an tỉnh Ninh Lâm"
_WEEKDAY = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _art(key: str, ident: int, iso: str, **kw: object) -> SArt:
    from datetime import date

    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.split("-", 1)[1]
    day = _WEEKDAY[date.fromisoformat(iso[:10]).weekday()]
    return SArt(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"{day}, {dmy(iso)} | {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tl-tai-nan-tet", 4521, "2024-03-05T08:30:00+07:00",
         signature="Trung tá Hoàng Minh Đức - Phòng Cảnh sát giao thông", author="Trung tá Hoàng Minh Đức"),
    _art("bt-an-toan-giao-thong", 4518, "2024-03-04T15:20:00+07:00", signature="HOÀNG ANH", author="HOÀNG ANH",
         extra={"glue": True}),
    _art("dt-cap-can-cuoc", 4515, "2024-03-02T09:45:00+07:00", signature="Thượng sĩ Lò Văn Phong",
         author="Thượng sĩ Lò Văn Phong", extra={"em": True},
         image=("/uploads/2024/03/cap-can-cuoc.jpg", "Cán bộ Công an phường làm thủ tục cấp căn cước tại nhà.")),
    _art("tpd-an-ninh", 4511, "2024-03-01T10:10:00+07:00", signature="Minh Đức (minhduc.ca@ninhlam.gov.vn)",
         author="Minh Đức", extra={"em": True, "left": True}),
    _art("tl-sat-hach-a1", 4507, "2024-02-28T14:00:00+07:00", signature="Vũ Hải - Quang Trường",
         author="Vũ Hải, Quang Trường", extra={"nosig": True, "st": True}),
    _art("pm-giao-quan", 4503, "2024-02-27T16:35:00+07:00", signature="“Hải Đăng”", author="Hải Đăng"),
    _art("dt-tuyen-quan", 4500, "2024-02-26T07:50:00+07:00", source_line="Theo Báo Công an nhân dân",
         source="Báo Công an nhân dân"),
]  # fmt: skip
CHROME = [
    "Tin liên quan", "Tin đọc nhiều", "Đường dây nóng", "Lượt truy cập", "Bản quyền thuộc", "Chia sẻ",
    "In bài viết",
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[4:7])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/bootstrap.min.css"></head>
<body><div class="top-banner"><div class="container"><a href="/"><img src="/images/logo-ca.png" alt="{esc(NAME)}"></a>
<span class="slogan">Vì nhân dân phục vụ</span></div></div>
<nav class="navbar"><div class="container"><ul class="nav"><li><a href="/">Trang chủ</a></li>
<li><a href="/chuyen-muc/an-ninh-trat-tu">An ninh trật tự</a></li><li><a href="/truy-na">Truy nã</a></li>
<li><a href="/lich-tiep-dan">Lịch tiếp công dân</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="container"><div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4 sidebar"><div class="box"><h3 class="box-title">Tin đọc nhiều</h3><ul>{hot}</ul></div>
<div class="box"><h3 class="box-title">Đường dây nóng</h3><p class="hotline">113</p><p>Trực ban: 0229 3852 114</p></div>
<div class="box"><h3 class="box-title">Lượt truy cập</h3><p>Đang online: 87</p><p>Tổng: 3.208.451</p></div></div></div></div>
<footer class="footer"><div class="container"><p>Bản quyền thuộc {esc(NAME)}. Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp.</p>
<p>Địa chỉ: số 8 đường Trần Hưng Đạo, thành phố Ninh Lâm. Điện thoại: 0229 3852 114.</p></div></footer></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    last = len(art.paragraphs) - 1
    for i, p in enumerate(art.paragraphs):
        if i == last and art.extra.get("glue"):
            body += f"<p>{esc(p)} <strong>{esc(art.signature or '')}</strong></p>"
        else:
            body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += (f'<figure class="image"><img src="{src}" alt="{esc(cap)}"><figcaption><em>{esc(cap)}</em>'
                     "</figcaption></figure>")
    if art.signature and not art.extra.get("glue") and not art.extra.get("nosig"):
        sig = f"<em>{esc(art.signature)}</em>" if art.extra.get("em") else f"<strong>{esc(art.signature)}</strong>"
        align = "" if art.extra.get("left") else ' style="text-align: right;"'
        body += f"<p{align}>{sig}</p>"
    if art.source_line:
        body += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    st = f'<span class="st">{esc(art.signature or "")}</span>' if art.extra.get("st") else ""
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">({dmy(a.published)})</span></li>'
                      for a in ARTICLES if a.extra["id"] < art.extra["id"])
    main = f"""<ol class="crumbs"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/an-ninh-trat-tu">An ninh trật tự</a></li></ol>
<div class="news-detail"><h1 class="title">{esc(art.title)}</h1>
<div class="date">{esc(art.date_line)}</div>{st}
<div class="sapo"><strong>{esc(art.lead)}</strong></div>
<div class="content">{body}</div>
<div class="tools"><a href="#" class="share">Chia sẻ</a> <a href="#" class="print">In bài viết</a></div></div>
<div class="related"><h3>Tin liên quan</h3><ul>{related}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="item"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
                    f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2><div class="list-news">{items}</div>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới nhất", ARTICLES[:5])
    out["/chuyen-muc/an-ninh-trat-tu"] = _list("An ninh trật tự", ARTICLES)
    out["/truy-na"] = _layout("Thông báo truy nã", """<h2 class="cat-title">Thông báo truy nã</h2>
<table class="table"><tr><th>Họ tên</th><th>Năm sinh</th><th>Tội danh</th><th>Đơn vị ra quyết định</th></tr>
<tr><td>Phạm Văn Tèo</td><td>1988</td><td>Trộm cắp tài sản</td><td>Công an huyện Bảo Yên</td></tr>
<tr><td>Lê Thị Nở</td><td>1992</td><td>Lừa đảo chiếm đoạt tài sản</td><td>Phòng Cảnh sát hình sự</td></tr></table>
<p>Ai phát hiện đối tượng trên báo ngay cho cơ quan Công an gần nhất hoặc gọi 113.</p>""")
    out["/lich-tiep-dan"] = _layout("Lịch tiếp công dân", """<h2 class="cat-title">Lịch tiếp công dân tháng 3/2024</h2>
<p><strong>Đại tá Nguyễn Quang Huy</strong> - Giám đốc Công an tỉnh: ngày 15/3/2024.</p>
<p><strong>Thượng tá Trần Văn Lâm</strong> - Phó Giám đốc Công an tỉnh: ngày 22/3/2024.</p>
<p>Địa điểm: Trụ sở tiếp công dân Công an tỉnh, số 8 đường Trần Hưng Đạo.</p>""")
    out["/lien-he"] = _layout("Liên hệ", """<h2 class="cat-title">Liên hệ</h2>
<p>Ban biên tập Trang thông tin điện tử Công an tỉnh Ninh Lâm.</p><p>Thư điện tử: bbt@congan.ninhlam.gov.vn</p>
<p>Điện thoại trực ban: 0229 3852 114. Đường dây nóng: 113.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
