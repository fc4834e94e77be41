"""A town's ward and commune news portal (an old PHP theme, the text typed in a web editor by
ward officers) whose signatures sit in markup the usual signature places do not hold: a
right-aligned heading, a bare text node after the last paragraph, two writers over a ``<br>``,
a name with the day in brackets, the unit in brackets on the line under the name, a "Xem thêm"
list inside the text under the signature, a ``<dl>`` of fields after the text, a name and post
in capitals in ``<font>`` (fresh-S, round 20: authors the generic path misses; added after the
first three were scored and fixed, its own first look before any change for it).

Built in round 20 as a fresh family (``FRESH_S``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change made for it.

- Articles ``/index.php?mod=news&act=detail&id=<id>``: ``div#noidung`` with the headline in
  ``div.tieude``, "Đăng lúc: 08:30 - 05/03/2024" in ``div.ngaydang``, the text in
  ``div.chitiet``, then "Các tin khác" with dates.
- Bylines: ``<h5 style="text-align:right">Minh Khoa</h5>``; "Thào Thị Mai" as text after the
  last ``</p>``; ``<b>Lò Văn Hải<br>Nguyễn Thị Vân</b>`` right-aligned; "Sầm Văn Tuấn
  (05/3/2024)"; "Vi Văn Thắng" over "(Đài Truyền thanh xã)" in two right-aligned ``<p>``;
  "Hoàng Thị Lan" over "Xem thêm:" and two linked titles inside ``div.chitiet``; ``<dl><dt>Tác
  giả</dt><dd>Đặng Minh Quân</dd>...``; ``<font face="Arial"><b>LƯƠNG VĂN TOÀN - CÔNG CHỨC VĂN
  HÓA XÃ</b></font>`` in a right-aligned ``<div>``; an unsigned article closing "(Nguồn: Phòng
  Văn hóa - Thông tin huyện)".
- Non-articles: the home page, a category, the ward's officers, the office hours notice board,
  the contact page.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshs_common import SArt
from tests.families.texts import KEY

SITE_ID = "fx-fs-xaphuong"
NAME = "Cổng thông tin điện tử phường Vân Lĩnh"


def _art(key: str, ident: int, iso: str, **kw: object) -> SArt:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return SArt(KEY[key], f"/index.php?mod=news&act=detail&id={ident}", iso, f"Đăng lúc: {hm(iso)} - {dmy(iso)}",
                extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("vl-le-hoi-hoa-dao", 918, "2024-03-05T08:30:00+07:00", signature="Minh Khoa", author="Minh Khoa",
         extra={"h5": True}, image=("/upload/news/hoa-dao.jpg", "Du khách chụp ảnh bên rừng hoa đào.")),
    _art("vl-gia-ca-phe", 915, "2024-03-04T14:20:00+07:00", signature="Thào Thị Mai", author="Thào Thị Mai",
         extra={"bare": True}),
    _art("vl-sat-lo-152", 912, "2024-03-02T09:10:00+07:00", signature="Lò Văn Hải", author="Lò Văn Hải, Nguyễn Thị Vân",
         extra={"br": True, "after": ("Nguyễn Thị Vân",)}),
    _art("nx-duong-giao-thong-nong-thon", 909, "2024-03-01T16:00:00+07:00", signature="Sầm Văn Tuấn (01/3/2024)",
         author="Sầm Văn Tuấn"),
    _art("nx-hoi-thi-van-nghe", 906, "2024-02-29T10:45:00+07:00", signature="Vi Văn Thắng", author="Vi Văn Thắng",
         extra={"after": ("(Đài Truyền thanh xã)",), "two": True}),
    _art("bs-tiem-phong-gia-cam", 903, "2024-02-28T08:15:00+07:00", signature="Hoàng Thị Lan", author="Hoàng Thị Lan",
         extra={"xemthem": True}),
    _art("fj-ban-giao-nha", 900, "2024-02-27T15:30:00+07:00", signature="Đặng Minh Quân", author="Đặng Minh Quân",
         extra={"nosig": True, "dl": True}),
    _art("tpd-nuoc-sach", 897, "2024-02-26T09:40:00+07:00", signature="LƯƠNG VĂN TOÀN - CÔNG CHỨC VĂN HÓA XÃ",
         author="LƯƠNG VĂN TOÀN", extra={"font": True}),
    _art("bs-khai-giang-lop-tin-hoc", 894, "2024-02-23T07:55:00+07:00",
         source_line="(Nguồn: Phòng Văn hóa - Thông tin huyện)", source="Phòng Văn hóa - Thông tin huyện"),
]  # fmt: skip
CHROME = [
    "Các tin khác", "Xem thêm:", "Lượt xem", "Thống kê truy cập", "Lịch tiếp công dân", "Bản quyền", "Thủ tục hành chính",
]  # fmt: skip


def _layout(title: str, main: str) -> str:
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(title)}</title>
<link rel="stylesheet" href="/templates/style.css"></head><body><div id="wrapper">
<div id="banner"><img src="/templates/images/banner.jpg" alt="{esc(NAME)}"></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/index.php?mod=news&act=cat&id=1">Tin tức</a> |
<a href="/index.php?mod=page&id=can-bo">Cán bộ phường</a> | <a href="/index.php?mod=page&id=lich-tiep">Lịch tiếp công dân</a> |
<a href="/index.php?mod=page&id=lien-he">Liên hệ</a></div>
<div id="left"><div class="box"><div class="box-title">Thủ tục hành chính</div><p><a href="https://dichvucong.gov.vn">Dịch vụ công trực tuyến</a></p></div>
<div class="box"><div class="box-title">Lịch tiếp công dân</div><p>Thứ Năm hằng tuần</p></div></div>
<div id="center">{main}</div>
<div id="right"><div class="box"><div class="box-title">Thống kê truy cập</div><p>Đang truy cập: 12</p><p>Tổng: 214.560</p></div></div>
<div id="footer">Bản quyền thuộc Ủy ban nhân dân phường Vân Lĩnh. Địa chỉ: số 1 đường Hoa Đào. Điện thoại: 0214 3868 112.</div>
</div></body></html>"""


