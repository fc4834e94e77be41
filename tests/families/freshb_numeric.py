"""A city's portal on a vendor platform whose every page is ``/<category id>/<item id>.html``:
numbers only, ``.html`` everywhere (fresh-B, round 15).

- News ``/12/<id>.html``: ``h1.article-title``, "Thứ ba, 05/03/2024 - 08:30" in
  ``span.article-time``, a sapo in ``h2.article-sapo``, paragraphs, the author as a bold
  right-aligned last line or "Tin, ảnh: ..." or none. A notice ``/16/<id>.html`` ("Thông
  báo lịch tiếp công dân ...") in the same template: an article, as the corpus's notices are.
- An e-magazine longform ``/68/<id>.html``: its own full-width template, the title over a
  hero picture, "Bài: ... | Ảnh: ... | Thiết kế: ..." and the date under it, long text with
  pull quotes and pictures: an article.
- In the news template and at the same URL shape, not articles: videos ``/72/<id>.html`` (a
  player, a title, the date and one sentence), leaders' profiles ``/35/<id>.html`` (a
  photo, "Ngày cập nhật", a long biography), the week's work schedule ``/41/<id>.html``
  (days, hours, meetings), drafts open for comments ``/44/<id>.html`` ("Góp ý dự thảo":
  the period, a summary, the file, a form).
- A category ``/12.html`` and its page 2 ``/12.html?p=2``, a day's archive ``/12/20240305.html``
  (numbers too: the same shape as a news page), a tag page ``/tag/<n>.html``, search
  ``/tim-kiem.html?keyword=...``, "Đường dây nóng" ``/duong-day-nong.html``, the home page.
- robots.txt names ``/sitemap.xml`` (news, the notice and the e-magazine only).
"""

from __future__ import annotations

from datetime import datetime

from crawler.replica.site import Site
from tests.families.common import Art, dmy, esc, hm, html_with_files, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fb-numeric"
NAME = "Cổng thông tin điện tử thành phố Hải Đông"
WEEKDAYS = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _line(iso: str) -> str:
    return f"{WEEKDAYS[datetime.fromisoformat(iso).weekday()]}, {dmy(iso)} - {hm(iso)}"


def _art(key: str, cat: int, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, "cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/{cat}/{ident}.html", iso, _line(iso), extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("q13-via-he", 12, 48213, "2024-03-05T08:30:00+07:00", signature="Minh Khoa", author="Minh Khoa",
         image=("/uploads/2024/03/48213-1.jpg", "Lực lượng chức năng tháo dỡ mái che lấn chiếm vỉa hè.")),
    _art("q13-nao-vet-kenh", 12, 48207, "2024-03-04T15:45:00+07:00", signature="Tin, ảnh: Thu Hà", author="Thu Hà"),
    _art("q13-kham-nguoi-cao-tuoi", 12, 48199, "2024-03-02T10:10:00+07:00"),
    _art("q13-cho-khong-tien-mat", 12, 48188, "2024-02-29T16:20:00+07:00", signature="Quốc Việt", author="Quốc Việt"),
    _art("q13-ngay-hoi-viec-lam", 12, 48215, "2024-03-05T14:00:00+07:00", source_line="Theo Báo Hải Đông",
         source="Báo Hải Đông"),
    _art("nx-lich-tiep-dan-quy-2", 16, 48220, "2024-03-06T09:00:00+07:00",
         attachment=("/uploads/2024/03/TB-lich-tiep-dan-quy-2.pdf", "Thông báo số 86/TB-UBND")),
    _art("fb-emag-song-hau", 68, 48190, "2024-03-02T07:00:00+07:00", author="Thanh Tâm",
         image=("/uploads/emagazine/48190/ke-song.jpg", "Tuyến kè dài hơn ba ki-lô-mét nhìn từ trên cao."),
         more_images=(("/uploads/emagazine/48190/tai-dinh-cu.jpg", "Khu tái định cư Phước Hòa."),),
         extra={"emag": True}),
]  # fmt: skip
CHROME = [
    "Đường dây nóng", "1900 6868", "Tin cùng chuyên mục", "Tin mới nhất", "Bình luận", "Gửi bình luận",
    "Bản quyền thuộc Ủy ban nhân dân thành phố Hải Đông", "Số lượt truy cập", "Bài: Thanh Tâm", "Thiết kế",
]  # fmt: skip

