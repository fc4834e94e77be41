"""Deploy to a real Scrapyd on 127.0.0.1 with `scrapyd-deploy`, then `run-due --scrapyd` crawls there."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler import remote
from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, run_cli, write_profile

BIN = Path(sys.executable).parent
PROJECT_FILES = ("crawler", "pipelines", "archive", "config", "pyproject.toml", "README.md")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def scrapyd(tmp_path: Path) -> Iterator[tuple[str, Path, Path]]:
    """A Scrapyd on 127.0.0.1 whose crawls use the test's profiles and archive."""
    port = free_port()
    server_dir, sites = tmp_path / "scrapyd", tmp_path / "sites"
    server_dir.mkdir()
    sites.mkdir()
    (server_dir / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\n"
        f"eggs_dir = {server_dir / 'eggs'}\nlogs_dir = {server_dir / 'logs'}\nitems_dir =\n"
        f"dbs_dir = {server_dir / 'dbs'}\nmax_proc = 2\npoll_interval = 0.2\n",
        encoding="utf-8",
    )
    env = dict(os.environ, GOVARCHIVE_SITES_DIR=str(sites))
    proc = subprocess.Popen(
        [str(BIN / "scrapyd")], cwd=server_dir, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "daemonstatus.json", timeout=2) as answer:
                    if json.loads(answer.read())["status"] == "ok":
                        break
            except OSError:
                assert proc.poll() is None, "scrapyd exited"
                assert time.monotonic() < deadline, "scrapyd did not start"
                time.sleep(0.2)
        yield url, sites, server_dir
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def deploy(url: str, tmp_path: Path) -> None:
    """`scrapyd-deploy` from a copy of the project whose scrapy.cfg targets the test server."""
    project = tmp_path / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, project / name)
    cfg = (ROOT / "scrapy.cfg").read_text(encoding="utf-8")
    (project / "scrapy.cfg").write_text(cfg.replace("http://localhost:6800/", url), encoding="utf-8")
    result = subprocess.run(
        [str(BIN / "scrapyd-deploy")], cwd=project, capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert result.returncode == 0 and '"status": "ok"' in result.stdout, result.stdout + result.stderr


def test_run_due_schedules_the_crawl_on_scrapyd(scrapyd: tuple[str, Path, Path], tmp_path: Path) -> None:
    url, sites, server_dir = scrapyd
    deploy(url, tmp_path)
    archive = tmp_path / "archive"
    portal = FixturePortal(n_articles=8, traps=False)
    with ReplicaServer(site=portal.site()) as server:
        write_profile(portal.profile(server.base_url, schedule="*/5 * * * *"), sites)
        result = run_cli("run-due", "--archive", str(archive), "--sites-dir", str(sites),
                         "--scrapyd", url)  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        assert "fixture-portal: scheduled on" in result.stdout
        job = result.stdout.split("as job ")[1].split()[0]
        deadline = time.monotonic() + 120
        while remote.job_state(url, job) != "finished":
            assert time.monotonic() < deadline, "the Scrapyd job did not finish"
            time.sleep(0.3)
    conn = sqlite3.connect(archive / "archive.db")
    try:
        (status, new, log_file), = conn.execute(
            "select status, articles_new, log_file from crawls"
        ).fetchall()
        stored = conn.execute("select count(*) from articles").fetchone()[0]
    finally:
        conn.close()
    job_logs = list((server_dir / "logs").rglob("*.log"))
    assert (status, new, stored) == ("finished", 8, 8), [p.read_text()[-3000:] for p in job_logs]
    assert (archive / log_file).is_file() and job_logs  # the crawl's own log, and Scrapyd's

    listed = run_cli("schedule", "--archive", str(archive), "--sites-dir", str(sites),
                     "--format", "jsonl")  # fmt: skip
    (row,) = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (row["last_status"], row["due"], row["schedule"]) == ("finished", False, "*/5 * * * *")
