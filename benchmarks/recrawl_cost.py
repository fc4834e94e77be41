"""Re-crawl cost: what a second crawl costs after 5% of the articles changed.

    .venv/bin/python -m benchmarks.recrawl_cost                  # 1,500 articles, default mode
    .venv/bin/python -m benchmarks.recrawl_cost --modes all      # the three modes side by side
    .venv/bin/python -m benchmarks.recrawl_cost --silent-edits --chrome-kb 60 --json
    .venv/bin/python -m benchmarks.recrawl_cost --requisites all        # one setting only

A generated portal (:mod:`benchmarks.sitegen`, the Lào Cai layout, 3 articles a day: 1,500
articles are about 16 months of news) is served on 127.0.0.1. It is crawled once with
``govarchive crawl PROFILE --quiet``; then ``--changed`` (5%) of its articles, drawn from the
whole site, get a new paragraph (their bytes, ETag and text change) and it is crawled again.
Each mode starts its second crawl from a copy of the same first crawl's archive and a fresh
copy of the site, so ``--modes all`` compares the modes on identical ground:

``default``
    the realistic incremental crawl: the laocai-tinhuy profile's own policy. Articles
    younger than its ``recheck_days`` (30; counted back from the site's newest article, as
    if the second crawl ran just after it) are re-checked with a conditional request, and
    so is any older article whose sitemap ``<lastmod>`` is later than its capture
    (``recheck_lastmod``). An edit bumps the article's ``<lastmod>``, as CMSs do.
``silent-edits``
    the same policy, but the edits leave ``<lastmod>`` alone: only the edits of recent
    articles can be seen.
``recheck-all``
    ``recheck_days`` larger than the site's age: one conditional request per archived
    article (the most expensive policy, the one that sees every silent edit).

Reported for the second crawl, as a share of the first crawl's: requests (the server's own
log), bytes fetched (response bodies as received, ``captures.content_length``) and WARC
bytes added (the size on disk of the crawl's WARC files: response, revisit, request and
warcinfo records), beside the share of articles re-checked and the share of the changed
articles the re-crawl recorded as new versions (``changes_recorded_pct``). Target: WARC bytes
added under 10% of the first crawl's.

``--chrome-kb N`` adds N kB of site chrome (menus, scripts: varied markup, not compressible
padding) to every page. The generated pages weigh about 7.5 kB of HTML; real portal pages
weigh 40-150 kB, most of it chrome, and a revisit record costs the same whatever the page
weighs, so the shares depend on it: the report gives the page weight it used.

``--requisites all,none`` (the default) runs the whole comparison once per setting of the
profile's ``requisites`` switch, side by side on the same site: with ``all`` the article
pages' images, stylesheet (and the background images and web fonts it names), script and
banner go into the WARC too. The generated site's requisites weigh what a real portal's do
(:mod:`benchmarks.siteassets`: 60-180 kB photos on about 30% of the articles, a 40 kB
stylesheet, 90 kB of script, a 48 kB banner, two 40 kB fonts); on the second crawl only the
changed articles ask for theirs, each URL once, conditionally (304: a revisit record).

Measured with ``--modes all`` (2026-11-30, 1,500 articles, 75 of them changed; shares of the
first crawl's figures; "recorded": changed articles stored as new versions):

    ==========  ============  ==========  ========  ========  =============  ==========
    requisites  mode          re-checked  recorded  requests  bytes fetched  WARC added
    ==========  ============  ==========  ========  ========  =============  ==========
    all         default       10.5 %      100 %     11.9 %    0.98 %         **0.93 %**
    all         silent-edits  5.9 %       6.7 %     7.1 %     0.59 %         0.29 %
    all         recheck-all   100 %       100 %     78.7 %    0.98 %         3.5 %
    none        default       10.5 %      100 %     13.1 %    11.3 %         **7.6 %**
    none        silent-edits  5.9 %       6.7 %     8.6 %     6.8 %          2.4 %
    none        recheck-all   100 %       100 %     100 %     11.3 %         30.3 %
    ==========  ============  ==========  ========  ========  =============  ==========

First crawls: with requisites 2,007 requests and 63.3 MB of WARC (462 requisites), without
1,545 requests and 7.3 MB. The default re-crawl adds 589 kB with requisites and 549 kB
without: the 35 requisites the 75 changed articles name (stylesheet, script, fonts, banner,
photos) all answer 304 and cost 40 kB of revisit records, so the share of the first crawl
falls from 7.6 % to 0.93 %, mostly because the first crawl now holds the photos. The default
mode re-checks 88 recent articles (83 answer 304) and 70 old ones whose lastmod moved, and
records every change. Silent edits of old articles stay invisible to it: only re-checking
everything (or a longer ``recheck_days``) sees them.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from benchmarks.sitegen import NEWEST, build_generated_site, clone_site, set_lastmod
from config.profile import SiteProfile, load_profile
from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Site

ROOT = Path(__file__).resolve().parent.parent
PROFILE = "laocai-tinhuy"
ARTICLE_DIR = "/tin-tuc/tin-hoat-dong/"
CONTENT_MARK = b'<div class="content-news">'
MODES = ("default", "silent-edits", "recheck-all")
ALL_DAYS = 100_000  # recheck_days larger than any site's age
TARGET_WARC_PCT = 10.0
REQUISITES = ("all", "none")  # the profile's `requisites` settings compared, side by side


@dataclass
class CrawlCost:
    requests: int
    bytes_fetched: int
    warc_bytes: int
    articles_new: int
    articles_changed: int
    not_modified: int
    rechecked: int
    rechecked_lastmod: int
    requisites_captured: int  # new responses and revisits of page requisites
    requisites_revisits: int
    seconds: float


def chrome(kb: int, seed: int) -> bytes:
    """``kb`` kB of menu-like markup (varied links, as a portal's mega-menu)."""
    if kb <= 0:
        return b""
    rng = random.Random(seed)
    words = (
        "tin tức sự kiện văn bản chỉ đạo điều hành thông báo lịch công tác hỏi đáp liên hệ".split()
    )
    parts, size = [], 0
    while size < kb * 1024:
        label = " ".join(rng.choice(words) for _ in range(rng.randint(2, 5)))
        href = f"/van-ban/muc-{rng.randint(1, 9999)}.aspx"  # not a link the profile follows
        item = (
            f'<li class="m{rng.randint(1, 99)}"><a href="{href}" title="{label}">{label}</a></li>\n'
        )
        parts.append(item)
        size += len(item.encode("utf-8"))
    return ('<ul class="mega-menu">\n' + "".join(parts) + "</ul>").encode("utf-8")


def add_chrome(site: Site, kb: int) -> None:
    block = chrome(kb, seed=1)  # the same chrome on every page, as on a real portal
    for path, page in list(site.pages.items()):
        if "html" in (page.header("Content-Type") or ""):
            site.pages[path] = Page(
                page.status, page.headers, page.body.replace(b"</body>", block + b"</body>", 1)
            )


def change_articles(site: Site, share: float, bump_lastmod: bool, seed: int = 7) -> list[str]:
    """Add a paragraph to ``share`` of the articles (their bytes, ETag and text change); with
    ``bump_lastmod`` their sitemap ``<lastmod>`` says so, to the second, as CMSs write it."""
    articles = sorted(p for p in site.pages if p.startswith(ARTICLE_DIR))
    chosen = random.Random(seed).sample(articles, max(1, round(len(articles) * share)))
    edited_at = datetime.now(NEWEST.tzinfo)
    for number, path in enumerate(chosen):
        page = site.pages[path]
        assert CONTENT_MARK in page.body, path
        # a different sentence in each (a line repeated on many pages would be learned chrome)
        note = (
            f"<p>Bổ sung lần {number + 1}: số liệu {number * 37 + 11} hộ gia đình của xã "
            f"thứ {number + 3} được cập nhật sau khi đăng bài.</p>"
        ).encode()
        at = page.body.index(b"</p>", page.body.index(CONTENT_MARK)) + len(b"</p>")
        site.pages[path] = Page(page.status, page.headers, page.body[:at] + note + page.body[at:])
        if bump_lastmod:
            set_lastmod(site, path, edited_at)
    return chosen


def crawl(profile_path: Path, archive: Path, server: ReplicaServer, crawl_id: int) -> CrawlCost:
    mark = len(server.requests)
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "crawler.cli", "crawl", str(profile_path), "--archive", str(archive), "--quiet"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    seconds = time.monotonic() - started
    if result.returncode not in (0, 3):
        raise SystemExit(f"crawl failed ({result.returncode}): {result.stderr[-2000:]}")
    conn = sqlite3.connect(archive / "archive.db")
    try:
        (fetched,) = conn.execute(
            "SELECT COALESCE(SUM(content_length), 0) FROM captures WHERE crawl_id = ?", [crawl_id]
        ).fetchone()
        stats_json, files_json = conn.execute(
            "SELECT stats_json, warc_files_json FROM crawls WHERE id = ?", [crawl_id]
        ).fetchone()
    finally:
        conn.close()
    stats = json.loads(stats_json)
    warc_bytes = sum((archive / name).stat().st_size for name in json.loads(files_json))
    return CrawlCost(
        requests=len(server.requests) - mark, bytes_fetched=int(fetched), warc_bytes=warc_bytes,
        articles_new=int(stats.get("govarchive/articles/new", 0)),
        articles_changed=int(stats.get("govarchive/articles/changed", 0)),
        not_modified=int(stats.get("govarchive/articles/not_modified", 0)),
        rechecked=int(stats.get("govarchive/articles/rechecked", 0)),
        rechecked_lastmod=int(stats.get("govarchive/articles/rechecked_lastmod", 0)),
        requisites_captured=sum(int(v) for k, v in stats.items() if k.startswith(
            "govarchive/requisites/") and k.endswith(("/captured", "/revisit"))),
        requisites_revisits=sum(int(v) for k, v in stats.items() if k.startswith(
            "govarchive/requisites/") and k.endswith("/revisit")),
        seconds=round(seconds, 1),
    )  # fmt: skip


def write_profile(profile: SiteProfile, folder: Path) -> Path:
    path = folder / f"{profile.id}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = profile.model_dump(mode="json", exclude={"adhoc"})
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def share(a: int, b: int) -> float:
    return round(100.0 * a / b, 2) if b else 0.0


def run(
    articles: int, changed: float, chrome_kb: int, modes: list[str], window: int | None = None,
    requisites: tuple[str, ...] = REQUISITES,
) -> list[dict[str, Any]]:
    """Per ``requisites`` setting (side by side, on the same generated site): one first
    crawl, then one second crawl per mode (each from a copy of the first's archive, against a
    fresh copy of the site); a report per setting and mode."""
    site = build_generated_site(n_articles=articles, per_page=50)
    add_chrome(site, chrome_kb)
    sample = next(p for p in site.pages if p.startswith(ARTICLE_DIR))
    days = load_profile(PROFILE).recheck_days if window is None else window
    # the profile's recheck_days as if the second crawl ran just after the newest article
    since_newest = (datetime.now(UTC) - NEWEST).days
    reports = []
    work = Path(tempfile.mkdtemp(prefix="recrawl-cost-"))
    try:
        with ReplicaServer(site=clone_site(site)) as server:
            for setting in requisites:

                def profile(setting: str = setting, **updates: Any) -> SiteProfile:
                    return load_profile(PROFILE).rebased(
                        server.base_url, politeness={"delay": 0, "concurrency": 4, "autothrottle": False},
                        limits={"depth": None, "max_pages": None}, requisites=setting, **updates,
                    )  # fmt: skip

                server.site = clone_site(site)
                first_archive = work / setting / "first"
                first = crawl(write_profile(profile(), work / setting / "first-sites"),
                              first_archive, server, 1)  # fmt: skip
                print(f"requisites {setting}: first crawl {first.seconds} s", file=sys.stderr)
                for mode in modes:
                    server.site = clone_site(site)
                    archive = work / setting / mode
                    shutil.copytree(first_archive, archive)
                    recheck_days = ALL_DAYS if mode == "recheck-all" else since_newest + days
                    path = write_profile(profile(recheck_days=recheck_days),
                                         work / setting / f"{mode}-sites")  # fmt: skip
                    changed_paths = change_articles(server.site, changed, mode != "silent-edits")
                    second = crawl(path, archive, server, 2)
                    policy = "every article" if mode == "recheck-all" else f"{days} days + lastmod"
                    reports.append({
                        "mode": mode,
                        "requisites": setting,
                        "articles": articles,
                        "recheck": policy,
                        "edits_bump_lastmod": mode != "silent-edits",
                        "page_html_bytes": len(site.pages[sample].body),
                        "rechecked_pct": share(second.rechecked, first.articles_new),
                        "articles_changed_pct": share(len(changed_paths), first.articles_new),
                        "changes_recorded_pct": share(second.articles_changed, len(changed_paths)),
                        "second_vs_first_pct": {
                            "requests": share(second.requests, first.requests),
                            "bytes_fetched": share(second.bytes_fetched, first.bytes_fetched),
                            "warc_bytes_added": share(second.warc_bytes, first.warc_bytes),
                        },
                        "first": asdict(first),
                        "second": asdict(second),
                        "target_warc_pct": TARGET_WARC_PCT,
                    })  # fmt: skip
                    print(f"requisites {setting}, {mode}: second crawl {second.seconds} s",
                          file=sys.stderr)  # fmt: skip
                shutil.rmtree(work / setting, ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return reports


def print_table(reports: list[dict[str, Any]]) -> None:
    top = reports[0]
    print(f"{top['articles']} articles, {top['page_html_bytes']} bytes of HTML per article page, "
          f"{top['articles_changed_pct']:.2f} % of them changed")  # fmt: skip
    for r in reports:
        if r["mode"] == reports[0]["mode"]:
            first = r["first"]
            print(f"first crawl, requisites {r['requisites']}: {first['requests']} requests, "
                  f"{first['warc_bytes']:,} WARC bytes, {first['requisites_captured']} "
                  f"requisites captured, {first['seconds']} s")  # fmt: skip
    print()
    print(f"{'requisites':10s} {'mode':13s} {'re-check':20s} {'re-checked':>10s} "
          f"{'by lastmod':>10s} {'changes recorded':>16s} {'requests':>9s} "
          f"{'bytes fetched':>13s} {'WARC added':>10s}  target < {TARGET_WARC_PCT:.0f} %")  # fmt: skip
    for r in reports:
        shares, second = r["second_vs_first_pct"], r["second"]
        ok = shares["warc_bytes_added"] < r["target_warc_pct"]
        print(f"{r['requisites']:10s} {r['mode']:13s} {r['recheck']:20s} {r['rechecked_pct']:9.2f}% "
              f"{second['rechecked_lastmod']:10d} {r['changes_recorded_pct']:15.2f}% "
              f"{shares['requests']:8.2f}% {shares['bytes_fetched']:12.2f}% "
              f"{shares['warc_bytes_added']:9.2f}%  {'met' if ok else 'NOT met'}")  # fmt: skip
    print()
    for r in reports:
        print(f"second (requisites {r['requisites']}, {r['mode']}): {r['second']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--articles",
        type=int,
        default=1500,
        help="articles in the generated site (3 a day; default 1500)",
    )
    parser.add_argument("--changed", type=float, default=0.05, help="share of articles changed")
    parser.add_argument("--chrome-kb", type=int, default=0, help="kB of chrome added to each page")
    parser.add_argument(
        "--window",
        type=int,
        default=None,
        help="recheck_days for default and silent-edits, counted back from the "
        "newest article (default: the profile's, 30)",
    )
    parser.add_argument(
        "--silent-edits", action="store_true", help="edits do not bump the sitemap's <lastmod>"
    )
    parser.add_argument(
        "--recheck-all",
        action="store_true",
        help="re-check every archived article (the old default)",
    )
    parser.add_argument(
        "--modes",
        default=None,
        help=f"comma-separated modes run side by side ({', '.join(MODES)}) "
        "or 'all'; overrides --silent-edits / --recheck-all",
    )
    parser.add_argument(
        "--requisites",
        default=",".join(REQUISITES),
        help="comma-separated `requisites` settings run side by side (all, images, none; "
        "default: all,none)",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the report as JSON (a list of reports with --modes)",
    )
    args = parser.parse_args()
    if args.modes:
        modes = list(MODES) if args.modes == "all" else [m.strip() for m in args.modes.split(",")]
        unknown = [m for m in modes if m not in MODES]
        if unknown or not modes:
            parser.error(f"unknown mode(s) {unknown}; choose from {', '.join(MODES)} or all")
    elif args.silent_edits and args.recheck_all:
        parser.error("--silent-edits and --recheck-all are separate modes: use --modes")
    else:
        modes = ["silent-edits" if args.silent_edits else "recheck-all" if args.recheck_all
                 else "default"]  # fmt: skip
    requisites = tuple(r.strip() for r in args.requisites.split(",") if r.strip())
    if not requisites or set(requisites) - {"all", "images", "none"}:
        parser.error(f"--requisites: choose from all, images, none (got {args.requisites!r})")
    reports = run(args.articles, args.changed, args.chrome_kb, modes, args.window, requisites)
    if args.json:
        print(json.dumps(reports, indent=2))
        return
    print_table(reports)


if __name__ == "__main__":
    main()
