"""The third sealed part of issue 10's corpus: six portal template families built once on
2026-11-30, after the first two sealed parts had been scored many times while tuning.

Built by one helper from the field's template classes the development families have not
(or have only once): a Next.js portal whose pages carry ``__NEXT_DATA__`` (``nextjs``), a
district portal on an old ASP.NET WebForms template with print windows (``webforms``), a
provincial newspaper with a heavy home page and AMP copies (``amppaper``), a department
portal on a vendor's portlet platform whose only date is "Ngày cập nhật" (``portlets``), a
commune's site on a cheap WordPress theme (``wpcommune``) and a department of education on a
hosted school-portal platform, with photo-album and video pages and day-only dates
(``eduportal``). The truth of every page was
written by reading the family's own HTML, never an extraction of it.

Only scored (``python -m benchmarks.extraction_quality --part sealed3``, aggregates only):
never opened, grepped or tuned on while working on extraction. See
:mod:`tests.sealed3.common` for a family's interface.
"""

from __future__ import annotations

from types import ModuleType

from tests.sealed3 import amppaper, eduportal, nextjs, portlets, webforms, wpcommune

SEALED3: dict[str, ModuleType] = {
    m.SITE_ID: m for m in (nextjs, webforms, amppaper, portlets, wpcommune, eduportal)
}
