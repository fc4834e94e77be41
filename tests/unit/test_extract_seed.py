"""The seed page (tests/fixtures/seed/) through extract(), with its profile and ad hoc."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urljoin

import pytest

from config.profile import adhoc_profile, load_profile
from pipelines.extract import EXTRACTOR_VERSION, extract
from pipelines.record import ArticleRecord
from tests.families.common import cp1258

SEED = Path(__file__).parent.parent / "fixtures" / "seed"
EXPECTED = json.loads((SEED / "expected.json").read_text(encoding="utf-8"))
PAGE = (SEED / "page.html").read_bytes()
URL = EXPECTED["url"]
HTML_UTF8 = {"content-type": "text/html; charset=utf-8"}


@pytest.fixture(scope="module")
def profile():
    return load_profile("laocai-tinhuy")


def _article(result) -> ArticleRecord:
    assert isinstance(result, ArticleRecord), result
    return result


def _no_chrome(record: ArticleRecord) -> None:
    for paragraph in record.body:
        for chrome in EXPECTED["must_not_contain"]:
            assert chrome not in paragraph


def _tokens(paragraphs: list[str]) -> list[str]:
    return re.findall(r"\w+", " ".join(paragraphs).casefold())


def test_seed_with_profile(profile):
    record = _article(extract(PAGE, URL, HTML_UTF8, profile))
    assert record.url == URL
    assert record.title == EXPECTED["title"]
    assert record.published_at == EXPECTED["published"] == "2023-01-09T15:20:00+07:00"
    assert record.date_raw == EXPECTED["date_raw"]
    assert record.date_precision == "minute"
    assert record.updated_at is None
    assert record.author == EXPECTED["author"]
    assert record.author_unit == EXPECTED["author_unit"]
    assert record.body == EXPECTED["body"]
    assert [(i.src, i.caption) for i in record.images] == [
        (urljoin(URL, i["src"]), i["caption"]) for i in EXPECTED["images"]
    ]
    assert record.images[0].alt == "anh tin bai"
    assert record.lead == EXPECTED["body"][0]
    assert record.attachments == []
    assert record.warnings == []
    assert record.extractor.startswith(f"govarchive-extract/{EXTRACTOR_VERSION} trafilatura/")
    assert record.profile_hash == profile.profile_hash
    _no_chrome(record)


def test_seed_adhoc():
    record = _article(extract(PAGE, URL, HTML_UTF8, adhoc_profile(URL)))
    assert record.title == EXPECTED["title"]
    assert record.published_at == EXPECTED["published"]
    assert record.date_raw == EXPECTED["date_raw"]
    assert record.author == EXPECTED["author"]
    assert record.author_unit == EXPECTED["author_unit"]
    _no_chrome(record)
    expected, got = _tokens(EXPECTED["body"]), set(_tokens(record.body))
    recall = sum(1 for t in expected if t in got) / len(expected)
    assert recall >= 0.95
    assert [i.src for i in record.images] == [urljoin(URL, EXPECTED["images"][0]["src"])]


def test_seed_is_deterministic_and_picklable(profile):
    import pickle

    adhoc = adhoc_profile(URL)
    first = extract(PAGE, URL, HTML_UTF8, adhoc)
    for _ in range(4):  # trafilatura's process-wide dedup cache must not leak in
        assert extract(PAGE, URL, HTML_UTF8, adhoc) == first
    assert pickle.loads(pickle.dumps(first)) == first
    assert pickle.loads(pickle.dumps(extract)) is extract


CP1258_PAGE = cp1258(
    PAGE.decode("utf-8").replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
)


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        pytest.param(CP1258_PAGE, {"content-type": "text/html"}, id="cp1258-meta"),
        pytest.param(CP1258_PAGE, HTML_UTF8, id="cp1258-http-says-utf8"),
        pytest.param(
            CP1258_PAGE, {"content-type": "text/html; charset=ISO-8859-1"}, id="cp1258-http-latin1"
        ),
        pytest.param(
            PAGE.replace(b'charset="utf-8"', b'charset="windows-1258"'),
            {"content-type": "text/html; charset=windows-1258"},
            id="utf8-labelled-cp1258",
        ),
        pytest.param(
            unicodedata.normalize("NFD", PAGE.decode("utf-8")).encode("utf-8"), HTML_UTF8, id="nfd"
        ),
    ],
)
def test_seed_encodings_give_the_same_nfc_record(profile, body, headers):
    assert b"\xcc" in CP1258_PAGE  # the re-encoding really uses combining tone marks
    reference = _article(extract(PAGE, URL, HTML_UTF8, profile))
    record = _article(extract(body, URL, headers, profile))
    assert record == reference
    assert all(unicodedata.is_normalized("NFC", p) for p in record.body)


def test_url_tracking_params_removed(profile):
    record = _article(extract(PAGE, URL + "?utm_source=facebook&fbclid=XYZ", HTML_UTF8, profile))
    assert record.url == URL


def test_profile_url_rules(profile):
    result = extract(PAGE, "https://tinhuy.laocai.gov.vn/tin-tuc.html", HTML_UTF8, profile)
    assert result.reason == "not_article_url"
    # ad hoc: no URL rules, the page decides
    assert isinstance(
        extract(PAGE, "https://tinhuy.laocai.gov.vn/x.aspx?id=1", HTML_UTF8, adhoc_profile(URL)),
        ArticleRecord,
    )


def test_print_view_with_foreign_canonical(profile):
    page = PAGE.replace(b"</title>", b'</title><link rel="canonical" href="/tin-tuc/a/b.html">')
    result = extract(page, URL, HTML_UTF8, profile)
    assert result.reason == "duplicate_of_canonical"
    assert result.detail == "https://tinhuy.laocai.gov.vn/tin-tuc/a/b.html"
    same = PAGE.replace(b"</title>", f'</title><link rel="canonical" href="{URL}">'.encode())
    assert isinstance(extract(same, URL + "?utm_medium=x", HTML_UTF8, profile), ArticleRecord)


def test_missing_selectors_are_warned(profile):
    page = (
        PAGE.replace(b'class="date-news"', b'class="x"')
        .replace(b'class="content-news"', b'class="y"')
        .replace(b'class="title-news"', b'class="z"')
    )
    record = _article(extract(page, URL, HTML_UTF8, profile))
    assert "title_selector_missed" in record.warnings
    assert "body_selector_missed" in record.warnings
    assert "date_selector_missed" in record.warnings
    assert record.title == EXPECTED["title"]
    _no_chrome(record)


def test_seed_without_date_line_never_takes_a_sidebar_date():
    page = PAGE.replace(b"<span>Th\xe1\xbb\xa9 Hai, 09/01/2023 - 15:20</span>", b"")
    assert page != PAGE
    record = _article(extract(page, URL, HTML_UTF8, adhoc_profile(URL)))
    assert record.published_at is None and record.date_raw is None
    assert "date_unparsed" in record.warnings


def test_a_headline_that_begins_with_the_site_name_is_kept_verbatim(profile) -> None:
    title = "Tỉnh ủy Lào Cai - Hội nghị tổng kết công tác năm 2022"
    before = (EXPECTED["title"] + "</h1>").encode("utf-8")
    page = PAGE.replace(before, (title + "</h1>").encode("utf-8"), 1)
    assert page != PAGE
    assert _article(extract(page, URL, HTML_UTF8, profile)).title == title


@pytest.mark.parametrize("home", ["/", "https://tinhuy.laocai.gov.vn", "/Default.aspx", "/trang-chu", "/web/guest"])
def test_a_canonical_naming_the_home_page_is_no_canonical(profile, home: str) -> None:
    """A template's canonical link naming the home page (its root or another of its names:
    ``/Default.aspx``, ``/trang-chu``, Liferay's ``/web/guest``) says nothing of the page: the
    article is neither a copy of the home page nor stored at the home page's URL (before, the
    root kept the article at the root's URL, the other names dropped it as a duplicate)."""
    page = PAGE.replace(b"</title>", f'</title><link rel="canonical" href="{home}">'.encode())
    record = _article(extract(page, URL, HTML_UTF8, profile))
    assert record.url == URL
    assert _article(extract(page, URL, HTML_UTF8, adhoc_profile(URL))).url == URL


