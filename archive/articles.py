"""Saving an extracted article: new / changed / unchanged, versions, media, search index.

One canonical row per article URL in ``articles``; every distinct content (title, body,
publication date, author) is also kept in ``article_versions``. Called through
:meth:`archive.store.ArchiveWriter.save_article`.

The archive knows nothing of extraction: an article is anything with the fields of
:class:`Article` (``pipelines.record.ArticleRecord`` is one). Images and attachments are
linked to the capture of their URL when the archive holds one (``capture_id``), on every
save, and again by :func:`link_media` for captures recorded after the article.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

from sqlite_utils import Database

from archive.docrefs import add_article_refs
from archive.errors import ArchiveError
from archive.fts import index_article, reindex_article, unindex_article


class Image(Protocol):
    @property
    def src(self) -> str: ...
    @property
    def caption(self) -> str | None: ...
    @property
    def alt(self) -> str | None: ...


class Attachment(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def title(self) -> str | None: ...
    @property
    def kind(self) -> str | None: ...


class Article(Protocol):
    """What the archive stores of an article (the fields it reads)."""

    @property
    def url(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def body(self) -> Sequence[str]: ...
    @property
    def body_text(self) -> str: ...
    @property
    def word_count(self) -> int: ...
    @property
    def published_at(self) -> str | None: ...
    @property
    def date_precision(self) -> str | None: ...
    @property
    def date_raw(self) -> str | None: ...
    @property
    def updated_at(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...
    @property
    def author_unit(self) -> str | None: ...
    @property
    def source(self) -> str | None: ...
    @property
    def lead(self) -> str | None: ...
    @property
    def language(self) -> str: ...
    @property
    def images(self) -> Sequence[Image]: ...
    @property
    def attachments(self) -> Sequence[Attachment]: ...
    @property
    def extractor(self) -> str: ...
    @property
    def profile_hash(self) -> str: ...
    @property
    def warnings(self) -> Sequence[str]: ...


class Sighting(NamedTuple):
    """Where and when an article was seen: its capture, crawl and fetch time."""

    capture_id: int | None
    crawl_id: int | None
    fetched_at: str


def content_hash(record: Article) -> str:
    """Hash of what makes a new version: title, body, publication date and author."""
    blob = json.dumps(
        [record.title, record.body_text, record.published_at, record.author], ensure_ascii=False
    )
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def to_json(value: Any) -> str:
    """JSON as stored in ``*_json`` columns: UTF-8 text, sorted keys, str() for the rest."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def rowid(value: int | None) -> int:
    """The row id of an INSERT cursor (never None after an INSERT)."""
    if value is None:  # pragma: no cover - sqlite3 always sets it after an INSERT
        raise ArchiveError("insert returned no row id")
    return value


def save_article(
    db: Database, site_id: str, record: Article, seen: Sighting, refs: Sequence[Any] = ()
) -> tuple[int, str]:
    """Store ``record``; return ``(article id, "new" | "changed" | "unchanged")``. ``refs``,
    the legal documents it cites (:mod:`archive.docrefs`), are stored with a new article,
    before its full-text entry (which holds their codes), so that is written once; a
    changed or unchanged article's are the caller's to replace or update."""
    digest = content_hash(record)
    with db.atomic():
        cursor = db.execute("SELECT * FROM articles WHERE url = ?", [record.url])
        row = cursor.fetchone()
        if row is None:
            return _insert(db, site_id, record, digest, seen, refs), "new"
        old = dict(zip([d[0] for d in cursor.description], row, strict=True))
        if old["content_hash"] == digest:
            if not _touched(old, seen):
                _touch(db, old["id"], seen)
            return old["id"], "unchanged"
        _update(db, old, record, digest, seen)
        return old["id"], "changed"


def _content(record: Article, digest: str, seen: Sighting) -> dict[str, Any]:
    return {
        "title": record.title,
        "published_at": record.published_at,
        "date_precision": record.date_precision,
        "date_raw": record.date_raw,
        "date_basis": getattr(record, "date_basis", None) or "published",
        "updated_at": record.updated_at,
        "author": record.author,
        "author_unit": record.author_unit,
        "source": record.source,
        "lead": record.lead,
        "body": record.body_text,
        "language": record.language,
        "word_count": record.word_count,
        "content_hash": digest,
        "extractor": record.extractor,
        "profile_hash": record.profile_hash,
        "images_json": to_json(
            [{"src": i.src, "caption": i.caption, "alt": i.alt} for i in record.images]
        ),
        "warnings_json": to_json(list(record.warnings)),
        "capture_id": seen.capture_id,
        "crawl_id": seen.crawl_id,
    }


