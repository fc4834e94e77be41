"""A provincial portal rebuilt on Next.js (React, server-side rendered).

- Articles ``/tin-tuc/<slug>-<id>`` (no extension); categories ``/chuyen-muc/<slug>`` with
  ``?page=2``; every page carries its data again in ``<script id="__NEXT_DATA__">`` (the
  article's ``publishedAt`` in UTC, its HTML content, the menu) and hashed CSS-module class
  names (``ArticleDetail_title__Pq8sR``).
- The visible date line "08:15 | 12/03/2024" under the ``<h1>``; the author in a block after
  the content (one article by two people, "Minh Đức - Lan Phương"; one with no author, only
  a "Nguồn:" line closing the body).
- A header with the day of the capture and a weather widget; "Tin mới" with times, "Xem
  nhiều", service banners and a visitor counter in the sidebar; "Tin cùng chuyên mục" under
  each article; a weekly "Lịch công tác" whose prev/next links never end; a "Văn bản" table.
- next-sitemap's ``/sitemap.xml`` lists the articles and the section pages.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta

from crawler.replica.site import Page, Request, Site
from tests.sealed3.common import Art, attr, dmy, esc, hm, image, pdf, sitemap_xml

SITE_ID = "sz-nextjs"
NAME = "Cổng Thông tin điện tử tỉnh Bắc Lâm"
BASE_URL = "https://baclam.gov.vn/"
CATS = {"kinh-te": "Kinh tế", "xa-hoi": "Văn hóa - Xã hội"}
IMG = "/_next/image?url=%2Fuploads%2F2024%2F03%2F"


def _art(slug: str, ident: int, cat: str, iso: str, title: str, lead: str, paras: list[str], **kw: object) -> Art:
    shown = kw.pop("shown", kw.get("author"))  # the byline as the page shows it
    extra = {"id": ident, "cat": cat, "shown": shown}
    return Art(f"/tin-tuc/{slug}-{ident}", title, lead, tuple(paras), iso, f"{hm(iso)} | {dmy(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bac-lam-day-manh-giai-ngan-von-dau-tu-cong-ngay-tu-dau-nam", 20931, "kinh-te",
         "2024-03-12T08:15:00+07:00",
         "Bắc Lâm đẩy mạnh giải ngân vốn đầu tư công ngay từ đầu năm",
         "Năm 2024, tỉnh Bắc Lâm được giao hơn 6.300 tỷ đồng vốn đầu tư công; đến hết tháng 2, "
         "giá trị giải ngân đạt 11,4% kế hoạch, cao hơn mức bình quân chung của cả nước.",
         ["Ngay sau khi được Thủ tướng Chính phủ giao kế hoạch, Ủy ban nhân dân tỉnh đã phân bổ "
          "chi tiết 100% nguồn vốn cho các dự án, không để tình trạng vốn chờ dự án như những năm trước.",
          "Theo Sở Kế hoạch và Đầu tư, nhiều chủ đầu tư đã chủ động hoàn thiện hồ sơ thanh toán khối "
          "lượng hoàn thành từ cuối năm 2023, nhờ đó giá trị giải ngân trong hai tháng đầu năm tăng "
          "gần gấp đôi so với cùng kỳ.",
          "Tuy vậy, công tác giải phóng mặt bằng tại một số dự án giao thông trọng điểm vẫn chậm, "
          "nhất là tuyến đường kết nối thành phố Bắc Lâm với khu công nghiệp Đồng Sơn.",
          "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu người đứng đầu các sở, ngành, địa phương chịu trách "
          "nhiệm trực tiếp về tiến độ; dự án nào giải ngân dưới 30% vào cuối quý II sẽ bị điều chuyển vốn."],
         author="Ngọc Anh"),
    _art("khai-mac-hoi-cho-nong-san-san-pham-ocop-tinh-bac-lam-nam-2024", 20918, "kinh-te",
         "2024-03-09T16:40:00+07:00",
         "Khai mạc Hội chợ nông sản, sản phẩm OCOP tỉnh Bắc Lâm năm 2024",
         "Chiều 9/3, tại Quảng trường 19/8, Sở Công Thương khai mạc Hội chợ nông sản, sản phẩm OCOP "
         "năm 2024 với 180 gian hàng của các hợp tác xã, doanh nghiệp trong và ngoài tỉnh.",
         ["Hội chợ giới thiệu hơn 1.200 sản phẩm tiêu biểu như chè Tân Cương, miến dong Bình Liêu, "
          "mật ong bạc hà, cam sành Hàm Yên cùng nhiều mặt hàng thủ công mỹ nghệ của đồng bào các dân tộc.",
          "Trong bốn ngày diễn ra, ban tổ chức bố trí khu trình diễn chế biến món ăn truyền thống, "
          "khu livestream bán hàng trên các sàn thương mại điện tử và hội nghị kết nối cung cầu.",
          "Đây là lần đầu tiên hội chợ áp dụng thanh toán không dùng tiền mặt tại toàn bộ gian hàng; "
          "mỗi sản phẩm OCOP đều có mã QR truy xuất nguồn gốc để người tiêu dùng kiểm tra."],
         author="Minh Đức, Lan Phương", shown="Minh Đức - Lan Phương",
         image=(IMG + "hoi-cho-ocop.jpg&w=1080&q=75",
                "Đại biểu tham quan gian hàng sản phẩm OCOP của huyện Bình Liêu.")),
    _art("ra-mat-ung-dung-bac-lam-s-phuc-vu-nguoi-dan", 20904, "xa-hoi",
         "2024-03-07T10:05:00+07:00",
         "Ra mắt ứng dụng Bắc Lâm-S phục vụ người dân tra cứu dịch vụ công",
         "Sáng 7/3, Sở Thông tin và Truyền thông chính thức đưa vào vận hành ứng dụng Bắc Lâm-S trên "
         "điện thoại thông minh, tích hợp 35 tiện ích thiết yếu cho người dân và doanh nghiệp.",
         ["Qua ứng dụng, người dân có thể nộp hồ sơ, tra cứu tình trạng giải quyết thủ tục hành chính, "
          "thanh toán phí, lệ phí và nhận kết quả trực tuyến mà không phải đến trụ sở cơ quan nhà nước.",
          "Ứng dụng còn có chức năng phản ánh hiện trường: người dân chụp ảnh, gửi vị trí các vấn đề "
          "về hạ tầng, môi trường, trật tự đô thị; phản ánh được chuyển ngay đến cơ quan có thẩm quyền.",
          "Trong năm 2024, tỉnh phấn đấu 50% người trưởng thành cài đặt và sử dụng ứng dụng.",
          "Đại diện Sở Thông tin và Truyền thông cho biết dữ liệu của người dùng được lưu trữ tại "
          "Trung tâm dữ liệu của tỉnh, bảo đảm an toàn thông tin theo cấp độ 3."],
         author="Hoàng Yến"),
    _art("thu-tuong-phe-duyet-quy-hoach-tinh-bac-lam-thoi-ky-2021-2030", 20897, "kinh-te",
         "2024-03-05T19:30:00+07:00",
         "Thủ tướng phê duyệt Quy hoạch tỉnh Bắc Lâm thời kỳ 2021-2030, tầm nhìn đến năm 2050",
         "Phó Thủ tướng Chính phủ vừa ký Quyết định phê duyệt Quy hoạch tỉnh Bắc Lâm thời kỳ 2021-2030, "
         "tầm nhìn đến năm 2050, xác định bốn trụ cột tăng trưởng là công nghiệp chế biến, nông nghiệp "
         "hàng hóa, du lịch sinh thái và kinh tế cửa khẩu.",
         ["Mục tiêu đến năm 2030, Bắc Lâm trở thành tỉnh phát triển khá của vùng trung du và miền núi "
          "phía Bắc, tốc độ tăng trưởng kinh tế bình quân đạt 8,5% mỗi năm.",
          "Quy hoạch xác định ba hành lang kinh tế dọc quốc lộ 3B, quốc lộ 4 và tuyến cao tốc kết nối "
          "với Thủ đô Hà Nội; hình thành năm khu công nghiệp với tổng diện tích khoảng 1.600 ha.",
          "Về xã hội, tỉnh phấn đấu tỷ lệ hộ nghèo theo chuẩn đa chiều giảm bình quân 3% mỗi năm, 100% "
          "xã đạt chuẩn nông thôn mới, trong đó 30% đạt chuẩn nông thôn mới nâng cao."],
         source_line="Nguồn: Báo Điện tử Chính phủ", source="Báo Điện tử Chính phủ"),
    _art("hoc-sinh-vung-cao-bac-lam-hao-hung-voi-mo-hinh-truong-hoc-so", 20880, "xa-hoi",
         "2024-03-01T07:45:00+07:00",
         "Học sinh vùng cao hào hứng với mô hình trường học số",
         "Từ học kỳ II năm học 2023-2024, Trường Phổ thông dân tộc bán trú THCS xã Phja Đén triển khai "
         "mô hình trường học số với phòng học thông minh và kho bài giảng điện tử dùng chung.",
         ["Mỗi lớp được trang bị màn hình tương tác, máy tính bảng cho nhóm học tập và đường truyền "
          "cáp quang do doanh nghiệp viễn thông tài trợ.",
          "Thầy Nông Văn Thắng, Hiệu trưởng nhà trường, cho biết sau hai tháng, tỷ lệ học sinh đi học "
          "chuyên cần tăng rõ rệt; nhiều em chủ động ôn bài trên kho học liệu vào buổi tối.",
          "Ngành Giáo dục tỉnh dự kiến nhân rộng mô hình ra 40 trường vùng khó khăn trong năm học tới."],
         author="Thu Hà"),
]  # fmt: skip
CHROME = [
    "Tin cùng chuyên mục", "Tin mới", "Xem nhiều", "Lượt xem", "Chia sẻ", "Đang truy cập",
    "Tổng lượt truy cập", "Dịch vụ công trực tuyến", "Hệ thống thư điện tử", "Bắc Lâm 26°C",
    "Thứ Sáu, 15/03/2024", "Cơ quan chủ quản", "Giấy phép số 39/GP-TTĐT", "0209 3852 610",
    "congthongtin@baclam.gov.vn", "Ghi rõ nguồn", "Trang chủ",
]  # fmt: skip
DOCS = [
    ("412/QĐ-UBND", "11/03/2024", "Quyết định ban hành Kế hoạch cải cách hành chính năm 2024", "qd-412.pdf"),
    ("28/CT-UBND", "04/03/2024", "Chỉ thị về tăng cường kỷ luật, kỷ cương hành chính", "ct-28.pdf"),
    ("96/KH-UBND", "27/02/2024", "Kế hoạch phát triển thương mại điện tử tỉnh Bắc Lâm năm 2024", "kh-96.pdf"),
]  # fmt: skip
NEWEST = [  # other news of the site not in the corpus, with their times
    ("Tăng cường kiểm tra an toàn thực phẩm tại các bếp ăn tập thể", "15/03/2024 09:20"),
    ("Bế mạc giải việt dã truyền thống Báo Bắc Lâm lần thứ 25", "14/03/2024 17:05"),
]


def _id(art: Art) -> int:
    return int(art.extra["id"])


def _next_data(page: str, props: dict[str, object], query: dict[str, str] | None = None) -> str:
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query or {},
            "buildId": "Hk2x9QpLw7Bn3vRtZcYd1", "isFallback": False, "gssp": True, "locale": "vi",
            "scriptLoader": []}  # fmt: skip
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _sidebar() -> str:
    newest = [(a.title, f"{dmy(a.published)} {hm(a.published)}", a.path) for a in ARTICLES[:3]]
    items = "".join(f'<li class="Sidebar_item__c3Fw1"><span class="Sidebar_time__Tt5bE">{t}</span>{esc(x)}</li>'
                    for x, t in NEWEST)
    items += "".join(f'<li class="Sidebar_item__c3Fw1"><span class="Sidebar_time__Tt5bE">{t}</span>'
                     f'<a href="{p}">{esc(x)}</a></li>' for x, t, p in newest)
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in (ARTICLES[3], ARTICLES[1], ARTICLES[4]))
    return f"""<aside class="Layout_aside__mB7kP">
