"""A commune's site on a hosted site builder: no heading tag in the content, the headline a
``<div class="tentin">`` (a class name no title rule spells), ``<title>`` and ``og:title`` only
the commune's name, the day shown only as a calendar badge image with alt text, an item with
no visible date but a ``DC.date.issued`` meta, and items with no date at all under dated "Tin
khác" teasers (fresh-Z, round 21: what a page read alone misses of titles and dates).

Built in round 21 as a fresh family (``FRESH_Z``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Items ``/tin-tuc/<slug>.html`` (no date, no id in the address). ``<div class="tentin">`` the
  headline, then ``<div class="lich"><img src="/images/lich/05-03-2024.png" alt="Ngày
  05/03/2024"></div>`` (the day only: truth that day at 00:00) on four, the sapo in ``<em>``,
  the text.
- One item shows no date but its head has ``<meta name="DC.date.issued"
  content="2024-03-08">`` (that day at 00:00); two show and carry no date at all (truth None),
  the "Tin khác" under every item listing dated teasers "Title (04/03/2024)".
- Every page: ``<h1>`` nowhere; the header's logo image, "Hôm nay, ngày 20/03/2024"; a left
  column "Thông báo" with dated links and "Thống kê truy cập".
- Not articles: the home page, the news list, "Giới thiệu xã", the photo gallery list.
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, html_with_files, paragraphs_html, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fz-xa"
NAME = "Ủy ban nhân dân xã Tân Phú"
TODAY = "Hôm nay, ngày 20/03/2024"


def _art(key: str, slug: str, iso: str | None, form: str, **kw: object) -> Art:
    extra = {"form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    line = f"Ngày {dmy(iso)}" if iso and form == "badge" else ""
    return Art(KEY[key], f"/tin-tuc/{slug}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pm-tong-ve-sinh", "xa-ra-quan-tong-ve-sinh-moi-truong", "2024-03-05T00:00:00+07:00", "badge"),
    _art("pm-dich-vu-cong", "huong-dan-nop-ho-so-dich-vu-cong-truc-tuyen", "2024-03-01T00:00:00+07:00", "badge",
         image=("/uploads/2024/03/dvc.jpg", "Công chức xã hướng dẫn người dân nộp hồ sơ trên điện thoại.")),
    _art("pm-giao-quan", "xa-tan-phu-giao-quan-nam-2024", "2024-02-26T00:00:00+07:00", "badge",
         signature="Lò Văn Sơn", author="Lò Văn Sơn"),
    _art("pm-tiem-chung", "tiem-chung-mo-rong-thang-3", "2024-03-11T00:00:00+07:00", "badge"),
    _art("fc-bh-tet-trong-cay", "tet-trong-cay-xuan-giap-thin", "2024-03-08T00:00:00+07:00", "dc"),
    _art("sh-le-hoi-xuong-dong", "le-hoi-xuong-dong-dau-xuan", None, "none"),
    _art("fc-lh-han-man", "chu-dong-phong-chong-han-han", None, "none", signature="Hà Phương", author="Hà Phương"),
]  # fmt: skip
CHROME = ["Tin khác", "Thống kê truy cập", "Đang truy cập", "Thông báo mới"]
DATED = sorted((a for a in ARTICLES if a.published), key=lambda a: a.published, reverse=True)


def _badge(iso: str) -> str:
    return f'<div class="lich"><img src="/images/lich/{dmy(iso).replace("/", "-")}.png" alt="Ngày {dmy(iso)}"></div>'


def _page(main: str, head: str = "") -> str:
    notices = "".join(f'<li><a href="/thong-bao/{n}.html">{t}</a> ({d})</li>' for n, t, d in (
        ("lich-tiep-dan-thang-3", "Lịch tiếp công dân tháng 3/2024", "01/03/2024"),
        ("tuyen-dung-cong-an-xa", "Thông báo tuyển chọn công an xã bán chuyên trách", "15/02/2024")))
    menu = "".join(f'<a href="{h}">{t}</a>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), ("/tin-tuc.html", "Tin tức"), ("/thu-vien-anh.html", "Thư viện ảnh")))
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(NAME)}</title>
<meta property="og:title" content="{esc(NAME)}"><meta property="og:site_name" content="{esc(NAME)}">{head}
<link rel="stylesheet" href="/css/site.css"></head>
<body><div class="top"><a href="/"><img src="/images/logo-tanphu.png" alt="{esc(NAME)}"></a><span class="today">{TODAY}</span></div>
<div class="menu">{menu}</div>
<div class="wrap"><div class="left"><div class="left-hd">Thông báo mới</div><ul>{notices}</ul>
<div class="left-hd">Thống kê truy cập</div><p>Đang truy cập: 12</p><p>Tổng lượt truy cập: 85.203</p></div>
<div class="main">{main}</div></div>
<div class="bottom">{esc(NAME)} - Thôn Tân Phú, huyện Yên Khê. Điện thoại: 0207.3861.005</div></body></html>"""


def render_article(art: Art) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", lambda s, c: f'<p><img src="{s}" alt=""></p><p><em>{esc(c)}</em></p>'))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    head = f'<meta name="DC.date.issued" content="{art.published[:10]}">' if form == "dc" else ""
    badge = _badge(art.published) if form == "badge" else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in DATED if a is not art)
    main = (f'<div class="chitiet"><div class="tentin">{esc(art.title)}</div>{badge}'
            f'<div class="tomtat"><em>{esc(art.lead)}</em></div><div class="noidung">{body}</div></div>'
            f'<div class="tinkhac"><div class="tinkhac-hd">Tin khác</div><ul>{others}</ul></div>')
    return _page(main, head)


def render_list() -> str:
    items = "".join(f'<div class="tin"><a href="{a.path}" class="tentin-list">{esc(a.title)}</a><p>{esc(a.lead[:140])}...</p></div>'
                    for a in ARTICLES)
    return _page(f'<div class="chuyenmuc">Tin tức</div>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:5])
    return _page(f'<div class="chuyenmuc">Tin mới</div><ul>{items}</ul>')


def render_intro() -> str:
    return _page('<div class="chuyenmuc">Giới thiệu</div><div class="noidung"><p>Xã Tân Phú có diện tích tự nhiên '
                 '4.210 ha, gồm 9 thôn, dân số hơn 6.300 người.</p><p>Kinh tế của xã chủ yếu là trồng lúa, cây ăn '
                 'quả và chăn nuôi gia súc, gia cầm.</p></div>')


def render_gallery() -> str:
    items = "".join(f'<div class="anh"><img src="/uploads/album/{i}.jpg" alt=""><p>Album {t}</p></div>'
                    for i, t in ((1, "Lễ hội xuống đồng"), (2, "Ra quân làm đường"), (3, "Giao quân 2024")))
    return _page(f'<div class="chuyenmuc">Thư viện ảnh</div>{items}')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc.html"] = render_list()
    out["/gioi-thieu.html"] = render_intro()
    out["/thu-vien-anh.html"] = render_gallery()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
