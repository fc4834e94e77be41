"""The sealed corpus (tests/sealed/: both sealed parts, ``SEALED`` and ``SEALED2``) serves what
its truth says, and its truth holds together.

Nothing here extracts or scores: the sealed families are only scored, by others, never tuned
on. These tests check the fixture itself: every listed page is served as HTML, each article
page shows its title, date line and every body line, the path lists are disjoint and account
for every link the site's pages carry, and each truth agrees with itself.
"""

from __future__ import annotations

import http.client
import re
import unicodedata
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser
from types import ModuleType
from urllib.parse import urljoin, urlsplit

import pytest

from crawler.replica import ReplicaServer
from tests.sealed import SEALED, SEALED2
from tests.sealed.common import WEEKDAYS

BLOCKS = {"p", "div", "td", "th", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "br",
          "figure", "figcaption", "section", "article", "header", "footer", "nav", "aside", "main",
          "form", "hr", "dl", "dt", "dd", "tbody", "thead", "option", "select", "iframe"}  # fmt: skip
SKIP = {"script", "style"}
ALL = {**SEALED, **SEALED2}
ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)")
LINK_RELS = {"canonical", "alternate", "shortlink"}


class _Page(HTMLParser):
    """Text lines (block elements break lines) and link targets of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.charset: str | None = None
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in SKIP:
            self._skip += 1
        if tag in BLOCKS:
            self.parts.append("\n")
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
        if tag == "link" and set(a.get("rel", "").split()) & LINK_RELS:
            self.links.append(a["href"])
        if tag == "meta":
            if a.get("charset"):
                self.charset = a["charset"]
            found = re.search(r"charset=([\w-]+)", a.get("content", ""))
            if a.get("http-equiv", "").lower() == "content-type" and found:
                self.charset = found[1]

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in SKIP:
            self._skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self._skip = max(0, self._skip - 1)
        if tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)

    def lines(self) -> list[str]:
        text = unicodedata.normalize("NFC", "".join(self.parts))
        return [s for s in (re.sub(r"\s+", " ", x).strip() for x in text.split("\n")) if s]


@dataclass
class Served:
    status: int
    ctype: str
    body: bytes
    lines: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    charset: str = ""


def _fetch(server: ReplicaServer, target: str) -> Served:
    conn = http.client.HTTPConnection(server.host, server.port, timeout=10)
    try:
        conn.request("GET", target)
        resp = conn.getresponse()
        body = resp.read()
        ctype = resp.getheader("Content-Type") or ""
    finally:
        conn.close()
    out = Served(resp.status, ctype, body)
    if "html" in ctype and body:
        sniff = _Page()
        sniff.feed(body.decode("latin-1"))
        header = re.search(r"charset=([\w-]+)", ctype)
        out.charset = header[1] if header else sniff.charset or "utf-8"
        page = _Page()
        page.feed(body.decode(out.charset))
        out.lines, out.links = page.lines(), page.links
    return out


@pytest.fixture(scope="module")
def servers() -> Iterator[dict[str, ReplicaServer]]:
    with ExitStack() as stack:
        yield {sid: stack.enter_context(ReplicaServer(site=m.build_site())) for sid, m in ALL.items()}


@pytest.fixture(scope="module")
def served(servers: dict[str, ReplicaServer]) -> dict[str, dict[str, Served]]:
    """Every listed page (article parts and non-articles) of every family, fetched once."""
    return {sid: {p: _fetch(servers[sid], p) for p in _listed(m)} for sid, m in ALL.items()}


def _article_paths(family: ModuleType) -> list[str]:
    return [p for a in family.ARTICLES for p in a.paths()]


def _listed(family: ModuleType) -> list[str]:
    return _article_paths(family) + list(family.NON_ARTICLES)


FAMILIES = sorted(ALL)


def test_there_are_six_families_of_five_to_eight_articles() -> None:
    assert len(SEALED) == 6 and all(sid.startswith("sx-") for sid in SEALED)
    assert all(5 <= len(m.ARTICLES) <= 8 for m in SEALED.values())
    assert sum(not m.HAS_SITEMAP for m in SEALED.values()) >= 1


def test_the_second_part_has_five_small_families_of_its_own() -> None:
    assert len(SEALED2) >= 5 and all(sid.startswith("sy-") for sid in SEALED2)
    assert all(4 <= len(m.ARTICLES) <= 8 and 6 <= len(m.NON_ARTICLES) <= 12 for m in SEALED2.values())
    titles = {a.title for m in SEALED.values() for a in m.ARTICLES}
    assert not titles & {a.title for m in SEALED2.values() for a in m.ARTICLES}


@pytest.mark.parametrize("sid", FAMILIES)
def test_paths_are_unique_and_articles_disjoint_from_non_articles(sid: str) -> None:
    family = ALL[sid]
    articles, non = _article_paths(family), list(family.NON_ARTICLES)
    assert len(set(articles)) == len(articles)
    assert len(set(non)) == len(non)
    assert not set(articles) & set(non)
    assert set(family.DUPLICATES) <= set(non)
    assert set(family.DUPLICATES.values()) <= {a.path for a in family.ARTICLES}
    assert not set(family.OTHER_LINKS) & (set(articles) | set(non))


@pytest.mark.parametrize("sid", FAMILIES)
def test_the_canned_html_pages_are_exactly_the_listed_ones(sid: str) -> None:
    """What a scorer iterates (the site's canned 200 HTML pages) is what the lists name."""
    site = ALL[sid].build_site()
    canned = {p for p, page in site.pages.items()
              if page.status == 200 and "html" in (page.header("Content-Type") or "")}  # fmt: skip
    assert canned == set(_listed(ALL[sid]))


@pytest.mark.parametrize("sid", FAMILIES)
def test_every_listed_page_is_served_as_html(sid: str, served: dict[str, dict[str, Served]]) -> None:
    for path, page in served[sid].items():
        assert (page.status, "html" in page.ctype) == (200, True), path
        assert page.lines, path


@pytest.mark.parametrize("sid", FAMILIES)
def test_article_pages_show_title_date_and_every_body_line(
    sid: str, served: dict[str, dict[str, Served]]
) -> None:
    for art in ALL[sid].ARTICLES:
        lines = [line for p in art.paths() for line in served[sid][p].lines]
        if getattr(art, "date_shown", True):
            assert any(art.date_line in line for line in lines), (art.path, art.date_line)
        else:  # the only date is in the page's source (JSON-LD), not shown
            assert art.date_line in served[sid][art.path].body.decode(served[sid][art.path].charset), art.path
        for want in (art.title, *art.body()):
            assert any(want in line for line in lines), (art.path, want)
        for p in art.paths():  # each part shows the title and the date
            assert any(art.title in line for line in served[sid][p].lines), p
        shown = " ".join(lines)
        for name in (art.author, art.source):
            assert name is None or name in shown, (art.path, name)


@pytest.mark.parametrize("sid", FAMILIES)
def test_truth_agrees_with_itself(sid: str, served: dict[str, dict[str, Served]]) -> None:
    family = ALL[sid]
    for art in family.ARTICLES:
        when = datetime.fromisoformat(art.published)
        assert art.published.endswith("+07:00"), art.path
        numbers = [int(n) for n in re.findall(r"\d+", art.date_line)]
        stamp = ISO.search(art.date_line)
        if stamp:  # a machine-readable date (JSON-LD): the same instant
            assert datetime.fromisoformat(stamp[0].replace("Z", "+00:00")) == when, art.path
        elif (when.hour, when.minute) != (0, 0):
            assert {when.day, when.month, when.year} <= set(numbers), art.path
            assert when.minute in numbers and ({when.hour, when.hour - 12} & set(numbers)), art.path
        else:  # a date-only line: no clock time on it
            assert {when.day, when.month, when.year} <= set(numbers), art.path
            assert not re.search(r"\d{1,2}[:h]\d{2}", art.date_line), art.path
        named = [i for i, w in enumerate(WEEKDAYS) if w.lower() in art.date_line.lower()]
        assert named in ([], [when.weekday()]), art.path
        assert (art.date_basis == "updated") == ("Cập nhật" in art.date_line), art.path
        body = art.body()
        assert len(body) >= 4 and len(art.paragraphs) >= 3, art.path
        for chrome in family.CHROME:
            assert not any(chrome in line for line in body), (art.path, chrome)
            assert chrome not in art.title, (art.path, chrome)
        if art.image:
            assert art.image[1] in body
        if art.split:
            assert art.part2 and art.part2 != art.path
    pages = [line for page in served[sid].values() for line in page.lines]
    for chrome in family.CHROME:  # each chrome string is really on the site
        assert any(chrome in line for line in pages), chrome


def _own(server: ReplicaServer, page_url: str, href: str) -> str | None:
    """The request target of a link to ``server``, or None for other hosts and pseudo-links."""
    if href.startswith(("javascript:", "mailto:", "tel:", "#")) or not href:
        return None
    url = urlsplit(urljoin(page_url, href))
    if url.scheme not in ("http", "https") or url.netloc != f"{server.host}:{server.port}":
        return None
    return url.path + (f"?{url.query}" if url.query else "")


@pytest.mark.parametrize("sid", FAMILIES)
def test_every_link_is_an_article_a_non_article_or_documented(
    sid: str, servers: dict[str, ReplicaServer], served: dict[str, dict[str, Served]]
) -> None:
    family, server = ALL[sid], servers[sid]
    known = set(_listed(family))
    patterns = [re.compile(p) for p in family.NON_ARTICLE_PATTERNS]
    seen_other: set[str] = set()
    for path, page in served[sid].items():
        for href in page.links:
            target = _own(server, server.url(path), href)
            if target is None or target in known:
                continue
            if target in family.OTHER_LINKS:
                seen_other.add(target)
                continue
            assert any(p.match(target) for p in patterns), f"{path} links {target}: not accounted for"
            endless = _fetch(server, target)
            assert (endless.status, "html" in endless.ctype) == (200, True), target
    for target, status in family.OTHER_LINKS.items():
        got = _fetch(server, target)
        assert got.status == status, target
        if status == 200:
            assert "html" not in got.ctype, target
    # "/" may be only the entry point (a redirect to the home page) that no page links
    assert set(family.OTHER_LINKS) - seen_other <= {"/"}, "documented links no page carries"


def _sitemap_locs(server: ReplicaServer, target: str) -> list[str]:
    got = _fetch(server, target)
    assert got.status == 200 and "xml" in got.ctype, target
    locs = re.findall(r"<loc>([^<]+)</loc>", got.body.decode("utf-8"))
    if b"<sitemapindex" in got.body:
        return [u for loc in locs for u in _sitemap_locs(server, urlsplit(loc).path)]
    return locs


@pytest.mark.parametrize("sid", FAMILIES)
def test_robots_and_sitemaps(sid: str, servers: dict[str, ReplicaServer]) -> None:
    family, server = ALL[sid], servers[sid]
    robots = _fetch(server, "/robots.txt")
    assert robots.status == 200
    text = robots.body.decode("utf-8")
    if not family.HAS_SITEMAP:  # none, or one robots.txt names that the site does not serve
        named = [urlsplit(u).path for u in re.findall(r"^Sitemap: (\S+)$", text, re.M)]
        assert all(_fetch(server, p).status == 404 for p in ["/sitemap.xml", *named])
        return
    named = re.findall(r"^Sitemap: (\S+)$", text, re.M)
    if named:
        assert named == [server.base_url + "sitemap.xml"]
    paths = []
    for loc in _sitemap_locs(server, "/sitemap.xml"):
        url = urlsplit(loc)
        assert url.netloc == f"{server.host}:{server.port}", loc
        paths.append(url.path + (f"?{url.query}" if url.query else ""))
    assert set(paths) <= set(_listed(family))
    assert {a.path for a in family.ARTICLES} <= set(paths)


def test_the_table_portal_is_windows_1258(served: dict[str, dict[str, Served]]) -> None:
    pages = served["sx-aspnet-table"]
    assert {p.charset for p in pages.values()} == {"windows-1258"}
    art = SEALED["sx-aspnet-table"].ARTICLES[0]
    with pytest.raises(UnicodeDecodeError):
        pages[art.path].body.decode("utf-8")


def test_the_police_portal_is_windows_1258_declared_only_in_its_meta(served: dict[str, dict[str, Served]]) -> None:
    pages = served["sy-police-1258"]
    assert {p.charset for p in pages.values()} == {"windows-1258"}
    assert {p.ctype for p in pages.values()} == {"text/html"}
    art = SEALED2["sy-police-1258"].ARTICLES[0]
    with pytest.raises(UnicodeDecodeError):
        pages[art.path].body.decode("utf-8")
