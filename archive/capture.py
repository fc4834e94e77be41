"""A reference to one archived capture: the ``captures`` row and where its payload lies.

What every mode hands the ingestor (``pipelines.ingest``): the crawl (the capture it just
recorded), ``rebuild`` and ``import-warc`` (each HTML response read from a WARC, its payload
already in hand) and ``reextract`` (the captures an archive holds).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CaptureRef:
    capture_id: int
    url: str
    fetched_at: str  # ISO 8601 UTC (``...Z``): picks the profile's rule version
    crawl_id: int | None = None
    warc_file: str | None = None  # relative to the archive folder; a revisit's original record
    offset: int | None = None
    revisit: bool = False
    payload: bytes | None = None  # the HTTP payload, when the caller has read it already
    headers: tuple[tuple[str, str], ...] = ()  # with the payload: HTTP headers, names lower-case
