"""A provincial portal built on a Vietnamese vendor's platform: ``/tin-tuc/<slug>-<id>.html``,
"17h20 ngày 12/3/2024" dates, a "Nghe đọc bài" audio player, "Các tin khác" with the dates
of other articles, the author as a signature "Hoàng Minh - Trung tâm Truyền thông tỉnh",
a weekly work schedule ("Lịch công tác", every week reachable), Q&A pages with dated
questions and answers, photo and video pages and widgets, and a sitemap index."""

from __future__ import annotations

import re
from datetime import date, timedelta

from crawler.replica.site import Page, Request, Site
from tests.sealed.common import WEEKDAYS, Art, attr, dmy, esc, file_page, site

SITE_ID = "sx-vendor-portal"
NAME = "Cổng thông tin điện tử tỉnh Bình Lâm"
CATS = {"thoi-su-chinh-tri": "Thời sự - Chính trị", "kinh-te": "Kinh tế", "xa-hoi": "Xã hội"}

ARTICLES = [
    Art(14, "/tin-tuc/chu-dong-phong-chong-sat-lo-dat-truoc-mua-mua-lu-10418.html",
        "2024-03-18T09:05:00+07:00", "9h05 ngày 18/3/2024", author="Vũ Thị Lan",
        signature="Vũ Thị Lan - Văn phòng UBND tỉnh", extra={"cat": "xa-hoi"}),
    Art(12, "/tin-tuc/chu-dong-phong-chong-dich-ta-lon-chau-phi-10411.html",
        "2024-03-14T14:00:00+07:00", "14h00 ngày 14/3/2024",
        source_line="Theo Chi cục Chăn nuôi và Thú y", source="Chi cục Chăn nuôi và Thú y",
        extra={"cat": "kinh-te"}),
    Art(13, "/tin-tuc/ky-hop-chuyen-de-hdnd-tinh-thong-qua-12-nghi-quyet-10405.html",
        "2024-03-12T17:20:00+07:00", "17h20 ngày 12/3/2024", author="Hoàng Minh",
        signature="Hoàng Minh - Trung tâm Truyền thông tỉnh", extra={"cat": "thoi-su-chinh-tri"}),
    Art(8, "/tin-tuc/thu-ngan-sach-hai-thang-dau-nam-tang-14-10391.html",
        "2024-03-07T15:45:00+07:00", "15h45 ngày 7/3/2024", source_line="Nguồn: Cục Thuế tỉnh",
        source="Cục Thuế tỉnh", extra={"cat": "kinh-te"}),
    Art(22, "/tin-tuc/ho-tro-bo-giong-phat-trien-sinh-ke-cho-ho-ngheo-10377.html",
        "2024-03-01T08:00:00+07:00", "8h00 ngày 1/3/2024", author="Quỳnh Nga",
        signature="Quỳnh Nga - Ban Dân tộc tỉnh", attach_prefix="File đính kèm: ",
        attachment=("/upload/files/2024/03/danh-sach-ho-nhan-bo-giong.docx",
                    "Danh sách hộ được hỗ trợ bò giống"), extra={"cat": "kinh-te"}),
    Art(3, "/tin-tuc/hon-300-thanh-nien-len-duong-nhap-ngu-nam-2024-10369.html",
        "2024-02-27T11:10:00+07:00", "11h10 ngày 27/2/2024", author="Mạnh Cường",
        signature="Mạnh Cường", extra={"cat": "thoi-su-chinh-tri"}),
    Art(15, "/tin-tuc/phat-dong-tet-trong-cay-xuan-giap-thin-2024-10352.html",
        "2024-02-16T10:30:00+07:00", "10h30 ngày 16/2/2024", author="Tuấn Anh",
        signature="Tuấn Anh - Trung tâm Truyền thông tỉnh",
        image=("/upload/images/2024/02/16/tet-trong-cay.jpg",
               "Các đại biểu trồng cây tại đồi thông xã Tân Lập."),
        extra={"cat": "thoi-su-chinh-tri"}),
]  # fmt: skip
CHROME = [
    "Các tin khác", "Nghe đọc bài", "Cỡ chữ", "In bài", "Gửi bài", "Quay lại", "Chia sẻ",
    "Lượt truy cập", "Đang online", "Lịch công tác", "Hỏi đáp", "Thư viện ảnh", "Video",
    "Đăng nhập", "Cơ quan chủ quản", "Điện thoại: 0263.3821.555", "banbientap@binhlam.gov.vn",
    "VNPT Bình Lâm",
]  # fmt: skip
QA = [  # id, slug, asker, asked, question, answerer, answered, answer
    (218, "thu-tuc-cap-lai-giay-khai-sinh", "Nguyễn Văn Bình (xã Tân Lập)", "20/02/2024",
     "Tôi bị mất giấy khai sinh bản chính, xin hỏi thủ tục cấp lại như thế nào và nộp hồ sơ ở đâu?",
     "Sở Tư pháp", "05/03/2024",
     "Ông liên hệ Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh trước đây để được cấp bản sao trích lục khai sinh; "
     "hồ sơ gồm tờ khai theo mẫu và giấy tờ tùy thân. Thời hạn giải quyết là ngay trong ngày."),
    (215, "che-do-ho-tro-hoc-sinh-ban-tru", "Lò Thị Hoa (huyện Mường Lay)", "08/02/2024",
     "Con tôi học lớp 7 ở trường phổ thông dân tộc bán trú thì được hưởng chế độ hỗ trợ tiền ăn, tiền nhà ở ra sao?",
     "Sở Giáo dục và Đào tạo", "26/02/2024",
     "Theo Nghị định số 116/2016/NĐ-CP, học sinh bán trú được hỗ trợ tiền ăn mỗi tháng bằng 40% mức lương cơ sở "
     "và hỗ trợ 15 kg gạo mỗi tháng, tối đa 9 tháng mỗi năm học."),
]  # fmt: skip
ALBUM = ("/thu-vien-anh/binh-lam-mua-hoa-dao-327.html", "Bình Lâm mùa hoa đào", "10/02/2024")
VIDEO = ("/video/ban-tin-thoi-su-toi-11-3-2024-512.html", "Bản tin thời sự tối 11/3/2024", "11/03/2024")
STATIC = {"/lien-he.html": "Liên hệ", "/so-do-cong.html": "Sơ đồ cổng", "/dang-nhap.html": "Đăng nhập",
          "/tim-kiem.html": "Tìm kiếm", "/hoi-dap/gui-cau-hoi.html": "Gửi câu hỏi"}  # fmt: skip