<div class="Banner_wrap__aP2Lq"><a href="https://dichvucong.baclam.gov.vn"><img src="/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"/><span>Dịch vụ công trực tuyến</span></a>
<a href="https://mail.baclam.gov.vn"><img src="/images/banner-mail.png" alt=""/><span>Hệ thống thư điện tử</span></a></div>
<section class="Sidebar_box__Jw3sD"><h3 class="Sidebar_title__u8XkS">Tin mới</h3><ul>{items}</ul></section>
<section class="Sidebar_box__Jw3sD"><h3 class="Sidebar_title__u8XkS">Xem nhiều</h3><ol>{most}</ol></section>
<section class="Stats_box__3hYtR"><h3 class="Sidebar_title__u8XkS">Thống kê truy cập</h3>
<p>Đang truy cập: <b>57</b></p><p>Tổng lượt truy cập: <b>3.456.789</b></p></section></aside>"""


def _layout(title: str, main: str, data: str, head: str = "", aside: bool = True) -> str:
    menu = ('<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'
            + "".join(f'<li><a href="/chuyen-muc/{c}">{esc(x)}</a></li>' for c, x in CATS.items())
            + '<li><a href="/van-ban">Văn bản</a></li><li><a href="/lich-cong-tac">Lịch công tác</a></li>'
            '<li><a href="/lien-he">Liên hệ</a></li>')  # fmt: skip
    side = _sidebar() if aside else ""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} | {esc(NAME)}</title><meta property="og:site_name" content="{attr(NAME)}"/>{head}
<link rel="icon" href="/favicon.ico"/><link rel="preload" href="/_next/static/css/8f1c2a7e4b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f1c2a7e4b.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-2f0e36f832c3608a.js" defer=""></script><script src="/_next/static/chunks/main-1c3b6a4f1e2d9a07.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-9d5e2a1c8f7b3e46.js" defer=""></script></head>
<body><div id="__next"><div class="Topbar_wrap__k2LpD"><span class="Topbar_date__8aQwE">Thứ Sáu, 15/03/2024</span>
<span class="Weather_wrap__Vb7eT"><img src="/icons/cloudy.svg" alt=""/>Bắc Lâm 26°C - Nhiều mây</span>
<a class="Topbar_login__Rr0Zs" href="https://sso.baclam.gov.vn/login">Đăng nhập</a></div>
<header class="Header_header__Xq2kd"><a href="/"><img src="/images/logo-baclam.png" alt="{attr(NAME)}"/></a>
<div class="Header_name__h9TgV"><p>{esc(NAME)}</p><p>Bac Lam Provincial Portal</p></div></header>
<nav class="Menu_nav__Gk1sZ"><ul>{menu}</ul><form action="/tim-kiem" method="get"><input name="q" placeholder="Nhập từ khóa tìm kiếm"/></form></nav>
<div class="Layout_container__p4RsU"><main class="Layout_main__a7Bc1">{main}</main>{side}</div>
<footer class="Footer_footer__Lx8Wd"><div class="Footer_info__3vCzA"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bắc Lâm</p>
<p>Cơ quan thường trực: Văn phòng Ủy ban nhân dân tỉnh Bắc Lâm - Số 1 đường Hoàng Văn Thụ, thành phố Bắc Lâm</p>
<p>Điện thoại: 0209 3852 610 - Email: congthongtin@baclam.gov.vn</p>
<p>Giấy phép số 39/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 20/12/2022</p>
<p>Ghi rõ nguồn "{esc(NAME)}" khi phát hành lại thông tin từ website này.</p></div></footer></div>
<script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>"""


