"""Read WARC records back: one record by (file, offset), or every record of a file.

:func:`read_record` serves re-extraction and :func:`copy_payload` ``govarchive show --raw``: a capture row stores the
WARC file (relative to the archive folder) and the record offset. :func:`iter_records` reads
whole files for rebuild/import, including files written by other tools (wget, warcio), and
reports a truncated or unreadable tail instead of crashing.

``raw_payload`` is the payload as stored; ``payload`` has HTTP chunking (only when the stored
headers still say ``Transfer-Encoding: chunked``) and ``Content-Encoding`` undone.
"""

from __future__ import annotations

import logging
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import BufferedReader, ChunkedDataReader
from warcio.recordloader import ArcWarcRecordLoader
from warcio.timeutils import iso_date_to_datetime

try:
    import brotli
except ImportError:  # pragma: no cover - brotli is optional
    brotli = None

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"
STREAM_BLOCK = 2048  # compressed bytes inflated at a time by copy_payload
MAX_INFLATED = 64 << 20  # a payload inflating past this is left compressed (Scrapy's maxsize)


class WarcReadError(ValueError):
    """A WARC record could not be read (missing file, bad offset, corrupt record)."""


@dataclass(frozen=True)
class RawRecord:
    """One WARC record as stored, with its HTTP message parsed and its payload decoded."""

    record_type: str
    warc_headers: list[tuple[str, str]]
    target_uri: str | None
    record_id: str | None
    date: datetime | None  # naive UTC, from WARC-Date
    http_status: int | None  # response/revisit records only
    http_status_line: str | None  # "HTTP/1.1 200 OK", "GET /path HTTP/1.1"
    http_headers: list[tuple[str, str]]
    raw_payload: bytes
    payload: bytes
    offset: int
    length: int  # bytes in the file (compressed size for .warc.gz)
    digest_ok: bool | None = None  # None: no digest to check (revisit, none written)
    # why payload could not be decoded; payload is then the data before the failing step
    decode_error: str | None = None
    digest_problems: list[str] = field(default_factory=list)

    def warc_header(self, name: str) -> str | None:
        """First WARC header called ``name`` (case-insensitive), or None."""
        return _first(self.warc_headers, name)

    def http_header(self, name: str) -> str | None:
        """First HTTP header called ``name`` (case-insensitive), or None."""
        return _first(self.http_headers, name)

    def http_header_values(self, name: str) -> list[str]:
        """Every value of HTTP header ``name``, in order (e.g. repeated Set-Cookie)."""
        return [v for k, v in self.http_headers if k.lower() == name.lower()]


class RecordIterator(Iterator[RawRecord]):
    """Records of one WARC file; after iteration ``tail_error`` says whether the end was bad.

    ``tail_error`` is None when every byte of the file was read as whole records; otherwise
    it describes the problem and ``tail_offset`` is where the unreadable tail starts.
    """

    def __init__(self, path: Path, start: int = 0, *, log: bool = True) -> None:
        self.path = Path(path)
        self.start = start
        self.log = log  # False: the caller reports ``tail_error`` itself (verify)
        self.tail_error: str | None = None
        self.tail_offset: int | None = None
        self._gen = self._records()

    def __next__(self) -> RawRecord:
        return next(self._gen)

    def _records(self) -> Iterator[RawRecord]:
        size = self.path.stat().st_size
        end = self.start
        with open(self.path, "rb") as fh:
            fh.seek(self.start)
            it = ArchiveIterator(fh, check_digests=True)
            while True:
                try:
                    record = next(it, None)
                    if record is None:
                        break
                    raw = _build(record, it)  # warcio's offsets are the file's
                except Exception as exc:  # foreign files fail in many ways
                    bad_gzip = _gzip_member_error(fh, end)
                    self._fail(end, bad_gzip or f"unreadable record ({_describe(exc)})")
                    return
                if _is_truncated(record, raw):
                    self._fail(raw.offset, "truncated record")
                    return
                if _member_unfinished(it, fh, size):
                    why = "gzip member cut before the end of its CRC32/size trailer"
                    self._fail(raw.offset, why)
                    return
                end = raw.offset + raw.length
                yield raw
        start = _skip_blank(self.path, end)
        if start < size:
            self._fail(start, f"{size - start} bytes that are not a whole record")

    def _fail(self, offset: int, message: str) -> None:
        offset = _skip_blank(self.path, offset)  # uncompressed WARCs separate records by CRLFs
        self.tail_offset = offset
        self.tail_error = f"{self.path}: {message} at offset {offset}"
        if self.log:
            logger.warning("%s", self.tail_error)


