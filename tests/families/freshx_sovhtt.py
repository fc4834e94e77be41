"""A province's department of culture, sports and tourism on Drupal 9 whose editor (CKEditor
4) aligns the signature by class (``<p class="text-align-right">``), whose article type has a
"Tác giả" field rendered as Drupal's label and item ``<div>``s after the text, and whose meta
row shows the writer as an avatar linked to ``/tac-gia/<slug>`` with the name only in the
link's ``title`` (fresh-X, round 21: byline conventions the earlier author sets did not hold).

Built in round 21 as a fresh family (``FRESH_X``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/tin-tuc/<slug>``: ``article.node--type-article`` with the headline in
  ``h1.page-title``, "05/03/2024 - 08:30" in ``div.node__meta`` (the avatar link beside it),
  the text in ``div.field--name-body``, then the tags, "Tin liên quan" with dates.
- Bylines: "Thu Trang" bold in ``p.text-align-right``; the field ``<div
  class="field--name-field-tac-gia"><div class="field__label">Tác giả</div><div
  class="field__item">Nguyễn Thị Thu Hà</div></div>`` after the text; the avatar link ``<a
  href="/tac-gia/le-van-hung" title="Lê Văn Hùng"><img alt=""></a>`` alone; "Hà Anh - Báo
  Đông Sơn" (name and paper on one right-aligned line); "Minh Châu" over "(Lược dịch)";
  "Nhóm tác giả: Lê Hà - Văn Tâm"; an unsigned article closing with a photographer's
  "Tác giả ảnh: Nguyễn Minh" (no writer).
- ``<meta name="author">`` is the department's name on every page.
- Non-articles: the home page, a category, a tag page, a writer's page ``/tac-gia/<slug>``
  (teasers), the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fx-sovhtt"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn"


def _art(key: str, iso: str, **kw: object) -> SArt:
    extra = dict(kw.pop("extra", {}))  # type: ignore[call-overload]
    return SArt(KEY[key], f"/tin-tuc/{key.split('-', 1)[1]}", iso, f"{dmy(iso)} - {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", "2024-03-05T08:30:00+07:00", signature="Thu Trang", author="Thu Trang",
         image=("/sites/default/files/2024-03/le-hoi-den.jpg", "Nghi lễ rước kiệu tại Lễ hội đền Bà Chúa Kho.")),
    _art("svh-thu-vien", "2024-03-04T15:10:00+07:00", signature="Nguyễn Thị Thu Hà", author="Nguyễn Thị Thu Hà",
         extra={"nosig": True, "field": True}),
    _art("svh-giai-chay", "2024-03-03T07:45:00+07:00", signature="Lê Văn Hùng", author="Lê Văn Hùng",
         extra={"nosig": True, "avatar": "le-van-hung"}),
    _art("svh-di-tich", "2024-03-01T10:20:00+07:00", signature="Hà Anh - Báo Đông Sơn", author="Hà Anh",
         extra={"em": True}),
    _art("svh-du-lich", "2024-02-29T16:00:00+07:00", signature="Minh Châu", author="Minh Châu",
         extra={"after": ["(Lược dịch)"]}),
    _art("svh-tap-huan", "2024-02-27T09:00:00+07:00", signature="Nhóm tác giả: Lê Hà - Văn Tâm", author="Lê Hà, Văn Tâm"),
    _art("svh-nghe-thuat", "2024-02-26T14:30:00+07:00", extra={"after": ["Tác giả ảnh: Nguyễn Minh"]},
         image=("/sites/default/files/2024-02/cheo.jpg", "Tiết mục chèo phục vụ bà con xã Sơn Lâm.")),
]  # fmt: skip
CHROME = ["Tin liên quan", "Từ khóa", "Tin đọc nhiều", "Liên kết website", "Lượt truy cập", "Bản quyền thuộc"]
TAGS = (("van-hoa", "Văn hóa"), ("du-lich", "Du lịch"), ("the-thao", "Thể thao"))


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[1:5])
    return f"""<!DOCTYPE html><html lang="vi" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta name="author" content="{esc(NAME)}"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0"></head>