def _content(art: Art) -> str:
    html = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs[:1])
    if art.image:
        src, caption = art.image
        html += (f'<figure class="image"><img src="{attr(src)}" alt="{attr(caption)}"/>'
                 f"<figcaption>{esc(caption)}</figcaption></figure>")  # fmt: skip
    html += "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs[1:])
    if art.source_line:
        html += f'<p style="text-align:right"><em>{esc(art.source_line)}</em></p>'
    return html


def render_article(art: Art) -> str:
    cat = str(art.extra["cat"])
    shown = art.extra["shown"]
    author = f'<div class="ArticleDetail_author__Yh6Nq">{esc(str(shown))}</div>' if shown else ""
    same = [a for a in ARTICLES if a is not art and a.extra["cat"] == cat] + [a for a in ARTICLES if a.extra["cat"] != cat]
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in same[:3])
    main = f"""<nav class="Breadcrumb_wrap__9kLmQ"><a href="/">Trang chủ</a><span> / </span><a href="/chuyen-muc/{cat}">{esc(CATS[cat])}</a></nav>
<article class="ArticleDetail_article__2hGtY"><h1 class="ArticleDetail_title__Pq8sR">{esc(art.title)}</h1>
<div class="ArticleDetail_meta__Zr4Tn"><span class="ArticleDetail_time__Ke1Wq">{esc(art.date_line)}</span>
<span class="ArticleDetail_views__Fo2Hp">Lượt xem: {_id(art) % 997 + 311}</span></div>
<div class="ArticleDetail_sapo__Qw9Lm"><strong>{esc(art.lead)}</strong></div>
<div class="ArticleDetail_content__Vn4Xs">{_content(art)}</div>{author}
<div class="ArticleDetail_share__Dc5Jk">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fbaclam.gov.vn{art.path}">Facebook</a> <a href="https://zalo.me/share?u=https%3A%2F%2Fbaclam.gov.vn{art.path}">Zalo</a></div>
<section class="Related_wrap__Ue3Ga"><h2 class="Related_title__Sd1Rf">Tin cùng chuyên mục</h2><ul>{related}</ul></section></article>"""
    published_utc = datetime.fromisoformat(art.published).astimezone(UTC)
    props = {"article": {"id": _id(art), "title": art.title, "slug": art.path.rsplit("/", 1)[1],
                         "sapo": art.lead, "content": _content(art), "categorySlug": cat,
                         "author": shown or "", "publishedAt": published_utc.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                         "viewCount": _id(art) % 997 + 311}}  # fmt: skip
    head = (f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(art.title)}"/>'
            f'<meta name="description" content="{attr(art.lead)}"/><link rel="canonical" href="https://baclam.gov.vn{art.path}"/>')
    return _layout(art.title, main, _next_data("/tin-tuc/[slug]", props, {"slug": art.path.rsplit("/", 1)[1]}), head)


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="NewsItem_item__Bq3Ls"><a href="{a.path}"><img src="{IMG}thumb-{_id(a)}.jpg&w=384&q=75" alt=""/></a>'
        f'<h3 class="NewsItem_title__oP1Zx"><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<span class="NewsItem_date__K9aSd">{dmy(a.published)}</span><p>{esc(a.lead[:150])}...</p></div>'
        for a in arts
    )


