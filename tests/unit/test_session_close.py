"""A crawl whose disk filled ends ``failed`` (``disk_full``), whatever reason the spider was
closing for: the disk may fill while a finished spider's last results are being stored
(the ingestor's settle step, the site model), after Scrapy chose the reason ``finished``."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from crawler.session import CrawlSession


class Stats(dict[str, Any]):
    def get_stats(self) -> dict[str, Any]:
        return dict(self)

    def get_value(self, key: str, default: Any = None) -> Any:
        return self.get(key, default)

    def set_value(self, key: str, value: Any) -> None:
        self[key] = value


class Recorder:
    crawl_id = 1
    lock_waits = 0

    def __init__(self) -> None:
        self.finished: tuple[str, dict[str, Any]] | None = None
        self.fatal: Any = None
        self.fills_at_close: Any = None  # a full disk met by the last commit

    def finish(self, status: str, stats: dict[str, Any], removed: int) -> list[str]:
        self.finished = (status, stats)
        return []

    def close(self) -> None:
        self.fatal = self.fatal or self.fills_at_close

    def index_warcs(self, files: list[str]) -> None:
        pass


def _session(**stats: Any) -> tuple[CrawlSession, Recorder]:
    profile = SimpleNamespace(id="fixture-portal")
    crawler = SimpleNamespace(stats=Stats({"govarchive/responses_ok": 20, **stats}),
                              spider=SimpleNamespace(profile=profile))  # fmt: skip
    session = CrawlSession(crawler)  # type: ignore[arg-type]
    recorder = Recorder()
    session.recorder = recorder  # type: ignore[assignment]
    return session, recorder


def test_a_disk_that_filled_while_the_spider_closed_fails_the_crawl() -> None:
    from archive.errors import DiskFull

    session, recorder = _session(**{"govarchive/fatal": "No space left on device: archive.db"})
    recorder.fatal = DiskFull("No space left on device: archive.db")
    session.close("finished")
    assert recorder.finished is not None
    status, stats = recorder.finished
    assert (status, stats["finish_reason"]) == ("failed", "disk_full")
    assert session.stats.get_value("govarchive/status") == "failed"


def test_without_a_full_disk_the_spiders_reason_stands() -> None:
    session, recorder = _session()
    session.close("finished")
    assert recorder.finished is not None
    assert (recorder.finished[0], recorder.finished[1]["finish_reason"]) == ("finished", "finished")


def test_a_disk_that_filled_at_the_last_commit_fails_the_crawl_and_says_so_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from archive.errors import DiskFull

    session, recorder = _session()
    recorder.fills_at_close = DiskFull("No space left on device: archive.db")
    session.close("finished")
    assert session.stats.get_value("govarchive/status") == "failed"
    assert session.stats.get_value("govarchive/fatal") == "No space left on device: archive.db"
    session._stopped(recorder.fatal)  # the archive thread's own call, arriving late
    said = [r for r in caplog.records if "No space left on device" in r.getMessage()]
    assert len(said) == 1


def test_a_write_lock_held_past_the_wait_interrupts_the_crawl_and_counts_the_waits() -> None:
    from archive.errors import ArchiveLocked

    session, recorder = _session(**{"govarchive/fatal": "held the archive's write lock"})
    recorder.fatal = ArchiveLocked("held the archive's write lock")
    recorder.lock_waits = 2
    session.close("finished")
    assert recorder.finished is not None
    status, stats = recorder.finished
    assert (status, stats["finish_reason"]) == ("interrupted", "archive_locked")
    assert stats["govarchive/archive_lock_waits"] == 2
