"""Extraction of one archived capture: read the record back from its WARC, then ``extract``.

This is the one path from capture to record, shared by the crawl (in a process pool),
``reextract`` and ``import-warc``: what is stored is always extracted from what was archived.
The capture's WARC-Date picks the profile's rule version; ``learned`` is the site's chrome.
"""

from __future__ import annotations

from pathlib import Path

from archive.warcread import read_record
from config.profile import SiteProfile
from pipelines.chrome import Learned
from pipelines.extract import extract
from pipelines.record import ArticleRecord, NotAnArticle


def extract_capture(
    archive_dir: str,
    warc_file: str,
    offset: int,
    url: str,
    profile: SiteProfile,
    learned: Learned | None = None,
) -> ArticleRecord | NotAnArticle:
    record = read_record(Path(archive_dir), warc_file, offset)
    headers = {name.lower(): value for name, value in record.http_headers}
    fetched_at = record.date.isoformat() if record.date else None
    return extract(record.payload, url, headers, profile, learned=learned, fetched_at=fetched_at)
