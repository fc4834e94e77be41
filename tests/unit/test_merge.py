"""archive/merge.py on small hand-made archives: conflicts, idempotency, atomicity, refusals.

The crawl-based tests (real WARCs, loopback sites, verify) are in
tests/integration/test_shards.py.
"""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archive import Archive
from archive.db import open_db
from archive.history import mark_removed
from archive.merge import FTS_PREFIXES, MERGED, NOT_MERGED, ShardError, merge_shard
from archive.store import ArchiveWriter
from config.profile import SiteProfile
from pipelines.record import ArticleRecord, Image

PROFILE = SiteProfile(id="laocai", name="Tỉnh ủy Lào Cai", base_url="https://laocai.example/")
URL = "https://laocai.example/tin-tuc/1.html"
BODIES = {
    "A": ["Đảng bộ tỉnh tuần tra biên giới.", "Lực lượng biên phòng chỉ đạo."],
    "B": ["Đảng bộ tỉnh tuần tra biên giới.", "Bổ sung: hội nghị chuyên đề."],
    "C": ["Ủy ban nhân dân tỉnh họp phiên thường kỳ."],
}
_clock = itertools.count()


def at(hour: int) -> str:
    return f"2024-03-05T{hour:02d}:00:00Z"


def record(url: str, body: str) -> ArticleRecord:
    return ArticleRecord(
        url=url, title=f"Bài {body}", body=BODIES[body], published_at="2024-03-05T08:00:00+07:00",
        images=[Image(f"https://laocai.example/{body}.jpg", f"Ảnh {body}", None)],
        extractor="test/1",
    )  # fmt: skip


def crawl(folder: Path, sightings: list[tuple[str, str, str]], status: str = "finished") -> int:
    """One crawl of the site into ``folder``: each (url, body key, fetched_at) a capture with
    its own WARC record id, extracted and saved as the crawl would."""
    db = open_db(folder / "archive.db")
    start = datetime(2024, 3, 5, tzinfo=UTC) + timedelta(minutes=next(_clock))
    writer = ArchiveWriter(db, clock=lambda: start)
    writer.upsert_site(PROFILE)
    crawl_id = writer.start_crawl("laocai", "test", {"run": uuid.uuid4().hex})
    for url, body, fetched_at in sightings:
        capture = writer.add_capture(
            crawl_id=crawl_id, site_id="laocai", url=url, status=200, fetched_at=fetched_at,
            record_type="response", warc_record_id=f"<urn:uuid:{uuid.uuid4()}>",
            payload_digest="sha1:" + hashlib.sha1(body.encode()).hexdigest(),
        )  # fmt: skip
        writer.save_article("laocai", record(url, body), capture, crawl_id, fetched_at)
    writer.add_failure(crawl_id, "laocai", "https://laocai.example/x", "http_500", "boom")
    if status != "running":
        writer.finish_crawl(crawl_id, status, {"govarchive/pages": len(sightings)}, [])
    db.close()
    return crawl_id


def dump(folder: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every merged table, and the search index's answers."""
    conn = sqlite3.connect(folder / "archive.db")
    try:
        tables = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}")), key=repr) for t in MERGED}
        tables["shard_merges"] = [tuple(r) for r in conn.execute("SELECT id FROM shard_merges")]
    finally:
        conn.close()
    with Archive(folder) as archive:
        tables["search"] = [(w, sorted(h.url for h in archive.search(w))) for w in
                            ("bien phong", "hoi nghi", "uy ban", "tuan tra")]  # fmt: skip
    return tables


def article(folder: Path, url: str = URL) -> dict[str, Any]:
    with Archive(folder) as archive:
        return archive.article(url)


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    central, shard = tmp_path / "central", tmp_path / "shard"
    central.mkdir()
    shard.mkdir()
    return central, shard


def test_a_newer_shard_version_becomes_current(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(1))])
    crawl(shard, [(URL, "B", at(2))])
    report = merge_shard(central, shard)
    got = article(central)
    assert [(v["version"], v["title"]) for v in got["versions"]] == [(1, "Bài A"), (2, "Bài B")]
    assert (got["title"], got["current_version"], got["first_seen"], got["last_seen"]) == (
        "Bài B", 2, at(1), at(2))
    assert [i["src"] for i in got["images"]] == ["https://laocai.example/B.jpg"]
    assert (report.added["article_versions"], report.conflicts) == (1, 0)
    with Archive(central) as archive:
        assert [h.url for h in archive.search("hoi nghi")] == [URL]
        assert list(archive.search("bien phong")) == []  # the old body left the index