VIDEOS = [
    (72, 48211, "Video: Thành phố ra quân lập lại trật tự vỉa hè", "2024-03-05T11:20:00+07:00",
     "Hơn 200 cán bộ, chiến sĩ các lực lượng tham gia ra quân lập lại trật tự vỉa hè trên các tuyến đường trung tâm."),
    (72, 48196, "Video: Toàn cảnh tuyến kè sông Hậu Giang sau ba năm thi công", "2024-03-01T18:00:00+07:00",
     "Tuyến kè dài hơn ba ki-lô-mét đã hoàn thành, chấm dứt tình trạng sạt lở ven sông."),
]  # fmt: skip
LEADERS = [
    (35, 1203, "Nguyễn Hoàng Phúc", "Chủ tịch Ủy ban nhân dân thành phố", "10/01/2024", [
        "Sinh ngày 12/5/1974. Quê quán: phường An Lạc, thành phố Hải Đông. Dân tộc: Kinh. Trình độ chuyên môn: Thạc sĩ "
        "Quản lý công; lý luận chính trị: Cao cấp.",
        "Từ năm 1997 đến năm 2005, công tác tại Phòng Tài chính - Kế hoạch thành phố; từ năm 2005 đến năm 2012 là Phó "
        "Trưởng phòng, Trưởng phòng Tài chính - Kế hoạch. Từ năm 2012 đến năm 2019, Phó Chủ tịch Ủy ban nhân dân thành "
        "phố phụ trách khối kinh tế.",
        "Từ tháng 7/2019 đến nay, Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố, phụ trách chung, trực tiếp "
        "chỉ đạo các lĩnh vực tổ chức bộ máy, tài chính - ngân sách, quy hoạch và đầu tư công.",
    ]),
    (35, 1204, "Lê Thị Ngọc Diệp", "Phó Chủ tịch Ủy ban nhân dân thành phố", "10/01/2024", [
        "Sinh ngày 03/9/1980. Quê quán: xã Phước Hòa, thành phố Hải Đông. Trình độ chuyên môn: Tiến sĩ Kinh tế; lý luận "
        "chính trị: Cao cấp.",
        "Từ năm 2003 đến năm 2015 công tác tại Sở Kế hoạch và Đầu tư tỉnh; từ năm 2015 đến năm 2020 là Trưởng phòng "
        "Kinh tế thành phố. Từ tháng 11/2020 đến nay, Phó Chủ tịch Ủy ban nhân dân thành phố phụ trách văn hóa - xã hội, "
        "giáo dục, y tế, lao động và chuyển đổi số.",
    ]),
]  # fmt: skip
SCHEDULES = [
    (41, 48219, "Lịch công tác tuần 11 năm 2024 của lãnh đạo Ủy ban nhân dân thành phố", "2024-03-09T16:30:00+07:00", [
        ("Thứ hai, 11/03/2024", [("08:00", "Chủ tịch Nguyễn Hoàng Phúc chủ trì giao ban lãnh đạo Ủy ban nhân dân thành phố.",
                                  "Phòng họp số 1"),
                                 ("14:00", "Phó Chủ tịch Lê Thị Ngọc Diệp dự hội nghị triển khai tiêm chủng mở rộng.", "Trung tâm Y tế")]),
        ("Thứ ba, 12/03/2024", [("07:30", "Chủ tịch kiểm tra tiến độ dự án kè sông Hậu Giang giai đoạn hai.", "Phường An Lạc"),
                                ("14:00", "Phó Chủ tịch tiếp công dân định kỳ.", "Trụ sở tiếp công dân")]),
        ("Thứ tư, 13/03/2024", [("08:00", "Lãnh đạo Ủy ban nhân dân thành phố dự kỳ họp chuyên đề Hội đồng nhân dân thành phố.",
                                 "Hội trường Thành ủy")]),
        ("Thứ năm, 14/03/2024", [("08:30", "Chủ tịch làm việc với Sở Xây dựng về quy hoạch dải cây xanh ven sông.", "Sở Xây dựng")]),
        ("Thứ sáu, 15/03/2024", [("15:00", "Họp Ban Chỉ đạo chuyển đổi số thành phố.", "Phòng họp trực tuyến")]),
    ]),
    (41, 48201, "Lịch công tác tuần 10 năm 2024 của lãnh đạo Ủy ban nhân dân thành phố", "2024-03-02T16:10:00+07:00", [
        ("Thứ hai, 04/03/2024", [("08:00", "Giao ban lãnh đạo Ủy ban nhân dân thành phố.", "Phòng họp số 1")]),
        ("Thứ ba, 05/03/2024", [("07:30", "Chủ tịch dự lễ ra quân lập lại trật tự lòng đường, vỉa hè.", "Quảng trường Trung tâm"),
                                ("14:00", "Phó Chủ tịch dự ngày hội việc làm.", "Nhà Văn hóa Lao động")]),
        ("Thứ năm, 07/03/2024", [("09:00", "Đối thoại với doanh nghiệp về thủ tục đất đai và xây dựng.", "Hội trường B")]),
    ]),
]  # fmt: skip
DRAFTS = [
    (44, 48209, "Dự thảo Quyết định ban hành Quy định quản lý, sử dụng tạm thời một phần lòng đường, vỉa hè", "2024-03-04T10:00:00+07:00",
     "04/03/2024", "03/04/2024",
     "Dự thảo quy định các tuyến đường, vị trí được sử dụng tạm thời một phần vỉa hè vào mục đích kinh doanh, trông giữ xe, "
     "tổ chức sự kiện; điều kiện, thủ tục cấp phép, thời gian sử dụng và mức thu phí; trách nhiệm của Ủy ban nhân dân các "
     "phường và của tổ chức, cá nhân được cấp phép. Cơ quan soạn thảo: Phòng Quản lý đô thị.", "du-thao-qd-via-he.docx"),
]  # fmt: skip
HOTLINE = [("Chủ tịch Ủy ban nhân dân thành phố", "0913 222 111"), ("Văn phòng HĐND và UBND thành phố", "0292 3822 456"),
           ("Phòng Quản lý đô thị", "0292 3822 478"), ("Tổng đài hỗ trợ dịch vụ công", "1900 6868")]  # fmt: skip
