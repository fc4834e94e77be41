"""Notifications: a crawl's changes POSTed as JSON to the URLs that asked for them.

The URLs come from the site's profile (``notify``) and from the ``GOVARCHIVE_NOTIFY``
setting (default ``$GOVARCHIVE_NOTIFY``): URLs separated by commas or spaces, or the path
of a file holding one URL a line (``#`` comments). :func:`notify_crawl` builds the
payload (:func:`crawl_payload`: the crawl, its counts and every change it found, as
``govarchive changes --format jsonl`` prints them) and delivers it to each URL
(:func:`deliver`), with retries: urllib3's ``Retry`` (connection errors, timeouts and the
answers 408/425/429/500/502/503/504, with exponential backoff), the well-kept retry policy
of the HTTP client Python projects already share, instead of a loop of our own. A delivery
that cannot be made is logged, counted (``govarchive/notify/failed``) and recorded as a
``failures`` row (``notify_failed``, the URL and why); nothing here raises.

It runs after the crawl, off the reactor (:mod:`crawler.aftercrawl`), so it never holds up
or fails a crawl: the crawl's status is written before the first attempt.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import urllib3
from urllib3.util import Retry, Timeout

from archive import Archive
from config.profile import check_http_url
from config.version import __version__

logger = logging.getLogger(__name__)

#: changes sent at most in one notification (``truncated`` says when there were more)
MAX_CHANGES = 1000
#: answers worth trying again (the server is busy or briefly failing)
RETRY_STATUSES = (408, 425, 429, 500, 502, 503, 504)
FAILURE_REASON = "notify_failed"


@dataclass(frozen=True)
class Policy:
    """How hard to try: ``timeout`` seconds per attempt (to connect, and between bytes of
    the answer), ``retries`` attempts after the first, ``backoff`` urllib3's backoff
    factor (waits of 0, 2x, 4x, ... that many seconds between attempts)."""

    timeout: float = 10.0
    retries: int = 3
    backoff: float = 1.0


@dataclass(frozen=True)
class Delivery:
    """What became of one POST: ``ok``, the final HTTP ``status`` (None: no answer),
    ``attempts`` made and, when it failed, why (``error``)."""

    url: str
    ok: bool
    attempts: int
    status: int | None = None
    error: str = ""


class NotifyConfigError(ValueError):
    """A ``GOVARCHIVE_NOTIFY`` value that is neither URLs nor a file of URLs."""


def parse_targets(value: Any) -> list[str]:
    """The URLs of a ``GOVARCHIVE_NOTIFY`` value: a list, a string of URLs separated by
    commas or spaces, or the path of a file with one URL a line (``#`` comments).

    :raises NotifyConfigError: a value that is not an http(s) URL (one line, naming it).
    """
    if not value:
        return []
    if isinstance(value, str):
        path = Path(value.strip()).expanduser()
        if "://" not in value and path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            items = [line.split("#", 1)[0].strip() for line in lines]
        else:
            items = re.split(r"[\s,]+", value)
    else:
        items = [str(v) for v in value]
    urls = []
    for item in filter(None, items):
        try:
            urls.append(check_http_url(item))
        except ValueError as exc:
            raise NotifyConfigError(f"GOVARCHIVE_NOTIFY: {exc}") from None
    return urls


def crawl_payload(archive: Archive, crawl_id: int, *, max_changes: int = MAX_CHANGES) -> dict[str, Any]:
    """The JSON body of a crawl's notification: the crawl (site, status, times, counts),
    its changes (newest first, each with a stable ``uid``, its kinds, the article, a word
    diff and the captures before and after) and whether more were left out."""
    crawl = next((c for c in archive.crawls() if c["id"] == crawl_id), None)
    if crawl is None:
        raise ValueError(f"no crawl {crawl_id} in {archive}")
    found = archive.changes(crawl=crawl_id, limit=max_changes + 1)
    stats = json.loads(crawl.get("stats_json") or "{}")
    return {
        "event": "crawl_finished",
        "software": f"govarchive/{__version__}",
        "site_id": crawl["site_id"],
        "crawl_id": crawl_id,
        "status": crawl["status"],
        "started_at": crawl["started_at"],
        "finished_at": crawl["finished_at"],
        "counts": {
            key: int(stats.get(f"govarchive/articles/{key}", 0))
            for key in ("new", "changed", "unchanged", "removed", "restored")
        },
        "changes": [{"uid": c.uid, **asdict(c)} for c in found[:max_changes]],
        "truncated": len(found) > max_changes,
    }


def deliver(
    url: str, body: bytes, policy: Policy = Policy(), *, user_agent: str | None = None
) -> Delivery:
    """POST ``body`` (JSON) to ``url``, retried as :class:`Policy` says. Never raises."""
    retry = Retry(
        total=policy.retries, connect=policy.retries, read=policy.retries,
        status=policy.retries, other=0, redirect=False, backoff_factor=policy.backoff,
        status_forcelist=RETRY_STATUSES, allowed_methods=frozenset({"POST"}),
        raise_on_status=False, respect_retry_after_header=False,
    )  # fmt: skip
    headers = {"Content-Type": "application/json; charset=utf-8",
               "User-Agent": user_agent or f"govarchive/{__version__}"}  # fmt: skip
    try:
        with urllib3.PoolManager(timeout=Timeout(policy.timeout), retries=retry) as pool:
            response = pool.request("POST", url, body=body, headers=headers)
    except urllib3.exceptions.MaxRetryError as exc:
        return Delivery(url, False, policy.retries + 1, None, _reason(exc.reason))
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
        return Delivery(url, False, 1, None, _reason(exc))
    attempts = len(response.retries.history) + 1 if response.retries else 1
    if 200 <= response.status < 300:
        return Delivery(url, True, attempts, response.status)
    return Delivery(url, False, attempts, response.status, f"HTTP {response.status}")


def _reason(exc: BaseException | None) -> str:
    text = f"{type(exc).__name__}: {exc}" if exc is not None else "no answer"
    return text[:300]


def notify_crawl(
    archive: Archive,
    crawl_id: int,
    urls: list[str],
    policy: Policy = Policy(),
    *,
    user_agent: str | None = None,
) -> list[Delivery]:
    """Send crawl ``crawl_id``'s changes to every URL; record each delivery that failed
    (a ``failures`` row) and the counts ``govarchive/notify/{delivered,failed}`` in the
    crawl's stats. Never raises for a URL that fails."""
    if not urls:
        return []
    payload = crawl_payload(archive, crawl_id)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    deliveries = [deliver(url, body, policy, user_agent=user_agent) for url in urls]
    writer = archive.writer()
    with writer.transaction():
        for done in deliveries:
            if done.ok:
                logger.info("Crawl %s's changes sent to %s (%d attempt(s))", crawl_id, done.url,
                            done.attempts)  # fmt: skip
                continue
            logger.error("Crawl %s's changes could not be sent to %s after %d attempt(s): %s",
                         crawl_id, done.url, done.attempts, done.error)  # fmt: skip
            writer.add_failure(crawl_id, payload["site_id"], done.url, FAILURE_REASON,
                               f"{done.attempts} attempt(s): {done.error}")  # fmt: skip
        writer.add_crawl_stats(crawl_id, counts(deliveries))
    return deliveries


def counts(deliveries: list[Delivery]) -> dict[str, int]:
    """The stats keys of some deliveries (only those that are not zero)."""
    delivered = sum(d.ok for d in deliveries)
    found = {"govarchive/notify/delivered": delivered,
             "govarchive/notify/failed": len(deliveries) - delivered}  # fmt: skip
    return {k: v for k, v in found.items() if v}
