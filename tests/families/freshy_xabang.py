"""A commune's portal on a provincial platform's old table layout: the article is one cell of
a three-cell row whose side cells hold the tools written as text (no links: ``onclick`` on the
cells), and the article's own cell carries a translation widget, a ``<noscript>`` note, a
font-size/print/email row as plain text, a comment count and a comment form whose labels are
text (fresh-Y, round 21: chrome kinds the earlier chrome sets did not hold).

- Articles ``/Default.aspx?tabid=<t>&ItemID=<n>``: ``table.main`` > row > ``td.tools-left``
  ("In trang", "Gửi email", "Lưu tin", "Phóng to", "Thu nhỏ" as ``<div onclick>``),
  ``td.content`` and ``td.tools-right`` ("Chia sẻ:", "Bình luận (0)", "Lượt xem: N").
  ``td.content`` holds, in order: "Chọn ngôn ngữ: Tiếng Việt | English | 中文" in a
  ``div.translate``, ``span.title``, "Cập nhật: dd/mm/yyyy hh:mm" (the only date: ``date_basis``
  "updated"), a ``<noscript>`` "Trang
  web cần JavaScript để hiển thị đầy đủ. Vui lòng bật JavaScript trên trình duyệt.", the
  sapo in italics, the paragraphs (pictures in a centred table with a caption row), the
  writer's name bold and right-aligned; then, in the same cell, "Cỡ chữ: Nhỏ - Vừa - Lớn |
  In bài | Gửi email | Về đầu trang" as ``<span onclick>``s, "Bình luận (0)", "Gửi bình luận
  của bạn", a table of labels "Họ tên *", "Email *", "Nội dung *", "Mã xác nhận:", buttons
  "Gửi bình luận", "Nhập lại", and "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng."
- Decoys kept: real sentences that speak of comments ("... các ý kiến bình luận của người
  dân ...", "... góp ý, bình luận trực tiếp ...").
- Truth: the sapo, the paragraphs (decoys included), the captions, the signature.
- Not articles: the home page, the news category ``?tabid=52``, the contact page
  ``?tabid=60`` (a form) and the commune's introduction ``?tabid=40``.
- No sitemap; robots.txt says nothing of one: the crawl follows the links.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshy_common import YArt
from tests.families.texts import KEY

SITE_ID = "fx-fy-xabang"
NAME = "Cổng thông tin điện tử xã Nà Khương"


def _art(key: str, ident: int, iso: str, **kw: object) -> YArt:
    # the page shows only "Cập nhật: ...": the corpus's convention makes it the date, basis "updated"
    extra = {"id": ident, "date_basis": "updated", **kw.pop("extra", {})}  # type: ignore[dict-item]
    return YArt(KEY[key], f"/Default.aspx?tabid=52&ItemID={ident}", iso, f"Cập nhật: {dmy(iso)} {hm(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("sh-duong-lien-xa", 318, "2024-03-04T16:40:00+07:00", signature="Hoàng Văn Tuấn", author="Hoàng Văn Tuấn",
         image=("/Portals/0/2024/duong-lien-xa.jpg", "Tuyến đường liên xã Nà Khương - Tả Phìn sau khi hoàn thành.")),
    _art("sh-tiem-chung", 315, "2024-03-01T09:20:00+07:00", signature="Lục Thị Mai", author="Lục Thị Mai"),
    _art("sh-chuyen-doi-cay-trong", 321, "2024-03-07T14:05:00+07:00",
         extra={"add": (2, "Tại hội nghị, các ý kiến bình luận của người dân về giống cây và đầu ra sản phẩm đều được "
                           "cán bộ khuyến nông ghi nhận, trả lời cụ thể.")}),
    _art("sh-cai-cach-hanh-chinh", 312, "2024-02-28T10:00:00+07:00", signature="Hoàng Văn Tuấn", author="Hoàng Văn Tuấn",
         extra={"add": (1, "Người dân có thể góp ý, bình luận trực tiếp về chất lượng phục vụ qua thiết bị đánh giá "
                           "đặt tại quầy tiếp nhận hồ sơ.")}),
    _art("sh-le-hoi-xuong-dong", 309, "2024-02-17T08:30:00+07:00", signature="Lục Thị Mai", author="Lục Thị Mai",
         image=("/Portals/0/2024/xuong-dong.jpg", "Già làng làm lễ cầu mùa trước khi xuống đồng.")),
    _art("nx-duong-giao-thong-nong-thon", 324, "2024-03-14T11:25:00+07:00",
         image=("/Portals/0/2024/khoi-cong.jpg", "Các đại biểu thực hiện nghi thức khởi công.")),
]  # fmt: skip
CHROME = [
    "In trang", "Gửi email", "Lưu tin", "Phóng to", "Thu nhỏ", "Chia sẻ:", "Bình luận (", "Lượt xem",
    "Chọn ngôn ngữ", "English", "cần JavaScript", "Cỡ chữ", "Về đầu trang", "Gửi bình luận", "Họ tên",
    "Email *", "Nội dung *", "Mã xác nhận", "kiểm duyệt", "Tin mới đăng",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)


def _layout(title: str, cell: str, left: str = "", right: str = "") -> str:
    recent = "".join(f'<tr><td class="item">- <a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in NEWS[:4])
    return f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title><link href="/Portals/_default/Skins/xa/skin.css" rel="stylesheet"></head><body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" class="page">
<tr><td colspan="2"><img src="/Portals/0/banner-na-khuong.jpg" alt="{esc(NAME)}" width="1000"></td></tr>
<tr><td colspan="2" class="menu"><a href="/Default.aspx">Trang chủ</a> | <a href="/Default.aspx?tabid=40">Giới thiệu</a> |
<a href="/Default.aspx?tabid=52">Tin tức - Sự kiện</a> | <a href="/Default.aspx?tabid=60">Liên hệ</a></td></tr>
<tr><td width="760" valign="top">
<table class="main" width="100%" cellpadding="4"><tr>
<td class="tools-left" width="60" valign="top">{left}</td>
<td class="content" valign="top">{cell}</td>
<td class="tools-right" width="90" valign="top">{right}</td></tr></table></td>
<td width="240" valign="top" class="right-col"><table width="100%"><tr><td class="box-title">Tin mới đăng</td></tr>{recent}</table></td></tr>
<tr><td colspan="2" class="footer">Ủy ban nhân dân xã Nà Khương, huyện Sơn Hà. Điện thoại: 0219.3877.021</td></tr>
</table></body></html>"""


