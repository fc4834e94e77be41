"""`govarchive demo` twice (issue 13): its own archive (./demo-archive, never ./archive) and
the replica at the same address each run, so the second demo adds no article."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

from crawler.replica import ARTICLES
from tests.helpers import run_cli


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _articles(archive: Path) -> tuple[int, set[str]]:
    with sqlite3.connect(archive / "archive.db") as db:
        rows = db.execute("SELECT url FROM articles").fetchall()
    return len(rows), {url.split("/")[2] for (url,) in rows}


def test_demo_twice_keeps_its_own_archive_and_its_articles(tmp_path: Path) -> None:
    port = str(_free_port())  # not the default 8765: another test run may hold it
    first = run_cli("demo", "--port", port, cwd=tmp_path)
    assert first.returncode == 0, first.stdout[-2000:] + first.stderr
    archive = tmp_path / "demo-archive"
    assert not (tmp_path / "archive").exists()  # the real crawls' default is left alone
    count, origins = _articles(archive)
    assert count == len(ARTICLES) and origins == {f"127.0.0.1:{port}"}
    assert "crawl 1 partial: ran to the end, 2 error(s)" in first.stdout  # the replica's 404, 500
    assert "(finished)" not in first.stdout
    assert "one with 404 on purpose" in " ".join(first.stdout.split())  # not left to guess

    second = run_cli("demo", cwd=tmp_path)  # the port the archive holds the replica at
    assert f"serving on http://127.0.0.1:{port}/" in second.stdout
    assert second.returncode == 0, second.stdout[-2000:] + second.stderr
    assert _articles(archive) == (count, origins)
    linked = next(line for line in second.stdout.splitlines() if "archived articles linked" in line)
    assert linked.split()[-2] == str(len(ARTICLES))  # articles, not the links to them
    assert "GOVARCHIVE_CONTACT" not in second.stderr  # a crawl of 127.0.0.1: no warning
