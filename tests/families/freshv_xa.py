"""A commune's page on a province's shared portal platform where every item is
``/Pages/chi-tiet.aspx?ItemID=<n>``: the news and the commune's standing pages share one URL
template, one detail layout (``div.ms-rtestate-field`` under ``h1.page-title``) and the same
"Ngày đăng: dd/mm/yyyy" row (fresh-V, round 20: non-article pages stored as articles).

- Articles (7): the date row, the sapo in italics, the writer bold at the end or none; "Các
  tin khác" with dates under it.
- Not articles, each an item under the same date row, reached from the menu (few siblings):
  "Giới thiệu chung xã Tân Hòa" (area, population, villages, economy: long prose),
  "Chức năng, nhiệm vụ của Ủy ban nhân dân xã" (numbered duties), the procedure "Thủ tục đăng
  ký khai sinh" pasted from Word (numbered bold headings without a colon, "Bước 1:" lines,
  prose), a citizen's question and its answer ("Hỏi: ..." then "Trả lời: ..." in paragraphs),
  "Liên hệ" (one long paragraph), a "Thông tin tuyên truyền" photo page of five pictures with
  a sentence under each ("Ảnh: ..."); search results ``/Pages/tim-kiem.aspx?k=`` (teasers with
  dates), a tag page ``/Pages/the.aspx?t=``, the category and the home page.
- ``/sitemap.xml`` names every item.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fv-xa"
NAME = "Ủy ban nhân dân xã Tân Hòa"


def _path(ident: int) -> str:
    return f"/Pages/chi-tiet.aspx?ItemID={ident}"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], _path(ident), iso, f"Ngày đăng: {dmy(iso)}", extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("pm-tong-ve-sinh", 612, "2024-03-11T00:00:00+07:00", signature="Văn phòng UBND xã", author="Văn phòng UBND xã"),
    _art("pm-giao-quan", 605, "2024-02-26T00:00:00+07:00", signature="Minh Trí", author="Minh Trí"),
    _art("nx-hoi-thi-van-nghe", 609, "2024-03-05T00:00:00+07:00"),
    _art("bs-tiem-phong-gia-cam", 607, "2024-03-01T00:00:00+07:00", signature="Minh Trí", author="Minh Trí"),
    _art("dt-hien-mau", 614, "2024-03-13T00:00:00+07:00",
         image=("/PublishingImages/2024/hien-mau.jpg", "Đoàn viên thanh niên xã tham gia hiến máu.")),
    _art("nx-duong-giao-thong-nong-thon", 603, "2024-02-21T00:00:00+07:00", signature="Thu Hà", author="Thu Hà"),
    _art("tl-ky-niem-8-3", 610, "2024-03-08T00:00:00+07:00"),
]  # fmt: skip
CHROME = ["Các tin khác", "Liên kết", "Lượt truy cập", "Cơ quan chủ quản", "Trang chủ", "Gửi bài"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)

# (id, menu label, headline, date ISO, (tag, text) blocks: "p", "b" bold heading, "img" src|caption)
STATIC: list[tuple[int, str, str, str, list[tuple[str, str]]]] = [
    (501, "Giới thiệu chung", "Giới thiệu chung xã Tân Hòa", "2023-10-16T00:00:00+07:00", [
        ("p", "Xã Tân Hòa nằm ở phía tây bắc huyện Đông Thạnh, cách trung tâm huyện 12 km; phía bắc giáp xã Phú Lộc, phía "
              "nam giáp thị trấn Đông Thạnh, phía đông giáp sông Bến Gỗ, phía tây giáp xã Hòa Phú."),
        ("p", "Tổng diện tích tự nhiên của xã là 2.146 ha, trong đó đất nông nghiệp 1.780 ha; dân số 9.845 người với 2.614 "
              "hộ, sinh sống ở 8 ấp, đồng bào dân tộc Khmer chiếm khoảng 18% dân số."),
        ("p", "Kinh tế của xã chủ yếu là trồng lúa, cây ăn trái và nuôi thủy sản; những năm gần đây nhiều hộ chuyển sang "
              "trồng bưởi, sầu riêng và mở các cơ sở chế biến nông sản, tạo việc làm cho hơn 600 lao động tại chỗ."),
        ("p", "Năm 2019, xã được công nhận đạt chuẩn nông thôn mới và đang phấn đấu đạt chuẩn nông thôn mới nâng cao vào năm "
              "2025; hệ thống trường học, trạm y tế và đường giao thông đến các ấp đã được bê tông hóa hoàn toàn."),
    ]),
    (502, "Chức năng, nhiệm vụ", "Chức năng, nhiệm vụ của Ủy ban nhân dân xã", "2023-10-16T00:00:00+07:00", [
        ("p", "Ủy ban nhân dân xã do Hội đồng nhân dân xã bầu, là cơ quan chấp hành của Hội đồng nhân dân xã, cơ quan hành "
              "chính nhà nước ở địa phương, chịu trách nhiệm trước Hội đồng nhân dân xã và Ủy ban nhân dân huyện."),
        ("p", "1. Xây dựng, trình Hội đồng nhân dân xã quyết định các nội dung thuộc thẩm quyền và tổ chức thực hiện các "
              "nghị quyết của Hội đồng nhân dân xã về kinh tế - xã hội, quốc phòng, an ninh trên địa bàn."),
        ("p", "2. Tổ chức thực hiện ngân sách địa phương; quản lý đất đai, tài nguyên, bảo vệ môi trường, xây dựng và giao "
              "thông nông thôn theo phân cấp của Ủy ban nhân dân huyện."),
        ("p", "3. Bảo đảm an ninh, trật tự, an toàn xã hội; thực hiện các biện pháp phòng, chống thiên tai, dịch bệnh; tổ "
              "chức tiếp công dân, giải quyết khiếu nại, tố cáo theo quy định của pháp luật."),
        ("p", "4. Thực hiện đăng ký hộ tịch, chứng thực và các thủ tục hành chính thuộc thẩm quyền tại Bộ phận tiếp nhận và "
              "trả kết quả của xã, bảo đảm công khai, minh bạch và đúng thời hạn."),
    ]),
    (503, "Thủ tục hành chính", "Thủ tục đăng ký khai sinh", "2023-11-02T00:00:00+07:00", [
        ("b", "1. Trình tự thực hiện"),
        ("p", "Bước 1: Người có yêu cầu đăng ký khai sinh nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân "
              "xã hoặc nộp trực tuyến trên Cổng dịch vụ công quốc gia."),
        ("p", "Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ; nếu thấy thông tin khai sinh đầy đủ và phù hợp thì ghi "
              "nội dung khai sinh vào Sổ hộ tịch, cập nhật vào cơ sở dữ liệu hộ tịch điện tử."),
        ("p", "Bước 3: Chủ tịch Ủy ban nhân dân xã ký Giấy khai sinh cấp cho người được đăng ký khai sinh."),
        ("b", "2. Hồ sơ gồm"),
        ("p", "Tờ khai đăng ký khai sinh theo mẫu; giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh; "
              "giấy tờ tùy thân của người đi đăng ký để đối chiếu."),
        ("b", "3. Thời gian giải quyết"),
        ("p", "Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết được ngay thì trả kết "
              "quả trong ngày làm việc tiếp theo. Việc đăng ký khai sinh đúng hạn được miễn lệ phí."),
    ]),
    (504, "Hỏi đáp", "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn", "2024-02-19T00:00:00+07:00", [
        ("p", "Hỏi: Tôi và chồng sống chung từ năm 2022 nhưng chưa đăng ký kết hôn, nay đã có con được hai tháng. Xin hỏi "
              "tôi có đăng ký khai sinh cho con được không và có ghi tên người cha trong giấy khai sinh không? (Chị Lâm "
              "Thị Kiều, ấp Phú Hữu)"),
        ("p", "Trả lời: Theo quy định của Luật Hộ tịch, trường hợp chưa xác định được cha thì khi đăng ký khai sinh, phần "
              "ghi về người cha trong Sổ hộ tịch và Giấy khai sinh để trống. Nếu vào thời điểm đăng ký khai sinh, người cha "
              "yêu cầu làm thủ tục nhận con thì Ủy ban nhân dân xã kết hợp giải quyết việc nhận con và đăng ký khai sinh."),
        ("p", "Khi làm thủ tục, chị và người cha cần mang theo tờ khai, giấy chứng sinh của cháu và chứng cứ chứng minh "
              "quan hệ cha con như văn bản giám định ADN hoặc văn bản cam đoan có hai người làm chứng, đến Bộ phận một cửa "
              "của xã để được hướng dẫn."),
    ]),
    (505, "Liên hệ", "Liên hệ", "2023-10-16T00:00:00+07:00", [
        ("p", "Mọi ý kiến đóng góp, phản ánh về hoạt động của chính quyền xã và nội dung trang thông tin xin gửi về Văn "
              "phòng Ủy ban nhân dân xã Tân Hòa, ấp Tân Thạnh, xã Tân Hòa, huyện Đông Thạnh; điện thoại 0277 3861 205; thư "
              "điện tử ubndtanhoa@dongthanh.gov.vn. Bộ phận tiếp nhận và trả kết quả làm việc các ngày từ thứ Hai đến sáng "
              "thứ Bảy, sáng từ 7 giờ đến 11 giờ, chiều từ 13 giờ đến 17 giờ; Chủ tịch Ủy ban nhân dân xã tiếp công dân "
              "vào sáng thứ Năm hằng tuần tại trụ sở."),
    ]),
    (506, "Thư viện ảnh", "Hình ảnh tuyên truyền phòng, chống cháy nổ mùa khô", "2024-03-06T00:00:00+07:00", [
        ("img", "/PublishingImages/album/506/1.jpg|Lực lượng dân quân xã hướng dẫn người dân sử dụng bình chữa cháy mini tại nhà văn hóa ấp."),
        ("img", "/PublishingImages/album/506/2.jpg|Xe loa tuyên truyền lưu động chạy qua các tuyến đường liên ấp vào buổi chiều."),
        ("img", "/PublishingImages/album/506/3.jpg|Cán bộ công an xã kiểm tra hệ thống điện của các cơ sở kinh doanh ven chợ."),
        ("img", "/PublishingImages/album/506/4.jpg|Học sinh Trường Tiểu học Tân Hòa thực hành thoát nạn khi có cháy xảy ra."),
        ("img", "/PublishingImages/album/506/5.jpg|Người dân ấp Phú Hữu dọn thực bì quanh nhà để phòng cháy trong mùa khô."),
    ]),
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    menu = "".join(f'<li><a href="{_path(i)}">{esc(label)}</a></li>' for i, label, _, _, _ in STATIC)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title></head>
<body><div id="s4-workspace"><div class="top-banner"><img src="/Style Library/images/banner-xa.jpg" alt="{esc(NAME)}"></div>
<div class="top-nav"><ul><li><a href="/">Trang chủ</a></li>{menu}<li><a href="/Pages/tin-tuc.aspx">Tin tức</a></li></ul>
<form action="/Pages/tim-kiem.aspx"><input name="k"></form></div>
<div class="main"><div class="left-col"><div class="box-title">Liên kết</div><ul><li><a href="#">Cổng thông tin huyện Đông Thạnh</a></li>
<li><a href="#">Cổng dịch vụ công quốc gia</a></li></ul><div class="counter">Lượt truy cập: 98.412</div></div>
<div class="center-col">{main}</div></div>
<div class="footer">Cơ quan chủ quản: {esc(NAME)}, huyện Đông Thạnh. <a href="mailto:ubndtanhoa@dongthanh.gov.vn">Gửi bài</a></div>
</div></body></html>"""


