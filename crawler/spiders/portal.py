"""One generic spider for every portal, driven by its site profile.

Discovery: robots.txt (announced sitemaps), the profile's sitemaps and feeds, start URLs and
the listing pages they link to (pagination included). Article pages become small items that
point at their WARC capture; the item pipeline extracts and stores them. Every error and every
skipped URL is logged and counted in the crawl stats.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from scrapy import Request, Spider
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from config.profile import SiteProfile
from crawler.middlewares.warc import CAPTURE_META
from crawler.session import session_for
from pipelines.urls import canonicalize

logger = logging.getLogger(__name__)

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar")
SKIP_EXTENSIONS = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".css", ".js",
    ".mp3", ".mp4", ".avi", ".wmv", ".flv", ".swf", ".exe", ".woff", ".woff2", ".ttf",
)  # fmt: skip


class PortalSpider(Spider):
    name = "portal"
    profile: SiteProfile

    def __init__(self, profile: SiteProfile | None = None, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if profile is not None:
            self.profile = profile
        if getattr(self, "profile", None) is None:
            raise ValueError("PortalSpider needs a site profile")
        rules = self.profile.links
        self.follow_rules = [re.compile(r) for r in rules.follow]
        self.article_rules = [re.compile(r) for r in rules.article]
        self.deny_rules = [re.compile(r) for r in rules.deny]
        self.allowed_domains = list(self.profile.allowed_domains)
        self._hosts = {d.lower() for d in self.allowed_domains}
        self._known_articles: set[str] = set()
        self._seen_sitemaps: set[str] = set()
        self._seen_attachments: set[str] = set()

    # -- start ------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        session = session_for(self.crawler)
        if self.crawler.settings.getbool("GOVARCHIVE_SKIP_KNOWN_ARTICLES", True):
            self._known_articles = session.writer.known_article_urls(self.profile.id)
        base = self.profile.base_url
        yield Request(urljoin(base, "/robots.txt"), callback=self.parse_robots,
                      errback=self.on_error, priority=10)  # fmt: skip
        for url in self.profile.sitemaps:
            if request := self._sitemap_request(url):
                yield request
        for url in self.profile.feeds:
            yield Request(url, callback=self.parse_feed, errback=self.on_error, priority=5)
        for url in self.profile.start_urls:
            yield Request(url, callback=self.parse_page, errback=self.on_error, priority=5)

    # -- discovery --------------------------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            if request := self._sitemap_request(url):
                yield request

    def _sitemap_request(self, url: str) -> Request | None:
        if url in self._seen_sitemaps:
            return None
        self._seen_sitemaps.add(url)
        return Request(url, callback=self.parse_sitemap, errback=self.on_error, priority=5)

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
        self.crawler.stats.inc_value("govarchive/discovered/sitemap", len(entries))
        for entry in entries:
            loc = entry.get("loc")
            if not loc:
                continue
            if sitemap.type == "sitemapindex":
                if request := self._sitemap_request(loc):
                    yield request
            elif request := self._page_request(loc, source="sitemap"):
                yield request

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
        if not isinstance(response, TextResponse) or not _is_html(response):
            self.crawler.stats.inc_value("govarchive/non_html")
            return
        is_article = self.is_article_url(response.url)
        if is_article:
            capture = response.meta.get(CAPTURE_META)
            if capture is None:  # every response passes the WARC middleware; never expected
                self._count_error("no_capture", response.url, "response was not captured")
            else:
                yield {"url": response.url, **capture}
        for href in response.xpath("//a/@href").getall():
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

    def parse_attachment(self, response: Response) -> None:
        """Attachments are archived by the WARC middleware; nothing to parse here."""
        self.crawler.stats.inc_value("govarchive/attachments/captured")

    # -- rules ------------------------------------------------------------------------------
    def is_article_url(self, url: str) -> bool:
        if not self.article_rules:
            return True  # no URL rules: the page itself decides (extraction)
        return any(r.search(url) for r in self.article_rules)

    def _allowed_host(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self._hosts)

    def _page_request(self, url: str, source: str) -> Request | None:
        stats = self.crawler.stats
        if urlsplit(url).scheme not in ("http", "https") or not self._allowed_host(url):
            return None
        url = canonicalize(url)
        if urlsplit(url).path.lower().endswith(SKIP_EXTENSIONS):
            return None
        if any(r.search(url) for r in self.deny_rules):
            stats.inc_value("govarchive/skipped/denied")
            return None
        is_article = bool(self.article_rules) and any(r.search(url) for r in self.article_rules)
        if is_article and url in self._known_articles:
            stats.inc_value("govarchive/skipped/known_article")
            return None
        if self.follow_rules and not is_article and source == "link":
            if not any(r.search(url) for r in self.follow_rules):
                return None
        return Request(url, callback=self.parse_page, errback=self.on_error)

    # -- errors -----------------------------------------------------------------------------
    def on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        if failure.check(HttpError):
            response = failure.value.response
            kind = f"http_{response.status}"
            detail = f"HTTP {response.status}"
        else:
            kind = type(failure.value).__name__
            detail = f"{kind}: {failure.getErrorMessage()}"
        self._count_error(kind, request.url, detail)

    def _count_error(self, kind: str, url: str, detail: str) -> None:
        self.crawler.stats.inc_value(f"govarchive/errors/{kind}")
        logger.warning("%s: %s (%s)", kind, url, detail)
        session = session_for(self.crawler)
        session.writer.add_failure(session.crawl_id, self.profile.id, url, kind, detail[:500])


def _is_html(response: TextResponse) -> bool:
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    return not ctype or "html" in ctype or "xml" in ctype and b"<html" in response.body[:2048].lower()

