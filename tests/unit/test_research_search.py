"""Search for researchers: folding fast path, ranking window, filters and their errors."""

from __future__ import annotations

import importlib
import random

import pytest
from sqlite_utils import Database

from archive import InvalidFilter, SearchQueryError
from archive.db import open_db
from archive.errors import SearchQueryTooComplex
from archive.ftsquery import Phrase
from archive.queries import iter_articles, search
from archive.snippet import fold_with_map, make_snippet
from archive.store import ArchiveWriter
from config.profile import SiteProfile
from pipelines.record import ArticleRecord

fold_module = importlib.import_module("archive.fold")


def _slow_fold_with_map(text: str) -> tuple[str, list[int]]:
    pieces, index = [], []
    for position, char in enumerate(text):
        folded = fold_module.fold_char(char)
        pieces.append(folded)
        index.extend([position] * len(folded))
    index.append(len(text))
    return "".join(pieces), index


def test_fold_with_map_fast_path_equals_the_definition() -> None:
    rng = random.Random(7)
    alphabet = [chr(c) for c in [*range(32, 0x250), *range(0x1E00, 0x1F00)]]
    alphabet += ["\u0300", "\u0301", "đ", "Đ", "İ", "Σ", "中", "\u2c00", "ǅ"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert fold_with_map(text) == _slow_fold_with_map(text), repr(text)


def test_snippet_of_nfd_text_keeps_the_original_characters() -> None:
    nfd = "Tuần tra bie\u0302n gio\u031bi ở Lào Cai"
    assert make_snippet(nfd, [Phrase(("bien", "gioi"))]) == (
        "Tuần tra [bie\u0302n gio\u031bi] ở Lào Cai"
    )


def _db(n: int = 30) -> Database:
    db = open_db(":memory:")
    writer = ArchiveWriter(db)
    for site in ("laocai", "yenbai"):
        writer.upsert_site(SiteProfile(id=site, name=site, base_url=f"https://{site}.example/"))
    crawl = writer.start_crawl("laocai", "t", {})
    for i in range(n):
        site = "laocai" if i % 2 else "yenbai"
        title = "Đại hội Đảng bộ" if i % 3 == 0 else "Tin hoạt động"
        record = ArticleRecord(
            url=f"https://{site}.example/{i}.html",
            title=f"{title} {i}",
            body=[f"Đảng bộ xã họp lần thứ {i}.", "Biên giới được bảo vệ."],
            published_at=f"2023-{i % 12 + 1:02d}-{i % 28 + 1:02d}T08:00:00+07:00"
            if i % 10
            else None,
            author="Nguyễn Văn An" if i % 4 == 0 else "Trần Bình",
        )
        writer.save_article(site, record, None, crawl, "2024-01-01T00:00:00Z")
    return db


def test_a_small_rank_window_ranks_the_most_recently_published_matches() -> None:
    db = _db()
    everything = search(db, "dang bo", limit=100)
    assert everything.complete and len(everything) == 30
    windowed = search(db, "dang bo", limit=100, window=10)
    assert not windowed.complete and len(windowed) == 10
    # the window: the 10 newest by publication month (undated articles come last)
    months = {h.id: (h.published_at or "")[:7] for h in everything}
    inside = {months[h.id] for h in windowed}
    outside = {months[i] for i in months if i not in {h.id for h in windowed}}
    assert min(inside) >= max(outside)
    assert "" in outside and "2023-12" in inside
    assert [h.rank for h in windowed] == sorted(h.rank for h in windowed)


def test_date_order_is_exact_beyond_the_window() -> None:
    db = _db()
    full = search(db, "bien gioi", order="date", limit=100)
    for limit, offset in ((5, 0), (7, 20), (100, 0), (10, 25)):
        walked = search(db, "bien gioi", order="date", limit=limit, offset=offset, window=3)
        assert [h.id for h in walked] == [h.id for h in full][offset : offset + limit]
    dated = [h.published_at for h in full if h.published_at]
    assert dated == sorted(dated, reverse=True) and full[-1].published_at is None


def test_filters_apply_inside_the_window() -> None:
    db = _db()
    hits = search(db, "dang bo", site="laocai", author="nguyen van an", since="2023-01",
                  window=2, limit=100)  # fmt: skip
    expected = {h.id for h in search(db, "dang bo", limit=100)
                if h.site_id == "laocai" and h.author == "Nguyễn Văn An" and h.published_at}  # fmt: skip
    assert {h.id for h in hits} <= expected and len(hits) == min(2, len(expected))
    assert {h.id for h in search(db, "dang bo", site="laocai", author="nguyen van an",
                                  since="2023-01", limit=100)} == expected  # fmt: skip


def test_author_filter_keeps_the_words_in_order_the_last_one_begun() -> None:
    db = open_db(":memory:")
    writer = ArchiveWriter(db)
    writer.upsert_site(SiteProfile(id="laocai", name="l", base_url="https://l.example/"))
    crawl = writer.start_crawl("laocai", "t", {})
    authors = ["Nguyễn Văn An", "Nguyễn Văn Anh", "Văn Thanh An", "Lê An Văn", "Vân An", None]
    for i, author in enumerate(authors):
        record = ArticleRecord(url=f"https://l.example/{i}.html", title=f"Tin {i}",
                               body=["Đảng bộ họp."], author=author)  # fmt: skip
        writer.save_article("laocai", record, None, crawl, "2024-01-01T00:00:00Z")

    def found(author: str) -> set[str | None]:
        hits = {h.author for h in search(db, "dang bo", author=author)}
        listed = {a["author"] for a in iter_articles(db, author=author)}
        assert hits == listed  # search, listing and export share one definition
        return hits

    # diacritics ignored: "Vân An" is "van an" too
    assert found("Văn An") == {"Nguyễn Văn An", "Nguyễn Văn Anh", "Vân An"}
    assert found("van an") == found("VĂN AN") == found("văn, an")
    assert found("nguyen van an") == {"Nguyễn Văn An", "Nguyễn Văn Anh"}
    assert found("An") == {"Nguyễn Văn An", "Nguyễn Văn Anh", "Văn Thanh An", "Lê An Văn", "Vân An"}
    assert found("thanh an") == {"Văn Thanh An"}
    assert found("an van") == {"Lê An Văn"}
    assert found("Trần") == set()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"site": "hanoi"}, "No site 'hanoi' in this archive; its sites are: laocai, yenbai"),
        ({"since": "hôm qua"}, "since must be a date like 2023-01-31"),
        ({"until": "2023-02-30"}, "until: '2023-02-30' is not a valid date"),
        ({"window": 0}, "window must be at least 1"),
        ({"order": "newest"}, "order must be 'relevance' or 'date'"),
        ({"author": " -- "}, "author must hold at least one word, got ' -- '"),
    ],
)
def test_bad_filters_say_what_is_wrong(options: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidFilter) as info:
        search(_db(4), "dang bo", **options)  # type: ignore[arg-type]
    assert message in str(info.value)


