"""Merge a shard (the archive folder one crawl job wrote on a fleet node) into an archive.

:func:`merge_shard` brings a shard's WARC files and rows into the central archive:

- **WARC files** (with their CDXJ indexes) keep their names and go to the same place,
  ``warcs/<site>/``: hard-linked when both folders share a file system, else copied. They are
  first placed under temporary names, outside any transaction; inside the merge's transaction,
  once every row is written, they get their final names; then the transaction commits. An
  error (or a crash) before that leaves no row pointing at a file, and the temporary and new
  files are removed on the way out. A file of the same name already there with the same bytes
  is the same file (a second merge); with other bytes it is an error, found before anything is
  written.
- **Rows** are re-keyed, in one ``BEGIN IMMEDIATE`` transaction (atomic per shard), and found
  again by natural keys, so merging a shard twice adds nothing: crawls by site, start time
  and settings; captures by WARC record id (captures without a record, fetch errors, by
  crawl, URL, time and error); articles by URL (or, for an imported stub the shard moved
  to a near-duplicate's URL, by the central id it kept: the article follows); versions by
  content hash and capture time; events, failures and learned chrome by their content. Rows a shard imported with its job
  state (:mod:`archive.jobstate`) are not copied: they are mapped to the central rows they
  came from (captures by WARC record id).
- **Conflicts**: the same article URL in both, with different content. The versions of both
  are laid on one time line (capture time, then content hash), consecutive identical contents
  are one version (a shard's version identical to its central neighbour adds nothing), the
  versions are renumbered in time order, and the newest becomes the article's current
  content (its search index entry follows). ``first_seen`` is the earliest, ``last_seen`` the
  latest sighting of the current content, and an article is removed when a removal later than
  that last sighting is known.

A shard left by a node that died is merged after ``verify --repair`` on it (its WARC files
closed, its crawl marked interrupted); a shard with a ``.open`` WARC file is refused, and a
crawl still ``running`` in it is refused unless ``interrupted_ok`` (the node is known to be
dead: the crawl is recorded as interrupted). Every table of the schema is either merged here
or named in :data:`NOT_MERGED`; a shard holding rows in a table this module does not know is
refused rather than merged with rows left behind.
"""

from __future__ import annotations

import filecmp
import json
import logging
import os
import shutil
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from archive.attachtext import save_attachment_text
from archive.cdx import WARC_SUFFIXES, index_path, index_warc
from archive.db import DB_NAME, archive_paths, begin_write, open_db
from archive.docrefs import DocumentRef, replace_article_refs, replace_capture_refs
from archive.errors import ArchiveError, ArchiveNotFound
from archive.fts import article_ref_codes, index_article, reindex_article
from archive.migrations import applied_migrations
from archive.store import utc_timestamp
from archive.warcread import OPEN_SUFFIX

logger = logging.getLogger(__name__)

#: tables whose rows a merge brings over, in the order it does
MERGED = ("sites", "crawls", "captures", "attachment_texts", "articles", "article_versions",
          "images", "attachments", "document_refs", "article_events", "failures",
          "site_chrome", "site_models")  # fmt: skip
#: tables a merge leaves alone: derived (the search index), bookkeeping of one archive
NOT_MERGED = ("_migrations", "crawl_leases", "shard_merges", "sqlite_sequence", "sqlite_stat1")
#: the full-text indexes: derived, written by archive/fts.py and archive/attachtext.py as rows
#: are merged
FTS_PREFIXES = ("articles_fts", "attachments_fts")

#: article columns that are the article's content (taken from whichever version is current)
_NOT_CONTENT = {"id", "site_id", "url", "first_seen", "last_seen", "removed_at",
                "current_version", "capture_id", "crawl_id", "fts_docid"}  # fmt: skip
PROGRESS_EVERY = 500

Progress = Callable[[str, int, int], None]


class ShardError(ArchiveError):
    """A shard that cannot be merged (as it is); the message says why and what to do."""


@dataclass
class MergeReport:
    """What :func:`merge_shard` did: rows ``added`` and ``updated`` per table, files placed."""

    shard: Path
    files_added: list[str] = field(default_factory=list)
    files_present: list[str] = field(default_factory=list)
    crawls: dict[int, int] = field(default_factory=dict)  # shard crawl id -> central id
    added: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0  # articles changed on both sides: versions interleaved by time
    unresolved: int = 0  # imported references with no central row (logged)

    @property
    def changed(self) -> bool:
        return bool(self.files_added or +self.added or +self.updated)

    def as_dict(self) -> dict[str, Any]:
        return {"shard": str(self.shard), "files_added": len(self.files_added),
                "files_present": len(self.files_present), "crawls": self.crawls,
                "added": dict(self.added), "updated": dict(self.updated),
                "conflicts": self.conflicts, "unresolved": self.unresolved}  # fmt: skip


