"""A province's department of finance on a vendor's portal served through Cloudflare: a
writer's e-mail address hidden by Cloudflare's e-mail protection beside the name, a reprint's
source in brackets under the signature, the writer only in Dublin Core's ``DC.creator``, a
kicker above the headline naming the writer, a signature in lower case (fresh-AJ, round 23:
byline conventions the earlier author sets did not hold).

Built in round 23 as a fresh family (``FRESH_AJ``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<n>/<slug>.html``: ``div.detail`` with an optional ``div.kicker`` over
  ``h1.detail-title``, "Thứ Ba, 05/03/2024 08:30" in ``div.detail-date``, the sapo in
  ``h2.detail-sapo``, the text in ``div.detail-body``; "Tin cùng chuyên mục" with dates;
  "Văn bản mới" and a counter in the side column; the department's name in ``<meta
  name="author">`` on every page.
- Bylines: "Lê Minh Anh - [email protected]" (Cloudflare's ``a.__cf_email__``), "Lê Văn Hùng"
  over "(Theo Thời báo Tài chính Việt Nam)", ``<meta name="DC.creator" content="Trần Thị
  Mai">`` with nothing shown, "Tin bài: Nguyễn Hồng Nhung", "nguyễn thu hương" (lower case),
  the kicker "Bài: Hà Phương | Tài chính - Ngân sách" above the headline, "Biên soạn: KS.
  Lương Văn Thắng"; an unsigned notice.
- Non-articles: the home page, a category, the documents' page, the contact page.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshaj_common import SArt, signature_html
from tests.families.texts import KEY

SITE_ID = "fx-faj-sotc"
NAME = "Sở Tài chính tỉnh Bình Sơn"
_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_CF = '<a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="c3afa6aeaaada2ada283a1aaada7b0aca6eda4acb5edb5ad">[email&#160;protected]</a>'


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> SArt:
    day = _DAYS[datetime.fromisoformat(iso).weekday()]
    extra = {"id": ident, **dict(kw.pop("extra", {}))}  # type: ignore[call-overload]
    return SArt(KEY[key], f"/tin-tuc/{ident}/{slug}.html", iso, f"{day}, {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("kh-giai-ngan-von", "giai-ngan-von-dau-tu-cong", 5521, "2024-03-05T08:30:00+07:00",
         signature="Lê Minh Anh - [email protected]", author="Lê Minh Anh",
         extra={"sig_html": f'<p style="text-align: right;"><strong>Lê Minh Anh - {_CF}</strong></p>'}),
    _art("kh-tap-huan-dau-thau", "tap-huan-dau-thau-qua-mang", 5517, "2024-03-04T14:10:00+07:00",
         signature="Lê Văn Hùng", author="Lê Văn Hùng",
         source_line="(Theo Thời báo Tài chính Việt Nam)", source="Thời báo Tài chính Việt Nam"),
    _art("kh-xuc-tien-dau-tu", "xuc-tien-dau-tu-2024", 5512, "2024-03-04T09:00:00+07:00",
         author="Trần Thị Mai", extra={"dc": "Trần Thị Mai"}),
    _art("kh-dang-ky-doanh-nghiep", "dang-ky-doanh-nghiep-quy-1", 5508, "2024-03-01T15:35:00+07:00",
         signature="Tin bài: Nguyễn Hồng Nhung", author="Nguyễn Hồng Nhung"),
    _art("kh-cap-gcn-dau-tu", "cap-giay-chung-nhan-dau-tu", 5503, "2024-02-29T10:45:00+07:00",
         signature="nguyễn thu hương", author="nguyễn thu hương"),
    _art("bh-do-luong", "kiem-tra-do-luong-xang-dau", 5499, "2024-02-28T16:00:00+07:00",
         author="Hà Phương", extra={"kicker": "Bài: Hà Phương | Tài chính - Ngân sách"}),
    _art("bh-nhiem-vu-khcn", "nhiem-vu-khoa-hoc-cong-nghe", 5494, "2024-02-27T08:20:00+07:00",
         signature="Biên soạn: KS. Lương Văn Thắng", author="KS. Lương Văn Thắng"),
    _art("ln-tb-tuyen-dung", "thong-bao-tuyen-dung-cong-chuc", 5490, "2024-02-26T07:30:00+07:00"),
]  # fmt: skip
CHROME = ["Tin cùng chuyên mục", "Văn bản mới", "Thống kê truy cập", "Cơ quan chủ quản"]


def _layout(title: str, main: str, head: str = "") -> str:
    docs = "".join(f'<li><a href="/van-ban/{n}.pdf">Quyết định số {n}/QĐ-STC</a></li>' for n in (112, 108, 97))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
{head}<meta name="author" content="{esc(NAME)}"><meta name="keywords" content="sở tài chính, ngân sách, giá cả"></head>
<body><div class="wrap"><div class="top-banner"><a href="/"><img src="/images/banner-stc.png" alt="{esc(NAME)}"></a></div>
<ul class="menu-top"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<div class="main"><div class="col-left">{main}</div>
<div class="col-right"><div class="block"><div class="block-title">Văn bản mới</div><ul>{docs}</ul></div>
<div class="block"><div class="block-title">Thống kê truy cập</div><p>Trực tuyến: 23</p><p>Tổng lượt: 2.114.067</p></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: {esc(NAME)}. Địa chỉ: 15 Lê Lợi, thành phố Bình Sơn.</p>
<p>Điện thoại: 0255 3822 114 - Email: <a href="/cdn-cgi/l/email-protection" class="__cf_email__" data-cfemail="a4d7d0c7e4c6cdcac3d7cbca8ac3cbd28ad2ca">[email&#160;protected]</a></p></div></div>
<script data-cfasync="false" src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<p style="text-align: center;"><img src="{src}" alt=""></p><p style="text-align: center;"><em>{esc(cap)}</em></p>'
    body += signature_html(art)
    if art.source_line:
        body += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    kicker = f'<div class="kicker">{esc(art.extra["kicker"])}</div>' if "kicker" in art.extra else ""
    head = f'<meta name="DC.creator" content="{esc(art.extra["dc"])}">' if "dc" in art.extra else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div class="detail">{kicker}<h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-date">{esc(art.date_line)}</div>
<h2 class="detail-sapo">{esc(art.lead)}</h2>
<div class="detail-body">{body}</div>
<div class="detail-tools"><a href="javascript:window.print()">In trang</a> <a href="mailto:?subject=tin">Gửi email</a></div></div>
<div class="other"><div class="block-title">Tin cùng chuyên mục</div><ul>{others}</ul></div>"""
    return _layout(art.title, main, head)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="item"><a href="{a.path}"><img src="/images/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<a class="title" href="{a.path}">{esc(a.title)}</a><span>{dmy(a.published)}</span>'
                    f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<div class="cate"><h1>{esc(title)}</h1>{items}</div>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin hoạt động", ARTICLES[:5])
    out["/tin-tuc"] = _list("Tin tức", ARTICLES)
    out["/van-ban"] = _layout("Văn bản", """<h1>Văn bản</h1><table class="docs"><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>
<tr><td>112/QĐ-STC</td><td>Quyết định giao dự toán bổ sung</td><td>04/03/2024</td></tr>
<tr><td>108/QĐ-STC</td><td>Quyết định phê duyệt quyết toán</td><td>29/02/2024</td></tr>
<tr><td>97/QĐ-STC</td><td>Quyết định ban hành quy chế nội bộ</td><td>20/02/2024</td></tr></table>""")
    out["/lien-he"] = _layout("Liên hệ", f"""<h1>Liên hệ</h1><p>{esc(NAME)}</p><p>Địa chỉ: 15 Lê Lợi, thành phố Bình Sơn.</p>
<p>Điện thoại: 0255 3822 114.</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
