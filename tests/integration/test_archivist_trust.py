"""The main commands on an archive in trouble: locked by another writer (waited for as
``--lock-wait``/``$GOVARCHIVE_LOCK_WAIT`` says, said once, counted, then exit code 75), a WARC cut mid-record,
a profile with a YAML syntax error, a disk full half-way through an import. Each is one clear
line (or a one-line warning and exit code 3) and loses nothing.

Covered elsewhere, not repeated here: a broken profile for ``crawl`` (test_end_to_end.py,
test_hostile_input.py), ``import-warc`` and ``rebuild`` of a WARC cut mid-record and
``verify`` of one (test_warc_fidelity.py), damaged, foreign and read-only archives
(test_one_line_errors.py), a full disk during a crawl (test_disk_full.py).
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from archive.errors import DiskFull
from archive.store import ArchiveWriter
from config.profile import adhoc_profile
from crawler.cli import cli
from crawler.cli.common import EXIT_LOCKED
from pipelines.offline import import_warcs
from tests.fixtures import inference_site as site
from tests.unit.test_site_model_ingest import PAGES, write_warc

SITE = site.BASE + "/"


def govarchive(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def one_line(result: Result) -> str:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    return lines[0]


def state(archive: Path) -> dict[str, object]:
    """What the archive holds: every row count, and the files in its folder."""
    conn = sqlite3.connect(archive / "archive.db")
    try:
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("crawls", "captures", "articles", "article_versions", "failures")}  # fmt: skip
        counts["bodies"] = conn.execute("SELECT group_concat(body, '|') FROM articles").fetchone()[0]
    finally:
        conn.close()
    files = sorted(p.relative_to(archive).as_posix() for p in (archive / "warcs").rglob("*"))
    return counts | {"files": files}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """An archive of the commune portal's pages, imported once; and another WARC of it."""
    folder = tmp_path_factory.mktemp("trust")
    archive = folder / "archive"
    import_warcs(archive, [write_warc(folder / "w1", PAGES, "pages")], adhoc_profile(SITE), workers=1)
    more = write_warc(folder / "w2", PAGES[:12], "more")
    return folder, archive, more


@pytest.fixture
def archive(built: tuple[Path, Path, Path], tmp_path: Path) -> Path:
    copy = tmp_path / "archive"
    shutil.copytree(built[1], copy)
    return copy


@pytest.fixture
def other(archive: Path) -> Iterator[sqlite3.Connection]:
    """Another writer of the archive (a database tool's connection)."""
    conn = sqlite3.connect(archive / "archive.db", isolation_level=None, check_same_thread=False)
    try:
        yield conn
    finally:
        if conn.in_transaction:
            conn.rollback()
        conn.close()


