"""The article template, learned by comparing the pages of the article templates.

What every article page shows alike is chrome; what each shows alone is content. From the
article pages this finds, each with the number of pages that agree:

- **title**: the element holding the page's own headline (its ``<title>``/og:title without
  the site name), found at the same place on every page: never a portlet, sidebar or banner
  heading, whose text is the same everywhere;
- **date**: the date-shaped text in the article's own block, at a consistent place (never
  in a list of links to other articles);
- **author**: a byline (labelled, or a name under an author-like class) inside the article's
  block: never a widget of the sidebar;
- **body**: the element holding the page's own text with the least of the rest, and the
  **remove** selectors for the blocks inside it that only ever hold chrome or other
  articles' titles; the **lead** when the sapo sits outside it.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field

from lxml.html import HtmlElement

from pipelines import authors, body
from pipelines.chrome import parse_signature, parse_source
from pipelines.datefind import FOOT_LINE, foot_lines, in_breadcrumb
from pipelines.dates import parse_vn_date
from pipelines.dom import (
    attr_words,
    common_ancestor,
    contains,
    in_comments,
    in_teaser,
    own_text,
    text_longer,
    text_of,
    unseen,
)
from pipelines.inference import locators
from pipelines.inference.pagetypes import Facts
from pipelines.inference.sample import (
    Sample,
    css_of,
    kept,
    memo_of,
    normalize,
    paragraph_keys,
    text_size,
)
from pipelines.inference.selectors import Choice, best, candidates, simple

BODY_TAGS = ("div", "td", "article", "section", "main", "table", "ul", "span", "font", "center")
TITLE_MIN_SHARE = 0.8
DATE_MIN_SHARE = 0.8
AUTHOR_MIN_SHARE = 0.5
LEAD_MIN_SHARE = 0.6
BODY_MIN_RECALL = 0.9
BODY_MAX_NOISE = 0.15
NOISE_WEIGHT = 2.0
MAX_DATE_CHARS = 160
MAX_DATE_TRIES = 4  # date places tried when the best ones are the site's header's
MAX_REMOVE = 6
MAX_PAGES = 24  # article pages the selectors are chosen on


@dataclass
class Labels:
    """Per article page: normalized lines that are its own text and the ones that are not."""

    content: dict[str, int] = field(default_factory=dict)  # line -> chars
    noise: dict[str, int] = field(default_factory=dict)

    @property
    def content_chars(self) -> int:
        return sum(self.content.values())


@dataclass
class Template:
    title: Choice | None = None
    date: Choice | None = None
    author: Choice | None = None
    body: Choice | None = None
    lead: Choice | None = None
    remove: list[Choice] = field(default_factory=list)
    body_recall: float = 0.0
    body_noise: float = 0.0
    date_order: str = "auto"
    author_by_place: bool = False  # the author's place was found by position (locators.py)


def learn(
    samples: list[Sample], facts: list[Facts], articles: list[int], owners: dict[str, set[int]],
    groups: list[int], chrome: set[str], tz: str,
) -> Template:  # fmt: skip
    """The template of the article pages ``articles`` (indexes into ``samples``): selectors
    are tried on at most :data:`MAX_PAGES` of them, spread over the sample (selector
    choice costs pages x candidates; two dozen pages agree as well as three hundred)."""
    members = set(articles)
    if len(articles) > MAX_PAGES:
        step = len(articles) / MAX_PAGES
        articles = [articles[int(k * step)] for k in range(MAX_PAGES)]
    pages = [samples[i] for i in articles]
    trees = [s.tree for s in pages]
    heads = [facts[i].headline for i in articles]
    others = set(articles)
    patterns = _recurring_patterns([samples[i] for i in others])
    labels = [
        _labels(samples[i], facts[i], owners, groups[i], chrome | patterns, tz, others)
        for i in articles
    ]
    template = Template()
    template.title = _title(trees, heads, [facts[i].headline_text for i in articles])
    others = [  # the site's other pages, not copies of an article (print views)
        s.tree for i, s in enumerate(samples)
        if i not in members and facts[i].copy_of is None and facts[i].part_of is None
    ]  # fmt: skip
    template.date = _date(trees, heads, tz, others)
    template.date_order = _date_order(trees, template.date.selector if template.date else None, heads)
    template.body, template.lead, template.body_recall, template.body_noise = _body(
        trees, heads, labels
    )
    if template.body is not None:
        template.remove = _remove(trees, labels, template, heads, tz)
        if template.remove:
            lead = template.lead.selector if template.lead else None
            removed = [c.selector for c in template.remove]
            template.body_recall, template.body_noise, _ = _evaluate(
                trees, labels, template.body.selector, lead, removed
            )
    body_selector = template.body.selector if template.body else None
    template.author = _author(trees, heads, body_selector)
    if template.author is None:  # no label or class names it: a name at one place
        template.author = locators.author_place(trees, heads, body_selector, others, chrome)
        template.author_by_place = template.author is not None
    return template


_DIGITS = re.compile(r"\d+")


def blur(line: str) -> str:
    """A line with its numbers blurred: "Lượt xem 523 lần" and "Lượt xem 702 lần" are one."""
    return _DIGITS.sub("#", line)


def _recurring_patterns(pages: list[Sample]) -> set[str]:
    """Lines of the article pages that differ only by their numbers and recur on half of
    them or more (a hit counter, "Sửa lần cuối vào ..."): the template's, not the text's.
    Returned as the pages' own lines (normalized) that follow such a pattern."""
    counts: Counter[str] = Counter()
    for s in pages:
        counts.update(_blurred(s)[1])
    need = max(2, (len(pages) + 1) // 2)
    common = {k for k, n in counts.items() if n >= need}
    return {key for s in pages for key, blurred in _blurred(s)[0] if blurred in common}


def _blurred(s: Sample) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
    """(normalized, blurred) of each of the page's lines, and the blurred forms of those
    with a digit: kept on the sample (every run asked for them again)."""
    found = s.extra.get("blurred")
    if found is None:
        pairs = tuple((normalize(x), blur(normalize(x))) for x in s.lines)
        digits = frozenset(b for x, (_, b) in zip(s.lines, pairs, strict=True) if _DIGITS.search(x))
        found = s.extra["blurred"] = (pairs, digits)
    return found


def _mostly_links(line: str, anchors: list[str]) -> bool:
    """Most of the line is the text of links (a "Bài trước / Bài sau" row, "Các bài viết
    khác: ..." run into one line)."""
    low = normalize(line)
    linked = sum(len(a) for a in anchors if len(a) >= 10 and a in low)
    return linked >= 0.5 * len(low)


def _labels(
    s: Sample, f: Facts, owners: dict[str, set[int]], group: int, chrome: set[str], tz: str,
    articles: set[int],
) -> Labels:  # fmt: skip
    """A line is the page's own text unless it is chrome, a link's text, a cut teaser, the
    headline or a date line, or another article shows it too (a listing's teaser of this
    article repeating its sapo does not make the sapo someone else's)."""
    out = Labels()
    head = normalize(f.headline_text) if f.headline_text else None
    for key, kind, wordy, long in _line_kinds(s, tz):
        if key in out.content or key in out.noise:
            continue
        if key == head or kind == _DATED:
            out.noise[key] = len(key)
        elif kind == _LINKED:
            out.noise[key] = len(key)  # a link's text, a teaser's cut sapo: another page's
        elif kind == _BYLINE:  # a labelled byline: not body text
            continue
        elif kind == _SIGNED:
            out.content[key] = len(key)  # the article's signature: recurs, and is its own
        elif key in chrome or ((owners.get(key, {group}) - {group}) & articles and wordy):
            out.noise[key] = len(key)
        elif long:
            out.content[key] = len(key)
    return out


_DATED, _LINKED, _BYLINE, _SIGNED, _PLAIN = range(5)


def _line_kinds(s: Sample, tz: str) -> list[tuple[str, int, bool, bool]]:
    """What :func:`_labels` reads of each of the page's lines that does not depend on the
    sample (kept on the sample: asked in every inference run): (normalized line, its kind,
    three words or more, three words or twelve characters or more). The kind is the first
    of: a date line, a link's text (or a cut teaser, a chrome line, a line mostly of links'
    texts), a labelled byline, a signature or source line, a plain line."""
    kept = s.extra.setdefault("line_kinds", {})
    found = kept.get(tz)
    if found is not None:
        return found
    anchors = {normalize(text) for _, text in s.links if text}
    long_anchors = sorted(anchors, key=len, reverse=True)
    found = []
    for line in s.lines:
        key = normalize(line)
        if len(line) <= 80 and parse_vn_date(line, tz) is not None:
            kind = _DATED
        elif (
            key in anchors
            or line.rstrip().endswith(("...", "…"))
            or body.chrome_kind(line)
            or _mostly_links(line, long_anchors)
        ):
            kind = _LINKED
        elif authors._PREFIX.match(line):  # noqa: SLF001 - a labelled byline
            kind = _BYLINE
        elif parse_signature(line) or parse_source(line):
            kind = _SIGNED
        else:
            kind = _PLAIN
        words = len(line.split())
        found.append((key, kind, words >= 3, words >= 3 or len(line) >= 12))
    kept[tz] = found
    return found


# --- title ---------------------------------------------------------------------------------


def _title(
    trees: list[HtmlElement], heads: list[HtmlElement | None], texts: list[str]
) -> Choice | None:
    options: list[str] = []
    for el in heads:
        if el is not None:
            options += candidates(el)
            for inner in el.iterdescendants():
                if isinstance(inner.tag, str) and text_of(inner) == text_of(el):
                    options += candidates(inner)[:4]
    if not options:
        return None

    def hit(i: int, first: HtmlElement | None, _: list[HtmlElement]) -> bool:
        return first is not None and bool(texts[i]) and text_of(first) == texts[i]

    choice = best(options, trees, hit)
    return choice if choice is not None and choice.share >= TITLE_MIN_SHARE else None


# --- date ----------------------------------------------------------------------------------


def _in_list(el: HtmlElement, stop: HtmlElement | None) -> bool:
    """Inside a teaser of another page ("Các tin khác", "Tin liên quan")."""
    return in_teaser(el, stop)


def _others_date(el: HtmlElement, stop: HtmlElement | None) -> bool:
    """A date that is another text's: in a teaser of another page (not a breadcrumb's row,
    whose date at the right is the page's own: "Trang chủ › Tin tức    12/03/2024") or in
    readers' comments ("Ý kiến bạn đọc": each comment's date is its writer's)."""
    return (_in_list(el, stop) and not in_breadcrumb(el, stop)) or in_comments(el, stop)


def _article_area(head: HtmlElement | None, levels: int = 3) -> HtmlElement | None:
    return locators.article_area(head, levels)


def _dated(el: HtmlElement, tz: str) -> bool:
    if unseen(el):  # a hidden print block's "Ngày in:" (today, on every article page)
        return False
    if el.get("datetime") and parse_vn_date(el.get("datetime"), tz):
        return True
    text = text_of(el)
    return bool(text) and len(text) <= MAX_DATE_CHARS and parse_vn_date(text, tz) is not None


def _date(
    trees: list[HtmlElement], heads: list[HtmlElement | None], tz: str, others: list[HtmlElement]
) -> Choice | None:
    """The date's place: date-shaped text in the article's block around the headline; when
    no place there holds on enough pages, the date line at the article's foot (after the
    body, before the other articles' teasers: ``datefind.foot_lines``)."""
    options: list[str] = []
    for head in heads:
        options += kept(head, "date_options", (head, tz), lambda head=head: _date_options(head, tz))
    areas = [_article_area(head) for head in heads]
    choice = _date_place(options, trees, tz, others, areas)
    if choice is not None:
        return choice
    feet: list[str] = []
    areas = []
    for head in heads:
        area, lines = foot_lines(head, None) if head is not None else (None, [])
        areas.append(area)
        for el in lines:
            if _dated(el, tz) and (el.tag == "time" or FOOT_LINE.match(text_of(el))):
                feet += _date_candidates(el, area)
    return _date_place(feet, trees, tz, others, areas)


def _date_options(head: HtmlElement | None, tz: str) -> list[str]:
    """The date places one page offers: date-shaped text in its article's block."""
    options: list[str] = []
    area = _article_area(head)
    if area is None:
        return options
    for el in area.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "script", "style") or el is head:
            continue
        if (own_text(el) or el.get("datetime")) and _dated(el, tz) and not _others_date(el, area):
            options += _date_candidates(el, area)
    return options


