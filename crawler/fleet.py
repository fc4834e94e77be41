"""One ``run-due --fleet`` pass: merge what the nodes finished, renew what they still run, and
give the due sites to nodes, one crawl per site anywhere (docs/scaling.md).

:func:`fleet_pass` calls the library parts in this order:

1. **Lapsed and dead jobs.** A lease past its end whose node still reports the job is taken
   back (:func:`archive.leases.renew` with ``revive``: no pass ran in time to renew it). The
   others are expired (:func:`archive.leases.expire`, each to exactly one caller): the shard
   their job left, if any, is repaired (:func:`archive.verify.verify_archive` with
   ``repair``) and merged (:func:`archive.merge.merge_shard`, a crawl still marked running
   recorded as interrupted).
2. **Live jobs.** A job its node reports pending or running has its lease renewed; a finished
   job (or one its node no longer knows: it restarted) has its shard checked, repaired if
   needed, merged, and its lease released. A node that does not answer keeps its leases
   until they expire.
3. **Due sites** (:func:`fleet_due`): the sites whose last crawl was killed or stopped at the
   job page limit (to be continued), then :func:`crawler.schedule.due_sites`, given to nodes
   by :func:`crawler.assign.assign` (nodes down or full skipped, leased sites left alone).
4. **New jobs.** For each placed site: the lease, taken with the job id this pass chooses
   (:func:`archive.leases.take`); the site's known state exported into the job's folder
   under ``shards_dir`` (:meth:`archive.Archive.export_state`; none for a first crawl); the
   job scheduled on its node with the shard folder, the state file and the page limit as
   settings. A schedule that fails releases the lease.

On the node the job's crawl imports the state into its fresh shard (:mod:`crawler.session`,
``GOVARCHIVE_JOB_STATE``) and crawls into it. Nodes are asked through a :class:`NodeClient`:
:class:`ScrapydClient` (Scrapyd's JSON API, :mod:`crawler.remote`) in production, simulated
nodes in the benchmark.
"""

from __future__ import annotations

import json
import logging
import shutil
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Protocol

from archive import Archive, leases, locks
from archive.errors import ArchiveError
from archive.jobstate import STATE_FILE, UnknownSite, last_crawl_outcomes
from archive.leases import Lease, LeaseHeld, LeaseLost
from archive.store import utc_timestamp
from config.fleet import FleetConfig, ScrapydNode
from config.profile import SiteProfile
from crawler import remote
from crawler.assign import NodeState, assign
from crawler.remote import NodeStatus, ScrapydError
from crawler.schedule import DEFAULT_SCHEDULE, due_sites

logger = logging.getLogger(__name__)

#: the flock that keeps one pass at a time on the central machine (not a site id: ids have
#: no underscore)
PASS_LOCK = "_fleet"
#: a crawl stopped by Scrapy's page limit ends with this reason
PAGE_LIMIT_REASON = "closespider_pagecount"
#: exit codes, as ``run-due``'s
EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 3, 4
_STATUS_CODES = {"finished": EXIT_OK, "partial": EXIT_PARTIAL, "interrupted": EXIT_PARTIAL,
                 "failed": EXIT_FAILED}  # fmt: skip


class NodeClient(Protocol):
    """What a pass asks a node; every method raises :class:`ScrapydError` when it cannot."""

    def status(self, node: ScrapydNode) -> NodeStatus: ...

    def jobs(self, node: ScrapydNode) -> dict[str, str]: ...

    def schedule(
        self, node: ScrapydNode, site_id: str, job_id: str, settings: dict[str, str]
    ) -> str: ...


