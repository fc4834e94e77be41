"""htmldate as the fallback for an article page left undated (pipelines.datefallback):
day first, the day only, ``date_basis`` "htmldate", and its guards against the capture day."""

from __future__ import annotations

from lxml import html

from config.profile import adhoc_profile
from pipelines.datefallback import capture_day, htmldate_dates
from pipelines.datefind import FoundDates
from pipelines.dates import parse_vn_date
from pipelines.extract import extract
from pipelines.record import ArticleRecord

TZ = "Asia/Ho_Chi_Minh"
URL = "https://sotp.example.gov.vn/tin-tuc/hoi-nghi-tong-ket.html"
TEXT = "".join(
    f"<p>Đoạn {i}: hội nghị tổng kết công tác năm của sở, các phòng ban báo cáo kết quả "
    f"và đề ra nhiệm vụ trọng tâm cho năm tới, với nhiều ý kiến đóng góp thiết thực.</p>"
    for i in range(8)
)


def _page(footer: str) -> str:
    # no date near the title: the day is only in a line at the end of the page
    return (
        "<html><head><title>Hội nghị tổng kết</title></head><body><article>"
        f"<h1>Hội nghị tổng kết công tác năm</h1>{TEXT}</article>"
        f"<div class='footer-note'>{footer}</div></body></html>"
    )


def _fallback(footer: str, fetched_at: str | None = None) -> FoundDates:
    return htmldate_dates(FoundDates(), html.fromstring(_page(footer)), URL, TZ, fetched_at)


def test_an_undated_article_takes_htmldates_day_read_day_first() -> None:
    # (a line the page's own foot scan does not read: "Bài đăng ngày 05/03/2024", the post's own
    # label, is a foot date line since fresh-O's closing-sentence rule, read before htmldate)
    record = extract(_page("Văn phòng Sở - 05/03/2024").encode(), URL, {}, adhoc_profile(URL),
                     fetched_at="2024-06-01T00:00:00Z")  # fmt: skip
    assert isinstance(record, ArticleRecord)
    assert record.published_at == "2024-03-05T00:00:00+07:00"
    assert (record.date_basis, record.date_precision) == ("htmldate", "day")
    assert not record.page_dated  # no sign of an article page for the page typing
    assert "date_unparsed" not in record.warnings


def test_no_day_after_the_capture_nor_the_capture_day_itself() -> None:
    assert _fallback("Bài đăng ngày 05/03/2024", "2024-03-01T08:00:00+07:00").published is None
    # a portal's header prints today's date on every page: the capture day is refused, and
    # a "Hôm nay" line is never read
    assert _fallback("Bài đăng ngày 05/03/2024", "2024-03-05T03:00:00Z").published is None
    assert _fallback("Hôm nay: Thứ Hai, 04/03/2024", "2024-06-01T03:00:00Z").published is None
    assert _fallback("Bài đăng ngày 04/03/2024", "2024-03-05T03:00:00Z").published is not None


def test_a_date_of_the_pages_own_readers_is_kept() -> None:
    own = FoundDates(parse_vn_date("12/03/2024 08:15", TZ), None, "page")
    assert htmldate_dates(own, html.fromstring(_page("05/03/2024")), URL, TZ) is own
    # an update date alone: the profile's date_line said it is no publication date
    update = FoundDates(None, parse_vn_date("12/03/2024", TZ), "page")
    assert htmldate_dates(update, html.fromstring(_page("05/03/2024")), URL, TZ) is update


def test_capture_day_in_utc() -> None:
    assert capture_day("2024-03-05T23:30:00-02:00") == "2024-03-06"
    assert capture_day("2024-03-05T10:00:00") == "2024-03-05"
    assert capture_day("not a time") is None and capture_day(None) is None


def test_a_readers_comment_date_is_never_htmldates_day() -> None:
    comments = (
        "<h3>Ý kiến bạn đọc</h3><div class='item'><b>Nguyễn Văn Bình</b> "
        "<span>06/03/2024</span><p>Bài viết rất thiết thực, cảm ơn ban biên tập.</p></div>"
    )
    assert _fallback(comments, "2024-06-01T03:00:00Z").published is None
