"""Re-crawl cost: what a second crawl costs after 5% of the articles changed.

    .venv/bin/python -m benchmarks.recrawl_cost                      # 300 articles, 5% changed
    .venv/bin/python -m benchmarks.recrawl_cost --articles 1000 --chrome-kb 40 --json

A generated portal (:mod:`benchmarks.sitegen`, the Lào Cai layout) is served on 127.0.0.1.
It is crawled once with ``govarchive crawl PROFILE --quiet``; then ``--changed`` (5%) of its
articles get a new paragraph (their bytes, ETag and text change) and it is crawled again into
the same archive. The profile re-checks **every** archived article (``recheck_days`` larger
than the site's age: the most expensive policy, the one that sees every silent edit), so the
second crawl sends one conditional request per known article and gets a 304 for each
unchanged one.

Reported for the second crawl, as a share of the first crawl's: requests (the server's own
log), bytes fetched (response bodies as received, ``captures.content_length``) and WARC
bytes added (the size on disk of the crawl's WARC files: response, revisit, request and
warcinfo records), beside the share of articles changed and the share of those changes the
re-crawl recorded as new versions. Target: WARC bytes added under 10% of the first crawl's.

``--chrome-kb N`` adds N kB of site chrome (menus, scripts: varied markup, not compressible
padding) to every page. The generated pages weigh about 6 kB of HTML; real portal pages
weigh 40-150 kB, most of it chrome, and a revisit record costs the same whatever the page
weighs, so the shares depend on it: the report gives the page weight it used.
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

from benchmarks.sitegen import NEWEST, build_generated_site
from config.profile import load_profile
from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Site

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_DIR = "/tin-tuc/tin-hoat-dong/"
CONTENT_MARK = b'<div class="content-news">'


@dataclass
class CrawlCost:
    requests: int
    bytes_fetched: int
    warc_bytes: int
    articles_new: int
    articles_changed: int
    not_modified: int
    rechecked: int
    seconds: float


def chrome(kb: int, seed: int) -> bytes:
    """``kb`` kB of menu-like markup (varied links, as a portal's mega-menu)."""
    if kb <= 0:
        return b""
    rng = random.Random(seed)
    words = ["tin", "tức", "sự", "kiện", "văn", "bản", "chỉ", "đạo", "điều", "hành", "thông", "báo", "lịch", "công", "tác", "hỏi", "đáp", "liên", "hệ"]
    parts, size = [], 0
    while size < kb * 1024:
        label = " ".join(rng.choice(words) for _ in range(rng.randint(2, 5)))
        href = f"/van-ban/muc-{rng.randint(1, 9999)}.aspx"  # not a link the profile follows
        item = f'<li class="m{rng.randint(1, 99)}"><a href="{href}" title="{label}">{label}</a></li>\n'
        parts.append(item)
        size += len(item.encode("utf-8"))
    return ('<ul class="mega-menu">\n' + "".join(parts) + "</ul>").encode("utf-8")


def add_chrome(site: Site, kb: int) -> None:
    block = chrome(kb, seed=1)  # the same chrome on every page, as on a real portal
    for path, page in list(site.pages.items()):
        if "html" in (page.header("Content-Type") or ""):
            site.pages[path] = Page(page.status, page.headers, page.body.replace(b"</body>", block + b"</body>", 1))


def change_articles(site: Site, share: float, seed: int = 7) -> list[str]:
    articles = sorted(p for p in site.pages if p.startswith(ARTICLE_DIR))
    chosen = random.Random(seed).sample(articles, max(1, round(len(articles) * share)))
    for number, path in enumerate(chosen):
        page = site.pages[path]
        assert CONTENT_MARK in page.body, path
        # a different sentence in each (a line repeated on many pages would be learned chrome)
        note = (f"<p>Bổ sung lần {number + 1}: số liệu {number * 37 + 11} hộ gia đình của xã "
                f"thứ {number + 3} được cập nhật sau khi đăng bài.</p>").encode()
        at = page.body.index(b"</p>", page.body.index(CONTENT_MARK)) + len(b"</p>")
        site.pages[path] = Page(page.status, page.headers, page.body[:at] + note + page.body[at:])
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
        rechecked=int(stats.get("govarchive/articles/rechecked", 0)), seconds=round(seconds, 1),
    )  # fmt: skip


