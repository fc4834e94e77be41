"""Write HTTP exchanges to WARC/1.1 files (gzip per record) with warcio.

One :class:`WarcWriter` per crawl writes ``<prefix>-<NNNNN>.warc.gz`` files in a directory.
Each file opens with a ``warcinfo`` record, is written as ``*.warc.gz.open`` and renamed when
closed, and rolls over to the next serial once it reaches ``max_size`` (checked after each
exchange, so a response and its request record always share a file).

Every exchange becomes a ``response`` (or ``revisit``) record followed by a ``request`` record
that points back at it with ``WARC-Concurrent-To``. The file is flushed after every exchange,
so the record a database row points to is on disk when :meth:`WarcWriter.write_exchange`
returns. A file left as ``.open`` by a killed process is repaired by
:func:`archive.warcrecover.recover_open_file`.

A write that fails (a full disk) cuts the file back to its last whole exchange and closes it,
so what is on disk is whole records only; every later write raises the same error (the
writer does not try again: the crawl stops). A file that cannot even be cut or renamed stays
``.open``, for ``verify --repair``.
"""

from __future__ import annotations

import base64
import hashlib
import http
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from typing import BinaryIO, Literal
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from archive.warcread import OPEN_SUFFIX

logger = logging.getLogger(__name__)

WARC_VERSION = "WARC/1.1"
_REVISIT_PROFILES = {
    "identical-payload-digest": "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
    "server-not-modified": "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
}
RevisitProfile = Literal["identical-payload-digest", "server-not-modified"]


@dataclass(frozen=True)
class Exchange:
    """One HTTP request and its response, as received (before any decompression).

    Header names and values are ``str``; decode raw header bytes as latin-1 so they are
    written back byte for byte. ``body`` is the response body as sent (still
    content-encoded) but already de-chunked, as Scrapy hands it over.
    ``fetched_at`` is a naive UTC datetime (an aware one is converted to UTC).
    """

    url: str
    method: str
    request_headers: list[tuple[str, str]]
    request_body: bytes
    status: int
    protocol: str
    response_headers: list[tuple[str, str]]
    body: bytes
    ip_address: str | None
    fetched_at: datetime


@dataclass(frozen=True)
class WrittenRecord:
    """Where a response/revisit record landed; ``warc_file`` is the final (closed) name."""

    warc_file: Path
    offset: int
    length: int
    record_id: str
    payload_digest: str
    block_digest: str
    record_type: str
    #: a response record's HTTP header block as written (status line, headers, blank line)
    http_head: bytes | None = field(default=None, repr=False, compare=False)


def _utc_naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def warc_date(value: datetime) -> str:
    """Format a datetime as a WARC-Date (``2023-01-05T03:30:00Z``, micros when present).

    warcio must be given naive UTC: an aware datetime would print as ``+00:00Z``.
    """
    return str(datetime_to_iso_date(_utc_naive(value), use_micros=True))


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _check_header(name: str, value: str) -> None:
    if any(c in name or c in value for c in "\r\n") or ":" in name:
        raise ValueError(f"invalid header {name!r}: {value!r}")


class _RawHeaders(StatusAndHeaders):  # type: ignore[misc]
    """HTTP headers serialised as given (latin-1, UTF-8 fallback), not %-encoded as warcio does."""

    def compute_headers_buffer(self, header_filter: object = None) -> None:
        lines = [f"{self.protocol} {self.statusline}\r\n"]
        lines += [f"{name}: {value}\r\n" for name, value in self.headers]
        lines.append("\r\n")
        out = bytearray()
        for line in lines:
            try:
                out += line.encode("latin-1")
            except UnicodeEncodeError:
                out += line.encode("utf-8")
        self.headers_buff = bytes(out)


def _status_line(status: int) -> str:
    try:
        reason = http.HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    return f"{status} {reason}"


