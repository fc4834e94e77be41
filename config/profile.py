"""Site profiles: one validated, typed model per portal (``config/sites/<site-id>.yaml``).

The pydantic model is the single source of truth for every profile field: its
``description`` texts are the field documentation (``docs/profiles.md`` is checked
against them by a test), and validation errors are turned into one readable
line naming the file and the field (:class:`ProfileError`).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import weakref
from datetime import UTC, date, datetime
from difflib import get_close_matches
from importlib import import_module
from importlib.util import module_from_spec, spec_from_file_location
from pathlib import Path
from types import ModuleType
from typing import Annotated, Any, Literal, get_args
from urllib.parse import urlsplit

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

SITES_DIR = Path(__file__).parent / "sites"
SITE_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{1,62}")  # whole string: use fullmatch
SITE_ID_RULE = "lower-case letters, digits and dashes (2-63 chars)"
#: libyaml's safe loader when PyYAML was built with it (5x faster: 3,000 profiles are read on
#: every ``run-due``), else the pure-Python one; both load the same safe subset of YAML
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: a host name (or IPv4 address), optionally with a port: what `requisite_hosts` lists
_HOST_PORT = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?")
_DOTTED = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")


class ProfileError(Exception):
    """A profile that cannot be loaded; the message names the file and the field."""


class InvalidSiteId(ProfileError, ValueError):
    """A site id that is not ``SITE_ID_RULE``: it could name a path outside the archive."""


def is_site_id(value: object) -> bool:
    """True for a valid site id (a safe file and folder name: no ``/``, ``..`` or newline)."""
    return isinstance(value, str) and SITE_ID_RE.fullmatch(value) is not None


def check_site_id(value: object, source: str = "site id") -> str:
    """The one validator of site ids from any source (profile, CLI argument, a WARC's
    ``govarchive-site``, a Scrapyd job): return ``value`` or raise :class:`InvalidSiteId`
    with a one-line message naming ``source``."""
    if not is_site_id(value):
        shown = repr(value[:80] if isinstance(value, str) else value)
        raise InvalidSiteId(f"{source} {shown} is not a valid site id: use {SITE_ID_RULE}")
    return value  # type: ignore[return-value]


def check_http_url(value: str) -> str:
    """An absolute http(s) URL with a host (a notification endpoint), else ValueError."""
    parts = urlsplit(value.strip()) if isinstance(value, str) else None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http(s) URL, got {value!r}")
    return value.strip()


def _check_regex(value: str) -> str:
    try:
        re.compile(value)
    except re.error as exc:
        raise ValueError(f"invalid regular expression {value!r}: {exc}") from None
    return value


Regex = Annotated[str, AfterValidator(_check_regex)]


def _check_css(value: str) -> str:
    from cssselect import HTMLTranslator, SelectorError

    try:
        HTMLTranslator().css_to_xpath(value)
    except SelectorError as exc:
        raise ValueError(f"invalid CSS selector {value!r}: {exc}") from None
    return value


Css = Annotated[str, AfterValidator(_check_css)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LinkRules(_Strict):
    follow: list[Regex] = Field(
        default_factory=list,
        description="URL regexes of pages to follow for discovery (listings, categories, "
        "pagination). Empty: follow every same-site link that is not denied.",
    )
    article: list[Regex] = Field(
        default_factory=list,
        description="URL regexes of article pages. Empty: decide from the page itself "
        "(date line, long body, og:type=article).",
    )
    deny: list[Regex] = Field(
        default_factory=list,
        description="URL regexes never requested (login, search, print views, calendars).",
    )


class Selectors(_Strict):
    title: list[Css] = Field(
        default_factory=list, description="CSS selectors for the article title, tried in order."
    )
    date: list[Css] = Field(
        default_factory=list,
        description="CSS selectors for the element holding the publication date line.",
    )
    author: list[Css] = Field(
        default_factory=list, description="CSS selectors for a byline element."
    )
    lead: list[Css] = Field(
        default_factory=list,
        description="CSS selectors for the sapo/lead when it is outside the body element "
        "(it is put first in the body).",
    )
    body: list[Css] = Field(
        default_factory=list,
        description="CSS selectors for the article body; the first that matches is used as is, "
        "otherwise trafilatura extracts the body from the whole page.",
    )
    remove: list[Css] = Field(
        default_factory=list,
        description="CSS selectors removed from the page before extraction (share bars, "
        "related-news boxes, counters), applied in the order given: a later selector sees "
        "the page without what earlier ones removed. A page whose body they remove entirely "
        "is refused as too_short, the detail naming the selector.",
    )
    article: list[Css] = Field(
        default_factory=list,
        description="CSS selectors that mark an article page (e.g. "
        "'.asset-full-content-title'): a page with none of them is not an article "
        "(not_article_selector); one with any of them is not checked for listing or teaser "
        "signals. Empty: decide from the page's signals.",
    )


class RuleSet(_Strict):
    """Extraction rules of an earlier version of the portal's templates."""

    valid_until: date = Field(
        description="Last day (capture date, site time zone) these rules apply to."
    )
    selectors: Selectors = Field(description="CSS selectors of that template version.")
    links: LinkRules | None = Field(
        None, description="URL rules of that version (default: the current ones)."
    )
    title_suffixes: list[str] | None = Field(
        None, description="Site-name affixes of that version (default: the current ones)."
    )


