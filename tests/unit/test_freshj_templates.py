"""Page typing causes found on the fresh-J families (issue 10, round 18): pages that look like
articles and are not, and articles that look like records. Each test builds its page here
(no family text), the way a Vietnamese portal writes it, and extracts it on the generic path."""

from __future__ import annotations

from pipelines import body, pagekind
from pipelines.record import ArticleRecord
from tests.helpers import read_ad_hoc

BASE = "https://sct.example.gov.vn"
NEWS = [
    "Theo số liệu của Phòng Đăng ký kinh doanh, trong hai tháng đầu năm 2024 toàn tỉnh có 186 doanh nghiệp đăng ký "
    "thành lập mới với tổng vốn đăng ký hơn 1.900 tỷ đồng, tăng 12% so với cùng kỳ.",
    "Các doanh nghiệp mới tập trung chủ yếu trong lĩnh vực thương mại, dịch vụ, xây dựng và chế biến nông sản, bình "
    "quân mỗi doanh nghiệp đăng ký 10,2 tỷ đồng vốn điều lệ.",
    "Tỷ lệ hồ sơ đăng ký doanh nghiệp qua mạng điện tử đạt 98,6%, thời gian giải quyết hồ sơ trung bình là hai ngày "
    "làm việc, sớm hơn một ngày so với quy định.",
]
RELATED_DOCS = (
    '<div class="box-vb"><h4>Văn bản liên quan</h4><table><tr><th>Số ký hiệu</th> <th>Trích yếu</th> '
    "<th>Ngày ban hành</th></tr><tr><td>125/QĐ-SCT</td> <td><a href=\"/van-ban/125.html\">Quyết định ban hành Kế hoạch "
    "xúc tiến thương mại năm 2024</a></td> <td>05/03/2024</td></tr><tr><td>118/KH-SCT</td> <td><a "
    'href="/van-ban/118.html">Kế hoạch tổ chức các hội chợ, triển lãm năm 2024</a></td> <td>26/02/2024</td></tr>'
    "</table></div>"
)


def _page(title: str, date_line: str, content: str, after: str = "") -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="header"><a href="/">Sở Công Thương tỉnh</a> <a href="/gioi-thieu.html">Giới thiệu</a></div>'
        f'<div class="news-detail"><h1 class="news-title">{title}</h1><span class="ngay-dang">{date_line}</span>'
        f'<div class="news-content">{content}</div>{after}</div><div class="footer">Bản quyền thuộc Sở Công Thương</div>'
        "</body></html>"
    ).encode()


def _extract(page: bytes, path: str) -> ArticleRecord | str:
    return read_ad_hoc(page, BASE + path)


def test_a_related_documents_box_is_no_record_of_the_page_and_no_text_of_the_article() -> None:
    # the box's column heads "Số ký hiệu", "Trích yếu", "Ngày ban hành" read as a document's
    # fields and refused the news above it as "a document record"; its lines were in the body
    lines = [*NEWS, "Văn bản liên quan", "Số ký hiệu", "Trích yếu", "Ngày ban hành", "125/QĐ-SCT", "05/03/2024"]
    # (since round 20 the heads alone, a few words beside the news's prose, are no record
    # either: pagekind.DOCUMENT_FIELDS_MIN_SHARE; the box's lines must still leave the body)
    assert pagekind.form_kind(lines) is None
    assert pagekind.form_kind(lines[len(NEWS):]) == "document"
    assert pagekind.form_kind(body.without_sections(lines)) is None
    assert body.without_sections(lines) == NEWS
    content = "".join(f"<p>{x}</p>" for x in NEWS)
    got = _extract(_page("Hai tháng đầu năm có 186 doanh nghiệp thành lập mới", "04/03/2024 08:30", content, RELATED_DOCS),
                   "/tin-tuc/186-doanh-nghiep-2398.html")  # fmt: skip
    assert isinstance(got, ArticleRecord), got
    assert "Văn bản liên quan" not in got.body_text and "Số ký hiệu" not in got.body_text
    assert got.published_at == "2024-03-04T08:30:00+07:00"


def test_a_documents_own_record_with_a_related_box_is_still_a_record() -> None:
    fields = ("<table><tr><th>Số ký hiệu</th> <td>130/QĐ-SCT</td></tr><tr><th>Ngày ban hành</th> <td>08/03/2024</td></tr>"
              "<tr><th>Loại văn bản</th> <td>Quyết định</td></tr><tr><th>Người ký</th> <td>Lê Minh Đức</td></tr>"
              "<tr><th>Trích yếu</th> <td>Quyết định kiện toàn Ban Chỉ đạo</td></tr></table>")  # fmt: skip
    got = _extract(_page("Quyết định kiện toàn Ban Chỉ đạo", "08/03/2024 10:00", fields, RELATED_DOCS), "/van-ban/130.html")
    assert isinstance(got, str) and "record" in got, got


POLL = [
    "Bạn đánh giá thế nào về chất lượng giải quyết thủ tục hành chính trực tuyến của tỉnh?",
    "Rất hài lòng: 412 phiếu (33.1%)", "Hài lòng: 538 phiếu (43.2%)", "Bình thường: 177 phiếu (14.2%)",
    "Chưa hài lòng: 84 phiếu (6.7%)", "Tổng số phiếu: 1.211", "Thời gian thăm dò: từ 01/02/2024 đến 29/02/2024",
]  # fmt: skip


def test_a_polls_results_page_is_refused() -> None:
    # the question, the options with their votes and shares, the total, the poll's dates: no
    # rule knew a poll; the single-page path stored it as an article
    from pipelines import pagecontent

    assert pagecontent.poll_results(POLL)
    got = _extract(_page("Kết quả thăm dò ý kiến", "", "".join(f"<p>{x}</p>" for x in POLL)), "/tham-do-y-kien/12.html")
    assert isinstance(got, str) and "poll" in got, got


def test_news_telling_a_surveys_figures_in_sentences_is_kept() -> None:
    from pipelines import pagecontent

    news = [*NEWS, "Kết quả khảo sát: rất hài lòng 412 phiếu (33,1%), hài lòng 538 phiếu (43,2%), chưa hài lòng 84 phiếu "
            "(6,7%); Sở sẽ tiếp tục cải thiện chất lượng giải quyết thủ tục hành chính trực tuyến."]  # fmt: skip
    assert not pagecontent.poll_results(news)
    election = [*NEWS, "Nguyễn Văn An: 12.345 phiếu (85,2%)", "Trần Thị Bình: 11.902 phiếu (82,1%)",
                "Lê Văn Cường: 10.877 phiếu (75,0%)"]  # fmt: skip
    assert not pagecontent.poll_results(election)  # a results table under news of 90 words
    got = _extract(_page("Kết quả bầu cử bổ sung đại biểu HĐND xã", "04/03/2024 08:30", "".join(f"<p>{x}</p>" for x in election)),
                   "/tin-tuc/ket-qua-bau-cu-2399.html")  # fmt: skip
    assert isinstance(got, ArticleRecord), got


def test_view_counts_are_no_votes() -> None:
    from pipelines import pagecontent

    videos = ["Bản tin thời sự tuần 1 - 1.204 lượt xem", "Bản tin thời sự tuần 2 - 986 lượt xem",
              "Bản tin thời sự tuần 3 - 1.530 lượt xem"]  # fmt: skip
    assert not pagecontent.poll_results(videos)
    assert pagecontent.poll_results(["Rất tốt - 120 lượt bình chọn", "Tốt - 98 lượt bình chọn", "Chưa tốt - 12 lượt bình chọn"])
