"""Author conventions fresh-S's families showed the generic path missing (round 20, issue 10),
each on a line or a page built here (no family read)."""

from __future__ import annotations

from pipelines.authors import parse_signature, person_name


def test_non_commissioned_ranks_and_nurses_titles_are_kept_before_the_name() -> None:
    # a police or army writer's rank, a nurse's or a midwife's title, as "Thượng tá" and "Bác sĩ"
    assert parse_signature("Thượng sĩ Lò Văn Phong").author == "Thượng sĩ Lò Văn Phong"
    assert parse_signature("Hạ sĩ Vàng A Chứ - Công an xã").author == "Hạ sĩ Vàng A Chứ"
    got = parse_signature("Điều dưỡng Hoàng Thị Mai - Khoa Nội tổng hợp")
    assert got.author == "Điều dưỡng Hoàng Thị Mai" and got.unit == "Khoa Nội tổng hợp"
    assert parse_signature("Nữ hộ sinh Lò Thị Én").author == "Nữ hộ sinh Lò Thị Én"
    # the rank alone, or before one word, names no one
    assert parse_signature("Thượng sĩ") is None
    assert not person_name("Trung sĩ Phong")


def test_a_pen_name_in_quotes_signs_without_its_quotes() -> None:
    assert parse_signature("“Hải Đăng”").author == "Hải Đăng"
    assert parse_signature('"Sơn Ca"').author == "Sơn Ca"
    assert parse_signature("«Trúc Lâm»").author == "Trúc Lâm"
    # a quoted phrase, a category or a word alone in quotes names no one
    for line in ("“Vì nhân dân phục vụ”", "“Kinh Tế”", "“Ngày hội”", "“An”"):
        assert parse_signature(line) is None, line


def test_a_phone_number_after_the_name_is_no_part_of_it() -> None:
    assert parse_signature("Lù Văn Sính - ĐT: 0912 345 678").author == "Lù Văn Sính"
    assert parse_signature("Minh Anh (0912.345.678)").author == "Minh Anh"
    assert parse_signature("Thu Hà - SĐT 0912345678").author == "Thu Hà"
    assert parse_signature("Điện thoại: 0213 3881 115") is None
    assert parse_signature("Đường dây nóng 0213 3881 115") is None


def test_a_journalists_title_beside_the_headline_is_no_paper() -> None:
    from pipelines.authors import news_source
    from pipelines.metadata import _title_byline

    # "báo" in "Nhà báo" is the journalist's profession, not a newspaper's name
    assert not news_source("Nhà báo Phạm Thu Hương")
    assert _title_byline("Nhà báo Phạm Thu Hương").author == "Nhà báo Phạm Thu Hương"
    # a paper, an agency, an office beside the headline still name no one
    for line in ("Báo Lào Cai", "Báo Nhà báo và Công luận", "TTXVN", "Sở Y tế"):
        assert news_source(line), line
        assert _title_byline(line) is None, line


def test_writers_signing_one_a_line_are_all_the_authors() -> None:
    from pipelines.authors import signature_from_body

    text = "Đến 16 giờ cùng ngày, tuyến đường đã thông một làn xe, lực lượng chức năng bố trí người cảnh giới."
    # "<b>Lò Văn Hải<br>Nguyễn Thị Vân</b>": two writers over a <br>
    assert signature_from_body([text, "Lò Văn Hải", "Nguyễn Thị Vân"]).author == "Lò Văn Hải, Nguyễn Thị Vân"
    assert signature_from_body([text, "Lò Văn Hải", "Nguyễn Thị Vân", "Nguồn: Báo Lào Cai"]).author == (
        "Lò Văn Hải, Nguyễn Thị Vân"
    )
    # one writer; a writer with a unit; a caption above; signatories under their signing line
    assert signature_from_body([text, "Nguyễn Thị Vân"]).author == "Nguyễn Thị Vân"
    assert signature_from_body([text, "Lò Văn Hải", "Nguyễn Thị Vân - TTXVN"]).author == "Nguyễn Thị Vân"
    got = signature_from_body([text, "Lò Văn Hải", "Nguyễn Thị Vân"], captions={"Lò Văn Hải"})
    assert got.author == "Nguyễn Thị Vân"
    # (under a signing line: as before, the last name only, never the block joined)
    got = signature_from_body([text, "TM. ỦY BAN NHÂN DÂN", "Lò Văn Hải", "Nguyễn Thị Vân"])
    assert got.author == "Nguyễn Thị Vân"
    assert signature_from_body([text, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lò Văn Hải"]).author is None


def test_a_signature_block_over_a_br_is_not_put_back_as_one_more_line() -> None:
    from lxml import html

    from pipelines.content import _dropped_signature

    text = "Đến 16 giờ cùng ngày, tuyến đường đã thông một làn xe, lực lượng chức năng bố trí người cảnh giới."
    body = html.fromstring(
        f"<div><p>{text}</p><p style='text-align:right'><b>Lò Văn Hải<br>Nguyễn Thị Vân</b></p></div>"
    )
    # the text kept the block's two lines: nothing to put back (it was read as a third line)
    assert _dropped_signature(body, [text, "Lò Văn Hải", "Nguyễn Thị Vân"]) == []
    # left out of the text, the block is put back, as before
    assert _dropped_signature(body, [text]) == ["Lò Văn Hải Nguyễn Thị Vân"]


def test_a_read_also_label_alone_closing_the_text_is_dropped() -> None:
    from types import SimpleNamespace

    from lxml import html

    from pipelines.content import _drop_read_also

    page = SimpleNamespace(tree=html.fromstring("<div><p>x</p><ul><li><a href='/a'>Tin khác</a></li></ul></div>"))
    text = "Ủy ban nhân dân xã đề nghị người dân báo ngay khi thấy gia cầm chết bất thường."
    kept, removed = _drop_read_also([text, "Hoàng Thị Lan", "Xem thêm:"], page)  # type: ignore[arg-type]
    assert kept == [text, "Hoàng Thị Lan"] and removed == ["Xem thêm:"]
    # a label with its own words, or inside the text, stays as before
    kept, _ = _drop_read_also([text, "Xem thêm: Quyết định số 12/QĐ-UBND", "Hoàng Thị Lan"], page)  # type: ignore[arg-type]
    assert kept == [text, "Xem thêm: Quyết định số 12/QĐ-UBND", "Hoàng Thị Lan"]
