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
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

_HELD: dict[Path, SiteLock] = {}
_GUARD = threading.Lock()


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


def acquire(archive_dir: Path | str, site_id: str) -> SiteLock:
    """Take the site's lock (again, if this process holds it already).

    :raises SiteBusy: another process holds it.
    """
    path = lock_path(archive_dir, site_id)
    with _GUARD:
        held = _HELD.get(path)
        if held is not None:
            held.depth += 1
            return held
        path.parent.mkdir(parents=True, exist_ok=True)
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
