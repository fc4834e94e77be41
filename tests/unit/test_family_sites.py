"""The development families (issue 10) are what their truth says: each site serves every
article and every NON_ARTICLES path as a 200 HTML page, lists every HTML page it has, and
shows each article's truth (title, date line, body lines, author, source) in the page as
decoded with its own charset; no truth line holds a CHROME string, and every CHROME string
is really on the site."""

from __future__ import annotations

import re
import unicodedata
import urllib.request
from datetime import datetime
from types import ModuleType

import pytest
from lxml import html as lxml_html

from crawler.replica import ReplicaServer
from tests.families import (
    DEVELOPMENT,
    FRESH_AA,
    FRESH_AB,
    FRESH_AC,
    FRESH_AD,
    FRESH_AE,
    FRESH_AF,
    FRESH_AG,
    FRESH_AH,
    FRESH_AI,
    FRESH_AJ,
    FRESH_AK,
    FRESH_AL,
    FRESH_C,
    FRESH_D,
    FRESH_E,
    FRESH_F,
    FRESH_G,
    FRESH_H,
    FRESH_I,
    FRESH_J,
    FRESH_K,
    FRESH_L,
    FRESH_M,
    FRESH_N,
    FRESH_O,
    FRESH_P,
    FRESH_Q,
    FRESH_R,
    FRESH_S,
    FRESH_T,
    FRESH_U,
    FRESH_V,
    FRESH_W,
    FRESH_X,
    FRESH_Y,
    FRESH_Z,
    VALIDATION,
)

