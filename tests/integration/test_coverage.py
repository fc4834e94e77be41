"""Nothing lost: canonical links, Liferay pagination, ad-hoc calendars, other ports, the outcome
of robots.txt refusals and missing probes, redirect loops. Each crawl runs against loopback
sites served by the test itself."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

import pytest

from config.profile import SiteProfile
from crawler.replica import ReplicaServer
from crawler.replica.site import Page, Request, Site
from tests.fixtures.portal_site import ICT, _paragraphs, _weekday
from tests.helpers import FAST, rows, run_cli, write_profile

LIFERAY = "/web/snnptnt/tin-tuc/-/asset_publisher/Xk2p/content/"
PORTLET = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_Xk2p"


def article_page(base: str, path: str, i: int, when: datetime, canonical: bool = True) -> Page:
    """An article page, the date as the portal shows it, a canonical link to its clean URL."""
    title = f"Hội nghị chuyên đề số {i} về công tác cán bộ"
    body = "".join(f"<p>{escape(p)}</p>" for p in _paragraphs(i))
    link = f'<link rel="canonical" href="{base.rstrip("/")}{path}">' if canonical else ""
    return Page.html(
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
        f"{link}</head><body><div class='menu'><a href='/'>Trang chủ</a></div>"
        f"<div class='asset-full-content'><h1 class='title'>{title}</h1>"
        f"<div class='date'>{_weekday(when)}, {when:%d/%m/%Y - %H:%M}</div>"
        f"<div class='content'>{body}<p><b>Nguyễn Văn An</b></p></div></div></body></html>"
    )


def page(title: str, main: str) -> Page:
    return Page.html(
        f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><div class='menu'><a href='/'>Trang chủ</a></div>"
        f"<div class='main'>{main}</div></body></html>"
    )


def robots(text: str = "User-agent: *\nDisallow: /admin\n") -> Page:
    return Page.text(text)


def stats_of(archive: Path, crawl: int = 0) -> dict[str, object]:
    found = rows(archive, "select stats_json from crawls order by id")[crawl]
    return dict(json.loads(found["stats_json"]))


# --- 1, 2: a Liferay portal: canonical links, 7-parameter pagination ----------------------------


class LiferayPortal:
    """Listings link each article as ``…/content/<slug>?redirect=…&inheritRedirect=true``;
    the article page answers any query and names its clean URL as canonical. Pages 2 and 3
    of the listing are Liferay portlet URLs with seven query parameters."""

    def __init__(self, n: int = 7, per_page: int = 3) -> None:
        now = datetime.now(ICT).replace(microsecond=0)
        self.articles = [(LIFERAY + f"bai-viet-so-{i}", now - timedelta(days=i, hours=1))
                         for i in range(n)]  # fmt: skip
        self.per_page = per_page

    @staticmethod
    def pager(number: int) -> str:
        params = [("p_p_id", PORTLET), ("p_p_lifecycle", "0"), ("p_p_state", "normal"),
                  ("p_p_mode", "view"), (f"_{PORTLET}_cur", str(number)),
                  (f"_{PORTLET}_delta", "3"), ("p_r_p_resetCur", "false")]  # fmt: skip
        return "/web/snnptnt/tin-tuc?" + "&amp;".join(f"{k}={v}" for k, v in params)

    def listing(self, number: int) -> Page:
        chunk = self.articles[(number - 1) * self.per_page : number * self.per_page]
        if number == 2:  # the first article again, from another listing: a second redirect URL
            chunk = [*chunk, self.articles[0]]
        back = quote(f"/web/snnptnt/tin-tuc?page={number}", safe="")
        items = "".join(
            f"<li><a href='{path}?redirect={back}&amp;inheritRedirect=true'>Bài {path[-1]}</a></li>"
            for path, _ in chunk
        )
        pages = -(-len(self.articles) // self.per_page)
        pager = " ".join(f"<a href='{self.pager(n)}'>{n}</a>" for n in range(1, pages + 1))
        return page("Tin tức", f"<ul>{items}</ul><div class='pager'>{pager}</div>")

    def resolve(self, request: Request) -> Page | None:
        if request.path == "/robots.txt":
            return robots()
        if request.path in ("/", "/web/snnptnt/tin-tuc"):
            query = dict(parse_qsl(request.query))
            return self.listing(int(query.get(f"_{PORTLET}_cur", "1")))
        for i, (path, when) in enumerate(self.articles):
            if request.path == path:
                return article_page(request.base_url, path, i, when)
        return None

    def profile(self, base: str) -> SiteProfile:
        return SiteProfile.model_validate({
            "id": "fx-liferay-canonical", "name": "Sở Nông nghiệp", "base_url": base,
            "start_urls": [base + "web/snnptnt/tin-tuc"],
            "links": {"follow": [r"/web/snnptnt/tin-tuc$", r"_cur=\d+"],
                      "article": [r"/-/asset_publisher/\w+/content/[a-z0-9-]+"]},
            "selectors": {"title": ["h1.title"], "date": [".date"], "body": [".content"]},
            "politeness": FAST, "limits": {"depth": None, "max_pages": None},
        })  # fmt: skip


@pytest.mark.parametrize("mode", ["adhoc", "profile"])
def test_liferay_articles_behind_redirect_urls_and_7_parameter_pages_are_all_archived(
    tmp_path: Path, mode: str
) -> None:
    portal = LiferayPortal()
    with ReplicaServer(site=Site(handler=portal.resolve)) as server:
        if mode == "adhoc":
            target = server.base_url + "web/snnptnt/tin-tuc"
        else:
            target = str(write_profile(portal.profile(server.base_url), tmp_path / "sites"))
        result = run_cli("crawl", target, "--archive", str(tmp_path / "a"), "--delay", "0",
                         timeout=240)  # fmt: skip
        requested = [r.path for r in server.requests]
        # a re-crawl: the canonical URLs are archived, so every redirect URL is a duplicate
        again = run_cli("crawl", target, "--archive", str(tmp_path / "a"), "--delay", "0",
                         timeout=240)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr  # finished, nothing lost
    stored = {urlsplit(r["url"]).path for r in rows(tmp_path / "a", "select url from articles")}
    assert stored == {path for path, _ in portal.articles}
    assert all(urlsplit(r["url"]).query == "" for r in rows(tmp_path / "a", "select url from articles"))
    assert any(f"_{PORTLET}_cur=3" in p for p in requested)  # page 3 of the listing
    stats = stats_of(tmp_path / "a")
    assert stats["govarchive/canonical/requested"] == len(portal.articles)
    assert stats["govarchive/canonical/dropped"] == 1  # article 0's second redirect URL
    assert "govarchive/trap/query_explosion" not in stats
    assert "dropped for canonical (archived or scheduled)" in result.stdout
    assert again.returncode == 0, again.stdout + again.stderr
    second = stats_of(tmp_path / "a", 1)
    assert second["govarchive/canonical/dropped"] == len(portal.articles) + 1
    assert "govarchive/canonical/requested" not in second
    assert len(rows(tmp_path / "a", "select id from articles")) == len(portal.articles)


# --- 3: an endless ?date= calendar stops an ad-hoc crawl -----------------------------------------


def test_an_endless_date_calendar_stops_an_adhoc_crawl(tmp_path: Path) -> None:
    today = datetime.now(ICT).replace(hour=9, minute=0, second=0, microsecond=0)
    days = {1: [0], 3: [1, 2], 4: [3]}  # days ago -> articles published that day
    articles = {f"/tin/bai-{i}.html": (i, today - timedelta(days=ago))
                for ago, ids in days.items() for i in ids}  # fmt: skip

    def resolve(request: Request) -> Page | None:
        if request.path == "/robots.txt":
            return robots()
        if request.path == "/":
            return page("Trang chủ", f"<a href='/lich?date={today:%Y-%m-%d}'>Lịch</a>")
        if request.path == "/lich":
            day = datetime.strptime(dict(parse_qsl(request.query))["date"], "%Y-%m-%d")
            listed = "".join(f"<a href='{p}'>Bài {i}</a>" for p, (i, when) in articles.items()
                             if when.date() == day.date())  # fmt: skip
            prev, nxt = day - timedelta(days=1), day + timedelta(days=1)
            return page(f"Lịch {day:%d/%m/%Y}", f"{listed}<a href='/lich?date={prev:%Y-%m-%d}'>"
                        f"Trước</a> <a href='/lich?date={nxt:%Y-%m-%d}'>Sau</a>")  # fmt: skip
        if request.path in articles:
            i, when = articles[request.path]
            return article_page(request.base_url, request.path, i, when, canonical=False)
        return None

    with ReplicaServer(site=Site(handler=resolve)) as server:
        result = run_cli("crawl", server.base_url, "--archive", str(tmp_path), "--max-pages",
                         "300", "--delay", "0", timeout=240)  # fmt: skip
        calendar = [r.path for r in server.requests if r.path.startswith("/lich")]
    assert result.returncode == 0, result.stdout + result.stderr  # ended on its own
    stored = {urlsplit(r["url"]).path for r in rows(tmp_path, "select url from articles")}
    assert stored == set(articles)
    # 5 days with or between articles, then at most 3 barren days (+1 cut) either side
    assert len(calendar) <= 5 + 2 * (3 + 1), sorted(calendar)
    assert stats_of(tmp_path)["govarchive/trap/calendar_barren"] >= 2


# --- 4: another port of the same host is another site ----------------------------------------


def test_links_to_another_port_of_the_same_host_are_not_followed(tmp_path: Path) -> None:
    other_site = Site(handler=lambda r: page("Khác", "<p>Một trang web khác.</p>"))
    with ReplicaServer(site=other_site) as other:

        def resolve(request: Request) -> Page | None:
            if request.path == "/robots.txt":
                return robots()
            if request.path == "/":
                return page("Trang chủ", f"<a href='{other.url('/tin/khac.html')}'>Khác</a>"
                            f"<a href='{other.base_url}'>Trang khác</a><a href='/gioi-thieu'>GT</a>")
            if request.path == "/gioi-thieu":
                return page("Giới thiệu", "<p>Giới thiệu.</p>")
            return None

        with ReplicaServer(site=Site(handler=resolve)) as server:
            assert server.host == other.host and server.port != other.port
            result = run_cli("crawl", server.base_url, "--archive", str(tmp_path), "--quiet",
                             "--delay", "0")  # fmt: skip
            ours = [r.path for r in server.requests]
        theirs = list(other.requests)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "/gioi-thieu" in ours
    assert theirs == []
    assert stats_of(tmp_path)["govarchive/skipped/offsite"] == 2


# --- 5: robots.txt refusals and missing probes are not errors ---------------------------------


def test_robots_refusals_and_a_missing_guessed_sitemap_leave_a_healthy_site_finished(
    tmp_path: Path,
) -> None:
    today = datetime.now(ICT).replace(microsecond=0)

    def resolve(request: Request) -> Page | None:
        if request.path == "/robots.txt":
            return robots("User-agent: *\nDisallow: /admin\nDisallow: /dang-nhap\n")
        if request.path == "/":
            return page("Trang chủ", "<a href='/admin/login'>Quản trị</a> "
                        "<a href='/dang-nhap'>Đăng nhập</a> <a href='/tin/bai-1.html'>Bài</a>")
        if request.path == "/tin/bai-1.html":
            return article_page(request.base_url, request.path, 1, today, canonical=False)
        return None  # /sitemap.xml, the ad-hoc crawl's guess: 404

    with ReplicaServer(site=Site(handler=resolve)) as server:
        result = run_cli("crawl", server.base_url, "--archive", str(tmp_path), "--quiet",
                             "--delay", "0")  # fmt: skip
        requested = [(r.path, r.status) for r in server.requests]
    assert result.returncode == 0, result.stdout + result.stderr
    assert ("/sitemap.xml", 404) in requested
    # once: Scrapy's robots middleware fetches it and the spider reads that response
    assert [p for p, _ in requested].count("/robots.txt") == 1, requested
    assert not any(p.startswith(("/admin", "/dang-nhap")) for p, _ in requested)
    stats = stats_of(tmp_path)
    assert stats["govarchive/robots/forbidden"] == 2
    assert stats["govarchive/probe/missing"] == 1
    assert not [k for k in stats if k.startswith("govarchive/errors/")]
    assert rows(tmp_path, "select status from crawls")[0]["status"] == "finished"
    assert rows(tmp_path, "select * from failures where reason not like 'not_article:%'") == []
    assert len(rows(tmp_path, "select * from articles")) == 1


def test_a_missing_sitemap_the_profile_names_is_still_an_error(tmp_path: Path) -> None:
    with ReplicaServer(site=Site(handler=lambda r: robots() if r.path == "/robots.txt" else (
            page("Trang chủ", "<p>Trang chủ.</p>") if r.path == "/" else None))) as server:  # fmt: skip
        profile = SiteProfile(id="with-sitemap", name="S", base_url=server.base_url,
                              sitemaps=[server.base_url + "sitemap.xml"], politeness=FAST)  # type: ignore[arg-type]
        path = write_profile(profile, tmp_path / "sites")
        result = run_cli("crawl", str(path), "--archive", str(tmp_path / "a"), "--quiet")
    assert result.returncode == 3, result.stdout + result.stderr  # the site should serve it
    assert stats_of(tmp_path / "a")["govarchive/errors/http_404"] == 1


# --- 6: redirect loops are failures, not silence -------------------------------------------------


def test_redirect_loops_end_with_a_failure_row_and_a_counter(tmp_path: Path) -> None:
    pages: dict[str, Callable[[], Page]] = {
        "/robots.txt": robots,
        "/": lambda: page("Trang chủ", "<a href='/a'>A</a> <a href='/tu-than'>Tự thân</a> "
                          "<a href='/gioi-thieu'>GT</a>"),
        "/a": lambda: Page.redirect("/b", 302),
        "/b": lambda: Page.redirect("/a", 301),
        "/tu-than": lambda: Page.redirect("/tu-than", 302),
        "/gioi-thieu": lambda: page("Giới thiệu", "<p>Giới thiệu.</p>"),
    }
    with ReplicaServer(site=Site(handler=lambda r: pages[r.path]() if r.path in pages else None)) as server:
        result = run_cli("crawl", server.base_url, "--archive", str(tmp_path), "--quiet",
                             "--delay", "0")  # fmt: skip
    assert result.returncode == 3, result.stdout + result.stderr  # partial: it says so
    assert "redirect_loop" in result.stderr
    failures = {urlsplit(r["url"]).path: r for r in rows(tmp_path, "select * from failures")}
    assert {p for p, r in failures.items() if r["reason"] == "redirect_loop"} == {"/a", "/tu-than"}
    assert "/a -> " in failures["/a"]["detail"] and "/b" in failures["/a"]["detail"]
    assert stats_of(tmp_path)["govarchive/errors/redirect_loop"] == 2
