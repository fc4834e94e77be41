"""The portal spider's page requisites: what an article page needs to replay as it looked.

For every article page the spider captures, the images, stylesheets, scripts and fonts its
markup names (:func:`crawler.requisites.page_requisites`), and the images, fonts and
imported stylesheets those stylesheets name (:func:`crawler.requisites.css_requisites`),
are requested once per crawl, on the site's own hosts and the profile's
``requisite_hosts`` only, as the profile's ``requisites`` switch says (``all``, ``images``,
``none``). They go through the same downloader as pages (robots.txt, the host's delay and
concurrency, AutoThrottle, retries) at a priority below every page, so a crawl fetches its
pages first. The WARC middleware makes a requisite archived before a conditional request
(a ``304`` becomes a revisit record) and a byte-identical payload becomes a revisit too.

A requisite that cannot be had (a 404 image, a refused connection) is no crawl error: it is
recorded (its response, or its error, has a ``captures`` row), logged and counted:
``govarchive/requisites/<kind>/{requested,captured,revisit,failed,forbidden}`` and
``govarchive/requisites/offsite`` (named on another host, not fetched).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.response import get_base_url
from twisted.python.failure import Failure

from archive.recorder import StoredCapture
from archive.warcread import WarcReadError, read_record
from crawler.middlewares.warc import CAPTURE_META, PRIOR_META, REQUISITE_META
from crawler.requisites import Requisite, css_requisites, page_requisites

if TYPE_CHECKING:
    from config.profile import SiteProfile
    from crawler.session import CrawlSession

logger = logging.getLogger(__name__)

#: below any page's priority (pages go down by one per level of depth)
REQUISITE_PRIORITY = -1000


class RequisiteFetching:
    """Mixed into :class:`crawler.spiders.portal.PortalSpider`."""

    profile: SiteProfile
    session: CrawlSession
    crawler: Any
    _allowed_host: Callable[[str], bool]
    _on_requisite_host: Callable[[str], bool]

    def _init_requisites(self) -> None:
        self._seen_requisites: set[str] = set()

    def requisite_requests(self, response: TextResponse) -> Iterator[Request]:
        """Requests for the requisites of an article page not requested yet in this crawl."""
        mode = self.profile.requisites
        if mode == "none":
            return
        try:
            tree = response.selector.root
            found = page_requisites(tree, get_base_url(response))
        except (AttributeError, TypeError, ValueError) as exc:  # not a parsable HTML tree
            logger.debug("No requisites read from %s: %s", response.url, exc)
            return
        for requisite in found:
            if mode == "images" and requisite.kind != "image":
                continue
            if request := self._requisite_request(requisite):
                yield request

    def _requisite_request(self, requisite: Requisite) -> Request | None:
        url = requisite.url
        if url in self._seen_requisites:
            return None
        self._seen_requisites.add(url)
        if not (self._allowed_host(url) or self._on_requisite_host(url)):
            self._count_requisite(None, "offsite")
            return None
        self._count_requisite(requisite.kind, "requested")
        return Request(
            url, callback=self.parse_requisite, errback=self.on_requisite_error,
            priority=REQUISITE_PRIORITY,
            meta={REQUISITE_META: requisite.kind, "depth_reset": True,
                  "handle_httpstatus_list": [304]},
        )  # fmt: skip

    async def parse_requisite(self, response: Response) -> AsyncIterator[Request]:
        """Count the capture; a stylesheet's own requisites are requested in turn (read from
        the archived copy when the server answered 304)."""
        kind = response.meta[REQUISITE_META]
        self._when_recorded(response.meta.get(CAPTURE_META) or {}, kind)
        if kind != "stylesheet" or self.profile.requisites != "all":
            return
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
        if "html" in ctype:  # an error page served as 200: no stylesheet
            return
        body = response.body
        if response.status == 304:
            body = await self._stored_body(response.meta.get(PRIOR_META))
        for requisite in css_requisites(body, response.url):
            if request := self._requisite_request(requisite):
                yield request

    def on_requisite_error(self, failure: Failure) -> None:
        """A requisite not captured: counted and logged, not a crawl error (its response or
        its download error is recorded in ``captures`` by the WARC middleware)."""
        request = failure.request  # type: ignore[attr-defined]
        kind = request.meta[REQUISITE_META]
        if failure.check(HttpError):
            detail = f"HTTP {failure.value.response.status}"
        elif failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):
            self._count_requisite(kind, "forbidden")
            logger.debug("Page requisite forbidden by robots.txt: %s", request.url)
            return
        else:
            detail = f"{type(failure.value).__name__}: {failure.getErrorMessage()}"
        self._count_requisite(kind, "failed")
        logger.info("Page requisite (%s) not captured: %s (%s)", kind, request.url, detail)

    def _when_recorded(self, capture: dict[str, Any], kind: str) -> None:
        def count(revisit: bool) -> None:
            self._count_requisite(kind, "revisit" if revisit else "captured")

        pending = capture.get("pending")
        if pending is not None:
            self.session.then(pending, lambda recorded: count(recorded.capture.revisit))
        else:
            count(bool(capture.get("revisit")))

    async def _stored_body(self, prior: StoredCapture | None) -> bytes:
        """The payload of the archived response a 304 confirmed (read from its WARC)."""
        if prior is None:
            return b""
        try:
            record = await asyncio.to_thread(
                read_record, self.session.archive_dir, prior.warc_file, prior.offset,
                check_digests=False,
            )  # fmt: skip
        except (OSError, WarcReadError) as exc:
            logger.warning("Stored copy of %s unreadable: %s", prior.url, exc)
            return b""
        return record.payload

    def _count_requisite(self, kind: str | None, outcome: str) -> None:
        where = f"{kind}/{outcome}" if kind else outcome
        self.crawler.stats.inc_value(f"govarchive/requisites/{where}")
