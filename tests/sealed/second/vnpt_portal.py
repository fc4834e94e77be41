"""A provincial department's portal on a Vietnamese telecom vendor's e-government platform
(portlet pages in a Bootstrap 3 grid): ``/tin-tuc-su-kien/t<id>/<slug>.html``, "Ngày đăng:
12/03/2024 | 08:15" above the body, authors as a bold right-aligned signature, "Tin, ảnh:"
or only a "Nguồn:" line, "Tin liên quan" with dates, weather, visitor, photo and video
portlets, a weekly work schedule, Q&A pages with dated questions and answers, a dated photo
album, static pages and a sitemap."""

from __future__ import annotations

from crawler.replica.site import Page, Request, Site
from tests.sealed.second.common import Art, attr, dmy, esc, file_page, site, urlset

SITE_ID = "sy-vnpt-portal"
NAME = "Sở Tài nguyên và Môi trường tỉnh Đông Giang"
N = "/tin-tuc-su-kien/"


def _p(i: int, slug: str) -> str:
    return f"{N}t{i}/{slug}.html"


ARTICLES = [
    Art(21, _p(5204, "doan-cong-tac-bo-tnmt-lam-viec-ve-quy-hoach-tai-nguyen-nuoc"), "2024-03-20T16:30:00+07:00",
        "Ngày đăng: 20/03/2024 | 16:30", author="Thanh Hương", signature="Thanh Hương - Văn phòng Sở"),
    Art(2, _p(5188, "phat-dong-chien-dich-gio-trai-dat-va-ra-quan-thu-gom-rac-thai-nhua"), "2024-03-16T10:05:00+07:00",
        "Ngày đăng: 16/03/2024 | 10:05", author="Minh Đức", signature="Tin, ảnh: Minh Đức",
        image=("/Uploads/images/2024/03/ra-quan-thu-gom-rac.jpg",
               "Đoàn viên thanh niên thu gom rác thải nhựa dọc bờ kè sông Đông Giang.")),
    Art(0, _p(5171, "quan-trac-tu-dong-chat-luong-nuoc-song-dong-giang"), "2024-03-12T08:15:00+07:00",
        "Ngày đăng: 12/03/2024 | 08:15", source_line="Nguồn: Trung tâm Quan trắc môi trường",
        source="Trung tâm Quan trắc môi trường"),
    Art(3, _p(5150, "xu-phat-ba-co-so-khai-thac-cat-trai-phep-tren-song"), "2024-03-06T14:40:00+07:00",
        "Ngày đăng: 06/03/2024 | 14:40", author="Thanh tra Sở", signature="Thanh tra Sở",
        attachment=("/Uploads/files/2024/03/QD-xu-phat-khai-thac-cat.pdf",
                    "Quyết định số 87/QĐ-XPHC ngày 04/03/2024"), attach_prefix="Văn bản đính kèm: "),
    Art(1, _p(5126, "hon-1200-ho-dan-duoc-cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau"), "2024-02-29T09:00:00+07:00",
        "Ngày đăng: 29/02/2024 | 09:00", author="Lê Quang Vũ",
        signature="Lê Quang Vũ - Văn phòng Đăng ký đất đai tỉnh"),
]  # fmt: skip
CHROME = [
    "Thời tiết", "Lượt truy cập", "Đang online", "Tin liên quan", "Thư viện ảnh", "In trang",
    "Gửi email", "Chia sẻ", "Bản quyền thuộc Sở Tài nguyên và Môi trường tỉnh Đông Giang",
    "Điện thoại: 0235.3812.455", "stnmt@donggiang.gov.vn", "Trang chủ",
]  # fmt: skip
QA = [  # id, asked on, asker, question, answered on, answer
    (318, "02/03/2024", "Nguyễn Văn Bình (xã Hòa Phú)",
     "Gia đình tôi sử dụng đất vườn liền kề đất ở từ năm 1998, nay muốn cấp giấy chứng nhận thì cần những giấy tờ gì?",
     "08/03/2024", "Theo quy định, hộ gia đình cần nộp đơn đăng ký, giấy tờ về nguồn gốc đất (nếu có) và xác nhận của "
     "Ủy ban nhân dân xã về thời điểm sử dụng đất ổn định, không tranh chấp."),
    (305, "19/02/2024", "Trần Thị Lan (phường An Xuân)",
     "Cơ sở sản xuất nhỏ của gia đình tôi có phải lập kế hoạch bảo vệ môi trường không?",
     "26/02/2024", "Cơ sở thuộc đối tượng đăng ký môi trường với Ủy ban nhân dân cấp xã nếu phát sinh chất thải; "
     "bà liên hệ bộ phận một cửa của phường để được hướng dẫn."),
]  # fmt: skip
ALBUM = "/thu-vien-anh/ra-quan-gio-trai-dat-2024.html"
STATIC = {"/gioi-thieu/chuc-nang-nhiem-vu.html": "Chức năng, nhiệm vụ", "/gioi-thieu/lanh-dao-so.html": "Lãnh đạo Sở",
          "/lien-he.html": "Liên hệ"}  # fmt: skip