class Politeness(_Strict):
    delay: float = Field(1.0, ge=0, description="Seconds between requests to the host.")
    concurrency: int = Field(
        1, ge=1, le=16, description="Requests in flight to the host at once."
    )
    autothrottle: bool = Field(True, description="Adapt the delay to the server's latency.")


class Limits(_Strict):
    max_pages: int | None = Field(
        None, ge=1, description="Stop after this many responses (None: no limit)."
    )
    depth: int | None = Field(
        8, ge=0, description="Maximum link depth from the start URLs (None: no limit)."
    )


class SiteProfile(_Strict):
    """A portal, declared as data."""

    _folder: Path | None = PrivateAttr(None)  # where the profile file is (for `module: x.py`)

    id: str = Field(description="Site id: lower-case letters, digits and dashes; the file name.")
    name: str = Field(description="Human-readable name of the portal.")
    base_url: str = Field(description="The portal's home page, http(s) URL.")
    allowed_domains: list[str] = Field(
        default_factory=list,
        description="Host names the crawl may visit (and their subdomains), on the standard "
        "port of http/https; `host:port` for another port. Default: the host of base_url. The "
        "site is base_url's scheme, host and port plus these: a link to another port of the "
        "same host is off the site.",
    )
    start_urls: list[str] = Field(
        default_factory=list,
        description="Where discovery starts (home page, news categories); default: base_url.",
    )
    sitemaps: list[str] = Field(
        default_factory=list,
        description="Sitemap URLs; those announced in robots.txt are read as well.",
    )
    feeds: list[str] = Field(default_factory=list, description="RSS/Atom feed URLs.")
    links: LinkRules = Field(default_factory=LinkRules, description="URL rules.")
    selectors: Selectors = Field(
        default_factory=Selectors, description="CSS selectors for extraction."
    )
    politeness: Politeness = Field(
        default_factory=Politeness, description="Request pacing for this host."
    )
    limits: Limits = Field(default_factory=Limits, description="Crawl size limits.")
    timezone: str | None = Field(
        "Asia/Ho_Chi_Minh",
        description="The site's time zone (an IANA name): a date written without an offset is "
        "its wall clock, one written with an offset is stored on its clock. An ad-hoc crawl "
        "uses it only for a site that is Vietnamese (.vn host, declared or written "
        "Vietnamese); elsewhere dates are kept as written. null: the site's zone is not known "
        "(`sites new` writes it for a site that is not Vietnamese): dates are kept as written, "
        "a time without an offset stored without one (never guessed as UTC or Vietnam time); "
        "the crawler's own calendar (a capture's day for `rules`, a lastmod without a time, "
        "`schedule`) is then UTC.",
    )
    date_line: Literal["auto", "published", "updated_only"] = Field(
        "auto",
        description="How a date labelled as an update ('Cập nhật lúc 08:40 ngày 5/3/2024', "
        "'Ngày cập nhật: ...') is read. auto: it is the update date, and when the page shows "
        "no other date it is also `published_at`, with `date_basis: updated`. published: "
        "the site's update line is its publication date (`date_basis: published`). "
        "updated_only: it is only ever `updated_at` (pages with no other date get no "
        "`published_at`).",
    )
    date_order: Literal["auto", "dmy", "mdy"] = Field(
        "auto",
        description="How numeric dates are written: dmy (day first, Vietnamese usage), mdy "
        "(month first, as an ASP.NET server with an en-US culture writes '3/14/2024 10:20:35 "
        "AM'), or auto: day first unless only month first makes a date.",
    )
    language: str = Field("vi", description="Main language of the portal (ISO 639-1).")
    title_suffixes: list[str] = Field(
        default_factory=list,
        description="Site-name prefixes/suffixes stripped from <title> "
        "(e.g. 'Tỉnh ủy Lào Cai').",
    )
    schedule: str | None = Field(
        None,
        description="When `govarchive run-due` crawls the site: a cron expression (5 fields, "
        "in the profile's time zone, e.g. '0 2 * * *'). None: the default schedule "
        "(`run-due --default-schedule`).",
    )
    recheck_days: int = Field(
        30,
        ge=0,
        description="On a re-crawl, archived articles published (or first seen) less than "
        "this many days ago are re-checked with a conditional request, to catch edits and "
        "deletions; older ones are not fetched again. 0: no re-checks.",
    )
    recheck_lastmod: bool = Field(
        True,
        description="On a re-crawl, an archived article of any age whose sitemap `<lastmod>` "
        "is later than its last capture is re-checked with the same conditional request "
        "(edits of old articles are caught when the CMS bumps lastmod; recheck_days still "
        "covers silent edits of recent ones). A date without a time counts as the end of "
        "that day in `timezone`; a lastmod that is not a W3C date is counted and ignored.",
    )
    rules: list[RuleSet] = Field(
        default_factory=list,
        description="Rules of earlier template versions, each with `valid_until` (a date) and "
        "its own `selectors` (and optionally `links`, `title_suffixes`): a capture made on or "
        "before that date is extracted with the first such version, so old captures "
        "re-extract with the rules that matched them.",
    )
    module: str | None = Field(
        None,
        description="Site module for a portal that needs code (odd pagination, a JSON listing "
        "API), with the hooks of docs/adding-a-site.md: inside the checkout "
        "`config.sites.<site_id with _>`, beside the profiles; outside it, an importable dotted "
        "path (`mysites.portal_x`) or a `.py` file path, relative to the profile file or absolute.",
    )
    ignore_canonical: bool = Field(
        False,
        description="Ignore the pages' <link rel=canonical> (a portal whose canonical links "
        "all name the home page or a wrong host): records keep their own URL and no page is "
        "refused as a duplicate of its canonical.",
    )
    requisites: Literal["all", "images", "none"] = Field(
        "all",
        description="Page requisites of article pages captured into the WARC, so a replayed "
        "article looks as it did: all (images, stylesheets, scripts, fonts, and the images "
        "and fonts the stylesheets name), images (`<img>`, icons, background images in the "
        "page's own markup), none. Fetched once per crawl, after the pages, with the same "
        "politeness and robots.txt; on a re-crawl with a conditional request (a 304 becomes "
        "a revisit record). Only on the site's own hosts and `requisite_hosts`.",
    )
    requisite_hosts: list[str] = Field(
        default_factory=list,
        description="Other hosts the site's page requisites are served from (its CDN, an "
        "image host): `host` (and its subdomains, on the standard port) or `host:port`. "
        "Pages are never crawled there.",
    )
    adhoc: bool = Field(
        False, description="Set for generated profiles of ad-hoc crawls; not for files."
    )
    inferred: bool = Field(
        False,
        description="Written by `sites new` (remove it once the rules are checked): "
        "`links.article`, `links.follow` and `selectors` are the site model's evidence, "
        "not a maintainer's rules. A page they do not explain (a URL no `links.article` rule "
        "matches, no `selectors.article` element, a body, title or date selector that finds "
        "nothing) is read by the single-page path, as an ad-hoc crawl reads it, instead of "
        "being refused (warned `site_model_fallback`; a page of a `links.follow` URL is a "
        "listing when it shows no date, or while the crawl's own site model is not confident), "
        "and the crawl follows every link that is not denied.",
    )
    notify: list[Annotated[str, AfterValidator(check_http_url)]] = Field(
        default_factory=list,
        description="http(s) URLs to POST each crawl's changes to, as JSON, after the crawl "
        "(with the URLs of the `GOVARCHIVE_NOTIFY` setting; docs/operations.md, "
        "\"Notifications\"). A delivery is retried with backoff and never holds up or fails "
        "the crawl; one that cannot be made is a `failures` row (`notify_failed`).",
    )

    @field_validator("requisite_hosts")
    @classmethod
    def _valid_hosts(cls, value: list[str]) -> list[str]:
        for host in value:
            if not _HOST_PORT.fullmatch(host):
                raise ValueError(f"{host!r} is not a host name or host:port (no scheme, no path)")
        return [host.lower() for host in value]

    @field_validator("id")
    @classmethod
    def _valid_id(cls, value: str) -> str:
        if not is_site_id(value):
            raise ValueError(f"must be {SITE_ID_RULE}")
        return value

    @field_validator("base_url")
    @classmethod
    def _valid_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an http(s) URL, got {value!r}")
        return value

    @field_validator("schedule")
    @classmethod
    def _valid_schedule(cls, value: str | None) -> str | None:
        if value is None:
            return None
        problem = cron_problem(value)
        if problem:
            raise ValueError(problem)
        return value

    @field_validator("timezone")
    @classmethod
    def _valid_tz(cls, value: str | None) -> str | None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        if value is None:  # the site's zone is not known: dates kept as written
            return None
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r}") from None
        return value

    @model_validator(mode="after")
    def _defaults(self) -> SiteProfile:
        host = urlsplit(self.base_url).hostname or ""
        if not self.allowed_domains:
            object.__setattr__(self, "allowed_domains", [host])
        if not self.start_urls:
            object.__setattr__(self, "start_urls", [self.base_url])
        return self

    @field_validator("rules")
    @classmethod
    def _sorted_rules(cls, value: list[RuleSet]) -> list[RuleSet]:
        dates = [r.valid_until for r in value]
        if dates != sorted(dates) or len(set(dates)) != len(dates):
            raise ValueError("rule versions must be in increasing order of valid_until")
        return value

    @model_validator(mode="after")
    def _valid_module(self) -> SiteProfile:
        if self.module is None or self.module.endswith(".py"):
            return self
        if not _DOTTED.match(self.module):
            raise ValueError(f"module is neither a dotted module path nor a .py file: {self.module!r}")
        expected = "config.sites." + self.id.replace("-", "_")
        if self.module == "crawler.sites." + self.id.replace("-", "_"):  # stored before 0.2
            object.__setattr__(self, "module", expected)
        if self.module.startswith(("config.sites.", "crawler.sites.")) and self.module != expected:
            raise ValueError(f"module must be named after the site id: {expected!r}")
        return self

    def for_capture(self, fetched_at: datetime | date | str | None) -> SiteProfile:
        """The profile as it applied to a capture made at ``fetched_at`` (UTC when naive):
        top-level rules replaced by the first ``rules`` version still valid that day."""
        if not self.rules or fetched_at is None:
            return self
        day = _local_day(fetched_at, self.clock_zone)
        for version in self.rules:
            if day <= version.valid_until:
                update: dict[str, Any] = {"selectors": version.selectors, "rules": []}
                if version.links is not None:
                    update["links"] = version.links
                if version.title_suffixes is not None:
                    update["title_suffixes"] = version.title_suffixes
                return self.model_copy(update=update)
        return self

    def rebased(self, base_url: str, **updates: Any) -> SiteProfile:
        """The same profile served from another origin (a replica or a fixture server).

        Every URL on the profile's own hosts is moved to ``base_url``'s origin; URL rules are
        path regexes and stay as they are. ``updates`` replace top-level fields.
        """
        new = urlsplit(base_url)
        hosts = set(self.allowed_domains) | {urlsplit(self.base_url).hostname}

        def move(url: str) -> str:
            parts = urlsplit(url)
            if parts.hostname not in hosts:
                return url
            return parts._replace(scheme=new.scheme, netloc=new.netloc).geturl()

        data = self.model_dump()
        data.update(
            base_url=move(self.base_url),
            allowed_domains=[new.hostname],
            start_urls=[move(u) for u in self.start_urls],
            sitemaps=[move(u) for u in self.sitemaps],
            feeds=[move(u) for u in self.feeds],
        )
        data.update(updates)
        moved = SiteProfile.model_validate(data)
        moved._folder = self._folder
        return moved

    @property
    def clock_zone(self) -> str:
        """The zone of the crawler's own calendar for this site (a capture's day for
        ``rules``, the end of a lastmod's day, ``schedule``): ``timezone``, or UTC when the
        profile says the site's zone is not known (``timezone: null``). Dates read from
        pages never use this fallback: they are kept as written then."""
        return self.timezone or "UTC"

    @property
    def module_file(self) -> Path | None:
        """The site module's file when ``module`` is a file path (resolved against the
        profile's folder), else None."""
        if not self.module or not self.module.endswith(".py"):
            return None
        path = Path(self.module).expanduser()
        if not path.is_absolute() and self._folder is not None:
            path = self._folder / path
        return path

    @property
    def profile_hash(self) -> str:
        """Stable short hash of the profile's content, stored with every record (worked out
        once per profile object: a profile is frozen, and extraction asks twice a page)."""
        known = _HASHES.get(id(self))
        if known is not None and known[0]() is self:
            return known[1]
        # where news of changes goes is not part of how records are made
        data = self.model_dump(mode="json", exclude={"notify"})
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False)
        value = hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]
        if len(_HASHES) >= _HASHES_KEPT:
            _HASHES.clear()
        _HASHES[id(self)] = (weakref.ref(self), value)
        return value


