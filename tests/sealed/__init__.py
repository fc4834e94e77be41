"""The sealed part of the extraction test corpus: six portal template families built once,
with hand-written truth, never used for tuning, only scored (see README.md beside this file). ``SEALED2`` is a second
sealed part (``tests/sealed/second/``, five more families), built once its predecessor had
been scored too often while tuning to count as unseen: scored once at build time.

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
from tests.sealed.second import (
    laravel_district,
    plone_dept,
    police_1258,
    university_jsonld,
    vnpt_portal,
)

SEALED: dict[str, ModuleType] = {
    m.SITE_ID: m
    for m in (aspnet_table, liferay7, sharepoint_print, vendor_portal, newspaper, drupal_static)
}
SEALED2: dict[str, ModuleType] = {
    m.SITE_ID: m for m in (vnpt_portal, laravel_district, plone_dept, university_jsonld, police_1258)
}
