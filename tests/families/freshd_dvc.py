"""A provincial department of home affairs on an ASP.NET MVC portal whose every content page is
``/Home/ChiTiet?cm=<section>&ma=<n>``, one detail template for news and for the department's
own records (fresh-D, round 16).

- News (``cm=tin-tuc``): ``div.ct-title`` (no heading element), "Ngày đăng: 05/03/2024 |
  Lượt xem: 812" in ``div.ct-info``, an audio player ("Nghe đọc bài", "Giọng nữ", "Giọng
  nam") and "In bài | Gửi email | Lưu tin" between the title and the body, an italic sapo,
  the paragraphs in ``div.ct-body``; the author as "Tác giả: ..." in ``div.ct-author`` under
  the body or none. Inside the body after the first paragraph a "Xem thêm:" line linking
  another article; after the body "Từ khóa:" and a rating ("Bình chọn: 1 2 3 4 5").
  A press release ("Thông cáo báo chí về ...", ``cm=thong-cao``) is an article.
- In that template, not articles: the online public services page ("Dịch vụ công trực
  tuyến": services, their level, "Nộp hồ sơ"), the press-release index (each release's title,
  date and whole sapo), "Giới thiệu chung" (the department's history, years and decrees in
  it, "Ngày cập nhật"), the organisation chart ("Cơ cấu tổ chức": units, heads, telephones),
  an administrative procedure ("Thủ tục: ...": Trình tự thực hiện, Thành phần hồ sơ, Thời hạn
  giải quyết, Phí, lệ phí, "Ngày cập nhật").
- The section ``/Home/DanhMuc?cm=tin-tuc`` and the home page.
- No robots.txt and no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fd-dvc"
NAME = "Sở Nội vụ tỉnh Bình Lâm"


def _path(cm: str, ma: int) -> str:
    return f"/Home/ChiTiet?cm={cm}&ma={ma}"


def _art(key: str, cm: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, "cm": cm, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], _path(cm, ident), iso, f"Ngày đăng: {dmy(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("sh-cai-cach-hanh-chinh", "tin-tuc", 5521, "2024-03-05T00:00:00+07:00", author="Hoàng Yến", extra={"tac_gia": "Hoàng Yến"}),
    _art("hg-chu-ky-so", "tin-tuc", 5518, "2024-03-01T00:00:00+07:00"),
    _art("nl-dao-tao-nghe", "tin-tuc", 5526, "2024-03-08T00:00:00+07:00", author="Đức Long", extra={"tac_gia": "Đức Long"},
         image=("/Upload/2024/03/dao-tao-nghe.jpg", "Học viên lớp may công nghiệp thực hành tại xưởng.")),
    _art("hg-ky-nang-so", "tin-tuc", 5529, "2024-03-11T00:00:00+07:00", author="Hoàng Yến", extra={"tac_gia": "Hoàng Yến"}),
    _art("nl-phien-viec-lam", "tin-tuc", 5512, "2024-02-23T00:00:00+07:00"),
    _art("fd-thong-cao-thi-tuyen", "thong-cao", 5531, "2024-03-13T00:00:00+07:00"),
]  # fmt: skip
CHROME = [
    "Nghe đọc bài", "Giọng nữ", "Giọng nam", "In bài", "Gửi email", "Lưu tin", "Lượt xem", "Xem thêm:", "Từ khóa:",
    "Bình chọn", "Liên kết", "Cổng dịch vụ công quốc gia", "Số lượt truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)

SERVICES = (5401, "Dịch vụ công trực tuyến", "15/02/2024", [
    ("Thi tuyển công chức", "Toàn trình", "1.005181"), ("Xét tuyển viên chức", "Toàn trình", "1.005393"),
    ("Thẩm định thành lập tổ chức hành chính", "Một phần", "1.009319"),
    ("Công nhận ban vận động thành lập hội", "Toàn trình", "1.003918"),
    ("Cấp đăng ký hoạt động tôn giáo", "Một phần", "1.001228"),
])  # fmt: skip
RELEASES_INDEX = (5402, "Thông cáo báo chí")
HISTORY = (5403, "Giới thiệu chung", "10/01/2024", [
    "Sở Nội vụ tỉnh Bình Lâm được thành lập theo Quyết định số 112/QĐ-UB ngày 15 tháng 4 năm 1976 của Ủy ban nhân dân "
    "tỉnh, trên cơ sở Ban Tổ chức chính quyền tỉnh, với nhiệm vụ tham mưu về tổ chức bộ máy và cán bộ chính quyền các cấp.",
    "Năm 1992, thực hiện Nghị định số 87/CP, Ban Tổ chức chính quyền tỉnh được tổ chức lại, tiếp nhận thêm chức năng quản lý "
    "nhà nước về văn thư, lưu trữ. Ngày 01 tháng 7 năm 2004, theo Nghị định số 171/2004/NĐ-CP, Ban đổi tên thành Sở Nội vụ.",
    "Năm 2008, Sở tiếp nhận Ban Thi đua - Khen thưởng và Ban Tôn giáo làm tổ chức trực thuộc; năm 2016 thành lập Chi cục "
    "Văn thư - Lưu trữ. Từ ngày 01 tháng 3 năm 2025, Sở tiếp nhận thêm chức năng quản lý nhà nước về lao động, người có "
    "công và xã hội.",
    "Qua gần năm mươi năm xây dựng và trưởng thành, Sở Nội vụ đã được Nhà nước tặng thưởng Huân chương Lao động hạng Ba "
    "năm 2006, hạng Nhì năm 2016 và nhiều cờ thi đua, bằng khen của Chính phủ, Bộ Nội vụ.",
])  # fmt: skip
ORG = (5404, "Cơ cấu tổ chức", "10/01/2024", [
    ("Ban Giám đốc", "Giám đốc Trần Quang Khải", "0296 3852 101"),
    ("Văn phòng Sở", "Chánh Văn phòng Nguyễn Thị Thanh Hương", "0296 3852 102"),
    ("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "Trưởng phòng Lê Minh Đức", "0296 3852 105"),
    ("Phòng Công chức, viên chức", "Trưởng phòng Phạm Thị Lan", "0296 3852 106"),
    ("Ban Thi đua - Khen thưởng", "Trưởng ban Võ Văn Hùng", "0296 3852 110"),
    ("Ban Tôn giáo", "Trưởng ban Huỳnh Văn Tài", "0296 3852 112"),
])  # fmt: skip
PROCEDURE = (5405, "Thủ tục: Thi tuyển công chức", "20/02/2024", [
    ("Trình tự thực hiện", "Bước 1: Cơ quan có thẩm quyền tuyển dụng thông báo tuyển dụng trên trang thông tin điện tử và "
     "niêm yết tại trụ sở. Bước 2: Người dự tuyển nộp Phiếu đăng ký dự tuyển trong thời hạn 30 ngày kể từ ngày thông báo. "
     "Bước 3: Tổ chức thi vòng 1 trên máy vi tính và thi vòng 2 môn nghiệp vụ chuyên ngành. Bước 4: Thông báo kết quả và "
     "hoàn thiện hồ sơ tuyển dụng."),
    ("Cách thức thực hiện", "Nộp trực tiếp, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng dịch vụ công của tỉnh."),
    ("Thành phần hồ sơ", "Phiếu đăng ký dự tuyển theo mẫu ban hành kèm theo Nghị định số 138/2020/NĐ-CP; số lượng: 01 bộ."),
    ("Thời hạn giải quyết", "Chậm nhất 15 ngày kể từ ngày có kết quả thi vòng 2, thông báo kết quả cho người dự tuyển."),
    ("Phí, lệ phí", "Từ 100 người trở xuống: 500.000 đồng/thí sinh; từ 101 đến 500 người: 400.000 đồng/thí sinh."),
    ("Căn cứ pháp lý", "Luật Cán bộ, công chức năm 2008; Nghị định số 138/2020/NĐ-CP ngày 27/11/2020 của Chính phủ."),
])  # fmt: skip
RECORD_IDS = {5401, 5402, 5403, 5404, 5405}


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<link href="/Content/site.css" rel="stylesheet"></head><body>
<div class="banner"><a href="/"><img src="/Content/img/banner.png" alt="{esc(NAME)}"></a></div>
<div class="menu-top"><a href="/">Trang chủ</a> <a href="{_path('gioi-thieu', HISTORY[0])}">Giới thiệu</a>
<a href="{_path('gioi-thieu', ORG[0])}">Cơ cấu tổ chức</a> <a href="/Home/DanhMuc?cm=tin-tuc">Tin tức</a>
<a href="{_path('thong-cao', RELEASES_INDEX[0])}">Thông cáo báo chí</a> <a href="{_path('dvc', SERVICES[0])}">Dịch vụ công</a>
<a href="{_path('thu-tuc', PROCEDURE[0])}">Thủ tục hành chính</a></div>
<div class="main"><div class="left">{main}</div><div class="right"><div class="panel"><b>Liên kết</b>
<a href="https://dichvucong.gov.vn">Cổng dịch vụ công quốc gia</a></div><div class="panel">Số lượt truy cập: 1.204.338</div></div></div>
<div class="footer">Sở Nội vụ tỉnh Bình Lâm. 18 Trần Hưng Đạo, thành phố Bình Lâm. ĐT: 0296 3852 101.</div></body></html>"""


