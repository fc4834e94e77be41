"""A crawl killed with SIGKILL at any point, started again, finishes the job consistently.

The kill is real: the crawl runs as ``govarchive crawl`` in its own process group, the test
polls the archive database and sends SIGKILL to the whole group (crawler and extraction
workers) once the archive holds N captures (or N articles). Then the same command runs
again, to the end.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from archive.warcread import read_record
from crawler.replica import ReplicaServer
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, rows, run_cli, write_profile


def count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute(sql).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet, or locked for a moment
        return 0


def crawl_and_kill(profile: Path, archive: Path, sql: str, threshold: int) -> None:
    """Start a crawl and SIGKILL it once ``sql`` counts ``threshold`` more rows than before."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        # a short chrome warm-up: articles are stored from the 5th page on, so a kill at N
        # articles lands mid-crawl (with the default 20 of the 30 pages are held back first)
        [sys.executable, "-m", "crawler.cli", "crawl", str(profile), "--archive", str(archive),
         "--quiet", "-s", "GOVARCHIVE_CHROME_WARMUP=5"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    db = archive / "archive.db"
    deadline = time.monotonic() + 120
    threshold += count(db, sql)  # counted from what earlier crawls left
    try:
        while count(db, sql) < threshold:
            assert proc.poll() is None, f"the crawl ended before reaching {sql} >= {threshold}"
            assert time.monotonic() < deadline, "the crawl did not get there in time"
            time.sleep(0.01)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL



CAPTURES = "select count(*) from captures"


@pytest.mark.parametrize(
    "kills",
    [
        [(CAPTURES, 2)],  # right after robots.txt
        [(CAPTURES, 20)],  # mid-discovery, extraction in flight
        # killed twice: the resumed crawl is killed too. Keyed on captures, not articles: on
        # this small site every article is held for the site model and stored in one burst
        # about 0.1 s before the crawl records its end, so a kill at "10 articles" could
        # land after the crawl had finished (it did under CI load)
        [(CAPTURES, 25), (CAPTURES, 3)],
    ],
    ids=["after-robots", "mid-crawl", "twice"],
)
def test_killed_crawl_resumes_without_loss_or_duplicates(tmp_path: Path, kills: list) -> None:
    portal = FixturePortal(n_articles=30, traps=False)
    archive = tmp_path / "archive"
    with ReplicaServer(site=portal.site()) as server:
        profile = portal.profile(server.base_url, politeness={"delay": 0.02, "concurrency": 1,
                                                              "autothrottle": False})  # fmt: skip
        path = write_profile(profile, tmp_path / "sites")
        for sql, threshold in kills:
            crawl_and_kill(path, archive, sql, threshold)
        assert list((archive / "warcs").rglob("*.open")), "a killed crawl leaves an open WARC"
        final = run_cli("crawl", str(path), "--archive", str(archive), "--quiet")
    assert final.returncode == 0, final.stdout + final.stderr

    # no article lost, none stored twice
    articles = rows(archive, "select * from articles")
    assert sorted(urlsplit(a["url"]).path for a in articles) == sorted(a.path for a in portal.articles)
    (versions,) = rows(archive, "select count(*) n from article_versions")
    assert versions["n"] == 30
    pages = rows(
        archive,
        "select url from captures where record_type = 'response' and url like '%/tin-tuc/%.html'",
    )
    responses = Counter(r["url"] for r in pages)
    assert set(responses.values()) == {1}, "an article page was downloaded twice"

    # the crawl rows say what happened
    crawls = rows(archive, "select * from crawls order by id")
    assert [c["status"] for c in crawls] == ["interrupted"] * len(kills) + ["finished"]
    assert all(c["finished_at"] and c["warc_files_json"] for c in crawls)

    # archive and WARCs agree: no file left open, every row reads back, every file checks
    warcs = sorted((archive / "warcs").rglob("*.warc.gz*"))
    assert warcs and all(p.name.endswith(".warc.gz") for p in warcs), warcs
    for capture in rows(archive, "select * from captures where warc_file is not null"):
        record = read_record(archive, capture["warc_file"], capture["warc_offset"])
        assert record.record_id == capture["warc_record_id"]
        assert record.target_uri == capture["url"]
    for article in articles:
        (capture,) = rows(archive, "select * from captures where id = ?", article["capture_id"])
        assert capture["status"] == 200
    for warc in warcs:
        check = subprocess.run(
            [sys.executable, "-c", "from warcio.cli import main; main()", "check", str(warc)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert check.returncode == 0, check.stdout + check.stderr
