"""The invariance audit (benchmarks/invariance.py): its rewrites change no text a reader sees,
and the fixes it led to (the same content written another way gives the same record)."""

from __future__ import annotations

import unicodedata

import lxml.html
import pytest
from lxml import html

from benchmarks import invariance
from pipelines.datefind import find_dates
from pipelines.decode import decode_html

TZ = "Asia/Ho_Chi_Minh"
PAGE = (
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin</title>'
    '<script>var s = "<b>Ngày</b>";</script></head><body><div class="post"><h1 class="t">Hội nghị tổng kết</h1>'
    '<div class="date">Thứ Ba, 05/03/2024 15:00</div><p>Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị.</p>'
    "<p>Đồng chí Chủ tịch phát biểu chỉ đạo.</p><p class=\"tg\">Thu Hà</p></div></body></html>"
)


def _text(page: str | bytes, content_type: str = "text/html") -> str:
    if isinstance(page, bytes):
        decoded = decode_html(page, content_type)
        assert decoded is not None
        page = decoded.text
    body = lxml.html.document_fromstring(page).find("body")
    return " ".join(unicodedata.normalize("NFC", body.text_content()).replace("\xa0", " ").split())


@pytest.mark.parametrize("name", ["entities", "nbsp", "upper_tags", "crlf", "br_paragraphs", "table_layout"])
def test_a_text_rewrite_changes_no_text_a_reader_sees(name: str) -> None:
    rewritten, _ = invariance.REWRITES[name](PAGE, "utf-8", {"content-type": "text/html"}, None)
    assert rewritten != PAGE.encode()
    assert _text(rewritten) == _text(PAGE)


def test_windows_1258_rewrite_writes_tone_marks_apart_and_decodes_to_the_same_text() -> None:
    for name, header in (("cp1258_meta", "text/html"), ("cp1258_http", "text/html; charset=windows-1258")):
        body, headers = invariance.REWRITES[name](PAGE, "utf-8", {"content-type": "text/html"}, None)
        assert headers["content-type"] == header
        assert b"\xcc" in body  # combining grave accent (U+0300) in the code page: "Hội" as "Hô" + mark
        assert (b"windows-1258" in body) == (name == "cp1258_meta")
        assert _text(body, header) == _text(PAGE)


def test_br_paragraphs_keeps_a_classed_paragraph_a_block() -> None:
    """Only plain ``<p>``s become one ``<br><br>`` run: a ``<p class="caption">`` says what it
    is, which the run cannot keep (fx-ministry's captions were read as body text)."""
    got = invariance.br_paragraphs(PAGE.replace('<p class="tg">Thu Hà</p>', '<p class="caption">Ảnh: hội nghị</p>'))
    assert '<p class="caption">Ảnh: hội nghị</p>' in got
    assert "<p>" not in got and "hội nghị.<br><br>" in got


def test_inline_split_wraps_the_date_and_the_author_and_keeps_the_text() -> None:
    class Record:  # the untransformed record's author is what the rewrite wraps
        author = "Thu Hà"

    got = invariance.inline_split(PAGE, Record.author)
    assert "<b>05/03/2024</b>" in got and "<span><font>Thu Hà</font></span>" in got
    assert _text(got) == _text(PAGE)


def _published(line: str) -> str | None:
    tree = html.fromstring(
        f"<html><body><div class='post'><h1>Hội nghị</h1><div class='info'>{line}</div><p>Nội dung.</p>"
        "</div></body></html>"
    )
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], None)
    return found.published.iso if found.published is not None else None


