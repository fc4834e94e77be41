"""Typed reads over an archive database: search, articles, crawls, captures, export.

Every function takes a :class:`sqlite_utils.Database` opened with
:func:`archive.db.open_db` and only reads. ``site``/``since``/``until`` filters are
described in :mod:`archive.filters` (``until=2024-01-31`` includes that whole day).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, TextIO

from sqlite_utils import Database

from archive.attachtext import AttachmentHit
from archive.db import register_functions
from archive.errors import ArticleNotFound, CaptureNotFound, InvalidFilter, SearchQueryError
from archive.filters import article_filters, check_date
from archive.fts import (
    FACETS_COLUMN,
    ID_MASK,
    MONTH_SHIFT,
    TEXT_FILTER,
    article_id,
    author_tokens,
    month_range,
    site_token,
)
from archive.ftsquery import CompiledQuery, Phrase, compile_query, render
from archive.records import RECORD_FORMATS, write_records
from archive.snippet import leading_words, make_snippet

#: Relevance weights of a phrase found in these fields, on top of its weight 1 for being
#: in the article at all (see :func:`relevance`): FTS5 column filters.
FIELD_WEIGHTS = {"title": 10.0, "{lead author}": 4.0}

#: Fields of an exported record, in CSV column order.
EXPORT_FIELDS = (
    "id", "url", "site_id", "title", "published_at", "date_precision", "date_raw", "date_basis",
    "updated_at", "author", "author_unit", "source", "lead", "body", "language",
    "word_count", "current_version", "content_hash", "capture_id", "warc_file",
    "warc_record_id", "fetched_at", "first_seen", "last_seen", "removed_at", "extractor",
)  # fmt: skip


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``rank`` is minus the relevance score (lower is better; 0 when
    sorted by date)."""

    id: int
    site_id: str
    url: str
    title: str
    published_at: str | None
    author: str | None
    snippet: str
    rank: float


#: Relevance ranks at most this many matches: all of them when the query (with its
#: filters) matches fewer articles, else the ``RANK_WINDOW`` most recently published ones
#: (by publication month; undated articles last). FTS5 finds those by walking its doclists
#: from the highest docid down (:mod:`archive.fts`) and stopping, so the cost does not
#: grow with the archive; ``order="date"`` is exact at any size.
RANK_WINDOW = 5000

#: Document frequencies (the "IDF" of relevance) are counted over this many of the most
#: recently published articles: a bounded cost per query term, unlike FTS5's bm25, which
#: counts every term's documents over the whole index on every query.
IDF_SAMPLE = 10_000


class SearchResults(list[SearchHit]):
    """The hits of :func:`search`, best first, plus how they were ranked.

    ``complete`` is False when more than ``window`` articles matched: with
    ``order="relevance"`` the hits are then the best of the ``window`` most recently
    published matches (narrow the query, or sort by date, to see all of them).
    """

    def __init__(self, hits: list[SearchHit], *, complete: bool, window: int) -> None:
        super().__init__(hits)
        self.complete = complete
        self.window = window


