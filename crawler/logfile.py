"""A log file that stops quietly when it cannot be written (a full disk).

:class:`logging.FileHandler` reports every record it fails to write with a traceback on
stderr ("--- Logging error ---"): a crawl on a full disk printed 5,892 of them. This handler
says it once, in one line on stderr, and drops the records that follow; it writes again
once a record goes through (space freed).
"""

from __future__ import annotations

import logging
import sys


class LogFile(logging.FileHandler):
    """A :class:`logging.FileHandler` whose write errors are one line on stderr, once."""

    failing = False

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)
            return
        if not self.failing:
            self.failing = True
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

    def emit(self, record: logging.LogRecord) -> None:
        super().emit(record)
        if self.failing and self.stream is not None:
            self.failing = False
