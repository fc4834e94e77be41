"""WarcWriter: golden output, roll-over, revisits, and validity per warcio and cdxj-indexer."""

from __future__ import annotations

import base64
import gzip
import hashlib
import itertools
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from archive.warcread import iter_records, read_record
from archive.warcwrite import Exchange, WarcWriter, WrittenRecord

FIXTURES = Path(__file__).parents[1] / "fixtures" / "warc"
GOLDEN = FIXTURES / "golden-exchange.warc"
BIN = Path(sys.executable).parent
WARCINFO = {
    "software": "govarchive/0.1.0 (warcio 1.8.1)",
    "format": "WARC File Format 1.1",
    "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
    "operator": "Example Archive <archive@example.org>",
    "robots": "obey",
    "isPartOf": "chinhphu-42",
    "site-profile": "chinhphu",
    "site-profile-hash": "sha256:0f1e2d",
}


def id_factory() -> Callable[[], str]:
    counter = itertools.count(1)
    return lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>"


def fixed_clock() -> datetime:
    return datetime(2024, 3, 5, 2, 30, 0)


def make_writer(directory: Path, **kwargs: object) -> WarcWriter:
    options: dict[str, Any] = {
        "warcinfo": WARCINFO,
        "record_id_factory": id_factory(),
        "clock": fixed_clock,
    }
    options.update(kwargs)
    return WarcWriter(directory, "chinhphu-42-20240305023000", **options)


def golden_exchange() -> Exchange:
    body = (FIXTURES / "golden-body.html.gz").read_bytes()
    return Exchange(
        url="https://www.chinhphu.vn/tin-tuc/bien-gioi-123.htm?p=2",
        method="GET",
        request_headers=[
            ("Accept", "text/html,application/xhtml+xml"),
            ("Accept-Language", "vi"),
            ("User-Agent", "govarchive/0.1 (+mailto:archive@example.org)"),
            ("Accept-Encoding", "gzip, deflate, br"),
        ],
        request_body=b"",
        status=200,
        protocol="HTTP/1.1",
        response_headers=[
            ("Date", "Tue, 05 Mar 2024 02:30:15 GMT"),
            ("Server", "nginx"),
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Encoding", "gzip"),
            ("Content-Length", str(len(body))),
            ("Set-Cookie", "ASP.NET_SessionId=abc123; path=/; HttpOnly"),
            ("Set-Cookie", "lang=vi; path=/"),
            ("Vary", "Accept-Encoding"),
        ],
        body=body,
        ip_address="203.0.113.7",
        fetched_at=datetime(2024, 3, 5, 2, 30, 15, 250000),
    )


def simple_exchange(url: str, body: bytes = b"<html>ok</html>", **kw: object) -> Exchange:
    fields: dict[str, Any] = {
        "url": url,
        "method": "GET",
        "request_headers": [("User-Agent", "govarchive-test")],
        "request_body": b"",
        "status": 200,
        "protocol": "HTTP/1.1",
        "response_headers": [("Content-Type", "text/html"), ("Content-Length", str(len(body)))],
        "body": body,
        "ip_address": None,
        "fetched_at": datetime(2024, 3, 5, 3, 0, 0),
    }
    fields.update(kw)
    return Exchange(**fields)


def gunzip_file(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def warcio_check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "warcio"), "check", "-v", str(path)], capture_output=True, text=True
    )


def cdxj_lines(path: Path) -> list[dict[str, str]]:
    out = subprocess.run(
        [str(BIN / "cdxj-indexer"), str(path)], capture_output=True, text=True, check=True
    ).stdout
    return [json.loads(line.split(" ", 2)[2]) for line in out.splitlines() if line.strip()]


# -- golden ----------------------------------------------------------------------------------


def test_golden_exchange_byte_for_byte(tmp_path: Path) -> None:
    """Regenerate with GOVARCHIVE_REGEN_GOLDEN=1, then review the file by eye."""
    with make_writer(tmp_path) as writer:
        written = writer.write_exchange(golden_exchange())
    actual = gunzip_file(written.warc_file)
    if os.environ.get("GOVARCHIVE_REGEN_GOLDEN"):
        GOLDEN.write_bytes(actual)
    assert actual == GOLDEN.read_bytes()


