"""Named, recorded schema migrations.

Each migration is a function registered with :func:`migration` under a name that sorts
in the order it must run ("0001_initial", "0002_..."). :func:`apply_migrations` runs the
pending ones in that order, each inside its own ``BEGIN IMMEDIATE`` transaction together
with its row in ``_migrations`` (name, applied_at), so a failed migration leaves nothing
behind and two processes opening the same archive cannot both apply it. Each one is logged
(logger ``archive.migrations``, INFO) with its duration: some re-index every article, which
takes minutes on a large archive.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import NamedTuple

from sqlite_utils import Database

MIGRATIONS_TABLE = "_migrations"
#: ``PRAGMA application_id`` of a govarchive archive ("GVAR"), set by ``0008_application_id``:
#: :func:`archive.db.open_db` never writes to a SQLite file that is not recognisably ours.
APPLICATION_ID = 0x47564152
logger = logging.getLogger(__name__)


class Migration(NamedTuple):
    """A schema change: its name and the function applying it to a database."""

    name: str
    apply: Callable[[Database], None]


MIGRATIONS: list[Migration] = []


def migration(name: str) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
    """Register the decorated function as the migration ``name`` (names sort in run order)."""

    def register(fn: Callable[[Database], None]) -> Callable[[Database], None]:
        if any(m.name == name for m in MIGRATIONS):
            raise ValueError(f"migration {name!r} is registered twice")
        if MIGRATIONS and name <= MIGRATIONS[-1].name:
            raise ValueError(f"migration {name!r} must sort after {MIGRATIONS[-1].name!r}")
        MIGRATIONS.append(Migration(name, fn))
        return fn

    return register


def applied_migrations(db: Database) -> list[tuple[str, str]]:
    """Return ``(name, applied_at)`` of every applied migration, in the order applied."""
    if MIGRATIONS_TABLE not in db.table_names():
        return []
    rows = db.execute(f"SELECT name, applied_at FROM {MIGRATIONS_TABLE} ORDER BY rowid")
    return [(name, applied_at) for name, applied_at in rows.fetchall()]


def apply_migrations(db: Database) -> list[str]:
    """Apply every pending migration in order; return the names of those applied now."""
    db.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} "
        "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    done = {name for name, _ in applied_migrations(db)}
    applied: list[str] = []
    for item in MIGRATIONS:
        if item.name in done:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            # another process may have applied it while we waited for the write lock
            already = db.execute(
                f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE name = ?", [item.name]
            ).fetchone()
            if not already:
                started = time.monotonic()
                logger.info("Upgrading the archive: migration %s ...", item.name)
                item.apply(db)
                logger.info("Migration %s applied in %.0f s", item.name, time.monotonic() - started)
                db.execute(
                    f"INSERT INTO {MIGRATIONS_TABLE} (name, applied_at) VALUES (?, ?)",
                    [item.name, datetime.now(UTC).isoformat(timespec="seconds")],
                )
                applied.append(item.name)
        except BaseException:
            db.rollback()
            raise
        db.commit()
    return applied


def _run(db: Database, script: str) -> None:
    """Run ``;``-separated DDL statements inside the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@migration("0001_initial")
