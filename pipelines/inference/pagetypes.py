"""Page types from cross-page evidence.

Each page gets facts of its own (a headline matching its ``<title>``, a date near it, the
words no other page shares), and the site's URL templates say which pages go together.
An **article** template has several members with their own headline, a date and long text
of their own; a **listing** links to several articles; **print** views and other copies
say what another page says; **static** pages (introduction, contact, functions, site map)
have text but no date; **calendar**, **search**, **login**, **tag** and **language** copies
are recognised by their URL and form; **not_found** pages say so.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlsplit

from lxml.html import HtmlElement

from pipelines import body, pagecontent, pagekind
from pipelines.chrome import Learned, learn_chrome, learn_title_affixes
from pipelines.datefind import FoundDates, find_dates
from pipelines.dates import ParsedDate, parse_vn_date
from pipelines.dom import attr_words, in_teaser, text_of
from pipelines.inference.sample import Sample, element_key, jaccard, known_size, link_of, normalize
from pipelines.inference.urlshape import group_urls
from pipelines.linkgraph import LinkGraph, tree_links
from pipelines.multipage import part_of
from pipelines.titles import find_title, strip_affixes

TYPES = ("article", "listing", "static", "print", "duplicate", "part", "calendar", "search",
         "login", "tag", "author", "language", "qa", "document", "procedure", "not_found", "other")  # fmt: skip
ARTICLE_WORDS = 60  # words of its own an article page has at least
SHORT_WORDS = 25  # ... a short article in an article template has at least (a brief, a photo story)
SHORT_HEADLINE_WORDS = 6  # ... under a headline this long (a sentence; "Trực tuyến VLTV1" names a page)
TEASER_TITLE_WORDS = 5  # a link by a headline this long is a teaser of its page (not a menu)
LISTING_LINKS = 2  # links to distinct articles (outside boxes every page shows): a listing
DUP_LINE_WORDS = 6  # lines this long identify a text ...
DUP_SHARE = 0.8  # ... and two pages sharing this share of the shorter one's are copies
DUP_MIN_SHARE = 0.4  # ... and this share of the longer one's (its "Tin liên quan" aside)
TEMPLATE_SIMILAR = 0.6  # skeleton Jaccard of a lone page to an article template's pages
HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "h5", "td", "div", "span", "p", "strong", "b", "font", "a")

_TITLE_CLASS = re.compile(r"title|tieude|tieu-de|heading|headline|tenbai|ten-bai|\bhead\b", re.I)
_PRINT_ANCHOR = re.compile(r"^(?:in|in bài|in bài viết|in trang|in tin|bản in|print)\b", re.I)


@dataclass
class Facts:
    """What one page shows of itself."""

    headline: HtmlElement | None = None
    headline_text: str = ""
    date: ParsedDate | None = None
    own_words: int = 0
    copy_of: int | None = None  # the page this one copies (print view, language copy)
    part_of: int | None = None  # the first page of a split article
    url_kind: str | None = None  # login, search, tag, print, language, calendar (by URL)
    form: str | None = None  # document, procedure, qa, draft: a record of labelled fields;
    # profile: a record of labelled fields or a biography with no date or an update date
    article_like: bool = False
    short_like: bool = False  # an article's shape, :data:`SHORT_WORDS` to :data:`ARTICLE_WORDS` words
    # an article's shape but no date at all (an item whose editor left the date out): an
    # article only in an article template, never a static page's name
    undated_like: bool = False


def site_affixes(samples: list[Sample]) -> list[str]:
    """The site's name as it recurs in ``<title>`` (and og:site_name)."""
    affixes = set(learn_title_affixes(s.title for s in samples if s.title))
    affixes |= {s.site_name for s in samples if s.site_name}
    # a <title> that is the same on many pages is the site's name (a banner on every page)
    titles = Counter(s.title.casefold() for s in samples if s.title)
    need = max(3, int(0.3 * len(samples) + 0.999))
    affixes |= {s.title for s in samples if s.title and titles[s.title.casefold()] >= need}
    return sorted(affixes)


def expected_headline(sample: Sample, affixes: list[str]) -> str:
    for text in (sample.og_title, sample.title):
        stripped = strip_affixes(text, affixes) if text else ""
        if stripped and stripped.casefold() not in {a.casefold() for a in affixes}:
            return stripped
    return ""


