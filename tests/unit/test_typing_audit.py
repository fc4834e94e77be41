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
