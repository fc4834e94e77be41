"""Which zone a page's dates are stored in (the policy: docs/extraction.md, "Which day").

A site's zone is known when a profile names it (``timezone``, Asia/Ho_Chi_Minh by default;
``timezone: null`` says it is not known: :func:`site_zone`) or, ad hoc, when the site is
Vietnamese: a ``.vn`` host, a page that declares Vietnamese (``<html lang>``,
``og:locale``, ``Content-Language``), or a page written in Vietnamese. Its
dates are then stored on the site's clock: a time written without an offset is the site's
wall clock ("05/03/2024 23:30" on a .gov.vn page is the 5th), one written with an offset is
that instant in the site's zone (a "2024-03-05T17:00:00Z" meta tag on a Vietnamese page is
the 6th at 00:00 in Vietnam, the day the page shows: CMSs write their server's UTC clock).

A profile with ``timezone: null``, and an ad-hoc crawl of a site that is plainly not
Vietnamese (none of the above), have no zone to assume: dates are kept as the page writes
them (:data:`pipelines.dates.AS_WRITTEN`), an American "20:00-05:00" stays the 5th at
20:00-05:00 (not the 6th in Vietnam) and a time written without an offset is stored
without one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from config.profile import SiteProfile
from pipelines.dates import AS_WRITTEN, written_order
from pipelines.pagekind import vietnamese

if TYPE_CHECKING:  # the ingestor needs site_zone without the page's (extraction's) imports
    from pipelines.page import Page

#: meta tags declaring the page's language (``property``/``http-equiv``/``name``, lower case)
_LANGUAGE = {"og:locale", "content-language", "language"}
TEXT_CHARS = 4000  # of the page's text the language is judged on


def site_zone(profile: SiteProfile) -> str:
    """The zone a profile's dates are read in (extraction, the site model's inference and
    its evidence): its ``timezone``, or :data:`~pipelines.dates.AS_WRITTEN` when it says the
    site's zone is not known (``timezone: null``). An archivist would rather keep
    "05/03/2024 23:30" as the page wrote it than store an instant the site never said:
    taken as UTC (or as Vietnam time) it could be another day."""
    return profile.timezone if profile.timezone is not None else AS_WRITTEN


def page_zone(page: Page) -> str:
    """The zone ``page``'s dates are stored in: the profile's (:func:`site_zone`), or
    :data:`~pipelines.dates.AS_WRITTEN` on an ad-hoc crawl of a site plainly not Vietnamese."""
    profile = page.profile
    if not profile.adhoc or vietnamese_site(page):
        return site_zone(profile)
    return AS_WRITTEN


def vietnamese_site(page: Page) -> bool:
    """A ``.vn`` host, a page declaring Vietnamese, or a page written in Vietnamese (a
    portal's template often declares ``lang="en"``: its text is what tells)."""
    return vietnamese_document(page.url, page.tree, (page.page_title or "", page.title or ""))


def vietnamese_document(url: str, tree: HtmlElement, titles: Sequence[str] = ()) -> bool:
    """:func:`vietnamese_site` of a parsed document (``tree``: its ``<html>``) fetched from
    ``url``; ``govarchive sites new`` asks it of the sampled pages before it writes a
    ``timezone``."""
    host = (urlsplit(url).hostname or "").lower()
    if host.endswith(".vn"):
        return True
    if any(value.startswith("vi") for value in declared_languages(tree)):
        return True
    return _written_in_vietnamese(tree, titles)


def _written_in_vietnamese(tree: HtmlElement, titles: Sequence[str] = ()) -> bool:
    """The page's titles and the first :data:`TEXT_CHARS` of its text are Vietnamese."""
    parts, size = list(titles), 0
    body = tree.find("body")
    for chunk in body.itertext() if body is not None else ():
        parts.append(chunk)
        size += len(chunk)
        if size >= TEXT_CHARS:
            break
    return vietnamese(" ".join(parts))


def declared_languages(tree: HtmlElement) -> list[str]:
    """The languages a document declares (``<html lang>``, ``og:locale``,
    ``Content-Language``), lower case, "_" read as "-" ("en_US" is "en-us")."""
    declared = [tree.get("lang") or ""]
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("http-equiv") or meta.get("name") or ""
        if key.strip().lower() in _LANGUAGE:
            declared.append(meta.get("content") or "")
    return [value.strip().lower().replace("_", "-") for value in declared if value.strip()]


def page_date_order(page: Page) -> str:
    """How ``page``'s numeric dates are read (:func:`pipelines.dates._date_matches`): the
    profile's ``date_order`` when it names one; else on a Vietnamese page (:func:`vietnamese_site`)
    day first ("auto", as ever); on a page declaring US English ("en-US") month first unless
    only day first makes a date ("us": "12/31/2023", "03/05/2024"); on any other page day first
    unless an English AM/PM clock follows the date ("us-clock": "03/05/2024 08:40 AM" is the
    5th of March): an American site writes month first, and a Vietnamese portal's template
    declaring ``lang="en"`` is told by its text."""
    order = page.profile.date_order
    if order != "auto":
        return order
    if vietnamese_site(page):
        # a page whose dates tell day first and never month first ("14/03/2024" in its lists)
        # reads every numeric date day first: a weekday an editor mistyped beside one ("Thứ
        # Bảy, 08/03/2024": the 8th was a Friday, the 3rd of August a Saturday) is the slip,
        # not a month-first server format (:func:`pipelines.dates._weekday_says_month_first`,
        # which "auto" asks); a crawl learns this order from the site's date lines
        told = _page_order(page)
        if told == "mdy" and not _written_in_vietnamese(page.tree, (page.page_title or "", page.title or "")):
            # an English edition on a ``.vn`` host whose template prints month first
            # ("03/13/2024" in its lists, "03/05/2024 08:40 AM" under the headline): read as
            # the US English page it is; its Vietnamese pages, and an English edition that
            # writes day first (or both ways), keep day first
            return "us"
        return "dmy" if told == "dmy" else order
    return "us" if "en-us" in declared_languages(page.tree) else "us-clock"


def _page_order(page: Page) -> str | None:
    """:func:`pipelines.dates.written_order` of the page's whole text."""
    body = page.tree.find("body")
    return written_order(" ".join(body.itertext())) if body is not None else None
