"""Page typing rules the verdict audit (``python -m benchmarks.path_audit --verdicts``) made
necessary: non-article pages the single-page path stored while the crawl's site model
refused them (session 11). Each rule on a small page, refusing its kind and keeping an
article beside it."""

from __future__ import annotations

import lxml.html

from config.profile import adhoc_profile
from pipelines import pagecontent, pagekind
from pipelines.classify import teasers
from pipelines.extract import extract
from pipelines.record import ArticleRecord

BASE = "https://sotuphap.hoason.gov.vn/"
NEWS = (
    "Sáng nay, Sở Tư pháp tổ chức hội nghị triển khai nhiệm vụ công tác tư pháp năm 2024 với sự tham "
    "dự của lãnh đạo các phòng, ban, đơn vị trực thuộc và Phòng Tư pháp các huyện, thị xã, thành phố."
)
TITLE = "Triển khai nhiệm vụ công tác tư pháp năm 2024"


def _page(main: str, title: str = "Sở Tư pháp tỉnh Hòa Sơn", crumb: str = "") -> bytes:
    """A table-layout portal page: the site's banner as its only heading and title."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<table><tr><td class='banner'>SỞ TƯ PHÁP TỈNH HÒA SƠN</td></tr>"
        "<tr><td class='menu'><a href='/'>Trang chủ</a> | <a href='/Default.aspx?tabid=2'>Giới thiệu</a> | "
        "<a href='/Default.aspx?tabid=12'>Tin tức</a></td></tr>"
        f"<tr><td class='maincol'>{crumb}{main}</td></tr>"
        "<tr><td>Bản quyền thuộc Sở Tư pháp tỉnh Hòa Sơn.</td></tr></table></body></html>"
    ).encode()


def _verdict(page: bytes, path: str) -> str | None:
    result = extract(page, BASE.rstrip("/") + path, {"content-type": "text/html; charset=utf-8"}, adhoc_profile(BASE))
    return None if isinstance(result, ArticleRecord) else f"{result.reason}: {result.detail}"


def _crumb(last: str) -> str:
    return f"<div class='path'><a href='/Default.aspx'>Trang chủ</a> &gt; {last}</div>"


INTRO = (
    "<p>Sở Tư pháp là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thực hiện chức năng tham mưu, giúp Ủy "
    "ban nhân dân tỉnh quản lý nhà nước về công tác xây dựng và thi hành pháp luật, kiểm tra văn bản quy "
    "phạm pháp luật, phổ biến, giáo dục pháp luật, hộ tịch, quốc tịch, chứng thực và lý lịch tư pháp.</p>"
)


def test_the_breadcrumbs_last_crumb_names_an_undated_page_whose_title_is_the_banner() -> None:
    # "Trang chủ > Giới thiệu" over an undated text: an introduction page (the title is the banner)
    assert _verdict(_page(INTRO, crumb=_crumb("Giới thiệu")), "/Default.aspx?tabid=2") is not None
    tree = lxml.html.fromstring(_page(INTRO, crumb=_crumb("Giới thiệu")))
    assert pagekind.last_crumb(tree) == "Giới thiệu"
    # a menu row "Trang chủ | Giới thiệu | Tin tức" is no breadcrumb
    assert pagekind.last_crumb(lxml.html.fromstring(_page(INTRO))) is None
    # a dated article under "Trang chủ > Tin tức" is kept
    article = f"<p>Thứ Năm, 14/03/2024 08:30</p><h2>{TITLE}</h2><p>{NEWS}</p><p>{NEWS}</p>"
    assert _verdict(_page(article, crumb=_crumb("Tin tức")), "/Default.aspx?tabid=12&ItemID=341") is None


def test_a_portals_document_library_and_procedures_sections_are_static_when_undated() -> None:
    docs = "".join(
        f"<p>Số {n}/KH-STP ngày {d}: Kế hoạch công tác phổ biến, giáo dục pháp luật năm 2024.</p>"
        for n, d in ((12, "20/2/2024"), (8, "15/1/2024"), (215, "28/12/2023"))
    )
    assert _verdict(_page(docs, crumb=_crumb("Văn bản")), "/Default.aspx?tabid=20") is not None
    assert pagekind.static_kind("https://x.gov.vn/thu-tuc/", "Thủ tục hành chính")
    assert pagekind.static_kind("", "VĂN BẢN")
    # a headline that opens with the words is no section's name
    assert not pagekind.static_kind("", "Văn bản mới về thủ tục hành chính năm 2024")


def test_wordpress_excerpt_markers_end_a_cut_sapo() -> None:
    cut = [f"{NEWS[:120]} [&hellip;]".replace("&hellip;", "…"), f"{NEWS[:90]} [...]", TITLE]
    assert teasers(cut)
    # an article's paragraphs, one quoting "[...]" inside, are not teasers
    assert not teasers([NEWS, f"Ông nói: “Chúng tôi [...] sẽ làm”. {NEWS}", NEWS])


LAST_PAGE = (
    "<div class='cat'>Tin tức - Sự kiện</div><div class='item'><a class='title' href='/Default.aspx?tabid=12&ItemID=341'>"
    f"{TITLE}</a> <span>(14/03/2024)</span><div class='desc'>{NEWS[:150]}...</div></div>"
    "<div class='pager'><a href='/Default.aspx?tabid=12&page=1'>1</a> <span>2</span></div>"
)


def test_one_linked_title_over_a_cut_sapo_is_a_listings_last_page() -> None:
    assert _verdict(_page(LAST_PAGE), "/Default.aspx?tabid=12&page=2") is not None
    tree = lxml.html.fromstring(_page(LAST_PAGE))
    lines = [f"{TITLE} (14/03/2024)", f"{NEWS[:150]}..."]
    assert pagecontent.cut_teaser(tree, BASE, BASE + "Default.aspx?tabid=12&page=2", lines)
    # the page's own headline (a self link) over a sapo cut by the site is the article's
    self_link = BASE + "Default.aspx?tabid=12&ItemID=341"
    assert not pagecontent.cut_teaser(tree, BASE, self_link, lines)
    # an article whose last paragraph trails off "..." under its own unlinked headline is kept
    article = f"<h2>{TITLE}</h2><p>Thứ Năm, 14/03/2024 08:30</p><p>{NEWS}</p><p>{NEWS} và nhiều nội dung khác...</p>"
    assert _verdict(_page(article), "/Default.aspx?tabid=12&ItemID=342") is None


BOARD = (
    "<div class='title-news'>Thông báo</div><table><tr><th>Ngày</th><th>Nội dung</th><th></th></tr>"
    + "".join(
        f"<tr><td>{d}</td><td>Thông báo {t}</td><td><a href='/Uploads/tb-{i}.pdf'>Tải về</a></td></tr>"
        for i, (d, t) in enumerate(
            (("08/03/2024", "tuyển chọn tổ chức chủ trì nhiệm vụ khoa học"), ("01/03/2024", "lịch tiếp công dân tháng 3"),
             ("26/02/2024", "kết quả xét tuyển viên chức năm 2023"))
        )
    )
    + "</table>"
)  # fmt: skip


def test_a_notice_boards_rows_of_date_title_and_download_link_are_dated_links() -> None:
    assert _verdict(_page(BOARD, title="Thông báo"), "/thong-bao") is not None
    root = lxml.html.fromstring(BOARD)
    assert pagecontent.dated_links(root, BASE, BASE + "thong-bao") == 3
    # a dated article with a table of dated download rows in its text is kept (it has a date)
    article = f"<h2>{TITLE}</h2><p>Thứ Năm, 14/03/2024 08:30</p><p>{NEWS}</p>{BOARD}<p>{NEWS}</p>"
    assert _verdict(_page(article, title=TITLE), "/tin-tuc/trien-khai-341.html") is None


def test_an_undated_pages_first_line_names_it_and_a_today_bar_is_no_date_of_its_own() -> None:
    # the banner as title, "Hôm nay: ..." in the top bar, "GIỚI THIỆU CHUNG" as the body's first line
    today = "<p class='top'>Hôm nay: Thứ tư, 20/03/2024</p>"
    intro = _page(f"{today}<p><b>GIỚI THIỆU CHUNG</b></p>{INTRO}{INTRO}")
    assert _verdict(intro, "/index.php?mod=page&id=1") is not None
    # a dated article opening with a short line is kept
    article = f"<h2>{TITLE}</h2><p>Thứ Năm, 14/03/2024 08:30</p><p>Giới thiệu chung</p><p>{NEWS}</p><p>{NEWS}</p>"
    assert _verdict(_page(article, title=TITLE), "/index.php?mod=news&id=1181") is None


def _video(text: str) -> bytes:
    return (
        "<html><head><meta charset='utf-8'><meta property='og:type' content='video.other'>"
        f"<title>{TITLE}</title></head><body><main><video controls src='/media/v5521.mp4'></video>"
        f"<h1>{TITLE}</h1><p>13/03/2024 19:45</p>{text}</main></body></html>"
    ).encode()


def test_a_dated_signed_video_report_declaring_og_type_video_is_an_article() -> None:
    signed = f"<p>{NEWS}</p>{INTRO}<p class='author'>PV: Quang Huy</p>"
    assert _verdict(_video(signed), "/video/phong-chay-rung-v5521.html") is None
    # a newscast's page (a player, its title and air time) is still a video page
    assert (_verdict(_video(""), "/video/thoi-su-19h45-e3301.html") or "").startswith("other_type")
    # and so is an unsigned one
    assert _verdict(_video(f"<p>{NEWS}</p>{INTRO}"), "/video/v5522.html") is not None


def test_the_audits_new_article_urls_follow_the_familys_article_url_shape() -> None:
    from benchmarks.typing_audit import _new_target

    # a query id is changed, the script's path kept
    assert _new_target("/tintuc/chitiet.asp?id=301", "short", set()) == "/tintuc/chitiet.asp?id=423"
    sharepoint = _new_target("/Pages/tin-tuc/chi-tiet.aspx?ItemID=101", "short", set())
    assert sharepoint.startswith("/Pages/tin-tuc/chi-tiet.aspx?ItemID=") and sharepoint != "/Pages/tin-tuc/chi-tiet.aspx?ItemID=101"
    # a slug-id keeps its id in its place, changed
    vendor = ["/tin-tuc/tong-ket-3587.html", "/tin-tuc/giao-ban-quy-i-3586.html"]
    assert _new_target(vendor[0], "short", set(), vendor) == "/tin-tuc/tong-ket-short1-4609.html"
    joomla = ["/tin-tuc/201-tang-cuong-phong-chay.html", "/tin-tuc/202-hoi-nghi.html"]
    assert _new_target(joomla[0], "short", set(), joomla) == "/tin-tuc/323-tang-cuong-phong-chay-short1.html"
    mvc = ["/tin-tuc/chi-tiet/2291/kim-son-dat-muc-tieu", "/tin-tuc/chi-tiet/2288/buoi-dong-ly"]
    assert _new_target(mvc[0], "short", set(), mvc) == "/tin-tuc/chi-tiet/3313/kim-son-dat-muc-tieu-short1"
    # a slug ending in a year on one article only is no id; a taken target is skipped
    drupal = ["/tin-tuc/lien-hoan-nam-2024", "/tin-tuc/le-hoi-nghinh-ong"]
    assert _new_target(drupal[0], "short", set(), drupal) == "/tin-tuc/lien-hoan-nam-2024-short1"
    taken = {"/tin-tuc/lien-hoan-nam-2024-short1"}
    assert _new_target(drupal[0], "short", taken, drupal) == "/tin-tuc/lien-hoan-nam-2024-short2"


# --- session 14: the typing audit's article kinds and its dated biography ------------------

BIO = (
    "<p>Đồng chí Nguyễn Văn Hùng sinh ngày 12 tháng 5 năm 1970, quê quán xã Hòa Bình, huyện Tân Lập. Trình "
    "độ chuyên môn thạc sĩ kinh tế, cao cấp lý luận chính trị. Vào Đảng ngày 3 tháng 2 năm 1994.</p>"
    "<p>Từ năm 1992 đến năm 2000 công tác tại Ban Tổ chức Huyện ủy, lần lượt là cán bộ, phó trưởng ban; "
    "từ năm 2000 đến năm 2010 là Phó Bí thư, Chủ tịch Ủy ban nhân dân huyện.</p>"
    "<p>Từ năm 2010 đến năm 2020 là Giám đốc Sở Kế hoạch và Đầu tư, Phó Chủ tịch Ủy ban nhân dân tỉnh. Tại "
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025, đồng chí được bầu làm Bí thư Tỉnh ủy.</p>"
)
DATE_LINE = "<p class='date'>Ngày đăng: 01/02/2023 08:00</p>"


def _portal(main: str, title: str) -> bytes:
    """An article template: the site's name in a banner, the page's own title in <title>."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title} - Sở Tư pháp tỉnh Hòa Sơn</title></head><body>"
        "<div class='banner'>SỞ TƯ PHÁP TỈNH HÒA SƠN</div>"
        "<div class='menu'><a href='/'>Trang chủ</a> | <a href='/tin-tuc'>Tin tức</a></div>"
        f"<div class='main'>{main}</div><div class='footer'>Bản quyền thuộc Sở Tư pháp tỉnh Hòa Sơn.</div>"
        "</body></html>"
    ).encode()


