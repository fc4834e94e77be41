"""Faults a crawl must survive: its main process killed alone (what the OOM killer does), and
the counts a killed crawl leaves on its crawl row.

The crawl runs as ``govarchive crawl`` in a session of its own; the test waits until the
archive holds articles (so the extraction workers exist), sends SIGKILL to the main process
only, and watches what is left of the session. Then the same command runs again, to the end.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, rows, run_cli, write_profile
from tests.integration.test_resume import count


def session_members(sid: int) -> list[int]:
    """The live processes of session ``sid`` (from /proc; zombies are not alive)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile
            continue
        if fields[0] != "Z" and int(fields[3]) == sid:
            found.append(int(stat.parent.name))
    return found


@dataclass
class Killed:
    archive: Path
    profile: Path
    portal: FixturePortal
    workers: list[int]  # the session's other processes when the main one was killed
    left: list[int]  # those still alive once the main process was gone for good
    waited: float  # seconds until none was left (or the deadline)


@pytest.fixture(scope="module")
def killed_main(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Killed]:
    """A crawl whose main process (only) got SIGKILL once it had stored 3 articles.

    The crawl holds its records until the site model is confident; the model's first runs
    (after 16 and 32 pages) answer from a process of their own, and with 30 articles a loaded
    machine had them answer after the last page: every article was stored in the crawl's last
    20 ms and the kill came after its end. 60 articles, 0.1 s apart, leave about three seconds
    of pages after those answers."""
    tmp = tmp_path_factory.mktemp("killed-main")
    portal = FixturePortal(n_articles=60, traps=False)
    archive = tmp / "archive"
    with ReplicaServer(site=portal.site()) as server:
        profile = write_profile(
            portal.profile(server.base_url,
                           politeness={"delay": 0.1, "concurrency": 1, "autothrottle": False}),
            tmp / "sites",
        )  # fmt: skip
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", str(profile), "--archive",
             str(archive), "--quiet", "-s", "GOVARCHIVE_CHROME_WARMUP=2",
             "-s", "GOVARCHIVE_EXTRACT_WORKERS=2"],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            while count(archive / "archive.db", "select count(*) from articles") < 3:
                assert proc.poll() is None, "the crawl ended before storing 3 articles"
                assert time.monotonic() < deadline, "the crawl stored no articles in time"
                time.sleep(0.02)
            workers = [p for p in session_members(proc.pid) if p != proc.pid]
            os.kill(proc.pid, signal.SIGKILL)  # the main process only, as the OOM killer does
            proc.wait(timeout=30)
            started = time.monotonic()
            left = session_members(proc.pid)
            while left and time.monotonic() - started < 60:
                time.sleep(0.05)
                left = session_members(proc.pid)
            waited = time.monotonic() - started
        finally:
            for pid in session_members(proc.pid):  # whatever outlived it: not our problem next
                os.kill(pid, signal.SIGKILL)
        yield Killed(archive, profile, portal, workers, left, waited)


def test_extraction_workers_die_with_the_main_process(killed_main: Killed) -> None:
    # the forkserver, two workers and multiprocessing's resource tracker
    assert len(killed_main.workers) >= 3, killed_main.workers
    assert killed_main.left == [], (
        f"{len(killed_main.left)} process(es) outlived the killed crawl for "
        f"{killed_main.waited:.0f}s"
    )


def test_a_resumed_crawl_corrects_the_killed_crawls_counts(killed_main: Killed) -> None:
    archive = killed_main.archive
    (killed,) = rows(archive, "select * from crawls")
    assert killed["status"] == "running" and killed["articles_new"] == 0  # as the kill left it
    stored = count(archive / "archive.db",
                   f"select count(*) from article_versions where crawl_id = {killed['id']}")  # fmt: skip
    assert stored >= 3

    done = run_cli("crawl", str(killed_main.profile), "--archive", str(archive), "--quiet")
    assert done.returncode == 0, done.stdout + done.stderr
    first, second = rows(archive, "select * from crawls order by id")
    assert first["status"] == "interrupted"
    # the killed crawl's row says what the archive holds of it
    (new,) = rows(archive, "select count(*) n from article_versions where crawl_id = ? "
                           "and version = 1", first["id"])  # fmt: skip
    (pages,) = rows(archive, "select count(*) n from captures where crawl_id = ?", first["id"])
    assert first["articles_new"] == new["n"] >= stored
    assert first["pages"] == pages["n"] > 0
    # and the two crawls together hold every article once
    assert first["articles_new"] + second["articles_new"] == len(killed_main.portal.articles)
    (articles,) = rows(archive, "select count(*) n from articles")
    assert articles["n"] == len(killed_main.portal.articles)


def test_the_site_model_inference_process_dies_with_the_main_process(
    tmp_path: Path,
) -> None:
    """The site model's inference runs in a process of its own (:meth:`ExtractionPool.infer`):
    killed once that process exists (the session then holds the forkserver, two workers,
    the inference's process and multiprocessing's resource tracker), the main process
    leaves none of them behind."""
    portal = FixturePortal(n_articles=40, traps=False)
    archive = tmp_path / "archive"
    with ReplicaServer(site=portal.site()) as server:
        profile = write_profile(
            portal.profile(server.base_url,
                           politeness={"delay": 0.05, "concurrency": 1, "autothrottle": False}),
            tmp_path / "sites",
        )  # fmt: skip
        proc = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "crawl", str(profile), "--archive",
             str(archive), "--quiet", "-s", "GOVARCHIVE_EXTRACT_WORKERS=2"],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 120
            while len(others := [p for p in session_members(proc.pid) if p != proc.pid]) < 5:
                assert proc.poll() is None, "the crawl ended before its inference process started"
                assert time.monotonic() < deadline, "no inference process in time"
                time.sleep(0.02)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            started = time.monotonic()
            left = session_members(proc.pid)
            while left and time.monotonic() - started < 60:
                time.sleep(0.05)
                left = session_members(proc.pid)
        finally:
            for pid in session_members(proc.pid):
                os.kill(pid, signal.SIGKILL)
    assert len(others) >= 5, others
    assert left == [], f"{len(left)} process(es) outlived the killed crawl"
