"""``govarchive sites`` (list the profiles) and ``sites new|check|record|validate|model``:
the maintainer's workflow for a site profile (docs/adding-a-site.md).

``sites new`` samples the site with a short crawl (the real crawler: robots.txt, sitemaps,
politeness) into a temporary archive, whose ingest infers the site model; the profile it
amounts to is written with its evidence (:mod:`pipelines.discover`).

Fixtures live in ``tests/sites/<site-id>/``: ``<name>.html.gz`` (the page's bytes),
``<name>.json`` (the expected record) and ``<name>.meta.json`` (capture metadata: URL, fetch
time, headers); the further pages of a split article in ``<name>.parts/``. Fetching in
``check --live`` and ``record`` is a maintainer's few requests (urllib, the project's
User-Agent, robots.txt not consulted: the maintainer names the pages); crawling is the
spider's job.
"""

from __future__ import annotations

import gzip
import json
import re
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from config.profile import (
    SITES_DIR,
    ProfileError,
    SiteProfile,
    check_site_id,
    list_profiles,
    load_profile,
    load_profile_file,
)
from config.version import __version__
from crawler.cli.common import HintedGroup, archive_option, open_archive
from crawler.cli.output import format_option

if TYPE_CHECKING:  # extraction's imports: only the commands that check pages need them
    from pipelines.sitecheck import Page


@click.group(cls=HintedGroup, invoke_without_command=True)
@click.pass_context
def sites(ctx: click.Context) -> None:
    """List the site profiles in config/sites/, validated.

    \b
    Example:
      govarchive sites
    """
    if ctx.invoked_subcommand is None:
        table, ok = sites_table()
        Console().print(table)
        if not ok:
            raise click.ClickException("some profiles are invalid (see above)")


def sites_table(sites_dir: Path | None = None) -> tuple[Table, bool]:
    """The profiles of ``sites_dir``, each validated."""
    table = Table(title="Site profiles")
    for column in ("id", "name", "base URL", "status"):
        table.add_column(column, overflow="fold")
    ok = True
    for path in list_profiles(sites_dir):
        try:
            profile = load_profile(str(path))
        except ProfileError as exc:
            ok = False
            table.add_row(path.stem, "", "", f"[red]{exc}[/red]")
            continue
        table.add_row(profile.id, profile.name, profile.base_url, "[green]valid[/green]")
    return table, ok


ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "sites"
FIELDS = ("url", "title", "published_at", "date_raw", "date_precision", "updated_at", "author",
          "author_unit", "source", "lead", "body", "images", "attachments")  # fmt: skip
USER_AGENT = f"govarchive/{__version__} (site maintenance)"


def find_profile(site: str) -> SiteProfile:
    """A profile file path (``*.yaml``, or anything with a ``/``), else a site id:
    config/sites/<id>.yaml, else the fixture family's tests/sites/<id>/<id>.yaml."""
    if site.endswith((".yaml", ".yml")) or "/" in site:
        return load_profile_file(site)
    family = FIXTURES / check_site_id(site) / f"{site}.yaml"
    return load_profile_file(family) if family.is_file() else load_profile(site)


FIXTURES_HELP = ("(default: tests/sites/ of the checkout for a site id or a profile in config/sites/ "
                 "or tests/sites/; beside a profile file kept elsewhere, in ID/ next to it)")


def fixtures_home(site: str, given: Path | None) -> Path:
    """The folder holding ``ID/``, the golden fixtures of ``site`` (a site id or a profile
    file): ``given`` (--fixtures-dir); else the checkout's tests/sites/ for a site id or a
    profile in config/sites/ or tests/sites/; else the profile file's own folder, so that the
    fixtures of a profile kept outside the checkout stay with it (round 21's walk saw them
    written into the checkout's tests/sites/)."""
    if given is not None:
        return given
    if not (site.endswith((".yaml", ".yml")) or "/" in site):
        return FIXTURES
    path = Path(site).resolve()
    if path.is_relative_to(SITES_DIR.resolve()) or path.is_relative_to(FIXTURES.resolve()):
        return FIXTURES
    return path.parent