def test_a_dated_biography_with_no_headline_shown_is_a_profile_page() -> None:
    # the portal's date line over a leader's curriculum, its name only in <title>
    page = _portal(f"<p class='date'>01/02/2023</p><div class='body'><div>{BIO}</div></div>", "Tiểu sử")
    verdict = _verdict(page, "/gioi-thieu/tieu-su-dong-chi-bi-thu")
    assert (verdict or "").startswith("other_type: a person's biography")
    # a dated biography under its own headline is news (an appointment): kept
    head = "Đồng chí Nguyễn Văn Hùng được bầu giữ chức Chủ tịch Ủy ban nhân dân tỉnh"
    news = f"<h1>{head}</h1>{DATE_LINE}<p>{NEWS}</p>{BIO}"
    assert _verdict(_portal(news, head), "/tin-tuc/dong-chi-nguyen-van-hung-1204.html") is None


STORY_TITLE = "Ảnh: Sắc màu lễ hội đua thuyền truyền thống trên sông Lam"
FIGURES = "".join(
    f"<figure><img src='/images/dua-thuyen-{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>"
    for i, c in enumerate(("Các đội thuyền xuất phát", "Người dân cổ vũ hai bên bờ sông",
                           "Đội thuyền nữ về đích", "Trao giải cho các đội đoạt giải"))  # fmt: skip
)
STORY = (
    "<p>Lễ hội đua thuyền truyền thống năm nay thu hút hàng nghìn người dân và du khách đến cổ vũ "
    "các đội thuyền của sáu xã ven sông.</p>"
)
RELATED = "<div class='related'><h3>Tin liên quan</h3><ul>" + "".join(
    f"<li><a href='/tin-tuc/bai-{5100 + i}.html'>{t}</a></li>"
    for i, t in enumerate(("Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2023", "Nông dân vùng cao thu hoạch chè xuân",
                           "Hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình",
                           "Khởi công xây dựng cầu treo dân sinh tại xã vùng cao",
                           "Kế hoạch tuyển sinh vào lớp 10 năm học 2023 - 2024"))  # fmt: skip
) + "</ul></div>"


