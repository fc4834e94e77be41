"""Capture every response, raw, into WARC, and record a ``captures`` row for it.

Ordered at 950, after HttpCompressionMiddleware (590) on the way in, so the body is the bytes
as the server sent them (still content-encoded) and the headers are the original ones. Every
hop is captured: robots.txt, redirects, retries, errors. Download exceptions (DNS, refused
connections, timeouts) have no response to archive; they get a ``captures`` row with an
``error`` and are counted.

Re-crawls add little: a ``304 Not Modified`` answer to a re-check (a request carrying
``RECHECK_META``) becomes a ``revisit`` record with the server-not-modified profile, pointing
at the stored capture; a ``200`` whose payload is byte-identical to an earlier capture of the
same URL becomes an identical-payload-digest ``revisit`` (no second copy of the body).
``request.meta[CAPTURE_META]`` then names the original record, where the payload is.
"""

from __future__ import annotations

import base64
import hashlib
import logging
from typing import TYPE_CHECKING, Any

from crawler.session import iso, session_for, utcnow
from crawler.warcwriter import Exchange, WrittenRecord

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Headers, Response

logger = logging.getLogger(__name__)

CAPTURE_META = "govarchive_capture"
RECHECK_META = "govarchive_recheck"  # an archive.history.Recheck


def payload_digest(body: bytes) -> str:
    """The WARC-Payload-Digest of ``body`` (sha1, base32), as warcio writes it."""
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def header_pairs(headers: Headers) -> list[tuple[str, str]]:
    """All header values, repeated ones kept, in order, as latin-1 text."""
    pairs = []
    for name in headers:
        key = name.decode("latin-1")
        for value in headers.getlist(name):
            pairs.append((key, value.decode("latin-1")))
    return pairs


class WarcCaptureMiddleware:
    def __init__(self, crawler: Crawler, dedup: bool = True):
        self.crawler = crawler
        self.stats = crawler.stats
        self.dedup = dedup

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcCaptureMiddleware:
        return cls(crawler, crawler.settings.getbool("GOVARCHIVE_REVISITS", True))

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Response:
        session = session_for(self.crawler)
        if session.warc is None:  # the session refused to start (site locked)
            return response
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
        recheck = request.meta.get(RECHECK_META)
        original: dict[str, Any] | None = None
        written: WrittenRecord | None = None
        digest = None
        if response.status == 304 and recheck is not None and recheck.record_id:
            digest = recheck.payload_digest
            written = session.warc.write_revisit(
                exchange, recheck.record_id, recheck.url, recheck.fetched_at or iso(fetched_at),
                "server-not-modified", payload_digest=digest,
            )  # fmt: skip
            self.stats.inc_value("govarchive/revisits/server_not_modified")
        elif self.dedup and response.status == 200 and response.body:
            digest = payload_digest(response.body)
            original = self._earlier_copy(session, response.url, digest)
            if original is not None:
                written = session.warc.write_revisit(
                    exchange, original["warc_record_id"], response.url, original["fetched_at"],
                    "identical-payload-digest", payload_digest=digest,
                )  # fmt: skip
                self.stats.inc_value("govarchive/revisits/identical_payload")
        if written is None:
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
            payload_digest=digest or written.payload_digest,
            etag=_header(headers, b"ETag") or (recheck.etag if recheck else None),
            last_modified=_header(headers, b"Last-Modified")
            or (recheck.last_modified if recheck else None),
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
            "warc_file": original["warc_file"] if original else warc_file,
            "offset": original["warc_offset"] if original else written.offset,
            "fetched_at": iso(fetched_at),
            "revisit": written.record_type == "revisit",
        }
        self.stats.inc_value("govarchive/pages")
        self.stats.inc_value("govarchive/warc_bytes", written.length)
        self.stats.inc_value(f"govarchive/status/{response.status}")
        if 200 <= response.status < 400:
            self.stats.inc_value("govarchive/responses_ok")
        return response

    @staticmethod
    def _earlier_copy(session: Any, url: str, digest: str) -> dict[str, Any] | None:
        cursor = session.writer.db.execute(
            "SELECT warc_record_id, fetched_at, warc_file, warc_offset FROM captures "
            "WHERE url = ? AND payload_digest = ? AND record_type = 'response' "
            "AND warc_record_id IS NOT NULL ORDER BY id DESC LIMIT 1",
            [url, digest],
        )
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip(("warc_record_id", "fetched_at", "warc_file", "warc_offset"), row, strict=True))

    def process_exception(self, request: Request, exception: BaseException, spider: Any = None) -> None:
        session = session_for(self.crawler)
        if session.warc is None:
            return
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
        return


def _header(headers: Headers, name: bytes) -> str | None:
    value = headers.get(name)
    return value.decode("latin-1") if value is not None else None
