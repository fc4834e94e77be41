"""The inferred site model in the ingestor (issue 10), offline: WARC files of a commune portal
with every trap (tests/fixtures/inference_site.py) imported with ``import_warcs``, the path
every mode shares. The model is inferred from the pages, used once confident (non-articles
refused by type, the article template's selectors), stored; the same pages in another order
give the same rows; a print copy without a canonical link is the same article."""

from __future__ import annotations

import dataclasses
import json
import random
import shutil
import sqlite3
from datetime import datetime
from html import escape
from pathlib import Path
from typing import Any

import pytest

from archive import Archive
from archive.capture import CaptureRef
from archive.jobstate import start_shard
from archive.merge import merge_shard
from archive.warcwrite import Exchange, WarcWriter
from config.profile import adhoc_profile, profile_from_dict
from pipelines.fingerprint import fingerprint
from pipelines.inference import infer
from pipelines.ingest import Ingestor
from pipelines.ingestparts import MIXED
from pipelines.neardup import RecentBodies
from pipelines.offline import import_warcs
from pipelines.record import ArticleRecord
from pipelines.sitemodel import ModelSample, Typing, effective_profile
from tests.families.texts import TEXTS
from tests.fixtures import inference_site as site

PAGES = site.pages()
MODEL = infer(PAGES)


def write_warc(folder: Path, pages: list[tuple[str, bytes, dict[str, str]]],
               prefix: str = "sample") -> Path:  # fmt: skip
    writer = WarcWriter(folder, prefix, warcinfo={"software": "test"})
    for n, (url, body, headers) in enumerate(pages):
        writer.write_exchange(Exchange(
            url=url, method="GET", request_headers=[("User-Agent", "test")], request_body=b"",
            status=200, protocol="HTTP/1.1", response_headers=list(headers.items()), body=body,
            ip_address=None, fetched_at=datetime(2024, 3, 20, 1, 0, n % 60),
        ))  # fmt: skip
    writer.close()
    return writer.files[0]


def imported(tmp_path: Path, pages: list, profile) -> tuple[dict[str, sqlite3.Row], dict, Path]:  # type: ignore[no-untyped-def]
    warc = write_warc(tmp_path / "in", pages)
    archive = tmp_path / "archive"
    import_warcs(archive, [warc], profile, workers=1)
    conn = sqlite3.connect(archive / "archive.db")
    conn.row_factory = sqlite3.Row
    try:
        rows = {r["url"]: r for r in conn.execute("SELECT * FROM articles")}
        stats = json.loads(conn.execute("SELECT stats_json FROM crawls").fetchone()[0])
    finally:
        conn.close()
    return rows, stats, archive


@pytest.fixture(scope="module")
def adhoc(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict, Path]:
    return imported(tmp_path_factory.mktemp("adhoc"), PAGES, adhoc_profile(site.BASE + "/"))


def test_the_model_is_inferred_used_and_stored(adhoc: tuple[dict, dict, Path]) -> None:
    rows, stats, archive = adhoc
    assert sorted(rows) == sorted(site.BASE + site.slug(i) for i in range(site.N))
    for i in range(site.N):
        row = rows[site.BASE + site.slug(i)]
        assert row["title"] == site.title(i)
        assert row["author"] == site.AUTHORS[i]  # not the weather widget's "TP Hồ Chí Minh"
        assert row["date_basis"] == "updated"  # the only date line reads "Cập nhật lúc ..."
        assert row["body_fingerprint"]
    # every other page refused, each once; extraction itself reads the print views (by their
    # URL) and the static pages (no date, an introduction's name), so the model's typing has
    # none of them left to count here (it does in tests/integration/test_site_model_crawl.py)
    refused = sum(v for k, v in stats.items() if k.startswith("govarchive/not_article/"))
    assert refused == len(PAGES) - site.N
    assert stats["govarchive/not_article/other_type"] >= site.N  # the print views at least
    assert stats["govarchive/site_model/in_use"] == 1 and stats["govarchive/site_model/runs"] >= 1
    # the first pages were held until the model was confident, then extracted again with it
    assert stats["govarchive/held"] > 0 and stats["govarchive/site_model/reextracted"] > 0
    conn = sqlite3.connect(archive / "archive.db")
    ((stored, confident),) = conn.execute("SELECT model_json, confident FROM site_models").fetchall()
    conn.close()
    assert confident == 1 and json.loads(stored)["types"]["article"] == site.N


