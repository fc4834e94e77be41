"""A provincial newspaper's multimedia sections: E-magazine long-forms, an infographic, a video
article, a photo story and an ordinary news article (fresh-L, round 18).

- E-magazine ``/emagazine/<slug>-<id>.html``, a full-width template with no sidebar: the
  headline in a cover header (``header.emag-cover``: the cover picture, an "E-Magazine"
  label, the ``<h1>``, the date "08/03/2024 | 07:00"), then ``div.emag-body``: the sapo in
  bold, ``<h2>``/``<h3>`` section headings, full-width ``<figure>`` pictures with
  ``<figcaption>``, pull quotes (``blockquote.emag-quote``, each a quotation of its own), and
  the credits at the end: "Thực hiện: A | Ảnh: B | Trình bày: C" on one line, or one role a
  line ("Thực hiện: A", "Ảnh: B", "Đồ họa: C"). "Thực hiện" names the author. After the body a
  share row ("Chia sẻ bài viết", "Facebook", "Zalo") and "Các bài E-Magazine khác".
- Ordinary template ``/<section>/<slug>-<id>.html`` (thoi-su, infographic, video,
  phong-su-anh): ``h1.article__title``, "Thứ Sáu, 08/03/2024 - 07:00 | Lượt xem: 1.245" in
  ``div.article__meta``, a byline in ``div.article__author`` on some, the sapo in
  ``div.article__sapo``, the text in ``div.article__body``, "Từ khóa:" tags, "Tin cùng
  chuyên mục". The infographic: a two-sentence sapo, one tall picture and its caption, the
  credit "Nội dung: A - Đồ họa: B" (A the author). The video: an embedded player (an
  ``<iframe>`` with a "Trình duyệt của bạn không hỗ trợ xem video" fallback), the sapo, then
  the report's summary in paragraphs, signed. The photo story ("Phóng sự ảnh"): two
  sentences, eight pictures each with its caption, "Ảnh: Quốc Toản" in the byline element
  above the body (the page's author, docs' photo-story ruling).
- Not articles: the home page, the section pages ``/emagazine.html``, ``/video.html``,
  ``/phong-su-anh.html``, ``/infographic.html``, ``/thoi-su.html``, the static
  ``/gioi-thieu.html`` (the paper's masthead: undated).
- ``/robots.txt`` names ``/sitemap.xml``, which names the articles.
"""

from __future__ import annotations

from datetime import date

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshl_common import BlockArt, block_art

SITE_ID = "fx-fl-emag"
NAME = "Báo Lâm Giang điện tử"
SECTIONS = {"thoi-su": "Thời sự", "emagazine": "E-Magazine", "infographic": "Infographic", "video": "Video",
            "phong-su-anh": "Phóng sự ảnh"}  # fmt: skip
_DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def _line(iso: str, kind: str) -> str:
    if kind == "emag":
        return f"{dmy(iso)} | {hm(iso)}"
    return f"{_DAYS[date.fromisoformat(iso[:10]).weekday()]}, {dmy(iso)} - {hm(iso)}"


def _a(sec: str, slug: str, ident: int, iso: str, title: str, lead: str, blocks: list, **kw: object) -> BlockArt:  # type: ignore[type-arg]
    kind = "emag" if sec == "emagazine" else "article"
    extra = {"id": ident, "sec": sec, **kw.pop("extra", {})}  # type: ignore[dict-item]
    return block_art(f"/{sec}/{slug}-{ident}.html", iso, _line(iso, kind), title, lead, blocks, extra=extra, **kw)  # type: ignore[arg-type]


