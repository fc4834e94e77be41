"""Fresh-AJ (round 23): byline conventions no earlier author set held, one test per cause
(docs/extraction.md, "Fresh-AJ families")."""

from __future__ import annotations

from pipelines import authors


def test_a_typographic_apostrophe_joins_a_highland_name() -> None:
    # fx-faj-taynguyen: a word processor turns "H'Xíu" into "H’Xíu"; the straight one was read
    assert authors.parse_signature("H’Xíu Niê").author == "H’Xíu Niê"  # type: ignore[union-attr]
    assert authors.parse_signature("Ksor H’Bơ Khăp - Ban Dân tộc tỉnh").author == "Ksor H’Bơ Khăp"  # type: ignore[union-attr]
    assert authors.person_name("H’Xíu Niê") and authors.person_name("Ksor H'Bơ Khăp")
    # a phrase in single quotes is still no name
    assert authors.parse_signature("’Xuân về’") is None
    assert not authors.person_name("’Xuân về’")


def test_a_teachers_label_is_a_writers_label() -> None:
    # fx-faj-truong: "GV: Nguyễn Thị Hoa" closing a school's news named no one
    assert authors.parse_signature("GV: Nguyễn Thị Hoa").author == "Nguyễn Thị Hoa"  # type: ignore[union-attr]
    assert authors.parse_byline_text("Giáo viên: Lê Văn An").author == "Lê Văn An"  # type: ignore[union-attr]
    # a sentence about teachers is no label
    assert authors.parse_signature("Giáo viên: nghỉ hè từ ngày 1/6") is None


def test_a_teachers_title_before_the_name_is_kept() -> None:
    # fx-faj-truong: "Cô giáo Vũ Thị Ngọc - Tổ Ngữ văn" named no one; kept as written like "Nhà giáo"
    assert authors.parse_signature("Cô giáo Vũ Thị Ngọc - Tổ Ngữ văn").author == "Cô giáo Vũ Thị Ngọc"  # type: ignore[union-attr]
    assert authors.person_name("Thầy giáo Lê Văn An")
    # the title alone, or before no name, signs nothing
    assert authors.parse_signature("Cô giáo") is None
    assert not authors.person_name("Cô giáo chủ nhiệm lớp")


def test_a_compilers_label_is_a_writers_label() -> None:
    # fx-faj-sotc: "Biên soạn: KS. Lương Văn Thắng" named no one
    assert authors.parse_signature("Biên soạn: KS. Lương Văn Thắng").author == "KS. Lương Văn Thắng"  # type: ignore[union-attr]
    assert authors.parse_byline_text("Người biên soạn: Trần Thu Hà").author == "Trần Thu Hà"  # type: ignore[union-attr]
    # an editor is still no writer
    assert authors.parse_signature("Biên tập: Trần Thu Hà") is None


def test_cloudflares_hidden_address_after_the_name_is_no_part_of_it() -> None:
    # fx-faj-sotc: Cloudflare shows the writer's address as "[email protected]" (a no-break
    # space in it) until its script decodes it; the page read alone named no one
    assert authors.parse_signature("Lê Minh Anh - [email\xa0protected]").author == "Lê Minh Anh"  # type: ignore[union-attr]
    assert authors.parse_signature("Lê Minh Anh ([email protected])").author == "Lê Minh Anh"  # type: ignore[union-attr]
    assert authors.parse_signature("[email protected]") is None


def test_a_frameworks_right_alignment_class_marks_a_signature_after_the_body() -> None:
    # fx-faj-truong: the writer in the <article>'s <footer>, ``<p class="text-right">``,
    # after ``div.entry-content``: the after-body signature asked for an align attribute or
    # a style only
    from lxml import html as lxml_html

    from pipelines import dom, metadata

    page = lxml_html.fromstring(
        '<article><div class="entry-content"><p>Câu cuối của bài viết về chuyển đổi số trong nhà trường.</p></div>'
        '<footer class="entry-footer"><p class="text-right"><strong>Lê Thu Trang</strong></p></footer></article>'
    )
    body = page.find_class("entry-content")[0]
    assert dom.right_aligned(page.find_class("entry-footer")[0], classes=True)
    assert not dom.right_aligned(page.find_class("entry-footer")[0])  # inside the text: attributes only
    assert metadata._signature_after_body(body).author == "Lê Thu Trang"
    for cls in ("text-end", "has-text-align-right", "text-align-right", "ql-align-right"):
        assert dom.right_aligned(lxml_html.fromstring(f'<div><p class="{cls}">Lê Thu Trang</p></div>'), classes=True)
    # a class that merely holds the word, or a float, is no text alignment
    assert not dom.right_aligned(lxml_html.fromstring('<div class="col-right"><p class="pull-right">x</p></div>'), classes=True)


def test_the_articles_footer_signature_is_the_texts_last_line() -> None:
    # fx-faj-truong: HTML5's <footer> of the <article> holds who wrote it, shown under the
    # text; the body left the line out (body F1 0.998)
    from lxml import html as lxml_html

    from pipelines import content

    def footer_line(footer: str) -> list[str]:
        page = lxml_html.fromstring(
            f'<div><article><div class="entry-content"><p>Câu cuối của bài.</p></div>{footer}</article></div>'
        )
        return content._footer_signature(page.find_class("entry-content")[0], ["Câu cuối của bài."])

    assert footer_line('<footer><p class="text-right"><strong>Lê Thu Trang</strong></p></footer>') == ["Lê Thu Trang"]
    # a footer of tags or share links, an unaligned one, or a name already in the text: nothing
    assert footer_line('<footer><p class="text-right"><a href="/tag/a">Chuyển đổi số</a></p></footer>') == []
    assert footer_line("<footer><p>Lê Thu Trang</p></footer>") == []
    assert content._footer_signature(None, ["x"]) == []


def test_a_full_name_in_lower_case_closing_the_text_signs() -> None:
    # fx-faj-sotc: "nguyễn thu hương" closing the text named no one; kept as the site writes it
    closing = ["Đoạn cuối của bài viết về cấp giấy chứng nhận đầu tư cho doanh nghiệp.", "nguyễn thu hương"]
    assert authors.signature_from_body(closing).author == "nguyễn thu hương"
    assert authors.lower_case_name("nguyễn thị thu hương").author == "nguyễn thị thu hương"  # type: ignore[union-attr]
    # a phrase, two words, a capitalised or a foreign line, or a line not the last: no one
    for line in ("lý do chính", "hoàng hôn trên biển", "nguyễn thu", "trần nhà cũ", "Nguyễn Thu Hương x"):
        assert authors.lower_case_name(line) is None, line
    assert authors.signature_from_body(["nguyễn thu hương", "Nguồn: Sở Tài chính", "Bài viết cuối."]).author is None
