"""A provincial party newspaper's site with a heavy home page and AMP copies of its articles.

- Articles ``/<section>/<slug>-post<id>.html``, each with ``<link rel="amphtml">`` to
  ``/amp/<section>/<slug>-post<id>.html`` (an AMP page: ``<html amp>``, ``amp-img``, the
  canonical link back to the article); sections ``/thoi-su`` (``?page=2``), ``/kinh-te``;
  tag pages ``/tag/<slug>.html``.
- The date line "Thứ Ba, 12/03/2024 14:32 (GMT+7)" above the title; JSON-LD ``NewsArticle``
  with ``datePublished``, a later ``dateModified`` and its authors (an ``Organization`` on a
  wire story). The author after the body in ``p.detail-author`` (two names joined with " - "
  on one article), or as the body's last line "Bài, ảnh: ...", or none ("Theo TTXVN").
- A home page of many blocks (ticker, "Tiêu điểm", per-section boxes with leads and times,
  e-paper, video, podcast, gold prices and exchange rates, weather); "Tin liên quan" and
  "Đọc nhiều" under every article.
- robots.txt names a sitemap index whose news sitemap lists the articles.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from crawler.replica.site import Page, Request, Site
from tests.sealed3.common import WEEKDAYS, Art, attr, dmy, esc, hm, image, sitemap_xml

SITE_ID = "sz-amppaper"
NAME = "Báo Thanh Lam điện tử"
BASE_URL = "https://baothanhlam.vn/"
SECTIONS = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}
UP = "https://media.baothanhlam.vn/images/2024/03/"


def _line(iso: str) -> str:
    return f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)} {hm(iso)} (GMT+7)"


def _art(section: str, slug: str, ident: int, iso: str, title: str, lead: str, paras: list[str], **kw: object) -> Art:
    extra = {"id": ident, "section": section, "shown": kw.pop("shown", None), "ld": kw.pop("ld"),
             "tags": kw.pop("tags", [])}  # fmt: skip
    modified = (datetime.fromisoformat(iso) + timedelta(minutes=int(kw.pop("edit", 0)))).isoformat()  # type: ignore[call-overload]
    return Art(f"/{section}/{slug}-post{ident}.html", title, lead, tuple(paras), iso, _line(iso),
               updated=modified, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("thoi-su", "thong-xe-ky-thuat-cau-cua-hoi-2-som-hon-ke-hoach-hai-thang", 45821,
         "2024-03-12T14:32:00+07:00", "Thông xe kỹ thuật cầu Cửa Hội 2 sớm hơn kế hoạch hai tháng",
         "Chiều 12/3, Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh tổ chức thông xe kỹ "
         "thuật cầu Cửa Hội 2, công trình có tổng mức đầu tư gần 1.100 tỷ đồng.",
         ["Cầu dài 1,2 km, rộng 17 m với bốn làn xe cơ giới, được thiết kế theo dạng cầu dây văng một mặt "
          "phẳng dây, nối thị xã Cửa Hội với huyện Nghi Xuân Hạ qua sông Lam.",
          "Sau gần ba năm thi công, dù chịu ảnh hưởng của hai mùa mưa lũ, nhà thầu đã huy động hơn 400 "
          "công nhân, kỹ sư làm việc ba ca liên tục để hoàn thành phần cầu chính vào cuối tháng 2.",
          "Phát biểu tại buổi lễ, Phó Chủ tịch UBND tỉnh Trần Quốc Khánh đánh giá cây cầu sẽ rút ngắn "
          "khoảng 15 km quãng đường từ trung tâm tỉnh đến khu kinh tế ven biển, giảm áp lực cho cầu cũ đã "
          "xuống cấp.",
          "Theo kế hoạch, các hạng mục đường dẫn hai đầu cầu, hệ thống chiếu sáng và cây xanh sẽ hoàn "
          "thành trong quý II, trước khi công trình chính thức đưa vào khai thác.",
          "Người dân hai bờ sông Lam bày tỏ phấn khởi khi không còn phải chờ phà hoặc đi vòng qua cầu cũ "
          "vào giờ cao điểm."],
         author="Phạm Hòa", shown="Phạm Hòa", ld=["Phạm Hòa"], edit=47, tags=["ha-tang-giao-thong"]),
    _art("xa-hoi", "ngu-dan-thanh-lam-trung-dam-me-ca-com-dau-nam", 45790,
         "2024-03-10T06:05:00+07:00", "Ngư dân Thanh Lam trúng đậm mẻ cá cơm đầu năm",
         "Những ngày đầu tháng 3, nhiều tàu thuyền của ngư dân các xã ven biển Thanh Lam trúng đậm cá cơm "
         "với sản lượng từ 3 đến 5 tấn mỗi chuyến biển ngắn ngày.",
         ["Từ sáng sớm, cảng cá Lạch Quèn đã tấp nập tàu thuyền cập bến. Những khoang cá cơm tươi rói được "
          "chuyển lên bờ, thương lái thu mua ngay tại chỗ với giá từ 12.000 đến 15.000 đồng/kg.",
          "Anh Hồ Văn Tám, chủ tàu NA 90478 TS, cho biết sau hai đêm bám biển, tàu của anh thu về gần 4 tấn "
          "cá, trừ chi phí dầu, đá và tiền công, mỗi bạn thuyền được chia hơn 3 triệu đồng.",
          "Cá cơm sau khi thu mua được các cơ sở chế biến ở địa phương luộc, phơi khô hoặc làm nước mắm. "
          "Mùa cá năm nay đến sớm nên các lò nước mắm truyền thống cũng vào vụ sớm hơn mọi năm.",
          "Chi cục Thủy sản khuyến cáo ngư dân chấp hành nghiêm quy định về khai thác, không sử dụng lưới "
          "có kích thước mắt lưới nhỏ hơn quy định để bảo vệ nguồn lợi thủy sản."],
         author="Minh Khôi", signature="Bài, ảnh: Minh Khôi", ld=["Minh Khôi"], edit=0, tags=["thuy-san"],
         image=(UP + "10/ca-com-lach-quen.jpg", "Ngư dân chuyển cá cơm lên bờ tại cảng cá Lạch Quèn.")),
    _art("kinh-te", "xuat-khau-go-va-lam-san-quy-i-uoc-dat-3-6-ty-usd", 45766,
         "2024-03-08T20:15:00+07:00", "Xuất khẩu gỗ và lâm sản quý I ước đạt 3,6 tỷ USD",
         "Theo Bộ Nông nghiệp và Phát triển nông thôn, kim ngạch xuất khẩu gỗ và lâm sản quý I năm 2024 "
         "ước đạt 3,6 tỷ USD, tăng 24% so với cùng kỳ năm trước.",
         ["Hoa Kỳ, Nhật Bản, Trung Quốc và Hàn Quốc tiếp tục là những thị trường tiêu thụ lớn nhất, chiếm "
          "gần 80% tổng kim ngạch xuất khẩu của ngành.",
          "Các doanh nghiệp cho biết đơn hàng đồ gỗ nội thất đã phục hồi từ cuối năm 2023 khi lượng hàng "
          "tồn kho tại các thị trường nhập khẩu giảm.",
          "Tuy vậy, ngành gỗ đang chịu sức ép từ các quy định mới về chống phá rừng và truy xuất nguồn gốc "
          "của Liên minh châu Âu, đòi hỏi doanh nghiệp phải chứng minh nguồn nguyên liệu hợp pháp.",
          "Theo TTXVN"],
         source="TTXVN", ld={"@type": "Organization", "name": "Báo Thanh Lam"}, edit=5, tags=[]),
    _art("kinh-te", "doanh-nghiep-fdi-tang-tuyen-dung-lao-dong-sau-tet", 45702,
         "2024-02-28T09:10:00+07:00", "Doanh nghiệp FDI tăng tuyển dụng lao động sau Tết",
         "Sau Tết Nguyên đán, nhiều doanh nghiệp có vốn đầu tư nước ngoài tại các khu công nghiệp của tỉnh "
         "đồng loạt tuyển dụng với tổng nhu cầu hơn 6.500 lao động.",
         ["Tại Khu công nghiệp VSIP Thanh Lam, các doanh nghiệp điện tử cần tuyển khoảng 3.000 công nhân "
          "lắp ráp, mức lương khởi điểm từ 6,5 đến 7 triệu đồng mỗi tháng, chưa kể phụ cấp.",
          "Để thu hút lao động, nhiều đơn vị hỗ trợ tiền xe đưa đón, bữa ăn giữa ca và thưởng cho người lao "
          "động giới thiệu được người mới vào làm việc.",
          "Trung tâm Dịch vụ việc làm tỉnh đã tổ chức ba phiên giao dịch việc làm lưu động tại các huyện "
          "miền núi, kết nối hơn 1.200 lao động với doanh nghiệp.",
          "Sở Lao động - Thương binh và Xã hội dự báo nhu cầu tuyển dụng sẽ tiếp tục tăng trong quý II khi "
          "một số dự án mở rộng sản xuất đi vào hoạt động."],
         author="Hồng Nhung, Quốc Việt", shown="Hồng Nhung - Quốc Việt", ld=["Hồng Nhung", "Quốc Việt"],
         edit=180, tags=["viec-lam"]),
    _art("xa-hoi", "benh-vien-da-khoa-tinh-thuc-hien-thanh-cong-ca-ghep-than-thu-50", 45655,
         "2024-03-05T11:40:00+07:00", "Bệnh viện Đa khoa tỉnh thực hiện thành công ca ghép thận thứ 50",
         "Bệnh viện Đa khoa tỉnh Thanh Lam vừa thực hiện thành công ca ghép thận thứ 50, đánh dấu bước "
         "phát triển vững chắc của kỹ thuật ghép tạng tại địa phương.",
         ["Người bệnh là anh N.V.H., 34 tuổi, trú tại huyện Yên Thành Hạ, bị suy thận mạn giai đoạn cuối, "
          "phải chạy thận nhân tạo ba lần mỗi tuần trong suốt 4 năm qua.",
          "Người hiến thận là chị gái của bệnh nhân. Ca phẫu thuật kéo dài 5 giờ với sự tham gia của hơn 40 "
          "y, bác sĩ; sau 7 ngày, chức năng thận ghép của bệnh nhân đã trở về bình thường.",
          "Từ năm 2018 đến nay, bệnh viện đã tự thực hiện toàn bộ quy trình ghép thận mà không cần sự hỗ "
          "trợ của tuyến trung ương; chi phí mỗi ca ghép giảm khoảng 30% so với điều trị ở tuyến trên."],
         author="Nguyễn Tiến", shown="Nguyễn Tiến", ld=["Nguyễn Tiến"], edit=20, tags=["y-te"]),
]  # fmt: skip
TAGS = {"ha-tang-giao-thong": "hạ tầng giao thông", "thuy-san": "thủy sản", "viec-lam": "việc làm", "y-te": "y tế"}
CHROME = [
    "Tin liên quan", "Đọc nhiều", "Từ khóa", "Chia sẻ", "Tin nhanh", "Tiêu điểm", "Báo in", "Podcast",
    "Giá vàng", "Tỷ giá", "Thanh Lam 24°C", "Cơ quan của Đảng bộ", "Tổng Biên tập", "Giấy phép số 112/GP-BTTTT",
    "0238 3844 321", "toasoan@baothanhlam.vn", "Trang chủ", "Đăng nhập",
]  # fmt: skip


def _id(art: Art) -> int:
    return int(art.extra["id"])


def _amp(art: Art) -> str:
    return "/amp" + art.path


def _ld(art: Art) -> str:
    ld = art.extra["ld"]
    authors = [{"@type": "Person", "name": n} for n in ld] if isinstance(ld, list) else ld
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
            "description": art.lead, "image": [UP + f"thumb-{_id(art)}.jpg"],
            "datePublished": art.published, "dateModified": art.updated, "author": authors,
            "publisher": {"@type": "Organization", "name": NAME, "logo": {"@type": "ImageObject", "url": "https://baothanhlam.vn/logo.png"}},
            "mainEntityOfPage": {"@type": "WebPage", "@id": "https://baothanhlam.vn" + art.path}}  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def _menu() -> str:
    return ('<li><a href="/">Trang chủ</a></li>' + "".join(f'<li><a href="/{s}">{esc(x)}</a></li>' for s, x in SECTIONS.items())
            + '<li><a href="/lien-he.html">Liên hệ</a></li>')  # fmt: skip


def _layout(title: str, main: str, head: str = "", ticker: bool = False) -> str:
    tick = ""
    if ticker:
        tick = ('<div class="ticker"><b>Tin nhanh:</b> <a href="' + ARTICLES[0].path + '">' + esc(ARTICLES[0].title)
                + '</a> · Giá xăng RON95 giảm 320 đồng/lít từ 15 giờ chiều nay</div>')
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:site_name" content="{attr(NAME)}">{head}
<link rel="stylesheet" href="/static/css/main.min.css?v=20240301"><script async src="https://www.googletagmanager.com/gtag/js?id=G-7XK2LQ"></script></head>
<body><div class="topbar"><span class="today">Thứ Sáu, 15/03/2024</span><span class="weather">Thanh Lam 24°C</span>
<a href="/dang-nhap.html">Đăng nhập</a></div>
<header class="header"><a class="logo" href="/"><img src="/static/img/logo.png" alt="{attr(NAME)}"></a></header>
<nav class="main-nav"><ul>{_menu()}</ul><form action="/tim-kiem.html"><input name="q" placeholder="Tìm kiếm"></form></nav>{tick}
<div class="wrapper">{main}</div>
<footer class="footer"><p>BÁO THANH LAM - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Lam</p>
<p>Tổng Biên tập: Nguyễn Đình Thắng · Giấy phép số 112/GP-BTTTT ngày 18/4/2022</p>
<p>Tòa soạn: 54 đường Lê Lợi, TP Thanh Lam · Điện thoại: 0238 3844 321 · Email: toasoan@baothanhlam.vn</p>
<p>© Bản quyền thuộc Báo Thanh Lam. Không sao chép khi chưa có sự đồng ý bằng văn bản.</p></footer></body></html>"""


