"""A province's portal that mostly republishes the press: the source paper's day above its own
"Ngày đăng", today's date in the page header, the update before the publication on one line, a
decision's day in a headline, a dated related-news table right under the headline (fresh-O,
round 19: decoy dates).

Built in round 19 as a fresh family (``FRESH_O``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Every page's header strip shows the day it was served: "Thứ Ba, 19/03/2024" (after every
  article's day).
- Articles ``/tin-tuc/<slug>-<id>.html``, no ``<time>``, no ``article:`` meta, no JSON-LD.
  Between the headline and the text, one of: "Theo Báo Vân Lĩnh ngày 05/3/2024" over
  "Ngày đăng: 07/03/2024 09:15"; "Ngày cập nhật: 08/03/2024 16:00 | Ngày đăng: 05/03/2024
  08:30"; "Nguồn: Báo Nhân Dân (02/03/2024) - Đăng ngày: 04/03/2024 15:20" (the source's day
  first on the line); a table of three related posts with their days, then "Ngày đăng: ...";
  a headline "Công bố Quyết định số 345/QĐ-UBND ngày 26/02/2024 ..." over "Ngày đăng:
  06/03/2024 10:40".
- Leads open with the event's day ("Ngày 5/3, ...", "Sáng 27/2, ...").
- Not articles: the home page, the news category and its page 2, the decision's record page
  ("Ngày ban hành", "Ngày hiệu lực"), "Liên hệ".
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, paragraphs_html, site_with_files
from tests.families.fresho_common import OArt
from tests.families.texts import KEY

SITE_ID = "fx-fo-dangtai"
NAME = "Cổng thông tin điện tử tỉnh Vân Lĩnh"
TODAY = "Thứ Ba, 19/03/2024"

DECISION = (
    "Công bố Quyết định số 345/QĐ-UBND ngày 26/02/2024 công nhận xã Tân Lập đạt chuẩn nông thôn mới nâng cao",
    "Sáng 6/3, Ủy ban nhân dân huyện Yên Sơn tổ chức lễ công bố Quyết định của Ủy ban nhân dân tỉnh công "
    "nhận xã Tân Lập đạt chuẩn nông thôn mới nâng cao năm 2023.",
    [
        "Sau bốn năm đạt chuẩn nông thôn mới, xã Tân Lập đã huy động hơn 38 tỷ đồng để nâng cấp đường "
        "giao thông, trường học, nhà văn hóa thôn và hệ thống nước sạch tập trung.",
        "Thu nhập bình quân đầu người của xã năm 2023 đạt 58 triệu đồng, tỷ lệ hộ nghèo giảm còn 1,2%; "
        "toàn xã có ba sản phẩm được công nhận đạt chuẩn OCOP ba sao.",
        "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân huyện đề nghị xã tiếp tục giữ vững các tiêu chí "
        "đã đạt, phấn đấu trở thành xã nông thôn mới kiểu mẫu vào năm 2025.",
    ],
)


def _art(key: str | None, ident: int, slug: str, iso: str, form: str, **kw: object) -> OArt:
    extra = {"id": ident, "form": form, **kw.pop("extra", {})}  # type: ignore[dict-item]
    text = KEY[key] if key else 0
    label = "Đăng ngày" if form == "source_first" else "Ngày đăng"
    return OArt(text, f"/tin-tuc/{slug}-{ident}.html", iso, f"{label}: {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("vl-xuc-tien-dau-tu", 4107, "hoi-nghi-xuc-tien-dau-tu-khu-cong-nghiep-ban-khen", "2024-03-07T09:15:00+07:00",
         "theo", source="Báo Vân Lĩnh", extra={"paper": "Theo Báo Vân Lĩnh ngày 05/3/2024"}),
    _art("nbp-ky-hop-hdnd", 4103, "ky-hop-chuyen-de-hdnd-tinh", "2024-03-05T08:30:00+07:00", "updated_first",
         updated="2024-03-08T16:00:00+07:00", signature="Thanh Hà", author="Thanh Hà"),
    _art(None, 4105, "cong-bo-quyet-dinh-xa-tan-lap-dat-chuan-nong-thon-moi-nang-cao", "2024-03-06T10:40:00+07:00",
         "plain", signature="Minh Châu", author="Minh Châu", extra={"text": DECISION}),
    _art("nl-phien-viec-lam", 4112, "phien-giao-dich-viec-lam-thang-3", "2024-03-09T07:50:00+07:00", "related",
         image=("/uploads/2024/03/phien-viec-lam.jpg", "Người lao động tìm hiểu thông tin tuyển dụng tại phiên giao dịch ngày 8/3.")),
    _art("nbp-doanh-nghiep", 4101, "gap-mat-doanh-nghiep-dau-xuan", "2024-03-04T15:20:00+07:00", "source_first",
         source="Báo Nhân Dân", extra={"paper": "Báo Nhân Dân (02/03/2024)"}),
    _art("hg-chu-ky-so", 4118, "cap-chu-ky-so-ca-nhan-mien-phi", "2024-03-12T09:00:00+07:00", "theo_updated",
         updated="2024-03-13T00:00:00+07:00", source="Cổng Thông tin điện tử Chính phủ",
         extra={"paper": "Theo Cổng Thông tin điện tử Chính phủ ngày 10/3/2024"}),
    _art("nx-duong-giao-thong-nong-thon", 4121, "khoi-cong-ba-tuyen-duong-giao-thong-nong-thon", "2024-03-14T18:10:00+07:00",
         "plain", signature="Quang Huy", author="Quang Huy"),
]  # fmt: skip
CHROME = ["Tin liên quan", "Tin mới", "Thống kê truy cập", "Đang truy cập", "Bản quyền thuộc", "In trang",
          "Gửi bài viết", TODAY]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
OLDER = [("Hội nghị tổng kết công tác dân tộc năm 2023", "01/03/2024"),
         ("Tỉnh Vân Lĩnh ra quân Tháng Thanh niên năm 2024", "28/02/2024"),
         ("Triển khai kế hoạch phòng cháy, chữa cháy rừng mùa khô", "26/02/2024")]  # fmt: skip


def _layout(main: str, title: str) -> str:
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span></li>'
                     for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/static/css/portal.css"></head><body>
<div class="top-bar"><span class="today">{TODAY}</span> <a href="/lien-he.html">Liên hệ</a> <a href="/en/">English</a></div>
<div class="banner"><a href="/"><img src="/static/img/banner.png" alt="{esc(NAME)}"></a></div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/">Tin tức</a></li><li><a href="/van-ban/">Văn bản</a></li></ul>
<div class="container"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Tin mới</div><ul>{newest}</ul></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: 152</p><p>Tổng lượt truy cập: 12.480.331</p></div></div></div>
<div class="footer"><p>Bản quyền thuộc Ủy ban nhân dân tỉnh Vân Lĩnh</p><p>Địa chỉ: số 8 đường Trần Phú, thành phố Vân Lĩnh. Điện thoại: 0214 3822 111</p></div>
</body></html>"""


