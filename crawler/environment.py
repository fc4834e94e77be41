"""The environment variables govarchive reads, and the warnings about them.

``GOVARCHIVE_ARCHIVE`` names the archive folder for the CLI (``--archive``) and for
``scrapy crawl`` alike (the Scrapy setting it fills is ``GOVARCHIVE_ARCHIVE_DIR``);
``GOVARCHIVE_ARCHIVE_DIR`` in the environment is its deprecated former name, still read,
with a warning. ``GOVARCHIVE_CONTACT`` is the operator's e-mail in the User-Agent: a real
crawl without it says so (docs/settings.md).
"""

from __future__ import annotations

import ipaddress
import os
import sys
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

ARCHIVE_ENV = "GOVARCHIVE_ARCHIVE"
DEPRECATED_ARCHIVE_ENV = "GOVARCHIVE_ARCHIVE_DIR"
CONTACT_ENV = "GOVARCHIVE_CONTACT"
DEFAULT_CONTACT = "archive-operator@example.org"

_warned: set[str] = set()


def archive_from_env(environ: Mapping[str, str] | None = None) -> tuple[str | None, str | None]:
    """The archive folder the environment names (None: none) and a deprecation warning
    (None: no warning): ``GOVARCHIVE_ARCHIVE`` first, else ``GOVARCHIVE_ARCHIVE_DIR``."""
    env = os.environ if environ is None else environ
    if env.get(ARCHIVE_ENV):
        return env[ARCHIVE_ENV], None
    if env.get(DEPRECATED_ARCHIVE_ENV):
        return env[DEPRECATED_ARCHIVE_ENV], (
            f"govarchive: warning: {DEPRECATED_ARCHIVE_ENV} is deprecated, set {ARCHIVE_ENV} "
            "instead (the archive folder)"
        )
    return None, None


def warn_once(message: str | None) -> None:
    """``message`` on stderr, once per process."""
    if message and message not in _warned:
        _warned.add(message)
        print(message, file=sys.stderr)


def is_loopback(url: str) -> bool:
    """``url``'s host is this machine (127.0.0.0/8, ::1, localhost): a replica or a test."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def contact_warning(contact: str | None, urls: Iterable[str]) -> str | None:
    """The warning for a crawl of ``urls`` whose User-Agent names no real operator (the
    contact unset or the placeholder); None when it does, or when every URL is on this
    machine (the demo, tests, a replica)."""
    if contact and contact != DEFAULT_CONTACT:
        return None
    remote = [u for u in urls if not is_loopback(u)]
    if not remote:
        return None
    return (
        f"govarchive: warning: {CONTACT_ENV} is not set: the User-Agent gives "
        f"{DEFAULT_CONTACT} as the operator's address; set it to yours so site "
        "administrators can reach you (docs/settings.md)"
    )