def search(
    db: Database,
    query: str,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
    order: Literal["relevance", "date"] = "relevance",
    limit: int = 20,
    offset: int = 0,
    markers: tuple[str, str] = ("[", "]"),
    snippet_words: int = 30,
    window: int = RANK_WINDOW,
    within: Literal["articles", "attachments"] = "articles",
) -> SearchResults | list[AttachmentHit]:
    """Full-text search over title, lead, body and author, accent-insensitive.

    ``query`` may use words, ``"phrases"``, ``AND``/``OR``/``NOT``, ``prefix*``,
    parentheses and ``title:``/``lead:``/``body:``/``author:`` filters; "Đảng bộ",
    "đảng bộ" and "dang bo" find the same articles. ``author`` keeps articles whose
    author holds those words in that order (:func:`author_match`). ``order`` is ``"relevance"`` (see
    :func:`relevance`; over at most ``window`` matches: :data:`RANK_WINDOW` and
    :class:`SearchResults`) or ``"date"`` (newest first). Snippets are cut for the
    returned hits only. ``ref:13/2023/NĐ-CP`` keeps the articles citing that document
    (a filter on the whole query: :mod:`archive.refsearch`). ``within="attachments"``
    searches the text of attached documents instead
    (:func:`archive.attachtext.search_attachments`; a list of ``AttachmentHit``).

    :raises SearchQueryError: the query is malformed; the message says why.
    :raises InvalidFilter: a bad date, order, limit, offset or window.
    """
    if order not in ("relevance", "date"):
        raise InvalidFilter(f"order must be 'relevance' or 'date', got {order!r}")
    if limit < 0 or offset < 0:
        raise InvalidFilter("limit and offset must not be negative")
    if window < 1:
        raise InvalidFilter("window must be at least 1")
    if within == "attachments":
        from archive.attachtext import search_attachments

        return search_attachments(
            db, query, site=site, since=since, until=until, order=order, limit=limit,
            offset=offset, markers=markers, snippet_words=snippet_words,
        )  # fmt: skip
    if within != "articles":
        raise InvalidFilter(f"within must be 'articles' or 'attachments', got {within!r}")
    targets: list[Any] = []
    if "ref:" in query.lower():
        from archive.refsearch import split_ref_terms

        query, targets = split_ref_terms(query)
    # a query of ref: terms only lists the citing articles, newest first
    compiled = compile_query(query) if query or not targets else None
    where, params = filters(db, site, since, until, author)
    text_match = f"{TEXT_FILTER} : ({compiled.match})" if compiled else None
    scope = index_scope(site, since, until)
    if scope is None:  # the dates hold no day
        return SearchResults([], complete=True, window=window)
    # the site token, the author's words, cited documents: short doclists of the facets column
    facets = [f"{FACETS_COLUMN} : {scope.facets}"] if scope.facets else []
    facets += [params["author"]] if author is not None else []
    # what the index cannot say exactly: dates inside a month
    post = [c for c in where if scope.exact and "published_at" in c]
    if targets:
        from archive.refsearch import REF_RANK_WINDOW, key_conditions, ref_facets

        facets += ref_facets(targets)
        window = min(window, REF_RANK_WINDOW)
        by_key, key_params = key_conditions(targets)
        post += by_key
        where += by_key
        params |= key_params
    match = " AND ".join([m for m in (text_match, *facets) if m])
    if compiled is None:
        order = "date"
    register_functions(db)
    scores: dict[int, float] = {}
    with _query_errors(query):
        docs = _newest_matches(db, match, post, params, window + 1, scope)
        complete = len(docs) <= window
        docs = docs[:window]
        if order == "relevance":
            # the field checks of filtered queries: the facets and the docid range narrow
            # them well enough and cost less than the common words of the query again
            narrow = " AND ".join(facets) or match
            scores = relevance(db, compiled, narrow, docs, filtered=scope.filtered or bool(facets))
            docs.sort(key=lambda d: (-scores[d], -d))
            rows = _rows(db, [article_id(d) for d in docs[offset : offset + limit]])
            scores = {article_id(d): score for d, score in scores.items()}
        elif complete:
            ids = [article_id(d) for d in docs]
            dates = dict(_select_ids(db, "SELECT id, published_at FROM articles", ids))
            ids.sort(key=lambda i: (dates[i] is not None, dates[i] or "", i), reverse=True)
            rows = _rows(db, ids[offset : offset + limit])
        elif targets:  # many citing articles: walk them newest first, check the text
            from archive.refsearch import newest_citing

            rows = newest_citing(db, targets, where, {**params, "match": match, "limit": limit,
                                                      "offset": offset})  # fmt: skip
        else:
            rows = _newest(db, where, {**params, "match": text_match, "limit": limit,
                                       "offset": offset})  # fmt: skip
    if compiled is None:
        return SearchResults(_citing_hits(db, rows, targets, markers, snippet_words),
                             complete=complete, window=window)  # fmt: skip
    hits = [_hit(row, -scores.get(row[0], 0.0), compiled, markers, snippet_words)
            for row in rows]  # fmt: skip
    return SearchResults(hits, complete=complete, window=window)


def _citing_hits(
    db: Database, rows: list[tuple[Any, ...]], targets: list[Any], markers: tuple[str, str],
    snippet_words: int,
) -> list[SearchHit]:  # fmt: skip
    """Hits of a ``ref:``-only search: the snippet is the sentence citing the document."""
    from archive.refsearch import citing_sentence

    hits = []
    for row in rows:
        found = citing_sentence(db, row[0], targets)
        snippet = (
            found[0].replace(found[1], f"{markers[0]}{found[1]}{markers[1]}", 1)
            if found
            else leading_words(row[6] or row[7], snippet_words)
        )
        hits.append(SearchHit(id=row[0], site_id=row[1], url=row[2], title=row[3],
                              published_at=row[4], author=row[5], snippet=snippet, rank=0.0))  # fmt: skip
    return hits