def _most_read(exclude: Art) -> str:
    arts = [a for a in (ARTICLES[1], ARTICLES[4], ARTICLES[0], ARTICLES[3]) if a is not exclude]
    return "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:3])


def _paragraphs(art: Art, img: str) -> str:
    html = ""
    for i, para in enumerate(art.paragraphs):
        html += f"<p>{esc(para)}</p>"
        if i == 0 and art.image:
            html += img.format(src=art.image[0], cap=esc(art.image[1]))
    if art.signature:
        html += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    return html


def render_article(art: Art) -> str:
    section = str(art.extra["section"])
    img = ('<table class="picture" align="center"><tr><td><img src="{src}" alt="" width="680"></td></tr>'
           '<tr><td class="caption"><p>{cap}</p></td></tr></table>')  # fmt: skip
    shown = art.extra["shown"]
    author = f'<p class="detail-author">{esc(str(shown))}</p>' if shown else ""
    tags = "".join(f'<a href="/tag/{t}.html">{esc(TAGS[t])}</a>' for t in art.extra["tags"])
    related = [a for a in ARTICLES if a is not art and a.extra["section"] == section] or [a for a in ARTICLES if a is not art][:2]
    rel = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="time">{hm(a.published)} {dmy(a.published)}</span>'
                  f"<p>{esc(a.lead[:120])}...</p></li>" for a in related)  # fmt: skip
    main = f"""<div class="breadcrumb"><a href="/{section}">{esc(SECTIONS[section])}</a></div>
<article class="detail"><div class="detail-time">{esc(art.date_line)}</div>
<h1 class="detail-title">{esc(art.title)}</h1><h2 class="detail-sapo">{esc(art.lead)}</h2>
<div class="detail-content">{_paragraphs(art, img)}</div>{author}
<div class="detail-share">Chia sẻ: <a href="https://www.facebook.com/sharer.php?u=https://baothanhlam.vn{art.path}">Facebook</a></div>
{f'<div class="detail-tags">Từ khóa: {tags}</div>' if tags else ""}
<div class="box-related"><h3>Tin liên quan</h3><ul>{rel}</ul></div></article>
<aside class="sidebar"><div class="box"><h3>Đọc nhiều</h3><ol>{_most_read(art)}</ol></div>
<div class="ads"><img src="/static/ads/banner-300x250.jpg" alt="Quảng cáo"></div></aside>"""
    head = (f'<meta property="og:type" content="article"><meta property="og:title" content="{attr(art.title)}">'
            f'<meta property="article:published_time" content="{art.published}">'
            f'<link rel="canonical" href="https://baothanhlam.vn{art.path}"><link rel="amphtml" href="{_amp(art)}">{_ld(art)}')
    return _layout(f"{art.title} | Báo Thanh Lam", main, head)


