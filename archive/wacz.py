"""Export an archive (or one site) as a WACZ package, with the archived articles as its pages.

Written with the ``wacz`` package (Webrecorder's reference implementation): the WARC files,
a sorted CDXJ index (``indexes/index.cdx.gz``), ``pages/pages.jsonl`` and the
``datapackage.json`` manifest with a digest of every file. The pages list has one entry per
archived article: the URL and WARC timestamp of the capture it was extracted from (what a
replay tool needs to open it), its title and its publication date (``published_at``).
ReplayWeb.page and pywb open the result as is.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import tempfile
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


def _pages(db: Database, site: str | None) -> list[dict[str, str]]:
    rows = db.execute(
        "SELECT a.id, a.title, a.published_at, c.url, c.fetched_at FROM articles a "
        "JOIN captures c ON c.id = a.capture_id "
        "WHERE (:site IS NULL OR a.site_id = :site) AND c.record_type = 'response' "
        "ORDER BY a.published_at, a.id",
        {"site": site},
    )
    pages = []
    for article_id, title, published, url, fetched in rows:
        page = {"id": f"article-{article_id}", "url": url, "ts": fetched, "title": title}
        if published:
            page["published_at"] = published
        pages.append(page)
    return pages


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
    pages = _pages(db, site)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        pages_file = Path(tmp) / "pages.jsonl"
        header = {"format": "json-pages-1.0", "id": "pages", "title": "Archived articles"}
        lines = [json.dumps(header)] + [json.dumps(p, ensure_ascii=False) for p in pages]
        pages_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        partial = output.with_name(output.name + ".part")
        args = ["create", "-o", str(partial), "-p", str(pages_file), *map(str, files)]
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
        partial.replace(output)
    for line in chatter.getvalue().splitlines():
        if line.startswith("Invalid passed page"):
            report.unmatched.append(line.split("for ", 1)[-1])
    report.pages = len(pages) - len(report.unmatched)
    return report