def iter_records(path: Path, start: int = 0, *, log: bool = True) -> RecordIterator:
    """Iterate over every record of a WARC file (gzipped or not, any writer), from the record
    that begins at byte ``start`` (0: the whole file).

    A truncated or corrupt tail ends the iteration; check ``tail_error`` afterwards. It is
    logged as a warning too, unless ``log`` is False (a caller that reports it itself).
    """
    return RecordIterator(path, start, log=log)


def read_record(
    archive_dir: Path,
    warc_file: str,
    offset: int,
    *,
    check_digests: bool = True,
    max_payload: int = MAX_INFLATED,
) -> RawRecord:
    """Read the record at ``offset`` of ``archive_dir / warc_file``.

    The file may still be named ``*.open`` (being written) or, when given with ``.open``,
    may have been renamed since. Raises :class:`WarcReadError` naming file and offset.
    ``check_digests=False`` skips hashing the block and payload (``digest_ok`` is then
    None): for a record just written, read back to be extracted. A payload whose
    Content-Encoding inflates past ``max_payload`` bytes (a gzip bomb) is left as stored,
    its ``decode_error`` starting with ``too large``.
    """
    fh, path, size = _open(Path(archive_dir), warc_file)
    where = f"{path} at offset {offset}"
    if offset < 0 or offset >= size:
        fh.close()
        raise WarcReadError(f"bad offset: {where} (file has {size} bytes)")
    with fh:
        fh.seek(offset)
        try:
            it = ArchiveIterator(fh, check_digests=check_digests)
            record = next(it, None)
            if record is None:
                raise WarcReadError(f"no WARC record in {where}")
            raw = _build(record, it, max_payload)
        except WarcReadError:
            raise
        except Exception as exc:  # warcio raises many types on bad input
            raise WarcReadError(f"no valid WARC record in {where}: {_describe(exc)}") from exc
    if _is_truncated(record, raw):
        raise WarcReadError(f"truncated WARC record in {where}")
    return raw


#: the parser of a response record's HTTP headers, as ArchiveIterator's (``verify_http``
#: off, its default) has it
_HTTP_PARSER = ArcWarcRecordLoader(verify_http=False).http_parser


def parse_written(
    http_head: bytes, raw_payload: bytes, max_payload: int = MAX_INFLATED
) -> tuple[bytes, list[tuple[str, str]], str | None] | None:
    """``(payload, http_headers, decode_error)`` of a response record just written with
    ``http_head`` (its HTTP header block) and ``raw_payload``, as :func:`read_record` gives
    them when it reads the record back: warcio's parser of a response record's headers, then
    the same decoding. For the crawl's extraction workers, which then need not read back and
    inflate a record the crawl has just compressed.

    None only when the parser does not stop at the block's end (a block that is not one
    whole header block; the writer never writes one: it refuses CR and LF in a header), where
    reading back would split block and payload elsewhere; the caller then reads it back. The
    block's end is where the stream stands, in bytes: warcio's ``total_len`` counts the
    characters of the decoded lines, fewer than the bytes when a header holds UTF-8."""
    stream = BytesIO(http_head)
    http = _HTTP_PARSER.parse(stream)
    if stream.tell() != len(http_head):
        return None
    headers = list(http.headers)
    payload, decode_error = _decode_payload(raw_payload, headers, max_payload)
    return payload, headers, decode_error


def copy_payload(
    archive_dir: Path, warc_file: str, offset: int, out: BinaryIO, chunk_size: int = 1 << 16
) -> int:
    """Write the payload of the record at ``offset`` to ``out``, content-decoded as
    :func:`read_record`'s ``payload`` is, piece by piece: memory stays the same whatever the
    record's size (a 50 MB page took 164 MiB more through :func:`read_record`). Returns the
    bytes written. Digests are not checked (``verify`` does); a record cut short raises
    :class:`WarcReadError` once what it holds is written.
    """
    fh, path, size = _open(Path(archive_dir), warc_file)
    where = f"{path} at offset {offset}"
    if offset < 0 or offset >= size:
        fh.close()
        raise WarcReadError(f"bad offset: {where} (file has {size} bytes)")
    written = 0
    with fh:
        fh.seek(offset)
        try:
            # small blocks: each is inflated whole, and text inflates a thousandfold
            it = ArchiveIterator(fh, check_digests=False, block_size=STREAM_BLOCK)
            record = next(it, None)
            if record is None:
                raise WarcReadError(f"no WARC record in {where}")
            stream = _content_stream(record)
            while chunk := stream.read(chunk_size):
                out.write(chunk)
                written += len(chunk)
        except (WarcReadError, OSError):  # OSError: writing ``out`` failed (a closed pipe)
            raise
        except Exception as exc:  # warcio raises many types on bad input
            raise WarcReadError(f"no valid WARC record in {where}: {_describe(exc)}") from exc
        if getattr(record.raw_stream, "limit", 0):  # bytes the record announced, not there
            raise WarcReadError(f"truncated WARC record in {where}")
    return written


