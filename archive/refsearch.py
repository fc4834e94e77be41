"""The ``ref:`` term of search: articles citing a legal document.

``ref:13/2023/NĐ-CP`` (or ``ref:"Nghị định 13/2023/NĐ-CP"``, or a key,
``ref:nghi-dinh:13/2023/nd-cp``) keeps the articles that cite that document (any field:
title, lead, body, attachment links; :mod:`archive.docrefs`). It is a **filter**, like
``site`` and ``author``: wherever it stands in the query it applies to all of it, AND-ed
with the rest, and several ``ref:`` terms must all be cited. So ``ref:13/2023/NĐ-CP
"dữ liệu cá nhân" OR "an ninh mạng"`` is the articles citing the decree that hold either
phrase; ``ref:`` cannot follow ``OR`` or ``NOT`` (that would be an OR of a filter).

How it runs: the citing articles come first, from the ``document_refs_citing`` index (one
range per document). A query that is only ``ref:`` terms lists them by date. Otherwise the
rest of the query is matched in the full-text index against those articles only: FTS5 is
asked for the rowids (docids) of the candidates (``rowid IN (...)``, one seek per
candidate in each term's doclist) when there are at most :data:`SEEK_LIMIT` of them, else
the matches are walked newest first and kept when they cite the document (a document
cited that often is cited densely, so the walk stops early). Relevance is the same
formula as article search, computed over the kept matches.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

from sqlite_utils import Database

from archive.dockeys import Lookup, lookup
from archive.errors import SearchQueryError
from archive.fts import TEXT_FILTER, article_id
from archive.ftsquery import CompiledQuery, Phrase, compile_query, render

#: candidates matched by seeking FTS5 to each of them; more are matched by a walk
SEEK_LIMIT = 20_000
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


def citing_candidates(
    db: Database, targets: list[Lookup], where: list[str], params: dict[str, Any]
) -> list[tuple[int, int | None, str | None]]:
    """``(id, fts_docid, published_at)`` of the articles citing every target and passing
    the article filters ``where`` (SQL over ``articles a``)."""
    conditions = []
    for i, target in enumerate(targets):
        key = f" AND r.key = :refkey{i}" if target.key else ""
        conditions.append(
            f"a.id IN (SELECT r.article_id FROM document_refs r WHERE r.code = :refcode{i} "
            f"AND r.occurrence = 1 AND r.article_id IS NOT NULL{key})"
        )
        params = {**params, f"refcode{i}": target.code, f"refkey{i}": target.key}
    sql = f"SELECT a.id, a.fts_docid, a.published_at FROM articles a WHERE {' AND '.join(conditions + where)}"
    return [tuple(row) for row in db.execute(sql, params).fetchall()]  # type: ignore[misc]


def match_among(db: Database, match: str, docids: list[int], want: int) -> list[int]:
    """The docids among ``docids`` that match the FTS5 expression ``match``, newest
    first, at most ``want`` of them (see the module docstring)."""
    if not docids:
        return []
    if len(docids) <= SEEK_LIMIT:
        rows = db.execute(
            "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m "
            "AND rowid IN (SELECT value FROM json_each(:docs)) ORDER BY rowid DESC LIMIT :n",
            {"m": match, "docs": json.dumps(docids), "n": want},
        )
        return [row[0] for row in rows]
    wanted, found = set(docids), []
    cursor = db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m AND rowid BETWEEN :low "
        "AND :high ORDER BY rowid DESC",
        {"m": match, "low": min(docids), "high": max(docids)},
    )
    while len(found) < want and (rows := cursor.fetchmany(5000)):
        found += [doc for (doc,) in rows if doc in wanted]
    cursor.close()
    return found[:want]


def relevance_among(db: Database, compiled: CompiledQuery, docs: list[int]) -> dict[int, float]:
    """The relevance of each of ``docs`` (:func:`archive.queries.relevance`'s formula),
    each field check a seek per document."""
    from archive.queries import FIELD_WEIGHTS, _recent_sample

    scores = dict.fromkeys(docs, 0.0)
    if not docs:
        return scores
    cut, n_docs, _ = _recent_sample(db)
    listed = json.dumps(docs)
    for phrase in dict.fromkeys(compiled.highlight):
        text = render(Phrase(phrase.words, phrase.prefix))
        scope = phrase.column or TEXT_FILTER
        df = db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :m AND rowid > :cut",
            {"m": f"{scope} : {text}", "cut": cut},
        ).fetchone()[0]
        idf = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        checks = [(scope, idf)]
        if not phrase.column:
            checks += [(field, idf * weight) for field, weight in FIELD_WEIGHTS.items()]
        for column, weight in checks:
            for (doc,) in db.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m "
                "AND rowid IN (SELECT value FROM json_each(:docs))",
                {"m": f"{column} : {text}", "docs": listed},
            ):
                scores[doc] += weight
    return scores


def search_citing(
    db: Database,
    rest: str,
    targets: list[Lookup],
    where: list[str],
    params: dict[str, Any],
    *,
    order: str,
    limit: int,
    offset: int,
    window: int,
) -> tuple[list[int], dict[int, float], CompiledQuery | None, bool]:
    """Article ids of a search with ``ref:`` terms, in result order (the page
    ``offset``/``limit``), their scores, the compiled text query (None when there is
    none) and whether every match was ranked."""
    candidates = citing_candidates(db, targets, where, params)
    if not rest:
        ordered = sorted(
            candidates, key=lambda c: (c[2] is not None, c[2] or "", c[0]), reverse=True
        )
        return [c[0] for c in ordered[offset : offset + limit]], {}, None, True
    compiled = compile_query(rest)
    match = f"{TEXT_FILTER} : ({compiled.match})"
    docids = sorted((c[1] for c in candidates if c[1] is not None), reverse=True)
    docs = match_among(db, match, docids, window + 1)
    complete = len(docs) <= window
    docs = docs[:window]
    scores: dict[int, float] = {}
    if order == "relevance":
        scores = relevance_among(db, compiled, docs)
        docs.sort(key=lambda d: (-scores[d], -d))
    else:
        dates = {c[1]: c[2] for c in candidates}
        docs.sort(key=lambda d: (dates.get(d) is not None, dates.get(d) or "", d), reverse=True)
    page = docs[offset : offset + limit]
    return (
        [article_id(d) for d in page],
        {article_id(d): scores.get(d, 0.0) for d in page},
        compiled,
        complete,
    )


def citing_sentence(db: Database, article: int, targets: list[Lookup]) -> tuple[str, str] | None:
    """The sentence in which ``article`` first cites the first target, and the citation."""
    target = targets[0]
    row = db.execute(
        "SELECT sentence, raw FROM document_refs WHERE article_id = ? AND code = ? "
        "ORDER BY occurrence LIMIT 1",
        [article, target.code],
    ).fetchone()
    return (row[0] or row[1], row[1]) if row else None
