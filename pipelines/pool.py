"""Extraction in worker processes: captures in, records out, in the order given.

A worker reads each capture's record back from its WARC (unless the payload came with it:
an import reads every record once) and calls :func:`pipelines.sitemodel.extract_page`
(:func:`pipelines.extract.extract`, or with a site model in ad-hoc mode, the model's
profile and the single-page path for the pages its template does not explain): what is
stored is provably derived from what was archived. The capture's time picks the profile's
rule version. An article goes back with the legal documents it cites, an attached document
(``capture.document``) as its text and references (:mod:`pipelines.documents`).

The site's profile and its knowledge (:class:`pipelines.knowledge.Snapshot`) go to the
workers pickled once, with a key; each worker keeps the last few it unpickled, so a page costs
the pickling of its own small capture reference, not of the profile.

``forkserver`` processes, preloading the extraction modules (:data:`PRELOAD`): workers never inherit a
reactor's threads or sockets. ``workers=1`` extracts in the calling thread (no processes).
The site model's inference runs in one process of its own, forked the same way when the first
run is asked for, so that every run finds the samples the previous runs read and what they
worked out of them (:func:`pipelines.inference.sample.read_samples`): in the pool, runs landed
on whichever worker was free, each with its own cold cache. A worker, and the inference's
process, exits as soon as the process that made the pool ends, even by SIGKILL.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
import select
import signal
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from archive.capture import CaptureRef
from archive.warcread import WarcReadError, parse_written, read_record
from config.profile import SiteProfile
from pipelines.chrome import Learned
from pipelines.decode import MAX_HTML
from pipelines.fingerprint import fingerprint as body_fingerprint
from pipelines.linkgraph import page_links
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import ModelProfile, extract_page

if TYPE_CHECKING:  # the workers' modules (:data:`PRELOAD`): the owner, a crawl process,
    # imports them only when it extracts itself (no workers) or reads a result
    from pipelines.documents import Cited, DocumentRead
    from pipelines.inference import SiteModel

logger = logging.getLogger(__name__)

Result = ArticleRecord | NotAnArticle
#: what a worker returns for a capture
Output: TypeAlias = "Cited | NotAnArticle | DocumentRead"
#: workers' priority below the calling process (os.nice), read when a pool is made
NICENESS = 5
#: imported once by the forkserver, before it forks the workers: the extraction modules, and
#: those extraction imports only when a page needs them (dateparser for an unusual date,
#: pypdf and python-docx for attached documents), which each worker otherwise imported
#: again (about 0.6 s of CPU a worker in a crawl of a portal with attachments); last,
#: :mod:`pipelines.warmup` fills dateparser's caches each worker filled on its first date
PRELOAD = [
    "pipelines.pool", "pipelines.extract", "pipelines.inference.model", "pipelines.documents",
    "dateparser.date", "pypdf", "docx", "pipelines.warmup",
]  # fmt: skip
OWNER_POLL = 1.0  # seconds between checks that the pool's owner lives (where pidfds are not)


@dataclass(frozen=True)
class Shared:
    """An object pickled once, sent with every task, unpickled once per worker."""

    key: str
    blob: bytes = field(repr=False)

    @classmethod
    def of(cls, value: Any) -> Shared:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        return cls(hashlib.sha1(blob).hexdigest(), blob)


_CACHE: OrderedDict[str, Any] = OrderedDict()  # in each worker: key -> unpickled object
_CACHE_SIZE = 8


def _load(shared: Shared) -> Any:
    value = _CACHE.get(shared.key)
    if value is None:
        value = _CACHE[shared.key] = pickle.loads(shared.blob)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    else:
        _CACHE.move_to_end(shared.key)
    return value


def read_capture(
    root: Path, capture: CaptureRef, max_html: int = MAX_HTML
) -> tuple[bytes, dict[str, str]] | NotAnArticle:
    """A capture's payload and HTTP headers (names lower-case), read back from its WARC
    record unless it came with them; an unreadable record is ``warc_unreadable``, one that
    inflates past ``max_html`` is ``too_large`` (a big page, or a gzip bomb)."""
    if capture.payload is not None:
        return capture.payload, dict(capture.headers)
    if capture.written is not None:  # a record the crawl has just written, as read back
        # (None only for a block warcio would not read as one whole header block: never written)
        parsed = parse_written(*capture.written, max_html)
        if parsed is not None:
            return _payload_read(capture, *parsed)
    if capture.warc_file is None or capture.offset is None:
        return NotAnArticle(capture.url, "warc_unreadable", "no WARC record for this capture")
    try:
        record = read_record(root, capture.warc_file, capture.offset, check_digests=False,
                             max_payload=max_html)  # fmt: skip
    except (OSError, WarcReadError) as exc:
        return NotAnArticle(capture.url, "warc_unreadable", str(exc)[:300])
    return _payload_read(capture, record.payload, record.http_headers, record.decode_error)


def _payload_read(
    capture: CaptureRef, payload: bytes, http_headers: list[tuple[str, str]],
    decode_error: str | None,
) -> tuple[bytes, dict[str, str]] | NotAnArticle:  # fmt: skip
    if decode_error and decode_error.startswith("too large"):
        why = f"{decode_error} of HTML (GOVARCHIVE_MAX_ARTICLE_HTML)"
        return NotAnArticle(capture.url, "too_large", why)
    return payload, {name.lower(): value for name, value in http_headers}


def extract_capture(
    root: Path,
    capture: CaptureRef,
    profile: SiteProfile | ModelProfile,
    learned: Learned | None,
    max_html: int = MAX_HTML,
) -> Output:
    """Extract one capture. Never raises: an unreadable record is ``warc_unreadable``."""
    read = read_capture(root, capture, max_html)
    if isinstance(read, NotAnArticle):
        return read
    body, headers = read
    from pipelines.documents import cite, read_document  # see the imports

    if capture.document:
        return read_document(capture.url, body, headers)
    return linked(fingerprinted(cite(extract_page(
        body, capture.url, headers, profile, learned=learned,
        fetched_at=capture.fetched_at or None, max_html=max_html,
    ))), body, capture.url, headers.get("content-type"))  # fmt: skip


def linked(
    output: Cited | NotAnArticle, body: bytes, url: str, content_type: str | None = None
) -> Cited | NotAnArticle:
    """The output with the site's URLs its page links (:func:`pipelines.linkgraph.page_links`:
    every page read counts, an article or not, for which of an article's addresses is its
    own), read here in the worker."""
    links = page_links(body, url, content_type)
    if not links:
        return output
    if isinstance(output, NotAnArticle):
        return replace(output, links=list(links))
    return replace(output, links=links)


def fingerprinted(output: Cited | NotAnArticle) -> Cited | NotAnArticle:
    """An article's body fingerprint made here, in the worker: the ingestor's near-duplicate
    step needs it for every article it stores, and made there it cost the crawl process's
    archive thread about 0.3 ms a page beside the reactor, and trafilatura's imports
    (issue 12). A refusal as it is."""
    from pipelines.documents import Cited  # see the imports

    if isinstance(output, Cited):
        return Cited(output.record, output.refs, body_fingerprint(output.record.body))
    return output


def infer_captures(root: str, captures: list[CaptureRef], tz: str) -> SiteModel:
    """What a worker runs for the site model: the sample's records read back, then
    :func:`pipelines.inference.infer` over them (unreadable records are left out)."""
    from pipelines.inference import infer  # see the imports

    pages = []
    for capture in captures:
        read = read_capture(Path(root), capture)
        if not isinstance(read, NotAnArticle):
            pages.append((capture.url, read[0], read[1]))
    return infer(pages, tz)


def extract_chunk(
    root: str, captures: list[CaptureRef], profile: Shared, learned: Shared,
    max_html: int = MAX_HTML,
) -> list[Output]:  # fmt: skip
    """What a worker runs: a chunk of captures, in order."""
    site, known = _load(profile), _load(learned)
    return [extract_capture(Path(root), capture, site, known, max_html) for capture in captures]


def _start_worker(owner: int, niceness: int = NICENESS) -> None:
    """A worker's initializer: leave Ctrl-C to its owner, lower its priority, and tie its life
    to its owner's."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _lower_priority(niceness)
    _die_with(owner)


