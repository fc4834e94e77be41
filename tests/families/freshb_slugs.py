"""A provincial department of agriculture on a vendor CMS whose every page is
``/<section>/<slug>-<id>.html``, one article template for all of them (fresh-B, round 15).

- News ``/tin-hoat-dong/<slug>-<id>.html`` and ``/tin-chuyen-nganh/<slug>-<id>.html``:
  ``h1.news-title``, one meta line "Đăng ngày: 05/03/2024 - 08:15 | Tác giả: Ngọc Hân |
  Lượt xem: 312" (the author on some), a sapo in ``div.news-sapo``, paragraphs in
  ``div.news-body``; a signature with a unit "Ngọc Hân (Trung tâm Khuyến nông)", an
  office signing alone ("Chi cục Chăn nuôi và Thú y": the author, as signed), or none.
  A notice ``/thong-bao/<slug>-<id>.html`` (one paragraph, a file): an article.
- In that template, not articles: citizens' questions and their answers
  ``/hoi-dap-truc-tuyen/<slug>-<id>.html`` (the question as the title, the asking and the
  answering day), administrative procedures ``/dich-vu-cong/<slug>-<id>.html`` (a table:
  Tên thủ tục, Mã thủ tục, Trình tự thực hiện, ...), documents
  ``/van-ban-chi-dao/<slug>-<id>.html`` (labelled lines, a viewer and the PDF), a video with
  one sentence ``/video/<slug>-<id>.html``, the department's history
  ``/gioi-thieu/<slug>-<id>.html`` (a long dated text), a topic's landing page
  ``/chuyen-de/<slug>-<id>.html`` (an introduction and dated linked articles), poll results
  ``/binh-chon/ket-qua-<id>.html``.
- Listings: the section ``/tin-hoat-dong.html`` and ``/tin-hoat-dong/trang-2.html``, a
  month's archive ``/tin-hoat-dong/thang-03-2024.html``, a tag ``/tu-khoa/<slug>.html``, the
  Q&A list ``/hoi-dap-truc-tuyen.html``, search ``/tim-kiem.html?q=...``, the RSS index
  ``/rss.html``; the home page.
- No robots.txt; ``/sitemap.xml`` exists (every page) but nothing names it.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fb-slugs"
NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Cửu Giang"
SECTIONS = {"tin-hoat-dong": "Tin hoạt động", "tin-chuyen-nganh": "Tin chuyên ngành", "thong-bao": "Thông báo"}


def _art(key: str, section: str, slug: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, "section": section, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/{section}/{slug}-{ident}.html", iso, f"Đăng ngày: {dmy(iso)} - {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("bt-xam-nhap-man", "tin-chuyen-nganh", "xam-nhap-man-lan-sau-nong-dan-chu-dong-tru-nuoc-ngot", 3391,
         "2024-03-06T08:15:00+07:00", byline="Ngọc Hân", author="Ngọc Hân"),
    _art("bt-gia-lua", "tin-chuyen-nganh", "gia-lua-tang-cao-nong-dan-phan-khoi-thu-hoach", 3385,
         "2024-03-04T14:40:00+07:00", signature="Ngọc Hân (Trung tâm Khuyến nông)", author="Ngọc Hân"),
    _art("bt-ocop", "tin-hoat-dong", "them-18-san-pham-dat-chung-nhan-ocop", 3380, "2024-03-01T10:05:00+07:00",
         byline="Trần Quốc Bảo", author="Trần Quốc Bảo"),
    _art("bt-khanh-thanh-cau", "tin-hoat-dong", "khanh-thanh-cau-con-ngang", 3372, "2024-02-27T16:30:00+07:00"),
    _art("tl-lo-mom-long-mong", "tin-chuyen-nganh", "chu-dong-phong-chong-benh-lo-mom-long-mong", 3368,
         "2024-02-24T09:20:00+07:00", signature="Chi cục Chăn nuôi và Thú y",
         author="Chi cục Chăn nuôi và Thú y"),
    _art("ml-chong-ret", "tin-chuyen-nganh", "phong-chong-doi-ret-cho-dan-gia-suc", 3359, "2024-02-19T07:50:00+07:00",
         source_line="Nguồn: Báo Cửu Giang", source="Báo Cửu Giang"),
    _art("ln-tb-dang-ky-hoi-cho", "thong-bao", "moi-dang-ky-gian-hang-chung-tai-cac-hoi-cho-nam-2024", 3394,
         "2024-03-07T15:00:00+07:00", attachment=("/upload/files/2024/03/TB-45-SNN.pdf", "Thông báo số 45/TB-SNN")),
]  # fmt: skip
CHROME = [
    "Lượt xem", "Tin cùng chuyên mục", "Bài viết liên quan", "Chia sẻ bài viết", "Trang chủ",
    "Sở Nông nghiệp và Phát triển nông thôn tỉnh Cửu Giang - Địa chỉ", "Bình chọn", "Dự báo thời tiết",
    "Độ mặn", "Giá lúa hôm nay",
]  # fmt: skip

QA = [
    (512, "he-thong-trong-lua-bi-nhiem-man-co-duoc-ho-tro-khong",
     "Diện tích lúa bị thiệt hại do xâm nhập mặn có được hỗ trợ không?", "Lê Văn Tâm", "xã Tân Hòa", "2024-02-28T19:40:00+07:00",
     "Gia đình tôi có 1,2 héc-ta lúa đông xuân bị thiệt hại khoảng 80% do nước mặn xâm nhập. Xin hỏi gia đình tôi có "
     "được Nhà nước hỗ trợ không, mức hỗ trợ bao nhiêu và thủ tục như thế nào?",
     "2024-03-04T09:10:00+07:00", "Chi cục Trồng trọt và Bảo vệ thực vật",
     "Theo Nghị định số 02/2017/NĐ-CP, diện tích lúa bị thiệt hại trên 70% do thiên tai được hỗ trợ 2.000.000 đồng/héc-ta. "
     "Gia đình ông liên hệ Ủy ban nhân dân xã Tân Hòa để kê khai thiệt hại; Ủy ban nhân dân xã tổ chức kiểm tra, xác nhận "
     "và tổng hợp gửi Ủy ban nhân dân huyện đề nghị hỗ trợ. Thời gian kê khai trong vòng mười ngày kể từ khi thiên tai "
     "kết thúc."),
    (507, "thu-tuc-cap-giay-chung-nhan-co-so-du-dieu-kien-an-toan-thuc-pham",
     "Cơ sở sơ chế rau cần giấy chứng nhận an toàn thực phẩm do cơ quan nào cấp?", "Phạm Thị Hồng", "thị xã Bình Minh",
     "2024-02-20T08:05:00+07:00",
     "Tôi mở một cơ sở sơ chế rau quy mô hộ gia đình để cung cấp cho các bếp ăn tập thể. Xin hỏi tôi cần xin giấy chứng "
     "nhận cơ sở đủ điều kiện an toàn thực phẩm ở đâu?",
     "2024-02-26T14:30:00+07:00", "Chi cục Quản lý chất lượng nông lâm sản và thủy sản",
     "Cơ sở sơ chế rau quy mô hộ gia đình có đăng ký kinh doanh thuộc thẩm quyền cấp giấy chứng nhận của Ủy ban nhân dân "
     "cấp huyện theo phân cấp của tỉnh. Hồ sơ gồm đơn đề nghị, bản thuyết minh về cơ sở vật chất, trang thiết bị, dụng cụ "
     "và giấy xác nhận đủ sức khỏe của chủ cơ sở và người trực tiếp sản xuất. Thời hạn giải quyết là mười lăm ngày làm "
     "việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
]  # fmt: skip
PROCEDURES = [
    (288, "cap-giay-xac-nhan-noi-dung-quang-cao-thuc-pham", "Cấp giấy xác nhận nội dung quảng cáo thực phẩm", "1.003115", [
        ("Trình tự thực hiện", "Tổ chức, cá nhân nộp hồ sơ đến Bộ phận tiếp nhận và trả kết quả của Trung tâm Phục vụ hành "
         "chính công tỉnh; cơ quan tiếp nhận kiểm tra hồ sơ, thẩm định nội dung quảng cáo và cấp giấy xác nhận trong thời "
         "hạn quy định; trường hợp không cấp thì trả lời bằng văn bản và nêu rõ lý do."),
        ("Cách thức thực hiện", "Trực tiếp, qua dịch vụ bưu chính công ích hoặc trực tuyến một phần."),
        ("Thành phần hồ sơ", "Đơn đề nghị xác nhận nội dung quảng cáo; bản sao giấy chứng nhận đăng ký doanh nghiệp; mẫu "
         "nội dung quảng cáo dự kiến; bản sao phiếu kết quả kiểm nghiệm sản phẩm."),
        ("Thời hạn giải quyết", "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ."),
        ("Đối tượng thực hiện", "Tổ chức, cá nhân"),
        ("Cơ quan thực hiện", "Chi cục Quản lý chất lượng nông lâm sản và thủy sản"),
        ("Kết quả", "Giấy xác nhận nội dung quảng cáo"),
        ("Lệ phí", "1.100.000 đồng/lần thẩm định"),
    ]),
    (291, "cong-nhan-lang-nghe-truyen-thong", "Công nhận làng nghề, làng nghề truyền thống", "1.003712", [
        ("Trình tự thực hiện", "Ủy ban nhân dân cấp xã lập hồ sơ đề nghị công nhận gửi Ủy ban nhân dân cấp huyện; Ủy ban "
         "nhân dân cấp huyện thẩm định, gửi Sở Nông nghiệp và Phát triển nông thôn; Hội đồng xét duyệt cấp tỉnh xem xét, "
         "trình Chủ tịch Ủy ban nhân dân tỉnh quyết định công nhận."),
        ("Cách thức thực hiện", "Trực tiếp hoặc qua dịch vụ bưu chính."),
        ("Thành phần hồ sơ", "Văn bản đề nghị; báo cáo tóm tắt quá trình hình thành, phát triển của làng nghề; bản sao các "
         "tài liệu chứng minh nghề đã xuất hiện tại địa phương trên 50 năm."),
        ("Thời hạn giải quyết", "Trong quý IV hằng năm."),
        ("Đối tượng thực hiện", "Ủy ban nhân dân cấp xã"),
        ("Cơ quan thực hiện", "Ủy ban nhân dân tỉnh; Sở Nông nghiệp và Phát triển nông thôn"),
        ("Kết quả", "Quyết định công nhận và bằng công nhận"),
        ("Lệ phí", "Không"),
    ]),
]  # fmt: skip
DOCUMENTS = [
    (1140, "quyet-dinh-ve-khung-thoi-vu-xuong-giong-lua-he-thu-2024", "Quyết định về khung thời vụ xuống giống lúa hè thu năm 2024",
     "412/QĐ-SNN", "01/03/2024", "Giám đốc Sở",
     "Ban hành khung thời vụ xuống giống lúa hè thu năm 2024 trên địa bàn tỉnh theo ba đợt, né rầy nâu và tránh thời điểm "
     "xâm nhập mặn cao điểm; giao Chi cục Trồng trọt và Bảo vệ thực vật hướng dẫn các huyện tổ chức thực hiện.",
     "QD-412-SNN.pdf"),
    (1136, "cong-van-ve-viec-tang-cuong-phong-chong-han-man", "Công văn về việc tăng cường phòng, chống hạn, mặn",
     "356/SNN-TL", "22/02/2024", "Phó Giám đốc Sở",
     "Đề nghị Ủy ban nhân dân các huyện, thành phố theo dõi chặt chẽ diễn biến độ mặn, vận hành hợp lý các cống đầu mối, "
     "khuyến cáo người dân trữ nước ngọt và sử dụng nước tiết kiệm trong cao điểm mùa khô.", "CV-356-SNN.pdf"),
]  # fmt: skip
VIDEO = (77, "nong-dan-cuu-giang-tru-nuoc-ngot-mua-kho", "Nông dân Cửu Giang trữ nước ngọt mùa khô", "2024-03-05T18:30:00+07:00",
         "Người dân các xã ven biển đào ao, mua bồn chứa để trữ nước ngọt phục vụ sinh hoạt và sản xuất.")  # fmt: skip
HISTORY = (5, "lich-su-hinh-thanh-va-phat-trien", "Lịch sử hình thành và phát triển", "Cập nhật: 15/01/2024", [
    "Ngày 20/9/1976, Ủy ban nhân dân tỉnh ban hành quyết định thành lập Ty Nông nghiệp tỉnh Cửu Giang trên cơ sở hợp nhất "
    "Ty Nông nghiệp và Ty Thủy lợi của hai tỉnh cũ. Những năm đầu, Ty tập trung khôi phục hệ thống thủy lợi, mở rộng "
    "diện tích lúa hai vụ và đưa giống lúa mới vào sản xuất.",
    "Năm 1990, Ty đổi tên thành Sở Nông nghiệp, đến năm 1996 hợp nhất với Sở Lâm nghiệp và Sở Thủy lợi thành Sở Nông "
    "nghiệp và Phát triển nông thôn. Giai đoạn 2000 - 2010, Sở tham mưu xây dựng hệ thống đê bao, cống ngăn mặn và các "
    "vùng chuyên canh cây ăn trái.",
    "Từ năm 2010 đến nay, Sở chủ trì Chương trình mục tiêu quốc gia xây dựng nông thôn mới, Chương trình Mỗi xã một sản "
    "phẩm và tái cơ cấu ngành nông nghiệp thích ứng với biến đổi khí hậu. Sở được tặng Huân chương Lao động hạng Nhất "
    "năm 2016.",
])  # fmt: skip
TOPIC = (12, "chuong-trinh-moi-xa-mot-san-pham", "Chương trình Mỗi xã một sản phẩm (OCOP)",
         "Chuyên trang tổng hợp tin tức, văn bản và kết quả đánh giá, phân hạng sản phẩm OCOP của tỉnh Cửu Giang.")
POLL = (9, "Bạn quan tâm nhất đến thông tin nào trên Cổng thông tin điện tử của Sở?",
        [("Giá cả nông sản", 1412), ("Thời vụ, kỹ thuật canh tác", 986), ("Thủ tục hành chính", 377), ("Tin tức", 254)])  # fmt: skip
TAG = ("xam-nhap-man", "xâm nhập mặn")
NEWS = [a for a in ARTICLES if a.extra["section"] != "thong-bao"]


def _sidebar() -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:4])
    return f"""<aside class="sidebar"><div class="block"><h3>Tin mới</h3><ul>{latest}</ul></div>