def test_the_same_pages_in_another_order_give_the_same_rows(
    adhoc: tuple[dict, dict, Path], tmp_path: Path
) -> None:
    shuffled = list(PAGES)
    random.Random(7).shuffle(shuffled)
    rows, _, _ = imported(tmp_path, shuffled, adhoc_profile(site.BASE + "/"))
    fields = ("title", "published_at", "author", "body", "date_basis")
    assert {u: tuple(r[f] for f in fields) for u, r in rows.items()} == {
        u: tuple(r[f] for f in fields) for u, r in adhoc[0].items()
    }


def _print_copies() -> tuple[Any, list, list]:
    """A profile that takes copies for articles, the print copies at a URL that does not say
    it is one, and the site's other pages."""
    profile = profile_from_dict({
        "id": "xahoabinh", "name": "Xã Hòa Bình", "base_url": site.BASE + "/",
        "links": {"article": [r"/(tin-tuc|xem-nhanh)/"]},
    })  # fmt: skip
    prints = [(u.replace("/in-bai/", "/xem-nhanh/"), b, h) for u, b, h in PAGES if "/in-bai/" in u]
    others = [p for p in PAGES if "/in-bai/" not in p[0]]
    return profile, prints, others


@pytest.mark.parametrize("print_first", [True, False], ids=["print-first", "article-first"])
def test_a_print_copy_is_the_same_article(tmp_path: Path, print_first: bool) -> None:
    """A profile that takes copies for articles: each print copy, at a URL that does not say
    it is one (a print view at /in-bai/ is refused by its URL before this), is found to be the
    article again and stored as it, at the article template's URL, whichever came first."""
    profile, prints, others = _print_copies()
    rows, stats, _ = imported(tmp_path, prints + others if print_first else others + prints, profile)
    assert sorted(rows) == sorted(site.BASE + site.slug(i) for i in range(site.N))
    assert stats["govarchive/dropped/near_duplicate"] == site.N
    assert all(r["current_version"] == 1 for r in rows.values())
    assert stats["govarchive/articles/new"] == site.N


@pytest.mark.parametrize("print_first", [True, False], ids=["print-in-central", "print-in-shard"])
def test_a_print_copy_crawled_by_another_job_is_the_same_article(
    tmp_path: Path, print_first: bool
) -> None:
    """A fleet job's shard starts its near-duplicate check from the central archive's
    fingerprints and recent bodies (carried by archive/jobstate.py): the print copies met by
    one job and the articles met by another are one article each once merged, at the
    article template's URL (a stub the shard moved to it is followed by archive/merge.py)."""
    profile, prints, others = _print_copies()
    first, second = (prints, others) if print_first else (others, prints)
    central, shard, state = tmp_path / "central", tmp_path / "shard", tmp_path / "state.jsonl.gz"
    import_warcs(central, [write_warc(tmp_path / "a", first, "joba")], profile, workers=1)
    with Archive(central) as archive:
        archive.export_state(profile.id, state)
    start_shard(shard, state)
    import_warcs(shard, [write_warc(tmp_path / "b", second, "jobb")], profile, workers=1)
    conn = sqlite3.connect(shard / "archive.db")
    (stats,) = conn.execute("SELECT stats_json FROM crawls WHERE imported_from IS NULL").fetchone()
    conn.close()
    assert json.loads(stats)["govarchive/dropped/near_duplicate"] == site.N
    merge_shard(central, shard)
    conn = sqlite3.connect(central / "archive.db")
    urls = [u for (u,) in conn.execute("SELECT url FROM articles")]
    conn.close()
    assert sorted(urls) == sorted(site.BASE + site.slug(i) for i in range(site.N))


def test_the_model_sample_is_bounded_and_order_independent() -> None:
    refs = [CaptureRef(i, f"https://x.gov.vn/p/{i}.html", "2024-01-01T00:00:00Z", None, "w.warc.gz", i)
            for i in range(500)]  # fmt: skip
    a, b = ModelSample(size=50), ModelSample(size=50)
    for ref in refs:
        a.offer(ref)
    for ref in reversed(refs):
        b.offer(ref)
    assert len(a) == 50 and a.urls() == b.urls()
    assert [r.url for r in a.take()] == sorted(a.urls())
    assert not a.due and not a.changed  # nothing new since the inference took it


