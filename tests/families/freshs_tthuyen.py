"""A district's culture, sports and media centre's news portal whose theme writes the byline
in plain spans with meaningless classes between the headline and the sapo or above the
headline, keeps the writer of some articles only in ``<meta name="author">`` (the centre's
name there otherwise), and whose staff sign with a rank and a unit, a phone number or a unit in
brackets (fresh-S, round 20: authors the generic path misses).

Built in round 20 as a fresh family (``FRESH_S``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<id>/<slug>``: ``div.ct-detail`` with the headline in ``h1.tit``, "Thứ
  ba, 05/03/2024 - 08:30" in ``div.time``, the sapo in ``div.sapo``, the text in
  ``div.ct-body``, then the tags and "Tin cùng chuyên mục" with dates.
- Bylines: ``<span class="tg">Nhà báo Phạm Thu Hương</span>`` between the date line and the
  sapo; ``<div class="info-l">Lò Văn Tâm</div>`` above the headline; the writer only in
  ``<meta name="author" content="Giàng Thị Dợ">``; ``<span class="tg">PV</span>``; ``<span
  class="tg">Đại úy Nguyễn Thu Trang - Công an huyện</span>``; "Lù Văn Sính - ĐT: 0912 345 678"
  closing the text; ``<span class="tg">Hoàng Khánh (Ban Dân vận Huyện ủy)</span>``; an unsigned
  article closing "Nguồn: Ban Tuyên giáo Huyện ủy".
- Non-articles: the home page, a category, a tag page, the centre's staff page, the contact page.
"""

from __future__ import annotations

from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fs-tthuyen"
NAME = "Trung tâm Văn hóa, Thể thao và Truyền thông huyện Mường Lạn"
_WEEKDAY = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _art(key: str, ident: int, iso: str, **kw: object) -> SArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    slug = key.split("-", 1)[1]
    day = _WEEKDAY[date.fromisoformat(iso[:10]).weekday()]
    return SArt(KEY[key], f"/tin-tuc/{ident}/{slug}", iso, f"{day}, {dmy(iso)} - {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-cho-phien", 3310, "2024-03-05T08:30:00+07:00", signature="Nhà báo Phạm Thu Hương",
         author="Nhà báo Phạm Thu Hương", extra={"nosig": True, "tg": True},
         image=("/uploads/2024/03/cho-phien.jpg", "Du khách mua sắm tại chợ phiên Pá Hốc.")),
    _art("ml-dien-luoi", 3307, "2024-03-04T16:10:00+07:00", signature="Lò Văn Tâm", author="Lò Văn Tâm",
         extra={"nosig": True, "above": True}),
    _art("ml-hoc-bong", 3304, "2024-03-02T09:20:00+07:00", author="Giàng Thị Dợ", extra={"meta": "Giàng Thị Dợ"}),
    _art("ml-truong-hoc", 3301, "2024-03-01T14:45:00+07:00", signature="PV", author="PV",
         extra={"nosig": True, "tg": True}),
    _art("sh-le-hoi-xuong-dong", 3298, "2024-02-28T10:00:00+07:00", signature="Đại úy Nguyễn Thu Trang - Công an huyện",
         author="Đại úy Nguyễn Thu Trang", extra={"nosig": True, "tg": True}),
    _art("pl-ngay-hoi-van-hoa", 3295, "2024-02-27T15:30:00+07:00", signature="Lù Văn Sính - ĐT: 0912 345 678",
         author="Lù Văn Sính"),
    _art("tl-nha-dai-doan-ket", 3292, "2024-02-26T08:15:00+07:00", signature="Hoàng Khánh (Ban Dân vận Huyện ủy)",
         author="Hoàng Khánh", extra={"nosig": True, "tg": True}),
    _art("fc-bh-tet-trong-cay", 3289, "2024-02-23T07:40:00+07:00", source_line="Nguồn: Ban Tuyên giáo Huyện ủy",
         source="Ban Tuyên giáo Huyện ủy"),
]  # fmt: skip
CHROME = [
    "Tin cùng chuyên mục", "Từ khóa", "Xem nhiều", "Liên kết website", "Thống kê truy cập", "Chịu trách nhiệm",
]  # fmt: skip
TAGS = (("muong-lan", "Mường Lạn"), ("van-hoa", "văn hóa"), ("nong-thon-moi", "nông thôn mới"))


