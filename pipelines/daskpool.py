"""Extraction on a Dask distributed cluster (``reextract --dask``, ``rebuild --dask``).

:class:`DaskPool` has the interface of the process pool (:class:`pipelines.pool.Pool`), so
the :class:`~pipelines.ingest.Ingestor` does not care where extraction runs: it submits chunks
of captures, in order, and stores the results in that order, on this machine, as the one
writer of the archive. Each task is :func:`pipelines.pool.extract_chunk`: a Dask worker reads
the chunk's WARC records itself, from the archive folder at the same path (shared storage:
NFS, or a disk mounted at the same place on every worker), and sends back records, not pages.
Submission goes through ``Client.get_executor()``, Dask's ``concurrent.futures`` executor,
so a result arrives as the process pool's would.

``local`` starts a ``LocalCluster`` on this machine (one single-threaded worker process per
``workers``); any other value is a scheduler's address (``tcp://scheduler:8786``), tried for
as long as Dask's own configuration says (``distributed.comm.timeouts.connect``, 30 s; e.g.
``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s``). Dask is an optional dependency:
``pip install 'govarchive[dask]'``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from archive.capture import CaptureRef
from archive.errors import ArchiveError
from pipelines.inference import SiteModel
from pipelines.pool import Output, Shared, default_workers, extract_chunk, infer_captures

LOCAL = "local"

logger = logging.getLogger(__name__)


class DaskError(ArchiveError):
    """Dask is not installed, or its scheduler cannot be reached (one line)."""


class DaskCluster:
    """A Dask client: connected to ``address``, or to a LocalCluster it starts (``local``)."""

    def __init__(self, address: str, workers: int | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise DaskError(
                "--dask needs Dask distributed: pip install 'govarchive[dask]'"
            ) from None
        self.address = address
        self._cluster: Any = None
        try:
            if address == LOCAL:
                self._cluster = LocalCluster(
                    n_workers=workers or default_workers(), threads_per_worker=1,
                    processes=True, dashboard_address=None, silence_logs=logging.WARNING,
                )  # fmt: skip
                self.client = Client(self._cluster)
            else:
                self.client = Client(address)  # waits distributed.comm.timeouts.connect
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise DaskError(f"Dask scheduler {address}: {exc}") from None
        self.threads = max(1, sum(self.client.nthreads().values()))
        logger.info("Extraction on Dask %s: %d worker thread(s)", address, self.threads)

    def pool(self, root: Path) -> DaskPool:
        """An extraction pool for the archive folder ``root`` (as the workers see it)."""
        return DaskPool(self, root)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskCluster:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class DaskPool:
    """The process pool's interface over a Dask cluster; the cluster outlives it (one pool
    per site of a re-extraction, one cluster for the whole run)."""

    def __init__(self, cluster: DaskCluster, root: Path) -> None:
        self.root = str(Path(root).resolve())
        self.workers = cluster.threads
        self._executor: Executor = cluster.client.get_executor(pure=False)

    def submit(
        self, captures: list[CaptureRef], profile: Shared, learned: Shared
    ) -> Future[list[Output]]:
        return self._executor.submit(extract_chunk, self.root, captures, profile, learned)

    def infer(self, captures: list[CaptureRef], tz: str) -> Future[SiteModel]:
        """The site model of these captures, inferred on a Dask worker."""
        return self._executor.submit(infer_captures, self.root, captures, tz)

    def shutdown(self) -> None:
        """Nothing to stop: the tasks were all awaited by the ingestor; the cluster is the
        caller's."""


@contextmanager
def dask_pools(address: str | None, workers: int | None = None) -> Iterator[
    Callable[[Path], DaskPool] | None
]:
    """A factory of Dask pools for the run (None without ``address``: the process pool)."""
    if address is None:
        yield None
        return
    with DaskCluster(address, workers) as cluster:
        yield cluster.pool
