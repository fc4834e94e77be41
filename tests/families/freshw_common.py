"""What the fresh-W families share (round 21: publication-date conventions the earlier date sets
did not hold).

Truth conventions (docs/extraction.md, "Fresh-W families"): the publication date is the day (and
time, when shown) the portal shows as the article's posting, in local time (+07:00):

- a display without its year ("04/03", "T2, 04/03 08:15", a badge "12/03" over "2024") is in the
  year the page gives elsewhere (its markup's value, the badge's year box, the site's other dates:
  every page of these sites is of March 2024), never the capture's year;
- a day written with spaced separators ("06 - 03 - 2024", "13 / 03 / 2024"), with "g" for the
  hour ("8g40"), year first ("2024/03/12 09:45"), in a definition list under "Ngày xuất bản", in
  the breadcrumb's row, after a long tool row, split over spans with icons, is the day the reader
  sees;
- a structured value written day first ("08/03/2024 07:50:00" in JSON-LD or microdata, as a
  Vietnamese CMS prints it) is read day first, as the page's own visible dates are;
- a page showing no date at all is dated by the day in its address ("/20240312/"), at 00:00;
- never the day a printed document's header block gives ("Tây Lâm, ngày 04 tháng 3 năm 2024":
  the document's signing, not the post), an event's day opening the lead ("Sáng 9/3, ..."), the
  day in a photo's file name or caption, today's date in the header, the e-paper's issue day, nor
  other posts' days.

:class:`WArt` is fresh-R's :class:`~tests.families.freshr_common.RArt` (own text in
``extra["text"]``, lines after the signature in ``extra["after"]``) with lines before the lead in
``extra["before"]`` (a printed document's header block, kept in the body).
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.families.freshr_common import RArt


@dataclass(frozen=True)
class WArt(RArt):
    """An article whose body may open with ``extra["before"]`` (a document's header block)."""

    def before(self) -> list[str]:
        return list(self.extra.get("before", ()))

    def body(self) -> list[str]:
        return [*self.before(), *super().body()]