def _insert(
    db: Database, site_id: str, record: Article, digest: str, seen: Sighting,
    refs: Sequence[Any] = (),
) -> int:  # fmt: skip
    values = _content(record, digest, seen) | {
        "site_id": site_id,
        "url": record.url,
        "first_seen": seen.fetched_at,
        "last_seen": seen.fetched_at,
        "current_version": 1,
    }
    names = list(values)
    cursor = db.execute(
        f"INSERT INTO articles ({', '.join(names)}) VALUES ({', '.join(':' + n for n in names)})",
        values,
    )
    article_id = rowid(cursor.lastrowid)
    _add_version(db, article_id, values, seen)
    _replace_media(db, article_id, record)
    if refs:
        add_article_refs(db, article_id, refs, site_id, values["published_at"])
    index_article(db, article_id, values)
    return article_id


def _touched(old: dict[str, Any], seen: Sighting) -> bool:
    """``_touch`` would leave the row ``old`` as it is: not removed, and the sighting neither
    before its first sight, nor after its last, nor a sighting of its last moment from
    another capture or crawl (a ``reextract`` of an unchanged archive: its rows are left
    alone, no row written). Compared as SQLite's ``MIN``/``MAX`` compare text; a NULL time
    is left to the UPDATE."""
    first, last, at = old["first_seen"], old["last_seen"], seen.fetched_at
    if old["removed_at"] is not None or not (
        isinstance(first, str) and isinstance(last, str) and isinstance(at, str)
    ):
        return False
    return (first <= at <= last
            and (at < last or (seen.capture_id == old["capture_id"]
                               and seen.crawl_id == old["crawl_id"])))  # fmt: skip


def _touch(db: Database, article_id: int, seen: Sighting) -> None:
    # a re-extraction of an older capture must not move last_seen or the capture back
    db.execute(
        "UPDATE articles SET "
        "capture_id = CASE WHEN :at >= last_seen THEN :capture_id ELSE capture_id END, "
        "crawl_id = CASE WHEN :at >= last_seen THEN :crawl_id ELSE crawl_id END, "
        "first_seen = MIN(first_seen, :at), last_seen = MAX(last_seen, :at), "
        "removed_at = NULL WHERE id = :id",
        {"id": article_id, "capture_id": seen.capture_id, "crawl_id": seen.crawl_id,
         "at": seen.fetched_at},
    )  # fmt: skip


def _update(
    db: Database, old: dict[str, Any], record: Article, digest: str, seen: Sighting
) -> None:
    values = _content(record, digest, seen) | {
        "current_version": old["current_version"] + 1,
        "first_seen": min(old["first_seen"], seen.fetched_at),
        "last_seen": max(old["last_seen"], seen.fetched_at),
    }
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    db.execute(
        f"UPDATE articles SET {assignments}, removed_at = NULL WHERE id = :id",
        values | {"id": old["id"]},
    )
    _add_version(db, old["id"], values, seen)
    _replace_media(db, old["id"], record)
    reindex_article(db, old["id"], old, values)


def _add_version(db: Database, article_id: int, values: dict[str, Any], seen: Sighting) -> None:
    db.execute(
        "INSERT INTO article_versions (article_id, version, capture_id, crawl_id, fetched_at, "
        "content_hash, title, published_at, author, body, extractor) VALUES (:article_id, "
        ":current_version, :capture_id, :crawl_id, :fetched_at, :content_hash, :title, "
        ":published_at, :author, :body, :extractor)",
        {key: values[key] for key in (
            "current_version", "content_hash", "title", "published_at", "author", "body",
            "extractor")}
        | {"article_id": article_id, "capture_id": seen.capture_id, "crawl_id": seen.crawl_id,
           "fetched_at": seen.fetched_at},
    )  # fmt: skip


#: the capture of a media URL: its latest 200 response record (the bytes), else its latest
#: 200 revisit (index captures_url)
_CAPTURE_OF = (
    "(SELECT c.id FROM captures c WHERE c.url = {col} AND c.status = 200 "
    "ORDER BY c.record_type = 'response' DESC, c.id DESC LIMIT 1)"
)


def _replace_media(db: Database, article_id: int, record: Article) -> None:
    db.execute("DELETE FROM images WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM attachments WHERE article_id = ?", [article_id])
    for image in record.images:
        db.execute(
            "INSERT INTO images (article_id, src, caption, alt, capture_id) VALUES (?, ?, ?, ?, "
            + _CAPTURE_OF.format(col="?") + ")",
            [article_id, image.src, image.caption, image.alt, image.src],
        )
    for attachment in record.attachments:
        db.execute(
            "INSERT INTO attachments (article_id, url, title, kind, capture_id) VALUES (?, ?, ?, "
            "?, " + _CAPTURE_OF.format(col="?") + ")",
            [article_id, attachment.url, attachment.title, attachment.kind, attachment.url],
        )


