"""A ward's portal on a shared platform with query-string URLs, signed by the ward's own
officers (fresh-F, round 17: byline conventions the other families lack).

Built in round 17 as a fresh family (``FRESH_F``): its truth written by hand before any
extraction ran on it, scored once held out before any extraction change.

- Articles ``/chi-tiet-tin/?id=<n>&cat=<c>``: the title in ``h3.news-title``, "Đăng ngày:
  05/03/2024 08:30" in ``p.news-date``, the sapo in ``p.news-sapo`` (italic), the body in
  ``div.news-body``.
- Signatures of a ward: an author box after the body with a photo, the name in bold and
  the officer's post under it (``div.box-info``: "Lê Thu Trang" / "Công chức Văn hóa - Xã
  hội phường"); three initials alone ("H.T.L", right, italic); the name right-aligned in bold
  and the post on the next right-aligned line in italics ("Nguyễn Văn Toàn" / "Công chức
  Văn phòng - Thống kê phường"); "Tin/ảnh: Mai Phương" (a slash for the comma); "Ban Biên
  tập" in full (the board, as "BBT" is); a body written as one ``<div>`` of lines split by
  ``<br><br>`` whose last line is the name ("Quốc Việt"); an unsigned notice ending
  "Nguồn: UBND phường An Lạc" (no author).
- ``<meta name="author" content="UBND phường An Lạc">`` on every page; a "Cán bộ trực"
  box ("Trần Văn Mạnh - Phó Chủ tịch UBND phường") and the chairman's name in the footer.
- Non-articles: the home page, the news category, the ward's introduction, the officers'
  page (names, posts, phone numbers), the week's work schedule, a citizens' FAQ page.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-ff-phuong"
NAME = "Cổng thông tin điện tử phường An Lạc"


def _post(art: Art) -> list[str]:
    return [art.extra["post"]] if "post" in art.extra else []


@dataclass(frozen=True)
class PostArt(Art):
    """A signature whose writer's post is a right-aligned line of its own under the name."""

    def body(self) -> list[str]:
        return [*super().body(), *_post(self)]


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    extra = {"id": ident, **kw.pop("extra", {})}  # type: ignore[dict-item]
    cls = PostArt if "post" in extra else Art
    return cls(KEY[key], f"/chi-tiet-tin/?id={ident}&cat=5", iso, f"Đăng ngày: {dmy(iso)} {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("q13-via-he", 612, "2024-03-05T08:30:00+07:00", author="Lê Thu Trang",
         extra={"box": ("Lê Thu Trang", "Công chức Văn hóa - Xã hội phường")}),
    _art("q13-nao-vet-kenh", 609, "2024-03-04T15:00:00+07:00", signature="H.T.L", author="H.T.L", extra={"sig": "em"},
         image=("/upload/tintuc/2024/kenh.jpg", "Lực lượng dân quân nạo vét kênh thoát nước.")),
    _art("q13-kham-nguoi-cao-tuoi", 605, "2024-03-02T09:45:00+07:00", signature="Nguyễn Văn Toàn", author="Nguyễn Văn Toàn",
         extra={"sig": "post", "post": "Công chức Văn phòng - Thống kê phường"}),
    _art("q13-cho-khong-tien-mat", 601, "2024-02-29T16:20:00+07:00", signature="Tin/ảnh: Mai Phương", author="Mai Phương",
         extra={"sig": "strong"}),
    _art("q13-ngay-hoi-viec-lam", 598, "2024-02-27T10:10:00+07:00", signature="Ban Biên tập", author="Ban Biên tập",
         extra={"sig": "strong"}),
    _art("q13-doi-thoai-doanh-nghiep", 594, "2024-02-26T14:40:00+07:00", signature="Quốc Việt", author="Quốc Việt",
         extra={"br": True}),
    _art("dt-cap-can-cuoc", 590, "2024-02-23T08:00:00+07:00", source_line="Nguồn: UBND phường An Lạc",
         source="UBND phường An Lạc", extra={"sig": "em"}),
]  # fmt: skip
CHROME = [
    "Cán bộ trực", "Trần Văn Mạnh", "Đinh Công Lực", "Tin mới", "Liên kết web", "Đăng ngày", "Số lượt truy cập",
    "Bản quyền", "Quay lại",
]  # fmt: skip
OFFICERS = [
    ("Bí thư Đảng ủy phường", "Hà Minh Đức"),
    ("Chủ tịch UBND phường", "Đinh Công Lực"),
    ("Phó Chủ tịch UBND phường", "Trần Văn Mạnh"),
    ("Công chức Văn hóa - Xã hội", "Lê Thu Trang"),
]


def _layout(title: str, main: str) -> str:
    news = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES[:4])
    return f"""<html><head><meta charset="utf-8"><title>{esc(title)} - {esc(NAME)}</title>
<meta name="author" content="UBND phường An Lạc"><link rel="stylesheet" href="/templates/phuong/css/style.css"></head>
<body><div id="wrapper"><div id="banner"><img src="/templates/phuong/images/banner.jpg" alt="{esc(NAME)}"></div>
<div id="menu"><a href="/">Trang chủ</a> | <a href="/gioi-thieu/">Giới thiệu</a> | <a href="/danh-muc-tin/?cat=5">Tin tức</a> |
<a href="/can-bo/">Cán bộ phường</a> | <a href="/lich-lam-viec/">Lịch làm việc</a> | <a href="/hoi-dap/">Hỏi đáp</a></div>
<div id="left">{main}</div>
<div id="right"><div class="module"><div class="module-title">Cán bộ trực</div>
<p>Trần Văn Mạnh - Phó Chủ tịch UBND phường</p><p>Điện thoại: 0226 3861 099</p></div>
<div class="module"><div class="module-title">Tin mới</div><ul>{news}</ul></div>
<div class="module"><div class="module-title">Liên kết web</div><select><option>Cổng TTĐT tỉnh Hà Sơn</option></select></div>
<div class="module"><div class="module-title">Số lượt truy cập</div><p>215.406</p></div></div>
<div id="footer">Bản quyền © UBND phường An Lạc. Chịu trách nhiệm: Đinh Công Lực - Chủ tịch UBND phường.<br>
Địa chỉ: số 1 đường Nguyễn Trãi, phường An Lạc, thị xã Hà Sơn.</div></div></body></html>"""


