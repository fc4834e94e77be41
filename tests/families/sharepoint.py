"""A SharePoint "Cổng TTĐT" provincial portal: ASPX pages, ItemID article URLs, a right column
with visitor counters and "Liên kết website", a footer with address/phone/fax/email, and a
redesign: captures before 2022-07-01 used the old template (``render_article(..., old=True)``)."""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, doc_page, esc, paragraphs_html, pdf_page, site_with_discovery

SITE_ID = "fx-sharepoint"
NAME = "Cổng Thông tin điện tử tỉnh Hòa Sơn"
DETAIL = "/Pages/tin-tuc/chi-tiet.aspx?ItemID="

ARTICLES = [
    Art(0, DETAIL + "101", "2023-01-05T08:15:00+07:00", "Ngày đăng: 05/01/2023 | 08:15",
        author="Minh Châu", signature="Minh Châu – Sở Thông tin và Truyền thông.",
        image=("/PublishingImages/2023/hoi-nghi.jpg", "Quang cảnh hội nghị triển khai nhiệm vụ."),
        updated="2023-02-03T14:20:00+07:00"),
    Art(1, DETAIL + "102", "2023-01-06T16:40:00+07:00", "Ngày đăng: 06/01/2023 | 16:40",
        author="P.V", signature="P.V", source_line="Nguồn: Báo Hòa Sơn", source="Báo Hòa Sơn"),
    Art(2, DETAIL + "103", "2023-01-09T07:05:00+07:00", "Ngày đăng: 09/01/2023 | 07:05",
        author="Lan Anh", signature="Lan Anh – Huyện đoàn Mường Khương."),
    Art(3, DETAIL + "104", "2023-01-10T10:00:00+07:00", "Ngày đăng: 10/01/2023 | 10:00",
        author="BBT", signature="BBT",
        attachment=("/Documents/ke-hoach-tuyen-sinh-2023.pdf", "Kế hoạch tuyển sinh lớp 10 (PDF)")),
    Art(4, DETAIL + "105", "2023-01-12T09:30:00+07:00", "Ngày đăng: 12/01/2023 | 09:30",
        author="Thu Hà", signature="Thu Hà (TTXVN)", image=("/PublishingImages/2023/che.jpg",
        "Bà con thu hoạch chè xuân trên đồi.")),
    Art(5, DETAIL + "106", "2023-01-13T15:45:00+07:00", "Ngày đăng: 13/01/2023 | 15:45",
        author=None, source_line="Theo Chi cục Kiểm lâm", source="Chi cục Kiểm lâm"),
]  # fmt: skip
UPDATED_LINE = {101: "Cập nhật lúc 14:20 ngày 3/2/2023"}
CHROME = [
    "Đang online", "Thống kê truy cập", "Hôm nay:", "Tất cả:", "Liên kết website",
    "Địa chỉ: Số 2 đường Hoàng Liên", "0214.3820.111", "Fax: 0214.3820.222",
    "congttdt@hoason.gov.vn", "Đăng nhập", "In bài viết", "Gửi email", "Tin liên quan",
    "Cơ quan chủ quản", "Tin mới",
]  # fmt: skip
NON_ARTICLES = [
    "/", "/Pages/tin-tuc.aspx", "/Pages/tin-tuc.aspx?Page=2", DETAIL + "999",
    "/Pages/tin-tuc/in-bai.aspx?ItemID=101", "/Pages/lien-he.aspx",
]  # fmt: skip


