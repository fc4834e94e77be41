"""Writing records (dicts) in the machine-readable formats every command shares.

``json`` is one JSON document (an array of the records, streamed: memory does not grow
with their number), ``jsonl`` is JSON Lines (one object per line), ``csv`` has a header
row of ``fields``. Nothing here knows where the records come from.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

#: the record formats :func:`write_records` writes
RECORD_FORMATS = ("json", "jsonl", "csv")


def dumps(value: Any) -> str:
    """One JSON value on one line, UTF-8 text kept as is (Vietnamese stays readable)."""
    return json.dumps(value, ensure_ascii=False, default=str)


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    out: TextIO,
    fields: Sequence[str] | None = None,
) -> int:
    """Write ``records`` to ``out`` as one JSON array, JSON Lines or CSV; return their
    number. CSV needs ``fields`` (its header and column order; lists are joined with
    spaces); open its file with ``newline=""`` (csv module convention)."""
    if fmt not in RECORD_FORMATS:
        raise ValueError(f"record format must be one of {', '.join(RECORD_FORMATS)}, got {fmt!r}")
    count = 0
    if fmt == "csv":
        if fields is None:
            raise ValueError("CSV needs its fields (the header row)")
        writer = csv.DictWriter(out, fieldnames=list(fields), extrasaction="ignore")
        writer.writeheader()
        for record in records:
            writer.writerow({k: " ".join(map(str, v)) if isinstance(v, list | tuple) else v
                             for k, v in record.items()})  # fmt: skip
            count += 1
        return count
    if fmt == "jsonl":
        for record in records:
            out.write(dumps(record) + "\n")
            count += 1
        return count
    out.write("[")
    for record in records:
        out.write(("," if count else "") + "\n" + dumps(record))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
