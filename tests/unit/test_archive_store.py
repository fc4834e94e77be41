"""archive.store.ArchiveWriter: sites, crawls, captures, failures, article versions, FTS."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import PurePosixPath

import pytest
from sqlite_utils import Database

from archive import ArchiveError
from archive.db import open_db
from archive.fold import fold
from archive.fts import defer_index, docid, flush_index, site_token
from archive.ftsquery import WORD_RE
from archive.queries import get_article, search
from archive.store import ArchiveWriter
from config.profile import SiteProfile
from pipelines.record import ArticleRecord, Attachment, Image

PROFILE = SiteProfile(id="laocai", name="Tỉnh ủy Lào Cai", base_url="https://laocai.example/")
RECORD = ArticleRecord(
    url="https://laocai.example/tin-tuc/1.html",
    title="Đảng bộ tỉnh tuần tra biên giới",
    body=["Sáng nay, lực lượng biên phòng tuần tra.", "Đảng bộ tỉnh chỉ đạo sát sao."],
    published_at="2024-03-05T08:00:00+07:00",
    date_precision="minute",
    author="Nguyễn Văn An",
    lead="Tuần tra biên giới.",
    images=[Image("https://laocai.example/a.jpg", "Ảnh minh họa", "alt")],
    attachments=[Attachment("https://laocai.example/qd.pdf", "Quyết định", "pdf")],
    extractor="test/1",
    warnings=["date_unparsed"],
)


@pytest.fixture
def db() -> Database:
    return open_db(":memory:")


@pytest.fixture
def writer(db: Database) -> ArchiveWriter:
    clock = iter(datetime(2024, 3, 5, 0, 0, s, tzinfo=UTC) for s in range(60))
    w = ArchiveWriter(db, clock=lambda: next(clock))
    w.upsert_site(PROFILE)
    return w


def capture(writer: ArchiveWriter, crawl_id: int, url: str = RECORD.url) -> int:
    return writer.add_capture(
        crawl_id=crawl_id,
        site_id="laocai",
        url=url,
        status=200,
        fetched_at="2024-03-05T01:00:00Z",
        record_type="response",
        warc_file=PurePosixPath("warcs/laocai/x.warc.gz"),
        warc_offset=0,
        warc_length=10,
        warc_record_id="<urn:uuid:1>",
    )


def test_upsert_site_updates_in_place(db: Database, writer: ArchiveWriter) -> None:
    renamed = SiteProfile(id="laocai", name="Lào Cai", base_url="https://laocai.example/")
    writer.upsert_site(renamed)
    rows = list(db.query("SELECT * FROM sites"))
    assert len(rows) == 1 and rows[0]["name"] == "Lào Cai"
    assert rows[0]["profile_hash"] == renamed.profile_hash
    assert json.loads(rows[0]["profile_json"])["id"] == "laocai"


def test_crawl_lifecycle(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "govarchive/0.1.0", {"DOWNLOAD_DELAY": 1})
    row = next(db.query("SELECT * FROM crawls WHERE id = ?", [crawl]))
    assert row["status"] == "running" and row["started_at"] == "2024-03-05T00:00:00Z"
    site = next(db.query("SELECT * FROM sites"))
    assert site["first_crawl_at"] == site["last_crawl_at"] == "2024-03-05T00:00:00Z"
    stats = {
        "govarchive/pages": 12,
        "govarchive/articles/new": 3,
        "govarchive/errors": 1,
        "start_time": datetime(2024, 3, 5),
    }
    writer.finish_crawl(crawl, "partial", stats, ["warcs/laocai/a.warc.gz"])
    row = next(db.query("SELECT * FROM crawls WHERE id = ?", [crawl]))
    assert (
        row["status"],
        row["pages"],
        row["articles_new"],
        row["articles_changed"],
        row["errors"],
    ) == ("partial", 12, 3, 0, 1)
    assert json.loads(row["warc_files_json"]) == ["warcs/laocai/a.warc.gz"]
    assert json.loads(row["stats_json"])["govarchive/pages"] == 12
    with pytest.raises(ValueError, match="status"):
        writer.finish_crawl(crawl, "done", {}, [])
    with pytest.raises(ArchiveError, match="Unknown crawl"):
        writer.finish_crawl(999, "finished", {}, [])
    with pytest.raises(ArchiveError, match="upsert_site"):
        writer.start_crawl("unknown-site", "x", {})


def test_captures_and_failures(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    cid = capture(writer, crawl)
    err = writer.add_capture(
        crawl_id=crawl,
        site_id="laocai",
        url="https://laocai.example/x",
        fetched_at="2024-03-05T01:00:00Z",
        error="DNS lookup failed",
    )
    rows = {r["id"]: r for r in db.query("SELECT * FROM captures")}
    assert rows[cid]["warc_file"] == "warcs/laocai/x.warc.gz"
    assert rows[err]["warc_file"] is None and rows[err]["status"] is None
    assert rows[err]["error"] == "DNS lookup failed"
    with pytest.raises(TypeError, match="unknown capture fields: colour"):
        writer.add_capture(crawl_id=crawl, site_id="laocai", url="u", fetched_at="t", colour=1)
    with pytest.raises(TypeError, match="missing capture fields: fetched_at"):
        writer.add_capture(crawl_id=crawl, site_id="laocai", url="u")
    writer.add_failure(crawl, "laocai", "https://laocai.example/y", "soft_404", "title: Lỗi")
    failure = next(db.query("SELECT * FROM failures"))
    assert (failure["reason"], failure["detail"]) == ("soft_404", "title: Lỗi")


def test_save_new_unchanged_changed_with_versions(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    c1, c2, c3 = (capture(writer, crawl) for _ in range(3))
    article_id, outcome = writer.save_article("laocai", RECORD, c1, crawl, "2024-03-05T01:00:00Z")
    assert outcome == "new"
    row = get_article(db, article_id)
    assert row["current_version"] == 1 and row["capture_id"] == c1
    assert (
        row["body"] == "Sáng nay, lực lượng biên phòng tuần tra.\n\nĐảng bộ tỉnh chỉ đạo sát sao."
    )
    assert row["word_count"] == RECORD.word_count
    assert row["first_seen"] == row["last_seen"] == "2024-03-05T01:00:00Z"
    assert [i["src"] for i in row["images"]] == ["https://laocai.example/a.jpg"]
    assert row["attachments"][0]["kind"] == "pdf"
    assert json.loads(row["warnings_json"]) == ["date_unparsed"]
    assert [v["version"] for v in row["versions"]] == [1]

    again = writer.save_article("laocai", RECORD, c2, crawl, "2024-03-06T01:00:00Z")
    assert again == (article_id, "unchanged")
    row = get_article(db, article_id)
    assert row["capture_id"] == c2 and row["last_seen"] == "2024-03-06T01:00:00Z"
    assert row["first_seen"] == "2024-03-05T01:00:00Z" and row["current_version"] == 1

    edited = replace(RECORD, body=[*RECORD.body, "Đoạn mới về hội nghị."], images=[])
    assert writer.save_article("laocai", edited, c3, crawl, "2024-03-07T01:00:00Z") == (
        article_id,
        "changed",
    )
    row = get_article(db, article_id)
    assert row["current_version"] == 2 and row["capture_id"] == c3
    assert row["body"].endswith("Đoạn mới về hội nghị.") and row["images"] == []
    versions = list(
        db.query(
            "SELECT version, capture_id, body FROM article_versions WHERE article_id = ? "
            "ORDER BY version",
            [article_id],
        )
    )
    assert [(v["version"], v["capture_id"]) for v in versions] == [(1, c1), (2, c3)]
    assert versions[0]["body"] == RECORD.body_text  # the old version is kept
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_resaving_never_duplicates(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    for day in range(1, 6):
        writer.save_article("laocai", RECORD, None, crawl, f"2024-03-0{day}T00:00:00Z")
    counts = [
        db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("articles", "article_versions", "images", "attachments")
    ]
    assert counts == [1, 1, 1, 1]
    assert len(search(db, "bien gioi")) == 1


def test_older_capture_does_not_move_last_seen_back(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    new, old = capture(writer, crawl), capture(writer, crawl)
    article_id, _ = writer.save_article("laocai", RECORD, new, crawl, "2024-03-06T00:00:00Z")
    writer.save_article("laocai", RECORD, old, crawl, "2024-03-01T00:00:00Z")
    row = get_article(db, article_id)
    assert (row["first_seen"], row["last_seen"], row["capture_id"]) == (
        "2024-03-01T00:00:00Z",
        "2024-03-06T00:00:00Z",
        new,
    )


def test_unchanged_sighting_writes_no_row(db: Database, writer: ArchiveWriter) -> None:
    """Saving again what a row already says (a reextract of an unchanged archive: the same
    capture, crawl and time) writes nothing; any sighting that moves it still does."""
    crawl = writer.start_crawl("laocai", "x", {})
    c1, c2 = capture(writer, crawl), capture(writer, crawl)
    article_id, _ = writer.save_article("laocai", RECORD, c1, crawl, "2024-03-05T01:00:00Z")
    writer.save_article("laocai", RECORD, c1, crawl, "2024-03-07T01:00:00Z")  # last seen moves
    before = db.conn.total_changes
    for at in ("2024-03-05T01:00:00Z", "2024-03-06T01:00:00Z", "2024-03-07T01:00:00Z"):
        assert writer.save_article("laocai", RECORD, c1, crawl, at) == (article_id, "unchanged")
    assert db.conn.total_changes == before  # within [first, last], the last one's capture
    row = get_article(db, article_id)
    assert (row["first_seen"], row["last_seen"], row["capture_id"]) == (
        "2024-03-05T01:00:00Z", "2024-03-07T01:00:00Z", c1)  # fmt: skip
    # the last moment from another capture, an earlier first sight, a removed row: written
    writer.save_article("laocai", RECORD, c2, crawl, "2024-03-07T01:00:00Z")
    assert get_article(db, article_id)["capture_id"] == c2
    writer.save_article("laocai", RECORD, c2, crawl, "2024-03-04T01:00:00Z")
    assert get_article(db, article_id)["first_seen"] == "2024-03-04T01:00:00Z"
    db.execute("UPDATE articles SET removed_at = '2024-03-08' WHERE id = ?", [article_id])
    writer.save_article("laocai", RECORD, c2, crawl, "2024-03-05T01:00:00Z")
    assert get_article(db, article_id)["removed_at"] is None


def test_changed_article_is_reindexed(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    writer.save_article("laocai", RECORD, None, crawl, "2024-03-05T00:00:00Z")
    edited = replace(
        RECORD, title="Hội nghị tổng kết", body=["Nội dung hoàn toàn khác."], lead=None
    )
    writer.save_article("laocai", edited, None, crawl, "2024-03-06T00:00:00Z")
    assert search(db, "tuan tra") == []
    assert [h.title for h in search(db, "hoi nghi")] == ["Hội nghị tổng kết"]
    # the old terms are really gone: the index vocabulary is exactly the new text's words
    # (FTS5's integrity-check cannot see a wrong 'delete' on a contentless table)
    db.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, articles_fts, 'col')")
    vocab = {term for (term,) in db.execute("SELECT term FROM temp.vocab WHERE col != 'facets'")}
    expected = " ".join([edited.title, edited.body_text, edited.author or ""])
    assert vocab == set(WORD_RE.findall(fold(expected)))
    facets = {term for (term,) in db.execute("SELECT term FROM temp.vocab WHERE col = 'facets'")}
    assert facets == {site_token("laocai"), "zanguyen", "zavan", "zaan"}  # Nguyễn Văn An


def test_new_publication_date_moves_the_index_entry(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    article_id, _ = writer.save_article("laocai", RECORD, None, crawl, "2024-03-05T00:00:00Z")
    redated = replace(RECORD, published_at="2021-11-30T08:00:00+07:00")
    writer.save_article("laocai", redated, None, crawl, "2024-03-06T00:00:00Z")
    (stored,) = db.execute("SELECT fts_docid FROM articles WHERE id = ?", [article_id]).fetchone()
    assert stored == docid("laocai", "2021-11-30T08:00:00+07:00", article_id)
    assert [row[0] for row in db.execute("SELECT rowid FROM articles_fts")] == [stored]
    assert [h.id for h in search(db, "tuan tra", since="2021-11", until="2021-11")] == [article_id]
    assert search(db, "tuan tra", since="2024-01") == []
    assert [h.id for h in search(db, "tuan tra", site="laocai")] == [article_id]


def _index_terms(db: Database) -> list[tuple]:
    db.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, articles_fts, 'instance')"
    )
    return list(db.execute("SELECT * FROM temp.vocab ORDER BY 1, 2, 3, 4"))


def _batch(db: Database, writer: ArchiveWriter, deferred: bool) -> None:
    """New articles, one changed twice and one failing inside its savepoint, one batch."""
    crawl = writer.start_crawl("laocai", "x", {})
    with writer.transaction():
        if deferred:
            defer_index(db)
        for i in range(3):
            record = replace(RECORD, url=f"https://laocai.example/{i}.html", title=f"Tin {i}")
            writer.save_article("laocai", record, None, crawl, "2024-03-05T00:00:00Z")
        for title in ("Hội nghị tổng kết", "Hội nghị sơ kết"):
            edited = replace(RECORD, url="https://laocai.example/1.html", title=title)
            writer.save_article("laocai", edited, None, crawl, "2024-03-06T00:00:00Z")
        with pytest.raises(RuntimeError), writer.transaction():
            failed = replace(RECORD, url="https://laocai.example/x.html", title="Bài lỗi")
            writer.save_article("laocai", failed, None, crawl, "2024-03-05T00:00:00Z")
            raise RuntimeError("the article failed after its rows")
        # a change flushes the queue first: only the last version of 1.html is left
        assert flush_index(db) == (1 if deferred else 0)
        defer_index(db, on=False)


def test_deferred_index_entries_equal_immediate_ones(writer: ArchiveWriter) -> None:
    """Defer mode (the crawl recorder's batches) writes the same index, and a failed
    article's queued entry goes with its savepoint."""
    other = open_db(":memory:")
    ArchiveWriter(other).upsert_site(PROFILE)
    _batch(writer.db, writer, deferred=False)
    _batch(other, ArchiveWriter(other), deferred=True)
    assert _index_terms(other) == _index_terms(writer.db)
    assert "bai" not in {row[0] for row in _index_terms(other)}
    assert [h.title for h in search(other, "so ket")] == ["Hội nghị sơ kết"]


def test_known_article_urls_and_transaction(db: Database, writer: ArchiveWriter) -> None:
    crawl = writer.start_crawl("laocai", "x", {})
    with writer.transaction():
        for i in range(3):
            record = replace(RECORD, url=f"https://laocai.example/{i}.html")
            writer.save_article("laocai", record, None, crawl, "2024-03-05T00:00:00Z")
    assert writer.known_article_urls("laocai") == {
        f"https://laocai.example/{i}.html" for i in range(3)
    }
    assert writer.known_article_urls("other") == set()
    with pytest.raises(RuntimeError), writer.transaction():
        writer.save_article(
            "laocai",
            replace(RECORD, url="https://laocai.example/x"),
            None,
            crawl,
            "2024-03-05T00:00:00Z",
        )
        raise RuntimeError("crawl interrupted")
    assert "https://laocai.example/x" not in writer.known_article_urls("laocai")


def test_a_changed_article_keeps_its_attachments_capture_links(
    db: Database, writer: ArchiveWriter
) -> None:
    """Saving a new version re-writes the media rows: they stay linked to their captures."""
    crawl = writer.start_crawl("laocai", "govarchive/0.1.0", {})
    pdf = capture(writer, crawl, url="https://laocai.example/qd.pdf")
    writer.save_article("laocai", RECORD, capture(writer, crawl), crawl, "2024-03-05T01:00:00Z")
    changed = replace(RECORD, body=[*RECORD.body, "Một đoạn mới."])
    _, outcome = writer.save_article(
        "laocai", changed, capture(writer, crawl), crawl, "2024-03-06T01:00:00Z"
    )
    assert outcome == "changed"
    (row,) = db.query("SELECT url, capture_id FROM attachments")
    assert row == {"url": "https://laocai.example/qd.pdf", "capture_id": pdf}
