"""Crawl the five template-family fixture sites with their profiles (one Scrapy process,
five crawlers, loopback servers) and check the archive against the hand-written truth:
every article once with the right fields, no non-article rows, no chrome in any body,
attachments captured and linked, learned chrome kept and counted, split articles joined."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.families import FAMILIES
from tests.helpers import rows
from tests.integration.conftest import Families


@pytest.fixture(scope="module")
def archive(families: Families) -> tuple[Path, dict[str, str]]:
    return families.archive, families.bases


@pytest.mark.parametrize("site_id", sorted(FAMILIES))
def test_family_archive_matches_the_truth(archive: tuple[Path, dict[str, str]], site_id: str) -> None:
    folder, bases = archive
    family = FAMILIES[site_id]
    stored = {urlsplit(r["url"])._replace(scheme="", netloc="").geturl(): r
              for r in rows(folder, "select * from articles where site_id = ?", site_id)}  # fmt: skip
    truth = {a.path: a.truth(bases[site_id]) for a in family.ARTICLES}
    assert set(stored) == set(truth), "articles stored differ from the truth (or non-articles stored)"
    for path, want in truth.items():
        got = stored[path]
        assert (got["title"], got["published_at"], got["author"], got["source"]) == (
            want["title"], want["published_at"], want["author"], want["source"]), path  # fmt: skip
        assert got["body"].split("\n\n") == want["body"], path
        for chrome in family.CHROME:
            assert chrome not in got["body"], (path, chrome)
        attachments = rows(folder, "select * from attachments where article_id = ?", got["id"])
        assert [urlsplit(a["url"]).path for a in attachments] == want["attachments"]
        assert all(a["capture_id"] is not None for a in attachments), path


def test_learned_chrome_is_kept_and_counted(archive: tuple[Path, dict[str, str]]) -> None:
    folder, _ = archive
    learned = rows(folder, "select site_id, count(*) n from site_chrome group by site_id")
    assert {r["site_id"] for r in learned} == set(FAMILIES)
    stats = {r["site_id"]: json.loads(r["stats_json"]) for r in rows(folder, "select * from crawls")}
    assert all(s.get("govarchive/chrome_learned", 0) > 0 for s in stats.values())
    assert stats["fx-wordpress"]["govarchive/articles/joined_parts"] == 2
    assert stats["fx-liferay"]["govarchive/site_module/discovered"] >= 6
