"""A mountain district's news site run by its culture and information centre, URLs
``/<section>/<slug>-post<n>.html`` for every kind of item (fresh-D, round 16).

- News ``/thoi-su/<slug>-post<n>.html``: ``h1.detail__title``, "05/03/2024 | 08:30" in
  ``div.detail__time``, the author above the body in ``div.detail__author`` ("Lý Thị Mai") on
  some and as "Bài và ảnh: ..." closing the body on others, a sapo in ``h2.detail__sapo``, the
  paragraphs in ``div.detail__content``. Inside the body, after the second paragraph, a "Tin
  liên quan" box of three other articles (linked titles); at the body's end a QR code and its
  caption. After the body: "Đánh giá bài viết" (stars, "4,6/5 - 23 lượt"), and an "Ý kiến bạn
  đọc" form (labels "Họ và tên", "Email", "Nội dung ý kiến", "Mã xác nhận", "Gửi ý kiến").
- Articles that look like something else: a photo story ``/tin-anh/...`` ("Tin ảnh: ...", two
  sentences and four captioned photos, "Tin, ảnh: ..."), an interview ``/phong-van/...``
  written as "Phóng viên: ..." / "Ông ...: ..." turns.
- In the same template, not articles: citizens' questions and their answers
  ``/hoi-dap/<slug>-post<n>.html`` ("Câu hỏi:", who asked and when, "Trả lời:", the answering
  office and day), an author's page ``/tac-gia/<slug>.html`` (a photo, a biography, the
  author's articles with dates and sapos), the "Tin ảnh" page ``/tin-anh.html`` (a grid of
  thumbnails with captions and dates), a month's archive ``/luu-tru/2024/03.html``, the home page.
- No robots.txt; ``/sitemap.xml`` names the articles and the questions.
"""

from __future__ import annotations

from dataclasses import dataclass

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fd-tinanh"
NAME = "Trang thông tin điện tử huyện Mèo Vạc Thượng"
SECTIONS = {"thoi-su": "Thời sự", "tin-anh": "Tin ảnh", "phong-van": "Phỏng vấn", "hoi-dap": "Hỏi đáp"}


@dataclass(frozen=True)
class PhotoArt(Art):
    """A photo story: its sentences, then every photo's caption (all photos follow the text)."""

    def body(self) -> list[str]:
        return [self.lead, *self.paragraphs, *self.captions(), *([self.signature] if self.signature else [])]


