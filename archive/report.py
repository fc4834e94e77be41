"""What an archive holds and how its crawls went, per site: the data of ``govarchive report``.

:func:`build_report` reads the archive (streaming the article texts once, for the chrome
check) and returns plain dataclasses; :mod:`archive.report_html` renders them as one
self-contained HTML file.

Each site also shows its newest changes (:mod:`archive.changes`: edits, retitles, redates,
removals, with word diffs) and the legal documents its articles cite most, per month
(:func:`archive.docrefs.most_cited`); the archive's attached documents are counted by text
status.

Suspected chrome leaks are lines that extraction kept but that look like portal furniture:
either a line the chrome filter calls sure chrome (a visitor counter, "Đăng nhập", ©) at
the start or end of a body, or the same short line opening or closing many articles of
one site (at least :data:`REPEAT_MIN` of them and :data:`REPEAT_SHARE` of the site's).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from archive.attachtext import attachment_text_counts
from archive.changes import Change, changes
from archive.docrefs import most_cited
from archive.errors import InvalidFilter

REPEAT_MIN = 3
REPEAT_SHARE = 0.2
EDGE_LINES = 2  # lines checked at each end of a body
SHORT_LINE = 200  # chrome lines are short
EXAMPLES = 10  # rows listed per problem kind
CHANGES = 20  # newest changes listed per site
CITED_MONTHS = 12  # months of "most cited documents" per site
CITED_PER_MONTH = 5


@dataclass
class CrawlRow:
    id: int
    started_at: str
    finished_at: str | None
    status: str
    pages: int
    articles_new: int
    articles_changed: int
    articles_removed: int
    errors: dict[str, int]
    dates_unparsed: int
    chrome_removed: int


@dataclass
class SiteReport:
    id: str
    name: str
    base_url: str
    articles: int = 0
    per_month: list[tuple[str, int]] = field(default_factory=list)
    missing_dates: int = 0
    missing_date_examples: list[tuple[int, str, str]] = field(default_factory=list)
    removed: int = 0
    removed_examples: list[tuple[int, str, str]] = field(default_factory=list)
    chrome_leaks: list[tuple[str, int]] = field(default_factory=list)  # (line, articles)
    crawls: list[CrawlRow] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)  # newest first
    most_cited: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # month -> docs

    @property
    def pages_fetched(self) -> int:
        return sum(c.pages for c in self.crawls)

    @property
    def errors(self) -> int:
        return sum(sum(c.errors.values()) for c in self.crawls)


@dataclass
class Report:
    sites: list[SiteReport]
    generated_at: str
    attachment_texts: dict[str, int] = field(default_factory=dict)  # status -> attachments


def build_report(
    db: Database,
    site: str | None = None,
    *,
    generated_at: str = "",
    chrome_kind: Callable[[str], str | None] | None = None,
) -> Report:
    """Gather the report of every site (or of ``site``). ``chrome_kind(line)`` says whether a
    line is surely chrome (``"strong"``): extraction's judgement, given by the caller (the
    archive knows nothing of extraction); without it, only lines repeated across many
    articles are suspected.

    :raises InvalidFilter: ``site`` is not in the archive.
    """
    rows = list(db.query("SELECT id, name, base_url FROM sites ORDER BY id"))
    if site is not None:
        rows = [r for r in rows if r["id"] == site]
        if not rows:
            known = ", ".join(r["id"] for r in db.query("SELECT id FROM sites ORDER BY id"))
            raise InvalidFilter(
                f"No site {site!r} in this archive; its sites are: {known or '(none)'}"
            )
    reports = []
    for row in rows:
        report = SiteReport(row["id"], row["name"], row["base_url"])
        _articles(db, report)
        report.crawls = _crawls(db, report.id)
        report.chrome_leaks = suspected_chrome(db, report.id, report.articles, chrome_kind)
        report.changes = changes(db, site=report.id, limit=CHANGES)
        cited = most_cited(db, site=report.id, per_month=CITED_PER_MONTH)
        report.most_cited = dict(list(cited.items())[:CITED_MONTHS])
        reports.append(report)
    return Report(reports, generated_at, attachment_text_counts(db))


def _articles(db: Database, report: SiteReport) -> None:
    args = [report.id]
    report.articles = db.execute(
        "SELECT count(*) FROM articles WHERE site_id = ?", args
    ).fetchone()[0]
    report.per_month = [
        (month, count)
        for month, count in db.execute(
            "SELECT substr(published_at, 1, 7) AS month, count(*) FROM articles "
            "WHERE site_id = ? AND published_at IS NOT NULL GROUP BY month ORDER BY month",
            args,
        ).fetchall()
    ]
    report.missing_dates = db.execute(
        "SELECT count(*) FROM articles WHERE site_id = ? AND published_at IS NULL", args
    ).fetchone()[0]
    report.missing_date_examples = db.execute(
        "SELECT id, url, title FROM articles WHERE site_id = ? AND published_at IS NULL "
        f"ORDER BY id LIMIT {EXAMPLES}",
        args,
    ).fetchall()
    report.removed = db.execute(
        "SELECT count(*) FROM articles WHERE site_id = ? AND removed_at IS NOT NULL", args
    ).fetchone()[0]
    report.removed_examples = db.execute(
        "SELECT id, url, removed_at FROM articles WHERE site_id = ? AND removed_at IS NOT NULL "
        f"ORDER BY removed_at DESC LIMIT {EXAMPLES}",
        args,
    ).fetchall()


def _crawls(db: Database, site_id: str) -> list[CrawlRow]:
    columns = {c.name for c in db["crawls"].columns}
    removed = "articles_removed" if "articles_removed" in columns else "0"
    failures: dict[int, dict[str, int]] = {}
    for crawl_id, reason, count in db.execute(
        "SELECT crawl_id, reason, count(*) FROM failures WHERE site_id = ? "
        "GROUP BY crawl_id, reason ORDER BY crawl_id, reason",
        [site_id],
    ).fetchall():
        failures.setdefault(crawl_id, {})[reason] = count
    crawls = []
    for row in db.query(
        f"SELECT id, started_at, finished_at, status, pages, articles_new, articles_changed, "
        f"{removed} AS articles_removed, stats_json FROM crawls WHERE site_id = ? ORDER BY id",
        [site_id],
    ):
        stats: dict[str, Any] = json.loads(row["stats_json"] or "{}")
        errors = failures.get(row["id"]) or {
            key.rsplit("/", 1)[1]: int(value)
            for key, value in stats.items()
            if key.startswith("govarchive/errors/")
        }
        crawls.append(
            CrawlRow(
                id=row["id"],
                started_at=row["started_at"],
                finished_at=row["finished_at"],
                status=row["status"],
                pages=row["pages"],
                articles_new=row["articles_new"],
                articles_changed=row["articles_changed"],
                articles_removed=row["articles_removed"],
                errors=errors,
                dates_unparsed=int(stats.get("govarchive/date_unparsed", 0)),
                chrome_removed=int(stats.get("govarchive/chrome_removed", 0)),
            )
        )
    return crawls


def _is_byline(line: str, author: str | None, source: str | None) -> bool:
    """A signature or source line repeats across one author's articles: it is not chrome."""
    return bool(
        (author and author in line)
        or (source and source in line)
        or line.lower().startswith(("nguồn", "theo "))
    )


