"""The output vocabulary of every command, in one place.

``--format`` takes, where they make sense: ``table`` (for people, a rich table) or
``text`` (for people, when the output is not a table), ``json`` (one JSON document),
``jsonl`` (JSON Lines, one object per line; ``nl`` is accepted for it), ``csv`` (a header
row), and the file formats ``parquet``, ``yaml``, ``atom``, ``html``. Filters: ``--site``
(a site id), ``--since``/``--until`` (the publication date), ``--captured-since``/
``--captured-until`` (the capture time), ``--author``; dates are ``2023``, ``2023-05``,
``2023-05-31`` or a date-time everywhere (:func:`archive.filters.check_date`).
``tests/unit/test_cli_vocabulary.py`` walks the command tree and holds every command to it.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence
from typing import Any

import click

from archive.records import dumps, write_records

#: every value a --format option may take
FORMATS = ("table", "text", "json", "jsonl", "csv", "parquet", "yaml", "atom", "html")
#: other spellings accepted for a value
ALIASES = {"nl": "jsonl"}


class _Formats(click.Choice):
    """The formats, taking an alias (``nl``) for its value but listing only the values (in
    the help and in the error of a wrong one: an alias is no format of its own)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if isinstance(value, str) and ALIASES.get(value) in self.choices:
            value = ALIASES[value]
        return super().convert(value, param, ctx)


def format_option(
    *choices: str, default: str, help: str, json_was_lines: bool = False
) -> Any:
    """``--format`` with these values (and ``nl`` beside ``jsonl``), passed on as ``fmt``.

    ``json_was_lines``: ``--format json`` of this command wrote JSON Lines before it meant
    one document: a one-line note on stderr says so, so no script is silently surprised."""
    unknown = set(choices) - set(FORMATS)
    assert not unknown, f"--format values outside the vocabulary: {unknown}"

    def normalise(ctx: click.Context, param: click.Parameter, value: str) -> str:
        value = ALIASES.get(value, value)
        if json_was_lines and value == "json":
            click.echo(f"govarchive {ctx.info_name}: --format json is now one JSON document; "
                       "for one object per line (its former output) use --format jsonl.",
                       err=True)  # fmt: skip
        return value

    return click.option(
        "--format", "fmt", type=_Formats(choices), default=default, show_default=True,
        callback=normalise, help=help,
    )  # fmt: skip


def echo_json(value: Any) -> None:
    """One JSON document on stdout."""
    click.echo(dumps(value))


def echo_records(records: Iterable[dict[str, Any]], fmt: str,
                 fields: Sequence[str] | None = None) -> int:  # fmt: skip
    """Records on stdout as ``json`` (one array), ``jsonl`` or ``csv``; their number."""
    return write_records(records, fmt, sys.stdout, fields)