NEWS = [a for a in ARTICLES if a.extra["cat"] == 12]
TAG = (48, "trật tự đô thị", [ARTICLES[0], ARTICLES[1]])


def _layout(title: str, main: str, *, wide: bool = False, head: str = "") -> str:
    latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in sorted(NEWS, key=lambda a: a.published)[-3:])
    side = "" if wide else f"""<aside class="col-4"><div class="widget"><h4>Tin mới nhất</h4><ul>{latest}</ul></div>
<div class="widget hotline">Đường dây nóng: 1900 6868</div><div class="widget">Số lượt truy cập: 3.105.227</div></aside>"""
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{esc(title)}</title>{head}<link rel="stylesheet" href="/themes/portal/css/main.css"></head><body>
<header class="site-header"><a href="/" class="logo"><img src="/themes/portal/img/logo.png" alt="">{esc(NAME)}</a>
<nav><a href="/">Trang chủ</a> <a href="/12.html">Tin tức</a> <a href="/16.html">Thông báo</a> <a href="/35/1203.html">Lãnh đạo</a>
<a href="/41/{SCHEDULES[0][1]}.html">Lịch công tác</a> <a href="/44/{DRAFTS[0][1]}.html">Góp ý dự thảo</a> <a href="/68.html">E-magazine</a>
<a href="/72.html">Video</a> <a href="/duong-day-nong.html">Đường dây nóng</a></nav>
<form action="/tim-kiem.html"><input name="keyword"><button>Tìm</button></form></header>
<div class="container"><div class="row"><main class="{'col-12' if wide else 'col-8'}">{main}</main>{side}</div></div>
<footer>Bản quyền thuộc Ủy ban nhân dân thành phố Hải Đông. Địa chỉ: 01 đường Hòa Bình, phường An Lạc.</footer></body></html>"""


def _detail(title: str, time_line: str, sapo: str, body: str, cat_name: str, tail: str = "") -> str:
    sapo_html = f'<h2 class="article-sapo">{esc(sapo)}</h2>' if sapo else ""
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / {esc(cat_name)}</div>
<div class="article"><h1 class="article-title">{esc(title)}</h1><span class="article-time">{esc(time_line)}</span>
{sapo_html}<div class="article-body">{body}</div></div>{tail}"""
    return _layout(title, main)


def _comments() -> str:
    return '<div class="comments"><h4>Bình luận</h4><textarea></textarea><button>Gửi bình luận</button></div>'


