"""Non-article pages in an article's template (issue 10, the pages2 part): each rule the part
made necessary, on a small page, refusing its kind and keeping an article beside it."""

from __future__ import annotations

import lxml.html
import pytest

from config.profile import adhoc_profile
from pipelines import pagecontent, pagekind
from pipelines.dom import in_teaser
from pipelines.extract import extract
from pipelines.record import ArticleRecord

BASE = "https://ubnd.hoason.gov.vn/"
NEWS = (
    "Sáng nay, Ủy ban nhân dân huyện tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội "
    "năm 2024 với sự tham dự của lãnh đạo các phòng, ban và các xã, thị trấn trên địa bàn."
)


def _portal(main: str, title: str, head: str = "") -> bytes:
    """A portal page: header and menu, the content column, a footer."""
    return (
        f"<html><head><meta charset='utf-8'><title>{title} - UBND huyện</title>{head}</head><body>"
        "<header><a href='/'>Ủy ban nhân dân huyện Hòa Sơn</a><ul><li><a href='/'>Trang chủ</a></li>"
        "<li><a href='/tin-tuc'>Tin tức</a></li></ul></header>"
        f"<div class='main'><h1>{title}</h1>{main}</div>"
        "<footer><p>Bản quyền thuộc Ủy ban nhân dân huyện Hòa Sơn.</p></footer></body></html>"
    ).encode()


def _verdict(page: bytes, path: str) -> str | None:
    result = extract(page, BASE.rstrip("/") + path, {"content-type": "text/html; charset=utf-8"}, adhoc_profile(BASE))
    return None if isinstance(result, ArticleRecord) else f"{result.reason}: {result.detail}"


ARTICLE = _portal(f"<p>Thứ Năm, 14/03/2024 08:30</p><p>{NEWS}</p><p>{NEWS}</p>", "Hội nghị triển khai nhiệm vụ năm 2024")
LEADER = _portal(
    "<p><img src='/img/pct.jpg' alt=''></p><p>Đồng chí Trần Minh Đức sinh năm 1972, quê quán xã Tân Phong. "
    "Tốt nghiệp Đại học Kinh tế quốc dân, thạc sĩ quản lý công, cao cấp lý luận chính trị.</p>"
    "<p>Từ năm 2016 đến nay giữ chức Phó Chủ tịch Ủy ban nhân dân huyện, phụ trách kinh tế.</p>",
    "Phó Chủ tịch UBND huyện Trần Minh Đức",
)
QA = _portal(
    "<p>Người hỏi: Nguyễn Văn Tâm - Ngày gửi: 03/05/2024</p><p>Gia đình tôi có thửa đất được cấp giấy "
    "chứng nhận từ năm 1998, nay giấy đã cũ. Xin hỏi thủ tục cấp đổi gồm những giấy tờ gì?</p>"
    "<p>Trả lời (05/06/2024):</p><p>Hồ sơ cấp đổi gồm đơn đề nghị theo mẫu và bản gốc giấy chứng nhận "
    "đã cấp, nộp tại bộ phận một cửa cấp huyện; thời gian giải quyết không quá bảy ngày làm việc.</p>",
    "Thủ tục cấp đổi giấy chứng nhận",
)
RSS = _portal(
    "<p>RSS là định dạng tệp tin giúp bạn đọc nhận tin mới từ cổng thông tin mà không cần truy cập trang "
    "web. Sao chép địa chỉ kênh vào phần mềm đọc tin để theo dõi những tin mới nhất.</p><ul>"
    + "".join(f"<li>{c}: <a href='/rss/{i}.rss'>/rss/{i}.rss</a></li>" for i, c in enumerate(("Tin tức", "Thông báo", "Văn bản")))
    + "</ul>",
    "Kênh RSS",
)
FORM = _portal(
    "<p>Tổ chức, cá nhân gửi câu hỏi về các lĩnh vực thuộc thẩm quyền của cơ quan. Vui lòng ghi đầy đủ họ "
    "tên, địa chỉ, số điện thoại và nội dung; câu hỏi được chuyển đến đơn vị chuyên môn trả lời sớm nhất.</p>"
    "<form method='post'><input name='ten'><input name='email'><textarea name='nd'></textarea><button>Gửi</button></form>",
    "Gửi câu hỏi",
)
VIDEO = _portal(
    "<p><video controls src='/media/ra-quan.mp4'></video></p><p>16/07/2024 - Lượt xem: 312</p>"
    "<p>Phóng sự về lễ ra quân mùa khô và các phần việc của đoàn viên thanh niên trên địa bàn: làm đường "
    "giao thông nông thôn, nạo vét kênh mương, thắp sáng đường quê và giúp đỡ các gia đình chính sách.</p>",
    "Ra quân mùa khô năm 2024",
)
ONE_TEASER = _portal(
    "<div class='item'><h3><a href='/tin-tuc/tong-ket-thi-dua-4101.html'>Tổng kết phong trào thi đua yêu nước "
    f"giai đoạn 2020-2025</a></h3><span>12/03/2024</span><p>{NEWS} Hội nghị biểu dương các tập thể.</p>"
    "<p><a href='/tin-tuc/tong-ket-thi-dua-4101.html'>Xem tiếp</a></p></div>",
    "Thi đua - Khen thưởng",
)
ANNOUNCEMENTS = _portal(
    "<p>Cuộc thi do Hội đồng phổ biến, giáo dục pháp luật tổ chức, dành cho mọi công dân trên địa bàn. "
    "Thí sinh làm bài trực tuyến hằng tuần; kết quả được công bố dưới đây cho bạn đọc theo dõi.</p><ul>"
    + "".join(f"<li><a href='/cuoc-thi/thong-bao-{i}.html'>Danh sách thí sinh đạt giải tuần {i}</a> (0{i}/04/2024)</li>" for i in range(1, 5))
    + "</ul>",
    "Cuộc thi tìm hiểu pháp luật năm 2024",
)