def _content_stream(record: Any) -> Any:
    """The record's payload with chunking and Content-Encoding undone, in
    :data:`STREAM_BLOCK` pieces (warcio's ``content_stream``, whose blocks are 16 KiB)."""
    http = record.http_headers
    if not http:
        return record.raw_stream
    encoding = (http.get_header("content-encoding") or "").lower() or None
    if encoding not in BufferedReader.get_supported_decompressors():
        encoding = None
    if http.get_header("transfer-encoding") == "chunked":
        return ChunkedDataReader(record.raw_stream, block_size=STREAM_BLOCK, decomp_type=encoding)
    if encoding:
        return BufferedReader(record.raw_stream, block_size=STREAM_BLOCK, decomp_type=encoding)
    return record.raw_stream


def _describe(exc: Exception, limit: int = 120) -> str:
    text = " ".join(str(exc).split())
    if len(text) > limit:
        text = text[:limit] + "..."
    return f"{type(exc).__name__}: {text}"


def _open(archive_dir: Path, warc_file: str) -> tuple[BinaryIO, Path, int]:
    """The file opened, its path and size. A crawl's writer renames ``x.open`` to ``x`` when
    it closes the file, which can fall between finding the name and opening it (a big page
    read back at the crawl's end): the name is then looked for once more."""
    path, size = _resolve(archive_dir, warc_file)
    try:
        return open(path, "rb"), path, size  # noqa: SIM115 (closed by the caller's with)
    except FileNotFoundError:
        path, size = _resolve(archive_dir, warc_file)
        return open(path, "rb"), path, size  # noqa: SIM115


def _resolve(archive_dir: Path, warc_file: str) -> tuple[Path, int]:
    """The file and its size in bytes: one ``stat`` a name tried (a record read back in a
    crawl is in the ``.open`` file; ``is_file`` then a size took a third)."""
    path = archive_dir / warc_file
    candidates = [path]
    if path.name.endswith(OPEN_SUFFIX):
        candidates.append(path.with_name(path.name[: -len(OPEN_SUFFIX)]))
    else:
        candidates.append(path.with_name(path.name + OPEN_SUFFIX))
    for candidate in candidates:
        try:
            found = os.stat(candidate)
        except (FileNotFoundError, NotADirectoryError, ValueError):  # as is_file() did
            continue
        if stat.S_ISREG(found.st_mode):
            return candidate, found.st_size
    raise WarcReadError(f"WARC file not found: {path} (nor {candidates[1].name})")


def _build(record: Any, it: ArchiveIterator, max_payload: int = MAX_INFLATED) -> RawRecord:
    raw_payload = record.raw_stream.read()
    rec_headers = record.rec_headers
    http = record.http_headers
    http_headers = list(http.headers) if http else []
    status: int | None = None
    status_line: str | None = None
    if http:
        status_line = f"{http.protocol} {http.statusline}".strip()
        if record.rec_type in ("response", "revisit"):
            try:
                status = int(http.get_statuscode())
            except (TypeError, ValueError):
                status = None
    payload, decode_error = _decode_payload(raw_payload, http_headers, max_payload)
    date_str = rec_headers.get_header("WARC-Date")
    try:
        date = iso_date_to_datetime(date_str) if date_str else None
    except ValueError:
        date = None
    checker = record.digest_checker
    return RawRecord(
        record_type=record.rec_type,
        warc_headers=list(rec_headers.headers),
        target_uri=rec_headers.get_header("WARC-Target-URI"),
        record_id=rec_headers.get_header("WARC-Record-ID"),
        date=date,
        http_status=status,
        http_status_line=status_line,
        http_headers=http_headers,
        raw_payload=raw_payload,
        payload=payload,
        offset=it.get_record_offset(),
        length=it.get_record_length(),
        digest_ok=checker.passed,
        decode_error=decode_error,
        digest_problems=list(checker.problems),
    )


def _is_truncated(record: Any, raw: RawRecord) -> bool:
    """True when the record lacks its (mandatory) Content-Length or has fewer bytes than it.

    Decided in bytes: warcio reads a record's block through a ``LimitReader`` set to its
    Content-Length, whose ``limit`` is the bytes of the block not yet read; once the payload
    is read to its end, any left are bytes the record announced that the file does not hold.
    (Not ``Content-Length - http_headers.total_len``: ``total_len`` counts the characters of
    the decoded header lines, so a header holding UTF-8 made a whole record look cut.)"""
    if record.format.startswith("warc") and raw.warc_header("Content-Length") is None:
        return True  # cut inside the WARC header block
    return bool(getattr(record.raw_stream, "limit", 0))  # no limit: no length announced


