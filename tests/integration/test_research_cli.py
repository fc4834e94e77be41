"""The researcher's commands on the crawled replica: search, export, report, and their errors."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from tests.conftest import Crawled
from tests.helpers import run_cli

SEED_TITLE = (
    "Triển khai thực hiện tốt công tác thông tin tuyên truyền và thông tin đối ngoại khu vực "
    "biên giới tỉnh Lào Cai"
)


@pytest.fixture(scope="module")
def archive(crawled: Crawled, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("research") / "archive"
    shutil.copytree(crawled.archive, path)
    return path


def test_search_as_csv_and_json_with_filters(archive: Path) -> None:
    as_csv = run_cli("search", "phan gioi cam moc", "--archive", str(archive), "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert SEED_TITLE in {r["title"] for r in rows}
    assert all("[" in r["snippet"] for r in rows)
    as_json = run_cli("search", "\"Phân giới cắm mốc\"", "--archive", str(archive), "--format",
                      "json", "--author", "do quang thang", "--since", "2023-01",
                      "--until", "2023-01", "--order", "date", "--site", "laocai-tinhuy")  # fmt: skip
    assert as_json.returncode == 0, as_json.stderr
    hits = json.loads(as_json.stdout)  # one document
    assert [h["title"] for h in hits] == [SEED_TITLE]
    assert hits[0]["author"] == "Đỗ Quang Thắng" and "[phân giới cắm mốc]" in hits[0]["snippet"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", '"phân giới'], "Unbalanced quote in search query"),
        (["search", "bien (gioi"], "a '(' is never closed"),
        (["search", "bien", "--since", "tháng trước"], "since must be a date like 2023-01-31"),
        (["search", "bien", "--site", "hanoi"], "No site 'hanoi' in this archive"),
        (["export", "--site", "hanoi"], "No site 'hanoi' in this archive"),
        (["export", "--until", "2023-13"], "until: '2023-13' is not a valid date"),
        (["export", "--format", "parquet"], "--format parquet writes a file"),
        (["report", "--site", "hanoi"], "No site 'hanoi' in this archive"),
        (["refs", "biên giới"], "'biên giới' is not a document number"),
        (["search", "bien", "--in", "attachments", "--author", "x"],
         "--author applies to articles only"),
    ],
)
def test_bad_input_is_one_clear_line(archive: Path, args: list[str], message: str) -> None:
    done = run_cli(*args, "--archive", str(archive))
    assert done.returncode != 0
    assert message in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["search", "bien"], ["export"], ["report"], ["serve"]])
def test_missing_archive(tmp_path: Path, command: list[str]) -> None:
    done = run_cli(*command, "--archive", str(tmp_path / "nowhere"))
    assert done.returncode == 1
    assert "No archive found at" in done.stderr and "Traceback" not in done.stderr


def test_export_parquet_and_csv_with_the_search_filters(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "a.parquet"
    done = run_cli("export", "--archive", str(archive), "--format", "parquet", "-o", str(out),
                   "--since", "2023-01", "--until", "2023-01")  # fmt: skip
    assert done.returncode == 0, done.stderr
    table = pq.read_table(out)
    months = {value.strftime("%Y-%m") for value in table.column("published_at_local").to_pylist()}
    assert table.num_rows > 0 and months == {"2023-01"}
    as_csv = run_cli("export", "--archive", str(archive), "--format", "csv",
                     "--author", "Đỗ Quang Thắng")  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [r["title"] for r in rows] == [SEED_TITLE]


def test_report_is_one_self_contained_file(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    done = run_cli("report", "--archive", str(archive), "--site", "laocai-tinhuy", "-o", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html and "<link" not in html
    assert "http_500" in html and "http_404" in html  # the replica's broken pages
    assert "Articles per month" in html and "laocai-tinhuy" in html


def test_refs_shows_the_document_its_copy_and_the_citing_article(archive: Path) -> None:
    done = run_cli("refs", "Ke hoach so 56-KH/TU", "--archive", str(archive), "--format", "json")
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert (doc["code"], doc["keys"], doc["total"]) == ("56/kh-tu", [["ke-hoach:56/kh-tu", 1]], 1)
    (copy,) = doc["copies"]  # the PDF whose header says "So 56-KH/TU"
    assert copy["url"].endswith("/Uploads/files/2023/ke-hoach-56.pdf") and copy["status"] == "ok"
    assert copy["found_in"] == "number" and copy["excerpt"].startswith("TINH UY LAO CAI")
    (article,) = doc["articles"]
    assert article["site_id"] == "laocai-tinhuy" and "Kế hoạch số 56-KH/TU" in article["sentence"]
    assert copy["articles"] == [article["id"]]
    table = run_cli("refs", "56-KH/TU", "--archive", str(archive))
    assert "copies among the attachments" in table.stdout and "ke-hoach-56.pdf" in table.stdout
    assert "citing articles" in table.stdout


def test_search_in_attachments_and_by_citation(archive: Path) -> None:
    found = run_cli("search", "ky niem 93 nam", "--in", "attachments", "--archive", str(archive),
                    "--format", "jsonl")  # fmt: skip
    assert found.returncode == 0, found.stderr
    (hit,) = [json.loads(line) for line in found.stdout.splitlines()]
    assert hit["url"].endswith("ke-hoach-56.pdf") and hit["title"] == "Kế hoạch số 56-KH/TU"
    assert "[ky niem] [93] [nam]" in hit["snippet"] or "[ky niem 93 nam]" in hit["snippet"]
    cited = run_cli("search", "ref:56-KH/TU", "--archive", str(archive), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(cited.stdout)))
    assert [r["site_id"] for r in rows] == ["laocai-tinhuy"] and "56-KH/TU" in rows[0]["snippet"]
