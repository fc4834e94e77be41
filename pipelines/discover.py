"""The profile a site's inferred model amounts to, written for a maintainer: ``govarchive
sites new`` (after a short sampling crawl, whose ingest infers the model) and ``govarchive
sites model`` (the model an archive holds).

:func:`starter` reads a sampling crawl back from its archive: the site model the crawl
inferred, the sitemaps robots.txt announces (those that answered), the feeds the start page
links to, and how many sampled pages were missing. :func:`profile_yaml` writes a profile as
YAML with the evidence beside each rule and selector (how many sampled pages agree) and the
model's confidence on top; it is loaded back and validated before it is returned.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import yaml
from lxml.html import HtmlElement

from archive.db import archive_paths, open_db
from archive.errors import ArchiveError
from archive.sitemodels import Fetched, crawl_captures, crawl_site_model
from archive.warcread import WarcReadError, read_record
from config.profile import ProfileError, SiteProfile, adhoc_profile, profile_from_dict
from pipelines.datezone import vietnamese_document
from pipelines.dom import parse
from pipelines.inference import SiteModel
from pipelines.sitemodel import describe, load_model
from pipelines.urls import canonicalize


def probe_profile(site_id: str, url: str) -> SiteProfile:
    """The ad-hoc profile a sampling crawl of ``url`` runs with, under the id ``site_id``."""
    return adhoc_profile(url).model_copy(update={"id": site_id, "name": site_id})


def robots_sitemaps(robots_txt: str) -> list[str]:
    """The ``Sitemap:`` URLs of a robots.txt."""
    return [
        line.split(":", 1)[1].strip()
        for line in robots_txt.splitlines()
        if line.lower().startswith("sitemap:") and line.split(":", 1)[1].strip()
    ]


def feeds(tree: HtmlElement, base: str) -> list[str]:
    """The RSS/Atom feeds a page announces (``<link type="application/rss+xml">``)."""
    out = []
    for link in tree.iter("link"):
        kind = (link.get("type") or "").lower()
        href = link.get("href")
        if href and ("rss" in kind or "atom" in kind):
            out.append(urljoin(base, href))
    return out


@dataclass
class Starter:
    """What a sampling crawl gives a new profile."""

    profile: SiteProfile
    model: SiteModel | None
    pages: int  # responses fetched
    statuses: Counter[int] = field(default_factory=Counter)  # responses by HTTP status
    text: str = ""  # the profile as YAML, with the evidence
    vietnamese: str | None = None  # why the site is Vietnamese (its timezone written), or None

    @property
    def missing(self) -> int:
        """Sampled pages that were not there (404, 410): counted, never a reason to stop."""
        return self.statuses.get(404, 0) + self.statuses.get(410, 0)


def starter(archive_dir: Path, site_id: str, url: str, crawl_id: int) -> Starter:
    """The profile crawl ``crawl_id`` of ``archive_dir`` (a sampling crawl of ``url``) says
    ``site_id`` has. :raises ArchiveError: the archive or the crawl is not there."""
    db = open_db(archive_paths(archive_dir).db, create=False)
    try:
        fetched = crawl_captures(db, crawl_id)
        model = load_model(crawl_site_model(db, crawl_id))
    finally:
        db.close()
    if not fetched:
        raise ArchiveError(f"the sampling crawl of {url} fetched nothing")
    root = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}/"
    ok = {canonicalize(f.url) for f in fetched if f.status == 200}
    robots = _text(archive_dir, fetched, urljoin(root, "/robots.txt"))
    announced = robots_sitemaps(robots) if robots else []
    sitemaps = [u for u in announced if canonicalize(u) in ok]
    guessed = urljoin(root, "/sitemap.xml")
    if not sitemaps and canonicalize(guessed) in ok:
        sitemaps = [guessed]
    home = _text(archive_dir, fetched, url)
    tree = parse(home) if home else None
    vietnamese = sampled_vietnamese(archive_dir, fetched, url)
    zone = {} if vietnamese else {"timezone": None}  # not Vietnamese: its zone is not known
    base = SiteProfile(
        id=site_id, name=site_id, base_url=root, start_urls=[url], sitemaps=sitemaps,
        feeds=feeds(tree, url) if tree is not None else [], **zone,
    )  # fmt: skip
    profile = written_profile(base, model) if model is not None else base
    found = Starter(profile, model, len(fetched), Counter(f.status for f in fetched if f.status))
    found.vietnamese = vietnamese
    notes = [f"sampled {found.pages} pages of {url}"]
    if found.missing:
        notes.append(f"{found.missing} sampled pages were not found (404/410): left out")
    found.text = profile_yaml(profile, model, notes, vietnamese=found.vietnamese)
    return found


LANGUAGE_SAMPLE = 8  # sampled HTML pages read to tell whether the site is Vietnamese


def sampled_vietnamese(archive_dir: Path, fetched: list[Fetched], url: str) -> str | None:
    """Why the sampled site is Vietnamese (its zone is then known: Asia/Ho_Chi_Minh), or
    None when it plainly is not: no ``.vn`` host, and none of the first
    :data:`LANGUAGE_SAMPLE` HTML pages declares or is written in Vietnamese
    (:func:`pipelines.datezone.vietnamese_document`, the rule an ad-hoc crawl's dates follow)."""
    if (urlsplit(url).hostname or "").lower().endswith(".vn"):
        return "a .vn host"
    pages = [f for f in fetched if f.status == 200 and "html" in (f.content_type or "").lower()]
    for page in pages[:LANGUAGE_SAMPLE]:
        tree = parse(_text(archive_dir, [page], page.url))
        if tree is not None and vietnamese_document(page.url, tree):
            return f"{page.url} is Vietnamese"
    return None


def written_profile(base: SiteProfile, model: SiteModel) -> SiteProfile:
    """The profile ``sites new`` writes: ``model``'s rules and selectors under ``base``,
    marked ``inferred`` (they are the model's evidence until a maintainer has checked them:
    a crawl reads a page they do not explain with the single-page path, and follows every
    link that is not denied)."""
    return model.to_profile(base.model_copy(update={"inferred": True}))


def _text(archive_dir: Path, fetched: list[Fetched], url: str) -> str:
    """The text of the page ``url`` as the crawl fetched it (status 200), or ""."""
    want = canonicalize(url)
    for page in fetched:
        if canonicalize(page.url) == want and page.status == 200 and page.warc_file:
            try:
                record = read_record(archive_dir, page.warc_file, page.offset or 0, check_digests=False)
            except (OSError, WarcReadError):
                return ""
            return record.payload.decode("utf-8", "replace")
    return ""


def model_profile(archive: Any, stored: Any) -> str:
    """The profile a stored site model amounts to (``govarchive sites model``): the model's
    rules and selectors over the site's own profile (or its base URL), as YAML with the
    evidence. ``archive``: an :class:`archive.Archive`; ``stored``: a
    :class:`archive.sitemodels.StoredModel` of it."""
    model = load_model(stored)
    if model is None:
        raise ArchiveError(f"the stored site model of {stored.site_id} is not readable")
    try:
        base = archive.site_profile(stored.site_id)
    except (ArchiveError, ProfileError):
        base = None
    if base is None or base.adhoc:
        root = next(iter(model.page_types), None) or ""
        parts = urlsplit(base.base_url if base is not None else root)
        base = SiteProfile(id=stored.site_id, name=stored.site_id,
                           base_url=f"{parts.scheme}://{parts.netloc}/")  # fmt: skip
    crawl = f"crawl {stored.crawl_id}" if stored.crawl_id else "an offline ingest"
    note = f"site model stored {stored.created_at} by {crawl}"
    if not base.links.article and not base.selectors.article:  # the model classifies pages
        return profile_yaml(written_profile(base, model), model, [note])
    return profile_yaml(model.to_profile(base), model, [note])


# --- the profile as YAML, with its evidence ------------------------------------------------------

#: top-level fields written (in this order) when they differ from an empty profile
WRITTEN = ("id", "name", "inferred", "base_url", "start_urls", "sitemaps", "feeds", "timezone", "links",
           "selectors", "title_suffixes", "date_order", "ignore_canonical")  # fmt: skip


#: the comment above ``inferred: true``
UNCHECKED = (
    "# The URL rules and selectors below are the site model's evidence, not checked rules: a",
    "# crawl reads a page they do not explain with the single-page path (site_model_fallback)",
    "# and follows every link that is not denied. Remove the next line once you have checked them.",
)
#: written above ``timezone: null`` when the sampled site is plainly not Vietnamese
NO_ZONE = (
    "# The sampled pages are not Vietnamese (no .vn host, none declares or is written in",
    "# Vietnamese), so Asia/Ho_Chi_Minh (the default) is not the site's zone, and the pages do",
    "# not say which is: null keeps dates as the pages write them (a time without an offset is",
    "# stored without one). Name the zone if you know it (an IANA name: timezone: Europe/London).",
)
WHY = {
    "date_order": "how the article pages' numeric dates read",
    "ignore_canonical": "most article pages name another URL as canonical: check that it is wrong",
}


def profile_yaml(
    profile: SiteProfile, model: SiteModel | None, notes: Sequence[str] = (),
    vietnamese: str | None | bool = False,
) -> str:
    """``profile`` as a profile file: the fields a maintainer sets, each URL rule and
    selector with the model's evidence as a comment, the model's confidence on top. The text
    is loaded back and validated (:class:`config.profile.ProfileError` if it were invalid).

    ``vietnamese`` (``sites new``): why the sampled site is Vietnamese, its ``timezone`` then
    written with that reason; None: the site is plainly not, ``timezone: null`` (its zone
    is not known: dates kept as written) is written with a comment saying so; False
    (``sites model``): the zone is not written.
    """  # fmt: skip
    lines = [f"# Site profile written by govarchive from the site's own pages ({profile.id})."]
    lines += [f"# {note}" for note in notes]
    if model is None:
        lines.append("# No site model could be inferred: set links and selectors by hand.")
    else:
        lines += [f"# {label}: {value}" for label, value in describe(model)]
        if not model.confident:
            lines.append("# NOT CONFIDENT: check every rule and selector below before use.")
    lines.append("# Check it with `govarchive sites check`, then record fixtures with "
                 "`govarchive sites record`.")  # fmt: skip
    data = profile.model_dump(mode="json")
    evidence = _evidence(model) if model is not None else {}
    for name in WRITTEN:
        value = data[name]
        if name in ("links", "selectors"):
            lines += _section(name, value, evidence)
        elif name == "inferred":
            lines += [*UNCHECKED, _dump({name: value})] if value else []
        elif name == "timezone":
            if isinstance(vietnamese, str):
                lines.append(_dump({name: value}) + f"  # the site is Vietnamese: {vietnamese}")
            elif vietnamese is None:
                lines += [*NO_ZONE, _dump({name: None})]
        elif name in ("date_order", "ignore_canonical"):
            if value != SiteProfile.model_fields[name].default:
                note = WHY.get(name) if model is not None else None
                lines.append(_dump({name: value}) + (f"  # {note}" if note else ""))
        elif value or name in ("id", "name", "base_url"):
            lines.append(_dump({name: value}))
    text = "\n".join(lines) + "\n"
    profile_from_dict(yaml.safe_load(text), f"profile of {profile.id}")
    return text


def _dump(value: Any) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=200).rstrip("\n")


