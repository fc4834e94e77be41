"""A response whose HTTP header block holds UTF-8 reads back whole (issue 12's found bug).

warcio's ``StatusAndHeaders.total_len`` counts the characters of the decoded header lines; a
header sent as UTF-8 (``Content-Disposition: attachment; filename="Báo cáo tổng hợp.pdf"``,
as Scrapy hands it: its bytes as latin-1 characters, which the writer writes back byte for
byte) has fewer characters than bytes, and ``archive.warcread`` used to take such a record
for a truncated one: the capture was ``warc_unreadable`` and ``iter_records`` stopped there
(rebuild, import-warc and verify treating the rest of the file as torn). The reader now
decides truncation by the bytes left in the record's block."""

from __future__ import annotations

import gzip
import io
import itertools
import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from archive.verify import verify_archive
from archive.warcread import WarcReadError, copy_payload, iter_records, parse_written, read_record
from archive.warcwrite import Exchange, WarcWriter
from config.profile import adhoc_profile
from pipelines.offline import import_warcs, rebuild_archive
from tests.fixtures import inference_site as site

FILENAME = "Báo cáo tổng hợp.pdf"
AS_SCRAPY = f'attachment; filename="{FILENAME}"'.encode().decode("latin-1")  # UTF-8 bytes
HTML = "<html><head><title>Tin tức</title></head><body><p>Nội dung bài viết.</p></body></html>"
#: incompressible, so that a gzip member cut near its end still gives most of its payload
PDF = b"%PDF-1.4\n" + random.Random(12).randbytes(20_000) + b"\n%%EOF\n"

#: (URL, headers, body) of the responses written, in order
EXCHANGES = [
    ("https://x.gov.vn/tai-lieu.pdf",
     [("Content-Type", "application/pdf"), ("Content-Disposition", AS_SCRAPY)], PDF),
    ("https://x.gov.vn/bai-1.html",  # a str the writer cannot write as latin-1: UTF-8
     [("Content-Type", "text/html; charset=utf-8"), ("X-Chuyen-Muc", "Tin tức – Sự kiện"),
      ("Link", '<https://x.gov.vn/tin-tức/bài-1>; rel="shortlink"')], HTML.encode()),
    ("https://x.gov.vn/bai-2.html",  # latin-1 only: one byte a character, as before
     [("Content-Type", "text/html; charset=utf-8"), ("X-Note", "café crème")], HTML.encode()),
    ("https://x.gov.vn/bai-3.html", [("Content-Type", "text/html; charset=utf-8")], HTML.encode()),
]  # fmt: skip


def _exchange(url: str, headers: list[tuple[str, str]], body: bytes, n: int = 0) -> Exchange:
    return Exchange(
        url=url, method="GET", request_headers=[("User-Agent", "test")], request_body=b"",
        status=200, protocol="HTTP/1.1", response_headers=headers, body=body, ip_address=None,
        fetched_at=datetime(2024, 3, 20, 1, 0, n % 60),
    )  # fmt: skip


def _write(folder: Path, exchanges: list, warcinfo: dict[str, str] | None = None) -> Path:
    counter = itertools.count(1)
    writer = WarcWriter(
        folder, "utf8", warcinfo=warcinfo or {"software": "test"},
        record_id_factory=lambda: f"<urn:uuid:00000000-0000-4000-8000-{next(counter):012d}>",
    )  # fmt: skip
    for n, (url, headers, body) in enumerate(exchanges):
        writer.write_exchange(_exchange(url, headers, body, n))
    writer.close()
    return writer.files[0]


def _warc(folder: Path, kind: str) -> Path:
    """The responses in a WARC gzipped per record, or in the same WARC uncompressed (the
    gzip members inflated one after the other)."""
    path = _write(folder, EXCHANGES)
    if kind == "plain":
        plain = path.with_name(path.name.removesuffix(".gz"))
        plain.write_bytes(gzip.decompress(path.read_bytes()))
        path.unlink()
        return plain
    return path


