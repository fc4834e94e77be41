"""The causes FRESH_AI's first look found (round 23, tests/families/freshai_*.py): each a
generic rule, tested here on pages or lines of its own."""

from __future__ import annotations

from lxml import html

TZ = "Asia/Ho_Chi_Minh"
PROSE = ("Ủy ban nhân dân huyện phối hợp với các phòng, ban chuyên môn tổ chức kiểm tra, hướng dẫn người dân "
         "thực hiện đúng các quy định về trật tự đô thị và vệ sinh môi trường trên địa bàn.")  # fmt: skip


def _found(page: str, order: str = "auto", url: str = ""):
    from pipelines.datefind import find_dates

    tree = html.fromstring(page)
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".body")[0], order=order, url=url)


def test_the_hour_alone_with_g() -> None:
    """"Đăng lúc 7g ngày 06/03/2024" (fx-fai-giobao: 00:00 on every path): a newsroom writes the
    hour alone with "g" as it writes "8h" and "15 giờ"; "0g05" and "14h20" were read already."""
    from pipelines.dates import parse_vn_date

    assert parse_vn_date("Đăng lúc 7g ngày 06/03/2024").iso == "2024-03-06T07:00:00+07:00"  # type: ignore[union-attr]
    assert parse_vn_date("06/03/2024 - 19g").iso == "2024-03-06T19:00:00+07:00"  # type: ignore[union-attr]
    assert parse_vn_date("06/03/2024 - 5 gam").precision == "day"  # type: ignore[union-attr]


def test_a_clock_written_with_a_dot() -> None:
    """"07.03.2024 - 17.45" (fx-fai-giobao: 00:00 on every path): after a separator and ending
    the line or its part, "17.45" is a clock; a decimal or a price is not."""
    from pipelines.dates import parse_vn_date

    assert parse_vn_date("07.03.2024 - 17.45").iso == "2024-03-07T17:45:00+07:00"  # type: ignore[union-attr]
    assert parse_vn_date("07/03/2024 lúc 9.30 | Lượt xem: 120").iso == "2024-03-07T09:30:00+07:00"  # type: ignore[union-attr]
    for line in ("07.03.2024 - 17.45 triệu đồng", "07/03/2024 | 1.200 lượt xem", "07/03/2024 - 24.10", "07/03/2024, 3.5 ha"):
        assert parse_vn_date(line).precision == "day", line  # type: ignore[union-attr]


def test_a_day_without_its_year_after_the_posts_time() -> None:
    """"Đăng lúc 23g15 ngày 5/3" under the headline (fx-fai-giobao: no date line read, htmldate
    took the header's today, 20 March, on every path: a wrong day): a day without its year may
    follow the post's time; its year is the page's, as for "T3, 05/03 - 10:20"."""
    page = ("<html><body><div class='top'>Thứ Tư, 20/03/2024 (11/02 Âm lịch)</div><div class='detail'>"
            "<h1>Ra quân lập lại trật tự lòng đường, vỉa hè</h1><div class='time'>Đăng lúc 23g15 ngày 5/3</div>"
            f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></div>"
            "<ul class='same'><li><a href='/a'>Tin khác</a> 04/03/2024</li></ul></body></html>")  # fmt: skip
    found = _found(page)
    assert found.published is not None and found.published.iso == "2024-03-05T23:15:00+07:00", found
    from pipelines.dates import YEARLESS

    assert not YEARLESS.fullmatch("Cập nhật lúc 23g15 ngày 5/3")  # an update's label: not this
