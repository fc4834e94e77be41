"""The site's own links to each of its URLs: which of an article's addresses is its own (issue 10).

One article is often served at several URLs of its site that nothing in the URLs or the pages
tells apart: reached from two menus, each path naming itself as canonical; with and without an
extension (``<Slug>.aspx`` beside ``<Slug>``), a trailing slash or ``index.html``. What tells the
article's own address is how the site links it: its category listing, the home page and the
"Tin liên quan" lists of the other articles link the own URL; the copy is linked from one other
menu's listing, a slider or a site map, or from nowhere (an RSS feed's link).

:func:`page_links` reads the site's links out of a page (the same host, at
:func:`pipelines.urls.canonicalize`'s form, the page itself left out); :class:`LinkGraph`
counts, for each URL, the pages of the ingest that link it (a page counts once however often
it links, and once however often it is read). :func:`pipelines.neardup.url_rank` ranks the URL
more pages link as the article's own, after the shapes that name a copy (print, AMP, language,
extra query parameters) and before the path's length. The ingestor and the benchmark count
the same pages the same way, and the ingestor reviews its near-duplicate choices with the
final counts (:meth:`pipelines.ingestmodel.SiteModelSteps._review_copies`), so the URL kept
does not depend on the order pages came in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from pipelines.urls import absolutize, canonicalize

#: an ``<a>`` or ``<area>`` element's ``href`` (quoted or not)
_HREF = re.compile(rb"""<(?:a|area)\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_BASE = re.compile(rb"""<base\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_ENTITY = re.compile(r"&(amp|#38|#x26);", re.I)
#: a link's parameters that say where to go back to, not which page it is (Liferay's
#: ``?redirect=%2Ftin-tuc`` on every link of a listing, ASP.NET's ``ReturnUrl``): the link
#: counts for the page without them
BACK_KEYS = frozenset({"redirect", "returnurl", "backurl"})


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def page_links(html: bytes, url: str) -> frozenset[str]:
    """The URLs of ``url``'s site that the page ``html`` links (its ``<a href>``, resolved
    against its ``<base href>`` or its URL, at :func:`pipelines.urls.canonicalize`'s form,
    without a parameter naming where to go back to: :data:`BACK_KEYS`), the page itself left
    out. Read with a pattern, not a parse: the worker has parsed the
    page for its record, and this must be cheap and the same in every mode."""
    base = url
    found = _BASE.search(html[:65536])
    if found:
        href = _text(next(g for g in found.groups() if g is not None))
        if href:
            base = urljoin(url, href)
    host, own = _host(url), canonicalize(url)
    out: set[str] = set()
    for match in _HREF.finditer(html):
        href = _text(next(g for g in match.groups() if g is not None))
        target = absolutize(base, href)
        if target is None or not target.startswith(("http://", "https://")):
            continue
        target = _without_back(canonicalize(target))
        if target != own and _host(target) == host:
            out.add(target)
    return frozenset(out)


def _without_back(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in BACK_KEYS]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def _text(raw: bytes) -> str:
    return _ENTITY.sub("&", raw.decode("utf-8", "replace").strip())


class LinkGraph:
    """For each URL of a site, the pages that link it (:func:`page_links`)."""

    def __init__(self) -> None:
        self._out: dict[str, frozenset[str]] = {}  # page -> the URLs it links
        self._in: dict[str, int] = {}  # URL -> how many pages link it

    def add(self, page: str, links: Iterable[str]) -> None:
        """``page`` links ``links`` (read again: its earlier links replaced)."""
        page = canonicalize(page)
        links = frozenset(links)
        before = self._out.get(page, frozenset())
        if links == before:
            return
        for url in before - links:
            self._in[url] -= 1
            if not self._in[url]:
                del self._in[url]
        for url in links - before:
            self._in[url] = self._in.get(url, 0) + 1
        self._out[page] = links

    def inbound(self, url: str) -> int:
        """How many pages link ``url``."""
        return self._in.get(canonicalize(url), 0)

    def __len__(self) -> int:
        return len(self._out)


def no_links(url: str) -> int:
    """No link graph: every URL linked by no page (the rank then ignores links)."""
    return 0
