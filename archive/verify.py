"""Check an archive against its WARC files, and recover WARCs left open by a killed crawl.

:func:`verify_archive` reads every WARC record of the archive (``warcio check`` level: each
record parses, its block and payload digests match), then checks that every ``captures`` row
resolves to the record it names (file, offset, length, record id, URL, payload digest), that
every article points at an existing capture and every crawl's files exist. Anything wrong is a
:class:`Problem`; the report is ``ok`` only when there is none.

A crawl killed while writing leaves ``<name>.warc.gz.open``. :func:`recover_leftovers` (called
when the next crawl of the site opens) and ``verify --repair`` keep every whole record, cut off
a partial one, rename the file and mark the crawl ``interrupted``. They never touch the file
of a crawl whose process is still running, and never cut a record a capture row points to.
``verify --repair`` also seals a closed file that ends in a torn record no row points into
(the cut bytes kept beside it, ``<name>.torn``), and closes a crawl still marked ``running``
while no crawl of its site runs (killed, or unable to write its end on a full disk).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlite_utils import Database

from archive import locks
from archive.cdx import WARC_SUFFIXES, index_warc, missing_indexes
from archive.db import DB_NAME, archive_paths, database_error, open_db
from archive.errors import ArchiveError, ArchiveNotFound
from archive.warcread import OPEN_SUFFIX, RawRecord, WarcReadError, iter_records, read_record
from archive.warcrecover import RecoveryReport, SealReport, recover_open_file, seal_torn_file

logger = logging.getLogger(__name__)

__all__ = ["Problem", "RecoveryReport", "VerifyReport", "recover_leftovers", "verify_archive"]


@dataclass(frozen=True)
class Problem:
    """One thing wrong: ``kind`` is a short key (``digest``, ``unresolvable_capture``, ...)."""

    kind: str
    where: str
    detail: str

    def __str__(self) -> str:
        return f"[{self.kind}] {self.where}: {self.detail}"


class _Rec(NamedTuple):
    record_id: str | None
    length: int
    record_type: str
    uri: str | None
    payload_digest: str | None


@dataclass
class FileCheck:
    """One WARC file: its records by type and whether its end was whole."""

    path: str  # relative to the archive folder
    records: Counter[str] = field(default_factory=Counter)
    ok: bool = True
    tail_offset: int | None = None  # where an unreadable tail begins


@dataclass
class VerifyReport:
    archive: Path
    files: list[FileCheck] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    recovered: list[RecoveryReport] = field(default_factory=list)
    sealed: list[SealReport] = field(default_factory=list)  # torn tails cut off (--repair)
    closed: list[int] = field(default_factory=list)  # unfinished crawls closed (--repair)
    in_use: list[str] = field(default_factory=list)  # .open files of running crawls
    indexes_written: list[str] = field(default_factory=list)
    missing_indexes: list[str] = field(default_factory=list)
    captures_checked: int = 0
    captures_imported: int = 0  # a shard's references to central records (not checked here)
    articles_checked: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def records(self) -> int:
        return sum(sum(f.records.values()) for f in self.files)


def target_uri(record: RawRecord) -> str:
    """WARC-Target-URI without the angle brackets wget writes around it (WARC/1.0 era)."""
    uri = (record.target_uri or "").strip()
    return uri[1:-1] if uri.startswith("<") and uri.endswith(">") else uri


# --- recovery ---------------------------------------------------------------------------------


def _crawl_of(db: Database | None, path: Path) -> dict[str, Any] | None:
    """The crawl row of a govarchive WARC file (named ``<site>-<crawl:05d>-<time>-<n>``)."""
    if db is None:
        return None
    parts = path.name.split("-")
    if len(parts) < 4 or not parts[-3].isdigit():
        return None
    site = "-".join(parts[:-3])
    cursor = db.execute("SELECT * FROM crawls WHERE id = ? AND site_id = ?", [int(parts[-3]), site])
    row = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], row, strict=True)) if row else None


def _running(crawl: dict[str, Any] | None) -> bool:
    """True when the crawl is marked running by a process that is still alive on this host."""
    if crawl is None or crawl["status"] != "running":
        return False
    settings = json.loads(crawl["settings_json"] or "{}")
    pid, host = settings.get("pid"), settings.get("host")
    if not pid or host != socket.gethostname() or pid == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _open_db(archive_dir: Path) -> Database | None:
    db_path = archive_paths(archive_dir).db
    return open_db(db_path, create=False) if db_path.is_file() else None


def _recover(
    db: Database | None, root: Path, path: Path, problems: list[Problem], by: str
) -> RecoveryReport | None:
    """Recover one leftover ``.open`` file unless that would cut a record a row points to."""
    final_rel = path.with_name(path.name[: -len(OPEN_SUFFIX)]).relative_to(root).as_posix()
    records = iter_records(path)
    for _ in records:
        pass
    if records.tail_offset is not None and db is not None:
        cut = db.execute(
            "SELECT id, warc_offset FROM captures WHERE warc_file IN (?, ?) "
            "AND warc_offset + warc_length > ? ORDER BY warc_offset",
            [final_rel, final_rel + OPEN_SUFFIX, records.tail_offset],
        ).fetchall()
        if cut:
            problems.append(Problem(
                "unrecoverable", final_rel + OPEN_SUFFIX,
                f"{records.tail_error}; capture {cut[0][0]} points past it: not cut, "
                "restore the file from a copy",
            ))  # fmt: skip
            return None
    report = recover_open_file(path)
    crawl = _crawl_of(db, report.path)
    if db is not None and crawl is not None and crawl["status"] == "running":
        from archive.resume import close_unfinished  # lazy: resume imports this module's users

        close_unfinished(db, root, crawl["site_id"], crawl["id"], by, extra={
            "recovered": {"file": report.path.name, "records_kept": report.records_kept,
                          "bytes_cut": report.bytes_cut},
        })  # fmt: skip
    try:
        index_warc(report.path)
    except ArchiveError as exc:
        logger.warning("%s", exc)
    return report


def recover_leftovers(archive_dir: Path | str, site_id: str) -> list[RecoveryReport]:
    """Recover the ``.warc.gz.open`` files a killed crawl of ``site_id`` left behind.

    Files of a crawl still running (its process alive on this host) are left alone. Call it
    when a crawl of the site opens, before its WARC writer starts.
    """
    root = Path(archive_dir).resolve()
    folder = archive_paths(root).warcs / site_id
    leftovers = sorted(folder.glob(f"*{OPEN_SUFFIX}")) if folder.is_dir() else []
    if not leftovers:
        return []
    db = _open_db(root)
    reports: list[RecoveryReport] = []
    problems: list[Problem] = []
    try:
        for path in leftovers:
            if _running(_crawl_of(db, path)):
                logger.info("%s belongs to a running crawl; left alone", path.name)
                continue
            report = _recover(db, root, path, problems, "next crawl")
            if report is not None:
                reports.append(report)
    finally:
        if db is not None:
            db.close()
    for problem in problems:
        logger.error("%s", problem)
    return reports


# --- verification -----------------------------------------------------------------------------


#: ``progress(stage, done, total)``: the WARC bytes read (stage ``reading WARC files``), then
#: the capture rows checked (``checking captures``); called every few records
Progress = Callable[[str, int, int], None]
READING, CHECKING = "reading WARC files", "checking captures"


def verify_archive(
    archive_dir: Path | str, *, repair: bool = False, progress: Progress | None = None
) -> VerifyReport:
    """Check every WARC file and every capture row of the archive; see the module doc.

    With ``repair``: recover leftover ``.open`` files and write missing CDXJ indexes first.
    ``progress`` is told how far the reading and the checking are (a real archive's WARCs
    take minutes to read; the CLI shows a bar on a terminal).

    :raises ArchiveNotFound: there is no archive at ``archive_dir``.
    """
    root = Path(archive_dir).resolve()
    if not (root / DB_NAME).is_file():
        raise ArchiveNotFound(root)
    db = open_db(root / DB_NAME, create=False)
    report = VerifyReport(root)
    try:
        _check_database(db, root / DB_NAME)
        warcs = archive_paths(root).warcs
        _leftovers(db, root, warcs, report, repair)
        unclosed = {p.where for p in report.problems if p.kind == "unclosed"}
        files = [(path, rel) for path in _warc_files(warcs)
                 if (rel := path.relative_to(root).as_posix()) not in report.in_use]  # fmt: skip
        read = _Read(progress, sum(_size(path) for path, _ in files))
        scanned = {}
        for path, rel in files:
            scanned[rel] = _scan(path, rel, report, torn_tail_ok=rel in unclosed, read=read)
            read.file_done(_size(path))
        _check_captures(db, root, scanned, report, progress)
        if repair:
            _seal(db, root, report)
        _unfinished(db, root, report, repair)
        _check_rows(db, root, report)
        for warc in missing_indexes(warcs) if warcs.is_dir() else []:
            rel = warc.relative_to(root).as_posix()
            if repair:
                try:
                    report.indexes_written.append(index_warc(warc).relative_to(root).as_posix())
                except ArchiveError as exc:
                    report.problems.append(Problem("index", rel, str(exc)))
            else:
                report.missing_indexes.append(rel)
    except sqlite3.DatabaseError as exc:  # a damaged page the quick check did not reach
        raise database_error(root / DB_NAME, exc) from None
    finally:
        db.close()
    return report


def _check_database(db: Database, path: Path) -> None:
    """SQLite's own quick check of the database file (every page and index readable).

    :raises ArchiveCorrupt: the check found damage (its first finding is in the message).
    """
    found = [str(row[0]) for row in db.execute("PRAGMA quick_check(3)").fetchall()]
    if found != ["ok"]:
        lines = [" ".join(line.split()) for row in found for line in row.splitlines()
                 if line.strip() and not line.startswith("***")]  # fmt: skip
        summary = "; ".join(lines)[:200]
        raise database_error(path, sqlite3.DatabaseError(f"database disk image is malformed: {summary}"))


def _warc_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    suffixes = (*WARC_SUFFIXES, *(s + OPEN_SUFFIX for s in WARC_SUFFIXES))
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.name.endswith(suffixes))


def _leftovers(db: Database, root: Path, warcs: Path, report: VerifyReport, repair: bool) -> None:

    for path in _warc_files(warcs):
        if not path.name.endswith(OPEN_SUFFIX):
            continue
        rel = path.relative_to(root).as_posix()
        site_id = path.relative_to(warcs).parts[0]
        if _running(_crawl_of(db, path)) or locks.is_locked(root, site_id) and not repair:
            report.in_use.append(rel)
        elif repair:
            try:  # hold the site's lock: no crawl of the site may start meanwhile
                lock = locks.acquire(root, site_id)
            except locks.SiteBusy:
                report.in_use.append(rel)
                continue
            try:
                recovered = _recover(db, root, path, report.problems, "verify --repair")
            finally:
                lock.release()
            if recovered is not None:
                report.recovered.append(recovered)
        else:
            report.problems.append(Problem(
                "unclosed", rel,
                "left open by a crawl that was killed; `govarchive verify --repair` closes it",
            ))  # fmt: skip


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _Read:
    """The WARC bytes read so far, told to ``progress`` every 256 records and at each file's end."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self.progress, self.total, self.before = progress, total, 0
        if progress is not None:
            progress(READING, 0, total)

    def record(self, count: int, end: int) -> None:
        if self.progress is not None and count % 256 == 0:
            self.progress(READING, min(self.before + end, self.total), self.total)

    def file_done(self, size: int) -> None:
        self.before += size
        if self.progress is not None:
            self.progress(READING, min(self.before, self.total), self.total)