def test_a_canonical_written_without_its_leading_slash_names_the_page(profile) -> None:
    """``<link rel="canonical" href="tin-tuc/a.html">`` on ``/tin-tuc/a.html``: resolved as
    written it names ``/tin-tuc/tin-tuc/a.html`` (a 404, and the page was dropped as its
    duplicate); it is the site's path without its leading slash, so it names the page. A bare
    path naming another page is still another page."""
    path = URL.split("/", 3)[3]
    page = PAGE.replace(b"</title>", f'</title><link rel="canonical" href="{path}">'.encode())
    assert _article(extract(page, URL, HTML_UTF8, profile)).url == URL
    assert _article(extract(page, URL, HTML_UTF8, adhoc_profile(URL))).url == URL
    other = PAGE.replace(b"</title>", b'</title><link rel="canonical" href="tin-tuc/a/b.html">')
    assert extract(other, URL, HTML_UTF8, profile).reason == "duplicate_of_canonical"


@pytest.mark.parametrize("section", ["/tin-tuc/tin-hoat-dong.html", "/tin-tuc", "https://www.tinhuy.laocai.gov.vn/tin-tuc/"])
def test_a_canonical_naming_the_pages_section_is_no_canonical(profile, section: str) -> None:
    """A template's canonical link naming the category listing or the module's tab the article
    sits in (an ancestor of its path, its last segment an article's slug) is not the article's
    URL: before, the article was dropped as a duplicate of its listing."""
    page = PAGE.replace(b"</title>", f'</title><link rel="canonical" href="{section}">'.encode())
    assert _article(extract(page, URL, HTML_UTF8, profile)).url == URL


