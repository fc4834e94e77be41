"""What the fresh-Y families share (round 21: chrome kinds the earlier chrome sets did not hold).

Truth conventions (docs/extraction.md, "Fresh-Y families"): the body is the sapo, the
paragraphs, the article's own captions (a video's or a recording's caption included), the
lines the writer put into the text (a real sentence that speaks of comments, videos or
downloads; a "Nguồn: <paper>" line the writer added, which is also the ``source``) and the
signature. What the template writes around or into the text is no body: a player's labels
and states, a ``<noscript>`` or ``<video>``/``<audio>``/``<iframe>``/``<object>`` fallback, an
attachment block with sizes and download counts, a print header repeating the site's name,
the site's own "Nguồn:"/copyright line, a list of the section's other articles without a
heading element, ratings, keyword rows, comment forms and counts.

:class:`YArt` is an :class:`~tests.families.common.Art` whose text may carry one more
paragraph of its own (``extra["add"]``: (index, sentence), inserted before paragraph
``index``): the decoys, real lines that look like chrome. Files the template lists
(``extra["files"]``: paths) are the record's attachments, and no body line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tests.families.common import Art


@dataclass(frozen=True)
class YArt(Art):
    """An article whose paragraphs may hold one written decoy line (``extra["add"]``)."""

    @property
    def paragraphs(self) -> list[str]:
        out = list(super().paragraphs)
        add = self.extra.get("add")
        if add:
            out.insert(add[0], add[1])
        return out

    def truth(self, base: str = "") -> dict[str, Any]:
        out = super().truth(base)
        out["attachments"] = out["attachments"] + list(self.extra.get("files", ()))
        return out