def test_may_take_tells_which_pages_could_still_change_the_final_sample() -> None:
    refs = [CaptureRef(i, f"https://x.gov.vn/p/{i}.html", "2024-01-01T00:00:00Z", None, "w.warc.gz", i)
            for i in range(200)]  # fmt: skip
    sample = ModelSample(size=50)
    for ref in refs[:100]:
        sample.offer(ref)
    rest = refs[100:]
    could = [r for r in rest if sample.may_take(r.url)]
    assert 0 < len(could) < len(rest)  # a full sample: only the smaller keys
    assert not sample.may_take(refs[0].url)  # offered already
    for ref in could:  # the others, offered in any order, leave the sample as it is now
        sample.offer(ref)
    final = sample.urls()
    for ref in rest:
        if ref not in could:
            sample.offer(ref)
    assert sample.urls() == final
    assert ModelSample(size=50).may_take(refs[0].url)  # not full: every new page may enter


def test_hand_set_fields_win_over_the_model() -> None:
    hand = profile_from_dict({
        "id": "xahoabinh", "name": "Xã Hòa Bình", "base_url": site.BASE + "/",
        "selectors": {"title": ["h2.mine"], "remove": [".ads"]},
    })  # fmt: skip
    effective = effective_profile(hand, MODEL)
    assert effective.selectors.title == ["h2.mine"]
    assert effective.selectors.author and effective.selectors.body  # filled by the model
    assert effective.selectors.remove[0] == ".ads"
    assert Typing(MODEL, hand).type_of(site.BASE + "/in-bai/1003.html") == "print"
    with_rules = hand.model_copy(update={"links": hand.links.model_copy(update={"article": ["/x/"]})})
    assert Typing(MODEL, with_rules).type_of(site.BASE + "/in-bai/1003.html") is None


def test_recent_bodies_find_the_same_text_at_another_url() -> None:
    from pipelines.fingerprint import fingerprint

    body = ["Một đoạn văn đủ dài để làm bài viết của trang thông tin điện tử xã.", "Đoạn thứ hai."]
    other = ["Một bài viết khác hẳn về chuyện khác, không trùng một dòng nào.", "Thật vậy."]
    recent = RecentBodies([(1, "https://x/a", fingerprint(body)), (2, "https://x/b", fingerprint(other))])
    texts = {1: "\n\n".join(body), 2: "\n\n".join(other)}
    assert recent.find("https://x/print/a", fingerprint(body), body, texts.get) == (1, "https://x/a",
           int(fingerprint(body), 16))  # fmt: skip
    assert recent.find("https://x/a", fingerprint(body), body, texts.get) is None  # its own URL


def test_recent_bodies_restated_find_the_new_body_not_the_old() -> None:
    old = ["Một đoạn văn đủ dài để làm bài viết của trang thông tin điện tử xã.", "Đoạn thứ hai."]
    new = ["Một bài viết khác hẳn về chuyện khác, không trùng một dòng nào.", "Thật vậy."]
    recent = RecentBodies([(1, "https://x/a", fingerprint(old))])
    texts = {1: "\n\n".join(old)}
    assert recent.find("https://x/b", fingerprint(old), old, texts.get) is not None
    texts[1] = "\n\n".join(new)  # the settle step restated its body
    recent.restated("https://x/a", 1, fingerprint(new))
    recent.restated("https://x/gone", 3, fingerprint(old))  # not among the recent: nothing
    assert len(recent) == 1 and recent.at("https://x/a") == (1, "https://x/a", int(fingerprint(new), 16))
    assert recent.find("https://x/b", fingerprint(old), old, texts.get) is None
    assert recent.find("https://x/b", fingerprint(new), new, texts.get) is not None


