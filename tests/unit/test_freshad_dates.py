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


def test_a_false_utc_offset_on_the_shown_clock() -> None:
    """A WordPress SEO plugin (and its theme's ``<time datetime>``) writing the site's wall
    clock with "+00:00": ``<time datetime="2024-03-06T19:45:00+00:00">19:45, 06/03/2024</time>``
    and "08/03/2024 | 06:15" beside ``article:published_time`` "2024-03-08T06:15:00+00:00"
    (fx-fad-wpseo, single page: the 7th at 02:45, and 13:15). A UTC value whose written day
    and time are the ones the line shows is the line's clock mislabelled: the line wins. A true
    UTC value (the line's instant) is still read as that instant."""
    from pipelines.datereconcile import false_utc
    from pipelines.dates import parse_vn_date

    def page(head: str, meta: str) -> str:
        return (f"<html><head>{head}</head><body><div class='post'><h1>Kỳ họp chuyên đề Hội đồng nhân dân tỉnh</h1>{meta}"
                f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></div></body></html>")  # fmt: skip

    cases = {
        ("", "<div class='meta'><time datetime='2024-03-06T19:45:00+00:00'>19:45, 06/03/2024</time></div>"):
            "2024-03-06T19:45:00+07:00",
        ("<meta property='article:published_time' content='2024-03-08T06:15:00+00:00'>",
         "<div class='meta'>08/03/2024 | 06:15</div>"): "2024-03-08T06:15:00+07:00",
        # a true UTC clock: the same instant as shown
        ("", "<div class='meta'><time datetime='2024-03-04T18:30:00+00:00'>05/03/2024 01:30</time></div>"):
            "2024-03-05T01:30:00+07:00",
    }  # fmt: skip
    for (head, meta), want in cases.items():
        found = _found(page(head, meta))
        assert found.published is not None and found.published.iso == want, (meta, found)
    shown = parse_vn_date("05/03/2024 22:30", TZ)
    assert false_utc(shown, parse_vn_date("2024-03-05T22:30:00Z", TZ))
    assert not false_utc(shown, parse_vn_date("2024-03-05T15:30:00Z", TZ))  # the true instant
    assert not false_utc(parse_vn_date("05/03/2024", TZ), parse_vn_date("2024-03-05T22:30:00Z", TZ))
    assert not false_utc(shown, parse_vn_date("2024-03-05T22:30:00+07:00", TZ))