@dataclass(frozen=True)
class IndexScope:
    """How search filters narrow the full-text index: a site token (``facets``, an FTS5
    expression over the ``facets`` column, or None) and a docid range (``low``..``high``,
    the publication months of the date filters); ``exact`` when ``published_at`` must
    still be compared on the article row (a bound inside a month)."""

    facets: str | None = None
    low: int | None = None
    high: int | None = None
    exact: bool = False

    @property
    def filtered(self) -> bool:
        return self.facets is not None or self.low is not None


def index_scope(site: str | None, since: str | None, until: str | None) -> IndexScope | None:
    """The :class:`IndexScope` of these (validated) filters; None when the dates hold no
    month at all (``since`` after ``until``)."""
    facets = f'"{site_token(site)}"' if site is not None else None
    if since is None and until is None:
        return IndexScope(facets)
    exact = False
    first, last = (1, 1), (9999, 12)
    if since is not None:
        check_date("since", since)
        first = (int(since[:4]), int(since[5:7] or 1))
        exact |= len(since) > 7 and since[8:] != "01"
    if until is not None:
        end = check_date("until", until)
        bound = end or until
        last = (int(bound[:4]), int(bound[5:7] or 1))
        if end is None or (len(end) > 7 and end[8:] != "01"):
            exact = True  # a date-time, or a day inside a month: that month, checked
        else:  # an exclusive start of a month or year: up to the month before it
            last = (last[0] - 1, 12) if last[1] == 1 else (last[0], last[1] - 1)
    if first > last:
        return None
    low, high = month_range(first, last)
    return IndexScope(facets, low, high, exact)


def _newest_matches(
    db: Database,
    match: str,
    post: list[str],
    params: dict[str, Any],
    n: int,
    scope: IndexScope,
) -> list[int]:
    """Docids of the ``n`` most recently published matches, newest first: FTS5 walks its
    doclists from the highest docid down, inside the scope's range, and stops (the site
    and months of the filters are in ``match`` and the range; ``post`` are the few
    conditions checked on the article row)."""
    bounds = {"low": scope.low if scope.low is not None else 0,
              "high": scope.high if scope.high is not None else (1 << 63) - 1}  # fmt: skip
    in_range = "f.rowid BETWEEN :low AND :high" if scope.low is not None else "1"
    if post:
        sql = (
            "SELECT f.rowid FROM articles_fts f CROSS JOIN articles a "
            f"ON a.id = (f.rowid & {ID_MASK}) "
            f"WHERE articles_fts MATCH :match AND {in_range} AND {' AND '.join(post)} "
            "ORDER BY f.rowid DESC LIMIT :n"
        )
    else:
        sql = (
            f"SELECT f.rowid FROM articles_fts f WHERE articles_fts MATCH :match AND {in_range} "
            "ORDER BY f.rowid DESC LIMIT :n"
        )
    return [row[0] for row in db.execute(sql, {**params, **bounds, "match": match, "n": n})]


def relevance(
    db: Database,
    compiled: CompiledQuery,
    match: str,
    docs: list[int],
    *,
    filtered: bool = False,
) -> dict[int, float]:
    """The relevance score of each article of ``docs`` (docids of matches of the query
    ``compiled``; ``match``: an FTS5 expression all of them match, which the field checks
    are AND-ed with when that is cheaper than checking the candidates' whole docid range;
    ``filtered``: ``match`` is a site filter, always used).

    Every phrase of the query (words, quoted phrases, prefixes; not those after ``NOT``)
    that an article holds adds its inverse document frequency ``idf`` (below) once, plus
    ``idf`` times the weight of each field it is in (:data:`FIELD_WEIGHTS`: title 10,
    lead or author 4): a title match of a rare phrase counts most, a body-only match of a
    common one least. ``idf = ln(1 + (N - n + 0.5) / (n + 0.5))`` where ``n`` of the ``N``
    (:data:`IDF_SAMPLE`) most recently published articles hold the phrase. Each check is
    an FTS5 query limited to the docid range of the candidates, so the cost follows the
    number of candidates, not the size of the archive. How often a phrase occurs in one
    article does not count (FTS5 does not tell without reading every occurrence).
    """
    scores = dict.fromkeys(docs, 0.0)
    if not docs:
        return scores
    low, high = min(docs), max(docs)
    cut, n_docs, per_month = _recent_sample(db)
    # articles in the candidates' range, estimated from the months it spans
    in_range = per_month * ((high >> MONTH_SHIFT) - (low >> MONTH_SHIFT) + 1)
    for phrase in dict.fromkeys(compiled.highlight):
        text = render(Phrase(phrase.words, phrase.prefix))
        scope = phrase.column or TEXT_FILTER
        df = db.execute(
            "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH :m AND rowid > :cut",
            {"m": f"{scope} : {text}", "cut": cut},
        ).fetchone()[0]
        idf = math.log(1 + (n_docs - df + 0.5) / (df + 0.5))
        # few articles of the candidates' range hold the phrase: check a field alone over
        # the range; else only among the candidates (FTS5 seeks through the doclist)
        alone = not filtered and df / max(1, n_docs) * in_range <= 4 * len(docs) + 1000
        checks: list[tuple[str | None, float]] = []
        if phrase.column:  # title:bien
            weight = next((w for f, w in FIELD_WEIGHTS.items() if phrase.column in f), 0.0)
            checks.append((None, idf * (1 + weight)))
        else:
            checks.append((None if compiled.required else TEXT_FILTER, idf))
            checks += [(field, idf * weight) for field, weight in FIELD_WEIGHTS.items()]
        for column, weight in checks:
            if column is None:  # every candidate holds it
                for doc in docs:
                    scores[doc] += weight
                continue
            field = f"{column} : {text}"
            cursor = db.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m "
                "AND rowid BETWEEN :low AND :high",
                {"m": field if alone else f"({field}) AND ({match})", "low": low, "high": high},
            )
            for (doc,) in cursor:
                if doc in scores:
                    scores[doc] += weight
    return scores