class ScrapydClient:
    """Nodes are Scrapyd servers; passwords come from the environment (``password_env``)."""

    def __init__(self, environ: Mapping[str, str] | None = None,
                 timeout: float = remote.TIMEOUT) -> None:  # fmt: skip
        self.environ = environ
        self.timeout = timeout

    def status(self, node: ScrapydNode) -> NodeStatus:
        return remote.daemon_status(node.url, node.auth(self.environ), self.timeout)

    def jobs(self, node: ScrapydNode) -> dict[str, str]:
        return remote.job_states(node.url, auth=node.auth(self.environ), timeout=self.timeout)

    def schedule(
        self, node: ScrapydNode, site_id: str, job_id: str, settings: dict[str, str]
    ) -> str:
        return remote.schedule(node.url, site_id, settings, jobid=job_id,
                               auth=node.auth(self.environ))  # fmt: skip


@dataclass
class Event:
    """One thing a pass did or found; ``kind`` is one of :data:`KINDS`."""

    kind: str
    site: str | None = None
    node: str | None = None
    job: str | None = None
    detail: str = ""
    at: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"event": self.kind, "site_id": self.site, "node": self.node, "job": self.job,
                "detail": self.detail, "at": self.at, **self.data}  # fmt: skip


#: event kinds: a node that did not answer; a job's shard merged, or none to merge (the job
#: never started crawling); a lease renewed, or taken
#: back after it lapsed; a lease expired; a lease kept while its node is down; a job
#: scheduled; a due site with no free slot, or leased by another pass; an error (a shard not
#: merged, a job not scheduled)
KINDS = ("node-down", "merged", "discarded", "renewed", "revived", "expired", "held",
         "scheduled", "waiting", "skipped", "error")  # fmt: skip


@dataclass
class FleetReport:
    """What one pass did, event by event, in order."""

    events: list[Event] = field(default_factory=list)
    nodes: int = 0  # in the fleet file
    due: int = 0
    skipped_pass: str | None = None  # another pass held the central machine's lock

    def of(self, kind: str) -> list[Event]:
        return [e for e in self.events if e.kind == kind]

    @property
    def exit_code(self) -> int:
        """0: all well (or nothing to do); 3: something is left for the next pass (a node
        down, a shard not merged, a job not scheduled, a merged crawl partial or
        interrupted); 4: no node answered, or a merged crawl failed."""
        code = EXIT_OK
        down = self.of("node-down")
        if down and len(down) == self.nodes:
            return EXIT_FAILED
        if down or self.of("error"):
            code = EXIT_PARTIAL
        for event in self.of("merged"):
            for status in event.data.get("crawls", {}).values():
                if event.data.get("continued") and status == "partial":
                    continue  # stopped at the job's page limit: the next job goes on
                code = max(code, _STATUS_CODES.get(status, EXIT_PARTIAL))
        return code


def new_job_id(now: datetime) -> str:
    """A job id that sorts by time and names the shard folder: ``20240501T020000-1a2b3c4d``."""
    return f"{now.astimezone(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"


def shard_folder(fleet: FleetConfig, site_id: str, job_id: str) -> Path:
    """Where the job of ``site_id`` delivers its shard: ``<shards_dir>/<site>/<job>``."""
    return Path(fleet.shards_dir) / site_id / job_id


def job_page_limit(fleet: FleetConfig, profile: SiteProfile | None) -> int | None:
    """The fleet's page limit when the profile's own is not lower (None: no limit set)."""
    own = profile.limits.max_pages if profile is not None else None
    if fleet.job_pages is None or (own and own <= fleet.job_pages):
        return None
    return fleet.job_pages


def fleet_due(
    profiles: list[SiteProfile],
    db: Any,
    fleet: FleetConfig,
    *,
    default: str = DEFAULT_SCHEDULE,
    now: datetime | None = None,
) -> tuple[list[str], set[str]]:
    """The due sites in the order slots are given out, and which of them are continued: a
    site whose last crawl was killed (its node died) or stopped at the fleet's page limit
    comes first, then :func:`~crawler.schedule.due_sites` (the longest waiting first)."""
    by_id = {p.id: p for p in profiles}
    continued = []
    for site, last in sorted(last_crawl_outcomes(db).items()):
        profile = by_id.get(site)
        if profile is None:
            continue
        limit = job_page_limit(fleet, profile)
        stopped = last.finish_reason == PAGE_LIMIT_REASON and limit and last.max_pages == limit
        if last.status == "interrupted" or stopped:
            continued.append(site)
    first = set(continued)
    due = continued + [s for s in due_sites(profiles, db, default=default, now=now) if s not in first]
    return due, first


