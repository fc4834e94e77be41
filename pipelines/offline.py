"""The offline modes: ``rebuild`` and ``import-warc`` (WARC files in) and ``reextract`` (an
archive's own captures in), each feeding the :class:`~pipelines.ingest.Ingestor` the crawl
uses, so they store exactly what a crawl of the same captures stores.

- :func:`rebuild_archive`: a new archive from govarchive WARC files alone; each crawl named in
  their warcinfo becomes a crawl row, in the order the crawls were made.
- :func:`import_warcs`: WARC files of other tools (wget, warcio, browsertrix) as one crawl.
- :func:`reextract`: every article's capture (and every HTML page that is not an article yet)
  extracted again; changed output becomes a new version, the old one kept. Citations and
  attached documents' text are read again too and stored where they differ, so an archive
  built before they were read gets them, and a second run changes nothing.

Each mode ends by writing the archive's Atom feeds of changes (``<archive>/feeds/``).

Reading WARC files into ``captures`` rows is the archive's (:mod:`archive.warcimport`); which
captures to re-extract too (:mod:`archive.candidates`). Writes are batched in transactions.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive import locks
from archive.articles import content_hash
from archive.candidates import candidates, current_articles, parse_since, site_ids, site_profile
from archive.capture import CaptureRef
from archive.cdx import index_warc
from archive.db import archive_paths, begin_write, check_writable, open_db
from archive.errors import ArchiveError
from archive.feeds import write_feeds
from archive.resume import close_dead_runs
from archive.store import ArchiveWriter
from archive.warcimport import (
    ReadStats,
    check_warc,
    interrupted_captures,
    place,
    record_captures,
    recorded_files,
    warc_files,
)
from config.profile import ProfileError, SiteProfile, load_profile, profile_from_dict
from config.version import __version__
from pipelines.extract import EXTRACTOR
from pipelines.ingest import Counts, Ingestor
from pipelines.pool import Pool
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import seeds

logger = logging.getLogger(__name__)

COMMIT_EVERY = 200  # captures per transaction while WARC files are read
#: makes the extraction pool of an archive folder (``pipelines.daskpool.DaskCluster.pool``)
Pools = Callable[[Path], Pool]
COMPARED = ("title", "body", "published_at", "author")


@dataclass
class IngestStats:
    """What an ingest did; ``outcomes`` counts new/changed/unchanged."""

    records: int = 0
    captures: int = 0
    extracted: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    not_articles: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    documents: Counter[str] = field(default_factory=Counter)  # attachments' text by status
    cited: int = 0  # articles whose citations were stored
    extractions: int = 0  # pages sent to extraction (a page extracted again counts again)


@dataclass
class IngestReport:
    """What :func:`rebuild_archive` or :func:`import_warcs` did."""

    archive: Path
    files: list[str] = field(default_factory=list)  # relative to the archive folder
    skipped: list[str] = field(default_factory=list)  # already imported
    crawls: list[int] = field(default_factory=list)
    interrupted: list[int] = field(default_factory=list)  # dead runs of the site, closed
    reused: int = 0  # capture rows of an interrupted import of the same file, taken over
    stats: IngestStats = field(default_factory=IngestStats)
    feeds: list[Path] = field(default_factory=list)


def documents(counts: Counts) -> Counter[str]:
    """Attached documents read, by text status (ok, no_text, unsupported, broken, too_large)."""
    return Counter(counts.prefixed("govarchive/attachments/text/"))


def outcomes(counts: Counts) -> Counter[str]:
    """new / changed / unchanged counts of an ingest (positive ones)."""
    found = counts.prefixed("govarchive/articles/")
    return Counter({k: v for k in ("new", "changed", "unchanged") if (v := found.get(k, 0)) > 0})


def _committed(db: Database, captures: Iterable[CaptureRef]) -> Iterator[CaptureRef]:
    """Pass ``captures`` on, the writes made meanwhile committed every :data:`COMMIT_EVERY`."""
    count = 0
    for capture in captures:
        if not db.conn.in_transaction:  # (waits for another writer as archive.db says)
            begin_write(db)
        yield capture
        count += 1
        if count % COMMIT_EVERY == 0 and db.conn.in_transaction:
            db.conn.commit()


def _commit(db: Database) -> None:
    if db.conn.in_transaction:
        db.conn.commit()


# --- rebuild and import ------------------------------------------------------------------------


def _ingest_group(
    writer: ArchiveWriter,
    report: IngestReport,
    files: list[Path],
    profile: SiteProfile,
    settings: dict[str, Any],
    software: str,
    workers: int | None,
    pools: Pools | None = None,
) -> None:
    """One crawl: every file's records become captures, their pages go through the ingestor."""
    crawl_id = writer.start_crawl(profile.id, software, settings)
    _commit(writer.db)
    report.crawls.append(crawl_id)
    read = ReadStats()
    counts = Counts()
    relative = [path.resolve().relative_to(report.archive.resolve()).as_posix() for path in files]
    seen: set[tuple[str, int]] = set()

    def captures() -> Iterator[CaptureRef]:
        for path, rel in zip(files, relative, strict=True):
            reuse = interrupted_captures(writer.db, profile.id, rel)  # a cut import's rows
            for capture in record_captures(writer, path, rel, profile.id, crawl_id, read,
                                           failures_seen=seen, reuse=reuse):  # fmt: skip
                report.stats.extracted += 1
                yield capture
            try:
                index_warc(path)
            except ArchiveError as exc:  # an unreadable tail is already in the read errors
                logger.warning("%s", exc)

    ingestor = Ingestor(
        profile, report.archive, writer, crawl_id=crawl_id, workers=workers, stats=counts,
        pool=pools(report.archive) if pools else None, **seeds(writer, profile.id).kwargs(),
    )  # fmt: skip
    try:
        ingestor.ingest(_committed(writer.db, captures()))
    finally:
        with writer.transaction():
            ingestor.close()
    _commit(writer.db)
    stats = report.stats
    stats.records += read.records
    stats.captures += read.captures
    stats.outcomes.update(outcomes(counts))
    stats.not_articles.update(counts.prefixed("govarchive/not_article/"))
    stats.documents.update(documents(counts))
    stats.cited += counts["govarchive/refs/articles"]
    stats.extractions += counts["govarchive/extractions"]
    stats.errors += read.errors
    report.reused += read.reused
    report.files += relative
    crawl_stats = {
        "govarchive/pages": read.captures,
        "govarchive/records": read.records,
        **({"govarchive/captures_reused": read.reused} if read.reused else {}),
        **{k: v for k, v in counts.items() if v},
        "govarchive/errors": len(read.errors),
        "errors_detail": read.errors,
    }
    with writer.transaction():
        writer.finish_crawl(crawl_id, "partial" if read.errors else "finished", crawl_stats,
                            relative)  # fmt: skip
    _commit(writer.db)