def _owner_keeps_ctrl_c() -> None:
    """Block SIGINT in this (the pool's starting) thread, so that the forkserver it spawns,
    and every worker forked from it, inherit the blocked signal. A terminal's Ctrl-C goes to
    the whole foreground process group: a forkserver still importing :data:`PRELOAD`
    printed a ``KeyboardInterrupt`` traceback, and a worker that died of it broke the pool,
    so an interrupted ``reextract`` logged a ``BrokenProcessPool`` failure for every page in
    flight and a crawl's graceful stop lost the extractions it was waiting for. The owner
    alone handles Ctrl-C; its workers end with it (:func:`_die_with`) or at its shutdown."""
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})


def _lower_priority(niceness: int) -> None:
    """Extraction workers yield the CPU to the crawl's reactor and archive thread: parsing
    can lag (its results are awaited), fetching and writing should not. The owner's
    :data:`NICENESS` when it made the pool (the forkserver's copy of this module is not the
    owner's: a benchmark sets it to 0 to weigh both sides of a comparison alike)."""
    if not niceness:
        return
    try:
        os.nice(niceness)
    except OSError:  # not permitted: run at the parent's priority
        pass


def _die_with(owner: int) -> None:
    """Exit this worker as soon as process ``owner`` (the one that made the pool) ends.

    A worker killed with its owner would otherwise wait for work forever, and keep the
    forkserver and multiprocessing's resource tracker alive with it (SIGKILL of the crawl
    alone, as the OOM killer does, left all four running). A daemon thread waits on a pidfd
    of the owner, which the kernel makes readable the moment it exits. Not
    ``PR_SET_PDEATHSIG``: a worker's parent is the forkserver, not the owner, and the
    forkserver outlives the owner as long as a worker holds its liveness pipe (every worker
    does), so that signal would never come. Without pidfds (not Linux, or before 5.3) the
    thread checks every :data:`OWNER_POLL` seconds that the owner is still there.
    """
    try:
        pidfd = os.pidfd_open(owner)
    except ProcessLookupError:  # gone already
        os._exit(1)
    except (AttributeError, OSError):
        pidfd = None

    def watch() -> None:
        if pidfd is not None:
            select.select([pidfd], [], [])
        else:
            while _alive(owner):
                time.sleep(OWNER_POLL)
        os._exit(1)

    threading.Thread(target=watch, name="govarchive-owner-watch", daemon=True).start()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process now: ours is gone
        return False
    return True


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class Pool(Protocol):
    """What the ingestor needs of an extraction pool: this module's, or a Dask cluster's
    (:mod:`pipelines.daskpool`). Results of one ``submit`` come back in the captures' order."""

    workers: int

    def submit(
        self, captures: list[CaptureRef], profile: Shared, learned: Shared
    ) -> Future[list[Output]]: ...

    def infer(self, captures: list[CaptureRef], tz: str) -> Future[SiteModel]: ...

    def shutdown(self) -> None: ...


