"""A provincial department of culture, sports and tourism whose every content page is
``/noi-dung/<n>.htm``, one template for its news and for its calendar and broadcasts
(fresh-G, round 17: non-article kinds the other families lack, in the article template).

- News ``/noi-dung/<n>.htm``: ``h1.nd-title``, "Ngày đăng: 05/03/2024 | 08:30" in
  ``div.nd-date`` beside "Lượt xem", a sapo in ``div.nd-sapo``, the paragraphs in
  ``div.nd-body``, the author as a bold right-aligned last paragraph or none; after the body
  "Ý kiến bạn đọc (n)" linking the article's comments page, and "Các tin khác".
- In the same template at the same URL shape, not articles: two events of the department's
  calendar ("Thời gian: ...", "Địa điểm: ...", "Đơn vị tổ chức: ...", "Thành phần: ...",
  "Nội dung: ...", "Liên hệ: ..." under the day it was posted) and a radio bulletin (an
  ``<audio>`` player, the day and one sentence).
- An article's readers' comments ``/noi-dung/<n>.htm?view=binh-luan`` and their page 2
  (``&trang=2``): the article's title and day over the comments (a name, a time and a few
  sentences each), no article text: not articles, and not copies of the article.
- The category ``/chuyen-muc/van-hoa.htm`` and the home page. No robots.txt, no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fg-vhtt"
NAME = "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang Nam"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(
        KEY[key],
        f"/noi-dung/{ident}.htm",
        iso,
        f"Ngày đăng: {dmy(iso)} | {hm(iso)}",
        extra={"id": ident},
        **kw,
    )  # type: ignore[arg-type]


ARTICLES = [
    _art("svh-le-hoi-den", 5512, "2024-03-05T08:30:00+07:00", signature="Thu Trang", author="Thu Trang"),
    _art("svh-giai-chay", 5508, "2024-03-03T16:20:00+07:00",
         image=("/uploads/2024/03/giai-chay-5508.jpg", "Các vận động viên tại vạch xuất phát.")),
    _art("svh-di-tich", 5519, "2024-03-08T10:05:00+07:00", signature="Hoàng Long", author="Hoàng Long"),
    _art("tg-don-ca-tai-tu", 5501, "2024-02-28T14:45:00+07:00"),
    _art("pl-lien-hoan-dan-ca", 5523, "2024-03-11T09:10:00+07:00", signature="Minh Châu", author="Minh Châu"),
]  # fmt: skip
CHROME = [
    "Lượt xem",
    "Ý kiến bạn đọc",
    "Các tin khác",
    "Lịch sự kiện",
    "Bản quyền thuộc Sở Văn hóa",
]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)

# the calendar's events: (id, title, posted, [(label, value), ...])
EVENTS = [
    (5515, "Hội thi tuyên truyền lưu động tỉnh Hà Giang Nam năm 2024", "2024-03-06T15:00:00+07:00", [
        ("Thời gian", "07 giờ 30, ngày 22/3/2024 đến ngày 24/3/2024"),
        ("Địa điểm", "Quảng trường 26/3, thành phố Hà Giang Nam"),
        ("Đơn vị tổ chức", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Thành phần", "Đội tuyên truyền lưu động của 11 huyện, thành phố"),
        ("Nội dung", "Thi chào hỏi, tiểu phẩm tuyên truyền và trưng bày pano, áp phích cổ động"),
        ("Liên hệ", "Phòng Quản lý văn hóa, điện thoại 0219 3866 512"),
    ]),
    (5521, "Triển lãm ảnh Di sản văn hóa các dân tộc vùng cao", "2024-03-09T08:00:00+07:00", [
        ("Thời gian", "Từ ngày 15/3/2024 đến hết ngày 15/4/2024"),
        ("Địa điểm", "Nhà triển lãm tỉnh, số 8 đường Nguyễn Trãi"),
        ("Đơn vị tổ chức", "Trung tâm Văn hóa tỉnh phối hợp Hội Văn học nghệ thuật tỉnh"),
        ("Thành phần", "Cán bộ, nhân dân và du khách"),
        ("Nội dung", "Giới thiệu 120 bức ảnh về lễ hội, trang phục và nghề truyền thống"),
        ("Liên hệ", "Trung tâm Văn hóa tỉnh, điện thoại 0219 3867 021"),
    ]),
]  # fmt: skip
BULLETIN = (
    5517,
    "Bản tin Văn hóa - Du lịch ngày 07/3/2024",
    "2024-03-07T17:30:00+07:00",
    "Bản tin phát thanh của Sở Văn hóa, Thể thao và Du lịch phát ngày 07/3/2024.",
)
# readers' comments of the first news article: (name, time, text)
COMMENTS = [
    ("Nguyễn Văn Hải", "05/03/2024 09:12", "Lễ hội năm nay tổ chức rất chu đáo, bãi xe rộng hơn mọi năm. Mong ban tổ chức giữ được như vậy."),
    ("Lê Thị Hoa", "05/03/2024 10:40", "Xin hỏi lễ hội kéo dài đến ngày nào để gia đình tôi sắp xếp đi lễ?"),
    ("Trần Quốc Việt", "05/03/2024 13:05", "Đề nghị có thêm nhà vệ sinh công cộng ở khu vực cổng phụ, ngày đầu rất đông."),
    ("Phạm Minh Đức", "05/03/2024 20:16", "Cảm ơn Sở đã đưa tin kịp thời. Chúc lễ hội thành công tốt đẹp."),
    ("Hoàng Thu Hà", "06/03/2024 07:55", "Năm nay không còn tình trạng chèo kéo khách, rất đáng khen."),
    ("Vũ Đình Khánh", "06/03/2024 08:30", "Nên có bản đồ chỉ dẫn các điểm tham quan quanh đền cho khách ở xa."),
    ("Đỗ Thị Lan", "06/03/2024 11:02", "Tôi đi lễ hôm qua, mọi thứ rất trật tự, lực lượng hướng dẫn nhiệt tình."),
    ("Bùi Văn Toàn", "06/03/2024 19:47", "Mong các năm sau có thêm các trò chơi dân gian cho trẻ em tham gia."),
]  # fmt: skip
COMMENTED = ARTICLES[0]


def _layout(title: str, main: str) -> str:
    side = "".join(f'<li><a href="/noi-dung/{e[0]}.htm">{esc(e[1])}</a></li>' for e in EVENTS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/css/style.css"></head><body><div class="page">
<div class="banner"><a href="/"><img src="/images/banner.jpg" alt="{esc(NAME)}"></a></div>
<ul class="mainmenu"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/van-hoa.htm">Văn hóa</a></li>
<li><a href="/noi-dung/{BULLETIN[0]}.htm">Phát thanh</a></li></ul>
<div class="main-row"><div class="main-col">{main}</div>
<div class="right-col"><div class="block"><h3>Lịch sự kiện</h3><ul>{side}</ul></div></div></div>
<div class="footer">Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Giang Nam. Số 5 đường Trần Hưng Đạo.</div>
</div></body></html>"""


