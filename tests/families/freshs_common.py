"""The article spec the fresh-S families share (round 20): authors the generic path misses.

An article's body lines are the corpus's (lead, paragraphs, captions, attachment,
signature, source line), with two changes: when ``extra["glue"]`` is set the signature is
written at the end of the last paragraph's line (``"... bền vững. NGUYỄN HÀ"``) instead of a
line of its own; ``extra["after"]`` lines follow the signature (a second writer or a unit
on a line of its own); when ``extra["nosig"]`` is set the signature is shown outside the text (a table
row under it, a span between the headline and the sapo) and is no body line.

Truth conventions (docs/extraction.md, "Fresh-S families"; the corpus's author convention,
"Bylines part"): the author is the person, the team or the unit that wrote the text, as
written: a rank, a degree or a profession before the name kept as written ("Thượng sĩ Lò Văn
Phong", "ThS. BS. Lê Thị Hoa", "Điều dưỡng Hoàng Thị Mai", "Nhà báo Phạm Thu Hương"); capitals
kept ("HOÀNG ANH"); a unit after a dash or in brackets, an e-mail address or a phone number
after the name is no part of it; two or three writers "A, B" / "A, B, C" whatever joins them
("-", "và", ","); the quotes around a pen name are punctuation, not the name; a staff signature
as written ("PV", "Nhóm PV"); a name only in ``<meta name="author">`` is the writer's when the
page shows no other (a site's or office's name there never is); Word's ``&nbsp;`` between a
name's words is a space.
"""

from __future__ import annotations

from dataclasses import dataclass

from tests.families.common import Art


@dataclass(frozen=True)
class SArt(Art):
    """An article whose signature may be glued to the last paragraph (``extra["glue"]``) or
    shown outside the text (``extra["nosig"]``)."""

    def after(self) -> list[str]:
        return list(self.extra.get("after", ()))

    def body(self) -> list[str]:
        out = [*super().body(), *self.after()]
        if not self.signature:
            return out
        if self.extra.get("nosig"):
            out.remove(self.signature)
        elif self.extra.get("glue"):
            out.remove(self.signature)
            last = len(out) - 1 - out[::-1].index(self.paragraphs[-1])
            out[last] = f"{out[last]} {self.signature}"
        return out