@pytest.fixture
def locked(archive: Path, other: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The archive while another writer holds its write lock; a short wait
    ($GOVARCHIVE_LOCK_WAIT, for the commands not given --lock-wait)."""
    monkeypatch.setenv("GOVARCHIVE_LOCK_WAIT", "0.1")
    other.execute("BEGIN IMMEDIATE")
    return archive


@pytest.fixture
def elsewhere(archive: Path) -> Iterator[None]:
    """A lock file of the archive held by "another process": a re-extraction on host2 (as
    archive.locks.announce writes it; held here through a file handle of its own)."""
    import fcntl
    import json

    path = archive / "locks" / "command-4242.lock"
    path.parent.mkdir(exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"pid": 4242, "host": "host2", "since": "2026-12-01T04:00:00Z",
                                 "command": "reextract"}))  # fmt: skip
        handle.flush()
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        yield


@pytest.mark.parametrize(
    "command",
    [["reextract", "--workers", "1"], ["import-warc", "MORE", "--site", SITE, "--workers", "1"],
     ["crawl", "http://127.0.0.1:9/", "--quiet"], ["merge", "SHARD"]],
    ids=["reextract", "import-warc", "crawl", "merge"],
)  # fmt: skip
def test_a_writer_on_a_locked_archive_waits_says_so_then_exits_locked_writing_nothing(
    built: tuple[Path, Path, Path], locked: Path, elsewhere: None, command: list[str]
) -> None:
    before = state(locked)
    shard = built[1]  # (the archive it was copied from: a shard with nothing new)
    args = [str(built[2]) if a == "MORE" else str(shard) if a == "SHARD" else a for a in command]
    result = govarchive(*args, "--archive", str(locked), "--lock-wait", "0.2")
    assert result.exit_code == EXIT_LOCKED, result.output
    waiting, error = result.stderr.strip().splitlines()  # said once, then the one line
    assert waiting == ("govarchive: waiting for another writer of the archive to let go of its "
                       "write lock (writing now, by the archive's lock files: reextract (pid "
                       "4242 on host2 since 2026-12-01T04:00:00Z)), at most 0.2 s")  # fmt: skip
    assert error.startswith("Error: ") and "another process holds the archive's write lock" in error
    assert "did not let go within 0.2 s" in error and "Traceback" not in result.output
    assert state(locked) == before  # no row, and no WARC file placed
    assert sorted(p.name for p in (locked / "locks").glob("command-*.lock")) == ["command-4242.lock"]


def test_a_lock_let_go_within_the_wait_is_waited_for_and_counted(
    archive: Path, other: sqlite3.Connection
) -> None:
    import threading

    other.execute("BEGIN IMMEDIATE")
    threading.Timer(0.3, other.rollback).start()  # let go well inside the 60 s wait
    result = govarchive("reextract", "--workers", "1", "--archive", str(archive),
                        "--lock-wait", "60")  # fmt: skip
    assert result.exit_code == 0, result.output
    (waiting,) = result.stderr.strip().splitlines()
    assert waiting.startswith("govarchive: waiting for another writer") and "at most 60 s" in waiting
    assert "waits for another process's write lock on the archive: 1" in result.stdout


@pytest.mark.parametrize(
    ("args", "env", "named"),
    [(["reextract", "--lock-wait", "soon"], None, "--lock-wait"),
     (["verify", "--lock-wait", "-1"], None, "--lock-wait"),
     (["reextract"], "nan", "GOVARCHIVE_LOCK_WAIT"),
     (["crawl", "http://127.0.0.1:9/", "--quiet", "-s", "GOVARCHIVE_LOCK_WAIT=1e999"], None,
      "GOVARCHIVE_LOCK_WAIT"),
     (["crawl", "http://127.0.0.1:9/", "--quiet"], "ten", "GOVARCHIVE_LOCK_WAIT")],
    ids=["option", "negative", "env", "crawl-setting", "crawl-env"],
)  # fmt: skip
def test_a_bad_lock_wait_is_one_line_and_writes_nothing(
    archive: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], env: str | None, named: str
) -> None:
    if env is not None:
        monkeypatch.setenv("GOVARCHIVE_LOCK_WAIT", env)
    before = state(archive)
    line = one_line(govarchive(*args, "--archive", str(archive)))
    assert line.startswith(f"Error: {named} must be a number of seconds, 0 or more"), line
    assert state(archive) == before


def test_readers_of_a_locked_archive_still_read(locked: Path) -> None:
    where = ["--archive", str(locked)]
    assert govarchive("search", "chuyen doi so", *where).exit_code == 0
    exported = govarchive("export", "--format", "jsonl", *where)
    assert exported.exit_code == 0 and len(exported.stdout.splitlines()) == site.N
    verified = govarchive("verify", *where)
    assert verified.exit_code == 0 and "OK: no problems found" in verified.stdout


def test_an_import_cut_half_way_is_imported_again_not_skipped(
    built: tuple[Path, Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A disk full (or a kill, or another writer's lock) after the file was placed in the
    archive: the next import of the same file imports it, instead of skipping it as
    'already imported' with its records never read."""
    archive, warc = tmp_path / "fresh", built[1] / "warcs"
    (source,) = [p for p in warc.rglob("*.warc.gz")]
    real, calls = ArchiveWriter.add_capture, []

    def full_after_five(self: ArchiveWriter, **fields: object) -> int:
        calls.append(1)
        if len(calls) > 5:
            raise DiskFull(28, "No space left on device")
        return real(self, **fields)  # type: ignore[arg-type]

    monkeypatch.setattr(ArchiveWriter, "add_capture", full_after_five)
    with pytest.raises(DiskFull):
        import_warcs(archive, [source], adhoc_profile(SITE), workers=1)
    monkeypatch.setattr(ArchiveWriter, "add_capture", real)
    cut = state(archive)["captures"]
    assert cut > 0 and crawls(archive) == [(1, "running")]
    report = import_warcs(archive, [source], adhoc_profile(SITE), workers=1)
    assert report.skipped == [] and report.interrupted == [1] and report.reused == cut
    # the dead run closed, its rows taken over: each WARC record has one capture row
    assert crawls(archive) == [(1, "interrupted"), (2, "finished")]
    again = state(archive)
    assert again["articles"] == site.N and again["captures"] == state(built[1])["captures"]
    assert import_warcs(archive, [source], adhoc_profile(SITE), workers=1).skipped == [str(source)]


def crawls(archive: Path) -> list[tuple[int, str]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return conn.execute("SELECT id, status FROM crawls ORDER BY id").fetchall()
    finally:
        conn.close()


def test_reextract_over_a_warc_cut_mid_record_warns_and_keeps_the_rows(archive: Path) -> None:
    (warc,) = list((archive / "warcs").rglob("*.warc.gz"))
    data = warc.read_bytes()
    warc.write_bytes(data[: len(data) // 2])
    before = state(archive)
    result = govarchive("reextract", "--workers", "1", "--archive", str(archive))
    assert result.exit_code == 3, result.output
    (warning,) = result.stderr.strip().splitlines()
    assert warning.startswith("warning: ") and "could not be read from their WARC record" in warning
    assert state(archive) == before  # the articles the cut records held are all still there


@pytest.mark.parametrize("command", ["import-warc", "rebuild"])
def test_a_profile_with_a_yaml_syntax_error_is_one_line_and_writes_nothing(
    built: tuple[Path, Path, Path], archive: Path, tmp_path: Path, command: str
) -> None:
    profile = tmp_path / "broken.yaml"
    profile.write_text('id: xahoabinh\nname: "Xã Hòa Bình\nbase_url: x\n  links: [\n',
                       encoding="utf-8")  # fmt: skip
    before = state(archive)
    if command == "import-warc":
        args = ["import-warc", str(built[2]), "--site", str(profile), "--archive", str(archive)]
    else:
        args = ["rebuild", "--warcs", str(archive / "warcs"), "--archive", str(tmp_path / "new"),
                "--site", str(profile)]  # fmt: skip
    line = one_line(govarchive(*args))
    assert str(profile) in line and "bad YAML (line 5, column 1)" in line
    assert state(archive) == before and not (tmp_path / "new").exists()
