"""What the archive's lock files tell another writer (who holds them), and the one thing they
cannot do: lock across machines. An archive on a network file system is told once (the
mounts as psutil lists them, the archive under an NFS mount)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from archive import locks

#: what psutil.disk_partitions(all=True) lists (a machine with an NFS and an SMB mount)
MOUNTS = [SimpleNamespace(mountpoint=m, fstype=t) for m, t in [
    ("/", "ext4"), ("/proc", "proc"), ("/srv", "ext4"), ("/srv/shared", "nfs4"),
    ("/mnt/my disk", "cifs")]]  # fmt: skip


@pytest.mark.parametrize(
    ("path", "fstype", "network"),
    [("/srv/shared/archive", "nfs4", "nfs4"), ("/srv/local/archive", "ext4", None),
     ("/srv/shared", "nfs4", "nfs4"), ("/srv/sharedother", "ext4", None),
     ("/mnt/my disk/archive", "cifs", "cifs"), ("/home/a/archive", "ext4", None)],
)  # fmt: skip
def test_the_mount_holding_the_archive_is_found(path: str, fstype: str, network: str | None) -> None:
    assert locks.mount_type(path, MOUNTS) == fstype
    assert locks.network_filesystem(path, MOUNTS) == network


def test_a_crawl_on_a_network_archive_is_warned_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(locks, "network_filesystem", lambda path, partitions=None: "nfs4")
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


def test_this_machine_s_mounts_are_read() -> None:
    assert locks.mount_type("/proc/self") == "proc"  # (Linux: the suite's machine)