def _recent_sample(db: Database) -> tuple[int, int, float]:
    """The IDF sample (:data:`IDF_SAMPLE`): the docid just below it, its size, and its
    articles per publication month (two seeks in the ``fts_docid`` index)."""
    newest = db.execute("SELECT max(fts_docid) FROM articles").fetchone()[0]
    if newest is None:
        return -1, 0, 0.0
    row = db.execute(
        "SELECT fts_docid FROM articles WHERE fts_docid IS NOT NULL "
        "ORDER BY fts_docid DESC LIMIT 1 OFFSET ?",
        [IDF_SAMPLE - 1],
    ).fetchone()
    if row is None:  # a small archive: all of it
        n_docs = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        oldest = db.execute("SELECT min(fts_docid) FROM articles").fetchone()[0]
        cut = -1
    else:
        n_docs, oldest = IDF_SAMPLE, row[0]
        cut = oldest - 1
    months = (newest >> MONTH_SHIFT) - (oldest >> MONTH_SHIFT) + 1
    return cut, n_docs, n_docs / months


_SELECT_HIT = "SELECT a.id, a.site_id, a.url, a.title, a.published_at, a.author, a.lead, a.body"


def _select_ids(db: Database, select: str, ids: list[int]) -> list[tuple[Any, ...]]:
    """Rows of ``select`` (over ``articles``, first column its id) for these ids."""
    return db.execute(
        f"{select} WHERE id IN (SELECT value FROM json_each(?))", [json.dumps(ids)]
    ).fetchall()


def _rows(db: Database, ids: list[int]) -> list[tuple[Any, ...]]:
    """The hit columns of these articles, in the order of ``ids``."""
    if not ids:
        return []
    rows = _select_ids(db, f"{_SELECT_HIT} FROM articles a", ids)
    position = {article_id: i for i, article_id in enumerate(ids)}
    return sorted(rows, key=lambda row: position[row[0]])


