"""One line, never a traceback: unusable, damaged, foreign and read-only archives, unknown ids."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from archive.db import open_db
from archive.store import ArchiveWriter
from config.profile import SiteProfile
from pipelines.record import ArticleRecord
from tests.helpers import ROOT, run_cli


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def small_archive(folder: Path, n: int = 300) -> Path:
    """An archive with enough articles to span many database pages."""
    db = open_db(folder / "archive.db")
    writer = ArchiveWriter(db)
    writer.upsert_site(SiteProfile(id="laocai", name="L", base_url="https://l.example/"))
    crawl = writer.start_crawl("laocai", "t", {})
    with writer.transaction():
        for i in range(n):
            record = ArticleRecord(url=f"https://l.example/{i}.html", title=f"Tin số {i}",
                                   body=[f"Nội dung bài {i} " * 30])  # fmt: skip
            writer.save_article("laocai", record, None, crawl, "2024-01-01T00:00:00Z")
    db.close()
    return folder


def test_schedule_and_run_due_on_an_unusable_archive(tmp_path: Path) -> None:
    garbage = b"not a database at all" * 10
    (tmp_path / "archive.db").write_bytes(garbage)
    for command in ("schedule", "run-due"):
        line = one_line(run_cli(command, "--archive", str(tmp_path)))
        assert line.endswith("archive.db is not a usable SQLite archive (file is not a database)")
    assert (tmp_path / "archive.db").read_bytes() == garbage


def test_verify_on_a_page_corrupted_database(tmp_path: Path) -> None:
    db_path = small_archive(tmp_path) / "archive.db"
    size = db_path.stat().st_size
    assert size > 40 * 4096
    with open(db_path, "r+b") as f:  # garbage in every other page of the second half
        for page in range(size // 4096 // 2, size // 4096, 2):
            f.seek(page * 4096 + 200)
            f.write(b"\xde\xad\xbe\xef" * 100)
    line = one_line(run_cli("verify", "--archive", str(tmp_path)))
    assert "is damaged (database disk image is malformed" in line
    assert "govarchive rebuild" in line


def test_a_foreign_sqlite_file_with_an_articles_table_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    conn.execute("INSERT INTO articles (title, body) VALUES ('someone else', 'their data')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for args in (["search", "bien"], ["show", "1"], ["verify"], ["schedule"], ["history", "1"],
                 ["crawl", "laocai-tinhuy", "--quiet"]):  # fmt: skip
        line = one_line(run_cli(*args, "--archive", str(tmp_path)))
        assert "is a SQLite database but not a govarchive archive (it holds articles)" in line
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.db"]


def test_history_of_an_unknown_id_says_so_once(tmp_path: Path) -> None:
    small_archive(tmp_path, n=2)
    assert one_line(run_cli("history", "99999", "--archive", str(tmp_path))) == (
        "Error: No article with id 99999 in the archive."
    )
    line = one_line(run_cli("history", "https://l.example/nope", "--archive", str(tmp_path)))
    assert line == "Error: No article with URL https://l.example/nope in the archive."


def run_read_only(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``govarchive ARGS`` with ``folder`` mounted read-only (a mount namespace of its own,
    so that even root cannot write there: a user namespace maps us to root inside)."""
    command = " ".join(
        ["exec", sys.executable, "-m", "crawler.cli", *(f"'{a}'" for a in args)]
    )
    script = f"mount --bind -o ro '{folder}' '{folder}' && {command}"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [shutil.which("unshare") or "unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
         script], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    "args",
    [["search", "bien"], ["crawl", "laocai-tinhuy", "--quiet"], ["schedule"], ["verify"]],
    ids=lambda a: a[0],
)
def test_a_read_only_archive_folder_says_it_cannot_write(tmp_path: Path, args: list[str]) -> None:
    small_archive(tmp_path, n=5)
    for leftover in ("archive.db-wal", "archive.db-shm"):
        (tmp_path / leftover).unlink(missing_ok=True)
    line = one_line(run_read_only(tmp_path, *args, "--archive", str(tmp_path)))
    assert line == f"Error: cannot write {tmp_path}: read-only (the archive folder must be writable)"


def test_a_new_archive_in_a_read_only_place(tmp_path: Path) -> None:
    line = one_line(run_read_only(tmp_path, "crawl", "laocai-tinhuy", "--quiet",
                                  "--archive", str(tmp_path / "new")))  # fmt: skip
    assert line == (
        f"Error: cannot write {tmp_path / 'new'}: read-only (the archive folder must be writable)"
    )
