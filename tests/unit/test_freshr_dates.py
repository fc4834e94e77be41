"""The causes FRESH_R's first look found (round 20, tests/families/freshr_*.py): each a
generic rule, tested here on pages of its own."""

from __future__ import annotations

from lxml import html

from pipelines import signals

SAPO = "Công trình cấp nước sạch cho các xã vùng cồn vừa được đưa vào sử dụng, đáp ứng nhu cầu của người dân."
TITLES = [f"Tin số {i} của huyện về công tác chuyển đổi số năm 2024" for i in range(6)]


def _layout(main: str, ids: tuple[str, ...] = ("top", "banner", "menu", "wrapper", "footer")) -> str:
    top, banner, menu, wrapper, footer = ids
    links = " ".join(f"<a href='/m/{i}.html'>Mục {i}</a>" for i in range(5))
    related = "".join(f"<li><a href='/tin/{i}.html'>{t}</a> (0{i + 1}/03/2024)</li>" for i, t in enumerate(TITLES))
    return (f"<html><head><meta charset='utf-8'><title>Cổng thông tin huyện Yên Sơn</title></head><body><div id='{top}'>Hôm nay: Thứ Tư, 20/03/2024 <a href='/lien-he.html'>Liên hệ</a></div>"
            f"<div id='{banner}'><a href='/'><img src='/b.jpg' alt='Cổng thông tin'></a></div><div id='{menu}'>{links}</div>"
            f"<div id='{wrapper}'><div id='col-main'>{main}<div class='related'><h3>Tin cùng chuyên mục</h3><ul>{related}</ul></div></div>"
            f"<div id='col-right'><ul>{related}</ul></div></div><div id='{footer}'>Bản quyền thuộc UBND huyện</div></body></html>")  # fmt: skip


def test_a_short_article_in_a_layout_of_unclassed_regions_is_no_listing() -> None:
    """The page's header, banner, menu, wrapper and footer, five ``<div id=...>`` under
    ``<body>`` with a link each, are no run of a listing's items however short the article:
    their ids are each the region's own (fx-fr-congvan: three short posts refused as
    listings on every path)."""
    main = f"<h1>Hơn 1.200 hộ dân vùng cồn được dùng nước sạch</h1><p>{SAPO}</p><p>{SAPO}</p>"
    assert signals.listing(html.fromstring(_layout(main))) is None


def test_numbered_ids_are_still_a_listings_items() -> None:
    """Teasers whose ids are their posts' numbers ("post-12", "post-13") are a run."""
    items = "".join(f"<div id='post-{i}'><a href='/tin/{i}.html'>{t}</a> {SAPO[:40]}</div>" for i, t in enumerate(TITLES))
    page = f"<html><body><h1>Tin tức</h1><div id='list'>{items}</div></body></html>"
    assert signals.listing(html.fromstring(page), heading=None) is not None


def test_a_category_of_two_dated_teasers_is_a_listing() -> None:
    """Two notices, each a day, a linked title and a sapo cut with "...": every line of the
    text is a teaser, so the page is a listing though its first teaser's day dates it
    (fx-fr-congvan's notices category; it had been refused only by the layout's regions
    taken for a listing's run)."""
    from config.profile import adhoc_profile
    from pipelines.extract import extract
    from pipelines.record import NotAnArticle

    items = "".join(f"<div class='cat-item'><span class='date'>1{i}/03/2024</span> <a href='/thong-bao/tb-{i}.html'>{t}</a>"
                    f"<p>{SAPO[:80]}...</p></div>" for i, t in enumerate(TITLES[:2]))  # fmt: skip
    page = (f"<html><head><meta charset='utf-8'><title>Thông báo</title></head><body><div class='header'><a href='/'>Trang chủ</a>"
            f"</div><div class='col-main'><h1 class='cat-title'>Thông báo</h1>{items}</div></body></html>").encode()
    result = extract(page, "https://yenson.gov.vn/thong-bao.html", {"content-type": "text/html; charset=utf-8"},
                     adhoc_profile("https://yenson.gov.vn/"))  # fmt: skip
    assert isinstance(result, NotAnArticle) and result.reason == "listing", result


TZ = "Asia/Ho_Chi_Minh"
PROSE = ("Người đăng ký dự tuyển phải có đủ tiêu chuẩn về trình độ đào tạo theo quy định của Luật Giáo dục và "
         "chuẩn nghề nghiệp giáo viên; có đủ sức khỏe để thực hiện nhiệm vụ được giao.")  # fmt: skip
SIGNED = (f"<p>{PROSE}</p><p>{PROSE}</p><p style='text-align:right'>Yên Sơn, ngày 11 tháng 3 năm 2024</p>"
          "<p style='text-align:right'>TM. ỦY BAN NHÂN DÂN</p><p style='text-align:right'>CHỦ TỊCH</p>")  # fmt: skip


def _found(page: str):
    from pipelines.datefind import find_dates

    tree = html.fromstring(page)
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".body")[0])