def rebuild_archive(
    warcs: Path,
    archive_dir: Path,
    *,
    profiles: dict[str, SiteProfile] | None = None,
    workers: int | None = None,
    pools: Pools | None = None,
) -> IngestReport:
    """Build a new archive in ``archive_dir`` from the govarchive WARC files under ``warcs``.
    ``pools`` makes the extraction pool of the archive folder (a Dask cluster's,
    :mod:`pipelines.daskpool`; default: a process pool of ``workers``).

    Each file's warcinfo names its site (``govarchive-site``) and crawl (``isPartOf``); every
    crawl becomes a crawl row, in the order the crawls were made. The site's profile is taken
    from ``profiles``, else from ``config/sites/<id>.yaml``. The WARC files are hard-linked
    (or copied) into ``archive_dir/warcs/<site>/``.

    :raises ArchiveError: ``archive_dir`` already holds an archive; no WARC files; a file
        that is unreadable, still open, or not written by govarchive; a site without profile.
    """
    paths = archive_paths(archive_dir)
    if paths.db.exists():
        raise ArchiveError(f"{archive_dir} already holds an archive; rebuild writes a new one")
    files = warc_files([Path(warcs)])
    if not files:
        raise ArchiveError(f"no WARC files (*.warc.gz, *.warc) under {warcs}")
    groups: dict[tuple[str, str], list[tuple[str, Path]]] = {}
    found = dict(profiles or {})
    for path in files:
        info = check_warc(path)
        site = info.get("govarchive-site")
        if not site:
            raise ArchiveError(
                f"{path} was not written by govarchive (its warcinfo names no govarchive-site): "
                "use `govarchive import-warc FILE --site ID` for WARCs of other tools"
            )
        if site not in found and info.get("govarchive-profile"):
            found[site] = profile_from_dict(json.loads(info["govarchive-profile"]), str(path))
        groups.setdefault((site, info.get("isPartOf", path.name)), []).append(
            (info.get("WARC-Date", ""), path)
        )
    for site, _ in groups:
        if site in found and found[site].id != site:
            raise ArchiveError(
                f"the WARCs of site {site!r} carry a profile of site {found[site].id!r}"
            )
        if site not in found:
            try:
                found[site] = load_profile(site)
            except ProfileError as exc:
                raise ArchiveError(
                    f"no profile for site {site!r} ({exc}); pass --site PROFILE.yaml"
                ) from None
    report = IngestReport(Path(archive_dir))
    db = open_db(paths.db, create=True)
    try:
        writer = ArchiveWriter(db)
        for (site, part_of), members in sorted(
            groups.items(), key=lambda kv: (min(kv[1])[0], kv[0])
        ):
            writer.upsert_site(found[site])
            placed = [place(p, paths.warcs / site)[0] for _, p in sorted(members)]
            settings = {"rebuilt_from": [str(p) for _, p in sorted(members)], "isPartOf": part_of}
            _ingest_group(writer, report, placed, found[site], settings,
                          f"govarchive/{__version__} rebuild", workers, pools)  # fmt: skip
        report.feeds = write_feeds(db, archive_dir)
    finally:
        db.close()
    return report


