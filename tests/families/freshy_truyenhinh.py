"""A provincial radio and television station's portal whose article text carries the
station's players: a text-to-speech bar written as spans, ``<noscript>`` notes, a
``<video>``, an ``<audio>`` and an ``<iframe>`` with their fallback text (fresh-Y, round 21:
chrome kinds the earlier chrome sets did not hold).

- Articles ``/<section>/<slug>-<n>.htm``: ``div.detail`` holds ``h1.detail-title``, the date
  row "Thứ Ba, 05/03/2024 - 08:30" and ``div.detail-content``, the text's element, whose
  children are, in order: the listen bar as plain spans ("Nghe đọc bài", "Giọng nữ miền Bắc",
  "Tốc độ đọc: 1.0x", "Đang tải audio..."), a ``<noscript>`` "Vui lòng bật JavaScript để
  nghe đọc bài viết.", the sapo in ``p.sapo``, the paragraphs; after the first, on the
  news reports, a ``<video>`` whose fallback is "Trình duyệt của bạn không hỗ trợ video HTML5.
  Tải video về máy." and its caption in ``p.video-caption`` (kept: the article's own);
  on the radio reports an ``<audio>`` with "Trình duyệt của bạn không hỗ trợ phát âm thanh."
  and a caption "Bản tin phát thanh: ..." (kept); on two articles an ``<iframe>`` of the
  station's channel with "Trình duyệt của bạn không hỗ trợ khung nhúng." and a
  ``<noscript>`` under it; the signature right-aligned. After the text in the same element:
  "Tags: a, b" and a plain "Lượt nghe: N | Lượt xem video: N" row.
- Decoys kept: real sentences about the station's videos and recordings ("Khán giả có thể
  xem lại video ...", "... bản ghi âm được phát lại ...").
- Truth: the sapo, the paragraphs (decoys included), the captions, the signature.
- Not articles: the home page, two sections and the station's schedule page
  ``/lich-phat-song.htm`` (an hourly table).
- ``/sitemap.xml`` names the articles; robots.txt points to it.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-fy-truyenhinh"
NAME = "Đài Phát thanh và Truyền hình tỉnh Vân Sơn"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_TS = ("thoi-su", "Thời sự")
_VH = ("van-hoa", "Văn hóa - Xã hội")


def _date_line(iso: str) -> str:
    from datetime import date

    return f"{_DAYS[date.fromisoformat(iso[:10]).weekday()]}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, section: tuple[str, str], slug: str, ident: int, iso: str, **kw: object) -> YArt:
    extra = {"id": ident, "section": section, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/{section[0]}/{slug}-{ident}.htm", iso, _date_line(iso), extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("vl-video-chay-rung", _TS, "chu-dong-phong-chay-rung", 20731, "2024-03-05T08:30:00+07:00",
         signature="Minh Khoa - Hải Yến", author="Minh Khoa, Hải Yến",
         image=("/media/2024/03/chay-rung.mp4", "Lực lượng kiểm lâm tuần tra trên các tuyến rừng trọng điểm."),
         extra={"media": "video", "iframe": True,
                "add": (3, "Khán giả có thể xem lại video toàn bộ buổi diễn tập trên kênh truyền hình của Đài.")}),
    _art("vl-video-lop-hoc", _VH, "lop-hoc-tinh-thuong", 20718, "2024-03-01T15:10:00+07:00",
         signature="Thu Hà", author="Thu Hà",
         image=("/media/2024/03/lop-hoc.mp4", "Giờ học buổi tối của lớp học tình thương."),
         extra={"media": "video"}),
    _art("pl-phat-thanh-co-so", _TS, "nang-cap-truyen-thanh-co-so", 20725, "2024-03-04T10:00:00+07:00",
         signature="Quang Vinh", author="Quang Vinh",
         image=("/media/2024/03/truyen-thanh.mp3", "Bản tin phát thanh: Truyền thanh cơ sở ứng dụng công nghệ số."),
         extra={"media": "audio",
                "add": (2, "Các bản ghi âm được phát lại trên hệ thống loa của từng thôn vào buổi sáng và buổi chiều.")}),
    _art("pl-lien-hoan-dan-ca", _VH, "lien-hoan-dan-ca-lan-thu-v", 20740, "2024-03-10T21:15:00+07:00",
         signature="Hải Yến", author="Hải Yến",
         image=("/media/2024/03/dan-ca.mp4", "Tiết mục hát then của đội văn nghệ xã Nậm Cang."),
         extra={"media": "video", "iframe": True}),
    _art("svh-le-hoi-den", _VH, "khai-mac-le-hoi-den", 20722, "2024-03-04T07:45:00+07:00",
         image=("/media/2024/03/le-hoi.mp3", "Bản tin phát thanh: Khai mạc lễ hội đền Bà Chúa Kho."),
         extra={"media": "audio"}),
    _art("nbp-ky-hop-hdnd", _TS, "ky-hop-chuyen-de-hdnd", 20727, "2024-03-04T17:20:00+07:00",
         signature="Minh Khoa", author="Minh Khoa"),
]  # fmt: skip
CHROME = [
    "Nghe đọc bài", "Giọng nữ miền Bắc", "Tốc độ đọc", "Đang tải audio", "bật JavaScript", "không hỗ trợ",
    "Tải video về máy", "Tags:", "Lượt nghe", "Lượt xem video", "Lịch phát sóng", "Xem nhiều",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
_TAGS = ("phòng cháy rừng", "truyền thanh cơ sở", "văn hóa dân tộc", "Hội đồng nhân dân", "lễ hội", "giáo dục")


def _layout(title: str, main: str) -> str:
    popular = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/tts.js"></script></head><body>
<header class="site-header"><a href="/" class="logo"><img src="/static/img/logo.png" alt="{esc(NAME)}"></a>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/van-hoa.htm">Văn hóa - Xã hội</a></li>
<li><a href="/lich-phat-song.htm">Lịch phát sóng</a></li><li><a href="/truyen-hinh-truc-tuyen.htm">Truyền hình trực tuyến</a></li></ul></nav></header>
<main class="wrap"><div class="col-main">{main}</div>
<aside class="col-side"><div class="box"><div class="box-title">Xem nhiều</div><ul>{popular}</ul></div>
<div class="box"><div class="box-title">Lịch phát sóng</div><p><a href="/lich-phat-song.htm">Lịch phát sóng hôm nay</a></p></div></aside></main>
<footer><p>{esc(NAME)}</p><p>Giấy phép số 125/GP-BTTTT. Địa chỉ: 8 Trần Phú, thành phố Vân Sơn. Điện thoại: 0215.3852.110</p></footer>
</body></html>"""


