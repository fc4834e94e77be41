"""Parquet export (streamed, filtered) and the HTML report (self-contained, per site)."""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive import Archive, InvalidFilter
from archive.export_parquet import write_parquet
from archive.queries import EXPORT_FIELDS
from archive.report import build_report
from archive.report_html import month_chart, render_html
from config.profile import SiteProfile
from pipelines.record import ArticleRecord


def _archive(path: Path, n: int = 12) -> Archive:
    archive = Archive(path, create=True)
    writer = archive.writer()
    writer.upsert_site(SiteProfile(id="laocai", name="Lào Cai", base_url="https://laocai.example/"))
    crawl = writer.start_crawl("laocai", "t", {})
    for i in range(n):
        body = [f"Nội dung bài {i} về biên giới.", "Đang online: 12"]  # a chrome line leaked
        if i % 2:
            body.append("Xem thêm các tin khác của chuyên mục")
        record = ArticleRecord(
            url=f"https://laocai.example/{i}.html",
            title=f"Bài {i}",
            body=body,
            published_at=None if i == 0 else f"2023-{1 + i % 3:02d}-05T08:00:00+07:00",
            author="Đỗ Quang Thắng" if i % 3 == 0 else None,
        )
        writer.save_article("laocai", record, None, crawl, "2024-01-01T00:00:00Z")
    writer.add_failure(crawl, "laocai", "https://laocai.example/x.html", "http_500", "HTTP 500")
    writer.finish_crawl(crawl, "partial", {"govarchive/date_unparsed": 1}, [])
    archive.db.execute("UPDATE articles SET removed_at = '2024-02-01T00:00:00Z' WHERE id = 2")
    return archive


def test_parquet_export_streams_in_batches_with_filters(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a", n=25)
    out = tmp_path / "all.parquet"
    assert archive.export_parquet(out) == 25
    table = pq.read_table(out)
    assert table.schema.names == list(EXPORT_FIELDS) and table.num_rows == 25
    assert str(table.schema.field("id").type) == "int64"
    assert archive.export_parquet(tmp_path / "f.parquet", since="2023-01", until="2023-01",
                                  author="do quang thang") == 8  # fmt: skip
    assert archive.export_parquet(tmp_path / "none.parquet", since="2030") == 0
    assert pq.read_table(tmp_path / "none.parquet").schema.names == list(EXPORT_FIELDS)
    with pytest.raises(InvalidFilter, match="No site 'hanoi'"):
        archive.export_parquet(tmp_path / "x.parquet", site="hanoi")


def test_parquet_writer_holds_one_batch_at_a_time(tmp_path: Path) -> None:
    produced = []

    def records():  # type: ignore[no-untyped-def]
        for i in range(10):
            produced.append(i)
            yield {"id": i, "title": f"t{i}"}

    assert write_parquet(records(), tmp_path / "b.parquet", batch_rows=3) == 10
    assert pq.ParquetFile(tmp_path / "b.parquet").metadata.num_row_groups == 4


def test_report_counts_problems_per_site_and_crawl(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    report = build_report(archive.db, generated_at="now")
    (site,) = report.sites
    assert site.articles == 12 and site.missing_dates == 1 and site.removed == 1
    assert site.per_month == [("2023-01", 3), ("2023-02", 4), ("2023-03", 4)]
    assert site.crawls[0].errors == {"http_500": 1} and site.crawls[0].dates_unparsed == 1
    leaks = dict(site.chrome_leaks)
    assert leaks["Đang online: 12"] == 12  # sure chrome
    assert leaks["Xem thêm các tin khác của chuyên mục"] == 6  # repeated edge line
    assert not any("Thắng" in line for line in leaks)  # signature lines are not chrome
    with pytest.raises(
        InvalidFilter, match="No site 'hanoi' in this archive; its sites are: laocai"
    ):
        build_report(archive.db, "hanoi")


def test_report_html_is_self_contained(tmp_path: Path) -> None:
    html = render_html(build_report(_archive(tmp_path / "a").db, "laocai", generated_at="now"))
    assert "<svg" in html and "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//(?!laocai\.example)', html)
    assert not re.search(r"<link|@import|url\(", html)
    assert "Đang online: 12" in html and "http_500: 1" in html


def test_month_chart_fills_missing_months() -> None:
    svg = month_chart([("2022-11", 2), ("2023-02", 5)])
    assert svg.count("<rect") == 4 and "2022-12: 0" in svg and "2023-02: 5" in svg
    assert "No dated article" in month_chart([])