def find_headline(sample: Sample, expected: str, affixes: list[str] = ()) -> HtmlElement | None:
    """The element whose text is the page's title (its ``<title>``/og:title without the
    site name), outside links to other pages: a heading before a titled block before any
    other element (a breadcrumb's last item may repeat the title); the outermost of a nest
    of elements with that text."""
    if not expected:
        return None
    want = expected.casefold()
    names = {a.casefold() for a in affixes}
    found: list[tuple[int, int, HtmlElement]] = []
    longest = 3 * len(expected) + 20
    for order, el in enumerate(sample.tree.find("body").iter(*HEADLINE_TAGS)):
        if el.tag == "a":
            continue
        size = known_size(el)
        if size is not None and size > longest:
            continue  # (the same test as below's, without reading the text)
        text = text_of(el)
        if not text or len(text) > longest:
            continue
        low = text.casefold()
        if low == want:
            exact = 0
        elif low in names:
            continue  # the site's name (a banner), inside a "Site > Section" title
        elif len(low) >= 0.6 * len(want) and (low in want or want.startswith(low)):
            exact = 1
        else:
            continue
        if any(a.tag == "a" and a.get("href") for a in el.iterancestors()):
            continue  # (asked last: the text rules out most elements first)
        if any(x is prev for _, _, prev in found for x in el.iterancestors()):
            continue  # inside a match already found
        found.append((exact * 10 + _headline_rank(el), order, el))
    return min(found, key=lambda t: (t[0], t[1]))[2] if found else None


def _headline_rank(el: HtmlElement) -> int:
    if el.tag in ("h1", "h2", "h3"):
        return 0
    if el.tag in ("h4", "h5") or _TITLE_CLASS.search(attr_words(el)):
        return 1
    return 2


def copies(samples: list[Sample], chrome: set[str]) -> dict[int, int]:
    """Pages that repeat another page's text (print views, language copies, ``?redirect=``
    links): copy -> original. Pages that copy one another are one cluster (an article with
    its print view, its language copy and two ``?redirect=`` links is one); its original is
    the page the others' canonical links name, else one whose URL is not a print or
    language view, else the one more of the sampled pages link of their own choice (the
    link graph :func:`pipelines.neardup.url_rank` ranks an article's URLs by: a block the
    site repeats on most pages counting none, :func:`_site_links`), else one of the URL
    template that holds the most texts, else the one with the fewest query keys, the most
    page around the text, the shortest URL. Members that do not share the original's text
    are sorted out among themselves."""
    keys: list[set[str]] = []
    index: dict[str, set[int]] = {}
    for i, s in enumerate(samples):
        own = {key for key, words, _ in line_facts(s) if words >= DUP_LINE_WORDS and key not in chrome}
        keys.append(own)
        for line in own:
            index.setdefault(line, set()).add(i)

    def alike(i: int, j: int) -> bool:
        n = len(keys[i] & keys[j])
        small, large = sorted((len(keys[i]), len(keys[j])))
        return small >= 2 and n >= 2 and n >= DUP_SHARE * small and n >= DUP_MIN_SHARE * large

    edges: dict[int, set[int]] = {}
    for i, own in enumerate(keys):
        if len(own) < 2:
            continue
        shared = Counter(j for line in own for j in index[line] if j > i)
        for j in shared:
            if alike(i, j):
                edges.setdefault(i, set()).add(j)
                edges.setdefault(j, set()).add(i)
    clusters = _components(sorted(edges), edges)
    # how many texts each URL template holds a copy of: the article's own URL form holds
    # every article, an alias in a "Tin mới" box or on the home page only some
    template_of: dict[int, int] = {}
    for t, (_, members) in enumerate(group_urls([s.url for s in samples])):
        for m in members:
            template_of[m] = t
    reach = Counter(t for c in clusters for t in {template_of[m] for m in c})
    graph = _site_links(samples) if clusters else LinkGraph()
    out: dict[int, int] = {}

    def settle(members: list[int]) -> None:
        original = min(
            members,
            key=lambda m: _original_rank(
                samples, m, members, graph.inbound(samples[m].url), reach[template_of[m]]
            ),
        )
        rest = []
        for m in members:
            if m != original and alike(m, original):
                out[m] = original
            elif m != original:
                rest.append(m)
        # pages joined only through others (an article, a listing repeating its text,
        # that listing's page 2) are sorted out among themselves
        for part in _components(rest, edges):
            if len(part) >= 2:
                settle(part)

    for members in clusters:
        settle(members)
    return out