def fetch(url: str, timeout: float = 20) -> tuple[bytes, dict[str, str]]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.read(), {k.lower(): v for k, v in response.headers.items()}
    except OSError as exc:
        raise click.ClickException(f"cannot fetch {url}: {exc}") from None


def record_dict(record: Any) -> dict[str, Any]:
    data = record.to_dict()
    return {k: data[k] for k in FIELDS}


def fixture_name(url: str) -> str:
    parts = urlsplit(url)
    slug = re.sub(r"[^a-z0-9]+", "-", (parts.path + "-" + parts.query).lower()).strip("-")
    return slug[-60:].strip("-") or "home"


def load_fixtures(site_id: str, root: Path = FIXTURES) -> list[tuple[Path, dict, dict, bytes]]:
    """(path, expected, meta, html bytes) of every golden fixture of a site."""
    out = []
    for meta_path in sorted((root / site_id).glob("*.meta.json")):
        stem = meta_path.name.removesuffix(".meta.json")
        meta = json.loads(meta_path.read_text("utf-8"))
        expected = json.loads((meta_path.parent / f"{stem}.json").read_text("utf-8"))
        html = gzip.decompress((meta_path.parent / f"{stem}.html.gz").read_bytes())
        out.append((meta_path, expected, meta, html))
    return out


def fixture_parts(meta_path: Path) -> list[Page]:
    """The further pages of a split article recorded beside its fixture (``<name>.parts/``)."""
    from pipelines.sitecheck import Page  # here: extraction's imports, not every command's

    folder = meta_path.parent / (meta_path.name.removesuffix(".meta.json") + ".parts")
    parts = []
    for part_meta in sorted(folder.glob("*.meta.json")):
        meta = json.loads(part_meta.read_text("utf-8"))
        html = gzip.decompress(folder.joinpath(part_meta.name.removesuffix(".meta.json") + ".html.gz").read_bytes())
        parts.append(Page(meta["url"], html, meta["headers"], meta.get("fetched_at")))
    return parts