def _layout(title: str, main: str, extra_head: str = "") -> str:
    latest = "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.published[8:10]}/'
        f'{a.published[5:7]}/{a.published[:4]})</span></li>'
        for a in ARTICLES[::-1][:4]
    )
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>{extra_head}
<link rel="stylesheet" href="/_layouts/15/style.css"></head>
<body><form id="aspnetForm" action="#"><input type="hidden" name="__VIEWSTATE" value="x"></form>
<div id="s4-workspace"><div class="header"><a href="/" class="logo">{esc(NAME)}</a>
<div class="login"><a href="/dang-nhap.aspx">Đăng nhập</a></div></div>
<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Pages/tin-tuc.aspx">Tin tức - Sự kiện</a></li>
<li><a href="/Pages/lien-he.aspx">Liên hệ</a></li></ul></div>
<div class="row"><div class="col-main" id="ctl00_PlaceHolderMain">{main}</div>
<div class="col-right"><div class="box"><h3>Tin mới</h3><ul>{latest}</ul></div>
<div class="box thongke"><h3>Thống kê truy cập</h3><div>Đang online: 37</div>
<div>Hôm nay: 1.254</div><div>Tất cả: 2.345.678</div></div>
<div class="box lienket"><h3>Liên kết website</h3><div>Cổng TTĐT Chính phủ</div>
<div>Bộ Thông tin và Truyền thông</div></div></div></div>
<div class="footer"><p>Cơ quan chủ quản: Văn phòng Ủy ban nhân dân tỉnh Hòa Sơn</p>
<p>Địa chỉ: Số 2 đường Hoàng Liên, thành phố Hòa Sơn</p>
<p>Điện thoại: 0214.3820.111 - Fax: 0214.3820.222</p><p>Email: congttdt@hoason.gov.vn</p>
<p>© Bản quyền thuộc Ủy ban nhân dân tỉnh Hòa Sơn</p></div></div></body></html>"""


def _p(html: str) -> str:
    return f'<p style="text-align: justify;">{html}</p>'


def _image(src: str, caption: str) -> str:
    return (
        f'<p style="text-align:center"><img src="{src}" alt="" width="600" height="400"></p>'
        f'<p style="text-align:center"><em>{esc(caption)}</em></p>'
    )


def _related(art: Art) -> str:
    others = [a for a in ARTICLES if a is not art][:3]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in others)
    return f'<div class="tinlienquan"><h4>Tin liên quan</h4><ul>{items}</ul></div>'


def render_article(art: Art, old: bool = False) -> str:
    blocks = paragraphs_html(art, _p, _image)
    for line in (art.signature, art.source_line):
        if line:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')
    item = art.path.rsplit("=", 1)[1]
    updated = UPDATED_LINE.get(int(item))
    if old:  # the template before the 2022 redesign: a table, body in td.noidung
        main = (
            f'<table class="chitiet"><tr><td class="tieude">{esc(art.title)}</td></tr>'
            f'<tr><td class="ngay">{esc(art.date_line)}</td></tr>'
            f'<tr><td class="noidung"><p><b>{esc(art.lead)}</b></p>{"".join(blocks)}</td></tr>'
            f'<tr><td class="congcu">In bài viết | Gửi email</td></tr></table>'
        )
    else:
        date = f'<div class="ngaydang">{esc(art.date_line)}</div>'
        if updated:
            date += f'<div class="capnhat">{esc(updated)}</div>'
        main = (
            f'<div class="article"><h1 class="title">{esc(art.title)}</h1>{date}'
            f'<div class="sapo">{esc(art.lead)}</div>'
            f'<div class="ms-rtestate-field">{"".join(blocks)}</div>'
            f'<div class="congcu"><a href="/Pages/tin-tuc/in-bai.aspx?ItemID={item}">In bài viết</a>'
            f' | <a href="#">Gửi email</a></div>{_related(art)}</div>'
        )
    return _layout(art.title, main)


def _listing_main(page: int) -> str:
    chunk = ARTICLES[(page - 1) * 4 : page * 4]
    items = "".join(
        f'<div class="item"><a href="{a.path}">{esc(a.title)}</a><p>{esc(a.lead[:90])}...</p></div>'
        for a in chunk
    )
    pager = '<div class="pager"><a href="/Pages/tin-tuc.aspx">1</a> <a href="/Pages/tin-tuc.aspx?Page=2">2</a></div>'
    extra = f'<div class="item"><a href="{DETAIL}999">Bài viết đã gỡ</a></div>' if page == 2 else ""
    return f"<h2>Tin tức - Sự kiện</h2>{items}{extra}{pager}"


def build_site() -> Site:
    pages: dict[str, Page] = {}
    for art in ARTICLES:
        pages[art.path] = Page.html(render_article(art))
    # a print view (canonical names the article) and a shared link with tracking parameters
    first = ARTICLES[0]
    printed = render_article(first).replace(
        "<head>", f'<head><link rel="canonical" href="{first.path}">', 1
    )
    pages["/Pages/tin-tuc/in-bai.aspx?ItemID=101"] = Page.html(printed)
    shared = f'<a href="{ARTICLES[1].path}&amp;utm_source=zalo&amp;utm_medium=share">Chia sẻ</a>'
    pages["/"] = Page.html(_layout(NAME, _listing_main(1) + shared))
    pages["/Pages/tin-tuc.aspx"] = Page.html(_layout("Tin tức - Sự kiện", _listing_main(1)))
    pages["/Pages/tin-tuc.aspx?Page=2"] = Page.html(_layout("Tin tức - Sự kiện", _listing_main(2)))
    pages[DETAIL + "999"] = Page.html(
        _layout("Thông báo", "<h2>Không tìm thấy nội dung yêu cầu</h2><p>Bài viết không tồn tại.</p>")
    )
    pages["/Pages/lien-he.aspx"] = Page.html(
        _layout("Liên hệ", "<h2>Liên hệ</h2><p>Mọi ý kiến xin gửi về Ban biên tập.</p>")
    )
    pages["/Documents/ke-hoach-tuyen-sinh-2023.pdf"] = pdf_page()
    pages["/Documents/bieu-mau.doc"] = doc_page("doc")
    return site_with_discovery(pages, [a.path for a in ARTICLES])
