"""A provincial Department of Industry and Trade whose news, records and boards all share one
detail template (``h1.news-title`` over a date span, ``div.news-content``) at speaking URLs
(fresh-J, round 18: pages that look like articles and are not, and articles that look like
records).

- Articles ``/tin-tuc/<slug>-<n>.html``: "14/03/2024 08:30" in ``span.ngay-dang`` beside
  "Lượt xem: N", the sapo in ``div.news-sapo``, the paragraphs, the writer after "Tác giả:" or
  none. Kept though they look like something else: a weekly price bulletin written as news (a
  sentence, a table of prices, a closing sentence), a short notice of four sentences, and two
  articles followed by a "Văn bản liên quan" box (a table of documents: number, title, date;
  not the article's text).
- Not articles, in the same template: a category holding ONE item whose teaser is the short
  notice's sapo and first paragraph ("Xem tiếp"), the fuel price board (a table under
  "Áp dụng từ 15 giờ 00 ngày 14/03/2024", no sentence), a document's detail ("Số ký hiệu",
  "Ngày ban hành", "Loại văn bản", "Cơ quan ban hành", "Người ký", "Trích yếu", "Tệp đính
  kèm"), a citizen's question and the department's answer (a service record, the corpus's Q&A
  convention), the week's work schedule as day headings and "- 08h00: ..." lines, the
  readers' comments on an article (names, dates, a comment form), a photo album (six
  captioned pictures and a title line), a video page (a player and ONE sentence: a video
  with a short description is a video page, not an article, unless it carries a written
  story), the organisation chart and the home page.
- ``/sitemap.xml`` names the articles; no robots.txt.
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fj-congthuong"
NAME = "Sở Công Thương tỉnh Bình Sơn"


def _art(key: str, slug: str, ident: int, iso: str, flags: tuple[str, ...] = (), **kw: object) -> Art:
    extra: dict[str, object] = {"id": ident, **dict.fromkeys(flags, True)}
    return Art(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"{dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


RELATED = [
    ("/van-ban/chi-tiet/125.html", "125/QĐ-SCT", "Quyết định ban hành Kế hoạch xúc tiến thương mại năm 2024", "05/03/2024"),
    ("/van-ban/chi-tiet/118.html", "118/KH-SCT", "Kế hoạch tổ chức các hội chợ, triển lãm năm 2024", "26/02/2024"),
]  # fmt: skip

ARTICLES = [
    _art("fj-gia-nong-san-tuan-11", "gia-nong-san-tuan-11", 2417, "2024-03-15T16:20:00+07:00", ("table",)),
    _art("fj-kiem-tra-xang-dau", "kiem-tra-dot-xuat-cua-hang-xang-dau", 2409, "2024-03-09T10:45:00+07:00",
         byline="Tác giả: Phương Thảo", author="Phương Thảo"),
    _art("kh-dang-ky-doanh-nghiep", "186-doanh-nghiep-thanh-lap-moi", 2398, "2024-03-04T08:30:00+07:00",
         flags=("related",)),
    _art("ln-hoi-cho", "hoi-cho-lang-nghe-nong-thon-2024", 2412, "2024-03-11T15:10:00+07:00",
         byline="Tác giả: Đức Trung", author="Đức Trung",
         image=("/images/2024/03/hoi-cho-2412.jpg", "Khách tham quan gian hàng mây tre đan tại hội chợ."),
         flags=("related",)),
    _art("ks-kiem-dinh-can", "kiem-dinh-mien-phi-can-tai-cho", 2390, "2024-02-28T09:00:00+07:00"),
    _art("vl-gia-ca-phe", "gia-ca-phe-tang-cao", 2402, "2024-03-06T14:00:00+07:00", byline="Tác giả: Phương Thảo",
         author="Phương Thảo"),
]  # fmt: skip
CHROME = ["Lượt xem", "Văn bản liên quan", "Tin đã đưa", "Cơ quan chủ quản", "Số ký hiệu"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    old = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width"></head><body>
<div id="header"><div class="banner">{esc(NAME.upper())}</div><div id="menu"><a href="/">Trang chủ</a>
<a href="/chuyen-muc/quan-ly-thi-truong.html">Quản lý thị trường</a> <a href="/gia-xang-dau.html">Giá cả</a>
<a href="/lich-cong-tac/tuan-11-2024.html">Lịch công tác</a> <a href="/co-cau-to-chuc.html">Cơ cấu tổ chức</a>
<a href="/thu-vien-anh/hoi-cho-hang-viet-2024.html">Thư viện ảnh</a> <a href="/video/phong-su-khuyen-cong-2024.html">Video</a></div></div>
<div id="content"><div class="left">{main}</div><div class="right"><div class="block"><div class="block-title">Tin đã đưa</div>
<ul>{old}</ul></div></div></div>
<div id="footer">Cơ quan chủ quản: {esc(NAME)}. Số 25 Nguyễn Huệ, thành phố Bình Sơn. Điện thoại: 0270 3822 456.</div></body></html>"""


