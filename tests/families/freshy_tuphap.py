"""A provincial department of justice's portal whose article element carries a print-only
header hidden by the page's own stylesheet, an attachment block with sizes and download
counts, an embedded PDF viewer's fallback, the site's own "Nguồn:" and copyright lines, a
plain-text rating and keyword row, and the section's other articles without a heading
element (fresh-Y, round 21: chrome kinds the earlier chrome sets did not hold).

- Articles ``/tin-tuc/<slug>-<n>.html``: ``div.news-detail`` holds ``h1.news-title``, "Ngày
  đăng: dd/mm/yyyy hh:mm" and ``div.news-content``, whose children are, in order: a
  ``div.print-header`` ("SỞ TƯ PHÁP TỈNH BẮC HÀ", "Cổng thông tin điện tử", "Bản in bài
  viết"; hidden on screen by a ``<style>`` rule of the head, ``@media screen``), the sapo in
  bold, the paragraphs with pictures and italic captions, the signature, on two articles a
  "Nguồn: <paper>" line the writer added (kept: the record's ``source``), then on the
  articles with documents "Tệp đính kèm:" and a table of the files ("<name>.pdf", "(235 KB)",
  "Tải về", "Lượt tải: 14") and an ``<object>`` viewer of the first file whose fallback is
  "Trình duyệt của bạn không hỗ trợ xem tệp PDF. Vui lòng tải về để xem.", the template's
  "Nguồn: Cổng Thông tin điện tử Sở Tư pháp tỉnh Bắc Hà" and "© Bản quyền thuộc Sở Tư pháp
  ...", "Đánh giá: 4.5/5 (12 lượt)", "Từ khóa tìm kiếm: ..." as text without links, and the
  section's other articles as a plain ``div`` "Các tin khác cùng chuyên mục" followed by
  "» title" links without days (no heading element).
- Decoys kept: a writer's "Nguồn: Báo Bắc Hà" line; a sentence that speaks of downloading
  forms ("Người dân có thể tải về biểu mẫu ... trên Cổng Dịch vụ công").
- Truth: the sapo, the paragraphs, the captions, the signature, the writer's source line;
  the files are the record's attachments, no body line.
- Not articles: the home page, the news section, the documents page ``/van-ban.html`` (a
  table of documents with their sizes) and the department's introduction.
- ``/sitemap.xml`` names the articles; robots.txt points to it.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, doc_page, esc, hm, pdf_page, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-fy-tuphap"
NAME = "Sở Tư pháp tỉnh Bắc Hà"


def _art(key: str, slug: str, ident: int, iso: str, **kw: object) -> YArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/tin-tuc/{slug}-{ident}.html", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", extra=extra,
                **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tp-tro-giup-phap-ly", "tro-giup-phap-ly-luu-dong", 1462, "2024-03-06T09:15:00+07:00",
         signature="Trung tâm Trợ giúp pháp lý", author="Trung tâm Trợ giúp pháp lý",
         image=("/upload/2024/03/tgpl.jpg", "Trợ giúp viên pháp lý tư vấn cho người dân xã Lũng Phìn."),
         extra={"files": ("/upload/files/ke-hoach-45-kh-tgpl.pdf",), "sizes": ("235 KB",)}),
    _art("tp-pho-bien-phap-luat", "pho-bien-phap-luat-tieng-dan-toc", 1455, "2024-03-01T14:00:00+07:00",
         source_line="Nguồn: Báo Bắc Hà", source="Báo Bắc Hà"),
    _art("tp-ho-tich-truc-tuyen", "dang-ky-khai-sinh-truc-tuyen", 1459, "2024-03-04T08:05:00+07:00",
         signature="Phòng Hành chính tư pháp", author="Phòng Hành chính tư pháp",
         extra={"add": (2, "Người dân có thể tải về biểu mẫu tờ khai đăng ký khai sinh trên Cổng Dịch vụ công "
                           "của tỉnh hoặc nhận trực tiếp tại bộ phận một cửa cấp xã."),
                "files": ("/upload/files/huong-dan-lien-thong.pdf", "/upload/files/mau-to-khai.docx"),
                "sizes": ("1,2 MB", "48 KB")}),
    _art("tp-kiem-tra-cong-chung", "kiem-tra-cong-chung-chung-thuc", 1457, "2024-03-02T10:30:00+07:00",
         signature="Thanh tra Sở", author="Thanh tra Sở",
         extra={"files": ("/upload/files/qd-kiem-tra-cong-chung.pdf",), "sizes": ("512 KB",)}),
    _art("tp-hoa-giai-co-so", "tong-ket-hoa-giai-co-so", 1450, "2024-02-27T15:45:00+07:00",
         signature="Thu Hằng", author="Thu Hằng",
         image=("/upload/2024/02/hoa-giai.jpg", "Quang cảnh hội nghị tổng kết công tác hòa giải ở cơ sở."),
         more_images=(("/upload/2024/02/khen-thuong.jpg", "Lãnh đạo Sở trao giấy khen cho các tổ hòa giải tiêu biểu."),)),
    _art("fm-van-ban-ho-tro", "quy-dinh-ho-tro-san-xuat", 1448, "2024-02-26T16:20:00+07:00",
         source_line="Nguồn: Cổng TTĐT huyện Đông Lạc", source="Cổng TTĐT huyện Đông Lạc",
         extra={"files": ("/upload/files/qd-12-2024-ho-tro.pdf",), "sizes": ("2,4 MB",)}),
]  # fmt: skip
CHROME = [
    "SỞ TƯ PHÁP TỈNH", "Bản in bài viết", "Tệp đính kèm", "KB)", "MB)", "Lượt tải", "không hỗ trợ xem",
    "Nguồn: Cổng Thông tin điện tử", "Bản quyền", "Đánh giá:", "lượt)", "Từ khóa tìm kiếm", "Các tin khác",
    "Liên kết website", "Thống kê truy cập",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
_KEYWORDS = ("trợ giúp pháp lý", "phổ biến pháp luật", "hộ tịch", "công chứng", "hòa giải cơ sở", "văn bản")


def _layout(title: str, main: str) -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<link rel="stylesheet" href="/Content/site.css">
<style>@media screen {{ .print-header {{ display: none; }} }} @media print {{ .no-print {{ display: none; }} }}</style></head><body>
<div class="header no-print"><a href="/"><img src="/Content/images/banner-stp.png" alt="{esc(NAME)}"></a></div>
<div class="menu no-print"><a href="/">Trang chủ</a> <a href="/gioi-thieu.html">Giới thiệu</a> <a href="/tin-tuc.html">Tin tức - Sự kiện</a>
<a href="/van-ban.html">Văn bản</a></div>
<div class="page"><div class="main">{main}</div>
<div class="right no-print"><div class="block"><div class="block-title">Liên kết website</div><select><option>Bộ Tư pháp</option>
<option>Cổng thông tin tỉnh</option></select></div><div class="block"><div class="block-title">Thống kê truy cập</div>
<p>Hôm nay: 412</p><p>Tổng: 1.204.331</p></div></div></div>
<div class="footer">{esc(NAME)} - Địa chỉ: 5 Hoàng Hoa Thám, thành phố Bắc Hà - Điện thoại: 0214.3820.766</div>
</body></html>"""


