"""Causes found on round 17's fresh-E template families (``tests.families.FRESH_E``, part
"fresh" of benchmarks/extraction_quality.py: date conventions of server cultures and raw
values), each on a page of its own (no family read).

- ICU's vi medium date "5 thg 3, 2024" and "26 Tháng Hai 2024" (the day first, the month in
  words) parsed but were no date line: the date-line finder's test knew only "tháng <digit>"
  and the month-first forms;
- a calendar badge's month box "Th2" between the day's and the year's boxes;
- "Ngày tạo: ... | Ngày đăng tải: ..." (a vendor platform's draft creation, then the
  publication): the creation won;
- a CMS field's label in an element of its own (Drupal's ``field__label`` "Tác giả" beside
  ``field__item``): no byline;
- (round 20) a news post about a decision with the decision's record box above its prose
  ("Số ký hiệu", "Ngày ban hành", "Ngày hiệu lực", "Cơ quan ban hành"): typed a document's
  record by its labels alone; and, on the crawl paths, the site model typed it "other": its
  date stood in the box's ``<dd>``, not at the template's date element, and the check for a
  labelled publication date read "Ngày đăng:" only with its date on the same line;
- (round 20) Drupal's month-first "T3, 03/05/2024 - 15:20" on the single-page path (no other
  page to learn the order from) read day first, the 3rd of May, though its weekday is the 5th
  of March's.
"""

from __future__ import annotations

import pytest

from config.profile import adhoc_profile
from pipelines import pagekind
from pipelines.datefind import has_date, labelled_date, split_line
from pipelines.dates import parse_vn_date
from pipelines.sitemodel import extract_page

BASE = "https://vhcs.example.vn/"
PROSE = [
    "Lễ hội năm nay diễn ra trong ba ngày với nhiều hoạt động văn hóa, thể thao truyền thống, thu hút "
    "đông đảo người dân và du khách thập phương về dự, góp phần quảng bá hình ảnh địa phương.",
    "Ban tổ chức đã bố trí lực lượng bảo đảm an ninh trật tự, vệ sinh môi trường và an toàn thực phẩm "
    "tại khu vực lễ hội, đồng thời niêm yết giá các dịch vụ phục vụ khách tham quan.",
]


def _page(meta: str, after: str = "", side: str = "") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        "<html lang='vi'><head><meta charset='utf-8'><title>Khai mạc lễ hội đền Bà Chúa Kho</title></head><body>"
        "<header><span class='header-date'>06/03/2024</span><a href='/'>Trang chủ</a></header>"
        "<main><article class='node node--type-article'>"
        "<h1 class='page-title'><span class='field--name-title'>Khai mạc Lễ hội đền Bà Chúa Kho năm 2024</span></h1>"
        f"{meta}<div class='node__content'><div class='field--name-body'>"
        "<p><strong>Tối 5/3, tại khu di tích đền Bà Chúa Kho đã diễn ra lễ khai mạc lễ hội năm 2024.</strong></p>"
        f"{body}</div>{after}</div></article>"
        f"<aside><h2>Tin mới</h2>{side}</aside></main></body></html>"
    ).encode()


def _record(raw: bytes, url: str = BASE + "tin-tuc/khai-mac-le-hoi", body: str | None = None):  # noqa: ANN202
    profile = adhoc_profile(BASE)
    if body:  # a body selector, as a site model's profile has (the crawl's path)
        profile = profile.model_copy(update={"selectors": profile.selectors.model_copy(update={"body": [body]})})
    return extract_page(raw, url, {"Content-Type": "text/html; charset=utf-8"}, profile)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("5 thg 3, 2024", "2024-03-05T00:00:00+07:00"),
        ("Thứ Hai, 4 thg 3, 2024 10:30", "2024-03-04T10:30:00+07:00"),
        ("26 Tháng Hai 2024", "2024-02-26T00:00:00+07:00"),
        ("27 Th2 2024", "2024-02-27T00:00:00+07:00"),
    ],
)
def test_day_first_month_words_are_date_lines(line: str, want: str) -> None:
    assert has_date(line)
    assert parse_vn_date(line).iso == want
    record = _record(_page(f"<div class='node__submitted'>{line}</div>"))
    assert record.published_at == want


def test_a_badges_month_box_tells_the_date_with_its_day_and_year() -> None:
    badge = ("<div class='date-badge'><span class='day'>27</span> <span class='month'>Th2</span> "
             "<span class='year'>2024</span></div>")  # fmt: skip
    assert _record(_page(badge)).published_at == "2024-02-27T00:00:00+07:00"
    # "Thứ Hai" is a weekday, never a month: no day before it, no year after it
    assert not has_date("Thứ Hai") and parse_vn_date("Th2, giờ làm việc 7h30") is None