def import_warcs(
    archive_dir: Path, files: list[Path], profile: SiteProfile, *, workers: int | None = None
) -> IngestReport:
    """Import WARC files written by other tools (wget, warcio, ...) as one crawl of a site.

    The files are hard-linked (or copied) into ``<archive>/warcs/<site>/imported/``; a file
    already imported (same bytes) is skipped. The import holds the site's lock
    (:mod:`archive.locks`), as a crawl does: first it closes the dead runs of the site (an
    import or crawl cut by a kill, a full disk or a lock: marked ``interrupted``,
    :func:`archive.resume.close_dead_runs`), then a file a cut import had placed is read
    again, its records' rows taken over rather than written twice.

    :raises ArchiveError: a file is missing, still open, or not a WARC file; the site is being
        crawled or imported by another process.
    """
    found = warc_files([Path(f) for f in files])
    if not found:
        raise ArchiveError("no WARC files given")
    infos = [check_warc(path) for path in found]
    paths = archive_paths(archive_dir)
    report = IngestReport(Path(archive_dir))
    db = open_db(paths.db, create=True)
    lock: locks.SiteLock | None = None
    try:
        check_writable(db, paths.db)  # (another writer's lock: one line, no file placed)
        try:
            lock = locks.acquire(paths.root, profile.id, command=f"import-warc of {profile.id}")
        except locks.SiteBusy as exc:
            raise ArchiveError(f"{exc}: run the import again when it is done; nothing was "
                               "written") from None  # fmt: skip
        writer = ArchiveWriter(db)
        writer.upsert_site(profile)
        _commit(db)
        _, report.interrupted = close_dead_runs(db, paths.root, profile.id, "next import")
        placed = []
        recorded = recorded_files(db)
        for path in found:
            target, already = place(path, paths.warcs / profile.id / "imported")
            # (placed by an import that was cut before its crawl ended: imported again)
            if already and target.resolve().relative_to(paths.root.resolve()).as_posix() in recorded:
                report.skipped.append(str(path))
            else:
                placed.append(target)
        if placed:
            settings = {
                "imported_from": [str(p) for p in found],
                "software": sorted({i.get("software", "") for i in infos} - {""}),
            }
            _ingest_group(writer, report, placed, profile, settings,
                          f"govarchive/{__version__} import-warc", workers)  # fmt: skip
            report.feeds = write_feeds(db, archive_dir)
    finally:
        db.close()
        if lock is not None:
            lock.release()
    return report


# --- reextract ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One article whose extraction differs from what the archive holds."""

    url: str
    outcome: str  # "new", "changed", "lost" (an article that no longer extracts as one)
    fields: tuple[str, ...] = ()  # for "changed": which of title/body/published_at/author
    detail: str = ""


@dataclass
class ReextractReport:
    extractor: str
    dry_run: bool
    pages: int = 0
    seconds: float = 0.0
    outcomes: Counter[str] = field(default_factory=Counter)
    not_articles: Counter[str] = field(default_factory=Counter)
    changes: list[Change] = field(default_factory=list)
    documents: Counter[str] = field(default_factory=Counter)  # attachments read, by status
    texts_stored: int = 0  # attachments whose text or references were (re)written
    cited: int = 0  # articles whose citations were (re)written
    unreadable: int = 0  # captures whose WARC record could not be read (a damaged file)
    feeds: list[Path] = field(default_factory=list)
    extractions: int = 0  # pages sent to extraction (a page extracted again counts again)

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


class _Compare:
    """Describes each decision of a re-extraction against what the archive holds."""

    def __init__(self, current: dict[str, dict[str, Any]], report: ReextractReport) -> None:
        self.current = current
        self.report = report
        self.by_capture_url = {v["capture_url"]: url for url, v in current.items()}
        self.changes: dict[str, Change] = {}

    def saved(self, record: ArticleRecord, outcome: str) -> None:
        old = self.current.get(record.url)
        if old is None:
            self.changes[record.url] = Change(record.url, "new")
        elif old["content_hash"] != content_hash(record):
            new = {"title": record.title, "body": record.body_text,
                   "published_at": record.published_at, "author": record.author}  # fmt: skip
            fields = tuple(name for name in COMPARED if new[name] != old[name])
            self.changes[record.url] = Change(record.url, "changed", fields)
        else:
            self.changes.pop(record.url, None)

    def refused(self, capture: CaptureRef, result: NotAnArticle) -> None:
        if result.reason == "warc_unreadable" and capture.warc_file is not None:
            self.report.unreadable += 1  # (a capture without record, a shard's reference, is not)
        if capture.url in self.by_capture_url:
            self.changes[capture.url] = Change(capture.url, "lost", (), result.reason)
            self.report.outcomes["lost"] += 1