def _date_candidates(el: HtmlElement, area: HtmlElement | None) -> list[str]:
    options = candidates(el)
    for up in el.iterancestors():  # a <td class="ngaythang"><font>date</font></td>
        if up is area or text_of(up) != text_of(el):
            break
        options += candidates(up)[:4]
    return options


def _date_place(
    options: list[str],
    trees: list[HtmlElement],
    tz: str,
    others: list[HtmlElement],
    areas: list[HtmlElement | None],
) -> Choice | None:
    """The date place among ``options`` that holds on enough pages: a selector whose first
    match on a page is a date of the page's own, inside its article's block (``areas[i]``:
    the block the options were found in). A selector that also matches the site header's
    clock (today's date, on every page above the article) first finds that: not the page's
    date, so that page does not count for it."""
    if not options:
        return None

    verdicts: dict[HtmlElement, bool] = {}  # many options find the same first element

    def hit(i: int, first: HtmlElement | None, _: list[HtmlElement]) -> bool:
        if first is None:
            return False
        area = areas[i]
        if area is not None and not contains(area, first):
            return False
        verdict = verdicts.get(first)
        if verdict is None:
            verdict = verdicts[first] = kept(
                first, "date_verdicts", (first, tz),
                lambda: _dated(first, tz) and not _others_date(first, None),
            )  # fmt: skip
        return verdict

    left = list(dict.fromkeys(options))
    for _ in range(MAX_DATE_TRIES):  # a place the other pages show too is a header's, not ours
        choice = best(left, trees, hit)
        if choice is None or choice.share < DATE_MIN_SHARE:
            return None
        if not locators.date_is_chrome(choice.selector, trees, others):
            return choice
        left = locators.other_places(left, choice.selector, trees)
    return None