def _scan(
    path: Path, rel: str, report: VerifyReport, torn_tail_ok: bool, read: _Read | None = None
) -> dict[int, _Rec]:
    """Read every record of one file; note unreadable, truncated or mis-digested ones.

    ``torn_tail_ok``: the file is a killed crawl's ``.open`` file (already reported as
    unclosed), whose torn last record is expected.
    """
    check = FileCheck(rel)
    report.files.append(check)
    found: dict[int, _Rec] = {}
    records = iter_records(path, log=False)  # its tail error is a problem listed once, below
    try:
        for record in records:
            check.records[record.record_type] += 1
            where = f"{rel} at offset {record.offset}"
            if record.digest_ok is False:
                check.ok = False
                problems = "; ".join(record.digest_problems) or "digest mismatch"
                report.problems.append(Problem("digest", where, problems))
            for name in ("WARC-Record-ID", "WARC-Date", "WARC-Type"):
                if not record.warc_header(name):
                    check.ok = False
                    report.problems.append(Problem("header", where, f"no {name}"))
            found[record.offset] = _Rec(
                record.record_id,
                record.length,
                record.record_type,
                target_uri(record),
                record.warc_header("WARC-Payload-Digest"),
            )
            if read is not None:
                read.record(len(found), record.offset + record.length)
    except OSError as exc:
        report.problems.append(Problem("unreadable", rel, str(exc)))
        check.ok = False
    if records.tail_error and not torn_tail_ok:
        check.ok = False
        check.tail_offset = records.tail_offset
        report.problems.append(Problem("truncated", rel, records.tail_error))
    if not found:
        check.ok = False
        report.problems.append(Problem("empty", rel, "no WARC record could be read"))
    return found


