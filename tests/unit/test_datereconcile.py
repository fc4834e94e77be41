"""Which date a page's publication day is read from when two disagree, and where else the
date line sits (session 11's rules from the public benchmarks' real pages:
pipelines.datereconcile, pipelines.datefind; docs/extraction.md, "Dates from real pages,
session 11")."""

from __future__ import annotations

from lxml import html

from pipelines.datefind import find_dates
from pipelines.dates import AS_WRITTEN

VN = "Asia/Ho_Chi_Minh"
PROSE = "<p>" + "Lời văn của bài viết, một đoạn dài đủ để là đoạn văn. " * 4 + "</p>"


def _page(body: str, head: str = "", url: str = "https://example.org/a/post/", tz: str = AS_WRITTEN):
    tree = html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")
    title = tree.cssselect("h1")[0]
    text = tree.cssselect(".text")
    return find_dates(tree, tz, [], title, text[0] if text else None, url=url)


def _day(found) -> str | None:
    return found.published.iso[:10] if found.published is not None else None


def test_a_utc_value_is_read_on_the_site_clock_the_page_writes_for_the_same_instant() -> None:
    # article:published_time in UTC (the 24th), JSON-LD the same instant at +02:00 (the
    # 25th, the day the site shows and the truth uses)
    head = (
        '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2020-12-25T01:59:50+02:00"}</script>'
    )
    found = _page("<h1>Headline of the story</h1>" + PROSE, head)
    assert found.published is not None and found.published.iso == "2020-12-25T01:59:50+02:00"
    # the site's offset in a <time datetime> of the page (a theme's post date) does the same
    head = '<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">'
    body = "<h1>Headline</h1>" + PROSE + '<div class="x"><time datetime="2022-05-03T23:37:37-04:00">3 May</time></div>'
    assert _day(_page(body, head)) == "2022-05-03"
    # another instant at another offset is not that value's clock: UTC as written stays
    head = (
        '<meta property="article:published_time" content="2020-12-24T23:59:50+00:00">'
        '<meta property="article:modified_time" content="2020-12-28T09:00:00+02:00">'
    )
    assert _day(_page("<h1>Headline of the story</h1>" + PROSE, head)) == "2020-12-24"
    # a Vietnamese site's zone already converts every value: the day is Vietnam's
    head = '<meta property="article:published_time" content="2024-03-05T17:30:00Z">'
    assert _day(_page("<h1>Tin</h1>" + PROSE, head, tz=VN)) == "2024-03-06"


def test_a_date_line_that_is_the_structured_update_instant_leaves_the_publication() -> None:
    # a theme prints the modified time by the headline: published (2012) stays the page's
    head = (
        '<meta property="article:published_time" content="2012-12-07T14:29:25+00:00">'
        '<meta property="article:modified_time" content="2021-08-17T03:27:25+00:00">'
    )
    line = '<div class="meta"><time datetime="2021-08-16T23:27:25-04:00">August 16, 2021</time></div>'
    found = _page(f"<div class='hd'><h1>Installing it manually</h1>{line}</div>" + PROSE, head)
    assert _day(found) == "2012-12-07"
    # the update is that instant on the site's clock the page writes it in (its <time>)
    assert found.updated is not None and found.updated.iso == "2021-08-16T23:27:25-04:00"
    # a line telling another day than both still wins (the line the readers see)
    line = '<div class="meta"><time datetime="2013-01-02T10:00:00-04:00">January 2, 2013</time></div>'
    assert _day(_page(f"<div class='hd'><h1>Installing it manually</h1>{line}</div>" + PROSE, head)) == "2013-01-02"
    # a line with the update's day only is left to win (as often the page's shown date)
    line = '<div class="meta">August 17, 2021</div>'
    assert _day(_page(f"<div class='hd'><h1>Installing it manually</h1>{line}</div>" + PROSE, head)) == "2021-08-17"


def test_a_numeric_line_both_orders_read_is_settled_by_structured_data() -> None:
    head = '<meta property="article:published_time" content="2021-11-01T04:00:14Z">'
    found = _page("<div class='hd'><h1>Der Elektroroller im Test</h1><span>Stand: 11/01/2021, 05:00</span></div>" + PROSE, head)
    assert _day(found) == "2021-11-01"
    # a line only one order reads, or structured data naming a third day: the line wins
    found = _page("<div class='hd'><h1>Der Elektroroller im Test</h1><span>Stand: 25/01/2021</span></div>" + PROSE, head)
    assert _day(found) == "2021-01-25"
    # a Vietnamese line agreeing with its meta is read day first as ever
    head = '<meta property="article:published_time" content="2024-03-05T08:40:00+07:00">'
    found = _page("<div class='hd'><h1>Tin</h1><span>05/03/2024 08:40</span></div>" + PROSE, head, tz=VN)
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"


def test_the_date_line_in_the_articles_meta_block_below_a_hero_headline() -> None:
    # <article>: a banner holding the headline, the date in the meta block beside the text
    # (alpin.de, steampunk-spotter's "December 11, 2023 - Words by ..."); a caption's date
    # inside the article and a sidebar's teaser outside it are never read
    body = (
        "<div class='wrap'><article><div class='banner'><header class='hd'><div class='in'>"
        "<h1>Freeride in the Alps this winter</h1></div></header></div>"
        "<div class='art'><figure><img src='a.jpg'><figcaption>Taken on 24.11.2014</figcaption></figure>"
        "<aside class='meta'><p><time>2022-01-21</time></p></aside>"
        f"<div class='text'>{PROSE}<p>Am 05.02.2022 beginnt die Saison.</p></div></div></article>"
        "<div class='sidebar'><a href='/other'>Other story</a> 01.01.2022</div></div>"
    )
    assert _day(_page(body)) == "2022-01-21"
    # no date in the article's own block: nothing (not the caption, not the text's date)
    assert _day(_page(body.replace("<time>2022-01-21</time>", ""))) is None


def test_a_date_in_a_permalink_to_the_page_itself_is_its_own() -> None:
    # WordPress: <a href="<the page>" rel="bookmark"><time>19.11.2021</time></a> by the headline
    line = (
        '<div class="posted-on"><a href="https://example.org/a/post/" rel="bookmark">'
        '<time class="entry-date published" datetime="2021-11-19T10:13:50+01:00">19.11.2021</time></a></div>'
    )
    cats = '<p><a href="/c/a">Debatte</a>, <a href="/c/b">Politik</a></p>'
    found = _page(f"<header class='hd'>{cats}<h1>Der Bundespräsident warnt</h1>{line}</header>" + PROSE)
    assert _day(found) == "2021-11-19"
    # the same markup linking to another page is that page's teaser: not read
    other = line.replace("/a/post/", "/a/other-post/")
    assert _day(_page(f"<header class='hd'>{cats}<h1>Der Bundespräsident warnt</h1>{other}</header>" + PROSE)) is None