def _detail(heading: str, date: str, inner: str, views: int = 0, after: str = "") -> str:
    meta = (f'<div class="news-meta"><span class="ngay-dang">{esc(date)}</span>'
            + (f' <span class="views">Lượt xem: {views}</span>' if views else "") + "</div>") if date else ""
    return f'<div class="news-detail"><h1 class="news-title">{esc(heading)}</h1>{meta}<div class="news-content">{inner}</div>{after}</div>'


def _related_box() -> str:
    rows = "".join(f'<tr><td>{esc(n)}</td> <td><a href="{h}">{esc(t)}</a></td> <td>{d}</td></tr>' for h, n, t, d in RELATED)
    return (f'<div class="vb-lien-quan"><h4>Văn bản liên quan</h4><table><tr><th>Số ký hiệu</th> <th>Trích yếu</th> '
            f"<th>Ngày ban hành</th></tr>{rows}</table></div>")


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    inner = f'<div class="news-sapo"><b>{esc(art.lead)}</b></div>'
    paras = list(art.paragraphs)
    if art.extra.get("table"):
        header = ["Mặt hàng", "Đơn vị tính", "Giá tuần 10", "Giá tuần 11", "Tăng, giảm"]
        assert " ".join(header) == paras[0]
        trs = "<tr>" + " ".join(f"<th>{esc(c)}</th>" for c in header) + "</tr>"
        for p in paras[1:6]:
            *name, unit, a, b, d = p.split(" ")
            cells = [" ".join(name), unit, a, b, d]
            trs += "<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>\n"
        inner += f'<table class="gia" border="1">{trs}</table>' + "".join(f"<p>{esc(p)}</p>" for p in paras[6:])
    else:
        for i, p in enumerate(paras):
            inner += f"<p>{esc(p)}</p>"
            if i == 0 and art.image:
                inner += f'<p style="text-align:center"><img src="{art.image[0]}" alt=""><br><em>{esc(art.image[1])}</em></p>'
    after = f'<p class="news-author" style="text-align:right"><b>{esc(art.byline)}</b></p>' if art.byline else ""
    if art.extra.get("related"):
        after += _related_box()
    return _layout(art.title, _detail(art.title, art.date_line, inner, views=100 + ident % 97, after=after))


def render_category_one() -> str:
    a = ARTICLES[1]
    item = (f'<div class="cat-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="ngay-dang">{a.date_line}</span>'
            f'<p>{esc(a.lead)} {esc(a.paragraphs[0])}</p><a class="more" href="{a.path}">Xem tiếp</a></div>')
    return _layout("Quản lý thị trường", f'<h1 class="news-title">Quản lý thị trường</h1>{item}')


def render_price_board() -> str:
    rows = [("Xăng RON 95-III", "24.960", "25.450"), ("Xăng E5 RON 92-II", "23.780", "24.250"),
            ("Dầu DO 0,05S-II", "21.020", "21.440"), ("Dầu hỏa 2-K", "21.150", "21.570")]  # fmt: skip
    trs = "".join(f"<tr><td>{esc(n)}</td> <td>{v1}</td> <td>{v2}</td></tr>" for n, v1, v2 in rows)
    inner = ('<p>Áp dụng từ 15 giờ 00 ngày 14/03/2024</p><p>Đơn vị tính: đồng/lít</p>'
             f'<table border="1"><tr><th>Mặt hàng</th> <th>Vùng 1</th> <th>Vùng 2</th></tr>{trs}</table>'
             "<p>Nguồn: Petrolimex Bình Sơn</p>")
    return _layout("Giá bán lẻ xăng dầu", _detail("Giá bán lẻ xăng dầu", "14/03/2024 15:00", inner))


