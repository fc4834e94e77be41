"""One crawl per site at a time: an exclusive ``flock`` on ``<archive>/locks/<site-id>.lock``.

The kernel drops a ``flock`` when its process dies (SIGKILL, OOM, reboot), so a crashed crawl
never blocks the next one and there is no stale-PID guessing. The file also says who holds
it (pid, host, since) for ``govarchive schedule``. Locks are re-entrant within a process:
the CLI takes them before starting the reactor and the crawl session finds them held.

A ``flock`` is tested only by trying to take it, so :func:`is_locked` (``govarchive
schedule``, ``run-due``, ``verify``) holds the site's lock for an instant: a crawl starting in
that instant found it taken and refused to start, "already being crawled" by no one. Both
therefore first take the site's *gate* (``<site-id>.gate``, a blocking ``flock`` held only
for those few non-blocking calls, never while crawling): a look and a start are never at
once, and a crawl is refused only by a crawl.

A command that writes to the archive without a site (``reextract``, ``merge``) *announces*
itself the same way (:func:`announce`: ``command-<pid>.lock``, held while it runs), so that
another writer waiting for the archive's SQLite write lock can say who holds it
(:func:`holders`, :func:`archive.db.begin_write`).

``flock`` is local to one machine: two hosts sharing the archive over NFS or SMB do not see
each other's locks (a site could be crawled by both at once, and SQLite's own locking is
unreliable there). :func:`acquire` warns once a process when the archive is on a network
file system (:func:`network_filesystem`); see docs/operations.md.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

logger = logging.getLogger(__name__)

_HELD: dict[Path, SiteLock] = {}
_GUARD = threading.Lock()
_WARNED: set[Path] = set()  # archive folders warned about (a network file system), once each
#: file system types (psutil's ``fstype``, Linux's names) on which ``flock`` does not lock across hosts
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "glusterfs", "fuse.glusterfs",
    "fuse.sshfs", "fuse.s3fs", "fuse.rclone", "fuse.gcsfuse", "lustre", "gpfs", "afs",
    "ocfs2", "gfs2", "beegfs", "fuse.juicefs", "virtiofs",
})  # fmt: skip


class SiteBusy(Exception):
    """The site is being crawled by another process."""

    def __init__(self, site_id: str, holder: dict[str, Any] | None):
        self.site_id = site_id
        self.holder = holder or {}
        who = ""
        if self.holder:
            who = f" (pid {self.holder.get('pid')} on {self.holder.get('host')} since {self.holder.get('since')})"
        super().__init__(f"{site_id} is already being crawled{who}")


def lock_path(archive_dir: Path | str, site_id: str) -> Path:
    return Path(archive_dir).resolve() / "locks" / f"{site_id}.lock"


@contextmanager
def _gate(path: Path) -> Iterator[None]:
    """The site's gate (see the module docstring), for the duration of the block."""
    with open(path.with_suffix(".gate"), "a+", encoding="utf-8") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # (released when the file closes)
        yield


@dataclass
class SiteLock:
    site_id: str
    path: Path
    handle: IO[str]
    depth: int = 1

    def release(self) -> None:
        with _GUARD:
            self.depth -= 1
            if self.depth > 0:
                return
            _HELD.pop(self.path, None)
            try:
                self.handle.seek(0)
                self.handle.truncate()
                self.handle.flush()
            except OSError:
                pass
            fcntl.flock(self.handle.fileno(), fcntl.LOCK_UN)
            self.handle.close()


def acquire(archive_dir: Path | str, site_id: str, command: str | None = None) -> SiteLock:
    """Take the site's lock (again, if this process holds it already); ``command`` is written
    in it for :func:`holders` (an announced command, :func:`announce`).

    :raises SiteBusy: another process holds it.
    """
    path = lock_path(archive_dir, site_id)
    with _GUARD:
        held = _HELD.get(path)
        if held is not None:
            held.depth += 1
            return held
        path.parent.mkdir(parents=True, exist_ok=True)
        _warn_if_network(path.parent.parent)
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (kept open while held)
        try:
            with _gate(path):
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise SiteBusy(site_id, holder(archive_dir, site_id)) from None
        handle.seek(0)
        handle.truncate()
        info = {"pid": os.getpid(), "host": socket.gethostname(),
                "since": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}  # fmt: skip
        if command:
            info["command"] = command
        handle.write(json.dumps(info))
        handle.flush()
        lock = _HELD[path] = SiteLock(site_id, path, handle)
        return lock


