"""One generic spider for every portal, driven by its site profile.

Discovery: robots.txt (announced sitemaps), the profile's sitemaps and feeds, start URLs and
the listing pages they link to (pagination included). Article pages become small items that
point at their WARC capture; the item pipeline extracts and stores them. Every error and every
skipped URL is logged and counted in the crawl stats.

Every crawl is incremental, ad hoc too. Article URLs already archived (by the profile's article
rules, or without rules by extraction's verdict) are not fetched again, except the
recent ones (the profile's ``recheck_days``), which are re-checked with ``If-None-Match`` /
``If-Modified-Since`` from their stored capture: a 304 or an identical payload only moves
``last_seen``; new content goes through extraction and becomes a new version; a 404/410, a
redirect to the home page or a soft 404 marks the article removed (it stays archived).
A known article of any age whose sitemap ``<lastmod>`` is later than its last capture gets the
same conditional re-check (the profile's ``recheck_lastmod``; :mod:`crawler.lastmod`).
Article pages a killed crawl archived but never extracted are extracted from the WARC.
robots.txt's ``Crawl-delay`` for our User-Agent is honoured when it is longer than ours.
"""

from __future__ import annotations

import gzip
import itertools
import logging
import re
import zlib
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from lxml import etree
from lxml import html as lxml_html
from protego import Protego
from scrapy import Request, Spider, signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from archive.capture import is_document
from archive.history import Recheck
from config.profile import SiteProfile
from crawler.lastmod import lastmod_until, uniform_lastmod
from crawler.middlewares.warc import CAPTURE_META, RECHECK_META
from crawler.session import CrawlSession
from crawler.spiders.args import spider_arguments
from crawler.spiders.requisites import RequisiteFetching
from pipelines.signals import soft_404
from pipelines.urls import canonicalize

logger = logging.getLogger(__name__)

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar")
SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".css", ".js",
    ".mp3", ".mp4", ".avi", ".wmv", ".flv", ".swf", ".exe", ".woff", ".woff2", ".ttf",
)  # fmt: skip
REDIRECTS = (301, 302, 303, 307, 308)
DEFAULT_PORTS = {"http": 80, "https": 443}
PROBE_META = "govarchive_probe"  # a request the crawler makes on its own: a 404 is no error
GONE = (404, 410)
RULED_CACHE = 8192  # URLs whose rule verdicts the spider keeps (PortalSpider.link_verdict)


