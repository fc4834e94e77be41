"""A site's inferred model kept in the archive (table ``site_models``, migration
``0015_site_models``), and the body fingerprints of its recent articles.

The model itself is extraction's (:class:`pipelines.inference.SiteModel`); the archive keeps
its JSON with the crawl that inferred it, whether it was confident, and when, so the next
crawl, ``reextract``, ``rebuild`` and ``import-warc`` start from it, the crawl summary shows
it and ``govarchive sites model`` prints the profile it amounts to. The fingerprints
(``articles.body_fingerprint``) serve the ingestor's near-duplicate test: one article at two
URLs of a site (a print view without a canonical link, a ``?redirect=`` copy) is stored once.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from sqlite_utils import Database

RECENT = 5000  # articles of a site whose fingerprints a crawl starts with


class StoredModel(NamedTuple):
    """One stored site model."""

    id: int
    site_id: str
    crawl_id: int | None
    model_json: str
    confident: bool
    created_at: str
    evidence: str | None = None  # what it was inferred from (migration 0016)


class Fingerprint(NamedTuple):
    """A stored article's body fingerprint."""

    article_id: int
    url: str
    fingerprint: str


_COLUMNS = "id, site_id, crawl_id, model_json, confident, created_at, evidence"


def _stored(row: tuple | None) -> StoredModel | None:
    if row is None:
        return None
    return StoredModel(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6])


def save_site_model(
    db: Database, site_id: str, crawl_id: int | None, model_json: str, confident: bool,
    evidence: str | None = None,
) -> int | None:  # fmt: skip
    """Keep the model a crawl (or an offline ingest, ``crawl_id`` None) inferred from
    ``evidence`` (:func:`pipelines.sitemodel.evidence`); return its row id. Without a crawl,
    a model equal to the site's latest is not stored again (a ``reextract`` of an unchanged
    archive changes nothing); only its evidence is written, when the row has none or other
    evidence (the same model inferred again from other pages), and None returned."""
    if crawl_id is None:
        latest = latest_site_model(db, site_id)
        if latest is not None and latest.model_json == model_json:
            if evidence is not None and latest.evidence != evidence:
                db.execute("UPDATE site_models SET evidence = ? WHERE id = ?",
                           [evidence, latest.id])  # fmt: skip
            return None
    cursor = db.execute(
        "INSERT INTO site_models (site_id, crawl_id, model_json, confident, created_at, "
        "evidence) VALUES (?, ?, ?, ?, ?, ?)",
        [site_id, crawl_id, model_json, int(confident),
         datetime.now(UTC).isoformat(timespec="seconds"), evidence],
    )  # fmt: skip
    return cursor.lastrowid


def latest_site_model(
    db: Database, site_id: str, *, confident: bool = False
) -> StoredModel | None:
    """The site's latest stored model (``confident``: the latest confident one)."""
    where = "site_id = ?" + (" AND confident = 1" if confident else "")
    row = db.execute(
        f"SELECT {_COLUMNS} FROM site_models WHERE {where} ORDER BY id DESC LIMIT 1", [site_id]
    ).fetchone()
    return _stored(row)


def crawl_site_model(db: Database, crawl_id: int) -> StoredModel | None:
    """The model crawl ``crawl_id`` stored (None when it inferred none)."""
    row = db.execute(
        f"SELECT {_COLUMNS} FROM site_models WHERE crawl_id = ? ORDER BY id DESC LIMIT 1",
        [crawl_id],
    ).fetchone()
    return _stored(row)


def recent_fingerprints(db: Database, site_id: str, limit: int = RECENT) -> list[Fingerprint]:
    """The body fingerprints of the site's most recently seen articles, newest first."""
    rows = db.execute(
        "SELECT id, url, body_fingerprint FROM articles WHERE site_id = ? AND "
        "body_fingerprint IS NOT NULL ORDER BY last_seen DESC, id DESC LIMIT ?",
        [site_id, limit],
    ).fetchall()
    return [Fingerprint(*row) for row in rows]


def set_fingerprint(db: Database, article_id: int, fingerprint: str) -> None:
    db.execute("UPDATE articles SET body_fingerprint = ? WHERE id = ?", [fingerprint, article_id])


def article_body(db: Database, article_id: int) -> str | None:
    """An article's current body text (paragraphs separated by blank lines)."""
    row = db.execute("SELECT body FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row else None


class Fetched(NamedTuple):
    """A page a crawl fetched (``sites new`` reads its sampling crawl back)."""

    url: str
    status: int | None
    content_type: str | None
    warc_file: str | None
    offset: int | None


def crawl_captures(db: Database, crawl_id: int) -> list[Fetched]:
    """Every response a crawl recorded (errors without a response excluded), in order."""
    rows = db.execute(
        "SELECT url, status, content_type, warc_file, warc_offset FROM captures "
        "WHERE crawl_id = ? AND status IS NOT NULL ORDER BY id",
        [crawl_id],
    ).fetchall()
    return [Fetched(*row) for row in rows]