U = "/uploads/2024/03"
EMAG_RUONG = _a(
    "emagazine", "mua-nuoc-do-tren-ruong-bac-thang-ta-xua", 50412, "2024-03-08T07:00:00+07:00",
    "Mùa nước đổ trên ruộng bậc thang Tà Xùa",
    "Cuối tháng Hai, khi những cơn mưa đầu mùa vừa dứt, người Mông ở Tà Xùa lại dẫn nước từ khe núi về, đánh thức hàng "
    "trăm thửa ruộng bậc thang đã ngủ yên suốt mùa đông. Đó cũng là lúc du khách bắt đầu tìm về bản.",
    [
        ("h2", "Dẫn nước từ đỉnh núi"),
        ("p", "Từ năm giờ sáng, anh Mùa A Dế đã vác cuốc lên con mương đất dài gần hai cây số. Mương do ông nội anh đào từ hơn "
              "sáu mươi năm trước, mỗi mùa lại phải khơi thông một lần trước khi nước về đến thửa ruộng cao nhất."),
        ("p", "Cả bản có bốn mươi hai hộ cùng dùng chung con mương ấy. Mỗi nhà cử một người góp công, ai đến muộn phải góp thêm "
              "một buổi, luật lệ ấy được cả bản giữ gìn qua nhiều thế hệ mà không cần viết ra giấy."),
        ("img", f"{U}/ta-xua-muong.jpg", "Người dân bản Tà Xùa khơi thông mương dẫn nước vào đầu mùa cấy."),
        ("quote", "“Nước về thì ruộng sống, ruộng sống thì người ở lại với bản. Mình giữ mương cũng là giữ bản.” – Anh Mùa A Dế, bản Tà Xùa"),
        ("h2", "Khi ruộng thành điểm đến"),
        ("p", "Ba năm trở lại đây, những thửa ruộng lấp lánh nước trở thành điểm hẹn của người chụp ảnh. Xã đã làm đường bê "
              "tông đến tận chân đồi, mở thêm hai điểm ngắm cảnh và hướng dẫn mười hai hộ làm dịch vụ lưu trú tại nhà."),
        ("h3", "Homestay đầu tiên của bản"),
        ("p", "Gia đình chị Thào Thị Mai là hộ đầu tiên đón khách nghỉ lại. Năm ngoái, ngôi nhà trình tường của chị đón hơn "
              "tám trăm lượt khách, thu nhập từ dịch vụ cao gấp ba lần trồng lúa, nhưng chị vẫn cấy đủ bốn thửa ruộng của nhà."),
        ("img", f"{U}/ta-xua-homestay.jpg", "Khách du lịch trải nghiệm cấy lúa cùng gia đình chị Thào Thị Mai."),
        ("p", "Theo Ủy ban nhân dân xã Tà Xùa, năm 2023 toàn xã đón gần mười lăm nghìn lượt khách, doanh thu từ du lịch đạt "
              "khoảng mười hai tỷ đồng. Xã đang xây dựng quy chế để cộng đồng cùng giữ cảnh quan ruộng bậc thang."),
        ("quote", "“Chúng tôi không muốn du lịch làm mất đi ruộng. Khách đến vì ruộng thì ruộng phải còn.” – Ông Giàng A Chu, Chủ tịch UBND xã Tà Xùa"),
        ("h2", "Giữ nếp cũ giữa đổi thay"),
        ("p", "Khi những thửa ruộng cuối cùng đã đầy nước, cả bản làm lễ cúng cơm mới sớm để cầu một mùa màng tốt tươi. Tiếng "
              "khèn lại vang lên trên sườn đồi, như lời nhắc rằng mùa nước đổ trước hết vẫn là mùa của người trồng lúa."),
        ("img", f"{U}/ta-xua-hoang-hon.jpg", "Ruộng bậc thang Tà Xùa lúc hoàng hôn."),
    ],
    closing=("Thực hiện: Nguyễn Hà Vy | Ảnh: Quốc Toản | Trình bày: Minh Khôi",), author="Nguyễn Hà Vy",
    extra={"cover": f"{U}/ta-xua-cover.jpg"},
)  # fmt: skip
EMAG_CHE = _a(
    "emagazine", "che-shan-tuyet-co-thu-vuon-ra-the-gioi", 50398, "2024-03-02T06:30:00+07:00",
    "Chè Shan tuyết cổ thụ vươn ra thế giới",
    "Từ những cây chè hàng trăm năm tuổi trên độ cao hơn một nghìn năm trăm mét, các hợp tác xã ở Phìn Hồ đã đưa sản phẩm "
    "chè Shan tuyết đến với thị trường châu Âu và Nhật Bản.",
    [
        ("p", "Con đường lên thôn Phìn Hồ mùa này ngập trong sương. Trên các sườn đồi, những cây chè thân phủ rêu trắng đứng "
              "trầm mặc, có cây phải ba người ôm mới xuể, tán xòe rộng như một mái nhà."),
        ("img", f"{U}/che-co-thu.jpg", "Những cây chè Shan tuyết cổ thụ ở thôn Phìn Hồ được đánh số để bảo tồn."),
        ("h2", "Mỗi cây chè một mã số"),
        ("p", "Từ năm 2021, huyện đã kiểm đếm và gắn mã số cho hơn bốn nghìn cây chè cổ thụ. Mỗi cây có hồ sơ riêng ghi tuổi "
              "ước tính, sản lượng búp và hộ chăm sóc, giúp sản phẩm truy xuất được nguồn gốc đến từng gốc chè."),
        ("quote", "“Khách Nhật hỏi rất kỹ, chè hái từ cây nào, ai hái, sao bằng tay hay bằng máy. Có mã số thì mình trả lời được hết.” – Chị Lý Thị Sâm, Giám đốc Hợp tác xã chè Phìn Hồ"),
        ("h2", "Những chuyến hàng đầu tiên"),
        ("p", "Tháng 10 năm 2023, lô chè đầu tiên gồm hai tấn chè xanh và chè trắng đã được xuất sang Đức. Giá bán bình quân "
              "đạt gần bốn trăm nghìn đồng mỗi ki-lô-gam, cao gấp đôi so với bán cho thương lái trong nước."),
        ("h3", "Thách thức phía trước"),
        ("p", "Cán bộ khuyến nông cho biết sản lượng chè cổ thụ không thể tăng nhanh, trong khi yêu cầu của thị trường ngày càng "
              "khắt khe. Các hợp tác xã đang được hỗ trợ xây dựng xưởng chế biến đạt chuẩn và đào tạo kỹ thuật hái búp."),
        ("img", f"{U}/che-che-bien.jpg", "Sao chè thủ công tại xưởng của Hợp tác xã chè Phìn Hồ."),
        ("p", "Với người Dao ở Phìn Hồ, cây chè không chỉ là sinh kế. Mỗi mùa xuân, các gia đình vẫn làm lễ cúng cây chè già "
              "nhất thôn, cầu cho chè ra nhiều búp và con cháu đời sau còn giữ được rừng chè của tổ tiên."),
    ],
    closing=("Thực hiện: Lê Thu Trang", "Ảnh: Hoàng Nam", "Đồ họa: Đức Huy"), author="Lê Thu Trang",
    extra={"cover": f"{U}/che-cover.jpg"},
)  # fmt: skip
INFOGRAPHIC = _a(
    "infographic", "ket-qua-giam-ngheo-nam-2023", 50377, "2024-02-27T16:00:00+07:00",
    "Infographic: Kết quả giảm nghèo của tỉnh Lâm Giang năm 2023",
    "Năm 2023, tỷ lệ hộ nghèo toàn tỉnh giảm còn 14,2%, vượt chỉ tiêu Hội đồng nhân dân tỉnh giao. Hơn 3.100 hộ thoát "
    "nghèo, trong đó các huyện vùng cao giảm nhanh nhất.",
    [("img", f"{U}/infographic-giam-ngheo-2023.jpg", "Các chỉ tiêu giảm nghèo chủ yếu của tỉnh năm 2023.")],
    closing=("Nội dung: Thanh Hương - Đồ họa: Minh Khôi",), author="Thanh Hương",
)  # fmt: skip
VIDEO = _a(
    "video", "khai-truong-cho-phien-nong-san-so", 50402, "2024-03-05T18:20:00+07:00",
    "Khai trương chợ phiên nông sản trên nền tảng số",
    "Chiều 5/3, Sở Công Thương phối hợp với Ủy ban nhân dân huyện Bảo Lâm khai trương chợ phiên nông sản kết hợp bán "
    "hàng trực tuyến, thu hút hơn sáu mươi hợp tác xã tham gia.",
    [
        ("p", "Tại chợ phiên, các gian hàng giới thiệu gạo nếp Tú Lệ, mật ong bạc hà, chè Shan tuyết và nhiều sản phẩm đạt "
              "chuẩn OCOP. Mỗi gian hàng đều có mã QR để khách thanh toán không dùng tiền mặt."),
        ("p", "Song song với phiên chợ trực tiếp, các hợp tác xã được hướng dẫn mở gian hàng trên sàn thương mại điện tử và "
              "bán hàng qua livestream. Chỉ trong buổi chiều khai trương, các gian hàng trực tuyến đã nhận hơn bốn trăm đơn."),
        ("p", "Chợ phiên sẽ được tổ chức vào ngày chủ nhật đầu tiên hằng tháng tại trung tâm huyện, luân phiên giới thiệu "
              "sản phẩm của các xã trong huyện."),
    ],
    byline="Hải Yến - Mạnh Cường", author="Hải Yến, Mạnh Cường", extra={"video": "https://www.youtube.com/embed/Xk2Lg7pQm4c"},
)  # fmt: skip
PHOTO_STORY = _a(
    "phong-su-anh", "sac-xuan-tren-cao-nguyen-da", 50389, "2024-03-01T09:00:00+07:00",
    "Phóng sự ảnh: Sắc xuân trên cao nguyên đá",
    "",
    [
        ("p", "Tháng Ba, hoa đào, hoa mận và hoa cải nở khắp các bản làng trên cao nguyên đá, nhuộm thắm những triền núi xám."),
        ("p", "Người dân và du khách cùng hòa vào không khí lễ hội mùa xuân của đồng bào Mông, Dao, Lô Lô."),
        ("img", f"{U}/xuan-1.jpg", "Hoa mận trắng nở kín sườn đồi ở xã Lũng Cú."),
        ("img", f"{U}/xuan-2.jpg", "Em nhỏ người Mông chơi đùa bên hàng rào đá."),
        ("img", f"{U}/xuan-3.jpg", "Phụ nữ Lô Lô trong trang phục truyền thống đi chợ phiên."),
        ("img", f"{U}/xuan-4.jpg", "Ruộng hoa cải vàng ven đường lên đèo Mã Pì Lèng."),
        ("img", f"{U}/xuan-5.jpg", "Trò chơi ném còn trong lễ hội Gầu Tào."),
        ("img", f"{U}/xuan-6.jpg", "Du khách chụp ảnh bên hoa đào phai trước ngôi nhà trình tường."),
        ("img", f"{U}/xuan-7.jpg", "Chợ phiên Đồng Văn đông vui những ngày đầu xuân."),
        ("img", f"{U}/xuan-8.jpg", "Hoàng hôn trên cao nguyên đá nhìn từ cột cờ Lũng Cú."),
    ],
    byline="Ảnh: Quốc Toản", author="Quốc Toản",
)  # fmt: skip
NEWS_ART = _a(
    "thoi-su", "hoi-nghi-xuc-tien-dau-tu-2024", 50405, "2024-03-06T11:15:00+07:00",
    "Hội nghị xúc tiến đầu tư năm 2024 thu hút 120 doanh nghiệp",
    "Sáng 6/3, Ủy ban nhân dân tỉnh Lâm Giang tổ chức Hội nghị xúc tiến đầu tư năm 2024 với sự tham dự của hơn 120 "
    "doanh nghiệp trong và ngoài nước.",
    [
        ("p", "Tại hội nghị, tỉnh giới thiệu danh mục bốn mươi dự án kêu gọi đầu tư trong các lĩnh vực nông nghiệp công nghệ "
              "cao, du lịch sinh thái, năng lượng tái tạo và hạ tầng khu công nghiệp."),
        ("img", f"{U}/xuc-tien-dau-tu.jpg", "Lãnh đạo tỉnh trao giấy chứng nhận đầu tư cho các doanh nghiệp."),
        ("p", "Dịp này, tỉnh đã trao giấy chứng nhận đầu tư và biên bản ghi nhớ cho mười hai dự án với tổng vốn đăng ký hơn "
              "chín nghìn tỷ đồng."),
        ("p", "Chủ tịch Ủy ban nhân dân tỉnh cam kết tiếp tục cải thiện môi trường đầu tư, rút ngắn thời gian giải quyết thủ "
              "tục và đồng hành cùng doanh nghiệp trong suốt quá trình triển khai dự án."),
    ],
    closing=("Văn Thành",), author="Văn Thành",
)  # fmt: skip
ARTICLES = [EMAG_RUONG, EMAG_CHE, INFOGRAPHIC, VIDEO, PHOTO_STORY, NEWS_ART]
CHROME = [
    "Chia sẻ bài viết", "Các bài E-Magazine khác", "Lượt xem", "Từ khóa:", "Tin cùng chuyên mục", "Đọc nhiều",
    "Trình duyệt của bạn không hỗ trợ", "Giấy phép hoạt động báo chí", "Xem thêm video",
]  # fmt: skip
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
_TAGS = {"emagazine": "du lịch cộng đồng", "infographic": "giảm nghèo", "video": "nông sản", "phong-su-anh": "mùa xuân",
         "thoi-su": "đầu tư"}  # fmt: skip


