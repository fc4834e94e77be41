"""Which day a publication date is stored as (pipelines.datezone, pipelines.dates.AS_WRITTEN)
and the general date rules measured on the public benchmarks' tuning halves: the URL's day
against a date that cannot be the publication's, year-first numeric dates."""

from __future__ import annotations

import pytest

from config.profile import (
    ProfileError,
    adhoc_profile,
    load_profile,
    load_profile_file,
    profile_from_dict,
)
from pipelines.chrome import Learned
from pipelines.datefind import find_dates
from pipelines.dates import AS_WRITTEN, parse_vn_date
from pipelines.datezone import page_zone, site_zone
from pipelines.extract import extract
from pipelines.page import read_page
from pipelines.record import ArticleRecord

HTML = {"Content-Type": "text/html; charset=utf-8"}
TZ = "Asia/Ho_Chi_Minh"
BODY_VI = "<p>" + "Ủy ban nhân dân tỉnh đã tổ chức hội nghị triển khai nhiệm vụ năm 2024. " * 6 + "</p>"
BODY_EN = "<p>" + "The county board met on Tuesday evening to approve the new budget plan. " * 6 + "</p>"


def _page(title: str, line: str, body: str, head: str = "", lang: str = "") -> bytes:
    attr = f' lang="{lang}"' if lang else ""
    return (
        f"<html{attr}><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
        f"<div class='date'>{line}</div>{body}</article></body></html>"
    ).encode()


def _published(raw: bytes, url: str, profile=None) -> str | None:
    record = extract(raw, url, HTML, profile or adhoc_profile(url))
    assert isinstance(record, ArticleRecord), record
    return record.published_at


def test_a_vietnamese_portals_naive_date_stays_that_day() -> None:
    # "05/03/2024 23:30" on a .gov.vn site is the 5th in Vietnam, however late
    url = "https://sotp.hanoi.gov.vn/tin-tuc/hoi-nghi.html"
    raw = _page("Hội nghị triển khai nhiệm vụ", "05/03/2024 23:30", BODY_VI)
    assert _published(raw, url) == "2024-03-05T23:30:00+07:00"


def test_a_utc_meta_on_a_vietnamese_site_is_the_day_in_vietnam() -> None:
    # the CMS's server clock in UTC; the page (and its readers) are on the 6th
    head = '<meta property="article:published_time" content="2024-03-05T17:00:00Z">'
    raw = _page("Hội nghị triển khai nhiệm vụ", "", BODY_VI, head)
    assert _published(raw, "https://sotp.hanoi.gov.vn/tin-tuc/a.html") == "2024-03-06T00:00:00+07:00"
    # the same on a loopback copy whose template says lang="en": its text is Vietnamese
    raw = _page("Hội nghị triển khai nhiệm vụ", "", BODY_VI, head, lang="en")
    assert _published(raw, "http://127.0.0.1:8080/tin/a.html") == "2024-03-06T00:00:00+07:00"


def test_a_foreign_sites_offset_is_kept_as_written_ad_hoc() -> None:
    # an American page dated 20:00-05:00 is the 5th, not the 6th in Asia/Ho_Chi_Minh
    head = '<meta property="article:published_time" content="2024-03-05T20:00:00-05:00">'
    raw = _page("County approves budget", "", BODY_EN, head, lang="en-US")
    assert _published(raw, "https://www.countynews.com/budget/") == "2024-03-05T20:00:00-05:00"
    # a UTC stamp stays UTC: no zone of the site's to put it in
    head = '<meta property="article:published_time" content="2024-03-05T23:30:00Z">'
    raw = _page("County approves budget", "", BODY_EN, head, lang="en-US")
    assert _published(raw, "https://www.countynews.com/budget/") == "2024-03-05T23:30:00+00:00"


def test_a_foreign_sites_naive_time_gets_no_zone_ad_hoc() -> None:
    raw = _page("County approves budget", "2024-03-05 20:00", BODY_EN, lang="en")
    assert _published(raw, "https://www.countynews.com/budget/") == "2024-03-05T20:00:00"


