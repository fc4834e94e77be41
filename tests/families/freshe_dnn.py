"""A department of justice's portal on DotNetNuke 9 with a news module, its server culture
vi-VN (fresh-E, round 17): dates as .NET prints them for vi-VN and as clerks type them.

Built in round 17 as a fresh family (``FRESH_E``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/Tin-tuc/ArtMID/512/ArticleID/<id>/<slug>``: the title ``h1.edn_articleTitle``,
  the sapo ``div.edn_articleSummary``, the body ``div.edn_articleContent`` (``<p>``).
- The date as ``DateTime.ToString()`` prints it under the vi-VN culture of .NET Framework:
  the twelve-hour clock with vi-VN's designators "SA" (a.m.) and "CH" (p.m.): "05/03/2024
  3:20:35 CH" is 15:20:35, "04/03/2024 9:05:10 SA" is 09:05:10, "01/03/2024 12:30:00 CH" is
  half past noon; a notice typed by a clerk, "Lúc 15 giờ 20 phút, ngày 29/02/2024", and
  "08 giờ 30, ngày 27 tháng 02 năm 2024" (the hour in words before the day); a decision's
  news with a record box ABOVE the body whose first dates are the decision's ("Ngày ban
  hành: 15/01/2024", "Ngày hiệu lực: 01/02/2024") and whose last line is the publication
  ("Ngày đăng: 26/02/2024 4:10:00 CH"); "Ngày đăng: 23/02/2024 10:45:00 SA | Cập nhật:
  24/02/2024 2:15:00 CH" (the update's p.m. time).
- Bylines: a bold right-aligned signature at the end; "Tác giả: X" in the module's meta row.
- Every page: the header's clock "Thứ Tư, 06/03/2024 8:15:00 SA", a "Tin mới" box of other
  articles with their dates in the same format, a visitor counter.
- Non-articles: the home page, two categories, the introduction, a procedure page, a
  documents listing with issue dates, search results.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fe-dnn"
NAME = "Sở Tư pháp tỉnh Ninh Giang"
BASE_URL = "https://stp.ninhgiang.gov.vn/"


def vi_clock(iso: str) -> str:
    """.NET vi-VN ``DateTime.ToString()``: "05/03/2024 3:20:35 CH"."""
    h = int(iso[11:13])
    h12 = h % 12 or 12
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]} {h12}:{iso[14:16]}:{iso[17:19]} {'CH' if h >= 12 else 'SA'}"


def _art(key: str, ident: int, slug: str, cat: str, iso: str, line: str | None = None, **kw: object) -> Art:
    extra = {"id": ident, "cat": cat, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return Art(KEY[key], f"/Tin-tuc/ArtMID/512/ArticleID/{ident}/{slug}", iso, line or vi_clock(iso),
               extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tp-tro-giup-phap-ly", 2207, "Tro-giup-phap-ly-luu-dong-cho-nguoi-dan-xa-Lung-Phin", "hoat-dong",
         "2024-03-05T15:20:35+07:00", signature="Hoàng Lan", author="Hoàng Lan",
         image=("/Portals/0/EasyDNNNews/2207/tgpl-luu-dong.jpg", "Trợ giúp viên pháp lý tư vấn cho người dân tại nhà văn hóa xã.")),
    _art("tp-pho-bien-phap-luat", 2203, "Pho-bien-phap-luat-bang-tieng-dan-toc", "hoat-dong",
         "2024-03-04T09:05:10+07:00", author="Vũ Minh Đức", extra={"meta_author": "Vũ Minh Đức"}),
    _art("tp-ho-tich-truc-tuyen", 2199, "Hon-70-ho-so-dang-ky-khai-sinh-duoc-nop-truc-tuyen", "hoat-dong",
         "2024-03-01T12:30:00+07:00", signature="Thanh Tâm", author="Thanh Tâm"),
    _art("tp-kiem-tra-cong-chung", 2195, "Thong-bao-kiem-tra-hoat-dong-cong-chung-chung-thuc", "thong-bao",
         "2024-02-29T15:20:00+07:00", "Lúc 15 giờ 20 phút, ngày 29/02/2024"),
    _art("tp-hoa-giai-co-so", 2191, "Tong-ket-cong-tac-hoa-giai-o-co-so-nam-2023", "hoat-dong",
         "2024-02-27T08:30:00+07:00", "08 giờ 30, ngày 27 tháng 02 năm 2024", signature="Phòng Phổ biến, giáo dục pháp luật",
         author="Phòng Phổ biến, giáo dục pháp luật"),
    _art("kh-cap-gcn-dau-tu", 2186, "Trao-giay-chung-nhan-dang-ky-dau-tu-du-an-nha-may-che-bien-go", "thong-bao",
         "2024-02-26T16:10:00+07:00", "Ngày đăng: 26/02/2024 4:10:00 CH",
         extra={"record": (("Số ký hiệu", "12/2024/QĐ-UBND"), ("Ngày ban hành", "15/01/2024"),
                           ("Ngày hiệu lực", "01/02/2024"), ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh"))}),
    _art("nl-nguoi-co-cong", 2180, "Ra-soat-so-hoa-ho-so-nguoi-co-cong", "hoat-dong",
         "2024-02-23T10:45:00+07:00", "Ngày đăng: 23/02/2024 10:45:00 SA | Cập nhật: 24/02/2024 2:15:00 CH",
         updated="2024-02-24T14:15:00+07:00", signature="Minh Châu", author="Minh Châu"),
]  # fmt: skip
CATS = {"hoat-dong": ("Tin hoạt động", 3), "thong-bao": ("Thông báo", 4)}
CHROME = ["Tin mới", "Lượt truy cập", "Đang trực tuyến", "In bài viết", "Gửi email", "Thứ Tư, 06/03/2024",
          "Bản quyền thuộc Sở Tư pháp", "Đường dây nóng"]  # fmt: skip


def _layout(title: str, main: str, head: str = "") -> str:
    latest = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a><span class="edn_date">{vi_clock(a.published)}</span></li>'
        for a in ARTICLES[:5]
    )
    menu = "".join(f'<li><a href="/Tin-tuc/CategoryID/{n}/{c}">{esc(t)}</a></li>' for c, (t, n) in CATS.items())
    return f"""<!DOCTYPE html>
