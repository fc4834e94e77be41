"""The date mechanism audit (benchmarks/date_audit.py): its catalog, its verdicts and a small run."""

from datetime import datetime

from benchmarks.date_audit import (
    BASE_DISTRACTORS,
    BASE_PLACES,
    BASE_PRESENTATIONS,
    DISTRACTORS,
    PLACES,
    PRESENTATIONS,
    audit,
    cause,
    render,
)
from benchmarks.extraction_quality import families

WHEN = datetime.fromisoformat("2024-03-12T08:05:00+07:00")


def test_presentations_render_the_vietnamese_forms() -> None:
    assert render("weekday_time", WHEN) == "Thứ ba, 12/03/2024 08:05"
    assert render("words", WHEN) == "Ngày 12 tháng 3 năm 2024"
    assert render("two_digit", WHEN) == "12/03/24"
    assert render("h_time", WHEN) == "8h05, 12/03/2024"
    assert len(BASE_PRESENTATIONS) == 19 and len(BASE_PLACES) == 8 and len(BASE_DISTRACTORS) == 4
    # session 15's, in the rotation with --extended only
    assert render("weekday_comma_gmt", WHEN) == "Thứ Ba, 12/03/2024, 08:05 (GMT+7)"
    assert render("short_weekday", WHEN) == "T3, 12/03/2024"
    assert render("day_thang_comma", WHEN) == "12 Tháng 3, 2024"
    assert render("en_month", WHEN) == "March 12, 2024"
    # round 16's (--round16)
    assert render("weekday_digit_ngay", WHEN) == "Thứ 3, ngày 12/3/2024"
    assert render("pipe_gmt", WHEN) == "12/03/2024 | 08:05 GMT+7"
    assert render("en_abbr", WHEN) == "Mar 12, 2024" and render("en_abbr_day_first", WHEN) == "12 Mar 2024"
    assert render("iso_seconds", WHEN) == "2024-03-12 08:05:00" and render("short_dash", WHEN) == "12-3-2024"
    assert len(PRESENTATIONS) == 36 and len(DISTRACTORS) == 6 and len(PLACES) == 21


def test_cause() -> None:
    assert cause("2024-03-12T08:05:00+07:00", "2024-03-12T08:05") is None
    assert cause("2024-03-12T00:00:00+07:00", "2024-03-12") is None
    assert cause("2024-03-12T00:00:00+07:00", "2024-03-12T08:05") == "wrong_time"
    assert cause("2024-03-13T08:05:00+07:00", "2024-03-12") == "wrong_day"
    assert cause(None, "2024-03-12") == "missed"
    assert cause("2024-03-12T00:00:00+07:00", None) == "invented"
    assert cause(None, None) is None


def test_a_date_under_the_headline_counts_one_case_per_article_and_path() -> None:
    site = "fx-joomla"
    family = families("dev")[site]
    result = audit(("dev",), ("header",), modes=("single", "crawl"), sites=(site,), distractors=("copyright",))
    assert result["cases"] == 2 * len(family.ARTICLES)
    assert result["failures"] == []


def test_a_related_list_is_never_the_articles_date() -> None:
    result = audit(("dev",), ("related_only",), modes=("single",), sites=("fx-joomla",))
    assert result["cases"] > 0
    assert [f for f in result["failures"] if f["cause"] == "invented"] == []


def test_the_session_15_distractors_are_never_the_articles_date() -> None:
    # today's lunar day in the header, an attached document's "Ngày ban hành"/"Ngày hiệu lực"
    result = audit(("dev",), ("header", "footer_line"), modes=("single",), sites=("fx-joomla",),
                   distractors=("lunar_clock", "document"), extended=True)  # fmt: skip
    assert result["cases"] > 0
    assert result["failures"] == []


def test_the_session_15_places_give_the_date() -> None:
    # split over spans, a <time datetime> showing another format, a table row's date cell
    result = audit(("dev",), ("split_header", "time_element", "table_cell"), modes=("single",),
                   sites=("fx-joomla",), extended=True)  # fmt: skip
    assert result["cases"] > 0
    assert result["failures"] == []