def test_a_profile_names_the_zone_whatever_the_page_looks_like() -> None:
    profile = load_profile("laocai-tinhuy")
    raw = _page("County approves budget", "", BODY_EN, lang="en")
    page = read_page(raw, profile.base_url + "tin/a.html", HTML, profile, Learned())
    assert page_zone(page) == profile.timezone
    page = read_page(raw, "https://www.countynews.com/a/", HTML, adhoc_profile("https://www.countynews.com/"), Learned())
    assert page_zone(page) == AS_WRITTEN


def test_year_first_numeric_dates() -> None:
    # Hungarian, Korean, Japanese pages write the year first: never read as day-month-year
    assert parse_vn_date("2020. 06. 04. 11:27", TZ).iso == "2020-06-04T11:27:00+07:00"
    assert parse_vn_date("2020/06/04", TZ).iso == "2020-06-04T00:00:00+07:00"
    assert parse_vn_date("Thứ Hai, 09/01/2023 - 15:20", TZ).iso == "2023-01-09T15:20:00+07:00"


def test_us_order_on_an_english_page_never_on_a_vietnamese_one() -> None:
    # an English page with an AM/PM clock writes month first: the 5th of March
    url = "https://www.countynews.com/budget/"
    raw = _page("County approves budget", "03/05/2024 08:40 AM", BODY_EN, lang="en")
    assert _published(raw, url) == "2024-03-05T08:40:00"
    # without the clock a plain "en" page keeps day first (British usage) ...
    raw = _page("County approves budget", "03/05/2024", BODY_EN, lang="en")
    assert _published(raw, url) == "2024-05-03T00:00:00"
    # ... a page declaring US English reads month first, day first only when it must be
    for line, day in (("03/05/2024", "2024-03-05"), ("12/31/2023", "2023-12-31"), ("25/03/2024", "2024-03-25")):
        raw = _page("County approves budget", line, BODY_EN, lang="en-US")
        assert (_published(raw, url) or "")[:10] == day, line
    # a Vietnamese page stays day first, AM/PM or a declared en-US template alike
    for lang in ("en", "en-US"):
        raw = _page("Hội nghị triển khai nhiệm vụ", "03/05/2024 08:40 AM", BODY_VI, lang=lang)
        assert _published(raw, "http://127.0.0.1:8080/tin/a.html") == "2024-05-03T08:40:00+07:00"
    assert parse_vn_date("03/05/2024 08:40 AM", TZ, "us-clock").iso == "2024-03-05T08:40:00+07:00"
    assert parse_vn_date("03/05/2024 08:40 SA", TZ, "us-clock").iso == "2024-05-03T08:40:00+07:00"


def test_the_date_line_by_the_one_headline_when_og_title_is_worded_otherwise() -> None:
    # og:title carries the site's name, so no element shows the title: the date line is
    # still the one by the page's only <h1>, not left to a guess
    from pipelines.content import extract_body
    from pipelines.metadata import page_dates

    raw = (
        "<html lang='en'><head><title>Peakforce</title><meta property='og:title' content='Peakforce"
        " – Starter guide'></head><body><section><div class='hero'><h1>Travel and remote work: a "
        "starter guide</h1><div class='meta'>April 17, 2024</div></div></section><main><article>"
        f"{BODY_EN}{BODY_EN}</article></main></body></html>"
    ).encode()
    url = "https://www.peakforce.example/insights/starter-guide"
    page = read_page(raw, url, HTML, adhoc_profile(url), Learned())
    assert page.title_el is None
    found = page_dates(page, extract_body(page))
    assert found.published is not None and found.published.iso[:10] == "2024-04-17"
    # two <h1>s (a banner's and the headline), or a linked one: no anchor of that kind
    from lxml import html

    from pipelines.titles import sole_h1

    assert sole_h1(html.fromstring("<div><h1>Site name here</h1><h1>Headline of the page</h1></div>")) is None
    assert sole_h1(html.fromstring("<div><h1><a href='/'>Headline of the page</a></h1></div>")) is None


def _found(line: str, url: str, head: str = ""):
    from lxml import html

    tree = html.fromstring(f"<html><head>{head}</head><body><div><h1>Tin</h1><div>{line}</div><p>...</p></div></body></html>")
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], None, url=url)