def test_a_photo_story_is_an_article_and_a_bare_album_is_not() -> None:
    story = f"<h1>{STORY_TITLE}</h1>{DATE_LINE}<div class='content'>{STORY}{FIGURES}</div>"
    assert _verdict(_portal(story, STORY_TITLE), "/tin-tuc/sac-mau-le-hoi-dua-thuyen-5121.html") is None
    # an album: its date and its captioned pictures, no sentence of its own
    album = f"<h1>{STORY_TITLE}</h1>{DATE_LINE}<div class='content'><p>Ảnh: Minh Anh</p>{FIGURES}</div>"
    verdict = _verdict(_portal(album, STORY_TITLE), "/thu-vien-anh/le-hoi-dua-thuyen.html")
    assert (verdict or "").startswith("other_type: a photo gallery")
    # and so is one whose sentence only introduces its pictures
    intro = "<p>Một số hình ảnh tại lễ hội đua thuyền truyền thống trên sông Lam của sáu xã ven sông năm nay.</p>"
    album = f"<h1>{STORY_TITLE}</h1>{DATE_LINE}<div class='content'>{intro}{FIGURES}</div>"
    verdict = _verdict(_portal(album, STORY_TITLE), "/thu-vien-anh/le-hoi-dua-thuyen.html")
    assert (verdict or "").startswith("other_type: a photo gallery")