def render_amp(art: Art) -> str:
    img = ('<amp-img src="{src}" width="680" height="453" layout="responsive" alt=""></amp-img>'
           '<p class="caption">{cap}</p>')  # fmt: skip
    shown = art.extra["shown"]
    author = f'<p class="author">{esc(str(shown))}</p>' if shown else ""
    return f"""<!doctype html><html amp lang="vi"><head><meta charset="utf-8"><title>{esc(art.title)}</title>
<link rel="canonical" href="{art.path}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script>{_ld(art)}
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.time{{color:#888}}.title{{font-size:22px}}</style></head>
<body><header class="amp-header"><a href="/"><amp-img src="/static/img/logo.png" width="180" height="40" alt="{attr(NAME)}"></amp-img></a></header>
<article><p class="time">{esc(art.date_line)}</p><h1 class="title">{esc(art.title)}</h1><p class="sapo"><strong>{esc(art.lead)}</strong></p>
{_paragraphs(art, img)}{author}</article>
<footer class="amp-footer"><a href="{art.path}">Xem phiên bản đầy đủ</a> · © Báo Thanh Lam</footer></body></html>"""


def _teaser(a: Art, lead: bool = True) -> str:
    return (f'<div class="story"><a href="{a.path}"><img src="{UP}thumb-{_id(a)}.jpg" alt=""></a>'
            f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{hm(a.published)} {dmy(a.published)}</span>'
            + (f"<p>{esc(a.lead)}</p>" if lead else "") + "</div>")


