"""A district's portal whose every content page is ``/bai-viet/<n>``, one template for news and
for the records it publishes, with its tools inside the content column (fresh-D, round 16).

- News ``/bai-viet/<n>``: ``h1.post-title``, "Cập nhật: 05/03/2024 08:30" in ``div.post-meta`` (the only date: the
  publication date, read from an update line)
  beside "Lượt xem: 1.234" (per page), a row "Cỡ chữ: A- A A+ | Nghe đọc bài" and a share row
  ("Chia sẻ: Facebook Zalo Twitter In bài") between the title and the body; a bold sapo, the
  paragraphs; the author as a bold right-aligned last paragraph, "Nguồn: ..." or none. Inside
  the body element, after the text: a "Tin liên quan" heading and a list of other articles, the
  copyright note as a ``<p>`` ("© Cổng thông tin ... Ghi rõ nguồn ..."). After the body: a
  "Từ khóa:" row and "Bài trước: <title> / Bài sau: <title>".
- Articles that look like records: a one-paragraph notice with a file; an article whose body is
  mostly a table (budget revenue by source).
- In the same template at the same URL shape, not articles: a list of commendation decisions
  ("Quyết định khen thưởng": a table of numbers, dates, recipients), the tenders open
  ("Thông báo mời thầu": a table of packages, closing days, budgets), the job vacancies of the
  district's units (a table), and a removed article answering 200 with "Không tìm thấy trang"
  in the full template.
- Copies of every news article: an AMP page ``/amp/bai-viet/<n>`` (``amp-img``, a canonical
  link to the article) and a printable one ``/bai-viet/<n>?print=1`` (no canonical): one article
  each, never a second row.
- The category ``/chuyen-muc/tin-tuc`` and ``?page=2``, the home page.
- robots.txt names ``/sitemap.xml`` (the articles only).
"""

