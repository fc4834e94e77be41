"""A record the crawl has just written goes to the extraction workers as written
(``CaptureRef.written``): what they extract from must be what reading the record back gives,
byte for byte, headers and payload, whatever the record holds (issue 12)."""

from __future__ import annotations

import gzip
import itertools
import zlib
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import brotli
import pytest

from archive.capture import CaptureRef
from archive.recorder import _written
from archive.warcread import parse_written, read_record
from archive.warcwrite import Exchange, WarcWriter
from pipelines.pool import read_capture
from pipelines.sitemodel import ModelSample

HTML = "<html><head><title>Tin tức</title></head><body><p>Nội dung bài viết.</p></body></html>"


def _writer(directory: Path) -> WarcWriter:
    counter = itertools.count(1)
    return WarcWriter(
        directory, "handoff",
        warcinfo={"software": "govarchive-test"},
        record_id_factory=lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>",
        clock=lambda: datetime(2024, 3, 5),
    )  # fmt: skip


def _exchange(body: bytes, headers: list[tuple[str, str]], url: str = "https://x.gov.vn/a") -> Exchange:
    return Exchange(
        url=url, method="GET", request_headers=[("Accept", "*/*")], request_body=b"",
        status=200, protocol="HTTP/1.1", response_headers=headers, body=body,
        ip_address=None, fetched_at=datetime(2024, 3, 5, 1, 2, 3),
    )  # fmt: skip


PLAIN = HTML.encode("utf-8")
CASES = {
    "plain": (PLAIN, [("Content-Type", "text/html; charset=utf-8")]),
    "gzip": (gzip.compress(PLAIN), [("Content-Type", "text/html"), ("Content-Encoding", "gzip")]),
    "raw deflate": (
        zlib.compress(PLAIN)[2:-4],
        [("Content-Type", "text/html"), ("Content-Encoding", "deflate")],
    ),
    "brotli": (brotli.compress(PLAIN), [("Content-Encoding", "br"), ("Content-Type", "text/html")]),
    "two codings": (
        brotli.compress(gzip.compress(PLAIN)),
        [("Content-Encoding", "gzip, br"), ("Content-Type", "text/html")],
    ),
    "broken gzip": (b"\x1f\x8bnot gzip at all", [("Content-Encoding", "gzip")]),
    "chunked (renamed)": (PLAIN, [("Transfer-Encoding", "chunked"), ("Content-Type", "text/html")]),
    "odd headers": (
        PLAIN,
        [("Content-Type", "  text/html ;charset=windows-1258  "), ("X-Tên", "giá trị: có dấu"),
         ("Set-Cookie", "a=1"), ("Set-Cookie", "b=2"), ("X-Empty", ""), ("Link", "<a>; rel=x")],
    ),  # fmt: skip
    "latin-1 value": (PLAIN, [("X-Note", "caf\xe9"), ("Content-Type", "text/html")]),
    "latin-1 bytes of UTF-8": (  # as Scrapy's headers come (crawler.middlewares.warc)
        PLAIN, [("Content-Disposition", "tên.pdf".encode().decode("latin-1"))],
    ),
    "empty body": (b"", [("Content-Type", "text/html")]),
    "gzip bomb": (gzip.compress(b" " * 300_000), [("Content-Encoding", "gzip")]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_written_reads_as_the_record_read_back(tmp_path: Path, name: str) -> None:
    body, headers = CASES[name]
    with _writer(tmp_path) as writer:
        written = writer.write_exchange(_exchange(body, headers))
    assert written.http_head is not None
    for limit in (64 << 20, 100_000):
        parsed = parse_written(written.http_head, body, limit)
        # UTF-8 in the header block ("odd headers", "latin-1 bytes of UTF-8") reads back too:
        # the block is measured in bytes, not in warcio's characters
        back = read_record(tmp_path, written.warc_file.name, written.offset,
                           check_digests=False, max_payload=limit)  # fmt: skip
        assert parsed is not None
        payload, http_headers, error = parsed
        assert payload == back.payload
        assert http_headers == back.http_headers
        assert error == back.decode_error


@pytest.mark.parametrize("name", sorted(CASES))
def test_workers_read_a_handed_capture_as_read_back(tmp_path: Path, name: str) -> None:
    body, headers = CASES[name]
    exchange = _exchange(body, headers)
    with _writer(tmp_path / "warcs") as writer:
        written = writer.write_exchange(exchange)
    ref = CaptureRef(1, exchange.url, "2024-03-05T01:02:03Z", 1, f"warcs/{written.warc_file.name}",
                     written.offset, written=_written(exchange, written))  # fmt: skip
    assert ref.written == (written.http_head, body)
    for limit in (64 << 20, 100_000):
        handed = read_capture(tmp_path, ref, limit)
        read_back = read_capture(tmp_path, replace(ref, written=None), limit)
        assert handed == read_back


def test_only_a_response_record_of_an_http_url_is_handed(tmp_path: Path) -> None:
    with _writer(tmp_path) as writer:
        exchange = _exchange(PLAIN, [("Content-Type", "text/html")])
        revisit = writer.write_revisit(exchange, "<urn:uuid:1>", exchange.url,
                                       datetime(2024, 1, 1), "identical-payload-digest")  # fmt: skip
        other = _exchange(PLAIN, [("Content-Type", "text/html")], url="ftp://x.gov.vn/a")
        written_other = writer.write_exchange(other)
    assert revisit.http_head is None and _written(exchange, revisit) is None
    assert _written(other, written_other) is None


def test_the_sample_keeps_no_bytes() -> None:
    sample = ModelSample()
    ref = CaptureRef(1, "https://x.gov.vn/a", "2024-03-05T01:02:03Z", 1, "w.warc.gz", 0,
                     written=(b"HTTP/1.1 200 OK\r\n\r\n", PLAIN))  # fmt: skip
    sample.offer(ref)
    assert [c.written for c in sample.current()] == [None]


def test_written_takes_no_part_in_equality() -> None:
    ref = CaptureRef(1, "https://x.gov.vn/a", "2024-03-05T01:02:03Z", 1, "w.warc.gz", 0)
    assert replace(ref, written=(b"h", b"b")) == ref
    assert hash(replace(ref, written=(b"h", b"b"))) == hash(ref)
