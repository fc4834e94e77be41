"""The one path from an archived capture to an article row, for every mode.

An :class:`Ingestor` takes captures of one site (:class:`archive.capture.CaptureRef`) and
stores what they hold. The crawl feeds it one capture at a time (:meth:`Ingestor.feed`,
through the Scrapy item pipeline ``pipelines/item.py``); ``rebuild``, ``import-warc`` and
``reextract`` feed it a stream (:meth:`Ingestor.ingest`, ``pipelines/offline.py``). Either
way the same steps run:

1. extraction in a process pool (:mod:`pipelines.pool`; or on a Dask cluster,
   :mod:`pipelines.daskpool`, given as ``pool``), from the WARC record, with what is
   known of the site (:class:`pipelines.knowledge.SiteKnowledge`: its learned chrome, seeded
   from the archive; issue 10's site model plugs in there);
2. every page extracted teaches the knowledge; while it warms up, records are held and
   extracted again once it is ready; a record extracted with knowledge that has changed
   since, in a way that concerns it, is extracted again;
3. the parts of an article split over pages (``?page=2``) are held until all are in, then
   joined (:func:`pipelines.multipage.join`) and stored once, with the first page's capture;
4. articles are saved (new / changed / unchanged; images and attachments linked to their
   captures by the archive) with the legal documents they cite (found by the workers; stored
   when the article is new or changed, and when an unchanged one's differ from the archive's,
   as after ``reextract`` of an archive built before citations were read), refusals are
   counted and recorded as failures; attached documents (``capture.document``) are stored
   as their text and references (read by the workers, :mod:`pipelines.documents`; a revisit
   is not read again: its text is the earlier capture's);
5. at the end (:meth:`Ingestor.close`): held records and incomplete articles are stored, every
   record stored with knowledge other than the final one is checked against it and restated
   when it differs (*settling*: what is stored is what the final knowledge extracts, whatever
   the order pages came in, so a crawl and a rebuild of its WARCs agree), the learned chrome
   is saved and media captured after their article are linked.

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
from archive.errors import DiskFull
from config.profile import SiteProfile
from pipelines.documents import Cited, DocumentRead, record_refs
from pipelines.extract import MAX_HTML
from pipelines.knowledge import CHROME_SENSITIVE, SiteKnowledge, fingerprint
from pipelines.multipage import join
from pipelines.pool import ExtractionPool, Output, Pool, Result, Shared
from pipelines.record import ArticleRecord, NotAnArticle

logger = logging.getLogger(__name__)

T = TypeVar("T")
CHUNK_SIZE = 16  # captures per pool task when a stream is ingested
#: refusals that mean "never an article candidate" (a listing URL, a PDF): not failures, and
#: they teach nothing
NOT_CANDIDATE = frozenset({"not_article_url", "not_html"})
MIXED = -1  # knowledge version of a record joined from parts extracted with different ones


class ArticleStore(Protocol):
    """Where the ingestor's rows go (:class:`archive.store.ArchiveWriter` is one)."""

    def save_article(
        self, site_id: str, record: Any, capture_id: int | None, crawl_id: int | None,
        fetched_at: str,
    ) -> tuple[int, str]: ...  # fmt: skip

    def restate_article(self, article_id: int, record: Any) -> str: ...

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
    ``duplicate_of_canonical`` page)."""

    kind: str
    detail: str = ""


@dataclass(eq=False)
class _Ticket:
    """One capture on its way through the ingestor."""

    capture: CaptureRef
    outcome: Future[Outcome] = field(default_factory=Future)
    version: int = 0  # knowledge version of its latest extraction
    reported: bool = False  # its page has taught the knowledge
    settling: _Saved | None = None  # extracted again for the settle step
    rechecking: NotAnArticle | None = None  # a refusal extracted again for the settle step
    refs: tuple[Any, ...] = ()  # the citations its latest extraction found

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
        pool: Pool | None = None,
        max_html: int | None = None,
    ) -> None:
        self.profile = profile
        self.store = store
        self.crawl_id = crawl_id
        self.stats: Stats = stats if stats is not None else Counts()
        self.record_failures = record_failures
        self.listener = listener
        self.knowledge = SiteKnowledge(known, warmup)
        self.pool: Pool = (
            pool if pool is not None
            else ExtractionPool(root, workers, max_html=max_html or MAX_HTML)
        )  # fmt: skip
        self._profile = Shared.of(profile)
        self._dispatch = dispatch
        self._queue: deque[tuple[list[_Ticket], Future[list[Output]]]] = deque()
        self._lock = threading.Lock()
        self._inflight = 0
        self._idle = threading.Event()
        self._idle.set()
        self._warming = True
        self._held: list[_Ticket] = []
        self._parts: dict[str, list[tuple[_Ticket, ArticleRecord]]] = {}
        self._saved: list[_Saved] = []
        self._refused: list[tuple[_Ticket, NotAnArticle]] = []  # chrome may change these
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
        tickets = [t for t in tickets if not self._known_document(t)]
        if not tickets:
            return
        snapshot = self.knowledge.refresh() if final else self.knowledge.current()
        for ticket in tickets:
            ticket.version = snapshot.version
        future = self.pool.submit([t.capture for t in tickets], self._profile, snapshot.shared)
        if self._dispatch is None:
            self._queue.append((tickets, future))
            return
        with self._lock:
            self._inflight += 1
            self._idle.clear()
        dispatch = self._dispatch
        future.add_done_callback(lambda f: dispatch(lambda: self._done(tickets, f)))

    def _done(self, tickets: list[_Ticket], future: Future[list[Output]]) -> None:
        try:
            self._handle(tickets, future)
        finally:
            self._one_done()

    def _one_done(self) -> None:
        with self._lock:
            self._inflight -= 1
            if self._inflight == 0:
                self._idle.set()

    def _handle_next(self) -> None:
        tickets, future = self._queue.popleft()
        self._handle(tickets, future)

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

    def _handle(self, tickets: list[_Ticket], future: Future[list[Output]]) -> None:
        try:
            results = future.result()
        except Exception as exc:  # a broken pool or record: logged, counted, recorded
            for ticket in tickets:
                self._failed(ticket, exc)
            return
        for ticket, output in zip(tickets, results, strict=True):
            try:
                if ticket.capture.document or isinstance(output, DocumentRead):
                    self._document(ticket, output)
                    continue
                result: Result
                if isinstance(output, Cited):
                    ticket.refs, result = output.refs, output.record
                else:
                    result = output
                if ticket.settling is not None:
                    self._resettled(ticket, result)
                else:
                    self._extracted(ticket, result)
            except Exception as exc:  # noqa: BLE001 (a store error must not stop the others)
                self._failed(ticket, exc)

    def _failed(self, ticket: _Ticket, exc: BaseException) -> None:
        url = ticket.capture.url
        if isinstance(exc, DiskFull):  # the archive stopped writing: reported once, there
            self.stats.inc_value("govarchive/errors/archive_write")
            logger.debug("Not stored, the disk is full: %s", url)
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

    def _extracted(self, ticket: _Ticket, result: Result) -> None:
        if _teaches(result) and not ticket.reported:
            ticket.reported = True
            self.knowledge.observe(result)
        if self._warming:
            if not self.knowledge.warming_up:
                self._end_warmup()
            elif isinstance(result, ArticleRecord):  # refusals are decided now (settled later)
                self._held.append(ticket)
                ticket.resolve("held")
                return
        if self.knowledge.outdated(result, ticket.version):
            self.stats.inc_value("govarchive/extracted_again")
            self._submit([ticket])
            return
        self._decided(ticket, result)

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
        if result.reason in CHROME_SENSITIVE:
            self._refused.append((ticket, result))
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
        head = tickets[0].capture
        article_id, outcome = self.store.save_article(
            self.profile.id, record, head.capture_id, self._crawl(tickets[0]), head.fetched_at
        )
        self._store_refs(article_id, _refs(tickets, record), outcome)
        self.stats.inc_value(f"govarchive/articles/{outcome}")
        if record.published_at is None:
            self.stats.inc_value("govarchive/date_unparsed")
            logger.info("No publication date found in %s", record.url)
        if record.chrome_removed:
            self.stats.inc_value("govarchive/chrome_removed", len(record.chrome_removed))
        versions = {t.version for t in tickets}
        self._saved.append(_Saved(
            article_id, outcome, tuple(tickets), versions.pop() if len(versions) == 1 else MIXED,
            fingerprint(record), bool(record.page_title), _digest(record),
        ))  # fmt: skip
        if self.listener is not None:
            self.listener.saved(record, outcome)
        for ticket in tickets:
            ticket.resolve(outcome)

    def _crawl(self, ticket: _Ticket) -> int | None:
        return self.crawl_id if self.crawl_id is not None else ticket.capture.crawl_id

    # --- citations and attached documents ------------------------------------------------------

    def _store_refs(self, article_id: int, refs: tuple[Any, ...], outcome: str) -> None:
        """Store an article's citations: replaced when it is new (with some) or changed,
        else (unchanged, restated) only where they differ from the archive's."""
        if outcome == "new" and not refs:
            return  # nothing stored, nothing to replace
        if outcome in ("new", "changed"):
            stored: int | None = self.store.replace_article_refs(article_id, refs)
        else:
            stored = self.store.update_article_refs(article_id, refs)
            if stored is None:
                return
        self.stats.inc_value("govarchive/refs/articles")
        self.stats.inc_value("govarchive/refs/citations", stored or 0)

    def _known_document(self, ticket: _Ticket) -> bool:
        """A revisit of a document (the same bytes as an earlier capture of its URL) is not
        read again: its text is stored with that capture."""
        if not (ticket.capture.document and ticket.capture.revisit):
            return False
        self.stats.inc_value("govarchive/attachments/revisit")
        ticket.resolve("attachment:revisit")
        return True

    def _document(self, ticket: _Ticket, output: Output) -> None:
        capture = ticket.capture
        if not isinstance(output, DocumentRead):  # its record could not be read back
            detail = output.detail if isinstance(output, NotAnArticle) else repr(output)
            self.stats.inc_value("govarchive/attachments/unreadable")
            logger.warning("Attachment %s could not be read back: %s", capture.url, detail)
            if self.record_failures:
                self.store.add_failure(self._crawl(ticket), self.profile.id, capture.url,
                                       "attachment_unreadable", detail[:500])  # fmt: skip
            ticket.resolve("attachment:unreadable", detail)
            return
        status = output.text.status
        self.stats.inc_value(f"govarchive/attachments/text/{status}")
        if status != "ok":
            logger.info("Attachment %s has no text: %s (%s)", capture.url, status,
                        output.text.reason)  # fmt: skip
        if self.store.update_attachment_text(capture.capture_id, output.text, output.refs,
                                             extractor=output.reader):  # fmt: skip
            self.stats.inc_value("govarchive/attachments/text_stored")
        ticket.resolve(f"attachment:{status}")

    # --- settling ----------------------------------------------------------------------------

    def _settle(self) -> None:
        """Extract again, with the final knowledge, what was stored or refused with another
        that differs where it matters to it."""
        final = self.knowledge.refresh().version
        redo: list[_Ticket] = []
        for saved in self._saved:
            if saved.version == final:
                continue
            if (
                saved.version != MIXED
                and not (saved.titled and self.knowledge.titles_changed(saved.version))
                and not saved.lines & self.knowledge.changed_lines(saved.version)
            ):
                continue  # fmt: skip
            for ticket in saved.tickets:
                ticket.settling = saved
                redo.append(ticket)
        refused, self._refused = self._refused, []
        for ticket, result in refused:
            if ticket.version != final:
                ticket.rechecking = result
                redo.append(ticket)
        if redo:
            self.stats.inc_value("govarchive/articles/settle_checked", len(redo))
            for start in range(0, len(redo), CHUNK_SIZE):
                self._submit(redo[start : start + CHUNK_SIZE], final=True)

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
        self._store_refs(saved.article_id, _refs(saved.tickets, record), "restated")
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
        self.store.link_media(self.profile.id)


def _refs(tickets: tuple[_Ticket, ...] | list[_Ticket], record: ArticleRecord) -> tuple[Any, ...]:
    """An article's citations: its worker found them, unless it was joined from parts
    (rare: read here, from the joined text)."""
    return tickets[0].refs if len(tickets) == 1 else record_refs(record)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
