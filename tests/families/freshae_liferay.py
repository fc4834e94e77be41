"""A province's department of labour on Liferay 7 (Asset Publisher, full content): the
writer in the portlet's ``asset-metadata`` block after the text (``metadata-author``: the
avatar and the account's display name), a signature floated right, a "Tin: X; Ảnh: Y" line
under a display name that is the administrators', an office's account as the author field
(fresh-AE, round 22: byline conventions the earlier author sets did not hold).

Built in round 22 as a fresh family (``FRESH_AE``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/web/soldtbxh/tin-tuc/-/asset_publisher/Xk2d/content/<slug>``: ``div.asset-full-content``
  with ``h3.header-title``, the date in ``div.asset-metadata`` above the text ("Ngày đăng:
  05/03/2024 08:30"), the text in ``div.journal-content-article``, then a second
  ``div.asset-metadata`` block after it: ``span.metadata-author`` (an avatar whose ``alt`` is
  the name, then ``span.user-name``) and ``span.metadata-view-count``; "Các tin khác" with dates.
- Authors: the display name alone ("Nguyễn Thanh Bình", "Đặng Thị Thu Hiền" in a ``metadata-author``
  with nothing signed in the text); an office's account "Trung tâm Dịch vụ việc làm" (the office
  signs); "Quản trị viên" (the administrators' account: no one) over a text signed "Hoàng Yến"
  floated right (``<div style="float: right">``) or "Tin: Lò Thị Hoa; Ảnh: Vũ Minh" (Lò Thị Hoa);
  "Biên tập viên" (the editors' account) over an unsigned notice.
- Non-articles: the home page, the news portlet's list (and its second page), the leaders' page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fae-liferay"
NAME = "Sở Lao động - Thương binh và Xã hội tỉnh Hà Sơn"
PUB = "/web/soldtbxh/tin-tuc/-/asset_publisher/Xk2d/content/"


def _art(key: str, slug: str, ident: int, iso: str, who: str, **kw: object) -> SArt:
    extra = {"id": ident, "who": who, **dict(kw.pop("extra", {}))}  # type: ignore[call-overload]
    return SArt(KEY[key], PUB + slug, iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nl-phien-viec-lam", "phien-giao-dich-viec-lam-thang-3", 88412, "2024-03-05T08:30:00+07:00", "Nguyễn Thanh Bình",
         author="Nguyễn Thanh Bình"),
    _art("nl-xuat-khau-lao-dong", "tu-van-xuat-khau-lao-dong", 88405, "2024-03-04T14:00:00+07:00", "Quản trị viên",
         signature="Hoàng Yến", author="Hoàng Yến", extra={"float": True}),
    _art("nl-nguoi-co-cong", "tham-hoi-nguoi-co-cong", 88398, "2024-03-01T09:40:00+07:00", "Quản trị viên",
         signature="Tin: Lò Thị Hoa; Ảnh: Vũ Minh", author="Lò Thị Hoa",
         image=("/documents/20182/88398/tham-hoi.jpg", "Lãnh đạo Sở thăm hỏi gia đình người có công.")),
    _art("nl-dao-tao-nghe", "dao-tao-nghe-lao-dong-nong-thon", 88391, "2024-02-29T15:20:00+07:00", "Trung tâm Dịch vụ việc làm",
         author="Trung tâm Dịch vụ việc làm"),
    _art("nl-bao-hiem-that-nghiep", "bao-hiem-that-nghiep-quy-1", 88384, "2024-02-28T10:05:00+07:00", "Đặng Thị Thu Hiền",
         author="Đặng Thị Thu Hiền"),
    _art("nl-tre-em-den-truong", "ho-tro-tre-em-den-truong", 88377, "2024-02-27T16:30:00+07:00", "Quản trị viên",
         signature="Nguyễn Văn Khải - Phòng Bảo trợ xã hội", author="Nguyễn Văn Khải", extra={"float": True}),
    _art("ln-tb-ho-so-nghe", "thong-bao-nhan-ho-so", 88370, "2024-02-26T07:50:00+07:00", "Biên tập viên"),
]  # fmt: skip
CHROME = ["Các tin khác", "Văn bản mới", "Lượt xem", "Liên kết", "Cơ quan chủ quản"]


def _layout(title: str, main: str) -> str:
    docs = "".join(f'<li><a href="/web/soldtbxh/van-ban/-/document/{n}">Quyết định số {n}/QĐ-SLĐTBXH</a></li>' for n in (412, 398, 377))
    return f"""<!DOCTYPE html><html class="ltr" dir="ltr" lang="vi-VN"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link href="/o/sohason-theme/css/main.css" rel="stylesheet"></head>
