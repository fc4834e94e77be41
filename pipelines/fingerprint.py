"""Body fingerprints: one article at two URLs of a site (a print view without a canonical
link, a ``?redirect=`` copy) is the same text.

The ingestor keeps :func:`fingerprint` with each article and, for a new record of the
same site, checks the stored articles whose fingerprint is within
:data:`MAX_DISTANCE` bits with :func:`near_duplicate` before storing a second row.

The fingerprint is trafilatura's Charikar simhash (``trafilatura.deduplication.Simhash``,
64 bits, a dependency already; its token sampling adapts to short Vietnamese syllables), over
the body's normalized text. The decision itself compares the texts' lines: a simhash of a
bag of words cannot tell two reports of the same event apart as surely as the lines can.
"""

from __future__ import annotations

from collections.abc import Sequence

from trafilatura.deduplication import Simhash

from pipelines.chrome import normalize

MAX_DISTANCE = 6  # bits of 64: fingerprints this close are worth comparing line by line
SAME_TEXT = 0.85  # share of either text (in characters) in lines both hold: one article


def _text(body: str | Sequence[str]) -> list[str]:
    lines = body.split("\n") if isinstance(body, str) else list(body)
    return [normalize(x) for x in lines if x and x.strip()]


def fingerprint(body: str | Sequence[str]) -> str:
    """The simhash of a body (paragraphs, or text with one paragraph a line), hex."""
    return Simhash(" ".join(_text(body))).to_hex()


def distance(a: str, b: str) -> int:
    """Differing bits of two fingerprints."""
    return (int(a, 16) ^ int(b, 16)).bit_count()


def near_duplicate(a: str | Sequence[str], b: str | Sequence[str]) -> bool:
    """The two bodies are one article: the lines they share hold at least
    :data:`SAME_TEXT` of each one's text (counted in characters, so a leaked widget line
    or an extra "In bài | Gửi email" at the edge does not part two copies)."""
    return same_lines(lines_of(a), lines_of(b))


def lines_of(body: str | Sequence[str]) -> frozenset[str]:
    """A body's normalized lines, as :func:`near_duplicate` compares them (worked out once
    for a body compared with several)."""
    return frozenset(_text(body))


def same_lines(ka: frozenset[str], kb: frozenset[str]) -> bool:
    """:func:`near_duplicate` of two bodies' :func:`lines_of`."""
    if not ka or not kb:
        return False
    shared = sum(len(x) for x in ka & kb)
    return shared >= SAME_TEXT * sum(map(len, ka)) and shared >= SAME_TEXT * sum(map(len, kb))
