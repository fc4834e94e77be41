"""Search-result snippets cut from the original text, with the matched words marked.

The index holds folded text only, so FTS5 cannot make snippets. Here the original text
is folded one character at a time while keeping, for every folded character, the index
of the original character it came from; matches found in the folded copy are then cut
and marked in the original, diacritics intact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from archive.fold import _BEYOND_TABLE, _MARK, _TABLE, fold_char
from archive.ftsquery import WORD_RE, Phrase

_SPACE_RE = re.compile(r"\s+")


def _one_to_one_table() -> dict[int, int | None]:
    """``str.translate`` table folding every character that folds to exactly one
    character; the others are deleted, which makes the result shorter than the text."""
    table: dict[int, int | None] = {}
    for cp, folded in enumerate(_TABLE):
        if isinstance(folded, int):
            continue
        one = folded is not None and len(folded) == 1 and not folded.startswith(_MARK)
        table[cp] = ord(folded) if one and folded is not None else None
    return table


_ONE_TO_ONE_MAP = _one_to_one_table()
# a list indexed by code point translates faster than a dict (see archive.fold)
_ONE_TO_ONE = [_ONE_TO_ONE_MAP.get(cp, cp) for cp in range(len(_TABLE))]


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text``; return the folded string and, for each of its characters, the
    index of the original character (plus a final entry ``len(text)``).

    NFC text (what extraction stores) folds one character to one character: then the
    map is the identity and the folding runs at ``str.translate`` speed."""
    folded = text.translate(_ONE_TO_ONE)
    if len(folded) == len(text) and _BEYOND_TABLE.search(text) is None:
        return folded, list(range(len(text) + 1))
    pieces: list[str] = []
    index: list[int] = []
    for position, char in enumerate(text):
        folded = char if char.isascii() and not char.isupper() else fold_char(char)
        pieces.append(folded)
        index.extend([position] * len(folded))
    index.append(len(text))
    return "".join(pieces), index


def _matches(words: Sequence[str], phrases: Sequence[Phrase]) -> list[tuple[int, int]]:
    """Word-index ranges ``[start, end)`` where a phrase matches, merged and sorted."""
    found: list[tuple[int, int]] = []
    for phrase in phrases:
        size = len(phrase.words)
        first = phrase.words[0]
        if size == 1 and phrase.prefix:
            starts = [i for i, word in enumerate(words) if word.startswith(first)]
        else:
            starts = [i for i, word in enumerate(words) if word == first]
        for start in starts:
            if start > len(words) - size:
                break
            candidate = words[start : start + size]
            if list(candidate[:-1]) != list(phrase.words[:-1]):
                continue
            last, wanted = candidate[-1], phrase.words[-1]
            if last == wanted or (phrase.prefix and last.startswith(wanted)):
                found.append((start, start + size))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(
    text: str,
    phrases: Sequence[Phrase],
    *,
    words: int = 30,
    markers: tuple[str, str] = ("[", "]"),
    ellipsis: str = "…",
) -> str | None:
    """About ``words`` words of ``text`` around the first match of ``phrases``.

    Every match inside the window is wrapped in ``markers``; whitespace (paragraph
    breaks included) becomes single spaces. Returns None when nothing matches.

    >>> make_snippet("Tuần tra biên giới ở Lào Cai", [Phrase(("bien", "gioi"))], words=4)
    '… tra [biên giới] ở…'
    """
    if not text or not phrases:
        return None
    if len(text) > _region(words)[1]:
        snippet = _snippet_in_region(text, phrases, words, markers, ellipsis)
        if snippet is not _UNSURE:
            return snippet  # type: ignore[return-value]
    return _snippet(text, phrases, words, markers, ellipsis)