def _art(key: str, sec: str, slug: str, ident: int, iso: str, cls: type[Art] = Art, **kw: object) -> Art:
    extra = {"id": ident, "sec": sec, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return cls(KEY[key], f"/{sec}/{slug}-post{ident}.html", iso, f"{dmy(iso)} | {hm(iso)}", extra=extra, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("ml-cho-phien", "thoi-su", "cho-phien-pa-hoc", 2231, "2024-03-09T07:30:00+07:00", byline="Lý Thị Mai",
         author="Lý Thị Mai", image=("/upload/2024/03/cho-phien-1.jpg", "Du khách chọn mua thổ cẩm tại chợ phiên.")),
    _art("tg-viet-da", "thoi-su", "giai-viet-da-truyen-thong", 2228, "2024-03-04T10:15:00+07:00",
         signature="Bài và ảnh: Sùng Mí Chá", author="Sùng Mí Chá"),
    _art("ml-chong-ret", "thoi-su", "chong-ret-cho-gia-suc", 2219, "2024-02-26T15:40:00+07:00", byline="Lý Thị Mai",
         author="Lý Thị Mai"),
    _art("sh-duong-lien-xa", "thoi-su", "khoi-cong-duong-lien-xa", 2235, "2024-03-12T09:00:00+07:00"),
    _art("fd-tin-anh-mua-hoa-tam-giac-mach", "tin-anh", "sac-hoa-tam-giac-mach", 2233, "2024-03-10T16:20:00+07:00", PhotoArt,
         signature="Tin, ảnh: Thào Mỷ", author="Thào Mỷ",
         image=("/upload/2024/03/tgm-1.jpg", "Hoa tam giác mạch nở rộ dọc tuyến đường vào trung tâm xã Khau Vai."),
         more_images=(("/upload/2024/03/tgm-2.jpg", "Du khách chụp ảnh lưu niệm bên vườn hoa."),
                      ("/upload/2024/03/tgm-3.jpg", "Các em nhỏ người Mông mặc trang phục truyền thống đón khách."),
                      ("/upload/2024/03/tgm-4.jpg", "Triền đồi hoa nhìn từ trên cao lúc chiều muộn."))),
    _art("fd-phong-van-chuyen-doi-so", "phong-van", "chuyen-doi-so-cap-xa", 2237, "2024-03-14T08:45:00+07:00",
         byline="Thu Trang", author="Thu Trang"),
]  # fmt: skip
CHROME = [
    "Tin liên quan", "Quét mã QR", "Đánh giá bài viết", "lượt đánh giá", "Ý kiến bạn đọc", "Họ và tên", "Mã xác nhận",
    "Gửi ý kiến", "Nội dung ý kiến", "Đọc nhiều", "Thời tiết Mèo Vạc Thượng",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
QUESTIONS = [
    (2224, "thu-tuc-cap-lai-giay-khai-sinh", "Thủ tục cấp lại giấy khai sinh khi bị mất bản chính?", "2024-03-01T09:30:00+07:00",
     "Bà Giàng Thị Dế, thôn Pả Vi Hạ, xã Pả Vi", "22/02/2024",
     "Tôi bị mất bản chính giấy khai sinh, nay cần làm lại để bổ sung hồ sơ cho con đi học. Xin hỏi tôi phải làm thủ tục ở "
     "đâu và cần những giấy tờ gì?",
     "Theo Nghị định số 123/2015/NĐ-CP, trường hợp bản chính giấy khai sinh bị mất mà việc khai sinh trước đây đã được "
     "đăng ký tại Việt Nam, sổ hộ tịch còn lưu thì bà được cấp bản sao giấy khai sinh từ sổ hộ tịch tại Ủy ban nhân dân xã "
     "nơi đã đăng ký khai sinh. Bà nộp tờ khai theo mẫu và xuất trình căn cước công dân; thời hạn giải quyết trong ngày.",
     "Phòng Tư pháp huyện", "28/02/2024"),
    (2229, "ho-tro-giong-ngo", "Hộ nghèo có được hỗ trợ giống ngô vụ xuân không?", "2024-03-06T14:00:00+07:00",
     "Ông Vàng Mí Lử, thôn Sán Sì Lủng, xã Khau Vai", "01/03/2024",
     "Gia đình tôi là hộ nghèo, vụ xuân năm nay muốn trồng thêm ngô lai trên nương. Xin hỏi gia đình có được nhà nước hỗ "
     "trợ giống không và đăng ký ở đâu?",
     "Theo kế hoạch sản xuất vụ xuân năm 2024 của huyện, hộ nghèo, hộ cận nghèo được hỗ trợ 100% giống ngô lai, tối đa "
     "một héc-ta mỗi hộ. Ông đăng ký với trưởng thôn trước ngày 15/3/2024 để Ủy ban nhân dân xã tổng hợp gửi Phòng Nông "
     "nghiệp và Phát triển nông thôn cấp giống.",
     "Phòng Nông nghiệp và Phát triển nông thôn", "05/03/2024"),
]  # fmt: skip
AUTHOR = ("ly-thi-mai", "Lý Thị Mai", "Phóng viên Trung tâm Văn hóa, Thông tin và Thể thao huyện từ năm 2015, theo dõi "
          "các lĩnh vực nông nghiệp, du lịch và đời sống đồng bào dân tộc thiểu số vùng cao. Giải B Giải báo chí tỉnh năm 2022.")
THUMBS = [("/upload/2024/03/tgm-1.jpg", "Hoa tam giác mạch nở rộ ở Khau Vai", "10/03/2024"),
          ("/upload/2024/03/cho-phien-1.jpg", "Phiên chợ vùng cao ngày cuối tuần", "09/03/2024"),
          ("/upload/2024/02/le-hoi-1.jpg", "Lễ hội Gầu Tào xã Pả Vi", "18/02/2024"),
          ("/upload/2024/02/ruong-1.jpg", "Ruộng bậc thang mùa nước đổ", "12/02/2024"),
          ("/upload/2024/01/tuyet-1.jpg", "Băng tuyết phủ trắng đỉnh Mã Pì Lèng", "24/01/2024"),
          ("/upload/2024/01/tet-1.jpg", "Không khí đón Tết ở bản Mông", "05/01/2024")]  # fmt: skip


def _layout(title: str, main: str) -> str:
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[2:5])
    nav = "".join(f'<a href="/{k}.html">{v}</a> ' for k, v in SECTIONS.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)}</title>
<meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/assets/css/app.css"></head><body>
<header class="header"><a href="/" class="header__logo">{esc(NAME)}</a><nav class="header__nav"><a href="/">Trang chủ</a> {nav}</nav></header>
<div class="layout"><div class="layout__main">{main}</div><aside class="layout__aside">
<div class="widget"><h3>Đọc nhiều</h3><ul>{most}</ul></div><div class="widget weather">Thời tiết Mèo Vạc Thượng: 14°C, sương mù</div>
</aside></div><footer class="footer">Trung tâm Văn hóa, Thông tin và Thể thao huyện Mèo Vạc Thượng. Giấy phép số 12/GP-TTĐT.</footer>
</body></html>"""


def _detail(ident: int, sec: str, title: str, time_line: str, sapo: str, body: str, *, author: str = "", tail: str = "") -> str:
    au = f'<div class="detail__author">{esc(author)}</div>' if author else ""
    sp = f'<h2 class="detail__sapo">{esc(sapo)}</h2>' if sapo else ""
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/{sec}.html">{SECTIONS.get(sec, "")}</a></div>
<article class="detail"><h1 class="detail__title">{esc(title)}</h1><div class="detail__time">{esc(time_line)}</div>{au}{sp}
<div class="detail__content">{body}</div>{tail}</article>"""
    return _layout(title, main)


def _qr(ident: int) -> str:
    return (f'<div class="qr"><img src="/qr/{ident}.png" alt="QR"><p><em>Quét mã QR để đọc bài viết trên điện thoại</em></p></div>')


def _tail(ident: int) -> str:
    votes = 10 + ident % 37
    return (f'<div class="rating">Đánh giá bài viết: <span class="stars">★★★★★</span> (4,6/5 - {votes} lượt đánh giá)</div>'
            '<div class="comment-form"><h3>Ý kiến bạn đọc</h3><form><label>Họ và tên</label><input name="name">'
            '<label>Email</label><input name="email"><label>Nội dung ý kiến</label><textarea name="body"></textarea>'
            '<label>Mã xác nhận</label><input name="captcha"><img src="/captcha.png" alt=""><button>Gửi ý kiến</button></form></div>')


def _related(art: Art) -> str:
    others = [a for a in NEWS if a is not art][:3]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in others)
    return f'<div class="box-related"><div class="box-related__title">Tin liên quan</div><ul>{items}</ul></div>'


def render_article(art: Art) -> str:
    ident = art.extra["id"]
    images = ([art.image] if art.image else []) + list(art.more_images)
    body = ""
    if isinstance(art, PhotoArt):
        body += "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
        body += "".join(f'<figure class="photo"><img src="{s}" alt=""><figcaption>{esc(c)}</figcaption></figure>' for s, c in images)
    else:
        for i, p in enumerate(art.paragraphs):
            body += f"<p>{esc(p)}</p>"
            if i < len(images):
                body += f'<figure class="photo"><img src="{images[i][0]}" alt=""><figcaption>{esc(images[i][1])}</figcaption></figure>'
            if i == 1 and len(art.paragraphs) > 2:
                body += _related(art)
    if art.signature:
        body += f"<p><strong>{esc(art.signature)}</strong></p>"
    body += _qr(ident)
    return _detail(ident, art.extra["sec"], art.title, art.date_line, art.lead, body, author=art.byline or "", tail=_tail(ident))


