"""A provincial department of information and communications on a Bootstrap 3 CMS whose
article element carries mobile-only copies of the headline and the date, a label-less
pointer to another article between the paragraphs, the tools and the share names as
plain-text list items, and a "Tin cùng chuyên mục" heading whose list a script fills
(fresh-AF, round 22: chrome inside or right after the text that earlier chrome sets did not
hold).

- Articles ``/tin-tuc/<slug>-<n>.htm``: ``div.article-detail`` holds the breadcrumb,
  ``h1.title``, ``div.meta`` "Thứ tư, 06/03/2024 - 09:15" and ``div.article-content``, whose
  children are, in order: ``h2.visible-xs`` (the headline again, shown on phones only),
  ``p.visible-xs`` (the date again), the sapo in bold, the paragraphs with pictures and
  captions; after the first paragraph a ``<p>`` holding only a bold link to another article
  of the site (no label); the signature; then ``ul.article-tools`` "Bản in", "Gửi email",
  "Lưu tin" (``<li onclick>``, no links) and ``div.share`` "Chia sẻ" with ``<li>`` "Facebook",
  "Zalo", "Twitter". After the content ``div.same-cat`` holds ``<h3>Tin cùng chuyên mục</h3>``
  and an empty ``div`` a script fills.
- Decoy kept: a paragraph of the writer's that ends with a link to the national service
  portal ("Chi tiết xem tại <a>Cổng Dịch vụ công quốc gia</a>.").
- Truth: the sapo, the paragraphs, the captions, the signature.
- Not articles: the home page, the news section, a dated "Câu hỏi thường gặp" page of four
  numbered questions each with its answer ("Câu hỏi 1: ...?" / "Trả lời: ..."), and a dated
  "Sơ đồ cổng thông tin" page (the portal's sections as nested lists), both in the article
  template.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-faf-stttt"
NAME = "Sở Thông tin và Truyền thông tỉnh Hòa Lĩnh"
_DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def _weekday(iso: str) -> str:
    import datetime

    return _DAYS[datetime.date.fromisoformat(iso[:10]).weekday()]


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> YArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/tin-tuc/{slug}-{ident}.htm", iso, f"{_weekday(iso)}, {dmy(iso)} - {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("hg-nen-tang-du-lieu", "van-hanh-nen-tang-tich-hop-du-lieu", 2231, "2024-03-06T09:15:00+07:00",
         signature="Trung tâm Chuyển đổi số", author="Trung tâm Chuyển đổi số",
         image=("/uploads/2024/03/lgsp.jpg", "Cán bộ Trung tâm giám sát hoạt động của nền tảng.")),
    _art("hg-ky-nang-so", "boi-duong-ky-nang-so-to-cong-nghe", 2228, "2024-03-04T14:30:00+07:00",
         signature="Minh Châu", author="Minh Châu"),
    _art("hg-an-toan-thong-tin", "dien-tap-ung-cuu-su-co", 2225, "2024-03-01T08:00:00+07:00",
         signature="Phòng Bưu chính, Viễn thông và An toàn thông tin",
         author="Phòng Bưu chính, Viễn thông và An toàn thông tin",
         image=("/uploads/2024/03/dien-tap.jpg", "Các đội ứng cứu tham gia diễn tập thực chiến.")),
    _art("hg-wifi-cong-cong", "mo-rong-wifi-cong-cong", 2219, "2024-02-27T10:45:00+07:00",
         signature="Hoài Nam", author="Hoài Nam"),
    _art("hg-chu-ky-so", "cap-chu-ky-so-ca-nhan-mien-phi", 2216, "2024-02-26T16:10:00+07:00",
         signature="Văn phòng Sở", author="Văn phòng Sở",
         extra={"add": (2, "Chi tiết xem tại Cổng Dịch vụ công quốc gia.")}),
    _art("fc-bh-ke-hoach-cds", "ke-hoach-chuyen-doi-so-huyen-bao-ha", 2210, "2024-02-22T15:20:00+07:00",
         signature="Thanh Tùng", author="Thanh Tùng"),
]  # fmt: skip
CHROME = [
    "Bản in", "Gửi email", "Lưu tin", "Chia sẻ", "Facebook", "Zalo", "Twitter", "Tin cùng chuyên mục",
    "Trang chủ", "Tin mới", "Thống kê truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in NEWS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(title)} - {esc(NAME)}</title><link rel="stylesheet" href="/css/bootstrap.min.css"></head><body>
<div class="container"><div class="header"><a href="/"><img src="/images/banner.png" alt="{esc(NAME)}"></a></div>
<nav class="navbar"><ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.htm">Giới thiệu</a></li>
<li><a href="/tin-tuc.htm">Tin tức</a></li><li><a href="/hoi-dap/cau-hoi-thuong-gap-chu-ky-so.htm">Hỏi đáp</a></li>
<li><a href="/so-do-cong.htm">Sơ đồ cổng</a></li></ul></nav>
<div class="row"><div class="col-md-8">{main}</div>
<div class="col-md-4"><div class="box"><h4>Tin mới</h4><ul>{latest}</ul></div>
<div class="box"><h4>Thống kê truy cập</h4><p>Đang truy cập: 37</p><p>Tổng lượt truy cập: 2.871.554</p></div></div></div>
<footer>{esc(NAME)}. Địa chỉ: 12 Nguyễn Trãi, thành phố Hòa Lĩnh. Điện thoại: 0219.3866.120. Email: stttt@hoalinh.gov.vn</footer>
</div><script src="/js/same-cat.js"></script></body></html>"""


