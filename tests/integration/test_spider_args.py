"""``govarchive replica`` on its own, and ``scrapy crawl SITE -a ...`` crawling it.

The replica is started by the command a user runs (a subprocess), crawled by Scrapy's own
``scrapy crawl`` with ``-a base_url/max_pages/archive``, and stopped with SIGINT or SIGTERM.
An unknown or bad ``-a`` is a one-line usage error and nothing is fetched.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import ROOT, rows


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")
    env.pop("GOVARCHIVE_SITES_DIR", None)
    return env


def _start_replica(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "replica", *args], cwd=ROOT, env=_env(),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until it serves (or exits)
    assert " serving on http://127.0.0.1:" in line, line + process.stderr.read()
    return process, line.split(" serving on ", 1)[1].split()[0]


@pytest.fixture(scope="module")
def replica() -> Iterator[tuple[subprocess.Popen[str], str]]:
    process, base_url = _start_replica("--port", "0")
    yield process, base_url
    if process.poll() is None:
        process.kill()
        process.wait()


def _scrapy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [Path(sys.executable).parent / "scrapy", "crawl", "laocai-tinhuy", *args], cwd=ROOT, env=_env(),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def test_scrapy_crawl_takes_base_url_max_pages_and_archive(
    replica: tuple[subprocess.Popen[str], str], tmp_path: Path
) -> None:
    _, base_url = replica
    archive = tmp_path / "archive"
    done = _scrapy("-a", f"base_url={base_url}", "-a", "max_pages=12", "-a", f"archive={archive}",
                   "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=0")  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    (crawl,) = rows(archive, "SELECT site_id, status, stats_json, settings_json FROM crawls")
    stats = json.loads(crawl["stats_json"])
    assert crawl["site_id"] == "laocai-tinhuy" and crawl["status"] == "partial"
    assert stats["finish_reason"] == "closespider_pagecount"
    assert json.loads(crawl["settings_json"])["max_pages"] == 12
    urls = [r["url"] for r in rows(archive, "SELECT url FROM captures")]
    assert urls and all(url.startswith(base_url) for url in urls)  # never the live host
    assert rows(archive, "SELECT base_url FROM sites")[0][0] == base_url


def test_govarchive_crawl_base_url_crawls_the_replica_from_outside_the_checkout(
    replica: tuple[subprocess.Popen[str], str], tmp_path: Path
) -> None:
    """The replica's --help example: `scrapy crawl` needs the checkout's scrapy.cfg (from
    any other folder it says 'The crawl command is not available from this location')."""
    _, base_url = replica
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", "laocai-tinhuy", "--base-url", base_url,
         "--archive", "replica-archive", "--max-pages", "12", "--delay", "0"],
        cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 3, done.stdout[-3000:] + done.stderr[-3000:]  # the page limit
    archive = tmp_path / "replica-archive"
    urls = [r["url"] for r in rows(archive, "SELECT url FROM captures")]
    assert urls and all(url.startswith(base_url) for url in urls)  # never the live host
    assert tuple(rows(archive, "SELECT id, base_url FROM sites")[0]) == ("laocai-tinhuy", base_url)


@pytest.mark.parametrize(("args", "message"), [
    (["laocai-tinhuy", "--base-url", "ftp://x"], "Invalid value for '--base-url': must be an http(s) URL"),
    (["https://x.gov.vn/", "--base-url", "http://127.0.0.1:1/"], "--base-url moves one site profile"),
])  # fmt: skip
def test_crawl_base_url_refuses_what_it_cannot_move(args: list[str], message: str, tmp_path: Path) -> None:
    from tests.helpers import invoke_cli

    done = invoke_cli("crawl", *args, "--archive", str(tmp_path / "a"))
    assert done.returncode == 2 and message in done.stderr + done.stdout
    assert not (tmp_path / "a").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-a", "colour=red"], "spider laocai-tinhuy: unknown argument 'colour' "
                               "(-a NAME=VALUE takes base_url, max_pages, archive)"),
        (["-a", "max_pages=none"], "spider laocai-tinhuy: argument 'max_pages': Input should be "
                                   "a valid integer, unable to parse string as an integer"),
    ],
)  # fmt: skip
def test_a_bad_spider_argument_is_a_usage_error_and_nothing_starts(
    args: list[str], message: str, tmp_path: Path
) -> None:
    done = _scrapy(*args, "-a", f"archive={tmp_path / 'archive'}")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines()[-1] == f"scrapy: error: {message}"
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "archive").exists()


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_replica_serves_until_a_signal_stops_it(stop: signal.Signals) -> None:
    process, base_url = _start_replica("--port", "0")
    try:
        with urllib.request.urlopen(base_url + "robots.txt", timeout=10) as response:
            assert response.status == 200 and b"Sitemap: " + base_url.encode() in response.read()
        process.send_signal(stop)
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0, err
    assert out.strip() == "Replica stopped" and "Traceback" not in err
    with pytest.raises(OSError):
        urllib.request.urlopen(base_url + "robots.txt", timeout=5)


def test_replica_on_a_port_in_use_is_a_one_line_error(
    replica: tuple[subprocess.Popen[str], str],
) -> None:
    port = replica[1].rstrip("/").rsplit(":", 1)[1]
    done = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "replica", "--port", port], cwd=ROOT, env=_env(),
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr == f"Error: cannot serve on 127.0.0.1:{port}: Address already in use\n"
