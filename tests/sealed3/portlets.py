"""A provincial department's portal on a big vendor's e-government platform (the
"Cổng thông tin điện tử" product sold to many departments: portlets in three columns).

- Articles ``/portal/Pages/<yyyy-m-d>/<Slug>-<hash>.aspx`` (the day in the path); the
  category ``/portal/Pages/Tin-tuc-su-kien.aspx`` and ``?Page=2``; every box is a portlet
  (``div.portlet`` > ``div.portlet-header`` + ``div.portlet-content``).
- The only date an article shows is "Ngày cập nhật: 12/03/2024 15:20" (so it is the
  published date, read from an update line); under the body a labelled "Tác giả:" field on
  some articles, a signature closing the body on others (one has both), and "Nguồn:" on one
  with no author.
- "Văn bản" with a document page, "Hỏi đáp" with a question page (a title, two dates and a
  long answer), "Lịch công tác", "Sơ đồ cổng", "Giới thiệu"; portlets "Tin mới cập nhật"
  (dates), "Thông báo", "Liên kết website", "Thống kê truy cập", a weather portlet.
- robots.txt names ``/sitemap.xml``, which lists the category and the articles.
"""

from __future__ import annotations

from crawler.replica.site import Page, Request, Site
from tests.sealed3.common import Art, attr, dmy, esc, hm, image, pdf, sitemap_xml

SITE_ID = "sz-portlets"
NAME = "Sở Nông nghiệp và Phát triển nông thôn tỉnh Đông Hải"
SHORT = "Sở NN&PTNT Đông Hải"
BASE_URL = "https://snnptnt.donghai.gov.vn/"
LIST = "/portal/Pages/Tin-tuc-su-kien.aspx"


