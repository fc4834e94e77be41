"""Accent folding for Vietnamese text: ``fold("Đảng bộ") == "dang bo"``.

The full-text index stores folded copies of title, lead, body and author, and search
queries are folded the same way, so "bien gioi", "biên giới" and "BIÊN GIỚI" all match.

:func:`fold` is defined as: NFD, drop combining marks, ``đ -> d`` / ``Đ -> D``,
lower-case, NFC. It runs over millions of rows, so the common case is one
``str.translate`` over a table precomputed from that definition for the Latin, Greek,
Cyrillic and punctuation blocks; text holding any other character takes the slow,
exact path through :mod:`unicodedata`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

#: Letters with a stroke that NFD does not decompose. U+00D0/U+00F0 (Icelandic eth)
#: are included because legacy Vietnamese encodings often put Ð where Đ was meant.
_STROKES = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d"})

#: Code point ranges where folding one character at a time equals folding the whole
#: text (no NFC composition between two starters, no context-dependent lower-casing).
_SAFE_RANGES = ((0x0000, 0x058F), (0x1D00, 0x1FFF), (0x2000, 0x2BFF))
_CONTEXTUAL = {0x03A3}  # GREEK CAPITAL SIGMA lower-cases to σ or ς depending on context


def _fold_exact(text: str) -> str:
    """The definition of folding, character database driven (slow)."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.translate(_STROKES).lower())


#: Characters of the table's span outside the safe ranges translate to this marker
#: followed by themselves, which sends the text down the exact path.
_MARK = "\ue000"
_TABLE_END = "\u2c00"  # code points from here on are not in the table


def _is_safe(cp: int) -> bool:
    return cp not in _CONTEXTUAL and any(low <= cp <= high for low, high in _SAFE_RANGES)


def _build_table() -> list[int | str | None]:
    # A list indexed by code point is faster for str.translate than a dict; code points
    # past its end raise IndexError, which translate treats as "leave unchanged".
    table: list[int | str | None] = []
    for cp in range(ord(_TABLE_END)):
        char = chr(cp)
        if not _is_safe(cp):
            table.append(_MARK + char)
            continue
        folded = _fold_exact(char)
        table.append(cp if folded == char else folded or None)
    return table


_TABLE = _build_table()
_BEYOND_TABLE = re.compile("[^\x00-\u2bff]")


def fold(text: str) -> str:
    """Return ``text`` lower-cased with diacritics removed and ``đ`` turned into ``d``.

    >>> fold("Đảng bộ tỉnh Lào Cai")
    'dang bo tinh lao cai'
    """
    folded = text.translate(_TABLE)
    if folded.isascii() or (_MARK not in folded and _BEYOND_TABLE.search(folded) is None):
        return folded
    return _fold_exact(text)


def fold_char(char: str) -> str:
    """Fold one character (may return ``""`` for a combining mark)."""
    if char >= _TABLE_END:
        return _fold_exact(char)
    folded = _TABLE[ord(char)]
    if folded is None:
        return ""
    if isinstance(folded, int):
        return char
    return _fold_exact(char) if folded.startswith(_MARK) else folded


# --- query syntax ---------------------------------------------------------------------

#: Upper-case words with a meaning in FTS5 query syntax (outside quotes).
OPERATORS = frozenset({"AND", "OR", "NOT"})


class QueryToken(NamedTuple):
    """One lexical token of a search query."""

    kind: str  # "phrase", "word", "op", "lparen", "rparen", "open_quote"
    text: str  # the phrase content without quotes, the word, the operator
    prefix: bool = False  # followed by "*"


_TOKEN_RE = re.compile(
    r"""(?P<ws>\s+)
      | "(?P<phrase>[^"]*)"(?P<pstar>\*?)
      | (?P<open_quote>"[^"]*)
      | (?P<lparen>\()
      | (?P<rparen>\))
      | (?P<word>[^\s"()]+)""",
    re.VERBOSE,
)


def query_tokens(query: str) -> Iterator[QueryToken]:
    """Split a search query into tokens; quotes, parentheses and ``*`` are kept apart."""
    for match in _TOKEN_RE.finditer(query):
        kind = match.lastgroup
        if kind == "ws":
            continue
        if kind in ("phrase", "pstar"):
            yield QueryToken("phrase", match.group("phrase"), bool(match.group("pstar")))
        elif kind == "open_quote":
            yield QueryToken("open_quote", match.group("open_quote")[1:])
        elif kind in ("lparen", "rparen"):
            yield QueryToken(kind, match.group(0))
        else:
            word = match.group("word")
            if word in OPERATORS:
                yield QueryToken("op", word)
            else:
                stripped = word.rstrip("*")
                yield QueryToken("word", stripped or word, prefix=stripped != word)


def fold_query(query: str) -> str:
    """Fold the terms of an FTS query, keeping its syntax.

    Quotes, parentheses, a trailing ``*`` and the upper-case operators ``AND``, ``OR``
    and ``NOT`` are kept as they are; everything else is folded:

    >>> fold_query('"Biên giới" AND Đảng* NOT (Hà OR Nội)')
    '"bien gioi" AND dang* NOT (ha OR noi)'
    """
    out: list[str] = []
    previous = "lparen"
    for token in query_tokens(query):
        star = "*" if token.prefix else ""
        if token.kind == "phrase":
            text = f'"{fold(token.text)}"{star}'
        elif token.kind == "open_quote":
            text = f'"{fold(token.text)}'
        elif token.kind == "word":
            text = fold(token.text) + star
        else:
            text = token.text
        if previous != "lparen" and token.kind != "rparen":
            out.append(" ")
        out.append(text)
        previous = token.kind
    return "".join(out)
