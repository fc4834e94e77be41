"""Where a page's dates are read from (pipelines.datefind): the visible line against
structured data, dates split over elements, a publication after an update, the URL's day."""

from __future__ import annotations

from lxml import html

from pipelines.datefind import HAS_DATE, find_dates, has_date, labelled_date, split_line, url_date

TZ = "Asia/Ho_Chi_Minh"


def _dates(body: str, head: str = "", url: str = ""):
    tree = html.fromstring(
        f"<html><head>{head}</head><body><div class='top'>Hôm nay: Thứ Tư, 20/03/2024</div>"
        f"<div class='post'>{body}</div><div class='tin-khac'><h4>Các tin khác</h4><ul><li><a href='/x'>Tin "
        f"khác</a> (01/03/2024)</li></ul></div></body></html>"
    )
    title = tree.cssselect("h1")[0]
    return find_dates(tree, TZ, [], title, None, url=url)


def test_the_visible_line_wins_over_structured_data_on_another_day() -> None:
    # the CMS's creation day of the draft in article:published_time, the publication shown
    head = '<meta property="article:published_time" content="2024-03-11T17:02:00+07:00">'
    found = _dates("<div class='date'>12/3/2024 2:15:00 CH</div><h1>Tin</h1><p>...</p>", head)
    assert found.published is not None and found.published.iso == "2024-03-12T14:15:00+07:00"


def test_structured_data_gives_the_time_of_the_day_shown() -> None:
    head = '<meta property="article:published_time" content="2024-03-12T14:15:00+07:00">'
    found = _dates("<h1>Tin</h1><div class='date'>12/03/2024</div><p>...</p>", head)
    assert found.published is not None and found.published.iso == "2024-03-12T14:15:00+07:00"
    assert found.source == "meta"


def test_structured_data_alone_when_no_line_is_shown() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
        '"WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-03-08T07:15:00Z"}]}</script>'
    )
    found = _dates("<h1>Tin</h1><span>3 ngày trước</span><p>...</p>", head)
    assert found.published is not None and found.published.iso == "2024-03-08T14:15:00+07:00"


def test_a_date_split_over_elements_is_read_as_one() -> None:
    box = '<div class="date-leaf"><span class="day">11</span><span class="month">Tháng 3</span><span class="year">2024</span><span class="hour">08:40</span></div>'
    found = _dates(box + "<h1>Tin</h1><p>...</p>")
    assert found.published is not None and found.published.iso == "2024-03-11T08:40:00+07:00"


def test_a_time_element_of_a_day_takes_the_time_its_text_shows() -> None:
    found = _dates('<time datetime="2024-03-14">14.03.2024 | 14:20</time><h1>Tin</h1><p>...</p>')
    assert found.published is not None and found.published.iso == "2024-03-14T14:20:00+07:00"


def test_the_publication_after_the_update_wins() -> None:
    line = "Cập nhật lúc 15:00 09-03-2024 | Đăng lúc 08:40:12 05-03-2024"
    assert split_line(line) == ("Đăng lúc 08:40:12 05-03-2024", "Cập nhật lúc 15:00 09-03-2024")
    found = _dates(f"<h1>Tin</h1><div class='post-info'>{line}</div><p>...</p>")
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:12+07:00"
    assert found.updated is not None and found.updated.iso == "2024-03-09T15:00:00+07:00"
    assert found.basis == "published"


def test_the_urls_day_only_when_the_page_shows_no_date() -> None:
    found = _dates("<h1>Tin</h1><p>...</p>", url="https://stp.vn/2024/02/27/tro-giup-phap-ly.html")
    assert found.published is not None and found.published.iso == "2024-02-27T00:00:00+07:00"
    assert found.source == "url"
    found = _dates("<h1>Tin</h1><div>05/03/2024 08:40</div>", url="https://stp.vn/2024/02/27/x.html")
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"
    # a day archive is no article's URL; neither is its page 2
    assert url_date("https://a.vn/2024/03/05/", TZ) is None
    assert url_date("https://a.vn/2024/03/05/page/2/", TZ) is None


def test_labelled_publication_lines() -> None:
    assert labelled_date(["Tin khác", "Ngày xuất bản: ngày 4 tháng 3 năm 2024"])
    assert not labelled_date(["Tháng 3/2024: ngày 11/3/2024 và ngày 25/3/2024, từ 7 giờ 30 đến 11 giờ."])


