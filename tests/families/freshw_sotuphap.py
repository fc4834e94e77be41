"""A provincial department of justice's portal (a Liferay theme) that posts its notices, plans and
decisions with the printed document's header block pasted above the text, and dates its posts in
a definition list "Ngày xuất bản", in the right column's article box, split over icon spans, year
first, or with spaced slashes (fresh-W, round 21: publication-date conventions the earlier date
sets did not hold).

Built in round 21 as a fresh family (``FRESH_W``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Thứ Tư, ngày 20/03/2024"; the right column "Văn bản mới" with each
  document's "Ngày ban hành"; the footer's licence "Giấy phép số 45/GP-TTĐT ngày 03/8/2020".
- Articles ``/web/guest/tin-tuc/-/asset_publisher/tt/content/<slug>``. Per article: a notice
  whose pasted header block reads "Số: 215/TB-STP | Tây Lâm, ngày 04 tháng 3 năm 2024", posted
  per the ``<dl>`` after its text, "Ngày xuất bản 06/03/2024 08:00"; a news post whose only date
  is the right column's "Thông tin bài viết" ``<dl>``, "Ngày xuất bản 05/03/2024 08:40";
  "<i></i><span>Thứ Năm</span> <span>ngày 07/3/2024</span> <i></i><span>15:10</span>"; a plan
  signed "Tây Lâm, ngày 08 tháng 3 năm 2024" in its header block, posted "Ngày đăng: 11/03/2024 -
  16:30" under its text; "2024/03/12 09:45"; "Ngày đăng: 13 / 03 / 2024"; a decision signed
  "ngày 12 tháng 3 năm 2024" in its header block under a ``<dl>`` "Ngày xuất bản 14/03/2024 10:20".
- Not articles: the home page, the news and documents sections, "Giới thiệu", "Liên hệ", a
  search page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import esc, paragraphs_html, site_with_files
from tests.families.freshw_common import WArt
from tests.families.texts import KEY

SITE_ID = "fx-fw-sotuphap"
NAME = "Sở Tư pháp tỉnh Tây Lâm"
TODAY = "Thứ Tư, ngày 20/03/2024"
BASE = "/web/guest/tin-tuc/-/asset_publisher/tt/content/"


def _header(number: str, signed: str) -> tuple[str, ...]:
    return ("UBND TỈNH TÂY LÂM", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            f"Số: {number}", f"Tây Lâm, ngày {signed}")


THONG_BAO = (
    "Thông báo kết quả kiểm tra hồ sơ đăng ký dự tuyển công chức năm 2024",
    "Sở Tư pháp thông báo kết quả kiểm tra phiếu đăng ký dự tuyển công chức năm 2024 của các thí sinh "
    "dự tuyển vào các vị trí việc làm tại Văn phòng Sở và Phòng Hành chính tư pháp.",
    [
        "Có 27 thí sinh đủ điều kiện dự tuyển vòng 2; danh sách thí sinh được niêm yết tại trụ sở Sở Tư pháp "
        "và đăng tải kèm theo thông báo này.",
        "Thí sinh có mặt tại Hội trường Sở Tư pháp lúc 7 giờ 30 phút để làm thủ tục dự thi, mang theo căn "
        "cước công dân hoặc giấy tờ tùy thân có ảnh.",
    ],
)
KE_HOACH = (
    "Kế hoạch tổ chức Ngày hội pháp luật tại các trường trung học phổ thông năm 2024",
    "Thực hiện Chương trình phổ biến, giáo dục pháp luật năm 2024, Sở Tư pháp xây dựng kế hoạch tổ chức "
    "Ngày hội pháp luật tại 12 trường trung học phổ thông trên địa bàn tỉnh.",
    [
        "Ngày hội gồm các hoạt động sân khấu hóa tình huống pháp luật, thi tìm hiểu pháp luật về an toàn "
        "giao thông, phòng, chống ma túy và bạo lực học đường, giải đáp pháp luật cho học sinh.",
        "Thời gian tổ chức từ tháng 4 đến tháng 10 năm 2024; mỗi trường tổ chức một ngày, do Sở Tư pháp phối "
        "hợp với Sở Giáo dục và Đào tạo, Công an tỉnh và Tỉnh đoàn thực hiện.",
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Tư pháp năm 2024 và các nguồn hợp pháp khác.",
    ],
)
QUYET_DINH = (
    "Công bố danh mục thủ tục hành chính mới ban hành lĩnh vực hộ tịch",
    "Chủ tịch Ủy ban nhân dân tỉnh ký quyết định công bố danh mục 6 thủ tục hành chính mới ban hành "
    "trong lĩnh vực hộ tịch thuộc phạm vi chức năng quản lý của Sở Tư pháp.",
    [
        "Các thủ tục gồm đăng ký khai sinh, đăng ký kết hôn, đăng ký khai tử có yếu tố nước ngoài và ba thủ "
        "tục liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế.",
        "Sở Tư pháp có trách nhiệm cập nhật các thủ tục lên Cơ sở dữ liệu quốc gia về thủ tục hành chính và "
        "niêm yết công khai tại Bộ phận một cửa các cấp.",
    ],
)


def _art(slug: str, iso: str, form: str, line: str, key: str | None = None, text: object = None, **kw: object) -> WArt:
    extra = {"form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    if text is not None:
        extra["text"] = text
    return WArt(KEY[key] if key else 0, BASE + slug, iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tro-giup-phap-ly-luu-dong-xa-lung-phin", "2024-03-05T08:40:00+07:00", "side_dl", "Ngày xuất bản 05/03/2024 08:40",
         key="tp-tro-giup-phap-ly", signature="Phòng Phổ biến, giáo dục pháp luật", author="Phòng Phổ biến, giáo dục pháp luật"),
    _art("thong-bao-ket-qua-kiem-tra-ho-so-du-tuyen", "2024-03-06T08:00:00+07:00", "doc_dl", "Ngày xuất bản 06/03/2024 08:00",
         text=THONG_BAO, extra={"before": _header("215/TB-STP", "04 tháng 3 năm 2024"), "after": ["GIÁM ĐỐC", "Lê Văn Thuận"]}),
    _art("pho-bien-phap-luat-tieng-dan-toc", "2024-03-07T15:10:00+07:00", "spans", "Thứ Năm ngày 07/3/2024 15:10",
         key="tp-pho-bien-phap-luat", signature="Thanh Hương", author="Thanh Hương"),
    _art("ke-hoach-ngay-hoi-phap-luat-truong-thpt", "2024-03-11T16:30:00+07:00", "doc_foot", "Ngày đăng: 11/03/2024 - 16:30",
         text=KE_HOACH, extra={"before": _header("388/KH-STP", "08 tháng 3 năm 2024"), "after": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hạnh"]}),
    _art("kiem-tra-hoat-dong-cong-chung-2024", "2024-03-12T09:45:00+07:00", "yearfirst", "2024/03/12 09:45",
         key="tp-kiem-tra-cong-chung", signature="Thanh Hương", author="Thanh Hương"),
    _art("tong-ket-hoa-giai-co-so-2023", "2024-03-13T00:00:00+07:00", "spaced", "Ngày đăng: 13 / 03 / 2024",
         key="tp-hoa-giai-co-so", signature="Minh Đức", author="Minh Đức"),
    _art("cong-bo-thu-tuc-hanh-chinh-ho-tich", "2024-03-14T10:20:00+07:00", "doc_dl_top", "Ngày xuất bản 14/03/2024 10:20",
         text=QUYET_DINH, extra={"before": _header("521/QĐ-UBND", "12 tháng 3 năm 2024")}),
]  # fmt: skip
DOCS = [("Quyết định số 521/QĐ-UBND", "12/03/2024"), ("Kế hoạch số 388/KH-STP", "08/03/2024"),
        ("Thông báo số 215/TB-STP", "04/03/2024"), ("Công văn số 190/STP-VP", "29/02/2024")]  # fmt: skip
CHROME = ["Văn bản mới", "Thông tin bài viết", "Giấy phép số 45/GP-TTĐT", "Lượt xem", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(main: str, title: str, side: str = "") -> str:
    docs = "".join(f'<li><a href="/web/guest/van-ban">{esc(n)}</a><br><span>Ngày ban hành: {d}</span></li>' for n, d in DOCS)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/o/tuphap-theme/css/main.css"></head><body class="portal">
<div id="banner"><div class="today">{TODAY}</div><a href="/web/guest"><img src="/o/tuphap-theme/images/banner.png" alt="{esc(NAME)}"></a></div>
<nav id="navigation"><ul><li><a href="/web/guest">Trang chủ</a></li><li><a href="/web/guest/gioi-thieu">Giới thiệu</a></li>
<li><a href="/web/guest/tin-tuc">Tin tức</a></li><li><a href="/web/guest/van-ban">Văn bản</a></li><li><a href="/web/guest/lien-he">Liên hệ</a></li></ul></nav>
<div id="content"><div class="row"><div class="col-md-8 portlet-column">{main}</div>
<div class="col-md-4 portlet-column">{side}<section class="portlet"><h2 class="portlet-title">Văn bản mới</h2><ul class="docs">{docs}</ul></section></div></div></div>
<footer id="footer"><p>Cơ quan chủ quản: Sở Tư pháp tỉnh Tây Lâm. Địa chỉ: số 8 đường Trần Phú, thành phố Tây Lâm.</p>
<p>Giấy phép số 45/GP-TTĐT ngày 03/8/2020. Điện thoại: 0214 3840 555.</p></footer>
</body></html>"""