def write_page(folder: Path, stem: str, page: Page, extra: dict[str, Any]) -> None:
    """``<stem>.html.gz`` and ``<stem>.meta.json`` of a recorded page."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.html.gz").write_bytes(gzip.compress(page.body, mtime=0))
    meta = {"url": page.url, "fetched_at": page.fetched_at,
            "headers": {"content-type": page.headers.get("content-type", "")}, **extra}  # fmt: skip
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")


def _show(console: Console, url: str, result: Any, *, rule: bool = True) -> None:
    if rule:
        console.rule(escape(url))
    if not hasattr(result, "title"):
        console.print(f"[yellow]not an article[/yellow]: {result.reason} ({escape(result.detail)})")
        return
    data = record_dict(result)
    for name in FIELDS:
        if name == "body":
            console.print(f"[dim]body:[/dim] {len(result.body)} paragraphs, {result.word_count} words")
            for line in result.body:
                console.print(f"    {escape(line)}")
        elif data[name] not in (None, [], ""):
            console.print(f"[dim]{name}:[/dim] {escape(str(data[name]))}")
    console.print(f"[dim]removed as chrome:[/dim] {len(result.chrome_removed)}")
    for line in result.chrome_removed:
        console.print(f"    [red]- {escape(line)}[/red]")
    if result.warnings:
        console.print(f"[dim]warnings:[/dim] {', '.join(result.warnings)}")


@sites.command("validate")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
def validate(files: tuple[Path, ...]) -> None:
    """Validate profile files kept anywhere (not only in config/sites/): fields, regexes,
    CSS selectors, the site module. Exit code 1 when one is invalid.

    \b
    Example:
      govarchive sites validate ./sotttt-laocai.yaml ~/profiles/*.yaml
    """
    bad = 0
    for path in files:
        try:
            profile = load_profile_file(path)
        except ProfileError as exc:  # the message names the file and the field
            bad += 1
            click.echo(f"invalid: {exc}")
            continue
        click.echo(f"valid: {path} ({profile.id}, {profile.base_url})")
    if bad:
        raise click.ClickException(f"{bad} of {len(files)} profile(s) invalid")


def _evidence(console: Console, model: Any, source: str) -> None:
    from pipelines.sitemodel import describe

    console.rule(f"site model ({escape(source)})")
    for label, value in describe(model):
        console.print(f"[dim]{escape(label)}:[/dim] {escape(value)}")


def _stored_model(archive_dir: Path | None, site_id: str) -> Any:
    """The latest model of the site an archive holds, or None."""
    if archive_dir is None:
        return None
    from crawler.cli.common import open_archive
    from pipelines.sitemodel import load_model

    with open_archive(archive_dir) as arc:
        return load_model(arc.site_model(site_id))


@sites.command("check")
@click.argument("site")
@click.argument("urls", nargs=-1, metavar="[URL...]")
@click.option("--live", is_flag=True, help="Fetch the URLs (or the start URLs) from the site itself.")
@click.option("--force", is_flag=True, help="For a page that is not an article, show the fields it would have had.")
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Show the evidence of the site model this archive holds for the site (default: "
                   "the model inferred from the pages checked).")
@click.option("--fixtures-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the golden fixtures are read from, in ID/ " + FIXTURES_HELP + ".")  # fmt: skip
def check(site: str, urls: tuple[str, ...], live: bool, force: bool, archive_dir: Path | None,
          fixtures_dir: Path | None) -> None:  # fmt: skip
    """Show what would be extracted from sample pages, field by field, with the chrome removed,
    the site model's evidence and what it says each page is.

    SITE is a site id (config/sites/SITE.yaml, or a fixture family's profile) or a profile
    file. Without --live the pages are the site's golden fixtures (tests/sites/ID/, or ID/
    beside a profile file kept outside the checkout's config/sites/); with
    --live they are fetched (the URLs given, else the profile's start URLs). Page 1 of a
    split article is shown with its parts joined (fetched with --live, else recorded beside
    the fixture by `sites record`).

    \b
    Example:
      govarchive sites check fx-joomla
      govarchive sites check ./sotttt-laocai.yaml https://sotttt.laocai.gov.vn/tin-tuc/a.html --live --force
    """
    from pipelines.datezone import site_zone
    from pipelines.sitecheck import Page, model_of, profile_state, review

    profile = find_profile(site)
    fixtures_dir = fixtures_home(site, fixtures_dir)
    console = Console()
    if live:
        pages = [Page(url, *fetch(url)) for url in urls or tuple(profile.start_urls)]
        fixtures: list[tuple[Path | None, dict[str, Any] | None]] = [(None, None)] * len(pages)
    else:
        found = [f for f in load_fixtures(profile.id, fixtures_dir) if not urls or f[2]["url"] in urls]
        if not found:
            raise click.ClickException(
                f"no golden fixtures for {profile.id} in {fixtures_dir / profile.id}: record some "
                f"with `govarchive sites record {site} URL`, or check pages of the site with --live"
            )
        pages = [Page(m["url"], html, m["headers"], m["fetched_at"]) for _, _, m, html in found]
        fixtures = [(path, expected) for path, expected, _, _ in found]
    stored = _stored_model(archive_dir, profile.id)
    model = stored or model_of(pages, site_zone(profile))
    _evidence(console, model, f"archive {archive_dir}" if stored else f"the {len(pages)} pages checked")
    if state := profile_state(profile):
        console.print(f"[yellow]profile: {escape(state)}[/yellow]")
    failed = 0
    for page, (path, expected) in zip(pages, fixtures, strict=True):
        seen = review(page, profile, model, force=force, expected=expected, fields=FIELDS,
                      parts=fixture_parts(path) if path else (),
                      fetch=(lambda u: Page(u, *fetch(u))) if live else None)  # fmt: skip
        _show_review(console, seen, live)
        failed += bool(seen.differs)
    if failed:
        raise click.ClickException(f"{failed} fixture(s) differ")


def _show_review(console: Console, seen: Any, live: bool) -> None:
    _show(console, seen.page.url, seen.result)
    console.print(f"[dim]site model says:[/dim] {seen.kind}")
    if seen.forced is not None:
        console.print("[dim]--force: the fields it would have had as an article:[/dim]")
        _show(console, seen.page.url, seen.forced, rule=False)
    if seen.whole is not None:
        console.print(f"[dim]split article: {len(seen.result.parts) + 1} pages, {seen.parts} "
                      f"part(s) {'fetched' if live else 'recorded'}; joined:[/dim]")  # fmt: skip
        _show(console, seen.page.url, seen.whole, rule=False)
    if seen.differs:
        console.print(f"[red]differs from the fixture in: {', '.join(seen.differs)}[/red]")


@sites.command("record")
@click.argument("site")
@click.argument("url")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read the page from this file instead of fetching URL.")
@click.option("--fetched-at", help="Capture time to record (ISO 8601 UTC; default: now).")
@click.option("--name", help="Fixture file name (default: from the URL).")
@click.option("--fixtures-dir", type=click.Path(file_okay=False, path_type=Path),
              help="Where the golden fixture is written, in ID/ " + FIXTURES_HELP + ".")  # fmt: skip
def record(site: str, url: str, html_file: Path | None, fetched_at: str | None,
           name: str | None, fixtures_dir: Path | None) -> None:  # fmt: skip
    """Save a golden fixture: gzipped HTML, the expected record (JSON) and capture metadata.

    SITE is a site id or a profile file, as for `sites check`. The fixture goes to
    tests/sites/ID/ of the checkout, or to ID/ beside a profile file kept outside
    config/sites/ (--fixtures-dir to choose). The further pages of a split
    article are fetched and saved beside it (NAME.parts/), so `sites check` shows the join.
    Review the expected JSON by hand before committing it: it is what extraction must keep
    producing for this page.

    \b
    Example:
      govarchive sites record laocai-tinhuy https://tinhuy.laocai.gov.vn/tin-tuc/a/b.html
      govarchive sites record ./fx-joomla.yaml https://stnmt.hoason.gov.vn/x.html --html page.html
    """
    from pipelines.sitecheck import Page, check_page

    profile = find_profile(site)
    fixtures_dir = fixtures_home(site, fixtures_dir)
    if html_file is not None:
        body, headers = html_file.read_bytes(), {"content-type": "text/html"}
    else:
        body, headers = fetch(url)
    when = fetched_at or datetime.now(UTC).replace(microsecond=0).isoformat()
    page = Page(url, body, headers, when)
    result = check_page(page, profile)
    if not hasattr(result, "title"):
        raise click.ClickException(f"{url} is not an article for {profile.id}: {result.reason}")
    folder = fixtures_dir / profile.id
    stem = name or fixture_name(url)
    extra = {"profile_hash": profile.profile_hash, "recorded_with": USER_AGENT}
    write_page(folder, stem, page, extra)
    (folder / f"{stem}.json").write_text(
        json.dumps(record_dict(result), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    click.echo(f"wrote {folder / stem}.{{html.gz,json,meta.json}}")
    if result.parts and html_file is None:
        for number, part_url in enumerate(result.parts, start=2):
            write_page(folder / f"{stem}.parts", f"part-{number}", Page(part_url, *fetch(part_url), when), extra)
        click.echo(f"wrote {len(result.parts)} further page(s) of the article in {folder / stem}.parts/")


@sites.command("new")
@click.argument("site_id")
@click.argument("url")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Profile file to write (default: SITE_ID.yaml in --sites-dir).")
@click.option("--sites-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder the profile is written to, as SITE_ID.yaml (not the checkout's config/sites/ unless you say so).")
@click.option("--pages", type=click.IntRange(min=10), default=120, show_default=True,
              help="Pages the sampling crawl fetches at most.")
@click.option("--delay", type=click.FloatRange(min=0), help="Seconds between requests of the sampling crawl (default: the polite default).")
@click.option("--archive", "archive_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Keep the sampling crawl in this archive (default: a temporary one, removed).")
@click.option("--force", is_flag=True, help="Overwrite an existing profile file.")
def new(site_id: str, url: str, output: Path | None, sites_dir: Path, pages: int,
        delay: float | None, archive_dir: Path | None, force: bool) -> None:  # fmt: skip
    """Write the profile the site's own pages say it has: sample the site with a short, polite
    crawl (robots.txt, sitemaps, listings, at most --pages pages), infer its site model (page
    types, the article template's URL rules and selectors) and write it as a profile, with
    the evidence and the confidence as comments. A page that fails or is missing is counted,
    never a reason to stop. Check the result with `govarchive sites check`.

    \b
    Example:
      govarchive sites new sotttt-laocai https://sotttt.laocai.gov.vn/
      govarchive sites new sotttt-laocai https://sotttt.laocai.gov.vn/ -o config/sites/sotttt-laocai.yaml
    """
    import tempfile

    from crawler.cli.crawl import run_with_display
    from pipelines.discover import probe_profile, starter

    check_site_id(site_id)  # before anything is fetched or written
    path = output or sites_dir / f"{site_id}.yaml"
    if path.exists() and not force:
        raise click.ClickException(f"{path} exists (use --force to overwrite)")
    overrides: dict[str, Any] = {"CLOSESPIDER_PAGECOUNT": pages}
    if delay is not None:
        overrides["DOWNLOAD_DELAY"] = delay
    with tempfile.TemporaryDirectory(prefix="govarchive-sample-") as scratch:
        folder = archive_dir or Path(scratch)
        (summary,) = run_with_display([probe_profile(site_id, url)], folder, overrides)
        if summary.crawl_id is None:
            raise click.ClickException(f"the sampling crawl of {url} did not run: {summary.finish_reason}")
        found = starter(folder, site_id, url, summary.crawl_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(found.text, encoding="utf-8")
    state = "no site model" if found.model is None else (
        f"site model {'confident' if found.model.confident else 'NOT confident'} "
        f"({found.model.confidence:.2f})")  # fmt: skip
    zone = ("timezone Asia/Ho_Chi_Minh" if found.vietnamese else
            "timezone null (not a Vietnamese site: dates kept as written; name its zone if known)")  # fmt: skip
    click.echo(f"wrote {path}: {state}; {zone}; {found.pages} pages sampled, {found.missing} not found")


@sites.command("model")
@click.argument("site_id")
@archive_option
@format_option("yaml", "json", default="yaml",
               help="The profile it amounts to (YAML, evidence as comments), or the stored "
                    "model itself (one JSON document, with every page's type).")
@click.option("--json", "as_json", is_flag=True, hidden=True,
              help="Former spelling of --format json.")
def model(site_id: str, archive_dir: Path, fmt: str, as_json: bool) -> None:
    """Print the profile the site model an archive holds for SITE_ID amounts to (the latest a
    crawl, rebuild, import-warc or reextract inferred), with its evidence as comments.

    \b
    Example:
      govarchive sites model laocai-tinhuy --archive ./archive
      govarchive sites model 127-0-0-1-8080 --format json
    """
    from pipelines.discover import model_profile

    with open_archive(archive_dir) as arc:
        stored = arc.site_model(check_site_id(site_id))
        if stored is None:
            raise click.ClickException(f"{archive_dir} holds no site model of {site_id}")
        as_json = as_json or fmt == "json"
        click.echo(stored.model_json if as_json else model_profile(arc, stored), nl=True)


COMMANDS = [sites]
