"""Search query syntax: parse, validate and compile to a safe FTS5 MATCH expression.

Users write words, ``"phrases"``, ``AND``/``OR``/``NOT`` (upper case), ``prefix*``,
parentheses and column filters (``title:biên``). Terms are accent-folded like the
index. Every word and phrase is re-emitted quoted, so punctuation in a term
(``covid-19``, ``12:30``) can never turn into FTS5 syntax; a malformed query raises
:class:`~archive.errors.SearchQueryError` with a message meant for people.

Precedence follows FTS5: ``NOT`` binds tightest, then ``AND`` (also implicit between
adjacent terms), then ``OR``.

A query is at most ``MAX_QUERY_CHARS`` characters, ``MAX_QUERY_TERMS`` words and phrases and
``MAX_QUERY_DEPTH`` nested parentheses; beyond that it raises
:class:`~archive.errors.SearchQueryTooComplex` before any parsing (a parser that recursed
over 250 parentheses or 800 chained ``NOT`` operators would end in ``RecursionError``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.errors import SearchQueryError, SearchQueryTooComplex
from archive.fold import QueryToken, fold, query_tokens
from archive.fts import FTS_COLUMNS, WORD_RE

_COLUMN_RE = re.compile(rf"^({'|'.join(FTS_COLUMNS)}):(.+)$")
EXAMPLE = 'e.g. biên giới, "Đảng bộ tỉnh", dang bo NOT hoi nghi, bien*'
MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 64  # words and phrases (each operand of NOT nests one level deeper)
MAX_QUERY_DEPTH = 16  # nested parentheses


@dataclass(frozen=True)
class Phrase:
    """Consecutive folded words; ``prefix``: the last word is a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    column: str | None = None


@dataclass(frozen=True)
class Op:
    """``AND``/``OR`` over two or more operands, or ``NOT`` (left minus right)."""

    name: str
    operands: tuple[Node, ...]


Node = Phrase | Op


@dataclass(frozen=True)
class CompiledQuery:
    """An FTS5 MATCH expression and the phrases a snippet should highlight."""

    match: str
    highlight: list[Phrase] = field(default_factory=list)
    #: every phrase of ``highlight`` is in every match (no ``OR``)
    required: bool = False


def _error(message: str, query: str) -> SearchQueryError:
    return SearchQueryError(f"{message} ({EXAMPLE})", query)