@pytest.mark.parametrize(
    ("page", "path", "why"),
    [
        (LEADER, "/p/116", "biography"),
        (QA, "/p/130", "qa record"),
        (RSS, "/p/201", "RSS index"),
        (FORM, "/p/191", "form page"),
        (VIDEO, "/p/150", "video page"),
    ],
)
def test_a_service_page_at_an_opaque_url_is_refused_by_what_it_holds(page: bytes, path: str, why: str) -> None:
    verdict = _verdict(page, path)
    assert verdict is not None, why


def test_an_article_beside_them_is_kept() -> None:
    assert _verdict(ARTICLE, "/p/777") is None


def test_a_dated_biography_is_news_and_an_article_with_a_comment_form_stays_one() -> None:
    # an appointment's news carries the new leader's curriculum: dated, it is an article
    dated = LEADER.replace(b"<p><img", f"<p>Thứ Năm, 14/03/2024 08:30</p><p>{NEWS}</p><p><img".encode())
    assert _verdict(dated, "/p/117") is None
    form = "<h3>Ý kiến bạn đọc</h3><form><input name='ten'><input name='email'><textarea></textarea></form>"
    assert _verdict(ARTICLE.replace(b"</div><footer>", f"{form}</div><footer>".encode()), "/p/778") is None


def test_labelled_fields_on_one_line_and_a_dated_answer_label_count() -> None:
    assert pagekind.form_kind(["Người hỏi: Nguyễn Văn Tâm - Ngày gửi: 03/05/2024", "Trả lời (05/06/2024):"]) == "qa"
    assert pagekind.form_kind(["Ông Tâm - Chủ tịch xã: trả lời phỏng vấn", "Trả lời (05/06/2024):"]) is None


def test_an_event_id_is_no_calendar_a_year_is() -> None:
    assert pagekind.url_kind("https://lib.example/event/7538072") is None
    assert pagekind.url_kind("https://lib.example/events/2024") == "calendar"


def test_a_date_after_a_cac_tin_khac_heading_in_br_lines_is_a_teasers() -> None:
    doc = lxml.html.fragment_fromstring(
        "<td><p>Nội dung.</p><b>Các tin khác:</b><br>» <a href='/t/1'>Tin một</a> <span>(3/14/2024)</span><br></td>"
    )
    span = doc.find(".//span")
    assert in_teaser(span)
    assert not in_teaser(doc.find("p"))
    assert pagecontent.biography(["Sinh năm 1972, quê quán Nam Định, tốt nghiệp đại học."])


def test_a_sapo_under_another_pages_linked_title_and_dated_links_are_teasers() -> None:
    tree = lxml.html.document_fromstring(ONE_TEASER.decode())
    sapo = f"{NEWS} Hội nghị biểu dương các tập thể."
    assert pagecontent.teaser_sapo(tree, BASE, BASE + "p/101", [sapo, "Bản quyền thuộc UBND."])
    own = lxml.html.document_fromstring(ARTICLE.decode())
    assert not pagecontent.teaser_sapo(own, BASE, BASE + "p/777", [NEWS, NEWS])
    tree = lxml.html.document_fromstring(ANNOUNCEMENTS.decode())
    assert pagecontent.dated_links(tree.find(".//div[@class='main']"), BASE, BASE + "p/156") == 4
    assert pagecontent.dated_links(own.find(".//div[@class='main']"), BASE, BASE + "p/777") == 0


