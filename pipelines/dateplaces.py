"""Two more places a page's date line sits, read by :mod:`pipelines.datefind` (session 11's
rules from the public benchmarks' real pages: docs/extraction.md, "Dates from real pages,
session 11"):

- **The article's meta block below a hero headline**: blogs and magazines put the headline
  in a banner (``<article><div class="banner"><header><h1>``) and the date line in the
  article's meta block beside or atop the text, more than the two levels above the headline
  that :func:`pipelines.datefind._near_title` looks in; the enclosing ``<article>`` element
  (:func:`article_of`) is the article itself, so its lines outside the text
  (:func:`header_lines`) are read.
- **A permalink**: the link to the page itself a blog theme wraps its date in
  (:func:`permalink`) is no teaser of another page.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipelines.dom import contains, own_text

TEXT_STARTS_CHARS = 120  # own text of the first paragraph of prose (the body's start)


def permalink(el: HtmlElement, stop: HtmlElement, url: str) -> bool:
    """``el`` sits in a link to the page itself, by the headline: the permalink a blog theme
    wraps its date line in (WordPress's ``<span class="posted-on"><a href="<the page>"
    rel="bookmark"><time ...>19.11.2021</time></a>``), not another page's teaser."""
    if not url:
        return False
    for up in [el, *el.iterancestors()]:
        if up is stop:
            return False
        if up.tag == "a" and up.get("href"):
            return same_page(up.get("href", ""), url)
    return False


def same_page(href: str, url: str) -> bool:
    """``href`` (absolute or from the site's root) names ``url``'s page: the same host (or
    none) and path, a trailing slash and the query aside."""
    a, b = urlsplit(href.strip()), urlsplit(url)
    if a.netloc and a.netloc.lower().removeprefix("www.") != b.netloc.lower().removeprefix("www."):
        return False
    path = a.path.rstrip("/")
    return bool(path) and path == b.path.rstrip("/") and (bool(a.netloc) or href.startswith("/"))


def header_lines(article: HtmlElement, body_el: HtmlElement | None) -> list[HtmlElement]:
    """The elements of ``article`` outside its text: not in a figure, a quotation or the
    text after its first paragraph of prose (short lines at the top of the body's block are
    the article's meta row: "December 11, 2023 - Words by ..."); a caption's "aufgenommen am
    24.11.2014" or a date the text tells is not the page's."""
    out, started = [], False
    for el in article.iter():
        if not isinstance(el.tag, str):
            continue
        inside = body_el is not None and contains(body_el, el)
        if inside and not started and len(own_text(el)) >= TEXT_STARTS_CHARS:
            started = True
        if (inside and started) or in_figure(el, article):
            continue
        out.append(el)
    return out


def in_figure(el: HtmlElement, stop: HtmlElement) -> bool:
    """``el`` sits in a figure, its caption or a quotation (below ``stop``)."""
    for up in [el, *el.iterancestors()]:
        if up is stop:
            return False
        if up.tag in ("figure", "figcaption", "blockquote"):
            return True
    return False


ARTICLE_LEVELS = 6  # how far above the headline its <article> element is looked for


def article_of(anchor: HtmlElement, body_el: HtmlElement | None) -> HtmlElement | None:
    """The ``<article>`` element around the headline (``anchor``) and the body, more than
    two levels above the headline: a hero headline in a banner (``<article><div
    class="banner"><header><h1>``) with the date line in the article's meta block beside
    the text (``<article>...<aside class="meta"><time>``), as blogs and magazines write it.
    An ``<article>`` element is the article itself (HTML's own meaning): its date line is
    the page's, where a wider box of a portal's template would reach its sidebars."""
    for level, up in enumerate(anchor.iterancestors()):
        if level >= ARTICLE_LEVELS or up.tag in ("body", "html"):
            return None
        if up.tag == "article":
            if body_el is not None and not contains(up, body_el):
                return None
            return up if level >= 2 else None
    return None
