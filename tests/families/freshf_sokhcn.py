"""A provincial department's portal on a vendor platform whose editors paste from Word
(fresh-F, round 17: byline conventions the other families lack).

Built in round 17 as a fresh family (``FRESH_F``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/Pages/tin-tuc/<id>/<slug>.aspx``: the title in ``div.ArticleTitle``, a meta row
  ``div.ArticleInfo`` "Ngày đăng: 05/03/2024 | Lượt xem: 1245" (on one article also
  "Người viết: Trần Quốc Bảo" between them, on another "Người đăng: admin", an account), the
  sapo in ``div.ArticleSummary``, the body in ``div.ArticleContent`` as Word pastes it
  (``<p class="MsoNormal">`` with ``<span lang="VI" style="font-size:14.0pt">``).
- Signatures as Word writes them: right-aligned by the ``align`` attribute, bold around a
  ``span``, then an empty ``<p class="MsoNormal">&nbsp;</p>``; right-aligned with NO bold or
  italics (a plain span); bold only by CSS (``<span style="font-weight:bold">``) with the unit
  after a dash; "ThS. ..." on one line and the unit in brackets on the next right-aligned
  line; the name after a ``<br>`` in the last paragraph, bold. One article is unsigned with
  "Nguồn: Cổng TTĐT tỉnh Hà Sơn" (no author).
- ``<meta name="author" content="Sở Khoa học và Công nghệ tỉnh Hà Sơn">`` on every page (the
  office, never an author); a "Lãnh đạo Sở" box naming the director and deputies.
- Non-articles: the home page, the news category and its page 2, the leaders' page, the
  functions page, a procedures listing, the contact page.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ff-sokhcn"
NAME = "Sở Khoa học và Công nghệ tỉnh Hà Sơn"
_SPAN = '<span lang="VI" style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">{}</span>'


UNIT = "(Trung tâm Ứng dụng tiến bộ khoa học và công nghệ)"


@dataclass(frozen=True)
class UnitArt(Art):
    """A signature whose unit is a right-aligned line of its own under the name (a body line)."""

    def body(self) -> list[str]:
        out = super().body()
        return [*out[: out.index(self.signature) + 1], UNIT, *out[out.index(self.signature) + 1 :]]


def _art(key: str, ident: int, slug: str, iso: str, views: int, **kw: object) -> Art:
    extra = {"id": ident, "views": views, **kw.pop("extra", {})}  # type: ignore[dict-item]
    cls = UnitArt if extra.get("sig") == "word_unit" else Art
    return cls(KEY[key], f"/Pages/tin-tuc/{ident}/{slug}.aspx", iso, f"Ngày đăng: {dmy(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ks-khoi-nghiep", 1187, "ho-tro-khoi-nghiep-doi-moi-sang-tao", "2024-03-05T00:00:00+07:00", 1245,
         signature="Nguyễn Thị Hồng", author="Nguyễn Thị Hồng", extra={"sig": "word_bold"}),
    _art("ks-nhan-hieu-buoi", 1184, "bao-ho-nhan-hieu-buoi-dac-san", "2024-03-04T00:00:00+07:00", 876,
         signature="Minh Châu", author="Minh Châu", extra={"sig": "right_plain"},
         image=("/Style Library/images/2024/buoi.jpg", "Vườn bưởi đặc sản của hợp tác xã Tân Lập.")),
    _art("ks-kiem-dinh-can", 1181, "kiem-dinh-can-tai-cac-cho", "2024-03-01T00:00:00+07:00", 532,
         signature="Hải Yến - Phòng Quản lý chuyên ngành", author="Hải Yến", extra={"sig": "css_bold"}),
    _art("ks-lan-nuoi-cay-mo", 1178, "nhan-giong-lan-bang-nuoi-cay-mo", "2024-02-29T00:00:00+07:00", 812,
         byline="Người viết: Trần Quốc Bảo", author="Trần Quốc Bảo"),
    _art("ks-buc-xa-y-te", 1175, "kiem-tra-an-toan-buc-xa-y-te", "2024-02-27T00:00:00+07:00", 401,
         byline="Người đăng: admin", source_line="Nguồn: Cổng TTĐT tỉnh Hà Sơn", source="Cổng TTĐT tỉnh Hà Sơn",
         extra={"sig": "word_plain"}),
    _art("ks-nang-suat", 1172, "nang-cao-nang-suat-chat-luong", "2024-02-26T00:00:00+07:00", 655,
         signature="ThS. Lê Hoàng Long", author="ThS. Lê Hoàng Long", extra={"sig": "word_unit"}),
    _art("bh-so-huu-tri-tue", 1169, "tap-huan-so-huu-tri-tue", "2024-02-23T00:00:00+07:00", 390,
         signature="Phương Thảo", author="Phương Thảo", extra={"sig": "br_bold"}),
]  # fmt: skip
CHROME = [
    "Lãnh đạo Sở", "Đỗ Văn Khải", "Vũ Thị Ngân", "Lượt xem", "Tin liên quan", "Thủ tục hành chính",
    "Bản quyền thuộc", "Lượt truy cập",
]  # fmt: skip
LEADERS = [("Giám đốc Sở", "Đỗ Văn Khải"), ("Phó Giám đốc", "Vũ Thị Ngân"), ("Phó Giám đốc", "Lương Đình Tuấn")]


def _p(html: str, style: str = "text-align:justify;text-indent:36.0pt") -> str:
    return f'<p class="MsoNormal" style="{style}">{_SPAN.format(html)}</p>'


def _layout(title: str, main: str) -> str:
    leaders = "".join(f"<li><b>{esc(n)}</b><br>{esc(r)}</li>" for r, n in LEADERS)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="author" content="{esc(NAME)}"><link rel="stylesheet" href="/_layouts/vnpt/portal.css"></head>
<body><form id="aspnetForm" method="post" action="#"><div id="s4-workspace">
<div class="header"><img src="/Style Library/images/banner.png" alt="{esc(NAME)}"></div>
<div class="topmenu"><a href="/">Trang chủ</a> <a href="/Pages/gioi-thieu.aspx">Giới thiệu</a> <a href="/Pages/tin-tuc.aspx">Tin tức</a>
<a href="/Pages/thu-tuc-hanh-chinh.aspx">Thủ tục hành chính</a> <a href="/Pages/lien-he.aspx">Liên hệ</a></div>
<div class="zone-left">{main}</div>
<div class="zone-right"><div class="webpart"><div class="wp-title">Lãnh đạo Sở</div><ul>{leaders}</ul></div>
<div class="webpart"><div class="wp-title">Lượt truy cập</div><p>Tổng: 845.120</p></div></div>
<div class="footer">Bản quyền thuộc {esc(NAME)}. Địa chỉ: số 12 đường Lê Lợi, thành phố Hà Sơn. Điện thoại: 0226 3822 456.</div>
</div></form></body></html>"""


