"""What the ingestor knows of one site, learned from the site's own pages as they come in.

Two things, each seeded with what the archive already holds:

- the site's **chrome**: the lines (and ``<title>`` affixes) that repeat across its pages
  (:class:`pipelines.chrome.Learner`);
- the site's **model** (issue 10, :func:`pipelines.inference.infer`): page types, the article
  template's selectors and URL rules, inferred from a bounded sample of the site's pages
  (:class:`pipelines.sitemodel.ModelSample`), again at every doubling of the pages seen and
  once more at the end. While no confident model is in use, it is *warming up*; once one is,
  extraction gets the profile it amounts to (:func:`pipelines.sitemodel.effective_profile`:
  the model fills only what the profile leaves empty; in ad-hoc mode with the single-page
  path for the pages its template does not explain, :class:`pipelines.sitemodel.ModelProfile`)
  and the ingestor refuses the pages it types as non-articles
  (:class:`pipelines.sitemodel.Typing`). A model that is not confident
  is kept (and stored) but not used: the single-page path decides.

A knowledge object is told about every page extracted (:meth:`observe`), says when it is
still warming up (the ingestor then holds the pages back and, once it is not, extracts
again those it is :meth:`outdated` for), hands extraction a versioned snapshot
(:meth:`current`), and says whether a record extracted with an older snapshot would come
out differently now (:meth:`outdated`; the ingestor then extracts it again, and at the end
re-checks every stored record against the final snapshot).

The chrome verdict is recomputed every :data:`REFRESH` pages (and whenever asked for the
final one): the learner's verdict walks the lines counted often enough to be chrome (not
every line counted so far, but still a set that grows with the site), and what is decided
in between is settled at the end anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from archive.capture import CaptureRef
from archive.chrome import StoredChrome
from config.profile import SiteProfile
from pipelines.chrome import MAX_LINE_CHARS, Learned, Learner, normalize
from pipelines.pool import Shared
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import ModelProfile, ModelSample, Typing

if TYPE_CHECKING:  # inferred in the workers (see pipelines.ingest)
    from pipelines.inference import SiteModel

REFRESH = 8  # pages between two verdicts while learning
MODEL_HOLD = 200  # candidate pages seen without a confident model: stop holding records


@dataclass(frozen=True)
class Snapshot:
    """One version of the knowledge, as extraction takes it (pickled once, sent many times):
    the learned chrome and the profile to extract with (the base profile, or with the site
    model's fields); ``model_key`` names the site model in use ("" for none)."""

    version: int
    learned: Learned
    shared: Shared
    profile: Shared
    model_key: str = ""

    @classmethod
    def of(cls, version: int, learned: Learned, profile: Shared, model_key: str = "") -> Snapshot:
        return cls(version, learned, Shared.of(learned), profile, model_key)


def fingerprint(record: ArticleRecord) -> frozenset[int]:
    """The lines of a record that knowledge of chrome can change: its short paragraphs and
    the lines removed from it (hashed; compared with :meth:`SiteKnowledge.changed_lines`)."""
    lines = [*record.body, *record.chrome_removed]
    return frozenset(hash(normalize(p)) for p in lines if len(p) <= MAX_LINE_CHARS)


def _model_key(profile: SiteProfile | ModelProfile | None, model: SiteModel | None) -> str:
    """What of a model changes extraction: the profile it gives (not its page types, which
    every inference on a larger sample adds to: they are read from the model in use when a
    record is decided, and checked against the final model at the end, without extracting
    again: a type only ever turns a page away)."""
    if model is None or profile is None:
        return ""
    return profile.profile_hash


class SiteKnowledge:
    def __init__(
        self,
        known: StoredChrome | None = None,
        warmup: int = 20,
        *,
        profile: SiteProfile | None = None,
        model: SiteModel | None = None,
        infer: bool = True,
        evidence: str | None = None,
    ) -> None:
        """``profile``: the site's profile (the model fills what it leaves empty; without
        one, no model is used); ``model``: the archive's latest confident model of the site
        (used from the first page), inferred from ``evidence``
        (:func:`pipelines.sitemodel.evidence`; None: not known); ``infer``: infer a model
        from this ingest's pages."""
        seed = known or StoredChrome()
        self.learner = Learner(known=Learned(seed.lines, seed.title_affixes))
        self.warmup = warmup
        self.base = profile
        self.seed = model if model is not None and model.confident else None
        self.seed_evidence = evidence if self.seed is not None else None
        self.evidence: str | None = None  # what ``inferred`` was inferred from
        self.sample = ModelSample() if infer and profile is not None else None
        self.inferred: SiteModel | None = None  # the latest model inferred by this ingest
        self.runs = 0
        self.stable = False  # the latest run's model says what the one before it said
        self._said: tuple[object, ...] | None = None
        self._in_use: SiteModel | None = None
        self._typing: Typing | None = None
        # with no model in use: the profile (one `sites new` wrote is used like a model's)
        alone = ModelProfile.of(profile, None) if profile is not None else None
        self._profiles: dict[str, Shared] = {"": Shared.of(alone)}
        self._versions = [Snapshot.of(0, self.learner.learned(), self._profiles[""])]
        self._since = 0  # pages observed since the last verdict
        self._changed: dict[tuple[int, int], frozenset[int]] = {}
        if self.seed is not None:
            self._use(self.seed)

    @property
    def pages(self) -> int:
        return self.learner.pages

    @property
    def warming_up(self) -> bool:
        """Too few pages seen to extract with confidence: hold records back (the chrome
        warm-up; and, while no confident site model is in use, up to :data:`MODEL_HOLD`
        candidate pages)."""
        return self.learner.pages < self.warmup or self.awaiting_model

    @property
    def awaiting_model(self) -> bool:
        return (
            self.sample is not None and self._in_use is None and self.sample.offered < MODEL_HOLD
        )

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
        last = self._versions[-1]
        if learned != last.learned:
            self._versions.append(Snapshot.of(len(self._versions), learned, last.profile,
                                              last.model_key))  # fmt: skip
        return self._versions[-1]

    # --- the site model ----------------------------------------------------------------------

    def offer(self, capture: CaptureRef) -> bool:
        """A candidate page for the model's sample; True when an inference is due now."""
        if self.sample is None:
            return False
        self.sample.offer(capture)
        return self.sample.due

    def adopt(self, model: SiteModel, evidence: str | None = None) -> bool:
        """A model inferred from the sample: used when confident and inferred from at least
        as many pages as the archive's (a re-crawl that fetches a few new pages does not
        replace a model of the whole site), else the archive's, if any, else none. True when
        the model in use changed (a new version)."""
        self.runs += 1
        self.inferred, self.evidence = model, evidence
        said = self._says(model)
        self.stable, self._said = said == self._said, said
        better = self.seed is None or model.pages >= self.seed.pages
        return self._use(model if model.confident and better else self.seed)

    def _says(self, model: SiteModel) -> tuple[object, ...]:
        """What of a model the ingest acts on: whether it is confident, the profile it gives
        (:func:`_model_key`) and its URL rules (article, deny, listing); not the types of its
        sampled pages, which every run on a grown sample adds to (and the final model
        settles)."""
        assert self.base is not None
        profile = ModelProfile.of(self.base, model) if model.confident else None
        return (
            model.confident, _model_key(profile, model),
            tuple(r.regex for r in model.article), tuple((r.regex, r.kind) for r in model.deny),
            tuple(r.regex for r in model.listing),
        )  # fmt: skip

    @property
    def to_store(self) -> SiteModel | None:
        """The model to keep with this ingest: the one in use at the end (inferred here or
        the archive's), else the last one inferred (not confident)."""
        return self._in_use or self.inferred

    @property
    def stored_evidence(self) -> str | None:
        """What :attr:`to_store` was inferred from (None: not known)."""
        model = self.to_store
        if model is None:
            return None
        if model is self.inferred:
            return self.evidence
        return self.seed_evidence if model is self.seed else None

    def _use(self, model: SiteModel | None) -> bool:
        """Use ``model`` (None: none); True when that makes a new version."""
        assert self.base is not None
        profile = ModelProfile.of(self.base, model) if model is not None else None
        key = _model_key(profile, model)
        self._in_use = model
        self._typing = Typing(model, self.base) if model is not None else None
        if key == self._versions[-1].model_key:
            return False  # the same extraction and rules (sampled pages' types may differ)
        if key not in self._profiles:
            self._profiles[key] = Shared.of(profile)
        last = self._versions[-1]
        self._versions.append(Snapshot(len(self._versions), last.learned, last.shared,
                                       self._profiles[key], key))  # fmt: skip
        return True

    @property
    def model(self) -> SiteModel | None:
        """The site model in use (confident), or None."""
        return self._in_use

    def page_type(self, url: str, dated: bool | None = None) -> str | None:
        """The type the model in use gives a page that is not an article (None: an article,
        no model, or a profile that classifies pages itself); ``dated``: whether the
        article extraction made of the page has a date, which a URL rule's type needs to
        agree with (:meth:`pipelines.sitemodel.Typing.type_of`)."""
        return self._typing.type_of(url, dated) if self._typing is not None else None

    def is_article_url(self, url: str) -> bool:
        """The URL is of the article template of the model in use."""
        return self._typing is not None and self._typing.is_article_url(url)

    def model_changed(self, old: int, new: int | None = None) -> bool:
        """The site model differs between two versions."""
        return self._versions[old].model_key != self._versions[-1 if new is None else new].model_key

    # --- versions ------------------------------------------------------------------------------

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
        if self.model_changed(version):
            return True
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
