"""Open the archive database: WAL, pragmas, SQL helper functions, migrations."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database

from archive.errors import (
    ArchiveCorrupt,
    ArchiveError,
    ArchiveLocked,
    ArchiveNotFound,
    ArchiveReadOnly,
    NotAnArchive,
)
from archive.fold import fold
from archive.migrations import APPLICATION_ID, MIGRATIONS_TABLE, apply_migrations

DB_NAME = "archive.db"
BUSY_TIMEOUT_MS = 30_000


class ArchivePaths(NamedTuple):
    """Where the parts of an archive folder live (see docs/architecture.md)."""

    root: Path
    db: Path
    warcs: Path
    logs: Path


def archive_paths(directory: Path | str) -> ArchivePaths:
    """Return the database, WARC and log paths of the archive folder ``directory``."""
    root = Path(directory)
    return ArchivePaths(root=root, db=root / DB_NAME, warcs=root / "warcs", logs=root / "logs")


def _sql_fold(value: object) -> str | None:
    return None if value is None else fold(str(value))


def register_functions(db: Database) -> None:
    """Make ``govarchive_fold(text)`` available in SQL on this connection (idempotent)."""
    db.register_function(_sql_fold, deterministic=True, name="govarchive_fold")


def open_db(path: Path | str, create: bool = True) -> Database:
    """Open (and with ``create``, create) the archive database file ``path``.

    The connection uses WAL journaling, ``synchronous=NORMAL``, foreign keys and a busy
    timeout, and has every pending migration applied. ``":memory:"`` opens a private
    in-memory database (for tests).

    :raises ArchiveNotFound: ``create`` is false and ``path`` does not exist.
    """
    if str(path) == ":memory:":
        db = Database(memory=True)
    else:
        path = Path(path)
        if not path.is_file():
            if not create:
                raise ArchiveNotFound(path.parent if path.name == DB_NAME else path)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise _cannot_write(Path(exc.filename or path.parent), exc) from None
        db = None
        try:
            db = Database(path)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _check_ours(db, path)  # reads only: nothing is written to a foreign file
            db.enable_wal()
        except (sqlite3.DatabaseError, NotAnArchive) as exc:
            if db is not None:
                db.close()
            if isinstance(exc, NotAnArchive):
                raise
            raise database_error(path, exc) from None
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    register_functions(db)
    try:
        apply_migrations(db)
    except sqlite3.OperationalError as exc:
        db.close()
        if "locked" not in str(exc):
            raise database_error(path, exc) from None
        raise ArchiveError(
            f"{path}: another process holds the archive's write lock while this version "
            "needs to upgrade it (an upgrade running elsewhere re-indexes every article and "
            "can take minutes); nothing was changed: run the command again when it is done"
        ) from None
    return db


def _check_ours(db: Database, path: Path) -> None:
    """Refuse a SQLite file that is not a govarchive archive, before writing anything.

    Ours: ``PRAGMA application_id`` is :data:`~archive.migrations.APPLICATION_ID`; or, for an
    archive made before ``0008_application_id``, an application id of 0 and a
    ``_migrations`` table that recorded ``0001_initial``. An empty file is a new archive.
    """
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    if app_id == APPLICATION_ID:
        return
    if app_id != 0:
        raise NotAnArchive(
            f"{path} is a SQLite database of another application (application_id "
            f"{app_id:#x}), not a govarchive archive; nothing was written to it"
        )
    tables = set(db.table_names()) | set(db.view_names())
    if not tables - {MIGRATIONS_TABLE}:
        return
    if MIGRATIONS_TABLE in tables and db.execute(
        f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE name = '0001_initial'"
    ).fetchone():
        return
    shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
    raise NotAnArchive(
        f"{path} is a SQLite database but not a govarchive archive (it holds {shown}); "
        "nothing was written to it"
    )


def _write_error(path: Path) -> tuple[Path, OSError] | None:
    """What cannot be written (``path``'s folder, or ``path``) and the OS error, if any."""
    import tempfile

    try:
        with tempfile.TemporaryFile(dir=path.parent):
            pass
    except OSError as exc:
        return path.parent, exc
    try:
        if path.exists():
            with open(path, "r+b"):
                pass
    except OSError as exc:
        return path, exc
    return None


def _cannot_write(where: Path, cause: OSError) -> ArchiveError:
    reason = "read-only" if cause.errno == errno.EROFS else (cause.strerror or str(cause))
    return ArchiveReadOnly(f"cannot write {where}: {reason} (the archive folder must be writable)")


def locked_error(path: Path | str | None) -> ArchiveLocked:
    """The one-line error of a write that waited the whole busy timeout for the archive's
    write lock (``database is locked``); ``path`` the database, when known."""
    where = f"{path}: " if path is not None else ""
    return ArchiveLocked(
        f"{where}another process holds the archive's write lock (a crawl, import, merge or "
        f"re-extraction writing to it) and did not let go within {BUSY_TIMEOUT_MS / 1000:g} s; "
        "this command wrote nothing more: run it again when that process is done"
    )


def check_writable(db: Database, path: Path | str | None = None) -> None:
    """Wait (at most the busy timeout) for the archive's write lock and let it go at once: a
    command that writes checks this before it starts, so an archive another writer holds is
    one line before anything is done, not a failure half-way.

    :raises ArchiveLocked: another process kept the lock for the whole busy timeout.
    """
    if db.conn.in_transaction:  # this connection is writing already
        return
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise database_error(path or "the archive", exc) from None
        raise locked_error(path) from None
    db.execute("ROLLBACK")


def database_error(path: Path | str, exc: sqlite3.DatabaseError) -> ArchiveError:
    """The named error for what SQLite said about the archive database ``path``:
    :class:`ArchiveReadOnly`, :class:`ArchiveCorrupt`, or an :class:`ArchiveError`."""
    path = Path(path)
    text = str(exc)
    if any(s in text for s in ("readonly", "unable to open")) and (found := _write_error(path)):
        return _cannot_write(*found)
    if "malformed" in text:
        return ArchiveCorrupt(
            f"{path} is damaged ({text}): restore it from a copy, or rebuild it from its WARC "
            "files with `govarchive rebuild --warcs WARCS --archive NEW`"
        )
    if "not a database" in text or "encrypted" in text:
        return ArchiveCorrupt(f"{path} is not a usable SQLite archive ({text})")
    return ArchiveError(f"{path} is not a usable SQLite archive ({text})")
