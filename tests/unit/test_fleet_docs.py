"""The fleet file's fields are documented in docs/scaling.md, generated from the model."""

from __future__ import annotations

from pathlib import Path

from config.docs import FLEET_DOC, field_table
from config.fleet import FleetConfig

ROOT = Path(__file__).resolve().parents[2]


def test_fleet_field_table_is_up_to_date() -> None:
    assert field_table(FleetConfig) in FLEET_DOC.read_text(encoding="utf-8"), (
        "run `python -m config.docs` to refresh docs/scaling.md"
    )


def test_every_fleet_field_has_a_description() -> None:
    from config.fleet import ScrapydNode

    for model in (FleetConfig, ScrapydNode):
        for name, info in model.model_fields.items():
            assert info.description, f"{model.__name__}.{name} has no description"


def test_the_example_fleet_file_names_every_field() -> None:
    example = (ROOT / "config" / "fleet.yaml").read_text(encoding="utf-8")
    from config.fleet import ScrapydNode

    for name in [*FleetConfig.model_fields, *ScrapydNode.model_fields]:
        assert f"{name}:" in example, f"config/fleet.yaml does not show {name}"
