"""Learned site chrome: lines that repeat across many pages of one site.

A portal's furniture (visitor counters, footers with address/phone/fax/email, "Đăng nhập",
"In bài viết | Gửi email", "Liên kết website", the titles in "Tin mới"/"Tin liên quan"
boxes) is the same text on page after page; an article's own text is not. So a line is
chrome when it occurs on at least ``MIN_PAGES`` pages and on at least ``MIN_SHARE`` of the
pages seen (a sentence of ``SENTENCE_WORDS`` words or more: ``SENTENCE_SHARE``, as a sapo the
listings repeat whole is not chrome on a small site). Pages are counted once each: a line that repeats inside one article (a refrain,
a slogan) counts one page, and is never learned from that article alone. Signature and
source lines ("BBT", "P.V", "Nguồn: Báo Lào Cai") are never chrome, however often they recur:
they are the article's, and the author is read from them.

Site-name affixes of ``<title>`` ("Ủy ban nhân dân huyện Bát Xát - ...") are learned the same
way from the titles.

Everything here is pure: :func:`learn_chrome` and :func:`learn_title_affixes` take what
extraction reported for each page (``record.page_lines`` / ``record.page_title``) and return
sets; :class:`Learner` accumulates them during a crawl; :class:`Learned` is what extraction
takes back. The archive keeps the learned lines (``archive/chrome.py``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipelines.authors import parse_signature, parse_source
from pipelines.dom import clean
from pipelines.titles import SEPARATORS

MIN_PAGES = 3
MIN_SHARE = 0.3
MAX_LINE_CHARS = 200  # longer lines are text, not furniture
# a sentence this long is chrome only on this share of the pages at least: a sapo that the
# listings repeat whole (home, category, tag, search pages) recurs on a third of a small
# site's pages, a footer's address on nearly all
SENTENCE_WORDS = 20
SENTENCE_SHARE = 0.6
# a line of this many words that ends like a sentence (". ! ? …") is prose too: a caption
# or a short paragraph that listings showing whole posts (Blogger, full-content home pages)
# repeat on a third of a small site's pages; titles in "Tin mới" lists end without a stop
PROSE_WORDS = 10
PROSE_END = (".", "!", "?", "…")
MAX_TRACKED = 200_000  # distinct lines kept while learning (rare ones are pruned)


def normalize(line: str) -> str:
    return clean(line).casefold()


def _protected(line: str) -> bool:
    return bool(parse_source(line) or parse_signature(line))


def page_lines(lines: Iterable[str]) -> tuple[str, ...]:
    """The distinct, normalized candidate lines of one page (what a page reports)."""
    seen = {
        normalize(x) for x in lines if x and len(x) <= MAX_LINE_CHARS and not _protected(x)
    }
    seen.discard("")
    return tuple(sorted(seen))


def _threshold(pages: int, share: float = MIN_SHARE) -> int:
    return max(MIN_PAGES, int(pages * share + 0.999))


def _chrome(counts: Counter[str], pages: int) -> set[str]:
    need, need_long = _threshold(pages), _threshold(pages, SENTENCE_SHARE)
    return {k for k, n in counts.items() if n >= (need_long if _sentence(k) else need)}


def _sentence(line: str) -> bool:
    """A normalized line that reads as prose (see :data:`SENTENCE_WORDS`, :data:`PROSE_WORDS`)."""
    words = len(line.split())
    return words >= SENTENCE_WORDS or (words >= PROSE_WORDS and line.endswith(PROSE_END))


def _least(pages: int) -> int:
    """The lower of the two thresholds: a line counted fewer times is never chrome."""
    return min(_threshold(pages), _threshold(pages, SENTENCE_SHARE))


def learn_chrome(pages_lines: Iterable[Iterable[str]]) -> set[str]:
    """Normalized lines that are site chrome, from the lines of each page of one site."""
    counts: Counter[str] = Counter()
    pages = 0
    for lines in pages_lines:
        pages += 1
        counts.update(page_lines(lines))
    return _chrome(counts, pages)


def title_parts(title: str) -> list[str]:
    parts = [clean(title)]
    for sep in SEPARATORS:
        parts = [piece.strip() for part in parts for piece in part.split(sep.strip())]
    return [p for p in parts if p]


def learn_title_affixes(titles: Iterable[str]) -> set[str]:
    """Parts of ``<title>`` (split at " - ", " | ", ...) that recur on many pages: the site name."""
    counts: Counter[str] = Counter()
    pages = 0
    for title in titles:
        pages += 1
        parts = title_parts(title)
        if len(parts) > 1:
            counts.update({p for p in parts})
        else:
            counts[clean(title)] += 1
    need = _threshold(pages)
    return {part for part, n in counts.items() if n >= need}


@dataclass(frozen=True)
class Learned:
    """What extraction is given: chrome lines (normalized) and title affixes of one site."""

    lines: frozenset[str] = frozenset()
    title_affixes: frozenset[str] = frozenset()

    def is_chrome(self, line: str) -> bool:
        return bool(self.lines) and normalize(line) in self.lines and not _protected(line)

    def __bool__(self) -> bool:
        return bool(self.lines or self.title_affixes)


def remove_learned(paragraphs: list[str], learned: Learned | None) -> tuple[list[str], list[str]]:
    """(kept, removed): the body without the site's learned chrome lines."""
    if not learned or not learned.lines:
        return paragraphs, []
    chrome = [learned.is_chrome(p) for p in paragraphs]  # (asked once a paragraph)
    kept = [p for p, is_chrome in zip(paragraphs, chrome, strict=True) if not is_chrome]
    removed = [p for p, is_chrome in zip(paragraphs, chrome, strict=True) if is_chrome]
    return kept, removed