@pytest.mark.parametrize(
    "line",
    [
        "Gửi bởi quantri vào Thứ 3, <b>05/03/2024</b> - 15:00",  # Drupal 7's submitted line, bolded day
        "Ngày <span>05/03/2024</span> <font>15:00</font>",  # a WYSIWYG editor's font runs
        "Cập nhật lúc <strong>15:00</strong> ngày 05/03/2024",
    ],
)
def test_a_date_line_split_across_inline_formatting_keeps_its_time(line: str) -> None:
    # old portals' editors split a date line over <b>/<span>/<font>: the line is read whole
    # at its own element, not the day alone at the inner one (which lost the time)
    assert _published(line) in ("2024-03-05T15:00:00+07:00",)
    assert _published(line) == _published(lxml.html.fromstring(f"<div>{line}</div>").text_content())


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Năm, 14/03/2024 (chiều)",
        "Thứ Năm, <b>14/03/2024</b> (chiều)",  # the same line, its day in bold
        "<span>Thứ Năm,</span> <b>14/03/2024</b> (chiều)",
    ],
)
def test_a_chrome_date_line_refused_whole_is_not_read_again_piece_by_piece(line: str) -> None:
    # the header's "today" line on every page of the site is learned chrome: refused whole,
    # its bold day was then read alone and dated a contact page
    from pipelines.chrome import Learned, normalize

    learned = Learned(lines=frozenset({normalize("Thứ Năm, 14/03/2024 (chiều)")}))
    for chrome in (learned, None):  # (the line not chrome: taken, as ever)
        tree = html.fromstring(
            f"<html><body><div class='post'><h1>Liên hệ</h1><p>{line}</p>"
            "<p>Địa chỉ: số 1 đường Nguyễn Trãi.</p></div></body></html>"
        )
        found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], None, learned=chrome)
        assert (found.published.iso[:10] if found.published else None) == (None if chrome else "2024-03-14")


@pytest.mark.parametrize("space", [" ", "&nbsp;", "  \r\n   "])
def test_a_soft_404_reads_its_phrase_whatever_the_spaces_between_its_words(space: str) -> None:
    # old portals write the notice's spaces as &nbsp; or break it over CRLF lines
    from pipelines.signals import soft_404

    notice = space.join("Bài viết không tồn tại hoặc đã bị xóa".split())
    tree = html.fromstring(f"<html><body><div class='main'><div class='thongbao'>{notice}</div></div></body></html>")
    assert soft_404(tree, ["Tin tức"]) is not None


def _body_html(page: str) -> str:
    from pipelines.dom import parse

    tree = parse(page)
    assert tree is not None
    return lxml.html.tostring(tree.find("body"), encoding="unicode")


def test_a_div_of_br_separated_runs_is_read_as_paragraphs() -> None:
    # old portals' WYSIWYG editors (2008) write a body as one run in a <div>, its paragraphs
    # separated by <br><br> (or <br>&nbsp;<br>): each run is read as a <p>, inline children
    # and a single <br> (a line break inside the paragraph) kept in it
    page = (
        "<html><body><div class='noidung'>Sáng nay, hội nghị khai mạc.<br><br>Đồng chí <b>Chủ tịch</b>"
        " phát biểu<br>chỉ đạo.<br>&nbsp;<br>Thu Hà<br><br></div></body></html>"
    )
    assert _body_html(page) == (
        "<body><div class=\"noidung\"><p>Sáng nay, hội nghị khai mạc.</p>\n"
        "<p>Đồng chí <b>Chủ tịch</b> phát biểu<br>chỉ đạo.</p>\n<p>Thu Hà</p>\n</div></body>"
    )