_NUMERIC = re.compile(r"(?<![\d/.:-])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])")


def _date_order(trees: list[HtmlElement], selector: str | None, heads: list[HtmlElement | None]) -> str:
    """How the site writes numeric dates, from the date lines of its articles: a first
    number above 12 says day first, a second above 12 month first (en-US server cultures);
    "auto" when the lines do not tell, or disagree."""
    firsts = seconds = 0
    for tree, head in zip(trees, heads, strict=True):
        found = css_of(tree, selector) if selector else []
        area = found[0] if found else _article_area(head)
        for match in _NUMERIC.finditer(text_of(area) if area is not None else ""):
            a, b = int(match.group(1)), int(match.group(3))
            firsts += a > 12 >= b
            seconds += b > 12 >= a
    if firsts and not seconds:
        return "dmy"
    if seconds and not firsts:
        return "mdy"
    return "auto"


# --- author --------------------------------------------------------------------------------

_AUTHOR_CLASS = ("author", "tacgia", "tac-gia", "tac_gia", "byline", "nguoiviet", "writer")


def _byline_el(el: HtmlElement) -> bool:
    """A labelled byline, or a name under an author-like class or id (kept for the
    elements of a kept sample: asked of every element of the article's block, each run)."""
    memo = memo_of(el)
    if memo is None:
        return _is_byline(el)
    verdicts = memo.setdefault("byline", {})
    found = verdicts.get(el)
    if found is None:
        found = verdicts[el] = _is_byline(el)
    return found


