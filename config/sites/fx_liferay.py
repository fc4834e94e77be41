"""Site module of ``fx-liferay``: its news listing is rendered by JavaScript from the
Liferay JSON web service, so article URLs are read from the JSON."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urljoin

API = "/api/jsonws/journal.journalarticle/get-latest?groupId=20182&start=0&end=50"


def start_urls(profile: Any) -> list[str]:
    return [urljoin(profile.base_url, API)]


def discover(url: str, body: bytes, content_type: str, profile: Any) -> list[str]:
    if "json" not in content_type:
        return []
    try:
        data = json.loads(body.decode("utf-8"))
    except ValueError:
        return []
    return [urljoin(url, item["url"]) for item in data.get("items", []) if item.get("url")]