<div class="block"><h3>Giá lúa hôm nay</h3><table><tr><td>OM 5451</td><td>7.800đ/kg</td></tr><tr><td>ST 25</td><td>9.500đ/kg</td></tr></table></div>
<div class="block"><h3>Độ mặn</h3><p>Cống Vàm Bông: 4,2‰ (07:00 hôm nay)</p></div>
<div class="block"><h3>Dự báo thời tiết</h3><p>Cửu Giang: 25 - 34°C, nắng nóng</p></div>
<div class="block"><h3>Bình chọn</h3><p>{esc(POLL[1])}</p><a href="/binh-chon/ket-qua-{POLL[0]}.html">Xem kết quả</a></div></aside>"""


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="/{s}.html">{esc(n)}</a></li>' for s, n in SECTIONS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} - {esc(NAME)}</title>
<link href="/assets/css/style.css" rel="stylesheet"></head><body><div class="wrapper">
<div class="banner"><img src="/assets/images/banner.jpg" alt="{esc(NAME)}"></div>
<ul class="main-menu"><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/van-ban-chi-dao.html">Văn bản</a></li>
<li><a href="/dich-vu-cong.html">Dịch vụ công</a></li><li><a href="/hoi-dap-truc-tuyen.html">Hỏi đáp</a></li><li><a href="/rss.html">RSS</a></li></ul>
<div class="main"><div class="content">{main}</div>{_sidebar()}</div>
<div class="footer">{esc(NAME)} - Địa chỉ: số 8 đường 30/4, thành phố Cửu Giang - ĐT: 0270 3822 113</div></div></body></html>"""


