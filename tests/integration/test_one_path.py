"""One path from a capture to an article row: the crawl, ``rebuild``, ``reextract`` and
``import-warc`` store the same rows for the same captures (issue 12's targets), for every
template family and for the replica: articles, versions, attachments with their capture
links, images, and the site chrome learned on the way."""

from __future__ import annotations

import functools
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import archive.articles as articles_module
import pipelines.offline as offline
import pipelines.pool as pool_module
from archive import Archive, fts
from crawler.cli import cli
from pipelines import sitemodel
from pipelines.fingerprint import fingerprint
from pipelines.ingest import Ingestor
from pipelines.offline import reextract
from tests.conftest import Crawled
from tests.families import FAMILIES, wordpress
from tests.helpers import invoke_cli, run_cli
from tests.integration.conftest import Families

#: what the archive says about its articles, keyed so that two archives of the same WARC
#: records compare equal whatever their row ids (captures by WARC record id)
SNAPSHOTS = {
    "articles": """
        SELECT a.url, a.site_id, a.title, a.published_at, a.date_precision, a.date_raw,
               a.updated_at, a.author, a.author_unit, a.source, a.lead, a.body, a.language,
               a.word_count, a.content_hash, a.first_seen, a.last_seen, a.removed_at,
               a.current_version, a.extractor, a.profile_hash, a.images_json,
               a.warnings_json, c.warc_record_id
        FROM articles a LEFT JOIN captures c ON c.id = a.capture_id ORDER BY a.url""",
    "versions": """
        SELECT a.url, v.version, v.fetched_at, v.content_hash, v.title, v.published_at,
               v.author, v.body, v.extractor, c.warc_record_id
        FROM article_versions v JOIN articles a ON a.id = v.article_id
        LEFT JOIN captures c ON c.id = v.capture_id ORDER BY a.url, v.version""",
    "attachments": """
        SELECT a.url, t.url, t.title, t.kind, c.warc_record_id
        FROM attachments t JOIN articles a ON a.id = t.article_id
        LEFT JOIN captures c ON c.id = t.capture_id ORDER BY a.url, t.url""",
    "images": """
        SELECT a.url, i.src, i.caption, i.alt FROM images i JOIN articles a ON a.id = i.article_id
        ORDER BY a.url, i.src""",
    "chrome": "SELECT site_id, kind, text FROM site_chrome ORDER BY site_id, kind, text",
    "citations": """
        SELECT a.url, r.field, r.key, r.raw, r.sentence, r.span_start, r.occurrence,
               r.published_at
        FROM document_refs r JOIN articles a ON a.id = r.article_id
        ORDER BY a.url, r.field, r.span_start""",
    "documents": """
        SELECT c.url, c.warc_record_id, t.status, t.reason, t.format, t.pages, t.text, c.site_id
        FROM attachment_texts t JOIN captures c ON c.id = t.capture_id ORDER BY c.url""",
    "document_refs": """
        SELECT c.warc_record_id, r.field, r.key, r.raw, c.site_id FROM document_refs r
        JOIN captures c ON c.id = r.capture_id ORDER BY c.warc_record_id, r.field, r.span_start""",
}


BY_CAPTURE = ("documents", "document_refs")  # rows keyed by a capture: its site comes last


def snapshot(archive: Path, site: str | None = None) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        found = {name: conn.execute(sql).fetchall() for name, sql in SNAPSHOTS.items()}
    finally:
        conn.close()
    if site is not None:  # rows of one site: articles are keyed by their URL's site
        sites = dict(
            sqlite3.connect(archive / "archive.db")
            .execute("SELECT url, site_id FROM articles")
            .fetchall()
        )
        found = {
            name: [
                r for r in rows
                if (r[0] == site if name == "chrome" else r[-1] == site if name in BY_CAPTURE
                    else sites.get(r[0]) == site)
            ]  # fmt: skip
            for name, rows in found.items()
        }
    return found


def assert_same(got: dict[str, list], want: dict[str, list]) -> None:
    for name in SNAPSHOTS:
        assert got[name] == want[name], f"{name} differ"
    assert want["articles"] and want["chrome"], "nothing to compare"


