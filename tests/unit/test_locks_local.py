"""What the archive's lock files tell another writer (who holds them), and the one thing they
cannot do: lock across machines. An archive on a network file system is told once (a real
``/proc/self/mountinfo`` layout, with the archive under an NFS mount)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from archive import locks

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
25 22 0:23 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw
40 22 0:35 / /srv rw,relatime shared:20 - ext4 /dev/sdb1 rw
41 40 0:36 / /srv/shared rw,relatime shared:21 - nfs4 nas:/export/govarchive rw,vers=4.2
42 22 0:37 / /mnt/my\\040disk rw,relatime shared:22 - cifs //nas/share rw
"""


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [("/srv/shared/archive", "nfs4", "nfs4"), ("/srv/local/archive", "ext4", None),
     ("/srv/shared", "nfs4", "nfs4"), ("/srv/sharedother", "ext4", None),
     ("/mnt/my disk/archive", "cifs", "cifs"), ("/home/a/archive", "ext4", None)],
)  # fmt: skip
def test_the_mount_holding_the_archive_is_found(path: str, fstype: str, network: str | None) -> None:
    assert locks.mount_type(path, MOUNTINFO) == fstype
    assert locks.network_filesystem(path, MOUNTINFO) == network


def test_a_crawl_on_a_network_archive_is_warned_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(locks, "network_filesystem", lambda path, mountinfo=None: "nfs4")
    caplog.set_level(logging.WARNING, logger="archive.locks")
    for site in ("a", "b", "a"):
        locks.acquire(tmp_path, site).release()
    said = [r.getMessage() for r in caplog.records if r.name == "archive.locks"]
    assert len(said) == 1 and "is on a network file system (nfs4)" in said[0]
    assert "only keep out crawls on this machine" in said[0]


def test_a_local_archive_is_not_warned(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="archive.locks")
    locks.acquire(tmp_path, "a").release()  # (the suite's temp folder is on a local disk)
    assert not [r for r in caplog.records if r.name == "archive.locks"]


HOLD = """
import sys, time
from archive import locks
with locks.announce(sys.argv[1], "reextract"):
    lock = locks.acquire(sys.argv[1], "laocai", command="crawl of laocai")
    print("held", flush=True)
    sys.stdin.readline()
"""


def test_holders_name_the_other_processes_and_announcements_go_away(tmp_path: Path) -> None:
    mine = locks.acquire(tmp_path, "own")  # this process's own lock: not "another writer"
    other = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)  # fmt: skip
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        found = locks.holders(tmp_path)
        assert [h.split(" (pid")[0] for h in found] == ["reextract", "crawl of laocai"]
        assert all(f"(pid {other.pid} on " in h for h in found)
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.close()
        other.wait(timeout=60)
        mine.release()
    assert locks.holders(tmp_path) == []  # a dead holder's lock file is free
    assert not list((tmp_path / "locks").glob("command-*"))  # the announcement removed