def _dl(line: str) -> str:
    parts = line.split(" ")
    return (f'<dl class="article-info">\n<dt>{" ".join(parts[:3])}</dt>\n<dd>{" ".join(parts[3:])}</dd>\n'
            f"<dt>Lượt xem</dt>\n<dd>56</dd>\n</dl>")


def _doc_header(art: WArt) -> str:
    b = [esc(x) for x in art.before()]
    return (f'<table class="doc-header" style="width: 100%;"><tr><td style="text-align: center;"><b>{b[0]}</b><br>\n<b>{b[1]}</b></td>'
            f'<td style="text-align: center;"><b>{b[2]}</b><br>\n<b>{b[3]}</b></td></tr>'
            f'<tr><td style="text-align: center;">{b[4]}</td><td style="text-align: center;"><i>{b[5]}</i></td></tr></table>')


def render_article(art: WArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align: justify;">{h}</p>', lambda s, c: ""))
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    for line in art.after():
        body += f'<p style="text-align: right;"><b>{esc(line)}</b></p>'
    head = _doc_header(art) if art.before() else ""
    line = esc(art.date_line)
    top = foot = side = ""
    if form == "side_dl":
        side = f'<section class="portlet"><h2 class="portlet-title">Thông tin bài viết</h2>{_dl(art.date_line)}</section>'
    elif form == "doc_dl":
        foot = _dl(art.date_line)
    elif form == "doc_dl_top":
        top = _dl(art.date_line)
    elif form == "spans":
        wd, rest = art.date_line.split(" ngày ")
        day, time = rest.split(" ")
        top = (f'<div class="publish-date"><i class="icon-calendar"></i> <span class="weekday">{wd}</span> <span class="date">ngày {day}</span> '
               f'<i class="icon-time"></i> <span class="time">{time}</span></div>')
    elif form == "doc_foot":
        foot = f'<p class="ngay-dang">{line}</p>'
    else:
        top = f'<div class="publish-date">{line}</div>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({a.published[8:10]}/{a.published[5:7]}/{a.published[:4]})</li>' for a in NEWS if a is not art)
    main = (f'<section class="portlet asset-full"><div class="asset-content"><h3 class="asset-title">{esc(art.title)}</h3>{top}'
            f'<div class="asset-summary"><b>{esc(art.lead)}</b></div><div class="journal-content-article">{head}{body}</div>{foot}'
            f'<div class="asset-tools"><a href="#">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Chia sẻ</a></div></div></section>'
            f'<section class="portlet"><h2 class="portlet-title">Các tin khác</h2><ul class="others">{others}</ul></section>')
    return _layout(main, art.title, side)


