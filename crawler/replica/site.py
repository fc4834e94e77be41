"""What a fixture site is: a mapping of request targets to canned pages, plus an optional handler.

A site is data. :class:`~crawler.replica.server.ReplicaServer` serves any :class:`Site`; the
Lào Cai replica (:mod:`crawler.replica.laocai`) is one of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message

HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Page:
    """One canned response. ``headers`` may repeat a name (two ``Set-Cookie`` lines)."""

    status: int = 200
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    #: Send only this many body bytes, then close the connection (Content-Length still
    #: announces the whole body): a response cut off mid-transfer.
    truncate_at: int | None = None

    def header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None."""
        lname = name.lower()
        return next((v for k, v in self.headers if k.lower() == lname), None)

    @classmethod
    def html(
        cls, text: str, status: int = 200, headers: list[tuple[str, str]] | None = None
    ) -> Page:
        return cls(status, [("Content-Type", HTML), *(headers or [])], text.encode("utf-8"))

    @classmethod
    def text(
        cls, text: str, content_type: str = "text/plain; charset=utf-8", status: int = 200
    ) -> Page:
        return cls(status, [("Content-Type", content_type)], text.encode("utf-8"))

    @classmethod
    def redirect(cls, location: str, status: int = 301) -> Page:
        return cls(status, [("Location", location), ("Content-Type", HTML)], b"")


@dataclass(frozen=True)
class Request:
    """What a dynamic handler sees of a request."""

    method: str
    target: str  # path plus "?query" when there is one, as sent
    path: str
    query: str
    headers: Message  # case-insensitive: headers.get("accept-encoding")
    base_url: str  # "http://<Host header>/", so absolute URLs match what the client used


@dataclass
class Site:
    """``pages`` maps a request target (path, plus ``?query`` when there is one) to a Page.

    Lookup order: the exact target, then ``handler(request)`` (which returns None to decline),
    then ``not_found``.
    """

    pages: dict[str, Page] = field(default_factory=dict)
    handler: Callable[[Request], Page | None] | None = None
    not_found: Page = field(default_factory=lambda: Page.text("404 Not Found\n", status=404))

    def resolve(self, request: Request) -> Page:
        page = self.pages.get(request.target)
        if page is None and self.handler is not None:
            page = self.handler(request)
        return page if page is not None else self.not_found
