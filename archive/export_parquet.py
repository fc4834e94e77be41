"""Export articles to Parquet, streamed: record batches of a fixed size, constant memory.

The columns are :data:`PARQUET_FIELDS`, with a fixed schema (so an empty export and a
filtered one have the same columns and types as a full one):

- ids and counts are ``int64``;
- every moment is an Arrow ``timestamp("us", tz="UTC")``: ``published_at``,
  ``updated_at``, ``fetched_at``, ``first_seen``, ``last_seen``, ``removed_at``. The archive
  writes publication dates with the site's offset (``2023-01-09T15:20:00+07:00``); a column
  holds one time zone only and sites may differ, so ``published_at`` is the instant in
  UTC and ``published_at_local`` (``timestamp("us")``, no zone) the wall-clock time the
  site printed: the offset is their difference, and the site's calendar day or month is
  read from the local column. A publication date written without an offset has only the
  local value; a capture time without one is UTC (the archive's convention);
- ``images`` is ``list<struct<src, caption, alt>>`` and ``attachments``
  ``list<struct<url, title, kind, capture_id>>``, in page order;
- the rest are UTF-8 strings.

pyarrow is imported here only, so the rest of the library does not need it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from archive.queries import EXPORT_FIELDS

logger = logging.getLogger(__name__)

#: Records per Parquet row group (and per Arrow batch held in memory).
BATCH_ROWS = 2000

_INTEGER_FIELDS = {"id", "word_count", "current_version", "capture_id"}
_MOMENT_FIELDS = {"published_at", "updated_at", "fetched_at", "first_seen", "last_seen",
                  "removed_at"}  # fmt: skip
LOCAL_FIELD = "published_at_local"
IMAGE_FIELDS = ("src", "caption", "alt")
ATTACHMENT_FIELDS = ("url", "title", "kind", "capture_id")

#: The columns of a Parquet export: the fields of the other exports, the local publication
#: time after ``published_at``, and the images and attachments.
_AFTER = EXPORT_FIELDS.index("published_at") + 1
PARQUET_FIELDS = (
    *EXPORT_FIELDS[:_AFTER], LOCAL_FIELD, *EXPORT_FIELDS[_AFTER:], "images", "attachments"
)  # fmt: skip

#: ``media(ids)``: the images and attachments of these articles, by article id
#: (:func:`archive.queries.export_media`)
MediaLookup = Callable[[list[int]], tuple[dict[int, list[dict[str, Any]]],
                                          dict[int, list[dict[str, Any]]]]]  # fmt: skip


def parquet_schema() -> Any:
    """The Arrow schema of an export (see the module's description)."""
    import pyarrow as pa

    moment = pa.timestamp("us", tz="UTC")
    text = pa.string()
    types = {
        LOCAL_FIELD: pa.timestamp("us"),
        "images": pa.list_(pa.struct([(f, text) for f in IMAGE_FIELDS])),
        "attachments": pa.list_(pa.struct([
            ("url", text), ("title", text), ("kind", text), ("capture_id", pa.int64()),
        ])),
    }  # fmt: skip
    for name in _INTEGER_FIELDS:
        types[name] = pa.int64()
    for name in _MOMENT_FIELDS:
        types[name] = moment
    return pa.schema([(name, types.get(name, text)) for name in PARQUET_FIELDS])


def _moment(value: str | None) -> tuple[datetime | None, datetime | None]:
    """(the instant, in UTC or None when the text gives no offset; the wall-clock time
    as written) of an ISO 8601 text; (None, None) for an empty or unreadable one."""
    if not value:
        return None, None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        logger.warning("Parquet export: %r is not an ISO 8601 date; left empty", value)
        return None, None
    if moment.tzinfo is None:
        return None, moment
    return moment.astimezone(UTC), moment.replace(tzinfo=None)


def _row(record: dict[str, Any]) -> dict[str, Any]:
    row = {name: record.get(name) for name in EXPORT_FIELDS}
    for name in _MOMENT_FIELDS:
        instant, local = _moment(row[name])
        if name == "published_at":
            row[LOCAL_FIELD] = local
        elif instant is None and local is not None:  # a capture time without offset: UTC
            instant = local.replace(tzinfo=UTC)
        row[name] = instant
    row["images"] = [{f: i.get(f) for f in IMAGE_FIELDS} for i in record.get("images") or []]
    row["attachments"] = [
        {f: a.get(f) for f in ATTACHMENT_FIELDS} for a in record.get("attachments") or []
    ]
    return row


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def write_parquet(
    records: Iterable[dict[str, Any]],
    out: Path | str | BinaryIO,
    *,
    batch_rows: int = BATCH_ROWS,
    media: MediaLookup | None = None,
) -> int:
    """Write export records to ``out`` (a path or a binary file) as Parquet (zstd);
    return the count. At most ``batch_rows`` records are held in memory at a time.
    ``media`` gives each batch its images and attachments (else a record's own
    ``images``/``attachments`` lists are written, or empty lists)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in _batches(records, batch_rows):
            if media is not None:
                images, attachments = media([record["id"] for record in batch])
                batch = [{**record, "images": images.get(record["id"], []),
                          "attachments": attachments.get(record["id"], [])}
                         for record in batch]  # fmt: skip
            rows = [_row(record) for record in batch]
            writer.write_batch(pa.RecordBatch.from_pylist(rows, schema=schema))
            count += len(batch)
    return count
