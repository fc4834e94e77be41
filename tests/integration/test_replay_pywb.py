"""Replay by a real tool: the fixture crawl's WARCs, loaded into pywb, give back the pages.

pywb runs from its own environment (tests/tools/pywb_env.py, created once), never from the
project's. Two collections: the WARC files with the CDXJ indexes govarchive writes, and the
WACZ that ``govarchive export-wacz`` makes, unpacked by pywb's own ``wb-manager``.
"""

from __future__ import annotations

import sqlite3
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from crawler.replica import build_laocai_site, laocai
from tests.conftest import Crawled
from tests.helpers import ROOT, run_cli
from tests.tools.pywb_env import add_collection, ensure_pywb, wayback

#: how pywb 2.10 takes a WACZ: the command the docs and `export-wacz --help` give
UNPACK_WACZ = ["add", "--unpack-wacz"]


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@pytest.fixture(scope="module")
def pywb(crawled: Crawled, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A pywb server with collections ``warcs`` (WARCs + our CDXJ) and ``wacz``."""
    bin_dir = ensure_pywb()
    root = tmp_path_factory.mktemp("pywb")
    add_collection(root, "warcs", (crawled.archive / "warcs").rglob("*.warc.gz"))
    wacz = root / "export.wacz"
    result = run_cli("export-wacz", "--archive", str(crawled.archive), "-o", str(wacz))
    assert result.returncode == 0, result.stderr
    for command in (["init", "wacz"], [*UNPACK_WACZ, "wacz", str(wacz)]):
        subprocess.run([bin_dir / "wb-manager", *command], cwd=root, check=True,
                       capture_output=True, timeout=120)  # fmt: skip
    with wayback(bin_dir, root) as base:
        yield base


def _captures(crawled: Crawled) -> list[tuple[str, str]]:
    conn = sqlite3.connect(crawled.archive / "archive.db")
    try:
        rows = conn.execute(
            "SELECT c.url, c.fetched_at FROM articles a JOIN captures c ON c.id = a.capture_id"
        ).fetchall()
    finally:
        conn.close()
    return [(url, fetched.replace("-", "").replace(":", "").replace("T", "")[:14])
            for url, fetched in rows]  # fmt: skip


@pytest.mark.parametrize("collection", ["warcs", "wacz"])
def test_pywb_replays_every_article_byte_for_byte(
    pywb: str, crawled: Crawled, collection: str
) -> None:
    site = build_laocai_site()
    captures = _captures(crawled)
    assert len(captures) == len(laocai.ARTICLES)
    for url, timestamp in captures:
        status, body = _get(f"{pywb}/{collection}/{timestamp}id_/{url}")
        assert status == 200, url
        assert body == site.pages[urlsplit(url).path].body, url


def test_pywb_replays_an_article_rewritten_for_browsing(pywb: str, crawled: Crawled) -> None:
    truth = laocai.ARTICLES[0]
    url, timestamp = next(c for c in _captures(crawled) if c[0].endswith(truth["path"]))
    status, body = _get(f"{pywb}/warcs/{timestamp}mp_/{url}")  # mp_: the page, no frame
    assert status == 200
    html = body.decode("utf-8")
    assert truth["title"] in html
    assert truth["body"][0][:60] in html
    assert f"/warcs/{timestamp}mp_/" in html  # links rewritten into the archive


def test_pywb_knows_nothing_that_was_not_captured(pywb: str, crawled: Crawled) -> None:
    url, timestamp = _captures(crawled)[0]
    status, _ = _get(f"{pywb}/warcs/{timestamp}id_/{url}.never-captured")
    assert status == 404


def test_the_docs_say_how_pywb_opens_a_wacz(tmp_path: Path) -> None:
    """The command the fixture above runs is the one users are told, and the plain `add`
    they might try instead is refused by pywb 2.10 (so the docs must not suggest it)."""
    command = "wb-manager " + " ".join(UNPACK_WACZ)
    help_text = run_cli("export-wacz", "--help").stdout
    docs = [(ROOT / "docs" / name).read_text(encoding="utf-8") for name in ("cli.md", "warc.md")]
    assert all(command in text for text in (help_text, *docs))
    bin_dir = ensure_pywb()
    subprocess.run([bin_dir / "wb-manager", "init", "plain"], cwd=tmp_path, check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    empty = tmp_path / "empty.wacz"
    empty.write_bytes(b"")
    plain = subprocess.run([bin_dir / "wb-manager", "add", "plain", str(empty)], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert "without unpacking is not yet implemented" in plain.stdout + plain.stderr
