"""What the second sealed part's families share: the first sealed part's article spec and
helpers, with this part's own texts (none shared with the development corpus or with the
first sealed part)."""

from __future__ import annotations

from tests.sealed.common import WEEKDAYS, attr, cp1258, dmy, esc, file_page, site, urlset
from tests.sealed.common import Art as _SealedArt
from tests.sealed.second.texts import TEXTS

__all__ = ["WEEKDAYS", "Art", "attr", "cp1258", "dmy", "esc", "file_page", "site", "urlset"]


class Art(_SealedArt):
    """``tests.sealed.common.Art`` over this part's texts. ``extra["date_shown"] is False``
    when the page shows no date and its only date is in its JSON-LD (``date_line`` is then
    the JSON-LD member as the page's source holds it)."""

    @property
    def title(self) -> str:
        return TEXTS[self.text][0]

    @property
    def lead(self) -> str:
        return TEXTS[self.text][1] if self.show_lead else ""

    @property
    def paragraphs(self) -> list[str]:
        return TEXTS[self.text][2]

    @property
    def date_shown(self) -> bool:
        return self.extra.get("date_shown", True)