def suspected_chrome(
    db: Database,
    site_id: str,
    articles: int,
    chrome_kind: Callable[[str], str | None] | None = None,
) -> list[tuple[str, int]]:
    """Lines suspected to be chrome in a site's bodies, with how many articles hold them,
    most frequent first (streams the bodies; memory grows with distinct short edge lines)."""
    edges: Counter[str] = Counter()
    sure: Counter[str] = Counter()
    last = 0
    while True:
        rows = db.execute(
            "SELECT id, body, author, source FROM articles WHERE site_id = ? AND id > ? "
            "ORDER BY id LIMIT 1000",
            [site_id, last],
        ).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        for _, body, author, source in rows:
            lines = [line.strip() for line in (body or "").split("\n") if line.strip()]
            seen = set(lines[:EDGE_LINES] + lines[-EDGE_LINES:])
            for line in seen:
                if len(line) > SHORT_LINE or _is_byline(line, author, source):
                    continue
                edges[line] += 1
                if chrome_kind is not None and chrome_kind(line) == "strong":
                    sure[line] += 1
    threshold = max(REPEAT_MIN, int(articles * REPEAT_SHARE + 0.999))
    found = dict(sure)
    found.update({line: n for line, n in edges.items() if n >= threshold})
    return sorted(found.items(), key=lambda item: (-item[1], item[0]))[:EXAMPLES]