def _detail(title: str, when: str, body: str, others: list[Art]) -> str:
    links = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span></li>' for a in others)
    tail = f'<div class="other-news"><div class="box-title">Các tin khác</div><ul>{links}</ul></div>' if others else ""
    return (f'<div class="news-detail"><h1 class="page-title">{esc(title)}</h1><div class="date">{esc(when)}</div>'
            f'<div class="ms-rtestate-field">{body}</div></div>{tail}')


def render_article(art: Art) -> str:
    body = f"<p><em>{esc(art.lead)}</em></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            body += f'<p style="text-align:center"><img src="{art.image[0]}" alt=""><br><em>{esc(art.image[1])}</em></p>'
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    return _layout(art.title, _detail(art.title, art.date_line, body, [a for a in NEWS if a is not art][:5]))


def render_static(title: str, iso: str, blocks: list[tuple[str, str]]) -> str:
    body = ""
    for tag, text in blocks:
        if tag == "b":
            body += f"<p><strong>{esc(text)}</strong></p>"
        elif tag == "img":
            src, cap = text.split("|")
            body += f'<p style="text-align:center"><img src="{src}" alt=""><br><em>Ảnh: {esc(cap)}</em></p>'
        else:
            body += f"<p>{esc(text)}</p>"
    return _layout(title, _detail(title, f"Ngày đăng: {dmy(iso)}", body, []))