def assert_read(want: dict[str, list]) -> None:
    """The replica's citations and documents were read (its PDF and DOCX, its Kế hoạch)."""
    assert want["citations"] and want["document_refs"], "no citations to compare"
    assert sorted(row[2] for row in want["documents"]) == ["ok", "ok"], want["documents"]


def split_body(archive: Path, base: str) -> str:
    url = base + next(a.path for a in wordpress.ARTICLES if a.split)
    conn = sqlite3.connect(archive / "archive.db")
    try:
        ((body, versions),) = conn.execute(
            "SELECT body, current_version FROM articles WHERE url = ?", [url]
        ).fetchall()
    finally:
        conn.close()
    assert versions == 1
    return str(body)


def test_the_split_article_is_joined_by_the_crawl(families: Families) -> None:
    art = next(a for a in wordpress.ARTICLES if a.split)
    body = split_body(families.archive, families.bases[wordpress.SITE_ID])
    assert body.split("\n\n") == art.body() and len(body) == 637


def test_rebuild_from_the_warcs_alone_gives_the_crawls_rows(
    families: Families, tmp_path: Path
) -> None:
    new = tmp_path / "rebuilt"
    sites = [arg for path in families.profiles.values() for arg in ("--site", str(path))]
    done = run_cli("rebuild", "--warcs", str(families.archive / "warcs"), "--archive", str(new),
                   *sites, "--workers", "1")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert_same(snapshot(new), snapshot(families.archive))
    assert len(split_body(new, families.bases[wordpress.SITE_ID])) == 637


def test_reextract_of_an_unchanged_archive_changes_nothing(
    families: Families, tmp_path: Path
) -> None:
    archive = tmp_path / "archive"
    shutil.copytree(families.archive, archive)
    before = snapshot(archive)
    done = run_cli("reextract", "--archive", str(archive), "--workers", "1")
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^articles that were: unchanged \d+$", done.stdout, re.M), done.stdout
    assert_same(snapshot(archive), before)
    assert len(split_body(archive, families.bases[wordpress.SITE_ID])) == 637


@pytest.mark.parametrize("site_id", sorted(FAMILIES))
def test_import_warc_of_a_crawls_own_warcs_gives_its_articles(
    families: Families, tmp_path: Path, site_id: str
) -> None:
    """In this process (the command, through click): one ``govarchive`` start per family
    cost about 4 s of CPU (Python, the CLI, the extraction modules, the forkserver's
    preload), 30 families about two minutes of the suite; the import in a process of its
    own is the replica's test below."""
    new = tmp_path / "imported"
    warcs = sorted((families.archive / "warcs" / site_id).glob("*.warc.gz"))
    done = CliRunner().invoke(cli, ["import-warc", *map(str, warcs), "--site",
                                    str(families.profiles[site_id]), "--archive", str(new),
                                    "--workers", "1"])  # fmt: skip
    assert done.exit_code == 0, done.output + repr(done.exception)
    assert_same(snapshot(new), snapshot(families.archive, site_id))


def stale_fingerprints(archive: Path) -> list[str]:
    """URLs of articles whose stored ``body_fingerprint`` is not their body's."""
    with sqlite3.connect(archive / "archive.db") as conn:
        rows = conn.execute("SELECT url, body, body_fingerprint FROM articles").fetchall()
    assert rows
    return [url for url, body, stored in rows if stored != fingerprint(body)]


def test_every_stored_fingerprint_is_its_bodys_after_the_crawl(families: Families) -> None:
    assert stale_fingerprints(families.archive) == []


# --- the replica (crawled twice: the second crawl adds nothing) ------------------------------