def _layout(title: str, main: str, author: str = NAME) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[2:6])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="author" content="{esc(author)}"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div class="hd"><div class="wrap"><a class="logo" href="/"><img src="/img/logo.png" alt="{esc(NAME)}"></a></div></div>
<div class="mn"><div class="wrap"><a href="/">Trang chủ</a><a href="/chuyen-muc/thoi-su">Thời sự</a>
<a href="/gioi-thieu">Giới thiệu</a><a href="/lien-he">Liên hệ</a></div></div>
<div class="wrap bd"><div class="c-l">{main}</div>
<div class="c-r"><div class="bx"><div class="bx-h">Xem nhiều</div><ul>{most}</ul></div>
<div class="bx"><div class="bx-h">Liên kết website</div><select><option>Cổng thông tin điện tử tỉnh</option><option>Báo Ninh Lâm</option></select></div>
<div class="bx"><div class="bx-h">Thống kê truy cập</div><p>Hôm nay: 412</p><p>Tổng số: 845.120</p></div></div></div>
<div class="ft"><div class="wrap"><p>{esc(NAME)}</p><p>Chịu trách nhiệm: Giám đốc Trung tâm. Địa chỉ: tổ 5, thị trấn Mường Lạn.</p></div></div>
</body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<div class="img-c"><img src="{src}" alt=""><p class="cap">{esc(cap)}</p></div>'
    sig = art.signature or ""
    if sig and not art.extra.get("nosig"):
        body += f'<p style="text-align: right;"><strong>{esc(sig)}</strong></p>'
    if art.source_line:
        body += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    above = f'<div class="info-l">{esc(sig)}</div>' if art.extra.get("above") else ""
    tg = f'<span class="tg">{esc(sig)}</span>' if art.extra.get("tg") else ""
    tags = " ".join(f'<a href="/tag/{slug}">{esc(t)}</a>' for slug, t in TAGS)
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div class="ct-detail">{above}<h1 class="tit">{esc(art.title)}</h1>
<div class="time">{esc(art.date_line)}</div>{tg}
<div class="sapo">{esc(art.lead)}</div>
<div class="ct-body">{body}</div>
<div class="tags"><span>Từ khóa:</span> {tags}</div></div>
<div class="other"><div class="bx-h">Tin cùng chuyên mục</div><ul>{others}</ul></div>"""
    return _layout(art.title, main, str(art.extra.get("meta", NAME)))


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="it"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><div class="time">{esc(a.date_line)}</div>'
                    f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<h2 class="cat">{esc(title)}</h2>{items}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:5])
    out["/chuyen-muc/thoi-su"] = _list("Thời sự", ARTICLES)
    out["/tag/muong-lan"] = _list("Từ khóa: Mường Lạn", ARTICLES[:4])
    out["/gioi-thieu"] = _layout("Giới thiệu", """<h2 class="cat">Giới thiệu Trung tâm</h2>
<p>Trung tâm Văn hóa, Thể thao và Truyền thông huyện Mường Lạn được thành lập năm 2019 trên cơ sở hợp nhất Trung tâm Văn hóa,
Đài Truyền thanh - Truyền hình huyện.</p><p><b>Giám đốc:</b> Vàng A Dình</p><p><b>Phó Giám đốc:</b> Phạm Thu Hương</p>""")
    out["/lien-he"] = _layout("Liên hệ", """<h2 class="cat">Liên hệ</h2><p>Điện thoại: 0214 3880 225.</p>
<p>Thư điện tử: ttvhttt.muonglan@ninhlam.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
