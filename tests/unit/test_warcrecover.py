"""recover_open_file: a .warc.gz.open cut at any byte keeps exactly its whole records."""

from __future__ import annotations

import contextlib
import io
import itertools
import random
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from warcio.checker import Checker

from archive.warcread import iter_records
from archive.warcrecover import recover_open_file
from archive.warcwrite import Exchange, WarcWriter


def exchange(i: int, body: bytes) -> Exchange:
    return Exchange(
        url=f"https://a.vn/{i}",
        method="GET",
        request_headers=[],
        request_body=b"",
        status=200,
        protocol="HTTP/1.1",
        response_headers=[("Content-Length", str(len(body)))],
        body=body,
        ip_address=None,
        fetched_at=datetime(2024, 1, 1),
    )


@pytest.fixture(scope="module")
def open_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[int]]:
    """Bytes of an unclosed WARC (as a killed crawler leaves it) and its record boundaries."""
    directory = tmp_path_factory.mktemp("warcs")
    writer = WarcWriter(directory, "t", warcinfo={"software": "test"})
    rng = random.Random(3)
    for i in range(3):
        writer.write_exchange(exchange(i, rng.randbytes(2000)))
    (path,) = writer.files
    assert path.name.endswith(".warc.gz.open")
    data = path.read_bytes()
    writer.close()
    ends = [r.offset + r.length for r in iter_records(writer.files[0])]
    assert len(ends) == 7 and ends[-1] == len(data)
    return data, [0, *ends]


def _cuts(bounds: list[int]) -> list[int]:
    cuts = {0, 1, 10, bounds[-1], bounds[-1] - 1}
    for start, end in itertools.pairwise(bounds):
        cuts |= {start, start + 1, (start + end) // 2, end - 8, end - 1}
    return sorted(cuts)


def test_cut_at_many_positions(tmp_path: Path, open_file: tuple[bytes, list[int]]) -> None:
    data, bounds = open_file
    for cut in _cuts(bounds):
        path = tmp_path / f"cut-{cut}-00000.warc.gz.open"
        path.write_bytes(data[:cut])
        report = recover_open_file(path)
        kept_end = max(b for b in bounds if b <= cut)
        final = tmp_path / f"cut-{cut}-00000.warc.gz"
        assert report.path == final and final.exists() and not path.exists()
        assert report.records_kept == bounds.index(kept_end), cut
        assert (report.bytes_kept, report.bytes_cut) == (kept_end, cut - kept_end)
        assert final.read_bytes() == data[:kept_end]
        records = iter_records(final)
        assert len(list(records)) == report.records_kept and records.tail_error is None
        if report.records_kept:
            assert warcio_check(final) == 0


def warcio_check(path: Path) -> int:
    """`warcio check`, in process (the CLI is exercised in test_warcwriter)."""
    with contextlib.redirect_stdout(io.StringIO()):
        return int(Checker(SimpleNamespace(inputs=[str(path)], verbose=False)).process_all())


def test_garbage_after_records_is_cut(tmp_path: Path, open_file: tuple[bytes, list[int]]) -> None:
    data, bounds = open_file
    path = tmp_path / "g-00000.warc.gz.open"
    path.write_bytes(data[: bounds[3]] + b"\x1f\x8b\x08garbage" + data[bounds[3] :])
    report = recover_open_file(path)
    assert (report.records_kept, report.bytes_kept) == (3, bounds[3])


def test_refuses_to_overwrite_and_wrong_names(tmp_path: Path) -> None:
    (tmp_path / "a.warc.gz").write_bytes(b"evidence")
    (tmp_path / "a.warc.gz.open").write_bytes(b"")
    with pytest.raises(FileExistsError, match=r"a\.warc\.gz"):
        recover_open_file(tmp_path / "a.warc.gz.open")
    assert (tmp_path / "a.warc.gz").read_bytes() == b"evidence"
    with pytest.raises(ValueError, match="not a"):
        recover_open_file(tmp_path / "a.warc.gz")