def _files(art: YArt) -> str:
    files = art.extra.get("files")
    if not files:
        return ""
    rows = "".join(
        f'<tr><td><img src="/Content/images/{f.rsplit(".", 1)[1]}.gif" alt=""> <a href="{f}">{esc(f.rsplit("/", 1)[1])}</a></td>'
        f"<td>({size})</td><td><a href=\"{f}\" download>Tải về</a></td><td>Lượt tải: {5 + (art.extra['id'] + k) % 40}</td></tr>"
        for k, (f, size) in enumerate(zip(files, art.extra["sizes"], strict=True)))
    viewer = (f'<object data="{files[0]}" type="application/pdf" width="100%" height="600">'
              f'<p>Trình duyệt của bạn không hỗ trợ xem tệp PDF. Vui lòng <a href="{files[0]}">tải về</a> để xem.</p></object>')
    return f'<div class="attach"><p class="attach-title">Tệp đính kèm:</p><table class="files">{rows}</table></div>{viewer}'


def render_article(art: YArt) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    text = ('<div class="print-header"><p><strong>SỞ TƯ PHÁP TỈNH BẮC HÀ</strong></p><p>Cổng thông tin điện tử</p>'
            "<p>Bản in bài viết</p></div>")
    text += f"<p><strong>{esc(art.lead)}</strong></p>"
    for k, p in enumerate(art.paragraphs):
        text += f'<p style="text-align: justify;">{esc(p)}</p>'
        if k < len(images):
            src, cap = images[k]
            text += (f'<p style="text-align: center;"><img src="{src}" alt="" width="550"></p>'
                     f'<p style="text-align: center;"><em>{esc(cap)}</em></p>')
    if art.signature:
        text += f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
    if art.source_line:
        text += f'<p style="text-align: right;"><em>{esc(art.source_line)}</em></p>'
    text += _files(art)
    text += ('<div class="site-source">Nguồn: Cổng Thông tin điện tử Sở Tư pháp tỉnh Bắc Hà</div>'
             '<div class="copyright">© Bản quyền thuộc Sở Tư pháp tỉnh Bắc Hà. Ghi rõ nguồn khi phát hành lại thông tin.</div>')
    text += f'<div class="rating">Đánh giá: {3 + ident % 3}.5/5 ({ident % 20 + 3} lượt)</div>'
    text += f'<div class="keywords">Từ khóa tìm kiếm: {esc(_KEYWORDS[ident % 6])}, {esc(_KEYWORDS[(ident + 1) % 6])}</div>'
    others = "".join(f'<div class="other-item">» <a href="{a.path}">{esc(a.title)}</a></div>' for a in NEWS if a is not art)
    text += f'<div class="other-news"><div class="other-label">Các tin khác cùng chuyên mục</div>{others}</div>'
    main = f"""<div class="news-detail">
<h1 class="news-title">{esc(art.title)}</h1>
<div class="news-date">{esc(art.date_line)}</div>
<div class="news-content">{text}</div>
</div>"""
    return _layout(art.title, main)


