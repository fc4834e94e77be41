"""The causes FRESH_AK's first look found (round 23, issue 10: chrome that changes from page
to page inside the text's own element, which the earlier chrome sets did not hold), one
general rule each, the article's own lines kept."""

from __future__ import annotations

from pipelines.body import arrow_pointer, chrome_kind, own_tool, strip_chrome, topic_row
from tests.families.texts import KEY, TEXTS
from tests.helpers import ad_hoc_article

PROSE = (
    "Sáng 12/3, Ủy ban nhân dân huyện tổ chức hội nghị giao ban công tác giảm nghèo quý I năm 2024 "
    "với sự tham dự của lãnh đạo các phòng, ban, ngành và Chủ tịch Ủy ban nhân dân các xã, thị trấn."
)
SITE = "Ủy ban nhân dân huyện Tam Giang"


def _page(before: str, after: str, signature: str = "Minh Anh", date_line: str = "Ngày đăng: 12/03/2024") -> bytes:
    paragraphs = "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4))
    return (
        f"<html><head><title>Giao ban công tác giảm nghèo quý I | {SITE}</title></head><body>"
        f'<h1>Giao ban công tác giảm nghèo quý I</h1><div class="meta">{date_line}</div>'
        f'<div class="content">{before}{paragraphs}<p align="right"><b>{signature}</b></p>{after}</div>'
        "</body></html>"
    ).encode()


