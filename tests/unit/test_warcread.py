"""archive.warcread: round trip through WarcWriter, errors, and WARCs from other tools."""

from __future__ import annotations

import gzip
import http.server
import io
import itertools
import shutil
import threading
import urllib.request
import zlib
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import brotli
import pytest
from warcio.capture_http import capture_http

from archive.warcread import (
    RawRecord,
    WarcReadError,
    copy_payload,
    iter_records,
    read_record,
)
from archive.warcwrite import Exchange, WarcWriter

FIXTURES = Path(__file__).parents[1] / "fixtures" / "warc"
HTML = (FIXTURES / "golden-body.html").read_bytes()


def writer_for(directory: Path, **kwargs: object) -> WarcWriter:
    counter = itertools.count(1)
    return WarcWriter(
        directory / "warcs" / "chinhphu",
        "chinhphu-7-20240305000000",
        warcinfo={"software": "govarchive-test"},
        record_id_factory=lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>",
        clock=lambda: datetime(2024, 3, 5),
        **kwargs,  # type: ignore[arg-type]
    )


def exchange(url: str, body: bytes, status: int = 200, encoding: str | None = None) -> Exchange:
    headers = [("Content-Type", "text/html; charset=utf-8")]
    if encoding:
        headers.append(("Content-Encoding", encoding))
    headers += [("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("Content-Length", str(len(body)))]
    return Exchange(
        url=url,
        method="GET",
        request_headers=[("Accept-Encoding", "gzip, deflate, br")],
        request_body=b"",
        status=status,
        protocol="HTTP/1.1",
        response_headers=headers,
        body=body,
        ip_address="198.51.100.4",
        fetched_at=datetime(2024, 3, 5, 1, 2, 3),
    )


ENCODINGS = {
    None: lambda b: b,
    "gzip": lambda b: gzip.compress(b, mtime=0),
    "deflate": zlib.compress,
    "br": brotli.compress,
    "x-gzip": lambda b: gzip.compress(b, mtime=0),
}


def test_round_trip(tmp_path: Path) -> None:
    cases = []
    with writer_for(tmp_path, max_size=4000) as writer:
        for i, (encoding, status) in enumerate(itertools.product(ENCODINGS, (200, 404, 500))):
            html = HTML + f"<!-- {i} -->".encode()
            ex = exchange(f"https://chinhphu.vn/{i}", ENCODINGS[encoding](html), status, encoding)
            cases.append((ex, html, writer.write_exchange(ex)))
    assert len(writer.files) > 1
    for ex, html, written in cases:
        rel = written.warc_file.relative_to(tmp_path).as_posix()
        record = read_record(tmp_path, rel, written.offset)
        assert record.raw_payload == ex.body
        assert record.payload == html and record.decode_error is None
        assert record.record_type == "response" and record.record_id == written.record_id
        assert record.http_status == ex.status
        assert record.http_header_values("Set-Cookie") == ["a=1", "b=2"]
        assert record.http_headers == ex.response_headers
        assert record.target_uri == ex.url and record.date == ex.fetched_at
        assert record.digest_ok is True
        assert (record.offset, record.length) == (written.offset, written.length)
        assert record.warc_header("WARC-IP-Address") == "198.51.100.4"
    record = read_record(
        tmp_path, cases[5][2].warc_file.relative_to(tmp_path).as_posix(), cases[5][2].offset
    )
    assert record.http_status_line == "HTTP/1.1 500 Internal Server Error"


def test_read_while_open_and_open_name_after_close(tmp_path: Path) -> None:
    writer = writer_for(tmp_path)
    w = writer.write_exchange(exchange("https://chinhphu.vn/", HTML))
    rel = w.warc_file.relative_to(tmp_path).as_posix()
    assert read_record(tmp_path, rel, w.offset).payload == HTML  # resolves to .open
    writer.close()
    assert read_record(tmp_path, rel, w.offset).payload == HTML
    assert read_record(tmp_path, rel + ".open", w.offset).payload == HTML  # renamed since


def _read_payload(archive_dir: Path, warc_file: str, offset: int) -> bytes:
    return read_record(archive_dir, warc_file, offset).payload


def _copied_payload(archive_dir: Path, warc_file: str, offset: int) -> bytes:
    out = io.BytesIO()
    copy_payload(archive_dir, warc_file, offset, out)
    return out.getvalue()


@pytest.mark.parametrize("read", [_read_payload, _copied_payload], ids=["read", "copy"])
def test_a_file_renamed_between_finding_and_opening_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read: Callable[[Path, str, int], bytes]
) -> None:
    """The writer closes (renames ``x.open`` to ``x``) after the reader found ``x.open`` and
    before it opened it: the record is read from the renamed file, not reported unreadable
    (a huge page read back at a loaded crawl's end came out ``warc_unreadable``; ``show
    --raw``'s streamed copy had the same gap)."""
    import archive.warcread as warcread

    writer = writer_for(tmp_path)
    w = writer.write_exchange(exchange("https://chinhphu.vn/", HTML))
    rel = w.warc_file.relative_to(tmp_path).as_posix()
    resolve = warcread._resolve

    def closing_meanwhile(archive_dir: Path, warc_file: str) -> tuple[Path, int]:
        found = resolve(archive_dir, warc_file)
        if found[0].name.endswith(".open"):
            writer.close()
        return found

    monkeypatch.setattr(warcread, "_resolve", closing_meanwhile)
    assert read(tmp_path, rel, w.offset) == HTML


def test_bad_content_encoding_is_reported_not_raised(tmp_path: Path) -> None:
    with writer_for(tmp_path) as writer:
        w = writer.write_exchange(exchange("https://chinhphu.vn/", HTML, encoding="gzip"))
        t = writer.write_exchange(
            exchange("https://chinhphu.vn/t", gzip.compress(HTML)[:-30], encoding="gzip")
        )
    rel = w.warc_file.relative_to(tmp_path).as_posix()
    record = read_record(tmp_path, rel, w.offset)
    assert record.payload == HTML and str(record.decode_error).startswith("Content-Encoding gzip")
    assert "truncated" in str(read_record(tmp_path, rel, t.offset).decode_error)


# -- errors -----------------------------------------------------------------------------------


@pytest.fixture
def one_file(tmp_path: Path) -> tuple[Path, str, int]:
    with writer_for(tmp_path) as writer:
        w = writer.write_exchange(exchange("https://chinhphu.vn/", HTML))
    return tmp_path, w.warc_file.relative_to(tmp_path).as_posix(), w.offset


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WarcReadError, match=r"WARC file not found: .*warcs/x\.warc\.gz"):
        read_record(tmp_path, "warcs/x.warc.gz", 0)


