"""A commune's portal on a provincial shared platform whose article element ends with a row
of hashtag links without a label, a read count spelled "Lượt đọc", a "Báo lỗi bài viết"
link, the platform's app promotion and a newsletter sign-up box (fresh-AF, round 22: chrome
inside or right after the text that earlier chrome sets did not hold).

- Articles ``/chi-tiet-tin/<slug>-<n>``: ``div.detail`` holds ``h1.detail-title``,
  "Ngày đăng: dd/mm/yyyy" and ``div.detail-content``, whose children are the sapo in
  italics, the paragraphs with pictures and captions in ``p.caption``, the signature, then
  ``p.hashtags`` ("#chibo #TânPhước" as links to tag pages, no label), "Lượt đọc: 1.234 |
  Bình luận: 0", ``p.report`` "Báo lỗi bài viết" (a link), ``div.app-promo`` "Tải ứng dụng
  Phước Hòa số trên Google Play và App Store" and ``div.subscribe`` "Đăng ký nhận bản tin qua
  email" with an input and "Đăng ký".
- Decoy kept: an article's own sentence naming an app ("Người dân có thể tải ứng dụng
  VNeID để ...").
- Truth: the sapo, the paragraphs, the captions, the signature.
- Not articles: the home page, the news section, a dated list of the candidates eligible
  for the commune's civil servant recruitment (numbered names with their birth dates and
  villages), and a dated month's figures of administrative procedures handled ("Tổng số hồ
  sơ tiếp nhận: 412", ...).
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-faf-xa"
NAME = "Ủy ban nhân dân xã Phước Hòa"


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> YArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/chi-tiet-tin/{slug}-{ident}", iso, f"Ngày đăng: {dmy(iso)}", extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tpd-dai-hoi-chi-bo", "dai-hoi-diem-chi-bo-dong-lac", 314, "2024-03-05T00:00:00+07:00",
         signature="Văn phòng Đảng ủy xã", author="Văn phòng Đảng ủy xã", extra={"tags": ("chibo", "TânPhước")}),
    _art("tpd-hoc-tap-guong", "hoc-tap-va-lam-theo-bac", 311, "2024-03-01T00:00:00+07:00",
         signature="Kim Liên", author="Kim Liên", extra={"tags": ("họctậpvàlàmtheoBác",)}),
    _art("tpd-thu-hoach-lua", "thu-hoach-lua-dong-xuan-som", 309, "2024-02-28T00:00:00+07:00",
         signature="Văn Tư", author="Văn Tư",
         image=("/files/2024/02/lua.jpg", "Nông dân ấp Hòa Thạnh thu hoạch lúa bằng máy gặt đập liên hợp."),
         extra={"tags": ("nôngnghiệp", "lúađôngxuân")}),
    _art("tpd-nuoc-sach", "hon-1200-ho-dung-nuoc-sach", 306, "2024-02-26T00:00:00+07:00",
         signature="Thanh Hà", author="Thanh Hà",
         extra={"tags": ("nướcsạch",),
                "add": (1, "Người dân có thể tải ứng dụng VNeID để đăng ký lắp đặt đồng hồ nước trực tuyến.")}),
    _art("tpd-an-ninh", "bao-dam-an-ninh-mua-le-hoi", 302, "2024-02-22T00:00:00+07:00",
         signature="Công an xã", author="Công an xã", extra={"tags": ("anninhtrậttự", "lễhội")}),
    _art("tpd-van-nghe", "hoi-thi-van-nghe-mung-dang-mung-xuan", 298, "2024-02-19T00:00:00+07:00",
         signature="Hồng Nhung", author="Hồng Nhung",
         image=("/files/2024/02/van-nghe.jpg", "Tiết mục múa của đội văn nghệ ấp Phú Lợi."),
         extra={"tags": ("vănnghệ",)}),
]  # fmt: skip
CHROME = [
    "#", "Lượt đọc", "Bình luận:", "Báo lỗi", "Google Play", "App Store", "Phước Hòa số", "Đăng ký nhận bản tin",
    "Tin mới", "Liên kết",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | Xã Phước Hòa</title></head><body>
<div class="top"><div class="logo"><a href="/">{esc(NAME)}</a></div><div class="hotline">Đường dây nóng: 0275.3861.009</div></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/thong-bao/danh-sach-thi-sinh-du-dieu-kien">Tuyển dụng</a></li><li><a href="/thu-tuc/ket-qua-giai-quyet-thang-02-2024">Thủ tục hành chính</a></li></ul>
<div class="body"><div class="col-main">{main}</div>
<div class="col-side"><div class="panel"><div class="panel-head">Tin mới</div><ul>{latest}</ul></div>
<div class="panel"><div class="panel-head">Liên kết</div><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></div></div></div>
<div class="foot">{esc(NAME)}, huyện Tân Phước. Địa chỉ: ấp Hòa Thạnh, xã Phước Hòa. Điện thoại: 0275.3861.009</div></body></html>"""


