"""The crawl recorder: every write a crawl makes to the archive, and the crawl state it reads.

One :class:`CrawlRecorder` per crawl of one site; typed, Scrapy-free (``crawler/session.py``
drives it from the crawl's signals). It owns the site's lock, the archive's SQLite connection
and the crawl's WARC writer, and does its work on a thread of its own, the *archive thread*:
the crawl's reactor hands a page over and goes on. Per-page methods return a
:class:`concurrent.futures.Future` resolved on that thread; the reads a crawl makes once, at
the start, block. :meth:`CrawlRecorder.run` runs any function on the archive thread with its
:class:`~archive.store.ArchiveWriter` (the ingestor stores its articles that way, so every
write of a crawl goes through one connection, in order).

Crash consistency: a record is written to its WARC and flushed before its ``captures`` row is
inserted, so a row never points at bytes that are not in the file. Rows are committed in
batches (once nothing came for :data:`IDLE_COMMIT`, or every :data:`BATCH` jobs or
:data:`BATCH_SECONDS`); a crawl killed between two commits loses rows, never bytes, and the
next crawl of the site restores those rows from the WARC files
(:func:`archive.warcimport.restore_captures`).
"""

from __future__ import annotations

import base64
import errno
import hashlib
import itertools
import logging
import os
import queue
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlite_utils import Database

from archive import db as db_module
from archive import locks
from archive.capture import CaptureRef
from archive.db import archive_paths, begin_at_once, is_busy, open_db
from archive.errors import ArchiveLocked, DiskFull, WritesStopped
from archive.fts import defer_index, flush_index
from archive.history import (
    Recheck,
    archived_rechecks,
    mark_removed,
    mark_seen,
    recheck_candidates,
    resumed_crawls,
)
from archive.resume import Recovery, recover_site
from archive.store import ArchiveWriter
from archive.warcimport import restore_captures
from archive.warcwrite import Exchange, WarcWriter, WrittenRecord

logger = logging.getLogger(__name__)

T = TypeVar("T")
BATCH = 500  # jobs per transaction at most
BATCH_SECONDS = 0.05  # ... and seconds (other writers of the archive wait meanwhile)
IDLE_COMMIT = 0.01  # an open transaction is committed once nothing came for this long
FULL = 13  # SQLITE_FULL: "database or disk is full"
#: seconds the crawl's writes wait for the archive's write lock another process holds (an
#: import, a re-extraction, a database tool's open write transaction) before the crawl stops,
#: unless the crawl's ``GOVARCHIVE_LOCK_WAIT`` setting says otherwise (``CrawlRecorder``)
LOCK_WAIT = db_module.LOCK_WAIT


def utcnow() -> datetime:
    """Naive UTC, as warcio wants it."""
    return datetime.now(UTC).replace(tzinfo=None)


def iso(moment: datetime) -> str:
    """The archive's timestamp format (``2024-03-05T01:00:00Z``) of a naive UTC datetime."""
    return moment.replace(microsecond=0).isoformat() + "Z"


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest of ``body`` (sha1, base32), as warcio writes it."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


@dataclass(frozen=True)
class Recorded:
    """A response as the archive now holds it."""

    capture: CaptureRef  # the row; warc_file/offset name the payload (a revisit's original)
    record_type: str  # "response" or "revisit"
    revisit_profile: str | None  # "server-not-modified", "identical-payload-digest" or None
    warc_bytes: int  # length of the record written


@dataclass(frozen=True)
class ResponseMeta:
    """What a captures row says of a response beyond the WARC record."""

    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    referer: str | None = None


@dataclass(frozen=True)
class StoredCapture:
    """The latest archived response of a URL (a page requisite's earlier capture): its
    validators for a conditional request, and the record a revisit refers to."""

    url: str
    capture_id: int
    etag: str | None
    last_modified: str | None
    record_id: str
    payload_digest: str | None
    fetched_at: str
    warc_file: str
    offset: int


@dataclass(frozen=True)
class _Job:
    fn: Callable[..., Any]
    args: tuple[Any, ...]
    future: Future[Any]
    batch: bool


URGENT, NORMAL, LAST = 0, 1, 2  # job priorities: a response waits for its record, the rest not


