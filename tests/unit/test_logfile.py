"""crawler.logfile.LogFile: a log file on a full disk is one line on stderr, not a traceback
per record (a crawl on a full disk printed 5,892 "--- Logging error ---" blocks)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

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


def test_a_log_file_writes_again_once_there_is_room(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.log"
    handler = LogFile(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.failing = True  # as after a failed write
    handler.emit(logging.makeLogRecord({"msg": "room again"}))
    handler.close()
    assert path.read_text(encoding="utf-8") == "room again\n"
    assert not handler.failing and capsys.readouterr().err == ""
