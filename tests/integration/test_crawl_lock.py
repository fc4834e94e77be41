"""A crawl meets another writer's lock on the archive half-way (an import, a re-extraction,
a Datasette or sqlite3 session holding a write transaction): held for a moment, the crawl
waits and stores every row (the wait counted, in the summary); held past the crawl's wait,
it stops cleanly with one line naming the cause, its row ``interrupted``, resumable.

The crawl runs in a process of its own (Twisted's reactor starts once a process); there, the
other writer is a second SQLite connection that takes the write lock as the crawl records its
6th response, and lets go once the crawl waits for it (``moment``) or once the crawl has
stopped (``beyond``, with a wait of 0.5 s: ``--lock-wait 0.5``, the crawl's
``GOVARCHIVE_LOCK_WAIT`` setting)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.helpers import ROOT, rows

HOLD = """
import sqlite3, sys, threading
from archive import recorder
mode = sys.argv.pop(1)
other, seen = [], []

def release():
    if other and other[0].in_transaction:
        other[0].rollback()

record = recorder.CrawlRecorder.record_response
def record_response(self, *args, **kwargs):
    seen.append(1)
    if len(seen) == 6:  # another writer takes the archive's write lock
        conn = sqlite3.connect(self.paths.db, isolation_level=None, check_same_thread=False,
                               timeout=60)
        conn.execute("BEGIN IMMEDIATE")
        other.append(conn)
    return record(self, *args, **kwargs)
recorder.CrawlRecorder.record_response = record_response

at_once = recorder._ArchiveThread._begin_at_once
def begin_at_once(db):
    began = at_once(db)
    if not began and mode == "moment":
        threading.Timer(0.3, release).start()
    return began
recorder._ArchiveThread._begin_at_once = staticmethod(begin_at_once)

on_fatal = recorder.CrawlRecorder.on_fatal
def on_stop(self, listener):
    def both(error):
        release()  # the crawl stopped: the other writer is done too
        listener(error)
    on_fatal(self, both)
recorder.CrawlRecorder.on_fatal = on_stop

from crawler.cli import main
sys.argv = ["govarchive", *sys.argv[1:]]
main()
"""


@dataclass
class Run:
    archive: Path
    returncode: int
    stdout: str
    stderr: str


def crawl_held(mode: str, profile: Path, archive: Path, *more: str) -> Run:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="160")
    done = subprocess.run(
        [sys.executable, "-c", HOLD, mode, "crawl", str(profile), "--archive", str(archive),
         "--max-pages", "25", *more],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    return Run(archive, done.returncode, done.stdout, done.stderr)


def warc_records(archive: Path) -> int:
    """Response and revisit records in the archive's WARC files."""
    from archive.warcread import iter_records

    return sum(1 for path in (archive / "warcs").rglob("*.warc.gz")
               for record in iter_records(path)
               if record.record_type in ("response", "revisit"))  # fmt: skip


def test_a_lock_held_for_a_moment_is_waited_for_counted_and_nothing_lost(
    replica_profile_path: Path, tmp_path: Path
) -> None:
    run = crawl_held("moment", replica_profile_path, tmp_path / "archive")
    assert run.returncode in (0, 3), run.stderr
    assert "Archive write failed" not in run.stderr and "Traceback" not in run.stderr
    ((crawl_id, status, stats),) = rows(run.archive, "SELECT id, status, stats_json FROM crawls")
    assert status in ("finished", "partial") and '"govarchive/archive_lock_waits": 1' in stats
    assert "waits for another process's write lock on the archive" in run.stdout
    (count,) = rows(run.archive, "SELECT COUNT(*) FROM captures WHERE status IS NOT NULL")[0]
    assert count == warc_records(run.archive) >= 6  # every capture fetched has its row


def test_a_lock_held_past_the_wait_stops_the_crawl_cleanly_and_it_is_resumable(
    replica_profile_path: Path, tmp_path: Path
) -> None:
    # the wait set as archivists set it: the crawl's option (its Scrapy setting, the recorder's)
    run = crawl_held("beyond", replica_profile_path, tmp_path / "archive", "--quiet",
                     "--lock-wait", "0.5")  # fmt: skip
    assert run.returncode == 3, run.stderr
    # said once (the error), then the one-line summary of --quiet: stopped, and why
    said, summary = run.stderr.strip().splitlines()
    assert said.startswith("ERROR") and "held the archive's write lock for more than 0.5 s" in said
    assert "crawl 1 interrupted: archive_locked: " in summary
    assert "Traceback" not in run.stderr and "Archive write failed" not in run.stderr
    ((status, stats),) = rows(run.archive, "SELECT status, stats_json FROM crawls")
    assert status == "interrupted" and '"finish_reason": "archive_locked"' in stats
    assert not list((run.archive / "warcs").rglob("*.open"))  # the WARC closed
    (count,) = rows(run.archive, "SELECT COUNT(*) FROM captures WHERE status IS NOT NULL")[0]
    assert count == warc_records(run.archive)  # the rows it could not write: restored
    # the resume path takes it up: the next crawl extracts what it fetched, once
    from archive.db import open_db
    from archive.history import resumed_crawls

    db = open_db(run.archive / "archive.db", create=False)
    try:
        assert resumed_crawls(db, "laocai-tinhuy") == [1]
    finally:
        db.close()
