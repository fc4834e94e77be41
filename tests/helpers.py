"""Helpers shared by the tests: run the CLI in a subprocess, write rebased profiles."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from config.profile import SiteProfile

if TYPE_CHECKING:
    from pipelines.record import ArticleRecord

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``govarchive ARGS`` in a fresh interpreter (Scrapy's reactor runs once per process)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200")
    return subprocess.run(
        [sys.executable, "-m", "crawler.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=cwd or ROOT, env=env,
    )  # fmt: skip


def invoke_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``govarchive ARGS`` in this process (click's test runner), as :func:`run_cli`
    returns it. For a command that runs no crawl and whose own process is not what a test
    is about: a ``govarchive`` process costs about 1 s of CPU to start, 2-4 s with the
    extraction modules and a forkserver (rebuild, reextract, import-warc). An exception the
    command let out fails here, where a process would have printed its traceback."""
    from click.testing import CliRunner

    from crawler.cli import cli

    result = CliRunner().invoke(cli, list(args), prog_name="govarchive")
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        "".join(traceback.format_exception(result.exception)))  # fmt: skip
    return subprocess.CompletedProcess(["govarchive", *args], result.exit_code,
                                       result.stdout, result.stderr)  # fmt: skip


def write_profile(profile: SiteProfile, folder: Path) -> Path:
    """Write ``profile`` as ``folder/<id>.yaml`` (what a maintainer would write)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{profile.id}.yaml"
    data = profile.model_dump(mode="json", exclude={"adhoc"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


FAST = {"delay": 0, "concurrency": 4, "autothrottle": False}


def rows(archive: Path, sql: str, *params: object) -> list[sqlite3.Row]:
    """Query an archive's database directly (the tests check what is really stored)."""
    conn = sqlite3.connect(archive / "archive.db")
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def read_ad_hoc(page: bytes, url: str, content_type: str = "text/html; charset=utf-8") -> ArticleRecord | str:
    """``page`` extracted at ``url`` with the ad-hoc profile of its site and nothing learned
    (a page read alone): its :class:`pipelines.record.ArticleRecord`, or ``"reason: detail"``
    for a page the extraction refused, so an assertion shows why."""
    from config.profile import adhoc_profile
    from pipelines.extract import extract
    from pipelines.record import ArticleRecord

    base = url.split("/", 3)
    got = extract(page, url, {"content-type": content_type}, adhoc_profile("/".join(base[:3]) + "/"))
    return got if isinstance(got, ArticleRecord) else f"{got.reason}: {got.detail}"


def paras(lines: list[str]) -> str:
    """``lines`` as consecutive ``<p>`` elements (a test page's body)."""
    return "".join(f"<p>{x}</p>" for x in lines)


def ad_hoc_article(page: bytes, url: str = "https://sonv.example.gov.vn/tin/hoi-nghi-1.html") -> ArticleRecord:
    """:func:`read_ad_hoc`'s record of a page that must be an article (the assertion shows why
    it was refused)."""
    from pipelines.record import ArticleRecord

    got = read_ad_hoc(page, url)
    assert isinstance(got, ArticleRecord), got
    return got
