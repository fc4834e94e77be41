"""archive.verify and archive.cdx on small archives built by hand (no crawl, no network)."""

from __future__ import annotations

import gzip
import json
import socket
import subprocess
import sys
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from warcio.warcwriter import WARCWriter

from archive.cdx import CdxIndexError, index_path, index_warc, read_index
from archive.db import open_db
from archive.errors import ArchiveNotFound
from archive.store import ArchiveWriter
from archive.verify import recover_leftovers, verify_archive
from archive.warcread import iter_records
from archive.warcwrite import Exchange, WarcWriter
from config.profile import load_profile

SITE = "laocai-tinhuy"


def exchange(i: int) -> Exchange:
    body = f"<html><body><p>Trang {i}: biên giới</p></body></html>".encode() * 20
    return Exchange(
        url=f"https://tinhuy.laocai.gov.vn/tin-tuc/a/{i}.html", method="GET",
        request_headers=[], request_body=b"", status=200, protocol="HTTP/1.1",
        response_headers=[("Content-Type", "text/html; charset=utf-8")], body=body,
        ip_address=None, fetched_at=datetime(2024, 1, 1, 0, 0, i),
    )  # fmt: skip


class Built:
    def __init__(self, root: Path, *, pid: int | None = None, close: bool = True) -> None:
        self.root = root
        db = open_db(root / "archive.db")
        writer = ArchiveWriter(db)
        writer.upsert_site(load_profile(SITE))
        settings = {"pid": pid or 2**22 + 12345, "host": socket.gethostname()}
        self.crawl_id = writer.start_crawl(SITE, "test", settings)
        self.warc = WarcWriter(root / "warcs" / SITE, f"{SITE}-{self.crawl_id:05d}-20240101000000",
                               warcinfo={"software": "test"})  # fmt: skip
        self.captures: list[int] = []
        for i in range(3):
            written = self.warc.write_exchange(exchange(i))
            name = written.warc_file.relative_to(root).as_posix()
            self.captures.append(writer.add_capture(
                crawl_id=self.crawl_id, site_id=SITE, url=exchange(i).url,
                fetched_at=f"2024-01-01T00:00:0{i}Z", status=200, warc_file=name,
                warc_offset=written.offset, warc_length=written.length,
                warc_record_id=written.record_id, payload_digest=written.payload_digest,
                record_type=written.record_type,
            ))  # fmt: skip
        db.conn.commit()
        if close:
            self.warc.close()
            writer.finish_crawl(self.crawl_id, "finished", {}, [name])
            db.conn.commit()
        db.close()

    @property
    def path(self) -> Path:
        (path,) = self.warc.files
        return path

    def sql(self, statement: str, *params: Any) -> list[tuple[Any, ...]]:
        db = open_db(self.root / "archive.db", create=False)
        try:
            rows = db.execute(statement, params).fetchall()
            db.conn.commit()
            return rows
        finally:
            db.close()


def test_a_sound_archive_verifies(tmp_path: Path) -> None:
    built = Built(tmp_path)
    report = verify_archive(tmp_path)
    assert report.ok, report.problems
    assert report.records == 7  # warcinfo + 3 x (response + request)
    assert report.captures_checked == 3
    assert report.missing_indexes == [built.path.relative_to(tmp_path).as_posix()]
    repaired = verify_archive(tmp_path, repair=True)
    assert repaired.ok and repaired.indexes_written == [
        index_path(built.path).relative_to(tmp_path).as_posix()
    ]
    assert verify_archive(tmp_path).missing_indexes == []


def test_a_row_pointing_elsewhere_is_reported(tmp_path: Path) -> None:
    built = Built(tmp_path)
    built.sql("UPDATE captures SET warc_offset = warc_offset + 1 WHERE id = ?", built.captures[1])
    built.sql("UPDATE captures SET warc_record_id = '<urn:uuid:x>' WHERE id = ?", built.captures[2])
    kinds = {(p.kind, p.where) for p in verify_archive(tmp_path).problems}
    assert kinds == {
        ("unresolvable_capture", f"capture {built.captures[1]}"),
        ("mismatch", f"capture {built.captures[2]}"),
    }


