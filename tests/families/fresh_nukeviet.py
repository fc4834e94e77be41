"""A district education office's portal on NukeViet 4 (the open-source Vietnamese CMS many
schools, offices and districts run), its news module's default theme.

Built in round 15 as a fresh family (``FRESH_A``), after the first three had been scored and
fixed: scored once before any further extraction change (its own held-out figure), its truth
written by hand before any extraction ran on it.

- Articles ``/news/<category>/<slug>-<id>.html``: ``h1.title`` in a ``panel-body``, the date
  in ``<span class="h5">Thứ hai - 04/03/2024 16:45</span>`` beside a row of icon links
  (email, print: ``javascript:void(0)``, save); the sapo in ``div.hometext``, the body in
  ``div#news-bodyhtml.bodytext``.
- ``<meta property="article:published_time">`` as NukeViet writes it, the zone's abbreviation
  where the "T" belongs ("2024-03-04+0716:45:00"; PHP's ``date('Y-m-dTH:i:s')``), the same
  for ``article:modified_time``.
- Bylines after the body, right-aligned: ``<p class="h5 text-right"><strong>Tác giả:
  </strong>Minh Anh</p>`` and ``<strong>Nguồn tin: </strong>...``; or a signature in the
  body; or only "Nguồn tin:".
- Panels after the article: "Từ khóa" (tag links), the rating line, "Những tin mới hơn" and
  "Những tin cũ hơn" with ``<em>(dd/mm/yyyy)</em>``. A sidebar "Tin mới" with dates and a
  visitor counter; the footer names the vendor.
- Listings: home, categories, a tag page; static pages: an "about" page, the contact form.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fresh-nukeviet"
NAME = "Phòng Giáo dục và Đào tạo huyện Hòa Sơn"
BASE_URL = "https://pgdhoason.edu.vn/"
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _line(iso: str) -> str:
    day = date(int(iso[:4]), int(iso[5:7]), int(iso[8:10]))
    return f"{WEEKDAYS[day.weekday()]} - {dmy(iso)} {hm(iso)}"


def _art(key: str, cat: str, slug: str, ident: int, iso: str, edited_hours: int, **kw: object) -> Art:
    edited = (datetime.fromisoformat(iso) + timedelta(hours=edited_hours)).isoformat()
    extra = {"cat": cat, "edited": edited, **kw.pop("extra", {})}  # type: ignore[dict-item]
    updated = edited if edited_hours else None  # (the page's modified_time, when it differs)
    return Art(KEY[key], f"/news/{cat}/{slug}-{ident}.html", iso, _line(iso), extra=extra, updated=updated, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nkv-thi-hoc-sinh-gioi", "tin-tuc", "huyen-hoa-son-co-42-hoc-sinh-dat-giai-ky-thi-hoc-sinh-gioi-cap-tinh", 1187,
         "2024-03-04T16:45:00+07:00", 2, author="Minh Anh", source="Phòng GD&ĐT",
         extra={"tacgia": "Minh Anh", "nguon": "Phòng GD&ĐT"}),
    _art("nkv-tuyen-sinh-lop-1", "thong-bao", "ke-hoach-tuyen-sinh-vao-lop-1-va-lop-6-nam-hoc-2024-2025", 1185,
         "2024-03-01T09:20:00+07:00", 30, source="Phòng GD&ĐT huyện Hòa Sơn", extra={"nguon": "Phòng GD&ĐT huyện Hòa Sơn"}),
    _art("nkv-chuyen-doi-so-truong-hoc", "tin-tuc", "day-manh-chuyen-doi-so-trong-cac-truong-hoc", 1182,
         "2024-02-29T15:10:00+07:00", 1, signature="Lê Thu Hà", author="Lê Thu Hà"),
    _art("nkv-hoi-thi-giao-vien", "tin-tuc", "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc", 1180,
         "2024-02-29T17:40:00+07:00", 15, author="Ngọc Lan", extra={"tacgia": "Ngọc Lan - Trường TH Tân Lập"}),
    _art("nkv-an-toan-thuc-pham", "tin-tuc", "kiem-tra-an-toan-thuc-pham-tai-bep-an-ban-tru", 1176,
         "2024-02-27T10:05:00+07:00", 3, author="Hoàng Minh", source="Trung tâm Y tế huyện",
         extra={"tacgia": "Hoàng Minh", "nguon": "Trung tâm Y tế huyện"}),
    _art("nkv-nghi-tet", "thong-bao", "thong-bao-lich-nghi-giua-hoc-ky-ii", 1174,
         "2024-02-26T08:00:00+07:00", 0, source="Phòng GD&ĐT huyện Hòa Sơn", extra={"nguon": "Phòng GD&ĐT huyện Hòa Sơn"}),
]  # fmt: skip
CATS = {"tin-tuc": "Tin tức - Sự kiện", "thong-bao": "Thông báo"}
TAGS = {"giao-duc": "giáo dục", "hoc-sinh": "học sinh"}
CHROME = [
    "Từ khóa", "Tổng số điểm của bài viết", "Click để đánh giá bài viết", "Những tin mới hơn",
    "Những tin cũ hơn", "Tin mới", "Đang truy cập", "Hôm nay", "Tháng hiện tại", "Tổng lượt truy cập",
    "Bản quyền thuộc về", "Powered by NukeViet", "Gửi bài viết qua email", "In ấn", "Lưu bài viết này",
    "0218 3861 245",
]  # fmt: skip


def _nv_time(iso: str) -> str:
    """NukeViet's meta date: PHP ``date('Y-m-dTH:i:s')``, the zone's abbreviation in the T's place."""
    return f"{iso[:10]}+07{iso[11:19]}"


