"""Capture every response, raw, into WARC, and record a ``captures`` row for it.

Ordered at 950, after HttpCompressionMiddleware (590) on the way in, so the body is the bytes
as the server sent them (still content-encoded) and the headers are the original ones. Every
hop is captured: robots.txt, redirects, retries, errors. Download exceptions (DNS, refused
connections, timeouts) have no response to archive; they get a ``captures`` row with an
``error`` and are counted.

The writing itself is the crawl recorder's (:class:`archive.recorder.CrawlRecorder`, on the
archive thread: WARC compression, digests and SQLite stay off the reactor). The response goes
on to the spider at once, its ``CAPTURE_META`` holding the recording under way (``pending``,
a future the item pipeline awaits before extracting from the record); a re-check's response
waits for its record (the spider decides on the revisit), and so does any response while the
archive thread has more than :data:`MAX_PENDING` records to write (memory stays bounded, and
the crawl slows down to what the disk takes). Re-crawls add
little: a ``304 Not Modified`` answer to a re-check (a request carrying ``RECHECK_META``)
becomes a ``revisit`` record with the server-not-modified profile, pointing at the stored
capture; a ``200`` whose payload is byte-identical to an earlier capture of the same URL
becomes an identical-payload-digest ``revisit`` (no second copy of the body).
``request.meta[CAPTURE_META]`` then names the original record, where the payload is.

A page requisite (a request carrying ``REQUISITE_META``, see :mod:`crawler.requisites`) is
made conditional here, just before it goes out: when the archive holds an earlier response
of its URL (:meth:`archive.recorder.CrawlRecorder.stored_capture`), its ``ETag`` and
``Last-Modified`` become ``If-None-Match`` and ``If-Modified-Since``, and a ``304`` answer
becomes a server-not-modified revisit of that response (``PRIOR_META`` holds it).
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from archive.recorder import Recorded, ResponseMeta, StoredCapture, utcnow
from archive.warcwrite import Exchange
from crawler.session import CrawlSession

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response
    from scrapy.statscollectors import StatsCollector

logger = logging.getLogger(__name__)

CAPTURE_META = "govarchive_capture"
RECHECK_META = "govarchive_recheck"  # an archive.history.Recheck
REQUISITE_META = "govarchive_requisite"  # the kind of a page requisite (crawler.requisites)
PRIOR_META = "govarchive_prior"  # a requisite's earlier capture (archive.recorder.StoredCapture)
MAX_PENDING = 64  # responses whose records are being written, beyond which the crawl waits
REVISIT_STATS = {
    "server-not-modified": "govarchive/revisits/server_not_modified",
    "identical-payload-digest": "govarchive/revisits/identical_payload",
}


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    """All header values, repeated ones kept, in order, as latin-1 text."""
    pairs = []
    for name in headers:
        key = name.decode("latin-1")
        for value in headers.getlist(name):
            pairs.append((key, value.decode("latin-1")))
    return pairs


class WarcCaptureMiddleware:
    def __init__(self, session: CrawlSession, stats: StatsCollector, dedup: bool = True):
        self.session = session
        self.stats = stats
        self.dedup = dedup

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        assert crawler.stats is not None
        return cls(
            CrawlSession.of(crawler),
            crawler.stats,
            crawler.settings.getbool("GOVARCHIVE_REVISITS", True),
        )

    async def process_request(self, request: Request) -> None:
        """A page requisite archived before is asked for with its stored validators."""
        recorder = self.session.recorder
        if REQUISITE_META not in request.meta or recorder is None or not self.dedup:
            return
        prior: StoredCapture | None = request.meta.get(PRIOR_META)
        if prior is not None and prior.url == request.url:
            return  # a retry: its headers are set already
        for name in (b"If-None-Match", b"If-Modified-Since"):  # a redirect's, of another URL
            request.headers.pop(name, None)
        prior = await asyncio.wrap_future(recorder.stored_capture(request.url))
        request.meta[PRIOR_META] = prior
        if prior is not None:
            if prior.etag:
                request.headers[b"If-None-Match"] = prior.etag
            if prior.last_modified:
                request.headers[b"If-Modified-Since"] = prior.last_modified

    async def process_response(self, request: Request, response: Response) -> Response:
        recorder = self.session.recorder
        if recorder is None:  # the session refused to start (site locked)
            return response
        exchange = Exchange(
            url=response.url,
            method=request.method,
            request_headers=header_pairs(request.headers),
            request_body=request.body or b"",
            status=response.status,
            protocol=response.protocol or "HTTP/1.1",
            response_headers=header_pairs(response.headers),
            body=response.body,
            ip_address=str(response.ip_address) if response.ip_address else None,
            fetched_at=utcnow(),
        )
        headers = response.headers
        meta = ResponseMeta(
            content_type=_header(headers, b"Content-Type"),
            etag=_header(headers, b"ETag"),
            last_modified=_header(headers, b"Last-Modified"),
            referer=_header(request.headers, b"Referer"),
        )
        recheck = request.meta.get(RECHECK_META)
        prior = request.meta.get(PRIOR_META)
        if prior is not None and prior.url != response.url:
            prior = None
        pending = recorder.record_response(
            exchange, meta, recheck=recheck or prior, dedup=self.dedup
        )
        self.stats.inc_value("govarchive/pages")
        self.stats.inc_value(f"govarchive/status/{response.status}")
        if 200 <= response.status < 400:
            self.stats.inc_value("govarchive/responses_ok")
        if recheck is None and recorder.pending() <= MAX_PENDING:
            request.meta[CAPTURE_META] = {"pending": pending}
            self.session.then(pending, self._recorded)
            return response
        recorded = await asyncio.wrap_future(pending)
        request.meta[CAPTURE_META] = capture_meta(recorded)
        self._recorded(recorded)
        return response

    def _recorded(self, recorded: Recorded) -> None:
        if recorded.revisit_profile:
            self.stats.inc_value(REVISIT_STATS[recorded.revisit_profile])
        self.stats.inc_value("govarchive/warc_bytes", recorded.warc_bytes)

    def process_exception(self, request: Request, exception: BaseException) -> None:
        recorder = self.session.recorder
        if recorder is None:
            return
        kind = type(exception).__name__
        error = f"{kind}: {exception}"[:500]
        referer = _header(request.headers, b"Referer")
        self.session.then(
            recorder.record_error(request.url, request.method, error, referer), lambda _: None
        )
        self.stats.inc_value(f"govarchive/download_exceptions/{kind}")
        logger.info("Download of %s failed: %s: %s", request.url, kind, exception)
        return


def capture_meta(recorded: Recorded) -> dict[str, Any]:
    """``request.meta[CAPTURE_META]`` of a recorded response (what items carry)."""
    capture = recorded.capture
    return {
        "capture_id": capture.capture_id,
        "warc_file": capture.warc_file,
        "offset": capture.offset,
        "fetched_at": capture.fetched_at,
        "revisit": capture.revisit,
    }


def _header(headers: Headers, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value is not None else None
