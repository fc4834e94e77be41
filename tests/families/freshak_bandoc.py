"""A city's portal whose ``div.content-detail`` ends, after the signature, with two links
to other articles without any heading ("► <a>title</a>"), the posting day and time again
("Ngày đăng: dd/mm/yyyy hh:mm" in italics) and the template's sentence naming the article
and its section ("Bạn đang đọc bài viết “<title>” tại chuyên mục ... Mọi thông tin phản ánh
xin gửi về ..."), all inside the text's own element and changing from page to page (fresh-AK,
round 23: per-page chrome inside the body container, which no earlier chrome set held).

- Articles ``/tin-tuc/<slug>-a<n>.html``: ``div.article`` holds ``h1.article-title``,
  ``div.article-meta`` "dd/mm/yyyy hh:mm" and ``div.content-detail``, whose children are the
  sapo in ``p.sapo``, the paragraphs with pictures and captions in ``p.caption``, the
  signature, two ``<p>`` "► <a>another article</a>" (the next two older articles, the newest
  ones for the oldest), ``<p><em>Ngày đăng: dd/mm/yyyy hh:mm</em></p>`` and ``p.note`` "Bạn
  đang đọc bài viết ...".
- Decoy kept: an article's own sentence "Người lao động có thể tra cứu ngày đăng ký ...".
- Truth: the sapo, the paragraphs, the captions, the signature; the two pointers, the
  repeated posting line and the template's sentence are no body. Dates carry the time.
- Not articles: the home page, the news section, and a dated administrative map page (one
  picture and one sentence under the map's title).
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-fak-bandoc"
NAME = "Cổng thông tin điện tử thành phố Vĩnh Thạnh"
SECTION = "Tin tức - Sự kiện"


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> YArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/tin-tuc/{slug}-a{ident}.html", iso, f"{dmy(iso)} {hm(iso)}", extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nl-phien-viec-lam", "phien-giao-dich-viec-lam-thang-3", 20431, "2024-03-13T08:15:00+07:00",
         signature="Hoàng Yến", author="Hoàng Yến",
         image=("/uploads/news/2024/03/viec-lam.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch."),
         extra={"add": (2, "Người lao động có thể tra cứu ngày đăng ký phỏng vấn trên trang của Trung tâm Dịch vụ việc làm.")}),
    _art("nl-xuat-khau-lao-dong", "dua-420-lao-dong-di-lam-viec-nuoc-ngoai", 20422, "2024-03-10T15:40:00+07:00",
         signature="Phòng Lao động - Thương binh và Xã hội", author="Phòng Lao động - Thương binh và Xã hội"),
    _art("nl-nguoi-co-cong", "ra-soat-so-hoa-ho-so-nguoi-co-cong", 20410, "2024-03-06T09:05:00+07:00",
         signature="Thanh Bình", author="Thanh Bình"),
    _art("nl-tre-em-den-truong", "ho-tro-200-tre-em-tiep-tuc-den-truong", 20398, "2024-03-02T10:30:00+07:00",
         signature="Mỹ Duyên", author="Mỹ Duyên",
         image=("/uploads/news/2024/03/den-truong.jpg", "Trao học bổng cho học sinh có hoàn cảnh đặc biệt.")),
    _art("nl-dao-tao-nghe", "dao-tao-nghe-cho-lao-dong-nong-thon", 20385, "2024-02-27T14:20:00+07:00",
         signature="Quốc Việt", author="Quốc Việt"),
    _art("nl-bao-hiem-that-nghiep", "hon-2300-nguoi-huong-tro-cap-that-nghiep", 20371, "2024-02-23T07:50:00+07:00",
         signature="Bảo hiểm xã hội thành phố", author="Bảo hiểm xã hội thành phố"),
]  # fmt: skip
CHROME = ["►", "Ngày đăng:", "Bạn đang đọc", "Mọi thông tin phản ánh", "Tin đọc nhiều", "Thông tin cần biết"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[1:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>
<div class="header"><a href="/" class="brand">{esc(NAME)}</a></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc">{esc(SECTION)}</a> <a href="/ban-do-hanh-chinh">Bản đồ hành chính</a></div>
<div class="wrap"><div class="main">{main}</div>
<div class="side"><div class="side-box"><div class="side-title">Tin đọc nhiều</div><ul>{most}</ul></div>
<div class="side-box"><div class="side-title">Thông tin cần biết</div><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></div></div></div>
<div class="footer">Bản quyền thuộc {esc(NAME)}. Chịu trách nhiệm chính: Chánh Văn phòng UBND thành phố. Điện thoại: 0270.3822.515</div></body></html>"""


def render_article(art: YArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = f'<p class="sapo">{esc(art.lead)}</p>'
    for k, p in enumerate(art.paragraphs):
        text += f"<p>{esc(p)}</p>"
        if k < len(images):
            src, cap = images[k]
            text += f'<p style="text-align:center"><img src="{src}" alt=""></p><p class="caption">{esc(cap)}</p>'
    if art.signature:
        text += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    k = NEWS.index(art)
    others = (NEWS[k + 1 :] + NEWS[:k])[:2]
    text += "".join(f'<p>► <a href="{o.path}">{esc(o.title)}</a></p>' for o in others)
    text += (f"<p><em>Ngày đăng: {dmy(art.published)} {hm(art.published)}</em></p>"
             f'<p class="note">Bạn đang đọc bài viết “{esc(art.title)}” tại chuyên mục {esc(SECTION)} của {esc(NAME)}. '
             "Mọi thông tin phản ánh xin gửi về hộp thư banbientap@vinhthanh.gov.vn.</p>")
    main = f"""<div class="article"><h1 class="article-title">{esc(art.title)}</h1>
<div class="article-meta">{esc(art.date_line)}</div>
<div class="content-detail">{text}</div></div>"""
    return _layout(art.title, main)


def render_map() -> str:
    main = """<div class="article"><h1 class="article-title">Bản đồ hành chính thành phố Vĩnh Thạnh</h1>
<div class="article-meta">05/01/2024 09:00</div>
<div class="content-detail"><p style="text-align:center"><img src="/uploads/ban-do/ban-do-hanh-chinh-2024.jpg" alt=""></p>
<p>Bản đồ hành chính thành phố Vĩnh Thạnh sau sắp xếp đơn vị hành chính cấp xã, gồm 9 phường và 4 xã.</p></div></div>"""
    return _layout("Bản đồ hành chính thành phố Vĩnh Thạnh", main)


def render_section() -> str:
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span>{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout(SECTION, f'<div class="list"><h1>{esc(SECTION)}</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return _layout(NAME, f'<div class="home"><h2>Tin nổi bật</h2><ul>{items}</ul></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc"] = render_section()
    out["/ban-do-hanh-chinh"] = render_map()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
