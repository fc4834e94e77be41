"""Near-identical bodies at two URLs of one site are one article (issue 10).

:class:`RecentBodies` keeps the body fingerprints (:func:`pipelines.fingerprint.fingerprint`)
of the site's recent articles: those the archive holds (seeded from
:func:`archive.sitemodels.recent_fingerprints`) and those this ingest stores. Before a new
URL is stored, :meth:`RecentBodies.find` looks for an article whose fingerprint is within
:data:`pipelines.fingerprint.MAX_DISTANCE` bits and whose stored text
:func:`pipelines.fingerprint.near_duplicate` says is the same; the ingestor then stores the
page as that article (``govarchive/dropped/near_duplicate``), at the URL of the two that
looks more like the article's own address (:func:`moves_to`), whichever a crawl met first.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import parse_qsl, urlsplit

from pipelines.fingerprint import MAX_DISTANCE, lines_of, same_lines
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
        mine = None
        for known in close:
            text = text_of(known.article_id)
            if not text:
                continue
            if mine is None:
                mine = lines_of(body)
            if same_lines(mine, _stored_lines(text)):
                return known
        return None

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
        for key in _bands(known.bits):
            urls = self._index[key]
            urls.discard(url)
            if not urls:
                del self._index[key]

    def moved(self, old: str, new: str, article_id: int, fingerprint: str) -> None:
        """The article at ``old`` now has the URL ``new``."""
        self._forget(old)
        self.add(new, article_id, fingerprint)


def url_rank(url: str, is_article_url: Callable[[str], bool]) -> tuple[bool, bool, int]:
    """How much a URL looks like an article's own address (lower: more): of the site
    model's article template; naming no other kind of page (a print view, a language copy,
    a calendar, search or tag page: :func:`pipelines.pagekind.url_kind`); with fewer query
    parameters (a ``?redirect=`` or tracking copy has more)."""
    query = urlsplit(url).query
    return (not is_article_url(url), url_kind(url) is not None,
            len(parse_qsl(query, keep_blank_values=True)))  # fmt: skip


def moves_to(new: str, old: str, is_article_url: Callable[[str], bool]) -> bool:
    """One article was met at ``old`` and now at ``new``: it moves to ``new`` when that
    looks more like its own address (:func:`url_rank`), so which URL keeps it does not
    depend on the order a crawl met them (a tie keeps the first)."""
    return url_rank(new, is_article_url) < url_rank(old, is_article_url)