def _rows(db: Database, sql: str, params: Any = ()) -> Iterator[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def _one(db: Database, sql: str, params: Any = ()) -> dict[str, Any] | None:
    return next(_rows(db, sql, params), None)


def _columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def _insert(db: Database, table: str, values: dict[str, Any]) -> int:
    cursor = db.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
        list(values.values()),
    )
    return int(cursor.lastrowid or 0)


# --- checks -----------------------------------------------------------------------------------


def _check_shard(shard: Database, central: Database, root: Path, interrupted_ok: bool) -> None:
    warcs = archive_paths(root).warcs
    still_open = sorted(p.name for p in warcs.rglob(f"*{OPEN_SUFFIX}")) if warcs.is_dir() else []
    if still_open:
        raise ShardError(
            f"{root}: {len(still_open)} WARC file(s) still open ({still_open[0]}): the job was "
            "killed while writing; run `govarchive verify --repair` on the shard first, or "
            "discard it"
        )
    known = {name for name, _ in applied_migrations(central)}
    newer = [name for name, _ in applied_migrations(shard) if name not in known]
    if newer:
        raise ShardError(f"{root}: written by a newer govarchive (migration {newer[0]})")
    running = shard.execute(
        "SELECT id, site_id FROM crawls WHERE status = 'running' AND imported_from IS NULL"
    ).fetchall()
    if running and not interrupted_ok:
        crawl_id, site = running[0]
        raise ShardError(
            f"{root}: crawl {crawl_id} of {site} is still running in this shard: merge it when "
            "its job has ended (or, its node being dead, record it as interrupted: "
            "`govarchive merge --interrupted`)"
        )
    for table in shard.table_names():
        if table in MERGED or table in NOT_MERGED or table.startswith(FTS_PREFIXES):
            continue
        if shard.execute(f"SELECT 1 FROM [{table}] LIMIT 1").fetchone():
            raise ShardError(f"{root}: table {table} holds rows this version cannot merge")


# --- WARC files -------------------------------------------------------------------------------


@dataclass
class _Placement:
    source: Path
    target: Path
    temp: Path
    placed: bool = False  # the final name was created by this merge


def _link_or_copy(source: Path, target: Path) -> None:
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _plan_files(shard_root: Path, central_root: Path, report: MergeReport) -> list[_Placement]:
    """Every finished WARC file of the shard (and its index) to place; clashes are errors."""
    warcs = archive_paths(shard_root).warcs
    sources = sorted(p for p in warcs.rglob("*") if p.is_file() and p.name.endswith(WARC_SUFFIXES)) if warcs.is_dir() else []  # fmt: skip
    plan = []
    tag = uuid.uuid4().hex[:8]
    for source in sources:
        rel = source.relative_to(shard_root)
        target = central_root / rel
        if target.exists():
            if not filecmp.cmp(source, target, shallow=False):
                raise ShardError(
                    f"{shard_root}: {rel.as_posix()} exists in {central_root} with other content"
                )
            report.files_present.append(rel.as_posix())
            continue
        files = [source]
        index = index_path(source)
        if index.is_file() and index.stat().st_mtime >= source.stat().st_mtime:
            files.append(index)
        for path in files:
            final = central_root / path.relative_to(shard_root)
            temp = final.with_name(f".{final.name}.merge-{tag}")
            plan.append(_Placement(path, final, temp))
        report.files_added.append(rel.as_posix())
    return plan


def _stage(plan: list[_Placement], progress: Progress | None) -> None:
    for done, item in enumerate(plan, start=1):
        item.temp.parent.mkdir(parents=True, exist_ok=True)
        item.temp.unlink(missing_ok=True)
        _link_or_copy(item.source, item.temp)
        if progress:
            progress("files", done, len(plan))


def _publish(plan: list[_Placement]) -> None:
    for item in plan:
        if item.target.exists() and item.target.name.endswith(WARC_SUFFIXES):
            raise ShardError(f"{item.target} appeared while merging")
        os.replace(item.temp, item.target)
        item.placed = True