def test_other_publication_meta_names_but_not_generic_ones() -> None:
    found = _dates("<h1>Tin</h1><p>...</p>", '<meta name="citation_publication_date" content="2024-03-05">')
    assert found.published is not None and found.published.iso == "2024-03-05T00:00:00+07:00"
    found = _dates("<h1>Tin</h1><p>...</p>", '<meta name="date" content="2024-03-20T10:00:00+07:00">')
    assert found.published is None  # often the page's generation time


def test_a_date_at_the_right_of_the_breadcrumb_is_the_pages_own() -> None:
    # a breadcrumb's links are navigation, not a teaser; "right" places the line, it is no column
    crumb = (
        "<div class='crumb'><a href='/'>Trang chủ</a> › <a href='/tin-tuc'>Tin tức</a>"
        " <span class='right'>13/03/2024 - 15h30</span></div><h1>Tin</h1><p>...</p>"
    )
    found = _dates(crumb)
    assert found.published is not None and found.published.iso == "2024-03-13T15:30:00+07:00"
    # a teaser's link is a headline: its date stays another article's
    teaser = (
        "<div><a href='/tin/2.html'>Huyện tổ chức hội nghị tổng kết công tác năm</a>"
        " <span class='right'>13/03/2024</span></div><h1>Tin</h1><p>...</p>"
    )
    assert _dates(teaser).published is None


def test_a_date_beside_one_topic_link_above_the_headline_is_the_pages_own() -> None:
    # a kicker row: the section's link and the page's dotted date above the <h1> (a news
    # template's "Kinh tế - Xã hội  05.03.2024"); one short link is no teaser's headline
    for row in (
        "<a href='/kinh-te'>Kinh tế - Xã hội</a> <span>05.03.2024</span>",
        "<a href='/chuyen-muc/thoi-su'>Thời sự</a> | 05.03.2024 08:40",
        "<a href='/author/jane-roe'>Jane Roe</a><p>05/03/2024</p>",  # the author's link
        "05.03.2024 - Meldung - <a href='/energiewende'>Energiewende</a>",
    ):
        found = _dates(f"<div class='meta'>{row}</div><h1>Tin</h1><p>...</p>")
        assert found.published is not None and found.published.iso[:10] == "2024-03-05"
    # a list of such rows is other pages' teasers; a headline link beside a date is a teaser
    rows = "".join(f"<li><a href='/c{n}'>Mục {n}</a> 0{n}.03.2024</li>" for n in (1, 2))
    assert _dates(f"<ul>{rows}</ul><h1>Tin</h1><p>...</p>").published is None
    two = "".join(f"<div class='vb-item'><a href='/vb{n}'>Quyết định 21{n}/QĐ-UBND</a> <i>0{n}/03/2024</i></div>" for n in (1, 2))
    assert _dates(f"<h1>Tin</h1><div class='vb'>{two}</div><p>...</p>").published is None  # two rows: a list
    one = "<div><h4>Tin liên quan</h4><p><a href='/tin/3.html'>Hội nghị tổng kết</a> (05/03/2024)</p></div>"
    assert _dates(f"<h1>Tin</h1>{one}<p>...</p>").published is None  # a related box of one item
    headline = "<div><a href='/tin/2.html'>Huyện tổ chức hội nghị tổng kết</a> 05.03.2024</div>"
    assert _dates(f"{headline}<h1>Tin</h1><p>...</p>").published is None


def test_a_label_in_an_element_of_its_own_labels_the_date_after_it() -> None:
    # "<span>Last updated on:</span> <span>November 29, 2025</span>" then "Published:": the
    # first line is the update, never the publication (a real blog template's hero block)
    for update, published in (
        ("<span>Last updated on:</span> <span>November 29, 2025</span>", "<span>Published:</span> <span>October 29, 2024</span>"),
        ("<b>Cập nhật:</b> <span>09/03/2024</span>", "<b>Ngày đăng:</b> <span>05/03/2024</span>"),
    ):
        found = _dates(f"<h1>Tin</h1><p>{update}</p><p>{published}</p><p>...</p>")
        assert found.published is not None and found.updated is not None
        assert (found.published.iso[:10], found.updated.iso[:10]) in (
            ("2024-10-29", "2025-11-29"), ("2024-03-05", "2024-03-09")
        )
    # a date whose element holds its own label is read as before; an unlabelled one too
    found = _dates("<h1>Tin</h1><p><span>Tác giả</span> <span>05/03/2024</span></p><p>...</p>")
    assert found.published is not None and found.published.iso[:10] == "2024-03-05"


# --- the date presentations of the dates2 part (benchmarks/dates2.py) ----------------------


