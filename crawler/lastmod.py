"""Sitemap ``<lastmod>`` values, read as the latest moment they can mean (pure, no I/O).

The sitemap protocol asks for W3C Datetime: ``2024-05-01``, ``2024-05-01T10:30+07:00``,
``2024-05-01T10:30:15.5Z`` (and the rarer ``2024`` / ``2024-05``). Portals also write a
space for the ``T``, an offset without its colon, or no offset at all; those are read too.
Anything else (``01/05/2024``, RFC 822 dates, ``N/A``, impossible dates) is junk: None.

A value names a period (a day, a minute, a second...), and the edit it reports happened
somewhere inside it, so :func:`lastmod_until` returns the period's **end**: ``2024-05-01`` is
the next midnight in the site's time zone, ``10:30`` is 10:31, ``10:30:15`` is 10:30:16 (a
fraction of a second is its own moment). An article captured during that period is therefore
re-checked (an edit later in it is not missed: at worst one conditional request too many);
captured after it, it is not.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta, tzinfo

#: A sitemap whose entries mostly share one ``<lastmod>`` is not telling when each page
#: changed (many CMSs stamp the time the sitemap was generated on every entry): at least
#: this many entries ...
UNIFORM_MIN_ENTRIES = 20
#: ... of which at least this share carry the same value.
UNIFORM_SHARE = 0.9

_W3C = re.compile(
    r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?)?"
)


def lastmod_until(value: str, tz: tzinfo) -> datetime | None:
    """The end of the period ``value`` names, as an aware datetime; None for junk.

    A date-time without an offset is in ``tz``; a date, a month or a year ends at the
    following midnight, first of the month or New Year in ``tz``.
    """
    match = _W3C.fullmatch(value.strip())
    if match is None:
        return None
    year, month, day, time, offset = match.group("year", "month", "day", "time", "tz")
    try:
        if time is not None:
            stamp = f"{year}-{month}-{day}T{time.replace(',', '.')}"
            if offset:
                stamp += "+00:00" if offset == "Z" else offset
            moment = datetime.fromisoformat(stamp)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=tz)
            if len(time) == 5:  # hh:mm
                return moment + timedelta(minutes=1)
            return moment + timedelta(seconds=1) if len(time) == 8 else moment
        if day is not None:
            return datetime(int(year), int(month), int(day), tzinfo=tz) + timedelta(days=1)
        if month is not None:
            start = datetime(int(year), int(month), 1, tzinfo=tz)
            return (start + timedelta(days=32)).replace(day=1)
        return datetime(int(year) + 1, 1, 1, tzinfo=tz)
    except (ValueError, OverflowError):  # month 13, 31 February, year 9999 + 1
        return None


def uniform_lastmod(values: Iterable[str | None]) -> str | None:
    """The value most entries of a sitemap share, when they do (:data:`UNIFORM_SHARE` of at
    least :data:`UNIFORM_MIN_ENTRIES` entries): such a lastmod says when the sitemap was
    written, not when each page changed, and re-checking by it would re-check everything.
    None for a sitemap whose lastmods can be trusted (or that is too small to tell)."""
    counts = Counter(v.strip() for v in values if v and v.strip())
    total = sum(counts.values())
    if total < UNIFORM_MIN_ENTRIES:
        return None
    value, count = counts.most_common(1)[0]
    return value if count >= UNIFORM_SHARE * total else None
