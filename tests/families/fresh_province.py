"""A province's People's Committee portal on a vendor platform (VNPT/Viettel style).

Built in round 15 as a fresh family (``FRESH_A``): scored once before any extraction change
(a held-out figure), its truth written by hand before any extraction ran on it.

- Articles ``/<category>/<slug>-<id>.html``: ``h1.detail-title``, then one meta row holding
  the category link, ``<span class="date">`` with the time BEFORE the day ("16:45 -
  04/03/2024"), the view count and a share/print bar; the sapo in bold; the body in
  ``div.detail-content``.
- Bylines: a right-aligned table cell after the body's last paragraph (inside the content);
  "Tác giả: X" in a separate ``div.author-news`` after the attachment box; or no author, only
  "Nguồn: ..." in that div (the source; not the author).
- Under the article "Tin liên quan": other articles with ``<span class="date">(dd/mm/yyyy)``,
  the same class as the article's own date. A header with today's date ("Hôm nay: ..."), a
  sidebar "Tin đọc nhiều" with dates, "Văn bản mới", a visitor counter.
- Listings: home, categories (one with ``?page=2``), with the date span under each title;
  static pages (the province's overview full of historical dates, contact).
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, paginate, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fresh-province"
NAME = "Cổng thông tin điện tử tỉnh Nam Bình"
BASE_URL = "https://nambinh.gov.vn/"
UP = "/Upload/2024/3/"


def _art(key: str, cat: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"cat": cat, "id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/{cat}/{slug}-{ident}.html", iso, f"{hm(iso)} - {dmy(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nbp-ky-hop-hdnd", "thoi-su-chinh-tri", "ky-hop-chuyen-de-hoi-dong-nhan-dan-tinh-thong-qua-12-nghi-quyet", 10231,
         "2024-03-04T16:45:00+07:00", signature="Hải Yến", author="Hải Yến",
         image=(UP + "ky-hop-hdnd.jpg", "Quang cảnh kỳ họp chuyên đề.")),
    _art("nbp-tiem-chung", "van-hoa-xa-hoi", "nam-binh-day-nhanh-tien-do-tiem-chung-mo-rong", 10229,
         "2024-03-02T09:10:00+07:00", author="Nguyễn Thị Thu Hà", extra={"tac_gia": True},
         attachment=("/Upload/files/2024/3/cv-tiem-chung-mo-rong.pdf", "Công văn số 412/SYT-NVY")),
    _art("nbp-cao-toc", "kinh-te", "giai-phong-mat-bang-tuyen-cao-toc-dat-92", 10226,
         "2024-03-01T14:20:00+07:00", signature="Trung Kiên - Văn Hùng", author="Trung Kiên, Văn Hùng"),
    _art("nbp-ocop", "kinh-te", "tinh-cong-nhan-them-35-san-pham-ocop-dat-ba-sao", 10220,
         "2024-02-28T10:00:00+07:00", extra={"nguon": "Sở Nông nghiệp và Phát triển nông thôn"},
         source="Sở Nông nghiệp và Phát triển nông thôn"),
    _art("nbp-phong-chay-rung", "thoi-su-chinh-tri", "chu-dong-phong-chay-chua-chay-rung-mua-kho-nam-2024", 10218,
         "2024-02-27T17:05:00+07:00", author="Lê Minh Tuấn", extra={"tac_gia": True}),
    _art("nbp-doanh-nghiep", "kinh-te", "gap-mat-doanh-nghiep-dau-xuan-thao-go-kho-khan-cho-san-xuat", 10215,
         "2024-02-27T11:30:00+07:00", signature="Phương Thảo", author="Phương Thảo",
         image=(UP + "gap-mat-doanh-nghiep.jpg", "Chủ tịch UBND tỉnh phát biểu tại buổi gặp mặt.")),
    _art("nbp-the-thao", "van-hoa-xa-hoi", "khai-mac-dai-hoi-the-duc-the-thao-tinh-lan-thu-ix", 10209,
         "2024-02-20T21:15:00+07:00", extra={"nguon": "Báo Nam Bình"}, source="Báo Nam Bình"),
]  # fmt: skip
CATS = {"thoi-su-chinh-tri": "Thời sự - Chính trị", "kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội"}
PER_PAGE = 4
CHROME = [
    "Hôm nay", "Tin liên quan", "Tin đọc nhiều", "Văn bản mới", "Lượt truy cập", "Đang truy cập",
    "Trang chủ", "In bài", "Chia sẻ", "Cơ quan chủ quản", "Giấy phép số 45/GP-TTĐT", "0228 3845 666",
    "Phát triển bởi VNPT Nam Bình", "Đường dây nóng", "Đăng nhập",
]  # fmt: skip
DOCS = [
    ("Quyết định số 315/QĐ-UBND ngày 01/03/2024 ban hành kế hoạch cải cách hành chính", "/van-ban/315-qd-ubnd.html"),
    ("Chỉ thị số 04/CT-UBND ngày 22/02/2024 về tăng cường quản lý đất đai", "/van-ban/04-ct-ubnd.html"),
]


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/{c}.html">{esc(t)}</a></li>' for c, t in CATS.items())
    most = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{dmy(a.published)}</span></li>' for a in ARTICLES[2:6]
    )
    docs = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in DOCS)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title><link rel="stylesheet" href="/Portal/css/style.css"></head>
<body><div id="wrapper">
<div class="top-bar"><div class="container"><span class="today">Hôm nay: Thứ Tư, 06/03/2024</span>
<span class="hotline">Đường dây nóng: 0228 3845 666</span><a href="/dang-nhap">Đăng nhập</a></div></div>
<div class="header"><div class="container"><a href="/" class="logo"><img src="/Portal/images/logo.png" alt="logo"></a>
<div class="site-name">ỦY BAN NHÂN DÂN TỈNH NAM BÌNH<br>CỔNG THÔNG TIN ĐIỆN TỬ</div></div></div>
<div class="main-menu"><ul class="container"><li><a href="/">Trang chủ</a></li>{menu}
<li><a href="/gioi-thieu/tong-quan.html">Giới thiệu</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul></div>
<div class="container main"><div class="row">
<div class="col-md-9 col-content">{main}</div>
<div class="col-md-3 col-right">
<div class="box-right"><div class="box-title">Tin đọc nhiều</div><ul class="list-most">{most}</ul></div>
<div class="box-right"><div class="box-title">Văn bản mới</div><ul>{docs}</ul></div>
<div class="box-right"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: 215</p><p>Lượt truy cập: 12.458.301</p></div>
</div></div></div>
<div class="footer"><div class="container"><p><b>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Nam Bình</b></p>
<p>Địa chỉ: Số 2 đường Trần Hưng Đạo, thành phố Nam Bình. Điện thoại: 0228 3845 666</p>
<p>Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 12/05/2021.</p>
<p>Phát triển bởi VNPT Nam Bình</p></div></div></div></body></html>"""