def _is_byline(el: HtmlElement) -> bool:
    if text_longer(el, 100):
        return False
    text = text_of(el)
    if not text:
        return False
    found = authors.parse_byline_text(text)
    if found is None or not found.author:
        return False
    labelled = authors._PREFIX.match(text) is not None  # noqa: SLF001 - the byline label
    classed = any(c in attr_words(el) for c in _AUTHOR_CLASS)  # class or id (lblAuthor)
    return labelled or classed


def _author(
    trees: list[HtmlElement], heads: list[HtmlElement | None], body_selector: str | None
) -> Choice | None:
    options: list[str] = []
    for head in heads:
        options += kept(head, "author_options", head, lambda head=head: _author_options(head))
    if not options:
        return None

    verdicts: dict[HtmlElement, bool] = {}  # many options find the same first element

    def hit(i: int, first: HtmlElement | None, _: list[HtmlElement]) -> bool:
        if first is None:
            return False
        verdict = verdicts.get(first)
        if verdict is None:
            verdict = verdicts[first] = _byline_el(first)
        return verdict

    choice = best(options, trees, hit)
    return choice if choice is not None and choice.share >= AUTHOR_MIN_SHARE else None


def _author_options(head: HtmlElement | None) -> list[str]:
    """The byline places one page offers: labelled or classed bylines in its article's block."""
    options: list[str] = []
    area = _article_area(head, 4)
    if area is None:
        return options
    for el in area.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style") and _byline_el(el):
            if not _in_list(el, area):
                options += candidates(el)
    return options


