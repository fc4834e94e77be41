"""What the fresh-R families share (round 20: publication dates missed or read on the wrong day).

Truth conventions (docs/extraction.md, "Fresh-R families"): the publication date is the day
(and time) the portal shows as the article's posting, in the portal's local time (+07:00):

- an ISO value in UTC (``...Z``, ``+00:00``) in a ``<time datetime>``, a meta or JSON-LD is
  the same instant as the local day and time the page shows ("2024-03-04T18:30:00Z" is
  05/03/2024 01:30 in Vietnam); a page showing only a day takes its time from such a value
  when the value falls on that day (fresh-O's convention);
- a .NET server culture's "3/5/2024 8:40:00 AM" (month, day, year; the AM/PM marker and a
  day above 12 elsewhere on the site say so) is 5 March; "12:05:00 AM" is 00:05;
- never the day of a document the post cites ("Quyết định số 12/QĐ-UBND ngày 02/3/2024"), a
  notice's signing line at its end ("Hòa Lĩnh, ngày 01 tháng 3 năm 2024"), an event's day in
  the headline or the lead, a photo's day in a caption, the upload folder in an image's or
  an attachment's path, nor other posts' days;
- a day split over elements (a calendar badge's "04" over "Tháng 3, 2024", "<span>05</span>/
  <span>03</span>/<span>2024</span>") is the day the reader sees.

:class:`RArt` is fresh-O's :class:`~tests.families.fresho_common.OArt` (its own title, lead
and paragraphs in ``extra["text"]``) with lines after the signature in ``extra["after"]``
(kept in the body: a notice's signing line, its recipients).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.families.fresho_common import OArt


@dataclass(frozen=True)
class RArt(OArt):
    """An article whose title, lead and paragraphs may be its own (``extra["text"]``, as
    fresh-O's) and whose body ends with ``extra["after"]``."""

    def after(self) -> list[str]:
        return list(self.extra.get("after", ()))

    def body(self) -> list[str]:
        return [*super().body(), *self.after()]


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SHORT_WEEKDAYS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def weekday(iso: str, short: bool = False) -> str:
    from datetime import date

    return (SHORT_WEEKDAYS if short else WEEKDAYS)[date.fromisoformat(iso[:10]).weekday()]


def us_culture(iso: str) -> str:
    """"2024-03-05T08:40:00+07:00" -> "3/5/2024 8:40:00 AM" (.NET's en-US general date)."""
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    hour, minute = int(iso[11:13]), int(iso[14:16])
    h12 = hour % 12 or 12
    return f"{m}/{d}/{y} {h12}:{minute:02d}:00 {'AM' if hour < 12 else 'PM'}"
