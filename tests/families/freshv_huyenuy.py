"""A district party committee's portal whose every item, news or not, is ``/tin/<n>``: an
opaque id, one detail template (``h2.news-title``, the day and time without a label in
``span.time``, ``div.news-body``), and the same date row on every item (fresh-V, round 20:
non-article pages stored as articles).

- Articles (7): "Thứ Hai, 11/03/2024 - 08:30" in ``span.time``, the sapo in ``div.sapo``, the
  writer bold at the end (three by "Hoàng Minh", the author page's) or none; "Tin khác" with
  dates under it.
- Not articles, each a ``/tin/<n>`` item under the same date row, reached from the menu:
  "Tiểu sử đồng chí Lò Văn Thắng, Bí thư Huyện ủy" (a dated biography under its own
  headline, the leader's page), "Lịch sử Đảng bộ huyện Mường Khương" (the party's history,
  dated milestones told as prose), "Lịch công tác tuần 11 của Thường trực Huyện ủy" written as
  paragraphs (a day's line, then "- 7 giờ 30: ..." lines), a poll's result ("Kết quả khảo sát"
  with options, votes and shares on one line each), a photo album whose six pictures carry
  long captions (a sentence each); and, outside ``/tin/``, the author page
  ``/tac-gia/hoang-minh`` (a line on the writer, his articles with dates and sapos), a
  printable view of a category ``/in/chuyen-muc/2`` ("Bản in": the items' titles, dates and
  whole sapos, no chrome and no canonical link), the category and the home page.
- No sitemap; robots.txt has none.
"""

from __future__ import annotations