#: profile_hash of the latest profile objects, by id (the weak reference tells a reused id)
_HASHES: dict[int, tuple[weakref.ref[SiteProfile], str]] = {}
_HASHES_KEPT = 256


def _local_day(moment: datetime | date | str, tz: str) -> date:
    from zoneinfo import ZoneInfo

    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(ZoneInfo(tz)).date()
    return moment


#: the five fields of a cron expression and their ranges, as an error names them
CRON_FIELDS = "minute 0-59, hour 0-23, day of month 1-31, month 1-12, day of week 0-7"


def cron_problem(expression: str) -> str | None:
    """Why ``expression`` is no 5-field cron expression (None: it is one). Five fields with
    one out of range ('99 2 * * *') is said so, not called "not 5-field"."""
    from croniter import croniter

    if len(expression.split()) != 5:
        return f"not a 5-field cron expression ({CRON_FIELDS}): {expression!r}"
    if not croniter.is_valid(expression):
        return f"not a valid cron expression: {expression!r} (a field out of range or malformed: {CRON_FIELDS})"
    return None


def _format_error(source: str, exc: ValidationError) -> str:
    return format_validation_error(source, "invalid site profile", exc, SiteProfile)


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    """The pydantic models a field's annotation holds (``Model``, ``list[Model]``,
    ``Model | None``, ``dict[str, Model]``...)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in get_args(annotation) for m in _models_in(arg)]


def _field_names(model: type[BaseModel], path: tuple[Any, ...]) -> list[str]:
    """The field names (as written in a file) of the model found at ``path`` under ``model``
    (list indexes and dict keys skipped); [] when the path leads to no model."""
    models = [model]
    for part in path:
        inner = []
        for current in models:
            field = next((f for name, f in current.model_fields.items()
                          if part in (name, f.alias)), None)  # fmt: skip
            inner += _models_in(field.annotation) if field is not None else [current]
        models = inner
        if not models:
            return []
    return [f.alias or name for m in models for name, f in m.model_fields.items()]


def format_validation_error(
    source: str, what: str, exc: ValidationError, model: type[BaseModel] | None = None
) -> str:
    """One line: ``<source>: <what>: field 'a.b': message; field ...`` (also used by
    :mod:`config.fleet`). An unknown field names the known one it is closest to (a typo:
    ``titel`` for ``title``) when ``model`` is the model validated."""
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"]) or "(top level)"
        msg = err["msg"]
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
            if model is not None and err["loc"] and isinstance(err["loc"][-1], str):
                known = _field_names(model, tuple(err["loc"][:-1]))
                close = get_close_matches(err["loc"][-1], known, n=1, cutoff=0.6)
                if close:
                    msg += f" (did you mean '{close[0]}'?)"
        elif err["type"] == "missing":
            msg = "required field is missing"
        msg = msg.removeprefix("Value error, ")
        parts.append(f"field '{loc}': {msg}")
    return f"{source}: {what}: " + "; ".join(parts)


def profile_from_dict(data: Any, source: str = "<profile>") -> SiteProfile:
    if not isinstance(data, dict):
        raise ProfileError(f"{source}: a site profile must be a YAML mapping of fields")
    try:
        return SiteProfile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(_format_error(source, exc)) from None


def load_profile_file(path: str | Path) -> SiteProfile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ProfileError(f"{path}: no such profile file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read profile: {exc}") from None
    try:
        data = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ProfileError(f"{path}: bad YAML{where}: {problem}") from None
    profile = profile_from_dict(data, str(path))
    if profile.id != path.stem:
        raise ProfileError(
            f"{path}: field 'id': {profile.id!r} does not match the file name {path.stem!r}"
        )
    profile._folder = path.resolve().parent
    module_file = profile.module_file
    if module_file is not None and not module_file.is_file():
        raise ProfileError(f"{path}: field 'module': no such file {str(module_file)!r}")
    return profile


def site_module(profile: SiteProfile) -> ModuleType | None:
    """The profile's site module (imported once per process), or None.

    A dotted path is imported as usual; a file path is loaded from that file under the name
    ``govarchive_site_<site id>``."""
    if not profile.module:
        return None
    path = profile.module_file
    key = str(path) if path is not None else profile.module
    if key not in _MODULES:
        if path is None:
            _MODULES[key] = import_module(profile.module)
        else:
            name = "govarchive_site_" + profile.id.replace("-", "_")
            spec = spec_from_file_location(name, path)
            if spec is None or spec.loader is None:
                raise ProfileError(f"{profile.id}: cannot load site module {str(path)!r}")
            module = module_from_spec(spec)
            sys.modules[name] = module
            spec.loader.exec_module(module)
            _MODULES[key] = module
    return _MODULES[key]


_MODULES: dict[str, ModuleType] = {}


def load_profile(site: str, sites_dir: Path | None = None) -> SiteProfile:
    """Load a profile by site id (from ``sites_dir``) or by file path."""
    if site.endswith((".yaml", ".yml")) or "/" in site:
        return load_profile_file(site)
    check_site_id(site)
    directory = sites_dir or SITES_DIR
    path = directory / f"{site}.yaml"
    if not path.exists():
        known = ", ".join(p.stem for p in sorted(directory.glob("*.yaml"))) or "none"
        raise ProfileError(f"unknown site {site!r} (known sites: {known})")
    return load_profile_file(path)


def list_profiles(sites_dir: Path | None = None) -> list[Path]:
    return sorted((sites_dir or SITES_DIR).glob("*.yaml"))


def adhoc_profile(url: str) -> SiteProfile:
    """A generic profile for crawling one host without a profile file (ad-hoc mode)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProfileError(f"{url!r} is neither a site id, a profile file nor an http(s) URL")
    host = parts.hostname
    site_id = re.sub(r"[^a-z0-9]+", "-", host.lower()).strip("-")[:63] or "adhoc"
    if parts.port:
        site_id = f"{site_id}-{parts.port}"
    root = f"{parts.scheme}://{parts.netloc}/"
    return SiteProfile(
        id=site_id,
        name=host,
        base_url=root,
        start_urls=[url],
        sitemaps=[root + "sitemap.xml"],
        adhoc=True,
    )
