"""A province's e-portal whose articles sit at dated permalinks ``/<yyyy>/<mm>/<slug>.html``
beside the portal's service pages, each in the same two-column layout with the same headline
and meta row (fresh-J, round 18: pages that look like articles and are not).

- Articles: ``h1.detail-title``, "Ngày đăng: 12/03/2024 | 09:15" in ``p.detail-meta``, the
  sapo in ``p.detail-sapo``, the paragraphs in ``div.detail-body``, the writer bold and
  right-aligned at its end or none. One is a short news item of three sentences.
- Not articles, each under the article's ``h1.detail-title``: search results
  (``/tim-kiem?q=...``: "Tìm thấy 3 kết quả", dated snippets with the words in bold), a tag
  page (``/tag/han-man.html``: three items with long snippets), the month's archive
  (``/2024/03/``), a "Trang đang xây dựng" page served with 200 (``/dich-vu-cong.html``), the
  login page, "Danh sách kênh RSS" (``/rss.html``), a poll's results ("Thăm dò ý kiến": the
  question, five options with votes and percentages, the poll's dates), the chairman's
  profile ("Tiểu sử": born, home town, education, a dated career list; no date of its own:
  a record, not news), the section and the home page.
- A print view ``?view=print`` of an article with no canonical link and no chrome: the same
  article, not a second one (a crawl keeps one row; listed with the non-articles, counted
  by the benchmark as a copy).
- ``/sitemap.xml`` names the articles; robots.txt names it.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY, TEXTS

SITE_ID = "fx-fj-tinh"
NAME = "Cổng thông tin điện tử tỉnh Bình Sơn"


def slug(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _art(key: str, iso: str, **kw: object) -> Art:
    path = f"/{iso[:4]}/{iso[5:7]}/{slug(TEXTS[KEY[key]][0])}.html"
    return Art(KEY[key], path, iso, f"Ngày đăng: {dmy(iso)} | {hm(iso)}", **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fj-tiep-nhan-gao", "2024-03-12T09:15:00+07:00"),
    _art("bt-xam-nhap-man", "2024-03-04T16:40:00+07:00", signature="Minh Khoa", author="Minh Khoa",
         image=("/uploads/2024/03/xam-nhap-man.jpg", "Nông dân xã Tân Thủy bơm nước ngọt trữ vào ao.")),
    _art("bt-khanh-thanh-cau", "2024-03-08T10:00:00+07:00", signature="Thanh Tùng", author="Thanh Tùng"),
    _art("kh-xuc-tien-dau-tu", "2024-03-01T14:30:00+07:00"),
    _art("nbp-cao-toc", "2024-03-14T08:05:00+07:00", signature="Hồng Nhung", author="Hồng Nhung"),
    _art("tg-le-hoi-nghinh-ong", "2024-02-26T07:50:00+07:00",
         image=("/uploads/2024/02/nghinh-ong.jpg", "Đoàn ghe rước kiệu trên sông Cửa Tiền.")),
]  # fmt: skip
CHROME = ["Tin cùng chuyên mục", "Chia sẻ:", "Bản quyền thuộc", "Liên kết website"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
PRINTED = ARTICLES[2]


def _layout(title: str, main: str) -> str:
    side = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
</head><body><div class="wrap"><header class="top"><a class="logo" href="/">{esc(NAME)}</a>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/thoi-su.html">Thời sự</a></li>
<li><a href="/dich-vu-cong.html">Dịch vụ công</a></li><li><a href="/rss.html">RSS</a></li>
<li><a href="/dang-nhap.html">Đăng nhập</a></li></ul>
<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..."></form></header>
<div class="main"><div class="col-left">{main}</div>
<div class="col-right"><div class="box"><h3>Tin cùng chuyên mục</h3><ul>{side}</ul></div>
<div class="box"><h3>Liên kết website</h3><select><option>Chính phủ</option><option>Bộ Nội vụ</option></select></div></div></div>
<footer>Bản quyền thuộc Ủy ban nhân dân tỉnh Bình Sơn. Địa chỉ: 02 Trần Phú, thành phố Bình Sơn.</footer></div></body></html>"""