def _components(nodes: list[int], edges: dict[int, set[int]]) -> list[list[int]]:
    """Connected groups of ``nodes`` (edges outside them ignored), each sorted."""
    inside, seen, out = set(nodes), set(), []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        stack, part = [start], []
        while stack:
            node = stack.pop()
            part.append(node)
            for other in edges.get(node, ()):
                if other in inside and other not in seen:
                    seen.add(other)
                    stack.append(other)
        out.append(sorted(part))
    return out


def _site_links(samples: list[Sample]) -> LinkGraph:
    """The link graph of the sampled pages (:func:`pipelines.linkgraph.tree_links` of each,
    kept on the sample), the one :func:`pipelines.neardup.url_rank` ranks an article's URLs
    by on the single-page path. The model's own count had read the pages otherwise: only
    links with anchor text (a listing whose thumbnail is an article's only link, a slider, a
    strip of thumbnails under each article named nothing, and a site map's text link to a
    copy outvoted them all), a box at 30% of the pages: the model took the copies' template
    for the article template and stored every article at its copy on the ad-hoc and
    inferred paths, where the single-page path kept its own URL."""
    graph = LinkGraph()
    for s in samples:
        links = s.extra.get("site_links")
        if links is None:
            links = s.extra["site_links"] = tree_links(s.tree, s.url)
        graph.add(s.url, links)
    return graph


def _original_rank(
    samples: list[Sample], i: int, members: list[int], inbound: int, reach: int
) -> tuple:
    s = samples[i]
    named = sum(
        1
        for m in members
        if m != i and samples[m].canonical and samples[m].canonical.rstrip("/") == s.url.rstrip("/")
    )
    viewed = pagekind.url_kind(s.url) in ("print", "language")
    query = len(parse_qsl(urlsplit(s.url).query, keep_blank_values=True))
    return (-named, viewed, -inbound, -reach, query, -len(s.skeleton), len(s.url), s.url)


@dataclass
class Evidence:
    """What comparing the pages gave: facts per page, the site's chrome lines and name,
    and which pages show each line (copies counted with their original)."""

    facts: list[Facts]
    chrome: set[str]
    affixes: list[str]
    owners: dict[str, set[int]]
    group: list[int]  # the page itself, or the original it copies