def _layout(title: str, main: str, *, wide: bool = False) -> str:
    nav = "".join(f'<a href="/{k}.html">{v}</a> ' for k, v in SECTIONS.items())
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:4])
    side = "" if wide else f'<aside class="col-side"><div class="box"><h3 class="box__title">Đọc nhiều</h3><ul>{most}</ul></div></aside>'
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{esc(title)} | {esc(NAME)}</title>
<meta property="og:site_name" content="{esc(NAME)}"><link rel="stylesheet" href="/static/css/main.css"></head>
<body><header class="site-header"><a class="logo" href="/">{esc(NAME)}</a><nav class="menu"><a href="/">Trang chủ</a> {nav}
<a href="/gioi-thieu.html">Giới thiệu</a></nav></header>
<div class="{"wrap wrap--wide" if wide else "wrap"}"><main class="col-main">{main}</main>{side}</div>
<footer class="site-footer"><p>{esc(NAME)} - Cơ quan của Đảng bộ tỉnh Lâm Giang.</p>
<p>Giấy phép hoạt động báo chí số 45/GP-BTTTT. Tổng Biên tập: Hoàng Văn Lâm.</p></footer></body></html>"""


def _fig(src: str, cap: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<figure{c}><img src="{src}" alt="">' + (f"<figcaption>{esc(cap)}</figcaption>" if cap else "") + "</figure>"


def _blocks_html(art: BlockArt, emag: bool) -> str:
    out = ""
    for b in art.blocks:
        if b[0] == "p":
            out += f"<p>{esc(b[1])}</p>"
        elif b[0] in ("h2", "h3"):
            out += f"<{b[0]}>{esc(b[1])}</{b[0]}>"
        elif b[0] == "quote":
            out += f'<blockquote class="emag-quote"><p>{esc(b[1])}</p></blockquote>'
        elif b[0] == "img":
            out += _fig(b[1], b[2], "emag-fullwidth" if emag else "article__img")
    return out


def render_emag(art: BlockArt) -> str:
    others = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in ARTICLES if a.extra["sec"] == "emagazine" and a is not art)
    if len(art.closing()) == 1:
        credit = f"<p>{esc(art.closing()[0])}</p>"
    else:
        credit = "<p>" + "<br>".join(esc(x) for x in art.closing()) + "</p>"
    main = f"""<div class="emag">