@pytest.mark.parametrize(
    "line",
    ["Ngày tạo: 2024-02-28 16:40:00.0 | Ngày đăng tải: 2024-03-01 07:30:00.0",
     "Ngày tạo: 28/02/2024 - Ngày đăng tải: 01/03/2024 07:30"],
)  # fmt: skip
def test_the_publication_wins_over_the_drafts_creation(line: str) -> None:
    published, updated = split_line(line)
    assert published is not None and published.startswith("Ngày đăng tải") and updated is None
    record = _record(_page(f"<div class='info-detail'><span class='time'>{line}</span> | Lượt xem: 125</div>"))
    assert record.published_at[:10] == "2024-03-01"
    # the creation alone is still the page's date
    alone = _record(_page("<div class='info-detail'>Ngày tạo: 28/02/2024</div>"))
    assert alone.published_at[:10] == "2024-02-28"


def test_a_cms_fields_label_in_its_own_element_labels_the_next() -> None:
    field = ("<div class='field field--name-field-tac-gia field--label-inline'><div class='field__label'>Tác giả</div>"
             "<div class='field__item'>Quốc Bảo</div></div>")  # fmt: skip
    for body in (None, ".field--name-body"):
        record = _record(_page("<div class='field__item'>5 thg 3, 2024</div>", after=field), body=body)
        assert record.author == "Quốc Bảo", body
    # a label of something else beside its value names no one
    other = ("<div class='field'><div class='field__label'>Chuyên mục</div><div class='field__item'>Văn hóa</div></div>")
    assert _record(_page("<div>5 thg 3, 2024</div>", after=other)).author is None


_RECORD_BOX = ["Số ký hiệu:", "12/2024/QĐ-UBND", "Ngày ban hành:", "15/01/2024", "Ngày hiệu lực:", "01/02/2024",
               "Cơ quan ban hành:", "Ủy ban nhân dân tỉnh", "Ngày đăng:", "26/02/2024 4:10:00 CH"]  # fmt: skip


def test_a_decisions_record_box_over_a_news_posts_prose_is_no_document_record() -> None:
    # the box's fields are a tenth of the words, the rest the post's own prose
    assert pagekind.form_kind(["Trao Giấy chứng nhận đầu tư", *_RECORD_BOX, *PROSE, *PROSE]) is None
    box = "<dl class='doc-info'>" + "".join(
        f"<dt>{k}</dt><dd>{v}</dd>" for k, v in zip(_RECORD_BOX[::2], _RECORD_BOX[1::2], strict=True)
    ) + "</dl>"
    record = _record(_page(box))
    assert record.title == "Khai mạc Lễ hội đền Bà Chúa Kho năm 2024"
    assert record.published_at == "2024-02-26T16:10:00+07:00"
    # a document's record stays one: its fields alone, with a short summary, or over the
    # document's full text (its articles, its grounds)
    assert pagekind.form_kind([*_RECORD_BOX, "Trích yếu:", "Quyết định ban hành quy chế làm việc"]) == "document"
    legal = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "QUYẾT ĐỊNH:",
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.", *PROSE, *PROSE]  # fmt: skip
    assert pagekind.form_kind([*_RECORD_BOX, *legal]) == "document"


def test_a_bare_publication_label_over_its_date_labels_the_date() -> None:
    # a record box's <dt>Ngày đăng:</dt><dd>...</dd>: two lines
    assert labelled_date(_RECORD_BOX)
    assert labelled_date(["Ngày xuất bản", "ngày 4 tháng 3 năm 2024"])
    # another date's label (the decision's issue), or a label over prose, is none
    assert not labelled_date(_RECORD_BOX[:8])
    assert not labelled_date(["Ngày đăng:", PROSE[0]])


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("T3, 03/05/2024 - 15:20", "2024-03-05T15:20:00+07:00"),  # Tuesday: the 5th of March
        ("Thứ 3, 03/05/2024", "2024-03-05T00:00:00+07:00"),
        ("Tue, 03/05/2024", "2024-03-05T00:00:00+07:00"),
        ("Chủ nhật, 03/10/2024", "2024-03-10T00:00:00+07:00"),
        # the day-first reading's own weekday, or none, or both readings the same: day first
        ("Thứ Sáu, 03/05/2024", "2024-05-03T00:00:00+07:00"),
        ("Thứ Ba, 05/03/2024", "2024-03-05T00:00:00+07:00"),
        ("03/05/2024 - 15:20", "2024-05-03T15:20:00+07:00"),
        ("Thứ Hai, 03/03/2024", "2024-03-03T00:00:00+07:00"),
    ],
)
def test_a_weekday_tells_a_month_first_dates_order(line: str, want: str) -> None:
    assert parse_vn_date(line).iso == want


def test_drupals_month_first_date_reads_by_its_weekday_on_the_single_page() -> None:
    meta = "<div class='node__meta'>Gửi bởi Biên tập viên vào <span class='field--name-created'>T3, 03/05/2024 - 15:20</span></div>"
    assert _record(_page(meta)).published_at == "2024-03-05T15:20:00+07:00"
