"""The third sealed part (tests/sealed3, ``SEALED3``) serves what its truth says, and its
truth holds together.

Nothing here extracts or scores: the sealed families are only scored, never tuned on. These
tests check the fixture itself: the part's shape, every listed page is served as HTML and
is exactly what a scorer iterates, each article page shows its title, date and every body
line, copies (print views, AMP) show their article, every link a page carries is listed or
accounted for, the discovery files name only listed pages, and each truth agrees with itself.
"""

from __future__ import annotations

import http.client
import re
import unicodedata
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from types import ModuleType
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html

from crawler.replica import ReplicaServer
from tests.families.texts import TEXTS
from tests.sealed3 import SEALED3
from tests.sealed3.common import PAGE_TYPES, WEEKDAYS

FAMILIES = sorted(SEALED3)
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")
LINK_RELS = {"canonical", "alternate", "shortlink", "amphtml"}


@dataclass
class Served:
    status: int
    ctype: str
    source: str = ""  # the decoded HTML
    text: str = ""  # the visible text (no script or style), NFC, whitespace collapsed
    links: list[str] = field(default_factory=list)


def _fetch(server: ReplicaServer, target: str) -> Served:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.request("GET", target)
        resp = conn.getresponse()
        body = resp.read()
        ctype = resp.getheader("Content-Type") or ""
    finally:
        conn.close()
    out = Served(resp.status, ctype)
    if "html" in ctype and body:
        charset = re.search(r"charset=([\w-]+)", ctype)
        out.source = body.decode(charset[1] if charset else "utf-8")
        tree = lxml_html.document_fromstring(out.source)
        out.links = [str(h) for h in tree.xpath("//a/@href")]
        out.links += [
            str(el.get("href"))
            for el in tree.xpath("//link[@href]")
            if set(el.get("rel", "").split()) & LINK_RELS
        ]
        for el in tree.xpath("//script|//style"):
            el.drop_tree()
        out.text = " ".join(unicodedata.normalize("NFC", tree.text_content()).split())
    return out


def _listed(family: ModuleType) -> list[str]:
    return [p for a in family.ARTICLES for p in a.paths()] + list(family.NON_ARTICLES)


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, ReplicaServer]]:
    with ExitStack() as stack:
        yield {
            sid: stack.enter_context(ReplicaServer(site=m.build_site()))
            for sid, m in SEALED3.items()
        }


@pytest.fixture(scope="module")
def served(servers: dict[str, ReplicaServer]) -> dict[str, dict[str, Served]]:
    """Every listed page of every family, fetched once."""
    return {sid: {p: _fetch(servers[sid], p) for p in _listed(m)} for sid, m in SEALED3.items()}


def test_the_part_has_at_least_five_small_families_of_its_own() -> None:
    assert len(SEALED3) >= 5 and all(sid.startswith("sz-") for sid in SEALED3)
    for m in SEALED3.values():
        assert 4 <= len(m.ARTICLES) <= 8 and 5 <= len(m.NON_ARTICLES) <= 12, m.SITE_ID
        assert set(m.NON_ARTICLES.values()) <= PAGE_TYPES, m.SITE_ID
    titles = [a.title for m in SEALED3.values() for a in m.ARTICLES]
    assert len(set(titles)) == len(titles)
    assert not set(titles) & {t[0] for t in TEXTS}  # no development family's article


@pytest.mark.parametrize("sid", FAMILIES)
def test_paths_are_unique_and_the_canned_html_pages_are_exactly_the_listed_ones(sid: str) -> None:
    family = SEALED3[sid]
    articles = [p for a in family.ARTICLES for p in a.paths()]
    assert len(set(articles)) == len(articles) and not set(articles) & set(family.NON_ARTICLES)
    assert set(family.DUPLICATES) <= set(family.NON_ARTICLES)
    assert set(family.DUPLICATES.values()) <= {a.path for a in family.ARTICLES}
    site = family.build_site()
    canned = {
        p
        for p, page in site.pages.items()
        if page.status == 200 and "html" in (page.header("Content-Type") or "")
    }
    assert canned == set(_listed(family))


@pytest.mark.parametrize("sid", FAMILIES)
def test_every_listed_page_is_served_as_html(
    sid: str, served: dict[str, dict[str, Served]]
) -> None:
    for path, page in served[sid].items():
        assert (page.status, "html" in page.ctype, bool(page.text)) == (200, True, True), path


@pytest.mark.parametrize("sid", FAMILIES)
def test_article_pages_and_their_copies_show_the_truth(
    sid: str, served: dict[str, dict[str, Served]]
) -> None:
    family, pages = SEALED3[sid], served[sid]
    copies = {
        a: [p for p, t in family.DUPLICATES.items() if t == a]
        for a in (x.path for x in family.ARTICLES)
    }
    for art in family.ARTICLES:
        text = " ".join(pages[p].text for p in art.paths())
        assert art.date_line in pages[art.path].source, (art.path, art.date_line)
        for want in (art.title, *art.body()):
            assert want in text, (art.path, want)
            for copy in copies[art.path]:
                assert want in pages[copy].text, (copy, want)
        for name in [*(art.author or "").split(", "), art.source or ""]:
            assert name in text, (art.path, name)


