"""Options and helpers shared by every CLI command module."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, TextIO

import click

ARCHIVE_HELP = "Archive folder holding archive.db and warcs/ (default: ./archive)."
EXIT_PARTIAL = 3
EXIT_FAILED = 4


def archive_option(func: Any) -> Any:
    return click.option(
        "--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
        default=Path("archive"), show_default=True, envvar="GOVARCHIVE_ARCHIVE", help=ARCHIVE_HELP,
    )(func)  # fmt: skip


def open_archive(archive_dir: Path) -> Any:
    from archive import Archive, ArchiveError

    try:
        return Archive(archive_dir)
    except ArchiveError as exc:
        raise click.ClickException(str(exc)) from None


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
