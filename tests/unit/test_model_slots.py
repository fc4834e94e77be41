"""A value a site model's learned place supplies passes the checks the page's own evidence
passes (issue 10: the crawl's cross-page path never does worse than the page alone).

The unsigned part of the corpus (benchmarks/unsigned.py) shows the class: a site signs half
its articles at one place, and on the others that place holds a source line, an editor's
line, an event's date. Pure functions over one page each: no crawl."""

from __future__ import annotations

from config.profile import Selectors, adhoc_profile
from pipelines.authors import parse_signature
from pipelines.datefind import find_dates
from pipelines.extract import extract
from pipelines.record import ArticleRecord

URL = "https://xa.gov.vn/tin-tuc/bai-1.html"
TEXT = " ".join(["Ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ phát triển kinh tế năm 2024."] * 4)


def _page(slot: str, date: str = "Ngày đăng: 05/03/2024 08:15") -> bytes:
    return (
        "<html><head><title>Hội nghị triển khai nhiệm vụ năm 2024</title></head><body>"
        "<div class='news'><h1>Hội nghị triển khai nhiệm vụ năm 2024</h1>"
        f"<div class='ngay'>{date}</div><p class='tg'>{slot}</p>"
        f"<div class='noidung'><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div></div></body></html>"
    ).encode()


def _record(body: bytes, *, hand: bool) -> ArticleRecord:
    """The page read with an author and date selector at ``.tg``/``.ngay``: a maintainer's
    (``hand``) or a site model's (an ad-hoc profile's)."""
    profile = adhoc_profile("https://xa.gov.vn/")
    profile = profile.model_copy(update={"adhoc": not hand, "selectors": Selectors(author=[".tg"], date=[".ngay"])})
    got = extract(body, URL, {"content-type": "text/html; charset=utf-8"}, profile)
    assert isinstance(got, ArticleRecord), got
    return got


def test_a_models_byline_place_reads_a_signature_only_where_the_page_would() -> None:
    # the signed pages' name at the learned place is the author
    assert _record(_page("Minh Anh"), hand=False).author == "Minh Anh"
    # an office at the place signs too (a label-free site: the place is the evidence)
    assert _record(_page("Trung tâm Khuyến nông"), hand=False).author == "Trung tâm Khuyến nông"
    # an editor's line, an approver's, a source line at that place on an unsigned page name
    # no writer, whoever's selector reads them (a label no byline uses is no part of a name)
    for hand in (False, True):
        assert _record(_page("Biên tập: Thu Trang"), hand=hand).author is None
        assert _record(_page("Người duyệt: Hồng Vân"), hand=hand).author is None
        assert _record(_page("Nguồn: Báo Lào Cai"), hand=hand).author is None
    assert _record(_page("Tác giả: Minh Anh"), hand=True).author == "Minh Anh"


def test_a_models_byline_place_holding_no_name_names_no_one() -> None:
    # a caption, a tool, a phrase at the learned place of an unsigned page: not who signs
    for line in ("Ảnh minh họa", "Xem thêm", "Hãy bảo vệ môi trường!", "Tin liên quan"):
        assert _record(_page(line), hand=False).author is None, line
    # who signs does: a name, an uppercase name, a staff signature, an office
    for line in ("Thu Hà", "NGUYỄN MINH ANH", "BBT", "Phòng Văn hóa và Thông tin"):
        assert _record(_page(line), hand=False).author == line, line


def test_a_bracketed_source_line_is_no_signature() -> None:
    # "(Theo TTXVN)" closing a reprint names its source, never a writer "Theo TTXVN"
    assert parse_signature("(Theo TTXVN)") is None
    assert parse_signature("(Theo Báo Nhân Dân)") is None
    assert parse_signature("(Minh Anh)") is not None and parse_signature("(Minh Anh)").author == "Minh Anh"


def test_an_events_date_at_the_date_place_is_not_the_publication() -> None:
    from lxml import html

    tree = html.fromstring(_page("Minh Anh", "Thời gian diễn ra: 20/03/2024").decode())
    title = tree.cssselect("h1")[0]
    found = find_dates(tree, "Asia/Ho_Chi_Minh", [".ngay"], title, None)
    # the selector's element gives no publication date, and since the page scan refuses an
    # event's label too (dates15) no other route reads the event's day as the publication
    assert found.published is None
    # the publication line under the headline is read instead, by the page's own rules
    page = _page("Minh Anh", "Thời gian diễn ra: 20/03/2024").replace(
        b"<div class='ngay'>", b"<p>Ng\xc3\xa0y \xc4\x91\xc4\x83ng: 05/03/2024 08:15</p><div class='ngay'>"
    )
    got = _record(page, hand=False)
    assert got.published_at == "2024-03-05T08:15:00+07:00"
    assert "date_selector_missed" in got.warnings  # the model's place did not fit this page
