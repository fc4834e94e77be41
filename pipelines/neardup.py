"""Near-identical bodies at two URLs of one site are one article (issue 10).

:class:`RecentBodies` keeps the body fingerprints (:func:`pipelines.fingerprint.fingerprint`)
of the site's recent articles: those the archive holds (seeded from
:func:`archive.sitemodels.recent_fingerprints`) and those this ingest stores. Before a new
URL is stored, :meth:`RecentBodies.find` looks for an article whose fingerprint is within
:data:`pipelines.fingerprint.MAX_DISTANCE` bits and whose stored text
:func:`pipelines.fingerprint.near_duplicate` says is the same; the ingestor then stores the
page as that article (``govarchive/dropped/near_duplicate``), at the URL of the two that
looks more like the article's own address (:func:`moves_to`: a total order of URLs, so the
URL kept does not depend on the order a crawl met them).

A site of many near-identical notices (one "Thông báo" template, a few words changed) puts
dozens of stored articles within MAX_DISTANCE bits of each new one. Reading and normalizing
each one's text for every page made an import of such a site spend most of its archive
thread there (``benchmarks/reextract_throughput.py``, near copies). So the first time a
stored article's text is compared, a summary of its lines is kept with it (each normalized
line's hash and length: :class:`Summary`); later, an article whose summary shows that the
lines could not agree is passed over unread. Two different lines with one hash could only
make them look closer than they are, never further apart, so what is passed over would have
failed the comparison anyway; the rest are compared as before (the result is the one
comparing every text gives; ``tests/unit/test_site_model_ingest.py``).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from pipelines.fingerprint import MAX_DISTANCE, SAME_TEXT, lines_of, same_lines
from pipelines.linkgraph import no_links
from pipelines.pagekind import url_kind

LIMIT = 5000  # articles kept (the most recent)
#: the fingerprint's 64 bits cut into MAX_DISTANCE + 1 bands: two fingerprints at most
#: MAX_DISTANCE bits apart agree on one band at least (pigeonhole), so the articles to
#: compare are those sharing a band with the new one, not all of them
BANDS = tuple((i * 64 // (MAX_DISTANCE + 1), (i + 1) * 64 // (MAX_DISTANCE + 1))
              for i in range(MAX_DISTANCE + 1))  # fmt: skip


#: the normalized lines of a stored article's text, by text: the same recent articles are
#: close to many new ones (a pure function of the text, so never stale)
_stored_lines = lru_cache(maxsize=256)(lines_of)


def _bands(bits: int) -> list[tuple[int, int]]:
    return [(i, (bits >> lo) & ((1 << (hi - lo)) - 1)) for i, (lo, hi) in enumerate(BANDS)]


class Known(NamedTuple):
    article_id: int
    url: str
    bits: int  # the fingerprint as an integer


class RecentBodies:
    def __init__(self, seed: Iterable[tuple[int, str, str]] = (), limit: int = LIMIT) -> None:
        """``seed``: ``(article id, url, fingerprint hex)`` of stored articles, newest first."""
        self.limit = limit
        self._by_url: OrderedDict[str, Known] = OrderedDict()
        self._order: dict[str, int] = {}  # url -> when it was added (newest: largest)
        self._added = 0
        self._index: dict[tuple[int, int], set[str]] = {}  # (band, its bits) -> urls
        #: url -> its stored text's :class:`Summary`, once compared (until the URL is added
        #: again: its text may have changed)
        self._summaries: dict[str, Summary] = {}
        seeded: dict[str, tuple[int, str]] = {}  # (a URL seeded twice keeps its first place)
        for article_id, url, hexa in reversed(list(seed)[:limit]):
            seeded[url] = (article_id, hexa)
        for url, (article_id, hexa) in seeded.items():
            self.add(url, article_id, hexa)

    def __len__(self) -> int:
        return len(self._by_url)

    def find(
        self, url: str, fingerprint: str, body: Sequence[str], text_of: Callable[[int], str | None]
    ) -> Known | None:
        """The stored article (at another URL) whose body is ``body`` again, or None: the
        most recently added of those whose fingerprint is within MAX_DISTANCE bits and
        whose text :func:`pipelines.fingerprint.near_duplicate` says is the same.
        ``text_of(article_id)`` gives a stored article's text (read only for the articles
        whose fingerprint is close)."""
        if url in self._by_url:
            return None
        bits = int(fingerprint, 16)
        near: set[str] = set()
        for key in _bands(bits):
            near |= self._index.get(key, set())
        known_at = self._by_url.__getitem__
        close = [k for k in map(known_at, near) if (k.bits ^ bits).bit_count() <= MAX_DISTANCE]
        close.sort(key=lambda k: -self._order[k.url])
        mine: frozenset[str] | None = None
        summary = Summary.of(frozenset())
        for known in close:
            if mine is None:
                mine = lines_of(body)
                summary = Summary.of(mine)
            theirs = self._summaries.get(known.url)
            if theirs is not None and not summary.may_agree(theirs):
                continue  # their lines cannot hold SAME_TEXT of both
            text = text_of(known.article_id)
            if not text:
                continue
            lines = _stored_lines(text)
            self._summaries[known.url] = Summary.of(lines)
            if same_lines(mine, lines):
                return known
        return None

    def at(self, url: str) -> Known | None:
        """The recent article stored at ``url`` (None: not among the recent ones)."""
        return self._by_url.get(url)

    def add(self, url: str, article_id: int, fingerprint: str) -> None:
        self._forget(url)
        known = Known(article_id, url, int(fingerprint, 16))
        self._by_url[url] = known
        self._added += 1
        self._order[url] = self._added
        for key in _bands(known.bits):
            self._index.setdefault(key, set()).add(url)
        while len(self._by_url) > self.limit:
            self._forget(next(iter(self._by_url)))

    def _forget(self, url: str) -> None:
        known = self._by_url.pop(url, None)
        if known is None:
            return
        del self._order[url]
        self._summaries.pop(url, None)
        for key in _bands(known.bits):
            urls = self._index[key]
            urls.discard(url)
            if not urls:
                del self._index[key]

    def restated(self, url: str, article_id: int, fingerprint: str) -> None:
        """The article at ``url`` has a new body (the settle step): its fingerprint and text
        replaced in place, its place among the recent ones kept."""
        known = self._by_url.get(url)
        if known is None:
            return
        for key in _bands(known.bits):
            self._index[key].discard(url)
            if not self._index[key]:
                del self._index[key]
        known = self._by_url[url] = Known(article_id, url, int(fingerprint, 16))
        for key in _bands(known.bits):
            self._index.setdefault(key, set()).add(url)
        self._summaries.pop(url, None)  # its stored text is the new body's now

    def moved(self, old: str, new: str, article_id: int, fingerprint: str) -> None:
        """The article at ``old`` now has the URL ``new``."""
        self._forget(old)
        self.add(new, article_id, fingerprint)


class Summary(NamedTuple):
    """A body's normalized lines as their hashes and lengths (a few bytes a line, where the
    text is kilobytes), and the lengths' sum."""

    lengths: dict[int, int]  # hash of a line -> its length
    size: int

    @classmethod
    def of(cls, lines: frozenset[str]) -> Summary:
        lengths: dict[int, int] = {}
        for line in lines:  # lines of one hash (never yet seen): their lengths added up
            key = hash(line)
            lengths[key] = lengths.get(key, 0) + len(line)
        return cls(lengths, sum(map(len, lines)))

    def may_agree(self, other: Summary) -> bool:
        """False when the two bodies' lines surely do not agree
        (:func:`pipelines.fingerprint.same_lines`): the characters under the hashes both
        hold (under each, the fewer of the two: at least those of the lines both hold) are
        less than :data:`SAME_TEXT` of either body."""
        if not self.size or not other.size:
            return False
        mine, theirs = self.lengths, other.lengths
        shared = sum(min(mine[k], theirs[k]) for k in mine.keys() & theirs.keys())
        return shared >= SAME_TEXT * self.size and shared >= SAME_TEXT * other.size


