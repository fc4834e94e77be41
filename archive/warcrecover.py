"""Repair of a WARC file a killed writer left open (``*.warc.gz.open``), or one that ends in
a torn record (:func:`seal_torn_file`).

The crawl's writer (:mod:`archive.warcwrite`) writes one gzip member per record and
flushes after every exchange, so a file cut by SIGKILL, OOM or a reboot holds a prefix of
whole members followed by at most one partial member. :func:`recover_open_file` keeps the
whole ones and renames the file to its final name; ``govarchive verify --repair`` and the
next crawl of the site call it (:mod:`archive.verify`, :mod:`archive.resume`).
"""

from __future__ import annotations

import logging
import os
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archive.warcread import OPEN_SUFFIX

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecoveryReport:
    """What :func:`recover_open_file` did to one ``.warc.gz.open`` file."""

    path: Path
    records_kept: int
    bytes_kept: int
    bytes_cut: int


def recover_open_file(path: Path) -> RecoveryReport:
    """Repair a ``*.warc.gz.open`` left by a killed writer and rename it to ``*.warc.gz``.

    Every complete gzip member (one record each) is kept; a partial or corrupt trailing
    member and everything after it is cut off. Refuses to overwrite an existing final file.
    """
    path = Path(path)
    if not path.name.endswith(".warc.gz" + OPEN_SUFFIX):
        raise ValueError(f"{path}: not a *.warc.gz.open file")
    final = path.with_name(path.name[: -len(OPEN_SUFFIX)])
    if final.exists():
        raise FileExistsError(f"{final} already exists; not overwriting it with {path.name}")
    size = path.stat().st_size
    kept, records = _complete_gzip_prefix(path)
    if kept < size:
        with open(path, "r+b") as fh:
            fh.truncate(kept)
            fh.flush()
            os.fsync(fh.fileno())
    os.replace(path, final)
    logger.warning(
        "recovered %s: kept %d records (%d bytes), cut %d bytes", final, records, kept, size - kept
    )
    return RecoveryReport(path=final, records_kept=records, bytes_kept=kept, bytes_cut=size - kept)


TORN_SUFFIX = ".torn"


@dataclass(frozen=True)
class SealReport:
    """What :func:`seal_torn_file` did: ``path`` now ends at ``bytes_kept``; the bytes cut
    from it are in ``tail``."""

    path: Path
    bytes_kept: int
    bytes_cut: int
    tail: Path


def seal_torn_file(path: Path, tail_offset: int) -> SealReport:
    """Make ``path`` end at ``tail_offset``, where its torn last record begins, keeping the
    cut bytes beside it in ``<name>.torn`` (nothing is thrown away: a forensic tool may get
    more out of them than a WARC reader).

    The whole records are copied to a new file that then replaces ``path``: a hard link to
    the same bytes elsewhere (the file ``import-warc`` was given) keeps them all.
    """
    path = Path(path)
    size = path.stat().st_size
    if not 0 <= tail_offset < size:
        raise ValueError(f"{path}: no torn tail at offset {tail_offset} (size {size})")
    tail = path.with_name(path.name + TORN_SUFFIX)
    sealed = path.with_name(path.name + ".sealing")
    try:
        with open(path, "rb") as src, open(sealed, "wb") as head, open(tail, "wb") as rest:
            _copy(src, head, tail_offset)
            _copy(src, rest, size - tail_offset)
            for out in (head, rest):
                out.flush()
                os.fsync(out.fileno())
        os.replace(sealed, path)
    finally:
        sealed.unlink(missing_ok=True)
    logger.warning("sealed %s at offset %d: %d torn byte(s) moved to %s",
                   path, tail_offset, size - tail_offset, tail.name)  # fmt: skip
    return SealReport(path, tail_offset, size - tail_offset, tail)


def _copy(src: BinaryIO, out: BinaryIO, length: int, chunk_size: int = 1 << 20) -> None:
    while length > 0:
        data = src.read(min(chunk_size, length))
        if not data:
            raise OSError(f"{src.name}: shorter than expected")
        out.write(data)
        length -= len(data)


def _complete_gzip_prefix(path: Path, chunk_size: int = 1 << 20) -> tuple[int, int]:
    """Return (bytes, members) of the longest prefix of whole, valid gzip members."""
    good_end = members = 0
    pos = 0  # file position of the first byte of ``pending``
    pending = b""
    decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
    with open(path, "rb") as fh:
        while True:
            if not pending:
                pending = fh.read(chunk_size)
                if not pending:
                    return good_end, members  # a member still open at EOF is incomplete
            try:  # output discarded, in bounded pieces; zlib checks the CRC and size
                data = decomp.decompress(pending, chunk_size)
                while data and not decomp.eof and decomp.unconsumed_tail:
                    data = decomp.decompress(decomp.unconsumed_tail, chunk_size)
            except zlib.error:
                return good_end, members
            if decomp.eof:
                pos += len(pending) - len(decomp.unused_data)
                good_end, members = pos, members + 1
                pending = decomp.unused_data
                decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
            else:
                pos += len(pending)
                pending = b""