class _DryRun:
    """An article store that writes nothing: the outcomes a save would have."""

    def __init__(self, current: dict[str, dict[str, Any]]) -> None:
        self.current = current
        self.seen: dict[str, str] = {}

    def save_article(self, site_id: str, record: Any, capture_id: int | None,
                     crawl_id: int | None, fetched_at: str,
                     refs: Sequence[Any] = ()) -> tuple[int, str]:  # fmt: skip
        digest = content_hash(record)
        old = self.seen.get(record.url) or (self.current.get(record.url) or {}).get("content_hash")
        self.seen[record.url] = digest
        return 0, "new" if old is None else "unchanged" if old == digest else "changed"

    def restate_article(self, article_id: int, record: Any) -> str:
        return "changed"

    def discard_article(self, article_id: int) -> None:
        pass

    def add_failure(self, *args: Any, **kwargs: Any) -> None:
        pass

    def save_chrome(self, *args: Any, **kwargs: Any) -> int:
        return 0

    def link_media(self, site_id: str) -> int:
        return 0

    def replace_article_refs(self, article_id: int, refs: Any) -> int:
        return 0

    def update_article_refs(self, article_id: int, refs: Any) -> int | None:
        return None

    def update_attachment_text(self, *args: Any, **kwargs: Any) -> bool:
        return False

    def save_site_model(self, *args: Any, **kwargs: Any) -> None:
        return None

    def set_fingerprint(self, article_id: int, fingerprint: str) -> None:
        pass

    def article_body(self, article_id: int) -> str | None:
        return None

    def move_article(self, *args: Any, **kwargs: Any) -> bool:
        return False


def _counted(
    items: Iterable[CaptureRef], label: str, total: int, progress: Callable[[str, int, int], None] | None
) -> Iterator[CaptureRef]:
    """``items``, telling ``progress`` every 50 how many were taken."""
    if progress is None:
        yield from items
        return
    progress(label, 0, total)
    for done, item in enumerate(items, 1):
        yield item
        if done % 50 == 0:
            progress(label, min(done, total), total)


def reextract(
    db: Database,
    root: Path,
    *,
    site: str | None = None,
    since: str | None = None,
    dry_run: bool = False,
    workers: int | None = None,
    pools: Pools | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> ReextractReport:
    """Re-extract the archive in folder ``root`` (database ``db``); see the module doc.
    ``pools`` as in :func:`rebuild_archive`. ``progress(site_id, done, total)`` is told, site
    by site, how many of its captures went to extraction (every 50, and at the end).

    :raises InvalidFilter: a bad ``since``. :raises ArchiveError: an unknown site, or a site
        without a profile. :raises ArchiveLocked: another process holds the archive's write
        lock (not with ``dry_run``).
    """
    since = parse_since(since)
    if not dry_run:
        check_writable(db, archive_paths(root).db)  # another writer's lock: one line before the work, not after it
    report = ReextractReport(EXTRACTOR, dry_run)
    started = time.perf_counter()
    writer = ArchiveWriter(db)
    for site_id in site_ids(db, site):
        profile = site_profile(db, site_id)
        captures = candidates(db, site_id, since)
        current = current_articles(db, site_id)
        compare = _Compare(current, report)
        counts = Counts()
        store = _DryRun(current) if dry_run else writer
        ingestor = Ingestor(
            profile, root, store, workers=workers, stats=counts, record_failures=False,
            listener=compare, pool=pools(root) if pools else None, trust_model=True,
            **seeds(writer, site_id).kwargs(),
        )  # fmt: skip
        try:
            ingestor.ingest(_counted(_committed(db, captures), site_id, len(captures), progress))
        finally:
            with writer.transaction():
                ingestor.close()
        if progress is not None:
            progress(site_id, len(captures), len(captures))
        _commit(db)
        report.pages += len(captures)
        report.outcomes.update(outcomes(counts))
        report.not_articles.update(counts.prefixed("govarchive/not_article/"))
        report.documents.update(documents(counts))
        report.texts_stored += counts["govarchive/attachments/text_stored"]
        report.cited += counts["govarchive/refs/articles"]
        report.extractions += counts["govarchive/extractions"]
        report.changes += compare.changes.values()
    if not dry_run:
        report.feeds = write_feeds(db, root)
    report.seconds = time.perf_counter() - started
    return report