@pytest.fixture(params=["gzip", "plain"])
def warc(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return _warc(tmp_path / "w", request.param)


def _responses(path: Path) -> list:
    return [r for r in iter_records(path) if r.record_type == "response"]


def test_the_bytes_on_disk_are_utf8_and_outnumber_the_characters(warc: Path) -> None:
    data = gzip.decompress(warc.read_bytes()) if warc.name.endswith(".gz") else warc.read_bytes()
    assert FILENAME.encode() in data and "Tin tức – Sự kiện".encode() in data
    assert "café crème".encode("latin-1") in data  # latin-1 only: written as latin-1


def test_every_record_after_a_utf8_header_is_read(warc: Path) -> None:
    records = iter_records(warc)
    got = list(records)
    assert records.tail_error is None and records.tail_offset is None
    assert [r.record_type for r in got] == ["warcinfo"] + ["response", "request"] * len(EXCHANGES)
    responses = [r for r in got if r.record_type == "response"]
    assert [r.target_uri for r in responses] == [url for url, _, _ in EXCHANGES]
    for record, (_, _, body) in zip(responses, EXCHANGES, strict=True):
        assert record.raw_payload == body and record.payload == body
        assert record.digest_ok is True and not record.digest_problems
    pdf, first, latin, _ = responses
    assert pdf.http_header("Content-Disposition") == f'attachment; filename="{FILENAME}"'
    assert first.http_header("X-Chuyen-Muc") == "Tin tức – Sự kiện"
    assert latin.http_header("X-Note") == "café crème"


def test_read_record_and_copy_payload_read_each_record(warc: Path) -> None:
    for record, (_, _, body) in zip(_responses(warc), EXCHANGES, strict=True):
        back = read_record(warc.parent, warc.name, record.offset)
        assert back.payload == body and back.http_headers == record.http_headers
        out = io.BytesIO()
        assert copy_payload(warc.parent, warc.name, record.offset, out) == len(body)
        assert out.getvalue() == body


def _cut(path: Path, end: int, tmp_path: Path) -> Path:
    cut = tmp_path / ("cut-" + path.name)
    cut.write_bytes(path.read_bytes()[:end])
    return cut


@pytest.mark.parametrize("short", [1, 7])
def test_a_record_really_cut_is_still_truncated(warc: Path, tmp_path: Path, short: int) -> None:
    """A record with UTF-8 headers that lacks even one byte of its payload is cut: the bytes
    left in its block decide, not the characters of its header lines."""
    pdf = _responses(warc)[0]
    if warc.name.endswith(".gz"):  # inside the member's deflate data, before its trailer
        end = pdf.offset + pdf.length - 8 - 100 * short
    else:  # a plain record's length stops before the CRLF CRLF that ends it
        end = pdf.offset + pdf.length - short
    cut = _cut(warc, end, tmp_path)
    records = iter_records(cut)
    assert [r.record_type for r in records] == ["warcinfo"]
    assert records.tail_offset == pdf.offset
    assert records.tail_error is not None and "truncated record" in records.tail_error
    with pytest.raises(WarcReadError, match="truncated"):
        read_record(cut.parent, cut.name, pdf.offset)
    with pytest.raises(WarcReadError, match="truncated"):
        copy_payload(cut.parent, cut.name, pdf.offset, io.BytesIO())


def test_a_plain_record_cut_only_in_its_trailing_crlfs_is_whole(tmp_path: Path) -> None:
    """The block is whole when only the record separator is missing (as before the fix)."""
    warc = _warc(tmp_path / "w", "plain")
    pdf = _responses(warc)[0]
    cut = _cut(warc, pdf.offset + pdf.length, tmp_path)
    records = iter_records(cut)
    assert [r.record_type for r in records] == ["warcinfo", "response"]
    assert records.tail_error is None


def test_parse_written_measures_the_block_in_bytes(tmp_path: Path) -> None:
    """The workers' parse of a record just written reads a UTF-8 block itself, as reading the
    record back now does (it used to give up and read the record back, to fail)."""
    writer = WarcWriter(tmp_path, "pw", warcinfo={"software": "test"})
    for url, headers, body in EXCHANGES:
        written = writer.write_exchange(_exchange(url, headers, body))
        parsed = parse_written(written.http_head, body)
        assert parsed is not None, url
        back = read_record(tmp_path, written.warc_file.name, written.offset, check_digests=False)
        assert parsed == (back.payload, back.http_headers, back.decode_error)
    writer.close()
    # a block that is not one whole header block (its parse stops short of its end) is left
    # to reading back: none is ever written (the writer refuses CR and LF in a header)
    assert parse_written(b"HTTP/1.1 200 OK\r\n\r\nX-After: 1\r\n\r\n", b"") is None


# --- import-warc and rebuild -------------------------------------------------------------------


def _site_pages() -> list:
    """The inference site's pages, the first article's response carrying UTF-8 headers and
    every page after it (a UTF-8 header on an article in the middle too)."""
    out = []
    for n, (url, body, headers) in enumerate(site.pages()):
        extra = []
        if url.endswith(site.slug(0)) or url.endswith(site.slug(4)):
            extra = [("Content-Disposition", f'inline; filename="{FILENAME}"'.encode().decode(
                "latin-1")), ("X-Chuyen-Muc", "Tin tức – Sự kiện")]  # fmt: skip
        out.append((url, [*headers.items(), *extra], body))
        if n == 0:
            out.append((site.BASE + "/tai-lieu.pdf",
                        [("Content-Type", "application/pdf"), ("Content-Disposition", AS_SCRAPY)],
                        PDF))  # fmt: skip
    return out


def _rows(archive: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _check_archive(archive: Path, pages: list) -> None:
    assert _rows(archive, "SELECT count(*) FROM captures") == [(len(pages),)]
    assert _rows(archive, "SELECT status FROM crawls") == [("finished",)]
    assert _rows(archive, "SELECT reason FROM failures WHERE reason LIKE 'warc%' "
                          "OR reason LIKE '%unreadable%'") == []  # fmt: skip
    titles = dict(_rows(archive, "SELECT url, title FROM articles"))
    for i in range(site.N):
        assert titles.get(site.BASE + site.slug(i)) == site.title(i)
    assert not list(archive.rglob("*.torn"))
    report = verify_archive(archive)
    assert report.ok, report.problems


def test_import_warc_keeps_every_record_and_cuts_nothing(tmp_path: Path) -> None:
    pages = _site_pages()
    source = _write(tmp_path / "in", pages)
    before = source.read_bytes()
    archive = tmp_path / "archive"
    report = import_warcs(archive, [source], adhoc_profile(site.BASE + "/"), workers=1)
    _check_archive(archive, pages)
    (placed,) = list((archive / "warcs").rglob("*.warc.gz"))
    assert placed.read_bytes() == before == source.read_bytes()
    assert not getattr(report, "errors", None)


def test_rebuild_keeps_every_record_and_cuts_nothing(tmp_path: Path) -> None:
    pages = _site_pages()
    profile = adhoc_profile(site.BASE + "/")
    info = {"software": "test", "govarchive-site": profile.id, "isPartOf": f"{profile.id}-crawl-1"}
    source = _write(tmp_path / "warcs", pages, info)
    archive = tmp_path / "archive"
    rebuild_archive(tmp_path / "warcs", archive, profiles={profile.id: profile}, workers=1)
    _check_archive(archive, pages)
    (placed,) = list((archive / "warcs").rglob("*.warc.gz"))
    assert placed.read_bytes() == source.read_bytes()