def test_an_older_shard_version_is_recorded_before_the_current_one(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(5))])
    crawl(shard, [(URL, "B", at(2))])
    report = merge_shard(central, shard)
    got = article(central)
    assert [(v["version"], v["title"], v["fetched_at"]) for v in got["versions"]] == [
        (1, "Bài B", at(2)), (2, "Bài A", at(5))]
    assert (got["title"], got["current_version"], got["first_seen"], got["last_seen"]) == (
        "Bài A", 2, at(2), at(5))
    assert report.conflicts == 1
    with Archive(central) as archive:
        assert [h.url for h in archive.search("bien phong")] == [URL]
        assert list(archive.search("hoi nghi")) == []


def test_identical_content_adds_no_version(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(1))])
    crawl(shard, [(URL, "A", at(3))])
    report = merge_shard(central, shard)
    got = article(central)
    assert [v["version"] for v in got["versions"]] == [1]
    assert (got["first_seen"], got["last_seen"]) == (at(1), at(3))
    assert got["capture_id"] == max(c for c in _capture_ids(central))  # the newest sighting
    assert (report.added["captures"], report.added["article_versions"]) == (1, 0)


def _capture_ids(folder: Path) -> list[int]:
    conn = sqlite3.connect(folder / "archive.db")
    try:
        return [cid for (cid,) in conn.execute("SELECT id FROM captures")]
    finally:
        conn.close()


def test_a_revert_in_the_shard_is_a_new_version(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(1)), (URL, "B", at(2))])
    crawl(shard, [(URL, "A", at(3))])
    merge_shard(central, shard)
    got = article(central)
    assert [v["title"] for v in got["versions"]] == ["Bài A", "Bài B", "Bài A"]
    assert (got["title"], got["current_version"]) == ("Bài A", 3)


def test_new_articles_crawls_failures_and_merging_twice(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(1))])
    other = "https://laocai.example/tin-tuc/2.html"
    crawl(shard, [(other, "C", at(2)), (other, "B", at(4)), (URL, "B", at(3))])
    first = merge_shard(central, shard)
    assert first.added == {"crawls": 1, "captures": 3, "articles": 1, "article_versions": 3,
                           "failures": 1}  # fmt: skip
    got = article(central, other)
    assert [v["title"] for v in got["versions"]] == ["Bài C", "Bài B"] and got["title"] == "Bài B"
    before = dump(central)
    again = merge_shard(central, shard)
    assert not again.changed and +again.added == {} and +again.updated == {}
    assert dump(central) == before


def test_a_removal_found_by_a_shard_reaches_the_central_archive(pair: tuple[Path, Path]) -> None:
    """The shard starts from the central archive's job state (article stubs); its crawl finds
    the article gone. The stub's content is not merged; the removal and its event are."""
    central, shard = pair
    crawl(central, [(URL, "A", at(1))])
    with Archive(central) as archive:
        archive.export_state("laocai", shard / "state.jsonl.gz")
    with Archive(shard, create=True) as archive:
        archive.import_state(shard / "state.jsonl.gz")
    crawl_id = crawl(shard, [])
    db = open_db(shard / "archive.db")
    (stub,) = db.execute("SELECT id FROM articles").fetchone()
    assert mark_removed(db, stub, crawl_id, None, at(6), "http_404")
    db.close()
    report = merge_shard(central, shard)
    got = article(central)
    assert (got["removed_at"], [v["title"] for v in got["versions"]]) == (at(6), ["Bài A"])
    assert got["body"] == "\n\n".join(BODIES["A"])  # the stub's empty body never came back
    assert report.added["article_events"] == 1 and report.unresolved == 0
    conn = sqlite3.connect(central / "archive.db")
    assert conn.execute("SELECT kind, reason, at FROM article_events").fetchall() == [
        ("removed", "http_404", at(6))]
    assert conn.execute("SELECT COUNT(*) FROM crawls").fetchone()[0] == 2  # stub crawl not copied
    conn.close()


def fake_warc(shard: Path, name: str, content: bytes = b"WARC/1.1\r\n") -> Path:
    path = shard / "warcs" / "laocai" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in (folder / "warcs").rglob("*"))


def test_a_crash_in_the_middle_leaves_the_central_archive_unchanged(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(1))])
    fake_warc(central, "laocai-00001-20240305000000-00000.warc.gz", b"central")
    crawl(shard, [(URL, "B", at(2)), ("https://laocai.example/tin-tuc/2.html", "C", at(2))])
    fake_warc(shard, "laocai-00001-20240305010000-00000.warc.gz")
    before, listed = dump(central), files(central)
    stages: list[tuple[str, int, int]] = []

    def explode(stage: str, done: int, total: int) -> None:
        stages.append((stage, done, total))
        if stage == "articles" and done == 2:
            raise RuntimeError("node lost power")

    with pytest.raises(RuntimeError, match="node lost power"):
        merge_shard(central, shard, progress=explode)
    assert ("files", 1, 1) in stages and ("captures", 2, 2) in stages
    assert dump(central) == before and files(central) == listed  # no temporary file left
    merge_shard(central, shard)  # and then it merges
    assert files(central) == [*listed, "warcs/laocai/laocai-00001-20240305010000-00000.warc.gz"]


