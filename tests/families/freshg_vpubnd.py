"""The office of a province's People's Committee on a portal whose every content page is
``/tt/<n>-<slug>.html`` (the slug made from the title), one detail template for its news, its
units and the citizens' reports it answers (fresh-G, round 17).

- News: ``h2.detail-title`` (no ``<h1>``), the date as "05-03-2024 08:30" alone in
  ``span.detail-time`` under it, an italic sapo, the paragraphs in ``div.detail-content``; the
  author in ``div.detail-author`` under the body ("Tác giả: ...") or "Nguồn: ..." or none; a
  tools row "Gửi email | In trang" linking each article's send-to-a-friend page.
- In the same template at the same URL shape, not articles: two units' pages (the head and
  deputies, address, telephone, email, "Chức năng, nhiệm vụ:" one paragraph, "Ngày cập
  nhật: ..." in the time span) and two citizens' reports with the handling ("Người phản
  ánh", "Ngày phản ánh", "Nội dung phản ánh" a paragraph, "Cơ quan xử lý", "Kết quả xử
  lý" a paragraph, "Ngày trả lời"; the report's posting day in the time span).
- Each article's send-to-a-friend page ``/tt/<n>-<slug>.html?act=email``: the article's
  title, its day and its sapo over a form ("Họ tên người gửi", "Email người gửi", "Email
  người nhận", "Lời nhắn", "Gửi"): not an article and not a copy of it.
- The category ``/chuyen-muc/tin-hoat-dong.html`` and the home page. robots.txt names
  ``/sitemap.xml`` (every content page, news or not).
"""

from __future__ import annotations

import re
import unicodedata

from crawler.replica.site import Site
from tests.families.common import Art, esc, hm, html_with_files, site_with_files
from tests.families.texts import KEY, TEXTS

SITE_ID = "fx-fg-vpubnd"
NAME = "Văn phòng Ủy ban nhân dân tỉnh Bắc Sơn"


def slug(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def dashed(iso: str) -> str:
    return f"{iso[8:10]}-{iso[5:7]}-{iso[:4]}"


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    path = f"/tt/{ident}-{slug(TEXTS[KEY[key]][0])}.html"
    return Art(KEY[key], path, iso, f"{dashed(iso)} {hm(iso)}", extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("nbp-ky-hop-hdnd", 8841, "2024-03-05T17:40:00+07:00", author="Quang Vinh"),
    _art("tl-tiep-xuc-cu-tri", 8836, "2024-03-02T10:15:00+07:00", source_line="Nguồn: Báo Bắc Sơn", source="Báo Bắc Sơn"),
    _art("sh-cai-cach-hanh-chinh", 8850, "2024-03-08T08:00:00+07:00", author="Thanh Hương"),
    _art("pm-dich-vu-cong", 8829, "2024-02-27T15:30:00+07:00"),
    _art("dt-hien-mau", 8855, "2024-03-11T11:20:00+07:00", author="Bảo Ngọc",
         image=("/Upload/2024/3/hien-mau-8855.jpg", "Đoàn viên thanh niên đăng ký hiến máu.")),
]  # fmt: skip
CHROME = [
    "Gửi email",
    "In trang",
    "Tin cùng chuyên mục",
    "Văn bản mới",
    "Cổng thông tin điện tử tỉnh Bắc Sơn - Cơ quan chủ quản",
]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)