# --- body ----------------------------------------------------------------------------------


def _measure(el: HtmlElement, label: Labels) -> tuple[float, float]:
    """(share of the page's own text inside ``el``, share of ``el``'s text that is not)."""
    keys = paragraph_keys(el)
    content = sum(n for k, n in label.content.items() if k in keys)
    noise = sum(n for k, n in label.noise.items() if k in keys)
    total = label.content_chars
    recall = content / total if total else 0.0
    return recall, (noise / (content + noise) if content + noise else 1.0)


def _score(recall: float, noise: float) -> float:
    return recall - NOISE_WEIGHT * noise


def _body(
    trees: list[HtmlElement], heads: list[HtmlElement | None], labels: list[Labels]
) -> tuple[Choice | None, Choice | None, float, float]:
    """The body selector (and the lead's, when the sapo sits outside it) that holds the
    most of the pages' own text with the least of the rest."""
    options: list[str] = []
    for tree, label in zip(trees, labels, strict=True):
        total = label.content_chars
        if not total:
            continue
        scored = []
        for el in tree.find("body").iter(*BODY_TAGS):
            if text_size(el) < 0.3 * total:
                continue
            recall, noise = _measure(el, label)
            if recall >= 0.5:
                scored.append((_score(recall, noise), el))
        scored.sort(key=lambda t: -t[0])
        for _, el in scored[:3]:
            options += candidates(el)
    ranked: list[tuple[float, str, float, float, int]] = []
    for selector in dict.fromkeys(options):
        r, n, hits = _evaluate(trees, labels, selector, None)
        ranked.append((_score(r, n), selector, r, n, hits))
    ranked.sort(key=lambda t: (-t[0], len(t[1])))
    distinct: dict[tuple[float, float, int], tuple[float, str, float, float, int]] = {}
    for option in ranked:  # selectors of the same elements measure alike: keep one of each
        distinct.setdefault((round(option[2], 6), round(option[3], 6), option[4]), option)
    best_option: tuple[float, str, Choice | None, float, float, int] | None = None
    for score, selector, r, n, hits in list(distinct.values())[:5]:
        # a sapo outside the body adds a little to a body that holds most of the text
        lead = _lead(trees, heads, labels, selector) if 0.5 <= r < 1.0 else None
        if lead is not None:
            r, n, hits = _evaluate(trees, labels, selector, lead.selector)
            score = _score(r, n)
        if best_option is None or score > best_option[0] + 1e-9:
            best_option = (score, selector, lead, r, n, hits)
    if best_option is None:
        return None, None, 0.0, 0.0
    _, selector, lead, r, n, hits = best_option
    return Choice(selector, hits, len(trees)), lead, r, n


