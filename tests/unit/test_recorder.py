"""archive.recorder.CrawlRecorder: a crawl's writes on the archive thread, and what a killed
crawl leaves being finished by the next one (archive.resume)."""

from __future__ import annotations

import errno
import json
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path

import pytest

from archive.db import open_db
from archive.errors import DiskFull
from archive.history import Recheck
from archive.recorder import CrawlRecorder, ResponseMeta
from archive.resume import recover_site
from archive.store import ArchiveWriter
from archive.verify import verify_archive
from archive.warcread import iter_records, read_record
from archive.warcwrite import Exchange, WarcWriter
from config.profile import SiteProfile

PROFILE = SiteProfile(id="laocai", name="Lào Cai", base_url="https://laocai.example/")
HTML = b"<html><body><p>Bai viet</p></body></html>"


def exchange(url: str, body: bytes = HTML, status: int = 200) -> Exchange:
    return Exchange(url=url, method="GET", request_headers=[], request_body=b"", status=status,
                    protocol="HTTP/1.1", response_headers=[("Content-Type", "text/html")],
                    body=body, ip_address=None, fetched_at=datetime(2024, 3, 5, 1))  # fmt: skip


@pytest.fixture
def recorder(tmp_path: Path) -> CrawlRecorder:
    recorder = CrawlRecorder(tmp_path, PROFILE.id)
    recorder.lock()
    recorder.open()
    recorder.start(PROFILE, "test", {})
    recorder.open_warc("laocai-00001-test", 10_000_000, {"software": "test"})
    yield recorder
    recorder.finish("finished", {}, 0)
    recorder.close()


def test_a_response_is_on_disk_and_in_a_row_and_a_repeat_is_a_revisit(
    recorder: CrawlRecorder, tmp_path: Path
) -> None:
    url = "https://laocai.example/tin-tuc/1.html"
    first = recorder.record_response(exchange(url), ResponseMeta("text/html"), recheck=None,
                                     dedup=True).result()  # fmt: skip
    assert first.record_type == "response" and first.revisit_profile is None
    record = read_record(tmp_path, first.capture.warc_file, first.capture.offset)
    assert record.target_uri == url and record.payload == HTML
    again = recorder.record_response(exchange(url), ResponseMeta("text/html"), recheck=None,
                                     dedup=True).result()  # fmt: skip
    assert again.record_type == "revisit" and again.revisit_profile == "identical-payload-digest"
    # the payload of a revisit is found where the first copy is
    assert (again.capture.warc_file, again.capture.offset) == (
        first.capture.warc_file, first.capture.offset)  # fmt: skip
    assert again.capture.capture_id != first.capture.capture_id and again.capture.revisit


def test_a_304_to_a_recheck_is_a_server_not_modified_revisit(recorder: CrawlRecorder) -> None:
    recheck = Recheck(article_id=1, url="https://laocai.example/a.html", capture_id=1, etag='"x"',
                      last_modified=None, record_id="<urn:uuid:1>", payload_digest="sha1:AAAA",
                      fetched_at="2024-01-01T00:00:00Z", removed=False)  # fmt: skip
    done = recorder.record_response(exchange(recheck.url, b"", 304), ResponseMeta(),
                                    recheck=recheck, dedup=True).result()  # fmt: skip
    assert done.revisit_profile == "server-not-modified"
    (row,) = recorder.run(
        lambda w: w.db.execute(
            "SELECT record_type, payload_digest, etag FROM captures WHERE id = ?",
            [done.capture.capture_id],
        ).fetchall()
    ).result()
    assert row == ("revisit", "sha1:AAAA", '"x"')


def test_rows_a_killed_crawl_did_not_commit_are_restored_from_its_warc(tmp_path: Path) -> None:
    """The recorder commits rows in batches: a SIGKILL can leave records without rows. The
    next crawl adds them, so nothing fetched is lost and nothing is fetched again."""
    db = open_db(tmp_path / "archive.db")
    writer = ArchiveWriter(db)
    writer.upsert_site(PROFILE)
    crawl = writer.start_crawl(PROFILE.id, "test", {})
    folder = tmp_path / "warcs" / PROFILE.id
    warc = WarcWriter(folder, f"{PROFILE.id}-{crawl:05d}-20240305010000", warcinfo={"a": "b"})
    urls = [f"https://laocai.example/tin-tuc/{i}.html" for i in range(4)]
    written = [warc.write_exchange(exchange(url, HTML + bytes([i]))) for i, url in enumerate(urls)]
    # only the first row was committed before the kill; the file was left open
    writer.add_capture(crawl_id=crawl, site_id=PROFILE.id, url=urls[0], status=200,
                       fetched_at="2024-03-05T01:00:00Z", record_type="response",
                       warc_file=written[0].warc_file.relative_to(tmp_path).as_posix(),
                       warc_offset=written[0].offset, warc_length=written[0].length,
                       warc_record_id=written[0].record_id)  # fmt: skip
    recovery = recover_site(db, tmp_path, PROFILE.id, lambda url: "/tin-tuc/" in url)
    assert recovery.captures_restored == 3
    assert db.execute("SELECT status FROM crawls WHERE id = ?", [crawl]).fetchone() == (
        "interrupted",
    )
    rows = db.execute("SELECT url, warc_offset FROM captures ORDER BY warc_offset").fetchall()
    assert rows == [(u, w.offset) for u, w in zip(urls, written, strict=True)]
    assert [o.url for o in recovery.orphans] == urls  # none extracted: all are extracted next
    assert recover_site(db, tmp_path, PROFILE.id, lambda url: True).captures_restored == 0
    db.close()