def render_section() -> str:
    items = "".join(f'<div class="news-item"><a href="{a.path}"><img src="/thumb/{a.extra["id"]}.jpg" alt=""></a>'
                    f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">({dmy(a.published)})</span>'
                    f"<p>{esc(a.lead[:150])}...</p></div>" for a in NEWS)
    return _layout("Tin tức - Sự kiện", f'<div class="news-list"><h1 class="cat-title">Tin tức - Sự kiện</h1>{items}</div>')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in NEWS)
    return _layout(NAME, f'<div class="home"><h2>Tin mới</h2><ul>{items}</ul></div>')


def render_documents() -> str:
    docs = (("45/KH-STP", "Kế hoạch trợ giúp pháp lý lưu động năm 2024", "235 KB"),
            ("12/2024/QĐ-UBND", "Quy định hỗ trợ phát triển sản xuất nông nghiệp hàng hóa", "2,4 MB"),
            ("08/HD-STP", "Hướng dẫn liên thông đăng ký khai sinh", "1,2 MB"),
            ("31/QĐ-STP", "Quyết định kiểm tra hoạt động công chứng, chứng thực", "512 KB"))
    rows = "".join(f"<tr><td>{n}</td><td>{esc(t)}</td><td>({s})</td><td><a href=\"/van-ban/{k}.pdf\">Tải về</a></td></tr>"
                   for k, (n, t, s) in enumerate(docs))
    return _layout("Văn bản", '<div class="news-detail"><h1 class="news-title">Văn bản</h1><table class="docs">'
                              f"<tr><th>Số hiệu</th><th>Trích yếu</th><th>Dung lượng</th><th></th></tr>{rows}</table></div>")


def render_about() -> str:
    text = ("<p>Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Bắc Hà, tham mưu, giúp Ủy ban nhân dân tỉnh "
            "quản lý nhà nước về công tác xây dựng và thi hành pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, "
            "chứng thực, trợ giúp pháp lý, hòa giải ở cơ sở và các công tác tư pháp khác.</p>"
            "<p>Sở có Văn phòng, Thanh tra, ba phòng chuyên môn, Trung tâm Trợ giúp pháp lý nhà nước và Trung tâm Dịch "
            "vụ đấu giá tài sản.</p>")
    return _layout("Giới thiệu", f'<div class="news-detail"><h1 class="news-title">Giới thiệu chung</h1>'
                                  f'<div class="news-content">{text}</div></div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/tin-tuc.html"] = render_section()
    out["/van-ban.html"] = render_documents()
    out["/gioi-thieu.html"] = render_about()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    for art in ARTICLES:
        for f in art.extra.get("files", ()):
            pages[f] = doc_page("docx") if f.endswith(".docx") else pdf_page()
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