def page_facts(samples: list[Sample], tz: str = "Asia/Ho_Chi_Minh") -> Evidence:
    """Facts of every page, the site's chrome lines and its name affixes."""
    chrome = learn_chrome(s.lines for s in samples)
    affixes = site_affixes(samples)
    copy_of = copies(samples, chrome)
    urls = {s.url: i for i, s in enumerate(samples)}
    known = Learned(frozenset(chrome))  # a date line every page shows is no page's date
    facts = [Facts(url_kind=pagekind.url_kind(s.url)) for s in samples]
    _own_language(facts)
    group = [copy_of.get(i, i) for i in range(len(samples))]
    owners: dict[str, set[int]] = {}
    for i, s in enumerate(samples):
        for line in _owned_lines(s):
            owners.setdefault(line, set()).add(group[i])
    links: list[set[tuple[str, str]]] = [set() for _ in samples]  # by group (a copy's too)
    for i, s in enumerate(samples):
        links[group[i]] |= _link_keys(s)
    for i, s in enumerate(samples):
        f = facts[i]
        f.copy_of = copy_of.get(i)
        part = part_of(s.url, s.canonical)
        f.part_of = urls.get(part.first) if part else None
        expected = expected_headline(s, affixes)
        f.headline = _kept_headline(s, expected, affixes)
        f.headline_text = text_of(f.headline) if f.headline is not None else ""
        found = _kept_dates(s, tz, f.headline, known)
        f.date = _page_date(found, s.url, f.headline_text)
        f.own_words = _own_words(s, owners, group[i], chrome, f.headline_text, links)
        f.form = _form(s, chrome) or _profile(s, chrome, found)
    _headlines_by_slot(samples, facts, chrome)
    for i, s in enumerate(samples):
        f = facts[i]
        if f.headline is None:  # neither <title> nor the template's slot names it
            f.headline = _own_heading(s, affixes, known)
            f.headline_text = text_of(f.headline) if f.headline is not None else ""
        if f.date is None and f.headline is not None:
            found = _kept_dates(s, tz, f.headline, known)
            f.date = _page_date(found, s.url, f.headline_text)
        f.own_words = _own_words(s, owners, group[i], chrome, f.headline_text, links)
    headlines = Counter(f.headline_text.casefold() for f in facts if f.headline_text)
    for i, f in enumerate(facts):
        varies = f.headline_text and headlines[f.headline_text.casefold()] <= max(
            1, len(samples) // 5
        )
        shaped = bool(
            varies
            and (f.date is not None or samples[i].declared)
            and not samples[i].soft_404
            and f.form is None
            and not pagekind.SCHEDULE_HEAD.match(f.headline_text)
            and f.url_kind not in ("search", "login", "tag", "author", "calendar", "language", "qa")
        )
        f.article_like = shaped and f.own_words >= ARTICLE_WORDS
        f.undated_like = bool(
            varies
            and f.date is None
            and not samples[i].declared
            and not samples[i].soft_404
            and f.form is None
            and f.url_kind is None
            and not pagekind.SCHEDULE_HEAD.match(f.headline_text)
            and not pagekind.static_heading(f.headline_text)
            and f.own_words >= ARTICLE_WORDS
        )
        f.short_like = (
            shaped
            and SHORT_WORDS <= f.own_words < ARTICLE_WORDS
            and len(f.headline_text.split()) >= SHORT_HEADLINE_WORDS
        )
    return Evidence(facts, chrome, affixes, owners, group)


def _own_language(facts: list[Facts]) -> None:
    """A page at another language's URL (``/en/...``, ``?lang=en``) is a copy of the site's
    Vietnamese pages, unless such pages are most of the sample: then that language is the
    site's own (the English portal of a province crawled from its own start page, every page
    under ``/en/``), and their URLs name no kind of page (typing them all "language" denied
    every article the crawl came for)."""
    foreign = sum(f.url_kind == "language" for f in facts)
    if foreign * 2 > len(facts):
        for f in facts:
            if f.url_kind == "language":
                f.url_kind = None


# --- what a page's facts keep between inference runs -----------------------------------------
# A worker infers a site's model at every doubling of its sample, over kept samples
# (:func:`~pipelines.inference.sample.read_samples`): what a fact of one page needs of the
# sample (its name affixes, its chrome lines) is mostly the same from one run to the next,
# so each fact is kept on the sample with what it was worked out from, and worked out again
# only when that differs (nothing reading a sample changes its tree: same inputs, same fact).

MAX_KEPT = 4  # results of one fact kept per page (one per sample it was asked in, newest last)


def _kept_headline(sample: Sample, expected: str, affixes: list[str]) -> HtmlElement | None:
    """:func:`find_headline`, kept per (expected text, affixes)."""
    kept = sample.extra.setdefault("headline", {})
    key = (expected, tuple(affixes))
    if key not in kept:
        if len(kept) >= MAX_KEPT:
            kept.pop(next(iter(kept)))
        kept[key] = find_headline(sample, expected, affixes)
    return kept[key]


@dataclass(frozen=True)
class _Asked(Learned):
    """The chrome lines, with every line :func:`find_dates` asked about and the answer:
    its only use of them (``is_chrome``). Always true: :func:`find_dates` puts an empty
    :class:`Learned` (false) in place of a false one, whose answers would then go unrecorded
    (an empty one answers no to every line, as this one does)."""

    asked: dict = field(default_factory=dict, compare=False, hash=False)

    def is_chrome(self, line: str) -> bool:
        answer = self.asked[line] = Learned.is_chrome(self, line)
        return answer

    def __bool__(self) -> bool:
        return True