@pytest.mark.parametrize(
    ("canonical", "url", "section"),
    [
        ("/tin-tuc", "/tin-tuc/ArticleID/801/Ho-tro-200-tre-em", True),
        ("/tin-tuc/giao-thong.html", "/tin-tuc/giao-thong/394-ben-xe-phia-nam.html", True),
        ("/tin-tuc/123", "/tin-tuc/123/print", False),  # a print view's canonical: its article
        ("/tin-tuc/le-hoi-hoa-ban", "/tin-tuc/le-hoi-hoa-ban/amp", False),
        ("/tin-tuc/le-hoi-hoa-ban", "/tin-tuc/le-hoi-hoa-ban/2", False),  # a part
        ("/tin-tuc?cat=3", "/tin-tuc/le-hoi-hoa-ban", False),
        ("https://other.gov.vn/tin-tuc", "/tin-tuc/le-hoi-hoa-ban", False),
    ],
)
def test_names_section(canonical: str, url: str, section: bool) -> None:
    from pipelines.urls import names_section

    base = "https://h.gov.vn"
    assert names_section(canonical if "://" in canonical else base + canonical, base + url) is section


def test_a_canonical_naming_the_page_on_another_origin_keeps_the_pages(profile) -> None:
    """A site served at https:// whose template writes ``http://www.<host>/<path>`` as the
    canonical: the same document, stored at the origin the page is served at (before, at the
    canonical's spelling: another URL than the one the site links)."""
    other = URL.replace("https://", "http://www.")
    page = PAGE.replace(b"</title>", f'</title><link rel="canonical" href="{other}">'.encode())
    assert _article(extract(page, URL, HTML_UTF8, profile)).url == URL
    assert _article(extract(page, URL, HTML_UTF8, adhoc_profile(URL))).url == URL
