"""Every CLI command and every profile field is documented (help text, example, docs page)."""

from __future__ import annotations

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