def _art(slug: str, code: str, iso: str, title: str, paras: list[str], **kw: object) -> Art:
    day = f"{int(iso[:4])}-{int(iso[5:7])}-{int(iso[8:10])}"
    extra = {"field_author": kw.pop("field_author", None), "field_source": kw.get("source")}
    return Art(f"/portal/Pages/{day}/{slug}-{code}.aspx", title, paras[0], tuple(paras[1:]), iso,
               f"Ngày cập nhật: {dmy(iso)} {hm(iso)}", date_basis="updated", updated=iso, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("Dong-Hai-gieo-cay-xong-vu-lua-Dong-Xuan-2023-2024", "a81f3c", "2024-02-02T15:20:00+07:00",
         "Đông Hải gieo cấy xong vụ lúa Đông Xuân 2023 - 2024", [
         "Đến ngày 1/2, toàn tỉnh đã gieo cấy được 38.650 ha lúa vụ Đông Xuân, đạt 101% kế hoạch, trong đó "
         "diện tích lúa chất lượng cao chiếm 72%.",
         "Năm nay, thời tiết đầu vụ thuận lợi, nguồn nước tưới từ các hồ chứa bảo đảm, nên các địa phương "
         "gieo cấy tập trung, đúng khung thời vụ khuyến cáo của ngành nông nghiệp.",
         "Các giống lúa chủ lực được sử dụng gồm ĐH12, Bắc thơm số 7, TBR225 và một số giống lúa nếp đặc "
         "sản. Nhiều hợp tác xã ứng dụng máy cấy, giảm 20% lượng giống và chi phí nhân công.",
         "Sở Nông nghiệp và Phát triển nông thôn đề nghị các địa phương theo dõi chặt chẽ diễn biến thời "
         "tiết, chủ động phòng trừ chuột, ốc bươu vàng và bệnh đạo ôn trên lúa giai đoạn đẻ nhánh.",
         ], author="Văn Tuấn", signature="Văn Tuấn - Chi cục Trồng trọt và BVTV"),
    _art("Kiem-tra-cong-tac-phong-chong-dich-ta-lon-chau-Phi-tai-huyen-Tan-Yen", "c4d902", "2024-02-21T09:05:00+07:00",
         "Kiểm tra công tác phòng, chống dịch tả lợn châu Phi tại huyện Tân Yên", [
         "Ngày 20/2, đoàn công tác của Sở Nông nghiệp và Phát triển nông thôn do đồng chí Phó Giám đốc Sở "
         "làm trưởng đoàn đã kiểm tra công tác phòng, chống dịch tả lợn châu Phi tại huyện Tân Yên.",
         "Từ đầu năm đến nay, trên địa bàn huyện đã xảy ra 3 ổ dịch tại 2 xã, số lợn mắc bệnh và buộc phải "
         "tiêu hủy là 146 con với tổng trọng lượng hơn 9 tấn.",
         "Đoàn đã kiểm tra thực tế tại các chốt kiểm dịch tạm thời, cơ sở giết mổ tập trung và một số trang "
         "trại chăn nuôi quy mô lớn.",
         "Kết luận buổi kiểm tra, Phó Giám đốc Sở yêu cầu huyện tuyệt đối không để người dân vứt xác lợn "
         "chết ra môi trường, xử lý nghiêm các trường hợp vận chuyển, buôn bán lợn bệnh; đồng thời hướng dẫn "
         "người chăn nuôi áp dụng các biện pháp an toàn sinh học trước khi tái đàn.",
         ], author="Lê Minh Châu", field_author="Lê Minh Châu"),
    _art("Trien-khai-ke-hoach-trong-rung-nam-2024", "0be7d5", "2024-03-01T16:45:00+07:00",
         "Triển khai kế hoạch trồng rừng năm 2024", [
         "Năm 2024, tỉnh Đông Hải đặt mục tiêu trồng mới 3.500 ha rừng tập trung, trong đó 800 ha rừng gỗ "
         "lớn, và trồng 1,2 triệu cây phân tán.",
         "Để hoàn thành kế hoạch, Sở Nông nghiệp và Phát triển nông thôn đã chỉ đạo Chi cục Kiểm lâm phối "
         "hợp với các huyện rà soát quỹ đất, hướng dẫn chủ rừng lựa chọn giống cây phù hợp với điều kiện "
         "lập địa.",
         "Các vườn ươm trên địa bàn tỉnh hiện có khả năng cung ứng khoảng 12 triệu cây giống keo, bạch đàn, "
         "lim xanh, sao đen; cây giống đưa ra trồng phải có nguồn gốc rõ ràng.",
         "Thời vụ trồng rừng vụ xuân bắt đầu từ tháng 2 đến hết tháng 4, vụ thu từ tháng 7 đến tháng 9.",
         ], source="Chi cục Kiểm lâm"),
    _art("Hoi-nghi-tap-huan-quy-trinh-cap-ma-so-vung-trong", "57aa1e", "2024-03-07T08:30:00+07:00",
         "Hội nghị tập huấn quy trình cấp mã số vùng trồng", [
         "Ngày 7/3, Chi cục Trồng trọt và Bảo vệ thực vật tổ chức hội nghị tập huấn quy trình cấp và quản lý "
         "mã số vùng trồng cho hơn 120 cán bộ nông nghiệp cấp huyện, cấp xã và đại diện các hợp tác xã.",
         "Tại hội nghị, các học viên được phổ biến các quy định của Bộ Nông nghiệp và Phát triển nông thôn "
         "về hồ sơ đề nghị cấp mã số, tiêu chí giám sát và các trường hợp bị thu hồi mã số vùng trồng.",
         "Đến nay, toàn tỉnh đã được cấp 46 mã số vùng trồng phục vụ xuất khẩu với tổng diện tích gần 2.000 "
         "ha, chủ yếu là vải thiều, na và thanh long ruột đỏ.",
         ], author="Thu Hằng", field_author="Thu Hằng", signature="Thu Hằng",
         image=("/portal/PublishingImages/2024/03/tap-huan-ma-so-vung-trong.jpg",
                "Quang cảnh hội nghị tập huấn.")),
    _art("Nong-dan-Lang-Giang-lai-cao-tu-mo-hinh-nuoi-ca-long", "e2f610", "2024-03-13T10:10:00+07:00",
         "Nông dân Lạng Giang lãi cao từ mô hình nuôi cá lồng", [
         "Mô hình nuôi cá lồng trên hồ Cấm Sơn của Hợp tác xã Thủy sản Lạng Giang mang lại lợi nhuận hơn "
         "600 triệu đồng mỗi năm, tạo việc làm ổn định cho 15 lao động địa phương.",
         "Hợp tác xã hiện có 40 lồng nuôi, chủ yếu là cá trắm, cá rô phi đơn tính và cá lăng. Cá được cho "
         "ăn thức ăn công nghiệp kết hợp cỏ, lá sắn nên thịt chắc, được thương lái ưa chuộng.",
         "Anh Thân Văn Hòa, Giám đốc hợp tác xã, cho biết khó khăn lớn nhất là dịch bệnh khi thời tiết "
         "chuyển mùa; hợp tác xã đã được Trung tâm Khuyến nông hướng dẫn xử lý nước và bổ sung vitamin "
         "định kỳ cho cá.",
         ], author="Đức Thịnh", signature="Đức Thịnh (Trung tâm Khuyến nông)"),
]  # fmt: skip
CHROME = [
    "Tin mới cập nhật", "Thông báo", "Liên kết website", "Thống kê truy cập", "Đang truy cập",
    "Tổng lượt truy cập", "Thời tiết", "Đông Hải: 22°C", "In trang", "Gửi email", "Về đầu trang",
    "Tác giả:", "Nguồn:", "Ngày cập nhật", "Các tin khác", "Sơ đồ cổng", "Đăng nhập",
    "Cơ quan chủ quản", "0204 3854 710", "snnptnt@donghai.gov.vn", "Trang chủ",
]  # fmt: skip