def test_a_calendar_icons_month_box_on_every_page_takes_its_day_box() -> None:
    # "Tháng 02/2023" recurs on every article of the month: learned as chrome, its day box
    # beside it still makes the date
    from pipelines.chrome import Learner

    learner = Learner()
    for n in range(4):
        learner.add(["Tháng 02/2023", f"Tin {n}"], f"Tin {n}")
    tree = html.fromstring(
        '<html><body><div class="post"><div class="cal"><div>01</div><div>Tháng 02/2023</div>'
        "<div>08:00</div></div><div>Cập nhật: 04/02/2023 10:00</div><h1>Tin</h1><p>...</p></div></body></html>"
    )
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], None, learner.learned())
    assert found.published is not None and found.published.iso == "2023-02-01T08:00:00+07:00"
    assert found.basis == "published"


def test_the_time_in_an_element_of_its_own_beside_the_day() -> None:
    for meta in ('<span>05/03/2024</span> <span>|</span> <span>10:30</span>',
                 '<span>10:30</span> <span>|</span> <span>05/03/2024</span>'):  # fmt: skip
        found = _dates(f"<h1>Tin</h1><div class='meta'>{meta}</div><p>...</p>")
        assert found.published is not None and found.published.iso == "2024-03-05T10:30:00+07:00"
    # through a date selector too (a site model's)
    tree = html.fromstring("<html><body><div><span class='d'>05/03/2024</span> <span>10:30</span></div></body></html>")
    found = find_dates(tree, TZ, ["span.d"], None, None)
    assert found.published is not None and found.published.iso == "2024-03-05T10:30:00+07:00"


def test_an_english_month_first_date_at_the_articles_foot() -> None:
    found = _dates("<h1>Tin</h1><div class='body'><p>" + "Nội dung bài viết dài. " * 12 + "</p>"
                   "<p>" + "Đoạn thứ hai của bài. " * 12 + "</p></div><div class='foot'>March 4, 2024 16:45</div>")  # fmt: skip
    assert found.published is not None and found.published.iso == "2024-03-04T16:45:00+07:00"


def test_a_date_that_is_a_link_to_its_days_archive_is_the_pages_date() -> None:
    line = "<div class='date'>Ngày đăng: <a href='/tin-tuc?ngay=05-03-2024'>05/03/2024 08:40</a></div>"
    tree = html.fromstring(f"<html><body><div class='card'><div class='head'><h2>Tin</h2>{line}</div>"
                           "<div class='body'><p>...</p></div></div></body></html>")  # fmt: skip
    found = find_dates(tree, TZ, [], tree.cssselect("h2")[0], None)
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"
    # a list of teasers' date links stays theirs
    items = "".join(f"<li><a href='/t{n}'>0{n}/03/2024</a> <a href='/x{n}'>Tin khác số {n} của trang</a></li>" for n in (1, 2, 3))
    tree = html.fromstring(f"<html><body><div><h2>Tin</h2><ul>{items}</ul><p>...</p></div></body></html>")
    assert find_dates(tree, TZ, [], tree.cssselect("h2")[0], None).published is None


def test_a_relative_date_whose_title_holds_the_date_and_a_last_edit_line() -> None:
    found = _dates('<h1>Tin</h1><span class="time" title="05/03/2024 08:40">2 giờ trước</span><p>...</p>')
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"
    # "Sửa lần cuối" is an update, never the publication (before it, a wrong day)
    found = _dates("<h1>Tin</h1><div>Sửa lần cuối: 08/03/2024 10:00</div><div>Ngày đăng: 05/03/2024 08:40</div><p>...</p>")
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"
    assert found.updated is not None and found.updated.iso == "2024-03-08T10:00:00+07:00"


def test_a_weekday_or_time_shown_over_the_date_in_an_attribute() -> None:
    # fresh-M: a "time ago" script shows the week's items as a weekday, with the time or not
    abbr = '<abbr class="timeago" title="2024-03-07T14:15:00+07:00">Thứ Năm</abbr>'
    found = _dates(f"<h1>Tin</h1><div class='meta'>{abbr} <span>Tin tức</span></div><p>...</p>")
    assert found.published is not None and found.published.iso == "2024-03-07T14:15:00+07:00"
    span = '<span class="post-time" data-time="2024-03-11T09:30:00+07:00">Thứ Hai, 09:30</span>'
    found = _dates(f"<h1>Tin</h1><div class='meta'>{span}</div><p>...</p>")
    assert found.published is not None and found.published.iso == "2024-03-11T09:30:00+07:00"
    # a word that is no weekday nor time keeps its attribute from being read
    found = _dates('<h1>Tin</h1><span title="05/03/2024 08:40">Hội nghị tổng kết</span><p>...</p>')
    assert found.published is None


