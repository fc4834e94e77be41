"""Every CLI command and every profile field is documented (help text, example, docs page)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import click
import pytest
from pydantic import BaseModel

from config.profile import SiteProfile
from crawler.cli import cli

ROOT = Path(__file__).resolve().parents[2]
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
PROFILE_DOC = (ROOT / "docs" / "profiles.md").read_text(encoding="utf-8")


def all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        found.append((full, command))
        if isinstance(command, click.Group):
            found += all_commands(command, f"{full} ")
    return found


COMMANDS = all_commands(cli)


def test_commands_exist() -> None:
    names = {name for name, _ in COMMANDS}
    assert {"crawl", "demo", "search", "export", "show", "sites"} <= names


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_with_example_and_a_docs_section(name: str, command: click.Command) -> None:
    assert command.help and "Example:" in command.help, f"{name}: --help needs an example"
    assert f"### govarchive {name}\n" in CLI_DOC, f"docs/cli.md has no section for {name}"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts}: option without help"
            long = max(param.opts, key=len)
            assert long in CLI_DOC, f"docs/cli.md does not mention {name} {long}"


def profile_fields(model: type[BaseModel], prefix: str = "") -> list[tuple[str, str | None]]:
    fields = []
    for name, info in model.model_fields.items():
        fields.append((f"{prefix}{name}", info.description))
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            fields += profile_fields(annotation, f"{prefix}{name}.")
    return fields


FIELDS = profile_fields(SiteProfile)


@pytest.mark.parametrize(("field", "description"), FIELDS, ids=[f for f, _ in FIELDS])
def test_every_profile_field_is_documented(field: str, description: str | None) -> None:
    assert description, f"{field} has no description in the model"
    assert f"`{field}`" in PROFILE_DOC, f"docs/profiles.md does not document `{field}`"


def test_profile_field_table_is_up_to_date() -> None:
    from config.docs import field_table

    assert field_table() in PROFILE_DOC, "run `python -m config.docs` to refresh docs/profiles.md"


def test_every_govarchive_setting_is_documented() -> None:
    from crawler import settings

    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    names = [n for n in dir(settings) if n.startswith("GOVARCHIVE_")]
    assert names
    missing = [n for n in names if f"`{n}`" not in doc]
    assert not missing, f"docs/settings.md does not document {missing}"


#: a ``govarchive ...`` command in an inline code span, or a line of a shell/cron/ini block
_INLINE = re.compile(r"`((?:\S*/)?govarchive [^`\n]+)`")
_FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
_PLACEHOLDER = re.compile(r"[\[\]<>{}|…]|\.\.\.|^[A-Z_]+$")  # a synopsis, not a command line
#: a command named bare in a sentence (``govarchive crawl`` waits...) lacks its arguments
_BARE = ("Missing argument", "Missing option", "requires an argument")


def documented_commands() -> list[tuple[str, str]]:
    """(file, command line) for every ``govarchive`` command the README and docs/ show."""
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = path.read_text(encoding="utf-8")
        lines = _INLINE.findall(text)
        for lang, block in _FENCE.findall(text):
            if lang in ("bash", "sh", "console", "cron", "ini"):
                lines += filter(None, map(_block_command, block.replace("\\\n", " ").splitlines()))
        found += [(path.name, line) for line in lines]
    return found


def _block_command(line: str) -> str | None:
    """The govarchive command of a shell, cron or systemd line: a path to it anywhere
    (``*/10 * * * * /opt/.../bin/govarchive run-due``), or ``govarchive`` first on the line
    (after a prompt or variables); not a word of another command (``wb-manager add
    govarchive``) or an ini key (``govarchive = crawler.settings``)."""
    line = line.strip()
    if line.startswith("#"):
        return None
    if match := re.search(r"\S*/bin/govarchive [^#\n]*", line):
        return match.group(0)
    match = re.match(r"(?:\$ )?(?:[A-Z_][A-Z0-9_]*=\S+ )*(govarchive (?!=)[^#\n]*)", line)
    return match.group(1) if match else None


def _problem(line: str) -> str | None:
    line = re.sub(r"^\S*/govarchive", "govarchive", line)
    line = re.split(r" (?:&&|\||;|>|&)(?: |$)", line)[0].strip().removesuffix(";")
    args = shlex.split(line)[1:]
    command: click.Command = cli
    path = ["govarchive"]
    while isinstance(command, click.Group) and args and args[0] in command.commands:
        path.append(args[0])
        command = command.commands[args.pop(0)]
    if isinstance(command, click.Group) and args and not args[0].startswith("-"):
        if _PLACEHOLDER.search(args[0]):
            return None  # govarchive COMMAND --help
        return f"no command {' '.join(path)} {args[0]}"
    if any(_PLACEHOLDER.search(arg) for arg in args):
        return None  # a synopsis: its options are checked against --help elsewhere
    try:
        command.make_context(" ".join(path), args)
    except click.exceptions.Exit:  # --help, --version
        return None
    except click.ClickException as exc:
        message = exc.format_message()
        return None if any(bare in message for bare in _BARE) else message
    return None


DOCUMENTED = documented_commands()


def test_the_docs_show_commands() -> None:
    assert len(DOCUMENTED) > 100  # the scan finds them (README, cli.md, adding-a-site.md...)


@pytest.mark.parametrize(("doc", "line"), DOCUMENTED, ids=[f"{d}:{line[:60]}" for d, line in DOCUMENTED])
def test_every_command_the_docs_show_parses_with_the_cli(doc: str, line: str) -> None:
    """A command the README or docs/ show is one the CLI takes: its command, options and
    values (docs/extraction.md named a `govarchive extract URL` that does not exist)."""
    assert _problem(line) is None, f"{doc}: {line!r}: {_problem(line)}"


def _examples(command: click.Command) -> list[str]:
    text = (command.help or "").split("Example:", 1)[-1].replace("\\\n", " ")
    return [m.group(0) for line in text.splitlines()
            if (m := re.search(r"(?<![\w/.-])govarchive [^#\n]*", line.strip()))]  # fmt: skip


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_help_example_parses_with_the_cli(name: str, command: click.Command) -> None:
    """The replica's example was a `scrapy crawl` line that works only inside the checkout;
    each govarchive line of an example must be one the CLI takes (paths it names need not
    exist here)."""
    for line in _examples(command):
        problem = _problem(line)
        assert problem is None or "does not exist" in problem, f"{name}: {line!r}: {problem}"
