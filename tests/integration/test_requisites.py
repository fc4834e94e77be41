"""Page requisites: captured with the article pages, once per crawl, as revisits on a re-crawl,
never from an undeclared host; a replayed article shows its image and its style in a real
browser (pywb + headless Chromium).

One fixture site (tests/fixtures/requisite_site.py) with a CDN server beside it and a third
server nobody declared, crawled twice with ``requisites: all`` (the second time with one more
article), and once each with ``images`` and ``none``; the servers are stopped before the
browser replays the WARCs, so nothing can come from them.
"""

from __future__ import annotations

import json
import socket
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler.replica import ReplicaServer
from tests.fixtures.requisite_site import LETTER_SPACING, PHOTO_SIZE, TITLE_COLOR, RequisiteSite
from tests.helpers import ROOT, rows, run_cli, write_profile
from tests.tools.cdp import Browser
from tests.tools.debian import ensure_debian_package
from tests.tools.pywb_env import add_collection, ensure_pywb, wayback

ARTIFACTS = ROOT / "test-artifacts"


@dataclass
class Crawls:
    archive: Path  # requisites: all, crawled twice (fx-requisites)
    modes: Path  # requisites: images (fx-req-images) and none (fx-req-none), once each
    origin: str  # http://127.0.0.1:PORT (no trailing slash)
    cdn: str
    results: list[subprocess.CompletedProcess[str]]
    origin_log: list[tuple[str, str, int]]  # what the site's server was asked, every crawl
    cdn_log: list[tuple[str, str, int]]
    other_log: list[tuple[str, str, int]]
    site: RequisiteSite


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def crawls(tmp_path_factory: pytest.TempPathFactory) -> Crawls:
    folder = tmp_path_factory.mktemp("requisites")
    cdn_port, other_port = _free_port(), _free_port()
    site = RequisiteSite(cdn=f"127.0.0.1:{cdn_port}", other=f"localhost:{other_port}")
    with (
        ReplicaServer(site=site.site()) as origin,
        ReplicaServer(port=cdn_port, site=site.cdn_site()) as cdn,
        ReplicaServer(port=other_port, site=site.other_site()) as other,
    ):
        profile = write_profile(site.profile(origin.base_url), folder / "sites")
        images = write_profile(site.profile(origin.base_url, "fx-req-images", requisites="images"),
                               folder / "sites")  # fmt: skip
        none = write_profile(site.profile(origin.base_url, "fx-req-none", requisites="none"),
                             folder / "sites")  # fmt: skip
        archive, modes = folder / "archive", folder / "modes"
        results = [run_cli("crawl", str(profile), "--archive", str(archive))]
        site.add_article()
        results.append(run_cli("crawl", str(profile), "--archive", str(archive)))
        results.append(run_cli("crawl", str(images), str(none), "--archive", str(modes)))
        logs = origin.request_log, cdn.request_log, other.request_log
    return Crawls(archive, modes, origin.base_url.rstrip("/"), cdn.base_url.rstrip("/"),
                  results, *logs, site)  # fmt: skip


def _stats(archive: Path, crawl_id: int) -> dict[str, int]:
    (row,) = rows(archive, "SELECT stats_json FROM crawls WHERE id = ?", crawl_id)
    stats = json.loads(row[0])
    return {k.removeprefix("govarchive/requisites/"): v for k, v in stats.items()
            if k.startswith("govarchive/requisites/")}  # fmt: skip