<header class="emag-cover"><img class="emag-cover__img" src="{art.extra["cover"]}" alt="{esc(art.title)}">
<div class="emag-cover__inner"><span class="emag-label">E-Magazine</span><h1 class="emag-cover__title">{esc(art.title)}</h1>
<div class="emag-cover__date">{esc(art.date_line)}</div></div></header>
<div class="emag-body"><p class="emag-sapo"><strong>{esc(art.lead)}</strong></p>{_blocks_html(art, True)}
<div class="emag-credit">{credit}</div></div>
<div class="emag-share">Chia sẻ bài viết: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
<div class="emag-more"><h3>Các bài E-Magazine khác</h3><ul>{others}</ul></div></div>"""
    return _layout(art.title, main, wide=True)


def render_article(art: BlockArt) -> str:
    if art.extra["sec"] == "emagazine":
        return render_emag(art)
    ident, sec = art.extra["id"], art.extra["sec"]
    views = 300 + ident % 977
    body = ""
    if sec == "video":
        body += (f'<div class="video-player"><iframe src="{art.extra["video"]}" width="720" height="405" allowfullscreen>'
                 "Trình duyệt của bạn không hỗ trợ xem video.</iframe></div>")
    body += _blocks_html(art, False)
    for line in art.closing():
        body += f'<p style="text-align:right"><strong>{esc(line)}</strong></p>'
    byline = f'<div class="article__author">{esc(art.byline)}</div>' if art.byline else ""
    sapo = f'<div class="article__sapo">{esc(art.lead)}</div>' if art.lead else ""
    same = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>({dmy(a.published)})</span></li>'
                   for a in NEWS if a is not art and a.extra["sec"] != "emagazine")
    more = '<p><a href="/video.html">Xem thêm video</a></p>' if sec == "video" else ""
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/{sec}.html">{SECTIONS[sec]}</a></div>
<article class="article"><h1 class="article__title">{esc(art.title)}</h1>
<div class="article__meta"><span class="article__date">{esc(art.date_line)}</span> | <span class="article__views">Lượt xem: {views}</span></div>
{byline}{sapo}<div class="article__body">{body}</div>
<div class="article__tags">Từ khóa: <a href="/tag/{_TAGS[sec].replace(" ", "-")}.html">{_TAGS[sec]}</a></div></article>
<div class="related"><h3>Tin cùng chuyên mục</h3><ul>{same}</ul>{more}</div>"""
    return _layout(art.title, main)