def _evaluate(
    trees: list[HtmlElement], labels: list[Labels], selector: str, lead: str | None,
    removed: list[str] | None = None,
) -> tuple[float, float, int]:  # fmt: skip
    """Mean recall and noise of a body selector (with the lead's text, when given; without
    what the ``removed`` selectors take) over the pages, and the pages where its recall is
    high."""
    recalls, noises, hits = [], [], 0
    for tree, label in zip(trees, labels, strict=True):
        found = css_of(tree, selector)
        if not found:
            recalls.append(0.0)
            noises.append(1.0)
            continue
        element = found[0]
        if removed:
            element = deepcopy(element)
            for rule in removed:
                for el in css_of(element, rule):
                    if el.getparent() is not None:
                        el.drop_tree()
        keys = paragraph_keys(element)
        if lead:
            more = css_of(tree, lead)
            if more and not contains(found[0], more[0]):
                keys |= paragraph_keys(more[0])
        content = sum(n for k, n in label.content.items() if k in keys)
        noise = sum(n for k, n in label.noise.items() if k in keys)
        recall = content / label.content_chars if label.content_chars else 0.0
        recalls.append(recall)
        noises.append(noise / (content + noise) if content + noise else 1.0)
        hits += recall >= BODY_MIN_RECALL
    return sum(recalls) / len(recalls), sum(noises) / len(noises), hits


def _remove(
    trees: list[HtmlElement], labels: list[Labels], template: Template,
    heads: list[HtmlElement | None], tz: str,
) -> list[Choice]:  # fmt: skip
    """Blocks inside the body that hold only noise, on every page where they occur; never
    one holding the headline, a date or a byline (removing comes before they are read)."""
    assert template.body is not None
    keep = [c.selector for c in (template.title, template.date) if c is not None]
    options: list[str] = []
    for tree, label, head in zip(trees, labels, heads, strict=True):
        found = css_of(tree, template.body.selector)
        if not found:
            continue
        for el in found[0].iterdescendants():
            if not isinstance(el.tag, str) or not simple(el) or _landmark(el, head, tz):
                continue
            recall, noise = _measure(el, label)
            if recall == 0 and noise >= 0.99 and text_of(el):
                options += simple(el)
    chosen: list[tuple[int, int, Choice]] = []
    for selector in dict.fromkeys(options):
        hits = pages = size = 0
        harmless = True
        for tree, label in zip(trees, labels, strict=True):
            body_el = css_of(tree, template.body.selector)
            matches = [m for m in css_of(tree, selector) if body_el and contains(body_el[0], m)]
            if not matches:
                continue
            pages += 1
            for m in matches:
                size += len(text_of(m))
                recall, noise = _measure(m, label)
                if recall > 0 or any(contains(m, k) for s in keep for k in css_of(tree, s)):
                    harmless = False
                elif _landmark(m, None, tz):
                    harmless = False
            hits += 1
        if harmless and hits:
            chosen.append((-hits, -size, Choice(selector, hits, len(trees))))
    chosen.sort(key=lambda t: (t[0], t[1], len(t[2].selector)))
    kept: list[Choice] = []
    for *_, choice in chosen:  # one selector per block, the outermost
        if not any(_same_blocks(trees, choice.selector, k.selector) for k in kept):
            kept.append(choice)
    return kept[:MAX_REMOVE]


def _landmark(el: HtmlElement, head: HtmlElement | None, tz: str) -> bool:
    """``el`` holds the headline, the article's date line or its byline (those of the
    teasers in a "Tin liên quan" box are other articles')."""
    if head is not None and (contains(el, head) or contains(head, el)):
        return True
    for inner in el.iter():
        if not isinstance(inner.tag, str):
            continue
        dated = (own_text(inner) or inner.get("datetime")) and _dated(inner, tz)
        if (dated or _byline_el(inner)) and not in_teaser(inner):
            return True
    return False