def render_home() -> str:
    blocks = "".join(
        f'<section class="cate-box"><h2><a href="/{s}">{esc(x)}</a></h2>'
        + "".join(_teaser(a, lead=i == 0) for i, a in enumerate(a for a in ARTICLES if a.extra["section"] == s)) + "</section>"
        for s, x in SECTIONS.items()
    )  # fmt: skip
    main = f"""<section class="focus"><h2>Tiêu điểm</h2>{_teaser(ARTICLES[0])}{_teaser(ARTICLES[1], False)}{_teaser(ARTICLES[4], False)}</section>{blocks}
<section class="epaper"><h2>Báo in</h2><p>Báo Thanh Lam số 7.412 ra ngày 15/3/2024</p></section>
<section class="video"><h2>Video</h2><p>Ngư dân vào mùa cá cơm (02:45)</p><p>Toàn cảnh cầu Cửa Hội 2 nhìn từ trên cao (01:30)</p></section>
<section class="podcast"><h2>Podcast</h2><p>Bản tin sáng 15/3/2024</p></section>
<section class="market"><h2>Giá vàng</h2><table><tr><td>SJC</td><td>79.300.000</td><td>81.300.000</td></tr></table>
<h2>Tỷ giá</h2><table><tr><td>USD</td><td>24.530</td><td>24.900</td></tr></table></section>"""
    return _layout("Báo Thanh Lam điện tử - Tin tức Thanh Lam mới nhất", main, ticker=True)


