"""The crawl fleet: Scrapyd nodes, where shards are delivered, how long a lease lasts.

``config/fleet.yaml`` (see the documented example there and docs/scaling.md) is read by
``run-due --fleet``. Like site profiles it is one pydantic model: the field descriptions are
its documentation (the table in docs/scaling.md is generated from them), and a bad file is
one readable line naming the file and the field (:class:`FleetError`). Passwords are never
in the file: a node names the environment variable that holds its password
(``password_env``), read when the file is loaded.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from config.profile import SAFE_LOADER, format_validation_error

FLEET_FILE = Path(__file__).parent / "fleet.yaml"
NODE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
ENV_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
SETTING_RE = re.compile(r"^[A-Z][A-Z0-9_]*$")
#: the settings each job gets from the fleet (its shard, its state, its page limit)
FLEET_SETTINGS = ("GOVARCHIVE_ARCHIVE_DIR", "GOVARCHIVE_JOB_STATE", "CLOSESPIDER_PAGECOUNT")


class FleetError(Exception):
    """A fleet file that cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ScrapydNode(_Strict):
    """One Scrapyd server that runs crawl jobs."""

    name: str = Field(
        description="Node name: lower-case letters, digits and dashes; recorded in leases "
        "and used for the stable assignment of sites (renaming a node moves its sites)."
    )
    url: str = Field(description="Scrapyd's HTTP address, e.g. http://crawler-1:6800/.")
    username: str | None = Field(
        None, description="User name for Scrapyd's HTTP basic auth (None: no auth)."
    )
    password_env: str | None = Field(
        None,
        description="Name of the environment variable holding the basic-auth password "
        "(required with username; the password itself is never written in the file).",
    )
    max_crawls: int = Field(
        2, ge=1, le=64,
        description="Crawls this node runs at once (Scrapyd's max_proc for govarchive); a node "
        "with this many jobs pending or running gets no more.",
    )  # fmt: skip

    @field_validator("name")
    @classmethod
    def _check_name(cls, value: str) -> str:
        if not NODE_NAME_RE.match(value):
            raise ValueError(f"{value!r} is not a node name (a-z, 0-9 and '-', 1-63 characters)")
        return value

    @field_validator("url")
    @classmethod
    def _check_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{value!r} is not an http(s) URL")
        if parts.username or parts.password:
            raise ValueError("credentials do not go in the URL: use username and password_env")
        return value if value.endswith("/") else value + "/"

    @field_validator("password_env")
    @classmethod
    def _check_env_name(cls, value: str | None) -> str | None:
        if value is not None and not ENV_NAME_RE.match(value):
            raise ValueError(f"{value!r} is not an environment variable name")
        return value

    @model_validator(mode="after")
    def _auth_pair(self) -> ScrapydNode:
        if (self.username is None) != (self.password_env is None):
            raise ValueError("username and password_env go together (both or neither)")
        return self

    def auth(self, environ: Mapping[str, str] | None = None) -> tuple[str, str] | None:
        """``(username, password)`` for basic auth, the password read from the environment.

        :raises FleetError: the environment variable is not set.
        """
        if self.username is None or self.password_env is None:
            return None
        env = os.environ if environ is None else environ
        if self.password_env not in env:
            raise FleetError(
                f"node {self.name!r}: environment variable {self.password_env} "
                "(its password) is not set"
            )
        return self.username, env[self.password_env]


