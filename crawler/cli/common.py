"""What every command module of the CLI shares: options, exit codes, the one place where
library errors become one-line messages (:class:`Group`), and small formatting helpers."""

from __future__ import annotations

import functools
import logging
import sqlite3
import sys
from collections import Counter
from pathlib import Path
from typing import Any, TextIO

import click

from archive import db as archive_db
from archive.db import locked_error, parse_lock_wait
from archive.errors import ArchiveError, ArchiveLocked
from config.profile import ProfileError
from crawler.environment import ARCHIVE_ENV, DEPRECATED_ARCHIVE_ENV

ARCHIVE_HELP = "Archive folder holding archive.db and warcs/ (default: $GOVARCHIVE_ARCHIVE, else ./archive)."
WORKERS_HELP = "Extraction processes (default: one per core)."
EXIT_PROBLEMS = 1
EXIT_PARTIAL = 3
EXIT_FAILED = 4
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as a shell reports it)
#: another process kept the archive's write lock past the wait: nothing was written, try
#: again later (sysexits' EX_TEMPFAIL, which cron wrappers and systemd know as "try again")
EXIT_LOCKED = 75
LOCK_WAIT_HELP = ("Seconds to wait for another process's write lock on the archive before "
                  "giving up with exit code 75 (default: $GOVARCHIVE_LOCK_WAIT, else 120).")  # fmt: skip
#: what the library raises for bad input: shown as one line, never a traceback
LIBRARY_ERRORS: tuple[type[Exception], ...] = (ArchiveError, ProfileError)


#: names a user tries that are no command of the group (its path under ``govarchive``: ""
#: for the top level), with what does
#: that: click only suggests names spelled alike, so ``govarchive status`` said "No such
#: command" and nothing more
COMMAND_HINTS: dict[str, dict[str, str]] = {
    "": {
        **dict.fromkeys(("status", "stats", "summary"),
                        "Each site's last crawl, its outcome and whether one is running: "
                        "`govarchive schedule`; every crawl's counts: `govarchive report -o "
                        "report.html`."),  # fmt: skip
        **{name: f"Profiles: `govarchive sites {name}`." for name in ("new", "record", "model")},
        "check": "A profile's extraction, page by page: `govarchive sites check`; the WARC "
                 "files and capture rows: `govarchive verify`.",
        "validate": "A profile file: `govarchive sites validate FILE`; the WARC files and "
                    "capture rows: `govarchive verify`.",
        "list": "The site profiles: `govarchive sites`.",
        "wacz": "`govarchive export-wacz -o FILE.wacz`.",
        "diff": "An article's versions: `govarchive history URL_OR_ID`; what changed on the "
                "portals: `govarchive changes`.",
    },
    "sites": {
        **dict.fromkeys(("list", "ls"), "`govarchive sites` alone lists the profiles."),
        "show": "A profile's site model as stored in an archive: `govarchive sites model SITE`.",
    },
}


class HintedGroup(click.Group):
    """A group that, for a name in :data:`COMMAND_HINTS`, says which command does that."""

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        name = args[0] if args else ""
        path = " ".join(ctx.command_path.split()[1:])  # the root's name is the program's
        hint = COMMAND_HINTS.get(path, {}).get(name)
        if hint and self.get_command(ctx, name) is None:
            ctx.fail(f"No such command {name!r}. {hint}")
        return super().resolve_command(ctx, args)


class Group(HintedGroup):
    """A command group whose commands may raise library errors: each becomes
    ``Error: <message>`` and exit code 1, in this one place."""

    def invoke(self, ctx: click.Context) -> Any:
        if ctx.parent is None:  # one command line: its own wait and count (tests run many)
            archive_db.set_lock_wait(None)
            archive_db.reset_lock_waits()
            show_lock_waits()
        try:
            return super().invoke(ctx)
        except ArchiveLocked as exc:
            raise Locked(str(exc)) from None
        except LIBRARY_ERRORS as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.OperationalError as exc:  # a write waited out the lock wait
            if "locked" not in str(exc):
                raise
            raise Locked(str(locked_error(None))) from None
        except (KeyboardInterrupt, click.Abort):
            if ctx.parent is not None:
                raise
            # Ctrl-C before a command's own handler (which says how far it got) was reached,
            # e.g. while its modules load: exit 130 as the shell expects, not click's
            # "Aborted!" with exit 1 (a script would read that as a failure)
            command = " ".join(filter(None, [ctx.info_name, ctx.invoked_subcommand]))
            click.echo(f"\n{command} interrupted (Ctrl-C).", err=True)
            sys.exit(EXIT_INTERRUPTED)


class Locked(click.ClickException):
    """Another process kept the archive's write lock past the wait: one line, exit code
    :data:`EXIT_LOCKED`."""

    exit_code = EXIT_LOCKED


class _Echo(logging.Handler):
    """Log records as ``govarchive: <message>`` lines on the current stderr (click's, so a
    test runner's too)."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            click.echo(f"govarchive: {record.getMessage()}", err=True)
        except Exception:  # noqa: BLE001 (logging never raises)
            self.handleError(record)


def show_lock_waits() -> None:
    """Say on stderr when a command's write waits for another writer's lock on the archive
    (:func:`archive.db.begin_write` logs it once a process); installed once."""
    log = logging.getLogger(archive_db.__name__)
    if not any(isinstance(h, _Echo) for h in log.handlers):
        handler = _Echo(logging.WARNING)
        log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.WARNING:
        log.setLevel(logging.WARNING)


def _set_lock_wait(ctx: click.Context, param: click.Parameter, value: str | None) -> float | None:
    if value is None:
        return None
    try:
        seconds = parse_lock_wait(value, "--lock-wait")
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None
    archive_db.set_lock_wait(seconds)
    return seconds


def lock_wait_option(func: Any) -> Any:
    """``--lock-wait SECONDS``: this command's wait for another writer's lock on the archive
    (:func:`archive.db.set_lock_wait`), passed on as ``lock_wait`` (None: not given)."""
    return click.option("--lock-wait", "lock_wait", metavar="SECONDS", callback=_set_lock_wait,
                        help=LOCK_WAIT_HELP)(func)  # fmt: skip


def lock_wait_summary() -> None:
    """The summary line of a command's waits for another writer's lock (none: no line)."""
    if waits := archive_db.lock_waits():
        click.echo(f"waits for another process's write lock on the archive: {waits}")


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
