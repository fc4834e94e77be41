"""The article spec the fresh-P families share (round 19b): authors the generic path misses.

An article's body lines are the corpus's (lead, paragraphs, captions, attachment,
signature, source line) with ``extra["prefix"]`` written before the lead on the same line
(a dateline "HÀ ANH - ", a source code "(LC) - ", "LCĐT - "), followed by ``extra["after"]``:
lines the page writes after the signature inside the text (a photo credit on a line of its own).

Truth conventions (docs/extraction.md, "Fresh-P families"): the author is the person (or
the team, the unit) who wrote the text, as written (capitals kept: "HÀ ANH", as FRESH_A's
"THANH TÙNG"); a newspaper's source code before the lead ("(LC) - ", "LCĐT - ") names no one; a
news agency after a slash or in brackets ("Quang Vinh/TTXVN") is no part of the name and no
source (as fx-sharepoint's "Thu Hà (TTXVN)"); a photo credit names no one when a text credit
stands beside it; a unit in brackets after the name is not part of it; "BBT" signing the text is
the author as written, "Ban biên tập" in a contact box or the footer ("Trưởng Ban biên tập: X")
names no one; a name only in an avatar's ``title``, a ``rel="author"`` link, an ``<address>``, a
``<cite>`` or a signature image's ``alt`` is the writer's when the page names no other.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.families.common import Art


@dataclass(frozen=True)
class PArt(Art):
    """An article whose lead may open with ``extra["prefix"]`` and whose body ends with
    ``extra["after"]`` (lines after the signature)."""

    def prefix(self) -> str:
        return str(self.extra.get("prefix", ""))

    def after(self) -> list[str]:
        return list(self.extra.get("after", ()))

    def body(self) -> list[str]:
        out = super().body()
        out[0] = self.prefix() + out[0]
        return [*out, *self.after()]