class _ArchiveThread:
    """One thread that owns a SQLite connection and runs jobs, batching commits: urgent ones
    (a response waiting for its record) first, the others in the order they came.

    Another process holding the archive's write lock when a batch begins is waited for:
    counted (:attr:`lock_waits`), logged, and left to SQLite's own busy handler
    (``busy_timeout`` = :data:`LOCK_WAIT`), the jobs queueing meanwhile; the batch then runs
    as if nothing happened, so every capture fetched while blocked gets its row.

    A full disk (:func:`disk_full`), or a write lock held past :data:`LOCK_WAIT`
    (:func:`stopped`), is *fatal*: the first one, from a job or a commit, rolls the open
    transaction back, makes the connection read-only (``PRAGMA query_only``), and is handed
    to ``on_fatal``; from then on every job that fails gets that
    :class:`~archive.errors.WritesStopped` (what it really hit is a consequence). Jobs still
    run, so whoever waits for one is answered; only writes fail, at once. The thread itself
    never dies of an error."""

    def __init__(self, name: str, db_path: Path, lock_wait: float | None = None) -> None:
        self._db_path = db_path
        self.lock_wait = LOCK_WAIT if lock_wait is None else lock_wait
        self._jobs: queue.PriorityQueue[tuple[int, int, _Job | None]] = queue.PriorityQueue()
        self._order = itertools.count()
        self._opened: Future[Database] = Future()
        self.fatal: WritesStopped | None = None
        self.on_fatal: Callable[[WritesStopped], None] | None = None
        self.lock_waits = 0  # batches that waited for another process's write lock
        self._soon: list[Callable[[], object]] = []  # see soon()
        self._soon_lock = threading.Lock()
        self._busy = False  # a job taken and its soon() calls not yet run
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def db(self) -> Database:
        """The connection (only to be used on the archive thread); raises if it did not open."""
        return self._opened.result()

    def submit(
        self, fn: Callable[..., T], *args: Any, batch: bool = True, urgent: bool = False
    ) -> Future[T]:
        """Run ``fn(*args)`` on the thread; ``batch``: inside the current batch transaction
        (else after committing it, in autocommit mode: for jobs that open connections of
        their own or take long); ``urgent``: before the jobs that are not."""
        future: Future[T] = Future()
        job = _Job(fn, args, future, batch)
        self._jobs.put((URGENT if urgent else NORMAL, next(self._order), job))
        return future

    def soon(self, fn: Callable[[], object]) -> None:
        """Run ``fn()`` on the thread right after the job it is running, or as a job of its
        own when it is idle: no wake-up of the thread (a queue put, then the caller and the
        thread taking the interpreter lock from each other) while it is busy anyway."""
        with self._soon_lock:
            self._soon.append(fn)
            if self._busy:
                return
        self.submit(lambda: None)  # its end runs what soon() holds

    def pending(self) -> int:
        return self._jobs.qsize()

    def stop(self) -> None:
        self._jobs.put((LAST, next(self._order), None))
        self._thread.join()

    def _run(self) -> None:
        try:
            db = open_db(self._db_path)
        except BaseException as exc:  # noqa: BLE001 (handed to whoever waits for the db)
            self._opened.set_exception(exc)
            return
        try:
            db.execute(f"PRAGMA busy_timeout = {int(self.lock_wait * 1000)}")
        except sqlite3.Error as exc:  # the default timeout stays
            logger.debug("Archive busy timeout not set: %s", exc)
        self._opened.set_result(db)
        pending, started = 0, 0.0
        try:
            while True:
                try:
                    _, _, job = self._jobs.get(
                        timeout=IDLE_COMMIT if db.conn.in_transaction else None
                    )
                except queue.Empty:
                    self._commit(db)
                    continue
                if job is None:
                    break
                with self._soon_lock:
                    self._busy = True
                if not job.future.set_running_or_notify_cancel():
                    self._run_soon()
                    continue
                if not job.batch:
                    self._commit(db)
                elif not db.conn.in_transaction and self.fatal is None:
                    self._begin(db)
                    pending, started = 0, time.monotonic()
                try:
                    result = job.fn(*job.args)
                except BaseException as exc:  # noqa: BLE001 (the caller sees it)
                    job.future.set_exception(self.failed(db, exc))
                else:
                    job.future.set_result(result)
                self._run_soon()
                pending += 1
                if not job.batch or pending >= BATCH or time.monotonic() - started > BATCH_SECONDS:
                    self._commit(db)
        finally:
            self._commit(db)
            try:
                db.close()
            except sqlite3.Error as exc:
                logger.warning("Closing the archive database: %s", exc)

    def _begin(self, db: Database) -> None:
        """Begin a batch: ``BEGIN IMMEDIATE`` (the write lock now: no busy snapshot, and no
        write of the batch can meet a busy lock after it). Tried without waiting first, so
        that a lock another process holds is seen, counted and logged; then SQLite's busy
        handler waits for it (at most :data:`LOCK_WAIT`). Past that the lock is fatal."""
        try:
            if not self._begin_at_once(db):
                self.lock_waits += 1
                logger.warning(
                    "Another process holds the archive's write lock (an import, a "
                    "re-extraction, a database tool's open write transaction): the crawl's "
                    "writes wait for it, at most %g s", self.lock_wait,
                )  # fmt: skip
                waited = time.monotonic()
                db.conn.execute("BEGIN IMMEDIATE")  # SQLite's busy handler waits
                logger.warning("The archive's write lock was let go after %.1f s: the "
                               "crawl's writes go on", time.monotonic() - waited)  # fmt: skip
            defer_index(db)  # full-text entries: one write a batch, at its commit
        except sqlite3.Error as exc:  # the job still runs (its writes will say)
            logger.warning("Archive transaction not begun: %s", self.failed(db, exc))

    # ``BEGIN IMMEDIATE`` without waiting (the one-shot writers' too); a seam for the tests
    _begin_at_once = staticmethod(begin_at_once)

    def _run_soon(self) -> None:
        """What soon() was given while a job ran, in its batch transaction; then idle."""
        while True:
            with self._soon_lock:
                calls, self._soon = self._soon, []
                if not calls:
                    self._busy = False
                    return
            for fn in calls:
                try:
                    fn()
                except Exception:  # noqa: BLE001 (its owner answers its own callers)
                    logger.exception("A call on the archive thread failed")

    def _commit(self, db: Database) -> None:
        if not db.conn.in_transaction:
            defer_index(db, on=False)
            return
        try:
            flush_index(db)
            defer_index(db, on=False)
            db.conn.commit()
        except sqlite3.Error as exc:  # the batch is lost: its records are in the WARC
            self._rollback(db)
            if self.failed(db, exc) is exc:
                logger.error("Archive commit failed: %s", exc)

    def failed(self, db: Database, exc: BaseException) -> BaseException:
        """What a job that raised ``exc`` reports; a first full disk or write lock held past
        the wait is made fatal: a database error loses its open batch (SQLite's advice: roll
        back), a full WARC disk keeps it (rows of whole records), then the connection turns
        read-only."""
        if self.fatal is not None:
            return self.fatal if isinstance(exc, OSError | sqlite3.Error) else exc
        fatal = stopped(exc, self._db_path, self.lock_wait)
        if fatal is None:
            return exc
        self.fatal = fatal
        if isinstance(exc, sqlite3.Error):
            self._rollback(db)
        else:
            self._commit(db)
        try:
            db.execute("PRAGMA query_only = ON")  # nothing more is written; reads still work
        except sqlite3.Error:
            pass
        logger.warning("%s: the archive stops writing", fatal)  # the crawl says it, once
        if self.on_fatal is not None:
            try:
                self.on_fatal(fatal)
            except Exception:  # noqa: BLE001 (a listener's bug must not stop this thread)
                logger.exception("The archive's stop listener failed")
        return fatal

    @staticmethod
    def _rollback(db: Database) -> None:
        defer_index(db, on=False)  # the queue rolls back with the rest
        try:
            if db.conn.in_transaction:
                db.conn.rollback()
        except sqlite3.Error:
            pass


