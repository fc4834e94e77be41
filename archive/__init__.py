"""The archive as a library: an archive folder (SQLite + WARC files) behind one object.

>>> with Archive("archive") as archive:                      # doctest: +SKIP
...     for hit in archive.search('"biên giới" NOT hội nghị', site="laocai-tinhuy"):
...         print(hit.published_at, hit.title, hit.snippet)

Modules: :mod:`archive.db` (open, WAL, migrations), :mod:`archive.store` (writes),
:mod:`archive.queries` (reads, search, export), :mod:`archive.fold` (accent folding),
:mod:`archive.warcread` (WARC records), :mod:`archive.errors` (named exceptions).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, Self, TextIO

from archive import _lean, docrefs, queries  # noqa: F401 (_lean first: see there)
from archive.attachtext import AttachmentHit, AttachmentText
from archive.db import DB_NAME, archive_paths, open_db
from archive.docrefs import DocumentCitations, DocumentRef
from archive.errors import (
    ArchiveCorrupt,
    ArchiveError,
    ArchiveLocked,
    ArchiveNotFound,
    ArchiveReadOnly,
    ArticleNotFound,
    CaptureNotFound,
    InvalidFilter,
    NotAnArchive,
    SearchQueryError,
    SearchQueryTooComplex,
)
from archive.fold import fold, fold_query
from archive.queries import SearchHit, SearchResults
from archive.sitemodels import StoredModel, latest_site_model
from archive.store import ArchiveWriter

if TYPE_CHECKING:
    from sqlite_utils import Database

    from archive import jobstate, merge, warcread
    from archive.changes import Change

__all__ = [
    "DB_NAME",
    "Archive",
    "ArchiveCorrupt",
    "ArchiveError",
    "ArchiveLocked",
    "ArchiveNotFound",
    "ArchiveReadOnly",
    "ArchiveWriter",
    "ArticleNotFound",
    "AttachmentHit",
    "AttachmentText",
    "CaptureNotFound",
    "DocumentCitations",
    "DocumentRef",
    "InvalidFilter",
    "NotAnArchive",
    "SearchHit",
    "SearchQueryError",
    "SearchQueryTooComplex",
    "SearchResults",
    "archive_paths",
    "fold",
    "fold_query",
    "open_db",
]


class Archive:
    """An archive folder (``<path>/archive.db`` + ``warcs/``), or a bare ``.db`` file.

    ``Archive(path)`` opens an existing archive and raises :class:`ArchiveNotFound` when
    there is none; ``Archive(path, create=True)`` creates it. ``":memory:"`` gives an
    empty in-memory archive (no WARC files). Use it as a context manager, or call
    :meth:`close`.
    """

    def __init__(self, path: Path | str, *, create: bool = False) -> None:
        self.root: Path | None
        db_path: Path | str
        if str(path) == ":memory:":
            self.root, db_path = None, ":memory:"
        else:
            path = Path(path)
            if path.suffix == ".db" or path.is_file():
                self.root, db_path = path.parent, path
            else:
                self.root, db_path = path, archive_paths(path).db
        self.db_path = db_path
        self.db: Database = open_db(db_path, create=create)
        self._writer: ArchiveWriter | None = None

    def __repr__(self) -> str:
        return f"Archive({str(self.db_path)!r})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def check_writable(self) -> None:
        """Wait (at most the busy timeout) until this archive can be written; see
        :func:`archive.db.check_writable`.

        :raises ArchiveLocked: another process kept the archive's write lock all that time.
        """
        from archive.db import check_writable

        check_writable(self.db, self.db_path)

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    def writer(self) -> ArchiveWriter:
        """The :class:`~archive.store.ArchiveWriter` of this archive (one per Archive)."""
        if self._writer is None:
            self._writer = ArchiveWriter(self.db)
        return self._writer

    def search(
        self,
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
        within: Literal["articles", "attachments"] = "articles",
    ) -> SearchResults | list[AttachmentHit]:
        """Full-text search, accent-insensitive; a list of :class:`SearchHit`, best first.

        ``query``: words (all must occur), ``"a phrase"``, ``OR``, ``NOT``, ``prefix*``,
        parentheses, ``title:word``; "Đảng bộ", "đảng bộ" and "dang bo" find the same
        articles. ``site``/``since``/``until`` (``2023``, ``2023-05``, ``2023-05-31``)/
        ``author`` filter; ``order`` is ``"relevance"`` or ``"date"``; ``markers`` wrap
        the matched words in each snippet. ``ref:13/2023/NĐ-CP`` in the query keeps the
        articles citing that document (:mod:`archive.refsearch`); ``within="attachments"``
        searches attached documents' text (a list of :class:`AttachmentHit`). See
        :func:`archive.queries.search`.

        >>> hits = archive.search("phan gioi cam moc", since="2022", order="date")  # doctest: +SKIP
        >>> [(h.published_at, h.title, h.snippet) for h in hits]  # doctest: +SKIP

        :raises SearchQueryError: a malformed query (the message says what to fix).
        :raises InvalidFilter: a bad date, an unknown site, a bad order or limit.
        """
        return queries.search(
            self.db, query, site=site, since=since, until=until, author=author, order=order,
            limit=limit, offset=offset, markers=markers, snippet_words=snippet_words,
            within=within,
        )  # fmt: skip

    def refs(
        self,
        key_or_text: str,
        *,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        order: Literal["asc", "desc"] = "asc",
        limit: int = 100,
        offset: int = 0,
    ) -> DocumentCitations:
        """A legal document and who cites it: its keys, its attachment copies (with their
        opening text), attachments citing it, and every citing article across sites in
        publication order. ``key_or_text``: ``"Nghị định 13/2023/NĐ-CP"``,
        ``"13/2023/ND-CP"`` or a key ``"nghi-dinh:13/2023/nd-cp"``. See
        :func:`archive.docrefs.refs`.

        >>> doc = archive.refs("Nghị định 13/2023/NĐ-CP")  # doctest: +SKIP
        >>> doc.total, [(a["published_at"], a["site_id"], a["title"]) for a in doc.articles]  # doctest: +SKIP

        :raises InvalidFilter: no document number in ``key_or_text``, or a bad filter.
        """
        return docrefs.refs(
            self.db, key_or_text, site=site, since=since, until=until, order=order,
            limit=limit, offset=offset,
        )  # fmt: skip

    def most_cited(
        self,
        *,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        per_month: int = 10,
    ) -> dict[str, list[dict[str, Any]]]:
        """The documents cited by the most articles, per month of publication (newest
        first); see :func:`archive.docrefs.most_cited`."""
        return docrefs.most_cited(self.db, site=site, since=since, until=until, per_month=per_month)

    def changes(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        site: str | None = None,
        kinds: list[str] | tuple[str, ...] | None = None,
        limit: int = 100,
        offset: int = 0,
        crawl: int | None = None,
    ) -> list[Change]:
        """What changed, newest first: articles edited, retitled, redated, removed or
        back, each with a short word diff and its captures before and after (``crawl``:
        only what that crawl found). See :func:`archive.changes.changes`.

        >>> for c in archive.changes(since="2024-05", kinds=["removed"]):  # doctest: +SKIP
        ...     print(c.at, c.site_id, c.kind, c.title, c.diff)

        :raises InvalidFilter: an unknown kind or a bad date.
        """
        from archive.changes import changes

        return changes(self.db, since=since, until=until, site=site, kinds=kinds, limit=limit,
                       offset=offset, crawl=crawl)  # fmt: skip

    def write_feeds(
        self, *, base_url: str | None = None, sites: list[str] | None = None
    ) -> list[Path]:
        """Write the Atom feeds of changes into ``<archive>/feeds/`` (one per site, or
        only ``sites``, and ``all.atom``); return their paths. ``base_url``: where
        ``govarchive serve`` answers (capture links start with it; default
        ``$GOVARCHIVE_SERVE_URL``, else ``http://127.0.0.1:8001``). See :mod:`archive.feeds`.

        :raises ArchiveError: an in-memory archive has no folder to write to.
        """
        from archive.feeds import write_feeds

        if self.root is None:
            raise ArchiveError("An in-memory archive has no folder for feeds.")
        return write_feeds(self.db, self.root, base_url=base_url, sites=sites)

    def articles(
        self,
        *,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        author: str | None = None,
        batch: int = 500,
    ) -> Iterator[dict[str, Any]]:
        """Stream article rows (dicts of the ``articles`` columns) in id order, with the
        filters of :meth:`search`; see :func:`archive.queries.iter_articles`.

        >>> for row in archive.articles(site="laocai-tinhuy", since="2023-01"):  # doctest: +SKIP
        ...     print(row["published_at"], row["title"])
        """
        return queries.iter_articles(
            self.db, site=site, since=since, until=until, author=author, batch=batch
        )

    def article(self, id_or_url: int | str) -> dict[str, Any]:
        """One article by id or URL, with images, attachments and versions.

        :raises ArticleNotFound: no such article.
        """
        return queries.get_article(self.db, id_or_url)

    def count(self, site: str | None = None) -> int:
        """Number of articles (of one site, or all)."""
        return queries.count_articles(self.db, site)

    def crawls(self, site: str | None = None) -> list[dict[str, Any]]:
        """Crawl rows, newest first."""
        return queries.list_crawls(self.db, site)

    def site_model(self, site_id: str, *, confident: bool = False) -> StoredModel | None:
        """The latest site model inferred for ``site_id`` (``confident``: the latest confident
        one), or None; see :mod:`archive.sitemodels`."""
        return latest_site_model(self.db, site_id, confident=confident)

    def site_base_url(self, site_id: str) -> str | None:
        """Where ``site_id`` was last crawled (its base URL), or None; see
        :func:`archive.queries.site_base_url`."""
        return queries.site_base_url(self.db, site_id)

    def site_profile(self, site_id: str) -> Any:
        """The profile ``site_id`` is extracted with (config/sites/, else the one stored at its
        last crawl); :class:`ArchiveError` when there is none."""
        from archive.candidates import site_profile

        return site_profile(self.db, site_id)

    def export(
        self,
        fmt: Literal["json", "jsonl", "csv"],
        out: TextIO,
        *,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        author: str | None = None,
    ) -> int:
        """Write every article as one JSON array, JSON Lines or CSV; see :func:`archive.queries.export_records`."""
        return queries.export_records(
            self.db, fmt, out, site=site, since=since, until=until, author=author
        )

    def export_parquet(
        self,
        out: Path | str | BinaryIO,
        *,
        site: str | None = None,
        since: str | None = None,
        until: str | None = None,
        author: str | None = None,
    ) -> int:
        """Write every article (filtered) to a Parquet file, streamed; return the count.

        The fields of :meth:`export`, typed (timestamps in UTC, plus the local publication
        time), with each article's ``images`` and ``attachments`` as lists of structs;
        see :mod:`archive.export_parquet`.
        """
        from archive.export_parquet import write_parquet

        records = queries.iter_export_records(
            self.db, site=site, since=since, until=until, author=author
        )
        return write_parquet(records, out, media=lambda ids: queries.export_media(self.db, ids))

    def raw(self, id_or_url: int | str) -> bytes:
        """The HTML captured for an article (HTTP payload, content-decoded), from its WARC.

        A revisit capture is resolved to the earlier response with the same payload.

        :raises ArticleNotFound: no such article.
        :raises CaptureNotFound: the article has no WARC record, or it cannot be read.
        """
        article = queries.get_article(self.db, id_or_url)
        if article["capture_id"] is None:
            raise CaptureNotFound(f"Article {article['id']} has no capture.")
        return self.raw_capture(article["capture_id"])

    def raw_capture(self, capture_id: int) -> bytes:
        """The payload of one capture (content-decoded), read back from its WARC record.

        :raises CaptureNotFound: no such capture, or its WARC record cannot be read.
        """
        return self.raw_record(capture_id).payload

    def raw_record(self, capture_id: int) -> warcread.RawRecord:
        """The WARC record of one capture (a revisit resolved to its original response).

        :raises CaptureNotFound: no such capture, or its WARC record cannot be read.
        """
        row = self._record_row(queries.capture(self.db, capture_id))
        from archive import warcread  # lazy: warcio is only needed here

        try:
            return warcread.read_record(self.root, row["warc_file"], row["warc_offset"])
        except (OSError, ValueError) as exc:
            raise CaptureNotFound(
                f"Cannot read the WARC record of capture {row['id']} "
                f"({row['warc_file']} at offset {row['warc_offset']}): {exc}"
            ) from exc

    def write_raw(self, id_or_url: int | str, out: BinaryIO) -> int:
        """Write the page captured for an article (content-decoded, as :meth:`raw`) to
        ``out``, streamed from its WARC record: memory stays the same whatever its size.
        Given a URL that is not an article (a page refused as ``too_large``, a listing), its
        latest capture is written. Returns the bytes written.

        :raises ArticleNotFound: no such article (nor, for a URL, any capture of it).
        :raises CaptureNotFound: the WARC record is missing or cannot be read.
        """
        try:
            article = queries.get_article(self.db, id_or_url)
        except ArticleNotFound:
            if not isinstance(id_or_url, str):
                raise
            found = list(self.db.query(
                "SELECT * FROM captures WHERE url = ? AND warc_file IS NOT NULL "
                "ORDER BY id DESC LIMIT 1", [id_or_url],
            ))  # fmt: skip
            if not found:
                raise
            row = found[0]
        else:
            if article["capture_id"] is None:
                raise CaptureNotFound(f"Article {article['id']} has no capture.")
            row = queries.capture(self.db, article["capture_id"])
        row = self._record_row(row)
        from archive import warcread  # lazy: warcio is only needed here

        try:
            return warcread.copy_payload(self.root, row["warc_file"], row["warc_offset"], out)
        except warcread.WarcReadError as exc:
            raise CaptureNotFound(
                f"Cannot read the WARC record of capture {row['id']} "
                f"({row['warc_file']} at offset {row['warc_offset']}): {exc}"
            ) from exc

    def _record_row(self, row: dict[str, Any]) -> dict[str, Any]:
        """The capture row whose WARC record holds ``row``'s payload (a revisit's original).

        :raises CaptureNotFound: there is no such record.
        """
        if row["record_type"] == "revisit":
            row = self._revisited(row)
        if self.root is None or not row["warc_file"] or row["warc_offset"] is None:
            raise CaptureNotFound(f"Capture {row['id']} has no WARC record to read.")
        return row

    def export_state(
        self, site_id: str, out: Path | str | BinaryIO, *, body_budget: int | None = None
    ) -> jobstate.StateSummary:
        """Write what a crawl of ``site_id`` needs to be incremental in another archive (a
        fleet node's shard) to ``out``, gzipped JSON lines; see :mod:`archive.jobstate`.
        ``body_budget``: bytes of recent articles' bodies carried at most (default
        :data:`archive.jobstate.BODY_BUDGET`).

        :raises ArchiveError: no such site.
        """
        from archive import jobstate

        budget = jobstate.BODY_BUDGET if body_budget is None else body_budget
        return jobstate.export_site_state(self.db, site_id, out, source=str(self.root or ""),
                                          body_budget=budget)  # fmt: skip

    def import_state(self, path: Path | str | BinaryIO) -> jobstate.StateSummary:
        """Load a state file written by :meth:`export_state` into this fresh archive.

        :raises ArchiveError: the archive already holds crawls, or the file is bad.
        """
        from archive import jobstate

        return jobstate.import_site_state(self.db, path)

    def merge(
        self,
        shard: Path | str,
        *,
        progress: Callable[[str, int, int], None] | None = None,
        interrupted_ok: bool = False,
    ) -> merge.MergeReport:
        """Merge a shard archive folder into this archive (WARC files and rows, atomic,
        idempotent); see :func:`archive.merge.merge_shard`.

        :raises ShardError: the shard cannot be merged as it is (nothing changed).
        """
        from archive import merge

        if self.root is None:
            raise ArchiveError("an in-memory archive has no folder to merge WARC files into")
        return merge.merge_shard(
            self.root, shard, progress=progress, interrupted_ok=interrupted_ok
        )

    def _revisited(self, revisit: dict[str, Any]) -> dict[str, Any]:
        found = list(
            self.db.query(
                "SELECT * FROM captures WHERE payload_digest = ? AND record_type = 'response' "
                "AND warc_file IS NOT NULL ORDER BY url = ? DESC, id DESC LIMIT 1",
                [revisit["payload_digest"], revisit["url"]],
            )
        )
        if not revisit["payload_digest"] or not found:
            raise CaptureNotFound(
                f"Capture {revisit['id']} is a revisit whose original response is not in "
                "the archive."
            )
        return found[0]