# --- a full disk ------------------------------------------------------------------------------


def _full_recorder(tmp_path: Path) -> tuple[CrawlRecorder, list[Exception]]:
    recorder = CrawlRecorder(tmp_path, PROFILE.id)
    recorder.lock()
    recorder.open()
    recorder.start(PROFILE, "test", {})
    recorder.open_warc("laocai-00001-test", 10_000_000, {"software": "test"})
    told: list[Exception] = []
    recorder.on_fatal(told.append)
    return recorder, told


def _record(recorder: CrawlRecorder, i: int, body: bytes = HTML) -> Future:
    return recorder.record_response(exchange(f"https://laocai.example/tin-tuc/{i}.html", body),
                                    ResponseMeta("text/html"), recheck=None, dedup=False)  # fmt: skip


def test_enospc_at_the_warc_stops_every_write_and_keeps_whole_records(tmp_path: Path) -> None:
    recorder, told = _full_recorder(tmp_path)
    done = [_record(recorder, i).result() for i in range(3)]
    warc = recorder._warc
    assert warc is not None
    sync = warc._sync

    def full(fh: object) -> None:  # the next flush finds the disk full
        raise OSError(errno.ENOSPC, "No space left on device")

    warc._sync = full  # type: ignore[method-assign]
    with pytest.raises(DiskFull, match="No space left on device: cannot write .*warc.gz.open"):
        _record(recorder, 3).result()
    assert told == [recorder.fatal] and recorder.fatal is not None
    warc._sync = sync  # type: ignore[method-assign]
    with pytest.raises(DiskFull):  # no second try: the crawl stops
        _record(recorder, 4).result()
    assert len(told) == 1
    # the file was cut back to its last whole exchange and closed
    (path,) = (tmp_path / "warcs").rglob("*.warc.gz*")
    assert path.name.endswith(".warc.gz")
    records = iter_records(path)
    assert [r.target_uri for r in records if r.record_type == "response"] == [
        d.capture.url for d in done
    ]
    assert records.tail_error is None
    # the row is still written (the database has room), as failed
    recorder.finish("failed", {"finish_reason": "disk_full"}, 0)
    recorder.close()
    assert verify_archive(tmp_path).ok
    ((status, pages),) = _rows(tmp_path, "SELECT status, pages FROM crawls")
    assert status == "failed"
    assert _rows(tmp_path, "SELECT COUNT(*) FROM captures") == [(3,)]


def test_a_disk_that_filled_after_the_status_was_chosen_is_recorded_failed(tmp_path: Path) -> None:
    # the crawl chose `finished`, then a commit on the archive thread met the full disk
    # before its row was written (test_disk_full saw the row say `finished` beside exit 4)
    recorder, told = _full_recorder(tmp_path)
    _record(recorder, 0).result()
    warc = recorder._warc
    assert warc is not None

    def full(fh: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    warc._sync = full  # type: ignore[method-assign]
    with pytest.raises(DiskFull):
        _record(recorder, 1).result()
    recorder.finish("finished", {"finish_reason": "finished", "govarchive/pages": 2}, 0)
    recorder.close()
    ((status, stats),) = _rows(tmp_path, "SELECT status, stats_json FROM crawls")
    assert status == "failed" and told == [recorder.fatal]
    assert json.loads(stats) == {"finish_reason": "disk_full", "govarchive/pages": 2,
                                 "govarchive/fatal": str(recorder.fatal)}  # fmt: skip


def test_a_full_database_stops_the_crawl_and_repair_restores_its_rows(tmp_path: Path) -> None:
    recorder, told = _full_recorder(tmp_path)
    _record(recorder, 0).result()
    # SQLITE_FULL for real: the database may not grow by one page more (on this connection)
    recorder.run(lambda w: w.db.execute(
        "PRAGMA max_page_count = " + str(w.db.execute("PRAGMA page_count").fetchone()[0])
    )).result()  # fmt: skip
    futures = [_record(recorder, i) for i in range(1, 200)]  # rows need pages, at commit
    for future in futures:
        future.exception(timeout=10)
    with pytest.raises(DiskFull):  # once it is full, every write says so at once
        _record(recorder, 200).result()
    assert len(told) == 1 and "database or disk is full" in str(told[0])
    # the end cannot be written either: the crawl stays `running`
    with pytest.raises(DiskFull):
        recorder.finish("failed", {"finish_reason": "disk_full"}, 0)
    recorder.close()
    assert _rows(tmp_path, "SELECT status FROM crawls") == [("running",)]
    # with room again (a new connection has no page limit), repair closes it, rows restored
    report = verify_archive(tmp_path, repair=True)
    assert report.ok and report.closed == [1], report.problems
    assert _rows(tmp_path, "SELECT status, pages FROM crawls") == [("interrupted", 201)]
    assert verify_archive(tmp_path).ok


def _rows(root: Path, sql: str) -> list[tuple]:
    db = open_db(root / "archive.db", create=False)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_soon_runs_after_the_current_job_or_at_once_when_idle(recorder: CrawlRecorder) -> None:
    import threading

    order: list[str] = []
    started, release = threading.Event(), threading.Event()

    def job(_: ArchiveWriter) -> None:
        started.set()
        release.wait(5)
        order.append("job")

    running = recorder.run(job)
    started.wait(5)
    recorder.soon(lambda: order.append("after the job"))  # the thread is busy: no job queued
    release.set()
    running.result()
    recorder.run(lambda _: order.append("next job")).result()
    assert order == ["job", "after the job", "next job"]
    done = threading.Event()
    recorder.soon(done.set)  # idle: a job of its own wakes the thread
    assert done.wait(5)