def _kept_dates(
    sample: Sample, tz: str, headline: HtmlElement | None, known: Learned
) -> FoundDates:
    """:func:`find_dates` of the page near ``headline``, kept with the chrome answers it
    read: a later run whose chrome lines answer each of them alike gets the same dates
    (the scan reads the tree and those answers only)."""
    kept = sample.extra.setdefault("dates", {}).setdefault((tz, headline), [])
    for asked, found in kept:
        if all(known.is_chrome(line) == answer for line, answer in asked.items()):
            return found
    learned = _Asked(known.lines, known.title_affixes)
    found = find_dates(sample.tree, tz, [], headline, None, learned, url=sample.url)
    if len(kept) >= MAX_KEPT:
        kept.pop(0)
    kept.append((learned.asked, found))
    return found


def line_facts(sample: Sample) -> list[tuple[str, int, str]]:
    """(normalized, word count, line) of each of the page's lines, in order (kept)."""
    found = sample.extra.get("line_facts")
    if found is None:
        found = sample.extra["line_facts"] = [(normalize(x), len(x.split()), x) for x in sample.lines]
    return found


def _owned_lines(sample: Sample) -> frozenset[str]:
    """The normalized lines of three words or more of the page (kept: every run asked for
    them again, about a third of a run over pages read before)."""
    found = sample.extra.get("owned_lines")
    if found is None:
        found = sample.extra["owned_lines"] = frozenset(
            key for key, words, _ in line_facts(sample) if words >= 3
        )
    return found


def _link_keys(sample: Sample) -> frozenset[tuple[str, str]]:
    """(URL, normalized anchor text) of the page's links with a text (kept)."""
    found = sample.extra.get("link_keys")
    if found is None:
        found = sample.extra["link_keys"] = frozenset(
            (u, normalize(t)) for u, t in sample.links if t
        )
    return found


def _dated_line(sample: Sample, line: str) -> bool:
    """``parse_vn_date(line) is not None`` (kept per page)."""
    kept = sample.extra.setdefault("dated_lines", {})
    found = kept.get(line)
    if found is None:
        found = kept[line] = parse_vn_date(line) is not None
    return found


def _form(sample: Sample, chrome: set[str]) -> str | None:
    """:func:`pagekind.form_kind` of the page's lines that are not chrome nor a list of other
    pages under a heading (:func:`pipelines.body.without_sections`: a "Văn bản liên quan" box's
    column heads are no fields of the page), kept per set of lines left out."""
    facts = line_facts(sample)
    mask = tuple(key in chrome for key, _, _ in facts)
    kept = sample.extra.setdefault("form", {})
    if mask not in kept:
        if len(kept) >= MAX_KEPT:
            kept.pop(next(iter(kept)))
        own = body.without_sections([x for (_, _, x), out in zip(facts, mask, strict=True) if not out])
        kind = pagekind.form_kind(own)
        kept[mask] = None if kind == "document" and _reported(own) else kind
    return kept[mask]


#: an article written round a document's record box: this many lines of prose or more
REPORT_PROSE_LINES = 3
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")


def _reported(lines: list[str]) -> bool:
    """The page's own lines hold :data:`REPORT_PROSE_LINES` sentences of prose or more (15
    words or more, a sentence's end) that are no field ("Label: value"): a post announcing a
    decision, its record ("Số ký hiệu", "Ngày ban hành", "Người ký") in a box above its sapo
    and paragraphs, the article the single-page classifier reads in its body; a document's
    page holds one such line at most (its summary)."""
    prose = 0
    for line in lines:
        if ":" in line[:40] or len(line.split()) < 15 or not _PROSE_END.search(line):
            continue
        prose += 1
        if prose >= REPORT_PROSE_LINES:
            return True
    return False


def _profile(sample: Sample, chrome: set[str], found: FoundDates) -> str | None:
    """"profile" for a person's biography (:func:`pagecontent.biography` of the page's lines
    that are not chrome) with no date or only an update date: a leader's profile page in the
    article template ("Ngày cập nhật: 10/01/2024"; news is published), as the single-page
    path reads it (:func:`pipelines.classify.classify_text`)."""
    if found.published is not None and found.basis != "updated":
        return None
    own = [x for key, _, x in line_facts(sample) if key not in chrome]
    return "profile" if pagecontent.biography(own) else None