def test_a_record_whose_digest_does_not_match_is_reported(tmp_path: Path) -> None:
    Built(tmp_path)
    bad = tmp_path / "warcs" / SITE / "other.warc.gz"
    with open(bad, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        record = writer.create_warc_record(
            "https://a.vn/", "resource", payload=BytesIO(b"payload"), length=7,
            warc_content_type="text/plain",
            warc_headers_dict={"WARC-Payload-Digest": "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                               "WARC-Block-Digest": "sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"},
        )  # fmt: skip
        writer.write_record(record)
    problems = verify_archive(tmp_path).problems
    assert [p.kind for p in problems] == ["digest"]
    assert problems[0].where == "warcs/laocai-tinhuy/other.warc.gz at offset 0"


def test_missing_and_truncated_files_are_reported(tmp_path: Path) -> None:
    built = Built(tmp_path)
    data = built.path.read_bytes()
    built.path.write_bytes(data[: len(data) - 50])  # the last request record is cut
    assert [p.kind for p in verify_archive(tmp_path).problems] == ["truncated"]
    last = built.sql("SELECT warc_offset FROM captures WHERE id = ?", built.captures[2])[0][0]
    built.path.write_bytes(data[: last + 100])  # the last response is cut
    kinds = sorted(p.kind for p in verify_archive(tmp_path).problems)
    assert kinds == ["truncated", "unresolvable_capture"]
    built.path.unlink()
    kinds = sorted(p.kind for p in verify_archive(tmp_path).problems)
    assert kinds == ["missing_file"] * 4  # 3 captures + the crawl's file list


@pytest.mark.parametrize("cut", [4, 1, 8])  # CRC32 whole, size torn; size torn; no trailer
def test_a_member_torn_inside_its_gzip_trailer_is_reported_and_sealed(
    tmp_path: Path, cut: int
) -> None:
    built = Built(tmp_path)
    data = built.path.read_bytes()
    whole = [(r.offset, r.record_type) for r in iter_records(built.path)]
    last = whole[-1][0]  # the last request: all of it inflates, only the trailer is cut
    built.path.write_bytes(data[:-cut])
    with pytest.raises(EOFError):  # what `gzip -t` says of it
        gzip.decompress(built.path.read_bytes())
    (problem,) = verify_archive(tmp_path).problems
    rel = built.path.relative_to(tmp_path).as_posix()
    assert problem.kind == "truncated" and problem.where == rel
    assert problem.detail.endswith(f"CRC32/size trailer at offset {last}")
    assert str(built.path) in problem.detail and "\n" not in str(problem)

    report = verify_archive(tmp_path, repair=True)
    assert report.ok, report.problems
    (sealed,) = report.sealed
    assert sealed.bytes_kept == last and sealed.tail.read_bytes() == data[last:-cut]
    assert gzip.decompress(built.path.read_bytes())  # every member whole again
    assert [(r.offset, r.record_type) for r in iter_records(built.path)] == whole[:-1]
    assert verify_archive(tmp_path).ok  # the three responses the rows point to are all there


def test_a_member_whose_gzip_crc_does_not_match_is_named(tmp_path: Path) -> None:
    built = Built(tmp_path)
    data = bytearray(built.path.read_bytes())
    sql = "SELECT warc_offset, warc_length FROM captures WHERE id = ?"
    ((offset, length),) = built.sql(sql, built.captures[1])
    data[offset + length - 8] ^= 0xFF  # the CRC32 of the second response's member
    built.path.write_bytes(bytes(data))
    problems = verify_archive(tmp_path).problems
    # the bad member's capture is lost; the third response, in a whole member after it, is
    # read at its own offset (it was reported unresolvable, as if the file ended there)
    assert [(p.kind, p.where) for p in problems] == [
        ("damaged", built.path.relative_to(tmp_path).as_posix()),
        ("unresolvable_capture", f"capture {built.captures[1]}"),
    ]
    assert (
        f"gzip member fails its check (Error -3 while decompressing data: incorrect data "
        f"check) at offset {offset}; the records after it are whole"
    ) in problems[0].detail


def test_damage_inside_a_file_loses_only_the_records_in_it(tmp_path: Path) -> None:
    """A damaged member in the middle of a closed WARC (a bad disk block): verify reported
    every capture after it unresolvable and the file 'truncated', though each of them is a
    whole gzip member that `show --raw` reads; now only the damaged record is lost, and the
    file is said to be damaged, not cut short. --repair cuts nothing (rows point past it)."""
    built = Built(tmp_path)
    data = bytearray(built.path.read_bytes())
    sql = "SELECT warc_offset, warc_length FROM captures WHERE id = ?"
    ((offset, length),) = built.sql(sql, built.captures[0])
    data[offset + length // 2 : offset + length // 2 + 16] = bytes(16)  # inside its deflate data
    built.path.write_bytes(bytes(data))
    problems = verify_archive(tmp_path).problems
    assert sorted(p.kind for p in problems) == ["damaged", "unresolvable_capture"]
    assert [p.where for p in problems if p.kind == "unresolvable_capture"] == [f"capture {built.captures[0]}"]
    repaired = verify_archive(tmp_path, repair=True)
    assert repaired.sealed == [] and built.path.read_bytes() == bytes(data)
    # a record past the damage is still checked against its row
    built.sql("UPDATE captures SET warc_record_id = '<urn:uuid:x>' WHERE id = ?", built.captures[2])
    kinds = sorted(p.kind for p in verify_archive(tmp_path).problems)
    assert kinds == ["damaged", "mismatch", "unresolvable_capture"]


def test_not_an_archive(tmp_path: Path) -> None:
    with pytest.raises(ArchiveNotFound):
        verify_archive(tmp_path / "none")


def test_leftover_of_a_killed_crawl_is_recovered(tmp_path: Path) -> None:
    built = Built(tmp_path, close=False)
    open_file = built.path
    assert open_file.name.endswith(".warc.gz.open")
    ((offset, length),) = built.sql(
        "SELECT warc_offset, warc_length FROM captures WHERE id = ?", built.captures[0]
    )
    torn = open_file.read_bytes()[offset : offset + length // 2]
    with open(open_file, "ab") as fh:
        fh.write(torn)  # half a record: the kill hit mid-write
    assert [p.kind for p in verify_archive(tmp_path).problems] == ["unclosed"]

    (report,) = recover_leftovers(tmp_path, SITE)
    final = open_file.with_name(open_file.name.removesuffix(".open"))
    assert report.path == final and report.records_kept == 7 and report.bytes_cut == len(torn)
    assert index_path(final).is_file()
    ((status, stats),) = built.sql("SELECT status, stats_json FROM crawls")
    assert status == "interrupted" and json.loads(stats)["govarchive/pages"] == 3
    assert verify_archive(tmp_path).ok
    assert recover_leftovers(tmp_path, SITE) == []


def test_leftover_of_a_running_crawl_is_left_alone(tmp_path: Path) -> None:
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        built = Built(tmp_path, pid=alive.pid, close=False)
        before = built.path.read_bytes()
        assert recover_leftovers(tmp_path, SITE) == []
        report = verify_archive(tmp_path, repair=True)
        assert report.in_use == [built.path.relative_to(tmp_path).as_posix()]
        assert report.recovered == [] and built.path.read_bytes() == before
    finally:
        alive.kill()
        alive.wait()


def test_recovery_never_cuts_a_record_a_row_points_to(tmp_path: Path) -> None:
    built = Built(tmp_path, close=False)
    second = built.sql("SELECT warc_offset FROM captures WHERE id = ?", built.captures[1])[0][0]
    data = bytearray(built.path.read_bytes())
    data[second + 40] ^= 0xFF  # damage the middle of the file, not its end
    built.path.write_bytes(bytes(data))
    report = verify_archive(tmp_path, repair=True)
    assert [p.kind for p in report.problems][:1] == ["unrecoverable"]
    assert built.path.read_bytes() == bytes(data)  # untouched


def test_index_warc_writes_a_sorted_cdxj_beside_the_file(tmp_path: Path) -> None:
    built = Built(tmp_path)
    index = index_warc(built.path)
    assert index == built.path.with_name(built.path.name.replace(".warc.gz", ".cdxj"))
    entries = read_index(index)
    assert [e[0] for e in entries] == sorted(e[0] for e in entries)
    responses = [fields for _, _, fields in entries if fields.get("status") == "200"]
    assert len(responses) == 3
    assert {f["filename"] for f in responses} == {built.path.name}
    offsets = {int(str(f["offset"])) for f in responses}
    assert offsets == {row[0] for row in built.sql("SELECT warc_offset FROM captures")}


def test_index_warc_bad_input(tmp_path: Path) -> None:
    with pytest.raises(CdxIndexError, match="WARC file not found"):
        index_warc(tmp_path / "gone.warc.gz")
    with pytest.raises(CdxIndexError, match="not a finished WARC"):
        index_warc(tmp_path / "x.warc.gz.open")
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"\x1f\x8b\x08\x00broken")
    with pytest.raises(CdxIndexError, match="cannot index"):
        index_warc(junk)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_crawl_that_could_not_write_its_end_is_closed_by_repair(tmp_path: Path) -> None:
    # its WARC closed, its row still `running` (the database was full when it ended)
    built = Built(tmp_path, close=False)
    built.warc.close()
    report = verify_archive(tmp_path)
    assert [(p.kind, p.where) for p in report.problems] == [("unfinished", "crawl 1")]
    repaired = verify_archive(tmp_path, repair=True)
    assert repaired.ok and repaired.closed == [built.crawl_id]
    ((status, pages, stats),) = built.sql("SELECT status, pages, stats_json FROM crawls")
    assert status == "interrupted" and pages == 3
    assert json.loads(stats)["recovered_by"] == "verify --repair"
    assert verify_archive(tmp_path).ok


def test_verify_tells_how_far_it_is(tmp_path: Path) -> None:
    """verify read every WARC of an archive (minutes on a real one) and said nothing until
    the end; it now reports the bytes read and the captures checked (a bar on a terminal)."""
    built = Built(tmp_path)
    calls: list[tuple[str, int, int]] = []
    report = verify_archive(tmp_path, progress=lambda *call: calls.append(call))
    assert report.ok, report.problems
    size = built.path.stat().st_size
    reading = [c for c in calls if c[0] == "reading WARC files"]
    checking = [c for c in calls if c[0] == "checking captures"]
    assert reading[0] == ("reading WARC files", 0, size) and reading[-1] == ("reading WARC files", size, size)
    assert checking[0] == ("checking captures", 0, 3) and checking[-1] == ("checking captures", 3, 3)
    assert [c[1] for c in reading] == sorted(c[1] for c in reading)  # never backwards
    assert calls.index(reading[-1]) < calls.index(checking[0])


def test_a_damaged_file_is_told_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """verify lists a truncated file among its problems; the reader's warning of the same
    tail (stderr, just before the list) said it twice (round 21's walk)."""
    built = Built(tmp_path)
    data = built.path.read_bytes()
    built.path.write_bytes(data[: len(data) - 50])
    with caplog.at_level("WARNING"):
        problems = verify_archive(tmp_path).problems
    assert [p.kind for p in problems] == ["truncated"]
    assert not [r for r in caplog.records if built.path.name in r.getMessage()]
    with caplog.at_level("WARNING"):
        records = iter_records(built.path)
        list(records)
        assert records.tail_error  # other readers still hear of it
    assert [r for r in caplog.records if built.path.name in r.getMessage()]