def _member_unfinished(it: ArchiveIterator, fh: BinaryIO, size: int) -> bool:
    """True when the gzip member just read ends the file before its 8-byte trailer (CRC32
    and ISIZE) is whole. warcio reads a member to its end before giving its length; zlib
    checks the trailer of every member it reaches (a bad CRC or size raises), but a file
    that ends inside the last trailer leaves the decompressor short of ``eof`` with every
    byte of content already out, so the record reads whole (what ``gzip -t`` catches)."""
    decompressor = it.reader.decompressor if it.reader is not None else None
    if decompressor is None or not hasattr(decompressor, "eof"):
        return False  # an uncompressed file (or a brotli one)
    return not decompressor.eof and not decompressor.unused_data and fh.tell() >= size


def _gzip_member_error(fh: BinaryIO, offset: int, chunk_size: int = 1 << 16) -> str | None:
    """Why the gzip member at ``offset`` fails zlib's own checks (a CRC32 or size in its
    trailer that does not match what it holds; warcio only sees the garbage that follows),
    or None: not a gzip member, or one that inflates whole."""
    fh.seek(offset)
    data = fh.read(chunk_size)
    if not data.startswith(b"\x1f\x8b"):
        return None
    decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        while data and not decomp.eof:
            decomp.decompress(data, chunk_size)
            while decomp.unconsumed_tail and not decomp.eof:
                decomp.decompress(decomp.unconsumed_tail, chunk_size)
            data = fh.read(chunk_size)
    except zlib.error as exc:
        return f"gzip member fails its check ({exc})"
    return None


def _skip_blank(path: Path, start: int) -> int:
    """Offset of the first byte at or after ``start`` that is not CR or LF."""
    with open(path, "rb") as fh:
        fh.seek(start)
        while chunk := fh.read(1 << 16):
            rest = chunk.lstrip(b"\r\n")
            if rest:
                return start + len(chunk) - len(rest)
            start += len(chunk)
    return start


def _first(headers: list[tuple[str, str]], name: str) -> str | None:
    name = name.lower()
    return next((v for k, v in headers if k.lower() == name), None)


class _TooLarge(ValueError):
    pass


def _decode_payload(
    raw: bytes, headers: list[tuple[str, str]], limit: int = MAX_INFLATED
) -> tuple[bytes, str | None]:
    """Undo chunking (if still present) and Content-Encoding; return (payload, error). A
    coding that inflates past ``limit`` bytes is not undone (``too large: ...``)."""
    data = raw
    if any(k.lower() == "transfer-encoding" and "chunked" in v.lower() for k, v in headers):
        data = ChunkedDataReader(BytesIO(raw)).read()  # falls back to raw if not chunked
    codings = [
        c.strip().lower()
        for k, v in headers
        if k.lower() == "content-encoding"
        for c in v.split(",")
        if c.strip()
    ]
    for coding in reversed(codings):  # applied in order listed, so undo from the last
        if coding == "identity":
            continue
        try:
            data = _decode_one(data, coding, limit)
        except _TooLarge:
            return raw, f"too large: Content-Encoding {coding} inflates past {limit:,} bytes"
        except (zlib.error, OSError, ValueError) as exc:
            return data, f"Content-Encoding {coding}: {exc}"
        except Exception as exc:  # brotli.error is not a subclass of the above
            return data, f"Content-Encoding {coding}: {type(exc).__name__}: {exc}"
    return data, None


def _decode_one(data: bytes, coding: str, limit: int = MAX_INFLATED) -> bytes:
    if not data:
        return data
    if coding in ("gzip", "x-gzip"):
        return _inflate(data, zlib.MAX_WBITS | 32, limit)  # gzip or zlib header, auto-detected
    if coding == "deflate":
        try:
            return _inflate(data, zlib.MAX_WBITS, limit)  # zlib-wrapped, as the RFC says
        except zlib.error:
            return _inflate(data, -zlib.MAX_WBITS, limit)  # raw deflate, as some servers send
    if coding == "br":
        if brotli is None:
            raise ValueError("brotli is not installed")
        inflated = bytes(brotli.decompress(data))
        if len(inflated) > limit:
            raise _TooLarge(coding)
        return inflated
    raise ValueError(f"unsupported content coding {coding!r}")


def _inflate(data: bytes, wbits: int, limit: int = MAX_INFLATED) -> bytes:
    """Decompress every member (concatenated gzip members are legal); reject truncation, and
    stop past ``limit`` bytes of output (:class:`_TooLarge`): memory stays bounded."""
    out = bytearray()
    while data:
        decomp = zlib.decompressobj(wbits)
        out += decomp.decompress(data, limit + 1 - len(out))
        if len(out) > limit or decomp.unconsumed_tail:
            raise _TooLarge(wbits)
        out += decomp.flush()
        if not decomp.eof:
            raise ValueError("compressed stream is truncated")
        data = decomp.unused_data
        if not data.strip(b"\x00\r\n "):
            break
    return bytes(out)
