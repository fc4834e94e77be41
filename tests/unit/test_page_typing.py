"""Single-page typing: pages that show themselves as something other than an article."""

from __future__ import annotations

import pytest

from config.profile import adhoc_profile
from pipelines.extract import extract
from pipelines.record import ArticleRecord, NotAnArticle

TEXT = "<p>" + "This is a sentence of ordinary text that goes on for a while. " * 12 + "</p>"


def _page(head: str = "", body: str = TEXT, h1: str = "A page") -> bytes:
    return f"<html><head><title>{h1}</title>{head}</head><body><h1>{h1}</h1>{body}</body></html>".encode()


def _verdict(page: bytes, url: str) -> str | None:
    result = extract(page, url, {"content-type": "text/html"}, adhoc_profile(url))
    return None if isinstance(result, ArticleRecord) else result.reason


PRODUCT = '<script type="application/ld+json">{"@type": "Product", "name": "Kettle"}</script>'
ARTICLE = '<script type="application/ld+json">{"@type": ["NewsArticle"], "headline": "A page"}</script>'
DATED = '<meta property="article:published_time" content="2024-03-05T08:00:00+07:00">'
POSTS = "".join(f'<div class="message">{TEXT}</div>' for _ in range(3))
CODE = "<pre><code>pip install x</code></pre>"
OG_ARTICLE = '<meta property="og:type" content="article">'


@pytest.mark.parametrize(
    ("page", "url", "reason"),
    [
        (_page(PRODUCT), "https://shop.example/p/kettle", "other_type"),
        (_page('<meta property="og:type" content="product">'), "https://shop.example/k", "other_type"),
        (_page(body=POSTS), "https://forum.example/threads/help-with-x.123/", "forum"),
        (_page(body=TEXT + CODE), "https://docs.example.org/guide/install", "documentation"),
        (_page(body=TEXT + CODE), "https://example.org/docs/install", "documentation"),
        (_page(), "https://example.org/", "site_root"),
        # a forum thread or docs page that calls itself an article (its CMS's default og:type)
        (_page(OG_ARTICLE, body=POSTS), "https://forum.example/threads/help-with-x.123/", "forum"),
        (_page(OG_ARTICLE, body=TEXT + CODE), "https://example.org/docs/install", "documentation"),
    ],
)
def test_pages_that_are_something_else(page: bytes, url: str, reason: str) -> None:
    assert _verdict(page, url) == reason


@pytest.mark.parametrize(
    ("page", "url"),
    [
        (_page(PRODUCT + ARTICLE), "https://news.example/p/kettle-review"),  # declared article
        (_page(body=POSTS), "https://news.example/2024/03/story"),  # comments under a story
        (_page(DATED, body=TEXT + CODE), "https://example.org/docs/install"),  # a dated post
        (_page(DATED), "https://example.org/"),  # a one-page site's dated article
        (_page(body=TEXT + CODE * 30), "https://blog.example/how-to-x"),  # code alone: an article
    ],
)
def test_articles_that_look_a_bit_like_them(page: bytes, url: str) -> None:
    assert _verdict(page, url) is None


def test_the_detail_says_why() -> None:
    result = extract(_page(body=POSTS), "https://f.example/threads/x.1/", {}, adhoc_profile("https://f.example/"))
    assert isinstance(result, NotAnArticle) and result.detail == "3 post blocks at a forum URL"
