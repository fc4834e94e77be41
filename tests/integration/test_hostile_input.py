"""Hostile input that must be refused cleanly: a gzip bomb, a profile that asks YAML to run
code, writes through ``govarchive serve``."""

from __future__ import annotations

import asyncio
import json
import zlib
from pathlib import Path

from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import rows, run_cli, write_profile

BOMB_PATH = "/tin-tuc/bom-nen.html"
BOMB_SIZE = 100 << 20  # what it inflates to: over DOWNLOAD_MAXSIZE (64 MiB)


def gzip_bomb() -> bytes:
    """About 100 KB of gzip that inflates to 100 MiB of one letter, made in a second."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    parts = [packer.compress(b"<html><body><h1 class='title'>Bom</h1><div class='content'><p>")]
    chunk = b"a" * (1 << 20)
    parts += [packer.compress(chunk) for _ in range(BOMB_SIZE >> 20)]
    parts += [packer.compress(b"</p></div></body></html>"), packer.flush()]
    return b"".join(parts)


def test_a_gzip_bomb_is_archived_as_sent_and_never_inflated(tmp_path: Path) -> None:
    portal = FixturePortal(n_articles=3, traps=False)
    bomb = gzip_bomb()

    def resolve(request: Request) -> Page | None:
        if request.path == BOMB_PATH:  # upper case: the replica does not gzip it again
            return Page(200, [("Content-Type", "TEXT/HTML; charset=utf-8"),
                              ("Content-Encoding", "gzip")], bomb)  # fmt: skip
        return portal.resolve(request)

    with ReplicaServer(site=Site(handler=resolve)) as server:
        profile = portal.profile(server.base_url)
        profile = profile.model_copy(update={"start_urls": [*profile.start_urls,
                                                            server.base_url + BOMB_PATH[1:]]})  # fmt: skip
        path = write_profile(profile, tmp_path / "sites")
        archive = tmp_path / "archive"
        crawl = run_cli("crawl", str(path), "--archive", str(archive), "--quiet")
    assert "Traceback" not in crawl.stderr
    # the crawl goes on: the bomb is a failure (Scrapy refuses to inflate it past
    # DOWNLOAD_MAXSIZE), every article is stored
    assert crawl.returncode == 3, crawl.stdout + crawl.stderr
    (articles,) = rows(archive, "select count(*) n from articles")
    assert articles["n"] == 3
    url = server.base_url + BOMB_PATH[1:]
    (capture,) = rows(archive, "select * from captures where url = ?", url)
    assert capture["status"] == 200 and capture["content_length"] == len(bomb)
    assert rows(archive, "select 1 from articles where url = ?", url) == []
    (crawl_row,) = rows(archive, "select stats_json from crawls")
    stats = json.loads(crawl_row["stats_json"])
    assert stats["govarchive/errors/IgnoreRequest"] == 1, stats
    # archived as sent: the WARC holds the 100 KB, not 100 MiB; verify reads it back
    check = run_cli("verify", "--archive", str(archive))
    assert check.returncode == 0, check.stdout + check.stderr
    # re-extraction reads it back without inflating it past the size limit: too large
    again = run_cli("reextract", "--archive", str(archive), "--workers", "1")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "too_large 1" in again.stdout


def test_a_profile_that_asks_yaml_to_run_code_is_one_line_and_runs_nothing(
    tmp_path: Path,
) -> None:
    marker = tmp_path / "ran"
    profile = tmp_path / "evil.yaml"
    profile.write_text(
        f'id: evil\nname: !!python/object/apply:os.system ["touch {marker}"]\n'
        "base_url: https://x.gov.vn/\n",
        encoding="utf-8",
    )
    result = run_cli("crawl", str(profile), "--archive", str(tmp_path / "a"))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "bad YAML" in result.stderr and str(profile) in result.stderr
    assert not marker.exists() and not (tmp_path / "a" / "archive.db").exists()


def test_serve_refuses_writes(tmp_path: Path) -> None:
    from crawler.datasette_plugin.app import build_datasette
    from tests.unit.test_research_datasette import _archive

    archive = _archive(tmp_path / "a")
    datasette = build_datasette(archive)

    async def attempts() -> list[int]:
        await datasette.invoke_startup()
        client = datasette.client
        return [
            (await client.get("/archive.json?sql=DELETE+FROM+articles")).status_code,
            (await client.get("/archive.json?sql=UPDATE+articles+SET+title%3D%27x%27")).status_code,
            (await client.post("/archive/articles/-/insert",
                               json={"row": {"title": "x"}})).status_code,  # fmt: skip
            (await client.post("/archive/articles/-/drop", json={"confirm": True})).status_code,
        ]

    statuses = asyncio.run(attempts())
    assert all(400 <= s < 500 for s in statuses), statuses
    assert [r["title"] for r in rows(archive, "select title from articles order by id")] == [
        "Phân giới cắm mốc biên giới", "Đại hội Đảng bộ tỉnh", "Tết trồng cây"
    ]  # fmt: skip
