"""CI quality gate: extraction figures on the fixture corpus may not fall below the pinned
baseline (tests/quality_baseline.json), and must meet the project's targets.

Refresh the baseline after an improvement with:
    python -m benchmarks.extraction_quality --json /tmp/q.json  (then copy "fixtures")
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.extraction_quality import fixture_report

BASELINE = json.loads((Path(__file__).parents[1] / "quality_baseline.json").read_text("utf-8"))
LOWER_IS_BETTER = {"non_articles", "chrome_leaks"}
REPORT = fixture_report()
CASES = [(mode, site) for mode, sites in BASELINE.items() for site in sites]


@pytest.mark.parametrize(("mode", "site"), CASES, ids=[f"{m}-{s}" for m, s in CASES])
def test_no_figure_falls_below_the_baseline(mode: str, site: str) -> None:
    got = REPORT[mode][site]
    for metric, pinned in BASELINE[mode][site].items():
        if metric in LOWER_IS_BETTER:
            assert got[metric] <= pinned, (metric, got[metric], pinned)
        else:
            assert got[metric] >= pinned - 1e-4, (metric, got[metric], pinned)


def test_every_family_site_is_pinned() -> None:
    assert set(REPORT["profile"]) == set(BASELINE["profile"]) == set(BASELINE["adhoc"])
    assert len(BASELINE["profile"]) >= 5


@pytest.mark.parametrize("site", sorted(BASELINE["profile"]))
def test_targets_with_profiles(site: str) -> None:
    m = REPORT["profile"][site]
    assert (m["coverage"], m["title"], m["date"], m["author"]) == (1.0, 1.0, 1.0, 1.0)
    assert m["body_f1"] >= 0.98
    assert m["chrome_leaks"] == 0 and m["non_articles"] == 0


@pytest.mark.parametrize("site", sorted(BASELINE["adhoc"]))
def test_targets_ad_hoc(site: str) -> None:
    m = REPORT["adhoc"][site]
    assert m["body_f1"] >= 0.95
    assert m["chrome_leaks"] == 0
    assert m["date"] >= 0.95
