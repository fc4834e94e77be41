"""A province's department of natural resources and environment whose CMS stores every page
as a news item: the introduction, the history, the functions, the organisation chart, the
director's biography, the contact page and the site's own rules sit at the same
``/bai-viet/<slug>-<id>.html`` URLs as the news, in the same detail template (headline in
``h1.title-detail``, a date row, the text in ``div.content-detail``), reached from the
"Giới thiệu" menu (fresh-V, round 20: non-article pages stored as articles).

- Articles (7): "Ngày đăng: 05/03/2024 08:30" in ``div.date-detail``, the sapo bold, the
  writer bold and right-aligned at the end or none; "Tin cùng chuyên mục" with dates under it.
- Not articles, each in the detail template with a headline and "Cập nhật: dd/mm/yyyy hh:mm"
  in the date row (the CMS shows the item's last edit): "Giới thiệu chung" (four long
  paragraphs about the department), "Lịch sử hình thành và phát triển" (dated milestones told
  as prose), "Chức năng, nhiệm vụ và quyền hạn" (the numbered duties), "Sơ đồ tổ chức" (the
  chart's image and a paragraph per unit), "Tiểu sử đồng chí Giám đốc Sở" (prose), "Liên hệ"
  (a long paragraph on how to write, call and visit, the reception hours), "Quy chế hoạt động
  của Trang thông tin điện tử" (Điều 1 to Điều 5); search results ``/tim-kiem.html?q=``
  (teasers with dates and sapos), a tag page ``/tag/<slug>.html``, a category and the home page.
- ``/sitemap.xml`` names the articles and the static items alike (the CMS lists every item).
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY, TEXTS

SITE_ID = "fx-fv-sotnmt"
NAME = "Sở Tài nguyên và Môi trường tỉnh Hòa Bắc"


def slug(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    path = f"/bai-viet/{slug(TEXTS[KEY[key]][0])}-{ident}.html"
    return Art(KEY[key], path, iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fd-cap-giay-chung-nhan", 2841, "2024-03-11T08:30:00+07:00", signature="Thu Hằng", author="Thu Hằng"),
    _art("fd-rac-thai-nong-thon", 2838, "2024-03-08T14:10:00+07:00",
         image=("/uploads/2024/03/phan-loai-rac.jpg", "Người dân thôn Đông phân loại rác tại nhà.")),
    _art("fd-quan-trac-nuoc", 2835, "2024-03-06T09:45:00+07:00", signature="Quang Huy", author="Quang Huy"),
    _art("fd-khoang-san-trai-phep", 2830, "2024-03-04T16:20:00+07:00"),
    _art("fd-ngay-nuoc-the-gioi", 2844, "2024-03-13T10:00:00+07:00", signature="Thu Hằng", author="Thu Hằng"),
    _art("bt-xam-nhap-man", 2826, "2024-03-01T07:50:00+07:00", signature="Minh Khoa", author="Minh Khoa"),
    _art("tl-lo-mom-long-mong", 2822, "2024-02-27T15:05:00+07:00"),
]  # fmt: skip
CHROME = ["Tin cùng chuyên mục", "Liên kết website", "Lượt truy cập", "Bản quyền thuộc", "Chia sẻ", "In trang"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)

# the static items: (id, headline, "Cập nhật" ISO, paragraphs)
STATIC: list[tuple[int, str, str, list[str]]] = [
    (101, "Giới thiệu chung", "2024-01-15T09:00:00+07:00", [
        "Sở Tài nguyên và Môi trường tỉnh Hòa Bắc là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có tư cách pháp nhân, "
        "con dấu và tài khoản riêng, chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh.",
        "Sở có trụ sở tại số 12 đường Trần Hưng Đạo, thành phố Hòa Bắc, với bảy phòng chuyên môn, Chi cục Bảo vệ môi "
        "trường, Chi cục Quản lý đất đai và bốn đơn vị sự nghiệp trực thuộc, trong đó có Văn phòng Đăng ký đất đai với "
        "mười chi nhánh tại các huyện, thị xã và thành phố.",
        "Tổng số công chức, viên chức và người lao động của Sở hiện nay là 412 người, trong đó có 9 tiến sĩ, 86 thạc sĩ, "
        "phần lớn có trình độ đại học chuyên ngành quản lý đất đai, địa chính, môi trường, tài nguyên nước và địa chất.",
        "Với phương châm phục vụ người dân và doanh nghiệp, những năm qua Sở đã đẩy mạnh cải cách thủ tục hành chính, "
        "đưa toàn bộ thủ tục thuộc thẩm quyền lên Cổng dịch vụ công của tỉnh và từng bước xây dựng cơ sở dữ liệu đất đai "
        "thống nhất, kết nối với các ngành.",
    ]),
    (102, "Lịch sử hình thành và phát triển", "2023-11-02T10:30:00+07:00", [
        "Tiền thân của Sở Tài nguyên và Môi trường là Ty Địa chính tỉnh Hòa Bắc, được thành lập tháng 8 năm 1976 với nhiệm "
        "vụ đo đạc, lập sổ địa bộ và quản lý ruộng đất sau ngày đất nước thống nhất.",
        "Năm 1994, Ty Địa chính được tổ chức lại thành Sở Địa chính, tiếp nhận thêm nhiệm vụ đăng ký, cấp giấy chứng nhận "
        "quyền sử dụng đất cho hộ gia đình, cá nhân theo Luật Đất đai năm 1993.",
        "Ngày 20 tháng 10 năm 2003, Ủy ban nhân dân tỉnh ban hành quyết định thành lập Sở Tài nguyên và Môi trường trên "
        "cơ sở hợp nhất Sở Địa chính, bộ phận quản lý tài nguyên nước, khoáng sản của Sở Công nghiệp và bộ phận môi "
        "trường của Sở Khoa học, Công nghệ và Môi trường.",
        "Qua gần năm mươi năm xây dựng và trưởng thành, Sở đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba năm "
        "2016 và nhiều bằng khen của Bộ Tài nguyên và Môi trường, Ủy ban nhân dân tỉnh.",
    ]),
    (103, "Chức năng, nhiệm vụ và quyền hạn", "2023-09-20T08:15:00+07:00", [
        "Sở Tài nguyên và Môi trường có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về đất đai, tài "
        "nguyên nước, tài nguyên khoáng sản, địa chất, môi trường, khí tượng thủy văn, biến đổi khí hậu, đo đạc và bản đồ.",
        "1. Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chỉ thị, quy hoạch, kế hoạch dài hạn, năm năm và hằng năm về "
        "các lĩnh vực thuộc phạm vi quản lý của Sở; tổ chức thực hiện sau khi được phê duyệt.",
        "2. Tổ chức lập quy hoạch, kế hoạch sử dụng đất cấp tỉnh; thẩm định quy hoạch, kế hoạch sử dụng đất cấp huyện; "
        "tham mưu giao đất, cho thuê đất, thu hồi đất, chuyển mục đích sử dụng đất theo thẩm quyền.",
        "3. Hướng dẫn, kiểm tra việc thực hiện pháp luật về bảo vệ môi trường; thẩm định báo cáo đánh giá tác động môi "
        "trường, cấp giấy phép môi trường; quan trắc và công bố thông tin về chất lượng môi trường trên địa bàn.",
        "4. Thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo, phòng, chống tham nhũng trong các lĩnh vực được giao; "
        "quản lý tổ chức bộ máy, biên chế công chức, số lượng người làm việc theo quy định.",
    ]),
    (104, "Sơ đồ tổ chức", "2024-02-01T14:00:00+07:00", [
        "Lãnh đạo Sở gồm Giám đốc và ba Phó Giám đốc, phụ trách các khối đất đai, môi trường và tài nguyên nước, khoáng "
        "sản; Giám đốc chịu trách nhiệm trước Ủy ban nhân dân tỉnh về toàn bộ hoạt động của Sở.",
        "Khối tham mưu gồm Văn phòng Sở, Thanh tra Sở, Phòng Kế hoạch - Tài chính, Phòng Đất đai, Phòng Tài nguyên nước "
        "- Khoáng sản, Phòng Đo đạc - Bản đồ và Viễn thám, Phòng Biển đảo và Biến đổi khí hậu.",
        "Hai chi cục trực thuộc là Chi cục Bảo vệ môi trường và Chi cục Quản lý đất đai, có con dấu riêng, thực hiện "
        "nhiệm vụ quản lý chuyên ngành theo phân cấp của Giám đốc Sở.",
        "Các đơn vị sự nghiệp gồm Văn phòng Đăng ký đất đai, Trung tâm Quan trắc tài nguyên và môi trường, Trung tâm "
        "Phát triển quỹ đất và Trung tâm Công nghệ thông tin, hoạt động theo cơ chế tự chủ một phần chi thường xuyên.",
    ]),
    (105, "Tiểu sử đồng chí Giám đốc Sở", "2024-01-05T16:30:00+07:00", [
        "Đồng chí Nguyễn Văn Thắng sinh ngày 14 tháng 6 năm 1972, quê quán xã Yên Lạc, huyện Đông Hà, tỉnh Hòa Bắc; dân "
        "tộc Kinh; trình độ chuyên môn tiến sĩ Quản lý đất đai, cao cấp lý luận chính trị.",
        "Đồng chí bắt đầu công tác năm 1995 tại Sở Địa chính, lần lượt giữ các chức vụ chuyên viên, Phó Trưởng phòng, "
        "Trưởng phòng Đăng ký thống kê, rồi Giám đốc Văn phòng Đăng ký quyền sử dụng đất tỉnh.",
        "Từ năm 2012 đến năm 2019, đồng chí là Phó Giám đốc Sở Tài nguyên và Môi trường, phụ trách lĩnh vực đất đai và đo "
        "đạc bản đồ; từ tháng 10 năm 2019 đến nay, đồng chí giữ chức Giám đốc Sở, Tỉnh ủy viên.",
    ]),
    (106, "Liên hệ", "2023-12-12T09:20:00+07:00", [
        "Tổ chức, cá nhân có nhu cầu liên hệ công tác, phản ánh, kiến nghị về các lĩnh vực do Sở quản lý xin gửi văn bản "
        "về Văn phòng Sở Tài nguyên và Môi trường tỉnh Hòa Bắc, số 12 đường Trần Hưng Đạo, phường Đông Thành, thành phố "
        "Hòa Bắc, hoặc gửi thư điện tử đến địa chỉ stnmt@hoabac.gov.vn; điện thoại 0226 3852 114, fax 0226 3852 119.",
        "Bộ phận tiếp nhận và trả kết quả của Sở đặt tại Trung tâm Phục vụ hành chính công tỉnh, làm việc từ thứ Hai đến "
        "thứ Sáu, buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ; lãnh đạo Sở tiếp công dân định "
        "kỳ vào ngày 15 hằng tháng tại trụ sở, nếu trùng ngày nghỉ thì chuyển sang ngày làm việc kế tiếp.",
    ]),
    (107, "Quy chế hoạt động của Trang thông tin điện tử Sở Tài nguyên và Môi trường", "2023-06-30T11:00:00+07:00", [
        "Điều 1. Trang thông tin điện tử của Sở Tài nguyên và Môi trường là kênh cung cấp thông tin chính thức của Sở "
        "trên môi trường mạng, phục vụ công tác chỉ đạo, điều hành và tuyên truyền chủ trương, chính sách pháp luật.",
        "Điều 2. Ban biên tập do Giám đốc Sở quyết định thành lập, gồm Trưởng ban là một Phó Giám đốc Sở, các thành viên "
        "là lãnh đạo Văn phòng và các phòng chuyên môn; Ban biên tập làm việc theo chế độ kiêm nhiệm.",
        "Điều 3. Các phòng, đơn vị có trách nhiệm cung cấp tin, bài về hoạt động của đơn vị mình cho Ban biên tập chậm "
        "nhất hai ngày làm việc sau khi sự kiện diễn ra; văn bản quy phạm pháp luật được đăng tải trong ngày ký ban hành.",
        "Điều 4. Tin, bài được đăng tải phải bảo đảm chính xác, không vi phạm quy định về bảo vệ bí mật nhà nước, quyền "
        "sở hữu trí tuệ; người cung cấp thông tin chịu trách nhiệm về nội dung do mình cung cấp.",
        "Điều 5. Kinh phí hoạt động của Trang thông tin điện tử được bố trí trong dự toán chi thường xuyên hằng năm của "
        "Sở; chế độ nhuận bút thực hiện theo quy định hiện hành của Ủy ban nhân dân tỉnh.",
    ]),
]  # fmt: skip


def _static_path(ident: int, headline: str) -> str:
    return f"/bai-viet/{slug(headline)}-{ident}.html"


def _layout(title: str, main: str, crumb: str) -> str:
    menu = "".join(f'<li><a href="{_static_path(i, h)}">{esc(h if len(h) < 40 else "Quy chế hoạt động")}</a></li>'
                   for i, h, _, _ in STATIC)
    fresh = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<header class="header"><div class="container"><a class="logo" href="/"><img src="/images/logo.png" alt="{esc(NAME)}"></a>
<form class="search" action="/tim-kiem.html"><input name="q" placeholder="Tìm kiếm..."></form></div>
<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li class="has-sub"><a href="#">Giới thiệu</a><ul class="sub">{menu}</ul></li>
<li><a href="/chuyen-muc/tin-hoat-dong.html">Tin hoạt động</a></li><li><a href="/chuyen-muc/van-ban.html">Văn bản</a></li></ul></nav></header>
<div class="container"><div class="breadcrumb"><a href="/">Trang chủ</a> / {esc(crumb)}</div>
<div class="row"><div class="col-main">{main}</div>
<aside class="col-side"><div class="box"><h3>Tin mới</h3><ul>{fresh}</ul></div>
<div class="box"><h3>Liên kết website</h3><select><option>Bộ Tài nguyên và Môi trường</option><option>UBND tỉnh Hòa Bắc</option></select></div>
<div class="box counter">Lượt truy cập: 2.318.940</div></aside></div></div>
<footer class="footer">Bản quyền thuộc {esc(NAME)}. Chịu trách nhiệm chính: Giám đốc Sở. Địa chỉ: 12 Trần Hưng Đạo, thành phố Hòa Bắc.</footer>
</body></html>"""