def _page_date(found: FoundDates, url: str, headline: str) -> ParsedDate | None:
    """The page's date: its publication date, else its update date, except on an
    introduction or organisation page ("Giới thiệu", "Lãnh đạo"), whose update date says when
    it was last revised, not that it is news (:func:`pagekind.static_kind`)."""
    updated_only = found.published is None or found.basis == "updated"
    if updated_only and pagekind.static_kind(url, headline):
        return None
    return found.published or found.updated


SLOT_MIN_PAGES = 3
SLOT_DISTINCT = 0.8
SLOT_LEVELS = 4


def _slot(el: HtmlElement) -> str:
    """Where an element sits in the template: its key and its parents' (ids' digits blurred)."""
    chain = [element_key(el)]
    for up in el.iterancestors():
        if len(chain) >= SLOT_LEVELS or up.tag == "body":
            break
        chain.append(element_key(up))
    return ">".join(reversed(chain))


def _heading_candidates(sample: Sample, relaxed: bool = False) -> list[HtmlElement]:
    """Headings (a heading tag or a title-like class); ``relaxed``: any element whose
    text is shaped like a headline (:func:`_title_shaped`), for templates whose headline
    is a bare ``<span>`` with no telling class."""
    out = []
    for el in sample.tree.find("body").iter(*HEADLINE_TAGS):
        if el.tag == "a" or any(a.tag == "a" and a.get("href") for a in el.iterancestors()):
            continue
        headingish = el.tag in ("h1", "h2", "h3", "h4") or _TITLE_CLASS.search(attr_words(el))
        if not headingish and not (relaxed and _title_shaped(el) and not in_teaser(el)):
            continue  # (relaxed: never a teaser's text, a listing's first headline)
        words = len(text_of(el).split())
        if 3 <= words <= 40 and not body.chrome_kind(text_of(el)):  # never a view count, a share bar
            out.append(el)
    return out


TITLE_SHAPED_WORDS = (4, 30)


def _title_shaped(el: HtmlElement) -> bool:
    """A headline's text: a few words to a long line, not a sentence ending in a full stop
    (a sapo, a paragraph), not a date line."""
    text = text_of(el)
    low, high = TITLE_SHAPED_WORDS
    return low <= len(text.split()) <= high and not text.rstrip().endswith(".") and parse_vn_date(text) is None


def _best_slot(
    samples: list[Sample], facts: list[Facts], relaxed: bool
) -> tuple[dict[str, dict[int, HtmlElement]], str | None]:
    """The place of the template where most pages show a heading of their own text (ties,
    in the relaxed search, to the place that comes first on the page)."""
    by_slot: dict[str, dict[int, HtmlElement]] = {}
    order: dict[str, int] = {}
    for i, s in enumerate(samples):
        if facts[i].copy_of is not None:
            continue
        for k, el in enumerate(_heading_candidates(s, relaxed)):  # (a sidebar may list it too)
            slot = _slot(el)
            by_slot.setdefault(slot, {}).setdefault(i, el)
            order[slot] = order.get(slot, 0) + k
    best: tuple[int, float, str] | None = None
    for slot, found in by_slot.items():
        texts = {text_of(el).casefold() for el in found.values()}
        if len(found) >= SLOT_MIN_PAGES and len(texts) >= SLOT_DISTINCT * len(found):
            rank = (-len(found), order[slot] / len(found) if relaxed else 0.0, slot)
            if best is None or rank[:2] < best[:2]:
                best = rank
    return by_slot, best[2] if best else None


def _headlines_by_slot(samples: list[Sample], facts: list[Facts], chrome: set[str]) -> None:
    """Pages whose ``<title>`` does not name their headline (a banner or "Portal > Tab" on
    every page): the headline is the heading at the place of the template where pages show
    each their own text."""
    if all(f.headline is not None for f in facts):
        return
    by_slot, best = _best_slot(samples, facts, relaxed=False)
    if best is None:
        # no heading at one place names the pages' own text: the element at one place
        # whose text is headline-shaped and each page's own (a bare <span> headline)
        by_slot, best = _best_slot(samples, facts, relaxed=True)
    if best is None:
        return
    for i, el in by_slot[best].items():
        if facts[i].headline is None:
            facts[i].headline = el
            facts[i].headline_text = text_of(el)


