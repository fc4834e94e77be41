"""Disk full: the crawl stops at the first ENOSPC, says "No space left on device" once, ends
``failed`` with exit code 4, and leaves an archive that ``verify --repair`` makes whole.

Where the kernel lets the test mount a filesystem of its own (a private mount namespace:
``unshare --user --map-root-user --mount``, what a root or an unprivileged user may do on
most Linux systems), the archive is a 3 MB tmpfs that really fills up: WARC, database and
log file all run out of space. The site's pages alone are about 1.5 times the tmpfs (60
pages of 80 kB that do not compress), so it fills before the crawl ends whatever the
database's share: with 40 kB pages the WARC was 2.2 MB and the database's (its WAL grows
with every commit, and how commits batch depends on the machine's load) decided whether
3 MB filled at the crawl's last writes or not at all. Elsewhere the same crawl runs with ENOSPC injected into the
WARC writer once 20 exchanges are written (the database is then still writable).
"""

from __future__ import annotations

import base64
import json
import os
import random
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import FixturePortal
from tests.helpers import ROOT, rows, run_cli, write_profile

TMPFS_SIZE = "3m"
PAD = 80_000  # bytes of noise per HTML page: the site is larger than the tmpfs by design
UNSHARE = ["unshare", "--user", "--map-root-user", "--mount"]

# Inside the private mount namespace: a tmpfs over the archive folder, the crawl in it, then
# the archive copied out (the tmpfs ends with the namespace).
IN_NAMESPACE = """
set -e
mount -t tmpfs -o size={size} tmpfs "$ARCHIVE"
set +e
timeout -s KILL 240 "$PYTHON" -m crawler.cli crawl "$PROFILE" --archive "$ARCHIVE" --quiet \
    2> "$OUT/stderr"
echo $? > "$OUT/rc"
cp -a "$ARCHIVE/." "$OUT/archive/"
"""

# Elsewhere: ENOSPC raised by the WARC file from the 21st exchange on (the warcinfo record
# is the first write).
INJECTED = """
import errno, sys
from archive import warcwrite
sync = warcwrite.WarcWriter._sync
calls = []
def full(self, fh):
    calls.append(1)
    if len(calls) > 21:
        raise OSError(errno.ENOSPC, "No space left on device")
    return sync(self, fh)
warcwrite.WarcWriter._sync = full
from crawler.cli import main
sys.argv = ["govarchive", *sys.argv[1:]]
main()
"""


def private_tmpfs() -> bool:
    """True when this process may mount a tmpfs in a mount namespace of its own."""
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run([*UNSHARE, "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt"],
                           capture_output=True, check=False, timeout=30)  # fmt: skip
    return probe.returncode == 0


def padded(portal: FixturePortal, size: int) -> Site:
    """The portal, every HTML page carrying ``size`` bytes that do not compress."""
    noise = random.Random(11)

    def resolve(request: Request) -> Page | None:
        page = portal.resolve(request)
        if page is None or b"</body>" not in page.body:
            return page
        pad = base64.b64encode(noise.randbytes(size * 3 // 4))
        return Page(page.status, page.headers, page.body.replace(b"</body>", b"<!-- " + pad + b" --></body>"))

    return Site(handler=resolve)


@dataclass
class Full:
    mode: str  # "tmpfs" or "injected"
    archive: Path
    returncode: int
    stderr: str


@pytest.fixture(scope="module")
def disk_full(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Full]:
    tmp = tmp_path_factory.mktemp("disk-full")
    portal = FixturePortal(n_articles=60, traps=False)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    with ReplicaServer(site=padded(portal, PAD)) as server:
        profile = write_profile(portal.profile(server.base_url), tmp / "sites")
        if private_tmpfs():
            mode, out, archive = "tmpfs", tmp / "out", tmp / "mnt"
            (out / "archive").mkdir(parents=True)
            archive.mkdir()
            script = textwrap.dedent(IN_NAMESPACE.format(size=TMPFS_SIZE))
            env |= {"ARCHIVE": str(archive), "PROFILE": str(profile), "OUT": str(out),
                    "PYTHON": sys.executable}  # fmt: skip
            subprocess.run([*UNSHARE, "sh", "-c", script], cwd=ROOT, env=env, check=True,
                           timeout=300)  # fmt: skip
            returncode = int((out / "rc").read_text())
            stderr = (out / "stderr").read_text()
            archive = out / "archive"
        else:
            mode, archive = "injected", tmp / "archive"
            done = subprocess.run(
                [sys.executable, "-c", INJECTED, "crawl", str(profile), "--archive", str(archive),
                 "--quiet"],
                cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300,
            )  # fmt: skip
            returncode, stderr = done.returncode, done.stderr
    yield Full(mode, archive, returncode, stderr)


def test_the_crawl_stops_at_the_first_enospc_and_says_so_once(disk_full: Full) -> None:
    assert disk_full.returncode == 4, disk_full.stderr
    assert "No space left on device" in disk_full.stderr
    assert "--- Logging error ---" not in disk_full.stderr
    assert "Traceback" not in disk_full.stderr
    # one line says the disk is full, one line the crawl's outcome; nothing repeats
    assert len(disk_full.stderr.splitlines()) <= 4, disk_full.stderr


def test_a_crawl_stopped_by_a_full_disk_leaves_a_repairable_archive(
    disk_full: Full, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(disk_full.archive, archive)  # the test may run twice on one copy
    (crawl,) = rows(archive, "select * from crawls")
    if crawl["status"] != "running":  # the database could be written to the end
        assert crawl["status"] == "failed"
        stats = json.loads(crawl["stats_json"])
        assert stats["finish_reason"] == "disk_full"
        assert "No space left on device" in stats["govarchive/fatal"]
    repaired = run_cli("verify", "--repair", "--archive", str(archive))
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "Traceback" not in repaired.stderr
    (crawl,) = rows(archive, "select * from crawls")
    assert crawl["status"] in ("failed", "interrupted")
    # every record in the WARC files has its row, every row its record
    (captures,) = rows(archive, "select count(*) n from captures where warc_file is not null")
    assert captures["n"] >= 10
    assert crawl["pages"] >= captures["n"] - 1  # robots.txt aside, the row counts them
    check = run_cli("verify", "--archive", str(archive))
    assert check.returncode == 0 and "OK: no problems found" in check.stdout, check.stdout + check.stderr
