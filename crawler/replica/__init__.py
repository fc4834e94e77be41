"""An offline replica of the seed portal (tinhuy.laocai.gov.vn), and the server for it.

    from crawler.replica import serve_laocai
    with serve_laocai() as server:
        crawl(server.base_url)

Used by ``govarchive demo`` and the integration tests; standard library only.
"""

from __future__ import annotations

from collections.abc import Iterator
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
]


@contextmanager
def serve_laocai(
    host: str = "127.0.0.1", port: int = 0, *, verbose: bool = False
) -> Iterator[ReplicaServer]:
    """Serve the Lào Cai replica for the duration of a ``with`` block."""
    with ReplicaServer(host, port, build_laocai_site(), verbose=verbose) as server:
        yield server