# (and rounds 16-17's fresh families, whose truth was written by hand before any extraction)
CHECKED = (
    *DEVELOPMENT,
    *VALIDATION,
    *FRESH_C.values(),
    *FRESH_D.values(),
    *FRESH_E.values(),
    *FRESH_F.values(),
    *FRESH_G.values(),
    *FRESH_H.values(),
    *FRESH_I.values(),
    *FRESH_J.values(),
    *FRESH_K.values(),
    *FRESH_L.values(),
    *FRESH_M.values(),
    *FRESH_N.values(),
    *FRESH_O.values(),
    *FRESH_P.values(),
    *FRESH_Q.values(),
    *FRESH_R.values(),
    *FRESH_S.values(),
    *FRESH_T.values(),
    *FRESH_U.values(),
    *FRESH_V.values(),
    *FRESH_W.values(),
    *FRESH_AB.values(),
    *FRESH_AD.values(),
    *FRESH_AG.values(),
    *FRESH_AI.values(),
    *FRESH_AH.values(),
    *FRESH_AK.values(),
    *FRESH_AL.values(),
    *FRESH_AF.values(),
    *FRESH_AA.values(),
    *FRESH_AC.values(),
    *FRESH_Z.values(),
    *FRESH_Y.values(),
    *FRESH_X.values(),
    *FRESH_AE.values(),
    *FRESH_AJ.values(),
)
IDS = [m.SITE_ID for m in CHECKED]
_META_AUTHOR = re.compile(r"""<meta (?:name=["'](?:author|DC\.creator)|property=["']article:author)["'] content=["']([^"']+)""", re.IGNORECASE)
_IMG_TEXT = re.compile(r"""<(?:img [^>]*?(?:alt|title)|a [^>]*?title)=["']([^"']+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)


def _fetch(url: str) -> tuple[int, str, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, response.headers.get("Content-Type", ""), response.read()


def page_text(content_type: str, body: bytes) -> str:
    """The page's visible text as a reader gets it: decoded with the HTTP charset, else the
    <meta> one; NFC; whitespace collapsed."""
    match = re.search(r"charset=([\w-]+)", content_type) or _META_CHARSET.search(body[:2048])
    charset = match.group(1) if match else "utf-8"
    charset = charset.decode() if isinstance(charset, bytes) else charset
    text = body.decode(charset)
    tree = lxml_html.document_fromstring(text)
    return " ".join(unicodedata.normalize("NFC", tree.text_content()).split())


def _norm(line: str) -> str:
    return " ".join(line.split())


def _parts_of(family: ModuleType, art: object) -> list[str]:
    """The pages an article's text continues on: ``?page=2`` of a split one, or those the
    family names (``parts_of``: fresh-L's WordPress parts ``/<slug>/2/``)."""
    if hasattr(family, "parts_of"):
        return list(family.parts_of(art))
    return [art.path + "?page=2"] if art.split else []  # type: ignore[attr-defined]


def _parts(family: ModuleType) -> list[str]:
    return [p for a in family.ARTICLES for p in _parts_of(family, a)]


@pytest.fixture(scope="module", params=CHECKED, ids=IDS)
def served(request: pytest.FixtureRequest):  # noqa: ANN201 - (family, {path: (status, type, text)})
    family = request.param
    paths = [a.path for a in family.ARTICLES] + _parts(family) + list(family.NON_ARTICLES)
    with ReplicaServer(site=family.build_site()) as server:
        base = server.base_url.rstrip("/")
        pages = {}
        for path in paths:
            status, ctype, body = _fetch(base + path)
            text = page_text(ctype, body) if "html" in ctype else ""
            html = unicodedata.normalize("NFC", body.decode("utf-8", "replace"))
            # every author meta (fresh-AJ: the writer in DC.creator beside the site's name in "author")
            meta = " ".join(_META_AUTHOR.findall(html))
            # an image's alt or title is shown to the reader (a scanned signature's alt, an
            # avatar's tooltip: fresh-P; a writer's link's tooltip: fresh-X), so a name may be only there
            shown = " ".join(_IMG_TEXT.findall(html))
            pages[path] = (status, ctype, text + f" {meta} {shown}")
    return family, pages


def test_every_article_and_non_article_is_a_200_html_page(served) -> None:  # noqa: ANN001
    family, pages = served
    bad = {p: (s, t) for p, (s, t, _) in pages.items() if s != 200 or "text/html" not in t}
    assert not bad, bad
    articles = {a.path for a in family.ARTICLES} | set(_parts(family))
    assert not articles & set(family.NON_ARTICLES)
    assert len(family.ARTICLES) >= 5 and len(set(family.NON_ARTICLES)) == len(family.NON_ARTICLES)


def test_non_articles_list_every_html_page_of_the_site(served) -> None:  # noqa: ANN001
    family, _ = served
    site = family.build_site()
    html = {p for p, page in site.pages.items() if page.status == 200 and "html" in (page.header("Content-Type") or "")}
    listed = {a.path for a in family.ARTICLES} | set(_parts(family)) | set(family.NON_ARTICLES)
    assert html - listed == set(), "pages served but neither articles nor NON_ARTICLES"


def test_the_truth_is_in_the_served_page(served) -> None:  # noqa: ANN001
    family, pages = served
    for art in family.ARTICLES:
        text = pages[art.path][2]
        for part in _parts_of(family, art):
            text += " " + pages[part][2]
        truth = art.truth()
        missing = [line for line in [art.date_line, *truth["body"]] if _norm(line) not in text]
        # a <br> in a headline is a line break the text's joined words do not show (fresh-AL)
        if "".join(truth["title"].split()) not in "".join(text.split()):
            missing.append(truth["title"])
        # two authors "Thu Hà, Quang Minh" are signed "Thu Hà - Quang Minh"; an author may
        # be only in <meta name="author"> or article:author (its content is appended to the page's text)
        names = truth["author"].split(", ") if truth["author"] else []
        missing += [v for v in (*names, truth["source"]) if v and v not in text]
        assert not missing, (art.path, missing)
        # None: the page shows and carries no date at all (fresh-Z), so any date is a guess
        if truth["published_at"] is not None:
            assert datetime.fromisoformat(truth["published_at"]).utcoffset() is not None, art.path


def test_chrome_is_never_in_the_truth_and_always_on_the_site(served) -> None:  # noqa: ANN001
    family, pages = served
    for art in family.ARTICLES:
        truth = art.truth()
        for chrome in family.CHROME:
            assert all(chrome not in line for line in truth["body"]), (art.path, chrome)
    article_text = " ".join(pages[a.path][2] for a in family.ARTICLES)
    absent = [c for c in family.CHROME if _norm(c) not in article_text]
    assert not absent, absent


def test_an_update_only_date_is_the_published_date_with_its_basis() -> None:
    from tests.families import wp_updated

    for art in wp_updated.ARTICLES:
        truth = art.truth()
        assert art.date_line.startswith("Cập nhật lúc ")
        assert truth["date_basis"] == "updated" and truth["published_at"] == truth["updated_at"]