def test_the_number_of_reads_spelled_so_lan_doc_is_a_counter() -> None:
    # fx-fak-luotdoc: "Số lần đọc: 1.233" under the signature in the text's element, its
    # number the page's own (no page repeats it), kept on every path; the unit signature above
    # it was no longer the text's last line
    for line in ("Số lần đọc: 1.233", "Số lần đọc 937", "Bài viết đã được đọc 1.234 lần", "Số lần đọc: 1.233 lần"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    # a sentence about reading stays
    assert chrome_kind("Số lần đọc sách trung bình của học sinh tăng lên 4 cuốn mỗi tháng.") is None
    kept, removed = strip_chrome([PROSE, "Trung tâm Y tế huyện", "Số lần đọc: 752"])
    assert kept == [PROSE, "Trung tâm Y tế huyện"] and removed == ["Số lần đọc: 752"]
    record = ad_hoc_article(_page("", "<p>Số lần đọc: 752</p>", signature="Trung tâm Y tế huyện"))
    assert "Số lần đọc" not in record.body_text and record.author == "Trung tâm Y tế huyện"


_KEYS = ("dt-hien-mau", "ml-giam-ngheo", "bs-khai-giang-lop-tin-hoc", "bs-ra-quan-lam-dep", "hg-ky-nang-so", "pm-tong-ve-sinh")


def _model_site() -> tuple[str, list[tuple[str, bytes, dict[str, str]]]]:
    base = "https://tamgiang.example.gov.vn"
    head = {"content-type": "text/html; charset=utf-8"}
    pages = []
    for i, key in enumerate(_KEYS):
        title, lead, paragraphs = TEXTS[KEY[key]]
        text = "".join(f"<p>{x}</p>" for x in (lead, *paragraphs))
        page = (f'<html><head><meta charset="utf-8"><title>{title} - {SITE}</title></head><body>'
                f'<div class="top"><a href="/">{SITE}</a></div><div class="news-detail"><h1 class="news-title">{title}</h1>'
                f'<div class="news-date">Ngày đăng: {10 + i:02d}/03/2024</div><div class="news-body">'
                f'<p class="read-time">Thời gian đọc: {i + 2} phút</p><p><strong>{title}</strong></p>{text}'
                f'<p style="text-align: right;"><strong>Minh Anh</strong></p></div></div></body></html>')
        pages.append((f"/tin-tuc/tin-{500 + i}.html", page.encode(), head))
    teasers = "".join(f'<li><a href="/tin-tuc/tin-{500 + i}.html">{TEXTS[KEY[k]][0]}</a></li>' for i, k in enumerate(_KEYS))
    # (each title on one listing: a title the site repeats on several pages is learned chrome)
    for path, items in (("/", teasers[: teasers.index("</li>") + 5]), ("/tin-tuc", teasers)):
        listing = f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><ul>{items}</ul></body></html>'
        pages.insert(0, (path, listing.encode(), head))
    return base, pages


def test_the_headline_again_first_in_the_model_element_is_no_text() -> None:
    # fx-fak-luotdoc: "<p><strong>Headline</strong></p>" first in div.news-body (under a
    # reading time); the generic path dropped it, a site model's element kept it wherever no
    # other page repeated the title (the oldest article, in no side box), ad hoc and inferred
    from benchmarks.extraction_quality import crawl_like, crawl_profile
    from config.profile import adhoc_profile
    from pipelines.inference import infer

    base, pages = _model_site()
    model = infer([(base + p, b, h) for p, b, h in pages])
    got = crawl_like(pages, base, crawl_profile(model, adhoc_profile(base + "/")))
    assert model.confident and model.body is not None
    for i, key in enumerate(_KEYS):
        title, lead, _ = TEXTS[KEY[key]]
        record = got[f"{base}/tin-tuc/tin-{500 + i}.html"]
        assert title not in record.body_text.split("\n"), title
        assert record.body_text.startswith(lead) and record.author == "Minh Anh"


def test_a_reading_time_is_a_counter() -> None:
    # fx-fak-luotdoc: "Thời gian đọc: N phút" first in the text's element, N from the article's
    # length; the first look did not show it (the family's counts repeat from page to page and
    # its site model removes p.read-time by class), but a page read alone, or one whose count no
    # other page shares, kept it at the text's top
    for line in ("Thời gian đọc: 4 phút", "Thời gian đọc: khoảng 3 phút", "3 phút đọc", "Đọc trong 5 phút",
                 "Reading time: 3 min", "4 min read"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    for line in ("Thời gian đọc sách của học sinh tăng lên 45 phút mỗi ngày.", "Đọc trong 5 phút, em đã thuộc bài thơ."):
        assert chrome_kind(line) is None, line
    record = ad_hoc_article(_page('<p class="info">Thời gian đọc: 7 phút</p>', "", signature="Minh Anh"))
    assert "Thời gian đọc" not in record.body_text and record.body_text.startswith(PROSE)


def test_a_labelled_row_of_topic_links_is_the_tag_row() -> None:
    # fx-fak-baitruoc: "Chủ đề: <a>Khởi nghiệp</a>, <a>Đổi mới sáng tạo</a>" under the signature
    # inside div.entry-content, its words the post's own; the single page kept it, and the unit
    # signature above it was no longer the text's last line
    anchors = sorted(["Khởi nghiệp", "Đổi mới sáng tạo", "An toàn bức xạ", "Trang chủ"], key=len, reverse=True)
    for line in ("Chủ đề: Khởi nghiệp, Đổi mới sáng tạo", "Chủ đề: An toàn bức xạ", "Nhãn: Khởi nghiệp | An toàn bức xạ"):
        assert topic_row(line, anchors), line
    # the label over words no link holds (an event's theme), or without the page's links, stays
    for line in ("Chủ đề: Phụ nữ Việt Nam tự tin, đoàn kết", "Chủ đề: Khởi nghiệp để làm giàu trên quê hương"):
        assert not topic_row(line, anchors), line
    assert not topic_row("Chủ đề: An toàn bức xạ", None)
    kept, removed = strip_chrome([PROSE, "Phòng Quản lý chuyên ngành", "Chủ đề: An toàn bức xạ"], anchors)
    assert kept == [PROSE, "Phòng Quản lý chuyên ngành"] and removed == ["Chủ đề: An toàn bức xạ"]
    topics = '<p class="post-topics">Chủ đề: <a href="/chu-de/do-luong/">Đo lường</a>, <a href="/chu-de/ntd/">Bảo vệ người tiêu dùng</a></p>'
    record = ad_hoc_article(_page("", topics, signature="Phòng Quản lý chuyên ngành"))
    assert "Chủ đề" not in record.body_text and record.author == "Phòng Quản lý chuyên ngành"
    theme = "<p>Chủ đề: Phụ nữ Việt Nam tự tin, đoàn kết, sáng tạo</p>"
    assert "Chủ đề: Phụ nữ Việt Nam" in ad_hoc_article(_page(theme, "")).body_text


def test_the_templates_sentence_naming_the_page_is_no_text() -> None:
    # fx-fak-bandoc: "Bạn đang đọc bài viết “<title>” tại chuyên mục ... Mọi thông tin phản ánh xin
    # gửi về ..." last in div.content-detail, the page's own title in it: every path kept it
    note = ("Bạn đang đọc bài viết “Đào tạo nghề cho lao động nông thôn theo đặt hàng của doanh nghiệp” tại chuyên "
            "mục Tin tức - Sự kiện của Cổng thông tin điện tử thành phố Vĩnh Thạnh. Mọi thông tin phản ánh xin gửi "
            "về hộp thư banbientap@vinhthanh.gov.vn.")
    for line in (note, "Bạn đang xem: Đào tạo nghề cho lao động nông thôn", "Bạn đang đọc: Tin tức - Sự kiện"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    for line in ("Bạn đang đọc những dòng này khi mùa lúa đã chín vàng trên khắp cánh đồng.",
                 "Bạn đọc có thể gửi ý kiến về dự thảo trước ngày 30/3."):
        assert chrome_kind(line) is None and not own_tool(line), line
    kept, removed = strip_chrome([PROSE, "Quốc Việt", note])
    assert kept == [PROSE, "Quốc Việt"] and removed == [note]
    record = ad_hoc_article(_page("", f'<p class="note">{note}</p>', signature="Quốc Việt"))
    assert "Bạn đang đọc" not in record.body_text and record.author == "Quốc Việt"


def test_another_articles_linked_title_after_an_arrow_is_a_pointer() -> None:
    # fx-fak-bandoc: two "<p>► <a>another article</a></p>" after the signature in the text's
    # element, no heading, the titles changing from page to page (the next older articles):
    # every path kept them, and the unit signature above them was no longer the last line
    links = {"Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm", "Trang chủ", "Cổng Dịch vụ công"}
    for line in ("► Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm",
                 "▸ Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm.",
                 ">> Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm"):
        assert arrow_pointer(line, links), line
    # an arrow before words no link holds, a short link (a service's name), no arrow: the text's
    for line in ("► Hơn 2.300 người hưởng trợ cấp thất nghiệp", "► Cổng Dịch vụ công",
                 "Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm"):
        assert not arrow_pointer(line, links), line
    others = "".join(f'<p>► <a href="/tin-tuc/tin-{k}.html">{t}</a></p>' for k, t in
                     ((1, "Hơn 2.300 người hưởng trợ cấp thất nghiệp trong hai tháng đầu năm"),
                      (2, "Phiên giao dịch việc làm tháng 3 thu hút hơn 1.500 lao động")))
    record = ad_hoc_article(_page("", others + "<p><em>Ngày đăng: 27/02/2024 14:20</em></p>", signature="Quốc Việt"))
    assert "►" not in record.body_text and record.author == "Quốc Việt"


def test_a_bulletin_of_readings_is_no_article() -> None:
    # fx-fak-luotdoc: a dated "Bản tin mực nước các trạm thủy văn ngày 12/3/2024" whose text is one
    # line per gauging station ("Trạm Tân Châu: 2,35 m, giảm 3 cm so với hôm qua"), 52 words: every
    # path stored it as an article
    from pipelines.pagecontent import readings

    stations = ["Trạm Tân Châu: 2,35 m, giảm 3 cm so với hôm qua", "Trạm Châu Đốc: 2,12 m, giảm 2 cm so với hôm qua",
                "Trạm Tràm Chim: 1,48 m, không đổi", "Trạm Hồng Ngự: 2,20 m, giảm 4 cm so với hôm qua",
                "Trạm Cao Lãnh: 1,65 m, tăng 1 cm so với hôm qua"]
    assert readings(stations) and readings(["Nguồn: Đài Khí tượng Thủy văn tỉnh", *stations])
    assert readings(["Tổng số hồ sơ tiếp nhận: 412", "Hồ sơ trực tuyến: 287 (69,7%)", "Đã giải quyết đúng hạn: 398",
                     "Đang giải quyết: 11"])
    # news telling its figures beside its sentences stays an article
    assert not readings([PROSE, PROSE, *stations])
    assert not readings(stations[:3])
    page = (f"<html><head><title>Bản tin mực nước ngày 12/3/2024 | {SITE}</title></head><body><h1>Bản tin mực "
            f'nước ngày 12/3/2024</h1><div class="meta">Ngày đăng: 12/03/2024</div><div class="content">'
            + "".join(f"<p>{x}</p>" for x in stations + ["Trạm Tam Nông: 1,52 m, giảm 1 cm so với hôm qua"])
            + "</div></body></html>").encode()
    from tests.helpers import read_ad_hoc

    assert isinstance(read_ad_hoc(page, "https://tamgiang.example.gov.vn/thuy-van/ban-tin-12-3"), str)