PER_PAGE = 3
NON_ARTICLES = [
    "/", "/tin-tuc-su-kien.html", "/tin-tuc-su-kien.html?page=2", "/lich-cong-tac.html", "/hoi-dap.html",
    *(f"/hoi-dap/cau-hoi-{q[0]}.html" for q in QA), ALBUM, *STATIC,
]  # fmt: skip
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {ARTICLES[3].attachment[0]: 200}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True


def _portlet(title: str, body: str, pid: str) -> str:
    return (f'<div class="portlet" id="portlet_{pid}"><div class="portlet-header"><span class="portlet-title">{esc(title)}</span></div>'
            f'<div class="portlet-body">{body}</div></div>')  # fmt: skip


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="{attr(h)}">{esc(t)}</a></li>' for h, t in (
        ("/", "Trang chủ"), ("/gioi-thieu/chuc-nang-nhiem-vu.html", "Giới thiệu"), ("/tin-tuc-su-kien.html", "Tin tức - Sự kiện"),
        ("/lich-cong-tac.html", "Lịch công tác"), ("/hoi-dap.html", "Hỏi đáp"), ("/lien-he.html", "Liên hệ")))  # fmt: skip
    side = (_portlet("Thời tiết", '<div class="weather"><span class="city">Đông Giang</span> <span class="temp">27°C</span> Nắng nhẹ</div>', "Weather")
            + _portlet("Thư viện ảnh", f'<a href="{ALBUM}"><img src="/Uploads/album/gio-trai-dat/1.jpg" alt="Ra quân Giờ Trái Đất" /></a>', "Album")
            + _portlet("Video", '<iframe src="https://www.youtube.com/embed/x7DgQ2aLk0s" width="100%" height="200"></iframe>', "Video")
            + _portlet("Thống kê", "<div>Đang online: 42</div><div>Lượt truy cập: 1.325.477</div>", "Counter"))  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/Portal/themes/stnmt/css/bootstrap.min.css" /><link rel="stylesheet" href="/Portal/themes/stnmt/css/portal.css" />
