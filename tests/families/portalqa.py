"""A provincial department's portal whose sections share one URL shape ``/<section>/<n>``:
news, questions and answers, leaders' profiles.

- News ``/tin-tuc/<n>``: ``div.title-news``, "Thứ Năm, 07/03/2024 15:20" in ``div.date-news``,
  an italic bold lead, paragraphs; the author as a right-aligned bold last paragraph
  (``<p style="text-align:right"><strong>Minh Anh</strong></p>``), two authors
  ("Hải Yến - Đức Anh"), an author with a unit ("Phạm Tuấn - Chi cục TĐC"), "Tác giả: Vũ
  Hải" in a span under the body beside the view count, or "Theo Báo Bắc Hòa" (a source).
- Questions and answers ``/hoi-dap/<n>``: the question as the title, who asked and when,
  the question, the answer with its date and the answering office: dated and long, not news.
- Leaders ``/lanh-dao/<n>``: name, position, "Cập nhật: 15/01/2024", a biography.
- "Chức năng, nhiệm vụ" with its update date, an organisation chart, a list of
  announcements (each a dated line and a PDF, no page of its own).
- The header shows who is on duty ("Người trực: ..."); no sitemap, no robots.txt.
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-portalqa"
NAME = "Sở Khoa học và Công nghệ tỉnh Bắc Hòa"
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    line = f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)} {hm(iso)}"
    return Art(KEY[key], f"/tin-tuc/{ident}", iso, line, extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bh-nhiem-vu-khcn", 1877, "2024-03-07T15:20:00+07:00", signature="Minh Anh", author="Minh Anh"),
    _art("bh-do-luong", 1874, "2024-03-05T09:40:00+07:00", byline="Vũ Hải", author="Vũ Hải"),
    _art("bh-khoi-nghiep", 1870, "2024-03-02T16:00:00+07:00", signature="Hải Yến - Đức Anh", author="Hải Yến, Đức Anh"),
    _art("bh-so-huu-tri-tue", 1866, "2024-02-27T08:30:00+07:00", source_line="Theo Báo Bắc Hòa", source="Báo Bắc Hòa"),
    _art("bh-an-toan-buc-xa", 1861, "2024-02-22T14:10:00+07:00", signature="Phạm Tuấn - Chi cục TĐC",
         author="Phạm Tuấn"),
]  # fmt: skip
CHROME = [
    "Người trực", "Nguyễn Đức Long", "Lượt xem", "Tác giả:", "Tin khác", "Liên kết", "Trang chủ",
    "Sở Khoa học và Công nghệ tỉnh Bắc Hòa - Địa chỉ", "Hỏi đáp", "Thông báo mới",
]  # fmt: skip
QA = [
    (212, "Hồ sơ đề nghị cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ gồm những gì?",
     "Trần Văn Khoa", "xã Yên Sơn", "02/03/2024",
     "Công ty chúng tôi có sản phẩm hình thành từ kết quả nghiên cứu được chuyển giao. Xin hỏi hồ sơ đề nghị cấp "
     "giấy chứng nhận doanh nghiệp khoa học và công nghệ gồm những giấy tờ gì và nộp ở đâu?",
     "06/03/2024", "Phòng Quản lý công nghệ",
     "Hồ sơ gồm đơn đề nghị theo mẫu, giấy chứng nhận đăng ký doanh nghiệp, văn bản xác nhận quyền sở hữu hoặc "
     "quyền sử dụng hợp pháp kết quả khoa học và công nghệ, phương án sản xuất kinh doanh. Doanh nghiệp nộp hồ sơ "
     "trực tiếp tại Bộ phận một cửa của Sở hoặc qua dịch vụ công trực tuyến của tỉnh; thời hạn giải quyết là bảy "
     "ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
    (209, "Cơ sở X-quang nha khoa có phải khai báo thiết bị bức xạ không?",
     "Lê Thị Hạnh", "phường Nam Thành", "20/02/2024",
     "Phòng khám nha khoa của tôi mới mua một máy X-quang chụp răng. Xin hỏi tôi có phải khai báo và xin giấy phép "
     "tiến hành công việc bức xạ hay không?",
     "23/02/2024", "Phòng Quản lý chuyên ngành",
     "Theo quy định hiện hành, tổ chức, cá nhân có thiết bị X-quang chẩn đoán trong nha khoa phải khai báo thiết bị "
     "bức xạ trong thời hạn mười ngày làm việc kể từ ngày mua và đề nghị cấp giấy phép tiến hành công việc bức xạ "
     "trước khi đưa vào sử dụng. Hồ sơ nộp tại Sở Khoa học và Công nghệ; cơ sở cần có người phụ trách an toàn được "
     "đào tạo và trang bị liều kế cá nhân cho nhân viên."),
]  # fmt: skip
LEADERS = [
    (3, "Nguyễn Đức Long", "Giám đốc Sở", "15/01/2024",
     "Sinh năm 1971, quê quán xã Yên Sơn, huyện Yên Lập. Trình độ chuyên môn: Tiến sĩ Kỹ thuật điện. Lý luận chính "
     "trị: Cao cấp. Từ năm 1996 công tác tại Sở Khoa học và Công nghệ, giữ các chức vụ Trưởng phòng Quản lý công "
     "nghệ, Phó Giám đốc Sở; từ tháng 8/2020 đến nay là Giám đốc Sở. Phụ trách chung, trực tiếp chỉ đạo công tác tổ "
     "chức cán bộ, kế hoạch - tài chính và thi đua khen thưởng.", "0214 3842 101"),
    (4, "Đinh Thị Mai", "Phó Giám đốc Sở", "15/01/2024",
     "Sinh năm 1978, quê quán phường Nam Thành, thành phố Bắc Hòa. Trình độ chuyên môn: Thạc sĩ Sinh học. Lý luận "
     "chính trị: Cao cấp. Nguyên Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng; từ tháng 3/2022 là Phó Giám "
     "đốc Sở, phụ trách lĩnh vực tiêu chuẩn đo lường chất lượng, sở hữu trí tuệ và an toàn bức xạ.", "0214 3842 102"),
]  # fmt: skip
FUNCTIONS = ("Chức năng, nhiệm vụ", "Ngày cập nhật: 10/01/2024", [
    "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban "
    "nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ, phát triển tiềm lực khoa học và công nghệ, tiêu chuẩn, "
    "đo lường, chất lượng, sở hữu trí tuệ, ứng dụng bức xạ và đồng vị phóng xạ, an toàn bức xạ và hạt nhân.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác "
    "của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra về chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.",
    "Sở trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, kế hoạch phát triển khoa học và công nghệ dài hạn, năm "
    "năm và hằng năm; tổ chức thực hiện sau khi được phê duyệt; hướng dẫn, kiểm tra hoạt động khoa học và công nghệ của "
    "các huyện, thành phố.",
])  # fmt: skip
ORG = [
    ("Văn phòng Sở", "Chánh Văn phòng: Hoàng Văn Toàn"),
    ("Phòng Quản lý công nghệ", "Trưởng phòng: Bùi Thị Lan"),
    ("Phòng Quản lý chuyên ngành", "Trưởng phòng: Ngô Minh Đức"),
    ("Chi cục Tiêu chuẩn Đo lường Chất lượng", "Chi cục trưởng: Vương Đình Sơn"),
    ("Trung tâm Ứng dụng và Thống kê khoa học và công nghệ", "Giám đốc: Tạ Quang Hưng"),
]  # fmt: skip
NOTICES = [
    ("08/03/2024", "Thông báo tuyển chọn tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ năm 2025", "TB-41.pdf"),
    ("01/03/2024", "Thông báo lịch tiếp công dân tháng 3 năm 2024", "TB-38.pdf"),
    ("26/02/2024", "Thông báo kết quả xét tuyển viên chức năm 2023", "TB-35.pdf"),
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    notices = "".join(f'<li><span>{d}</span> <a href="/Uploads/thongbao/{f}">{esc(t)}</a></li>' for d, t, f in NOTICES[:2])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/Content/site.css"></head><body>
<div id="header"><div class="logo"><a href="/"><img src="/Content/logo.png" alt=""></a><h2>{esc(NAME.upper())}</h2></div>
<div class="duty">Người trực: Nguyễn Đức Long - 0214 3842 101</div></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/gioi-thieu/chuc-nang-nhiem-vu">Giới thiệu</a> <a href="/so-do-to-chuc">Cơ cấu tổ chức</a>
<a href="/tin-tuc">Tin tức</a> <a href="/thong-bao">Thông báo</a> <a href="/hoi-dap/{QA[0][0]}">Hỏi đáp</a></div>
<div id="container"><div id="content">{main}</div>
<div id="right"><div class="box"><div class="box-head">Thông báo mới</div><ul>{notices}</ul></div>
<div class="box"><div class="box-head">Lãnh đạo Sở</div><ul>{"".join(f'<li><a href="/lanh-dao/{x[0]}">{esc(x[1])}</a></li>' for x in LEADERS)}</ul></div>
<div class="box"><div class="box-head">Liên kết</div><ul><li><a href="https://most.gov.vn">Bộ Khoa học và Công nghệ</a></li></ul></div></div></div>
<div id="footer">{esc(NAME)} - Địa chỉ: Số 5 đường Trần Phú, thành phố Bắc Hòa - Điện thoại: 0214 3842 100</div></body></html>"""