def test_first_crawl_captures_every_requisite_once_and_stays_finished(crawls: Crawls) -> None:
    first = crawls.results[0]
    assert first.returncode == 0, first.stdout + first.stderr  # a 404 image is no crawl error
    assert rows(crawls.archive, "SELECT status FROM crawls WHERE id = 1")[0][0] == "finished"
    o, c = crawls.origin, crawls.cdn
    captured = {(r["url"], r["status"], r["record_type"]) for r in rows(
        crawls.archive, "SELECT url, status, record_type FROM captures WHERE crawl_id = 1")}  # fmt: skip
    for url in (f"{o}/css/site.css", f"{o}/css/print.css", f"{o}/fonts/fixture.woff2",
                f"{o}/images/bg.png", f"{o}/js/app.js", f"{o}/favicon.png",
                f"{o}/images/photo-1.png", f"{o}/images/photo-2.png", f"{c}/cdn/logo.png"):  # fmt: skip
        assert (url, 200, "response") in captured, url
    assert (f"{o}/images/missing.png", 404, "response") in captured  # recorded, not an error
    assert not any("not-a-requisite" in url for url, _, _ in captured)  # a CSS comment
    # robots.txt forbids it: never asked (the refusal has a captures row, with no status)
    assert (f"{o}/private/secret.png", None, None) in captured
    assert not any("secret" in path for _, path, _ in crawls.origin_log)
    assert _stats(crawls.archive, 1) == {
        "image/requested": 7, "image/captured": 5, "image/failed": 1, "image/forbidden": 1,
        "stylesheet/requested": 2, "stylesheet/captured": 2,
        "script/requested": 1, "script/captured": 1,
        "font/requested": 1, "font/captured": 1,
        "offsite": 1,
    }  # fmt: skip
    # once per crawl: every article names the same stylesheet, logo and favicon
    asked = [path for _, path, _ in crawls.origin_log]
    assert asked.count("/css/site.css") == 2  # the two crawls with `requisites: all`
    assert asked.count("/favicon.png") == 3  # ... and the one with `images`
    assert [p for _, p, _ in crawls.cdn_log].count("/cdn/logo.png") == 3  # all, all, images
    assert crawls.other_log == []  # the undeclared host is never asked
    summary = first.stdout
    assert "requisites image: requested / captured / revisit / failed / robots.txt" in summary
    assert "7 / 5 / 0 / 1 / 1" in summary


def test_article_images_link_to_their_captures(crawls: Crawls) -> None:
    linked = {r["src"].rsplit("/", 1)[1]: r["capture_id"] for r in rows(
        crawls.archive, "SELECT i.src, i.capture_id FROM images i JOIN articles a "
        "ON a.id = i.article_id WHERE a.url LIKE '%/bai-1.html'")}  # fmt: skip
    assert linked.keys() == {"photo-1.png", "logo.png", "missing.png", "secret.png", "x.png"}
    for name in ("photo-1.png", "logo.png"):
        (capture,) = rows(crawls.archive, "SELECT url, status FROM captures WHERE id = ?",
                          linked[name])  # fmt: skip
        assert capture["url"].endswith(name) and capture["status"] == 200
    assert linked["missing.png"] is linked["secret.png"] is linked["x.png"] is None


def test_recrawl_asks_conditionally_and_writes_revisits(crawls: Crawls) -> None:
    second = crawls.results[1]
    assert second.returncode == 0, second.stdout + second.stderr
    assert _stats(crawls.archive, 2) == {
        # photo-3 new; logo, favicon 304; bg.png a new ETag but the same bytes; missing 404
        "image/requested": 6, "image/captured": 1, "image/revisit": 3, "image/failed": 1,
        "image/forbidden": 1,
        "stylesheet/requested": 2, "stylesheet/revisit": 2,  # print.css read from the archive
        "script/requested": 1, "script/revisit": 1,
        "font/requested": 1, "font/revisit": 1,
        "offsite": 1,
    }  # fmt: skip
    revisits = {r["url"].rsplit("/", 1)[1]: r for r in rows(
        crawls.archive, "SELECT c.url, c.status, c.record_type, c.payload_digest, c.content_length,"
        " w.warc_record_id AS original, w.payload_digest AS original_digest FROM captures c "
        "JOIN captures w ON w.url = c.url AND w.crawl_id = 1 AND w.record_type = 'response' "
        "WHERE c.crawl_id = 2 AND c.record_type = 'revisit' AND c.url NOT LIKE '%/robots.txt'")}  # fmt: skip
    assert set(revisits) == {"logo.png", "favicon.png", "bg.png", "site.css", "print.css",
                             "app.js", "fixture.woff2"}  # fmt: skip
    assert revisits["bg.png"]["status"] == 200  # identical payload, sent again
    assert all(r["status"] == 304 for name, r in revisits.items() if name != "bg.png")
    assert all(r["payload_digest"] == r["original_digest"] for r in revisits.values())
    conditional = [r for r in crawls.origin_log if r[1] == "/css/site.css"]
    assert conditional[-1][2] == 304
    # the revisit records point at the first crawl's responses
    from archive.warcread import iter_records

    refers = {}
    for warc in sorted((crawls.archive / "warcs").rglob("*-00002-*.warc.gz")):
        for record in iter_records(warc):
            if record.record_type == "revisit":
                refers[record.target_uri.rsplit("/", 1)[1]] = record.warc_header("WARC-Refers-To")
    assert refers.keys() >= set(revisits)
    assert all(refers[name] == revisits[name]["original"] for name in revisits)


