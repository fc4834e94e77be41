"""A province's electronic portal with a three-part series and live coverage (fresh-L, round 18).

- Articles ``/tin-tuc/<id>/<slug>`` (no extension): ``h1.news-title``, the date in
  ``div.news-date`` ("05/03/2024 08:15"), the sapo in ``div.news-sapo``, the text in
  ``div.news-content``, the signature bold and right-aligned at its end.
- A series ("Chuyển đổi số ở vùng cao"), each part its own article: the series' name as a
  link above the headline (``div.series-name``), the headline "Kỳ 1: ...", "Kỳ 2: ...", "Kỳ
  3: ..."; inside the body, after the signature, the next part's linked title "Kỳ tới: Kỳ 2:
  ..." in ``<p><em>``; after the body a box "Các kỳ khác" listing the other parts with their
  days. The series' page ``/chuyen-de/chuyen-doi-so-vung-cao`` (its description and the three
  parts with their sapos) is no article.
- Live coverage, two articles: the council's session with the day only in the date line
  ("Thứ Ba, 12/03/2024") and its entries newest first, each "<strong>16:30</strong> – ...";
  the dialogue conference with "14/03/2024 08:00", a "Đang diễn ra · Cập nhật lúc 11:45" status
  line, and entries oldest first, each the time in its own ``div.live-time`` and the text
  beside it. The entry times are the article's text, never its date.
- An ordinary news article.
- Not articles: the home page, the section ``/tin-tuc``, the series page, the static
  ``/gioi-thieu`` (the province's overview, undated).
- No robots.txt, no sitemap: the crawl follows links.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshl_common import BlockArt, block_art

SITE_ID = "fx-fl-series"
NAME = "Cổng Thông tin điện tử tỉnh Lâm Giang"
SERIES = ("/chuyen-de/chuyen-doi-so-vung-cao", "Chuyển đổi số ở vùng cao")


def _a(ident: int, slug: str, iso: str, title: str, lead: str, blocks: list, *, line: str = "", **kw: object) -> BlockArt:  # type: ignore[type-arg]
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return block_art(f"/tin-tuc/{ident}/{slug}", iso, line or f"{dmy(iso)} {hm(iso)}", title, lead, blocks, extra=extra, **kw)  # type: ignore[arg-type]


KY1 = _a(
    7311, "ky-1-nhung-canh-song-dau-tien", "2024-03-04T08:15:00+07:00",
    "Kỳ 1: Những “cánh sóng” đầu tiên trên vùng cao",
    "Ba năm trước, nhiều thôn bản vùng cao của tỉnh còn chưa có sóng điện thoại. Nay, hạ tầng số đã phủ đến 98% số thôn, "
    "mở ra cơ hội để người dân tiếp cận dịch vụ công và thương mại điện tử.",
    [
        ("p", "Ông Sùng A Lử, trưởng thôn Sà Phìn, vẫn nhớ ngày cả thôn kéo nhau lên đỉnh đồi để tìm sóng gọi điện cho con "
              "đi làm xa. Giờ đây, trạm phát sóng mới dựng ngay đầu thôn, nhà nào cũng có người dùng điện thoại thông minh."),
        ("p", "Theo Sở Thông tin và Truyền thông, từ năm 2021 đến nay, các doanh nghiệp viễn thông đã xây mới hơn ba trăm trạm "
              "phát sóng, xóa toàn bộ các vùng lõm sóng ở sáu huyện vùng cao."),
        ("img", "/Upload/2024/03/tram-phat-song-sa-phin.jpg", "Trạm phát sóng di động mới tại thôn Sà Phìn."),
        ("p", "Có sóng, người dân bắt đầu quen với việc nộp hồ sơ trực tuyến, thanh toán tiền điện và nhận trợ cấp qua tài "
              "khoản. Tuy vậy, khoảng cách về kỹ năng số vẫn là rào cản lớn nhất với người cao tuổi."),
    ],
    closing=("Thu Hà - Văn Tiến",), author="Thu Hà, Văn Tiến", extra={"ky": 1},
)  # fmt: skip
KY2 = _a(
    7318, "ky-2-to-cong-nghe-so-go-cua-tung-nha", "2024-03-05T08:10:00+07:00",
    "Kỳ 2: Tổ công nghệ số cộng đồng “gõ cửa” từng nhà",
    "Hơn một nghìn tổ công nghệ số cộng đồng với gần sáu nghìn thành viên đang là cánh tay nối dài đưa chuyển đổi số đến "
    "từng hộ dân ở vùng cao.",
    [
        ("p", "Tối nào cũng vậy, chị Lò Thị Xuân, thành viên tổ công nghệ số thôn Nậm Cang, lại đến từng nhà hướng dẫn bà con "
              "cài ứng dụng định danh điện tử và tra cứu thông tin bảo hiểm xã hội."),
        ("p", "Nhiều người không biết chữ phổ thông, chị phải giải thích bằng tiếng Dao và làm mẫu nhiều lần. Có nhà chị đến "
              "ba buổi mới hoàn thành việc kích hoạt tài khoản cho cả gia đình."),
        ("p", "Năm 2023, các tổ công nghệ số đã hướng dẫn hơn năm mươi nghìn lượt người dân sử dụng dịch vụ công trực tuyến, "
              "góp phần đưa tỷ lệ hồ sơ nộp trực tuyến của cấp xã tăng gấp ba lần so với năm trước."),
    ],
    closing=("Thu Hà - Văn Tiến",), author="Thu Hà, Văn Tiến", extra={"ky": 2},
)  # fmt: skip
KY3 = _a(
    7324, "ky-3-de-khong-ai-bi-bo-lai-phia-sau", "2024-03-06T08:05:00+07:00",
    "Kỳ 3: Để không ai bị bỏ lại phía sau",
    "Chuyển đổi số ở vùng cao chỉ bền vững khi người dân thấy được lợi ích thiết thực và được hỗ trợ lâu dài, không chỉ "
    "trong những đợt ra quân.",
    [
        ("p", "Theo Phó Giám đốc Sở Thông tin và Truyền thông, tỉnh sẽ ưu tiên nguồn lực cho đào tạo kỹ năng số, hỗ trợ thiết "
              "bị cho hộ nghèo và đưa thêm các dịch vụ thiết yếu như khám bệnh từ xa lên nền tảng số."),
        ("p", "Nhiều ý kiến cho rằng cần có cơ chế hỗ trợ kinh phí cho thành viên tổ công nghệ số, bởi phần lớn các thành viên "
              "đang làm việc trên tinh thần tự nguyện, kiêm nhiệm nhiều công việc khác ở thôn."),
        ("p", "Từ những “cánh sóng” đầu tiên, vùng cao đang từng bước thay đổi. Để không ai bị bỏ lại phía sau, mỗi chính sách "
              "cần bắt đầu từ chính nhu cầu của người dân."),
    ],
    closing=("Thu Hà - Văn Tiến",), author="Thu Hà, Văn Tiến", extra={"ky": 3},
)  # fmt: skip
LIVE_HDND = _a(
    7340, "truc-tiep-ky-hop-thu-18-hdnd-tinh", "2024-03-12T00:00:00+07:00",
    "Trực tiếp: Kỳ họp thứ 18 Hội đồng nhân dân tỉnh khóa XVII",
    "Kỳ họp thứ 18 (kỳ họp chuyên đề) Hội đồng nhân dân tỉnh khóa XVII diễn ra trong một ngày để xem xét, thông qua tám "
    "nghị quyết quan trọng. Cổng Thông tin điện tử tỉnh tường thuật trực tiếp diễn biến kỳ họp.",
    [
        ("time", "16:30", "Chủ tịch Hội đồng nhân dân tỉnh phát biểu bế mạc kỳ họp. Kỳ họp đã hoàn thành toàn bộ nội dung, chương trình đề ra."),
        ("time", "15:10", "Hội đồng nhân dân tỉnh biểu quyết thông qua tám nghị quyết với tỷ lệ tán thành từ 96% đến 100% số đại biểu có mặt."),
        ("time", "14:00", "Kỳ họp làm việc phiên buổi chiều, các đại biểu thảo luận tại hội trường về dự thảo nghị quyết quy định mức hỗ trợ phát triển sản xuất nông nghiệp."),
        ("time", "10:20", "Đại diện Ủy ban Mặt trận Tổ quốc tỉnh thông báo kết quả tham gia xây dựng chính quyền, tổng hợp ý kiến, kiến nghị của cử tri."),
        ("time", "08:30", "Phó Chủ tịch Ủy ban nhân dân tỉnh trình bày các tờ trình về điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021-2025."),
        ("time", "08:00", "Khai mạc kỳ họp. Dự kỳ họp có 52 đại biểu Hội đồng nhân dân tỉnh và đại diện lãnh đạo các sở, ngành."),
    ],
    line="Thứ Ba, 12/03/2024", closing=("Nhóm phóng viên",), author="Nhóm phóng viên",
)  # fmt: skip
LIVE_DOI_THOAI = _a(
    7352, "tuong-thuat-hoi-nghi-doi-thoai-voi-doanh-nghiep", "2024-03-14T08:00:00+07:00",
    "Tường thuật trực tuyến: Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp",
    "Sáng 14/3, Ủy ban nhân dân tỉnh tổ chức hội nghị đối thoại với cộng đồng doanh nghiệp năm 2024. Hơn 200 doanh nghiệp, "
    "hợp tác xã gửi 46 câu hỏi, kiến nghị trước hội nghị.",
    [
        ("time", "08:30", "Chủ tịch Ủy ban nhân dân tỉnh phát biểu khai mạc, khẳng định tỉnh lắng nghe và giải quyết dứt điểm các kiến nghị trong thẩm quyền."),
        ("time", "09:15", "Đại diện Hiệp hội Doanh nghiệp tỉnh nêu khó khăn trong thủ tục giao đất, cho thuê đất đối với các dự án nông nghiệp."),
        ("time", "10:05", "Giám đốc Sở Tài nguyên và Môi trường trả lời, cam kết rút ngắn thời gian thẩm định hồ sơ đất đai xuống còn mười lăm ngày."),
        ("time", "11:45", "Hội nghị kết thúc phiên đối thoại buổi sáng. Các kiến nghị chưa được trả lời trực tiếp sẽ được các sở trả lời bằng văn bản trước ngày 30/3/2024."),
    ],
    closing=("Minh Quân",), author="Minh Quân", updated="2024-03-14T11:45:00+07:00",
)  # fmt: skip
NEWS_ART = _a(
    7335, "khoi-cong-duong-noi-vung-lua", "2024-03-09T10:30:00+07:00",
    "Khởi công tuyến đường nối vùng lúa hàng hóa xã Phong Hải",
    "Ngày 9/3, Ủy ban nhân dân huyện Bảo Thắng khởi công tuyến đường giao thông nội đồng dài 4,2 km phục vụ vùng sản xuất "
    "lúa hàng hóa xã Phong Hải.",
    [
        ("p", "Tuyến đường rộng năm mét, kết cấu bê tông xi măng, tổng mức đầu tư hơn mười hai tỷ đồng từ nguồn ngân sách tỉnh "
              "và vốn đối ứng của huyện, dự kiến hoàn thành trước vụ mùa năm 2024."),
        ("p", "Khi đưa vào sử dụng, tuyến đường giúp máy gặt đập liên hợp vào tận ruộng, giảm chi phí vận chuyển và tạo điều "
              "kiện mở rộng vùng lúa chất lượng cao lên hai trăm héc-ta."),
    ],
    closing=("Quang Huy",), author="Quang Huy",
)  # fmt: skip
SERIES_PARTS = [KY1, KY2, KY3]
ARTICLES = [KY1, KY2, KY3, LIVE_HDND, LIVE_DOI_THOAI, NEWS_ART]
CHROME = ["Các kỳ khác", "Kỳ tới:", "Tin mới cập nhật", "Đang diễn ra", "Bản quyền thuộc", "Liên kết website"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str) -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/Content/site.css"></head><body>
<div id="header"><div class="banner"><a href="/">{esc(NAME)}</a></div><ul class="mainmenu"><li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="{SERIES[0]}">Chuyên đề</a></li></ul></div>
<div id="body"><div class="col-left">{main}</div><div class="col-right"><div class="portlet"><div class="portlet-title">Tin mới cập nhật</div>
<ul>{recent}</ul></div><div class="portlet"><div class="portlet-title">Liên kết website</div><select><option>Cổng Thông tin điện tử Chính phủ</option></select></div></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân tỉnh Lâm Giang. Cơ quan chủ quản: Văn phòng UBND tỉnh.</div></body></html>"""