class FleetConfig(_Strict):
    """The crawl fleet of a central archive."""

    nodes: list[ScrapydNode] = Field(
        min_length=1, description="The Scrapyd nodes (at least one)."
    )
    shards_dir: str = Field(
        description="Absolute path of the shared folder (NFS, SMB, a synced disk) where "
        "nodes deliver finished shards, one folder per job, and from which `merge` takes them."
    )
    lease_minutes: float = Field(
        60, ge=0.05, le=7 * 24 * 60,
        description="How long a site's lease lasts without renewal. Each `run-due --fleet` "
        "renews the leases of jobs their node still reports pending or running; a lease "
        "whose node died expires after this long and the site can be crawled elsewhere. "
        "Make it several times the interval between two `run-due --fleet` (a lapsed lease "
        "whose node still runs the job is taken back, but another pass could take the "
        "site meanwhile); fractions of a minute are for tests.",
    )  # fmt: skip
    job_pages: int | None = Field(
        10_000, ge=1,
        description="Pages one job crawls at most (Scrapy's CLOSESPIDER_PAGECOUNT, unless the "
        "profile's own `limits.max_pages` is lower); a crawl stopped by it is continued by "
        "the next job, started from the merged state. It bounds a shard's merge (about 7 s "
        "for 10,000 pages, during which the central archive takes no other write) and what "
        "a node that dies can lose. None: no limit.",
    )  # fmt: skip
    settings: dict[str, str | int | float | bool] = Field(
        default_factory=dict,
        description="Scrapy settings given to every job (Scrapyd's `setting=NAME=VALUE`), e.g. "
        "`GOVARCHIVE_EXTRACT_WORKERS: 1` (politeness, not CPU, bounds one crawl). The fleet "
        "sets GOVARCHIVE_ARCHIVE_DIR, GOVARCHIVE_JOB_STATE and CLOSESPIDER_PAGECOUNT itself.",
    )

    @field_validator("settings")
    @classmethod
    def _check_settings(
        cls, value: dict[str, str | int | float | bool]
    ) -> dict[str, str | int | float | bool]:
        for name in value:
            if not SETTING_RE.match(name):
                raise ValueError(f"{name!r} is not a Scrapy setting name (UPPER_CASE)")
            if name in FLEET_SETTINGS:
                raise ValueError(f"{name} is set by the fleet for each job")
        return value

    @field_validator("shards_dir")
    @classmethod
    def _check_shards_dir(cls, value: str) -> str:
        if not Path(value).is_absolute():
            raise ValueError(f"{value!r} is not an absolute path")
        return value

    @model_validator(mode="after")
    def _unique_nodes(self) -> FleetConfig:
        for what in ("name", "url"):
            values = [getattr(node, what) for node in self.nodes]
            twice = sorted({v for v in values if values.count(v) > 1})
            if twice:
                raise ValueError(f"node {what} {twice[0]!r} is used twice")
        return self

    def node(self, name: str) -> ScrapydNode:
        """The node called ``name``.

        :raises KeyError: there is none.
        """
        for node in self.nodes:
            if node.name == name:
                return node
        raise KeyError(name)


def fleet_from_dict(
    data: Any, source: str = "<fleet>", environ: Mapping[str, str] | None = None
) -> FleetConfig:
    """Validate a fleet mapping; every node's password variable must be set in ``environ``.

    :raises FleetError: one line naming ``source`` and the field.
    """
    if not isinstance(data, dict):
        raise FleetError(f"{source}: a fleet file must be a YAML mapping of fields")
    try:
        fleet = FleetConfig.model_validate(data)
    except ValidationError as exc:
        raise FleetError(format_validation_error(source, "invalid fleet file", exc, FleetConfig)) from None
    for index, node in enumerate(fleet.nodes):
        try:
            node.auth(environ)
        except FleetError as exc:
            raise FleetError(f"{source}: field 'nodes.{index}.password_env': {exc}") from None
    return fleet


def load_fleet(path: Path | str = FLEET_FILE, environ: Mapping[str, str] | None = None) -> FleetConfig:
    """Load and validate a fleet file.

    :raises FleetError: missing file, bad YAML, or an invalid field (one line).
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FleetError(f"{path}: no such fleet file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FleetError(f"{path}: cannot read fleet file: {exc}") from None
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise FleetError(f"{path}: bad YAML{where}: {problem}") from None
    return fleet_from_dict(data, str(path), environ)