def _initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE sites (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            base_url TEXT NOT NULL,
            profile_hash TEXT,
            profile_json TEXT,
            first_crawl_at TEXT,
            last_crawl_at TEXT
        );
        CREATE TABLE crawls (
            id INTEGER PRIMARY KEY,
            site_id TEXT NOT NULL REFERENCES sites(id),
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'finished', 'partial', 'failed', 'interrupted')),
            software TEXT,
            settings_json TEXT,
            stats_json TEXT,
            warc_files_json TEXT,
            pages INTEGER NOT NULL DEFAULT 0,
            articles_new INTEGER NOT NULL DEFAULT 0,
            articles_changed INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX crawls_site ON crawls (site_id, id);
        CREATE TABLE captures (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER NOT NULL REFERENCES crawls(id),
            site_id TEXT NOT NULL REFERENCES sites(id),
            url TEXT NOT NULL,
            method TEXT NOT NULL DEFAULT 'GET',
            status INTEGER,
            fetched_at TEXT NOT NULL,
            content_type TEXT,
            content_length INTEGER,
            payload_digest TEXT,
            etag TEXT,
            last_modified TEXT,
            warc_file TEXT,
            warc_offset INTEGER,
            warc_length INTEGER,
            warc_record_id TEXT,
            record_type TEXT CHECK (record_type IN ('response', 'revisit')),
            error TEXT,
            referer TEXT
        );
        CREATE INDEX captures_site_url ON captures (site_id, url);
        CREATE INDEX captures_record_id ON captures (warc_record_id);
        CREATE INDEX captures_crawl ON captures (crawl_id);
        CREATE INDEX captures_digest ON captures (payload_digest);
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            site_id TEXT NOT NULL REFERENCES sites(id),
            url TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            published_at TEXT,
            date_precision TEXT,
            date_raw TEXT,
            updated_at TEXT,
            author TEXT,
            author_unit TEXT,
            source TEXT,
            lead TEXT,
            body TEXT NOT NULL,
            language TEXT,
            word_count INTEGER,
            content_hash TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            removed_at TEXT,
            current_version INTEGER NOT NULL DEFAULT 1,
            capture_id INTEGER REFERENCES captures(id),
            crawl_id INTEGER REFERENCES crawls(id),
            extractor TEXT,
            profile_hash TEXT,
            images_json TEXT,
            warnings_json TEXT
        );
        CREATE INDEX articles_site_published ON articles (site_id, published_at);
        CREATE INDEX articles_published ON articles (published_at);
        CREATE TABLE article_versions (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            capture_id INTEGER REFERENCES captures(id),
            crawl_id INTEGER REFERENCES crawls(id),
            fetched_at TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            published_at TEXT,
            author TEXT,
            body TEXT NOT NULL,
            extractor TEXT,
            UNIQUE (article_id, version)
        );
        CREATE TABLE images (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            src TEXT NOT NULL,
            caption TEXT,
            alt TEXT
        );
        CREATE INDEX images_article ON images (article_id);
        CREATE TABLE attachments (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            title TEXT,
            kind TEXT,
            capture_id INTEGER REFERENCES captures(id)
        );
        CREATE INDEX attachments_article ON attachments (article_id);
        CREATE TABLE failures (
            id INTEGER PRIMARY KEY,
            crawl_id INTEGER REFERENCES crawls(id),
            site_id TEXT REFERENCES sites(id),
            url TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT,
            at TEXT NOT NULL
        );
        CREATE INDEX failures_crawl ON failures (crawl_id, reason);
        CREATE VIRTUAL TABLE articles_fts USING fts5 (
            title, lead, body, author,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2'
        );
        """,
    )


@migration("0003_recrawl_state")
def _recrawl_state(db: Database) -> None:
    """Incremental re-crawls: article removals and restorations, per-crawl log files."""
    _run(
        db,
        """
        ALTER TABLE crawls ADD COLUMN log_file TEXT;
        ALTER TABLE crawls ADD COLUMN articles_removed INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE article_events (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            crawl_id INTEGER REFERENCES crawls(id),
            capture_id INTEGER REFERENCES captures(id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('removed', 'restored')),
            reason TEXT
        );
        CREATE INDEX article_events_article ON article_events (article_id, id);
        CREATE INDEX article_events_crawl ON article_events (crawl_id, kind);
        CREATE INDEX captures_url ON captures (url, id);
        """,
    )


@migration("0004_site_chrome")
def _site_chrome(db: Database) -> None:
    """Learned site chrome: per site, the lines (and title affixes) that repeat across pages."""
    _run(
        db,
        """
        CREATE TABLE site_chrome (
            site_id TEXT NOT NULL REFERENCES sites(id),
            kind TEXT NOT NULL CHECK (kind IN ('line', 'title_affix')),
            text TEXT NOT NULL,
            crawl_id INTEGER REFERENCES crawls(id),
            learned_at TEXT NOT NULL,
            PRIMARY KEY (site_id, kind, text)
        );
        """,
    )


@migration("0005_article_list_view")
def _article_list_view(db: Database) -> None:
    # what a researcher browses (Datasette facets by site, year and author): no body text,
    # the publication year and month as their own columns
    db.execute(
        """
        CREATE VIEW article_list AS
        SELECT id, site_id, substr(published_at, 1, 4) AS year,
               substr(published_at, 1, 7) AS month, published_at, title, author, author_unit,
               source, lead, url, capture_id, removed_at
        FROM articles
        """
    )


@migration("0006_fts_v2")
def _fts_v2(db: Database) -> None:
    """Search at scale (docs/architecture.md): the index gains a ``facets`` column and a
    one-character prefix index. Left empty here: ``0007_fts_docids`` re-keys and fills it
    (one re-index of every article instead of two)."""
    from archive.fts import FTS_TABLE, create_fts_table

    db.execute(f"DROP TABLE {FTS_TABLE}")
    create_fts_table(db)


@migration("0007_fts_docids")
def _fts_docids(db: Database) -> None:
    """Date and site filters read contiguous runs of the index: every article is indexed
    under its docid (publication month, site, id; :mod:`archive.fts`), kept in the new
    ``articles.fts_docid`` column, which Datasette's search joins on; the ``facets``
    column holds the site token and the author's words (the author filter). Re-index
    every article."""
    from archive.fts import FTS_TABLE, bulk_index, create_fts_table

    db.execute("ALTER TABLE articles ADD COLUMN fts_docid INTEGER")
    db.execute(f"DROP TABLE {FTS_TABLE}")
    create_fts_table(db)
    bulk_index(db)
    _run(
        db,
        """
        CREATE UNIQUE INDEX articles_fts_docid ON articles (fts_docid);
        DROP VIEW article_list;
        CREATE VIEW article_list AS
        SELECT id, site_id, substr(published_at, 1, 4) AS year,
               substr(published_at, 1, 7) AS month, published_at, title, author, author_unit,
               source, lead, url, capture_id, removed_at, fts_docid
        FROM articles;
        """,
    )


@migration("0008_application_id")
def _application_id(db: Database) -> None:
    """Mark the file as a govarchive archive (``PRAGMA application_id``), so that
    :func:`archive.db.open_db` recognises it without guessing from its tables."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