class PortalSpider(RequisiteFetching, Spider):
    name = "portal"
    profile: SiteProfile
    session: CrawlSession  # the crawl's archive side, given by from_crawler

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> PortalSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.session = CrawlSession.of(crawler)
        arguments = spider.arguments  # -a max_pages / archive: before the settings freeze
        if arguments.max_pages is not None:
            crawler.settings.set("CLOSESPIDER_PAGECOUNT", arguments.max_pages, priority="cmdline")
        if arguments.archive is not None:
            crawler.settings.set("GOVARCHIVE_ARCHIVE_DIR", str(arguments.archive), priority="cmdline")
        return spider

    def __init__(self, profile: SiteProfile | None = None, *args: Any, **kwargs: Any):
        """``profile`` from Python (the spider loader binds each site's); ``kwargs`` are the
        spider arguments (``-a NAME=VALUE``, :mod:`crawler.spiders.args`)."""
        if profile is not None and not isinstance(profile, SiteProfile):  # -a profile=...
            kwargs["profile"], profile = profile, None
        self.arguments = spider_arguments(self.name, kwargs)
        super().__init__(*args)
        if profile is not None:
            self.profile = profile
        if not isinstance(getattr(self, "profile", None), SiteProfile):
            raise ValueError("PortalSpider needs a site profile")
        if self.arguments.base_url is not None:
            self.profile = self.profile.rebased(self.arguments.base_url)
        rules = self.profile.links
        self.follow_rules = [re.compile(r) for r in rules.follow]
        self.article_rules = [re.compile(r) for r in rules.article]
        self.deny_rules = [re.compile(r) for r in rules.deny]
        self._ruled: dict[str, tuple[str, str | None, bool, bool]] = {}  # see link_verdict
        # Scrapy's offsite filter (host names only; redirects): the site and its requisite hosts
        self.allowed_domains = [
            d.lower().rsplit(":", 1)[0]
            for d in [*self.profile.allowed_domains, *self.profile.requisite_hosts]
        ]
        self._hosts = {_host_port(d) for d in self.profile.allowed_domains}
        self._requisite_hosts = {_host_port(d) for d in self.profile.requisite_hosts}
        self._init_requisites()
        self._origin = _origin(self.profile.base_url)
        self._known_articles: set[str] = set()
        # a killed crawl's pages being extracted from the WARC: known articles by the rules,
        # but without rules (ad hoc) listings too, whose links a resumed crawl must follow
        self._orphan_urls: set[str] = set()
        self._rechecking: set[str] = set()  # article URLs re-checked by this crawl
        self._linked_known: set[str] = set()  # archived articles linked (and not fetched)
        self._archived: dict[str, Recheck] | None = None  # archived articles, for lastmod
        self._timezone = ZoneInfo(self.profile.clock_zone)
        self._seen_sitemaps: set[str] = set()
        self._seen_attachments: set[str] = set()
        self.crawl_delay: float | None = None

    # -- start ------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        session = self.session
        if session.recorder is None:  # refused (site locked) or not open
            return
        if self.crawler.settings.getbool("GOVARCHIVE_SKIP_KNOWN_ARTICLES", True):
            self._known_articles = session.recorder.known_article_urls()
        # before the first yield: a sitemap may be parsed before every re-check is yielded
        self._rechecking = {recheck.url for recheck in session.rechecks}
        self.crawler.signals.connect(self._keep_crawl_delay, signal=signals.response_downloaded)
        self.crawler.signals.connect(self._request_dropped, signal=signals.request_dropped)
        for orphan in session.orphans:  # archived by a killed crawl, never extracted
            self._known_articles.add(orphan.url)
            self._orphan_urls.add(orphan.url)
            self.crawler.stats.inc_value("govarchive/resumed/orphan_captures")
            yield {"url": orphan.url, "capture_id": orphan.capture_id, "warc_file": orphan.warc_file,
                   "offset": orphan.offset, "fetched_at": orphan.fetched_at}  # fmt: skip
        base = self.profile.base_url
        if not self.crawler.settings.getbool("ROBOTSTXT_OBEY"):
            # else Scrapy's robots middleware fetches it (once), and _keep_crawl_delay reads it
            yield Request(urljoin(base, "/robots.txt"), callback=self.parse_robots,
                          errback=self.on_error, priority=10, meta={PROBE_META: True})  # fmt: skip
        for url in self.profile.sitemaps:  # an ad-hoc profile's sitemap is a guess: a probe
            if request := self._sitemap_request(url, probe=self.profile.adhoc):
                yield request
        for url in self.profile.feeds:
            yield Request(url, callback=self.parse_feed, errback=self.on_error, priority=5)
        for url in self.profile.start_urls:
            yield Request(url, callback=self.parse_page, errback=self.on_error, priority=5)
        for recheck in session.rechecks:
            self._known_articles.add(recheck.url)
            yield self._recheck_request(recheck)

    # -- re-checks --------------------------------------------------------------------------
    def _recheck_request(self, recheck: Recheck) -> Request:
        headers = {}
        if recheck.etag:
            headers["If-None-Match"] = recheck.etag
        if recheck.last_modified:
            headers["If-Modified-Since"] = recheck.last_modified
        self.crawler.stats.inc_value("govarchive/articles/rechecked")
        return Request(
            recheck.url, headers=headers, callback=self.parse_recheck, errback=self.on_error,
            dont_filter=True,
            meta={RECHECK_META: recheck, "dont_redirect": True,
                  "handle_httpstatus_list": [304, *GONE, *REDIRECTS]},
        )  # fmt: skip

    def parse_recheck(self, response: Response) -> Iterator[Any]:
        recheck: Recheck = response.meta[RECHECK_META]
        capture = response.meta.get(CAPTURE_META) or {}
        status = response.status
        if status == 304 or (status == 200 and capture.get("revisit")):
            self._article_seen(recheck, capture, "not_modified" if status == 304 else "unchanged")
            return
        if status in GONE:
            self._article_removed(recheck, capture, f"http_{status}")
            return
        if status in REDIRECTS:
            location = response.headers.get(b"Location", b"").decode("latin-1")
            target = urljoin(response.url, location)
            if self._is_home(target):
                self._article_removed(recheck, capture, "redirect_home")
            elif location and (request := self._page_request(target, source="redirect")):
                yield request  # moved: the new URL is archived as it is found
            return
        if isinstance(response, TextResponse) and (phrase := _soft_404(response)):
            self._article_removed(recheck, capture, "soft_404", phrase)
            return
        yield from self.parse_page(response)

    def _article_seen(self, recheck: Recheck, capture: dict[str, Any], outcome: str) -> None:
        at = capture.get("fetched_at") or ""
        stats = self.crawler.stats
        seen = self.session.recorder.mark_seen(recheck, capture.get("capture_id"), at)  # type: ignore[union-attr]
        self.session.then(seen, lambda restored: restored and stats.inc_value("govarchive/articles/restored"))
        stats.inc_value(f"govarchive/articles/{outcome}")

    def _article_removed(
        self, recheck: Recheck, capture: dict[str, Any], reason: str, detail: str = ""
    ) -> None:
        at = capture.get("fetched_at") or ""
        stats = self.crawler.stats

        def counted(removed: bool) -> None:
            if removed:
                stats.inc_value("govarchive/articles/removed")
                stats.inc_value(f"govarchive/removed/{reason}")
                logger.warning("Article removed (%s): %s %s", reason, recheck.url, detail)
            else:
                stats.inc_value("govarchive/articles/still_removed")

        gone = self.session.recorder.mark_removed(recheck, capture.get("capture_id"), at, reason)  # type: ignore[union-attr]
        self.session.then(gone, counted)

    def _is_home(self, url: str) -> bool:
        home = {canonicalize(self.profile.base_url)}
        home |= {canonicalize(urljoin(u, "/")) for u in self.profile.start_urls}
        return urlsplit(url).path in ("", "/") or canonicalize(url) in home

    # -- politeness -------------------------------------------------------------------------
    def _apply_crawl_delay(self, robots_txt: bytes) -> None:
        user_agent = self.crawler.settings.get("USER_AGENT") or "govarchive"
        try:
            delay = Protego.parse(robots_txt.decode("utf-8", "replace")).crawl_delay(user_agent)
        except Exception:  # noqa: BLE001 (a broken robots.txt has no usable delay)
            return
        if not delay or delay <= self.crawler.settings.getfloat("DOWNLOAD_DELAY"):
            return
        self.crawl_delay = float(delay)
        self.crawler.stats.set_value("govarchive/robots/crawl_delay", self.crawl_delay)
        logger.info("robots.txt asks for Crawl-delay %s s; honoured", self.crawl_delay)
        downloader = self.crawler.engine.downloader  # type: ignore[union-attr]
        downloader._delay = max(downloader._delay, self.crawl_delay)  # slots created later
        downloader._jitter = 0.0  # a random jitter would go below the delay
        for slot in downloader.slots.values():
            slot.delay = max(slot.delay, self.crawl_delay)
            slot.jitter = 0.0

    def _keep_crawl_delay(self, response: Response, request: Request, spider: Any) -> None:
        """Read Crawl-delay as soon as robots.txt arrives (Scrapy's robots middleware fetches
        it before any other request goes out); after AutoThrottle adjusted a slot, put it
        back to at least that delay."""
        if self._is_our_robots_txt(request):
            if response.status == 200:  # still content-encoded at this signal
                body = _decoded(response)
                if self.crawl_delay is None:
                    self._apply_crawl_delay(body)
                for sitemap in self._sitemaps_of_robots(body, response.url):
                    self.crawler.engine.crawl(sitemap)  # type: ignore[union-attr]
            return
        if self.crawl_delay is None:
            return
        downloader = self.crawler.engine.downloader  # type: ignore[union-attr]
        slot = downloader.slots.get(downloader.get_slot_key(request))
        if slot is not None:
            slot.delay = max(slot.delay, self.crawl_delay)
            slot.jitter = 0.0

    # -- discovery --------------------------------------------------------------------------
    def _is_our_robots_txt(self, request: Request) -> bool:
        """The robots.txt of the crawled site as Scrapy's robots middleware fetched it (the
        spider fetches it itself only when robots.txt is not obeyed)."""
        if not request.meta.get("dont_obey_robotstxt") or urlsplit(request.url).path != "/robots.txt":
            return False
        return urlsplit(request.url).netloc == urlsplit(self.profile.base_url).netloc

    def _sitemaps_of_robots(self, robots_txt: bytes, robots_url: str) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(robots_txt, base_url=robots_url):
            if request := self._sitemap_request(url):
                yield request

    def parse_robots(self, response: Response) -> Iterator[Request]:
        if self.crawl_delay is None and response.status == 200:
            self._apply_crawl_delay(response.body)
        yield from self._sitemaps_of_robots(response.body, response.url)

    def _sitemap_request(self, url: str, probe: bool = False) -> Request | None:
        if url in self._seen_sitemaps:
            return None
        self._seen_sitemaps.add(url)
        return Request(url, callback=self.parse_sitemap, errback=self.on_error, priority=5,
                       meta={PROBE_META: True} if probe else {})  # fmt: skip

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.crawler.settings.getint("DOWNLOAD_MAXSIZE"))
            except Exception as exc:  # corrupt or oversized: counted, the crawl goes on
                self._count_error("bad_sitemap", response.url, f"cannot gunzip: {exc}")
                return
        try:
            sitemap = Sitemap(body)
        except Exception as exc:
            self._count_error("bad_sitemap", response.url, str(exc))
            return
        entries = list(sitemap)
        stats = self.crawler.stats
        stats.inc_value("govarchive/discovered/sitemap", len(entries))
        use_lastmod = self.profile.recheck_lastmod and sitemap.type != "sitemapindex"
        if use_lastmod and (shared := uniform_lastmod(e.get("lastmod") for e in entries)):
            use_lastmod = False
            stats.inc_value("govarchive/sitemap/lastmod_uniform")
            logger.warning(
                "Sitemap %s: most of its %d entries share lastmod %r (the time the sitemap "
                "was written, not of each edit?); its lastmod values are ignored",
                response.url, len(entries), shared,
            )  # fmt: skip
        rechecked = unparsed = 0
        for entry in entries:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                if request := self._sitemap_request(loc):
                    yield request
                continue
            if use_lastmod and (lastmod := entry.get("lastmod")):
                until = lastmod_until(lastmod, self._timezone)
                if until is None:
                    unparsed += 1
                    logger.debug("Sitemap %s: lastmod %r of %s is not a date; ignored",
                                 response.url, lastmod, loc)  # fmt: skip
                elif recheck := self._stale_article(loc, until, lastmod):
                    rechecked += 1
                    yield self._recheck_request(recheck)
                    continue
            if request := self._page_request(loc, source="sitemap"):
                yield request
        if rechecked:
            stats.inc_value("govarchive/articles/rechecked_lastmod", rechecked)
        if unparsed:
            stats.inc_value("govarchive/sitemap/lastmod_unparsed", unparsed)
        if rechecked or unparsed:
            logger.info(
                "Sitemap %s: %d archived article(s) with a newer lastmod re-checked, %d lastmod "
                "value(s) not understood", response.url, rechecked, unparsed,
            )  # fmt: skip

    def _stale_article(self, loc: str, until: datetime, lastmod: str) -> Recheck | None:
        """The stored article at ``loc`` when its sitemap lastmod (read as ``until``, the end
        of the period it names) is later than its last capture and no re-check of it is
        under way; None otherwise (unknown URL, capture as new as the lastmod)."""
        if urlsplit(loc).scheme not in ("http", "https") or not self._allowed_host(loc):
            return None
        url = canonicalize(loc)
        if url not in self._known_articles or url in self._rechecking:
            return None
        if self._archived is None:  # once per crawl, at the first sitemap entry that needs it
            self._archived = self.session.recorder.archived_rechecks()  # type: ignore[union-attr]
        recheck = self._archived.get(url)
        if recheck is None:  # known from a killed crawl's orphan capture, being extracted now
            return None
        last = recheck.last_checked
        if last is not None and until <= last:
            return None
        self._rechecking.add(url)
        logger.debug("Re-checking %s: sitemap lastmod %s is later than its last capture %s",
                     url, lastmod, recheck.last_seen or recheck.fetched_at)  # fmt: skip
        return recheck

    def parse_feed(self, response: Response) -> Iterator[Request]:
        try:
            root = etree.fromstring(response.body, etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError as exc:
            self._count_error("bad_feed", response.url, str(exc))
            return
        if root is None:
            self._count_error("bad_feed", response.url, "empty or not XML")
            return
        links = [el.text.strip() for el in root.iter("{*}link", "link") if el.text and el.text.strip()]
        links += [el.get("href", "") for el in root.iter("{http://www.w3.org/2005/Atom}link")]
        for link in links:
            if link and (request := self._page_request(urljoin(response.url, link), source="feed")):
                yield request

    def parse_page(self, response: Response) -> Iterator[Any]:
        try:
            yield from self._page_output(response)
        finally:
            release_tree(response)

    def _page_output(self, response: Response) -> Iterator[Any]:
        if not isinstance(response, TextResponse) or not _is_html(response):
            self.crawler.stats.inc_value("govarchive/non_html")
            yield from self._document(response)  # a document behind a link like a page's
            return
        is_article = self.is_article_url(response.url)
        if is_article:
            capture = response.meta.get(CAPTURE_META)
            if capture is None:  # every response passes the WARC middleware; never expected
                self._count_error("no_capture", response.url, "response was not captured")
            else:
                yield {"url": response.url, **capture}
                yield from self.requisite_requests(response)
        # lxml's XPath on the parsed tree (parsel's, parsed once: the requisites read it too)
        # gives the same strings as response.xpath(...).getall() without a Selector object
        # a link (each also recorded by Scrapy's trackref: 0.2 ms a page)
        for href in response.selector.root.xpath("//a/@href", smart_strings=False):
            href = href.strip()
            if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
                continue
            url = urljoin(response.url, href)
            path = urlsplit(url).path.lower()
            if path.endswith(ATTACHMENT_EXTENSIONS):
                if self._allowed_host(url) and url not in self._seen_attachments:
                    self._seen_attachments.add(url)
                    self.crawler.stats.inc_value("govarchive/attachments/requested")
                    yield Request(url, callback=self.parse_attachment, errback=self.on_error)
                continue
            if request := self._page_request(url, source="link"):
                yield request

    def parse_attachment(self, response: Response) -> Iterator[Any]:
        """Attachments are archived by the WARC middleware; a document's capture goes to the
        item pipeline, which has its text read."""
        self.crawler.stats.inc_value("govarchive/attachments/captured")
        yield from self._document(response)

    def _document(self, response: Response) -> Iterator[dict[str, Any]]:
        ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1")
        capture = response.meta.get(CAPTURE_META)
        if capture is not None and is_document(response.url, ctype or None):
            yield {"url": response.url, **capture, "document": True}

    # -- rules ------------------------------------------------------------------------------
    @property
    def _pages_decide(self) -> bool:
        """No URL rules (ad hoc), or only a site model's: extraction says what is an article."""
        return not self.article_rules or self.profile.inferred

    def is_article_url(self, url: str) -> bool:
        if self._pages_decide:
            return True  # no URL rules (or only a site model's): the page decides (extraction)
        return any(r.search(url) for r in self.article_rules)

    def _allowed_host(self, url: str) -> bool:
        """On the site: base_url's scheme, host and port, or an ``allowed_domains`` host (or
        subdomain) on its port (the scheme's standard one unless written ``host:port``)."""
        origin = _origin(url)
        if origin is None:
            return False
        return origin == self._origin or _on_hosts(origin, self._hosts)

    def _on_requisite_host(self, url: str) -> bool:
        """On one of the profile's ``requisite_hosts`` (where only requisites are fetched)."""
        origin = _origin(url)
        return origin is not None and _on_hosts(origin, self._requisite_hosts)

    def link_verdict(self, url: str, source: str) -> tuple[str, str | None]:
        """The URL as requested (canonical form) and why the profile's rules leave it out:
        ``offsite`` (another scheme, host or port), ``media`` (images, scripts, ...),
        ``denied`` (``links.deny``), ``known_article`` (archived), ``not_followed`` (a
        link matching no ``links.follow`` rule); None: request it."""
        ruled = self._ruled.get(url)
        if ruled is None:
            ruled = self._rule(url)
            if len(self._ruled) >= RULED_CACHE:  # the oldest half goes (menus come back)
                for key in list(itertools.islice(self._ruled, RULED_CACHE // 2)):
                    del self._ruled[key]
            self._ruled[url] = ruled
        url, skipped, is_article, followed = ruled
        if skipped is not None:
            return url, skipped
        # without URL rules (ad hoc) or with only a site model's, the page decided: a URL the
        # archive holds as an article is one, whatever its shape (not a killed crawl's page
        # still to be extracted: it may be a listing)
        if url in self._known_articles and (
            is_article or (self._pages_decide and url not in self._orphan_urls)
        ):
            return url, "known_article"
        if not followed and source == "link":
            return url, "not_followed"
        return url, None

    def _rule(self, url: str) -> tuple[str, str | None, bool, bool]:
        """What the profile's rules say of ``url`` whatever the crawl's state: (canonical URL,
        ``offsite``/``media``/``denied`` or None, an article URL, followed as a link). The
        same links come back on every page (menus, listings), so :meth:`link_verdict` keeps
        the answers of the last :data:`RULED_CACHE` URLs."""
        if not self._allowed_host(url):
            return url, "offsite", False, True
        url = canonicalize(url)
        if urlsplit(url).path.lower().endswith(SKIP_EXTENSIONS):
            return url, "media", False, True
        if any(r.search(url) for r in self.deny_rules):
            return url, "denied", False, True
        is_article = bool(self.article_rules) and any(r.search(url) for r in self.article_rules)
        followed = (  # a site model's follow rules (``inferred``) are evidence, not limits
            self.profile.inferred
            or not self.follow_rules
            or is_article
            or any(r.search(url) for r in self.follow_rules)
        )
        return url, None, is_article, followed

    def _page_request(self, url: str, source: str) -> Request | None:
        """A request for a page of the site, or None (counted: ``govarchive/skipped/<why>``)."""
        url, skipped = self.link_verdict(url, source)
        if skipped is not None:
            self.crawler.stats.inc_value(f"govarchive/skipped/{skipped}")
            if skipped == "known_article" and url not in self._linked_known:  # links vs articles
                self._linked_known.add(url)
                self.crawler.stats.inc_value("govarchive/known_articles_linked")
            return None
        return Request(url, callback=self.parse_page, errback=self.on_error)

    # -- canonical links --------------------------------------------------------------------
    def follow_canonical(self, url: str, canonical: str) -> str:
        """The page ``url`` names another URL as canonical (extraction said
        ``duplicate_of_canonical``). Request the canonical URL unless it is archived or
        scheduled in this crawl, so the article is never lost. Returns ``dropped`` (archived
        or scheduled: the page is a duplicate), ``requested`` (scheduled now) or
        ``unreachable`` (off the site or left out by the profile's rules), counted as
        ``govarchive/canonical/<outcome>``."""
        stats = self.crawler.stats
        target, skipped = self.link_verdict(canonical, "canonical")
        if skipped == "known_article" or (skipped is None and target in self._known_articles):
            outcome = "dropped"
        elif skipped is not None:
            outcome = "unreachable"
        else:
            request = Request(target, callback=self.parse_page, errback=self.on_error)
            engine = self.crawler.engine
            dupes = getattr(getattr(engine, "scheduler", None), "df", None)
            if dupes is not None and dupes.request_seen(request):
                outcome = "dropped"  # scheduled (or fetched) in this crawl
            else:  # request_seen just marked it: past the duplicate filter on purpose
                try:
                    engine.crawl(request.replace(dont_filter=dupes is not None))  # type: ignore[union-attr]
                    outcome = "requested"
                except RuntimeError as exc:  # the crawl is closing: the next one fetches it
                    logger.info("Canonical URL %s of %s not requested: %s", target, url, exc)
                    outcome = "unreachable"
        stats.inc_value(f"govarchive/canonical/{outcome}")
        logger.debug("%s names %s as canonical: %s", url, target, outcome)
        return outcome

    # -- errors -----------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
        """A failed request: an error (counted, a failure row) unless the site was right to
        refuse it: robots.txt forbids it (``govarchive/robots/forbidden``), a probe the
        crawler made on its own finds nothing (``govarchive/probe/missing``: robots.txt, an
        ad-hoc crawl's guessed sitemap), a redirect leaves the site
        (``govarchive/skipped/offsite``). A redirect loop is ``errors/redirect_loop``."""
        request = failure.request  # type: ignore[attr-defined]
        stats = self.crawler.stats
        if failure.check(HttpError):
            response = failure.value.response
            if request.meta.get(PROBE_META) and response.status in GONE:
                stats.inc_value("govarchive/probe/missing")
                logger.info("Not found (probe): %s (HTTP %s)", request.url, response.status)
                return
            kind = f"http_{response.status}"
            detail = f"HTTP {response.status}"
        elif failure.check(IgnoreRequest):
            reason = str(failure.value)
            if "robots.txt" in reason:
                stats.inc_value("govarchive/robots/forbidden")
                logger.debug("Forbidden by robots.txt: %s", request.url)
                return
            if "offsite" in reason:
                stats.inc_value("govarchive/skipped/offsite")
                logger.debug("Redirected off the site: %s (%s)", request.url, reason)
                return
            kind = "redirect_loop" if "max redirections" in reason else "IgnoreRequest"
            chain = [*request.meta.get("redirect_urls", []), request.url]
            detail = f"{reason}: {' -> '.join(chain[:5])}" if kind == "redirect_loop" else reason
        else:
            kind = type(failure.value).__name__
            detail = f"{kind}: {failure.getErrorMessage()}"
        self._count_error(kind, request.url, detail)

    def _request_dropped(self, request: Request, spider: Any = None) -> None:
        """A redirect back into its own chain (``/a`` -> ``/b`` -> ``/a``, or to itself) is
        dropped by the duplicate filter, silently: record it as an error."""
        chain = request.meta.get("redirect_urls")
        if not chain:
            return
        target = canonicalize(request.url)
        if target in {canonicalize(u) for u in chain}:
            loop = " -> ".join([*chain[:5], request.url])
            self._count_error("redirect_loop", chain[0], f"redirect loop: {loop}")

    def _count_error(self, kind: str, url: str, detail: str) -> None:
        self.crawler.stats.inc_value(f"govarchive/errors/{kind}")
        logger.warning("%s: %s (%s)", kind, url, detail)
        self.session.failure(url, kind, detail)


def _origin(url: str) -> tuple[str, str, int] | None:
    """(scheme, host, port) of an http(s) URL, the port made explicit; None otherwise."""
    try:
        parts = urlsplit(url)
        scheme, port = parts.scheme.lower(), parts.port
    except ValueError:  # a port that is not a number
        return None
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return None
    return scheme, parts.hostname.lower().rstrip("."), port or DEFAULT_PORTS[scheme]


def _on_hosts(origin: tuple[str, str, int], hosts: set[tuple[str, int | None]]) -> bool:
    """``origin`` is one of ``hosts`` (or a subdomain), on its port or the scheme's standard one."""
    scheme, host, port = origin
    return any(
        (host == h or host.endswith("." + h)) and port == (p or DEFAULT_PORTS[scheme])
        for h, p in hosts
    )


def _host_port(domain: str) -> tuple[str, int | None]:
    """An ``allowed_domains`` entry: ``host`` or ``host:port``."""
    host, sep, port = domain.lower().rpartition(":")
    return (host, int(port)) if sep and port.isdigit() else (domain.lower(), None)


def _decoded(response: Response) -> bytes:
    """The body of a response still content-encoded (as in ``response_downloaded``)."""
    coding = (response.headers.get(b"Content-Encoding") or b"").decode("latin-1").lower().strip()
    try:
        if coding in ("gzip", "x-gzip") or response.body[:2] == b"\x1f\x8b":
            return gzip.decompress(response.body)
        if coding == "deflate":
            return zlib.decompress(response.body)
    except (OSError, EOFError, zlib.error):
        return b""
    return response.body


def _soft_404(response: TextResponse) -> str | None:
    """The "not found" phrase of a 200 page that is a 404 in disguise, or None."""
    try:
        tree = lxml_html.document_fromstring(response.text)
    except (etree.ParserError, ValueError):
        return None
    titles = [t.text_content() for t in tree.iter("title", "h1")]
    return soft_404(tree, titles)


def release_tree(response: Response) -> None:
    """Drop the parsed tree a response keeps once its page is read (links, requisites).

    Scrapy's ``TextResponse`` keeps its ``Selector`` and the ``Selector`` its response: a
    reference cycle, so every page read stayed in memory, with its lxml tree, until the
    cyclic garbage collector found it, and the pages that outlived a young collection made
    the full collections (1.3 of the crawl process's 16 s of CPU in perf17's count) come
    sooner. Without the cycle a page is freed as soon as Scrapy lets go of the response
    (``response.selector`` parses again if anything asks later)."""
    if getattr(response, "_cached_selector", None) is not None:
        response._cached_selector = None  # type: ignore[attr-defined]


def _is_html(response: TextResponse) -> bool:
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    return not ctype or "html" in ctype or "xml" in ctype and b"<html" in response.body[:2048].lower()