def _portlet(title: str, content: str, cls: str = "") -> str:
    return (f'<div class="portlet {cls}"><div class="portlet-header"><span class="portlet-title">{esc(title)}</span></div>'
            f'<div class="portlet-content">{content}</div></div>')  # fmt: skip


def _left() -> str:
    menu = ('<ul class="menu-left"><li><a href="/portal/Pages/Gioi-thieu.aspx">Giới thiệu</a></li>'
            f'<li><a href="{LIST}">Tin tức - Sự kiện</a></li><li><a href="/portal/Pages/Van-ban.aspx">Văn bản</a></li>'
            '<li><a href="/portal/Pages/Lich-cong-tac.aspx">Lịch công tác</a></li><li><a href="/portal/Pages/Hoi-dap.aspx">Hỏi đáp</a></li></ul>')
    notices = ("<ul><li>Thông báo kết quả xét tuyển viên chức năm 2023</li>"
               "<li>Thông báo về việc tiếp nhận hồ sơ hỗ trợ giống cây trồng vụ Xuân</li></ul>")
    return f'<div class="col-left">{_portlet("Danh mục", menu)}{_portlet("Thông báo", notices)}</div>'


def _right() -> str:
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{dmy(a.published)}</span></li>'
                     for a in sorted(ARTICLES, key=lambda a: a.published, reverse=True)[:4])  # fmt: skip
    links = ('<select onchange="window.open(this.value)"><option>--Liên kết website--</option>'
             '<option value="https://donghai.gov.vn">Cổng TTĐT tỉnh Đông Hải</option><option value="https://mard.gov.vn">Bộ NN&amp;PTNT</option></select>')
    stats = "<p>Đang truy cập: 18</p><p>Hôm nay: 402</p><p>Tổng lượt truy cập: 876.512</p>"
    weather = "<p>Đông Hải: 22°C</p><p>Độ ẩm: 85% - Mưa nhỏ</p>"
    return (f'<div class="col-right">{_portlet("Tin mới cập nhật", "<ul>" + newest + "</ul>")}'
            f'{_portlet("Thời tiết", weather)}{_portlet("Liên kết website", links)}{_portlet("Thống kê truy cập", stats)}</div>')


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html dir="ltr" lang="vi-VN"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title><link rel="stylesheet" type="text/css" href="/portal/Style%20Library/vnpt/css/portal.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script></head>
<body><div id="s4-workspace"><div class="top-links"><a href="/portal/Pages/Default.aspx">Trang chủ</a> | <a href="/portal/Pages/So-do-cong.aspx">Sơ đồ cổng</a> | <a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></div>
<div class="banner"><img src="/portal/PublishingImages/banner-snn.jpg" alt="{attr(NAME)}" /></div>
<div class="main-menu"><a href="/portal/Pages/Default.aspx">Trang chủ</a><a href="/portal/Pages/Gioi-thieu.aspx">Giới thiệu</a><a href="{LIST}">Tin tức - Sự kiện</a>
<a href="/portal/Pages/Van-ban.aspx">Văn bản</a><a href="/portal/Pages/Hoi-dap.aspx">Hỏi đáp</a></div>
<div class="layout">{_left()}<div class="col-center">{main}</div>{_right()}</div>
<div class="footer"><p>Cơ quan chủ quản: {esc(NAME)}</p><p>Địa chỉ: Số 48 đường Hùng Vương, thành phố Đông Hải - Điện thoại: 0204 3854 710 - Email: snnptnt@donghai.gov.vn</p>
<p>Người chịu trách nhiệm: Giám đốc Sở - Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này.</p></div></div></body></html>"""


def render_article(art: Art) -> str:
    body = f'<p class="sapo"><strong>{esc(art.lead)}</strong></p>'
    for i, para in enumerate(art.paragraphs):
        body += f'<p style="text-align:justify">{esc(para)}</p>'
        if i == 0 and art.image:
            body += f'<div style="text-align:center"><img src="{art.image[0]}" width="550" alt="" /><p><em>{esc(art.image[1])}</em></p></div>'
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    fields = ""
    if art.extra["field_author"]:
        fields += f'<div class="tacgia"><span class="lbl">Tác giả:</span> {esc(str(art.extra["field_author"]))}</div>'
    if art.extra["field_source"]:
        fields += f'<div class="nguon"><span class="lbl">Nguồn:</span> {esc(str(art.extra["field_source"]))}</div>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in ARTICLES if a is not art)
    content = f"""<div class="news-detail"><h1 class="title-detail">{esc(art.title)}</h1>