@migration("0009_document_refs")
def _document_refs(db: Database) -> None:
    """Legal documents cited by articles and attachments (:mod:`archive.docrefs`). One row
    per citation; ``occurrence`` numbers the citations of one code in one source, so the
    first (``occurrence = 1``) stands for "this article cites it". ``site_id`` and
    ``published_at`` are the citing article's (the date kept by a trigger), so "every
    article citing X in date order", of all sites or of one, is one range of an index."""
    _run(
        db,
        """
        CREATE TABLE document_refs (
            id INTEGER PRIMARY KEY,
            article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
            capture_id INTEGER REFERENCES captures(id),
            field TEXT NOT NULL,
            key TEXT NOT NULL,
            code TEXT NOT NULL,
            doc_type TEXT NOT NULL,
            number TEXT NOT NULL,
            year INTEGER,
            issuer TEXT NOT NULL,
            issued_on TEXT,
            raw TEXT NOT NULL,
            sentence TEXT,
            span_start INTEGER,
            span_end INTEGER,
            occurrence INTEGER NOT NULL DEFAULT 1,
            site_id TEXT,
            published_at TEXT,
            CHECK ((article_id IS NULL) <> (capture_id IS NULL))
        );
        CREATE INDEX document_refs_citing ON document_refs (code, published_at, article_id, key)
            WHERE occurrence = 1 AND article_id IS NOT NULL;
        CREATE INDEX document_refs_citing_site
            ON document_refs (code, site_id, published_at, article_id)
            WHERE occurrence = 1 AND article_id IS NOT NULL;
        CREATE INDEX document_refs_copies ON document_refs (code, capture_id)
            WHERE capture_id IS NOT NULL;
        CREATE INDEX document_refs_article ON document_refs (article_id, code);
        CREATE INDEX document_refs_capture ON document_refs (capture_id);
        """,
    )
    db.execute(  # one statement (its body holds a ";")
        """
        CREATE TRIGGER document_refs_published AFTER UPDATE OF published_at ON articles
        WHEN NEW.published_at IS NOT OLD.published_at
        BEGIN
            UPDATE document_refs SET published_at = NEW.published_at WHERE article_id = NEW.id;
        END
        """
    )


@migration("0010_attachment_texts")
def _attachment_texts(db: Database) -> None:
    """The text of attached documents, one row per attachment capture (or why there is
    none), searchable like articles through ``attachments_fts`` (:mod:`archive.attachtext`)."""
    from archive.attachtext import create_attachments_fts

    _run(
        db,
        """
        CREATE TABLE attachment_texts (
            capture_id INTEGER PRIMARY KEY REFERENCES captures(id),
            status TEXT NOT NULL
                CHECK (status IN ('ok', 'no_text', 'unsupported', 'broken', 'too_large')),
            reason TEXT,
            format TEXT,
            pages INTEGER,
            truncated INTEGER NOT NULL DEFAULT 0,
            text TEXT,
            extractor TEXT,
            extracted_at TEXT NOT NULL
        );
        CREATE INDEX attachment_texts_status ON attachment_texts (status);
        CREATE INDEX attachments_capture ON attachments (capture_id);
        """,
    )
    create_attachments_fts(db)