_LEFT = ('<div class="tool" onclick="window.print()">In trang</div><div class="tool" onclick="sendMail()">Gửi email</div>'
         '<div class="tool" onclick="saveNews()">Lưu tin</div><div class="tool" onclick="zoom(1)">Phóng to</div>'
         '<div class="tool" onclick="zoom(-1)">Thu nhỏ</div>')


def render_article(art: YArt) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    cell = ('<div class="translate">Chọn ngôn ngữ: <span onclick="tr(\'vi\')">Tiếng Việt</span> | '
            '<span onclick="tr(\'en\')">English</span> | <span onclick="tr(\'zh\')">中文</span></div>')
    cell += f'<span class="title">{esc(art.title)}</span><br><span class="date">{esc(art.date_line)}</span><br>'
    cell += "<noscript>Trang web cần JavaScript để hiển thị đầy đủ. Vui lòng bật JavaScript trên trình duyệt.</noscript>"
    cell += f'<p><em>{esc(art.lead)}</em></p>'
    for k, p in enumerate(art.paragraphs):
        cell += f'<p align="justify">{esc(p)}</p>'
        if k < len(images):
            src, cap = images[k]
            cell += (f'<table align="center" width="500"><tr><td><img src="{src}" width="500"></td></tr>'
                     f'<tr><td align="center"><i>{esc(cap)}</i></td></tr></table>')
    if art.signature:
        cell += f'<p align="right"><b>{esc(art.signature)}</b></p>'
    cell += ('<div class="text-tools">Cỡ chữ: <span onclick="fs(12)">Nhỏ</span> - <span onclick="fs(14)">Vừa</span> - '
             '<span onclick="fs(16)">Lớn</span> | <span onclick="window.print()">In bài</span> | '
             '<span onclick="sendMail()">Gửi email</span> | <span onclick="scrollTo(0,0)">Về đầu trang</span></div>')
    cell += ('<div class="comments"><div class="cm-count">Bình luận (0)</div><div class="cm-title">Gửi bình luận của bạn</div>'
             '<table class="cm-form"><tr><td>Họ tên *</td><td><input name="name"></td></tr>'
             '<tr><td>Email *</td><td><input name="email"></td></tr>'
             '<tr><td>Nội dung *</td><td><textarea name="content"></textarea></td></tr>'
             f'<tr><td>Mã xác nhận:</td><td><input name="captcha"> <img src="/captcha.ashx?id={ident}"></td></tr>'
             '<tr><td></td><td><input type="button" value="Gửi bình luận"> <input type="reset" value="Nhập lại"></td></tr></table>'
             '<div class="cm-note">Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.</div></div>')
    right = ('<div class="share">Chia sẻ:</div><div class="share-fb" onclick="shareFb()">Facebook</div>'
             f'<div class="share-zalo" onclick="shareZalo()">Zalo</div><div class="cm">Bình luận (0)</div>'
             f'<div class="views">Lượt xem: {120 + ident * 7}</div>')
    return _layout(art.title, cell, _LEFT, right)


