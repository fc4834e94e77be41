"""A provincial radio and television station's news portal whose markup dates disagree: an
``og:updated_time`` before ``article:published_time``, a JSON-LD ``dateModified`` before its
``datePublished``, UTC values, a visible update over a published time only in meta, a dated
strip of the category's newer posts above the headline, today's date and a countdown in every
page's header (fresh-O, round 19: decoy dates).

Built in round 19 as a fresh family (``FRESH_O``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, 20/03/2024" and "Còn 48 ngày đến Kỷ niệm 70 năm Chiến thắng
  Điện Biên Phủ (07/5/1954 - 07/5/2024)"; the side column's "Lịch phát sóng" for today.
- Articles ``/tin-tuc/<slug>-<id>.htm``. Meta in the head, in this order: ``og:updated_time``
  (later), then ``article:published_time`` (the truth), sometimes ``article:modified_time``;
  a UTC ``Z`` value on one. Shown: nothing (the day only in meta, the lead opening with the
  event's day); "Cập nhật: 09/03/2024 10:12" only; "Thứ Năm, 07/03/2024" (the time only in a
  JSON-LD ``datePublished`` after its ``dateModified``); "Thứ Hai, 11/03/2024 - 08:05" under a
  strip of three newer posts with their days; "Bài, ảnh: Minh Đức - 14/03/2024 19:45 | Lượt
  xem: 320" (only ``og:updated_time`` in meta).
- Not articles: the home page, the news category, today's programme schedule, "Giới thiệu".
"""

from __future__ import annotations

import json

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.fresho_common import OArt, weekday
from tests.families.texts import KEY

SITE_ID = "fx-fo-meta"
NAME = "Đài Phát thanh và Truyền hình tỉnh Hòa Lĩnh"
TODAY = "Thứ Tư, 20/03/2024"
COUNTDOWN = "Còn 48 ngày đến Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ (07/5/1954 - 07/5/2024)"


def _art(key: str, ident: int, slug: str, iso: str, form: str, line: str, **kw: object) -> OArt:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return OArt(KEY[key], f"/tin-tuc/{slug}-{ident}.htm", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("hg-nen-tang-du-lieu", 20417, "van-hanh-nen-tang-tich-hop-chia-se-du-lieu", "2024-03-05T08:00:00+07:00", "none", "",
         extra={"og_updated": "2024-03-09T10:00:00+07:00", "published_meta": "2024-03-05T08:00:00+07:00"}),
    _art("hg-ky-nang-so", 20422, "boi-duong-ky-nang-so-to-cong-nghe-so", "2024-03-06T07:45:00+07:00", "updated",
         "Cập nhật: 09/03/2024 10:12", updated="2024-03-09T10:12:00+07:00", signature="Thu Hiền", author="Thu Hiền",
         extra={"og_updated": "2024-03-09T10:12:00+07:00", "published_meta": "2024-03-06T07:45:00+07:00",
                "modified_meta": "2024-03-09T10:12:00+07:00"}),
    _art("hg-an-toan-thong-tin", 20431, "dien-tap-ung-cuu-su-co-an-toan-thong-tin", "2024-03-07T14:30:00+07:00", "jsonld",
         f"{weekday('2024-03-07')}, 07/03/2024", signature="Quốc Việt", author="Quốc Việt",
         extra={"og_updated": "2024-03-10T09:00:00+07:00", "ld": ("2024-03-10T09:00:00+07:00", "2024-03-07T14:30:00+07:00")}),
    _art("pm-tiep-cong-dan", 20458, "chu-tich-ubnd-phuong-tiep-cong-dan-dinh-ky", "2024-03-15T06:30:00+07:00", "none", "",
         extra={"og_updated": "2024-03-16T11:05:00+07:00", "published_meta": "2024-03-15T06:30:00+07:00"}),
    _art("hg-wifi-cong-cong", 20440, "mo-rong-wifi-cong-cong-tai-diem-du-lich", "2024-03-11T08:05:00+07:00", "strip",
         f"{weekday('2024-03-11')}, 11/03/2024 - 08:05", signature="Thu Hiền", author="Thu Hiền",
         extra={"og_updated": "2024-03-13T09:00:00Z", "published_meta": "2024-03-11T01:05:00Z"}),
    _art("nl-dao-tao-nghe", 20451, "dao-tao-nghe-cho-lao-dong-nong-thon", "2024-03-14T19:45:00+07:00", "byline",
         "Bài, ảnh: Minh Đức - 14/03/2024 19:45 | Lượt xem: 320", author="Minh Đức",
         image=("/media/2024/03/dao-tao-nghe.jpg", "Học viên lớp sửa chữa máy nông nghiệp thực hành tại xưởng."),
         extra={"og_updated": "2024-03-18T08:00:00+07:00"}),
]  # fmt: skip
CHROME = ["Tin cùng chuyên mục", "Tin đọc nhiều", "Lịch phát sóng", "Còn 48 ngày", "Lượt xem", "Bản quyền",
          "Chia sẻ", TODAY]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