<body class="controls-visible signed-out public-page site"><div class="container-fluid" id="wrapper">
<header id="banner" role="banner"><div id="heading"><a class="logo" href="/web/soldtbxh"><img alt="{esc(NAME)}" src="/o/sohason-theme/images/banner.png"></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">
<li><a href="/web/soldtbxh">Trang chủ</a></li><li><a href="/web/soldtbxh/tin-tuc">Tin tức</a></li><li><a href="/web/soldtbxh/lanh-dao">Lãnh đạo Sở</a></li></ul></nav></header>
<section id="content"><div class="columns-2" id="main-content" role="main"><div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1"><div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_">
<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk2d"><div class="portlet-content">{main}</div></section></div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<section class="portlet"><div class="portlet-title"><h2>Văn bản mới</h2></div><ul>{docs}</ul></section>
<section class="portlet"><div class="portlet-title"><h2>Liên kết</h2></div><ul><li><a href="https://molisa.gov.vn">Bộ Lao động - Thương binh và Xã hội</a></li></ul></section>
</div></div></div></section>
<footer id="footer" role="contentinfo"><p>Cơ quan chủ quản: {esc(NAME)}</p><p>Địa chỉ: số 15 đường Trần Hưng Đạo, thành phố Hà Sơn. Điện thoại: 0214 3840 117</p></footer>
</div></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<p style="text-align:center"><img alt="" src="{src}"></p><p style="text-align:center"><em>{esc(cap)}</em></p>'
    if art.signature:
        if art.extra.get("float"):
            body += f'<div style="float: right;"><strong>{esc(art.signature)}</strong></div><div style="clear: both;"></div>'
        else:
            body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    who = art.extra["who"]
    views = 200 + art.extra["id"] % 700
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div class="asset-full-content default-asset-publisher show-asset-title">
<h3 class="header-title"><span>{esc(art.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{esc(art.date_line)}</span></div>
<div class="asset-content"><div class="journal-content-article" data-analytics-asset-id="{art.extra["id"]}">{body}</div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-author"><span class="user-avatar-image"><img alt="{esc(who)}" class="avatar img-circle" src="/image/user_portrait?img_id={art.extra["id"] % 97}"></span>
<span class="user-name">{esc(who)}</span></span><span class="metadata-entry metadata-view-count">{views} Lượt xem</span></div>
<div class="asset-links"><a href="javascript:window.print();">In bài viết</a> | <a href="/web/soldtbxh/tin-tuc">Quay lại</a></div></div>
<div class="other-news"><h4>Các tin khác</h4><ul>{others}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt], more: str = "") -> str:
    items = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                    f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(a.published)}</span></div>'
                    f'<div class="asset-summary">{esc(a.lead)}</div></div>' for a in arts)
    return _layout(title, f'<h2 class="portlet-title-text">{esc(title)}</h2>{items}{more}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/web/soldtbxh"] = _list("Tin tức - Sự kiện", ARTICLES[:4])
    out["/web/soldtbxh/tin-tuc"] = _list("Tin tức", ARTICLES[:5], '<div class="pagination"><a href="/web/soldtbxh/tin-tuc?cur=2">2</a></div>')
    out["/web/soldtbxh/tin-tuc?cur=2"] = _list("Tin tức", ARTICLES[5:], '<div class="pagination"><a href="/web/soldtbxh/tin-tuc">1</a></div>')
    leaders = "".join(f'<div class="leader"><img alt="{esc(n)}" src="/image/leader{i}.jpg"><p><strong>{esc(n)}</strong></p><p>{esc(p)}</p>'
                      f"<p>Điện thoại: {t}</p></div>" for i, (n, p, t) in enumerate((
        ("Phạm Quốc Hưng", "Giám đốc Sở", "0214 3840 118"), ("Lương Thị Mai", "Phó Giám đốc Sở", "0214 3840 119"),
        ("Trần Đức Long", "Phó Giám đốc Sở", "0214 3840 120")), 1))
    out["/web/soldtbxh/lanh-dao"] = _layout("Lãnh đạo Sở", f'<h2 class="portlet-title-text">Lãnh đạo Sở</h2>{leaders}')
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