<div class="date-detail">{esc(art.date_line)}</div><div class="content-detail">{body}</div>{fields}
<div class="tools"><a href="javascript:window.print();">In trang</a> | <a href="mailto:?body={attr(art.title)}">Gửi email</a> | <a href="#s4-workspace">Về đầu trang</a></div></div>"""
    main = _portlet("Tin tức - Sự kiện", content, "portlet-detail") + _portlet("Các tin khác", f"<ul>{others}</ul>")
    return _layout(f"{art.title}", main)


def render_list(page: int) -> str:
    arts = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
    chunk = arts[:3] if page == 1 else arts[3:]
    items = "".join(f'<div class="news-item"><img src="/portal/PublishingImages/thumb-{i}.jpg" alt="" /><a class="title" href="{a.path}">{esc(a.title)}</a>'
                    f'<span class="date">({dmy(a.published)})</span><p>{esc(a.lead[:200])}</p></div>' for i, a in enumerate(chunk))  # fmt: skip
    pager = f'<div class="paging"><a href="{LIST}">1</a> <a href="{LIST}?Page=2">2</a></div>'
    return _layout("Tin tức - Sự kiện", _portlet("Tin tức - Sự kiện", items + pager))


def render_home() -> str:
    first = max(ARTICLES, key=lambda a: a.published)
    focus = (f'<div class="focus"><img src="/portal/PublishingImages/thumb-focus.jpg" alt="" /><a class="title" href="{first.path}">{esc(first.title)}</a>'
             f"<p>{esc(first.lead)}</p></div>")
    links = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a is not first)
    svc = '<ul><li><a href="https://dichvucong.donghai.gov.vn">Dịch vụ công trực tuyến</a></li><li>Tra cứu hồ sơ</li></ul>'
    return _layout(NAME, _portlet("Tin nổi bật", focus + f"<ul>{links}</ul>") + _portlet("Thủ tục hành chính", svc))


QUESTION = ("Hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả", "Ngô Văn Trọng - xã Việt Lập, huyện Tân Yên",
            "26/02/2024", "06/03/2024", [
    "Gia đình tôi có 3 sào ruộng trồng lúa thường xuyên bị thiếu nước, muốn chuyển sang trồng cây ăn quả. "
    "Xin hỏi việc chuyển đổi có phải xin phép không và có được hỗ trợ gì không?",
    "Trả lời: Theo quy định, hộ gia đình được chuyển đổi cơ cấu cây trồng trên đất trồng lúa nhưng phải "
    "đăng ký với Ủy ban nhân dân cấp xã theo mẫu, không làm mất đi điều kiện phù hợp để trồng lúa trở lại.",
    "Về chính sách hỗ trợ, tỉnh hỗ trợ một lần 50% chi phí giống cây ăn quả cho các vùng chuyển đổi tập "
    "trung có quy mô từ 2 ha trở lên; gia đình ông có thể liên hệ Ủy ban nhân dân xã để được hướng dẫn "
    "tham gia cùng các hộ liền kề.",
    "Phòng Nông nghiệp và Phát triển nông thôn huyện Tân Yên sẽ phối hợp hướng dẫn kỹ thuật trồng, chăm "
    "sóc khi gia đình ông chuyển đổi.",
])  # fmt: skip
DOC = ("158/QĐ-SNN", "04/03/2024", "Quyết định công bố danh mục giống cây trồng chủ lực của tỉnh năm 2024", "Nguyễn Văn Hải", "qd-158-snn.pdf")


def render_qa_list() -> str:
    item = (f'<div class="qa-item"><a href="/portal/Pages/Hoi-dap/Chi-tiet.aspx?ItemID=212">{esc(QUESTION[0])}</a>'
            f"<p>Người hỏi: {esc(QUESTION[1])} - Ngày gửi: {QUESTION[2]}</p></div>"
            '<div class="qa-item">Thủ tục cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (Ngày gửi: 12/02/2024)</div>')
    return _layout("Hỏi đáp", _portlet("Hỏi đáp", item))


def render_qa() -> str:
    title, asker, asked, answered, paras = QUESTION
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    content = (f'<h1 class="title-detail">{esc(title)}</h1><p>Người hỏi: {esc(asker)}</p><p>Ngày gửi: {asked}</p>'
               f'<div class="content-detail">{body}</div><p>Đơn vị trả lời: Phòng Trồng trọt - Ngày trả lời: {answered}</p>')
    return _layout(title, _portlet("Hỏi đáp", content))


def render_docs() -> str:
    row = (f'<tr><td><a href="/portal/Pages/Van-ban/Chi-tiet.aspx?ItemID=1583">{esc(DOC[0])}</a></td><td>{DOC[1]}</td>'
           f'<td>{esc(DOC[2])}</td><td><a href="/portal/VanBan/{DOC[4]}">Tải về</a></td></tr>')
    return _layout("Văn bản", _portlet("Văn bản", f"<table><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>{row}</table>"))


def render_doc() -> str:
    number, issued, summary, signer, file = DOC
    table = (f"<table><tr><td>Số/Ký hiệu</td><td>{esc(number)}</td></tr><tr><td>Ngày ban hành</td><td>{issued}</td></tr>"
             f"<tr><td>Trích yếu</td><td>{esc(summary)}</td></tr><tr><td>Người ký</td><td>{esc(signer)}</td></tr>"
             f'<tr><td>Tệp đính kèm</td><td><a href="/portal/VanBan/{file}">{file}</a></td></tr></table>')
    return _layout(summary, _portlet("Chi tiết văn bản", table))


STATIC = {
    "/portal/Pages/Gioi-thieu.aspx": ("Giới thiệu", [
        "Sở Nông nghiệp và Phát triển nông thôn là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Đông Hải, tham mưu "
        "quản lý nhà nước về nông nghiệp, lâm nghiệp, thủy sản, thủy lợi và phát triển nông thôn.",
        "Cơ cấu tổ chức gồm Văn phòng, Thanh tra, 4 phòng chuyên môn, 6 chi cục và 5 đơn vị sự nghiệp trực thuộc.",
    ]),
    "/portal/Pages/Lich-cong-tac.aspx": ("Lịch công tác", [
        "Thứ Hai 11/03/2024: Sáng 7h30 Giám đốc Sở giao ban lãnh đạo Sở; chiều 14h00 làm việc với Chi cục Thủy lợi.",
        "Thứ Tư 13/03/2024: Phó Giám đốc Sở kiểm tra sản xuất vụ Đông Xuân tại huyện Lạng Giang.",
        "Thứ Sáu 15/03/2024: Hội nghị sơ kết công tác phòng, chống thiên tai quý I.",
    ]),
    "/portal/Pages/So-do-cong.aspx": ("Sơ đồ cổng", ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Lịch công tác", "Hỏi đáp"]),
}  # fmt: skip


def render_static(path: str) -> str:
    title, paras = STATIC[path]
    return _layout(title, _portlet(title, "".join(f"<p>{esc(p)}</p>" for p in paras)))


NON_ARTICLES = {
    "/portal/Pages/Default.aspx": "home",
    LIST: "listing",
    LIST + "?Page=2": "listing",
    "/portal/Pages/Van-ban.aspx": "documents",
    "/portal/Pages/Van-ban/Chi-tiet.aspx?ItemID=1583": "document",
    "/portal/Pages/Hoi-dap.aspx": "qa",
    "/portal/Pages/Hoi-dap/Chi-tiet.aspx?ItemID=212": "qa",
    "/portal/Pages/Gioi-thieu.aspx": "static",
    "/portal/Pages/Lich-cong-tac.aspx": "schedule",
    "/portal/Pages/So-do-cong.aspx": "sitemap",
}
DUPLICATES: dict[str, str] = {}
OTHER_LINKS = {"/": 302, f"/portal/VanBan/{DOC[4]}": 200, "/_layouts/15/Authenticate.aspx": 401}
NON_ARTICLE_PATTERNS: list[str] = []
HAS_SITEMAP = True


def build_site() -> Site:
    pages: dict[str, Page] = {a.path: Page.html(render_article(a)) for a in ARTICLES}
    pages["/portal/Pages/Default.aspx"] = Page.html(render_home())
    pages[LIST] = Page.html(render_list(1))
    pages[LIST + "?Page=2"] = Page.html(render_list(2))
    pages["/portal/Pages/Van-ban.aspx"] = Page.html(render_docs())
    pages["/portal/Pages/Van-ban/Chi-tiet.aspx?ItemID=1583"] = Page.html(render_doc())
    pages["/portal/Pages/Hoi-dap.aspx"] = Page.html(render_qa_list())
    pages["/portal/Pages/Hoi-dap/Chi-tiet.aspx?ItemID=212"] = Page.html(render_qa())
    for path in STATIC:
        pages[path] = Page.html(render_static(path))
    pages[f"/portal/VanBan/{DOC[4]}"] = pdf()
    pages["/"] = Page.redirect("/portal/Pages/Default.aspx", 302)
    pages["/_layouts/15/Authenticate.aspx"] = Page.text("401 UNAUTHORIZED\n", status=401)

    def handler(request: Request) -> Page | None:
        base = request.base_url.rstrip("/")
        if request.target == "/robots.txt":
            return Page.text(f"User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\nSitemap: {base}/sitemap.xml\n")
        if request.target == "/sitemap.xml":
            return sitemap_xml(base, [LIST, *(a.path for a in ARTICLES)])
        if request.path.startswith("/portal/PublishingImages/"):
            return image()
        return None

    not_found = Page.html(_layout("Lỗi", _portlet("Lỗi", "<p>Trang không tồn tại hoặc đã bị xóa.</p>")), status=404)
    return Site(pages=pages, handler=handler, not_found=not_found)