from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fv-huyenuy"
NAME = "Đảng bộ huyện Mường Khương"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _when(iso: str) -> str:
    return f"{_DAYS[date.fromisoformat(iso[:10]).weekday()]}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"/tin/{ident}", iso, _when(iso), extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tpd-dai-hoi-chi-bo", 3412, "2024-03-11T08:30:00+07:00", signature="Hoàng Minh", author="Hoàng Minh"),
    _art("tpd-hoc-tap-guong", 3405, "2024-03-07T15:00:00+07:00", signature="Hoàng Minh", author="Hoàng Minh"),
    _art("tpd-ban-dan-van", 3409, "2024-03-09T09:10:00+07:00", signature="Lò Thị Thu", author="Lò Thị Thu"),
    _art("ml-giam-ngheo", 3398, "2024-03-04T10:20:00+07:00"),
    _art("ml-dien-luoi", 3401, "2024-03-05T16:45:00+07:00", signature="Hoàng Minh", author="Hoàng Minh",
         image=("/upload/2024/03/dong-dien.jpg", "Người dân bản Huổi Sang vui mừng khi có điện lưới.")),
    _art("tl-tiep-xuc-cu-tri", 3394, "2024-03-01T14:30:00+07:00"),
    _art("tpd-an-ninh", 3390, "2024-02-28T07:40:00+07:00", signature="Lò Thị Thu", author="Lò Thị Thu"),
]  # fmt: skip
CHROME = ["Tin khác", "Tin mới", "Lượt xem", "Thăm dò ý kiến", "Bản quyền", "Đang truy cập"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
BY_HM = [a for a in NEWS if a.author == "Hoàng Minh"]

BIO = (3300, "Tiểu sử đồng chí Lò Văn Thắng, Bí thư Huyện ủy", "2024-01-08T09:00:00+07:00", [
    "Đồng chí Lò Văn Thắng sinh ngày 2 tháng 9 năm 1975 tại xã Bản Lầu, huyện Mường Khương; dân tộc Giáy; trình độ "
    "chuyên môn thạc sĩ Kinh tế nông nghiệp, lý luận chính trị cao cấp; vào Đảng ngày 19 tháng 5 năm 1998.",
    "Từ năm 1997 đến năm 2005, đồng chí công tác tại Phòng Nông nghiệp và Phát triển nông thôn huyện, sau đó được điều "
    "động làm Bí thư Đảng ủy xã Bản Lầu trong hai nhiệm kỳ liên tiếp.",
    "Năm 2015, đồng chí được bầu làm Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện; tháng 7 năm 2020, tại Đại hội "
    "Đảng bộ huyện lần thứ XXIII, đồng chí được bầu giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.",
    "Đồng chí là Tỉnh ủy viên, đại biểu Hội đồng nhân dân tỉnh khóa XVI, được tặng Bằng khen của Thủ tướng Chính phủ "
    "năm 2019 vì thành tích trong công tác giảm nghèo bền vững.",
])  # fmt: skip
HISTORY = (3301, "Lịch sử Đảng bộ huyện Mường Khương", "2023-12-20T10:00:00+07:00", [
    "Tháng 3 năm 1950, chi bộ Đảng đầu tiên của huyện được thành lập tại bản Pha Long với năm đảng viên, đánh dấu sự ra "
    "đời của tổ chức Đảng trên vùng biên giới Mường Khương.",
    "Trong kháng chiến chống thực dân Pháp, các chi bộ đã lãnh đạo đồng bào các dân tộc xây dựng cơ sở, tiễu phỉ, giữ "
    "vững vùng biên; đến năm 1956 Đại hội Đảng bộ huyện lần thứ nhất được tiến hành với 42 đại biểu.",
    "Thời kỳ đổi mới, Đảng bộ lãnh đạo nhân dân chuyển đổi cơ cấu cây trồng, phát triển chè, quế và các loại cây ăn "
    "quả, đưa tỷ lệ hộ nghèo từ hơn 60% năm 1995 xuống dưới 15% năm 2020.",
    "Đến nay, Đảng bộ huyện có 38 tổ chức cơ sở đảng với hơn 4.100 đảng viên; qua 23 kỳ đại hội, Đảng bộ luôn giữ vững "
    "vai trò hạt nhân lãnh đạo toàn diện ở địa bàn biên giới.",
])  # fmt: skip
SCHEDULE = (3410, "Lịch công tác tuần 11 của Thường trực Huyện ủy", "2024-03-09T17:00:00+07:00", [
    "Thứ Hai, ngày 11/3/2024:",
    "- 7 giờ 30: Đồng chí Bí thư Huyện ủy dự chào cờ, giao ban Thường trực Huyện ủy tại phòng họp số 1.",
    "- 14 giờ 00: Đồng chí Phó Bí thư Thường trực làm việc với Đảng ủy xã Pha Long về công tác xây dựng Đảng.",
    "Thứ Ba, ngày 12/3/2024:",
    "- 8 giờ 00: Thường trực Huyện ủy dự Hội nghị sơ kết công tác dân vận quý I tại Hội trường Huyện ủy.",
    "Thứ Tư, ngày 13/3/2024:",
    "- Cả ngày: Đồng chí Bí thư Huyện ủy đi kiểm tra mô hình phát triển kinh tế tại các xã Tả Ngải Chồ, Tung Chung Phố.",
    "Thứ Năm, ngày 14/3/2024:",
    "- 8 giờ 00: Thường trực Huyện ủy họp Ban Thường vụ Huyện ủy thường kỳ tháng 3.",
    "Thứ Sáu, ngày 15/3/2024:",
    "- 8 giờ 00: Thường trực Huyện ủy làm việc tại cơ quan, tiếp công dân định kỳ.",
])  # fmt: skip
POLL = (3411, "Kết quả khảo sát: Đồng chí đánh giá thế nào về chất lượng sinh hoạt chi bộ năm 2023?",
        "2024-03-10T08:00:00+07:00", [
    "Tốt - 512 lượt bình chọn - 48,6%",
    "Khá - 327 lượt bình chọn - 31,0%",
    "Trung bình - 158 lượt bình chọn - 15,0%",
    "Chưa tốt - 57 lượt bình chọn - 5,4%",
    "Tổng số: 1.054 lượt bình chọn. Thời gian khảo sát từ 01/01/2024 đến 29/02/2024.",
])  # fmt: skip
ALBUM = (3407, "Hình ảnh Đại hội đại biểu Hội Nông dân huyện lần thứ X", "2024-03-08T11:00:00+07:00", [
    "Các đại biểu dâng hương, báo công tại Đài tưởng niệm các anh hùng liệt sĩ huyện trước giờ khai mạc đại hội.",
    "Đồng chí Bí thư Huyện ủy phát biểu chỉ đạo, đề nghị Hội tiếp tục đồng hành cùng nông dân phát triển kinh tế hàng hóa.",
    "Các đại biểu biểu quyết thông qua chương trình làm việc và danh sách đoàn chủ tịch, thư ký của đại hội.",
    "Đại biểu nông dân xã Bản Lầu trình bày tham luận về mô hình hợp tác xã trồng chuối xuất khẩu sang Trung Quốc.",
    "Ban Chấp hành Hội Nông dân huyện khóa X nhiệm kỳ 2024 - 2029 gồm 27 đồng chí ra mắt đại hội.",
    "Đoàn đại biểu dự Đại hội Hội Nông dân tỉnh gồm 9 đồng chí nhận hoa chúc mừng của lãnh đạo huyện.",
])  # fmt: skip
STATIC = [BIO, HISTORY, SCHEDULE, POLL, ALBUM]


def _layout(title: str, main: str) -> str:
    menu = (f'<li><a href="/">Trang chủ</a></li><li><a href="/tin/{HISTORY[0]}">Lịch sử Đảng bộ</a></li>'
            f'<li><a href="/tin/{BIO[0]}">Lãnh đạo huyện</a></li><li><a href="/chuyen-muc/2">Xây dựng Đảng</a></li>'
            f'<li><a href="/tin/{SCHEDULE[0]}">Lịch công tác</a></li><li><a href="/tin/{ALBUM[0]}">Thư viện ảnh</a></li>')
    fresh = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/themes/dang/css/style.css"></head><body><div id="wrapper">
<div id="banner"><img src="/themes/dang/images/banner.jpg" alt="{esc(NAME)}"></div>
<div id="menu"><ul>{menu}</ul></div>
<div id="main"><div id="left">{main}</div>
<div id="right"><div class="block"><div class="block-title">Tin mới</div><ul>{fresh}</ul></div>
<div class="block"><div class="block-title">Thăm dò ý kiến</div><p>Đồng chí đánh giá thế nào về chất lượng sinh hoạt chi bộ?</p>
<a href="/tin/{POLL[0]}">Xem kết quả</a></div>
<div class="block"><a href="/tac-gia/hoang-minh">Bài viết của cộng tác viên</a></div>
<div class="block counter">Đang truy cập: 27 | Tổng: 1.904.215</div></div></div>
<div id="footer">Bản quyền thuộc Ban Thường vụ Huyện ủy Mường Khương. Chịu trách nhiệm: Trưởng Ban Tuyên giáo Huyện ủy.</div>
</div></body></html>"""


def _detail(title: str, when: str, sapo: str, body: str, others: list[Art]) -> str:
    links = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in others)
    tail = f'<div class="other"><h3>Tin khác</h3><ul>{links}</ul></div>' if others else ""
    sapo_html = f'<div class="sapo">{esc(sapo)}</div>' if sapo else ""
    return (f'<div class="news-detail"><h2 class="news-title">{esc(title)}</h2><div class="meta"><span class="time">{esc(when)}</span>'
            f' <span class="views">Lượt xem: 318</span></div>{sapo_html}<div class="news-body">{body}</div></div>{tail}')


def render_article(art: Art) -> str:
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            body += f'<div class="img"><img src="{art.image[0]}" alt=""><p class="caption">{esc(art.image[1])}</p></div>'
    if art.signature:
        body += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    others = [a for a in NEWS if a is not art][:5]
    return _layout(art.title, _detail(art.title, art.date_line, art.lead, body, others))


def render_static(item: tuple[int, str, str, list[str]]) -> str:
    ident, title, iso, lines = item
    if item is ALBUM:
        body = "".join(f'<div class="img"><img src="/upload/album/{ident}/{i}.jpg" alt=""><p class="caption">{esc(c)}</p></div>'
                       for i, c in enumerate(lines, 1))
    elif item is BIO:
        body = '<p style="text-align:center"><img src="/upload/lanh-dao/bi-thu.jpg" alt=""></p>' + "".join(
            f"<p>{esc(x)}</p>" for x in lines)
    else:
        body = "".join(f"<p>{esc(x)}</p>" for x in lines)
    return _layout(title, _detail(title, _when(iso), "", body, []))


def _teasers(title: str, arts: list[Art], intro: str = "", tools: str = "") -> str:
    rows = "".join(f'<div class="news-item"><a href="{a.path}"><img src="/upload/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                   f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{esc(a.date_line)}</span>'
                   f'<p>{esc(a.lead)}</p></div>' for a in arts)
    head = f"<p>{esc(intro)}</p>" if intro else ""
    return _layout(title, f'<h2 class="cat-title">{esc(title)}</h2>{head}{rows}{tools}')


def render_print_listing() -> str:
    rows = "".join(f"<h3>{esc(a.title)}</h3><p><i>{esc(a.date_line)}</i></p><p>{esc(a.lead)}</p><hr>" for a in NEWS[:5])
    return f"""<html><head><meta charset="utf-8"><title>Xây dựng Đảng - Bản in</title></head>
<body onload="window.print()"><div class="print"><p><b>{esc(NAME.upper())}</b></p><h2>Xây dựng Đảng</h2>{rows}
<p>Địa chỉ trang: /chuyen-muc/2</p></div></body></html>"""


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for item in STATIC:
        out[f"/tin/{item[0]}"] = render_static(item)
    out["/"] = _teasers("Tin tức - Sự kiện", NEWS[:5])
    out["/chuyen-muc/2"] = _teasers("Xây dựng Đảng", NEWS, tools='<p class="tools"><a href="/in/chuyen-muc/2">Bản in</a></p>')
    out["/tac-gia/hoang-minh"] = _teasers(
        "Tác giả: Hoàng Minh", BY_HM,
        "Hoàng Minh, phóng viên Ban Tuyên giáo Huyện ủy, phụ trách mảng xây dựng Đảng và phát triển kinh tế nông thôn.")
    out["/in/chuyen-muc/2"] = render_print_listing()
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n", sitemaps=None)