def render_document() -> str:
    fields = [("Số ký hiệu", "125/QĐ-SCT"), ("Ngày ban hành", "05/03/2024"), ("Loại văn bản", "Quyết định"),
              ("Cơ quan ban hành", NAME), ("Người ký", "Lê Minh Đức"),
              ("Trích yếu", "Quyết định ban hành Kế hoạch xúc tiến thương mại năm 2024 trên địa bàn tỉnh Bình Sơn")]  # fmt: skip
    trs = "".join(f"<tr><th>{esc(k)}</th> <td>{esc(v)}</td></tr>" for k, v in fields)
    trs += '<tr><th>Tệp đính kèm</th> <td><a href="/uploads/van-ban/125-qd-sct.pdf">125-QD-SCT.pdf</a></td></tr>'
    inner = f'<table class="van-ban">{trs}</table>'
    return _layout(fields[-1][1], _detail(fields[-1][1], "05/03/2024 14:00", inner, views=57))


def render_question() -> str:
    inner = ("<p><b>Câu hỏi của ông Trần Văn Lợi (xã Phú An, huyện Cồn Tiên):</b></p>"
             "<p>Gia đình tôi mở cửa hàng tạp hóa có bán rượu đóng chai. Xin hỏi tôi có phải xin giấy phép bán lẻ rượu "
             "không và nộp hồ sơ ở đâu?</p><p><b>Sở Công Thương trả lời như sau:</b></p>"
             "<p>Theo Nghị định số 105/2017/NĐ-CP, tổ chức, cá nhân bán lẻ rượu có độ cồn từ 5,5 độ trở lên phải có Giấy "
             "phép bán lẻ rượu do Phòng Kinh tế hoặc Phòng Kinh tế và Hạ tầng cấp huyện cấp. Hồ sơ gồm đơn đề nghị, bản sao "
             "giấy chứng nhận đăng ký hộ kinh doanh và văn bản giới thiệu nguồn hàng. Ông có thể nộp hồ sơ tại Bộ phận một "
             "cửa huyện Cồn Tiên hoặc nộp trực tuyến trên Cổng dịch vụ công của tỉnh.</p>")
    return _layout("Hỏi đáp", _detail("Thủ tục cấp giấy phép bán lẻ rượu cho cửa hàng tạp hóa", "12/03/2024 09:40", inner))


def render_schedule() -> str:
    days = [
        ("Thứ Hai (11/3)", ["08h00: Giám đốc Sở chủ trì giao ban đầu tuần. Địa điểm: Phòng họp số 1.",
                            "14h00: Phó Giám đốc Nguyễn Thị Hạnh làm việc với Điện lực Bình Sơn."]),
        ("Thứ Ba (12/3)", ["08h00: Giám đốc Sở dự họp Ủy ban nhân dân tỉnh thường kỳ tháng 3."]),
        ("Thứ Tư (13/3)", ["07h30: Phó Giám đốc Trần Quốc Bảo kiểm tra thị trường tại huyện Cồn Tiên.",
                           "14h00: Lãnh đạo Sở tiếp công dân định kỳ."]),
        ("Thứ Năm (14/3)", ["08h00: Hội nghị sơ kết công tác khuyến công quý I. Thành phần: lãnh đạo Sở, Trung tâm Khuyến công."]),
        ("Thứ Sáu (15/3)", ["08h00: Giám đốc Sở làm việc tại cơ quan."]),
    ]  # fmt: skip
    inner = "".join(f"<p><b>{esc(d)}</b></p>" + "".join(f"<p>- {esc(x)}</p>" for x in xs) for d, xs in days)
    return _layout("Lịch công tác", _detail("Lịch công tác tuần 11 năm 2024 (từ ngày 11/3 đến 15/3/2024)", "09/03/2024 16:00", inner))


