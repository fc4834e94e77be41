"""Links from an archived article to a replay of its capture (pywb or ReplayWeb.page).

A replay URL template holds placeholders filled from the capture: ``{url}`` (the URL as
captured), ``{url_encoded}`` (the same, percent-encoded, for a query or fragment
parameter) and ``{timestamp}`` (the capture time, 14 digits, UTC, as replay tools write
it). For example::

    http://localhost:8080/govarchive/{timestamp}/{url}          # a pywb collection
    https://replayweb.page/?source=https://example.org/a.wacz#view=pages&url={url_encoded}&ts={timestamp}

``govarchive serve --replay-url TEMPLATE`` (or ``GOVARCHIVE_REPLAY_URL``) sets it.
"""

from __future__ import annotations

import re
import string
from urllib.parse import quote

#: the environment variable ``govarchive serve --replay-url`` falls back to
ENV = "GOVARCHIVE_REPLAY_URL"
PLACEHOLDERS = ("url", "url_encoded", "timestamp")


class ReplayTemplateError(ValueError):
    """A replay URL template that cannot be filled."""


def check_template(template: str) -> str:
    """``template`` if it is a usable replay URL template.

    :raises ReplayTemplateError: it names no URL, names an unknown placeholder, or has an
        unbalanced brace (the message says which).
    """
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(template) if f is not None]
    except ValueError as exc:
        raise ReplayTemplateError(f"replay URL template {template!r}: {exc}") from None
    unknown = sorted({f for f in fields if f not in PLACEHOLDERS})
    if unknown:
        raise ReplayTemplateError(
            f"replay URL template {template!r} has unknown placeholder(s) "
            f"{', '.join('{' + f + '}' for f in unknown)}; use {{url}} or {{url_encoded}}, "
            "and {timestamp}"
        )
    if "url" not in fields and "url_encoded" not in fields:
        raise ReplayTemplateError(
            f"replay URL template {template!r} needs {{url}} or {{url_encoded}}, e.g. "
            "http://localhost:8080/govarchive/{timestamp}/{url}"
        )
    return template


def warc_timestamp(fetched_at: str) -> str:
    """``2023-01-05T03:30:00.123456Z`` -> ``20230105033000`` (the 14-digit form)."""
    return re.sub(r"\D", "", fetched_at[:19])


def replay_url(template: str, url: str, fetched_at: str) -> str:
    """The replay URL of the capture of ``url`` made at ``fetched_at`` (UTC, ISO 8601)."""
    return template.format(
        url=url, url_encoded=quote(url, safe=""), timestamp=warc_timestamp(fetched_at)
    )