def _teasers(arts: list[BlockArt]) -> str:
    return "".join(f'<div class="teaser"><a href="{a.path}"><img src="/thumbs/{a.extra["id"]}.jpg" alt=""></a>'
                   f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)}</span>'
                   f'<p>{esc((a.lead or a.paragraphs[0])[:140])}...</p></div>' for a in arts)  # fmt: skip


def render_section(sec: str) -> str:
    arts = [a for a in NEWS if a.extra["sec"] == sec]
    return _layout(SECTIONS[sec], f'<h1 class="section-title">{SECTIONS[sec]}</h1>{_teasers(arts)}')


def render_home() -> str:
    return _layout(NAME, f'<div class="home"><h2>Tin mới nhất</h2>{_teasers(NEWS)}</div>')


def render_about() -> str:
    text = ("<p>Báo Lâm Giang là cơ quan ngôn luận của Đảng bộ, chính quyền và nhân dân tỉnh Lâm Giang, xuất bản báo in "
            "hằng tuần, báo điện tử và các ấn phẩm chuyên đề.</p><p>Tòa soạn: số 12 đường Trần Hưng Đạo, thành phố Lâm "
            "Giang. Điện thoại đường dây nóng: 0214 3822 555. Thư điện tử: toasoan@baolamgiang.vn.</p>"
            "<p>Tổng Biên tập: Hoàng Văn Lâm. Phó Tổng Biên tập: Lò Thị Hạnh, Nguyễn Quang Vinh.</p>")
    return _layout("Giới thiệu", f'<h1 class="page-title">Giới thiệu Báo Lâm Giang</h1><div class="page-content">{text}</div>')


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in ARTICLES}
    for sec in SECTIONS:
        out[f"/{sec}.html"] = render_section(sec)
    out["/"] = render_home()
    out["/gioi-thieu.html"] = render_about()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(pages, robots="User-agent: *\nDisallow: /tim-kiem\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