def _detail(title: str, meta: str, sapo: str, body: str, crumb: str, tail: str = "") -> str:
    sapo_html = f'<div class="news-sapo">{esc(sapo)}</div>' if sapo else ""
    main = f"""<div class="crumb"><a href="/">Trang chủ</a> » {esc(crumb)}</div>
<div class="news-detail"><h1 class="news-title">{esc(title)}</h1><div class="news-meta">{meta}</div>
{sapo_html}<div class="news-body">{body}</div>
<div class="share">Chia sẻ bài viết: <a href="#">Facebook</a> <a href="#">Zalo</a></div></div>{tail}"""
    return _layout(title, main)


def _others(title: str, items: list[tuple[str, str, str]]) -> str:
    rows = "".join(f'<li><a href="{u}">{esc(t)}</a> <span class="date">({d})</span></li>' for u, t, d in items)
    return f'<div class="other"><h3>{esc(title)}</h3><ul>{rows}</ul></div>'


def render_article(art: Art) -> str:
    meta = f"{esc(art.date_line)}" + (f" | Tác giả: {esc(art.byline)}" if art.byline else "") + " | Lượt xem: 312"
    body = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    if art.attachment:
        body += f'<p>Tải về: <a href="{art.attachment[0]}">{esc(art.attachment[1])}</a></p>'
    body += "".join(f'<p style="text-align: right;"><em>{esc(x)}</em></p>' for x in (art.signature, art.source_line) if x)
    same = [(a.path, a.title, dmy(a.published)) for a in ARTICLES if a is not art and a.extra["section"] == art.extra["section"]]
    tail = _others("Tin cùng chuyên mục", same) if same else ""
    return _detail(art.title, meta, art.lead, body, SECTIONS[art.extra["section"]], tail)


