"""The site model: what a site's own pages say about its structure, with the evidence.

:func:`infer` is a pure function over a set of pages ``(url, html bytes, headers)``: no
Scrapy, no I/O. It reads each page once (:mod:`.sample`), groups URLs by shape
(:mod:`.urlshape`), types every page from cross-page evidence (:mod:`.pagetypes`), learns
the article template (:mod:`.template`) and writes it all as a :class:`SiteModel`, which is
JSON (``to_json``/``from_json``) and a site profile (``to_profile``). Re-running it on a
growing sample gives the model for that sample: it keeps no state between runs, and a few
hundred pages take seconds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pipelines import pagekind
from pipelines.inference import pagetypes, template
from pipelines.inference.modeldata import Field, Layout, Rule, SiteModel
from pipelines.inference.sample import Sample, read_samples
from pipelines.inference.selectors import Choice
from pipelines.inference.urlshape import Template, group_urls
from pipelines.urls import is_site_root, same_document

MIN_ARTICLES = 5  # article pages that agree before the model is confident
DENY_TYPES = ("print", "search", "login", "tag", "author", "calendar", "language")
MAX_ARTICLE_RULES = 8


def infer(
    pages: Sequence[tuple[str, bytes, Mapping[str, str]]], tz: str = "Asia/Ho_Chi_Minh"
) -> SiteModel:
    """The site model of a sample of one site's pages."""
    samples = read_samples(pages)
    model = SiteModel(pages=len(samples))
    if not samples:
        model.notes.append("no readable HTML page")
        return model
    evidence = pagetypes.page_facts(samples, tz)
    groups = group_urls([s.url for s in samples])
    types, article_groups = pagetypes.assign_types(samples, evidence.facts, groups)
    layouts, rejected = _layouts(samples, evidence, groups, article_groups, types, tz)
    model.unexplained = len(rejected)
    if rejected:
        model.notes.append(
            f"{len(rejected)} article-like pages fit no article template: "
            + ", ".join(samples[i].url for i in rejected[:3])
        )
    article_groups = sorted(g for layout in layouts for g in layout.groups)
    model.site_name = evidence.affixes
    articles = [i for i, t in enumerate(types) if t == "article"]
    model.article = _article_rules(groups, article_groups, types, samples)
    model.listing = _rules(groups, types, samples, ("listing",))
    model.deny = [
        r for r in _deny_rules(groups, types, samples) if not _hits_any(r, samples, articles)
    ]
    model.follow_complete = _reaches_all(samples, types, model)
    model.ignore_canonical = _canonicals_wrong(samples, articles)
    if layouts:
        _fields(model, layouts[0].learned)
        for extra in layouts[1:]:
            model.layouts.append(_layout(extra, groups))
        _shared_removes(model, samples, evidence, layouts, tz)
        articles = _off_template(samples, types, layouts, model)
        model.marker = _marker(samples, types, articles, model)
    model.types = dict(Counter(types))
    model.page_types = {s.url: t for s, t in zip(samples, types, strict=True)}
    model.confidence = _confidence(model, layouts, len(articles))
    return model


TEMPLATE_AGREE = 0.8  # pages of another URL template a template must fit to take it in
LAYOUT_MIN_PAGES = 2  # pages of a further article template, learned on its own


@dataclass
class _Found:
    """An article template found in the sample: its URL templates, pages and selectors."""

    groups: list[int]
    pages: list[int]
    learned: template.Template