def _list(items: list[WArt]) -> str:
    return "".join(f'<div class="asset-abstract"><h3><a href="{a.path}">{esc(a.title)}</a></h3>'
                   f'<span class="date">{a.published[8:10]}/{a.published[5:7]}/{a.published[:4]}</span><p>{esc(a.lead[:160])}...</p></div>' for a in items)


def render_section(title: str, items: list[WArt]) -> str:
    return _layout(f'<section class="portlet"><h2 class="portlet-title">{title}</h2>{_list(items)}</section>', title)


def render_documents() -> str:
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{d}</td><td><a href=\"/documents/{i}.pdf\">Tải về</a></td></tr>" for i, (n, d) in enumerate(DOCS))
    return _layout(f'<section class="portlet"><h2 class="portlet-title">Văn bản</h2><table class="table"><tr><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Tệp</th></tr>{rows}</table></section>',
                   "Văn bản")


def render_static(title: str, lines: tuple[str, ...]) -> str:
    return _layout(f'<section class="portlet"><h2 class="portlet-title">{title}</h2>' + "".join(f"<p>{esc(t)}</p>" for t in lines) + "</section>", title)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/web/guest"] = render_section("Tin nổi bật", NEWS[:5])
    out["/web/guest/tin-tuc"] = render_section("Tin tức", NEWS)
    out["/web/guest/van-ban"] = render_documents()
    out["/web/guest/gioi-thieu"] = render_static("Giới thiệu", (
        "Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Tây Lâm, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác tư pháp.",
        "Sở có Văn phòng, Thanh tra, ba phòng chuyên môn và hai đơn vị sự nghiệp trực thuộc."))
    out["/web/guest/lien-he"] = render_static("Liên hệ", (
        "Sở Tư pháp tỉnh Tây Lâm, số 8 đường Trần Phú, thành phố Tây Lâm.", "Điện thoại: 0214 3840 555 - Email: stp@taylam.gov.vn"))
    out["/web/guest/tim-kiem?q=ho+tich"] = render_section("Kết quả tìm kiếm", [a for a in NEWS if "hộ tịch" in (a.title + a.lead).lower()])
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    pages.update({f"/documents/{i}.pdf": Page(200, [("Content-Type", "application/pdf")], b"%PDF-1.4\n%%EOF\n") for i in range(len(DOCS))})
    return site_with_files(pages, robots="User-agent: *\nDisallow: /c/\n")