def test_a_photo_story_needs_no_more_words_than_a_declared_article() -> None:
    # one sentence of 16 words beside four pictures: under MIN_WORDS, an article
    one = "<p>Lễ hội đua thuyền truyền thống năm nay thu hút hàng nghìn người dân và du khách đến cổ vũ.</p>"
    pictures = "".join(f"<p><img src='/images/dua-thuyen-{i}.jpg' alt=''></p>" for i in range(4))
    story = f"<h1>{STORY_TITLE}</h1>{DATE_LINE}<div class='content'>{one}{pictures}</div>"
    assert _verdict(_portal(story, STORY_TITLE), "/tin-tuc/sac-mau-le-hoi-dua-thuyen-5121.html") is None
    # the same sentence with no pictures is too short
    text = f"<h1>{STORY_TITLE}</h1>{DATE_LINE}<div class='content'>{one}</div>"
    verdict = _verdict(_portal(text, STORY_TITLE), "/tin-tuc/sac-mau-le-hoi-dua-thuyen-5121.html")
    assert (verdict or "").startswith("too_short")


def test_an_articles_related_box_is_no_listing_of_the_page() -> None:
    story = f"<h1>{STORY_TITLE}</h1>{DATE_LINE}<div class='content'>{STORY}{FIGURES}</div>{RELATED}"
    assert _verdict(_portal(story, STORY_TITLE), "/tin-tuc/sac-mau-le-hoi-dua-thuyen-5121.html") is None
    # and a DNN portal's "Các tin đã đưa" box too
    dnn = story.replace("<h3>Tin liên quan</h3>", "<h3>Các tin đã đưa</h3>")
    assert _verdict(_portal(dnn, STORY_TITLE), "/tabid/75/ArticleID/1426/Default.aspx") is None
    # the same five links under the section's own heading are a listing
    items = RELATED.replace("<h3>Tin liên quan</h3>", "<h3>Văn hóa - Xã hội</h3>")
    assert (_verdict(_portal(items, "Văn hóa - Xã hội"), "/van-hoa-xa-hoi") or "").startswith("listing")


