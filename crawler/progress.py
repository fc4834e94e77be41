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
    "archive_locked": "another process kept the archive's write lock",
}

NOTHING_FETCHED = "no page could be fetched"

#: the live table's columns: short headers, so that it fits 80 columns unbroken (a site's
#: name folds, ``(done)`` after it once its crawl has ended)
LIVE_COLUMNS = ("site", "pages", "pages/s", "new", "changed", "same", "removed", "other",
                "errors")  # fmt: skip
LIVE_CAPTION = "new, changed, same, removed: articles; other: pages that are not articles"


def status_phrase(s: CrawlSummary) -> str:
    """``finished``; ``partial: ran to the end, 2 errors``; ``partial: stopped at the page
    limit``; ``failed: no page could be fetched``; ``skipped: <why>``: the status first, then why,
    never a status beside a contradicting reason."""
    if s.status == "finished":
        return "finished"
    if s.status == "skipped" or s.crawl_id is None:
        return f"{s.status}: {s.finish_reason}"
    errors = sum(s.errors.values())
    why = REASONS.get(s.finish_reason, s.finish_reason)
    if s.status == "failed" and s.finish_reason != "disk_full" and not s.count("govarchive/responses_ok"):
        # the crawl "ran to the end" of nothing: say only that no page came (round 21's walk)
        why = NOTHING_FETCHED + ("" if s.finish_reason == "finished" else f"; {why}")
    return f"{s.status}: {why}" + (f", {errors} error(s)" if errors else "")


def resume_hint(s: CrawlSummary) -> str | None:
    """What to do after a crawl stopped by Ctrl-C or SIGTERM: the summary said only that it
    stopped, not that running it again goes on from there."""
    if s.status != "interrupted" or s.finish_reason != "shutdown":
        return None
    return (f"{s.site_id}: crawl {s.crawl_id} was stopped before its end; what it fetched is "
            "archived: run the same command again to go on (nothing is stored twice)")  # fmt: skip


#: the summary's rows shown even at 0 (what every crawl is about); the others, each a
#: feature's count (sitemaps, canonical links, revisits, citations, the site model...), only
#: when not 0, so a summary lists what happened rather than thirty zeros
CORE_ROWS = frozenset({"pages fetched (all responses)", "articles new", "articles changed",
                       "articles unchanged", "articles removed", "dates unparsed",
                       "WARC bytes"})  # fmt: skip