def _views(ident: int) -> str:
    return str(300 + ident * 13 % 700)


def _detail(ident: int, title: str, iso: str, sapo: str, body: str, after: str = "") -> str:
    sapo_html = f'<div class="nd-sapo">{esc(sapo)}</div>' if sapo else ""
    main = f"""<div class="nd-path"><a href="/">Trang chủ</a> / <a href="/chuyen-muc/van-hoa.htm">Văn hóa</a></div>
<div class="nd-detail"><h1 class="nd-title">{esc(title)}</h1>
<div class="nd-date">Ngày đăng: {dmy(iso)} | {hm(iso)} <span class="nd-views">Lượt xem: {_views(ident)}</span></div>
{sapo_html}<div class="nd-body">{body}</div>{after}</div>"""
    return _layout(title, main)


def _others(ident: int) -> str:
    items = "".join(
        [
            f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></li>'
            for a in NEWS
            if a.extra["id"] != ident
        ][:4]
    )
    return f'<div class="nd-other"><h3>Các tin khác</h3><ul>{items}</ul></div>'


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            body += f'<p style="text-align:center"><img src="{art.image[0]}" alt=""><br><em>{esc(art.image[1])}</em></p>'
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    count = len(COMMENTS) if art is COMMENTED else 0
    after = (
        f'<div class="nd-comment"><a href="{art.path}?view=binh-luan">Ý kiến bạn đọc ({count})</a></div>'
        + _others(ident)
    )
    return _detail(ident, art.title, art.published, art.lead, body, after)


def render_event(rec: tuple) -> str:  # type: ignore[type-arg]
    ident, title, iso, fields = rec
    body = "".join(f"<p><strong>{esc(k)}:</strong> {esc(v)}</p>" for k, v in fields)
    return _detail(ident, title, iso, "", body, _others(ident))


def render_bulletin() -> str:
    ident, title, iso, line = BULLETIN
    body = (
        f'<div class="audio"><audio controls src="/uploads/audio/ban-tin-{ident}.mp3"></audio></div>'
        f"<p>{esc(line)}</p>"
    )
    return _detail(ident, title, iso, "", body, _others(ident))


def render_comments(page: int) -> str:
    art = COMMENTED
    chunk = COMMENTS[(page - 1) * 5 : page * 5]
    items = "".join(
        f'<div class="cmt"><div class="cmt-head"><b>{esc(n)}</b> - <span>{t}</span></div>'
        f'<div class="cmt-text">{esc(x)}</div></div>'
        for n, t, x in chunk
    )
    pager = (
        f'<div class="pager"><a href="{art.path}?view=binh-luan">1</a> '
        f'<a href="{art.path}?view=binh-luan&amp;trang=2">2</a></div>'
    )
    body = f'<p class="cmt-count">Ý kiến bạn đọc ({len(COMMENTS)})</p>{items}{pager}'
    main = f"""<div class="nd-detail"><h1 class="nd-title">{esc(art.title)}</h1>
<div class="nd-date">Ngày đăng: {dmy(art.published)} | {hm(art.published)}</div>
<div class="nd-body">{body}</div><p><a href="{art.path}">Xem bài viết</a></p></div>"""
    return _layout(art.title, main)


def render_category() -> str:
    items = "".join(
        f'<div class="item"><a href="{a.path}"><h3>{esc(a.title)}</h3></a><span>{dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:150])}...</p></div>"
        for a in NEWS
    )
    return _layout("Văn hóa", f'<h2 class="cat-title">Văn hóa</h2>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(NAME, f"<h2>Tin tức - Sự kiện</h2><ul>{items}</ul>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for e in EVENTS:
        out[f"/noi-dung/{e[0]}.htm"] = render_event(e)
    out[f"/noi-dung/{BULLETIN[0]}.htm"] = render_bulletin()
    out[f"{COMMENTED.path}?view=binh-luan"] = render_comments(1)
    out[f"{COMMENTED.path}?view=binh-luan&trang=2"] = render_comments(2)
    out["/chuyen-muc/van-hoa.htm"] = render_category()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files(html_with_files(_html_pages(), ARTICLES), robots=None)