def _layouts(
    samples: list[Sample], evidence: pagetypes.Evidence, groups: list[tuple[Template, list[int]]],
    article_groups: list[int], types: list[str], tz: str,
) -> tuple[list[_Found], list[int]]:  # fmt: skip
    """The article templates of the sample, largest first, and the article-like pages none
    of them explains. The largest article URL template
    gives the main one; another URL template joins a template whose title and body
    selectors find its pages' headlines and text too, or is a template of its own when its
    pages agree on their own title, date and body selectors and those selectors, after the
    earlier templates', still find them (announcements beside news). A URL template that
    is neither is not an article template (a "Hỏi đáp" question, a photo page with a
    headline and a date): its pages are "other"."""
    pages = {g: [m for m in groups[g][1] if types[m] == "article"] for g in article_groups}
    order = sorted((g for g in article_groups if pages[g]), key=lambda g: (-len(pages[g]), g))
    found: list[_Found] = []
    rejected: list[int] = []

    def learn(members: list[int]) -> template.Template:
        return template.learn(
            samples, evidence.facts, members, evidence.owners, evidence.group, evidence.chrome, tz
        )

    for g in order:
        members = pages[g]
        home = next(
            (t for t in found if _fit_share(samples, evidence.facts, members, t.learned) >= TEMPLATE_AGREE),
            None,
        )  # fmt: skip
        if home is not None:
            home.groups.append(g)
            home.pages += members
            continue
        if not found:
            found.append(_Found([g], list(members), learn(members)))
            continue
        learned = learn(members) if len(members) >= LAYOUT_MIN_PAGES else None
        if learned is not None and _own_layout(samples, evidence.facts, members, learned, found):
            found.append(_Found([g], list(members), learned))
            continue
        for m in members:
            types[m] = "other"
        rejected.extend(members)
    for t in found:
        if len(t.groups) > 1:  # selectors chosen on every page of the template
            t.learned = learn(sorted(t.pages))
    out: list[_Found] = []
    for t in found:
        out += _split(samples, evidence, t, out, learn, tz)
    return out, rejected


SPLIT_NOISE = 0.02  # chrome share of a body selector above which its pages are tried apart


def _split(
    samples: list[Sample], evidence: pagetypes.Evidence, found: _Found, earlier: list[_Found],
    learn: Any, tz: str,
) -> list[_Found]:  # fmt: skip
    """One URL template may hold several article templates (news, video and photo pages
    at ``/<section>/<slug>.html``): when the one body selector that fits them all holds
    chrome too, the pages are grouped by the element that holds each one's own text, and
    each group learned on its own is kept when every group stands on its own evidence and
    the bodies hold less chrome than before."""
    learned = found.learned
    whole = learned.body is not None and learned.body.hits == learned.body.pages
    if len(found.pages) < 2 or (whole and learned.body_noise <= SPLIT_NOISE):
        return [found]
    pages = sorted(found.pages)
    keys = template.body_keys(
        samples, evidence.facts, pages, evidence.owners, evidence.group, evidence.chrome, tz
    )
    parts: dict[str, list[int]] = {}
    for page, key in zip(pages, keys, strict=True):
        parts.setdefault(key, []).append(page)
    if len(parts) < 2 or "" in parts:
        return [found]
    ordered = sorted(parts.values(), key=lambda ms: (-len(ms), ms))
    out: list[_Found] = []
    noise = 0.0
    for members in ordered:
        sub = learn(members)
        if sub.title is None or sub.body is None or sub.body_recall < template.BODY_MIN_RECALL:
            return [found]
        check = _Found(list(found.groups), members, sub)
        if not _serves(samples, evidence.facts, members, sub, [*earlier, *out]):
            return [found]
        out.append(check)
        noise += sub.body_noise * len(members)
    if noise / len(pages) >= learned.body_noise - 1e-9 and whole:
        return [found]
    return out


def _fit_share(
    samples: list[Sample], facts: list[pagetypes.Facts], members: list[int], learned: template.Template
) -> float:
    if not members:
        return 0.0
    return sum(_fits(samples[m], facts[m], learned) for m in members) / len(members)


def _own_layout(
    samples: list[Sample], facts: list[pagetypes.Facts], members: list[int],
    learned: template.Template, earlier: list[_Found],
) -> bool:  # fmt: skip
    """A further article template stands on its own evidence: its pages agree on a title,
    a date and a body selector, and with the earlier templates' selectors tried first the
    headline and the body are still found on them."""
    if learned.title is None or learned.date is None or learned.body is None:
        return False
    if learned.body_recall < template.BODY_MIN_RECALL or learned.body_noise > template.BODY_MAX_NOISE:
        return False
    return _serves(samples, facts, members, learned, earlier)


