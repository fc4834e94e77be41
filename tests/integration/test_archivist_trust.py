"""The main commands on an archive in trouble: locked by another writer, a WARC cut mid-record,
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
def locked(archive: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The archive while another writer holds its write lock (a short busy timeout here)."""
    monkeypatch.setattr("archive.db.BUSY_TIMEOUT_MS", 100)
    other = sqlite3.connect(archive / "archive.db")
    other.execute("BEGIN IMMEDIATE")
    try:
        yield archive
    finally:
        other.rollback()
        other.close()


@pytest.mark.parametrize(
    "command",
    [["reextract", "--workers", "1"], ["import-warc", "MORE", "--site", SITE, "--workers", "1"],
     ["crawl", "http://127.0.0.1:9/", "--quiet"]],
    ids=["reextract", "import-warc", "crawl"],
)  # fmt: skip
def test_a_writer_on_a_locked_archive_is_one_line_and_writes_nothing(
    built: tuple[Path, Path, Path], locked: Path, command: list[str]
) -> None:
    before = state(locked)
    args = [str(built[2]) if a == "MORE" else a for a in command]
    line = one_line(govarchive(*args, "--archive", str(locked)))
    assert "another process holds the archive's write lock" in line
    assert state(locked) == before  # no row, and no WARC file placed


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
