"""What the ingestor (:mod:`pipelines.ingest`) works with: where rows and counts go (the
:class:`ArticleStore`, :class:`Stats` and :class:`Listener` protocols, :class:`Counts`), what
became of a capture (:class:`Outcome`), and its own bookkeeping of captures on their way
(:class:`Ticket`) and of the articles it stored (:class:`Saved`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol, TypeVar

from archive.capture import CaptureRef
from pipelines.record import ArticleRecord, NotAnArticle

T = TypeVar("T")
#: refusals that mean "never an article candidate" (a listing URL, a PDF): not failures, and
#: they teach nothing
NOT_CANDIDATE = frozenset({"not_article_url", "not_html"})
TYPED = "site model:"  # the detail of a refusal by the site model's page type
MIXED = -1  # knowledge version of a record joined from parts extracted with different ones


class ArticleStore(Protocol):
    """Where the ingestor's rows go (:class:`archive.store.ArchiveWriter` is one)."""

    def save_article(
        self, site_id: str, record: Any, capture_id: int | None, crawl_id: int | None,
        fetched_at: str, refs: Sequence[Any] = (),
    ) -> tuple[int, str]: ...  # fmt: skip

    def restate_article(self, article_id: int, record: Any) -> str: ...

    def discard_article(self, article_id: int) -> None: ...

    def add_failure(
        self, crawl_id: int | None, site_id: str | None, url: str, reason: str, detail: str = ""
    ) -> None: ...

    def save_chrome(
        self, site_id: str, lines: Iterable[str], title_affixes: Iterable[str],
        crawl_id: int | None,
    ) -> int: ...  # fmt: skip

    def link_media(self, site_id: str) -> int: ...

    def replace_article_refs(self, article_id: int, refs: Iterable[Any]) -> int: ...

    def update_article_refs(self, article_id: int, refs: Iterable[Any]) -> int | None: ...

    def update_attachment_text(
        self, capture_id: int, result: Any, refs: Iterable[Any] = (), *, extractor: str | None = None
    ) -> bool: ...

    def save_site_model(
        self, site_id: str, crawl_id: int | None, model_json: str, confident: bool,
        evidence: str | None = None,
    ) -> int | None: ...  # fmt: skip

    def set_fingerprint(self, article_id: int, fingerprint: str) -> None: ...

    def article_body(self, article_id: int) -> str | None: ...

    def move_article(
        self, article_id: int, url: str, capture_id: int | None = None,
        crawl_id: int | None = None, fetched_at: str | None = None,
    ) -> bool: ...  # fmt: skip


class Stats(Protocol):
    """Where counts go (Scrapy's stats collector is one; :class:`Counts` another)."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None: ...

    def set_value(self, key: str, value: Any) -> None: ...


class Counts(Counter[str]):
    """A :class:`Stats` for offline modes: a Counter."""

    def inc_value(self, key: str, count: int = 1, start: int = 0) -> None:
        self[key] += count

    def set_value(self, key: str, value: Any) -> None:
        self[key] = value

    def prefixed(self, prefix: str) -> Counter[str]:
        return Counter({k.removeprefix(prefix): v for k, v in self.items() if k.startswith(prefix)})


class Listener(Protocol):
    """Told of every final decision (``reextract`` reports changes through it)."""

    def saved(self, record: ArticleRecord, outcome: str) -> None: ...

    def refused(self, capture: CaptureRef, result: NotAnArticle) -> None: ...


class Outcome(NamedTuple):
    """What became of a capture: ``new``, ``changed``, ``unchanged``, ``held`` (until the
    knowledge is ready), ``part_held`` (until the other parts come) or
    ``not_article:<reason>`` (``detail``: extraction's, e.g. the canonical URL of a
    ``duplicate_of_canonical`` page; for ``near_duplicate``, the URL of the article it is)."""

    kind: str
    detail: str = ""


@dataclass(eq=False)
class Ticket:
    """One capture on its way through the ingestor."""

    capture: CaptureRef
    outcome: Future[Outcome] = field(default_factory=Future)
    version: int = 0  # knowledge version of its latest extraction
    extracted: bool = False  # extracted at least once
    reported: bool = False  # its page has taught the knowledge
    settling: Saved | None = None  # extracted again for the settle step
    rechecking: NotAnArticle | None = None  # a refusal extracted again for the settle step
    refs: tuple[Any, ...] = ()  # the citations its latest extraction found
    #: (the body, its fingerprint) as the worker made them in its latest extraction
    fingerprint: tuple[list[str], str] | None = None

    def resolve(self, kind: str, detail: str = "") -> None:
        if not self.outcome.done():
            self.outcome.set_result(Outcome(kind, detail))


@dataclass(eq=False)
class Saved:
    """An article stored by this ingest, as needed to settle it."""

    article_id: int
    outcome: str
    tickets: tuple[Ticket, ...]  # its captures, page 1 first
    version: int
    url: str
    lines: frozenset[int]  # fingerprint of the record
    titled: bool
    digest: int
    results: dict[int, ArticleRecord | None] = field(default_factory=dict)  # settle: by ticket
    dated: bool = True  # the record has a publication date (a URL rule's type needs none)


def digest(record: ArticleRecord) -> int:
    """A hash of everything of a record the archive stores (compared within one ingest)."""
    return hash((record.title, tuple(record.body), record.published_at, record.author,
                 record.lead, record.date_raw, record.date_precision, record.updated_at,
                 record.author_unit, record.source, tuple(record.images),
                 tuple(record.attachments), tuple(record.warnings), record.extractor))  # fmt: skip


def made_fingerprint(tickets: Sequence[Ticket], record: ArticleRecord) -> str | None:
    """The body fingerprint the worker made for ``record`` (one capture's, its body as the
    worker sent it), or None: a joined article, or a record whose body changed since."""
    made = tickets[0].fingerprint if len(tickets) == 1 else None
    if made is None or made[0] != record.body:
        return None
    return made[1]


def version_of(tickets: Iterable[Ticket]) -> int:
    versions = {t.version for t in tickets}
    return versions.pop() if len(versions) == 1 else MIXED


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
