"""Records held while the site's knowledge warms up are extracted again only when that
knowledge has changed where it concerns them (issue 12: ``reextract``, seeded with the
archive's chrome and site model, extracted every held page twice). The rows are those of
extracting every held record again, the old way, in every case: knowledge unchanged (a
``reextract``), the site model adopted during the ingest (an import from nothing), and the
chrome alone learned again (a ``reextract`` of an archive without its learned chrome)."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from archive import Archive
from config.profile import adhoc_profile
from pipelines import offline
from pipelines.ingest import Ingestor
from pipelines.ingestparts import Ticket
from tests.fixtures import inference_site as site
from tests.unit.test_site_model_ingest import write_warc

ROWS = {
    "articles": """
        SELECT url, title, published_at, date_precision, date_raw, updated_at, author,
               author_unit, source, lead, body, word_count, content_hash, first_seen, last_seen,
               current_version, extractor, profile_hash, images_json, warnings_json
        FROM articles ORDER BY url""",
    "versions": """
        SELECT a.url, v.version, v.fetched_at, v.content_hash, v.title, v.published_at,
               v.author, v.body, v.extractor
        FROM article_versions v JOIN articles a ON a.id = v.article_id ORDER BY a.url, v.version""",
    "failures": "SELECT url, reason, detail FROM failures ORDER BY url, reason, detail",
    "chrome": "SELECT site_id, kind, text FROM site_chrome ORDER BY site_id, kind, text",
}


class Recording(Ingestor):
    """The ingestor, telling each page's extractions and the records it held."""

    last: Recording

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.extractions: Counter[str] = Counter()  # by URL
        self.held_urls: list[str] = []
        Recording.last = self

    def _submit(self, tickets: list[Ticket], final: bool = False) -> None:
        self.extractions.update(t.capture.url for t in tickets)
        super()._submit(tickets, final)

    def _end_warmup(self) -> None:
        self.held_urls += [t.capture.url for t, _ in self._held]
        super()._end_warmup()


class ExtractAgain(Recording):
    """The ingestor as it was: every held record extracted again at the warm-up's end."""

    def _end_warmup(self) -> None:
        if not self._warming:
            return
        self.held_urls += [t.capture.url for t, _ in self._held]
        self._warming = False
        held, self._held = self._held, []
        if held:
            self._submit([t for t, _ in held], final=True)


def rows(archive: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(archive / "archive.db")
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in ROWS.items()}
    finally:
        conn.close()


def run(
    monkeypatch: pytest.MonkeyPatch, kind: type[Recording], step: Callable[[], object]
) -> Recording:
    with monkeypatch.context() as patch:
        patch.setattr(offline, "Ingestor", kind)
        step()
    return Recording.last


def imported(monkeypatch: pytest.MonkeyPatch, kind: type[Recording], folder: Path) -> Recording:
    warc = write_warc(folder / "in", site.pages())
    profile = adhoc_profile(site.BASE + "/")
    return run(
        monkeypatch,
        kind,
        lambda: offline.import_warcs(folder / "archive", [warc], profile, workers=1),
    )