def render_category() -> str:
    rows = "".join(f'<tr><td><a href="{a.path}"><b>{esc(a.title)}</b></a> ({dmy(a.published)})<br>{esc(a.lead[:140])}...</td></tr>'
                   for a in NEWS)
    return _layout("Tin tức - Sự kiện", f'<span class="title">Tin tức - Sự kiện</span><table class="list">{rows}</table>')


def render_home() -> str:
    rows = "".join(f'<tr><td>- <a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</td></tr>' for a in NEWS)
    return _layout(NAME, f'<span class="title">Tin tức - Sự kiện</span><table>{rows}</table>')


def render_contact() -> str:
    cell = ('<span class="title">Liên hệ</span><p>Ủy ban nhân dân xã Nà Khương, huyện Sơn Hà</p><p>Điện thoại: 0219.3877.021</p>'
            '<table class="cm-form"><tr><td>Họ tên *</td><td><input name="name"></td></tr><tr><td>Email *</td>'
            '<td><input name="email"></td></tr><tr><td>Nội dung *</td><td><textarea name="content"></textarea></td></tr>'
            '<tr><td></td><td><input type="button" value="Gửi liên hệ"></td></tr></table>')
    return _layout("Liên hệ", cell)


def render_about() -> str:
    cell = ('<span class="title">Giới thiệu xã Nà Khương</span>'
            "<p>Xã Nà Khương nằm ở phía bắc huyện Sơn Hà, có diện tích tự nhiên 3.412 ha, gồm 11 thôn với hơn 1.200 hộ, "
            "chủ yếu là đồng bào Tày, Nùng và Dao.</p><p>Kinh tế của xã chủ yếu là nông nghiệp, trồng lúa, ngô, cây ăn "
            "quả và chăn nuôi gia súc; những năm gần đây, du lịch cộng đồng bắt đầu phát triển ở thôn Bản Mạ.</p>")
    return _layout("Giới thiệu", cell, _LEFT)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/Default.aspx?tabid=52"] = render_category()
    out["/Default.aspx?tabid=60"] = render_contact()
    out["/Default.aspx?tabid=40"] = render_about()
    out["/Default.aspx"] = render_home()
    out["/"] = out["/Default.aspx"]
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /admin/\n")
