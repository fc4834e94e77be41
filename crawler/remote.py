"""Run crawls on a Scrapyd server instead of in this process (``run-due --scrapyd URL``).

The project is deployed to Scrapyd with ``scrapyd-deploy`` (the ``[deploy]`` target in
``scrapy.cfg``); each site profile is a spider there. Jobs are scheduled through Scrapyd's
JSON API (``schedule.json``); a site with a pending or running job is not scheduled again.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from typing import Any

PROJECT = "govarchive"


class ScrapydError(Exception):
    """Scrapyd could not be reached, or refused the request."""


def _call(base: str, endpoint: str, data: list[tuple[str, str]] | None = None,
          params: dict[str, str] | None = None, timeout: float = 30) -> dict[str, Any]:  # fmt: skip
    url = base.rstrip("/") + "/" + endpoint
    if params:
        url += "?" + urllib.parse.urlencode(params)
    body = urllib.parse.urlencode(data).encode("ascii") if data is not None else None
    try:
        with urllib.request.urlopen(url, data=body, timeout=timeout) as response:
            answer = json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError) as exc:
        raise ScrapydError(f"Scrapyd at {base}: {endpoint}: {exc}") from None
    if answer.get("status") != "ok":
        raise ScrapydError(f"Scrapyd at {base}: {endpoint}: {answer.get('message', answer)}")
    return dict(answer)


def active_spiders(base: str, project: str = PROJECT) -> set[str]:
    """Spiders (sites) with a pending or running job."""
    jobs = _call(base, "listjobs.json", params={"project": project})
    return {job["spider"] for key in ("pending", "running") for job in jobs.get(key, [])}


def schedule(base: str, spider: str, settings: dict[str, str], project: str = PROJECT) -> str:
    """Schedule one crawl; return Scrapyd's job id."""
    from config.profile import check_site_id

    check_site_id(spider, "Scrapyd spider")
    data = [("project", project), ("spider", spider)]
    data += [("setting", f"{name}={value}") for name, value in settings.items()]
    return str(_call(base, "schedule.json", data=data)["jobid"])


def job_state(base: str, job_id: str, project: str = PROJECT) -> str | None:
    """``pending``, ``running``, ``finished`` or None (unknown job)."""
    jobs = _call(base, "listjobs.json", params={"project": project})
    for state in ("pending", "running", "finished"):
        if any(job["id"] == job_id for job in jobs.get(state, [])):
            return state
    return None
