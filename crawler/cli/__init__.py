"""The ``govarchive`` command line, one module per noun, every command a few lines over the
library (the :class:`archive.Archive` facade, :mod:`pipelines.offline`, :mod:`crawler.run`):

- :mod:`crawler.cli.crawl`: ``crawl``, ``demo``;
- :mod:`crawler.cli.research`: ``search``, ``export``, ``show``, ``serve``, ``report``;
- :mod:`crawler.cli.sites`: ``sites`` and ``sites new|check|record|validate|model``;
- :mod:`crawler.cli.warc`: ``verify``, ``export-wacz``, ``reextract``, ``rebuild``, ``import-warc``,
  ``merge``;
- :mod:`crawler.cli.schedule`: ``schedule``, ``run-due``, ``history``;
- :mod:`crawler.cli.watch`: ``changes``, ``refs``;
- :mod:`crawler.cli.replica`: ``replica`` (the bundled replica portal, served on its own).

Shared options (the archive, the search and date filters, workers) and the one place where
library errors (ArchiveError, ProfileError) become one-line messages are in
:mod:`crawler.cli.common`; users never see a traceback. The output vocabulary (``--format``
values, JSON vs JSON Lines) is :mod:`crawler.cli.output`.
"""

from __future__ import annotations

import sys

import click

from config.version import __version__
from crawler.cli import crawl, replica, research, schedule, sites, warc, watch
from crawler.cli.common import Group, show_upgrade_progress
from crawler.environment import archive_from_env, warn_once


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govarchive")
def cli() -> None:
    """govarchive: archive government news portals into WARC files and a searchable SQLite archive.

    \b
    First run:  govarchive demo
    Real crawl: govarchive crawl laocai-tinhuy
    """
    if sys.stderr.isatty():  # an archive upgrade can take minutes: say so (never under cron)
        show_upgrade_progress(sys.stderr)
    warn_once(archive_from_env()[1])  # $GOVARCHIVE_ARCHIVE_DIR: read, with a warning


for module in (crawl, research, sites, warc, schedule, watch, replica):
    for command in module.COMMANDS:
        cli.add_command(command)


def main() -> None:
    cli(prog_name="govarchive")


__all__ = ["cli", "main"]