def _detail(heading: str, meta: str, inner: str) -> str:
    meta_html = f'<p class="detail-meta">{esc(meta)}</p>' if meta else ""
    return f'<div class="detail"><h1 class="detail-title">{esc(heading)}</h1>{meta_html}{inner}</div>'


def _body(art: Art) -> str:
    out = ""
    for i, p in enumerate(art.paragraphs):
        out += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            src, cap = art.image
            out += f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    if art.signature:
        out += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    return out


def render_article(art: Art) -> str:
    inner = (f'<p class="detail-sapo"><strong>{esc(art.lead)}</strong></p><div class="detail-body">{_body(art)}</div>'
             '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> '
             f'<a href="{art.path}?view=print">In bài</a></div>')
    return _layout(art.title, _detail(art.title, art.date_line, inner))


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(art.title)}</title></head>
<body onload="window.print()"><div class="print"><h1>{esc(art.title)}</h1><p>{esc(art.date_line)}</p>
<p><strong>{esc(art.lead)}</strong></p>{_body(art)}</div></body></html>"""


def _teaser(a: Art, text: str) -> str:
    return (f'<div class="result"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
            f"<p>{text}</p></div>")


def render_search() -> str:
    found = [ARTICLES[0], ARTICLES[1], ARTICLES[3]]
    items = "".join(_teaser(a, esc(a.lead).replace("tỉnh", "<b>tỉnh</b>")) for a in found)
    inner = f'<p class="count">Tìm thấy {len(found)} kết quả cho từ khóa "tỉnh"</p>{items}'
    return _layout("Kết quả tìm kiếm", _detail("Kết quả tìm kiếm", "", inner))


def render_tag() -> str:
    tagged = [ARTICLES[1], ARTICLES[0], ARTICLES[5]]
    items = "".join(_teaser(a, esc(a.lead + " " + a.paragraphs[0])) for a in tagged)
    return _layout("Tag: hạn mặn", _detail("Tag: hạn mặn", "", items))


def render_archive() -> str:
    march = [a for a in NEWS if a.published.startswith("2024-03")]
    items = "".join(_teaser(a, esc(a.lead)) for a in march)
    return _layout("Lưu trữ tháng 3/2024", _detail("Lưu trữ tháng 3/2024", "", items))


def render_building() -> str:
    inner = ('<div class="detail-body"><p>Trang đang xây dựng.</p><p>Chức năng này đang được nâng cấp, '
             'mời quý vị quay lại sau hoặc truy cập <a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a>.</p></div>')
    return _layout("Dịch vụ công trực tuyến", _detail("Dịch vụ công trực tuyến", "", inner))


def render_login() -> str:
    inner = ('<form class="login" method="post" action="/dang-nhap.html"><p>Vui lòng đăng nhập để sử dụng các chức năng '
             'dành cho cán bộ, công chức.</p><label>Tên đăng nhập</label><input name="user"><label>Mật khẩu</label>'
             '<input type="password" name="pass"><label><input type="checkbox" name="remember"> Ghi nhớ</label>'
             '<button type="submit">Đăng nhập</button> <a href="/quen-mat-khau.html">Quên mật khẩu?</a></form>')
    return _layout("Đăng nhập", _detail("Đăng nhập hệ thống", "", inner))


_FEEDS = [("Thời sự", "thoi-su"), ("Kinh tế", "kinh-te"), ("Văn hóa - Xã hội", "van-hoa-xa-hoi"),
          ("Chỉ đạo điều hành", "chi-dao-dieu-hanh"), ("Thông báo", "thong-bao"), ("Văn bản mới", "van-ban-moi")]  # fmt: skip


def render_rss() -> str:
    rows = "".join(f'<tr><td>{esc(n)}</td><td><a href="/rss/{s}.rss">/rss/{s}.rss</a></td></tr>' for n, s in _FEEDS)
    inner = ('<div class="detail-body"><p>RSS (Really Simple Syndication) là định dạng dữ liệu giúp bạn đọc nhận tin mới '
             'của Cổng thông tin điện tử tỉnh mà không cần truy cập trang web. Sao chép đường dẫn của kênh vào phần mềm '
             f'đọc tin để đăng ký.</p><table class="rss"><tr><th>Kênh</th><th>Địa chỉ</th></tr>{rows}</table></div>')
    return _layout("Danh sách kênh RSS", _detail("Danh sách kênh RSS", "", inner))


def render_poll() -> str:
    options = [("Rất hài lòng", 412), ("Hài lòng", 538), ("Bình thường", 177), ("Chưa hài lòng", 84), ("Ý kiến khác", 34)]
    total = sum(v for _, v in options)
    rows = "".join(f'<li>{esc(o)}: {v} phiếu ({v * 100 / total:.1f}%)<div class="bar" style="width:{v * 100 // total}%"></div></li>'
                   for o, v in options)
    inner = ('<div class="poll"><p class="question">Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính '
             f'trực tuyến của tỉnh Bình Sơn?</p><ul>{rows}</ul><p>Tổng số phiếu: {total:,}'.replace(",", ".") +
             '</p><p>Thời gian thăm dò: từ 01/02/2024 đến 29/02/2024</p><a href="/">Quay lại</a></div>')
    return _layout("Thăm dò ý kiến", _detail("Kết quả thăm dò ý kiến", "", inner))


def render_leader() -> str:
    career = [
        ("1995 - 2001", "Cán bộ, chuyên viên Sở Kế hoạch và Đầu tư tỉnh Bình Sơn."),
        ("2001 - 2010", "Phó Trưởng phòng, Trưởng phòng Tổng hợp, Sở Kế hoạch và Đầu tư."),
        ("2010 - 2015", "Phó Giám đốc, Giám đốc Sở Kế hoạch và Đầu tư tỉnh Bình Sơn."),
        ("2015 - 2020", "Bí thư Huyện ủy Cồn Tiên; Tỉnh ủy viên."),
        ("2020 - nay", "Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh Bình Sơn nhiệm kỳ 2021 - 2026."),
    ]
    items = "".join(f"<li><strong>{esc(y)}:</strong> {esc(t)}</li>" for y, t in career)
    inner = ('<div class="detail-body"><img src="/uploads/lanh-dao/chu-tich.jpg" alt="Nguyễn Văn Hòa">'
             '<h2>Tiểu sử</h2><p>Họ và tên: Nguyễn Văn Hòa</p><p>Ngày sinh: 14/6/1972</p>'
             '<p>Quê quán: xã Tân Thủy, huyện Cồn Tiên, tỉnh Bình Sơn</p><p>Dân tộc: Kinh</p>'
             '<p>Trình độ chuyên môn: Tiến sĩ Kinh tế; Lý luận chính trị: Cao cấp</p>'
             '<p>Chức vụ hiện nay: Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh</p>'
             f"<h2>Tóm tắt quá trình công tác</h2><ul>{items}</ul></div>")
    return _layout("Đồng chí Nguyễn Văn Hòa", _detail("Đồng chí Nguyễn Văn Hòa - Chủ tịch UBND tỉnh", "", inner))


def render_section() -> str:
    items = "".join(_teaser(a, esc(a.lead[:160]) + "...") for a in NEWS)
    return _layout("Thời sự", f'<h2 class="cat-title">Thời sự</h2>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in NEWS)
    return _layout(NAME, f'<h2>Tin mới</h2><ul class="news">{items}</ul>'
                         '<div class="box"><a href="/tham-do-y-kien/12.html">Thăm dò ý kiến</a> '
                         '<a href="/lanh-dao/chu-tich-ubnd-tinh.html">Lãnh đạo tỉnh</a> <a href="/tag/han-man.html">hạn mặn</a> '
                         '<a href="/2024/03/">Tháng 3/2024</a></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out.update({
        "/": render_home(),
        "/chuyen-muc/thoi-su.html": render_section(),
        "/tim-kiem?q=tinh": render_search(),
        "/tag/han-man.html": render_tag(),
        "/2024/03/": render_archive(),
        "/dich-vu-cong.html": render_building(),
        "/dang-nhap.html": render_login(),
        "/rss.html": render_rss(),
        "/tham-do-y-kien/12.html": render_poll(),
        "/lanh-dao/chu-tich-ubnd-tinh.html": render_leader(),
        PRINTED.path + "?view=print": render_print(PRINTED),
    })  # fmt: skip
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
