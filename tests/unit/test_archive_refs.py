"""Legal references and attachments' text in the archive: writes, refs(), ref: search,
attachment search, most cited documents (in-memory archive, real parser output)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlite_utils import Database

from archive import (
    Archive,
    ArticleNotFound,
    AttachmentText,
    CaptureNotFound,
    InvalidFilter,
    SearchQueryError,
)
from archive.attachtext import attachment_text_counts
from archive.docrefs import DocumentRef, most_cited, refs
from archive.queries import search
from archive.store import ArchiveWriter
from config.profile import SiteProfile
from pipelines.legalrefs import find_refs
from pipelines.record import ArticleRecord

ND13 = "Nghị định số 13/2023/NĐ-CP"
#: slug, site, published_at, title, body
ARTICLES = [
    ("a-laocai", "laocai", "2024-03-05T08:00:00+07:00", "Tập huấn bảo vệ dữ liệu cá nhân",
     [f"Thực hiện {ND13} về bảo vệ dữ liệu cá nhân, Sở tổ chức tập huấn.",
      "Các đơn vị rà soát hệ thống theo Nghị định 13/2023/NĐ-CP và báo cáo trước 30/4."]),
    ("b-yenbai", "yenbai", "2023-11-20T09:00:00+07:00", "Yên Bái triển khai Nghị định 13/2023/NĐ-CP",
     ["Hội nghị quán triệt nghị định về dữ liệu cá nhân.", "Theo Quyết định số 1234/QĐ-UBND, tỉnh lập tổ công tác."]),
    ("c-laocai", "laocai", "2024-01-10T10:00:00+07:00", "Kế hoạch chuyển đổi số năm 2024",
     ["UBND tỉnh ban hành Kế hoạch số 56-KH/UBND về chuyển đổi số.", "Biên giới số và an ninh mạng được chú trọng."]),
    ("d-undated", "yenbai", None, "Thông báo không ngày",
     ["Căn cứ Nghi dinh 13/2023/ND-CP, cac co quan bao cao an ninh mang."]),
    ("e-laocai", "laocai", "2024-03-20T08:00:00+07:00", "Không trích dẫn",
     ["Bài viết về du lịch Sa Pa, không nhắc văn bản nào, điện thoại 0214 3824 567."]),
]  # fmt: skip


def _refs(record: ArticleRecord) -> list[Any]:
    found = [DocumentRef(**{**vars(r), "field": "title"}) for r in _as_refs(record.title)]
    found += [DocumentRef(**{**vars(r), "field": "body"}) for r in _as_refs(record.body_text)]
    return found


def _as_refs(text: str) -> list[DocumentRef]:
    return [
        DocumentRef(key=r.key, doc_type=r.doc_type, number=r.number, issuer=r.issuer, raw=r.raw,
                    year=r.year, sentence=r.sentence, start=r.start, end=r.end,
                    issued_on=r.issued_on)  # fmt: skip
        for r in find_refs(text)
    ]


def build(db: Database) -> dict[str, Any]:
    writer = ArchiveWriter(db)
    crawls, ids = {}, {}
    for site in ("laocai", "yenbai"):
        writer.upsert_site(SiteProfile(id=site, name=site, base_url=f"https://{site}.example/"))
        crawls[site] = writer.start_crawl(site, "test", {})
    for slug, site, published, title, body in ARTICLES:
        url = f"https://{site}.example/{slug}.html"
        capture = writer.add_capture(crawl_id=crawls[site], site_id=site, url=url, status=200,
                                     fetched_at="2024-04-01T00:00:00Z", record_type="response")  # fmt: skip
        record = ArticleRecord(url=url, title=title, body=body, published_at=published, lead=body[0])
        ids[slug], _ = writer.save_article(site, record, capture, crawls[site], "2024-04-01T00:00:00Z")
        writer.replace_article_refs(ids[slug], _refs(record))
    # the decree itself, attached to the Lào Cai article (a PDF with its number on top)
    pdf = writer.add_capture(crawl_id=crawls["laocai"], site_id="laocai",
                             url="https://laocai.example/files/nd-13-2023.pdf", status=200,
                             fetched_at="2024-04-01T00:00:01Z", content_type="application/pdf",
                             record_type="response")  # fmt: skip
    db.execute("INSERT INTO attachments (article_id, url, title, kind, capture_id) VALUES (?, ?, ?, 'pdf', ?)",
               [ids["a-laocai"], "https://laocai.example/files/nd-13-2023.pdf", "Toàn văn Nghị định", pdf])  # fmt: skip
    text = ("CHÍNH PHỦ\nSố: 13/2023/NĐ-CP\nNGHỊ ĐỊNH về bảo vệ dữ liệu cá nhân\n"
            "Căn cứ Luật An ninh mạng số 24/2018/QH14; Chính phủ ban hành Nghị định bảo vệ dữ liệu cá nhân.")  # fmt: skip
    own, *cited = _as_refs(text)
    writer.save_attachment_text(pdf, AttachmentText("ok", text, format="pdf", pages=3),
                                [DocumentRef(**{**vars(own), "field": "number"}),
                                 *(DocumentRef(**{**vars(r), "field": "text"}) for r in cited)])  # fmt: skip
    scan = writer.add_capture(crawl_id=crawls["yenbai"], site_id="yenbai",
                              url="https://yenbai.example/files/scan.pdf", status=200,
                              fetched_at="2024-04-01T00:00:02Z", record_type="response")  # fmt: skip
    writer.save_attachment_text(scan, {"status": "no_text", "reason": "no text layer"})
    return {"ids": ids, "pdf": pdf, "scan": scan, "writer": writer}


@pytest.fixture
def built() -> Any:
    archive = Archive(":memory:")
    data = build(archive.db)
    data["archive"] = archive
    yield data
    archive.close()


def urls(items: list[dict[str, Any]]) -> list[str]:
    return [a["url"].rsplit("/", 1)[1].removesuffix(".html") for a in items]


def test_refs_lists_citing_articles_across_sites_in_date_order(built: Any) -> None:
    archive = built["archive"]
    doc = archive.refs("Nghị định 13/2023/NĐ-CP")
    assert doc.code == "13/2023/nd-cp" and doc.total == 3
    assert urls(doc.articles) == ["b-yenbai", "a-laocai", "d-undated"]  # undated last
    assert doc.keys == [("nghi-dinh:13/2023/nd-cp", 3)]
    first = doc.articles[1]
    assert first["site_id"] == "laocai" and first["raw"] == ND13
    assert first["sentence"].startswith("Thực hiện Nghị định số 13/2023/NĐ-CP")
    assert doc.articles[0]["field"] == "title"  # Yên Bái cites it in its title
    # the same document however it is written
    for spelling in ("13/2023/ND-CP", "nghi-dinh:13/2023/nd-cp", "Nghi dinh 13 / 2023 / NĐ-CP"):
        assert archive.refs(spelling).total == 3
    assert urls(archive.refs("13/2023/NĐ-CP", order="desc").articles) == ["a-laocai", "b-yenbai", "d-undated"]
    assert urls(archive.refs("13/2023/NĐ-CP", site="laocai").articles) == ["a-laocai"]
    assert urls(archive.refs("13/2023/NĐ-CP", since="2024").articles) == ["a-laocai"]
    assert urls(archive.refs("13/2023/NĐ-CP", limit=1, offset=2).articles) == ["d-undated"]


def test_refs_gives_the_attachment_copy_and_attachments_citing(built: Any) -> None:
    doc = built["archive"].refs("13/2023/NĐ-CP")
    (copy,) = doc.copies
    assert copy["capture_id"] == built["pdf"] and copy["found_in"] == "number"
    assert copy["status"] == "ok" and copy["excerpt"].startswith("CHÍNH PHỦ\nSố: 13/2023/NĐ-CP")
    assert copy["articles"] == [built["ids"]["a-laocai"]]
    assert doc.in_attachments == []
    law = built["archive"].refs("Luật An ninh mạng số 24/2018/QH14")
    assert law.total == 0 and law.copies == []
    assert [a["capture_id"] for a in law.in_attachments] == [built["pdf"]]


def test_refs_errors(built: Any) -> None:
    with pytest.raises(InvalidFilter, match="not a document number"):
        built["archive"].refs("bảo vệ dữ liệu")
    with pytest.raises(InvalidFilter, match="order"):
        built["archive"].refs("13/2023/NĐ-CP", order="newest")


def test_replacing_refs_and_a_changed_date_keep_the_order(built: Any) -> None:
    archive, writer, ids = built["archive"], built["writer"], built["ids"]
    # one citation only now, twice in the body: still one article
    two = [DocumentRef("quyet-dinh:9/qd-ubnd", "Quyết định", "9", "QĐ-UBND", "9/QĐ-UBND", start=s)
           for s in (0, 50)]  # fmt: skip
    assert writer.replace_article_refs(ids["a-laocai"], two) == 2
    assert archive.refs("9/QĐ-UBND").total == 1
    assert urls(archive.refs("13/2023/NĐ-CP").articles) == ["b-yenbai", "d-undated"]
    # Yên Bái's article is re-dated: its citations move with it (trigger on articles)
    archive.db.execute("UPDATE articles SET published_at = '2025-01-01T00:00:00+07:00' WHERE id = ?",
                       [ids["b-yenbai"]])  # fmt: skip
    writer.replace_article_refs(ids["a-laocai"], _refs(ArticleRecord(
        url="x", title="t", body=[f"Theo {ND13}."])))  # fmt: skip
    assert urls(archive.refs("13/2023/NĐ-CP").articles) == ["a-laocai", "b-yenbai", "d-undated"]


def test_writer_validation(built: Any) -> None:
    writer = built["writer"]
    ref = DocumentRef("quyet-dinh:9/qd-ubnd", "Quyết định", "9", "QĐ-UBND", "9/QĐ-UBND")
    with pytest.raises(ArticleNotFound):
        writer.replace_article_refs(99_999, [ref])
    with pytest.raises(ValueError, match="field must be one of"):
        writer.replace_article_refs(built["ids"]["a-laocai"], [{**vars(ref), "field": "footer"}])
    with pytest.raises(ValueError, match="not a document reference"):
        writer.replace_article_refs(built["ids"]["a-laocai"], [{"key": "x"}])
    with pytest.raises(CaptureNotFound):
        writer.save_attachment_text(99_999, AttachmentText("ok", "x"))
    with pytest.raises(ValueError, match="status must be one of"):
        writer.save_attachment_text(built["pdf"], AttachmentText("scanned"))
    # nothing was lost by the failed calls
    assert built["archive"].refs("13/2023/NĐ-CP").total == 3


def test_ref_search_term(built: Any) -> None:
    db, ids = built["archive"].db, built["ids"]
    only = search(db, "ref:13/2023/NĐ-CP")
    assert [h.id for h in only] == [ids["a-laocai"], ids["b-yenbai"], ids["d-undated"]]  # newest first
    assert "[Nghị định số 13/2023/NĐ-CP]" in only[0].snippet
    with_text = search(db, 'ref:"Nghị định 13/2023/NĐ-CP" "an ninh mang"')
    assert [h.id for h in with_text] == [ids["d-undated"]]
    assert [h.id for h in search(db, "tap huan ref:13/2023/ND-CP")] == [ids["a-laocai"]]
    assert [h.id for h in search(db, 'ref:13/2023/NĐ-CP AND (tap huan OR "to cong tac")')] == [
        ids["a-laocai"], ids["b-yenbai"]]  # fmt: skip
    assert [h.id for h in search(db, 'ref:13/2023/NĐ-CP "to cong tac"')] == [ids["b-yenbai"]]
    assert search(db, "ref:13/2023/NĐ-CP ref:1234/QĐ-UBND")[0].id == ids["b-yenbai"]
    assert [h.id for h in search(db, "ref:13/2023/NĐ-CP", site="laocai")] == [ids["a-laocai"]]
    assert [h.id for h in search(db, "du lieu ref:13/2023/NĐ-CP", order="date")] == [
        ids["a-laocai"], ids["b-yenbai"]]  # fmt: skip
    assert list(search(db, "ref:99/2020/NĐ-CP")) == []


def test_ref_search_in_date_order_past_the_window_walks_the_citations(built: Any) -> None:
    db, ids = built["archive"].db, built["ids"]
    for query in ("ref:13/2023/NĐ-CP", "du lieu OR an ninh ref:13/2023/NĐ-CP"):
        complete = [h.id for h in search(db, query, order="date")]
        walked = search(db, query, order="date", window=1)
        assert not walked.complete and [h.id for h in walked] == complete
        assert [h.id for h in search(db, query, order="date", window=1, offset=1, limit=5)] == complete[1:]
    assert complete == [ids["a-laocai"], ids["b-yenbai"], ids["d-undated"]]


def test_ref_tokens_follow_the_citations_and_new_versions(built: Any) -> None:
    from archive.fts import rebuild_fts

    archive, writer, ids = built["archive"], built["writer"], built["ids"]
    db = archive.db
    # the Lào Cai article stops citing the decree and cites another document
    other = DocumentRef("quyet-dinh:9/qd-ubnd", "Quyết định", "9", "QĐ-UBND", "9/QĐ-UBND")
    writer.replace_article_refs(ids["a-laocai"], [other])
    assert [h.id for h in search(db, "ref:13/2023/NĐ-CP")] == [ids["b-yenbai"], ids["d-undated"]]
    assert [h.id for h in search(db, "tap huan ref:9/QĐ-UBND")] == [ids["a-laocai"]]
    # a new version of it (title, body and date change): its entry moves, the codes stay
    url = "https://laocai.example/a-laocai.html"
    capture = writer.add_capture(crawl_id=1, site_id="laocai", url=url, status=200,
                                 fetched_at="2024-05-01T00:00:00Z", record_type="response")  # fmt: skip
    record = ArticleRecord(url=url, title="Tập huấn lần hai", body=["Nội dung tập huấn mới."],
                           published_at="2024-05-02T08:00:00+07:00")  # fmt: skip
    writer.save_article("laocai", record, capture, 1, "2024-05-01T00:00:00Z")
    assert [h.id for h in search(db, "lan hai ref:9/QĐ-UBND")] == [ids["a-laocai"]]
    assert [h.id for h in search(db, "tap huan ref:9/QĐ-UBND")] == [ids["a-laocai"]]
    before = {q: [h.id for h in search(db, q)] for q in ("ref:13/2023/NĐ-CP", "ref:9/QĐ-UBND", "du lieu")}
    # no stale token anywhere: a rebuilt index answers the same
    rebuild_fts(db)
    assert {q: [h.id for h in search(db, q)] for q in before} == before
    writer.replace_article_refs(ids["a-laocai"], [])
    assert list(search(db, "ref:9/QĐ-UBND")) == []


def test_ref_search_by_full_key_keeps_that_type(built: Any) -> None:
    db, writer, ids = built["archive"].db, built["writer"], built["ids"]
    law = DocumentRef("van-ban:13/2023/nd-cp", "Văn bản", "13", "NĐ-CP", "13/2023/NĐ-CP")
    writer.replace_article_refs(ids["e-laocai"], [law])
    assert len(search(db, "ref:13/2023/NĐ-CP")) == 4
    assert [h.id for h in search(db, "ref:van-ban:13/2023/nd-cp")] == [ids["e-laocai"]]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("bien gioi OR ref:13/2023/NĐ-CP", "cannot follow OR or NOT"),
        ("(bien gioi ref:13/2023/NĐ-CP)", "inside parentheses"),
        ("ref:bien-gioi", "names no document number"),
    ],
)
def test_ref_search_errors(built: Any, query: str, message: str) -> None:
    with pytest.raises(SearchQueryError, match=message):
        search(built["archive"].db, query)


def test_search_within_attachments(built: Any) -> None:
    archive = built["archive"]
    (hit,) = archive.search("bao ve du lieu ca nhan", within="attachments")
    assert hit.capture_id == built["pdf"] and hit.title == "Toàn văn Nghị định"
    assert hit.articles == (built["ids"]["a-laocai"],) and hit.site_id == "laocai"
    assert hit.published_at == "2024-03-05T08:00:00+07:00"  # the linking article's date
    assert "bảo vệ dữ liệu cá nhân]" in hit.snippet
    assert archive.search("du lieu", within="attachments", site="yenbai") == []
    assert archive.search("du lieu", within="attachments", until="2023") == []
    assert archive.search("Sa Pa", within="attachments") == []  # article text is not searched
    # saving the text again replaces the indexed words
    archive.writer().save_attachment_text(built["pdf"], AttachmentText("ok", "Biên bản họp"))
    assert archive.search("du lieu", within="attachments") == []
    assert [h.capture_id for h in archive.search("bien ban", within="attachments")] == [built["pdf"]]
    assert archive.refs("13/2023/NĐ-CP").copies == []  # its refs were replaced too (none given)
    with pytest.raises(InvalidFilter, match="within"):
        archive.search("x", within="images")


def test_attachment_statuses(built: Any) -> None:
    assert attachment_text_counts(built["archive"].db) == {"ok": 1, "no_text": 1}
    row = built["archive"].db.execute(
        "SELECT status, reason, text FROM attachment_texts WHERE capture_id = ?", [built["scan"]]
    ).fetchone()
    assert row == ("no_text", "no text layer", None)


def test_most_cited_per_month(built: Any) -> None:
    cited = most_cited(built["archive"].db)
    assert list(cited) == ["2024-03", "2024-01", "2023-11"]
    assert cited["2024-03"] == [{"key": "nghi-dinh:13/2023/nd-cp", "code": "13/2023/nd-cp",
                                 "doc_type": "Nghị định", "articles": 1, "sites": 1}]  # fmt: skip
    assert [d["key"] for d in cited["2023-11"]] == ["nghi-dinh:13/2023/nd-cp", "quyet-dinh:1234/qd-ubnd"]
    assert most_cited(built["archive"].db, site="yenbai", per_month=1) == {
        "2023-11": [{"key": "nghi-dinh:13/2023/nd-cp", "code": "13/2023/nd-cp",
                     "doc_type": "Nghị định", "articles": 1, "sites": 1}]}  # fmt: skip


def test_refs_function_and_facade_agree(built: Any) -> None:
    db = built["archive"].db
    assert refs(db, "13/2023/NĐ-CP").articles == built["archive"].refs("13/2023/NĐ-CP").articles


def test_a_new_article_saved_with_its_citations_is_indexed_once_with_their_codes() -> None:
    from archive.fts import rebuild_fts

    archive = Archive(":memory:")
    db, writer = archive.db, ArchiveWriter(archive.db)
    writer.upsert_site(SiteProfile(id="laocai", name="laocai", base_url="https://laocai.example/"))
    crawl = writer.start_crawl("laocai", "test", {})
    url = "https://laocai.example/moi.html"
    capture = writer.add_capture(crawl_id=crawl, site_id="laocai", url=url, status=200,
                                 fetched_at="2024-04-01T00:00:00Z", record_type="response")  # fmt: skip
    record = ArticleRecord(url=url, title="Tập huấn dữ liệu", body=[f"Thực hiện {ND13} tại tỉnh."],
                           published_at="2024-03-05T08:00:00+07:00")  # fmt: skip
    cited = _refs(record)
    article_id, outcome = writer.save_article("laocai", record, capture, crawl,
                                              "2024-04-01T00:00:00Z", cited)  # fmt: skip
    assert outcome == "new" and cited
    assert db.execute("SELECT count(*) FROM document_refs WHERE article_id = ?",
                      [article_id]).fetchone()[0] == len(cited)  # fmt: skip
    assert [h.id for h in search(db, "tap huan ref:13/2023/NĐ-CP")] == [article_id]
    db.execute("CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, articles_fts, 'instance')")
    entry = db.execute("SELECT * FROM temp.terms ORDER BY 1, 2, 3, 4").fetchall()
    rebuild_fts(db)  # what a full re-index writes: the same terms, nothing stale
    assert db.execute("SELECT * FROM temp.terms ORDER BY 1, 2, 3, 4").fetchall() == entry
    # a changed article's citations are the caller's to replace: save_article leaves them
    changed = ArticleRecord(url=url, title="Tập huấn lần hai", body=["Không trích dẫn."],
                            published_at="2024-03-05T08:00:00+07:00")  # fmt: skip
    assert writer.save_article("laocai", changed, capture, crawl, "2024-04-02T00:00:00Z",
                               [])[1] == "changed"  # fmt: skip
    assert db.execute("SELECT count(*) FROM document_refs WHERE article_id = ?",
                      [article_id]).fetchone()[0] == len(cited)  # fmt: skip
    archive.close()
