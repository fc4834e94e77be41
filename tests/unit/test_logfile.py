"""crawler.logfile.LogFile: a log file on a full disk is one line on stderr, not a traceback
per record (a crawl on a full disk printed 5,892 "--- Logging error ---" blocks)."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from crawler.aftercrawl import _level, _thread_log
from crawler.logfile import LogFile


def test_a_log_file_on_a_full_disk_says_so_once(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/full").exists():  # Linux's always-full device
        pytest.fail("/dev/full is missing: the test needs a Linux system")
    log = logging.getLogger("govarchive.test.full")
    log.propagate = False
    handler = LogFile("/dev/full", encoding="utf-8")
    log.addHandler(handler)
    try:
        for i in range(200):
            log.warning("record %d", i)
    finally:
        log.removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert "--- Logging error ---" not in err and "Traceback" not in err
    assert err.splitlines() == [
        "govarchive: cannot write the log file /dev/full: No space left on device; its "
        "records are dropped"
    ]


class _Full:
    """A stream on a full disk: every write fails with ENOSPC."""

    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_a_log_file_writes_again_once_there_is_room_and_says_it_once_per_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.log"
    crawl, after = LogFile(path, encoding="utf-8"), LogFile(path, encoding="utf-8")
    for handler in (crawl, after):
        handler.setFormatter(logging.Formatter("%(message)s"))
    crawl.stream = _Full()  # type: ignore[assignment]
    crawl.emit(logging.makeLogRecord({"msg": "lost"}))
    assert crawl.failing and after.failing  # the same file, whichever handler writes it
    crawl.emit(logging.makeLogRecord({"msg": "room again"}))  # a new stream: written
    # the disk fills again, the after-crawl thread's handler meets it: not said again (how
    # many lines a full disk gives must not depend on which records fit the file's last page)
    after.stream = _Full()  # type: ignore[assignment]
    after.emit(logging.makeLogRecord({"msg": "lost too"}))
    crawl.close()
    after.close()
    assert path.read_text(encoding="utf-8") == "room again\n"
    assert capsys.readouterr().err.splitlines() == [
        f"govarchive: cannot write the log file {path}: No space left on device; its records are dropped"
    ]


class _Stats(dict):
    def get_value(self, key: str) -> object:
        return self.get(key)


def test_the_after_crawl_thread_adds_no_line_for_a_disk_the_crawl_said_is_full(
    tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    # its records go to the crawl's log file through a LogFile too: on a full disk, no
    # "--- Logging error ---" traceback (a plain FileHandler printed one when the after-crawl
    # thread logged and the file's last page had no room left: a test that failed under load)
    handler = _thread_log(str(tmp_path / "crawl.log"))
    assert isinstance(handler, LogFile)
    handler.stream = _Full()  # type: ignore[assignment]
    try:
        logging.getLogger("crawler.aftercrawl").error("Feeds of %s not written", "site-a")
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    err = capsys.readouterr().err
    assert "--- Logging error ---" not in err and "Traceback" not in err
    assert err.splitlines() == [f"govarchive: cannot write the log file {tmp_path / 'crawl.log'}: "
                                "No space left on device; its records are dropped"]  # fmt: skip
    full = OSError(errno.ENOSPC, "No space left on device")
    said = _Stats({"govarchive/fatal": "No space left on device: cannot write archive.db"})
    assert _level(said, full) == logging.WARNING  # a consequence: in the log file, counted
    assert _level(_Stats(), full) == logging.ERROR  # the first word of a full disk
    assert _level(said, ValueError("bad feed")) == logging.ERROR
