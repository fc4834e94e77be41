"""fx-copies: the Drupal department site of ``tests/families/drupal.py`` with copies of five of
its articles at other URLs, none naming a canonical URL (issue 10: "near-identical bodies at
two URLs of one site are one article"), linked from a "Đọc nhiều" box on the front page:

- a ``?redirect=`` copy (``/tin-tuc/<slug>?redirect=%2Ftin-tuc&inheritRedirect=true``);
- a print view at a URL that does not say it is one (``/xem-nhanh/<nid>``);
- a ``?view=print`` copy of the article page;
- an AMP copy (``/amp/tin-tuc/<slug>``);
- a mobile copy (``/m/tin-tuc/<slug>``, the path a ``m.`` host serves).

``build_site(copies_first=True)`` puts the box above the front page's teasers (a crawl meets
the copies first), ``False`` at the foot of the page, after them. The expected articles are
fx-drupal's, at their ``/tin-tuc/<slug>`` URLs; every copy is the same article, so an
archive holds no row for it (``tests/integration/test_copies_crawl.py``).
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families import drupal
from tests.families.common import esc

SITE_ID = "fx-copies"
NAME = drupal.NAME
ARTICLES = drupal.ARTICLES
CHROME = drupal.CHROME
BASE_URL = "https://svhttdl.taygiang.gov.vn/"


def _nid(art: object) -> int:
    return int(art.extra["nid"])  # type: ignore[attr-defined]


def _print_copy(art: object) -> str:
    """The print module's page without its canonical link."""
    return drupal.render_print(art).replace(f"<link rel='canonical' href='{art.path}' />", "")  # type: ignore[arg-type, attr-defined]


def copies() -> dict[str, str]:
    """Path of each copy -> its HTML (one copy of each of the first five articles)."""
    a = ARTICLES
    plain = drupal.render_article
    return {
        a[0].path + "?redirect=%2Ftin-tuc&inheritRedirect=true": plain(a[0], canonical=False),
        f"/xem-nhanh/{_nid(a[1])}": _print_copy(a[1]),
        a[2].path + "?view=print": _print_copy(a[2]),
        "/amp" + a[3].path: plain(a[3], canonical=False),
        "/m" + a[4].path: plain(a[4], canonical=False),
    }


NON_ARTICLES = sorted({*drupal.NON_ARTICLES, *copies()})


def _box() -> str:
    items = "".join(
        f'<li><a href="{esc(path).replace(chr(38), "&amp;")}">{esc(ARTICLES[i].title)}</a></li>'
        for i, path in enumerate(copies())
    )
    return f'<div class="block block-views" id="block-doc-nhieu"><h2>Đọc nhiều</h2><ul>{items}</ul></div>'


def build_site(copies_first: bool = True) -> Site:
    site = drupal.build_site()
    for path, html in copies().items():
        site.pages[path] = Page.html(html)
    front = site.pages["/"].body.decode("utf-8")
    if copies_first:
        front = front.replace('<div class="view view-frontpage">', _box() + '<div class="view view-frontpage">', 1)
    else:
        front = front.replace("</body>", _box() + "</body>", 1)
    assert _box() in front
    site.pages["/"] = Page.html(front)
    return site