# units: (id, title, updated, [(label, value)], functions paragraph)
UNITS = [
    (8802, "Phòng Hành chính - Tổ chức", "2024-01-15T09:00:00+07:00", [
        ("Trưởng phòng", "Bà Nguyễn Thị Thanh Mai"),
        ("Phó Trưởng phòng", "Ông Lê Đức Anh, ông Trần Văn Bình"),
        ("Địa chỉ", "Tầng 2, trụ sở Ủy ban nhân dân tỉnh, số 1 đường Hùng Vương"),
        ("Điện thoại", "0204 3854 210"),
        ("Email", "hcth.vp@bacson.gov.vn"),
    ], "Tham mưu cho Chánh Văn phòng về công tác tổ chức, cán bộ, văn thư, lưu trữ, quản trị tài sản "
       "và bảo đảm điều kiện làm việc của Văn phòng; tiếp nhận, phát hành văn bản đi, đến của Ủy ban "
       "nhân dân tỉnh."),
    (8806, "Trung tâm Phục vụ hành chính công tỉnh", "2023-11-20T14:00:00+07:00", [
        ("Giám đốc", "Ông Hoàng Minh Tuấn"),
        ("Phó Giám đốc", "Bà Đặng Thu Hằng"),
        ("Địa chỉ", "Số 18 đường Lê Lợi, thành phố Bắc Sơn"),
        ("Điện thoại", "0204 3852 999"),
        ("Email", "ttphvhcc@bacson.gov.vn"),
    ], "Tiếp nhận, hướng dẫn, trả kết quả giải quyết thủ tục hành chính của các sở, ngành theo cơ chế "
       "một cửa, một cửa liên thông; theo dõi, đôn đốc việc giải quyết hồ sơ và công khai kết quả "
       "giải quyết cho tổ chức, cá nhân."),
]  # fmt: skip
# citizens' reports: (id, title, posted, reporter, reported day, report, office, answer, answered day)
REPORTS = [
    (8844, "Phản ánh về đèn chiếu sáng hỏng trên đường Nguyễn Du", "2024-03-06T09:30:00+07:00",
     "Ông Trần Văn Khoa, phường Hoàng Văn Thụ", "28/02/2024",
     "Nhiều bóng đèn chiếu sáng trên đường Nguyễn Du đoạn từ ngã tư Chợ Mới đến cầu Bến Đò bị hỏng hơn "
     "một tháng nay, buổi tối rất tối, gây mất an toàn cho người đi đường.",
     "Ủy ban nhân dân thành phố Bắc Sơn",
     "Ủy ban nhân dân thành phố đã chỉ đạo Ban Quản lý dự án và hạ tầng đô thị kiểm tra, thay thế 14 bóng "
     "đèn hỏng trong ngày 04/3/2024; hệ thống chiếu sáng đoạn đường trên đã hoạt động bình thường.",
     "05/03/2024"),
    (8847, "Phản ánh việc chậm cấp giấy chứng nhận quyền sử dụng đất tại xã Tân Thành", "2024-03-07T14:10:00+07:00",
     "Bà Lường Thị Nga, xã Tân Thành, huyện Lục Yên", "20/02/2024",
     "Gia đình tôi nộp hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất từ tháng 10 năm 2023 nhưng đến "
     "nay vẫn chưa nhận được kết quả và không được thông báo lý do.",
     "Sở Tài nguyên và Môi trường",
     "Hồ sơ của bà thiếu trích đo địa chính thửa đất; Chi nhánh Văn phòng đăng ký đất đai huyện Lục Yên đã "
     "hoàn thiện trích đo và trả giấy chứng nhận cho gia đình bà ngày 06/3/2024, đồng thời xin lỗi vì chưa "
     "thông báo kịp thời.",
     "06/03/2024"),
]  # fmt: skip


def _path(ident: int, title: str) -> str:
    return f"/tt/{ident}-{slug(title)}.html"


def _layout(title: str, main: str) -> str:
    new_docs = '<li><a href="/van-ban/so-12-qd-ubnd.pdf">Quyết định số 12/QĐ-UBND</a></li>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title></head>