def render_question(q: tuple) -> str:  # type: ignore[type-arg]
    ident, slug, title, iso, who, asked, question, answer, office, answered = q
    body = (f"<p><strong>Câu hỏi:</strong> {esc(question)}</p><p><em>{esc(who)}, gửi ngày {asked}</em></p>"
            f"<p><strong>Trả lời:</strong> {esc(answer)}</p><p><em>{esc(office)} trả lời ngày {answered}</em></p>")
    return _detail(ident, "hoi-dap", title, f"{dmy(iso)} | {hm(iso)}", "", body, tail=_tail(ident))


def render_author() -> str:
    slug, name, bio = AUTHOR
    mine = [a for a in NEWS if a.byline == name]
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span>{a.date_line}</span>'
                    f"<p>{esc(a.lead)}</p></div>" for a in mine)
    main = (f'<div class="author-box"><img src="/upload/tac-gia/{slug}.jpg" alt=""><h1>{esc(name)}</h1><p>{esc(bio)}</p></div>'
            f'<h2>Bài viết của tác giả</h2>{items}')
    return _layout(f"Tác giả {name}", main)


def render_thumbs() -> str:
    photo = [a for a in ARTICLES if isinstance(a, PhotoArt)][0]
    cells = "".join(f'<div class="thumb"><a href="{photo.path if i == 0 else src}"><img src="{src}" alt=""></a>'
                    f'<p class="thumb__cap">{esc(cap)}</p><span>{day}</span></div>' for i, (src, cap, day) in enumerate(THUMBS))
    return _layout("Tin ảnh", f'<h1 class="cat-title">Tin ảnh</h1><div class="grid">{cells}</div>')


def render_section(sec: str) -> str:
    arts = [a for a in NEWS if a.extra["sec"] == sec]
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span>{a.date_line}</span>'
                    f"<p>{esc(a.lead[:120])}...</p></div>" for a in arts)
    if sec == "hoi-dap":
        items = "".join(f'<div class="item"><h3><a href="/hoi-dap/{q[1]}-post{q[0]}.html">{esc(q[2])}</a></h3><span>{dmy(q[3])}</span></div>'
                        for q in QUESTIONS)
    return _layout(SECTIONS[sec], f'<h1 class="cat-title">{SECTIONS[sec]}</h1>{items}')


def render_month() -> str:
    arts = [a for a in NEWS if a.published.startswith("2024-03")]
    items = "".join(f'<div class="item"><h3><a href="{a.path}">{esc(a.title)}</a></h3><span>{a.date_line}</span>'
                    f"<p>{esc(a.lead)}</p></div>" for a in arts)
    return _layout("Lưu trữ tháng 03/2024", f'<h1 class="cat-title">Lưu trữ tháng 03/2024</h1>{items}')


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{a.date_line}</span></li>' for a in NEWS)
    more = (f'<p><a href="/tac-gia/{AUTHOR[0]}.html">{esc(AUTHOR[1])}</a> <a href="/luu-tru/2024/03.html">Tháng 3/2024</a> '
            f'<a href="/hoi-dap/{QUESTIONS[0][1]}-post{QUESTIONS[0][0]}.html">{esc(QUESTIONS[0][2])}</a></p>')
    return _layout(NAME, f"<h2>Tin mới</h2><ul>{items}</ul>{more}")


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for q in QUESTIONS:
        out[f"/hoi-dap/{q[1]}-post{q[0]}.html"] = render_question(q)
    for sec in SECTIONS:
        out[f"/{sec}.html"] = render_thumbs() if sec == "tin-anh" else render_section(sec)
    out[f"/tac-gia/{AUTHOR[0]}.html"] = render_author()
    out["/luu-tru/2024/03.html"] = render_month()
    out["/"] = render_home()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    listed = [a.path for a in ARTICLES] + [f"/hoi-dap/{q[1]}-post{q[0]}.html" for q in QUESTIONS]
    return site_with_files(pages, robots=None, sitemaps={"/sitemap.xml": listed})
