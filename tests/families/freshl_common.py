"""The article spec the fresh-L families share (round 18): long-form and multimedia articles
whose text is not the corpus's (title, lead, paragraphs) triple but a run of typed blocks.

A block is ``("p", text)``, ``("h2", text)``, ``("h3", text)``, ``("quote", text)`` (a pull
quote: a quotation of its own, not a repeated sentence), ``("img", src, caption)`` (the
caption is the truth line; a picture with no caption is ``("img", src, "")`` and gives none),
``("time", hh:mm, text)`` (a live article's entry: "08:30 – text" as the page writes it) or
``("part", n)`` (where page n of an article split over pages starts; no line).

Truth conventions (docs/extraction.md, "Fresh-L families"): section headings and pull quotes
are the article's text; each caption is a line where its picture stands; the credits at the
end ("Thực hiện: A | Ảnh: B | Trình bày: C", one line or one role a line) are body lines, and
the person after "Thực hiện:" is the author; a live article's entry times are text, never its
date.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.families.common import Art

Block = tuple[Any, ...]


@dataclass(frozen=True)
class BlockArt(Art):
    """An article whose text is ``extra["title"]``, ``extra["lead"]`` (may be empty: no sapo)
    and ``extra["blocks"]``; ``extra["closing"]`` holds the lines after the text (credits,
    signature lines) in order. ``text`` is unused (0)."""

    @property
    def title(self) -> str:
        return str(self.extra["title"])

    @property
    def lead(self) -> str:
        return str(self.extra.get("lead", ""))

    @property
    def blocks(self) -> tuple[Block, ...]:
        return tuple(self.extra["blocks"])

    @property
    def paragraphs(self) -> list[str]:
        return [b[1] for b in self.blocks if b[0] == "p"]

    def captions(self) -> list[str]:
        return [b[2] for b in self.blocks if b[0] == "img" and b[2]]

    def closing(self) -> list[str]:
        return list(self.extra.get("closing", ()))

    def body(self) -> list[str]:
        out = [self.lead] if self.lead else []
        for b in self.blocks:
            if b[0] in ("p", "h2", "h3", "quote"):
                out.append(b[1])
            elif b[0] == "img" and b[2]:
                out.append(b[2])
            elif b[0] == "time":
                out.append(f"{b[1]} – {b[2]}")
        return out + self.closing()

    def part_blocks(self, n: int) -> list[Block]:
        """The blocks of page ``n`` (1 = the first) of an article split by ``("part", k)``."""
        page, out = 1, []
        for b in self.blocks:
            if b[0] == "part":
                page = b[1]
            elif page == n:
                out.append(b)
        return out

    def page_count(self) -> int:
        return 1 + sum(1 for b in self.blocks if b[0] == "part")


def block_art(path: str, iso: str, date_line: str, title: str, lead: str, blocks: list[Block], **kw: Any) -> BlockArt:
    extra = {"title": title, "lead": lead, "blocks": tuple(blocks), "closing": tuple(kw.pop("closing", ())),
             **kw.pop("extra", {})}
    return BlockArt(0, path, iso, date_line, extra=extra, **kw)
