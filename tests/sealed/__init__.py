"""The sealed part of the extraction test corpus: six portal template families built once,
with hand-written truth, never used for tuning, only scored (see README.md beside this file).

Each family module exports what a development family does (``SITE_ID``, ``NAME``,
``ARTICLES``, ``CHROME``, ``NON_ARTICLES``, ``build_site()``) and, for the scorer and the
serving test: ``DUPLICATES`` (non-article path -> the article it repeats), ``OTHER_LINKS``
(linked paths that are not HTML pages -> the status they answer with),
``NON_ARTICLE_PATTERNS`` (regexes of endless non-article pages served for any value) and
``HAS_SITEMAP``. No profile exists for them under ``tests/sites/``: writing one would be
tuning on them.
"""

from __future__ import annotations

from types import ModuleType

from tests.sealed import (
    aspnet_table,
    drupal_static,
    liferay7,
    newspaper,
    sharepoint_print,
    vendor_portal,
)

SEALED: dict[str, ModuleType] = {
    m.SITE_ID: m
    for m in (aspnet_table, liferay7, sharepoint_print, vendor_portal, newspaper, drupal_static)
}
