"""Maintenance of ``articles_fts``, the full-text index over folded article text.

``articles_fts`` is a contentless FTS5 table (``content=''``, rowid = ``articles.id``):
it stores only the index, so removing a row means handing FTS5 the exact values that
were indexed. Those are recomputed from the article row with :func:`fts_values`, which
is the one definition of what gets indexed. Every change to the index goes through this
module. (SQLite 3.40 has no ``contentless_delete``, hence the explicit 'delete' command.)

If :func:`archive.fold.fold` ever changes, old index entries no longer match their
recomputed values: rebuild the index with :func:`rebuild_fts` in a migration.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlite_utils import Database

from archive.fold import fold

FTS_TABLE = "articles_fts"
FTS_COLUMNS = ("title", "lead", "body", "author")

_INSERT = f"INSERT INTO {FTS_TABLE} (rowid, title, lead, body, author) VALUES (?, ?, ?, ?, ?)"
_DELETE = (
    f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, lead, body, author) "
    "VALUES ('delete', ?, ?, ?, ?, ?)"
)


def fts_values(article: Mapping[str, Any]) -> tuple[str, str, str, str]:
    """The folded (title, lead, body, author) indexed for an article row."""
    return tuple(fold(article.get(col) or "") for col in FTS_COLUMNS)  # type: ignore[return-value]


def index_article(db: Database, article_id: int, article: Mapping[str, Any]) -> None:
    """Add a new article to the index."""
    db.execute(_INSERT, [article_id, *fts_values(article)])


def unindex_article(db: Database, article_id: int, old: Mapping[str, Any]) -> None:
    """Remove an article from the index; ``old`` is the row as it was when indexed."""
    db.execute(_DELETE, [article_id, *fts_values(old)])


def reindex_article(
    db: Database, article_id: int, old: Mapping[str, Any], new: Mapping[str, Any]
) -> None:
    """Replace an article's index entry: delete the old folded values, insert the new."""
    with db.atomic():
        unindex_article(db, article_id, old)
        index_article(db, article_id, new)


def rebuild_fts(db: Database, batch: int = 1000) -> int:
    """Empty the index and re-index every article from ``articles``; return the count."""
    count = 0
    with db.atomic():
        db.execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('delete-all')")
        last = 0
        while True:
            rows = db.execute(
                "SELECT id, title, lead, body, author FROM articles WHERE id > ? "
                "ORDER BY id LIMIT ?",
                [last, batch],
            ).fetchall()
            if not rows:
                break
            for article_id, title, lead, body, author in rows:
                index_article(
                    db, article_id, {"title": title, "lead": lead, "body": body, "author": author}
                )
            last = rows[-1][0]
            count += len(rows)
    return count
