"""Export an archive (or one site) as a WACZ package, with the archived articles as its pages.

Written with the ``wacz`` package (Webrecorder's reference implementation): the WARC files,
a sorted CDXJ index (``indexes/index.cdx.gz``), ``pages/pages.jsonl`` and the
``datapackage.json`` manifest (titled, described, a digest of every file). The pages list
has one entry per archived article: the URL and WARC timestamp of the capture it was
extracted from (what a replay tool needs to open it), its ``title``, its ``text`` (the
article's lead and body, what ReplayWeb.page's full-text search reads; the header says
``hasText``) and its publication date (``published_at``).

ReplayWeb.page opens the file as it is; pywb 2.10 unpacks it into a collection
(``wb-manager add --unpack-wacz COLLECTION FILE.wacz``): see docs/warc.md.
"""

from __future__ import annotations

import contextlib
import gzip
import io
import json
import logging
import re
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from archive.errors import ArchiveError
from archive.warcread import OPEN_SUFFIX

logger = logging.getLogger(__name__)


class WaczError(ArchiveError):
    """The WACZ file could not be written."""


@dataclass
class WaczReport:
    output: Path
    warc_files: list[str] = field(default_factory=list)
    pages: int = 0
    unmatched: list[str] = field(default_factory=list)  # pages the WARCs did not hold
    skipped_open: list[str] = field(default_factory=list)  # files still being written


def _pages(db: Database, site: str | None) -> Iterator[dict[str, str]]:
    rows = db.execute(
        "SELECT a.id, a.title, a.published_at, a.lead, a.body, c.url, c.fetched_at "
        "FROM articles a JOIN captures c ON c.id = a.capture_id "
        "WHERE (:site IS NULL OR a.site_id = :site) AND c.record_type = 'response' "
        "ORDER BY a.published_at, a.id",
        {"site": site},
    )
    for article_id, title, published, lead, body, url, fetched in rows:
        page = {"id": f"article-{article_id}", "url": url, "ts": fetched, "title": title}
        if lead and not (body or "").startswith(lead):
            body = f"{lead}\n\n{body}" if body else lead
        if body:
            page["text"] = body
        if published:
            page["published_at"] = published
        yield page


def _description(db: Database, site: str | None) -> tuple[str, str]:
    """The package's title and description."""
    sites = db.execute(
        "SELECT id, name FROM sites WHERE :site IS NULL OR id = :site ORDER BY id", {"site": site}
    ).fetchall()
    where = "WHERE site_id = :site" if site else ""
    count, first, last = db.execute(
        f"SELECT count(*), min(first_seen), max(last_seen) FROM articles {where}", {"site": site}
    ).fetchone()
    names = ", ".join(f"{name} ({id_})" if name else id_ for id_, name in sites)
    if site:
        title = f"{names}: articles archived by govarchive"
    else:
        title = f"Government news portals archived by govarchive: {names}"
    desc = (
        f"{count} article(s), each a page of this package (title, text, publication date), "
        f"captured from {first or '?'} to {last or '?'}. Texts belong to their publishers."
    )
    return title, desc


def _replayable(output: Path, wanted: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """Those of ``wanted`` (URL, 14-digit timestamp) that the package's CDXJ index holds."""
    found = set()
    with zipfile.ZipFile(output) as package:
        names = [n for n in package.namelist() if re.fullmatch(r"indexes/[^/]+\.cdxj?\.gz", n)]
        for name in names:
            with package.open(name) as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
                for line in lines:
                    _, timestamp, fields = line.split(" ", 2)
                    key = (json.loads(fields)["url"], timestamp)
                    if key in wanted:
                        found.add(key)
    return found


def _timestamp(fetched_at: str) -> str:
    return re.sub(r"\D", "", fetched_at[:19])


def _warc_files(db: Database, root: Path, site: str | None) -> tuple[list[Path], list[str]]:
    names: set[str] = set()
    rows = db.execute(
        "SELECT DISTINCT warc_file FROM captures WHERE warc_file IS NOT NULL "
        "AND (:site IS NULL OR site_id = :site)",
        {"site": site},
    )
    names.update(name for (name,) in rows)
    files, still_open = [], []
    for name in sorted(names):
        path = root / name
        if path.is_file():
            files.append(path)
        elif path.with_name(path.name + OPEN_SUFFIX).is_file() or name.endswith(OPEN_SUFFIX):
            still_open.append(name)
        else:
            raise WaczError(f"WARC file {name} is missing (see `govarchive verify`)")
    return files, still_open


def export_wacz(db: Database, root: Path, output: Path, *, site: str | None = None) -> WaczReport:
    """Write ``output`` (a .wacz file) from the archive in folder ``root``.

    :raises WaczError: no WARC files to export, a missing file, duplicate file names, or
        the ``wacz`` tool failed.
    """
    from wacz.main import main as wacz_main  # lazy: a heavy import, only needed here

    if site and not db.execute("SELECT 1 FROM sites WHERE id = ?", [site]).fetchone():
        raise WaczError(f"Unknown site {site!r} in this archive.")
    files, still_open = _warc_files(db, root, site)
    if not files:
        raise WaczError(
            "nothing to export: no finished WARC files" + (f" for {site}" if site else "")
        )
    if len({p.name for p in files}) != len(files):
        raise WaczError("two WARC files share a name; a WACZ keeps only base names")
    report = WaczReport(Path(output), [p.relative_to(root).as_posix() for p in files])
    report.skipped_open = still_open
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    title, desc = _description(db, site)
    pages: list[tuple[str, str, str]] = []  # (id, url, ts), to check against the index
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.jsonl"
        header = {"format": "json-pages-1.0", "id": "pages", "title": "Archived articles",
                  "hasText": True}  # fmt: skip
        with pages_file.open("w", encoding="utf-8") as out:
            out.write(json.dumps(header) + "\n")
            for page in _pages(db, site):
                out.write(json.dumps(page, ensure_ascii=False) + "\n")
                pages.append((page["id"], page["url"], page["ts"]))
        partial = output.with_name(output.name + ".part")
        # -c: the pages file goes in as written (the tool's own page matching would drop
        # the header's hasText); every page is checked against the index below instead
        args = ["create", "-o", str(partial), "-p", str(pages_file), "-c",
                "--title", title, "--desc", desc, *map(str, files)]  # fmt: skip
        chatter = io.StringIO()
        try:
            with contextlib.redirect_stdout(chatter):
                status = wacz_main(args)
        except Exception as exc:  # the tool raises on unreadable WARCs
            partial.unlink(missing_ok=True)
            raise WaczError(f"wacz create failed: {type(exc).__name__}: {exc}") from exc
        if status:
            partial.unlink(missing_ok=True)
            raise WaczError(f"wacz create failed: {chatter.getvalue().strip()[-300:]}")
        replayable = _replayable(partial, {(url, _timestamp(ts)) for _, url, ts in pages})
        partial.replace(output)
    report.unmatched = [f"{id_} {ts} {url}" for id_, url, ts in pages
                        if (url, _timestamp(ts)) not in replayable]  # fmt: skip
    for page in report.unmatched:
        logger.warning("WACZ page without a record in the package: %s", page)
    report.pages = len(pages) - len(report.unmatched)
    return report