def _unstage(plan: list[_Placement]) -> None:
    for item in plan:
        item.temp.unlink(missing_ok=True)
        if item.placed:
            item.target.unlink(missing_ok=True)


@contextmanager
def _immediate(db: Database) -> Iterator[None]:
    if db.conn.in_transaction:
        raise ArchiveError("a merge runs in its own transaction; commit first")
    begin_write(db)  # another writer's lock: waited for, said, counted (archive.db)
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


# --- rows -------------------------------------------------------------------------------------


class _Merger:
    def __init__(self, central: Database, shard: Database, report: MergeReport,
                 progress: Progress | None, interrupted_ok: bool) -> None:  # fmt: skip
        self.c, self.s, self.report = central, shard, report
        self.progress = progress
        self.interrupted_ok = interrupted_ok
        self.crawl_map: dict[int, int | None] = {}
        self.capture_map: dict[int, int | None] = {}
        self.imported = {
            cid for (cid,) in shard.execute("SELECT id FROM crawls WHERE imported_from IS NOT NULL")
        }
        self.cols = {table: _columns(central, table) for table in MERGED}

    def _tick(self, stage: str, done: int, total: int) -> None:
        if self.progress and (done % PROGRESS_EVERY == 0 or done == total):
            self.progress(stage, done, total)

    def _keep(self, table: str, row: dict[str, Any], drop: tuple[str, ...] = ("id",)) -> dict[str, Any]:
        return {k: v for k, v in row.items() if k in self.cols[table] and k not in drop}

    def run(self) -> None:
        self.sites()
        self.crawls()
        self.captures()
        self.attachment_texts()
        self.articles()
        self.failures()
        self.chrome()
        self.site_models()

    # sites and crawls
    def sites(self) -> None:
        for row in _rows(self.s, "SELECT * FROM sites ORDER BY id"):
            have = _one(self.c, "SELECT * FROM sites WHERE id = ?", [row["id"]])
            if have is None:
                _insert(self.c, "sites", self._keep("sites", row, ()))
                self.report.added["sites"] += 1
                continue
            first = min(filter(None, [have["first_crawl_at"], row["first_crawl_at"]]), default=None)
            last = max(filter(None, [have["last_crawl_at"], row["last_crawl_at"]]), default=None)
            if (first, last) != (have["first_crawl_at"], have["last_crawl_at"]):
                self.c.execute("UPDATE sites SET first_crawl_at = ?, last_crawl_at = ? WHERE id = ?",
                               [first, last, row["id"]])  # fmt: skip
                self.report.updated["sites"] += 1

    def crawls(self) -> None:
        rows = list(_rows(self.s, "SELECT * FROM crawls ORDER BY id"))
        for done, row in enumerate(rows, start=1):
            if row["id"] in self.imported:
                found = _one(self.c, "SELECT id FROM crawls WHERE site_id = ? AND started_at = ? "
                             "AND imported_from IS NULL ORDER BY id LIMIT 1",
                             [row["site_id"], row["started_at"]])  # fmt: skip
                self.crawl_map[row["id"]] = found["id"] if found else None
                self._unresolved(found, "crawl", row["id"])
                continue
            values = self._keep("crawls", row)
            if values["status"] == "running" and self.interrupted_ok:
                values["status"] = "interrupted"
            have = _one(self.c, "SELECT * FROM crawls WHERE site_id = ? AND started_at = ? AND "
                        "COALESCE(settings_json, '') = COALESCE(?, '') AND imported_from IS NULL",
                        [row["site_id"], row["started_at"], row["settings_json"]])  # fmt: skip
            if have is None:
                central_id = _insert(self.c, "crawls", values)
                self.report.added["crawls"] += 1
                if row.get("log_file"):  # named after the crawl's id here
                    self.c.execute("UPDATE crawls SET log_file = ? WHERE id = ?",
                                   [f"logs/{row['site_id']}-{central_id}.log", central_id])  # fmt: skip
            else:
                central_id = have["id"]
                if row.get("log_file"):
                    values["log_file"] = f"logs/{row['site_id']}-{central_id}.log"
                changed = {k: v for k, v in values.items() if have.get(k) != v}
                if changed:
                    sets = ", ".join(f"{k} = ?" for k in changed)
                    self.c.execute(f"UPDATE crawls SET {sets} WHERE id = ?",
                                   [*changed.values(), central_id])  # fmt: skip
                    self.report.updated["crawls"] += 1
            self.crawl_map[row["id"]] = central_id
            self.report.crawls[row["id"]] = central_id
            self._tick("crawls", done, len(rows))

    def _unresolved(self, found: Any, what: str, key: Any) -> None:
        if found is None:
            self.report.unresolved += 1
            logger.warning("Shard %s: imported %s %s has no row in the archive", self.report.shard, what, key)

    def _crawl(self, shard_id: int | None) -> int | None:
        return None if shard_id is None else self.crawl_map.get(shard_id)

    def _capture(self, shard_id: int | None) -> int | None:
        return None if shard_id is None else self.capture_map.get(shard_id)

    # captures
    def captures(self) -> None:
        (total,) = self.s.execute("SELECT COUNT(*) FROM captures").fetchone()
        for done, row in enumerate(_rows(self.s, "SELECT * FROM captures ORDER BY id"), start=1):
            self._tick("captures", done, total)
            record_id = row["warc_record_id"]
            if record_id:
                found = _one(self.c, "SELECT id FROM captures WHERE warc_record_id = ? "
                             "ORDER BY id LIMIT 1", [record_id])  # fmt: skip
            else:
                found = _one(self.c, "SELECT id FROM captures WHERE crawl_id IS ? AND url = ? AND "
                             "fetched_at = ? AND COALESCE(error, '') = COALESCE(?, '') AND "
                             "warc_record_id IS NULL", [self._crawl(row["crawl_id"]), row["url"],
                             row["fetched_at"], row["error"]])  # fmt: skip
            if row["crawl_id"] in self.imported:
                self.capture_map[row["id"]] = found["id"] if found else None
                self._unresolved(found, "capture", record_id or row["id"])
                continue
            if found is not None:
                self.capture_map[row["id"]] = found["id"]
                continue
            values = self._keep("captures", row) | {"crawl_id": self._crawl(row["crawl_id"])}
            self.capture_map[row["id"]] = _insert(self.c, "captures", values)
            self.report.added["captures"] += 1

    # articles
    def articles(self) -> None:
        (total,) = self.s.execute("SELECT COUNT(*) FROM articles").fetchone()
        for done, row in enumerate(_rows(self.s, "SELECT * FROM articles ORDER BY id"), start=1):
            self._tick("articles", done, total)
            versions = list(_rows(self.s, "SELECT * FROM article_versions WHERE article_id = ? "
                                  "ORDER BY fetched_at, version", [row["id"]]))  # fmt: skip
            have = _one(self.c, "SELECT * FROM articles WHERE url = ?", [row["url"]])
            if have is None:
                have = self._moved_stub(row)
            if have is None:
                if not versions:  # a stub whose article is not (or no longer) in this archive
                    self._unresolved(None, "article", row["url"])
                    continue
                article_id = self._new_article(row, versions)
            else:
                article_id = have["id"]
                self._merge_article(have, row, versions)
            self._events(row["id"], article_id)

    def _moved_stub(self, row: dict[str, Any]) -> dict[str, Any] | None:
        """The central article a shard's imported stub (:mod:`archive.jobstate`: central id,
        site and ``first_seen`` kept) came from, when the shard moved it to another URL (a
        near-duplicate at the site's article address: :func:`archive.articles.move_article`),
        so the article follows the move instead of being stored twice; None otherwise."""
        have = _one(self.c, "SELECT * FROM articles WHERE id = ? AND site_id = ? AND "
                    "first_seen = ?", [row["id"], row["site_id"], row["first_seen"]])  # fmt: skip
        if have is None or have["url"] == row["url"] or self.s.execute(
            "SELECT 1 FROM articles WHERE url = ?", [have["url"]]
        ).fetchone():
            return None
        return have

    def _version_values(self, version: dict[str, Any], article_id: int, number: int) -> dict[str, Any]:
        return self._keep("article_versions", version) | {
            "article_id": article_id, "version": number,
            "capture_id": self._capture(version["capture_id"]),
            "crawl_id": self._crawl(version["crawl_id"]),
        }  # fmt: skip

    def _new_article(self, row: dict[str, Any], versions: list[dict[str, Any]]) -> int:
        values = self._keep("articles", row, ("id", "fts_docid")) | {
            "capture_id": self._capture(row["capture_id"]), "crawl_id": self._crawl(row["crawl_id"]),
            "current_version": len(versions),
        }  # fmt: skip
        article_id = _insert(self.c, "articles", values)
        for number, version in enumerate(versions, start=1):
            _insert(self.c, "article_versions", self._version_values(version, article_id, number))
        self._copy_media(row["id"], article_id)
        index_article(self.c, article_id, values)
        self._copy_refs(row["id"], article_id)
        self.report.added["articles"] += 1
        self.report.added["article_versions"] += len(versions)
        return article_id

    def _copy_media(self, shard_id: int, article_id: int) -> None:
        self.c.execute("DELETE FROM images WHERE article_id = ?", [article_id])
        self.c.execute("DELETE FROM attachments WHERE article_id = ?", [article_id])
        for image in _rows(self.s, "SELECT * FROM images WHERE article_id = ?", [shard_id]):
            values = self._keep("images", image, ()) | {
                "article_id": article_id, "capture_id": self._capture(image.get("capture_id"))}
            _insert(self.c, "images", values)
        for item in _rows(self.s, "SELECT * FROM attachments WHERE article_id = ?", [shard_id]):
            values = self._keep("attachments", item, ()) | {
                "article_id": article_id, "capture_id": self._capture(item["capture_id"])}
            _insert(self.c, "attachments", values)

    def _copy_refs(self, shard_id: int, article_id: int) -> None:
        """The shard article's citations become the article's (they follow its content)."""
        refs = list(_rows(self.s, "SELECT * FROM document_refs WHERE article_id = ? ORDER BY id",
                          [shard_id]))  # fmt: skip
        if refs or article_ref_codes(self.c, article_id):
            replace_article_refs(self.c, article_id, [_ref(r) for r in refs])

    # attachments' text and their references (keyed by capture)
    def attachment_texts(self) -> None:
        done: set[int] = set()
        for row in _rows(self.s, "SELECT * FROM attachment_texts ORDER BY capture_id"):
            capture = self._capture(row["capture_id"])
            done.add(row["capture_id"])
            if capture is None or self.c.execute(
                "SELECT 1 FROM attachment_texts WHERE capture_id = ?", [capture]
            ).fetchone():
                continue
            refs = _rows(self.s, "SELECT * FROM document_refs WHERE capture_id = ? ORDER BY id",
                         [row["capture_id"]])  # fmt: skip
            save_attachment_text(self.c, capture, row, [_ref(r) for r in refs],
                                 extractor=row["extractor"], at=row["extracted_at"])  # fmt: skip
            self.report.added["attachment_texts"] += 1
        rows = _rows(self.s, "SELECT DISTINCT capture_id FROM document_refs "
                     "WHERE capture_id IS NOT NULL ORDER BY capture_id")  # fmt: skip
        for (shard_capture,) in [tuple(r.values()) for r in rows]:
            capture = self._capture(shard_capture)
            if shard_capture in done or capture is None or self.c.execute(
                "SELECT 1 FROM document_refs WHERE capture_id = ?", [capture]
            ).fetchone():
                continue
            refs = _rows(self.s, "SELECT * FROM document_refs WHERE capture_id = ? ORDER BY id",
                         [shard_capture])  # fmt: skip
            replace_capture_refs(self.c, capture, [_ref(r) for r in refs])

    def _merge_article(self, have: dict[str, Any], row: dict[str, Any],
                       versions: list[dict[str, Any]]) -> None:  # fmt: skip
        central = list(_rows(self.c, "SELECT * FROM article_versions WHERE article_id = ? "
                             "ORDER BY version", [have["id"]]))  # fmt: skip
        # one time line: (capture time, content hash, central first); identical neighbours
        # are one version, and a central version is never dropped
        line = sorted([(v["fetched_at"], v["content_hash"], 0, v) for v in central]
                      + [(v["fetched_at"], v["content_hash"], 1, v) for v in versions],
                      key=lambda e: (e[0], e[1], e[2]))  # fmt: skip
        kept: list[tuple[int, dict[str, Any]]] = []
        for _, digest, source, version in line:
            if kept and kept[-1][1]["content_hash"] == digest and source == 1:
                continue
            kept.append((source, version))
        added = [v for s, v in kept if s == 1]
        renumber = any(v["version"] != n for n, (s, v) in enumerate(kept, start=1) if s == 0)
        if renumber or (added and kept[-1][0] == 0):  # histories interleave: both changed it
            self.report.conflicts += 1
        if renumber:
            self.c.execute("UPDATE article_versions SET version = -version WHERE article_id = ?",
                           [have["id"]])  # fmt: skip
        for number, (source, version) in enumerate(kept, start=1):
            if source == 0 and renumber:
                self.c.execute("UPDATE article_versions SET version = ? WHERE id = ?",
                               [number, version["id"]])  # fmt: skip
            elif source == 1:
                _insert(self.c, "article_versions", self._version_values(version, have["id"], number))
        self.report.added["article_versions"] += len(added)
        self.report.updated["article_versions"] += int(renumber)
        current_source, current = kept[-1]
        update: dict[str, Any] = {"current_version": len(kept), "url": row["url"]}
        shard_current = current_source == 1
        if shard_current and current["content_hash"] == row["content_hash"]:
            update |= {k: v for k, v in self._keep("articles", row).items() if k not in _NOT_CONTENT}
        elif shard_current:  # the shard's newest capture is not its article row's content
            update |= {k: current[k] for k in ("title", "published_at", "author", "body",
                                               "extractor", "content_hash")}  # fmt: skip
        final_hash = current["content_hash"] if shard_current else have["content_hash"]
        same = row["content_hash"] == final_hash
        update["first_seen"] = min(have["first_seen"], row["first_seen"])
        last_seen = max(have["last_seen"], row["last_seen"]) if same else have["last_seen"]
        update["last_seen"] = last_seen
        if same and (shard_current or row["last_seen"] >= have["last_seen"]):
            capture, crawl = self._capture(row["capture_id"]), self._crawl(row["crawl_id"])
            if capture is not None:
                update["capture_id"] = capture
            if crawl is not None:
                update["crawl_id"] = crawl
        removals = [r for r in (have["removed_at"], row["removed_at"] if same else None)
                    if r and r > last_seen]  # fmt: skip
        update["removed_at"] = min(removals) if removals else None
        changed = {k: v for k, v in update.items() if have.get(k) != v}
        if not changed:
            return
        sets = ", ".join(f"{k} = ?" for k in changed)
        self.c.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*changed.values(), have["id"]])
        self.report.updated["articles"] += 1
        if shard_current and final_hash != have["content_hash"]:
            if same:
                self._copy_media(row["id"], have["id"])
            reindex_article(self.c, have["id"], have, {**have, **update})
            if same:
                self._copy_refs(row["id"], have["id"])

    def _events(self, shard_id: int, article_id: int) -> None:
        for event in _rows(self.s, "SELECT * FROM article_events WHERE article_id = ? ORDER BY id",
                           [shard_id]):  # fmt: skip
            if self.c.execute("SELECT 1 FROM article_events WHERE article_id = ? AND kind = ? AND "
                              "at = ? AND COALESCE(reason, '') = COALESCE(?, '')",
                              [article_id, event["kind"], event["at"], event["reason"]]).fetchone():  # fmt: skip
                continue
            values = self._keep("article_events", event) | {
                "article_id": article_id, "crawl_id": self._crawl(event["crawl_id"]),
                "capture_id": self._capture(event["capture_id"])}  # fmt: skip
            _insert(self.c, "article_events", values)
            self.report.added["article_events"] += 1

    # failures and chrome
    def failures(self) -> None:
        for row in _rows(self.s, "SELECT * FROM failures ORDER BY id"):
            if row["crawl_id"] in self.imported:
                continue
            values = self._keep("failures", row) | {"crawl_id": self._crawl(row["crawl_id"])}
            if self.c.execute("SELECT 1 FROM failures WHERE crawl_id IS ? AND site_id IS ? AND "
                              "url = ? AND reason = ? AND at = ?", [values["crawl_id"],
                              row["site_id"], row["url"], row["reason"], row["at"]]).fetchone():  # fmt: skip
                continue
            _insert(self.c, "failures", values)
            self.report.added["failures"] += 1

    def chrome(self) -> None:
        for row in _rows(self.s, "SELECT * FROM site_chrome ORDER BY site_id, kind, text"):
            values = self._keep("site_chrome", row, ()) | {"crawl_id": self._crawl(row["crawl_id"])}
            cursor = self.c.execute(
                f"INSERT OR IGNORE INTO site_chrome ({', '.join(values)}) "
                f"VALUES ({', '.join('?' * len(values))})", list(values.values()),
            )  # fmt: skip
            self.report.added["site_chrome"] += cursor.rowcount


    def site_models(self) -> None:
        """A shard's inferred site models, with their crawl; one already merged is skipped."""
        for row in _rows(self.s, "SELECT * FROM site_models ORDER BY id"):
            values = self._keep("site_models", row) | {"crawl_id": self._crawl(row["crawl_id"])}
            if self.c.execute("SELECT 1 FROM site_models WHERE site_id = ? AND crawl_id IS ? AND "
                              "model_json = ?", [values["site_id"], values["crawl_id"],
                              values["model_json"]]).fetchone():  # fmt: skip
                continue
            _insert(self.c, "site_models", values)
            self.report.added["site_models"] += 1