def render_article(art: Art) -> str:
    if art.extra.get("emag"):
        return render_emag(art)
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += f'<figure><img src="{images[i][0]}" alt=""><figcaption>{esc(images[i][1])}</figcaption></figure>'
    if art.attachment:
        body += f'<p>Tải về: <a href="{art.attachment[0]}">{esc(art.attachment[1])}</a></p>'
    body += "".join(f'<p style="text-align:right"><strong>{esc(x)}</strong></p>' for x in (art.signature, art.source_line) if x)
    same = [a for a in ARTICLES if a is not art and a.extra["cat"] == art.extra["cat"]]
    rel = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>' for a in same)
    tail = f'<div class="same-cat"><h4>Tin cùng chuyên mục</h4><ul>{rel}</ul></div>{_comments()}' if rel else _comments()
    return _detail(art.title, art.date_line, art.lead, body, "Tin tức" if art.extra["cat"] == 12 else "Thông báo", tail)


def render_emag(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f'<p class="emag-p">{esc(p)}</p>'
        if i < len(images):
            body += f'<div class="emag-photo"><img src="{images[i][0]}" alt=""><p class="emag-caption">{esc(images[i][1])}</p></div>'
    main = f"""<div class="emagazine"><div class="emag-hero" style="background-image:url(/uploads/emagazine/48190/hero.jpg)">
<h1 class="emag-title">{esc(art.title)}</h1></div>
<div class="emag-credit">Bài: {esc(art.author or "")} | Ảnh: Quốc Việt | Thiết kế: Minh Hà</div>
<div class="emag-time">{esc(art.date_line)}</div>
<div class="emag-body"><p class="emag-lead"><strong>{esc(art.lead)}</strong></p>{body}</div></div>"""
    return _layout(art.title, main, wide=True, head='<meta property="og:type" content="article">')


def render_video(v: tuple) -> str:  # type: ignore[type-arg]
    cat, ident, title, iso, sentence = v
    body = f'<div class="player"><video controls src="/media/video/2024/{ident}.mp4" poster="/media/video/2024/{ident}.jpg"></video></div><p>{esc(sentence)}</p>'
    others = "".join(f'<li><a href="/{x[0]}/{x[1]}.html">{esc(x[2])}</a></li>' for x in VIDEOS if x is not v)
    return _detail(title, _line(iso), "", body, "Video", f'<div class="same-cat"><h4>Video khác</h4><ul>{others}</ul></div>')


def render_leader(x: tuple) -> str:  # type: ignore[type-arg]
    cat, ident, name, position, updated, bio = x
    body = (f'<p><img src="/uploads/lanhdao/{ident}.jpg" alt="{esc(name)}"></p><p><strong>{esc(name)}</strong></p>'
            f"<p>Chức vụ: {esc(position)}</p>" + "".join(f"<p>{esc(p)}</p>" for p in bio))
    return _detail(f"{position} {name}", f"Ngày cập nhật: {updated}", "", body, "Lãnh đạo thành phố")


def render_schedule(s: tuple) -> str:  # type: ignore[type-arg]
    cat, ident, title, iso, days = s
    rows = ""
    for day, items in days:
        rows += f'<tr><td colspan="3" class="day"><strong>{day}</strong></td></tr>'
        rows += "".join(f"<tr><td>{t}</td><td>{esc(what)}</td><td>{esc(where)}</td></tr>" for t, what, where in items)
    body = f'<table class="schedule"><tr><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr>{rows}</table>'
    others = "".join(f'<li><a href="/{x[0]}/{x[1]}.html">{esc(x[2])}</a></li>' for x in SCHEDULES if x is not s)
    return _detail(title, _line(iso), "", body, "Lịch công tác", f'<div class="same-cat"><h4>Lịch tuần khác</h4><ul>{others}</ul></div>')


def render_draft(d: tuple) -> str:  # type: ignore[type-arg]
    cat, ident, title, iso, start, end, summary, file_ = d
    body = (f"<p><b>Thời gian lấy ý kiến:</b> từ ngày {start} đến ngày {end}</p><p><b>Tóm tắt nội dung:</b> {esc(summary)}</p>"
            f'<p><b>Tệp dự thảo:</b> <a href="/uploads/duthao/{file_}">{file_}</a></p>'
            '<form class="gop-y"><h4>Gửi ý kiến góp ý</h4><label>Họ và tên</label><input name="ten"><label>Email</label><input name="email">'
            '<label>Nội dung góp ý</label><textarea name="noidung"></textarea><button>Gửi góp ý</button></form>')
    return _detail(title, _line(iso), "", body, "Góp ý dự thảo")


def _teasers(arts: list[Art]) -> str:
    return "".join(
        f'<div class="news-item"><a href="{a.path}"><img src="/uploads/thumb/{a.extra["id"]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="time">{dmy(a.published)} {hm(a.published)}</span>'
        f"<p>{esc(a.lead)}</p></div>"
        for a in arts
    )


def render_category(page: int) -> str:
    arts = sorted(NEWS, key=lambda a: a.published, reverse=True)
    chunk = arts[:3] if page == 1 else arts[3:]
    pager = '<div class="pager"><a href="/12.html">1</a> <a href="/12.html?p=2">2</a></div>'
    return _layout("Tin tức", f'<h2 class="cat-title">Tin tức</h2>{_teasers(chunk)}{pager}')


def render_day(day: str) -> str:
    arts = [a for a in NEWS if a.published[:10].replace("-", "") == day]
    label = f"{day[6:]}/{day[4:6]}/{day[:4]}"
    return _layout(f"Tin ngày {label}", f'<h2 class="cat-title">Tin tức ngày {label}</h2>{_teasers(arts)}')


def render_tag() -> str:
    ident, name, arts = TAG
    return _layout(f"Từ khóa: {name}", f'<h2 class="cat-title">Từ khóa: {esc(name)}</h2>{_teasers(arts)}')


def render_search() -> str:
    hits = [ARTICLES[0], ARTICLES[4]]
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="time">{_line(a.published)}</span>'
                   f"<p>...{esc(a.paragraphs[0][:150])}...</p></li>" for a in hits)
    return _layout("Tìm kiếm", f'<h2 class="cat-title">Kết quả tìm kiếm: "vỉa hè"</h2><p>Có {len(hits)} kết quả</p><ul>{rows}</ul>')