def _detail(ident: int, title: str, info: str, sapo: str, body: str, tail: str = "") -> str:
    sp = f'<div class="ct-sapo"><i>{esc(sapo)}</i></div>' if sapo else ""
    main = f"""<div class="ct"><div class="ct-title">{esc(title)}</div>
<div class="ct-info">{esc(info)} | Lượt xem: {300 + ident % 700}</div>
<div class="ct-audio"><span>Nghe đọc bài</span> <select><option>Giọng nữ</option><option>Giọng nam</option></select>
<audio controls src="/tts/{ident}.mp3"></audio></div><div class="ct-tools"><a href="#">In bài</a> | <a href="#">Gửi email</a> | <a href="#">Lưu tin</a></div>
{sp}<div class="ct-body">{body}</div>{tail}</div>"""
    return _layout(title, main)


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    other = NEWS[(NEWS.index(art) + 1) % len(NEWS)]
    body = ""
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += f'<p style="text-align:center"><img src="{images[i][0]}" alt=""></p><p style="text-align:center"><i>{esc(images[i][1])}</i></p>'
        if i == 0:
            body += f'<p><b>Xem thêm:</b> <a href="{other.path}">{esc(other.title)}</a></p>'
    tail = f'<div class="ct-author">Tác giả: {esc(art.extra["tac_gia"])}</div>' if art.extra.get("tac_gia") else ""
    tail += ('<div class="ct-tags">Từ khóa: <a href="#">cải cách hành chính</a>, <a href="#">chuyển đổi số</a></div>'
             '<div class="ct-vote">Bình chọn: <a>1</a> <a>2</a> <a>3</a> <a>4</a> <a>5</a></div>')
    return _detail(ident, art.title, art.date_line, art.lead, body, tail)