def _check_captures(
    db: Database,
    root: Path,
    scanned: dict[str, dict[int, _Rec]],
    report: VerifyReport,
    progress: Progress | None = None,
) -> None:
    # a shard's imported state (archive.jobstate): references to records of the central
    # archive, checked there
    (report.captures_imported,) = db.execute(
        "SELECT COUNT(*) FROM captures WHERE crawl_id IN "
        "(SELECT id FROM crawls WHERE imported_from IS NOT NULL)"
    ).fetchone()
    rows = db.execute(
        "SELECT id, url, warc_file, warc_offset, warc_length, warc_record_id, payload_digest, "
        "record_type, error FROM captures WHERE crawl_id NOT IN "
        "(SELECT id FROM crawls WHERE imported_from IS NOT NULL) ORDER BY id"
    )
    # files whose reading stopped at a bad record: the gzip members after it may be whole
    damaged = {c.path: c.tail_offset for c in report.files
               if c.tail_offset is not None and not c.path.endswith(OPEN_SUFFIX)}  # fmt: skip
    total = 0
    if progress is not None:
        (total,) = db.execute("SELECT COUNT(*) FROM captures").fetchone()
        progress(CHECKING, 0, total)
    for cid, url, warc_file, offset, length, record_id, digest, rtype, error in rows:
        report.captures_checked += 1
        if progress is not None and report.captures_checked % 1000 == 0:
            progress(CHECKING, min(report.captures_checked, total), total)
        where = f"capture {cid}"
        if warc_file is None:
            if not error:
                report.problems.append(Problem("no_record", where, "no WARC record and no error"))
            continue
        records = scanned.get(warc_file)
        if records is None and warc_file.endswith(OPEN_SUFFIX):
            records = scanned.get(warc_file[: -len(OPEN_SUFFIX)])
        if records is None:
            records = scanned.get(warc_file + OPEN_SUFFIX)
        if records is None:
            in_use = warc_file in report.in_use or warc_file + OPEN_SUFFIX in report.in_use
            if not in_use:
                report.problems.append(Problem("missing_file", where, f"{warc_file} not found"))
            continue
        rec = records.get(offset)
        if rec is None:
            rec = _past_damage(root, warc_file, offset, damaged, report)
        if rec is None:
            report.problems.append(Problem(
                "unresolvable_capture", where, f"no whole record at {warc_file} offset {offset}"
            ))  # fmt: skip
            continue
        expected = {"record id": (record_id, rec.record_id), "length": (length, rec.length),
                    "type": (rtype, rec.record_type), "URL": (url, rec.uri)}  # fmt: skip
        if digest:
            expected["payload digest"] = (digest, rec.payload_digest)
        for name, (row_value, warc_value) in expected.items():
            if row_value is not None and row_value != warc_value:
                report.problems.append(Problem(
                    "mismatch", where,
                    f"{name} is {row_value!r} in the archive but {warc_value!r} in "
                    f"{warc_file} at offset {offset}",
                ))  # fmt: skip
    if progress is not None:
        progress(CHECKING, total, total)


