"""Scrapy's cookies middleware without its one request off the site: the Public Suffix List.

Scrapy's ``CookiesMiddleware`` asks ``tldextract`` whether a cookie's domain is a public
suffix, with tldextract's defaults: on a machine whose user cache holds no copy yet, the
first cookie of a crawl makes it fetch the list from publicsuffix.org (then from GitHub),
with no timeout, and cache it under ``~/.cache``. Offline (the demo, a replica, a loopback
fixture, a crawl box without general internet) each attempt fails and writes two tracebacks,
some 190 lines, into the crawl's log before tldextract falls back to the snapshot it ships.
A crawl makes requests to the portals it archives and nowhere else, and writes nothing
outside the archive folder: the bundled snapshot is read directly, with no cache (reading it
costs about what loading the cached copy did).
"""

from __future__ import annotations

from scrapy.downloadermiddlewares import cookies as _scrapy_cookies
from tldextract import TLDExtract

#: tldextract over its bundled snapshot only: no download, no cache file
SPLIT_DOMAIN = TLDExtract(suffix_list_urls=(), cache_dir=None, include_psl_private_domains=True)


class CookiesMiddleware(_scrapy_cookies.CookiesMiddleware):
    """Scrapy's middleware (settings.py puts it in Scrapy's slot), reading the public
    suffixes from tldextract's bundled snapshot."""


# Scrapy reads the module's ``_split_domain`` (``_is_public_domain``); set where the
# middleware that uses it is loaded, so ``scrapy crawl`` and Scrapyd jobs have it too.
_scrapy_cookies._split_domain = SPLIT_DOMAIN
