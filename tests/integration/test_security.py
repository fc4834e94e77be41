"""Nobody in: a crawl listens on no socket, and no site id can point outside the archive."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, write_profile


def _process_tree(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*/children"):
            try:
                todo += [int(c) for c in task.read_text().split()]
            except OSError:  # the process ended meanwhile
                continue
    return found


def listening_tcp_ports(pid: int) -> list[int]:
    """The TCP ports on which ``pid`` or one of its children listens (from /proc)."""
    ports: list[int] = []
    for proc in _process_tree(pid):
        inodes = set()
        try:
            fds = list(Path(f"/proc/{proc}/fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if target.startswith("socket:["):
                inodes.add(target[len("socket:[") : -1])
        for table in ("tcp", "tcp6"):
            try:
                lines = Path(f"/proc/{proc}/net/{table}").read_text().splitlines()[1:]
            except OSError:
                continue
            for line in lines:
                fields = line.split()
                if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                    ports.append(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def test_a_crawl_opens_no_listening_socket(tmp_path: Path) -> None:
    # Each page the crawler asks for is served only after the crawler process's listening
    # sockets are read: the crawl is running (engine started, extensions up) at that moment.
    portal = FixturePortal(n_articles=3, traps=False)
    inner = portal.site()
    crawler_pid: list[int] = []
    seen: list[list[int]] = []

    def handler(request: Request) -> Page | None:
        if crawler_pid:
            seen.append(listening_tcp_ports(crawler_pid[0]))
        return inner.resolve(request)

    with ReplicaServer(site=Site(handler=handler)) as server:
        path = write_profile(portal.profile(server.base_url), tmp_path / "sites")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        with subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", str(path), "--archive",
             str(tmp_path / "a"), "--quiet"],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        ) as proc:  # fmt: skip
            crawler_pid.append(proc.pid)
            out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, out + err
    assert len(seen) >= 5  # robots.txt, home, listing, articles
    assert all(ports == [] for ports in seen), seen
