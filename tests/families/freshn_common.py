"""The article spec the fresh-N families share (round 19): author conventions of the field.

An article's body lines are the corpus's (lead, paragraphs, captions, attachment,
signature, source line) followed by ``extra["after"]``: lines the page writes after the
signature inside the text (a footnote "(*) ...", "(Còn nữa)", a second signature line).

Truth conventions (docs/extraction.md, "Fresh-N families"): the author is the person (or
the team, the unit) who wrote the text, as a byline, a signature or the article's own
information box names them; a name only in a listing's teaser, only in a photo credit, a
URL in ``article:author``, a placeholder "Đang cập nhật" and a reviewer ("Người duyệt:")
name no one; a title of learning or a profession before the name is kept as written
("TS. Trần Thị Hạnh", "Luật gia Nguyễn Thành Công"), a post or a unit after a comma, a dash
or in brackets is not ("Nguyễn Thị Lan, Phó Giám đốc Trung tâm" -> "Nguyễn Thị Lan"); a
role in brackets ("(thực hiện)", "(tổng hợp)") is no part of the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.families.common import Art


@dataclass(frozen=True)
class NArt(Art):
    """An article whose body ends with ``extra["after"]`` (lines after the signature)."""

    def after(self) -> list[str]:
        return list(self.extra.get("after", ()))

    def body(self) -> list[str]:
        return [*super().body(), *self.after()]