class _Guarded:
    """An :class:`ArchiveWriter` whose calls report a full disk as the archive thread does
    (the ingestor stores through it, inside jobs that catch their own errors)."""

    def __init__(self, writer: ArchiveWriter, thread: _ArchiveThread) -> None:
        self._writer = writer
        self._thread = thread

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._writer, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return attr(*args, **kwargs)
            except (OSError, sqlite3.Error) as exc:
                raise self._thread.failed(self._writer.db, exc) from exc

        return call


def stopped(
    exc: BaseException, db_path: Path, lock_wait: float | None = None
) -> WritesStopped | None:
    """``exc`` as the error that stops a crawl's writes: a full disk (:func:`disk_full`), or
    SQLite's "database is locked" once the busy handler waited ``lock_wait`` (default
    :data:`LOCK_WAIT`) for another process's write lock (:class:`ArchiveLocked`); else None."""
    if isinstance(exc, WritesStopped):
        return exc
    if not is_busy(exc):
        return disk_full(exc, db_path)
    wait = LOCK_WAIT if lock_wait is None else lock_wait
    found = ArchiveLocked(
        f"{db_path}: another process held the archive's write lock for more than {wait:g} s "
        "(an import, a re-extraction, a merge, or a database tool's open write transaction)"
    )
    found.__cause__ = exc
    return found