@pytest.mark.parametrize("delta", [-10_000, 3, 10_000_000])
def test_bad_offset(one_file: tuple[Path, str, int], delta: int) -> None:
    root, rel, offset = one_file
    bad = offset + delta
    with pytest.raises(WarcReadError, match=rf"{rel}.* at offset {bad}\b"):
        read_record(root, rel, bad)


def test_garbage_bytes(tmp_path: Path) -> None:
    (tmp_path / "junk.warc.gz").write_bytes(b"\x00not a warc\r\n" * 50)
    with pytest.raises(
        WarcReadError, match=r"no valid WARC record in .*junk\.warc\.gz at offset 0"
    ):
        read_record(tmp_path, "junk.warc.gz", 0)


def test_truncated_record(one_file: tuple[Path, str, int]) -> None:
    root, rel, offset = one_file
    path = root / rel
    data = path.read_bytes()
    path.write_bytes(data[: offset + 200])
    with pytest.raises(WarcReadError, match=rf"{rel} at offset {offset}"):
        read_record(root, rel, offset)


def test_error_is_a_value_error() -> None:
    assert issubclass(WarcReadError, ValueError)


# -- whole files, other tools ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["wget.warc.gz", "wget-uncompressed.warc"])
def test_wget_warc(name: str) -> None:
    """wget writes WARC/1.0, <bracketed> target URIs and keeps the chunk framing."""
    records = iter_records(FIXTURES / name)
    by_type: dict[str, list[RawRecord]] = {}
    for record in records:
        by_type.setdefault(record.record_type, []).append(record)
    assert records.tail_error is None
    chunked, missing = by_type["response"]
    assert str(chunked.target_uri).endswith("/chunked")
    assert chunked.http_header("Transfer-Encoding") == "chunked"
    assert chunked.raw_payload.startswith(b"14\r\n\x1f\x8b")  # stored as sent
    html = "<html><head><title>Tin tức</title></head><body><p>Biên giới</p></body></html>"
    assert chunked.payload == html.encode()
    assert chunked.http_header_values("Set-Cookie") == ["a=1; Path=/", "b=2; Path=/"]
    assert (missing.http_status, missing.payload) == (404, b"not found")
    assert by_type["warcinfo"][0].warc_header("WARC-Type") == "warcinfo"
    # offsets from iteration work for direct reads too
    again = read_record(FIXTURES, name, chunked.offset)
    assert again.payload == chunked.payload and again.length == chunked.length


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        body = gzip.compress(HTML, mtime=0)
        self.send_response(200)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def loopback() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_warcio_capture_http_warc(tmp_path: Path, loopback: str) -> None:
    path = tmp_path / "capture.warc.gz"
    with capture_http(str(path)):
        urllib.request.urlopen(f"{loopback}/page").read()
    records = iter_records(path)
    response = next(r for r in records if r.record_type == "response")
    list(records)
    assert records.tail_error is None
    assert response.payload == HTML and response.http_status == 200


