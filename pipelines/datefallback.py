"""The publication date htmldate finds when the page's own readers found none.

:func:`pipelines.datefind.find_dates` reads the places a Vietnamese portal puts its date and
never searches the whole page (a listing must stay undated, and portals print today's date
in their header). On an article page left undated that way, htmldate (the library made for
this job, already installed with trafilatura) is asked: its URL and meta patterns and its
markup analysis, original (publication) date first, without its extensive free-text search
(measured: its extra answers were wrong more often than right). Its answer
is the day only (htmldate's times are mostly 00:00 made up), in the site's zone, with
``basis`` "htmldate" on the record. htmldate reads numeric dates day first (05/03/2024 is
5 March), as Vietnamese pages write them. Its known wrong answers on portals are kept out:
it reads a copy of the page without teasers of other articles ("Tin mới"/"Tin liên quan"
lists), readers' comments and "Hôm nay: ..." header lines, and its day is refused when later than the capture
day or the capture day itself (the date a portal's header prints on every page).
"""

from __future__ import annotations

import logging
import re
from copy import deepcopy
from datetime import UTC, datetime

from lxml.html import HtmlElement

from pipelines.datefind import NUMERIC_DATE, FoundDates
from pipelines.dates import parse_vn_date
from pipelines.dom import in_comments, in_teaser, own_text

log = logging.getLogger(__name__)

BASIS = "htmldate"
EXTENSIVE = False  # no free-text search: its extra answers are wrong more often than right (docs)


_TODAY = re.compile(r"hôm nay|today", re.IGNORECASE)


def pruned(tree: HtmlElement) -> HtmlElement:
    """A copy of ``tree`` without the dated lines that are never the page's date: teasers
    of other articles (a "Tin mới" list's "Tin một (01/01/2023)"), readers' comments under
    an "Ý kiến bạn đọc" heading (each comment's date is its writer's) and "Hôm nay: Thứ Tư,
    20/03/2024" header lines. (Dropping whole sidebars by class name too, as
    :mod:`pipelines.datefind` skips them, lost more right days than wrong ones on the
    public benchmarks.)"""
    copy = deepcopy(tree)
    drop = []
    for el in copy.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "head", "body"):
            continue
        if any(el is d or d in el.iterancestors() for d in drop[-1:]):
            continue
        own = own_text(el)
        if NUMERIC_DATE.search(own) and (_TODAY.search(own) or in_teaser(el) or in_comments(el)):
            drop.append(el)
    for el in drop:
        el.drop_tree()
    return copy


def capture_day(fetched_at: str | None) -> str | None:
    """The capture's day ("YYYY-MM-DD", UTC) from its ISO 8601 time; None when unknown."""
    if not fetched_at:
        return None
    try:
        value = datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    except ValueError:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.date().isoformat()


def htmldate_dates(
    found: FoundDates, tree: HtmlElement, url: str, tz: str, fetched_at: str | None = None
) -> FoundDates:
    """``found`` unchanged when it has a publication or update date; else htmldate's day for
    the page (``basis="htmldate"``, ``source="htmldate"``), or ``found`` when htmldate finds
    none or a day the guards refuse (after the capture day, or the capture day itself). A
    date line read at the article's foot (``source="foot"``) meets the same guard first."""
    day = capture_day(fetched_at)
    shown = found.published or found.updated
    if found.source == "foot" and day is not None and shown is not None and shown.iso[:10] >= day:
        found = FoundDates()  # a foot line of the capture day or later: today's, not the article's
    if found.published is not None or found.updated is not None:
        return found  # an update date alone: the profile's date_line said it is no publication date
    from htmldate import find_date  # imported on first use: most pages never need it

    try:
        answer = find_date(
            pruned(tree),
            extensive_search=EXTENSIVE,
            original_date=True,
            url=url or None,
            max_date=day or None,
        )
    except Exception as exc:  # noqa: BLE001 - a library failure leaves the page undated
        log.debug("htmldate failed on %s: %s", url, exc)
        return found
    if not answer or (day is not None and answer >= day):
        return found
    parsed = parse_vn_date(answer, tz)
    if parsed is None:
        return found
    return FoundDates(parsed, found.updated, BASIS, BASIS)
