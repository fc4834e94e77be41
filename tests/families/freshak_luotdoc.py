"""A district's portal whose article element opens with a reading time and the headline
repeated in bold, and ends with "Số lần đọc: N" and a number rating row, all inside the
text's own element and all changing from page to page (fresh-AK, round 23: chrome that varies
per page inside the body container, which no earlier chrome set held).

- Articles ``/tin-tuc/<slug>-<n>.html``: ``div.news-detail`` holds ``h1.news-title``,
  ``div.news-date`` "Ngày đăng: dd/mm/yyyy" and ``div.news-body``, whose children are
  ``p.read-time`` "Thời gian đọc: N phút" (N from the article's length), the headline again
  as ``<p><strong>``, the sapo in italics, the paragraphs with pictures and centred italic
  captions, the signature, then a plain ``<p>`` "Số lần đọc: 1.234" and ``div.rating``
  "Đánh giá bài viết: 1 2 3 4 5" (five links) with "(N lượt)" never shown.
- Decoy kept: an article's own sentence about an assessment ("Kết quả đánh giá của người dân
  về ... đạt 4,5 trên 5 điểm").
- Truth: the sapo, the paragraphs, the captions, the signature; the headline's copy, the
  reading time, the read count and the rating row are no body.
- Not articles: the home page, the news section, and a dated water-level bulletin (one line
  per gauging station: "Trạm Tân Châu: 2,35 m, giảm 3 cm so với hôm qua").
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-fak-luotdoc"
NAME = "Ủy ban nhân dân huyện Tam Nông"


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> YArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"Ngày đăng: {dmy(iso)}", extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-giam-ngheo", "giao-ban-cong-tac-giam-ngheo-quy-i", 5120, "2024-03-12T00:00:00+07:00",
         signature="Thanh Tâm", author="Thanh Tâm"),
    _art("bt-gia-lua", "gia-lua-tang-cao-nong-dan-phan-khoi", 5114, "2024-03-08T00:00:00+07:00",
         signature="Minh Khoa", author="Minh Khoa",
         image=("/Portals/0/2024/03/gia-lua.jpg", "Nông dân xã Phú Cường thu hoạch lúa đông xuân.")),
    _art("pm-dich-vu-cong", "day-manh-dich-vu-cong-truc-tuyen", 5109, "2024-03-05T00:00:00+07:00",
         signature="Văn phòng HĐND và UBND huyện", author="Văn phòng HĐND và UBND huyện",
         extra={"add": (2, "Kết quả đánh giá của người dân về chất lượng phục vụ tại bộ phận một cửa đạt 4,5 trên 5 điểm.")}),
    _art("kh-xuc-tien-dau-tu", "hoi-nghi-xuc-tien-dau-tu-nong-nghiep", 5101, "2024-03-01T00:00:00+07:00",
         signature="Ngọc Hân", author="Ngọc Hân",
         image=("/Portals/0/2024/03/xuc-tien.jpg", "Đại biểu tham quan gian trưng bày nông sản tại hội nghị.")),
    _art("sh-tiem-chung", "tiem-chung-mo-rong-dot-1", 5096, "2024-02-27T00:00:00+07:00",
         signature="Trung tâm Y tế huyện", author="Trung tâm Y tế huyện"),
    _art("dt-hien-mau", "ngay-hoi-hien-mau-tinh-nguyen", 5090, "2024-02-23T00:00:00+07:00",
         signature="Hải Yến", author="Hải Yến",
         image=("/Portals/0/2024/02/hien-mau.jpg", "Đoàn viên thanh niên đăng ký hiến máu tại điểm hiến máu.")),
]  # fmt: skip
CHROME = ["Thời gian đọc", "Số lần đọc", "Đánh giá bài viết", "Tin mới cập nhật", "Liên kết website"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - Huyện Tam Nông</title></head><body>
<div id="dnn_header"><a href="/" class="logo">{esc(NAME)}</a><span class="today">Cổng thông tin điện tử</span></div>
<ul class="topnav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>
<li><a href="/thuy-van/ban-tin-muc-nuoc-ngay-12-3-2024">Thủy văn</a></li></ul>
<div class="container"><div id="dnn_ContentPane" class="col-md-9">{main}</div>
<div id="dnn_RightPane" class="col-md-3"><div class="box"><h3 class="box-title">Tin mới cập nhật</h3><ul>{latest}</ul></div>
<div class="box"><h3 class="box-title">Liên kết website</h3><select><option>Cổng thông tin tỉnh</option><option>Cổng dịch vụ công quốc gia</option></select></div></div></div>
<div id="dnn_footer">{esc(NAME)}. Địa chỉ: khóm 2, thị trấn Tràm Chim. Điện thoại: 0277.3827.110. Email: ubnd@tamnong.gov.vn</div></body></html>"""


