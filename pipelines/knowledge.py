"""What the ingestor knows of one site, learned from the site's own pages as they come in.

Today that is the site's chrome: the lines (and ``<title>`` affixes) that repeat across its
pages (:class:`pipelines.chrome.Learner`), seeded with what the archive already holds. This
is the seam where the site model of issue 10 (``infer(pages) -> SiteModel``) plugs in, once,
for every mode: a knowledge object is told about every page extracted (:meth:`observe`), says
when it is still warming up (the ingestor then holds the pages back and extracts them again
once it is not), hands extraction a versioned snapshot (:meth:`current`), and says whether a
record extracted with an older snapshot would come out differently now (:meth:`outdated`;
the ingestor then extracts it again, and at the end re-checks every stored record against
the final snapshot).

The verdict is recomputed every :data:`REFRESH` pages (and whenever asked for the final one):
the learner's verdict walks every line counted so far, and what is decided in between is
settled at the end anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from archive.chrome import StoredChrome
from pipelines.chrome import MAX_LINE_CHARS, Learned, Learner, normalize
from pipelines.pool import Shared
from pipelines.record import ArticleRecord, NotAnArticle

REFRESH = 8  # pages between two verdicts while learning


@dataclass(frozen=True)
class Snapshot:
    """One version of the knowledge, as extraction takes it (pickled once, sent many times)."""

    version: int
    learned: Learned
    shared: Shared

    @classmethod
    def of(cls, version: int, learned: Learned) -> Snapshot:
        return cls(version, learned, Shared.of(learned))


def fingerprint(record: ArticleRecord) -> frozenset[int]:
    """The lines of a record that knowledge of chrome can change: its short paragraphs and
    the lines removed from it (hashed; compared with :meth:`SiteKnowledge.changed_lines`)."""
    lines = [*record.body, *record.chrome_removed]
    return frozenset(hash(normalize(p)) for p in lines if len(p) <= MAX_LINE_CHARS)


class SiteKnowledge:
    def __init__(self, known: StoredChrome | None = None, warmup: int = 20) -> None:
        seed = known or StoredChrome()
        self.learner = Learner(known=Learned(seed.lines, seed.title_affixes))
        self.warmup = warmup
        self._versions = [Snapshot.of(0, self.learner.learned())]
        self._since = 0  # pages observed since the last verdict
        self._changed: dict[tuple[int, int], frozenset[int]] = {}

    @property
    def pages(self) -> int:
        return self.learner.pages

    @property
    def warming_up(self) -> bool:
        """Too few pages seen to extract with confidence: hold records back."""
        return self.learner.pages < self.warmup

    def observe(self, result: ArticleRecord | NotAnArticle) -> None:
        """Learn from one extracted page (each page once)."""
        self.learner.add_reported(result.page_lines, result.page_title)
        self._since += 1
        if self._since >= REFRESH or self.learner.pages == self.warmup:
            self.refresh()

    def refresh(self) -> Snapshot:
        """Recompute the verdict now; a new version when it changed."""
        self._since = 0
        learned = self.learner.learned()
        if learned != self._versions[-1].learned:
            self._versions.append(Snapshot.of(len(self._versions), learned))
        return self._versions[-1]

    def current(self) -> Snapshot:
        return self._versions[-1]

    def version(self, number: int) -> Snapshot:
        return self._versions[number]

    def changed_lines(self, old: int, new: int | None = None) -> frozenset[int]:
        """Hashes of the chrome lines added or dropped between two versions."""
        key = (old, len(self._versions) - 1 if new is None else new)
        if key not in self._changed:
            a, b = self._versions[key[0]].learned.lines, self._versions[key[1]].learned.lines
            self._changed[key] = frozenset(hash(line) for line in a ^ b)
        return self._changed[key]

    def titles_changed(self, old: int, new: int | None = None) -> bool:
        a = self._versions[old].learned.title_affixes
        return a != self._versions[-1 if new is None else new].learned.title_affixes

    def outdated(self, result: ArticleRecord | NotAnArticle, version: int) -> bool:
        """Would ``result``, extracted with ``version``, come out differently now?"""
        if version == self.current().version:
            return False
        if isinstance(result, NotAnArticle):
            return result.reason in CHROME_SENSITIVE
        if result.page_title and self.titles_changed(version):
            return True
        return bool(fingerprint(result) & self.changed_lines(version))

    def learned_lines(self) -> tuple[Iterable[str], Iterable[str]]:
        """What to keep in the archive: (lines, title affixes) of the current verdict."""
        learned = self.current().learned
        return learned.lines, learned.title_affixes


#: refusals that learned chrome can change (a body short once its chrome is gone, a page
#: whose only text was taken for chrome)
CHROME_SENSITIVE = frozenset({"too_short", "listing", "empty", "no_title"})
