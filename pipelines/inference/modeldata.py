"""The site model's data: :class:`SiteModel` and its parts, JSON and a site profile.

Apart from :mod:`.model` (the inference) so that a process that only holds, pickles or
stores a model (the crawl process, which gets each inferred model back from a worker) does
not import the inference and the page reader behind it (issue 12: about 0.1 s of CPU on a
quiet machine, a second under load, in the crawl process, for a type).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from config.profile import SiteProfile, adhoc_profile

CONFIDENT = 0.8  # confidence from which the crawl extracts with the model


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
class Layout:
    """A further article template (announcements beside news): its URL templates, how many
    sample pages show it, and its own selectors (after the main template's in the profile)."""

    rules: list[str] = field(default_factory=list)
    pages: int = 0
    title: Field | None = None
    date: Field | None = None
    author: Field | None = None
    body: Field | None = None
    lead: Field | None = None


FIELDS = ("title", "date", "author", "body", "lead")


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
    author_by_place: bool = False  # a bare name at one place (locators.py): no label, no class
    body: Field | None = None
    lead: Field | None = None
    remove: list[Field] = field(default_factory=list)
    layouts: list[Layout] = field(default_factory=list)  # further article templates
    marker: Field | None = None  # selectors.article
    unexplained: int = 0  # article-like pages (headline, date, own text) no template explains
    site_name: list[str] = field(default_factory=list)
    ignore_canonical: bool = False
    date_order: str = "auto"  # how numeric dates are written (profile date_order)
    body_recall: float = 0.0  # of the article pages' own text, inside the body selector
    body_noise: float = 0.0  # share of the body selector's text that is chrome
    confidence: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def confident(self) -> bool:
        """Enough article pages agree on the template, and every page that looks like an
        article is explained (an article template takes it, or it is known to be something
        else): a model that cannot explain its article cluster would lose articles."""
        return self.confidence >= CONFIDENT and not self.unexplained

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
        layouts = []
        for raw in data.get("layouts", []):
            for key in FIELDS:
                raw[key] = Field(**raw[key]) if raw.get(key) else None
            layouts.append(Layout(**raw))
        data["layouts"] = layouts
        return cls(**data)

    def selectors_of(self, name: str) -> list[str]:
        """The selectors of one field, the main template's first, then each layout's."""
        out = []
        for holder in (self, *self.layouts):
            chosen = getattr(holder, name)
            if chosen is not None and chosen.selector not in out:
                out.append(chosen.selector)
        return out

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
            "title": self.selectors_of("title"),
            "date": self.selectors_of("date"),
            "author": self.selectors_of("author"),
            "body": self.selectors_of("body") if self.body else [],
            "lead": self.selectors_of("lead") if self.body and own_body else [],
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
