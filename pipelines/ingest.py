"""The one path from an archived capture to an article row, for every mode.

An :class:`Ingestor` takes captures of one site (:class:`archive.capture.CaptureRef`) and
stores what they hold. The crawl feeds it one capture at a time (:meth:`Ingestor.feed`,
through the Scrapy item pipeline ``pipelines/item.py``); ``rebuild``, ``import-warc`` and
``reextract`` feed it a stream (:meth:`Ingestor.ingest`, ``pipelines/offline.py``). Either
way the same steps run:

1. extraction in a process pool (:mod:`pipelines.pool`), from the WARC record, with what is
   known of the site (:class:`pipelines.knowledge.SiteKnowledge`: its learned chrome and its
   inferred site model, each seeded from the archive);
2. every page extracted teaches the knowledge, and every candidate page is offered to the
   site model's sample, from which the model is inferred in a worker at every doubling of
   the pages seen and once more at the end; while the knowledge warms up (too few pages for
   the chrome, no confident site model yet), records are held and extracted again once it
   is ready; a record extracted with knowledge that has changed since, in a way that
   concerns it, is extracted again; pages the site model types as non-articles (listings,
   static pages, print copies, calendars, ...) are refused, counted by type;
3. the parts of an article split over pages (``?page=2``) are held until all are in, then
   joined (:func:`pipelines.multipage.join`) and stored once, with the first page's capture;
4. articles are saved (new / changed / unchanged; images and attachments linked to their
   captures by the archive), unless the site already has the same text at another URL
   (:mod:`pipelines.neardup`: the page is then that article, at the site model's article
   URL, else the first seen); refusals are counted and recorded as failures;
5. at the end (:meth:`Ingestor.close`): held records and incomplete articles are stored, every
   record stored with knowledge other than the final one is checked against it and restated
   when it differs (*settling*: what is stored is what the final knowledge extracts, whatever
   the order pages came in, so a crawl and a rebuild of its WARCs agree), the learned chrome
   and the site model are saved and media captured after their article are linked.

Threads. In the crawl the results are handled on the archive thread (``dispatch``: the crawl
recorder's), where every write of the crawl happens, as they complete; offline (no
``dispatch``) they are handled in the caller's thread in the order the captures came.
The ingestor itself holds no Scrapy and no SQL: it writes through an :class:`ArticleStore`.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, Protocol, TypeVar

from archive.capture import CaptureRef
from archive.chrome import StoredChrome
from config.profile import SiteProfile
from pipelines.fingerprint import fingerprint as body_fingerprint
from pipelines.inference import SiteModel
from pipelines.knowledge import CHROME_SENSITIVE, SiteKnowledge, fingerprint
from pipelines.multipage import join
from pipelines.neardup import Known, RecentBodies
from pipelines.pool import ExtractionPool, Result
from pipelines.record import ArticleRecord, NotAnArticle

logger = logging.getLogger(__name__)

T = TypeVar("T")
CHUNK_SIZE = 16  # captures per pool task when a stream is ingested
#: refusals that mean "never an article candidate" (a listing URL, a PDF): not failures, and
#: they teach nothing
NOT_CANDIDATE = frozenset({"not_article_url", "not_html"})
TYPED = "site model:"  # the detail of a refusal by the site model's page type
MIXED = -1  # knowledge version of a record joined from parts extracted with different ones


class ArticleStore(Protocol):
    """Where the ingestor's rows go (:class:`archive.store.ArchiveWriter` is one)."""

    def save_article(
        self, site_id: str, record: Any, capture_id: int | None, crawl_id: int | None,
        fetched_at: str,
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

    def save_site_model(
        self, site_id: str, crawl_id: int | None, model_json: str, confident: bool
    ) -> int | None: ...

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
class _Ticket:
    """One capture on its way through the ingestor."""

    capture: CaptureRef
    outcome: Future[Outcome] = field(default_factory=Future)
    version: int = 0  # knowledge version of its latest extraction
    extracted: bool = False  # extracted at least once
    reported: bool = False  # its page has taught the knowledge
    settling: _Saved | None = None  # extracted again for the settle step
    rechecking: NotAnArticle | None = None  # a refusal extracted again for the settle step

    def resolve(self, kind: str, detail: str = "") -> None:
        if not self.outcome.done():
            self.outcome.set_result(Outcome(kind, detail))


@dataclass(eq=False)
class _Saved:
    """An article stored by this ingest, as needed to settle it."""

    article_id: int
    outcome: str
    tickets: tuple[_Ticket, ...]  # its captures, page 1 first
    version: int
    url: str
    lines: frozenset[int]  # fingerprint of the record
    titled: bool
    digest: int
    results: dict[int, ArticleRecord | None] = field(default_factory=dict)  # settle: by ticket


def _digest(record: ArticleRecord) -> int:
    """A hash of everything of a record the archive stores (compared within one ingest)."""
    return hash((record.title, tuple(record.body), record.published_at, record.author,
                 record.lead, record.date_raw, record.date_precision, record.updated_at,
                 record.author_unit, record.source, tuple(record.images),
                 tuple(record.attachments), tuple(record.warnings), record.extractor))  # fmt: skip


def _version_of(tickets: Iterable[_Ticket]) -> int:
    versions = {t.version for t in tickets}
    return versions.pop() if len(versions) == 1 else MIXED


def _teaches(result: Result) -> bool:
    return not (isinstance(result, NotAnArticle) and result.reason in NOT_CANDIDATE)


class Ingestor:
    """Captures of one site in, article rows out; see the module docstring."""

    def __init__(
        self,
        profile: SiteProfile,
        root: Path,
        store: ArticleStore,
        *,
        known: StoredChrome | None = None,
        crawl_id: int | None = None,
        workers: int | None = None,
        warmup: int = 20,
        stats: Stats | None = None,
        record_failures: bool = True,
        dispatch: Callable[[Callable[[], None]], object] | None = None,
        listener: Listener | None = None,
        site_model: SiteModel | None = None,
        recent: Iterable[tuple[int, str, str]] = (),
        infer: bool = True,
    ) -> None:
        """``site_model``: the archive's latest confident model of the site (used from the
        first page); ``recent``: ``(article id, url, body fingerprint)`` of the site's recent
        articles, newest first (the near-duplicate test); ``infer``: infer the site model
        from the pages ingested."""
        self.profile = profile
        self.store = store
        self.crawl_id = crawl_id
        self.stats: Stats = stats if stats is not None else Counts()
        self.record_failures = record_failures
        self.listener = listener
        self.knowledge = SiteKnowledge(known, warmup, profile=profile, model=site_model,
                                       infer=infer)  # fmt: skip
        self.recent = RecentBodies(recent)
        self.pool = ExtractionPool(root, workers)
        self._dispatch = dispatch
        self._queue: deque[tuple[Callable[[Future[Any]], None], Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._inflight = 0
        self._idle = threading.Event()
        self._idle.set()
        self._warming = True
        self._held: list[_Ticket] = []
        self._parts: dict[str, list[tuple[_Ticket, ArticleRecord]]] = {}
        self._saved: list[_Saved] = []
        self._saved_here: dict[int, _Saved] = {}  # by article id
        self._refused: list[tuple[_Ticket, NotAnArticle]] = []  # knowledge may change these
        self._inferring = False
        self._closed = False

    # --- feeding -----------------------------------------------------------------------------

    def feed(self, capture: CaptureRef) -> Future[Outcome]:
        """Extract and store one capture; the future tells its :class:`Outcome`, or the error."""
        ticket = _Ticket(capture)
        self._submit([ticket])
        return ticket.outcome

    def feed_when(self, pending: Future[CaptureRef]) -> Future[Outcome]:
        """:meth:`feed` the capture ``pending`` resolves to (a record still being written),
        from the thread that resolves it; :meth:`close` waits for it too."""
        outcome: Future[Outcome] = Future()
        with self._lock:
            self._inflight += 1
            self._idle.clear()

        def go(resolved: Future[CaptureRef]) -> None:
            try:
                exc = resolved.exception()
                if exc is not None:  # the record was not written (logged where it failed)
                    outcome.set_exception(exc)
                else:
                    self._submit([_Ticket(resolved.result(), outcome)])
            finally:
                self._one_done()

        pending.add_done_callback(go)
        return outcome

    def ingest(self, captures: Iterable[CaptureRef], chunk_size: int = CHUNK_SIZE) -> None:
        """Extract and store a stream of captures, handled in order (no ``dispatch``). At most
        a few chunks per worker are in flight, so the stream is read lazily."""
        for chunk in chunked(captures, chunk_size):
            self._submit([_Ticket(capture) for capture in chunk])
            while len(self._queue) >= self.pool.workers * 3:
                self._handle_next()
        self._wait_idle()

    def close(self) -> Counter[str]:
        """Finish: store what is held, settle, save the learned chrome, link media; return the
        counts of an offline ingest (a crawl's go to its stats). Not on the dispatch thread."""
        if self._closed:
            return self._counts()
        self._closed = True
        try:
            self._wait_idle()
            self._call(self._final_inference)
            self._wait_idle()
            self._call(self._end_warmup)
            self._wait_idle()
            self._call(self._flush_parts)
            self._call(self._settle)
            self._wait_idle()
            self._call(self._flush_parts)
            self._call(self._finish)
        finally:
            self.pool.shutdown()
        return self._counts()

    def _counts(self) -> Counter[str]:
        return self.stats if isinstance(self.stats, Counts) else Counter()

    # --- the pool ----------------------------------------------------------------------------

    def _submit(self, tickets: list[_Ticket], final: bool = False) -> None:
        snapshot = self.knowledge.refresh() if final else self.knowledge.current()
        again = sum(t.extracted and self.knowledge.model_changed(t.version, snapshot.version)
                    for t in tickets)  # fmt: skip
        if again:
            self.stats.inc_value("govarchive/site_model/reextracted", again)
        for ticket in tickets:
            ticket.version = snapshot.version
        future = self.pool.submit([t.capture for t in tickets], snapshot.profile, snapshot.shared)
        self._enqueue(lambda f: self._handle(tickets, f), future)

    def _enqueue(self, handler: Callable[[Future[Any]], None], future: Future[Any]) -> None:
        """``handler(future)`` once it is done: in order here (offline), else on dispatch."""
        if self._dispatch is None:
            self._queue.append((handler, future))
            return
        with self._lock:
            self._inflight += 1
            self._idle.clear()
        dispatch = self._dispatch
        future.add_done_callback(lambda f: dispatch(lambda: self._done(handler, f)))

    def _done(self, handler: Callable[[Future[Any]], None], future: Future[Any]) -> None:
        try:
            handler(future)
        finally:
            self._one_done()

    def _one_done(self) -> None:
        with self._lock:
            self._inflight -= 1
            if self._inflight == 0:
                self._idle.set()

    def _handle_next(self) -> None:
        handler, future = self._queue.popleft()
        handler(future)

    def _wait_idle(self) -> None:
        if self._dispatch is None:
            while self._queue:
                self._handle_next()
        else:
            self._idle.wait()

    def _call(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` where results are handled, and wait for it."""
        if self._dispatch is None:
            return fn()
        done: Future[T] = Future()

        def run() -> None:
            try:
                done.set_result(fn())
            except BaseException as exc:  # noqa: BLE001 (raised again below)
                done.set_exception(exc)

        self._dispatch(run)
        return done.result()

    # --- results -----------------------------------------------------------------------------

    def _handle(self, tickets: list[_Ticket], future: Future[list[Result]]) -> None:
        try:
            results = future.result()
        except Exception as exc:  # a broken pool or record: logged, counted, recorded
            for ticket in tickets:
                self._failed(ticket, exc)
            return
        for ticket, result in zip(tickets, results, strict=True):
            ticket.extracted = True
            try:
                if ticket.settling is not None:
                    self._resettled(ticket, result)
                else:
                    self._extracted(ticket, result)
            except Exception as exc:  # noqa: BLE001 (a store error must not stop the others)
                self._failed(ticket, exc)

    def _failed(self, ticket: _Ticket, exc: BaseException) -> None:
        url = ticket.capture.url
        self.stats.inc_value("govarchive/errors/extract_failed")
        logger.error("Extraction of %s failed: %r", url, exc, exc_info=exc)
        if self.record_failures:
            self.store.add_failure(self._crawl(ticket), self.profile.id, url, "extract_failed",
                                   repr(exc)[:500])  # fmt: skip
        if not ticket.outcome.done():
            ticket.outcome.set_exception(exc)

    def _extracted(self, ticket: _Ticket, result: Result) -> None:
        if _teaches(result) and not ticket.reported:
            ticket.reported = True
            self.knowledge.observe(result)
            if self.knowledge.offer(ticket.capture):
                self._infer()
        if self._warming:
            if not self.knowledge.warming_up:
                self._end_warmup()
            elif isinstance(result, ArticleRecord):  # refusals are decided now (settled later)
                self._held.append(ticket)
                self.stats.inc_value("govarchive/held")
                ticket.resolve("held")
                return
        if self.knowledge.outdated(result, ticket.version):
            self.stats.inc_value("govarchive/extracted_again")
            self._submit([ticket])
            return
        self._decided(ticket, self._typed(ticket, result))

    # --- the site model ----------------------------------------------------------------------

    def _infer(self) -> None:
        """Infer the site model from the current sample, in a worker (one run at a time)."""
        sample = self.knowledge.sample
        if sample is None or self._inferring:
            return
        self._inferring = True
        self._enqueue(self._inferred, self.pool.infer(sample.take(), self.profile.timezone))

    def _inferred(self, future: Future[SiteModel]) -> None:
        self._inferring = False
        try:
            model = future.result()
        except Exception as exc:  # a bug in the inference must not stop the ingest
            self.stats.inc_value("govarchive/errors/site_model")
            logger.error("Site model inference for %s failed: %r", self.profile.id, exc,
                         exc_info=exc)  # fmt: skip
            return
        self.stats.inc_value("govarchive/site_model/runs")
        if self.knowledge.adopt(model):
            self.stats.inc_value("govarchive/site_model/adopted")
            logger.info("Site model of %s from %d pages: confidence %.2f, %s", self.profile.id,
                        model.pages, model.confidence,
                        "in use" if self.knowledge.model is not None else "not used")  # fmt: skip
        if self._warming and not self.knowledge.warming_up:
            self._end_warmup()
        sample = self.knowledge.sample
        if sample is not None and sample.due:  # pages came meanwhile
            self._infer()

    def _final_inference(self) -> None:
        """At the end: the model of the final sample (the same whatever order pages came)."""
        sample = self.knowledge.sample
        if sample is not None and sample.changed and not self._inferring:
            self._infer()

    def _typed(self, ticket: _Ticket, result: Result) -> Result:
        """An article of a page the site model types as a non-article is refused as that
        type. (A page extraction refuses keeps its reason: a ``duplicate_of_canonical`` page
        has its canonical URL requested by the crawl.)"""
        if not isinstance(result, ArticleRecord):
            return result
        kind = self.knowledge.page_type(ticket.capture.url)
        if kind is None:
            return result
        return NotAnArticle(ticket.capture.url, kind, f"{TYPED} a {kind} page, not an article")

    def _end_warmup(self) -> None:
        """The knowledge is ready (or the input ended): extract the held records again."""
        if not self._warming:
            return
        self._warming = False
        held, self._held = self._held, []
        if held:
            self._submit(held, final=True)

    def _decided(self, ticket: _Ticket, result: Result) -> None:
        earlier, ticket.rechecking = ticket.rechecking, None
        if isinstance(result, NotAnArticle):
            if earlier is None:
                self._refuse(ticket, result)
            elif result.reason != earlier.reason:  # refused again, for another reason now
                self.stats.inc_value(f"govarchive/not_article/{earlier.reason}", -1)
                self.stats.inc_value(f"govarchive/not_article/{result.reason}")
            return
        if earlier is not None:  # refused before the knowledge was final; an article now
            self.stats.inc_value(f"govarchive/not_article/{earlier.reason}", -1)
        if result.part > 1 or result.parts:
            have = self._parts.setdefault(result.url, [])
            have.append((ticket, result))
            first = next((r for _, r in have if r.part == 1), None)
            if first is None or len(have) < len(first.parts) + 1:
                ticket.resolve("part_held")
                return
            self._save_parts(result.url)
        else:
            self._save([ticket], result)

    def _refuse(self, ticket: _Ticket, result: NotAnArticle) -> None:
        self.stats.inc_value(f"govarchive/not_article/{result.reason}")
        if self.record_failures and result.reason not in NOT_CANDIDATE:
            self.store.add_failure(self._crawl(ticket), self.profile.id, ticket.capture.url,
                                   f"not_article:{result.reason}", result.detail[:500])  # fmt: skip
        if result.reason in CHROME_SENSITIVE or self.knowledge.sample is not None:
            self._refused.append((ticket, NotAnArticle(result.url, result.reason, result.detail[:200])))
        if self.listener is not None:
            self.listener.refused(ticket.capture, result)
        ticket.resolve(f"not_article:{result.reason}", result.detail)

    def _save_parts(self, url: str) -> None:
        have = sorted(self._parts.pop(url), key=lambda tr: tr[1].part)
        self.stats.inc_value("govarchive/articles/joined_parts", len(have))
        self._save([t for t, _ in have], join(r for _, r in have))

    def _flush_parts(self) -> None:
        """Articles whose parts never all came: page 1 and what came with it are stored; parts
        without their page 1 are not an article."""
        for url in list(self._parts):
            have = self._parts[url]
            if any(r.part == 1 for _, r in have):
                self._save_parts(url)
                continue
            del self._parts[url]
            for ticket, record in have:
                self._refuse(ticket, NotAnArticle(
                    ticket.capture.url, "part_without_first", f"part {record.part} of {url}"
                ))  # fmt: skip

    def _save(self, tickets: list[_Ticket], record: ArticleRecord) -> None:
        body = body_fingerprint(record.body)
        same = self.recent.find(record.url, body, record.body, self.store.article_body)
        if same is not None and self._same_article(tickets, record, body, same):
            return
        head = tickets[0].capture
        article_id, outcome = self.store.save_article(
            self.profile.id, record, head.capture_id, self._crawl(tickets[0]), head.fetched_at
        )
        self.store.set_fingerprint(article_id, body)
        self.recent.add(record.url, article_id, body)
        self.stats.inc_value(f"govarchive/articles/{outcome}")
        if record.published_at is None:
            self.stats.inc_value("govarchive/date_unparsed")
            logger.info("No publication date found in %s", record.url)
        if record.chrome_removed:
            self.stats.inc_value("govarchive/chrome_removed", len(record.chrome_removed))
        saved = _Saved(article_id, outcome, tuple(tickets), _version_of(tickets), record.url,
                       fingerprint(record), bool(record.page_title), _digest(record))  # fmt: skip
        self._saved.append(saved)
        self._saved_here.setdefault(article_id, saved)
        if self.listener is not None:
            self.listener.saved(record, outcome)
        for ticket in tickets:
            ticket.resolve(outcome)

    def _same_article(
        self, tickets: list[_Ticket], record: ArticleRecord, body: str, same: Known
    ) -> bool:
        """``record`` has the text of the stored article ``same`` (at another URL): one
        article. It keeps its URL unless ``record``'s is the site model's article URL and its
        own is not: the article then moves to it. True when handled here."""
        self.stats.inc_value("govarchive/dropped/near_duplicate")
        url = record.url
        if not (self.knowledge.is_article_url(url) and not self.knowledge.is_article_url(same.url)):
            logger.info("%s has the text of %s: the same article, not stored again", url, same.url)
            if self.record_failures:
                self.store.add_failure(self._crawl(tickets[0]), self.profile.id, url,
                                       "near_duplicate", f"the text of {same.url}")  # fmt: skip
            for ticket in tickets:
                ticket.resolve("not_article:near_duplicate", same.url)
            return True
        head, crawl = tickets[0].capture, self._crawl(tickets[0])
        earlier = self._saved_here.get(same.article_id)
        if earlier is not None and earlier.outcome == "new":  # stored by this ingest: replaced
            if not self.store.move_article(same.article_id, url, head.capture_id, crawl,
                                           head.fetched_at):  # fmt: skip
                self.stats.inc_value("govarchive/dropped/near_duplicate", -1)
                return False
            self.store.restate_article(same.article_id, record)
            outcome = "new"
            earlier.tickets, earlier.version, earlier.url = tuple(tickets), _version_of(tickets), url
            earlier.lines, earlier.titled = fingerprint(record), bool(record.page_title)
            earlier.digest = _digest(record)
        else:  # an article of the archive: it moves, and this is its new version
            if not self.store.move_article(same.article_id, url):
                self.stats.inc_value("govarchive/dropped/near_duplicate", -1)
                return False
            _, outcome = self.store.save_article(self.profile.id, record, head.capture_id, crawl,
                                                 head.fetched_at)  # fmt: skip
            self.stats.inc_value(f"govarchive/articles/{outcome}")
            saved = _Saved(same.article_id, outcome, tuple(tickets), _version_of(tickets), url,
                           fingerprint(record), bool(record.page_title), _digest(record))  # fmt: skip
            self._saved.append(saved)
            self._saved_here[same.article_id] = saved
        logger.info("%s has the text of %s: the article moves to the site's article URL", url,
                    same.url)  # fmt: skip
        self.store.set_fingerprint(same.article_id, body)
        self.recent.moved(same.url, url, same.article_id, body)
        if self.listener is not None:
            self.listener.saved(record, outcome)
        for ticket in tickets:
            ticket.resolve(outcome)
        return True

    def _crawl(self, ticket: _Ticket) -> int | None:
        return self.crawl_id if self.crawl_id is not None else ticket.capture.crawl_id

    # --- settling ----------------------------------------------------------------------------

    def _settle(self) -> None:
        """Extract again, with the final knowledge, what was stored or refused with another
        that differs where it matters to it."""
        final = self.knowledge.refresh().version
        redo: list[_Ticket] = []
        for saved in self._saved:
            if self._untyped(saved):
                continue
            if saved.version == final:
                continue
            if (
                saved.version != MIXED
                and not self.knowledge.model_changed(saved.version)
                and not (saved.titled and self.knowledge.titles_changed(saved.version))
                and not saved.lines & self.knowledge.changed_lines(saved.version)
            ):
                continue  # fmt: skip
            for ticket in saved.tickets:
                ticket.settling = saved
                redo.append(ticket)
        refused, self._refused = self._refused, []
        for ticket, result in refused:
            typed = result.detail.startswith(TYPED)
            kind = self.knowledge.page_type(ticket.capture.url) if typed else None
            if kind is not None:  # typed by an earlier model, and by the final one
                self._retyped(result, kind)
            elif typed or (ticket.version != final and (
                result.reason in CHROME_SENSITIVE or self.knowledge.model_changed(ticket.version)
            )):  # fmt: skip
                # typed by an earlier model and not by the final one, or extracted with
                # knowledge that has changed where it matters to it
                ticket.rechecking = result
                redo.append(ticket)
        if redo:
            self.stats.inc_value("govarchive/articles/settle_checked", len(redo))
            for start in range(0, len(redo), CHUNK_SIZE):
                self._submit(redo[start : start + CHUNK_SIZE], final=True)

    def _retyped(self, refused: NotAnArticle, kind: str) -> None:
        if refused.reason != kind:
            self.stats.inc_value(f"govarchive/not_article/{refused.reason}", -1)
            self.stats.inc_value(f"govarchive/not_article/{kind}")

    def _untyped(self, saved: _Saved) -> bool:
        """An article this ingest stored as new, before the final site model typed its page
        as a non-article: taken back (a rebuild with that model would not store it)."""
        if saved.outcome != "new":
            return False
        kind = self.knowledge.page_type(saved.tickets[0].capture.url)
        if kind is None:
            return False
        self.store.discard_article(saved.article_id)
        self.stats.inc_value("govarchive/articles/new", -1)
        self.stats.inc_value(f"govarchive/not_article/{kind}")
        self.stats.inc_value("govarchive/site_model/taken_back")
        logger.info("%s: stored before the site model said it is a %s page; taken back",
                    saved.url, kind)  # fmt: skip
        if self.record_failures:
            self.store.add_failure(self._crawl(saved.tickets[0]), self.profile.id, saved.url,
                                   f"not_article:{kind}", "site model (final)")  # fmt: skip
        return True

    def _resettled(self, ticket: _Ticket, result: Result) -> None:
        saved, ticket.settling = ticket.settling, None
        assert saved is not None
        if isinstance(result, NotAnArticle):
            logger.info("%s no longer extracts as an article (%s); kept as stored",
                        ticket.capture.url, result.reason)  # fmt: skip
        saved.results[saved.tickets.index(ticket)] = (
            result if isinstance(result, ArticleRecord) else None
        )
        if len(saved.results) < len(saved.tickets):
            return
        parts = [saved.results[i] for i in range(len(saved.tickets))]
        if any(p is None for p in parts):
            return
        records = [p for p in parts if p is not None]
        record = records[0] if len(records) == 1 else join(records)
        if _digest(record) == saved.digest:
            return
        if saved.outcome in ("new", "changed"):
            outcome = self.store.restate_article(saved.article_id, record)
        else:  # the archive's earlier version was kept: the final record is a new one
            head = saved.tickets[0].capture
            _, outcome = self.store.save_article(self.profile.id, record, head.capture_id,
                                                 self._crawl(saved.tickets[0]), head.fetched_at)  # fmt: skip
        if outcome != saved.outcome:
            self.stats.inc_value(f"govarchive/articles/{saved.outcome}", -1)
            self.stats.inc_value(f"govarchive/articles/{outcome}")
        self.stats.inc_value("govarchive/articles/settled")
        if self.listener is not None:
            self.listener.saved(record, outcome)

    # --- the end -----------------------------------------------------------------------------

    def _finish(self) -> None:
        lines, affixes = self.knowledge.learned_lines()
        added = self.store.save_chrome(self.profile.id, lines, affixes, self.crawl_id)
        self.stats.set_value("govarchive/chrome_learned", added)
        model = self.knowledge.to_store
        if model is not None:
            self.store.save_site_model(self.profile.id, self.crawl_id, model.to_json(),
                                       model.confident)  # fmt: skip
            self.stats.set_value("govarchive/site_model/sample", model.pages)
        self.stats.set_value("govarchive/site_model/in_use", int(self.knowledge.model is not None))
        self.store.link_media(self.profile.id)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
