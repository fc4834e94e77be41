"""A provincial department of justice on WordPress whose long posts are split with
``<!--nextpage-->``: the parts are at ``/<yyyy>/<mm>/<dd>/<slug>/2/``, ``/3/`` (fresh-L,
round 18).

- Posts ``/<yyyy>/<mm>/<dd>/<slug>/``: ``h1.entry-title``, "05/03/2024 - 08:30" in
  ``span.posted-on``; in ``div.entry-content`` the sapo in ``<p><strong>``, the paragraphs,
  ``<h3>`` section headings, pictures as ``figure.wp-caption``; the signature right-aligned
  and bold at the end of the last part. A split post shows the headline and the date on every
  part, its own part's text, and WordPress's page links "Trang: 1 2 3" (``div.page-links``,
  the current number a ``<span>``, the others links); each part's ``<title>`` is "Title –
  Trang 2 – Site" and its canonical link names the part itself (WordPress core). Two posts
  over three parts, one over two, three on one page. After the post: "Chuyên mục:", "Bài
  viết liên quan", "Để lại bình luận".
- Not articles: the home page, the category ``/chuyen-muc/tin-tuc/`` and its
  ``/page/2/``, the static pages ``/gioi-thieu/`` and ``/lien-he/``.
- ``/robots.txt`` names ``/sitemap.xml`` (the posts' first pages).
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import dmy, esc, hm, site_with_files
from tests.families.freshl_common import BlockArt, block_art

SITE_ID = "fx-fl-paged"
BASE_URL = "https://stp.lamgiang.gov.vn/"
NAME = "Sở Tư pháp tỉnh Lâm Giang"
U = "/wp-content/uploads/2024/03"
_ABS = BASE_URL.rstrip("/")


def _a(slug: str, iso: str, title: str, lead: str, blocks: list, **kw: object) -> BlockArt:  # type: ignore[type-arg]
    path = f"/{iso[:4]}/{iso[5:7]}/{iso[8:10]}/{slug}/"
    return block_art(path, iso, f"{dmy(iso)} - {hm(iso)}", title, lead, blocks, **kw)  # type: ignore[arg-type]


CAN_CUOC = _a(
    "nhung-diem-moi-cua-luat-can-cuoc-2023", "2024-03-05T08:30:00+07:00",
    "Những điểm mới cơ bản của Luật Căn cước năm 2023",
    "Luật Căn cước được Quốc hội khóa XV thông qua ngày 27/11/2023, có hiệu lực từ ngày 01/7/2024, thay thế Luật Căn cước "
    "công dân năm 2014 với nhiều quy định mới liên quan trực tiếp đến quyền và nghĩa vụ của công dân.",
    [
        ("h3", "Đổi tên thẻ căn cước công dân thành thẻ căn cước"),
        ("p", "Luật đổi tên thẻ căn cước công dân thành thẻ căn cước. Thẻ căn cước công dân đã được cấp trước ngày luật có hiệu "
              "lực vẫn có giá trị sử dụng đến hết thời hạn ghi trên thẻ, công dân không bắt buộc phải đổi sang thẻ mới."),
        ("p", "Thông tin về quê quán trên thẻ được thay bằng nơi đăng ký khai sinh, thông tin nơi thường trú được thay bằng nơi "
              "cư trú. Thẻ không còn in vân tay và đặc điểm nhận dạng, các thông tin này được lưu trong bộ phận lưu trữ của thẻ."),
        ("p", "Luật cũng bổ sung quy định cấp thẻ căn cước cho người dưới 14 tuổi theo nhu cầu, trong đó người dưới 6 tuổi được "
              "cấp thẻ thông qua cổng dịch vụ công và không thu nhận sinh trắc học."),
        ("part", 2),
        ("h3", "Bổ sung căn cước điện tử"),
        ("p", "Mỗi công dân Việt Nam được cấp một căn cước điện tử, có giá trị chứng minh về căn cước khi thực hiện thủ tục "
              "hành chính, dịch vụ công và các giao dịch khác, tương đương với việc xuất trình thẻ căn cước."),
        ("p", "Căn cước điện tử được tích hợp trên ứng dụng định danh quốc gia. Người dân có thể dùng căn cước điện tử để đăng "
              "nhập các hệ thống dịch vụ công, thay cho việc xuất trình giấy tờ bản giấy."),
        ("p", "Luật quy định rõ các trường hợp khóa, mở khóa căn cước điện tử, như khi công dân yêu cầu, khi vi phạm thỏa thuận "
              "sử dụng hoặc khi công dân bị tạm giữ, tạm giam, chấp hành án phạt tù."),
        ("part", 3),
        ("h3", "Cấp giấy chứng nhận căn cước cho người gốc Việt Nam"),
        ("p", "Lần đầu tiên, luật quy định cấp giấy chứng nhận căn cước cho người gốc Việt Nam chưa xác định được quốc tịch "
              "đang sinh sống liên tục từ sáu tháng trở lên tại đơn vị hành chính cấp xã."),
        ("p", "Giấy chứng nhận căn cước giúp nhóm người này thực hiện các giao dịch dân sự, tiếp cận dịch vụ y tế, giáo dục và "
              "bảo đảm quyền lợi hợp pháp trong thời gian chờ xác định quốc tịch."),
        ("p", "Sở Tư pháp đề nghị các cơ quan, đơn vị và Ủy ban nhân dân cấp huyện tổ chức phổ biến rộng rãi nội dung luật đến "
              "cán bộ và nhân dân trước ngày luật có hiệu lực."),
    ],
    closing=("Nguyễn Thanh Hoa",), author="Nguyễn Thanh Hoa",
)  # fmt: skip
PBGDPL = _a(
    "ket-qua-pho-bien-giao-duc-phap-luat-2023", "2024-02-28T15:00:00+07:00",
    "Kết quả công tác phổ biến, giáo dục pháp luật năm 2023 và nhiệm vụ năm 2024",
    "Năm 2023, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh đã chỉ đạo tổ chức gần ba nghìn cuộc tuyên truyền "
    "trực tiếp với hơn hai trăm nghìn lượt người nghe.",
    [
        ("p", "Các sở, ngành và địa phương đã bám sát kế hoạch, lựa chọn nội dung phổ biến phù hợp với từng nhóm đối tượng, "
              "tập trung vào các luật mới ban hành và các lĩnh vực người dân quan tâm như đất đai, hôn nhân và gia đình."),
        ("p", "Hình thức phổ biến tiếp tục được đổi mới. Nhiều địa phương tổ chức tuyên truyền qua mạng xã hội, nhóm Zalo của "
              "thôn, tổ dân phố, phát thanh song ngữ tiếng Kinh và tiếng dân tộc trên hệ thống loa truyền thanh cơ sở."),
        ("part", 2),
        ("p", "Công tác hòa giải ở cơ sở đạt kết quả tích cực. Các tổ hòa giải đã tiếp nhận hơn một nghìn hai trăm vụ việc, "
              "hòa giải thành hơn 85%, góp phần giữ gìn đoàn kết trong cộng đồng dân cư."),
        ("p", "Tuy nhiên, nguồn lực cho công tác phổ biến, giáo dục pháp luật ở vùng sâu, vùng xa còn hạn chế, đội ngũ báo cáo "
              "viên cấp xã thiếu kỹ năng, tài liệu bằng tiếng dân tộc chưa đáp ứng nhu cầu."),
        ("part", 3),
        ("p", "Năm 2024, Hội đồng xác định nhiệm vụ trọng tâm là phổ biến các luật mới, đẩy mạnh chuyển đổi số trong phổ biến "
              "pháp luật và nâng cao chất lượng đội ngũ hòa giải viên ở cơ sở."),
        ("p", "Hội đồng cũng đề nghị các thành viên chủ động tham mưu bố trí kinh phí, lồng ghép phổ biến pháp luật với các "
              "chương trình mục tiêu quốc gia đang triển khai trên địa bàn."),
    ],
    closing=("Trần Minh Đức",), author="Trần Minh Đức",
)  # fmt: skip
HO_TICH = _a(
    "tap-huan-nghiep-vu-ho-tich-cap-xa", "2024-03-08T10:00:00+07:00",
    "Tập huấn nghiệp vụ hộ tịch cho công chức tư pháp cấp xã",
    "Trong hai ngày 7 và 8/3, Sở Tư pháp tổ chức lớp tập huấn nghiệp vụ đăng ký, quản lý hộ tịch cho gần hai trăm công "
    "chức tư pháp - hộ tịch cấp xã.",
    [
        ("p", "Học viên được hướng dẫn các quy định mới về đăng ký khai sinh, khai tử, kết hôn và liên thông thủ tục hành chính "
              "về đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi."),
        ("p", "Báo cáo viên cũng giải đáp nhiều tình huống phát sinh trong thực tiễn như đăng ký lại khai sinh, cải chính hộ "
              "tịch và ghi chú ly hôn đã giải quyết ở nước ngoài."),
        ("part", 2),
        ("img", f"{U}/tap-huan-ho-tich.jpg", "Công chức tư pháp - hộ tịch thực hành trên phần mềm đăng ký hộ tịch điện tử."),
        ("p", "Buổi chiều ngày thứ hai, học viên thực hành trên phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung và trao "
              "đổi kinh nghiệm số hóa sổ hộ tịch lưu trữ tại xã."),
        ("p", "Kết thúc lớp tập huấn, Sở Tư pháp đề nghị các xã rà soát, hoàn thành số hóa dữ liệu hộ tịch trước tháng 6 năm 2024."),
    ],
    closing=("Lò Văn Tuấn",), author="Lò Văn Tuấn",
)  # fmt: skip
TRO_GIUP = _a(
    "tro-giup-phap-ly-luu-dong-xa-sin-ho", "2024-03-11T16:20:00+07:00",
    "Trợ giúp pháp lý lưu động tại xã Sìn Hồ",
    "Ngày 11/3, Trung tâm Trợ giúp pháp lý nhà nước tỉnh tổ chức trợ giúp pháp lý lưu động cho người dân xã Sìn Hồ.",
    [
        ("p", "Các trợ giúp viên đã tư vấn mười tám vụ việc liên quan đến tranh chấp đất đai, thừa kế và chế độ chính sách cho "
              "người có công, đồng thời phát hơn ba trăm tờ gấp tìm hiểu pháp luật bằng tiếng Mông."),
        ("p", "Người dân thuộc diện được trợ giúp pháp lý có thể liên hệ trực tiếp với Trung tâm hoặc qua Ủy ban nhân dân xã "
              "để được hỗ trợ miễn phí."),
    ],
    closing=("Lò Văn Tuấn",), author="Lò Văn Tuấn",
)  # fmt: skip
CONG_CHUNG = _a(
    "thanh-tra-hoat-dong-cong-chung-2024", "2024-03-01T09:45:00+07:00",
    "Triển khai kế hoạch thanh tra hoạt động công chứng năm 2024",
    "Sở Tư pháp ban hành kế hoạch thanh tra việc chấp hành pháp luật về công chứng tại sáu tổ chức hành nghề công chứng "
    "trên địa bàn tỉnh.",
    [
        ("p", "Nội dung thanh tra tập trung vào việc tuân thủ quy trình công chứng hợp đồng chuyển nhượng quyền sử dụng đất, "
              "lưu trữ hồ sơ, thu phí và thực hiện chế độ báo cáo."),
        ("img", f"{U}/cong-chung.jpg", "Người dân làm thủ tục tại một văn phòng công chứng ở thành phố Lâm Giang."),
        ("p", "Thời gian thanh tra dự kiến từ tháng 4 đến tháng 9 năm 2024. Kết quả thanh tra sẽ được công khai trên trang "
              "thông tin điện tử của Sở."),
    ],
)  # fmt: skip
LY_LICH = _a(
    "cap-phieu-ly-lich-tu-phap-tren-vneid", "2024-03-13T07:50:00+07:00",
    "Cấp phiếu lý lịch tư pháp qua ứng dụng VNeID từ tháng 3",
    "Từ ngày 13/3, người dân trong tỉnh có thể đề nghị cấp phiếu lý lịch tư pháp trên ứng dụng VNeID mà không phải điền "
    "tờ khai hay nộp bản sao giấy tờ.",
    [
        ("p", "Thông tin cá nhân được tự động lấy từ Cơ sở dữ liệu quốc gia về dân cư. Người dân chỉ cần chọn mục đích sử dụng "
              "phiếu, hình thức nhận kết quả và thanh toán phí trực tuyến."),
        ("p", "Trong tuần đầu triển khai, Sở Tư pháp bố trí cán bộ hướng dẫn tại Trung tâm Phục vụ hành chính công tỉnh."),
    ],
    closing=("Nguyễn Thanh Hoa",), author="Nguyễn Thanh Hoa",
)  # fmt: skip
ARTICLES = [CAN_CUOC, PBGDPL, HO_TICH, TRO_GIUP, CONG_CHUNG, LY_LICH]
NEWS = sorted(ARTICLES, key=lambda a: a.published, reverse=True)
CHROME = ["Chuyên mục:", "Bài viết liên quan", "Để lại bình luận", "Bài viết mới", "Bản quyền", "Trang:"]


def part_path(art: BlockArt, n: int) -> str:
    return art.path if n == 1 else f"{art.path}{n}/"


def parts_of(art: BlockArt) -> list[str]:
    """The paths of an article's parts after the first (the pages its text continues on)."""
    return [part_path(art, n) for n in range(2, art.page_count() + 1)]


