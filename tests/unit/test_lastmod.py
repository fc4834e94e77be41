"""Sitemap <lastmod> values read as the end of the period they name (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crawler.lastmod import lastmod_until, uniform_lastmod

HCM = ZoneInfo("Asia/Ho_Chi_Minh")
ICT = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("value", "until"),
    [
        ("2024-05-01", datetime(2024, 5, 2, tzinfo=ICT)),  # a day ends at the next midnight
        ("2024-05", datetime(2024, 6, 1, tzinfo=ICT)),
        ("2024-12", datetime(2025, 1, 1, tzinfo=ICT)),
        ("2024", datetime(2025, 1, 1, tzinfo=ICT)),
        ("2024-05-01T10:30+07:00", datetime(2024, 5, 1, 10, 31, tzinfo=ICT)),
        ("2024-05-01T10:30:15Z", datetime(2024, 5, 1, 10, 30, 16, tzinfo=UTC)),
        ("2024-05-01T10:30:15.250Z", datetime(2024, 5, 1, 10, 30, 15, 250000, tzinfo=UTC)),
        ("2024-05-01T10:30:15+0700", datetime(2024, 5, 1, 10, 30, 16, tzinfo=ICT)),
        ("2024-05-01 10:30:15", datetime(2024, 5, 1, 10, 30, 16, tzinfo=ICT)),  # no offset: site's
        (" 2024-05-01T03:30:15-05:00 ", datetime(2024, 5, 1, 8, 30, 16, tzinfo=UTC)),
    ],
)
def test_w3c_dates_end_where_their_period_ends(value: str, until: datetime) -> None:
    found = lastmod_until(value, HCM)
    assert found == until and found.tzinfo is not None


@pytest.mark.parametrize(
    "value",
    ["", "N/A", "không rõ", "01/05/2024", "Wed, 01 May 2024 10:00:00 GMT", "2024-13-01",
     "2024-02-30", "2024-05-01T25:00Z", "2024-05-01T10Z", "0000-01-01", "9999", "20240501",
     "2024-W18", "2024-05-01T10:30:15+07:00junk"],
)  # fmt: skip
def test_junk_is_none(value: str) -> None:
    assert lastmod_until(value, HCM) is None


def test_a_capture_during_the_day_is_older_than_a_date_only_lastmod() -> None:
    captured = datetime(2024, 5, 1, 16, 0, tzinfo=UTC)  # 23:00 in Hà Nội, same day
    assert lastmod_until("2024-05-01", HCM) > captured
    assert lastmod_until("2024-04-30", HCM) < captured


def test_a_sitemap_stamping_one_lastmod_on_every_entry_is_not_trusted() -> None:
    stamped = ["2026-11-26T07:00:00+07:00"] * 19 + ["2023-01-02"]
    assert uniform_lastmod(stamped) == "2026-11-26T07:00:00+07:00"
    assert uniform_lastmod([" 2026-11-26 "] * 25 + [None, ""] * 10) == "2026-11-26"
    varied = [f"2023-01-{day:02d}" for day in range(1, 29)]
    assert uniform_lastmod(varied) is None
    assert uniform_lastmod(["2026-11-26"] * 17 + ["2023-01-02"] * 3) is None  # 85%
    assert uniform_lastmod(["2026-11-26"] * 19) is None  # too few entries to tell