def render_services() -> str:
    ident, title, day, rows = SERVICES
    trs = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{m}</td><td>{esc(lv)}</td><td><a href=\"https://dichvucong.binhlam.gov.vn/nop-ho-so?ma={m}\">Nộp hồ sơ</a></td></tr>"
                  for i, (n, lv, m) in enumerate(rows, 1))
    body = ("<p>Tổ chức, cá nhân thực hiện các thủ tục hành chính thuộc thẩm quyền giải quyết của Sở Nội vụ trực tuyến trên "
            "Cổng dịch vụ công của tỉnh. Hồ sơ được tiếp nhận 24/7, kết quả trả qua bưu chính hoặc tại Bộ phận một cửa.</p>"
            f'<table class="tbl"><tr><th>STT</th><th>Tên dịch vụ</th><th>Mã thủ tục</th><th>Mức độ</th><th></th></tr>{trs}</table>')
    return _detail(ident, title, f"Ngày đăng: {day}", "", body)


def render_release_index() -> str:
    ident, title = RELEASES_INDEX
    rel = [a for a in ARTICLES if a.extra["cm"] == "thong-cao"]
    old = [("Thông cáo báo chí về kết quả kỳ xét tuyển viên chức sự nghiệp giáo dục năm 2023", "18/12/2023",
            "Sở Nội vụ thông báo kết quả kỳ xét tuyển viên chức làm việc tại các trường mầm non, tiểu học và trung học cơ sở "
            "năm 2023; 412 người trúng tuyển trên 430 chỉ tiêu, các chỉ tiêu còn lại được chuyển sang kỳ xét tuyển năm 2024."),
           ("Thông cáo báo chí về công tác cải cách hành chính năm 2023", "05/01/2024",
            "Chỉ số cải cách hành chính của tỉnh năm 2023 tăng bảy bậc; 100% thủ tục hành chính đủ điều kiện được cung cấp "
            "trực tuyến toàn trình, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,2%.")]
    items = "".join(f'<div class="tc"><p><a href="{a.path}"><b>{esc(a.title)}</b></a> ({dmy(a.published)})</p><p>{esc(a.lead)}</p></div>' for a in rel)
    items += "".join(f'<div class="tc"><p><b>{esc(t)}</b> ({d})</p><p>{esc(s)}</p></div>' for t, d, s in old)
    return _detail(ident, title, "Ngày đăng: 13/03/2024", "", items)