def render_category(cat: str, page: int) -> str:
    arts = [a for a in ARTICLES if a.extra["cat"] == cat]
    chunk = arts[(page - 1) * 2 : page * 2] if cat == "kinh-te" else arts
    pager = ""
    if cat == "kinh-te":
        pager = ('<div class="Pagination_wrap__Rk2Zq"><a href="/chuyen-muc/kinh-te">1</a>'
                 '<a href="/chuyen-muc/kinh-te?page=2">2</a></div>')  # fmt: skip
    main = f'<h1 class="Category_title__Hn6Lw">{esc(CATS[cat])}</h1>{_teasers(chunk)}{pager}'
    props = {"category": {"slug": cat, "name": CATS[cat]}, "page": page,
             "items": [{"title": a.title, "slug": a.path.rsplit("/", 1)[1]} for a in chunk]}
    return _layout(CATS[cat], main, _next_data("/chuyen-muc/[slug]", props, {"slug": cat}))


def render_home() -> str:
    hero = ARTICLES[0]
    main = (f'<section class="Home_hero__x8Tqa"><a href="{hero.path}"><img src="{IMG}hero.jpg&w=1080&q=75" alt=""/></a>'
            f'<h2><a href="{hero.path}">{esc(hero.title)}</a></h2><p>{esc(hero.lead)}</p></section>'
            f'<section class="Home_block__Ye5Pr"><h2>Tin tức - Sự kiện</h2>{_teasers(ARTICLES[1:])}</section>'
            '<section class="Home_block__Ye5Pr"><h2>Thông báo</h2><ul><li>Thông báo kết quả tuyển dụng công chức năm 2023 (13/03/2024)</li>'
            "<li>Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND tỉnh tháng 3/2024 (01/03/2024)</li></ul></section>")
    return _layout("Trang chủ", main, _next_data("/", {"hero": hero.title}))