@pytest.mark.parametrize(
    "block",
    [
        "<div class='footer'>Địa chỉ: 01 Lê Lợi<br>Điện thoại: 0123 456 789<br>Email: vp@tinh.gov.vn</div>",
        # (the tables have a class: a class-less one-cell table is a frame, unwrapped, below)
        "<table class='vb'><tr><td>Số 12/QĐ-UBND<br>Ngày 05/03/2024</td></tr></table>",  # one run in a cell
        "<div>Thông báo<br><br></div>",  # one run: nothing to split
        "<p>Dòng một<br><br>dòng hai</p>",  # inside a paragraph: not a container
        "<div><span>Tin một<br><br>Tin hai</span></div>",  # the breaks are not the div's own
        # ASP.NET's title and content spans, the content's teasers in <div>s: a span holding
        # blocks is a block of its own (a listing's teasers never read as one paragraph)
        "<table class='box'><tr><td><span class='title'>Cải cách hành chính</span><br><br><br><span class='content'>"
        "<div><h3><a href='/a.html'>Tin một</a></h3><p>Tóm tắt.</p></div></span></td></tr></table>",
    ],
)
def test_br_runs_leave_line_breaks_address_blocks_and_single_runs_alone(block: str) -> None:
    page = f"<html><body>{block}</body></html>"
    assert _body_html(page) == lxml.html.tostring(lxml.html.document_fromstring(page).find("body"), encoding="unicode")


@pytest.mark.parametrize(
    ("site", "path"),
    [
        ("fx-drupal", "/tin-tuc/bao-tang-tinh-trung-bay-chuyen-de-gom-co-vung-song-nuoc"),  # signature
        ("fx-joomla", "/tin-tuc/204-hoi-thi-phap-luat.html"),  # byline kept out of the body
        ("fx-wordpress", "/2023/03/07/chuyen-doi-so/"),  # a paragraph lost
        ("fx-liferay6", "/en/web/quan13/gioi-thieu"),  # a listing's paragraph counts
    ],
)
def test_a_page_whose_paragraphs_are_br_runs_gives_the_same_record(site: str, path: str) -> None:
    from benchmarks.extraction_quality import families, family_base, site_pages
    from config.profile import adhoc_profile
    from pipelines.sitemodel import extract_page

    family = families("dev")[site]
    base = family_base(family).rstrip("/")
    body, headers = next((b, h) for p, b, h in site_pages(family.build_site()) if p == path)
    rewritten, rewritten_headers = invariance.REWRITES["br_paragraphs"](body.decode("utf-8"), "utf-8", headers, None)
    assert rewritten != body
    profile = adhoc_profile(base + "/")
    served = extract_page(body, base + path, headers, profile)
    as_br = extract_page(rewritten, base + path, rewritten_headers, profile)
    assert invariance.summary(as_br) == invariance.summary(served)


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a frame round the whole body: its blocks take its place
        ("<table width='100%' border='0'><tr><td><div class='post'><p>Tin.</p></div><p>Hai.</p></td></tr></table>",
         "<div class=\"post\"><p>Tin.</p></div><p>Hai.</p>"),
        # in a <tbody>, frames nested in frames, the table's tail kept
        ("<div><table><tbody><tr><td valign='top'><table><tr><td><p>Tin.</p></td></tr></table></td></tr></tbody>"
         "</table>sau</div>", "<div><p>Tin.</p>sau</div>"),
        # a cell holding text or inline elements of its own: a block (a <div>) in the table's place
        ("<p>Trước</p><table><tr><td>Số 12/QĐ-UBND <b>mới</b></td></tr></table>",
         "<p>Trước</p><div>Số 12/QĐ-UBND <b>mới</b></div>"),
        # a cell (or its row) aligned right keeps its alignment: a signature's place (fresh15a's
        # rule, merged with authors15's same fix: the div, or the spliced blocks, take the style)
        ("<p>Tin.</p><table width='100%'><tr><td align='right'><b>Minh Anh</b></td></tr></table>",
         "<p>Tin.</p><div style=\"text-align: right\"><b>Minh Anh</b></div>"),
        ("<table><tr style='text-align: right'><td><p>Minh Anh</p></td></tr></table>",
         "<p style=\"text-align: right\">Minh Anh</p>"),  # its blocks take the alignment
    ],
)
def test_a_one_cell_class_less_frame_table_is_read_as_if_it_were_not_there(page: str, expected: str) -> None:
    assert _body_html(f"<html><body>{page}</body></html>") == f"<body>{expected}</body>"


