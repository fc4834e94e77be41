"""config/fleet.py: the fleet file is validated like profiles: one line naming file and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from config.fleet import FLEET_FILE, FleetError, fleet_from_dict, load_fleet

ENV = {"GOVARCHIVE_SCRAPYD_CRAWL2_PASSWORD": "s3cret"}


def good() -> dict[str, Any]:
    return {
        "nodes": [
            {"name": "crawl-1", "url": "http://127.0.0.1:6800", "max_crawls": 3},
            {"name": "crawl-2", "url": "https://crawl-2.lan:6800/", "username": "ga",
             "password_env": "GOVARCHIVE_SCRAPYD_CRAWL2_PASSWORD"},
        ],
        "shards_dir": "/srv/govarchive/shards",
        "lease_minutes": 90,
    }  # fmt: skip


def test_the_example_fleet_file_is_valid() -> None:
    fleet = load_fleet(FLEET_FILE, environ=ENV)
    assert [n.name for n in fleet.nodes] == ["crawl-1", "crawl-2"]
    assert fleet.node("crawl-2").auth(ENV) == ("govarchive", "s3cret")
    assert fleet.node("crawl-1").auth(ENV) is None
    assert fleet.shards_dir == "/srv/govarchive/shards" and fleet.lease_minutes == 60


def test_a_good_file_loads_with_defaults(tmp_path: Path) -> None:
    data = good()
    del data["lease_minutes"]
    path = tmp_path / "fleet.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    fleet = load_fleet(path, environ=ENV)
    assert fleet.lease_minutes == 60
    assert fleet.nodes[0].url == "http://127.0.0.1:6800/"  # a trailing slash is added
    assert (fleet.nodes[0].max_crawls, fleet.nodes[1].max_crawls) == (3, 2)


def test_the_password_comes_from_the_environment_only() -> None:
    fleet = fleet_from_dict(good(), "f.yaml", environ=ENV)
    assert "s3cret" not in fleet.model_dump_json()
    assert fleet.nodes[1].auth({"GOVARCHIVE_SCRAPYD_CRAWL2_PASSWORD": "other"}) == ("ga", "other")


def _set(path: str, value: Any) -> dict[str, Any]:
    data = good()
    target: Any = data
    *parents, last = path.split(".")
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    if value is KeyError:
        del target[last]
    else:
        target[last] = value
    return data


BAD = [
    ("missing shards_dir", _set("shards_dir", KeyError),
     "f.yaml: invalid fleet file: field 'shards_dir': required field is missing"),
    ("relative shards_dir", _set("shards_dir", "shards"),
     "f.yaml: invalid fleet file: field 'shards_dir': 'shards' is not an absolute path"),
    ("no nodes", _set("nodes", []),
     "f.yaml: invalid fleet file: field 'nodes': List should have at least 1 item after validation, not 0"),
    ("unknown field", _set("nodez", 1), "f.yaml: invalid fleet file: field 'nodez': unknown field (did you mean 'nodes'?)"),
    ("unknown node field", _set("nodes.0.weight", 2),
     "f.yaml: invalid fleet file: field 'nodes.0.weight': unknown field"),
    ("bad node name", _set("nodes.0.name", "Crawl 1"),
     "f.yaml: invalid fleet file: field 'nodes.0.name': 'Crawl 1' is not a node name (a-z, 0-9 and '-', 1-63 characters)"),
    ("not a URL", _set("nodes.0.url", "crawl-1:6800"),
     "f.yaml: invalid fleet file: field 'nodes.0.url': 'crawl-1:6800' is not an http(s) URL"),
    ("password in the URL", _set("nodes.0.url", "http://ga:pw@crawl-1:6800/"),
     "f.yaml: invalid fleet file: field 'nodes.0.url': credentials do not go in the URL: use username and password_env"),
    ("username without password_env", _set("nodes.1.password_env", KeyError),
     "f.yaml: invalid fleet file: field 'nodes.1': username and password_env go together (both or neither)"),
    ("bad env name", _set("nodes.1.password_env", "MY-PASSWORD"),
     "f.yaml: invalid fleet file: field 'nodes.1.password_env': 'MY-PASSWORD' is not an environment variable name"),
    ("max_crawls zero", _set("nodes.0.max_crawls", 0),
     "f.yaml: invalid fleet file: field 'nodes.0.max_crawls': Input should be greater than or equal to 1"),
    ("lease too short", _set("lease_minutes", 0),
     "f.yaml: invalid fleet file: field 'lease_minutes': Input should be greater than or equal to 0.05"),
    ("bad setting name", _set("settings", {"download_delay": 1}),
     "f.yaml: invalid fleet file: field 'settings': 'download_delay' is not a Scrapy setting name (UPPER_CASE)"),
    ("a setting of the fleet", _set("settings", {"CLOSESPIDER_PAGECOUNT": 5}),
     "f.yaml: invalid fleet file: field 'settings': CLOSESPIDER_PAGECOUNT is set by the fleet for each job"),
    ("duplicate name", _set("nodes.1.name", "crawl-1"),
     "f.yaml: invalid fleet file: field '(top level)': node name 'crawl-1' is used twice"),
    ("duplicate URL", _set("nodes.1.url", "http://127.0.0.1:6800/"),
     "f.yaml: invalid fleet file: field '(top level)': node url 'http://127.0.0.1:6800/' is used twice"),
]  # fmt: skip


@pytest.mark.parametrize(("data", "message"), [b[1:] for b in BAD], ids=[b[0] for b in BAD])
def test_each_kind_of_bad_fleet_file_is_one_line_naming_the_field(data: Any, message: str) -> None:
    with pytest.raises(FleetError) as exc:
        fleet_from_dict(data, "f.yaml", environ=ENV)
    assert str(exc.value) == message
    assert "\n" not in str(exc.value)


def test_an_unset_password_variable_is_an_error_at_load_time() -> None:
    with pytest.raises(FleetError) as exc:
        fleet_from_dict(good(), "f.yaml", environ={})
    assert str(exc.value) == (
        "f.yaml: field 'nodes.1.password_env': node 'crawl-2': environment variable "
        "GOVARCHIVE_SCRAPYD_CRAWL2_PASSWORD (its password) is not set"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "no such fleet file"),
        ("nodes: [a\n", "bad YAML (line 2, column 1)"),
        ("- a\n- b\n", "a fleet file must be a YAML mapping of fields"),
    ],
    ids=["missing", "bad-yaml", "not-a-mapping"],
)
def test_unreadable_fleet_files(tmp_path: Path, text: str | None, message: str) -> None:
    path = tmp_path / "fleet.yaml"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(FleetError) as exc:
        load_fleet(path, environ=ENV)
    assert str(exc.value).startswith(f"{path}: {message}")
    assert "\n" not in str(exc.value)