def render_docs() -> str:
    rows = "".join(f'<tr><td>{esc(n)}</td><td>{d}</td><td>{esc(s)}</td><td><a href="/uploads/van-ban/{f}">Tải về</a></td></tr>'
                   for n, d, s, f in DOCS)
    main = (f'<h1 class="Category_title__Hn6Lw">Văn bản chỉ đạo, điều hành</h1><table class="Docs_table__a1Bc2">'
            f"<thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp tin</th></tr></thead><tbody>{rows}</tbody></table>")
    return _layout("Văn bản", main, _next_data("/van-ban", {"total": len(DOCS)}))


SCHEDULE = [
    ("08:00", "Chủ tịch UBND tỉnh họp Ban Chỉ đạo giải phóng mặt bằng các dự án trọng điểm", "Phòng họp số 2"),
    ("14:00", "Phó Chủ tịch UBND tỉnh Hà Thị Nguyệt kiểm tra tiến độ xây dựng Bệnh viện Đa khoa tỉnh", "Phường Đông Xuyên"),
    ("07:30", "Tập thể lãnh đạo UBND tỉnh giao ban định kỳ", "Phòng họp số 1"),
    ("15:00", "Tiếp và làm việc với đoàn công tác của Bộ Nông nghiệp và Phát triển nông thôn", "Nhà khách UBND tỉnh"),
]  # fmt: skip


