"""Crawler-trap guards: a spider middleware that drops links leading into endless URL spaces.

Depth and page limits (the profile's ``limits``) bound any crawl; these guards stop the usual
traps long before, so a limit is not what ends a crawl:

- **repeated path segments**: ``/a/b/a/b/`` or ``/x/x/x/`` (relative links resolved against
  the wrong base keep growing the path);
- **query-parameter explosion**: more than ``GOVARCHIVE_TRAP_MAX_QUERY_PARAMS`` parameters, or
  more than ``GOVARCHIVE_TRAP_MAX_QUERY_COMBINATIONS`` different parameter-name sets on one
  path (sort x filter x view x ... combinations of the same listing). Pagination keys
  (``page``, ``p``, ``cur``, ``pageIndex``, ``trang``, Liferay's ``_<portlet>_cur`` and
  ``_<portlet>_delta``, ...) and Liferay's portlet parameters (``p_p_*``, ``p_r_p_*``) are not
  counted; a link that a ``links.follow`` rule matches inside its query string (the rule
  names a parameter, e.g. ``_cur=[0-9]+``) is never a query explosion: the profile vouches for it;
- **calendars and archive widgets**: URLs naming a month or a day (``/lich/2023/05``,
  ``?thang=5&nam=2023``, ``?date=2023-05-01``) are followed while they lead to new content.
  A calendar page from which nothing new but other calendar pages is linked is *barren* (the
page itself as an article candidate, as in every ad-hoc crawl, is nothing new);
  after ``GOVARCHIVE_TRAP_MAX_BARREN_CALENDAR`` barren pages in a row the chain stops. Dates
  before ``GOVARCHIVE_TRAP_MIN_YEAR`` or more than a year ahead are never followed.

Article URLs (the profile's ``links.article``) are never treated as calendar pages. Every
drop is counted (``govarchive/trap/<kind>``) and logged at DEBUG.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlsplit

from scrapy import Request
from scrapy.exceptions import NotConfigured

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

BARREN_META = "govarchive_barren"
_DATE_KEYS = re.compile(
    r"^(year|month|day|date|nam|thang|ngay|y|m|d|cal|calendar|ngaydang|tungay|denngay|time)$",
    re.IGNORECASE,
)
_PATH_DATE = re.compile(
    r"(?:^|/)(?P<year>(?:19|20|21)\d{2})(?:[/_-]?(?:0?[1-9]|1[0-2]))(?:[/_-]?\d{1,2})?/?$"
)
_CALENDAR_WORD = re.compile(r"(?:^|/)(?:calendar|lich|lich-su-kien|archive|luu-tru)(?:/|$)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)([12]\d{3})(?!\d)")
# Query keys that page through one listing (or, on Liferay, address its portlet): never traps.
PAGINATION_KEYS = re.compile(
    r"^(?:page|p|pg|paged|pageindex|pagenumber|pagenum|pageno|page_no|pagesize|page_size"
    r"|per_page|trang|cur|start|offset|delta"
    r"|_\w+_(?:cur|delta|resetcur)"  # Liferay: _<portlet id>_cur=2&_<portlet id>_delta=20
    r"|p_p_\w+|p_r_p_\w+)$",  # Liferay: p_p_id, p_p_lifecycle, p_p_state, p_r_p_resetCur
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # pure; the same links (menus, listings) come on every page
def repeated_segments(path: str, max_repeats: int = 2) -> bool:
    """True for ``/a/b/a/b/`` (a run of 2+ segments twice in a row) or a segment > max_repeats times."""
    segments = [s for s in path.split("/") if s]
    counts: dict[str, int] = defaultdict(int)
    for segment in segments:
        counts[segment] += 1
        if counts[segment] > max_repeats:
            return True
    for size in range(2, len(segments) // 2 + 1):
        for start in range(len(segments) - 2 * size + 1):
            if segments[start : start + size] == segments[start + size : start + 2 * size]:
                return True
    return False


@lru_cache(maxsize=8192)  # pure, as above
def calendar_year(url: str) -> int | None:
    """The year a calendar/archive-widget URL points at (0 when it has none), or None."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    dated = [v for k, v in query if _DATE_KEYS.match(k) and any(c.isdigit() for c in v)]
    match = _PATH_DATE.search(parts.path)
    if not dated and not match and not (_CALENDAR_WORD.search(parts.path) and _YEAR.search(url)):
        return None
    years = [int(y) for y in _YEAR.findall(" ".join(dated))]
    if match:
        years.append(int(match.group("year")))
    if not years and (found := _YEAR.search(parts.path)):
        years.append(int(found.group(1)))
    return years[0] if years else 0