def test_refusals_change_nothing(pair: tuple[Path, Path]) -> None:
    central, shard = pair
    crawl(central, [(URL, "A", at(1))])
    fake_warc(central, "same.warc.gz", b"central bytes")
    crawl(shard, [(URL, "B", at(2))], status="running")
    before = dump(central)
    with pytest.raises(ShardError, match="crawl 1 of laocai is still running in this shard"):
        merge_shard(central, shard)
    open_file = fake_warc(shard, "laocai-00001-x.warc.gz.open")
    with pytest.raises(ShardError, match="WARC file.* still open .*verify --repair"):
        merge_shard(central, shard, interrupted_ok=True)
    open_file.unlink()
    fake_warc(shard, "same.warc.gz", b"shard bytes")
    with pytest.raises(ShardError, match="same.warc.gz exists in .* with other content"):
        merge_shard(central, shard, interrupted_ok=True)
    fake_warc(shard, "same.warc.gz", b"central bytes")  # the same file: nothing to copy
    conn = sqlite3.connect(shard / "archive.db")
    conn.execute("CREATE TABLE novelty (x)")
    conn.execute("INSERT INTO novelty VALUES (1)")
    conn.commit()
    with pytest.raises(ShardError, match="table novelty holds rows this version cannot merge"):
        merge_shard(central, shard, interrupted_ok=True)
    assert dump(central) == before
    conn.execute("DELETE FROM novelty")
    conn.commit()
    conn.close()
    report = merge_shard(central, shard, interrupted_ok=True)  # a dead node's crawl
    assert report.files_present == ["warcs/laocai/same.warc.gz"]
    with Archive(central) as archive:
        assert [c["status"] for c in archive.crawls()] == ["interrupted", "finished"]
    with pytest.raises(ShardError, match="is the archive itself"):
        merge_shard(central, central)


def test_every_table_is_merged_or_named_as_not_merged(tmp_path: Path) -> None:
    """A migration adding a table must teach archive/merge.py about it."""
    db = open_db(tmp_path / "archive.db")
    tables = [t for t in db.table_names() if not t.startswith(FTS_PREFIXES)]
    db.close()
    assert sorted(set(tables) - set(MERGED) - set(NOT_MERGED)) == []


def test_citations_and_attachment_texts_come_with_the_shard(pair: tuple[Path, Path]) -> None:
    """An article's document references, an attachment's text and its own references are
    merged with their capture and article re-keyed, and are searchable in the central
    archive (``ref:`` terms, ``within="attachments"``); merging again adds nothing."""
    from archive.attachtext import AttachmentText, save_attachment_text
    from archive.docrefs import DocumentRef, replace_article_refs

    central, shard = pair
    crawl(central, [("https://laocai.example/tin-tuc/0.html", "C", at(1))])
    crawl(shard, [(URL, "A", at(2))])
    ref = DocumentRef(key="nghi-dinh:13/2023/nd-cp", doc_type="Nghị định", number="13",
                      issuer="NĐ-CP", raw="Nghị định 13/2023/NĐ-CP", year=2023,
                      sentence="Theo Nghị định 13/2023/NĐ-CP.", start=5, end=28)  # fmt: skip
    db = open_db(shard / "archive.db")
    (article_id,) = db.execute("SELECT id FROM articles").fetchone()
    replace_article_refs(db, article_id, [ref])
    writer = ArchiveWriter(db)
    crawl_id = db.execute("SELECT id FROM crawls").fetchone()[0]
    capture = writer.add_capture(
        crawl_id=crawl_id, site_id="laocai", url="https://laocai.example/qd.pdf", status=200,
        fetched_at=at(2), record_type="response", warc_record_id=f"<urn:uuid:{uuid.uuid4()}>",
    )  # fmt: skip
    text = AttachmentText(status="ok", text="Quyết định về tuần tra biên giới", format="pdf")
    save_attachment_text(db, capture, text, [DocumentRef(
        key="quyet-dinh:12/qd-ubnd", doc_type="Quyết định", number="12", issuer="QĐ-UBND",
        raw="12/QĐ-UBND", field="number")])  # fmt: skip
    db.conn.commit()
    db.close()

    report = merge_shard(central, shard)
    assert report.added["attachment_texts"] == 1
    with Archive(central) as archive:
        assert [h.url for h in archive.search("ref:13/2023/NĐ-CP")] == [URL]
        assert [h.url for h in archive.search("tuan tra", within="attachments")] == [
            "https://laocai.example/qd.pdf"]
        cited = archive.refs("12/QĐ-UBND")
    assert cited is not None
    before = dump(central)
    again = merge_shard(central, shard)
    assert not again.changed and dump(central) == before
