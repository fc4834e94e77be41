"""A site's known state, carried by a crawl job to the node that runs it.

A Scrapyd node crawls a site into a *shard*: a fresh archive folder of its own. For that crawl
to be incremental exactly as a crawl in the central archive would be, the shard must answer
the questions the crawl asks its archive the same way: which article URLs are archived
(:meth:`archive.store.ArchiveWriter.known_article_urls`), which to re-check and with which
validators (:func:`archive.history.recheck_candidates`, :func:`~archive.history.archived_rechecks`,
:func:`~archive.history.resumed_crawls`), whether a page's payload was archived before (a
revisit instead of a second copy: the WARC middleware looks up ``captures`` by URL and payload
digest), and what chrome the site's pages repeat (:func:`archive.chrome.load_chrome`).

:func:`export_site_state` writes exactly those rows of one site, with their ids, as gzipped
JSON lines; :func:`import_site_state` loads them into a fresh archive:

- ``crawls``: the crawls those rows name, and every crawl since the site's last completed one
  (a crawl resumes after interrupted ones); marked ``imported_from`` (migration
  ``0013_shards``), with no WARC files, and ``running`` becomes ``interrupted``;
- ``captures``: each article's capture, and each URL's latest response (unless the crawl
  would extract the page from it: see ``_CAPTURES_SQL``), with validators, payload digest and
  WARC record id but **no WARC file**: the records stay in the central archive, and a
  revisit written in the shard refers to them by record id;
- ``articles``: *stubs* (URL, title, dates, ``last_seen``/``removed_at``, content hash,
  version number, capture) without body, lead, author, images or versions; indexed as such,
  so a change found in the shard updates the search index consistently. Each stub carries
  its ``body_fingerprint``, and the site's recent articles (those a crawl seeds its
  near-duplicate check with: :func:`archive.sitemodels.recent_fingerprints`) their body
  too, which that check compares line by line: a print view or ``?redirect=`` copy of an
  article the central archive holds is the same article in the shard as it would be there
  (and :mod:`archive.merge` follows the article when the shard moved it to the copy's URL).
  Those bodies are most of the file (``benchmarks/jobstate_size.py``: 5,000 recent articles
  of 3.5 kB, 5.1 MB gzipped, 15x the file without them), and a body's length has no bound
  (a portal that publishes whole legal texts as articles), so they are carried newest first
  up to :data:`BODY_BUDGET` bytes of text; an older recent article past it travels as a stub
  with its fingerprint only (its copy in a shard is then stored as an article of its own,
  as before the bodies were carried), counted in the header (``bodies_left_out``) and in the
  crawl's ``govarchive/job_state/bodies_left_out``.
  A state file written before (no ``body_fingerprint`` key) still reads: its stubs have none;
- ``site_chrome``: every learned line and affix.
- ``site_models``: the latest confident site model, with its ``evidence`` (migration
  ``0016_site_model_evidence``): the crawl starts from it and, as in the central archive, a
  final sample with the same evidence reuses it without a run (``govarchive/site_model/reused``).
  A state file written before the evidence was carried (no ``evidence`` key) still reads:
  the model's evidence is then unknown, and the crawl infers it as before.

``verify`` skips imported crawls and their captures (they are references, checked in the
central archive), and :mod:`archive.merge` never copies them back: it maps them to the
central rows by WARC record id.

What differs from a crawl in the central archive: a page the crawl would extract from its
archived copy is written as a full record in the shard, not as a revisit of the central
record (the shard cannot read that record): an article candidate that gave no article
before (same requests, same failures, one full record more), and an *orphan* capture of a
killed crawl (archived, never extracted), which the central archive's next crawl extracts
from the WARC and a shard fetches again.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database

from archive.db import DB_NAME, open_db
from archive.errors import ArchiveError
from archive.fts import index_article
from archive.sitemodels import recent_fingerprints
from archive.store import utc_timestamp

logger = logging.getLogger(__name__)

FORMAT = "govarchive-job-state"
VERSION = 1
SUFFIX = ".jsonl.gz"
#: the state file's name in a fleet job's shard folder
STATE_FILE = "job-state" + SUFFIX
#: bytes (UTF-8) of recent articles' bodies a state file carries at most, newest first: twice
#: the 17 MB of a site whose 5,000 recent articles are 3.5 kB each (about 10 MB gzipped)
BODY_BUDGET = 32_000_000
#: gzip level of a state file: zlib's default; 9 (gzip's) spent 4.1 s of a 5.3 s export of
#: 5,000 bodies for a file 1% smaller (benchmarks/README.md, "Job state size")
COMPRESS_LEVEL = 6

SITE_COLUMNS = ("id", "name", "base_url", "profile_hash", "profile_json", "first_crawl_at",
                "last_crawl_at")  # fmt: skip
CRAWL_COLUMNS = ("id", "site_id", "started_at", "finished_at", "status", "software")
CAPTURE_COLUMNS = ("id", "crawl_id", "site_id", "url", "method", "status", "fetched_at",
                   "content_type", "content_length", "payload_digest", "etag", "last_modified",
                   "warc_record_id", "record_type")  # fmt: skip
ARTICLE_COLUMNS = ("id", "site_id", "url", "title", "published_at", "date_precision",
                   "first_seen", "last_seen", "removed_at", "content_hash", "current_version",
                   "capture_id", "crawl_id", "body_fingerprint", "body")  # fmt: skip
CHROME_COLUMNS = ("site_id", "kind", "text", "crawl_id", "learned_at")
MODEL_COLUMNS = ("id", "site_id", "crawl_id", "model_json", "confident", "created_at",
                 "evidence")  # fmt: skip
TABLES = {"sites": SITE_COLUMNS, "crawls": CRAWL_COLUMNS, "captures": CAPTURE_COLUMNS,
          "articles": ARTICLE_COLUMNS, "site_chrome": CHROME_COLUMNS,
          "site_models": MODEL_COLUMNS}  # fmt: skip
#: columns a state file written by an earlier version lacks (None when read from one)
LATER_COLUMNS = {"site_models": ("evidence",), "articles": ("body_fingerprint", "body")}


#: each article's capture (validators of a re-check), and each URL's latest response (an
#: identical payload is then a revisit) unless the crawl would extract the page from that
#: response's record, which stays in the central archive: the page was an extraction
#: candidate that gave no article (a ``not_article:*`` or ``extract_failed`` failure), or the
#: response was archived by a crawl that was killed before it could extract it (an orphan)
_CAPTURES_SQL = (
    "id IN (SELECT capture_id FROM articles WHERE site_id = ?1) OR id IN ("
    " SELECT c.id FROM captures c JOIN crawls k ON k.id = c.crawl_id WHERE c.id IN ("
    "  SELECT MAX(id) FROM captures WHERE site_id = ?1 AND record_type = 'response'"
    "  AND warc_record_id IS NOT NULL GROUP BY url)"
    " AND (EXISTS (SELECT 1 FROM articles a WHERE a.url = c.url) OR ("
    "  k.status NOT IN ('interrupted', 'running') AND NOT EXISTS (SELECT 1 FROM failures f"
    "  WHERE f.site_id = ?1 AND f.url = c.url"
    "  AND (f.reason LIKE 'not_article:%' OR f.reason = 'extract_failed')))))"
    " ORDER BY id"
)


class UnknownSite(ArchiveError):
    """The archive holds no row of the site (it was never crawled there)."""


@dataclass
class StateSummary:
    """What a state file holds (or what was imported): rows per table."""

    site_id: str
    exported_at: str
    source: str
    rows: Counter[str] = field(default_factory=Counter)
    bodies: int = 0  # recent articles whose body the file carries
    bodies_left_out: int = 0  # recent articles past BODY_BUDGET: a fingerprint only


def _select(db: Database, table: str, where: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    columns = TABLES[table]
    cursor = db.execute(f"SELECT {', '.join(columns)} FROM {table} WHERE {where}", params)
    for row in cursor:
        yield dict(zip(columns, row, strict=True))


def export_site_state(
    db: Database, site_id: str, out: Path | str | IO[bytes], *, source: str = "",
    body_budget: int = BODY_BUDGET,
) -> StateSummary:  # fmt: skip
    """Write the known state of ``site_id`` (see the module docstring) to ``out``
    (gzipped JSON lines); ``source`` names the archive it comes from; ``body_budget`` the
    bytes of recent bodies carried at most (:data:`BODY_BUDGET`).

    :raises UnknownSite: the archive has no site ``site_id`` (a first crawl needs no state).
    """
    site = list(_select(db, "sites", "id = ?", [site_id]))
    if not site:
        raise UnknownSite(f"no site {site_id!r} in the archive")
    summary = StateSummary(site_id, utc_timestamp(), source)
    captures = list(_select(db, "captures", _CAPTURES_SQL, [site_id]))
    # the near-duplicate check's seed: the recent articles' fingerprints and bodies (newest
    # first, up to the budget); the other stubs carry their fingerprint only
    articles = list(_select(db, "articles", "site_id = ? ORDER BY id", [site_id]))
    recent = _carried(articles, [f.article_id for f in recent_fingerprints(db, site_id)],
                      body_budget, summary)  # fmt: skip
    articles = [row | {"body": row["body"] if row["id"] in recent else ""} for row in articles]
    chrome = list(_select(db, "site_chrome", "site_id = ? ORDER BY kind, text", [site_id]))
    # the site model the job's crawl starts from: the latest confident one
    models = list(_select(db, "site_models", "site_id = ? AND confident = 1 ORDER BY id DESC "
                          "LIMIT 1", [site_id]))  # fmt: skip
    (last_done,) = db.execute(
        "SELECT COALESCE(MAX(id), 0) FROM crawls WHERE site_id = ? "
        "AND status IN ('finished', 'partial', 'failed')",
        [site_id],
    ).fetchone()
    named = {row["crawl_id"] for row in (*captures, *articles, *chrome, *models)} - {None}
    crawls = [
        row | {"status": "interrupted" if row["status"] == "running" else row["status"]}
        for row in _select(db, "crawls", "site_id = ? ORDER BY id", [site_id])
        if row["id"] in named or row["id"] >= last_done
    ]
    header = {"format": FORMAT, "version": VERSION, "site": site_id,
              "exported_at": summary.exported_at, "source": source, "bodies": summary.bodies,
              "bodies_left_out": summary.bodies_left_out}  # fmt: skip
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=COMPRESS_LEVEL) as handle:
        handle.write(json.dumps(header, ensure_ascii=False) + "\n")
        for table, rows in (("sites", site), ("crawls", crawls), ("captures", captures),
                            ("articles", articles), ("site_chrome", chrome),
                            ("site_models", models)):  # fmt: skip
            for row in rows:
                handle.write(json.dumps({"table": table, "row": row}, ensure_ascii=False) + "\n")
            if rows or table != "site_models":  # (none: the file reads as before 0015)
                summary.rows[table] = len(rows)
        handle.write(json.dumps({"end": dict(summary.rows)}) + "\n")
    return summary


def _carried(
    articles: list[dict[str, Any]], newest_first: list[int], budget: int, summary: StateSummary
) -> set[int]:
    """The recent articles (ids, ``newest_first``) whose bodies fit in ``budget`` bytes,
    newest first: the first one past it ends the run. Counted (and logged) in ``summary``."""
    size = {row["id"]: len((row["body"] or "").encode()) for row in articles}
    carried: set[int] = set()
    total = 0
    for article_id in newest_first:
        total += size.get(article_id, 0)
        if total > budget:
            break
        carried.add(article_id)
    summary.bodies, summary.bodies_left_out = len(carried), len(newest_first) - len(carried)
    if summary.bodies_left_out:
        logger.warning(
            "Job state of %s: the bodies of its %d oldest recent articles were left out (past "
            "%d bytes of text); their copies met by the job are not found near-duplicates",
            summary.site_id, summary.bodies_left_out, budget,
        )  # fmt: skip
    return carried


def read_state(path: Path | str | IO[bytes]) -> tuple[StateSummary, list[tuple[str, dict[str, Any]]]]:
    """Read and check a state file: its summary and its ``(table, row)`` records.

    :raises ArchiveError: not a govarchive state file, truncated, or damaged (one line).
    """
    name = str(path) if isinstance(path, str | Path) else str(getattr(path, "name", "<state>"))
    records: list[tuple[str, dict[str, Any]]] = []
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ArchiveError(f"{name}: not a readable job state file ({exc})") from None
    try:
        header = json.loads(lines[0]) if lines else {}
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise ArchiveError(f"{name}: not a govarchive job state file (version {VERSION})")
        summary = StateSummary(header["site"], header["exported_at"], header.get("source", ""))
        summary.bodies = int(header.get("bodies") or 0)
        summary.bodies_left_out = int(header.get("bodies_left_out") or 0)
        end = json.loads(lines[-1]) if len(lines) > 1 else {}
        for number, line in enumerate(lines[1:-1], start=2):
            item = json.loads(line)
            table, row = item.get("table"), item.get("row")
            if table not in TABLES or not isinstance(row, dict):
                raise ArchiveError(f"{name}: line {number} is not a state record")
            later = LATER_COLUMNS.get(table, ())
            if set(row) != set(TABLES[table]) and set(row) != set(TABLES[table]) - set(later):
                raise ArchiveError(f"{name}: line {number} is not a state record")
            row = {column: row.get(column) for column in TABLES[table]}
            records.append((table, row))
            summary.rows[table] += 1
    except (ValueError, KeyError, AttributeError) as exc:
        raise ArchiveError(f"{name}: damaged job state file ({exc})") from None
    if not isinstance(end.get("end"), dict):
        raise ArchiveError(f"{name}: truncated job state file (no end record)")
    if {k: v for k, v in end["end"].items() if v} != {k: v for k, v in summary.rows.items() if v}:
        raise ArchiveError(f"{name}: damaged job state file (its rows do not match its end record)")
    return summary, records


def import_site_state(db: Database, path: Path | str | IO[bytes]) -> StateSummary:
    """Load a state file written by :func:`export_site_state` into a fresh archive, in one
    transaction, keeping every id (so a crawl there sees exactly what the central archive
    would show it).

    :raises ArchiveError: the archive already holds crawls; the file is bad (nothing is
        written then).
    """
    summary, records = read_state(path)
    if db.execute("SELECT 1 FROM crawls LIMIT 1").fetchone():
        raise ArchiveError(
            "a job state is imported into a fresh archive only (this one already holds crawls)"
        )
    source = summary.source or "central archive"
    with db.atomic():
        for table, row in records:
            if table == "sites":
                db.execute(
                    f"INSERT OR REPLACE INTO sites ({', '.join(row)}) "
                    f"VALUES ({', '.join('?' * len(row))})",
                    list(row.values()),
                )
                continue
            if table == "crawls":
                row = row | {"imported_from": source}
            if table == "articles":
                row = row | {"body": row["body"] or ""}
            db.execute(
                f"INSERT INTO {table} ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            if table == "articles":
                index_article(db, row["id"], row)
    return summary


def start_shard(root: Path | str, state: Path | str | None) -> StateSummary | None:
    """Create the shard archive of a fleet job in folder ``root`` and load its job ``state``
    (None: a first crawl, nothing to load). A shard that already holds crawls (the job was
    started before, and this is Scrapyd running it again) is left as it is: None.

    :raises ArchiveError: the state file is bad, or ``root`` cannot be written (nothing is
        imported then).
    """
    db = open_db(Path(root) / DB_NAME, create=True)
    try:
        if state is None or db.execute("SELECT 1 FROM crawls LIMIT 1").fetchone():
            return None
        return import_site_state(db, state)
    finally:
        db.close()


@dataclass(frozen=True)
class LastCrawl:
    """How a site's latest crawl in an archive ended: what the fleet needs to tell a crawl
    to continue (killed, or stopped at a job's page limit) from a crawl that is done."""

    site_id: str
    crawl_id: int
    status: str
    finish_reason: str | None
    max_pages: int | None  # the page limit the crawl ran with (0 or None: none)


def last_crawl_outcomes(db: Database) -> dict[str, LastCrawl]:
    """The latest crawl of each site (by id), with its finish reason and page limit."""
    rows = db.execute(
        "SELECT c.site_id, c.id, c.status, json_extract(c.stats_json, '$.finish_reason'), "
        "json_extract(c.settings_json, '$.max_pages') FROM crawls c "
        "WHERE c.id = (SELECT MAX(id) FROM crawls WHERE site_id = c.site_id)"
    ).fetchall()
    return {row[0]: LastCrawl(row[0], row[1], row[2], row[3],
                              int(row[4]) if row[4] else None) for row in rows}  # fmt: skip
