"""The causes FRESH_AD's first look found (round 22, tests/families/freshad_*.py): each a
generic rule, tested here on pages of its own."""

from __future__ import annotations

from lxml import html

TZ = "Asia/Ho_Chi_Minh"
PROSE = ("Trung tâm phối hợp với Ban quản lý di tích tổ chức các hoạt động văn hóa, thể thao và trưng bày sản "
         "phẩm du lịch phục vụ người dân và du khách trong những ngày diễn ra lễ hội.")  # fmt: skip


def _found(page: str):
    from pipelines.datefind import find_dates

    tree = html.fromstring(page)
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".body")[0])


def test_a_span_of_days_is_an_events_not_the_posts() -> None:
    """An event box above the text, "Thời gian: 05/03/2024 - 07/03/2024 | Địa điểm: ...", and
    the post's "Ngày đăng: 04/03/2024 15:30" at its foot (fx-fad-sukien: the event's first day,
    every path): a line showing a span of days is no date line, unless it labels the
    publication; a day and its time joined by a dash is no span."""
    from pipelines.datefind import event_span

    box = "<div class='event'>Thời gian: 05/03/2024 - 07/03/2024 | Địa điểm: Khu di tích đền Bà Chúa Kho</div>"
    page = (f"<html><body><div class='post'><h1>Khai mạc Lễ hội đền Bà Chúa Kho năm 2024</h1>{box}"
            f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div><div class='foot'>Ngày đăng: 04/03/2024 15:30</div>"
            "</div></body></html>")  # fmt: skip
    found = _found(page)
    assert found.published is not None and found.published.iso == "2024-03-04T15:30:00+07:00", found
    assert event_span("từ 08/3 đến 10/3/2024") and event_span("5.3.2024 - 7.3.2024")
    for line in ("Thứ Ba, 05/03/2024 - 08:40", "Ngày đăng: 05/03/2024 - 15:20", "05-03-2024", "05/03/2024-12:00"):
        assert not event_span(line), line