def _reads(art: YArt) -> str:
    return f"{700 + art.extra['id'] * 37 % 2900:,}".replace(",", ".")


def _minutes(art: YArt) -> int:
    words = sum(len(p.split()) for p in [art.lead, *art.paragraphs])
    return max(1, round(words / 60))


def render_article(art: YArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = (f'<p class="read-time"><i class="fa fa-clock-o"></i> Thời gian đọc: {_minutes(art)} phút</p>'
            f"<p><strong>{esc(art.title)}</strong></p>"
            f"<p><em>{esc(art.lead)}</em></p>")
    for k, p in enumerate(art.paragraphs):
        text += f'<p style="text-align: justify;">{esc(p)}</p>'
        if k < len(images):
            src, cap = images[k]
            text += (f'<p style="text-align: center;"><img src="{src}" alt=""></p>'
                     f'<p style="text-align: center;"><em>{esc(cap)}</em></p>')
    if art.signature:
        text += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    stars = " ".join(f'<a href="javascript:void(0)" onclick="rate({art.extra["id"]},{k})">{k}</a>' for k in range(1, 6))
    text += (f"<p>Số lần đọc: {_reads(art)}</p>"
             f'<div class="rating">Đánh giá bài viết: {stars} <span class="rate-count" style="display:none">(0 lượt)</span></div>')
    main = f"""<div class="news-detail"><h1 class="news-title">{esc(art.title)}</h1>
<div class="news-date">{esc(art.date_line)}</div>
<div class="news-body">{text}</div></div>"""
    return _layout(art.title, main)


def render_bulletin() -> str:
    lines = ("Trạm Tân Châu: 2,35 m, giảm 3 cm so với hôm qua", "Trạm Châu Đốc: 2,12 m, giảm 2 cm so với hôm qua",
             "Trạm Tràm Chim: 1,48 m, không đổi", "Trạm Hồng Ngự: 2,20 m, giảm 4 cm so với hôm qua",
             "Trạm Cao Lãnh: 1,65 m, tăng 1 cm so với hôm qua", "Trạm Tam Nông: 1,52 m, giảm 1 cm so với hôm qua")
    body = "".join(f"<p>{esc(line)}</p>" for line in lines)
    main = f"""<div class="news-detail"><h1 class="news-title">Bản tin mực nước các trạm thủy văn ngày 12/3/2024</h1>
<div class="news-date">Ngày đăng: 12/03/2024</div><div class="news-body">{body}</div></div>"""
    return _layout("Bản tin mực nước các trạm thủy văn ngày 12/3/2024", main)


def render_section() -> str:
    items = "".join(f'<div class="news-item"><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span>'
                    f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout("Tin tức", f'<div class="news-list"><h1>Tin tức</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return _layout(NAME, f'<div class="home"><h2>Tin hoạt động</h2><ul>{items}</ul></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc"] = render_section()
    out["/thuy-van/ban-tin-muc-nuoc-ngay-12-3-2024"] = render_bulletin()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
