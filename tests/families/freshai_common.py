"""What the fresh-AI families share (round 23: publication-date conventions no earlier date set
held, chosen as hypotheses for sealed2's missed dates and its dates on the wrong day).

Truth conventions (docs/extraction.md, "Fresh-AI families"): the publication day and time a
reader of the page would name, on the Vietnamese clock (+07:00):

- a clock written with "g" or "h" and the hour alone ("7g", "0g05", "23g15") or with a dot
  ("17.45") is that hour and minute; "sáng" / "chiều" / "tối" after a 12-hour clock ("2:30
  chiều", "11:40 tối") is the afternoon's or the evening's hour;
- a day written without its year ("ngày 5/3") is in the year the page itself gives (the
  header's today, the related posts');
- a weekday typed by hand that disagrees with the numeric day beside it is the editor's slip:
  the numbers, read as the site writes them, are the day;
- a Unix time (seconds or milliseconds) in ``__NEXT_DATA__``, an ``itemprop`` ``content`` or a
  ``data-*`` attribute, under a relative, weekday or year-less display, is that instant; so is
  ``<meta name="pubdate" content="20240308">`` (the day at 00:00); a draft's ``createdAt`` or a
  ``dateModified`` is not the publication;
- on an English edition whose template writes month first (en-US: "03/13/2024" in its lists, the
  month's name beside the same numbers), "03/05/2024" is 5 March, though the host is ``.vn``;
- a day shown without a time is 00:00.
"""

from __future__ import annotations

from tests.families.freshr_common import RArt, weekday

__all__ = ["RArt", "weekday"]