#: a path segment that names a copy of a page made for another reader: an AMP page
#: (``/amp/<path>``, ``<path>/amp``), a mobile site's (``/m/<path>``, the path an ``m.`` host
#: serves) or a WAP one
COPY_SEGMENT = re.compile(r"^(?:amp|m|mobile|mobi|wap)$", re.I)
COPY_KEYS = {"amp", "outputtype", "mobile"}  # ``?amp=1``, ``?outputType=amp``, ``?mobile=1``


def copy_shaped(url: str) -> bool:
    """The URL names an AMP or mobile copy of a page (:data:`COPY_SEGMENT`, :data:`COPY_KEYS`)."""
    parts = urlsplit(url)
    segments = [s.rsplit(".", 1)[0] if s.lower().endswith(".amp") else s for s in parts.path.split("/") if s]
    keys = {k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)}
    return bool(COPY_KEYS & keys) or any(COPY_SEGMENT.match(s) for s in segments) or parts.path.lower().endswith(
        (".amp", ".amp.html")
    )


#: Liferay's path to a site (group) without its virtual host: ``/web/guest/tin-tuc/-/...`` is
#: ``/tin-tuc/-/...`` on the host the site is served at (``/group/<name>/``: its private pages)
GROUP_PREFIX = re.compile(r"^/(?:web|group)/[^/]+/.", re.I)


