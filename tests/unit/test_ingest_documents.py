"""The ingestor's attached documents and citations: read in the pool, stored once."""

from __future__ import annotations

from pathlib import Path

from archive import Archive
from archive.capture import CaptureRef, is_document
from config.profile import SiteProfile
from crawler.replica.assets import DOCX_TYPE, tiny_docx, tiny_pdf
from pipelines.ingest import Counts, Ingestor

SITE = SiteProfile(id="laocai", name="Lào Cai", base_url="https://laocai.example/")
BASE = "https://laocai.example/Uploads/"
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def test_what_is_a_document() -> None:
    assert is_document(BASE + "a.pdf", "application/pdf")
    assert is_document(BASE + "download.aspx?id=3", "application/pdf")  # the type says so
    assert is_document(BASE + "a.doc", None) and is_document(BASE + "a.xls", "application/octet-stream")
    assert not is_document(BASE + "a.pdf", "text/html; charset=utf-8")  # an error page
    assert not is_document(BASE + "robots.txt", "text/plain") and not is_document(BASE + "a.jpg", "image/jpeg")


def _ingest(archive: Archive, root: Path, captures: list[CaptureRef]) -> Counts:
    counts = Counts()
    ingestor = Ingestor(SITE, root, archive.writer(), crawl_id=1, workers=1, stats=counts)
    with archive.writer().transaction():
        ingestor.ingest(captures)
        ingestor.close()
    return counts


def test_documents_are_read_counted_and_stored_once(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a", create=True)
    writer = archive.writer()
    writer.upsert_site(SITE)
    crawl = writer.start_crawl("laocai", "test", {})
    files = {
        "ke-hoach-56.pdf": ("application/pdf", tiny_pdf(["TINH UY LAO CAI", "So 56-KH/TU", "KE HOACH",
                            "Thuc hien Nghi dinh 13/2023/ND-CP ve bao ve du lieu ca nhan"])),
        "bao-cao.docx": (DOCX_TYPE, tiny_docx(["BÁO CÁO", "Số: 12/BC-UBND", "Tổng kết năm 2023."])),
        "bieu-mau.doc": ("application/msword", OLE),
        "scan.pdf": ("application/pdf", tiny_pdf([""])),
    }  # fmt: skip
    captures = []
    for name, (ctype, body) in files.items():
        capture_id = writer.add_capture(crawl_id=crawl, site_id="laocai", url=BASE + name, status=200,
                                        fetched_at="2024-01-01T00:00:00Z", record_type="response",
                                        content_type=ctype)  # fmt: skip
        captures.append(CaptureRef(capture_id, BASE + name, "2024-01-01T00:00:00Z", crawl,
                                   payload=body, headers=(("content-type", ctype),), document=True))  # fmt: skip
    same = writer.add_capture(crawl_id=crawl, site_id="laocai", url=BASE + "ke-hoach-56.pdf",
                              status=200, fetched_at="2024-02-01T00:00:00Z", record_type="revisit")  # fmt: skip
    lost = writer.add_capture(crawl_id=crawl, site_id="laocai", url=BASE + "lost.pdf", status=200,
                              fetched_at="2024-02-01T00:00:00Z", record_type="response")  # fmt: skip
    captures += [
        CaptureRef(same, BASE + "ke-hoach-56.pdf", "2024-02-01T00:00:00Z", crawl, revisit=True,
                   document=True),
        CaptureRef(lost, BASE + "lost.pdf", "2024-02-01T00:00:00Z", crawl, document=True),
    ]  # fmt: skip
    counts = _ingest(archive, tmp_path / "a", captures)
    assert counts.prefixed("govarchive/attachments/text/") == {"ok": 2, "unsupported": 1, "no_text": 1}
    assert counts["govarchive/attachments/revisit"] == 1 and counts["govarchive/attachments/unreadable"] == 1
    assert counts["govarchive/attachments/text_stored"] == 4
    statuses = dict(archive.db.execute(
        "SELECT c.url, t.status FROM attachment_texts t JOIN captures c ON c.id = t.capture_id"
    ).fetchall())  # fmt: skip
    assert statuses == {BASE + "ke-hoach-56.pdf": "ok", BASE + "bao-cao.docx": "ok",
                        BASE + "bieu-mau.doc": "unsupported", BASE + "scan.pdf": "no_text"}  # fmt: skip
    refs = archive.db.execute(
        "SELECT capture_id, field, key FROM document_refs ORDER BY capture_id, field, span_start"
    ).fetchall()
    assert refs == [(captures[0].capture_id, "number", "ke-hoach:56/kh-tu"),
                    (captures[0].capture_id, "text", "nghi-dinh:13/2023/nd-cp"),
                    (captures[1].capture_id, "number", "bao-cao:12/bc-ubnd")]  # fmt: skip
    (failure,) = archive.db.execute("SELECT url, reason FROM failures").fetchall()
    assert failure == (BASE + "lost.pdf", "attachment_unreadable")
    assert [h.url for h in archive.search("bao ve du lieu", within="attachments")] == [BASE + "ke-hoach-56.pdf"]

    before = archive.db.execute("SELECT * FROM attachment_texts ORDER BY capture_id").fetchall()
    again = _ingest(archive, tmp_path / "a", captures[:4])
    assert again["govarchive/attachments/text_stored"] == 0
    assert archive.db.execute("SELECT * FROM attachment_texts ORDER BY capture_id").fetchall() == before
    archive.close()


def test_an_articles_citations_follow_its_versions(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a", create=True)
    writer = archive.writer()
    writer.upsert_site(SITE)
    crawl = writer.start_crawl("laocai", "test", {})
    page = ("<html><head><title>{t}</title></head><body><h1>{t}</h1><p>Ngày 05/03/2024</p>"
            "<div class='content'><p>{p} " + "Nội dung bài viết về công tác. " * 30 +
            "</p></div></body></html>")  # fmt: skip

    def capture(at: str, text: str) -> CaptureRef:
        url = "https://laocai.example/tin/hoi-nghi.html"
        html = page.format(t="Hội nghị triển khai", p=text).encode()
        capture_id = writer.add_capture(crawl_id=crawl, site_id="laocai", url=url, status=200,
                                        fetched_at=at, record_type="response")  # fmt: skip
        return CaptureRef(capture_id, url, at, crawl, payload=html,
                          headers=(("content-type", "text/html; charset=utf-8"),))  # fmt: skip

    counts = _ingest(archive, tmp_path / "a", [capture("2024-03-05T02:00:00Z",
                     "Thực hiện Quyết định số 1234/QĐ-UBND ngày 5/3/2024 của UBND tỉnh.")])  # fmt: skip
    assert counts["govarchive/articles/new"] == 1 and counts["govarchive/refs/citations"] == 1
    keys = archive.db.execute("SELECT key, field FROM document_refs").fetchall()
    assert keys == [("quyet-dinh:1234/qd-ubnd", "body")]
    counts = _ingest(archive, tmp_path / "a", [capture("2024-03-06T02:00:00Z",
                     "Thực hiện Kế hoạch số 56-KH/TU của Tỉnh ủy.")])  # fmt: skip
    assert counts["govarchive/articles/changed"] == 1
    assert archive.db.execute("SELECT key FROM document_refs").fetchall() == [("ke-hoach:56/kh-tu",)]
    assert [h.id for h in archive.search("ref:1234/QĐ-UBND")] == []
    assert len(archive.search("ref:56-KH/TU")) == 1
    archive.close()
