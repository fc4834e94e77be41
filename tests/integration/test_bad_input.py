"""Bad input during a crawl: a broken archive, a huge page, a response cut off mid-body.

Each gets one clear message or a recorded, counted failure; nothing else is lost and the crawl
goes on.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from config.profile import load_profile
from crawler.replica import ReplicaServer, build_laocai_site, laocai
from tests.helpers import FAST, rows, run_cli, write_profile

HUGE = "/tin-tuc/tin-hoat-dong/bao-cao-rat-dai.html"
CUT = "/tin-tuc/tin-hoat-dong/bai-bi-cat-giua-chung.html"



def broken_site():  # the replica, plus a huge article and one the server cuts off
    site = build_laocai_site()
    seed = site.pages[laocai.SEED_PATH]
    # incompressible filler, so the raw (gzip) size is over the limit too
    filler = "".join(f"<p>{i:08x}{hash((i, 'x')) & 0xFFFFFFFF:08x}</p>" for i in range(60_000))
    site.pages[HUGE] = replace(seed, body=seed.body.replace(b"</body>", filler.encode() + b"</body>"))
    site.pages[CUT] = replace(seed, truncate_at=1500)  # of the bytes sent (gzip or not)
    home = site.pages["/"]
    links = f'<a href="{HUGE}">lớn</a> <a href="{CUT}">cắt</a></body>'.encode()
    site.pages["/"] = replace(home, body=home.body.replace(b"</body>", links))
    return site


@pytest.fixture(scope="module")
def crawled_broken(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("broken")
    with ReplicaServer(site=broken_site()) as server:
        profile = load_profile("laocai-tinhuy").rebased(server.base_url, politeness=FAST)
        path = write_profile(profile, folder / "sites")
        result = run_cli("crawl", str(path), "--archive", str(folder / "archive"), "--quiet",
                         "-s", "DOWNLOAD_MAXSIZE=1000000", "-s", "RETRY_TIMES=1")  # fmt: skip
    return folder / "archive", result


def test_huge_and_cut_off_pages_are_recorded_failures_and_the_crawl_goes_on(crawled_broken) -> None:
    archive, result = crawled_broken
    assert result.returncode == 3, result.stderr  # partial: it says so
    assert "Traceback" not in result.stderr
    stored = {urlsplit(r["url"]).path for r in rows(archive, "select url from articles")}
    assert stored == {a["path"] for a in laocai.ARTICLES}  # every real article, nothing half
    failed = {urlsplit(r["url"]).path: r["reason"] for r in rows(archive, "select * from failures")}
    assert HUGE in failed and CUT in failed, failed
    attempts = rows(archive, f"select * from captures where url like '%{CUT}'")
    assert attempts and all(a["error"] for a in attempts)  # each attempt is on record
    (crawl,) = rows(archive, "select stats_json from crawls")
    stats = json.loads(crawl["stats_json"])
    assert sum(v for k, v in stats.items() if k.startswith("govarchive/errors/")) >= 2


def test_a_corrupt_archive_stops_the_crawl_with_one_line(tmp_path: Path) -> None:
    db = tmp_path / "archive.db"
    db.write_bytes(b"not a database at all" * 10)
    result = run_cli("crawl", "laocai-tinhuy", "--archive", str(tmp_path), "--quiet")
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0, result.stderr
    assert "is not a usable SQLite archive" in result.stderr
    assert db.read_bytes() == b"not a database at all" * 10  # untouched
    search = run_cli("search", "bien gioi", "--archive", str(tmp_path))
    assert search.returncode == 1 and "not a usable SQLite archive" in search.stderr


def test_the_summary_shows_every_count_the_crawl_kept(crawled_broken) -> None:
    """Walk every ``govarchive/`` stats key the crawl kept (server errors, a cut-off page, a
    huge one, their retries) and find each in the crawl's summary: in a row of its own, or
    in the title and the site model's rows; Scrapy's retry counters too. The only key not in
    the summary is the log file's path, the line printed under it."""
    import io

    from rich.console import Console

    from archive import Archive
    from archive.sitemodels import crawl_site_model
    from crawler.progress import summary_label, summary_renderable
    from crawler.run import CrawlSummary

    archive, _ = crawled_broken
    (row,) = rows(archive, "SELECT id, site_id, status, stats_json FROM crawls")
    stats = json.loads(row["stats_json"])
    with Archive(archive) as arc:
        model = crawl_site_model(arc.db, row["id"])
    counts = {k: v for k, v in stats.items() if k not in ("start_time", "finish_time")}
    summary = CrawlSummary(row["site_id"], row["id"], row["status"], stats["finish_reason"],
                           counts, site_model=model)  # fmt: skip
    out = io.StringIO()
    Console(width=300, file=out, color_system=None).print(summary_renderable([summary]))
    text = out.getvalue()
    kept = {k: v for k, v in stats.items() if k.startswith("govarchive/") and v}
    assert {"govarchive/errors/http_500", "govarchive/status/500", "govarchive/errors/IgnoreRequest",
            "govarchive/download_exceptions/ResponseDataLossError"} <= set(kept)  # fmt: skip
    kept |= {k: stats[k] for k in ("retry/count", "retry/max_reached")}
    not_shown = {k for k, v in kept.items() if (summary_label(k, v) or "\0") not in text}
    assert not_shown == {"govarchive/log_file"}, {k: summary_label(k, kept[k]) for k in not_shown}