def _same_blocks(trees: list[HtmlElement], a: str, b: str) -> bool:
    for tree in trees:
        x, y = css_of(tree, a), css_of(tree, b)
        if x and y and any(contains(p, q) or contains(q, p) for p in x for q in y):
            return True
    return False


# --- lead ----------------------------------------------------------------------------------


def _lead(
    trees: list[HtmlElement], heads: list[HtmlElement | None], labels: list[Labels], body_sel: str
) -> Choice | None:
    """A sapo outside the body element: own text between the headline and the body."""
    options: list[str] = []
    for tree, head, label in zip(trees, heads, labels, strict=True):
        found = css_of(tree, body_sel)
        if head is None or not found:
            continue
        area = common_ancestor(head, found[0])
        if area is None:
            continue
        for el in area.iter(*BODY_TAGS, "p", "h2", "h3", "strong", "b"):
            if contains(found[0], el) or contains(el, found[0]) or contains(el, head):
                continue
            key = normalize(text_of(el))
            if key in label.content and len(key.split()) >= 8:
                options += candidates(el)
                for up in el.iterancestors():  # <div class="tom-tat"><b>sapo</b></div>
                    if up is area or normalize(text_of(up)) != key:
                        break
                    options += candidates(up)[:4]

    def hit(i: int, first: HtmlElement | None, _: list[HtmlElement]) -> bool:
        if first is None:
            return False
        body_el = css_of(trees[i], body_sel)
        inside = bool(body_el) and contains(body_el[0], first)
        return not inside and normalize(text_of(first)) in labels[i].content

    choice = best(options, trees, hit) if options else None
    return choice if choice is not None and choice.share >= LEAD_MIN_SHARE else None


def takes_content(
    samples: list[Sample], facts: list[Facts], pages: list[int], owners: dict[str, set[int]],
    groups: list[int], chrome: set[str], tz: str, selector: str,
) -> bool:  # fmt: skip
    """A ``remove`` selector would take some of the own text of one of ``pages`` (another
    article template's pages, where it was not chosen)."""
    chosen = pages[:MAX_PAGES]
    patterns = _recurring_patterns([samples[i] for i in chosen])
    for i in chosen:
        found = css_of(samples[i].tree, selector)
        if not found:
            continue
        label = _labels(samples[i], facts[i], owners, groups[i], chrome | patterns, tz, set(chosen))
        if any(_measure(el, label)[0] > 0 for el in found):
            return True
    return False


def body_keys(
    samples: list[Sample], facts: list[Facts], pages: list[int], owners: dict[str, set[int]],
    groups: list[int], chrome: set[str], tz: str,
) -> list[str]:  # fmt: skip
    """Per page, a name of the element that best holds its own text alone (its most
    specific selector): pages of one article template name the same element, news, video
    and photo pages of one URL template do not."""
    patterns = _recurring_patterns([samples[i] for i in pages])
    out = []
    for i in pages:
        label = _labels(samples[i], facts[i], owners, groups[i], chrome | patterns, tz, set(pages))
        tree = samples[i].tree
        key = (frozenset(label.content), frozenset(label.noise))  # (each line's value: its length)
        out.append(kept(tree, "body_keys", key, lambda tree=tree, label=label: _body_key(tree, label)))
    return out


def _body_key(tree: HtmlElement, label: Labels) -> str:
    """:func:`body_keys` of one page, its lines labelled ``label``."""
    total = label.content_chars
    best: tuple[float, str] | None = None
    root = tree.find("body")
    for el in root.iter(*BODY_TAGS) if total and root is not None else ():
        if text_size(el) < 0.3 * total:
            continue
        recall, noise = _measure(el, label)
        names = candidates(el)
        if recall >= 0.5 and names and (best is None or _score(recall, noise) > best[0] + 1e-9):
            best = (_score(recall, noise), names[0])
    return best[1] if best else ""