def _detail(headline: str, date_line: str, content: str, related: str) -> str:
    return (f'<div class="detail"><h1 class="title-detail">{esc(headline)}</h1><div class="date-detail">{esc(date_line)}'
            f' <span class="tools"><a href="#">Chia sẻ</a> | <a href="javascript:window.print()">In trang</a></span></div>'
            f'<div class="content-detail">{content}</div></div>{related}')


def render_article(art: Art) -> str:
    content = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        content += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            content += f'<figure><img src="{art.image[0]}" alt=""><figcaption>{esc(art.image[1])}</figcaption></figure>'
    if art.signature:
        content += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>'
                     for a in NEWS if a is not art)
    related = f'<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{others}</ul></div>'
    return _layout(art.title, _detail(art.title, art.date_line, content, related), "Tin hoạt động")


def render_static(headline: str, iso: str, paragraphs: list[str], image: str = "") -> str:
    content = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    if image:
        content = f'<p style="text-align:center"><img src="{image}" alt="{esc(headline)}"></p>' + content
    return _layout(headline, _detail(headline, f"Cập nhật: {dmy(iso)} {hm(iso)}", content, ""), "Giới thiệu")


def _teasers(title: str, arts: list[Art], note: str = "") -> str:
    rows = "".join(f'<div class="item"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""><h3><a href="{a.path}">'
                   f'{esc(a.title)}</a></h3><div class="date">{dmy(a.published)} {hm(a.published)}</div>'
                   f'<p>{esc(a.lead)}</p></div>' for a in arts)
    head = f'<p class="note">{esc(note)}</p>' if note else ""
    return _layout(title, f'<h1 class="title-detail">{esc(title)}</h1>{head}<div class="list">{rows}</div>', title)


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for ident, headline, iso, paragraphs in STATIC:
        image = "/uploads/gioi-thieu/so-do-to-chuc.png" if ident == 104 else ""
        image = "/uploads/lanh-dao/giam-doc.jpg" if ident == 105 else image
        out[_static_path(ident, headline)] = render_static(headline, iso, paragraphs, image)
    out["/"] = _teasers("Tin hoạt động", NEWS[:5])
    out["/chuyen-muc/tin-hoat-dong.html"] = _teasers("Tin hoạt động", NEWS)
    out["/tim-kiem.html?q=m%C3%B4i+tr%C6%B0%E1%BB%9Dng"] = _teasers(
        "Kết quả tìm kiếm", [ARTICLES[1], ARTICLES[2], ARTICLES[4]], "Tìm thấy 3 kết quả cho từ khóa “môi trường”")
    out["/tag/tai-nguyen-nuoc.html"] = _teasers("Tài nguyên nước", [ARTICLES[4], ARTICLES[2], ARTICLES[5]])
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    items = [a.path for a in ARTICLES] + [_static_path(i, h) for i, h, _, _ in STATIC]
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n", sitemaps={"/sitemap.xml": items})