def test_a_notices_signing_line_gives_way_to_the_posts_labelled_day() -> None:
    """A notice signed "Yên Sơn, ngày 11 tháng 3 năm 2024" at the end of its text, posted the
    next day ("Đăng ngày: 12/03/2024 08:15" under it): the post's labelled day is the page's,
    read by the headline's scan and by the foot's (fx-fr-congvan: the signing day won on
    every path); a signing line alone is still the page's date."""
    foot = "<div class='post-foot'>Đăng ngày: 12/03/2024 08:15</div>"
    found = _found(f"<html><body><div class='article'><h1>Thông báo tuyển dụng viên chức</h1>"
                   f"<div class='body'>{SIGNED}</div>{foot}</div></body></html>")  # fmt: skip
    assert found.published is not None and found.published.iso == "2024-03-12T08:15:00+07:00"
    # the foot's lines alone: the signing line, then the labelled post line
    from pipelines.datefind import _posted_over_signed

    lines = html.fromstring(f"<div><p>Yên Sơn, ngày 11 tháng 3 năm 2024</p><p>CHỦ TỊCH</p>{foot}</div>")
    assert [x.text_content() for x in _posted_over_signed(list(lines))] == ["CHỦ TỊCH", "Đăng ngày: 12/03/2024 08:15"]
    alone = _found(f"<html><body><div class='article'><h1>Thông báo tuyển dụng viên chức</h1>"
                   f"<div class='body'>{SIGNED}</div></div></body></html>")  # fmt: skip
    assert alone.published is not None and alone.published.iso[:10] == "2024-03-11"
    # a weekday before "ngày" is the post's own date line, in the body's element or not
    # (dates2's fx-vnforms: "Thứ Ba, ngày 5 tháng 3 năm 2024" under the headline)
    own = _found("<html><body><div class='body'><div class='upd'>Cập nhật: 08/03/2024 02:00</div><h1>Tin</h1>"
                 f"<div class='date'>Thứ Ba, ngày 5 tháng 3 năm 2024</div><p>{PROSE}</p></div></body></html>")  # fmt: skip
    assert own.published is not None and own.published.iso[:10] == "2024-03-05" and own.basis == "published"


def test_a_badges_month_box_in_digits_beside_its_days_box() -> None:
    """A calendar badge "<div class='day'>13</div><div class='month'>03/2024</div>" above the
    headline: the month box in digits alone is read with the day's box beside it
    (fx-fr-congvan: missed ad hoc and single page, htmldate's day taken instead, wrong); a
    month and year alone with no day's box dates nothing."""
    page = ("<html><body><div class='article'><div class='date-badge'><div class='day'>13</div>\n<div class='month'>"
            "03/2024</div></div><h1>Hơn 1.200 hộ dân vùng cồn được dùng nước sạch</h1>"
            f"<div class='body'><p>{PROSE}</p></div></div></body></html>")  # fmt: skip
    found = _found(page)
    assert found.published is not None and found.published.iso == "2024-03-13T00:00:00+07:00"
    bare = page.replace("<div class='day'>13</div>\n", "")
    assert _found(bare).published is None


def test_the_lines_own_attribute_settles_the_order_of_its_numeric_day() -> None:
    """A day typed day first, "06/03/2024 09:20", under a server whose culture writes month
    first everywhere else (the order a crawl learns, "mdy"): the line's ``title="3/6/2024
    9:20:00 AM"`` gives the day the other order reads, so that reading is the date
    (fx-fr-aspnet: 3 June on the crawl paths); with no attribute, or one agreeing, the
    site's order stands."""
    from pipelines.datefind import find_dates

    def read(line: str, order: str, selectors: list[str]) -> str | None:
        tree = html.fromstring(f"<html><body><div class='news'><h1>Trao giấy chứng nhận đầu tư</h1><div class='info'>{line}</div>"
                               f"<div class='body'><p>{PROSE}</p></div></div></body></html>")  # fmt: skip
        found = find_dates(tree, TZ, selectors, tree.cssselect("h1")[0], tree.cssselect(".body")[0], order=order)
        return found.published.iso if found.published else None

    typed = "<span class='ngay' title='3/6/2024 9:20:00 AM'>06/03/2024 09:20</span>"
    for selectors in ([], [".info"]):
        assert read(typed, "mdy", selectors) == "2024-03-06T09:20:00+07:00"
        assert read(typed, "auto", selectors) == "2024-03-06T09:20:00+07:00"
        assert read("<span>06/03/2024 09:20</span>", "mdy", selectors) == "2024-06-03T09:20:00+07:00"
        # an ISO attribute reading month first: the line is month first too
        assert read("<span title='2024-06-03T09:20:00+07:00'>06/03/2024 09:20</span>", "auto", selectors) == "2024-06-03T09:20:00+07:00"


def test_a_tag_link_closing_every_post_is_no_byline_place() -> None:
    """Every post of a small WordPress site closes with its tag row "Thẻ: <a
    href="/tag/nam-khe/">Nậm Khê</a>" (the district's name, shaped like a person's): the
    site model learned '.tags-links a' as the byline's place and named "Nậm Khê" the writer
    of all seven posts on the crawl paths (fx-fr-utc). A link to a tag's page is no byline
    place; the same name in a span of its own still is one."""
    from pipelines.inference.locators import author_place

    def place(row: str) -> str | None:
        trees = []
        for i in range(6):
            trees.append(html.fromstring(
                f"<html><body><div class='site'><article class='post'><h1 class='entry-title'>Tin số {i} của huyện Nậm Khê năm 2024</h1>"
                f"<div class='entry-content'><p>{PROSE}</p><p>{PROSE}</p></div>"
                f"<footer class='entry-footer'>{row}</footer></article></div></body></html>"))  # fmt: skip
        heads = [t.find(".//h1") for t in trees]
        choice = author_place(trees, heads, ".entry-content", [], set())
        return choice.selector if choice else None

    assert place("<span class='tags-links'>Thẻ: <a href='/tag/nam-khe/'>Nậm Khê</a></span>") is None
    assert place("<span class='tags-links'>Thẻ: <a href='/chu-de/nk' rel='tag'>Nậm Khê</a></span>") is None
    assert place("<span class='tags-links'>Thẻ: <a href='/chu-de/nk'>Nậm Khê</a></span>") is not None
