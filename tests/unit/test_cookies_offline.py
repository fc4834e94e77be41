"""A crawl's cookies never make it fetch the Public Suffix List (crawler/middlewares/cookies.py).

Scrapy's cookies middleware asked tldextract, with its defaults, whether a cookie's domain is
a public suffix: with no cached copy it fetched the list from publicsuffix.org and GitHub
(no timeout) and, offline, wrote two tracebacks into every crawl's log (the demo's first
run, on a fresh install, showed them).
"""

from __future__ import annotations

import socket

import pytest
from scrapy.downloadermiddlewares import cookies as scrapy_cookies
from scrapy.http import Request, Response
from scrapy.utils.misc import load_object

from crawler import settings as project_settings
from crawler.middlewares import cookies


def _no_network(*args: object, **kwargs: object) -> None:
    raise AssertionError(f"a network connection was attempted: {args[:2]}")


def test_the_project_uses_the_offline_cookies_middleware_in_scrapys_slot() -> None:
    mws = project_settings.DOWNLOADER_MIDDLEWARES
    assert mws["scrapy.downloadermiddlewares.cookies.CookiesMiddleware"] is None
    assert mws["crawler.middlewares.cookies.CookiesMiddleware"] == 700  # Scrapy's own order
    assert issubclass(load_object("crawler.middlewares.cookies.CookiesMiddleware"),
                      scrapy_cookies.CookiesMiddleware)  # fmt: skip


def test_public_suffixes_come_from_the_bundled_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    assert scrapy_cookies._split_domain is cookies.SPLIT_DOMAIN
    assert cookies.SPLIT_DOMAIN.suffix_list_urls == ()
    assert cookies.SPLIT_DOMAIN._cache.enabled is False  # nothing written under ~/.cache
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    extract = type(cookies.SPLIT_DOMAIN)(suffix_list_urls=(), cache_dir=None,
                                         include_psl_private_domains=True)  # fmt: skip
    monkeypatch.setattr(scrapy_cookies, "_split_domain", extract)  # a fresh one: nothing loaded
    assert scrapy_cookies._is_public_domain("gov.vn")
    assert not scrapy_cookies._is_public_domain("tinhuy.laocai.gov.vn")


def test_a_set_cookie_goes_back_to_the_site_without_any_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket, "getaddrinfo", _no_network)
    monkeypatch.setattr(socket, "create_connection", _no_network)
    mw = cookies.CookiesMiddleware()
    first = Request("https://tinhuy.laocai.gov.vn/")
    response = Response(first.url, headers={"Set-Cookie": "ASP.NET_SessionId=abc; path=/"},
                        request=first)  # fmt: skip
    mw.process_response(first, response)
    second = Request("https://tinhuy.laocai.gov.vn/tin-tuc/a.html")
    mw.process_request(second)
    assert second.headers.get("Cookie") == b"ASP.NET_SessionId=abc"
