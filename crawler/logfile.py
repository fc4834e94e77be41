"""A log file that stops quietly when it cannot be written (a full disk).

:class:`logging.FileHandler` reports every record it fails to write with a traceback on
stderr ("--- Logging error ---"): a crawl on a full disk printed 5,892 of them. This handler
says it once, in one line on stderr, and drops the records that follow; it writes again
once a record goes through (space freed).

*Once* is per file and per process, whichever handler writes it (the crawl's own handler
and the after-crawl thread's, :mod:`crawler.aftercrawl`, append to the same file), and is
not said again when a short record later fits where a long one did not: on a full disk
that is a matter of how much room the file's last page has left, so saying it again would
make the number of lines depend on the lengths (and the timing) of the records logged.
"""

from __future__ import annotations

import logging
import sys
import threading
from typing import ClassVar


class LogFile(logging.FileHandler):
    """A :class:`logging.FileHandler` whose write errors are one line on stderr, once."""

    _said: ClassVar[set[str]] = set()  # files said to be unwritable (by any handler)
    _lock: ClassVar[threading.Lock] = threading.Lock()

    @property
    def failing(self) -> bool:
        """This handler's file could not be written (said on stderr)."""
        return self.baseFilename in LogFile._said

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)
            return
        with LogFile._lock:
            first = self.baseFilename not in LogFile._said
            LogFile._said.add(self.baseFilename)
        if first:
            try:
                sys.stderr.write(f"govarchive: cannot write the log file {self.baseFilename}: "
                                 f"{exc.strerror or exc}; its records are dropped\n")  # fmt: skip
            except OSError:
                pass
        stream, self.stream = self.stream, None  # reopened by the next record
        if stream is not None:
            try:
                stream.close()  # its buffer cannot be written either: closed all the same
            except OSError:
                pass
