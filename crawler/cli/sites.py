"""``govarchive sites`` (list the profiles) and ``sites new|check|record``: the maintainer's
workflow for a site profile.

Fixtures live in ``tests/sites/<site-id>/``: ``<name>.html.gz`` (the page's bytes),
``<name>.json`` (the expected record) and ``<name>.meta.json`` (capture metadata: URL, fetch
time, headers). Fetching here is a maintainer's few requests (urllib, the project's User-Agent,
robots.txt not consulted: the maintainer names the pages); crawling is the spider's job.
"""

from __future__ import annotations

import gzip
import json
import re
import urllib.request
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import click
import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from config.profile import (
    ProfileError,
    SiteProfile,
    check_site_id,
    list_profiles,
    load_profile,
    load_profile_file,
)
from config.version import __version__


@click.group(invoke_without_command=True)
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


def find_profile(site_id: str) -> SiteProfile:
    """config/sites/<id>.yaml, else the fixture family's tests/sites/<id>/<id>.yaml."""
    family = FIXTURES / check_site_id(site_id) / f"{site_id}.yaml"
    return load_profile_file(family) if family.is_file() else load_profile(site_id)


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


def _show(console: Console, url: str, result: Any) -> None:
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


@sites.command("check")
@click.argument("site_id")
@click.argument("urls", nargs=-1, metavar="[URL...]")
@click.option("--live", is_flag=True, help="Fetch the URLs (or the start URLs) from the site itself; never run by tests.")
@click.option("--fixtures-dir", type=click.Path(file_okay=False, path_type=Path), default=FIXTURES,
              show_default=True, help="Where the golden fixtures are read from.")  # fmt: skip
def check(site_id: str, urls: tuple[str, ...], live: bool, fixtures_dir: Path) -> None:
    """Show what would be extracted from sample pages, field by field, with the chrome removed.

    Without --live the pages are the site's golden fixtures (tests/sites/SITE_ID/); with
    --live they are fetched (the URLs given, else the profile's start URLs).

    \b
    Example:
      govarchive sites check fx-joomla
      govarchive sites check laocai-tinhuy https://tinhuy.laocai.gov.vn/tin-tuc/a/b.html --live
    """
    from pipelines.extract import extract

    profile = find_profile(site_id)
    console = Console()
    if live:
        for url in urls or tuple(profile.start_urls):
            body, headers = fetch(url)
            _show(console, url, extract(body, url, headers, profile))
        return
    fixtures = load_fixtures(site_id, fixtures_dir)
    if not fixtures:
        raise click.ClickException(f"{site_id} has no fixtures in {fixtures_dir / site_id}")
    failed = 0
    for _, expected, meta, html in fixtures:
        if urls and meta["url"] not in urls:
            continue
        result = extract(html, meta["url"], meta["headers"], profile, fetched_at=meta["fetched_at"])
        _show(console, meta["url"], result)
        got = record_dict(result) if hasattr(result, "title") else {}
        diff = [k for k in FIELDS if got.get(k) != expected.get(k)]
        if diff:
            failed += 1
            console.print(f"[red]differs from the fixture in: {', '.join(diff)}[/red]")
    if failed:
        raise click.ClickException(f"{failed} fixture(s) differ")


@sites.command("record")
@click.argument("site_id")
@click.argument("url")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="Read the page from this file instead of fetching URL.")
@click.option("--fetched-at", help="Capture time to record (ISO 8601 UTC; default: now).")
@click.option("--name", help="Fixture file name (default: from the URL).")
@click.option("--fixtures-dir", type=click.Path(file_okay=False, path_type=Path), default=FIXTURES,
              show_default=True, help="Where the golden fixture is written.")  # fmt: skip