NEWER = [("Khai trương điểm phát wifi miễn phí tại chợ đêm Hòa Lĩnh", "18/03/2024"),
         ("Hòa Lĩnh xếp thứ 12 cả nước về chỉ số chuyển đổi số", "16/03/2024"),
         ("Tuyển chọn 50 doanh nghiệp số tiêu biểu năm 2024", "15/03/2024")]  # fmt: skip
SCHEDULE = [("05:30", "Chào ngày mới"), ("06:00", "Thời sự sáng"), ("11:30", "Thời sự trưa"),
            ("19:45", "Thời sự Hòa Lĩnh"), ("21:00", "Phim truyện: Đất và người")]  # fmt: skip


def _head_meta(art: OArt) -> str:
    x = art.extra
    out = f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(art.title)}">'
    if x.get("og_updated"):
        out += f'<meta property="og:updated_time" content="{x["og_updated"]}">'
    if x.get("published_meta"):
        out += f'<meta property="article:published_time" content="{x["published_meta"]}">'
    if x.get("modified_meta"):
        out += f'<meta property="article:modified_time" content="{x["modified_meta"]}">'
    if x.get("ld"):
        modified, published = x["ld"]
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "dateModified": modified, "datePublished": published, "publisher": {"@type": "Organization", "name": NAME}}
        out += f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
    return out


def _layout(main: str, title: str, head: str = "") -> str:
    popular = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{dmy(a.published)}</span></li>' for a in NEWS[:4])
    schedule = "".join(f"<li><b>{t}</b> {esc(p)}</li>" for t, p in SCHEDULE)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | HLTV</title>{head}
<link rel="stylesheet" href="/assets/css/main.css"></head><body>
<header class="site-header"><div class="date-now">{TODAY}</div><div class="countdown">{esc(COUNTDOWN)}</div>
<a class="logo" href="/"><img src="/assets/img/logo-hltv.png" alt="HLTV"></a>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc/">Tin tức</a> <a href="/lich-phat-song.htm">Lịch phát sóng</a> <a href="/gioi-thieu.htm">Giới thiệu</a></nav></header>
<div class="wrap"><div class="main">{main}</div>
<aside class="side"><div class="widget"><h4>Tin đọc nhiều</h4><ul>{popular}</ul></div>
<div class="widget"><h4>Lịch phát sóng {TODAY}</h4><ul>{schedule}</ul></div></aside></div>
<footer><p>Bản quyền thuộc Đài Phát thanh và Truyền hình tỉnh Hòa Lĩnh</p><p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/5/2021</p></footer>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(cap)}</figcaption></figure>'


def render_article(art: OArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p class="author" style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    strip = ""
    if form == "strip":
        items = "".join(f'<li><a href="/tin-tuc/tin-{i}.htm">{esc(t)}</a> <span class="time">{d}</span></li>' for i, (t, d) in enumerate(NEWER))
        strip = f'<div class="same-cat"><h4>Tin cùng chuyên mục</h4><ul>{items}</ul></div>'
    line = f'<div class="meta"><span class="date">{esc(art.date_line)}</span></div>' if art.date_line else ""
    main = (f'{strip}<article class="detail"><h1 class="detail-title">{esc(art.title)}</h1>{line}'
            f'<div class="detail-sapo">{esc(art.lead)}</div><div class="detail-content">{body}</div>'
            '<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div></article>')
    return _layout(main, art.title, _head_meta(art))


def render_listing() -> str:
    rows = "".join(f'<div class="story"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)} {hm(a.published)}</span>'
                   f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout(f'<h1 class="cat">Tin tức</h1>{rows}', "Tin tức")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<div class="home"><h2>Tin mới nhất</h2><ul>{rows}</ul></div>', NAME)


def render_schedule() -> str:
    rows = "".join(f"<tr><td>{t}</td><td>{esc(p)}</td></tr>" for t, p in SCHEDULE)
    return _layout(f'<h1>Lịch phát sóng kênh HLTV ngày 20/03/2024</h1><table class="lps">{rows}</table>', "Lịch phát sóng")


def render_about() -> str:
    text = ("Đài Phát thanh và Truyền hình tỉnh Hòa Lĩnh được thành lập ngày 1 tháng 7 năm 1997 trên cơ sở hợp nhất Đài Phát thanh và Đài Truyền hình tỉnh.",
            "Đài phát sóng kênh truyền hình HLTV 24 giờ mỗi ngày và kênh phát thanh FM 96,5 MHz, phủ sóng toàn tỉnh và các tỉnh lân cận.")
    return _layout('<h1>Giới thiệu</h1>' + "".join(f"<p>{esc(t)}</p>" for t in text), "Giới thiệu")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc/"] = render_listing()
    out["/lich-phat-song.htm"] = render_schedule()
    out["/gioi-thieu.htm"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /cms/\n")
