"""The date mechanism audit (benchmarks/date_audit.py): its catalog, its verdicts and a small run."""

from datetime import datetime

from benchmarks.date_audit import DISTRACTORS, PLACES, PRESENTATIONS, audit, cause, render
from benchmarks.extraction_quality import families

WHEN = datetime.fromisoformat("2024-03-12T08:05:00+07:00")


def test_presentations_render_the_vietnamese_forms() -> None:
    assert render("weekday_time", WHEN) == "Thứ ba, 12/03/2024 08:05"
    assert render("words", WHEN) == "Ngày 12 tháng 3 năm 2024"
    assert render("two_digit", WHEN) == "12/03/24"
    assert render("h_time", WHEN) == "8h05, 12/03/2024"
    assert len(PRESENTATIONS) == 19 and len(PLACES) == 8 and len(DISTRACTORS) == 4


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