def url_rank(
    url: str, is_article_url: Callable[[str], bool], inbound: Callable[[str], int] = no_links
) -> tuple[bool, bool, bool, int, bool, int, int, int, str]:
    """How much a URL looks like an article's own address (lower: more): of the site
    model's article template; naming no other kind of page (a print view, a language copy,
    a calendar, search or tag page: :func:`pipelines.pagekind.url_kind`); no AMP or mobile
    copy (:func:`copy_shaped`); linked by more of the site's pages of their own choice
    (``inbound``, :class:`pipelines.linkgraph.LinkGraph`, a box repeated on most pages
    counting none: the category listing, the home page and the other articles' "Tin liên
    quan" link the article's own URL, a second menu's listing, a slider or a site map its
    copy; two menu paths each naming itself as canonical, an ``.aspx``, slash-less or
    ``index.html`` form tell nothing else; before the parameter count: a PHP portal's own
    ``&cid=<c>&id=<n>`` has one more than the copy ``&id=<n>`` its box links); with fewer
    query parameters (a ``?redirect=`` or tracking copy has more, and is linked by no page:
    the link graph reads those links at the URL without them); not under Liferay's group
    prefix (:data:`GROUP_PREFIX`: the same page as the path after it, which the site's
    virtual host serves and links); with the
    longer path (an article's slug, where a copy names the node by its number: ``/print/123``,
    ``/xem-nhanh/123``, ``/node/123``); with fewer capitals in the path (a site's links are
    written one way; a hand-typed ``/Tin-Tuc/...`` that a case-insensitive IIS serves too is
    the copy, and in code-point order capitals came first); then the URL itself, so that two
    URLs never tie and the one kept never depends on the order they came in."""
    parts = urlsplit(url)
    return (not is_article_url(url), url_kind(url) is not None, copy_shaped(url),
            -inbound(url), len(parse_qsl(parts.query, keep_blank_values=True)), bool(GROUP_PREFIX.match(parts.path)),
            -len(parts.path), sum(c.isupper() for c in parts.path), url)  # fmt: skip


def moves_to(
    new: str, old: str, is_article_url: Callable[[str], bool], inbound: Callable[[str], int] = no_links
) -> bool:
    """One article was met at ``old`` and now at ``new``: it moves to ``new`` when that
    looks more like its own address (:func:`url_rank`, a total order; ``inbound``: how many
    of the site's pages link a URL), so which URL keeps it does not depend on the order a
    crawl met them."""
    return url_rank(new, is_article_url, inbound) < url_rank(old, is_article_url, inbound)
