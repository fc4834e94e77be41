"""A loopback HTTP server for fixture sites (standard library only).

    with ReplicaServer() as server:          # the Lào Cai replica by default
        fetch(server.base_url + "robots.txt")
        assert ("GET", "/robots.txt", 200) in server.request_log

Beyond canned pages it speaks enough HTTP to exercise a crawler's WARC capture and incremental
fetching: gzip ``Content-Encoding`` when asked, ``HEAD``, ``ETag``/``Last-Modified`` with
``304 Not Modified``, and repeated headers. It is quiet unless ``verbose=True``.
"""

from __future__ import annotations

import gzip
import hashlib
import socket
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from email.message import Message
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import urlsplit

from crawler.replica.site import Page, Request, Site

COMPRESSIBLE = ("text/", "application/xml", "application/json", "application/javascript")


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str  # the request target: path plus "?query"
    status: int
    headers: dict[str, str]  # request headers, lower-case names
    time: float  # time.monotonic() when the request arrived


def etag_for(page: Page) -> str:
    return page.header("ETag") or f'"{hashlib.sha1(page.body).hexdigest()[:16]}"'


def _wants_gzip(accept_encoding: str) -> bool:
    for item in accept_encoding.split(","):
        coding, _, params = item.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip", "*"):
            q = params.strip().lower().removeprefix("q=")
            try:
                return not params.strip() or float(q) > 0
            except ValueError:
                return True
    return False


def _not_modified(page: Page, etag: str, headers: Message) -> bool:
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or bool(tags & {etag, etag[:-1] + '-gz"'})
    ims, last_modified = headers.get("If-Modified-Since"), page.header("Last-Modified")
    if ims and last_modified:
        try:
            return parsedate_to_datetime(last_modified) <= parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
    return False


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY the body waits ~40 ms
    # for the client's delayed ACK on every keep-alive response.
    disable_nagle_algorithm = True
    server: _Server
    timeout = 10

    def setup(self) -> None:
        super().setup()
        self.server.connections.add(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.connections.discard(self.connection)

    def do_GET(self) -> None:
        self._respond(send_body=True)

    def do_HEAD(self) -> None:
        self._respond(send_body=False)

    def _respond(self, send_body: bool) -> None:
        owner = self.server.owner
        split = urlsplit(self.path)
        host = self.headers.get("Host")
        request = Request(
            method=self.command,
            target=self.path,
            path=split.path,
            query=split.query,
            headers=self.headers,
            base_url=f"http://{host}/" if host else owner.base_url,
        )
        try:
            page = owner.site.resolve(request)
        except Exception:  # noqa: BLE001 (a broken fixture must show, not hang the client)
            traceback.print_exc()
            page = Page.text("replica: the site's handler failed\n", status=500)
        status, headers, body = page.status, list(page.headers), page.body
        content_type = page.header("Content-Type") or ""
        compressible = bool(body) and content_type.startswith(COMPRESSIBLE)
        gzipped = compressible and _wants_gzip(self.headers.get("Accept-Encoding", ""))
        if compressible:
            headers.append(("Vary", "Accept-Encoding"))
        if gzipped:
            body = gzip.compress(body, mtime=0)
            headers.append(("Content-Encoding", "gzip"))
        if status == 200:
            etag = etag_for(page)
            sent_etag = etag[:-1] + '-gz"' if gzipped else etag  # one tag per representation
            headers = [(k, v) for k, v in headers if k.lower() != "etag"] + [("ETag", sent_etag)]
            if _not_modified(page, etag, self.headers):
                status, body = 304, b""
                drop = ("content-type", "content-encoding")
                headers = [(k, v) for k, v in headers if k.lower() not in drop]
        owner._record(self.command, self.path, status, self.headers)
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body and status != 304:
            if page.truncate_at is not None:
                self.wfile.write(body[: page.truncate_at])
                self.close_connection = True
                return
            self.wfile.write(body)

    def version_string(self) -> str:
        return "Microsoft-IIS/8.5"  # what the portal announces

    def log_message(self, format: str, *args) -> None:
        if self.server.owner.verbose:
            super().log_message(format, *args)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], owner: ReplicaServer) -> None:
        self.owner = owner
        self.connections: set[socket.socket] = set()
        super().__init__(address, _Handler)

    def handle_error(self, request, client_address) -> None:
        if self.owner.verbose:
            super().handle_error(request, client_address)


class ReplicaServer:
    """Serve a :class:`Site` on a loopback port in a daemon thread."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        site: Site | None = None,
        *,
        verbose: bool = False,
    ) -> None:
        if site is None:
            from crawler.replica.laocai import build_site

            site = build_site()
        self.site = site
        self.host, self.port, self.verbose = host, port, verbose
        self.requests: list[RequestRecord] = []
        self._lock = threading.Lock()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    @property
    def request_log(self) -> list[tuple[str, str, int]]:
        """(method, path, status) of every request served, in order."""
        with self._lock:
            return [(r.method, r.path, r.status) for r in self.requests]

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")

    def _record(self, method: str, path: str, status: int, headers) -> None:
        record = RequestRecord(
            method, path, status, {k.lower(): v for k, v in headers.items()}, time.monotonic()
        )
        with self._lock:
            self.requests.append(record)
        if self.verbose:
            print(f"replica: {method} {path} {status}", file=sys.stderr)

    def start(self) -> Self:
        if self._httpd is not None:
            raise RuntimeError("ReplicaServer already started")
        self._httpd = _Server((self.host, self.port), self)
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"replica-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        httpd.shutdown()
        for conn in list(httpd.connections):  # wake handlers idling on keep-alive sockets
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