def _layout(title: str, main: str, head: str = "") -> str:
    menu = "".join(f'<li><a href="/news/{c}/">{esc(t)}</a></li>' for c, t in CATS.items())
    latest = "".join(
        f'<li class="clearfix"><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a>'
        f'<span class="text-muted"> ({dmy(a.published)})</span></li>'
        for a in ARTICLES[:4]
    )  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head><title>{esc(title)} - {esc(NAME)}</title>
<meta name="description" content="{esc(title)}"><meta name="author" content="{esc(NAME)}">
<meta name="generator" content="NukeViet v4.5"><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(title)}"><meta property="og:site_name" content="{esc(NAME)}">{head}
<link rel="StyleSheet" href="/themes/default/css/style.css"></head>
<body><div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8">
<a title="{esc(NAME)}" href="/"><img src="/uploads/logo.png" alt="{esc(NAME)}"></a>
<span class="site_name">{esc(NAME)}</span></div></div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">Trang chủ</a></li><li><a href="/about/gioi-thieu.html">Giới thiệu</a></li>{menu}<li><a href="/contact/">Liên hệ</a></li></ul></div></nav>
<section><div class="container" id="body"><div class="row">
<div class="col-sm-16 col-md-18">{main}</div>
<div class="col-sm-8 col-md-6"><div class="panel panel-default"><div class="panel-heading">Tin mới</div>
<div class="panel-body"><ul class="block_tophits list-none list-items">{latest}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table"><li><span>Đang truy cập</span><span>23</span></li><li><span>Hôm nay</span><span>1.024</span></li>
<li><span>Tháng hiện tại</span><span>18.542</span></li><li><span>Tổng lượt truy cập</span><span>1.205.764</span></li></ul></div></div></div>
</div></div></section>
<footer id="footer"><div class="container"><p>Bản quyền thuộc về {esc(NAME)}. Địa chỉ: thị trấn Hòa Sơn. Điện thoại: 0218 3861 245</p>
<p>Powered by NukeViet CMS</p></div></footer></div></div></body></html>"""


def render_article(art: Art) -> str:
    blocks = [f"<p style=\"text-align: justify;\">{esc(p)}</p>" for p in art.paragraphs]
    if art.signature:
        blocks.append(f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>')
    byline = ""
    if art.extra.get("tacgia"):
        byline += f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(art.extra["tacgia"])}</p>'
    if art.extra.get("nguon"):
        byline += f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(art.extra["nguon"])}</p>'
    cat = art.extra["cat"]
    same = [a for a in ARTICLES if a.extra["cat"] == cat]
    i = same.index(art)

    def items(arts: list[Art]) -> str:
        return "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a class="list-inline" href="{a.path}" title="{esc(a.title)}">'
            f"{esc(a.title)}</a><em>({dmy(a.published)})</em></li>"
            for a in arts
        )  # fmt: skip

    newer, older = same[:i], same[i + 1 :]
    other = ""
    if newer:
        other += f'<p class="h3"><strong>Những tin mới hơn</strong></p><div class="clearfix"><ul class="related list-items">{items(newer)}</ul></div>'
    if older:
        other += f'<p class="h3"><strong>Những tin cũ hơn</strong></p><div class="clearfix"><ul class="related list-items">{items(older)}</ul></div>'
    tags = ", ".join(f'<a title="{t}" href="/news/tag/{k}"><em>{t}</em></a>' for k, t in TAGS.items())
    head = (f'\n<meta property="og:type" content="article"><meta property="article:published_time" content="{_nv_time(art.published)}">'
            f'<meta property="article:modified_time" content="{_nv_time(art.extra["edited"])}">'
            f'<meta property="article:section" content="{esc(CATS[cat])}">')  # fmt: skip
    main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(art.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{esc(art.date_line)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right">
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In ấn" href="javascript:void(0);"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" title="Lưu bài viết này" href="/news/savefile/{art.path.rsplit('-', 1)[1]}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description">{esc(art.lead)}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{''.join(blocks)}</div>
<div class="margin-bottom-lg">{byline}</div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>
<span itemprop="keywords">{tags}</span></div></div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form><div class="h5 clearfix">
<p>Tổng số điểm của bài viết là: 0 trong 0 đánh giá</p><span>Click để đánh giá bài viết</span></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">{other}</div></div>"""
    return _layout(art.title, main, head)