def render_article(art: SArt) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = f"<p><strong>{esc(art.lead)}</strong></p>"
    for i, p in enumerate(art.paragraphs):
        body += f"<p>{esc(p)}</p>"
        if i < len(images):
            src, cap = images[i]
            body += f'<p style="text-align:center"><img src="{src}" alt=""><br><em>{esc(cap)}</em></p>'
    sig = esc(art.signature or "")
    after = art.after()
    if not art.signature or art.extra.get("nosig"):
        pass
    elif art.extra.get("h5"):
        body += f'<h5 style="text-align:right">{sig}</h5>'
    elif art.extra.get("bare"):
        body += f"\n{sig}\n"
    elif art.extra.get("br"):
        body += f'<p style="text-align:right"><b>{sig}<br>{esc(after[0])}</b></p>'
    elif art.extra.get("two"):
        body += f'<p style="text-align:right"><b>{sig}</b></p><p style="text-align:right"><i>{esc(after[0])}</i></p>'
    elif art.extra.get("font"):
        body += f'<div align="right"><font face="Arial" size="2"><b>{sig}</b></font></div>'
    else:
        body += f'<p style="text-align:right"><b>{sig}</b></p>'
    if art.source_line:
        body += f'<p style="text-align:right"><i>{esc(art.source_line)}</i></p>'
    if art.extra.get("xemthem"):
        links = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in ARTICLES[:2])
        body += f"<p><b>Xem thêm:</b></p><ul>{links}</ul>"
    dl = (f'<dl class="info"><dt>Tác giả</dt><dd>{sig}</dd><dt>Lượt xem</dt><dd>{art.extra["id"] + 327}</dd></dl>'
          if art.extra.get("dl") else "")
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>'
                     for a in ARTICLES if a is not art)
    main = f"""<div id="noidung"><div class="tieude">{esc(art.title)}</div>
<div class="ngaydang">{esc(art.date_line)}</div>
<div class="chitiet">{body}</div>{dl}
<div class="cactinkhac"><div class="box-title">Các tin khác</div><ul>{others}</ul></div></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[SArt]) -> str:
    items = "".join(f'<div class="tin"><img src="/upload/thumb/{a.extra["id"]}.jpg" width="100">'
                    f'<a class="tieude-tin" href="{a.path}">{esc(a.title)}</a> <span class="ngay">({dmy(a.published)})</span>'
                    f'<p>{esc(a.lead)}</p></div>' for a in arts)
    return _layout(title, f'<div class="box-title">{esc(title)}</div>{items}')


def _pages() -> dict[str, str]:
    out: dict[str, str] = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin mới", ARTICLES[:5])
    out["/index.php?mod=news&act=cat&id=1"] = _list("Tin tức", ARTICLES)
    out["/index.php?mod=page&id=can-bo"] = _layout("Cán bộ phường", """<div class="box-title">Cán bộ phường</div>
<p><b>Nguyễn Văn Hùng</b> - Bí thư Đảng ủy phường</p><p><b>Lò Văn Hải</b> - Chủ tịch UBND phường</p>
<p><b>Thào Thị Mai</b> - Công chức Văn hóa - Xã hội</p>""")
    out["/index.php?mod=page&id=lich-tiep"] = _layout("Lịch tiếp công dân", """<div class="box-title">Lịch tiếp công dân</div>
<p>Chủ tịch UBND phường tiếp công dân vào sáng thứ Năm hằng tuần tại Bộ phận Một cửa phường.</p>""")
    out["/index.php?mod=page&id=lien-he"] = _layout("Liên hệ", """<div class="box-title">Liên hệ</div>
<p>Ủy ban nhân dân phường Vân Lĩnh. Điện thoại: 0214 3868 112. Thư điện tử: ubndphuongvanlinh@ninhlam.gov.vn</p>""")
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