def run(articles: int, changed: float, chrome_kb: int, window: int | None) -> dict[str, object]:
    site = build_generated_site(n_articles=articles, per_page=50)
    # window: re-check articles published less than `window` days before the newest one (the
    # profile's recheck_days as if the crawl ran just after it); None: re-check them all
    recheck_days = 100_000 if window is None else (datetime.now(UTC) - NEWEST).days + window
    add_chrome(site, chrome_kb)
    sample = next(p for p in site.pages if p.startswith(ARTICLE_DIR))
    work = Path(tempfile.mkdtemp(prefix="recrawl-cost-"))
    try:
        with ReplicaServer(site=site) as server:
            profile = load_profile("laocai-tinhuy").rebased(
                server.base_url, politeness={"delay": 0, "concurrency": 4, "autothrottle": False},
                limits={"depth": None, "max_pages": None}, recheck_days=recheck_days,
            )  # fmt: skip
            profile_path = work / "sites" / f"{profile.id}.yaml"
            profile_path.parent.mkdir(parents=True)
            import yaml

            data = profile.model_dump(mode="json", exclude={"adhoc"})
            profile_path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
            archive = work / "archive"
            first = crawl(profile_path, archive, server, 1)
            changed_paths = change_articles(site, changed)
            second = crawl(profile_path, archive, server, 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def share(a: int, b: int) -> float:
        return round(100.0 * a / b, 2) if b else 0.0

    return {
        "articles": articles,
        "recheck": "all" if window is None else f"{window} days",
        "rechecked_pct": share(second.rechecked, first.articles_new),
        "page_html_bytes": len(site.pages[sample].body),
        "articles_changed_pct": share(len(changed_paths), first.articles_new),
        "changes_recorded_pct": share(second.articles_changed, len(changed_paths)),
        "second_vs_first_pct": {
            "requests": share(second.requests, first.requests),
            "bytes_fetched": share(second.bytes_fetched, first.bytes_fetched),
            "warc_bytes_added": share(second.warc_bytes, first.warc_bytes),
        },
        "first": asdict(first),
        "second": asdict(second),
        "target_warc_pct": 10.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--changed", type=float, default=0.05, help="share of articles changed")
    parser.add_argument("--chrome-kb", type=int, default=0, help="kB of chrome added to each page")
    parser.add_argument("--window", type=int, default=None,
                        help="re-check only articles this many days younger than the newest "
                        "(default: re-check every article)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args()
    report = run(args.articles, args.changed, args.chrome_kb, args.window)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    shares = report["second_vs_first_pct"]
    print(f"{report['articles']} articles, {report['page_html_bytes']} bytes of HTML per article page, "
          f"re-check: {report['recheck']} ({report['rechecked_pct']:.0f} % of the articles)")
    print(f"articles changed:            {report['articles_changed_pct']:6.2f} %  "
          f"(recorded as new versions: {report['changes_recorded_pct']:.0f} % of them)")  # fmt: skip
    for key, label in (("requests", "requests"), ("bytes_fetched", "bytes fetched"),
                       ("warc_bytes_added", "WARC bytes added")):  # fmt: skip
        print(f"second crawl {label + ':':17s}{shares[key]:6.2f} % of the first crawl's")
    print(f"first:  {report['first']}\nsecond: {report['second']}")
    ok = shares["warc_bytes_added"] < report["target_warc_pct"]
    print(f"target WARC bytes added < {report['target_warc_pct']:.0f} %: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