<body><div id="container"><div id="header"><a href="/"><img src="/Images/logo.png" alt="">{esc(NAME)}</a></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/chuyen-muc/tin-hoat-dong.html">Tin hoạt động</a> |
<a href="{_path(UNITS[0][0], UNITS[0][1])}">Cơ cấu tổ chức</a> | <a href="{_path(REPORTS[0][0], REPORTS[0][1])}">Phản ánh kiến nghị</a></div>
<div id="content"><div id="left">{main}</div><div id="right"><div class="box"><div class="box-head">Văn bản mới</div><ul>{new_docs}</ul></div></div></div>
<div id="footer">Cổng thông tin điện tử tỉnh Bắc Sơn - Cơ quan chủ quản: Văn phòng Ủy ban nhân dân tỉnh.</div>
</div></body></html>"""


def _detail(title: str, time: str, sapo: str, content: str, after: str = "") -> str:
    sapo_html = f'<div class="detail-sapo"><i>{esc(sapo)}</i></div>' if sapo else ""
    main = f"""<div class="detail"><h2 class="detail-title">{esc(title)}</h2><span class="detail-time">{esc(time)}</span>
{sapo_html}<div class="detail-content">{content}</div>{after}</div>"""
    return _layout(title, main)


def _same_section(skip: str) -> str:
    items = "".join(
        [f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS if a.path != skip][:3]
    )
    return f'<div class="same-cat"><div class="same-cat-head">Tin cùng chuyên mục</div><ul>{items}</ul></div>'


def render_article(art: Art) -> str:
    content = ""
    for i, p in enumerate(art.paragraphs):
        content += f"<p>{esc(p)}</p>"
        if i == 0 and art.image:
            content += f'<figure><img src="{art.image[0]}" alt=""><figcaption>{esc(art.image[1])}</figcaption></figure>'
    if art.source_line:
        content += f"<p><strong>{esc(art.source_line)}</strong></p>"
    author = f'<div class="detail-author">Tác giả: {esc(art.author)}</div>' if art.author else ""
    tools = f'<div class="detail-tools"><a href="{art.path}?act=email">Gửi email</a> | <a href="#" onclick="window.print()">In trang</a></div>'
    return _detail(
        art.title, art.date_line, art.lead, content, author + tools + _same_section(art.path)
    )


def render_email(art: Art) -> str:
    form = (
        '<form method="post" class="send-mail"><p><label>Họ tên người gửi</label> <input name="ten"></p>'
        '<p><label>Email người gửi</label> <input name="email"></p><p><label>Email người nhận</label> <input name="to"></p>'
        '<p><label>Lời nhắn</label> <textarea name="msg"></textarea></p><p><button type="submit">Gửi</button></p></form>'
    )
    content = f'<p>Gửi bài viết cho bạn bè qua email:</p><p><a href="{art.path}">{esc(art.title)}</a></p>{form}'
    return _detail(art.title, art.date_line, art.lead, content)


def render_unit(rec: tuple) -> str:  # type: ignore[type-arg]
    ident, title, iso, fields, functions = rec
    content = "".join(f"<p><b>{esc(k)}:</b> {esc(v)}</p>" for k, v in fields)
    content += f"<p><b>Chức năng, nhiệm vụ:</b></p><p>{esc(functions)}</p>"
    return _detail(title, f"Ngày cập nhật: {dashed(iso)}", "", content)


def render_report(rec: tuple) -> str:  # type: ignore[type-arg]
    ident, title, iso, who, day, text, office, answer, answered = rec
    content = (
        f"<p><b>Người phản ánh:</b> {esc(who)}</p><p><b>Ngày phản ánh:</b> {day}</p>"
        f"<p><b>Nội dung phản ánh:</b></p><p>{esc(text)}</p><p><b>Cơ quan xử lý:</b> {esc(office)}</p>"
        f"<p><b>Kết quả xử lý:</b></p><p>{esc(answer)}</p><p><b>Ngày trả lời:</b> {answered}</p>"
    )
    return _detail(title, f"{dashed(iso)} {hm(iso)}", "", content, _same_section(""))


def render_category() -> str:
    items = "".join(
        f'<div class="news-item"><a class="t" href="{a.path}">{esc(a.title)}</a> <span>{a.date_line}</span>'
        f'<div class="s">{esc(a.lead[:160])}...</div></div>'
        for a in NEWS
    )
    return _layout("Tin hoạt động", f'<h2 class="cat">Tin hoạt động</h2>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(NAME, f"<h2>Tin mới</h2><ul>{items}</ul>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for a in ARTICLES[:2]:
        out[f"{a.path}?act=email"] = render_email(a)
    for u in UNITS:
        out[_path(u[0], u[1])] = render_unit(u)
    for r in REPORTS:
        out[_path(r[0], r[1])] = render_report(r)
    out["/chuyen-muc/tin-hoat-dong.html"] = render_category()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = html_with_files(_html_pages(), ARTICLES)
    content = [p for p in _html_pages() if p.startswith("/tt/") and "?" not in p]
    return site_with_files(
        pages,
        robots="User-agent: *\nSitemap: {base}/sitemap.xml\n",
        sitemaps={"/sitemap.xml": content},
    )