class _Parser:
    def __init__(self, query: str) -> None:
        self.query = query
        if len(query) > MAX_QUERY_CHARS:
            raise SearchQueryTooComplex(
                f"Search query too long: {len(query)} characters (at most {MAX_QUERY_CHARS})",
                query[:100],
            )
        self.tokens: list[QueryToken] = list(query_tokens(query))
        self.pos = 0
        depth = terms = 0
        for token in self.tokens:
            if token.kind == "open_quote":
                raise _error('Unbalanced quote in search query: a " is never closed', query)
            terms += token.kind in ("word", "phrase")
            depth += {"lparen": 1, "rparen": -1}.get(token.kind, 0)
            if depth > MAX_QUERY_DEPTH:
                raise SearchQueryTooComplex(
                    f"Search query nested too deeply: more than {MAX_QUERY_DEPTH} levels of "
                    "parentheses", query[:100],
                )  # fmt: skip
        if terms > MAX_QUERY_TERMS:
            raise SearchQueryTooComplex(
                f"Search query too complex: {terms} words and phrases (at most "
                f"{MAX_QUERY_TERMS})", query[:100],
            )  # fmt: skip

    def peek(self) -> QueryToken | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> QueryToken:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node | None:
        if not self.tokens:
            raise _error("Empty search query: type one or more words", self.query)
        node = self.parse_or()
        token = self.peek()
        if token is not None:  # only a stray ")" can stop parse_or early
            raise _error("Unbalanced parentheses in search query: a ')' has no '('", self.query)
        return node

    def parse_or(self) -> Node | None:
        operands = [self.parse_and()]
        while (token := self.peek()) is not None and token.text == "OR" and token.kind == "op":
            self.take()
            operands.append(self.parse_and(after="OR"))
        return _combine("OR", operands)

    def parse_and(self, after: str | None = None) -> Node | None:
        operands = [self.parse_not(after)]
        while (token := self.peek()) is not None:
            if token.kind == "op" and token.text == "AND":
                self.take()
                operands.append(self.parse_not(after="AND"))
            elif token.kind in ("word", "phrase", "lparen"):
                operands.append(self.parse_not())
            else:
                break
        return _combine("AND", operands)

    def parse_not(self, after: str | None = None) -> Node | None:
        node = self.parse_primary(after)
        while (token := self.peek()) is not None and token.kind == "op" and token.text == "NOT":
            self.take()
            right = self.parse_primary(after="NOT")
            if node is None:
                raise _error("'NOT' needs search words before it", self.query)
            if right is not None:
                node = Op("NOT", (node, right))
        return node

    def parse_primary(self, after: str | None = None) -> Node | None:
        token = self.peek()
        if token is None or token.kind == "rparen" or token.kind == "op":
            if after is not None:
                raise _error(f"'{after}' needs search words on both sides", self.query)
            if token is None:  # only reachable right after "("
                raise _error(
                    "Unbalanced parentheses in search query: a '(' is never closed", self.query
                )
            if token.kind == "rparen":
                if self.pos > 0 and self.tokens[self.pos - 1].kind == "lparen":
                    raise _error("Empty parentheses in search query", self.query)
                raise _error("Unbalanced parentheses in search query: a ')' has no '('", self.query)
            if token.text == "NOT":
                raise _error(
                    "A search query cannot start with 'NOT': write what to find first", self.query
                )
            raise _error(f"'{token.text}' needs search words on both sides", self.query)
        self.take()
        if token.kind == "lparen":
            node = self.parse_or()
            closing = self.peek()
            if closing is None or closing.kind != "rparen":
                raise _error(
                    "Unbalanced parentheses in search query: a '(' is never closed", self.query
                )
            self.take()
            return node
        return _phrase(token)


def _phrase(token: QueryToken) -> Phrase | None:
    text, column = token.text, None
    if token.kind == "word" and (match := _COLUMN_RE.match(text)):
        column, text = match.group(1), match.group(2)
    words = tuple(WORD_RE.findall(fold(text)))
    return Phrase(words, token.prefix, column) if words else None


def _combine(name: str, operands: list[Node | None]) -> Node | None:
    kept = tuple(node for node in operands if node is not None)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else Op(name, kept)


def render(node: Node) -> str:
    """The FTS5 text of a parsed query (every phrase quoted)."""
    if isinstance(node, Phrase):
        text = '"' + " ".join(node.words) + '"' + ("*" if node.prefix else "")
        return f"{node.column} : {text}" if node.column else text
    parts = [
        render(child) if isinstance(child, Phrase) else f"({render(child)})"
        for child in node.operands
    ]
    return f" {node.name} ".join(parts)


def _positive_phrases(node: Node) -> list[Phrase]:
    if isinstance(node, Phrase):
        return [node]
    if node.name == "NOT":
        return _positive_phrases(node.operands[0])
    return [phrase for child in node.operands for phrase in _positive_phrases(child)]


def _all_required(node: Node) -> bool:
    if isinstance(node, Phrase):
        return True
    if node.name == "NOT":
        return _all_required(node.operands[0])
    return node.name == "AND" and all(_all_required(child) for child in node.operands)


def compile_query(query: str) -> CompiledQuery:
    """Validate a user search query and compile it to a folded FTS5 MATCH expression.

    >>> compile_query('Đảng bộ NOT "hội nghị" OR title:biên*').match
    '("dang" AND ("bo" NOT "hoi nghi")) OR title : "bien"*'

    :raises SearchQueryError: the query is empty, has an unbalanced quote or
        parenthesis, an operator without operands, or no searchable word.
    """
    node = _Parser(query).parse()
    if node is None:
        raise _error("Search query has no words to search for", query)
    return CompiledQuery(render(node), _positive_phrases(node), _all_required(node))