def _list(title: str, arts: list[Art]) -> str:
    items = "".join(
        f'<div class="panel panel-default"><div class="panel-body"><h3><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></h3>'
        f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> {dmy(a.published)} {hm(a.published)}</li>'
        f'<li><em class="fa fa-eye">&nbsp;</em> Lượt xem: 1{a.path[-7:-5]}</li></ul></div><div class="text-justify">{esc(a.lead)}</div></div></div>'
        for a in arts
    )  # fmt: skip
    return _layout(title, f'<div class="news_column"><h1 class="hidden">{esc(title)}</h1>{items}</div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list(NAME, ARTICLES[:5])
    for c, t in CATS.items():
        out[f"/news/{c}/"] = _list(t, [a for a in ARTICLES if a.extra["cat"] == c])
    out["/news/tag/giao-duc"] = _list("giáo dục", ARTICLES[:3])
    out["/about/gioi-thieu.html"] = _layout("Giới thiệu", '<div class="page panel panel-default"><div class="panel-body">'
                                            '<h1 class="title margin-bottom-lg">Giới thiệu</h1><div class="clearfix">'
                                            "<p>Phòng Giáo dục và Đào tạo huyện Hòa Sơn là cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, "
                                            "tham mưu quản lý nhà nước về giáo dục mầm non, tiểu học và trung học cơ sở trên địa bàn.</p>"
                                            "<p>Toàn huyện hiện có 48 trường học với hơn 17.000 học sinh và 1.200 cán bộ, giáo viên, nhân viên.</p>"
                                            "</div></div></div>")
    out["/contact/"] = _layout("Liên hệ", '<div class="panel panel-default"><div class="panel-body"><h1>Liên hệ</h1>'
                               "<p>Điện thoại: 0218 3861 245. Email: pgd@hoason.edu.vn</p><form><input name='fname'>"
                               "<textarea name='fcon'></textarea><button>Gửi</button></form></div></div>")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nDisallow: /includes/\n")