def render_section(section: str, page: int) -> str:
    arts = [a for a in ARTICLES if a.extra["section"] == section]
    if section == "thoi-su":  # the section page also lists the wire and social stories
        arts = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
        arts = arts[:3] if page == 1 else arts[3:]
    pager = ""
    if section == "thoi-su":
        pager = '<div class="pagination"><a href="/thoi-su">1</a><a href="/thoi-su?page=2">2</a><a href="/thoi-su?page=2">Xem thêm</a></div>'
    main = f'<h1 class="cate-title">{esc(SECTIONS[section])}</h1><div class="list">{"".join(_teaser(a) for a in arts)}</div>{pager}'
    return _layout(f"{SECTIONS[section]} | Báo Thanh Lam", main)


def render_tag(tag: str) -> str:
    arts = [a for a in ARTICLES if tag in a.extra["tags"]]
    main = f'<h1 class="cate-title">Từ khóa: {esc(TAGS[tag])}</h1><div class="list">{"".join(_teaser(a) for a in arts)}</div>'
    return _layout(f"{TAGS[tag]} | Báo Thanh Lam", main)


def render_contact() -> str:
    main = ('<h1 class="cate-title">Liên hệ tòa soạn</h1><p>Ban Thư ký tòa soạn: 0238 3844 322</p>'
            "<p>Ban Điện tử: 0238 3844 325 - Nhận tin, bài cộng tác qua hộp thư điện tử của tòa soạn.</p>"
            "<p>Liên hệ quảng cáo: Phòng Quảng cáo - Phát hành, 54 đường Lê Lợi, TP Thanh Lam.</p>")
    return _layout("Liên hệ | Báo Thanh Lam", main)


