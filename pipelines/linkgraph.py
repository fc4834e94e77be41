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

import functools
import hashlib
import re
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import lxml.html
from lxml import etree

from pipelines.decode import http_charset, meta_charset
from pipelines.urls import absolutize, canonicalize, on_origin

#: an ``<a>`` or ``<area>`` element's ``href`` (quoted or not)
_HREF = re.compile(rb"""<(?:a|area)\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
_BASE = re.compile(rb"""<base\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
#: a link's parameters that say where to go back to, not which page it is (Liferay's
#: ``?redirect=%2Ftin-tuc`` on every link of a listing, ASP.NET's ``ReturnUrl``): the link
#: counts for the page without them
BACK_KEYS = frozenset({"redirect", "returnurl", "backurl"})


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


#: one link of a page: the URL it names and its block, the nearest element around it holding
#: links to two URLs or more, named by a digest of its place in the template and one of its
#: links ("<slot>:<links>"; "" when none holds two)
Link = tuple[str, str]


def page_links(html: bytes, url: str, content_type: str | None = None) -> tuple[Link, ...]:
    """The URLs of ``url``'s site that the page ``html`` links (its ``<a href>``, resolved
    against its ``<base href>`` or its URL, at :func:`pipelines.urls.canonicalize`'s form,
    without a parameter naming where to go back to: :data:`BACK_KEYS`; a link written at
    another spelling of the site's origin, ``http://`` or ``www.``, at the page's own: a
    Joomla whose configured live site is still ``http://www.<host>`` writes every menu,
    listing and related link so on a site served at ``https://<host>``, and counted there the
    own URL had no link while a relative raw ``index.php`` copy had), the page itself left
    out, each once per block it stands in: the nearest element around the link that holds
    links to two of the site's URLs or more (a box, a list, a listing), named by a digest of
    those links in their order (the page's own link among them), so that a block repeated
    on many pages has one name on all of them (:class:`LinkGraph`). The bytes are read in
    the page's own charset (:func:`_decoded`), as the crawl's link extractor and the site
    model's parse read them, so a raw non-ASCII href of a windows-1258 page names the URL
    the crawl fetched."""
    if not html.strip():
        return ()
    try:
        # lxml.html's tree, without its element classes: their lookup is a Python call for
        # every element the walk below touches, and only tags and attributes are read here
        root = lxml.html.document_fromstring(_decoded(html, content_type), parser=etree.HTMLParser())
    except (etree.ParserError, ValueError):
        return ()
    return tree_links(root, url)


def tree_links(root: etree._Element, url: str) -> tuple[Link, ...]:
    """:func:`page_links` of a page already parsed (``root``: its document element; the
    site model's samples, :func:`pipelines.inference.pagetypes.copies`)."""
    base = url
    found = root.find(".//base[@href]")
    if found is not None and found.get("href", "").strip():
        base = urljoin(url, found.get("href", "").strip())
    host, own = _host(url), canonicalize(url)
    parts = urlsplit(base)
    origin = _origin(own)
    anchors: list[tuple[etree._Element, str]] = []
    within: dict[etree._Element, list[str]] = {}
    for el in root.iter("a", "area"):
        href = el.get("href")
        if href is None:
            continue
        site_link = _site_link(base, parts.scheme, parts.netloc, href.strip())
        if site_link is None or site_link[1] != host:
            continue
        target = site_link[0]
        if not target.startswith(origin):  # the site's URL at another spelling of its origin
            target = on_origin(target, own)
        anchors.append((el, target))
        for up in el.iterancestors():
            within.setdefault(up, []).append(target)
    names: dict[etree._Element, str] = {}  # an element holding two URLs or more -> its name

    def block(el: etree._Element) -> str:
        for up in el.iterancestors():
            if up not in names and len(set(within[up])) >= 2:
                links = hashlib.blake2b("\n".join(within[up]).encode(), digest_size=8).hexdigest()
                names[up] = f"{_slot(up)}:{links}"
            if up in names:
                return names[up]
        return ""

    out: dict[Link, None] = {}
    for el, target in anchors:
        if target != own:
            out[(target, block(el))] = None
    return tuple(out)


def _origin(url: str) -> str:
    """``scheme://host/`` of a URL at :func:`pipelines.urls.canonicalize`'s form."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


def _slot(el: etree._Element) -> str:
    """A digest of the element's place in the template: the tag, id and class of it and of
    every element around it inside ``<body>`` (a box keeps its place from page to page
    whatever it lists; ``<body>``'s own class often names the page: ``postid-123``)."""
    chain = [f"{x.tag}#{x.get('id') or ''}.{x.get('class') or ''}" for x in (el, *el.iterancestors())
             if x.tag not in ("body", "html")]  # fmt: skip
    return hashlib.blake2b("/".join(chain).encode(), digest_size=6).hexdigest()


def _links_of(block: str) -> str:
    """A block's name without its place: the digest of its links (a block the site repeats is
    the same links on most pages, wherever a page puts them)."""
    return block.rpartition(":")[2]


_ROOTED = re.compile(r"^(?:/|https?://)", re.IGNORECASE)


def _site_link(base: str, scheme: str, netloc: str, href: str) -> tuple[str, str] | None:
    """``href`` (stripped) resolved against ``base`` (whose scheme and host are given),
    canonicalized and without its back parameters, with its host (:func:`_host`); None when
    it names no http(s) URL. A rooted href (``/path``, ``//host/path``, ``http(s)://...``: the
    menus and boxes every page of a site repeats) needs only the base's scheme and host
    (the same reasoning as :func:`pipelines.inference.sample.link_of`), so its resolution is
    kept per process (:func:`_rooted_link`)."""
    if _ROOTED.match(href):
        return _rooted_link(scheme, netloc, href)
    return _resolved(base, href)


@functools.lru_cache(maxsize=65536)
def _rooted_link(scheme: str, netloc: str, href: str) -> tuple[str, str] | None:
    return _resolved(f"{scheme}://{netloc}/", href)


def _resolved(base: str, href: str) -> tuple[str, str] | None:
    target = absolutize(base, href)
    if target is None or not target.startswith(("http://", "https://")):
        return None
    target = _without_back(canonicalize(target))
    return target, _host(target)


def _without_back(url: str) -> str:
    parts = urlsplit(url)
    if not parts.query:
        return url
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(k, v) for k, v in pairs if k.lower() not in BACK_KEYS]
    if len(kept) == len(pairs):
        return url
    return urlunsplit(parts._replace(query=urlencode(kept)))


def _decoded(html: bytes, content_type: str | None) -> str:
    """``html`` as text: UTF-8 when it is (nearly every page; no detection, no normalization,
    which would change a decomposed href), else the charset the HTTP header or the page's
    ``<meta>`` declares (:mod:`pipelines.decode`), else UTF-8 with replacement characters."""
    try:
        return html.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for codec in (http_charset(content_type), meta_charset(html)):
        if codec:
            try:
                return html.decode(codec)
            except (UnicodeDecodeError, LookupError):
                continue
    return html.decode("utf-8", "replace")


#: a block (:data:`Link`) on more than half of the pages that link anything, and on at
#: least this many, is one the site repeats on its pages
SITE_WIDE_MIN = 4


class LinkGraph:
    """For each URL of a site, the pages that link it (:func:`page_links`) of their own
    choice: a block the site repeats on most of its pages, the same links in the same order
    (a "Tin mới nhất" or "Tin nổi bật" box, the menu), is the template's, not the page's."""

    def __init__(self) -> None:
        self._out: dict[str, dict[str, frozenset[str]]] = {}  # page -> {URL: the blocks linking it}
        self._by: dict[str, set[str]] = {}  # URL -> the pages that link it
        self._blocks: dict[str, int] = {}  # a block's links (:func:`_links_of`) -> on how many pages
        self._linking = 0  # how many pages link anything
        self._members: dict[str, frozenset[str]] = {}  # block -> the URLs it links
        self._slots: dict[str, set[str]] = {}  # a place in the template -> the blocks seen there

    def add(self, page: str, links: Iterable[Link | str]) -> None:
        """``page`` links ``links`` (:data:`Link`, or a URL alone: in no block; read again:
        its earlier links replaced)."""
        page = canonicalize(page)
        blocks: dict[str, set[str]] = {}
        for link in links:
            target, block = (link, "") if isinstance(link, str) else link
            blocks.setdefault(target, set()).add(block)
        now = {target: frozenset(b) for target, b in blocks.items()}
        members: dict[str, set[str]] = {}
        for target, names in blocks.items():
            for name in names - {""}:
                members.setdefault(name, set()).add(target)
        for name, targets in members.items():
            if name not in self._members:
                self._members[name] = frozenset(targets)
                self._slots.setdefault(name.partition(":")[0], set()).add(name)
        before = self._out.get(page, {})
        if now == before:
            return
        self._linking += bool(now) - bool(before)
        for key in {_links_of(b) for b in set().union(*before.values())} - {""}:
            self._blocks[key] -= 1
            if not self._blocks[key]:
                del self._blocks[key]
        for key in {_links_of(b) for b in set().union(*now.values())} - {""}:
            self._blocks[key] = self._blocks.get(key, 0) + 1
        for target in before.keys() - now.keys():
            self._by[target].discard(page)
            if not self._by[target]:
                del self._by[target]
        for target in now.keys() - before.keys():
            self._by.setdefault(target, set()).add(page)
        if now:
            self._out[page] = now
        else:
            self._out.pop(page, None)

    def repeated(self, block: str) -> bool:
        """Whether the site repeats ``block`` on its pages: more than half of the pages that
        link anything hold it, and at least :data:`SITE_WIDE_MIN`; or the block stands in the
        place of one the site repeats and links at least half the same URLs: a "Tin mới" box
        that leaves out the article shown lists another six on each of the newest articles'
        pages, so no one of those lists is on most pages, and counted, the box's short links
        outvoted the listings (fx-fah-tinmoi, round 23: found at copy 8 / 7 / 8)."""
        if self._common(block):
            return True
        slot, _, _ = block.partition(":")
        mine = self._members.get(block)
        if not mine:
            return False
        return any(
            other != block and self._common(other) and 2 * len(mine & self._members[other]) >= len(mine)
            for other in self._slots.get(slot, ())
        )

    def _common(self, block: str) -> bool:
        count = self._blocks.get(_links_of(block), 0) if block else 0
        return count >= SITE_WIDE_MIN and 2 * count > self._linking

    def linked_by(self, url: str) -> int:
        """How many pages link ``url``, from wherever in the page."""
        return len(self._by.get(canonicalize(url), ()))

    def inbound(self, url: str) -> int:
        """How many pages link ``url`` of their own choice: from a block the site does not
        repeat on most of its pages (:meth:`repeated`: a "Tin mới nhất" box on every page
        links the five newest articles, often at another of their URLs than the listings
        and the "Tin liên quan" lists do: a template's choice, made once however many pages
        repeat it; counted, it outvoted the listings)."""
        url = canonicalize(url)
        return sum(any(not self.repeated(b) for b in self._out[p][url]) for p in self._by.get(url, ()))

    def __len__(self) -> int:
        return len(self._out)


def no_links(url: str) -> int:
    """No link graph: every URL linked by no page (the rank then ignores links)."""
    return 0