def render_hotline() -> str:
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{t}</td></tr>" for n, t in HOTLINE)
    body = ("<p>Người dân, doanh nghiệp phản ánh các vấn đề về trật tự đô thị, môi trường, thủ tục hành chính qua các số "
            f'điện thoại đường dây nóng dưới đây (trực 24/7):</p><table class="hotline">{rows}</table>')
    return _layout("Đường dây nóng", f'<div class="article"><h1 class="article-title">Đường dây nóng</h1><div class="article-body">{body}</div></div>')


def render_home() -> str:
    emag = [a for a in ARTICLES if a.extra.get("emag")][0]
    vids = "".join(f'<li><a href="/{v[0]}/{v[1]}.html">{esc(v[2])}</a></li>' for v in VIDEOS)
    main = (f'<h2>Tin nổi bật</h2>{_teasers(sorted(NEWS, key=lambda a: a.published, reverse=True)[:3])}'
            f'<h2>E-magazine</h2><a href="{emag.path}">{esc(emag.title)}</a><h2>Video</h2><ul>{vids}</ul>'
            f'<h2>Thông báo</h2><a href="{ARTICLES[5].path}">{esc(ARTICLES[5].title)}</a>'
            f'<p><a href="/12/20240305.html">Tin ngày 05/03/2024</a> <a href="/tag/{TAG[0]}.html">#{esc(TAG[1])}</a>'
            f' <a href="/tim-kiem.html?keyword=v%E1%BB%89a+h%C3%A8">Tìm: vỉa hè</a> <a href="/35/1204.html">Phó Chủ tịch</a>'
            f' <a href="/41/{SCHEDULES[1][1]}.html">Lịch tuần 10</a></p>')
    return _layout(NAME, main)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    for v in VIDEOS:
        out[f"/{v[0]}/{v[1]}.html"] = render_video(v)
    for x in LEADERS:
        out[f"/{x[0]}/{x[1]}.html"] = render_leader(x)
    for s in SCHEDULES:
        out[f"/{s[0]}/{s[1]}.html"] = render_schedule(s)
    for d in DRAFTS:
        out[f"/{d[0]}/{d[1]}.html"] = render_draft(d)
    out["/12.html"] = render_category(1)
    out["/12.html?p=2"] = render_category(2)
    out["/12/20240305.html"] = render_day("20240305")
    out["/12/20240304.html"] = render_day("20240304")
    out[f"/tag/{TAG[0]}.html"] = render_tag()
    out["/tim-kiem.html?keyword=v%E1%BB%89a+h%C3%A8"] = render_search()
    out["/duong-day-nong.html"] = render_hotline()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = html_with_files(_html_pages(), ARTICLES)
    sitemap = [a.path for a in ARTICLES]
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": sitemap})
