"""Export articles to Parquet, streamed: record batches of a fixed size, constant memory.

The columns are :data:`archive.queries.EXPORT_FIELDS` with a fixed schema (so an empty
export and a filtered one have the same columns as a full one). pyarrow is imported here
only, so the rest of the library does not need it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from archive.queries import EXPORT_FIELDS

#: Records per Parquet row group (and per Arrow batch held in memory).
BATCH_ROWS = 2000

_INTEGER_FIELDS = {"id", "word_count", "current_version", "capture_id"}


def parquet_schema() -> Any:
    """The Arrow schema of an export: int64 for ids and counts, UTF-8 strings otherwise."""
    import pyarrow as pa

    return pa.schema(
        [(name, pa.int64() if name in _INTEGER_FIELDS else pa.string()) for name in EXPORT_FIELDS]
    )


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(records)
    while batch := list(islice(iterator, size)):
        yield batch


def write_parquet(
    records: Iterable[dict[str, Any]], out: Path | str | BinaryIO, *, batch_rows: int = BATCH_ROWS
) -> int:
    """Write export records to ``out`` (a path or a binary file) as Parquet (zstd);
    return the count. At most ``batch_rows`` records are held in memory at a time."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(out, schema, compression="zstd") as writer:
        for batch in _batches(records, batch_rows):
            columns = {name: [record.get(name) for record in batch] for name in EXPORT_FIELDS}
            writer.write_batch(pa.RecordBatch.from_pydict(columns, schema=schema))
            count += len(batch)
    return count
