"""archive.db / archive.migrations / the Archive facade: opening, migrations, raw HTML."""

from __future__ import annotations

import io
import itertools
import logging
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlite_utils import Database

from archive import (
    Archive,
    ArchiveError,
    ArchiveNotFound,
    ArticleNotFound,
    CaptureNotFound,
    archive_paths,
)
from archive.db import open_db
from archive.migrations import MIGRATIONS, applied_migrations, apply_migrations, migration
from config.profile import SiteProfile
from pipelines.record import ArticleRecord

TABLES = {
    "sites",
    "crawls",
    "captures",
    "articles",
    "article_versions",
    "images",
    "attachments",
    "failures",
    "articles_fts",
    "_migrations",
}


def test_open_db_creates_schema_with_pragmas(tmp_path: Path) -> None:
    db = open_db(tmp_path / "a" / "archive.db")
    assert TABLES <= set(db.table_names())
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"captures_site_url", "captures_record_id", "articles_site_published"} <= indexes


def test_migrations_recorded_and_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    db = open_db(path)
    applied = applied_migrations(db)
    assert [name for name, _ in applied] == [m.name for m in MIGRATIONS]
    assert applied[0][0] == "0001_initial" and applied[0][1]
    assert apply_migrations(db) == []
    db.close()
    db = open_db(path, create=False)
    assert applied_migrations(db) == applied
    assert db.execute("SELECT count(*) FROM _migrations").fetchone()[0] == len(MIGRATIONS)


def test_failed_migration_rolls_back_and_stays_pending(monkeypatch: pytest.MonkeyPatch) -> None:
    db = open_db(":memory:")
    monkeypatch.setattr("archive.migrations.MIGRATIONS", list(MIGRATIONS))

    @migration("9999_broken")
    def broken(db: Database) -> None:
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        apply_migrations(db)
    assert "half_done" not in db.table_names()
    assert "9999_broken" not in {name for name, _ in applied_migrations(db)}


def test_an_archive_from_before_docids_is_reindexed_by_the_migrations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """An archive at 0005 (index rowid = article id, four columns) opened by this version:
    0006 and 0007 re-key the index by docid and every article is found again."""
    from archive.fts import docid
    from archive.queries import search

    path = tmp_path / "archive.db"
    monkeypatch.setattr("archive.migrations.MIGRATIONS", [m for m in MIGRATIONS if m.name < "0006"])
    db = open_db(path)
    db.execute(
        "INSERT INTO sites (id, name, base_url) VALUES ('laocai', 'L', 'https://l.example/')"
    )
    for i, (published, title) in enumerate(
        [
            ("2023-02-03T08:00:00+07:00", "Đảng bộ tỉnh"),
            (None, "Biên giới"),
            ("2019-12-31", "Đảng bộ xã"),
        ],
        start=1,
    ):
        db.execute(
            "INSERT INTO articles (id, site_id, url, title, published_at, body, content_hash, "
            "first_seen, last_seen) VALUES (?, 'laocai', ?, ?, ?, 'Nội dung.', 'h', 't', 't')",
            [i, f"https://l.example/{i}", title, published],
        )
        db.execute("INSERT INTO articles_fts (rowid, title, lead, body, author) VALUES "
                   "(?, ?, '', 'noi dung', '')", [i, title.lower()])  # fmt: skip
    db.close()
    monkeypatch.undo()
    with caplog.at_level(logging.INFO, logger="archive.migrations"):
        db = open_db(path, create=False)
    said = [r.getMessage() for r in caplog.records if r.name == "archive.migrations"]
    assert said[0] == "Upgrading the archive: migration 0006_fts_v2 ..."
    assert "Upgrading the archive: migration 0007_fts_docids ..." in said
    assert said[said.index("Upgrading the archive: migration 0007_fts_docids ...") + 1].startswith(
        "Migration 0007_fts_docids applied in "
    )  # later migrations follow it
    rows = db.execute("SELECT id, site_id, published_at, fts_docid FROM articles").fetchall()
    assert [doc for *_, doc in rows] == [docid(site, pub, i) for i, site, pub, _ in rows]
    assert sorted(h.id for h in search(db, "dang bo")) == [1, 3]
    assert [h.id for h in search(db, "dang bo", since="2020")] == [1]
    assert [h.id for h in search(db, "bien gioi", site="laocai")] == [2]
    assert db.execute("SELECT fts_docid FROM article_list WHERE id = 2").fetchone()[0] == rows[1][3]