<html lang="vi-VN"><head id="Head"><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="DESCRIPTION" content="{esc(NAME)}"><link href="/Portals/_default/skins/ninhgiang/skin.css" rel="stylesheet">
{head}</head><body id="Body"><form method="post" action="" id="Form"><div id="dnn_wrapper">
<div class="topbar"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Thứ Tư, 06/03/2024 8:15:00 SA</span>
<span class="hotline">Đường dây nóng: 0229 3871 552</span></div>
<div id="dnn_Banner"><a href="/"><img src="/Portals/0/logo.png" alt="">{esc(NAME)}</a></div>
<nav id="dnn_MainMenu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Gioi-thieu">Giới thiệu</a></li>{menu}
<li><a href="/Van-ban">Văn bản</a></li><li><a href="/Thu-tuc-hanh-chinh/Dang-ky-khai-sinh">Thủ tục hành chính</a></li></ul></nav>
<div class="container"><div class="row"><div id="dnn_ContentPane" class="col-md-8 DNNEmptyPane">
<div class="DnnModule DnnModule-EasyDNNnews DnnModule-512"><a name="512"></a><div id="dnn_ctr512_ContentPane">{main}</div></div></div>
<div id="dnn_RightPane" class="col-md-4"><div class="DnnModule"><h3 class="Title">Tin mới</h3><ul class="edn_latest">{latest}</ul></div>
<div class="DnnModule"><div class="counter">Lượt truy cập: 1.284.330<br>Đang trực tuyến: 27</div></div></div></div></div>
<div id="dnn_Footer">Bản quyền thuộc Sở Tư pháp tỉnh Ninh Giang. Địa chỉ: 12 Lê Lợi, thành phố Ninh Giang.</div>
</div></form></body></html>"""


def render_article(art: Art) -> str:
    body = ""
    images = [art.image] if art.image else []
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            body += (f'<p style="text-align:center"><img src="{images[i][0]}" alt=""></p>'
                     f'<p style="text-align:center"><em>{esc(images[i][1])}</em></p>')
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    record = art.extra.get("record")
    if record:
        rows = "".join(f"<dt>{esc(k)}:</dt>\n<dd>{esc(v)}</dd>\n" for k, v in record)
        info = (f'<dl class="edn_docInfo">\n{rows}<dt>Ngày đăng:</dt>\n<dd>{art.date_line.split(": ", 1)[1]}</dd>\n</dl>')
        meta = ""
    else:
        info = ""
        author = f' <span class="edn_author">Tác giả: {esc(art.author)}</span>' if art.extra.get("meta_author") else ""
        meta = f'<div class="edn_metaDetails"><span class="edn_articleDate">{art.date_line}</span>{author}</div>'
    main = f"""<div class="edn_article edn_clearFix"><h1 class="edn_articleTitle">{esc(art.title)}</h1>
{meta}{info}
<div class="edn_articleSummary"><p><strong>{esc(art.lead)}</strong></p></div>
<div class="edn_articleContent">{body}</div>
<div class="edn_articleTools"><a href="#" class="print">In bài viết</a> <a href="#" class="email">Gửi email</a></div></div>"""
    return _layout(f"{art.title} - {NAME}", main)


def _list(title: str, arts: list[Art]) -> str:
    items = "".join(
        f'<div class="edn_article"><h2 class="edn_articleTitle"><a href="{a.path}">{esc(a.title)}</a></h2>'
        f'<span class="edn_date">{vi_clock(a.published)}</span><div class="edn_articleSummary">{esc(a.lead)}</div></div>'
        for a in arts
    )
    return _layout(f"{title} - {NAME}", f'<h1 class="edn_categoryTitle">{esc(title)}</h1>{items}')


DOCS = [("12/2024/QĐ-UBND", "15/01/2024", "Quyết định công bố thủ tục hành chính lĩnh vực đầu tư"),
        ("05/2024/CT-UBND", "08/01/2024", "Chỉ thị về tăng cường công tác phổ biến, giáo dục pháp luật"),
        ("187/KH-STP", "20/12/2023", "Kế hoạch trợ giúp pháp lý năm 2024")]  # fmt: skip


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:6])
    for c, (t, n) in CATS.items():
        out[f"/Tin-tuc/CategoryID/{n}/{c}"] = _list(t, [a for a in ARTICLES if a.extra["cat"] == c])
    out["/Gioi-thieu"] = _layout(f"Giới thiệu - {NAME}", (
        '<h1 class="edn_articleTitle">Chức năng, nhiệm vụ</h1><div class="edn_articleContent"><p>Sở Tư pháp là cơ quan chuyên môn '
        "thuộc Ủy ban nhân dân tỉnh, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác xây dựng và thi hành pháp "
        "luật, theo dõi thi hành pháp luật, kiểm tra, xử lý văn bản quy phạm pháp luật.</p><p>Sở chịu sự chỉ đạo, quản lý về tổ "
        "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, "
        "nghiệp vụ của Bộ Tư pháp.</p></div>"))
    out["/Thu-tuc-hanh-chinh/Dang-ky-khai-sinh"] = _layout(f"Đăng ký khai sinh - {NAME}", (
        '<h1 class="edn_articleTitle">Thủ tục đăng ký khai sinh</h1><table class="tthc"><tr><td>Trình tự thực hiện</td><td>Người '
        "có yêu cầu nộp hồ sơ tại Bộ phận một cửa hoặc qua Cổng dịch vụ công.</td></tr><tr><td>Thời hạn giải quyết</td><td>Ngay "
        "trong ngày tiếp nhận hồ sơ.</td></tr><tr><td>Lệ phí</td><td>Miễn lệ phí.</td></tr></table>"))
    rows = "".join(f"<tr><td>{n}</td><td>{d}</td><td>{esc(t)}</td></tr>" for n, d, t in DOCS)
    out["/Van-ban"] = _layout(f"Văn bản - {NAME}", f'<h1 class="edn_categoryTitle">Văn bản</h1><table class="docs">'
                              f"<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{rows}</table>")
    out["/Tim-kiem?Search=ho+tich"] = _list("Kết quả tìm kiếm: hộ tịch", [ARTICLES[2], ARTICLES[6]])
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /Admin\n", sitemaps=None)
