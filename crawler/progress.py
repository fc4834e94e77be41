"""The live progress display and the end-of-crawl summary (rich)."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import Console, Group
from rich.live import Live
from rich.markup import escape
from rich.table import Table

from crawler.run import CrawlSummary

#: why a crawl ended (Scrapy's finish reason), in words
REASONS = {
    "finished": "ran to the end",
    "closespider_pagecount": "stopped at the page limit",
    "closespider_itemcount": "stopped at the item limit",
    "closespider_timeout": "stopped at the time limit",
    "closespider_errorcount": "stopped at the error limit",
    "shutdown": "stopped (Ctrl-C or SIGTERM)",
    "cancelled": "cancelled",
    "disk_full": "the archive's disk is full",
}

#: the live table's columns: short headers, so that it fits 80 columns unbroken (a site's
#: name folds, ``(done)`` after it once its crawl has ended)
LIVE_COLUMNS = ("site", "pages", "pages/s", "new", "changed", "same", "removed", "other",
                "errors")  # fmt: skip
LIVE_CAPTION = "new, changed, same, removed: articles; other: pages that are not articles"


def status_phrase(s: CrawlSummary) -> str:
    """``finished``; ``partial: ran to the end, 2 errors``; ``partial: stopped at the page
    limit``; ``failed: nothing fetched``; ``skipped: <why>``: the status first, then why,
    never a status beside a contradicting reason."""
    if s.status == "finished":
        return "finished"
    if s.status == "skipped" or s.crawl_id is None:
        return f"{s.status}: {s.finish_reason}"
    errors = sum(s.errors.values())
    why = REASONS.get(s.finish_reason, s.finish_reason)
    if s.status == "failed" and s.finish_reason != "disk_full" and not s.count("govarchive/responses_ok"):
        why = f"nothing fetched ({why})"
    return f"{s.status}: {why}" + (f", {errors} error(s)" if errors else "")


#: the summary's rows shown even at 0 (what every crawl is about); the others, each a
#: feature's count (sitemaps, canonical links, revisits, citations, the site model...), only
#: when not 0, so a summary lists what happened rather than thirty zeros
CORE_ROWS = frozenset({"pages fetched (all responses)", "articles new", "articles changed",
                       "articles unchanged", "articles removed", "dates unparsed",
                       "WARC bytes"})  # fmt: skip

#: Twisted's connection failures, in words
_CONNECT_FAILURES = {
    "DownloadConnectionRefusedError": "connection refused",
    "ConnectionRefusedError": "connection refused",
    "DNSLookupError": "the host name does not resolve",
    "TimeoutError": "no answer (timed out)",
    "TCPTimedOutError": "no answer (timed out)",
    "DownloadTimeoutError": "no answer (timed out)",
    "ConnectError": "could not connect",
    "NoRouteError": "no route to the host",
}


def unreachable_hint(s: CrawlSummary) -> str | None:
    """One line saying why a crawl that fetched nothing could not reach its site, and what
    to check; None when something was fetched or the failures were not connection ones."""
    if s.count("govarchive/responses_ok") or s.count("govarchive/pages"):
        return None
    failures = s.prefixed("govarchive/download_exceptions/")
    why = sorted({_CONNECT_FAILURES[k] for k in failures if k in _CONNECT_FAILURES})
    if not why:
        return None
    return (f"[red]The site could not be reached ({', '.join(why)}, "
            f"{sum(failures.values())} attempt(s)): check the URL or start URLs, that the site "
            "is up, and any proxy (HTTPS_PROXY).[/red]")  # fmt: skip


class CrawlProgress:
    """A table refreshed from the crawlers' stats: pages, articles, errors and rate per site."""

    def __init__(self, console: Console):
        self.console = console
        self.crawlers: list[Any] = []
        self.started = time.monotonic()
        self.live: Live | None = None

    def start(self, crawlers: Sequence[Any]) -> None:
        self.crawlers = list(crawlers)
        self.started = time.monotonic()
        self.live = Live(
            get_renderable=self.render, console=self.console, refresh_per_second=2, transient=True
        )
        self.live.start()

    def stop(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None

    def render(self) -> Table:
        elapsed = max(time.monotonic() - self.started, 1.0)  # no absurd rate at the start
        table = Table(title=f"Crawling ({elapsed:.0f}s)", caption=LIVE_CAPTION, box=box.SIMPLE_HEAD,
                      show_edge=False, pad_edge=False,
                      expand=False)  # fmt: skip
        for column in LIVE_COLUMNS:  # headers never cut: the site's name folds instead
            if column == "site":
                table.add_column(column, overflow="fold", min_width=10)
            else:
                table.add_column(column, justify="right", min_width=len(column), no_wrap=True)
        for crawler in self.crawlers:
            stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
            pages = int(stats.get("govarchive/pages", 0))
            counts = [
                str(int(stats.get(f"govarchive/articles/{k}", 0)))
                for k in ("new", "changed", "unchanged", "removed")
            ]
            not_articles = _sum_prefix(stats, "govarchive/not_article/")
            errors = _sum_prefix(stats, "govarchive/errors/")
            done = " (done)" if "finish_reason" in stats else ""
            table.add_row(
                crawler.spidercls.name + done, str(pages), f"{pages / elapsed:.1f}", *counts,
                str(not_articles), str(errors),
            )  # fmt: skip
        return table


def _sum_prefix(stats: dict[str, Any], prefix: str) -> int:
    return sum(int(v) for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))


def _model_rows(s: CrawlSummary) -> list[tuple[str, str]]:
    """The site model the crawl inferred: confident or not, page types, article URLs,
    selectors, evidence."""
    from pipelines.sitemodel import describe, load_model

    model = load_model(s.site_model)
    if model is None:
        return []
    return describe(model, in_use=bool(s.count("govarchive/site_model/in_use")))