class _Pass:
    def __init__(self, arc: Archive, fleet: FleetConfig, profiles: list[SiteProfile],
                 client: NodeClient, now: Callable[[], datetime], keep_shards: bool,
                 default: str) -> None:  # fmt: skip
        self.arc, self.db, self.fleet, self.client = arc, arc.db, fleet, client
        self.profiles = {p.id: p for p in profiles}
        self.profile_list = profiles
        self.clock = now
        self.keep_shards = keep_shards
        self.default = default
        self.duration = timedelta(minutes=fleet.lease_minutes)
        self.report = FleetReport(nodes=len(fleet.nodes))
        self.status: dict[str, NodeStatus] = {}
        self.jobs: dict[str, dict[str, str]] = {}
        self.revived: set[str] = set()

    def event(self, kind: str, lease: Lease | None = None, **values: Any) -> Event:
        if lease is not None:
            values = {"site": lease.site_id, "node": lease.node, "job": lease.job_id} | values
        event = Event(kind, at=utc_timestamp(self.clock()), **values)
        self.report.events.append(event)
        log = logger.warning if kind in ("node-down", "error", "expired", "held") else logger.info
        log("Fleet: %s %s %s %s %s", kind, event.site or "", event.node or "", event.job or "",
            event.detail)  # fmt: skip
        return event

    def run(self) -> FleetReport:
        self.ask_nodes()
        self.lapsed_and_dead()
        self.live()
        self.start_due()
        return self.report

    # --- 0. the nodes --------------------------------------------------------------------------

    def ask_nodes(self) -> None:
        for node in self.fleet.nodes:
            try:
                self.status[node.name] = self.client.status(node)
                self.jobs[node.name] = self.client.jobs(node)
            except ScrapydError as exc:
                self.status.pop(node.name, None)
                self.event("node-down", node=node.name, detail=str(exc))

    def job_state(self, lease: Lease) -> str | None:
        """The lease's job as its node reports it; None: node down, or job unknown there."""
        return self.jobs.get(lease.node, {}).get(lease.job_id or "")

    # --- 1. lapsed and dead jobs ---------------------------------------------------------------

    def lapsed_and_dead(self) -> None:
        now = self.clock()
        for lease in leases.stale_leases(self.db, now=now):
            if self.job_state(lease) in ("pending", "running"):
                try:
                    revived = leases.renew(self.db, lease, self.duration, now=now, revive=True)
                except LeaseLost:
                    continue
                self.revived.add(lease.site_id)
                self.event("revived", revived, detail=f"lapsed at {lease.expires_at}; the job "
                           f"is still {self.job_state(lease)}; until {revived.expires_at}",
                           data={"expires_at": revived.expires_at})  # fmt: skip
        for lease in leases.expire(self.db, now=now):
            known = lease.node in self.jobs
            why = "its node does not answer" if not known else (
                "the job ended" if self.job_state(lease) == "finished" else "its node lost the job")
            self.event("expired", lease, detail=f"expired at {lease.expires_at} ({why})",
                       data={"taken_at": lease.taken_at, "expires_at": lease.expires_at})  # fmt: skip
            self.collect(lease)

    # --- 2. live jobs --------------------------------------------------------------------------

    def live(self) -> None:
        now = self.clock()
        for lease in leases.live_leases(self.db, now=now).values():
            if lease.node not in self.jobs:
                self.event("held", lease, detail=f"node down; the lease lasts until "
                           f"{lease.expires_at}")  # fmt: skip
                continue
            if lease.job_id is None or lease.site_id in self.revived:
                continue  # being scheduled by another pass right now; renewed just now
            state = self.job_state(lease)
            if state in ("pending", "running"):
                try:
                    renewed = leases.renew(self.db, lease, self.duration, now=self.clock())
                except LeaseLost:
                    continue
                self.event("renewed", renewed, detail=f"{state}; until {renewed.expires_at}",
                           data={"expires_at": renewed.expires_at})  # fmt: skip
                continue
            self.collect(lease)
            released_at = utc_timestamp(self.clock())
            if leases.release(self.db, lease):
                self.report.events[-1].data.setdefault("released_at", released_at)

    # --- merging a job's shard -----------------------------------------------------------------

    def collect(self, lease: Lease) -> None:
        """Repair and merge the shard of ``lease``'s job (it has ended, or its node is dead);
        the folder is removed once merged. A shard that cannot be merged is kept and named."""
        from archive.verify import verify_archive

        folder = shard_folder(self.fleet, lease.site_id, lease.job_id or "-")
        if lease.job_id is None or not (folder / "archive.db").is_file():
            self.event("discarded", lease, detail="no shard: the job never started crawling",
                       data={"taken_at": lease.taken_at})  # fmt: skip
            self._remove(folder if lease.job_id else None)
            return
        try:
            checked = verify_archive(folder, repair=True)
            if not checked.ok:
                first = checked.problems[0]
                raise ArchiveError(f"{len(checked.problems)} problem(s) found by verify, the "
                                   f"first: {first}")  # fmt: skip
            merged = self.arc.merge(folder, interrupted_ok=True)
        except ArchiveError as exc:
            self.event("error", lease, detail=f"shard {folder} not merged: {exc}; it is kept: "
                       "merge it with `govarchive merge` once fixed")  # fmt: skip
            return
        crawls = {row["id"]: row for row in self.arc.crawls(lease.site_id)
                  if row["id"] in set(merged.crawls.values())}  # fmt: skip
        statuses = {str(cid): row["status"] for cid, row in sorted(crawls.items())}
        if not statuses and not merged.changed:
            self.event("error", lease, detail=f"the job left no crawl in its shard (refused "
                       f"or failed before its first request): Scrapyd's log of the job on "
                       f"{lease.node} says why (logs/govarchive/{lease.site_id}/{lease.job_id}"
                       ".log)")  # fmt: skip
            self._remove(folder)
            return
        limit = job_page_limit(self.fleet, self.profiles.get(lease.site_id))
        continued = any(_stopped_at(row, limit) for row in crawls.values())
        added = merged.added
        detail = (", ".join(f"crawl {cid} {status}" for cid, status in statuses.items())
                  or "no crawl") + (f"; {added['articles']} article(s), {added['captures']} "
                                    f"capture(s) added")  # fmt: skip
        if checked.recovered:
            detail += f"; {len(checked.recovered)} WARC file(s) left open were closed"
        self.event("merged", lease, detail=detail, data={
            "shard": str(folder), "crawls": statuses, "continued": continued,
            "added": dict(added), "taken_at": lease.taken_at})  # fmt: skip
        self._remove(folder)

    def _remove(self, folder: Path | None) -> None:
        if folder is None or self.keep_shards or not folder.exists():
            return
        shutil.rmtree(folder, ignore_errors=True)
        try:
            folder.parent.rmdir()  # the site's folder, once it holds no shard
        except OSError:
            pass

    # --- 3 and 4. due sites, new jobs ----------------------------------------------------------

    def start_due(self) -> None:
        now = self.clock()
        due, continued = fleet_due(self.profile_list, self.db, self.fleet, default=self.default,
                                   now=now)  # fmt: skip
        self.report.due = len(due)
        if not due:
            return
        live = leases.live_leases(self.db, now=now)
        nodes = [NodeState(n.name, n.max_crawls, self.status[n.name].busy if n.name in
                           self.status else 0, up=n.name in self.status)
                 for n in self.fleet.nodes]  # fmt: skip
        result = assign(due, nodes, live)
        for site in result.waiting:
            self.event("waiting", site=site, detail="no node up with a free slot")
        for site, node_name in result.placed.items():
            self.start(site, self.fleet.node(node_name), site in continued)

    def start(self, site: str, node: ScrapydNode, continued: bool) -> None:
        now = self.clock()
        job = new_job_id(now)
        try:
            lease = leases.take(self.db, site, node.name, self.duration, job_id=job, now=now)
        except LeaseHeld as exc:
            self.event("skipped", site=site, node=node.name, detail=str(exc))
            return
        folder = shard_folder(self.fleet, site, job)
        settings = {name: str(value) for name, value in self.fleet.settings.items()}
        settings["GOVARCHIVE_ARCHIVE_DIR"] = str(folder)
        limit = job_page_limit(self.fleet, self.profiles.get(site))
        if limit:
            settings["CLOSESPIDER_PAGECOUNT"] = str(limit)
        try:
            folder.mkdir(parents=True)
            try:
                state = self.arc.export_state(site, folder / STATE_FILE)
                settings["GOVARCHIVE_JOB_STATE"] = str(folder / STATE_FILE)
                carried = f"state of {sum(state.rows.values())} row(s)"
            except UnknownSite:
                carried = "first crawl"
            self.client.schedule(node, site, job, settings)
        except (ScrapydError, ArchiveError, OSError) as exc:
            leases.release(self.db, lease)
            shutil.rmtree(folder, ignore_errors=True)
            self.event("error", lease, detail=f"not scheduled: {exc}")
            return
        why = "continued" if continued else "due"
        self.event("scheduled", lease, detail=f"{why}, {carried}; lease until "
                   f"{lease.expires_at}", data={"taken_at": lease.taken_at,
                   "expires_at": lease.expires_at, "shard": str(folder)})  # fmt: skip


