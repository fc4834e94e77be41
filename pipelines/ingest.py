"""The one path from an archived capture to an article row, for every mode.

An :class:`Ingestor` takes captures of one site (:class:`archive.capture.CaptureRef`) and
stores what they hold. The crawl feeds it one capture at a time (:meth:`Ingestor.feed`,
through the Scrapy item pipeline ``pipelines/item.py``); ``rebuild``, ``import-warc`` and
``reextract`` feed it a stream (:meth:`Ingestor.ingest`, ``pipelines/offline.py``). Either
way the same steps run:

1. extraction in a process pool (:mod:`pipelines.pool`; or on a Dask cluster,
   :mod:`pipelines.daskpool`, given as ``pool``), from the WARC record, with what is
   known of the site (:class:`pipelines.knowledge.SiteKnowledge`: its learned chrome and its
   inferred site model, each seeded from the archive);
2. every page extracted teaches the knowledge, and every candidate page is offered to the
   site model's sample, from which the model is inferred in a worker at every doubling of
   the pages seen and once more at the end; while the knowledge warms up (too few pages for
   the chrome, no confident site model yet), records are held until it is ready, then
   extracted again if it has changed where it concerns them (else decided as they are); a
   record extracted with knowledge that has changed since, in a way that concerns it, is
   extracted again; pages the site model types as non-articles (listings,
   static pages, print copies, calendars, ...) are refused, counted by type;
3. the parts of an article split over pages (``?page=2``) are held until all are in, then
   joined (:func:`pipelines.multipage.join`) and stored once, with the first page's capture;
4. articles are saved (new / changed / unchanged; images and attachments linked to their
   captures by the archive), unless the site already has the same text at another URL
   (:mod:`pipelines.neardup`: the page is then that article, at the URL that ranks first:
   the site model's article URL, no copy's shape, the URL more of the site's pages link,
   :mod:`pipelines.linkgraph`; reviewed at the end with every page's links), with the legal
   documents they cite
   (:mod:`pipelines.ingestdocs`); refusals are counted and recorded as failures; attached
   documents (``capture.document``) are stored as their text and references;
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
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from archive.capture import CaptureRef
from archive.chrome import StoredChrome
from archive.errors import WritesStopped
from config.profile import SiteProfile
from pipelines.datezone import site_zone
from pipelines.decode import MAX_HTML
from pipelines.documents import Cited, DocumentRead
from pipelines.fingerprint import fingerprint as body_fingerprint
from pipelines.ingestdocs import DocumentSteps, refs_of
from pipelines.ingestmodel import SiteModelSteps
from pipelines.ingestparts import (
    MIXED,
    NOT_CANDIDATE,
    TYPED,
    ArticleStore,
    Counts,
    Listener,
    Outcome,
    Saved,
    Stats,
    T,
    Ticket,
    chunked,
    digest,
    made_fingerprint,
    version_of,
)
from pipelines.knowledge import CHROME_SENSITIVE, SiteKnowledge, fingerprint
from pipelines.linkgraph import LinkGraph
from pipelines.multipage import join
from pipelines.neardup import RecentBodies
from pipelines.pool import ExtractionPool, Output, Pool, Result
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import made_with

if TYPE_CHECKING:  # a crawl process runs no inference: the class comes with a result
    from pipelines.inference import SiteModel

__all__ = ["ArticleStore", "Counts", "Ingestor", "Listener", "Outcome", "Stats", "chunked"]

logger = logging.getLogger(__name__)

CHUNK_SIZE = 16  # captures per pool task when a stream is ingested
#: at most this many captures a pool task when fed one at a time (the crawl): what came while
#: every worker was busy goes together (one pickle, one future, one wake-up of each thread)
FEED_BATCH = 8
#: pool tasks in flight per worker before fed captures wait for one to end
TASKS_PER_WORKER = 2


def _teaches(result: Result) -> bool:
    return not (isinstance(result, NotAnArticle) and result.reason in NOT_CANDIDATE)


class Ingestor(SiteModelSteps, DocumentSteps):
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
        soon: Callable[[Callable[[], None]], object] | None = None,
        listener: Listener | None = None,
        site_model: SiteModel | None = None,
        recent: Iterable[tuple[int, str, str]] = (),
        infer: bool = True,
        pool: Pool | None = None,
        max_html: int | None = None,
        model_evidence: str | None = None,
        trust_model: bool = False,
    ) -> None:
        """``site_model``: the archive's latest confident model of the site (used from the
        first page); ``recent``: ``(article id, url, body fingerprint)`` of the site's recent
        articles, newest first (the near-duplicate test); ``infer``: infer the site model
        from the pages ingested; ``pool``: where extraction runs (default: a process pool
        of ``workers``); ``max_html``: extraction's size limit; ``soon``: like ``dispatch``,
        for a call that may wait for the dispatch thread's current work (default:
        ``dispatch``); ``model_evidence``: what ``site_model`` was inferred from
        (:func:`pipelines.sitemodel.evidence`: a final sample with the same evidence reuses
        it, no run); ``trust_model``: with a ``site_model`` inferred by this code (its
        evidence says so), no inference run but the final one unless the pages stop fitting
        it (``reextract``: the archive's pages again)."""
        self.profile = profile
        self.store = store
        self.crawl_id = crawl_id
        self.stats: Stats = stats if stats is not None else Counts()
        self.record_failures = record_failures
        self.listener = listener
        self.knowledge = SiteKnowledge(known, warmup, profile=profile, model=site_model,
                                       infer=infer, evidence=model_evidence)  # fmt: skip
        sample, seed = self.knowledge.sample, self.knowledge.seed_evidence
        if trust_model and seed is not None and sample is not None:
            if seed.partition(":")[0] == made_with(site_zone(profile)):
                sample.trust()  # (after a code change the model may change: the usual runs)
        self.recent = RecentBodies(recent)
        #: the site's links to each URL, from every page this ingest reads (which of an
        #: article's addresses is its own: :meth:`_same_article`, :meth:`_review_copies`)
        self.links = LinkGraph()
        #: article id -> every URL this ingest met its text at, with their tickets (None: a
        #: URL of the archive's, not read here)
        self._met: dict[int, dict[str, tuple[Ticket, ...] | None]] = {}
        self.pool: Pool = (
            pool if pool is not None
            else ExtractionPool(root, workers, max_html=max_html or MAX_HTML)
        )  # fmt: skip
        self._dispatch = dispatch
        self._soon = soon or dispatch
        self._queue: deque[tuple[Callable[[Future[Any]], None], Future[Any]]] = deque()
        self._lock = threading.Lock()
        self._inflight = 0
        self._idle = threading.Event()
        self._idle.set()
        self._warming = True
        self._held: list[tuple[Ticket, ArticleRecord]] = []  # with what they extracted as
        self._parts: dict[str, list[tuple[Ticket, ArticleRecord]]] = {}
        self._saved: list[Saved] = []
        self._saved_here: dict[int, Saved] = {}  # by article id
        self._refused: list[tuple[Ticket, NotAnArticle]] = []  # knowledge may change these
        self._inferring = False
        self._misfits = [0, 0, 0, 0]  # see SiteModelSteps._fits
        self._fallbacks: set[str] = set()
        self._closed = False
        self._ready: list[Ticket] = []  # fed, not yet submitted (dispatch: see _feed)
        self._tasks = 0  # pool tasks submitted and not yet handled (dispatch)
        self._flushing = False  # a _flush is dispatched and has not run yet
        self._pool_up = True  # the pool's workers have started (dispatch: see _pool_started)
        self._running: list[list[Ticket]] = []  # tickets of the pool tasks in flight (dispatch)
        self._awaited: set[int] | None = None  # at the end: see _sample_first
        when_ready = getattr(self.pool, "when_ready", None)
        if dispatch is not None and when_ready is not None:
            self._pool_up = False
            when_ready(self._pool_started)

    # --- feeding -----------------------------------------------------------------------------

    def feed(self, capture: CaptureRef) -> Future[Outcome]:
        """Extract and store one capture; the future tells its :class:`Outcome`, or the error."""
        ticket = Ticket(capture)
        self._feed(ticket)
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
                    self._feed(Ticket(resolved.result(), outcome))
            finally:
                self._one_done()

        pending.add_done_callback(go)
        return outcome

    def ingest(self, captures: Iterable[CaptureRef], chunk_size: int = CHUNK_SIZE) -> None:
        """Extract and store a stream of captures, handled in order (no ``dispatch``). At most
        a few chunks per worker are in flight, so the stream is read lazily."""
        for chunk in chunked(captures, chunk_size):
            self._submit([Ticket(capture) for capture in chunk])
            while len(self._queue) >= self.pool.workers * 3:
                self._handle_next()
        self._wait_idle()

    def input_ending(self) -> None:
        """No more captures are expected, as far as the caller knows (a crawl whose fetching
        has ended; its last pages may still add some): the final inference starts as soon
        as the sample is final, while the rest is extracted (:meth:`_sample_first`). A page
        fed later changes nothing but, if it enters the sample, another final run."""
        if self._dispatch is not None and not self._closed:
            self._dispatch(self._sample_first)

    def close(self) -> Counter[str]:
        """Finish: store what is held, settle, save the learned chrome, link media; return the
        counts of an offline ingest (a crawl's go to its stats). Not on the dispatch thread."""
        if self._closed:
            return self._counts()
        self._closed = True
        try:
            self._call(self._sample_first)
            self._wait_idle()
            self._call(self._final_inference)
            self._wait_idle()
            self._call(self._end_warmup)
            self._wait_idle()
            self._call(self._flush_parts)
            self._call(self._review_copies)
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

    def _feed(self, ticket: Ticket) -> None:
        """Submit a fed capture. With ``dispatch`` (the crawl) it is submitted from the
        dispatch thread, not the caller's (the reactor: a submit wakes the pool's threads,
        which then take the interpreter lock from it): at once while fewer than
        :data:`TASKS_PER_WORKER` tasks a worker are in flight, else with the others fed
        meanwhile when a task has been handled. A capture waiting here is as recoverable as
        one in the pool's queue: its record and captures row are written."""
        if self._dispatch is None:
            self._submit([ticket])
            return
        with self._lock:
            self._ready.append(ticket)
            self._inflight += 1  # until submitted: close() waits for it
            self._idle.clear()
            if (self._flushing or not self._pool_up
                    or self._tasks >= self.pool.workers * TASKS_PER_WORKER):  # fmt: skip
                return  # a flush is on its way, or a task's end or the pool's start flushes
            self._flushing = True
        assert self._soon is not None
        self._soon(self._flush)

    def _pool_started(self) -> None:
        """The pool's workers have started (from the thread that started them): submit what
        was fed meanwhile. Until then fed captures wait here, not in a submit that would
        hold the dispatch thread while the workers start."""
        with self._lock:
            self._pool_up = True
            if self._flushing or not self._ready:
                return
            self._flushing = True
        assert self._soon is not None
        self._soon(self._flush)

    def _flush(self) -> None:
        """On the dispatch thread: submit what was fed, in tasks of up to :data:`FEED_BATCH`
        captures, as many tasks as there are free slots; the rest waits for a task's end."""
        with self._lock:
            self._flushing = False
        while ready := self._take_ready():
            size, tickets = ready
            try:
                for start in range(0, len(tickets), size):
                    chunk = tickets[start : start + size]
                    try:
                        self._submit(chunk)
                    except Exception as exc:  # noqa: BLE001 (a broken pool: each page answered)
                        for ticket in chunk:
                            self._failed(ticket, exc)
            finally:
                with self._lock:
                    self._inflight -= len(tickets)
                    if self._inflight == 0:
                        self._idle.set()

    def _take_ready(self) -> tuple[int, list[Ticket]] | None:
        """The fed captures that fit in the free task slots, and the task size."""
        with self._lock:
            free = self.pool.workers * TASKS_PER_WORKER - self._tasks
            if free <= 0 or not self._ready or not self._pool_up:
                return None
            size = max(1, min(FEED_BATCH, -(-len(self._ready) // free)))
            tickets, self._ready = self._ready[: free * size], self._ready[free * size :]
            return size, tickets

    def _submit(self, tickets: list[Ticket], final: bool = False) -> None:
        tickets = [t for t in tickets if not self._known_document(t)]
        if not tickets:
            return
        snapshot = self.knowledge.refresh() if final else self.knowledge.current()
        again = sum(t.extracted and self.knowledge.model_changed(t.version, snapshot.version)
                    for t in tickets)  # fmt: skip
        if again:
            self.stats.inc_value("govarchive/site_model/reextracted", again)
        self.stats.inc_value("govarchive/extractions", len(tickets))
        for ticket in tickets:
            ticket.version = snapshot.version
        future = self.pool.submit([t.capture for t in tickets], snapshot.profile, snapshot.shared)
        for ticket in tickets:  # a record's bytes go with its first task; later ones read it back
            if ticket.capture.written is not None:
                ticket.capture = replace(ticket.capture, written=None)
        if self._dispatch is not None:
            with self._lock:
                self._tasks += 1
                self._running.append(tickets)
        self._enqueue(lambda f: self._handled(tickets, f), future)

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

    def _handled(self, tickets: list[Ticket], future: Future[list[Output]]) -> None:
        try:
            self._handle(tickets, future)
        finally:
            if self._dispatch is not None:
                with self._lock:
                    self._tasks -= 1
                    self._running.remove(tickets)
                    waiting = bool(self._ready)
                if self._awaited is not None:
                    self._awaited.difference_update(id(t) for t in tickets)
                    self._sample_final()
                if waiting:
                    self._flush()

    def _handle(self, tickets: list[Ticket], future: Future[list[Output]]) -> None:
        try:
            results = future.result()
        except Exception as exc:  # a broken pool or record: logged, counted, recorded
            for ticket in tickets:
                self._failed(ticket, exc)
            return
        for ticket, output in zip(tickets, results, strict=True):
            ticket.extracted = True
            try:
                if ticket.capture.document or isinstance(output, DocumentRead):
                    self._document(ticket, output)
                    continue
                result: Result
                ticket.fingerprint = None
                links = getattr(output, "links", None)
                if links:  # (read again: the same page, its links replaced)
                    self.links.add(ticket.capture.url, links)
                if isinstance(output, Cited):
                    ticket.refs, result = output.refs, output.record
                    if output.fingerprint:
                        ticket.fingerprint = (result.body, output.fingerprint)
                else:
                    result = output
                if ticket.settling is not None:
                    self._resettled(ticket, result)
                else:
                    self._extracted(ticket, result)
            except Exception as exc:  # noqa: BLE001 (a store error must not stop the others)
                self._failed(ticket, exc)

    def _failed(self, ticket: Ticket, exc: BaseException) -> None:
        url = ticket.capture.url
        if isinstance(exc, WritesStopped):  # the archive stopped writing: reported once, there
            self.stats.inc_value("govarchive/errors/archive_write")
            logger.debug("Not stored, the archive stopped writing: %s", url)
        else:
            self.stats.inc_value("govarchive/errors/extract_failed")
            logger.error("Extraction of %s failed: %r", url, exc, exc_info=exc)
        if self.record_failures:
            try:
                self.store.add_failure(self._crawl(ticket), self.profile.id, url,
                                       "extract_failed", repr(exc)[:500])  # fmt: skip
            except Exception as err:  # noqa: BLE001 (the archive cannot write: still answer)
                logger.debug("Failure of %s not recorded: %r", url, err)
        if not ticket.outcome.done():
            ticket.outcome.set_exception(exc)

    def _sample_first(self) -> None:
        """At the end of the input (the crawl's close): the fed captures that may still enter
        the site model's sample go to the pool first, and the final inference runs as soon as
        none is left (:meth:`_sample_final`), on one worker while the other extracts the rest
        with the model it gives. Otherwise it waits for every capture, then runs alone, one
        core idle, in the crawl's wall time. The sample is the same whatever order pages come
        in; a page fed after this, if it changes the sample, gets the usual final run."""
        sample = self.knowledge.sample
        if sample is None or self._dispatch is None:
            return

        def may_take(ticket: Ticket) -> bool:
            return not (ticket.extracted or ticket.capture.document) and sample.may_take(
                ticket.capture.url
            )

        with self._lock:
            first = [t for t in self._ready if may_take(t)]
            if first:
                chosen = {id(t) for t in first}
                self._ready = first + [t for t in self._ready if id(t) not in chosen]
            running = [t for tickets in self._running for t in tickets if may_take(t)]
            self._awaited = {id(t) for t in first + running}
        self._sample_final()

    def _sample_final(self) -> None:
        """The final inference, once no capture awaited by :meth:`_sample_first` is left."""
        if self._awaited is None or self._awaited or self._inferring:
            return
        self._awaited = None
        self._final_inference()

    def _extracted(self, ticket: Ticket, result: Result) -> None:
        if _teaches(result) and not ticket.reported:
            ticket.reported = True
            self.knowledge.observe(result)
            if self.knowledge.offer(ticket.capture):
                self._infer()
        if self._warming:
            if not self.knowledge.warming_up:
                self._end_warmup()
            elif isinstance(result, ArticleRecord):  # refusals are decided now (settled later)
                self._held.append((ticket, result))
                self.stats.inc_value("govarchive/held")
                ticket.resolve("held")
                return
        if self.knowledge.outdated(result, ticket.version):
            self.stats.inc_value("govarchive/extracted_again")
            self._submit([ticket])
            return
        self._decided(ticket, self._typed(ticket, result))

    def _end_warmup(self) -> None:
        """The knowledge is ready (or the input ended): extract again the held records that
        the knowledge, as it is now, would extract differently (:meth:`SiteKnowledge.outdated`:
        the site model in use, or the learned chrome where it concerns the record); the
        others are decided as they are. Extraction depends on nothing but the capture and the
        snapshot it is given, so a record whose snapshot is still the current one would come
        out the same (``reextract``, seeded with the archive's chrome and model, extracted
        every held page twice for nothing); one the chrome changed elsewhere is checked
        again at the end like any stored record (:meth:`_settle`: its version is kept)."""
        if not self._warming:
            return
        self._warming = False
        held, self._held = self._held, []
        if not held:
            return
        self.knowledge.refresh()
        again: list[Ticket] = []
        kept: list[tuple[Ticket, ArticleRecord]] = []
        for ticket, result in held:
            if self.knowledge.outdated(result, ticket.version):
                again.append(ticket)
            else:
                kept.append((ticket, result))
        if again:
            self.stats.inc_value("govarchive/held_reextracted", len(again))
            self._submit(again, final=True)
        if kept:
            self.stats.inc_value("govarchive/held_kept", len(kept))
        for ticket, result in kept:
            try:
                self._decided(ticket, self._typed(ticket, result))
            except Exception as exc:  # noqa: BLE001 (as in _handle: one store error, one page)
                self._failed(ticket, exc)

    def _decided(self, ticket: Ticket, result: Result) -> None:
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

    def _refuse(self, ticket: Ticket, result: NotAnArticle) -> None:
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

    def _save(self, tickets: list[Ticket], record: ArticleRecord) -> None:
        body = made_fingerprint(tickets, record) or body_fingerprint(record.body)
        for ticket in tickets:  # (a saved article's tickets live on: not its body)
            ticket.fingerprint = None
        kept = self.recent.at(record.url)  # its fingerprint as stored (a recent article)
        same = self.recent.find(record.url, body, record.body, self.store.article_body)
        if same is not None and self._same_article(tickets, record, body, same):
            return
        head = tickets[0].capture
        refs = refs_of(tickets, record)
        article_id, outcome = self.store.save_article(
            self.profile.id, record, head.capture_id, self._crawl(tickets[0]), head.fetched_at,
            refs,
        )  # fmt: skip
        self._store_refs(article_id, refs, outcome)
        if kept is None or kept.article_id != article_id or f"{kept.bits:x}" != body:
            self.store.set_fingerprint(article_id, body)  # (not written again when the same)
        self.recent.add(record.url, article_id, body)
        self.stats.inc_value(f"govarchive/articles/{outcome}")
        if record.published_at is None:
            self.stats.inc_value("govarchive/date_unparsed")
            logger.info("No publication date found in %s", record.url)
        elif record.date_basis == "htmldate":
            self.stats.inc_value("govarchive/date_htmldate")
        if "jsonld_invalid" in record.warnings:
            self.stats.inc_value("govarchive/jsonld_invalid")
            logger.info("Invalid JSON-LD skipped in %s", record.url)
        if record.chrome_removed:
            self.stats.inc_value("govarchive/chrome_removed", len(record.chrome_removed))
        saved = Saved(article_id, outcome, tuple(tickets), version_of(tickets), record.url,
                      fingerprint(record), bool(record.page_title), digest(record),
                      dated=record.page_dated)  # fmt: skip
        self._saved.append(saved)
        self._saved_here.setdefault(article_id, saved)
        if self.listener is not None:
            self.listener.saved(record, outcome)
        for ticket in tickets:
            ticket.resolve(outcome)

    def _crawl(self, ticket: Ticket) -> int | None:
        return self.crawl_id if self.crawl_id is not None else ticket.capture.crawl_id

    # --- settling ----------------------------------------------------------------------------

    def _settle(self) -> None:
        """Extract again, with the final knowledge, what was stored or refused with another
        that differs where it matters to it."""
        final = self.knowledge.refresh().version
        redo: list[Ticket] = []
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

    def _resettled(self, ticket: Ticket, result: Result) -> None:
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
        if digest(record) == saved.digest:
            return
        article_id = saved.article_id
        if saved.outcome in ("new", "changed"):
            outcome = self.store.restate_article(article_id, record)
        else:  # the archive's earlier version was kept: the final record is a new one
            head = saved.tickets[0].capture
            article_id, outcome = self.store.save_article(
                self.profile.id, record, head.capture_id, self._crawl(saved.tickets[0]),
                head.fetched_at,
            )  # fmt: skip
        # the stored fingerprint follows the new body
        body = made_fingerprint(saved.tickets, record) or body_fingerprint(record.body)
        for ticket in saved.tickets:
            ticket.fingerprint = None
        self.store.set_fingerprint(article_id, body)
        self.recent.restated(saved.url, article_id, body)
        self._store_refs(article_id, refs_of(saved.tickets, record), "restated")
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
                                       model.confident, self.knowledge.stored_evidence)  # fmt: skip
            self.stats.set_value("govarchive/site_model/sample", model.pages)
        self.stats.set_value("govarchive/site_model/in_use", int(self.knowledge.model is not None))
        if self.knowledge.sample is not None and self.knowledge.sample.skipped:
            self.stats.set_value("govarchive/site_model/skipped", self.knowledge.sample.skipped)
        self.store.link_media(self.profile.id)


