"""Which of two dates a page gives for its publication tells the day (issue 10, from the
public benchmarks' real pages: docs/extraction.md, "Dates from real pages, session 11").

Two classes of pages, each read by a rule here and used by :mod:`pipelines.datefind`:

- **One instant on two clocks.** A CMS writes one publication instant in UTC in one place
  ("2020-12-24T23:59:50+00:00" in ``article:published_time``, ``<time datetime="...Z">``)
  and on the site's own clock in another (JSON-LD "2020-12-25T01:59:50+02:00", a
  ``<time datetime>`` with its offset, a date-only "February 23, 2026" in a meta tag). The
  day the site shows its readers, and the benchmarks' truth, is the site's: of the tuning
  half's publication timestamps written with a non-UTC offset whose day differs from the UTC
  day, the day as written was the truth on 11 of 12 pages. So a UTC value is read in the
  offset the page writes for the same instant elsewhere (:func:`on_site_clock`). (A visible
  UTC instant against a structured day of the site's clock one day off was tried too, the
  structured day kept: on the tuning half it fixed one page and broke two, left out.)
- **The update shown as the date line.** A page whose structured data gives a publication
  date and an update date on different days and whose visible date line is the update's
  instant itself shows its update: the structured publication date is the page's
  (:func:`shows_update`). A modified value never stands for the publication where one is
  given.
- **An order only structured data settles.** A numeric line both orders read
  ("11/01/2021") whose other reading is the structured day (:func:`other_reading`).

Neither rule changes a Vietnamese page's day: with the site's zone known every value is
converted to it (:mod:`pipelines.datezone`), so the two clocks are one already.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime, timedelta

from pipelines.dates import AS_WRITTEN, ParsedDate, parse_vn_date

SAME_INSTANT = timedelta(seconds=60)  # two writings of one instant (a CMS rounds seconds)


def _moment(date: ParsedDate) -> datetime | None:
    try:
        return datetime.fromisoformat(date.iso)
    except ValueError:
        return None


def in_utc(date: ParsedDate) -> bool:
    """``date`` is an instant written in UTC ("...Z", "+00:00"), with a time."""
    value = _moment(date)
    return (
        value is not None
        and date.precision in ("minute", "second")
        and value.utcoffset() == timedelta(0)
    )


def _on_site_clock(date: ParsedDate) -> bool:
    """``date`` is written on a clock of the site's: with a non-UTC offset, or with none (a
    day, a wall clock)."""
    value = _moment(date)
    return value is not None and (value.tzinfo is None or value.utcoffset() != timedelta(0))


def same_instant(a: ParsedDate, b: ParsedDate) -> bool:
    """``a`` and ``b`` are one instant (both with an offset and a time)."""
    x, y = _moment(a), _moment(b)
    if x is None or y is None or x.tzinfo is None or y.tzinfo is None:
        return False
    if a.precision not in ("minute", "second") or b.precision not in ("minute", "second"):
        return False
    return abs(x - y) <= SAME_INSTANT


def on_site_clock(date: ParsedDate, values: Iterable[str], tz: str) -> ParsedDate:
    """``date``, or when it is written in UTC, the same instant as the page writes it with
    the site's offset among ``values`` (other structured dates, ``<time datetime>``
    values): "2020-12-24T23:59:50+00:00" is "2020-12-25T01:59:50+02:00" when the page
    says so, the 25th."""
    if not in_utc(date):
        return date
    for value in values:
        other = parse_vn_date(value.strip(), tz)
        if other is not None and _on_site_clock(other) and same_instant(date, other):
            return other
    return date


def false_utc(shown: ParsedDate | None, value: ParsedDate | None) -> bool:
    """``value`` is written in UTC ("...Z", "+00:00") with the very day and time the page
    ``shown`` (a line with its time, read on the site's clock): a plugin or theme that wrote
    the site's wall clock with a UTC offset ("05/03/2024 22:30" beside
    ``article:published_time`` "2024-03-05T22:30:00+00:00", ``<time datetime="...T19:45:00
    +00:00">19:45, 06/03/2024</time>``). Read as UTC it is hours off what the page shows, the
    next day for an evening post: the line is the reader's date. A value that is the line's
    instant (a true UTC clock) or a line without its time says nothing."""
    if shown is None or value is None or shown.precision not in ("minute", "second"):
        return False
    written = parse_vn_date(value.raw.strip(), AS_WRITTEN)
    if written is None or not in_utc(written):
        return False
    return written.iso[:16] == shown.iso[:16] and value.iso[:16] != shown.iso[:16]


def shows_update(line: ParsedDate, published: ParsedDate, updated: ParsedDate | None) -> bool:
    """The visible date ``line`` is the structured ``updated`` instant itself (a ``<time
    datetime>`` or a line with the same time and offset) while the structured ``published``
    date is another day: the line shows the page's update, the publication date is
    ``published``. A line telling the update's day only is left to win (measured: on the
    tuning half such a line was as often the truth, a page showing its update as its date)."""
    if updated is None or updated.iso[:10] == published.iso[:10]:
        return False
    return line.iso[:10] != published.iso[:10] and same_instant(line, updated)


_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)")


def other_reading(line: ParsedDate, structured: ParsedDate) -> bool:
    """The visible ``line`` is a numeric date both orders read ("11/01/2021": the 11th of
    January or the 1st of November) and ``structured`` data gives its other reading: the
    structured value settles the order (a page writing month first where the reader
    assumed day first, or the other way round), the line does not win on the day."""
    match = _NUMERIC.search(line.raw)
    if match is None:
        return False
    a, b, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if a > 12 or b > 12 or a == b:
        return False
    readings = {f"{year}-{b:02d}-{a:02d}", f"{year}-{a:02d}-{b:02d}"}
    day = line.iso[:10]
    return day in readings and structured.iso[:10] in readings - {day}