def render_qa(q: tuple) -> str:  # type: ignore[type-arg]
    ident, slug, title, who, where, asked, question, answered, office, answer = q
    meta = f"Ngày hỏi: {dmy(asked)} {hm(asked)} | Người hỏi: {esc(who)} ({esc(where)})"
    body = (f'<div class="question"><p>{esc(question)}</p></div><div class="answer"><p><strong>Trả lời:</strong></p>'
            f"<p>{esc(answer)}</p><p><em>{esc(office)} trả lời ngày {dmy(answered)}</em></p></div>")
    others = [(f"/hoi-dap-truc-tuyen/{x[1]}-{x[0]}.html", x[2], dmy(x[5])) for x in QA if x is not q]
    return _detail(title, meta, "", body, "Hỏi đáp trực tuyến", _others("Câu hỏi khác", others))


def render_procedure(pr: tuple) -> str:  # type: ignore[type-arg]
    ident, slug, name, code, rows = pr
    table = f"<tr><th>Tên thủ tục</th><td>{esc(name)}</td></tr><tr><th>Mã thủ tục</th><td>{code}</td></tr>"
    table += "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    body = f'<table class="tthc">{table}</table><p><a href="https://dichvucong.cuugiang.gov.vn/?ma={code}">Nộp hồ sơ trực tuyến</a></p>'
    return _detail(name, "Lĩnh vực: Nông nghiệp | Cấp thực hiện: Cấp tỉnh", "", body, "Dịch vụ công")