def test_golden_file_content_is_what_we_expect() -> None:
    """Guards the golden file itself against a careless regeneration."""
    text = GOLDEN.read_bytes()
    records = text.split(b"\r\n\r\nWARC/1.1\r\n")
    assert len(records) == 3
    assert text.startswith(b"WARC/1.1\r\nWARC-Type: warcinfo\r\n")
    assert b"WARC-Filename: chinhphu-42-20240305023000-00000.warc.gz\r\n" in text
    assert b"WARC-Date: 2024-03-05T02:30:00Z\r\n" in text
    assert b"isPartOf: chinhphu-42\r\nsite-profile: chinhphu\r\n" in text
    response, request = records[1], records[2]
    assert b"WARC-Type: response\r\n" in response
    assert b"WARC-Date: 2024-03-05T02:30:15.250000Z\r\n" in response
    assert b"WARC-IP-Address: 203.0.113.7\r\n" in response
    assert b"WARC-Payload-Digest: sha1:" in response and b"WARC-Block-Digest: sha1:" in response
    assert b"\r\n\r\nHTTP/1.1 200 OK\r\n" in response
    assert b"Set-Cookie: ASP.NET_SessionId=abc123; path=/; HttpOnly\r\nSet-Cookie: lang=vi" in (
        response
    )
    assert (FIXTURES / "golden-body.html.gz").read_bytes() in response  # body still gzipped
    assert b"WARC-Type: request\r\n" in request
    assert b"WARC-Concurrent-To: <urn:uuid:00000000-0000-4000-8000-000000000002>" in request
    assert b"GET /tin-tuc/bien-gioi-123.htm?p=2 HTTP/1.1\r\nHost: www.chinhphu.vn\r\n" in request
    assert b"+00:00" not in text


def test_golden_digests_verified_independently() -> None:
    records = GOLDEN.read_bytes().split(b"\r\n\r\nWARC/1.1\r\n")
    head, _, block = records[1].partition(b"\r\n\r\n")
    fields = dict(line.split(": ", 1) for line in head.decode().split("\r\n")[1:])
    assert int(fields["Content-Length"]) == len(block)
    payload = block.partition(b"\r\n\r\n")[2]
    assert payload == (FIXTURES / "golden-body.html.gz").read_bytes()

    def sha1_b32(data: bytes) -> str:
        return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()

    assert fields["WARC-Block-Digest"] == sha1_b32(block)
    assert fields["WARC-Payload-Digest"] == sha1_b32(payload)


def test_written_record_describes_the_response(tmp_path: Path) -> None:
    with make_writer(tmp_path) as writer:
        written = writer.write_exchange(golden_exchange())
    record = read_record(tmp_path, written.warc_file.name, written.offset)
    assert written.record_type == "response"
    assert written.record_id == "<urn:uuid:00000000-0000-4000-8000-000000000002>"
    assert written.payload_digest == record.warc_header("WARC-Payload-Digest")
    assert written.block_digest == record.warc_header("WARC-Block-Digest")
    assert written.length == record.length
    assert written.warc_file == tmp_path / "chinhphu-42-20240305023000-00000.warc.gz"


# -- validity per real tools ------------------------------------------------------------------


def test_warcio_check_and_cdxj_offsets(tmp_path: Path) -> None:
    rng = random.Random(7)
    written: dict[str, WrittenRecord] = {}
    with make_writer(tmp_path) as writer:
        for i in range(5):
            url = f"https://www.chinhphu.vn/a/{i}.htm"
            written[url] = writer.write_exchange(simple_exchange(url, rng.randbytes(300 + i)))
    (path,) = writer.files
    result = warcio_check(path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "digest pass" in result.stdout
    lines = cdxj_lines(path)
    assert len(lines) == 5
    for line in lines:
        record = written[line["url"]]
        assert (int(line["offset"]), int(line["length"])) == (record.offset, record.length)
        assert line["digest"] == record.payload_digest
        assert line["filename"] == path.name


# -- HTTP message -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "protocol", "line"),
    [
        (500, "HTTP/1.1", b"HTTP/1.1 500 Internal Server Error\r\n"),
        (404, "HTTP/1.0", b"HTTP/1.0 404 Not Found\r\n"),
        (301, "HTTP/1.1", b"HTTP/1.1 301 Moved Permanently\r\n"),
        (200, "h2", b"HTTP/1.1 200 OK\r\n"),
        (599, "HTTP/1.1", b"HTTP/1.1 599 \r\n"),
    ],
)
def test_status_line(tmp_path: Path, status: int, protocol: str, line: bytes) -> None:
    with make_writer(tmp_path) as writer:
        w = writer.write_exchange(
            simple_exchange("https://a.vn/", status=status, protocol=protocol)
        )
    text = gunzip_file(w.warc_file)
    assert b"\r\n\r\n" + line in text
    assert read_record(tmp_path, w.warc_file.name, w.offset).http_status == status
    assert (b"WARC-Protocol: h2\r\n" in text) == (protocol == "h2")