@pytest.mark.parametrize(
    "block",
    [
        "<table class='khung'><tr><td><p>Tin.</p></td></tr></table>",  # a styled box
        "<table><tr><td id='main'><p>Tin.</p></td></tr></table>",
        "<table><tr><td><p>Tin.</p></td><td><p>Cột phải.</p></td></tr></table>",  # two cells
        "<table><tr><td><p>Ảnh</p></td></tr><tr><td><p>Chú thích.</p></td></tr></table>",  # two rows
        "<table><caption>Bảng 1</caption><tr><td><p>Tin.</p></td></tr></table>",  # a caption: a real table
    ],
)
def test_a_table_that_is_more_than_a_frame_is_left_as_it_is(block: str) -> None:
    page = f"<html><body>{block}</body></html>"
    assert _body_html(page) == lxml.html.tostring(lxml.html.document_fromstring(page).find("body"), encoding="unicode")


@pytest.mark.parametrize(
    ("rewrite", "part", "site", "path"),
    [
        # a page framed in a layout table: its body lost, chrome kept and the author lost, a
        # listing read as an article
        ("table_layout", "dev", "fx-vendor", "/tin-tuc/cho-phien-pa-hoc-diem-hen-cua-du-khach-moi-dip-cuoi-tuan-3583.html"),
        ("table_layout", "dev", "fx-gallery", "/tin-tuc/be-mac-giai-bong-chuyen-hoi-nguoi-cao-tuoi-a5117.html"),
        ("table_layout", "validation", "fx-tv", "/thoi-su.html"),
        # the signature line opening with the author's name in <span><font>: the body was
        # located on its first paragraph alone, and the figure's caption left out
        ("inline_split", "dev", "fx-wp-updated", "/xa-tan-lap-ra-quan-lam-duong-giao-thong-nong-thon-nam-2024/"),
        # the last paragraph with a bold date in its first 60 characters: a procedure's body
        # located on its first paragraph alone, its labelled fields not seen
        ("inline_split", "validation", "fx-commune", "/thu-tuc-hanh-chinh/1-003583"),
        # the header's "today" line (learned chrome) with its day in bold: the day alone dated
        # a contact page, read as an article
        ("inline_split", "validation", "fx-commune", "/trang/lien-he"),
    ],
)
def test_a_rewritten_page_gives_the_same_record(rewrite: str, part: str, site: str, path: str) -> None:
    from benchmarks.extraction_quality import families, family_base, site_pages

    family = families(part)[site]
    base = family_base(family).rstrip("/")
    pages, records, texts = [], [], []
    for p, b, h in site_pages(family.build_site()):
        decoded = decode_html(b, h.get("content-type"))
        if decoded is not None:
            pages.append((p, b, h))
            texts.append(decoded)
    records = invariance._extract_site(pages, base)
    changed = [(p, *invariance.REWRITES[rewrite](d.text, d.encoding, h, r))
               for (p, _, h), d, r in zip(pages, texts, records, strict=True)]  # fmt: skip
    index = next(i for i, (p, _, _) in enumerate(pages) if p == path)
    got = invariance._extract_site(changed, base)[index]
    assert invariance.differences(invariance.summary(records[index]), invariance.summary(got)) == {}


@pytest.mark.parametrize(
    "last",
    [
        "<p><span><font>Thu Hà</font></span> – Văn phòng UBND xã</p>",
        "<p> <b>05/03/2024</b>, hội nghị tổng kết công tác năm.</p>",
        "<p>Theo <a href='/x'>Báo Nhân Dân</a>, hội nghị tổng kết công tác năm.</p>",
        # an inline element within the probe's 60 characters (text_of reads "19/6/2014 ;")
        "<p>Luật Hôn nhân và gia đình số 52/2014/QH13 ngày <b>19/6/2014</b>; Luật Hộ tịch.</p>",
    ],
)
def test_the_body_is_located_on_a_line_opening_with_an_inline_element(last: str) -> None:
    from pipelines.content import locate
    from pipelines.dom import parse, text_of

    tree = parse(
        "<html><body><div class='menu'><p>Trang chủ</p></div><div class='post'>"
        "<p>Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị.</p>"
        f"<figure><img src='/a.jpg'><figcaption>Toàn cảnh hội nghị.</figcaption></figure>{last}</div></body></html>"
    )
    last_p = text_of(lxml.html.fragment_fromstring(last))
    found = locate(tree, ["Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị.", last_p])
    assert found is not None and found.get("class") == "post"