def _past_damage(
    root: Path, warc_file: str, offset: int, damaged: dict[str, int], report: VerifyReport
) -> _Rec | None:
    """A capture's record past the point where reading its file stopped (a damaged gzip
    member in the middle of a closed file: every member after it is whole), read at its own
    offset as ``show --raw`` reads it; None when it is not readable or not past the damage.
    The file's ``truncated`` problem becomes ``damaged``: the file is not cut short, one
    record in it is bad."""
    start = damaged.get(warc_file)
    if start is None or offset <= start:
        return None
    try:
        raw = read_record(root, warc_file, offset)
    except (WarcReadError, OSError):
        return None
    where = f"{warc_file} at offset {offset}"
    if raw.digest_ok is False:
        report.problems.append(Problem("digest", where, "; ".join(raw.digest_problems) or "digest mismatch"))
    for i, problem in enumerate(report.problems):
        if problem.kind == "truncated" and problem.where == warc_file:
            report.problems[i] = Problem(
                "damaged", warc_file,
                f"{problem.detail}; the records after it are whole and were checked at their "
                "own offsets: only the records inside the damaged part are lost (restore the "
                "file from a copy to get them back)",
            )  # fmt: skip
    return _Rec(raw.record_id, raw.length, raw.record_type, target_uri(raw),
                raw.warc_header("WARC-Payload-Digest"))  # fmt: skip


