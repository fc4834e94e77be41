"""Capture every response, raw, into WARC, and record a ``captures`` row for it.

Ordered at 950, after HttpCompressionMiddleware (590) on the way in, so the body is the bytes
as the server sent them (still content-encoded) and the headers are the original ones. Every
hop is captured: robots.txt, redirects, retries, errors. Download exceptions (DNS, refused
connections, timeouts) have no response to archive; they get a ``captures`` row with an
``error`` and are counted.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from crawler.session import iso, session_for, utcnow
from crawler.warcwriter import Exchange

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response

logger = logging.getLogger(__name__)

CAPTURE_META = "govarchive_capture"


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    """All header values, repeated ones kept, in order, as latin-1 text."""
    pairs = []
    for name in headers:
        key = name.decode("latin-1")
        for value in headers.getlist(name):
            pairs.append((key, value.decode("latin-1")))
    return pairs


class WarcCaptureMiddleware:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        session = session_for(self.crawler)
        fetched_at = utcnow()
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
            fetched_at=fetched_at,
        )
        assert session.warc is not None
        written = session.warc.write_exchange(exchange)
        warc_file = session.relative(written.warc_file)
        headers = response.headers
        capture_id = session.writer.add_capture(
            crawl_id=session.crawl_id,
            site_id=session.profile.id,
            url=response.url,
            method=request.method,
            status=response.status,
            fetched_at=iso(fetched_at),
            content_type=_header(headers, b"Content-Type"),
            content_length=len(response.body),
            payload_digest=written.payload_digest,
            etag=_header(headers, b"ETag"),
            last_modified=_header(headers, b"Last-Modified"),
            warc_file=warc_file,
            warc_offset=written.offset,
            warc_length=written.length,
            warc_record_id=written.record_id,
            record_type=written.record_type,
            error=None,
            referer=_header(request.headers, b"Referer"),
        )
        request.meta[CAPTURE_META] = {
            "capture_id": capture_id,
            "warc_file": warc_file,
            "offset": written.offset,
            "fetched_at": iso(fetched_at),
        }
        self.stats.inc_value("govarchive/pages")
        self.stats.inc_value("govarchive/warc_bytes", written.length)
        self.stats.inc_value(f"govarchive/status/{response.status}")
        if 200 <= response.status < 400:
            self.stats.inc_value("govarchive/responses_ok")
        return response

    def process_exception(self, request: Request, exception: BaseException, spider: Any = None) -> None:
        session = session_for(self.crawler)
        kind = type(exception).__name__
        session.writer.add_capture(
            crawl_id=session.crawl_id,
            site_id=session.profile.id,
            url=request.url,
            method=request.method,
            status=None,
            fetched_at=iso(utcnow()),
            error=f"{kind}: {exception}"[:500],
            referer=_header(request.headers, b"Referer"),
        )
        self.stats.inc_value(f"govarchive/download_exceptions/{kind}")
        logger.info("Download of %s failed: %s: %s", request.url, kind, exception)
        return None


def _header(headers: Headers, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value is not None else None
