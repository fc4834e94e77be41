"""Fixtures shared by integration tests: the five template-family sites crawled once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import pytest

from config.profile import load_profile_file
from crawler.replica import ReplicaServer
from tests.families import FAMILIES
from tests.helpers import FAST, ROOT, write_profile

RUN = """
import sys
from pathlib import Path
from config.profile import load_profile_file
from crawler.run import run_crawls
profiles = [load_profile_file(p) for p in sys.argv[2:]]
summaries = run_crawls(profiles, Path(sys.argv[1]), overrides={
                       "GOVARCHIVE_CHROME_WARMUP": 5, "GOVARCHIVE_EXTRACT_WORKERS": 2})
for s in summaries:
    print(s.site_id, s.status, s.finish_reason)
"""


@dataclass
class Families:
    archive: Path  # the archive the five crawls wrote
    bases: dict[str, str]  # site id -> base URL of its loopback server (no trailing slash)
    profiles: dict[str, Path]  # site id -> its profile rebased onto that server


@pytest.fixture(scope="session")
def families(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Families]:
    """The five family sites crawled with their profiles (one Scrapy process, five crawlers,
    loopback servers), into one archive; the servers are stopped afterwards."""
    folder = tmp_path_factory.mktemp("families")
    with ExitStack() as stack:
        profiles, bases = {}, {}
        for site_id, family in FAMILIES.items():
            server = stack.enter_context(ReplicaServer(site=family.build_site()))
            profile = load_profile_file(ROOT / "tests" / "sites" / site_id / f"{site_id}.yaml")
            local = profile.rebased(server.base_url, politeness=FAST)
            profiles[site_id] = write_profile(local, folder / "profiles")
            bases[site_id] = server.base_url.rstrip("/")
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run(
            [sys.executable, "-c", RUN, str(folder / "archive"), *map(str, profiles.values())],
            check=False, capture_output=True, text=True, timeout=240, cwd=ROOT, env=env,
        )  # fmt: skip
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Traceback" not in done.stderr, done.stderr
    yield Families(folder / "archive", bases, profiles)
