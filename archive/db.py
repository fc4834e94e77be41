"""Open the archive database: WAL, pragmas, SQL helper functions, migrations."""

from __future__ import annotations

import errno
import logging
import math
import os
import sqlite3
import time
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

logger = logging.getLogger(__name__)

DB_NAME = "archive.db"
#: seconds a write waits for the archive's write lock another process holds (a crawl's batch,
#: an import, a re-extraction, a merge, a database tool's open write transaction) before it
#: gives up: the default of ``GOVARCHIVE_LOCK_WAIT`` (crawls: the Scrapy setting; commands:
#: ``--lock-wait`` or the environment variable; see docs/settings.md)
LOCK_WAIT = 120.0
LOCK_WAIT_ENV = "GOVARCHIVE_LOCK_WAIT"
_lock_wait: float | None = None  # set_lock_wait(): this process's wait, over the environment
_lock_waits = 0  # begin_write() calls of this process that found the lock held and waited


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
    timeout of :func:`lock_wait`, and has every pending migration applied. ``":memory:"``
    opens a private in-memory database (for tests).

    :raises ArchiveNotFound: ``create`` is false and ``path`` does not exist.
    :raises ArchiveError: a bad ``$GOVARCHIVE_LOCK_WAIT`` (see :func:`lock_wait`).
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
        wait_ms = busy_timeout_ms()  # (a bad $GOVARCHIVE_LOCK_WAIT: one line, nothing opened)
        try:
            db = Database(path)
            db.execute(f"PRAGMA busy_timeout = {wait_ms}")
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


def parse_lock_wait(value: object, name: str = LOCK_WAIT_ENV) -> float:
    """``value`` (a number, or its text) as a lock wait in seconds: finite, 0 or more.

    :raises ArchiveError: anything else, in one line naming ``name``.
    """
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = math.nan
    if not math.isfinite(seconds) or seconds < 0:
        raise ArchiveError(
            f"{name} must be a number of seconds, 0 or more (how long a write waits for "
            f"another writer's lock on the archive), not {value!r}"
        )
    return seconds


def set_lock_wait(seconds: float | None) -> None:
    """This process's lock wait (``--lock-wait``), over ``$GOVARCHIVE_LOCK_WAIT``; None: back
    to the environment (else :data:`LOCK_WAIT`). Connections opened after it use it."""
    global _lock_wait
    _lock_wait = None if seconds is None else parse_lock_wait(seconds)


def lock_wait() -> float:
    """Seconds a write waits for another process's write lock: :func:`set_lock_wait`, else
    ``$GOVARCHIVE_LOCK_WAIT``, else :data:`LOCK_WAIT`.

    :raises ArchiveError: a bad ``$GOVARCHIVE_LOCK_WAIT``.
    """
    if _lock_wait is not None:
        return _lock_wait
    env = os.environ.get(LOCK_WAIT_ENV, "").strip()
    return parse_lock_wait(env) if env else LOCK_WAIT


def busy_timeout_ms() -> int:
    """:func:`lock_wait` as SQLite's ``busy_timeout`` (milliseconds)."""
    return int(lock_wait() * 1000)


def lock_waits() -> int:
    """How many times this process's writes found another writer's lock and waited for it
    (:func:`begin_write`): a command's summary says it."""
    return _lock_waits


def reset_lock_waits() -> None:
    """Count :func:`lock_waits` from 0 again (a new command line in the same process)."""
    global _lock_waits
    _lock_waits = 0


def locked_error(path: Path | str | None, seconds: float | None = None) -> ArchiveLocked:
    """The one-line error of a write that waited the whole lock wait (``seconds``, default
    :func:`lock_wait`) for the archive's write lock; ``path`` the database, when known."""
    where = f"{path}: " if path is not None else ""
    wait = lock_wait() if seconds is None else seconds
    return ArchiveLocked(
        f"{where}another process holds the archive's write lock (a crawl, import, merge or "
        f"re-extraction writing to it) and did not let go within {wait:g} s "
        f"(--lock-wait, ${LOCK_WAIT_ENV}); this command wrote nothing more: run it again when "
        "that process is done"
    )


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` is SQLite's SQLITE_BUSY ("database is locked", any extended code)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(exc, sqlite3.OperationalError) and code is not None:
        return code & 0xFF == 5
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def begin_at_once(db: Database) -> bool:
    """``BEGIN IMMEDIATE`` without waiting; False when another connection holds the write
    lock. The connection's busy timeout is kept.

    :raises sqlite3.OperationalError: any other failure to begin.
    """
    (wait_ms,) = db.execute("PRAGMA busy_timeout").fetchone()
    db.execute("PRAGMA busy_timeout = 0")
    try:
        db.conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise
        return False
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    return True


def begin_write(db: Database, path: Path | str | None = None) -> None:
    """``BEGIN IMMEDIATE``: take the archive's write lock, waiting for another writer as a
    crawl does (:mod:`archive.recorder`). Tried at once first, so that a lock another process
    holds is seen: counted (:func:`lock_waits`) and said once a process (a WARNING of this
    module's logger naming who holds it, when the lock files in ``locks/`` tell), then
    waited for (SQLite's busy handler, at most :func:`lock_wait`).

    :raises ArchiveLocked: the lock was held the whole wait; nothing was begun.
    """
    global _lock_waits
    seconds = lock_wait()
    if path is None:  # the connection's own file (empty for an in-memory database)
        path = db.execute("PRAGMA database_list").fetchone()[2] or None
    db.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
    try:
        if begin_at_once(db):
            return
    except sqlite3.OperationalError as exc:
        raise database_error(path or "the archive", exc) from None
    _lock_waits += 1
    level = logging.WARNING if _lock_waits == 1 else logging.DEBUG
    logger.log(level, "waiting for another writer of the archive to let go of its write "
               "lock%s, at most %g s", _holders(path), seconds)  # fmt: skip
    waited = time.monotonic()
    try:
        db.conn.execute("BEGIN IMMEDIATE")  # SQLite's busy handler waits
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise database_error(path or "the archive", exc) from None
        raise locked_error(path, seconds) from None
    logger.debug("The archive's write lock was let go after %.1f s", time.monotonic() - waited)


def _holders(path: Path | str | None) -> str:
    """`` (writing now, by the archive's lock files: ...)``: the other processes the lock
    files of the archive of database
    ``path`` name (crawls and imports of a site, commands announced); empty if none."""
    if path is None or str(path) == ":memory:":
        return ""
    from archive import locks

    try:
        found = locks.holders(Path(path).parent)
    except OSError:
        return ""
    return f" (writing now, by the archive's lock files: {'; '.join(found)})" if found else ""


def check_writable(db: Database, path: Path | str | None = None) -> None:
    """Wait (at most :func:`lock_wait`, as :func:`begin_write`) for the archive's write lock
    and let it go at once: a command that writes checks this before it starts, so an
    archive another writer holds is one line before anything is done, not a failure half-way.

    :raises ArchiveLocked: another process kept the lock for the whole wait.
    """
    if db.conn.in_transaction:  # this connection is writing already
        return
    begin_write(db, path)
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
