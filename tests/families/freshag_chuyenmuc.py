"""A commune's site on a provincial hosting platform: no ``<h1>``, the section's name an
unlinked ``<h2>`` over the article's block (its wording not the menu's), the headline a plain
``<h3>`` inside that block, the side column's box headings ``<h2>`` as well, ``<title>`` the
commune's name on every page and no ``og:`` tag (fresh-AG, round 22: what the single page misses
of titles and dates where a site model finds them).

Built in round 22 as a fresh family (``FRESH_AG``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Items ``/chuyen-muc/<section>/<slug>-<id>.html`` in three sections, two items each: "Tin tức -
  Sự kiện", "Hoạt động của HĐND - UBND xã", "Văn hóa - Xã hội" (the ``<h2>`` over the item; the
  menu says "Tin tức", "Chính quyền", "Văn hóa").
- The block: ``<div class="detail"><h3>Headline</h3>``, four items with "Đăng ngày: 05/03/2024
  08:40" in a ``p.info`` under it, two with the date only after the text, "Ngày đăng: 05/03/2024
  08:40" in a ``p.post-date``; the sapo, the text; then "Tin khác" with dated links.
- The side column (before the content): ``<h2>`` "Thông báo" over dated links, "Lịch tiếp công
  dân" over a short line.
- Not articles: the home page, a section list, "Giới thiệu chung", "Hỏi đáp".
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

SITE_ID = "fx-fag-chuyenmuc"
NAME = "Trang thông tin điện tử xã Phú Khê"
SECTIONS = {"tin-tuc": "Tin tức - Sự kiện", "chinh-quyen": "Hoạt động của HĐND - UBND xã", "van-hoa": "Văn hóa - Xã hội"}


def _art(key: str, section: str, slug: str, ident: int, iso: str, form: str, **kw: object) -> Art:
    label = "Đăng ngày" if form == "info" else "Ngày đăng"
    line = f"{label}: {dmy(iso)} {hm(iso)}"
    return Art(KEY[key], f"/chuyen-muc/{section}/{slug}-{ident}.html", iso, line,
               extra={"form": form, "section": section}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("dt-ve-sinh-moi-truong", "tin-tuc", "ra-quan-ve-sinh-moi-truong", 731, "2024-03-05T08:40:00+07:00", "info"),
    _art("dt-tuyen-quan", "tin-tuc", "le-giao-nhan-quan-nam-2024", 728, "2024-02-26T07:30:00+07:00", "post",
         image=("/data/2024/02/giao-quan.jpg", "Thanh niên xã Phú Khê lên đường nhập ngũ.")),
    _art("bs-nop-thue-dat", "chinh-quyen", "thong-bao-nop-thue-dat-phi-nong-nghiep", 735, "2024-03-08T14:20:00+07:00", "info"),
    _art("bs-hoi-nghi-dien-hinh", "chinh-quyen", "hoi-nghi-bieu-duong-dien-hinh-tien-tien", 724, "2024-02-21T09:00:00+07:00", "post",
         signature="Quang Huy", author="Quang Huy"),
    _art("pl-ngay-hoi-van-hoa", "van-hoa", "ngay-hoi-van-hoa-cac-dan-toc", 738, "2024-03-11T16:05:00+07:00", "info",
         signature="Mai Lan", author="Mai Lan"),
    _art("pl-giai-bong-chuyen", "van-hoa", "giai-bong-chuyen-hoi-xuan", 720, "2024-02-16T10:15:00+07:00", "info"),
]  # fmt: skip
CHROME = ["Tin khác", "Lịch tiếp công dân", "Thông báo", "Bản quyền"]
DATED = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _side() -> str:
    notices = "".join(f'<li><a href="/thong-bao/{n}.html">{t}</a> <span>({d})</span></li>' for n, t, d in (
        ("lich-cat-dien-thang-3", "Lịch cắt điện tháng 3 năm 2024", "12/03/2024"),
        ("ke-hoach-tiem-phong", "Kế hoạch tiêm phòng gia súc đợt 1", "04/03/2024")))
    return (f'<div class="box"><h2>Thông báo</h2><ul>{notices}</ul></div>'
            '<div class="box"><h2>Lịch tiếp công dân</h2><p>Thứ Năm hằng tuần tại trụ sở UBND xã.</p></div>')


def _page(main: str) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu"), ("/chuyen-muc/tin-tuc.html", "Tin tức"),
        ("/chuyen-muc/chinh-quyen.html", "Chính quyền"), ("/chuyen-muc/van-hoa.html", "Văn hóa"), ("/hoi-dap.html", "Hỏi đáp")))
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(NAME)}</title>
<link rel="stylesheet" href="/css/portal.css"></head>
<body><div class="header"><img src="/images/logo-xa.png" alt="{esc(NAME)}"></div>
<div class="nav"><ul>{menu}</ul></div>
<div class="container"><div class="col-side">{_side()}</div><div class="col-content">{main}</div></div>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân xã Phú Khê</p><p>Địa chỉ: thôn Trung Tâm, xã Phú Khê. Điện thoại: 0213.3877.030</p></div>
</body></html>"""


def render_article(art: Art) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(
        art, lambda h: f"<p>{h}</p>",
        lambda src, cap: f'<figure><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    info = f'<p class="info">{esc(art.date_line)}</p>' if form == "info" else ""
    post = f'<p class="post-date">{esc(art.date_line)}</p>' if form == "post" else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in DATED if a is not art)
    main = (f'<div class="news"><h2>{esc(SECTIONS[art.extra["section"]])}</h2>'
            f'<div class="detail"><h3>{esc(art.title)}</h3>{info}'
            f'<p class="sapo"><b>{esc(art.lead)}</b></p><div class="content">{body}</div>{post}</div></div>'
            f'<div class="others"><div class="others-hd">Tin khác</div><ul>{others}</ul></div>')
    return _page(main)


def render_list(section: str) -> str:
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.lead[:150])}...</p></div>'
                    for a in ARTICLES if a.extra["section"] == section)
    return _page(f'<div class="news"><h2>{esc(SECTIONS[section])}</h2>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in DATED)
    return _page(f'<div class="news"><h2>Tin mới nhất</h2><ul>{items}</ul></div>')


def render_intro() -> str:
    return _page('<div class="news"><h2>Giới thiệu chung</h2><div class="content"><p>Xã Phú Khê nằm ở phía nam huyện, '
                 'có diện tích tự nhiên 2.450 ha, gồm 9 thôn với hơn 7.800 nhân khẩu.</p><p>Kinh tế của xã chủ yếu là '
                 'nông nghiệp, trồng lúa, chè và chăn nuôi gia súc.</p></div></div>')


def render_qa() -> str:
    return _page('<div class="news"><h2>Hỏi đáp</h2><form action="/hoi-dap.html" method="post"><p>Họ tên: '
                 '<input name="ten"></p><p>Câu hỏi: <textarea name="cauhoi"></textarea></p><button>Gửi câu hỏi</button>'
                 '</form></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/chuyen-muc/tin-tuc.html"] = render_list("tin-tuc")
    out["/gioi-thieu.html"] = render_intro()
    out["/hoi-dap.html"] = render_qa()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