def _figure(src: str, cap: str) -> str:
    return f'<div class="anh"><img src="{src}" alt=""><p class="chu-thich">{esc(cap)}</p></div>'


def _meta(art: OArt) -> str:
    form, iso = art.extra["form"], art.published
    own = f"Ngày đăng: {dmy(iso)} {hm(iso)}"
    if form == "theo":
        return f'<p class="nguon-bai"><em>{esc(art.extra["paper"])}</em></p><div class="meta">{own}</div>'
    if form == "updated_first":
        up = art.updated or ""
        return f'<div class="meta">Ngày cập nhật: {dmy(up)} {hm(up)} | {own}</div>'
    if form == "source_first":
        return f'<div class="meta">Nguồn: {esc(art.extra["paper"])} - Đăng ngày: {dmy(iso)} {hm(iso)}</div>'
    if form == "theo_updated":
        up = art.updated or ""
        return (f'<p class="nguon-bai"><em>{esc(art.extra["paper"])}</em></p>'
                f'<div class="meta">Ngày cập nhật: {dmy(up)} | {own}</div>')
    if form == "related":
        rows = "".join(f'<tr><td><a href="/tin-tuc/tin-{i}.html">{esc(t)}</a></td><td class="ngay">{d}</td></tr>'
                       for i, (t, d) in enumerate(OLDER))
        return (f'<table class="tin-lien-quan-top"><tr><th colspan="2">Tin liên quan</th></tr>{rows}</table>'
                f'<div class="meta">{own}</div>')
    return f'<div class="meta">{own}</div>'


