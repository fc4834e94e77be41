"""archive/leases.py: one crawl per site across machines, a lease in the central archive."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import leases
from archive.db import open_db
from archive.errors import ArchiveError

T0 = datetime(2024, 5, 1, 2, 0, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


@pytest.fixture
def db(tmp_path: Path) -> Any:
    database = open_db(tmp_path / "archive.db")
    yield database
    database.close()


def test_take_renew_set_job_release(db: Any) -> None:
    lease = leases.take(db, "site-a", "crawl-1", HOUR, now=T0)
    assert (lease.node, lease.job_id, lease.taken_at, lease.expires_at) == (
        "crawl-1", None, "2024-05-01T02:00:00Z", "2024-05-01T03:00:00Z"
    )
    lease = leases.set_job(db, lease, "job-1", now=T0 + timedelta(seconds=5))
    renewed = leases.renew(db, lease, HOUR, now=T0 + timedelta(minutes=50))
    assert (renewed.job_id, renewed.renewed_at, renewed.expires_at) == (
        "job-1", "2024-05-01T02:50:00Z", "2024-05-01T03:50:00Z"
    )
    assert leases.live_leases(db, now=T0 + timedelta(minutes=55)) == {"site-a": renewed}
    assert leases.release(db, renewed) is True
    assert leases.get(db, "site-a") is None and leases.live_leases(db, now=T0) == {}
    assert leases.release(db, renewed) is False  # already gone: nothing changed


def test_a_live_lease_cannot_be_taken_twice(db: Any) -> None:
    leases.take(db, "site-a", "crawl-1", HOUR, job_id="j1", now=T0)
    with pytest.raises(leases.LeaseHeld) as exc:
        leases.take(db, "site-a", "crawl-2", HOUR, now=T0 + timedelta(minutes=59, seconds=59))
    assert str(exc.value) == (
        "site-a is being crawled by node crawl-1, job j1 "
        "(lease taken 2024-05-01T02:00:00Z, expires 2024-05-01T03:00:00Z)"
    )
    assert leases.take(db, "site-b", "crawl-2", HOUR, now=T0).site_id == "site-b"


def test_an_expired_lease_is_taken_over_and_the_old_holder_loses_it(
    db: Any, caplog: pytest.LogCaptureFixture
) -> None:
    old = leases.take(db, "site-a", "crawl-1", HOUR, job_id="j1", now=T0)
    new = leases.take(db, "site-a", "crawl-2", HOUR, now=T0 + HOUR)
    assert new.node == "crawl-2" and new.token != old.token
    assert "Lease of site-a held by node crawl-1 (job j1) expired" in caplog.text
    with pytest.raises(leases.LeaseLost):
        leases.renew(db, old, HOUR, now=T0 + HOUR)
    with pytest.raises(leases.LeaseLost):
        leases.set_job(db, old, "j9", now=T0 + HOUR)
    assert leases.release(db, old) is False
    assert leases.get(db, "site-a") == new


def test_an_expired_lease_cannot_be_renewed(db: Any) -> None:
    lease = leases.take(db, "site-a", "crawl-1", HOUR, now=T0)
    with pytest.raises(leases.LeaseLost, match="expired at 2024-05-01T03:00:00Z"):
        leases.renew(db, lease, HOUR, now=T0 + HOUR)


def test_expire_hands_each_dead_lease_to_one_caller(db: Any) -> None:
    a = leases.take(db, "site-a", "crawl-1", HOUR, now=T0)
    b = leases.take(db, "site-b", "crawl-1", 3 * HOUR, now=T0)
    assert leases.expire(db, now=T0 + 2 * HOUR) == [a]
    assert leases.expire(db, now=T0 + 2 * HOUR) == []
    assert leases.live_leases(db, now=T0 + 2 * HOUR) == {"site-b": b}


def test_leases_need_their_own_transaction(db: Any) -> None:
    db.execute("BEGIN")
    with pytest.raises(ArchiveError, match="own transaction"):
        leases.take(db, "site-a", "crawl-1", HOUR, now=T0)
    db.conn.rollback()


# --- processes racing for the same leases --------------------------------------------------

SITES = [f"site-{i}" for i in range(20)]


def _race(path: str, node: str, start: Any, now: str, out: Any) -> None:
    db = open_db(path)
    won = []
    start.wait()
    for site in SITES:
        try:
            leases.take(db, site, node, HOUR, now=datetime.fromisoformat(now))
            won.append(site)
        except leases.LeaseHeld:
            pass
    db.close()
    out.put((node, won))


def _run_race(path: Path, now: datetime, runners: int = 3) -> dict[str, list[str]]:
    context = multiprocessing.get_context("spawn")
    start, out = context.Event(), context.Queue()
    procs = [
        context.Process(target=_race, args=(str(path), f"crawl-{i}", start, now.isoformat(), out))
        for i in range(runners)
    ]
    for proc in procs:
        proc.start()
    start.set()
    results = dict(out.get(timeout=120) for _ in procs)
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    return results


def test_processes_racing_never_take_one_site_twice(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    open_db(path).close()
    results = _run_race(path, T0)
    won = [site for sites in results.values() for site in sites]
    assert sorted(won) == sorted(SITES)  # every site taken exactly once
    db = open_db(path)
    held = leases.live_leases(db, now=T0)
    assert {site: lease.node for site, lease in held.items()} == {
        site: node for node, sites in results.items() for site in sites
    }
    # an hour later every lease has expired: the next race takes each over exactly once
    db.close()
    results = _run_race(path, T0 + HOUR)
    assert sorted(s for sites in results.values() for s in sites) == sorted(SITES)
