"""archive.queries: search (folding, syntax, filters, errors, snippets), reads, export."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from archive import Archive, ArticleNotFound, CaptureNotFound, InvalidFilter, SearchQueryError
from archive.db import open_db
from archive.queries import (
    EXPORT_FIELDS,
    capture,
    count_articles,
    export_records,
    get_article,
    iter_articles,
    list_crawls,
    search,
)
from archive.store import ArchiveWriter
from config.profile import SiteProfile
from pipelines.record import ArticleRecord

ARTICLES = [  # site, slug, title, body paragraphs, published_at, author
    (
        "laocai",
        "bien-gioi",
        "Tuần tra bảo vệ biên giới",
        ["Bộ đội biên phòng tuần tra dọc biên giới Việt - Trung.", "Đảng bộ xã phối hợp."],
        "2024-01-15T08:00:00+07:00",
        "Nguyễn Văn An",
    ),
    (
        "laocai",
        "dang-bo",
        "Đại hội Đảng bộ tỉnh Lào Cai",
        ["Đại hội Đảng bộ tỉnh lần thứ XVI khai mạc sáng nay.", "Các đại biểu thảo luận."],
        "2024-02-20T09:30:00+07:00",
        "Trần Thị Bình",
    ),
    (
        "laocai",
        "hoi-nghi",
        "Hội nghị tổng kết công tác năm",
        ["Hội nghị đánh giá kết quả năm 2023 và biên bản làm việc."],
        "2024-01-31T23:00:00+07:00",
        "Nguyễn Văn An",
    ),
    (
        "chinhphu",
        "bien-gioi-2",
        "Chính phủ họp về biên giới",
        ["Phiên họp bàn về phát triển kinh tế vùng biên giới phía Bắc."],
        "2023-12-01T10:00:00+07:00",
        None,
    ),
    (
        "chinhphu",
        "no-date",
        "Thông báo không ngày",
        ["Thông báo về lịch tiếp công dân."],
        None,
        "Văn phòng",
    ),
]


def _profile(site: str) -> SiteProfile:
    return SiteProfile(id=site, name=site, base_url=f"https://{site}.example/")


def _populate(db: Database) -> dict[str, int]:
    writer = ArchiveWriter(db)
    ids = {}
    crawls = {}
    for site, slug, title, body, published_at, author in ARTICLES:
        if site not in crawls:
            writer.upsert_site(_profile(site))
            crawls[site] = writer.start_crawl(site, "test", {})
        url = f"https://{site}.example/{slug}.html"
        cid = writer.add_capture(
            crawl_id=crawls[site],
            site_id=site,
            url=url,
            status=200,
            fetched_at="2024-03-01T00:00:00Z",
            record_type="response",
            warc_file=f"warcs/{site}/{site}-1.warc.gz",
            warc_offset=0,
            warc_length=1,
            warc_record_id=f"<urn:uuid:{slug}>",
        )
        record = ArticleRecord(
            url=url,
            title=title,
            body=body,
            published_at=published_at,
            author=author,
            lead=body[0],
            date_precision="minute",
        )
        ids[slug], _ = writer.save_article(site, record, cid, crawls[site], "2024-03-01T00:00:00Z")
    return ids


@pytest.fixture
def db() -> Database:
    db = open_db(":memory:")
    _populate(db)
    return db


def slugs(hits: list) -> set[str]:  # type: ignore[type-arg]
    return {h.url.rsplit("/", 1)[1].removesuffix(".html") for h in hits}


def test_accent_insensitive_search(db: Database) -> None:
    assert slugs(search(db, "bien gioi")) == {"bien-gioi", "bien-gioi-2"}
    assert slugs(search(db, "biên giới")) == {"bien-gioi", "bien-gioi-2"}
    results = [
        [(h.id, h.rank) for h in search(db, q)]
        for q in ("Đảng bộ", "dang bo", "đảng bộ", "ĐẢNG BỘ")
    ]
    assert results[0] and all(r == results[0] for r in results)
    assert slugs(search(db, "dang bo")) == {"bien-gioi", "dang-bo"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"đảng bộ tỉnh"', {"dang-bo"}),  # phrase: words adjacent
        ('"tỉnh đảng bộ"', set()),
        ("tuan tra OR hoi nghi", {"bien-gioi", "hoi-nghi"}),
        ('bien gioi NOT "chinh phu"', {"bien-gioi"}),
        ("bien gioi NOT chinh", {"bien-gioi"}),
        ("bien gioi NOT chinh phu", set()),  # FTS5: NOT binds tighter than implicit AND
        ("bien*", {"bien-gioi", "bien-gioi-2", "hoi-nghi"}),  # biên, biên bản, biên phòng
        ("(dai hoi OR hoi nghi) AND tinh", {"dang-bo"}),
        ("title:bien", {"bien-gioi", "bien-gioi-2"}),
        ("author:binh", {"dang-bo"}),
        ("covid-19", set()),  # punctuation never becomes syntax
        ("năm 2023", {"hoi-nghi"}),
    ],
)
def test_query_syntax(db: Database, query: str, expected: set[str]) -> None:
    assert slugs(search(db, query)) == expected


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "Empty search query"),
        ("   ", "Empty search query"),
        ('"biên giới', "Unbalanced quote"),
        ("NOT", "cannot start with 'NOT'"),
        ("NOT bien", "cannot start with 'NOT'"),
        ("bien NOT", "'NOT' needs search words on both sides"),
        ("AND", "'AND' needs search words on both sides"),
        ("bien AND", "'AND' needs search words on both sides"),
        ("OR gioi", "'OR' needs search words on both sides"),
        ("(bien gioi", "'(' is never closed"),
        ("bien gioi)", "')' has no '('"),
        ("()", "Empty parentheses"),
        ("- ...", "no words to search for"),
    ],
)
def test_malformed_queries_raise_readable_errors(db: Database, query: str, message: str) -> None:
    with pytest.raises(SearchQueryError) as info:
        search(db, query)
    text = str(info.value)
    assert message in text
    assert "fts5" not in text and "syntax error" not in text
    assert info.value.query == query


def test_site_date_author_filters_and_order(db: Database) -> None:
    assert slugs(search(db, "bien gioi", site="chinhphu")) == {"bien-gioi-2"}
    assert slugs(search(db, "bien*", since="2024-01-01")) == {"bien-gioi", "hoi-nghi"}
    # a bare date in `until` includes that whole day (23:00 on the 31st)
    assert slugs(search(db, "bien*", until="2024-01-31")) == {
        "bien-gioi",
        "bien-gioi-2",
        "hoi-nghi",
    }
    assert slugs(search(db, "bien*", until="2024-01-30")) == {"bien-gioi", "bien-gioi-2"}
    assert slugs(search(db, "bien*", since="2024-01", until="2024-01")) == {"bien-gioi", "hoi-nghi"}
    assert slugs(search(db, "bien*", author="nguyen van an")) == {"bien-gioi", "hoi-nghi"}
    assert slugs(search(db, "bien*", author="Nguyễn Văn")) == {"bien-gioi", "hoi-nghi"}
    by_date = search(db, "bien*", order="date")
    assert [(h.published_at or "")[:10] for h in by_date] == [
        "2024-01-31",
        "2024-01-15",
        "2023-12-01",
    ]
    assert len(search(db, "bien*", order="date", limit=1, offset=1)) == 1
    with pytest.raises(InvalidFilter, match="since must be a date"):
        search(db, "bien", since="last week")
    with pytest.raises(InvalidFilter, match="order"):
        search(db, "bien", order="random")  # type: ignore[arg-type]


def test_relevance_prefers_title_matches(db: Database) -> None:
    hits = search(db, "dai hoi")
    assert hits[0].title == "Đại hội Đảng bộ tỉnh Lào Cai"
    assert hits == sorted(hits, key=lambda h: h.rank)


def test_snippet_keeps_diacritics_and_marks_hits(db: Database) -> None:
    (hit,) = search(db, "bien gioi viet", site="laocai")
    assert hit.snippet.startswith("Bộ đội [biên] phòng tuần tra dọc [biên giới Việt] - Trung.")
    assert "\n" not in hit.snippet
    (hit,) = search(db, '"dang bo tinh"', markers=("<mark>", "</mark>"))
    assert "<mark>Đảng bộ tỉnh</mark>" in hit.snippet
    (hit,) = search(db, "tiep cong dan")
    assert hit.snippet == "Thông báo về lịch [tiếp công dân]."  # adjacent hits merge


def test_snippet_window_is_about_thirty_words() -> None:
    db = open_db(":memory:")
    writer = ArchiveWriter(db)
    writer.upsert_site(_profile("long"))
    crawl = writer.start_crawl("long", "t", {})
    words = [f"từ{i}" for i in range(200)]
    words[120] = "Biên"
    record = ArticleRecord(url="https://long.example/1", title="Dài", body=[" ".join(words)])
    writer.save_article("long", record, None, crawl, "2024-01-01T00:00:00Z")
    (hit,) = search(db, "bien")
    assert hit.snippet.startswith("… ") and hit.snippet.endswith("…")
    assert "[Biên]" in hit.snippet and 28 <= len(hit.snippet.split()) <= 33


def test_get_article_count_crawls_capture(db: Database) -> None:
    article = get_article(db, "https://laocai.example/dang-bo.html")
    assert get_article(db, article["id"])["url"] == article["url"]
    assert get_article(db, str(article["id"]))["id"] == article["id"]
    with pytest.raises(ArticleNotFound, match="No article with id 999"):
        get_article(db, 999)
    with pytest.raises(ArticleNotFound, match="URL https://nope"):
        get_article(db, "https://nope")
    assert count_articles(db) == 5 and count_articles(db, "laocai") == 3
    assert [c["site_id"] for c in list_crawls(db)] == ["chinhphu", "laocai"]
    assert len(list_crawls(db, "laocai")) == 1
    assert capture(db, article["capture_id"])["warc_record_id"] == "<urn:uuid:dang-bo>"
    with pytest.raises(CaptureNotFound):
        capture(db, 999)


def test_iter_articles_streams_in_batches(tmp_path: Path) -> None:
    db = open_db(tmp_path / "archive.db")
    writer = ArchiveWriter(db)
    writer.upsert_site(_profile("big"))
    crawl = writer.start_crawl("big", "t", {})
    with writer.transaction():
        for i in range(1234):
            record = ArticleRecord(
                url=f"https://big.example/{i}",
                title=f"Bài {i}",
                body=[f"Nội dung {i}"],
                published_at=f"2024-01-{i % 28 + 1:02d}T00:00:00+07:00",
            )
            writer.save_article("big", record, None, crawl, "2024-02-01T00:00:00Z")
    queries: list[str] = []
    with db.tracer(lambda sql, params: queries.append(sql)):
        stream = iter_articles(db, batch=100)
        first = next(stream)
        assert first["title"] == "Bài 0" and len(queries) == 1  # lazy: one batch so far
        rest = list(stream)
    assert len(rest) + 1 == 1234 and len(queries) == 13
    ids = [first["id"]] + [r["id"] for r in rest]
    assert ids == sorted(set(ids))
    january_1 = list(iter_articles(db, site="big", since="2024-01-01", until="2024-01-01"))
    assert len(january_1) == len(range(0, 1234, 28))
    assert list(iter_articles(db, site="nope")) == []


def test_export_jsonl_round_trip(db: Database) -> None:
    out = io.StringIO()
    assert export_records(db, "jsonl", out) == 5
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == 5 and set(EXPORT_FIELDS) <= set(records[0])
    first = records[0]
    assert first["site_id"] == "laocai" and first["title"] == "Tuần tra bảo vệ biên giới"
    assert first["body"].split("\n\n") == ARTICLES[0][3]
    assert first["warc_file"] == "warcs/laocai/laocai-1.warc.gz"
    assert first["warc_record_id"] == "<urn:uuid:bien-gioi>"
    assert "Đảng" in out.getvalue()  # UTF-8, not \u escapes
    out = io.StringIO()
    assert export_records(db, "jsonl", out, site="chinhphu", since="2023-01-01") == 1


def test_export_csv_round_trip(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        assert export_records(db, "csv", out) == 5
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == list(EXPORT_FIELDS)
    assert len(rows) == 5
    assert rows[1]["title"] == "Đại hội Đảng bộ tỉnh Lào Cai"
    assert rows[1]["body"] == "\n\n".join(ARTICLES[1][3])
    assert rows[4]["published_at"] == ""  # None becomes an empty cell
    with pytest.raises(InvalidFilter):
        export_records(db, "xml", io.StringIO())  # type: ignore[arg-type]


def test_facade_reads(tmp_path: Path) -> None:
    with Archive(tmp_path, create=True) as archive:
        _populate(archive.db)
        assert len(archive.search("bien gioi")) == 2
        assert sum(1 for _ in archive.articles(site="laocai")) == 3
        assert archive.article("https://laocai.example/dang-bo.html")["author"] == "Trần Thị Bình"
        assert archive.count() == 5 and len(archive.crawls()) == 2
        out = io.StringIO()
        assert archive.export("jsonl", out, site="laocai") == 3
