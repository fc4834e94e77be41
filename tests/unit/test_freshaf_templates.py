"""The causes FRESH_AF's first look found (round 22, issue 10: chrome inside or right after
the text that the earlier chrome sets did not hold), one general rule each, the article's own
lines kept."""

from __future__ import annotations

from pipelines.body import chrome_kind, own_tool, strip_chrome
from pipelines.record import ArticleRecord
from tests.helpers import ad_hoc_article

PROSE = (
    "Sáng 12/3, Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm 2023 và triển khai "
    "nhiệm vụ trọng tâm năm 2024 với sự tham dự của lãnh đạo các ban, ngành, đoàn thể và các ấp."
)
SITE = "Ủy ban nhân dân xã Sơn Vân"


def _page(before: str, after: str, signature: str = "Minh Anh", date_line: str = "Ngày đăng: 12/03/2024 08:30") -> bytes:
    paragraphs = "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4))
    return (
        f"<html><head><title>Hội nghị tổng kết công tác năm 2023 | {SITE}</title></head><body>"
        f'<h1>Hội nghị tổng kết công tác năm 2023</h1><div class="meta">{date_line}</div>'
        f'<div class="content">{before}{paragraphs}<p align="right"><b>{signature}</b></p>{after}</div>'
        "</body></html>"
    ).encode()


