"""parse_vn_date: every Vietnamese form the portals use, and garbage."""

from __future__ import annotations

import pytest

from pipelines.dates import ParsedDate, parse_vn_date

TZ = "Asia/Ho_Chi_Minh"


@pytest.mark.parametrize(
    ("text", "iso", "precision"),
    [
        ("Thứ Hai, 09/01/2023 - 15:20", "2023-01-09T15:20:00+07:00", "minute"),
        ("Ngày đăng: 05/01/2023 | 08:15", "2023-01-05T08:15:00+07:00", "minute"),
        ("Cập nhật lúc 14:20 ngày 3/2/2023", "2023-02-03T14:20:00+07:00", "minute"),
        ("Ngày 10 tháng 01 năm 2022", "2022-01-10T00:00:00+07:00", "day"),
        ("Lào Cai, ngày 10 tháng 1, năm 2022", "2022-01-10T00:00:00+07:00", "day"),
        ("10h30 ngày 5/1/2023", "2023-01-05T10:30:00+07:00", "minute"),
        ("10H30' ngày 5/1/2023", "2023-01-05T10:30:00+07:00", "minute"),
        ("09/01/2023 15:20:05", "2023-01-09T15:20:05+07:00", "second"),
        ("Thứ hai, 09/01/2023, 15:20 (GMT+7)", "2023-01-09T15:20:00+07:00", "minute"),
        ("09/01/2023 08:20 (GMT+0)", "2023-01-09T15:20:00+07:00", "minute"),
        ("2023-01-09T15:20:00+07:00", "2023-01-09T15:20:00+07:00", "second"),
        ("2023-01-09T08:20:00Z", "2023-01-09T15:20:00+07:00", "second"),
        ("2023-01-09 15:20", "2023-01-09T15:20:00+07:00", "minute"),
        ("2023-01-09", "2023-01-09T00:00:00+07:00", "day"),
        ("tháng 1/2023", "2023-01-01T00:00:00+07:00", "month"),
        ("Tháng 12 năm 2022", "2022-12-01T00:00:00+07:00", "month"),
        ("09-01-2023", "2023-01-09T00:00:00+07:00", "day"),
        ("09.01.2023 - 07:05", "2023-01-09T07:05:00+07:00", "minute"),
        ("9/1/23", "2023-01-09T00:00:00+07:00", "day"),
        ("03:20 CH, 09/01/2023", "2023-01-09T15:20:00+07:00", "minute"),
        ("(01/02/2023)", "2023-02-01T00:00:00+07:00", "day"),  # day first, always
        ("9 tháng 1, 2023", "2023-01-09T00:00:00+07:00", "day"),  # dateparser fallback
        # WordPress's vi locale "F j, Y": the month's name first
        ("Đăng vào Tháng Ba 7, 2024 lúc 3:30 chiều", "2024-03-07T15:30:00+07:00", "minute"),
        ("Tháng Mười Một 5, 2024", "2024-11-05T00:00:00+07:00", "day"),
        ("12/3/2024 2:15:00 CH", "2024-03-12T14:15:00+07:00", "second"),  # .NET vi-VN
        ("08:40 | 07/03/24", "2024-03-07T08:40:00+07:00", "minute"),
        ("Đăng lúc 9h30, 6/3/2024", "2024-03-06T09:30:00+07:00", "minute"),
    ],
)
def test_forms(text, iso, precision):
    assert parse_vn_date(text, TZ) == ParsedDate(iso=iso, raw=text, precision=precision)


def test_raw_is_whitespace_collapsed_and_nfc():
    parsed = parse_vn_date("  Thứ Hai,\n 09/01/2023  -  15:20 ", TZ)
    assert parsed.raw == "Thứ Hai, 09/01/2023 - 15:20"
    decomposed = "Tha\u0301ng 1/2023"
    assert parse_vn_date(decomposed, TZ).raw == "Tháng 1/2023"


def test_other_timezone():
    assert parse_vn_date("09/01/2023 15:20", "Asia/Bangkok").iso == "2023-01-09T15:20:00+07:00"
    assert parse_vn_date("09/01/2023 15:20", "Europe/Paris").iso == "2023-01-09T15:20:00+01:00"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "Lượt xem: 1.024",
        "99/99/2023",
        "32/01/2023",
        "15/13/2023 10:00",
        "Quyết định số 1191/QĐ-TTg",
        "Số 56/KH-BCHBĐBP",
        "2 giờ trước",
        "hôm qua",
        "01/01/1800",
        "Điện thoại: 0214.3840.044",
        "1.520 buổi/1.624 lượt",
    ],
)
def test_garbage(text):
    assert parse_vn_date(text, TZ) is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("5 Thg3 2024 08:40", "2024-03-05T08:40:00+07:00"),  # the vi locale's short month
        ("ngày 5 thg 3 năm 2024", "2024-03-05T00:00:00+07:00"),
        ("Thg 3 5, 2024", "2024-03-05T00:00:00+07:00"),
    ],
)
def test_the_short_month_word_thg_is_read(text: str, iso: str) -> None:
    parsed = parse_vn_date(text)
    assert parsed is not None and parsed.iso == iso


def test_a_year_the_text_does_not_write_is_never_returned() -> None:
    # dateparser once read "5 Thg3 2024" as a month of the current year: a date must carry
    # a year written in its text, never one filled in from the day of the crawl
    for text in ("5 Thg3 2024 08:40", "Thg3 2024", "tuần 12 năm 2024"):
        parsed = parse_vn_date(text)
        assert parsed is None or parsed.iso.startswith("2024"), (text, parsed)


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("March 5, 2024 08:40", "2024-03-05T08:40:00+07:00"),  # a bilingual portal's English copy
        ("05 Mar 2024 | 08:40", "2024-03-05T08:40:00+07:00"),
        ("Tuesday, Mar. 5th, 2024", "2024-03-05T00:00:00+07:00"),
        ("Sept 30, 2023 11:05 PM", "2023-09-30T23:05:00+07:00"),
        ("01 Tháng 02/2023 08:00", "2023-02-01T08:00:00+07:00"),  # a calendar icon's boxes, read as one
        ("Mon, 04 Mar 2024 20:00:00 GMT", "2024-03-05T03:00:00+07:00"),  # RFC 1123: GMT is +00:00
        ("05/03/2024 08:40 (GMT+7)", "2024-03-05T08:40:00+07:00"),
    ],
)
def test_english_months_month_boxes_and_bare_gmt(text: str, iso: str) -> None:
    parsed = parse_vn_date(text)
    assert parsed is not None and parsed.iso == iso


def test_an_english_month_without_a_day_or_year_is_no_date() -> None:
    assert parse_vn_date("May 2024") is None
    assert parse_vn_date("Mar 5 bài viết") is None
