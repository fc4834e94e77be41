"""Near-identical bodies at two URLs of one site are one article (issue 10).

:class:`RecentBodies` keeps the body fingerprints (:func:`pipelines.fingerprint.fingerprint`)
of the site's recent articles: those the archive holds (seeded from
:func:`archive.sitemodels.recent_fingerprints`) and those this ingest stores. Before a new
URL is stored, :meth:`RecentBodies.find` looks for an article whose fingerprint is within
:data:`pipelines.fingerprint.MAX_DISTANCE` bits and whose stored text
:func:`pipelines.fingerprint.near_duplicate` says is the same; the ingestor then stores the
page as that article (``govarchive/dropped/near_duplicate``).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from pipelines.fingerprint import MAX_DISTANCE, near_duplicate

LIMIT = 5000  # articles kept (the most recent)


class Known(NamedTuple):
    article_id: int
    url: str
    bits: int  # the fingerprint as an integer


class RecentBodies:
    def __init__(self, seed: Iterable[tuple[int, str, str]] = (), limit: int = LIMIT) -> None:
        """``seed``: ``(article id, url, fingerprint hex)`` of stored articles, newest first."""
        self.limit = limit
        self._by_url: OrderedDict[str, Known] = OrderedDict()
        for article_id, url, hexa in reversed(list(seed)[:limit]):
            self._by_url[url] = Known(article_id, url, int(hexa, 16))

    def __len__(self) -> int:
        return len(self._by_url)

    def find(
        self, url: str, fingerprint: str, body: Sequence[str], text_of: Callable[[int], str | None]
    ) -> Known | None:
        """The stored article (at another URL) whose body is ``body`` again, or None.
        ``text_of(article_id)`` gives a stored article's text (read only for the articles
        whose fingerprint is close)."""
        if url in self._by_url:
            return None
        bits = int(fingerprint, 16)
        for known in reversed(self._by_url.values()):
            if (known.bits ^ bits).bit_count() > MAX_DISTANCE:
                continue
            text = text_of(known.article_id)
            if text and near_duplicate(body, text):
                return known
        return None

    def add(self, url: str, article_id: int, fingerprint: str) -> None:
        self._by_url.pop(url, None)
        self._by_url[url] = Known(article_id, url, int(fingerprint, 16))
        while len(self._by_url) > self.limit:
            self._by_url.popitem(last=False)

    def moved(self, old: str, new: str, article_id: int, fingerprint: str) -> None:
        """The article at ``old`` now has the URL ``new``."""
        self._by_url.pop(old, None)
        self.add(new, article_id, fingerprint)
