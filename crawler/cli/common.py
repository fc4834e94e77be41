"""What every command module of the CLI shares: options, exit codes, the one place where
library errors become one-line messages (:class:`Group`), and small formatting helpers."""

from __future__ import annotations

import functools
import logging
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

import click

from archive.db import locked_error
from archive.errors import ArchiveError
from config.profile import ProfileError
from crawler.environment import ARCHIVE_ENV, DEPRECATED_ARCHIVE_ENV

ARCHIVE_HELP = "Archive folder holding archive.db and warcs/ (default: $GOVARCHIVE_ARCHIVE, else ./archive)."
WORKERS_HELP = "Extraction processes (default: one per core)."
EXIT_PROBLEMS = 1
EXIT_PARTIAL = 3
EXIT_FAILED = 4
#: what the library raises for bad input: shown as one line, never a traceback
LIBRARY_ERRORS: tuple[type[Exception], ...] = (ArchiveError, ProfileError)


class Group(click.Group):
    """A command group whose commands may raise library errors: each becomes
    ``Error: <message>`` and exit code 1, in this one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LIBRARY_ERRORS as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.OperationalError as exc:  # a write waited out the busy timeout
            if "locked" not in str(exc):
                raise
            raise click.ClickException(str(locked_error(None))) from None


def archive_option(func: Any) -> Any:
    return click.option(
        "--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
        default=Path("archive"), show_default=True, envvar=[ARCHIVE_ENV, DEPRECATED_ARCHIVE_ENV],
        help=ARCHIVE_HELP,
    )(func)  # fmt: skip


#: the date forms every date filter takes (:func:`archive.filters.check_date`)
DATE_FORMS = "2023, 2023-05, 2023-05-31 or 2023-05-31T08:00"
SINCE_HELP = f"Published on or after this date ({DATE_FORMS})."
UNTIL_HELP = "Published on or before this date (a whole day, month or year)."
CAPTURED_SINCE_HELP = (f"Captured (fetched by a crawl) on or after this time ({DATE_FORMS}); "
                       "--since is its former name.")  # fmt: skip
CAPTURED_UNTIL_HELP = ("Captured on or before this time (a whole day, month or year); --until "
                       "is its former name.")  # fmt: skip


def captured_since_option(func: Any) -> Any:
    """``--captured-since`` (``--since`` still accepted), passed on as ``since``."""
    return click.option("--captured-since", "--since", "since", metavar="DATE",
                        help=CAPTURED_SINCE_HELP)(func)  # fmt: skip


def captured_until_option(func: Any) -> Any:
    """``--captured-until`` (``--until`` still accepted), passed on as ``until``."""
    return click.option("--captured-until", "--until", "until", metavar="DATE",
                        help=CAPTURED_UNTIL_HELP)(func)  # fmt: skip


def filter_options(func: Any) -> Any:
    """The article filters of search, export (and the Archive facade): --site, --since,
    --until, --author, passed on as ``filters`` (a dict of the four)."""
    options = [
        click.option("--site", help="Only this site id."),
        click.option("--since", metavar="DATE", help=SINCE_HELP),
        click.option("--until", metavar="DATE", help=UNTIL_HELP),
        click.option("--author", help="Only articles whose author holds these words, in order, the last one possibly begun (any diacritics)."),
    ]  # fmt: skip

    @functools.wraps(func)  # keeps the options declared below this decorator
    def gather(**kwargs: Any) -> Any:
        kwargs["filters"] = {k: kwargs.pop(k) for k in ("site", "since", "until", "author")}
        return func(**kwargs)

    for option in reversed(options):
        gather = option(gather)
    return gather


def workers_option(func: Any) -> Any:
    return click.option("--workers", type=click.IntRange(min=1), help=WORKERS_HELP)(func)


def open_archive(archive_dir: Path) -> Any:
    """The archive in ``archive_dir`` (an :class:`archive.Archive`); a missing or broken one
    is a library error, shown as one line."""
    from archive import Archive

    return Archive(archive_dir)


def counts(counter: Counter[str]) -> str:
    """``changed 1, new 2`` (sorted), or ``none``."""
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items())) or "none"


#: Loggers whose INFO lines say how a long archive upgrade is going (a migration that
#: re-indexes every article takes minutes on a large archive).
UPGRADE_LOGGERS = ("archive.migrations", "archive.fts")


def show_upgrade_progress(stream: TextIO) -> None:
    """Print the archive's upgrade progress (migrations, re-indexing) on ``stream``; once
    per process whatever the number of calls."""
    for name in UPGRADE_LOGGERS:
        log = logging.getLogger(name)
        if any(getattr(h, "_govarchive_upgrade", False) for h in log.handlers):
            continue
        handler = logging.StreamHandler(stream)
        handler.setFormatter(logging.Formatter("govarchive: %(message)s"))
        handler._govarchive_upgrade = True  # type: ignore[attr-defined]
        log.addHandler(handler)
        log.setLevel(logging.INFO)