from __future__ import annotations

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fd-baiviet"
NAME = "Cổng thông tin điện tử huyện Long Thạnh"
COPYRIGHT = "© Cổng thông tin điện tử huyện Long Thạnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này."


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    # the page shows only "Cập nhật:": the corpus's convention reads it as the publication
    # date, with date_basis "updated" (fx-wp-updated)
    extra = {"id": ident, "date_basis": "updated", **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/bai-viet/{ident}", iso, f"Cập nhật: {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("kh-giai-ngan-von", 3107, "2024-03-05T08:30:00+07:00", signature="Phương Thảo", author="Phương Thảo"),
    _art("bt-ocop", 3101, "2024-03-01T15:10:00+07:00", source_line="Nguồn: Báo Long An", source="Báo Long An",
         image=("/upload/2024/03/ocop-3101.jpg", "Các sản phẩm OCOP được trưng bày tại hội chợ.")),
    _art("pm-tong-ve-sinh", 3110, "2024-03-06T16:45:00+07:00", signature="Trọng Nhân", author="Trọng Nhân"),
    _art("tp-hoa-giai-co-so", 3095, "2024-02-27T09:00:00+07:00"),
    _art("ln-tb-tuyen-dung", 3112, "2024-03-07T10:20:00+07:00",
         attachment=("/upload/2024/03/TB-tuyen-dung-vien-chuc.pdf", "Thông báo số 45/TB-UBND")),
    _art("fd-thu-ngan-sach-quy-1", 3114, "2024-04-03T14:00:00+07:00", signature="Minh Tú", author="Minh Tú",
         extra={"table": True}),
]  # fmt: skip
CHROME = [
    "Cỡ chữ", "Nghe đọc bài", "Chia sẻ:", "In bài", "Lượt xem", "Tin liên quan", "Ghi rõ nguồn khi phát hành lại",
    "Từ khóa:", "Bài trước:", "Bài sau:", "Tin nổi bật", "Liên kết website", "Đường dây nóng: 0272 3871 234",
]  # fmt: skip
TAGS = {3107: "đầu tư công, giải ngân", 3101: "OCOP, sản phẩm", 3110: "môi trường", 3095: "hòa giải, pháp luật",
        3112: "tuyển dụng", 3114: "ngân sách, thuế"}  # fmt: skip

DECISIONS = (3104, "Danh sách quyết định khen thưởng năm 2024", "2024-03-04T09:15:00+07:00", [
    ("215/QĐ-UBND", "28/02/2024", "Tặng Giấy khen cho 12 tập thể, 25 cá nhân có thành tích xuất sắc trong phong trào toàn dân bảo vệ an ninh Tổ quốc", "Giấy khen"),
    ("198/QĐ-UBND", "20/02/2024", "Khen thưởng đột xuất ông Lê Văn Toàn, Công an xã Tân Hòa, đã dũng cảm cứu người bị nạn", "Giấy khen"),
    ("176/QĐ-UBND", "08/02/2024", "Tặng Giấy khen cho 9 tập thể hoàn thành xuất sắc nhiệm vụ thu ngân sách năm 2023", "Giấy khen"),
    ("154/QĐ-UBND", "30/01/2024", "Công nhận danh hiệu Lao động tiên tiến năm 2023 cho 214 cá nhân thuộc các phòng, ban", "Danh hiệu"),
    ("139/QĐ-UBND", "25/01/2024", "Công nhận danh hiệu Tập thể lao động tiên tiến năm 2023 cho 31 tập thể", "Danh hiệu"),
])  # fmt: skip
TENDERS = (3109, "Thông báo mời thầu các gói thầu xây lắp tháng 3 năm 2024", "2024-03-05T17:00:00+07:00", [
    ("Xây dựng đường giao thông nông thôn ấp Bình Hòa, xã Tân Hòa", "Ban Quản lý dự án đầu tư xây dựng huyện", "Đấu thầu rộng rãi qua mạng", "09 giờ 00, 20/03/2024", "4.865.000.000 đồng"),
    ("Sửa chữa, nâng cấp Trường Tiểu học Long Thạnh B", "Phòng Giáo dục và Đào tạo", "Chào hàng cạnh tranh qua mạng", "14 giờ 00, 18/03/2024", "1.240.500.000 đồng"),
    ("Nạo vét kênh Rạch Tràm đoạn qua xã Long Hòa", "Ban Quản lý dự án đầu tư xây dựng huyện", "Đấu thầu rộng rãi qua mạng", "09 giờ 30, 25/03/2024", "2.310.000.000 đồng"),
])  # fmt: skip
JOBS = (3111, "Vị trí việc làm cần tuyển của các đơn vị sự nghiệp năm 2024", "2024-03-06T08:00:00+07:00", [
    ("Trung tâm Văn hóa, Thông tin và Thể thao", "Viên chức thư viện", "01", "Cao đẳng trở lên chuyên ngành thư viện"),
    ("Trung tâm Dịch vụ nông nghiệp", "Viên chức khuyến nông", "02", "Đại học chuyên ngành nông học, chăn nuôi"),
    ("Ban Quản lý dự án đầu tư xây dựng", "Kỹ sư xây dựng", "02", "Đại học chuyên ngành xây dựng dân dụng, cầu đường"),
    ("Trường Mầm non Hoa Sen", "Giáo viên mầm non", "03", "Cao đẳng sư phạm mầm non trở lên"),
])  # fmt: skip
REMOVED = 3050
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, main: str, *, head: str = "") -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:3])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>{head}
<link rel="stylesheet" href="/static/css/site.css"></head><body><div id="wrapper">
<div class="top-bar">Đường dây nóng: 0272 3871 234</div>
<header><a class="logo" href="/"><img src="/static/img/logo.png" alt="">{esc(NAME)}</a></header>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/chuyen-muc/tin-tuc">Tin tức</a> <a href="/bai-viet/{DECISIONS[0]}">Thi đua khen thưởng</a>
<a href="/bai-viet/{TENDERS[0]}">Mời thầu</a> <a href="/bai-viet/{JOBS[0]}">Tuyển dụng</a></nav>
<div class="content-wrap"><div class="col-main">{main}</div>
<div class="col-side"><div class="box"><div class="box-title">Tin nổi bật</div><ul>{hot}</ul></div>
<div class="box"><div class="box-title">Liên kết website</div><select><option>Cổng thông tin tỉnh</option></select></div></div></div>
<footer>Ủy ban nhân dân huyện Long Thạnh. Địa chỉ: 12 Nguyễn Huệ, thị trấn Long Thạnh. Điện thoại: 0272 3871 234.</footer>
</div></body></html>"""


def _views(ident: int) -> str:
    return f"{1000 + ident * 7 % 900:,}".replace(",", ".")


def _detail(ident: int, title: str, meta: str, sapo: str, body: str, *, after: str = "", head: str = "") -> str:
    sapo_html = f'<div class="post-sapo"><strong>{esc(sapo)}</strong></div>' if sapo else ""
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/tin-tuc">Tin tức</a></div>
<div class="post-detail"><h1 class="post-title">{esc(title)}</h1>
<div class="post-meta"><span class="date">{esc(meta)}</span> <span class="views">Lượt xem: {_views(ident)}</span></div>
<div class="post-tools"><span>Cỡ chữ: <a href="#">A-</a> <a href="#">A</a> <a href="#">A+</a></span> | <a href="#" class="tts">Nghe đọc bài</a></div>
<div class="post-share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">Twitter</a> <a href="?print=1">In bài</a></div>
{sapo_html}<div class="post-content">{body}</div>{after}</div>"""
    return _layout(title, main, head=head)