def test_the_replica_rebuilt_reextracted_and_imported_gives_the_crawls_rows(
    crawled: Crawled, replica_profile_path: Path, tmp_path: Path
) -> None:
    want = snapshot(crawled.archive)
    assert_read(want)
    rebuilt = tmp_path / "rebuilt"
    done = run_cli("rebuild", "--warcs", str(crawled.archive / "warcs"), "--archive",
                   str(rebuilt), "--site", str(replica_profile_path))  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert_same(snapshot(rebuilt), want)
    assert {p.name for p in (rebuilt / "feeds").iterdir()} == {"all.atom", "laocai-tinhuy.atom"}

    copy = tmp_path / "copy"
    shutil.copytree(crawled.archive, copy)
    done = run_cli("reextract", "--archive", str(copy))
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^articles that were: unchanged \d+$", done.stdout, re.M), done.stdout
    assert_same(snapshot(copy), want)

    imported = tmp_path / "imported"
    warcs = sorted((crawled.archive / "warcs").rglob("*.warc.gz"))
    done = run_cli("import-warc", *map(str, warcs), "--site", str(replica_profile_path),
                   "--archive", str(imported))  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert_same(snapshot(imported), want)


# --- citations and attached documents (issue 15) ----------------------------------------------


def forget_citations_and_documents(archive: Path) -> None:
    """Make ``archive`` what one built before citations and documents were read: no
    document_refs, attachment_texts or attachments_fts rows, article index entries without
    citation tokens."""
    with Archive(archive) as arc:
        writer = arc.writer()
        with writer.transaction():
            for (article_id,) in arc.db.execute(
                "SELECT DISTINCT article_id FROM document_refs WHERE article_id IS NOT NULL"
            ).fetchall():
                writer.replace_article_refs(article_id, [])
            arc.db.execute("INSERT INTO attachments_fts (attachments_fts) VALUES ('delete-all')")
            arc.db.execute("DELETE FROM document_refs")
            arc.db.execute("DELETE FROM attachment_texts")


def every_row(archive: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("document_refs", "attachment_texts", "article_versions", "articles")
        } | {"hits": conn.execute(
            "SELECT rowid FROM attachments_fts WHERE attachments_fts MATCH 'ky niem'").fetchall()}
    finally:
        conn.close()


def test_the_crawl_summary_shows_documents_read_and_citations(crawled: Crawled) -> None:
    summary = crawled.first.stdout  # type: ignore[attr-defined]
    assert re.search(r"attachments' text: ok\s*│\s*2\b", summary), summary
    assert re.search(r"citations of legal documents stored\s*│\s*[1-9]", summary), summary
    again = crawled.second.stdout  # type: ignore[attr-defined]
    assert re.search(r"attachments unchanged \(revisit; text kept\)\s*│\s*2\b", again), again


def test_reextract_fills_citations_and_documents_of_an_archive_built_before_them(
    crawled: Crawled, tmp_path: Path
) -> None:
    want = snapshot(crawled.archive)
    old = tmp_path / "old"
    shutil.copytree(crawled.archive, old)
    forget_citations_and_documents(old)
    forgot = snapshot(old)
    assert not (forgot["citations"] or forgot["documents"] or forgot["document_refs"])
    with Archive(old) as arc:
        assert not arc.search("ref:56-KH/TU")  # no citation token indexed

    done = invoke_cli("reextract", "--archive", str(old))
    assert done.returncode == 0, done.stdout + done.stderr
    assert re.search(r"^attachments read: ok 2; texts that were stored: 2; articles whose "
                     r"citations were stored: [1-9]\d*$", done.stdout, re.M), done.stdout  # fmt: skip
    assert_same(snapshot(old), want)
    assert snapshot(old)["citations"] == want["citations"]
    with Archive(old) as arc:
        assert [hit.title for hit in arc.search("ref:56-KH/TU")] == [
            row[2] for row in want["articles"] if "56-KH/TU" in row[11]]  # fmt: skip
    filled = every_row(old)
    assert filled["hits"], "the PDF's text is searchable again"

    again = invoke_cli("reextract", "--archive", str(old))
    assert again.returncode == 0, again.stdout + again.stderr
    assert re.search(r"^attachments read: ok 2; texts that were stored: 0; articles whose "
                     r"citations were stored: 0$", again.stdout, re.M), again.stdout  # fmt: skip
    assert every_row(old) == filled  # a second reextract changes nothing, row ids included


# --- reextract without needless work (issue 12: reextract >= 1.8x bare trafilatura) -----------


