"""Body fingerprints: one article at two URLs of a site (a print view without a canonical
link, a ``?redirect=`` copy) is the same text.

The ingestor keeps :func:`fingerprint` with each article and, for a new record of the
same site, checks the stored articles whose fingerprint is within
:data:`MAX_DISTANCE` bits with :func:`near_duplicate` before storing a second row.

The fingerprint is trafilatura's Charikar simhash (``trafilatura.deduplication.Simhash``,
64 bits, a dependency already; its token sampling adapts to short Vietnamese syllables), over
the body's normalized text. :func:`simhash` computes the same value as ``Simhash(text).hash``
(the tests compare them) with trafilatura's own token sampling and token hashes, but adds
up the tokens' bits as one big integer of 64 counters rather than a list of 64 per token:
about 0.13 ms less an article, on the archive thread. The decision itself compares the texts' lines: a simhash of a
bag of words cannot tell two reports of the same event apart as surely as the lines can.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from functools import lru_cache
from hashlib import blake2b

from pipelines.chrome import normalize

MAX_DISTANCE = 6  # bits of 64: fingerprints this close are worth comparing line by line
SAME_TEXT = 0.85  # share of either text (in characters) in lines both hold: one article


def _text(body: str | Sequence[str]) -> list[str]:
    lines = body.split("\n") if isinstance(body, str) else list(body)
    return [normalize(x) for x in lines if x and x.strip()]


def fingerprint(body: str | Sequence[str]) -> str:
    """The simhash of a body (paragraphs, or text with one paragraph a line), hex."""
    return f"{simhash(' '.join(_text(body))):x}"


BITS = 64
_LANE = 4  # bytes of a bit's counter: a text of up to 2**32 tokens
_LANES = str.maketrans({"0": "\0" * _LANE, "1": "\0" * (_LANE - 1) + "\1"})
_COUNTS = struct.Struct(f">{BITS}I").unpack  # the counters, bit 63's first


@lru_cache(maxsize=2**14)
def _spread(token: str) -> int:
    """The token's 64-bit hash (trafilatura's: BLAKE2b, 8 bytes, big-endian) with bit i
    moved to bit ``32 * i``: a sum of these holds, in each 32-bit lane, how many of the
    tokens have that bit set."""
    digest = int.from_bytes(blake2b(token.encode(), digest_size=8).digest(), "big")
    return int.from_bytes(format(digest, f"0{BITS}b").translate(_LANES).encode("latin-1"), "big")


def simhash(text: str) -> int:
    """``trafilatura.deduplication.Simhash(text).hash``: bit i is set when at least half
    the sampled tokens have bit i of their hash set (Simhash's vector, +1 or -1 a token,
    is then >= 0)."""
    from trafilatura.deduplication import sample_tokens  # here: trafilatura's imports
    # are extraction's; a crawl process fingerprints only what it stores

    tokens = sample_tokens(text, BITS)
    total = sum(map(_spread, tokens))
    counts = _COUNTS(total.to_bytes(BITS * _LANE, "big"))
    sampled = len(tokens)
    return sum(1 << (BITS - 1 - j) for j, count in enumerate(counts) if 2 * count >= sampled)


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