def render_comments() -> str:
    a = ARTICLES[5]
    comments = [("Nguyễn Văn Sáu", "06/03/2024 20:15", "Giá cà phê tăng là tin vui cho bà con, mong giá giữ được lâu."),
                ("Lê Thị Hoa", "07/03/2024 07:02", "Đề nghị Sở hướng dẫn thêm về liên kết tiêu thụ cho hợp tác xã."),
                ("Phạm Quang", "07/03/2024 11:48", "Cảm ơn bài viết.")]  # fmt: skip
    items = "".join(f'<div class="comment"><b>{esc(n)}</b> <span>{d}</span><p>{esc(t)}</p></div>' for n, d, t in comments)
    inner = (f'<p>Bài viết: <a href="{a.path}">{esc(a.title)}</a></p><h3>Ý kiến bạn đọc (3)</h3>{items}'
             '<form class="comment-form"><label>Họ tên</label><input name="name"><label>Email</label><input name="email">'
             '<label>Nội dung</label><textarea name="body"></textarea><button>Gửi ý kiến</button></form>')
    return _layout("Ý kiến bạn đọc", _detail("Ý kiến bạn đọc", "", inner))


def render_album() -> str:
    caps = ["Khai mạc hội chợ.", "Gian hàng nông sản.", "Gian hàng thủ công mỹ nghệ.", "Khách tham quan.",
            "Sản phẩm OCOP của tỉnh.", "Biểu diễn văn nghệ."]  # fmt: skip
    pics = "".join(f'<div class="photo"><img src="/images/album/hcv-{i}.jpg" alt=""><p class="cap">{esc(c)}</p></div>'
                   for i, c in enumerate(caps, 1))
    inner = f"<p>Hội chợ hàng Việt Nam chất lượng cao năm 2024.</p>{pics}"
    return _layout("Thư viện ảnh", _detail("Hội chợ hàng Việt Nam chất lượng cao 2024", "12/03/2024 17:30", inner, views=88))


def render_video() -> str:
    inner = ('<video controls width="640" src="/media/video/khuyen-cong-2024.mp4" poster="/media/video/khuyen-cong.jpg"></video>'
             "<p>Phóng sự về chương trình khuyến công hỗ trợ các cơ sở sản xuất nông thôn năm 2024.</p>")
    return _layout("Video", _detail("Khuyến công tiếp sức cơ sở sản xuất nông thôn", "10/03/2024 19:00", inner, views=143))


def render_org_chart() -> str:
    inner = ('<p><img src="/images/so-do-to-chuc.png" alt="Sơ đồ tổ chức"></p><p><b>Lãnh đạo Sở:</b></p>'
             "<p>- Giám đốc: Lê Minh Đức</p><p>- Phó Giám đốc: Nguyễn Thị Hạnh, Trần Quốc Bảo</p>"
             "<p><b>Các phòng chuyên môn:</b></p><p>- Văn phòng Sở</p><p>- Thanh tra Sở</p><p>- Phòng Quản lý thương mại</p>"
             "<p>- Phòng Quản lý công nghiệp</p><p>- Phòng Quản lý năng lượng</p><p><b>Đơn vị sự nghiệp:</b></p>"
             "<p>- Trung tâm Khuyến công và Xúc tiến thương mại</p>")
    return _layout("Cơ cấu tổ chức", _detail("Cơ cấu tổ chức", "", inner))


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>{dmy(a.published)}</i></li>' for a in NEWS)
    return _layout(NAME, f'<div class="home"><h2>Tin hoạt động</h2><ul>{items}</ul>'
                         '<a href="/hoi-dap/cau-hoi-45.html">Hỏi đáp</a> <a href="/binh-luan/2402.html">Ý kiến bạn đọc</a></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out.update({
        "/": render_home(),
        "/chuyen-muc/quan-ly-thi-truong.html": render_category_one(),
        "/gia-xang-dau.html": render_price_board(),
        "/van-ban/chi-tiet/125.html": render_document(),
        "/hoi-dap/cau-hoi-45.html": render_question(),
        "/lich-cong-tac/tuan-11-2024.html": render_schedule(),
        "/binh-luan/2402.html": render_comments(),
        "/thu-vien-anh/hoi-cho-hang-viet-2024.html": render_album(),
        "/video/phong-su-khuyen-cong-2024.html": render_video(),
        "/co-cau-to-chuc.html": render_org_chart(),
    })  # fmt: skip
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = html_with_files(_html_pages(), ARTICLES)
    pages["/uploads/van-ban/125-qd-sct.pdf"] = pdf_page()
    return site_with_files(pages, robots=None, sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