def _cut(src: Path, dst: Path, size: int) -> Path:
    dst.write_bytes(src.read_bytes()[:size])
    return dst


@pytest.mark.parametrize("name", ["wget.warc.gz", "wget-uncompressed.warc"])
def test_truncated_tail_is_reported(tmp_path: Path, name: str) -> None:
    src = FIXTURES / name
    whole = [(r.offset, r.length) for r in iter_records(src)]
    for cut in (
        whole[6][0] + whole[6][1] // 2,  # inside the last record with a payload
        whole[4][0] + whole[4][1] // 2,  # inside a response
        whole[2][0] + 40,  # inside the WARC headers of a response
        10,  # inside the warcinfo record
    ):
        records = iter_records(_cut(src, tmp_path / name, cut))
        got = [(r.offset, r.length) for r in records]
        assert records.tail_error is not None, cut
        assert str(tmp_path / name) in records.tail_error
        assert got == whole[: len(got)]
        assert records.tail_offset == whole[len(got)][0]  # where the broken record starts
    records = iter_records(_cut(src, tmp_path / name, whole[3][0]))
    assert len(list(records)) == 3 and records.tail_error is None


def test_iter_records_on_writer_output(tmp_path: Path) -> None:
    with writer_for(tmp_path) as writer:
        for i in range(3):
            writer.write_exchange(exchange(f"https://chinhphu.vn/{i}", HTML))
    target = tmp_path / "copy.warc.gz"
    shutil.copy(writer.files[0], target)
    records = list(iter_records(target))
    assert [r.record_type for r in records] == ["warcinfo"] + ["response", "request"] * 3
    assert all(r.digest_ok for r in records)


def test_a_payload_that_inflates_past_the_limit_is_left_as_stored() -> None:
    from archive.warcread import _decode_payload

    bomb = gzip.compress(b"a" * 2_000_000)
    headers = [("Content-Encoding", "gzip")]
    payload, error = _decode_payload(bomb, headers, 1_000_000)
    assert payload == bomb and error and error.startswith("too large")
    payload, error = _decode_payload(bomb, headers, 2_000_000)
    assert payload == b"a" * 2_000_000 and error is None
