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


def _page(url: str, doc: str):
    """What :func:`pipelines.datezone.page_date_order` asks of a page."""
    from types import SimpleNamespace

    from config.profile import adhoc_profile

    return SimpleNamespace(url=url, tree=html.fromstring(doc), profile=adhoc_profile(url), page_title=None, title=None)


def test_a_mistyped_weekday_on_a_day_first_page() -> None:
    """"Thứ Bảy, 08/03/2024 - 09:10" (fx-fai-giobao, single page: read 3 August, a WRONG DAY, as
    the 8th of March was a Friday and the 3rd of August a Saturday): a page whose dates tell day
    first and never month first ("14/03/2024" in its lists) reads day first, the weekday the
    editor's slip; Drupal's "T3, 03/05/2024" beside "02/29/2024" still reads month first."""
    from pipelines.dates import written_order
    from pipelines.datezone import page_date_order

    lists = "<ul><li><a href='/b'>Tin khác</a> 14/03/2024</li><li><a href='/c'>Tin khác nữa</a> 12/03/2024</li></ul>"
    doc = f"<html><body><h1>Chợ truyền thống</h1><div>Thứ Bảy, 08/03/2024 - 09:10</div><p>{PROSE}</p>{lists}</body></html>"
    assert page_date_order(_page("https://baotanha.vn/tin-tuc/a-1.html", doc)) == "dmy"
    assert _found(doc.replace("<p>", "<div class='body'><p>").replace("</p>", "</p></div>"), "dmy").published.iso[:10] == "2024-03-08"  # type: ignore[union-attr]
    drupal = "<html><body><h1>Tin</h1><div>T3, 03/05/2024 - 15:20</div><ul><li>02/29/2024</li><li>14/03/2024</li></ul></body></html>"
    assert page_date_order(_page("https://x.gov.vn/node/1", drupal)) == "auto"
    assert written_order("02/29/2024 và 03/05/2024") == "mdy" and written_order("05/03/2024") is None


def test_an_english_edition_printing_month_first_on_a_vn_host() -> None:
    """"Posted: 03/06/2024" on an English edition at ``english.haminh.gov.vn`` whose template
    prints month first ("03/13/2024" in its "Latest news"; fx-fai-english, single page: 3 June,
    3 August and 3 December, three WRONG DAYS; the crawl paths learn "mdy"): a page written in
    English whose dates tell month first and never day first reads month first though its host
    is ``.vn``; an English edition printing "18/03/2024" (fresh-AB's) and a Vietnamese page
    keep day first."""
    from pipelines.datezone import page_date_order

    text = ("<p>The 620-metre bridge over the river branch was opened to traffic, ending the isolation of two "
            "island communes of the district and shortening the trip to the provincial centre.</p>")  # fmt: skip
    latest = "<ul><li><a href='/news/a.html'>Forest rangers step up patrols</a> 03/13/2024</li></ul>"
    doc = f"<html lang='en-US'><body><h1>Bridge opens to traffic</h1><div>Posted: 03/06/2024</div>{text}{latest}</body></html>"
    assert page_date_order(_page("https://english.haminh.gov.vn/news/b.html", doc)) == "us"
    assert page_date_order(_page("https://english.haminh.gov.vn/news/b.html", doc.replace("03/13/2024", "18/03/2024"))) == "dmy"
    vi = f"<html><body><h1>Khánh thành cầu</h1><div>03/06/2024</div><p>{PROSE}</p><ul><li>03/13/2024</li></ul></body></html>"
    assert page_date_order(_page("https://x.gov.vn/tin/1.html", vi)) == "auto"


def test_a_unix_time_in_structured_data() -> None:
    """``<meta itemprop="datePublished" content="1709692200000">`` under a weekday alone
    ("Thứ Tư"; fx-fai-nextjs: missed on every path): a structured value of ten or thirteen
    digits is a Unix time in seconds or milliseconds, that instant on the site's clock."""
    for value in ("1709692200000", "1709692200"):
        page = ("<html><body><article itemscope itemtype='https://schema.org/NewsArticle'><h1>Tiếp xúc cử tri</h1>"
                f"<div class='meta'><meta itemprop='datePublished' content='{value}'><span>Thứ Tư</span></div>"
                f"<div class='body'><p>{PROSE}</p><p>{PROSE}</p></div></article></body></html>")  # fmt: skip
        found = _found(page)
        assert found.published is not None and found.published.iso == "2024-03-06T09:30:00+07:00", (value, found)
    page = page.replace("1709692200", "17096")  # (a counter's digits: no date)
    assert _found(page).published is None


