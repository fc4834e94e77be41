"""From WARC records to archive rows: captures, then articles extracted in a process pool.

Shared by ``rebuild`` and ``import-warc`` (:func:`ingest_warc`: every response/revisit record
of a file becomes a ``captures`` row and every HTML 200 response an extraction task) and by
``reextract`` (:func:`run_extraction` over tasks that point at existing captures).

Extraction is :func:`pipelines.extract.extract`, the function the crawl uses, run in a pool
of worker processes (one per core by default), fed in chunks; results come back in task order
and every SQLite write happens in the calling process, through one
:class:`~archive.store.ArchiveWriter`, batched in transactions.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from archive.chrome import load_learned
from archive.errors import ArchiveError
from archive.store import ArchiveWriter, utc_timestamp
from archive.verify import target_uri
from archive.warcread import RawRecord, WarcReadError, iter_records, read_record
from config.profile import SiteProfile
from pipelines.chrome import Learned
from pipelines.extract import extract
from pipelines.record import ArticleRecord, NotAnArticle

logger = logging.getLogger(__name__)

CHUNK_SIZE = 16  # pages per pool task: big enough to amortise pickling, small enough to overlap
BATCH = 200  # results per SQLite transaction
#: NotAnArticle reasons that mean "this page was never an article candidate"; not failures.
NOT_CANDIDATE = frozenset({"not_article_url", "not_html"})

Result = ArticleRecord | NotAnArticle


@dataclass(frozen=True)
class Task:
    """One page to extract: either its payload (``body``) or where to read it in a WARC."""

    key: int  # capture id
    url: str
    fetched_at: str
    crawl_id: int | None = None
    warc_path: str | None = None  # absolute path of the WARC holding the record
    offset: int | None = None
    body: bytes | None = None
    headers: tuple[tuple[str, str], ...] = ()


@dataclass
class IngestStats:
    """What an ingest or re-extraction did; ``outcomes`` counts new/changed/unchanged."""

    records: int = 0
    captures: int = 0
    extracted: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    not_articles: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def merge(self, other: IngestStats) -> None:
        self.records += other.records
        self.captures += other.captures
        self.extracted += other.extracted
        self.outcomes.update(other.outcomes)
        self.not_articles.update(other.not_articles)
        self.errors += other.errors


# --- the worker side --------------------------------------------------------------------------


def extract_task(task: Task, profile: SiteProfile, learned: Learned | None = None) -> Result:
    """Extract one task (reading its record when the payload is not given). Never raises.

    The capture time picks the profile's rule version; ``learned`` is the site's chrome.
    """
    body, headers = task.body, dict(task.headers)
    if body is None:
        if task.warc_path is None or task.offset is None:
            return NotAnArticle(task.url, "warc_unreadable", "no WARC record for this capture")
        path = Path(task.warc_path)
        try:
            record = read_record(path.parent, path.name, task.offset)
        except (OSError, WarcReadError) as exc:
            return NotAnArticle(task.url, "warc_unreadable", str(exc)[:300])
        body = record.payload
        headers = {name.lower(): value for name, value in record.http_headers}
    return extract(
        body, task.url, headers, profile, learned=learned, fetched_at=task.fetched_at or None
    )


def extract_chunk(
    tasks: list[Task], profile: SiteProfile, learned: Learned | None = None
) -> list[Result]:
    """Extract a chunk of tasks, in order (the function the pool workers run)."""
    return [extract_task(task, profile, learned) for task in tasks]


def default_workers() -> int:
    """One worker per core."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_extraction(
    tasks: Iterable[Task],
    profile: SiteProfile,
    *,
    workers: int | None = None,
    chunk_size: int = CHUNK_SIZE,
    learned: Learned | None = None,
) -> Iterator[tuple[Task, Result]]:
    """Yield ``(task, result)`` in task order, extracting in ``workers`` processes.

    ``workers=1`` extracts in this process. At most a few chunks per worker are in flight,
    so tasks carrying payloads are read lazily and memory stays bounded.
    """
    workers = workers or default_workers()
    chunks = _chunked(tasks, chunk_size)
    if workers <= 1:
        for chunk in chunks:
            yield from zip(chunk, extract_chunk(chunk, profile, learned), strict=True)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["archive.ingest"])
    pending: deque[tuple[list[Task], Future[list[Result]]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for chunk in chunks:
            pending.append((chunk, pool.submit(extract_chunk, chunk, profile, learned)))
            if len(pending) >= workers * 3:
                done, future = pending.popleft()
                yield from zip(done, future.result(), strict=True)
        while pending:
            done, future = pending.popleft()
            yield from zip(done, future.result(), strict=True)


def _chunked(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    chunk: list[Task] = []
    for task in tasks:
        chunk.append(task)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --- storing results --------------------------------------------------------------------------


def store_results(
    writer: ArchiveWriter,
    site_id: str,
    results: Iterable[tuple[Task, Result]],
    *,
    record_failures: bool = True,
    on_result: Callable[[Task, Result, str | None], None] | None = None,
) -> IngestStats:
    """Save every article (batched transactions); count and record the rest."""
    stats = IngestStats()
    it = iter(results)
    while True:
        batch = [item for _, item in zip(range(BATCH), it, strict=False)]
        if not batch:
            return stats
        with writer.transaction():
            for task, result in batch:
                stats.extracted += 1
                outcome: str | None = None
                if isinstance(result, ArticleRecord):
                    _, outcome = writer.save_article(
                        site_id, result, task.key, task.crawl_id, task.fetched_at
                    )
                    stats.outcomes[outcome] += 1
                else:
                    stats.not_articles[result.reason] += 1
                    if record_failures and result.reason not in NOT_CANDIDATE:
                        writer.add_failure(
                            task.crawl_id, site_id, task.url,
                            f"not_article:{result.reason}", result.detail[:500],
                        )  # fmt: skip
                if on_result is not None:
                    on_result(task, result, outcome)
        _commit(writer)


def _commit(writer: ArchiveWriter) -> None:
    """Commit what the batch wrote, capture rows inserted while it was read included."""
    if writer.db.conn.in_transaction:
        writer.db.conn.commit()


# --- reading WARC files into captures ---------------------------------------------------------


def is_html_candidate(record: RawRecord) -> bool:
    """A 200 response whose content type is HTML (or missing): worth extracting."""
    if record.record_type != "response" or record.http_status != 200:
        return False
    content_type = (record.http_header("Content-Type") or "").lower()
    return not content_type or "html" in content_type


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
class _Pending:
    record: RawRecord
    fields: dict[str, Any]


class _CaptureReader:
    """Turn the records of one WARC into (capture fields, record) pairs.

    A request record tells the method and Referer of its response: govarchive writes it just
    after the response (``WARC-Concurrent-To`` = the response id), wget and warcio just before
    (the response points at it), so each response waits for the record that follows it.
    """

    def __init__(self, path: Path, warc_file: str) -> None:
        self.records = iter_records(path)
        self.warc_file = warc_file
        self.requests: dict[str, tuple[str, str | None]] = {}
        self.warcinfo: list[RawRecord] = []
        self.count = 0

    def __iter__(self) -> Iterator[_Pending]:
        pending: _Pending | None = None
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
                pending = _Pending(record, fields)
        if pending is not None:
            yield pending

    @property
    def tail_error(self) -> str | None:
        return self.records.tail_error


def ingest_warc(
    writer: ArchiveWriter,
    path: Path,
    warc_file: str,
    profile: SiteProfile,
    crawl_id: int,
    *,
    workers: int | None = None,
    failures_seen: set[tuple[str, int]] | None = None,
) -> IngestStats:
    """Add a capture row for every response/revisit record of ``path`` and store the articles.

    ``warc_file`` is the file's path relative to the archive folder. HTTP errors (status 400
    and up) are recorded as failures, as the crawl does. A corrupt or truncated tail is
    reported in ``errors``; the whole records before it are kept. ``failures_seen`` holds the
    (URL, reason) pairs already recorded for the crawl: retries are recorded once, as the
    crawl does.
    """
    stats = IngestStats()
    seen = failures_seen if failures_seen is not None else set()
    reader = _CaptureReader(path, warc_file)

    def tasks() -> Iterator[Task]:
        for item in reader:
            fields = item.fields | {"crawl_id": crawl_id, "site_id": profile.id}
            capture_id = writer.add_capture(**fields)
            stats.captures += 1
            status = fields["status"]
            if status is not None and status >= 400 and (fields["url"], status) not in seen:
                seen.add((fields["url"], status))
                writer.add_failure(crawl_id, profile.id, fields["url"], f"http_{status}", "")
            if is_html_candidate(item.record):
                yield Task(
                    key=capture_id,
                    url=fields["url"],
                    fetched_at=fields["fetched_at"],
                    crawl_id=crawl_id,
                    body=item.record.payload,
                    headers=tuple((k.lower(), v) for k, v in item.record.http_headers),
                )

    learned = load_learned(writer.db, profile.id)
    results = run_extraction(tasks(), profile, workers=workers, learned=learned)
    stats.merge(store_results(writer, profile.id, results))
    _commit(writer)  # the capture rows after the last page
    stats.records = reader.count
    if reader.tail_error:
        stats.errors.append(reader.tail_error)
    return stats


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


# --- rebuild and import -----------------------------------------------------------------------


@dataclass
class IngestReport:
    """What :func:`rebuild_archive` or :func:`import_warcs` did."""

    archive: Path
    files: list[str] = field(default_factory=list)  # relative to the archive folder
    skipped: list[str] = field(default_factory=list)  # already imported
    crawls: list[int] = field(default_factory=list)
    stats: IngestStats = field(default_factory=IngestStats)


def _warc_files(paths: Iterable[Path]) -> list[Path]:
    from archive.cdx import WARC_SUFFIXES

    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.name.endswith(WARC_SUFFIXES))
        elif path.is_file():
            found.append(path)
        else:
            raise ArchiveError(f"WARC file not found: {path}")
    return found


def _check_warc(path: Path) -> dict[str, str]:
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


def _place(path: Path, folder: Path) -> tuple[Path, bool]:
    """Hard-link (or copy) ``path`` into ``folder``; return (new path, already there)."""
    import filecmp
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    if path.resolve().parent == folder.resolve():
        return path, False
    target = folder / path.name
    serial = 0
    while target.exists():
        if filecmp.cmp(path, target, shallow=False):
            return target, True
        serial += 1
        stem, _, rest = path.name.partition(".")
        target = folder / f"{stem}-{serial}.{rest}"
    try:
        os.link(path, target)
    except OSError:
        shutil.copy2(path, target)
    return target, False


def _ingest_group(
    writer: ArchiveWriter,
    report: IngestReport,
    files: list[Path],
    profile: SiteProfile,
    settings: dict[str, Any],
    software: str,
    workers: int | None,
) -> None:
    from archive.cdx import index_warc

    crawl_id = writer.start_crawl(profile.id, software, settings)
    _commit(writer)
    report.crawls.append(crawl_id)
    stats = IngestStats()
    relative = []
    seen: set[tuple[str, int]] = set()
    for path in files:
        rel = path.resolve().relative_to(report.archive.resolve()).as_posix()
        relative.append(rel)
        stats.merge(
            ingest_warc(writer, path, rel, profile, crawl_id, workers=workers, failures_seen=seen)
        )
        try:
            index_warc(path)
        except ArchiveError as exc:  # an unreadable tail is already in stats.errors
            logger.warning("%s", exc)
    report.files += relative
    report.stats.merge(stats)
    crawl_stats = {
        "govarchive/pages": stats.captures,
        "govarchive/articles/new": stats.outcomes["new"],
        "govarchive/articles/changed": stats.outcomes["changed"],
        "govarchive/errors": len(stats.errors),
        "govarchive/records": stats.records,
        **{f"govarchive/not_article/{k}": v for k, v in stats.not_articles.items()},
        "errors_detail": stats.errors,
    }
    status = "partial" if stats.errors else "finished"
    with writer.transaction():
        writer.finish_crawl(crawl_id, status, crawl_stats, relative)
    _commit(writer)


def rebuild_archive(
    warcs: Path,
    archive_dir: Path,
    *,
    profiles: dict[str, SiteProfile] | None = None,
    workers: int | None = None,
) -> IngestReport:
    """Build a new archive in ``archive_dir`` from the govarchive WARC files under ``warcs``.

    Each file's warcinfo names its site (``govarchive-site``) and crawl (``isPartOf``); every
    crawl becomes a crawl row, in the order the crawls were made. The site's profile is taken
    from ``profiles``, else from ``config/sites/<id>.yaml``. The WARC files are hard-linked
    (or copied) into ``archive_dir/warcs/<site>/``.

    :raises ArchiveError: ``archive_dir`` already holds an archive; no WARC files; a file
        that is unreadable, still open, or not written by govarchive; a site without profile.
    """
    from archive.db import archive_paths, open_db
    from config.profile import ProfileError, load_profile, profile_from_dict
    from crawler import __version__

    paths = archive_paths(archive_dir)
    if paths.db.exists():
        raise ArchiveError(f"{archive_dir} already holds an archive; rebuild writes a new one")
    files = _warc_files([Path(warcs)])
    if not files:
        raise ArchiveError(f"no WARC files (*.warc.gz, *.warc) under {warcs}")
    groups: dict[tuple[str, str], list[tuple[str, Path]]] = {}
    found_profiles = dict(profiles or {})
    for path in files:
        info = _check_warc(path)
        site = info.get("govarchive-site")
        if not site:
            raise ArchiveError(
                f"{path} was not written by govarchive (its warcinfo names no govarchive-site): "
                "use `govarchive import-warc FILE --site ID` for WARCs of other tools"
            )
        if site not in found_profiles and info.get("govarchive-profile"):
            found_profiles[site] = profile_from_dict(
                json.loads(info["govarchive-profile"]), str(path)
            )
        groups.setdefault((site, info.get("isPartOf", path.name)), []).append(
            (info.get("WARC-Date", ""), path)
        )
    for site, _ in groups:
        if site in found_profiles and found_profiles[site].id != site:
            raise ArchiveError(
                f"the WARCs of site {site!r} carry a profile of site {found_profiles[site].id!r}"
            )
        if site not in found_profiles:
            try:
                found_profiles[site] = load_profile(site)
            except ProfileError as exc:
                raise ArchiveError(
                    f"no profile for site {site!r} ({exc}); pass --site PROFILE.yaml"
                ) from None
    report = IngestReport(Path(archive_dir))
    db = open_db(paths.db, create=True)
    try:
        writer = ArchiveWriter(db)
        order = sorted(groups.items(), key=lambda kv: (min(kv[1])[0], kv[0]))
        for (site, part_of), members in order:
            profile = found_profiles[site]
            writer.upsert_site(profile)
            placed = [_place(p, paths.warcs / site)[0] for _, p in sorted(members)]
            settings = {"rebuilt_from": [str(p) for _, p in sorted(members)], "isPartOf": part_of}
            _ingest_group(
                writer, report, placed, profile, settings,
                f"govarchive/{__version__} rebuild", workers,
            )  # fmt: skip
    finally:
        db.close()
    return report


def import_warcs(
    archive_dir: Path, files: list[Path], profile: SiteProfile, *, workers: int | None = None
) -> IngestReport:
    """Import WARC files written by other tools (wget, warcio, ...) as one crawl of a site.

    The files are hard-linked (or copied) into ``<archive>/warcs/<site>/imported/``; a file
    already imported (same bytes) is skipped.

    :raises ArchiveError: a file is missing, still open, or not a WARC file.
    """
    from archive.db import archive_paths, open_db
    from crawler import __version__

    files = _warc_files([Path(f) for f in files])
    if not files:
        raise ArchiveError("no WARC files given")
    infos = [_check_warc(path) for path in files]
    paths = archive_paths(archive_dir)
    report = IngestReport(Path(archive_dir))
    db = open_db(paths.db, create=True)
    try:
        writer = ArchiveWriter(db)
        writer.upsert_site(profile)
        _commit(writer)
        placed = []
        for path in files:
            target, already = _place(path, paths.warcs / profile.id / "imported")
            if already:
                report.skipped.append(str(path))
            else:
                placed.append(target)
        if placed:
            settings = {
                "imported_from": [str(p) for p in files],
                "software": sorted({i.get("software", "") for i in infos} - {""}),
            }
            _ingest_group(
                writer, report, placed, profile, settings,
                f"govarchive/{__version__} import-warc", workers,
            )  # fmt: skip
    finally:
        db.close()
    return report