def render_article(art: Art) -> str:
    images = ([art.image] if art.image else []) + list(art.more_images)
    if art.extra.get("br"):
        lines = [esc(p) for p in art.paragraphs] + [esc(art.signature or "")]
        body = f'<div style="text-align:justify">{"<br><br>".join(lines)}</div>'
    else:
        body = ""
        for i, p in enumerate(art.paragraphs):
            body += f'<p style="text-align:justify">{esc(p)}</p>'
            if i < len(images):
                body += f'<p style="text-align:center"><img src="{images[i][0]}" width="450"><br><em>{esc(images[i][1])}</em></p>'
        sig = art.extra.get("sig")
        for line in (art.signature, art.source_line):
            if not line:
                continue
            if sig == "em":
                body += f'<p style="text-align:right"><em>{esc(line)}</em></p>'
            else:
                body += f'<p style="text-align:right"><strong>{esc(line)}</strong></p>'
        for post in _post(art):
            body += f'<p style="text-align:right"><em>{esc(post)}</em></p>'
    box = ""
    if "box" in art.extra:
        name, post = art.extra["box"]
        box = (f'<div class="box-info"><img src="/upload/nhansu/{art.extra["id"]}.jpg" width="60" alt="">'
               f"<div><b>{esc(name)}</b><br><span>{esc(post)}</span></div></div>")
    main = f"""<div class="news-detail"><h3 class="news-title">{esc(art.title)}</h3>
<p class="news-date">{esc(art.date_line)}</p>
<p class="news-sapo"><em>{esc(art.lead)}</em></p>
<div class="news-body">{body}</div>{box}
<p class="back"><a href="javascript:history.back()">Quay lại</a></p></div>"""
    return _layout(art.title, main)


def _list(title: str, arts: list[Art]) -> str:
    items = "".join(f'<div class="item"><a href="{a.path}"><b>{esc(a.title)}</b></a> <i>({dmy(a.published)})</i>'
                    f"<p>{esc(a.lead)}</p></div>" for a in arts)
    return _layout(title, f'<div class="cat-title">{esc(title)}</div>{items}')


def _pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    out["/"] = _list("Tin tức - Sự kiện", ARTICLES[:5])
    out["/danh-muc-tin/?cat=5"] = _list("Tin tức", ARTICLES)
    out["/gioi-thieu/"] = _layout("Giới thiệu", '<div class="cat-title">Giới thiệu phường An Lạc</div><div class="news-body">'
                                  '<p style="text-align:justify">Phường An Lạc được thành lập năm 2008 trên cơ sở điều chỉnh địa '
                                  "giới hành chính xã An Lạc, có diện tích tự nhiên 4,2 km² với 12 tổ dân phố.</p>"
                                  '<p style="text-align:justify">Dân số của phường hơn 14 nghìn người; kinh tế chủ yếu là thương '
                                  "mại, dịch vụ và tiểu thủ công nghiệp.</p></div>")
    rows = "".join(f"<tr><td>{esc(r)}</td><td><b>{esc(n)}</b></td><td>0226 38610{i}9</td></tr>" for i, (r, n) in enumerate(OFFICERS))
    out["/can-bo/"] = _layout("Cán bộ phường", f'<div class="cat-title">Danh sách cán bộ, công chức phường</div><table border="1">{rows}</table>')
    sched = [("Thứ Hai 04/3", "Đ/c Chủ tịch UBND phường dự giao ban thị xã."),
             ("Thứ Ba 05/3", "Đ/c Phó Chủ tịch UBND phường tiếp công dân."),
             ("Thứ Tư 06/3", "Kiểm tra trật tự đô thị các tổ dân phố 3, 4.")]
    srows = "".join(f"<tr><td>{d}</td><td>{esc(w)}</td></tr>" for d, w in sched)
    out["/lich-lam-viec/"] = _layout("Lịch làm việc", f'<div class="cat-title">Lịch làm việc tuần 10/2024</div><table border="1">{srows}</table>')
    faq = [("Làm căn cước công dân cho con ở đâu?", "Công dân đến Công an phường hoặc đăng ký qua Cổng dịch vụ công quốc gia."),
           ("Thời gian tiếp công dân của phường?", "Sáng thứ Ba và thứ Năm hằng tuần tại trụ sở UBND phường.")]
    fitems = "".join(f"<div class='faq'><p><b>Hỏi:</b> {esc(q)}</p><p><b>Đáp:</b> {esc(a)}</p></div>" for q, a in faq)
    out["/hoi-dap/"] = _layout("Hỏi đáp", f'<div class="cat-title">Hỏi đáp</div>{fitems}')
    return out


NON_ARTICLES = sorted(set(_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _pages().items()}
    return site_with_files(pages, robots=None, sitemaps=None)