def test_a_stable_model_skips_doublings_and_a_stable_run_on_a_full_sample_ends_them() -> None:
    refs = [CaptureRef(i, f"https://x.gov.vn/p/{i}.html", "2024-01-01T00:00:00Z", None, "w.warc.gz", i)
            for i in range(2000)]  # fmt: skip

    def runs(same: bool, shift_at: int | None = None) -> tuple[list[int], int]:
        sample, at = ModelSample(), []
        for ref in refs:
            sample.offer(ref)
            if sample.offered == shift_at:
                sample.shifted()
            if sample.due:
                sample.take()
                at.append(sample.offered)
                sample.settled(same and len(at) > 1)  # the first run has nothing to agree with
        return at, sample.skipped

    assert runs(False) == ([16, 32, 64, 128, 256, 512, 1024], 0)  # every doubling
    # 32 agrees with 16: 64 skipped; 128 agrees, on a sample at least half full (128 of 240
    # pages): that ends the runs (the sample becoming full is no reason to run a stable
    # model again)
    assert runs(True) == ([16, 32, 128], 4)
    # the pages stop fitting at 300: the doubling passed (256) runs at once (and agreeing
    # again ends the runs)
    assert runs(True, shift_at=300) == ([16, 32, 128, 300], 3)


def test_recent_bodies_find_the_newest_close_match_as_a_scan_would() -> None:
    """The band index finds what comparing every recent fingerprint found: the most recently
    stored article within MAX_DISTANCE bits whose lines agree."""
    from pipelines.fingerprint import MAX_DISTANCE

    rng = random.Random(7)
    centres = [rng.getrandbits(64) for _ in range(6)]
    texts = {i: rng.choice(["a\nb\nc", "a\nb\nd", "x y\nz"]) for i in range(400)}
    recent, stored = RecentBodies(limit=40), {}  # stored: url -> (order, id, bits)
    for i in range(400):
        bits = rng.choice(centres)
        for _ in range(rng.randint(0, 9)):
            bits ^= 1 << rng.randrange(64)
        url = f"https://x/{rng.randint(0, 80)}"
        body = texts[i].split("\n")
        close = sorted((v for u, v in stored.items() if u != url and (v[2] ^ bits).bit_count() <= MAX_DISTANCE),
                       reverse=True)  # fmt: skip
        want = next((v[1] for v in close if set(texts[v[1]].split("\n")) == set(body)), None)
        found = None if url in stored else recent.find(url, f"{bits:016x}", body, texts.get)
        assert (found.article_id if found else None) == (None if url in stored else want)
        recent.add(url, i, f"{bits:016x}")
        stored[url] = (i, i, bits)
        if len(stored) > 40:
            del stored[min(stored, key=lambda u: stored[u][0])]
    assert len(recent) == 40