<script src="/Portal/js/jquery-1.12.4.min.js"></script><script>var portalContext = {{siteId: 27, lang: "vi-VN", pageId: 1043}};</script>
</head><body class="portal-page">
<div class="top-bar"><div class="container"><span class="today">Hôm nay: 20/03/2024</span>
<a href="https://sso.donggiang.gov.vn/login" class="pull-right">Đăng nhập hệ thống</a></div></div>
<div class="banner"><div class="container"><img src="/Portal/themes/stnmt/images/banner.png" alt="{attr(NAME)}" /></div></div>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">{menu}</ul></div></nav>
<div class="container"><div class="row"><div class="col-md-8 portal-column" id="column-1">{main}</div>
<div class="col-md-4 portal-column" id="column-2">{side}</div></div></div>
<footer class="footer"><div class="container"><p><b>{esc(NAME.upper())}</b></p>
<p>Địa chỉ: Số 12 Trần Phú, thành phố Đông Giang</p><p>Điện thoại: 0235.3812.455 - Email: stnmt@donggiang.gov.vn</p>
<p>Bản quyền thuộc Sở Tài nguyên và Môi trường tỉnh Đông Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
</body></html>"""


def render_article(art: Art) -> str:
    body = [f'<p style="text-align:justify">{esc(art.paragraphs[0])}</p>']
    if art.image:
        src, cap = art.image
        body.append(f'<table class="image-table" align="center"><tr><td><img src="{attr(src)}" alt="" /></td></tr>'
                    f'<tr><td class="image-caption">{esc(cap)}</td></tr></table>')  # fmt: skip
    body += [f'<p style="text-align:justify">{esc(x)}</p>' for x in art.paragraphs[1:]]
    if art.attachment:
        href, label = art.attachment
        body.append(f'<p>{esc(art.attach_prefix)}<a href="{attr(href)}">{esc(label)}</a></p>')
    if art.signature:
        body.append(f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>')
    if art.source_line:
        body.append(f'<p style="text-align:right"><em>{esc(art.source_line)}</em></p>')
    related = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>'
                      for a in ARTICLES if a is not art)  # fmt: skip
    detail = (f'<div class="news-detail"><h1 class="news-title">{esc(art.title)}</h1>'
              f'<div class="news-date"><i class="fa fa-clock-o"></i> {esc(art.date_line)}</div>'
              f'<div class="news-summary"><b>{esc(art.lead)}</b></div><div class="news-content">{"".join(body)}</div>'
              '<div class="news-tools"><a href="javascript:window.print()">In trang</a> | '
              f'<a href="mailto:?subject={attr(art.title)}">Gửi email</a> | '
              f'<a href="https://www.facebook.com/sharer/sharer.php?u={attr(art.path)}">Chia sẻ</a></div></div>'
              f'<div class="related-news"><h3>Tin liên quan</h3><ul>{related}</ul></div>')  # fmt: skip
    return _layout(art.title, _portlet("Tin tức - Sự kiện", detail, "ContentDetail"))


def _listing(page: int) -> str:
    arts = ARTICLES[(page - 1) * PER_PAGE : page * PER_PAGE]
    items = "".join(
        f'<div class="news-item row"><div class="col-xs-4"><a href="{attr(a.path)}"><img src="/Uploads/thumb/{a.text}.jpg" alt="" /></a></div>'
        f'<div class="col-xs-8"><a class="title" href="{attr(a.path)}">{esc(a.title)}</a><span class="date">{dmy(a.published)}</span>'
        f"<p>{esc(a.lead[:160])}...</p></div></div>" for a in arts)  # fmt: skip
    pager = "".join(f"<li class='active'><span>{n}</span></li>" if n == page else
                    f'<li><a href="/tin-tuc-su-kien.html{"" if n == 1 else f"?page={n}"}">{n}</a></li>' for n in (1, 2))  # fmt: skip
    return _layout("Tin tức - Sự kiện", _portlet("Tin tức - Sự kiện", f'{items}<ul class="pagination">{pager}</ul>', "ContentList"))


def _home() -> str:
    top = ARTICLES[0]
    news = "".join(f'<li><a href="{attr(a.path)}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>'
                   for a in ARTICLES[1:])  # fmt: skip
    hot = (f'<div class="hot-news"><a href="{attr(top.path)}"><img src="/Uploads/thumb/{top.text}.jpg" alt="" /></a>'
           f'<h2><a href="{attr(top.path)}">{esc(top.title)}</a></h2><p>{esc(top.lead)}</p></div><ul>{news}</ul>')  # fmt: skip
    qa = "".join(f'<li><a href="/hoi-dap/cau-hoi-{q[0]}.html">{esc(q[3])}</a></li>' for q in QA)
    return _layout("Trang chủ", _portlet("Tin nổi bật", hot, "HotNews") + _portlet("Hỏi đáp", f"<ul>{qa}</ul>", "QA"))


def _schedule() -> str:
    rows = [("Thứ Hai, 18/03/2024", "08:00", "Giám đốc Sở chủ trì họp giao ban lãnh đạo Sở", "Phòng họp số 1"),
            ("Thứ Hai, 18/03/2024", "14:00", "Phó Giám đốc Phạm Văn Hải kiểm tra mỏ cát tại xã Hòa Phú", "Xã Hòa Phú"),
            ("Thứ Tư, 20/03/2024", "08:30", "Làm việc với đoàn công tác Cục Quản lý tài nguyên nước", "Hội trường Sở"),
            ("Thứ Sáu, 22/03/2024", "07:30", "Giám đốc Sở dự Lễ mít tinh hưởng ứng Ngày Nước thế giới", "Quảng trường tỉnh")]  # fmt: skip
    body = "".join(f"<tr><td>{esc(d)}</td><td>{t}</td><td>{esc(c)}</td><td>{esc(w)}</td></tr>" for d, t, c, w in rows)
    table = ('<p>Tuần 12 (từ 18/03/2024 đến 24/03/2024)</p><table class="table table-bordered"><tr><th>Ngày</th><th>Giờ</th>'
             f"<th>Nội dung</th><th>Địa điểm</th></tr>{body}</table>")  # fmt: skip
    return _layout("Lịch công tác", _portlet("Lịch công tác tuần", table, "Schedule"))


def _qa_list() -> str:
    items = "".join(f'<div class="qa-item"><a href="/hoi-dap/cau-hoi-{i}.html">{esc(q)}</a><div>Người hỏi: {esc(who)} - Ngày gửi: {d}</div></div>'
                    for i, d, who, q, _, _ in QA)  # fmt: skip
    return _layout("Hỏi đáp", _portlet("Hỏi đáp", items, "QAList"))


def _qa(q: tuple) -> str:
    i, d, who, question, da, answer = q
    body = (f'<div class="qa-question"><b>Câu hỏi:</b> {esc(question)}<div>Người hỏi: {esc(who)} - Ngày gửi: {d}</div></div>'
            f'<div class="qa-answer"><b>Trả lời:</b> <p>{esc(answer)}</p><div>Cơ quan trả lời: Văn phòng Đăng ký đất đai tỉnh - '
            f'Ngày trả lời: {da}</div></div><a href="/hoi-dap.html">Quay lại danh sách</a>')  # fmt: skip
    return _layout("Hỏi đáp", _portlet("Hỏi đáp", body, "QADetail"))


def _album() -> str:
    pics = "".join(f'<div class="col-xs-4"><img src="/Uploads/album/gio-trai-dat/{n}.jpg" alt="Ảnh {n}" /></div>' for n in range(1, 7))
    body = f'<h2>Ra quân hưởng ứng Giờ Trái Đất năm 2024</h2><div class="date">16/03/2024</div><div class="row">{pics}</div>'
    return _layout("Thư viện ảnh", _portlet("Thư viện ảnh", body, "AlbumDetail"))


_STATIC = {
    "Chức năng, nhiệm vụ": "<p>Sở Tài nguyên và Môi trường là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu quản lý nhà nước "
    "về đất đai, tài nguyên nước, khoáng sản, môi trường, khí tượng thủy văn, đo đạc và bản đồ.</p>",
    "Lãnh đạo Sở": "<table class='table'><tr><td>Giám đốc</td><td>Nguyễn Hữu Tâm</td><td>0235.3812.400</td></tr>"
    "<tr><td>Phó Giám đốc</td><td>Phạm Văn Hải</td><td>0235.3812.401</td></tr></table>",
    "Liên hệ": "<p>Văn phòng Sở: Số 12 Trần Phú, thành phố Đông Giang</p><form><input name='hoten' placeholder='Họ tên' />"
    "<textarea name='noidung'></textarea><button>Gửi</button></form>",
}


def _sitemap(request: Request) -> Page | None:
    if request.target != "/sitemap.xml":
        return None
    return urlset(request.base_url, ["/", "/tin-tuc-su-kien.html", *STATIC, *(a.path for a in ARTICLES)])


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/"] = Page.html(_home())
    pages["/tin-tuc-su-kien.html"] = Page.html(_listing(1))
    pages["/tin-tuc-su-kien.html?page=2"] = Page.html(_listing(2))
    pages["/lich-cong-tac.html"] = Page.html(_schedule())
    pages["/hoi-dap.html"] = Page.html(_qa_list())
    for q in QA:
        pages[f"/hoi-dap/cau-hoi-{q[0]}.html"] = Page.html(_qa(q))
    pages[ALBUM] = Page.html(_album())
    for path, title in STATIC.items():
        pages[path] = Page.html(_layout(title, _portlet(title, f"<h2>{esc(title)}</h2>{_STATIC[title]}", "Static")))
    pages[ARTICLES[3].attachment[0]] = file_page("pdf")
    robots = "User-agent: *\nDisallow: /Portal/admin/\nSitemap: {base}sitemap.xml\n"
    return site(pages, robots, _sitemap)
