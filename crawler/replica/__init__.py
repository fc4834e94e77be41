"""An offline replica of the seed portal (tinhuy.laocai.gov.vn), and the server for it.

    from crawler.replica import serve_laocai
    with serve_laocai() as server:
        crawl(server.base_url)

Used by ``govarchive demo``, ``govarchive replica`` (:func:`serve_until_stopped`) and the
integration tests; standard library only.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from crawler.replica.laocai import ARTICLES, CHROME_STRINGS, EDGE_PAGES, SEED_PATH
from crawler.replica.laocai import build_site as build_laocai_site
from crawler.replica.server import ReplicaServer, RequestRecord
from crawler.replica.site import Page, Request, Site

__all__ = [
    "ARTICLES",
    "CHROME_STRINGS",
    "EDGE_PAGES",
    "SEED_PATH",
    "Page",
    "ReplicaServer",
    "Request",
    "RequestRecord",
    "Site",
    "build_laocai_site",
    "serve_laocai",
    "serve_until_stopped",
]


@contextmanager
def serve_laocai(
    host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False
) -> Iterator[ReplicaServer]:
    """Serve the Lào Cai replica for the duration of a ``with`` block."""
    with ReplicaServer(host, port, build_laocai_site(), verbose=verbose) as server:
        yield server


def serve_until_stopped(
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    verbose: bool = False,
    ready: Callable[[ReplicaServer], object] | None = None,
) -> None:
    """Serve the Lào Cai replica until SIGINT or SIGTERM (in the main thread), then stop it.

    ``ready`` is called with the running server (its ``base_url`` names the port chosen).
    :raises OSError: the address cannot be bound (a port in use).
    """
    stop = threading.Event()
    previous = {sig: signal.signal(sig, lambda *_: stop.set())
                for sig in (signal.SIGINT, signal.SIGTERM)}  # fmt: skip
    try:
        with serve_laocai(host, port, verbose=verbose) as server:
            if ready is not None:
                ready(server)
            while not stop.wait(0.5):  # a timed wait: signal handlers run between waits
                pass
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