def _http_protocol(protocol: str | None) -> tuple[str, str | None]:
    """Return (protocol for the status line, WARC-Protocol value or None).

    HTTP/2 responses are written with an HTTP/1.1 status line and ``WARC-Protocol: h2``
    (iipc/warc-specifications#15, #42): readers choke on ``HTTP/2`` in the status line.
    """
    proto = (protocol or "").strip()
    if proto.upper() in ("HTTP/1.0", "HTTP/1.1"):
        return proto.upper(), None
    if not proto:
        return "HTTP/1.1", None
    if proto.lower() in ("h2", "http/2", "http/2.0"):
        return "HTTP/1.1", "h2"
    return "HTTP/1.1", proto.lower()


def _response_headers(headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for name, value in headers:
        _check_header(name, value)
        if name.lower() == "transfer-encoding" and "chunked" in value.lower():
            # The body we store is already de-chunked (Scrapy/Twisted removed the chunk
            # framing). Readers such as warcio and pywb de-chunk any payload whose headers say
            # "Transfer-Encoding: chunked", which would mangle ours. Keep the original value
            # visible under the X-Archive-Orig- prefix (the convention pywb and warcprox-style
            # tools use for original headers they must not act on).
            name = "X-Archive-Orig-Transfer-Encoding"
        out.append((name, value))
    return out


def _request_headers(url: str, headers: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    out = []
    for name, value in headers:
        _check_header(name, value)
        out.append((name, value))
    if not any(name.lower() == "host" for name, _ in out):
        out.insert(0, ("Host", urlsplit(url).netloc))
    return out


def _request_target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


class WarcWriter:
    """Write exchanges to rolling ``<prefix>-<NNNNN>.warc.gz`` files in ``directory``."""

    def __init__(
        self,
        directory: Path,
        prefix: str,
        *,
        max_size: int = 1_000_000_000,
        warcinfo: dict[str, str],
        record_id_factory: Callable[[], str] | None = None,
        clock: Callable[[], datetime] | None = None,
        fsync: bool = False,
    ) -> None:
        for key, value in warcinfo.items():
            _check_header(key, str(value))
        self.directory = Path(directory)
        self.prefix = prefix
        self.max_size = max_size
        self.warcinfo = dict(warcinfo)
        self._new_id = record_id_factory or StatusAndHeadersParser.make_warc_id
        self._clock = clock or _utcnow
        self._fsync = fsync
        self._serial = 0
        self._fh: BinaryIO | None = None
        self._writer: WARCWriter | None = None
        self._path: Path | None = None  # final name of the file being written
        self._files: list[Path] = []
        self._closed = False
        self._failed: OSError | None = None  # the write that failed: every later one fails

    @property
    def files(self) -> list[Path]:
        """Every file written: closed ones by final name, the current one by its ``.open`` name."""
        return [
            _open_name(p) if (self._fh is not None and p == self._path) else p for p in self._files
        ]

    # -- public API ---------------------------------------------------------------------------

    def write_exchange(self, exchange: Exchange) -> WrittenRecord:
        """Write a response record and its request record; return where the response is."""
        writer = self._ensure_file()[1]
        http_headers = self._http_response_headers(exchange)
        record = writer.create_warc_record(
            exchange.url,
            "response",
            payload=BytesIO(exchange.body),
            length=len(exchange.body),
            warc_headers_dict=self._warc_headers(exchange, "response"),
            http_headers=http_headers,
        )
        return self._write_pair(exchange, record)

    def write_revisit(
        self,
        exchange: Exchange,
        refers_to_record_id: str,
        refers_to_uri: str,
        refers_to_date: datetime | str,
        profile: RevisitProfile,
        *,
        payload_digest: str | None = None,
    ) -> WrittenRecord:
        """Write a revisit record (HTTP headers, no payload) and its request record.

        ``identical-payload-digest``: the payload digest is that of ``exchange.body`` unless
        given. ``server-not-modified`` (a 304): written only when ``payload_digest`` is given.
        """
        if profile not in _REVISIT_PROFILES:
            raise ValueError(f"unknown revisit profile {profile!r}")
        if payload_digest is None and profile == "identical-payload-digest":
            payload_digest = _sha1_base32(exchange.body)
        if isinstance(refers_to_date, datetime):
            refers_to_date = warc_date(refers_to_date)
        writer = self._ensure_file()[1]
        headers = self._warc_headers(exchange, "revisit")
        headers["WARC-Refers-To"] = refers_to_record_id
        headers["WARC-Refers-To-Target-URI"] = refers_to_uri
        headers["WARC-Refers-To-Date"] = refers_to_date
        headers["WARC-Profile"] = _REVISIT_PROFILES[profile]
        if payload_digest:
            headers["WARC-Payload-Digest"] = payload_digest
        record = writer.create_warc_record(
            exchange.url,
            "revisit",
            warc_headers_dict=headers,
            http_headers=self._http_response_headers(exchange),
        )
        return self._write_pair(exchange, record)

    def roll(self) -> None:
        """Close the current file now (renamed to its final name); a later record opens the
        next serial, as at ``max_size``. Nothing is written until one comes."""
        self._close_file()

    def close(self) -> None:
        """Close the current file and rename ``*.warc.gz.open`` to ``*.warc.gz``."""
        self._close_file()
        self._closed = True

    def __enter__(self) -> WarcWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------------

    def _warc_headers(self, exchange: Exchange, record_type: str) -> dict[str, str]:
        # WARC-Type first, as is conventional; warcio keeps the position of given headers.
        headers = {
            "WARC-Type": record_type,
            "WARC-Record-ID": self._record_id(),
            "WARC-Date": warc_date(exchange.fetched_at),
            "WARC-Target-URI": exchange.url,
        }
        if exchange.ip_address:
            headers["WARC-IP-Address"] = exchange.ip_address
        warc_protocol = _http_protocol(exchange.protocol)[1]
        if warc_protocol:
            headers["WARC-Protocol"] = warc_protocol
        return headers

    def _http_response_headers(self, exchange: Exchange) -> StatusAndHeaders:
        protocol = _http_protocol(exchange.protocol)[0]
        return _RawHeaders(
            _status_line(exchange.status),
            _response_headers(exchange.response_headers),
            protocol=protocol,
        )

    def _record_id(self) -> str:
        value = str(self._new_id())
        return value if value.startswith("<") else f"<{value}>"

    def _write_pair(self, exchange: Exchange, record: object) -> WrittenRecord:
        fh, writer, final_path = self._ensure_file()
        rec_headers = record.rec_headers  # type: ignore[attr-defined]
        request = writer.create_warc_record(
            exchange.url,
            "request",
            payload=BytesIO(exchange.request_body),
            length=len(exchange.request_body),
            warc_headers_dict={
                "WARC-Type": "request",
                "WARC-Record-ID": self._record_id(),
                "WARC-Date": rec_headers.get_header("WARC-Date"),
                "WARC-Target-URI": exchange.url,
                "WARC-Concurrent-To": rec_headers.get_header("WARC-Record-ID"),
            },
            http_headers=_RawHeaders(
                f"{exchange.method.upper()} {_request_target(exchange.url)} HTTP/1.1",
                _request_headers(exchange.url, exchange.request_headers),
                is_http_request=True,
            ),
        )
        offset = fh.tell()
        try:
            writer.write_record(record)
            length = fh.tell() - offset
            writer.write_record(request)
            self._sync(fh)
        except OSError as exc:
            raise self._fail(offset, exc) from exc
        written = WrittenRecord(
            warc_file=final_path,
            offset=offset,
            length=length,
            record_id=rec_headers.get_header("WARC-Record-ID"),
            payload_digest=rec_headers.get_header("WARC-Payload-Digest") or "",
            block_digest=rec_headers.get_header("WARC-Block-Digest"),
            record_type=rec_headers.get_header("WARC-Type"),
            http_head=record.http_headers.headers_buff  # type: ignore[attr-defined]
            if rec_headers.get_header("WARC-Type") == "response" else None,
        )  # fmt: skip
        if fh.tell() >= self.max_size:
            logger.info("WARC %s reached %d bytes, rolling over", final_path.name, fh.tell())
            self._close_file()
        return written

    def _sync(self, fh: BinaryIO) -> None:
        fh.flush()
        if self._fsync:
            os.fsync(fh.fileno())

    def _ensure_file(self) -> tuple[BinaryIO, WARCWriter, Path]:
        if self._closed:
            raise ValueError("WarcWriter is closed")
        if self._failed is not None:
            failed = self._failed
            raise OSError(failed.errno, failed.strerror, failed.filename)
        if self._fh is not None and self._writer is not None and self._path is not None:
            return self._fh, self._writer, self._path
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            final = self.directory / f"{self.prefix}-{self._serial:05d}.warc.gz"
            self._serial += 1
            if final.exists() or _open_name(final).exists():
                logger.warning("WARC %s already exists, skipping serial", final.name)
                continue
            try:
                fh: BinaryIO = open(_open_name(final), "xb")  # noqa: SIM115
            except FileExistsError:
                continue
            break
        writer = WARCWriter(fh, gzip=True, warc_version=WARC_VERSION)
        self._fh, self._writer, self._path = fh, writer, final
        self._files.append(final)
        try:
            writer.write_record(self._warcinfo_record(writer, final.name))
            self._sync(fh)
        except OSError as exc:
            raise self._fail(0, exc) from exc
        logger.info("WARC %s opened", final.name)
        return fh, writer, final

    def _warcinfo_record(self, writer: WARCWriter, filename: str) -> object:
        body = "".join(f"{key}: {value}\r\n" for key, value in self.warcinfo.items())
        payload = body.encode("utf-8")
        return writer.create_warc_record(
            "",
            "warcinfo",
            payload=BytesIO(payload),
            length=len(payload),
            warc_headers_dict={
                "WARC-Type": "warcinfo",
                "WARC-Record-ID": self._record_id(),
                "WARC-Date": warc_date(self._clock()),
                "WARC-Filename": filename,
            },
        )

    def _fail(self, keep: int, exc: OSError) -> OSError:
        """A write failed: cut the file back to its first ``keep`` bytes (its whole records),
        close it (none left: remove it) and fail every later write. Returns the error to
        raise, naming the file."""
        fh, path = self._fh, self._path
        self._fh = self._writer = self._path = None
        error = OSError(exc.errno, exc.strerror, str(_open_name(path)) if path else None)
        self._failed = error
        if fh is None or path is None:
            return error
        try:
            fh.close()  # its buffer cannot be written: the close says so, and closes anyway
        except OSError:
            pass
        opened = _open_name(path)
        try:
            if keep == 0:  # not even its warcinfo record is whole
                opened.unlink()
                self._files.remove(path)
            else:
                os.truncate(opened, keep)
                os.replace(opened, path)
                logger.warning("WARC %s closed after its last whole record: %s", path.name, exc)
        except OSError as err:
            self._files[self._files.index(path)] = opened
            logger.error("WARC %s left open (%s): `govarchive verify --repair` closes it",
                         opened.name, err)  # fmt: skip
        return error

    def _close_file(self) -> None:
        if self._fh is None or self._path is None:
            return
        self._sync(self._fh)
        self._fh.close()
        os.replace(_open_name(self._path), self._path)
        logger.info("WARC %s closed", self._path.name)
        self._fh = self._writer = self._path = None


def _open_name(final: Path) -> Path:
    return final.with_name(final.name + OPEN_SUFFIX)


def _sha1_base32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")
