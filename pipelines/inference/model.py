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

import json
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from config.profile import SiteProfile, adhoc_profile
from pipelines.inference import pagetypes, template
from pipelines.inference.sample import Sample, read_sample
from pipelines.inference.selectors import Choice
from pipelines.inference.urlshape import Template, group_urls
from pipelines.urls import is_site_root, same_document

MIN_ARTICLES = 5  # article pages that agree before the model is confident
DENY_TYPES = ("print", "search", "login", "tag", "calendar", "language")
MAX_ARTICLE_RULES = 8


@dataclass
class Rule:
    """A URL template of one page type, with the sample pages that show it."""

    kind: str
    regex: str
    template: str
    pages: int  # sample pages of this template
    agree: int  # ... of that type
    examples: list[str] = field(default_factory=list)


@dataclass
class Field:
    """A selector and how many of the article pages it was tried on agree with it."""

    selector: str
    agree: int
    pages: int


@dataclass
class SiteModel:
    pages: int = 0  # pages read
    types: dict[str, int] = field(default_factory=dict)  # pages per type
    page_types: dict[str, str] = field(default_factory=dict)  # URL -> type
    article: list[Rule] = field(default_factory=list)
    listing: list[Rule] = field(default_factory=list)
    deny: list[Rule] = field(default_factory=list)
    follow_complete: bool = False  # listing + article rules reach every sampled article
    title: Field | None = None
    date: Field | None = None
    author: Field | None = None
    body: Field | None = None
    lead: Field | None = None
    remove: list[Field] = field(default_factory=list)
    marker: Field | None = None  # selectors.article
    site_name: list[str] = field(default_factory=list)
    ignore_canonical: bool = False
    date_order: str = "auto"  # how numeric dates are written (profile date_order)
    body_recall: float = 0.0  # of the article pages' own text, inside the body selector
    body_noise: float = 0.0  # share of the body selector's text that is chrome
    confidence: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def confident(self) -> bool:
        return self.confidence >= 0.8

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> SiteModel:
        data = json.loads(text)
        for key in ("article", "listing", "deny"):
            data[key] = [Rule(**r) for r in data.get(key, [])]
        for key in ("title", "date", "author", "body", "lead", "marker"):
            data[key] = Field(**data[key]) if data.get(key) else None
        data["remove"] = [Field(**r) for r in data.get("remove", [])]
        return cls(**data)

    def to_profile(self, base: SiteProfile | str) -> SiteProfile:
        """A site profile with this model's rules and selectors, merged under ``base``: the
        profile (or the site's URL, for an ad-hoc profile) whose fields are kept, and whose
        links and selectors win where it sets them (a hand profile's body selector is never
        replaced by an inferred one). The model's ``remove`` and ``lead`` go with its body
        selector, its ``selectors.article`` with its article URL rules."""
        profile = adhoc_profile(base) if isinstance(base, str) else base
        hand_sel, hand_links = profile.selectors, profile.links
        own_body = not hand_sel.body
        own_articles = not hand_links.article
        inferred: dict[str, Any] = {
            "title": [self.title.selector] if self.title else [],
            "date": [self.date.selector] if self.date else [],
            "author": [self.author.selector] if self.author else [],
            "body": [self.body.selector] if self.body else [],
            "lead": [self.lead.selector] if self.lead and own_body else [],
            "remove": [r.selector for r in self.remove] if own_body else [],
            "article": [self.marker.selector] if self.marker and own_articles else [],
        }
        selectors = {k: getattr(hand_sel, k) or v for k, v in inferred.items()}
        links = {
            "article": hand_links.article or [r.regex for r in self.article],
            "follow": hand_links.follow
            or ([r.regex for r in self.listing] if self.follow_complete else []),
            "deny": hand_links.deny or [r.regex for r in self.deny],
        }
        data = profile.model_dump()
        data.update(
            links=links,
            selectors=selectors,
            title_suffixes=sorted(set(profile.title_suffixes) | set(self.site_name)),
            ignore_canonical=self.ignore_canonical or profile.ignore_canonical,
            date_order=profile.date_order if profile.date_order != "auto" else self.date_order,
        )
        moved = SiteProfile.model_validate(data)
        moved._folder = profile._folder  # noqa: SLF001 - the same profile, new rules
        return moved


def infer(
    pages: Sequence[tuple[str, bytes, Mapping[str, str]]], tz: str = "Asia/Ho_Chi_Minh"
) -> SiteModel:
    """The site model of a sample of one site's pages."""
    samples = [s for s in (read_sample(u, b, h) for u, b, h in pages) if s is not None]
    model = SiteModel(pages=len(samples))
    if not samples:
        model.notes.append("no readable HTML page")
        return model
    evidence = pagetypes.page_facts(samples, tz)
    groups = group_urls([s.url for s in samples])
    types, article_groups = pagetypes.assign_types(samples, evidence.facts, groups)
    article_groups = _one_template(samples, evidence, groups, article_groups, types, tz)
    model.types = dict(Counter(types))
    model.page_types = {s.url: t for s, t in zip(samples, types, strict=True)}
    model.site_name = evidence.affixes
    articles = [i for i, t in enumerate(types) if t == "article"]
    model.article = _article_rules(groups, article_groups, types, samples)
    model.listing = _rules(groups, types, samples, ("listing",))
    model.deny = [
        r for r in _deny_rules(groups, types, samples) if not _hits_any(r, samples, articles)
    ]
    model.follow_complete = _reaches_all(samples, types, model)
    model.ignore_canonical = _canonicals_wrong(samples, articles)
    if articles:
        learned = template.learn(
            samples, evidence.facts, articles, evidence.owners, evidence.group, evidence.chrome, tz
        )
        _fields(model, learned)
        articles = _off_template(samples, types, articles, model)
        model.types = dict(Counter(types))
        model.page_types = {s.url: t for s, t in zip(samples, types, strict=True)}
        model.marker = _marker(samples, types, articles, model)
    model.confidence = _confidence(model, len(articles))
    return model


