"""A district's portal of news and notices (a local vendor's PHP CMS) whose posting day is
shown in a calendar badge or in pieces, below long blocks, while the text names other days
first: a decision the notice cites, the notice's own signing line, an event's day in the
headline, a photo's day, attachments' days (fresh-R, round 20: dates missed or read on the
wrong day).

Built in round 20 as a fresh family (``FRESH_R``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header: "Hôm nay: Thứ Tư, 20/03/2024"; the side column "Lịch công tác tuần" with
  its days; "Thông báo mới" with days.
- Articles ``/tin-tuc-su-kien/<slug>-<id>.html`` and ``/thong-bao/<slug>-<id>.html``. The post's
  day: a calendar badge ``<div class="day">04</div><div class="month">Tháng 3, 2024</div>``
  over a notice opening "Căn cứ Quyết định số 125/QĐ-UBND ngày 15/02/2024 ..." and closing
  "Yên Sơn, ngày 01 tháng 3 năm 2024"; "<span>05</span>/<span>03</span>/<span>2024</span>
  <span>14:20</span>" under the headline "Ngày 3/3: ..."; "Ngày đăng: 07/03/2024 | Người đăng:
  Văn phòng" below the body and a table of attached papers with their days; "T2, 11/03/2024 -
  09:00" over a caption "... ngày 8/3"; a notice signed "Yên Sơn, ngày 11 tháng 3 năm 2024"
  whose foot line says "Đăng ngày: 12/03/2024 08:15"; a badge "13" over "03/2024" with an image
  under ``/upload/2024/02/26/``; "Ngày đăng 14/03/2024 15:05" after a lead naming the event's days.
- Not articles: the home page, the news and notices categories, the week's work calendar,
  "Giới thiệu".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.freshr_common import RArt, weekday
from tests.families.texts import KEY

SITE_ID = "fx-fr-congvan"
NAME = "Cổng thông tin điện tử huyện Yên Sơn"
TODAY = "Hôm nay: Thứ Tư, 20/03/2024"

TIEP_DAN = (
    "Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện tháng 3 năm 2024",
    "Căn cứ Quyết định số 125/QĐ-UBND ngày 15/02/2024 của UBND huyện ban hành Quy chế tiếp công dân, "
    "UBND huyện Yên Sơn thông báo lịch tiếp công dân định kỳ tháng 3 năm 2024 như sau.",
    [
        "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 15 và ngày 25 của tháng tại Trụ sở Tiếp công dân "
        "huyện, số 08 đường Lê Lợi, thị trấn Yên Sơn; buổi sáng từ 7 giờ 30 phút, buổi chiều từ 13 giờ 30 phút.",
        "Công dân đến kiến nghị, phản ánh mang theo giấy tờ tùy thân và các tài liệu liên quan; trường hợp "
        "được ủy quyền phải có giấy ủy quyền hợp lệ theo quy định của pháp luật.",
        "Ban Tiếp công dân huyện có trách nhiệm chuẩn bị địa điểm, bố trí cán bộ ghi chép và mời đại diện "
        "các phòng, ban chuyên môn liên quan cùng dự.",
    ],
)
VE_SINH = (
    "Ngày 3/3: Toàn huyện ra quân tổng vệ sinh môi trường hưởng ứng Ngày Chủ nhật xanh",
    "Sáng Chủ nhật 3/3, hơn 4.000 cán bộ, đoàn viên và nhân dân 18 xã, thị trấn đồng loạt ra quân "
    "dọn vệ sinh đường làng, ngõ xóm, khơi thông cống rãnh.",
    [
        "Tại thị trấn Yên Sơn, lực lượng đoàn viên thanh niên thu gom hơn 12 tấn rác thải, phát quang "
        "bụi rậm dọc hai bên tuyến đường tỉnh 176 và khu vực chợ trung tâm.",
        "Các xã Tân Lập, Phúc Ninh, Mỹ Bằng tổ chức trồng hoa trên các tuyến đường kiểu mẫu, vận động "
        "các hộ dân phân loại rác tại nguồn và không đổ rác xuống kênh mương.",
        "UBND huyện đề nghị các xã, thị trấn duy trì ra quân vào Chủ nhật cuối cùng của mỗi tháng, gắn "
        "với tiêu chí môi trường trong xây dựng nông thôn mới nâng cao.",
    ],
)
HOP_DONG = (
    "Thông báo tuyển dụng viên chức sự nghiệp giáo dục huyện Yên Sơn năm 2024",
    "UBND huyện Yên Sơn thông báo tuyển dụng 46 chỉ tiêu viên chức làm việc tại các trường mầm non, "
    "tiểu học và trung học cơ sở công lập trực thuộc.",
    [
        "Người đăng ký dự tuyển phải có đủ tiêu chuẩn về trình độ đào tạo theo quy định của Luật Giáo dục "
        "và chuẩn nghề nghiệp giáo viên; có đủ sức khỏe để thực hiện nhiệm vụ.",
        "Hồ sơ nộp trực tiếp tại Phòng Nội vụ huyện trong giờ hành chính, từ ngày ra thông báo đến hết "
        "ngày 10/4/2024; mỗi người chỉ được đăng ký dự tuyển vào một vị trí việc làm.",
    ],
)
SIGN = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Thành"]


def _art(section: str, slug: str, ident: int, iso: str, form: str, line: str, text: object = None, key: str | None = None,
         **kw: object) -> RArt:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    if text is not None:
        extra["text"] = text
    return RArt(KEY[key] if key else 0, f"/{section}/{slug}-{ident}.html", iso, line, extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("thong-bao", "lich-tiep-cong-dan-thang-3-nam-2024", 3312, "2024-03-04T00:00:00+07:00", "badge", "04 Tháng 3, 2024",
         text=TIEP_DAN, extra={"after": ["Yên Sơn, ngày 01 tháng 3 năm 2024", *SIGN]}),
    _art("tin-tuc-su-kien", "ra-quan-tong-ve-sinh-moi-truong", 3318, "2024-03-05T14:20:00+07:00", "split", "05/03/2024 14:20",
         text=VE_SINH, signature="Thanh Nga", author="Thanh Nga",
         image=("/upload/2024/03/03/ve-sinh.jpg", "Đoàn viên thanh niên thị trấn dọn rác ven đường tỉnh 176 sáng 3/3.")),
    _art("tin-tuc-su-kien", "ngay-hoi-hien-mau-tinh-nguyen", 3325, "2024-03-07T00:00:00+07:00", "below",
         "Ngày đăng: 07/03/2024 | Người đăng: Văn phòng", key="dt-hien-mau", signature="Minh Khuê", author="Minh Khuê"),
    _art("tin-tuc-su-kien", "kiem-tra-cong-tac-cai-cach-hanh-chinh", 3334, "2024-03-11T09:00:00+07:00", "short",
         f"{weekday('2024-03-11', short=True)}, 11/03/2024 - 09:00", key="sh-cai-cach-hanh-chinh", signature="Thanh Nga", author="Thanh Nga",
         image=("/upload/2024/03/08/kiem-tra.jpg", "Đoàn kiểm tra làm việc tại Bộ phận một cửa xã Tân Lập ngày 8/3.")),
    _art("thong-bao", "tuyen-dung-vien-chuc-giao-duc-2024", 3341, "2024-03-12T08:15:00+07:00", "foot", "Đăng ngày: 12/03/2024 08:15",
         text=HOP_DONG, extra={"after": ["Yên Sơn, ngày 11 tháng 3 năm 2024", *SIGN]}),
    _art("tin-tuc-su-kien", "ho-dan-vung-con-dung-nuoc-sach", 3347, "2024-03-13T00:00:00+07:00", "badge2", "13 03/2024",
         key="tpd-nuoc-sach", signature="Minh Khuê", author="Minh Khuê",
         image=("/upload/2024/02/26/nuoc-sach.jpg", "Người dân vùng cồn dùng nước máy.")),
    _art("tin-tuc-su-kien", "hoi-cho-lang-nghe-nong-thon", 3352, "2024-03-14T15:05:00+07:00", "after_lead", "Ngày đăng 14/03/2024 15:05",
         key="ln-hoi-cho", signature="Thanh Nga", author="Thanh Nga"),
]  # fmt: skip
CHROME = ["Lịch công tác tuần", "Thông báo mới", "Tin cùng chuyên mục", "Văn bản đính kèm", "Lượt xem", "Bản quyền", TODAY]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
WEEK = [("Thứ Hai 18/03", "Họp giao ban Thường trực HĐND - UBND huyện"), ("Thứ Ba 19/03", "Kiểm tra tiến độ xây dựng nông thôn mới xã Mỹ Bằng"),
        ("Thứ Năm 21/03", "Tiếp công dân định kỳ"), ("Thứ Sáu 22/03", "Hội nghị triển khai nhiệm vụ quý II")]  # fmt: skip
FILES = [("Tờ trình số 15/TTr-BCĐ", "26/02/2024", "to-trinh-15.pdf"), ("Kế hoạch số 38/KH-BCĐ", "01/03/2024", "ke-hoach-38.pdf"),
         ("Danh sách đơn vị tham gia", "04/03/2024", "danh-sach.xlsx")]  # fmt: skip


def _layout(main: str, title: str) -> str:
    week = "".join(f"<li><b>{d}</b>: {esc(t)}</li>" for d, t in WEEK)
    notices = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in NEWS if a.path.startswith("/thong-bao/"))
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/templates/yenson/css/style.css"></head><body>
<div id="top"><span class="today">{TODAY}</span> <a href="/lien-he.html">Liên hệ</a></div>
<div id="banner"><a href="/"><img src="/templates/yenson/images/banner.jpg" alt="{esc(NAME)}"></a></div>
<div id="menu"><a href="/">Trang chủ</a> <a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a> <a href="/thong-bao.html">Thông báo</a> <a href="/lich-cong-tac.html">Lịch công tác</a> <a href="/gioi-thieu.html">Giới thiệu</a></div>
<div id="wrapper"><div id="col-main">{main}</div>
<div id="col-right"><div class="module"><h3>Lịch công tác tuần</h3><ul>{week}</ul></div>
<div class="module"><h3>Thông báo mới</h3><ul>{notices}</ul></div></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân huyện Yên Sơn<br>Địa chỉ: số 01 đường Lê Lợi, thị trấn Yên Sơn - Điện thoại: 0216 3855 012</div>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<div class="img-center"><img src="{src}" alt=""><p class="img-caption"><em>{esc(cap)}</em></p></div>'


def _badge(art: RArt) -> str:
    day, rest = art.date_line.split(" ", 1)
    return f'<div class="date-badge"><div class="day">{day}</div>\n<div class="month">{esc(rest)}</div></div>'


def render_article(art: RArt) -> str:
    form = art.extra["form"]
    body = "".join(paragraphs_html(art, lambda h: f'<p style="text-align: justify;">{h}</p>', _figure))
    if art.signature:
        body += f'<p style="text-align: right;"><b>{esc(art.signature)}</b></p>'
    for line in art.after():
        body += f'<p style="text-align: right;">{esc(line)}</p>'
    iso = art.published
    top = after_lead = foot = files = ""
    if form in ("badge", "badge2"):
        top = _badge(art)
    elif form == "split":
        top = (f'<div class="post-date"><span class="d">{iso[8:10]}</span>/<span class="m">{iso[5:7]}</span>/'
               f'<span class="y">{iso[:4]}</span> <span class="t">{hm(iso)}</span></div>')
    elif form == "short":
        top = f'<div class="post-date">{esc(art.date_line)}</div>'
    elif form == "after_lead":
        after_lead = f'<div class="post-date"><i class="icon-clock"></i> {esc(art.date_line)}</div>'
    elif form in ("below", "foot"):
        foot = f'<div class="post-foot">{esc(art.date_line)}</div>'
    if form == "below":
        rows = "".join(f'<tr><td>{esc(n)}</td><td>{d}</td><td><a href="/upload/files/{f}">{f}</a></td></tr>' for n, d, f in FILES)
        files = f'<div class="attachments"><h4>Văn bản đính kèm</h4><table><tr><th>Tên văn bản</th><th>Ngày</th><th>Tệp</th></tr>{rows}</table></div>'
    section = "Thông báo" if art.path.startswith("/thong-bao/") else "Tin tức - Sự kiện"
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in NEWS if a is not art)
    main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> » {section}</div>'
            f'<div class="article">{top}<h1 class="article-title">{esc(art.title)}</h1>'
            f'<div class="article-sapo"><b>{esc(art.lead)}</b></div>{after_lead}<div class="article-body">{body}</div>'
            f'{files}{foot}<div class="print"><a href="#" onclick="window.print()">In bài</a> | Lượt xem: 87</div></div>'
            f'<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div>')
    return _layout(main, art.title)


def _category(section: str, title: str) -> str:
    rows = "".join(f'<div class="cat-item"><span class="date">{dmy(a.published)}</span> <a href="{a.path}">{esc(a.title)}</a>'
                   f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS if a.path.startswith(f"/{section}/"))
    return _layout(f'<h2 class="cat-title">{title}</h2>{rows}', title)


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(f'<div class="home-news"><h2>Tin mới</h2><ul>{rows}</ul></div>', NAME)


def render_calendar() -> str:
    rows = "".join(f"<tr><td>{d}</td><td>{esc(t)}</td><td>Hội trường UBND huyện</td></tr>" for d, t in WEEK)
    return _layout(f'<h2 class="cat-title">Lịch công tác tuần từ 18/03/2024 đến 22/03/2024</h2><table class="lich">{rows}</table>', "Lịch công tác")


def render_about() -> str:
    text = ("Huyện Yên Sơn nằm ở phía tây bắc tỉnh, có 17 xã và 1 thị trấn, diện tích tự nhiên 423 km2.",
            "Dân số toàn huyện hơn 132.000 người, gồm các dân tộc Kinh, Tày, Dao và Cao Lan.")
    return _layout('<h2 class="cat-title">Giới thiệu</h2>' + "".join(f"<p>{esc(t)}</p>" for t in text), "Giới thiệu")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc-su-kien.html"] = _category("tin-tuc-su-kien", "Tin tức - Sự kiện")
    out["/thong-bao.html"] = _category("thong-bao", "Thông báo")
    out["/lich-cong-tac.html"] = render_calendar()
    out["/gioi-thieu.html"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
