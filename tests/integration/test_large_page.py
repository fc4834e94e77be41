"""A 50 MB page: archived in the WARC as it came, refused by extraction as ``too_large``, and
streamed back by ``show --raw`` in constant memory.

The page is an article by every sign (title, date, body) made of one paragraph repeated: it
compresses to almost nothing, so the WARC and the test stay small.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, rows, run_cli, write_profile

BIG_PATH = "/tin-tuc/bao-cao-toan-van.html"
PARAGRAPH = ("<p>Tỉnh ủy chỉ đạo tăng cường công tác kiểm tra, giám sát việc thực hiện nghị "
             "quyết về phát triển kinh tế - xã hội vùng biên giới.</p>\n").encode()  # fmt: skip
SIZE = 50_000_000


def big_page() -> bytes:
    head = ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Báo cáo toàn "
            "văn</title></head><body><h1 class='title'>Báo cáo toàn văn kỳ họp</h1><div "
            "class='date'>Thứ Hai, 05/02/2024 - 10:30</div><div class='content'>").encode()  # fmt: skip
    tail = b"</div></body></html>"
    return head + PARAGRAPH * ((SIZE - len(head) - len(tail)) // len(PARAGRAPH) + 1) + tail


# Runs `govarchive show --raw ARG`, hashing what it writes; prints its size, its sha1 and the
# peak memory of the process (ru_maxrss of this wrapper's only child, in KiB).
MEASURE = """
import hashlib, json, resource, subprocess, sys
proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "show", "--raw", *sys.argv[1:]],
                        stdout=subprocess.PIPE)
digest, size = hashlib.sha1(), 0
while chunk := proc.stdout.read(1 << 16):
    digest.update(chunk)
    size += len(chunk)
proc.wait()
print(json.dumps({"rc": proc.returncode, "size": size, "sha1": digest.hexdigest(),
                  "peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def show_raw(archive: Path, key: str) -> dict[str, int | str]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, key, "--archive", str(archive)],
        capture_output=True, text=True, check=True, timeout=300, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )  # fmt: skip
    return json.loads(done.stdout)


@dataclass
class Crawled:
    archive: Path
    base: str
    body: bytes
    crawl: subprocess.CompletedProcess[str]


@pytest.fixture(scope="module")
def crawled_big(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    tmp = tmp_path_factory.mktemp("big-page")
    portal = FixturePortal(n_articles=3, traps=False)
    body = big_page()

    def resolve(request: Request) -> Page | None:
        if request.path == BIG_PATH:
            return Page(200, [("Content-Type", "text/html; charset=utf-8")], body)
        return portal.resolve(request)

    with ReplicaServer(site=Site(handler=resolve)) as server:
        profile = portal.profile(server.base_url)
        profile = profile.model_copy(update={"start_urls": [*profile.start_urls,
                                                            server.base_url + BIG_PATH[1:]]})  # fmt: skip
        path = write_profile(profile, tmp / "sites")
        archive = tmp / "archive"
        crawl = run_cli("crawl", str(path), "--archive", str(archive), "--quiet")
        yield Crawled(archive, server.base_url.rstrip("/"), body, crawl)


def test_a_huge_page_is_archived_and_refused_as_too_large(crawled_big: Crawled) -> None:
    assert crawled_big.crawl.returncode == 0, crawled_big.crawl.stdout + crawled_big.crawl.stderr
    archive, url = crawled_big.archive, crawled_big.base + BIG_PATH
    (capture,) = rows(archive, "select * from captures where url = ?", url)
    assert capture["status"] == 200 and capture["warc_file"]
    assert rows(archive, "select 1 from articles where url = ?", url) == []
    ((reason, detail),) = rows(archive, "select reason, detail from failures where url = ?", url)
    assert reason == "not_article:too_large"
    assert "5,000,000" in detail and "GOVARCHIVE_MAX_ARTICLE_HTML" in detail
    (crawl,) = rows(archive, "select stats_json from crawls")
    assert json.loads(crawl["stats_json"])["govarchive/not_article/too_large"] == 1
    # the other articles are stored as usual
    (articles,) = rows(archive, "select count(*) n from articles")
    assert articles["n"] == 3


def test_show_raw_streams_a_huge_page_in_constant_memory(crawled_big: Crawled) -> None:
    archive = crawled_big.archive
    big = show_raw(archive, crawled_big.base + BIG_PATH)
    assert big["rc"] == 0
    assert big["size"] == len(crawled_big.body)
    assert big["sha1"] == hashlib.sha1(crawled_big.body).hexdigest()
    # the same command on a small article: the 50 MB page costs (almost) no more memory
    (small,) = rows(archive, "select id from articles order by id limit 1")
    baseline = show_raw(archive, str(small["id"]))
    assert baseline["rc"] == 0 and 1_000 < int(baseline["size"]) < 100_000
    extra_mib = (int(big["peak_kib"]) - int(baseline["peak_kib"])) / 1024
    assert extra_mib < 8, f"show --raw of a 50 MB page took {extra_mib:.0f} MiB more"