PARTS = [p for a in ARTICLES for p in parts_of(a)]


def _layout(title: str, main: str, canonical: str) -> str:
    recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in NEWS[:5])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)} &#8211; {esc(NAME)}</title>
<link rel="canonical" href="{canonical}"><link rel="stylesheet" href="/wp-content/themes/sotuphap/style.css"></head>
<body class="single single-post"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{esc(NAME)}</a></p>
<nav id="site-navigation" class="main-navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="/chuyen-muc/tin-tuc/">Tin tức</a></li><li><a href="/lien-he/">Liên hệ</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Bản quyền © 2024 {esc(NAME)}. Địa chỉ: 8 Hoàng Liên, thành phố Lâm Giang.</div></footer>
</body></html>"""


def _block(b: tuple) -> str:  # type: ignore[type-arg]
    if b[0] == "p":
        return f"<p>{esc(b[1])}</p>"
    if b[0] == "h3":
        return f"<h3>{esc(b[1])}</h3>"
    return (f'<figure class="wp-caption aligncenter"><img src="{b[1]}" alt="" width="800" height="533">'
            f'<figcaption class="wp-caption-text">{esc(b[2])}</figcaption></figure>')


def render_part(art: BlockArt, n: int) -> str:
    count = art.page_count()
    html = f"<p><strong>{esc(art.lead)}</strong></p>" if n == 1 else ""
    html += "".join(_block(b) for b in art.part_blocks(n))
    if n == count:
        html += "".join(f'<p style="text-align: right;"><strong>{esc(x)}</strong></p>' for x in art.closing())
    if count > 1:
        nums = " ".join(f'<span class="post-page-numbers current" aria-current="page">{k}</span>' if k == n else
                        f'<a href="{part_path(art, k)}" class="post-page-numbers">{k}</a>' for k in range(1, count + 1))
        html += f'<div class="page-links">Trang: {nums}</div>'
    related = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in [a for a in NEWS if a is not art][:3])
    main = f"""<article class="post type-post status-publish format-standard hentry category-tin-tuc">
