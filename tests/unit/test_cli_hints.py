"""A command name that is not one, but that a user tries (``govarchive status``, ``govarchive
sites list``), is answered with the command that does it (crawler.cli.common.COMMAND_HINTS)."""

from __future__ import annotations

import re

import click
import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.cli.common import COMMAND_HINTS


@pytest.mark.parametrize(("args", "answer"), [
    (["status"], "`govarchive schedule`"),
    (["summary"], "`govarchive schedule`"),
    (["check"], "`govarchive sites check`"),
    (["new"], "`govarchive sites new`"),
    (["sites", "list"], "`govarchive sites` alone lists the profiles"),
])  # fmt: skip
def test_a_likely_name_says_which_command_does_it(args: list[str], answer: str) -> None:
    done = CliRunner().invoke(cli, args)
    assert done.exit_code == 2
    last = done.output.strip().splitlines()[-1]
    assert last.startswith(f"Error: No such command '{args[-1]}'. ") and answer in last


def test_other_unknown_names_keep_clicks_answer() -> None:
    done = CliRunner().invoke(cli, ["serch"])
    assert done.exit_code == 2 and "Did you mean one of: 'search', 'serve'?" in done.output
    assert "No such command 'xyzzy'." in CliRunner().invoke(cli, ["xyzzy"]).output


def test_every_hint_names_commands_that_exist_and_shadows_none() -> None:
    for path, hints in COMMAND_HINTS.items():
        group = cli.commands[path] if path else cli
        assert isinstance(group, click.Group)
        for name, hint in hints.items():
            assert name not in group.commands, name  # a real command is never hidden
            for named in re.findall(r"`govarchive ([a-z-]+(?: [a-z-]+)?)", hint):
                words = named.split()
                command = cli.commands[words[0]]
                if len(words) > 1 and isinstance(command, click.Group):
                    assert words[1] in command.commands, named


@pytest.mark.parametrize(("key", "message"), [
    ("abc", "'abc' is neither an article id (a number) nor a URL (http://...): give one of those."),
    (7, "No article with id 7 in the archive."),
    ("https://l.example/nope", "No article with URL https://l.example/nope in the archive."),
    ("l.example/nope", "No article with URL l.example/nope in the archive."),  # history takes it
])  # fmt: skip
def test_show_and_history_of_something_that_is_no_id_nor_url(key: int | str, message: str) -> None:
    """`govarchive show abc` said "No article with URL abc", as if abc were a URL."""
    from archive.errors import ArticleNotFound

    assert str(ArticleNotFound(key)) == message
