"""Malformed-markup variants of fresh families (round 19b, navnest19): the same pages and the
same truth, with one markup error the field's templates make put on every page of the site
(a template's error is on every page it renders).

libxml2 (lxml.html, the parser extraction uses) does not close an element left open inside
a ``<nav>``, ``<header>`` or ``<aside>`` at that element's end tag, as browsers (the HTML5
tree builder) do: it ignores the end tag, and the rest of the page, the article included,
stays inside the frame element. A ``<nav>`` never closed keeps the rest of the page in it in
browsers too.

Variants (:data:`VARIANTS`):

- ``nav_div``: an unclosed ``<div class="menu-wrap">`` opened first in the ``<nav>``;
- ``header_div``: an unclosed ``<div class="header-inner">`` opened first in the ``<header>``;
- ``aside_div``: after the ``</nav>``, a quick-links ``<aside>`` whose box ``<div>`` is never closed;
- ``stray_close``: two stray ``</div>`` after the ``</header>`` (no ``<div>`` open there);
- ``nav_unclosed``: the ``</nav>`` left out (browsers keep the rest of the page in the nav too);
- ``table_td``: after the ``</nav>``, an old layout table whose menu cell, row and table are
  never closed (browsers too keep the rest of the page in the cell).

:func:`variant` gives a family module-like object with the same SITE_ID, ARTICLES, CHROME
and NON_ARTICLES as the family and a ``build_site()`` serving the altered pages, so
``benchmarks.extraction_quality.score_modes`` scores it like any family.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import ModuleType, SimpleNamespace

from crawler.replica.site import Page
from tests.families import freshn_huyen, freshn_vanhoa

_ASIDE = ('<aside class="quick-links"><div class="box"><h3>Liên kết nhanh</h3><ul>'
          '<li><a href="/van-ban.html">Văn bản chỉ đạo điều hành</a></li>'
          '<li><a href="/lich-cong-tac.html">Lịch công tác tuần</a></li></ul></aside>')  # fmt: skip
_TABLE = ('<table class="khung" width="100%"><tr><td class="menu-left" valign="top">'
          '<a href="/van-ban.html">Văn bản</a><br><a href="/hoi-dap.html">Hỏi đáp</a>')  # fmt: skip


def _once(pattern: str, repl: str) -> Callable[[str], str]:
    rx = re.compile(pattern)

    def apply(html: str) -> str:
        out, n = rx.subn(repl, html, count=1)
        assert n == 1, pattern
        return out

    return apply


VARIANTS: dict[str, Callable[[str], str]] = {
    "nav_div": _once(r"(<nav\b[^>]*>)", r'\1<div class="menu-wrap">'),
    "header_div": _once(r"(<header\b[^>]*>)", r'\1<div class="header-inner">'),
    "aside_div": _once(r"(</nav>)", r"\1" + _ASIDE),
    "stray_close": _once(r"(</header>)", r"\1</div></div>"),
    "nav_unclosed": _once(r"</nav>", ""),
    "table_td": _once(r"(</nav>)", r"\1" + _TABLE),
}
FAMILIES: tuple[ModuleType, ...] = (freshn_huyen, freshn_vanhoa)


def variant(family: ModuleType, name: str) -> SimpleNamespace:
    """``family`` with :data:`VARIANTS`' ``name`` applied to every HTML page it serves."""
    alter = VARIANTS[name]

    def build_site() -> object:
        site = family.build_site()
        for path, page in list(site.pages.items()):
            if page.status == 200 and "html" in (page.header("Content-Type") or ""):
                site.pages[path] = Page.html(alter(page.body.decode("utf-8")))
        return site

    out = SimpleNamespace(
        SITE_ID=family.SITE_ID, NAME=family.NAME, ARTICLES=family.ARTICLES, CHROME=family.CHROME,
        NON_ARTICLES=family.NON_ARTICLES, build_site=build_site,
    )  # fmt: skip
    if hasattr(family, "BASE_URL"):  # the origin its pages are read at (family_base)
        out.BASE_URL = family.BASE_URL
    return out
