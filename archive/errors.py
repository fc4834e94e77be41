"""Named exceptions of the archive library; the CLI turns them into one-line messages."""

from __future__ import annotations

from pathlib import Path


class ArchiveError(Exception):
    """Base class of every error the archive library raises on purpose."""


class ArchiveNotFound(ArchiveError, FileNotFoundError):
    """The path holds no archive (no ``archive.db``)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        super().__init__(
            f"No archive found at {self.path} (there is no archive.db there). "
            "Create one with `govarchive crawl <site>`, or try `govarchive demo`."
        )

    def __str__(self) -> str:
        return str(self.args[0])


class NotAnArchive(ArchiveError):
    """A SQLite file that is not a govarchive archive (another application's database):
    refused before anything is written to it."""


class ArchiveReadOnly(ArchiveError):
    """The archive folder or its database cannot be written (read-only mount, permissions)."""


class WritesStopped(ArchiveError):
    """The archive stopped taking a crawl's writes for the rest of the crawl: its disk is full
    (:class:`DiskFull`), or another process kept its write lock past the crawl's wait
    (:class:`ArchiveLocked`). The crawl stops at the first one (:mod:`archive.recorder`);
    every record it fetched is in its WARC, and the rows left are restored from there."""


class DiskFull(WritesStopped, OSError):
    """The archive's disk is full (ENOSPC, a quota, SQLite's ``database or disk is full``):
    a crawl stops at the first one (:mod:`archive.recorder`)."""

    def __str__(self) -> str:
        return str(self.strerror or super().__str__())


class ArchiveLocked(WritesStopped):
    """Another process holds the archive database's write lock and did not let go within
    the busy timeout (a long transaction of another writer): nothing more was written."""


class ArchiveCorrupt(ArchiveError):
    """The archive database is damaged (not a database, or ``database disk image is
    malformed``)."""


class SearchQueryError(ArchiveError, ValueError):
    """A search query that cannot be run; the message says what is wrong in plain words."""

    def __init__(self, message: str, query: str = "") -> None:
        self.query = query
        super().__init__(message)


class SearchQueryTooComplex(SearchQueryError):
    """A search query over the length, term or nesting limits of :mod:`archive.ftsquery`
    (a query that long is an attack or a mistake, and would exhaust the parser)."""


class ArticleNotFound(ArchiveError, LookupError):
    """No article has the given id or URL."""

    def __init__(self, key: int | str) -> None:
        self.key = key
        if isinstance(key, str) and not any(mark in key for mark in "/."):
            # neither an id nor a URL ('show abc'): saying "No article with URL abc" read as
            # if abc had been looked up as a URL on purpose
            super().__init__(f"{key!r} is neither an article id (a number) nor a URL "
                             "(http://...): give one of those.")  # fmt: skip
            return
        what = f"URL {key}" if isinstance(key, str) else f"id {key}"
        super().__init__(f"No article with {what} in the archive.")


class CaptureNotFound(ArchiveError, LookupError):
    """No capture has the given id, or it has no WARC record to read."""


class InvalidFilter(ArchiveError, ValueError):
    """A filter value (date, status, order) that the archive cannot use."""