# --- the merge --------------------------------------------------------------------------------


def _ref(row: dict[str, Any]) -> DocumentRef:
    """A ``document_refs`` row as the reference it was stored from."""
    return DocumentRef(key=row["key"], doc_type=row["doc_type"], number=row["number"],
                       issuer=row["issuer"], raw=row["raw"], year=row["year"],
                       sentence=row["sentence"], start=row["span_start"], end=row["span_end"],
                       field=row["field"], issued_on=row["issued_on"])  # fmt: skip


def _archive_root(path: Path | str) -> Path:
    root = Path(path).resolve()
    if not (root / DB_NAME).is_file():
        raise ArchiveNotFound(root)
    return root


def merge_shard(
    central: Path | str,
    shard: Path | str,
    *,
    progress: Progress | None = None,
    interrupted_ok: bool = False,
) -> MergeReport:
    """Merge the shard archive folder ``shard`` into the archive folder ``central``; see the
    module docstring. ``progress(stage, done, total)`` is called as it goes (stages
    ``files``, ``crawls``, ``captures``, ``articles``). ``interrupted_ok``: record a crawl
    still ``running`` in the shard as interrupted (its node is dead) instead of refusing it.

    :raises ArchiveNotFound: either folder holds no archive.
    :raises ShardError: the shard cannot be merged (open WARC files, a running crawl, a
        file name clash, a newer schema); nothing was changed.
    """
    shard_root = _archive_root(shard)
    central_root = Path(central).resolve()
    if not (central_root / DB_NAME).is_file():
        raise ArchiveNotFound(central_root)
    if shard_root == central_root:
        raise ShardError(f"{shard_root} is the archive itself")
    report = MergeReport(shard_root)
    sdb = open_db(shard_root / DB_NAME, create=False)
    cdb = open_db(central_root / DB_NAME, create=False)
    plan: list[_Placement] = []
    try:
        _check_shard(sdb, cdb, shard_root, interrupted_ok)
        plan = _plan_files(shard_root, central_root, report)
        _stage(plan, progress)
        with _immediate(cdb):
            merger = _Merger(cdb, sdb, report, progress, interrupted_ok)
            merger.run()
            if report.changed:
                _insert(cdb, "shard_merges", {
                    "shard": str(shard_root), "merged_at": utc_timestamp(),
                    "crawls_json": json.dumps(report.crawls),
                    "stats_json": json.dumps(report.as_dict(), ensure_ascii=False),
                })  # fmt: skip
            _publish(plan)
    except BaseException:
        _unstage(plan)
        raise
    finally:
        sdb.close()
        cdb.close()
    _after_commit(shard_root, central_root, plan, report)
    logger.info("Merged shard %s: %s", shard_root, report.as_dict())
    return report


def _after_commit(shard_root: Path, central_root: Path, plan: list[_Placement],
                  report: MergeReport) -> None:  # fmt: skip
    """Not needed for consistency: indexes a copied WARC lacked, and the crawls' log files."""
    placed = {item.target for item in plan}
    for rel in report.files_added:
        warc = central_root / rel
        if index_path(warc) not in placed:
            try:
                index_warc(warc)
            except ArchiveError as exc:
                logger.warning("%s", exc)
    db = open_db(shard_root / DB_NAME, create=False)
    try:
        logs = db.execute("SELECT id, site_id, log_file FROM crawls WHERE log_file IS NOT NULL "
                          "AND imported_from IS NULL").fetchall()  # fmt: skip
    finally:
        db.close()
    for crawl_id, site_id, log_file in logs:
        source, central_id = shard_root / log_file, report.crawls.get(crawl_id)
        target = central_root / "logs" / f"{site_id}-{central_id}.log"
        if central_id is not None and source.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
