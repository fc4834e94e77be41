"""Options and helpers shared by every CLI command module."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