def _entry(b: tuple, newest_first: bool) -> str:  # type: ignore[type-arg]
    if newest_first:
        return f"<p><strong>{b[1]}</strong> – {esc(b[2])}</p>"
    return f'<div class="live-item"><div class="live-time">{b[1]}</div> <div class="live-text"><p>– {esc(b[2])}</p></div></div>'


def render_article(art: BlockArt) -> str:
    body = ""
    newest_first = art is LIVE_HDND
    for b in art.blocks:
        if b[0] == "p":
            body += f"<p>{esc(b[1])}</p>"
        elif b[0] == "img":
            body += f'<p style="text-align:center"><img src="{b[1]}" alt=""></p><p style="text-align:center"><em>{esc(b[2])}</em></p>'
        elif b[0] == "time":
            body += _entry(b, newest_first)
    for line in art.closing():
        body += f'<p style="text-align:right"><strong>{esc(line)}</strong></p>'
    top, tail, status = "", "", ""
    ky = art.extra.get("ky")
    if ky:
        top = f'<div class="series-name"><a href="{SERIES[0]}">{esc(SERIES[1])}</a></div>'
        if ky < len(SERIES_PARTS):
            nxt = SERIES_PARTS[ky]
            body += f'<p><em>Kỳ tới: <a href="{nxt.path}">{esc(nxt.title)}</a></em></p>'
        others = "".join(f'<li><a href="{p.path}">{esc(p.title)}</a> ({dmy(p.published)})</li>' for p in SERIES_PARTS if p is not art)
        tail = f'<div class="series-box"><div class="series-box__title">Các kỳ khác</div><ul>{others}</ul></div>'
    if art is LIVE_DOI_THOAI:
        status = '<div class="live-status"><span class="dot"></span> Đang diễn ra · Cập nhật lúc 11:45</div>'
    main = f"""<div class="news-detail">{top}<h1 class="news-title">{esc(art.title)}</h1><div class="news-date">{esc(art.date_line)}</div>
{status}<div class="news-sapo">{esc(art.lead)}</div><div class="news-content">{body}</div>{tail}</div>"""
    return _layout(art.title, main)