def test_dechunked_body_keeps_transfer_encoding_visible_but_renamed(tmp_path: Path) -> None:
    headers = [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")]
    with make_writer(tmp_path) as writer:
        w = writer.write_exchange(
            simple_exchange("https://a.vn/", b"0123456789", response_headers=headers)
        )
    text = gunzip_file(w.warc_file)
    assert b"X-Archive-Orig-Transfer-Encoding: chunked\r\n" in text
    assert b"\nTransfer-Encoding" not in text
    assert read_record(tmp_path, w.warc_file.name, w.offset).payload == b"0123456789"


def test_header_bytes_preserved_and_host_kept(tmp_path: Path) -> None:
    raw_value = "attachment; filename=Quyết định.pdf".encode().decode("latin-1")
    ex = simple_exchange(
        "https://a.vn/files/1?x=1#frag",
        request_headers=[("Host", "a.vn:443"), ("Cookie", "a=1")],
        response_headers=[("Content-Disposition", raw_value)],
    )
    with make_writer(tmp_path) as writer:
        w = writer.write_exchange(ex)
    text = gunzip_file(w.warc_file)
    assert "Content-Disposition: attachment; filename=Quyết định.pdf\r\n".encode() in text
    assert b"GET /files/1?x=1 HTTP/1.1\r\nHost: a.vn:443\r\nCookie: a=1\r\n" in text
    assert warcio_check(w.warc_file).returncode == 0


def test_post_request_body_recorded(tmp_path: Path) -> None:
    ex = simple_exchange("https://a.vn/search", method="POST", request_body=b"q=bien+gioi")
    with make_writer(tmp_path) as writer:
        writer.write_exchange(ex)
    records = list(iter_records(writer.files[0]))
    assert [r.record_type for r in records] == ["warcinfo", "response", "request"]
    assert records[2].http_status_line == "POST /search HTTP/1.1"
    assert records[2].payload == b"q=bien+gioi"
    assert records[2].warc_header("WARC-Concurrent-To") == records[1].record_id


def test_header_injection_rejected(tmp_path: Path) -> None:
    ex = simple_exchange("https://a.vn/", response_headers=[("X-A", "1\r\nX-B: 2")])
    with make_writer(tmp_path) as writer, pytest.raises(ValueError, match="invalid header"):
        writer.write_exchange(ex)


def test_aware_datetimes_are_converted_to_utc(tmp_path: Path) -> None:
    fetched = datetime(2024, 3, 5, 9, 30, tzinfo=timezone(timedelta(hours=7)))
    with make_writer(tmp_path, clock=lambda: datetime(2024, 3, 5, tzinfo=UTC)) as writer:
        w = writer.write_exchange(simple_exchange("https://a.vn/", fetched_at=fetched))
    text = gunzip_file(w.warc_file)
    assert b"WARC-Date: 2024-03-05T02:30:00Z\r\n" in text
    assert b"WARC-Date: 2024-03-05T00:00:00Z\r\n" in text
    assert b"+00:00" not in text


# -- files: naming, .open, roll-over --------------------------------------------------------


def test_open_file_renamed_on_close(tmp_path: Path) -> None:
    writer = make_writer(tmp_path, fsync=True)
    assert writer.files == []  # nothing is created before the first write
    w = writer.write_exchange(simple_exchange("https://a.vn/"))
    open_path = tmp_path / "chinhphu-42-20240305023000-00000.warc.gz.open"
    assert writer.files == [open_path] and open_path.exists()
    assert w.warc_file == tmp_path / "chinhphu-42-20240305023000-00000.warc.gz"
    # flushed: the record is readable while the file is still open
    assert read_record(tmp_path, w.warc_file.name, w.offset).target_uri == "https://a.vn/"
    writer.close()
    writer.close()  # idempotent
    assert writer.files == [w.warc_file] and w.warc_file.exists() and not open_path.exists()
    with pytest.raises(ValueError, match="closed"):
        writer.write_exchange(simple_exchange("https://a.vn/"))


def test_roll_over_keeps_exchanges_whole(tmp_path: Path) -> None:
    rng = random.Random(1)
    max_size = 3000
    written = []
    with make_writer(tmp_path, max_size=max_size) as writer:
        for i in range(8):
            ex = simple_exchange(f"https://a.vn/{i}", rng.randbytes(900))
            written.append(writer.write_exchange(ex))
    files = writer.files
    assert [f.name for f in files] == [
        f"chinhphu-42-20240305023000-{n:05d}.warc.gz" for n in range(len(files))
    ]
    assert len(files) >= 3
    assert not list(tmp_path.glob("*.open"))
    for path in files[:-1]:
        assert path.stat().st_size >= max_size
    for path in files:
        records = list(iter_records(path))
        assert records[0].record_type == "warcinfo"
        assert records[0].warc_header("WARC-Filename") == path.name
        assert [r.record_type for r in records[1:]] == ["response", "request"] * (
            (len(records) - 1) // 2
        )
        for response, request in zip(records[1::2], records[2::2], strict=True):
            assert request.warc_header("WARC-Concurrent-To") == response.record_id
        assert warcio_check(path).returncode == 0
    for i, w in enumerate(written):
        record = read_record(tmp_path, w.warc_file.name, w.offset)
        assert record.target_uri == f"https://a.vn/{i}"


def test_existing_file_is_never_overwritten(tmp_path: Path) -> None:
    taken = tmp_path / "chinhphu-42-20240305023000-00000.warc.gz"
    taken.write_bytes(b"evidence")
    with make_writer(tmp_path) as writer:
        w = writer.write_exchange(simple_exchange("https://a.vn/"))
    assert taken.read_bytes() == b"evidence"
    assert w.warc_file.name == "chinhphu-42-20240305023000-00001.warc.gz"


def test_roll_closes_the_file_and_a_later_record_opens_the_next(tmp_path: Path) -> None:
    """What a crawl does when its fetching ends (its index is then written while the last
    pages are extracted): the file is closed whole; a response that still comes goes to the
    next serial, none is opened without one."""
    with make_writer(tmp_path) as writer:
        first = writer.write_exchange(simple_exchange("https://a.vn/1"))
        writer.roll()
        assert writer.files == [first.warc_file] and first.warc_file.is_file()
        writer.roll()  # nothing open: nothing to do
        late = writer.write_exchange(simple_exchange("https://a.vn/2"))
    assert late.warc_file.name == "chinhphu-42-20240305023000-00001.warc.gz"
    assert sorted(tmp_path.iterdir()) == [first.warc_file, late.warc_file]
    assert warcio_check(first.warc_file).returncode == 0
    assert read_record(tmp_path, late.warc_file.name, late.offset).target_uri == "https://a.vn/2"


# -- revisits -------------------------------------------------------------------------------


def test_identical_payload_revisit(tmp_path: Path) -> None:
    body = b"<html>same</html>"
    with make_writer(tmp_path) as writer:
        first = writer.write_exchange(simple_exchange("https://a.vn/x", body))
        again = simple_exchange("https://a.vn/x", body, fetched_at=datetime(2024, 4, 1, 0, 0))
        rev = writer.write_revisit(
            again,
            first.record_id,
            "https://a.vn/x",
            datetime(2024, 3, 5, 3, 0, 0),
            "identical-payload-digest",
        )
    assert rev.record_type == "revisit"
    assert rev.payload_digest == first.payload_digest
    record = read_record(tmp_path, rev.warc_file.name, rev.offset)
    assert record.record_type == "revisit"
    assert record.http_status == 200 and record.raw_payload == b""
    assert record.warc_header("WARC-Refers-To") == first.record_id
    assert record.warc_header("WARC-Refers-To-Target-URI") == "https://a.vn/x"
    assert record.warc_header("WARC-Refers-To-Date") == "2024-03-05T03:00:00Z"
    assert record.warc_header("WARC-Profile") == (
        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    )
    records = list(iter_records(rev.warc_file))
    assert records[-1].record_type == "request"
    assert records[-1].warc_header("WARC-Concurrent-To") == rev.record_id
    result = warcio_check(rev.warc_file)
    assert result.returncode == 0, result.stdout
    revisit_line = [x for x in cdxj_lines(rev.warc_file) if x["mime"] == "warc/revisit"]
    assert [(int(x["offset"]), int(x["length"])) for x in revisit_line] == [
        (rev.offset, rev.length)
    ]


def test_server_not_modified_revisit(tmp_path: Path) -> None:
    ex = simple_exchange("https://a.vn/x", b"", status=304, response_headers=[("ETag", '"abc"')])
    with make_writer(tmp_path) as writer:
        rev = writer.write_revisit(
            ex, "<urn:uuid:1>", "https://a.vn/x", "2024-03-05T03:00:00Z", "server-not-modified"
        )
    record = read_record(tmp_path, rev.warc_file.name, rev.offset)
    assert record.http_status_line == "HTTP/1.1 304 Not Modified"
    assert record.warc_header("WARC-Payload-Digest") is None and rev.payload_digest == ""
    assert str(record.warc_header("WARC-Profile")).endswith("/revisit/server-not-modified")
    assert warcio_check(rev.warc_file).returncode == 0


def test_unknown_revisit_profile_rejected(tmp_path: Path) -> None:
    with make_writer(tmp_path) as writer, pytest.raises(ValueError, match="revisit profile"):
        bogus: Any = "bogus"
        writer.write_revisit(simple_exchange("https://a.vn/"), "<urn:uuid:1>", "u", "x", bogus)
