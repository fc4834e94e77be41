"""Maintenance of ``articles_fts``, the full-text index over folded article text.

``articles_fts`` is a contentless FTS5 table (``content=''``, rowid = ``articles.id``):
it stores only the index, so removing a row means handing FTS5 the exact values that
were indexed. Those are recomputed from the article row with :func:`fts_values`, which
is the one definition of what gets indexed. Every change to the index goes through this
module. (SQLite 3.40 has no ``contentless_delete``, hence the explicit 'delete' command.)

Columns: the folded ``title``, ``lead``, ``body`` and ``author`` (what a search query
looks in, :data:`TEXT_FILTER`), and ``facets``: tokens naming the article's site and
publication year and month (:func:`facet_tokens`), so that search filters are doclist
intersections inside FTS5 rather than row-by-row checks against ``articles``. A prefix
index on the first character (``prefix='1'``) makes ``s*`` inside a phrase a stored
doclist instead of a merge of every term starting with ``s``.

If :func:`archive.fold.fold` or :func:`fts_values` ever changes, old index entries no
longer match their recomputed values: rebuild the index with :func:`rebuild_fts` in a
migration.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from archive.fold import fold

FTS_TABLE = "articles_fts"
#: The text columns a search query looks in, in index order.
FTS_COLUMNS = ("title", "lead", "body", "author")
FACETS_COLUMN = "facets"
#: FTS5 column filter restricting a query to the text columns (never the facets).
TEXT_FILTER = "{" + " ".join(FTS_COLUMNS) + "}"
#: FTS5 ``prefix`` option of the index (see the module docstring).
FTS_PREFIX = "1"

_ALL = (*FTS_COLUMNS, FACETS_COLUMN)
_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(_ALL)}) VALUES (?{', ?' * len(_ALL)})"
_DELETE = (
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(_ALL)}) "
    f"VALUES ('delete', ?{', ?' * len(_ALL)})"
)
#: Page cache (KiB) of the connection while :func:`bulk_index` runs.
BULK_CACHE_KIB = 256 * 1024
_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})")


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


def year_token(year: int) -> str:
    return f"zy{year:04d}"


def month_token(year: int, month: int) -> str:
    return f"zm{year:04d}{month:02d}"


def facet_tokens(site_id: str | None, published_at: str | None) -> str:
    """The ``facets`` column of an article: its site, publication year and month."""
    tokens = [site_token(site_id)] if site_id else []
    if published_at and (match := _MONTH_RE.match(published_at)):
        year, month = int(match.group(1)), int(match.group(2))
        tokens += [year_token(year), month_token(year, month)]
    return " ".join(tokens)


def fts_values(article: Mapping[str, Any]) -> tuple[str, ...]:
    """The folded (title, lead, body, author) and the facets indexed for an article row."""
    text = tuple(fold(article.get(col) or "") for col in FTS_COLUMNS)
    return (*text, facet_tokens(article.get("site_id"), article.get("published_at")))


def index_article(db: Database, article_id: int, article: Mapping[str, Any]) -> None:
    """Add a new article to the index (``article`` holds the row's columns)."""
    db.execute(_INSERT, [article_id, *fts_values(article)])


def unindex_article(db: Database, article_id: int, old: Mapping[str, Any]) -> None:
    """Remove an article from the index; ``old`` is the row as it was when indexed."""
    db.execute(_DELETE, [article_id, *fts_values(old)])


def reindex_article(
    db: Database, article_id: int, old: Mapping[str, Any], new: Mapping[str, Any]
) -> None:
    """Replace an article's index entry: delete the old values, insert the new ones
    (columns missing from ``new``, such as an unchanged ``site_id``, are taken from
    ``old``)."""
    with db.atomic():
        unindex_article(db, article_id, old)
        index_article(db, article_id, {**old, **new})


def _register(db: Database) -> None:
    db.register_function(lambda v: fold(v or ""), deterministic=True, name="govarchive_fts_fold")
    db.register_function(facet_tokens, deterministic=True, name="govarchive_facets")


def bulk_index(db: Database, after: int = 0, batch: int = 100_000) -> int:
    """Index every article with ``id > after`` straight from ``articles`` (one
    ``INSERT ... SELECT`` per ``batch`` ids), then merge the index into one segment;
    return the count. For loading many articles at once (a rebuild, an import, a
    migration): FTS5's incremental merging is paused while it runs, which writes the
    index about once instead of several times. Runs in the caller's transaction if any.
    """
    _register(db)
    folded = ", ".join(f"govarchive_fts_fold({col})" for col in FTS_COLUMNS)
    insert = (
        f"INSERT INTO {FTS_TABLE} (rowid, {', '.join(_ALL)}) "
        f"SELECT id, {folded}, govarchive_facets(site_id, published_at) FROM articles "
        "WHERE id > ? AND id <= ? ORDER BY id"
    )
    top = db.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
    count = 0
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")  # the merges reread what they wrote
    try:
        with db.atomic():
            _config(db, "automerge", 0)
            _config(db, "crisismerge", 64)
            for start in range(after, top, batch):
                count += db.execute(insert, [start, start + batch]).rowcount
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