@migration("0011_change_indexes")
def _change_indexes(db: Database) -> None:
    """``changes(since, until)`` reads versions and removal events by time, newest first;
    only versions after the first are changes, so only they are in the index."""
    _run(
        db,
        """
        CREATE INDEX article_versions_changes ON article_versions (fetched_at) WHERE version > 1;
        CREATE INDEX article_events_at ON article_events (at);
        """,
    )


@migration("0012_leases")
def _leases(db: Database) -> None:
    """One crawl per site across a fleet of machines: a lease per site in the central archive
    (:mod:`archive.leases`), taken before a job is sent to a Scrapyd node."""
    _run(
        db,
        """
        CREATE TABLE crawl_leases (
            site_id TEXT PRIMARY KEY,
            node TEXT NOT NULL,
            token TEXT NOT NULL,
            job_id TEXT,
            taken_at TEXT NOT NULL,
            renewed_at TEXT NOT NULL,
            expires_at TEXT NOT NULL
        );
        CREATE INDEX crawl_leases_expires ON crawl_leases (expires_at);
        """,
    )


@migration("0013_shards")
def _shards(db: Database) -> None:
    """Shards (:mod:`archive.jobstate`, :mod:`archive.merge`): crawl rows a shard imported with
    its site's known state (``imported_from`` names the central archive; their captures are
    references to records held there), and the log of shards merged into this archive."""
    _run(
        db,
        """
        ALTER TABLE crawls ADD COLUMN imported_from TEXT;
        CREATE TABLE shard_merges (
            id INTEGER PRIMARY KEY,
            shard TEXT NOT NULL,
            merged_at TEXT NOT NULL,
            crawls_json TEXT,
            stats_json TEXT
        );
        """,
    )


@migration("0014_image_captures")
def _image_captures(db: Database) -> None:
    """Images are linked to their capture, as attachments are (an import of a WARC that holds
    page requisites captures them): ``images.capture_id``, filled where a capture exists."""
    _run(
        db,
        """
        ALTER TABLE images ADD COLUMN capture_id INTEGER REFERENCES captures(id);
        UPDATE images SET capture_id = (SELECT c.id FROM captures c WHERE c.url = images.src
            AND c.status = 200 ORDER BY c.record_type = 'response' DESC, c.id DESC LIMIT 1)
        WHERE EXISTS (SELECT 1 FROM captures c WHERE c.url = images.src AND c.status = 200);
        """,
    )


@migration("0015_site_models")
def _site_models(db: Database) -> None:
    """Issue 10: the site model a crawl inferred from the site's own pages (``site_models``:
    its JSON, with the evidence and the confidence; the next crawl of the site starts from
    the latest confident one, :mod:`archive.sitemodels`); on articles, ``date_basis`` (what
    ``published_at`` was read from: ``published``, or ``updated`` when the page showed only
    an update date) and ``body_fingerprint`` (the body's simhash, hex: the ingestor's
    near-duplicate test looks up a site's recent articles by it)."""
    _run(
        db,
        """
        CREATE TABLE site_models (
            id INTEGER PRIMARY KEY,
            site_id TEXT NOT NULL,
            crawl_id INTEGER REFERENCES crawls(id),
            model_json TEXT NOT NULL,
            confident INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX site_models_site ON site_models (site_id, id);
        ALTER TABLE articles ADD COLUMN date_basis TEXT NOT NULL DEFAULT 'published';
        ALTER TABLE articles ADD COLUMN body_fingerprint TEXT;
        """,
    )


@migration("0016_site_model_evidence")
def _site_model_evidence(db: Database) -> None:
    """What a stored site model was inferred from (``site_models.evidence``: a digest of
    its sample's captures, the inference's code and the site's timezone,
    :func:`pipelines.sitemodel.evidence`): an ingest whose final sample has the same
    evidence as the model it started from reuses it instead of inferring it again (the
    inference is deterministic). NULL for models stored before: inferred again once."""
    _run(db, "ALTER TABLE site_models ADD COLUMN evidence TEXT;")
