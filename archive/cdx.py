"""CDXJ indexes of finished WARC files, written with cdxj-indexer (the Webrecorder tool).

``<name>.warc.gz`` gets ``<name>.cdxj`` beside it: one sorted line per response, revisit,
request and resource record (``urlkey timestamp {json}``), the format pywb and other replay
tools load from a collection's ``indexes/`` folder. The ``filename`` field is the WARC's base
name, so an index stays valid wherever the WARC and its index are copied together.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from archive.errors import ArchiveError

logger = logging.getLogger(__name__)

WARC_SUFFIXES = (".warc.gz", ".warc")
INDEX_SUFFIX = ".cdxj"


class CdxIndexError(ArchiveError):
    """A WARC file could not be indexed."""


def index_path(warc: Path) -> Path:
    """Where the CDXJ index of ``warc`` lives: ``x.warc.gz`` -> ``x.cdxj``."""
    name = warc.name
    for suffix in WARC_SUFFIXES:
        if name.endswith(suffix):
            return warc.with_name(name[: -len(suffix)] + INDEX_SUFFIX)
    raise CdxIndexError(f"{warc} is not a finished WARC file (*.warc.gz or *.warc)")


def index_warc(path: Path | str) -> Path:
    """Write (or rewrite) the CDXJ index of one finished WARC file; return its path.

    The index is written to a temporary name and renamed, so a reader never sees half of it.

    :raises CdxIndexError: the file is missing, still ``.open``, or not a readable WARC.
    """
    from cdxj_indexer.main import CDXJIndexer  # lazy: only needed here

    warc = Path(path)
    target = index_path(warc)
    if not warc.is_file():
        raise CdxIndexError(f"WARC file not found: {warc}")
    _check_first_record(warc)
    tmp = target.with_name(target.name + ".tmp")
    try:
        with open(warc, "rb") as source:
            CDXJIndexer(
                output=str(tmp),
                inputs=[source],
                filename=warc.name,
                sort=True,
                post_append=True,
            ).process_all()
    except Exception as exc:  # warcio raises many kinds on a corrupt file
        tmp.unlink(missing_ok=True)
        raise CdxIndexError(f"cannot index {warc}: {type(exc).__name__}: {exc}") from exc
    os.replace(tmp, target)
    logger.info("CDXJ index %s written", target.name)
    return target


def _check_first_record(warc: Path) -> None:
    """cdxj-indexer silently indexes nothing from a file that is not a WARC: refuse it."""
    from archive.warcread import iter_records

    records = iter_records(warc)
    first = next(records, None)
    if first is None or first.warc_header("WARC-Record-ID") is None:
        why = records.tail_error or "no WARC record at its start"
        raise CdxIndexError(f"cannot index {warc}: {why}")


def finished_warcs(folder: Path) -> list[Path]:
    """Every finished WARC file under ``folder`` (recursively), sorted by path."""
    return sorted(
        p for p in Path(folder).rglob("*") if p.is_file() and p.name.endswith(WARC_SUFFIXES)
    )


def missing_indexes(folder: Path) -> list[Path]:
    """Finished WARC files under ``folder`` that have no CDXJ index, or an older one."""
    missing = []
    for warc in finished_warcs(folder):
        index = index_path(warc)
        if not index.is_file() or index.stat().st_mtime < warc.stat().st_mtime:
            missing.append(warc)
    return missing


def read_index(path: Path) -> list[tuple[str, str, dict[str, object]]]:
    """Parse a CDXJ file into ``(urlkey, timestamp, fields)`` tuples."""
    import json

    entries = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("!"):
            continue
        urlkey, timestamp, blob = line.split(" ", 2)
        entries.append((urlkey, timestamp, json.loads(blob)))
    return entries


def main(argv: list[str]) -> int:
    """``python -c "from archive.cdx import main; ..." WARC...`` (:meth:`CrawlRecorder.index_soon
    <archive.recorder.CrawlRecorder.index_soon>`): index each file; print the path of each
    one indexed (as given), one a line; 1 when any could not be (its reason on stderr)."""
    import sys

    failed = 0
    for path in argv:
        try:
            index_warc(path)
        except Exception as exc:  # noqa: BLE001 (the crawl indexes it again, and says why)
            print(f"{path}: {exc}", file=sys.stderr)
            failed = 1
            continue
        print(Path(path).as_posix(), flush=True)
    return failed