def _newest(db: Database, where: list[str], params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Date order over many matches: walk the publication-date index newest first and
    keep the articles that match (each check is a seek in the index): exact, and fast
    because matches are dense when there are that many."""
    conditions = [
        "a.published_at IS NOT NULL",
        *where,
        (
            "EXISTS (SELECT 1 FROM articles_fts WHERE articles_fts MATCH :match "
            "AND articles_fts.rowid = a.fts_docid)"
        ),
    ]
    sql = (
        f"{_SELECT_HIT} FROM articles a WHERE {' AND '.join(conditions)} "
        "ORDER BY a.published_at DESC, a.id DESC LIMIT :limit OFFSET :offset"
    )
    rows = db.execute(sql, params).fetchall()
    if len(rows) < params["limit"]:  # past the dated articles: the undated ones, newest id first
        dated = db.execute(
            f"SELECT count(*) FROM articles a WHERE {' AND '.join(conditions)}", params
        ).fetchone()[0]
        undated = [c for c in conditions if c != "a.published_at IS NOT NULL"]
        rows += db.execute(
            f"{_SELECT_HIT} FROM articles a WHERE a.published_at IS NULL AND "
            f"{' AND '.join(undated)} ORDER BY a.id DESC LIMIT :n OFFSET :skip",
            {**params, "n": params["limit"] - len(rows),
             "skip": max(0, params["offset"] - dated)},
        ).fetchall()  # fmt: skip
    return rows


@contextmanager
def _query_errors(query: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "fts5" in str(exc) or "syntax" in str(exc):
            raise SearchQueryError(
                "This search query could not be run; check its quotes, parentheses and "
                "AND/OR/NOT operators.",
                query,
            ) from None
        raise


def _hit(
    row: tuple[Any, ...],
    rank: float,
    compiled: Any,
    markers: tuple[str, str],
    snippet_words: int,
) -> SearchHit:
    id_, site_id, url, title, published_at, author_, lead, body = row
    snippet = None
    for text in (body, lead, title):
        snippet = make_snippet(text, compiled.highlight, words=snippet_words, markers=markers)
        if snippet is not None:
            break
    return SearchHit(
        id=id_,
        site_id=site_id,
        url=url,
        title=title,
        published_at=published_at,
        author=author_,
        snippet=snippet or leading_words(lead or body, snippet_words),
        rank=rank,
    )


def filters(
    db: Database,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
    *,
    known_site: bool = True,
) -> tuple[list[str], dict[str, Any]]:
    """SQL conditions over ``articles a`` for the filters shared by search, listing and
    export; ``author`` keeps articles whose author holds those words (:func:`author_match`).

    :raises InvalidFilter: a bad date, or (with ``known_site``) a site the archive does
        not hold.
    """
    where, params = article_filters(site, since, until)
    if (
        known_site
        and site is not None
        and db.execute("SELECT 1 FROM sites WHERE id = ?", [site]).fetchone() is None
    ):
        known = [row[0] for row in db.execute("SELECT id FROM sites ORDER BY id").fetchall()]
        raise InvalidFilter(
            f"No site {site!r} in this archive; its sites are: {', '.join(known) or '(none)'}"
        )
    if author is not None:
        where.append(
            "a.fts_docid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH :author)"
        )
        params["author"] = author_match(author)
    return where, params


def author_match(author: str) -> str:
    """The FTS5 expression of an ``author`` filter: the author field holds the words of
    ``author``, in that order, the last one possibly only begun (accent-insensitive):
    "Văn An" keeps Nguyễn Văn An and Nguyễn Văn Anh, not Văn Thanh An.

    :raises InvalidFilter: ``author`` holds no word.
    """
    words = author_tokens(author)
    if not words:
        raise InvalidFilter(f"author must hold at least one word, got {author!r}")
    return f'{FACETS_COLUMN} : "{" ".join(words)}" *'


def _keyset(
    db: Database, select: str, where: list[str], params: dict[str, Any], batch: int
) -> Iterator[dict[str, Any]]:
    """Stream rows of ``select`` (aliasing articles as ``a``) in id order, ``batch`` at a
    time, each batch a fresh query from the last id seen: constant memory, no long-lived
    read cursor."""
    if batch < 1:
        raise InvalidFilter("batch must be at least 1")
    conditions = " AND ".join(["a.id > :after", *where])
    sql = f"{select} WHERE {conditions} ORDER BY a.id LIMIT :batch"
    after = 0
    while True:
        cursor = db.execute(sql, {**params, "after": after, "batch": batch})
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        for row in rows:
            yield dict(zip(columns, row, strict=True))
        if len(rows) < batch:
            return
        after = rows[-1][columns.index("id")]


def iter_articles(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    batch: int = 500,
    author: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream article rows (dicts of the ``articles`` columns) in id order (an unknown
    ``site`` gives none)."""
    where, params = filters(db, site, since, until, author, known_site=False)
    return _keyset(db, "SELECT a.* FROM articles a", where, params, batch)


def get_article(db: Database, id_or_url: int | str) -> dict[str, Any]:
    """One article row by id (int or digit string) or URL, with its ``images``,
    ``attachments`` and ``versions`` (version metadata, no bodies) as lists of dicts.

    :raises ArticleNotFound: no such article.
    """
    key: int | str = id_or_url
    if isinstance(key, str) and key.strip().isdigit():
        key = int(key)
    column = "id" if isinstance(key, int) else "url"
    rows = list(db.query(f"SELECT * FROM articles WHERE {column} = ?", [key]))
    if not rows:
        raise ArticleNotFound(key)
    article = rows[0]
    args = [article["id"]]
    article["images"] = list(
        db.query("SELECT src, caption, alt FROM images WHERE article_id = ? ORDER BY rowid", args)
    )
    article["attachments"] = list(
        db.query(
            "SELECT url, title, kind, capture_id FROM attachments WHERE article_id = ? "
            "ORDER BY rowid",
            args,
        )
    )
    article["versions"] = list(
        db.query(
            "SELECT version, fetched_at, capture_id, crawl_id, content_hash, title, published_at, "
            "extractor FROM article_versions WHERE article_id = ? ORDER BY version",
            args,
        )
    )
    return article


def site_base_url(db: Database, site_id: str) -> str | None:
    """The base URL ``site_id`` was last crawled at (a replica's origin, a rebased
    profile's), or None when the archive does not know the site."""
    row = db.execute("SELECT base_url FROM sites WHERE id = ?", [site_id]).fetchone()
    return row[0] if row else None


def count_articles(db: Database, site: str | None = None) -> int:
    """Number of articles, in one site or in all."""
    where, params = article_filters(site, None, None)
    sql = "SELECT count(*) FROM articles a" + (f" WHERE {where[0]}" if where else "")
    return int(db.execute(sql, params).fetchone()[0])


def list_crawls(db: Database, site: str | None = None) -> list[dict[str, Any]]:
    """Crawl rows, newest first, of one site or of all."""
    if site is None:
        return list(db.query("SELECT * FROM crawls ORDER BY id DESC"))
    return list(db.query("SELECT * FROM crawls WHERE site_id = ? ORDER BY id DESC", [site]))


def capture(db: Database, capture_id: int) -> dict[str, Any]:
    """One capture row.

    :raises CaptureNotFound: no such capture.
    """
    rows = list(db.query("SELECT * FROM captures WHERE id = ?", [capture_id]))
    if not rows:
        raise CaptureNotFound(f"No capture with id {capture_id} in the archive.")
    return rows[0]


def iter_export_records(
    db: Database,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
) -> Iterator[dict[str, Any]]:
    """Stream export records (the fields of :data:`EXPORT_FIELDS`), in id order.

    The filters are checked here, before the first record is produced."""
    where, params = filters(db, site, since, until, author)
    return _export_rows(db, where, params)


def _export_rows(
    db: Database, where: list[str], params: dict[str, Any]
) -> Iterator[dict[str, Any]]:
    select = (
        "SELECT a.*, c.warc_file, c.warc_record_id, c.fetched_at "
        "FROM articles a LEFT JOIN captures c ON c.id = a.capture_id"
    )
    for row in _keyset(db, select, where, params, 500):
        yield {name: row.get(name) for name in EXPORT_FIELDS}


def export_media(
    db: Database, ids: list[int]
) -> tuple[dict[int, list[dict[str, Any]]], dict[int, list[dict[str, Any]]]]:
    """The images (``src, caption, alt``) and attachments (``url, title, kind,
    capture_id``) of these articles, each list in page order, by article id."""
    images: dict[int, list[dict[str, Any]]] = {}
    attachments: dict[int, list[dict[str, Any]]] = {}
    for target, sql in (
        (images, "SELECT article_id, src, caption, alt FROM images"),
        (attachments, "SELECT article_id, url, title, kind, capture_id FROM attachments"),
    ):
        cursor = db.execute(
            f"{sql} WHERE article_id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
            [json.dumps(ids)],
        )
        columns = [d[0] for d in cursor.description][1:]
        for article, *values in cursor:
            target.setdefault(article, []).append(dict(zip(columns, values, strict=True)))
    return images, attachments


def export_records(
    db: Database,
    fmt: Literal["json", "jsonl", "csv"],
    out: TextIO,
    *,
    site: str | None = None,
    since: str | None = None,
    until: str | None = None,
    author: str | None = None,
) -> int:
    """Write one record per article to ``out`` as one JSON array, JSON Lines or CSV
    (:func:`archive.records.write_records`); return the count.

    ``body`` is plain text with paragraphs separated by blank lines. CSV has a header
    row; open the file with ``newline=""`` (csv module convention). Streams: memory use
    does not grow with the archive.
    """
    if fmt not in RECORD_FORMATS:
        raise InvalidFilter(f"export format must be one of {', '.join(RECORD_FORMATS)}, got {fmt!r}")
    records = iter_export_records(db, site=site, since=since, until=until, author=author)
    return write_records(records, fmt, out, EXPORT_FIELDS)
