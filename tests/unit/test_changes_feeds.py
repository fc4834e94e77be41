"""What changed: changes() over versions and removals, word diffs, Atom feeds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from archive import Archive, ArchiveError, InvalidFilter
from archive.changes import KINDS, changes, word_diff
from archive.feeds import write_feeds
from archive.history import mark_removed, mark_seen
from config.profile import SiteProfile
from pipelines.record import ArticleRecord

ATOM = "{http://www.w3.org/2005/Atom}"
BODY = ["Sáng 5/3, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
        "Hội nghị có 120 đại biểu tham dự.", "Kết thúc hội nghị, các đơn vị ký cam kết."]  # fmt: skip


@pytest.fixture
def archive(tmp_path: Path) -> Any:
    archive = Archive(tmp_path / "arch", create=True)
    writer = archive.writer()
    crawls = {}
    for site in ("laocai", "yenbai"):
        writer.upsert_site(SiteProfile(id=site, name=f"Cổng {site}", base_url=f"https://{site}.example/"))
        crawls[site] = writer.start_crawl(site, "test", {})
    captures = iter(range(1, 100))

    def save(site: str, slug: str, at: str, title: str, body: list[str], published: str) -> int:
        url = f"https://{site}.example/{slug}.html"
        capture = writer.add_capture(crawl_id=crawls[site], site_id=site, url=url, status=200,
                                     fetched_at=at, record_type="response")  # fmt: skip
        next(captures)
        record = ArticleRecord(url=url, title=title, body=body, published_at=published)
        article_id, _ = writer.save_article(site, record, capture, crawls[site], at)
        return article_id

    day = "2024-03-05T08:00:00+07:00"
    ids = {
        "edited": save("laocai", "a", "2024-03-05T02:00:00Z", "Hội nghị triển khai nhiệm vụ", BODY, day),
        "retitled": save("laocai", "b", "2024-03-05T02:00:00Z", "Tiêu đề cũ", ["Nội dung."], day),
        "redated": save("yenbai", "c", "2024-03-05T02:00:00Z", "Bài Yên Bái", ["Nội dung C."], day),
        "removed": save("yenbai", "d", "2024-03-05T02:00:00Z", "Bài bị gỡ", ["Nội dung D."], day),
    }
    edited_body = [BODY[0], "Hội nghị có 150 đại biểu tham dự, trong đó có 30 khách mời.", BODY[2]]
    save("laocai", "a", "2024-04-01T02:00:00Z", "Hội nghị triển khai nhiệm vụ", edited_body, day)
    save("laocai", "b", "2024-04-02T02:00:00Z", "Tiêu đề mới", ["Nội dung."], day)
    save("yenbai", "c", "2024-04-03T02:00:00Z", "Bài Yên Bái", ["Nội dung C."], "2024-03-06T08:00:00+07:00")
    mark_removed(archive.db, ids["removed"], crawls["yenbai"], None, "2024-04-04T02:00:00Z", "http_404")
    mark_seen(archive.db, ids["removed"], crawls["yenbai"], None, "2024-04-05T02:00:00Z")
    archive.ids = ids
    yield archive
    archive.close()


def test_every_kind_newest_first(archive: Any) -> None:
    found = archive.changes()
    assert [(c.kind, c.article_id) for c in found] == [
        ("restored", archive.ids["removed"]), ("removed", archive.ids["removed"]),
        ("redated", archive.ids["redated"]), ("retitled", archive.ids["retitled"]),
        ("edited", archive.ids["edited"]),
    ]  # fmt: skip
    edited = found[-1]
    assert edited.diff == "Hội nghị có [-120-] {+150+} đại biểu tham [-dự.-] {+dự, trong đó có 30 khách mời.+}"
    assert (edited.added, edited.removed) == (8, 2)
    assert (edited.version, edited.site_id, edited.at) == (2, "laocai", "2024-04-01T02:00:00Z")
    assert edited.capture_id != edited.previous_capture_id and edited.previous_capture_id is not None
    assert edited.uid == f"article/{archive.ids['edited']}/v2"
    retitled = found[-2]
    assert retitled.kinds == ("retitled",) and retitled.diff == "title: 'Tiêu đề cũ' → 'Tiêu đề mới'"
    assert found[2].diff.startswith("published: 2024-03-05T08:00:00+07:00 → 2024-03-06")
    removed = found[1]
    assert (removed.reason, removed.diff, removed.at) == ("http_404", "removed (http_404)", "2024-04-04T02:00:00Z")
    assert removed.uid.startswith(f"article/{archive.ids['removed']}/removed/")


def test_filters(archive: Any) -> None:
    assert [c.kind for c in archive.changes(kinds=["removed"])] == ["removed"]
    assert [c.kind for c in archive.changes(kinds=["retitled", "redated"])] == ["redated", "retitled"]
    assert [c.kind for c in archive.changes(kinds=["edited"])] == ["edited"]
    assert [c.kind for c in archive.changes(site="laocai")] == ["retitled", "edited"]
    assert [c.kind for c in archive.changes(since="2024-04-02", until="2024-04-03")] == ["redated", "retitled"]
    assert [c.kind for c in archive.changes(until="2024-03")] == []  # first versions are not changes
    assert [c.kind for c in archive.changes(limit=2, offset=1)] == ["removed", "redated"]
    with pytest.raises(InvalidFilter, match="kind must be one of"):
        archive.changes(kinds=["deleted"])
    with pytest.raises(InvalidFilter, match="since must be a date"):
        archive.changes(since="last week")
    assert set(KINDS) == {"edited", "retitled", "redated", "removed", "restored"}


def test_a_version_of_several_kinds_is_one_change(archive: Any) -> None:
    writer = archive.writer()
    url = "https://laocai.example/b.html"
    capture = writer.add_capture(crawl_id=1, site_id="laocai", url=url, status=200,
                                 fetched_at="2024-05-01T00:00:00Z", record_type="response")  # fmt: skip
    record = ArticleRecord(url=url, title="Tiêu đề thứ ba", body=["Nội dung khác."],
                           published_at="2024-05-01T08:00:00+07:00")  # fmt: skip
    writer.save_article("laocai", record, capture, 1, "2024-05-01T00:00:00Z")
    (change,) = changes(archive.db, since="2024-05")
    assert change.kinds == ("edited", "retitled", "redated") and change.kind == "edited"
    assert [c.version for c in changes(archive.db, since="2024-05", kinds=["redated"])] == [3]


def test_word_diff() -> None:
    diff, added, removed = word_diff("một hai ba bốn năm sáu bảy", "một hai BA bốn năm sáu bảy tám")
    assert diff == "một hai [-ba-] {+BA+} bốn năm sáu bảy {+tám+}"  # one hunk: shared context
    diff, *_ = word_diff(" ".join(f"w{i}" for i in range(20)), " ".join(f"w{i}" for i in range(1, 19)))
    assert diff == "[-w0-] w1 w2 w3 … w16 w17 w18 [-w19-]"
    assert (added, removed) == (2, 1)
    assert word_diff("giống nhau", "giống nhau") == ("", 0, 0)
    long_old = " ".join(f"từ{i}" for i in range(3000))
    diff, added, removed = word_diff(long_old, long_old.replace("từ1500", "chữ"), max_chars=60)
    assert diff == "từ1497 từ1498 từ1499 [-từ1500-] {+chữ+} từ1501 từ1502 từ1503"
    diff, *_ = word_diff("", " ".join(["mới"] * 500), max_chars=50)
    assert len(diff) <= 52 and diff.endswith("…")


def test_feeds_are_valid_atom_with_stable_ids(archive: Any) -> None:
    paths = archive.write_feeds(base_url="http://archive.example:8001/")
    assert [p.name for p in paths] == ["all.atom", "laocai.atom", "yenbai.atom"]
    tree = etree.parse(str(paths[0]))
    root = tree.getroot()
    assert root.tag == f"{ATOM}feed"
    for name in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{name}") is not None
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 5
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == 5 and all(i.startswith("tag:govarchive,2024:article/") for i in ids)
    edited = entries[-1]
    assert edited.findtext(f"{ATOM}id") == f"tag:govarchive,2024:article/{archive.ids['edited']}/v2"
    assert edited.findtext(f"{ATOM}title") == "Edited: Hội nghị triển khai nhiệm vụ (laocai)"
    assert edited.findtext(f"{ATOM}updated") == "2024-04-01T02:00:00+00:00"
    links = {(link.get("rel"), link.get("title")): link.get("href")
             for link in edited.findall(f"{ATOM}link")}  # fmt: skip
    assert links[("alternate", None)] == "https://laocai.example/a.html"
    assert links[("related", "capture before")].startswith("http://archive.example:8001/-/raw/")
    assert links[("related", "capture after")] != links[("related", "capture before")]
    content = edited.find(f"{ATOM}content")
    assert content.get("type") == "html" and "<del>120</del> <ins>150</ins>" in content.text
    assert [c.get("term") for c in edited.findall(f"{ATOM}category")] == ["edited"]
    # per site: only its changes; written again unchanged: byte-identical
    site_entries = etree.parse(str(paths[2])).getroot().findall(f"{ATOM}entry")
    assert len(site_entries) == 3
    before = [p.read_bytes() for p in paths]
    assert [p.read_bytes() for p in write_feeds(archive.db, archive.root, base_url="http://archive.example:8001")] == before


def test_feed_of_a_site_without_changes_and_in_memory_archive(tmp_path: Path) -> None:
    with Archive(tmp_path / "quiet", create=True) as quiet:
        quiet.writer().upsert_site(SiteProfile(id="quiet", name="Q", base_url="https://q.example/"))
        paths = quiet.write_feeds()
        root = etree.parse(str(paths[1])).getroot()
        assert root.findall(f"{ATOM}entry") == [] and root.findtext(f"{ATOM}id") == "tag:govarchive,2024:feed/quiet"
    with Archive(":memory:") as memory, pytest.raises(ArchiveError, match="in-memory"):
        memory.write_feeds()