WEEK = (2024, 11)  # the current week of the schedule
SCHEDULE = "/lich-cong-tac.html"


def _week_url(year: int, week: int) -> str:
    return f"{SCHEDULE}?tuan={week}&nam={year}"


def _cat_url(cat: str, page: int = 1) -> str:
    return f"/chuyen-muc/{cat}.html" + ("" if page == 1 else f"?page={page}")


def _in(cat: str) -> list[Art]:
    return [a for a in ARTICLES if a.extra["cat"] == cat]


PER_PAGE = 3
LISTS = [_cat_url(c, p) for c in CATS for p in range(1, -(-len(_in(c)) // PER_PAGE) + 1)]
NON_ARTICLES = [
    "/", *LISTS, SCHEDULE, _week_url(2024, 10), _week_url(2024, 12), "/hoi-dap.html",
    *(f"/hoi-dap/{q[1]}-{q[0]}.html" for q in QA), "/thu-vien-anh.html", ALBUM[0], "/video.html",
    VIDEO[0], *STATIC,
]  # fmt: skip
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {a.attachment[0]: 200 for a in ARTICLES if a.attachment}
#: served for any week: the schedule's "previous/next week" links never end
NON_ARTICLE_PATTERNS = [r"^/lich-cong-tac\.html\?tuan=\d{1,2}&nam=\d{4}$"]
HAS_SITEMAP = True


def _layout(title: str, main: str, crumbs: list[tuple[str, str]]) -> str:
    menu = "".join(f'<li><a href="{_cat_url(c)}">{esc(t)}</a></li>' for c, t in CATS.items())
    crumb = " » ".join(f'<a href="{attr(h)}">{esc(t)}</a>' if h else esc(t) for h, t in crumbs)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title><meta name="description" content="{attr(NAME)}" />
<link href="/Portals/_default/skins/vnpt/css/bootstrap.min.css" rel="stylesheet" />
<script src="/Portals/_default/skins/vnpt/js/jquery.min.js"></script>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-BL2024PORT"></script></head>
<body><div class="wrapper"><div class="top-header"><div class="container">
<span class="date-now">Hôm nay: Thứ Hai, 18/03/2024</span>
<a href="/dang-nhap.html" class="login">Đăng nhập</a> | <a href="/so-do-cong.html">Sơ đồ cổng</a></div></div>
<div class="banner"><a href="/"><img src="/upload/banner/banner-binhlam-2024.png" alt="{attr(NAME)}" /></a></div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="{_cat_url('thoi-su-chinh-tri')}">Tin tức</a><ul>{menu}</ul></li>
<li><a href="{SCHEDULE}">Lịch công tác</a></li><li><a href="/hoi-dap.html">Hỏi đáp</a></li>
<li><a href="/thu-vien-anh.html">Thư viện ảnh</a></li><li><a href="/video.html">Video</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li></ul>
<form action="/tim-kiem.html" method="get" class="search"><input type="text" name="q" placeholder="Tìm kiếm..." /></form></nav>
<div class="container"><div class="breadcrumb">{crumb}</div><div class="row"><div class="col-md-8 main-content">{main}</div>
<div class="col-md-4 sidebar"><div class="block"><h3 class="block-title"><a href="{SCHEDULE}">Lịch công tác</a></h3>
<p>Lịch công tác của Lãnh đạo UBND tỉnh tuần 11 (từ 11/03/2024 đến 17/03/2024)</p></div>
<div class="block"><h3 class="block-title"><a href="/video.html">Video</a></h3>
<iframe width="100%" height="200" src="https://www.youtube.com/embed/x7Kd2pQ0LmE" frameborder="0" allowfullscreen></iframe>
<a href="{VIDEO[0]}">{esc(VIDEO[1])}</a></div>
<div class="block"><h3 class="block-title"><a href="/thu-vien-anh.html">Thư viện ảnh</a></h3>
<a href="{ALBUM[0]}"><img src="/upload/album/327/cover.jpg" alt="" /></a><a href="{ALBUM[0]}">{esc(ALBUM[1])}</a></div>
<div class="block"><h3 class="block-title"><a href="/hoi-dap.html">Hỏi đáp</a></h3><ul>
{"".join(f'<li><a href="/hoi-dap/{q[1]}-{q[0]}.html">{esc(q[4][:70])}...</a></li>' for q in QA)}</ul></div>
<div class="block thongke"><h3 class="block-title">Thống kê</h3><p>Lượt truy cập: 5.678.901</p><p>Đang online: 148</p></div></div></div></div>
<footer class="footer"><div class="container"><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Lâm</p>
<p>Cơ quan thường trực: Văn phòng Ủy ban nhân dân tỉnh Bình Lâm</p>
<p>Địa chỉ: Số 1 đường 30 Tháng 4, phường Tân An, thành phố Bình Lâm</p>
<p>Điện thoại: 0263.3821.555 - Email: banbientap@binhlam.gov.vn</p>
<p>Giấy phép số 05/GP-TTĐT ngày 12/01/2021 của Sở Thông tin và Truyền thông. Thiết kế và phát triển bởi VNPT Bình Lâm.</p></div></footer>
</div></body></html>"""


def _blocks(art: Art) -> str:
    out = [f'<p style="text-align: justify;">{esc(art.paragraphs[0])}</p>']
    if art.image:
        src, caption = art.image
        out.append(f'<figure class="image" style="display:inline-block"><img alt="" height="450" src="{attr(src)}" width="675" />'
                   f"<figcaption>{esc(caption)}</figcaption></figure>")  # fmt: skip
    out += [f'<p style="text-align: justify;">{esc(x)}</p>' for x in art.paragraphs[1:]]
    if art.attachment:
        href, label = art.attachment
        out.append(f'<p>{esc(art.attach_prefix.strip())} <a href="{attr(href)}" target="_blank">{esc(label)}</a></p>')
    for line in (art.signature, art.source_line):
        if line:
            out.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    return "".join(out)


def render_article(art: Art) -> str:
    cat = art.extra["cat"]
    others = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)  # fmt: skip
    ident = art.path.rsplit("-", 1)[1].split(".")[0]
    main = f"""<div class="news-detail"><h1 class="title-detail">{esc(art.title)}</h1>
<div class="date-detail"><i class="fa fa-clock-o"></i> {esc(art.date_line)}
<span class="font-size">Cỡ chữ: <a href="javascript:zoom(-1)">A-</a> <a href="javascript:zoom(0)">A</a> <a href="javascript:zoom(1)">A+</a></span></div>
<div class="audio-detail"><span>Nghe đọc bài</span> <audio controls preload="none" src="/upload/tts/{ident}.mp3"></audio></div>
<div class="sapo-detail"><strong>{esc(art.lead)}</strong></div>
<div class="content-detail">{_blocks(art)}</div>
<div class="share-detail">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={attr(art.path)}" target="_blank">Facebook</a>
<a href="https://zalo.me/share?u={attr(art.path)}" target="_blank">Zalo</a> | <a href="javascript:window.print()">In bài</a> |
<a href="javascript:guibai({ident})">Gửi bài</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="other-news"><h3>Các tin khác</h3><ul>{others}</ul></div></div>"""
    crumbs = [("/", "Trang chủ"), (_cat_url(cat), CATS[cat])]
    return _layout(art.title, main, crumbs)


def _items(arts: list[Art]) -> str:
    return "".join(
        f'<div class="news-item"><a href="{attr(a.path)}"><img src="/upload/thumb/{a.text}.jpg" alt="" /></a>'
        f'<h3><a href="{attr(a.path)}">{esc(a.title)}</a></h3><span class="date">{esc(a.date_line)}</span>'
        f"<p>{esc(a.lead[:160])}...</p></div>" for a in arts)  # fmt: skip


def _listing(cat: str, page: int) -> str:
    arts = _in(cat)
    count = -(-len(arts) // PER_PAGE)
    pager = "" if count == 1 else '<div class="pager">' + " ".join(
        f"<span>{n}</span>" if n == page else f'<a href="{_cat_url(cat, n)}">{n}</a>' for n in range(1, count + 1)) + "</div>"  # fmt: skip
    main = f'<h2 class="cat-title">{esc(CATS[cat])}</h2>{_items(arts[(page - 1) * PER_PAGE : page * PER_PAGE])}{pager}'
    return _layout(CATS[cat], main, [("/", "Trang chủ"), ("", CATS[cat])])


def _home() -> str:
    blocks = "".join(f'<div class="cat-block"><h2><a href="{_cat_url(c)}">{esc(t)}</a></h2>{_items(_in(c)[:2])}</div>'
                     for c, t in CATS.items())  # fmt: skip
    return _layout(NAME, f'<div class="hot-news">{_items(ARTICLES[:1])}</div>{blocks}', [("/", "Trang chủ")])


_EVENTS = [
    ("08h00", "Chủ tịch UBND tỉnh chủ trì họp Ban Chỉ đạo các chương trình mục tiêu quốc gia.", "Phòng họp số 1, UBND tỉnh"),
    ("14h00", "Phó Chủ tịch UBND tỉnh Lê Văn Hùng kiểm tra tiến độ dự án đường nối trung tâm thành phố.", "Hiện trường dự án"),
    ("08h30", "Lãnh đạo UBND tỉnh tiếp công dân định kỳ.", "Trụ sở Tiếp công dân tỉnh"),
]  # fmt: skip


def _schedule(year: int, week: int) -> str:
    monday = date.fromisocalendar(year, week, 1)
    rows = []
    for i in range(5):
        day = monday + timedelta(days=i)
        hour, what, where = _EVENTS[(week + i) % len(_EVENTS)]
        rows.append(f'<tr><td class="day">{WEEKDAYS[i]}<br />{day:%d/%m/%Y}</td><td>{hour}</td>'
                    f"<td>{esc(what)}</td><td>{esc(where)}</td></tr>")  # fmt: skip
    prev_y, prev_w, _ = (monday - timedelta(days=7)).isocalendar()
    next_y, next_w, _ = (monday + timedelta(days=7)).isocalendar()
    sunday = monday + timedelta(days=6)
    main = (f'<h2>Lịch công tác tuần {week} (từ {monday:%d/%m/%Y} đến {sunday:%d/%m/%Y})</h2>'
            f'<div class="week-nav"><a href="{attr(_week_url(prev_y, prev_w))}">« Tuần trước</a> | '
            f'<a href="{attr(_week_url(next_y, next_w))}">Tuần sau »</a></div>'
            f'<table class="lich"><tr><th>Thứ/Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr>{"".join(rows)}</table>')  # fmt: skip
    return _layout("Lịch công tác", main, [("/", "Trang chủ"), ("", "Lịch công tác")])


def _qa_page(q: tuple) -> str:
    ident, slug, asker, asked, question, who, answered, answer = q
    main = (f'<div class="qa-detail"><h1>{esc(question[:80])}...</h1><div class="qa-ask"><p><b>Người hỏi:</b> {esc(asker)}</p>'
            f"<p><b>Ngày hỏi:</b> {asked}</p><p><b>Câu hỏi:</b> {esc(question)}</p></div>"
            f'<div class="qa-answer"><p><b>Cơ quan trả lời:</b> {esc(who)} - <b>Ngày trả lời:</b> {answered}</p>'
            f"<p>{esc(answer)}</p></div></div>")  # fmt: skip
    return _layout("Hỏi đáp", main, [("/", "Trang chủ"), ("/hoi-dap.html", "Hỏi đáp")])


def _qa_list() -> str:
    items = "".join(f'<li><a href="/hoi-dap/{q[1]}-{q[0]}.html">{esc(q[4])}</a><br /><span>Người hỏi: {esc(q[2])} - '
                    f"Ngày hỏi: {q[3]}</span></li>" for q in QA)  # fmt: skip
    main = f'<h2>Hỏi đáp</h2><a href="/hoi-dap/gui-cau-hoi.html">Gửi câu hỏi</a><ul class="qa-list">{items}</ul>'
    return _layout("Hỏi đáp", main, [("/", "Trang chủ"), ("", "Hỏi đáp")])


def _media() -> dict[str, str]:
    photos = "".join(f'<figure><img src="/upload/album/327/{i}.jpg" alt="" /><figcaption>{esc(c)}</figcaption></figure>'
                     for i, c in enumerate(("Hoa đào nở rộ ven đường lên bản Tả Phìn.", "Du khách chụp ảnh bên gốc đào cổ thụ.")))  # fmt: skip
    return {
        "/thu-vien-anh.html": _layout("Thư viện ảnh", f'<h2>Thư viện ảnh</h2><div class="album"><a href="{ALBUM[0]}">'
                                      f'<img src="/upload/album/327/cover.jpg" alt="" />{esc(ALBUM[1])}</a> <span>{ALBUM[2]}</span></div>',
                                      [("/", "Trang chủ"), ("", "Thư viện ảnh")]),
        ALBUM[0]: _layout(ALBUM[1], f'<h1>{esc(ALBUM[1])}</h1><span class="date">{ALBUM[2]}</span>{photos}',
                          [("/", "Trang chủ"), ("/thu-vien-anh.html", "Thư viện ảnh")]),
        "/video.html": _layout("Video", f'<h2>Video</h2><div class="video-item"><a href="{VIDEO[0]}">{esc(VIDEO[1])}</a> '
                               f"<span>{VIDEO[2]}</span></div>", [("/", "Trang chủ"), ("", "Video")]),
        VIDEO[0]: _layout(VIDEO[1], f'<h1>{esc(VIDEO[1])}</h1><span class="date">{VIDEO[2]}</span>'
                          '<iframe width="100%" height="420" src="https://www.youtube.com/embed/x7Kd2pQ0LmE" allowfullscreen></iframe>'
                          "<p>Bản tin thời sự tối do Trung tâm Truyền thông tỉnh thực hiện.</p>",
                          [("/", "Trang chủ"), ("/video.html", "Video")]),
    }  # fmt: skip


_STATIC_BODY = {
    "Liên hệ": "<p>Ban Biên tập Cổng thông tin điện tử tỉnh Bình Lâm.</p><p>Đường dây nóng: 0263.3821.556</p>",
    "Sơ đồ cổng": "".join(f'<p><a href="{_cat_url(c)}">{esc(t)}</a></p>' for c, t in CATS.items()),
    "Đăng nhập": '<form method="post"><input name="username" /><input name="password" type="password" /></form>',
    "Tìm kiếm": "<p>Nhập từ khóa để tìm kiếm.</p>",
    "Gửi câu hỏi": '<form method="post"><input name="hoten" /><textarea name="cauhoi"></textarea></form>',
}


def _week_page(request: Request) -> Page | None:
    if request.path == "/sitemap.xml":
        base = request.base_url.rstrip("/")
        body = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{base}/sitemaps/tin-tuc.xml</loc></sitemap></sitemapindex>\n")  # fmt: skip
        return Page.text(body, "application/xml; charset=utf-8")
    if request.path == "/sitemaps/tin-tuc.xml":
        base = request.base_url.rstrip("/")
        urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{a.published}</lastmod></url>" for a in ARTICLES)
        return Page.text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                         f'sitemap/0.9">{urls}</urlset>\n', "application/xml; charset=utf-8")  # fmt: skip
    m = re.fullmatch(r"/lich-cong-tac\.html\?tuan=(\d{1,2})&nam=(\d{4})", request.target)
    if not m:
        return None
    try:
        return Page.html(_schedule(int(m[2]), int(m[1])))
    except ValueError:  # no such ISO week
        return None


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/"] = Page.html(_home())
    for cat in CATS:
        for page in range(1, -(-len(_in(cat)) // PER_PAGE) + 1):
            pages[_cat_url(cat, page)] = Page.html(_listing(cat, page))
    pages[SCHEDULE] = Page.html(_schedule(*WEEK))
    for week in (10, 12):
        pages[_week_url(2024, week)] = Page.html(_schedule(2024, week))
    pages["/hoi-dap.html"] = Page.html(_qa_list())
    for q in QA:
        pages[f"/hoi-dap/{q[1]}-{q[0]}.html"] = Page.html(_qa_page(q))
    pages |= {p: Page.html(h) for p, h in _media().items()}
    for path, title in STATIC.items():
        pages[path] = Page.html(_layout(title, f"<h2>{esc(title)}</h2>{_STATIC_BODY[title]}", [("/", "Trang chủ"), ("", title)]))
    for a in ARTICLES:
        if a.attachment:
            pages[a.attachment[0]] = file_page("docx")
    not_found = Page.html(_layout("Không tìm thấy trang", "<h2>Trang bạn tìm không tồn tại.</h2>", [("/", "Trang chủ")]), status=404)
    robots = "User-agent: *\nDisallow: /dang-nhap.html\nDisallow: /tim-kiem.html\nSitemap: {base}sitemap.xml\n"
    return site(pages, robots, _week_page, not_found)