def test_the_part_adds_six_kinds_per_site_every_kind_somewhere_none_holding_its_articles_text() -> None:
    from benchmarks.extraction_quality import families
    from benchmarks.pages2 import KINDS, PER_SITE

    fams = families("pages2")
    kinds = [tuple(f.pages.kinds) for f in fams.values()]
    assert all(len(set(k)) == PER_SITE for k in kinds) and len(set(kinds)) > len(kinds) // 2
    assert {k for ks in kinds for k in ks} == set(KINDS)
    for site_id in ("fx-sharepoint", "fx-blogspot"):  # a table-era template, a blog's
        family = fams[site_id]
        site = family.build_site()
        art = family.ARTICLES[0]
        for path in family.ADDED:
            text = " ".join(lxml.html.document_fromstring(site.pages[path].body).text_content().split())
            assert not any(" ".join(x.split())[:50] in text for x in [art.lead, art.title, *art.paragraphs])


def test_a_grid_of_captioned_pictures_the_body_stage_did_not_read_is_a_gallery() -> None:
    from types import SimpleNamespace

    from pipelines.classify import _gallery
    from pipelines.content import Text

    caps = [f"Quang cảnh ngày hội tại khu dân cư số {i} của phường Đông Tiến năm nay" for i in range(5)]
    grid = "".join(f"<figure><img src='/album/{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(caps))
    page = SimpleNamespace(tree=lxml.html.document_fromstring(f"<html><body><p>03/05/2024</p>{grid}</body></html>"))
    text = Text(paragraphs=["03/05/2024", *caps], element=None, container=None, lead=None, had_text=True)
    assert _gallery(page, text)  # 60 words, all captions: before, none counted as one
    text.paragraphs += [NEWS, NEWS]  # a photo story: its own text beside the pictures
    assert not _gallery(page, text)


# real articles the rules above must keep (the typeaudit8 audit): a short notice whose date
# stands only in its foot, with its "Các tin khác" list; an obituary; a signed video report
NOTICE = _portal(
    f"<p>{NEWS}</p><p>{NEWS}</p><p style='text-align:right'><strong>Hoàng Lan</strong></p>"
    "<div class='other'><h3>Các tin khác</h3><ul>"
    + "".join(f"<li><a href='/tin-tuc/tin-{i}.html'>Tin hoạt động số {i} của huyện trong tháng</a> <span>(0{i}/03/2024)</span></li>" for i in range(1, 5))
    + "</ul></div>",
    "Tăng cường kiểm tra khai thác khoáng sản trái phép",
)
OBITUARY = _portal(
    "<p>Ban Thường vụ Huyện ủy vô cùng thương tiếc báo tin: đồng chí Nguyễn Văn Lâm, sinh năm 1940, quê quán "
    "xã Tân Phong, nguyên Bí thư Huyện ủy, đã từ trần hồi 14 giờ ngày 12 tháng 3 năm 2024 tại nhà riêng.</p>"
    "<p>Đồng chí tốt nghiệp Đại học Nông nghiệp, từng giữ chức Chủ tịch Ủy ban nhân dân huyện hai nhiệm kỳ. "
    "Lễ viếng được tổ chức tại nhà tang lễ huyện từ 7 giờ sáng ngày 14 tháng 3.</p>",
    "Tin buồn: đồng chí Nguyễn Văn Lâm từ trần",
)
REPORT = _portal(
    "<div class='player'><video controls src='/media/v/ra-quan.mp4'></video></div>"
    "<p>Sáng 15/3, huyện tổ chức lễ ra quân hưởng ứng Tháng Thanh niên năm 2024 với nhiều phần việc thiết thực: "
    "làm đường giao thông nông thôn, nạo vét kênh mương, thắp sáng đường quê và trao quà cho các gia đình chính "
    "sách trên địa bàn.</p><p class='author'>PV: Quang Huy</p>",
    "Huyện ra quân hưởng ứng Tháng Thanh niên năm 2024",
)


def test_related_news_an_obituary_and_a_signed_video_report_stay_articles() -> None:
    assert _verdict(NOTICE, "/p/301") is None  # the dated links are a "Các tin khác" box's
    assert _verdict(OBITUARY, "/p/302") is None  # a life narrated, and news: "từ trần"
    assert _verdict(REPORT, "/p/303") is None  # a player and a sapo, signed
    # ... and their kinds of non-article beside them are still refused
    unsigned = REPORT.replace(b"<p class='author'>PV: Quang Huy</p>", b"")
    assert (_verdict(unsigned, "/p/304") or "").startswith("other_type: a video page")
    assert _verdict(LEADER, "/p/116") == "other_type: a person's biography with no date"
    assert _verdict(ANNOUNCEMENTS, "/p/156") is not None
