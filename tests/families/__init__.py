"""Fixture sites of portal template families, served by :class:`crawler.replica.ReplicaServer`.

The first five (SharePoint, Joomla, WordPress, classic ASP in windows-1258, Liferay 7) were
built with the extractor. The next seven are the development corpus of issue 10, built to
look like the field (Liferay 6.2, DotNetNuke, Drupal 7, WordPress with only an update date, a
Vietnamese vendor's portal platform, a provincial newspaper CMS, ASP.NET WebForms in
windows-1258): ``DEVELOPMENT`` names them. A sealed part is built elsewhere and is not here.

Each family module exports ``SITE_ID``, ``NAME``, ``ARTICLES`` (hand-written ground truth,
:class:`tests.families.common.Art`), ``CHROME`` (strings no body may contain),
``NON_ARTICLES`` (every other HTML path the site serves; the development families list them
all) and ``build_site()``. Their profiles are ``tests/sites/<site-id>/<site-id>.yaml``.
"""

from __future__ import annotations

from types import ModuleType

from tests.families import (
    aspclassic,
    aspnet_table,
    commune,
    dnn,
    drupal,
    joomla,
    k2,
    liferay,
    liferay6,
    ministry,
    mvc,
    newspaper,
    phpnews,
    sharepoint,
    tv,
    vendor,
    wordpress,
    wp_updated,
)

DEVELOPMENT: tuple[ModuleType, ...] = (
    liferay6, dnn, drupal, wp_updated, vendor, newspaper, aspnet_table,
)  # fmt: skip
VALIDATION: tuple[ModuleType, ...] = (phpnews, mvc, commune, tv, ministry, k2)
FAMILIES: dict[str, ModuleType] = {
    m.SITE_ID: m for m in (sharepoint, joomla, wordpress, aspclassic, liferay, *DEVELOPMENT, *VALIDATION)
}