def _serves(
    samples: list[Sample], facts: list[pagetypes.Facts], members: list[int],
    learned: template.Template, earlier: list[_Found],
) -> bool:  # fmt: skip
    """With the earlier templates' selectors tried first (as the profile lists them), the
    title and body selectors of ``learned`` still find its pages' headline and body."""
    from pipelines.dom import first

    if learned.title is None or learned.body is None:
        return False
    titles = [t.learned.title.selector for t in earlier if t.learned.title] + [learned.title.selector]
    bodies = [t.learned.body.selector for t in earlier if t.learned.body] + [learned.body.selector]
    good = 0
    for m in members:
        tree = samples[m].tree
        head, body_el = first(tree, titles), first(tree, bodies)
        own_body = css_first(tree, learned.body.selector)
        good += bool(
            head is not None and text_of(head) == facts[m].headline_text and body_el is own_body
        )
    return good >= TEMPLATE_AGREE * len(members)


def css_first(tree: Any, selector: str) -> Any:
    from pipelines.inference.sample import css_of

    found = css_of(tree, selector)
    return found[0] if found else None


def text_of(el: Any) -> str:
    from pipelines.dom import text_of as _text

    return _text(el)


def _fits(sample: Sample, facts: pagetypes.Facts, learned: template.Template) -> bool:
    from pipelines.inference.sample import css_of

    if learned.title is not None:
        found = css_of(sample.tree, learned.title.selector)
        if not found or text_of(found[0]) != facts.headline_text:
            return False
    if learned.body is not None and not css_of(sample.tree, learned.body.selector):
        return False
    return True


def _layout(found: _Found, groups: list[tuple[Template, list[int]]]) -> Layout:
    learned = found.learned
    return Layout(
        rules=[groups[g][0].text for g in found.groups],
        pages=len(found.pages),
        title=_field(learned.title),
        date=_field(learned.date),
        author=_field(learned.author),
        body=_field(learned.body),
        lead=_field(learned.lead),
    )


def _shared_removes(
    model: SiteModel, samples: list[Sample], evidence: pagetypes.Evidence, layouts: list[_Found],
    tz: str,
) -> None:  # fmt: skip
    """The main template's ``remove`` selectors apply to every page: one that would take
    text of a further template's pages is dropped."""
    others = [m for t in layouts[1:] for m in t.pages]
    if not others or not model.remove:
        return
    kept = []
    for chosen in model.remove:
        if template.takes_content(
            samples, evidence.facts, others, evidence.owners, evidence.group, evidence.chrome, tz,
            chosen.selector,
        ):  # fmt: skip
            model.notes.append(f"remove {chosen.selector!r} dropped: it takes text of another template")
        else:
            kept.append(chosen)
    model.remove = kept


def _off_template(
    samples: list[Sample], types: list[str], layouts: list[_Found], model: SiteModel
) -> list[int]:
    """Pages typed article that lack their template's date element, which the others have
    at one place ("Lịch tiếp công dân", a static page full of dates, among the posts): not
    the article template, whatever dates their text holds; a page whose own line labels its
    publication date ("Ngày xuất bản: ...", under the body) stays an article."""
    from pipelines.datefind import labelled_date
    from pipelines.inference.sample import css_of

    holders = [model, *model.layouts]
    for found, holder in zip(layouts, holders, strict=True):
        date = holder.date
        if date is None or date.agree == date.pages:
            continue
        kept = 0
        for i in found.pages:
            if css_of(samples[i].tree, date.selector):
                kept += 1
            elif not labelled_date(samples[i].lines) and not _dated_by_structured_data(samples[i]):
                types[i] = "other"  # ("Ngày xuất bản: ..." elsewhere, or in its JSON-LD: still one)
        holder.date = Field(date.selector, date.agree, kept)
    return [i for i, t in enumerate(types) if t == "article"]


def _dated_by_structured_data(sample: Sample) -> bool:
    """The page declares itself an article (og:type, a JSON-LD Article type, in a ``@graph``
    too) and gives its publication date there (``datePublished``, ``article:published_time``):
    a post the template shows with no date line (an English portal's post dated only in its
    Yoast graph), never a static page of the template full of dates."""
    from pipelines.structured import read_structured

    return sample.declared and bool(read_structured(sample.tree).published)


def _field(choice: Choice | None) -> Field | None:
    return Field(choice.selector, choice.hits, choice.pages) if choice is not None else None