def stop_reason(error: WritesStopped) -> tuple[str, str]:
    """The finish reason and crawl status of a crawl ``error`` stopped: ``disk_full`` and
    ``failed``; ``archive_locked`` and ``interrupted`` (resumed by the next crawl)."""
    if isinstance(error, ArchiveLocked):
        return "archive_locked", "interrupted"
    return "disk_full", "failed"


def disk_full(exc: BaseException, db_path: Path) -> DiskFull | None:
    """``exc`` as a :class:`DiskFull` when it says the disk is full (ENOSPC, EDQUOT,
    SQLite's SQLITE_FULL), else None."""
    if isinstance(exc, DiskFull):
        return exc
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        where = f"cannot write {exc.filename}" if exc.filename else "cannot write the archive"
        found = DiskFull(exc.errno, f"{exc.strerror or 'No space left on device'}: {where}")
    elif isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == FULL:
        found = DiskFull(errno.ENOSPC, f"No space left on device: cannot write {db_path} ({exc})")
    else:
        return None
    found.__cause__ = exc
    return found


class CrawlRecorder:
    """See the module docstring. Open it step by step, in the order of the methods below."""

    def __init__(
        self, archive_dir: Path | str, site_id: str, lock_wait: float | None = None
    ) -> None:
        self.archive_dir = Path(archive_dir).resolve()
        self.site_id = site_id
        #: seconds the crawl's writes wait for another process's write lock (the crawl's
        #: ``GOVARCHIVE_LOCK_WAIT``); None: :data:`LOCK_WAIT`
        self.lock_wait = lock_wait
        self.paths = archive_paths(self.archive_dir)
        self.crawl_id: int | None = None
        self._lock: locks.SiteLock | None = None
        self._thread: _ArchiveThread | None = None
        self._fatal_at_close: WritesStopped | None = None
        self._lock_waits_at_close = 0
        self._writer: ArchiveWriter | None = None
        self._warc: WarcWriter | None = None
        self._warc_files: list[str] | None = None  # closed before finish (close_warc)
        self._indexing: tuple[list[str], subprocess.Popen[str]] | None = None
        self._index_lock = threading.Lock()  # index_written and index_soon: one process
        self._relative: dict[Path, str] = {}

    @property
    def writer(self) -> ArchiveWriter:
        """The recorder's writer, for code that runs on the archive thread (:meth:`run`): a
        full disk (or lock held past the wait) met through it is fatal, as in a job, and
        raises :class:`~archive.errors.WritesStopped`."""
        if self._writer is None or self._thread is None:
            raise RuntimeError("the crawl recorder is not open")
        return _Guarded(self._writer, self._thread)  # type: ignore[return-value]

    # --- opening, step by step --------------------------------------------------------------

    def lock(self) -> None:
        """Take the site's lock (:mod:`archive.locks`).

        :raises archive.locks.SiteBusy: another crawl of the site holds it.
        """
        for folder in (self.paths.warcs, self.paths.logs):
            folder.mkdir(parents=True, exist_ok=True)
        self._lock = locks.acquire(self.archive_dir, self.site_id)

    def open(self) -> None:
        """Start the archive thread and open (create, upgrade) the database on it."""
        self._thread = _ArchiveThread(f"govarchive-archive-{self.site_id}", self.paths.db,
                                      self.lock_wait)  # fmt: skip
        self._writer = ArchiveWriter(self._thread.db())

    def recover(self, is_article_url: Callable[[str], bool]) -> Recovery:
        """Finish what killed crawls of the site left (:mod:`archive.resume`)."""
        return self._call(
            lambda w: recover_site(w.db, self.archive_dir, self.site_id, is_article_url)
        )

    def start(self, profile: Any, software: str, settings: dict[str, Any]) -> int:
        """Record the site (its profile) and the crawl as running; return the crawl id."""

        def start(writer: ArchiveWriter) -> int:
            writer.upsert_site(profile)
            return writer.start_crawl(self.site_id, software, settings)

        self.crawl_id = self._call(start)
        return self.crawl_id

    def set_log_file(self, path: Path) -> None:
        """Name the crawl's log file (relative to the archive folder) on its crawl row."""
        name = self.relative(path)
        self._call(lambda w: w.set_crawl_log(self._crawl(), name))

    def rechecks(self, days: int, now: datetime) -> list[Recheck]:
        """Archived articles to re-check (published within ``days``), except those a killed
        crawl being resumed just fetched."""

        def find(writer: ArchiveWriter) -> list[Recheck]:
            skip = resumed_crawls(writer.db, self.site_id)
            return recheck_candidates(writer.db, self.site_id, days, now, skip_crawls=skip)

        return self._call(find)

    def known_article_urls(self) -> set[str]:
        return self._call(lambda w: w.known_article_urls(self.site_id))

    def archived_rechecks(self) -> dict[str, Recheck]:
        """Every archived article of the site as a :class:`Recheck`, by URL (blocks)."""
        return self._call(lambda w: archived_rechecks(w.db, self.site_id))

    def stored_capture(self, url: str) -> Future[StoredCapture | None]:
        """The site's latest ``200`` response record of ``url``, if the archive holds one."""
        return self._submit(self._stored_capture, url)

    def open_warc(self, prefix: str, max_size: int, warcinfo: dict[str, str]) -> None:
        """The crawl's WARC writer: ``warcs/<site>/<prefix>-NNNNN.warc.gz``."""
        folder = self.paths.warcs / self.site_id
        folder.mkdir(parents=True, exist_ok=True)
        self._warc = WarcWriter(folder, prefix, max_size=max_size, warcinfo=warcinfo)

    # --- per page ----------------------------------------------------------------------------

    def record_response(
        self,
        exchange: Exchange,
        meta: ResponseMeta,
        *,
        recheck: Recheck | StoredCapture | None,
        dedup: bool,
    ) -> Future[Recorded]:
        """Write a response to WARC (a revisit record for a 304 to a conditional request made
        with ``recheck``'s validators, or for a 200
        whose payload an earlier capture of the URL holds, when ``dedup``), flush it, then
        insert its captures row."""
        if self._thread is None:
            raise RuntimeError("the crawl recorder is not open")
        return self._thread.submit(self._record_response, exchange, meta, recheck, dedup,
                                   urgent=True)  # fmt: skip

    @property
    def fatal(self) -> WritesStopped | None:
        """The full disk (or write lock held past the wait) that stopped the archive's
        writes, if one did."""
        if self._thread is None:
            return self._fatal_at_close
        return self._thread.fatal

    @property
    def lock_waits(self) -> int:
        """How many times the crawl's writes waited for another process's write lock."""
        if self._thread is None:
            return self._lock_waits_at_close
        return self._thread.lock_waits

    def on_fatal(self, listener: Callable[[WritesStopped], None]) -> None:
        """Call ``listener(error)`` (on the archive thread) when the archive first stops
        taking writes (a full disk, a write lock held past the wait)."""
        if self._thread is None:
            raise RuntimeError("the crawl recorder is not open")
        self._thread.on_fatal = listener

    def pending(self) -> int:
        """Jobs queued on the archive thread and not done yet."""
        return self._thread.pending() if self._thread is not None else 0

    def record_error(self, url: str, method: str, error: str, referer: str | None) -> Future[int]:
        """A download that failed (DNS, refused, timeout): a captures row with an error."""
        fields = {"url": url, "method": method, "status": None, "fetched_at": iso(utcnow()),
                  "error": error, "referer": referer}  # fmt: skip
        return self._submit(self._add_capture, fields)

    def add_failure(self, url: str, reason: str, detail: str = "") -> Future[None]:
        return self.run(lambda w: w.add_failure(self.crawl_id, self.site_id, url, reason, detail))

    def mark_seen(self, recheck: Recheck, capture_id: int | None, at: str) -> Future[bool]:
        """A re-checked article is unchanged; True when it had been removed (restored)."""
        return self.run(
            lambda w: mark_seen(w.db, recheck.article_id, self.crawl_id, capture_id, at)
        )

    def mark_removed(
        self, recheck: Recheck, capture_id: int | None, at: str, reason: str
    ) -> Future[bool]:
        """A re-checked article is gone; True when it was not removed before."""
        return self.run(
            lambda w: mark_removed(w.db, recheck.article_id, self.crawl_id, capture_id, at, reason)
        )

    def soon(self, fn: Callable[[], object]) -> None:
        """Run ``fn()`` on the archive thread after its current job (see
        :meth:`_ArchiveThread.soon`): for work that needs no answer and no wake-up."""
        if self._thread is None:
            raise RuntimeError("the crawl recorder is not open")
        self._thread.soon(fn)

    def run(self, fn: Callable[[ArchiveWriter], T]) -> Future[T]:
        """Run ``fn(writer)`` on the archive thread, in order with every other write."""
        if self._writer is None:
            raise RuntimeError("the crawl recorder is not open")
        return self._submit(fn, self._writer)

    # --- closing -----------------------------------------------------------------------------

    def finish(self, status: str, stats: dict[str, Any], removed: int) -> list[str]:
        """Close the WARC writer and the crawl row; return the crawl's WARC files (relative).

        After a full disk the row is still tried (space may have been freed since; SQLite
        writes all of it or nothing). A disk that filled after the crawl chose ``status``
        (at a commit on this thread while the crawl was closing, before this row: a matter
        of timing) makes the row ``failed``, ``finish_reason`` ``disk_full`` and
        ``govarchive/fatal`` the error, as the crawl's exit code and summary say: the row
        never says ``finished`` for a crawl whose writes a full disk stopped. A write lock
        held past the wait makes it ``interrupted`` (``archive_locked``), as a killed crawl's:
        the next crawl of the site resumes it (:mod:`archive.resume`).

        :raises WritesStopped: the row could not be written: the crawl stays marked
            ``running`` until the next crawl of the site or ``verify --repair`` closes it.
        """
        files = self.close_warc()

        def finish(writer: ArchiveWriter) -> None:
            row_status, row_stats = status, stats
            if self.fatal is not None:  # rows a lost batch held: from the WARC, as on resume
                writer.db.execute("PRAGMA query_only = OFF")
                restore_captures(writer.db, self.archive_dir, self.site_id, self._crawl())
                reason, stop_status = stop_reason(self.fatal)
                if status not in ("failed", stop_status):  # stopped after the status was chosen
                    row_status = stop_status
                    row_stats = stats | {"finish_reason": reason,
                                         "govarchive/fatal": str(self.fatal)}  # fmt: skip
            with writer.transaction():
                writer.finish_crawl(self._crawl(), row_status, row_stats, files)
                writer.set_crawl_removed(self._crawl(), removed)

        try:
            self._call(finish)
        except (OSError, sqlite3.Error) as exc:
            fatal = stopped(exc, self.paths.db, self._thread.lock_wait if self._thread else None)
            if fatal is None:
                raise
            raise fatal from exc
        return files

    def close_warc(self) -> list[str]:
        """Close the crawl's WARC writer (after every record queued before) and return its
        files (relative); the same files again once closed. No response may be recorded
        after this: a crawl closes it once its downloader is closed (:meth:`index_soon`)."""
        if self._warc is not None:
            warc = self._warc
            try:  # after the records queued before (they read self._warc on the thread)
                self._call(lambda _: warc.close())
            except OSError as exc:  # not renamed: left .open, for verify --repair
                # a full disk is the crawl's to say, once (on_fatal): here a consequence
                level = logging.WARNING if isinstance(exc, WritesStopped) else logging.ERROR
                logger.log(level, "WARC %s could not be closed: %s", warc.files[-1:], exc)
            self._warc_files = [self.relative(p) for p in warc.files]
            self._warc = None
        return list(self._warc_files or [])

    def index_soon(self) -> None:
        """Close the WARC writer and write the CDXJ indexes of its files in a process of
        their own (``python -m archive.cdx``), while the crawl's ingest finishes: that
        wait is spent on the extraction workers, one core or none, and the index is the
        last thing a crawl does. :meth:`index_warcs` collects it (and indexes here whatever
        it did not)."""
        self._start_indexing(self.close_warc())

    def index_written(self) -> None:
        """Close the WARC file being written (a response recorded later opens the next
        one: :meth:`WarcWriter.roll <archive.warcwrite.WarcWriter.roll>`) and index the
        closed files as :meth:`index_soon` does. A crawl calls this once its fetching has
        ended, so that the index is written while the crawl's last pages are extracted,
        not after (:meth:`index_warcs` indexes here a file opened later)."""
        warc = self._warc
        if warc is None or self._indexing is not None:
            return
        try:  # after the records queued before, like close_warc
            self._call(lambda _: warc.roll())
        except OSError as exc:  # the file stays open: indexed at the end, after its close
            logger.debug("WARC not rolled at the end of fetching: %s", exc)
            return
        self._start_indexing([self.relative(p) for p in warc.files])

    def _start_indexing(self, names: list[str]) -> None:
        files = [name for name in names if name.endswith((".warc.gz", ".warc"))]
        with self._index_lock:
            if files and self._indexing is None:
                self._indexing = self._index_apart(files)

    def _index_apart(self, files: list[str]) -> tuple[list[str], subprocess.Popen[str]] | None:
        paths = [str(self.archive_dir / name) for name in files]
        code = "import sys; from archive.cdx import main; sys.exit(main(sys.argv[1:]))"
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        try:  # run from the WARCs' folder: an ``archive`` folder in the working directory
            # would otherwise stand for the package (a namespace package)
            process = subprocess.Popen(
                [sys.executable, "-c", code, *paths], cwd=Path(paths[0]).parent, env=env,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            )  # fmt: skip
        except OSError as exc:  # indexed at the end instead
            logger.debug("CDXJ indexing not started apart: %s", exc)
            return None
        return files, process

    def close(self) -> None:
        """Commit, stop the archive thread, close the database, release the site's lock."""
        if self._thread is not None:
            self._thread.stop()
            self._fatal_at_close = self._thread.fatal  # the last commit may be the one
            self._lock_waits_at_close = self._thread.lock_waits
            self._thread = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def index_warcs(self, files: list[str]) -> None:
        """A CDXJ index beside each closed WARC (:mod:`archive.cdx`)."""
        from archive.cdx import index_path, index_warc

        done: set[str] = set()
        if self._indexing is not None:  # started by index_soon: its written indexes
            started, process = self._indexing
            self._indexing = None
            out, err = process.communicate()
            for name in started:
                if (self.archive_dir / name).as_posix() in out.splitlines():
                    done.add(name)
                    logger.info("CDXJ index %s written", index_path(Path(name)).name)
            if err.strip():
                logger.debug("CDXJ indexing apart: %s", err.strip()[-2000:])
        for name in files:
            if name in done:
                continue
            try:
                index_warc(self.archive_dir / name)
            except ImportError:
                logger.debug("cdxj-indexer is not installed: no CDXJ indexes")
                return
            except Exception as exc:  # noqa: BLE001 (an index can be rebuilt; the WARC is safe)
                logger.warning("No CDXJ index for %s: %s", name, exc)

    def relative(self, path: Path) -> str:
        name = self._relative.get(path)
        if name is None:  # resolved once a file: every record of a WARC file names it
            name = Path(path).resolve().relative_to(self.archive_dir).as_posix()
            self._relative[path] = name
        return name

    # --- on the archive thread ---------------------------------------------------------------

    def _record_response(
        self,
        exchange: Exchange,
        meta: ResponseMeta,
        recheck: Recheck | StoredCapture | None,
        dedup: bool,
    ) -> Recorded:
        warc = self._warc
        if warc is None:
            raise RuntimeError("the crawl's WARC writer is not open")
        original: tuple[str, str, str, int] | None = None
        written: WrittenRecord | None = None
        digest = profile = None
        if exchange.status == 304 and recheck is not None and recheck.record_id:
            digest, profile = recheck.payload_digest, "server-not-modified"
            written = warc.write_revisit(
                exchange, recheck.record_id, recheck.url,
                recheck.fetched_at or iso(exchange.fetched_at), profile, payload_digest=digest,
            )  # fmt: skip
        elif dedup and exchange.status == 200 and exchange.body:
            digest = payload_digest(exchange.body)
            original = self._earlier_copy(exchange.url, digest)
            if original is not None:
                profile = "identical-payload-digest"
                written = warc.write_revisit(
                    exchange, original[0], exchange.url, original[1], profile,
                    payload_digest=digest,
                )  # fmt: skip
        if written is None:
            written = warc.write_exchange(exchange)
        warc_file = self.relative(written.warc_file)
        fetched_at = iso(exchange.fetched_at)
        capture_id = self._add_capture(
            {
                "url": exchange.url,
                "method": exchange.method,
                "status": exchange.status,
                "fetched_at": fetched_at,
                "content_type": meta.content_type,
                "content_length": len(exchange.body),
                "payload_digest": digest or written.payload_digest,
                "etag": meta.etag or (recheck.etag if recheck else None),
                "last_modified": meta.last_modified or (recheck.last_modified if recheck else None),
                "warc_file": warc_file,
                "warc_offset": written.offset,
                "warc_length": written.length,
                "warc_record_id": written.record_id,
                "record_type": written.record_type,
                "error": None,
                "referer": meta.referer,
            }
        )
        capture = CaptureRef(
            capture_id=capture_id,
            url=exchange.url,
            fetched_at=fetched_at,
            crawl_id=self.crawl_id,
            warc_file=original[2] if original else warc_file,
            offset=original[3] if original else written.offset,
            revisit=written.record_type == "revisit",
            written=_written(exchange, written),
        )
        return Recorded(capture, written.record_type, profile, written.length)

    def _stored_capture(self, url: str) -> StoredCapture | None:
        assert self._writer is not None
        row = self._writer.db.execute(
            "SELECT id, etag, last_modified, warc_record_id, payload_digest, fetched_at, "
            "warc_file, warc_offset FROM captures WHERE url = ? AND site_id = ? AND status = 200 "
            "AND record_type = 'response' AND warc_record_id IS NOT NULL ORDER BY id DESC LIMIT 1",
            [url, self.site_id],
        ).fetchone()
        return None if row is None else StoredCapture(url, *row)

    def _earlier_copy(self, url: str, digest: str) -> tuple[str, str, str, int] | None:
        assert self._writer is not None
        return self._writer.earlier_response(url, digest)

    def _add_capture(self, fields: dict[str, Any]) -> int:
        assert self._writer is not None
        return self._writer.add_capture(crawl_id=self._crawl(), site_id=self.site_id, **fields)

    # --- plumbing ----------------------------------------------------------------------------

    def _crawl(self) -> int:
        if self.crawl_id is None:
            raise RuntimeError("the crawl has not started")
        return self.crawl_id

    def _submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        if self._thread is None:
            raise RuntimeError("the crawl recorder is not open")
        return self._thread.submit(fn, *args)

    def _call(self, fn: Callable[[ArchiveWriter], T]) -> T:
        """Run ``fn(writer)`` on the archive thread outside any batch, and wait."""
        if self._thread is None or self._writer is None:
            raise RuntimeError("the crawl recorder is not open")
        return self._thread.submit(fn, self._writer, batch=False).result()


def _written(exchange: Exchange, written: WrittenRecord) -> tuple[bytes, bytes] | None:
    """A response record's HTTP header block and payload as just written, for the extraction
    workers (``CaptureRef.written``): what reading the record back would parse, without the
    read. Only a response record of an http(s) URL (warcio parses HTTP headers of no other)."""
    if written.http_head is None or written.record_type != "response":
        return None
    if not exchange.url.startswith(("http:", "https:")):
        return None
    return written.http_head, exchange.body

