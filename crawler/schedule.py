"""Schedules are data: a cron expression per profile (``schedule``), or the default one.

A site is *due* when it has never been crawled, or when its cron expression has fired since
its last crawl started: ``next_run(cron, last_started) <= now``. Expressions are evaluated
in the profile's ``timezone`` (a portal's quiet hours are local; UTC with ``timezone:
null``). ``govarchive run-due``, called every few minutes by cron or a systemd timer, starts
the due sites that are not already being crawled (see :mod:`archive.locks`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from croniter import croniter
from sqlite_utils import Database

from archive.crawls import last_crawls
from config.profile import SiteProfile, cron_problem

DEFAULT_SCHEDULE = "0 2 * * *"  # every night at 02:00, the portal's local time


class ScheduleError(ValueError):
    """A cron expression that cannot be used."""


@dataclass(frozen=True)
class SiteSchedule:
    site_id: str
    cron: str
    is_default: bool
    last_started: datetime | None  # aware, UTC
    last_finished: datetime | None
    last_status: str | None  # finished, partial, failed, interrupted, running
    last_crawl_id: int | None
    next_run: datetime | None  # aware, UTC; None: no schedule (a site without a profile)
    due: bool
    running: bool  # the site's lock is held right now

    def as_dict(self) -> dict[str, Any]:
        def fmt(value: datetime | None) -> str | None:
            return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None

        return {
            "site_id": self.site_id, "schedule": self.cron or None, "default_schedule": self.is_default,
            "last_started": fmt(self.last_started), "last_finished": fmt(self.last_finished),
            "last_status": self.last_status, "last_crawl_id": self.last_crawl_id,
            "next_run": fmt(self.next_run), "due": self.due, "running": self.running,
        }  # fmt: skip


def check_cron(expression: str) -> str:
    """``expression`` if it is a valid 5-field cron expression.

    :raises ScheduleError: it is not.
    """
    problem = cron_problem(expression)
    if problem:
        raise ScheduleError(problem)
    return expression


def next_run(cron: str, after: datetime, tz: str = "UTC") -> datetime:
    """The first time ``cron`` fires strictly after ``after`` (aware), in UTC."""
    local = after.astimezone(ZoneInfo(tz))
    fired: datetime = croniter(cron, local).get_next(datetime)
    return fired.astimezone(UTC)


def is_due(cron: str, last_started: datetime | None, now: datetime, tz: str = "UTC") -> bool:
    """Never crawled, or ``cron`` fired between the last start and ``now``."""
    return last_started is None or next_run(cron, last_started, tz) <= now


def last_fire(cron: str, now: datetime, tz: str = "UTC") -> datetime:
    """The latest time ``cron`` fired at or before ``now`` (aware), in UTC."""
    local = (now + timedelta(seconds=1)).astimezone(ZoneInfo(tz))  # get_prev is strict
    fired: datetime = croniter(cron, local).get_prev(datetime)
    return fired.astimezone(UTC)


def due_sites(
    profiles: list[SiteProfile],
    db: Database | None,
    *,
    default: str = DEFAULT_SCHEDULE,
    now: datetime | None = None,
) -> list[str]:
    """Ids of the due sites, the longest since their last start first (never crawled first):
    the input of :func:`crawler.assign.assign` for ``run-due --fleet``.

    The same test as :func:`is_due`, asked the other way round: a site is due when its
    cron's latest firing up to ``now`` is later than its last start. That firing depends on
    the expression and time zone only, so it is computed once per distinct schedule, not
    once per site (3,000 profiles share a handful). Site locks (:mod:`archive.locks`, one
    machine) are not consulted: a fleet keeps one crawl per site with leases
    (:mod:`archive.leases`).
    """
    check_cron(default)
    now = now or datetime.now(UTC)
    last = last_crawls(db)
    fired: dict[tuple[str, str], datetime] = {}
    never = datetime.min.replace(tzinfo=UTC)
    due = []
    for profile in profiles:
        cron = profile.schedule or default
        started = _parse(last.get(profile.id, {}).get("started_at"))
        if started is not None:
            key = (cron, profile.clock_zone)
            if key not in fired:
                fired[key] = last_fire(cron, now, profile.clock_zone)
            if fired[key] <= started:
                continue
        due.append((started or never, profile.id))
    return [site for _, site in sorted(due)]


def _parse(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def site_schedules(
    profiles: list[SiteProfile],
    db: Database | None,
    archive_dir: Path,
    *,
    default: str = DEFAULT_SCHEDULE,
    now: datetime | None = None,
) -> list[SiteSchedule]:
    """Each profile's schedule, last crawl and next run, as of ``now``."""
    from archive.locks import is_locked

    check_cron(default)
    now = now or datetime.now(UTC)
    last = last_crawls(db)
    found = []
    for profile in profiles:
        cron = profile.schedule or default
        row = last.get(profile.id, {})
        started = _parse(row.get("started_at"))
        running = is_locked(archive_dir, profile.id)
        status = row.get("status")
        if status == "running" and not running:
            status = "interrupted"  # killed; the next crawl will record it so
        upcoming = next_run(cron, started or now, profile.clock_zone)
        found.append(
            SiteSchedule(
                site_id=profile.id, cron=cron, is_default=profile.schedule is None,
                last_started=started, last_finished=_parse(row.get("finished_at")),
                last_status=status, last_crawl_id=row.get("id"),
                next_run=upcoming if started else now,
                due=not running and is_due(cron, started, now, profile.clock_zone),
                running=running,
            )
        )  # fmt: skip
    return found


def unscheduled_sites(
    profiles: list[SiteProfile], db: Database | None, archive_dir: Path
) -> list[SiteSchedule]:
    """The sites the archive holds crawls of that no profile of ``profiles`` names (ad-hoc
    crawls of a URL, a profile file kept elsewhere): ``run-due`` never starts them, and
    ``schedule`` listed only the profiles, so an archivist asking what the archive holds and
    how its last crawls went did not see them (not even one being crawled right now)."""
    from archive.locks import is_locked

    named = {profile.id for profile in profiles}
    found = []
    for site_id, row in sorted(last_crawls(db).items()):
        if site_id in named:
            continue
        running = is_locked(archive_dir, site_id)
        status = row.get("status")
        if status == "running" and not running:
            status = "interrupted"
        found.append(SiteSchedule(
            site_id=site_id, cron="", is_default=False, last_started=_parse(row.get("started_at")),
            last_finished=_parse(row.get("finished_at")), last_status=status,
            last_crawl_id=row.get("id"), next_run=None, due=False, running=running,
        ))  # fmt: skip
    return found