def _media(art: YArt) -> str:
    assert art.image
    src, cap = art.image
    ident = art.extra["id"]
    if art.extra["media"] == "video":
        player = (f'<div class="video-box"><video controls preload="none" width="640" poster="/media/poster/{ident}.jpg">'
                  f'<source src="{src}" type="video/mp4">Trình duyệt của bạn không hỗ trợ video HTML5. '
                  f'<a href="{src}">Tải video về máy</a>.</video></div>')
    else:
        player = (f'<div class="audio-box"><audio controls preload="none"><source src="{src}" type="audio/mpeg">'
                  "Trình duyệt của bạn không hỗ trợ phát âm thanh.</audio></div>")
    return player + f'<p class="video-caption"><em>{esc(cap)}</em></p>'


def render_article(art: YArt) -> str:
    ident = art.extra["id"]
    text = ('<div class="tts-bar"><span class="tts-icon"></span><span class="tts-label">Nghe đọc bài</span> '
            '<span class="tts-voice">Giọng nữ miền Bắc</span> <span class="tts-speed">Tốc độ đọc: 1.0x</span> '
            '<span class="tts-status">Đang tải audio...</span></div>'
            "<noscript>Vui lòng bật JavaScript để nghe đọc bài viết.</noscript>")
    text += f'<p class="sapo"><strong>{esc(art.lead)}</strong></p>'
    for k, p in enumerate(art.paragraphs):
        text += f"<p>{esc(p)}</p>"
        if k == 0 and art.image:
            text += _media(art)
        if k == 1 and art.extra.get("iframe"):
            text += ('<div class="embed"><iframe src="https://www.youtube.com/embed/vs' + str(ident) + '" width="640" '
                     'height="360" frameborder="0" allowfullscreen>Trình duyệt của bạn không hỗ trợ khung nhúng.</iframe>'
                     "<noscript>Video cần JavaScript để phát. Vui lòng bật JavaScript.</noscript></div>")
    if art.signature:
        text += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    tags = ", ".join(f'<a href="/tag/{ident % 97}-{i}.htm">{esc(t)}</a>' for i, t in enumerate(_TAGS[ident % 3:ident % 3 + 2]))
    text += f'<div class="tags">Tags: {tags}</div>'
    text += f'<div class="stat">Lượt nghe: {ident % 300} | Lượt xem video: {ident % 1000}</div>'
    section = art.extra["section"]
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{section[0]}.htm">{esc(section[1])}</a></div>
<div class="detail">
<h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-time">{esc(art.date_line)}</div>
<div class="detail-content">{text}</div>
</div>"""
    return _layout(art.title, main)


def render_section(section: tuple[str, str]) -> str:
    arts = [a for a in NEWS if a.extra["section"] == section]
    items = "".join(f'<div class="item"><a href="{a.path}"><img src="/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><div class="time">{dmy(a.published)} {hm(a.published)}</div>'
                    f"<p>{esc(a.lead[:140])}...</p></div>" for a in arts)
    return _layout(section[1], f'<div class="list"><h1 class="list-title">{esc(section[1])}</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span></li>' for a in NEWS)
    return _layout(NAME, f'<div class="home"><h2>Tin mới</h2><ul>{items}</ul>'
                         '<div class="live"><video controls src="/live/vstv.m3u8">Trình duyệt của bạn không hỗ trợ video HTML5.'
                         "</video></div></div>")


def render_schedule() -> str:
    rows = "".join(f"<tr><td>{h:02d}:00</td><td>{esc(p)}</td></tr>" for h, p in (
        (6, "Thời sự buổi sáng"), (9, "Phim truyện"), (11, "Thời sự buổi trưa"), (14, "Văn hóa dân tộc"),
        (17, "Thiếu nhi"), (19, "Thời sự tối"), (21, "Ca nhạc")))
    return _layout("Lịch phát sóng", f'<div class="detail"><h1 class="detail-title">Lịch phát sóng</h1>'
                                      f'<table class="schedule"><tr><th>Giờ</th><th>Chương trình</th></tr>{rows}</table></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/thoi-su.htm"] = render_section(_TS)
    out["/van-hoa.htm"] = render_section(_VH)
    out["/lich-phat-song.htm"] = render_schedule()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