def _own_heading(sample: Sample, affixes: list[str], known: Learned) -> HtmlElement | None:
    """The headline the page read alone finds where its ``<title>`` names no headline and no
    slot of the template holds one (a second detail template of the site, its notices, with
    a few pages in the sample): a title-classed element, a title-classed link to the page
    itself, a headline typed into the text (:func:`pipelines.titles.find_title`'s "heading"),
    never a ``<title>``, an og:title or an ``<h1>`` (the sample's own rules read those)."""
    _, el, where = find_title(sample.tree, [], affixes, known.is_chrome, None, sample.url)
    return el if where == "heading" else None


def _own_words(
    sample: Sample, owners: dict[str, set[int]], group: int, chrome: set[str], headline: str,
    links: list[set[tuple[str, str]]],
) -> int:  # fmt: skip
    """Words of the lines only this page shows; a line the pages holding a teaser of it
    repeat (a link to it by its headline, and its sapo whole) is still its own."""
    words = 0
    words_in_title = sum(1 for w in headline.split() if any(c.isalpha() for c in w))
    teaser = (sample.url, normalize(headline)) if words_in_title >= TEASER_TITLE_WORDS else None
    skip = normalize(headline) if headline else ""
    for key, count, line in line_facts(sample):
        if key in chrome or key == skip or count < 3:
            continue
        others = owners.get(key, {group}) - {group}
        if others and not (teaser is not None and all(teaser in links[j] for j in others)):
            continue  # another page shows it too: a shared block
        if count <= 12 and _dated_line(sample, line):
            continue
        words += count
    return words


def assign_types(
    samples: list[Sample], facts: list[Facts], groups: list[tuple[object, list[int]]]
) -> tuple[list[str], list[int]]:
    """Every page's type, and the indexes of the URL templates holding articles."""
    types = ["other"] * len(samples)
    article_groups: list[int] = []
    for g, (_, members) in enumerate(groups):
        originals = [m for m in members if facts[m].copy_of is None and facts[m].part_of is None]
        liked = [m for m in originals if facts[m].article_like]
        # (a page whose own fields say what it is, a document's, a procedure's, a question's
        # record, a person's profile, is no evidence against the template: one URL shape may
        # serve every list of a portal, SharePoint's /Pages/Detail.aspx?ItemID=, and such
        # records may outnumber the news in the sample)
        unknown = [m for m in originals if facts[m].form is None]
        if len(liked) >= 2 and len(liked) >= 0.5 * len(unknown):
            article_groups.append(g)
    article_pages = {m for g in article_groups for m in groups[g][1] if facts[m].article_like}
    # a lone article-like page with the article template's skeleton is an article too
    if article_pages:
        reference = [samples[m].skeleton for m in list(article_pages)[:10]]
        for g, (_, members) in enumerate(groups):
            if g in article_groups or len(members) > 2:
                continue
            for m in members:
                if facts[m].copy_of is not None or facts[m].part_of is not None:
                    continue
                close = max(jaccard(samples[m].skeleton, r) for r in reference)
                if facts[m].article_like and close >= TEMPLATE_SIMILAR:
                    article_groups.append(g)
                    article_pages.add(m)
    # a short article (a brief, a photo story) in an article template: its shape, fewer words
    # (it makes no template an article template: a template's articles do)
    article_pages |= {m for g in article_groups for m in groups[g][1] if facts[m].short_like
                      and facts[m].copy_of is None and facts[m].part_of is None}  # fmt: skip
    # an undated item of an article template, with a headline of its own and an article's
    # words (a notice whose date the editor left out): the template says article; its dated
    # "Tin khác" teasers made it a listing
    article_pages |= {m for g in article_groups for m in groups[g][1] if facts[m].undated_like
                      and facts[m].copy_of is None and facts[m].part_of is None}  # fmt: skip
    article_urls = {samples[m].url for m in article_pages}
    # a link to a copy of an article (a ``?redirect=`` link, its print view) links to it
    article_urls |= {s.url for s, f in zip(samples, facts, strict=True) if f.copy_of in article_pages}
    shared_lists = _shared_lists(samples, article_urls)
    for i, (s, f) in enumerate(zip(samples, facts, strict=True)):
        if f.part_of is not None and f.part_of in article_pages:
            types[i] = "part"
        elif f.copy_of is not None:
            continue  # below, from its original
        elif s.soft_404:
            types[i] = "not_found"
        elif i in article_pages:
            types[i] = "article"
        elif f.url_kind in ("login", "search", "tag", "author", "calendar", "language", "qa") or s.password:
            types[i] = f.url_kind or "login"
        elif f.form is not None:
            types[i] = f.form
        elif content_links(s, article_urls, shared_lists) >= LISTING_LINKS:
            types[i] = "listing"
        elif f.url_kind == "print":
            types[i] = "print"
        elif f.date is None and f.own_words > 0:
            types[i] = "static"
    for _, members in groups:  # page N of a listing shows few articles: its template says
        kinds = {types[m] for m in members}
        if "listing" in kinds and kinds <= {"listing", "static", "other"}:
            for m in members:
                types[m] = "listing"
    for i, f in enumerate(facts):
        if f.copy_of is not None and types[i] == "other":
            original = types[f.copy_of]
            if f.url_kind in ("print", "language", "tag", "author", "search", "calendar", "login"):
                types[i] = f.url_kind
            elif original == "article":
                types[i] = "print" if _print_linked(samples, i) else "duplicate"
            else:
                types[i] = original
    return types, article_groups


