"""A province's culture and tourism news portal (a newspaper-style CMS) whose article block
carries a news ticker, a cookie notice, advertising banners and an in-body related table
between the paragraphs (fresh-K, round 18: chrome that leaks into the body).

- Articles ``/van-hoa-du-lich/<slug>-a<n>.htm``: in ``div.article``: a ticker "Tin mới:"
  with three other articles' links in a ``<marquee>``; ``h1.article-title``; "Thứ Ba,
  05/03/2024 08:30 (GMT+7)" in ``div.article-date``; a listen bar (an ``<audio>`` element, the
  label "Nghe bài viết" and "Giọng đọc: Nữ miền Nam"); the sapo in ``h2.sapo``; the text in
  ``div.article-body``: paragraphs, pictures in the newspapers' ``table.image`` with the caption
  in ``td.image-desc`` (the article's own: kept), after the first paragraph an advertising
  block ("QUẢNG CÁO" over a linked banner image), after the second a ``table.related-news``
  "Tin liên quan" with two other articles as "» title (dd/mm/yyyy)" rows, and on two articles
  in three a paragraph "Xem thêm: <a>one</a>; <a>another</a>" (two pointers on one line) in
  italics; the author's name in bold closing the text. After the text, in the block: "Lượt
  xem: 1.234 | Thích 12 Chia sẻ | Trở về đầu trang", "Bản in | Gửi email | Quay lại", a real
  ``<form>`` ("Ý kiến của bạn", "Họ và tên (*)", "Email (*)", "Nhập mã xác nhận", "Gửi ý
  kiến", "Nhập lại"), "Ý kiến bạn đọc (0)", then a cookie notice "Trang web sử dụng cookies
  để nâng cao trải nghiệm người dùng. Đồng ý".
- Truth: the sapo, paragraphs, captions and the closing name. The related table, the
  pointers, the ad and everything listed above are chrome.
- Not articles: the section ``/van-hoa-du-lich.htm``, the home page and ``/lien-he.htm``.
- ``/sitemap.xml`` names the articles; robots.txt names it.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fk-dulich"
NAME = "Báo điện tử Văn hóa - Du lịch Tây Giang"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    from datetime import date

    day = _DAYS[date.fromisoformat(iso[:10]).weekday()]
    return Art(KEY[key], f"/van-hoa-du-lich/{slug}-a{ident}.htm", iso, f"{day}, {dmy(iso)} {hm(iso)} (GMT+7)",
               extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tg-le-hoi-nghinh-ong", "le-hoi-nghinh-ong-2024", 88412, "2024-03-10T19:20:00+07:00", signature="Kim Ngân",
         author="Kim Ngân", image=("/Uploaded/2024/3/nghinh-ong-1.jpg", "Đoàn ghe rước Ông trên biển Vàm Đình."),
         more_images=(("/Uploaded/2024/3/nghinh-ong-2.jpg", "Du khách xem hát bội tại lăng Ông Nam Hải."),)),
    _art("tg-bao-tang-trung-bay", "trung-bay-gom-co-vung-song-nuoc", 88390, "2024-03-05T08:30:00+07:00",
         signature="Hoài Thương", author="Hoài Thương",
         image=("/Uploaded/2024/3/gom-co.jpg", "Hiện vật gốm Lái Thiêu tại phòng trưng bày chuyên đề.")),
    _art("tg-khach-du-lich-tet", "don-210000-luot-khach-dip-tet", 88301, "2024-02-16T10:05:00+07:00",
         signature="Kim Ngân", author="Kim Ngân"),
    _art("tg-tap-huan-thu-vien", "tap-huan-nghiep-vu-thu-vien", 88405, "2024-03-08T15:40:00+07:00",
         image=("/Uploaded/2024/3/tap-huan-thu-vien.jpg", "Học viên thực hành phân loại tài liệu tại Thư viện tỉnh.")),
    _art("vl-le-hoi-hoa-dao", "khai-mac-le-hoi-hoa-dao", 88409, "2024-03-09T21:15:00+07:00", signature="Đình Phong",
         author="Đình Phong", image=("/Uploaded/2024/3/hoa-dao.jpg", "Màn múa khèn của các nghệ nhân dân tộc Mông.")),
    _art("ln-hoi-cho", "hoi-cho-lang-nghe-nong-thon", 88398, "2024-03-07T11:00:00+07:00", signature="Hoài Thương",
         author="Hoài Thương"),
]  # fmt: skip
CHROME = [
    "Tin mới:", "Nghe bài viết", "Giọng đọc", "QUẢNG CÁO", "Tin liên quan", "Xem thêm", "Lượt xem", "Thích ",
    "Chia sẻ", "Trở về đầu trang", "Bản in", "Gửi email", "Quay lại", "Ý kiến của bạn", "Họ và tên", "Email (*)",
    "mã xác nhận", "Gửi ý kiến", "Nhập lại", "Ý kiến bạn đọc", "cookies", "Đồng ý", "Đọc nhiều",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[1:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta property="og:site_name" content="{esc(NAME)}"></head><body>
<div id="header"><a href="/" class="logo">{esc(NAME)}</a><div class="menu"><a href="/">Trang chủ</a>
<a href="/van-hoa-du-lich.htm">Văn hóa - Du lịch</a> <a href="/lien-he.htm">Liên hệ</a></div></div>
<div id="wrapper"><div class="col-left">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Đọc nhiều</div><ul>{most}</ul></div>
<div class="banner-right"><a href="http://quangcao.example/3"><img src="/banners/right.gif" alt=""></a></div></div></div>
<div id="footer">© {esc(NAME)}. Giấy phép số 12/GP-BTTTT. Tòa soạn: 20 Hùng Vương, thành phố Tây Giang.</div>
</body></html>"""


