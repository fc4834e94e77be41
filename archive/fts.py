"""Maintenance of ``articles_fts``, the full-text index over folded article text.

``articles_fts`` is a contentless FTS5 table (``content=''``): it stores only the index,
so removing a row means handing FTS5 the exact values that were indexed. Those are
recomputed from the article row with :func:`fts_values`, which is the one definition of
what gets indexed. Every change to the index goes through this module. (SQLite 3.40 has
no ``contentless_delete``, hence the explicit 'delete' command.)

Columns: the folded ``title``, ``lead``, ``body`` and ``author`` (what a search query
looks in, :data:`TEXT_FILTER`), and ``facets``: a token naming the article's site
(:func:`site_token`) followed by the words of its author, each prefixed (:func:`author_tokens`),
and a token per legal document it cites (:func:`ref_token`, from ``document_refs``),
so that site, author and ``ref:`` filters are doclist intersections inside FTS5 rather than
row-by-row checks against ``articles``. (An author filter on the ``author`` text column
would read the positions of syllables such as "lan" or "xuan" in every body that holds
them; the prefixed tokens occur in author names only.) A prefix index on the first character
(``prefix='1'``) makes ``s*`` inside a phrase a stored doclist instead of a merge of every
term starting with ``s``.

Rowids: an article is indexed under its **docid** (:func:`docid`, kept in
``articles.fts_docid``), not its id: publication month, then a hash of the site, then the
article id, as bit fields of one integer. FTS5 stores every doclist in rowid order, so the
articles of one month, and of one site in that month, sit next to each other in every
doclist: a date filter is one rowid range (:func:`month_range`) and a site filter inside
it reads a few contiguous runs, instead of seeking through the whole doclist of a common
word once per candidate article. Walking the index from the highest rowid down visits the
most recently published articles first (undated ones last: month 0).

If :func:`archive.fold.fold`, :func:`fts_values` or :func:`docid` ever changes, old index
entries no longer match their recomputed values: rebuild the index with
:func:`rebuild_fts` in a migration.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from archive.fold import fold

logger = logging.getLogger(__name__)

FTS_TABLE = "articles_fts"
#: The text columns a search query looks in, in index order.
FTS_COLUMNS = ("title", "lead", "body", "author")
FACETS_COLUMN = "facets"
#: FTS5 column filter restricting a query to the text columns (never the facets).
TEXT_FILTER = "{" + " ".join(FTS_COLUMNS) + "}"
#: FTS5 ``prefix`` option of the index (see the module docstring).
FTS_PREFIX = "1"

_ALL = (*FTS_COLUMNS, FACETS_COLUMN)
#: an article row's columns its index entry is made of (with the codes it cites)
_ENTRY_OF = (*FTS_COLUMNS, "site_id", "published_at")
_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(_ALL)}) VALUES (?{', ?' * len(_ALL)})"
_DELETE = (
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(_ALL)}) "
    f"VALUES ('delete', ?{', ?' * len(_ALL)})"
)
#: Page cache (KiB) of the connection while :func:`bulk_index` runs.
BULK_CACHE_KIB = 256 * 1024
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})")
WORD_RE = re.compile(r"[^\W_]+")  # a token of FTS5's unicode61 tokenizer

#: Bit layout of a docid (63 bits, always positive): 15 bits of publication month
#: (``year * 12 + month - 1``; 0 = undated), 16 bits of site hash, 32 bits of article id.
MONTH_SHIFT = 48
SITE_SHIFT = 32
ID_MASK = (1 << SITE_SHIFT) - 1
_MAX_MONTH = (1 << (63 - MONTH_SHIFT)) - 1


def create_fts_table(db: Database) -> None:
    """Create ``articles_fts`` (empty); the schema of migration ``0006_fts_v2``."""
    db.execute(
        f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5 ("
        f"{', '.join(_ALL)}, content = '', "
        "tokenize = 'unicode61 remove_diacritics 2', "
        f"prefix = '{FTS_PREFIX}')"
    )


def site_token(site_id: str) -> str:
    """The facet token of a site (site ids hold ``-``, which the tokenizer splits on)."""
    return "zsite" + hashlib.blake2b(site_id.encode(), digest_size=8).hexdigest()


#: Prefix of the author words in the ``facets`` column.
AUTHOR_PREFIX = "za"


def author_tokens(author: str | None) -> list[str]:
    """The author's folded words as ``facets`` tokens: "Trần Xuân Lan" is ``zatran
    zaxuan zalan`` (an author filter is a phrase of them)."""
    return [AUTHOR_PREFIX + word for word in WORD_RE.findall(fold(author or ""))]


#: Prefix of the tokens of the legal documents an article cites, in the ``facets`` column.
REF_PREFIX = "zr"


def ref_token(code: str) -> str:
    """The facet token of a cited document's code (:mod:`archive.dockeys`): ``ref:``
    searches are an intersection with its doclist."""
    return REF_PREFIX + hashlib.blake2b(code.encode(), digest_size=8).hexdigest()


def facet_tokens(
    site_id: str | None, author: str | None = None, refs: str | list[str] | None = None
) -> str:
    """The ``facets`` column of an article: its site's token, its author's words, then a
    token per document code it cites (``refs``: codes, or codes separated by spaces;
    sorted, each once)."""
    codes = refs.split() if isinstance(refs, str) else list(refs or ())
    tokens = [ref_token(code) for code in sorted(set(codes))]
    return " ".join(([site_token(site_id)] if site_id else []) + author_tokens(author) + tokens)


def article_ref_codes(db: Database, article_id: int) -> list[str]:
    """The codes of the documents an article cites (as indexed in its ``facets``)."""
    rows = db.execute(
        "SELECT DISTINCT code FROM document_refs WHERE article_id = ? ORDER BY code", [article_id]
    )
    return [code for (code,) in rows]


def month_number(year: int, month: int) -> int:
    """The month field of a docid (1 = January of year 0; 0 means undated)."""
    return min(_MAX_MONTH, max(1, year * 12 + month - 1))


def docid(site_id: str | None, published_at: str | None, article_id: int) -> int:
    """The rowid of an article in ``articles_fts`` (see the module docstring)."""
    if not 0 < article_id <= ID_MASK:
        raise ValueError(f"article id {article_id} does not fit the full-text index's docid")
    month = 0
    if published_at and (match := _MONTH_RE.match(published_at)):
        month = month_number(int(match.group(1)), int(match.group(2)))
    site = hashlib.blake2b((site_id or "").encode(), digest_size=2).digest()
    return (month << MONTH_SHIFT) | (int.from_bytes(site, "big") << SITE_SHIFT) | article_id


def article_id(doc: int) -> int:
    """The article id inside a docid."""
    return doc & ID_MASK


def month_range(first: tuple[int, int], last: tuple[int, int]) -> tuple[int, int]:
    """The docids (inclusive bounds) of articles published from month ``first`` through
    month ``last``, each a ``(year, month)``."""
    low = month_number(*first) << MONTH_SHIFT
    high = ((month_number(*last) + 1) << MONTH_SHIFT) - 1
    return low, high


def fts_values(article: Mapping[str, Any], refs: list[str] | None = None) -> tuple[str, ...]:
    """The folded (title, lead, body, author) and the facets indexed for an article row
    that cites the document codes ``refs``."""
    text = tuple(fold(article.get(col) or "") for col in FTS_COLUMNS)
    return (*text, facet_tokens(article.get("site_id"), article.get("author"), refs))


def index_article(db: Database, article_id: int, article: Mapping[str, Any]) -> int:
    """Add a new article to the index (``article`` holds the row's columns; the codes it
    cites are read from ``document_refs``), record its docid in ``articles.fts_docid``
    and return it. On a connection in :func:`defer_index` mode the entry is queued and
    written by :func:`flush_index`."""
    doc = docid(article.get("site_id"), article.get("published_at"), article_id)
    if getattr(db, _DEFERRED, False):
        db.execute(f"INSERT OR IGNORE INTO temp.{_PENDING} (article_id) VALUES (?)", [article_id])
    else:
        db.execute(_INSERT, [doc, *fts_values(article, article_ref_codes(db, article_id))])
    db.execute("UPDATE articles SET fts_docid = ? WHERE id = ?", [doc, article_id])
    return doc


# --- index entries written once a transaction --------------------------------------------
#
# FTS5 writes its pending entries out as a new segment at every SAVEPOINT and RELEASE of a
# transaction that has touched the table, so articles saved one savepoint each (a failed
# article leaves no half rows) made a segment an article, merged again and again later
# (about 0.2 ms an article). In defer mode an article's entry is queued in a TEMP table,
# inside its savepoint (a rolled-back article takes its queue row with it), and the
# queue is indexed in one statement run before the transaction commits: one segment a
# transaction. The entry is computed from the stored row (the columns ``index_article``
# was given), so it is the same as one written at once.

_DEFERRED = "_govarchive_fts_deferred"
_PENDING = "govarchive_fts_pending"


def defer_index(db: Database, on: bool = True) -> None:
    """Queue :func:`index_article`'s entries on this connection until :func:`flush_index`
    (the caller flushes before every commit; ``on=False`` after it writes at once again).
    Removing an entry (:func:`unindex_article`) flushes the queue first."""
    if on:
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_PENDING} (article_id INTEGER PRIMARY KEY)")
    setattr(db, _DEFERRED, on)


def flush_index(db: Database) -> int:
    """Write the queued entries of a :func:`defer_index` connection; return how many."""
    if not getattr(db, _DEFERRED, False):
        return 0
    cursor = db.execute(
        f"SELECT a.* FROM temp.{_PENDING} p JOIN articles a ON a.id = p.article_id "
        "ORDER BY p.article_id"
    )
    names = [d[0] for d in cursor.description]
    rows = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    if not rows:
        return 0
    db.conn.executemany(
        _INSERT,
        [[row["fts_docid"], *fts_values(row, article_ref_codes(db, row["id"]))] for row in rows],
    )
    db.execute(f"DELETE FROM temp.{_PENDING}")
    return len(rows)


def unindex_article(db: Database, article_id: int, old: Mapping[str, Any]) -> None:
    """Remove an article from the index; ``old`` is the row as it was when indexed (and
    ``document_refs`` holds the citations it was indexed with: :mod:`archive.docrefs`
    re-indexes an article whenever they change)."""
    flush_index(db)  # the entry may still be queued
    doc = old.get("fts_docid") or docid(old.get("site_id"), old.get("published_at"), article_id)
    db.execute(_DELETE, [doc, *fts_values(old, article_ref_codes(db, article_id))])


def reindex_article(
    db: Database, article_id: int, old: Mapping[str, Any], new: Mapping[str, Any]
) -> None:
    """Replace an article's index entry: delete the old values, insert the new ones
    (columns missing from ``new``, such as an unchanged ``site_id``, are taken from
    ``old``). Nothing is written when the entry would be the same: the indexed columns, the
    site and the publication date (the docid) unchanged (a re-extraction that changed only
    metadata the index does not hold: the codes cited are read from ``document_refs`` for
    both entries, so they cannot differ here)."""
    merged = {**old, **new}
    if old.get("fts_docid") is not None and all(
        old.get(name) == merged.get(name) for name in _ENTRY_OF
    ):
        return
    with db.atomic():
        unindex_article(db, article_id, old)
        index_article(db, article_id, {**old, **new})


def _register(db: Database) -> None:
    db.register_function(lambda v: fold(v or ""), deterministic=True, name="govarchive_fts_fold")
    db.register_function(facet_tokens, deterministic=True, name="govarchive_facets")
    db.register_function(docid, deterministic=True, name="govarchive_docid")


def bulk_index(db: Database, after: int = 0, batch: int = 100_000) -> int:
    """Index every article with ``id > after`` straight from ``articles`` (their docids
    set, then one ``INSERT ... SELECT`` per ``batch`` ids), then merge the index into one
    segment; return the count. For loading many articles at once (a rebuild, an import, a
    migration): FTS5's incremental merging is paused while it runs, which writes the
    index about once instead of several times. Runs in the caller's transaction if any.
    """
    _register(db)
    folded = ", ".join(f"govarchive_fts_fold({col})" for col in FTS_COLUMNS)
    refs = (  # none before migration 0009_document_refs
        "(SELECT group_concat(code, ' ') FROM document_refs r WHERE r.article_id = articles.id)"
        if "document_refs" in db.table_names()
        else "NULL"
    )
    insert = (
        f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(_ALL)}) "
        f"SELECT fts_docid, {folded}, govarchive_facets(site_id, author, {refs}) "
        "FROM articles WHERE id > ? AND id <= ? ORDER BY id"
    )
    set_docids = (
        "UPDATE articles SET fts_docid = govarchive_docid(site_id, published_at, id) "
        "WHERE id > ? AND id <= ? "
        "AND fts_docid IS NOT govarchive_docid(site_id, published_at, id)"
    )
    top = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    total = db.execute("SELECT count(*) FROM articles WHERE id > ?", [after]).fetchone()[0]
    count = 0
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")  # the merges reread what they wrote
    try:
        with db.atomic():
            _config(db, "automerge", 0)
            _config(db, "crisismerge", 64)
            for start in range(after, top, batch):
                db.execute(set_docids, [start, start + batch])
                count += db.execute(insert, [start, start + batch]).rowcount
                if total > batch:  # progress on long work (logger archive.fts, INFO)
                    logger.info("Full-text index: %s of %s articles", f"{count:,}", f"{total:,}")
            if total > batch:
                logger.info("Full-text index: merging into one segment ...")
            db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")
            _config(db, "automerge", 4)  # FTS5's defaults
            _config(db, "crisismerge", 16)
    finally:
        db.execute(f"PRAGMA cache_size = {cache}")
    return count


def _config(db: Database, key: str, value: int) -> None:
    db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rank) VALUES (?, ?)", [key, value])


def rebuild_fts(db: Database) -> int:
    """Empty the index and re-index every article from ``articles``; return the count."""
    with db.atomic():
        db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
        return bulk_index(db)