def render_history() -> str:
    ident, title, day, paras = HISTORY
    return _detail(ident, title, f"Ngày cập nhật: {day}", "", "".join(f"<p>{esc(p)}</p>" for p in paras))


def render_org() -> str:
    ident, title, day, rows = ORG
    trs = "".join(f"<tr><td>{esc(u)}</td><td>{esc(h)}</td><td>{t}</td></tr>" for u, h, t in rows)
    body = f'<p><img src="/Upload/so-do-to-chuc.png" alt="Sơ đồ tổ chức"></p><table class="tbl"><tr><th>Đơn vị</th><th>Lãnh đạo</th><th>Điện thoại</th></tr>{trs}</table>'
    return _detail(ident, title, f"Ngày cập nhật: {day}", "", body)


def render_procedure() -> str:
    ident, title, day, parts = PROCEDURE
    body = "".join(f"<p><b>{esc(k)}:</b></p><p>{esc(v)}</p>" for k, v in parts)
    return _detail(ident, title, f"Ngày cập nhật: {day}", "", body)


def render_section() -> str:
    items = "".join(f'<div class="it"><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span><p>{esc(a.lead[:130])}...</p></div>'
                    for a in NEWS if a.extra["cm"] == "tin-tuc")
    return _layout("Tin tức", f"<h2>Tin tức</h2>{items}")


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS)
    return _layout(NAME, f"<h2>Tin mới</h2><ul>{items}</ul>")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out[_path("dvc", SERVICES[0])] = render_services()
    out[_path("thong-cao", RELEASES_INDEX[0])] = render_release_index()
    out[_path("gioi-thieu", HISTORY[0])] = render_history()
    out[_path("gioi-thieu", ORG[0])] = render_org()
    out[_path("thu-tuc", PROCEDURE[0])] = render_procedure()
    out["/Home/DanhMuc?cm=tin-tuc"] = render_section()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    return site_with_files({path: Page.html(text) for path, text in _html_pages().items()}, robots=None)
