"""Every site profile is checked against its golden fixtures (``govarchive sites record``);
a profile without a fixture fails. Profiles: config/sites/*.yaml and the fixture families'
tests/sites/<id>/<id>.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.profile import list_profiles, load_profile_file
from crawler.cli.sites import FIELDS, FIXTURES, load_fixtures, record_dict
from pipelines.extract import extract
from tests.families import FAMILIES

PROFILES = sorted(
    [*list_profiles(), *FIXTURES.glob("*/*.yaml")], key=lambda p: p.stem
)


@pytest.mark.parametrize("path", PROFILES, ids=[p.stem for p in PROFILES])
def test_profile_extracts_its_fixtures_exactly(path: Path) -> None:
    profile = load_profile_file(path)
    fixtures = load_fixtures(profile.id)
    assert fixtures, f"{profile.id} has no fixture: run `govarchive sites record {profile.id} URL`"
    for meta_path, expected, meta, html in fixtures:
        result = extract(html, meta["url"], meta["headers"], profile, fetched_at=meta["fetched_at"])
        assert hasattr(result, "title"), (meta_path.name, result)
        got = record_dict(result)
        for field in FIELDS:
            assert got[field] == expected[field], (meta_path.name, field)
        family = FAMILIES.get(profile.id)
        if family is not None:  # the recorded JSON agrees with the hand-written truth
            base = profile.base_url.rstrip("/")
            art = next(a for a in family.ARTICLES if a.truth(base)["url"] == got["url"])
            truth = art.truth(base)
            # page 1 of a split article holds part of the text (the crawl joins the parts)
            for field in ("title", "published_at") if art.split else ("title", "published_at", "author", "source", "body"):
                assert got[field] == truth[field], (meta_path.name, field)


def test_versioned_rules_pick_the_old_template_for_an_old_capture() -> None:
    profile = load_profile_file(FIXTURES / "fx-sharepoint" / "fx-sharepoint.yaml")
    (old,) = [f for f in load_fixtures("fx-sharepoint") if f[0].name.startswith("old-design")]
    _, expected, meta, html = old
    assert extract(html, meta["url"], meta["headers"], profile, fetched_at=meta["fetched_at"]).body == expected["body"]
    # the same bytes with today's rules: the new body selector misses
    now = extract(html, meta["url"], meta["headers"], profile, fetched_at="2024-01-01T00:00:00")
    assert "body_selector_missed" in now.warnings