def _region(words: int) -> tuple[int, int]:
    """How many characters before and after the earliest place a phrase could match are
    folded first (enough for ``words`` words of ordinary text)."""
    return 12 * (words // 3 + 2), 12 * (words + 2)


_UNSURE = object()


def _snippet_in_region(
    text: str, phrases: Sequence[Phrase], words: int, markers: tuple[str, str], ellipsis: str
) -> str | None | object:
    """The snippet of a long text, found by folding only a region of it around the
    earliest occurrence of a phrase's first word; :data:`_UNSURE` when the region cannot
    be shown to give the same snippet as the whole text."""
    folded = text.translate(_ONE_TO_ONE)
    if len(folded) != len(text) or _BEYOND_TABLE.search(text) is not None:
        return _UNSURE
    firsts = []
    for phrase in phrases:
        word = re.escape(phrase.words[0])
        tail = r"[^\W_]*" if len(phrase.words) == 1 and phrase.prefix else r"(?![^\W_])"
        if (m := re.search(rf"(?<![^\W_]){word}{tail}", folded)) is not None:
            firsts.append(m.start())
    if not firsts:
        return None
    first = min(firsts)
    before, after = _region(words)
    low, high = max(0, first - before), min(len(text), first + after)
    while 0 < low < first and WORD_RE.match(folded, low - 1):
        low += 1  # start on a word boundary
    while len(text) > high > first and WORD_RE.match(folded, high):
        high -= 1
    spans = [(a + low, b + low) for a, b in (m.span() for m in WORD_RE.finditer(folded[low:high]))]
    matches = _matches([folded[a:b] for a, b in spans], phrases)
    if not matches:
        return _UNSURE
    start_word = matches[0][0]
    if (low > 0 and start_word <= words // 3) or (
        high < len(text) and matches[0][0] + words >= len(spans)
    ):
        return _UNSURE
    whole = (low == 0, high == len(text))
    return _cut(text, None, spans, matches, words, markers, ellipsis, whole=whole)


def _snippet(
    text: str, phrases: Sequence[Phrase], words: int, markers: tuple[str, str], ellipsis: str
) -> str | None:
    folded, index = fold_with_map(text)
    spans = [m.span() for m in WORD_RE.finditer(folded)]
    matches = _matches([folded[a:b] for a, b in spans], phrases)
    if not matches:
        return None
    return _cut(text, index, spans, matches, words, markers, ellipsis, whole=(True, True))


def _cut(
    text: str,
    index: list[int] | None,
    spans: list[tuple[int, int]],
    matches: list[tuple[int, int]],
    words: int,
    markers: tuple[str, str],
    ellipsis: str,
    whole: tuple[bool, bool],
) -> str:
    """Cut the snippet: ``spans`` are the words (folded positions; ``index`` maps them to
    the original, None: identity), ``whole`` says whether they reach each end of the text."""
    first = matches[0][0]
    start = max(0, first - words // 3)
    end = min(len(spans), start + words)
    start = max(0, end - words)
    at_start = start == 0 and whole[0]
    at_end = end == len(spans) and whole[1]

    def original(folded_pos: int) -> int:
        return folded_pos if index is None else index[folded_pos]

    # a window reaching either end of the text keeps its leading/trailing punctuation
    cut_start = original(spans[start][0]) if not at_start else 0
    cut_end = original(spans[end - 1][1]) if not at_end else len(text)
    out: list[str] = [ellipsis + " " if not at_start else ""]
    cursor = cut_start
    for m_start, m_end in matches:
        if m_end <= start or m_start >= end:
            continue
        m_start, m_end = max(m_start, start), min(m_end, end)
        left, right = original(spans[m_start][0]), original(spans[m_end - 1][1])
        out += [text[cursor:left], markers[0], text[left:right], markers[1]]
        cursor = right
    out.append(text[cursor:cut_end])
    if not at_end:
        out.append(ellipsis)
    return _SPACE_RE.sub(" ", "".join(out)).strip()


def leading_words(text: str | None, words: int = 30, ellipsis: str = "…") -> str:
    """The first ``words`` words of ``text`` on one line (the snippet when nothing matches)."""
    parts = (text or "").split()
    return " ".join(parts[:words]) + (ellipsis if len(parts) > words else "")
