"""A district's portal on a DotNetNuke-style platform where every page is
``/Default.aspx?pid=<n>&...``: the URL says nothing of the page's kind, and the news detail
module's layout (``div.dnnModule`` holding ``h2.ItemTitle``, ``span.ItemDate`` and
``div.ItemContent``) serves the portal's other records too (fresh-J, round 18: pages that
look like articles and are not).

- Articles ``?pid=20&ItemID=<n>``: "Thứ Năm, 07/03/2024, 14:20" in ``span.ItemDate``, the
  sapo bold as the content's first paragraph, the writer's name bold at its end or none.
  One is a short news item of three sentences.
- Not articles, each in the detail module: a soft 404 ("Không tìm thấy trang" under a
  "Thông báo" title, HTTP 200) at an article's URL with an id that does not exist; a tag page
  (``&tag=``: three items with whole sapos); a day's archive (``&ngay=``: "Tin ngày
  07/03/2024"); search results (``&kw=``); the district chairwoman's profile, written as
  prose (born, home town, studies, posts) under her name and post, with "Cập nhật:
  02/01/2024 08:00" in the date span (a profile kept current is a record, not news); a
  citizen's question and its answer ("Người hỏi: ... | Ngày hỏi: ...", "Trả lời:"); the
  week's work schedule as a table; the weather forecast board (a table of three days, its
  update time); a photo album (five pictures with one-line captions); a video page (a player
  and one sentence); the home page.
- ``/sitemap.xml`` names the articles; robots.txt names it.
"""

from __future__ import annotations

from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fj-huyen"
NAME = "Cổng thông tin điện tử huyện Đông Thạnh"
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    day = _DAYS[date.fromisoformat(iso[:10]).weekday()]
    return Art(KEY[key], f"/Default.aspx?pid=20&ItemID={ident}", iso, f"{day}, {dmy(iso)}, {hm(iso)}",
               extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("fj-ban-giao-nha", 5123, "2024-03-07T14:20:00+07:00", signature="Hoàng Yến", author="Hoàng Yến"),
    _art("tl-lam-duong", 5110, "2024-03-01T09:00:00+07:00", signature="Văn Lâm", author="Văn Lâm"),
    _art("tl-tiem-chung", 5118, "2024-03-05T10:30:00+07:00"),
    _art("ml-hoc-bong", 5125, "2024-03-07T16:45:00+07:00", signature="Hoàng Yến", author="Hoàng Yến"),
    _art("q13-kham-nguoi-cao-tuoi", 5104, "2024-02-27T08:15:00+07:00"),
    _art("sh-duong-lien-xa", 5131, "2024-03-12T11:00:00+07:00",
         image=("/Portals/0/2024/03/duong-lien-xa.jpg", "Tuyến đường liên xã sau khi hoàn thành.")),
]  # fmt: skip
CHROME = ["Tin mới cập nhật", "Bản quyền", "Số lượt truy cập", "Trở về", "In bài viết"]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, module: str) -> str:
    fresh = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