@pytest.mark.parametrize("sid", FAMILIES)
def test_truth_agrees_with_itself(sid: str, served: dict[str, dict[str, Served]]) -> None:
    family = SEALED3[sid]
    for art in family.ARTICLES:
        when = datetime.fromisoformat(art.published)
        assert art.published.endswith("+07:00"), art.path
        stamp = ISO.search(art.date_line)
        numbers = [int(n) for n in re.findall(r"\d+", art.date_line)]
        if stamp:  # a machine-readable date: the same instant
            assert datetime.fromisoformat(stamp[0]) == when, art.path
        elif (when.hour, when.minute) != (0, 0):
            assert {when.day, when.month, when.year} <= set(numbers), art.path
            assert when.minute in numbers and {when.hour, when.hour - 12} & set(numbers), art.path
        else:  # a date-only line: no clock time on it
            assert {when.day, when.month, when.year} <= set(numbers), art.path
            assert not re.search(r"\d{1,2}[:h]\d{2}", art.date_line), art.path
        named = [i for i, w in enumerate(WEEKDAYS) if w.lower() in art.date_line.lower()]
        assert named in ([], [when.weekday()]), art.path
        assert (art.date_basis == "updated") == ("cập nhật" in art.date_line.lower()), art.path
        body = art.body()
        assert len(body) >= 4, art.path
        for chrome in family.CHROME:
            assert not any(chrome in line for line in body) and chrome not in art.title, (
                art.path,
                chrome,
            )
    site_text = " ".join(page.text for page in served[sid].values())
    for chrome in family.CHROME:  # each chrome string is really on the site
        assert chrome in site_text, chrome


def _own(server: ReplicaServer, page_url: str, href: str) -> str | None:
    """The request target of a link to ``server``, or None for other hosts and pseudo-links."""
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    url = urlsplit(urljoin(page_url, href))
    if url.scheme not in ("http", "https") or url.netloc != f"{server.host}:{server.port}":
        return None
    return url.path + (f"?{url.query}" if url.query else "")


@pytest.mark.parametrize("sid", FAMILIES)
def test_every_link_is_listed_or_accounted_for(
    sid: str, servers: dict[str, ReplicaServer], served: dict[str, dict[str, Served]]
) -> None:
    family, server = SEALED3[sid], servers[sid]
    known = set(_listed(family))
    patterns = [re.compile(p) for p in family.NON_ARTICLE_PATTERNS]
    endless: set[str] = set()
    for path, page in served[sid].items():
        for href in page.links:
            target = _own(server, server.url(path), href)
            if target is None or target in known or target in family.OTHER_LINKS:
                continue
            assert any(p.match(target) for p in patterns), (
                f"{path} links {target}: not accounted for"
            )
            endless.add(target)
    for target in sorted(endless)[:3]:  # pages only the handler serves: HTML too
        got = _fetch(server, target)
        assert (got.status, "html" in got.ctype) == (200, True), target
    for target, status in family.OTHER_LINKS.items():
        got = _fetch(server, target)
        assert got.status == status and (status != 200 or "html" not in got.ctype), target


def _sitemap_paths(server: ReplicaServer, target: str) -> list[str]:
    got = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        got.request("GET", target)
        resp = got.getresponse()
        assert resp.status == 200 and "xml" in (resp.getheader("Content-Type") or ""), target
        body = resp.read().decode("utf-8")
    finally:
        got.close()
    locs = [urlsplit(u) for u in re.findall(r"<loc>([^<]+)</loc>", body)]
    assert all(u.netloc == f"{server.host}:{server.port}" for u in locs), target
    paths = [u.path + (f"?{u.query}" if u.query else "") for u in locs]
    if "<sitemapindex" in body:
        return [p for child in paths for p in _sitemap_paths(server, child)]
    return paths


@pytest.mark.parametrize("sid", FAMILIES)
def test_robots_and_sitemaps_name_only_listed_pages(
    sid: str, servers: dict[str, ReplicaServer]
) -> None:
    family, server = SEALED3[sid], servers[sid]
    robots = _fetch(server, "/robots.txt")
    assert robots.status == 200
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    conn.request("GET", "/robots.txt")
    named = re.findall(r"^Sitemap: (\S+)$", conn.getresponse().read().decode("utf-8"), re.M)
    conn.close()
    if not family.HAS_SITEMAP:  # none, or one robots.txt names that the site does not serve
        assert all(_fetch(server, urlsplit(u).path).status == 404 for u in [*named, "/sitemap.xml"])
        return
    assert len(named) == 1 and named[0].startswith(server.base_url)
    paths = _sitemap_paths(server, urlsplit(named[0]).path)
    assert set(paths) <= set(_listed(family))
    assert {a.path for a in family.ARTICLES} <= set(paths)
