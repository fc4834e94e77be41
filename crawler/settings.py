"""Scrapy settings for govarchive: polite by default.

Per-site values (delay, concurrency, depth, page limit) come from the site profile and are
applied as spider-priority settings by ``crawler.spiderloader.spider_for_profile``.
"""

import os

from scrapy.settings import default_settings as _scrapy_defaults

from crawler import __version__
from crawler.environment import DEFAULT_CONTACT, archive_from_env, warn_once

BOT_NAME = "govarchive"
SPIDER_LOADER_CLASS = "crawler.spiderloader.ProfileSpiderLoader"
SPIDER_MODULES: list[str] = []
# `scrapy crawl` checks the spider arguments (-a) first: crawler/commands/crawl.py.
COMMANDS_MODULE = "crawler.commands"

# Who we are: an honest User-Agent with a way to reach the operator.
# (unset: a warning before a crawl of a real site, crawler/environment.py)
GOVARCHIVE_CONTACT = os.environ.get("GOVARCHIVE_CONTACT") or DEFAULT_CONTACT
GOVARCHIVE_OPERATOR = os.environ.get("GOVARCHIVE_OPERATOR", "govarchive operator")
USER_AGENT = (
    f"govarchive/{__version__} (web archive of public government news; "
    f"+mailto:{GOVARCHIVE_CONTACT})"
)

# Politeness: robots.txt, one request at a time per host, a delay, AutoThrottle.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 60
DOWNLOAD_MAXSIZE = 64 * 1024 * 1024
DOWNLOAD_WARNSIZE = 16 * 1024 * 1024
RETRY_TIMES = 2
DEPTH_LIMIT = 8
# Outputs of one response handled at once (Scrapy's default 100 starts 101 asyncio tasks for
# every response, whatever it yields): a page yields at most one item, the rest are requests.
CONCURRENT_ITEMS = 16
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's RemoteControl extension serves a local HTTP endpoint that runs Python sent to
# it: a crawl listens on no socket at all.
REMOTE_CONTROL_ENABLED = False
COOKIES_ENABLED = True
# Breadth-first: listings before deep links, so a page limit keeps the newest articles.
DEPTH_PRIORITY = 1
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleFifoDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"

# Capture every response raw, before decompression (HttpCompressionMiddleware is 590).
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.warc.WarcCaptureMiddleware": 950,
    # Scrapy's cookies middleware, in its slot, reading the Public Suffix List tldextract
    # ships instead of fetching it from publicsuffix.org (crawler/middlewares/cookies.py)
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawler.middlewares.cookies.CookiesMiddleware": 700,
}
# Trap guards (repeated path segments, query explosions, endless calendars): crawler/traps.py.
# A site module's crawl hooks (a profile's `module`): crawler/sitehooks.py.
SPIDER_MIDDLEWARES = {
    "crawler.traps.TrapGuardMiddleware": 800,
    # after the trap guards (output goes from high to low): links to URLs requested already
    "crawler.middlewares.requested.RequestedLinksMiddleware": 790,
    "crawler.sitehooks.SiteModuleMiddleware": 810,
}
ITEM_PIPELINES = {
    "pipelines.item.ArticlePipeline": 300,
}
# Scrapy's own extensions, less the two the settings above turn off: Scrapy imports every
# extension named in EXTENSIONS_BASE or EXTENSIONS (even one set to None there) to ask it;
# RemoteControl imported aiohttp, about 0.1 s of CPU in every crawl process (issue 12).
EXTENSIONS_BASE = {
    path: order
    for path, order in _scrapy_defaults.EXTENSIONS_BASE.items()
    if path not in ("scrapy.extensions.remote_control.RemoteControl",
                    "scrapy.extensions.telnet.TelnetConsole")
}  # fmt: skip
EXTENSIONS = {
    "crawler.session.ArchiveSessionExtension": 100,
    # after the crawl: feeds written, changes sent to the notification URLs (a thread)
    "crawler.aftercrawl.AfterCrawl": 900,
}

# govarchive's own settings (documented in docs/settings.md).
# from $GOVARCHIVE_ARCHIVE ($GOVARCHIVE_ARCHIVE_DIR: its deprecated name, with a warning)
_archive_env, _archive_warning = archive_from_env()
warn_once(_archive_warning)
GOVARCHIVE_ARCHIVE_DIR = _archive_env or "archive"
GOVARCHIVE_WARC_MAX_SIZE = 1_000_000_000
GOVARCHIVE_EXTRACT_WORKERS = 0  # 0: one worker process per core
GOVARCHIVE_SKIP_KNOWN_ARTICLES = True
GOVARCHIVE_CHROME_WARMUP = 20  # pages held back until the site's chrome is learned
GOVARCHIVE_MAX_ARTICLE_HTML = 5_000_000  # bytes: a bigger page is archived, not extracted
GOVARCHIVE_SWITCH_INTERVAL = 0.001  # seconds between GIL hand-overs (reactor, archive thread)
# seconds the crawl's writes wait for another process's write lock on the archive before the
# crawl stops (archive_locked); None: 120 s (archive.db.LOCK_WAIT)
GOVARCHIVE_LOCK_WAIT = os.environ.get("GOVARCHIVE_LOCK_WAIT") or None
GOVARCHIVE_JOB_STATE = None  # a fleet job's state file, loaded into its fresh shard
GOVARCHIVE_REVISITS = True  # 304s and identical payloads become WARC revisit records
GOVARCHIVE_SITES_DIR = os.environ.get("GOVARCHIVE_SITES_DIR") or None  # None: config/sites/
GOVARCHIVE_TRAP_GUARDS = True
GOVARCHIVE_TRAP_MAX_SEGMENT_REPEATS = 2
GOVARCHIVE_TRAP_MAX_QUERY_PARAMS = 6
GOVARCHIVE_TRAP_MAX_QUERY_COMBINATIONS = 12
GOVARCHIVE_TRAP_MAX_BARREN_CALENDAR = 3
GOVARCHIVE_TRAP_MIN_YEAR = 1990
# After each crawl (crawler/aftercrawl.py): Atom feeds, and notifications of its changes.
GOVARCHIVE_FEEDS = True  # write <archive>/feeds/<site>.atom and all.atom
GOVARCHIVE_SERVE_URL = os.environ.get("GOVARCHIVE_SERVE_URL") or None  # feed links' base
GOVARCHIVE_NOTIFY = os.environ.get("GOVARCHIVE_NOTIFY", "")  # URLs, or a file of URLs
GOVARCHIVE_NOTIFY_TIMEOUT = 10.0  # seconds per attempt
GOVARCHIVE_NOTIFY_RETRIES = 3  # attempts after the first
GOVARCHIVE_NOTIFY_BACKOFF = 1.0  # urllib3 backoff factor: waits of 0, 2, 4... seconds

LOG_LEVEL = "INFO"
# Scrapy's in-memory stats without its per-attribute deprecation wrapper (crawler/stats.py)
STATS_CLASS = "crawler.stats.CrawlStatsCollector"
FEED_EXPORT_ENCODING = "utf-8"