def render_document(d: tuple) -> str:  # type: ignore[type-arg]
    ident, slug, title, number, issued, signer, summary, pdf = d
    body = (f"<p><strong>Số ký hiệu:</strong> {number}</p><p><strong>Ngày ban hành:</strong> {issued}</p>"
            f"<p><strong>Người ký:</strong> {esc(signer)}</p><p><strong>Trích yếu:</strong> {esc(summary)}</p>"
            f'<iframe src="/pdfviewer?file=/upload/vanban/{pdf}" width="100%" height="600"></iframe>'
            f'<p><a href="/upload/vanban/{pdf}">Tải văn bản</a></p>')
    others = [(f"/van-ban-chi-dao/{x[1]}-{x[0]}.html", x[2], x[4]) for x in DOCUMENTS if x is not d]
    return _detail(title, f"Ngày ban hành: {issued}", "", body, "Văn bản chỉ đạo", _others("Văn bản khác", others))


def render_video() -> str:
    ident, slug, title, iso, sentence = VIDEO
    body = f'<div class="video"><iframe src="https://www.youtube.com/embed/a1B2c3D4e5F" allowfullscreen></iframe></div><p>{esc(sentence)}</p>'
    return _detail(title, f"Đăng ngày: {dmy(iso)} - {hm(iso)}", "", body, "Video")