def record(site_id: str, url: str, html_file: Path | None, fetched_at: str | None,
           name: str | None, fixtures_dir: Path) -> None:  # fmt: skip
    """Save a golden fixture: gzipped HTML, the expected record (JSON) and capture metadata.

    Review the expected JSON by hand before committing it: it is what extraction must keep
    producing for this page.

    \b
    Example:
      govarchive sites record laocai-tinhuy https://tinhuy.laocai.gov.vn/tin-tuc/a/b.html
      govarchive sites record fx-joomla https://stnmt.hoason.gov.vn/x.html --html page.html
    """
    from pipelines.extract import extract

    profile = find_profile(site_id)
    if html_file is not None:
        body, headers = html_file.read_bytes(), {"content-type": "text/html"}
    else:
        body, headers = fetch(url)
    when = fetched_at or datetime.now(UTC).replace(microsecond=0).isoformat()
    result = extract(body, url, headers, profile, fetched_at=when)
    if not hasattr(result, "title"):
        raise click.ClickException(f"{url} is not an article for {site_id}: {result.reason}")
    folder = fixtures_dir / site_id
    folder.mkdir(parents=True, exist_ok=True)
    stem = name or fixture_name(url)
    (folder / f"{stem}.html.gz").write_bytes(gzip.compress(body, mtime=0))
    (folder / f"{stem}.json").write_text(
        json.dumps(record_dict(result), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    meta = {"url": url, "fetched_at": when, "headers": {"content-type": headers.get("content-type", "")},
            "profile_hash": profile.profile_hash, "recorded_with": USER_AGENT}  # fmt: skip
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    click.echo(f"wrote {folder / stem}.{{html.gz,json,meta.json}}")


@sites.command("new")
@click.argument("site_id")
@click.argument("url")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Profile file to write (default: config/sites/SITE_ID.yaml).")
@click.option("--force", is_flag=True, help="Overwrite an existing profile file.")
def new(site_id: str, url: str, output: Path | None, force: bool) -> None:
    """Write a starter profile from what the site shows: sitemaps, feeds, listing pages, a
    guess of the article URL pattern and of the body selector.

    It fetches robots.txt, the home page and a few linked pages (a handful of requests).
    Every guess is marked TODO: check it with `govarchive sites check SITE_ID --live`.

    \b
    Example:
      govarchive sites new sotttt-laocai https://sotttt.laocai.gov.vn/
    """
    from config.profile import SITES_DIR, profile_from_dict
    from pipelines import discover
    from pipelines.dom import parse

    check_site_id(site_id)  # before anything is fetched or written
    path = output or SITES_DIR / f"{site_id}.yaml"
    if path.exists() and not force:
        raise click.ClickException(f"{path} exists (use --force to overwrite)")
    root = f"{urlsplit(url).scheme}://{urlsplit(url).netloc}/"
    try:
        robots = fetch(urljoin(root, "/robots.txt"))[0].decode("utf-8", "replace")
    except click.ClickException:
        robots = ""
    home = fetch(url)[0].decode("utf-8", "replace")
    tree = parse(home)
    links = discover.links(home, url)
    pattern = discover.guess_article_pattern(links)
    samples = [u for u in links if pattern and re.search(pattern, u)][:3]
    bodies = [fetch(u)[0].decode("utf-8", "replace") for u in samples]
    listings = [u for u in links if u not in samples and re.search(r"tin-tuc|tintuc|news|category|danh-?sach", u)][:3]
    data: dict[str, Any] = {
        "id": site_id, "name": site_id, "base_url": root, "start_urls": [url, *listings],
        "sitemaps": discover.robots_sitemaps(robots) or [urljoin(root, "/sitemap.xml")],
        "feeds": discover.feeds(tree, url) if tree is not None else [],
        "links": {"follow": [], "article": [pattern] if pattern else [], "deny": ["/dang-nhap", "/tim-kiem"]},
        "selectors": {"body": [b] if (b := discover.guess_body_selector(bodies)) else []},
    }  # fmt: skip
    profile_from_dict(data, str(path))  # the starter must be valid
    text = (
        f"# Starter profile written by `govarchive sites new` from {url}.\n"
        "# TODO: set name; check every rule with `govarchive sites check "
        f"{site_id} --live`, then record fixtures with `govarchive sites record`.\n"
        + yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {path}: article pattern {pattern!r}, body {data['selectors']['body']}")


COMMANDS = [sites]