TEMPLATE_AGREE = 0.8  # pages of another URL template the main article template must fit


def _one_template(
    samples: list[Sample], evidence: pagetypes.Evidence, groups: list[tuple[Template, list[int]]],
    article_groups: list[int], types: list[str], tz: str,
) -> list[int]:  # fmt: skip
    """The article templates that are one template: the largest article URL template gives
    the title and body selectors; another URL template stays an article template only when
    they find its pages' headlines and text too (a "Hỏi đáp" question, a document page or a
    photo page with a headline and a date are not the news articles' template)."""
    if len(article_groups) < 2:
        return article_groups
    pages = {g: [m for m in groups[g][1] if types[m] == "article"] for g in article_groups}
    main = max(article_groups, key=lambda g: len(pages[g]))
    if len(pages[main]) < 2:
        return article_groups
    learned = template.learn(
        samples, evidence.facts, pages[main], evidence.owners, evidence.group, evidence.chrome, tz
    )
    kept = [main]
    for g in article_groups:
        if g == main:
            continue
        fits = sum(_fits(samples[m], evidence.facts[m], learned) for m in pages[g])
        if fits >= TEMPLATE_AGREE * len(pages[g]):
            kept.append(g)
        else:
            for m in pages[g]:
                types[m] = "other"
    return sorted(kept)


def _fits(sample: Sample, facts: pagetypes.Facts, learned: template.Template) -> bool:
    from pipelines.dom import css, text_of

    if learned.title is not None:
        found = css(sample.tree, learned.title.selector)
        if not found or text_of(found[0]) != facts.headline_text:
            return False
    if learned.body is not None and not css(sample.tree, learned.body.selector):
        return False
    return True


def _off_template(samples: list[Sample], types: list[str], articles: list[int], model: SiteModel) -> list[int]:
    """Pages typed article that lack the template's date element, which the others have at
    one place ("Lịch tiếp công dân", a static page full of dates, among the posts): not the
    article template, whatever dates their text holds."""
    from pipelines.dom import css

    if model.date is None or model.date.agree == model.date.pages:
        return articles
    kept = []
    for i in articles:
        if css(samples[i].tree, model.date.selector):
            kept.append(i)
        else:
            types[i] = "other"
    model.date = Field(model.date.selector, model.date.agree, len(kept))
    return kept


def _field(choice: Choice | None) -> Field | None:
    return Field(choice.selector, choice.hits, choice.pages) if choice is not None else None


def _fields(model: SiteModel, learned: template.Template) -> None:
    model.title = _field(learned.title)
    model.date_order = learned.date_order
    model.date = _field(learned.date)
    model.author = _field(learned.author)
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
        m = pagetypes._TAG.search(parts.path + "/")  # noqa: SLF001
        return rf"^https?://[^/]+{re.escape(parts.path[: m.end()])}" if m else None
    if kind in ("login", "search"):
        pattern = pagetypes._LOGIN if kind == "login" else pagetypes._SEARCH  # noqa: SLF001
        m = pattern.search(parts.path)
        if m:
            end = parts.path.find("/", m.end())
            prefix = parts.path[: end if end >= 0 else len(parts.path)]
            return rf"^https?://[^/]+{re.escape(prefix)}(?:[/?#]|$)"
    if kind in ("search", "language", "calendar"):
        keys = [k for k, _ in _query_pairs(parts.query)]
        wanted = {"search": pagetypes._SEARCH_KEYS, "language": pagetypes._LANG_KEYS,  # noqa: SLF001
                  "calendar": pagetypes._CAL_KEYS}[kind]  # noqa: SLF001  # fmt: skip
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
    from pipelines.dom import css

    for chosen in (model.title, model.date, model.body):
        if chosen is None:
            continue
        have = sum(1 for i in articles if css(samples[i].tree, chosen.selector))
        if have == len(articles) and not any(css(samples[i].tree, chosen.selector) for i in others):
            return Field(chosen.selector, have, len(articles))
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


def _confidence(model: SiteModel, articles: int) -> float:
    if not articles:
        return 0.0
    support = min(1.0, articles / MIN_ARTICLES)
    title = model.title.agree / model.title.pages if model.title else 0.5
    body = model.body.agree / model.body.pages if model.body else 0.7
    return round(support * min(title, body), 3)