def render_history() -> str:
    ident, slug, title, updated, paras = HISTORY
    return _detail(title, updated, "", "".join(f"<p>{esc(p)}</p>" for p in paras), "Giới thiệu")


def render_topic() -> str:
    ident, slug, title, intro = TOPIC
    items = [a for a in ARTICLES if a.extra["id"] in (3380, 3394)]
    body = f"<p>{esc(intro)}</p>" + "".join(
        f'<div class="topic-item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
        f"<p>{esc(a.lead)}</p></div>" for a in items)
    return _detail(title, "", "", body, "Chuyên đề")


def render_poll() -> str:
    ident, question, options = POLL
    total = sum(n for _, n in options)
    rows = "".join(f'<li>{esc(o)}: <b>{n}</b> lượt ({round(n * 100 / total)}%)<div class="bar" style="width:{round(n * 100 / total)}%"></div></li>'
                   for o, n in options)
    body = f"<p>{esc(question)}</p><ul class=\"poll-result\">{rows}</ul><p>Tổng số lượt bình chọn: {total}</p>"
    return _detail("Kết quả bình chọn", "Thời gian: 01/01/2024 - 31/12/2024", "", body, "Bình chọn")


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="item"><img src="/upload/thumb/{a.extra["id"]}.jpg" alt=""><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
        f'<div class="date">{dmy(a.published)} {hm(a.published)}</div><p>{esc(a.lead)}</p></div>'
        for a in arts
    )


def _listing(title: str, arts: list[Art], extra: str = "") -> str:
    return _layout(title, f'<h2 class="list-title">{esc(title)}</h2>{_teasers(arts)}{extra}')


def render_qalist() -> str:
    rows = "".join(
        f'<div class="qa-item"><h3><a href="/hoi-dap-truc-tuyen/{q[1]}-{q[0]}.html">{esc(q[2])}</a></h3>'
        f'<div class="date">Người hỏi: {esc(q[3])} - {dmy(q[5])}</div><p>{esc(q[6])}</p></div>' for q in QA)
    form = '<a href="/hoi-dap-truc-tuyen/gui-cau-hoi.html" class="btn">Gửi câu hỏi</a>'
    return _layout("Hỏi đáp trực tuyến", f'<h2 class="list-title">Hỏi đáp trực tuyến</h2>{rows}{form}')