def _pointer(art: YArt) -> str:
    other = NEWS[(NEWS.index(art) + 2) % len(NEWS)]
    return f'<p class="related-inline"><a href="{other.path}"><strong>{esc(other.title)}</strong></a></p>'


def render_article(art: YArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = (f'<h2 class="visible-xs title-m">{esc(art.title)}</h2>'
            f'<p class="visible-xs date-m">{dmy(art.published)} {hm(art.published)}</p>')
    text += f"<p><strong>{esc(art.lead)}</strong></p>"
    for k, p in enumerate(art.paragraphs):
        if p.startswith("Chi tiết xem tại "):
            text += '<p>Chi tiết xem tại <a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a>.</p>'
        else:
            text += f"<p>{esc(p)}</p>"
        if k == 0:
            text += _pointer(art)
        if k < len(images):
            src, cap = images[k]
            text += f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'
    if art.signature:
        text += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    text += ('<ul class="article-tools"><li onclick="window.print()">Bản in</li><li onclick="sendMail()">Gửi email</li>'
             '<li onclick="saveNews()">Lưu tin</li></ul>'
             '<div class="share"><span>Chia sẻ</span><ul><li onclick="shareFb()">Facebook</li><li onclick="shareZalo()">Zalo</li>'
             '<li onclick="shareTw()">Twitter</li></ul></div>')
    main = f"""<div class="article-detail"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.htm">Tin tức</a></li></ol>
<h1 class="title">{esc(art.title)}</h1>
<div class="meta">{esc(art.date_line)}</div>
<div class="article-content">{text}</div>
<div class="same-cat"><h3>Tin cùng chuyên mục</h3><div id="same-cat-list" data-cat="3"></div></div>
</div>"""
    return _layout(art.title, main)


def _page(title: str, day: str, body: str) -> str:
    return _layout(title, f"""<div class="article-detail"><h1 class="title">{esc(title)}</h1>
<div class="meta">{esc(day)}</div><div class="article-content">{body}</div></div>""")


_FAQ = (
    ("Chữ ký số cá nhân dùng để làm gì?",
     "Chữ ký số cá nhân dùng để ký điện tử hồ sơ dịch vụ công trực tuyến, hợp đồng và các giao dịch điện tử khác, có giá trị pháp lý như chữ ký tay."),
    ("Đăng ký chữ ký số miễn phí ở đâu?",
     "Người dân đăng ký tại bộ phận một cửa cấp huyện hoặc qua ứng dụng của các nhà cung cấp dịch vụ chứng thực chữ ký số công cộng."),
    ("Cần mang theo giấy tờ gì khi đăng ký?",
     "Người dân mang theo căn cước công dân gắn chip và điện thoại thông minh đã cài ứng dụng ký số."),
    ("Chứng thư số có thời hạn bao lâu?",
     "Chứng thư số được cấp miễn phí có thời hạn ba năm, hết hạn người dân có thể gia hạn trực tuyến."),
)  # fmt: skip


def render_faq() -> str:
    body = "".join(f"<p><strong>Câu hỏi {k}: {esc(q)}</strong></p><p>Trả lời: {esc(a)}</p>"
                   for k, (q, a) in enumerate(_FAQ, 1))
    return _page("Câu hỏi thường gặp về chữ ký số cá nhân", "Thứ hai, 19/02/2024 - 08:00", body)


def render_sitemap() -> str:
    tree = (("Giới thiệu", ("Chức năng, nhiệm vụ", "Cơ cấu tổ chức", "Lãnh đạo Sở")),
            ("Tin tức", ("Chuyển đổi số", "Bưu chính, viễn thông", "Báo chí, xuất bản")),
            ("Văn bản", ("Văn bản chỉ đạo", "Văn bản quy phạm pháp luật")),
            ("Dịch vụ công", ("Thủ tục hành chính", "Tra cứu hồ sơ")), ("Hỏi đáp", ()), ("Liên hệ", ()))
    items = "".join(f"<li>{esc(top)}" + (("<ul>" + "".join(f"<li>{esc(s)}</li>" for s in subs) + "</ul>") if subs else "")
                    + "</li>" for top, subs in tree)
    return _page("Sơ đồ cổng thông tin", "Thứ năm, 04/01/2024 - 10:00", f"<ul class='sitemap'>{items}</ul>")


def render_section() -> str:
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span>{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:160])}...</p></div>" for a in NEWS)
    return _layout("Tin tức", f'<div class="list"><h1>Tin tức</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return _layout(NAME, f'<div class="home"><h2>Tin nổi bật</h2><ul>{items}</ul></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc.htm"] = render_section()
    out["/hoi-dap/cau-hoi-thuong-gap-chu-ky-so.htm"] = render_faq()
    out["/so-do-cong.htm"] = render_sitemap()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