#: the summary's count rows: (label, the stats keys it sums); a row shows when its value is
#: not 0, or always for :data:`CORE_ROWS`
COUNT_ROWS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("pages fetched (all responses)", ("govarchive/pages",)),
    ("responses OK (2xx, 304)", ("govarchive/responses_ok",)),
    ("responses not HTML (documents, feeds, images)", ("govarchive/non_html",)),
    ("WARC records read (an import)", ("govarchive/records",)),
    ("URLs from the sitemaps", ("govarchive/discovered/sitemap",)),
    ("start URLs from the site module", ("govarchive/site_module/start_urls",)),
    ("URLs found by the site module", ("govarchive/site_module/discovered",)),
    ("retries (Scrapy's retry middleware)", ("retry/count",)),
    ("requests given up after their retries", ("retry/max_reached",)),
    ("robots.txt crawl delay (s)", ("govarchive/robots/crawl_delay",)),
    ("job state rows imported (fleet shard)", ("govarchive/job_state_rows",)),
    ("job state: recent bodies left out (past its size cap)",
     ("govarchive/job_state/bodies_left_out",)),
    ("interrupted crawls resumed", ("govarchive/resumed_crawls",)),
    ("resumed: captures restored from the WARC", ("govarchive/resumed/captures_restored",)),
    ("waits for another process's write lock on the archive", ("govarchive/archive_lock_waits",)),
    ("articles new", ("govarchive/articles/new",)),
    ("articles changed", ("govarchive/articles/changed",)),
    ("articles unchanged", ("govarchive/articles/unchanged",)),
    ("articles not modified (304)", ("govarchive/articles/not_modified",)),
    ("articles removed", ("govarchive/articles/removed",)),
    ("removed articles still gone", ("govarchive/articles/still_removed",)),
    ("removed articles back (restored)", ("govarchive/articles/restored",)),
    ("articles joined from their parts (pages)", ("govarchive/articles/joined_parts",)),
    ("articles checked again with the final knowledge", ("govarchive/articles/settle_checked",)),
    ("articles restated by that check", ("govarchive/articles/settled",)),
    ("records extracted again (knowledge changed)", ("govarchive/extracted_again",)),
    ("articles re-checked", ("govarchive/articles/rechecked",)),
    ("re-checked: sitemap lastmod newer", ("govarchive/articles/rechecked_lastmod",)),
    ("sitemap lastmod not a date", ("govarchive/sitemap/lastmod_unparsed",)),
    ("sitemaps with one lastmod for all", ("govarchive/sitemap/lastmod_uniform",)),
    ("archived articles linked, not fetched again", ("govarchive/known_articles_linked",)),
    ("links to them not followed", ("govarchive/skipped/known_article",)),
    ("links to URLs already requested", ("govarchive/duplicate_links",)),
    ("dropped for canonical (archived or scheduled)", ("govarchive/canonical/dropped",)),
    ("canonical URLs requested", ("govarchive/canonical/requested",)),
    ("canonical URLs off the site", ("govarchive/canonical/unreachable",)),
    ("links forbidden by robots.txt", ("govarchive/robots/forbidden",)),
    ("probes not found (robots.txt, guessed sitemap)", ("govarchive/probe/missing",)),
    ("resumed: orphan captures extracted", ("govarchive/resumed/orphan_captures",)),
    ("WARC revisit records",
     ("govarchive/revisits/server_not_modified", "govarchive/revisits/identical_payload")),
    ("attachments captured", ("govarchive/attachments/captured",)),
    ("attachments requested", ("govarchive/attachments/requested",)),
    ("attachments unchanged (revisit; text kept)", ("govarchive/attachments/revisit",)),
    ("articles whose citations were stored", ("govarchive/refs/articles",)),
    ("citations of legal documents stored", ("govarchive/refs/citations",)),
    ("attachments' texts stored", ("govarchive/attachments/text_stored",)),
    ("dates unparsed", ("govarchive/date_unparsed",)),
    ("dates found by htmldate only", ("govarchive/date_htmldate",)),
    ("invalid JSON-LD skipped", ("govarchive/jsonld_invalid",)),
    ("chrome lines removed", ("govarchive/chrome_removed",)),
    ("chrome lines learned", ("govarchive/chrome_learned",)),
    ("records held for the site model or chrome", ("govarchive/held",)),
    ("held records decided without extracting again", ("govarchive/held_kept",)),
    ("held records extracted again (knowledge changed)", ("govarchive/held_reextracted",)),
    ("pages sent to extraction (again included)", ("govarchive/extractions",)),
    ("site model inferred (runs)", ("govarchive/site_model/runs",)),
    ("site model runs skipped (model stable)", ("govarchive/site_model/skipped",)),
    ("site model changes adopted", ("govarchive/site_model/adopted",)),
    ("site model reused (same evidence, no run)", ("govarchive/site_model/reused",)),
    ("articles the model does not explain (page by page)", ("govarchive/site_model/fallback",)),
    ("site model sample (pages)", ("govarchive/site_model/sample",)),
    ("records re-extracted with a new site model", ("govarchive/site_model/reextracted",)),
    ("articles taken back (typed by the final model)", ("govarchive/site_model/taken_back",)),
    ("near-duplicates stored as one article", ("govarchive/dropped/near_duplicate",)),
    ("WARC bytes", ("govarchive/warc_bytes",)),
    ("feeds that could not be written", ("govarchive/feeds/failed",)),
)

