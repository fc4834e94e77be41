"""Cron schedules (pure) and site locks."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from archive import locks
from config.profile import ProfileError, profile_from_dict
from crawler.schedule import ScheduleError, check_cron, is_due, next_run, site_schedules

BASE = {"id": "site-a", "name": "A", "base_url": "https://a.gov.vn/"}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_next_run_is_evaluated_in_the_profile_time_zone() -> None:
    # 02:00 in Hà Nội is 19:00 UTC the day before
    assert next_run("0 2 * * *", utc(2024, 5, 1, 12, 0), "Asia/Ho_Chi_Minh") == utc(2024, 5, 1, 19, 0)
    assert next_run("0 2 * * *", utc(2024, 5, 1, 12, 0)) == utc(2024, 5, 2, 2, 0)


@pytest.mark.parametrize(
    ("last", "now", "due"),
    [
        (None, utc(2024, 5, 1, 0, 0), True),  # never crawled
        (utc(2024, 5, 1, 1, 0), utc(2024, 5, 1, 1, 59), False),
        (utc(2024, 5, 1, 1, 0), utc(2024, 5, 1, 2, 0), True),  # fired at 02:00
        (utc(2024, 5, 1, 2, 0), utc(2024, 5, 2, 1, 0), False),  # ran at 02:00, next tomorrow
        (utc(2024, 4, 1, 2, 0), utc(2024, 5, 2, 1, 0), True),  # missed runs: due once
    ],
)
def test_is_due(last: datetime | None, now: datetime, due: bool) -> None:
    assert is_due("0 2 * * *", last, now) is due


def test_bad_cron_expressions_are_refused() -> None:
    with pytest.raises(ScheduleError, match="not a 5-field cron expression"):
        check_cron("every night")
    with pytest.raises(ScheduleError):
        check_cron("0 2 * * * *")
    with pytest.raises(ProfileError, match=r"field 'schedule': not a valid cron expression: '61 2 \. \. \.' "
                                           r"\(a field out of range or malformed: minute 0-59, hour 0-23"):
        profile_from_dict({**BASE, "schedule": "61 2 * * *"}.copy() | {"schedule": "61 2 . . ."})
    with pytest.raises(ScheduleError, match=r"^not a valid cron expression: '99 2 \* \* \*'"):
        check_cron("99 2 * * *")  # five fields, one out of range: not called "not 5-field"
    with pytest.raises(ProfileError, match=r"not a 5-field cron expression \(minute 0-59, .*\): '0 2 \* \*'"):
        profile_from_dict({**BASE, "schedule": "0 2 * *"})
    with pytest.raises(ProfileError, match="field 'recheck_days'"):
        profile_from_dict({**BASE, "recheck_days": -1})
    assert profile_from_dict({**BASE, "schedule": "*/30 6-22 * * 1-5"}).schedule == "*/30 6-22 * * 1-5"


def test_site_schedules_without_an_archive(tmp_path: Path) -> None:
    profiles = [profile_from_dict(BASE), profile_from_dict({**BASE, "id": "site-b", "schedule": "0 4 * * *"})]
    rows = site_schedules(profiles, None, tmp_path, default="15 1 * * *", now=utc(2024, 1, 1))
    assert [(r.site_id, r.cron, r.is_default, r.due, r.running) for r in rows] == [
        ("site-a", "15 1 * * *", True, True, False),
        ("site-b", "0 4 * * *", False, True, False),
    ]
    with pytest.raises(ScheduleError):
        site_schedules(profiles, None, tmp_path, default="nope")


def test_lock_is_exclusive_across_processes_and_dies_with_its_holder(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import sys, time; from archive import locks; "
         f"locks.acquire({str(tmp_path)!r}, 'site-a'); print('held', flush=True); time.sleep(60)")],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert locks.is_locked(tmp_path, "site-a")
        with pytest.raises(locks.SiteBusy, match=rf"site-a is already being crawled \(pid {holder.pid} on"):
            locks.acquire(tmp_path, "site-a")
    finally:
        holder.kill()
        holder.wait()
    deadline = time.monotonic() + 5
    while locks.is_locked(tmp_path, "site-a") and time.monotonic() < deadline:
        time.sleep(0.01)
    lock = locks.acquire(tmp_path, "site-a")  # a dead holder holds nothing
    again = locks.acquire(tmp_path, "site-a")  # re-entrant within one process
    assert again is lock and locks.is_locked(tmp_path, "site-a")
    again.release()
    assert locks.is_locked(tmp_path, "site-a")
    lock.release()
    assert not locks.is_locked(tmp_path, "site-a")


def test_a_look_at_the_lock_never_refuses_a_crawl_starting_then(tmp_path: Path) -> None:
    """``is_locked`` (schedule, run-due, verify) can only test a flock by taking it: a crawl
    starting while another process looks waits for the look to end (the site's gate), instead
    of being refused as "already being crawled" by no one. The look is paused mid-probe."""
    locks.acquire(tmp_path, "site-a").release()  # the lock file exists; nobody holds it
    looker = subprocess.Popen(
        [sys.executable, "-c", (
            "import fcntl, sys; from archive import locks\n"
            "real = fcntl.flock\n"
            "def paused(fd, op):\n"
            "    real(fd, op)\n"
            "    if op == fcntl.LOCK_EX | fcntl.LOCK_NB:  # the probe holds the lock now\n"
            "        print('probing', flush=True); sys.stdin.readline()\n"
            "fcntl.flock = paused\n"
            f"print(locks.is_locked({str(tmp_path)!r}, 'site-a'), flush=True)\n")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    got: list[object] = []

    def start() -> None:
        try:
            got.append(locks.acquire(tmp_path, "site-a"))
        except locks.SiteBusy as exc:
            got.append(exc)

    try:
        assert looker.stdout is not None and looker.stdin is not None
        assert looker.stdout.readline().strip() == "probing"
        starter = threading.Thread(target=start)
        starter.start()  # while the look holds the lock
        looker.stdin.write("\n")
        looker.stdin.flush()
        assert looker.stdout.readline().strip() == "False"  # the look saw no crawl
        starter.join()
    finally:
        looker.kill()
        looker.wait()
    (lock,) = got
    assert isinstance(lock, locks.SiteLock), lock  # the crawl started
    assert locks.is_locked(tmp_path, "site-a")
    lock.release()


def test_sites_crawled_without_a_profile_are_listed_unscheduled(tmp_path: Path) -> None:
    """`schedule` listed only the profiles: an ad-hoc crawl's site (even one running) was
    missing from the one listing of each site's last crawl."""
    from click.testing import CliRunner

    from archive.db import open_db
    from archive.store import ArchiveWriter
    from config.profile import adhoc_profile
    from crawler.cli import cli
    from crawler.schedule import unscheduled_sites

    db = open_db(tmp_path / "archive.db")
    writer = ArchiveWriter(db)
    adhoc = adhoc_profile("http://127.0.0.1:8000/")
    writer.upsert_site(adhoc)
    crawl_id = writer.start_crawl(adhoc.id, "test", {})
    writer.finish_crawl(crawl_id, "partial", {}, [])
    db.conn.commit()
    profiles = [profile_from_dict(BASE)]
    (row,) = unscheduled_sites(profiles, db, tmp_path)
    assert (row.site_id, row.cron, row.last_status, row.last_crawl_id, row.next_run, row.due) == (
        adhoc.id, "", "partial", crawl_id, None, False)  # fmt: skip
    assert row.as_dict()["schedule"] is None
    assert unscheduled_sites([*profiles, adhoc], db, tmp_path) == []  # a profile names it
    db.close()
    sites = tmp_path / "sites"
    sites.mkdir()
    (sites / "site-a.yaml").write_text("id: site-a\nname: A\nbase_url: https://a.gov.vn/\n")
    args = ["--archive", str(tmp_path), "--sites-dir", str(sites)]
    listed = CliRunner().invoke(cli, ["schedule", *args, "--format", "jsonl"])
    assert listed.exit_code == 0, listed.output
    assert [line.split('"')[3] for line in listed.output.splitlines()] == ["site-a", adhoc.id]
    due = CliRunner().invoke(cli, ["run-due", *args, "--dry-run"])
    assert due.output.strip() == "due: site-a"  # never the site without a profile