def test_the_audits_new_article_keeps_its_jsonld_date_under_its_own_headline() -> None:
    import json

    from benchmarks.typing_audit import _own_jsonld

    ld = json.dumps({"@graph": [
        {"@type": "Organization", "@id": "/#org", "name": "Sở Kế hoạch và Đầu tư"},
        {"@type": "NewsArticle", "headline": "Bài gốc", "datePublished": "2024-03-12T09:30:00+07:00",
         "mainEntityOfPage": {"@id": "/tin-tuc/bai-goc-5120.html"}},
    ]})  # fmt: skip
    out = json.loads(_own_jsonld(ld, "Bài mới", "https://x.gov.vn/tin-tuc/bai-moi-6142.html") or "{}")
    org, article = out["@graph"]
    assert org["name"] == "Sở Kế hoạch và Đầu tư"
    assert article["headline"] == "Bài mới" and article["datePublished"] == "2024-03-12T09:30:00+07:00"
    assert article["mainEntityOfPage"]["@id"] == "https://x.gov.vn/tin-tuc/bai-moi-6142.html"
    assert _own_jsonld("{not json", "Bài mới", "https://x.gov.vn/") is None


def test_an_rss_index_beside_an_articles_related_box_is_still_refused() -> None:
    # the title's block alone ("page-header") and the feeds a sibling of it: the block around
    # it is looked in (the related box no longer refuses the page as a listing by accident)
    feeds = "".join(f"<li>Kênh {i}: <a href='/rss/{i}.rss'>/rss/{i}.rss</a></li>" for i in range(5))
    main = (
        "<div class='item-page'><div class='page-header'><h2>RSS</h2></div>"
        "<p>RSS là định dạng tệp tin giúp bạn đọc nhận tin mới từ cổng thông tin mà không cần truy cập "
        f"trang web.</p><ul>{feeds}</ul>{RELATED}</div>"
    )
    assert (_verdict(_portal(main, "RSS"), "/p/200") or "").startswith("other_type: an RSS index")