def _others(art: Art, n: int) -> list[Art]:
    i = NEWS.index(art)
    return [NEWS[(i + k) % len(NEWS)] for k in range(1, n + 1)]


def _image(src: str, cap: str) -> str:
    return (f'<table class="image center" align="center"><tbody><tr><td><img src="{src}" alt="{esc(cap)}"></td></tr>'
            f'<tr><td class="image-desc">{esc(cap)}</td></tr></tbody></table>')


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    others = _others(art, 5)
    views = f"{1200 + (ident * 31) % 6000:,}".replace(",", ".")
    ticker = " ".join(f'<a href="{a.path}">{esc(a.title)}</a>' for a in others[2:5])
    body = ""
    for i, p in enumerate(art.paragraphs):
        if i == len(art.paragraphs) - 1 and ident % 3 != 0:
            body += (f'<p><em>Xem thêm: <a href="{others[3].path}">{esc(others[3].title)}</a>; '
                     f'<a href="{others[4].path}">{esc(others[4].title)}</a></em></p>')
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += _image(*images[i])
        if i == 0:
            body += ('<div class="ads-inread"><div class="ads-label">QUẢNG CÁO</div>'
                     f'<a href="http://quangcao.example/{ident % 5}" target="_blank"><img src="/banners/inread-{ident % 5}.jpg" alt=""></a></div>')
        if i == 1:
            rows = "".join(f'<tr><td>» <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</td></tr>' for a in others[:2])
            body += f'<table class="related-news" align="right"><tbody><tr><th>Tin liên quan</th></tr>{rows}</tbody></table>'
    if art.signature:
        body += f"<p><b>{esc(art.signature)}</b></p>"
    main = f"""<div class="article">
<div class="ticker"><span class="ticker-label">Tin mới:</span><marquee scrollamount="3">{ticker}</marquee></div>
<h1 class="article-title">{esc(art.title)}</h1>
<div class="article-date">{esc(art.date_line)}</div>
<div class="listen"><audio controls src="/audio/{ident}.mp3"></audio><span class="listen-label">Nghe bài viết</span>
<span class="voice">Giọng đọc: Nữ miền Nam</span></div>
<h2 class="sapo">{esc(art.lead)}</h2>
<div class="article-body">{body}</div>
<div class="article-foot"><span>Lượt xem: {views}</span> | <a href="#" class="like">Thích {ident % 23}</a> <a href="#" class="share">Chia sẻ</a> | <a href="#top">Trở về đầu trang</a></div>
<div class="article-tools"><a href="/print/{ident}.htm">Bản in</a> | <a href="/send/{ident}.htm">Gửi email</a> | <a href="javascript:history.go(-1)">Quay lại</a></div>
<form class="comment" method="post" action="/comment/{ident}.htm"><div class="comment-title">Ý kiến của bạn</div>
<table><tr><td>Họ và tên (*)</td><td><input name="ten"></td></tr><tr><td>Email (*)</td><td><input name="email"></td></tr>
<tr><td colspan="2"><textarea name="noidung"></textarea></td></tr>
<tr><td>Nhập mã xác nhận</td><td><input name="captcha"> <img src="/captcha.ashx" alt=""></td></tr>
<tr><td colspan="2"><input type="submit" value="Gửi ý kiến"> <input type="reset" value="Nhập lại"> <span class="btn">Gửi ý kiến</span> <span class="btn">Nhập lại</span></td></tr></table></form>
<div class="comment-count">Ý kiến bạn đọc (0)</div>
<div class="cookie-notice">Trang web sử dụng cookies để nâng cao trải nghiệm người dùng. <a href="#" class="btn-accept">Đồng ý</a></div>
</div>"""
    return _layout(art.title, main)


def render_section() -> str:
    items = "".join(f'<div class="story"><a href="{a.path}"><img src="/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3 class="story-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                    f'<div class="story-date">{dmy(a.published)}</div><p>{esc(a.lead[:150])}...</p></div>' for a in NEWS)
    return _layout("Văn hóa - Du lịch", f'<h1 class="cat">Văn hóa - Du lịch</h1>{items}')


def render_home() -> str:
    top = NEWS[0]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[1:])
    return _layout(NAME, f'<div class="top-story"><h2><a href="{top.path}">{esc(top.title)}</a></h2>'
                         f"<p>{esc(top.lead)}</p></div><ul class=\"news\">{items}</ul>")


def render_contact() -> str:
    return _layout("Liên hệ", '<div class="article"><h1 class="article-title">Liên hệ tòa soạn</h1><div class="article-body">'
                   "<p>Tòa soạn: 20 Hùng Vương, thành phố Tây Giang.</p><p>Điện thoại: 0273.3872.555 - Fax: 0273.3872.556</p>"
                   "<p>Thư điện tử: toasoan@vhdl-taygiang.example</p></div></div>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/van-hoa-du-lich.htm"] = render_section()
    out["/lien-he.htm"] = render_contact()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /print/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
