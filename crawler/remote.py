"""Run crawls on Scrapyd servers instead of in this process (``run-due --scrapyd URL``, and the
nodes of ``run-due --fleet``).

The project is deployed to Scrapyd with ``scrapyd-deploy`` (the ``[deploy]`` target in
``scrapy.cfg``), or installed beside Scrapyd and named in its ``[settings]`` section; each site
profile is a spider there. Jobs are scheduled through Scrapyd's JSON API (``schedule.json``,
``listjobs.json``, ``daemonstatus.json``), with HTTP basic auth when the node has a password.

Plain ``urllib`` with a timeout on every call: a node that does not answer is a node that is
down, never a ``run-due`` that hangs (scrapyd-client's ``ScrapydClient`` sets no timeout).
"""

from __future__ import annotations

import base64
import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import Any

PROJECT = "govarchive"
TIMEOUT = 30.0
Auth = tuple[str, str] | None


class ScrapydError(Exception):
    """Scrapyd could not be reached, or refused the request."""


def _call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None,
          params: dict[str, str] | None = None, auth: Auth = None,
          timeout: float = TIMEOUT) -> dict[str, Any]:  # fmt: skip
    url = base.rstrip("/") + "/" + endpoint
    if params:
        url += "?" + urllib.parse.urlencode(params)
    body = urllib.parse.urlencode(data).encode("ascii") if data is not None else None
    request = urllib.request.Request(url, data=body)
    if auth is not None:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        reason = "wrong user name or password" if exc.code == 401 else exc.reason
        raise ScrapydError(f"Scrapyd at {base}: {endpoint}: HTTP {exc.code} {reason}") from None
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ScrapydError(f"Scrapyd at {base}: {endpoint}: {exc}") from None
    if not isinstance(answer, dict) or answer.get("status") != "ok":
        message = answer.get("message", answer) if isinstance(answer, dict) else answer
        raise ScrapydError(f"Scrapyd at {base}: {endpoint}: {message}")
    return answer


@dataclass(frozen=True)
class NodeStatus:
    """What a node reports: its jobs (all projects) pending, running and finished."""

    pending: int
    running: int
    finished: int

    @property
    def busy(self) -> int:
        """Jobs that hold or wait for a crawl slot."""
        return self.pending + self.running


def daemon_status(base: str, auth: Auth = None, timeout: float = TIMEOUT) -> NodeStatus:
    """The node's job counts (``daemonstatus.json``)."""
    answer = _call(base, "daemonstatus.json", auth=auth, timeout=timeout)
    try:
        return NodeStatus(int(answer["pending"]), int(answer["running"]), int(answer["finished"]))
    except (KeyError, TypeError, ValueError):
        raise ScrapydError(f"Scrapyd at {base}: daemonstatus.json: unexpected answer {answer}") from None


def job_states(base: str, project: str = PROJECT, auth: Auth = None,
               timeout: float = TIMEOUT) -> dict[str, str]:  # fmt: skip
    """Every job the node knows, by id: ``pending``, ``running`` or ``finished``."""
    jobs = _call(base, "listjobs.json", params={"project": project}, auth=auth, timeout=timeout)
    return {job["id"]: state for state in ("finished", "running", "pending")
            for job in jobs.get(state, [])}  # fmt: skip


def active_spiders(base: str, project: str = PROJECT, auth: Auth = None) -> set[str]:
    """Spiders (sites) with a pending or running job."""
    jobs = _call(base, "listjobs.json", params={"project": project}, auth=auth)
    return {job["spider"] for key in ("pending", "running") for job in jobs.get(key, [])}


def schedule(base: str, spider: str, settings: dict[str, str], project: str = PROJECT, *,
             jobid: str | None = None, auth: Auth = None) -> str:  # fmt: skip
    """Schedule one crawl (as job ``jobid`` when given); return Scrapyd's job id."""
    from config.profile import check_site_id

    check_site_id(spider, "Scrapyd spider")
    data = [("project", project), ("spider", spider)]
    if jobid is not None:
        data.append(("jobid", jobid))
    data += [("setting", f"{name}={value}") for name, value in settings.items()]
    return str(_call(base, "schedule.json", data=data, auth=auth)["jobid"])


def job_state(base: str, job_id: str, project: str = PROJECT, auth: Auth = None) -> str | None:
    """``pending``, ``running``, ``finished`` or None (unknown job)."""
    return job_states(base, project, auth).get(job_id)
