"""`govarchive serve` in a real browser: headless Chromium searches without diacritics.

Debian's chromium is installed by the test suite itself when missing (apt-get, as CI runs
as root on a fresh machine). The browser loads the search page of the served archive and
the DOM it renders must hold the expected article; the screenshot is kept under
test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from tests.conftest import Crawled
from tests.helpers import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
EXPECTED_TITLE = (
    "Triển khai thực hiện tốt công tác thông tin tuyên truyền và thông tin đối ngoại khu vực "
    "biên giới tỉnh Lào Cai"
)
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--window-size=1280,2000",
]  # fmt: skip


def ensure_chromium() -> Path:
    """Debian's chromium, installed with apt-get when it is not there yet."""
    if CHROMIUM.exists():
        return CHROMIUM
    if os.geteuid() != 0:
        pytest.fail(f"{CHROMIUM} is missing and installing it needs root: apt-get install chromium")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    for command in (["apt-get", "update"], ["apt-get", "install", "-y", "-q", "chromium"]):
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=1200, check=False
        )
        assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stderr[-2000:]}"
    assert CHROMIUM.exists(), "apt-get installed chromium but /usr/bin/chromium is missing"
    return CHROMIUM


@pytest.fixture(scope="session")
def chromium() -> Path:
    return ensure_chromium()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> tuple[int, bytes, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(), dict(exc.headers)


@pytest.fixture(scope="module")
def served(crawled: Crawled, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`govarchive serve` on a copy of the crawled archive, on a free 127.0.0.1 port."""
    archive = tmp_path_factory.mktemp("served") / "archive"
    shutil.copytree(crawled.archive, archive)
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "serve", "--archive", str(archive),
         "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if _get(base + "/-/versions.json")[0] == 200:
                    break
            except OSError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                out, err = process.communicate()
                pytest.fail(f"govarchive serve did not start:\n{out}\n{err}")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _browser(chromium: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "chromium-profile"  # a new, empty profile every run
    profile.mkdir()
    return subprocess.run(
        [str(chromium), *FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_search_without_diacritics_in_a_real_browser(
    served: str, chromium: Path, tmp_path: Path
) -> None:
    url = f"{served}/archive/article_list?_search={quote_plus('phan gioi cam moc')}"
    dom = _browser(chromium, tmp_path, "--dump-dom", url)
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert EXPECTED_TITLE in dom.stdout, dom.stdout[:3000]
    assert "where search matches" in dom.stdout  # Datasette's search, not a plain listing
    assert "/-/raw/" in dom.stdout  # each row links to its raw capture
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "serve-search-phan-gioi-cam-moc.png"
    shot.unlink(missing_ok=True)
    (tmp_path / "shot").mkdir()
    screenshot = _browser(chromium, tmp_path / "shot", f"--screenshot={shot}", url)
    assert screenshot.returncode == 0, screenshot.stderr[-2000:]
    assert shot.is_file() and shot.stat().st_size > 10_000


def test_same_hits_with_and_without_diacritics(served: str) -> None:
    import json

    for queries in (("phân giới cắm mốc", "phan gioi cam moc", "PHÂN GIỚI CẮM MỐC"),
                    ("Đảng bộ", "dang bo", "đảng bộ")):  # fmt: skip
        found = []
        for query in queries:
            status, body, _ = _get(
                f"{served}/archive/article_list.json?_shape=array&_search={quote_plus(query)}"
            )
            assert status == 200, body[:500]
            found.append(sorted(row["id"] for row in json.loads(body)))
        assert found[0] and found[0] == found[1] == found[2], queries


def test_raw_capture_route_serves_the_page_sandboxed(served: str) -> None:
    import json

    status, body, _ = _get(
        f"{served}/archive/articles.json?_shape=array&_col=capture_id&title__startswith=Tri%E1%BB%83n"
    )
    assert status == 200
    capture_id = json.loads(body)[0]["capture_id"]
    status, page, headers = _get(f"{served}/-/raw/{capture_id}")
    assert status == 200
    assert headers["Content-Security-Policy"] == "sandbox"
    assert "<html" in page.decode("utf-8").lower()
    status, message, _ = _get(f"{served}/-/raw/999999")
    assert status == 404 and b"No capture with id 999999" in message