NON_ARTICLES = {
    "/": "home",
    "/thoi-su": "listing",
    "/thoi-su?page=2": "listing",
    "/kinh-te": "listing",
    "/xa-hoi": "listing",
    "/tag/viec-lam.html": "tag",
    "/lien-he.html": "static",
    **{_amp(a): "amp" for a in ARTICLES},
}
DUPLICATES = {_amp(a): a.path for a in ARTICLES}
TAG_PAGES = [t for t in TAGS if t != "viec-lam"]
OTHER_LINKS = {"/dang-nhap.html": 404}
NON_ARTICLE_PATTERNS = [r"^/tag/[a-z-]+\.html$"]
HAS_SITEMAP = True


def build_site() -> Site:
    pages: dict[str, Page] = {}
    for a in ARTICLES:
        pages[a.path] = Page.html(render_article(a))
        pages[_amp(a)] = Page.html(render_amp(a))
    pages["/"] = Page.html(render_home())
    for s in SECTIONS:
        pages[f"/{s}"] = Page.html(render_section(s, 1))
    pages["/thoi-su?page=2"] = Page.html(render_section("thoi-su", 2))
    pages["/tag/viec-lam.html"] = Page.html(render_tag("viec-lam"))
    pages["/lien-he.html"] = Page.html(render_contact())
    extra_tags = {f"/tag/{t}.html": t for t in TAG_PAGES}

    def handler(request: Request) -> Page | None:
        base = request.base_url.rstrip("/")
        if request.target == "/robots.txt":
            return Page.text(f"User-agent: *\nDisallow: /tim-kiem.html\nDisallow: /dang-nhap.html\nSitemap: {base}/sitemap.xml\n")
        if request.target == "/sitemap.xml":
            body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                    f"<sitemap><loc>{base}/sitemaps/news.xml</loc></sitemap><sitemap><loc>{base}/sitemaps/categories.xml</loc></sitemap></sitemapindex>\n")
            return Page.text(body, "application/xml; charset=utf-8")
        if request.target == "/sitemaps/news.xml":
            return sitemap_xml(base, [a.path for a in ARTICLES])
        if request.target == "/sitemaps/categories.xml":
            return sitemap_xml(base, ["/", *(f"/{s}" for s in SECTIONS)])
        if request.target in extra_tags:
            return Page.html(render_tag(extra_tags[request.target]))
        if request.path.startswith("/static/"):
            return image()
        return None

    not_found = Page.html(_layout("Không tìm thấy trang | Báo Thanh Lam", "<h1>404</h1><p>Nội dung bạn tìm không tồn tại.</p>"), status=404)
    return Site(pages=pages, handler=handler, not_found=not_found)