def reextracted(monkeypatch: pytest.MonkeyPatch, kind: type[Recording], archive: Path) -> Recording:
    def step() -> None:
        with Archive(archive) as arc:
            offline.reextract(arc.db, archive, workers=1)

    return run(monkeypatch, kind, step)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture site imported: its chrome learned and its model inferred, stored."""
    folder = tmp_path_factory.mktemp("imported")
    with pytest.MonkeyPatch.context() as patch:
        imported(patch, Recording, folder)
    return folder / "archive"


def copy(archive: Path, to: Path) -> Path:
    shutil.copytree(archive, to)
    return to


def test_held_records_are_not_extracted_again_when_the_knowledge_is_unchanged(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = reextracted(monkeypatch, Recording, copy(archive, tmp_path / "new"))
    stats = new.stats
    assert new.held_urls and stats["govarchive/held"] == len(new.held_urls)
    # the archive's model and chrome are in use from the first page: nothing to extract again
    assert stats["govarchive/held_kept"] == len(new.held_urls)
    assert stats["govarchive/held_reextracted"] == 0
    assert all(new.extractions[url] == 1 for url in new.held_urls), new.extractions
    # every extraction counted: each page once, and what the knowledge's changes made again
    assert stats["govarchive/extractions"] == sum(new.extractions.values()) == (
        len(site.pages()) + stats["govarchive/extracted_again"]
        + stats["govarchive/articles/settle_checked"]
    )  # fmt: skip
    assert stats["govarchive/articles/unchanged"] == site.N


def test_held_records_are_extracted_again_when_the_site_model_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = imported(monkeypatch, Recording, tmp_path)  # no model at first: one adopted
    stats = new.stats
    assert new.held_urls and stats["govarchive/site_model/adopted"] >= 1
    assert stats["govarchive/held_reextracted"] == len(new.held_urls)
    assert stats["govarchive/held_kept"] == 0
    assert all(new.extractions[url] >= 2 for url in new.held_urls), new.extractions
    assert stats["govarchive/extractions"] == sum(new.extractions.values()) == (
        len(site.pages()) + stats["govarchive/held_reextracted"]
        + stats["govarchive/extracted_again"] + stats["govarchive/articles/settle_checked"]
    )  # fmt: skip


@pytest.mark.parametrize("case", ["import", "reextract", "reextract_changed", "chrome_relearned"])
def test_the_rows_are_those_of_extracting_every_held_record_again(
    case: str, archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: dict[str, Recording] = {}
    stored: dict[str, dict[str, list[tuple[object, ...]]]] = {}
    for name, kind in (("new", Recording), ("old", ExtractAgain)):
        if case == "import":
            made[name] = imported(monkeypatch, kind, tmp_path / name)
            stored[name] = rows(tmp_path / name / "archive")
            continue
        target = copy(archive, tmp_path / name)
        conn = sqlite3.connect(target / "archive.db")
        with conn:
            if case == "reextract_changed":  # as if an older extractor made it: all restated
                conn.execute("UPDATE articles SET content_hash = 'older-extractor'")
            if case == "chrome_relearned":  # the chrome learned anew: versions change
                conn.execute("DELETE FROM site_chrome")
        conn.close()
        made[name] = reextracted(monkeypatch, kind, target)
        stored[name] = rows(target)
    assert stored["new"] == stored["old"]
    assert stored["new"]["articles"]
    new, old = made["new"], made["old"]
    assert new.held_urls == old.held_urls and new.held_urls
    kept = new.stats["govarchive/held_kept"]
    assert kept + new.stats["govarchive/held_reextracted"] == len(new.held_urls)
    # the old way extracted every held record again; the new one all but those kept
    assert sum(old.extractions.values()) - sum(new.extractions.values()) >= kept
    if case.startswith("reextract"):  # the archive's model and chrome from the first page
        assert kept == len(new.held_urls)
    else:  # a model adopted, or the chrome learned: every held record concerned
        assert new.stats["govarchive/held_reextracted"] == len(new.held_urls)
    outcomes = Counter({k: v for k, v in new.stats.items() if k.startswith("govarchive/articles/")
                        and k != "govarchive/articles/settle_checked"})  # fmt: skip
    assert outcomes == Counter({k: v for k, v in old.stats.items()
                                if k.startswith("govarchive/articles/")
                                and k != "govarchive/articles/settle_checked"})  # fmt: skip


def test_reextract_tells_how_far_it_is(archive: Path, tmp_path: Path) -> None:
    """reextract of a real archive runs for minutes to hours and printed nothing until its
    end; it now tells, site by site, how many captures went to extraction (a bar on a
    terminal), and the records it writes are the same."""
    folder = copy(archive, tmp_path / "progress")
    calls: list[tuple[str, int, int]] = []
    with Archive(folder) as arc:
        report = offline.reextract(arc.db, folder, workers=1, dry_run=True,
                                   progress=lambda *call: calls.append(call))  # fmt: skip
    (site_id,) = {label for label, _, _ in calls}
    total = report.pages
    assert total > 0 and calls[0] == (site_id, 0, total) and calls[-1] == (site_id, total, total)
    assert [done for _, done, _ in calls] == sorted(done for _, done, _ in calls)