def change_rules(archive: Path) -> None:
    """A rule change: every stored profile removes each body's second paragraph (real text
    changes: new versions, full-text entries replaced), and the articles are marked as made
    by an older extractor (every other article changes too, its indexed text the same)."""
    with Archive(archive) as arc, arc.db.conn:
        for site_id, profile_json in arc.db.execute("SELECT id, profile_json FROM sites"):
            profile = json.loads(profile_json)
            selectors = profile.setdefault("selectors", {})
            selectors["remove"] = [*selectors.get("remove", []), "p:nth-of-type(2)"]
            arc.db.execute("UPDATE sites SET profile_json = ? WHERE id = ?",
                           [json.dumps(profile), site_id])  # fmt: skip
        arc.db.execute("UPDATE articles SET content_hash = 'older-extractor'")


def index_and_models(archive: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every full-text index entry (term, docid, column, offset) and the stored models."""
    conn = sqlite3.connect(archive / "archive.db")
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, articles_fts, instance)")
        return {
            "index": conn.execute("SELECT * FROM temp.terms ORDER BY 1, 2, 3, 4").fetchall(),
            "models": conn.execute(
                "SELECT site_id, crawl_id, model_json, confident FROM site_models ORDER BY id"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_reextract_after_a_rule_change_writes_what_it_wrote_with_every_step(
    families: Families, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``reextract`` (of one family's site) reuses a stored site model inferred from the same
    pages by the same code (no inference run; other code infers as before) and leaves an
    unchanged full-text entry alone: the rows are those written with
    every run and every entry rewritten (the path before), and a second run changes none."""
    fast, slow, new_code = tmp_path / "fast", tmp_path / "slow", tmp_path / "new_code"
    for archive in (fast, slow, new_code):
        shutil.copytree(families.archive, archive)
        change_rules(archive)
    runs: list[int] = []
    real_infer = pool_module.infer_captures
    monkeypatch.setattr(pool_module, "infer_captures",
                        lambda *a: runs.append(1) or real_infer(*a))  # fmt: skip

    def reextracted(archive: Path) -> int:
        runs.clear()
        with Archive(archive) as arc:
            report = reextract(arc.db, archive, site=wordpress.SITE_ID, workers=1)
        assert report.outcomes["changed"] > 0 and report.outcomes["new"] == 0, report.outcomes
        return len(runs)

    assert reextracted(fast) == 0
    assert stale_fingerprints(fast) == []  # the changed bodies' fingerprints written too
    with monkeypatch.context() as before:  # the path before: every run, every entry rewritten
        before.setattr(sitemodel.Seeds, "kwargs", lambda s: {
            "known": s.chrome, "site_model": s.model, "recent": s.recent})  # fmt: skip
        before.setattr(offline, "Ingestor", functools.partial(Ingestor, trust_model=False))

        def rewrite(db, article_id, old, new):  # noqa: ANN001, ANN202
            with db.atomic():
                fts.unindex_article(db, article_id, old)
                fts.index_article(db, article_id, {**old, **new})

        before.setattr(articles_module, "reindex_article", rewrite)
        assert reextracted(slow) > 0
    with monkeypatch.context() as upgraded:  # other code: the stored model is not trusted
        upgraded.setattr(sitemodel, "_code_digest", lambda: b"another release")
        assert reextracted(new_code) > 0
    assert_same(snapshot(fast), snapshot(slow))
    assert_same(snapshot(new_code), snapshot(slow))
    assert index_and_models(fast) == index_and_models(slow) == index_and_models(new_code)
    assert index_and_models(fast)["index"] != index_and_models(families.archive)["index"]
    with sqlite3.connect(fast / "archive.db") as conn:
        models = conn.execute("SELECT * FROM site_models ORDER BY id").fetchall()
    assert all(row[-1] for row in models), "every model stored with its evidence"

    every = snapshot(fast) | index_and_models(fast)
    with Archive(fast) as arc:
        again = reextract(arc.db, fast, site=wordpress.SITE_ID, workers=1)
    assert set(again.outcomes) == {"unchanged"}, again.outcomes
    assert snapshot(fast) | index_and_models(fast) == every
    with sqlite3.connect(fast / "archive.db") as conn:
        assert conn.execute("SELECT * FROM site_models ORDER BY id").fetchall() == models
