"""The arguments a site's spider takes (``scrapy crawl SITE -a NAME=VALUE``, Scrapyd jobs).

One typed model, as for profiles: its descriptions are the documentation (docs/cli.md,
"Scrapy and Scrapyd"), an unknown name or a bad value is a one-line error naming the
argument, never ignored.

    scrapy crawl laocai-tinhuy -a base_url=http://127.0.0.1:8000/ -a max_pages=50 -a archive=./demo
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator


class SpiderArgumentError(ValueError):
    """An ``-a`` argument the spider does not know, or a value it cannot take."""


class SpiderArguments(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    base_url: str | None = Field(
        None,
        description="Crawl the site at this origin instead of the profile's (a replica such "
        "as `govarchive replica`, a mirror): every URL of the profile on its own hosts is "
        "moved to it, the URL rules stay.",
    )
    max_pages: int | None = Field(
        None, ge=1, description="Stop after this many responses (`CLOSESPIDER_PAGECOUNT`)."
    )
    archive: Path | None = Field(
        None, description="The archive folder (default: `$GOVARCHIVE_ARCHIVE`, else `./archive`; "
        "it sets the Scrapy setting `GOVARCHIVE_ARCHIVE_DIR`)."
    )
    job: str | None = Field(
        None, alias="_job", description="The job id Scrapyd gives every job (not used)."
    )

    @field_validator("base_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value


NAMES = [info.alias or name for name, info in SpiderArguments.model_fields.items()]


def spider_arguments(spider: str, given: dict[str, Any]) -> SpiderArguments:
    """``given`` (the spider's keyword arguments) as :class:`SpiderArguments`.

    :raises SpiderArgumentError: one line naming the spider and the argument.
    """
    known = ", ".join(n for n in NAMES if not n.startswith("_"))
    unknown = sorted(set(given) - set(NAMES))
    if unknown:
        raise SpiderArgumentError(
            f"spider {spider}: unknown argument {', '.join(map(repr, unknown))} "
            f"(-a NAME=VALUE takes {known})"
        )
    try:
        return SpiderArguments.model_validate(given)
    except ValidationError as exc:
        problems = "; ".join(
            f"argument {'.'.join(map(str, e['loc']))!r}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors()
        )
        raise SpiderArgumentError(f"spider {spider}: {problems}") from None