def test_a_row_of_hashtags_without_a_label_is_the_tag_row() -> None:
    # fx-faf-xa: "#chibo #TânPhước" as links to tag pages under the signature, no "Từ khóa:"
    for line in ("#chibo #TânPhước", "#vănnghệ", "#nôngnghiệp, #lúađôngxuân", "#a | #b"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    # a sentence with a hashtag in it stays
    for line in ("Chiến dịch #SốngXanh thu hút hơn 500 đoàn viên thanh niên tham gia.", "# 3 tổ dân phố"):
        assert chrome_kind(line) is None, line
    kept, removed = strip_chrome([PROSE, "Công an xã", "#anninhtrậttự #lễhội"])
    assert kept == [PROSE, "Công an xã"] and removed == ["#anninhtrậttự #lễhội"]
    record = ad_hoc_article(_page("", '<p class="tags"><a href="/tag/a">#anninhtrậttự</a> <a href="/tag/b">#lễhội</a></p>',
                           signature="Công an xã"))
    assert "#" not in record.body_text and record.author == "Công an xã"


def test_the_comments_count_beside_the_reads_is_a_counter() -> None:
    # fx-faf-xa "Lượt đọc: 1.806 | Bình luận: 0" under the signature; kept on the single-page
    # path, the unit signature above it was no longer the text's last line
    for line in ("Lượt đọc: 1.806 | Bình luận: 0", "Bình luận: 0", "Số ý kiến: 3", "Phản hồi: 12"):
        assert chrome_kind(line) == "strong" and own_tool(line), line
    # a label without a number, or a sentence, stays what it was
    for line in ("Bình luận: Cần nhân rộng mô hình này ra các xã khác.", "Ý kiến: đồng tình với dự thảo"):
        assert chrome_kind(line) is None, line
    kept, removed = strip_chrome([PROSE, "Công an xã", "Lượt đọc: 1.806 | Bình luận: 0"])
    assert kept == [PROSE, "Công an xã"] and removed == ["Lượt đọc: 1.806 | Bình luận: 0"]


def test_counts_behind_icons_are_the_blocks_tools() -> None:
    # fx-faf-sovhtt: "<i class='fa fa-eye'></i> 7.082 <i class='fa fa-comments'></i> 0" under the
    # text reads "7.082 0": no word, every path kept it, and the unit signature above it was
    # no longer the text's last line
    # the text's only such line: a table's cells read as lines are many ("38", "0", "0", a
    # standings table at the end of a public benchmark's sports article)
    table = ["Đội", "Điểm", "Hòa Lĩnh", "38", "0", "Đông Sơn", "35", "2"]
    kept, _ = strip_chrome([PROSE, "Bảng xếp hạng sau vòng 10:", *table])
    assert kept[2:] == table
    kept, removed = strip_chrome([PROSE, "Bảo tàng tỉnh", "12/03/2024 Năm 2024"])
    assert removed == []
    kept, removed = strip_chrome([PROSE, "Bảo tàng tỉnh", "7.489 0"])
    assert kept == [PROSE, "Bảo tàng tỉnh"] and removed == ["7.489 0"]
    # only outside the prose: a figure between two paragraphs stays
    kept, _ = strip_chrome([PROSE, "2024", PROSE + " Tiếp theo.", "Bảo tàng tỉnh"])
    assert "2024" in kept
    after = '<div class="stats"><i class="fa fa-eye"></i> 7.489 &nbsp; <i class="fa fa-comments"></i> 0</div>'
    record = ad_hoc_article(_page("", after, signature="Bảo tàng tỉnh"))
    assert "7.489" not in record.body_text and record.author == "Bảo tàng tỉnh"


def test_a_phone_only_copy_of_the_date_line_is_no_text() -> None:
    # fx-faf-stttt: the text element opens with h2.visible-xs (the headline) and p.visible-xs
    # (the date "06/03/2024 09:15"), the template's copies for phones; ad hoc and inferred kept
    # the date as the body's first line
    from lxml import html as lxml_html

    from pipelines.dom import hidden, phone_only

    for cls in ("visible-xs", "visible-xs-block date-m", "d-block d-md-none", "md:hidden", "visible-sm"):
        assert phone_only(lxml_html.fromstring(f'<p class="{cls}">06/03/2024 09:15</p>')), cls
    for cls in ("hidden-xs", "d-none d-md-block", "visible-xs visible-md", "d-md-none d-lg-block", "col-xs-12"):
        assert not phone_only(lxml_html.fromstring(f'<p class="{cls}">06/03/2024 09:15</p>')), cls
    # a long phone-only block (the whole text written twice) is still read
    long = " ".join(["chữ"] * 60)
    assert not hidden(lxml_html.fromstring(f'<div class="visible-xs"><p>{long}</p></div>'))
    # a site model's body element is read as a reader sees it (``visible=True``)
    from pipelines.body import block_paragraphs

    el = lxml_html.fromstring(
        '<div class="article-content"><h2 class="visible-xs">Hội nghị tổng kết</h2>'
        f'<p class="visible-xs date-m">12/03/2024 08:30</p><p>{PROSE}</p><p class="d-none d-md-block">Minh Anh</p></div>'
    )
    assert block_paragraphs(el, visible=True) == [PROSE, "Minh Anh"]
    assert block_paragraphs(el) == ["Hội nghị tổng kết", "12/03/2024 08:30", PROSE, "Minh Anh"]


def _typed(title: str, date_line: str, inner: str) -> object:
    from tests.helpers import read_ad_hoc

    page = (
        f"<html><head><title>{title}</title></head><body><div class='news-detail'><h1>{title}</h1>"
        f"<div class='news-time'>{date_line}</div><div class='news-body'>{inner}</div></div></body></html>"
    ).encode()
    return read_ad_hoc(page, "https://sovh.example.gov.vn/vi/danh-ba")


def test_a_directorys_separators_are_no_words() -> None:
    # fx-faf-sovhtt's directory lines "Bà Trần Thị Mai - Phó Giám đốc Sở - ĐT: 0237.3852.002" are
    # 12 words with the dashes, the length of a line of prose for the directory rule
    from pipelines.pagecontent import directory

    rows = ["Ông Lê Văn Hòa - Giám đốc Sở - ĐT: 0237.3852.001", "Bà Trần Thị Mai - Phó Giám đốc Sở - ĐT: 0237.3852.002",
            "Ông Phạm Quang Vinh - Phó Giám đốc Sở - ĐT: 0237.3852.003"]
    assert directory(rows)
    # a sentence giving a phone number is prose, whatever its separators
    assert not directory([*rows, "Người dân phản ánh các vấn đề về an toàn thực phẩm xin gọi số 0237.3852.099 - 24/7."])


def test_a_directory_showing_only_its_update_date_is_no_article() -> None:
    # fx-faf-sovhtt's "Danh bạ điện thoại cơ quan Sở" under "Cập nhật lúc 14:00, 10/01/2024":
    # the directory rule was asked of undated pages only; an update date is no publication
    rows = ("Ông Lê Văn Hòa - Giám đốc Sở - ĐT: 0237.3852.001", "Bà Trần Thị Mai - Phó Giám đốc Sở - ĐT: 0237.3852.002",
            "Văn phòng Sở - Chánh Văn phòng - ĐT: 0237.3852.014", "Thanh tra Sở - Chánh Thanh tra - ĐT: 0237.3852.040")
    inner = "".join(f"<p>{r}</p>" for r in rows)
    got = _typed("Danh bạ điện thoại cơ quan Sở", "Cập nhật lúc 14:00, 10/01/2024", inner)
    assert isinstance(got, str) and "directory" in got, got
    # news giving the hotlines in sentences, under the same update line, stays an article
    news = (f"<p>{PROSE}</p><p>{PROSE} Người dân phản ánh qua đường dây nóng của Sở theo các số điện thoại sau.</p>"
            + inner)
    assert isinstance(_typed("Công bố đường dây nóng phục vụ lễ hội", "Cập nhật lúc 14:00, 10/01/2024", news), ArticleRecord)


def test_a_bulletin_issues_contents_is_a_listing() -> None:
    # fx-faf-sovhtt "Bản tin Văn hóa - Thể thao - Du lịch số 03/2024": "Mục lục", then "Trang 2 -
    # <title>" lines and the issue's PDF, under "Cập nhật lúc ..."
    from pipelines.pagecontent import issue_contents

    entries = ["Trang 2 - Khai mạc Lễ hội đền Bà Chúa Kho năm 2024", "Trang 4 - Thư viện tỉnh ra mắt không gian đọc sách số",
               "Trang 6 - Hơn ba nghìn vận động viên tham gia Giải chạy", "Tr. 8: Trùng tu di tích đình làng Phú Lễ"]
    assert issue_contents(["Mục lục", *entries, "ban-tin-so-03-2024.pdf"])
    # an article mentioning pages of a report, in prose, is no contents
    assert not issue_contents([PROSE, "Trang 2 của báo cáo nêu rõ các chỉ tiêu.", PROSE, PROSE])
    assert not issue_contents([PROSE, PROSE, *entries])  # prose besides: an article with a box of pages
    inner = "<p><strong>Mục lục</strong></p>" + "".join(f"<p>{e}</p>" for e in entries)
    got = _typed("Bản tin Văn hóa - Thể thao - Du lịch số 03/2024", "Cập nhật lúc 08:00, 01/03/2024", inner)
    assert isinstance(got, str) and "contents" in got, got
