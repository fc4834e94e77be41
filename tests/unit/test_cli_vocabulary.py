"""One vocabulary across the command line (issue 13): every command's --format values and
date filter names, walked from the click command tree; what each word means, on a small
archive; the environment variables; the crawl summary's wording."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from rich.console import Console

from archive import Archive
from crawler.cli import cli
from crawler.cli.output import ALIASES, FORMATS
from crawler.environment import archive_from_env, contact_warning
from crawler.progress import (
    LIVE_COLUMNS,
    CrawlProgress,
    resume_hint,
    status_phrase,
    summary_renderable,
    unreachable_hint,
)
from crawler.run import CrawlSummary
from tests.unit.test_archive_queries import _populate
from tests.unit.test_docs import COMMANDS

#: the date filters and what each must say it filters (in its --help)
DATE_FILTERS = {"--since": "ublished", "--until": "ublished",
                "--captured-since": "aptured", "--captured-until": "aptured"}  # fmt: skip


def options(command: click.Command) -> list[click.Option]:
    return [p for p in command.params if isinstance(p, click.Option)]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_format_values_and_filter_names_follow_the_vocabulary(name: str, command: click.Command) -> None:
    for option in options(command):
        if "--format" in option.opts:
            choices = list(option.type.choices)  # type: ignore[attr-defined]
            outside = set(choices) - set(FORMATS) - set(ALIASES)
            assert not outside, f"{name} --format {outside}: not in the vocabulary {FORMATS}"
            if "jsonl" in choices:  # JSON Lines is jsonl (or nl), never json
                assert "json" in choices, f"{name}: jsonl without json"
                assert option.type.convert("nl", option, None) == "jsonl", f"{name}: no nl"
            # an alias is taken, not listed as a format of its own (help, errors)
            assert not set(choices) & set(ALIASES), f"{name}: --format lists an alias"
            assert option.callback is not None, f"{name}: --format not made by format_option"
        assert not (option.opts == ["--json"] and not option.hidden), (
            f"{name}: --json is --format json"
        )
        dated = [o for o in option.opts if o.endswith(("since", "until"))]
        if dated:
            primary = option.opts[0]
            assert primary in DATE_FILTERS, f"{name} {primary}: not a date filter name"
            assert DATE_FILTERS[primary] in (option.help or ""), (
                f"{name} {primary}: its help must say what it filters"
            )
            assert "2023" in (option.help or "") or "whole day" in (option.help or "")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("vocabulary")
    with Archive(root, create=True) as arc:
        _populate(arc.db)
    return root


def run(*args: str, env: dict[str, str] | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), env=env)


def test_json_is_one_document_jsonl_and_nl_are_lines(archive: Path) -> None:
    one = run("search", "bien gioi", "--archive", str(archive), "--format", "json")
    assert one.exit_code == 0, one.output
    hits = json.loads(one.stdout)
    assert isinstance(hits, list) and len(hits) == 2 and {"id", "site_id"} <= set(hits[0])
    # json wrote lines before: one line on stderr says so, stdout stays one document
    assert one.stderr.count("\n") == 1 and "--format jsonl" in one.stderr
    for fmt in ("jsonl", "nl"):
        lines = run("search", "bien gioi", "--archive", str(archive), "--format", fmt)
        assert [json.loads(x) for x in lines.stdout.splitlines()] == hits and not lines.stderr
    table = run("schedule", "--archive", str(archive), "--sites-dir", str(archive), "--format", "json")
    # no profile in --sites-dir: the archive's sites, listed unscheduled, in one document
    assert table.exit_code == 0 and [(s["site_id"], s["schedule"]) for s in json.loads(table.stdout)] == [
        ("chinhphu", None), ("laocai", None)]  # fmt: skip


def test_a_wrong_format_lists_the_formats_not_their_aliases(archive: Path) -> None:
    wrong = run("export", "--archive", str(archive), "--format", "xml")
    assert wrong.exit_code == 2
    assert "'xml' is not one of 'jsonl', 'json', 'csv', 'parquet'." in wrong.stderr
    assert "'nl'" not in wrong.stderr


def test_export_names_the_site_site_id_in_every_format(archive: Path, tmp_path: Path) -> None:
    as_json = run("export", "--archive", str(archive), "--format", "json")
    assert as_json.exit_code == 0, as_json.output
    records = json.loads(as_json.stdout)
    assert len(records) == 5 and all("site_id" in r and "site" not in r for r in records)
    assert as_json.stderr == "exported 5 article(s)\n"
    lines = run("export", "--archive", str(archive), "--site", "laocai")
    assert [json.loads(x)["site_id"] for x in lines.stdout.splitlines()] == ["laocai"] * 3
    out = tmp_path / "a.csv"
    to_file = run("export", "--archive", str(archive), "--format", "csv", "-o", str(out))
    assert to_file.stderr == f"exported 5 article(s) to {out}\n"
    with out.open(encoding="utf-8", newline="") as handle:
        assert "site_id" in next(csv.reader(handle))
    empty = run("export", "--archive", str(archive), "--format", "json", "--site", "laocai",
                "--since", "2999")  # fmt: skip
    assert empty.exit_code == 0 and json.loads(empty.stdout) == []


@pytest.mark.parametrize("args", [
    ("search", "bien"), ("export",), ("refs", "13/2023/ND-CP"), ("changes",),
    ("changes", "--captured-until"), ("reextract", "--dry-run"),
], ids=lambda a: "-".join(a))  # fmt: skip
def test_every_date_filter_takes_the_same_forms(archive: Path, args: tuple[str, ...]) -> None:
    command, *rest = args
    flag = "--since"
    if rest and rest[-1].startswith("--captured"):
        flag = rest.pop()
    elif command in ("changes", "reextract"):
        flag = "--captured-since"
    # (the hand-made archive names WARC files it does not hold: reextract reads none of its
    # captures, says so in a warning and exits 3)
    want = 3 if command == "reextract" else 0
    for value in ("2023", "2023-05", "2023-05-31", "2023-05-31T08:00"):
        done = run(command, *rest, "--archive", str(archive), flag, value)
        assert done.exit_code == want, (value, done.output)
    bad = run(command, *rest, "--archive", str(archive), flag, "yesterday")
    assert bad.exit_code == 1, bad.output
    (line,) = bad.stderr.strip().splitlines()
    assert "must be a date like 2023-01-31 (or 2023-01, 2023, 2023-01-31T08:00)" in line


def test_former_names_still_work(archive: Path) -> None:
    old = run("changes", "--archive", str(archive), "--since", "2023", "--format", "json")
    new = run("changes", "--archive", str(archive), "--captured-since", "2023", "--format", "json")
    assert old.exit_code == new.exit_code == 0 and old.stdout == new.stdout


def test_archive_environment_variable_and_its_deprecated_name(archive: Path, tmp_path: Path) -> None:
    assert archive_from_env({"GOVARCHIVE_ARCHIVE": "a", "GOVARCHIVE_ARCHIVE_DIR": "b"}) == ("a", None)
    assert archive_from_env({}) == (None, None)
    value, warning = archive_from_env({"GOVARCHIVE_ARCHIVE_DIR": "b"})
    assert value == "b" and warning and "GOVARCHIVE_ARCHIVE_DIR is deprecated" in warning
    new = run("export", "--format", "json", env={"GOVARCHIVE_ARCHIVE": str(archive)})
    assert new.exit_code == 0 and len(json.loads(new.stdout)) == 5
    assert "deprecated" not in new.stderr
    old = run("export", "--format", "json",
              env={"GOVARCHIVE_ARCHIVE_DIR": str(archive), "GOVARCHIVE_ARCHIVE": ""})  # fmt: skip
    assert old.exit_code == 0 and len(json.loads(old.stdout)) == 5
    assert "GOVARCHIVE_ARCHIVE_DIR is deprecated, set GOVARCHIVE_ARCHIVE" in old.stderr


def test_contact_warning_for_real_sites_only() -> None:
    real = ["https://tinhuy.laocai.gov.vn/"]
    warning = contact_warning(None, real)
    assert warning and "GOVARCHIVE_CONTACT is not set" in warning and "\n" not in warning
    assert contact_warning("archive-operator@example.org", real) == warning
    assert contact_warning("me@archive.org", real) is None
    assert contact_warning(None, ["http://127.0.0.1:8765/", "http://localhost/", "http://[::1]:80/"]) is None
    assert contact_warning(None, ["http://127.0.0.1:8765/", *real]) == warning


def _summary(status: str, reason: str, **stats: int) -> CrawlSummary:
    return CrawlSummary("laocai-tinhuy", 1, status, reason, {"govarchive/responses_ok": 5, **stats})


@pytest.mark.parametrize(("summary", "phrase"), [
    (_summary("finished", "finished"), "finished"),
    (_summary("partial", "finished", **{"govarchive/errors/http_500": 1, "govarchive/errors/http_404": 1}),
     "partial: ran to the end, 2 error(s)"),
    (_summary("partial", "closespider_pagecount"), "partial: stopped at the page limit"),
    (_summary("interrupted", "shutdown"), "interrupted: stopped (Ctrl-C or SIGTERM)"),
    (CrawlSummary("x", 2, "failed", "finished", {}), "failed: no page could be fetched"),
    (CrawlSummary("x", 2, "failed", "finished", {"govarchive/errors/http_503": 3}),
     "failed: no page could be fetched, 3 error(s)"),
    (CrawlSummary("x", 2, "failed", "closespider_timeout", {}),
     "failed: no page could be fetched; stopped at the time limit"),
    (CrawlSummary("x", None, "skipped", "being crawled by pid 7"), "skipped: being crawled by pid 7"),
])  # fmt: skip
def test_crawl_status_wording_is_coherent(summary: CrawlSummary, phrase: str) -> None:
    assert status_phrase(summary) == phrase


@pytest.mark.parametrize(("summary", "hint"), [
    (_summary("interrupted", "shutdown"), "laocai-tinhuy: crawl 1 was stopped before its end; what it "
     "fetched is archived: run the same command again to go on (nothing is stored twice)"),
    (_summary("finished", "finished"), None),
    (_summary("partial", "closespider_pagecount"), None),  # the limit asked for: nothing to resume
    (_summary("interrupted", "archive_locked"), None),  # its own line says what to do
])  # fmt: skip
def test_a_crawl_stopped_by_ctrl_c_says_how_to_go_on(summary: CrawlSummary, hint: str | None) -> None:
    assert resume_hint(summary) == hint


def _rendered(summary: CrawlSummary) -> str:
    out = io.StringIO()
    Console(width=120, file=out, color_system=None).print(summary_renderable([summary]))
    return out.getvalue()


def test_summary_lists_what_happened_not_every_zero() -> None:
    text = _rendered(_summary("finished", "finished", **{
        "govarchive/pages": 9, "govarchive/articles/new": 4, "govarchive/canonical/requested": 2}))
    assert "articles new" in text and "articles changed" in text  # the core rows, even at 0
    assert "canonical URLs requested" in text  # a feature's row when it counted something
    assert "canonical URLs off the site" not in text and "WARC revisit records" not in text


def test_summary_of_an_unreachable_site_says_what_to_check() -> None:
    failed = CrawlSummary("x", 2, "failed", "finished", {
        "govarchive/errors/DownloadConnectionRefusedError": 2,
        "govarchive/download_exceptions/DownloadConnectionRefusedError": 9})  # fmt: skip
    assert "could not be reached (connection refused, 9 attempt(s))" in " ".join(_rendered(failed).split())
    assert unreachable_hint(_summary("failed", "finished")) is None  # pages fetched: no such hint


def test_a_host_name_that_does_not_resolve_is_named_with_scrapys_exception_of_2_19() -> None:
    """Scrapy 2.19 raises CannotResolveHostError where Twisted's DNSLookupError came: a crawl
    of laocai-tinhuy on a machine without DNS said 'failed: nothing fetched' and no hint."""
    failed = CrawlSummary("laocai-tinhuy", 1, "failed", "finished", {
        "govarchive/errors/CannotResolveHostError": 3,
        "govarchive/download_exceptions/CannotResolveHostError": 12})  # fmt: skip
    assert unreachable_hint(failed) == (
        "[red]The site could not be reached (the host name does not resolve, 12 attempt(s)): "
        "check the URL or start URLs, that the site is up, and any proxy (HTTPS_PROXY).[/red]"
    )


def test_live_table_headers_fit_80_columns() -> None:
    class Stats:
        def get_stats(self) -> dict[str, int]:
            return {"govarchive/pages": 12345, "govarchive/articles/new": 1234,
                    "govarchive/errors/http_500": 12, "govarchive/not_article/listing": 2345}  # fmt: skip

    class Crawler:
        stats = Stats()
        spidercls = type("S", (), {"name": "so-tai-nguyen-moi-truong-lao-cai"})

    progress = CrawlProgress(Console(width=80, file=io.StringIO()))
    progress.crawlers = [Crawler()]
    out = io.StringIO()
    Console(width=80, file=out, color_system=None).print(progress.render())
    lines = out.getvalue().splitlines()
    assert max(map(len, lines)) <= 80
    header = next(line for line in lines if "pages/s" in line)
    assert header.split() == list(LIVE_COLUMNS)  # every header whole, none cut or wrapped


def test_crawl_of_a_real_site_warns_once_without_a_contact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import crawler.cli.crawl as crawl_cli
    import crawler.environment as environment

    started: list[list[str]] = []
    monkeypatch.setattr(crawl_cli, "run_crawls", lambda profiles, *a, **k: started.append(
        [p.base_url for p in profiles]) or [])  # fmt: skip
    monkeypatch.setattr(environment, "_warned", set())
    env = {"GOVARCHIVE_CONTACT": ""}
    done = run("crawl", "https://portal.example.gov.vn/", "--archive", str(tmp_path), env=env)
    assert started == [["https://portal.example.gov.vn/"]], done.output
    (line,) = [x for x in done.stderr.splitlines() if "GOVARCHIVE_CONTACT" in x]
    assert line.startswith("govarchive: warning: GOVARCHIVE_CONTACT is not set")
    monkeypatch.setattr(environment, "_warned", set())
    set_ = run("crawl", "https://portal.example.gov.vn/", "--archive", str(tmp_path),
               env={"GOVARCHIVE_CONTACT": "me@archive.org"})  # fmt: skip
    assert "GOVARCHIVE_CONTACT" not in set_.stderr
    local = run("crawl", "http://127.0.0.1:9/", "--archive", str(tmp_path), env=env)
    assert "GOVARCHIVE_CONTACT" not in local.stderr