class ExtractionPool:
    """``workers`` extraction processes for the archive in ``root`` (1: this thread);
    ``max_html``: extraction's size limit."""

    def __init__(
        self, root: Path, workers: int | None = None, *, max_html: int = MAX_HTML
    ) -> None:
        self.root = str(Path(root).resolve())
        self.workers = workers or default_workers()
        self.max_html = max_html
        self._executor: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()
        self._up = True  # the worker processes have started
        self._waiting: list[Callable[[], object]] = []  # when_ready callbacks
        self._starter: threading.Thread | None = None
        self._inferrer: ProcessPoolExecutor | None = None  # made by the first infer()
        if self.workers > 1:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(PRELOAD)
            self._executor = self._processes(context, self.workers)
            self._up = False
            self._starter = threading.Thread(
                target=self._start, name="govarchive-pool-start", daemon=True
            )
            self._starter.start()

    @staticmethod
    def _processes(context: Any, workers: int) -> ProcessPoolExecutor:
        """``workers`` processes forked by ``context``'s forkserver, each at the pool's
        priority and ending with the process that made it (:func:`_start_worker`)."""
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_start_worker,
            initargs=(os.getpid(), NICENESS),
        )

    def _start(self) -> None:
        """Start the worker processes now, in this thread: the first submit otherwise starts
        them (the forkserver imports :data:`PRELOAD`, then forks), blocking its caller for a
        second or more (in a crawl, the archive thread, and with it every request waiting
        for its earlier capture)."""
        _owner_keeps_ctrl_c()
        try:
            assert self._executor is not None
            self._executor.submit(os.getpid).result()
        except Exception as exc:  # noqa: BLE001 (a broken pool: the real submits say why)
            logger.debug("Extraction pool did not start: %r", exc)
        finally:
            with self._lock:
                self._up = True
                waiting, self._waiting = self._waiting, []
            for callback in waiting:
                callback()

    def when_ready(self, callback: Callable[[], object]) -> None:
        """``callback()`` once the worker processes have started (at once if they have; else
        from the thread that started them)."""
        with self._lock:
            if not self._up:
                self._waiting.append(callback)
                return
        callback()

    def submit(
        self, captures: list[CaptureRef], profile: Shared, learned: Shared
    ) -> Future[list[Output]]:
        if self._executor is not None:
            return self._executor.submit(
                extract_chunk, self.root, captures, profile, learned, self.max_html
            )
        future: Future[list[Output]] = Future()
        try:
            future.set_result(extract_chunk(self.root, captures, profile, learned, self.max_html))
        except Exception as exc:  # noqa: BLE001 (as a worker's exception would arrive)
            future.set_exception(exc)
        return future

    def infer(self, captures: list[CaptureRef], tz: str) -> Future[SiteModel]:
        """The site model of these captures (:func:`infer_captures`), inferred in the pool's
        inference process, always the same one: each run reuses what the previous runs read
        (the same pages mostly, from 16 to 240 of them). Two workers taking runs in turn cost
        the inference 1.27 times the CPU (issue 12; docs/architecture.md, perf14 round 14)."""
        if self._executor is not None:
            with self._lock:
                if self._inferrer is None:
                    self._inferrer = self._processes(multiprocessing.get_context("forkserver"), 1)
            return self._inferrer.submit(infer_captures, self.root, captures, tz)
        future: Future[SiteModel] = Future()
        try:
            future.set_result(infer_captures(self.root, captures, tz))
        except Exception as exc:  # noqa: BLE001 (as a worker's exception would arrive)
            future.set_exception(exc)
        return future

    def shutdown(self) -> None:
        if self._starter is not None:
            self._starter.join()
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=False)
            self._executor = None
        with self._lock:
            inferrer, self._inferrer = self._inferrer, None
        if inferrer is not None:
            inferrer.shutdown(wait=True, cancel_futures=False)