def test_bulk_index_says_how_far_it_got(caplog: pytest.LogCaptureFixture) -> None:
    from archive.fts import bulk_index
    from archive.queries import search
    from crawler.cli.common import show_upgrade_progress

    db = open_db(":memory:")
    db.execute(
        "INSERT INTO sites (id, name, base_url) VALUES ('laocai', 'L', 'https://l.example/')"
    )
    for i in range(1, 6):
        db.execute(
            "INSERT INTO articles (id, site_id, url, title, body, content_hash, first_seen, "
            "last_seen) VALUES (?, 'laocai', ?, 'Biên giới', 'x', 'h', 't', 't')",
            [i, f"https://l.example/{i}"],
        )
    stream = io.StringIO()
    show_upgrade_progress(stream)
    show_upgrade_progress(stream)  # idempotent: one handler, one line per message
    with caplog.at_level(logging.INFO, logger="archive.fts"):
        assert bulk_index(db, batch=2) == 5
    assert stream.getvalue().splitlines() == [
        "govarchive: Full-text index: 2 of 5 articles",
        "govarchive: Full-text index: 4 of 5 articles",
        "govarchive: Full-text index: 5 of 5 articles",
        "govarchive: Full-text index: merging into one segment ...",
    ]
    assert len(search(db, "bien gioi")) == 5


def test_an_upgrade_blocked_by_another_writer_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "archive.db"
    monkeypatch.setattr("archive.migrations.MIGRATIONS", MIGRATIONS[:-1])
    open_db(path).close()
    monkeypatch.setattr("archive.migrations.MIGRATIONS", list(MIGRATIONS))
    monkeypatch.setattr("archive.db._lock_wait", 0.05)
    other = sqlite3.connect(path)
    other.execute("BEGIN IMMEDIATE")  # e.g. the same upgrade, running in another process
    try:
        with pytest.raises(ArchiveError, match="another process holds the archive's write lock"):
            open_db(path, create=False)
    finally:
        other.rollback()
        other.close()
    assert MIGRATIONS[-1].name in {name for name, _ in applied_migrations(open_db(path))}


def test_migration_names_must_sort_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("archive.migrations.MIGRATIONS", list(MIGRATIONS))
    with pytest.raises(ValueError, match="must sort after"):
        migration("0000_too_early")(lambda db: None)


def test_memory_db_and_foreign_keys() -> None:
    db = open_db(":memory:")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO crawls (site_id, started_at) VALUES ('nope', 'x')")


def test_archive_paths(tmp_path: Path) -> None:
    paths = archive_paths(tmp_path)
    assert paths.db == tmp_path / "archive.db"
    assert paths.warcs == tmp_path / "warcs" and paths.logs == tmp_path / "logs"