def test_recent_bodies_find_every_fingerprint_max_distance_bits_away() -> None:
    """The band index misses no fingerprint MAX_DISTANCE bits away, however the differing
    bits fall (one in each of MAX_DISTANCE bands, or anywhere), and finds none further."""
    from pipelines.fingerprint import MAX_DISTANCE
    from pipelines.neardup import BANDS

    rng = random.Random(3)
    for trial in range(400):
        base = rng.getrandbits(64)
        if trial % 2:  # one differing bit in each of MAX_DISTANCE distinct bands
            bands = rng.sample(BANDS, MAX_DISTANCE)
            flips = [rng.randrange(lo, hi) for lo, hi in bands]
        else:
            flips = rng.sample(range(64), MAX_DISTANCE + trial % 4 // 2)
        other = base
        for bit in flips:
            other ^= 1 << bit
        recent = RecentBodies()
        recent.add("https://x/a", 1, f"{base:016x}")
        found = recent.find("https://x/b", f"{other:016x}", ["một dòng"], {1: "một dòng"}.get)
        assert (found is not None) == (len(flips) <= MAX_DISTANCE), (trial, flips)


def test_recent_bodies_pass_over_texts_that_cannot_agree_with_the_same_result() -> None:
    """Many close fingerprints (one notice template): an article whose lines' summary, kept
    from an earlier comparison, shows they cannot agree with the new body's is not read
    again, and what ``find`` returns is what comparing every text returns."""
    from pipelines.fingerprint import near_duplicate

    rng = random.Random(11)
    lines = [f"Dòng thứ {n} của thông báo mẫu, {'thêm chữ ' * rng.randint(0, 12)}." for n in range(40)]
    texts: dict[int, str] = {}
    recent, stored = RecentBodies(limit=60), {}  # stored: url -> (order, id)
    reads: list[int] = []
    scanned = 0  # texts a scan of every close article reads

    def text_of(article_id: int) -> str:
        reads.append(article_id)
        return texts[article_id]

    bits = f"{rng.getrandbits(64):016x}"  # every fingerprint the same: all are candidates
    for i in range(300):
        body = rng.sample(lines, rng.randint(2, 9))
        if i % 7 == 0 and stored:  # a copy of a stored article, one line short or long
            body = texts[rng.choice(list(stored.values()))[1]].split("\n\n")
            body = body[:-1] if len(body) > 3 and i % 2 else [*body, rng.choice(lines)]
        url = f"https://x/{rng.randint(0, 90)}"
        newest = sorted(((o, a) for u, (o, a) in stored.items() if u != url), reverse=True)
        want = next((a for _, a in newest if near_duplicate(body, texts[a].split("\n\n"))), None)
        if url not in stored:
            scanned += next((k + 1 for k, (_, a) in enumerate(newest) if a == want), len(newest))
        found = recent.find(url, bits, body, text_of)
        assert (found.article_id if found else None) == (None if url in stored else want)
        texts[i] = "\n\n".join(body)
        recent.add(url, i, bits)
        stored[url] = (i, i)
        if len(stored) > 60:
            del stored[min(stored, key=lambda u: stored[u][0])]
    assert len(reads) < scanned / 10  # 305 against 5,575: texts that cannot agree passed over unread


def _notice(i: int) -> str:
    """An article of a second template (announcements) the site model's sample never showed:
    another URL shape, another heading, date line and body element."""
    head, lead, paragraphs = TEXTS[i]
    body = "".join(f"<p>{escape(p)}</p>" for p in [lead, *paragraphs])
    return site._layout(head, f"""<div class="thong-bao"><h3 class="tb-ten">{escape(head)}</h3>
<p class="tb-ngay">Ngày đăng: 2{i % 10}/3/2024 10:00</p><div class="tb-nd">{body}</div></div>""")


def test_articles_the_model_does_not_explain_are_stored_as_without_it(
    adhoc: tuple[dict, dict, Path], tmp_path: Path
) -> None:
    """A later import with the archive's confident model: announcements of another template
    at an unseen URL shape are stored as the single-page path extracts them, and counted."""
    archive = tmp_path / "archive"
    shutil.copytree(adhoc[2], archive)
    html = {"content-type": "text/html; charset=utf-8"}
    late = [(f"{site.BASE}/thong-bao/tb-{i}.html", _notice(i).encode(), html) for i in (20, 21)]
    import_warcs(archive, [write_warc(tmp_path / "in", late)], adhoc_profile(site.BASE + "/"),
                 workers=1)  # fmt: skip
    conn = sqlite3.connect(archive / "archive.db")
    try:
        rows = dict(conn.execute("SELECT url, title FROM articles WHERE url LIKE '%thong-bao%'"))
        stats = json.loads(conn.execute("SELECT stats_json FROM crawls ORDER BY id DESC").fetchone()[0])
    finally:
        conn.close()
    assert rows == {u: TEXTS[i][0] for (u, _, _), i in zip(late, (20, 21), strict=True)}
    assert stats["govarchive/site_model/in_use"] == 1
    assert stats["govarchive/site_model/fallback"] == 2


def test_a_body_restated_by_the_settle_step_gets_its_fingerprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The settle step's final extraction (here one paragraph longer) restates the body of
    the articles stored with earlier knowledge (here: all of them, as if extracted with
    mixed knowledge): their stored fingerprint follows."""
    real, settle = Ingestor._resettled, Ingestor._settle

    def every_one(self: Ingestor) -> None:
        for saved in self._saved:
            saved.version = MIXED
        settle(self)
    more = "Đoạn thêm khi trang được trích xuất lại với mô hình cuối cùng của trang."

    def longer(self: Ingestor, ticket: object, result: object) -> None:
        if isinstance(result, ArticleRecord):
            result = dataclasses.replace(result, body=[*result.body, more])
        real(self, ticket, result)  # type: ignore[arg-type]

    monkeypatch.setattr(Ingestor, "_resettled", longer)
    monkeypatch.setattr(Ingestor, "_settle", every_one)
    rows, stats, _ = imported(tmp_path, PAGES, adhoc_profile(site.BASE + "/"))
    assert stats["govarchive/articles/settled"] > 0
    assert sum(r["body"].endswith(more) for r in rows.values()) == stats["govarchive/articles/settled"]
    assert {u: r["body_fingerprint"] for u, r in rows.items()} == {
        u: fingerprint(r["body"]) for u, r in rows.items()
    }
