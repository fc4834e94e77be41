"""One crawl per site across machines: a lease per site in the central archive.

:mod:`archive.locks` keeps one crawl per site on one machine (a ``flock``); a fleet of Scrapyd
nodes needs the same guarantee across machines, and the one place every ``run-due --fleet``
(on any machine) shares is the central archive. Table ``crawl_leases`` (migration
``0012_leases``) holds at most one row per site: the node and Scrapyd job crawling it, when
the lease was taken, last renewed, and when it expires.

Every operation is one ``BEGIN IMMEDIATE`` transaction: SQLite's write lock serialises them,
so two processes taking the lease of one site at once cannot both succeed (the second sees
the first one's row once it gets the lock). A lease that was not renewed before
``expires_at`` (its node died, or lost its disk) is dead: :func:`take` takes it over and
:func:`expire` hands it to whoever cleans up after it (repair and merge, or discard, the
shard it left). Each lease carries a random ``token``: renewing, recording the job id and
releasing are compare-and-set on it, so a holder whose lease expired and was taken by
someone else cannot renew or release the new one.

Times are the archive's UTC timestamps (``2024-05-01T02:00:00Z``), to the second; ``now``
can be passed for tests and for a driver that wants one clock for a whole run.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlite_utils import Database

from archive.errors import ArchiveError
from archive.store import utc_timestamp

logger = logging.getLogger(__name__)

_COLUMNS = ("site_id", "node", "token", "job_id", "taken_at", "renewed_at", "expires_at")


@dataclass(frozen=True)
class Lease:
    """A site's lease: held by ``node`` (running Scrapyd job ``job_id``) until ``expires_at``."""

    site_id: str
    node: str
    token: str
    job_id: str | None
    taken_at: str
    renewed_at: str
    expires_at: str

    def live(self, now: datetime | None = None) -> bool:
        """True until ``expires_at``."""
        return self.expires_at > utc_timestamp(now)

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in _COLUMNS}


class LeaseHeld(ArchiveError):
    """The site's lease is live and held by another crawl."""

    def __init__(self, lease: Lease) -> None:
        self.lease = lease
        job = f", job {lease.job_id}" if lease.job_id else ""
        super().__init__(
            f"{lease.site_id} is being crawled by node {lease.node}{job} "
            f"(lease taken {lease.taken_at}, expires {lease.expires_at})"
        )


class LeaseLost(ArchiveError):
    """The lease is no longer the caller's: it expired and was taken over, or was released."""


@contextmanager
def _immediate(db: Database) -> Iterator[None]:
    if db.conn.in_transaction:
        raise ArchiveError("lease operations run in their own transaction; commit first")
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def _row(db: Database, site_id: str) -> Lease | None:
    row = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM crawl_leases WHERE site_id = ?", [site_id]
    ).fetchone()
    return Lease(*row) if row else None


def _now(now: datetime | None) -> datetime:
    return now or datetime.now(UTC)


def get(db: Database, site_id: str) -> Lease | None:
    """The site's lease row, live or expired; None when there is none."""
    return _row(db, site_id)


def take(
    db: Database,
    site_id: str,
    node: str,
    duration: timedelta,
    *,
    job_id: str | None = None,
    now: datetime | None = None,
) -> Lease:
    """Take the lease of ``site_id`` for ``node`` until ``now + duration``.

    An expired lease is taken over (logged with its holder).

    :raises LeaseHeld: another live lease holds the site.
    """
    moment = _now(now)
    stamp = utc_timestamp(moment)
    lease = Lease(site_id, node, uuid.uuid4().hex, job_id, stamp, stamp,
                  utc_timestamp(moment + duration))  # fmt: skip
    with _immediate(db):
        old = _row(db, site_id)
        if old is not None and old.live(moment):
            raise LeaseHeld(old)
        if old is not None:
            logger.warning(
                "Lease of %s held by node %s (job %s) expired at %s; taken over by node %s",
                site_id, old.node, old.job_id, old.expires_at, node,
            )  # fmt: skip
        db.execute(
            f"INSERT OR REPLACE INTO crawl_leases ({', '.join(_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(_COLUMNS))})",
            [getattr(lease, name) for name in _COLUMNS],
        )
    return lease


