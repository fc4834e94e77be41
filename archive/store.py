"""Writes to the archive: sites, crawls, captures, articles (with versions), failures.

:class:`ArchiveWriter` is the contract of docs/architecture.md ("Archive writes"). Each
method is atomic on its own; wrap many calls in :meth:`ArchiveWriter.transaction` to
batch them in one transaction (the Scrapy pipeline does, every N items).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import PurePath
from typing import Any, Protocol

from sqlite_utils import Database

from archive.articles import (
    Article,
    Sighting,
    discard_article,
    link_media,
    move_article,
    restate_article,
    rowid,
    save_article,
    to_json,
)
from archive.attachtext import same_attachment_text, save_attachment_text
from archive.chrome import StoredChrome, load_chrome, save_chrome
from archive.docrefs import replace_article_refs, same_article_refs
from archive.errors import ArchiveError
from archive.sitemodels import (
    Fingerprint,
    StoredModel,
    article_body,
    latest_site_model,
    recent_fingerprints,
    save_site_model,
    set_fingerprint,
)

CRAWL_STATUSES = ("running", "finished", "partial", "failed", "interrupted")
CAPTURE_FIELDS = frozenset(
    {
        "crawl_id",
        "site_id",
        "url",
        "method",
        "status",
        "fetched_at",
        "content_type",
        "content_length",
        "payload_digest",
        "etag",
        "last_modified",
        "warc_file",
        "warc_offset",
        "warc_length",
        "warc_record_id",
        "record_type",
        "error",
        "referer",
    }
)
REQUIRED_CAPTURE_FIELDS = ("crawl_id", "site_id", "url", "fetched_at")

#: crawls count column <- Scrapy stats key
STATS_COLUMNS = {
    "pages": "govarchive/pages",
    "articles_new": "govarchive/articles/new",
    "articles_changed": "govarchive/articles/changed",
    "errors": "govarchive/errors",
}


class _Profile(Protocol):
    id: str
    name: str
    base_url: str

    @property
    def profile_hash(self) -> str: ...

    def model_dump_json(self) -> str: ...


def utc_timestamp(moment: datetime | None = None) -> str:
    """ISO 8601 UTC timestamp with a ``Z`` suffix, to the second (the archive's format)."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


class ArchiveWriter:
    """All writes to an archive database opened with :func:`archive.db.open_db`."""

    def __init__(self, db: Database, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self._clock = clock or (lambda: datetime.now(UTC))

    def _now(self) -> str:
        return utc_timestamp(self._clock())

    @contextmanager
    def transaction(self) -> Iterator[ArchiveWriter]:
        """Run the writes of the ``with`` block in one transaction (nests as savepoints)."""
        with self.db.atomic():
            yield self

    # --- sites and crawls ------------------------------------------------------------

    def upsert_site(self, profile: _Profile) -> str:
        """Insert or update the site row of a :class:`config.profile.SiteProfile`."""
        self.db.execute(
            "INSERT INTO sites (id, name, base_url, profile_hash, profile_json) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
            "base_url = excluded.base_url, profile_hash = excluded.profile_hash, "
            "profile_json = excluded.profile_json",
            [
                profile.id,
                profile.name,
                profile.base_url,
                profile.profile_hash,
                profile.model_dump_json(),
            ],
        )
        return profile.id

    def start_crawl(self, site_id: str, software: str, settings: dict[str, Any]) -> int:
        """Record a crawl of ``site_id`` as running; return its id."""
        now = self._now()
        with self.db.atomic():
            if not self.db.execute("SELECT 1 FROM sites WHERE id = ?", [site_id]).fetchone():
                raise ArchiveError(f"Unknown site {site_id!r}: call upsert_site(profile) first.")
            cursor = self.db.execute(
                "INSERT INTO crawls (site_id, started_at, status, software, settings_json) "
                "VALUES (?, ?, 'running', ?, ?)",
                [site_id, now, software, to_json(settings)],
            )
            self.db.execute(
                "UPDATE sites SET first_crawl_at = COALESCE(first_crawl_at, ?), "
                "last_crawl_at = ? WHERE id = ?",
                [now, now, site_id],
            )
        return rowid(cursor.lastrowid)

    def finish_crawl(
        self, crawl_id: int, status: str, stats: dict[str, Any], warc_files: list[str]
    ) -> None:
        """Close a crawl: status, stats (JSON), WARC files and the count columns."""
        if status not in CRAWL_STATUSES:
            raise ValueError(f"crawl status must be one of {', '.join(CRAWL_STATUSES)}")
        counts = {col: int(stats[key]) for col, key in STATS_COLUMNS.items() if key in stats}
        assignments = "".join(f", {col} = :{col}" for col in counts)
        cursor = self.db.execute(
            "UPDATE crawls SET finished_at = :finished_at, status = :status, "
            f"stats_json = :stats_json, warc_files_json = :warc_files{assignments} "
            "WHERE id = :id",
            {
                "id": crawl_id,
                "finished_at": self._now(),
                "status": status,
                "stats_json": to_json(stats),
                "warc_files": to_json([_path_str(f) for f in warc_files]),
                **counts,
            },
        )
        if cursor.rowcount == 0:
            raise ArchiveError(f"Unknown crawl id {crawl_id}.")

    def set_crawl_log(self, crawl_id: int, log_file: str) -> None:
        """The crawl's own log file, relative to the archive folder."""
        self.db.execute("UPDATE crawls SET log_file = ? WHERE id = ?", [log_file, crawl_id])

    def set_crawl_removed(self, crawl_id: int, removed: int) -> None:
        """How many archived articles the crawl found removed."""
        self.db.execute("UPDATE crawls SET articles_removed = ? WHERE id = ?", [removed, crawl_id])

    # --- captures and failures -------------------------------------------------------

    def earlier_response(self, url: str, digest: str) -> tuple[str, str, str, int] | None:
        """(WARC record id, fetched at, WARC file, offset) of the latest response of ``url``
        whose payload has ``digest``, if the archive holds one (for a revisit record)."""
        row = self.db.execute(
            "SELECT warc_record_id, fetched_at, warc_file, warc_offset FROM captures "
            "WHERE url = ? AND payload_digest = ? AND record_type = 'response' "
            "AND warc_record_id IS NOT NULL ORDER BY id DESC LIMIT 1",
            [url, digest],
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3])

    def add_capture(self, **fields: Any) -> int:
        """Insert one capture row (a WARC response/revisit record, or a fetch error).

        Keyword arguments are ``captures`` columns; ``crawl_id``, ``site_id``, ``url`` and
        ``fetched_at`` are required. ``warc_file`` is relative to the archive folder.
        """
        unknown = set(fields) - CAPTURE_FIELDS
        if unknown:
            raise TypeError(f"unknown capture fields: {', '.join(sorted(unknown))}")
        missing = [name for name in REQUIRED_CAPTURE_FIELDS if fields.get(name) is None]
        if missing:
            raise TypeError(f"missing capture fields: {', '.join(missing)}")
        if fields.get("warc_file") is not None:
            fields["warc_file"] = _path_str(fields["warc_file"])
        names = sorted(fields)
        cursor = self.db.execute(
            f"INSERT INTO captures ({', '.join(names)}) "
            f"VALUES ({', '.join(':' + n for n in names)})",
            fields,
        )
        return rowid(cursor.lastrowid)

    def add_failure(
        self, crawl_id: int | None, site_id: str | None, url: str, reason: str, detail: str = ""
    ) -> None:
        """Record a page that was dropped or failed (nothing is lost silently)."""
        self.db.execute(
            "INSERT INTO failures (crawl_id, site_id, url, reason, detail, at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [crawl_id, site_id, url, reason, detail, self._now()],
        )

    # --- articles --------------------------------------------------------------------

    def known_article_urls(self, site_id: str) -> set[str]:
        """URLs of every article already archived for ``site_id``."""
        rows = self.db.execute("SELECT url FROM articles WHERE site_id = ?", [site_id])
        return {url for (url,) in rows}

    def save_article(
        self,
        site_id: str,
        record: Article,
        capture_id: int | None,
        crawl_id: int | None,
        fetched_at: str,
        refs: Sequence[Any] = (),
    ) -> tuple[int, str]:
        """Store an extracted article; return ``(article id, outcome)``.

        ``outcome`` is ``"new"`` (first sight of the URL: version 1), ``"changed"`` (title,
        body, date or author differ: a new ``article_versions`` row, the article row and
        the search index updated) or ``"unchanged"`` (only last_seen and the capture
        move on). Saving the same record twice never creates a second row. ``refs``: the
        legal documents it cites, stored with it when it is new (else see
        :meth:`replace_article_refs`). See :mod:`archive.articles`.
        """
        seen = Sighting(capture_id, crawl_id, fetched_at)
        return save_article(self.db, site_id, record, seen, refs)

    def restate_article(self, article_id: int, record: Article) -> str:
        """Replace the current version of an article saved by the same ingest; see
        :func:`archive.articles.restate_article`."""
        return restate_article(self.db, article_id, record)

    def discard_article(self, article_id: int) -> None:
        """Take back an article this ingest stored as new; see
        :func:`archive.articles.discard_article`."""
        discard_article(self.db, article_id)

    def load_chrome(self, site_id: str) -> StoredChrome:
        """The site's learned chrome (:mod:`archive.chrome`)."""
        return load_chrome(self.db, site_id)

    def save_chrome(
        self, site_id: str, lines: Iterable[str], title_affixes: Iterable[str], crawl_id: int | None
    ) -> int:
        """Add learned chrome lines and title affixes; return how many were new."""
        return save_chrome(self.db, site_id, lines, title_affixes, crawl_id)

    def link_media(self, site_id: str) -> int:
        """Link the site's images and attachments to captures recorded after them."""
        return link_media(self.db, site_id)

    # --- the site model and near-duplicates (archive/sitemodels.py) -----------------------

    def load_site_model(self, site_id: str) -> StoredModel | None:
        """The site's latest confident model (what the next crawl starts from)."""
        return latest_site_model(self.db, site_id, confident=True)

    def save_site_model(
        self, site_id: str, crawl_id: int | None, model_json: str, confident: bool,
        evidence: str | None = None,
    ) -> int | None:  # fmt: skip
        """Keep an inferred site model; see :func:`archive.sitemodels.save_site_model`."""
        return save_site_model(self.db, site_id, crawl_id, model_json, confident, evidence)

    def recent_fingerprints(self, site_id: str, limit: int | None = None) -> list[Fingerprint]:
        """Body fingerprints of the site's recent articles, newest first."""
        return recent_fingerprints(self.db, site_id, *(() if limit is None else (limit,)))

    def set_fingerprint(self, article_id: int, fingerprint: str) -> None:
        set_fingerprint(self.db, article_id, fingerprint)

    def article_body(self, article_id: int) -> str | None:
        return article_body(self.db, article_id)

    def move_article(
        self, article_id: int, url: str, capture_id: int | None = None,
        crawl_id: int | None = None, fetched_at: str | None = None,
    ) -> bool:  # fmt: skip
        """The article takes the URL of its near-duplicate (and, with ``fetched_at``, its
        capture); see :func:`archive.articles.move_article`."""
        seen = Sighting(capture_id, crawl_id, fetched_at) if fetched_at else None
        return move_article(self.db, article_id, url, seen)

    # --- legal references and attachments' text --------------------------------------

    def replace_article_refs(self, article_id: int, refs: Iterable[Any]) -> int:
        """Make ``refs`` the legal documents article ``article_id`` cites (its earlier
        ones dropped); each a :class:`archive.docrefs.DocumentRef`, a mapping with its
        names or an object with them (``pipelines.legalrefs.LegalRef``), its ``field``
        one of title, lead, body, attachment. Returns how many were stored."""
        return replace_article_refs(self.db, article_id, refs)

    def save_attachment_text(
        self, capture_id: int, result: Any, refs: Iterable[Any] = (), *, extractor: str | None = None
    ) -> None:
        """Store the text (or why there is none) of the attachment captured as
        ``capture_id``, index it for search, and make ``refs`` its document references
        (fields number, filename, title, text); see
        :func:`archive.attachtext.save_attachment_text`."""
        save_attachment_text(self.db, capture_id, result, refs, extractor=extractor, at=self._now())

    def update_article_refs(self, article_id: int, refs: Iterable[Any]) -> int | None:
        """:meth:`replace_article_refs` unless the archive holds exactly ``refs`` already
        (then None: nothing written, so a second ``reextract`` changes nothing)."""
        refs = list(refs)
        if same_article_refs(self.db, article_id, refs):
            return None
        return replace_article_refs(self.db, article_id, refs)

    def update_attachment_text(
        self, capture_id: int, result: Any, refs: Iterable[Any] = (), *, extractor: str | None = None
    ) -> bool:
        """:meth:`save_attachment_text` unless the archive holds exactly this text and these
        references already; True when it wrote."""
        refs = list(refs)
        if same_attachment_text(self.db, capture_id, result, refs):
            return False
        self.save_attachment_text(capture_id, result, refs, extractor=extractor)
        return True

    def add_crawl_stats(self, crawl_id: int, counts: dict[str, int]) -> None:
        """Add ``counts`` to a finished crawl's stats (what happened after it, such as its
        notifications)."""
        with self.db.atomic():
            row = self.db.execute("SELECT stats_json FROM crawls WHERE id = ?", [crawl_id]).fetchone()
            if row is None:
                raise ArchiveError(f"Unknown crawl id {crawl_id}.")
            stats = json.loads(row[0]) if row[0] else {}
            for key, value in counts.items():
                stats[key] = int(stats.get(key, 0)) + value
            self.db.execute("UPDATE crawls SET stats_json = ? WHERE id = ?",
                            [to_json(stats), crawl_id])  # fmt: skip


def _path_str(value: str | PurePath) -> str:
    return value.as_posix() if isinstance(value, PurePath) else str(value)