def test_a_short_sentence_of_the_body_naming_a_day_is_no_date_line() -> None:
    # fresh-M: an event article, its day only in the foot line after the body
    text = ("<p>Các đơn vị đăng ký dự thi trước ngày 15/3/2024; ban tổ chức họp bốc thăm thứ tự biểu diễn vào "
            "sáng ngày 18/3/2024 tại hội trường của Ủy ban nhân dân huyện.</p>"
            "<p>Lễ tổng kết và trao giải sẽ diễn ra vào tối ngày 25/3/2024.</p>")
    tree = html.fromstring(f"<html><body><div class='item'><div class='head'><h2>Hội thi</h2></div>"
                           f"<div class='body'>{text}</div><p>Ngày đăng: 06/03/2024</p></div></body></html>")  # fmt: skip
    found = find_dates(tree, TZ, [], tree.cssselect("h2")[0], tree.cssselect("div.body")[0])
    assert found.published is not None and found.published.iso == "2024-03-06T00:00:00+07:00"


def test_an_english_month_in_a_sentence_is_no_date_line() -> None:
    prose = "Then have a look at this screenshot of their website from April 2, 2025, and compare."
    found = _dates(f"<h1>Tin</h1><div class='lead'>{prose}</div><p>...</p>")
    assert found.published is None
    found = _dates("<h1>Tin</h1><div class='by'>Josh Centers - November 11, 2020</div><p>...</p>")
    assert found.published is not None and found.published.iso.startswith("2020-11-11")


def test_a_date_in_an_embedded_post_or_quotation_is_not_the_pages() -> None:
    # an embedded tweet's "January 1, 2020" (htmldate-mediacloud: theweek.com, breakingsoup.com)
    # stood in for the page's own day in its metas
    head = '<meta property="article:published_time" content="2020-01-02T06:14:00-05:00">'
    tweet = ("<blockquote class='twitter-tweet'><p>Một bài đăng.</p>&mdash; Ai đó (@ai) "
             "<a href='https://twitter.com/ai/status/1'>January 1, 2020</a></blockquote>")  # fmt: skip
    found = _dates(f"<h1>Tin</h1>{tweet}<p>...</p>", head)
    assert found.published is not None and found.published.iso == "2020-01-02T18:14:00+07:00"
    quote = "<blockquote><p>Thông báo ngày 01/03/2024 của Bộ.</p><p>Ngày 01/03/2024</p></blockquote>"
    found = _dates(f"<h1>Tin</h1><div class='date'>05/03/2024 08:40</div>{quote}<p>...</p>")
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"
    assert _dates(f"<h1>Tin</h1>{quote}<p>...</p>").published is None


def test_has_date_says_what_has_date_pattern_says() -> None:
    # a digit looked for first and the branches tried only where one can start: same answer
    texts = [
        "", "Trang chủ", "Tin tức sự kiện của Tỉnh ủy trong tuần qua với 35 đồng chí dự",
        "05/03/2024 08:40", "2024-03-05", "ngày 5 tháng 3 năm 2024", "THÁNG 3, 2024",
        "Tháng Ba 5, 2024", "thg 3 5, 2024", "March 5, 2024", "5th of MARCH 2024",
        "Cập nhật lúc 15:00 09-03-2024", "số 1.500 tỷ đồng, tăng 12%", "ſep 5, 2024",
        "Sept. 12 2023", "năm 2024 có 3 tháng mưa", "Kỷ niệm 79 năm Quốc khánh 2/9",
    ]
    for text in texts:
        assert has_date(text) == (HAS_DATE.search(text) is not None), text


def test_a_date_span_in_a_deck_too_long_to_be_a_date_line_is_read_alone() -> None:
    # nationalgeographic.co.uk (trafilatura-eval, tuning half): the deck's sentence and the
    # date in a span of its own, one line longer than a date line; the span is read alone
    # (a line refused as chrome, a teaser's or a document's still keeps its pieces unread)
    deck = ("The rocky island of Redonda, once stripped of its flora and fauna by invasive species, makes an "
            "astonishingly quick comeback. What’s the secret to its recovery?")  # fmt: skip
    head = '<meta property="article:published_time" content="2020-01-03T09:48:24Z">'
    found = _dates(f'<h1>Tin</h1><h2 class="deck">{deck}<span class="date">Monday, 6 January 2020</span></h2><p>...</p>', head)
    assert found.published is not None and found.published.iso[:10] == "2020-01-06"