def render_schedule(week: int, year: int) -> str:
    start = date.fromisocalendar(year, week, 1)
    rows = "".join(
        f"<tr><td>{['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'][i]}<br/>{start + timedelta(days=i):%d/%m/%Y}</td>"
        f"<td>{SCHEDULE[(i + week) % 4][0]}</td><td>{esc(SCHEDULE[(i + week) % 4][1])}</td><td>{esc(SCHEDULE[(i + week) % 4][2])}</td></tr>"
        for i in range(5)
    )
    prev, nxt = (start - timedelta(days=7)).isocalendar(), (start + timedelta(days=7)).isocalendar()
    main = (f'<h1 class="Category_title__Hn6Lw">Lịch công tác tuần {week}/{year}</h1>'
            f'<table class="Schedule_table__Zz8Ax"><tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}</table>'
            f'<div class="Schedule_nav__Lp0Mq"><a href="/lich-cong-tac?tuan={prev[1]}&amp;nam={prev[0]}">Tuần trước</a> '
            f'<a href="/lich-cong-tac?tuan={nxt[1]}&amp;nam={nxt[0]}">Tuần sau</a></div>')
    return _layout(f"Lịch công tác tuần {week}", main, _next_data("/lich-cong-tac", {"week": week, "year": year}))


STATIC = {
    "/gioi-thieu": ("Giới thiệu chung", [
        "Bắc Lâm là tỉnh miền núi, biên giới thuộc vùng trung du và miền núi phía Bắc, có diện tích tự "
        "nhiên 6.700 km², dân số khoảng 870.000 người.",
        "Tỉnh có 9 đơn vị hành chính cấp huyện, gồm 1 thành phố và 8 huyện, với 181 xã, phường, thị trấn.",
    ]),
    "/lien-he": ("Liên hệ", [
        "Ban biên tập Cổng Thông tin điện tử tỉnh Bắc Lâm, Văn phòng UBND tỉnh.",
        "Mọi ý kiến đóng góp xin gửi về hộp thư của Ban biên tập hoặc qua số điện thoại đường dây nóng.",
    ]),
}  # fmt: skip


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    main = f'<h1 class="Category_title__Hn6Lw">{esc(title)}</h1>' + "".join(f"<p>{esc(p)}</p>" for p in paras)
    return _layout(title, main, _next_data(path, {"page": {"title": title}}))