def _body_html(art: Art, amp: bool = False) -> str:
    img = (lambda src: f'<amp-img src="{src}" width="640" height="420" layout="responsive"></amp-img>') if amp else (
        lambda src: f'<img src="{src}" alt="">')
    out = ""
    if art.extra.get("table"):
        rows = "".join(f"<tr>{chr(10).join(f'<td>{c}</td>' for c in _cells(p))}</tr>\n" for p in art.paragraphs[:-1])
        out += ('<table class="tbl"><tr><th>Nguồn thu</th><th>Số thu</th><th>So với dự toán</th><th>So với cùng kỳ</th></tr>'
                f"{rows}</table><p>{esc(art.paragraphs[-1])}</p>")
    else:
        images = ([art.image] if art.image else []) + list(art.more_images)
        for i, p in enumerate(art.paragraphs):
            out += f"<p>{esc(p)}</p>"
            if i < len(images):
                out += f'<div class="img-box">{img(images[i][0])}<p class="caption"><em>{esc(images[i][1])}</em></p></div>'
    if art.attachment:
        out += f'<p>Tải về: <a href="{art.attachment[0]}">{esc(art.attachment[1])}</a></p>'
    out += "".join(f'<p style="text-align:right"><strong>{esc(x)}</strong></p>' for x in (art.signature, art.source_line) if x)
    return out


def _cells(row: str) -> list[str]:
    # "Thu tiền sử dụng đất 38,2 tỷ đồng 36,4% dự toán tăng 19,5%" -> four cells
    head, tail = row.split(" tỷ đồng ")
    amount = head.rsplit(" ", 1)
    plan, change = tail.split(" dự toán ")
    return [esc(amount[0]), f"{amount[1]} tỷ đồng", f"{plan} dự toán", esc(change)]


def _related(art: Art) -> str:
    others = [a for a in NEWS if a is not art][:3]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in others)
    return f'<div class="related-in"><p><strong>Tin liên quan</strong></p><ul>{items}</ul></div><p class="copyright">{esc(COPYRIGHT)}</p>'


def _prev_next(art: Art) -> str:
    i = NEWS.index(art)
    out = '<div class="post-nav">'
    if i + 1 < len(NEWS):
        out += f'<p>Bài trước: <a href="{NEWS[i + 1].path}">{esc(NEWS[i + 1].title)}</a></p>'
    if i > 0:
        out += f'<p>Bài sau: <a href="{NEWS[i - 1].path}">{esc(NEWS[i - 1].title)}</a></p>'
    return out + "</div>"


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    tags = "".join(f'<span class="tag">{esc(t.strip())}</span> ' for t in TAGS[ident].split(","))
    after = f'<div class="post-tags">Từ khóa: {tags}</div>{_prev_next(art)}'
    head = f'<link rel="amphtml" href="/amp/bai-viet/{ident}"><meta property="og:type" content="article">'
    return _detail(ident, art.title, art.date_line, art.lead, _body_html(art) + _related(art), after=after, head=head)


