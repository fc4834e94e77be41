"""archive/jobstate.py: the state file a crawl job carries; bad files are one-line errors.

That an imported state makes a crawl exactly as incremental as in the central archive is
shown on real crawls in tests/integration/test_shards.py.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from archive import Archive, ArchiveError
from archive.jobstate import read_state
from archive.sitemodels import save_site_model
from archive.store import ArchiveWriter
from pipelines.inference import infer
from pipelines.knowledge import SiteKnowledge
from pipelines.sitemodel import made_with, seeds
from tests.fixtures import inference_site
from tests.unit.test_merge import PROFILE, URL, at, crawl


@pytest.fixture
def state(tmp_path: Path) -> Path:
    central = tmp_path / "central"
    central.mkdir()
    crawl(central, [(URL, "A", at(1))])
    crawl(central, [(URL, "B", at(2))], status="running")  # killed: exported as interrupted
    path = tmp_path / "state.jsonl.gz"
    with Archive(central) as archive:
        summary = archive.export_state("laocai", path)
    assert dict(summary.rows) == {"sites": 1, "crawls": 2, "captures": 1, "articles": 1,
                                  "site_chrome": 0}  # fmt: skip
    return path


def lines(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return handle.read().splitlines()


def write(path: Path, content: list[str]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(content) + "\n")
    return path


def test_the_state_file_holds_stubs_and_references(state: Path) -> None:
    records = [json.loads(line) for line in lines(state)]
    assert records[0]["format"] == "govarchive-job-state" and records[0]["site"] == "laocai"
    (article,) = [r["row"] for r in records[1:-1] if r["table"] == "articles"]
    assert article["title"] == "Bài B" and article["current_version"] == 2
    # no fingerprint (the hand-made crawl stores none): not a recent body to compare, no text
    assert (article["body_fingerprint"], article["body"]) == (None, "")
    assert [r["row"]["status"] for r in records[1:-1] if r["table"] == "crawls"] == [
        "finished", "interrupted"]
    captures = [r["row"] for r in records[1:-1] if r["table"] == "captures"]
    assert all("warc_file" not in c and c["warc_record_id"] for c in captures)


def test_import_keeps_ids_and_marks_the_crawls_imported(state: Path, tmp_path: Path) -> None:
    with Archive(tmp_path / "shard", create=True) as shard:
        shard.import_state(state)
        rows = shard.db.execute("SELECT id, status, imported_from FROM crawls").fetchall()
        assert [r[:2] for r in rows] == [(1, "finished"), (2, "interrupted")]
        assert all(r[2] and r[2].endswith("central") for r in rows)
        assert shard.db.execute("SELECT id, url, body FROM articles").fetchall() == [(1, URL, "")]
        assert [h.url for h in shard.search("Bài B")] == [URL]  # the stub's title is indexed
        with pytest.raises(ArchiveError, match="fresh archive only"):
            shard.import_state(state)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda ls: ls[:-1], "truncated job state file (no end record)"),
        (lambda ls: ls[:2] + ls[3:], "damaged job state file (its rows do not match its end record)"),
        (lambda ls: [ls[0], '{"table": "articles", "row": {"url": 1}}', ls[-1]],
         "line 2 is not a state record"),
        (lambda ls: [ls[0], "{not json", ls[-1]], "damaged job state file (Expecting property name"),
        (lambda ls: ['{"format": "other"}', *ls[1:]], "not a govarchive job state file (version 1)"),
    ],
    ids=["no-end", "row-missing", "bad-record", "bad-json", "other-format"],
)
def test_bad_state_files(state: Path, tmp_path: Path, damage, message: str) -> None:  # type: ignore[no-untyped-def]
    bad = write(tmp_path / "bad.jsonl.gz", damage(lines(state)))
    with pytest.raises(ArchiveError) as exc:
        read_state(bad)
    assert str(exc.value).startswith(f"{bad}: {message}") and "\n" not in str(exc.value)
    with Archive(tmp_path / "shard", create=True) as shard:  # nothing imported
        with pytest.raises(ArchiveError):
            shard.import_state(bad)
        assert shard.db.execute("SELECT COUNT(*) FROM crawls").fetchone()[0] == 0


def test_not_gzip_and_unknown_site(state: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.jsonl.gz"
    plain.write_text("hello", encoding="utf-8")
    with pytest.raises(ArchiveError, match=r"plain.jsonl.gz: not a readable job state file"):
        read_state(plain)
    with Archive(tmp_path / "central") as central:
        with pytest.raises(ArchiveError, match="no site 'nowhere' in the archive"):
            central.export_state("nowhere", tmp_path / "x.jsonl.gz")


def test_pages_the_crawl_would_extract_from_their_record_are_not_referenced(tmp_path: Path) -> None:
    """A revisit of such a page in the shard would send the pipeline to a record the shard
    does not hold: it gets a full record there instead."""
    from archive.store import ArchiveWriter

    central = tmp_path / "central"
    central.mkdir()
    crawl(central, [(URL, "A", at(1))])
    with Archive(central) as archive:
        writer = ArchiveWriter(archive.db)
        crawl_id = writer.start_crawl("laocai", "test", {})
        for n, url in enumerate(("https://laocai.example/", "https://laocai.example/soft-404.html",
                                 "https://laocai.example/orphan.html")):  # fmt: skip
            writer.add_capture(crawl_id=crawl_id, site_id="laocai", url=url, status=200,
                               fetched_at=at(2), record_type="response",
                               warc_record_id=f"<urn:uuid:{n}>", payload_digest=f"sha1:{n}")  # fmt: skip
        writer.add_failure(crawl_id, "laocai", "https://laocai.example/soft-404.html",
                           "not_article:soft_404")  # fmt: skip
        writer.finish_crawl(crawl_id, "finished", {}, [])
        archive.db.conn.commit()
        archive.export_state("laocai", tmp_path / "listing.jsonl.gz")
        archive.db.execute("UPDATE crawls SET status = 'interrupted' WHERE id = ?", [crawl_id])
        archive.db.conn.commit()
        archive.export_state("laocai", tmp_path / "killed.jsonl.gz")

    def urls(path: Path) -> list[str]:
        return sorted(row["url"] for table, row in read_state(path)[1] if table == "captures")

    assert urls(tmp_path / "listing.jsonl.gz") == [
        "https://laocai.example/", "https://laocai.example/orphan.html", URL]
    assert urls(tmp_path / "killed.jsonl.gz") == [URL]  # a killed crawl's pages: orphans, maybe


def test_the_site_model_travels_with_its_evidence(tmp_path: Path) -> None:
    # a fleet job's crawl starts from the central archive's model *and* what it was inferred
    # from: a crawl that keeps that model (fewer new pages than the model's) stores it with
    # its evidence, so after the merge the central archive's next ingest can still reuse it
    # instead of inferring it again (evidence None: "predates 0016", inferred once more)
    model = infer(inference_site.pages())
    assert model.confident
    central = tmp_path / "central"
    central.mkdir()
    crawl(central, [(URL, "A", at(1))])
    made_of = f"{made_with('Asia/Ho_Chi_Minh')}:0123456789abcdef0123456789abcdef"
    with Archive(central) as archive:
        with archive.db.atomic():
            save_site_model(archive.db, "laocai", 1, model.to_json(), True, made_of)
        archive.export_state("laocai", tmp_path / "state.jsonl.gz")
    with Archive(tmp_path / "shard", create=True) as shard:
        shard.import_state(tmp_path / "state.jsonl.gz")
        carried = seeds(ArchiveWriter(shard.db), "laocai")
    assert carried.model == model and carried.evidence == made_of
    knowledge = SiteKnowledge(carried.chrome, profile=PROFILE, model=carried.model, evidence=carried.evidence)
    assert knowledge.to_store is knowledge.seed and knowledge.stored_evidence == made_of
    # a state file written before the evidence was carried still reads: evidence unknown
    old = [json.loads(line) for line in lines(tmp_path / "state.jsonl.gz")]
    for item in old:
        if item.get("table") == "site_models":
            del item["row"]["evidence"]
    summary, records = read_state(write(tmp_path / "old.jsonl.gz", [json.dumps(r) for r in old]))
    assert summary.rows["site_models"] == 1
    assert [row["evidence"] for table, row in records if table == "site_models"] == [None]


def test_a_state_written_before_fingerprints_were_carried_still_imports(
    state: Path, tmp_path: Path
) -> None:
    older = []
    for line in lines(state):
        record = json.loads(line)
        if record.get("table") == "articles":
            del record["row"]["body_fingerprint"], record["row"]["body"]
        older.append(json.dumps(record, ensure_ascii=False))
    with Archive(tmp_path / "shard", create=True) as shard:
        shard.import_state(write(tmp_path / "older.jsonl.gz", older))
        assert shard.db.execute("SELECT url, body, body_fingerprint FROM articles").fetchall() == [
            (URL, "", None)]


def test_recent_bodies_past_the_size_cap_are_left_out_newest_kept_and_still_caught(
    tmp_path: Path,
) -> None:
    """A state carries the recent articles' bodies newest first up to its byte budget
    (archive.jobstate.BODY_BUDGET): the shard still finds the print copies of the articles
    whose bodies came (near-duplicates, stored once), and counts those left out."""
    import sqlite3

    from archive.jobstate import start_shard
    from archive.sitemodels import article_body, recent_fingerprints
    from pipelines.offline import import_warcs
    from tests.unit.test_site_model_ingest import _print_copies, write_warc

    profile, prints, others = _print_copies()
    central, shard, path = tmp_path / "central", tmp_path / "shard", tmp_path / "state.jsonl.gz"
    import_warcs(central, [write_warc(tmp_path / "a", others, "joba")], profile, workers=1)
    with Archive(central) as archive:
        newest = recent_fingerprints(archive.db, profile.id)
        sizes = [len((article_body(archive.db, f.article_id) or "").encode()) for f in newest]
        budget = sizes[0] + sizes[1]  # room for the two newest bodies, not a third
        summary = archive.export_state(profile.id, path, body_budget=budget)
    n = len(newest)
    assert n == inference_site.N and (summary.bodies, summary.bodies_left_out) == (2, n - 2)
    carried = [row for table, row in read_state(path)[1] if table == "articles" and row["body"]]
    assert sorted(r["id"] for r in carried) == sorted(f.article_id for f in newest[:2])
    assert read_state(path)[0].bodies_left_out == n - 2  # (the shard's crawl counts it)
    start_shard(shard, path)
    import_warcs(shard, [write_warc(tmp_path / "b", prints, "jobb")], profile, workers=1)
    conn = sqlite3.connect(shard / "archive.db")
    (stats,) = conn.execute("SELECT stats_json FROM crawls WHERE imported_from IS NULL").fetchone()
    conn.close()
    assert json.loads(stats)["govarchive/dropped/near_duplicate"] == 2
