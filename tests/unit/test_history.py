"""Article history: diffs, removals, returns, re-check candidates (in-memory archive)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from archive import ArticleNotFound, open_db
from archive.history import (
    archived_rechecks,
    article_history,
    mark_removed,
    mark_seen,
    recheck_candidates,
    removed_in_crawl,
    resumed_crawls,
    version_diff,
)


@pytest.fixture
def db():
    db = open_db(":memory:")
    db.execute("INSERT INTO sites (id, name, base_url) VALUES ('s', 'S', 'https://s.gov.vn/')")
    for crawl_id, status in ((1, "finished"), (2, "interrupted"), (3, "running")):
        db.execute("INSERT INTO crawls (id, site_id, started_at, status) VALUES (?, 's', '2024-05-01T00:00:00Z', ?)",
                   [crawl_id, status])
    db.execute(
        "INSERT INTO captures (id, crawl_id, site_id, url, status, fetched_at, etag, last_modified, "
        "warc_record_id, payload_digest, record_type) VALUES (1, 1, 's', 'https://s.gov.vn/a.html', 200, "
        "'2024-05-01T00:00:00Z', '\"e1\"', 'Wed, 01 May 2024 00:00:00 GMT', '<urn:uuid:1>', 'sha1:X', 'response')"
    )
    rows = [
        (1, "https://s.gov.vn/a.html", "2024-05-20T10:00:00+07:00", 1, 1),
        (2, "https://s.gov.vn/b.html", "2024-01-01T10:00:00+07:00", None, 1),  # too old
        (3, "https://s.gov.vn/c.html", None, None, 2),  # undated: first_seen decides; seen by a killed crawl
    ]
    for article_id, url, published, capture, crawl in rows:
        db.execute(
            "INSERT INTO articles (id, site_id, url, title, published_at, body, content_hash, first_seen, "
            "last_seen, capture_id, crawl_id) VALUES (?, 's', ?, 'T', ?, 'b', 'h', '2024-05-25T00:00:00Z', "
            "'2024-05-25T00:00:00Z', ?, ?)",
            [article_id, url, published, capture, crawl],
        )
    return db


NOW = datetime(2024, 6, 1, tzinfo=UTC)


def test_recheck_candidates_by_age_with_validators(db) -> None:
    found = recheck_candidates(db, "s", 30, NOW)
    assert [r.article_id for r in found] == [1, 3]
    assert (found[0].etag, found[0].last_modified, found[0].record_id) == (
        '"e1"', "Wed, 01 May 2024 00:00:00 GMT", "<urn:uuid:1>")
    assert resumed_crawls(db, "s") == [2]
    assert [r.article_id for r in recheck_candidates(db, "s", 30, NOW, skip_crawls=[2])] == [1]
    assert recheck_candidates(db, "s", 0, NOW) == []


def test_archived_rechecks_reads_every_article_with_its_last_capture(db) -> None:
    archived = archived_rechecks(db, "s")
    found = archived["https://s.gov.vn/b.html"]  # old: not a candidate by age
    assert found.article_id == 2 and found.capture_id is None
    assert found.last_checked == datetime(2024, 5, 25, tzinfo=UTC)  # last_seen
    one = archived["https://s.gov.vn/a.html"]
    assert (one.etag, one.fetched_at) == ('"e1"', "2024-05-01T00:00:00Z")
    assert one.last_checked == datetime(2024, 5, 25, tzinfo=UTC)  # later than the capture
    assert "https://s.gov.vn/nothing.html" not in archived
    assert archived_rechecks(db, "other") == {}
    mark_seen(db, 1, 1, None, "2024-06-02T03:00:00Z")  # a 304 re-check moves it on
    moved = archived_rechecks(db, "s")["https://s.gov.vn/a.html"]
    assert moved.last_checked == datetime(2024, 6, 2, 3, tzinfo=UTC)


def test_removed_then_restored(db) -> None:
    assert mark_removed(db, 1, 1, None, "2024-06-01T00:00:00Z", "http_404") is True
    assert mark_removed(db, 1, 1, None, "2024-06-02T00:00:00Z", "http_404") is False  # once
    history = article_history(db, "https://s.gov.vn/a.html")
    assert history.article["removed_at"] == "2024-06-01T00:00:00Z"
    assert [(e["kind"], e["reason"]) for e in history.events] == [("removed", "http_404")]
    assert [a["url"] for a in removed_in_crawl(db, 1)] == ["https://s.gov.vn/a.html"]
    assert mark_seen(db, 1, 3, None, "2024-06-03T00:00:00Z") is True
    history = article_history(db, 1)
    assert history.article["removed_at"] is None
    assert history.article["last_seen"] == "2024-06-03T00:00:00Z"
    assert [e["kind"] for e in history.events] == ["removed", "restored"]
    assert mark_seen(db, 1, 3, None, "2024-06-04T00:00:00Z") is False
    with pytest.raises(ArticleNotFound):
        article_history(db, 99)


def test_version_diff_is_paragraph_by_paragraph() -> None:
    old = {"version": 1, "title": "Hội nghị", "author": "A", "published_at": "x",
           "body": "Đoạn một.\n\nĐoạn hai.\n\nĐoạn ba."}
    new = {**old, "version": 2, "title": "Hội nghị (sửa)", "body": "Đoạn một.\n\nĐoạn hai đã sửa.\n\nĐoạn ba."}
    assert version_diff(old, new, context=0) == [
        "title: 'Hội nghị' -> 'Hội nghị (sửa)'",
        "--- version 1",
        "+++ version 2",
        "@@ -2 +2 @@",
        "-Đoạn hai.",
        "+Đoạn hai đã sửa.",
    ]