<body class="path-node"><div class="dialog-off-canvas-main-canvas"><header class="site-header"><div class="container">
<a class="site-logo" href="/" rel="home"><img src="/themes/custom/svh/logo.png" alt="Trang chủ"></a>
<nav class="menu--main"><ul><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-tuc">Tin tức</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></nav></div></header>
<main class="container"><div class="row"><div class="col-md-9 region-content">{main}</div>
<aside class="col-md-3 region-sidebar"><div class="block"><h2 class="block-title">Tin đọc nhiều</h2><ul>{most}</ul></div>
<div class="block"><h2 class="block-title">Liên kết website</h2><ul><li><a href="https://dongson.gov.vn">Cổng thông tin tỉnh</a></li>
<li><a href="https://bvhttdl.gov.vn">Bộ Văn hóa, Thể thao và Du lịch</a></li></ul></div>
<div class="block"><h2 class="block-title">Lượt truy cập</h2><p>Đang truy cập: 37</p><p>Tổng: 1.204.566</p></div></aside></div></main>
<footer class="site-footer"><div class="container"><p>Bản quyền thuộc {esc(NAME)}.</p>
<p>Địa chỉ: số 12 đường Lê Lợi, thành phố Đông Sơn. Điện thoại: 0237 3852 114.</p></div></footer></div></body></html>"""


def _p(text: str) -> str:
    return f"<p>{esc(text)}</p>"


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f'<p><strong>{esc(art.lead)}</strong></p>'
    for i, p in enumerate(art.paragraphs):
        body += _p(p)
        if i < len(images):
            src, cap = images[i]
            body += (f'<div class="align-center"><img src="{src}" alt="" width="700" height="467">'
                     f'<p class="text-align-center"><em>{esc(cap)}</em></p></div>')
    sig = art.signature or ""
    if sig and not art.extra.get("nosig"):
        inner = f"<em>{esc(sig)}</em>" if art.extra.get("em") else f"<strong>{esc(sig)}</strong>"
        body += f'<p class="text-align-right">{inner}</p>'
    for line in art.after():
        body += f'<p class="text-align-right">{esc(line)}</p>'
    field = ""
    if art.extra.get("field"):
        field = (f'<div class="field field--name-field-tac-gia field--type-string field--label-inline">'
                 f'<div class="field__label">Tác giả</div><div class="field__item">{esc(sig)}</div></div>')
    avatar = ""
    if art.extra.get("avatar"):
        slug = art.extra["avatar"]
        avatar = (f'<span class="node__author"><a href="/tac-gia/{slug}" title="{esc(sig)}">'
                  f'<img src="/sites/default/files/avatar/{slug}.jpg" alt="" width="32" height="32"></a></span>')
    tags = "".join(f'<div class="field__item"><a href="/tag/{slug}">{esc(t)}</a></div>' for slug, t in TAGS)
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                      for a in ARTICLES if a is not art)
    main = f"""<article class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{esc(art.title)}</span></h1>
<div class="node__meta">{avatar}<span class="node__date">{esc(art.date_line)}</span></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
{field}
<div class="field field--name-field-tags field--label-inline"><div class="field__label">Từ khóa</div><div class="field__items">{tags}</div></div>
</div></article>
<div class="block block-views"><h2 class="block-title">Tin liên quan</h2><ul>{related}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="views-row"><div class="views-field-image"><a href="{a.path}"><img src="/sites/default/files/styles/thumb/{i}.jpg" alt=""></a></div>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{esc(a.date_line)}</span>'
                    f'<div class="views-field-body">{esc(a.lead)}</div></div>' for i, a in enumerate(arts))
    return _layout(title, f'<h1 class="page-title">{esc(title)}</h1><div class="view-content">{items}</div>')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:5])
    out["/chuyen-muc/tin-tuc"] = _list("Tin tức", ARTICLES)
    out["/tag/van-hoa"] = _list("Văn hóa", ARTICLES[:4])
    out["/tac-gia/le-van-hung"] = _list("Lê Văn Hùng", [ARTICLES[2]])
    out["/lien-he"] = _layout("Liên hệ", f"""<h1 class="page-title">Liên hệ</h1><p>{esc(NAME)}</p>
<p>Địa chỉ: số 12 đường Lê Lợi, thành phố Đông Sơn.</p><p>Điện thoại: 0237 3852 114. Thư điện tử: svhttdl@dongson.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
