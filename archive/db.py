"""Open the archive database: WAL, pragmas, SQL helper functions, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from sqlite_utils import Database

from archive.errors import ArchiveError, ArchiveNotFound
from archive.fold import fold
from archive.migrations import apply_migrations

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
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = Database(path)
            db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            db.enable_wal()
        except sqlite3.DatabaseError as exc:
            raise ArchiveError(f"{path} is not a usable SQLite archive ({exc})") from None
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    register_functions(db)
    try:
        apply_migrations(db)
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        db.close()
        raise ArchiveError(
            f"{path}: another process holds the archive's write lock while this version "
            "needs to upgrade it (an upgrade running elsewhere re-indexes every article and "
            "can take minutes); nothing was changed: run the command again when it is done"
        ) from None
    return db
