"""The ``ref:`` term of search: articles citing a legal document.

``ref:13/2023/NĐ-CP`` (or ``ref:"Nghị định 13/2023/NĐ-CP"``, or a key,
``ref:nghi-dinh:13/2023/nd-cp``) keeps the articles that cite that document (any field:
title, lead, body, attachment links; :mod:`archive.docrefs`). It is a **filter**, like
``site`` and ``author``: wherever it stands in the query it applies to all of it, AND-ed
with the rest, and several ``ref:`` terms must all be cited. So ``ref:13/2023/NĐ-CP
"dữ liệu cá nhân" OR "an ninh mạng"`` is the articles citing the decree that hold either
phrase; ``ref:`` cannot follow ``OR`` or ``NOT`` (that would be an OR of a filter).

How it runs: every article's ``facets`` column in the full-text index holds a token per
document code it cites (:func:`archive.fts.ref_token`; :mod:`archive.docrefs` re-indexes an
article when its citations change), so a ``ref:`` term is one more FTS5 phrase AND-ed with
the query, an intersection of doclists inside FTS5 exactly like the site and author
filters, whatever the number of citing articles. A query of ``ref:`` terms only lists the
citing articles newest first, each with the sentence that cites the document.
"""

from __future__ import annotations

import re
from typing import Any

from sqlite_utils import Database

from archive.dockeys import Lookup, lookup
from archive.errors import SearchQueryError
from archive.fts import FACETS_COLUMN, ref_token

#: relevance ranks at most this many matches of a query with ``ref:`` terms (the
#: ``window`` of :func:`archive.queries.search`): a document's citing articles are spread
#: over years, so the newest 5,000 matches span a wide range of the index, where the
#: field checks would read far more than for a plain query
REF_RANK_WINDOW = 1000

_REF_TERM = re.compile(r'(?<!\S)ref:(?:"([^"]*)"|(\S+))', re.IGNORECASE)


def split_ref_terms(query: str) -> tuple[str, list[Lookup]]:
    """The query without its ``ref:`` terms, and what those name.

    :raises SearchQueryError: a ``ref:`` that names no document number, or that follows
        ``OR``/``NOT`` or stands inside parentheses.
    """
    found: list[Lookup] = []
    pieces, last = [], 0
    for match in _REF_TERM.finditer(query):
        value = match.group(1) if match.group(1) is not None else match.group(2)
        before = query[: match.start()]
        if re.search(r"(?:^|\s)(?:OR|NOT)\s*$", before) or before.count("(") > before.count(")"):
            raise SearchQueryError(
                "ref: is a filter on the whole query; it cannot follow OR or NOT or stand "
                "inside parentheses (e.g. ref:13/2023/NĐ-CP dữ liệu)",
                query,
            )
        target = lookup(value)
        if target is None:
            raise SearchQueryError(
                f"ref:{value} names no document number (e.g. ref:13/2023/NĐ-CP, "
                'ref:"Quyết định 1234/QĐ-UBND")',
                query,
            )
        found.append(target)
        pieces.append(re.sub(r"\s+AND\s*$", " ", query[last : match.start()]))
        last = match.end()
    pieces.append(query[last:])
    rest = re.sub(r"^\s*AND\s+", "", " ".join(p.strip() for p in pieces if p.strip()))
    return rest.strip(), found


def ref_facets(targets: list[Lookup]) -> list[str]:
    """The FTS5 expressions of ``ref:`` terms: each document's facet token."""
    return [f'{FACETS_COLUMN} : "{ref_token(target.code)}"' for target in targets]


def key_conditions(targets: list[Lookup]) -> tuple[list[str], dict[str, Any]]:
    """SQL over ``articles a`` for ``ref:`` terms written as full keys (a type as well as a
    code: ``ref:luat:31/2024/qh15``), which the facet token (of the code) cannot tell."""
    conditions, params = [], {}
    for i, target in enumerate(targets):
        if target.key:
            conditions.append(
                f"EXISTS (SELECT 1 FROM document_refs r WHERE r.article_id = a.id "
                f"AND r.code = :refcode{i} AND r.key = :refkey{i})"
            )
            params |= {f"refcode{i}": target.code, f"refkey{i}": target.key}
    return conditions, params


def newest_citing(
    db: Database, targets: list[Lookup], where: list[str], params: dict[str, Any]
) -> list[tuple[Any, ...]]:
    """Date order over many matches of a ``ref:`` query: walk the first target's citing
    articles newest first (the ``document_refs_citing`` index) and keep those matching
    ``params["match"]`` (the whole query, other ``ref:`` terms included), from
    ``params["offset"]``, ``params["limit"]`` of them; undated articles last. The
    columns of :func:`archive.queries._rows`."""
    from archive.queries import _SELECT_HIT

    conditions = [
        "r.code = :walkcode AND r.occurrence = 1 AND r.article_id IS NOT NULL",
        *where,
        "EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH :match "
        "AND articles_fts.rowid = a.fts_docid)",
    ]
    sql = (
        f"{_SELECT_HIT} FROM document_refs r JOIN articles a ON a.id = r.article_id "
        f"WHERE {' AND '.join(conditions)} AND r.published_at IS {{}}NULL "
        "ORDER BY r.published_at DESC, r.article_id DESC LIMIT :limit OFFSET :offset"
    )
    params = {**params, "walkcode": targets[0].code}
    rows = db.execute(sql.format("NOT "), params).fetchall()
    if len(rows) < params["limit"]:
        dated = db.execute(
            "SELECT count(*) FROM document_refs r JOIN articles a ON a.id = r.article_id "
            f"WHERE {' AND '.join(conditions)} AND r.published_at IS NOT NULL", params,
        ).fetchone()[0]  # fmt: skip
        rows += db.execute(
            sql.format(""),
            {**params, "limit": params["limit"] - len(rows),
             "offset": max(0, params["offset"] - dated)},
        ).fetchall()  # fmt: skip
    return rows


def citing_sentence(db: Database, article: int, targets: list[Lookup]) -> tuple[str, str] | None:
    """The sentence in which ``article`` first cites the first target, and the citation."""
    target = targets[0]
    row = db.execute(
        "SELECT sentence, raw FROM document_refs WHERE article_id = ? AND code = ? "
        "ORDER BY occurrence LIMIT 1",
        [article, target.code],
    ).fetchone()
    return (row[0] or row[1], row[1]) if row else None