def link_media(db: Database, site_id: str) -> int:
    """Link the site's unlinked images and attachments to captures recorded after their
    article was saved (an attachment fetched later in the crawl, a later WARC of an import);
    return how many rows were linked."""
    linked = 0
    for table, column in (("attachments", "url"), ("images", "src")):
        cursor = db.execute(
            f"UPDATE {table} SET capture_id = {_CAPTURE_OF.format(col=f'{table}.{column}')} "
            f"WHERE capture_id IS NULL AND article_id IN (SELECT id FROM articles WHERE "
            f"site_id = ?) AND EXISTS (SELECT 1 FROM captures c WHERE c.url = {table}.{column} "
            "AND c.status = 200)",
            [site_id],
        )
        linked += max(cursor.rowcount, 0)
    return linked


def move_article(
    db: Database, article_id: int, url: str, seen: Sighting | None = None
) -> bool:
    """The article is the same text as a page at ``url`` of its site (a near-duplicate, and
    ``url`` is the better address: the site's article template); it takes that URL. With
    ``seen``, the article's current version is that page's capture (a record of the same
    ingest that replaces the copy it stored first). False, and nothing changed, when another
    article holds ``url``."""
    with db.atomic():
        if db.execute("SELECT 1 FROM articles WHERE url = ? AND id != ?", [url, article_id]).fetchone():
            return False
        db.execute("UPDATE articles SET url = ? WHERE id = ?", [url, article_id])
        if seen is not None:
            db.execute(
                "UPDATE articles SET capture_id = ?, crawl_id = ?, first_seen = ?, last_seen = ? "
                "WHERE id = ?",
                [seen.capture_id, seen.crawl_id, seen.fetched_at, seen.fetched_at, article_id],
            )
            db.execute(
                "UPDATE article_versions SET capture_id = ?, crawl_id = ?, fetched_at = ? "
                "WHERE article_id = ? AND version = (SELECT current_version FROM articles "
                "WHERE id = ?)",
                [seen.capture_id, seen.crawl_id, seen.fetched_at, article_id, article_id],
            )
    return True


def discard_article(db: Database, article_id: int) -> None:
    """Take back an article the same ingest stored as new (version 1), which the ingest's
    final knowledge of the site says is not an article (a listing the site model only
    recognised later): its row, version, media, citations and index entry."""
    with db.atomic():
        cursor = db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cursor.fetchone()
        if row is None:
            return
        old = dict(zip([d[0] for d in cursor.description], row, strict=True))
        unindex_article(db, article_id, old)
        tables = set(db.table_names())
        for table in ("images", "attachments", "article_versions", "document_refs",
                      "article_events"):  # fmt: skip
            if table in tables:
                db.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])
        db.execute("DELETE FROM articles WHERE id = ?", [article_id])


def restate_article(db: Database, article_id: int, record: Article) -> str:
    """Put ``record`` in place of the article's current version, made by the same ingest from
    the same capture with what the site was known to be at the time (the ingestor's settle
    step, once it knows the site better); return the save's outcome as it now stands:
    ``"unchanged"`` when the record is the previous version again (the version the ingest
    made is then taken back), else ``"new"`` or ``"changed"`` (version 1 or later)."""
    digest = content_hash(record)
    with db.atomic():
        cursor = db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        row = cursor.fetchone()
        if row is None:
            raise ArchiveError(f"No article {article_id}.")
        old = dict(zip([d[0] for d in cursor.description], row, strict=True))
        version = old["current_version"]
        seen = Sighting(old["capture_id"], old["crawl_id"], old["last_seen"])
        values = _content(record, digest, seen) | {"current_version": version}
        previous = db.execute(
            "SELECT content_hash FROM article_versions WHERE article_id = ? AND version = ?",
            [article_id, version - 1],
        ).fetchone()
        if previous is not None and previous[0] == digest:
            db.execute(
                "DELETE FROM article_versions WHERE article_id = ? AND version = ?",
                [article_id, version],
            )
            values["current_version"] = version - 1
            outcome = "unchanged"
        else:
            db.execute(
                "UPDATE article_versions SET content_hash = :content_hash, title = :title, "
                "published_at = :published_at, author = :author, body = :body, "
                "extractor = :extractor WHERE article_id = :id AND version = :current_version",
                values | {"id": article_id},
            )
            outcome = "new" if version == 1 else "changed"
        assignments = ", ".join(f"{name} = :{name}" for name in values)
        db.execute(f"UPDATE articles SET {assignments} WHERE id = :id", values | {"id": article_id})
        _replace_media(db, article_id, record)
        reindex_article(db, article_id, old, values)
    return outcome