def summary_renderable(summaries: Sequence[CrawlSummary]) -> Group:
    parts: list[Any] = []
    for s in summaries:
        table = Table(title=f"{s.site_id}: crawl {s.crawl_id} {status_phrase(s)}",
                      show_header=False, title_justify="left")  # fmt: skip
        table.add_column("what")
        table.add_column("count", justify="right")
        started, finished = s.stats.get("start_time"), s.stats.get("finish_time")
        if started and finished:
            table.add_row("duration", f"{(finished - started).total_seconds():.1f}s")
        rows = [
            ("pages fetched (all responses)", s.count("govarchive/pages")),
            ("articles new", s.count("govarchive/articles/new")),
            ("articles changed", s.count("govarchive/articles/changed")),
            ("articles unchanged", s.count("govarchive/articles/unchanged")),
            ("articles not modified (304)", s.count("govarchive/articles/not_modified")),
            ("articles removed", s.count("govarchive/articles/removed")),
            ("articles re-checked", s.count("govarchive/articles/rechecked")),
            ("re-checked: sitemap lastmod newer", s.count("govarchive/articles/rechecked_lastmod")),
            ("sitemap lastmod not a date", s.count("govarchive/sitemap/lastmod_unparsed")),
            ("sitemaps with one lastmod for all", s.count("govarchive/sitemap/lastmod_uniform")),
            ("archived articles linked, not fetched again", s.count("govarchive/known_articles_linked")),
            ("links to them not followed", s.count("govarchive/skipped/known_article")),
            ("dropped for canonical (archived or scheduled)", s.count("govarchive/canonical/dropped")),
            ("canonical URLs requested", s.count("govarchive/canonical/requested")),
            ("canonical URLs off the site", s.count("govarchive/canonical/unreachable")),
            ("links forbidden by robots.txt", s.count("govarchive/robots/forbidden")),
            ("probes not found (robots.txt, guessed sitemap)", s.count("govarchive/probe/missing")),
            ("resumed: orphan captures extracted", s.count("govarchive/resumed/orphan_captures")),
            ("WARC revisit records", s.count("govarchive/revisits/server_not_modified")
             + s.count("govarchive/revisits/identical_payload")),
            ("attachments captured", s.count("govarchive/attachments/captured")),
            ("attachments unchanged (revisit; text kept)", s.count("govarchive/attachments/revisit")),
            ("articles whose citations were stored", s.count("govarchive/refs/articles")),
            ("citations of legal documents stored", s.count("govarchive/refs/citations")),
            ("dates unparsed", s.count("govarchive/date_unparsed")),
            ("dates found by htmldate only", s.count("govarchive/date_htmldate")),
            ("invalid JSON-LD skipped", s.count("govarchive/jsonld_invalid")),
            ("chrome lines removed", s.count("govarchive/chrome_removed")),
            ("records held for the site model or chrome", s.count("govarchive/held")),
            ("site model inferred (runs)", s.count("govarchive/site_model/runs")),
            ("site model runs skipped (model stable)", s.count("govarchive/site_model/skipped")),
            ("records re-extracted with a new site model", s.count("govarchive/site_model/reextracted")),
            ("articles taken back (typed by the final model)", s.count("govarchive/site_model/taken_back")),
            ("near-duplicates stored as one article", s.count("govarchive/dropped/near_duplicate")),
            ("WARC bytes", s.count("govarchive/warc_bytes")),
        ]
        for label, value in rows:
            if value or label in CORE_ROWS:  # a feature's row only when it did something
                table.add_row(label, str(value))
        for kind in ("image", "stylesheet", "script", "font"):  # page requisites (WARC only)
            counts = [s.count(f"govarchive/requisites/{kind}/{outcome}")
                      for outcome in ("requested", "captured", "revisit", "failed", "forbidden")]  # fmt: skip
            if any(counts):
                table.add_row(f"requisites {kind}: requested / captured / revisit / failed"
                              + (" / robots.txt" if counts[4] else ""),
                              " / ".join(map(str, counts if counts[4] else counts[:4])))  # fmt: skip
        if offsite := s.count("govarchive/requisites/offsite"):
            table.add_row("requisites on other hosts (not fetched)", str(offsite))
        for status, value in s.prefixed("govarchive/attachments/text/").items():
            table.add_row(f"attachments' text: {status}", str(value))
        if s.count("govarchive/attachments/unreadable"):
            table.add_row("[red]attachments unreadable[/red]",
                          str(s.count("govarchive/attachments/unreadable")))  # fmt: skip
        for outcome, value in s.prefixed("govarchive/notify/").items():
            table.add_row(f"notifications: {outcome}", str(value))
        for reason, value in s.prefixed("govarchive/skipped/").items():
            if reason != "known_article":
                table.add_row(f"links not followed: {reason}", str(value))
        for kind, value in s.prefixed("govarchive/trap/").items():
            table.add_row(f"trap links not followed: {kind}", str(value))
        for label, value in _model_rows(s):
            table.add_row(f"{label}: {escape(value)}", "")
        for article in s.removed:
            table.add_row(f"[yellow]removed ({article['reason']}): {article['url']}[/yellow]", "")
        for reason, value in s.prefixed("govarchive/not_article/").items():
            if value:  # a refusal later found to be of another type leaves a 0
                table.add_row(f"not an article: {reason}", str(value))
        for kind, value in s.errors.items():
            table.add_row(f"[red]error: {kind}[/red]", str(value))
        for kind, value in s.prefixed("govarchive/download_exceptions/").items():
            table.add_row(f"download attempts failed: {kind}", str(value))
        if hint := unreachable_hint(s):
            table.caption, table.caption_justify = hint, "left"
        parts.append(table)
    return Group(*parts)
