"""Extraction on a Dask cluster (pipelines/daskpool.py): `reextract --dask local` and `rebuild
--dask local`, on a LocalCluster of two worker processes reading the WARC files, store exactly
the rows the single-process runs store (the five template families, crawled once)."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.integration.conftest import Families
from tests.integration.test_one_path import assert_same, snapshot


def stale(archive: Path) -> int:
    """Make every third article look as if an older extractor had stored it: its title and
    content hash differ from what extraction gives now, so a re-extraction has work to do."""
    conn = sqlite3.connect(archive / "archive.db")
    try:
        with conn:
            cursor = conn.execute(
                "UPDATE articles SET title = title || ' (cũ)', content_hash = 'stale' WHERE id % 3 = 0"
            )
        return cursor.rowcount
    finally:
        conn.close()


def test_reextract_on_dask_stores_the_rows_of_reextract(families: Families, tmp_path: Path) -> None:
    outputs, archives = {}, {}
    for mode, options in (("single", ["--workers", "1"]), ("dask", ["--dask", "local", "--workers", "2"])):
        archives[mode] = tmp_path / mode
        shutil.copytree(families.archive, archives[mode])
        assert stale(archives[mode]) > 10
        done = run_cli("reextract", "--archive", str(archives[mode]), *options)
        assert done.returncode == 0, done.stdout + done.stderr
        outputs[mode] = re.findall(r"^(?:articles that were|not articles): .*$", done.stdout, re.M)
    assert outputs["dask"] == outputs["single"]
    assert re.search(r"changed \d+", outputs["single"][0]), outputs  # new versions were written
    assert_same(snapshot(archives["dask"]), snapshot(archives["single"]))


def test_rebuild_on_dask_gives_the_crawls_rows(families: Families, tmp_path: Path) -> None:
    new = tmp_path / "rebuilt"
    sites = [arg for path in families.profiles.values() for arg in ("--site", str(path))]
    done = run_cli("rebuild", "--warcs", str(families.archive / "warcs"), "--archive", str(new),
                   *sites, "--dask", "local", "--workers", "2")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert_same(snapshot(new), snapshot(families.archive))


def test_an_unreachable_scheduler_is_one_line_and_changes_nothing(
    families: Families, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT", "2s")  # Dask's own setting
    archive = tmp_path / "archive"
    shutil.copytree(families.archive, archive)
    before = snapshot(archive)
    done = run_cli("reextract", "--archive", str(archive), "--dask", "tcp://127.0.0.1:9")
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith("Error: Dask scheduler tcp://127.0.0.1:9: "), done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert_same(snapshot(archive), before)
