"""From WARC files to ``captures`` rows: what ``rebuild`` and ``import-warc`` read.

:func:`record_captures` adds a capture row for every response/revisit record of a WARC file
(HTTP errors also become failures, as in a crawl) and yields a :class:`~archive.capture.CaptureRef`
for each HTML 200 response and each attached document (:func:`archive.capture.is_document`),
its payload included, for the ingestor to extract. The file
checks and placement (:func:`check_warc`, :func:`place`) and the warcinfo reader are here too.
Knows nothing of extraction.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive.capture import CaptureRef, is_document
from archive.cdx import WARC_SUFFIXES
from archive.errors import ArchiveError
from archive.store import ArchiveWriter, utc_timestamp
from archive.verify import target_uri
from archive.warcread import RawRecord, iter_records
from archive.warcrecover import TORN_SUFFIX, seal_torn_file

logger = logging.getLogger(__name__)


def is_html_candidate(record: RawRecord) -> bool:
    """A 200 response whose content type is HTML (or missing): worth extracting."""
    if record.record_type != "response" or record.http_status != 200:
        return False
    content_type = (record.http_header("Content-Type") or "").lower()
    return not content_type or "html" in content_type


def is_document_candidate(record: RawRecord, url: str) -> bool:
    """A 200 response that is an attached document (PDF, DOCX, ...): its text is read."""
    if record.record_type != "response" or record.http_status != 200:
        return False
    return is_document(url, record.http_header("Content-Type"))


def capture_fields(record: RawRecord, warc_file: str) -> dict[str, Any]:
    """The ``captures`` columns of a response/revisit record (``warc_file`` relative)."""
    fetched = record.date.replace(microsecond=0).isoformat() + "Z" if record.date else None
    return {
        "url": target_uri(record),
        "method": "GET",
        "status": record.http_status,
        "fetched_at": fetched or utc_timestamp(),
        "content_type": record.http_header("Content-Type"),
        "content_length": len(record.raw_payload),
        "payload_digest": record.warc_header("WARC-Payload-Digest") or None,
        "etag": record.http_header("ETag"),
        "last_modified": record.http_header("Last-Modified"),
        "warc_file": warc_file,
        "warc_offset": record.offset,
        "warc_length": record.length,
        "warc_record_id": record.record_id,
        "record_type": record.record_type,
    }


@dataclass
class Pending:
    record: RawRecord
    fields: dict[str, Any]


class CaptureReader:
    """Turn the records of one WARC into (capture fields, record) pairs.

    A request record tells the method and Referer of its response: govarchive writes it just
    after the response (``WARC-Concurrent-To`` = the response id), wget and warcio just before
    (the response points at it), so each response waits for the record that follows it.
    """

    def __init__(self, path: Path, warc_file: str, start: int = 0) -> None:
        self.records = iter_records(path, start)
        self.warc_file = warc_file
        self.requests: dict[str, tuple[str, str | None]] = {}
        self.warcinfo: list[RawRecord] = []
        self.count = 0

    def __iter__(self) -> Iterator[Pending]:
        pending: Pending | None = None
        for record in self.records:
            self.count += 1
            if record.record_type == "warcinfo":
                self.warcinfo.append(record)
            elif record.record_type == "request":
                method = (record.http_status_line or "GET").split(" ", 1)[0]
                info = (method, record.http_header("Referer"))
                target = record.warc_header("WARC-Concurrent-To")
                if pending is not None and target == pending.record.record_id:
                    pending.fields["method"], pending.fields["referer"] = info
                    yield pending
                    pending = None
                elif record.record_id:
                    self.requests[record.record_id] = info
                    if len(self.requests) > 1000:
                        self.requests.pop(next(iter(self.requests)))
            elif record.record_type in ("response", "revisit") and record.target_uri:
                if pending is not None:
                    yield pending
                fields = capture_fields(record, self.warc_file)
                for ref in (v for k, v in record.warc_headers if k == "WARC-Concurrent-To"):
                    if ref in self.requests:
                        fields["method"], fields["referer"] = self.requests.pop(ref)
                pending = Pending(record, fields)
        if pending is not None:
            yield pending

    @property
    def tail_error(self) -> str | None:
        return self.records.tail_error


@dataclass
class ReadStats:
    """What reading one or more WARC files into captures did."""

    records: int = 0
    captures: int = 0
    errors: list[str] = field(default_factory=list)
    reused: int = 0  # captures rows of an interrupted import of the same file, taken over


def record_captures(
    writer: ArchiveWriter,
    path: Path,
    warc_file: str,
    site_id: str,
    crawl_id: int,
    stats: ReadStats,
    *,
    failures_seen: set[tuple[str, int]] | None = None,
    reuse: dict[int, int] | None = None,
) -> Iterator[CaptureRef]:
    """Add a capture row for every response/revisit record of ``path``; yield the HTML pages
    and the attached documents (``document=True``; a revisit is not read again).

    ``warc_file`` is the file's path relative to the archive folder. HTTP errors (status 400
    and up) are recorded as failures, once per (URL, status) pair in ``failures_seen``
    (retries are recorded once, as the crawl does). A corrupt or truncated tail ends the
    file: the whole records before it are kept, and ``path`` (the archive's own link or copy)
    is sealed after them (:func:`archive.warcrecover.seal_torn_file`: the cut bytes are kept
    beside it), so the archive verifies; the cut is a ``warc_truncated`` failure of the crawl
    (its ``url`` the file's name in the archive) and goes to ``stats.errors``.

    ``reuse`` maps record offsets of ``path`` to the capture rows an interrupted import of the
    same file already wrote (:func:`interrupted_captures`): those rows (and their failures)
    are taken as they are, not written twice, and counted in ``stats.reused``.
    """
    seen = failures_seen if failures_seen is not None else set()
    reader = CaptureReader(path, warc_file)
    for item in reader:
        fields = item.fields | {"crawl_id": crawl_id, "site_id": site_id}
        capture_id = (reuse or {}).get(fields["warc_offset"])
        if capture_id is None:
            capture_id = writer.add_capture(**fields)
        else:
            stats.reused += 1
            seen.add((fields["url"], fields["status"]))  # its failure row is there already
        stats.captures += 1
        status = fields["status"]
        if status is not None and status >= 400 and (fields["url"], status) not in seen:
            seen.add((fields["url"], status))
            writer.add_failure(crawl_id, site_id, fields["url"], f"http_{status}", "")
        document = is_document_candidate(item.record, fields["url"])
        if document or is_html_candidate(item.record):
            yield CaptureRef(
                capture_id=capture_id,
                url=fields["url"],
                fetched_at=fields["fetched_at"],
                crawl_id=crawl_id,
                warc_file=warc_file,
                offset=item.record.offset,
                payload=item.record.payload,
                headers=tuple((k.lower(), v) for k, v in item.record.http_headers),
                document=document,
            )
    stats.records += reader.count
    tail = reader.records.tail_offset
    if reader.tail_error and tail is not None:
        why = reader.tail_error.removeprefix(f"{path}: ").removesuffix(f" at offset {tail}")
        sealed = seal_torn_file(path, tail)  # the archive keeps whole records only
        message = (
            f"{path.name} is truncated at offset {tail} ({why}): {reader.count} whole "
            f"record(s) imported, {sealed.bytes_cut} byte(s) left out (kept in "
            f"{sealed.tail.name})"
        )
        stats.errors.append(message)
        writer.add_failure(crawl_id, site_id, warc_file, "warc_truncated", message)


def read_warcinfo(path: Path) -> dict[str, str]:
    """The fields of the first warcinfo record of ``path`` (empty when it has none)."""
    for record in iter_records(path):
        if record.record_type == "warcinfo":
            fields: dict[str, str] = {"WARC-Date": record.warc_header("WARC-Date") or ""}
            text = record.raw_payload.decode("utf-8", "replace")
            for line in text.splitlines():
                name, sep, value = line.partition(":")
                if sep and name.strip():
                    fields.setdefault(name.strip(), value.strip())
            return fields
        if record.record_type in ("response", "request", "revisit"):
            break
    return {}


def warc_files(paths: Iterable[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.name.endswith(WARC_SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            raise ArchiveError(f"WARC file not found: {path}")
    return found


def check_warc(path: Path) -> dict[str, str]:
    """Fail early, with the file's name, on anything that is not a readable WARC."""
    if path.name.endswith(".open"):
        raise ArchiveError(
            f"{path} is still open (a crawl was killed while writing it): "
            "run `govarchive verify --repair` first"
        )
    records = iter_records(path)
    first = next(records, None)
    if first is None:
        raise ArchiveError(f"{path} is not a WARC file: {records.tail_error or 'it is empty'}")
    if first.warc_header("WARC-Record-ID") is None:  # warcio reads any text line as an ARC
        raise ArchiveError(f"{path} is not a WARC file: its first record has no WARC-Record-ID")
    info = read_warcinfo(path) if first.record_type == "warcinfo" else {}
    if "govarchive-site" in info:  # names a folder of the archive: never a path
        from config.profile import ProfileError, check_site_id

        try:
            check_site_id(info["govarchive-site"], f"{path}: warcinfo govarchive-site")
        except ProfileError as exc:
            raise ArchiveError(str(exc)) from None
    return info


def place(path: Path, folder: Path) -> tuple[Path, bool]:
    """Hard-link (or copy) ``path`` into ``folder``; return (new path, already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    if path.resolve().parent == folder.resolve():
        return path, False
    target = folder / path.name
    serial = 0
    while target.exists():
        if _same_bytes(path, target):
            return target, True
        serial += 1
        stem, _, rest = path.name.partition(".")
        target = folder / f"{stem}-{serial}.{rest}"
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
    return target, False


def recorded_files(db: Database) -> set[str]:
    """The WARC files (paths relative to the archive folder) a crawl that ended (finished or
    partial) recorded: a file placed in the archive by an import that was cut (a disk full,
    a kill, another writer's lock) is not among them, and is imported again."""
    rows = db.execute(
        "SELECT DISTINCT j.value FROM crawls c, json_each(c.warc_files_json) j "
        "WHERE c.status IN ('finished', 'partial') AND json_valid(c.warc_files_json)"
    ).fetchall()
    return {row[0] for row in rows}


def _same_bytes(path: Path, target: Path) -> bool:
    """``target`` holds the bytes of ``path``: the same file, or one sealed at its torn tail
    (``target`` followed by ``target.torn`` are ``path``)."""
    tail = target.with_name(target.name + TORN_SUFFIX)
    if not tail.is_file():
        return filecmp.cmp(path, target, shallow=False)
    if path.stat().st_size != target.stat().st_size + tail.stat().st_size:
        return False
    with open(path, "rb") as src:
        for part in (target, tail):
            with open(part, "rb") as fh:
                while chunk := fh.read(1 << 20):
                    if src.read(len(chunk)) != chunk:
                        return False
    return True


# --- rows a killed crawl did not commit ---------------------------------------------------


def crawl_files(archive_dir: Path, site_id: str, crawl_id: int) -> list[Path]:
    """The WARC files a govarchive crawl wrote (``<site>-<crawl:05d>-*``), in order."""
    folder = archive_dir / "warcs" / site_id
    return [
        p for p in sorted(folder.glob(f"{site_id}-{crawl_id:05d}-*"))
        if p.name.endswith((".warc.gz", ".warc"))
    ]  # fmt: skip


def interrupted_captures(db: Database, site_id: str, warc_file: str) -> dict[int, int]:
    """The capture rows interrupted crawls of ``site_id`` (an import cut by a kill, a full
    disk or a lock) hold of the records of ``warc_file``, by record offset: the next import
    of that file takes them over (:func:`record_captures`), so each record has one row."""
    rows = db.execute(
        "SELECT warc_offset, id FROM captures WHERE crawl_id IN "
        "(SELECT id FROM crawls WHERE site_id = ? AND status = 'interrupted') "
        "AND warc_file = ? AND warc_offset IS NOT NULL",
        [site_id, warc_file],
    )
    return {offset: capture_id for offset, capture_id in rows.fetchall()}


def restore_captures(db: Database, archive_dir: Path, site_id: str, crawl_id: int) -> int:
    """Add the capture rows a killed crawl wrote to WARC but had not committed: the records
    after the last one with a row, in each of the crawl's (recovered) WARC files."""
    writer = ArchiveWriter(db)
    restored = 0
    for path in crawl_files(archive_dir, site_id, crawl_id):
        name = path.relative_to(archive_dir).as_posix()
        (last,) = db.execute(
            "SELECT MAX(warc_offset) FROM captures WHERE crawl_id = ? AND warc_file = ?",
            [crawl_id, name],
        ).fetchone()
        reader = CaptureReader(path, name, start=0 if last is None else last)
        with writer.transaction():
            for item in reader:
                if last is not None and item.fields["warc_offset"] <= last:
                    continue
                writer.add_capture(**item.fields, crawl_id=crawl_id, site_id=site_id)
                restored += 1
    if restored:
        logger.warning(
            "Crawl %s of %s was killed before %d capture row(s) were committed; restored "
            "from its WARC files", crawl_id, site_id, restored,
        )  # fmt: skip
    return restored