def _fields(model: SiteModel, learned: template.Template) -> None:
    model.title = _field(learned.title)
    model.date_order = learned.date_order
    model.date = _field(learned.date)
    model.author = _field(learned.author)
    model.author_by_place = learned.author is not None and learned.author_by_place
    if model.author_by_place:
        model.notes.append(
            f"author {learned.author.selector!r} by its place: a bare name there on "
            f"{learned.author.hits} of {learned.author.pages} article pages, no label or class names it"
        )
    model.lead = _field(learned.lead)
    model.body_recall, model.body_noise = learned.body_recall, learned.body_noise
    good = learned.body_recall >= template.BODY_MIN_RECALL
    if learned.body is not None and good and learned.body_noise <= template.BODY_MAX_NOISE:
        model.body = _field(learned.body)
        model.remove = [f for f in map(_field, learned.remove) if f is not None]
    else:
        model.lead = None
        model.notes.append(
            "no body selector: no element holds the articles' own text alone on every page "
            f"(best: recall {learned.body_recall:.2f}, chrome {learned.body_noise:.2f})"
        )


def _rule(
    kind: str, t: Template, members: list[int], types: list[str], samples: list[Sample]
) -> Rule:
    agree = sum(1 for m in members if types[m] == kind)
    regex = t.regex(parts=kind == "article")
    return Rule(kind, regex, t.text, len(members), agree, [samples[m].url for m in members[:3]])


def _article_rules(
    groups: list[tuple[Template, list[int]]], article_groups: list[int], types: list[str],
    samples: list[Sample],
) -> list[Rule]:  # fmt: skip
    rules = [_rule("article", *groups[g], types, samples) for g in article_groups]
    if len(rules) > MAX_ARTICLE_RULES:
        return []  # too scattered for URL rules: the page decides
    return rules


def _rules(
    groups: list[tuple[Template, list[int]]],
    types: list[str],
    samples: list[Sample],
    kinds: tuple[str, ...],
) -> list[Rule]:
    out = []
    for t, members in groups:
        kind = Counter(types[m] for m in members).most_common(1)[0][0]
        if kind in kinds:
            out.append(_rule(kind, t, members, types, samples))
    return out


def _deny_rules(
    groups: list[tuple[Template, list[int]]], types: list[str], samples: list[Sample]
) -> list[Rule]:
    out: dict[str, Rule] = {}
    for t, members in groups:
        kinds = {types[m] for m in members} - {"not_found"}
        if len(kinds) != 1 or next(iter(kinds)) not in DENY_TYPES:
            continue
        kind = next(iter(kinds))
        regex = _keyword_regex(samples[members[0]].url, kind) or t.regex()
        rule = out.get(regex)
        if rule is None:
            out[regex] = Rule(kind, regex, t.text, len(members), len(members),
                              [samples[m].url for m in members[:3]])  # fmt: skip
        else:
            rule.pages += len(members)
            rule.agree += len(members)
    return list(out.values())


def _keyword_regex(url: str, kind: str) -> str | None:
    """A deny rule as wide as the word that gave the page away (``/tag/``, ``[?&]lang=``)."""
    parts = urlsplit(url)
    if kind == "tag":
        m = pagekind.TAG.search(parts.path + "/")
        return rf"^https?://[^/]+{re.escape(parts.path[: m.end()])}" if m else None
    if kind in ("login", "search"):
        pattern = pagekind.LOGIN if kind == "login" else pagekind.SEARCH
        m = pattern.search(parts.path)
        if m:
            end = parts.path.find("/", m.end())
            prefix = parts.path[: end if end >= 0 else len(parts.path)]
            return rf"^https?://[^/]+{re.escape(prefix)}(?:[/?#]|$)"
    if kind in ("search", "language", "calendar"):
        keys = [k for k, _ in _query_pairs(parts.query)]
        wanted = {"search": pagekind.SEARCH_KEYS, "language": pagekind.LANG_KEYS,
                  "calendar": pagekind.CAL_KEYS}[kind]  # fmt: skip
        hit = [k for k in keys if k.lower() in wanted]
        if hit:
            return r"[?&](?:" + "|".join(re.escape(k) for k in hit) + r")="
    return None