def _items(arts: list[BlockArt]) -> str:
    return "".join(f'<div class="news-item"><a href="{a.path}" class="title">{esc(a.title)}</a> <span class="date">({dmy(a.published)})</span>'
                   f"<p>{esc(a.lead)}</p></div>" for a in arts)  # fmt: skip


def render_series() -> str:
    intro = ("<p>Loạt bài ghi nhận những đổi thay từ chuyển đổi số ở các thôn bản vùng cao của tỉnh: hạ tầng viễn thông, "
             "các tổ công nghệ số cộng đồng và những việc cần làm để không ai bị bỏ lại phía sau.</p>")
    return _layout(SERIES[1], f'<h1 class="topic-title">{esc(SERIES[1])}</h1>{intro}{_items(SERIES_PARTS)}')


def render_about() -> str:
    text = ("<p>Lâm Giang là tỉnh miền núi biên giới, có diện tích tự nhiên hơn 6.300 km², dân số khoảng 760 nghìn người "
            "thuộc 25 dân tộc cùng sinh sống.</p><p>Tỉnh có 9 đơn vị hành chính cấp huyện và 152 đơn vị hành chính cấp xã, "
            "trong đó có 6 huyện vùng cao.</p><p>Thế mạnh của tỉnh là nông nghiệp hàng hóa, du lịch sinh thái, khai khoáng "
            "và kinh tế cửa khẩu.</p>")
    return _layout("Giới thiệu", f'<h1 class="page-title">Tổng quan tỉnh Lâm Giang</h1>{text}')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc"] = _layout("Tin tức - Sự kiện", f'<h1 class="cat-title">Tin tức - Sự kiện</h1>{_items(NEWS)}')
    out["/"] = _layout(NAME, f'<div class="home"><h2>Tin nổi bật</h2>{_items(NEWS[:4])}</div>')
    out[SERIES[0]] = render_series()
    out["/gioi-thieu"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots=None)
