"""What the fresh-O families share (round 19: decoy dates, pages where a day other than the
publication's is the likely pick).

Truth conventions (docs/extraction.md, "Fresh-O families"): the publication date is the
day (and time, when shown) the portal says it posted the page: its own "Ngày đăng" /
"Đăng lúc" / ``article:published_time``, never the source paper's day of a republished
article, an update shown before it, the day printed in the page header (today's), a
decision's day in the title, the days of related news, of a calendar widget, of a countdown,
of a comment, the lunar day, nor the event's day that opens the lead. A day shown without a
time is 00:00 +07:00. When the page shows only an update, the update is the date
(``date_basis`` "updated").

:class:`OArt` is an :class:`~tests.families.common.Art` that may carry its own title, lead
and paragraphs in ``extra`` (a post whose headline names a decision and its day), so the
family does not add to the shared corpus.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.families.common import Art


@dataclass(frozen=True)
class OArt(Art):
    """An article whose title, lead and paragraphs may be its own (``extra["text"]``)."""

    @property
    def title(self) -> str:
        own = self.extra.get("text")
        return own[0] if own else super().title

    @property
    def lead(self) -> str:
        own = self.extra.get("text")
        return own[1] if own else super().lead

    @property
    def paragraphs(self) -> list[str]:
        own = self.extra.get("text")
        return list(own[2]) if own else super().paragraphs


WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def weekday(iso: str) -> str:
    from datetime import date

    return WEEKDAYS[date.fromisoformat(iso[:10]).weekday()]
