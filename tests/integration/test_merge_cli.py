"""`govarchive merge SHARD... --archive DIR`: the replica's archive merged as a shard into a new
archive gives its rows; a second merge adds nothing; a shard that cannot be merged is one line,
and the other shards are merged all the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archive.verify import verify_archive
from tests.conftest import Crawled
from tests.helpers import run_cli
from tests.integration.test_one_path import assert_same, snapshot


def test_merge_brings_a_shard_in_once_and_names_a_bad_one_in_one_line(
    crawled: Crawled, tmp_path: Path
) -> None:
    central, broken = tmp_path / "central", tmp_path / "broken"
    broken.mkdir()
    (broken / "archive.db").write_bytes(b"this is no database" * 64)
    done = run_cli("merge", str(broken), str(crawled.archive), "--archive", str(central))
    assert done.returncode == 1, done.stdout + done.stderr
    (error,) = done.stderr.strip().splitlines()
    assert error.startswith(f"Error: {broken}") and "Traceback" not in done.stderr
    (line,) = done.stdout.strip().splitlines()
    assert line.startswith(f"{crawled.archive}: merged 2 crawl(s); added ") and "articles " in line
    assert_same(snapshot(central), snapshot(crawled.archive))
    assert verify_archive(central).ok

    again = run_cli("merge", str(crawled.archive), "--archive", str(central))
    assert again.returncode == 0, again.stdout + again.stderr
    assert again.stdout.strip() == f"{crawled.archive}: already merged, nothing added"
    conn = sqlite3.connect(central / "archive.db")
    try:
        merges = conn.execute("SELECT COUNT(*) FROM shard_merges").fetchone()[0]
    finally:
        conn.close()
    assert merges == 1