def _signature(art: Art) -> str:
    kind, line = art.extra.get("sig"), esc(art.signature or "")
    right = "text-align:right"
    if kind == "word_bold":
        return (f'<p class="MsoNormal" align="right" style="{right}"><b>{_SPAN.format(line)}</b></p>'
                f'<p class="MsoNormal">{_SPAN.format("&nbsp;")}</p>')
    if kind == "right_plain":
        return f'<p style="{right}"><span style="font-size:14pt">{line}</span></p><p>&nbsp;</p>'
    if kind == "css_bold":
        return f'<p style="{right}"><span style="font-weight:bold">{line}</span></p>'
    if kind == "word_unit":
        return (f'<p class="MsoNormal" align="right" style="{right}"><b><i>{_SPAN.format(line)}</i></b></p>'
                f'<p class="MsoNormal" align="right" style="{right}"><i>{_SPAN.format(esc(UNIT))}</i></p>')
    return ""


def render_article(art: Art) -> str:
    paras = list(art.paragraphs)
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    for i, p in enumerate(paras):
        if i == len(paras) - 1 and art.extra.get("sig") == "br_bold":
            body += _p(f"{esc(p)}<br><b>{esc(art.signature or '')}</b>")
        else:
            body += _p(esc(p))
        if i < len(images):
            body += (f'<p class="MsoNormal" align="center" style="text-align:center"><img src="{images[i][0]}" width="500"></p>'
                     f'<p class="MsoNormal" align="center" style="text-align:center"><i>{_SPAN.format(esc(images[i][1]))}</i></p>')
    body += _signature(art)
    if art.source_line:
        body += _p(f"<i>{esc(art.source_line)}</i>", "text-align:right")
    info = [art.date_line] + ([art.byline] if art.byline else []) + [f"Lượt xem: {art.extra['views']}"]
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in ARTICLES if a is not art)
    main = f"""<div class="ArticleDetail"><div class="ArticleTitle">{esc(art.title)}</div>
<div class="ArticleInfo">{" | ".join(esc(x) for x in info)}</div>
<div class="ArticleSummary"><b>{esc(art.lead)}</b></div>
<div class="ArticleContent">{body}</div></div>
<div class="RelatedNews"><div class="wp-title">Tin liên quan</div><ul>{related}</ul></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[Art], pager: str = "") -> str:
    items = "".join(
        f'<div class="NewsItem"><img src="/Style Library/thumb/{a.extra["id"]}.jpg" alt=""><a href="{a.path}">{esc(a.title)}</a>'
        f'<span class="date">({dmy(a.published)})</span><p>{esc(a.lead)}</p></div>' for a in arts
    )
    return _layout(title, f'<div class="CategoryTitle">{esc(title)}</div>{items}{pager}')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:4])
    pager = '<div class="Paging"><a href="/Pages/tin-tuc.aspx">1</a> <a href="/Pages/tin-tuc.aspx?Page=2">2</a></div>'
    out["/Pages/tin-tuc.aspx"] = _list("Tin tức", ARTICLES[:4], pager)
    out["/Pages/tin-tuc.aspx?Page=2"] = _list("Tin tức", ARTICLES[4:], pager)
    rows = "".join(f"<tr><td><b>{esc(n)}</b></td><td>{esc(r)}</td><td>0226 38224{i}0</td></tr>" for i, (r, n) in enumerate(LEADERS))
    out["/Pages/lanh-dao-so.aspx"] = _layout("Lãnh đạo Sở", '<div class="CategoryTitle">Lãnh đạo Sở</div>'
                                             f'<table class="ms-rteTable-default">{rows}</table>')
    out["/Pages/gioi-thieu.aspx"] = _layout("Chức năng, nhiệm vụ", '<div class="CategoryTitle">Chức năng, nhiệm vụ</div>'
                                            + _p("Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham "
                                                 "mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học và công nghệ.")
                                            + _p("Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý "
                                                 "về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh."))
    procs = [("Thủ tục đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ", "Cấp tỉnh"),
             ("Thủ tục cấp giấy phép tiến hành công việc bức xạ", "Cấp tỉnh"),
             ("Thủ tục công bố sử dụng dấu định lượng", "Cấp tỉnh")]
    prows = "".join(f"<tr><td>{i + 1}</td><td>{esc(t)}</td><td>{c}</td></tr>" for i, (t, c) in enumerate(procs))
    out["/Pages/thu-tuc-hanh-chinh.aspx"] = _layout("Thủ tục hành chính", '<div class="CategoryTitle">Thủ tục hành chính</div>'
                                                    f"<table><tr><th>STT</th><th>Tên thủ tục</th><th>Cấp</th></tr>{prows}</table>")
    out["/Pages/lien-he.aspx"] = _layout("Liên hệ", '<div class="CategoryTitle">Liên hệ</div>'
                                         "<p>Văn phòng Sở: số 12 đường Lê Lợi, thành phố Hà Sơn.</p>"
                                         "<p>Điện thoại: 0226 3822 456. Email: skhcn@hason.gov.vn</p>")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /_layouts/\n", sitemaps=None)