def render_article(art: Art) -> str:
    images = [art.image] if art.image else []
    blocks = []
    for i, paragraph in enumerate(art.paragraphs):
        blocks.append(f'<p style="text-align: justify;">{esc(paragraph)}</p>')
        if i < len(images):
            src, caption = images[i]
            blocks.append(f'<figure class="image"><img src="{src}" alt=""><figcaption>{esc(caption)}</figcaption></figure>')
    if art.signature:
        blocks.append('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                      f'<td style="text-align: right;"><strong>{esc(art.signature)}</strong></td></tr></tbody></table>')
    after = ""
    if art.attachment:
        href, label = art.attachment
        after += f'<div class="file-attach"><p>Tải về: <a href="{href}">{esc(label)}</a></p></div>'
    if art.extra.get("tac_gia"):
        after += f'<div class="author-news">Tác giả: {esc(art.author or "")}</div>'
    if art.extra.get("nguon"):
        after += f'<div class="author-news">Nguồn: {esc(art.extra["nguon"])}</div>'
    cat = art.extra["cat"]
    related = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
        for a in ARTICLES if a is not art and a.extra["cat"] == cat
    )  # fmt: skip
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/{cat}.html">{esc(CATS[cat])}</a></div>
<div class="detail-news">
<h1 class="detail-title">{esc(art.title)}</h1>
<div class="meta-row clearfix"><span class="category"><a href="/{cat}.html">{esc(CATS[cat])}</a></span>
<span class="date"><i class="fa fa-clock-o"></i> {esc(art.date_line)}</span>
<span class="views"><i class="fa fa-eye"></i> 1.2{art.extra['id'] % 10}5</span>
<div class="share-tools"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="zalo">Zalo</a> <a href="javascript:window.print()">In bài</a></div></div>
<div class="detail-sapo"><strong>{esc(art.lead)}</strong></div>
<div class="detail-content">{''.join(blocks)}</div>
{after}
</div>
<div class="related-news"><div class="box-title">Tin liên quan</div><ul>{related}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[Art], pager: str = "") -> str:
    items = "".join(
        f'<div class="news-item clearfix"><a href="{a.path}" class="thumb"><img src="{(a.image or ("/Portal/images/no-image.jpg", ""))[0]}" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{esc(a.date_line)}</span>'
        f'<p class="sapo">{esc(a.lead)}</p></div>'
        for a in arts
    )  # fmt: skip
    return _layout(title, f'<div class="category-title"><h2>{esc(title)}</h2></div>{items}{pager}')


OVERVIEW = [
    "Tỉnh Nam Bình được tái lập từ ngày 01/01/1997 theo Nghị quyết của Quốc hội khóa IX, kỳ họp thứ 10.",
    "Diện tích tự nhiên 2.668 km², dân số khoảng 1,2 triệu người; tỉnh có một thành phố, một thị xã và bảy huyện.",
    "Ngày 25/10/2023, Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Nam Bình thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.",
]


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới nhất", ARTICLES[:5])
    for c, t in CATS.items():
        arts = [a for a in ARTICLES if a.extra["cat"] == c]
        pages, first = paginate(arts, 1, PER_PAGE)
        pager = f'<div class="pager"><span>1</span> <a href="/{c}.html?page=2">2</a></div>' if pages > 1 else ""
        out[f"/{c}.html"] = _list(t, first, pager)
        if pages > 1:
            out[f"/{c}.html?page=2"] = _list(t, paginate(arts, 2, PER_PAGE)[1],
                                              f'<div class="pager"><a href="/{c}.html">1</a> <span>2</span></div>')
    out["/gioi-thieu/tong-quan.html"] = _layout("Tổng quan tỉnh Nam Bình", '<div class="detail-news"><h1 class="detail-title">'
                                                "Tổng quan tỉnh Nam Bình</h1>" + "".join(f"<p>{esc(p)}</p>" for p in OVERVIEW) + "</div>")
    out["/lien-he.html"] = _layout("Liên hệ", '<div class="detail-news"><h1 class="detail-title">Liên hệ</h1>'
                                   "<p>Văn phòng Ủy ban nhân dân tỉnh Nam Bình</p><p>Địa chỉ: Số 2 đường Trần Hưng Đạo, thành phố Nam Bình</p>"
                                   "<p>Email: cttdt@nambinh.gov.vn</p><form><input name='hoten'><textarea name='noidung'></textarea>"
                                   "<button>Gửi</button></form></div>")
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = html_with_files(_html_pages(), ARTICLES)
    return site_with_files(pages, robots="User-agent: *\nDisallow: /dang-nhap\n")