<header class="entry-header"><h1 class="entry-title">{esc(art.title)}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{art.published}">{esc(art.date_line)}</time></span></div></header>
<div class="entry-content">{html}</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="/chuyen-muc/tin-tuc/" rel="category tag">Tin tức</a></span></footer></article>
<div class="related-posts"><h3>Bài viết liên quan</h3><ul>{related}</ul></div>
<div id="comments" class="comments-area"><div id="respond"><h3 id="reply-title">Để lại bình luận</h3><form><textarea name="comment"></textarea>
<input type="submit" value="Phản hồi"></form></div></div>"""
    title = art.title if n == 1 else f"{art.title} – Trang {n}"
    return _layout(title, main, _ABS + part_path(art, n))


def _archive(title: str, arts: list[BlockArt], more: str = "") -> str:
    items = "".join(f'<article class="post"><h2 class="entry-title"><a href="{a.path}">{esc(a.title)}</a></h2>'
                    f'<div class="entry-meta">{dmy(a.published)}</div><div class="entry-summary"><p>{esc(a.lead[:120])}&hellip;</p></div></article>'
                    for a in arts)  # fmt: skip
    return f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>{items}{more}'


def render_static(title: str, paragraphs: list[str], path: str) -> str:
    text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
    main = (f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>'
            f'</header><div class="entry-content">{text}</div></article>')
    return _layout(title, main, _ABS + path)


def _html_pages() -> dict[str, str]:
    out = {}
    for art in ARTICLES:
        for n in range(1, art.page_count() + 1):
            out[part_path(art, n)] = render_part(art, n)
    nav = '<nav class="navigation pagination"><span class="page-numbers current">1</span> <a class="page-numbers" href="/chuyen-muc/tin-tuc/page/2/">2</a></nav>'
    out["/"] = _layout(NAME, _archive("Tin tức mới", NEWS[:4]), _ABS + "/")
    out["/chuyen-muc/tin-tuc/"] = _layout("Tin tức", _archive("Chuyên mục: Tin tức", NEWS[:4], nav), _ABS + "/chuyen-muc/tin-tuc/")
    out["/chuyen-muc/tin-tuc/page/2/"] = _layout("Tin tức – Trang 2", _archive("Chuyên mục: Tin tức", NEWS[4:]),
                                                 _ABS + "/chuyen-muc/tin-tuc/page/2/")
    out["/gioi-thieu/"] = render_static("Giới thiệu", [
        "Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh Lâm Giang, tham mưu, giúp Ủy ban nhân dân tỉnh quản lý "
        "nhà nước về công tác xây dựng và thi hành pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, lý lịch tư pháp.",
        "Sở có Văn phòng, Thanh tra, bốn phòng chuyên môn và hai đơn vị sự nghiệp: Trung tâm Trợ giúp pháp lý nhà nước và "
        "Trung tâm Dịch vụ đấu giá tài sản."], "/gioi-thieu/")  # fmt: skip
    out["/lien-he/"] = render_static("Liên hệ", [
        "Địa chỉ: số 8 đường Hoàng Liên, thành phố Lâm Giang.", "Điện thoại: 0214 3840 112. Thư điện tử: stp@lamgiang.gov.vn."],
        "/lien-he/")  # fmt: skip
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES} - set(PARTS))


def build_site() -> Site:
    served = {path: Page.html(text) for path, text in _html_pages().items()}
    return site_with_files(served, robots="User-agent: *\nDisallow: /wp-admin/\nSitemap: {base}/sitemap.xml\n",
                           sitemaps={"/sitemap.xml": [a.path for a in ARTICLES]})
