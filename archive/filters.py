"""The site and date filters shared by search, listing and export.

``since``/``until`` compare ``published_at`` as written (ISO 8601, the portal's local
time). ``until`` given as a bare day, month or year includes all of it: ``until=2024-01-31``
keeps an article published at 23:00 that day. Articles without a publication date are
left out as soon as a date filter is given.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from archive.errors import InvalidFilter

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def article_filters(
    site: str | None, since: str | None, until: str | None, alias: str = "a"
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions (over table alias ``alias``) and their named parameters."""
    where: list[str] = []
    params: dict[str, Any] = {}
    if site is not None:
        where.append(f"{alias}.site_id = :site")
        params["site"] = site
    if since is not None:
        check_date("since", since)
        where.append(f"{alias}.published_at >= :since")
        params["since"] = since
    if until is not None:
        end = check_date("until", until)
        where.append(f"{alias}.published_at {'<' if end else '<='} :until")
        params["until"] = end or until
    return where, params


def check_date(name: str, value: str) -> str | None:
    """Validate a date filter value; for a bare year, month or day return the first
    value after it (the exclusive end bound), for a date-time return None.

    :raises InvalidFilter: not a date.
    """
    match = _DATE_RE.match(value)
    if match is None:
        if _DATETIME_RE.match(value):
            return None
        raise InvalidFilter(
            f"{name} must be a date like 2023-01-31 (or 2023-01, 2023, 2023-01-31T08:00), "
            f"got {value!r}"
        )
    year_text, month_text, day_text = match.groups()
    year = int(year_text)
    try:
        if day_text is not None:
            return (date(year, int(month_text), int(day_text)) + timedelta(days=1)).isoformat()
        if month_text is not None:
            month = int(month_text)
            date(year, month, 1)
            return f"{year + 1:04d}-01" if month == 12 else f"{year:04d}-{month + 1:02d}"
    except ValueError:
        raise InvalidFilter(f"{name}: {value!r} is not a valid date") from None
    return f"{year + 1:04d}"