def render_search() -> str:
    hits = [a for a in ARTICLES if "mặn" in a.title or "mặn" in a.lead][:2]
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> - <span class="date">{dmy(a.published)}</span><p>{esc(a.lead[:160])}...</p></li>'
                   for a in hits)
    d = DOCUMENTS[1]
    rows += f'<li><a href="/van-ban-chi-dao/{d[1]}-{d[0]}.html">{esc(d[2])}</a> - <span class="date">{d[4]}</span><p>{esc(d[6][:160])}...</p></li>'
    return _layout("Tìm kiếm", f'<h2 class="list-title">Kết quả tìm kiếm với từ khóa: mặn</h2><ul class="search">{rows}</ul>')


def render_rss() -> str:
    rows = "".join(f'<li>{esc(n)}: <a href="/rss/{s}.rss">/rss/{s}.rss</a></li>' for s, n in SECTIONS.items())
    return _layout("RSS", f'<h2 class="list-title">Kênh RSS</h2><p>Chọn chuyên mục và sao chép đường dẫn vào trình đọc RSS.</p><ul>{rows}</ul>')


def render_home() -> str:
    return _layout(NAME, f"<h2>Tin tức nổi bật</h2>{_teasers(ARTICLES[:4])}"
                   f'<p><a href="/video/{VIDEO[1]}-{VIDEO[0]}.html">Video</a> <a href="/gioi-thieu/{HISTORY[1]}-{HISTORY[0]}.html">Lịch sử</a>'
                   f' <a href="/chuyen-de/{TOPIC[1]}-{TOPIC[0]}.html">OCOP</a> <a href="/tu-khoa/{TAG[0]}.html">#{TAG[1]}</a>'
                   f' <a href="/tin-hoat-dong/thang-03-2024.html">Tháng 3/2024</a> <a href="/tim-kiem.html?q=m%E1%BA%B7n">Tìm</a></p>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    for q in QA:
        out[f"/hoi-dap-truc-tuyen/{q[1]}-{q[0]}.html"] = render_qa(q)
    for pr in PROCEDURES:
        out[f"/dich-vu-cong/{pr[1]}-{pr[0]}.html"] = render_procedure(pr)
    for d in DOCUMENTS:
        out[f"/van-ban-chi-dao/{d[1]}-{d[0]}.html"] = render_document(d)
    out[f"/video/{VIDEO[1]}-{VIDEO[0]}.html"] = render_video()
    out[f"/gioi-thieu/{HISTORY[1]}-{HISTORY[0]}.html"] = render_history()
    out[f"/chuyen-de/{TOPIC[1]}-{TOPIC[0]}.html"] = render_topic()
    out[f"/binh-chon/ket-qua-{POLL[0]}.html"] = render_poll()
    news = sorted(NEWS, key=lambda a: a.published, reverse=True)
    pager = '<div class="paging"><a href="/tin-hoat-dong.html">1</a> <a href="/tin-hoat-dong/trang-2.html">2</a></div>'
    out["/tin-hoat-dong.html"] = _listing("Tin hoạt động", news[:3], pager)
    out["/tin-hoat-dong/trang-2.html"] = _listing("Tin hoạt động", news[3:], pager)
    out["/tin-hoat-dong/thang-03-2024.html"] = _listing("Tin tháng 03/2024", [a for a in news if a.published[5:7] == "03"])
    out[f"/tu-khoa/{TAG[0]}.html"] = _listing(f"Từ khóa: {TAG[1]}", [ARTICLES[0], ARTICLES[1]])
    out["/hoi-dap-truc-tuyen.html"] = render_qalist()
    out["/tim-kiem.html?q=m%E1%BA%B7n"] = render_search()
    out["/rss.html"] = render_rss()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    for d in DOCUMENTS:
        pages[f"/upload/vanban/{d[7]}"] = pdf_page()
    for a in ARTICLES:
        if a.attachment:
            pages[a.attachment[0]] = pdf_page()
    return site_with_files(pages, robots=None, sitemaps={"/sitemap.xml": sorted(_html_pages())})