def _query_pairs(query: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(query, keep_blank_values=True)


def _hits_any(rule: Rule, samples: list[Sample], pages: list[int]) -> bool:
    pattern = re.compile(rule.regex)
    return any(pattern.search(samples[i].url) for i in pages)


def _reaches_all(samples: list[Sample], types: list[str], model: SiteModel) -> bool:
    """Following only listing and article URLs from the sample's listings reaches every
    sampled article."""
    follow = [re.compile(r.regex) for r in model.listing + model.article]
    if not follow:
        return False
    by_url = {s.url: s for s in samples}
    targets = {s.url for s, t in zip(samples, types, strict=True) if t == "article"}
    starts = [
        s.url for s, t in zip(samples, types, strict=True) if t == "listing" or is_site_root(s.url)
    ]
    seen, queue = set(starts), list(starts)
    while queue:
        page = by_url.get(queue.pop())
        if page is None:
            continue
        for url, _ in page.links:
            if url not in seen and any(p.search(url) for p in follow):
                seen.add(url)
                queue.append(url)
    return bool(targets) and targets <= seen


def _canonicals_wrong(samples: list[Sample], articles: list[int]) -> bool:
    """Most articles name a canonical that is not themselves (a portal that puts the home
    page, or another host, in every canonical link)."""
    named = [samples[i] for i in articles if samples[i].canonical]
    wrong = [s for s in named if not same_document(s.canonical or "", s.url)]
    return len(named) >= 2 and len(wrong) >= 0.8 * len(named)


def _marker(
    samples: list[Sample], types: list[str], articles: list[int], model: SiteModel
) -> Field | None:
    """``selectors.article``, when the article URL rules also take in pages of other types:
    one of the template's selectors that every article page has and those pages lack."""
    rules = [re.compile(r.regex) for r in model.article]
    others = [
        i for i, s in enumerate(samples)
        if types[i] not in ("article", "part", "not_found", *DENY_TYPES)
        and (not rules or any(p.search(s.url) for p in rules))
    ]  # fmt: skip
    if not others:
        return None
    from pipelines.inference.sample import css_of

    for name in ("title", "date", "body"):
        chosen = ", ".join(model.selectors_of(name))  # any template's element
        if not chosen:
            continue
        have = sum(1 for i in articles if css_of(samples[i].tree, chosen))
        if have == len(articles) and not any(css_of(samples[i].tree, chosen) for i in others):
            return Field(chosen, have, len(articles))
    found = _telling_selector(samples, articles, others)
    if found is not None:
        return Field(found, len(articles), len(articles))
    model.notes.append(
        f"{len(others)} non-article pages share the article URLs and no selector tells them apart"
    )
    return None


def _telling_selector(samples: list[Sample], articles: list[int], others: list[int]) -> str | None:
    """A class or id every article page has and none of ``others`` has (WordPress marks a
    post ``.type-post`` and a page ``.type-page``); the shortest, for a page-level mark."""
    from pipelines.inference.selectors import simple

    def marks(i: int) -> set[str]:
        return {m for el in samples[i].tree.iter() if isinstance(el.tag, str) for m in simple(el)}

    common = set.intersection(*(marks(i) for i in articles)) if articles else set()
    for i in others:
        common -= marks(i)
        if not common:
            return None
    return min(common, key=lambda m: (m.count("."), len(m), m)) if common else None


def _confidence(model: SiteModel, layouts: list[_Found], articles: int) -> float:
    """Article pages that agree (over :data:`MIN_ARTICLES`) times the share of them whose
    title and body the selectors find (the weakest of the two, over every template)."""
    if not articles or not layouts:
        return 0.0
    support = min(1.0, articles / MIN_ARTICLES)
    holders = [model, *model.layouts]

    def share(name: str, missing: float) -> float:
        agree = pages = 0.0
        for found, holder in zip(layouts, holders, strict=True):
            chosen = getattr(holder, name)
            weight = len(found.pages)
            agree += weight * (chosen.agree / chosen.pages if chosen and chosen.pages else missing)
            pages += weight
        return agree / pages if pages else 0.0

    explained = articles / (articles + model.unexplained)
    return round(support * explained * min(share("title", 0.5), share("body", 0.7)), 3)
