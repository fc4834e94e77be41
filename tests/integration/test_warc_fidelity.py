"""The WARC files as evidence: verify, crash recovery, rebuild, re-extract, WACZ, foreign WARCs."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from crawler.replica import ReplicaServer, laocai
from tests.conftest import Crawled
from tests.helpers import ROOT, invoke_cli, run_cli
from tests.tools.debian import ensure_debian_package

ARTICLE_FIELDS = "url, title, published_at, date_raw, author, author_unit, source, lead, body"


def query(archive: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def articles(archive: Path) -> dict[str, tuple[object, ...]]:
    """Article content keyed by URL path (the replica's port differs between runs)."""
    rows = query(archive, f"SELECT {ARTICLE_FIELDS} FROM articles")
    return {urlsplit(str(r[0])).path: r[1:] for r in rows}


def copy_archive(crawled: Crawled, tmp_path: Path) -> Path:
    target = tmp_path / "archive"
    shutil.copytree(crawled.archive, target)
    return target


def warcs_of(archive: Path, pattern: str = "*.warc.gz") -> list[Path]:
    return sorted((archive / "warcs").rglob(pattern))


# --- verify ----------------------------------------------------------------------------------


def test_verify_passes_on_a_crawled_archive(crawled: Crawled) -> None:
    result = run_cli("verify", "--archive", str(crawled.archive))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK: no problems found" in result.stdout
    (count,) = query(crawled.archive, "SELECT COUNT(*) FROM captures")[0]
    assert f"{count} capture(s)" in result.stdout


def test_verify_reports_a_corrupt_record(crawled: Crawled, tmp_path: Path) -> None:
    archive = copy_archive(crawled, tmp_path)
    warc = warcs_of(archive)[0]
    data = bytearray(warc.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte inside some record
    warc.write_bytes(bytes(data))
    result = invoke_cli("verify", "--archive", str(archive))
    assert result.returncode == 1
    assert "problem(s)" in result.stderr and "Traceback" not in result.stderr
    # a flipped byte inside a gzip member damages that record; the members after it are whole
    assert "[damaged]" in result.stderr or "[digest]" in result.stderr


def test_verify_reports_a_truncated_warc_and_the_captures_it_lost(
    crawled: Crawled, tmp_path: Path
) -> None:
    archive = copy_archive(crawled, tmp_path)
    warc = warcs_of(archive)[0]
    warc.write_bytes(warc.read_bytes()[: warc.stat().st_size // 2])
    result = invoke_cli("verify", "--archive", str(archive))
    assert result.returncode == 1
    assert "[truncated]" in result.stderr
    assert "[unresolvable_capture]" in result.stderr


def test_verify_reports_a_missing_warc_and_a_tampered_row(crawled: Crawled, tmp_path: Path) -> None:
    archive = copy_archive(crawled, tmp_path)
    warcs_of(archive)[-1].unlink()
    conn = sqlite3.connect(archive / "archive.db")
    with conn:
        conn.execute("UPDATE captures SET payload_digest = 'sha1:AAAA' WHERE id = 1")
    conn.close()
    result = invoke_cli("verify", "--archive", str(archive))
    assert result.returncode == 1
    assert "[missing_file]" in result.stderr
    assert "[mismatch] capture 1: payload digest is 'sha1:AAAA'" in result.stderr


def test_verify_without_an_archive_is_one_clear_line(tmp_path: Path) -> None:
    result = run_cli("verify", "--archive", str(tmp_path / "nothing"))
    assert result.returncode == 1
    assert result.stderr.startswith("Error: No archive found")


# --- crash safety ----------------------------------------------------------------------------


def _kill_crawl_midway(profile: Path, archive: Path) -> Path:
    """Start a slow crawl, SIGKILL it once its WARC holds some records; return the .open file."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "crawl", str(profile), "--archive", str(archive),
         "--delay", "0.25", "--quiet"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = warcs_of(archive, "*.warc.gz.open")
            if found and found[0].stat().st_size > 30_000:
                break
            assert process.poll() is None, "the crawl ended before it could be killed"
            time.sleep(0.05)
        else:
            raise AssertionError("the crawl wrote nothing in time")
    finally:
        os.killpg(process.pid, signal.SIGKILL)  # the crawl and its extraction workers
        process.wait()
    (open_file,) = warcs_of(archive, "*.warc.gz.open")
    # the kill landed in the middle of a record: half a gzip member at the end
    data = open_file.read_bytes()
    with open(open_file, "ab") as fh:
        fh.write(data[: len(data) // 3][-4000:])
    return open_file


def test_verify_repair_closes_a_killed_crawls_warc(
    replica_profile_path: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    open_file = _kill_crawl_midway(replica_profile_path, archive)
    size = open_file.stat().st_size
    result = run_cli("verify", "--archive", str(archive))
    assert result.returncode == 1
    assert "[unclosed]" in result.stderr

    result = run_cli("verify", "--archive", str(archive), "--repair")
    assert result.returncode == 0, result.stdout + result.stderr
    final = open_file.with_name(open_file.name.removesuffix(".open"))
    assert f"recovered {final.name}: kept " in result.stdout
    assert final.is_file() and not open_file.exists()
    assert 0 < final.stat().st_size < size
    assert final.with_name(final.name.replace(".warc.gz", ".cdxj")).is_file()
    (status,) = query(archive, "SELECT status FROM crawls")[0]
    assert status == "interrupted"
    # every capture row still resolves to its record (verify checks each one)
    assert run_cli("verify", "--archive", str(archive)).returncode == 0
    check = subprocess.run(
        [sys.executable, "-c", "from warcio.cli import main; main()", "check", str(final)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert check.returncode == 0, check.stdout + check.stderr


def test_next_crawl_recovers_a_killed_crawls_warc(
    replica_profile_path: Path, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    open_file = _kill_crawl_midway(replica_profile_path, archive)
    run_cli("crawl", str(replica_profile_path), "--archive", str(archive), "--quiet")
    assert not warcs_of(archive, "*.open")
    assert open_file.with_name(open_file.name.removesuffix(".open")).is_file()
    result = run_cli("verify", "--archive", str(archive))
    assert result.returncode == 0, result.stdout + result.stderr


# --- rebuild ---------------------------------------------------------------------------------


def test_rebuild_from_warcs_alone_gives_the_same_articles(crawled: Crawled, tmp_path: Path) -> None:
    new = tmp_path / "rebuilt"
    result = run_cli("rebuild", "--warcs", str(crawled.archive / "warcs"), "--archive", str(new))
    assert result.returncode == 0, result.stdout + result.stderr
    assert articles(new) == articles(crawled.archive)
    assert len(articles(new)) == len(laocai.ARTICLES)
    original = query(crawled.archive, "SELECT COUNT(*) FROM captures WHERE warc_file IS NOT NULL")
    assert query(new, "SELECT COUNT(*) FROM captures") == original
    assert len(query(new, "SELECT id FROM crawls")) == len(
        query(crawled.archive, "SELECT id FROM crawls")
    )
    assert run_cli("verify", "--archive", str(new)).returncode == 0
    again = run_cli("rebuild", "--warcs", str(crawled.archive / "warcs"), "--archive", str(new))
    assert again.returncode == 1 and "already holds an archive" in again.stderr


def test_rebuild_refuses_foreign_and_broken_warcs(tmp_path: Path) -> None:
    folder = tmp_path / "warcs"
    folder.mkdir()
    (folder / "notes.warc.gz").write_bytes(gzip.compress(b"this is not a WARC file\n"))
    result = invoke_cli("rebuild", "--warcs", str(folder), "--archive", str(tmp_path / "new"))
    assert result.returncode == 1
    assert "notes.warc.gz is not a WARC file" in result.stderr
    assert "Traceback" not in result.stderr
    empty = tmp_path / "empty"
    empty.mkdir()
    result = invoke_cli("rebuild", "--warcs", str(empty), "--archive", str(tmp_path / "new"))
    assert result.returncode == 1 and "no WARC files" in result.stderr


# --- reextract -------------------------------------------------------------------------------


def test_reextract_versions_changed_output_and_keeps_the_old(
    crawled: Crawled, tmp_path: Path
) -> None:
    archive = copy_archive(crawled, tmp_path)
    old = "govarchive-extract/0.0.1 trafilatura/1.0"
    conn = sqlite3.connect(archive / "archive.db")
    with conn:  # an archive made by an older extractor that got one date wrong
        conn.execute("UPDATE articles SET published_at = '2000-01-01T00:00:00+07:00', "
                     "content_hash = 'old', extractor = ? WHERE id = 1", [old])  # fmt: skip
        conn.execute("UPDATE article_versions SET published_at = '2000-01-01T00:00:00+07:00', "
                     "content_hash = 'old', extractor = ? WHERE article_id = 1", [old])  # fmt: skip
    conn.close()
    (url,) = query(archive, "SELECT url FROM articles WHERE id = 1")[0]

    dry = run_cli("reextract", "--archive", str(archive), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "articles that would be: changed 1, unchanged" in dry.stdout
    assert f"changed  {url} (published_at)" in dry.stdout
    assert query(archive, "SELECT current_version FROM articles WHERE id = 1") == [(1,)]

    result = run_cli("reextract", "--archive", str(archive), "--site", "laocai-tinhuy")
    assert result.returncode == 0, result.stderr
    assert "articles that were: changed 1, unchanged" in result.stdout
    versions = query(archive, "SELECT version, published_at, extractor FROM article_versions "
                              "WHERE article_id = 1 ORDER BY version")  # fmt: skip
    assert versions[0] == (1, "2000-01-01T00:00:00+07:00", old)
    assert versions[1][0] == 2 and str(versions[1][2]).startswith("govarchive-extract/")
    assert versions[1][2] != old
    truth = next(a for a in laocai.ARTICLES if str(url).endswith(a["path"]))
    assert versions[1][1] == truth["published"]
    assert articles(archive) == articles(crawled.archive)
    again = run_cli("reextract", "--archive", str(archive))
    assert "articles that were: unchanged" in again.stdout


def test_reextract_filters_and_bad_input(crawled: Crawled) -> None:
    later = invoke_cli("reextract", "--archive", str(crawled.archive), "--captured-since", "2999",
                    "--dry-run")  # fmt: skip
    assert later.returncode == 0 and later.stdout.startswith("0 page(s)")
    old_name = invoke_cli("reextract", "--archive", str(crawled.archive), "--since", "2999-01-01",
                       "--dry-run")  # fmt: skip
    assert old_name.returncode == 0 and old_name.stdout.startswith("0 page(s)")
    bad = invoke_cli("reextract", "--archive", str(crawled.archive), "--since", "yesterday")
    assert bad.returncode == 1 and "--captured-since must be a date" in bad.stderr
    unknown = invoke_cli("reextract", "--archive", str(crawled.archive), "--site", "nope")
    assert unknown.returncode == 1 and "Unknown site 'nope'" in unknown.stderr


# --- WACZ ------------------------------------------------------------------------------------


def test_export_wacz_lists_the_articles_as_pages(crawled: Crawled, tmp_path: Path) -> None:
    out = tmp_path / "laocai.wacz"
    result = run_cli("export-wacz", "--archive", str(crawled.archive), "--site", "laocai-tinhuy",
                     "-o", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"{len(laocai.ARTICLES)} page(s)" in result.stdout
    with zipfile.ZipFile(out) as wacz:
        names = set(wacz.namelist())
        lines = wacz.read("pages/pages.jsonl").decode("utf-8").splitlines()
        package = json.loads(wacz.read("datapackage.json"))
    assert {"datapackage.json", "indexes/index.cdx.gz", "pages/pages.jsonl"} <= names
    assert len([n for n in names if n.startswith("archive/")]) == len(warcs_of(crawled.archive))
    assert package["title"] == (
        "Cổng TTĐT Đảng bộ tỉnh Lào Cai (laocai-tinhuy): articles archived by govarchive"
    )
    assert package["description"].startswith(f"{len(laocai.ARTICLES)} article(s)")
    header = json.loads(lines[0])
    assert header["format"] == "json-pages-1.0" and header["hasText"] is True  # full-text search
    pages = {urlsplit(p["url"]).path: p for p in map(json.loads, lines[1:])}
    bodies = {urlsplit(url).path: body for url, body in _bodies(crawled.archive)}
    for truth in laocai.ARTICLES:
        page = pages[truth["path"]]
        assert page["title"] == truth["title"]
        assert page["published_at"] == truth["published"]
        assert page["ts"].endswith("Z")
        assert page["text"] == bodies[truth["path"]]  # the article body, as archived
        assert truth["body"][0] in page["text"] and "<" not in page["text"]
    check = subprocess.run(
        [sys.executable, "-m", "wacz", "validate", "-f", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0 and "is valid" in check.stdout, check.stdout + check.stderr
    bad = run_cli(
        "export-wacz", "--archive", str(crawled.archive), "--site", "nope", "-o", str(out)
    )
    assert bad.returncode == 1 and "Unknown site 'nope'" in bad.stderr


def _bodies(archive: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return conn.execute("SELECT url, body FROM articles").fetchall()
    finally:
        conn.close()


def test_export_wacz_names_pages_it_cannot_replay(crawled: Crawled, tmp_path: Path) -> None:
    """A page whose capture time no record of the package has is reported, not hidden."""
    archive = tmp_path / "archive"
    shutil.copytree(crawled.archive, archive)
    conn = sqlite3.connect(archive / "archive.db")
    with conn:
        capture = conn.execute("SELECT capture_id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute("UPDATE captures SET fetched_at = '1999-01-01T00:00:00Z' WHERE id = ?",
                     [capture])  # fmt: skip
    conn.close()
    result = run_cli("export-wacz", "--archive", str(archive), "-o", str(tmp_path / "a.wacz"))
    assert result.returncode == 0, result.stderr
    assert f"{len(laocai.ARTICLES) - 1} page(s)" in result.stdout
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "19990101000000" not in warning and "1999-01-01T00:00:00Z" in warning


# --- WARCs of other tools --------------------------------------------------------------------


def _assert_articles_as_crawled(archive: Path, crawled: Crawled, expected: set[str]) -> None:
    """The imported articles are exactly those a govarchive crawl of the same pages gives."""
    stored = articles(archive)
    assert set(stored) == expected
    assert stored == {
        path: row for path, row in articles(crawled.archive).items() if path in expected
    }
    for truth in laocai.ARTICLES:
        if truth["path"] in stored:
            title, published, date_raw, *_ = stored[truth["path"]]
            assert (title, published, date_raw) == (
                truth["title"], truth["published"], truth["date_raw"]
            )  # fmt: skip
    assert run_cli("verify", "--archive", str(archive)).returncode == 0


def test_import_a_wget_warc(
    replica: ReplicaServer, replica_profile_path: Path, crawled: Crawled, tmp_path: Path
) -> None:
    wget = str(ensure_debian_package("wget", "wget"))
    subprocess.run(
        [
            wget,
            "--recursive",
            "--level=4",
            "--no-verbose",
            "--delete-after",
            "--warc-file=portal",
            replica.base_url,
        ],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        check=False,
    )  # fmt: skip  (wget exits 8: the replica's 404 and 500 pages)
    archive = tmp_path / "archive"
    result = run_cli("import-warc", str(tmp_path / "portal.warc.gz"), "--site",
                     str(replica_profile_path), "--archive", str(archive))  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"new {len(laocai.ARTICLES)}" in result.stdout
    _assert_articles_as_crawled(archive, crawled, {a["path"] for a in laocai.ARTICLES})
    again = invoke_cli("import-warc", str(tmp_path / "portal.warc.gz"), "--site",
                       str(replica_profile_path), "--archive", str(archive))  # fmt: skip
    assert "already imported" in again.stdout
    assert len(query(archive, "SELECT id FROM articles")) == len(laocai.ARTICLES)


def test_import_a_warcio_capture_http_warc(
    replica: ReplicaServer, replica_profile_path: Path, crawled: Crawled, tmp_path: Path
) -> None:
    paths = [a["path"] for a in laocai.ARTICLES[:3]]
    script = (
        "import sys, urllib.request\n"
        "from warcio.capture_http import capture_http\n"
        "with capture_http(sys.argv[1]):\n"
        "    for url in sys.argv[2:]:\n"
        "        urllib.request.urlopen(url).read()\n"
    )
    warc = tmp_path / "capture.warc.gz"
    subprocess.run([sys.executable, "-c", script, str(warc), replica.base_url,
                    *(replica.url(p) for p in paths)], check=True, timeout=60)  # fmt: skip
    archive = tmp_path / "archive"
    result = run_cli("import-warc", str(warc), "--site", str(replica_profile_path),
                     "--archive", str(archive))  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "articles: new 3" in result.stdout
    _assert_articles_as_crawled(archive, crawled, set(paths))


def test_import_bad_input_is_one_clear_line(replica_profile_path: Path, tmp_path: Path) -> None:
    archive = str(tmp_path / "archive")
    site = str(replica_profile_path)
    missing = run_cli(
        "import-warc", str(tmp_path / "gone.warc.gz"), "--site", site, "--archive", archive
    )
    assert missing.returncode == 1 and "WARC file not found" in missing.stderr
    text = tmp_path / "page.warc"
    text.write_text("<html>not a WARC</html>\n")
    broken = run_cli("import-warc", str(text), "--site", site, "--archive", archive)
    assert broken.returncode == 1 and "page.warc is not a WARC file" in broken.stderr
    for result in (missing, broken):
        assert "Traceback" not in result.stderr


def test_import_a_truncated_warc_keeps_its_whole_records(
    crawled: Crawled, replica_profile_path: Path, tmp_path: Path
) -> None:
    source = warcs_of(crawled.archive)[0]
    # cut inside the record of the last article the file holds (page requisites, fetched
    # after the pages, fill the end of the file)
    (last,) = query(crawled.archive, "SELECT max(c.warc_offset) FROM articles a JOIN captures c "
                    "ON c.id = a.capture_id WHERE c.warc_file LIKE ?", "%" + source.name)[0]  # fmt: skip
    cut = tmp_path / "cut.warc.gz"
    original = source.read_bytes()[: int(last) + 200]
    cut.write_bytes(original)
    archive = tmp_path / "archive"
    result = run_cli("import-warc", str(cut), "--site", str(replica_profile_path),
                     "--archive", str(archive))  # fmt: skip
    # what was readable is imported; the cut is a failure, said in one line, exit 3 (partial)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "cut.warc.gz" in warning and "truncated" in warning and "left out" in warning
    assert 0 < len(articles(archive)) < len(laocai.ARTICLES)
    (status,) = query(archive, "SELECT status FROM crawls")[0]
    assert status == "partial"
    ((reason, url, detail),) = query(archive, "SELECT reason, url, detail FROM failures "
                                              "WHERE reason = 'warc_truncated'")  # fmt: skip
    assert url.endswith("cut.warc.gz") and "offset" in detail
    # the archive's copy holds the whole records only: it verifies; the source is untouched
    check = invoke_cli("verify", "--archive", str(archive))
    assert check.returncode == 0, check.stdout + check.stderr
    assert cut.read_bytes() == original
    # the import is not repeated: the same file is recognised
    again = invoke_cli("import-warc", str(cut), "--site", str(replica_profile_path),
                       "--archive", str(archive))  # fmt: skip
    assert again.returncode == 0 and "skipped" in again.stdout, again.stdout + again.stderr


def test_verify_repair_seals_a_truncated_file_no_row_points_into(
    crawled: Crawled, replica_profile_path: Path, tmp_path: Path
) -> None:
    # what `import-warc` of a truncated file used to leave: the torn file itself in the
    # archive (linked), rows for its whole records only; `verify` failed for good
    source = warcs_of(crawled.archive)[0]
    cut = tmp_path / "cut.warc.gz"
    torn = _torn_inside_a_record(source.read_bytes(), 0.6)
    cut.write_bytes(torn)
    archive = tmp_path / "archive"
    invoke_cli("import-warc", str(cut), "--site", str(replica_profile_path), "--archive", str(archive))
    (copy,) = warcs_of(archive)
    copy.write_bytes(torn)
    broken = run_cli("verify", "--archive", str(archive))
    assert broken.returncode == 1 and "[truncated]" in broken.stderr
    repaired = run_cli("verify", "--repair", "--archive", str(archive))
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert f"sealed {copy.name}" in repaired.stdout
    # the cut bytes are kept beside it, not lost
    tail = copy.with_name(copy.name + ".torn")
    assert copy.read_bytes() + tail.read_bytes() == torn
    assert invoke_cli("verify", "--archive", str(archive)).returncode == 0


def test_verify_repair_does_not_cut_a_record_a_row_points_into(
    crawled: Crawled, tmp_path: Path
) -> None:
    archive = copy_archive(crawled, tmp_path)
    warc = warcs_of(archive)[0]
    warc.write_bytes(warc.read_bytes()[: warc.stat().st_size // 2])
    size = warc.stat().st_size
    result = run_cli("verify", "--repair", "--archive", str(archive))
    assert result.returncode == 1
    assert "[unresolvable_capture]" in result.stderr and "Traceback" not in result.stderr
    assert warc.stat().st_size == size


def _torn_inside_a_record(data: bytes, share: float) -> bytes:
    """``data`` (a gzipped WARC) cut halfway through the gzip member holding the byte at
    ``share`` of it: a plain cut at a fixed share could land in the few bytes of a member's
    header or trailer, where a reader sees a whole, shorter file (the test then flaked)."""
    target = int(len(data) * share)
    starts, at = [], data.find(b"\x1f\x8b\x08")
    while at >= 0:
        starts.append(at)
        at = data.find(b"\x1f\x8b\x08", at + 1)
    start = max(i for i in starts if i <= target)
    end = min([i for i in starts if i > start] or [len(data)])
    assert end - start > 64, "the member holding the cut is too short to tear inside"
    return data[: start + (end - start) // 2]