</head><body><form id="Form" method="post" action="/Default.aspx"><div id="dnn_Header"><div class="logo">{esc(NAME)}</div>
<div id="dnn_Menu"><a href="/">Trang chủ</a> <a href="/Default.aspx?pid=19">Tin tức</a> <a href="/Default.aspx?pid=50&amp;tuan=11">Lịch công tác</a>
<a href="/Default.aspx?pid=52">Hỏi đáp</a> <a href="/Default.aspx?pid=70">Thư viện ảnh</a></div></div>
<div id="dnn_ContentPane" class="ContentPane"><div class="dnnModule">{module}</div></div>
<div id="dnn_RightPane"><div class="dnnModule"><h3 class="Head">Tin mới cập nhật</h3><ul>{fresh}</ul></div>
<div class="dnnModule counter">Số lượt truy cập: 1.204.388</div></div>
<div id="dnn_Footer">Bản quyền {esc(NAME)}. Địa chỉ: Khu phố 1, thị trấn Đông Thạnh.</div></form></body></html>"""


def _item(title: str, when: str, content: str) -> str:
    when_html = f'<span class="ItemDate">{esc(when)}</span>' if when else ""
    return (f'<h2 class="ItemTitle">{esc(title)}</h2>{when_html}<div class="ItemContent">{content}</div>'
            '<div class="ItemTools"><a href="javascript:history.back()">Trở về</a> <a href="javascript:window.print()">In bài viết</a></div>')


def render_article(art: Art) -> str:
    content = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        content += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            content += f'<p align="center"><img src="{art.image[0]}" alt=""></p><p align="center"><em>{esc(art.image[1])}</em></p>'
    if art.signature:
        content += f'<p align="right"><strong>{esc(art.signature)}</strong></p>'
    return _layout(art.title, _item(art.title, art.date_line, content))


def render_not_found() -> str:
    content = ('<p>Không tìm thấy trang bạn yêu cầu. Bài viết có thể đã bị gỡ bỏ hoặc đường dẫn không đúng.</p>'
               '<p><a href="/">Quay về trang chủ</a></p>')
    return _layout("Thông báo", _item("Thông báo", "", content))


def _list(title: str, items: list[Art]) -> str:
    rows = "".join(f'<div class="NewsItem"><a class="NewsTitle" href="{a.path}">{esc(a.title)}</a> '
                   f'<span class="ItemDate">({dmy(a.published)})</span><p>{esc(a.lead)}</p></div>' for a in items)
    return _layout(title, _item(title, "", rows))


def render_weather() -> str:
    days = [("Thứ Năm 07/03", "21 - 29°C", "Nhiều mây, ngày nắng", "Đông Nam cấp 2"),
            ("Thứ Sáu 08/03", "22 - 30°C", "Nắng, chiều tối có mưa rào", "Đông Nam cấp 2 - 3"),
            ("Thứ Bảy 09/03", "21 - 28°C", "Có mưa rào và dông rải rác", "Đông Bắc cấp 3")]  # fmt: skip
    trs = "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in d) + "</tr>" for d in days)
    content = ('<p>Cập nhật lúc 06:00 ngày 07/03/2024</p><table class="weather"><tr><th>Ngày</th> <th>Nhiệt độ</th> '
               f'<th>Thời tiết</th> <th>Gió</th></tr>{trs}</table><p>Nguồn: Đài Khí tượng Thủy văn tỉnh</p>')
    return _layout("Dự báo thời tiết", _item("Dự báo thời tiết huyện Đông Thạnh", "", content))


def render_leader() -> str:
    content = ('<p align="center"><img src="/Portals/0/lanh-dao/chu-tich.jpg" alt=""></p>'
               "<p>Bà Phạm Thị Lan sinh năm 1976, quê quán xã Hòa Phú, huyện Đông Thạnh.</p>"
               "<p>Bà tốt nghiệp Đại học Luật Thành phố Hồ Chí Minh, thạc sĩ Quản lý công, trình độ lý luận chính trị cao cấp.</p>"
               "<p>Từ năm 1999 đến năm 2010, bà công tác tại Phòng Tư pháp huyện, giữ chức Phó Trưởng phòng rồi Trưởng phòng. "
               "Từ năm 2010 đến năm 2020, bà giữ chức Phó Chủ tịch Ủy ban nhân dân huyện phụ trách khối văn hóa - xã hội.</p>"
               "<p>Tháng 6/2021, bà được bầu giữ chức Chủ tịch Ủy ban nhân dân huyện Đông Thạnh nhiệm kỳ 2021 - 2026.</p>")
    return _layout("Phạm Thị Lan", _item("Phạm Thị Lan - Chủ tịch UBND huyện", "Cập nhật: 02/01/2024 08:00", content))


def render_question() -> str:
    content = ("<p><em>Người hỏi: Lò Văn Pảng - xã Tân Lập | Ngày hỏi: 01/03/2024</em></p>"
               "<p>Bố tôi là thương binh hạng 3/4, năm nay chuyển về sống cùng gia đình tôi ở xã Tân Lập. Xin hỏi thủ tục "
               "chuyển hồ sơ hưởng trợ cấp ưu đãi về huyện Đông Thạnh như thế nào?</p>"
               "<p><strong>Trả lời (05/03/2024):</strong></p>"
               "<p>Phòng Lao động - Thương binh và Xã hội huyện trả lời: ông cần làm đơn đề nghị di chuyển hồ sơ gửi Sở Lao "
               "động - Thương binh và Xã hội nơi đang quản lý hồ sơ. Sau khi nhận hồ sơ chuyển đến, Phòng sẽ trình Ủy ban "
               "nhân dân huyện quyết định tiếp tục chi trả trợ cấp từ tháng liền kề.</p>")
    return _layout("Hỏi đáp", _item("Thủ tục chuyển hồ sơ hưởng trợ cấp thương binh về huyện", "05/03/2024", content))


def render_schedule() -> str:
    rows = [("Thứ Hai 11/3", "07h30", "Chào cờ đầu tuần; giao ban Thường trực Ủy ban nhân dân huyện", "Hội trường huyện"),
            ("Thứ Ba 12/3", "08h00", "Chủ tịch UBND huyện tiếp công dân định kỳ", "Trụ sở tiếp công dân"),
            ("Thứ Tư 13/3", "14h00", "Kiểm tra tiến độ xây dựng Trường Mầm non xã Hòa Phú", "Xã Hòa Phú"),
            ("Thứ Năm 14/3", "08h00", "Hội nghị triển khai công tác phòng cháy rừng", "Phòng họp số 2"),
            ("Thứ Sáu 15/3", "08h00", "Làm việc tại cơ quan", "")]  # fmt: skip
    trs = "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    content = (f'<table class="lich"><tr><th>Ngày</th> <th>Giờ</th> <th>Nội dung</th> <th>Địa điểm</th></tr>{trs}</table>'
               "<p>Văn phòng HĐND và UBND huyện</p>")
    return _layout("Lịch công tác", _item("Lịch công tác tuần 11/2024 của Thường trực UBND huyện", "09/03/2024", content))


def render_album() -> str:
    caps = ["Lễ khởi công.", "Thi công mặt đường.", "Cầu bản qua suối Nà Mò.", "Đoạn qua trung tâm xã.", "Nghiệm thu công trình."]
    pics = "".join(f'<p align="center"><img src="/Portals/0/album/5/{i}.jpg" alt=""><br><em>{esc(c)}</em></p>'
                   for i, c in enumerate(caps, 1))
    return _layout("Thư viện ảnh", _item("Hình ảnh tuyến đường liên xã Nà Khương - Tả Phìn", "12/03/2024", pics))


def render_video() -> str:
    content = ('<div class="player"><iframe width="640" height="360" src="https://www.youtube.com/embed/dth2024xyz" '
               'allowfullscreen></iframe></div><p>Bản tin thời sự huyện Đông Thạnh tuần thứ hai tháng 3 năm 2024.</p>')
    return _layout("Video", _item("Bản tin thời sự Đông Thạnh tuần 2 tháng 3", "Thứ Bảy, 09/03/2024, 19:30", content))


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="ItemDate">{dmy(a.published)}</span></li>' for a in NEWS)
    return _layout(NAME, f'<h2 class="Head">Tin tức - Sự kiện</h2><ul>{items}</ul>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out.update({
        "/": render_home(),
        "/Default.aspx?pid=20&ItemID=9999": render_not_found(),
        "/Default.aspx?pid=31&tag=nong-thon-moi": _list("Tag: nông thôn mới", [ARTICLES[1], ARTICLES[0], ARTICLES[5]]),
        "/Default.aspx?pid=20&ngay=07-03-2024": _list("Tin ngày 07/03/2024", [ARTICLES[3], ARTICLES[0]]),
        "/Default.aspx?pid=90&kw=tiem+chung": _list("Kết quả tìm kiếm: tiêm chủng", [ARTICLES[2], ARTICLES[4]]),
        "/Default.aspx?pid=45&id=2": render_leader(),
        "/Default.aspx?pid=52&ItemID=77": render_question(),
        "/Default.aspx?pid=50&tuan=11": render_schedule(),
        "/Default.aspx?pid=60": render_weather(),
        "/Default.aspx?pid=70&AlbumID=5": render_album(),
        "/Default.aspx?pid=71&VideoID=12": render_video(),
    })  # fmt: skip
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