def render_article(art: OArt) -> str:
    body = "".join(paragraphs_html(art, lambda h: f"<p>{h}</p>", _figure))
    if art.signature:
        body += f'<p style="text-align:right"><strong>{esc(art.signature)}</strong></p>'
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in NEWS if a is not art)
    main = (f'<div class="chi-tiet"><h1 class="tieu-de">{esc(art.title)}</h1>{_meta(art)}'
            f'<div class="tool"><a href="#" onclick="window.print()">In trang</a> | <a href="#">Gửi bài viết</a></div>'
            f'<div class="noi-dung"><p class="sapo"><strong>{esc(art.lead)}</strong></p>{body}</div>'
            f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{others}</ul></div></div>')
    return _layout(main, art.title)


def _listing(arts: list[OArt], page: int) -> str:
    rows = "".join(f'<div class="tin"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="ngay">{dmy(a.published)}</span>'
                   f"<p>{esc(a.lead[:160])}...</p></div>" for a in arts)
    pager = ('<div class="trang"><b>1</b> <a href="/tin-tuc/?trang=2">2</a></div>' if page == 1
             else '<div class="trang"><a href="/tin-tuc/">1</a> <b>2</b></div>')
    return _layout(f'<h2 class="chuyen-muc">Tin tức</h2>{rows}{pager}', "Tin tức")


def render_home() -> str:
    rows = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>{dmy(a.published)}</i></li>' for a in NEWS)
    return _layout(f'<div class="home"><h2>Tin tức - Sự kiện</h2><ul>{rows}</ul>'
                   '<h2>Văn bản mới</h2><ul><li><a href="/van-ban/345-qd-ubnd.html">Quyết định số 345/QĐ-UBND</a></li></ul></div>', NAME)


def render_record() -> str:
    rows = (("Số ký hiệu", "345/QĐ-UBND"), ("Ngày ban hành", "26/02/2024"), ("Ngày hiệu lực", "26/02/2024"),
            ("Trích yếu", "Công nhận xã Tân Lập, huyện Yên Sơn đạt chuẩn nông thôn mới nâng cao năm 2023"),
            ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh"), ("Người ký", "Lê Văn Thành"))
    table = "".join(f"<tr><td>{k}</td><td>{esc(v)}</td></tr>" for k, v in rows)
    return _layout(f'<div class="van-ban"><h1>Quyết định số 345/QĐ-UBND</h1><table class="thuoc-tinh">{table}</table>'
                   '<p>Tải về: <a href="/uploads/vb/345-qd-ubnd.pdf">345-qd-ubnd.pdf</a></p></div>', "Quyết định số 345/QĐ-UBND")


def render_contact() -> str:
    return _layout('<div class="lien-he"><h1>Liên hệ</h1><p>Văn phòng Ủy ban nhân dân tỉnh Vân Lĩnh</p>'
                   "<p>Địa chỉ: số 8 đường Trần Phú, thành phố Vân Lĩnh</p><p>Điện thoại: 0214 3822 111 - Email: vp@vanlinh.gov.vn</p>"
                   '<form><label>Họ tên</label><input name="ten"><label>Nội dung</label><textarea name="nd"></textarea>'
                   "<button>Gửi</button></form></div>", "Liên hệ")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = render_home()
    out["/tin-tuc/"] = _listing(NEWS[:5], 1)
    out["/tin-tuc/?trang=2"] = _listing(NEWS[5:], 2)
    out["/van-ban/345-qd-ubnd.html"] = render_record()
    out["/lien-he.html"] = render_contact()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /quan-tri/\n")