def _stopped_at(crawl: dict[str, Any], limit: int | None) -> bool:
    """True when the crawl row stopped at the fleet's page limit ``limit``."""
    try:
        reason = json.loads(crawl.get("stats_json") or "{}").get("finish_reason")
        pages = json.loads(crawl.get("settings_json") or "{}").get("max_pages")
    except (ValueError, AttributeError):
        return False
    return bool(limit) and reason == PAGE_LIMIT_REASON and pages == limit


def fleet_pass(
    archive_dir: Path | str,
    fleet: FleetConfig,
    profiles: list[SiteProfile],
    *,
    client: NodeClient | None = None,
    default: str = DEFAULT_SCHEDULE,
    now: Callable[[], datetime] | None = None,
    keep_shards: bool = False,
) -> FleetReport:
    """One ``run-due --fleet`` pass over the central archive in ``archive_dir`` (created if
    missing); see the module docstring. ``now`` is the clock (for tests and the benchmark).
    A pass already running on this machine makes this one a no-op (``skipped_pass``).

    :raises ArchiveError: the central archive cannot be opened.
    """
    clock = now or (lambda: datetime.now(UTC))
    try:
        lock = locks.acquire(archive_dir, PASS_LOCK)
    except locks.SiteBusy as exc:
        holder = exc.holder
        report = FleetReport(nodes=len(fleet.nodes))
        report.skipped_pass = (f"another run-due --fleet is running (pid {holder.get('pid')} "
                               f"since {holder.get('since')})")  # fmt: skip
        return report
    try:
        with Archive(archive_dir, create=True) as arc:
            return _Pass(arc, fleet, profiles, client or ScrapydClient(), clock, keep_shards,
                         default).run()  # fmt: skip
    finally:
        lock.release()
