"""Fixture sites of five portal template families (SharePoint, Joomla, WordPress, classic ASP
in windows-1258, Liferay), served by :class:`crawler.replica.ReplicaServer`.

Each family module exports ``SITE_ID``, ``NAME``, ``ARTICLES`` (hand-written ground truth,
:class:`tests.families.common.Art`), ``CHROME`` (strings no body may contain),
``NON_ARTICLES`` (paths that must never become article rows) and ``build_site()``. Their
profiles are ``tests/sites/<site-id>/<site-id>.yaml``.
"""

from __future__ import annotations

from types import ModuleType

from tests.families import aspclassic, joomla, liferay, sharepoint, wordpress

FAMILIES: dict[str, ModuleType] = {
    m.SITE_ID: m for m in (sharepoint, joomla, wordpress, aspclassic, liferay)
}
