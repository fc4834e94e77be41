"""The crawl recorder and another process's write lock on the archive: a lock held for a
moment is waited for (counted, logged, every row stored); one held past the crawl's wait
stops the crawl's writes cleanly, and what it fetched is restored from its WARC."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from archive import recorder as recorder_module
from archive.db import open_db
from archive.errors import ArchiveLocked, WritesStopped
from archive.recorder import CrawlRecorder, _ArchiveThread
from archive.resume import recover_site
from tests.unit.test_recorder import PROFILE, _full_recorder, _record, _rows


@pytest.fixture
def other(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """Another writer's connection to the archive (a database tool, say)."""
    conn = sqlite3.connect(tmp_path / "archive.db", isolation_level=None, check_same_thread=False)
    yield conn
    if conn.in_transaction:
        conn.rollback()
    conn.close()


def _idle(recorder: CrawlRecorder) -> None:
    """Wait until the recorder's open batch is committed (a job outside any batch)."""
    recorder._call(lambda _: None)


def test_a_lock_held_for_a_moment_is_waited_for_and_every_row_stored(
    tmp_path: Path, other: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    real = _ArchiveThread._begin_at_once

    def noticed(db: object) -> bool:  # the other writer lets go once the crawl waits
        began = real(db)  # type: ignore[arg-type]
        if not began:
            threading.Timer(0.2, other.rollback).start()
        return began

    monkeypatch.setattr(_ArchiveThread, "_begin_at_once", staticmethod(noticed))
    recorder, told = _full_recorder(tmp_path)
    [_record(recorder, i).result() for i in range(2)]
    _idle(recorder)
    other.execute("BEGIN IMMEDIATE")
    blocked = [_record(recorder, i) for i in range(2, 7)]  # fetched while the lock is held
    assert [f.result().capture.url for f in blocked] == [
        f"https://laocai.example/tin-tuc/{i}.html" for i in range(2, 7)]  # fmt: skip
    assert recorder.lock_waits == 1 and told == []
    recorder.finish("finished", {}, 0)
    recorder.close()
    assert recorder.lock_waits == 1
    assert _rows(tmp_path, "SELECT COUNT(*) FROM captures") == [(7,)]
    assert _rows(tmp_path, "SELECT status FROM crawls") == [("finished",)]
    said = [r.getMessage() for r in caplog.records if "write lock" in r.getMessage()]
    assert any("wait for it, at most" in m for m in said), said


@pytest.mark.parametrize("released", [True, False], ids=["released-before-finish", "held-on"])
def test_a_lock_held_past_the_wait_stops_the_writes_and_the_crawl_is_resumable(
    tmp_path: Path, other: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, released: bool
) -> None:
    monkeypatch.setattr(recorder_module, "LOCK_WAIT", 0.1)
    recorder, told = _full_recorder(tmp_path)
    [_record(recorder, i).result() for i in range(2)]
    _idle(recorder)
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(ArchiveLocked, match="held the archive's write lock for more than 0.1 s"):
        _record(recorder, 2).result()
    with pytest.raises(ArchiveLocked):  # stopped: every later write says so at once
        _record(recorder, 3).result()
    assert len(told) == 1 and isinstance(told[0], ArchiveLocked)
    if released:  # the crawl closes its own row: interrupted, its rows restored from the WARC
        other.rollback()
        recorder.finish("finished", {"finish_reason": "finished"}, 0)
    else:  # the row cannot be written: it stays `running` for the next crawl to close
        with pytest.raises(WritesStopped):
            recorder.finish("finished", {"finish_reason": "finished"}, 0)
        other.rollback()
    recorder.close()
    if not released:
        assert _rows(tmp_path, "SELECT status FROM crawls") == [("running",)]
        writer = CrawlRecorder(tmp_path, PROFILE.id)  # the next crawl of the site, opening
        writer.lock()
        writer.open()
        recovery = writer.recover(lambda url: True)
        writer.close()
        assert recovery.interrupted == [1] and recovery.captures_restored == 2
    ((status, stats),) = _rows(tmp_path, "SELECT status, stats_json FROM crawls")
    assert status == "interrupted"
    if released:
        assert json.loads(stats)["finish_reason"] == "archive_locked"
    # every record fetched has its row, once
    assert _rows(tmp_path, "SELECT COUNT(*), COUNT(DISTINCT url) FROM captures") == [(4, 4)]
    db = open_db(tmp_path / "archive.db", create=False)
    try:  # the resume path extracts the pages the stopped crawl never extracted
        assert len(recover_site(db, tmp_path, PROFILE.id, lambda url: True).orphans) == 4
    finally:
        db.close()


@pytest.mark.parametrize(("value", "wait"), [(None, None), ("", None), ("0.5", 0.5), (7, 7.0)])
def test_the_crawl_setting_is_the_recorder_wait(value: object, wait: float | None) -> None:
    from types import SimpleNamespace

    from scrapy.settings import Settings

    from crawler.session import CrawlSession

    crawler = SimpleNamespace(settings=Settings({"GOVARCHIVE_LOCK_WAIT": value}))
    assert CrawlSession(crawler).lock_wait == wait  # type: ignore[arg-type]


def test_a_bad_crawl_setting_refuses_the_crawl_in_one_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """``scrapy crawl -s GOVARCHIVE_LOCK_WAIT=soon`` (Scrapyd): the crawl does not start, and
    says why once (``govarchive crawl`` refuses it before, test_archivist_trust.py)."""
    from types import SimpleNamespace

    from scrapy.settings import Settings
    from scrapy.statscollectors import MemoryStatsCollector

    from crawler.session import CrawlSession

    crawler = SimpleNamespace(settings=Settings({"GOVARCHIVE_LOCK_WAIT": "soon"}))
    crawler.stats = MemoryStatsCollector(crawler)  # type: ignore[attr-defined]
    session = CrawlSession(crawler)  # type: ignore[arg-type]
    session.open()
    assert session.recorder is None and crawler.stats.get_value("govarchive/status") == "skipped"
    (said,) = [r.getMessage() for r in caplog.records if r.name == "crawler.session"]
    assert said == ("Not crawling: GOVARCHIVE_LOCK_WAIT must be a number of seconds, 0 or more "
                    "(how long a write waits for another writer's lock on the archive), not "
                    "'soon'")  # fmt: skip