def _print_linked(samples: list[Sample], i: int) -> bool:
    """Some page links to this one as its print view ("In bài", "Print")."""
    url = samples[i].url
    return any(u == url and print_anchor(t) for s in samples for u, t in s.links)


def _list_of(a: HtmlElement) -> HtmlElement:
    """The block a link is listed in: its nearest ancestor holding three links or more."""
    for up in a.iterancestors():
        if up.tag == "body" or sum(1 for _ in up.iter("a")) >= 3:
            return up
    return a


def _article_links(sample: Sample, article_urls: set[str]) -> list[tuple[str, HtmlElement]]:
    return [
        (url, a)
        for url, a in _anchors(sample)
        if url in article_urls and url != sample.url and _anchor_text(sample, a)
    ]


def _anchors(sample: Sample) -> list[tuple[str, HtmlElement]]:
    """(canonical URL or "", element) of every ``<a>`` of the page's body, its href read
    against the page's own URL. Kept on the sample (a sample is read once per process and
    reused by the next inference run: :func:`read_samples`), as are its links' texts and
    their list blocks' keys."""
    found = sample.extra.get("anchors")
    if found is None:
        found = []
        base = sample.url
        for a in sample.tree.find("body").iter("a"):
            link = link_of(base, a.get("href"))
            found.append((link[0] if link else "", a))
        sample.extra["anchors"] = found
    return found


def _anchor_text(sample: Sample, a: HtmlElement) -> str:
    texts = sample.extra.setdefault("anchor_texts", {})
    text = texts.get(a)
    if text is None:
        text = texts[a] = text_of(a)
    return text


def _list_key(sample: Sample, a: HtmlElement) -> str:
    """The normalized text of the block ``a`` is listed in (:func:`_list_of`)."""
    keys = sample.extra.setdefault("list_keys", {})  # by link
    blocks = sample.extra.setdefault("block_keys", {})  # by block (a link may be one)
    key = keys.get(a)
    if key is None:
        block = _list_of(a)
        key = blocks.get(block)
        if key is None:
            key = blocks[block] = normalize(text_of(block))[:3000]
        keys[a] = key
    return key


def _shared_lists(samples: list[Sample], article_urls: set[str]) -> set[str]:
    """Texts of link lists shown on many pages (a "Tin mới" box in every sidebar)."""
    counts: Counter[str] = Counter()
    for s in samples:
        counts.update(
            {_list_key(s, a) for _, a in _article_links(s, article_urls)}
        )
    need = max(3, int(0.3 * len(samples) + 0.999))
    return {k for k, n in counts.items() if n >= need}


def content_links(sample: Sample, article_urls: set[str], shared_lists: set[str]) -> int:
    """Distinct articles the page links to outside the link boxes every page shows."""
    found = {
        url
        for url, a in _article_links(sample, article_urls)
        if _list_key(sample, a) not in shared_lists
    }
    return len(found)


def print_anchor(text: str) -> bool:
    return bool(_PRINT_ANCHOR.match(text.strip()))