def test_the_urls_day_against_a_date_that_cannot_be_the_publications() -> None:
    url = "https://stp.vn/2023/11/01/hund-vertreibt-einbrecher.html"
    # a date before the URL's day (an event in the first sentence): the URL's day
    found = _found("Am 31.10.2023, gegen 23:40 Uhr", url)
    assert found.published is not None and found.published.iso[:10] == "2023-11-01" and found.source == "url"
    # structured data two years later (a migration, an edit): the URL's day
    head = '<meta property="article:published_time" content="2025-06-17T18:28:00+07:00">'
    found = _found("", url, head)
    assert found.published.iso[:10] == "2023-11-01" and found.source == "url"
    # structured data a day later (a draft published the next day): its own date
    head = '<meta property="article:published_time" content="2023-11-02T06:04:00+07:00">'
    assert _found("", url, head).published.iso == "2023-11-02T06:04:00+07:00"
    # a visible line later than the URL's day is the page's date, as before
    assert _found("20/11/2023 08:40", url).published.iso == "2023-11-20T08:40:00+07:00"
    # an update line alone still stands in (basis "updated")
    found = _found("Cập nhật lúc 08:40 ngày 5/11/2023", url)
    assert found.basis == "updated" and found.published.iso[:10] == "2023-11-05"


def test_the_urls_day_when_the_profiles_date_selector_finds_nothing() -> None:
    from lxml import html

    tree = html.fromstring("<html><body><div><h1>Tin</h1><p>...</p></div></body></html>")
    found = find_dates(tree, TZ, [".date-box"], tree.cssselect("h1")[0], None, url="https://stp.vn/2024/02/27/x.html")
    assert found.published is not None and found.published.iso == "2024-02-27T00:00:00+07:00"
    assert found.source == "url"


def _site(**fields: object) -> dict:
    return {"id": "green-county", "name": "Green County", "base_url": "https://www.greencounty.org/", **fields}


def test_timezone_null_loads_and_an_unknown_zone_is_refused(tmp_path) -> None:
    (tmp_path / "green-county.yaml").write_text(
        "id: green-county\nname: Green County\nbase_url: https://www.greencounty.org/\ntimezone: null\n"
    )
    unknown = load_profile_file(tmp_path / "green-county.yaml")
    assert unknown.timezone is None and unknown.clock_zone == "UTC"
    assert profile_from_dict(_site()).timezone == TZ  # left out: the default, as before
    assert profile_from_dict(_site(timezone="Europe/London")).clock_zone == "Europe/London"
    with pytest.raises(ProfileError) as refused:
        profile_from_dict(_site(timezone="Europe/Atlantis"), "green-county.yaml")
    assert str(refused.value) == (
        "green-county.yaml: invalid site profile: field 'timezone': unknown time zone 'Europe/Atlantis'"
    )
    # the crawler's own calendar: a capture at 20:00 UTC on the 5th is the 6th in Vietnam,
    # the 5th on the UTC clock of a site whose zone is not known
    rules = [{"valid_until": "2024-03-05", "selectors": {"body": [".old"]}}]
    capture = "2024-03-05T20:00:00+00:00"
    assert profile_from_dict(_site(rules=rules)).for_capture(capture).selectors.body == []
    assert profile_from_dict(_site(rules=rules, timezone=None)).for_capture(capture).selectors.body == [".old"]


def test_a_naive_date_under_timezone_null_is_kept_as_written() -> None:
    url = "https://www.greencounty.org/news/budget/"
    naive = _page("Hội nghị triển khai nhiệm vụ", "05/03/2024 23:30", BODY_VI)
    unknown = profile_from_dict(_site(timezone=None))
    assert site_zone(unknown) == AS_WRITTEN
    assert _published(naive, url, unknown) == "2024-03-05T23:30:00"  # no instant invented
    assert _published(naive, url, profile_from_dict(_site())) == "2024-03-05T23:30:00+07:00"
    assert _published(naive, url, profile_from_dict(_site(timezone="Europe/London"))) == "2024-03-05T23:30:00+00:00"
    # an offset the page writes is kept as written, not moved onto a zone of the site's
    head = '<meta property="article:published_time" content="2024-03-05T17:00:00Z">'
    stamped = _page("Hội nghị triển khai nhiệm vụ", "", BODY_VI, head)
    assert _published(stamped, url, unknown) == "2024-03-05T17:00:00+00:00"
    assert _published(stamped, url, profile_from_dict(_site())) == "2024-03-06T00:00:00+07:00"