def render_print(art: Art) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(art.title)}</title></head>
<body onload="window.print()"><div class="print-head">{esc(NAME)}</div><h1>{esc(art.title)}</h1><p class="date">{esc(art.date_line)}</p>
<p><strong>{esc(art.lead)}</strong></p>{_body_html(art)}<div class="print-foot">{esc(COPYRIGHT)}</div></body></html>"""


def render_amp(art: Art) -> str:
    return f"""<!DOCTYPE html><html amp lang="vi"><head><meta charset="utf-8"><title>{esc(art.title)}</title>
<link rel="canonical" href="{art.path}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="amp-header"><a href="/">{esc(NAME)}</a></header><article class="amp-article">
<h1>{esc(art.title)}</h1><div class="amp-date">{esc(art.date_line)}</div><p class="amp-sapo"><strong>{esc(art.lead)}</strong></p>
<div class="amp-body">{_body_html(art, amp=True)}</div></article><footer class="amp-foot">{esc(COPYRIGHT)}</footer></body></html>"""


def _table_page(rec: tuple, header: list[str]) -> str:  # type: ignore[type-arg]
    ident, title, iso, rows = rec
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
    return _detail(ident, title, f"Cập nhật: {dmy(iso)} {hm(iso)}", "", f'<table class="tbl"><tr>{head}</tr>{body}</table>')


def render_decisions() -> str:
    return _table_page(DECISIONS, ["Số quyết định", "Ngày ký", "Trích yếu", "Hình thức"])


def render_tenders() -> str:
    return _table_page(TENDERS, ["Tên gói thầu", "Bên mời thầu", "Hình thức lựa chọn nhà thầu", "Thời điểm đóng thầu", "Giá gói thầu"])


def render_jobs() -> str:
    return _table_page(JOBS, ["Đơn vị", "Vị trí việc làm", "Số lượng", "Yêu cầu trình độ"])


def render_removed() -> str:
    body = ("<p>Không tìm thấy trang bạn yêu cầu. Bài viết có thể đã bị gỡ bỏ hoặc địa chỉ không đúng.</p>"
            '<p><a href="/">Quay về trang chủ</a></p>')
    main = f'<div class="post-detail"><h1 class="post-title">Không tìm thấy trang</h1><div class="post-content">{body}</div></div>'
    return _layout("Không tìm thấy trang", main)


def render_category(page: int) -> str:
    chunk = NEWS[:4] if page == 1 else NEWS[4:]
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span>{dmy(a.published)}</span>'
                    f"<p>{esc(a.lead[:140])}...</p></div>" for a in chunk)
    pager = '<div class="pager"><a href="/chuyen-muc/tin-tuc">1</a> <a href="/chuyen-muc/tin-tuc?page=2">2</a></div>'
    return _layout("Tin tức", f'<h2 class="cat">Tin tức</h2>{items}{pager}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    links = (f'<a href="/bai-viet/{DECISIONS[0]}">Khen thưởng</a> <a href="/bai-viet/{TENDERS[0]}">Mời thầu</a> '
             f'<a href="/bai-viet/{JOBS[0]}">Tuyển dụng</a> <a href="/bai-viet/{REMOVED}">Hội nghị sơ kết quý I</a>')
    return _layout(NAME, f'<h2>Tin mới</h2><ul>{items}</ul><p>{links}</p>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for a in ARTICLES:
        out[f"/amp{a.path}"] = render_amp(a)
        out[f"{a.path}?print=1"] = render_print(a)
    out[f"/bai-viet/{DECISIONS[0]}"] = render_decisions()
    out[f"/bai-viet/{TENDERS[0]}"] = render_tenders()
    out[f"/bai-viet/{JOBS[0]}"] = render_jobs()
    out[f"/bai-viet/{REMOVED}"] = render_removed()
    out["/chuyen-muc/tin-tuc"] = render_category(1)
    out["/chuyen-muc/tin-tuc?page=2"] = render_category(2)
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = html_with_files(_html_pages(), ARTICLES)
    return site_with_files(pages, robots="User-agent: *\nDisallow: /quan-tri/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