def _teasers(title: str, arts: list[Art], note: str = "") -> str:
    rows = "".join(f'<li><a href="{a.path}"><img src="/PublishingImages/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                   f'<a class="title" href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span>'
                   f'<p>{esc(a.lead)}</p></li>' for a in arts)
    head = f"<p>{esc(note)}</p>" if note else ""
    return _layout(title, f'<h1 class="page-title">{esc(title)}</h1>{head}<ul class="list-news">{rows}</ul>')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for ident, _, title, iso, blocks in STATIC:
        out[_path(ident)] = render_static(title, iso, blocks)
    out["/"] = _teasers("Tin tức - Sự kiện", NEWS[:4])
    out["/Pages/tin-tuc.aspx"] = _teasers("Tin tức", NEWS)
    out["/Pages/tim-kiem.aspx?k=ti%C3%AAm+ph%C3%B2ng"] = _teasers(
        "Kết quả tìm kiếm", [ARTICLES[3], ARTICLES[4]], "Có 2 kết quả phù hợp với từ khóa: tiêm phòng")
    out["/Pages/the.aspx?t=nong-thon-moi"] = _teasers("Thẻ: nông thôn mới", [ARTICLES[5], ARTICLES[0], ARTICLES[2]])
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    items = [a.path for a in ARTICLES] + [_path(i) for i, *_ in STATIC]
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n", sitemaps={"/sitemap.xml": items})