def test_a_navigation_row_opening_with_the_site_name_is_not_the_body_s_first_line() -> None:
    """A line opening with an inline element is a paragraph's only when it has words of its
    own: a navbar of links ("<div><a>Ủy ban nhân dân phường …</a><a>Trang chủ</a>") that the
    generic extractor kept as the first paragraph does not stretch the body up to the header
    (pages2's fx-townhall video page was stored as an article with the navbar in its body)."""
    from pipelines.content import _starting_with
    from pipelines.dom import parse

    tree = parse(
        "<html><body><nav><div class='container'><a href='/'>Ủy ban nhân dân phường Đông Tiến</a>"
        "<a href='/'>Trang chủ</a><a href='/tin-tuc'>Tin tức</a></div></nav>"
        "<div class='post'><h1>Ra quân mùa khô</h1>"
        "<p><b>Phóng sự</b> về lễ ra quân mùa khô và các phần việc của đoàn viên thanh niên.</p></div>"
        "</body></html>"
    )
    assert _starting_with(tree, "Ủy ban nhân dân phường Đông Tiến Trang chủ Tin tức") is None
    # a paragraph opening with an inline element still is found
    assert _starting_with(tree, "Phóng sự về lễ ra quân mùa khô").tag == "p"
    # and a link's own text still is its link's (a teaser named as the last paragraph)
    teasers = parse("<html><body><ul><li><a href='/1421'>Trao Giấy chứng nhận đầu tư</a> </li></ul></body></html>")
    assert _starting_with(teasers, "Trao Giấy chứng nhận đầu tư").tag == "a"


def test_a_probe_of_two_lines_glued_together_matches_no_headline_or_teaser() -> None:
    """Spaces before a punctuation mark aside (text_of's "19/6/2014 ;"), the words stay apart:
    a first paragraph where the extractor glued the kicker to the headline ("Die Zukunft der
    Arbeit" + '"Wir dekorieren ...', deutschlandfunk.de, trafilatura-eval's tuning half) does
    not locate the body on the <h1>, nor a last one glued to a teaser's date ("01.12.2021" +
    "Mitmachen ...", bike-magazin.de) on that teaser (both dated by another line then)."""
    from pipelines.content import _starting_with
    from pipelines.dom import parse

    tree = parse(
        "<html><body><h1><span>Die Zukunft der Arbeit</span> \"Wir dekorieren auf der Titanic die Liegestühle um\"</h1>"
        "<ul><li><p><span>01.12.2021</span> Mitmachen und gewinnen: Im Adventskalender verstecken sich Preise</p></li></ul>"
        "<p>Luật Hôn nhân và gia đình số 52/2014/QH13 ngày <b>19/6/2014</b>; Luật Hộ tịch.</p></body></html>"
    )
    assert _starting_with(tree, 'Die Zukunft der Arbeit"Wir dekorieren auf der Titanic die Li') is None
    assert _starting_with(tree, "01.12.2021Mitmachen und gewinnen: Im Adventskalender ve") is None
    assert _starting_with(tree, "Die Zukunft der Arbeit \"Wir dekorieren").tag == "h1"
    assert _starting_with(tree, "Luật Hôn nhân và gia đình số 52/2014/QH13 ngày 19/6/2014; Luật").tag == "p"
