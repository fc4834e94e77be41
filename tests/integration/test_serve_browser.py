"""`govarchive serve` in a real browser: headless Chromium searches without diacritics.

Debian's chromium is installed by the test suite itself when missing (apt-get, as CI runs
as root on a fresh machine). The browser loads the search page of the served archive and
the DOM it renders must hold the expected article; at 1280x900 the first screen of a
search must show results (asked of the page through the DevTools protocol,
tests/tools/cdp.py). The screenshots are kept under test-artifacts/.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from tests.conftest import Crawled
from tests.helpers import ROOT, run_cli
from tests.tools.cdp import Browser

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


#: the replay links of the served archive (given through the environment, as a user would)
REPLAY_URL = "http://localhost:8080/govarchive/{timestamp}/{url}"


@dataclass
class Served:
    base: str
    archive: Path
    log: Path  # what the server printed, stdout and stderr


@pytest.fixture(scope="module")
def served(crawled: Crawled, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`govarchive serve` on a copy of the crawled archive, on a free 127.0.0.1 port."""
    folder = tmp_path_factory.mktemp("served")
    archive = folder / "archive"
    shutil.copytree(crawled.archive, archive)
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1",
               GOVARCHIVE_REPLAY_URL=REPLAY_URL)  # fmt: skip
    log = folder / "serve.log"
    with open(log, "w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "crawler.cli", "serve", "--archive", str(archive),
             "--port", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, text=True,
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
                process.wait()
                pytest.fail(f"govarchive serve did not start:\n{log.read_text()}")
            time.sleep(0.2)
        yield Served(base, archive, log)
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
    served: Served, chromium: Path, tmp_path: Path
) -> None:
    url = f"{served.base}/archive/article_list?_search={quote_plus('phan gioi cam moc')}"
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


def test_same_hits_with_and_without_diacritics(served: Served) -> None:
    for queries in (("phân giới cắm mốc", "phan gioi cam moc", "PHÂN GIỚI CẮM MỐC"),
                    ("Đảng bộ", "dang bo", "đảng bộ")):  # fmt: skip
        found = []
        for query in queries:
            status, body, _ = _get(
                f"{served.base}/archive/article_list.json?_shape=array&_search={quote_plus(query)}"
            )
            assert status == 200, body[:500]
            found.append(sorted(row["id"] for row in json.loads(body)))
        assert found[0] and found[0] == found[1] == found[2], queries


def test_raw_capture_route_serves_the_page_sandboxed(served: Served) -> None:
    status, body, _ = _get(
        f"{served.base}/archive/articles.json?_shape=array&_col=capture_id&title__startswith=Tri%E1%BB%83n"
    )
    assert status == 200
    capture_id = json.loads(body)[0]["capture_id"]
    status, page, headers = _get(f"{served.base}/-/raw/{capture_id}")
    assert status == 200
    assert headers["Content-Security-Policy"] == "sandbox"
    assert "<html" in page.decode("utf-8").lower()
    status, message, _ = _get(f"{served.base}/-/raw/999999")
    assert status == 404 and b"No capture with id 999999" in message


#: (query, filters) searched in the CLI and on the search page of the served archive
SEARCHES = [
    ("bien gioi", {}),
    ('"phân giới cắm mốc"', {}),
    ("dang bo", {}),
    ("tinh OR huyen", {}),
    ("chuyen*", {"order": "date"}),
    ("cong tac", {"since": "2023-01", "until": "2023-01-20"}),
    ("bien", {"site": "laocai-tinhuy", "author": "quang thang"}),
]


@pytest.mark.parametrize(("query", "filters"), SEARCHES, ids=[q for q, _ in SEARCHES])
def test_search_page_gives_the_order_of_the_cli(
    served: Served, query: str, filters: dict[str, str]
) -> None:
    from urllib.parse import urlencode

    options = [arg for name, value in filters.items() for arg in (f"--{name}", value)]
    cli = run_cli("search", query, "--archive", str(served.archive), "--format", "jsonl",
                  "--limit", "100", *options)  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    expected = [json.loads(line)["id"] for line in cli.stdout.splitlines()]
    assert expected, f"{query!r} finds nothing in the fixture: a useless test"
    status, body, _ = _get(
        f"{served.base}/archive/search.json?_shape=array&{urlencode({'q': query, **filters})}"
    )
    assert status == 200, body[:500]
    assert [row["id"] for row in json.loads(body)] == expected


def test_first_screen_of_a_search_shows_results(
    served: Served, chromium: Path, tmp_path: Path
) -> None:
    """At 1280x900 the first hits are on screen, whole, with a readable title column."""
    ARTIFACTS.mkdir(exist_ok=True)
    first_row = """(() => {
        const row = document.querySelector("table.rows-and-columns tbody tr");
        const title = row && row.querySelector("td.col-title");
        return row && {top: row.getBoundingClientRect().top,
                       bottom: row.getBoundingClientRect().bottom,
                       rows: document.querySelectorAll("table.rows-and-columns tbody tr").length,
                       titleWidth: title.getBoundingClientRect().width,
                       text: title.innerText, viewport: innerHeight};
    })()"""
    pages = {
        "serve-first-screen-article-list-bien-gioi.png":
            f"{served.base}/archive/article_list?_search={quote_plus('bien gioi')}",
        "serve-first-screen-search-bien-gioi.png":
            f"{served.base}/archive/search?q={quote_plus('bien gioi')}",
    }  # fmt: skip
    with Browser(chromium, tmp_path / "profile", width=1280, height=900) as browser:
        for name, url in pages.items():
            browser.open(url)
            row = browser.evaluate(first_row)
            shot = browser.screenshot(ARTIFACTS / name)
            assert row is not None, f"{url}: no result rows"
            assert row["viewport"] == 900
            assert row["bottom"] <= 900, f"{url}: the first hit is not on the first screen: {row}"
            assert row["titleWidth"] >= 200, f"{url}: the title column is too narrow: {row}"
            assert row["text"].strip() and shot.stat().st_size > 10_000
        # the search page shows the CLI's best hit first, with its replay link
        browser.open(pages["serve-first-screen-search-bien-gioi.png"])
        links = browser.evaluate(
            "[...document.querySelectorAll('tbody tr:first-child a.govarchive-replay')]"
            ".map(a => a.href)"
        )
    cli = run_cli("search", "bien gioi", "--archive", str(served.archive), "--format", "jsonl")
    best = json.loads(cli.stdout.splitlines()[0])
    assert len(links) == 1 and links[0].startswith("http://localhost:8080/govarchive/")
    assert links[0].endswith("/" + best["url"])


def test_not_found_pages_log_nothing(served: Served) -> None:
    """Each 404 is answered as a page, and the server logs no traceback for it (Datasette's
    own handler printed two for each, and answered an unknown path with a 500)."""
    before = served.log.read_text()
    for path in ("/nothing", "/-/nothing/x/y", "/archive/nosuchtable", "/archive/articles/99999",
                 "/-/raw/999999", "/-/raw/1/style.css", "/nothing.json"):  # fmt: skip
        status, _, _ = _get(served.base + path)
        assert status == 404, path
    status, _, _ = _get(f"{served.base}/archive/search?q=%22unbalanced")
    assert status == 200
    logged = served.log.read_text()[len(before) :]
    assert "Traceback" not in logged and "Error" not in logged, logged
    assert not logged.strip(), logged