def test_requisite_switch_images_and_none(crawls: Crawls) -> None:
    result = crawls.results[2]
    assert result.returncode == 0, result.stdout + result.stderr
    by_site = {r["site_id"]: json.loads(r["stats_json"]) for r in rows(
        crawls.modes, "SELECT site_id, stats_json FROM crawls")}  # fmt: skip
    images = {k for k in by_site["fx-req-images"] if k.startswith("govarchive/requisites/")}
    assert images and all(k.startswith(("govarchive/requisites/image/",
                                        "govarchive/requisites/offsite")) for k in images)  # fmt: skip
    assert not any("requisites" in k for k in by_site["fx-req-none"])
    fetched = {r["site_id"]: {r2["url"].split("/", 3)[3] for r2 in rows(
        crawls.modes, "SELECT url FROM captures WHERE site_id = ? AND status IS NOT NULL "
        "AND url NOT LIKE '%.html' "
        "AND url NOT LIKE '%/robots.txt' AND url NOT LIKE '%/'", r["site_id"])}
        for r in rows(crawls.modes, "SELECT DISTINCT site_id FROM captures")}  # fmt: skip
    assert fetched["fx-req-none"] == set()
    assert fetched["fx-req-images"] == {"images/photo-1.png", "images/photo-2.png",
                                        "images/photo-3.png", "cdn/logo.png", "favicon.png",
                                        "images/missing.png"}  # fmt: skip


# --- replay in a real browser ----------------------------------------------------------------


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture(scope="module")
def chromium() -> Path:
    return ensure_debian_package("chromium", "chromium")


@pytest.fixture(scope="module")
def pywb(crawls: Crawls, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """pywb serving the crawls' WARCs (collection ``fixture``), the fixture servers stopped;
    without its top frame, so the article is the page the browser shows."""
    bin_dir = ensure_pywb()
    root = tmp_path_factory.mktemp("pywb-requisites")
    (root / "config.yaml").write_text("framed_replay: false\n")
    add_collection(root, "fixture", (crawls.archive / "warcs").rglob("*.warc.gz"))
    with wayback(bin_dir, root) as base:
        yield base


def test_a_replayed_article_shows_its_image_and_its_style(
    crawls: Crawls, pywb: str, chromium: Path, tmp_path: Path
) -> None:
    (capture,) = rows(crawls.archive, "SELECT c.url, c.fetched_at FROM articles a JOIN captures "
                      "c ON c.id = a.capture_id WHERE a.url LIKE '%/bai-1.html'")  # fmt: skip
    timestamp = "".join(ch for ch in capture["fetched_at"] if ch.isdigit())[:14]
    url = f"{pywb}/fixture/{timestamp}/{capture['url']}"
    with pytest.raises(OSError):  # the site is down: whatever shows comes from the archive
        urllib.request.urlopen(capture["url"], timeout=5)
    page = """(() => {
        const img = id => { const e = document.getElementById(id);
                            return {width: e.naturalWidth, height: e.naturalHeight, src: e.currentSrc}; };
        const title = getComputedStyle(document.querySelector("h1.title"));
        return {photo: img("photo"), logo: img("logo"), missing: img("missing"),
                color: title.color, spacing: title.letterSpacing};
    })()"""
    with Browser(chromium, tmp_path / "profile", width=1024, height=900) as browser:
        browser.open(url)
        seen = browser.evaluate(page)
        shot = browser.screenshot(ARTIFACTS / "replay-article-pywb.png")
    assert (seen["photo"]["width"], seen["photo"]["height"]) == PHOTO_SIZE, seen
    assert seen["photo"]["src"].startswith(f"{pywb}/fixture/"), seen  # replayed, not live
    assert seen["logo"]["width"] == 24 and seen["logo"]["src"].startswith(pywb), seen  # the CDN's
    assert seen["missing"]["width"] == 0, seen  # never archived: no image, not a live one
    assert (seen["color"], seen["spacing"]) == (TITLE_COLOR, LETTER_SPACING), seen
    assert shot.stat().st_size > 5_000