def test_malformed_query_is_a_readable_error_not_sql() -> None:
    with pytest.raises(SearchQueryError) as info:
        search(_db(4), '"phân giới cắm mốc')
    assert "Unbalanced quote" in str(info.value) and "fts5" not in str(info.value)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("(" * 250 + "bien" + ")" * 250, "nested too deeply: more than 16 levels"),
        (" NOT ".join(f"w{i}" for i in range(100)), "too complex: 100 words and phrases"),
        (" NOT ".join("bien" for _ in range(801)), "too long: 7204 characters (at most 1000)"),
        ("bien " * 100_000, "too long: 500000 characters"),
        ('"' + "bien " * 250 + '"', "too long"),
    ],
    ids=["250 parentheses", "100 chained NOTs", "800 chained NOTs", "huge", "huge phrase"],
)
def test_a_monstrous_query_is_one_named_error_not_a_recursion_error(query: str, message: str) -> None:
    with pytest.raises(SearchQueryTooComplex) as info:
        search(_db(4), query)
    assert message in str(info.value)
    assert isinstance(info.value, SearchQueryError)  # what the CLI turns into one line


def test_queries_at_the_limits_still_run() -> None:
    db = _db(4)
    search(db, "(" * 16 + "dang" + ")" * 16)
    search(db, " OR ".join(f"w{i}" for i in range(63)) + " NOT dang")


def test_cli_prints_one_line_for_a_deeply_nested_query(tmp_path) -> None:
    from click.testing import CliRunner

    from crawler.cli import cli

    _db_file = tmp_path / "archive.db"
    db = open_db(_db_file)
    db.close()
    result = CliRunner().invoke(cli, ["search", "(" * 250 + "bien" + ")" * 250,
                                      "--archive", str(tmp_path)])  # fmt: skip
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.output.strip().splitlines()
    assert lines == ["Error: Search query nested too deeply: more than 16 levels of parentheses"]
