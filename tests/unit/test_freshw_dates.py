"""The causes FRESH_W's first look found (round 21, tests/families/freshw_*.py): each a
generic rule, tested here on pages of its own."""

from __future__ import annotations

from datetime import date

from lxml import html

TZ = "Asia/Ho_Chi_Minh"
PROSE = ("Trạm Y tế phường tổ chức buổi tiêm chủng mở rộng định kỳ cho trẻ em dưới năm tuổi và phụ nữ có thai "
         "trên địa bàn, bảo đảm an toàn, đúng quy trình và đủ vắc xin theo kế hoạch.")  # fmt: skip
TODAY = "<div class='top'>Hôm nay: Thứ Tư, 20/03/2024</div>"


def _found(page: str):
    from pipelines.datefind import find_dates

    tree = html.fromstring(page)
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".body")[0])


def _page(meta: str, top: str = TODAY) -> str:
    return (f"<html><body>{top}<div class='post'><h1>Tiêm chủng mở rộng tháng 3 tại Trạm Y tế phường</h1>{meta}"
            f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></div></body></html>")  # fmt: skip


def test_a_day_shown_without_its_year_takes_the_year_the_page_shows() -> None:
    """A theme printing this year's posts without the year ("T3, 05/03 - 10:20" in a
    ``<time>`` without ``datetime``, "08/03 | 09:00 | 125 lượt xem" in spans, a badge "15/03"
    over "2024"): the year is the one whose day is nearest the newest day the page writes in
    full (its header's today), the weekday's when one is shown (fx-fw-xaphuong: four posts
    undated on every path, two more at htmldate's 00:00). The crawl's day is never asked; a
    page writing no full day gives none; a gallery's counter "1/5" is no day."""
    from pipelines.dates import with_year

    cases = {
        "<time class='post-date'>T3, 05/03 - 10:20</time>": "2024-03-05T10:20:00+07:00",
        "<div class='meta'><span class='date'>08/03</span> | <span class='time'>09:00</span> | <span>125 lượt xem</span></div>":
            "2024-03-08T09:00:00+07:00",
        "<div class='badge'><span class='dm'>15/03</span>\n<span class='yy'>2024</span></div>": "2024-03-15T00:00:00+07:00",
        "<div class='meta'><abbr class='timeago' title='2024-03-11T14:00:00+07:00'>11/03 14:00</abbr></div>":
            "2024-03-11T14:00:00+07:00",
    }  # fmt: skip
    for meta, want in cases.items():
        found = _found(_page(meta))
        assert found.published is not None and found.published.iso == want, (meta, found)
    assert _found(_page("<time>T3, 05/03 - 10:20</time>", top="")).published is None
    assert _found(_page("<div class='meta'><span class='counter'>1/5</span></div>")).published is None
    # the year nearest the page's day, across New Year; the weekday's year
    assert with_year("28/12", date(2025, 1, 5)) == "28/12/2024"
    assert with_year("T4, 05/03 - 10:20", date(2024, 3, 20)) == "T4, 05/03/2025 - 10:20"
    assert with_year("Ngày 5 tháng 3", date(2024, 3, 20)) is None


def test_a_day_shown_without_its_year_over_its_full_date_in_an_attribute() -> None:
    """``<abbr class="published" title="04/03/2024 08:15">04/03</abbr>``: the attribute's
    date, time included, as under a relative or weekday display (fx-fw-xaphuong: htmldate's
    day at 00:00 on every path); an attribute naming another day than the one shown is not
    the shown day's."""
    found = _found(_page("<div class='meta'><abbr class='published' title='04/03/2024 08:15'>04/03</abbr></div>", top=""))
    assert found.published is not None and found.published.iso == "2024-03-04T08:15:00+07:00"
    other = _found(_page("<div class='meta'><abbr class='published' title='07/03/2024 08:15'>04/03</abbr></div>", top=""))
    assert other.published is None or other.published.iso[:10] != "2024-03-07"


def test_a_relative_display_over_a_unix_time() -> None:
    """``<span class="timeago" data-timestamp="1709684400">Hôm qua</span>``: the instant a
    "time ago" script keeps as Unix time (seconds or milliseconds) is the date, on the site's
    clock (fx-fw-xaphuong: undated on the single page, not stored on the crawl paths); a
    number of other digits, or an id-like attribute, is none."""
    meta = "<div class='meta'><span class='timeago' data-timestamp='{}'>Hôm qua</span></div>"
    for value in ("1709684400", "1709684400000"):
        found = _found(_page(meta.format(value), top=""))
        assert found.published is not None and found.published.iso == "2024-03-06T07:20:00+07:00", value
    for value in ("170968440", "123"):
        assert _found(_page(meta.format(value), top="")).published is None


def test_the_day_in_an_address_folder_of_eight_digits() -> None:
    """A photo report with no date line at "/phong-su-anh/20240312/<slug>-5130.html": the
    day the CMS wrote in its address, as "/2024/03/12/" already was (fx-fw-baotinh: undated on
    the single page, not stored on the crawl paths); eight digits that are no day, or a
    number as the page's own name, are none."""
    from pipelines.datefind import url_date

    day = url_date("https://baotaygiang.vn/phong-su-anh/20240312/mua-thu-hoach-muoi-5130.html", TZ)
    assert day is not None and day.iso == "2024-03-12T00:00:00+07:00"
    assert url_date("https://x.vn/tin/20241399/slug.html", TZ) is None
    assert url_date("https://x.vn/tin/20240312.html", TZ) is None
    assert url_date("https://x.vn/tin/20240312/", TZ) is None


def test_a_labelled_publication_day_in_the_right_columns_article_box() -> None:
    """A portal's "Thông tin bài viết" box in the right column, ``<dt>Ngày xuất
    bản</dt><dd>05/03/2024 08:40</dd>``, the post's only date: its day (fx-fw-sotuphap:
    undated on the single page, not stored on the crawl paths). Asked only when nothing near
    the headline or at the foot dates the page; an update's label, a teaser's line, or two
    labelled days that disagree give none."""
    box = ("<div class='col-right'><section><h2>Thông tin bài viết</h2><dl class='article-info'>\n<dt>Ngày xuất bản</dt>\n"
           "<dd>05/03/2024 08:40</dd>\n<dt>Lượt xem</dt>\n<dd>124</dd></dl></section></div>")
    page = _page("", top="").replace("</body>", box + "</body>")
    found = _found(page)
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"
    assert _found(page.replace("Ngày xuất bản", "Ngày cập nhật")).published is None
    twice = page.replace("</body>", "<p>Ngày đăng: 09/03/2024</p></body>")
    assert _found(twice).published is None
    near = _page("<div class='meta'>07/03/2024 10:00</div>", top="").replace("</body>", box + "</body>")
    assert _found(near).published.iso == "2024-03-07T10:00:00+07:00"
