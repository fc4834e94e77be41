"""What the fresh-AB families share (round 21: the English editions of Vietnamese government
portals, on the same CMS as the Vietnamese site; does the generic path rely on Vietnamese
strings?).

Truth conventions (docs/extraction.md, "Fresh-AB families"):

- the publication date is the day (and time) the English edition shows as the post's own, in
  the portal's local time (+07:00); numeric dates are day first as the Vietnamese CMS prints
  them ("05/03/2024 08:40" is 5 March), whatever language the template declares; the day in
  the page header (today's), other posts' days and days the text names are not it; a page
  showing only "Updated: ..." is dated by the update (``date_basis`` "updated");
- the author is the writer a byline or a signature names ("By Nguyen Van Hai", "Reported by
  Thu Ha", a bold name at the end); "Source: VNA" names a source, not an author; a
  "Translated by ..." line credits the translator of another's text, not an author (a post
  whose only credits are a source and a translator has no author);
- an English edition on its own host (``english.<province>.gov.vn``) is that language's site:
  its posts are articles even when a language switch links their Vietnamese copies elsewhere.

:class:`ABArt` is fresh-R's :class:`~tests.families.freshr_common.RArt`: its own title, lead
and paragraphs in ``extra["text"]`` and lines after the signature in ``extra["after"]``.
"""

from __future__ import annotations

from datetime import date

from tests.families.freshr_common import RArt as ABArt

__all__ = ["ABArt", "MONTHS", "weekday", "month_day", "ampm"]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")  # fmt: skip


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def weekday(iso: str) -> str:
    """"2024-03-05..." -> "Tuesday"."""
    return _day(iso).strftime("%A")


def month_day(iso: str) -> str:
    """"2024-03-05..." -> "March 5, 2024"."""
    d = _day(iso)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def ampm(iso: str) -> str:
    """"...T15:20..." -> "3:20 PM"."""
    h, m = int(iso[11:13]), iso[14:16]
    return f"{(h - 1) % 12 + 1}:{m} {'AM' if h < 12 else 'PM'}"