def _seal(db: Database, root: Path, report: VerifyReport) -> None:
    """``--repair``: cut the torn tail of a closed file when no capture row points into it
    (what ``import-warc`` of a truncated file used to leave), keeping the cut bytes beside
    it; a file a row points past is left as it is (restore it from a copy)."""
    for check in report.files:
        if check.tail_offset is None or check.path.endswith(OPEN_SUFFIX) or not check.records:
            continue
        (past,) = db.execute(
            "SELECT COUNT(*) FROM captures WHERE warc_file = ? AND warc_offset + warc_length > ?",
            [check.path, check.tail_offset],
        ).fetchone()
        if past:
            continue
        report.sealed.append(seal_torn_file(root / check.path, check.tail_offset))
        report.problems = [
            p for p in report.problems if not (p.kind == "truncated" and p.where == check.path)
        ]
        check.ok, check.tail_offset = True, None
        try:
            index_warc(root / check.path)
        except ArchiveError as exc:
            report.problems.append(Problem("index", check.path, str(exc)))


def _unfinished(db: Database, root: Path, report: VerifyReport, repair: bool) -> None:
    """Crawls still marked ``running`` while no crawl of their site runs: killed, or unable
    to write their end (a full disk). ``--repair`` closes them as the next crawl would
    (:func:`archive.resume.close_unfinished`), holding the site's lock."""
    from archive.resume import close_unfinished  # lazy: resume imports this module's users

    seen = {p.where for p in report.problems if p.kind == "unclosed"} | set(report.in_use)
    cursor = db.execute(
        "SELECT * FROM crawls WHERE status = 'running' AND imported_from IS NULL ORDER BY id"
    )
    names = [d[0] for d in cursor.description]
    for row in cursor.fetchall():
        crawl = dict(zip(names, row, strict=True))
        crawl_id, site_id = crawl["id"], crawl["site_id"]
        prefix = f"{site_id}-{crawl_id:05d}-"
        if (
            _running(crawl)
            or locks.is_locked(root, site_id)
            or any(prefix in where for where in seen)
        ):
            continue  # running; or its open file is the problem reported
        if not repair:
            report.problems.append(Problem(
                "unfinished", f"crawl {crawl_id}",
                f"marked running, but no crawl of {site_id} runs: it was killed or could not "
                "write its end; `govarchive verify --repair` closes it",
            ))  # fmt: skip
            continue
        try:
            lock = locks.acquire(root, site_id)
        except locks.SiteBusy:
            continue
        try:
            close_unfinished(db, root, site_id, crawl_id, "verify --repair")
        finally:
            lock.release()
        report.closed.append(crawl_id)


def _check_rows(db: Database, root: Path, report: VerifyReport) -> None:
    for table in ("articles", "article_versions"):
        rows = db.execute(
            f"SELECT t.id, t.capture_id FROM {table} t LEFT JOIN captures c "
            "ON c.id = t.capture_id WHERE t.capture_id IS NOT NULL AND c.id IS NULL"
        ).fetchall()
        for row_id, capture_id in rows:
            report.problems.append(
                Problem("dangling", f"{table} {row_id}", f"capture {capture_id} does not exist")
            )
    (report.articles_checked,) = db.execute("SELECT COUNT(*) FROM articles").fetchone()
    for crawl_id, files_json in db.execute("SELECT id, warc_files_json FROM crawls"):
        for name in json.loads(files_json or "[]"):
            path = root / name
            alternatives = [path, path.with_name(path.name + OPEN_SUFFIX)]
            if name.endswith(OPEN_SUFFIX):
                alternatives.append(path.with_name(path.name[: -len(OPEN_SUFFIX)]))
            if not any(p.is_file() for p in alternatives):
                report.problems.append(Problem("missing_file", f"crawl {crawl_id}", name))
