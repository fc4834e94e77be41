"""The inferred site model as the ingestor uses it: the sample it is inferred from, the
profile extraction gets from it, and the page types it gives.

- :class:`ModelSample`: a bounded, order-independent sample of a site's candidate pages (the
  :data:`SAMPLE_SIZE` URLs with the smallest hash: a crawl, a ``rebuild`` of its WARC files
  and an ``import-warc`` of them end with the same sample, whatever order pages came in, so
  they end with the same model). It holds capture references, not pages: the inference
  reads the records back from the WARC files, in a worker (:meth:`ExtractionPool.infer`).
- :func:`effective_profile`: the base profile with the model's fields where the profile
  leaves them empty (hand-set fields win; an ad-hoc profile leaves everything to the model).
- :class:`ModelProfile` and :func:`extract_page`: in ad-hoc mode (the profile leaves
  classification to the page), extraction with the model's profile, and the single-page
  path for every page the model's template does not explain (:func:`explained`). A profile
  ``sites new`` wrote and no maintainer has checked yet (``inferred: true``) is the same
  evidence, and is used the same way, with or without a model
  (:meth:`ModelProfile.written`).
- :class:`Typing`: the type the model gives a page that is not an article (``listing``,
  ``static``, ``print``, ``calendar``, ...), when the profile leaves classification to it.

A site model is never worse than the single-page path, by construction: in ad-hoc mode its
evidence only (a) refuses a page it types as a non-article from cross-page evidence (a
sampled page of a non-article cluster; a URL of a deny or listing rule when the page itself
agrees: it shows no date), and (b) improves the extraction of the pages of its article
template. Any other page (no article marker, a body, title or date selector that finds
nothing, a URL shape the sample did not show, a refusal the model's fields may have caused)
is extracted as if there were no model.
"""

from __future__ import annotations

import hashlib
import heapq
import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from archive.capture import CaptureRef
from archive.chrome import StoredChrome
from archive.sitemodels import StoredModel
from config.profile import Selectors, SiteProfile
from pipelines.chrome import Learned
from pipelines.decode import MAX_HTML
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.urls import canonicalize

if TYPE_CHECKING:  # extraction and the inference run in the workers: the crawl process
    # (the ingestor's sample and profiles) imports neither (:func:`extract_page`)
    from pipelines.inference import SiteModel

logger = logging.getLogger(__name__)

SAMPLE_SIZE = 240  # pages the model is inferred from
FIRST_RUN = 16  # candidate pages before the first inference; then at every doubling
#: the share of :data:`SAMPLE_SIZE` a sample holds when a run whose model says what the
#: previous run's said ends the runs before the final one (:meth:`ModelSample.settled`)
SETTLED_SHARE = 0.5
#: page types that are article text (page 2 of a split article is joined to page 1)
ARTICLE_TYPES = frozenset({"article", "part"})
#: sampled types a dated page of the article template's URLs is not held to: copies of
#: another page's text (which of the two is the copy is the near-duplicate step's to say),
#: listings and static pages (a page with its own date that the page path reads as no listing)
SOFT_TYPES = frozenset({"print", "duplicate", "language", "listing", "static"})


def _key(url: str) -> int:
    """A stable hash of a URL (the same in every process: not Python's ``hash``)."""
    return int.from_bytes(hashlib.blake2b(url.encode("utf-8"), digest_size=8).digest(), "big")