def is_locked(archive_dir: Path | str, site_id: str) -> bool:
    """True when some process (this one included) holds the site's lock."""
    path = lock_path(archive_dir, site_id)
    if path in _HELD:
        return True
    if not path.exists():
        return False
    with open(path, "a+", encoding="utf-8") as handle, _gate(path):
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return False


def holder(archive_dir: Path | str, site_id: str) -> dict[str, Any] | None:
    """Who holds the lock (pid, host, since), as written by the holder; None if unknown."""
    try:
        text = lock_path(archive_dir, site_id).read_text(encoding="utf-8")
        return json.loads(text) if text.strip() else None
    except (OSError, ValueError):
        return None


def holders(archive_dir: Path | str) -> list[str]:
    """The other processes holding a lock of the archive in ``archive_dir``: sites being
    crawled or imported, commands announced (:func:`announce`), each as ``site X (pid N on
    HOST since T)`` or ``reextract (pid N ...)``; this process's own locks left out."""
    folder = Path(archive_dir).resolve() / "locks"
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.lock")):
        name = path.stem
        if path in _HELD or not is_locked(archive_dir, name):
            continue
        info = holder(archive_dir, name) or {}
        if info.get("pid") == os.getpid():
            continue
        who = f"pid {info.get('pid')} on {info.get('host')} since {info.get('since')}" if info else ""
        what = info.get("command") or f"site {name}"
        found.append(f"{what} ({who})" if who else what)
    return found


@contextmanager
def announce(archive_dir: Path | str, command: str) -> Iterator[None]:
    """Say, while the block runs, that ``command`` (``reextract``, ``merge``) of this process
    writes to the archive in ``archive_dir``: a lock file ``command-<pid>.lock`` that
    :func:`holders` reads; removed at the end (a dead process's lock is free, and skipped)."""
    site_id = f"command-{os.getpid()}"
    try:
        lock = acquire(archive_dir, site_id, command=command)
    except (OSError, SiteBusy):  # a read-only folder, say: the announcement is only a courtesy
        yield
        return
    try:
        yield
    finally:
        lock.release()
        if lock.depth <= 0:
            lock.path.unlink(missing_ok=True)
            lock.path.with_suffix(".gate").unlink(missing_ok=True)


def mount_type(path: Path | str, partitions: Iterable[Any] | None = None) -> str | None:
    """The file system type of the mount holding ``path`` (``ext4``, ``nfs4``...): the
    deepest mount point above it among ``partitions`` (objects with ``mountpoint`` and
    ``fstype``; default ``psutil.disk_partitions(all=True)``, every mount of this system);
    None where it cannot be told."""
    if partitions is None:
        import psutil

        try:
            partitions = psutil.disk_partitions(all=True)
        except (OSError, RuntimeError):
            return None
    target = Path(path).resolve()
    best: tuple[int, str] | None = None
    for part in partitions:
        mount = Path(part.mountpoint)
        if (target == mount or mount in target.parents) and (
            best is None or len(mount.parts) >= best[0]
        ):
            best = (len(mount.parts), part.fstype)
    return best[1] if best else None


def network_filesystem(path: Path | str, partitions: Iterable[Any] | None = None) -> str | None:
    """The type of the network file system ``path`` is on (``nfs4``, ``cifs``...), or None."""
    fstype = mount_type(path, partitions)
    return fstype if fstype in NETWORK_FILESYSTEMS else None


def _warn_if_network(archive_dir: Path) -> None:
    """Warn once a process per archive folder on a network file system (see the module doc)."""
    if archive_dir in _WARNED:
        return
    _WARNED.add(archive_dir)
    fstype = network_filesystem(archive_dir)
    if fstype:
        logger.warning(
            "The archive %s is on a network file system (%s): its per-site locks only keep "
            "out crawls on this machine; run every crawl and import of this archive from "
            "one host (docs/operations.md, section 4)", archive_dir, fstype,
        )  # fmt: skip
