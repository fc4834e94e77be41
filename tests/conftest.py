"""Fixtures: the replica portal on 127.0.0.1 and one shared crawl of it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from config.profile import load_profile
from crawler.replica import ReplicaServer, build_laocai_site
from tests.helpers import FAST, run_cli, write_profile

SEED_DIR = Path(__file__).parent / "fixtures" / "seed"


@pytest.fixture(scope="session")
def replica() -> Iterator[ReplicaServer]:
    with ReplicaServer(site=build_laocai_site()) as server:
        yield server


@pytest.fixture(scope="session")
def replica_profile_path(replica: ReplicaServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    profile = load_profile("laocai-tinhuy").rebased(replica.base_url, politeness=FAST)
    return write_profile(profile, tmp_path_factory.mktemp("sites"))


@dataclass
class Crawled:
    archive: Path
    first: object  # CompletedProcess of the first crawl
    second: object  # CompletedProcess of the re-crawl


@pytest.fixture(scope="session")
def crawled(replica_profile_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Crawled:
    """The replica crawled twice into one archive (the second run must add nothing)."""
    archive = tmp_path_factory.mktemp("archive")
    first = run_cli("crawl", str(replica_profile_path), "--archive", str(archive))
    second = run_cli("crawl", str(replica_profile_path), "--archive", str(archive))
    return Crawled(archive, first, second)