@dataclass
class Learner:
    """Accumulates page reports during a crawl; ``learned()`` is the current verdict.

    ``known`` seeds it with what the archive already holds for the site (kept as chrome
    whatever this crawl sees)."""

    known: Learned = field(default_factory=Learned)
    pages: int = 0
    counts: Counter[str] = field(default_factory=Counter)
    title_counts: Counter[str] = field(default_factory=Counter)
    titled_pages: int = 0
    # the lines counted at least :func:`_least` times (of the pages seen when last counted):
    # the only ones a verdict can keep, so it need not walk every line counted (tens of
    # thousands in a crawl, every :data:`pipelines.knowledge.REFRESH` pages). Thresholds
    # only grow with the pages, so a line below it now can come back only when counted.
    _frequent: set[str] = field(default_factory=set, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        least = _least(self.pages)
        self._frequent = {k for k, n in self.counts.items() if n >= least}

    def add(self, lines: Iterable[str], title: str | None = None) -> None:
        self.add_reported(page_lines(lines), title)

    def add_reported(self, lines: Iterable[str], title: str | None = None) -> None:
        """Like :meth:`add`, for lines as extraction reports them (``record.page_lines``:
        already :func:`page_lines`)."""
        self.pages += 1
        counts, least = self.counts, _least(self.pages)
        for line in lines:
            counts[line] += 1
            if counts[line] >= least:
                self._frequent.add(line)
        if title:
            self.titled_pages += 1
            parts = title_parts(title)
            if len(parts) > 1:
                self.title_counts.update(set(parts))
            else:  # the same bare <title> on page after page is the site's name
                self.title_counts[clean(title)] += 1
        if len(self.counts) > MAX_TRACKED:
            self.counts = Counter({k: v for k, v in self.counts.items() if v > 1})

    def learned(self) -> Learned:
        counts, least = self.counts, _least(self.pages)
        self._frequent = {k for k in self._frequent if counts[k] >= least}
        lines = _chrome(Counter({k: counts[k] for k in self._frequent}), self.pages)
        need_t = _threshold(self.titled_pages)
        affixes = {k for k, n in self.title_counts.items() if n >= need_t}
        return Learned(
            frozenset(lines | self.known.lines),
            frozenset(affixes | self.known.title_affixes),
        )

    @property
    def ready(self) -> bool:
        """Enough pages to tell chrome from text (below it, nothing is learned)."""
        return self.pages >= 2 * MIN_PAGES