def render_article(art: Art) -> str:
    paras = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in art.paragraphs)
    tail = "".join(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>' for line in (art.signature, art.source_line) if line)
    author = f'<span class="author">Tác giả: {esc(art.byline)}</span> ' if art.byline else ""
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></li>' for a in ARTICLES if a is not art)
    main = f"""<div class="title-news">{esc(art.title)}</div><div class="date-news">{esc(art.date_line)}</div>
<div class="content-news"><p><strong><em>{esc(art.lead)}</em></strong></p>{paras}{tail}</div>
<div class="news-footer">{author}<span class="views">Lượt xem: 146</span></div>
<div class="other-news"><div class="box-head">Tin khác</div><ul>{others}</ul></div>"""
    return _layout(art.title, main)


def render_qa(q: tuple) -> str:  # type: ignore[type-arg]
    ident, title, who, where, asked, question, answered, office, answer = q
    other = "".join(f'<li><a href="/hoi-dap/{x[0]}">{esc(x[1])}</a></li>' for x in QA if x is not q)
    main = f"""<div class="title-news">{esc(title)}</div><div class="qa-info">Người hỏi: {esc(who)} - {esc(where)} | Ngày gửi: {asked}</div>
<div class="content-news"><p class="question">{esc(question)}</p><p><b>Trả lời:</b></p><p>{esc(answer)}</p>
<p class="qa-answered">Đơn vị trả lời: {esc(office)} - Ngày trả lời: {answered}</p></div>
<div class="other-news"><div class="box-head">Câu hỏi khác</div><ul>{other}</ul></div>"""
    return _layout(title, main)


def render_leader(x: tuple) -> str:  # type: ignore[type-arg]
    ident, name, position, updated, bio, phone = x
    main = f"""<div class="title-news">{esc(position)} {esc(name)}</div><div class="date-news">Cập nhật: {updated}</div>
<div class="content-news"><p><img src="/Uploads/lanhdao/{ident}.jpg" alt="{esc(name)}"></p><p><b>Họ và tên:</b> {esc(name)}</p>
<p><b>Chức vụ:</b> {esc(position)}</p><p>{esc(bio)}</p><p><b>Điện thoại:</b> {phone}</p></div>"""
    return _layout(name, main)


def render_functions() -> str:
    title, updated, paras = FUNCTIONS
    body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    return _layout(title, f'<div class="title-news">{esc(title)}</div><div class="date-news">{updated}</div><div class="content-news">{body}</div>')


def render_org() -> str:
    rows = "".join(f"<li><b>{esc(u)}</b><br>{esc(h)}</li>" for u, h in ORG)
    main = f'<div class="title-news">Cơ cấu tổ chức</div><div class="content-news"><p><img src="/Uploads/so-do.png" alt="Sơ đồ tổ chức"></p><ul class="org">{rows}</ul></div>'
    return _layout("Cơ cấu tổ chức", main)


def render_notices() -> str:
    rows = "".join(f'<tr><td>{d}</td><td>{esc(t)}</td><td><a href="/Uploads/thongbao/{f}">Tải về</a></td></tr>' for d, t, f in NOTICES)
    return _layout("Thông báo", f'<div class="title-news">Thông báo</div><table class="tb"><tr><th>Ngày</th><th>Nội dung</th><th></th></tr>{rows}</table>')


def render_list() -> str:
    items = "".join(
        f'<div class="item-news"><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i><p>{esc(a.lead[:140])}...</p></div>'
        for a in ARTICLES
    )
    return _layout("Tin tức", f'<div class="title-news">Tin tức</div>{items}')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    home = "".join(f'<div class="item-news"><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.published)})</i></div>' for a in ARTICLES[:3])
    out["/"] = _layout(NAME, f'<div class="box-head">Tin mới</div>{home}')
    out["/tin-tuc"] = render_list()
    out["/thong-bao"] = render_notices()
    for q in QA:
        out[f"/hoi-dap/{q[0]}"] = render_qa(q)
    for x in LEADERS:
        out[f"/lanh-dao/{x[0]}"] = render_leader(x)
    out["/gioi-thieu/chuc-nang-nhiem-vu"] = render_functions()
    out["/so-do-to-chuc"] = render_org()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    for _, _, f in NOTICES:
        pages[f"/Uploads/thongbao/{f}"] = pdf_page()
    return site_with_files(pages, robots=None)
