"""A provincial department's portal whose left column, before the content, heads its boxes
with class-less ``<h1>`` tags ("Văn bản mới", "Thông báo"), whose ``<title>`` is the site's name
on every page with no ``og:`` tag, and whose headline is a ``<div class="title">`` set large by
an inline style (no heading tag), repeated as the breadcrumb's last crumb (fresh-AG, round 22:
what the single page misses of titles and dates where a site model finds them).

Built in round 22 as a fresh family (``FRESH_AG``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- News ``/tin-tuc/<id>/<slug>.html``. The breadcrumb "Trang chủ » Tin tức » <headline>" (the
  last crumb unlinked), ``<div class="title" style="font-size:20px;font-weight:bold">``.
- Three articles print the date inside the headline's ``div`` as text after the headline,
  "Headline (05/03/2024 08:40)" (the title is the headline alone; the date that instant);
  three print it only after the text, ``<span class="date">Ngày đăng: 05/03/2024 08:40</span>``.
- Every page: the left column's ``<h1>`` box headings over dated links; the header's "Hôm nay"
  date; a footer with the address.
- Not articles: the home page, the news list, "Giới thiệu", "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import (
    Art,
    dmy,
    esc,
    hm,
    html_with_files,
    paragraphs_html,
    site_with_files,
)
from tests.families.texts import KEY

SITE_ID = "fx-fag-portlet"
NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Khê"
TODAY = "Hôm nay: Thứ Tư, 20/03/2024"


def _art(key: str, ident: int, slug: str, iso: str, form: str, **kw: object) -> Art:
    line = f"({dmy(iso)} {hm(iso)})" if form == "inline" else f"Ngày đăng: {dmy(iso)} {hm(iso)}"
    return Art(KEY[key], f"/tin-tuc/{ident}/{slug}.html", iso, line, extra={"form": form}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("sh-chuyen-doi-cay-trong", 5121, "chuyen-doi-co-cau-cay-trong-vu-xuan", "2024-03-05T08:40:00+07:00", "inline"),
    _art("fc-lh-ocop-che", 5118, "nang-hang-san-pham-ocop-che", "2024-03-01T14:15:00+07:00", "inline",
         signature="Minh Tâm", author="Minh Tâm"),
    _art("fd-quan-trac-nuoc", 5114, "quan-trac-chat-luong-nuoc-thuy-loi", "2024-02-27T09:30:00+07:00", "inline",
         image=("/uploads/2024/02/quan-trac.jpg", "Cán bộ lấy mẫu nước tại kênh chính Bắc Hà Khê.")),
    _art("fc-lh-han-man", 5125, "chu-dong-phong-chong-han-man", "2024-03-08T10:05:00+07:00", "foot"),
    _art("fc-bh-trong-que", 5110, "phat-trien-vung-trong-que", "2024-02-22T16:45:00+07:00", "foot",
         signature="Hoàng Yến", author="Hoàng Yến"),
    _art("nx-chuyen-doi-cay-trong", 5128, "mo-hinh-chuyen-doi-dat-lua", "2024-03-11T07:50:00+07:00", "foot"),
]  # fmt: skip
CHROME = ["Văn bản mới", "Liên kết website", "Tin cùng chuyên mục", "Lượt truy cập"]


def _left() -> str:
    docs = "".join(f'<li><a href="/van-ban/{n}.html">{t}</a> <i>({d})</i></li>' for n, t, d in (
        (871, "Quyết định số 112/QĐ-SNN về kế hoạch sản xuất vụ Xuân 2024", "14/03/2024"),
        (866, "Công văn số 305/SNN-TTBVTV về phòng trừ sâu bệnh hại lúa", "06/03/2024"),
        (860, "Kế hoạch số 41/KH-SNN triển khai chuyển đổi số năm 2024", "28/02/2024")))
    links = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("https://hakhe.gov.vn", "Cổng thông tin điện tử tỉnh Hà Khê"), ("https://mard.gov.vn", "Bộ Nông nghiệp và PTNT")))
    return (f'<div class="portlet"><h1>Văn bản mới</h1><ul>{docs}</ul></div>'
            f'<div class="portlet"><h1>Liên kết website</h1><ul>{links}</ul></div>'
            '<div class="portlet"><h1>Thống kê</h1><p>Lượt truy cập: 1.204.331</p></div>')


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), ("/tin-tuc.html", "Tin tức"), ("/lien-he.html", "Liên hệ")))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(NAME)}</title>
<link rel="stylesheet" href="/themes/snn/style.css"></head>
<body><div id="top"><img src="/themes/snn/logo.png" alt="Logo"><div class="today">{TODAY}</div></div>
<ul class="topmenu">{menu}</ul>
<table class="layout" width="100%"><tr><td class="left" width="240" valign="top">{_left()}</td>
<td class="main" valign="top">{main}</td></tr></table>
<div id="bottom"><p>{esc(NAME)}</p><p>Địa chỉ: 25 đường Lê Lợi, thành phố Hà Khê. Điện thoại: 0213.3822.410</p></div>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<p style="text-align:center"><img src="{src}" alt=""><br><em>{esc(cap)}</em></p>'


def render_article(art: Art) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align:justify">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    stamp = f" {esc(art.date_line)}" if form == "inline" else ""
    foot = f'<div class="foot"><span class="date">{esc(art.date_line)}</span></div>' if form == "foot" else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not art)
    main = (f'<div class="crumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc.html">Tin tức</a> » '
            f'<span>{esc(art.title)}</span></div>'
            f'<div class="title" style="font-size:20px;font-weight:bold;color:#0b5394">{esc(art.title)}{stamp}</div>'
            f'<div class="sapo"><strong>{esc(art.lead)}</strong></div>'
            f'<div class="detail">{body}</div>{foot}'
            f'<div class="other"><div class="other-hd">Tin cùng chuyên mục</div><ul>{others}</ul></div>')
    return _page(main)


def render_list() -> str:
    items = "".join(f'<div class="item"><a class="item-title" href="{a.path}">{esc(a.title)}</a>'
                    f'<p>{esc(a.lead[:140])}...</p></div>' for a in ARTICLES)
    return _page(f'<div class="crumb"><a href="/">Trang chủ</a> » <span>Tin tức</span></div>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES)
    return _page(f'<div class="hot"><div class="hot-hd">Tin nổi bật</div><ul>{items}</ul></div>')


def render_intro() -> str:
    return _page('<div class="crumb"><a href="/">Trang chủ</a> » <span>Giới thiệu</span></div><div class="detail">'
                 '<p>Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu '
                 'quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi và phát triển nông thôn.</p>'
                 '<p>Sở có 6 phòng chuyên môn và 9 đơn vị sự nghiệp trực thuộc.</p></div>')


def render_contact() -> str:
    return _page('<div class="crumb"><a href="/">Trang chủ</a> » <span>Liên hệ</span></div>'
                 '<form action="/lien-he.html" method="post"><p>Họ tên: <input name="ten"></p>'
                 '<p>Nội dung: <textarea name="nd"></textarea></p><button>Gửi</button></form>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc.html"] = render_list()
    out["/gioi-thieu.html"] = render_intro()
    out["/lien-he.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