def test_a_day_written_as_digits_alone_in_a_meta() -> None:
    """``<meta name="pubdate" content="20240308">`` beside "Hôm qua" (fx-fai-nextjs: the day
    right on every path, but from htmldate, basis "htmldate"): the structured value is the
    publication's day, read as structured data; with its time when twelve or fourteen digits."""
    for value, iso in (("20240308", "2024-03-08T00:00:00+07:00"), ("202403080930", "2024-03-08T09:30:00+07:00"),
                       ("20240308093015", "2024-03-08T09:30:00+07:00")):  # fmt: skip
        page = (f"<html><head><meta name='pubdate' content='{value}'></head><body><h1>Phòng chống bệnh lở mồm long móng</h1>"
                f"<span>Hôm qua</span><div class='body'><p>{PROSE}</p></div></body></html>")  # fmt: skip
        found = _found(page)
        assert found.published is not None and found.published.iso[:16] == iso[:16], (value, found)
    page = page.replace("20240308093015", "20241308")
    assert _found(page).published is None


def test_a_unix_time_in_data_epoch() -> None:
    """``<span data-epoch="1709802600">07/03</span>`` (fx-fai-nextjs: the day at 00:00 on every
    path): ``data-epoch`` and ``data-ts`` hold a "time ago" script's instant as
    ``data-timestamp`` does, the shown day's time."""
    for key in ("data-epoch", "data-ts"):
        page = (f"<html><body><div class='top'>Thứ Tư, 20/03/2024</div><h1>Bàn giao nhà Đại đoàn kết</h1>"
                f"<div class='meta'><span {key}='1709802600'>07/03</span></div><div class='body'><p>{PROSE}</p></div>"
                "</body></html>")  # fmt: skip
        found = _found(page)
        assert found.published is not None and found.published.iso == "2024-03-07T16:10:00+07:00", (key, found)


def test_an_apps_page_data() -> None:
    """Next.js's ``__NEXT_DATA__`` holding the post's ``publishedAt`` as a Unix time (seconds or
    milliseconds) or a naive "2024-03-13 23:20:00", a draft's earlier ``createdAt`` beside it,
    under "3 giờ trước" (fx-fai-nextjs: two MISSED, one at htmldate's 00:00 on every path): the
    shallowest object's publication field is the page's; the related posts' (in a list) are not.
    Only where the page shows no publication date of its own."""
    import json

    from pipelines.structured import read_structured

    def page(post: dict) -> str:
        data = {"props": {"pageProps": {"related": [{"title": "Tin khác", "publishedAt": 1709000000}], "post": post}},
                "page": "/tin-tuc/[slug]", "buildId": "k3x9Qm2"}  # fmt: skip
        return (f"<html><body><h1>Bến xe phía Nam</h1><span>3 giờ trước</span><div class='body'><p>{PROSE}</p></div>"
                f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(data)}</script></body></html>")

    for value, iso in ((1709659800, "2024-03-06T00:30"), (1710259500000, "2024-03-12T23:05"),
                       ("2024-03-13 23:20:00", "2024-03-13T23:20")):  # fmt: skip
        found = _found(page({"title": "Bến xe", "createdAt": 1709000000000, "publishedAt": value}))
        assert found.published is not None and found.published.iso[:16] == iso, (value, found)
    assert read_structured(html.fromstring(page({"title": "Bến xe", "createdAt": 1709000000000}))).app_published == ()
    # a day the page shows keeps it, with no time from the app's data (part forms' fx-nextjs:
    # "Ngày đăng: 14/03/2024" over "publishedAt":"2024-03-14T01:40:00Z" read as 08:40, 5/5 -> 0/5)
    shown = page({"title": "Bến xe", "publishedAt": "2024-03-14T01:40:00Z"}).replace("3 giờ trước", "Ngày đăng: 14/03/2024")
    found = _found(shown)
    assert found.published is not None and found.published.iso[:16] == "2024-03-14T00:00", found
    assert read_structured(html.fromstring(shown)).published == ()  # never beside meta and JSON-LD