class TrapGuard:
    """The rules, without Scrapy: ``check(url, is_article)`` says why a URL is a trap."""

    def __init__(
        self,
        *,
        max_segment_repeats: int = 2,
        max_query_params: int = 6,
        max_query_combinations: int = 12,
        max_barren_calendar: int = 3,
        min_year: int = 1990,
        now: datetime | None = None,
    ) -> None:
        self.max_segment_repeats = max_segment_repeats
        self.max_query_params = max_query_params
        self.max_query_combinations = max_query_combinations
        self.max_barren_calendar = max_barren_calendar
        self.min_year = min_year
        self.max_year = (now or datetime.now(UTC)).year + 1
        self._combinations: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        self.seen: set[str] = set()

    def check(self, url: str, is_article: bool = False, vouched: bool = False) -> str | None:
        """The trap kind (``repeated_segment``, ``query_explosion``, ``calendar_range``) or None.

        ``vouched``: a profile rule names the URL's query (no query-explosion check)."""
        parts = urlsplit(url)
        if repeated_segments(parts.path, self.max_segment_repeats):
            return "repeated_segment"
        if parts.query and not vouched:
            keys = {k for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
            names = tuple(sorted(k for k in keys if not PAGINATION_KEYS.match(k)))
            if len(names) > self.max_query_params:
                return "query_explosion"
            combos = self._combinations[parts.path]
            if names not in combos:
                if len(combos) >= self.max_query_combinations:
                    return "query_explosion"
                combos.add(names)
        if not is_article:
            year = calendar_year(url)
            if year and not self.min_year <= year <= self.max_year:
                return "calendar_range"
        return None

    def is_calendar(self, url: str, is_article: bool = False) -> bool:
        return not is_article and calendar_year(url) is not None

    def filter(
        self,
        parent_url: str,
        parent_barren: int,
        outputs: list[Any],
        is_article: Callable[[str], bool],
        vouched: Callable[[str], bool] | None = None,
    ) -> Iterator[tuple[Any, str | None]]:
        """Pair each output of a page with the reason to drop it (None: keep it).

        Requests kept from a calendar page get ``meta[BARREN_META]``: how many barren calendar
        pages lead to them. ``vouched(url)``: a profile rule names the URL's query.
        """
        requests = [o for o in outputs if isinstance(o, Request)]
        items = [o for o in outputs if not isinstance(o, Request) and _item_url(o) != parent_url]
        productive = bool(items) or any(
            r.url not in self.seen and not self.is_calendar(r.url, is_article(r.url))
            for r in requests
        )
        barren = 0
        if self.is_calendar(parent_url, is_article(parent_url)) and not productive:
            barren = parent_barren + 1
        for output in outputs:
            if not isinstance(output, Request):
                yield output, None
                continue
            article = is_article(output.url)
            reason = self.check(output.url, article, bool(vouched and vouched(output.url)))
            if reason is None and self.is_calendar(output.url, article):
                if barren > self.max_barren_calendar:
                    reason = "calendar_barren"
                else:
                    output.meta[BARREN_META] = barren
            if reason is None:
                self.seen.add(output.url)
            yield output, reason


def _item_url(item: Any) -> str | None:
    """The page an item stands for (the spider's items are dicts with a ``url``)."""
    return item.get("url") if isinstance(item, dict) else None


class TrapGuardMiddleware:
    """Spider middleware applying :class:`TrapGuard` to the links a page yields."""

    def __init__(self, crawler: Crawler, guard: TrapGuard):
        self.crawler = crawler
        self.stats = crawler.stats
        self.guard = guard
        self._articles: dict[str, bool] = {}  # URL -> matches an article rule

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> TrapGuardMiddleware:
        settings = crawler.settings
        if not settings.getbool("GOVARCHIVE_TRAP_GUARDS", True):
            raise NotConfigured("GOVARCHIVE_TRAP_GUARDS is off")
        guard = TrapGuard(
            max_segment_repeats=settings.getint("GOVARCHIVE_TRAP_MAX_SEGMENT_REPEATS", 2),
            max_query_params=settings.getint("GOVARCHIVE_TRAP_MAX_QUERY_PARAMS", 6),
            max_query_combinations=settings.getint("GOVARCHIVE_TRAP_MAX_QUERY_COMBINATIONS", 12),
            max_barren_calendar=settings.getint("GOVARCHIVE_TRAP_MAX_BARREN_CALENDAR", 3),
            min_year=settings.getint("GOVARCHIVE_TRAP_MIN_YEAR", 1990),
        )
        return cls(crawler, guard)

    def _is_article(self, url: str) -> bool:
        known = self._articles.get(url)
        if known is None:
            rules = getattr(self.crawler.spider, "article_rules", None)
            known = bool(rules) and any(r.search(url) for r in rules)
            if len(self._articles) >= 8192:  # the rules do not change: a bound on memory only
                self._articles.clear()
            self._articles[url] = known
        return known

    def _vouched(self, url: str) -> bool:
        """A ``links.follow`` rule matches inside the URL's query string."""
        query_at = url.find("?")
        rules = getattr(self.crawler.spider, "follow_rules", None) or []
        return query_at >= 0 and any(
            m.end() > query_at + 1 for rule in rules for m in rule.finditer(url)
        )

    def _apply(self, response: Response, outputs: list[Any]) -> Iterator[Any]:
        barren = int(response.meta.get(BARREN_META, 0))
        for output, reason in self.guard.filter(
            response.url, barren, outputs, self._is_article, self._vouched
        ):
            if reason is None:
                yield output
                continue
            self.stats.inc_value(f"govarchive/trap/{reason}")
            logger.debug("Trap guard (%s): not following %s", reason, output.url)

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Any = None
    ) -> Iterator[Any]:
        yield from self._apply(response, list(result))

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        outputs = [item async for item in result]
        for output in self._apply(response, outputs):
            yield output
