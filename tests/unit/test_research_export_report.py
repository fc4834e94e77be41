"""Parquet export (streamed, filtered) and the HTML report (self-contained, per site)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from archive import Archive, InvalidFilter
from archive.export_parquet import PARQUET_FIELDS, write_parquet
from archive.report import build_report
from archive.report_html import month_chart, render_html
from config.profile import SiteProfile
from pipelines.body import chrome_kind
from pipelines.record import ArticleRecord, Attachment, Image


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
            images=[Image(f"https://laocai.example/{i}-{n}.jpg", f"Ảnh {n}", None)
                    for n in range(i % 3)],
            attachments=[Attachment(f"https://laocai.example/{i}.pdf", "Văn bản", "pdf")] * (i == 4),
        )  # fmt: skip
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
    assert table.schema.names == list(PARQUET_FIELDS) and table.num_rows == 25
    assert str(table.schema.field("id").type) == "int64"
    assert archive.export_parquet(tmp_path / "f.parquet", since="2023-01", until="2023-01",
                                  author="do quang thang") == 8  # fmt: skip
    assert archive.export_parquet(tmp_path / "none.parquet", since="2030") == 0
    empty = pq.read_table(tmp_path / "none.parquet")
    assert empty.schema == table.schema and empty.num_rows == 0
    with pytest.raises(InvalidFilter, match="No site 'hanoi'"):
        archive.export_parquet(tmp_path / "x.parquet", site="hanoi")


def test_parquet_columns_are_typed_timestamps_and_nested_lists(tmp_path: Path) -> None:
    import pyarrow as pa

    archive = _archive(tmp_path / "a", n=6)
    archive.db.execute(
        "UPDATE articles SET published_at = '2023-03-05T23:30:00+09:00' WHERE id = 6"
    )
    archive.db.execute("UPDATE articles SET published_at = '2023-03-06T10:00:00' WHERE id = 5")
    archive.export_parquet(tmp_path / "t.parquet")
    table = pq.read_table(tmp_path / "t.parquet")
    schema = table.schema
    utc = pa.timestamp("us", tz="UTC")
    for name in ("published_at", "updated_at", "fetched_at", "first_seen", "last_seen",
                 "removed_at"):  # fmt: skip
        assert schema.field(name).type == utc, name
    assert schema.field("published_at_local").type == pa.timestamp("us")
    assert schema.field("images").type == pa.list_(
        pa.struct([("src", pa.string()), ("caption", pa.string()), ("alt", pa.string())])
    )
    assert schema.field("attachments").type == pa.list_(pa.struct([
        ("url", pa.string()), ("title", pa.string()), ("kind", pa.string()),
        ("capture_id", pa.int64()),
    ]))  # fmt: skip
    rows = {row["id"]: row for row in table.to_pylist()}
    # 2023-02-05T08:00:00+07:00: the instant in UTC, and the site's wall clock
    assert rows[2]["published_at"] == datetime(2023, 2, 5, 1, 0, tzinfo=UTC)
    assert rows[2]["published_at_local"] == datetime(2023, 2, 5, 8, 0)
    assert rows[6]["published_at"] == datetime(2023, 3, 5, 14, 30, tzinfo=UTC)  # +09:00 kept
    assert rows[6]["published_at_local"] == datetime(2023, 3, 5, 23, 30)
    assert rows[5]["published_at"] is None  # no offset written: only the wall clock
    assert rows[5]["published_at_local"] == datetime(2023, 3, 6, 10, 0)
    assert rows[1]["published_at"] is None and rows[1]["published_at_local"] is None
    assert (
        rows[2]["removed_at"] == datetime(2024, 2, 1, tzinfo=UTC) and rows[3]["removed_at"] is None
    )
    assert rows[3]["first_seen"] == datetime(2024, 1, 1, tzinfo=UTC)
    assert rows[3]["images"] == [
        {"src": "https://laocai.example/2-0.jpg", "caption": "Ảnh 0", "alt": None},
        {"src": "https://laocai.example/2-1.jpg", "caption": "Ảnh 1", "alt": None},
    ]
    assert rows[1]["images"] == [] and rows[1]["attachments"] == []
    assert rows[5]["attachments"] == [{"url": "https://laocai.example/4.pdf",
                                       "title": "Văn bản", "kind": "pdf", "capture_id": None}]  # fmt: skip

    import pandas as pd

    df = pd.read_parquet(tmp_path / "t.parquet")
    assert str(df["published_at"].dtype) == "datetime64[us, UTC]"
    assert str(df["published_at_local"].dtype) == "datetime64[us]"
    local = df.set_index("id")["published_at_local"]
    assert local[6].strftime("%Y-%m") == "2023-03" and local[2].hour == 8
    assert [image["caption"] for image in df.set_index("id")["images"][3]] == ["Ảnh 0", "Ảnh 1"]
    monthly = df.groupby(df["published_at_local"].dt.to_period("M")).size()
    assert monthly.to_dict() == {
        pd.Period(m, "M"): n for m, n in [("2023-01", 1), ("2023-02", 1), ("2023-03", 3)]
    }


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
    report = build_report(archive.db, generated_at="now", chrome_kind=chrome_kind)
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


def test_report_shows_changes_and_the_most_cited_documents_per_month(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "a")
    writer = archive.writer()
    crawl = writer.start_crawl("laocai", "t", {})
    edited = ArticleRecord(url="https://laocai.example/5.html", title="Bài 5",
                           body=["Nội dung bài 5 về biên giới, đã sửa.", "Đang online: 12"],
                           published_at="2023-03-05T08:00:00+07:00")  # fmt: skip
    five, outcome = writer.save_article("laocai", edited, None, crawl, "2024-03-01T00:00:00Z")
    assert outcome == "changed"
    cite = {"key": "nghi-dinh:13/2023/nd-cp", "doc_type": "Nghị định", "number": "13",
            "year": 2023, "issuer": "NĐ-CP", "raw": "Nghị định 13/2023/NĐ-CP"}  # fmt: skip
    for article_id in (five, 8, 11):  # published 2023-03, 2023-02, 2023-02
        writer.replace_article_refs(article_id, [cite])
    writer.replace_article_refs(4, [cite | {"key": "quyet-dinh:7/qd-ubnd", "raw": "7/QĐ-UBND",
                                            "number": "7", "issuer": "QĐ-UBND", "year": None,
                                            "doc_type": "Quyết định"}])  # fmt: skip
    report = build_report(archive.db, generated_at="now")
    (site,) = report.sites
    assert [(c.kind, c.article_id) for c in site.changes] == [("edited", five)]
    assert {m: [(d["key"], d["articles"]) for d in docs] for m, docs in site.most_cited.items()} == {
        "2023-03": [("nghi-dinh:13/2023/nd-cp", 1)], "2023-02": [("nghi-dinh:13/2023/nd-cp", 2)],
        "2023-01": [("quyet-dinh:7/qd-ubnd", 1)]}  # fmt: skip
    html = render_html(report)
    assert "<h3>Changes (1 newest)</h3>" in html and "<ins>giới, đã sửa.</ins>" in html
    assert "<h3>Most cited documents per month</h3>" in html and "13/2023/ND-CP" in html
