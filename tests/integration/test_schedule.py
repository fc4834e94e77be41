"""`schedule` and `run-due` over a sites folder; a site being crawled is never started twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from archive.locks import is_locked
from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, run_cli, write_profile


def schedule_rows(archive: Path, sites: Path) -> dict[str, dict]:
    listed = run_cli("schedule", "--archive", str(archive), "--sites-dir", str(sites), "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    return {row["site_id"]: row for row in map(json.loads, listed.stdout.splitlines())}


def test_run_due_crawls_due_sites_once(tmp_path: Path) -> None:
    archive, sites = tmp_path / "archive", tmp_path / "sites"
    portal = FixturePortal(n_articles=5, traps=False)
    with ReplicaServer(site=portal.site()) as server:
        write_profile(portal.profile(server.base_url, schedule="30 3 * * 1"), sites)
        before = schedule_rows(archive, sites)["fixture-portal"]
        assert (before["due"], before["last_status"], before["last_started"]) == (True, None, None)

        ran = run_cli("run-due", "--archive", str(archive), "--sites-dir", str(sites), "--quiet")
        assert ran.returncode == 0, ran.stdout + ran.stderr
        assert ran.stdout == ""

        after = schedule_rows(archive, sites)["fixture-portal"]
        assert (after["due"], after["last_status"], after["running"]) == (False, "finished", False)
        upcoming = datetime.fromisoformat(after["next_run"])
        local = upcoming.astimezone(ZoneInfo("Asia/Ho_Chi_Minh"))  # the profile's time zone
        assert (local.weekday(), local.hour, local.minute) == (0, 3, 30)
        assert upcoming > datetime.now(UTC)

        again = run_cli("run-due", "--archive", str(archive), "--sites-dir", str(sites))
        assert again.returncode == 0 and "due: nothing" in again.stdout
        table = run_cli("schedule", "--archive", str(archive), "--sites-dir", str(sites))
        assert "fixture-portal" in table.stdout and "finished (crawl 1)" in table.stdout


def test_a_site_being_crawled_is_not_started_twice_and_a_dead_crawl_holds_nothing(
    tmp_path: Path,
) -> None:
    """The first crawl is held on an article page the server answers only when the test is
    done (no slow crawl that might end early, no deadline that load might miss): while it is
    held, the crawl holds the site's lock (taken before the first request), and a second
    crawl, ``schedule`` and ``run-due`` see it running; then it is killed."""
    archive, sites = tmp_path / "archive", tmp_path / "sites"
    portal = FixturePortal(n_articles=5, traps=False)
    reached, release = threading.Event(), threading.Event()

    def held(request: Request) -> Page | None:
        if "/tin-tuc/" in request.path and request.path.endswith(".html"):
            reached.set()
            release.wait()
        return portal.resolve(request)

    with ReplicaServer(site=Site(handler=held)) as server:
        path = write_profile(portal.profile(server.base_url), sites)
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", str(path), "--archive", str(archive),
             "--quiet"],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), start_new_session=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        try:
            while not reached.wait(0.2):  # (a poll, not a bound: it only checks proc lives)
                assert proc.poll() is None, "the first crawl ended before its first article"
            assert is_locked(archive, "fixture-portal")
            twice = run_cli("crawl", str(path), "--archive", str(archive))
            assert twice.returncode == 1, twice.stdout + twice.stderr
            assert "fixture-portal is already being crawled (pid" in twice.stderr
            row = schedule_rows(archive, sites)["fixture-portal"]
            assert row["running"] and not row["due"]
            due = run_cli("run-due", "--archive", str(archive), "--sites-dir", str(sites))
            assert due.returncode == 0 and "due: nothing" in due.stdout
            assert proc.poll() is None  # still held: every look above saw the same crawl
        finally:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            release.set()
        assert not is_locked(archive, "fixture-portal")  # the kernel dropped the dead lock
        assert schedule_rows(archive, sites)["fixture-portal"]["last_status"] == "interrupted"
        resumed = run_cli("crawl", str(path), "--archive", str(archive), "--quiet")
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