def _update(db: Database, lease: Lease, assignments: dict[str, Any], now: datetime,
            revive: bool = False) -> Lease:  # fmt: skip
    """Compare-and-set on the lease's token; the lease must still be live (or, ``revive``,
    expired but still the caller's row)."""
    with _immediate(db):
        current = _row(db, lease.site_id)
        if current is None or current.token != lease.token:
            raise LeaseLost(f"the lease of {lease.site_id} taken {lease.taken_at} is gone")
        if not current.live(now) and not revive:
            raise LeaseLost(f"the lease of {lease.site_id} expired at {current.expires_at}")
        sets = ", ".join(f"{name} = ?" for name in assignments)
        db.execute(
            f"UPDATE crawl_leases SET {sets} WHERE site_id = ? AND token = ?",
            [*assignments.values(), lease.site_id, lease.token],
        )
        updated = _row(db, lease.site_id)
    assert updated is not None
    return updated


def set_job(db: Database, lease: Lease, job_id: str, *, now: datetime | None = None) -> Lease:
    """Record the Scrapyd job that crawls under ``lease``.

    :raises LeaseLost: the lease expired or is someone else's.
    """
    return _update(db, lease, {"job_id": job_id}, _now(now))


def renew(
    db: Database,
    lease: Lease,
    duration: timedelta,
    *,
    now: datetime | None = None,
    revive: bool = False,
) -> Lease:
    """Extend a live lease to ``now + duration`` (its node still reports the job).

    ``revive``: extend it even if it expired, as long as nobody took it over or removed it
    (the row still holds its token): its node reports the job still running, so the lease
    lapsed only because no ``run-due --fleet`` ran in time to renew it.

    :raises LeaseLost: the lease expired (without ``revive``; it may have been taken over) or
        was released or removed.
    """
    moment = _now(now)
    return _update(
        db, lease,
        {"renewed_at": utc_timestamp(moment), "expires_at": utc_timestamp(moment + duration)},
        moment, revive,
    )  # fmt: skip


def release(db: Database, lease: Lease) -> bool:
    """Give the lease up (the job finished and its shard was merged, or was never started).

    Returns False when it was no longer the caller's (nothing is changed then).
    """
    with _immediate(db):
        cursor = db.execute(
            "DELETE FROM crawl_leases WHERE site_id = ? AND token = ?", [lease.site_id, lease.token]
        )
    return cursor.rowcount > 0


def live_leases(db: Database, *, now: datetime | None = None) -> dict[str, Lease]:
    """Every live lease, by site id (the sites :func:`crawler.assign.assign` must skip)."""
    rows = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM crawl_leases WHERE expires_at > ? ORDER BY site_id",
        [utc_timestamp(now)],
    ).fetchall()
    return {row[0]: Lease(*row) for row in rows}


def stale_leases(db: Database, *, now: datetime | None = None) -> list[Lease]:
    """Every expired lease still in the table (read only): the ones :func:`expire` would
    hand out now. A caller that finds the job of one still running revives it first
    (:func:`renew` with ``revive``)."""
    rows = db.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM crawl_leases WHERE expires_at <= ? ORDER BY site_id",
        [utc_timestamp(now)],
    ).fetchall()
    return [Lease(*row) for row in rows]


def expire(db: Database, *, now: datetime | None = None) -> list[Lease]:
    """Remove every expired lease and return them, each to exactly one caller: the jobs they
    name are dead, and their shards are to be repaired and merged, or discarded."""
    with _immediate(db):
        rows = db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM crawl_leases WHERE expires_at <= ? "
            "ORDER BY site_id",
            [utc_timestamp(now)],
        ).fetchall()
        expired = [Lease(*row) for row in rows]
        for lease in expired:
            db.execute(
                "DELETE FROM crawl_leases WHERE site_id = ? AND token = ?",
                [lease.site_id, lease.token],
            )
    for lease in expired:
        logger.warning(
            "Lease of %s (node %s, job %s) expired at %s", lease.site_id, lease.node,
            lease.job_id, lease.expires_at,
        )  # fmt: skip
    return expired