#: rows of one stats key each under a prefix: (prefix, the row's label for the rest of the key),
#: in the order they follow the count rows (the site model's rows and the removed articles
#: come before the ``LATE_`` ones)
PREFIX_ROWS = (
    ("govarchive/status/", "HTTP {} responses"),
    ("govarchive/attachments/text/", "attachments' text: {}"),
    ("govarchive/notify/", "notifications: {}"),
    ("govarchive/skipped/", "links not followed: {}"),
    ("govarchive/trap/", "trap links not followed: {}"),
)
LATE_PREFIX_ROWS = (
    ("govarchive/removed/", "articles removed: {}"),
    ("govarchive/not_article/", "not an article: {}"),
    ("govarchive/errors/", "error: {}"),
    ("govarchive/download_exceptions/", "download attempts failed: {}"),
)
#: keys shown elsewhere than in a row of their own: the title (``crawl N``, what stopped it),
#: the site model's rows (``in use``), the requisites' rows
SHOWN_IN = {"govarchive/crawl_id": "crawl {}", "govarchive/fatal": "{}", "govarchive/status": "{}",
            "govarchive/site_model/in_use": "in use", "govarchive/log_file": None}  # fmt: skip


def summary_label(key: str, value: object = None) -> str | None:
    """The text by which the crawl summary shows stats key ``key`` (with ``value``): the
    label of its row, or what it shows in the title or the site model's rows; None when the
    summary does not show it (``govarchive/log_file`` is the line under the summary)."""
    for label, keys in COUNT_ROWS:
        if key in keys:
            return label
    if key in SHOWN_IN:
        template = SHOWN_IN[key]
        return None if template is None else template.format(value)
    if key == "govarchive/requisites/offsite":
        return "requisites on other hosts (not fetched)"
    if key.startswith("govarchive/requisites/"):
        return f"requisites {key.split('/')[2]}:"
    if key == "govarchive/attachments/unreadable":
        return "attachments unreadable"
    for prefix, template in (*PREFIX_ROWS, *LATE_PREFIX_ROWS):
        if key.startswith(prefix):
            return template.format(key.removeprefix(prefix))
    return None


#: Twisted's connection failures, in words
_CONNECT_FAILURES = {
    "DownloadConnectionRefusedError": "connection refused",
    "ConnectionRefusedError": "connection refused",
    "DNSLookupError": "the host name does not resolve",
    # Scrapy 2.19's own name for it (a real crawl of an unknown or offline host showed no hint)
    "CannotResolveHostError": "the host name does not resolve",
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


def _prefix_rows(table: Table, s: CrawlSummary, prefixes: Sequence[tuple[str, str]]) -> None:
    in_rows = {key for _, keys in COUNT_ROWS for key in keys}  # (skipped/known_article)
    for prefix, template in prefixes:
        for rest, value in s.prefixed(prefix).items():
            if value and prefix + rest not in in_rows:  # (a refusal retyped leaves a 0)
                label = escape(template.format(rest))
                red = prefix == "govarchive/errors/"
                table.add_row(f"[red]{label}[/red]" if red else label, str(value))


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
        rows = [(label, sum(map(s.count, keys))) for label, keys in COUNT_ROWS]
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
        if s.count("govarchive/attachments/unreadable"):
            table.add_row("[red]attachments unreadable[/red]",
                          str(s.count("govarchive/attachments/unreadable")))  # fmt: skip
        _prefix_rows(table, s, PREFIX_ROWS)
        for label, value in _model_rows(s):
            table.add_row(f"{label}: {escape(value)}", "")
        for article in s.removed:
            table.add_row(f"[yellow]removed ({article['reason']}): {article['url']}[/yellow]", "")
        _prefix_rows(table, s, LATE_PREFIX_ROWS)
        if hint := unreachable_hint(s):
            table.caption, table.caption_justify = hint, "left"
        parts.append(table)
    return Group(*parts)