def _section(name: str, value: dict[str, list[str]], evidence: dict[tuple[str, str], str]) -> list[str]:
    entries = {k: v for k, v in value.items() if v}
    if not entries:
        return []
    out = [f"{name}:"]
    for key, items in entries.items():
        out.append(f"  {key}:")
        for item in items:
            line = "  " + _dump([item])
            note = evidence.get((key, item))
            out.append(f"{line}  # {note}" if note else line)
    return out


def _evidence(model: SiteModel) -> dict[tuple[str, str], str]:
    """(profile key, value) -> a comment saying what supports it."""
    found: dict[tuple[str, str], str] = {}
    for rule in model.article:
        found[("article", rule.regex)] = (
            f"{rule.template}: {rule.agree} of {rule.pages} sampled pages are articles"
        )
    for rule in model.listing:
        found[("follow", rule.regex)] = f"{rule.template}: {rule.agree} listing pages"
    for rule in model.deny:
        found[("deny", rule.regex)] = f"{rule.kind}: {rule.pages} sampled pages"
    for key in ("title", "date", "author", "body", "lead"):
        chosen = getattr(model, key)
        if chosen is not None:
            found[(key, chosen.selector)] = f"agrees on {chosen.agree} of {chosen.pages} article pages"
    if model.author is not None and model.author_by_place:
        found[("author", model.author.selector)] += " (its place: a bare name, no label or class)"
    for chosen in model.remove:
        found[("remove", chosen.selector)] = f"chrome on {chosen.agree} of {chosen.pages} article pages"
    if model.marker is not None:
        found[("article", model.marker.selector)] = (
            f"every article page has it ({model.marker.agree}), no other page does"
        )
    return found