def _reads(art: YArt) -> str:
    return f"{800 + art.extra['id'] * 53 % 3000:,}".replace(",", ".")


def render_article(art: YArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = f"<p><em>{esc(art.lead)}</em></p>"
    for k, p in enumerate(art.paragraphs):
        text += f"<p>{esc(p)}</p>"
        if k < len(images):
            src, cap = images[k]
            text += f'<p class="img"><img src="{src}" alt=""></p><p class="caption">{esc(cap)}</p>'
    if art.signature:
        text += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    tags = " ".join(f'<a href="/tag/{t.lower()}">#{esc(t)}</a>' for t in art.extra["tags"])
    text += (f'<p class="hashtags">{tags}</p>'
             f'<p class="stats">Lượt đọc: {_reads(art)} | Bình luận: 0</p>'
             f'<p class="report"><a href="/bao-loi?id={art.extra["id"]}">Báo lỗi bài viết</a></p>'
             '<div class="app-promo">Tải ứng dụng Phước Hòa số trên <a href="https://play.google.com/store">Google Play</a>'
             ' và <a href="https://apps.apple.com">App Store</a></div>'
             '<div class="subscribe"><span>Đăng ký nhận bản tin qua email</span> <input type="email" name="email">'
             ' <a href="javascript:void(0)" onclick="subscribe()">Đăng ký</a></div>')
    main = f"""<div class="detail"><h1 class="detail-title">{esc(art.title)}</h1>
<div class="detail-date">{esc(art.date_line)}</div>
<div class="detail-content">{text}</div></div>"""
    return _layout(art.title, main)


def _page(title: str, day: str, body: str) -> str:
    return _layout(title, f"""<div class="detail"><h1 class="detail-title">{esc(title)}</h1>
<div class="detail-date">{esc(day)}</div><div class="detail-content">{body}</div></div>""")


def render_candidates() -> str:
    people = (("Nguyễn Thị Thu Trang", "12/05/1996", "ấp Hòa Thạnh"), ("Lê Văn Phúc", "03/11/1994", "ấp Phú Lợi"),
              ("Trần Minh Tâm", "21/07/1998", "ấp Đồng Lạc"), ("Phạm Thị Kiều", "09/02/1997", "ấp Hòa Thạnh"),
              ("Võ Hoàng Nam", "30/08/1995", "ấp Tân Hòa"), ("Huỳnh Ngọc Diễm", "15/01/1999", "ấp Phú Lợi"))
    body = ("<p>Hội đồng tuyển dụng công chức xã Phước Hòa thông báo danh sách thí sinh đủ điều kiện dự xét tuyển:</p>"
            + "".join(f"<p>{k}. {esc(n)}, sinh ngày {d}, {esc(v)}</p>" for k, (n, d, v) in enumerate(people, 1)))
    return _page("Danh sách thí sinh đủ điều kiện dự xét tuyển công chức xã năm 2024", "Ngày đăng: 20/02/2024", body)


def render_figures() -> str:
    lines = ("Tổng số hồ sơ tiếp nhận: 412", "Hồ sơ trực tuyến: 287 (69,7%)", "Đã giải quyết đúng hạn: 398 (96,6%)",
             "Đã giải quyết quá hạn: 3", "Đang giải quyết: 11", "Hồ sơ bị trả lại: 0")
    body = "".join(f"<p>{esc(line)}</p>" for line in lines)
    return _page("Kết quả giải quyết thủ tục hành chính tháng 02/2024", "Ngày đăng: 01/03/2024", body)


def render_section() -> str:
    items = "".join(f'<div class="row-item"><a href="{a.path}">{esc(a.title)}</a> <span>{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:140])}...</p></div>" for a in NEWS)
    return _layout("Tin tức - Sự kiện", f'<div class="list"><h1>Tin tức - Sự kiện</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    return _layout(NAME, f'<div class="home"><h2>Tin hoạt động</h2><ul>{items}</ul></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc"] = render_section()
    out["/thong-bao/danh-sach-thi-sinh-du-dieu-kien"] = render_candidates()
    out["/thu-tuc/ket-qua-giai-quyet-thang-02-2024"] = render_figures()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