def test_archive_not_found_names_the_path_and_the_fix(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(ArchiveNotFound) as info:
        Archive(missing)
    message = str(info.value)
    assert str(missing) in message
    assert "govarchive crawl" in message and "govarchive demo" in message
    assert not missing.exists()
    with pytest.raises(ArchiveNotFound):
        open_db(tmp_path / "x" / "archive.db", create=False)


def test_archive_folder_or_db_file(tmp_path: Path) -> None:
    with Archive(tmp_path, create=True) as archive:
        assert archive.root == tmp_path
        assert archive.db_path == tmp_path / "archive.db"
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.root == tmp_path and archive.count() == 0
    with Archive(":memory:") as archive:
        assert archive.root is None


PROFILE = SiteProfile(id="chinhphu", name="Chính phủ", base_url="https://chinhphu.vn/")


def _write_warc(tmp_path: Path, html: bytes):  # type: ignore[no-untyped-def]
    from archive.warcwrite import Exchange, WarcWriter

    counter = itertools.count(1)
    writer = WarcWriter(
        tmp_path / "warcs" / "chinhphu",
        "chinhphu-1-20240305000000",
        warcinfo={"software": "govarchive-test"},
        record_id_factory=lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>",
        clock=lambda: datetime(2024, 3, 5),
    )
    written = writer.write_exchange(
        Exchange(
            url="https://chinhphu.vn/a-1.htm",
            method="GET",
            request_headers=[],
            request_body=b"",
            status=200,
            protocol="HTTP/1.1",
            response_headers=[("Content-Type", "text/html; charset=utf-8")],
            body=html,
            ip_address=None,
            fetched_at=datetime(2024, 3, 5, 1, 2, 3),
        )
    )
    writer.close()
    return written


def test_raw_reads_the_captured_html_and_resolves_revisits(tmp_path: Path) -> None:
    html = "<html><body><h1>Biên giới</h1></body></html>".encode()
    written = _write_warc(tmp_path, html)
    with Archive(tmp_path, create=True) as archive:
        w = archive.writer()
        w.upsert_site(PROFILE)
        crawl = w.start_crawl("chinhphu", "test", {})
        common = {
            "crawl_id": crawl,
            "site_id": "chinhphu",
            "url": "https://chinhphu.vn/a-1.htm",
            "payload_digest": written.payload_digest,
        }
        response = w.add_capture(
            **common,
            status=200,
            fetched_at="2024-03-05T01:02:03Z",
            record_type="response",
            warc_file=written.warc_file.relative_to(tmp_path),
            warc_offset=written.offset,
            warc_length=written.length,
            warc_record_id=written.record_id,
        )
        revisit = w.add_capture(
            **common,
            status=200,
            fetched_at="2024-04-05T00:00:00Z",
            record_type="revisit",
            warc_file="warcs/x.warc.gz",
            warc_offset=0,
        )
        record = ArticleRecord(url="https://chinhphu.vn/a-1.htm", title="Biên giới", body=["x"])
        article_id, _ = w.save_article("chinhphu", record, response, crawl, "2024-03-05T01:02:03Z")
        assert archive.raw(article_id) == html
        w.save_article("chinhphu", record, revisit, crawl, "2024-04-05T00:00:00Z")
        assert archive.article(article_id)["capture_id"] == revisit
        assert archive.raw("https://chinhphu.vn/a-1.htm") == html
        with pytest.raises(ArticleNotFound):
            archive.raw(999)
        other = ArticleRecord(url="https://chinhphu.vn/b.htm", title="B", body=["y"])
        no_capture, _ = w.save_article("chinhphu", other, None, crawl, "2024-03-05T01:02:03Z")
        with pytest.raises(CaptureNotFound):
            archive.raw(no_capture)


# --- whose file is it -------------------------------------------------------------------------


def _foreign(path: Path, application_id: int = 0) -> bytes:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO articles (title) VALUES ('not ours')")
    conn.commit()
    conn.close()
    return path.read_bytes()


@pytest.mark.parametrize("application_id", [0, 0x1234])
def test_a_foreign_sqlite_file_is_refused_and_never_written(
    tmp_path: Path, application_id: int
) -> None:
    from archive.errors import NotAnArchive

    path = tmp_path / "archive.db"
    before = _foreign(path, application_id)
    with pytest.raises(NotAnArchive) as info:
        open_db(path)
    message = str(info.value)
    assert "not a govarchive archive" in message and "nothing was written" in message
    assert "\n" not in message
    assert path.read_bytes() == before  # no _migrations table, no WAL switch
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.db"]  # no -wal, no -shm
    with pytest.raises(NotAnArchive):
        Archive(tmp_path)


def test_new_archives_carry_the_application_id_and_old_ones_get_it(tmp_path: Path) -> None:
    from archive.migrations import APPLICATION_ID

    path = tmp_path / "archive.db"
    db = open_db(path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    # an archive made before 0008: application_id 0, its migrations recorded
    db.execute("PRAGMA application_id = 0")
    db.execute("DELETE FROM _migrations WHERE name = '0008_application_id'")
    db.close()
    db = open_db(path, create=False)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert "0008_application_id" in {name for name, _ in applied_migrations(db)}
    db.close()
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")  # an empty file is a new archive
    assert open_db(empty).execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