class ModelSample:
    """The :data:`SAMPLE_SIZE` candidate pages with the smallest URL hash (one capture a URL,
    the first offered), and when the inference is due.

    Due at 16 candidate pages and at every doubling, except while the model is stable
    (:meth:`settled`): a run whose model says what the previous run's said skips the next
    doubling (two, after two such runs, ...), and once the sample is full such a run ends the
    runs until the end of the input (the final run on the final sample is the ingest's;
    :meth:`shifted` resumes the doublings); so does such a run on a sample at least half
    full (:data:`SETTLED_SHARE`). A stable model is not run again just because the sample
    became full (perf16: that run read 240 pages of which a 1,000-article site's final
    sample keeps about a quarter). Which runs happen changes only which model is in use in
    between: the ingest re-checks everything against the final model at the end. Never more
    runs than at every doubling."""

    def __init__(self, size: int = SAMPLE_SIZE, first_run: int = FIRST_RUN) -> None:
        self.size = size
        self.offered = 0  # distinct candidate URLs offered
        self.runs = 0  # inferences taken
        self._heap: list[tuple[int, str, CaptureRef]] = []  # max-heap by -key
        self._urls: set[str] = set()
        self._first = first_run
        self._grow = first_run  # the next doubling
        self._next_run = first_run  # the next run (a later doubling while the model is stable)
        self._last_run: frozenset[str] | None = None
        self._streak = 0  # runs in a row whose model said what the previous one said
        self._took_full = False  # the last run's sample was full enough to settle on
        self._steps: set[int] = set()  # the doublings (0: 16 pages, 1: 32, ...) with a run
        self._sampled: frozenset[str] | None = None  # urls(), until the sample changes

    def offer(self, capture: CaptureRef) -> None:
        url = canonicalize(capture.url)
        if url in self._urls:
            return
        self._urls.add(url)
        self.offered += 1
        if capture.payload is not None or capture.written is not None:
            slim = replace(capture, payload=None, headers=(), written=None)
        else:
            slim = capture
        if slim.warc_file is not None:  # else nothing to read the page back from
            entry = (-_key(url), url, slim)
            if len(self._heap) < self.size:
                heapq.heappush(self._heap, entry)
                self._sampled = None
            elif entry[0] > self._heap[0][0]:
                heapq.heapreplace(self._heap, entry)
                self._sampled = None
        # _urls keeps every URL offered (the first capture of a URL wins even once evicted)

    def __len__(self) -> int:
        return len(self._heap)

    def may_take(self, url: str) -> bool:
        """A candidate page of ``url`` offered now would enter the sample (its URL not
        offered yet, and its key below the largest of a full sample): once no page still to
        come may, the sample is final."""
        url = canonicalize(url)
        if url in self._urls:
            return False
        return not self.full or -_key(url) > self._heap[0][0]

    def urls(self) -> frozenset[str]:
        """The sample's URLs. Kept until a page enters the sample: :attr:`due` asks for them
        on every page offered while a run is due or in flight (a set of up to 240 URLs
        built again each time)."""
        if self._sampled is None:
            self._sampled = frozenset(url for _, url, _ in self._heap)
        return self._sampled

    @property
    def full(self) -> bool:
        return len(self._heap) >= self.size

    @property
    def due(self) -> bool:
        """Enough new pages since the last inference (16, 32, 64, ... offered; fewer runs
        while the model is stable) and the sample changed."""
        return self.offered >= self._next_run and self.urls() != self._last_run

    @property
    def changed(self) -> bool:
        """The sample differs from the one last inferred from (or none was)."""
        return bool(self._heap) and self.urls() != self._last_run

    def current(self) -> list[CaptureRef]:
        """The sample as it is (what :meth:`take` would return, not taken)."""
        return [capture for _, _, capture in self._heap]

    def take(self) -> list[CaptureRef]:
        """The sample to infer from now (by URL: the order of the pages does not matter)."""
        self._last_run = self.urls()
        self.runs += 1
        self._took_full = len(self._heap) >= SETTLED_SHARE * self.size
        if self.offered >= self._grow:  # at a doubling (not the final run, not a shift's)
            self._steps.add((self.offered // self._first).bit_length() - 1)
        while self._grow <= self.offered:
            self._grow *= 2
        self._next_run = self._grow
        return [capture for _, _, capture in sorted(self._heap, key=lambda e: e[1])]

    def settled(self, same: bool) -> None:
        """The run taken last gave a model that says what the previous run's said
        (``same``): skip doublings while that holds (all of them, on a sample at least
        :data:`SETTLED_SHARE` full)."""
        self._streak = self._streak + 1 if same else 0
        if same and self._took_full:
            self._next_run = 1 << 62  # stable on a sample half full: no runs but the final
        else:
            self._next_run = self._grow << self._streak

    def shifted(self) -> None:
        """The evidence shifted (the model fits the new pages worse): the doublings resume
        (the next one runs)."""
        self._streak = 0
        self._next_run = min(self._next_run, self._grow)

    @property
    def skipped(self) -> int:
        """The doublings passed (16, 32, 64, ... candidate pages) at which no run was taken
        (the model was stable; or, rarely, the sample had not changed)."""
        passed = (self.offered // self._first).bit_length() if self.offered >= self._first else 0
        return passed - len(self._steps)


    def trust(self) -> None:
        """The ingest starts from a stored model it trusts to stay (``reextract`` with the
        code that inferred it: the archive's own pages again): no run but the final one, as
        after a stable run on a full sample, until the pages stop fitting the model
        (:meth:`shifted`)."""
        self._streak = 1
        self._next_run = 1 << 62


@lru_cache(maxsize=1)
def _code_digest() -> bytes:
    """A digest of the code a model is inferred with: every source file of ``pipelines/``
    (the inference and the extraction helpers it uses) and the parsers' versions."""
    import lxml.etree

    digest = hashlib.blake2b(digest_size=16)
    root = Path(__file__).resolve().parent
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    digest.update(repr(lxml.etree.LXML_VERSION).encode())
    return digest.digest()


def evidence(captures: Iterable[CaptureRef], tz: str) -> str:
    """What a site model inferred from ``captures`` (the sample) with timezone ``tz`` is
    made of, as ``<code and timezone>:<records>``: the inference's code
    (:func:`_code_digest`) and the timezone (:func:`made_with`), then the sample's records
    (URL, WARC file and offset: a record never changes). The inference is deterministic,
    so a stored model with the same evidence is the model a run would give
    (``site_models.evidence``)."""
    digest = hashlib.blake2b(digest_size=16)
    for capture in sorted(captures, key=lambda c: (c.url, c.warc_file or "", c.offset or 0)):
        digest.update(f"\n{capture.url}\t{capture.warc_file}\t{capture.offset}".encode())
    return f"{made_with(tz)}:{digest.hexdigest()}"


def made_with(tz: str) -> str:
    """The first part of :func:`evidence`: the inference's code and the timezone."""
    return hashlib.blake2b(_code_digest() + tz.encode(), digest_size=16).hexdigest()


def effective_profile(base: SiteProfile, model: SiteModel) -> SiteProfile:
    """``base`` with the model's selectors where it has none: title, date and author each on
    their own; body, lead and remove together (the model's remove selectors belong to its
    body); ``selectors.article`` only when the profile leaves classification to the page (no
    ``links.article``, no ``selectors.article``). Site-name affixes are added, the model's
    ``date_order`` and ``ignore_canonical`` taken when the profile leaves them at default."""
    inferred = model.to_profile(base)
    mine, theirs = base.selectors, inferred.selectors
    update: dict[str, list[str]] = {}
    for name in ("title", "date", "author"):
        if not getattr(mine, name) and getattr(theirs, name):
            update[name] = list(getattr(theirs, name))
    if not mine.body and theirs.body:
        update["body"] = list(theirs.body)
        if not mine.lead and theirs.lead:
            update["lead"] = list(theirs.lead)
        update["remove"] = [*mine.remove, *(r for r in theirs.remove if r not in mine.remove)]
    if not mine.article and not base.links.article and theirs.article:
        update["article"] = list(theirs.article)
    return base.model_copy(
        update={
            "selectors": mine.model_copy(update=update),
            "title_suffixes": list(inferred.title_suffixes),
            "ignore_canonical": base.ignore_canonical or inferred.ignore_canonical,
            "date_order": base.date_order if base.date_order != "auto" else inferred.date_order,
        }
    )


#: the fields besides selectors a site model sets in a profile (:meth:`SiteModel.to_profile`),
#: at their defaults: what the single-page path of a written profile reads pages with
MODEL_FIELDS = {"title_suffixes": [], "date_order": "auto", "ignore_canonical": False}
#: the warning on a record the single-page path extracted while a site model was in use
FALLBACK = "site_model_fallback"
#: refusals that are the page's own whatever the profile (no second extraction for them)
PAGE_REFUSALS = frozenset({"not_html", "too_large", "undecodable", "empty", "truncated",
                           "duplicate_of_canonical", "soft_404", "warc_unreadable"})  # fmt: skip
#: warnings of a record whose page the model's selectors do not fit
MISSED = frozenset({"body_selector_missed", "title_selector_missed", "date_selector_missed"})


@dataclass(frozen=True)
class ModelProfile:
    """What extraction gets while a confident site model is in use and the profile leaves
    classification to the page (ad hoc): ``profile``, the base profile with the model's
    fields (:func:`effective_profile`); ``page``, the base profile itself (the single-page
    path); ``article``, the model's article URL regexes; ``sampled``, the canonical URLs of
    the sampled pages the model types as article text; ``others``, those of the sampled
    pages it types as something else; ``rules``, its deny and listing URL regexes;
    ``listing``, the listing URL regexes of a profile ``sites new`` wrote (its
    ``links.follow``): a page of one that the single-page path reads with no date is refused
    as a listing, as :class:`Typing` refuses it; with ``dated_listing`` (no model in use:
    the profile's rules are the only cross-page evidence), a dated one too."""

    profile: SiteProfile
    page: SiteProfile
    article: tuple[str, ...] = ()
    sampled: frozenset[str] = frozenset()
    others: frozenset[str] = frozenset()
    rules: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()
    dated_listing: bool = False

    @classmethod
    def of(cls, base: SiteProfile, model: SiteModel | None) -> SiteProfile | ModelProfile:
        """The profile to extract with while ``model`` (None: no model) is in use: a
        :class:`ModelProfile` in ad-hoc mode and for a profile ``sites new`` wrote
        (:meth:`written`), else (a hand profile that classifies pages itself) the effective
        profile alone."""
        if base.inferred:
            return cls.written(base, model)
        if model is None:
            return base
        profile = effective_profile(base, model)
        if base.links.article or base.selectors.article:
            return profile
        types = model.page_types
        return cls(
            profile, base, tuple(r.regex for r in model.article),
            frozenset(u for u, t in types.items() if t in ARTICLE_TYPES),
            frozenset(u for u, t in types.items() if t not in ARTICLE_TYPES),
            tuple(r.regex for r in (*model.deny, *model.listing)),
        )  # fmt: skip

    @classmethod
    def written(cls, base: SiteProfile, model: SiteModel | None = None) -> ModelProfile:
        """A profile ``sites new`` wrote (``inferred``): its rules and selectors are a site
        model's evidence, so it is used like one. ``profile``: the profile (with ``model``'s
        fields where it leaves them empty) without its ``links.article`` rules, which make
        :attr:`article`, its template's URLs (every page is read, so a refused page still
        shows its lines to the chrome learner); ``page``: without its selectors and the
        other fields ``sites new`` takes from the model (:data:`MODEL_FIELDS`) either, as an
        ad-hoc crawl reads a page (the single-page path); its follow and deny rules (and the model's) type pages that agree
        (with no model in use, a page of its follow rules is a listing, dated or not)."""
        unruled = base.model_copy(update={"links": base.links.model_copy(update={"article": []})})
        page = unruled.model_copy(update={"selectors": Selectors(), "rules": [], **MODEL_FIELDS})
        types = model.page_types if model is not None else {}
        rules = (*base.links.deny, *base.links.follow)
        if model is not None:
            rules += tuple(r.regex for r in (*model.deny, *model.listing))
        return cls(
            effective_profile(unruled, model) if model is not None else unruled, page,
            tuple(base.links.article),
            frozenset(u for u, t in types.items() if t in ARTICLE_TYPES),
            frozenset(u for u, t in types.items() if t not in ARTICLE_TYPES),
            tuple(dict.fromkeys(rules)), tuple(base.links.follow), model is None,
        )  # fmt: skip

    @property
    def profile_hash(self) -> str:
        """Names what extraction does with it (the model key of a knowledge snapshot)."""
        rules = hashlib.blake2b("\n".join(self.article).encode("utf-8"), digest_size=8)
        return f"{self.profile.profile_hash}:{rules.hexdigest()}"

    def of_template(self, url: str) -> bool:
        """The URL is a sampled article page's, or has the shape of the model's article
        template (a shape the sample did not show is not the template's)."""
        key = canonicalize(url)
        if key in self.sampled:
            return True
        return any(p.search(u) for p in _patterns(self.article) for u in (url, key))

    def typed(self, url: str, refused: NotAnArticle) -> bool:
        """The model types the page as a non-article and the page agrees: a sampled page
        of another type outside the article template's URLs, or a page of a deny or listing
        URL rule that reads as a listing (the ingestor would refuse what the single-page
        path made of it: it is not asked)."""
        key = canonicalize(url)
        if key in self.others and not self.of_template(url):
            return True
        return (
            refused.reason == "listing"
            and key not in self.sampled
            and not self.of_template(url)
            and any(p.search(key) for p in _patterns(self.rules))
        )


    def listed(self, url: str) -> bool:
        """A page of the written profile's listing URLs (:attr:`listing`), outside its
        article template."""
        key = canonicalize(url)
        return (
            key not in self.sampled
            and not self.of_template(url)
            and any(p.search(key) for p in _patterns(self.listing))
        )


@lru_cache(maxsize=64)
def _patterns(regexes: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(r) for r in regexes)


def explained(record: ArticleRecord, url: str, profiles: ModelProfile) -> bool:
    """The model's template explains the page ``record`` was extracted from: its URL is of
    the template, and the model's body, title and date selectors each found their element
    (a page of another template has its own evidence read by the single-page path)."""
    return profiles.of_template(url) and not MISSED.intersection(record.warnings)


def extract_page(
    body: bytes,
    url: str,
    headers: Mapping[str, str],
    profile: SiteProfile | ModelProfile,
    *,
    learned: Learned | None = None,
    fetched_at: str | None = None,
    max_html: int = MAX_HTML,
) -> ArticleRecord | NotAnArticle:
    """:func:`pipelines.extract.extract` with ``profile``; with a :class:`ModelProfile`, the
    model's record of a page its template explains, else what the single-page path makes of
    the page (an article it stores carries the :data:`FALLBACK` warning; a page of a written
    profile's listing URLs is a listing, :meth:`ModelProfile.listed`). A refusal
    that is the page's own (:data:`PAGE_REFUSALS`), or of a page the model types as a
    non-article (:meth:`ModelProfile.typed`), is not extracted again."""
    from pipelines.extract import extract  # here: see the imports

    if isinstance(profile, SiteProfile):
        return extract(body, url, headers, profile, learned=learned, fetched_at=fetched_at,
                       max_html=max_html)  # fmt: skip
    got = extract(body, url, headers, profile.profile, learned=learned, fetched_at=fetched_at,
                  max_html=max_html)  # fmt: skip
    if isinstance(got, ArticleRecord) and explained(got, url, profile):
        return got
    if isinstance(got, NotAnArticle) and (got.reason in PAGE_REFUSALS or profile.typed(url, got)):
        return got
    own = extract(body, url, headers, profile.page, learned=learned, fetched_at=fetched_at,
                  max_html=max_html)  # fmt: skip
    if not isinstance(own, ArticleRecord):
        return own
    if (not own.page_dated or profile.dated_listing) and profile.listed(url):
        return NotAnArticle(url, "listing", "a page of the profile's listing URLs (links.follow)")
    return replace(own, warnings=[*own.warnings, FALLBACK])


class Typing:
    """What the model says a page is, when the profile leaves that to it (no
    ``links.article``, no ``selectors.article``): the type of a sampled page (cross-page
    evidence), else that of the first deny or listing URL rule it matches, when the page
    agrees (:meth:`type_of`). Other pages are left to extraction."""

    def __init__(self, model: SiteModel, base: SiteProfile) -> None:
        self.model = model
        self.applies = base.inferred or not (base.links.article or base.selectors.article)
        self._article = [re.compile(r.regex) for r in model.article]
        self._others = [(re.compile(r.regex), r.kind) for r in model.deny] + [
            (re.compile(r.regex), "listing") for r in model.listing
        ]

    def is_article_url(self, url: str) -> bool:
        """The URL is of the model's article template."""
        key = canonicalize(url)
        return any(p.search(u) for p in self._article for u in (url, key))

    def type_of(self, url: str, dated: bool | None = None) -> str | None:
        """The page's type when it is not an article; None: an article, or no say.

        A sampled page has the type the sample gave it, except a dated page of the article
        template's URLs typed as one of :data:`SOFT_TYPES`: the cross-page evidence then
        disagrees with itself and the page's own decides (a copy: which of two pages with
        one text is the copy is the near-duplicate step's to say, and the article moves to
        the article template's URL; a listing or static page: one with its own date, that
        the page path reads as no listing). Another
        page has the type of the URL rule it matches only when the page agrees: ``dated``,
        whether the article extraction made of it has a publication date, is False (an
        article of its own, with a date, is not turned away by the shape of its URL alone).
        None: what the model says."""
        if not self.applies:
            return None
        key = canonicalize(url)
        known = self.model.page_types.get(key)
        if known is not None:
            mixed = dated and known in SOFT_TYPES and self.is_article_url(url)
            return None if known in ARTICLE_TYPES or mixed else known
        if self.is_article_url(url) or dated:
            return None
        for pattern, kind in self._others:
            if pattern.search(key):
                return kind
        return None


def load_model(stored: StoredModel | None) -> SiteModel | None:
    """The model an archive row holds (None, logged, when it no longer reads: a model stored
    by another version of the inference is then inferred again)."""
    if stored is None:
        return None
    from pipelines.inference import SiteModel  # here: see the imports

    try:
        return SiteModel.from_json(stored.model_json)
    except (ValueError, TypeError, KeyError) as exc:
        logger.warning("Stored site model %d of %s is not readable (%s); inferred again",
                       stored.id, stored.site_id, exc)  # fmt: skip
        return None


class Seeds(NamedTuple):
    """What an ingest of a site starts from: the archive's learned chrome, latest confident
    site model and recent articles' body fingerprints."""

    chrome: StoredChrome
    model: SiteModel | None
    recent: list[tuple[int, str, str]]
    evidence: str | None = None  # what the model was inferred from (:func:`evidence`)

    def kwargs(self) -> dict[str, Any]:
        """As :class:`pipelines.ingest.Ingestor` takes them."""
        return {"known": self.chrome, "site_model": self.model, "recent": self.recent,
                "model_evidence": self.evidence}  # fmt: skip


def seeds(writer: Any, site_id: str) -> Seeds:
    """The seeds of ``site_id`` read through an :class:`archive.store.ArchiveWriter`."""
    stored = writer.load_site_model(site_id)
    model = load_model(stored)
    return Seeds(writer.load_chrome(site_id), model,
                 [tuple(f) for f in writer.recent_fingerprints(site_id)],
                 stored.evidence if model is not None else None)  # fmt: skip


def describe(model: SiteModel, *, in_use: bool | None = None) -> list[tuple[str, str]]:
    """A site model as (what, value) rows for people: the crawl summary, ``sites model``,
    ``sites new`` and ``sites check`` print them."""
    state = "confident" if model.confident else "not confident"
    if in_use is not None:
        state += ", in use" if in_use else ", not used"
    rows = [("site model", f"{state}: {model.confidence:.2f} from {model.pages} pages")]
    types = sorted(model.types.items(), key=lambda kv: (-kv[1], kv[0]))
    rows.append(("page types", ", ".join(f"{k} {v}" for k, v in types) or "none"))
    for rule in model.article:
        rows.append(("article URLs", f"{rule.template} ({rule.agree} of {rule.pages} pages)"))
    for rule in model.deny:
        rows.append((f"{rule.kind} URLs", f"{rule.template} ({rule.pages} pages)"))
    for name in ("title", "date", "author", "lead", "body", "marker"):
        chosen = getattr(model, name)
        if chosen is not None:
            label = "article mark" if name == "marker" else name
            rows.append((f"{label} selector", f"{chosen.selector} ({chosen.agree} of {chosen.pages} pages)"))
    if model.remove:
        rows.append(("removed", ", ".join(r.selector for r in model.remove)))
    rows += [("note", note) for note in model.notes]
    return rows