def render_search(q: str) -> str:
    hits = [a for a in ARTICLES if "đầu tư công" in (a.title + a.lead).lower()]
    main = f'<h1 class="Category_title__Hn6Lw">Kết quả tìm kiếm: “đầu tư công”</h1>{_teasers(hits)}'
    return _layout("Tìm kiếm", main, _next_data("/tim-kiem", {"q": q, "total": len(hits)}, {"q": q}))


NON_ARTICLES = {
    "/": "home",
    "/chuyen-muc/kinh-te": "listing",
    "/chuyen-muc/kinh-te?page=2": "listing",
    "/chuyen-muc/xa-hoi": "listing",
    "/van-ban": "documents",
    "/lich-cong-tac": "schedule",
    "/gioi-thieu": "static",
    "/lien-he": "static",
    "/tim-kiem?q=dau+tu+cong": "search",
}
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {f"/uploads/van-ban/{d[3]}": 200 for d in DOCS}
NON_ARTICLE_PATTERNS = [r"^/lich-cong-tac\?tuan=\d{1,2}&nam=\d{4}$"]
HAS_SITEMAP = True
CURRENT_WEEK = (11, 2024)
_WEEK = re.compile(r"^/lich-cong-tac\?tuan=(\d{1,2})&nam=(\d{4})$")


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/chuyen-muc/kinh-te"] = render_category("kinh-te", 1)
    out["/chuyen-muc/kinh-te?page=2"] = render_category("kinh-te", 2)
    out["/chuyen-muc/xa-hoi"] = render_category("xa-hoi", 1)
    out["/van-ban"] = render_docs()
    out["/lich-cong-tac"] = render_schedule(*CURRENT_WEEK)
    for path in STATIC:
        out[path] = render_static(path)
    out["/tim-kiem?q=dau+tu+cong"] = render_search("dau tu cong")
    return out


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    for path in OTHER_LINKS:
        pages[path] = pdf()
    entries = [a.path for a in ARTICLES] + ["/", "/chuyen-muc/kinh-te", "/chuyen-muc/xa-hoi", "/gioi-thieu", "/lien-he"]

    def handler(request: Request) -> Page | None:
        base = request.base_url.rstrip("/")
        if request.target == "/robots.txt":
            return Page.text(f"User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: {base}/sitemap.xml\n")
        if request.target == "/sitemap.xml":
            return sitemap_xml(base, entries)
        if request.path.startswith("/_next/image"):
            return image()
        match = _WEEK.match(request.target)
        if match:
            try:
                return Page.html(render_schedule(int(match[1]), int(match[2])))
            except ValueError:
                return None
        return None

    not_found = Page.html(_layout("404", "<h1>404</h1><p>Không tìm thấy trang bạn yêu cầu.</p>",
                                  _next_data("/404", {}), aside=False), status=404)  # fmt: skip
    return Site(pages=pages, handler=handler, not_found=not_found)
